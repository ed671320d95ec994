"""Anki interoperability: .apkg export (with progress), text export, .apkg import.

The `anki` library is imported only inside these functions, and the modules here load
on first use: other commands start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizlib.anki.export import ExportReport, export_apkg
    from quizlib.anki.importer import import_apkg
    from quizlib.anki.tsv import export_tsv

_MODULES = {
    "ExportReport": "quizlib.anki.export",
    "export_apkg": "quizlib.anki.export",
    "import_apkg": "quizlib.anki.importer",
    "export_tsv": "quizlib.anki.tsv",
}

__all__ = ["ExportReport", "export_apkg", "export_tsv", "import_apkg"]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'quizlib.anki' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
