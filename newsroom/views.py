"""Reader pages (events, an event side by side, an article), then the editor workspace."""

from __future__ import annotations

from collections import Counter, defaultdict
from copy import copy
from typing import cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from claims.comparison import build_comparison, page_of_claim
from claims.highlight import paragraphs
from claims.models import Claim, ClaimLink
from newsroom.forms import (
    ArticleImportForm,
    ArticleTextForm,
    AspectFormSet,
    EventForm,
    EventPartiesForm,
    PublishForm,
)
from newsroom.http import AuthedRequest, editor_required, render_page
from newsroom.models import Article, Event, EventParty, Party
from newsroom.services import (
    ArticleChangedError,
    EventChangedError,
    article_update,
    event_lock_for_save,
    event_set_parties,
    unique_slug,
)


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


def _positive_int(value: str | None) -> int | None:
    """A page number or an id typed into a URL, or None if it is not one."""
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return None
    return int(value) or None


def _get_published_event(slug: str) -> Event:
    return get_object_or_404(Event.objects.published(), slug=slug)


@require_safe
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = _get_published_event(slug)
    point = request.GET.get("point")
    page = _positive_int(request.GET.get("page")) or 1
    if point and (claim_id := _positive_int(request.GET.get("claim"))):
        # A link to a claim on another page of its point ("?point=3&claim=812").
        where = page_of_claim(event, claim_id)
        if where is not None and where[0] == point:
            page = where[1]
    comparison = build_comparison(event, point=point, page=page)
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
    events = list(article.events.filter(status=published).prefetch_related("event_parties__party"))
    if not events:
        raise Http404("An article reaches readers only through a published event.")
    return render(
        request,
        "newsroom/article_detail.html",
        {
            "article": article,
            "claims": claims,
            "events": events,
            "paragraphs": paragraphs(article.body, claims),
        },
    )


@require_safe
@cache_control(max_age=300, public=True)
def party_styles(request: HttpRequest) -> HttpResponse:
    """Each party's colour as CSS custom properties: inline styles are barred by the CSP."""
    parties = Party.objects.only("slug", "colour")
    return render(request, "newsroom/parties.css", {"parties": parties}, content_type="text/css")


# Editor workspace: everything below is for editors only (see newsroom/http.py).
# editor_required goes outermost, so an anonymous GET of a POST-only URL still leads to login.


def annotate_path(article: Article) -> str:
    """The annotate page (claims app); by path so the workspace does not wait on its URL name."""
    return f"/edit/articles/{article.slug}/"


def _get_event_for_user(user: User | AnonymousUser, slug: str) -> Event:
    if not user.has_perm("newsroom.view_event"):
        raise Http404
    return get_object_or_404(Event, slug=slug)


def _get_article_for_user(user: User | AnonymousUser, slug: str) -> Article:
    if not user.has_perm("newsroom.view_article"):
        raise Http404
    return get_object_or_404(Article.objects.select_related("outlet", "updated_by"), slug=slug)


def _workspace_events() -> list[Event]:
    """Every event with its parties and annotation progress, in three queries."""
    events = list(
        Event.objects.order_by("-date", "title").prefetch_related(
            Prefetch("event_parties", queryset=EventParty.objects.select_related("party"))
        )
    )
    linked = ClaimLink.objects.filter(Q(a=OuterRef("pk")) | Q(b=OuterRef("pk")))
    state = Claim.AnchorState
    rows = (
        Claim.objects.filter(event__in=events)
        .annotate(linked=Exists(linked))
        .values("event_id", "party_id")
        .annotate(
            n=Count("id"),
            no_aspect=Count("id", filter=Q(aspect__isnull=True)),
            no_link=Count("id", filter=Q(linked=False)),
            orphaned=Count("id", filter=Q(anchor_state=state.ORPHANED)),
            review=Count("id", filter=Q(anchor_state=state.REVIEW)),
        )
        .order_by()
    )
    per_party: dict[tuple[int, int], int] = {}
    totals: dict[int, Counter[str]] = defaultdict(Counter)
    for row in rows:
        per_party[row["event_id"], row["party_id"]] = row["n"]
        for key in ("n", "no_aspect", "no_link", "orphaned", "review"):
            totals[row["event_id"]][key] += row[key]
    for event in events:
        event.tallies = [  # type: ignore[attr-defined]
            (ep.party, per_party.get((event.pk, ep.party_id), 0))
            for ep in event.event_parties.all()
        ]
        event.progress = totals[event.pk]  # type: ignore[attr-defined]
    return events


def _workspace_articles() -> list[Article]:
    articles: list[Article] = list(
        Article.objects.select_related("outlet")
        .prefetch_related(Prefetch("events", queryset=Event.objects.only("title", "slug")))
        .annotate(
            claim_count=Count("claims"),
            orphan_count=Count("claims", filter=Q(claims__anchor_state=Claim.AnchorState.ORPHANED)),
        )
        .order_by("-created_at", "title")
    )
    for article in articles:
        article.annotate_url = annotate_path(article)  # type: ignore[attr-defined]
    return articles


@editor_required("newsroom.view_event", "newsroom.view_article")
@require_safe
def workspace(request: HttpRequest) -> HttpResponse:
    return render_page(
        request,
        "newsroom/workspace.html",
        {"events": _workspace_events(), "articles": _workspace_articles()},
    )


@editor_required("newsroom.change_event")
@require_POST
def event_publish(request: HttpRequest, slug: str) -> HttpResponse:
    event = _get_event_for_user(request.user, slug)
    form = PublishForm(request.POST, event=event)
    error = ""
    if form.is_valid():
        event.status = form.cleaned_data["status"]
        # A new version, so that an event form opened before this toggle cannot undo it.
        Event.objects.filter(pk=event.pk).update(
            status=event.status,
            version=F("version") + 1,
            updated_at=timezone.now(),
            updated_by=cast(AuthedRequest, request).user,
        )
    else:
        error = " ".join(str(e) for errors in form.errors.values() for e in errors)
    if cast(AuthedRequest, request).htmx:
        return render_page(
            request,
            "newsroom/workspace.html",
            {"event": event, "publish_error": error},
            partial="publish-toggle",
        )
    if error:
        messages.error(request, f"“{event}” was not changed: {error}")
    elif event.status == Event.Status.PUBLISHED:
        messages.success(request, f"“{event}” is published: readers can see it.")
    else:
        messages.success(request, f"“{event}” is back to draft: readers no longer see it.")
    return redirect("newsroom:workspace")


def _event_form_page(request: HttpRequest, event: Event) -> HttpResponse:
    """The event form for a new or an existing event, with its parties and points in dispute."""
    creating = event.pk is None
    data = request.POST if request.method == "POST" else None
    # The form writes what was typed into its instance; `event` stays as stored for the page.
    form = EventForm(data, instance=copy(event))
    parties = EventPartiesForm(data, event=event)
    aspects = AspectFormSet(data, instance=event, prefix="aspects")
    status = 200
    if data is not None:
        # & rather than and: every part is validated, so all its errors show at once.
        if form.is_valid() & parties.is_valid() & aspects.is_valid():
            try:
                with transaction.atomic():
                    if creating:
                        form.instance.updated_by = cast(AuthedRequest, request).user
                    else:
                        event_lock_for_save(
                            event=form.instance,
                            expected_version=form.cleaned_data["version"],
                            user=cast(AuthedRequest, request).user,
                        )
                    event = form.save()
                    event_set_parties(event=event, parties=parties.parties)
                    aspects.instance = event
                    aspects.save()
            except EventChangedError as exc:
                form.add_error(None, str(exc))
                status = 409
            else:
                messages.success(request, f"“{event}” {'created' if creating else 'saved'}.")
                return redirect("newsroom:event-edit", slug=event.slug)
        else:
            messages.error(request, "The event was not saved: correct the fields marked below.")
    context = {"form": form, "parties": parties, "aspects": aspects, "event": event,
               "creating": creating}  # fmt: skip
    return render_page(request, "newsroom/event_form.html", context, status=status)


@editor_required("newsroom.add_event", "newsroom.add_aspect")
@require_http_methods(["GET", "HEAD", "POST"])
def event_create(request: HttpRequest) -> HttpResponse:
    return _event_form_page(request, Event())


@editor_required(
    "newsroom.change_event",
    "newsroom.add_aspect",
    "newsroom.change_aspect",
    "newsroom.delete_aspect",
)
@require_http_methods(["GET", "HEAD", "POST"])
def event_edit(request: HttpRequest, slug: str) -> HttpResponse:
    return _event_form_page(request, _get_event_for_user(request.user, slug))


@editor_required("newsroom.add_article")
@require_http_methods(["GET", "HEAD", "POST"])
def article_import(request: HttpRequest) -> HttpResponse:
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            article = form.save(commit=False)
            article.body = form.cleaned_data["body"]
            article.slug = unique_slug(Article, article.title)
            article.updated_by = cast(AuthedRequest, request).user
            with transaction.atomic():
                article.save()
                form.save_m2m()
            messages.success(
                request,
                f"“{article}” imported: {len(article.body):,} characters. Select words to "
                "tag its claims.",
            )
            return redirect(annotate_path(article))
        messages.error(request, "The article was not imported: correct the fields marked below.")
    return render_page(
        request,
        "newsroom/article_import.html",
        {"form": form, "max_chars": f"{settings.PARALLAX_MAX_ARTICLE_CHARS:,}"},
    )


@editor_required("newsroom.change_article", "claims.change_claim")
@require_http_methods(["GET", "HEAD", "POST"])
def article_text(request: HttpRequest, slug: str) -> HttpResponse:
    article = _get_article_for_user(request.user, slug)
    status = 200
    if request.method == "POST":
        # The form writes what was typed into its instance; `article` stays as stored.
        form = ArticleTextForm(request.POST, instance=Article.objects.get(pk=article.pk))
        if form.is_valid():
            changes = {name: form.cleaned_data[name] for name in ArticleTextForm.Meta.fields}
            try:
                report = article_update(
                    article=article,
                    user=cast(AuthedRequest, request).user,
                    expected_version=form.cleaned_data["version"],
                    **changes,
                )
            except ArticleChangedError as exc:
                form.add_error(None, str(exc))
                status = 409
            else:
                messages.success(request, report.summary())
                return redirect(annotate_path(article))
    else:
        form = ArticleTextForm(instance=article, initial={"version": article.version})
    return render_page(
        request,
        "newsroom/article_text.html",
        {"form": form, "article": article, "annotate_url": annotate_path(article)},
        status=status,
    )
