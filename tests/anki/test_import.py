"""Anki packages to YAML decks: quizlib's own round trip, decks made in Anki, bad files."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizlib.anki import export_apkg, import_apkg
from quizlib.anki.guid import note_guid
from quizlib.deckfile import check_deck_file, load_deck, write_deck
from quizlib.errors import InteropError
from quizlib.model import Card, Deck

from .conftest import ImportPackage, MakeCollection

pytestmark = pytest.mark.interop

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_yaml_apkg_yaml_keeps_every_card(decks: list[Deck], tmp_path: Path) -> None:
    for deck in decks:
        source = tmp_path / f"{deck.id}.yaml"
        write_deck(deck, source)
        original = load_deck(source)
        package = tmp_path / f"{deck.id}.apkg"
        export_apkg([original], package, now=NOW)
        out = tmp_path / "back" / f"{deck.id}.yaml"
        returned = import_apkg(package, out)
        assert check_deck_file(out) == []
        again = load_deck(out)
        assert (again.id, again.name) == (original.id, original.name)
        assert [c.id for c in again.cards] == [c.id for c in original.cards]
        for before, after in zip(original.cards, again.cards, strict=True):
            assert (after.question, after.answer, after.cloze) == (
                before.question,
                before.answer,
                before.cloze,
            )
            assert after == before  # choices, accepted answers, context, origin, kind, tags
        assert returned.cards == again.cards


def _anki_made_package(path: Path, *, legacy: bool = False) -> dict[str, str]:
    """A package made in Anki with stock note types; returns each note's GUID by first field."""
    from anki.collection import Collection, DeckIdLimit
    from anki.import_export_pb2 import ExportAnkiPackageOptions

    col: Any = Collection(str(path.parent / "maker" / "collection.anki2"))
    try:
        deck_id = col.decks.id("Geografia::Europa")
        guids = {}

        def add(notetype: str, *fields: str, tags: tuple[str, ...] = ()) -> None:
            note = col.new_note(col.models.by_name(notetype))
            for i, value in enumerate(fields):
                note.fields[i] = value
            note.tags = list(tags)
            col.add_note(note, deck_id)
            guids[fields[0]] = note.guid

        add("Basic", "Capitale d'<b>Ungheria</b>?", "Budapest<br>", tags=("capitali", "ue"))
        add("Basic (and reversed card)", "Fiume di Budapest", "Danubio")
        add("Basic (type in the answer)", "Anno dell'unificazione", "1873")
        add("Cloze", "{{c1::Buda}} e {{c2::Pest}}", "<i>Óbuda</i> anche")
        add("Basic", 'Bandiera <img src="flag.png">', "Rosso, bianco, verde")
        add("Basic", "Senza risposta", "")
        add(
            "Image Occlusion",
            "{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1}}",
            '<img src="mappa.png">',
        )
        nt = col.models.new("Vocabolo")
        for name in ("Parola", "Traduzione", "Note"):
            col.models.add_field(nt, col.models.new_field(name))
        template = col.models.new_template("Card 1")
        template["qfmt"], template["afmt"] = "{{Parola}}", "{{Traduzione}}"
        col.models.add_template(nt, template)
        col.models.add(nt)
        add("Vocabolo", "il fiume", "the river &amp; more", "")
        col.export_anki_package(
            out_path=str(path),
            options=ExportAnkiPackageOptions(
                with_scheduling=False, with_media=False, legacy=legacy
            ),
            limit=DeckIdLimit(deck_id),
        )
    finally:
        col.close()
    return guids


@pytest.mark.parametrize("legacy", [False, True], ids=["anki21b", "legacy"])
def test_deck_made_in_anki(
    legacy: bool, tmp_path: Path, fresh_collection: MakeCollection, import_package: ImportPackage
) -> None:
    (tmp_path / "maker").mkdir()
    package = tmp_path / "anki.apkg"
    guids = _anki_made_package(package, legacy=legacy)
    out = tmp_path / "geo.yaml"
    warnings: list[str] = []
    deck = import_apkg(package, out, warnings=warnings)
    assert check_deck_file(out) == []
    assert deck.name == "Geografia::Europa"
    assert deck.id == "geo"
    by_question = {c.question or c.cloze: c for c in deck.cards}
    basic = by_question["Capitale d'Ungheria?"]
    assert basic.answer == "Budapest" and basic.tags == ("capitali", "ue")
    assert by_question["Fiume di Budapest"].answer == "Danubio"
    assert by_question["Anno dell'unificazione"].answer == "1873"
    cloze = by_question["{{c1::Buda}} e {{c2::Pest}}"]
    assert cloze.context == "Óbuda anche"
    assert by_question["il fiume"].answer == "the river & more"
    assert by_question["Bandiera [flag.png]"].answer == "Rosso, bianco, verde"
    assert len(deck.cards) == 6  # the note without an answer is left out
    text = "\n".join(warnings)
    assert "empty answer" in text and "flag.png" in text and "1 reverse card left out" in text
    assert "image occlusion" in text
    # Ids come from the GUIDs and go back to them: a re-export updates the Anki notes.
    again = tmp_path / "again.apkg"
    export_apkg([deck], again, now=NOW)
    col = fresh_collection()
    import_package(col, again)
    del guids["Senza risposta"]
    del guids["{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1}}"]
    assert set(col.db.list("select guid from notes")) == set(guids.values())
    assert basic.id.startswith("anki-")
    assert note_guid(deck.id, basic.id) == guids["Capitale d'<b>Ungheria</b>?"]


# A zstd frame header declaring 64 GiB of content.
ZSTD_64_GIB = b"\x28\xb5\x2f\xfd\xe0" + (64 * 1024**3).to_bytes(8, "little")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.apkg", "no such file"),
        (lambda p: p, "not a file"),
        (lambda p: (p / "a.apkg").write_text("not a zip") and p / "a.apkg", "not an Anki package"),
        (lambda p: _zip(p / "b.apkg", {"hello.txt": b"hi"}), "no collection inside"),
        (lambda p: _zip(p / "c.apkg", {"collection.anki2": b"garbage" * 100}), "not a readable"),
        (
            lambda p: _zip(p / "d.apkg", {"collection.anki2": bytes(40 * 1024**2)}),
            "zip bomb",
        ),
        (
            lambda p: _zip(
                p / "e.apkg",
                # A zstd frame header declaring 64 GiB of content.
                {
                    "collection.anki21b": b"\x28\xb5\x2f\xfd\xe0"
                    + (64 * 1024**3).to_bytes(8, "little")
                },
            ),
            "would unpack",
        ),
    ],
)
def test_bad_files_give_one_line(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(InteropError, match=message) as caught:
        import_apkg(path, tmp_path / "out.yaml")
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "out.yaml").exists()


# Anki drops control characters from fields (line breaks and tabs stay).
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=40
).filter(lambda t: t.strip())


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question=_TEXT, answer=_TEXT, context=_TEXT)
def test_any_text_survives_the_round_trip(
    question: str, answer: str, context: str, tmp_path: Path
) -> None:
    card = Card(id="c", question=question, answer=answer, context=context, tags=("t",))
    cloze = Card(id="z", cloze=f"{context} {{{{c1::{answer}}}}}", origin=question)
    deck = Deck(name="Prova", id="prova", cards=(card, cloze))
    package = tmp_path / "rt.apkg"
    export_apkg([deck], package, now=NOW)
    assert import_apkg(package, None).cards == deck.cards
