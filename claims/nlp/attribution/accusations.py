"""The rules for accusations: "accused X of Y", "blamed X for Y" and their passives.

`_accuse` (called by `_verb`) takes the charge as content, without what is no part of it:
background (`_without_background`), the writer's gloss (`_cut_comment`), the speaker's own
characterisation, a partitive tail, a statement (`_without_statement`); and "X, accused of
Y" as a modifier or a clause (`_accused_as_modifier`, `_accused_as_clause`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _charge_after_adverbial, _counted_partitive, _is_cue_verb
from .cues import (
    _PLACE_PREPS,
    CALL_VERBS,
    DOCUMENT_NOUNS,
    EVIDENCE_PARTICIPLES,
    GLOSS_PARTICIPLES,
    PARTITIVE_WORDS,
    SAY_VERBS,
    WEEKDAYS,
)
from .rules import _Rules
from .spans import _first_child


class AccusationRules(_Rules):
    """``_accuse`` and its helpers, called by ``_verb`` for "accuse" and "blame"."""

    def _accuse(self, cue: Token, subj: Token, lemma: str) -> None:
        obj = self.ix.first_child(cue, ("dobj",))
        if obj is None and self.ix.is_headline(cue.idx):
            # "...; Tehran Blames Drought": a headline's object may be read as a loose
            # dependent of the verb.
            obj = next(
                (
                    c
                    for c, dep in self.ix.rights(cue)
                    if dep == "dep" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == cue.i + 1
                ),
                None,
            )
        first = obj
        if obj is not None:
            # "accused the police Mobile Squad of X": a common noun before a name read as
            # an indirect object; the accused is the whole phrase.
            dative = next((c for c, dep in self.ix.rights(cue) if dep == "dative"), None)
            if dative is not None and dative.right_edge.i + 1 == obj.left_edge.i:
                first = dative
            # "accused Ukrainian saboteurs of X" read as two objects, "Ukrainian" and
            # "saboteurs (of X)": the accused runs over both.
            for c, dep in self.ix.rights(cue):
                if dep == "dobj" and c.i > obj.i and c.left_edge.i == obj.right_edge.i + 1:
                    obj = c
        wanted = ("of", "with", "over") if lemma == "accuse" else ("for", "over", "on")
        preps: dict[str, Token] = {}  # the first of each word
        for c, dep in self.ix.children(cue):
            if dep == "prep":
                preps.setdefault(c.lower_, c)
        prep = next((preps[word] for word in wanted if word in preps), None)
        if prep is None:
            prep = _charge_after_adverbial(cue, ("of", "for", "over"))
        if obj is None and prep is None:
            self._accused_as_clause(cue, subj, lemma)
            return
        # The passive "X was accused by Y of Z" says just Z.
        lo = first.left_edge.i if first is not None else prep.i + 1  # type: ignore[union-attr]
        hi = max(
            obj.right_edge.i + 1 if obj is not None else 0,
            prep.right_edge.i + 1 if prep is not None else 0,
        )
        # "accused X of firing on people ... with their hands raised": a clause the parser
        # hangs on the cue right after the charge, with no comma, continues the charge.
        for c, dep in self.ix.rights(cue):
            if c.i >= hi and c.left_edge.i == hi and dep in ("advcl", "xcomp"):
                hi = c.right_edge.i + 1
            elif c.i == hi and dep == "prep" and c.lower_ in _PLACE_PREPS and self._place(c):
                # "blamed X for an attack on Monday on a crowded fish market": where the
                # act was, hung on the cue right after the charge, goes on with it.
                hi = c.right_edge.i + 1
            elif (
                c.i == hi
                and c.pos_ == "ADJ"
                and c.right_edge.i == hi
                and self.doc[hi - 1].tag_ == "VBG"
            ):
                # "of shooting dead": the adjective of the act, however the parser hung it
                hi += 1
            elif c.left_edge.i == hi and dep == "dobj" and self._object_left(lo, hi):
                # "of shooting dead a farmer": the parser hangs "dead" and "a farmer" on
                # the cue; the object goes on with the act it is the object of.
                hi = c.right_edge.i + 1
            elif c.i == hi and dep == "prep" and c.lower_ == "by" and self._by_act(c):
                # "accused the company of breaking the safety law by restarting the
                # shop": how the charge was done, hung on the cue, goes on with it.
                hi = c.right_edge.i + 1
            elif (c.i == hi and dep == "cc" and c.lower_ == "and") or (
                c.i == hi and c.text == "," and self.doc[hi + 1 : hi + 2].text == "and"
            ):
                # "... and torching dozens of homes": a second act of the charge, read
                # as a conjunct of the cue right after the first act; so is "..., and of
                # ignoring the right to consultation", a second "of".
                at = hi + 1 if c.lower_ == "and" else hi + 2
                act = next((g for g, d in self.ix.rights(cue) if d == "conj" and g.i == at), None)
                if act is not None and (
                    (act.tag_ == "VBG" and c.lower_ == "and")
                    or (prep is not None and act.lower_ == prep.lower_)
                ):
                    hi = act.right_edge.i + 1
            elif self._result_of_charge(cue, c, hi):
                # "accused Iran of closing the gates for nine days, cutting the flow to a
                # trickle and leaving farmers without water": what the act did, hung on
                # the cue after a comma, goes on with the charge.
                hi = c.right_edge.i + 1
        hi = self._partitive_tail(cue, hi)
        hi = self._own_characterisation(cue, hi)
        hi = self._cut_comment(lo, self._without_statement(lo, hi)[1], cue)
        hi = self._without_background(cue, lo, hi)
        src_range = None
        if prep is not None and prep.head.i == subj.i:
            # "X were accused by the company of cutting a fence": the charge hangs on the
            # agent; the speaker is the agent without it.
            src_range = (self._source_range(subj)[0], prep.i)
        self._add(
            "accuse",
            (cue.i, cue.i + 1),
            (lo, hi),
            subj,
            lemma=lemma,
            polarity="assert",
            confidence=0.85,
            src_range=src_range,
        )

    @staticmethod
    def _by_act(prep: Token) -> bool:
        """Whether "by" opens an act ("by restarting the shop"), not an agent or a date."""
        act = _first_child(prep, ("pcomp",))
        return act is not None and act.tag_ == "VBG"

    def _object_left(self, lo: int, hi: int) -> bool:
        """The charge ends on an act with no object of its own ("of shooting dead")."""
        doc = self.doc
        return any(
            doc[k].tag_ == "VBG" and not any(g.dep_ == "dobj" for g in doc[k].children)
            for k in range(max(lo, hi - 2), hi)
        )

    @staticmethod
    def _place(prep: Token) -> bool:
        """Whether a preposition's object is a place or a thing, not a day ("on Monday")."""
        obj = _first_child(prep, ("pobj",))
        return obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in WEEKDAYS

    def _result_of_charge(self, cue: Token, c: Token, hi: int) -> bool:
        """A participle clause right after the charge and a comma, hung on the cue, that
        says what the act did: no cue of its own (", saying"), no evidence (", citing"),
        no gloss on the dispute (", escalating"), no subject of its own."""
        doc = self.doc
        return (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and hi < len(doc)
            and doc[hi].text == ","
            and c.left_edge.i == hi + 1
            and c.i == hi + 1
            and not _is_cue_verb(c)
            and c.lemma_.lower() not in EVIDENCE_PARTICIPLES | GLOSS_PARTICIPLES
            and self.ix.sent_of(c.i) == self.ix.sent_of(cue.i)
        )

    def _without_background(self, cue: Token, lo: int, hi: int) -> int:
        """An accusation without a trailing ", as residents entered a ninth day without
        water": a clause of time after a comma, with a subject of its own, is the writer's
        background to the accusation, not part of the charge."""
        doc = self.doc
        for k in self.ix.where(",", lo + 1, hi - 2):
            mark = doc[k + 1]
            if mark.lower_ != "as":
                continue
            clause = mark.head
            if (
                mark.dep_ == "mark"
                and clause.dep_ == "advcl"
                and clause.right_edge.i + 1 >= hi
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.lefts)
            ):
                return k
        return hi

    @staticmethod
    def _own_characterisation(cue: Token, hi: int) -> int:
        """ "accused X of Y for what he called Z": the speaker's own words for the people
        or the act, right after the charge, go on with it (a pronoun for the speaker;
        "in what Manila called" names another speaker and stays a claim of its own)."""
        for c in cue.rights:
            if c.i < hi:
                continue
            if c.dep_ != "prep" or c.left_edge.i != hi:
                break
            verb = _first_child(c, ("pcomp",))
            if (
                verb is not None
                and verb.lemma_.lower() in CALL_VERBS
                and any(g.dep_ == "dobj" and g.lower_ == "what" for g in verb.lefts)
                and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in verb.lefts)
            ):
                return c.right_edge.i + 1
            break
        return hi

    def _partitive_tail(self, cue: Token, hi: int) -> int:
        """ "accused X of killing 14 civilians, most of them children, in air strikes on
        Y": the parser hangs the partitive tail, and the place after it, on the cue. Both
        go on with the charge (a trailing "in a statement" is cut later)."""
        doc = self.doc
        # "of massacring 14 civilians, including six children, in a raid": the tail
        # already closes the charge (hung on its noun), and the place after it goes on.
        absorbed = any(
            doc[k].dep_ == "prep" and doc[k].right_edge.i == hi - 1
            for k in self.ix.where("including", max(0, hi - 8), hi)
        )
        for c, dep in self.ix.rights(cue):
            if c.i < hi or c.is_punct:
                continue
            lo = c.left_edge.i
            if lo < hi or any(doc[k].text != "," for k in range(hi, lo)):
                break
            if (
                not absorbed
                and (doc[lo].lower_ in PARTITIVE_WORDS or _counted_partitive(doc, lo))
                # (the comma before the tail may close the charge's own words)
                and (lo > hi or doc[lo - 1].text == ",")
            ):
                absorbed = True
            elif absorbed and dep == "cc" and c.lower_ == "and":
                # "of shooting dead two herders, one of them a boy, and seizing hundreds of
                # cattle": a second act of the charge, read as a conjunct of the cue.
                act = next(
                    (g for g, d in self.ix.rights(cue) if d == "conj" and g.i == c.i + 1), None
                )
                if act is not None and act.tag_ == "VBG":
                    hi = act.right_edge.i + 1
                break
            elif not (absorbed and dep == "prep"):
                break
            hi = c.right_edge.i + 1
        return hi

    def _accused_as_modifier(self, cue: Token) -> None:
        """ "..., and the military accused communist guerrillas of sabotage": the parser
        reads "accused" as an adjective inside one noun phrase ("the military accused
        communist guerrillas"). The words before it (after an article) are the speaker;
        the rest of the phrase, with its "of" charge, is the accusation."""
        doc = self.doc
        head = cue.head
        for _ in range(6):  # "accused communist guerrillas": on the adjective
            if head.dep_ not in ("amod", "compound") or head.head.i <= head.i:
                break
            head = head.head
        if cue.dep_ != "amod" or head.pos_ not in ("NOUN", "PROPN") or head.i <= cue.i:
            return
        lo = head.left_edge.i
        if doc[lo].dep_ != "det" or doc[lo].head.i != head.i or cue.i - lo < 2:
            return
        if doc[cue.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return
        charge = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if charge is None or _first_child(charge, ("pobj", "pcomp")) is None:
            return
        self._add(
            "accuse",
            (cue.i, cue.i + 1),
            (cue.i + 1, charge.right_edge.i + 1),
            doc[cue.i - 1],
            lemma="accuse",
            polarity="assert",
            confidence=0.7,
            src_range=(lo, cue.i),
        )

    def _accused_as_clause(self, cue: Token, subj: Token, lemma: str) -> None:
        """ "accused Iranian guards of firing on people ... with their hands raised": the
        parser makes "guards of firing..." the subject of a clause ending in "raised".
        The accused is the clause's subject right after the cue, with the charge under it."""
        clause = self.ix.first_child(cue, ("ccomp",))
        if clause is None or clause.i < cue.i:
            return
        accused = _first_child(clause, ("nsubj", "nsubjpass"))
        if accused is None or accused.left_edge.i != cue.i + 1:
            return
        if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in accused.rights):
            return
        self._add(
            "accuse",
            (cue.i, cue.i + 1),
            (accused.left_edge.i, clause.right_edge.i + 1),
            subj,
            lemma=lemma,
            polarity="assert",
            confidence=0.8,
        )

    def _without_statement(self, lo: int, hi: int) -> tuple[int, int]:
        """An object without a trailing "in a statement (posted on ...)": "denied any
        involvement in a statement" hangs where it was said on the object."""
        doc = self.doc
        for k in self.ix.where("in", lo + 1, hi):
            t = doc[k]
            if t.dep_ == "prep":
                pobj = _first_child(t, ("pobj",))
                if (
                    pobj is not None
                    and pobj.lemma_.lower() in DOCUMENT_NOUNS
                    and not any(c.dep_ == "compound" for c in pobj.lefts)  # "border post"
                    and t.right_edge.i + 1 >= hi
                ):
                    return lo, k
        return lo, hi

    def _cut_comment(self, lo: int, hi: int, cue: Token) -> int:
        """Drop a trailing ", exacerbating ..." participle: the writer's gloss on the
        dispute, not the claim (", cutting the flow to a trickle" is what the act did)."""
        if not self.ix.has(",", lo, hi - 1):
            return hi  # (both cuts below open after a comma)
        doc = self.doc
        for k in range(lo + 1, hi):
            t = doc[k]
            if (
                t.tag_ == "VBG"
                and t.dep_ in ("advcl", "acl", "xcomp", "conj")
                and doc[k - 1].text == ","
                and t.right_edge.i + 1 >= hi - 1
                and t.head.i != cue.i
                and t.lemma_.lower() in GLOSS_PARTICIPLES
            ):
                return k - 1
            if (
                t.tag_ == "VBG"
                and t.dep_ in ("advcl", "acl")
                and doc[k - 1].text == ","
                and t.right_edge.i + 1 >= hi - 1
                and t.head.pos_ in ("NOUN", "PROPN")
                and t.lemma_.lower() in SAY_VERBS
            ):
                # "accused Congo's army of firing mortar rounds into Kamembe, saying the
                # shells killed five civilians": the speaker's own clause, which the
                # parser hung inside the charge, is a claim of its own.
                return k - 1
            if (
                t.dep_ == "appos"
                and t.pos_ == "NOUN"
                and t.left_edge.i > lo
                and doc[t.left_edge.i - 1].text == ","
                and t.right_edge.i + 1 >= hi - 1
                and t.head.pos_ == "PROPN"
                and t.head.dep_ == "pobj"
                and t.head.head.lower_ in _PLACE_PREPS
                and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.lefts)
                and any(c.dep_ in ("relcl", "acl", "prep") for c in t.rights)
            ):
                # "accused X of seizing boats on the Corentyne River, the waterway that
                # marks the border": the writer's description of the place.
                return t.left_edge.i - 1
        return hi
