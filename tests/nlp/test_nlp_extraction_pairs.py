"""The learned pairing of an extraction's own claims (claims/nlp/extraction_pairs.py)."""

from __future__ import annotations

import numpy as np
import pytest

from claims.nlp import ClaimInput, Lexicon, contradictions, extract
from claims.nlp.aspects.features import analyse
from claims.nlp.evaluate import DEVSET, load_article
from claims.nlp.extract import claims_with_signals
from claims.nlp.extraction_pairs import (
    N_FEATURES,
    THRESHOLD,
    Article,
    ClaimSignals,
    load_model,
    pair_row,
    pairs,
    shared_point,
    side,
    weigh,
)
from claims.nlp.pairing import N_FEATURES as BASE_FEATURES
from claims.nlp.pairing import PairModel
from claims.nlp.types import ASPECTS

SEED = DEVSET / "tune" / "makiivka.txt"
# Where pair_row puts what it adds to the features of pairing.py.
REJECTION = BASE_FEATURES + 3
SAME_POINT = BASE_FEATURES + 6 + len(ASPECTS)
COSINE = SAME_POINT + 1


def _signals(point: str, context: list[float]) -> ClaimSignals:
    points = np.full(len(ASPECTS), 0.02, dtype=np.float32)
    points[ASPECTS.index(point)] = 1.0 - 0.02 * (len(ASPECTS) - 1)
    return ClaimSignals(points, np.asarray(context, dtype=np.float32))


def _side(cid: str, party: str | None, text: str, point: str, order: int, context: list[float]):
    claim = ClaimInput(id=cid, party=party, text=text, aspect=point, polarity="assert")
    return side(claim, analyse(text, party=party), order, _signals(point, context))


SIDES = [
    _side("m1", "Moscow", "civilians were killed in Makiivka", "target", 0, [1.0, 0.0]),
    _side("k1", "Kyiv", "a Russian military unit was destroyed", "target", 1, [1.0, 0.1]),
    _side("u1", None, "the UN could not confirm the toll", "casualties", 2, [0.0, 1.0]),
    _side("k2", "Kyiv", "the strike was lawful", "legality", 3, [0.0, 1.0]),
]


def test_the_shipped_model_reads_the_features_it_was_fitted_on():
    model = load_model()
    assert model is not None, "claims/nlp/extraction_pairs.json is missing: run make nlp-train"
    assert model.weights.shape == (N_FEATURES,)
    assert model.threshold == THRESHOLD


def test_a_pair_row_says_how_alike_the_two_claims_are_and_whether_one_rejects_the_other():
    m1, k1, _, k2 = SIDES
    x = pair_row(m1, k1, 0.6, True, 4)
    assert x.shape == (N_FEATURES,)
    assert x[2] == pytest.approx(0.6)  # the rules' score, as pairing.py reads it
    assert x[REJECTION] == 1.0
    both_on_target = float(m1.signals.points @ k1.signals.points)
    assert x[SAME_POINT] == pytest.approx(both_on_target) and both_on_target > 0.75
    assert x[COSINE] == pytest.approx(1 / np.sqrt(1.01), abs=1e-6)
    y = pair_row(m1, k2, 0.0, False, 4)
    assert y[REJECTION] == 0.0 and y[COSINE] == 0.0
    assert y[SAME_POINT] < 0.1
    assert shared_point(m1, k1) == "target"


def test_every_two_parties_claims_are_weighed_never_a_third_party_or_one_side_with_itself():
    found, x = pairs([Article(SIDES, {}, {}, len(SIDES))])
    assert [(g, a.claim.id, b.claim.id) for g, a, b in found] == [(0, "m1", "k1"), (0, "m1", "k2")]
    assert x.shape == (2, N_FEATURES)
    # Many articles are weighed at once, each pair with its own article's figures.
    again, y = pairs([Article(SIDES[:2], {}, {}, 2), Article(SIDES, {}, {"k2": ["m1"]}, 4)])
    assert [(g, a.claim.id, b.claim.id) for g, a, b in again] == [
        (0, "m1", "k1"),
        (1, "m1", "k1"),
        (1, "m1", "k2"),
    ]
    assert np.array_equal(y[1:], pairs([Article(SIDES, {}, {"k2": ["m1"]}, 4)])[1])
    assert y[2, REJECTION] == 1.0 and y[1, REJECTION] == 0.0


def test_the_pairs_kept_are_those_the_model_gives_the_threshold():
    # A model that keeps two claims likely on the same point, and nothing else.
    weights = np.zeros(N_FEATURES)
    weights[0] = -3.0
    weights[SAME_POINT] = 6.0
    (got,) = weigh([Article(SIDES, {}, {}, len(SIDES))], PairModel(weights, threshold=0.5))
    assert [(a.claim.id, b.claim.id) for a, b, _ in got] == [("m1", "k1")]
    same = float(SIDES[0].signals.points @ SIDES[1].signals.points)
    assert got[0][2] == pytest.approx(1 / (1 + np.exp(3.0 - 6.0 * same)))


def test_the_extraction_reads_each_claim_s_points_and_context_for_the_pairing():
    text = SEED.read_text(encoding="utf-8")
    art = load_article(SEED, "tune")
    claims, signals = claims_with_signals(text, art.lexicon)
    assert signals is not None and set(signals) == {c.id for c in claims}
    for c in claims:
        s = signals[c.id]
        assert s.points.shape == (len(ASPECTS),)
        assert float(s.points.sum()) == pytest.approx(1.0, abs=1e-5)
        assert s.context.shape == (96,)
        if c.aspect != "other":  # (a directive's point is `other`, whatever is read)
            assert ASPECTS[int(np.argmax(s.points))] == c.aspect


def test_the_seed_s_suggestions_come_from_the_learned_pairing_and_keep_its_core_pairs():
    art = load_article(SEED, "tune")
    got = extract(art.text, art.lexicon)
    model = load_model()
    assert model is not None
    assert all(s.score >= model.threshold for s in got.contradictions)
    found = {frozenset((s.a, s.b)) for s in got.contradictions}
    matched = {}
    for g in art.claims:
        for c in got.claims:
            if c.party == g.party and c.start < g.end and g.start < c.end:
                matched[g.id] = c.id
    core = [(a, b) for a, b, is_core in art.contradictions if is_core]
    assert len(core) == 3
    assert all(frozenset((matched[a], matched[b])) in found for a, b in core)


def test_without_a_trained_pairing_the_extraction_suggests_the_rules_pairs(monkeypatch):
    art = load_article(SEED, "tune")
    claims, signals = claims_with_signals(art.text, art.lexicon)
    inputs = [c.as_input() for c in claims]
    rules = contradictions.suggest(inputs, lexicon=art.lexicon, learned=False)
    monkeypatch.setattr(contradictions, "load_extraction_pair_model", lambda: None)
    same = contradictions.suggest(inputs, lexicon=art.lexicon, learned=False, signals=signals)
    assert same.contradictions == rules.contradictions
    # A pair the rules left out comes with the point both most likely speak to, in words
    # (here a model that keeps every pair of two parties' claims).
    weights = np.zeros(N_FEATURES)
    weights[0] = 3.0
    monkeypatch.setattr(
        contradictions, "load_extraction_pair_model", lambda: PairModel(weights, 0.5)
    )
    learned = contradictions.suggest(inputs, lexicon=art.lexicon, learned=False, signals=signals)
    ruled = {frozenset((s.a, s.b)) for s in rules.contradictions}
    new = [s for s in learned.contradictions if frozenset((s.a, s.b)) not in ruled]
    assert new and all(" give different accounts of " in s.reason for s in new)
    assert ruled <= {frozenset((s.a, s.b)) for s in learned.contradictions}


def test_an_article_with_no_claims_has_no_signals_and_no_pairs():
    lexicon = Lexicon.from_json({"parties": [{"name": "Kyiv", "aliases": ["Kyiv"]}]})
    assert claims_with_signals("   \n", lexicon) == ([], None)
    assert extract("The weather was mild in Kyiv on Monday.", lexicon).contradictions == ()
