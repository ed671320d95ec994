"""Importing quizlib's Anki modules does not load the anki library (170+ ms): only using them."""

from __future__ import annotations

import subprocess
import sys


def test_anki_is_imported_lazily() -> None:
    code = (
        "import sys, quizlib.anki, quizlib.anki.export, quizlib.anki.importer, quizlib.anki.tsv\n"
        "from quizlib.anki import export_apkg, import_apkg, export_tsv\n"
        "assert 'anki' not in sys.modules, 'anki imported'\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
