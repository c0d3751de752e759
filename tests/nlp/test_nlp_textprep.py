"""Input checks and offset-preserving headline re-casing (no model needed)."""

from __future__ import annotations

import pytest

from claims.nlp.errors import ExtractionError
from claims.nlp.textprep import MAX_CHARS, analyse_lines, check_text, recase_headlines

COMMON = {"alleges", "civilian", "casualties", "strike", "claims", "destruction", "as", "in"}
ENGLISH = (
    "The ministry said on Tuesday that the strike had hit a military depot, and that "
    "no civilians were harmed. Officials in the city said the damage was extensive."
)


def test_it_accepts_ordinary_english_prose():
    check_text(ENGLISH)


def test_it_rejects_nul_bytes_as_not_text():
    with pytest.raises(ExtractionError, match="does not look like text"):
        check_text("Moscow said\x00\x00 that")


def test_it_rejects_binary_looking_content():
    garbage = bytes(range(256)).decode("latin-1") * 4
    with pytest.raises(ExtractionError, match="does not look like text"):
        check_text(garbage)


def test_it_rejects_text_over_the_limit_and_states_the_limit_in_words():
    with pytest.raises(ExtractionError) as info:
        check_text("word " * (MAX_CHARS // 5 + 1))
    message = str(info.value)
    assert "160,000 words" in message
    assert "1,000,000 characters" in message


def test_it_rejects_russian_text_saying_only_english_is_supported():
    russian = (
        "Министерство обороны России заявило во вторник, что удар по Макеевке был нанесён "
        "украинскими войсками, и что погибли мирные жители."
    )
    with pytest.raises(ExtractionError) as info:
        check_text(russian)
    assert "Cyrillic" in str(info.value)
    assert "only English is supported" in str(info.value)


def test_it_rejects_french_text_saying_only_english_is_supported():
    french = (
        "Le ministère de la Défense a déclaré mardi que la frappe avait touché un dépôt "
        "militaire et que les civils de la ville n'ont pas été blessés selon les autorités."
    )
    with pytest.raises(ExtractionError) as info:
        check_text(french)
    assert "French" in str(info.value)
    assert "only English is supported" in str(info.value)


def test_it_flags_title_case_and_all_caps_headlines_and_paragraphs():
    text = (
        "Moscow Alleges Civilian Casualties\n\nMoscow claims that civilians died.\n"
        "Kyiv denies it.\n\nRUSSIAN MISSILES HIT PORT, UKRAINE SAYS\n\nBody."
    )
    lines = analyse_lines(text)
    assert [(ln.paragraph, ln.headline, ln.shouted) for ln in lines] == [
        (0, True, True),
        (1, False, False),
        (1, False, False),
        (2, True, True),
        (3, False, False),
    ]


def test_it_recases_headlines_character_for_character():
    text = (
        "Moscow Alleges Civilian Casualties in Makiivka Strike as Kyiv Claims Destruction\n\n"
        "Moscow claims that civilians were killed in a Makiivka attack, while Kyiv claims "
        "that a unit was destroyed."
    )
    out = recase_headlines(
        text, analyse_lines(text), keep=["Kyiv", "Moscow"], is_common_word=lambda w: w in COMMON
    )
    assert len(out) == len(text)
    assert out.startswith(
        "Moscow alleges civilian casualties in Makiivka strike as Kyiv claims destruction\n\n"
    )
    assert out[out.index("\n\n") :] == text[text.index("\n\n") :]


def test_it_keeps_acronyms_and_names_when_recasing_an_all_caps_headline():
    text = "RSF FIGHTERS SHELL EL FASHER HOSPITAL, ARMY SAYS\n\nThe RSF fired at El Fasher again."
    out = recase_headlines(text, analyse_lines(text), is_common_word=lambda w: True)
    assert out.split("\n")[0] == "RSF fighters shell El Fasher hospital, army says"
