"""The rules for "according to X" and for noun cues.

`_according` (the clause after or before "according to X"), `_noun` ("the ministry's claim
that...", "allegations of...") and `_fronted_account` ("In Managua's account, ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _is_cue_verb
from .cues import DOCUMENT_NOUNS, FIGURE_NOUNS, NOUN_CUES, NOUN_OF_CUES
from .rules import _Rules
from .spans import _first_child, _inside_quotation, subtree_range, trim
from .subjects import _document_author


class NounRules(_Rules):
    """``_according``, ``_noun`` and ``_fronted_account``, called by ``run``."""

    def _according(self, t: Token) -> None:
        doc = self.doc
        if self.ix.quote_at(t.idx) is not None:
            # '"... will be dealt with according to Egyptian law"': inside a quotation it
            # belongs to the quoted speaker's words, as any cue there does.
            return
        to = doc[t.i + 1]
        pobj = _first_child(to, ("pobj",)) or _first_child(t, ("pobj",))
        if pobj is None:
            return
        src = pobj
        if pobj.lemma_.lower() in DOCUMENT_NOUNS:
            # "according to the ministry's statement", "according to a list the KNDF
            # shared with reporters": who issued it
            src = _document_author(pobj)
        elif pobj.lemma_.lower() in NOUN_CUES | FIGURE_NOUNS:
            # "according to Moscow's account", "according to figures from the ministry":
            # the account's author speaks.
            for c in pobj.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                    src = c if c.dep_ == "poss" else (_first_child(c, ("pobj",)) or pobj)
                    break
        s_start, s_end = self.ix.sent_of(t.i)
        p_lo = t.i
        p_hi = max(to.right_edge.i, pobj.right_edge.i) + 1
        p_hi = self._subject_read_as_apposition(p_lo, p_hi, s_end)
        before = trim(self.ix, s_start, p_lo)
        after = trim(self.ix, p_hi, s_end)
        size_b = before[1] - before[0]
        size_a = after[1] - after[0]
        if size_a <= 0 and size_b <= 0:
            return
        content = after if size_a >= size_b else before
        if content is before:
            content = _inside_quotation(doc, *before, self.text)
        self._add(
            "according",
            (t.i, t.i + 2),
            content,
            src,
            lemma="according to",
            polarity="assert",
            confidence=0.85,
        )

    def _subject_read_as_apposition(self, lo: int, hi: int, end: int) -> int:
        """ "According to the Command, which oversees troops along the border, a border
        task force encountered...": the clause's subject, after the relative clause's
        last comma, read as an apposition inside it. Where the clause then begins."""
        doc = self.doc
        if hi >= end or doc[hi].pos_ not in ("VERB", "AUX"):
            return hi
        verb = doc[hi]
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.lefts):
            return hi
        comma = next((k for k in range(hi - 1, lo, -1) if doc[k].text == ","), None)
        if comma is None:
            return hi
        subj = next((t for t in doc[comma + 1 : hi] if t.dep_ == "appos"), None)
        if subj is None or subj.left_edge.i != comma + 1 or subj.right_edge.i != hi - 1:
            return hi
        return comma + 1

    # --- noun cues -------------------------------------------------------------------------------
    def _noun(self, t: Token, lemma: str) -> None:
        head = t.head
        if head.lower_ == "to" and head.head.lower_ == "according":
            return
        src = None
        for c in t.children:
            if c.dep_ == "poss":
                src = c
                break
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                src = _first_child(c, ("pobj",))
                break
        if src is None:
            return
        fronted = self._fronted_account(t)
        if fronted is not None:
            self._add(
                "according",
                (t.i, t.i + 1),
                fronted,
                src,
                lemma="according to",
                polarity="assert",
                confidence=0.8,
            )
            return
        if src.lower_ in ("its", "their", "his", "her", "our", "my"):
            return
        content: tuple[int, int] | None = None
        for c in t.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children
            ):
                content = subtree_range(c)
                break
            if c.dep_ == "prep" and c.lower_ == "of" and lemma in NOUN_OF_CUES:
                pobj = _first_child(c, ("pobj", "pcomp"))
                if pobj is not None:
                    content = subtree_range(pobj)
                    break
        if content is None:
            return
        polarity = "deny" if lemma == "denial" else "assert"
        self._add(
            "noun", (t.i, t.i + 1), content, src, lemma=lemma, polarity=polarity, confidence=0.7
        )

    def _fronted_account(self, t: Token) -> tuple[int, int] | None:
        """ "In Managua's account, the boat had been carrying cocaine": a fronted "in X's
        account / version / statement," says the rest of the sentence, as "according to"."""
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            return None
        verb = prep.head
        end = t.right_edge.i + 1
        if verb.pos_ not in ("VERB", "AUX") or not prep.i < verb.i or end >= len(self.doc):
            return None
        if _is_cue_verb(verb):
            return None  # "In its account, the ministry said X": "said" reports X
        if self.doc[end].text != "," or self.ix.sent_of(prep.i)[0] != prep.i:
            return None  # only at the start of a sentence, closed by a comma
        return end + 1, self.ix.sent_of(t.i)[1]
