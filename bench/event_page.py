"""Benchmark the side-by-side event page: median server time and query count.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/parallax DJANGO_SECRET_KEY=bench \
        .venv/bin/python bench/event_page.py [--per-cell 500] [--requests 15]

Fills a throwaway test database with one event of 2 parties x 10 aspects x N claims per
party and aspect (N=500 by default: 10,000 claims, half of them in contradicting pairs),
then requests the page, and the first and third pages of one point (each party's claims
on it, a page at a time), repeatedly in-process and prints the median time and the
queries per request. Works on SQLite too (without DATABASE_URL), but PostgreSQL is what
production runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-cell", type=int, default=500, help="claims per party and aspect")
    parser.add_argument("--aspects", type=int, default=10)
    parser.add_argument("--requests", type=int, default=15)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    # Not the test Client: it records every template's context, which would dominate the
    # timing of a page that renders thousands of claims. Requests go through the real
    # handler and middleware instead.
    settings.ALLOWED_HOSTS = ["testserver"]
    handler, factory = WSGIHandler(), RequestFactory()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        slug, point = fill(args.aspects, args.per_cell)
        with connection.cursor() as cursor:
            # A live database has planner statistics; fresh rows get them only when autovacuum
            # comes by, which would otherwise happen at some moment in the middle of the run.
            cursor.execute("ANALYZE")
        claims = 2 * args.aspects * args.per_cell
        print(f"database:        {connection.vendor}")
        print(f"claims:          {claims} (2 parties x {args.aspects} aspects x {args.per_cell})")
        print(f"requests:        {args.requests}")
        for label, url in (
            ("event page", f"/events/{slug}/"),
            ("one point", f"/events/{slug}/?point={point}"),
            ("one point, p.3", f"/events/{slug}/?point={point}&page=3"),
        ):
            handler.get_response(factory.get(url))  # warm caches, templates, connection
            times, queries, size = [], 0, 0
            for _ in range(args.requests):
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = handler.get_response(factory.get(url))
                    times.append(time.perf_counter() - started)
                assert response.status_code == 200, response.status_code
                queries, size = len(captured), len(response.content)  # type: ignore[attr-defined]
            print(f"{label}:  {url}")
            print(f"  median time:     {statistics.median(times) * 1000:.1f} ms")
            print(f"  min / max:       {min(times) * 1000:.1f} / {max(times) * 1000:.1f} ms")
            print(f"  queries/request: {queries}")
            print(f"  page size:       {size / 1024:.0f} KiB")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def fill(n_aspects: int, per_cell: int) -> tuple[str, int]:
    """The event's slug, and the id of its first point in dispute."""
    from claims.models import Claim, ClaimLink
    from newsroom.models import Article, Aspect, Event, EventParty, Party, Source

    moscow = Party.objects.create(name="Moscow", slug="moscow", colour="#a4161a")
    kyiv = Party.objects.create(name="Kyiv", slug="kyiv", colour="#1d4e89")
    event = Event.objects.create(title="Bench", slug="bench", status=Event.Status.PUBLISHED)
    EventParty.objects.create(event=event, party=moscow, position=0)
    EventParty.objects.create(event=event, party=kyiv, position=1)
    sources = {
        moscow.pk: Source.objects.create(name="Kremlin", kind="government", party=moscow),
        kyiv.pk: Source.objects.create(name="Kyiv government", kind="government", party=kyiv),
    }
    sentence = "Officials said that the strike hit a building near the station. "
    body = sentence * (2 * n_aspects * per_cell)
    article = Article.objects.create(title="Bench article", slug="bench-article", body=body)
    article.events.add(event)
    aspects = [
        Aspect.objects.create(event=event, title=f"Point {i}", order=i) for i in range(n_aspects)
    ]
    quote = "the strike hit a building near the station"
    offset = sentence.index(quote)
    claims, position = [], 0
    for aspect in aspects:
        for party in (moscow, kyiv):
            for _ in range(per_cell):
                start = position * len(sentence) + offset
                claims.append(
                    Claim(
                        event=event,
                        article=article,
                        source=sources[party.pk],
                        party=party,
                        aspect=aspect,
                        start=start,
                        end=start + len(quote),
                        exact=quote,
                        prefix=body[max(0, start - 32) : start],
                        suffix=body[start + len(quote) : start + len(quote) + 32],
                        paraphrase="A building was hit",
                    )
                )
                position += 1
    Claim.objects.bulk_create(claims, batch_size=2000)
    saved = list(Claim.objects.order_by("aspect_id", "party_id", "id").values("pk", "party_id"))
    half = len(saved) // (2 * n_aspects)
    links = []
    for a in range(n_aspects):
        block = saved[a * 2 * half : (a + 1) * 2 * half]
        for left, right in zip(block[:half], block[half:], strict=True):
            links.append(
                ClaimLink(
                    a_id=left["pk"],
                    b_id=right["pk"],
                    a_party_id=left["party_id"],
                    b_party_id=right["party_id"],
                    kind=ClaimLink.Kind.CONTRADICTS,
                )
            )
    ClaimLink.objects.bulk_create(links, batch_size=2000)
    return event.slug, aspects[0].pk


if __name__ == "__main__":
    main()
