"""spaCy pipeline components (factories) and the ``parallax_`` extension attributes.

The components only read what the model's own tagger, parser and lemmatizer produced;
none of them runs the model again or re-parses anything.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import numpy as np
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from .aspects import classify_aspect, polarity_of
from .aspects.learned import ClaimAt, DocReader, load_model
from .attribution import DocIndex, Extractor, RawClaim
from .lexicon import resolver_for
from .speakers import SpeakerResolver
from .textprep import CLOSERS, TERMINAL, Line, analyse_lines
from .types import Lexicon

DOC_EXTENSIONS = (
    "parallax_text",  # the caller's original text (same length as doc.text)
    "parallax_lexicon",  # the Lexicon to resolve parties with
    "parallax_lines",  # tuple[Line, ...]: lines, paragraphs, headlines
    "parallax_claims",  # list[RawClaim]
    "parallax_mentions",  # () -> list[RawClaim]: main-clause subjects, for antecedents
)


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()


def original_text(doc: Doc) -> str:
    text = doc._.parallax_text
    if isinstance(text, str):
        # doc.text is rebuilt on every access; the last token tells the length as well.
        n = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if len(text) == n:
            return text
    return doc.text


def doc_lines(doc: Doc) -> tuple[Line, ...]:
    lines = doc._.parallax_lines
    if lines is None:
        lines = analyse_lines(original_text(doc))
        doc._.parallax_lines = lines
    return lines


# "... bound for Mrauk-U. There were ...": the tokenizer keeps a capital letter and its
# full stop together as an initial ("U."), so the sentence it closes runs on. An initial
# never follows a hyphen inside a word: the next capitalised word starts a sentence.
# (The hyphen is looked for first and the letter before it checked after: a pattern that
# opens with \w is tried at every position of the text, one with "-" only at hyphens.)
_HYPHEN_INITIAL_END_RE = re.compile(r"-[A-Z]\. +(?=[A-Z\"“])")
_WORD_CHAR_RE = re.compile(r"\w")
# Token.sent_start values as doc.to_array gives them (unsigned: -1 wrapped round).
_SENT_START = np.uint64(1)
_NOT_SENT_START = np.uint64(np.iinfo(np.uint64).max)


@Language.factory(
    "parallax_sentences",
    assigns=["token.is_sent_start", "doc._.parallax_lines"],
    default_config={"force_headlines": True},
)
class SentenceBoundaries:
    """Sentence starts from the layout: paragraphs, headlines, line-final full stops.

    Runs before the parser, which keeps the boundaries set here and adds its own.
    """

    def __init__(self, nlp: Language, name: str, *, force_headlines: bool) -> None:
        self.name = name
        self.force_headlines = force_headlines

    def __call__(self, doc: Doc) -> Doc:
        lines = doc_lines(doc)
        if not lines or len(doc) == 0:
            return doc
        text = original_text(doc)
        starts: set[int] = set()
        inside: list[tuple[int, int]] = []
        prev: Line | None = None
        for ln in lines:
            if (
                prev is None
                or ln.paragraph != prev.paragraph
                or prev.headline
                or ln.headline
                or text[prev.start : prev.end].rstrip(CLOSERS)[-1:] in TERMINAL
            ):
                starts.add(ln.start)
            if ln.has_dateline:
                starts.add(ln.body_start)
            if ln.headline and self.force_headlines:
                inside.append((ln.start, ln.end))
            prev = ln
        starts.update(
            m.end()
            for m in _HYPHEN_INITIAL_END_RE.finditer(text)
            if m.start() > 0 and _WORD_CHAR_RE.match(text, m.start() - 1)
        )
        # Only tokens at line starts and inside headlines are touched, found by binary
        # search over the tokens' offsets rather than a walk over the whole text. The
        # flags are written back all at once: Token.is_sent_start checks the whole doc
        # for a parse on each assignment.
        arr = doc.to_array([IDX, SENT_START, ORTH])
        offsets: list[int] = arr[:, 0].tolist()
        flags: Any = arr[:, 1].copy()
        orths = arr[:, 2]
        n = len(doc)
        changed = False
        for start, end in inside:
            first = bisect_left(offsets, start)
            last = min(bisect_left(offsets, end), n)
            if first + 1 < last:
                # "Pakistan says X; India denies Y" is two headlines in one line.
                after_semicolon = orths[first : last - 1] == doc.vocab.strings[";"]
                flags[first + 1 : last] = np.where(after_semicolon, _SENT_START, _NOT_SENT_START)
                changed = True
        for start in starts:
            i = bisect_left(offsets, start)
            if 0 < i < n and offsets[i] == start:
                flags[i] = _SENT_START
                changed = True
        if changed:
            if doc.has_annotation("DEP"):
                raise ValueError(Errors.E043)  # as Token.is_sent_start would
            doc.from_array([SENT_START], flags)
        return doc


@Language.factory(
    "parallax_attribution",
    assigns=["doc._.parallax_claims", "doc._.parallax_mentions"],
    requires=["token.dep", "token.head", "token.lemma", "token.pos", "token.is_sent_start"],
    default_config={"min_confidence": 0.3},
)
class Attribution:
    """Cue, source and content of every attributed claim (see :mod:`.attribution`)."""

    def __init__(self, nlp: Language, name: str, *, min_confidence: float) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex(doc, doc_lines(doc), original_text(doc))
        extractor = Extractor(doc, index)
        claims = extractor.run()
        doc._.parallax_claims = [c for c in claims if c.confidence >= self.min_confidence]
        # Built only if a pronoun or a role needs an antecedent (see speakers/antecedents.py).
        doc._.parallax_mentions = extractor.mentions
        return doc


@Language.factory(
    "parallax_parties",
    assigns=["doc._.parallax_claims"],
    requires=["doc._.parallax_claims"],
    default_config={"drop_unresolved": True},
)
class Parties:
    """Carries pronoun sources over and resolves each source's party via the lexicon."""

    def __init__(self, nlp: Language, name: str, *, drop_unresolved: bool) -> None:
        self.name = name
        self.drop_unresolved = drop_unresolved

    def __call__(self, doc: Doc) -> Doc:
        claims: list[RawClaim] = doc._.parallax_claims or []
        lexicon = doc._.parallax_lexicon
        resolver = resolver_for(lexicon if isinstance(lexicon, Lexicon) else None)
        mentions = doc._.parallax_mentions
        resolved = SpeakerResolver(doc, original_text(doc), resolver).run(
            claims, mentions if callable(mentions) else (lambda: list(mentions or ()))
        )
        if self.drop_unresolved:
            resolved = [c for c in resolved if c.source]
        doc._.parallax_claims = resolved
        return doc


@Language.factory(
    "parallax_aspects",
    assigns=["doc._.parallax_claims"],
    requires=["doc._.parallax_claims"],
    default_config={"use_cue": True, "learned": True},
)
class Aspects:
    """Polarity of each claim, from its content words and its cue; its point in dispute
    from the learned model (see :mod:`.aspects.learned`) where the pipeline's context
    vectors fit it, else from the word tables."""

    def __init__(self, nlp: Language, name: str, *, use_cue: bool, learned: bool) -> None:
        self.name = name
        self.use_cue = use_cue
        self.model = load_model() if learned else None

    def __call__(self, doc: Doc) -> Doc:
        text = original_text(doc)
        model = self.model
        tensor = doc.tensor
        if model is not None and (
            tensor is None or tensor.ndim != 2 or tensor.shape[1] != model.width
        ):
            model = None  # another pipeline's vectors: the word tables decide
        learned: list[tuple[RawClaim, ClaimAt]] = []
        for c in doc._.parallax_claims or []:
            content = text[c.start : c.end]
            cue: Any = c.cue_lemma if self.use_cue else None
            c.polarity = polarity_of(content, cue, c.polarity)
            if model is not None:
                at = ClaimAt(
                    c.start,
                    c.end,
                    c.cue_start,
                    c.cue_end,
                    c.polarity == "deny",
                    c.party is not None,
                )
                learned.append((c, at))
            if c.kind == "directive":
                # "called on both sides to...", "urged...": an appeal is no account of the event.
                c.aspect = "other"
            elif model is None:
                c.aspect = classify_aspect(content, cue)
        if model is not None and learned:
            found, points, contexts = DocReader(model, doc).read([at for _, at in learned])
            for k, (c, _) in enumerate(learned):
                # What the pairing of the extraction's claims weighs (see extraction_pairs.py).
                c.extra["points"] = points[k]
                c.extra["context"] = contexts[k]
                if c.kind == "directive":
                    continue
                cue = c.cue_lemma if self.use_cue else None
                c.aspect = found[k] or classify_aspect(text[c.start : c.end], cue)
        return doc
