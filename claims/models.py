"""Claims: what a source asserts about an event, anchored on the exact words of an article."""

from __future__ import annotations

from typing import Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least, Length
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.anchoring import CONTEXT_CHARS, quote_at
from newsroom.models import Article, Aspect, Event, Party, Source, updated_by_field


class ClaimQuerySet(models.QuerySet["Claim"]):
    def for_event(self, event: Event) -> Self:
        return self.filter(event=event)

    def for_article(self, article: Article) -> Self:
        return self.filter(article=article)

    def with_related(self) -> Self:
        return self.select_related("source", "party", "aspect", "article", "event")

    def in_text_order(self) -> Self:
        return self.order_by("start", "end", "id")

    def anchored(self) -> Self:
        return self.exclude(anchor_state=Claim.AnchorState.ORPHANED)


class Claim(models.Model):
    """What a source asserts about an event, tied to a span of an article's body.

    The span is kept twice, as the W3C Web Annotation selectors do: by position
    (start/end offsets) and by quote (exact text plus prefix and suffix context),
    so that it can be found again after the body is edited.
    """

    class Status(models.TextChoices):
        UNVERIFIED = "unverified", "Unverified"
        DISPUTED = "disputed", "Disputed"
        CORROBORATED = "corroborated", "Corroborated"
        CONFIRMED = "confirmed", "Confirmed"
        REFUTED = "refuted", "Refuted"

    class Polarity(models.TextChoices):
        ASSERT = "assert", "Asserts"
        DENY = "deny", "Denies"

    class AnchorState(models.TextChoices):
        ANCHORED = "anchored", "Anchored"
        REVIEW = "review", "Moved by fuzzy match: check the words"
        ORPHANED = "orphaned", "Orphaned: its words are gone"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="claims")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    # blank: when left empty, clean() takes the source's party; the column stays NOT NULL.
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="claims", blank=True)
    aspect = models.ForeignKey(
        Aspect, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    exact = models.TextField()
    prefix = models.CharField(max_length=CONTEXT_CHARS, blank=True)
    suffix = models.CharField(max_length=CONTEXT_CHARS, blank=True)
    paraphrase = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.UNVERIFIED)
    polarity = models.CharField(max_length=6, choices=Polarity, default=Polarity.ASSERT)
    anchor_state = models.CharField(
        max_length=10, choices=AnchorState, default=AnchorState.ANCHORED
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims_created",
    )
    updated_by = updated_by_field()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "end", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("exact")),
                name="claim_quote_length_matches_span",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "party"], name="claim_event_party_idx"),
            models.Index(fields=["article", "start"], name="claim_article_start_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.paraphrase or self.exact[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("newsroom:event", kwargs={"slug": self.event.slug}) + f"#claim-{self.pk}"

    @property
    def is_orphaned(self) -> bool:
        return self.anchor_state == self.AnchorState.ORPHANED

    def take_quote_from_body(self) -> None:
        """Fill exact, prefix and suffix from the article body at start/end."""
        quote = quote_at(self.article.body, self.start, self.end)
        self.exact, self.prefix, self.suffix = quote.exact, quote.prefix, quote.suffix

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.party_id is None and self.source_id is not None:
            if self.source.party_id is None:
                errors["party"] = (
                    f"{self.source} speaks for no party: choose the party this claim is for."
                )
            else:
                self.party_id = self.source.party_id
        if self.article_id is not None and self.start is not None and self.end is not None:
            body = self.article.body
            if self.end <= self.start:
                errors["end"] = "The span must end after it starts."
            elif self.end > len(body) and not self.is_orphaned:
                errors["end"] = (
                    f"The span ends at {self.end}, past the article's end ({len(body)})."
                )
            elif not self.is_orphaned and body[self.start : self.end] != self.exact:
                errors["exact"] = (
                    f"The quoted text does not match the article at {self.start}–{self.end}: "
                    f"the article says “{body[self.start : self.end][:80]}”."
                )
        if (
            self.article_id is not None
            and self.event_id is not None
            and not self.article.events.filter(pk=self.event_id).exists()
        ):
            errors["article"] = f"“{self.article}” is not an article of “{self.event}”."
        if (
            self.event_id is not None
            and self.party_id is not None
            and not self.event.event_parties.filter(party_id=self.party_id).exists()
        ):
            errors["party"] = f"{self.party} is not one of the parties of “{self.event}”."
        if self.aspect is not None and self.aspect.event_id != self.event_id:
            errors["aspect"] = "That point in dispute belongs to another event."
        if errors:
            raise ValidationError(errors)


class ClaimLinkQuerySet(models.QuerySet["ClaimLink"]):
    def for_event(self, event: Event) -> Self:
        return self.filter(a__event=event)

    def contradictions(self) -> Self:
        return self.filter(kind=ClaimLink.Kind.CONTRADICTS)

    def anchored(self) -> Self:
        """Links whose two claims are both on their words: an orphaned side is for editors."""
        orphaned = Claim.AnchorState.ORPHANED
        return self.exclude(a__anchor_state=orphaned).exclude(b__anchor_state=orphaned)


class ClaimLink(models.Model):
    """Two claims of one event that contradict or corroborate each other.

    The parties of both claims are copied here so that the database itself can refuse
    a contradiction within one party; the services keep them in step with the claims.
    """

    class Kind(models.TextChoices):
        CONTRADICTS = "contradicts", "Contradicts"
        CORROBORATES = "corroborates", "Corroborates"

    a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_from")
    b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_to")
    a_party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="+", editable=False)
    b_party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="+", editable=False)
    kind = models.CharField(max_length=12, choices=Kind)
    note = models.CharField(max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    objects = ClaimLinkQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=~Q(a=F("b")), name="claimlink_not_self"),
            models.UniqueConstraint(
                Least("a", "b"), Greatest("a", "b"), name="claimlink_one_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(kind="corroborates") | ~Q(a_party=F("b_party")),
                name="claimlink_contradicts_across_parties",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.a_id} {self.kind} {self.b_id}"

    def other(self, claim: Claim) -> Claim:
        return self.b if claim.pk == self.a_id else self.a

    def take_parties(self) -> None:
        """Copy the claims' parties, which the database checks contradictions against."""
        self.a_party_id, self.b_party_id = self.a.party_id, self.b.party_id

    def clean(self) -> None:
        super().clean()
        if self.a_id is None or self.b_id is None:
            return
        if self.a_id == self.b_id:
            raise ValidationError("A claim cannot be linked to itself.")
        if self.a.event_id != self.b.event_id:
            raise ValidationError("Only claims of the same event can be linked.")
        self.take_parties()
        if self.kind == self.Kind.CONTRADICTS and self.a_party_id == self.b_party_id:
            raise ValidationError(
                f"A contradiction is between two parties; these claims are both {self.a.party}'s."
            )
        pair = ClaimLink.objects.filter(
            Q(a_id=self.a_id, b_id=self.b_id) | Q(a_id=self.b_id, b_id=self.a_id)
        ).exclude(pk=self.pk)
        if pair.exists():
            raise ValidationError("These two claims are already linked.")


class SuggestionRun(models.Model):
    """One spaCy pass over one article, run by a background task."""

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting for a worker"
        RUNNING = "running", "Reading the article"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestion_runs")
    batch = models.UUIDField(null=True, blank=True, db_index=True)
    state = models.CharField(max_length=10, choices=State, default=State.QUEUED)
    task_id = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)
    found = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"

    def __str__(self) -> str:
        return f"Suggestions for {self.article} ({self.get_state_display()})"

    @property
    def is_finished(self) -> bool:
        return self.state in {self.State.DONE, self.State.FAILED}


class SuggestionState(models.TextChoices):
    PENDING = "pending", "Waiting for an editor"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class ClaimSuggestion(models.Model):
    """A claim that spaCy found in an article, for an editor to accept, edit or reject.

    Suggestions are unique per article and span, so re-running is idempotent and a rejected
    span is remembered and not suggested again.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    run = models.ForeignKey(SuggestionRun, on_delete=models.SET_NULL, null=True, related_name="+")
    party_name = models.CharField(max_length=80, blank=True)
    source_text = models.CharField(max_length=300)
    source_start = models.PositiveIntegerField()
    source_end = models.PositiveIntegerField()
    cue = models.CharField(max_length=100, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    exact = models.TextField()
    aspect_category = models.CharField(
        max_length=20, choices=Aspect.Category, default=Aspect.Category.OTHER
    )
    polarity = models.CharField(max_length=6, choices=Claim.Polarity, default=Claim.Polarity.ASSERT)
    confidence = models.FloatField(default=0.0)
    state = models.CharField(
        max_length=10, choices=SuggestionState, default=SuggestionState.PENDING
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggestions"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "start", "end"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="claimsuggestion_once_per_span"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="claimsuggestion_span_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_text}: {self.exact[:60]}"


class LinkSuggestion(models.Model):
    """A contradiction that spaCy proposes between two saved claims of different parties."""

    a = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    b = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reason = models.CharField(max_length=300)
    state = models.CharField(
        max_length=10, choices=SuggestionState, default=SuggestionState.PENDING
    )
    link = models.ForeignKey(
        ClaimLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(
                Least("a", "b"), Greatest("a", "b"), name="linksuggestion_one_per_pair"
            ),
            models.CheckConstraint(condition=~Q(a=F("b")), name="linksuggestion_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.a_id} contradicts {self.b_id}? ({self.score:.2f})"
