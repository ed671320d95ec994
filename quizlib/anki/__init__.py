"""Anki interoperability: .apkg export (with progress), text export, .apkg import.

The `anki` library is imported only inside these functions: other commands start fast.
"""

from __future__ import annotations

from quizlib.anki.export import ExportReport, export_apkg
from quizlib.anki.importer import import_apkg
from quizlib.anki.tsv import export_tsv

__all__ = ["ExportReport", "export_apkg", "export_tsv", "import_apkg"]
