"""Anki's text import format: one note a line, tab-separated, with header lines.

Uses Anki's stock note types (Basic, Cloze), which every collection has, so the file
imports anywhere; choices join the question, context and origin join the answer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from quizlib.anki.export import anki_tag, check_decks
from quizlib.anki.guid import note_guid
from quizlib.anki.html import to_html
from quizlib.anki.notetypes import list_html
from quizlib.deckfile import write_text_atomic
from quizlib.errors import InteropError
from quizlib.model import Card, Deck

HEADER = (
    "#separator:tab\n"
    "#html:true\n"
    "#guid column:1\n"
    "#notetype column:2\n"
    "#deck column:3\n"
    "#tags column:6\n"
)


def _extra(card: Card) -> str:
    parts = []
    if card.context:
        parts.append(f"<div>{to_html(card.context)}</div>")
    if card.origin:
        parts.append(f"<div><small>{to_html(card.origin)}</small></div>")
    return "".join(parts)


def tsv_row(deck: Deck, card: Card) -> list[str]:
    """guid, note type, deck, two fields, tags."""
    if card.cloze is not None:
        notetype, first, second = "Cloze", to_html(card.cloze), _extra(card)
    else:
        notetype = "Basic"
        first = to_html(card.question or "") + list_html(card.choices, "ol", "choices")
        answer = to_html(card.answer or "")
        if card.accept:
            answer += "<br>(" + ", ".join(to_html(a) for a in card.accept) + ")"
        second = answer + ("<br><br>" + _extra(card) if _extra(card) else "")
    tags = " ".join(anki_tag(t) for t in card.tags)
    return [note_guid(deck.id, card.id), notetype, deck.name, first, second, tags]


def tsv_text(decks: Sequence[Deck]) -> str:
    buffer = io.StringIO()
    buffer.write(HEADER)
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    for deck in decks:
        for card in deck.cards:
            writer.writerow(tsv_row(deck, card))
    return buffer.getvalue()


def export_tsv(decks: Sequence[Deck], out: Path) -> None:
    """Write `decks` in Anki's text format (File > Import in Anki)."""
    check_decks(decks)
    out = Path(out)
    if not out.parent.is_dir():
        raise InteropError(f"{out}: folder {out.parent} does not exist")
    try:
        write_text_atomic(out, tsv_text(decks))
    except OSError as exc:
        raise InteropError(f"{out}: cannot write: {exc.strerror or exc}") from exc
