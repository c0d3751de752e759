from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim, ClaimLink


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "party", "source", "aspect", "status", "anchor_state", "event"]
    list_filter = ["party", "status", "anchor_state", "event", "source__kind"]
    search_fields = ["exact", "paraphrase", "source__name", "article__title"]
    autocomplete_fields = ["event", "article", "source", "party", "aspect", "created_by"]
    list_select_related = ["party", "source", "aspect", "event"]
    readonly_fields = ["version", "created_at", "updated_at"]


@admin.register(ClaimLink)
class ClaimLinkAdmin(SimpleHistoryAdmin):
    list_display = ["a", "kind", "b", "note", "created_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["a__exact", "b__exact", "note"]
    autocomplete_fields = ["a", "b", "created_by"]
    list_select_related = ["a__source", "b__source"]
