"""Carry-over: the earlier speaker a pronoun, an anaphor or a bare rejection refers to.

`_recent` (earlier speakers and subjects of main clauses, nearest first; mentions resolved
on first use), `_antecedent` (of a pronoun: person, plural), `_anaphor_antecedent` (of a
definite phrase: "the ministry", "the statement", "the group"), the subject or topic of the
sentence before, the other side of a rejected accusation, "each other".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Token

from ..attribution import ACCUSE_VERBS, DENY_VERBS, DOCUMENT_NOUNS, RawClaim, source_range
from ..lexicon import THIRD_PARTY_HEADS, Resolution
from .phrases import _is_person, _is_plural, _of_role, _party_of
from .states import StateRules
from .words import (
    _DEFINITE_IDS,
    _NOT_NAMES,
    ANAPHOR_HEADS,
    ARMED_STATE_BODIES,
    BARE_CHARGES,
    INSTITUTION_HEADS,
    NON_STATE_BODIES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    STATE_BODIES,
    STATE_ONLY_BODIES,
)


class AntecedentRules(StateRules):
    """The earlier speakers a pronoun, an anaphor or a rejection refers back to."""

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

    def _issuer_of(self, noun: str, recent: Sequence[RawClaim]) -> RawClaim | None:
        """The nearest speaker who spoke in a sentence naming the document ("In a
        protest note..., the ministry said"), if resolved."""
        doc = self.doc
        for d in recent:
            if d.kind == "mention" or d.resolution == "unknown":
                continue
            if any(t.lemma_.lower() == noun for t in doc[d.sent_start].sent):
                return d
        return None

    def _named_alike(
        self, claim: RawClaim, head: str, recent: Sequence[RawClaim]
    ) -> RawClaim | None:
        """The nearest speaker with the same head whose phrase has every word that
        qualifies the definite phrase's head ("the Foreign Ministry": "Mexico's Foreign
        Ministry", not "Guatemala's Defence Ministry"); None for a bare "the ministry"."""
        if claim.src_root is None:
            return None
        qualifiers = {
            c.lower_
            for c in self.doc[claim.src_root].lefts
            if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ", "NOUN")
        }
        if not qualifiers:
            return None
        for d in recent:
            if d.extra.get("head") != head or d.resolution == "unknown" or not d.source:
                continue
            if qualifiers <= set(d.source.lower().split()):
                return d
        return None

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
            issuer = self._issuer_of(head, same + earlier)
            if issuer is not None:
                # "In a protest note handed to the Russian ambassador, the Foreign Ministry
                # said X. The flotilla had announced drills. The note described...": who
                # issued the note, not the subject just named
                return _party_of(issuer)
            return _party_of(named[0]) if named else None
        if head == "ministry" and claim.cue_start > claim.end:
            # "Timor-Leste's foreign minister summoned the ambassador, the ministry said":
            # the ministry of the minister its words are about.
            minister = self._minister_reported(claim)
            if minister is not None:
                return minister
        named_alike = self._named_alike(claim, head, same + earlier)
        if named_alike is not None:
            # "the Foreign Ministry said" after "Mexico's Foreign Ministry accused..., while
            # Guatemala's Defence Ministry said...": the ministry of the same name, not the
            # nearest ministry.
            return _party_of(named_alike)
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
                    only_a_state = head in STATE_ONLY_BODIES or (
                        # "The Internal Security Forces" after the bank spoke, no state
                        # among the sides: no company's or union's forces
                        not self.resolver.state_parties and head in ARMED_STATE_BODIES
                    )
                    if only_a_state and d.party not in self.resolver.state_parties:
                        # "the police said" after the rebels: the nearest state's police
                        # (and none of a company's or a union's, with no state among the
                        # sides: "The Ministry of Labor said" after the firm spoke).
                        res = self._state_speaker(same + earlier)
                        return res if res.final else None
                    return _party_of(d)
        return None

    def _minister_reported(self, claim: RawClaim) -> Resolution | None:
        """The party of the minister that is the subject of the claim's words, named with
        a possessor or a demonym ("Timor-Leste's foreign minister")."""
        doc = self.doc
        for k in range(claim.tok_start, min(claim.tok_end, claim.tok_start + 6)):
            t = doc[k]
            if t.lemma_.lower() != "minister" or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            lo = t.left_edge.i
            res = self._resolve_words(self._words(lo, t.i + 1)[0])
            return res if res.status == "party" else None
        return None

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
                    if d.src_root == t.i and d.resolution != "unknown":
                        # "The association rejected that description. Its members...": the
                        # speaker, as resolved ("the association" named before)
                        return Resolution(d.party, d.resolution)
                # (without its relative clause: "Seman Oil, which operates wells under a
                # concession from the Albanian state, gave a different picture")
                cut: set[int] = set()
                for c in t.rights:
                    if c.dep_ in ("relcl", "acl"):
                        cut.update(range(c.left_edge.i, c.right_edge.i + 1))
                sub = [g for g in t.subtree if g.i not in cut]
                if cut:
                    return self.resolver.resolve_text(" ".join(g.text for g in sub))
                s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                return self.resolver.resolve_text(self.text[s:e])
        return None
