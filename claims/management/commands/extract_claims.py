"""Find who claims what in a text file, with spaCy: `manage.py extract_claims FILE`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from claims.nlp import ExtractionError, extract
from claims.nlp.types import Lexicon
from claims.suggest import lexicon_from_database


class Command(BaseCommand):
    help = (
        "Print the attributed claims and suggested contradictions in FILE (UTF-8 text) as "
        "JSON or text. Offsets are Python string indices into the file's text."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a UTF-8 text file")
        parser.add_argument(
            "--parties",
            type=Path,
            help='JSON {"parties": [{"name": ..., "aliases": [...]}]}; '
            "default: the database's parties and sources",
        )
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        text = self._read(options["file"])
        lexicon = self._lexicon(options["parties"])
        try:
            extraction = extract(text, lexicon, model=settings.PARALLAX_NLP_MODEL)
        except ExtractionError as error:
            raise CommandError(str(error)) from error
        if options["format"] == "json":
            self.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False, indent=2))
            return
        for claim in extraction.claims:
            party = claim.party or "third party"
            self.stdout.write(
                f"{claim.id} [{party}] {claim.source} ({claim.cue}, {claim.polarity}, "
                f"{claim.aspect}, {claim.confidence:.2f}) {claim.start}-{claim.end}: {claim.text}"
            )
        for c in extraction.contradictions:
            self.stdout.write(f"{c.a} ⚡ {c.b} ({c.score:.2f}): {c.reason}")

    def _read(self, path: Path) -> str:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{path} is not UTF-8 text (byte {error.start} cannot be decoded)."
            ) from error

    def _lexicon(self, path: Path | None) -> Lexicon:
        if path is None:
            try:
                lexicon = lexicon_from_database()
            except DatabaseError as error:  # no database yet, or not migrated
                raise CommandError(
                    f"Cannot read the parties from the database ({error}): run "
                    "manage.py migrate and load_demo, or pass --parties PARTIES.json."
                ) from error
            if not lexicon.parties:
                raise CommandError(
                    "The database has no parties: load some (manage.py load_demo) "
                    "or pass --parties PARTIES.json."
                )
            return lexicon
        try:
            return Lexicon.from_json(json.loads(path.read_text(encoding="utf-8")))
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        except (ValueError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: {error}") from error
