"""Fixtures for the interop tests: decks to export and fresh Anki collections to import into."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quizlib.model import Card, Deck

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "decks").glob("*.yaml"))

# Anki objects are typed loosely: the interop tests use them as a person's Anki would.
MakeCollection = Callable[[], Any]
ImportPackage = Callable[[Any, Path], Any]


def built() -> Deck:
    """Edge cases: HTML-like text, newlines, quotes, a two-number cloze, choices, typing."""
    return Deck(
        name="Prove::HTML & co",
        id="prove",
        language="it",
        cards=(
            Card(
                id="script",
                question="Che cosa stampa <script>alert('x')</script> & <b>?",
                answer="a < b & c",
                context="Prima riga\nseconda riga con “virgolette” e l’apostrofo",
                origin="paragraph 2",
                tags=("html", "prova"),
            ),
            Card(
                id="cloze-due",
                cloze="Budapest nacque nel {{c1::1873}} da {{c2::Buda, Óbuda e Pest::tre città}}.",
                context="Budapest si formò nel 1873.",
                origin="entry Budapest",
                tags=("budapest",),
            ),
            Card(
                id="scelta",
                question="Quale città è sul Danubio?",
                answer="Budapest",
                choices=("Anchorage", "Budapest", "Mosca", "Washington"),
                accept=("la capitale ungherese",),
                kind="entity",
            ),
            Card(id="anno", question="In che anno nacque la NATO?", answer="1949", kind="date"),
        ),
    )


@pytest.fixture
def built_deck() -> Deck:
    return built()


@pytest.fixture
def decks() -> list[Deck]:
    """The shipped decks (when there are any) and the edge-case deck."""
    from quizlib.deckfile import load_deck

    return [load_deck(path) for path in SHIPPED] + [built()]


@pytest.fixture
def fresh_collection(tmp_path: Path) -> Iterator[Callable[[], Any]]:
    """Make empty Anki collections in the test's temporary folder (never the real Anki)."""
    from anki.collection import Collection

    opened: list[Collection] = []

    def make() -> Collection:
        col = Collection(str(tmp_path / f"anki-{len(opened)}" / "collection.anki2"))
        opened.append(col)
        return col

    (tmp_path / "anki-0").mkdir()
    for n in range(1, 5):
        (tmp_path / f"anki-{n}").mkdir()
    yield make
    for col in opened:
        col.close()


@pytest.fixture
def import_package() -> Callable[[Any, Path], Any]:
    """Import an .apkg into a collection as Anki's File > Import does (with scheduling)."""

    def run(col: Any, path: Path) -> Any:
        from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

        options = ImportAnkiPackageOptions(with_scheduling=True)
        return col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(path), options=options)
        )

    return run
