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

editor_patterns: list = []

urlpatterns = [
    path("", include((reader_patterns + editor_patterns, "newsroom"))),
    path("edit/", include("claims.urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
