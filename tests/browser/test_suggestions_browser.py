"""spaCy suggestions in a real browser: run, watch progress, accept, see it on the reader page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from claims.models import Claim, ClaimSuggestion
from newsroom.models import Party
from tests.browser.conftest import log_in
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Shoot = Callable[[Page, str], None]


def test_an_editor_accepts_a_suggestion_and_readers_see_it(
    page: Page, live_server: LiveServer, shoot: Shoot
) -> None:
    call_command("load_demo")
    Claim.objects.all().delete()  # let spaCy find them again
    make_user("eve", editor=True)
    log_in(page, live_server.url, "eve")

    page.goto(f"{live_server.url}/edit/articles/makiivka-conflicting-accounts/")
    page.get_by_role("link", name="Suggest claims with spaCy").click()
    page.get_by_role("button", name="Suggest claims").click()
    expect(page.locator("#suggestion-progress")).to_contain_text("claims found", timeout=60_000)
    expect(page.locator(".suggestion").first).to_be_visible()
    shoot(page, "01-suggestions")

    words = "civilians were killed in a Makiivka attack"
    suggestion = ClaimSuggestion.objects.get(exact=words)
    card = page.locator(f"#suggestion-{suggestion.pk}")
    expect(card.locator("mark.sg-content")).to_have_text(words)
    moscow = Party.objects.get(name="Moscow")
    expect(card.get_by_label("Party")).to_have_value(str(moscow.pk))
    card.get_by_label("Paraphrase").fill("Civilians were killed")
    card.get_by_role("button", name="Accept as a claim").click()
    expect(page.locator(f"#suggestion-{suggestion.pk}")).to_have_count(0)
    expect(page.locator("#suggestion-list")).to_contain_text("1 accepted")
    shoot(page, "02-accepted")

    claim = Claim.objects.get(exact=words)
    assert claim.party.name == "Moscow" and claim.paraphrase == "Civilians were killed"
    page.goto(f"{live_server.url}/events/makiivka-strike/")
    expect(page.locator(f"#claim-{claim.pk}")).to_contain_text(words)
    shoot(page, "03-reader")
