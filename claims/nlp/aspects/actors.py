"""Which party a claim says acted, and which party's people a count is of.

Party aliases as lower-case word tuples (`AliasTable`, `alias_table`), the parties a claim's
words name (`_mentions`), the party said to act (`_actor`: an agent after "by", the party
whose act is called unlawful, the subject the claim opens with, the speaker itself) and the
party named nearest a word (`_side_near`). The suggester's features use them; the aspect does
not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..wordlists import wordset
from .poles import CIVILIAN
from .tables import _PASSIVE_AUX, ACTOR_PREPS, words_of


@dataclass(frozen=True, eq=False)
class AliasTable:
    """Party aliases as lower-case word tuples, built once per call of the suggester."""

    table: Mapping[tuple[str, ...], str]
    longest: int
    # The lengths of the aliases each first word opens, longest first: matching tries
    # only those.
    firsts: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


def alias_table(aliases: Mapping[str, Iterable[str]] | AliasTable | None) -> AliasTable:
    if isinstance(aliases, AliasTable):
        return aliases
    table: dict[tuple[str, ...], str] = {}
    for party, names in (aliases or {}).items():
        for n in names:
            words = tuple(w.lower() for w in words_of(n))
            if words:
                table[words] = party
                if len(words) == 1 and not n.isupper():
                    table[(words[0] + "s",)] = party
    lengths: dict[str, set[int]] = {}
    for k in table:
        lengths.setdefault(k[0], set()).add(len(k))
    return AliasTable(
        table,
        max((len(k) for k in table), default=1),
        {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()},
    )


def _mentions(ws: Sequence[str], aliases: AliasTable) -> list[tuple[int, int, str]]:
    """(start, end, party) of each alias in the words, longest first, left to right."""
    out: list[tuple[int, int, str]] = []
    table, firsts = aliases.table, aliases.firsts
    if firsts.keys().isdisjoint(ws):
        return out
    n_ws = len(ws)
    free = 0  # where the next mention may start (after the last one found)
    for k in [k for k, w in enumerate(ws) if w in firsts]:
        if k < free:
            continue
        for n in firsts[ws[k]]:
            if n > n_ws - k:
                continue
            party = table.get(tuple(ws[k : k + n]))
            if party:
                out.append((k, k + n, party))
                free = k + n
                break
    return out


_SKIPPABLE = wordset("the a an official several")
_PRE_SUBJECT = wordset(
    "the a an some several all most many both any no not single none of at least only official"
)
_SELF_WORDS = frozenset({"its", "our", "we", "his", "her", "their"})


def _actor(
    ws: Sequence[str],
    party: str | None,
    mentions: Sequence[tuple[int, int, str]],
    *,
    unlawful_at: int = -1,
    harm_at: frozenset[int] = frozenset(),
) -> tuple[str | None, bool]:
    """The party the claim says acted (``mentions``: the parties the words name, see
    :func:`_mentions`).

    In order: an agent after "by"/"from" ("destroyed by Ukrainian shelling"); the party
    whose act is called unlawful ("Philippine vessels that had illegally intruded"); the
    subject the claim opens with ("Russian troops had blown up..."); the speaker itself
    ("its units", "our forces").
    """
    if not ws:
        return None, False
    for start, _end, who in mentions:
        k = start - 1
        while k >= 0 and start - k <= 3 and ws[k] in _SKIPPABLE:
            k -= 1
        if k >= 0 and ws[k] in ACTOR_PREPS:
            return who, who == party
    if unlawful_at >= 0:
        k = unlawful_at
        before = [m for m in mentions if m[1] <= k and k - m[1] <= 6]
        if before:
            who = before[-1][2]
            return who, who == party
    for start, end, who in mentions:
        # The claim opens with this party as its subject: only quantifiers come before.
        if (
            all(w in _PRE_SUBJECT or w.isdigit() for w in ws[:start])
            and not _passive_after(ws, end)
            and not _names_victims(ws, end)
        ):
            return who, who == party
        break
    lead = [w for w in ws[:4] if w not in _PRE_SUBJECT]
    if lead and lead[0] in _SELF_WORDS and party:
        return party, True
    for _start, end, who in mentions:
        # "... when Kyrgyz forces fired on the village": a party right before its act.
        if (
            any(k in harm_at for k in range(end, min(len(ws), end + 3)))
            and not _passive_after(ws, end)
            and not _names_victims(ws, end)
        ):
            return who, who == party
    if ws[0] in ("we", "it") and party:
        return party, True
    return None, False


def _names_victims(ws: Sequence[str], end: int) -> bool:
    """ "Afghan migrants shot dead at the border": the party's name describes the victims,
    not the doers."""
    return end < len(ws) and CIVILIAN.get(ws[end], 0) >= 1.5


def _passive_after(ws: Sequence[str], end: int) -> bool:
    """Whether the phrase ending at ``end`` is the patient of a passive verb."""
    for k in range(end, min(len(ws), end + 5)):
        if ws[k] in _PASSIVE_AUX and k + 1 < len(ws):
            nxt = ws[k + 1]
            if nxt.endswith(("ed", "en")) or nxt in ("hit", "struck", "shot", "built", "sent"):
                return True
    return False


def _side_near(
    ws: Sequence[str], k: int, party: str | None, mentions: Sequence[tuple[int, int, str]]
) -> str | None:
    """The party named nearest word ``k`` (``mentions``: see :func:`_mentions`)."""
    window = ws[max(0, k - 2) : k + 12]
    if any(w in ("its", "our", "their") for w in window[:5]) and party:
        return party
    best = None
    best_d = 99
    for start, _end, who in mentions:
        d = abs(start - k)
        if d < best_d and d <= 20:
            best, best_d = who, d
    return best
