"""Every editor URL × every role, walked from the URL conf: a new view without a check fails."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from claims.models import Claim, ClaimLink, ClaimSuggestion, LinkSuggestion, SuggestionRun
from newsroom.models import Article, Event
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _walk(patterns: list, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, route)
        else:
            yield route, p


EDITOR_ROUTES = [
    (route, p) for route, p in _walk(get_resolver().url_patterns) if route.startswith("edit/")
]


def _samples() -> dict[str, str]:
    call_command("load_demo")
    claim = Claim.objects.first()
    link = ClaimLink.objects.first()
    assert claim and link
    article = Article.objects.get()
    run = SuggestionRun.objects.create(article=article, state="done")
    suggestion = ClaimSuggestion.objects.create(
        article=article,
        run=run,
        source_text="Moscow",
        source_start=0,
        source_end=6,
        start=0,
        end=6,
        exact=article.body[:6],
    )
    ls = LinkSuggestion.objects.create(
        a=claim, b=link.b if link.a == claim else link.a, score=0.5, reason="test"
    )
    return {
        "events/<slug:slug>": Event.objects.get().slug,
        "articles/<slug:slug>": article.slug,
        "claims/<int:pk>": str(claim.pk),
        "links/<int:pk>": str(link.pk),
        "link-suggestions/<int:pk>": str(ls.pk),
        "suggestions/<int:pk>": str(suggestion.pk),
    }


def _url(route: str, samples: dict[str, str]) -> str:
    path = route
    for key, value in sorted(samples.items(), key=lambda kv: -len(kv[0])):
        head, converter = key.rsplit("/", 1)
        path = re.sub(
            rf"(^|/){re.escape(head)}/{re.escape(converter)}", rf"\g<1>{head}/{value}", path
        )
    assert "<" not in path, f"Add a sample value for {route} in tests/test_permissions.py"
    return "/" + path


def test_the_url_conf_has_editor_views() -> None:
    assert len(EDITOR_ROUTES) >= 10


@pytest.mark.parametrize(("route", "pattern"), EDITOR_ROUTES, ids=[r for r, _ in EDITOR_ROUTES])
def test_every_editor_view_is_guarded(route: str, pattern: URLPattern) -> None:
    assert getattr(pattern.callback, "editor_only", False), (
        f"{route} has no @editor_required: every /edit/ view must check permissions"
    )


@pytest.fixture
def users() -> dict[str, User]:
    return {
        "reader": make_user("reader"),
        "editor": make_user("editor", editor=True),
        "admin": make_user("admin", staff=True),
    }


@pytest.mark.parametrize(("route", "pattern"), EDITOR_ROUTES, ids=[r for r, _ in EDITOR_ROUTES])
def test_the_role_matrix(route: str, pattern: URLPattern, users: dict[str, User]) -> None:
    url = _url(route, _samples())
    anonymous = Client()
    response = anonymous.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/login/?next="), url
    assert anonymous.post(url).status_code == 403, url

    reader = Client()
    reader.force_login(users["reader"])
    assert reader.get(url).status_code == 403, url
    assert reader.post(url).status_code == 403, url

    for role in ("editor", "admin"):
        client = Client()
        client.force_login(users[role])
        got = client.get(url).status_code
        assert got not in (403, 500) and got < 500, (role, url, got)
        posted = client.post(url, {}).status_code  # an empty form is bad input, never a 500
        assert posted not in (403,) and posted < 500, (role, url, posted)
