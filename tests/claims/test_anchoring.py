from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claims.anchoring import (
    CONTEXT_CHARS,
    Anchor,
    TextQuote,
    quote_at,
    reanchor,
    reanchor_all,
)

ARTICLE = (
    "Moscow claims that civilians were killed in a Makiivka attack, while Kyiv claims that "
    "a Russian military unit was destroyed. According to Moscow, the attack on Makiivka "
    "resulted in several civilian casualties. Russian officials have accused Ukraine of "
    "targeting residential areas. Kyiv said the strike hit a barracks. Moscow said the strike "
    "hit a school. Independent observers have not been able to verify either account."
)

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def claim(text: str, words: str, occurrence: int = 0) -> tuple[TextQuote, int, int]:
    """Quote the ``occurrence``-th appearance of ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return quote_at(text, start, start + len(words)), start, start + len(words)


def levenshtein(a: str, b: str) -> int:
    """Plain DP, independent of the module's bit-parallel one."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def assert_invariant(new_text: str, quote: TextQuote, anchor: Anchor | None) -> None:
    if anchor is None:
        return
    assert 0 <= anchor.start < anchor.end <= len(new_text)
    assert new_text[anchor.start : anchor.end] == anchor.exact
    if anchor.method in ("position", "quote"):
        assert anchor.exact == quote.exact


# --- quote_at -----------------------------------------------------------------------------


def test_quote_at_takes_context_on_both_sides() -> None:
    quote, start, end = claim(ARTICLE, "several civilian casualties")

    assert quote.exact == "several civilian casualties"
    assert quote.prefix == ARTICLE[start - CONTEXT_CHARS : start]
    assert quote.suffix == ARTICLE[end : end + CONTEXT_CHARS]


def test_quote_at_truncates_context_at_the_edges_of_the_text() -> None:
    assert quote_at("abcdef", 1, 5, context=3) == TextQuote(exact="bcde", prefix="a", suffix="f")
    assert quote_at("abcdef", 0, 6) == TextQuote(exact="abcdef", prefix="", suffix="")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (2, 7), (3, 3), (4, 2), (6, 7)])
def test_quote_at_rejects_a_span_outside_the_text(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        quote_at("abcdef", start, end)


def test_reanchor_rejects_an_empty_quote() -> None:
    with pytest.raises(ValueError):
        reanchor(ARTICLE, TextQuote("", "a", "b"), start=0, end=0)


# --- reanchor: examples ---------------------------------------------------------------------


def test_it_keeps_a_claim_whose_offsets_still_hold_the_quote() -> None:
    quote, start, end = claim(ARTICLE, "several civilian casualties")
    new_text = ARTICLE.replace("either account", "either side's account")

    assert reanchor(new_text, quote, start=start, end=end) == Anchor(
        start, end, "several civilian casualties", "position"
    )


def test_it_follows_a_quote_moved_by_an_insertion_before_it() -> None:
    quote, start, end = claim(ARTICLE, "several civilian casualties")
    inserted = "Updated at 10:00. "
    new_text = inserted + ARTICLE

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor == Anchor(
        start + len(inserted), end + len(inserted), "several civilian casualties", "quote"
    )


def test_it_uses_context_to_pick_among_repeated_quotes() -> None:
    # "said the strike hit a" appears twice; the claim is on Moscow's version.
    quote, start, end = claim(ARTICLE, "said the strike hit a", occurrence=1)
    assert quote.prefix.endswith("Moscow ")
    # Shift the text so the old offsets now land between the two, nearer Kyiv's version.
    new_text = ARTICLE.replace("Kyiv said", "Kyiv officials said")

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor is not None
    assert anchor.method == "quote"
    assert anchor.start == new_text.index("Moscow said") + len("Moscow ")


def test_it_uses_partly_edited_context_to_pick_among_repeated_quotes() -> None:
    quote, start, end = claim(ARTICLE, "said the strike hit a", occurrence=1)
    new_text = ARTICLE.replace("Moscow said", "Moscow then said").replace(
        "hit a school", "hit a hospital"
    )

    anchor = reanchor(new_text, quote, start=start - 40, end=end - 40)

    assert anchor is not None
    assert anchor.method == "quote"
    assert anchor.start == new_text.index("then said") + len("then ")


def test_it_prefers_the_nearest_of_identical_candidates() -> None:
    text = "la " * 40
    quote = quote_at(text, 45, 50)
    new_text = "la " * 60

    anchor = reanchor(new_text, quote, start=45, end=50)

    assert anchor == Anchor(45, 50, "la la", "position")


def test_it_reanchors_a_quote_with_a_fixed_typo_as_fuzzy() -> None:
    text = ARTICLE.replace("several civilian", "sevral civilian")
    quote, start, end = claim(text, "sevral civilian casualties")

    anchor = reanchor(ARTICLE, quote, start=start, end=end)

    assert anchor == Anchor(start, end + 1, "several civilian casualties", "fuzzy")


def test_it_reanchors_a_quote_with_a_changed_word_after_a_long_shift_as_fuzzy() -> None:
    quote, start, end = claim(ARTICLE, "resulted in several civilian casualties")
    intro = "Editor's note: this article was updated. " * 100
    new_text = intro + ARTICLE.replace("several civilian", "many civilian")

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor == Anchor(
        start + len(intro),
        end + len(intro) - len("several") + len("many"),
        "resulted in many civilian casualties",
        "fuzzy",
    )


def test_it_orphans_a_claim_whose_words_were_deleted() -> None:
    quote, start, end = claim(ARTICLE, "Russian officials have accused Ukraine")
    new_text = ARTICLE.replace("Russian officials have accused Ukraine of ", "")

    assert reanchor(new_text, quote, start=start, end=end) is None


def test_it_orphans_a_claim_whose_words_were_rewritten() -> None:
    quote, start, end = claim(ARTICLE, "several civilian casualties")
    new_text = ARTICLE.replace("several civilian casualties", "no verified deaths")

    assert reanchor(new_text, quote, start=start, end=end) is None


def test_it_does_not_move_a_short_claim_to_an_unrelated_occurrence() -> None:
    quote, start, end = claim(ARTICLE, "Kyiv")
    new_text = ARTICLE.replace("while Kyiv claims", "while Ukraine claims")

    assert "Kyiv" in new_text
    assert reanchor(new_text, quote, start=start, end=end) is None


def test_it_follows_a_long_quote_into_new_context_only_for_review() -> None:
    sentence = "Independent observers have not been able to verify either account."
    quote, start, end = claim(ARTICLE, sentence)
    new_text = sentence + " " + ARTICLE.replace(" " + sentence, "")

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor == Anchor(0, len(sentence), sentence, "fuzzy")


def test_it_never_reads_a_stale_offset_past_the_end_of_the_text() -> None:
    quote, start, end = claim(ARTICLE, "either account")
    new_text = ARTICLE[:100]

    assert reanchor(new_text, quote, start=start, end=end) is None
    assert reanchor(new_text, quote, start=-5, end=-1) is None


def test_reanchor_all_reanchors_each_claim_by_key() -> None:
    claims = {
        "typo": claim(ARTICLE, "civilian casualties"),
        "gone": claim(ARTICLE, "targeting residential areas"),
        "kept": claim(ARTICLE, "Moscow claims"),
    }
    new_text = ARTICLE.replace("civilian casualties", "civillian casualties").replace(
        " of targeting residential areas", ""
    )

    result = reanchor_all(new_text, [(k, q, s, e) for k, (q, s, e) in claims.items()])

    assert result == {k: reanchor(new_text, q, start=s, end=e) for k, (q, s, e) in claims.items()}
    assert result["typo"] is not None and result["typo"].method == "fuzzy"
    assert result["gone"] is None
    assert result["kept"] == Anchor(0, len("Moscow claims"), "Moscow claims", "position")


def test_it_stays_fast_on_a_megabyte_article() -> None:
    # Guards against an accidental scan per claim of the whole text at Python speed.
    paragraph = ARTICLE + "\n\n"
    text = "".join(f"[{i}] {paragraph}" for i in range(1_000_000 // len(paragraph)))
    spans = [(i, i + 40) for i in range(1000, len(text) - 1000, len(text) // 50)]
    items = [(n, quote_at(text, s, e), s, e) for n, (s, e) in enumerate(spans)]
    # Delete a stretch holding one claim and shift the rest, so every search path runs.
    cut = spans[25][0] - 10
    new_text = text[:cut] + text[cut + 200 :]

    import time

    began = time.perf_counter()
    result = reanchor_all(new_text, items)
    elapsed = time.perf_counter() - began

    assert sum(a is None for a in result.values()) <= 1
    assert elapsed < 5


# --- reanchor: properties -------------------------------------------------------------------

WORDS = [
    "the", "tax", "plan", "a", "said", "Kyiv", "Moscow", "strike", "hit", "school", "on",
    "the tax plan", "said the strike", "in Makiivka", "civilian casualties", "Kyiv said",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", " ", ", ", ". ", ".\n\n"]


TOKENS = st.builds(
    lambda word, sep: word + sep, st.sampled_from(WORDS), st.sampled_from(SEPARATORS)
)


@st.composite
def texts(draw: st.DrawFn, min_words: int = 1, max_words: int = 60) -> str:
    """Word soup, often built by repeating a motif so whole quotes-in-context recur."""
    if draw(st.booleans()):
        motif = draw(st.lists(TOKENS, min_size=1, max_size=6))
        tokens = motif * draw(st.integers(1, 12))
        tokens[draw(st.integers(0, len(tokens))) : 0] = draw(st.lists(TOKENS, max_size=4))
    else:
        tokens = draw(st.lists(TOKENS, min_size=min_words, max_size=max_words))
    return "".join(tokens[:max_words]).strip() or "the"


@st.composite
def claims(draw: st.DrawFn, min_len: int = 1) -> tuple[str, TextQuote, int, int]:
    text = draw(texts(min_words=2))
    assume(len(text) > min_len)
    start = draw(st.integers(0, len(text) - min_len))
    end = draw(st.integers(start + min_len, min(len(text), start + min_len + 60)))
    return text, quote_at(text, start, end), start, end


insertions = st.one_of(
    st.just(""),
    texts(max_words=6),
    st.text(alphabet="aeiou tsx.,\n", max_size=6),
)


def apply_edit(text: str, at: int, deleted: int, inserted: str) -> str:
    return text[:at] + inserted + text[at + deleted :]


@PROPERTY_SETTINGS
@given(claims(), st.data())
def test_any_edit_leaves_a_claim_on_its_own_words_or_orphaned(
    claim_: tuple[str, TextQuote, int, int], data: st.DataObject
) -> None:
    text, quote, start, end = claim_
    ctx_start, ctx_end = start - len(quote.prefix), end + len(quote.suffix)
    # Aim most edits at the quote and its context, where anchoring is hard.
    at = data.draw(
        st.one_of(
            st.integers(max(0, start - 3), min(len(text), end + 3)),
            st.integers(ctx_start, ctx_end),
            st.integers(0, len(text)),
        )
    )
    deleted = data.draw(st.integers(0, min(len(text) - at, end - start + 10)))
    new_text = apply_edit(text, at, deleted, data.draw(insertions))

    assert_invariant(new_text, quote, reanchor(new_text, quote, start=start, end=end))


@PROPERTY_SETTINGS
@given(claims(), st.data())
def test_edits_away_from_the_quote_and_its_context_keep_it_on_the_same_words(
    claim_: tuple[str, TextQuote, int, int], data: st.DataObject
) -> None:
    text, quote, start, end = claim_
    ctx_start, ctx_end = start - len(quote.prefix), end + len(quote.suffix)
    before = data.draw(st.booleans())
    if before:
        at = data.draw(st.integers(0, ctx_start))
        deleted = data.draw(st.integers(0, ctx_start - at))
    else:
        at = data.draw(st.integers(ctx_end, len(text)))
        deleted = data.draw(st.integers(0, len(text) - at))
    inserted = data.draw(insertions)
    new_text = apply_edit(text, at, deleted, inserted)
    expected = start + (len(inserted) - deleted if before else 0)

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor is not None
    assert_invariant(new_text, quote, anchor)
    assert anchor.method == ("position" if anchor.start == start else "quote")
    if anchor.start != expected:
        # Only an identical quote-in-context may win, and only by being nearer the old spot.
        whole = quote.prefix + quote.exact + quote.suffix
        lo = anchor.start - len(quote.prefix)
        assert lo >= 0 and new_text[lo : lo + len(whole)] == whole
        assert abs(anchor.start - start) <= abs(expected - start)


@PROPERTY_SETTINGS
@given(claims(), st.data())
def test_a_deleted_quote_found_nowhere_else_is_orphaned_or_fuzzy_on_close_text(
    claim_: tuple[str, TextQuote, int, int], data: st.DataObject
) -> None:
    text, quote, start, end = claim_
    at = data.draw(st.integers(max(0, start - 10), start))
    deleted = data.draw(st.integers(end - at, min(len(text), end + 10) - at))
    new_text = apply_edit(text, at, deleted, data.draw(insertions))
    assume(quote.exact not in new_text)

    anchor = reanchor(new_text, quote, start=start, end=end)

    if anchor is not None:
        assert_invariant(new_text, quote, anchor)
        assert anchor.method == "fuzzy"
        longest = max(len(anchor.exact), len(quote.exact))
        assert levenshtein(anchor.exact, quote.exact) <= 0.25 * longest


@PROPERTY_SETTINGS
@given(claims(min_len=8), st.data())
def test_a_one_character_typo_inside_a_quote_never_orphans_it(
    claim_: tuple[str, TextQuote, int, int], data: st.DataObject
) -> None:
    text, quote, start, end = claim_
    assume(len(quote.prefix) + len(quote.suffix) >= 2)
    at = data.draw(st.integers(start, end - 1))
    typo = data.draw(st.sampled_from("xq, ").filter(lambda c: c != text[at]))
    new_text = apply_edit(text, at, 1, typo)

    anchor = reanchor(new_text, quote, start=start, end=end)

    assert anchor is not None
    assert_invariant(new_text, quote, anchor)
    assert levenshtein(anchor.exact, quote.exact) <= 1


@PROPERTY_SETTINGS
@given(texts(min_words=2), st.data())
def test_reanchor_all_matches_reanchor_claim_by_claim(text: str, data: st.DataObject) -> None:
    spans = data.draw(
        st.lists(
            st.integers(0, len(text) - 1).flatmap(
                lambda s: st.tuples(st.just(s), st.integers(s + 1, len(text)))
            ),
            max_size=8,
        )
    )
    at = data.draw(st.integers(0, len(text)))
    new_text = apply_edit(text, at, data.draw(st.integers(0, len(text) - at)), "the tax")
    items = [(n, quote_at(text, s, e), s, e) for n, (s, e) in enumerate(spans)]

    result = reanchor_all(new_text, items)

    assert result == {n: reanchor(new_text, q, start=s, end=e) for n, q, s, e in items}
    for n, quote, _, _ in items:
        assert_invariant(new_text, quote, result[n])
