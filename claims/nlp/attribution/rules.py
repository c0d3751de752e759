"""The base of the rule mixins: the state they share and how a claim is recorded.

`_Rules` declares what the rules read and write through `self` (set by `Extractor`): the
document, its index and text, the claims so far. `_add` records one claim (content trimmed,
cue and speaker's phrase as offsets); `_source_range` looks a speaker's phrase up once per
token.
"""

from __future__ import annotations

from spacy.symbols import PRON, PROPN
from spacy.tokens import Doc, Token

from .cues import NSUBJ, PRONOUNS
from .index import DocIndex, RawClaim
from .spans import source_range, trim, trim_chars
from .subjects import _hyphenated_head


class _Rules:
    """What every rule reads and writes: the document, its index and text, the claims found
    so far; ``_add`` records one."""

    doc: Doc
    ix: DocIndex
    text: str
    claims: list[RawClaim]
    _negated: set[int]  # cue verbs with a negation: "did not claim"
    _asides: list[tuple[int, int]]  # char spans cut off claims as evidence
    _source_ranges: dict[int, tuple[int, int]]  # see _source_range

    def _source_range(self, root: Token) -> tuple[int, int]:
        """:func:`source_range` of ``root``, once per token: a speaker's phrase is looked up
        for each of its claims and again for the mentions."""
        found = self._source_ranges.get(root.i)
        if found is None:
            found = self._source_ranges[root.i] = source_range(root, self.ix)
        return found

    def _add(
        self,
        kind: str,
        cue: tuple[int, int],
        content: tuple[int, int],
        src: Token | None,
        *,
        lemma: str,
        polarity: str,
        confidence: float,
        char_content: tuple[int, int] | None = None,
        reach: int | None = None,
        src_range: tuple[int, int] | None = None,
    ) -> None:
        doc = self.doc
        if char_content is not None:
            s, e = trim_chars(self.text, *char_content)
            ts = doc.char_span(s, e, alignment_mode="expand")
            tok = (ts.start, ts.end) if ts is not None else (cue[0], cue[1])
        else:
            i, j = trim(self.ix, *content)
            if i >= j:
                return
            s, e = self.ix.chars(i, j)
            q = self.ix.quote_at(e - 1)
            if (
                q is not None
                and s < q[0]
                and e < q[1]
                and q[1] < self.ix.end_char(self.ix.sent_of(cue[0])[1] - 1)
            ):
                # 'wrote that the dead "were not farmers, they were criminals"': words
                # quoted inside the content run to their closing mark, whatever clause the
                # parser ended at the comma inside them.
                span = doc.char_span(s, q[1] + 1, alignment_mode="expand")
                if span is not None:
                    e, j = q[1] + 1, span.end
            tok = (i, j)
        if e <= s or not self.text[s:e].strip():
            return
        cs, ce = self.ix.chars(*cue)
        last = reach if reach is not None else doc[cue[0]].right_edge.i
        cue_sent = self.ix.sent_of(cue[0])
        if not cue_sent[0] <= last < cue_sent[1]:
            last = cue[1] - 1
        far = max(e, self.ix.end_char(last))
        pronoun = None
        src_tok = None
        if src is not None:
            if src.pos == PRON and src.lower_ in PRONOUNS:
                pronoun = src.lower_
                src_tok = (src.i, src.i + 1)
            else:
                src_tok = src_range if src_range is not None else self._source_range(src)
                if src_tok[0] >= src_tok[1]:
                    src_tok = (src.i, src.i + 1)
                # (Most sources have no hyphen after them: the index says so first.)
                hyphen = src_range is None and self.ix.has("-", src.i + 1, src.i + 2)
                joined = _hyphenated_head(src) if hyphen else None
                if joined is not None:
                    # "said the co-chair of the directorate": the pieces of a hyphenated
                    # noun read as three subjects; the last piece heads the phrase.
                    src_tok = (src_tok[0], self._source_range(joined)[1])
                    src = joined
                named = self._named_after_description(src) if src_range is None else None
                if named is not None:
                    # "Lebanon's state news agency NNA reported": the description and the
                    # name read as two subjects; the description (and its possessor) heads.
                    src_tok = (named.left_edge.i, src_tok[1])
                    src = named
                if src_tok[0] < cue[0] < src_tok[1]:
                    # A speaker's phrase never runs over its own cue (the sentence root
                    # that an apposition and a misparsed main verb hang on): it ends at the
                    # cue, without the comma before it.
                    j = cue[0]
                    while j > src_tok[0] + 1 and doc[j - 1].is_punct:
                        j -= 1
                    src_tok = (src_tok[0], j)
        paragraph, headline = self.ix.paragraph_and_headline(cs)
        self.claims.append(
            # (Positional, as in RawClaim.mention.)
            RawClaim(
                kind,  # kind
                lemma,  # cue_lemma
                cs,  # cue_start
                ce,  # cue_end
                s,  # start
                e,  # end
                tok[0],  # tok_start
                tok[1],  # tok_end
                src.i if src is not None else None,  # src_root
                src_tok,  # src_tok
                polarity,  # polarity
                confidence,  # confidence
                paragraph,  # paragraph
                cue_sent[0],  # sent_start
                headline,  # headline
                pronoun,  # pronoun
                far,  # reach
            )
        )

    @staticmethod
    def _named_after_description(src: Token) -> Token | None:
        """The noun subject right before a proper-name subject of the same verb, with
        nothing between them."""
        if src.dep != NSUBJ or src.pos != PROPN or src.left_edge.i == 0:
            return None
        prev = src.doc[src.left_edge.i - 1]
        while prev.head.i != src.head.i and prev.head.i != prev.i and prev.i < prev.head.i:
            prev = prev.head
        if prev.dep_ == "nsubj" and prev.head.i == src.head.i and prev.pos_ == "NOUN":
            return prev
        return None
