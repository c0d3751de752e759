"""Editor forms for events (with their parties and points in dispute) and articles."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Count

from claims.models import Claim
from newsroom.importing import NotText, decode_text, html_to_text, normalise_text
from newsroom.models import Article, Aspect, Event, Party, Source
from newsroom.services import RESERVED_SLUGS, unique_slug

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TEXT_EXTENSIONS = frozenset({".txt"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
# Party columns offered on the event form beyond those already chosen (no JavaScript needed).
SPARE_PARTY_COLUMNS = 2
MIN_PARTY_COLUMNS = 4


def clean_body(text: str) -> str:
    """An article body as stored: one newline convention, not empty, not too long."""
    if "\x00" in text:
        raise ValidationError("The text contains a NUL character, which no article has.")
    body = normalise_text(text)
    if not body.strip():
        raise ValidationError("The article has no text.")
    limit = settings.PARALLAX_MAX_ARTICLE_CHARS
    if len(body) > limit:
        raise ValidationError(
            f"The article is {len(body):,} characters long; the most Parallax takes is {limit:,}."
        )
    return body


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class EventForm(forms.ModelForm[Event]):
    # The version the editor loaded, checked on save so that a second editor's save is not
    # silently overwritten (see services.event_lock_for_save).
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta:
        model = Event
        fields = ["title", "slug", "date", "place", "summary", "status"]
        widgets = {
            "date": DateInput(),
            "summary": forms.Textarea(attrs={"rows": 4}),
            "status": forms.RadioSelect(),
        }
        help_texts = {
            "slug": "What follows /events/ in the event's address. "
            "Leave it empty to make it from the title.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["version"].initial = self.instance.version
        self.fields["version"].required = self.instance.pk is not None

    def clean_slug(self) -> str:
        slug: str = self.cleaned_data.get("slug", "")
        if not slug:
            return slug
        if slug in RESERVED_SLUGS:
            raise ValidationError(f"“{slug}” is reserved for the editor pages; choose another.")
        clash = Event.objects.filter(slug=slug).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise ValidationError(
                f"The address /events/{slug}/ is already taken by “{clash.title}”; "
                "choose another or leave it empty."
            )
        return slug

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("slug") and cleaned.get("title"):
            cleaned["slug"] = unique_slug(Event, cleaned["title"], exclude_pk=self.instance.pk)
            self.instance.slug = cleaned["slug"]
        return cleaned

    def validate_unique(self) -> None:
        """Slug is the only unique field, and clean_slug names the clashing event."""


class EventPartiesForm(forms.Form):
    """The parties in dispute as numbered columns, left to right; empty columns are skipped."""

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "parties")
        super().__init__(*args, **kwargs)
        self.event = event
        current = event.ordered_parties() if event.pk else []
        columns = max(MIN_PARTY_COLUMNS, len(current) + SPARE_PARTY_COLUMNS)
        queryset = Party.objects.all()
        for n in range(1, columns + 1):
            label = f"Column {n}" + (" (left)" if n == 1 else "")
            self.fields[f"column_{n}"] = forms.ModelChoiceField(
                queryset=queryset,
                required=False,
                label=label,
                empty_label="— none —",
                initial=current[n - 1].pk if n <= len(current) else None,
            )
        self.parties: list[Party] = []

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        chosen: list[Party] = []
        for name in self.fields:
            party = cleaned.get(name)
            if party is None:
                continue
            if party in chosen:
                column = chosen.index(party) + 1
                self.add_error(name, f"{party} is already in column {column}.")
            else:
                chosen.append(party)
        if len(chosen) < 2:
            raise ValidationError(
                "Choose at least two different parties: an event is a dispute between sides."
            )
        if self.event.pk:
            dropped = (
                Claim.objects.filter(event=self.event)
                .exclude(party__in=chosen)
                .values("party__name")
                .annotate(n=Count("id"))
                .order_by("party__name")
            )
            for row in dropped:
                self.add_error(
                    None,
                    f"{row['party__name']} has {row['n']} claim{'s' if row['n'] != 1 else ''} "
                    "in this event: keep it, or move or delete those claims first.",
                )
        self.parties = chosen
        return cleaned


class AspectForm(forms.ModelForm[Aspect]):
    class Meta:
        model = Aspect
        fields = ["title", "category", "order"]
        labels = {"title": "Point in dispute"}


class BaseAspectFormSet(forms.BaseInlineFormSet):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        instance: Event | None = kwargs.get("instance")
        if "initial" not in kwargs:
            # New points go after the existing ones unless the editor says otherwise.
            existing = instance.aspects.all() if instance is not None and instance.pk else []
            last = max((aspect.order for aspect in existing), default=0)
            kwargs["initial"] = [{"order": last + n} for n in range(1, self.extra + 1)]
        super().__init__(*args, **kwargs)

    def add_fields(self, form: forms.ModelForm[Any], index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = "Remove this point"

    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            if not form.has_changed() or form.cleaned_data.get("DELETE"):
                continue
            title = (form.cleaned_data.get("title") or "").strip().lower()
            if title and title in seen:
                form.add_error("title", "Another point in dispute already has this title.")
            seen.add(title)


AspectFormSet = forms.inlineformset_factory(
    Event,
    Aspect,
    form=AspectForm,
    formset=BaseAspectFormSet,
    extra=2,
    can_delete=True,
    can_delete_extra=False,
)


class PublishForm(forms.Form):
    status = forms.ChoiceField(choices=Event.Status.choices)

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event = event

    def clean_status(self) -> str:
        status: str = self.cleaned_data["status"]
        if status == Event.Status.PUBLISHED and self.event.event_parties.count() < 2:
            raise ValidationError("An event needs at least two parties before it is published.")
        return status


class ArticleMetaForm(forms.ModelForm[Article]):
    """The fields an editor gives an article besides its body."""

    class Meta:
        model = Article
        fields = ["title", "outlet", "url", "published_at", "language", "events"]
        widgets = {
            "published_at": DateTimeInput(),
            "events": forms.CheckboxSelectMultiple(),
        }
        labels = {"url": "Address of the original", "published_at": "Published at (UTC)"}
        help_texts = {"language": "A language code such as en, uk or ru."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        outlet = cast(forms.ModelChoiceField, self.fields["outlet"])
        outlet.queryset = Source.objects.order_by("name")
        outlet.empty_label = "— not given —"
        events = cast(forms.ModelMultipleChoiceField, self.fields["events"])
        events.queryset = Event.objects.order_by("-date", "title")


class ArticleImportForm(ArticleMetaForm):
    body_text = forms.CharField(
        label="Paste the text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text="Paragraphs separated by a blank line. Or upload a file below.",
    )
    body_file = forms.FileField(
        label="Or upload a file",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}),
        help_text="A .txt or .html file of at most 2 MB, in UTF-8.",
    )

    def clean_body_file(self) -> str | None:
        upload: UploadedFile | None = self.cleaned_data.get("body_file")
        if not upload:
            return None
        extension = PurePath(upload.name or "").suffix.lower()
        if extension not in TEXT_EXTENSIONS | HTML_EXTENSIONS:
            raise ValidationError(
                f"Parallax reads .txt and .html files; “{upload.name}” is not one of them."
            )
        if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                f"“{upload.name}” is {upload.size:,} bytes; the limit is 2 MB "
                f"({MAX_UPLOAD_BYTES:,} bytes)."
            )
        try:
            text = decode_text(upload.read(MAX_UPLOAD_BYTES + 1))
        except NotText as exc:
            raise ValidationError(f"“{upload.name}” is not a text file: {exc}.") from None
        return clean_body(html_to_text(text) if extension in HTML_EXTENSIONS else text)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        pasted = cleaned.get("body_text") or ""
        uploaded = cleaned.get("body_file")
        if "body_file" in self.errors:
            return cleaned
        if pasted.strip() and (uploaded or self.files.get(self.add_prefix("body_file"))):
            raise ValidationError("Paste the text or upload a file, not both.")
        if uploaded:
            cleaned["body"] = uploaded
        elif pasted.strip():
            try:
                cleaned["body"] = clean_body(pasted)
            except ValidationError as exc:
                self.add_error("body_text", exc)
        else:
            self.add_error("body_text", "Paste the article's text or upload a .txt or .html file.")
        return cleaned


class ArticleTextForm(ArticleMetaForm):
    body = forms.CharField(label="Text", strip=False, widget=forms.Textarea(attrs={"rows": 24}))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    class Meta(ArticleMetaForm.Meta):
        fields = [*ArticleMetaForm.Meta.fields, "body"]

    def clean_body(self) -> str:
        return clean_body(self.cleaned_data["body"])

    def clean_events(self) -> list[Event]:
        events = list(self.cleaned_data["events"])
        dropped = (
            Claim.objects.filter(article=self.instance)
            .exclude(event__in=events)
            .values("event__title")
            .annotate(n=Count("id"))
            .order_by("event__title")
        )
        problems = [
            f"{row['n']} claim{'s' if row['n'] != 1 else ''} of this article belong to "
            f"“{row['event__title']}”: keep that event, or move or delete those claims first."
            for row in dropped
        ]
        if problems:
            raise ValidationError(problems)
        return events
