"""Rules that say what was hit (the `target` point, for places and things).

Fire kept to one kind of object or away from one (`_only_at_class`, `_aim_kept`), a rule about
what one strikes (`_policy_on_targets`), a place put to military use (`_put_to_use`), a
carrier named by its load (`_carrier_hit`, `_CARGO`), a count of things destroyed
(`_things_counted_damaged`), and those left without water or power (`_deprived`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import wordset
from .casualties import _VICTIM_CLASS
from .poles import CIVILIAN, MILITARY
from .tables import _AIM_PREPS, _PEOPLE, TermMatcher, _is_count
from .weapons import _FIRE_VERBS

# What a vehicle or its people carried ("the lorries had been carrying only cement", "the
# plane had been loaded with anti-tank missiles"): an account of what was hit.
_CARGO = TermMatcher((t, True) for t in ("carrying", "carried", "loaded with"))

_ONLY = wordset("only exclusively solely")
_AIM_WORDS = wordset("at on struck strike strikes hit hits targeted target targets against")


def _only_at_class(ws: Sequence[str]) -> bool:
    """ "returned fire only at identified military positions", "only strike 'terrorist'
    positions": fire kept to one kind of object says what was hit."""
    if _ONLY.isdisjoint(ws):
        return False
    return any(
        w in _ONLY
        and k + 1 < len(ws)
        and ws[k + 1] in _AIM_WORDS
        and any(v in CIVILIAN or v in MILITARY for v in ws[k + 2 : k + 6])
        for k, w in enumerate(ws)
    )


_MILITARY_USES = wordset("firing fortress stronghold arsenal outpost launchpad")
_AIM_VERBS = wordset("target strike hit fire aim shell attack bomb")
_HABIT_NEG = (("do", "not"), ("does", "not"), ("do", "never"), ("does", "never"))
_HABIT_AUX = wordset("do does")


def _policy_on_targets(ws: Sequence[str]) -> bool:
    """ "Our armed forces do not strike civilian targets", "the rebels do not target
    facilities that serve the masses": a rule about what one hits, said in the present, is
    about what was hit (unlike "did not shell any hospital", a denial of the act)."""
    if _HABIT_AUX.isdisjoint(ws):
        return False
    for k in range(2, len(ws)):
        if (
            ws[k] in _AIM_VERBS
            and (ws[k - 2], ws[k - 1]) in _HABIT_NEG
            and any(v in CIVILIAN or v in MILITARY for v in ws[k + 1 : k + 4])
        ):
            return True
    return False


_CONVERT = wordset("turned turning converted converting transformed transforming")


def _put_to_use(ws: Sequence[str]) -> bool:
    """ "had turned the building into a firing position", "of converting the airport into a
    depot": a place put to (military) use says what the place hit was."""
    if _CONVERT.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _CONVERT or "into" not in ws[k + 2 : k + 6]:
            continue
        j = ws.index("into", k + 2)
        if any(v in MILITARY or v in _MILITARY_USES for v in ws[j + 1 : j + 4]):
            return True  # but "turned aid lines into death traps" says what was done to them
    return False


_AIM_LIMITS = wordset("only never not")


def _aim_kept(ws: Sequence[str]) -> bool:
    """Where the fire went, as against where it did not: "its troops fired only into the
    air", "had fired warning shots into the air and into the sea, never at the men", "fired
    only at armed smugglers": what was (not) hit is the point, more than who fired. (A
    denied aim, "we did not target any civilian home", stays a denial of the act: it
    answers the accusation of it.)"""
    if _FIRE_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _FIRE_VERBS:
            for j in range(k + 1, min(k + 12, len(ws) - 1)):
                if ws[j] in _AIM_LIMITS and ws[j + 1] in _AIM_PREPS:
                    return True
    return False


_SUPPLIES = wordset(
    "water power electricity gas fuel heat heating internet signal service services irrigation"
)
_CUT_AUX = wordset("been were was")


def _deprived(ws: Sequence[str]) -> bool:
    """ "the closure had left 40,000 hectares of farmland without water", "some 300,000
    people had been cut off for nearly three days": those who went without a supply, as the
    object of "left ... without" or the subject of a passive "cut off" after a count, are
    who or what was affected (the active "had cut off the water" is a deed)."""
    if "without" in ws:
        for k, w in enumerate(ws):
            if (
                w == "without"
                and not _SUPPLIES.isdisjoint(ws[k + 1 : k + 3])
                and "left" in ws[max(0, k - 14) : k]
            ):
                return True
    if "cut" in ws:
        for k in range(1, len(ws) - 1):
            if (
                ws[k] == "cut"
                and ws[k + 1] == "off"
                and ws[k - 1] in _CUT_AUX
                and any(_is_count(x) for x in ws[max(0, k - 14) : k - 1])
            ):
                return True
    return False


_DAMAGED = wordset("destroyed damaged wrecked torched gutted burned burnt")
_DAMAGE_AUX = wordset("been were was")


def _things_counted_damaged(ws: Sequence[str]) -> bool:
    """ "16 vehicles had been destroyed, including two pickup trucks", "at least six tanks had
    been destroyed or damaged": a count of the things hit, told without who hit them (a
    "by" that follows says who did it: "several of which had been destroyed by
    minesweepers"), is what was hit."""
    if _DAMAGED.isdisjoint(ws):
        return False
    for k in range(len(ws) - 2):
        if not _is_count(ws[k]):
            continue
        for j in range(k + 1, min(k + 5, len(ws) - 1)):
            if ws[j] in _PEOPLE or ws[j] in _VICTIM_CLASS:
                break  # "three of our officers were burned": people harmed
            if ws[j] in _DAMAGE_AUX and ws[j + 1] in _DAMAGED:
                return "by" not in ws[j + 2 : j + 5]
    return False


# A carrier hit, named by its load: "had struck a vehicle carrying troops", "destroyed a boat
# ferrying weapons".
_LOADS = wordset("carrying transporting ferrying")
_HIT_VERBS = wordset("struck hit destroyed targeted attacked sank downed")


def _carrier_hit(ws: Sequence[str]) -> bool:
    """ "its forces had struck a vehicle carrying Ukrainian troops", "had destroyed a boat
    ferrying weapons for the armed group": what the thing hit carried says what it was, so
    the claim is about what was hit, though it names the force that struck (unlike "the
    boat was hit by a drone", where the carrier is the subject)."""
    if _LOADS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _LOADS and not _HIT_VERBS.isdisjoint(ws[max(0, k - 4) : k]):
            return True
    return False
