from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.db.models.signals import post_init
from django.test import Client
from django.urls import reverse

from claims.comparison import CELL_LIMIT, POINT_PAGE
from claims.models import Claim, ClaimLink
from newsroom.models import Aspect, Event, Source
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


def test_the_event_page_costs_a_fixed_number_of_queries(
    client: Client, django_assert_max_num_queries
) -> None:
    def queries(n_aspects: int, per_cell: int) -> list[int]:
        event = make_event([make_party(), make_party()])
        _fill(event, n_aspects, per_cell)
        url, first = event.get_absolute_url(), event.aspects.first()
        counts = []
        for path in (url, f"{url}?point={first.pk if first else ''}", f"{url}?point=other"):
            with django_assert_max_num_queries(7) as captured:
                assert client.get(path).status_code == 200
            counts.append(len(captured))
        return counts

    small = queries(1, 2)  # 4 claims
    large = queries(10, 25)  # 500 claims, 25 in a cell: past the cut
    assert Claim.objects.count() == 504
    assert small == large


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


def _claims(event: Event, *plan: tuple[Aspect | None, Source, int]) -> list[list[Claim]]:
    """Claims on successive words of one new article: per step, `n` by `source` on `aspect`."""
    article = make_article(
        event, body=" ".join(f"w{i}" for i in range(sum(p[2] for p in plan) + 1))
    )
    made, offset = [], 0
    for aspect, source, n in plan:
        step = []
        for _ in range(n):
            end = article.body.index(" ", offset)
            step.append(
                Claim(event=event, article=article, source=source, party=source.party,
                      aspect=aspect, start=offset, end=end, exact=article.body[offset:end])
            )  # fmt: skip
            offset = end + 1
        made.append(Claim.objects.bulk_create(step))
    return made


def _link(point: object, claim: Claim) -> str:
    """A counterpart's link to a claim shown on another page: its point, at its page."""
    return f'href="?point={point}&amp;claim={claim.pk}#claim-{claim.pk}" class="counterpart-link"'


def test_a_counterpart_past_the_cut_links_to_the_point_that_shows_it(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event, "What was hit?")
    hit, loose = _claims(event, (aspect, make_source(moscow), 30), (None, make_source(kyiv), 25))
    make_link(loose[0], hit[25])  # both past the other's cut
    make_link(hit[0], loose[24])
    html = client.get(event.get_absolute_url()).content.decode()
    assert html.count('<div class="claim party-') == 2 * CELL_LIMIT
    assert _link(aspect.pk, hit[25]) in html
    assert _link("other", loose[24]) in html
    assert f'id="claim-{hit[25].pk}"' not in html
    assert html.count("⚡ In dispute: 2 contradictions") == 2  # "What was hit?" and "Other claims"
    assert 'href="?point=other#point-other">Show all 25 Kyiv claims on this point</a>' in html

    other = client.get(event.get_absolute_url(), {"point": "other"}).content.decode()
    assert other.count('<div class="claim party-') == 25
    assert f'href="#claim-{loose[0].pk}"' not in other  # its own card is no counterpart here
    assert _link(aspect.pk, hit[0]) in other
    assert _link(aspect.pk, hit[25]) in other


def test_rows_count_the_contradictions_between_claims_past_the_cut(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event, "Who was killed?")
    said, denied = _claims(
        event, (aspect, make_source(moscow), 30), (aspect, make_source(kyiv), 30)
    )
    for a, b in zip(said, denied, strict=True):
        make_link(a, b)
    html = client.get(event.get_absolute_url()).content.decode()
    assert "⚡ In dispute: 30 contradictions" in html
    assert "30 contradictions between 60 claims" in html
    assert f'href="#claim-{denied[19].pk}" class="counterpart-link"' in html
    assert f"claim={denied[20].pk}#" not in html  # nothing shown links there


def test_agreement_is_between_sides_not_within_one(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    across, within = make_aspect(event, "Across", order=0), make_aspect(event, "Within", order=1)
    kremlin, kyiv_source = make_source(moscow), make_source(kyiv)
    (m1,), (k1,), (m2, m3) = _claims(
        event, (across, kremlin, 1), (across, kyiv_source, 1), (within, kremlin, 2)
    )
    make_link(m1, k1, kind=ClaimLink.Kind.CORROBORATES)
    make_link(m2, m3, kind=ClaimLink.Kind.CORROBORATES)
    html = client.get(event.get_absolute_url()).content.decode()
    assert html.count("✓ Agreed") == 1
    assert "1</strong> agreed" in html
    assert re.search(rf'id="point-{within.pk}" class="point point-one-sided"', html)
    # the repeat is still listed on the claim: readers see who says the same
    assert html.count(f'<li><a href="#claim-{m3.pk}">') == 1


def test_orphaned_claims_and_their_links_stay_hidden_from_readers(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event, "What was hit?")
    (said,), (gone, kept) = _claims(
        event, (aspect, make_source(moscow), 1), (aspect, make_source(kyiv), 2)
    )
    make_link(said, gone)
    make_link(said, kept, kind=ClaimLink.Kind.CORROBORATES)
    Claim.objects.filter(pk=gone.pk).update(anchor_state=Claim.AnchorState.ORPHANED)
    html = client.get(event.get_absolute_url()).content.decode()
    assert f"claim-{gone.pk}" not in html
    assert "point-disputed" not in html
    assert "Contradicted by" not in html
    assert "0 contradictions between 2 claims" in html
    assert "✓ Agreed" in html


def test_the_event_page_loads_only_the_claims_it_shows(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event)
    said, denied = _claims(
        event, (aspect, make_source(moscow), 100), (aspect, make_source(kyiv), 100)
    )
    ClaimLink.objects.bulk_create(
        ClaimLink(a=a, b=b, a_party=moscow, b_party=kyiv, kind=ClaimLink.Kind.CONTRADICTS)
        for a, b in zip(said, denied, strict=True)
    )
    loaded: list[Claim] = []

    def count(sender: type[Claim], instance: Claim, **kwargs: object) -> None:
        loaded.append(instance)

    post_init.connect(count, sender=Claim)
    try:
        html = client.get(event.get_absolute_url()).content.decode()
    finally:
        post_init.disconnect(count, sender=Claim)
    assert "Show all 100 Moscow claims" in html
    assert "100 contradictions between 200 claims" in html
    assert len(loaded) == 2 * CELL_LIMIT  # the cards shown, and not one claim more


def test_one_point_lists_each_partys_claims_a_page_at_a_time(client: Client) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event, "What was hit?")
    said, answered = _claims(
        event, (aspect, make_source(moscow), POINT_PAGE + 30), (aspect, make_source(kyiv), 5)
    )
    url = event.get_absolute_url()

    first = client.get(url, {"point": aspect.pk}).content.decode()
    assert first.count('<div class="claim party-moscow') == POINT_PAGE
    assert first.count('<div class="claim party-kyiv') == 5
    assert "page 1 of 2" in first and "Show all" not in first
    assert f'rel="next" href="?point={aspect.pk}&amp;page=2#point-{aspect.pk}"' in first
    assert 'rel="prev"' not in first
    assert f'id="claim-{said[POINT_PAGE].pk}"' not in first

    second = client.get(url, {"point": aspect.pk, "page": 2}).content.decode()
    assert second.count('<div class="claim party-moscow') == 30
    assert f'id="claim-{said[POINT_PAGE].pk}"' in second
    assert "All 5 Kyiv claims on this point are on earlier pages." in second
    assert "Kyiv says nothing" not in second
    assert 'rel="next"' not in second and 'rel="prev"' in second
    assert "135 claims" in second  # the event's summary counts every claim, on any page

    for past_or_junk, shown in (("7", "page 2 of 2"), ("0", "page 1 of 2"), ("-1", "page 1 of 2"),
                                ("x", "page 1 of 2"), ("9" * 30, "page 1 of 2")):  # fmt: skip
        response = client.get(url, {"point": str(aspect.pk), "page": past_or_junk})
        assert response.status_code == 200
        assert shown in response.content.decode()


def test_a_link_to_a_claim_opens_its_point_at_the_page_that_shows_it(
    client: Client, django_assert_max_num_queries
) -> None:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    event = make_event([moscow, kyiv])
    aspect = make_aspect(event, "Who was killed?")
    said, answered = _claims(
        event, (aspect, make_source(moscow), 2 * POINT_PAGE + 3), (None, make_source(kyiv), 1)
    )
    far = said[2 * POINT_PAGE + 1]
    make_link(answered[0], far)
    other = client.get(event.get_absolute_url(), {"point": "other"}).content.decode()
    assert _link(aspect.pk, far) in other

    with django_assert_max_num_queries(9):
        html = client.get(
            event.get_absolute_url(), {"point": aspect.pk, "claim": far.pk}
        ).content.decode()
    assert "page 3 of 3" in html and f'id="claim-{far.pk}"' in html
    # A claim of another point, or of no such event, leaves the page number as it was.
    for claim in (str(answered[0].pk), str(10**8), "<b>"):
        html = client.get(
            event.get_absolute_url(), {"point": str(aspect.pk), "claim": claim}
        ).content.decode()
        assert "page 1 of 3" in html
