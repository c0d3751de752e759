"""The rules for characterisations, judgements and directives (all called by `_verb`).

"called the attack a war crime" (`_call`, with a quotation after the object or as its
predicate: `_quotation_after`, `_quoted_predicate`), "put the toll at 12" and "considers X a
violation" (`_judgement`), "urged X to Y" (`_directive`); `_closing_mark` keeps the closing
mark of a quotation the parser hung on the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _appos_inside, _as_inside
from .cues import _OBJECT_PREPS, _PROTEST_ACTS, PARTITIVE_WORDS, TOLL_NOUNS
from .index import _count_quote_marks
from .rules import _Rules
from .spans import _first_child, _is_quote_tok, subtree_range


class CharacterisationRules(_Rules):
    """``_call``, ``_judgement``, ``_directive`` and their helpers, called by ``_verb``."""

    def _judgement(self, cue: Token, lemma: str) -> tuple[int, int] | None:
        """The content of a verb that reports a claim in one construction only:
        "put the death toll at 12, including three children" (the figure and its tail),
        "considers the raid a violation of the truce", "deemed the crossing illegal" (the
        object and what it is judged to be), and a headline's "Company Cites Illegal
        Miners" (what it gives as the cause)."""
        obj = self.ix.first_child(cue, ("dobj",))
        if lemma == "put":
            if obj is None or obj.i < cue.i or obj.lemma_.lower() not in TOLL_NOUNS:
                return None
            ats = [
                p
                for p in (*cue.rights, *obj.subtree)
                if p.dep_ == "prep" and p.lower_ == "at" and p.i > obj.i
            ]
            if not ats:
                return None
            end = max(p.right_edge.i for p in ats)
            for c, dep in self.ix.rights(cue):  # ", including 17 women"
                if c.i > end and dep == "prep" and c.lower_ in PARTITIVE_WORDS:
                    end = c.right_edge.i
            return obj.left_edge.i, end + 1
        if lemma == "cite":
            if not self.ix.is_headline(cue.idx) or obj is None or obj.i < cue.i:
                return None
            return obj.left_edge.i, obj.right_edge.i + 1
        # consider, deem: a small clause ("the raid a violation") or an object with its
        # predicate ("the boat a threat"); not "is considering the case".
        small = self.ix.first_child(cue, ("ccomp",))
        if (
            small is not None
            and small.i > cue.i
            and small.left_edge.tag_ not in ("WDT", "WP", "WRB")
            and not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in small.lefts)
        ):
            # ("considers the drone flights a provocation": "flights" may be read as the
            # small clause's verb; "considered whether to respond" says nothing.)
            return small.left_edge.i, small.right_edge.i + 1
        pred = self.ix.first_child(cue, ("oprd",))
        if obj is not None and pred is not None and cue.i < obj.i < pred.i:
            return obj.left_edge.i, pred.right_edge.i + 1
        return None

    def _closing_mark(self, cue: Token, i: int, j: int) -> int:
        """'dismissed the claim as "theatre for the public"': the closing quotation mark
        hangs on the verb; without it the quotation would be cut open."""
        doc = self.doc
        if j < len(doc) and _is_quote_tok(doc[j]) and doc[j].head.i == cue.i:
            s, e = self.ix.chars(i, j)
            if _count_quote_marks(self.text, s, e) % 2 == 1:
                return j + 1
        return j

    def _call(self, cue: Token, subj: Token, lemma: str) -> None:
        span = (cue.i, cue.i + 1)
        doc = self.doc
        if lemma == "call":
            for c, dep in self.ix.children(cue):
                if dep == "prep" and c.lower_ in ("for", "on", "upon"):
                    pobj = _first_child(c, ("pobj",))
                    if pobj is None:
                        return
                    lo = pobj.left_edge.i
                    hi = pobj.right_edge.i + 1 if c.lower_ == "for" else cue.right_edge.i + 1
                    for g in cue.rights:
                        if (
                            c.lower_ == "for"
                            and g.left_edge.i == hi
                            and g.dep_ in ("advcl", "xcomp")
                            and doc[hi].lower_ == "to"
                        ):
                            # "called for the commission to resume work": the infinitive
                            # the parser hung on the cue says what is called for.
                            hi = g.right_edge.i + 1
                        elif (
                            c.lower_ == "for"
                            and g.left_edge.i == hi
                            and g.dep_ == "prep"
                            and g.lower_ in _OBJECT_PREPS
                        ):
                            # "called for respect for the right of assembly": a complement
                            # of what is called for, hung on the cue.
                            hi = g.right_edge.i + 1
                    self._add(
                        "directive",
                        span,
                        (lo, hi),
                        subj,
                        lemma=lemma,
                        polarity="assert",
                        confidence=0.7,
                    )
                    return
            for c, dep in self.ix.rights(cue):
                if dep != "advcl":
                    continue
                mark = next((g for g in c.lefts if g.dep_ == "mark"), None)
                if (
                    mark is not None
                    and mark.lower_ == "for"
                    and mark.i == cue.i + 1
                    and c.tag_ == "VB"
                ):
                    # "called for the commission to resume work", read as a clause "for X
                    # to Y" of the cue: who is called on and what to do.
                    self._add(
                        "directive",
                        span,
                        (mark.i + 1, c.right_edge.i + 1),
                        subj,
                        lemma=lemma,
                        polarity="assert",
                        confidence=0.7,
                    )
                    return
        obj = self.ix.first_child(cue, ("dobj",))
        pred = None
        for c, dep in self.ix.children(cue):
            if dep in ("oprd", "ccomp", "xcomp", "acomp") and c.i > cue.i:
                pred = c
                break
            if dep == "prep" and c.lower_ == "as" and c.i > cue.i:
                pred = _first_child(c, ("pobj", "amod", "acomp")) or c
                break
        if obj is None and pred is not None and pred.dep_ == "oprd":
            # "called the shelling an unacceptable violation": a gerund object read as a
            # first predicate; the last one is the characterisation.
            second = [c for c, dep in self.ix.rights(cue) if dep == "oprd" and c.i > pred.i]
            if second:
                obj, pred = pred, second[-1]
        if pred is None and obj is not None:
            # 'called the attack "a war crime"' is often parsed as an apposition, and
            # "called the separatists' account a fabrication" as an adverbial noun.
            pred = _first_child(obj, ("appos",))
            if pred is None:
                adv = _first_child(obj, ("npadvmod",))
                pred = adv if adv is not None and adv.i > obj.i else None
            if pred is None:
                # "described the reports of civilian deaths as propaganda": the "as" hangs
                # inside the object.
                pred = _as_inside(obj)
            if pred is None:
                pred = _appos_inside(obj)
            if pred is None:
                # 'Beijing Calls Detention "Illegal"': a quotation right after the object,
                # hung on its own marks, is the characterisation.
                quoted = self._quotation_after(obj)
                if quoted is not None:
                    self._add(
                        "characterise",
                        span,
                        span,
                        subj,
                        lemma=lemma,
                        polarity="assert",
                        confidence=0.7,
                        char_content=quoted,
                    )
                    return
        if (
            lemma == "call"
            and pred is not None
            and pred.pos_ == "PROPN"
            and pred.tag_ in ("NNP", "NNPS")
            and not self.ix.is_headline(cue.idx)
        ):
            # "one of four islands that Japan calls the Northern Territories": a name
            # given to a place, not a characterisation of what happened.
            return
        if pred is None and obj is not None and obj.lower_ in ("it", "this", "them"):
            # "Rebels Call It a Lawful Arrest": after a pronoun object, whatever follows
            # in the cue's clause is the characterisation, however the parser hung it.
            rest = [t for t in cue.subtree if t.i > obj.i and not (t.is_punct or t.is_space)]
            nominal = [t for t in rest if t.pos_ in ("NOUN", "PROPN", "ADJ")]
            if nominal and rest[-1].i - obj.i == len(rest):
                lo, hi = obj.i + 1, rest[-1].i + 1
                hi = self._closing_mark(cue, lo, hi)
                self._add(
                    "characterise",
                    span,
                    (lo, hi),
                    subj,
                    lemma=lemma,
                    polarity="assert",
                    confidence=0.7,
                )
            return
        if (
            pred is None
            and obj is not None
            and cue.dep_ == "relcl"
            and cue.head.pos_ == "NOUN"
            and cue.head.i < cue.i < obj.i
            and not any(dep == "dobj" and c.i < cue.i for c, dep in self.ix.lefts(cue))
        ):
            # ", an act the government called piracy": the noun the clause qualifies is
            # what is called, so the object the parser found is the characterisation.
            obj, pred = None, obj
        if pred is None:
            return
        if obj is None or obj.lower_ in ("it", "this", "that", "them", "what", "which"):
            lo, hi = subtree_range(pred)
            if pred.dep_ == "prep":
                lo += 1
            while hi > lo and doc[hi - 1].is_space:
                hi -= 1
            if hi - lo > 2 and _is_quote_tok(doc[lo]) and _is_quote_tok(doc[hi - 1]):
                lo, hi = lo + 1, hi - 1  # 'Calls Arrest "Unlawful"': without the marks
        else:
            quoted = self._quoted_predicate(obj, pred)
            if quoted is not None:
                # 'calling the Georgian account "distorted"': the speaker's own words are
                # the characterisation; the object is the writer's.
                self._add(
                    "characterise",
                    span,
                    span,
                    subj,
                    lemma=lemma,
                    polarity="assert",
                    confidence=0.8,
                    char_content=quoted,
                )
                return
            lo, hi = obj.left_edge.i, max(obj.right_edge.i, pred.right_edge.i) + 1
        # "... the most aggressive act yet in the South China Sea": the predicate's tail.
        for c, dep in self.ix.children(cue):
            if c.i > pred.i and dep in ("advmod", "prep", "npadvmod") and c.lower_ != "as":
                hi = max(hi, c.right_edge.i + 1)
        hi = self._closing_mark(cue, lo, hi)
        self._add(
            "characterise", span, (lo, hi), subj, lemma=lemma, polarity="assert", confidence=0.8
        )

    def _quotation_after(self, obj: Token) -> tuple[int, int] | None:
        """The quotation that opens right after the object's phrase and closes its
        clause (chars, without the marks), if any."""
        doc = self.doc
        k = obj.right_edge.i + 1
        if k + 1 >= len(doc) or not _is_quote_tok(doc[k]):
            return None
        quote = self.ix.quote_at(self.ix.start_char(k + 1))
        if quote is None or quote[0] != self.ix.start_char(k + 1):
            return None
        return quote if self._quote_closes_clause(quote) else None

    def _quote_closes_clause(self, quote: tuple[int, int]) -> bool:
        """The quotation's closing mark is followed by punctuation or the line's end
        (not 'called it "a crime" and demanded...')."""
        rest = self.text[quote[1] : quote[1] + 3]
        return rest[:1] in ('"', "\u201d", "'", "\u2019") and rest[1:2].strip(".,;:!? \n") == ""

    def _quoted_predicate(self, obj: Token, pred: Token) -> tuple[int, int] | None:
        """The quotation that is the whole predicate of 'called the seizure "an act of
        piracy"', right after the object (chars, without the marks), if any."""
        doc = self.doc
        lo, hi = subtree_range(pred) if pred.dep_ != "prep" else (pred.i + 1, pred.right_edge.i + 1)
        if lo < hi and _is_quote_tok(doc[lo]):
            lo += 1  # the opening mark hung on the predicate
        while hi > lo and (_is_quote_tok(doc[hi - 1]) or doc[hi - 1].is_punct):
            hi -= 1  # and the closing one, or a full stop
        if lo < 1 or lo != obj.i + 2 or not _is_quote_tok(doc[lo - 1]):
            return None
        quote = self.ix.quote_at(self.ix.start_char(lo))
        if quote is None or quote[0] != self.ix.start_char(lo):
            return None
        end = self.ix.chars(lo, hi)[1]
        # The quotation closes with the predicate (a full stop may close inside it), or
        # goes on past the parser's predicate to close the sentence ('calling it "a
        # violation of the agreement and of international rules".').
        if not end <= quote[1] or (
            self.text[end : quote[1]].strip(" .,") != "" and not self._quote_closes_clause(quote)
        ):
            return None
        return quote

    def _directive(self, cue: Token, subj: Token, lemma: str) -> None:
        if (
            cue.tag_ == "VBG"
            and cue.dep_ == "advcl"
            and cue.head.pos_ == "VERB"
            and cue.head.lemma_.lower() in _PROTEST_ACTS
        ):
            # "Residents have blocked the road for 12 days, demanding X": what protesters
            # want, not a statement (unlike "said..., demanding X" or "recalled its
            # ambassador, demanding an apology").
            return
        obj = self.ix.first_child(cue, ("dobj",))
        xcomp = self.ix.first_child(cue, ("xcomp", "ccomp"))
        if lemma == "advise" and xcomp is None:
            # "a consultancy that advises metals producers": whom it serves; only "advised
            # X to Y" (or "advised that Y") is a directive.
            return
        if obj is None and xcomp is None:
            prep = self.ix.first_child(cue, ("prep",))
            if prep is None:
                return
            lo, hi = prep.i + 1, cue.right_edge.i + 1
        else:
            parts = [p for p in (obj, xcomp) if p is not None]
            lo = min(p.left_edge.i for p in parts)
            hi = max(p.right_edge.i for p in parts) + 1
            if xcomp is None:
                # "urged both sides to de-escalate": an infinitive misread as "to" + noun.
                for c, dep in self.ix.rights(cue):
                    if dep == "prep" and c.lower_ == "to" and c.i == hi:
                        hi = c.right_edge.i + 1
        self._add(
            "directive",
            (cue.i, cue.i + 1),
            (lo, hi),
            subj,
            lemma=lemma,
            polarity="assert",
            confidence=0.7,
        )
