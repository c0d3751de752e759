"""Newsroom writes that touch several rows: an event's parties, an article's body and claims."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from claims.anchoring import TextQuote, quote_at, reanchor_all
from claims.models import Claim
from newsroom.models import Article, Event, EventParty, Party

# Paths the editor URLs use for themselves, which an object's slug must not take.
RESERVED_SLUGS = frozenset({"new"})


def unique_slug(model: type[models.Model], title: str, *, exclude_pk: int | None = None) -> str:
    """A slug made from the title, with -2, -3... added when another row already has it."""
    max_length = getattr(model._meta.get_field("slug"), "max_length", None) or 50
    base = slugify(title)[: max_length - 6].strip("-") or model._meta.model_name or "item"
    taken = (
        set(
            model._default_manager.filter(slug__startswith=base)
            .exclude(pk=exclude_pk)
            .values_list("slug", flat=True)
        )
        | RESERVED_SLUGS
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def event_set_parties(*, event: Event, parties: Sequence[Party]) -> None:
    """Make `parties` the event's parties, in this order from left to right."""
    wanted = {party.pk: position for position, party in enumerate(parties)}
    current = {ep.party_id: ep for ep in EventParty.objects.select_for_update().filter(event=event)}
    EventParty.objects.filter(event=event).exclude(party_id__in=wanted).delete()
    moved = []
    for party_id, position in wanted.items():
        if (row := current.get(party_id)) is None:
            EventParty.objects.create(event=event, party_id=party_id, position=position)
        elif row.position != position:
            row.position = position
            moved.append(row)
    EventParty.objects.bulk_update(moved, ["position"])


class ChangedError(Exception):
    """Someone saved the object after the editor opened it."""

    def __init__(self, *, by: User | None, at: datetime) -> None:
        who = by.get_username() if by else "someone"
        when = timezone.localtime(at).strftime("%H:%M")
        super().__init__(f"Changed by {who} at {when} — reload to see their version")


class ArticleChangedError(ChangedError):
    def __init__(self, article: Article) -> None:
        super().__init__(by=article.updated_by, at=article.updated_at)


class EventChangedError(ChangedError):
    def __init__(self, event: Event) -> None:
        super().__init__(by=event.updated_by, at=event.updated_at)


def event_lock_for_save(*, event: Event, expected_version: int, user: User) -> None:
    """Lock the stored event until the caller's transaction ends and give `event` the next
    version, saved by `user`, for the caller's save to write.

    Raises EventChangedError, changing nothing, when someone saved the event after the
    editor loaded `expected_version`. Must run inside transaction.atomic.
    """
    stored = (
        Event.objects.select_for_update(of=("self",))
        .select_related("updated_by")
        .only("version", "updated_at", "updated_by__username")
        .get(pk=event.pk)
    )
    if stored.version != expected_version:
        raise EventChangedError(stored)
    event.version = expected_version + 1
    event.updated_by = user


@dataclass(frozen=True)
class ReanchorReport:
    """What became of an article's claims after its body changed."""

    kept: int = 0
    moved: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    body_changed: bool = True

    def summary(self) -> str:
        if not self.body_changed:
            return "Article saved."
        if not (self.kept or self.moved or self.fuzzy or self.orphaned):
            return "Body saved. The article has no claims yet."
        kept = f"{self.kept} claim{'s' if self.kept != 1 else ''} kept " + (
            "its words" if self.kept == 1 else "their words"
        )
        review = f"{self.fuzzy} need{'s' if self.fuzzy == 1 else ''} review"
        orphaned = f"{self.orphaned} orphaned" + (
            " (see the Orphaned list)" if self.orphaned else ""
        )
        return f"Body saved. {kept}, {self.moved} moved, {review}, {orphaned}"


CLAIM_ANCHOR_FIELDS = [
    "start", "end", "exact", "prefix", "suffix", "anchor_state", "version", "updated_by",
    "updated_at",
]  # fmt: skip


def article_update(
    *, article: Article, user: User, expected_version: int, **changes: Any
) -> ReanchorReport:
    """Save an editor's changes to an article and re-anchor its claims on the new body.

    `changes` are field values; `events`, if given, replaces the article's events. Raises
    ArticleChangedError, changing nothing, when the article is no longer at
    `expected_version`.
    """
    events: Iterable[Event] | None = changes.pop("events", None)
    with transaction.atomic():
        locked = (
            Article.objects.select_for_update(of=("self",))
            .select_related("updated_by")
            .get(pk=article.pk)
        )
        if locked.version != expected_version:
            raise ArticleChangedError(locked)
        old_body = locked.body
        for name, value in changes.items():
            setattr(locked, name, value)
        locked.version += 1
        locked.updated_by = user
        locked._history_user = user  # type: ignore[attr-defined]
        locked.save()
        if events is not None:
            locked.events.set(events)
        report = (
            _reanchor_claims(locked, user)
            if locked.body != old_body
            else ReanchorReport(body_changed=False)
        )
    article.refresh_from_db()
    return report


def _reanchor_claims(article: Article, user: User) -> ReanchorReport:
    claims = list(Claim.objects.select_for_update().filter(article=article).order_by("pk"))
    body = article.body
    anchors = reanchor_all(
        body,
        ((c.pk, TextQuote(c.exact, c.prefix, c.suffix), c.start, c.end) for c in claims),
    )
    counts = {"kept": 0, "moved": 0, "fuzzy": 0, "orphaned": 0}
    now = timezone.now()
    changed: list[Claim] = []
    for claim in claims:
        before = (claim.start, claim.end, claim.exact, claim.prefix, claim.suffix)
        state_before = claim.anchor_state
        anchor = anchors[claim.pk]
        if anchor is None:
            # The old span and quote stay as they were: they satisfy the span constraints
            # and show the editor which words went missing.
            counts["orphaned"] += 1
            claim.anchor_state = Claim.AnchorState.ORPHANED
        else:
            quote = quote_at(body, anchor.start, anchor.end)
            claim.start, claim.end = anchor.start, anchor.end
            claim.exact, claim.prefix, claim.suffix = quote.exact, quote.prefix, quote.suffix
            if anchor.method == "fuzzy":
                counts["fuzzy"] += 1
                claim.anchor_state = Claim.AnchorState.REVIEW
            else:
                counts["kept" if anchor.method == "position" else "moved"] += 1
                # A claim still waiting for review keeps waiting: an edit elsewhere in the
                # body is no editor's confirmation of its words.
                if claim.anchor_state != Claim.AnchorState.REVIEW:
                    claim.anchor_state = Claim.AnchorState.ANCHORED
        after = (claim.start, claim.end, claim.exact, claim.prefix, claim.suffix)
        if after != before or claim.anchor_state != state_before:
            claim.version += 1
            claim.updated_by = user
            claim.updated_at = now
            changed.append(claim)
    if changed:
        bulk_update_with_history(changed, Claim, CLAIM_ANCHOR_FIELDS, default_user=user)
    return ReanchorReport(
        kept=counts["kept"],
        moved=counts["moved"],
        fuzzy=counts["fuzzy"],
        orphaned=counts["orphaned"],
    )
