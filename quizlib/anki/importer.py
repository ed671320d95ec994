"""An Anki package to a quizlib deck (and, on request, its progress into the store).

Anki itself reads the package into a temporary collection; its notes become cards
(quizlib.anki.notes), with ids from their GUIDs (quizlib.anki.guid), and the scheduling
and revlog of studied cards become states and review logs (quizlib.anki.progress).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizlib.anki.guid import parse_guid
from quizlib.anki.html import media_in
from quizlib.anki.notes import Note, card_from_note
from quizlib.anki.package import check_package
from quizlib.anki.progress import AnkiSchedule, logs_from_revlog, state_from_card
from quizlib.anki.tempcol import anki_days, db, temp_collection
from quizlib.errors import InteropError
from quizlib.model import ID_PATTERN, Card, Deck, item_id
from quizlib.srs.scheduler import CardState, ReviewLog
from quizlib.srs.settings import Settings

if TYPE_CHECKING:
    from anki.collection import Collection

    from quizlib.srs.store import Store


@dataclass(frozen=True)
class ImportedPackage:
    """A deck read from a package, the progress of its items, and what was left out."""

    deck: Deck
    progress: list[tuple[CardState, list[ReviewLog]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_apkg(
    path: Path,
    out: Path | None,
    *,
    store: Store | None = None,
    warnings: list[str] | None = None,
) -> Deck:
    """Read an .apkg into a deck, write it to `out` (if given) and, with `store`, its progress.

    What could not be imported (media, reverse cards, notes without an answer) is
    appended to `warnings` when a list is given.
    """
    package = read_package(Path(path), deck_id_hint=out.stem if out else None)
    if out is not None:
        from quizlib.deckfile import write_deck

        try:
            write_deck(package.deck, Path(out))
        except OSError as exc:
            raise InteropError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    if store is not None:
        save_progress(store, package.progress)
    if warnings is not None:
        warnings.extend(package.warnings)
    return package.deck


def save_progress(store: Store, progress: Sequence[tuple[CardState, list[ReviewLog]]]) -> None:
    """Put imported states and reviews in the store, skipping reviews it already has.

    A state is kept when the store has none for the item or an older one: studying in
    quizlib after the Anki export wins over the package.
    """
    by_deck: dict[str, list[tuple[CardState, list[ReviewLog]]]] = {}
    for entry in progress:
        by_deck.setdefault(entry[0].deck_id, []).append(entry)
    for deck_id, entries in by_deck.items():
        states = store.states(deck_id)
        known = {(log.item_id, log.reviewed_at) for log in store.logs(deck_id)}
        for state, logs in entries:
            have = states.get(state.key)
            fresh = [log for log in logs if (log.item_id, log.reviewed_at) not in known]
            newer = (
                have is not None
                and have.last_review is not None
                and (state.last_review is None or have.last_review > state.last_review)
            )
            if newer and not fresh:
                continue
            store.put_history(have if newer and have is not None else state, fresh)


def read_package(path: Path, *, deck_id_hint: str | None = None) -> ImportedPackage:
    """Read a package with Anki in a temporary collection; nothing is written."""
    check_package(path)
    from anki.errors import AnkiException

    try:
        with temp_collection() as col:
            from anki.config_pb2 import ConfigKey
            from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

            # Keep the text as the package has it (Anki would turn it into NFC).
            col.set_config_bool(ConfigKey.NORMALIZE_NOTE_TEXT, False)
            options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=False)
            col.import_anki_package(
                ImportAnkiPackageRequest(package_path=str(path), options=options)
            )
            return _read_collection(col, path, deck_id_hint)
    except AnkiException as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InteropError(f"{path}: not a readable Anki package: {reason}") from exc


def _read_collection(col: Collection, path: Path, deck_id_hint: str | None) -> ImportedPackage:
    warnings: list[str] = []
    notetypes = {nt["id"]: nt for nt in col.models.all()}
    rows = db(col).all("select id, guid, mid, tags, flds from notes order by id")
    if not rows:
        raise InteropError(f"{path}: the package has no notes")
    cards_of: dict[int, list[tuple[Any, ...]]] = {}
    for row in db(col).all(
        "select id, nid, did, odid, ord, type, queue, due, odue, ivl, left, reps, lapses"
        " from cards order by nid, ord"
    ):
        cards_of.setdefault(row[1], []).append(tuple(row))

    anki_decks = {d.id: d.name for d in col.decks.all_names_and_ids()}
    deck_ids: set[str | None] = set()
    cards: list[Card] = []
    anki_cards: list[tuple[Card, list[tuple[Any, ...]]]] = []
    used: set[str] = set()
    deck_names: list[str] = []
    skipped_reverse = 0
    for nid, guid, mid, tags, flds in rows:
        nt = notetypes[mid]
        names = [f["name"] for f in nt["flds"]]
        note = Note(guid, nt, dict(zip(names, flds.split("\x1f"), strict=False)))
        card, problem = card_from_note(note, tags)
        if card is None:
            warnings.append(f"note {guid!r} ({nt['name']}): {problem}; left out")
            continue
        media = [m for text in note.fields.values() for m in media_in(text)]
        if media:
            warnings.append(
                f"card '{card.id}': media not imported ({', '.join(sorted(set(media))[:3])})"
            )
        deck_id, card_id = parse_guid(guid)
        deck_ids.add(deck_id)
        card_id = _unique(card_id, used)
        card = replace(card, id=card_id)
        cards.append(card)
        own = cards_of.get(nid, [])
        if not card.is_cloze:
            skipped_reverse += sum(1 for c in own if c[4] != 0)
            own = [c for c in own if c[4] == 0]
        anki_cards.append((card, own))
        deck_names.extend(anki_decks.get(c[3] or c[2], "") for c in own)
    if not cards:
        raise InteropError(f"{path}: no note could be turned into a card")
    if skipped_reverse:
        plural = "s" if skipped_reverse != 1 else ""
        warnings.append(f"{skipped_reverse} reverse card{plural} left out (quizlib asks one way)")

    name = _deck_name(deck_names)
    if not name or name == "Default":  # Anki's catch-all deck: the file says more
        name = path.stem
    only = next(iter(deck_ids)) if len(deck_ids) == 1 else None
    deck_id = only or _slug(deck_id_hint or "") or _slug(name) or "anki"
    deck = Deck(name=name, id=deck_id, cards=tuple(cards))
    progress = _progress(col, deck_id, anki_cards)
    return ImportedPackage(deck, progress, warnings)


def _unique(card_id: str, used: set[str]) -> str:
    candidate, n = card_id, 2
    while candidate in used:
        candidate, n = f"{card_id}-{n}", n + 1
    used.add(candidate)
    return candidate


def _deck_name(names: list[str]) -> str:
    """The deck the notes share: the longest common '::' prefix, else the most used deck."""
    if not names:
        return ""
    parts = [n.split("::") for n in set(names)]
    common: list[str] = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    if common:
        return "::".join(common)
    return Counter(names).most_common(1)[0][0]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-._").lower()
    return slug if ID_PATTERN.match(slug) else ""


def _progress(
    col: Collection, deck_id: str, anki_cards: list[tuple[Card, list[tuple[Any, ...]]]]
) -> list[tuple[CardState, list[ReviewLog]]]:
    """The state and review history of every studied card."""
    days = anki_days(col)
    settings = Settings()
    revlog: dict[int, list[tuple[int, ...]]] = {}
    for row in db(col).all("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog"):
        revlog.setdefault(row[1], []).append((row[0], *row[2:]))
    out: list[tuple[CardState, list[ReviewLog]]] = []
    for card, rows in anki_cards:
        for (
            cid,
            _nid,
            _did,
            odid,
            ordinal,
            ctype,
            queue,
            due,
            odue,
            ivl,
            left,
            reps,
            lapses,
        ) in rows:
            key = item_id(card.id, ordinal + 1 if card.is_cloze else 0)
            logs = logs_from_revlog(deck_id, key, revlog.get(cid, []))
            if ctype == 0 and not logs:
                if queue == -1:  # suspended before it was ever studied
                    out.append((CardState(deck_id, key, suspended=True), []))
                continue
            stability = difficulty = None
            last_review = None
            if ctype != 0:
                anki_card = col.get_card(cid)
                memory = anki_card.memory_state
                if memory is not None:
                    stability, difficulty = memory.stability, memory.difficulty
                else:
                    stability, difficulty = _computed_memory(col, cid)
                last_review = anki_card.last_review_time
            schedule = AnkiSchedule(
                ctype, queue, odue if odid else due, ivl, left, reps, lapses,
                stability, difficulty, last_review,
            )  # fmt: skip
            state = state_from_card(deck_id, key, schedule, days, settings, logs)
            if state is None:
                state = CardState(deck_id, key)
            elif state.stability is None or state.difficulty is None:
                # An SM-2 card Anki could not estimate: a guess from its interval.
                state = _guessed_memory(state, ivl)
            out.append((state, logs))
    return out


def _computed_memory(col: Collection, cid: int) -> tuple[float | None, float | None]:
    """FSRS stability and difficulty from the card's review history, as Anki computes them."""
    from anki.errors import AnkiException

    try:
        computed = col.compute_memory_state(cid)  # type: ignore[arg-type]
    except AnkiException:
        return None, None
    if not computed.stability:
        return None, None
    return computed.stability, computed.difficulty


def _guessed_memory(state: CardState, ivl: int) -> CardState:
    return replace(state, stability=float(max(1, ivl)), difficulty=5.0)
