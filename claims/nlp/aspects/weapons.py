"""Rules that a claim is about the weapon used (the `weapon` point).

Armed people as the means of an act (`_armed_force_used`), fire into a crowd or the water
rather than at a target (`_fired_into_space`), arms told by their traces or their kind, or
whether any shots were fired (`_arms_identified`), the sound of arms (`_arms_heard`), and the
words that tell arms from other loads (`_NOT_ARMS`, `_POSSESSED`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import wordset
from .tables import _DETERMINERS

_USE = wordset("use used using")
# ("carrying" mostly tells what the people held or hit had with them: "arrested carrying
# rifles", see _CARGO)
_FIRED_OR_CARRIED = wordset("fired firing fire carried carry")
_ARRIVED = wordset("came come arrived returned")


def _armed_force_used(ws: Sequence[str]) -> bool:
    """ "using armed sailors to expel...", "had used armed police against the crowd": armed
    people as the means of an act (not "armed men opened fire", who did it)."""
    return any(w == "armed" and k and ws[k - 1] in _USE for k, w in enumerate(ws))


# Weapon-table words that are no arms ("carrying insulin and dialysis equipment").
_NOT_ARMS = wordset("equipment markings wreckage fragments")
# Arms found with someone or something ("guards had found ammunition in the car").
_POSSESSED = wordset("found seized hidden included confiscated discovered")

_FIRE_VERBS = wordset("fired firing fire fires shot shooting")
_FIRE_WAYS = wordset("into toward towards over")
# (not "the air": "fired only into the air" is a warning shot in other words)
_FIRE_SPACES = wordset("crowd crowds queue queues water sea heads")
_WARNING = wordset("warning warn")


def _fired_into_space(ws: Sequence[str]) -> bool:
    """ "one guard fired several bursts into the crowd", "tanks had fired toward the crowd",
    "they fired into the water next to the boat": where the fire went, not a warning shot
    ("fired warning shots into the air") nor a place hit ("shells fired into homes")."""
    if _FIRE_VERBS.isdisjoint(ws) or not _WARNING.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _FIRE_VERBS:
            continue
        for j in range(k + 1, min(k + 8, len(ws) - 1)):
            if ws[j] == "only":
                break  # "fired only into the sea": where it did not go
            if ws[j] in _FIRE_WAYS:
                nxt = ws[j + 1 : j + 3]
                if not _FIRE_SPACES.isdisjoint(nxt) and (
                    nxt[0] in _FIRE_SPACES or nxt[0] in _DETERMINERS
                ):
                    return True
                break
    return False


# Arms and their traces, as the object of an identification (_arms_identified).
_ARMS_TRACES = wordset(
    "gun guns rifle rifles weapon weapons arms bomb bombs explosives bullet bullets rounds round "
    "cartridges casings shrapnel fire gunfire gunshot blows rocket rockets "
    "missile missiles drone drones mortar shell shells grenade grenades batons baton"
)
_KINDS = wordset("type kind model make")
_SHOTS = wordset("shot shots round rounds bullet bullets")
_ANY_NO = wordset("any no")
# The words that open one of _arms_identified's constructions.
_ARMS_CUES = _ANY_NO | wordset("consistent of calibre caliber firing")


def _arms_identified(ws: Sequence[str]) -> bool:
    """What the arms were, told from their traces or their kind: "shrapnel wounds consistent
    with rocket fire", "11 spent cartridges of the type fired by the rifles its troops
    carry", "the drones were of a type supplied to the militia", "bullets ... of 7.62 mm
    calibre"; and whether any were fired at all, "denied that any shots had been fired",
    "no shots were fired" (but not "before any shots were fired": what came first)."""
    if _ARMS_CUES.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _ARMS_CUES:
            continue  # (most words open none of the constructions below)
        nxt = list(ws[k + 1 : k + 5])
        if w == "consistent" and nxt[:1] == ["with"] and not _ARMS_TRACES.isdisjoint(nxt[1:]):
            return True
        if (
            w == "of"
            and len(nxt) >= 2
            and nxt[0] in ("the", "a")
            and nxt[1] in _KINDS
            and not _ARMS_TRACES.isdisjoint(ws[max(0, k - 5) : k + 9])
        ):
            return True
        if w in ("calibre", "caliber") and k and ws[k - 1] == "mm":
            return True
        if (
            w in _ANY_NO
            and nxt[:1]
            and nxt[0] in _SHOTS
            and "fired" in nxt[1:4]
            and not (k and ws[k - 1] == "before")
        ):
            return True
        if w == "firing" and nxt[:2] == ["any", "shots"]:
            return True
    return False


# What was heard, when it is the sound of arms: "they heard two blasts", "heard long bursts
# of gunfire".
_HEARD = wordset("heard hear hears hearing")
_ARMS_SOUNDS = wordset(
    "blast blasts explosion explosions gunfire gunshot gunshots shots bursts shelling"
)


def _arms_heard(ws: Sequence[str]) -> bool:
    """ "she had heard no blast that night", "heard several bursts of automatic fire": a
    witness telling the sound of the arms tells what was used (but where it came from,
    "heard gunfire from the police lines", says who fired: see _fired_from)."""
    for k, w in enumerate(ws):
        if w not in _HEARD:
            continue
        for j in range(k + 1, min(k + 5, len(ws))):
            if ws[j] in _ARMS_SOUNDS:
                if "from" not in ws[j + 1 : j + 4]:
                    return True
                break
    return False
