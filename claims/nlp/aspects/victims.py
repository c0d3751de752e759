"""Rules that say who the people hit were (the `target` point, for people).

What they were ("the three dead were farmers", `_status_named`), what they were doing
(`_victims_doing`, `_doing_when`), whether fighters were there (`_fighters_present`), armed
(`_fired_on_armed`) or not (`_nobody_armed`, `_defenceless_victims`), a clean record
(`_clean_record`), a class of people denied as the target (`_class_not_targeted`); and what
says no one was hit: people who fled or were helped (`_AFTERMATH`) or were used as human
shields (`_human_shields`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import wordset
from .poles import _STATUS, CIVILIAN, MILITARY, _contrast_at
from .tables import _AIM_PREPS, _COPULA, _HOLD, _PAST_IRREGULAR, _PEOPLE, _WHERE, _number

_ARMED_GROUP = wordset(
    "fighters militants gunmen insurgents rebels guerrillas combatants terrorists jihadists"
)


def _fighters_present(ws: Sequence[str]) -> bool:
    """ "Hamas gunmen had been operating near the distribution point", "none of their fighters
    had been in the village": whether there were fighters at the place hit."""
    if _ARMED_GROUP.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _ARMED_GROUP:
            continue
        for j in range(k + 1, min(len(ws) - 1, k + 4)):
            if ws[j] in ("been", "were", "was") and ws[j + 1] in _WHERE:
                return True
    return False


_NOT_DOING = wordset("during including according regarding concerning following")
# (and "had been caught felling trees", "were seen crossing the river": what they were
# found doing)
_RELATIVE_AUX = wordset("who were had been was caught seen found spotted")


def _victims_doing(ws: Sequence[str]) -> bool:
    """ "opened fire on families who were fleeing", "workers harvesting sesame": the people
    hit described by what they were doing, which says what they were."""
    if _PEOPLE.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w not in _PEOPLE:
            continue
        j = k + 1
        while j < len(ws) and j <= k + 3 and ws[j] in _RELATIVE_AUX:
            j += 1
        if j < len(ws) and ws[j].endswith("ing") and len(ws[j]) > 4 and ws[j] not in _NOT_DOING:
            return True
    return False


_STATUS_SKIP = wordset(
    "not all only just mostly ordinary innocent a an unarmed local simple poor registered "
    "licensed professional"
)

# The people hit named as the subject of "to be": "the dead were two brothers...", "any of
# the victims were its members": who they were, whatever the complement's words.
_VICTIM_HEADS = wordset("dead victims")
_NOT_STATUS = wordset("in at on being not taken still among")


def _victims_were(ws: Sequence[str]) -> bool:
    if _VICTIM_HEADS.isdisjoint(ws):
        return False
    for k in range(1, len(ws) - 1):
        if ws[k] in _COPULA and ws[k - 1] in _VICTIM_HEADS:
            if k >= 4 and ws[k - 3] == "of" and _number(ws[k - 4]) is not None:
                return False  # "two of the dead were...": a count of the dead
            nxt = ws[k + 1]
            # "the dead were taken to...", "the wounded were in hospital": what befell them
            return not (nxt in _NOT_STATUS or nxt.endswith("ed") or nxt in _PAST_IRREGULAR)
    return False


def _status_named(ws: Sequence[str]) -> bool:
    """Whether the claim says who the people were ("they were farmers", "These were ordinary
    families", "killed insurgents, not civilians") rather than what happened to them."""
    if _victims_were(ws):
        return True
    if _STATUS.isdisjoint(ws):
        return False
    for k, w in enumerate(ws):
        if w == "not" and _contrast_at(ws, k):
            return True
        # "had arrested the men as smugglers": who the people held were said to be
        held_as = w == "as" and not _HOLD.isdisjoint(ws[max(0, k - 5) : k])
        if w not in _COPULA and not held_as:
            continue
        j = k + 1
        while j < len(ws) and j <= k + 3 and ws[j] in _STATUS_SKIP:
            j += 1
        if j < len(ws) and ws[j] in _STATUS:
            return True
    return False


def _human_shields(ws: Sequence[str]) -> bool:
    """ "using patients as human shields": people used by a side, not what was hit."""
    return "human" in ws and any(
        ws[k] == "human" and ws[k + 1] in ("shield", "shields") for k in range(len(ws) - 1)
    )


_RECORD_WORDS = wordset("record records trouble")
_CLEAN = wordset("no never clean")


_PAST_CRIMES = wordset("criminal previous prior")
_CONVICTIONS = wordset("conviction convictions")
_WRONGDOER_NOUNS = wordset("criminals smugglers militants terrorists fighters rioters looters")


def _clean_record(ws: Sequence[str]) -> bool:
    """ "the men had no criminal record", "had never been in trouble with the law", and the
    other side's word for the same ("denied either had a criminal record", "a gunman with a
    previous conviction", "fathers doing their laundry, not criminals"): who the people hit
    were, not whether anything was lawful."""
    if _RECORD_WORDS.isdisjoint(ws) and _CONVICTIONS.isdisjoint(ws) and "not" not in ws:
        return False
    for k, w in enumerate(ws):
        before = ws[max(0, k - 4) : k]
        if w in _RECORD_WORDS and (
            not _CLEAN.isdisjoint(before) or (k and ws[k - 1] == "criminal")
        ):
            return True
        if w in _CONVICTIONS and k and ws[k - 1] in _PAST_CRIMES:
            return True
        # "These were two young fathers ..., not criminals" (a contrast that names them)
        if w in _WRONGDOER_NOUNS and k and ws[k - 1] == "not" and k + 1 == len(ws):
            return True
    return False


_AFTERMATH = wordset(
    "fled fleeing spent delivered delivering displaced evacuated rescued sheltered sheltering"
)

# People named by their defencelessness ("unarmed", "sleeping"): see _defenceless_victims.
_DEFENCELESS = wordset("unarmed defenceless defenseless innocent sleeping")


def _defenceless_victims(ws: Sequence[str]) -> bool:
    """ "opened fire on unarmed villagers", "of executing unarmed farmers", "attacked
    sleeping families in their shelters": the people an act was done to, named by what
    made them no threat, put who was hit at the centre of the claim, whoever acted (an
    "unarmed boat" is no one named so: "opened fire on an unarmed fishing boat" is about
    who fired)."""
    if _DEFENCELESS.isdisjoint(ws):
        return False
    return any(
        w in _DEFENCELESS and not _PEOPLE.isdisjoint(ws[k + 1 : k + 4]) for k, w in enumerate(ws)
    )


# What the people were doing when it happened: "our people were cutting sorghum on their own
# land when soldiers opened fire", "the crew had been hauling nets when the shooting began".
_DOING_AUX = wordset("were was been")
_NOT_PASTIMES = _NOT_DOING | wordset("being using trying going getting")
_PEOPLE_SUBJECTS = wordset("crew crews they we")


def _doing_when(ws: Sequence[str]) -> bool:
    """ "Our people were cutting sorghum on their own land when soldiers opened fire on
    them", "its crew had been hauling nets when the shooting began": people hit, set at
    their work when the act came, which says who they were (the act in the "when" clause is
    the frame, not the point). Only people, and only in the plural: "the boats had been
    fishing inside Bangladeshi waters when..." says where, "the victim was driving home
    when he was fired upon by..." leads to who fired."""
    if "when" not in ws:
        return False
    end = ws.index("when")
    for k in range(1, end - 1):
        w = ws[k]
        if w == "were" or (w == "been" and ws[k - 1] in ("had", "have")):
            nxt = ws[k + 1]
            return (
                nxt.endswith("ing")
                and len(nxt) > 4
                and nxt not in _NOT_PASTIMES
                and any(x in _PEOPLE or x in _PEOPLE_SUBJECTS for x in ws[:k])
            )
    return False


# People hit, named as armed: "had returned fire on armed men who crossed into...".
_FIRED_ON = wordset("fired fire firing repelled")
_ARMED_BANDS = wordset(
    "men smugglers smuggling gang gangs group groups band bands poachers gunmen intruders "
    "raiders infiltrators"
)


def _fired_on_armed(ws: Sequence[str]) -> bool:
    """ "its troops had returned fire on armed men who crossed into Ugandan territory",
    "had repelled armed smugglers", "had fired on an armed smuggling gang that crossed the
    frontier illegally": a force telling that the people it fired on were armed says who was
    hit (fighters, not farmers); where they had crossed from describes them, it does not
    judge the fire."""
    if "armed" not in ws or _FIRED_ON.isdisjoint(ws):
        return False
    for k in range(2, len(ws) - 1):
        if ws[k] != "armed" or _ARMED_BANDS.isdisjoint(ws[k + 1 : k + 3]):
            continue
        # the fire went onto them ("fired on", "returned fire at", "repelled"), not from
        # them ("had come under fire from armed smugglers")
        for j in range(max(0, k - 4), k):
            if ws[j] == "repelled" or (ws[j] in _FIRED_ON and ws[j + 1] in _AIM_PREPS):
                return True
    return False


# "No farmer was targeted": a class of people denied as the target.
_TARGETED = wordset("targeted hit attacked")


def _class_not_targeted(ws: Sequence[str]) -> bool:
    """ "No farmer was targeted", "no civilians were hit": the people named by their class
    as (not) the ones aimed at say who was hit ("no one was targeted" names no one: a toll of
    none)."""
    if len(ws) < 4 or ws[0] != "no":
        return False
    who = ws[1]
    if not (who in _PEOPLE or who in CIVILIAN or who in MILITARY):
        return False
    j = 2
    if tuple(ws[2:4]) in (("had", "been"), ("has", "been")):
        j = 4
    elif ws[2] in ("was", "were"):
        j = 3
    else:
        return False
    return j < len(ws) and ws[j] in _TARGETED


# People said to have borne no arms: "nobody in that camp had a gun".
_NOBODY = wordset("nobody none no-one")
_BORE = wordset("had carried carrying carry possessed held")
_ARMS_BORNE = wordset("gun guns weapon weapons arms rifle rifles firearm firearms pistol pistols")


def _nobody_armed(ws: Sequence[str]) -> bool:
    """ "none of the men carried weapons", "nobody in the group of harvesters had been
    carrying a gun": people, all of them, said to have borne no arms are told by what they
    were, unarmed, so this is who was hit (not a deed denied by those who did it)."""
    opener = ws[0] if ws and ws[0] != "no" else " ".join(ws[:2])
    if opener not in _NOBODY and opener != "no one":
        return False
    for k in range(1, min(len(ws), 12)):
        if ws[k] in _BORE and not _ARMS_BORNE.isdisjoint(ws[k + 1 : k + 5]):
            return True
    return False
