from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from newsroom.importing import html_to_text
from newsroom.models import Article
from tests.factories import make_article, make_event, make_source, make_user

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html>
<html><head><title>Site name</title><style>p { color: red }</style>
<script>document.write("<p>injected</p>")</script></head>
<body>
  <nav><a href="/">Home</a></nav>
  <h1>Strike on   Makiivka</h1>
  <p>Moscow says <b>civilians</b> were
     killed.</p>
  <!-- a comment -->
  <div><h2>Kyiv's account</h2><p>Kyiv says a unit was destroyed &amp; more.</p></div>
  <script src="tracker.js"></script>
</body></html>"""


@pytest.fixture
def editor_client(client: Client) -> Client:
    client.force_login(make_user("edith", editor=True))
    return client


def import_data(**fields: Any) -> dict[str, Any]:
    return {
        "title": "Strike on Makiivka",
        "outlet": "",
        "url": "https://example.org/strike",
        "published_at": "2023-01-01T09:30",
        "language": "en",
        "body_text": "",
        **fields,
    }


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_html_keeps_paragraphs_and_headings_and_drops_scripts_and_styles() -> None:
    assert html_to_text(PAGE) == (
        "Home\n\n"
        "Strike on Makiivka\n\n"
        "Moscow says civilians were killed.\n\n"
        "Kyiv's account\n\n"
        "Kyiv says a unit was destroyed & more."
    )


def test_html_line_breaks_stay_inside_their_paragraph() -> None:
    assert html_to_text("<p>one<br>two</p><p>three<br><br>four</p>") == (
        "one\ntwo\n\nthree\n\nfour"
    )


def test_it_imports_pasted_text_and_sends_the_editor_to_annotate(editor_client: Client) -> None:
    event = make_event()
    outlet = make_source(name="TASS")
    data = import_data(
        body_text="First paragraph.\r\n\r\nSecond paragraph.\r\n",
        outlet=outlet.pk,
        events=[event.pk],
    )
    response = editor_client.post("/edit/import/", data)
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == "/edit/articles/strike-on-makiivka/"
    assert article.slug == "strike-on-makiivka"
    assert article.body == "First paragraph.\n\nSecond paragraph."
    assert article.outlet == outlet
    assert list(article.events.all()) == [event]
    assert article.updated_by is not None and article.updated_by.username == "edith"
    assert article.history.get().history_user.username == "edith"


def test_it_imports_a_text_file(editor_client: Client) -> None:
    text = b"Moscow says civilians were killed.\n\nKyiv disagrees.\n"
    editor_client.post("/edit/import/", import_data(body_file=upload("story.TXT", text)))
    assert Article.objects.get().body == "Moscow says civilians were killed.\n\nKyiv disagrees."


def test_it_imports_an_html_file_as_paragraphs(editor_client: Client) -> None:
    editor_client.post("/edit/import/", import_data(body_file=upload("page.html", PAGE.encode())))
    body = Article.objects.get().body
    assert body.split("\n\n")[1:3] == ["Strike on Makiivka", "Moscow says civilians were killed."]
    assert "injected" not in body and "color" not in body and "Site name" not in body


def test_a_second_article_with_the_same_title_gets_its_own_slug(editor_client: Client) -> None:
    existing = make_article(title="Strike on Makiivka")
    existing.slug = "strike-on-makiivka"
    existing.save()
    response = editor_client.post("/edit/import/", import_data(body_text="Words."))
    assert response["Location"] == "/edit/articles/strike-on-makiivka-2/"
    assert Article.objects.filter(slug="strike-on-makiivka-2").exists()


def rejection(client: Client, **fields: Any) -> str:
    response = client.post("/edit/import/", import_data(**fields))
    assert response.status_code == 200
    assert not Article.objects.exists()
    return response.content.decode()


def test_it_rejects_an_upload_that_is_not_text_or_html(editor_client: Client) -> None:
    html = rejection(editor_client, body_file=upload("story.pdf", b"%PDF-1.7 words"))
    assert "Parallax reads .txt and .html files; “story.pdf” is not one of them." in html
    assert 'aria-describedby="id_body_file_helptext id_body_file_error"' in html


def test_it_rejects_a_binary_file_named_txt(editor_client: Client) -> None:
    html = rejection(editor_client, body_file=upload("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert "“photo.txt” is not a text file: it contains binary data" in html


def test_it_rejects_a_text_file_in_another_encoding(editor_client: Client) -> None:
    html = rejection(editor_client, body_file=upload("story.txt", "Київ".encode("cp1251")))
    assert "is not UTF-8 text" in html


def test_it_rejects_an_empty_body(editor_client: Client) -> None:
    html = rejection(editor_client, body_text="   \n\n  ")
    assert "Paste the article&#x27;s text or upload a .txt or .html file." in html
    html = rejection(editor_client, body_file=upload("empty.html", b"<script>x()</script>"))
    assert "The article has no text." in html


def test_it_rejects_a_body_over_the_limit(editor_client: Client, settings) -> None:
    settings.PARALLAX_MAX_ARTICLE_CHARS = 20
    html = rejection(editor_client, body_text="x" * 21)
    assert "The article is 21 characters long; the most Parallax takes is 20." in html


def test_it_rejects_an_upload_over_two_megabytes(editor_client: Client) -> None:
    html = rejection(editor_client, body_file=upload("big.txt", b"a" * (2 * 1024 * 1024 + 1)))
    assert "“big.txt” is 2,097,153 bytes; the limit is 2 MB (2,097,152 bytes)." in html


def test_it_rejects_paste_and_upload_together_and_keeps_the_paste(editor_client: Client) -> None:
    html = rejection(
        editor_client, body_text="Typed words.", body_file=upload("story.txt", b"Other words.")
    )
    assert "Paste the text or upload a file, not both." in html
    assert "Typed words." in html
    assert 'value="Strike on Makiivka"' in html


def test_anonymous_imports_are_refused(client: Client) -> None:
    assert client.post("/edit/import/", import_data(body_text="Words.")).status_code == 403
    assert not Article.objects.exists()
