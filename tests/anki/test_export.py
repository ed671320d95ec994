"""Export to .apkg, import into a fresh Anki collection, and look at what a person sees."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from quizlib.anki import ExportReport, export_apkg
from quizlib.anki.guid import note_guid
from quizlib.model import Deck

from .conftest import SHIPPED, ImportPackage, MakeCollection, built

pytestmark = pytest.mark.interop

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _note_by_guid(col: Any, guid: str) -> Any:
    nid = col.db.scalar("select id from notes where guid = ?", guid)
    assert nid, f"no note {guid}"
    return col.get_note(nid)


def _shown(rendered: str) -> str:
    """The text a person reads on a rendered card side."""
    from quizlib.anki.html import to_text

    return to_text(rendered)


def _cards_of(col: Any, guid: str) -> list[Any]:
    note = _note_by_guid(col, guid)
    return sorted(note.cards(), key=lambda c: c.ord)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ExportReport, Any]]:
    """The shipped and edge-case decks, exported once and imported into a fresh collection."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from quizlib.deckfile import load_deck

    decks = [load_deck(p) for p in SHIPPED] + [built()]
    tmp = tmp_path_factory.mktemp("export")
    out = tmp / "out.apkg"
    report = export_apkg(decks, out, now=NOW)
    col = Collection(str(tmp / "collection.anki2"))
    options = ImportAnkiPackageOptions(with_scheduling=True)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(out), options=options))
    yield report, col
    col.close()


def test_counts_deck_names_and_tags(decks: list[Deck], imported: tuple[ExportReport, Any]) -> None:
    report, col = imported
    notes = sum(len(d.cards) for d in decks)
    items = sum(1 for d in decks for _ in d.items())
    assert (report.notes, report.cards) == (notes, items)
    assert col.note_count() == notes
    assert col.card_count() == items
    names = {d.name for d in col.decks.all_names_and_ids()}
    for deck in decks:
        assert deck.name in names
    assert "Prove" in names  # '::' nests
    note = _note_by_guid(col, note_guid("prove", "script"))
    assert sorted(note.tags) == ["html", "prova"]
    for deck in decks:
        for card in deck.cards:
            anki_cards = _cards_of(col, note_guid(deck.id, card.id))
            assert len(anki_cards) == len(card.items())
            assert {col.decks.name(c.did) for c in anki_cards} == {deck.name}


def test_check_database_finds_nothing(tmp_path: Path, fresh_collection: MakeCollection) -> None:
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    out = tmp_path / "out.apkg"
    export_apkg([built()], out, now=NOW)
    col = fresh_collection()
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(out), options=ImportAnkiPackageOptions())
    )
    problems, ok = col.fix_integrity()
    assert ok, problems


def test_basic_card_shows_html_as_text(imported: tuple[ExportReport, Any]) -> None:
    _, col = imported
    note = _note_by_guid(col, note_guid("prove", "script"))
    assert note.note_type()["name"] == "quizlib Basic"
    assert note["Question"] == (
        "Che cosa stampa &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;?"
    )
    (card,) = note.cards()
    question, answer = card.question(), card.answer()
    assert "<script>alert" not in question and "<b>?" not in question
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;?" in question
    assert "a &lt; b &amp; c" in answer
    assert "Prima riga<br>seconda riga con “virgolette” e l’apostrofo" in answer
    assert "paragraph 2" in answer and "paragraph 2" not in question


def test_cloze_card_has_one_card_per_number(imported: tuple[ExportReport, Any]) -> None:
    _, col = imported
    first, second = _cards_of(col, note_guid("prove", "cloze-due"))
    assert (first.ord, second.ord) == (0, 1)
    q1, a1 = _shown(first.question()), _shown(first.answer())
    assert q1 == "Budapest nacque nel [...] da Buda, Óbuda e Pest."
    assert a1.startswith("Budapest nacque nel 1873 da Buda, Óbuda e Pest.")
    assert "Budapest si formò nel 1873." in a1  # context on the back
    assert _shown(second.question()) == "Budapest nacque nel 1873 da [tre città]."


def test_choice_card_lists_choices_and_reveals_answer(imported: tuple[ExportReport, Any]) -> None:
    _, col = imported
    (card,) = _cards_of(col, note_guid("prove", "scelta"))
    assert card.note().note_type()["name"] == "quizlib Choice"
    question, answer = card.question(), card.answer()
    for choice in ("Anchorage", "Budapest", "Mosca", "Washington"):
        assert f"<li>{choice}</li>" in question
    assert '<div class="answer">Budapest</div>' in answer
    assert '<div class="answer">' not in question


def test_typed_card_asks_to_type(imported: tuple[ExportReport, Any]) -> None:
    _, col = imported
    (card,) = _cards_of(col, note_guid("prove", "anno"))
    assert card.note().note_type()["name"] == "quizlib Typed"
    # The desktop app turns this marker into the answer box.
    assert "[[type:Answer]]" in card.question()


def test_note_types_keep_their_ids(
    decks: list[Deck],
    tmp_path: Path,
    fresh_collection: MakeCollection,
    import_package: ImportPackage,
) -> None:
    from quizlib.anki.notetypes import NOTE_TYPES

    col = fresh_collection()
    for n in range(2):
        out = tmp_path / f"{n}.apkg"
        export_apkg(decks, out, now=NOW + timedelta(minutes=n))
        import_package(col, out)
    ours = [nt for nt in col.models.all_names_and_ids() if nt.name.startswith("quizlib")]
    assert sorted(nt.id for nt in ours) == sorted(nt.id for nt in NOTE_TYPES)


def test_reexport_after_edit_updates_the_note(
    built_deck: Deck,
    tmp_path: Path,
    fresh_collection: MakeCollection,
    import_package: ImportPackage,
) -> None:
    col = fresh_collection()
    first = tmp_path / "first.apkg"
    export_apkg([built_deck], first, now=NOW)
    import_package(col, first)
    card = built_deck.card("anno")
    assert card is not None
    edited = built_deck.with_cards(
        tuple(replace(c, answer="4 aprile 1949") if c.id == "anno" else c for c in built_deck.cards)
    )
    second = tmp_path / "second.apkg"
    export_apkg([edited], second, now=NOW + timedelta(seconds=1))
    log = import_package(col, second)
    assert not log.log.new and not log.log.duplicate
    assert len(log.log.updated) == len(built_deck.cards)  # newer mtime: Anki takes them all
    assert col.note_count() == len(built_deck.cards)
    assert _note_by_guid(col, note_guid("prove", "anno"))["Answer"] == "4 aprile 1949"


def test_missing_folder_is_an_interop_error(built_deck: Deck, tmp_path: Path) -> None:
    from quizlib.errors import InteropError

    with pytest.raises(InteropError, match="does not exist"):
        export_apkg([built_deck], tmp_path / "nope" / "out.apkg", now=NOW)
    with pytest.raises(InteropError, match="two decks"):
        export_apkg([built_deck, built_deck], tmp_path / "out.apkg", now=NOW)
