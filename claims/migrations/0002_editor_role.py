"""Create the Editors group with its permissions (see newsroom/roles.py)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
PERMISSIONS = [
    ("newsroom", "add_article"),
    ("newsroom", "change_article"),
    ("newsroom", "view_article"),
    ("newsroom", "add_event"),
    ("newsroom", "change_event"),
    ("newsroom", "view_event"),
    ("newsroom", "add_aspect"),
    ("newsroom", "change_aspect"),
    ("newsroom", "delete_aspect"),
    ("newsroom", "add_source"),
    ("newsroom", "view_source"),
    ("newsroom", "view_party"),
    ("claims", "add_claim"),
    ("claims", "change_claim"),
    ("claims", "delete_claim"),
    ("claims", "view_claim"),
    ("claims", "add_claimlink"),
    ("claims", "change_claimlink"),
    ("claims", "delete_claimlink"),
    ("claims", "view_claimlink"),
]


def create_editors(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Permissions are normally made after all migrations; make them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_editors(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("newsroom", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
