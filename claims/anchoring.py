"""Re-anchor claims on an edited article body, the way the Hypothesis client does.

A claim stores a W3C TextPositionSelector (``start``/``end``, Python ``str`` indices) and a
TextQuoteSelector (``exact`` plus up to ``CONTEXT_CHARS`` of ``prefix``/``suffix``). After an
edit, :func:`reanchor` tries, in order:

1. the quote with its whole context, nearest the old position (method ``"position"`` when it
   is still at the old offsets, else ``"quote"``);
2. every exact occurrence of the quote, and a bounded approximate search for
   ``prefix + exact + suffix`` around the old position and around exact hits of pieces of it;
   the candidate with the fewest edits (quote and context together) wins, and it is kept only
   if its quote and context are close enough (``"quote"`` when the quote is intact, else
   ``"fuzzy"``, which the app sends for editor review);
3. otherwise ``None``: the claim is orphaned.

Whatever is returned satisfies ``new_text[a.start:a.end] == a.exact`` with
``0 <= a.start < a.end <= len(new_text)``.

The approximate matching is Myers' bit-parallel edit distance over Python integers (one
integer holds a whole pattern column), so it needs no dependency and stays exact for any
alphabet; it is only ever run on windows of a few times the pattern length.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CONTEXT_CHARS",
    "Anchor",
    "Method",
    "TextQuote",
    "quote_at",
    "reanchor",
    "reanchor_all",
]

CONTEXT_CHARS = 32

# A fuzzy quote may differ from the stored one by at most this share of its length, and the
# context around any re-anchored quote by at most this share of the stored context.
MAX_QUOTE_ERROR = 0.25
MAX_CONTEXT_ERROR = 0.5
# An intact quote this long is distinctive enough to follow without its context (a moved
# paragraph), but only as "fuzzy" so an editor confirms it.
DISTINCTIVE_QUOTE_CHARS = 32
# Bounds that keep one claim's work small whatever the article size.
MAX_FUZZY_QUOTE_CHARS = 2000
MAX_EXACT_CANDIDATES = 64
MAX_FUZZY_WINDOWS = 8
SEED_CHARS = 16
MAX_SEEDS = 8

Method = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True)
class TextQuote:
    """A TextQuoteSelector: the quoted text and the context around it."""

    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    """Where a quote sits in the new text and how it was found."""

    start: int
    end: int
    exact: str
    method: Method


def quote_at(text: str, start: int, end: int, *, context: int = CONTEXT_CHARS) -> TextQuote:
    """Build the TextQuoteSelector for ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} is empty or outside a text of {len(text)} chars")
    if context < 0:
        raise ValueError("context must not be negative")
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def reanchor(new_text: str, quote: TextQuote, *, start: int, end: int) -> Anchor | None:
    """Find the quote in the edited text, or return None when it cannot be found safely.

    ``start``/``end`` are the old offsets; they only break ties and centre the search.
    Raises ValueError for an empty quote, which no valid claim has.
    """
    exact = quote.exact
    if not exact:
        raise ValueError("cannot re-anchor an empty quote")
    hint = min(max(start, 0), len(new_text))

    # Fast path: the whole selector is intact somewhere, so any edit was outside it.
    whole = quote.prefix + exact + quote.suffix
    at = _nearest(new_text, whole, hint - len(quote.prefix))
    if at >= 0:
        s = at + len(quote.prefix)
        return _anchor(new_text, s, s + len(exact), start, end, fuzzy=False)

    candidates: dict[tuple[int, int], _Candidate] = {}
    for s in _occurrences_near(new_text, exact, hint, MAX_EXACT_CANDIDATES):
        e = s + len(exact)
        candidates[s, e] = _Candidate(s, e, 0, _context_errors(new_text, quote, s, e))
    exact_best = min(candidates.values(), key=lambda c: c.rank(hint), default=None)

    # A fuzzy candidate needs at least one quote edit, so it cannot beat an exact one this good.
    if len(exact) <= MAX_FUZZY_QUOTE_CHARS and (exact_best is None or exact_best.cost > 1):
        for lo, hi, expected_end in _fuzzy_windows(new_text, whole, hint - len(quote.prefix)):
            span = _align(new_text, quote, lo, hi, expected_end)
            if span is not None and span not in candidates:
                s, e = span
                q_err = _distance(exact, new_text[s:e])
                candidates[span] = _Candidate(s, e, q_err, _context_errors(new_text, quote, s, e))

    # Only the best candidate may be kept: if it is unacceptable (say the quote's words were
    # deleted and its context now closes over the gap), a worse one elsewhere is a guess.
    best = min(candidates.values(), key=lambda c: c.rank(hint), default=None)
    if best is not None and best.acceptable(quote):
        return _anchor(new_text, best.start, best.end, start, end, fuzzy=best.quote_errors > 0)
    if exact_best is not None and len(exact) >= DISTINCTIVE_QUOTE_CHARS:
        return _anchor(new_text, exact_best.start, exact_best.end, start, end, fuzzy=True)
    return None


def reanchor_all[K](
    new_text: str, items: Iterable[tuple[K, TextQuote, int, int]]
) -> dict[K, Anchor | None]:
    """Re-anchor many claims of one article: ``(key, quote, old_start, old_end)`` each."""
    return {
        key: reanchor(new_text, quote, start=start, end=end) for key, quote, start, end in items
    }


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote_errors: int
    context_errors: int

    @property
    def cost(self) -> int:
        return self.quote_errors + self.context_errors

    def rank(self, hint: int) -> tuple[int, int, int, int]:
        """Fewest edits, then an intact quote, then nearest the old position."""
        return (self.cost, self.quote_errors, abs(self.start - hint), self.start)

    def acceptable(self, quote: TextQuote) -> bool:
        longest = max(len(quote.exact), self.end - self.start)
        context_chars = len(quote.prefix) + len(quote.suffix)
        return (
            self.quote_errors <= MAX_QUOTE_ERROR * longest
            and self.context_errors <= MAX_CONTEXT_ERROR * context_chars
        )


def _anchor(text: str, s: int, e: int, start: int, end: int, *, fuzzy: bool) -> Anchor:
    method: Method = "fuzzy" if fuzzy else "position" if (s, e) == (start, end) else "quote"
    return Anchor(s, e, text[s:e], method)


def _nearest(text: str, needle: str, target: int) -> int:
    """Start of the occurrence of ``needle`` nearest ``target`` (the earlier on a tie), or -1."""
    target = min(max(target, 0), len(text))
    after = text.find(needle, target)
    if after == target:
        return after
    # Only an earlier occurrence at least as near as ``after`` matters; bounding rfind keeps
    # the common case from scanning back through a megabyte.
    lo = 0 if after < 0 else max(0, 2 * target - after)
    before = text.rfind(needle, lo, target - 1 + len(needle))
    return before if before >= 0 else after


def _occurrences_near(text: str, needle: str, target: int, limit: int) -> list[int]:
    """Starts of up to ``limit`` occurrences of ``needle`` (overlapping too), nearest first."""
    found: list[int] = []
    i = text.find(needle, target)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = text.find(needle, i + 1)
    j = text.rfind(needle, 0, target - 1 + len(needle))
    while j >= 0 and len(found) < 2 * limit:
        found.append(j)
        j = text.rfind(needle, 0, j - 1 + len(needle))
    found.sort(key=lambda k: (abs(k - target), k))
    return found[:limit]


def _context_errors(text: str, quote: TextQuote, s: int, e: int) -> int:
    """Edits between the stored context and the text around ``text[s:e]``."""
    errors = 0
    if prefix := quote.prefix:
        # Reversed, the prefix is anchored at ``s`` and free at its far end; the extra half
        # length lets insertions inside the context be counted as such.
        before = text[max(0, s - len(prefix) - len(prefix) // 2) : s]
        errors += min(_edit_distances(prefix[::-1], before[::-1], free_start=False))
    if suffix := quote.suffix:
        after = text[e : e + len(suffix) + len(suffix) // 2]
        errors += min(_edit_distances(suffix, after, free_start=False))
    return errors


def _fuzzy_windows(text: str, whole: str, target: int) -> list[tuple[int, int, int]]:
    """``(lo, hi, expected_end)`` windows for ``whole``: around ``target``, and around seeds."""
    # Exact hits of short pieces of the selector say where it starts even after a long shift;
    # each piece is looked up only on either side of where it would be without one.
    step = max(SEED_CHARS, len(whole) // MAX_SEEDS)
    starts = [target]
    for offset in range(0, max(1, len(whole) - SEED_CHARS + 1), step):
        piece = whole[offset : offset + SEED_CHARS]
        expected = max(0, target + offset)
        hits = (text.find(piece, expected), text.rfind(piece, 0, expected + len(piece)))
        starts.extend(hit - offset for hit in hits if hit >= 0)
    slack = len(whole) // 2 + SEED_CHARS
    chosen: list[int] = []
    for s in sorted(starts, key=lambda k: (abs(k - target), k)):
        if all(abs(s - c) > slack for c in chosen):
            chosen.append(s)
        if len(chosen) == MAX_FUZZY_WINDOWS:
            break
    return [
        (max(0, s - slack), min(len(text), s + len(whole) + slack), s + len(whole)) for s in chosen
    ]


def _align(
    text: str, quote: TextQuote, lo: int, hi: int, expected_end: int
) -> tuple[int, int] | None:
    """The quote's span in the best approximate match of the whole selector in ``text[lo:hi]``.

    Trap: the two boundaries are placed independently, each where an optimal alignment of the
    selector crosses it; text inserted right at a boundary is left outside the quote, so a
    quote whose words are gone can come out empty or inverted, which means no candidate.
    """
    prefix, exact, suffix = quote.prefix, quote.exact, quote.suffix
    whole = prefix + exact + suffix
    ends = _edit_distances(whole, text[lo:hi], free_start=True)
    best = min(ends)
    end = lo + min(
        (j for j, d in enumerate(ends) if d == best), key=lambda j: (abs(lo + j - expected_end), j)
    )
    # An alignment costs at most len(whole), so it spans at most twice that much text.
    seg_lo = max(lo, end - 2 * len(whole))
    seg = text[seg_lo:end]
    rev = seg[::-1]
    n = len(seg)
    head = _edit_distances(prefix, seg, free_start=True)
    tail = _edit_distances((exact + suffix)[::-1], rev, free_start=False)
    x1 = min(range(n + 1), key=lambda x: (head[x] + tail[n - x], -x))
    head = _edit_distances(prefix + exact, seg, free_start=True)
    tail = _edit_distances(suffix[::-1], rev, free_start=False)
    x2 = min(range(n + 1), key=lambda x: (head[x] + tail[n - x], x))
    return (seg_lo + x1, seg_lo + x2) if x1 < x2 else None


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    return _edit_distances(a, b, free_start=False)[-1]


def _edit_distances(pattern: str, text: str, *, free_start: bool) -> list[int]:
    """``d[j]`` = edits turning ``pattern`` into ``text[:j]``, or into its best suffix.

    With ``free_start`` the match may begin anywhere in ``text`` (Sellers' search); without,
    it begins at ``text[0]``. Myers (1999) with Hyyrö's global variant: one bit per pattern
    char, so each text char costs a few big-integer operations instead of a DP column.
    """
    m = len(pattern)
    if m == 0:
        return [0] * (len(text) + 1) if free_start else list(range(len(text) + 1))
    full = (1 << m) - 1
    top = 1 << (m - 1)
    carry_in = 0 if free_start else 1
    peq: dict[str, int] = {}
    for i, c in enumerate(pattern):
        peq[c] = peq.get(c, 0) | (1 << i)
    pv, mv, score = full, 0, m
    out = [m]
    for c in text:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (full & ~(xh | pv))
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | carry_in) & full
        mh = (mh << 1) & full
        pv = mh | (full & ~(xv | ph))
        mv = ph & xv
        out.append(score)
    return out
