"""Token and character spans: what a claim's content and its speaker's phrase cover.

`trim` and `trim_chars` cut the junk off a content span's edges (punctuation, an aside before
"that", the marks of a span that is one quotation: `_inside_quotation`), `chars` and
`subtree_range` give offsets, and `source_range` the speaker's whole phrase; `_first_child`
is the token helper nearly every rule reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .cues import WEEKDAYS
from .index import QUOTE_BOTH, QUOTE_CLOSE, DocIndex, _count_quote_marks


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
    stop = min(j, i + 14)
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
        if dep in ("relcl", "acl", "advcl") and not (dep == "acl" and c.lemma_ == "represent"):
            # (but "a lawyer representing the movement" says whom the speaker speaks for)
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


def _weekday(t: Token | None) -> bool:
    return t is not None and t.lower_ in WEEKDAYS


def _first_child(t: Token, deps: Sequence[str]) -> Token | None:
    # lefts and rights are direct links in spaCy; children would scan the subtree's span.
    for c in t.lefts:
        if c.dep_ in deps:
            return c
    for c in t.rights:
        if c.dep_ in deps:
            return c
    return None
