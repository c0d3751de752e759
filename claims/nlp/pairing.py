"""A learned check on the suggested contradictions: which pairs an annotator would list.

The rules of :mod:`.contradictions` pair two parties' claims when their words take
opposite poles, and fall back on pairing any two parties' accounts of the same point. On
writers they were not tuned on, half their pairs are not in the gold. This logistic
regression re-scores every pair the rules found and every pair of two parties' claims on
the same point in dispute (the grouping the rules make too, so the work stays that of the
grouping), and keeps the pairs it gives at least the model's threshold, with that
probability as their score. It reads only what the app keeps of a claim (its words,
point, polarity and party; no article needed), so it serves claims saved across an
event's articles as well as a fresh extraction:

* whether the rules paired the two, their score, and which score bands it reaches;
* the two points in dispute (the same? either `other`? which pair of points);
* how many of the two are denials; whether either is a bare reference ("the accusation");
* how many word stems the two share (a Jaccard index, and whether any);
* whether both give a number.

``python -m claims.nlp.train`` fits it on the gold claims of ``devset/tune`` (the rules'
pairs on them, and the gold pairs as labels) and writes ``pairing.json`` beside this file.
Held-out articles are never read.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .aspects import STOP, words_of
from .aspects.features import _stem
from .types import ASPECTS, ClaimInput

if TYPE_CHECKING:
    from .evaluate import GoldArticle

MODEL_PATH = Path(__file__).with_name("pairing.json")
# The bands of the rules' score a pair reaches (the rules score 0.45 to 1).
SCORE_BANDS = (0.45, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
# Each pair of points in dispute, by their ranks in ASPECTS (the lower first).
_POINT_PAIRS = {
    (i, j): k
    for k, (i, j) in enumerate(
        (i, j) for i in range(len(ASPECTS)) for j in range(len(ASPECTS)) if i <= j
    )
}
N_FEATURES = 3 + len(SCORE_BANDS) + 2 + len(_POINT_PAIRS) + 3 + 1 + 2 + 1
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif"
    r"|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|hundreds?"
    r"|thousands?)\b"
)
# The threshold a fresh fit keeps: the best F1 on its own training pairs lies at 0.3-0.375.
THRESHOLD = 0.35


def stems(text: str) -> frozenset[str]:
    """The stems of a claim's words, without the commonest ones."""
    return frozenset(_stem(w) for w in words_of(text) if w not in STOP)


class Side(NamedTuple):
    """What the features read of one claim of a pair, worked out once per claim."""

    point: int
    deny: bool
    short: bool  # a bare reference: "the accusation", "the claims"
    number: bool
    stems: frozenset[str]


def read_side(c: ClaimInput, words: frozenset[str] | None = None) -> Side:
    return Side(
        _point_rank(c.aspect),
        c.polarity == "deny",
        len(c.text.split()) <= 4,
        bool(_NUMBER.search(c.text.lower())),
        stems(c.text) if words is None else words,
    )


_SAME, _EITHER_OTHER = 3 + len(SCORE_BANDS), 4 + len(SCORE_BANDS)
_PAIRS_AT = 5 + len(SCORE_BANDS)
_DENIALS_AT = _PAIRS_AT + len(_POINT_PAIRS)
_SHORT = _DENIALS_AT + 3
_SHARED, _ANY_SHARED, _NUMBERS = _SHORT + 1, _SHORT + 2, _SHORT + 3
_OTHER = len(ASPECTS) - 1
# The column of each pair of points, by the two points' ranks in either order.
_PAIR_COLUMN = np.zeros((len(ASPECTS), len(ASPECTS)), dtype=np.int64)
for (_i, _j), _k in _POINT_PAIRS.items():
    _PAIR_COLUMN[_i, _j] = _PAIR_COLUMN[_j, _i] = _PAIRS_AT + _k


def feature_rows(
    sides: Sequence[Side],
    first: ArrayLike,
    second: ArrayLike,
    rule_scores: ArrayLike,
) -> NDArray[np.float64]:
    """The features (see the module's docstring) of the pairs ``sides[first[k]]``,
    ``sides[second[k]]`` whose rules' scores are ``rule_scores[k]``: a row per pair, all
    worked out at once."""
    i, j = np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)
    m = len(i)
    x = np.zeros((m, N_FEATURES))
    if not m:
        return x
    score = np.asarray(rule_scores, dtype=np.float64)
    point = np.fromiter((s.point for s in sides), np.int64, len(sides))
    flags = np.array([(s.deny, s.short, s.number) for s in sides], dtype=np.int64)
    rows = np.arange(m)
    x[:, 0] = 1.0
    x[:, 1] = score > 0
    x[:, 2] = score
    x[:, 3 : 3 + len(SCORE_BANDS)] = score[:, None] >= np.asarray(SCORE_BANDS)[None, :]
    x[:, _SAME] = point[i] == point[j]
    x[:, _EITHER_OTHER] = (point[i] == _OTHER) | (point[j] == _OTHER)
    x[rows, _PAIR_COLUMN[point[i], point[j]]] = 1.0
    x[rows, _DENIALS_AT + flags[i, 0] + flags[j, 0]] = 1.0
    x[:, _SHORT] = (flags[i, 1] | flags[j, 1]) > 0
    # The stems two claims share, and all they have between them, from which stems each
    # claim has (a claim by stem table, multiplied by itself).
    vocabulary: dict[str, int] = {}
    has = np.zeros((len(sides), sum(len(s.stems) for s in sides) or 1))
    for r, s in enumerate(sides):
        has[r, [vocabulary.setdefault(w, len(vocabulary)) for w in s.stems]] = 1.0
    shared = (has @ has.T)[i, j]
    sizes = has.sum(axis=1)
    x[:, _SHARED] = shared / np.maximum(1.0, sizes[i] + sizes[j] - shared)
    x[:, _ANY_SHARED] = shared > 0
    x[:, _NUMBERS] = (flags[i, 2] & flags[j, 2]) > 0
    return x


def pair_features(
    a: ClaimInput,
    b: ClaimInput,
    rule_score: float,
    stems_a: frozenset[str],
    stems_b: frozenset[str],
) -> NDArray[np.float64]:
    """The features of one pair (see the module's docstring), in a fixed order."""
    return feature_rows([read_side(a, stems_a), read_side(b, stems_b)], [0], [1], [rule_score])[0]


def _point_rank(aspect: str) -> int:
    return ASPECTS.index(aspect) if aspect in ASPECTS else _OTHER


def candidates(
    claims: Sequence[ClaimInput], rule_scores: Mapping[frozenset[str], float]
) -> Iterator[tuple[ClaimInput, ClaimInput]]:
    """The pairs to weigh: the rules' pairs, and every two parties' claims on the same
    point in dispute (not `other`), each once, in claim order."""
    by_id = {c.id: c for c in claims}
    seen: set[frozenset[str]] = set()
    order = {c.id: k for k, c in enumerate(claims)}
    for key in rule_scores:
        x, y = sorted(key, key=order.__getitem__)
        seen.add(key)
        yield by_id[x], by_id[y]
    by_point: dict[str, list[ClaimInput]] = defaultdict(list)
    for c in claims:
        if c.party and c.aspect != "other" and c.aspect in ASPECTS:
            by_point[c.aspect].append(c)
    for group in by_point.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                key = frozenset((a.id, b.id))
                if a.party != b.party and key not in seen:
                    seen.add(key)
                    yield a, b


@dataclass(frozen=True)
class PairModel:
    weights: NDArray[np.float64]
    threshold: float = THRESHOLD

    def probability(self, x: NDArray[np.float64]) -> float:
        return 1.0 / (1.0 + math.exp(-float(x @ self.weights)))

    def rescore(
        self, claims: Sequence[ClaimInput], rule_scores: Mapping[frozenset[str], float]
    ) -> list[tuple[ClaimInput, ClaimInput, float]]:
        """The pairs kept, each with its probability (what :meth:`probability` gives
        for :func:`pair_features`)."""
        pairs = list(candidates(claims, rule_scores))
        at: dict[str, int] = {}
        sides: list[Side] = []
        for c in (c for pair in pairs for c in pair):
            if c.id not in at:
                at[c.id] = len(sides)
                sides.append(read_side(c))
        x = feature_rows(
            sides,
            [at[a.id] for a, _ in pairs],
            [at[b.id] for _, b in pairs],
            [rule_scores.get(frozenset((a.id, b.id)), 0.0) for a, b in pairs],
        )
        p = (1.0 / (1.0 + np.exp(-(x @ self.weights)))).tolist()
        return [(a, b, q) for (a, b), q in zip(pairs, p, strict=True) if q >= self.threshold]

    def to_json(self) -> dict[str, Any]:
        return {
            "features": len(self.weights),
            "threshold": self.threshold,
            "weights": [round(float(w), 6) for w in self.weights],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], features: int = N_FEATURES) -> PairModel:
        weights = np.asarray(data["weights"], dtype=np.float64)
        if data.get("features") != features or weights.shape != (features,):
            raise ValueError(f"a pair model of {weights.shape} weights, expected {features}")
        return cls(weights, float(data["threshold"]))


def fit(
    rows: Sequence[NDArray[np.float64]],
    labels: Sequence[bool],
    *,
    epochs: int = 2000,
    rate: float = 0.5,
    l2: float = 1e-4,
) -> PairModel:
    """Fit by full-batch gradient descent on the logistic loss (deterministic)."""
    if not rows or len(rows) != len(labels):
        raise ValueError("fit needs as many labels as rows, and at least one")
    x = np.stack(rows)
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(x.shape[1])
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w)
    return PairModel(w)


@functools.cache
def load_model(path: Path = MODEL_PATH) -> PairModel | None:
    """The trained model, read once per process; None if it was never trained."""
    if not path.exists():
        return None
    return PairModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def train_pairs(articles: Sequence[GoldArticle], out: Path = MODEL_PATH) -> str:
    """Fit on the articles' gold claims (the rules' pairs on them, the gold pairs as
    labels), write the model to ``out``; say what was done."""
    from .contradictions import suggest

    rows: list[NDArray[np.float64]] = []
    labels: list[bool] = []
    for art in articles:
        claims = [c.as_input() for c in art.claims]
        found = suggest(claims, lexicon=art.lexicon, learned=False).contradictions
        scores = {frozenset((s.a, s.b)): s.score for s in found}
        gold = {frozenset((a, b)) for a, b, _ in art.contradictions}
        words = {c.id: stems(c.text) for c in claims}
        for a, b in candidates(claims, scores):
            key = frozenset((a.id, b.id))
            rows.append(pair_features(a, b, scores.get(key, 0.0), words[a.id], words[b.id]))
            labels.append(key in gold)
    kept, f1 = fit_and_write(rows, labels, out)
    return (
        f"pairs: {len(articles)} articles, {len(rows)} candidate pairs, {sum(labels)} in the "
        f"gold; kept {kept} (F1 {f1:.2f} on the training pairs); written to {out}"
    )


def fit_and_write(
    rows: Sequence[NDArray[np.float64]],
    labels: Sequence[bool],
    out: Path,
    threshold: float = THRESHOLD,
) -> tuple[int, float]:
    """Fit a model keeping pairs at ``threshold``, write it to ``out``; how many of the
    training pairs it keeps, and its F1 on them."""
    model = PairModel(fit(rows, labels).weights, threshold)
    kept = [model.probability(x) >= model.threshold for x in rows]
    tp = sum(k and g for k, g in zip(kept, labels, strict=True))
    f1 = 2 * tp / (sum(kept) + sum(labels)) if labels else 0.0
    out.write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
    return sum(kept), f1
