"""What the document remembers: the party of each proper name and institution head.

`_remember` records, after each speaker is resolved, the party of its name words (and a
name given in a relative clause) and of its institution head; `_from_memory` and
`_speaker_named_before` read them back for a later speaker.
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Token

from ..lexicon import UNKNOWN, Resolution, is_country_name
from .phrases import _of_role
from .rules import _Rules
from .words import (
    _COMPOUND,
    _NOT_NAME_IDS,
    _PLACE_PREPOSITION_IDS,
    _POSS,
    _PREP,
    ANAPHOR_HEADS,
    INSTITUTION_HEADS,
    MINISTRY_FIELDS,
    ORG_WORDS,
    STATE_ORGANS,
)


class MemoryRules(_Rules):
    """The memory of names and institution heads, written and read."""

    def _speaker_named_before(self, root: Token, i: int, j: int) -> Resolution:
        """The party of an earlier speaker whose name ends in the capitalised head of
        "the <noun>": "the movement" for "the Landless Workers' Movement"."""
        if j - i != 2 or self.doc[i].lower_ != "the" or root.pos_ != "NOUN" or root.i != i + 1:
            return UNKNOWN
        name = root.text.capitalize()
        if name not in self.names:
            return UNKNOWN
        party = self.names[name]
        return Resolution(party, "party" if party else "third")

    def _from_memory(
        self, root: Token, i: int, j: int, levels: list[int], idx: list[int]
    ) -> Resolution:
        doc = self.doc
        p = self._parse
        for k, lv in zip(idx, levels, strict=True):
            if lv:
                continue
            # A bare name opening a sentence is sometimes tagged as a plural noun
            # ("Desrosiers accused..."): a one-word source that is a remembered name; so
            # is a capitalised possessor ("Elering's chief executive").
            text = p.text(k)
            if (
                p.pos[k] == PROPN or j - i == 1 or (p.deps[k] == _POSS and text[:1].isupper())
            ) and text in self.names:
                t = doc[k]
                head = t.head
                if (
                    t.dep_ == "compound"
                    and head.pos_ == "PROPN"
                    and head.lower_ not in ORG_WORDS
                    and head.text not in self.names
                ):
                    continue  # "Hassan" of "Hassan Warsame" is not "Abdikadir Hassan Dirie"
                party = self.names[t.text]
                if (
                    party is not None
                    and party not in self.resolver.state_parties
                    and self.resolver.state_parties
                    and root.lemma_.lower() in STATE_ORGANS
                    and t.dep_ in ("compound", "nmod")
                ):
                    # "Papua regional police" after the "Free Papua Movement" spoke: the
                    # place a state's organ works in, not the other side's name
                    continue
                return Resolution(party, "party" if party else "third")
        for k, lv in zip(idx, levels, strict=True):
            if lv:
                continue
            lemma = p.lemma(k)
            if (
                lemma in self.institutions
                and (k == root.i or p.deps[k] in (_COMPOUND, _POSS))
                and not _of_role(root)
            ):
                party, fields = self.institutions[lemma]
                if fields and fields.isdisjoint(_fields(doc[k])) and _fields(doc[k]):
                    # "a foreign ministry spokesman" after "the Ministry of Defence" spoke:
                    # another ministry
                    continue
                return Resolution(party, "party" if party else "third")
        return Resolution(None, "unknown")

    def _remember(self, root: Token, i: int, j: int, res: Resolution) -> None:
        if res.status not in ("party", "source", "third") or (i, j) in self._remembered:
            return
        self._remembered.add((i, j))
        p = self._parse
        lemma = p.lemma(root.i)
        if lemma in INSTITUTION_HEADS:
            fields = _fields(root)
            known = self.institutions.get(lemma)
            if not fields and known is not None and known[0] == res.party:
                fields = known[1]  # "the ministry" again: the same ministry
            self.institutions[lemma] = (res.party, fields)
        skip = self._fields_of_body(root) | self._in_long_alias(i, j)
        for k in [*range(i, j), *self._given_name(root)]:
            if p.pos[k] != PROPN or p.lowers[k] in _NOT_NAME_IDS or k in skip:
                continue
            text = p.text(k)
            if (
                text[:1].isupper()
                and p.lemma(k) not in ANAPHOR_HEADS
                and not self._in_place(k, root)
            ):
                self.names[text] = res.party

    def _in_long_alias(self, i: int, j: int) -> set[int]:
        """The words of a country's name of several words in the phrase ("Papua New
        Guinea"): the lexicon knows the name; its words alone are no name of the state
        ("The West Papua National Liberation Army" is another body). (A body's name is
        remembered: "the coalition" after "Coalition of Patriots for Change".)"""
        words, idx = self._words(i, j)
        return {
            idx[k]
            for m in self.resolver.matches(words)
            if m.end - m.start > 1 and is_country_name(" ".join(words[m.start : m.end]))
            for k in range(m.start, m.end)
        }

    def _fields_of_body(self, root: Token) -> set[int]:
        """The words of what a body deals with: "Livestock and Fisheries" of "the
        Ministry of Livestock and Fisheries" name its field, not the body ("The Lake
        Victoria Fisheries Organization" is another body)."""
        if self._parse.lemma(root.i) not in INSTITUTION_HEADS:
            return set()
        return {
            t.i for c in root.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
        }

    def _in_place(self, k: int, root: Token) -> bool:
        """Token k names where the speaker is, not who it is: "a union official in
        Yeosu" (Yeosu is not the union's name)."""
        p = self._parse
        heads, deps, lowers = p.heads, p.deps, p.lowers
        for _ in range(6):
            if k == root.i or heads[k] == k:
                return False
            if deps[k] == _PREP and lowers[k] in _PLACE_PREPOSITION_IDS:
                return True
            k = heads[k]
        return False

    def _given_name(self, root: Token) -> list[int]:
        """The name in "a commander, who gave his name as Zemene," (outside the source
        phrase, which stops at the relative clause): "According to Zemene" later."""
        for c in root.rights:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("give", "name", "identify"):
                return [t.i for t in c.subtree if t.pos_ == "PROPN"]
        return []


def _fields(body: Token) -> frozenset[str]:
    """The fields that say which ministry of a state it is: "foreign" of "the foreign
    ministry", "defence" of "the Ministry of Defence"."""
    words = {c.lower_ for c in body.lefts if c.dep_ in ("compound", "amod")}
    for c in body.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            words |= {t.lower_ for t in c.subtree}
    return frozenset(words & MINISTRY_FIELDS)
