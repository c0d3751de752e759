"""`Extractor`: the rules run over one document, and the bookkeeping after them.

`run` finds the few candidate cues with array operations on the index and hands each to its
rule (from the mixins `VerbRules` and `NounRules`); then `_continuations` adds the quotations
that continue an attributed one and `_clean` drops nested and duplicate claims. `mentions`
gives the speaker resolver the subjects of main clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.strings import StringStore
from spacy.symbols import AUX, NOUN, PROPN
from spacy.tokens import Doc

from .cues import (
    _CLAUSE_LINKS,
    _NOT_NOUNS,
    CONJ,
    DENY_VERBS,
    DIRECTIVE_VERBS,
    JUDGEMENT_VERBS,
    NEG,
    NOUN_CUES,
    NSUBJ,
    NSUBJPASS,
    SAY_ONLY_VERBS,
    VERB_CUES,
)
from .index import DocIndex, RawClaim
from .nouns import NounRules
from .spans import trim_chars
from .verbs import VerbRules

_HASHES: dict[int, tuple[int, int, NDArray[np.uint64], NDArray[np.uint64], NDArray[np.uint64]]] = {}
# A headline's "Beijing rejects claim" read with "rejects" as an auxiliary (lemma
# unchanged): the forms looked for among auxiliaries.
_DENY_FORMS = {
    "rejects": "reject",
    "denies": "deny",
    "dismisses": "dismiss",
    "refutes": "refute",
    "disputes": "dispute",
}


def _cue_hashes(
    strings: StringStore,
) -> tuple[int, int, NDArray[np.uint64], NDArray[np.uint64], NDArray[np.uint64]]:
    """Hashes of "according", "ROOT", the cue verbs, all cue lemmas and the denial forms
    of :data:`_DENY_FORMS` (the last three as sorted arrays, for :func:`_member`), once
    per vocab."""
    key = id(strings)
    if key not in _HASHES:
        verbs = {strings.add(w) for w in VERB_CUES}
        cues = verbs | {strings.add(w) for w in NOUN_CUES | JUDGEMENT_VERBS}
        _HASHES[key] = (
            strings.add("according"),
            strings.add("ROOT"),
            np.array(sorted(verbs), dtype=np.uint64),
            np.array(sorted(cues), dtype=np.uint64),
            np.array(sorted(strings.add(w) for w in _DENY_FORMS), dtype=np.uint64),
        )
    return _HASHES[key]


def _member(values: NDArray[Any], table: NDArray[np.uint64]) -> NDArray[np.bool_]:
    """Which of ``values`` are in the sorted array ``table`` (np.isin sorts both, slower)."""
    k = table.searchsorted(values)
    k[k == len(table)] = 0
    return np.asarray(table[k] == values)


class Extractor(VerbRules, NounRules):
    """Attributed claims of one document: ``Extractor(doc, index).run()``."""

    def __init__(self, doc: Doc, index: DocIndex) -> None:
        self.doc = doc
        self.ix = index
        self.text = index.text
        self.claims: list[RawClaim] = []
        self._negated: set[int] = set()  # see run
        self._asides: list[tuple[int, int]] = []  # char spans cut off claims as evidence
        self._source_ranges: dict[int, tuple[int, int]] = {}  # see _source_range

    # public entry
    def run(self) -> list[RawClaim]:
        doc = self.doc
        if not len(doc):
            return []
        # Find the few candidate tokens with array operations on the hashes of lemmas and
        # lower-case forms, rather than looking at every token of the article in Python.
        according, root, verbs, cues, deny_forms = _cue_hashes(doc.vocab.strings)
        ix = self.ix
        lemmas, lowers, poss, deps, heads = ix.lemmas, ix._lowers, ix.poss, ix.deps, ix.heads
        self._poss, self._deps, self._heads = poss, deps, heads  # for mentions()
        self._roots: list[int] = (deps == root).nonzero()[0].tolist()
        # Verbs with a negation hung on them at most four tokens before: "did not claim".
        negs = (deps == NEG).nonzero()[0]
        before = heads[negs] - negs
        self._negated = set(heads[negs][(before > 0) & (before <= 4)].tolist())
        found = _member(lemmas, cues) | (lowers == according)
        # A capitalised "Claims" read as a name, and a headline's "rejects" read as an
        # auxiliary: only the few names and auxiliaries are looked up by their form.
        names = (poss == PROPN).nonzero()[0]
        found[names[_member(lowers[names], verbs)]] = True
        auxiliaries = (poss == AUX).nonzero()[0]
        found[auxiliaries[_member(lowers[auxiliaries], deny_forms)]] = True
        candidates: list[int] = found.nonzero()[0].tolist()
        for i in candidates:
            t = doc[i]
            if t.lower == according:
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                    self._according(t)
                continue
            lemma = t.lemma_.lower()
            if t.pos_ == "AUX" and t.lower_ in _DENY_FORMS:
                # "Beijing rejects claim": the verb read as an auxiliary.
                self._headline_denial_read_as_noun(t, _DENY_FORMS[t.lower_])
            elif (lemma in VERB_CUES or lemma in JUDGEMENT_VERBS) and (
                t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")
            ):
                self._verb(t, lemma)
            elif lemma in NOUN_CUES and t.pos_ in ("NOUN", "PROPN"):
                self._noun(t, lemma)
            elif lemma in DENY_VERBS and t.tag_ == "NNS":
                self._comment_verb_read_as_noun(t, lemma)
            elif lemma in _NOT_NOUNS and t.dep_ == "compound" and self.ix.is_headline(t.idx):
                self._headline_verb_read_as_compound(t, lemma)
            elif lemma in SAY_ONLY_VERBS and t.tag_ == "NN" and t.lower_ == lemma:
                self._say_verb_read_as_noun(t, lemma)
        self._continuations()
        return self._clean()

    def mentions(self) -> list[RawClaim]:
        """Subjects of main clauses that could be a later pronoun's antecedent
        ("Cambodia's defence ministry gave a different version. ... it said")."""
        doc = self.doc
        out: list[RawClaim] = []
        for k in self._main_subjects():
            subj = doc[k]
            i, j = self._source_range(subj)
            if i >= j:
                continue
            s, e = self.ix.chars(i, j)
            paragraph, headline = self.ix.paragraph_and_headline(s)
            m = RawClaim.mention(
                (s, e),
                (i, j),
                k,
                paragraph=paragraph,
                sent_start=self.ix.sent_of(k)[0],
                headline=headline,
            )
            out.append(m)
        return out

    def _main_subjects(self) -> list[int]:
        """The nouns and names that :func:`_nearest_subject` finds as subjects of the main
        verbs (each root, then the conjuncts on its right), in that order; read off the
        document's arrays of heads and labels rather than from each verb's children."""
        roots = getattr(self, "_roots", [])
        if not roots:
            return []
        deps, heads, poss = self._deps, self._heads, self._poss
        links = ((deps == NSUBJ) | (deps == NSUBJPASS) | (deps == CONJ)).nonzero()[0]
        verbs: dict[int, list[int]] = {r: [r] for r in roots}
        subjects: dict[int, list[tuple[int, int]]] = {}  # by verb: (subject, part of speech)
        for k, dep, h, pos in zip(
            links.tolist(),
            deps[links].tolist(),
            heads[links].tolist(),
            poss[links].tolist(),
            strict=True,
        ):
            if dep != CONJ:
                subjects.setdefault(h, []).append((k, pos))
            elif h < k and h in verbs:
                verbs[h].append(k)
        out: list[int] = []
        for r in roots:
            for v in verbs[r]:
                found = subjects.get(v)
                if not found:
                    continue
                # The last one on the verb's left, or else the first on its right.
                before = [s for s in found if s[0] < v]
                k, pos = before[-1] if before else found[0]
                if pos in (NOUN, PROPN):
                    out.append(k)
        return out

    # --- quotations that continue an attributed quotation ------------------------------------
    def _continuations(self) -> None:
        doc = self.doc
        covered = [(c.start, c.end) for c in self.claims]
        quote_claims = sorted((c for c in self.claims if c.kind == "quote"), key=lambda c: c.start)
        if not quote_claims:
            return
        for qs, qe in self.ix.quotes:
            if any(s <= qs < e or qs <= s < qe for s, e in covered):
                continue
            prev = None
            for c in quote_claims:
                if c.end <= qs and c.paragraph == self.ix.paragraph_at(qs):
                    prev = c
            if prev is None:
                continue
            # Only a quotation standing as its own sentence continues the speaker's words.
            span = doc.char_span(qs, qe, alignment_mode="expand")
            if span is None:
                continue
            s_start, s_end = self.ix.sent_of(span.start)
            s_chars = self.ix.chars(s_start, s_end)
            lead = self.text[s_chars[0] : max(s_chars[0], qs - 1)]
            if lead.rstrip().endswith("."):
                # '..." the spokesman wrote on X. "Killing them...': a sentence the
                # tokenizer did not end ("X." read as an initial) ends before the quotation.
                lead = ""
            outside = lead + self.text[min(qe + 1, s_chars[1]) : s_chars[1]]
            if re.search(r"\w", outside):
                continue
            claim = RawClaim(
                kind="continuation",
                cue_lemma=prev.cue_lemma,
                cue_start=prev.cue_start,
                cue_end=prev.cue_end,
                start=0,
                end=0,
                tok_start=span.start,
                tok_end=span.end,
                src_root=prev.src_root,
                src_tok=prev.src_tok,
                polarity="assert",
                confidence=0.6,
                paragraph=prev.paragraph,
                sent_start=s_start,
                pronoun=prev.pronoun,
            )
            claim.start, claim.end = trim_chars(self.text, qs, qe)
            if claim.end > claim.start:
                self.claims.append(claim)
                covered.append((claim.start, claim.end))

    def _clause_start(self, lo: int, region: int) -> int:
        """Where the clause holding a nested claim begins: before "in what", ", and"..."""
        span = self.doc.char_span(lo, region, alignment_mode="contract")
        cut = region
        if span is None:
            return cut
        toks = list(span)
        while toks and (
            toks[-1].is_punct
            or toks[-1].is_space
            or toks[-1].dep_ in ("cc", "prep", "mark")
            or toks[-1].lower_ in _CLAUSE_LINKS
        ):
            toks.pop()
        if toks:
            last = toks[-1]
            cut = last.idx + len(last)
        return cut

    def _hedge_of_speaker(self, c: RawClaim) -> bool:
        """ "said X, though he cautioned that Y": a pronoun speaker after a concessive
        link is the speaker of the clause it qualifies, who adds a second claim (so is
        one who appeals after ", but")."""
        if c.pronoun is None or c.src_tok is None or c.src_tok[0] == 0:
            return False
        prev = self.doc[c.src_tok[0] - 1]
        if (
            prev.lower_ == "but"
            and c.cue_lemma in DIRECTIVE_VERBS | {"call"}
            and c.src_tok[0] >= 2
            and self.doc[c.src_tok[0] - 2].text == ","
        ):
            # "said that X could amount to a war crime, but it called for an inquiry":
            # an appeal after "but" is the speaker's own, not part of what it said.
            return c.cue_start > prev.idx
        return prev.lower_ in ("though", "although") and c.cue_start > prev.idx

    # --- nesting and duplicates -----------------------------------------------------------------
    def _reported_conjunct(self, c: RawClaim, o: RawClaim) -> bool:
        """ "said X and that a 2016 ruling had rejected Y": a cue heading a second
        that-clause coordinated with one inside o's content is part of what o reports."""
        span = self.doc.char_span(c.cue_start, c.cue_end)
        if span is None:
            return False
        cue = span.root
        return (
            cue.dep_ == "conj"
            and o.start <= cue.head.idx < o.end
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in cue.lefts)
        )

    def _reported_inside(self, c: RawClaim, o: RawClaim) -> bool:
        """c's cue is a clause of what o says, whatever speaker it names: a passive cue
        whose subject o's words give ("said engineers had been told by the staff that
        Y"), or a relative clause on a noun of o's words with no comma before it ("said
        it was a reply to a claim that the neighbour disputes"), unlike a comment set off
        from o's words (", an allegation India rejected")."""
        span = self.doc.char_span(c.cue_start, c.cue_end)
        if span is None:
            return False
        cue = span.root
        if cue.dep_ in ("ccomp", "conj") and cue.tag_ == "VBN":
            subj = next((g for g in cue.lefts if g.dep_ == "nsubjpass"), None)
            return (
                subj is not None
                and o.start <= subj.idx
                and any(g.dep_ == "auxpass" for g in cue.lefts)
            )
        if cue.dep_ != "relcl":
            return False
        if (
            any(g.dep_ == "ccomp" for g in cue.rights)
            and c.pronoun is None
            and c.src_root is not None
            and c.src_root != o.src_root
        ):
            # "in a raid that Paris insists took place on French territory": a clause the
            # relative cue reports of its own, from another speaker
            return False
        noun = cue.head
        lo, rel = noun.left_edge.i, cue.left_edge.i
        return (
            noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ != "appos"
            and o.start <= noun.idx < cue.idx
            and lo > 0
            and not self.doc[lo - 1].is_punct  # not ", an allegation India rejected"
            and not self.doc[rel - 1].is_punct  # nor ", which Athens denies"
        )

    def _clean(self) -> list[RawClaim]:
        claims = self.claims
        if self._asides:
            claims = [c for c in claims if not any(s <= c.cue_start < e for s, e in self._asides)]
        claims = sorted(claims, key=lambda c: (c.start, -(c.end - c.start)))
        starts = [c.start for c in claims]  # (the loop below cuts ends, never starts)
        keep: list[RawClaim] = []
        # Last cue first: "said X, calling it Y, while Z insisted W" must lose "while Z
        # insisted W" before ", calling it Y" can be seen to close what was said.
        for c in sorted(claims, key=lambda c: -c.cue_start):
            drop = False
            cue = c.cue_start
            # Sorted by start: no later claim holds c's cue.
            for o in claims[: bisect_right(starts, cue)]:
                if o is not c and cue < o.end and o.cue_start != cue:
                    # c is said inside o's content. When c closes o's span and has its
                    # own named speaker ("..., an allegation India rejected", "in what
                    # Manila called...") or o's speaker (", calling it X"), it is cut off
                    # o; anything else is part of what o's speaker says.
                    region = min(c.cue_start, c.start)
                    src_start = self.ix.start_char(c.src_tok[0]) if c.src_tok is not None else None
                    if src_start is not None and src_start >= o.start:
                        region = min(region, src_start)
                    # (o's speaker: "denied that X, saying Y" with "he" for both.)
                    named = (
                        (c.pronoun is None and c.src_tok is not None)
                        or (c.src_root is not None and c.src_root == o.src_root)
                        or self._hedge_of_speaker(c)
                    )
                    if (
                        named
                        and max(c.end, c.reach) >= o.end - 1
                        and region > o.start
                        and not self._reported_conjunct(c, o)
                        and not self._reported_inside(c, o)
                    ):
                        cut = self._clause_start(o.start, region)
                        o.end = trim_chars(self.text, o.start, cut)[1]
                    else:
                        drop = True
                        break
            if not drop:
                keep.append(c)
        keep = [c for c in keep if c.end > c.start]
        # The same content attributed twice: keep the more confident reading.
        best: dict[tuple[int, int], RawClaim] = {}
        for c in keep:
            k = (c.start, c.end)
            if k not in best or c.confidence > best[k].confidence:
                best[k] = c
        out = sorted(best.values(), key=lambda c: (c.start, c.cue_start))
        return [c for c in out if c.end > c.start]
