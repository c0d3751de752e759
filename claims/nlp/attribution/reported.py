"""The clause a cue verb reports, when the parser hangs it wrong, and where it ends.

Helpers of `_verb`: the clause read as the cue's object (`_clause_read_as_object`,
`_stray_clause_of_object`; "said X and that Y": `_that_conjunct`, `_object_before_and_that`),
its subject read as the object or a relative clause, a that-clause hung on a passive's agent
(`_clause_of_agent`); its end (`_clause_tail`, `_elided_perfect_tail`), without the speaker's
acts before the press, a leading day or the speaker's evidence (`_without_evidence`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _count_with_state, _counted_partitive, _that_clause
from .cues import (
    EVIDENCE_PARTICIPLES,
    GLOSS_NOUNS,
    NOUN_OF_CUES,
    PARTITIVE_WORDS,
    PRESS_WORDS,
    SPEAKER_ACTS,
    WEEKDAYS,
)
from .rules import _Rules
from .spans import _first_child, subtree_range
from .subjects import _agent


class ReportedClauseRules(_Rules):
    """Helpers of ``_verb``: the start and end of the clause a cue verb reports."""

    @staticmethod
    def _stray_clause_of_object(cue: Token, obj: Token) -> Token | None:
        """ "with X alleging the boat had been deliberately rammed": the parser takes "the
        boat" as the cue's object and hangs the rest of the clause, with no subject of its
        own, on the main verb. The clause that opens right after the object continues it."""
        if obj.dep_ != "dobj":
            return None
        clause_deps = ("ccomp", "advcl", "conj")
        nxt = obj.right_edge.i + 1
        doc = cue.doc
        if nxt >= len(doc):
            return None
        verb = doc[nxt] if doc[nxt].dep_ in clause_deps else doc[nxt].head
        if (
            verb.dep_ not in clause_deps
            or doc[nxt].tag_ not in ("VBD", "VBZ", "VBP", "MD")  # a finite verb opens it
            or verb.head.i == cue.i
            or verb.i < nxt
            or verb.left_edge.i != nxt
            or verb.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.lefts)
        ):
            return None
        return verb

    def _clause_read_as_object(self, cue: Token) -> Token | None:
        """The object of "said" when it holds a finite or past-participle verb that the
        parser read as a modifier: "said the building stored rockets", "said fragments
        recovered at the site matched shells". "Said nothing" or "said a prayer" has none."""
        obj = self.ix.first_child(cue, ("dobj", "dep"))
        if obj is not None and obj.i > cue.i and _count_with_state(obj):
            return obj  # a headline's "Workers Say One Dead": "one (is) dead"
        if obj is not None and obj.dep_ != "dobj":
            obj = self.ix.first_child(cue, ("dobj",))
        # (a number too: the headline's "says 14 killed in strike")
        if obj is None or obj.i < cue.i or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        lo, hi = subtree_range(obj)
        if hi - lo < 3:
            return None
        doc = cue.doc
        if any(
            doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP") and doc[k].dep_ in ("amod", "acl")
            for k in range(lo, hi)
        ):
            return obj
        return None

    def _object_before_and_that(self, cue: Token, ccomp: Token, lo: int) -> int:
        """ "said fragments recovered at the site matched X and that Y": the first
        clause, read as the cue's object, joins the that-clause it is coordinated with."""
        doc = self.doc
        if lo < 2 or doc[lo].lower_ != "that" or doc[lo - 1].lower_ != "and":
            return lo
        for c, dep in self.ix.rights(cue):
            if dep == "dobj" and c.i < lo and c.right_edge.i in (lo - 1, lo - 2):
                return c.left_edge.i
        return lo

    def _subject_read_as_object(self, cue: Token, clause: Token, lo: int) -> int:
        """ "said border video of the incident, released on Tuesday, showed only a
        camera": the clause's subject read as the cue's object, its verb as a clause with
        no subject of its own."""
        if cue.lemma_.lower() == "tell" or lo != clause.left_edge.i or clause.i != lo:
            return lo
        if any(dep in ("nsubj", "nsubjpass", "expl", "mark") for _, dep in self.ix.lefts(clause)):
            return lo
        for c, dep in self.ix.rights(cue):
            if (
                dep == "dobj"
                and cue.i < c.i < lo
                and c.left_edge.i == cue.i + 1
                # ("insisted the dead were villagers": an adjective for the people)
                and (
                    c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "ADJ" and c.left_edge.lower_ == "the")
                )
                and c.lower_ not in PRESS_WORDS
                and self._only_commas_and_participles(cue, c.right_edge.i + 1, lo)
            ):
                return c.left_edge.i
        return lo

    def _only_commas_and_participles(self, cue: Token, i: int, j: int) -> bool:
        """Tokens i..j are commas and participle phrases of the cue (", released on
        Friday,"), which the parser hangs on the cue instead of the noun before them."""
        doc = self.doc
        spans = {
            c.i: c.right_edge.i
            for c, dep in self.ix.rights(cue)
            if dep in ("advcl", "acl") and c.tag_ == "VBN" and c.left_edge.i == c.i
        }
        k = i
        while k < j:
            if doc[k].text == ",":
                k += 1
            elif k in spans and doc[k - 1].text == ",":
                k = spans[k] + 1
            else:
                return False
        return True

    def _subject_read_as_relative(self, cue: Token, clause: Token, lo: int) -> int:
        """ "told a news conference that fighters loyal to X had carried away Y": the
        parser reads "that fighters loyal to X" as a relative clause of the cue's object
        and leaves the reported clause without its subject. The subject starts after
        "that"."""
        doc = self.doc
        # (The "that" stands between the object after the cue and the clause.)
        if lo < 2 or not self.ix.has("that", cue.i + 2, lo):
            return lo
        if any(dep in ("nsubj", "nsubjpass", "expl") for _, dep in self.ix.lefts(clause)):
            return lo
        t = doc[lo - 1]
        for _ in range(6):
            if t.dep_ == "relcl" or t.head.i == t.i:
                break
            t = t.head
        if (
            t.dep_ != "relcl"
            or t.right_edge.i != lo - 1
            or t.head.dep_ not in ("dobj", "pobj")
            or doc[t.left_edge.i].lower_ != "that"
            or not t.head.i < t.left_edge.i
            or not cue.i < t.head.i
        ):
            return lo
        return t.left_edge.i + 1

    def _without_press_act(self, clause: Token, hi: int) -> int:
        """ "said X were professionals and showed reporters photographs": a verb with no
        subject of its own, coordinated with the reported clause, that the speaker did
        before the press is no part of what was said."""
        doc = self.doc
        for c, dep in self.ix.rights(clause):
            if (
                dep == "conj"
                and c.pos_ == "VERB"
                and c.i < hi
                and doc[c.i - 1].dep_ == "cc"
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and (
                    any(doc[k].lower_ in PRESS_WORDS for k in range(c.i + 1, min(c.i + 3, hi)))
                    # "said X had killed 31 civilians, and vowed to hunt down those
                    # responsible": a promise or warning is the speaker's own act.
                    or c.lemma_.lower() in SPEAKER_ACTS
                )
            ):
                return c.i - 1
        return hi

    def _without_leading_day(self, clause: Token, lo: int) -> int:
        """ "said on Wednesday it had struck X": the day is when it was said, though the
        parser hangs it on the reported verb (before that verb's subject)."""
        first = self.doc[lo]
        if first.dep_ != "prep" or first.head.i != clause.i or first.lower_ != "on":
            return lo
        pobj = _first_child(first, ("pobj",))
        subj = _first_child(clause, ("nsubj", "nsubjpass"))
        if pobj is None or pobj.lower_ not in WEEKDAYS or subj is None or subj.i < first.i:
            return lo
        return first.right_edge.i + 1

    def _that_conjunct(self, cue: Token) -> Token | None:
        """ "said X and that Y" with "that Y" read as a conjunct of the cue (and X as its
        object): the that-clause, which :meth:`_object_before_and_that` joins to X."""
        if self.ix.first_child(cue, ("dobj",)) is None:
            return None
        for c, dep in self.ix.rights(cue):
            if (
                dep == "conj"
                and c.left_edge.i > 1
                and c.doc[c.left_edge.i].lower_ == "that"
                and c.doc[c.left_edge.i - 1].lower_ == "and"
                and any(m.dep_ == "mark" for m in c.lefts)
                and not any(m.dep_ == "nsubj" and m.i < c.left_edge.i for m in c.lefts)
            ):
                return c
        return None

    def _clause_tail(self, cue: Token, hi: int) -> int:
        """Where a reported clause ends once the words the parser hung on the cue are
        given back: "said 11 people had died, among them six herders", "said 31 villagers
        had been killed, none of them fighters", "said most of the 14 wounded brought there
        had gunshot wounds" (a second clause of the cue right after the first), and
        before the cue: "Four bodies have been recovered, two of them German tourists, and
        three people are still missing, he said"."""
        doc = self.doc
        for c, dep in (*self.ix.lefts(cue), *self.ix.rights(cue)):
            if c.i < hi or c.is_punct:
                continue
            lo = c.left_edge.i
            if lo < hi or any(doc[k].text != "," for k in range(hi, lo)):
                break  # not adjacent: an adverbial of the cue, or ", and warned..."
            if (
                dep == "ccomp"
                or (dep in ("prep", "dep", "npadvmod") and doc[lo].lower_ in PARTITIVE_WORDS)
                or (dep in ("advcl", "dep", "npadvmod", "appos") and _counted_partitive(doc, lo))
                or self._participle_tail(c)
            ):
                hi = c.right_edge.i + 1
            elif dep == "cc" and c.lower_ == "and" and self._backshifted_conjunct(cue, c):
                # "told X that he had been grazing his flock, and had nothing to do with
                # any group": a subjectless "had" / "was" goes on with what was said.
                conj = next(g for g in cue.rights if g.dep_ == "conj" and g.i > c.i)
                return conj.right_edge.i + 1
            elif dep == "cc" and c.lower_ == "and":
                # "said 14 people were hurt, two of them seriously, and that all were
                # rescued": the second that-clause read as a conjunct of the cue goes on
                # with the first (one claim, as "said A and that B" is elsewhere).
                second = next((g for g in cue.rights if g.dep_ == "conj" and g.i > c.i), None)
                if second is not None and second.left_edge.i == c.i + 1 and _that_clause(second):
                    return second.right_edge.i + 1
                break
            else:
                break
        return hi

    def _elided_perfect_tail(self, cue: Token, clause: Token, hi: int) -> int:
        """ "said guards had detained the group, driven them south and ordered them to
        walk": the participles after the comma share the reported clause's "had"; the
        parser makes the first of them the head of the sentence, cue and all."""
        doc = self.doc
        if not self.ix.has(",", hi - 1, hi + 1):
            return hi  # no comma closing the clause (see below)
        if clause.tag_ != "VBN" or not any(
            dep == "aux" and a.lower_ in ("had", "have", "has") for a, dep in self.ix.lefts(clause)
        ):
            return hi
        k = hi
        while k < len(doc) and doc[k].text == ",":
            k += 1
        if k >= len(doc) or doc[k - 1].text != ",":
            return hi
        v = doc[k]
        if (
            v.tag_ in ("VBN", "VBD")  # "driven" is often tagged as a past tense
            and v.left_edge.i < cue.i  # the cue's clause hangs on it
            and v.dep_ in ("ROOT", "conj")
            and not any(
                c.dep_ in ("aux", "auxpass")
                # the speaker read as its subject: "A man who gave his name as X said..."
                or (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and not c.left_edge.i <= cue.i <= c.right_edge.i
                )
                for c in v.children
            )
        ):
            return v.right_edge.i + 1
        return hi

    @staticmethod
    def _backshifted_conjunct(cue: Token, cc: Token) -> bool:
        conj = next((g for g in cue.rights if g.dep_ == "conj" and g.i > cc.i), None)
        return (
            conj is not None
            and conj.left_edge.i == cc.i + 1
            and conj.i == cc.i + 1
            and conj.tag_ == "VBD"
            and conj.lemma_.lower() in ("have", "be")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children)
        )

    @staticmethod
    def _participle_tail(c: Token) -> bool:
        """ "said the jets had hit hideouts of the group, used to plan an attack on Y": a
        past participle with no subject of its own, opening right after the comma, is a
        reduced relative of the reported clause, not something the speaker did."""
        return (
            c.dep_ in ("xcomp", "advcl", "acl")
            and c.tag_ in ("VBN", "VBD")
            and c.left_edge.i == c.i
            and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in c.lefts)
        )

    def _clause_of_agent(self, cue: Token) -> tuple[int, int] | None:
        """ "It was alleged by the Algerian presidency that X": the parser may hang the
        that-clause on the agent, as a relative clause of "presidency"."""
        subj = self.ix.first_child(cue, ("nsubjpass",))
        agent = _agent(cue, self.ix)
        if subj is None or subj.lower_ != "it" or agent is None:
            return None
        for c in agent.rights:
            that = c.left_edge
            if c.dep_ in ("relcl", "acl") and that.lower_ == "that" and that.i == agent.i + 1:
                return that.i + 1, c.right_edge.i + 1
        return None

    def _without_evidence(self, clause: Token) -> tuple[int, int]:
        """The reported clause without a trailing ", pointing to X" / ", citing X": the
        speaker's evidence (its subject is the speaker), which the parser often hangs
        on the reported verb."""
        lo, hi = subtree_range(clause)
        if lo > 0 and not self.ix.has(",", lo - 1, hi):
            return lo, hi  # each cut below opens after a comma
        for c, dep in self.ix.rights(clause):
            if (
                dep == "advcl"
                and c.tag_ == "VBG"
                and c.lemma_.lower() in EVIDENCE_PARTICIPLES
                and self.doc[c.i - 1].text == ","
                and c.right_edge.i + 1 >= hi
            ):
                # A cue inside the evidence ("pointing to what he said were...") is no
                # claim of its own: remember where the evidence lies for _clean.
                self._asides.append(self.ix.chars(c.i, hi))
                return lo, c.i - 1
            if (
                c.dep_ in ("npadvmod", "appos")
                and (c.lemma_.lower() in NOUN_OF_CUES or c.lemma_.lower() in GLOSS_NOUNS)
                and self.doc[c.left_edge.i - 1].text == ","
                and c.right_edge.i + 1 >= hi
                and any(g.dep_ == "relcl" for g in c.rights)
            ):
                # "X, a claim the ministry did not address", "X, the term it uses for Y":
                # the writer's comment on it.
                return lo, c.left_edge.i - 1
        # The same comment hung on the clause's last noun: "built on Croatian land, a
        # position Belgrade rejects".
        t = self.doc[hi - 1]
        for _ in range(6):
            if t.i == clause.i or t.head.i == t.i:
                break
            if (
                t.dep_ == "appos"
                and (t.lemma_.lower() in NOUN_OF_CUES or t.lemma_.lower() in GLOSS_NOUNS)
                and self.doc[t.left_edge.i - 1].text == ","
                and t.right_edge.i + 1 >= hi
                and any(g.dep_ == "relcl" for g in t.rights)
            ):
                return lo, t.left_edge.i - 1
            t = t.head
        return lo, hi
