"""Speakers of a state and of the armed side against it.

Which parties are states (`_non_state`, `_only_state`, `_state_speaker`: the nearest state
that spoke); phrases only a state has (ministers, organs, offices, "the General Staff",
state media, named agencies, security bodies); armed groups described by a state's demonym
and the lexicon's one armed side (`_the_armed_side`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.symbols import PROPN
from spacy.tokens import Token

from ..attribution import RawClaim
from ..lexicon import UNKNOWN, Resolution
from .rules import _Rules
from .words import (
    _ARMED_GROUP_IDS,
    _COMPOUND,
    _MEDIA_IDS,
    _NOT_NAMES,
    _ORGANS_AND_ORG_WORDS,
    _POSS,
    _STATE,
    ARMED_GROUP_ADJECTIVES,
    ARMED_GROUP_NOUNS,
    ARMED_SIDE_NOUNS,
    HEAD_OF_STATE_TITLES,
    INTERNATIONAL_WORDS,
    LINKED_WORDS,
    MEDIA_NOUNS,
    MINISTRY_FIELDS,
    PLACE_PREPOSITIONS,
    STATE_AGENCY_HEADS,
    STATE_ORGANS,
    STATE_POSSESSORS,
    STATE_ROLES,
    names_security_body,
)


class StateRules(_Rules):
    """Speakers of a state, and the armed side against it."""

    def _armed_group_of_a_state(self, res: Resolution, levels: list[int], idx: list[int]) -> bool:
        """An armed group described by a state's demonym ("a Colombian guerrilla group"):
        the state's party comes only from adjectives of a phrase naming an armed group."""
        if res.party not in self.resolver.state_parties:
            return False
        doc = self.doc
        lowers = self._parse.lowers
        pairs = zip(idx, levels, strict=True)
        if not any(lv == 0 and lowers[k] in _ARMED_GROUP_IDS for k, lv in pairs):
            return False
        core = [doc[k] for k, lv in zip(idx, levels, strict=True) if lv == 0]
        named = [t for t in core if self._resolve_words([t.text]).status == "party"]
        if named:
            return all(t.dep_ == "amod" and t.pos_ == "ADJ" for t in named)
        # "A resistance group in western Myanmar's Chin state": the state named only
        # where the group is, not whose it is.
        return any(
            lv > 0 and self._resolve_words([doc[k].text]).party == res.party and _where(doc[k])
            for k, lv in zip(idx, levels, strict=True)
        )

    def _armed_group_phrase(self, i: int, j: int) -> bool:
        doc = self.doc
        return any(doc[k].lower_ in ARMED_GROUP_NOUNS for k in range(i, j))

    def _state_media(self, i: int, j: int) -> bool:
        """ "State media", "the state news agency SUNA", "state-run television"."""
        lowers, deps = self._parse.lowers, self._parse.deps
        return any(lowers[k] == _STATE and deps[k] != _POSS for k in range(i, j)) and any(
            lowers[k] in _MEDIA_IDS for k in range(i, j)
        )

    def _state_possessor(self, i: int, j: int) -> bool:
        p = self._parse
        return any(p.deps[k] == _POSS and p.lemma(k) in STATE_POSSESSORS for k in range(i, j))

    def _the_armed_side(
        self, levels: list[int], idx: list[int], *, demonyms: bool = False
    ) -> Resolution | None:
        """The only non-state party of a lexicon that has a state party, for a phrase
        whose core names an armed side ("insurgents", "militants", "guerrillas"). With
        ``demonyms``, a state's demonym on it ("a Chadian rebel group") says where the
        side is, not that it is another group."""
        states = self.resolver.state_parties
        others = self.resolver.non_state_parties
        if not states or len(others) != 1 or others[0] in self.resolver.company_parties:
            return None  # (a company is no armed side)
        doc = self.doc
        armed = [
            doc[k]
            for k, lv in zip(idx, levels, strict=True)
            if lv == 0
            and (
                doc[k].lower_ in ARMED_SIDE_NOUNS
                # "the armed group insisted...", "a jihadist group", "an al Qaeda-linked
                # group" (linked to a network the lexicon does not name)
                or (
                    doc[k].lemma_ == "group"
                    and any(
                        c.lower_ in ARMED_GROUP_ADJECTIVES
                        or (c.dep_ == "amod" and c.lower_ in LINKED_WORDS)
                        for c in doc[k].lefts
                    )
                )
            )
        ]
        if not armed:
            return None
        for t in armed:
            named = [*t.lefts, *(t.head.lefts if t.dep_ in ("compound", "amod") else ())]
            if any(
                (c.pos_ == "PROPN" or (c.text[:1].isupper() and c.pos_ != "ADJ"))
                and c.dep_ in ("compound", "amod", "nmod", "poss")
                and c.lower_ not in _NOT_NAMES
                and not (demonyms and self._resolve_words([c.text]).party in states)
                for c in named
            ):
                return None  # "FDLR rebels": another armed group, named
        return Resolution(others[0], "party")

    def _security_body(self, levels: list[int], idx: list[int]) -> bool:
        """A capitalised name of the phrase's core with a security word and a body word
        ("Internal Security Operations Command"), and no armed group's noun."""
        doc = self.doc
        core = [doc[k] for k, lv in zip(idx, levels, strict=True) if lv == 0]
        names = {t.lower_ for t in core if t.pos_ == "PROPN" and t.text[:1].isupper()}
        if any(t.lower_ in ARMED_GROUP_NOUNS for t in core):
            return False
        return names_security_body(names)

    def _named_agency(self, root: Token, i: int, j: int) -> bool:
        """ "The Fisheries Agency", "the Migration Service": a capitalised name of a
        state's agency with no possessor, no country and nothing international about it
        (not "the Xinhua news agency", an outlet)."""
        if root.lemma_.lower() not in STATE_AGENCY_HEADS or not root.text[:1].isupper():
            return False
        doc = self.doc
        mods = [
            doc[k]
            for k in range(i, j)
            if k != root.i and not doc[k].is_punct and doc[k].dep_ != "cc"
        ]
        if any(
            # (a name may join two fields: "the Information and Communications Authority")
            t.dep_ not in ("det", "compound", "amod", "nmod", "conj")
            or (t.dep_ != "det" and not t.text[:1].isupper())
            or t.lower_ in INTERNATIONAL_WORDS
            or t.lemma_.lower() in MEDIA_NOUNS
            for t in mods
        ):
            return False
        return any(t.dep_ == "compound" for t in mods)

    def _only_state(self) -> Resolution | None:
        states = self.resolver.state_parties
        return Resolution(next(iter(states)), "party") if len(states) == 1 else None

    def _state_organ(self, root: Token, i: int, j: int) -> bool:
        """A phrase whose head, or a modifier of it, is a state's organ ("army",
        "military", "government", "police"), with no armed group, possessor or
        proper name that could make it someone else's ("the rebel army", "the group's
        military wing", "the Arakan Army")."""
        doc = self.doc
        if not self.resolver.state_parties:
            return False
        mods = [c for c in root.lefts if c.dep_ in ("amod", "compound")]
        # "Army spokesman Major X": the organ qualifies the role the name carries.
        core = [root, *mods, *(g for c in mods for g in c.lefts if g.dep_ in ("amod", "compound"))]
        if not any(t.lemma_.lower() in STATE_ORGANS for t in core):
            return False
        for k in range(i, j):
            t = doc[k]
            if t.lower_ in ARMED_GROUP_NOUNS or t.dep_ == "poss" or t.lemma_.lower() == "wing":
                return False
            if t.i == root.i or t.pos_ != "PROPN" or t.lower_ in _NOT_NAMES:
                continue
            # Only a person's name may carry proper nouns ("Major Tendai Moyo"), not the
            # organ itself ("The Arakan Army").
            person = root.pos_ == "PROPN" and root.lemma_.lower() not in _ORGANS_AND_ORG_WORDS
            if not (person and t.dep_ == "compound" and t.head.i == root.i):
                return False
        return True

    @staticmethod
    def _general_staff(root: Token) -> bool:
        return root.lower_ == "staff" and any(
            c.dep_ == "compound" and c.lower_ == "general" for c in root.lefts
        )

    def _non_state(self, res: Resolution) -> bool:
        """A party that is not a state's, in a lexicon that has a state party."""
        states = self.resolver.state_parties
        return bool(states) and res.party is not None and res.party not in states

    def _state_phrase(self, i: int, j: int) -> bool:
        """A speaker only a state has: a minister, an embassy, "the country's ministry"."""
        doc = self.doc
        p = self._parse
        return any(
            p.lemma(k) in STATE_ROLES
            or (p.deps[k] == _POSS and p.lemma(k) in STATE_POSSESSORS)
            or (p.lemma(k) == "department" and self._ministry_department(doc[k]))
            for k in range(i, j)
        )

    @staticmethod
    def _ministry_department(t: Token) -> bool:
        """ "The provincial home department", "the interior department": a ministry
        under another name."""
        return t.lemma_.lower() == "department" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in MINISTRY_FIELDS for c in t.lefts
        )

    def _state_office(self, i: int, j: int) -> bool:
        """:meth:`_state_phrase`, or a head of state's title before a name with no
        possessor ("President Emmerson Chikore", not "the group's president")."""
        if self._state_phrase(i, j):
            return True
        p = self._parse
        if any(p.deps[k] == _POSS for k in range(i, j)):
            return False
        return any(
            p.lemma(k) in HEAD_OF_STATE_TITLES
            and p.text(k)[:1].isupper()
            and p.deps[k] == _COMPOUND
            and p.pos[p.heads[k]] == PROPN
            for k in range(i, j)
        )

    def _state_claim(self, pool: Sequence[RawClaim]) -> RawClaim | None:
        """The nearest earlier speaker for a state party, if any."""
        return next((d for d in pool if d.party in self.resolver.state_parties), None)

    def _state_speaker(self, pool: Sequence[RawClaim]) -> Resolution:
        """The party of the nearest speaker for a state, or the lexicon's only state."""
        states = self.resolver.state_parties
        d = self._state_claim(pool)
        if d is not None:
            return Resolution(d.party, d.resolution)
        if len(states) == 1:
            return Resolution(next(iter(states)), "party")
        return UNKNOWN


def _where(t: Token) -> bool:
    """Whether a word lies in a phrase of place: "in western Myanmar's Chin state"."""
    for _ in range(4):
        if t.dep_ == "prep" and t.lower_ in PLACE_PREPOSITIONS:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
