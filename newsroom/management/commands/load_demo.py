"""Load the Makiivka demo: parties, sources, the event, the article, its claims and links."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q

from claims.models import Claim, ClaimLink
from newsroom.demo import makiivka as demo
from newsroom.models import Article, Aspect, Event, EventParty, Party, Source, SourceAlias


class Command(BaseCommand):
    help = "Load (or refresh) the Makiivka demo event. Safe to run again."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        parties = {}
        for spec in demo.PARTIES:
            party, _ = Party.objects.update_or_create(
                slug=spec["slug"],
                defaults={k: v for k, v in spec.items() if k != "slug"},
            )
            party.full_clean()
            parties[party.slug] = party

        sources = {}
        for name, (kind, party_slug, aliases) in demo.SOURCES.items():
            source, _ = Source.objects.update_or_create(
                name=name, defaults={"kind": kind, "party": parties.get(party_slug or "")}
            )
            for alias in aliases:
                SourceAlias.objects.get_or_create(source=source, name=alias)
            sources[name] = source

        event_spec: dict[str, Any] = dict(demo.EVENT)
        party_order = event_spec.pop("parties")
        event, _ = Event.objects.update_or_create(
            slug=event_spec.pop("slug"), defaults={**event_spec, "status": Event.Status.PUBLISHED}
        )
        for position, slug in enumerate(party_order):
            EventParty.objects.update_or_create(
                event=event, party=parties[slug], defaults={"position": position}
            )
        aspects = {}
        for key, (title, category, order) in demo.ASPECTS.items():
            aspect, _ = Aspect.objects.update_or_create(
                event=event, title=title, defaults={"category": category, "order": order}
            )
            aspects[key] = aspect

        body = demo.ARTICLE_PATH.read_text(encoding="utf-8")
        article, _ = Article.objects.update_or_create(
            slug=demo.ARTICLE["slug"],
            defaults={
                "title": demo.ARTICLE["title"],
                "language": demo.ARTICLE["language"],
                "body": body,
            },
        )
        article.events.add(event)

        claims = {}
        for key, spec_ in demo.CLAIMS.items():
            source_name, party_slug, aspect_key, start, end, quote, paraphrase, status = spec_
            claim = Claim.objects.filter(
                article=article, source=sources[source_name], start=start, end=end
            ).first() or Claim(article=article, source=sources[source_name], start=start, end=end)
            claim.event = event
            claim.party = parties[party_slug]
            claim.aspect = aspects[aspect_key]
            claim.paraphrase = paraphrase
            claim.status = status
            claim.anchor_state = Claim.AnchorState.ANCHORED
            claim.take_quote_from_body()
            if claim.exact != quote:
                raise ValueError(f"Demo claim {key}: offsets {start}-{end} hold {claim.exact!r}")
            claim.full_clean()
            claim.save()
            claims[key] = claim

        for a_key, b_key, kind, note in demo.LINKS:
            a, b = claims[a_key], claims[b_key]
            link = ClaimLink.objects.filter(Q(a=a, b=b) | Q(a=b, b=a)).first() or ClaimLink(
                a=a, b=b
            )
            link.kind, link.note = kind, note
            link.take_parties()
            link.full_clean()
            link.save()

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: “{event.title}” with {len(claims)} claims and "
                f"{len(demo.LINKS)} links; open /events/{event.slug}/"
            )
        )
