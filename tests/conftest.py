from __future__ import annotations

import os

import pytest
from django.conf import settings

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


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    """Background tasks run inline in tests unless a test asks for the real backend."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
