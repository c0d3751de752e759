"""The per-document parse the rules read: `_Parse`, a source phrase's words and levels.

`_Parse` reads each token's label, part of speech, lemma, forms, head, offset and length
from the Doc's arrays once per document; `_levels` (how deep each word of a phrase lies
under prepositions), `_words` and `_word_tokens` (the words that say who a phrase is) read
them instead of building Tokens.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

from .words import _AMPERSAND, _COMPOUND, _CORE_DEP_IDS, _POSS, _POSSESSIVE_TAG, _RELCL

# The array typecodes of the column types _machine_ints takes.
_TYPECODES = {np.dtype(np.uint64): "Q", np.dtype(np.int64): "q", np.dtype(np.bool_): "B"}


def _machine_ints(column: NDArray[Any]) -> array[int]:
    """A column of ``Doc.to_array`` (or a test on it) as an array of machine integers,
    indexed like a list: a copy of the column's bytes, built far faster than a list of
    Python ints, whose items are made only when read."""
    return array(_TYPECODES[column.dtype], column.tobytes())


class _Parse:
    """Each token's dependency label, part of speech, lemma, forms (as the string store's
    ids), head index, character offset and length, and whether it is a word of a name,
    read from the Doc's arrays once per document: the rules that read the words of every
    source phrase index these where Token objects would be built at each step, and compare
    string ids where they would read label strings."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.strings = doc.vocab.strings
        attrs = [DEP, HEAD, TAG, ORTH, IS_PUNCT, IS_SPACE, POS, LEMMA, LOWER, IDX, LENGTH]
        arr = doc.to_array(attrs) if n else np.zeros((0, len(attrs)), dtype=np.uint64)
        # (Arrays of machine integers, a copy of each column's bytes indexed like a list:
        # their items become Python ints only when read, and the rules read few of them.)
        self.deps = _machine_ints(arr[:, 0])
        # Each head's offset from its token (HEAD, stored unsigned: read back as signed).
        to_head = arr[:, 1].view(np.int64)
        self.to_head = _machine_ints(to_head)
        self.heads = _machine_ints(to_head + np.arange(n, dtype=np.int64))
        self.forms = _machine_ints(arr[:, 3])
        self.is_punct = _machine_ints(arr[:, 4])
        self.pos = _machine_ints(arr[:, 6])
        self.lemma_ids = _machine_ints(arr[:, 7])
        self.lowers = _machine_ints(arr[:, 8])
        self.idx = _machine_ints(arr[:, 9])
        self.length = _machine_ints(arr[:, 10])
        # Each token's POS, LEMMA and ORTH, as columns (see _Rules._occurrences).
        self.pos_lemma_orth: tuple[NDArray[Any], ...] = (arr[:, 6], arr[:, 7], arr[:, 3])
        # Not a word of a name: spaces, the possessive "'s", punctuation other than "&".
        tags, forms = arr[:, 2], arr[:, 3]
        not_word = (
            (arr[:, 5] != 0)
            | (tags == _POSSESSIVE_TAG)
            | ((arr[:, 4] != 0) & (forms != _AMPERSAND))
        )
        self.not_word = _machine_ints(not_word)
        # Strings of the ids above, looked up once per document and id (see lemma).
        self._lemma_lower: dict[int, str] = {}
        self._text: dict[int, str] = {}

    def lemma(self, k: int) -> str:
        """``doc[k].lemma_.lower()``."""
        lid = self.lemma_ids[k]
        found = self._lemma_lower.get(lid)
        if found is None:
            found = self._lemma_lower[lid] = self.strings[lid].lower()
        return found

    def text(self, k: int) -> str:
        """``doc[k].text``."""
        oid = self.forms[k]
        found = self._text.get(oid)
        if found is None:
            found = self._text[oid] = self.strings[oid]
        return found


def _levels(doc: Doc, tokens: Iterable[int], i: int, j: int, root: int, arcs: _Parse) -> list[int]:
    """How deep each of the given tokens of the phrase ``i:j`` lies: 0 for words in the
    core of the phrase, 1 + n for words under n prepositions."""
    deps, to_head = arcs.deps, arcs.to_head
    levels: list[int] = []
    for k in tokens:
        lv = 1 if deps[k] == _COMPOUND and _owned_compound(doc, k, arcs) else 0
        steps = 0
        ti = k
        while ti != root and i <= ti < j and steps < 20:
            if deps[ti] not in _CORE_DEP_IDS:
                lv += 1
            ti += to_head[ti]
            steps += 1
        levels.append(lv)
    return levels


def _owned_compound(doc: Doc, k: int, arcs: _Parse) -> bool:
    """A name word (token ``k``) of a noun that has a possessor: "Beijing's Taiwan
    Affairs Office".

    The possessor says whose body it is; the compound only says what it deals with, so
    it ranks one level below the possessor. (The chain of heads is read off the arrays;
    only the noun's left children need Tokens.)
    """
    deps, to_head = arcs.deps, arcs.to_head
    if deps[k] != _COMPOUND:
        return False
    head = k + to_head[k]
    for _ in range(4):  # "Taiwan" -> "Affairs" -> "Office"
        if deps[head] != _COMPOUND:
            break
        head += to_head[head]
    return any(c.dep == _POSS and c.i < k for c in doc[head].lefts)


def _words(doc: Doc, original: str, i: int, j: int, parse: _Parse) -> tuple[list[str], list[int]]:
    """The words of the phrase ``i:j`` that say who it is, with their token indices.

    A relative clause says what the speaker does, not whose it is: "The Arakan Army, an
    armed group that controls the Myanmar side of the border" does not speak for Myanmar.
    """
    idx = _word_tokens(doc, i, j, parse)
    starts, lengths = parse.idx, parse.length
    return [original[starts[k] : starts[k] + lengths[k]] for k in idx], idx


def _word_tokens(doc: Doc, i: int, j: int, p: _Parse) -> list[int]:
    """The token indices of :func:`_words` (without reading the article's text)."""
    idx: list[int] = []
    skip_to = i
    for k in range(i, j):
        if k < skip_to:
            continue
        if p.deps[k] == _RELCL and p.to_head[k] < 0:
            skip_to = doc[k].right_edge.i + 1
            continue
        if p.not_word[k]:
            continue
        idx.append(k)
    return idx
