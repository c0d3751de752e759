"""Editor views for spaCy suggestions: run them, watch progress, accept or reject each.

The extraction runs in a background task (claims/tasks.py); these views only enqueue it,
read its progress and record the editor's decisions.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import trigger_client_event

from claims import suggest
from claims.forms import AcceptSuggestionForm, SuggestionCatalogue
from claims.models import ClaimSuggestion, LinkSuggestion, SuggestionRun, SuggestionState
from newsroom.http import AuthedRequest, editor_required, render_page
from newsroom.models import Article, Event, Source

SUGGESTIONS = "claims/suggestions.html"
EVENT_SUGGESTIONS = "claims/event_suggestions.html"
page_methods = require_http_methods(["GET", "HEAD", "POST"])


def _get_article_for_user(request: HttpRequest, slug: str) -> Article:
    return get_object_or_404(Article, slug=slug)


def _get_event_for_user(request: HttpRequest, slug: str) -> Event:
    return get_object_or_404(Event, slug=slug)


def _get_suggestion_for_user(request: HttpRequest, pk: int) -> ClaimSuggestion:
    return get_object_or_404(ClaimSuggestion.objects.select_related("article"), pk=pk)


def _get_link_suggestion_for_user(request: HttpRequest, pk: int) -> LinkSuggestion:
    return get_object_or_404(LinkSuggestion.objects.select_related("a__event"), pk=pk)


def _marked(s: ClaimSuggestion, body: str) -> list[tuple[str, str]]:
    """The sentence-sized window around a suggestion, cut into (role, text) pieces."""
    marks = [("source", s.source_start, s.source_end), ("content", s.start, s.end)]
    if s.cue_start is not None and s.cue_end is not None:
        marks.append(("cue", s.cue_start, s.cue_end))
    lo = max(0, min(m[1] for m in marks) - 60)
    hi = min(len(body), max(m[2] for m in marks) + 60)
    lo = body.rfind("\n", 0, min(m[1] for m in marks)) + 1 or lo
    newline = body.find("\n", max(m[2] for m in marks))
    hi = newline if newline != -1 else hi
    cuts = sorted({lo, hi, *(max(lo, min(hi, p)) for m in marks for p in m[1:])})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        role = next(
            (m[0] for m in sorted(marks, key=lambda m: m[2] - m[1]) if m[1] <= a and b <= m[2]), ""
        )
        pieces.append((role, body[a:b]))
    return pieces


def _suggestions_context(
    article: Article, *, forms_by_pk: dict[int, AcceptSuggestionForm] | None = None
) -> dict[str, Any]:
    forms_by_pk = forms_by_pk or {}
    catalogue = SuggestionCatalogue(article)
    run = article.suggestion_runs.first()
    pending = list(
        ClaimSuggestion.objects.filter(article=article, state=SuggestionState.PENDING).order_by(
            "start", "end"
        )
    )
    rows = [
        {
            "suggestion": s,
            "pieces": _marked(s, article.body),
            "form": forms_by_pk.get(s.pk)
            or AcceptSuggestionForm(suggestion=s, catalogue=catalogue),
        }
        for s in pending
    ]
    decided = ClaimSuggestion.objects.filter(article=article).aggregate(
        accepted=Count("pk", filter=Q(state=SuggestionState.ACCEPTED)),
        rejected=Count("pk", filter=Q(state=SuggestionState.REJECTED)),
    )
    return {"article": article, "run": run, "rows": rows, "decided": decided}


@editor_required("claims.add_claim", "newsroom.view_article")
@page_methods
@vary_on_headers("HX-Request")
def article_suggestions(request: AuthedRequest, slug: str) -> HttpResponse:
    article = _get_article_for_user(request, slug)
    if request.method == "POST":
        run = article.suggestion_runs.first()
        if run and not run.is_finished:
            messages.info(request, "spaCy is already reading this article.")
        else:
            suggest.suggestion_run_start(article=article, user=request.user)
            if not request.htmx:  # with htmx the progress region says so itself
                messages.success(request, "spaCy is reading the article; reload to see progress.")
        if request.htmx:
            return _progress(request, _suggestions_context(article))
        return redirect("suggest:article", slug=article.slug)
    context = _suggestions_context(article)
    if request.htmx.target == "suggestion-progress":
        return _progress(request, context)
    if request.htmx.target == "suggestion-list":
        return render_page(request, SUGGESTIONS, context, partial="list")
    return render_page(request, SUGGESTIONS, context)


def _progress(request: AuthedRequest, context: dict[str, Any]) -> HttpResponse:
    """The progress region; once the run is over, the list region is told to reload."""
    response = render_page(request, SUGGESTIONS, context, partial="progress")
    run = context["run"]
    if run and run.is_finished:
        trigger_client_event(response, "suggestions-ready")
    return response


def _back(
    request: AuthedRequest, article: Article, forms_by_pk: dict | None = None
) -> HttpResponse:
    if request.htmx:
        return render_page(
            request,
            SUGGESTIONS,
            _suggestions_context(article, forms_by_pk=forms_by_pk),
            partial="list",
        )
    return redirect("suggest:article", slug=article.slug)


@editor_required("claims.add_claim")
@require_POST
def suggestion_accept(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = _get_suggestion_for_user(request, pk)
    article = suggestion.article
    form = AcceptSuggestionForm(
        request.POST, suggestion=suggestion, catalogue=SuggestionCatalogue(article)
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            if data["source"] is None and not request.user.has_perm("newsroom.add_source"):
                raise ValidationError("Only editors who may add sources can create one.")
            claim = suggest.suggestion_accept(
                suggestion=suggestion,
                user=request.user,
                event=data["event"],
                source=data["source"],
                new_source_name=data["new_source_name"],
                new_source_kind=data["new_source_kind"] or Source.Kind.GOVERNMENT,
                party=data["party"],
                aspect=data["aspect"],
                paraphrase=data["paraphrase"],
                status=data["status"],
            )
        except (ValidationError, suggest.SuggestionConflict) as error:
            form.add_error(
                None, error.messages if isinstance(error, ValidationError) else str(error)
            )
        else:
            messages.success(request, f"Accepted: {claim.source} — “{claim.exact[:60]}”.")
            return _back(request, article)
    if request.htmx:
        return _back(request, article, {suggestion.pk: form})
    context = _suggestions_context(article, forms_by_pk={suggestion.pk: form})
    return render_page(request, SUGGESTIONS, context, status=400)


@editor_required("claims.add_claim")
@require_POST
def suggestion_reject(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = _get_suggestion_for_user(request, pk)
    suggest.suggestion_reject(suggestion=suggestion, user=request.user)
    messages.success(request, "Rejected; it will not be suggested again.")
    return _back(request, suggestion.article)


def _event_context(event: Event) -> dict[str, Any]:
    articles = list(event.articles.all())
    runs: dict[int, SuggestionRun] = {}
    for run in SuggestionRun.objects.filter(article__in=articles).order_by(
        "article_id", "-created_at"
    ):
        runs.setdefault(run.article_id, run)
    latest = [runs[a.pk] for a in articles if a.pk in runs]
    batch = max(latest, key=lambda r: r.created_at).batch if latest else None
    in_batch = [r for r in latest if batch and r.batch == batch]
    finished, total = suggest.runs_progress(in_batch)
    pending = (
        ClaimSuggestion.objects.filter(article__in=articles, state=SuggestionState.PENDING)
        .values("article_id")
        .annotate(n=Count("pk"))
    )
    pending_by_article = {row["article_id"]: row["n"] for row in pending}
    return {
        "event": event,
        "articles": [
            {"article": a, "run": runs.get(a.pk), "pending": pending_by_article.get(a.pk, 0)}
            for a in articles
        ],
        "finished": finished,
        "total": total,
        "running": total > 0 and finished < total,
        "link_suggestions": suggest.pending_link_suggestions(event),
    }


@editor_required("claims.add_claim", "claims.add_claimlink")
@page_methods
@vary_on_headers("HX-Request")
def event_suggestions(request: AuthedRequest, slug: str) -> HttpResponse:
    event = _get_event_for_user(request, slug)
    if request.method == "POST":
        if not event.articles.exists():
            messages.error(request, "This event has no articles yet.")
        else:
            suggest.event_suggestion_runs_start(event=event, user=request.user)
            if not request.htmx:
                messages.success(request, "spaCy is reading every article of this event.")
        if request.htmx:
            return _batch_progress(request, _event_context(event))
        return redirect("suggest:event", slug=event.slug)
    context = _event_context(event)
    if request.htmx.target == "batch-progress":
        return _batch_progress(request, context)
    if request.htmx.target == "link-suggestions":
        return render_page(request, EVENT_SUGGESTIONS, context, partial="links")
    return render_page(request, EVENT_SUGGESTIONS, context)


def _batch_progress(request: AuthedRequest, context: dict[str, Any]) -> HttpResponse:
    response = render_page(request, EVENT_SUGGESTIONS, context, partial="batch")
    if not context["running"]:
        trigger_client_event(response, "suggestions-ready")
    return response


def _back_to_event(request: AuthedRequest, event: Event) -> HttpResponse:
    if request.htmx:
        return render_page(request, EVENT_SUGGESTIONS, _event_context(event), partial="links")
    return redirect("suggest:event", slug=event.slug)


@editor_required("claims.add_claimlink")
@require_POST
def link_suggestion_accept(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = _get_link_suggestion_for_user(request, pk)
    try:
        suggest.link_suggestion_accept(
            suggestion=suggestion,
            user=request.user,
            note=request.POST.get("note", "")[:500],
        )
    except (ValidationError, suggest.SuggestionConflict) as error:
        text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        messages.error(request, text)
    else:
        messages.success(request, "Linked as contradicting; readers now see it highlighted.")
    return _back_to_event(request, suggestion.a.event)


@editor_required("claims.add_claimlink")
@require_POST
def link_suggestion_reject(request: AuthedRequest, pk: int) -> HttpResponse:
    suggestion = _get_link_suggestion_for_user(request, pk)
    suggest.link_suggestion_reject(suggestion=suggestion, user=request.user)
    messages.success(request, "Rejected; this pair will not be suggested again.")
    return _back_to_event(request, suggestion.a.event)


def annotate_url(article: Article) -> str:
    return reverse("claims:annotate", kwargs={"slug": article.slug})
