"""What the rules look up in one document, built once: `DocIndex`; and the claim record.

`RawClaim` is a claim or a mention before the speaker resolver. `DocIndex` holds the parse's
arrays (lemmas, parts of speech, labels, heads), where each word stands (`has`, `where`),
children by label (`first_child`, `nearest_subject`), sentences, lines, paragraphs and
headlines, and the quotations (`quote_at`, `quote_marks`), which `find_quotes` finds;
`_count_quote_marks` counts the marks in a stretch of text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.tokens import Doc, Token

from ..textprep import Line

QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"
QUOTE_BOTH = '"'
_QUOTE_MARKS = (QUOTE_BOTH, QUOTE_OPEN, QUOTE_CLOSE)
# A single-quoted stretch of a headline: opened at the start or after a space, closed
# before a space or punctuation (so not the apostrophe of "Russia's").
_SINGLE_QUOTE_RE = re.compile(r"(?:^|(?<=[\s(]))['‘](\S.*?)['’](?=[\s,:;.!?]|$)", re.MULTILINE)


# (slots: a document yields hundreds of claims and mentions; no per-claim __dict__ to build.)
@dataclass(slots=True)
class RawClaim:
    kind: str
    cue_lemma: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    src_root: int | None
    src_tok: tuple[int, int] | None
    polarity: str
    confidence: float
    paragraph: int
    sent_start: int
    headline: bool = False
    pronoun: str | None = None
    reach: int = 0  # where the words of this attribution end (content or cue clause)
    # Filled by the party and aspect components.
    party: str | None = None
    source: str = ""
    source_start: int = 0
    source_end: int = 0
    resolution: str = "unknown"
    aspect: str = "other"
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def mention(
        cls,
        chars: tuple[int, int],
        toks: tuple[int, int],
        root: int,
        *,
        paragraph: int,
        sent_start: int,
        headline: bool = False,
    ) -> RawClaim:
        """Someone named with no claim of their own, kept as a later pronoun's possible
        antecedent."""
        s, e = chars
        # (Positional: a call with keywords matches each name, twice as slow.)
        return cls(
            "mention",  # kind
            "",  # cue_lemma
            s,  # cue_start
            e,  # cue_end
            s,  # start
            e,  # end
            toks[0],  # tok_start
            toks[1],  # tok_end
            root,  # src_root
            toks,  # src_tok
            "assert",  # polarity
            0.0,  # confidence
            paragraph,  # paragraph
            sent_start,  # sent_start
            headline,  # headline
        )


class DocIndex:
    """Per-document lookups shared by the rules: paragraphs, headlines, quotations, token
    attributes read in bulk, and the children (with their labels) of the tokens the rules
    look at again and again."""

    def __init__(self, doc: Doc, lines: Sequence[Line], text: str | None = None) -> None:
        self.doc = doc
        # doc.text is rebuilt on each access; the caller's text has the same characters
        # where it matters here (quotation marks, punctuation, spaces).
        self.text = text if text is not None else doc.text
        self.lines = lines
        self._line_starts = [ln.start for ln in lines]
        self._quote_marks = _quote_mark_positions(self.text)
        self.quotes = find_quotes(self.text, lines, self._quote_marks)
        self._quote_starts = [q[0] for q in self.quotes]
        self.quoted_paragraphs = {self.paragraph_at(qs) for qs, _ in self.quotes}  # (few)
        # The token attributes the rules look up in bulk, from one array per document
        # (Extractor.run reads it too): sentence starts; lower-case, lemma, part of
        # speech and label hashes; head offsets; character offsets and lengths.
        n = len(doc)
        if n and not doc.has_annotation("SENT_START"):
            list(doc.sents)  # raises spaCy's own error for an unsegmented doc
        arr = doc.to_array([SENT_START, LOWER, LEMMA, POS, DEP, HEAD, IDX, LENGTH])
        # Sentence bounds once per document: Token.sent walks the parse every time.
        # (As Doc.sents: a sentence starts at token 0 and at each token whose sent_start
        # is 1; read from one array instead of building a Span per sentence.)
        starts: list[int] = []
        if n:
            starts = [0, *((arr[1:, 0] == 1).nonzero()[0] + 1).tolist()]
        self._lowers: NDArray[Any] = arr[:, 1]
        self.lemmas: NDArray[Any] = arr[:, 2]
        self.poss: NDArray[Any] = arr[:, 3]
        self.deps: NDArray[Any] = arr[:, 4]
        # (HEAD is an offset, negative ones wrapped round in the unsigned array.)
        self.heads: NDArray[np.int64] = np.arange(n) + arr[:, 5].astype(np.int64)
        # Where each token starts and ends in the text: chars() is asked for dozens of
        # spans per document, each a pair of Tokens to build otherwise. (Arrays read one
        # item at a time: most tokens are never asked for.)
        self._tok_starts: NDArray[np.int64] = arr[:, 6].astype(np.int64)
        self._tok_ends: NDArray[np.int64] = self._tok_starts + arr[:, 7].astype(np.int64)
        self.sents = list(zip(starts, [*starts[1:], n], strict=True))
        self._sent_starts = starts
        self._positions: dict[str, list[int]] = {}  # see where
        self._lefts: dict[int, list[tuple[Token, str]]] = {}  # see lefts
        self._rights: dict[int, list[tuple[Token, str]]] = {}  # see rights

    def where(self, word: str, i: int, j: int) -> list[int]:
        """The tokens among i..j-1 whose lower-case form is ``word``: rules that look
        for a word or a comma in a span go straight to the few places it stands."""
        found = self._positions.get(word)
        if found is None:
            found = self._positions_of(word)
        return found[bisect_left(found, i) : bisect_left(found, j)]

    def has(self, word: str, i: int, j: int) -> bool:
        """Whether :meth:`where` finds ``word`` among i..j-1 (one search, no list built)."""
        found = self._positions.get(word)
        if found is None:
            found = self._positions_of(word)
        k = bisect_left(found, i)
        return k < len(found) and found[k] < j

    def _positions_of(self, word: str) -> list[int]:
        """Where ``word`` stands in the document, found once per word."""
        found: list[int] = (self._lowers == self.doc.vocab.strings[word]).nonzero()[0].tolist()
        self._positions[word] = found
        return found

    def lefts(self, t: Token) -> list[tuple[Token, str]]:
        """``t.lefts`` with their labels, built once per token: the rules look at a cue's
        children a dozen times, and each look would build the Tokens and labels anew."""
        found = self._lefts.get(t.i)
        if found is None:
            found = self._lefts[t.i] = [(c, c.dep_) for c in t.lefts]
        return found

    def rights(self, t: Token) -> list[tuple[Token, str]]:
        """``t.rights`` with their labels, built once per token (see :meth:`lefts`)."""
        found = self._rights.get(t.i)
        if found is None:
            found = self._rights[t.i] = [(c, c.dep_) for c in t.rights]
        return found

    def children(self, t: Token) -> list[tuple[Token, str]]:
        """``t.children`` with their labels: :meth:`lefts`, then :meth:`rights`."""
        return self.lefts(t) + self.rights(t)

    def first_child(self, t: Token, deps: Sequence[str]) -> Token | None:
        """:func:`_first_child` from the lists of :meth:`lefts` and :meth:`rights`."""
        for c, dep in self.lefts(t):
            if dep in deps:
                return c
        for c, dep in self.rights(t):
            if dep in deps:
                return c
        return None

    def nearest_subject(self, verb: Token, deps: Sequence[str]) -> Token | None:
        """:func:`_nearest_subject` from the lists of :meth:`lefts` and :meth:`rights`."""
        subj = None
        for c, dep in self.lefts(verb):
            if dep in deps:
                subj = c
        return subj if subj is not None else self.first_child(verb, deps)

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """(start, end) character offsets of the tokens i..j-1 (as :func:`chars`)."""
        return self._tok_starts.item(i), self._tok_ends.item(j - 1)

    def start_char(self, k: int) -> int:
        """Where token ``k`` starts in the text (its ``idx``)."""
        return self._tok_starts.item(k)

    def end_char(self, k: int) -> int:
        """Where token ``k`` ends in the text."""
        return self._tok_ends.item(k)

    def sent_of(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token ``i``."""
        return self.sents[bisect_right(self._sent_starts, i) - 1]

    def line_at(self, char: int) -> Line | None:
        i = bisect_right(self._line_starts, char) - 1
        return self.lines[i] if i >= 0 else None

    def paragraph_at(self, char: int) -> int:
        line = self.line_at(char)
        return line.paragraph if line else 0

    def is_headline(self, char: int) -> bool:
        line = self.line_at(char)
        return bool(line and line.headline and line.start <= char < line.end)

    def paragraph_and_headline(self, char: int) -> tuple[int, bool]:
        """:meth:`paragraph_at` and :meth:`is_headline` with one lookup, for each claim."""
        line = self.line_at(char)
        if line is None:
            return 0, False
        return line.paragraph, line.headline and line.start <= char < line.end

    def quote_marks(self, start: int, end: int) -> int:
        """How many double quotation marks the characters start..end-1 hold (as
        :func:`_count_quote_marks`, by binary search rather than a scan of the text)."""
        marks = self._quote_marks
        first = bisect_left(marks, start)
        return bisect_left(marks, end, first) - first

    def quote_at(self, char: int) -> tuple[int, int] | None:
        """The quotation (content start, content end) containing ``char``, if any."""
        i = bisect_right(self._quote_starts, char) - 1
        if i >= 0:
            s, e = self.quotes[i]
            if s <= char < e:
                return s, e
        return None


def _quote_mark_positions(text: str) -> list[int]:
    """Where the double quotation marks are (str.find runs far faster than a regex scan)."""
    found: list[int] = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def _count_quote_marks(text: str, start: int, end: int) -> int:
    """How many double quotation marks text[start:end] holds."""
    return (
        text.count(QUOTE_BOTH, start, end)
        + text.count(QUOTE_OPEN, start, end)
        + text.count(QUOTE_CLOSE, start, end)
    )


def find_quotes(
    text: str, lines: Sequence[Line], marks: list[int] | None = None
) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, paragraph by paragraph, in order.

    An opening mark left unclosed at the end of a paragraph runs to the paragraph's end,
    as in wire copy where a quotation continues into the next paragraph. ``marks`` are
    the marks' positions, when the caller has them already.
    """
    out: list[tuple[int, int]] = []
    # The marks of the whole text at once (most paragraphs have none).
    if marks is None:
        marks = _quote_mark_positions(text)
    by_par: dict[int, list[Line]] = {}
    for ln in lines:
        by_par.setdefault(ln.paragraph, []).append(ln)
    for par_lines in by_par.values():
        start, end = par_lines[0].start, par_lines[-1].end
        first, stop = bisect_left(marks, start), bisect_left(marks, end)
        if len(par_lines) == 1 and par_lines[0].headline and first == stop:
            # Headlines quote with single marks: "'Deliberate attack', says Kyiv".
            out.extend(m.span(1) for m in _SINGLE_QUOTE_RE.finditer(text, start, end))
            continue
        open_at: int | None = None
        for i in marks[first:stop]:
            c = text[i]
            if c == QUOTE_OPEN or (c == QUOTE_BOTH and open_at is None):
                if open_at is None:
                    open_at = i + 1
            elif c in (QUOTE_CLOSE, QUOTE_BOTH) and open_at is not None:
                if i > open_at:
                    out.append((open_at, i))
                open_at = None
        if open_at is not None and end > open_at:
            out.append((open_at, end))
    out.sort()
    return out
