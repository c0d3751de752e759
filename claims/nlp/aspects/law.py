"""Rules that a claim is about whether it was lawful, and on whose ground (`legality`).

A named place or a distance across a border and an entry onto someone's ground
(`_INSIDE_PLACE`, `_DISTANCE_ACROSS`, `_ENTRY`), which side of a line a place lies on or one's
side stayed on (`_off_the_line`, `_ground_belongs`, `_stayed_on_ground`), a pact broken
(`_pact_broken`), a detention of people (`_people_held`), and the unlawful words, whose place
tells when the wrong is the victims' ("detained for illegally crossing", `_punished_for`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..wordlists import words, wordset
from .tables import (
    _COPULA,
    _DETERMINERS,
    _HELD,
    _HOLD,
    _REDUCED_NEXT,
    _WHERE,
    TermMatcher,
    _is_count,
)

# "detained 1.2 kilometres inside Serbia", "crossed 400 metres into Kosovo": a named place
# across a border (case tells a name from "inside the building").
_INSIDE_PLACE = re.compile(r"\b(?:inside|into)\s+[A-Z][a-z]")

# "about 150 metres inside Bangladeshi territory", "several hundred metres into Kosovo", "had
# walked 400 metres past the line": how
# far across a line it happened is where it happened, so by whose law.
_DISTANCE_ACROSS = re.compile(
    r"\b(?:metres|meters|kilometres|kilometers|km|miles|yards)\s+"
    r"(?:inside|into|within|past|beyond|across)\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+)?[A-Za-z]"
)
# "had set foot in Morocco", "entered Bangladeshi territory", "strayed into Iranian waters":
# an entry onto someone's ground, whose lawfulness is the point.
_ENTRY = re.compile(
    r"\b(?:set foot|entered|entering|strayed|straying|intruded|intruding)\s+"
    r"(?:(?:in|on|into|onto|inside)\s+)?(?:(?:the|its|their)\s+)?"
    r"(?:[A-Z][\w-]*|(?:[\w-]+\s+){0,2}(?:territory|waters|soil|airspace))"
)
# A piece of text in every match of each pattern above, looked for first (see _found).
_INSIDE_PLACE_NEEDS = ("inside", "into")
_DISTANCE_ACROSS_NEEDS = ("metres", "meters", "km", "miles", "yards")
_ENTRY_NEEDS = ("set foot", "enter", "stray", "intrud")

_UNLAWFUL_WORDS = TermMatcher(
    (t, True) for t in words("violat* illegal* unlawful* crime crimes criminal breach* pira*")
)

_PUNISHED = wordset(
    "detained arrested seized held fined charged punished sentenced convicted jailed shot "
    "stopped expelled deported prosecuted"
)


def _punished_for(ws: Sequence[str], k: int) -> bool:
    """ "had been detained for illegally crossing": an unlawful deed given as the reason."""
    if k < 2:
        return False
    window = ws[max(0, k - 3) : k]
    if "for" not in window:
        return False
    j = max(0, k - 3) + window.index("for")
    return any(w in _PUNISHED for w in ws[max(0, j - 3) : j])


_BREAK_VERBS = wordset("broke broken breaking breaks breached ignored flouted")
_PACTS = wordset(
    "agreement agreements accord accords ceasefire truce armistice treaty law laws rules deal"
)


def _pact_broken(ws: Sequence[str]) -> bool:
    """ "had broken a local agreement", "breaking the truce": a breach, however worded."""
    if _BREAK_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w in _BREAK_VERBS and not _PACTS.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False


def _people_held(ws: Sequence[str]) -> bool:
    """ "guards seized villagers", "had detained two police officers": a detention of people,
    whose lawfulness is the point (a seized tanker or seized rifles are not)."""
    if _HOLD.isdisjoint(ws):
        return False
    return any(
        w in _HOLD
        # "two of the detained fishermen were beaten", "visit the two detained men": who the
        # people were, not the act
        and not (k and (ws[k - 1] in _DETERMINERS or _is_count(ws[k - 1])))
        and (
            not _HELD.isdisjoint(ws[k + 1 : k + 6])
            # a headline's reduced passive: "Customs Officers Seized Inside Benin"
            or (
                k > 0
                and ws[k - 1] in _HELD
                and (k + 1 == len(ws) or ws[k + 1] in _REDUCED_NEXT or ws[k + 1] in _WHERE)
            )
        )
        for k, w in enumerate(ws)
    )


_GROUND = wordset("land lands waters water territory island islands sandbank shoal area")
_BELONG = wordset("belong belongs belonged")


def _ground_belongs(ws: Sequence[str]) -> bool:
    """ "fishing in waters that belong to Peru", "land that has belonged to the enclave for
    decades": whose ground it is (not "houses belonging to refugees": whose the place hit
    was). Also "the islands were part of the customary lands of...": ground as a part of a
    side's ground, and "the island falls on the Kenyan side", "the reef lies within its
    waters": which side of a line a place lies on."""
    if _BELONG.isdisjoint(ws) and "part" not in ws and _LIE_VERBS.isdisjoint(ws):
        return False
    n = len(ws)
    for k, w in enumerate(ws):
        nxt = ws[k + 1] if k + 1 < n else ""
        if (
            (w in _BELONG and nxt == "to" and not _GROUND.isdisjoint(ws[max(0, k - 4) : k]))
            or (
                w == "part"
                and nxt == "of"
                and k > 0
                and ws[k - 1] in _PART_OF_AUX
                and not _GROUND.isdisjoint(ws[k + 2 : k + 7])
            )
            or (w in _LIE_VERBS and nxt in _LIE_PREPS and not _SIDES.isdisjoint(ws[k + 2 : k + 6]))
        ):
            return True
    return False


_PART_OF_AUX = _COPULA | wordset("been be")
_LIE_VERBS = wordset("falls fall fell lies lie lay sits sit")
_LIE_PREPS = wordset("on in inside within")
# ground a place lies on, or the line it lies within
_SIDES = _GROUND | wordset("side soil airspace boundary border frontier")

# Where one's own side stayed: "had never left Latvian airspace", "the soldiers stayed on
# Nepali territory throughout".
_STAY_VERBS = wordset("stayed remained left")
_OWN_GROUND = _GROUND | wordset("soil airspace side bank")


def _stayed_on_ground(ws: Sequence[str]) -> bool:
    """ "the helicopter had never left Latvian airspace", "the crowd never left Kyrgyz soil",
    "the soldiers had stayed on Nepali territory throughout the operation": on whose ground
    the people were, and so by whose law (like "nowhere near"), not who acted ("its troops
    had stayed on the main road" names no one's ground)."""
    if _STAY_VERBS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _STAY_VERBS or (w == "left" and "never" not in ws[max(0, k - 2) : k]):
            continue
        if not _OWN_GROUND.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False


_WAYS = wordset("north south east west")
_LINES = wordset("line border boundary frontier")
_UNITS = wordset("metres meters kilometres kilometers km miles yards")


def _off_the_line(ws: Sequence[str]) -> float:
    """How far, and on which side of a line, it happened: "about 11 nautical miles west of
    the provisional median line", "south of the old colonial border" (a plain "west of the
    line" is in the table). Which side says whose law applies, and a distance from the
    line measures it (as "150 metres inside Bangladeshi territory" does)."""
    if _WAYS.isdisjoint(ws):
        return 0.0
    for k, w in enumerate(ws):
        if w not in _WAYS or tuple(ws[k + 1 : k + 3]) != ("of", "the"):
            continue
        line = next((j for j in range(k + 3, min(k + 6, len(ws))) if ws[j] in _LINES), 0)
        if not line:
            continue
        distance = 2.5 if k and ws[k - 1] in _UNITS else 0.0
        return distance + (1.5 if line > k + 3 else 0.0)
    return 0.0
