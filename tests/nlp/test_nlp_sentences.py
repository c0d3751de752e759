"""Sentence boundaries from layout, on a blank pipeline (no parser needed)."""

from __future__ import annotations

import spacy

import claims.nlp.components  # noqa: F401  (registers the factories)


def _sentences(text: str) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("parallax_sentences")
    doc = nlp(text)
    # Without a parser, only the boundaries this component sets exist.
    starts = [0] + [t.i for t in doc[1:] if t.is_sent_start]
    spans = [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)], strict=True)]
    return [s.text.strip() for s in spans if s.text.strip()]


def test_it_does_not_merge_a_headline_without_final_punctuation_into_the_next_paragraph():
    text = "Moscow Alleges Civilian Casualties in Strike\n\nMoscow claims that civilians died."
    sents = _sentences(text)
    assert sents[0] == "Moscow Alleges Civilian Casualties in Strike"
    assert sents[1].startswith("Moscow claims")


def test_it_ends_a_sentence_at_a_blank_line_even_mid_phrase():
    text = "The ministry said the strike hit a depot and\n\nResidents fled the town"
    assert _sentences(text) == [
        "The ministry said the strike hit a depot and",
        "Residents fled the town",
    ]


def test_it_splits_a_title_case_headline_followed_by_a_single_newline():
    text = (
        "Kyiv Says Dam Was Blown Up From Inside\n"
        "Ukraine's armed forces said on Tuesday the dam fell."
    )
    sents = _sentences(text)
    assert sents[0] == "Kyiv Says Dam Was Blown Up From Inside"
    assert sents[1].startswith("Ukraine's armed forces")


def test_it_keeps_a_hard_wrapped_sentence_together():
    text = (
        "The army said in a statement that fighters had fired at the\n"
        "hospital from positions east of the city."
    )
    sents = _sentences(text)
    assert len(sents) == 1


def test_it_separates_the_dateline_from_the_first_sentence():
    text = "KHERSON, June 6 (Wire) - Ukraine and Russia blamed each other on Tuesday."
    sents = _sentences(text)
    assert sents[0] == "KHERSON, June 6 (Wire) -"
    assert sents[1] == "Ukraine and Russia blamed each other on Tuesday."


def test_it_treats_two_headlines_joined_by_a_semicolon_as_two_sentences():
    text = "Pakistan says it shot down drone; India denies losing aircraft\n\nBody text here."
    sents = _sentences(text)
    assert sents[:2] == ["Pakistan says it shot down drone;", "India denies losing aircraft"]


def test_a_hyphenated_name_ending_in_a_capital_letter_closes_its_sentence():
    # The tokenizer reads "B." as an initial; after a hyphen it is a place's last letter.
    text = "The ferry was bound for Port-B. Nobody on board was hurt, the operator said."
    sents = _sentences(text)
    assert sents[0] == "The ferry was bound for Port-B."
    assert sents[1].startswith("Nobody on board")
