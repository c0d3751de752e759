"""Reader pages: the list of events, an event side by side, an article with its claims."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from claims.comparison import build_comparison
from claims.highlight import paragraphs
from claims.models import Claim, ClaimLink
from newsroom.models import Article, Event, EventParty, Party


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    events = list(
        Event.objects.published()
        .annotate(
            contradiction_count=Count(
                "claims__links_from",
                filter=Q(claims__links_from__kind=ClaimLink.Kind.CONTRADICTS),
                distinct=True,
            )
        )
        .prefetch_related(
            Prefetch("event_parties", queryset=EventParty.objects.select_related("party"))
        )
    )
    counts = {
        (row["event_id"], row["party_id"]): row["n"]
        for row in Claim.objects.filter(event__in=events)
        .anchored()
        .values("event_id", "party_id")
        .annotate(n=Count("id"))
    }
    for event in events:
        event.tallies = [  # type: ignore[attr-defined]
            (ep.party, counts.get((event.pk, ep.party_id), 0)) for ep in event.event_parties.all()
        ]
    return render(request, "newsroom/index.html", {"events": events})


def _get_published_event(slug: str) -> Event:
    return get_object_or_404(Event.objects.published(), slug=slug)


@require_safe
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = _get_published_event(slug)
    comparison = build_comparison(event)
    return render(request, "newsroom/event_detail.html", {"event": event, "cmp": comparison})


@require_safe
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), slug=slug)
    published = Event.Status.PUBLISHED
    claims = list(
        Claim.objects.for_article(article)
        .anchored()
        .filter(event__status=published)
        .select_related("source", "party", "event", "aspect")
        .annotate(
            contradiction_count=Count(
                "links_from", filter=Q(links_from__kind=ClaimLink.Kind.CONTRADICTS), distinct=True
            )
            + Count("links_to", filter=Q(links_to__kind=ClaimLink.Kind.CONTRADICTS), distinct=True)
        )
        .in_text_order()
    )
    events = [e for e in article.events.all() if e.status == published]
    if not events and not claims:
        # An article belongs to readers only through a published event.
        get_object_or_404(Article.objects.none(), slug=slug)
    return render(
        request,
        "newsroom/article_detail.html",
        {"article": article, "claims": claims, "events": events,
         "paragraphs": paragraphs(article.body, claims)},
    )


@require_safe
@cache_control(max_age=300, public=True)
def party_styles(request: HttpRequest) -> HttpResponse:
    """Each party's colour as CSS custom properties: inline styles are barred by the CSP."""
    parties = Party.objects.only("slug", "colour")
    return render(
        request, "newsroom/parties.css", {"parties": parties}, content_type="text/css"
    )
