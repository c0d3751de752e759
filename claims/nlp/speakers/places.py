"""Where a speaker is or speaks: datelines, places of speech, regions, "X-based".

The dateline's party (`_dateline_party`, `_dateline_resolution`), the place a body speaks
in ("In Khartoum, the ministry said", "told reporters in Rabat"), titled officials of the
home country, regions named "of" a name and regional offices, a country as possessor of
another party's name, "X-based" bodies, roles of a place the lexicon does not know.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.symbols import NOUN
from spacy.tokens import Token

from ..attribution import RawClaim
from ..lexicon import UNKNOWN, Resolution, based_after, is_organisation_name
from .phrases import _first_pobj
from .rules import _Rules
from .words import (
    _AMOD,
    _BASED,
    _COMPOUND,
    _REGIONAL_IDS,
    _STATE_BODIES_AND_ORGANS,
    INSTITUTION_HEADS,
    ORG_WORDS,
    REGION_NOUNS,
    REGIONAL_ROLES,
    ROLE_NOUNS,
    STATE_ORGANS,
    STATE_ROLES,
)

_PROVINCES = frozenset({"province", "governorate", "prefecture"})


class PlaceRules(_Rules):
    """Where a speaker is or speaks."""

    def _home_official(self, claim: RawClaim, root: Token, i: int, j: int) -> Resolution | None:
        """The dateline's party for "Defence Secretary Gilberto Reyes": a name with a
        title before it and nothing else (no article, possessor or apposition); the party
        of the place where the official speaks, if named ("told reporters in Rabat")."""
        if not (self._titled_name(root, i, j) or self._minister_of_field(root, i, j)):
            return None
        told_in = self._told_in_place(claim)
        if told_in is not None:
            return told_in
        res = self._dateline_resolution(place_only=True)
        return res if res.status == "party" else None

    def _titled_name(self, root: Token, i: int, j: int) -> bool:
        """ "Defence Secretary Gilberto Reyes": a name with a title before it and nothing
        else (no article, possessor or apposition)."""
        doc = self.doc
        if root.pos_ != "PROPN" or j - i < 3 or doc[i].pos_ in ("DET", "PRON"):
            return False
        if any(doc[k].pos_ not in ("PROPN", "NOUN") for k in range(i, j)):
            return False
        return any(
            doc[k].lemma_.lower() in ROLE_NOUNS and doc[k].dep_ == "compound" for k in range(i, j)
        )

    def _minister_of_field(self, root: Token, i: int, j: int) -> bool:
        """ "The Minister of National Security": a state's office titled by its field, of
        no country (not "the Minister of Defence of Venezuela", "Venezuela's Minister")."""
        doc = self.doc
        if root.lemma_.lower() not in STATE_ROLES or doc[i].lower_ != "the":
            return False
        if any(doc[k].dep_ == "poss" for k in range(i, j)):
            return False
        fields = [
            o
            for prep in root.rights
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in (_first_pobj(prep),)
            if o is not None
        ]
        return (
            len(fields) == 1
            and fields[0].pos_ == "PROPN"
            and fields[0].right_edge.i + 1 == j
            and self._resolve_words(self._words(fields[0].left_edge.i, j)[0]).party is None
        )

    def _named_ministry_first_named(
        self, root: Token, claim: RawClaim, done: Sequence[RawClaim]
    ) -> bool:
        """A ministry named by a capitalised field ("The Emergencies Ministry"), with no
        possessor, that no earlier speaker was named like."""
        field = [c for c in root.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
        if not field or any(c.dep_ == "poss" for c in root.lefts):
            return False
        words = {c.lower_ for c in field}
        return not any(
            d.cue_start < claim.cue_start and words <= set((d.source or "").lower().split())
            for d in done
        )

    def _told_in_place(self, claim: RawClaim) -> Resolution | None:
        """The party named as where the cue was spoken: "told reporters in Rabat"."""
        doc = self.doc
        cue = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
        if cue is None:
            return None
        for c in cue.root.rights:
            for p in (c, *c.rights):
                pobj = _first_pobj(p) if p.dep_ == "prep" and p.lower_ == "in" else None
                if pobj is not None and pobj.pos_ == "PROPN":
                    lo, hi = pobj.left_edge.i, pobj.right_edge.i + 1
                    res = self._resolve_words(self._words(lo, hi)[0])
                    if res.status == "party":
                        return res
        return None

    def _based_in_place(self, root: Token, i: int, j: int) -> bool:
        """Every party word of the phrase is the place of "X-based"."""
        doc = self.doc
        p = self._parse
        if p.lemma(root.i) in _STATE_BODIES_AND_ORGANS:
            return False
        # (A party word is "X-based" only with "based" one or two tokens after it: with no
        # "based" there, no word of the phrase needs resolving.)
        if _BASED not in p.lowers[i + 1 : min(j + 2, len(doc))]:
            return False
        named = [
            k
            for k in range(i, j)
            if not doc[k].is_punct and self._resolve_words([doc[k].text]).party
        ]
        return bool(named) and all(
            based_after([t.text for t in doc[k + 1 : k + 3]], 0) for k in named
        )

    def _named_region(self, res: Resolution, i: int, j: int) -> Resolution | None:
        """The party of B in "A's ... region of B" or "A's ... B region" when A is the
        phrase's party."""
        doc = self.doc
        p = self._parse
        for k in range(i, j):
            if p.pos[k] != NOUN or p.lemma(k) not in REGION_NOUNS:
                continue
            t = doc[k]
            poss = next((c for c in t.lefts if c.dep_ == "poss"), None)
            if poss is None:
                continue
            of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _first_pobj(of) if of is not None else None
            if pobj is not None and pobj.pos_ == "PROPN":
                lo, hi = pobj.left_edge.i, pobj.right_edge.i + 1
            else:
                # "Moldova's autonomous Gagauzia region": the name before the noun.
                names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if not names:
                    continue
                lo, hi = names[0].left_edge.i, names[-1].i + 1
            owner = self._resolve_words([u.text for u in poss.subtree if not u.is_punct])
            named = self._resolve_words(self._words(lo, hi)[0])
            if owner.party == res.party and named.status == "party" and named.party != res.party:
                return named
        return None

    def _party_named_as_region(self) -> Resolution | None:
        """The one party the article calls a region ("the Gagauzia region", "the region
        of Abkhazia", "Moldova's autonomous Gagauzia region"), if exactly one is."""
        if self._region_party is None:
            doc = self.doc
            found: set[str] = set()
            for k in self._occurrences(NOUN, "region", 0, len(doc)):
                t = doc[k]
                names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = _first_pobj(of) if of is not None else None
                if pobj is not None and pobj.pos_ == "PROPN":
                    names.append(pobj)
                for n in names:
                    lo, hi = n.left_edge.i, n.right_edge.i + 1
                    named = self._resolve_words(self._words(lo, hi)[0])
                    if named.status == "party" and named.party is not None:
                        found.add(named.party)
            self._region_party = Resolution(found.pop(), "party") if len(found) == 1 else UNKNOWN
        return self._region_party if self._region_party.final else None

    def _regional_office(self, i: int, j: int, *, organs: bool = False) -> bool:
        """ "The regional prosecutor", "the provincial governor" (or, with ``organs``,
        "the regional police")."""
        p = self._parse
        heads = STATE_ORGANS if organs else REGIONAL_ROLES
        return any(
            p.lowers[k] in _REGIONAL_IDS
            and p.deps[k] in (_AMOD, _COMPOUND)
            and p.lemma(p.heads[k]) in heads
            for k in range(i, j)
        )

    def _provincial_office(self, root: Token) -> bool:
        """An office of a province: "The governor of the Red Sea province", "The
        province's Environment Secretariat"."""
        possessor = next((c for c in root.lefts if c.dep_ == "poss"), None)
        if possessor is not None:
            return possessor.lemma_.lower() in _PROVINCES
        if root.lemma_.lower() not in REGIONAL_ROLES:
            return False
        of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = _first_pobj(of) if of is not None else None
        return place is not None and place.lemma_.lower() in _PROVINCES

    def _dateline_party(self, *, place_only: bool = False) -> Resolution | None:
        """The party of the article's dateline place, if it names one party."""
        res = self._dateline_resolution(place_only=place_only)
        return res if res.status == "party" else None

    def _dateline_resolution(self, *, place_only: bool = False) -> Resolution:
        """What the article's dateline place names: a party, a third country, or nothing
        (with ``place_only``, the agency in brackets is left out)."""
        lines = self.doc._.parallax_lines or ()
        line = next((ln for ln in lines if ln.has_dateline), None)
        if line is None:
            return UNKNOWN
        place = self.text[line.start : line.body_start]
        if place_only:
            # "BASCO, Philippines, Aug 21 (Reuters) -": the place, not the agency.
            place = place.split("(", 1)[0]
        res = self.resolver.resolve_text(place)
        return res if res.status in ("party", "third") else UNKNOWN

    def _place_of_speech(self, claim: RawClaim, root: Token) -> Resolution:
        """The party named as the place of an unnamed body's statement: "In Khartoum, the
        ministry said", "Speaking in Moscow, the commander said" (fronted, on the cue) or
        "the council, meeting in Juba"."""
        doc = self.doc
        if claim.kind in ("according", "noun"):
            return UNKNOWN
        cue = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
        if cue is None:
            return UNKNOWN
        preps = []
        for c in cue.root.lefts:
            if c.i >= root.left_edge.i:
                continue
            if c.dep_ == "prep":
                preps.append(c)
            elif c.dep_ == "advcl" and c.tag_ == "VBG":  # "Speaking in Moscow, the..."
                preps.extend(g for g in c.rights if g.dep_ == "prep")
        for c in root.rights:
            if c.dep_ == "acl" and c.tag_ == "VBG":  # "meeting in Juba", "speaking in..."
                preps.extend(g for g in c.rights if g.dep_ == "prep")
        for p in preps:
            if p.lower_ != "in":
                continue
            pobj = next((g for g in p.rights if g.dep_ == "pobj"), None)
            if pobj is None or pobj.pos_ != "PROPN":
                continue
            lo, hi = pobj.left_edge.i, pobj.right_edge.i + 1
            res = self._resolve_words(self._words(lo, hi)[0])
            if res.status == "party":
                return res
        return UNKNOWN

    def _named_beside_place(self, root: Token, i: int, j: int) -> Resolution | None:
        """ "Colombia's ELN rebels", "Yemen's Houthi movement": a country as possessor of a
        phrase that names another party says where the speaker is, not whose; the rest of
        the phrase says who."""
        if any(c.dep_ in ("conj", "cc") for c in root.children):
            return None  # "Ukraine and Russia": joint indeed
        poss = next((c for c in root.lefts if c.dep_ == "poss"), None)
        if poss is None:
            return None
        inner = next((c for c in poss.lefts if c.dep_ == "poss"), None)
        if inner is not None:
            # "Brazil's Landless Workers' Movement": the place possesses the name's own
            # possessive word, not the whole body.
            poss = inner
        lo, hi = poss.left_edge.i, poss.right_edge.i + 1
        place_words = self._words(lo, hi)[0]
        if is_organisation_name(place_words):
            # "Amnesty International's Nigeria office": an organisation's branch in a
            # country is the organisation's, not that country's.
            return None
        place = self._resolve_words(place_words)
        # "Yemen's Houthi movement": a third country as the place works the same way.
        if place.status != "third" and (
            place.status != "party" or place.party not in self.resolver.state_parties
        ):
            return None
        words, idx = self._words(hi, j)
        levels = self._levels(idx, hi, j, root.i)
        if place.status == "third":
            # Not a place under a preposition: "the EU's mission in Armenia" is the EU's.
            keep = [not self._under_prep(k, root.i) for k in idx]
            words = [w for w, ok in zip(words, keep, strict=True) if ok]
            levels = [lv for lv, ok in zip(levels, keep, strict=True) if ok]
        rest = self._resolve_words(words, levels, head_lemma=root.lemma_.lower())
        return rest if rest.status == "party" and rest.party != place.party else None

    def _under_prep(self, k: int, root: int) -> bool:
        t = self.doc[k]
        for _ in range(20):
            if t.i == root:
                return False
            if t.dep_ in ("prep", "pobj"):
                return True
            t = t.head
        return False

    def _role_of_named_place(self, root: Token) -> bool:
        """A role "of" a proper name that is not a body's ("the mayor of X")."""
        role = root
        if root.pos_ == "PROPN":  # "the mayor of X, Ahmed Rasul" (name as the head)
            role = next(
                (c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS),
                root,
            )
            if role is root:
                role = root.head if root.dep_ == "appos" else root
        if role.lemma_.lower() not in ROLE_NOUNS or role.pos_ != "NOUN":
            return False
        poss = next((c for c in role.lefts if c.dep_ == "poss"), None)
        if poss is not None:
            # "Kurram's police chief": a state force's officer of a place the lexicon does
            # not know (not "Samar's governor", a local office that may speak for no side).
            return any(
                c.dep_ == "compound" and c.lower_ in STATE_ORGANS for c in role.lefts
            ) and self._unknown_place(poss)
        for p in role.rights:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            return pobj is not None and self._unknown_place(pobj)
        return False

    def _unknown_place(self, t: Token) -> bool:
        """A proper name that is neither a body's nor one the lexicon resolves."""
        if t.pos_ != "PROPN":
            return False
        sub = list(t.subtree)
        if any(u.lower_ in ORG_WORDS or u.lower_ in INSTITUTION_HEADS for u in sub):
            return False
        words = [u.text for u in sub if not u.is_punct and u.lower_ != "'s"]
        return not self._resolve_words(words).final
