"""Tolls and counts (the `casualties` point: who or how many were killed, hurt, held).

The numbers of dead, wounded or missing and of whom (`_casualty_numbers`, with `_HARM_WORDS`
and `_VICTIM_CLASS`), a side counting its own losses (`_own_losses`), people harmed or held
told in the passive (`_harmed_passive`, `_people_counted_held`), a toll of none ("nobody was
shot", `_nobody_harmed`), a count of the victims by age or sex (`_victims_counted`) and a
count set against the other side's ("nine boats, not 14", `_count_corrected`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import wordset
from .actors import _SELF_WORDS, _side_near
from .blame import _AGENTS
from .tables import _COPULA, _HELD, _NUMBER_WORDS, _PEOPLE, _REDUCED_NEXT, _is_count, _number

_HARM_WORDS = {
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "killing": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "wounding": "wounded",
    "injuring": "wounded",
    "missing": "missing",
    "harmed": "wounded",
    "hurt": "wounded",
    # tolls in other words: "strike kills five", "had buried 19 people", "treated 50"
    "kills": "killed",
    "buried": "killed",
    "bury": "killed",
    "burying": "killed",
    "bodies": "killed",
    "treated": "wounded",
    "drowned": "killed",  # "at least three people drowned"
}
_VICTIM_CLASS = {
    "civilians": "civilian",
    "civilian": "civilian",
    "children": "civilian",
    "patients": "civilian",
    "residents": "civilian",
    "workers": "civilian",
    "soldiers": "military",
    "soldier": "military",
    "servicemen": "military",
    "troops": "military",
    "sailors": "military",
    "sailor": "military",
    "guards": "military",
    "fighters": "military",
    "officers": "military",
    # the dead named as the other side's fighters ("two of the attackers had been killed")
    "attackers": "military",
    "gunmen": "military",
    "militants": "military",
    "rebels": "military",
    "smugglers": "military",
    # so that "none of its crew" / "no people" are tolls of zero, not just negations
    "crew": "people",
    "people": "people",
}


def _casualty_numbers(ws: Sequence[str]) -> list[tuple[int, str, str, int]]:
    """(value, harm, victims, word index) for "N civilians were killed", "killing N"..."""
    out: list[tuple[int, str, str, int]] = []
    if _HARM_WORDS.keys().isdisjoint(ws):
        return out  # a number is a toll only with a word of harm near it
    for k, w in enumerate(ws):
        if w not in _NUMBER_WORDS and not w[:1].isdigit():
            continue  # no number (as _number would say, without a call per word)
        value = _number(w)
        if value is None:
            continue
        window = ws[k + 1 : k + 8]
        harm = next((_HARM_WORDS[x] for x in window if x in _HARM_WORDS), None)
        before = ws[max(0, k - 3) : k]
        if harm is None:
            harm = next((_HARM_WORDS[x] for x in before if x in _HARM_WORDS), None)
            if harm is None:
                continue
        if w in ("a", "no", "none", "single") and not any(x in _VICTIM_CLASS for x in window[:4]):
            continue
        if w == "one" and k and ws[k - 1] in ("every", "each"):
            continue  # "every one of the dead was a combatant": all of them, no toll
        victims = next((_VICTIM_CLASS[x] for x in window[:4] if x in _VICTIM_CLASS), "people")
        out.append((value, harm, victims, k))
    return out


def _own_losses(
    ws: Sequence[str],
    numbers: Sequence[tuple[int, str, str, int]],
    party: str | None,
    mentions: Sequence[tuple[int, int, str]],
) -> bool:
    """ "two of its soldiers were killed", "one Azerbaijani soldier" (told by Baku): a side
    counting its own dead."""
    for _v, _h, _c, k in numbers:
        if any(w in _SELF_WORDS for w in ws[max(0, k - 2) : k + 4]):
            return True
        if party is not None and _side_near(ws, k, party, mentions) == party:
            return True
    return False


_HARMED_AUX = wordset("been were was")
_HARMED = wordset("killed wounded injured harmed hurt shot beaten assaulted whipped")


def _harmed_passive(ws: Sequence[str]) -> bool:
    """People as the ones harmed ("any sailor had been killed", "two civilians ... had been
    wounded in the crossfire", "the man had been injured when he fell", "a seaman had died
    when a missile struck the bridge"), but not "killed by a round from a sniper rifle",
    where the claim goes on to tell who or what did it."""
    if _HARMED.isdisjoint(ws) and "died" not in ws and _BURNED.isdisjoint(ws):
        return False
    for k in range(1, len(ws)):
        if ws[k] in _HARMED_WHEN and k + 1 < len(ws) and ws[k + 1] == "when":
            # how one came to harm is still about the harm (on tune, 14 of 16 such claims
            # are about the casualties), unless a force or a culprit is the one who acted
            # ("were killed when a militant detonated...")
            return _AGENTS.isdisjoint(ws[k + 2 : k + 6]) and _CULPRITS_ANY.isdisjoint(
                ws[k + 2 : k + 6]
            )
        if ws[k] in _HARMED and (
            ws[k - 1] in _HARMED_AUX
            # "a ranger was slightly injured", "were badly beaten": one adverb between
            or (k > 1 and ws[k - 1].endswith("ly") and ws[k - 2] in _HARMED_AUX)
        ):
            # ("were shot at" is fire, not harm)
            return k + 1 == len(ws) or ws[k + 1] not in ("by", "at")
        if (
            ws[k] in _BURNED
            and ws[k - 1] in _HARMED_AUX
            and any(w in _PEOPLE or w in _VICTIM_CLASS for w in ws[max(0, k - 5) : k - 1])
        ):
            # "three of our officers were burned" (but "the lorries were burned" is what was
            # hit)
            return True
        if (
            ws[k] in _HARMED
            and (ws[k - 1] in _PEOPLE or ws[k - 1] in _VICTIM_CLASS)
            and (k + 1 == len(ws) or ws[k + 1] in _REDUCED_NEXT)
        ):
            # a headline's reduced passive: "Fisherman Killed as Patrol Fires on Boat",
            # "Two Herders Wounded in Raid" (but not "villagers killed a soldier")
            return True
    return False


_HARMED_WHEN = _HARMED | wordset("died")
_BURNED = wordset("burned burnt")
_CULPRITS_ANY = wordset("militant soldier gunman attacker assailant bomber raider fighter")

# Custody or rough handling suffered in the passive ("31 fishermen were held", "any
# technicians had been detained", "any fisherman had been assaulted").
_HELD_PASSIVE = wordset(
    "detained held arrested questioned interrogated jailed imprisoned assaulted whipped "
    # "at least 40 people had been taken into custody"
    "custody"
)
_CUSTODY_AUX = _HARMED_AUX | wordset("being")
_QUANTIFIERS = wordset("any no none only")
# Who may be counted as held ("31 fishermen", "four of its technicians", "any monk").
_PERIODS = wordset("since year years month months")
_HELD_PEOPLE = (
    _HELD
    | frozenset(_VICTIM_CLASS)
    | wordset("members staff crew delegation supporters activists protesters demonstrators")
    # the crews of what was stopped: "nine other drivers were being held", "only the captain
    # was detained"
    | wordset("drivers driver captain skipper passengers")
)


def _people_counted_held(ws: Sequence[str]) -> bool:
    """ "31 fishermen were held for several hours", "nine herders had been detained on
    suspicion of arson", "two monks who refused were taken to a border post and held",
    "denied that any technicians had been detained": how many people were held or roughly
    handled, told in the passive with a count or "any" before the people, is the human
    toll of an incident (the brief: who or how many were killed, hurt, held). An active
    detention ("guards seized villagers") is left to its lawfulness (_people_held), and
    "the detained men" describes the men (no auxiliary). A tally over a period ("more than
    30 people have been detained along the line this year") is background, not the toll
    of the incident."""
    if _HELD_PASSIVE.isdisjoint(ws) or not _PERIODS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _HELD_PASSIVE:
            continue
        # the auxiliary of the passive, a few words back ("were taken ... and held")
        aux = next((i for i in range(k - 1, max(-1, k - 9), -1) if ws[i] in _CUSTODY_AUX), -1)
        if aux < 1:
            continue
        # (the count may open a longer subject: "six farmers from the Baizak district had")
        before = ws[max(0, aux - 8) : aux]
        if any(_is_count(b) or b in _QUANTIFIERS for b in before) and not _HELD_PEOPLE.isdisjoint(
            before
        ):
            return True
    return False


_COUNTED_HEADS = wordset("them dead victims wounded injured killed")
_COUNT_SKIP = wordset("the those")


def _victims_counted(ws: Sequence[str]) -> bool:
    """ "two of them were boys under 15", "three of the victims were women": a count of the
    people harmed by age or sex (who they were as fighters or civilians is `_status_named`)."""
    if "of" not in ws:
        return False
    for k in range(1, len(ws) - 2):
        if ws[k] != "of" or _number(ws[k - 1]) is None or ws[k - 1] in ("a", "no"):
            continue
        j = k + 1
        if ws[j] in _COUNT_SKIP:
            j += 1
        if j + 1 < len(ws) and ws[j] in _COUNTED_HEADS and ws[j + 1] in _COPULA:
            return True
    return False


_NOBODY_HARMED = _HARMED | _HELD_PASSIVE | wordset("mistreated targeted hit")


def _nobody_harmed(ws: Sequence[str]) -> bool:
    """ "Nobody was shot", "no one had been hurt in the blasts": the passive of a harm or a
    detention whose subject is no one is a toll of none (the brief: who or how many were
    killed, hurt, held), however strongly the verb also names a deed."""
    if not ws or ws[0] not in _NO_ONE:
        return False
    j = 2 if ws[0] == "no" else 1
    if ws[0] == "no" and tuple(ws[1:2]) != ("one",):
        return False
    if tuple(ws[j : j + 2]) in (("had", "been"), ("has", "been")):
        j += 2
    elif j < len(ws) and ws[j] in ("was", "were"):
        j += 1
    else:
        return False
    return j < len(ws) and ws[j] in _NOBODY_HARMED


_NO_ONE = wordset("nobody no-one no")


def _count_corrected(ws: Sequence[str]) -> bool:
    """A count set against another: "nine boats, not 14", "17 people had been aboard, not
    23" (the number after "not" closes the claim or its clause)."""
    if "not" not in ws:
        return False
    n = len(ws)
    return any(
        w == "not"
        and k + 1 < n
        and _is_count(ws[k + 1])
        and ws[k + 1] not in ("a", "no", "single", "none")
        and (k + 2 == n or ws[k + 2] in ("and", "but"))
        and any(_is_count(x) for x in ws[:k])
        for k, w in enumerate(ws)
    )
