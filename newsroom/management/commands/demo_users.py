"""Create a demo editor and a demo admin on a local embedded database, and print their passwords."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from newsroom.roles import EDITORS


class Command(BaseCommand):
    help = "Local development only: create users 'editor' and 'admin' with fresh passwords."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG or connection.vendor != "sqlite":
            raise CommandError(
                "demo_users runs only with DJANGO_DEBUG=1 on the embedded SQLite database."
            )
        editors = Group.objects.get(name=EDITORS)
        lines = []
        for username, staff in (("editor", False), ("admin", True)):
            password = secrets.token_urlsafe(9)
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = user.is_superuser = staff
            user.set_password(password)
            user.save()
            user.groups.add(editors)
            lines.append(f"  {username:<7} {password}")
        self.stdout.write("Demo users (new passwords each run, this machine only):")
        self.stdout.write("\n".join(lines))
