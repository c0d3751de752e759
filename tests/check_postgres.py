"""Fail at once, with what to set, when the test database server cannot be reached."""

from __future__ import annotations

import os
import sys

import psycopg


def main() -> int:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print("The tests need PostgreSQL: set DATABASE_URL=postgres://USER@HOST:PORT/NAME.")
        return 2
    try:
        psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", connect_timeout=5).close()
    except psycopg.OperationalError as error:
        print(
            f"Cannot reach PostgreSQL at {url}:\n  {error}\n"
            "Start PostgreSQL, or point the tests at one with "
            "TEST_DATABASE_URL=postgres://USER@HOST:PORT/NAME make test."
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
