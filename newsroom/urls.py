from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from newsroom import views

reader_patterns = [
    path("", views.index, name="index"),
    path("events/<slug:slug>/", views.event_detail, name="event"),
    path("articles/<slug:slug>/", views.article_detail, name="article"),
    path("parties.css", views.party_styles, name="party-styles"),
]

# All under edit/, beside the claims app's editor URLs (mounted at edit/ below). events/new/
# comes before events/<slug>/, so no event may take the slug "new" (services.RESERVED_SLUGS).
editor_patterns = [
    path("edit/", views.workspace, name="workspace"),
    path("edit/events/new/", views.event_create, name="event-create"),
    path("edit/events/<slug:slug>/", views.event_edit, name="event-edit"),
    path("edit/events/<slug:slug>/publish/", views.event_publish, name="event-publish"),
    path("edit/import/", views.article_import, name="article-import"),
    path("edit/articles/<slug:slug>/text/", views.article_text, name="article-text"),
]

urlpatterns = [
    path("", include((reader_patterns + editor_patterns, "newsroom"))),
    path("edit/", include("claims.urls")),
    path("edit/", include("claims.suggestion_urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
