"""The library never imports textual: `quiz check` and `quiz generate` start fast because of it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import quizlib


def library_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quizlib.__path__, "quizlib."):
        if info.name.startswith("quizlib.tui") or info.name == "quizlib.__main__":
            continue
        names.append(info.name)
    return names


def test_library_modules_exist() -> None:
    names = library_modules()
    assert "quizlib.deckfile" in names and "quizlib.cli" in names


def test_library_never_imports_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {library_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_check_does_not_import_anki_or_textual() -> None:
    code = (
        "import sys\nfrom quizlib.cli import main\n"
        "main(['check', '--help']) if False else None\n"
        "import quizlib.deckfile, quizlib.cli\n"
        "print(any(m.split('.')[0] in ('textual', 'anki') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
