"""What a source phrase is, read from its tokens: a person, several people, a role's office.

`_is_person` and `_is_plural` (what a pronoun can refer back to), `_of_role`, and the small
helpers the rules share: `_first_pobj`, `_party_of`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..attribution import RawClaim
from ..lexicon import COMPANY_NAME_WORDS, Resolution
from .parse import _Parse, _word_tokens
from .words import (
    _PEOPLE_HEADS,
    NAMESAKE_WINDOW,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)


def _full_name(root: Token) -> bool:
    """A name of two or three capitalised words with no word of a body or business in it
    ("Jonas Lindqvist", not "Gulfstar Marine Services")."""
    name = [c for c in root.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    words = [t.lower_ for t in (*name, root)]
    return (
        1 <= len(name) <= 2
        and all(t.text[:1].isupper() and t.is_alpha for t in (*name, root))
        and not any(w in ORG_WORDS or w in COMPANY_NAME_WORDS for w in words)
    )


def _is_person(doc: Doc, claim: RawClaim, parse: _Parse) -> bool:
    if claim.pronoun:
        return claim.pronoun in PERSON_PRONOUNS
    if claim.src_root is None or claim.src_tok is None:
        return False
    root = doc[claim.src_root]
    lemma = root.lemma_.lower()
    if lemma in ROLE_NOUNS or lemma in PERSON_NOUNS or lemma in _PEOPLE_HEADS:
        return True
    if _glossed_post(root):
        return True
    for c in root.rights:
        if c.dep_ != "appos":
            continue
        if c.pos_ == "PROPN" and root.pos_ in ("NUM", "PRON"):
            return True  # "One of them, Murugan Selvam, 34, told reporters"
        if root.pos_ == "PROPN" and c.lemma_.lower() in PERSON_NOUNS:
            return True  # "Ibrahim Danjuma, chairman of the fishermen's association"
        if root.pos_ == "PROPN" and c.pos_ == "NOUN" and _full_name(root):
            # "Jonas Lindqvist, an industrial control systems researcher at a security
            # firm": a given name and a surname, described (the firm is where he works)
            return True
    if root.pos_ in ("NUM", "PRON"):
        # "One of the survivors", "one of the wounded villagers": one of some people.
        for p in root.rights:
            pobj = _first_pobj(p) if p.dep_ == "prep" and p.lower_ == "of" else None
            if pobj is not None and (
                pobj.lemma_.lower() in PERSON_NOUNS or pobj.lemma_.lower() in _PEOPLE_HEADS
            ):
                return True
    if _described_by_who(root):
        return True
    i, j = claim.src_tok
    # (not the words of a relative clause: "a porter who walked behind the group")
    # (doc.text would be rebuilt from the tokens on every call: only the indices are needed)
    words = {doc[k].lower_ for k in _word_tokens(doc, i, j, parse)}
    if root.lower_ in ORG_WORDS or (words & ORG_WORDS and not words & ROLE_NOUNS):
        return False
    propn = [t for t in doc[i:j] if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat")]
    if root.pos_ == "PROPN" and not propn and j - i == 1:
        return _surname_of_earlier_name(doc, root)
    return root.pos_ == "PROPN" and (bool(propn) or bool(words & ROLE_NOUNS))


def _glossed_post(root: Token) -> bool:
    """ "the council's werken, or spokeswoman": a post glossed in English after "or"."""
    return any(g.dep_ == "cc" and g.lower_ == "or" for g in root.rights) and any(
        c.dep_ == "conj" and c.lemma_.lower() in ROLE_NOUNS for c in root.rights
    )


def _described_by_who(root: Token) -> bool:
    """ "Hiwa Ahmed, 27, a porter who was walking behind the group": a relative clause
    opened by "who", on the speaker or on its apposition, describes a person."""
    for t in (root, *(c for c in root.rights if c.dep_ == "appos")):
        for c in t.rights:
            if c.dep_ == "relcl" and any(
                g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.lefts
            ):
                return True
    return False


def _surname_of_earlier_name(doc: Doc, root: Token) -> bool:
    """ "Vargas said" after "Interior Minister Carlos Vargas": a bare name that closed a
    person's full name earlier in the text (a given name before it) is that person."""
    name = root.text
    for k in range(root.i - 1, max(-1, root.i - NAMESAKE_WINDOW), -1):
        u = doc[k]
        if u.text != name or u.pos_ != "PROPN":
            continue
        given = [c for c in u.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        if given and given[-1].i == u.i - 1 and given[-1].is_title:
            return u.lower_ not in ORG_WORDS
    return False


def _is_plural(doc: Doc, claim: RawClaim) -> bool:
    if claim.pronoun:
        return claim.pronoun in ("they", "we", "them", "us")
    if claim.src_root is None:
        return False
    root = doc[claim.src_root]
    return (
        root.tag_ in ("NNS", "NNPS")
        or (any(c.dep_ == "conj" for c in root.children) and not _glossed_post(root))
        # "The Houthis, who control...": a name in the plural tagged as a singular one, told
        # by the verb of its relative clause ("who control", not "who controls")
        or (
            root.tag_ == "NNP"
            and root.lower_.endswith("s")
            and any(c.dep_ == "relcl" and c.tag_ == "VBP" for c in root.rights)
        )
    )


def _of_role(root: Token) -> bool:
    """ "The prime minister's office": the office of a role, not "the office" (or any
    other body of that name) named before."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ROLE_NOUNS for c in root.lefts)


def _first_pobj(prep: Token) -> Token | None:
    return next((g for g in prep.rights if g.dep_ == "pobj"), None)


def _party_of(claim: RawClaim) -> Resolution:
    return Resolution(claim.party, claim.resolution)
