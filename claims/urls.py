"""Editor URLs for claims, mounted under /edit/ (see newsroom/urls.py)."""

from __future__ import annotations

from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("articles/<slug:slug>/", views.annotate, name="annotate"),
    path("articles/<slug:slug>/claims/new/", views.claim_new, name="claim-new"),
    path("articles/<slug:slug>/claims/deleted/", views.deleted_claims, name="deleted-claims"),
    path("claims/<int:pk>/", views.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/words/", views.claim_reattach, name="claim-reattach"),
    path("claims/<int:pk>/words/confirm/", views.claim_confirm_words, name="claim-confirm-words"),
    path("claims/<int:pk>/delete/", views.claim_delete, name="claim-delete"),
    path("claims/<int:pk>/restore/", views.claim_restore, name="claim-restore"),
    path("claims/<int:pk>/history/", views.claim_history, name="claim-history"),
    path("claims/<int:pk>/links/new/", views.link_new, name="link-new"),
    path("links/<int:pk>/delete/", views.link_delete, name="link-delete"),
    path("sources/search/", views.source_search, name="source-search"),
]
