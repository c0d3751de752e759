"""spaCy suggestions in the app: build the lexicon from the database, store what the
pipeline finds, and turn an editor's accept or reject into claims and links.

The pipeline itself lives in claims/nlp (no Django); the background tasks in claims/tasks.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims import services
from claims.models import (
    Claim,
    ClaimLink,
    ClaimSuggestion,
    LinkSuggestion,
    SuggestionRun,
    SuggestionState,
)
from claims.nlp.types import ClaimInput, Extraction, Lexicon, PartySpec, SourceSpec
from newsroom.models import Article, Aspect, Event, Party, Source


def lexicon_from_database() -> Lexicon:
    """Every party with its names, and every active source with its aliases and party."""
    parties = tuple(
        PartySpec(name=p.name, aliases=tuple(p.alias_list())) for p in Party.objects.all()
    )
    sources = tuple(
        SourceSpec(
            name=s.name,
            aliases=tuple(a.name for a in s.aliases.all()),
            party=s.party.name if s.party else None,
        )
        for s in Source.objects.filter(active=True)
        .select_related("party")
        .prefetch_related("aliases")
    )
    return Lexicon(parties=parties, sources=sources)


def suggestion_run_start(
    *, article: Article, user: User | None, batch: uuid.UUID | None = None
) -> SuggestionRun:
    """Record a run and enqueue its task once the row is committed."""
    from claims.tasks import suggest_claims

    run = SuggestionRun.objects.create(article=article, created_by=user, batch=batch)

    def enqueue() -> None:
        result = suggest_claims.enqueue(run.pk)
        SuggestionRun.objects.filter(pk=run.pk, task_id="").update(task_id=str(result.id))

    transaction.on_commit(enqueue)
    return run


def event_suggestion_runs_start(*, event: Event, user: User | None) -> uuid.UUID:
    batch = uuid.uuid4()
    with transaction.atomic():
        for article in event.articles.all():
            suggestion_run_start(article=article, user=user, batch=batch)
    return batch


@dataclass(frozen=True)
class StoredSuggestions:
    found: int
    new: int


@transaction.atomic
def suggestions_store(*, run: SuggestionRun, extraction: Extraction) -> StoredSuggestions:
    """Keep what the pipeline found; spans already suggested (and decided) are left alone."""
    body = run.article.body
    # Spans already suggested (whatever was decided) or already tagged by an editor.
    known = set(
        ClaimSuggestion.objects.filter(article=run.article).values_list("start", "end")
    ) | set(Claim.objects.filter(article=run.article).values_list("start", "end"))
    fresh = []
    for found in extraction.claims:
        if (found.start, found.end) in known or body[found.start : found.end] != found.text:
            continue
        known.add((found.start, found.end))
        fresh.append(
            ClaimSuggestion(
                article=run.article,
                run=run,
                party_name=found.party or "",
                source_text=found.source[:300],
                source_start=found.source_start,
                source_end=found.source_end,
                cue=found.cue[:100],
                cue_start=found.cue_start,
                cue_end=found.cue_end,
                start=found.start,
                end=found.end,
                exact=found.text,
                aspect_category=found.aspect
                if found.aspect in Aspect.Category.values
                else Aspect.Category.OTHER,
                polarity=found.polarity
                if found.polarity in Claim.Polarity.values
                else Claim.Polarity.ASSERT,
                confidence=found.confidence,
            )
        )
    ClaimSuggestion.objects.bulk_create(fresh, ignore_conflicts=True)
    return StoredSuggestions(found=len(extraction.claims), new=len(fresh))


def link_suggestions_refresh(*, event: Event) -> int:
    """Propose contradictions between the event's claims; pairs already decided stay decided."""
    from claims.nlp import suggest_contradictions

    claims = list(Claim.objects.for_event(event).anchored().select_related("party", "aspect"))
    inputs = [
        ClaimInput(
            id=str(c.pk),
            party=c.party.name,
            text=c.paraphrase + " — " + c.exact if c.paraphrase else c.exact,
            aspect=c.aspect.category if c.aspect else Aspect.Category.OTHER,
            polarity=c.polarity,
            article=str(c.article_id),
            start=c.start,
        )
        for c in claims
    ]
    linked = {
        frozenset((a, b)) for a, b in ClaimLink.objects.for_event(event).values_list("a_id", "b_id")
    }
    existing = {
        frozenset((a, b))
        for a, b in LinkSuggestion.objects.filter(a__event=event).values_list("a_id", "b_id")
    }
    fresh = []
    for found in suggest_contradictions(inputs, lexicon=lexicon_from_database()):
        pair = frozenset((int(found.a), int(found.b)))
        if pair in linked or pair in existing or len(pair) != 2:
            continue
        existing.add(pair)
        fresh.append(
            LinkSuggestion(
                a_id=int(found.a), b_id=int(found.b), score=found.score, reason=found.reason[:300]
            )
        )
    LinkSuggestion.objects.bulk_create(fresh, ignore_conflicts=True)
    return len(fresh)


class SuggestionConflict(Exception):
    """The suggestion was decided already, or its words are no longer in the article."""


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: ClaimSuggestion,
    user: User,
    event: Event,
    source: Source | None,
    new_source_name: str = "",
    new_source_kind: str = Source.Kind.GOVERNMENT,
    party: Party,
    aspect: Aspect | None,
    paraphrase: str,
    status: str,
) -> Claim:
    """Turn a suggestion into a claim; with no `source`, create the one the editor named.

    The new source is made inside the same transaction, so a refused accept leaves none behind.
    """
    suggestion = ClaimSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.state != SuggestionState.PENDING:
        raise SuggestionConflict(
            f"This suggestion was already {suggestion.get_state_display().lower()}."
        )
    if source is None:
        source, _ = Source.objects.get_or_create(
            name=new_source_name.strip(), defaults={"kind": new_source_kind, "party": party}
        )
    article = suggestion.article
    if article.body[suggestion.start : suggestion.end] != suggestion.exact:
        raise SuggestionConflict(
            "The article has changed since this was suggested: run the suggestions again."
        )
    claim = services.claim_create(
        article=article,
        event=event,
        source=source,
        party=party,
        aspect=aspect,
        start=suggestion.start,
        end=suggestion.end,
        exact=suggestion.exact,
        paraphrase=paraphrase,
        status=status,
        polarity=suggestion.polarity,
        user=user,
    )
    suggestion.state = SuggestionState.ACCEPTED
    suggestion.claim = claim
    suggestion.decided_by = user
    suggestion.save(update_fields=["state", "claim", "decided_by"])
    transaction.on_commit(lambda: _refresh_links_later(event))
    return claim


def _refresh_links_later(event: Event) -> None:
    from claims.tasks import suggest_links

    suggest_links.enqueue(event.pk)


def suggestion_reject(*, suggestion: ClaimSuggestion, user: User) -> None:
    ClaimSuggestion.objects.filter(pk=suggestion.pk, state=SuggestionState.PENDING).update(
        state=SuggestionState.REJECTED, decided_by=user
    )


@transaction.atomic
def link_suggestion_accept(*, suggestion: LinkSuggestion, user: User, note: str = "") -> ClaimLink:
    suggestion = (
        LinkSuggestion.objects.select_for_update().select_related("a", "b").get(pk=suggestion.pk)
    )
    if suggestion.state != SuggestionState.PENDING:
        raise SuggestionConflict(
            f"This suggestion was already {suggestion.get_state_display().lower()}."
        )
    link = ClaimLink(
        a=suggestion.a,
        b=suggestion.b,
        kind=ClaimLink.Kind.CONTRADICTS,
        note=note or suggestion.reason,
        created_by=user,
    )
    link.take_parties()
    link.full_clean()
    try:
        with transaction.atomic():
            link.save()
    except IntegrityError as error:
        raise SuggestionConflict(
            "These claims can no longer be linked as contradicting."
        ) from error
    suggestion.state = SuggestionState.ACCEPTED
    suggestion.link = link
    suggestion.decided_by = user
    suggestion.save(update_fields=["state", "link", "decided_by"])
    return link


def link_suggestion_reject(*, suggestion: LinkSuggestion, user: User) -> None:
    LinkSuggestion.objects.filter(pk=suggestion.pk, state=SuggestionState.PENDING).update(
        state=SuggestionState.REJECTED, decided_by=user
    )


def runs_progress(runs: Iterable[SuggestionRun]) -> tuple[int, int]:
    """(finished, total) for a progress bar."""
    runs = list(runs)
    return sum(1 for r in runs if r.is_finished), len(runs)


def pending_link_suggestions(event: Event) -> list[LinkSuggestion]:
    return list(
        LinkSuggestion.objects.filter(a__event=event, state=SuggestionState.PENDING)
        .select_related("a__party", "b__party", "a__source", "b__source", "a__aspect")
        .filter(~Q(a__anchor_state=Claim.AnchorState.ORPHANED))
    )


def finish_run(
    run: SuggestionRun, *, state: str, error: str = "", stored: StoredSuggestions | None = None
) -> None:
    run.state = state
    run.error = error
    run.finished_at = timezone.now()
    if stored:
        run.found, run.new = stored.found, stored.new
    run.save(update_fields=["state", "error", "finished_at", "found", "new"])
