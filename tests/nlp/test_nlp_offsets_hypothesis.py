"""Offsets stay exact under random whitespace and prefix edits of real articles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.nlp import extract, get_nlp
from claims.nlp.evaluate import load_devset

ARTICLES = load_devset()
SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n "])
PREFIXES = st.sampled_from(["", "   ", "\n\n", "UPDATE 2-\n\n", "By Staff Writer\n", "\ufeff"])


@pytest.fixture(scope="session", autouse=True)
def nlp():
    return get_nlp()


@st.composite
def edited_articles(draw):
    art = draw(st.sampled_from(ARTICLES))
    words = art.text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        k = draw(st.integers(0, len(words) - 1))
        words[k] = words[k] + draw(SPACES)
    text = draw(PREFIXES) + " ".join(words) + draw(st.sampled_from(["", "\n", "  \n\n"]))
    return text, art.lexicon


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_articles())
def test_every_span_is_a_slice_of_the_text_as_given(case):
    text, lexicon = case
    ex = extract(text, lexicon)
    for c in ex.claims:
        assert text[c.start : c.end] == c.text
        assert text[c.source_start : c.source_end] == c.source
        assert text[c.cue_start : c.cue_end] == c.cue
        assert 0 <= c.confidence <= 1
