"""Companies: the lexicon's one business, a brand's branch in a country, state-owned firms.

`_the_company` ("the company", "the firm's chief executive") takes the one party that is a
business (`_business_parties`: by its name or an apposition); `_national_branch` ("Digicel
PNG") is a company's, not a state's; `_state_owned` ("the state-owned grid operator").
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Token

from ..lexicon import Resolution, based_after
from ..wordlists import wordset
from .rules import _Rules
from .words import (
    _COMMA,
    _DET,
    _HYPHEN,
    _NOT_BRANDS,
    _OWNED_OR_RUN,
    _STATE_BODIES_AND_ORGANS,
    _STATE_OR_GOVERNMENT,
    BUSINESS_NOUNS,
    CIVIL_BODIES,
    COMMERCIAL_BODIES,
    PLACE_NAME_WORDS,
    ROLE_NOUNS,
)

# Words of a body's kind, and people a headline names a side by ("Haitian Farmers
# Accuse..."), for a side whose own name does not say what it is.
_KIND_NOUNS = CIVIL_BODIES | wordset(
    "movement group organisation organization coalition council committee alliance collective body"
)
# Civil bodies' words in the languages of the sides' own names ("Rassemblement des Paysans
# du Nord-Est", "Coordinadora Campesina del Río Indio", "Sindicato dos Petroleiros").
_FOREIGN_BODIES = wordset(
    "coordinadora coordination movimiento movimento mouvement rassemblement asociación "
    "associação sindicato syndicat confederación confederação confédération frente federación "
    "federação fédération unión união comité consejo conselho cooperativa coopérative "
    "colectivo coletivo collectif organización organização"
)
_PUBLIC_BANKS = wordset("central national world reserve development state")
_PEOPLE_OF_A_SIDE = wordset("farmer peasant villager worker resident fisherman fisher herder")
# Words that make a body a watcher of both sides ("an environmental lawyers' group").
_NO_SIDE_WORDS = wordset(
    "rights advocacy legal lawyer watchdog environmental humanitarian aid relief volunteer "
    "media press research monitoring"
)


class CompanyRules(_Rules):
    """Companies and their people."""

    def _side_facing_the_company(self, head: Token, lo: int) -> Resolution | None:
        """ "A Haitian peasant movement on Monday accused guards working for a banana
        exporter..." in the lede of a story of "AgriNord SA" against the "Rassemblement
        des Paysans du Nord-Est", "the farmers' coordinating body" in a story of Panama
        against the "Coordinadora Campesina del Río Indio": the party whose name is a civil
        body's in another language, facing a business or a state, is the body the headline
        or the lede describes by its kind (words ``lo`` to ``head``)."""
        resolver = self.resolver
        aliases = resolver.party_aliases
        if len(aliases) != 2:
            return None
        foreign = [
            p
            for p, words in resolver.party_words.items()
            if words & _FOREIGN_BODIES and not words & _KIND_NOUNS
        ]
        if len(foreign) != 1:
            return None
        other = foreign[0]
        facing = next(p for p in aliases if p != other)
        if facing not in resolver.state_parties and self._business_parties() != [facing]:
            return None
        line = next(
            (ln for ln in self.doc._.parallax_lines or () if ln.start <= head.idx < ln.end), None
        )
        if line is None or not (line.headline or line.has_dateline):
            return None
        lemma = head.lemma_.lower()
        if lemma not in _KIND_NOUNS and not (line.headline and lemma in _PEOPLE_OF_A_SIDE):
            return None
        for t in self.doc[lo : head.i]:
            if (
                t.lemma_.lower() in _NO_SIDE_WORDS
                or t.lower_ in _NO_SIDE_WORDS
                or t.lemma_.lower() in BUSINESS_NOUNS
                or (t.pos_ == "PROPN" and self._resolve_words([t.text]).status != "third")
            ):
                return None
        return Resolution(other, "party")

    def _national_branch(self, root: Token, i: int, j: int) -> bool:
        """ "Digicel PNG", "Vodacom Tanzania": a name of two capitalised words, the
        first unknown to the lexicon and no title or part of a place name ("North
        Korea", "President Ruto"), the second a state's own name."""
        doc = self.doc
        p = self._parse
        if p.deps[i] == _DET:
            i += 1
        if j - i != 2 or root.i != i + 1 or p.pos[root.i] != PROPN:
            return False
        if p.lemma(root.i) in _STATE_BODIES_AND_ORGANS:
            return False  # "Yemen Government": a state's organ, named by its country
        brand = doc[i]
        if (
            brand.pos_ != "PROPN"
            or brand.dep_ != "compound"
            or not brand.text[:1].isupper()
            or brand.lower_ in PLACE_NAME_WORDS
            or brand.lemma_.lower() in _NOT_BRANDS
        ):
            return False
        if self._resolve_words([brand.text]).status != "unknown":
            return False
        own = self._resolve_words([root.text])
        return own.party is not None and own.party in self.resolver.state_parties

    def _the_company(self, root: Token, i: int, j: int) -> Resolution | None:
        """The only party whose name marks a business ("Kasompe Mining Ltd"), for a
        phrase with no name of its own that is a company, or its people: "the company",
        "the firm's chief executive", "company engineers"."""
        doc = self.doc
        company = self._parse.lemma(root.i) in BUSINESS_NOUNS or any(
            c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in COMMERCIAL_BODIES
            for c in root.lefts
        )
        if not company or any(c.lower_ in _PUBLIC_BANKS for c in root.lefts):
            return None  # (not "the central bank", a state's; nor "the World Bank")
        # "the company's operations manager, Rodrigo Castillo": the name of whoever holds
        # a post of the company's (not "the ship's manager, Gulfstar Marine", a firm)
        of_company = any(
            c.dep_ == "poss" and c.lemma_.lower() in COMMERCIAL_BODIES for c in root.lefts
        )
        holder = {
            t.i
            for c in root.rights
            if c.dep_ == "appos" and (of_company or root.lemma_.lower() in ROLE_NOUNS)
            for t in c.subtree
        }
        businesses = self._business_parties()
        if len(businesses) != 1:
            return None
        # "Argentine Shale Driller" (a headline's), with a word of "Andes Shale"'s name
        own_words = self.resolver.party_words[businesses[0]]
        if any(
            doc[k].pos_ == "PROPN"
            and k not in holder
            and k != root.i
            and doc[k].lower_ not in COMMERCIAL_BODIES
            and doc[k].lower_ not in own_words
            # "the mine's Toronto-listed owner": where it is listed or based, not who
            and not based_after([t.text for t in doc[k + 1 : k + 3]], 0)
            # "A Chilean lithium producer": a country's name says where, not who
            and self._resolve_words([doc[k].text]).status != "third"
            for k in range(i, j)
        ):
            return None
        return Resolution(businesses[0], "party")

    def _business_parties(self) -> list[str]:
        """The parties whose name marks a business ("Kasompe Mining Ltd"), or, failing
        that, that the text describes as one in an apposition ("The mine's operator,
        Ulaan Khad Copper", "Ulaan Khad Copper, a copper miner"), or, failing that, the
        one party facing a civil body. Worked out once."""
        if self._businesses is not None:
            return self._businesses
        aliases = self.resolver.party_aliases
        found = list(self.resolver.company_parties)
        if not found:
            size = len(self.doc)
            for party, names in aliases.items():
                lasts = {
                    w[-1] for w in (name.split() for name in names) if w and w[-1][:1].isupper()
                }
                if any(
                    self._described_as_business(k)
                    for w in lasts
                    for k in self._occurrences(PROPN, w, 0, size)
                ):
                    found.append(party)
        if not found:
            found = self._other_than_civil_body()
        self._businesses = found
        return found

    def _other_than_civil_body(self) -> list[str]:
        """In a dispute of a civil body (a union, an association) with one other party and
        no state ("Constanta Dockers' Union" against "Euxin Grain Terminals"), the other
        party is the business "the company" and "the firm" refer to."""
        aliases = self.resolver.party_aliases
        if self.resolver.state_parties or len(aliases) != 2:
            return []
        civil = [
            party
            for party, names in aliases.items()
            if any(w.lower() in CIVIL_BODIES for name in names for w in name.split())
        ]
        return [p for p in aliases if p not in civil] if len(civil) == 1 else []

    def _described_as_business(self, k: int) -> bool:
        """The name ending at token k stands in apposition to a noun of business."""
        t = self.doc[k]
        if t.dep_ == "appos" and t.head.lemma_.lower() in BUSINESS_NOUNS:
            return True
        return any(c.dep_ == "appos" and c.lemma_.lower() in BUSINESS_NOUNS for c in t.rights)

    def _state_owned(self, i: int, j: int) -> bool:
        """The phrase, or an apposition right after it, says "state-owned", "state-run"
        ("Elering, the state-owned grid operator"; the parser may hang the apposition on
        another noun of the sentence)."""
        p = self._parse
        forms, lowers, n = p.forms, p.lowers, len(p.forms)
        end = j
        if j + 1 < n and forms[j] == _COMMA:
            # the apposition after the comma, up to the next punctuation
            end = j + 1
            while end < n and end - j < 8 and not p.is_punct[end]:
                end += 1
            if end < n and forms[end] == _HYPHEN:
                end = min(n, end + 6)
        for k in range(i, min(end, n) - 2):
            if (
                lowers[k] in _STATE_OR_GOVERNMENT
                and forms[k + 1] == _HYPHEN
                and lowers[k + 2] in _OWNED_OR_RUN
            ):
                return True
        return False
