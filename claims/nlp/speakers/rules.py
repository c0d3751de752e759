"""The base of the rule mixins: the state they share and the lookups every rule makes.

`_Rules` declares what the rules read and write through `self` (set by `SpeakerResolver`):
the document, its text, the party resolver, the memory of names and institutions, and
the per-document caches. Its helpers read the document's parse once (`_parse`), give a
phrase's words and levels, resolve words (remembered per document) and find where a word
occurs (`_occurrences`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cached_property

import numpy as np
from spacy.symbols import NOUN
from spacy.tokens import Doc

from ..attribution import RawClaim
from ..lexicon import PartyResolver, Resolution
from .parse import _levels, _Parse, _words

# The arguments of PartyResolver.resolve_words: words, levels, head lemma.
type _WordsKey = tuple[tuple[str, ...], tuple[int, ...] | None, str | None]


class _Rules(ABC):
    """What every rule reads and writes: the document and its text, the party resolver,
    the memory of names and institutions, and the caches of one document."""

    doc: Doc
    text: str
    resolver: PartyResolver
    institutions: dict[str, tuple[str | None, frozenset[str]]]  # head lemma -> party, fields
    names: dict[str, str | None]  # proper name word -> party
    _direct: dict[tuple[int, int, int], tuple[Resolution, list[int], list[int]]]
    _remembered: set[tuple[int, int]]
    _by_words: dict[_WordsKey, Resolution]  # see _resolve_words
    _found: dict[tuple[int, str], list[int]]  # see _occurrences
    _businesses: list[str] | None  # see _business_parties
    _region_party: Resolution | None  # see _party_named_as_region
    _named_before: dict[int, Resolution]  # see _earlier_named
    _described: dict[tuple[int, str], tuple[Resolution, list[str]] | None]
    _rejecters: dict[tuple[int, int], Resolution]  # see _rejecter_of_accusation
    # Set by SpeakerResolver.run: the claims' cues and sources, the mentions.
    _cues: set[int]
    _sources: set[tuple[int, int]]
    _make_mentions: Callable[[], Sequence[RawClaim]]
    _mention_list: list[RawClaim] | None
    _mention_paragraphs: list[int]
    _mention_state: dict[int, bool]

    @cached_property
    def _parse(self) -> _Parse:
        return _Parse(self.doc)

    def _levels(self, idx: Sequence[int], i: int, j: int, root: int) -> list[int]:
        """:func:`_levels` over this document's arrays (read once)."""
        return _levels(self.doc, idx, i, j, root, self._parse)

    def _words(self, i: int, j: int) -> tuple[list[str], list[int]]:
        """:func:`_words` over this document's arrays (read once)."""
        return _words(self.doc, self.text, i, j, self._parse)

    def _resolve_words(
        self,
        words: Sequence[str],
        levels: Sequence[int] | None = None,
        head_lemma: str | None = None,
    ) -> Resolution:
        """:meth:`PartyResolver.resolve_words`, remembered for this document.

        It depends on its arguments only, and the rules ask about the same words again
        and again: every name word of every source phrase, the same phrase ("the
        ministry") at several places of the article."""
        key = (tuple(words), None if levels is None else tuple(levels), head_lemma)
        res = self._by_words.get(key)
        if res is None:
            res = self.resolver.resolve_words(words, levels, head_lemma=head_lemma)
            self._by_words[key] = res
        return res

    def _occurrences(self, pos: int, key: str, lo: int, hi: int) -> list[int]:
        """Indices ``k`` with ``lo <= k < hi`` of the tokens tagged ``pos`` (NOUN: whose
        lemma_ is ``key``; PROPN: whose text is ``key``), in text order.

        The rules that look for an earlier or later mention ("the alliance" after "the
        Tuareg-led rebel alliance") may scan up to NAMESAKE_WINDOW tokens, and only these
        tokens can match. A document asks for a few words only: each is found by one
        comparison over the tags and string ids of all tokens, read once per document.
        """
        found = self._found.get((pos, key))
        if found is None:
            tags, lemmas, forms = self._parse.pos_lemma_orth
            form = lemmas if pos == NOUN else forms
            hits = (tags == pos) & (form == self.doc.vocab.strings[key])
            found = self._found[pos, key] = np.flatnonzero(hits).tolist()
        return found[bisect_left(found, lo) : bisect_left(found, hi)]

    @abstractmethod
    def _resolve(self, claim: RawClaim, done: Sequence[RawClaim]) -> bool:
        """Resolve one claim's source: defined by :class:`SpeakerResolver`, which runs every
        rule; declared here because the antecedents' rules resolve mentions and the person
        a pronoun refers to with it."""
