from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from claims.models import Claim
from newsroom.models import Article
from tests.factories import make_article, make_claim, make_event, make_party, make_source, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def article() -> Article:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    article = make_article(make_event([moscow, kyiv]), title="Strike")
    make_claim(article, "civilians were killed", source=make_source(moscow))
    make_claim(article, "Observers urged calm", source=make_source(kyiv))
    return article


@pytest.fixture
def editor_client(client: Client) -> Client:
    client.force_login(make_user("edith", editor=True))
    return client


def text_data(article: Article, **fields: Any) -> dict[str, Any]:
    return {
        "title": article.title,
        "outlet": "",
        "url": "",
        "published_at": "",
        "language": "en",
        "events": [e.pk for e in article.events.all()],
        "body": article.body,
        "version": article.version,
        **fields,
    }


def test_the_form_carries_the_body_and_its_version(editor_client: Client, article: Article) -> None:
    html = editor_client.get(f"/edit/articles/{article.slug}/text/").content.decode()
    assert '<input type="hidden" name="version" value="1"' in html
    assert "Observers urged calm.</textarea>" in html
    assert '<label for="id_body">Text:</label>' in html


def test_saving_reports_what_happened_to_the_claims(
    editor_client: Client, article: Article
) -> None:
    body = "Breaking.\n\n" + article.body.replace("\n\nObservers urged calm.", "")
    response = editor_client.post(
        f"/edit/articles/{article.slug}/text/", text_data(article, body=body.replace("\n", "\r\n"))
    )
    assert response.status_code == 302
    assert response["Location"] == f"/edit/articles/{article.slug}/"
    article.refresh_from_db()
    assert article.body == body
    assert article.version == 2
    page = editor_client.get("/edit/").content.decode()
    assert (
        "Body saved. 0 claims kept their words, 1 moved, 0 need review, "
        "1 orphaned (see the Orphaned list)"
    ) in page
    assert Claim.objects.get(exact="Observers urged calm").anchor_state == "orphaned"


def test_a_stale_form_is_refused_and_keeps_what_the_editor_typed(
    client: Client, article: Article
) -> None:
    alice = make_user("alice", editor=True)
    client.force_login(alice)
    client.post(f"/edit/articles/{article.slug}/text/", text_data(article, title="Alice's title"))
    client.force_login(make_user("bob", editor=True))
    response = client.post(
        f"/edit/articles/{article.slug}/text/",
        text_data(article, body="Bob's rewrite of everything.", title="Bob's title"),
    )
    html = response.content.decode()
    article.refresh_from_db()
    assert response.status_code == 409
    assert f"Changed by alice at {article.updated_at:%H:%M} — reload to see their version" in html
    assert "Bob&#x27;s rewrite of everything.</textarea>" in html
    assert (article.title, article.version) == ("Alice's title", 2)
    assert "Bob" not in article.body


def test_it_will_not_drop_an_event_that_has_claims(editor_client: Client, article: Article) -> None:
    response = editor_client.post(
        f"/edit/articles/{article.slug}/text/", text_data(article, events=[])
    )
    assert "2 claims of this article belong to" in response.content.decode()
    assert article.events.count() == 1


def test_it_refuses_an_empty_body(editor_client: Client, article: Article) -> None:
    url = f"/edit/articles/{article.slug}/text/"
    response = editor_client.post(url, text_data(article, body=" \r\n "))
    assert "The article has no text." in response.content.decode()
    article.refresh_from_db()
    assert article.version == 1


def test_a_reader_may_not_edit_an_article(client: Client, article: Article) -> None:
    client.force_login(make_user("reader"))
    response = client.post(f"/edit/articles/{article.slug}/text/", text_data(article, body="x"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.version == 1


def test_an_unknown_article_is_not_found(editor_client: Client) -> None:
    assert editor_client.get("/edit/articles/nope/text/").status_code == 404
