from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from claims.models import Claim
from newsroom.models import Event
from tests.factories import (
    make_article,
    make_aspect,
    make_claim,
    make_event,
    make_link,
    make_party,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor() -> User:
    return make_user("edith", editor=True)


@pytest.fixture
def editor_client(client: Client, editor: User) -> Client:
    client.force_login(editor)
    return client


def make_annotated_event(title: str = "Strike", sides: str = "") -> Event:
    """An event with two parties and five claims in every state the workspace counts."""
    moscow, kyiv = make_party(f"Moscow{sides}"), make_party(f"Kyiv{sides}", colour="#005bbb")
    event = make_event([moscow, kyiv], title=title, published=False)
    point = make_aspect(event, "Who was killed?")
    article = make_article(event)
    kremlin, kyiv_mod = make_source(moscow), make_source(kyiv)
    killed = make_claim(article, "civilians were killed", source=kremlin, aspect=point)
    unit = make_claim(article, "a military unit was destroyed", source=kyiv_mod, aspect=point)
    make_link(killed, unit)
    make_claim(article, "Moscow says", source=kremlin, anchor_state=Claim.AnchorState.ORPHANED)
    make_claim(article, "Kyiv says", source=kyiv_mod, anchor_state=Claim.AnchorState.REVIEW)
    make_claim(article, "in the strike", source=kremlin)
    return event


def test_it_sends_anonymous_visitors_to_log_in(client: Client) -> None:
    response = client.get("/edit/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/edit/"


def test_it_refuses_a_logged_in_reader(client: Client) -> None:
    client.force_login(make_user("reader"))
    response = client.get("/edit/")
    assert response.status_code == 403
    assert "this page is for editors" in response.content.decode()


def test_the_workspace_counts_each_events_claims(editor_client: Client) -> None:
    make_annotated_event()
    html = editor_client.get("/edit/").content.decode()
    row = re.search(r'<tr id="event-\d+">.*?</tr>', html, re.S)
    assert row is not None
    cells = re.findall(r'<td class="num[^"]*">(\d+)</td>', row.group(0))
    # no point in dispute, no link, orphaned, to review
    assert cells == ["3", "3", "1", "1"]
    assert re.search(r">Moscow</span> 3</li>", row.group(0))
    assert re.search(r">Kyiv</span> 2</li>", row.group(0))


def test_the_workspace_lists_articles_with_their_claims_and_orphans(editor_client: Client) -> None:
    event = make_annotated_event()
    article = event.articles.get()
    html = editor_client.get("/edit/").content.decode()
    row = re.search(rf'<tr id="article-{article.pk}">.*?</tr>', html, re.S)
    assert row is not None
    assert re.findall(r'<td class="num[^"]*">(\d+)</td>', row.group(0)) == ["5", "1"]
    assert f'href="/edit/articles/{article.slug}/"' in row.group(0)
    assert f'href="/edit/articles/{article.slug}/text/"' in row.group(0)
    assert f'href="/articles/{article.slug}/"' in row.group(0)


def test_the_workspace_costs_the_same_queries_for_many_events(
    editor_client: Client, django_assert_max_num_queries
) -> None:
    make_annotated_event("First")
    with django_assert_max_num_queries(9) as one:
        editor_client.get("/edit/")
    for n in range(4):
        make_annotated_event(f"More {n}", sides=f" {n}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = editor_client.get("/edit/")
    assert response.content.decode().count('<tr id="event-') == 5


def test_the_publish_toggle_publishes_without_javascript(editor_client: Client) -> None:
    event = make_annotated_event()
    response = editor_client.post(f"/edit/events/{event.slug}/publish/", {"status": "published"})
    assert response.status_code == 302
    assert response["Location"] == "/edit/"
    event.refresh_from_db()
    assert event.status == Event.Status.PUBLISHED
    html = editor_client.get("/edit/").content.decode()
    assert "is published: readers can see it" in html


def test_the_publish_toggle_swaps_only_its_region_for_htmx(editor_client: Client) -> None:
    event = make_annotated_event()
    event.status = Event.Status.PUBLISHED
    event.save()
    response = editor_client.post(
        f"/edit/events/{event.slug}/publish/",
        {"status": "draft"},
        headers={"HX-Request": "true", "HX-Target": f"publish-{event.pk}"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.strip().startswith(f'<div class="publish-toggle" id="publish-{event.pk}">')
    assert ">Draft</span>" in html
    assert 'name="status" value="published"' in html
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


def test_it_refuses_to_publish_an_event_with_one_party(editor_client: Client) -> None:
    event = make_event([make_party()], published=False)
    response = editor_client.post(
        f"/edit/events/{event.slug}/publish/", {"status": "published"}, follow=True
    )
    assert "needs at least two parties" in response.content.decode()
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


def test_anonymous_posts_to_publish_are_refused(client: Client) -> None:
    event = make_annotated_event()
    response = client.post(f"/edit/events/{event.slug}/publish/", {"status": "published"})
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.status == Event.Status.DRAFT


def test_an_editor_lands_on_the_workspace_after_logging_in(client: Client, editor: User) -> None:
    login = client.get("/login/").content.decode()
    assert '<label for="id_username">' in login
    response = client.post(
        "/login/", {"username": "edith", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/edit/"


def test_the_edit_link_shows_only_for_editors(client: Client, editor: User) -> None:
    assert 'href="/edit/">Edit</a>' not in client.get("/").content.decode()
    client.force_login(make_user("reader"))
    assert 'href="/edit/">Edit</a>' not in client.get("/").content.decode()
    client.force_login(editor)
    assert 'href="/edit/">Edit</a>' in client.get("/").content.decode()


def test_a_missing_page_says_so_in_the_apps_own_page(client: Client) -> None:
    response = client.get("/events/nothing-here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Nothing here</h1>" in html
    assert "Contested events" not in html and "Parallax shows each side" in html
