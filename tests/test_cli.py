"""The command line: help, version, schema, and one-line errors instead of tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from quizlib import __version__
from quizlib.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizlib", *args], capture_output=True, text=True)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quiz {__version__}"


def test_help_lists_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for name in ("study", "generate", "check", "export", "import", "stats", "optimize", "schema"):
        assert name in result.stdout


def test_schema_is_json() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["cards"]["items"] == {"$ref": "#/$defs/card"}


def test_check_shipped_decks_is_clean() -> None:
    root = Path(__file__).resolve().parent.parent
    result = run("check", *map(str, sorted((root / "decks").glob("*.yaml"))))
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_missing_file_is_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", str(tmp_path / "missing.yaml")]) == 1
    out = capsys.readouterr()
    assert out.out == f"{tmp_path / 'missing.yaml'}:1:1: no such file\n"


def test_home_option_sets_the_home(tmp_path: Path) -> None:
    code = (
        "import os, sys\nfrom quizlib import cli, paths\n"
        "cli.main(['--home', sys.argv[1], 'schema'])\n"
        "print(paths.home(), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True
    )
    assert result.stderr.strip() == str(tmp_path)


def test_home_option_after_the_command(tmp_path: Path) -> None:
    result = run("stats", "--json", "--home", str(tmp_path / "home"), str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["cards"] == 0
    assert (tmp_path / "home" / "progress.db").exists()


def test_study_with_a_missing_deck_is_one_line(tmp_path: Path) -> None:
    result = run("study", str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    assert result.stderr == f"{tmp_path / 'missing.yaml'}:1:1: no such file\n"
