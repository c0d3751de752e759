"""Roles and possessors: "military spokesman", "the region's", "the country's minister".

`_body_of_role` (the body that qualifies a role word: the nearest earlier speaker with that
head, or its full name), `_has_role`, and the possessors that refer back
(`_possessor_anaphor`, `_party_ending_in_possessor`, `_non_state_possessor`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..attribution import RawClaim
from ..lexicon import UNKNOWN, Resolution
from .antecedents import AntecedentRules
from .memory import _fields
from .namesakes import NamesakeRules
from .phrases import _party_of
from .words import (
    _AMOD,
    _COMPOUND,
    _MINISTRY_FIELD_IDS,
    _NON_STATE_POSSESSORS,
    _NOT_NAMES,
    _POSS,
    ENDING_POSSESSORS,
    INSTITUTION_HEADS,
    ORG_WORDS,
    POSSESSOR_ANAPHORS,
    ROLE_NOUNS,
)


class RoleRules(AntecedentRules, NamesakeRules):
    """Roles and the bodies or possessors that say whose they are."""

    @staticmethod
    def _has_possessor(root: Token) -> bool:
        return any(c.dep_ == "poss" for c in root.lefts)

    def _body_of_role(
        self, claim: RawClaim, done: Sequence[RawClaim], i: int, j: int
    ) -> Resolution:
        """The party of the body word that qualifies a role word ("military spokesman",
        "army commander"): the nearest earlier speaker with that head, else the body's
        nearest earlier full name ("the Israeli military")."""
        doc = self.doc
        p = self._parse
        if any(p.deps[k] == _POSS for k in range(i, j)):
            return UNKNOWN  # "the group's military spokesman": the possessor says whose
        for k in range(i, j):
            if p.deps[k] not in (_AMOD, _COMPOUND):
                continue
            lemma = p.lemma(k)
            head_lemma = p.lemma(p.heads[k])
            t = doc[k]
            if lemma in INSTITUTION_HEADS and head_lemma in ROLE_NOUNS:
                # "a foreign ministry spokesman" is not of "the ministry" of defence that
                # spoke last: a qualified body must be named so
                quals = _fields(t)
                for d in self._pool(done, claim):
                    # (not "police from both countries": one spokesman has one side)
                    if (
                        d.extra.get("head") == lemma
                        and d.resolution not in ("unknown", "joint")
                        and quals <= set((d.source or "").lower().split())
                    ):
                        return _party_of(d)
                if quals:
                    continue
                res = self._earlier_named(t)
                if res.final:
                    return res
            elif p.lowers[k] in _MINISTRY_FIELD_IDS and head_lemma == "minister":
                # "Foreign Minister Carmen Vidal" after "Peru's foreign ministry said": the
                # minister of the ministry that spoke before.
                for d in self._pool(done, claim):
                    if (
                        d.party is not None
                        and d.extra.get("head") in ("ministry", "minister")
                        and t.lower_ in (d.source or "").lower()
                    ):
                        return _party_of(d)
                    if (
                        d.paragraph == claim.paragraph
                        and d.party in self.resolver.state_parties
                        and d.resolution != "unknown"
                    ):
                        # "Turkmen officials rejected that account. A deputy foreign
                        # minister said...": one of the officials who just spoke, not of
                        # the other side's foreign ministry paragraphs before.
                        return UNKNOWN
        return UNKNOWN

    def _possessor_anaphor(
        self, i: int, j: int, nouns: frozenset[str] = POSSESSOR_ANAPHORS
    ) -> bool:
        """ "The region's", "the group's" (not a named one: "The Kurdistan Regional
        Government's interior ministry" is that government's, not the last speaker's)."""
        doc = self.doc
        p = self._parse
        return any(
            p.deps[k] == _POSS
            and p.lemma(k) in nouns
            and any(c.lower_ in ("the", "this", "that") for c in doc[k].children)
            and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _NOT_NAMES
                for c in doc[k].lefts
            )
            for k in range(i, j)
        )

    def _party_ending_in_possessor(self, i: int, j: int) -> Resolution | None:
        """The one party with a name of several words ending in the noun of a referring
        possessor: "the administration's" for "the Autonomous Administration"."""
        p = self._parse
        for k in range(i, j):
            if p.deps[k] != _POSS or p.lemma(k) not in ENDING_POSSESSORS:
                continue
            parties = self.resolver.parties_by_last_word.get(p.lemma(k), frozenset())
            if len(parties) == 1:
                return Resolution(next(iter(parties)), "party")
        return None

    def _non_state_possessor(self, i: int, j: int) -> bool:
        """ "The region's foreign minister", "the group's spokesman": a possessor that
        refers back to a side that is not a state (not "the country's")."""
        p = self._parse
        return any(p.deps[k] == _POSS and p.lemma(k) in _NON_STATE_POSSESSORS for k in range(i, j))

    def _has_role(self, doc: Doc, i: int, j: int) -> bool:
        """A role word of the phrase, not one that only names a body ("The General
        Staff" is a body, not a general)."""
        p = self._parse
        return any(
            p.lemma(k) in ROLE_NOUNS
            and not (p.deps[k] in (_COMPOUND, _AMOD) and p.lemma(p.heads[k]) in ORG_WORDS)
            for k in range(i, j)
        )
