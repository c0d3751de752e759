from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims.comparison import CELL_LIMIT
from claims.models import Claim
from tests.factories import (
    make_article,
    make_aspect,
    make_claim,
    make_event,
    make_link,
    make_party,
    make_source,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> None:
    call_command("load_demo")


def test_the_index_lists_published_events_with_counts(client: Client, demo: None) -> None:
    make_event([make_party("Hidden side")], published=False, title="A draft nobody sees")
    html = client.get("/").content.decode()
    assert "Strike on Makiivka" in html
    assert "A draft nobody sees" not in html
    assert re.search(r"<dt>Moscow</dt><dd>\d+ claims</dd>", html)
    assert re.search(r"<dt>Contradictions</dt><dd>3</dd>", html)


def test_the_event_page_shows_both_sides_point_by_point(client: Client, demo: None) -> None:
    response = client.get("/events/makiivka-strike/")
    assert response.status_code == 200
    html = response.content.decode()
    heads = re.findall(r'<th scope="col" class="party-head party-(\w+)">', html)
    assert heads == ["moscow", "kyiv", "international"]
    assert html.count('class="point point-disputed"') == 3
    assert html.count("⚡ In dispute: 1 contradiction") == 3
    assert "3</strong> points in dispute" in html
    assert "civilians were killed in a Makiivka attack" in html
    assert "a Russian military unit was destroyed" in html


def test_each_contradiction_links_to_its_counterpart(client: Client, demo: None) -> None:
    html = client.get("/events/makiivka-strike/").content.decode()
    killed = Claim.objects.get(exact="civilians were killed in a Makiivka attack")
    unit = Claim.objects.get(exact="a Russian military unit was destroyed")
    assert f'href="#claim-{unit.pk}" class="counterpart-link"' in html
    assert f'href="#claim-{killed.pk}" class="counterpart-link"' in html
    assert f'id="claim-{killed.pk}"' in html
    assert re.search(rf'id="claim-{killed.pk}"[^>]*\s+data-counterparts="claim-{unit.pk} "', html)
    # and every claim leads to its words in the article
    assert f'/articles/{killed.article.slug}/#span-{killed.pk}"' in html


def test_a_draft_event_is_a_404_to_readers(client: Client) -> None:
    event = make_event([make_party()], published=False)
    assert client.get(event.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("url", ["/events/no-such-event/", "/articles/no-such-article/"])
def test_unknown_slugs_are_404s(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


def test_the_article_page_highlights_every_claim_in_its_party_colour(
    client: Client, demo: None
) -> None:
    claim = Claim.objects.get(exact="a violation of international humanitarian law")
    response = client.get(claim.article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="span-{claim.pk}"' in html
    assert re.search(
        r'<a class="hl party-moscow hl-contradicted"[^>]*href="/events/makiivka-strike/#claim-'
        + str(claim.pk)
        + '">a violation of international humanitarian law<span class="tip"',
        html,
    )
    assert "The Kremlin · Disputed · ⚡ contradicted" in html.replace("</strong>", "").replace(
        "<strong>", ""
    )
    assert html.count('class="hl ') >= 12


def test_the_article_page_shows_the_exact_text_unchanged(client: Client, demo: None) -> None:
    claim = Claim.objects.first()
    assert claim is not None
    html = client.get(claim.article.get_absolute_url()).content.decode()
    text = re.sub(r'<span class="tip".*?</span></span>', "", html, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text)
    assert "Ukraine’s sovereignty" in text


def test_user_text_is_escaped(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv], title="<script>alert(1)</script>")
    article = make_article(event, body="Moscow said <img src=x onerror=alert(1)> happened.")
    make_claim(article, "<img src=x onerror=alert(1)>", source=make_source(moscow, "<b>Src</b>"))
    for url in (event.get_absolute_url(), article.get_absolute_url(), "/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b>Src</b>" not in html


def test_pages_send_a_strict_content_security_policy(client: Client, demo: None) -> None:
    response = client.get("/events/makiivka-strike/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp


def test_party_colours_are_served_as_a_stylesheet(client: Client, demo: None) -> None:
    response = client.get(reverse("newsroom:party-styles"))
    assert response["Content-Type"].startswith("text/css")
    assert ".party-moscow { --party: #a4161a; --party-ink: #ffffff; }" in response.content.decode()


def _fill(event, n_aspects: int, per_cell: int) -> None:
    parties = event.ordered_parties()
    sources = [make_source(p) for p in parties]
    words = " ".join(f"word{i}" for i in range(n_aspects * per_cell * len(parties) + 1))
    article = make_article(event, body=words)
    aspects = [make_aspect(event, order=i) for i in range(n_aspects)]
    claims = []
    offset = 0
    for aspect in aspects:
        for party, source in zip(parties, sources, strict=True):
            for _ in range(per_cell):
                end = article.body.index(" ", offset)
                claims.append(
                    Claim(
                        event=event,
                        article=article,
                        source=source,
                        party=party,
                        aspect=aspect,
                        start=offset,
                        end=end,
                        exact=article.body[offset:end],
                    )
                )
                offset = end + 1
    Claim.objects.bulk_create(claims)
    saved = list(Claim.objects.filter(event=event).order_by("id"))
    for left, right in zip(saved[::2], saved[1::2], strict=False):
        if left.party_id != right.party_id:
            make_link(left, right)


@pytest.mark.parametrize(("n_aspects", "per_cell"), [(1, 2), (10, 25)])  # ~5 and 500 claims
def test_the_event_page_costs_a_fixed_number_of_queries(
    client: Client, django_assert_max_num_queries, n_aspects: int, per_cell: int
) -> None:
    event = make_event([make_party("Moscow"), make_party("Kyiv")])
    _fill(event, n_aspects, per_cell)
    assert Claim.objects.count() in {4, 500}
    with django_assert_max_num_queries(10) as captured:
        response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert len(captured) <= 6


def test_the_index_costs_a_fixed_number_of_queries(
    client: Client, django_assert_max_num_queries
) -> None:
    for _ in range(5):
        _fill(make_event([make_party(), make_party()]), 2, 2)
    with django_assert_max_num_queries(5):
        assert client.get("/").status_code == 200


def test_a_crowded_cell_shows_a_bounded_number_of_claims_and_links_to_the_rest(
    client: Client,
) -> None:
    event = make_event([make_party("Moscow"), make_party("Kyiv")])
    _fill(event, 1, 30)  # 30 claims per party on one point; pairs linked across parties
    html = client.get(event.get_absolute_url()).content.decode()
    assert html.count('<div class="claim party-') == 2 * CELL_LIMIT
    aspect = event.aspects.get()
    assert f'href="?point={aspect.pk}#point-{aspect.pk}">Show all 30 Moscow claims' in html
    # _fill writes Moscow's 30 claims first: the 21st is past the cut
    hidden = Claim.objects.filter(event=event).order_by("start")[CELL_LIMIT:].first()
    assert hidden is not None and f'id="claim-{hidden.pk}"' not in html

    one = client.get(event.get_absolute_url(), {"point": aspect.pk}).content.decode()
    assert one.count('<div class="claim party-') == 60
    assert "Back to all points" in one
    assert f'id="claim-{hidden.pk}"' in one


def test_a_bad_point_parameter_shows_the_whole_event(client: Client) -> None:
    event = make_event([make_party("Moscow"), make_party("Kyiv")])
    _fill(event, 2, 1)
    for junk in ("<script>", "999999", "'; drop table"):
        response = client.get(event.get_absolute_url(), {"point": junk})
        assert response.status_code == 200
        assert response.content.decode().count('<tr id="point-') == 2


def test_an_article_of_draft_events_only_is_a_404_to_readers(client: Client) -> None:
    event = make_event([make_party()], published=False)
    article = make_article(event)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_the_article_page_costs_a_fixed_number_of_queries(
    client: Client, django_assert_max_num_queries
) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    events = [make_event([moscow, kyiv]) for _ in range(4)]
    article = make_article(events[0])
    article.events.add(*events[1:])
    source = make_source(moscow)
    make_claim(article, "civilians were killed", source=source, event=events[0])
    with django_assert_max_num_queries(6):
        assert client.get(article.get_absolute_url()).status_code == 200
