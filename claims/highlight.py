"""Cut an article body into paragraphs and runs of text, each run knowing the claims over it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class Span(Protocol):
    start: int
    end: int


@dataclass(frozen=True)
class Run[S: Span]:
    start: int
    end: int
    text: str
    spans: tuple[S, ...]

    @property
    def first(self) -> S | None:
        return self.spans[0] if self.spans else None


@dataclass(frozen=True)
class Paragraph[S: Span]:
    start: int
    end: int
    runs: tuple[Run[S], ...]
    is_heading: bool


def _looks_like_heading(text: str) -> bool:
    stripped = text.strip()
    return (
        bool(stripped)
        and "\n" not in stripped
        and len(stripped) < 140
        and (stripped[-1] not in ".!?:;”\"'’")
    )


def paragraphs[S: Span](body: str, spans: Sequence[S]) -> list[Paragraph[S]]:
    """Split body at blank lines; within each paragraph, cut at every span boundary.

    Offsets are never shifted: every run's text is body[run.start:run.end], so the
    page shows the exact characters that the claims' offsets point at.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    result: list[Paragraph[S]] = []
    position = 0
    bounds: list[tuple[int, int]] = []
    for match in PARAGRAPH_BREAK.finditer(body):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(body)))
    for p_start, p_end in bounds:
        if p_start >= p_end:
            continue
        inside = [s for s in ordered if s.start < p_end and s.end > p_start]
        cuts = {p_start, p_end}
        for span in inside:
            cuts.add(max(span.start, p_start))
            cuts.add(min(span.end, p_end))
        edges = sorted(cuts)
        runs = tuple(
            Run(
                start=lo,
                end=hi,
                text=body[lo:hi],
                spans=tuple(s for s in inside if s.start <= lo and s.end >= hi),
            )
            for lo, hi in zip(edges, edges[1:], strict=False)
            if hi > lo
        )
        result.append(
            Paragraph(
                start=p_start,
                end=p_end,
                runs=runs,
                is_heading=_looks_like_heading(body[p_start:p_end]),
            )
        )
    return result
