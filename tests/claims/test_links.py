from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimLink
from tests.claims.desk import HTMX, Desk, logged_in, make_desk, on_annotate_page
from tests.factories import make_article, make_claim, make_event, make_link, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk() -> Desk:
    return make_desk()


@pytest.fixture
def editor(client: Client, desk: Desk) -> Client:
    return logged_in(client, desk.editor)


@pytest.fixture
def claims(desk: Desk) -> dict[str, Claim]:
    return {
        "killed": make_claim(desk.article, "civilians were killed", source=desk.kremlin),
        "crime": make_claim(
            desk.article, "Officials called it a crime", source=make_source(desk.moscow)
        ),
        "unit": make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov),
    }


def options(page: str) -> list[str]:
    select = page[page.index('name="other"') :]
    select = select[: select.index("</select>")]
    return re.findall(r'<option value="(\d+)"', select)


def panel_item(page: str, pk: int) -> str:
    """The side panel's entry for one claim, up to the next entry."""
    item = page[page.index(f'id="claim-item-{pk}"') :]
    return re.split(r'id="claim-item-\d+"|</aside>', item[20:], maxsplit=1)[0]


def test_contradicts_offers_only_other_parties_claims(
    editor: Client, claims: dict[str, Claim]
) -> None:
    url = reverse("claims:link-new", args=[claims["killed"].pk])
    page = editor.get(url, {"kind": "contradicts"}, headers=HTMX).content.decode()
    assert "<html" not in page
    assert options(page) == [str(claims["unit"].pk)]
    page = editor.get(url, {"kind": "corroborates"}).content.decode()
    assert sorted(options(page)) == sorted([str(claims["crime"].pk), str(claims["unit"].pk)])


def test_claims_of_another_event_are_not_offered(
    editor: Client, desk: Desk, claims: dict[str, Claim]
) -> None:
    elsewhere = make_event([desk.moscow, desk.kyiv])
    stray = make_claim(make_article(elsewhere), "Observers urged calm", source=desk.kyiv_gov)
    url = reverse("claims:link-new", args=[claims["killed"].pk])
    assert str(stray.pk) not in options(editor.get(url, {"kind": "contradicts"}).content.decode())


def test_linking_two_claims_shows_the_link_on_both(
    editor: Client, desk: Desk, claims: dict[str, Claim]
) -> None:
    killed, unit = claims["killed"], claims["unit"]
    url = reverse("claims:link-new", args=[killed.pk])
    response = editor.post(
        url,
        {"kind": "contradicts", "other": unit.pk, "note": "Civilians or soldiers?"},
        headers=on_annotate_page(desk.article),
    )
    assert response["HX-Retarget"] == "#workspace"
    link = ClaimLink.objects.get()
    assert (link.a, link.b, link.kind, link.created_by) == (
        killed,
        unit,
        "contradicts",
        desk.editor,
    )
    page = response.content.decode()
    for this, other in ((killed, unit), (unit, killed)):
        item = panel_item(page, this.pk)
        assert "⚡ Contradicts" in item
        assert f'href="#claim-item-{other.pk}"' in item
    assert page.count("Civilians or soldiers?") == 2
    # highlighted as contradicted in the text
    assert re.search(
        rf'class="run hl party-{desk.kyiv.slug} hl-contradicted"[^>]*data-claim="{unit.pk}"', page
    )
    # and already-linked claims are not offered again
    again = editor.get(url, {"kind": "contradicts"}).content.decode()
    assert "No other party has a claim" in again


def test_a_same_party_contradiction_is_refused_by_the_form(
    editor: Client, claims: dict[str, Claim]
) -> None:
    url = reverse("claims:link-new", args=[claims["killed"].pk])
    response = editor.post(url, {"kind": "contradicts", "other": claims["crime"].pk})
    assert "Select a valid choice" in response.content.decode()
    assert not ClaimLink.objects.exists()


def test_an_unknown_kind_is_a_bad_request(editor: Client, claims: dict[str, Claim]) -> None:
    url = reverse("claims:link-new", args=[claims["killed"].pk])
    assert editor.get(url, {"kind": "supersedes"}).status_code == 400


def test_a_link_can_be_removed_from_either_claim(
    editor: Client, desk: Desk, claims: dict[str, Claim]
) -> None:
    link = make_link(claims["killed"], claims["unit"])
    url = reverse("claims:link-delete", args=[link.pk])
    page = editor.get(reverse("claims:annotate", args=[desk.article.slug])).content.decode()
    assert page.count(f'action="{url}"') == 2  # listed under both claims
    response = editor.post(url, {"article": desk.article.slug})
    assert response.status_code == 302
    assert not ClaimLink.objects.exists()
    assert ClaimLink.history.get(history_type="-").history_user == desk.editor


def test_the_claim_edit_form_lists_its_links(editor: Client, claims: dict[str, Claim]) -> None:
    make_link(claims["killed"], claims["unit"])
    page = editor.get(reverse("claims:claim-edit", args=[claims["unit"].pk])).content.decode()
    assert "⚡ Contradicts" in page and "civilians were killed" in page


def test_a_non_editor_cannot_link(client: Client, claims: dict[str, Claim]) -> None:
    url = reverse("claims:link-new", args=[claims["killed"].pk])
    response = client.post(url, {"kind": "contradicts", "other": claims["unit"].pk})
    assert response.status_code == 403
    assert not ClaimLink.objects.exists()
