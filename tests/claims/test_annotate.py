from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django import DjangoAssertNumQueries

from claims.models import Claim
from newsroom.models import Aspect
from tests.claims.desk import HTMX, Desk, logged_in, make_desk, on_annotate_page
from tests.factories import make_claim, make_event, make_link, make_party, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk() -> Desk:
    return make_desk()


@pytest.fixture
def editor(client: Client, desk: Desk) -> Client:
    return logged_in(client, desk.editor)


def annotate_url(desk: Desk) -> str:
    return reverse("claims:annotate", args=[desk.article.slug])


def new_url(desk: Desk) -> str:
    return reverse("claims:claim-new", args=[desk.article.slug])


class RunCollector(HTMLParser):
    """Collect (data-start, data-end, text) of every `.run` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[tuple[int, int, str]] = []
        self.sentences: list[tuple[int, int]] = []
        self._open: list[tuple[int, int] | None] = []
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "sentence" in classes:
            self.sentences.append((int(a["data-start"] or 0), int(a["data-end"] or 0)))
        if "run" in classes:
            self._open.append((int(a["data-start"] or 0), int(a["data-end"] or 0)))
            self._text = []
        else:
            self._open.append(None)

    def handle_endtag(self, tag: str) -> None:
        span = self._open.pop() if self._open else None
        if span is not None:
            self.runs.append((*span, "".join(self._text)))

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def collect(page: str) -> RunCollector:
    collector = RunCollector()
    collector.feed(page)
    return collector


def test_every_run_on_the_page_is_the_exact_body_text_at_its_offsets(
    editor: Client, desk: Desk
) -> None:
    make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    page = editor.get(annotate_url(desk)).content.decode()
    found = collect(page)
    body = desk.article.body
    assert found.runs, "the article text is rendered as runs"
    for start, end, text in found.runs:
        assert text == body[start:end]
    # The runs cover the whole body apart from the blank lines between paragraphs.
    covered = "".join(text for _, _, text in sorted(found.runs))
    assert covered == body.replace("\n\n", "")


def test_each_sentence_is_focusable_with_its_offsets(editor: Client, desk: Desk) -> None:
    page = editor.get(annotate_url(desk)).content.decode()
    sentences = collect(page).sentences
    body = desk.article.body
    texts = [body[start:end].strip() for start, end in sentences]
    assert texts == [
        "Moscow says civilians were killed in the strike.",
        "Officials called it a crime.",
        "Kyiv says a military unit was destroyed in the strike.",
        "Observers urged calm.",
        "Observers urged calm again.",
    ]
    assert page.count('class="sentence" tabindex="0"') == 5


def test_claims_are_highlighted_in_their_party_colour_and_overlaps_are_shown(
    editor: Client, desk: Desk
) -> None:
    outer = make_claim(desk.article, "Moscow says civilians were killed", source=desk.kremlin)
    inner = make_claim(desk.article, "civilians were killed in the strike", source=desk.kyiv_gov)
    page = editor.get(annotate_url(desk)).content.decode()
    moscow, kyiv = desk.moscow.slug, desk.kyiv.slug
    assert re.search(
        rf'<a class="run hl party-{moscow}"[^>]*data-claim="{outer.pk}"[^>]*>Moscow says </a>', page
    )
    # Where both claims cover the words, the inner (later) claim is on top, the outer around it.
    assert re.search(
        rf'<span class="hl-layer party-{moscow}"><a class="run hl party-{kyiv} hl-overlap"[^>]*'
        rf'data-claim="{inner.pk}"[^>]*>civilians were killed</a></span>',
        page,
    )
    assert f'href="{reverse("claims:claim-edit", args=[inner.pk])}"' in page


def test_the_panel_lists_claims_by_party_in_text_order(editor: Client, desk: Desk) -> None:
    later = make_claim(desk.article, "Officials called it a crime", source=desk.kremlin)
    first = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    kyiv = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    page = editor.get(annotate_url(desk)).content.decode()
    panel = page[page.index('class="annotate-panel"') :]
    moscow_group = panel[
        panel.index(f'id="group-{desk.moscow.slug}"') : panel.index(f'id="group-{desk.kyiv.slug}"')
    ]
    assert moscow_group.index(f"claim-item-{first.pk}") < moscow_group.index(
        f"claim-item-{later.pk}"
    )
    assert f"claim-item-{kyiv.pk}" not in moscow_group
    assert f"claim-item-{kyiv.pk}" in panel


def test_orphaned_and_moved_claims_are_flagged_for_the_editor(editor: Client, desk: Desk) -> None:
    orphan = make_claim(desk.article, "Officials called it a crime", source=desk.kremlin)
    Claim.objects.filter(pk=orphan.pk).update(anchor_state=Claim.AnchorState.ORPHANED)
    moved = make_claim(
        desk.article, "civilians were killed", source=desk.kremlin, anchor_state="review"
    )
    page = editor.get(annotate_url(desk)).content.decode()
    orphans = page[page.index('id="orphans-title"') :]
    assert f"claim-item-{orphan.pk}" in orphans
    assert reverse("claims:claim-reattach", args=[orphan.pk]) in orphans
    assert f'data-claim="{orphan.pk}"' not in page  # not highlighted: its words are gone
    assert "1 claim moved when the article was edited" in page
    assert reverse("claims:claim-confirm-words", args=[moved.pk]) in page

    response = editor.post(
        reverse("claims:claim-confirm-words", args=[moved.pk]), {"version": moved.version}
    )
    assert response.status_code == 302
    moved.refresh_from_db()
    assert moved.anchor_state == Claim.AnchorState.ANCHORED
    assert moved.version == 2


def test_a_selection_opens_the_claim_form_prefilled_with_the_exact_words(
    editor: Client, desk: Desk
) -> None:
    start, end = desk.offsets("civilians were killed")
    # A selection that took the spaces around the words is trimmed to them.
    response = editor.get(
        new_url(desk), {"start": start - 1, "end": end + 1, "v": desk.article.version}, headers=HTMX
    )
    fragment = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in fragment
    assert re.search(r">\s*civilians were killed</textarea>", fragment)
    assert f'name="start" value="{start}"' in fragment
    assert f'name="end" value="{end}"' in fragment
    assert "The Kremlin" in fragment and 'name="source"' in fragment


def test_a_selection_from_an_older_text_is_refused(editor: Client, desk: Desk) -> None:
    response = editor.get(
        new_url(desk), {"start": 0, "end": 6, "v": desk.article.version + 1}, headers=HTMX
    )
    assert "The article text has changed since you opened the page" in response.content.decode()


def claim_data(desk: Desk, **extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "source": desk.kremlin.pk,
        "party": "",
        "event": desk.event.pk,
        "aspect": desk.hit.pk,
        "new_aspect": "",
        "paraphrase": "Civilians died",
        "status": "disputed",
        "polarity": "assert",
    }
    data.update(extra)
    return data


def test_without_javascript_a_typed_quote_makes_a_claim_then_redirects(
    editor: Client, desk: Desk
) -> None:
    page = editor.get(new_url(desk))
    assert page.status_code == 200 and "<html" in page.content.decode()
    response = editor.post(new_url(desk), claim_data(desk, quote="civilians  were\nkilled"))
    claim = Claim.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{annotate_url(desk)}#claim-item-{claim.pk}"
    assert (claim.start, claim.end) == desk.offsets("civilians were killed")
    assert claim.exact == "civilians were killed"
    assert claim.party == desk.moscow  # followed the source
    assert claim.created_by == claim.updated_by == desk.editor
    followed = editor.get(response["Location"]).content.decode()
    assert "Saved Moscow&#x27;s claim “civilians were killed”" in followed


def test_a_quote_that_is_not_in_the_article_is_refused_and_nothing_typed_is_lost(
    editor: Client, desk: Desk
) -> None:
    response = editor.post(new_url(desk), claim_data(desk, quote="soldiers were killed"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "“soldiers were killed” is not in the article" in page
    assert re.search(r">\s*soldiers were killed</textarea>", page)
    assert 'value="Civilians died"' in page
    assert f'<option value="{desk.kremlin.pk}" data-party="Moscow" selected>' in page
    assert not Claim.objects.exists()


def test_an_ambiguous_quote_asks_which_occurrence(editor: Client, desk: Desk) -> None:
    response = editor.post(new_url(desk), claim_data(desk, quote="Observers urged calm"))
    assert "appears 2 times in the article: say which occurrence" in response.content.decode()
    assert not Claim.objects.exists()
    editor.post(new_url(desk), claim_data(desk, quote="Observers urged calm", occurrence=2))
    assert (Claim.objects.get().start, Claim.objects.get().end) == desk.offsets(
        "Observers urged calm", occurrence=1
    )


def test_offsets_from_a_selection_pick_the_occurrence_selected(editor: Client, desk: Desk) -> None:
    start, end = desk.offsets("Observers urged calm", occurrence=1)
    data = claim_data(desk, quote="Observers urged calm", start=start, end=end, article_version=1)
    editor.post(new_url(desk), data)
    assert Claim.objects.get().start == start


def test_an_htmx_save_swaps_the_text_and_panel_with_the_new_highlight(
    editor: Client, desk: Desk
) -> None:
    start, end = desk.offsets("a military unit was destroyed")
    data = claim_data(
        desk, source=desk.kyiv_gov.pk, quote="a military unit was destroyed", start=start, end=end
    )
    response = editor.post(new_url(desk), data, headers=on_annotate_page(desk.article))
    fragment = response.content.decode()
    claim = Claim.objects.get()
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#workspace"
    assert response["HX-Reswap"] == "outerHTML"
    assert "<html" not in fragment
    assert fragment.lstrip().startswith('<div id="workspace"')
    assert re.search(
        rf'<a class="run hl party-{desk.kyiv.slug}"[^>]*data-start="{start}" data-end="{end}"'
        rf' data-claim="{claim.pk}"',
        fragment,
    )
    assert f'id="claim-item-{claim.pk}"' in fragment
    assert "Saved Kyiv&#x27;s claim" in fragment


def test_an_invalid_htmx_form_comes_back_as_the_form_fragment(editor: Client, desk: Desk) -> None:
    response = editor.post(
        new_url(desk), claim_data(desk, quote="nowhere", source=""), headers=HTMX
    )
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "HX-Retarget" not in response
    assert fragment.lstrip().startswith('<section class="claim-card"')
    assert "This field is required." in fragment
    assert "is not in the article" in fragment


def test_the_party_can_be_overridden_but_only_with_a_party_of_the_event(
    editor: Client, desk: Desk
) -> None:
    editor.post(new_url(desk), claim_data(desk, quote="civilians were killed", party=desk.kyiv.pk))
    assert Claim.objects.get().party == desk.kyiv
    outsider = make_party("Minsk")
    response = editor.post(
        new_url(desk), claim_data(desk, quote="Officials called it a crime", party=outsider.pk)
    )
    assert "Select a valid choice" in response.content.decode()
    assert Claim.objects.count() == 1


def test_a_source_of_no_party_needs_a_party(editor: Client, desk: Desk) -> None:
    response = editor.post(
        new_url(desk), claim_data(desk, quote="civilians were killed", source=desk.outlet.pk)
    )
    assert "Neutral Wire speaks for no party" in response.content.decode()
    assert not Claim.objects.exists()


def test_a_new_point_in_dispute_can_be_added_inline(editor: Client, desk: Desk) -> None:
    editor.post(
        new_url(desk),
        claim_data(desk, quote="civilians were killed", aspect="", new_aspect="Who was killed?"),
    )
    claim = Claim.objects.select_related("aspect").get()
    assert claim.aspect is not None and claim.aspect.title == "Who was killed?"
    assert claim.aspect.event == desk.event
    # Typing it again reuses it rather than failing on the unique title.
    editor.post(
        new_url(desk),
        claim_data(
            desk, quote="Officials called it a crime", aspect="", new_aspect="who was KILLED?"
        ),
    )
    assert Aspect.objects.filter(event=desk.event).count() == 2


def test_an_article_of_several_events_asks_which_event(editor: Client, desk: Desk) -> None:
    other = make_event([desk.moscow], title="Another strike")
    desk.article.events.add(other)
    page = editor.get(new_url(desk)).content.decode()
    assert '<select name="event"' in page
    assert "Another strike" in page


def test_the_source_picker_finds_sources_by_alias(editor: Client, desk: Desk) -> None:
    response = editor.get(reverse("claims:source-search"), {"source_q": "officials"}, headers=HTMX)
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert fragment.lstrip().startswith('<select name="source"')
    # The option says whose party the source speaks for, for the party list to show it.
    option = f'<option value="{desk.kyiv_gov.pk}" data-party="Kyiv" selected>'
    assert f"{option}Ukrainian government (“Ukrainian officials”) · Kyiv</option>" in fragment
    assert "The Kremlin" not in fragment


def test_editing_a_claim_and_a_stale_edit_is_refused(editor: Client, desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    url = reverse("claims:claim-edit", args=[claim.pk])
    form = editor.get(url, headers=HTMX).content.decode()
    assert 'name="version" value="1"' in form
    data = claim_data(desk, version=1, paraphrase="First edit")
    assert editor.post(url, data).status_code == 302
    claim.refresh_from_db()
    assert (claim.paraphrase, claim.version, claim.updated_by) == ("First edit", 2, desk.editor)

    # Another editor, still on version 1, is told who saved in between.
    other = Client()
    other.force_login(make_user("otto", editor=True))
    response = other.post(url, claim_data(desk, version=1, paraphrase="Second edit"))
    page = response.content.decode()
    assert re.search(r"Changed by eve at \d\d:\d\d — reload to see their version", page)
    assert 'value="Second edit"' in page
    claim.refresh_from_db()
    assert claim.paraphrase == "First edit"


def test_deleting_asks_first_then_deletes(editor: Client, desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    url = reverse("claims:claim-delete", args=[claim.pk])
    confirm = editor.get(url, headers=HTMX).content.decode()
    assert "<html" not in confirm
    assert f'action="{url}"' in confirm and 'method="post"' in confirm
    assert Claim.objects.exists()
    response = editor.post(url, headers=on_annotate_page(desk.article))
    assert response["HX-Retarget"] == "#workspace"
    assert not Claim.objects.exists()
    assert f'data-claim="{claim.pk}"' not in response.content.decode()


def test_user_text_is_escaped(editor: Client, desk: Desk) -> None:
    make_claim(
        desk.article, "civilians were killed", source=desk.kremlin, paraphrase="<script>x</script>"
    )
    page = editor.get(annotate_url(desk)).content.decode()
    assert "<script>x</script>" not in page
    assert html.escape("<script>x</script>") in page


@pytest.mark.parametrize("method", ["get", "post"])
def test_readers_and_non_editors_are_kept_out(client: Client, desk: Desk, method: str) -> None:
    url = new_url(desk)
    anonymous = getattr(client, method)(url)
    if method == "get":
        assert anonymous.status_code == 302
        assert anonymous["Location"].startswith(reverse("login"))
    else:
        assert anonymous.status_code == 403
    client.force_login(make_user("reader"))
    assert getattr(client, method)(url).status_code == 403
    assert not Claim.objects.exists()


def test_the_annotate_page_costs_the_same_queries_for_few_and_many_claims(
    editor: Client, desk: Desk, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    url = annotate_url(desk)
    a = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    b = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    make_link(a, b)
    editor.get(url)  # warm the session
    with django_assert_max_num_queries(10) as few:
        editor.get(url)
    words = ["Moscow", "says", "civilians", "strike", "Kyiv", "unit", "Observers", "calm"]
    for i in range(200):
        word = words[i % len(words)]
        occurrences = desk.article.body.count(word)
        make_claim(
            desk.article,
            word,
            source=desk.kremlin if i % 2 else desk.kyiv_gov,
            occurrence=i % occurrences,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor.get(url)
    assert response.content.decode().count('id="claim-item-') == 202


def orphan(desk: Desk, words: str) -> Claim:
    claim = make_claim(desk.article, words, source=desk.kremlin)
    Claim.objects.filter(pk=claim.pk).update(anchor_state=Claim.AnchorState.ORPHANED)
    claim.refresh_from_db()
    return claim


def test_an_orphan_is_offered_for_selected_words_and_reattached(editor: Client, desk: Desk) -> None:
    lost = orphan(desk, "civilians were killed")
    start, end = desk.offsets("Officials called it a crime")
    form = editor.get(new_url(desk), {"start": start, "end": end}, headers=HTMX).content.decode()
    reattach = reverse("claims:claim-reattach", args=[lost.pk])
    assert f"{reattach}?start={start}&amp;end={end}" in form

    page = editor.get(reattach, {"start": start, "end": end}, headers=HTMX).content.decode()
    assert re.search(r">\s*Officials called it a crime</textarea>", page)
    assert f'data-selection-url="{reattach}"' in page  # a new selection refills this form
    response = editor.post(
        reattach,
        {"quote": "Officials called it a crime", "start": start, "end": end, "version": 1},
        headers=on_annotate_page(desk.article),
    )
    assert response["HX-Retarget"] == "#workspace"
    lost.refresh_from_db()
    assert (lost.start, lost.anchor_state, lost.version) == (start, "anchored", 2)
    assert 'id="orphans-title"' not in response.content.decode()


def test_without_javascript_an_orphan_is_reattached_by_typing_its_new_words(
    editor: Client, desk: Desk
) -> None:
    lost = orphan(desk, "civilians were killed")
    url = reverse("claims:claim-reattach", args=[lost.pk])
    page = editor.get(url).content.decode()
    assert "The article's text, to copy the words from" in page
    response = editor.post(url, {"quote": "called it a crime", "version": 1})
    assert response.status_code == 302
    lost.refresh_from_db()
    assert (lost.exact, lost.anchor_state) == ("called it a crime", "anchored")


def test_reattaching_a_claim_someone_else_just_changed_is_refused(
    editor: Client, desk: Desk
) -> None:
    lost = orphan(desk, "civilians were killed")
    Claim.objects.filter(pk=lost.pk).update(version=2)
    url = reverse("claims:claim-reattach", args=[lost.pk])
    response = editor.post(url, {"quote": "called it a crime", "version": 1})
    assert "— reload to see their version" in response.content.decode()
    lost.refresh_from_db()
    assert lost.anchor_state == Claim.AnchorState.ORPHANED


def test_an_htmx_save_from_the_claim_page_of_its_own_redirects_there(
    editor: Client, desk: Desk
) -> None:
    # The new-claim page opened on its own (not in the annotate page's slot) has no
    # text and panel to swap: the browser is sent to the annotate page instead.
    headers = {**HTMX, "HX-Current-URL": f"http://testserver{new_url(desk)}"}
    response = editor.post(
        new_url(desk), claim_data(desk, quote="urged calm again"), headers=headers
    )
    claim = Claim.objects.get()
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"{annotate_url(desk)}#claim-item-{claim.pk}"
    assert "Saved Moscow" in editor.get(annotate_url(desk)).content.decode()
