"""A learned pairing of an extraction's own claims: which two an annotator would list.

The rules of :mod:`.contradictions` pair two parties' claims when their words take
opposite poles, and fall back on pairing two accounts of the same point in dispute. On
claims just extracted, the point is the one the pipeline read, and it is wrong about a
third of the time on new writers: a pair whose two claims were given different points is
never weighed. This logistic regression weighs every two claims of two different parties
in the article (an article holds a few dozen claims: the pairs are a few hundred), from
what the extraction knows of each claim and the annotators' claims do not carry:

* the features of :mod:`.pairing` (the rules' score and bands, the two points, denials,
  bare references, shared stems, numbers);
* how far apart the two claims are in the article, whether one is a bare rejection of the
  other, how many are on `other`, the two points (as counts);
* how likely the two are to be on the same point (the product of the learned reading's
  probabilities, :mod:`.aspects.learned`), the least of the two probabilities of each
  point, and how alike the parser's context vectors of the two claims are (cosine);
* the poles the suggester reads in each claim (civilian or military, deliberate or
  precise, lawful or not, who acted; whether each names harm, a toll, an alibi, an appeal).

It keeps the pairs it gives at least the threshold, with that probability as their score.
``python -m claims.nlp.train`` fits it on the tune split's own extractions, each half of
the split extracted with a point-in-dispute model fitted on the other half (the points
the pairing learns to weigh are as wrong as they will be on a new article), with a pair
labelled true when its two claims match (as the scorer matches) a pair of the gold. It
writes ``extraction_pairs.json`` beside this file. Held-out articles are never read.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .aspects.features import Features
from .pairing import N_FEATURES as BASE_FEATURES
from .pairing import PairModel, feature_rows, fit_and_write, read_side
from .types import ASPECTS, ClaimInput

if TYPE_CHECKING:
    from .evaluate import GoldArticle

MODEL_PATH = Path(__file__).with_name("extraction_pairs.json")
# Cross-validated on the tune split's halves, F1 is flat between 0.25 and 0.3; the higher
# keeps fewer pairs for the editor to read.
THRESHOLD = 0.3
_N_POINTS = len(ASPECTS)
_OTHER = ASPECTS.index("other")
_N_POLES = 14
N_FEATURES = BASE_FEATURES + 6 + _N_POINTS + 3 + _N_POINTS + _N_POLES


class ClaimSignals(NamedTuple):
    """What the extraction read of one claim besides its words: how likely each point in
    dispute is (in the order of ``ASPECTS``), and the claim's mean context vector."""

    points: NDArray[np.float32]
    context: NDArray[np.float32]


class Side(NamedTuple):
    """One claim as the pairing weighs it."""

    claim: ClaimInput
    features: Features  # the suggester's reading of its words
    order: int  # its place among the article's claims
    signals: ClaimSignals
    stems: frozenset[str]


def side(claim: ClaimInput, features: Features, order: int, signals: ClaimSignals) -> Side:
    # (the suggester's own stems of its words: party names, shared by claims that
    # disagree, left out)
    return Side(claim, features, order, signals, features.stems)


_POLE_DIMS = ("victims", "manner", "law", "actor")


def _rows(
    sides: Sequence[Side],
    first: NDArray[np.int64],
    second: NDArray[np.int64],
    scores: NDArray[np.float64],
    rejections: NDArray[np.bool_],
    n: NDArray[np.float64],
) -> NDArray[np.float64]:
    """The features of the pairs ``sides[first[k]]``, ``sides[second[k]]`` (see the
    module's docstring), a row per pair, worked out for all the pairs at once (of one
    article or of many: ``n`` is the number of claims in each pair's article)."""
    i, j = first, second
    m = len(i)
    x = np.zeros((m, N_FEATURES))
    if not m:
        return x
    # What pairing.py reads of a pair.
    reads = [read_side(s.claim, s.stems) for s in sides]
    x[:, :BASE_FEATURES] = feature_rows(reads, i, j, scores)
    # What the extraction knows besides.
    col = BASE_FEATURES
    order = np.fromiter((s.order for s in sides), np.float64, len(sides))
    point = np.fromiter((r.point for r in reads), np.int64, len(reads))
    distance = np.abs(order[i] - order[j]) / np.maximum(1.0, n)
    x[:, col] = distance
    x[:, col + 1] = distance < 0.1
    x[:, col + 2] = (point[i] == _OTHER).astype(float) + (point[j] == _OTHER)
    x[:, col + 3] = rejections
    x[:, col + 4] = (point[i] == point[j]) & (point[i] != _OTHER)
    x[:, col + 5] = np.minimum(order[i], order[j]) < 3
    col += 6
    one_hot = np.eye(_N_POINTS)[point]
    x[:, col : col + _N_POINTS] = one_hot[i] + one_hot[j]
    col += _N_POINTS
    points = np.stack([s.signals.points for s in sides]).astype(np.float64)
    contexts = np.stack([s.signals.context for s in sides]).astype(np.float64)
    norms = np.linalg.norm(contexts, axis=1)
    unit = contexts / np.where(norms > 0, norms, 1.0)[:, None]
    cosine = np.einsum("ij,ij->i", unit[i], unit[j])
    x[:, col] = np.einsum("ij,ij->i", points[i], points[j])
    x[:, col + 1] = cosine
    x[:, col + 2] = cosine * cosine
    col += 3
    x[:, col : col + _N_POINTS] = np.minimum(points[i], points[j])
    col += _N_POINTS
    # The poles the suggester reads in each claim: apart, the same actor, both or either.
    for d, dim in enumerate(_POLE_DIMS):
        values = [getattr(s.features, dim) for s in sides]
        codes = {v: c for c, v in enumerate(dict.fromkeys(v for v in values if v is not None))}
        code = np.fromiter((codes.get(v, -1) for v in values), np.int64, len(values))
        both = (code[i] >= 0) & (code[j] >= 0)
        x[:, col + d] = both & (code[i] != code[j])
        x[:, col + 10 + d] = (code[i] >= 0).astype(float) + (code[j] >= 0)
        if dim == "actor":
            x[:, col + 4] = both & (code[i] == code[j])
    flags = np.array(
        [
            [s.features.harm, bool(s.features.casualties), s.features.alibi]
            + [s.features.appeal, s.features.generic]
            for s in sides
        ],
        dtype=bool,
    )
    x[:, col + 5] = flags[i, 0] & flags[j, 0]
    x[:, col + 6] = flags[i, 1] & flags[j, 1]
    x[:, col + 7 : col + 10] = flags[i, 2:] | flags[j, 2:]
    return x


def pair_row(a: Side, b: Side, rule_score: float, rejection: bool, n: int) -> NDArray[np.float64]:
    """The features of one pair (see the module's docstring), in a fixed order."""
    one = np.ones(1, dtype=np.int64)
    return _rows(
        [a, b], one - 1, one, np.full(1, rule_score), np.full(1, rejection), np.full(1, n)
    )[0]


class Article(NamedTuple):
    """One article's claims as the pairing weighs them, with what the rules found."""

    sides: Sequence[Side]  # the parties' claims
    rule_scores: Mapping[frozenset[str], float]  # the rules' score of each pair they found
    rejected: Mapping[str, Sequence[str]]  # what each bare rejection answers
    n: int  # how many claims the article has, the third parties' included


def pairs(
    articles: Sequence[Article],
) -> tuple[list[tuple[int, Side, Side]], NDArray[np.float64]]:
    """Every two claims of two different parties in each article, in claim order, with
    the article's index, and their features (all the articles' at once: the work per
    array operation is then done once per batch, not once per article)."""
    found: list[tuple[int, Side, Side]] = []
    first: list[int] = []
    second: list[int] = []
    scores: list[float] = []
    rejections: list[bool] = []
    sizes: list[int] = []
    every: list[Side] = []
    for g, art in enumerate(articles):
        offset = len(every)
        every.extend(art.sides)
        answers = {(r, t) for r, targets in art.rejected.items() for t in targets}
        for p, a in enumerate(art.sides):
            x = a.claim
            for q in range(p + 1, len(art.sides)):
                b = art.sides[q]
                y = b.claim
                if not x.party or not y.party or x.party == y.party:
                    continue
                found.append((g, a, b))
                first.append(offset + p)
                second.append(offset + q)
                scores.append(art.rule_scores.get(frozenset((x.id, y.id)), 0.0))
                rejections.append((x.id, y.id) in answers or (y.id, x.id) in answers)
                sizes.append(art.n)
    rows = _rows(
        every,
        np.asarray(first, dtype=np.int64),
        np.asarray(second, dtype=np.int64),
        np.asarray(scores, dtype=np.float64),
        np.asarray(rejections, dtype=bool),
        np.asarray(sizes, dtype=np.float64),
    )
    return found, rows


def weigh(articles: Sequence[Article], model: PairModel) -> list[list[tuple[Side, Side, float]]]:
    """The pairs the model keeps in each article, each with its probability."""
    found, x = pairs(articles)
    kept: list[list[tuple[Side, Side, float]]] = [[] for _ in articles]
    if not found:
        return kept
    z = np.clip(x @ model.weights, -30.0, 30.0)
    p = (1.0 / (1.0 + np.exp(-z))).tolist()
    for (g, a, b), q in zip(found, p, strict=True):
        if q >= model.threshold:
            kept[g].append((a, b, q))
    return kept


def shared_point(a: Side, b: Side) -> str:
    """The point in dispute both claims most likely speak to."""
    return ASPECTS[int(np.argmax(a.signals.points * b.signals.points))]


@functools.cache
def load_model(path: Path = MODEL_PATH) -> PairModel | None:
    """The trained model, read once per process; None if it was never trained."""
    if not path.exists():
        return None
    return PairModel.from_json(json.loads(path.read_text(encoding="utf-8")), N_FEATURES)


def train_extraction_pairs(articles: Sequence[GoldArticle], out: Path = MODEL_PATH) -> str:
    """Fit on the articles' own extractions (see the module's docstring), write the model
    to ``out``; say what was done."""
    from .aspects.learned import fit as fit_points
    from .aspects.train import readings
    from .components import Aspects
    from .contradictions import rule_view
    from .evaluate import match_claims
    from .extract import claims_with_signals, get_nlp

    reader = get_nlp().get_pipe("parallax_aspects")
    assert isinstance(reader, Aspects)
    shipped = reader.model
    halves = (articles[0::2], articles[1::2])
    rows: list[NDArray[np.float64]] = []
    labels: list[bool] = []
    try:
        for k in (0, 1):
            # (with one article, no other half: its points are read in-sample)
            reader.model = fit_points(*readings(halves[1 - k] or articles))
            for art in halves[k]:
                claims, signals = claims_with_signals(art.text, art.lexicon)
                if signals is None:
                    continue
                inputs = [c.as_input() for c in claims]
                found, x = pairs([rule_view(inputs, art.lexicon, signals)])
                matched = match_claims(art.claims, claims)  # predicted id -> gold id
                gold = {frozenset((a, b)) for a, b, _ in art.contradictions}
                for (_, a, b), row in zip(found, x, strict=True):
                    ga, gb = matched.get(a.claim.id), matched.get(b.claim.id)
                    rows.append(row)
                    labels.append(ga is not None and gb is not None and frozenset((ga, gb)) in gold)
    finally:
        reader.model = shipped
    kept, f1 = fit_and_write(rows, labels, out, THRESHOLD)
    return (
        f"extraction pairs: {len(articles)} articles, {len(rows)} pairs of two parties' "
        f"claims, {sum(labels)} in the gold; kept {kept} (F1 {f1:.2f} on the training "
        f"pairs); written to {out}"
    )
