"""A reader in a real browser: a counterpart on a later page of its point is one click away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from claims.comparison import POINT_PAGE
from claims.models import Claim
from tests.factories import (
    make_article,
    make_aspect,
    make_event,
    make_link,
    make_party,
    make_source,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Shoot = Callable[[Page, str], None]


def test_a_reader_follows_a_contradiction_to_the_page_of_its_point_that_shows_it(
    page: Page, live_server: LiveServer, shoot: Shoot
) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv], title="Shelling of the grain port")
    aspect = make_aspect(event, "What was hit?")
    n = 2 * POINT_PAGE + 3
    words = [f"depot{i}" for i in range(n)] + ["the", "port", "held", "only", "grain"]
    article = make_article(event, body=" ".join(words))
    said = Claim.objects.bulk_create(
        Claim(event=event, article=article, source=make_source(moscow), party=moscow,
              aspect=aspect, start=start, end=start + len(w), exact=w)
        for w, start in zip(words[:n], _starts(words), strict=False)
    )  # fmt: skip
    start = article.body.index("the port")
    answer = Claim.objects.create(
        event=event, article=article, source=make_source(kyiv), party=kyiv,
        start=start, end=len(article.body), exact=article.body[start:],
    )  # fmt: skip
    far = said[2 * POINT_PAGE + 1]
    make_link(answer, far)

    page.goto(f"{live_server.url}{event.get_absolute_url()}")
    card = page.locator(f"#claim-{answer.pk}")
    expect(card).to_contain_text("the port held only grain")
    card.get_by_role("link", name=f"Moscow: {far.exact}").click()

    expect(page.locator(f"#claim-{far.pk}")).to_be_in_viewport()
    expect(page.locator(".point-filter")).to_contain_text("page 3 of 3")
    expect(page.get_by_role("navigation", name="Pages of this point").first).to_contain_text(
        "Page 3 of 3"
    )
    shoot(page, "01-page-3")

    page.get_by_role("link", name="← Previous page").first.click()
    expect(page.locator(".point-filter")).to_contain_text("page 2 of 3")
    expect(page.locator(f"#claim-{said[POINT_PAGE].pk}")).to_be_visible()
    expect(page.locator(f"#claim-{far.pk}")).to_have_count(0)
    expect(page.get_by_role("cell", name="Kyiv says nothing on this point.")).to_be_visible()
    shoot(page, "02-page-2")


def _starts(words: list[str]) -> list[int]:
    starts, offset = [], 0
    for w in words:
        starts.append(offset)
        offset += len(w) + 1
    return starts
