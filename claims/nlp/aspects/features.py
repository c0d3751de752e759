"""What the suggester compares, from the text of one claim.

`analyse` returns `Features`: aspect, polarity, the poles, the party said to act, the
casualty counts (`Casualty`) and the word stems (`_stem`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .actors import AliasTable, _actor, _mentions, _side_near, alias_table
from .casualties import _own_losses
from .classify import classify_aspect, polarity_of
from .law import _punished_for
from .scan import _scan
from .tables import STOP
from .weapons import _NOT_ARMS, _POSSESSED

SYNONYMS = {
    "aircraft": "aircraft",
    "drone": "aircraft",
    "drones": "aircraft",
    "plane": "aircraft",
    "jet": "aircraft",
    "uav": "aircraft",
    "quadcopter": "aircraft",
    "soldier": "soldier",
    "soldiers": "soldier",
    "servicemen": "soldier",
    "troops": "soldier",
    "troop": "soldier",
    "units": "soldier",
    "shelled": "fire",
    "shelling": "fire",
    "fired": "fire",
    "fire": "fire",
    "shot": "fire",
    "threat": "threat",
    "threatened": "threat",
    "threatening": "threat",
    "threats": "threat",
    "collision": "collide",
    "collided": "collide",
    "collisions": "collide",
    "intimidation": "threat",
    "intimidating": "threat",
    "intimidate": "threat",
}


@dataclass(frozen=True)
class Casualty:
    value: int
    harm: str  # killed / wounded / missing
    victims: str  # civilian / military / people
    side: str | None  # the party whose people these are, when the text says


class Features(NamedTuple):
    # A named tuple rather than a frozen dataclass, like the scan: the suggester builds one
    # per claim, and a frozen dataclass sets its fields one by one through object.__setattr__.
    aspect: str
    polarity: str
    victims: str | None = None  # "civilian" / "military"
    manner: str | None = None  # "deliberate" / "precise"
    law: str | None = None  # "unlawful" / "lawful"
    actor: str | None = None  # the party the claim says acted
    actor_is_self: bool = False
    harm: bool = False
    casualties: tuple[Casualty, ...] = ()
    stems: frozenset[str] = frozenset()
    generic: bool = False
    appeal: bool = False
    alibi: bool = False  # names another culprit or cause ("the gunmen were local Serbs")


@lru_cache(maxsize=8192)
def _stem(w: str) -> str:
    w = SYNONYMS.get(w, w)
    for suf in ("ing", "ed", "es", "s", "e"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def analyse(
    text: str,
    *,
    party: str | None = None,
    aliases: Mapping[str, Iterable[str]] | AliasTable | None = None,
    aspect: str | None = None,
    polarity: str | None = None,
    cue_lemma: str | None = None,
    ignore: frozenset[str] = frozenset(),
) -> Features:
    """Everything the suggester compares, from the text of one claim."""
    scan = _scan(text)
    ws = scan.words
    asp = aspect or classify_aspect(text, cue_lemma)
    pol = polarity or polarity_of(text, cue_lemma)
    civ, mil = scan.civilian, scan.military
    if (scan.cargo or not _POSSESSED.isdisjoint(ws)) and any(
        a == "weapon" and ws[s] not in _NOT_ARMS for s, _e, (a, _w) in scan.aspects
    ):
        # "the plane carried weapons", "the items seized from the car included detonators":
        # what was hit, or who was held, had arms with it
        mil += 1.5
    numbers = scan.numbers
    table = alias_table(aliases)
    # The parties the words name, found once for the rules below.
    mentions = _mentions(ws, table)
    victims = None
    if asp == "casualties" and numbers:
        # A death toll is compared as a number, not as a kind of target; but the other
        # side's dead named as a class say what was hit ("had killed 23 al-Shabaab fighters"
        # against "there were no fighters in the village, only farmers").
        kinds = {vic for _v, _h, vic, _k in numbers}
        if (
            len(kinds) == 1
            and kinds <= {"civilian", "military"}
            and not _own_losses(ws, numbers, party, mentions)
        ):
            victims = kinds.pop()
    elif civ >= 1 and civ >= mil + 1:
        victims = "civilian"
    elif mil >= 1.5 and mil >= civ + 1:
        victims = "military"
    manner = {1: "deliberate", -1: "precise", 0: None}[scan.manner]
    law = {1: "unlawful", -1: "lawful", 0: None}[scan.law]
    if pol == "deny" and not scan.negated:
        # "denied that civilians had been targeted": the denial is in the cue, so the claim
        # takes the opposite pole of its words.
        victims = {"civilian": "military", "military": "civilian", None: None}[victims]
        manner = {"deliberate": "precise", "precise": "deliberate", None: None}[manner]
        law = {"unlawful": "lawful", "lawful": "unlawful", None: None}[law]
    if law == "unlawful" and _punished_for(ws, scan.unlawful_at):
        # "detained for illegally crossing the border": the wrong is the victims', and the
        # claim says the act against them was lawful.
        law = "lawful"
    unlawful_at = scan.unlawful_at if law == "unlawful" else -1
    actor, is_self = _actor(ws, party, mentions, unlawful_at=unlawful_at, harm_at=scan.harm_at)
    harm = scan.harm or asp == "responsibility"
    cas: list[Casualty] = []
    for value, kind, vic, k in numbers:
        cas.append(Casualty(value, kind, vic, _side_near(ws, k, party, mentions)))
    # (only the suggester compares them: found here, not in the scan)
    stems = frozenset({_stem(w) for w in ws if w not in STOP and len(w) > 2} - ignore)
    generic = scan.generic
    appeal = asp == "other" and scan.appeal
    alibi = not is_self and pol == "assert" and scan.other_culprit
    if appeal:
        victims = manner = law = actor = None
        is_self = harm = False
        cas = []
    return Features(
        aspect=asp,
        polarity=pol,
        victims=victims,
        manner=manner,
        law=law,
        actor=actor,
        actor_is_self=is_self,
        harm=harm,
        casualties=tuple(cas),
        stems=stems,
        generic=generic,
        appeal=appeal,
        alibi=alibi,
    )
