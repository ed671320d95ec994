"""Anki's text import format: header lines, and a fresh collection imports every note."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizlib.anki import export_tsv
from quizlib.anki.guid import note_guid
from quizlib.model import Deck

from .conftest import MakeCollection

pytestmark = pytest.mark.interop


def test_header_lines(built_deck: Deck, tmp_path: Path) -> None:
    out = tmp_path / "deck.txt"
    export_tsv([built_deck], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:6] == [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:6",
    ]
    assert len(lines) == 6 + len(built_deck.cards)
    assert all(line.count("\t") == 5 for line in lines[6:])


def test_fresh_collection_imports_the_text_file(
    decks: list[Deck], tmp_path: Path, fresh_collection: MakeCollection
) -> None:
    from anki.import_export_pb2 import ImportCsvRequest

    out = tmp_path / "decks.txt"
    export_tsv(decks, out)
    col = fresh_collection()
    metadata = col.get_csv_metadata(str(out), None)
    col.import_csv(ImportCsvRequest(path=str(out), metadata=metadata))
    assert col.note_count() == sum(len(d.cards) for d in decks)
    assert col.card_count() == sum(1 for d in decks for _ in d.items())
    nid = col.db.scalar("select id from notes where guid = ?", note_guid("prove", "script"))
    note = col.get_note(nid)
    assert note["Front"].startswith("Che cosa stampa &lt;script&gt;")
    assert "Prima riga<br>seconda riga" in note["Back"]
    assert sorted(note.tags) == ["html", "prova"]
    assert col.decks.name(note.cards()[0].did) == "Prove::HTML & co"
