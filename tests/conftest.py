from __future__ import annotations

import os

import pytest
from asgiref.local import Local
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.tasks import task_backends

# Playwright's sync API runs an event loop in the test thread; the ORM calls made
# beside it are still synchronous, so Django's async-safety guard must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config: pytest.Config) -> None:
    engine = str(settings.DATABASES["default"]["ENGINE"])
    if "postgresql" not in engine:
        raise pytest.UsageError(
            "The tests run on PostgreSQL, not on the embedded SQLite database: "
            "set DATABASE_URL=postgres://postgres@127.0.0.1:5432/parallax (make test does)."
        )


@receiver(setting_changed)
def _reset_task_backends(*, setting: str, **kwargs: object) -> None:
    # Django resets its cache handlers when CACHES changes in a test; it does not yet do
    # the same for TASKS, so a test that swaps the backend would keep the old one.
    if setting == "TASKS":
        task_backends.__dict__.pop("settings", None)
        task_backends._settings = None  # type: ignore[attr-defined]
        task_backends._connections = Local()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    """Background tasks run inline in tests unless a test asks for the real backend."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
