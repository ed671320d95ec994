"""Anki note GUIDs from quizlib ids, and quizlib card ids from Anki GUIDs.

A note's GUID is its identity in Anki: importing a package again updates the notes
whose GUIDs it already has. quizlib derives it from (deck id, card id), readable and
reversible, so a deck can go to Anki and back keeping its ids:

    quizlib:<deck id>:<card id>

Notes made in Anki keep their own GUID: their card id is `anki-` followed by the GUID
with every character outside [A-Za-z0-9.-] written as `_XX` (hex), which exports back
to the same GUID.
"""

from __future__ import annotations

import re

from quizlib.model import ID_PATTERN

PREFIX = "quizlib:"
FOREIGN = "anki-"
_PLAIN = re.compile(r"[A-Za-z0-9.-]")
_ESCAPE = re.compile(r"_([0-9a-f]{2}|u[0-9a-f]{6})")


def note_guid(deck_id: str, card_id: str) -> str:
    """The GUID of a card's note."""
    if card_id.startswith(FOREIGN):
        original = _unescape(card_id[len(FOREIGN) :])
        if original:
            return original
    return f"{PREFIX}{deck_id}:{card_id}"


def parse_guid(guid: str) -> tuple[str | None, str]:
    """(deck id, card id) for a GUID quizlib wrote; (None, `anki-...` id) for any other."""
    if guid.startswith(PREFIX):
        deck_id, sep, card_id = guid[len(PREFIX) :].partition(":")
        if sep and ID_PATTERN.match(deck_id) and ID_PATTERN.match(card_id):
            return deck_id, card_id
    return None, FOREIGN + _escape(guid)


def _escape(guid: str) -> str:
    out = []
    for ch in guid:
        if _PLAIN.match(ch):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"_{ord(ch):02x}")
        else:
            out.append(f"_u{ord(ch):06x}")
    return "".join(out)


def _unescape(text: str) -> str | None:
    """The GUID an escaped id stands for, or None if `text` is not an escaped GUID."""
    if "_" in _ESCAPE.sub("", text):
        return None
    return _ESCAPE.sub(lambda m: chr(int(m.group(1).lstrip("u"), 16)), text)
