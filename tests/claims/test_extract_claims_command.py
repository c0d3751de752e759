from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from newsroom.demo import makiivka

PARTIES = {
    "parties": [
        {"name": "Moscow", "aliases": ["Moscow", "Russia", "Russian", "Kremlin"]},
        {"name": "Kyiv", "aliases": ["Kyiv", "Ukraine", "Ukrainian"]},
    ]
}


@pytest.fixture
def parties_file(tmp_path: Path) -> Path:
    path = tmp_path / "parties.json"
    path.write_text(json.dumps(PARTIES))
    return path


def _run(*args: str) -> str:
    out = StringIO()
    call_command("extract_claims", *args, stdout=out)
    return out.getvalue()


def test_it_prints_claims_whose_offsets_index_the_file(parties_file: Path) -> None:
    path = makiivka.ARTICLE_PATH
    text = path.read_text(encoding="utf-8")
    result = json.loads(_run(str(path), "--parties", str(parties_file)))
    assert set(result) == {"claims", "contradictions"}
    assert result["claims"], "the seed article has claims"
    for claim in result["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["party"] in {"Moscow", "Kyiv", None}
        assert claim["polarity"] in {"assert", "deny"}
        assert text[claim["source_start"] : claim["source_end"]]
    ids = {c["id"] for c in result["claims"]}
    assert result["contradictions"]
    for c in result["contradictions"]:
        assert {c["a"], c["b"]} <= ids and 0 <= c["score"] <= 1 and c["reason"]


@pytest.mark.django_db
def test_without_parties_it_uses_the_database(tmp_path: Path) -> None:
    call_command("load_demo", stdout=StringIO())
    result = json.loads(_run(str(makiivka.ARTICLE_PATH)))
    assert {c["party"] for c in result["claims"]} >= {"Moscow", "Kyiv"}


def test_the_text_format_is_one_line_per_claim(parties_file: Path) -> None:
    out = _run(str(makiivka.ARTICLE_PATH), "--parties", str(parties_file), "--format", "text")
    assert "[Moscow]" in out and "[Kyiv]" in out


def test_an_empty_file_gives_an_empty_result(tmp_path: Path, parties_file: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert json.loads(_run(str(empty), "--parties", str(parties_file))) == {
        "claims": [],
        "contradictions": [],
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text|does not look like text"),
        ("Москва заявила, что погибли мирные жители. ".encode() * 20, "English"),
        (b"The strike. " * 500_000, "limit|too long|characters|words"),
    ],
    ids=["binary", "russian", "5MB"],
)
def test_bad_input_is_a_clear_error(
    tmp_path: Path, parties_file: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        _run(str(path), "--parties", str(parties_file))


def test_a_malformed_parties_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "parties.json"
    bad.write_text('{"parties": "Moscow"}')
    with pytest.raises(CommandError, match="parties"):
        _run(str(makiivka.ARTICLE_PATH), "--parties", str(bad))
    with pytest.raises(CommandError, match="Cannot read"):
        _run(str(tmp_path / "missing.txt"), "--parties", str(bad))


def test_a_database_not_yet_migrated_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.db import OperationalError

    from claims.management.commands import extract_claims

    def unmigrated() -> None:
        raise OperationalError("no such table: newsroom_party")

    monkeypatch.setattr(extract_claims, "lexicon_from_database", unmigrated)
    with pytest.raises(CommandError, match="migrate .*--parties PARTIES.json"):
        _run(str(makiivka.ARTICLE_PATH))
