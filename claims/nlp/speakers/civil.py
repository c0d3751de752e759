"""Speakers of no side: civil society, rights bodies, carers, civil places, named bodies.

A state's demonym or place on a civil body (association, union, rights group) says where
it is, not whom it speaks for; an opposition, an ombudsman, doctors and nurses, staff of a
hospital or a boat, the role of a body no party owns speak for no side.
"""

from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Token

from ..attribution.spans import _first_child
from ..lexicon import Resolution
from .phrases import _first_pobj
from .rules import _Rules
from .words import (
    _CIVIL_SOCIETY_IDS,
    _OMBUDSMAN,
    _OPPOSITION,
    _RIGHTS,
    _ROLES_AND_CIVIL_OFFICES,
    _SERVICE_IDS,
    _STATE,
    BRANCH_NOUNS,
    CIVIL_BODIES,
    CIVIL_CRAFT,
    CIVIL_PLACES,
    COLLECTIVE_NOUNS,
    COMMERCIAL_BODIES,
    MEDICAL_HEADS,
    ROLE_NOUNS,
    SERVICE_WORDS,
    STATE_CRAFT_WORDS,
    STATE_OFFICES_FOR_CIVIL_MATTERS,
    STATE_ORGANS,
    STATE_ROLES,
    names_security_body,
)


class CivilRules(_Rules):
    """Speakers of no side: civil society, rights bodies, carers, civil places."""

    def _civil_body_of_a_state(self, res: Resolution, levels: list[int], idx: list[int]) -> bool:
        """A civil body described by a state's demonym ("a Bangladeshi rights group"):
        the state's party comes only from adjectives on a phrase naming civil society."""
        if res.party not in self.resolver.state_parties:
            return False
        doc = self.doc
        if not self._civil_society(levels, idx):
            return False
        core = [doc[k] for k, lv in zip(idx, levels, strict=True) if lv <= 1]
        named = [t for t in core if self._resolve_words([t.text]).status == "party"]
        return bool(named) and all(t.dep_ == "amod" for t in named)

    def _demonym_of_civil_body(self, res: Resolution, i: int, j: int) -> bool:
        """Every party named in the phrase is a word of the name of a civil body
        (association, union...), before it: "the Moroccan Association for Human Rights"."""
        doc = self.doc
        p = self._parse
        if not any(p.lemma(k) in CIVIL_BODIES for k in range(i, j)):
            return False
        if res.party not in self.resolver.state_parties:
            return False
        named = [
            doc[k]
            for k in range(i, j)
            if doc[k].pos_ != "PUNCT" and self._resolve_words([doc[k].text]).party
        ]
        if not named:
            return False
        for t in named:
            if t.dep_ not in ("amod", "compound"):
                return False
            head = t.head
            for _ in range(3):  # "Guyanese" -> "Fishermen" ('s) -> "Association"
                if head.lemma_.lower() in CIVIL_BODIES or head.dep_ not in ("compound", "poss"):
                    break
                head = head.head
            if head.lemma_.lower() not in CIVIL_BODIES or head.i < t.i:
                return False
        return True

    def _civil_society(self, levels: list[int], idx: list[int]) -> bool:
        """A phrase naming civil society ("rights group", "fishing association"), not a
        state's office for it ("Ukraine's human rights ombudsman")."""
        p = self._parse
        lowers = p.lowers
        # (most phrases name no civil society: one pass, with no list, tells)
        pairs = zip(idx, levels, strict=True)
        if not any(lv <= 1 and lowers[k] in _CIVIL_SOCIETY_IDS for k, lv in pairs):
            return False
        core = [k for k, lv in zip(idx, levels, strict=True) if lv <= 1]
        return not any(p.lemma(k) in STATE_OFFICES_FOR_CIVIL_MATTERS for k in core)

    def _described_as_civil_society(self, root: Token) -> bool:
        """An apposition on the speaker describing civil society with no party of its own
        ("X, a local rights group", "Y, a Cambodian advocacy group"), or naming a rights
        body in full."""
        for c in root.rights:
            if c.dep_ != "appos" or c.pos_ not in ("NOUN", "PROPN"):
                continue
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            if c.pos_ == "PROPN":
                # "Ditshwanelo, the Botswana Centre for Human Rights": a rights body's full
                # name, which speaks for no side whatever country it names (as the name
                # alone would not)
                if self._human_rights_body(c, lo, hi):
                    return True
                continue
            if c.lemma_.lower() in COLLECTIVE_NOUNS:
                # "X, a coalition of rights groups": the members say what the body is.
                of = next((g for g in c.rights if g.dep_ == "prep" and g.lower_ == "of"), None)
                members = _first_pobj(of) if of is not None else None
                if members is not None:
                    c, lo = members, members.left_edge.i
            words, idx = self._words(lo, hi)
            levels = self._levels(idx, lo, hi, c.i)
            if not self._civil_society(levels, idx):
                continue
            res = self._resolve_words(words, levels, head_lemma=c.lemma_.lower())
            if res.status != "party" or self._civil_body_of_a_state(res, levels, idx):
                return True
        return False

    def _party_s_own_name(self, res: Resolution, root: Token, i: int) -> bool:
        """The phrase, up to its head, is one of the party's names ("The Sirges Sami
        village, a herding cooperative"): the description says what the party is, not
        that a demonym on it misled."""
        doc = self.doc
        lo = i + 1 if doc[i].dep_ == "det" else i
        # (the words as written: "Depositors' Rights Coalition", its mark unspaced)
        name = " ".join(self.text[doc[lo].idx : root.idx + len(root)].split()).lower()
        return any(a.lower() == name for a in self.resolver.party_aliases.get(res.party or "", ()))

    def _outside_the_state(self, res: Resolution, root: Token, i: int, j: int) -> bool:
        """A state party given to an opposition or a (not state-run) company."""
        if res.party not in self.resolver.state_parties:
            return False
        p = self._parse
        words = set(p.lowers[i:j])  # (string ids)
        if _OPPOSITION in words:
            return True
        if _OMBUDSMAN in words:
            # "Bolivia's Ombudsman's Office", "Guatemala's Human Rights Ombudsman": the
            # state's watchdog over its own officials speaks for no side.
            return True
        return p.lemma(root.i) in COMMERCIAL_BODIES and _STATE not in words

    def _rights_body_of_place(self, res: Resolution, levels: list[int], idx: list[int]) -> bool:
        """A civil-society body ("Human Rights Commission", "rights group") whose only
        party words lie in its prepositional phrases ("of Pakistan", "in Ukraine")."""
        if res.party not in self.resolver.state_parties or not self._civil_society(levels, idx):
            return False
        doc = self.doc
        named = [
            lv
            for k, lv in zip(idx, levels, strict=True)
            if self._resolve_words([doc[k].text]).party is not None
        ]
        return bool(named) and min(named) >= 1

    def _branch_of_third_party(self, root: Token) -> bool:
        """A branch ("section", "chapter", "office") of a body that speaks for no side."""
        if root.lemma_.lower() not in BRANCH_NOUNS:
            return False
        # "the section of X", "X's office in Colombo"
        of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = _first_pobj(of) if of is not None else None
        if body is None:
            body = next((c for c in root.lefts if c.dep_ == "poss"), None)
        if body is None:
            return False
        words, _ = self._words(body.left_edge.i, body.right_edge.i + 1)
        return self._resolve_words(words).status == "third"

    def _human_rights_body(self, root: Token, i: int, j: int) -> bool:
        """A body whose name is about human rights ("the National Human Rights
        Commission", "a rights group"), not a state's minister, ministry or commissioner
        of them ("Ukraine's human rights commissioner")."""
        doc = self.doc
        p = self._parse
        if p.lemma(root.i) in _ROLES_AND_CIVIL_OFFICES:
            return False
        rights = False
        for k in range(i, j):
            if p.lemma(k) in STATE_ROLES:
                return False
            if p.lowers[k] != _RIGHTS:
                continue
            t = doc[k]
            if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.i == root.i:
                # "the X Bureau for Human Rights": what the body is for
                rights = True
                continue
            if t.dep_ not in ("compound", "amod", "nmod"):
                continue
            head = t.head
            for _ in range(4):  # "Human Rights" -> "Institute"
                if head.i == root.i or head.dep_ not in ("compound", "amod"):
                    break
                head = head.head
            rights = rights or head.i == root.i
        return rights

    def _carer(self, root: Token, i: int, j: int) -> bool:
        """ "Doctors at the hospital", "a nurse in X", "staff at the clinic", "a hospital
        official": people who treat the wounded, not in a state's or an armed side's
        service."""
        p = self._parse
        head = p.lemma(root.i)
        if head not in ROLE_NOUNS and head not in MEDICAL_HEADS and head not in ("staff", "worker"):
            return False  # (most speakers: neither rule below can apply)
        lowers = p.lowers
        if (head in ROLE_NOUNS or head in ("staff", "worker")) and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in CIVIL_PLACES for c in root.lefts
        ):
            # "A hospital official", "hospital staff", "clinic workers".
            return not any(lowers[k] in _SERVICE_IDS for k in range(i, j))
        if head == "staff":
            at_place = any(
                p.dep_ == "prep"
                and p.lower_ in ("at", "of", "in")
                and (o := _first_pobj(p)) is not None
                and o.lemma_.lower() in CIVIL_PLACES
                for p in root.rights
            )
            if not at_place:
                return False
        elif head not in MEDICAL_HEADS:
            return False
        return not any(lowers[k] in _SERVICE_IDS for k in range(i, j))

    def _civil_body_in_place(self, i: int, j: int) -> bool:
        """Every party named in the phrase lies in an "in ..." place of a civil body
        (association, union...) that the phrase names."""
        doc = self.doc
        p = self._parse
        places = [
            (c.left_edge.i, c.right_edge.i + 1)
            for k in range(i, j)
            if p.pos[k] == NOUN and p.lemma(k) in CIVIL_BODIES
            for c in doc[k].rights
            if c.dep_ == "prep" and c.lower_ == "in"
        ]
        if not places:
            return False
        named = [k for k in range(i, j) if self._resolve_words([doc[k].text]).party is not None]
        return bool(named) and any(all(lo <= n < hi for n in named) for lo, hi in places)

    @staticmethod
    def _role_of_civil_place(root: Token) -> bool:
        """A role of a hospital, school or boat ("the director of the general hospital",
        "a spokeswoman for Louis Pasteur University Hospital", "the boat's captain")."""
        role = root
        if root.pos_ == "PROPN":  # "the director of X, Nawaf Elias" / "Nawaf Elias, the..."
            role = next(
                (c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS),
                root,
            )
            if role is root:
                role = root.head if root.dep_ == "appos" else root
        if role.lemma_.lower() not in ROLE_NOUNS:
            return False
        owner = next((c for c in role.lefts if c.dep_ == "poss"), None)  # "the boat's"
        at = False
        for p in role.rights:
            if owner is None and p.dep_ == "prep" and p.lower_ in ("of", "at", "for"):
                owner = next((g for g in p.children if g.dep_ == "pobj"), None)
                at = p.lower_ == "at"
        if owner is None:
            return False
        if at:
            # "The judicial medical officer at Hambantota General Hospital" (not "a police
            # officer at the hospital", who is the police's)
            return owner.lemma_.lower() in CIVIL_PLACES and not any(
                c.lower_ in SERVICE_WORDS for c in role.lefts
            )
        lemma = owner.lemma_.lower()
        if lemma in CIVIL_CRAFT:
            # "the boat's captain", not "the patrol boat's captain".
            return not any(c.lower_ in STATE_CRAFT_WORDS for c in owner.lefts)
        return lemma in CIVIL_PLACES

    @staticmethod
    def _role_of_named_body(root: Token) -> bool:
        """A role whose possessor or "of" complement is a body named in full, with an
        article and a name of several words ("the Caribbean Community")."""
        if root.lemma_.lower() not in ROLE_NOUNS:
            return False
        # "secretary-general of X" hangs "of" on "general".
        heads = [root] + [c for c in root.rights if c.dep_ in ("amod", "compound")]
        for c in (c for h in heads for c in h.children):
            body = c if c.dep_ == "poss" else None
            if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > root.i:
                body = _first_child(c, ("pobj",))
            if body is None or not (
                body.pos_ == "PROPN"
                # "a spokesman for the Nasarawa State government": a body of a place
                # the lexicon does not know, named in capitals
                or (body.pos_ == "NOUN" and body.lemma_.lower() in STATE_ORGANS)
            ):
                continue
            # (the article may hang on a possessive inside the name: "the Cedros
            # Fishermen's Association")
            name = body.doc[body.left_edge.i : body.i]
            if names_security_body({t.lower_ for t in body.subtree}):
                # "A spokesman for the Cenderawasih Military Command": a state's organ,
                # whose spokesman speaks for the state (see `_security_body`)
                continue
            if (
                len(name)
                and name[0].lower_ == "the"
                and any(g.dep_ in ("compound", "poss") and g.pos_ == "PROPN" for g in name)
                and all(g.pos_ == "PROPN" for g in name if g.dep_ == "poss")
            ):
                return True
        return False
