"""Who speaks: pronoun and anaphor carry-over, and the party of each source.

Works document by document over the claims the attribution rules found, in text order,
so that "They maintain that..." takes the previous speaker of the paragraph and
"the ministry" takes the party of the ministry named earlier.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from .attribution import (
    ACCUSE_VERBS,
    DENY_VERBS,
    DOCUMENT_NOUNS,
    RawClaim,
    source_range,
)
from .attribution.spans import _first_child
from .lexicon import (
    THIRD_PARTY_HEADS,
    UNKNOWN,
    PartyResolver,
    Resolution,
    is_organisation_name,
)
from .wordlists import wordset

# Heads that can only be a person ("A doctor at the hospital told Reuters ... she said").
PERSON_NOUNS = wordset(
    "man woman boy girl fisherman farmer shepherd herder driver doctor nurse teacher "
    "relative father mother brother sister son daughter wife husband uncle cousin "
    "chairman chairwoman chairperson"
)
# Third-party heads that are people ("the monitor said" may be an organisation).
_PEOPLE_HEADS = THIRD_PARTY_HEADS - frozenset({"monitor", "observer"})
# Heads that name a role rather than a body: "a military spokesman" speaks for whoever
# the paragraph's previous speaker spoke for, unless the phrase names a party itself.
ROLE_NOUNS = wordset(
    "spokesman spokeswoman spokesperson official officer commander minister governor "
    "president premier mayor source ambassador envoy general colonel chief adviser advisor "
    "aide representative secretary head director deputy lieutenant major captain admiral "
    "marshal commissioner undersecretary under-secretary delegate prefect"
)
# Definite phrases that refer back ("the ministry said", "the group said").
ANAPHOR_HEADS = ROLE_NOUNS | wordset(
    "ministry group agency company army military government office service department "
    "authority authorities forces force committee council militia fleet navy coast "
    "guard operator bureau police presidency"
)
# Institution heads worth remembering per document ("Russia's defence ministry" -> ministry).
INSTITUTION_HEADS = ANAPHOR_HEADS - ROLE_NOUNS | frozenset({"fleet", "guards", "staff"})
# Capitalised words of institutions' names that say nothing about who a later speaker is.
_NOT_NAMES = wordset(
    "defence defense foreign interior ministry state media national security service "
    "committee office general staff prime president minister coast guard armed forces "
    "navy army air force regional deputy chief spokesman spokeswoman"
)
# Words of organisations' names: "The U.S. Navy's Fifth Fleet" is not a person.
ORG_WORDS = wordset(
    "fleet ministry forces army navy council committee union nations service guard guards "
    "staff office agency organisation organization group command corps department "
    "government court police military company firm party front movement brigade battalion "
    "regiment division mission programme program fund association league borders cross "
    "crescent watch international media news times post press tv radio channel network "
    "institute center centre foundation bureau authority authorities corporation"
)
# Bodies of a state: "the armed forces said" speaks for the state of the story's speaker.
STATE_BODIES = wordset(
    "forces force army military ministry government authorities authority navy guard police "
    "bureau presidency"
)
# "The region's security committee", "the group's political office": the possessor refers
# back to the side named before, so the body speaks for it.
POSSESSOR_ANAPHORS = wordset(
    "region group country movement territory republic enclave rebel militia government "
    "state administration province side organisation organization party authority"
)
# Offices only a state has: "Defence Minister Pedro Arango", "the prosecutor's office".
# With no party named, such a speaker never takes the party of a rebel group that spoke
# before it, but the nearest state party's. (Not "police" here: "a local police official"
# is often quoted as a witness; "the police said" is a state body, below.)
STATE_ROLES = wordset("minister ministry ambassador embassy prosecutor")
# Titles of heads of state or government before a name: "President Emmerson Chikore"
# (not "the group's president", a rebel movement's office).
HEAD_OF_STATE_TITLES = wordset("president premier")
# Fields of ministries: "Foreign Minister X" heads the foreign ministry named before.
MINISTRY_HEADS = wordset("ministry presidency")
MINISTRY_FIELDS = wordset("foreign defence defense interior justice home")
# Bodies that only a state has: "the police said" never speaks for a rebel group.
STATE_ONLY_BODIES = wordset("ministry government authorities authority police bureau presidency")
# Bodies that only a non-state side has: "the group denied" after the insurgents spoke
# refers back to them, not to the government that spoke last.
NON_STATE_BODIES = wordset("group militia")
# Nouns of armed groups: "a Colombian guerrilla group" is in Colombia but is not the
# Colombian state, whose party the demonym would otherwise give it.
ARMED_GROUP_NOUNS = wordset(
    "guerrilla guerrillas rebel rebels militia militias insurgent insurgents militant "
    "militants separatist separatists"
)
# Words for the armed side of a state-against-rebels story (not "militia", often a third
# armed group): see SpeakerResolver._the_armed_side.
ARMED_SIDE_NOUNS = wordset(
    "guerrilla guerrillas rebel rebels insurgent insurgents militant militants separatist "
    "separatists"
)
# Organs only a state has, as the head of a speaker or a word on it ("a military
# official", "government forces"): see SpeakerResolver._state_organ.
STATE_ORGANS = wordset("army military government police")
# "The regional prosecutor", "the provincial governor": offices of the region the story
# is datelined in.
REGIONAL_WORDS = wordset("regional provincial")
REGIONAL_ROLES = STATE_ROLES | wordset("governor governorate administration")
# Unnamed state bodies that, failing all else, speak for the state of the dateline.
DATELINE_BODIES = STATE_ONLY_BODIES | wordset("council")
# Businesses: "the National Grid Corporation of X" is in X but does not speak for it.
COMMERCIAL_BODIES = wordset("corporation company firm")
# "The Internal Security Operations Command", "the Strategic Operational Command": a
# body named for security or defence work (SECURITY_NAME_WORDS) with a body's head word
# (SECURITY_BODY_WORDS) is a state's, when nothing in the name says whose.
SECURITY_NAME_WORDS = wordset("security defence defense operations operational intelligence")
SECURITY_BODY_WORDS = wordset(
    "command service committee council forces force agency directorate bureau department"
)
# Nouns that describe a business by what it does: "the mine's operator, X", "X, a
# lithium producer", "a Chilean lithium producer blamed...".
BUSINESS_NOUNS = COMMERCIAL_BODIES | wordset(
    "operator producer miner manufacturer contractor developer exporter supplier conglomerate"
)
# Heads of the names of a state's agencies: "the Fisheries Agency", "the Border Service".
STATE_AGENCY_HEADS = wordset(
    "agency service authority directorate inspectorate administration department bureau"
)
# Words of international or non-state bodies' names: "the International Energy Agency".
INTERNATIONAL_WORDS = wordset(
    "international world global european african asian arab islamic united regional"
)
# Bodies of civil society: "the fishermen's association in X" speaks for its members.
CIVIL_BODIES = wordset("association union cooperative federation syndicate guild network forum")
# Civil society described by a state's demonym ("a Bangladeshi rights group", "a local
# fishing association"): the demonym says where the body is, not whom it speaks for.
CIVIL_SOCIETY_WORDS = CIVIL_BODIES | wordset(
    "rights advocacy charity ngo watchdog humanitarian monitor monitoring fishing farming"
)
# A state's offices for civil matters: "the Ukrainian human rights ombudsman".
STATE_OFFICES_FOR_CIVIL_MATTERS = STATE_ROLES | wordset("ombudsman commissioner ministry")
# Places of civil life whose staff speak for no side: "the director of the town's hospital".
CIVIL_PLACES = wordset("hospital clinic morgue school university college mosque church temple")
# People who care for the wounded: "Doctors at the hospital in X said" speak for no side
# (unless a state's force is named: "army medics").
MEDICAL_HEADS = wordset("doctor nurse medic paramedic surgeon physician")
# Words that put such people in a state's or an armed side's service.
SERVICE_WORDS = wordset("army military police navy naval militia rebel government ministry")
# "Shipping sources", "industry sources": people of a trade, who speak for no side.
TRADE_WORDS = wordset("shipping industry market trade trading insurance business commercial")
# Words that open a place's name rather than a brand's ("North Korea", "New Caledonia").
PLACE_NAME_WORDS = wordset(
    "north south east west northern southern eastern western central upper lower new "
    "greater great little old republic democratic federal united"
)
# Places named "of" a name: "Georgia's breakaway region of Abkhazia" is Abkhazia.
REGION_NOUNS = wordset("region province territory republic enclave")
# People of a region who speak for it: "regional leaders", "regional officials".
REGION_PEOPLE = wordset("leader official authority authorities lawmaker politician")
# Craft whose crew speak for no side unless a word makes them a state's.
CIVIL_CRAFT = wordset("boat trawler")
STATE_CRAFT_WORDS = wordset("patrol navy naval police guard military gun coastguard")
# "State media reported", "the state news agency SUNA": a state's outlet, which speaks
# for the nearest state that spoke before it.
MEDIA_NOUNS = wordset("media agency television tv radio broadcaster newspaper news")
# "The country's defence ministry": a possessor that refers back to a state.
STATE_POSSESSORS = wordset("country state government republic administration nation")
# What a bare rejection rejects: "rejected the accusation".
BARE_CHARGES = frozenset(
    f"the {w}{s}" for w in ("accusation", "allegation", "charge", "claim") for s in ("", "s")
)
# Unions of the tables above that the rules test against (built once, not per call).
_ROLES_AND_CIVIL_OFFICES = ROLE_NOUNS | STATE_OFFICES_FOR_CIVIL_MATTERS
_STATE_BODIES_AND_ORGANS = STATE_BODIES | STATE_ORGANS
_NOT_BRANDS = ROLE_NOUNS | HEAD_OF_STATE_TITLES | ORG_WORDS
_ORGANS_AND_ORG_WORDS = STATE_ORGANS | ORG_WORDS
_NON_STATE_POSSESSORS = POSSESSOR_ANAPHORS - STATE_POSSESSORS
# How far back (tokens) "the militia" looks for "the Fano militia".
NAMESAKE_WINDOW = 1500
PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_CORE_DEPS = wordset(
    "compound amod poss appos conj nmod nummod det cc punct npadvmod case quantmod advmod flat nn"
)


# The string ids _Parse and _levels compare (hashes, or symbols: the same in every vocab).
_CORE_DEP_IDS = frozenset(get_string_id(d) for d in _CORE_DEPS)
_COMPOUND = get_string_id("compound")
_POSS = get_string_id("poss")
_RELCL = get_string_id("relcl")
_POSSESSIVE_TAG = get_string_id("POS")
_AMPERSAND = get_string_id("&")
_AMOD = get_string_id("amod")
_POBJ = get_string_id("pobj")
_DET = get_string_id("det")
_COMMA = get_string_id(",")
_HYPHEN = get_string_id("-")


def _ids(words: Iterable[str]) -> frozenset[int]:
    """The string ids of lower-case words, to test a token's LOWER id against (its
    ``lower_`` is in ``words`` exactly when its id is in these)."""
    return frozenset(get_string_id(w) for w in words)


_NOT_NAME_IDS = _ids(_NOT_NAMES)
_SERVICE_IDS = _ids(SERVICE_WORDS)
_REGIONAL_IDS = _ids(REGIONAL_WORDS)
_MEDIA_IDS = _ids(MEDIA_NOUNS)
_CIVIL_SOCIETY_IDS = _ids(CIVIL_SOCIETY_WORDS)
_ARMED_GROUP_IDS = _ids(ARMED_GROUP_NOUNS)
_MINISTRY_FIELD_IDS = _ids(MINISTRY_FIELDS)
_ORG_WORD_IDS = _ids(ORG_WORDS)
_DEFINITE_IDS = _ids(("the", "this", "that"))
_FOR_OF_AT = _ids(("for", "of", "at"))
_STATE_OR_GOVERNMENT = _ids(("state", "government"))
_OWNED_OR_RUN = _ids(("owned", "run", "controlled"))
_STATE = get_string_id("state")
_BASED = get_string_id("based")
_RIGHTS = get_string_id("rights")
_OPPOSITION = get_string_id("opposition")
_OMBUDSMAN = get_string_id("ombudsman")


# The array typecodes of the column types _machine_ints takes.
_TYPECODES = {np.dtype(np.uint64): "Q", np.dtype(np.int64): "q", np.dtype(np.bool_): "B"}


def _machine_ints(column: NDArray[Any]) -> array[int]:
    """A column of ``Doc.to_array`` (or a test on it) as an array of machine integers,
    indexed like a list: a copy of the column's bytes, built far faster than a list of
    Python ints, whose items are made only when read."""
    return array(_TYPECODES[column.dtype], column.tobytes())


class _Parse:
    """Each token's dependency label, part of speech, lemma, forms (as the string store's
    ids), head index, character offset and length, and whether it is a word of a name,
    read from the Doc's arrays once per document: the rules that read the words of every
    source phrase index these where Token objects would be built at each step, and compare
    string ids where they would read label strings."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.strings = doc.vocab.strings
        attrs = [DEP, HEAD, TAG, ORTH, IS_PUNCT, IS_SPACE, POS, LEMMA, LOWER, IDX, LENGTH]
        arr = doc.to_array(attrs) if n else np.zeros((0, len(attrs)), dtype=np.uint64)
        # (Arrays of machine integers, a copy of each column's bytes indexed like a list:
        # their items become Python ints only when read, and the rules read few of them.)
        self.deps = _machine_ints(arr[:, 0])
        # Each head's offset from its token (HEAD, stored unsigned: read back as signed).
        to_head = arr[:, 1].view(np.int64)
        self.to_head = _machine_ints(to_head)
        self.heads = _machine_ints(to_head + np.arange(n, dtype=np.int64))
        self.forms = _machine_ints(arr[:, 3])
        self.is_punct = _machine_ints(arr[:, 4])
        self.pos = _machine_ints(arr[:, 6])
        self.lemma_ids = _machine_ints(arr[:, 7])
        self.lowers = _machine_ints(arr[:, 8])
        self.idx = _machine_ints(arr[:, 9])
        self.length = _machine_ints(arr[:, 10])
        # Each token's POS, LEMMA and ORTH, as columns (see SpeakerResolver._occurrences).
        self.pos_lemma_orth: tuple[NDArray[Any], ...] = (arr[:, 6], arr[:, 7], arr[:, 3])
        # Not a word of a name: spaces, the possessive "'s", punctuation other than "&".
        tags, forms = arr[:, 2], arr[:, 3]
        not_word = (
            (arr[:, 5] != 0)
            | (tags == _POSSESSIVE_TAG)
            | ((arr[:, 4] != 0) & (forms != _AMPERSAND))
        )
        self.not_word = _machine_ints(not_word)
        # Strings of the ids above, looked up once per document and id (see lemma).
        self._lemma_lower: dict[int, str] = {}
        self._text: dict[int, str] = {}

    def lemma(self, k: int) -> str:
        """``doc[k].lemma_.lower()``."""
        lid = self.lemma_ids[k]
        found = self._lemma_lower.get(lid)
        if found is None:
            found = self._lemma_lower[lid] = self.strings[lid].lower()
        return found

    def text(self, k: int) -> str:
        """``doc[k].text``."""
        oid = self.forms[k]
        found = self._text.get(oid)
        if found is None:
            found = self._text[oid] = self.strings[oid]
        return found


def _levels(doc: Doc, tokens: Iterable[int], i: int, j: int, root: int, arcs: _Parse) -> list[int]:
    """How deep each of the given tokens of the phrase ``i:j`` lies: 0 for words in the
    core of the phrase, 1 + n for words under n prepositions."""
    deps, to_head = arcs.deps, arcs.to_head
    levels: list[int] = []
    for k in tokens:
        lv = 1 if deps[k] == _COMPOUND and _owned_compound(doc, k, arcs) else 0
        steps = 0
        ti = k
        while ti != root and i <= ti < j and steps < 20:
            if deps[ti] not in _CORE_DEP_IDS:
                lv += 1
            ti += to_head[ti]
            steps += 1
        levels.append(lv)
    return levels


def _owned_compound(doc: Doc, k: int, arcs: _Parse) -> bool:
    """A name word (token ``k``) of a noun that has a possessor: "Beijing's Taiwan
    Affairs Office".

    The possessor says whose body it is; the compound only says what it deals with, so
    it ranks one level below the possessor. (The chain of heads is read off the arrays;
    only the noun's left children need Tokens.)
    """
    deps, to_head = arcs.deps, arcs.to_head
    if deps[k] != _COMPOUND:
        return False
    head = k + to_head[k]
    for _ in range(4):  # "Taiwan" -> "Affairs" -> "Office"
        if deps[head] != _COMPOUND:
            break
        head += to_head[head]
    return any(c.dep == _POSS and c.i < k for c in doc[head].lefts)


def _words(doc: Doc, original: str, i: int, j: int, parse: _Parse) -> tuple[list[str], list[int]]:
    """The words of the phrase ``i:j`` that say who it is, with their token indices.

    A relative clause says what the speaker does, not whose it is: "The Arakan Army, an
    armed group that controls the Myanmar side of the border" does not speak for Myanmar.
    """
    idx = _word_tokens(doc, i, j, parse)
    starts, lengths = parse.idx, parse.length
    return [original[starts[k] : starts[k] + lengths[k]] for k in idx], idx


def _word_tokens(doc: Doc, i: int, j: int, p: _Parse) -> list[int]:
    """The token indices of :func:`_words` (without reading the article's text)."""
    idx: list[int] = []
    skip_to = i
    for k in range(i, j):
        if k < skip_to:
            continue
        if p.deps[k] == _RELCL and p.to_head[k] < 0:
            skip_to = doc[k].right_edge.i + 1
            continue
        if p.not_word[k]:
            continue
        idx.append(k)
    return idx


def _is_person(doc: Doc, claim: RawClaim, parse: _Parse) -> bool:
    if claim.pronoun:
        return claim.pronoun in PERSON_PRONOUNS
    if claim.src_root is None or claim.src_tok is None:
        return False
    root = doc[claim.src_root]
    lemma = root.lemma_.lower()
    if lemma in ROLE_NOUNS or lemma in PERSON_NOUNS or lemma in _PEOPLE_HEADS:
        return True
    for c in root.rights:
        if c.dep_ != "appos":
            continue
        if c.pos_ == "PROPN" and root.pos_ in ("NUM", "PRON"):
            return True  # "One of them, Murugan Selvam, 34, told reporters"
        if root.pos_ == "PROPN" and c.lemma_.lower() in PERSON_NOUNS:
            return True  # "Ibrahim Danjuma, chairman of the fishermen's association"
    if root.pos_ in ("NUM", "PRON"):
        # "One of the survivors", "one of the wounded villagers": one of some people.
        for p in root.rights:
            pobj = _first_pobj(p) if p.dep_ == "prep" and p.lower_ == "of" else None
            if pobj is not None and (
                pobj.lemma_.lower() in PERSON_NOUNS or pobj.lemma_.lower() in _PEOPLE_HEADS
            ):
                return True
    if _described_by_who(root):
        return True
    i, j = claim.src_tok
    # (not the words of a relative clause: "a porter who walked behind the group")
    # (doc.text would be rebuilt from the tokens on every call: only the indices are needed)
    words = {doc[k].lower_ for k in _word_tokens(doc, i, j, parse)}
    if root.lower_ in ORG_WORDS or (words & ORG_WORDS and not words & ROLE_NOUNS):
        return False
    propn = [t for t in doc[i:j] if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat")]
    if root.pos_ == "PROPN" and not propn and j - i == 1:
        return _surname_of_earlier_name(doc, root)
    return root.pos_ == "PROPN" and (bool(propn) or bool(words & ROLE_NOUNS))


def _described_by_who(root: Token) -> bool:
    """ "Hiwa Ahmed, 27, a porter who was walking behind the group": a relative clause
    opened by "who", on the speaker or on its apposition, describes a person."""
    for t in (root, *(c for c in root.rights if c.dep_ == "appos")):
        for c in t.rights:
            if c.dep_ == "relcl" and any(
                g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.lefts
            ):
                return True
    return False


def _surname_of_earlier_name(doc: Doc, root: Token) -> bool:
    """ "Vargas said" after "Interior Minister Carlos Vargas": a bare name that closed a
    person's full name earlier in the text (a given name before it) is that person."""
    name = root.text
    for k in range(root.i - 1, max(-1, root.i - NAMESAKE_WINDOW), -1):
        u = doc[k]
        if u.text != name or u.pos_ != "PROPN":
            continue
        given = [c for c in u.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        if given and given[-1].i == u.i - 1 and given[-1].is_title:
            return u.lower_ not in ORG_WORDS
    return False


def _is_plural(doc: Doc, claim: RawClaim) -> bool:
    if claim.pronoun:
        return claim.pronoun in ("they", "we", "them", "us")
    if claim.src_root is None:
        return False
    root = doc[claim.src_root]
    return root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children)


def _of_role(root: Token) -> bool:
    """ "The prime minister's office": the office of a role, not "the office" (or any
    other body of that name) named before."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ROLE_NOUNS for c in root.lefts)


def _first_pobj(prep: Token) -> Token | None:
    return next((g for g in prep.rights if g.dep_ == "pobj"), None)


def _party_of(claim: RawClaim) -> Resolution:
    return Resolution(claim.party, claim.resolution)


# The arguments of PartyResolver.resolve_words: words, levels, head lemma.
type _WordsKey = tuple[tuple[str, ...], tuple[int, ...] | None, str | None]


class SpeakerResolver:
    def __init__(self, doc: Doc, original: str, resolver: PartyResolver) -> None:
        self.doc = doc
        self.text = original
        self.resolver = resolver
        self.institutions: dict[str, str | None] = {}  # head lemma -> party
        self._direct: dict[tuple[int, int, int], tuple[Resolution, list[int], list[int]]] = {}
        self._remembered: set[tuple[int, int]] = set()
        self._by_words: dict[_WordsKey, Resolution] = {}  # see _resolve_words
        self.names: dict[str, str | None] = {}  # proper name word -> party
        # Where each noun lemma and each proper noun's text occurs (see _occurrences).
        self._found: dict[tuple[int, str], list[int]] = {}
        # Parties that are businesses (see _business_parties).
        self._businesses: list[str] | None = None
        # The one party the article calls a region (see _party_named_as_region).
        self._region_party: Resolution | None = None
        # What _earlier_named and _described_noun found, by token (pure per document).
        self._named_before: dict[int, Resolution] = {}
        self._described: dict[tuple[int, str], tuple[Resolution, list[str]] | None] = {}
        # Speakers given a party by their rejection (see _rejecter_of_accusation).
        self._rejecters: dict[tuple[int, int], Resolution] = {}

    def run(
        self,
        claims: Sequence[RawClaim],
        mentions: Callable[[], Sequence[RawClaim]] = lambda: (),
    ) -> list[RawClaim]:
        """Resolve claims in text order; ``mentions`` (subjects that say nothing) only
        serve as antecedents, are built and resolved on first need, and are not returned."""
        done: list[RawClaim] = []
        self._cues = {c.cue_start for c in claims}
        # A main clause's subject that is also a claim's source is that claim, not an
        # antecedent of its own: resolved as a mention (which sees only earlier claims),
        # it would put a guessed party into the memory of names before the claim is read.
        self._sources = {c.src_tok for c in claims if c.src_tok is not None}
        self._make_mentions = mentions
        self._mention_list: list[RawClaim] | None = None
        self._mention_paragraphs: list[int] = []
        self._mention_state: dict[int, bool] = {}
        for c in sorted(claims, key=lambda c: c.cue_start):
            if self._resolve(c, done):
                done.append(c)
        return sorted(done, key=lambda c: c.start)

    # --- helpers -------------------------------------------------------------------------
    @cached_property
    def _parse(self) -> _Parse:
        return _Parse(self.doc)

    def _levels(self, idx: Sequence[int], i: int, j: int, root: int) -> list[int]:
        """:func:`_levels` over this document's arrays (read once)."""
        return _levels(self.doc, idx, i, j, root, self._parse)

    def _words(self, i: int, j: int) -> tuple[list[str], list[int]]:
        """:func:`_words` over this document's arrays (read once)."""
        return _words(self.doc, self.text, i, j, self._parse)

    def _resolve_words(
        self,
        words: Sequence[str],
        levels: Sequence[int] | None = None,
        head_lemma: str | None = None,
    ) -> Resolution:
        """:meth:`PartyResolver.resolve_words`, remembered for this document.

        It depends on its arguments only, and the rules ask about the same words again
        and again: every name word of every source phrase, the same phrase ("the
        ministry") at several places of the article."""
        key = (tuple(words), None if levels is None else tuple(levels), head_lemma)
        res = self._by_words.get(key)
        if res is None:
            res = self.resolver.resolve_words(words, levels, head_lemma=head_lemma)
            self._by_words[key] = res
        return res

    def _occurrences(self, pos: int, key: str, lo: int, hi: int) -> list[int]:
        """Indices ``k`` with ``lo <= k < hi`` of the tokens tagged ``pos`` (NOUN: whose
        lemma_ is ``key``; PROPN: whose text is ``key``), in text order.

        The rules that look for an earlier or later mention ("the alliance" after "the
        Tuareg-led rebel alliance") may scan up to NAMESAKE_WINDOW tokens, and only these
        tokens can match. A document asks for a few words only: each is found by one
        comparison over the tags and string ids of all tokens, read once per document.
        """
        found = self._found.get((pos, key))
        if found is None:
            tags, lemmas, forms = self._parse.pos_lemma_orth
            form = lemmas if pos == NOUN else forms
            hits = (tags == pos) & (form == self.doc.vocab.strings[key])
            found = self._found[pos, key] = np.flatnonzero(hits).tolist()
        return found[bisect_left(found, lo) : bisect_left(found, hi)]

    def _recent(self, done: Sequence[RawClaim], claim: RawClaim, *, paragraphs: int = 1):
        """Earlier speakers, nearest first: same paragraph, then the previous ``paragraphs``.

        Besides earlier claims, subjects of main clauses count ("Cambodia's defence
        ministry gave a different account. ... it said"), resolved on first use."""
        lo = claim.paragraph - paragraphs
        pool = [d for d in done if lo <= d.paragraph <= claim.paragraph]
        if claim.kind != "mention":
            mentions = self._all_mentions()
            # Mentions are in text order, hence in paragraph order: skip to paragraph ``lo``.
            for k in range(bisect_left(self._mention_paragraphs, lo), len(mentions)):
                m = mentions[k]
                if m.cue_start >= claim.cue_start:
                    break
                if (
                    m.paragraph <= claim.paragraph
                    # not a subject inside what an earlier speaker said ("According to
                    # the ministry, a French patrol vessel arrived ... , it said")
                    and not any(d.start <= m.cue_start < d.end for d in pool if d.kind != "mention")
                    and self._mention_ok(m, done)
                ):
                    pool.append(m)
        pool.sort(key=lambda d: d.cue_start, reverse=True)
        same = [d for d in pool if d.paragraph == claim.paragraph]
        earlier = [d for d in pool if d.paragraph < claim.paragraph]
        if earlier and earlier[-1].headline and not claim.headline:
            # "...; Beijing Calls Detention Illegal" over "QUITO - ..., the Defence
            # Ministry said": a headline sums the story up; the body's first speakers
            # do not refer back to the headline's.
            earlier = [d for d in earlier if not d.headline]
        return same, earlier

    def _all_mentions(self) -> list[RawClaim]:
        if self._mention_list is None:
            made = getattr(self, "_make_mentions", lambda: ())()
            self._mention_list = sorted(
                (
                    m
                    for m in made
                    if m.cue_start not in self._cues and m.src_tok not in self._sources
                ),
                key=lambda m: m.cue_start,
            )
            self._mention_paragraphs = [m.paragraph for m in self._mention_list]
        return self._mention_list

    def _mention_ok(self, m: RawClaim, done: Sequence[RawClaim]) -> bool:
        key = m.cue_start
        if key not in self._mention_state:
            ok = self._resolve(m, [d for d in done if d.cue_start < key])
            self._mention_state[key] = ok and m.resolution != "unknown"
        return self._mention_state[key]

    def _copy_source(self, claim: RawClaim, ante: RawClaim, factor: float) -> None:
        claim.source = ante.source
        claim.source_start, claim.source_end = ante.source_start, ante.source_end
        claim.party = ante.party
        claim.resolution = ante.resolution
        claim.confidence = round(claim.confidence * factor, 3)
        claim.extra["person"] = self._person(ante)
        claim.extra["plural"] = self._plural(ante)
        claim.extra["head"] = ante.extra.get("head")

    def _resolve(self, claim: RawClaim, done: Sequence[RawClaim]) -> bool:
        doc = self.doc
        if claim.kind == "continuation":
            for d in reversed(done):
                if d.cue_start == claim.cue_start and d.paragraph == claim.paragraph:
                    self._copy_source(claim, d, 1.0)
                    return True
            return False
        if claim.pronoun is not None:
            ante = self._antecedent(claim, done)
            if ante is None:
                return False
            self._copy_source(claim, ante, 0.9)
            return True
        if claim.src_tok is None or claim.src_root is None:
            return False
        i, j = claim.src_tok
        p = self._parse
        s, e = p.idx[i], p.idx[j - 1] + p.length[j - 1]
        claim.source = self.text[s:e]
        claim.source_start, claim.source_end = s, e
        root = doc[claim.src_root]
        head = p.lemma(claim.src_root)
        claim.extra["head"] = head
        # Several cues often share one subject ("said..., accusing..."): resolve it once.
        key = (i, j, claim.src_root)
        cached = self._direct.get(key)
        if cached is None:
            words, idx = self._words(i, j)
            lv = self._levels(idx, i, j, claim.src_root)
            # The same phrase at another place of the article ("the ministry") resolves
            # the same way: resolve_words depends on the words, levels and head only.
            res0 = self._resolve_words(words, lv, head_lemma=head)
            if res0.status in ("joint", "third"):
                res0 = self._named_beside_place(root, i, j) or res0
            cached = (res0, lv, idx)
            self._direct[key] = cached
        res, lv, idx = cached
        own_words = res.final  # the phrase's own words say who it is
        if res.status == "party" and self._armed_group_of_a_state(res, lv, idx):
            # "The ELN, a Colombian guerrilla group": the demonym says where, not whose;
            # "A Chadian rebel group said" in a story of Chad against its one rebel
            # party is that party.
            res = self._the_armed_side(lv, idx, demonyms=True) or Resolution(None, "third")
        if res.status == "party" and self._civil_body_of_a_state(res, lv, idx):
            # "Ain o Salish Kendra, a Bangladeshi rights group": a demonym on a civil body.
            res = Resolution(None, "third")
        if res.status == "party" and self._demonym_of_civil_body(res, i, j):
            # "A spokesman for the Guyanese Fishermen's Association": the demonym opens
            # the name of a civil body, which says where it is, not whom it speaks for.
            res = Resolution(None, "third")
        if res.status == "party" and self._described_as_civil_society(root):
            # "The Cambodian Center for Human Rights, a local rights group": the writer's
            # own description says it is civil society, whatever country its name gives.
            res = Resolution(None, "third")
        if res.status == "party" and self._outside_the_state(res, root, i, j):
            # "Georgia's main opposition alliance", "The National Grid Corporation of X":
            # the country says where the body is; an opposition or a company does not
            # speak for the state.
            res = Resolution(None, "third")
        if res.status == "party" and self._national_branch(root, i, j):
            # "Digicel PNG, which operates one of the networks": a brand followed by a
            # country's name is a company's branch there, not the country's state.
            res = Resolution(None, "third")
        if res.status == "party" and self._civil_body_in_place(i, j):
            # "chairman of the fishermen's association in Nigeria's Cross River state":
            # the state is where the association is, not whom it speaks for.
            res = Resolution(None, "third")
        if res.status == "party" and self._rights_body_of_place(res, lv, idx):
            # "The Human Rights Commission of X": a rights body named after its country
            # watches every side; the country says where it is.
            res = Resolution(None, "third")
        if res.status == "party" and self._human_rights_body(root, i, j):
            # "Chile's National Human Rights Institute": a rights body watches every side,
            # whatever country its name or its possessor gives.
            res = Resolution(None, "third")
        if res.status == "party" and self._based_in_place(root, i, j):
            # "The Bangkok-based Cross Cultural Foundation": where a body is based is no
            # side it speaks for (unless it is a state's body: "the Tripoli-based
            # government").
            res = Resolution(None, "third")
        if res.status == "party":
            # "Authorities in Georgia's breakaway region of Abkhazia": the region's own
            # name says whose they are, not the country that claims it.
            res = self._named_region(res, i, j) or res
        if head == "source" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in TRADE_WORDS for c in root.lefts
        ):
            # "Shipping sources in Dubai said": a trade's people, not a side's officials.
            res = Resolution(None, "third")
        if self._carer(root, i, j):
            # "Doctors at the general hospital in X": those who treat the wounded speak
            # for no side, whatever place or side spoke before them.
            res = Resolution(None, "third")
        if res.status == "party" and any(
            c.dep_ == "appos" and c.lemma_.lower() in THIRD_PARTY_HEADS for c in root.rights
        ):
            # "Jose Alvarez, a defence analyst at a Manila-based think tank": the writer
            # says he is a commentator; the place of his employer is not his side.
            res = Resolution(None, "third")
        if res.party is None:
            # "The company said", "Company engineers", "the firm's chief executive": the
            # lexicon's one party whose name is a business's.
            res = self._the_company(root, i, j) or res
        if not res.final and self._state_owned(i, j):
            # "according to Elering, the state-owned grid operator": a state's company,
            # of the state the story is filed from (or the lexicon's only state).
            filed_in = self._dateline_resolution(place_only=True)
            res = filed_in if filed_in.status == "party" else self._only_state() or res
        if not res.final:
            # "a Baloch rights movement" for the "Baloch Yakjehti Committee": a body
            # described by the word that opens one party's name, and by nothing else.
            res = self._body_of_alias_word(root, i, j) or res
        if not res.final and self._civil_society(lv, idx):
            # "Yazda, a Yazidi advocacy group": a body of civil society with no party of
            # its own speaks for none (not the side last named or remembered); "the
            # association" is the one named in full before ("the Porgera Landowners
            # Association"), whatever it speaks for.
            bare = j - i == 2 and doc[i].lower_ == "the"
            body = self._speaker_named_before(root, i, j) if bare else UNKNOWN
            if bare and not body.final:
                body = self._namesake(i, j, claim.src_root)
            res = body if body.final else Resolution(None, "third")
        if not res.final:
            # "In Khartoum, the foreign ministry said", "The council, meeting in Juba,
            # called...": where an unnamed body speaks says whose it is.
            res = self._place_of_speech(claim, root)
        if (
            not res.final
            and head in REGION_PEOPLE
            and any(c.dep_ == "amod" and c.lower_ in REGIONAL_WORDS for c in root.lefts)
        ):
            # "with regional leaders accusing the capital..." in a story of "Moldova's
            # autonomous Gagauzia region" against the capital: the region's own leaders.
            res = self._party_named_as_region() or res
        if not res.final and self._regional_office(i, j):
            # "The regional prosecutor": an office of the region the story is datelined
            # in ("KHARKIV, Ukraine, May 24 (Wire) -"), so of that country.
            res = self._dateline_party() or res
        if not res.final and self._state_media(i, j):
            # "State media reported": the outlet of the nearest state that spoke.
            res = self._state_speaker(self._pool(done, claim))
        if not res.final:
            # "The army's spokesman" after "Sudan's army was accused...": the possessor
            # is a body named in full earlier, which says more than the last speaker.
            res = self._possessor_namesake(i, j)
        if not res.final:
            # "Military spokesman Avi Ronen" after "the Israeli military said": the body
            # that qualifies the role is the one named in full earlier.
            res = self._body_of_role(claim, done, i, j)
        if not res.final and self._possessor_anaphor(i, j):
            # "The co-chair of the administration's water directorate" after "The
            # Autonomous Administration said": the possessor is the last word of one
            # party's name, so it refers back to that party, state or not.
            res = self._party_ending_in_possessor(i, j) or res
        if not res.final and self._possessor_anaphor(i, j) and self._state_possessor(i, j):
            # "The country's defence minister": the nearest state that spoke, even when
            # the last speaker was a rebel group or a witness with no party, and before
            # "the minister" can take the party of another country's minister.
            res = self._state_speaker(self._pool(done, claim))
            claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final and self._role_of_named_place(root):
            # "The mayor of Sidakan, Ahmed Rasul": an office of a place the lexicon does
            # not know, not a spokesman of the previous speaker; the place lies in the
            # country of the dateline ("DOHUK, Iraq": a third country).
            res = self._dateline_resolution(place_only=True)
        if not res.final and self._role_of_civil_place(root):
            # "The director of the general hospital, Nawaf Elias": staff of a hospital or
            # a school, not a spokesman of the side that spoke before.
            res = Resolution(None, "third")
        if not res.final and self._role_of_named_body(root):
            # "The Caribbean Community's secretary-general", "the secretary-general of
            # the African Union": the role of a body named in full that no party owns,
            # not a spokesman of the side that spoke before.
            res = Resolution(None, "third")
        if not res.final and self._is_anaphor(root, i, j):
            res = self._anaphor_antecedent(claim, head, done) or res
        if not res.final and self._possessor_anaphor(i, j):
            same, earlier = self._recent(done, claim)
            named = [d for d in same + earlier[:1] if d.party is not None]
            if named:
                res = Resolution(named[0].party, named[0].resolution)
                if (
                    self._non_state(res)
                    and self._state_phrase(i, j)
                    and not self._non_state_possessor(i, j)
                ):
                    # "The country's defence ministry" after the rebels spoke (not "the
                    # region's self-styled foreign minister": the breakaway's own).
                    res = self._state_speaker(same + earlier)
                claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final:
            res = self._from_memory(root, i, j, lv, idx)
        if not res.final and root.pos_ == "PROPN":
            # "Arango said" after "Colombia's defence minister, Pedro Arango, visited...".
            res = self._introduced_earlier(root, i, j)
        if not res.final and doc[i].lower_ in ("its", "their"):
            # "Its spokesman" after "The Western Theatre Command of the PLA gave a
            # different version": the possessor is the previous sentence's subject.
            prev = self._previous_subject(i, done)
            if prev is not None and prev.final:
                res = prev
                claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final:
            # "The movement said" after "Brazil's Landless Workers' Movement (MST) said":
            # the speaker named so in capitals before.
            res = self._speaker_named_before(root, i, j)
        if not res.final:
            # "The militia said", "a spokesman for the alliance": the body named in full
            # earlier in the text ("the Fano militia", "the rebel alliance CSP-DPA").
            res = self._namesake(i, j, claim.src_root)
        if not res.final:
            # "X, a welder who sits on the committee": a member of a body named earlier.
            res = self._member_of_body(root)
        if not res.final:
            # "The commander of the ranger regiment" after "government paramilitary
            # rangers": the force the body is named after was described earlier.
            res = self._unit_described_earlier(root) or res
        if not res.final and any(c.dep_ == "amod" and c.lower_ == "local" for c in root.lefts):
            # "Local officials said", "a local police official": people of the place,
            # not spokesmen of the side that spoke before them.
            res = Resolution(None, "third")
        if not res.final and self._has_role(doc, i, j):
            same, earlier = self._recent(done, claim)
            pool = same or earlier[:1]
            told_in = self._told_in_place(claim)
            home = self._home_official(claim, root, i, j) if not same else None
            if told_in is not None and self._titled_name(root, i, j):
                # "Foreign Minister X told reporters in Ljubljana": a titled official
                # with no country of her own speaks for the capital she speaks in.
                res = told_in
                claim.confidence = round(claim.confidence * 0.85, 3)
            elif pool and home is not None and pool[0].party != home.party:
                # "Defence Secretary Gilberto Reyes insisted..." opening a paragraph after
                # the other side spoke: an official titled with no country is one of the
                # country the story is filed from (the writer names foreign ones).
                res = home
                claim.confidence = round(claim.confidence * 0.85, 3)
            elif pool:
                res = Resolution(pool[0].party, pool[0].resolution)
                if self._non_state(res) and self._state_phrase(i, j):
                    # "Defence Minister X rejected the accusation" after the rebels spoke.
                    res = self._state_speaker(same + earlier)
                elif res.party is None and (
                    self._state_office(i, j) or self._state_organ(root, i, j)
                ):
                    # "President X said", "a military officer at the base told Reuters"
                    # after an aid agency or a witness spoke: a state's office, not a
                    # bystander's.
                    state = self._state_speaker(same + earlier)
                    res = state if state.final else res
                elif res.party in self.resolver.state_parties and self._armed_group_phrase(i, j):
                    # "A commander of the militia" does not speak for the state that spoke
                    # before him (the militia's own party, if any, was looked for above).
                    res = UNKNOWN
                claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final:
            # "The insurgents' leader, Simba Dube": the lexicon's one armed side.
            res = self._the_armed_side(lv, idx) or res
        if not res.final and self._security_body(lv, idx):
            # "According to the Internal Security Operations Command": in a story of a
            # state against a non-state side, a security body is the state's.
            states = self.resolver.state_parties
            if len(states) == 1:
                res = Resolution(next(iter(states)), "party")
        if not res.final and self._state_office(i, j):
            # "The prime minister's office described...": only a state has one.
            state = self._state_speaker(self._pool(done, claim))
            res = state if state.final else res
        if not res.final and claim.headline:
            # "Gang alliance says..." over "The Viv Ansanm alliance said...": a headline
            # describes the speaker the story then names in full.
            res = self._later_named(root)
            if (
                not res.final
                and head in NON_STATE_BODIES
                # "rights group blames soldiers" is described, not the group named before
                and not any(c.dep_ in ("compound", "amod") for c in root.lefts)
            ):
                # "Israel says strike killed Hezbollah commander; group says...": the
                # non-state side named before it in the headline.
                res = self._non_state_named_before(root)
        if not res.final and self._general_staff(root):
            # "The General Staff rejected...": an army's command, so a state's.
            res = self._state_speaker(self._pool(done, claim))
        if not res.final and self._named_agency(root, i, j):
            # "According to the Fisheries Agency": a state agency named with no country
            # is one of the state the story is filed from.
            filed_in = self._dateline_resolution(place_only=True)
            res = filed_in if filed_in.status == "party" else res
        if not res.final:
            # "The FSB said" after "Russia's Federal Security Service said": an acronym
            # of a body that spoke before.
            res = self._acronym_of_speaker(root, i, j, done) or res
        if not res.final and j - i <= 2:
            # "NICTA said" after "the National Information and Communications Technology
            # Authority (NICTA)": the body the acronym was given to.
            res = self._acronym_defined(root) or res
        if (
            not res.final
            and head in DATELINE_BODIES
            and root.tag_ in ("NN", "NNP")
            and not self._has_possessor(root)
        ):
            # "The defence ministry's statement", "The National Security Council said"
            # with no country named and no earlier speaker to refer back to: the state
            # the story is datelined in. A ministry is only ever a national
            # government's, so the agency in brackets ("QUITO, March 7 (AP) -") does not
            # make the place a joint one.
            res = self._dateline_party(place_only=head in MINISTRY_HEADS) or res
        if (
            not own_words
            and (res.status == "unknown" or self._non_state(res))
            and self._state_organ(root, i, j)
        ):
            # "A senior military official", "Government forces", "Police said" after the
            # rebels spoke: only a state has an army, a government or a police force.
            state = self._state_speaker(self._pool(done, claim))
            res = state if state.final else res
        if res.status == "unknown" and self._regional_office(i, j):
            # "The regional administration said" with nothing else to go by: an office
            # of the region the story is filed from, whatever agency the dateline names
            # in brackets ("KYIV, Oct 7 (AFP) -"; the first look, above, reads the
            # agency's country with the place as a joint one, and gives way to the
            # rules between them).
            res = self._dateline_party(place_only=True) or res
        if res.status == "unknown":
            # "A lithium producer blamed protesters for X. Community leaders rejected the
            # accusation and said...": who rejects one side's accusation with no side of
            # its own speaks for the other side (of two), in every cue it heads.
            res = self._rejecters.get((i, j)) or self._rejecter_of_accusation(claim, done) or res
        if self._reciprocal(claim):
            # "the government and the militia blamed each other": both sides speak.
            res = Resolution(None, "joint")
        claim.party = res.party
        claim.resolution = res.status
        self._remember(root, i, j, res)
        return True

    def _rejecter_of_accusation(
        self, claim: RawClaim, done: Sequence[RawClaim]
    ) -> Resolution | None:
        """The other of two parties, for a bare rejection ("rejected the accusation") of
        an accusation one party made just before (same or previous paragraph)."""
        parties = self.resolver.party_aliases
        if (
            claim.cue_lemma not in DENY_VERBS
            or claim.src_tok is None
            or len(parties) != 2
            or self.text[claim.start : claim.end].lower() not in BARE_CHARGES
        ):
            return None
        same, earlier = self._recent(done, claim)
        for d in same + earlier:
            if d.kind == "mention":
                continue
            if d.cue_lemma not in ACCUSE_VERBS or d.party is None:
                return None
            other = next(p for p in parties if p != d.party)
            res = Resolution(other, "party")
            self._rejecters[claim.src_tok] = res
            return res
        return None

    def _reciprocal(self, claim: RawClaim) -> bool:
        """A claim whose content is about "each other" / "one another"."""
        if not self.text.startswith(("e", "E", "o", "O"), claim.start):
            return False  # (most claims: no need to fold the opening words)
        head = self.text[claim.start : claim.start + 11].lower()
        return head.startswith(("each other", "one another"))

    def _antecedent(self, claim: RawClaim, done: Sequence[RawClaim]) -> RawClaim | None:
        same, earlier = self._recent(done, claim)
        pron = claim.pronoun or ""

        def fits(d: RawClaim) -> bool:
            person = self._person(d)
            plural = self._plural(d)
            if pron in PERSON_PRONOUNS:
                return person and not plural  # "he" is not "the fishermen"
            if pron in ("they", "we", "them", "us"):
                return plural or not person
            return not person  # "it": a body, a country, a document

        for d in same:
            if fits(d):
                return d
        if pron in PERSON_PRONOUNS:
            shown = self._person_shown_before(claim, done)
            if shown is not None:
                return shown
        for d in earlier:
            if fits(d):
                return d
        return same[0] if same else None

    def _person_shown_before(self, claim: RawClaim, done: Sequence[RawClaim]) -> RawClaim | None:
        """ "State television showed the wounded man, Firuz Odinaev, in hospital. He
        said...": with no person speaking earlier in the paragraph, "he" / "she" is the
        person the sentence before introduced as the object of its main verb."""
        doc = self.doc
        start = claim.sent_start
        if start <= 0:
            return None
        prev = doc[start - 1].sent
        if "\n" in self.text[doc[prev.end - 1].idx : doc[start].idx]:
            return None  # another paragraph
        obj = next(
            (c for c in prev.root.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")),
            None,
        )
        if obj is None or obj.tag_ in ("NNS", "NNPS"):
            return None
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.rights)
        if not (obj.lemma_.lower() in PERSON_NOUNS or (named and obj.pos_ == "NOUN")):
            return None
        i, j = source_range(obj)
        m = RawClaim.mention(
            (obj.idx, obj.idx + len(obj.text)),
            (i, j),
            obj.i,
            paragraph=claim.paragraph,
            sent_start=prev.start,
        )
        self._resolve(m, [d for d in done if d.cue_start < m.cue_start])
        if m.resolution == "unknown":
            m.resolution = "third"  # a person of the story, not a side's spokesman
        m.extra["person"] = True
        m.extra["plural"] = False
        return m

    def _person(self, claim: RawClaim) -> bool:
        # Worked out only when a pronoun needs an antecedent.
        if "person" not in claim.extra:
            person = _is_person(self.doc, claim, self._parse)
            claim.extra["person"] = person and not self._named_body(claim)
        return bool(claim.extra["person"])

    def _named_body(self, claim: RawClaim) -> bool:
        """A proper name that is a party's or a known body's name in full ("al Shabaab,
        which...said X. It said Y"), or one a relative "which" describes: not a person,
        however much it looks like a given name and a surname."""
        if claim.pronoun or claim.src_root is None:
            return False
        root = self.doc[claim.src_root]
        if root.pos_ != "PROPN":
            return False
        if any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in root.rights):
            return True
        name = [c for c in root.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        lo = min((c.left_edge.i for c in name), default=root.i)
        words = self._words(lo, root.i + 1)[0]
        if len(words) < 2:
            return False
        found = self.resolver.matches(words)
        return any(m.start == 0 and m.end == len(words) for m in found)

    def _plural(self, claim: RawClaim) -> bool:
        if "plural" not in claim.extra:
            claim.extra["plural"] = _is_plural(self.doc, claim)
        return bool(claim.extra["plural"])

    def _is_anaphor(self, root: Token, i: int, j: int) -> bool:
        p = self._parse
        # The article opens the phrase, not a complement of it: "a spokeswoman for the
        # command" is no "the spokeswoman" (the command is looked up by :meth:`_namesake`).
        det = any(p.lowers[k] in _DEFINITE_IDS for k in range(i, max(i + 1, root.i)))
        lemma = p.lemma(root.i)
        if not det or (lemma not in ANAPHOR_HEADS and lemma not in DOCUMENT_NOUNS):
            return False
        # "The Arakan Army" is a name of its own, not "the army" named before (but "The
        # National Bureau" is a description).
        named = any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in _NOT_NAMES
            for c in root.lefts
        )
        return not named and not _of_role(root)

    def _anaphor_antecedent(
        self, claim: RawClaim, head: str, done: Sequence[RawClaim]
    ) -> Resolution | None:
        """The party of the speaker a definite phrase refers back to, if any."""
        same, earlier = self._recent(done, claim, paragraphs=3)
        if head in DOCUMENT_NOUNS:
            # "The statement said...": the statement of the speaker just quoted.
            named = [d for d in same + earlier[:1] if d.resolution != "unknown"]
            # "The strike was precise, the statement said. About 15 insurgents were
            # killed, according to the statement": the statement that spoke just before
            # in the paragraph, not a subject inside the claim's own words.
            alike = [d for d in same if d.extra.get("head") == head and d.kind != "mention"]
            if alike and alike[0].resolution != "unknown":
                return _party_of(alike[0])
            return _party_of(named[0]) if named else None
        for d in same:
            if d.extra.get("head") == head and d.resolution != "unknown":
                return _party_of(d)
            if d.resolution != "unknown" and self._body_of_speaker(d, head):
                # "The ministry" after "A Libyan Interior Ministry spokesman": the body
                # the last speaker spoke for, not a ministry named further back.
                return _party_of(d)
        # "Turkey says the YBS is a branch of X. The group rejects that": a group is not
        # the state that spoke just before it (the non-state side is looked for below).
        if (
            (head in ROLE_NOUNS or head in ("group", "source"))
            and same
            and not (head in NON_STATE_BODIES and same[0].party in self.resolver.state_parties)
        ):
            return _party_of(same[0])
        topic = self._topic_named_before(claim, same)
        if (
            topic is not None
            and head in INSTITUTION_HEADS
            and not (head in STATE_ONLY_BODIES and self._non_state(topic))
        ):
            # "Baku gave a different picture. The ministry denied...": the side the
            # sentence before named as its subject, not a ministry of paragraphs before.
            return topic
        for d in earlier:
            if d.extra.get("head") == head and d.resolution != "unknown":
                return _party_of(d)
        bare = claim.src_tok is not None and claim.src_tok[1] - claim.src_tok[0] == 2
        if bare and (head in ROLE_NOUNS or head in INSTITUTION_HEADS):
            # "The undersecretary also accused..." paragraphs after "The interior
            # undersecretary told...", "the army said" long after "Sudan's army said":
            # every earlier speaker so called spoke for one side, so the bare title
            # still names it.
            sides = {
                (d.party, d.resolution)
                for d in done
                if d.cue_start < claim.cue_start
                and d.extra.get("head") == head
                and d.resolution not in ("unknown", "joint")
            }
            if len(sides) == 1:
                party, status = sides.pop()
                return Resolution(party, status)
        if head in NON_STATE_BODIES:
            # "The group denied..." after the insurgents and then the government spoke:
            # the nearest body that is not a state's (a rebel party, or an organisation
            # such as a rights group, which keeps its own "no party").
            for d in same + earlier:
                if d.party in self.resolver.state_parties or d.resolution == "unknown":
                    continue
                if d.party is not None:
                    return _party_of(d)
                if d.resolution == "third" and not (
                    self._person(d) or d.extra.get("head") in THIRD_PARTY_HEADS
                ):
                    return _party_of(d)
        if head in STATE_BODIES:
            for d in same + earlier[:1]:
                if d.party is not None:
                    if head in STATE_ONLY_BODIES and self._non_state(_party_of(d)):
                        # "the police said" after the rebels: the nearest state's police.
                        res = self._state_speaker(same + earlier)
                        return res if res.final else None
                    return _party_of(d)
        return None

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

    def _topic_named_before(self, claim: RawClaim, same: Sequence[RawClaim]) -> Resolution | None:
        """The party a sentence right before the claim's, in its paragraph, names as its
        subject without reporting anything ("Baku gave a different picture."): the side
        the next sentence's definite "the ministry" belongs to."""
        if not same or same[0].kind != "mention" or claim.sent_start == 0:
            return None
        m = same[0]
        if self.doc[claim.sent_start - 1].sent.start != m.sent_start:
            return None
        res = self.resolver.resolve_text(m.source)
        return res if res.status == "party" else None

    def _home_official(self, claim: RawClaim, root: Token, i: int, j: int) -> Resolution | None:
        """The dateline's party for "Defence Secretary Gilberto Reyes": a name with a
        title before it and nothing else (no article, possessor or apposition); the party
        of the place where the official speaks, if named ("told reporters in Rabat")."""
        if not self._titled_name(root, i, j):
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

    def _body_of_speaker(self, d: RawClaim, head: str) -> bool:
        """d's speaker is a role of a body named by ``head`` ("an Interior Ministry
        spokesman", "a spokesman for the ministry")."""
        if d.src_tok is None or d.src_root is None or d.extra.get("head") not in ROLE_NOUNS:
            return False
        doc = self.doc
        root = doc[d.src_root]
        for k in range(*d.src_tok):
            t = doc[k]
            if t.lemma_.lower() != head or k == root.i:
                continue
            if (t.dep_ == "compound" and t.head.i == root.i) or (
                t.dep_ == "pobj" and t.head.head.i == root.i
            ):
                return True
        return False

    def _pool(self, done: Sequence[RawClaim], claim: RawClaim) -> list[RawClaim]:
        """Earlier speakers of this and the three previous paragraphs, nearest first."""
        same, earlier = self._recent(done, claim, paragraphs=3)
        return same + earlier

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
        return bool(named) and all(t.dep_ == "amod" and t.pos_ == "ADJ" for t in named)

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
        ("X, a local rights group", "Y, a Cambodian advocacy group")."""
        for c in root.rights:
            if c.dep_ != "appos" or c.pos_ != "NOUN":
                continue
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            words, idx = self._words(lo, hi)
            levels = self._levels(idx, lo, hi, c.i)
            if not self._civil_society(levels, idx):
                continue
            res = self._resolve_words(words, levels, head_lemma=c.lemma_.lower())
            if res.status != "party" or self._civil_body_of_a_state(res, levels, idx):
                return True
        return False

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

        def based(k: int) -> bool:
            nxt = doc[k + 1 : k + 3]
            words = [t.lower_ for t in nxt]
            return words[:1] == ["based"] or words == ["-", "based"]

        return bool(named) and all(based(k) for k in named)

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

    def _regional_office(self, i: int, j: int) -> bool:
        p = self._parse
        return any(
            p.lowers[k] in _REGIONAL_IDS
            and p.deps[k] in (_AMOD, _COMPOUND)
            and p.lemma(p.heads[k]) in REGIONAL_ROLES
            for k in range(i, j)
        )

    @staticmethod
    def _has_possessor(root: Token) -> bool:
        return any(c.dep_ == "poss" for c in root.lefts)

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

    def _armed_group_phrase(self, i: int, j: int) -> bool:
        doc = self.doc
        return any(doc[k].lower_ in ARMED_GROUP_NOUNS for k in range(i, j))

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

    def _state_media(self, i: int, j: int) -> bool:
        """ "State media", "the state news agency SUNA", "state-run television"."""
        lowers, deps = self._parse.lowers, self._parse.deps
        return any(lowers[k] == _STATE and deps[k] != _POSS for k in range(i, j)) and any(
            lowers[k] in _MEDIA_IDS for k in range(i, j)
        )

    def _state_possessor(self, i: int, j: int) -> bool:
        p = self._parse
        return any(p.deps[k] == _POSS and p.lemma(k) in STATE_POSSESSORS for k in range(i, j))

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
        return UNKNOWN

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
                for d in self._pool(done, claim):
                    # (not "police from both countries": one spokesman has one side)
                    if d.extra.get("head") == lemma and d.resolution not in ("unknown", "joint"):
                        return _party_of(d)
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

    def _the_armed_side(
        self, levels: list[int], idx: list[int], *, demonyms: bool = False
    ) -> Resolution | None:
        """The only non-state party of a lexicon that has a state party, for a phrase
        whose core names an armed side ("insurgents", "militants", "guerrillas"). With
        ``demonyms``, a state's demonym on it ("a Chadian rebel group") says where the
        side is, not that it is another group."""
        states = self.resolver.state_parties
        others = self.resolver.non_state_parties
        if not states or len(others) != 1:
            return None
        doc = self.doc
        armed = [
            doc[k]
            for k, lv in zip(idx, levels, strict=True)
            if lv == 0 and doc[k].lower_ in ARMED_SIDE_NOUNS
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
        return bool(names & SECURITY_NAME_WORDS) and bool(names & SECURITY_BODY_WORDS)

    def _the_company(self, root: Token, i: int, j: int) -> Resolution | None:
        """The only party whose name marks a business ("Kasompe Mining Ltd"), for a
        phrase with no name of its own that is a company, or its people: "the company",
        "the firm's chief executive", "company engineers"."""
        doc = self.doc
        company = self._parse.lemma(root.i) in BUSINESS_NOUNS or any(
            c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in COMMERCIAL_BODIES
            for c in root.lefts
        )
        if not company:
            return None
        if any(
            doc[k].pos_ == "PROPN"
            and doc[k].lower_ not in COMMERCIAL_BODIES
            # "A Chilean lithium producer": a country's name says where, not who
            and self._resolve_words([doc[k].text]).status != "third"
            for k in range(i, j)
        ):
            return None
        businesses = self._business_parties()
        return Resolution(businesses[0], "party") if len(businesses) == 1 else None

    def _business_parties(self) -> list[str]:
        """The parties whose name marks a business ("Kasompe Mining Ltd"), or, failing
        that, that the text describes as one in an apposition ("The mine's operator,
        Ulaan Khad Copper", "Ulaan Khad Copper, a copper miner"). Worked out once."""
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
        self._businesses = found
        return found

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

    def _possessor_anaphor(self, i: int, j: int) -> bool:
        """ "The region's", "the group's" (not a named one: "The Kurdistan Regional
        Government's interior ministry" is that government's, not the last speaker's)."""
        doc = self.doc
        p = self._parse
        return any(
            p.deps[k] == _POSS
            and p.lemma(k) in POSSESSOR_ANAPHORS
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
            if p.deps[k] != _POSS or p.lemma(k) not in POSSESSOR_ANAPHORS:
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

    def _previous_subject(self, i: int, done: Sequence[RawClaim]) -> Resolution | None:
        """The party of the subject of the sentence before token i, in its paragraph.
        A subject inside what a body is reported to say ("According to the coast guard,
        the other vessel had intruded. Its spokesman said...") is not the possessor: the
        body that said it is."""
        doc = self.doc
        start = doc[i].sent.start
        if start == 0 or "\n\n" in self.text[doc[start - 1].idx : doc[start].idx]:
            return None
        prev = doc[start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head == prev.root:
                for d in reversed(done):
                    if d.start <= t.idx < d.end and prev.start_char <= d.cue_start < prev.end_char:
                        return Resolution(d.party, d.resolution)
                sub = list(t.subtree)
                s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                return self.resolver.resolve_text(self.text[s:e])
        return None

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
                or not (k == root or (p.deps[k] == _POBJ and p.lowers[p.heads[k]] in _FOR_OF_AT))
            ):
                continue
            t = doc[k]
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts):
                continue
            res = self._earlier_named(t)
            if res.final:
                return res
        return UNKNOWN

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
            return None
        lo = min(c.left_edge.i for c in mods)
        words, idx = self._words(lo, k + 1)
        return self._resolve_words(words, self._levels(idx, lo, k + 1, k)), words

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

    @staticmethod
    def _role_of_civil_place(root: Token) -> bool:
        """A role of a hospital, school or boat ("the director of the general hospital",
        "the boat's captain")."""
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
        for p in role.rights:
            if owner is None and p.dep_ == "prep" and p.lower_ == "of":
                owner = next((g for g in p.children if g.dep_ == "pobj"), None)
        if owner is None:
            return False
        lemma = owner.lemma_.lower()
        if lemma in CIVIL_CRAFT:
            # "the boat's captain", not "the patrol boat's captain".
            return not any(c.lower_ in STATE_CRAFT_WORDS for c in owner.lefts)
        return lemma in CIVIL_PLACES

    def _non_state_named_before(self, root: Token) -> Resolution:
        doc = self.doc
        for k in range(root.i - 1, max(-1, root.i - 40), -1):
            if doc[k].is_space and "\n" in doc[k].text:
                break  # the headline's line only
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
            if (
                body is not None
                and body.pos_ == "PROPN"
                and any(g.lower_ == "the" for g in body.lefts)
                and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in body.lefts)
            ):
                return True
        return False

    def _has_role(self, doc: Doc, i: int, j: int) -> bool:
        """A role word of the phrase, not one that only names a body ("The General
        Staff" is a body, not a general)."""
        p = self._parse
        return any(
            p.lemma(k) in ROLE_NOUNS
            and not (p.deps[k] in (_COMPOUND, _AMOD) and p.lemma(p.heads[k]) in ORG_WORDS)
            for k in range(i, j)
        )

    def _state_speaker(self, pool: Sequence[RawClaim]) -> Resolution:
        """The party of the nearest speaker for a state, or the lexicon's only state."""
        states = self.resolver.state_parties
        d = self._state_claim(pool)
        if d is not None:
            return Resolution(d.party, d.resolution)
        if len(states) == 1:
            return Resolution(next(iter(states)), "party")
        return UNKNOWN

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
                party = self.institutions[lemma]
                return Resolution(party, "party" if party else "third")
        return Resolution(None, "unknown")

    def _remember(self, root: Token, i: int, j: int, res: Resolution) -> None:
        if res.status not in ("party", "source", "third") or (i, j) in self._remembered:
            return
        self._remembered.add((i, j))
        p = self._parse
        lemma = p.lemma(root.i)
        if lemma in INSTITUTION_HEADS:
            self.institutions[lemma] = res.party
        for k in [*range(i, j), *self._given_name(root)]:
            if p.pos[k] != PROPN or p.lowers[k] in _NOT_NAME_IDS:
                continue
            text = p.text(k)
            if text[:1].isupper() and p.lemma(k) not in ANAPHOR_HEADS:
                self.names[text] = res.party

    def _given_name(self, root: Token) -> list[int]:
        """The name in "a commander, who gave his name as Zemene," (outside the source
        phrase, which stops at the relative clause): "According to Zemene" later."""
        for c in root.rights:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("give", "name", "identify"):
                return [t.i for t in c.subtree if t.pos_ == "PROPN"]
        return []
