"""The annotate page in a real browser: selecting words, htmx swaps, highlights, the reader's view.

The article, parties and sources are made with factories (the import page belongs to another
part of the app); the event is published through the ORM for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from claims.models import Claim, ClaimLink
from newsroom.models import Article, Aspect, Event, Party, Source, SourceAlias
from tests.browser.conftest import log_in
from tests.factories import (
    make_article,
    make_aspect,
    make_claim,
    make_event,
    make_party,
    make_source,
    make_user,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Shoot = Callable[[Page, str], None]

BODY = (
    "Moscow Alleges Civilian Casualties in Makiivka Strike\n\n"
    "Moscow claims that civilians were killed in a Makiivka attack, while Kyiv claims that a "
    "Russian military unit was destroyed. The strike happened at night.\n\n"
    "Russian officials have accused the Ukrainian armed forces of deliberately targeting "
    "residential areas. Ukrainian officials claim that the targeted unit posed a direct threat.\n\n"
    "Observers urged calm."
)

# Where body offsets are on screen: the first and last character of a span, as client rects.
SPAN_ENDS = """
([start, end]) => {
  const runs = [...document.querySelectorAll("#article-text .run")];
  const at = (offset, last) => {
    const run = runs.find((r) => {
      const s = +r.dataset.start, e = +r.dataset.end;
      return last ? offset > s && offset <= e : offset >= s && offset < e;
    });
    return [run.firstChild, offset - +run.dataset.start];
  };
  const [startNode, startOffset] = at(start, false);
  const [endNode, endOffset] = at(end, true);
  startNode.parentElement.scrollIntoView({ block: "center" });
  const first = document.createRange();
  first.setStart(startNode, startOffset);
  first.setEnd(startNode, startOffset + 1);
  const last = document.createRange();
  last.setStart(endNode, endOffset - 1);
  last.setEnd(endNode, endOffset);
  const a = first.getBoundingClientRect(), b = last.getBoundingClientRect();
  return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
}
"""


def select_with_mouse(page: Page, article: Article, words: str) -> None:
    start = article.body.index(words)
    box = page.evaluate(SPAN_ENDS, [start, start + len(words)])
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()


@dataclass
class Newsroom:
    moscow: Party
    kyiv: Party
    kremlin: Source
    kyiv_gov: Source
    event: Event
    aspect: Aspect
    article: Article


@pytest.fixture
def newsroom() -> Newsroom:
    moscow = make_party("Moscow", colour="#a4161a")
    kyiv = make_party("Kyiv", colour="#1d4e89")
    kremlin = make_source(moscow, name="The Kremlin")
    SourceAlias.objects.create(source=kremlin, name="Russian presidency")
    kyiv_gov = make_source(kyiv, name="Ukrainian government")
    SourceAlias.objects.create(source=kyiv_gov, name="Ukrainian officials")
    event = make_event([moscow, kyiv], published=False, title="Strike on Makiivka")
    aspect = make_aspect(event, "What was hit?")
    article = make_article(event, body=BODY, title="Two accounts of Makiivka")
    make_user("eve", editor=True)
    return Newsroom(moscow, kyiv, kremlin, kyiv_gov, event, aspect, article)


def settled(page: Page) -> None:
    """Wait for htmx to wire up what it just swapped in (it does so ~20 ms after the swap)."""
    expect(page.locator(".htmx-settling")).to_have_count(0)


def tag(page: Page, *, source_search: str, aspect: str, paraphrase: str) -> None:
    settled(page)
    slot = page.locator("#claim-form-slot")
    slot.locator(".source-search").fill(source_search)
    # htmx narrows the source list and selects the first match.
    expect(slot.locator("select[name=source] option")).to_have_count(2)
    slot.locator("select[name=aspect]").select_option(label=aspect)
    slot.locator("input[name=paraphrase]").fill(paraphrase)


def test_an_editor_tags_both_sides_links_them_and_a_reader_sees_the_contradiction(
    page: Page, browser: Browser, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    moscow_words = "civilians were killed in a Makiivka attack"
    kyiv_words = "a Russian military unit was destroyed"

    log_in(page, live_server.url, "eve")
    # Import the article through the import page, pasting its text.
    page.goto(f"{live_server.url}/edit/import/")
    page.get_by_label("Title").fill("Makiivka: the two accounts")
    page.get_by_label("Strike on Makiivka").check()
    page.get_by_label("Paste the text").fill(BODY)
    shoot(page, "00-import")
    page.get_by_role("button", name="Import and annotate").click()
    article = Article.objects.get(title="Makiivka: the two accounts")
    assert article.body == BODY
    expect(page).to_have_url(f"{live_server.url}/edit/articles/{article.slug}/")
    expect(page.locator("#article-text")).to_contain_text("Observers urged calm.")
    shoot(page, "01-annotate")

    # Moscow's claim: select the words with the mouse, the form opens beside them.
    select_with_mouse(page, article, moscow_words)
    quote = page.locator("#claim-form-slot textarea[name=quote]")
    expect(quote).to_have_value(moscow_words)
    shoot(page, "02-moscow-form")
    tag(page, source_search="Kremlin", aspect="What was hit?", paraphrase="Civilians were killed")
    expect(page.locator("#claim-form-slot select[name=source]")).to_have_value(
        str(newsroom.kremlin.pk)
    )
    page.locator("#claim-form-slot").get_by_role("button", name="Save claim").click()
    moscow_hl = page.locator(f"#article-text a.hl.party-{newsroom.moscow.slug}")
    expect(moscow_hl).to_have_text(moscow_words)
    expect(page.locator("#claim-form-slot")).to_be_empty()
    expect(page.locator(".workspace-notice")).to_contain_text("Saved Moscow's claim")
    shoot(page, "03-moscow-saved")

    # Kyiv's claim on the same point, its source found by an alias.
    select_with_mouse(page, article, kyiv_words)
    expect(quote).to_have_value(kyiv_words)
    tag(
        page,
        source_search="Ukrainian officials",
        aspect="What was hit?",
        paraphrase="A unit was destroyed",
    )
    page.locator("#claim-form-slot").get_by_role("button", name="Save claim").click()
    kyiv_hl = page.locator(f"#article-text a.hl.party-{newsroom.kyiv.slug}")
    expect(kyiv_hl).to_have_text(kyiv_words)
    shoot(page, "04-kyiv-saved")

    moscow_claim = Claim.objects.get(exact=moscow_words)
    kyiv_claim = Claim.objects.get(exact=kyiv_words)
    assert (moscow_claim.party, kyiv_claim.party) == (newsroom.moscow, newsroom.kyiv)
    assert moscow_claim.aspect == kyiv_claim.aspect == newsroom.aspect
    # The highlight's colour is the party's, from /parties.css.
    colour = moscow_hl.evaluate("el => getComputedStyle(el).borderBottomColor")
    assert colour == "rgb(164, 22, 26)"

    # Link them as contradicting, from Moscow's claim in the side panel.
    item = page.locator(f"#claim-item-{moscow_claim.pk}")
    item.get_by_role("link", name="Contradicts…").click()
    form = page.locator("#claim-form-slot")
    expect(form.locator("select[name=other] option")).to_have_count(2)
    form.locator("select[name=other]").select_option(str(kyiv_claim.pk))
    form.locator("textarea[name=note]").fill("Civilians, or a military unit?")
    shoot(page, "05-link-form")
    form.get_by_role("button", name="Link as contradicting").click()
    expect(page.locator(f"#claim-item-{moscow_claim.pk} .claim-link-contradicts")).to_contain_text(
        kyiv_words
    )
    expect(page.locator(f"#claim-item-{kyiv_claim.pk} .claim-link-contradicts")).to_contain_text(
        moscow_words
    )
    expect(page.locator("#article-text a.hl.hl-contradicted")).to_have_count(2)
    shoot(page, "06-linked")
    assert ClaimLink.objects.get().kind == ClaimLink.Kind.CONTRADICTS

    # Publish the event from the workspace.
    page.goto(f"{live_server.url}/edit/")
    page.get_by_role("button", name="Publish Strike on Makiivka").click()
    expect(page.get_by_role("button", name="Unpublish Strike on Makiivka")).to_be_visible()
    shoot(page, "06b-published")
    assert Event.objects.get(pk=newsroom.event.pk).status == Event.Status.PUBLISHED

    # An anonymous reader sees both sides in one row, the contradiction marked.
    reader = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        read = reader.new_page()
        read.goto(f"{live_server.url}/events/{newsroom.event.slug}/")
        row = read.locator("tr.point", has_text="What was hit?")
        expect(row).to_have_class("point point-disputed")
        expect(row.locator(".badge-disputed")).to_contain_text("1 contradiction")
        moscow_card = row.locator(f"#claim-{moscow_claim.pk}")
        kyiv_card = row.locator(f"#claim-{kyiv_claim.pk}")
        expect(moscow_card).to_contain_text(moscow_words)
        expect(kyiv_card).to_contain_text(kyiv_words)
        expect(moscow_card.locator(".counterparts")).to_contain_text("Contradicted by")
        moscow_card.hover()
        expect(kyiv_card).to_have_class(
            f"claim party-{newsroom.kyiv.slug} claim-contradicted is-counterpart"
        )
        shoot(read, "07-reader-event")
    finally:
        reader.close()


def test_the_keyboard_tags_a_sentence(
    page: Page, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    article = newsroom.article
    log_in(page, live_server.url, "eve")
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
    page.get_by_role("link", name="Add a claim by typing its words").focus()
    page.keyboard.press("Tab")  # the heading
    page.keyboard.press("Tab")  # the first sentence of the first paragraph
    sentence = (
        "Moscow claims that civilians were killed in a Makiivka attack, while Kyiv claims "
        "that a Russian military unit was destroyed."
    )
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == sentence
    shoot(page, "01-sentence-focused")

    page.keyboard.press("Enter")
    expect(page.locator("#claim-form-slot textarea[name=quote]")).to_have_value(sentence)
    # Focus moved into the form, on the source finder.
    expect(page.locator("#claim-form-slot .source-search")).to_be_focused()
    settled(page)
    page.keyboard.type("Kremlin")
    expect(page.locator("#claim-form-slot select[name=source] option")).to_have_count(2)
    shoot(page, "02-form")
    page.locator("#claim-form-slot input[name=paraphrase]").focus()
    page.keyboard.type("Civilians were killed")
    page.keyboard.press("Enter")
    highlight = page.locator("#article-text a.hl")
    expect(highlight).to_have_text(sentence)
    expect(page.locator(".workspace-notice")).to_be_focused()
    shoot(page, "03-saved")

    # Escape closes a form opened from a highlight, and focus goes back to it.
    highlight.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#claim-form-slot h2")).to_have_text("Edit Moscow's claim")
    page.keyboard.press("Escape")
    expect(page.locator("#claim-form-slot")).to_be_empty()
    expect(highlight).to_be_focused()


def test_a_second_selection_corrects_the_words_and_keeps_what_was_typed(
    page: Page, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    article = newsroom.article
    page.emulate_media(reduced_motion="reduce")  # no smooth scrolling under the mouse
    log_in(page, live_server.url, "eve")
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
    select_with_mouse(page, article, "civilians were killed")
    slot = page.locator("#claim-form-slot")
    expect(slot.locator("textarea[name=quote]")).to_have_value("civilians were killed")
    tag(page, source_search="Kremlin", aspect="What was hit?", paraphrase="Civilians died")
    # The party list says whose party the chosen source speaks for.
    expect(slot.locator("select[name=party] option").first).to_have_text(
        "— the source's party: Moscow —"
    )
    wider = "civilians were killed in a Makiivka attack"
    select_with_mouse(page, article, wider)
    expect(slot.locator("textarea[name=quote]")).to_have_value(wider)
    expect(slot.locator("input[name=paraphrase]")).to_have_value("Civilians died")
    expect(slot.locator(".selection-status")).to_contain_text(wider)
    shoot(page, "01-words-corrected")
    slot.get_by_role("button", name="Save claim").click()
    expect(page.locator("#article-text a.hl")).to_have_text(wider)
    claim = Claim.objects.get()
    assert (claim.exact, claim.paraphrase, claim.source) == (
        wider,
        "Civilians died",
        newsroom.kremlin,
    )


def test_without_javascript_the_editor_types_the_words(
    browser: Browser, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    article = newsroom.article
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1400, "height": 1000}
    )
    try:
        page = context.new_page()
        log_in(page, live_server.url, "eve")
        page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
        page.get_by_role("link", name="Add a claim by typing its words").click()
        page.get_by_label("Exact words").fill("urged calm")
        page.locator("select[name=source]").select_option(label="The Kremlin · Moscow")
        shoot(page, "01-form")
        page.get_by_role("button", name="Save claim").click()
        expect(page).to_have_url(
            f"{live_server.url}/edit/articles/{article.slug}/#claim-item-{Claim.objects.get().pk}"
        )
        expect(page.locator(".messages")).to_contain_text("Saved Moscow's claim “urged calm”")
        expect(page.locator("#article-text a.hl")).to_have_text("urged calm")
        shoot(page, "02-saved")
    finally:
        context.close()


def test_a_reader_cannot_reach_the_editor(
    page: Page, live_server: LiveServer, newsroom: Newsroom
) -> None:
    article = newsroom.article
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
    assert page.url == f"{live_server.url}/login/?next=/edit/articles/{article.slug}/"
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()


def test_a_selection_may_start_inside_a_highlight(
    page: Page, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    article = newsroom.article
    make_claim(article, "civilians were killed in a Makiivka attack", source=newsroom.kremlin)
    log_in(page, live_server.url, "eve")
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
    overlapping = "Makiivka attack, while Kyiv claims"
    select_with_mouse(page, article, overlapping)
    # The drag selected words; the click that ended it did not open the highlighted claim.
    expect(page.locator("#claim-form-slot textarea[name=quote]")).to_have_value(overlapping)
    expect(page.locator("#claim-form-slot h2")).to_have_text("New claim")
    shoot(page, "01-overlap-form")
    page.keyboard.press("Escape")
    expect(page.locator("#claim-form-slot")).to_be_empty()


def test_editing_the_body_keeps_the_claims_on_their_words(
    page: Page, live_server: LiveServer, newsroom: Newsroom, shoot: Shoot
) -> None:
    article = newsroom.article
    words = "civilians were killed in a Makiivka attack"
    claim = make_claim(article, words, source=newsroom.kremlin)
    log_in(page, live_server.url, "eve")
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/text/")
    body = page.get_by_label("Text")
    body.fill("Updated at dawn: the death toll is disputed.\n\n" + BODY.replace("night", "dawn"))
    shoot(page, "01-edited-body")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("body")).to_contain_text("kept their words")
    page.goto(f"{live_server.url}/edit/articles/{article.slug}/")
    highlight = page.locator(f"#article-text a.hl.party-{newsroom.moscow.slug}")
    expect(highlight).to_have_text(words)
    shoot(page, "02-still-anchored")
    claim.refresh_from_db()
    article.refresh_from_db()
    assert article.body[claim.start : claim.end] == words
    assert claim.start > BODY.index(words) and claim.anchor_state == "anchored"
