"""The public data types: lexicon parsing and the JSON shape the app stores."""

from __future__ import annotations

import pytest

from claims.nlp import (
    ASPECTS,
    ExtractedClaim,
    Extraction,
    Lexicon,
    PartySpec,
    SourceSpec,
    SuggestedContradiction,
)

GOOD = {
    "parties": [
        {"name": "Moscow", "aliases": ["Moscow", "Russia", "Russian", "Kremlin"]},
        {"name": "Kyiv", "aliases": ["Kyiv", "Ukraine", "Ukrainian"]},
    ],
    "sources": [
        {"name": "Dmitry Peskov", "aliases": ["Peskov"], "party": "Moscow"},
        {"name": "Red Cross", "party": None},
    ],
}


def test_it_reads_a_lexicon_from_json():
    lex = Lexicon.from_json(GOOD)
    assert lex.parties[0] == PartySpec("Moscow", ("Moscow", "Russia", "Russian", "Kremlin"))
    assert lex.sources[0] == SourceSpec("Dmitry Peskov", ("Peskov",), "Moscow")
    assert lex.sources[1] == SourceSpec("Red Cross", (), None)
    assert Lexicon.from_json(lex.to_json()) == lex


def test_a_lexicon_is_hashable_so_the_pipeline_can_cache_per_lexicon():
    assert hash(Lexicon.from_json(GOOD)) == hash(Lexicon.from_json(GOOD))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a JSON object"),
        ({}, "non-empty list under 'parties'"),
        ({"parties": []}, "non-empty list under 'parties'"),
        ({"parties": [{"aliases": ["x"]}]}, "parties[0].name"),
        ({"parties": [{"name": "  "}]}, "parties[0].name"),
        ({"parties": [{"name": "A", "aliases": "Russia"}]}, "parties[0].aliases"),
        ({"parties": [{"name": "A", "aliases": ["ok", 3]}]}, "parties[0].aliases"),
        ({"parties": [{"name": "A"}, {"name": "A"}]}, "more than once: A"),
        ({"parties": [{"name": "A", "colour": "red"}]}, "unknown keys: colour"),
        ({"parties": [{"name": "A"}], "extra": 1}, "unknown keys: extra"),
        ({"parties": [{"name": "A"}], "sources": {"name": "B"}}, "'sources' must be a list"),
        (
            {"parties": [{"name": "A"}], "sources": [{"name": "B", "party": "Z"}]},
            "sources[0].party is 'Z'",
        ),
        (
            {"parties": [{"name": "A"}], "sources": [{"name": "B", "party": 1}]},
            "sources[0].party must be",
        ),
    ],
)
def test_it_rejects_a_malformed_lexicon_with_a_clear_message(data, message):
    with pytest.raises(ValueError) as info:
        Lexicon.from_json(data)
    assert message in str(info.value)


def test_the_aspects_are_exactly_the_seven_points_of_dispute():
    assert ASPECTS == (
        "casualties",
        "target",
        "responsibility",
        "legality",
        "intent",
        "weapon",
        "other",
    )


def test_an_extraction_serialises_to_the_agreed_shape():
    claim = ExtractedClaim(
        id="c1",
        party=None,
        source="the UN",
        source_start=0,
        source_end=6,
        cue="said",
        text="talks resumed",
        start=12,
        end=25,
        aspect="other",
        polarity="assert",
        confidence=0.9,
        cue_start=7,
        cue_end=11,
    )
    ex = Extraction(claims=(claim,), contradictions=(SuggestedContradiction("c1", "c2", 0.5, "x"),))
    data = ex.to_dict()
    assert set(data) == {"claims", "contradictions"}
    assert set(data["claims"][0]) >= {
        "id",
        "party",
        "source",
        "source_start",
        "source_end",
        "cue",
        "text",
        "start",
        "end",
        "aspect",
        "polarity",
        "confidence",
    }
    assert data["claims"][0]["party"] is None
    assert data["contradictions"] == [{"a": "c1", "b": "c2", "score": 0.5, "reason": "x"}]
    assert Extraction().to_dict() == {"claims": [], "contradictions": []}
