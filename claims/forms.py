"""Forms of the annotate page: the words of a claim, its fields, and links between claims."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

from claims.models import Claim, ClaimLink, ClaimSuggestion
from newsroom.models import Article, Aspect, Event, Party, Source, SourceAlias

QUOTE_PREVIEW = 80


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_PREVIEW else text[: QUOTE_PREVIEW - 1] + "…"


def trim_span(body: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past the white space at either end (selections often take a space)."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def span_from_query(body: str, query: Mapping[str, str]) -> tuple[int, int] | None:
    """The trimmed start/end of a selection sent as ?start=&end=, or None if they are unusable."""
    try:
        start, end = int(query.get("start", "")), int(query.get("end", ""))
    except ValueError:
        return None
    if not 0 <= start < end <= len(body):
        return None
    start, end = trim_span(body, start, end)
    return (start, end) if start < end else None


def locate_words(body: str, quote: str, *, occurrence: int | None = None) -> tuple[int, int]:
    """Find typed or pasted words in the body, however their white space was rendered.

    Raises ValidationError when the words are not there, or are there several times and
    `occurrence` (1 for the first) does not say which.
    """
    words = quote.split()
    if not words:
        raise ValidationError("Type or paste the exact words of the claim.", code="empty")
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    matches = [(m.start(), m.end()) for m in pattern.finditer(body)]
    shown = _preview(quote)
    if not matches:
        raise ValidationError(
            f"“{shown}” is not in the article. Copy the words from the article text: "
            "they must match letter for letter, punctuation included.",
            code="not_found",
        )
    if occurrence is not None:
        if occurrence > len(matches):
            raise ValidationError(
                f"“{shown}” appears {len(matches)} time{'s' if len(matches) > 1 else ''} "
                f"in the article, so there is no occurrence {occurrence}.",
                code="no_such_occurrence",
            )
        return matches[occurrence - 1]
    if len(matches) > 1:
        raise ValidationError(
            f"“{shown}” appears {len(matches)} times in the article: say which occurrence "
            f"you mean (1 to {len(matches)}), or quote more words around it.",
            code="ambiguous",
        )
    return matches[0]


class WordsForm(forms.Form):
    """Which words of the article: offsets from a selection, or a typed quote."""

    quote = forms.CharField(
        label="Exact words",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The words exactly as the article has them (copy and paste them).",
    )
    occurrence = forms.IntegerField(
        label="Which occurrence",
        min_value=1,
        required=False,
        help_text="Only if these words appear more than once: 1 for the first.",
    )
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    article_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, article: Article, **kwargs: Any) -> None:
        self.article = article
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        quote = cleaned.get("quote")
        if quote is None:
            return cleaned
        body = self.article.body
        version = cleaned.get("article_version")
        start, end = cleaned.get("start"), cleaned.get("end")
        if version is not None and version != self.article.version and start is not None:
            # The offsets were read from an older text: trust only the words.
            start = end = None
        if (
            start is not None
            and end is not None
            and start < end <= len(body)
            # Browsers send a textarea's line breaks as CRLF: compare the words, not the spaces.
            and body[start:end].split() == quote.split()
        ):
            cleaned["span"] = trim_span(body, start, end)
            return cleaned
        try:
            cleaned["span"] = locate_words(body, quote, occurrence=cleaned.get("occurrence"))
        except ValidationError as error:
            self.add_error("quote", error)
        return cleaned


class SourceChoiceField(forms.ModelChoiceField[Source]):
    def label_from_instance(self, obj: Source) -> str:
        return f"{obj.name} ({obj.party.name if obj.party else 'no party'})"


class AspectChoiceField(forms.ModelChoiceField[Aspect]):
    def __init__(self, *args: Any, several_events: bool = False, **kwargs: Any) -> None:
        self.several_events = several_events
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj: Aspect) -> str:
        return f"{obj.event.title}: {obj.title}" if self.several_events else obj.title


def sources_for_choice(current: Source | None = None) -> QuerySet[Source]:
    """Active sources, and the claim's own source even if it has since been retired."""
    active = Q(active=True) | Q(pk=current.pk) if current else Q(active=True)
    return Source.objects.filter(active).select_related("party")


class ClaimFieldsForm(forms.Form):
    """Who says it, for which party, about which event and point, and how sure we are."""

    source = SourceChoiceField(queryset=Source.objects.none(), empty_label="— choose a source —")
    party = forms.ModelChoiceField(
        queryset=Party.objects.none(),
        required=False,
        empty_label="— the source's party —",
        help_text="Leave it to follow the source; choose one to override it.",
    )
    event = forms.ModelChoiceField(queryset=Event.objects.none(), empty_label=None)
    aspect = AspectChoiceField(
        label="Point in dispute",
        queryset=Aspect.objects.none(),
        required=False,
        empty_label="— none —",
    )
    new_aspect = forms.CharField(
        label="Or a new point in dispute",
        max_length=200,
        required=False,
        help_text="Type a question such as “Who was killed?” to add it to the event.",
    )
    paraphrase = forms.CharField(
        max_length=300,
        required=False,
        help_text="The claim in a few plain words, as readers will see it.",
    )
    polarity = forms.ChoiceField(
        label="Asserts or denies",
        choices=Claim.Polarity.choices,
        initial=Claim.Polarity.ASSERT,
        help_text="Whether the source asserts these words or denies them.",
    )
    status = forms.ChoiceField(choices=Claim.Status.choices, initial=Claim.Status.UNVERIFIED)

    def __init__(
        self, *args: Any, article: Article, current_source: Source | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        events = list(article.events.all())
        event_field = self.fields["event"]
        assert isinstance(event_field, forms.ModelChoiceField)
        event_field.queryset = article.events.all()
        if len(events) == 1:
            event_field.initial = events[0].pk
        source_field = self.fields["source"]
        assert isinstance(source_field, forms.ModelChoiceField)
        source_field.queryset = sources_for_choice(current_source)
        party_field = self.fields["party"]
        assert isinstance(party_field, forms.ModelChoiceField)
        party_field.queryset = Party.objects.filter(event_parties__event__in=events).distinct()
        aspect_field = self.fields["aspect"]
        assert isinstance(aspect_field, AspectChoiceField)
        aspect_field.queryset = Aspect.objects.filter(event__in=events).select_related("event")
        aspect_field.several_events = len(events) > 1
        if not events:
            self.fields[
                "event"
            ].help_text = (
                "This article belongs to no event yet: add it to one before tagging claims."
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        aspect, new_aspect = cleaned.get("aspect"), cleaned.get("new_aspect")
        if aspect and new_aspect:
            self.add_error("new_aspect", "Choose a point in dispute or type a new one, not both.")
        return cleaned


class NewClaimForm(WordsForm, ClaimFieldsForm):
    field_order = ["quote", "occurrence", "source", "party", "event", "aspect", "new_aspect"]

    def __init__(self, *args: Any, article: Article, **kwargs: Any) -> None:
        # Both bases take the article; WordsForm passes the rest on along the MRO.
        self.article = article
        ClaimFieldsForm.__init__(self, *args, article=article, **kwargs)


class EditClaimForm(ClaimFieldsForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ReattachForm(WordsForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ConfirmWordsForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class ClaimChoiceField(forms.ModelChoiceField[Claim]):
    def label_from_instance(self, obj: Claim) -> str:
        point = obj.aspect.title if obj.aspect else "No point"
        return f"[{point}] {obj.party.name} · {obj.source.name}: “{_preview(obj.exact)}”"


class ClaimLinkForm(forms.Form):
    """Link a claim to another claim of its event."""

    other = ClaimChoiceField(
        label="The other claim", queryset=Claim.objects.none(), empty_label="— choose a claim —"
    )
    note = forms.CharField(
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What the two accounts disagree or agree on, in a line.",
    )

    def __init__(self, *args: Any, claim: Claim, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.claim, self.kind = claim, kind
        linked = ClaimLink.objects.filter(Q(a=claim) | Q(b=claim))
        others = (
            Claim.objects.for_event(claim.event)
            .anchored()
            .exclude(pk=claim.pk)
            .exclude(pk__in=linked.values("a"))
            .exclude(pk__in=linked.values("b"))
            .select_related("party", "source", "aspect")
            .order_by("aspect__order", "aspect_id", "party__name", "start", "id")
        )
        if kind == ClaimLink.Kind.CONTRADICTS:
            others = others.exclude(party_id=claim.party_id)
        field = self.fields["other"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = others
        if kind == ClaimLink.Kind.CONTRADICTS:
            field.help_text = "Only other parties' claims can contradict this one."


class SuggestionCatalogue:
    """What every accept form on a suggestions page chooses from, loaded once per page.

    Each form renders four selects and guesses a source by name or alias; sharing these
    rows keeps the page at a fixed number of queries however many suggestions it lists.
    """

    def __init__(self, article: Article) -> None:
        self.events = list(article.events.order_by("-date", "title"))
        self.sources = {s.pk: s for s in Source.objects.filter(active=True).select_related("party")}
        self.parties = {p.pk: p for p in Party.objects.filter(events__in=self.events).distinct()}
        self.aspects = {
            a.pk: a for a in Aspect.objects.filter(event__in=self.events).select_related("event")
        }
        self.by_name: dict[str, Source] = {s.name.lower(): s for s in self.sources.values()}
        for alias in SourceAlias.objects.filter(source__in=self.sources.keys()):
            self.by_name.setdefault(alias.name.lower(), self.sources[alias.source_id])

    def source_named(self, text: str) -> Source | None:
        """The source called `text`, ignoring case and a leading "the"."""
        name = text.strip().lower()
        return self.by_name.get(name) or self.by_name.get(name.removeprefix("the ").strip())


class AcceptSuggestionForm(forms.Form):
    """What an editor confirms, or corrects, before a suggestion becomes a claim."""

    event = forms.TypedChoiceField(coerce=int)
    source = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    new_source_name = forms.CharField(max_length=160, required=False, label="New source's name")
    new_source_kind = forms.ChoiceField(
        choices=Source.Kind.choices, required=False, label="New source's kind"
    )
    party = forms.TypedChoiceField(coerce=int)
    aspect = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, label="Point in dispute"
    )
    paraphrase = forms.CharField(max_length=300, required=False)
    status = forms.ChoiceField(choices=Claim.Status.choices, initial=Claim.Status.UNVERIFIED)

    def __init__(
        self,
        *args: Any,
        suggestion: ClaimSuggestion,
        catalogue: SuggestionCatalogue,
        **kwargs: Any,
    ) -> None:
        self.suggestion, self.catalogue = suggestion, catalogue
        kwargs["prefix"] = f"s{suggestion.pk}"
        super().__init__(*args, **kwargs)
        fields = cast(dict[str, forms.ChoiceField], self.fields)
        fields["event"].choices = [(e.pk, e.title) for e in catalogue.events]
        fields["source"].choices = [("", "— a new source —")] + [
            (s.pk, s.name) for s in catalogue.sources.values()
        ]
        fields["party"].choices = [(p.pk, p.name) for p in catalogue.parties.values()]
        fields["aspect"].choices = [("", "— none —")] + [
            (a.pk, f"{a.title}" if len(catalogue.events) == 1 else f"{a.event}: {a.title}")
            for a in catalogue.aspects.values()
        ]
        if not self.is_bound:
            self.initial.update(self._guess())

    def _guess(self) -> dict[str, Any]:
        s, catalogue = self.suggestion, self.catalogue
        event = catalogue.events[0] if catalogue.events else None
        source = catalogue.source_named(s.source_text)
        party = next((p for p in catalogue.parties.values() if p.name == s.party_name), None)
        if party is None and source is not None and source.party_id in catalogue.parties:
            party = source.party
        if party is None and not s.party_name:
            # A third party speaks for itself: the event's third-party column, if it has one.
            party = next((p for p in catalogue.parties.values() if p.slug == "international"), None)
        aspect = next(
            (
                a
                for a in catalogue.aspects.values()
                if event and a.event_id == event.pk and a.category == s.aspect_category
            ),
            None,
        )
        return {
            "event": event.pk if event else None,
            "source": source.pk if source else None,
            "new_source_name": "" if source else s.source_text,
            "new_source_kind": Source.Kind.GOVERNMENT,
            "party": party.pk if party else None,
            "aspect": aspect.pk if aspect else None,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        catalogue = self.catalogue
        events = {e.pk: e for e in catalogue.events}
        data["event"] = events.get(data.get("event"))  # type: ignore[arg-type]
        data["source"] = catalogue.sources.get(data.get("source"))  # type: ignore[arg-type]
        data["party"] = catalogue.parties.get(data.get("party"))  # type: ignore[arg-type]
        data["aspect"] = catalogue.aspects.get(data.get("aspect"))  # type: ignore[arg-type]
        if not data["source"] and not (data.get("new_source_name") or "").strip():
            self.add_error("source", "Choose a source, or name the new source to create.")
        event, aspect = data["event"], data["aspect"]
        if event and aspect and aspect.event_id != event.pk:
            self.add_error("aspect", "That point in dispute belongs to another event.")
        return data
