"""The learned check on suggested contradictions (claims/nlp/pairing.py)."""

from __future__ import annotations

import numpy as np
import pytest

from claims.nlp import ClaimInput, contradictions, suggest_contradictions
from claims.nlp.pairing import (
    N_FEATURES,
    THRESHOLD,
    PairModel,
    candidates,
    fit,
    load_model,
    pair_features,
    stems,
)


def _c(cid: str, party: str | None, text: str, aspect: str, polarity: str = "assert"):
    return ClaimInput(id=cid, party=party, text=text, aspect=aspect, polarity=polarity)


CLAIMS = [
    _c("m1", "Moscow", "civilians were killed in the attack on Makiivka", "target"),
    _c("m2", "Moscow", "Ukraine fired six HIMARS rockets", "weapon"),
    _c("k1", "Kyiv", "a Russian military unit was destroyed", "target"),
    _c("k2", "Kyiv", "the strike was lawful", "legality"),
    _c("u1", None, "the UN could not confirm the toll", "casualties"),
    _c("k3", "Kyiv", "both sides should talk", "other"),
]


def test_the_shipped_model_reads_the_features_it_was_fitted_on():
    model = load_model()
    assert model is not None, "claims/nlp/pairing.json is missing: run make nlp-train"
    assert model.weights.shape == (N_FEATURES,)
    assert 0 < model.threshold < 1


def test_candidates_are_the_rules_pairs_and_two_sides_claims_on_one_point():
    rules = {frozenset(("m2", "k2")): 0.5}
    got = [(a.id, b.id) for a, b in candidates(CLAIMS, rules)]
    # the rules' pair first, then the one pair of two parties on the same point; never a
    # third party, one side with itself, or a claim on `other`
    assert got == [("m2", "k2"), ("m1", "k1")]


def test_pair_features_say_what_the_two_claims_share():
    a = _c("a", "Moscow", "12 civilians were killed", "casualties")
    b = _c("b", "Kyiv", "no civilians were killed", "casualties", "deny")
    x = pair_features(a, b, 0.7, stems(a.text), stems(b.text))
    assert x.shape == (N_FEATURES,)
    assert x[0] == 1.0 and x[1] == 1.0 and x[2] == pytest.approx(0.7)
    assert x[-1] == 0.0  # only one gives a number
    assert x[-2] == 1.0 and x[-3] == pytest.approx(2 / 3)  # "civilian", "kill" of 3 stems
    c = _c("c", "Kyiv", "twelve soldiers died", "casualties")
    assert pair_features(a, c, 0.0, stems(a.text), stems(c.text))[-1] == 1.0


def test_the_suggester_keeps_what_the_check_keeps_scored_by_its_probability(monkeypatch):
    # A check that keeps pairs on the same point and nothing else: the rules' pair across
    # points goes, the same-point pair stays (with the rules' reason), scored by the check.
    weights = np.zeros(N_FEATURES)
    weights[0] = -3.0
    weights[3 + 9] = 6.0  # the same point (after bias, paired, score, 9 bands)
    model = PairModel(weights, threshold=0.5)
    monkeypatch.setattr(contradictions, "load_pair_model", lambda: model)
    rules = suggest_contradictions(CLAIMS, learned=False)
    checked = suggest_contradictions(CLAIMS)
    assert {(s.a, s.b) for s in checked} == {("m1", "k1")}
    (kept,) = checked
    rule = next(s for s in rules if {s.a, s.b} == {"m1", "k1"})
    assert kept.reason == rule.reason
    assert kept.score == pytest.approx(1 / (1 + np.exp(-3.0)), abs=1e-3)
    # A same-point pair the rules left out comes with a reason in words.
    tolls = [
        _c("a", "Moscow", "63 soldiers were killed", "casualties"),
        _c("b", "Kyiv", "63 soldiers were killed", "casualties"),
    ]
    assert suggest_contradictions(tolls, learned=False) == ()  # tolls that agree
    (added,) = suggest_contradictions(tolls)
    assert added.reason == "Moscow and Kyiv give different accounts of who was killed or hurt"


def test_fit_separates_what_it_is_shown_and_is_deterministic():
    same = np.zeros(N_FEATURES)
    same[0], same[12] = 1.0, 1.0
    other = np.zeros(N_FEATURES)
    other[0] = 1.0
    rows, labels = [same, other] * 10, [True, False] * 10
    model = fit(rows, labels)
    assert model.probability(same) > THRESHOLD > model.probability(other)
    assert np.array_equal(model.weights, fit(rows, labels).weights)
    with pytest.raises(ValueError):
        fit([], [])


def test_the_model_round_trips_and_refuses_another_feature_set():
    model = PairModel(np.arange(N_FEATURES, dtype=np.float64) / 100)
    back = PairModel.from_json(model.to_json())
    assert np.allclose(back.weights, model.weights) and back.threshold == model.threshold
    with pytest.raises(ValueError, match="expected"):
        PairModel.from_json({**model.to_json(), "weights": [0.0] * 3, "features": 3})


def test_the_fast_path_scores_every_pair_as_the_features_do():
    model = load_model()
    assert model is not None
    rules = {frozenset((s.a, s.b)): s.score for s in suggest_contradictions(CLAIMS, learned=False)}
    slow = {
        (a.id, b.id): model.probability(
            pair_features(
                a, b, rules.get(frozenset((a.id, b.id)), 0.0), stems(a.text), stems(b.text)
            )
        )
        for a, b in candidates(CLAIMS, rules)
    }
    fast = {(a.id, b.id): p for a, b, p in PairModel(model.weights, 0.0).rescore(CLAIMS, rules)}
    assert fast.keys() == slow.keys() and len(fast) >= 2
    for key, p in fast.items():
        assert p == pytest.approx(slow[key])


def test_an_extraction_suggests_the_rules_pairs_without_the_check(monkeypatch):
    """The check serves the editors' confirmed claims; an extraction's own suggestions are
    the rules' (a check that keeps nothing changes nothing there)."""
    from claims.nlp import Lexicon, extract

    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Moscow", "aliases": ["Russia"]},
                {"name": "Kyiv", "aliases": ["Ukraine"]},
            ]
        }
    )
    text = (
        "Russia said civilians were killed in the strike. Ukraine said a Russian military unit "
        "was destroyed."
    )
    found = extract(text, lexicon).contradictions
    assert found
    monkeypatch.setattr(
        contradictions, "load_pair_model", lambda: PairModel(np.zeros(N_FEATURES), 1.0)
    )
    assert extract(text, lexicon).contradictions == found
    claims = [c.as_input() for c in extract(text, lexicon).claims]
    assert suggest_contradictions(claims, lexicon=lexicon) == ()  # the app's case is checked


def test_a_point_the_suggester_does_not_know_pairs_nothing_and_breaks_nothing():
    odd = [
        _c("a", "Moscow", "the talks were postponed", "schedule"),
        _c("b", "Kyiv", "the talks were cancelled", "schedule"),
    ]
    assert [(a.id, b.id) for a, b in candidates(odd, {})] == []
    assert suggest_contradictions(odd) == ()
