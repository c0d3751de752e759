"""The poles a claim takes: civilian or military, deliberate or precise, unlawful or lawful.

The pole tables (`CIVILIAN`, `MILITARY`, `_MILITARY_PHRASES`, `_MANNER`, `_LAW`), the
negation tests that turn a word against its pole ("did not shell any hospital", "no military
facilities", "never owned a gun"), `_victim_scores` (the civilian and military weight of a
claim's words), `_pole` (the sign of its manner or law terms), and `_negated_words` (whether
the claim's main statement is negative, "troops killed insurgents, not civilians" being no
denial).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..wordlists import words, wordset
from .tables import _BEFORE_VERB, _PAST_IRREGULAR, TermMatcher, _number

NEGATORS = wordset("not no never none nothing nobody without n't nor neither")
CIVILIAN = {
    "civilian": 2,
    "civilians": 2,
    "residential": 2,
    "residents": 1.5,
    "homes": 2,
    "home": 1.5,
    "houses": 2,
    "apartment": 2,
    "apartments": 2,
    "hospital": 2,
    "hospitals": 2,
    "patients": 2,
    "school": 2,
    "schools": 2,
    "kindergarten": 2,
    "market": 1.5,
    "shopping": 2,
    "children": 2,
    "nurses": 1.5,
    "medical": 1.5,
    "church": 2,
    "mosque": 2,
    "infrastructure": 1,
    "grain": 1,
    "food": 1,
    "workers": 1,
    "villages": 1,
    "village": 1,
    "city": 1,
    "town": 1,
    "street": 1.5,
    "families": 1.5,
    "traders": 1.5,
    "farmers": 1.5,
    "shoppers": 2,
    "displaced": 1.5,
    "camp": 0.5,
    "people": 0.5,
    "peaceful": 1,
    # people at work or on the move, as the victims of these stories are often named
    "villagers": 1.5,
    "peasants": 1.5,
    "fishermen": 1.5,
    "fisherman": 1.5,
    "boatmen": 1.5,
    "herders": 1.5,
    "shepherds": 1.5,
    "migrants": 1.5,
    "refugees": 1.5,
    "passengers": 1.5,
    "drivers": 0.5,
    "women": 1.5,
    "innocent": 1.5,
    # people at prayer or at school
    "worshippers": 2,
    "pupils": 2,
    "teachers": 1.5,
    "pilgrims": 2,
    "voters": 1.5,  # "They were ordinary voters with their identity cards"
    "journalists": 1.5,
}
MILITARY = {
    "military": 1.5,
    "unit": 2,
    "units": 1,
    "barracks": 2.5,
    "base": 2,
    "bases": 2,
    "depot": 2,
    "depots": 2,
    "ammunition": 1.5,
    "positions": 0.5,
    "position": 1,
    "hostile": 1.5,
    "combatants": 2,
    "combatant": 2,
    "militants": 1.5,
    "commander": 1.5,
    "commanders": 1.5,
    "headquarters": 2,
    "mercenaries": 1.5,
    "objective": 1,
    "warship": 1.5,
    "sites": 0.5,
    "facility": 0.5,
    "facilities": 1,
    "soldiers": 0.5,
    "troops": 0.5,
    "forces": 0.5,
    "fighters": 0.5,
    "legitimate": 1,
    "threat": 1,
    # people named as wrongdoers or enemies when they are the ones hit ("fired warning
    # shots at 'suspects'", "killed two smugglers", "strikes on 'terrorist' positions");
    # as the subject of an act they are its agents, not its target (see _victim_scores)
    "suspects": 1.5,
    "smugglers": 1.5,
    "smuggler": 1.5,
    "terrorists": 1.5,
    "terrorist": 1,
    "insurgents": 1.5,
    "infiltrators": 1.5,
}
_WRONGDOERS = wordset("suspects smugglers smuggler terrorists terrorist insurgents infiltrators")
_MILITARY_PHRASES = TermMatcher(
    [(p, 2.0) for p in ("turned into", "used as", "converted into", "used by")]
    + [
        (f"military {w}", 1.5)
        for w in words("target targets objective facility facilities site sites unit")
    ]
)
# manner: +1 deliberate, -1 precise or accidental; law: +1 unlawful, -1 lawful
_MANNER = TermMatcher(
    [
        (t, 1)
        for t in (
            "deliberate",
            "deliberately",
            "intentional",
            "intentionally",
            "on purpose",
            "indiscriminate",
            "indiscriminately",
            "to terrorise",
            "to terrorize",
            "planned",
            "premeditated",
            "cold-blooded",
            "in cold blood",
            "aggressive",
            "trying to destroy",
            "trying to kill",
            "trying to terrorise",
            "trying to annex",
            "trying to intimidate",
            "trying to punish",
        )
    ]
    + [
        (t, -1)
        for t in (
            "precise",
            "precision",
            "high-precision",
            "accident*",
            "mistaken",
            "mistakenly",
            "misfir*",
            "errant",
            "only struck military",
            "only hit military",
            "only targeted military",
            "restrained",
            "professional",
        )
    ]
)
_LAW = TermMatcher(
    [
        (t, 1)
        for t in (
            "violat*",
            "illegal",
            "illegally",
            "unlawful",
            "unlawfully",
            "war crime",
            "war crimes",
            "crime",
            "crimes",
            "criminal",
            "terrorism",
            "act of terror",
            "breach*",
            "contrary to international",
            "pirate",
            "pirates",
            "piracy",
            "ecocide",
            "genocide",
            "international waters",
            "intimidation",
            "unacceptable",
            "kidnap*",
            "abduct*",
        )
    ]
    + [
        (t, -1)
        for t in (
            "in accordance with",
            "in line with",
            "in compliance with",
            "full compliance with",
            "complied with",
            "within the law",
            "lawful",
            "lawfully",
            "legal",
            "legally",
            "legitimate",
            "self-defence",
            "self-defense",
            "rules of engagement",
            "right to defend",
            "orders of a court",
            "order of a court",
            "court order",
            "waters pending delimitation",
            "disputed waters",
        )
    ]
)

# Who the people were, as the complement of "to be" ("the three dead were farmers", "they
# are fishermen", "every one of the dead was a combatant"): civilians or fighters, what
# was hit. Age and sex ("most of the dead were women and children") say who died.
_STATUS = (
    frozenset(w for w, v in CIVILIAN.items() if v >= 1.5) - wordset("women children home")
) | wordset(
    "combatant combatants militant militants fighter fighters guerrillas guerrilla insurgents "
    "insurgent terrorists terrorist smugglers smuggler pirates pirate soldiers soldier members "
    "member farmer trader herder fishermen civilian fathers engineers students"
)


def _contrast_at(ws: Sequence[str], k: int) -> bool:
    """ "troops killed insurgents, not civilians": one kind of people against another."""
    return (
        k + 1 < len(ws) and ws[k + 1] in _STATUS and not _STATUS.isdisjoint(ws[max(0, k - 3) : k])
    )


def _negated_words(words: Sequence[str]) -> bool:
    ws = words[:5]
    for k, w in enumerate(ws):
        if (w in NEGATORS and w != "without") or w.endswith("n't"):
            if (
                w == "not"
                and k + 1 < len(ws)
                and (
                    ws[k + 1] == "only"
                    or (_number(ws[k + 1]) is not None and ws[k + 1] not in ("a", "single"))
                )
            ):
                # "not only", "four Serbs, not three, were killed" (but "not a single
                # soldier", "was not a party" are denials)
                continue
            if w == "not" and _contrast_at(words, k):
                continue  # "troops killed insurgents, not civilians": an assertion
            return True
    return False


_QUANT_NEG = wordset("no none zero without nothing")


def _quantifier_negated(ws: Sequence[str], k: int) -> bool:
    """ "no military facilities", "not a single soldier", "none of the civilians"."""
    before = list(ws[max(0, k - 3) : k])
    if any(w in _QUANT_NEG for w in before[-2:]):
        return True
    return before[-3:-1] == ["not", "a"] or before[-2:] == ["not", "a"]


def _negated_at(ws: Sequence[str], k: int) -> bool:
    for j in range(max(0, k - 4), k):
        # A clause boundary in between ends the negation's reach.
        if (ws[j] in NEGATORS or ws[j].endswith("n't")) and not any(
            x in ("and", "but", "while", "whereas") for x in ws[j + 1 : k]
        ):
            return True
    return False


# Arms named to say someone had none ("has never owned a gun", "books, not bombs").
_ARMS = wordset("gun guns rifle rifles weapon weapons arms bomb bombs explosives")
# Verbs that make a negated arm a denied act ("did not fire any weapons"), not a victim's
# description.
_ARMS_USE = wordset(
    "fire fired firing use used using launch launched shoot shot deploy deployed drop dropped"
)


def _unarmed_at(ws: Sequence[str], k: int) -> bool:
    before = ws[max(0, k - 4) : k]
    for j in range(len(before) - 1, -1, -1):
        if before[j] in _ARMS_USE:
            return False
        if before[j] in ("never", "no", "not", "nothing", "without"):
            return True
    return False


# "in hospital", "to hospital" without an article: a patient's stay, not a place hit
_TREATED_AT = wordset("in to")
_CARE_PLACES = wordset("hospital")
_CLOTHES = wordset("clothes clothing dress uniform uniforms")


def _acting_at(ws: Sequence[str], k: int) -> bool:
    """Whether ws[k] opens the claim as the subject of an active verb."""
    if k > 3:
        return False
    j = k + 1
    while j < len(ws) and ws[j] in _BEFORE_VERB:
        j += 1
    return j < len(ws) and (ws[j].endswith("ed") or ws[j] in _PAST_IRREGULAR)


# The words _victim_scores weighs.
_VICTIM_WORDS = frozenset(CIVILIAN) | frozenset(MILITARY) | _ARMS


def _victim_scores(
    ws: Sequence[str], phrases: Sequence[tuple[int, int, float]] = ()
) -> tuple[float, float]:
    civ = mil = 0.0
    for k, w in enumerate(ws):
        if w not in _VICTIM_WORDS:
            continue  # (most words: no weight, no arms)
        c = CIVILIAN.get(w, 0.0)
        m = MILITARY.get(w, 0.0)
        if c and k and ws[k - 1] in _TREATED_AT and w in _CARE_PLACES:
            continue  # "is now in hospital", "was taken to hospital": treated there, not hit
        if c and k + 1 < len(ws) and ws[k + 1] in _CLOTHES:
            continue  # "armed men in civilian clothes": what they wore, not who they were
        if m and w in _WRONGDOERS and _acting_at(ws, k):
            continue  # "the terrorists had attacked the village": who acted, not who was hit
        if not c and not m:
            if w in _ARMS and _unarmed_at(ws, k):
                civ += 2  # "he has never owned a gun", "we printed books, not bombs"
            continue
        if _quantifier_negated(ws, k):
            # "no military facilities", "there were no fighters here": the place or the
            # people hit were civilian, whatever the weight of the word itself
            c, m = (max(m, 2.0) if m else 0.0), c
        elif _negated_at(ws, k):
            continue  # "did not shell any hospital" denies an act, it does not type the target
        civ += c
        mil += m
    for _s, _e, weight in phrases:
        mil += weight
    return civ, mil


def _pole(ws: Sequence[str], hits: Sequence[tuple[int, int, int]]) -> int:
    """+1 if the text only takes the positive pole (or negates the other), -1 conversely."""
    p = n = 0
    for start, _end, sign in hits:
        if _negated_at(ws, start):
            sign = -sign
        if sign > 0:
            p += 1
        else:
            n += 1
    if p and not n:
        return 1
    if n and not p:
        return -1
    return 0
