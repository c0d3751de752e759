"""Cut an article body into paragraphs, sentences and runs for the annotate page.

The annotate page lets an editor focus a sentence and press Enter to tag it, so every run of
text sits inside exactly one sentence. Runs come from :func:`claims.highlight.paragraphs`,
fed the sentences as extra spans so that no run crosses a sentence boundary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from claims.highlight import Span, paragraphs

# A sentence ends at . ! ? or … (and any closing quotes or brackets) followed by space and
# something that can open a sentence; "U.S. officials" stays whole, "in 2023. The" splits.
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u0400-\u042f])")


@dataclass(eq=False)  # not frozen: highlight.Span declares plain attributes
class _SentenceMark:
    start: int
    end: int


@dataclass(frozen=True)
class TextRun[S: Span]:
    """Characters body[start:end], with the claims over them from outermost to innermost."""

    start: int
    end: int
    text: str
    claims: tuple[S, ...]

    @property
    def inner(self) -> S | None:
        """The claim that starts last (the narrowest): a click on the run edits that one."""
        return self.claims[-1] if self.claims else None

    @property
    def outer(self) -> tuple[S, ...]:
        return self.claims[:-1]


@dataclass(frozen=True)
class Sentence[S: Span]:
    start: int
    end: int
    runs: tuple[TextRun[S], ...]


@dataclass(frozen=True)
class Block[S: Span]:
    """A paragraph or a heading."""

    start: int
    end: int
    is_heading: bool
    sentences: tuple[Sentence[S], ...]


def sentence_bounds(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split body[start:end] into sentences that cover it; each keeps its trailing space."""
    bounds: list[tuple[int, int]] = []
    position = start
    for match in SENTENCE_END.finditer(body, start, end):
        if position < match.end() < end:
            bounds.append((position, match.end()))
            position = match.end()
    bounds.append((position, end))
    return bounds


def blocks[S: Span](body: str, spans: Sequence[S]) -> list[Block[S]]:
    """Paragraphs of sentences of runs; every run's text is body[run.start:run.end]."""
    none: list[_SentenceMark] = []
    marks: list[_SentenceMark] = []
    for bare in paragraphs(body, none):
        marks.extend(
            _SentenceMark(lo, hi) for lo, hi in sentence_bounds(body, bare.start, bare.end)
        )
    result: list[Block[S]] = []
    everything: list[Span] = [*spans, *marks]
    for paragraph in paragraphs(body, everything):
        sentences: list[Sentence[S]] = []
        current: _SentenceMark | None = None
        runs: list[TextRun[S]] = []
        for run in paragraph.runs:
            mark = next(s for s in run.spans if isinstance(s, _SentenceMark))
            if mark is not current:
                if current is not None:
                    sentences.append(Sentence(current.start, current.end, tuple(runs)))
                current, runs = mark, []
            claims = cast(list[S], [s for s in run.spans if not isinstance(s, _SentenceMark)])
            claims.sort(key=lambda s: (s.start, -s.end))
            runs.append(TextRun(run.start, run.end, run.text, tuple(claims)))
        if current is not None:
            sentences.append(Sentence(current.start, current.end, tuple(runs)))
        result.append(Block(paragraph.start, paragraph.end, paragraph.is_heading, tuple(sentences)))
    return result
