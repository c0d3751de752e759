"""Editor URLs for claims, mounted under /edit/ (see newsroom/urls.py)."""

from __future__ import annotations

from django.urls import path

from claims import views

app_name = "claims"

urlpatterns: list = []
