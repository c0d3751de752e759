"""Bodies named in full elsewhere: the earlier or later namesake of a phrase.

"The militia" for "the Fano militia" (`_namesake`, `_earlier_named`, remembered per
token), "the army's spokesman" (`_possessor_namesake`), a member of a body, a unit named
after a force described earlier, a bare name introduced earlier, acronyms ("the FSB",
"the Lake Authority (LVA)"), a word opening one party's name, a headline's speaker named
later in the story.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Token

from ..attribution import RawClaim, source_range
from ..lexicon import UNKNOWN, Resolution
from .civil import CivilRules
from .companies import CompanyRules
from .phrases import _first_pobj, _party_of
from .places import PlaceRules
from .states import StateRules
from .words import (
    _CIVIL_BODY_FORM_IDS,
    _FOR_OF_AT,
    _NOT_NAMES,
    _ORG_WORD_IDS,
    _POBJ,
    _POSS,
    ARMED_GROUP_NOUNS,
    CIVIL_BODIES,
    INSTITUTION_HEADS,
    LEADER_NOUNS,
    NAMESAKE_WINDOW,
    ORG_WORDS,
    POSSESSOR_ANAPHORS,
    ROLE_NOUNS,
    STATE_ORGANS,
)


def _qualifies(qualifier: str, name_words: frozenset[str]) -> bool:
    """A word qualifying a civil body fits a party's name: it is in the name, or it is a
    kind of worker and the name is a workers' body ("a dockworkers' union" for the
    "Southern Ports Workers' Union")."""
    return qualifier in name_words or (qualifier.endswith("worker") and "worker" in name_words)


class NamesakeRules(CivilRules, PlaceRules, StateRules, CompanyRules):
    """Bodies named in full elsewhere in the text."""

    def _body_of_alias_word(self, root: Token, i: int, j: int) -> Resolution | None:
        """The party one of whose names of several words opens with a capitalised word
        that describes the speaker, a body ("a Baloch rights movement", "Baloch group"
        for "Baloch Yakjehti Committee"), when that word names nothing by itself."""
        if root.pos_ != "NOUN" or root.lemma_.lower() not in ORG_WORDS:
            return None
        openers = self.resolver.alias_openers
        doc = self.doc
        found: set[str] = set()
        for k in range(i, j):
            t = doc[k]
            if (
                k == root.i
                or not self._describes(t, root)
                or t.dep_ not in ("compound", "amod")
                or not t.text[:1].isupper()
                or t.lower_ in _NOT_NAMES
            ):
                continue
            parties = openers.get(t.lower_)
            if not parties or self._resolve_words([t.text]).final:
                continue
            found |= parties
        return Resolution(found.pop(), "party") if len(found) == 1 else None

    def _civil_party_of_kind(
        self, root: Token, i: int, j: int, *, headline: bool = False
    ) -> Resolution | None:
        """The only party whose name holds the civil body a phrase with no name of its
        own describes: "a South Korean trade union", "the union", "union leaders", "union
        general secretary Marta Solano" for the "Korean Confederation of Trade Unions"
        (every noun qualifying the body is in the name, so "a farmers' union" is not the
        "European Union"; a body named in capitals, "the African Union", is its own); in a
        headline, "Miners' Group" for the "Alto Tapajós Miners' Cooperative"."""
        if not headline and not self._civil_party_named():
            return None  # (no party is a union, an association...: nothing to refer to)
        body = self._civil_kind(root, i, j, headline)
        if body is None:
            return None
        kind = body.lemma_.lower()
        quals = [
            t.lemma_.lower()
            for t in self.doc[i:j]
            if t.i != body.i and t.pos_ == "NOUN" and self._describes(t, body)
        ]
        return self._the_party_named_with(kind, quals)

    def _civil_kind(self, root: Token, i: int, j: int, headline: bool) -> Token | None:
        """The word of the phrase naming a kind of civil body: its head ("a trade union";
        a headline's "Costa Rican Union", tagged a name), or a common noun qualifying a
        role or a person's name ("union leaders", "union general secretary X")."""
        p = self._parse
        lemma = p.lemma(root.i)
        if lemma in CIVIL_BODIES:
            if root.pos_ == "NOUN" or j - i == 1 or headline:
                return root
            return None
        if headline and lemma == "group":
            return root  # "Miners' Group Says...": the group the words before it describe
        if headline and root.pos_ in ("NOUN", "PROPN") and root.tag_ in ("NNS", "NNPS"):
            # "Vanilla Collectors Accuse...": the members of the body whose name holds them
            # (the "SAVA Vanilla Collectors' Association")
            return root
        # (most phrases name no civil body: one pass over the word ids tells)
        lowers = p.lowers
        if not any(lowers[k] in _CIVIL_BODY_FORM_IDS for k in range(i, j)):
            return None
        if lemma not in ROLE_NOUNS | LEADER_NOUNS and root.pos_ != "PROPN":
            return None
        for t in self.doc[i:j]:
            if (
                t.lemma_.lower() in CIVIL_BODIES
                and t.dep_ in ("compound", "nmod")
                and (t.pos_ == "NOUN" or t.i == i)
                and (t.text[:1].islower() or t.i == i)
            ):
                return t
        return None

    def _civil_possessor(self, i: int, j: int) -> Resolution | None:
        """ "the association's Benue chairman": a definite possessor naming the kind of
        civil body one party's name holds. The body whose officer speaks; the place or
        branch he heads ("Benue") does not make him the other side's."""
        doc = self.doc
        p = self._parse
        if not self._civil_party_named():
            return None
        for k in range(i, j):
            if p.deps[k] != _POSS or p.lowers[k] not in _CIVIL_BODY_FORM_IDS:
                continue
            t = doc[k]
            kind = t.lemma_.lower()
            if kind not in CIVIL_BODIES:
                continue
            if not any(c.lower_ == "the" for c in t.lefts):
                continue
            return self._the_party_named_with(kind)
        return None

    def _civil_party_named(self) -> bool:
        """Some party's name holds a civil body's noun ("Union", "Association")."""
        return not self.resolver.all_party_words.isdisjoint(CIVIL_BODIES)

    def _the_party_named_with(self, kind: str, quals: Sequence[str] = ()) -> Resolution | None:
        """The one party whose name holds the kind of body ("union") and every word that
        qualifies it; a bare "group" only counts with qualifiers ("Miners' Group")."""
        found = [
            party
            for party, words in self.resolver.party_words.items()
            if (kind in words or (kind == "group" and quals))
            and all(_qualifies(q, words) for q in quals)
        ]
        return Resolution(found[0], "party") if len(found) == 1 else None

    @staticmethod
    def _describes(t: Token, root: Token) -> bool:
        """``t`` qualifies ``root`` directly or through common nouns ("a Baloch rights
        movement"), not through a name ("The Kurdistan Regional Government's ministry")."""
        h = t.head
        for _ in range(3):
            if h.i == root.i:
                return True
            if h.pos_ != "NOUN" or h.dep_ not in ("compound", "amod"):
                return False
            h = h.head
        return False

    def _possessor_namesake(self, i: int, j: int) -> Resolution:
        """The party of the earlier full name of a definite possessor that is a body: "the
        army's spokesman" after "Sudan's army" (not "the region's": POSSESSOR_ANAPHORS)."""
        doc = self.doc
        p = self._parse
        for k in range(i, j):
            if p.deps[k] != _POSS or p.pos[k] != NOUN:
                continue
            lemma = p.lemma(k)
            t = doc[k]
            if (
                lemma not in POSSESSOR_ANAPHORS
                # a body, not a thing ("the ship's operator" is not the ship's owner)
                and (lemma in INSTITUTION_HEADS or p.lowers[k] in _ORG_WORD_IDS)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
            ):
                res = self._earlier_named(t)
                if res.final:
                    return res
                if lemma in STATE_ORGANS:
                    # "The military's media wing" with no army named so before: only a
                    # state has one.
                    return self._only_state() or UNKNOWN
        return UNKNOWN

    def _possessor_speaker(
        self, i: int, j: int, claim: RawClaim, done: Sequence[RawClaim]
    ) -> Resolution | None:
        """The party of the nearest earlier speaker whose name ends in the noun of a
        definite possessor of the phrase ("the division's" for "The army's 6th Infantry
        Division")."""
        doc = self.doc
        for k in range(i, j):
            t = doc[k]
            if t.dep_ != "poss" or t.pos_ != "NOUN" or t.lemma_.lower() in POSSESSOR_ANAPHORS:
                continue
            if not any(c.lower_ == "the" for c in t.lefts):
                continue
            noun = t.lower_
            for d in reversed(done):
                if d.cue_start >= claim.cue_start or d.resolution not in ("party", "source"):
                    continue
                name = (d.source or "").split(",")[0].lower().split()
                if name and name[-1] == noun and len(name) > 2:
                    return _party_of(d)
        return None

    def _acronym_of_speaker(
        self, root: Token, i: int, j: int, done: Sequence[RawClaim]
    ) -> Resolution | None:
        """The party of the nearest earlier speaker named in full whose name opens with
        the acronym's first two letters: "The FSB" after "Russia's Federal Security
        Service" (acronyms often follow the body's own language)."""
        text = root.text
        if (
            root.pos_ != "PROPN"
            or not 2 <= len(text) <= 6
            or not text.isalpha()
            or not text.isupper()
            or j - i > 2
        ):
            return None
        doc = self.doc
        for d in reversed(done):
            if d.src_tok is None or d.src_root is None or d.resolution != "party":
                continue
            lo, hi = d.src_tok
            initials = "".join(
                doc[k].text[0]
                for k in range(lo, hi)
                if doc[k].pos_ == "PROPN"
                and doc[k].dep_ in ("compound", "flat")
                and doc[k].text[:1].isupper()
                or k == d.src_root
            )
            if len(initials) >= 2 and initials[:2].upper() == text[:2]:
                return _party_of(d)
        return None

    def _acronym_defined(self, root: Token) -> Resolution | None:
        """What the full name resolves to where the writer gave the acronym in brackets
        after it, "the Lake Authority (LVA)": the name's own party or third party, or,
        for a state agency's name with no country, the state the story is filed from."""
        text = root.text
        if root.pos_ != "PROPN" or not 2 <= len(text) <= 6 or not text.isupper():
            return None
        doc = self.doc
        for k in reversed(self._occurrences(PROPN, text, 0, root.i)):
            full = doc[k].head
            if not (
                doc[k].dep_ == "appos"
                and doc[k - 1].text == "("
                and full.i == k - 2
                and full.pos_ in ("PROPN", "NOUN")
            ):
                continue
            lo, hi = full.left_edge.i, full.i + 1
            words, idx = self._words(lo, hi)
            lv = self._levels(idx, lo, hi, full.i)
            res = self._resolve_words(words, lv, head_lemma=full.lemma_.lower())
            if res.status in ("third", "joint"):
                return res
            if res.status == "party":
                if self._civil_society(lv, idx) or self._human_rights_body(full, lo, hi):
                    return Resolution(None, "third")
                return res
            if self._named_agency(full, lo, hi):
                filed_in = self._dateline_resolution(place_only=True)
                return filed_in if filed_in.status == "party" else None
            return None
        return None

    def _introduced_earlier(self, root: Token, i: int, j: int) -> Resolution:
        """The party of the phrase that first introduced a bare name used as a source
        (outside any claim, so not in the memory of names): its nearest earlier use."""
        doc = self.doc
        if any(doc[k].pos_ != "PROPN" for k in range(i, j) if not doc[k].is_punct):
            return UNKNOWN
        name = root.text
        # (As a walk back from i - 1 over NAMESAKE_WINDOW tokens, visiting only the proper
        # nouns written as the name.)
        for k in reversed(self._occurrences(PROPN, name, i - NAMESAKE_WINDOW + 1, i)):
            u = doc[k]
            top = u
            for _ in range(4):  # "Pedro Arango" -> ", Colombia's defence minister, ..."
                if top.dep_ not in ("compound", "flat", "appos"):
                    break
                top = top.head
            lo, hi = source_range(top)
            if hi - lo <= j - i:
                continue  # only the name again
            words, idx = self._words(lo, hi)
            levels = self._levels(idx, lo, hi, top.i)
            # Only the core says who it is ("the Jaish al-Adl group on Pakistani soil").
            core = [w for w, lv in zip(words, levels, strict=True) if lv == 0]
            res = self._resolve_words(core)
            if res.status == "party":
                return res
        return UNKNOWN

    def _namesake(self, i: int, j: int, root: int) -> Resolution:
        """The party of the nearest earlier mention of a definite noun of the phrase
        (its head, or the object of "for"/"of"/"at") whose modifiers name a party."""
        doc = self.doc
        p = self._parse
        for k in range(i, j):
            if (
                p.pos[k] != NOUN
                or p.lemma(k) in ROLE_NOUNS
                or not (
                    k == root
                    or (p.deps[k] == _POBJ and p.lowers[p.heads[k]] in _FOR_OF_AT)
                    # "Members of the movement allege": the last noun hung on the verb the
                    # parser read as a noun
                    or (k == j - 1 and not i <= p.heads[k] < j)
                )
            ):
                continue
            t = doc[k]
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts) and not (
                k == j - 1 and k > i and doc[k - 1].lower_ == "the"
            ):
                continue
            res = self._earlier_named(t)
            if res.final:
                return res
        return UNKNOWN

    def _member_of_body(self, root: Token) -> Resolution:
        """The party of a body a person is said to belong to, in a relative clause on
        the speaker or its apposition: "Yusuf Ali, a driver who sits on the committee",
        "a nurse who works for the ministry" (a definite body, named in full earlier)."""
        for t in (root, *(c for c in root.rights if c.dep_ == "appos")):
            for c in t.rights:
                if c.dep_ != "relcl" or not any(
                    g.lower_ == "who" and g.dep_ == "nsubj" for g in c.lefts
                ):
                    continue
                for p in c.rights:
                    if p.dep_ != "prep" or p.lower_ not in ("on", "for", "of"):
                        continue
                    body = _first_pobj(p)
                    if (
                        body is not None
                        and body.pos_ == "NOUN"
                        and body.lemma_.lower() in INSTITUTION_HEADS
                        and any(g.dep_ == "det" and g.lower_ == "the" for g in body.lefts)
                    ):
                        res = self._earlier_named(body)
                        if res.status == "party":
                            return res
        return UNKNOWN

    def _unit_described_earlier(self, root: Token) -> Resolution | None:
        """The party of a role "of" a definite unit named after a force ("the ranger
        regiment", "the police unit"), from the nearest earlier description of that
        force: a party's name ("Thai rangers"), or a state's organ ("government
        paramilitary rangers") when the lexicon has one state."""
        if root.lemma_.lower() not in ROLE_NOUNS:
            return None
        bodies = [
            o
            for p in root.rights
            if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for o in [_first_pobj(p)]
            if o is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in o.lefts)
        ]
        states = self.resolver.state_parties
        for body in bodies:
            for force in (c for c in body.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"):
                for k in range(force.i - 1, max(-1, force.i - NAMESAKE_WINDOW), -1):
                    u = self.doc[k]
                    if u.lemma_ != force.lemma_ or u.pos_ != "NOUN":
                        continue
                    # The words just before it, whatever the parse made of them
                    # ("accused government paramilitary rangers").
                    lo = k
                    while lo > max(0, k - 4) and self.doc[lo - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
                        lo -= 1
                    if lo == k:
                        continue
                    words = [t.text for t in self.doc[lo : k + 1]]
                    lowered = {w.lower() for w in words}
                    res = self._resolve_words(words)
                    if res.status == "party":
                        return res
                    if (
                        len(states) == 1
                        and lowered & STATE_ORGANS
                        and not lowered & ARMED_GROUP_NOUNS
                    ):
                        return Resolution(next(iter(states)), "party")
        return None

    def _earlier_named(self, t: Token) -> Resolution:
        """Walk back (a bounded stretch) to the last "X <noun>" naming a party or a third
        party, e.g. "the Tuareg-led rebel alliance" for "the alliance"."""
        # The same noun is looked back from by claim after claim: a function of the
        # token alone, remembered for the document.
        res = self._named_before.get(t.i)
        if res is None:
            res = self._walk_back_to_named(t)
            self._named_before[t.i] = res
        return res

    def _walk_back_to_named(self, t: Token) -> Resolution:
        """:meth:`_earlier_named`, worked out."""
        lemma = t.lemma_
        lo = t.i - NAMESAKE_WINDOW + 1
        # (As a walk back from t.i - 1 over NAMESAKE_WINDOW tokens, visiting only the nouns
        # _described_noun can take.) A body first named in capitals is the same noun:
        # "Argentina's Energy Secretariat" for "the secretariat" (a singular noun only:
        # "the Kurds" is a people, not a body).
        found = self._occurrences(NOUN, lemma, lo, t.i)
        if t.tag_ == "NN" and lemma.islower():
            capital = self._occurrences(PROPN, lemma.capitalize(), lo, t.i)
            if capital:
                found = sorted(found + capital)
        for k in reversed(found):
            named = self._described_noun(k, lemma)
            if named is not None and named[0].final:
                return named[0]
        return UNKNOWN

    def _described_noun(self, k: int, lemma: str) -> tuple[Resolution, list[str]] | None:
        """What "X <noun>" at token `k` resolves to, with its words, when the noun is
        `lemma` and has describing words before it; None otherwise."""
        key = (k, lemma)
        if key not in self._described:
            self._described[key] = self._describe_noun(k, lemma)
        return self._described[key]

    def _describe_noun(self, k: int, lemma: str) -> tuple[Resolution, list[str]] | None:
        """:meth:`_described_noun`, worked out."""
        doc = self.doc
        u = doc[k]
        # (or a name in capitals: "Argentina's Energy Secretariat", see _earlier_named)
        if not (u.pos_ == "NOUN" and u.lemma_ == lemma) and not (
            u.tag_ == "NNP" and u.lower_ == lemma
        ):
            return None
        mods = [c for c in u.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if not mods:
            return self._named_with_of(u)
        lo = min(c.left_edge.i for c in mods)
        words, idx = self._words(lo, k + 1)
        res = self._resolve_words(words, self._levels(idx, lo, k + 1, k))
        if res.party is None:
            # "the movement" after the lede's "A Haitian peasant movement accused..."
            res = self._side_facing_the_company(u, lo) or res
        return res, words

    def _named_with_of(self, u: Token) -> tuple[Resolution, list[str]] | None:
        """ "the Movement of Democratic Forces of Casamance (MFDC)": a name in capitals
        whose words follow its noun, if they name a party in full."""
        if u.tag_ != "NNP" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in u.rights):
            return None
        hi = u.i + 1
        while hi <= u.right_edge.i and self.doc[hi].text != "(":
            hi += 1
        words, idx = self._words(u.i, hi)
        res = self._resolve_words(words, self._levels(idx, u.i, hi, u.i))
        return (res, words) if res.status == "party" else None

    def _non_state_named_before(self, root: Token, reach: int = 40) -> Resolution:
        """The non-state party named last before ``root`` on its line (within ``reach``
        words)."""
        doc = self.doc
        for k in range(root.i - 1, max(-1, root.i - reach), -1):
            if doc[k].is_space and "\n" in doc[k].text:
                break  # the line (the headline's, the paragraph's) only
            if doc[k].pos_ != "PROPN":
                continue
            res = self._resolve_words([doc[k].text])
            if res.status == "party" and self._non_state(res):
                return res
        return UNKNOWN

    def _later_named(self, t: Token) -> Resolution:
        """The party of the next "X <noun>" after a headline's speaker that names one."""
        if t.pos_ != "NOUN":
            return UNKNOWN
        lemma = t.lemma_
        # "rights group blames soldiers": a later "local rights group" is the one meant,
        # not "the JNIM group" (the headline's own describing words must be there).
        own = {c.lower_ for c in t.lefts if c.dep_ in ("compound", "amod")}
        for k in self._occurrences(NOUN, lemma, t.i + 1, t.i + NAMESAKE_WINDOW):
            named = self._described_noun(k, lemma)
            u = self.doc[k]
            if named is None and u.dep_ == "compound" and u.head.i > k and u.head.pos_ == "NOUN":
                # "Opposition Says..." over "The opposition ACT-Wazalendo party said": the
                # headline's noun describes the body the story names in full.
                named = self._described_noun(u.head.i, u.head.lemma_)
                if named is not None and named[0].status != "party":
                    named = None
            if named is None:
                continue
            res, words = named
            if res.status == "party":
                return res
            if own and own <= {w.lower() for w in words}:
                return Resolution(None, "third")
        return UNKNOWN
