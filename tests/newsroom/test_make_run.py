"""`make run`'s path on a fresh machine: the embedded SQLite database, the demo, a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SECRET_KEY"}}
    env.update(DJANGO_DEBUG="1", SQLITE_PATH=str(tmp_path / "parallax.sqlite3"))
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_run_path_serves_the_demo_on_sqlite(sqlite_env: dict[str, str]) -> None:
    _manage(sqlite_env, "migrate", "--noinput")
    assert "Demo loaded" in _manage(sqlite_env, "load_demo")
    assert "Demo loaded" in _manage(sqlite_env, "load_demo")  # a second `make run`
    users = _manage(sqlite_env, "demo_users")
    assert "editor" in users and "admin" in users

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=sqlite_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        html = ""
        for _ in range(100):
            try:
                url = f"http://127.0.0.1:{port}/events/makiivka-strike/"
                with urllib.request.urlopen(url, timeout=5) as response:
                    html = response.read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert "Strike on Makiivka" in html
        assert "civilians were killed in a Makiivka attack" in html
        assert "a Russian military unit was destroyed" in html
        assert html.count('class="point point-disputed"') == 3
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_demo_users_refuses_outside_local_sqlite(sqlite_env: dict[str, str]) -> None:
    sqlite_env["DJANGO_DEBUG"] = "0"
    sqlite_env["DJANGO_SECRET_KEY"] = "x" * 50
    result = subprocess.run(
        [sys.executable, "manage.py", "demo_users"],
        cwd=ROOT,
        env=sqlite_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "only with DJANGO_DEBUG=1" in result.stderr
