"""The grammar of what is said: the clause a cue reports and the phrases around it.

`_reported_clause`, `_clause_of_statement` and `_clause_of_adverbial` find the clause where
the parser did not hang it on the cue as its complement (`_aside_read_as_clause`,
`_that_clause_as_relative`); then the tests on the phrases around a cue: counts and
partitives (`_counted_partitive`, `_count_with_state`), a gerund completing a noun, "as" and
appositions inside an object (`_as_inside`, `_appos_inside`), a charge hung on an adverbial
(`_charge_after_adverbial`), and `_is_cue_verb`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .cues import DENY_VERBS, DOCUMENT_NOUNS, VERB_CUES
from .index import DocIndex
from .spans import _first_child


def _that_clause(verb: Token) -> bool:
    """A clause opened by "that" as its conjunction ("that all were rescued")."""
    first = verb.doc[verb.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == verb.i


def _counted_partitive(doc: Doc, k: int) -> bool:
    """ "two of them seriously", "three of whom were children": a count of the people
    just named, opening a partitive tail."""
    return (
        k + 2 < len(doc)
        and doc[k].like_num
        and doc[k + 1].lower_ == "of"
        and doc[k + 2].lower_ in ("them", "whom", "those")
    )


def _gerund_of_noun(cue: Token) -> bool:
    """A gerund that completes a noun through a preposition, alone or coordinated: "on
    charges of inciting discord and calling for disorder", "the crime of denying X". It
    names an act, and has no speaker of its own."""
    t = cue
    for _ in range(3):
        if t.dep_ != "conj":
            break
        t = t.head
    return (
        t.dep_ == "pcomp"
        and t.head.dep_ == "prep"
        and t.head.head.pos_ == "NOUN"
        # not "with New Delhi alleging X", which has a speaker
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*t.lefts, *cue.lefts))
    )


def _count_with_state(obj: Token) -> bool:
    """A number and an adjective with no verb, as headlines put a toll: "One Dead",
    "12 Missing" (the adjective heads, the number qualifies it, or the reverse)."""
    if obj.pos_ == "ADJ":
        return any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in obj.lefts)
    if obj.pos_ == "NUM":
        return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i for c in obj.rights)
    return False


def _reported_clause(cue: Token, ix: DocIndex) -> Token | None:
    """The clause a cue reports. "Kyiv says X; Moscow says Y": the parser hangs the first
    statement, before the semicolon, on the second cue; that cue reports Y."""
    first = ix.first_child(cue, ("ccomp",))
    if first is None:
        return _that_clause_read_as_adverbial(cue)
    if first.i > cue.i:
        return first
    if (
        cue.lemma_.lower() in DENY_VERBS
        and _is_cue_verb(first)
        and _first_child(first, ("nsubj",)) is not None
        and any(c.dep_ == "dobj" for c in cue.rights)
    ):
        # "Ethiopia Blames OLA for Blast, Group Denies Involvement": two statements side
        # by side; the denial's object is what it denies, the first clause a claim of its own.
        return next((c for c in cue.rights if c.dep_ == "ccomp"), None)
    aside = _aside_read_as_clause(cue, ix)
    if (aside is not None and aside.i == first.i) or any(
        c.dep_ == "punct" and c.text == ";" and c.i > first.i for c in cue.lefts
    ):
        return next((c for c in cue.rights if c.dep_ == "ccomp"), first)
    return first


def _that_clause_read_as_adverbial(cue: Token) -> Token | None:
    """ "It was alleged by the commander, in remarks carried by the agency, that X": after
    an aside the parser may hang the that-clause on the cue as an adverbial clause (not
    "so that X", a purpose)."""
    doc = cue.doc
    for c in cue.rights:
        if c.dep_ != "advcl":
            continue
        that = next((m for m in c.lefts if m.dep_ == "mark" and m.lower_ == "that"), None)
        if that is not None and doc[that.i - 1].lower_ not in ("so", "such", "now", "given"):
            return c
    return None


def _aside_read_as_clause(cue: Token, ix: DocIndex) -> Token | None:
    """ "Relatives of the drivers, gathered outside the ministry, said X": the participle
    read as a finite verb with the speaker as its subject, and the whole "S, gathered
    ...," as a clause the cue reports. The participle, when the construction fits."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    for c, dep in ix.lefts(cue):
        if dep != "ccomp" or c.tag_ not in ("VBD", "VBN") or c.right_edge.i != cue.i - 2:
            continue
        subj = _first_child(c, ("nsubj", "nsubjpass"))
        if (
            subj is not None
            and subj.i < c.i
            and subj.left_edge.i == c.left_edge.i
            and doc[c.i - 1].text == ","
            and subj.right_edge.i in (c.i - 2, c.i - 1)  # (the comma may hang on it)
            and not any(a.dep_ in ("aux", "auxpass") for a in c.lefts)
        ):
            return c
    return None


def _clause_of_statement(cue: Token, ix: DocIndex) -> Token | None:
    """ "said in a statement that X": the parser hangs the that-clause on "statement"."""
    for c, dep in ix.rights(cue):
        if dep != "prep" or c.lower_ != "in":
            continue
        pobj = _first_child(c, ("pobj",))
        if pobj is None or pobj.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        for g in pobj.rights:
            if g.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in g.lefts
            ):
                return g
            if g.dep_ == "relcl" and _that_clause_as_relative(g):
                return g
            if g.dep_ == "acl" and g.tag_ == "VBN":
                # "said in a statement posted online that X": on the participle.
                for h in g.rights:
                    if h.dep_ == "ccomp" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in h.lefts
                    ):
                        return h
                    if h.dep_ == "relcl" and _that_clause_as_relative(h):
                        return h
    return None


def _clause_of_adverbial(cue: Token) -> Token | None:
    """ "told state television from a hospital on the island that X": the parser hangs
    the that-clause, "that" read as a relative pronoun, on a noun of the adverbial."""
    for c in cue.rights:
        if c.dep_ != "prep":
            continue
        pobj = _first_child(c, ("pobj",))
        for _ in range(2):  # "from a hospital" / "from a hospital on the island"
            if pobj is None:
                break
            nxt = None
            for g in pobj.rights:
                if g.dep_ == "relcl" and _that_clause_as_relative(g):
                    return g
                if g.dep_ == "prep" and nxt is None:
                    nxt = _first_child(g, ("pobj",))
            pobj = nxt
    for c in cue.rights:
        # "told a weekly briefing that Turkish forces had no role": "that" read as the
        # subject of a relative clause on the object, which has a subject of its own.
        if c.dep_ == "dobj" and c.pos_ == "NOUN":
            for g in c.rights:
                # (not "confirmed the arrests that police had made": "that" as an object
                # may be a true relative pronoun, but the object of "told" is who heard)
                if (
                    g.dep_ == "relcl"
                    and _that_clause_as_relative(g)
                    and (cue.lemma_.lower() == "tell" or g.doc[g.left_edge.i].dep_ != "dobj")
                ):
                    return g
    for c in cue.rights:
        # "have insisted since the camp began that X": the that-clause hung on the verb of
        # a time clause set between the cue and "that".
        if c.dep_ != "advcl" or _is_cue_verb(c):
            continue
        if not any(
            g.dep_ == "mark" and g.lower_ in ("since", "when", "after", "before") for g in c.lefts
        ):
            continue
        for g in c.rights:
            if g.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.lefts):
                return g
    return None


def _that_clause_as_relative(clause: Token) -> bool:
    """ "in a video posted online that police had fired...": "that" read as the relative
    pronoun of a clause that has a subject of its own, so it is the reported clause."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ == "that"
        and first.dep_ in ("dobj", "nsubj", "nsubjpass", "mark")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.lefts)
    )


def _as_inside(obj: Token) -> Token | None:
    """The object of an "as" within a noun phrase ("the reports of deaths as propaganda")."""
    for t in obj.subtree:
        if t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i:
            return _first_child(t, ("pobj",))
    return None


def _appos_inside(obj: Token) -> Token | None:
    """'calling the reports of injuries "pure fabrication"': the predicate parsed as an
    apposition of the object's last noun, closing the object."""
    for t in obj.subtree:
        if t.dep_ == "appos" and t.i > obj.i and t.head.i > obj.i:
            return t if t.right_edge.i >= obj.right_edge.i else None
    return None


def _charge_after_adverbial(cue: Token, wanted: Sequence[str]) -> Token | None:
    """ "accused X on Monday of Y": the parser hangs "of Y" on "Monday" (and in the
    passive "X was accused by Y of Z", on the agent Y)."""
    for c in cue.rights:
        if c.dep_ in ("prep", "npadvmod", "agent"):
            head = _first_child(c, ("pobj",)) if c.dep_ != "npadvmod" else c
            if head is None:
                continue
            for g in head.rights:
                if g.dep_ == "prep" and g.lower_ in wanted:
                    return g
    return None


def _is_cue_verb(t: Token) -> bool:
    return t.lemma_.lower() in VERB_CUES and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))
