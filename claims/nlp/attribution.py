"""Attribution rules over spaCy's dependency parse: cue, source and content of each claim.

The rules read the parse the model already produced; they never re-parse. Offsets are
character offsets into the document text, which has the same length and positions as
the caller's original text (see :mod:`claims.nlp.textprep`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy import symbols
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.strings import StringStore
from spacy.symbols import AUX, NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from .textprep import Line
from .wordlists import wordset

# Dependency labels as spaCy's integer symbols, for the rules that read them off the
# per-document arrays: comparing ints builds no string per token.
CONJ, NEG, NSUBJ, NSUBJPASS = symbols.conj, symbols.neg, symbols.nsubj, symbols.nsubjpass
RELCL = symbols.relcl

# --- cue lexicons (lemmas) -----------------------------------------------------------------
SAY_VERBS = wordset(
    "say tell add state claim allege assert maintain insist argue contend report announce "
    "confirm acknowledge admit write post note stress warn caution suggest explain reiterate "
    "declare charge tweet testify read complain counter retort reply concede "
    # telling someone that Y: "reminded all parties that X"
    "remind assure inform"
)
DENY_VERBS = wordset("deny reject dismiss refute rebut dispute deride")
# Denials that, with two sides as subject, say only that they disagree with each other.
RECIPROCAL_DENIALS = wordset("dispute contest")
ACCUSE_VERBS = wordset("accuse blame")
CONDEMN_VERBS = wordset("condemn denounce decry")
CALL_VERBS = wordset("call describe brand label term characterise characterize dub")
DIRECTIVE_VERBS = wordset("urge advise appeal demand")
VERB_CUES = SAY_VERBS | DENY_VERBS | ACCUSE_VERBS | CONDEMN_VERBS | CALL_VERBS | DIRECTIVE_VERBS
# Verbs that report a claim in one construction only (see Extractor._judgement): "put the
# toll at 12", "considers the strike a violation", a headline's "Company Cites X".
JUDGEMENT_VERBS = wordset("put consider deem cite")
# What "put ... at" sets: "put the number of wounded at seven".
TOLL_NOUNS = wordset("number toll total figure count tally estimate")
# Verbs a speaker does after a statement ("said X and vowed to respond"), coordinated
# with the reported clause by the parser.
SPEAKER_ACTS = wordset("vow pledge promise threaten")
# "prompting X to accuse Y": X speaks (not "urged X to deny", which X has not done).
PROMPT_VERBS = wordset("prompt lead spark cause provoke drive")
# Verbs whose bare noun-phrase object is itself the claim ("alleges civilian casualties").
OBJECT_IS_CLAIM = wordset(
    "claim allege report confirm acknowledge admit deny reject dismiss refute rebut dispute "
    "condemn denounce decry demand"
)
# Cues that are never nouns, so that a headline's "Rebels Allege Execution" read as a
# noun phrase is still a statement (not "claim", "report", "demand", "dispute").
_NOT_NOUNS = wordset("allege confirm acknowledge admit deny reject refute rebut condemn")
NOUN_CUES = wordset(
    "claim allegation accusation assertion account statement denial version narrative"
)
# Nouns whose "of" complement is the content ("allegations of civilian casualties").
NOUN_OF_CUES = wordset("claim allegation accusation denial")
# Participles with which a writer says what an accusation does to the dispute, not what
# the accused act did: "accused X of spreading misinformation, exacerbating the mistrust
# between A and B" (see _cut_comment). What came of the act stays in the charge ("of
# closing the gates, cutting the flow and leaving farmers without water"), and so does
# how it was done (", using rocket launchers").
GLOSS_PARTICIPLES = wordset(
    "escalate exacerbate deepen heighten worsen inflame fuel strain sour reignite revive "
    "stoke aggravate intensify complicate"
)
# Whom a speaker shows or hands things to: "and showed reporters photographs".
PRESS_WORDS = wordset("reporters journalists")
# What a comment names after a comma: ", a charge Ukraine denied".
COMMENT_NOUNS = wordset("charge demand assertion version account")
# Numbers someone gives: "according to figures from the health ministry".
FIGURE_NOUNS = wordset("figure data tally count estimate record")
# A writer's gloss on the speaker's words: "'terrorist' positions, the term it uses for...",
# "X, a position Belgrade rejects".
GLOSS_NOUNS = wordset("term word name label euphemism position view argument")
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
# Subjects that are documents: the speaker is their author ("a statement from the ministry").
DOCUMENT_NOUNS = wordset("statement report post communique release message video")
# Nouns for what someone says: "the account the ministry gave", "a term it uses".
WORDS_NOUNS = NOUN_CUES | COMMENT_NOUNS | GLOSS_NOUNS | FIGURE_NOUNS | DOCUMENT_NOUNS
# ", pointing to tracking data", ", citing witnesses": the speaker's evidence, not its claim.
EVIDENCE_PARTICIPLES = wordset("point cite refer quote")
PRONOUNS = wordset("he she they it we i him her them us")
RELATIVE_PRONOUNS = wordset("who which that")
# Words that open the clause holding a nested claim: "..., although residents reported".
# Words opening a partitive tail of a reported clause (", among them six herders").
PARTITIVE_WORDS = wordset("among including none most all many some several both")
# Prepositions that complete a noun rather than a verb ("respect for the law", "an
# inquiry into the deaths"), when the parser hangs them on a cue after its object.
_OBJECT_PREPS = wordset("for into against of")
# Protests: "blocked the road, demanding X" says what the protesters want, not what
# anyone said.
_PROTEST_ACTS = wordset("block blockade march rally gather occupy picket barricade")
_PLACE_PREPS = wordset("on in near at along across inside outside off")
_CLAUSE_LINKS = wordset("what which that and although though while whereas but as because")

QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"
QUOTE_BOTH = '"'
_GAP_RE = re.compile(r"^[\s,:;—–-]*$")
_QUOTE_MARKS = (QUOTE_BOTH, QUOTE_OPEN, QUOTE_CLOSE)
# A single-quoted stretch of a headline: opened at the start or after a space, closed
# before a space or punctuation (so not the apostrophe of "Russia's").
_SINGLE_QUOTE_RE = re.compile(r"(?:^|(?<=[\s(]))['‘](\S.*?)['’](?=[\s,:;.!?]|$)", re.MULTILINE)


# (slots: a document yields hundreds of claims and mentions; no per-claim __dict__ to build.)
@dataclass(slots=True)
class RawClaim:
    kind: str
    cue_lemma: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    src_root: int | None
    src_tok: tuple[int, int] | None
    polarity: str
    confidence: float
    paragraph: int
    sent_start: int
    headline: bool = False
    pronoun: str | None = None
    reach: int = 0  # where the words of this attribution end (content or cue clause)
    # Filled by the party and aspect components.
    party: str | None = None
    source: str = ""
    source_start: int = 0
    source_end: int = 0
    resolution: str = "unknown"
    aspect: str = "other"
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def mention(
        cls,
        chars: tuple[int, int],
        toks: tuple[int, int],
        root: int,
        *,
        paragraph: int,
        sent_start: int,
        headline: bool = False,
    ) -> RawClaim:
        """Someone named with no claim of their own, kept as a later pronoun's possible
        antecedent."""
        s, e = chars
        # (Positional: a call with keywords matches each name, twice as slow.)
        return cls(
            "mention",  # kind
            "",  # cue_lemma
            s,  # cue_start
            e,  # cue_end
            s,  # start
            e,  # end
            toks[0],  # tok_start
            toks[1],  # tok_end
            root,  # src_root
            toks,  # src_tok
            "assert",  # polarity
            0.0,  # confidence
            paragraph,  # paragraph
            sent_start,  # sent_start
            headline,  # headline
        )


class DocIndex:
    """Per-document lookups shared by the rules: paragraphs, headlines, quotations, token
    attributes read in bulk, and the children (with their labels) of the tokens the rules
    look at again and again."""

    def __init__(self, doc: Doc, lines: Sequence[Line], text: str | None = None) -> None:
        self.doc = doc
        # doc.text is rebuilt on each access; the caller's text has the same characters
        # where it matters here (quotation marks, punctuation, spaces).
        self.text = text if text is not None else doc.text
        self.lines = lines
        self._line_starts = [ln.start for ln in lines]
        self._quote_marks = _quote_mark_positions(self.text)
        self.quotes = find_quotes(self.text, lines, self._quote_marks)
        self._quote_starts = [q[0] for q in self.quotes]
        self.quoted_paragraphs = {self.paragraph_at(qs) for qs, _ in self.quotes}  # (few)
        # The token attributes the rules look up in bulk, from one array per document
        # (Extractor.run reads it too): sentence starts; lower-case, lemma, part of
        # speech and label hashes; head offsets; character offsets and lengths.
        n = len(doc)
        if n and not doc.has_annotation("SENT_START"):
            list(doc.sents)  # raises spaCy's own error for an unsegmented doc
        arr = doc.to_array([SENT_START, LOWER, LEMMA, POS, DEP, HEAD, IDX, LENGTH])
        # Sentence bounds once per document: Token.sent walks the parse every time.
        # (As Doc.sents: a sentence starts at token 0 and at each token whose sent_start
        # is 1; read from one array instead of building a Span per sentence.)
        starts: list[int] = []
        if n:
            starts = [0, *((arr[1:, 0] == 1).nonzero()[0] + 1).tolist()]
        self._lowers: NDArray[Any] = arr[:, 1]
        self.lemmas: NDArray[Any] = arr[:, 2]
        self.poss: NDArray[Any] = arr[:, 3]
        self.deps: NDArray[Any] = arr[:, 4]
        # (HEAD is an offset, negative ones wrapped round in the unsigned array.)
        self.heads: NDArray[np.int64] = np.arange(n) + arr[:, 5].astype(np.int64)
        # Where each token starts and ends in the text: chars() is asked for dozens of
        # spans per document, each a pair of Tokens to build otherwise. (Arrays read one
        # item at a time: most tokens are never asked for.)
        self._tok_starts: NDArray[np.int64] = arr[:, 6].astype(np.int64)
        self._tok_ends: NDArray[np.int64] = self._tok_starts + arr[:, 7].astype(np.int64)
        self.sents = list(zip(starts, [*starts[1:], n], strict=True))
        self._sent_starts = starts
        self._positions: dict[str, list[int]] = {}  # see where
        self._lefts: dict[int, list[tuple[Token, str]]] = {}  # see lefts
        self._rights: dict[int, list[tuple[Token, str]]] = {}  # see rights

    def where(self, word: str, i: int, j: int) -> list[int]:
        """The tokens among i..j-1 whose lower-case form is ``word``: rules that look
        for a word or a comma in a span go straight to the few places it stands."""
        found = self._positions.get(word)
        if found is None:
            found = self._positions_of(word)
        return found[bisect_left(found, i) : bisect_left(found, j)]

    def has(self, word: str, i: int, j: int) -> bool:
        """Whether :meth:`where` finds ``word`` among i..j-1 (one search, no list built)."""
        found = self._positions.get(word)
        if found is None:
            found = self._positions_of(word)
        k = bisect_left(found, i)
        return k < len(found) and found[k] < j

    def _positions_of(self, word: str) -> list[int]:
        """Where ``word`` stands in the document, found once per word."""
        found: list[int] = (self._lowers == self.doc.vocab.strings[word]).nonzero()[0].tolist()
        self._positions[word] = found
        return found

    def lefts(self, t: Token) -> list[tuple[Token, str]]:
        """``t.lefts`` with their labels, built once per token: the rules look at a cue's
        children a dozen times, and each look would build the Tokens and labels anew."""
        found = self._lefts.get(t.i)
        if found is None:
            found = self._lefts[t.i] = [(c, c.dep_) for c in t.lefts]
        return found

    def rights(self, t: Token) -> list[tuple[Token, str]]:
        """``t.rights`` with their labels, built once per token (see :meth:`lefts`)."""
        found = self._rights.get(t.i)
        if found is None:
            found = self._rights[t.i] = [(c, c.dep_) for c in t.rights]
        return found

    def children(self, t: Token) -> list[tuple[Token, str]]:
        """``t.children`` with their labels: :meth:`lefts`, then :meth:`rights`."""
        return self.lefts(t) + self.rights(t)

    def first_child(self, t: Token, deps: Sequence[str]) -> Token | None:
        """:func:`_first_child` from the lists of :meth:`lefts` and :meth:`rights`."""
        for c, dep in self.lefts(t):
            if dep in deps:
                return c
        for c, dep in self.rights(t):
            if dep in deps:
                return c
        return None

    def nearest_subject(self, verb: Token, deps: Sequence[str]) -> Token | None:
        """:func:`_nearest_subject` from the lists of :meth:`lefts` and :meth:`rights`."""
        subj = None
        for c, dep in self.lefts(verb):
            if dep in deps:
                subj = c
        return subj if subj is not None else self.first_child(verb, deps)

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """(start, end) character offsets of the tokens i..j-1 (as :func:`chars`)."""
        return self._tok_starts.item(i), self._tok_ends.item(j - 1)

    def start_char(self, k: int) -> int:
        """Where token ``k`` starts in the text (its ``idx``)."""
        return self._tok_starts.item(k)

    def end_char(self, k: int) -> int:
        """Where token ``k`` ends in the text."""
        return self._tok_ends.item(k)

    def sent_of(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token ``i``."""
        return self.sents[bisect_right(self._sent_starts, i) - 1]

    def line_at(self, char: int) -> Line | None:
        i = bisect_right(self._line_starts, char) - 1
        return self.lines[i] if i >= 0 else None

    def paragraph_at(self, char: int) -> int:
        line = self.line_at(char)
        return line.paragraph if line else 0

    def is_headline(self, char: int) -> bool:
        line = self.line_at(char)
        return bool(line and line.headline and line.start <= char < line.end)

    def paragraph_and_headline(self, char: int) -> tuple[int, bool]:
        """:meth:`paragraph_at` and :meth:`is_headline` with one lookup, for each claim."""
        line = self.line_at(char)
        if line is None:
            return 0, False
        return line.paragraph, line.headline and line.start <= char < line.end

    def quote_marks(self, start: int, end: int) -> int:
        """How many double quotation marks the characters start..end-1 hold (as
        :func:`_count_quote_marks`, by binary search rather than a scan of the text)."""
        marks = self._quote_marks
        first = bisect_left(marks, start)
        return bisect_left(marks, end, first) - first

    def quote_at(self, char: int) -> tuple[int, int] | None:
        """The quotation (content start, content end) containing ``char``, if any."""
        i = bisect_right(self._quote_starts, char) - 1
        if i >= 0:
            s, e = self.quotes[i]
            if s <= char < e:
                return s, e
        return None


def _quote_mark_positions(text: str) -> list[int]:
    """Where the double quotation marks are (str.find runs far faster than a regex scan)."""
    found: list[int] = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def _count_quote_marks(text: str, start: int, end: int) -> int:
    """How many double quotation marks text[start:end] holds."""
    return (
        text.count(QUOTE_BOTH, start, end)
        + text.count(QUOTE_OPEN, start, end)
        + text.count(QUOTE_CLOSE, start, end)
    )


def find_quotes(
    text: str, lines: Sequence[Line], marks: list[int] | None = None
) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, paragraph by paragraph, in order.

    An opening mark left unclosed at the end of a paragraph runs to the paragraph's end,
    as in wire copy where a quotation continues into the next paragraph. ``marks`` are
    the marks' positions, when the caller has them already.
    """
    out: list[tuple[int, int]] = []
    # The marks of the whole text at once (most paragraphs have none).
    if marks is None:
        marks = _quote_mark_positions(text)
    by_par: dict[int, list[Line]] = {}
    for ln in lines:
        by_par.setdefault(ln.paragraph, []).append(ln)
    for par_lines in by_par.values():
        start, end = par_lines[0].start, par_lines[-1].end
        first, stop = bisect_left(marks, start), bisect_left(marks, end)
        if len(par_lines) == 1 and par_lines[0].headline and first == stop:
            # Headlines quote with single marks: "'Deliberate attack', says Kyiv".
            out.extend(m.span(1) for m in _SINGLE_QUOTE_RE.finditer(text, start, end))
            continue
        open_at: int | None = None
        for i in marks[first:stop]:
            c = text[i]
            if c == QUOTE_OPEN or (c == QUOTE_BOTH and open_at is None):
                if open_at is None:
                    open_at = i + 1
            elif c in (QUOTE_CLOSE, QUOTE_BOTH) and open_at is not None:
                if i > open_at:
                    out.append((open_at, i))
                open_at = None
        if open_at is not None and end > open_at:
            out.append((open_at, end))
    out.sort()
    return out


# --- span helpers ----------------------------------------------------------------------------
def _is_quote_tok(t: Token) -> bool:
    return t.text in ('"', "“", "”", "''", "``")


def _edge_junk(t: Token) -> bool:
    return t.is_space or (t.is_punct and not _is_quote_tok(t))


def _junk_end(doc: Doc, i: int, j: int) -> bool:
    """Edge punctuation at the end of doc[i:j], but not a bracket closing one opened
    inside ("Tehreek-e-Taliban Pakistan (TTP)")."""
    return _edge_junk(doc[j - 1]) and not _closes_bracket(doc, i, j)


def _closes_bracket(doc: Doc, i: int, j: int) -> bool:
    """doc[j - 1] closes a bracket opened within doc[i:j - 1]."""
    close = doc[j - 1].text
    if close not in (")", "]"):
        return False
    opener = "(" if close == ")" else "["
    inner = [doc[k].text for k in range(i, j - 1)]
    return inner.count(opener) > inner.count(close)


def trim(ix: DocIndex, i: int, j: int) -> tuple[int, int]:
    """Strip a leading complementiser and punctuation, and unbalanced quotation marks."""
    doc = ix.doc
    while i < j:
        first = doc[i]
        dep = first.dep_
        complementiser = dep == "mark" and first.lower_ in ("that", "whether")
        if not (_edge_junk(first) or complementiser or dep == "cc"):
            break
        i += 1
    i = _after_fronted_that(ix, i, j)
    while j > i and _junk_end(doc, i, j):
        j -= 1
    # An odd number of quotation marks: the one at an edge belongs to a larger quotation.
    while i < j:
        if ix.quote_marks(*ix.chars(i, j)) % 2 == 0:
            break
        if _is_quote_tok(doc[i]):
            i += 1
        elif _is_quote_tok(doc[j - 1]):
            j -= 1
        else:
            break
        while j > i and _junk_end(doc, i, j):
            j -= 1
        while i < j and _edge_junk(doc[i]):
            i += 1
    return i, j


def _after_fronted_that(ix: DocIndex, i: int, j: int) -> int:
    """ "It was alleged by the army, in turn, that X": the reporting clause's aside hung
    on the reported clause before its "that"; the content starts after "that"."""
    stop = min(j, i + 8)
    # Rarely there: look for the word in the document's list before looking at tokens.
    if not ix.has("that", i + 1, stop):
        return i
    doc = ix.doc
    for m in range(i + 1, stop):
        t = doc[m]
        if t.dep_ == "mark" and t.lower_ == "that" and doc[m - 1].text == ",":
            head = t.head
            asides = [c for c in head.lefts if c.i < m]
            covered = {k for c in asides for k in range(c.left_edge.i, c.right_edge.i + 1)}
            if all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in asides) and all(
                k in covered for k in range(i, m)
            ):
                return m + 1
            break
    return i


def _inside_quotation(doc: Doc, i: int, j: int, text: str) -> tuple[int, int]:
    """'"The strike was a crime," according to X': a span that is one quotation is
    its words, without the marks and the comma inside them."""
    if j - i < 3 or not (_is_quote_tok(doc[i]) and _is_quote_tok(doc[j - 1])):
        return i, j
    s, e = chars(doc, i, j)
    if _count_quote_marks(text, s, e) != 2:
        return i, j
    i, j = i + 1, j - 1
    while j > i and _junk_end(doc, i, j):
        j -= 1
    return i, j


def trim_chars(text: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation (not quotation marks inside) from a char span."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:!?"):
        e -= 1
    return s, e


def chars(doc: Doc, i: int, j: int) -> tuple[int, int]:
    last = doc[j - 1]  # (len(token) is its text's length, without building the text)
    return doc[i].idx, last.idx + len(last)


def subtree_range(t: Token) -> tuple[int, int]:
    return t.left_edge.i, t.right_edge.i + 1


def source_range(root: Token, ix: DocIndex | None = None) -> tuple[int, int]:
    """The source phrase: the subject's subtree without relative clauses and asides.

    With the document's index, a phrase with no quotation mark in its text (most) is
    not searched token by token for a closing one.
    """
    doc = root.doc
    i, j = subtree_range(root)
    for c in root.rights:
        dep = c.dep_
        if dep in ("relcl", "acl", "advcl"):
            j = min(j, c.left_edge.i)
        elif dep == "prep" and c.lower_ == "on" and _weekday(_first_child(c, ("pobj",))):
            # "A Chilean lithium producer on Monday blamed...": when it spoke, not who.
            j = min(j, c.i)
    # (With the index, most phrases are seen to have no "on" there without a Token.)
    if j - i > 3 and (ix is None or ix.has("on", j - 2, j - 1)):
        on = doc[j - 2]
        if on.lower_ == "on" and on.head.pos_ in ("NOUN", "PROPN") and _weekday(doc[j - 1]):
            # "Leaders of the region on Sunday accused...": the day hung on the last noun.
            j -= 2
    # "’s" of a possessor and commas before a cut clause are not part of the name.
    while j > i:
        last = doc[j - 1]
        if not ((last.is_punct and not _closes_bracket(doc, i, j)) or last.tag_ == "POS"):
            break
        j -= 1
    while i < j:
        first = doc[i]
        if not (first.is_punct and not first.text.isalnum()):
            break
        i += 1
    if root.i <= i or (ix is not None and not ix.quote_marks(ix.start_char(i), root.idx)):
        return i, j
    for k in range(root.i - 1, i, -1):
        if doc[k].text in (QUOTE_CLOSE, QUOTE_BOTH) and doc[k - 1].text in (",", "?", "!"):
            # '"...caught red-handed," a naval commander told': the parser hung the end
            # of the quotation on the speaker; the phrase starts after its closing mark.
            i = k + 1
            break
    return i, j


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


def _weekday(t: Token | None) -> bool:
    return t is not None and t.lower_ in WEEKDAYS


# --- source finding ---------------------------------------------------------------------------
def _hyphenated_head(t: Token) -> Token | None:
    """The last piece of a hyphenated noun the tokenizer cut and the parser read as
    several sibling words ("the co - chair of X", "the vice - president"): the word after
    the last hyphen written without spaces, hung on the same head with the same link."""
    doc = t.doc
    last = None
    k = t.i
    while (
        k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].head.i == t.head.i
        and doc[k + 2].dep_ == t.dep_
        and doc[k + 2].pos_ in ("NOUN", "PROPN")
    ):
        k += 2
        last = doc[k]
    return last


def _first_child(t: Token, deps: Sequence[str]) -> Token | None:
    # lefts and rights are direct links in spaCy; children would scan the subtree's span.
    for c in t.lefts:
        if c.dep_ in deps:
            return c
    for c in t.rights:
        if c.dep_ in deps:
            return c
    return None


def _nearest_subject(verb: Token, deps: Sequence[str]) -> Token | None:
    """The subject nearest the verb: '"X was unacceptable" and a breach of law,
    spokeswoman Y said' hangs two subjects on "said"; the speaker is the last one."""
    subj = None
    for c in verb.lefts:
        if c.dep_ in deps:
            subj = c
    return subj if subj is not None else _first_child(verb, deps)


def _reported_clause(cue: Token, ix: DocIndex) -> Token | None:
    """The clause a cue reports. "Kyiv says X; Moscow says Y": the parser hangs the first
    statement, before the semicolon, on the second cue; that cue reports Y."""
    first = ix.first_child(cue, ("ccomp",))
    if first is None or first.i > cue.i:
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


def _agent(verb: Token, ix: DocIndex) -> Token | None:
    agent = ix.first_child(verb, ("agent",))
    if agent is not None:
        return ix.first_child(agent, ("pobj",))
    return None


def _coordinated(subj: Token) -> bool:
    """ "The army and the rebels", "both sides": a subject naming two sides."""
    if any(c.dep_ == "conj" for c in subj.rights):
        return True
    return subj.lower_ == "both" or any(c.lower_ == "both" for c in subj.lefts)


def _is_cue_verb(t: Token) -> bool:
    return t.lemma_.lower() in VERB_CUES and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))


# Links from a reported clause up to the cue verb that reports it (see find_subject).
_CLIMB_DEPS = wordset("ccomp conj advcl acl relcl dobj pobj prep agent attr xcomp acomp pcomp")


def find_subject(verb: Token, ix: DocIndex) -> Token | None:
    """The speaker of a cue verb, following shared subjects and participles upwards."""
    subj = ix.nearest_subject(verb, ("nsubj",))
    if subj is not None:
        if verb.dep == RELCL and subj.lower_ in RELATIVE_PRONOUNS:
            return verb.head
        return _document_author(subj)
    agent = _agent(verb, ix)
    if agent is not None:
        return agent
    aside = _aside_read_as_clause(verb, ix)
    if aside is not None:
        return _first_child(aside, ("nsubj", "nsubjpass"))
    fronted = _subject_in_fronted_phrase(verb)
    if fronted is not None:
        return fronted
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
    ):
        # "The U.N. refugee agency called on both sides...": a finite verb misparsed as
        # a clause of its subject, which the parser made the sentence's root.
        return verb.head
    if (
        verb.dep_ == "ccomp"
        and verb.i > 0
        and verb.doc[verb.i - 1].dep_ == "cc"
        and _is_cue_verb(verb.head)
    ):
        # "The statement said X and warned that Y": "warned" misparsed as said's object.
        return find_subject(verb.head, ix)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROMPT_VERBS:
        # "..., prompting Serbia to accuse Pristina of X": the one prompted speaks.
        obj = _first_child(verb.head, ("dobj",))
        return obj if obj is not None and obj.i < verb.i else None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "X was quoted (by the agency) as saying Y": X, not the outlet, speaks.
        return _first_child(verb.head.head, ("nsubjpass",))
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.pos_ in ("NOUN", "PROPN")
    ):
        # "said it had no connection to the attack, blaming X": the participle hung on
        # the last noun shares the subject of the verb above that noun.
        head = verb.head
        for _ in range(8):
            if _is_cue_verb(head) or (head.pos_ in ("VERB", "AUX") and head.dep_ == "ROOT"):
                break
            if head.dep_ in _CLIMB_DEPS and head.head is not head:
                head = head.head
            else:
                return None
        if _is_cue_verb(head):
            return find_subject(head, ix)
        subj = _first_child(head, ("nsubj",))
        return _document_author(subj) if subj is not None else None
    paired = _second_absolute_subject(verb)
    if paired is not None:
        return paired
    # "called on X to release the workers unharmed and urged Y": the conjunct may hang
    # on the adjective closing the first directive.
    on_adjective = verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "advcl"
    if (
        verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX")
    ) and not on_adjective:
        return None
    if verb.dep_ != "conj" and verb.tag_ != "VBG":
        return None  # only participles ("..., saying") share the main subject
    # The parser often hangs "..., calling it X" or "..., and described Y" on the verb of
    # the reported clause; the speaker is the subject of the reporting verb above it.
    # So do "said it had received reports that X were dead and urged Y" and "said the
    # group would allow aid through corridors it controls and called Z": the conjunct
    # hangs on a verb of a clause inside the reported one (a noun's clause, a relative).
    # A cue that reports nothing ("said it could not confirm X and urged Y", "was unable
    # to confirm X and urged Y": a bare infinitive) is passed on the way up.
    # So is a passive cue verb that reports nothing ("said it was alarmed by reports
    # that the crew had been denied contact and called for their release").
    head = verb.head
    for _ in range(8):
        if (
            _is_cue_verb(head)
            and head.tag_ != "VB"
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.lefts)
        ):
            return find_subject(head, ix)
        if head.dep_ in _CLIMB_DEPS and head.head is not head:
            head = head.head
        else:
            break
    subj = _first_child(verb.head, ("nsubj",))
    return _document_author(subj) if subj is not None else None


def _second_absolute_subject(verb: Token) -> Token | None:
    """ "..., with X saying A and Y insisting B": the second participle's subject, read
    as a conjunct of the last noun of A; the name just before the participle."""
    if verb.tag_ != "VBG" or verb.i < 2 or _first_child(verb, ("nsubj",)) is not None:
        return None
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or name.left_edge.i < 1:
        return None
    if doc[name.left_edge.i - 1].lower_ != "and":
        return None
    first = next(
        (
            t
            for t in doc[verb.sent.start : name.i]
            if t.lower_ == "with"
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and _is_cue_verb(c) for c in t.children)
        ),
        None,
    )
    return name if first is not None else None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """ "In a statement issued in Kampala, the army said X": the subject read as an
    apposition of the last noun of the fronted phrase, the verb left with no subject."""
    if verb.dep_ != "ROOT" or verb.i < 3:
        return None
    prep = next((c for c in verb.lefts if c.dep_ == "prep"), None)
    if prep is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.lefts):
        return None
    doc = verb.doc
    last = verb.i - 1
    if doc[last].text == "," and doc[last].head.i == verb.i and last > 0:
        # "In a statement read on its radio, al Shabaab, which has waged an insurgency
        # for years, said X": the subject's relative clause ends with a comma.
        last -= 1
    t = doc[last]
    end = None  # where the subject's relative clause ends, when it hangs elsewhere
    for _ in range(6):
        if t.dep_ == "appos" or t.head.i == t.i:
            break
        if t.dep_ == "relcl" and last != verb.i - 1 and t.left_edge.lower_ in ("which", "who"):
            # The relative clause hung on the fronted noun beside the subject: "...on
            # its radio station, al Shabaab, which has waged...": the subject is the
            # apposition just before it.
            before = doc[t.left_edge.i - 2] if t.left_edge.i >= 2 else None
            if before is not None and doc[t.left_edge.i - 1].text == ",":
                sib = before if before.dep_ == "appos" else None
                if sib is None and before.head.dep_ == "appos":
                    sib = before.head
                if sib is not None and sib.head.i == t.head.i and t.right_edge.i == last:
                    t, end = sib, sib.right_edge.i
                    break
        t = t.head
    relative = end is not None or any(c.dep_ == "relcl" for c in t.rights)
    if (
        t.dep_ != "appos"
        or t.pos_ not in ("NOUN", "PROPN")
        or t.right_edge.i != (last if end is None else end)
        or (last != verb.i - 1 and not relative)
        or doc[t.left_edge.i - 1].text != ","
        # "the army", "a spokesman", or a possessor ("Kyrgyzstan's deputy premier"); a
        # proper name only with a relative clause on it, which marks it as the subject.
        or not (
            doc[t.left_edge.i].lower_ in ("the", "a", "an")
            or doc[t.left_edge.i].dep_ == "poss"
            or (relative and t.pos_ == "PROPN")
        )
        or not (prep.left_edge.i <= t.i <= prep.right_edge.i)
    ):
        return None
    return t


def _headline_subject(verb: Token) -> Token | None:
    """Headlines drop articles and confuse the parser: "Armenia and Azerbaijan report..."."""
    for c in verb.lefts:
        if c.dep_ in ("nmod", "npadvmod", "compound", "dep", "nsubjpass") and c.pos_ in (
            "PROPN",
            "NOUN",
        ):
            return c
    return None


def _document_author(subj: Token) -> Token:
    if subj.lemma_.lower() in DOCUMENT_NOUNS:
        for c in subj.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                pobj = _first_child(c, ("pobj",))
                if pobj is not None:
                    return pobj
    return subj


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


# --- the extractor ------------------------------------------------------------------------------
class Extractor:
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

    # --- helpers ---------------------------------------------------------------------------
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
                if _GAP_RE.match(self.text[a_end : qs - 1]):
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

    # --- verbs ------------------------------------------------------------------------------
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
                and any(
                    dep in ("nsubj", "nsubjpass")
                    and c.i < cue.i
                    and c.lower_ in ("that", "which", "what")
                    for c, dep in self.ix.lefts(ccomp)
                )
            ):
                # "posted video that he said showed X", "showed what it said was Y": the
                # writer's description of a thing shown, not a statement of its own.
                return
            if (
                ccomp is not None
                and ccomp.left_edge.i < cue.i
                and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i and c.lower_ == "who"
                    for c in ccomp.lefts
                )
            ):
                # "arrested three officers who they said had crossed the line": what the
                # speaker says of the people, after the cue.
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
                self._add(
                    "clause",
                    span,
                    rng,
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
                and c.pos_ in ("NOUN", "PROPN")
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

    def _clause_tail(self, cue: Token, hi: int) -> int:
        """Where a reported clause ends once the words the parser hung on the cue are
        given back: "said 11 people had died, among them six herders", "said 31 villagers
        had been killed, none of them fighters", "said most of the 14 wounded brought there
        had gunshot wounds" (a second clause of the cue right after the first)."""
        doc = self.doc
        for c, dep in self.ix.rights(cue):
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

    def _has_calling(self, cue: Token) -> bool:
        # "condemned the attack and called on both sides to X" is an appeal, not a
        # characterisation of what was condemned.
        return any(
            dep in ("advcl", "xcomp", "conj")
            and c.lemma_.lower() in CALL_VERBS
            and not any(p.dep_ == "prep" and p.lower_ in ("on", "upon", "for") for p in c.rights)
            for c, dep in self.ix.children(cue)
        )

    def _with_as(self, cue: Token, obj: Token) -> tuple[int, int]:
        """Object plus its "as ..." or predicate complement ("the report as propaganda")."""
        i, j = subtree_range(obj)
        for c, dep in self.ix.children(cue):
            if c.i > obj.i and (
                (dep == "prep" and c.lower_ == "as")
                or dep in ("oprd", "acomp")
                # "dismissed the figure as fabricated": "as" parsed as a clause's mark
                or (dep == "advcl" and any(m.lower_ == "as" for m in c.lefts))
            ):
                j = max(j, c.right_edge.i + 1)
        return i, self._closing_mark(cue, i, j)

    def _closing_mark(self, cue: Token, i: int, j: int) -> int:
        """'dismissed the claim as "theatre for the public"': the closing quotation mark
        hangs on the verb; without it the quotation would be cut open."""
        doc = self.doc
        if j < len(doc) and _is_quote_tok(doc[j]) and doc[j].head.i == cue.i:
            s, e = self.ix.chars(i, j)
            if _count_quote_marks(self.text, s, e) % 2 == 1:
                return j + 1
        return j

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
                and lo > hi
            ):
                absorbed = True
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

    # --- "according to X" ---------------------------------------------------------------------
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
        if pobj.lemma_.lower() in NOUN_CUES | DOCUMENT_NOUNS | FIGURE_NOUNS:
            # "according to Moscow's account", "according to figures from the ministry":
            # the account's author speaks.
            for c in pobj.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of")):
                    src = c if c.dep_ == "poss" else (_first_child(c, ("pobj",)) or pobj)
                    break
        s_start, s_end = self.ix.sent_of(t.i)
        p_lo = t.i
        p_hi = max(to.right_edge.i, pobj.right_edge.i) + 1
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
            outside = (
                self.text[s_chars[0] : max(s_chars[0], qs - 1)]
                + self.text[min(qe + 1, s_chars[1]) : s_chars[1]]
            )
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
