"""Small makers for test data; each returns a saved, valid object."""

from __future__ import annotations

import itertools
from typing import Any

from django.contrib.auth.models import Group, User

from claims.models import Claim, ClaimLink
from newsroom.models import Article, Aspect, Event, EventParty, Party, Source
from newsroom.roles import EDITORS

_seq = itertools.count(1)

BODY = (
    "Moscow says civilians were killed in the strike.\n\n"
    "Kyiv says a military unit was destroyed in the strike.\n\n"
    "Observers urged calm."
)


def make_party(name: str | None = None, colour: str = "#a4161a") -> Party:
    n = next(_seq)
    name = name or f"Party {n}"
    return Party.objects.create(
        name=name, slug=f"{name.lower().replace(' ', '-')}-{n}", colour=colour
    )


def make_source(party: Party | None = None, name: str | None = None, **extra: Any) -> Source:
    return Source.objects.create(
        name=name or f"Source {next(_seq)}", kind=Source.Kind.GOVERNMENT, party=party, **extra
    )


def make_event(
    parties: list[Party] | None = None, *, published: bool = True, **extra: Any
) -> Event:
    n = next(_seq)
    event = Event.objects.create(
        title=extra.pop("title", f"Event {n}"),
        slug=extra.pop("slug", f"event-{n}"),
        status=Event.Status.PUBLISHED if published else Event.Status.DRAFT,
        **extra,
    )
    for position, party in enumerate(parties or []):
        EventParty.objects.create(event=event, party=party, position=position)
    return event


def make_aspect(event: Event, title: str | None = None, order: int = 0) -> Aspect:
    return Aspect.objects.create(event=event, title=title or f"Point {next(_seq)}", order=order)


def make_article(event: Event | None = None, body: str = BODY, **extra: Any) -> Article:
    n = next(_seq)
    article = Article.objects.create(
        title=extra.pop("title", f"Article {n}"), slug=f"article-{n}", body=body, **extra
    )
    if event is not None:
        article.events.add(event)
    return article


def make_claim(
    article: Article,
    quote: str,
    *,
    source: Source,
    event: Event | None = None,
    occurrence: int = 0,
    **extra: Any,
) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = article.body.index(quote, start + 1)
    claim = Claim(
        article=article,
        event=event or article.events.get(),
        source=source,
        party=extra.pop("party", source.party),
        start=start,
        end=start + len(quote),
        **extra,
    )
    claim.take_quote_from_body()
    claim.full_clean()
    claim.save()
    return claim


def make_link(a: Claim, b: Claim, kind: str = ClaimLink.Kind.CONTRADICTS) -> ClaimLink:
    link = ClaimLink(a=a, b=b, kind=kind)
    link.take_parties()
    link.full_clean()
    link.save()
    return link


def make_user(username: str, *, editor: bool = False, staff: bool = False) -> User:
    user = User.objects.create_user(username, password="correct horse battery staple")
    if staff:
        user.is_staff = user.is_superuser = True
        user.save()
    if editor or staff:
        user.groups.add(Group.objects.get(name=EDITORS))
    return user
