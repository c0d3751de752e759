"""Request typing and the one helper that renders a page or just its htmx region."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any, cast

from django.contrib.auth.models import AnonymousUser, User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
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


def editor_required[V: Callable[..., HttpResponse]](*perms: str) -> Callable[[V], V]:
    """Let in users holding every permission in `perms` (editors hold them through their group).

    Anonymous users are sent to log in when they only look (GET/HEAD) and refused with 403
    when they try to change something, so a form posted after the session expired cannot
    turn into a redirect that drops what was typed without saying so. Logged-in users
    without the permissions get 403.
    """

    def decorator(view: V) -> V:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                if request.method in ("GET", "HEAD"):
                    return redirect_to_login(request.get_full_path())
                raise PermissionDenied("Log in as an editor to change anything.")
            if not request.user.has_perms(perms or ("newsroom.view_article",)):
                raise PermissionDenied("Only editors may do that.")
            return view(request, *args, **kwargs)

        wrapper.editor_only = True  # type: ignore[attr-defined]
        return cast(V, wrapper)

    return decorator
