"""`quiz export` and `quiz import` end to end, in a temporary quizlib home."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizlib.cli import main
from quizlib.deckfile import check_deck_file, load_deck, write_deck
from quizlib.model import Deck

pytestmark = pytest.mark.interop


def test_export_then_import(
    built_deck: Deck, tmp_path: Path, quizlib_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "prove.yaml"
    write_deck(built_deck, source)
    package = tmp_path / "prove.apkg"
    assert main(["export", str(source), "-o", str(package), "--with-progress"]) == 0
    assert "4 notes, 5 cards" in capsys.readouterr().out
    assert main(["export", str(source), "-o", str(tmp_path / "prove.txt"), "--format", "tsv"]) == 0
    assert (tmp_path / "prove.txt").read_text(encoding="utf-8").startswith("#separator:tab\n")
    assert main(["import", str(package), "--with-progress"]) == 0
    written = quizlib_home / "decks" / "prove.yaml"
    assert f"{written}: 4 cards" in capsys.readouterr().out
    assert check_deck_file(written) == []
    assert load_deck(written).cards == load_deck(source).cards


@pytest.mark.parametrize("name", ["missing.apkg", "notes.txt"])
def test_bad_package_is_one_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert main(["import", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quiz: ") and err.count("\n") == 1
