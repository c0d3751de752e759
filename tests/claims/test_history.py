from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimLink
from newsroom.models import Article
from tests.claims.desk import Desk, logged_in, make_desk
from tests.factories import make_claim, make_link, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk() -> Desk:
    return make_desk()


@pytest.fixture
def editor(client: Client, desk: Desk) -> Client:
    return logged_in(client, desk.editor)


def edit(client: Client, claim: Claim, desk: Desk, **changes: object) -> None:
    data: dict[str, object] = {
        "source": claim.source_id,
        "party": "",
        "event": claim.event_id,
        "aspect": claim.aspect_id or "",
        "new_aspect": "",
        "paraphrase": claim.paraphrase,
        "status": claim.status,
        "polarity": claim.polarity,
        "version": claim.version,
    }
    data.update(changes)
    response = client.post(reverse("claims:claim-edit", args=[claim.pk]), data)
    assert response.status_code == 302, response.content.decode()


def test_the_history_page_says_who_changed_what_and_when(editor: Client, desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    edit(
        editor,
        claim,
        desk,
        status="disputed",
        polarity="deny",
        aspect=desk.hit.pk,
        paraphrase="Civilians died",
    )
    page = editor.get(reverse("claims:claim-history", args=[claim.pk])).content.decode()
    assert re.search(r"<strong>Changed</strong> by eve · <time", page)
    assert '<th scope="row">Status</th><td>Unverified</td><td>Disputed</td>' in page
    assert '<th scope="row">Aspect</th><td>—</td><td>What was hit?</td>' in page
    assert '<th scope="row">Paraphrase</th><td>—</td><td>Civilians died</td>' in page
    assert '<th scope="row">Polarity</th><td>Asserts</td><td>Denies</td>' in page
    assert "<strong>Created</strong>" in page


def test_a_deleted_claim_is_listed_and_restored_on_its_words_with_its_links(
    editor: Client, desk: Desk
) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    unit = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    make_link(claim, unit, kind="contradicts")
    editor.post(reverse("claims:claim-delete", args=[claim.pk]))
    assert not Claim.objects.filter(pk=claim.pk).exists()

    listing = editor.get(
        reverse("claims:deleted-claims", args=[desk.article.slug])
    ).content.decode()
    assert "civilians were killed" in listing and "deleted by eve" in listing
    restore = reverse("claims:claim-restore", args=[claim.pk])
    assert f'action="{restore}"' in listing

    response = editor.post(restore)
    restored = Claim.objects.get(pk=claim.pk)
    assert response["Location"].endswith(f"#claim-item-{claim.pk}")
    assert (restored.start, restored.exact, restored.anchor_state) == (
        claim.start,
        "civilians were killed",
        "anchored",
    )
    assert restored.created_at == claim.created_at
    link = ClaimLink.objects.get()
    assert {link.a_id, link.b_id} == {claim.pk, unit.pk}
    page = editor.get(response["Location"]).content.decode()
    assert "Restored “civilians were killed” on its words, with 1 link." in page
    assert (
        "civilians were killed"
        not in editor.get(
            reverse("claims:deleted-claims", args=[desk.article.slug])
        ).content.decode()
    )
    history = editor.get(reverse("claims:claim-history", args=[claim.pk])).content.decode()
    assert (
        "<strong>Restored</strong> by eve" in history
        and "<strong>Deleted</strong> by eve" in history
    )


def test_a_link_removed_before_the_claim_was_deleted_stays_removed(desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    unit = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    services.claim_link_delete(link=make_link(claim, unit), user=desk.editor)
    pk = claim.pk
    services.claim_delete(claim=claim, user=desk.editor)
    assert services.claim_restore(claim_id=pk, user=desk.editor).links == 0
    assert not ClaimLink.objects.exists()


def test_a_claim_whose_words_moved_comes_back_for_review(desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    pk, start = claim.pk, claim.start
    services.claim_delete(claim=claim, user=desk.editor)
    Article.objects.filter(pk=desk.article.pk).update(body="Breaking. " + desk.article.body)
    restored = services.claim_restore(claim_id=pk, user=desk.editor)
    assert restored.words == "moved"
    assert restored.claim.start == start + len("Breaking. ")
    assert restored.claim.anchor_state == Claim.AnchorState.REVIEW


def test_a_claim_whose_words_are_gone_comes_back_orphaned_and_says_so(
    editor: Client, desk: Desk
) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    pk = claim.pk
    services.claim_delete(claim=claim, user=desk.editor)
    Article.objects.filter(pk=desk.article.pk).update(body="An entirely different report.")
    response = editor.post(reverse("claims:claim-restore", args=[pk]))
    assert Claim.objects.get(pk=pk).anchor_state == Claim.AnchorState.ORPHANED
    page = editor.get(response["Location"]).content.decode()
    assert "as orphaned: its words are no longer in the article" in page
    assert 'id="orphans-title"' in page


def test_restoring_twice_is_refused_with_a_reason(editor: Client, desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    url = reverse("claims:claim-restore", args=[claim.pk])
    services.claim_delete(claim=claim, user=desk.editor)
    back = reverse("claims:deleted-claims", args=[desk.article.slug])
    editor.post(url, {"next": back})
    response = editor.post(url, {"next": back})
    assert response["Location"] == back
    assert "This claim was restored already." in editor.get(back).content.decode()


def test_history_is_for_editors_only(client: Client, desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    url = reverse("claims:claim-history", args=[claim.pk])
    assert client.get(url).status_code == 302
    client.force_login(make_user("reader"))
    assert client.get(url).status_code == 403
    assert client.post(reverse("claims:claim-restore", args=[claim.pk])).status_code == 403


def test_an_unknown_claim_has_no_history(editor: Client) -> None:
    assert editor.get(reverse("claims:claim-history", args=[999999])).status_code == 404
