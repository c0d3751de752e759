"""The newsroom domain: parties, the sources that speak for them, events and articles."""

from __future__ import annotations

from typing import Self

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from newsroom.colours import readable_ink

colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Enter a colour as # and six hex digits, for example #1f4e9c."
)


def updated_by_field() -> models.ForeignKey:
    """Who last saved an editable record (set by the views and the admin, not by forms)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )


class Party(models.Model):
    """A side in a dispute: Moscow, Kyiv, or International for third parties."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    colour = models.CharField(
        max_length=7,
        validators=[colour_validator],
        help_text="Hex colour such as #1f4e9c; text on it is drawn black or white, "
        "whichever passes WCAG AA.",
    )
    description = models.TextField(blank=True)
    aliases = models.TextField(
        blank=True,
        help_text="Other names and demonyms, one per line (Russia, Russian, Kremlin); "
        "spaCy suggestions use them to recognise the party.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return self.name

    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    @property
    def ink(self) -> str:
        """The text colour that reads on this party's colour (black or white)."""
        return readable_ink(self.colour)


class Source(models.Model):
    """Who speaks: a government, a ministry, an outlet, an organisation, a person."""

    class Kind(models.TextChoices):
        GOVERNMENT = "government", "Government"
        MILITARY = "military", "Military"
        STATE_MEDIA = "state_media", "State media"
        INDEPENDENT_MEDIA = "independent_media", "Independent media"
        INTERNATIONAL = "international", "International organisation"
        INDIVIDUAL = "individual", "Individual"

    name = models.CharField(max_length=160, unique=True)
    kind = models.CharField(max_length=20, choices=Kind)
    party = models.ForeignKey(
        Party,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sources",
        help_text="Leave empty for an independent outlet that speaks for no party.",
    )
    url = models.URLField(blank=True)
    notes = models.TextField(blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SourceAlias(models.Model):
    """Another way articles name a source: "the Kremlin", "Russian officials"."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=160)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="sourcealias_name_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.name


class EventQuerySet(models.QuerySet["Event"]):
    def published(self) -> Self:
        return self.filter(status=Event.Status.PUBLISHED)


class Event(models.Model):
    """A contested happening, told differently by each party."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    date = models.DateField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    parties = models.ManyToManyField(Party, through="EventParty", related_name="events")
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = updated_by_field()

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "title"]
        indexes = [models.Index(fields=["status", "-date"], name="event_status_date_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("newsroom:event", kwargs={"slug": self.slug})

    def ordered_parties(self) -> list[Party]:
        return [ep.party for ep in self.event_parties.select_related("party")]


class EventParty(models.Model):
    """A party in dispute at an event, with its column position (left to right)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="event_parties")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="event_parties")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "party"], name="eventparty_once_per_event"),
        ]

    def __str__(self) -> str:
        return f"{self.event} – {self.party}"


class Aspect(models.Model):
    """A point in dispute at an event: "What was hit?", "Who was killed?"."""

    class Category(models.TextChoices):
        CASUALTIES = "casualties", "Casualties"
        TARGET = "target", "Target"
        RESPONSIBILITY = "responsibility", "Responsibility"
        LEGALITY = "legality", "Legality"
        INTENT = "intent", "Intent"
        WEAPON = "weapon", "Weapon"
        OTHER = "other", "Other"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="aspects")
    title = models.CharField(max_length=200)
    category = models.CharField(max_length=20, choices=Category, default=Category.OTHER)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint("event", Lower("title"), name="aspect_title_unique_per_event"),
        ]

    def __str__(self) -> str:
        return self.title


class Article(models.Model):
    """A news article; claims point at exact character spans of its body."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    outlet = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    url = models.URLField(blank=True, max_length=500)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=12, default="en")
    body = models.TextField()
    events = models.ManyToManyField(Event, related_name="articles", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = updated_by_field()

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-published_at", "title"]
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("newsroom:article", kwargs={"slug": self.slug})
