"""Where the attribution stands, when the parser hangs it in the wrong place.

Helpers of `_verb`: an attribution set inside the statement ("The attack, officials said, was
deliberate": `_inset_attribution`, `_inset_read_as_main`, `_clause_after_aside`) or closing
it (", the ministry said.": `_closing_attribution`, `_statement_before_conjunct`,
`_statement_read_as_subject`, `_trailing_conj`, `_appended_apposition`,
`_said_by_appended_name`), ", a charge Ukraine denied." (`_comment_cue`), and a speaker with
a participle phrase ("A man being treated there told...": `_speaker_before_participle`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _is_cue_verb
from .cues import COMMENT_NOUNS, NOUN_OF_CUES, RELATIVE_PRONOUNS
from .rules import _Rules
from .spans import _first_child


class PlacementRules(_Rules):
    """Helpers of ``_verb``: inset and closing attributions, misplaced speakers."""

    def _statement_before_conjunct(self, cue: Token, ccomp: Token, subj: Token) -> int | None:
        """ "Two officers were hurt, and 27 people were detained, the ministry added": the
        parser coordinates the closing cue with the statement's first clause and hangs
        only the last clause on it. The statement runs from the sentence's first word."""
        doc = self.doc
        head = cue.head
        lo = ccomp.left_edge.i
        if (
            cue.dep_ != "conj"
            or not (head.i < lo < ccomp.i < cue.i)
            or subj.i < cue.i - 3
            or subj.i < ccomp.right_edge.i
            or lo < 2
            or doc[lo - 1].dep_ != "cc"
            or doc[lo - 1].head.i != head.i
            or doc[lo - 2].text != ","
            or head.left_edge.i != self.ix.sent_of(cue.i)[0]
        ):
            return None
        return head.left_edge.i

    def _clause_after_aside(self, cue: Token, ccomp: Token) -> Token | None:
        """ "X, the minister wrote on social media, and they never fired at it": a clause
        with its own subject coordinated with a cue set inside what was said goes on with
        the speaker's words."""
        if ccomp.i > cue.i:
            return None
        doc = self.doc
        for c, dep in self.ix.rights(cue):
            if (
                dep == "conj"
                and c.pos_ in ("VERB", "AUX")
                and not _is_cue_verb(c)
                and c.left_edge.i >= 2
                and doc[c.left_edge.i - 1].dep_ == "cc"
                and doc[c.left_edge.i - 1].lower_ == "and"
                and doc[c.left_edge.i - 2].text == ","
                and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.lefts)
                and self.ix.quote_at(c.idx) is None
            ):
                return c
        return None

    def _speaker_before_participle(self, cue: Token) -> tuple[Token, int, tuple[int, int]] | None:
        """ "A shift foreman reached by telephone said shells had landed", "A man being
        treated there told the agency that X": a subject opening the sentence with a
        participle phrase after it; the parser takes the participle for the verb and hangs
        the finite cue inside its phrase ("said" as the object of "by"). Returns the
        speaker, the end of its phrase (before the participle) and the reported clause."""
        if cue.tag_ not in ("VBD", "VBZ") or cue.dep_ in ("ROOT", "ccomp", "conj", "relcl"):
            return None
        doc = self.doc
        s0, s1 = self.ix.sent_of(cue.i)
        part = cue.head
        for _ in range(3):
            if part.tag_ in ("VBN", "VBG") and part.i < cue.i:
                break
            if part.head.i == part.i:
                return None
            part = part.head
        else:
            return None
        if part.tag_ not in ("VBN", "VBG") or part.i > cue.i:
            return None
        if part.dep_ == "acl" and part.head.pos_ in ("NOUN", "PROPN"):
            subj: Token | None = part.head
        else:
            subj = _first_child(part, ("nsubjpass", "nsubj"))
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > part.i:
            return None
        if subj.left_edge.i != s0:
            return None
        end = min([part.i] + [c.i for c in part.lefts if c.dep_ in ("aux", "auxpass")])
        if end <= subj.i:
            return None
        clause = self.ix.first_child(cue, ("ccomp",))
        if clause is not None and clause.i > cue.i:
            return subj, end, (clause.left_edge.i, clause.right_edge.i + 1)
        # No clause of its own: the words after the cue are the clause the parser made
        # the sentence's main one ("said shells had landed ...").
        start = cue.i + 1
        if start < s1 and doc[start].lower_ == "that":
            start += 1
        if start >= s1:
            return None
        first = doc[start]
        if (
            first.dep_ not in ("nsubj", "nsubjpass")
            or first.left_edge.i != start
            or first.head.i < start
        ):
            return None
        return subj, end, (start, s1)

    def _inset_read_as_main(self, cue: Token, subj: Token) -> tuple[int, int] | None:
        """ "The strike, the ministry said in a statement, hit a depot" parsed with "said"
        as the main verb: a first subject closed by a comma before the speaker, and after
        the comma closing the aside a clause with no subject of its own. The statement's
        tokens (start, end), attribution included, or None."""
        doc = self.doc
        if subj.i > cue.i or subj.head.i != cue.i:
            return None
        s_lo = subj.left_edge.i
        if s_lo < 1 or doc[s_lo - 1].text != ",":
            return None  # (the speaker follows the comma that closes the first subject)
        first = next(
            (c for c, dep in self.ix.lefts(cue) if dep in ("nsubj", "nsubjpass") and c.i < s_lo),
            None,
        )
        if first is None:
            return None
        f_hi = first.right_edge.i
        if doc[f_hi].text == ",":
            f_hi -= 1  # the comma closing the first subject hangs on it
        if f_hi + 1 != s_lo - 1:
            return None
        rest = next(
            # (a conjunct right after the comma, with no "and": "..., struck a school")
            (
                c
                for c, dep in self.ix.rights(cue)
                if dep in ("ccomp", "advcl", "conj") and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if rest is None or rest.left_edge.i < 1 or doc[rest.left_edge.i - 1].text != ",":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in rest.lefts):
            return None
        if self.ix.quote_at(self.ix.start_char(first.left_edge.i)) is not None:
            return None
        if self.ix.sent_of(first.left_edge.i) != self.ix.sent_of(cue.i):
            return None
        return first.left_edge.i, rest.right_edge.i + 1

    def _inset_attribution(self, cue: Token, subj: Token) -> tuple[int, int] | None:
        """ "The attack, officials said, was deliberate": a cue between commas, hung on
        the verb of the statement that goes on after it and whose subject comes before:
        the statement's tokens (start, end), attribution included, or None."""
        doc = self.doc
        head = cue.head
        if cue.dep_ != "parataxis" or head.i <= cue.i or head.pos_ not in ("VERB", "AUX"):
            return None
        lo, hi = cue.left_edge.i, cue.right_edge.i
        if subj.i < cue.i:
            lo = min(lo, subj.left_edge.i)
        # The commas around the aside hang on the cue too.
        if doc[lo].text == ",":
            lo += 1
        if doc[hi].text == "," and hi > cue.i:
            hi -= 1
        if lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
            return None
        if any(dep in ("ccomp", "dobj", "xcomp") for c, dep in self.ix.rights(cue)):
            return None
        if self.ix.quote_at(self.ix.start_char(lo)) is not None:
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < lo for c in head.lefts):
            return None
        start, end = head.left_edge.i, head.right_edge.i + 1
        if self.ix.sent_of(start) != self.ix.sent_of(cue.i):
            return None
        return start, end

    def _closing_attribution(self, cue: Token, subj: Token) -> tuple[int, int] | None:
        """The words before ", <speaker> said." that end a sentence whose statement the
        parser did not hang on the cue: (start, end) tokens, or None."""
        doc = self.doc
        lo = subj.left_edge.i
        sent_lo, sent_hi = self.ix.sent_of(cue.i)
        if not (subj.i < cue.i and sent_lo + 2 < lo and doc[lo - 1].text == ","):
            return None
        if any(dep in ("ccomp", "dobj", "xcomp", "conj") for c, dep in self.ix.children(cue)):
            return None
        if any(
            not (doc[k].is_punct or doc[k].is_space or doc[k].head.i == cue.i)
            for k in range(cue.i + 1, sent_hi)
        ):
            return None
        # The parser may have split the sentence too (two roots): go back to the full stop.
        start = sent_lo
        for _ in range(80):
            prev = doc[start - 1] if start > 0 else None
            if prev is None or prev.is_space or prev.text in (".", "!", "?", ":", ";"):
                break
            start -= 1
        line = self.ix.line_at(self.ix.start_char(start))
        if line is not None and line.has_dateline:
            while start < lo and self.ix.start_char(start) < line.body_start:
                start += 1
        return (start, lo - 1) if start < lo - 1 else None

    def _statement_read_as_subject(self, cue: Token, subj: Token) -> Token | None:
        """The first of two subjects of a cue when it ends, with a comma, right before the
        speaker and holds a verb of its own."""
        doc = self.doc
        first = next((c for c, dep in self.ix.lefts(cue) if dep == "nsubj"), None)
        if first is None or first.i == subj.i or subj.i < first.i or subj.i > cue.i:
            return None
        hi = first.right_edge.i
        if doc[hi].text == ",":
            hi -= 1
        lo = subj.left_edge.i
        if hi + 2 != lo or doc[hi + 1].text != ",":
            return None
        if not any(
            doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP") and doc[k].dep_ in ("acl", "relcl")
            for k in range(first.i + 1, hi + 1)
        ):
            return None
        return first

    def _said_by_appended_name(self, cue: Token, subj: Token) -> bool:
        """ ", the Tuareg-led rebel alliance CSP said" misparsed as a relative clause of
        "alliance" (no relative pronoun, the noun right after a comma, the name and the
        verb right after the noun)."""
        doc = self.doc
        head = cue.head
        if cue.dep_ != "relcl" or head.pos_ != "NOUN" or not head.i < subj.i < cue.i:
            return False
        lo = head.left_edge.i
        return (
            lo > self.ix.sent_of(cue.i)[0]
            and doc[lo - 1].text == ","
            and subj.left_edge.i == head.i + 1
            and not any(c.lower_ in RELATIVE_PRONOUNS for c, dep in self.ix.lefts(cue))
        )

    def _comment_cue(self, cue: Token) -> tuple[int, int, Token] | None:
        """ ", a charge Ukraine denied." ending a sentence, with the charge read as the
        verb's subject (or "Ukraine" as its apposition): the span of "a charge" and the
        speaker."""
        doc = self.doc
        end = cue.i + 1
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_space):
            return None
        subj = self.ix.nearest_subject(cue, ("nsubj",))
        if subj is None or subj.i > cue.i:
            return None
        if subj.lemma_.lower() in NOUN_OF_CUES | COMMENT_NOUNS:
            # "a charge Ukraine denies": the speaker read as the charge's apposition.
            speaker = next((c for c in subj.rights if c.dep_ == "appos"), None)
            lo = subj.left_edge.i
            if (
                speaker is not None
                and speaker.i < cue.i
                # "a demand Kigali has previously rejected"
                and all(
                    doc[k].dep_ in ("aux", "advmod") and doc[k].head.i == cue.i
                    for k in range(speaker.right_edge.i + 1, cue.i)
                )
                and lo >= 1
                and doc[lo].dep_ == "det"
                and doc[lo - 1].text == ","
            ):
                return lo, subj.i + 1, speaker
            return None
        for c, dep in self.ix.lefts(cue):
            if (
                dep in ("nsubj", "nsubjpass", "npadvmod", "dobj")
                and c.i < subj.left_edge.i
                and c.lemma_.lower() in NOUN_OF_CUES | COMMENT_NOUNS
                and c.left_edge.i >= 1
                and doc[c.left_edge.i].dep_ == "det"
                and doc[c.left_edge.i - 1].text == ","
                and c.right_edge.i + 1 == subj.left_edge.i
            ):
                return c.left_edge.i, c.i + 1, subj
        return None

    def _appended_apposition(self, cue: Token) -> Token | None:
        """The apposition (or conjunct with no "and") that ends right before a subjectless
        conjunct cue and opens after a comma: ", the Kurdistan Workers' Party (PKK) said
        on Friday."."""
        doc = self.doc
        # (The comma may close the sentence before, when the parser split it there.)
        if cue.i == 0 or not self.ix.has(",", self.ix.sent_of(cue.i)[0] - 1, cue.i - 1):
            return None
        if cue.dep_ == "conj" and cue.head.i < cue.i:
            if any(
                dep in ("nsubj", "nsubjpass", "cc", "ccomp", "dobj")
                for c, dep in self.ix.children(cue)
            ):
                return None
        elif cue.dep_ == "ROOT":
            # "X was killed near the village of K, Armenia's defence ministry said": the
            # speaker read as an apposition of the place, the statement as said's clause.
            # (The clause before the cue first: most cues say what follows them.)
            if not any(dep == "ccomp" and c.i < cue.i for c, dep in self.ix.lefts(cue)) or any(
                dep in ("nsubj", "nsubjpass")
                # "..., ERR's editor Mart Saar told Reuters": whom he told, not what
                or (dep == "dobj" and not (c.i > cue.i and cue.lemma_.lower() == "tell"))
                for c, dep in self.ix.children(cue)
            ):
                return None
        else:
            return None
        t = doc[cue.i - 1]
        for _ in range(6):
            if t.dep_ in ("appos", "conj") or t.head.i == t.i:
                break
            t = t.head
        while t.dep_ == "appos" and t.head.dep_ == "appos" and t.head.right_edge.i == cue.i - 1:
            t = t.head  # "..., the channel's chief editor Anna K told": a name in apposition
        if (
            t.dep_ not in ("appos", "conj")
            or t.right_edge.i != cue.i - 1
            or t.pos_ not in ("NOUN", "PROPN")
            or (t.dep_ == "conj" and any(c.dep_ == "cc" for c in t.head.children))
        ):
            return None
        lo = t.left_edge.i
        if lo == 0 or doc[lo - 1].text != "," or self.ix.sent_of(lo) != self.ix.sent_of(cue.i):
            return None
        return t

    def _trailing_conj(self, cue: Token, subj: Token) -> bool:
        """A cue verb misparsed as a conjunct of the clause it reports: ", X said." with
        the subject right after a comma and no "and" of its own."""
        doc = self.doc
        if cue.dep_ != "conj" or cue.head.i >= cue.i or subj.head.i != cue.i or subj.i > cue.i:
            return False
        lo = subj.left_edge.i
        return (
            lo > 0
            and doc[lo - 1].text == ","
            and self.ix.sent_of(lo) == self.ix.sent_of(cue.i)
            and not any(dep in ("cc", "ccomp", "dobj") for c, dep in self.ix.children(cue))
        )
