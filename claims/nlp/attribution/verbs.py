"""The rules for verb cues ("said", "denied", "condemned", ...).

`_verb` finds a cue verb's speaker and content and hands accusations, characterisations and
directives to their rules; with it the quotation right before or after the attribution
('"...," he said': `_adjacent_quotes`) and "dismissed X as Y" (`_with_as`). Also, called by
`run`, the cue verbs the parser read as a noun or a compound (", an allegation Ukraine
rejects", "Rebels Allege Execution").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from ..wordlists import wordset
from .accusations import AccusationRules
from .characterisations import CharacterisationRules
from .clauses import (
    _clause_of_adverbial,
    _clause_of_statement,
    _gerund_of_noun,
    _is_cue_verb,
    _reported_clause,
)
from .cues import (
    ACCUSE_VERBS,
    CALL_VERBS,
    COMMENT_NOUNS,
    CONDEMN_VERBS,
    DENY_VERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    INSISTING_VERBS,
    JUDGEMENT_VERBS,
    NOUN_OF_CUES,
    OBJECT_IS_CLAIM,
    PARTITIVE_WORDS,
    RECIPROCAL_DENIALS,
    SAY_VERBS,
    WORDS_NOUNS,
)
from .placement import PlacementRules
from .reported import ReportedClauseRules
from .spans import _first_child, subtree_range
from .subjects import _coordinated, _headline_subject, find_subject

_GAP_RE = re.compile(r"^[\s,:;—–-]*$")


# What a denial of taking part denies ("denied any role in the blast", "denied
# responsibility for the attack"), and the prepositions that say in what.
_INVOLVEMENT_NOUNS = wordset("role part involvement responsibility hand link connection knowledge")
_INVOLVEMENT_PREPOSITIONS = wordset("in for of to with")


class VerbRules(AccusationRules, CharacterisationRules, PlacementRules, ReportedClauseRules):
    """``_verb`` and its quotation helpers; the cue verbs read as nouns (from ``run``)."""

    def _adjacent_quotes(self, cue: Token, subj: Token | None) -> tuple[int, int] | None:
        """A quotation right before and/or right after the attribution ("...," he said)."""
        # Most cues stand in a paragraph with no quotation. (What is looked at below lies
        # in the cue's sentence; when that starts in the cue's paragraph, it is all there.)
        sent_par = self.ix.paragraph_at(self.ix.start_char(self.ix.sent_of(cue.i)[0]))
        if sent_par not in self.ix.quoted_paragraphs and sent_par == self.ix.paragraph_at(cue.idx):
            return None
        lo = cue.i
        hi = cue.i
        # (Not an agent: the test once meant to count one here, "_agent(cue) is subj",
        # compared two Tokens built apart, so was never true; kept as it behaved.)
        own_subject = subj is not None and subj.head.i == cue.i
        # "...," Vucic said, adding that X: "adding" borrows the subject; the quotation
        # belongs to "said", and "adding" has its own that-clause.
        if own_subject and subj is not None and (self.ix.sent_of(subj.i) == self.ix.sent_of(cue.i)):
            si, sj = self._source_range(subj) if subj.pos_ != "PRON" else (subj.i, subj.i + 1)
            lo, hi = min(lo, si), max(hi, sj - 1)
        # Adverbials of the attribution ("told Wire by phone", "in a statement").
        # (Not the quoted words themselves: '..., he said, "only farmers"' hangs the second
        # part of the quotation on "said" as its object.)
        for c, dep in self.ix.rights(cue):
            if dep in ("dobj", "dative", "prep", "npadvmod", "advmod") and (
                self.ix.quote_at(c.left_edge.idx) is None
            ):
                hi = max(hi, c.right_edge.i)
        a_start = self.ix.start_char(lo)
        a_end = self.ix.end_char(hi)
        before = after = None
        par = self.ix.paragraph_at(a_start)
        quotes = self.ix.quotes
        k = bisect_right(self.ix._quote_starts, a_start) - 1  # the last quotation before
        if k >= 0:
            qs, qe = quotes[k]
            if (
                qe + 1 <= a_start
                and self.ix.paragraph_at(qs) == par
                and _GAP_RE.match(self.text[qe + 1 : a_start])
                and not self._quote_ends_sentence_before(qe, cue)
            ):
                before = (qs, qe)
        for qs, qe in quotes[k + 1 : k + 3]:
            if qs >= a_end and self.ix.paragraph_at(qs) == par:
                # (not after a full stop the tokenizer kept on the last word: '..." the
                # spokesman wrote on X. "Killing them..."' is a second claim)
                if self.text[a_end - 1] != "." and _GAP_RE.match(self.text[a_end : qs - 1]):
                    after = (qs, qe)
                break
        if before and not own_subject and self.ix.first_child(cue, ("ccomp",)) is not None:
            # 'dismissed X as "theatre", saying Y': a participle with its own clause says
            # that clause; the quotation before it belongs to the main verb's object.
            before = None
        if before and after:
            return before[0], after[1]
        if before:
            return self._sentence_before_quote(before, cue)
        return after

    def _that_clauses(self, clause: Token, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """ "said two men were beaten, and that one of them was taken to hospital": two
        that-clauses, two claims (the second's "that" left out); so with the first read
        as the cue's object ("said fragments recovered at the site matched X and that Y")."""
        doc = self.doc
        marks = self.ix.where("that", rng[0] + 2, rng[1] - 1)
        for n, k in enumerate(marks):
            mark, joint = doc[k], doc[k - 1]
            second = mark.head
            if (
                mark.dep_ == "mark"
                and joint.lower_ in ("and", "but")
                and second.left_edge.i == k
                and second.right_edge.i < rng[1]
                and (
                    second.i == clause.i
                    or (second.dep_ == "conj" and second.head.i == clause.i)
                    # "said 11 people had been hurt, six of them gendarmes, and that 17
                    # were detained": hung on a word of the first clause, which has no
                    # that-clause of its own ("said the army denied that X and that Y"
                    # is one claim)
                    or (
                        second.dep_ == "conj"
                        and second.pos_ in ("VERB", "AUX")
                        and rng[0] <= second.head.i < k
                        and not any(doc[m].dep_ == "mark" for m in marks[:n])
                    )
                )
            ):
                end = joint.i - 1 if doc[joint.i - 1].text == "," else joint.i
                return [(rng[0], end), (k + 1, rng[1])]
        return [rng]

    def _quote_ends_sentence_before(self, qe: int, cue: Token) -> bool:
        """'..., "caused by the crew's conduct." He said sailors had pulled X': a quotation
        closed by a full stop ends the sentence before a cue that reports its own clause."""
        if qe < 1 or self.text[qe - 1] != ".":
            return False
        return any(dep == "ccomp" and c.i > cue.i for c, dep in self.ix.rights(cue))

    def _sentence_before_quote(self, quote: tuple[int, int], cue: Token) -> tuple[int, int]:
        """'Twelve soldiers were hurt and Chinese casualties were "significantly higher",
        the ministry said': a quotation that closes a sentence it does not open is part
        of what was said, from the start of the sentence (closing mark included)."""
        qs, qe = quote
        sent_start = self.ix.start_char(self.ix.sent_of(cue.i)[0])
        line = self.ix.line_at(qs)
        if line is not None and line.has_dateline:
            sent_start = max(sent_start, line.body_start)  # not "KYIV (Wire) - "
        if sent_start < qs - 1 and re.search(r"\w", self.text[sent_start : qs - 1]):
            return sent_start, qe + 1
        return quote

    def _verb(self, cue: Token, lemma: str) -> None:
        if cue.i in self._negated:
            return  # "did not claim responsibility" reports no claim
        if self.ix.quote_at(cue.idx) is not None:
            return  # cues inside a quotation belong to the quoted speaker's statement
        if cue.tag_ == "VBG" and _gerund_of_noun(cue):
            return  # "on charges of inciting unrest and calling for X": an act charged
        polarity = "deny" if lemma in DENY_VERBS else "assert"
        span = (cue.i, cue.i + 1)
        appended = self._appended_apposition(cue) if lemma in SAY_VERBS else None
        if appended is not None:
            # "X killed four civilians, including a shepherd, the Workers' Party (PKK)
            # said": the speaker read as an apposition of the last noun, "said" as a
            # conjunct of the reported verb.
            self._add(
                "inverted",
                span,
                (self.ix.sent_of(cue.i)[0], appended.left_edge.i - 1),
                appended,
                lemma=lemma,
                polarity=polarity,
                confidence=0.65,
            )
            return
        subj = find_subject(cue, self.ix)
        if subj is None and self.ix.is_headline(cue.idx):
            subj = _headline_subject(cue)
        if subj is not None and (
            subj.lower_ in ("nobody", "none")
            or any(
                self.doc[k].dep_ == "det" and self.doc[k].head.i == subj.i
                for k in self.ix.where("no", subj.left_edge.i, subj.i)
            )
        ):
            return  # "no group claimed the attacks": nobody made a claim
        if subj is not None and subj.lower_ in ("that", "which") and subj.pos_ in ("PRON", "DET"):
            # "to oppose a bill that would cut X and to demand Y": a relative pronoun the
            # parser left as the subject stands for a thing, not for a speaker.
            return
        if subj is not None and lemma in RECIPROCAL_DENIALS and _coordinated(subj):
            # "The army and the rebels dispute the toll": the two disagree with each
            # other; neither says anything yet (their accounts follow).
            return
        if subj is None and lemma in SAY_VERBS:
            reduced = self._speaker_before_participle(cue)
            if reduced is not None:
                # "A shift foreman reached by telephone said X": the speaker's participle
                # phrase taken for the sentence's verb, the cue hung inside it.
                src, src_end, content = reduced
                self._add(
                    "clause",
                    span,
                    content,
                    src,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.7,
                    src_range=(src.left_edge.i, src_end),
                )
                return
        if subj is None:
            if lemma == "accuse":
                self._accused_as_modifier(cue)
            return
        if lemma in JUDGEMENT_VERBS:
            # "most of the world considers it part of Georgia": background, no speaker.
            judged = self._judgement(cue, lemma) if subj.lower_ not in PARTITIVE_WORDS else None
            if judged is not None:
                self._add(
                    "object", span, judged, subj, lemma=lemma, polarity=polarity, confidence=0.7
                )
            return
        comment = self._comment_cue(cue)
        if comment is not None:
            # "X, a charge Ukraine denied." misparsed as "said" reporting "denied": the
            # denial's object is the charge (as in "an allegation India rejected").
            self._add(
                "object",
                span,
                comment[:2],
                comment[2],
                lemma=lemma,
                polarity=polarity,
                confidence=0.6,
            )
            return
        if lemma == "read" and not (
            cue.head.lemma_.lower() in DOCUMENT_NOUNS or subj.lemma_.lower() in DOCUMENT_NOUNS
        ):
            return  # only '"...," the statement read' reports a claim
        if lemma in ACCUSE_VERBS:
            self._accuse(cue, subj, lemma)
            return
        if lemma in CALL_VERBS:
            self._call(cue, subj, lemma)
            return
        if lemma in DIRECTIVE_VERBS:
            self._directive(cue, subj, lemma)
            return
        if lemma in SAY_VERBS or lemma in DENY_VERBS or lemma in CONDEMN_VERBS:
            quoted = self._adjacent_quotes(cue, subj) if lemma in SAY_VERBS else None
            if quoted is not None:
                self._add(
                    "quote",
                    span,
                    span,
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.9,
                    char_content=quoted,
                )
                return
            inset = self._inset_read_as_main(cue, subj) if lemma in SAY_VERBS else None
            if inset is not None:
                # "Russian forces, Ukraine's military said, had fired 40 missiles": the
                # statement's subject and its verb read as a second subject and a clause
                # of the cue set between them.
                self._add(
                    "inverted",
                    span,
                    inset,
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                )
                return
            ccomp = _reported_clause(cue, self.ix)
            if ccomp is not None and ccomp.pos_ in ("NOUN", "PROPN", "NUM"):
                stated = _clause_of_statement(cue, self.ix)
                if (
                    stated is not None
                    and stated.right_edge.i + 2 == ccomp.left_edge.i
                    and self.doc[stated.right_edge.i + 1].text == ","
                ):
                    # "said in a statement that 23 people had been wounded, four of them
                    # children": the that-clause hangs on "statement", the verbless
                    # apposition after its comma on the cue; one claim over both.
                    self._add(
                        "clause",
                        span,
                        (stated.left_edge.i + 1, ccomp.right_edge.i + 1),
                        subj,
                        lemma=lemma,
                        polarity=polarity,
                        confidence=0.85,
                    )
                    return
            if ccomp is None:
                ccomp = _clause_of_statement(cue, self.ix)
            if ccomp is None and lemma in SAY_VERBS:
                ccomp = _clause_of_adverbial(cue)
            if ccomp is None:
                ccomp = self._that_conjunct(cue)
            # (Most clauses follow their cue, so have no subject before it to look for.)
            if (
                ccomp is not None
                and ccomp.left_edge.i < cue.i
                and lemma not in INSISTING_VERBS
                and any(
                    dep in ("nsubj", "nsubjpass")
                    and c.i < cue.i
                    and c.lower_ in ("that", "which", "what")
                    for c, dep in self.ix.lefts(ccomp)
                )
            ):
                # "posted video that he said showed X", "showed what it said was Y": the
                # writer's description of a thing shown, not a statement of its own (but
                # "a raid that Paris insists took place on French territory" is Paris's).
                return
            if (
                ccomp is not None
                and ccomp.left_edge.i < cue.i
                and any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < cue.i
                    and (
                        c.lower_ == "who"
                        or (lemma in INSISTING_VERBS and c.lower_ in ("that", "which"))
                    )
                    for c in ccomp.lefts
                )
            ):
                # "arrested three officers who they said had crossed the line", "a raid
                # that Paris insists took place on French territory": what the speaker
                # says of the people or the thing, after the cue.
                self._add(
                    "clause",
                    span,
                    (cue.i + 1, ccomp.right_edge.i + 1),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.7,
                )
                return
            if ccomp is not None and _is_cue_verb(ccomp) and self._comment_cue(ccomp):
                # "said X, a charge Ukraine denied": X is the clause of the comment's verb.
                inner = _first_child(ccomp, ("ccomp",))
                cut = self._comment_cue(ccomp)
                if inner is not None and cut is not None and inner.i < cut[0]:
                    self._add(
                        "clause",
                        span,
                        (inner.left_edge.i, cut[0] - 1),
                        subj,
                        lemma=lemma,
                        polarity=polarity,
                        confidence=0.8,
                    )
                    return
            if ccomp is not None:
                rng = self._without_evidence(ccomp)
                lo = self._statement_before_conjunct(cue, ccomp, subj)
                if lo is not None:
                    rng = (lo, rng[1])
                if self.doc[rng[0]].lower_ == "that" and self.doc[rng[0]].dep_ != "mark":
                    rng = (rng[0] + 1, rng[1])  # "that" read as a relative pronoun
                rng = (self._object_before_and_that(cue, ccomp, rng[0]), rng[1])
                rng = (self._subject_read_as_relative(cue, ccomp, rng[0]), rng[1])
                rng = (self._subject_read_as_object(cue, ccomp, rng[0]), rng[1])
                first = self.doc[rng[0]]
                if (
                    first.dep_ == "advmod"
                    and rng[0] + 1 < rng[1]
                    and self.doc[rng[0] + 1].dep_ == "mark"
                    and self.doc[rng[0] + 1].lower_ == "that"
                ):
                    rng = (rng[0] + 2, rng[1])  # "saying only that X": X
                rng = (self._without_leading_day(ccomp, rng[0]), rng[1])
                rng = (rng[0], self._without_press_act(ccomp, rng[1]))
                if rng[1] == ccomp.right_edge.i + 1:
                    rng = (rng[0], self._clause_tail(cue, rng[1]))
                if rng[1] >= ccomp.right_edge.i:
                    rng = (rng[0], self._elided_perfect_tail(cue, ccomp, rng[1]))
                for part in self._that_clauses(ccomp, rng):
                    self._add(
                        "clause",
                        span,
                        part,
                        subj,
                        lemma=lemma,
                        polarity=polarity,
                        confidence=0.9,
                    )
                more = self._clause_after_aside(cue, ccomp) if lemma in SAY_VERBS else None
                if more is not None:
                    self._add(
                        "clause",
                        span,
                        (more.left_edge.i, more.right_edge.i + 1),
                        subj,
                        lemma=lemma,
                        polarity=polarity,
                        confidence=0.7,
                    )
                return
            clause_obj = self._clause_read_as_object(cue) if lemma == "say" else None
            if clause_obj is not None:
                # "said the building stored rockets": the clause read as a noun phrase
                # ("the building-stored rockets") that "said" takes as its object.
                self._add(
                    "clause",
                    span,
                    self._without_evidence(clause_obj),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.8,
                )
                return
            expletive = self._clause_of_agent(cue)
            if expletive is not None:
                self._add(
                    "clause",
                    span,
                    expletive,
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.85,
                )
                return
            if lemma in CONDEMN_VERBS and self._has_calling(cue):
                return  # "condemned the incident, calling it X": the calling clause says it
            if lemma in OBJECT_IS_CLAIM or lemma in DENY_VERBS or lemma in CONDEMN_VERBS:
                obj = self.ix.first_child(cue, ("dobj", "xcomp", "pcomp"))
                if obj is not None and obj.i > cue.i:
                    rng = self._without_statement(*self._with_as(cue, obj))
                    act = self._claimed_act(cue, obj)
                    if act is not None:
                        rng = self._without_statement(*subtree_range(act))
                    stray = self._stray_clause_of_object(cue, obj)
                    if stray is not None:
                        rng = (obj.left_edge.i, stray.right_edge.i + 1)
                    self._add(
                        "object", span, rng, subj, lemma=lemma, polarity=polarity, confidence=0.75
                    )
                    return
            if lemma in SAY_VERBS and self._said_by_appended_name(cue, subj):
                # "X killed 21 civilians, the rebel alliance CSP said": the parser reads
                # "the rebel alliance" as a noun that "CSP said" qualifies.
                # The speaker is the whole phrase ("Russia's state news agency TASS"), headed
                # by the noun, whose possessor says whose outlet it is.
                self._add(
                    "inverted",
                    span,
                    (self.ix.sent_of(cue.i)[0], cue.head.left_edge.i),
                    cue.head,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                    src_range=(cue.head.left_edge.i, subj.right_edge.i + 1),
                )
                return
            if (
                cue.dep_ == "relcl"
                and cue.head.pos_ in ("NOUN", "PROPN")
                and cue.head.i < cue.i
                # not "the rescue region that Libya declared in 2018": an act on a thing
                and (lemma in OBJECT_IS_CLAIM or cue.head.lemma_.lower() in WORDS_NOUNS)
                # nor "an outcrop of half a hectare that both countries claim": a thing
                # claimed as one's own, not a statement
                and (lemma != "claim" or cue.head.lemma_.lower() in WORDS_NOUNS)
            ):
                # "an allegation India rejected": the noun the clause modifies is what is denied.
                head = cue.head
                self._add(
                    "object",
                    span,
                    (head.left_edge.i, head.i + 1),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.6,
                    reach=cue.right_edge.i,
                )
                return
            if self._trailing_conj(cue, subj):
                # '"The attack was unacceptable" and a breach of law, spokeswoman X said':
                # the parser coordinates "said" with the verb of what was said.
                self._add(
                    "inverted",
                    span,
                    (self.ix.sent_of(cue.i)[0], subj.left_edge.i),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                )
                return
            statement = self._statement_read_as_subject(cue, subj) if lemma in SAY_VERBS else None
            if statement is not None:
                # "Russian soldiers, stationed near the village, fired on the convoy, Kyiv
                # said": the statement read as a second subject of "said" (its verb as a
                # participle of that subject).
                self._add(
                    "inverted",
                    span,
                    (statement.left_edge.i, statement.right_edge.i + 1),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                )
                return
            if cue.dep_ == "parataxis" and cue.i > cue.head.i:
                head = cue.head
                lo = head.left_edge.i
                hi = min(cue.left_edge.i, subj.left_edge.i if subj.i < cue.i else cue.i)
                self._add(
                    "inverted",
                    span,
                    (lo, hi),
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                )
                return
            inset = self._inset_attribution(cue, subj) if lemma in SAY_VERBS else None
            if inset is not None:
                # "The strike, the ministry said, hit only a fuel depot": the attribution
                # set between commas inside the statement; one claim from its first word
                # to its last.
                self._add(
                    "inverted",
                    span,
                    inset,
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.65,
                )
                return
            closing = self._closing_attribution(cue, subj) if lemma in SAY_VERBS else None
            if closing is not None:
                # "X exchanged fire near the temple, leaving two dead, officials from both
                # countries said." parsed as two sentences: the cue closes the statement
                # that opens the sentence.
                self._add(
                    "inverted",
                    span,
                    closing,
                    subj,
                    lemma=lemma,
                    polarity=polarity,
                    confidence=0.6,
                )

    def _comment_verb_read_as_noun(self, cue: Token, lemma: str) -> None:
        """ "X, an allegation Ukraine rejects.": the present-tense verb read as a plural
        noun ("rejects") with the speaker and the charge as its compounds. The speaker
        denies the charge, as in "a charge Kyiv denied"."""
        doc = self.doc
        end = cue.i + 1
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_space):
            self._headline_denial_read_as_noun(cue, lemma)
            return
        k = cue.i - 1
        while k > 0 and doc[k].pos_ == "PROPN" and cue.i - k <= 3:
            k -= 1
        if k == cue.i - 1 or k < 2:
            return  # no name between the charge and the verb
        noun, det = doc[k], doc[k - 1]
        if (
            noun.lemma_.lower() not in NOUN_OF_CUES | COMMENT_NOUNS
            or det.dep_ != "det"
            or doc[k - 2].text != ","
            or self.ix.quote_at(cue.idx) is not None
        ):
            return
        self._add(
            "object",
            (cue.i, cue.i + 1),
            (det.i, noun.i + 1),
            doc[cue.i - 1],
            lemma=lemma,
            polarity="deny",
            confidence=0.6,
            src_range=(k + 1, cue.i),
        )

    def _say_verb_read_as_noun(self, cue: Token, lemma: str) -> None:
        """ "Members of the movement allege that the leak was deliberate": a present-tense
        verb read as a noun of the phrase before it, in a sentence left with no verb of
        its own. The phrase that opens the sentence says the that-clause."""
        doc = self.doc
        lo, hi = self.ix.sent_of(cue.i)
        that = cue.i + 1
        if (
            that >= hi
            or doc[that].lower_ != "that"
            or doc[that].dep_ != "mark"
            or not 0 < cue.i - lo <= 8
            or doc[lo].pos_ not in ("NOUN", "PROPN", "DET")
            or any(doc[k].pos_ in ("VERB", "AUX") for k in range(lo, cue.i))
            or self.ix.quote_at(cue.idx) is not None
        ):
            return
        root = next((t for t in doc[lo : cue.i] if t.head.i == t.i or t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("NOUN", "PROPN"):
            return
        self._add(
            "clause",
            (cue.i, cue.i + 1),
            (that + 1, hi),
            root,
            lemma=lemma,
            polarity="assert",
            confidence=0.6,
            src_range=(lo, cue.i),
        )

    def _headline_denial_read_as_noun(self, cue: Token, lemma: str) -> None:
        """A headline's "...; Beijing rejects claim": the verb read as a plural noun
        ("Beijing rejects") or an auxiliary, and the charge as a verb. The name before it denies the
        charge, the last word of the headline."""
        doc = self.doc
        obj = cue.i + 1
        if (
            not self.ix.is_headline(cue.idx)
            or doc[obj].lemma_.lower() not in NOUN_OF_CUES | COMMENT_NOUNS
            or not (obj + 1 == len(doc) or doc[obj + 1].is_space or doc[obj + 1].is_punct)
        ):
            return
        k = cue.i - 1
        while k >= 0 and doc[k].pos_ == "PROPN" and cue.i - k <= 3:
            k -= 1
        if k == cue.i - 1:
            return  # no name before the verb
        self._add(
            "object",
            (cue.i, cue.i + 1),
            (obj, obj + 1),
            doc[cue.i - 1],
            lemma=lemma,
            polarity="deny",
            confidence=0.6,
            src_range=(k + 1, cue.i),
        )

    def _headline_verb_read_as_compound(self, cue: Token, lemma: str) -> None:
        """A headline's "...; Rebels Allege Execution": a verb that is never a noun read
        as a noun's compound. The nouns before it, from the start of the headline's
        clause, say what the rest of the clause names."""
        doc = self.doc
        head = cue.head
        k = cue.i
        while k > 0 and cue.i - k < 3 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            k -= 1
        if (
            k == cue.i
            or head.i <= cue.i
            or doc[cue.i - 1].pos_ == "ADJ"
            or not (k == 0 or doc[k - 1].text in (";", ":") or doc[k - 1].is_space)
        ):
            return
        self._add(
            "object",
            (cue.i, cue.i + 1),
            (cue.i + 1, head.right_edge.i + 1),
            doc[cue.i - 1],
            lemma=lemma,
            polarity="deny" if lemma in DENY_VERBS else "assert",
            confidence=0.6,
            src_range=(k, cue.i),
        )

    def _has_calling(self, cue: Token) -> bool:
        # "condemned the attack and called on both sides to X" is an appeal, not a
        # characterisation of what was condemned.
        return any(
            dep in ("advcl", "xcomp", "conj")
            and c.lemma_.lower() in CALL_VERBS
            and not any(p.dep_ == "prep" and p.lower_ in ("on", "upon", "for") for p in c.rights)
            for c, dep in self.ix.children(cue)
        )

    @staticmethod
    def _claimed_act(cue: Token, obj: Token) -> Token | None:
        """ "claimed responsibility for the shooting": the act claimed, not the word
        "responsibility" (the parser may hang "for" on the verb)."""
        if cue.lemma_.lower() != "claim" or obj.lemma_.lower() != "responsibility":
            return None
        for head in (obj, cue):
            prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
            if prep is not None and prep.i > obj.i:
                return _first_child(prep, ("pobj", "pcomp"))
        return None

    def _with_as(self, cue: Token, obj: Token) -> tuple[int, int]:
        """Object plus its "as ..." or predicate complement ("the report as propaganda")."""
        i, j = subtree_range(obj)
        involvement = obj.lemma_.lower() in _INVOLVEMENT_NOUNS
        for c, dep in self.ix.children(cue):
            if c.i > obj.i and (
                (dep == "prep" and c.lower_ == "as")
                # "denied any role in the blast": the parser hangs "in the blast" on the
                # verb; it says what the role was in
                or (
                    involvement
                    and dep == "prep"
                    and c.lower_ in _INVOLVEMENT_PREPOSITIONS
                    and c.left_edge.i == j
                )
                or dep in ("oprd", "acomp")
                # "dismissed the figure as fabricated": "as" parsed as a clause's mark
                or (dep == "advcl" and any(m.lower_ == "as" for m in c.lefts))
            ):
                j = max(j, c.right_edge.i + 1)
        return i, self._closing_mark(cue, i, j)
