"""extract() on input that is empty, binary, huge, foreign or just odd: no tracebacks."""

from __future__ import annotations

import pytest

from claims.nlp import Extraction, ExtractionError, Lexicon, extract, get_nlp

LEX = Lexicon.from_json(
    {
        "parties": [
            {"name": "Moscow", "aliases": ["Russia", "Russian"]},
            {"name": "Kyiv", "aliases": ["Ukraine", "Ukrainian"]},
        ]
    }
)


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"])
def test_it_returns_an_empty_extraction_for_blank_text(text):
    assert extract(text, LEX) == Extraction()


def test_it_refuses_text_with_nul_bytes(nlp):
    with pytest.raises(ExtractionError, match="does not look like text"):
        extract("Russia said\x00 that\x00\x00", LEX)


def test_it_refuses_text_over_a_million_characters_naming_the_limit_in_words(nlp):
    with pytest.raises(ExtractionError, match="words"):
        extract("Russia said so. " * 70_000, LEX)


def test_it_refuses_a_russian_paragraph(nlp):
    with pytest.raises(ExtractionError, match="only English is supported"):
        extract(
            "Москва заявляет, что в результате удара по Макеевке погибли мирные жители, "
            "а Киев утверждает, что была уничтожена российская воинская часть.",
            LEX,
        )


def test_it_refuses_a_french_paragraph(nlp):
    with pytest.raises(ExtractionError, match="French"):
        extract(
            "Moscou affirme que des civils ont été tués lors d'une attaque à Makiïvka, "
            "tandis que Kiev affirme qu'une unité militaire russe a été détruite.",
            LEX,
        )


def test_it_rejects_a_lexicon_of_the_wrong_type():
    with pytest.raises(TypeError):
        extract("Russia said so.", {"parties": []})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Russia",
        "!!! ??? ... ---",
        '"Unclosed quotation, he said, and nothing more',
        "According to",
        "according to Russia,",
        "Russia said that",
        "It was alleged by.",
        "Ukraine denied.",
        "He said.\n\nThey said.\n\nShe said it.",
        "x" * 5000,
        ("Russian officials said " + "the strike hit a depot and " * 400 + "a school."),
        '“”“”"""“',
        "12,000 34 56 — 78",
    ],
)
def test_it_handles_odd_but_valid_text_without_a_traceback(nlp, text):
    result = extract(text, LEX)
    for c in result.claims:
        assert text[c.start : c.end] == c.text
        assert text[c.source_start : c.source_end] == c.source
