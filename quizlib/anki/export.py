"""Decks (and their progress) to an Anki package, through a temporary Anki collection."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizlib.anki.guid import note_guid
from quizlib.anki.notetypes import NOTE_TYPES, install, note_fields
from quizlib.anki.progress import TYPE_NEW, revlog_row, schedule_for
from quizlib.anki.tempcol import anki_days, db, temp_collection
from quizlib.errors import InteropError
from quizlib.model import Deck, item_id
from quizlib.srs.scheduler import ReviewLog
from quizlib.srs.settings import Settings
from quizlib.srs.store import to_ms

if TYPE_CHECKING:
    from anki.collection import Collection

    from quizlib.srs.store import Store


@dataclass(frozen=True)
class ExportReport:
    """What a package holds."""

    path: Path
    decks: int
    notes: int
    cards: int
    studied: int = 0
    reviews: int = 0

    def __str__(self) -> str:
        text = f"{self.notes} notes, {self.cards} cards"
        if self.studied or self.reviews:
            text += f", {self.studied} with progress, {self.reviews} reviews"
        return text


DEFAULT_EASE = 2500  # for a person whose Anki schedules with SM-2 rather than FSRS


def anki_tag(tag: str) -> str:
    """Anki tags cannot hold spaces."""
    return "_".join(tag.split())


def check_decks(decks: Sequence[Deck]) -> None:
    if not decks:
        raise InteropError("nothing to export: no decks given")
    seen: set[str] = set()
    for deck in decks:
        if deck.id in seen:
            raise InteropError(f"two decks have the id {deck.id!r}; give each deck its own id")
        seen.add(deck.id)


def export_apkg(
    decks: Sequence[Deck],
    out: Path,
    *,
    store: Store | None = None,
    now: datetime | None = None,
) -> ExportReport:
    """Write an .apkg of `decks`; with `store`, each item's scheduling and review history.

    `now` stamps the notes' modification time: Anki updates an existing note (same GUID)
    only from a newer one. Without it, Anki's own clock is used.
    """
    check_decks(decks)
    out = Path(out)
    if not out.parent.is_dir():
        raise InteropError(f"{out}: folder {out.parent} does not exist")
    from anki.errors import AnkiException

    tmp_out = out.with_name(f".{out.name}.part")
    try:
        with temp_collection() as col:
            notes, cards, studied, reviews = _fill(col, decks, store, now)
            from anki.collection import NoteIdsLimit
            from anki.import_export_pb2 import ExportAnkiPackageOptions

            nids = db(col).list("select id from notes")
            options = ExportAnkiPackageOptions(
                with_scheduling=store is not None, with_deck_configs=False, with_media=False
            )
            col.export_anki_package(
                out_path=str(tmp_out), options=options, limit=NoteIdsLimit(nids)
            )
        os.replace(tmp_out, out)
    except AnkiException as exc:
        raise InteropError(f"{out}: Anki could not write the package: {exc}") from exc
    except OSError as exc:
        raise InteropError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp_out.unlink()
    return ExportReport(out, len(decks), notes, cards, studied, reviews)


def _fill(
    col: Collection, decks: Sequence[Deck], store: Store | None, now: datetime | None
) -> tuple[int, int, int, int]:
    """Add note types, notes and (with a store) progress to an empty collection.

    Returns the numbers of notes, cards, cards with progress and reviews.
    """
    from anki import notes_pb2

    for note_type in NOTE_TYPES:
        install(col, note_type)
    requests = []
    keys: list[tuple[str, str, bool]] = []  # (deck id, card id, is cloze) per note, in order
    for deck in decks:
        anki_deck_id = col.decks.id(deck.name)
        assert anki_deck_id is not None  # create=True always gives an id
        for card in deck.cards:
            note_type, fields = note_fields(card)
            note = notes_pb2.Note(
                guid=note_guid(deck.id, card.id),
                notetype_id=note_type.id,
                fields=fields,
                tags=[anki_tag(t) for t in card.tags],
            )
            requests.append(notes_pb2.AddNoteRequest(note=note, deck_id=anki_deck_id))
            keys.append((deck.id, card.id, card.is_cloze))
    if not requests:
        raise InteropError("nothing to export: the decks have no cards")
    # The backend call takes protobuf notes directly: 3x faster than Note objects.
    nids = list(col._backend.add_notes(requests=requests).nids)
    if now is not None:
        db(col).execute("update notes set mod = ?", int(now.timestamp()))
    cards = db(col).all("select id, nid, ord from cards")
    studied = reviews = 0
    if store is not None:
        note_keys = dict(zip(nids, keys, strict=True))
        items: dict[tuple[str, str], int] = {}
        for cid, nid, ordinal in cards:
            deck_id, card_id, is_cloze = note_keys[nid]
            items[(deck_id, item_id(card_id, ordinal + 1 if is_cloze else 0))] = cid
        studied, reviews = _add_progress(col, store, [d.id for d in decks], items)
    return len(nids), len(cards), studied, reviews


def _add_progress(
    col: Collection, store: Store, deck_ids: Sequence[str], items: dict[tuple[str, str], int]
) -> tuple[int, int]:
    """Scheduling and revlog rows for every studied item; returns (cards, reviews) written."""
    from anki.cards_pb2 import FsrsMemoryState

    days = anki_days(col)
    settings = Settings()
    cards = []
    rows: list[tuple[int, ...]] = []
    row_ids: set[int] = set()
    for deck_id in deck_ids:
        logs: dict[tuple[str, str], list[ReviewLog]] = {}
        for log in store.logs(deck_id):
            logs.setdefault((log.deck_id, log.item_id), []).append(log)
        for key, state in store.states(deck_id).items():
            cid = items.get(key)
            if cid is None:
                continue  # progress of a card no longer in the deck
            sched = schedule_for(state, days, settings)
            if sched.type != TYPE_NEW:
                card = col.get_card(cid)  # type: ignore[arg-type]
                card.type, card.queue, card.due = sched.type, sched.queue, sched.due  # type: ignore[assignment]
                card.ivl, card.left, card.factor = sched.ivl, sched.left, DEFAULT_EASE
                card.reps, card.lapses = sched.reps, sched.lapses
                if sched.stability is not None and sched.difficulty is not None:
                    card.memory_state = FsrsMemoryState(
                        stability=sched.stability, difficulty=sched.difficulty
                    )
                card.last_review_time = sched.last_review
                cards.append(card)
            for log in logs.get(key, ()):
                row_id = to_ms(log.reviewed_at)
                while row_id in row_ids:
                    row_id += 1
                row_ids.add(row_id)
                rows.append(revlog_row(log, cid, row_id))
    if cards:
        col.update_cards(cards, skip_undo_entry=True)
    if rows:
        db(col).executemany(
            "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(cards), len(rows)
