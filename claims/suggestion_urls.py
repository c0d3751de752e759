"""Editor URLs for spaCy suggestions, mounted under /edit/ (see newsroom/urls.py)."""

from __future__ import annotations

from django.urls import path

from claims import suggestion_views as views

app_name = "suggest"

urlpatterns = [
    path("articles/<slug:slug>/suggestions/", views.article_suggestions, name="article"),
    path("suggestions/<int:pk>/accept/", views.suggestion_accept, name="accept"),
    path("suggestions/<int:pk>/reject/", views.suggestion_reject, name="reject"),
    path("events/<slug:slug>/suggestions/", views.event_suggestions, name="event"),
    path("link-suggestions/<int:pk>/accept/", views.link_suggestion_accept, name="link-accept"),
    path("link-suggestions/<int:pk>/reject/", views.link_suggestion_reject, name="link-reject"),
]
