"""Word tables written as plain strings, for readability of the long lists."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``, in order."""
    return tuple(text.split())


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())
