"""Editor views for claims: the annotate page, claims, links, history.

Each page works as plain HTML forms (Post/Redirect/Get); with htmx the claim forms open
beside the article text and a save swaps the text and the side panel in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import BadRequest, ValidationError
from django.db.models import Prefetch, Q
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, reswap, retarget

from claims import services
from claims.forms import (
    ClaimLinkForm,
    ConfirmWordsForm,
    EditClaimForm,
    NewClaimForm,
    ReattachForm,
    span_from_query,
)
from claims.models import Claim, ClaimLink
from claims.sentences import blocks
from newsroom.http import editor_required, render_page
from newsroom.models import Article, Aspect, Event, EventParty, Party, Source

ANNOTATE = "claims/annotate.html"
CLAIM_FORM = "claims/claim_form.html"
form_methods = require_http_methods(["GET", "HEAD", "POST"])


def _get_article_for_user(request: HttpRequest, slug: str) -> Article:
    # Editors may annotate any article, published or not.
    return get_object_or_404(Article, slug=slug)


def _get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    return get_object_or_404(
        Claim.objects.select_related("article", "event", "source__party", "party", "aspect"),
        pk=pk,
    )


def _get_link_for_user(request: HttpRequest, pk: int) -> ClaimLink:
    return get_object_or_404(ClaimLink.objects.select_related("a__article"), pk=pk)


def _editor(request: HttpRequest) -> User:
    """The logged-in editor; editor_required let nobody else in."""
    assert isinstance(request.user, User)
    return request.user


def _preview(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


# The annotate page


@dataclass(frozen=True)
class LinkRow:
    link: ClaimLink
    other: Claim

    @property
    def contradicts(self) -> bool:
        return self.link.kind == ClaimLink.Kind.CONTRADICTS


@dataclass(frozen=True)
class PartyGroup:
    party: Party
    claims: list[Claim]


def _annotate_context(article: Article, *, notice: str = "", alert: str = "") -> dict[str, Any]:
    """The article text with its claims, the claims by party, and the orphans: five queries."""
    claims = list(
        Claim.objects.for_article(article)
        .select_related("source", "party", "aspect")
        .in_text_order()
    )
    links = list(
        ClaimLink.objects.filter(Q(a__article=article) | Q(b__article=article)).select_related(
            "a__party", "a__source", "b__party", "b__source"
        )
    )
    events = list(
        article.events.prefetch_related(
            Prefetch("event_parties", queryset=EventParty.objects.select_related("party"))
        )
    )
    by_id = {claim.pk: claim for claim in claims}
    for claim in claims:
        claim.link_rows = []  # type: ignore[attr-defined]
        claim.contradicted = False  # type: ignore[attr-defined]
    for link in links:
        for this, other in ((link.a, link.b), (link.b, link.a)):
            if (mine := by_id.get(this.pk)) is not None:
                mine.link_rows.append(LinkRow(link, other))  # type: ignore[attr-defined]
                if link.kind == ClaimLink.Kind.CONTRADICTS:
                    mine.contradicted = True  # type: ignore[attr-defined]

    anchored = [claim for claim in claims if not claim.is_orphaned]
    parties: dict[int, Party] = {}
    for event in events:
        for event_party in event.event_parties.all():
            parties.setdefault(event_party.party_id, event_party.party)
    for claim in anchored:  # a party since dropped from the event still shows its claims
        parties.setdefault(claim.party_id, claim.party)
    groups = [
        PartyGroup(party, [c for c in anchored if c.party_id == party.pk])
        for party in parties.values()
    ]
    return {
        "article": article,
        "events": events,
        "groups": groups,
        "blocks": blocks(article.body, anchored),
        "claim_count": len(claims),
        "orphaned": [claim for claim in claims if claim.is_orphaned],
        "review_count": sum(1 for c in claims if c.anchor_state == Claim.AnchorState.REVIEW),
        "notice": notice,
        "alert": alert,
    }


@editor_required("claims.view_claim", "newsroom.view_article")
@require_safe
@vary_on_headers("HX-Request")
def annotate(request: HttpRequest, slug: str) -> HttpResponse:
    article = _get_article_for_user(request, slug)
    return render_page(request, ANNOTATE, _annotate_context(article), partial="workspace")


def _done(
    request: HttpRequest, article: Article, notice: str, *, anchor: str = "", error: bool = False
) -> HttpResponse:
    """After a change: on the annotate page htmx gets the redrawn text and panel in place;
    a form on a page of its own gets a redirect (PRG, or an htmx client redirect)."""
    url = reverse("claims:annotate", args=[article.slug])
    htmx = getattr(request, "htmx", None)
    if htmx and (htmx.current_url_abs_path or "").split("#")[0].split("?")[0] == url:
        context = _annotate_context(
            article, notice="" if error else notice, alert=notice if error else ""
        )
        response = render(request, f"{ANNOTATE}#workspace", context)
        return reswap(retarget(response, "#workspace"), "outerHTML")
    (messages.error if error else messages.success)(request, notice)
    target = f"{url}#{anchor}" if anchor else url
    return HttpResponseClientRedirect(target) if htmx else redirect(target)


def _add_errors(form: Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form, on the field it names when the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


# Claims


def _form_context(
    article: Article, form: Form, *, mode: str, action: str, claim: Claim | None = None
) -> dict[str, Any]:
    source_field = form.fields.get("source")
    return {
        "article": article,
        "form": form,
        "mode": mode,
        "action": action,
        "claim": claim,
        "events": list(article.events.all()) if source_field else [],
        "sources": list(source_field.queryset) if source_field else [],  # type: ignore[attr-defined]
        "selected": str(form["source"].value() or "") if source_field else "",
    }


def _selection(request: HttpRequest, article: Article) -> tuple[dict[str, Any], bool]:
    """Initial words from a selection (?start=&end=&v=), and whether the page was stale."""
    version = request.GET.get("v")
    if version and version != str(article.version):
        return {}, True
    span = span_from_query(article.body, request.GET)
    if span is None:
        return {}, False
    start, end = span
    return {
        "quote": article.body[start:end],
        "start": start,
        "end": end,
        "article_version": article.version,
    }, False


@editor_required("claims.add_claim")
@form_methods
@vary_on_headers("HX-Request")
def claim_new(request: HttpRequest, slug: str) -> HttpResponse:
    article = _get_article_for_user(request, slug)
    stale = False
    if request.method == "POST":
        form = NewClaimForm(request.POST, article=article)
        if form.is_valid():
            data = form.cleaned_data
            start, end = data["span"]
            try:
                claim = services.claim_create(
                    article=article,
                    event=data["event"],
                    source=data["source"],
                    party=data["party"],
                    start=start,
                    end=end,
                    exact=article.body[start:end],
                    aspect=data["aspect"],
                    new_aspect=data["new_aspect"],
                    paraphrase=data["paraphrase"],
                    status=data["status"],
                    polarity=data["polarity"],
                    user=_editor(request),
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return _done(
                    request,
                    article,
                    f"Saved {claim.party}'s claim “{_preview(claim.exact)}”.",
                    anchor=f"claim-item-{claim.pk}",
                )
    else:
        initial, stale = _selection(request, article)
        form = NewClaimForm(article=article, initial=initial)
    context = _form_context(
        article, form, mode="new", action=reverse("claims:claim-new", args=[article.slug])
    )
    context["stale_text"] = stale
    if form.initial.get("start") is not None:
        context["orphans"] = list(
            Claim.objects.for_article(article)
            .filter(anchor_state=Claim.AnchorState.ORPHANED)
            .select_related("party", "source")
        )
    return render_page(request, CLAIM_FORM, context, partial="form")


@editor_required("claims.view_claim", "newsroom.view_source")
@require_safe
def source_search(request: HttpRequest) -> HttpResponse:
    """The source picker's options narrowed to names and aliases containing what was typed."""
    query = " ".join(request.GET.get("source_q", "").split())
    sources = Source.objects.filter(active=True).select_related("party")
    if query:
        sources = (
            sources.filter(Q(name__icontains=query) | Q(aliases__name__icontains=query))
            .distinct()
            .prefetch_related("aliases")
        )
    found = list(sources[:50])
    lowered = query.casefold()
    for source in found:
        source.matched_alias = _alias_matching(source, lowered)  # type: ignore[attr-defined]
    found.sort(key=lambda s: (not s.name.casefold().startswith(lowered), s.name.casefold()))
    selected = request.GET.get("source", "")
    if found and selected not in {str(s.pk) for s in found}:
        selected = str(found[0].pk)
    return render(
        request,
        f"{CLAIM_FORM}#source-select",
        {"sources": found, "selected": selected, "query": query},
    )


def _alias_matching(source: Source, lowered: str) -> str:
    """The alias that matched what was typed, when the name itself did not."""
    if not lowered or lowered in source.name.casefold():
        return ""
    return next((a.name for a in source.aliases.all() if lowered in a.name.casefold()), "")


@editor_required("claims.change_claim")
@form_methods
@vary_on_headers("HX-Request")
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    article = claim.article
    if request.method == "POST":
        form = EditClaimForm(request.POST, article=article, current_source=claim.source)
        if form.is_valid():
            data = form.cleaned_data
            try:
                claim = services.claim_update(
                    claim=claim,
                    version=data["version"],
                    event=data["event"],
                    source=data["source"],
                    party=data["party"],
                    aspect=data["aspect"],
                    new_aspect=data["new_aspect"],
                    paraphrase=data["paraphrase"],
                    status=data["status"],
                    polarity=data["polarity"],
                    user=_editor(request),
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return _done(
                    request,
                    article,
                    f"Saved {claim.party}'s claim “{_preview(claim.exact)}”.",
                    anchor=f"claim-item-{claim.pk}",
                )
    else:
        follows_source = claim.party_id == claim.source.party_id
        form = EditClaimForm(
            article=article,
            current_source=claim.source,
            initial={
                "source": claim.source_id,
                "party": None if follows_source else claim.party_id,
                "event": claim.event_id,
                "aspect": claim.aspect_id,
                "paraphrase": claim.paraphrase,
                "status": claim.status,
                "polarity": claim.polarity,
                "version": claim.version,
            },
        )
    context = _form_context(
        article,
        form,
        mode="edit",
        action=reverse("claims:claim-edit", args=[claim.pk]),
        claim=claim,
    )
    context["links"] = _links_of(claim)
    return render_page(request, CLAIM_FORM, context, partial="form")


def _links_of(claim: Claim) -> list[LinkRow]:
    links = ClaimLink.objects.filter(Q(a=claim) | Q(b=claim)).select_related(
        "a__party", "a__source", "b__party", "b__source"
    )
    return [LinkRow(link, link.b if link.a_id == claim.pk else link.a) for link in links]


@editor_required("claims.change_claim")
@form_methods
@vary_on_headers("HX-Request")
def claim_reattach(request: HttpRequest, pk: int) -> HttpResponse:
    """Anchor a claim on other words: an orphan whose words are gone, or a claim misplaced."""
    claim = _get_claim_for_user(request, pk)
    article = claim.article
    stale = False
    if request.method == "POST":
        form = ReattachForm(request.POST, article=article)
        if form.is_valid():
            start, end = form.cleaned_data["span"]
            try:
                claim = services.claim_attach(
                    claim=claim,
                    version=form.cleaned_data["version"],
                    start=start,
                    end=end,
                    exact=article.body[start:end],
                    user=_editor(request),
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return _done(
                    request,
                    article,
                    f"Re-attached the claim to “{_preview(claim.exact)}”.",
                    anchor=f"claim-item-{claim.pk}",
                )
    else:
        initial, stale = _selection(request, article)
        initial.setdefault("quote", claim.exact)
        initial["version"] = claim.version
        form = ReattachForm(article=article, initial=initial)
    context = _form_context(
        article,
        form,
        mode="reattach",
        action=reverse("claims:claim-reattach", args=[claim.pk]),
        claim=claim,
    )
    context["stale_text"] = stale
    return render_page(request, CLAIM_FORM, context, partial="form")


@editor_required("claims.change_claim")
@require_POST
def claim_confirm_words(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Words are right": a claim moved by a fuzzy match is anchored where it now is."""
    claim = _get_claim_for_user(request, pk)
    form = ConfirmWordsForm(request.POST)
    if not form.is_valid():
        raise BadRequest("The form lacks the claim's version.")
    try:
        services.claim_attach(
            claim=claim,
            version=form.cleaned_data["version"],
            start=claim.start,
            end=claim.end,
            exact=claim.exact,
            user=_editor(request),
        )
    except ValidationError as error:
        return _done(request, claim.article, " ".join(error.messages), error=True)
    return _done(
        request,
        claim.article,
        f"Checked: “{_preview(claim.exact)}” stays where it is.",
        anchor=f"claim-item-{claim.pk}",
    )


@editor_required("claims.delete_claim")
@form_methods
@vary_on_headers("HX-Request")
def claim_delete(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    if request.method == "POST":
        services.claim_delete(claim=claim, user=_editor(request))
        return _done(
            request,
            claim.article,
            f"Deleted {claim.party}'s claim “{_preview(claim.exact)}”; "
            "it can be restored from Deleted claims.",
        )
    context = {"claim": claim, "article": claim.article, "links": _links_of(claim)}
    return render_page(request, "claims/claim_delete.html", context, partial="confirm")


# Links


def _link_kind(request: HttpRequest) -> str:
    kind = request.POST.get("kind") or request.GET.get("kind") or ""
    if kind not in ClaimLink.Kind.values:
        raise BadRequest("Say whether the claims contradict or corroborate each other.")
    return kind


@editor_required("claims.add_claimlink")
@form_methods
@vary_on_headers("HX-Request")
def link_new(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    kind = _link_kind(request)
    if request.method == "POST":
        form = ClaimLinkForm(request.POST, claim=claim, kind=kind)
        if form.is_valid():
            other = form.cleaned_data["other"]
            try:
                services.claim_link_create(
                    a=claim,
                    b=other,
                    kind=kind,
                    note=form.cleaned_data["note"],
                    user=_editor(request),
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                verb = "contradicts" if kind == ClaimLink.Kind.CONTRADICTS else "corroborates"
                return _done(
                    request,
                    claim.article,
                    f"Linked: “{_preview(claim.exact, 40)}” {verb} {other.party}'s "
                    f"“{_preview(other.exact, 40)}”.",
                    anchor=f"claim-item-{claim.pk}",
                )
    else:
        form = ClaimLinkForm(claim=claim, kind=kind)
    context = {
        "claim": claim,
        "article": claim.article,
        "form": form,
        "kind": kind,
        "contradicts": kind == ClaimLink.Kind.CONTRADICTS,
    }
    return render_page(request, "claims/link_form.html", context, partial="form")


@editor_required("claims.delete_claimlink")
@require_POST
def link_delete(request: HttpRequest, pk: int) -> HttpResponse:
    link = _get_link_for_user(request, pk)
    # Redraw the article the editor is looking at, which may hold either claim.
    slug = request.POST.get("article")
    article = _get_article_for_user(request, slug) if slug else link.a.article
    services.claim_link_delete(link=link, user=_editor(request))
    return _done(request, article, "Removed the link between the two claims.")


# History and deleted claims


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    record: Any
    action: str
    changes: list[Change]


HISTORY_FIELDS = [
    "exact",
    "start",
    "event",
    "source",
    "party",
    "aspect",
    "paraphrase",
    "status",
    "polarity",
    "anchor_state",
]
_NAMED = {"event": Event, "source": Source, "party": Party, "aspect": Aspect}


def _history_entries(records: list[Any]) -> list[HistoryEntry]:
    """Each record against the one before it, with ids turned into names."""
    ids: dict[str, set[int]] = {field: set() for field in _NAMED}
    for record in records:
        for field in _NAMED:
            if (value := getattr(record, f"{field}_id")) is not None:
                ids[field].add(value)
    names = {
        field: {pk: str(obj) for pk, obj in model.objects.in_bulk(ids[field]).items()}  # type: ignore[attr-defined]
        for field, model in _NAMED.items()
    }

    def show(field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if field in names:
            return names[field].get(value, f"(deleted, #{value})")
        if field == "status":
            return str(Claim.Status(value).label)
        if field == "polarity":
            return str(Claim.Polarity(value).label)
        if field == "anchor_state":
            return str(Claim.AnchorState(value).label)
        return str(value)

    entries: list[HistoryEntry] = []
    previous = None
    for record in records:
        kind = record.history_type
        changes: list[Change] = []
        if kind == "~" and previous is not None:
            delta = record.diff_against(previous, included_fields=HISTORY_FIELDS + ["end"])
            for change in delta.changes:
                if change.field == "end":
                    continue
                if change.field == "start":
                    changes.append(
                        Change(
                            "Position",
                            f"{previous.start}–{previous.end}",
                            f"{record.start}–{record.end}",
                        )
                    )
                    continue
                model_field = Claim._meta.get_field(change.field)
                label = str(getattr(model_field, "verbose_name", change.field)).capitalize()
                changes.append(
                    Change(label, show(change.field, change.old), show(change.field, change.new))
                )
            if not changes and record.end != previous.end:
                changes.append(
                    Change(
                        "Position",
                        f"{previous.start}–{previous.end}",
                        f"{record.start}–{record.end}",
                    )
                )
        action = {"+": "Created", "~": "Changed", "-": "Deleted"}[kind]
        if kind == "+" and record.history_change_reason:
            action = record.history_change_reason
        entries.append(HistoryEntry(record, action, changes))
        previous = record
    entries.reverse()
    return entries


@editor_required("claims.view_claim")
@require_safe
def claim_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Who changed the claim, when, and what; deleted claims keep their history too."""
    records = list(
        Claim.history.filter(id=pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    if not records:
        get_object_or_404(Claim.objects.none(), pk=pk)
    latest = records[-1]
    article = Article.objects.filter(pk=latest.article_id).first()
    link_records = list(
        ClaimLink.history.filter(Q(a_id=pk) | Q(b_id=pk))
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    others = Claim.objects.select_related("party").in_bulk(
        {r.b_id if r.a_id == pk else r.a_id for r in link_records}
    )
    for record in link_records:
        record.other = others.get(record.b_id if record.a_id == pk else record.a_id)
    context = {
        "claim_id": pk,
        "latest": latest,
        "deleted": latest.history_type == "-",
        "article": article,
        "entries": _history_entries(records),
        "link_records": link_records,
    }
    return render(request, "claims/claim_history.html", context)


@editor_required("claims.view_claim")
@require_safe
def deleted_claims(request: HttpRequest, slug: str) -> HttpResponse:
    article = _get_article_for_user(request, slug)
    records = (
        Claim.history.filter(article_id=article.pk)
        .exclude(id__in=Claim.objects.filter(article=article).values("id"))
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    latest: dict[int, Any] = {}
    for record in records:
        latest.setdefault(record.id, record)
    deleted = [r for r in latest.values() if r.history_type == "-"]
    sources = Source.objects.in_bulk({r.source_id for r in deleted})
    parties = Party.objects.in_bulk({r.party_id for r in deleted})
    for record in deleted:
        record.source_name = str(sources.get(record.source_id, "a deleted source"))
        record.party_slug = getattr(parties.get(record.party_id), "slug", "")
        record.party_name = str(parties.get(record.party_id, ""))
    return render(request, "claims/deleted_claims.html", {"article": article, "deleted": deleted})


@editor_required("claims.add_claim")
@require_POST
def claim_restore(request: HttpRequest, pk: int) -> HttpResponse:
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    try:
        restored = services.claim_restore(claim_id=pk, user=_editor(request))
    except ValidationError as error:
        messages.error(request, "This claim cannot be restored: " + " ".join(error.messages))
        return redirect(back or "newsroom:index")
    claim = restored.claim
    said = {
        "same": "on its words",
        "moved": "on its words, which have moved: check them (marked for review)",
        "orphaned": "as orphaned: its words are no longer in the article; re-attach it to "
        "new words or delete it",
    }[restored.words]
    links = (
        f", with {restored.links} link{'s' if restored.links != 1 else ''}"
        if restored.links
        else ""
    )
    notice = f"Restored “{_preview(claim.exact)}” {said}{links}."
    (messages.warning if restored.words == "orphaned" else messages.success)(request, notice)
    url = reverse("claims:annotate", args=[claim.article.slug])
    return redirect(f"{url}#claim-item-{claim.pk}")
