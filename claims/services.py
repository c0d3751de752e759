"""Writes on claims and their links: each one transaction, each one recorded in history.

Every function sets ``_history_user`` on what it saves, so django-simple-history names the
editor even outside a request (the middleware covers requests too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.anchoring import TextQuote, reanchor
from claims.models import Claim, ClaimLink
from newsroom.models import Article, Aspect, Event, Party, Source


def _aspect_for(event: Event, aspect: Aspect | None, new_aspect: str) -> Aspect | None:
    """The chosen point in dispute, or the one typed in (reusing one of the same title)."""
    title = " ".join(new_aspect.split())
    if not title:
        return aspect
    existing = Aspect.objects.filter(event=event, title__iexact=title).first()
    if existing is not None:
        return existing
    last = event.aspects.order_by("-order").values_list("order", flat=True).first()
    created = Aspect(event=event, title=title, order=(last or 0) + 1)
    created.full_clean()
    created.save()
    return created


def _lock_article(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _check_words(article: Article, start: int, end: int, exact: str) -> None:
    """Refuse offsets that no longer point at the words the editor saw."""
    if article.body[start:end] != exact:
        raise ValidationError(
            "The article text changed while you were tagging it: reload the page and "
            "select the words again.",
            code="moved",
        )


@transaction.atomic
def claim_create(
    *,
    article: Article,
    event: Event,
    source: Source,
    party: Party | None,
    start: int,
    end: int,
    exact: str,
    aspect: Aspect | None = None,
    new_aspect: str = "",
    paraphrase: str = "",
    status: str = Claim.Status.UNVERIFIED,
    polarity: str = Claim.Polarity.ASSERT,
    user: User,
) -> Claim:
    """Tag body[start:end] as a claim; `exact` is what the editor saw there."""
    article = _lock_article(article)
    _check_words(article, start, end, exact)
    claim = Claim(
        article=article,
        event=event,
        source=source,
        party=party,
        aspect=_aspect_for(event, aspect, new_aspect),
        start=start,
        end=end,
        paraphrase=paraphrase,
        status=status,
        polarity=polarity,
        created_by=user,
        updated_by=user,
    )
    claim.take_quote_from_body()
    claim.full_clean()
    claim._history_user = user  # type: ignore[attr-defined]
    claim.save()
    return claim


def _lock_claim(claim: Claim, version: int) -> Claim:
    """The claim, locked, if nobody has saved it since the editor loaded `version`."""
    current = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("updated_by", "article", "source", "event")
        .get(pk=claim.pk)
    )
    if current.version != version:
        who = current.updated_by.get_username() if current.updated_by else "someone"
        when = timezone.localtime(current.updated_at).strftime("%H:%M")
        raise ValidationError(
            f"Changed by {who} at {when} — reload to see their version.", code="stale"
        )
    return current


def _save_new_version(claim: Claim, user: User) -> None:
    claim.version += 1
    claim.updated_by = user
    claim._history_user = user  # type: ignore[attr-defined]
    claim.save()


def _move_links_to_party(claim: Claim) -> None:
    """Put the claim's new party on its links; the database refuses same-party contradictions."""
    try:
        with transaction.atomic():
            ClaimLink.objects.filter(a=claim).update(a_party=claim.party_id)
            ClaimLink.objects.filter(b=claim).update(b_party=claim.party_id)
    except IntegrityError:
        clash = (
            ClaimLink.objects.contradictions()
            .filter(Q(a=claim, b__party=claim.party_id) | Q(b=claim, a__party=claim.party_id))
            .select_related("a__source", "b__source")
            .first()
        )
        other = clash.other(claim) if clash else None
        said = f"“{other.exact[:60]}” ({other.source})" if other else "another claim"
        raise ValidationError(
            {"party": f"This claim contradicts {said}, also of that party; remove the link first."},
            code="contradiction_within_party",
        ) from None


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    version: int,
    event: Event,
    source: Source,
    party: Party | None,
    aspect: Aspect | None = None,
    new_aspect: str = "",
    paraphrase: str = "",
    status: str,
    polarity: str = Claim.Polarity.ASSERT,
    user: User,
) -> Claim:
    """Change who says it and about what; the words stay (see claim_attach)."""
    current = _lock_claim(claim, version)
    old_party_id, old_event_id = current.party_id, current.event_id
    current.event, current.source = event, source
    # An empty party follows the source (Claim.clean fills it in).
    current.party_id = party.pk if party else None  # type: ignore[assignment]
    current.aspect = _aspect_for(event, aspect, new_aspect)
    current.paraphrase, current.status, current.polarity = paraphrase, status, polarity
    current.full_clean()
    if current.event_id != old_event_id and (
        ClaimLink.objects.filter(Q(a=current) | Q(b=current)).exists()
    ):
        raise ValidationError(
            {"event": "This claim is linked to claims of its event: remove the links first."},
            code="linked_to_event",
        )
    _save_new_version(current, user)
    if current.party_id != old_party_id:
        _move_links_to_party(current)
    return current


@transaction.atomic
def claim_attach(
    *, claim: Claim, version: int, start: int, end: int, exact: str, user: User
) -> Claim:
    """Anchor the claim on body[start:end]: re-attach an orphan, or confirm moved words."""
    current = _lock_claim(claim, version)
    article = _lock_article(current.article)
    _check_words(article, start, end, exact)
    current.article = article
    current.start, current.end = start, end
    current.take_quote_from_body()
    current.anchor_state = Claim.AnchorState.ANCHORED
    current.full_clean()
    _save_new_version(current, user)
    return current


@transaction.atomic
def claim_delete(*, claim: Claim, user: User) -> None:
    """Delete the claim and its links; both stay in history and can be restored."""
    for link in ClaimLink.objects.filter(Q(a=claim) | Q(b=claim)):
        link._history_user = user  # type: ignore[attr-defined]
        # claim_restore brings back only the links that went with the claim.
        link._change_reason = _deleted_with(claim.pk)  # type: ignore[attr-defined]
        link.delete()
    claim._history_user = user  # type: ignore[attr-defined]
    claim.delete()


@transaction.atomic
def claim_link_create(*, a: Claim, b: Claim, kind: str, note: str = "", user: User) -> ClaimLink:
    link = ClaimLink(a=a, b=b, kind=kind, note=note, created_by=user)
    link.take_parties()
    link.full_clean()
    link._history_user = user  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            link.save()
    except IntegrityError:
        # Another editor linked the pair, or changed a party, since full_clean looked.
        raise ValidationError(
            "These claims were linked or changed by someone else a moment ago: reload and "
            "try again.",
            code="conflict",
        ) from None
    return link


@transaction.atomic
def claim_link_delete(*, link: ClaimLink, user: User) -> None:
    link._history_user = user  # type: ignore[attr-defined]
    link.delete()


@dataclass(frozen=True)
class Restored:
    claim: Claim
    words: Literal["same", "moved", "orphaned"]
    links: int


@transaction.atomic
def claim_restore(*, claim_id: int, user: User) -> Restored:
    """Bring a deleted claim back from its last history record, with its links.

    Its words are looked for again: where they were, or moved (then marked for review);
    if they are gone the claim comes back orphaned for the editor to re-attach.
    """
    if Claim.objects.filter(pk=claim_id).exists():
        raise ValidationError("This claim was restored already.", code="exists")
    record = Claim.history.filter(id=claim_id).order_by("-history_date", "-history_id").first()
    if record is None or record.history_type != "-":
        raise ValidationError("There is no deleted claim to restore.", code="missing")
    claim: Claim = record.instance
    article = Article.objects.select_for_update().filter(pk=claim.article_id).first()
    if article is None:
        raise ValidationError("Its article has been deleted.", code="no_article")
    if not Event.objects.filter(pk=claim.event_id, articles=article).exists():
        raise ValidationError(
            "Its article is no longer part of its event: add it back to the event first.",
            code="no_event",
        )
    if not Source.objects.filter(pk=claim.source_id).exists():
        raise ValidationError("Its source has been deleted.", code="no_source")
    if claim.aspect_id and not Aspect.objects.filter(pk=claim.aspect_id).exists():
        claim.aspect = None
    claim.article = article
    words: Literal["same", "moved", "orphaned"] = "same"
    if article.body[claim.start : claim.end] != claim.exact:
        anchor = reanchor(
            article.body,
            TextQuote(claim.exact, claim.prefix, claim.suffix),
            start=claim.start,
            end=claim.end,
        )
        if anchor is None:
            words = "orphaned"
            claim.anchor_state = Claim.AnchorState.ORPHANED
        else:
            words = "moved"
            claim.start, claim.end = anchor.start, anchor.end
            claim.take_quote_from_body()
            claim.anchor_state = Claim.AnchorState.REVIEW
    claim.full_clean()
    claim.version += 1
    claim.updated_by = user
    claim._history_user = user  # type: ignore[attr-defined]
    claim._change_reason = "Restored"  # type: ignore[attr-defined]
    claim.save(force_insert=True)
    # auto_now_add stamped the restore time; the claim was made when it was first made.
    Claim.objects.filter(pk=claim.pk).update(created_at=record.created_at)
    return Restored(claim=claim, words=words, links=_restore_links(claim, user))


def _deleted_with(claim_id: int) -> str:
    return f"Deleted with claim {claim_id}"


def _restore_links(claim: Claim, user: User) -> int:
    """Re-create the links deleted with the claim whose other claim is still there and fits."""
    records = ClaimLink.history.filter(
        Q(a_id=claim.pk) | Q(b_id=claim.pk), history_type="-"
    ).order_by("-history_date", "-history_id")
    restored = 0
    seen: set[int] = set()
    for record in records:
        if record.id in seen:
            continue
        seen.add(record.id)
        if record.history_change_reason != _deleted_with(claim.pk):
            continue  # removed on purpose before the claim went
        link: ClaimLink = record.instance
        if ClaimLink.objects.filter(pk=link.pk).exists():
            continue
        try:
            link.a = Claim.objects.get(pk=link.a_id)
            link.b = Claim.objects.get(pk=link.b_id)
            link.take_parties()
            link.full_clean()
        except (Claim.DoesNotExist, ValidationError):
            continue
        link._history_user = user  # type: ignore[attr-defined]
        link._change_reason = "Restored with its claim"  # type: ignore[attr-defined]
        with transaction.atomic():
            link.save(force_insert=True)
        restored += 1
    return restored
