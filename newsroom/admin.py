from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Count, F, QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from newsroom.models import Article, Aspect, Event, EventParty, Party, Source, SourceAlias


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "colour"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 2


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "party", "kind", "active", "claim_count", "alias_list"]
    list_filter = ["party", "kind", "active"]
    list_editable = ["active"]
    search_fields = ["name", "aliases__name", "notes"]
    autocomplete_fields = ["party"]
    inlines = [SourceAliasInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return (
            super()
            .get_queryset(request)
            .select_related("party")
            .prefetch_related("aliases")
            .annotate(claim_count=Count("claims", distinct=True))
        )

    @admin.display(description="Claims", ordering="claim_count")
    def claim_count(self, obj: Source) -> int:
        return obj.claim_count  # type: ignore[attr-defined]

    @admin.display(description="Also called")
    def alias_list(self, obj: Source) -> str:
        return ", ".join(alias.name for alias in obj.aliases.all())


class EventPartyInline(admin.TabularInline):
    model = EventParty
    extra = 1
    autocomplete_fields = ["party"]


class AspectInline(admin.TabularInline):
    model = Aspect
    extra = 1


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "place", "status"]
    list_filter = ["status", "date", "parties"]
    search_fields = ["title", "summary", "place"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"
    inlines = [EventPartyInline, AspectInline]
    readonly_fields = ["version", "updated_at", "updated_by"]

    def save_model(self, request: HttpRequest, obj: Event, form: Any, change: bool) -> None:
        # A save here is a new version too, so that an editor's event form opened before
        # it is refused rather than undoing it (see services.event_lock_for_save).
        if change:
            obj.version = F("version") + 1
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        obj.refresh_from_db(fields=["version"])


@admin.register(Aspect)
class AspectAdmin(admin.ModelAdmin):
    list_display = ["title", "event", "category", "order"]
    list_filter = ["category"]
    search_fields = ["title", "event__title"]
    autocomplete_fields = ["event"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "published_at", "language"]
    list_filter = ["language", "outlet", "events"]
    search_fields = ["title", "body", "url"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["outlet", "events"]
    list_select_related = ["outlet"]
