"""Who may do what: readers are anonymous, editors annotate, admins (staff) run the admin.

The Editors group and its permissions are made by claims/migrations/0002_editor_role.py;
a later migration that changes them must change EDITOR_PERMISSIONS there too.
"""

from __future__ import annotations

import importlib

_migration = importlib.import_module("claims.migrations.0002_editor_role")

EDITORS: str = _migration.EDITORS
EDITOR_PERMISSIONS: list[tuple[str, str]] = _migration.PERMISSIONS
