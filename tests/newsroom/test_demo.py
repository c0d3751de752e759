from __future__ import annotations

import pytest
from django.core.management import call_command

from claims.models import Claim, ClaimLink
from newsroom.demo import makiivka as demo
from newsroom.models import Article, Event, Party, Source

pytestmark = pytest.mark.django_db


def test_every_demo_offset_matches_the_article_text() -> None:
    body = demo.ARTICLE_PATH.read_text(encoding="utf-8")
    for key, (_, _, _, start, end, quote, _, _) in demo.CLAIMS.items():
        assert body[start:end] == quote, key


def test_load_demo_loads_both_sides_and_the_three_contradictions() -> None:
    call_command("load_demo")
    event = Event.objects.get(slug="makiivka-strike")
    assert event.status == Event.Status.PUBLISHED
    assert [p.name for p in event.ordered_parties()] == ["Moscow", "Kyiv", "International"]
    article = Article.objects.get()
    assert article.body == demo.ARTICLE_PATH.read_text(encoding="utf-8")
    for claim in Claim.objects.all():
        assert article.body[claim.start : claim.end] == claim.exact
        assert claim.prefix == article.body[max(0, claim.start - 32) : claim.start]
    counts = {p.name: p.claims.count() for p in Party.objects.all()}
    assert counts["Moscow"] >= 5 and counts["Kyiv"] >= 5 and counts["International"] >= 2
    pairs = {
        (link.a.exact, link.b.exact)
        for link in ClaimLink.objects.contradictions().select_related("a", "b")
    }
    assert (
        "civilians were killed in a Makiivka attack",
        "a Russian military unit was destroyed",
    ) in pairs
    assert any(
        "deliberately targeting residential areas" in a and "precise military operation" in b
        for a, b in pairs
    )
    assert any(
        "humanitarian law" in a and "in accordance with international law" in b for a, b in pairs
    )
    assert len(pairs) == 3
    # third parties' appeals are International's, never a principal party's
    us = Source.objects.get(name="United States government")
    assert {c.party.name for c in us.claims.all()} == {"International"}


def test_load_demo_is_idempotent() -> None:
    call_command("load_demo")
    first = (Claim.objects.count(), ClaimLink.objects.count(), Source.objects.count())
    call_command("load_demo")
    assert (Claim.objects.count(), ClaimLink.objects.count(), Source.objects.count()) == first
