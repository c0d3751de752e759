"""The learned reading of the point in dispute: the shipped model, its fast path, fitting."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from claims.nlp import Lexicon, extract, get_nlp
from claims.nlp.aspects import classify_aspect
from claims.nlp.aspects.learned import (
    MODEL_PATH,
    AspectModel,
    ClaimAt,
    ClaimReading,
    DocReader,
    fit,
    load_model,
    read_claim,
)
from claims.nlp.evaluate import DEVSET, load_article
from claims.nlp.extract import DEFAULT_MODEL, prepare_doc
from claims.nlp.extraction_pairs import N_FEATURES as EXTRACTION_FEATURES
from claims.nlp.pairing import PairModel
from claims.nlp.train import main as train_main
from claims.nlp.types import ASPECTS

SEED = DEVSET / "tune" / "makiivka.txt"


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_the_shipped_model_fits_the_pipeline_s_vectors(nlp):
    model = load_model()
    assert model is not None, f"{MODEL_PATH} is missing: run python -m claims.nlp.aspects.train"
    assert model.weights.shape == (model.size, len(ASPECTS))
    assert nlp("Kyiv said the strike hit a depot.").tensor.shape[1] == model.width


def test_the_fast_path_reads_every_claim_as_the_model_does(nlp):
    """DocReader (all claims of a document at once) gives what the model gives for each
    claim's reading, on every claim of the seed article."""
    art = load_article(SEED, "tune")
    model = load_model()
    assert model is not None
    doc = nlp(prepare_doc(nlp, art.text, art.lexicon, DEFAULT_MODEL))
    claims = list(extract(art.text, art.lexicon).claims)
    at = [
        ClaimAt(c.start, c.end, c.cue_start, c.cue_end, c.polarity == "deny", c.party is not None)
        for c in claims
    ]
    fast = DocReader(model, doc).predict(at)
    for c, a, got in zip(claims, at, fast, strict=True):
        reading = read_claim(
            doc, a.start, a.end, a.cue_start, a.cue_end, deny=a.deny, party=a.party
        )
        assert reading is not None
        assert got == model.predict(reading), c.text


def test_extraction_gives_the_learned_point(nlp):
    """The extraction's aspects are the model's, except an appeal's, which stays `other`."""
    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Moscow", "aliases": ["Moscow", "Russia", "Russian"]},
                {"name": "Kyiv", "aliases": ["Kyiv", "Ukraine", "Ukrainian"]},
            ]
        }
    )
    text = (
        "KYIV, May 2 (Wire) - Ukraine said a Russian missile killed 12 civilians at a market "
        "in Kharkiv. Russia's defence ministry said its forces had struck a fuel depot.\n\n"
        "The United Nations urged both sides to protect civilians."
    )
    claims = extract(text, lexicon).claims
    model = load_model()
    assert model is not None
    doc = nlp(prepare_doc(nlp, text, lexicon, DEFAULT_MODEL))
    for c in claims:
        if c.cue == "urged":
            assert c.aspect == "other"
            continue
        reading = read_claim(
            doc,
            c.start,
            c.end,
            c.cue_start,
            c.cue_end,
            deny=c.polarity == "deny",
            party=c.party is not None,
        )
        assert reading is not None
        assert c.aspect == model.predict(reading)
    assert claims[0].aspect == "casualties"


def test_vectors_of_another_width_leave_the_point_to_the_word_tables(nlp):
    pipe = nlp.get_pipe("parallax_aspects")
    shipped = pipe.model
    toy = _toy_model(width=3)
    lexicon = Lexicon.from_json({"parties": [{"name": "Kyiv", "aliases": ["Kyiv", "Ukraine"]}]})
    text = "Ukraine said the drone had been shot down over the border."
    try:
        pipe.model = toy
        claims = extract(text, lexicon).claims
    finally:
        pipe.model = shipped
    assert [c.aspect for c in claims] == [classify_aspect(c.text, "say") for c in claims]


def _reading(words: str, width: int, cue: str = "say") -> ClaimReading:
    return ClaimReading(
        lemmas=frozenset(words.split()),
        cue=cue,
        deny=False,
        party=True,
        span_vector=np.zeros(width, dtype=np.float32),
        cue_vector=np.zeros(width, dtype=np.float32),
    )


def _toy_model(width: int) -> AspectModel:
    examples = [
        ("kill civilian dead", "casualties"),
        ("kill wound dead", "casualties"),
        ("border territory law", "legality"),
        ("border law illegal", "legality"),
        ("drone missile rocket", "weapon"),
    ] * 3
    return fit([_reading(w, width) for w, _ in examples], [a for _, a in examples], epochs=300)


def test_fit_learns_what_the_words_say_and_is_deterministic():
    model = _toy_model(width=4)
    assert model.predict(_reading("kill dead", 4)) == "casualties"
    assert model.predict(_reading("territory law", 4)) == "legality"
    assert model.predict(_reading("missile drone", 4)) == "weapon"
    again = _toy_model(width=4)
    assert np.array_equal(model.weights, again.weights)
    with pytest.raises(ValueError):
        model.predict(_reading("kill", 5))  # vectors of another width
    with pytest.raises(ValueError):
        fit([], [])


def test_the_model_round_trips_through_json_and_refuses_a_bad_file(tmp_path: Path):
    model = _toy_model(width=2)
    data = json.loads(json.dumps(model.to_json()))
    back = AspectModel.from_json(data)
    reading = _reading("border law", 2)
    assert back.predict(reading) == model.predict(reading)
    with pytest.raises(ValueError, match="points in dispute"):
        AspectModel.from_json({**data, "aspects": ["a", "b"]})
    with pytest.raises(ValueError, match="expected"):
        AspectModel.from_json({**data, "weights": data["weights"][:-1]})
    assert load_model.__wrapped__(tmp_path / "none.json") is None


def test_training_writes_models_the_extraction_can_read(tmp_path: Path, capsys):
    devset = tmp_path / "devset"
    (devset / "tune").mkdir(parents=True)
    (devset / "heldout").mkdir()
    for suffix in (".txt", ".json"):
        shutil.copy(SEED.with_suffix(suffix), devset / "tune" / f"makiivka{suffix}")
        other = DEVSET / "tune" / f"bakassi_fishermen_shooting{suffix}"
        shutil.copy(other, devset / "heldout" / other.name)
    aspects, pairs = tmp_path / "model.json", tmp_path / "pairing.json"
    fresh = tmp_path / "extraction_pairs.json"
    argv = ["--devset", str(devset), "--aspects-out", str(aspects), "--pairs-out", str(pairs)]
    assert train_main([*argv, "--extraction-pairs-out", str(fresh)]) == 0
    # Held-out articles are never read: the seed's 14 gold claims only.
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith("points in dispute: 1 articles, 14 gold claims;")
    assert said[1].startswith("pairs: 1 articles,")
    assert said[2].startswith("extraction pairs: 1 articles,")
    model = AspectModel.from_json(json.loads(aspects.read_text(encoding="utf-8")))
    assert model.width == load_model().width  # type: ignore[union-attr]
    assert "civilian" in model.vocabulary
    PairModel.from_json(json.loads(pairs.read_text(encoding="utf-8")))
    PairModel.from_json(json.loads(fresh.read_text(encoding="utf-8")), EXTRACTION_FEATURES)
