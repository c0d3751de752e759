"""Request typing and the one helper that renders a page or just its htmx region."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_htmx.middleware import HtmxDetails


class AuthedRequest(HttpRequest):
    user: User
    htmx: HtmxDetails


class Request(HttpRequest):
    user: User | AnonymousUser
    htmx: HtmxDetails


def render_page(
    request: HttpRequest,
    template: str,
    context: Mapping[str, Any],
    *,
    partial: str | None = None,
    status: int = 200,
) -> HttpResponse:
    """Render the whole page, or only `template#partial` when htmx asked for that region."""
    htmx = getattr(request, "htmx", None)
    name = f"{template}#{partial}" if partial and htmx else template
    return render(request, name, context, status=status)
