"""The grammar of who says it: the subject of a cue verb.

`find_subject` climbs from the cue to its subject past the parser's misreadings: a second
absolute subject, a subject inside a fronted phrase (`_subject_in_fronted_phrase`), a
document as subject (its author: `_document_author`), a passive's agent (`_agent`). Also
`_headline_subject`, `_nearest_subject`, `_coordinated` and `_hyphenated_head` (the head of a
hyphenated noun the tokenizer cut).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..wordlists import wordset
from .clauses import _aside_read_as_clause, _is_cue_verb
from .cues import DOCUMENT_NOUNS, PROMPT_VERBS, RELATIVE_PRONOUNS, RELCL
from .index import DocIndex
from .spans import _first_child


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


def _nearest_subject(verb: Token, deps: Sequence[str]) -> Token | None:
    """The subject nearest the verb: '"X was unacceptable" and a breach of law,
    spokeswoman Y said' hangs two subjects on "said"; the speaker is the last one."""
    subj = None
    for c in verb.lefts:
        if c.dep_ in deps:
            subj = c
    return subj if subj is not None else _first_child(verb, deps)


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
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN"):
        # "The U.N. refugee agency called on both sides...": a finite verb misparsed as
        # a clause of its subject, which the parser made the sentence's root; or, after an
        # apposition and a comma, as a clause of the apposition's last noun ("The
        # Commission, a body of which both are members, called for calm": the sentence has
        # no other main verb, so even a verb tagged as a participle is its main verb).
        if verb.doc[verb.i - 1].text == ",":
            root: Token | None = verb.sent.root
        else:
            root = verb.head if verb.tag_ == "VBD" else None
        if (
            root is not None
            and root.dep_ == "ROOT"
            and root.pos_ in ("NOUN", "PROPN")
            and root.i < verb.i
        ):
            return root
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
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.pos_ in ("NOUN", "PROPN")
    ):
        # "said it had no connection to the attack, blaming X": the participle hung on
        # the last noun shares the subject of the verb above that noun (so does
        # "accused X of firing mortar rounds, saying Y", "rounds" read as a clause).
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
    reduced = _subject_of_reduced_relative(verb)
    if reduced is not None:
        return reduced
    # "called on X to release the workers unharmed and urged Y": the conjunct may hang
    # on the adjective closing the first directive.
    on_adjective = verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "advcl"
    if (
        verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX")
    ) and not on_adjective:
        return None
    if verb.dep_ != "conj" and verb.tag_ != "VBG":
        return None  # only participles ("..., saying") share the main subject
    before = verb.doc[verb.i - 2] if verb.i > 1 else None
    if (
        verb.tag_ == "VBG"
        and before is not None
        and verb.doc[verb.i - 1].text == ","
        and before.i != verb.head.i
        and _is_cue_verb(before)
        # (a cue of its own, not a clause of what another said: "...lawful until police
        # charged, saying X" is still the first speaker's)
        and before.dep_ in ("relcl", "ROOT", "conj")
        and not any(c.dep_ == "mark" for c in before.lefts)
        and ix.nearest_subject(before, ("nsubj",)) is not None
    ):
        # "..., an account Pemex disputed, saying its staff had fired only warning shots":
        # the participle goes with the cue right before its comma, whatever verb the
        # parser hung it on.
        return find_subject(before, ix)
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
            if head.i > verb.i:
                # "The minister summoned the envoy and demanded X, the ministry said": a
                # conjunct of the clause set before its cue is that clause's subject's.
                break
            return find_subject(head, ix)
        own = _first_child(head, ("nsubj",)) if verb.dep_ == "conj" else None
        if (
            own is not None
            and head.dep_ == "conj"
            and head.i < verb.i
            and _is_cue_verb(head.head)
            and own.i < head.i
        ):
            # "A group said X, but Benin's army put its losses at nine and said Y": the
            # conjunct of a second main clause with a subject of its own is that subject's.
            return _document_author(own)
        if head.dep_ in _CLIMB_DEPS and head.head is not head:
            head = head.head
        else:
            break
    subj = _first_child(verb.head, ("nsubj",))
    return _document_author(subj) if subj is not None else None


# Participles that open a reduced relative clause after a noun: "a group opposed to the
# base", "a militia backed by Kigali", "a union affiliated with the federation".
_REDUCED_RELATIVE_LEMMAS = wordset("oppose back link ally affiliate tie align loyal base")


def _subject_of_reduced_relative(verb: Token) -> Token | None:
    """ "A citizens' group opposed to a new U.S. military base in Okinawa on Wednesday
    accused the Japan Coast Guard of X": the parser reads "opposed" as the main verb and
    the cue as its adverbial clause; the noun before "opposed" is the cue's subject."""
    head = verb.head
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and head.i < verb.i
        and head.tag_ in ("VBD", "VBN")
        and head.lemma_.lower() in _REDUCED_RELATIVE_LEMMAS
        and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.lefts)
    ):
        return None
    subj = _first_child(head, ("nsubj",))
    return subj if subj is not None and subj.i == head.i - 1 else None


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
            if c.dep_ == "relcl":
                # "A letter the union sent to ECT in January warned...": who sent it
                author = _first_child(c, ("nsubj",))
                if author is not None and author.lower_ not in RELATIVE_PRONOUNS:
                    return author
    return subj
