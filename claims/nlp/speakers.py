"""Who speaks: pronoun and anaphor carry-over, and the party of each source.

Works document by document over the claims the attribution rules found, in text order,
so that "They maintain that..." takes the previous speaker of the paragraph and
"the ministry" takes the party of the ministry named earlier.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from .attribution import RawClaim
from .lexicon import PartyResolver, Resolution
from .wordlists import wordset

# Heads that name a role rather than a body: "a military spokesman" speaks for whoever
# the paragraph's previous speaker spoke for, unless the phrase names a party itself.
ROLE_NOUNS = wordset(
    "spokesman spokeswoman spokesperson official officer commander minister governor "
    "president premier mayor source ambassador envoy general colonel chief adviser advisor "
    "aide representative secretary head director deputy lieutenant major captain admiral "
    "marshal"
)
# Definite phrases that refer back ("the ministry said", "the group said").
ANAPHOR_HEADS = ROLE_NOUNS | wordset(
    "ministry group agency company army military government office service department "
    "authority authorities forces force committee council militia fleet navy coast "
    "guard operator"
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
    "institute center centre foundation bureau authority authorities"
)
# Bodies of a state: "the armed forces said" speaks for the state of the story's speaker.
STATE_BODIES = wordset(
    "forces force army military ministry government authorities authority navy guard police"
)
# "The region's security committee", "the group's political office": the possessor refers
# back to the side named before, so the body speaks for it.
POSSESSOR_ANAPHORS = wordset(
    "region group country movement territory republic enclave rebel militia government "
    "state administration province side organisation organization party authority"
)
PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_CORE_DEPS = wordset(
    "compound amod poss appos conj nmod nummod det cc punct npadvmod case quantmod advmod flat nn"
)


def word_levels(doc: Doc, i: int, j: int, root: int) -> list[int]:
    """0 for words in the core of the phrase, 1 + n for words under n prepositions."""
    return _levels(doc, range(i, j), i, j, root)


def _levels(doc: Doc, tokens: Iterable[int], i: int, j: int, root: int) -> list[int]:
    """:func:`word_levels` of the given tokens of the phrase ``i:j`` only."""
    levels: list[int] = []
    for k in tokens:
        t = doc[k]
        lv = 0
        steps = 0
        ti = k
        while ti != root and i <= ti < j and steps < 20:
            if t.dep_ not in _CORE_DEPS:
                lv += 1
            t = t.head
            ti = t.i
            steps += 1
        levels.append(lv)
    return levels


def _words(doc: Doc, original: str, i: int, j: int) -> tuple[list[str], list[int]]:
    words: list[str] = []
    idx: list[int] = []
    for k in range(i, j):
        t = doc[k]
        text = t.text
        if t.is_space or t.tag_ == "POS" or (t.is_punct and text != "&"):
            continue
        start = t.idx
        words.append(original[start : start + len(text)])
        idx.append(k)
    return words, idx


def _is_person(doc: Doc, claim: RawClaim) -> bool:
    if claim.pronoun:
        return claim.pronoun in PERSON_PRONOUNS
    if claim.src_root is None or claim.src_tok is None:
        return False
    root = doc[claim.src_root]
    if root.lemma_.lower() in ROLE_NOUNS:
        return True
    i, j = claim.src_tok
    words = {doc[k].lower_ for k in range(i, j)}
    if root.lower_ in ORG_WORDS or (words & ORG_WORDS and not words & ROLE_NOUNS):
        return False
    propn = [t for t in doc[i:j] if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat")]
    return root.pos_ == "PROPN" and (bool(propn) or bool(words & ROLE_NOUNS))


def _is_plural(doc: Doc, claim: RawClaim) -> bool:
    if claim.pronoun:
        return claim.pronoun in ("they", "we", "them", "us")
    if claim.src_root is None:
        return False
    root = doc[claim.src_root]
    return root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children)


class SpeakerResolver:
    def __init__(self, doc: Doc, original: str, resolver: PartyResolver) -> None:
        self.doc = doc
        self.text = original
        self.resolver = resolver
        self.institutions: dict[str, str | None] = {}  # head lemma -> party
        self._direct: dict[tuple[int, int, int], tuple[Resolution, list[int], list[int]]] = {}
        self._remembered: set[tuple[int, int]] = set()
        self._by_words: dict[tuple[tuple[str, ...], tuple[int, ...], str], Resolution] = {}
        self.names: dict[str, str | None] = {}  # proper name word -> party

    def run(
        self,
        claims: Sequence[RawClaim],
        mentions: Callable[[], Sequence[RawClaim]] = lambda: (),
    ) -> list[RawClaim]:
        """Resolve claims in text order; ``mentions`` (subjects that say nothing) only
        serve as antecedents, are built and resolved on first need, and are not returned."""
        done: list[RawClaim] = []
        self._cues = {c.cue_start for c in claims}
        self._make_mentions = mentions
        self._mention_list: list[RawClaim] | None = None
        self._mention_paragraphs: list[int] = []
        self._mention_state: dict[int, bool] = {}
        for c in sorted(claims, key=lambda c: c.cue_start):
            if self._resolve(c, done):
                done.append(c)
        return sorted(done, key=lambda c: c.start)

    # --- helpers -------------------------------------------------------------------------
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
                if m.paragraph <= claim.paragraph and self._mention_ok(m, done):
                    pool.append(m)
        pool.sort(key=lambda d: d.cue_start, reverse=True)
        same = [d for d in pool if d.paragraph == claim.paragraph]
        earlier = [d for d in pool if d.paragraph < claim.paragraph]
        return same, earlier

    def _all_mentions(self) -> list[RawClaim]:
        if self._mention_list is None:
            made = getattr(self, "_make_mentions", lambda: ())()
            self._mention_list = sorted(
                (m for m in made if m.cue_start not in self._cues), key=lambda m: m.cue_start
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
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        claim.source = self.text[s:e]
        claim.source_start, claim.source_end = s, e
        root = doc[claim.src_root]
        head = root.lemma_.lower()
        claim.extra["head"] = head
        # Several cues often share one subject ("said..., accusing..."): resolve it once.
        key = (i, j, claim.src_root)
        cached = self._direct.get(key)
        if cached is None:
            words, idx = _words(doc, self.text, i, j)
            lv = _levels(doc, idx, i, j, claim.src_root)
            # The same phrase at another place of the article ("the ministry") resolves
            # the same way: resolve_words depends on the words, levels and head only.
            wkey = (tuple(words), tuple(lv), head)
            res0 = self._by_words.get(wkey)
            if res0 is None:
                res0 = self.resolver.resolve_words(words, lv, head_lemma=head)
                self._by_words[wkey] = res0
            cached = (res0, lv, idx)
            self._direct[key] = cached
        res, lv, idx = cached
        if not res.final and self._is_anaphor(root, i, j):
            ante = self._anaphor_antecedent(claim, head, done)
            if ante is not None:
                res = Resolution(ante.party, ante.resolution)
        if not res.final and self._possessor_anaphor(i, j):
            same, earlier = self._recent(done, claim)
            named = [d for d in same + earlier[:1] if d.party is not None]
            if named:
                res = Resolution(named[0].party, named[0].resolution)
                claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final:
            res = self._from_memory(root, i, j, lv, idx)
        if not res.final and doc[i].lower_ in ("its", "their"):
            # "Its spokesman" after "The Western Theatre Command of the PLA gave a
            # different version": the possessor is the previous sentence's subject.
            prev = self._previous_subject(i)
            if prev is not None and prev.final:
                res = prev
                claim.confidence = round(claim.confidence * 0.85, 3)
        if not res.final and self._has_role(doc, i, j):
            same, earlier = self._recent(done, claim)
            pool = same or earlier[:1]
            if pool:
                res = Resolution(pool[0].party, pool[0].resolution)
                claim.confidence = round(claim.confidence * 0.85, 3)
        claim.party = res.party
        claim.resolution = res.status
        self._remember(root, i, j, res)
        return True

    def _antecedent(self, claim: RawClaim, done: Sequence[RawClaim]) -> RawClaim | None:
        same, earlier = self._recent(done, claim)
        pron = claim.pronoun or ""

        def fits(d: RawClaim) -> bool:
            person = self._person(d)
            plural = self._plural(d)
            if pron in PERSON_PRONOUNS:
                return person
            if pron in ("they", "we", "them", "us"):
                return plural or not person
            return not person  # "it": a body, a country, a document

        for pool in (same, earlier):
            for d in pool:
                if fits(d):
                    return d
        return same[0] if same else None

    def _person(self, claim: RawClaim) -> bool:
        # Worked out only when a pronoun needs an antecedent.
        if "person" not in claim.extra:
            claim.extra["person"] = _is_person(self.doc, claim)
        return bool(claim.extra["person"])

    def _plural(self, claim: RawClaim) -> bool:
        if "plural" not in claim.extra:
            claim.extra["plural"] = _is_plural(self.doc, claim)
        return bool(claim.extra["plural"])

    def _is_anaphor(self, root: Token, i: int, j: int) -> bool:
        doc = self.doc
        det = any(doc[k].lower_ in ("the", "this", "that") for k in range(i, j))
        return det and root.lemma_.lower() in ANAPHOR_HEADS

    def _anaphor_antecedent(
        self, claim: RawClaim, head: str, done: Sequence[RawClaim]
    ) -> RawClaim | None:
        same, earlier = self._recent(done, claim, paragraphs=3)
        for d in same:
            if d.extra.get("head") == head and d.resolution != "unknown":
                return d
        if (head in ROLE_NOUNS or head in ("group", "source")) and same:
            return same[0]
        for d in earlier:
            if d.extra.get("head") == head and d.resolution != "unknown":
                return d
        if head in STATE_BODIES:
            for d in same + earlier[:1]:
                if d.party is not None:
                    return d
        return None

    def _possessor_anaphor(self, i: int, j: int) -> bool:
        doc = self.doc
        return any(
            doc[k].dep_ == "poss"
            and doc[k].lemma_.lower() in POSSESSOR_ANAPHORS
            and any(c.lower_ in ("the", "this", "that") for c in doc[k].children)
            for k in range(i, j)
        )

    def _previous_subject(self, i: int) -> Resolution | None:
        """The party of the subject of the sentence before token i, in its paragraph."""
        doc = self.doc
        start = doc[i].sent.start
        if start == 0 or "\n\n" in self.text[doc[start - 1].idx : doc[start].idx]:
            return None
        prev = doc[start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head == prev.root:
                sub = list(t.subtree)
                s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                return self.resolver.resolve_text(self.text[s:e])
        return None

    def _has_role(self, doc: Doc, i: int, j: int) -> bool:
        return any(doc[k].lemma_.lower() in ROLE_NOUNS for k in range(i, j))

    def _from_memory(
        self, root: Token, i: int, j: int, levels: list[int], idx: list[int]
    ) -> Resolution:
        doc = self.doc
        for k, lv in zip(idx, levels, strict=True):
            t = doc[k]
            if lv:
                continue
            if t.pos_ == "PROPN" and t.text in self.names:
                party = self.names[t.text]
                return Resolution(party, "party" if party else "third")
        for k, lv in zip(idx, levels, strict=True):
            if lv:
                continue
            lemma = doc[k].lemma_.lower()
            if lemma in self.institutions and (k == root.i or doc[k].dep_ in ("compound", "poss")):
                party = self.institutions[lemma]
                return Resolution(party, "party" if party else "third")
        return Resolution(None, "unknown")

    def _remember(self, root: Token, i: int, j: int, res: Resolution) -> None:
        if res.status not in ("party", "source", "third") or (i, j) in self._remembered:
            return
        self._remembered.add((i, j))
        doc = self.doc
        lemma = root.lemma_.lower()
        if lemma in INSTITUTION_HEADS:
            self.institutions[lemma] = res.party
        for k in range(i, j):
            t = doc[k]
            if (
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and t.lower_ not in _NOT_NAMES
                and t.lemma_.lower() not in ANAPHOR_HEADS
            ):
                self.names[t.text] = res.party
