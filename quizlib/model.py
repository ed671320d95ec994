"""Decks and cards: the content a person studies, as plain immutable dataclasses.

Content only. Scheduling state lives in the progress store (quizlib.srs), keyed
by (deck id, item id), so editing a card's text never touches its history.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

FORMAT_VERSION = 1

# Card and deck ids: readable, stable, safe in file names and Anki GUIDs.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

# A card's fingerprint: the first 12 hex digits of a sha256 (see card_fingerprint).
FINGERPRINT_PATTERN = re.compile(r"^[0-9a-f]{12}$")

# Anki's cloze syntax: {{c1::answer}} or {{c1::answer::hint}}.
CLOZE_PATTERN = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


class Kind(StrEnum):
    """The kind of fact a card asks about."""

    DATE = "date"
    NUMBER = "number"
    ACRONYM = "acronym"
    DEFINITION = "definition"
    ENTITY = "entity"
    QUOTE = "quote"
    ROLE = "role"
    SUPERLATIVE = "superlative"
    CLOZE = "cloze"
    OTHER = "other"


@dataclass(frozen=True)
class Card:
    """One note of a deck: a question with its answer, or a cloze text.

    A cloze card with several numbers ({{c1::..}} {{c2::..}}) is studied as one
    item per number, as in Anki.
    """

    id: str
    question: str | None = None
    answer: str | None = None
    cloze: str | None = None
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    context: str | None = None
    origin: str | None = None
    kind: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def is_cloze(self) -> bool:
        return self.cloze is not None

    def cloze_numbers(self) -> list[int]:
        """The distinct deletion numbers of a cloze card, ascending."""
        if self.cloze is None:
            return []
        return sorted({int(m.group(1)) for m in CLOZE_PATTERN.finditer(self.cloze)})

    def items(self) -> list[Item]:
        """What is studied: one item for a question, one per deletion number for a cloze."""
        if self.cloze is None:
            return [Item(self, 0)]
        return [Item(self, n) for n in self.cloze_numbers()]


@dataclass(frozen=True)
class Item:
    """One thing to review: a card, and for a cloze card the deletion number asked."""

    card: Card
    cloze_number: int = 0

    @property
    def id(self) -> str:
        return item_id(self.card.id, self.cloze_number)

    @property
    def front(self) -> str:
        """The prompt as shown before the answer; a cloze shows its gap as [...] or [hint]."""
        if self.card.cloze is None:
            return self.card.question or ""
        return render_cloze(self.card.cloze, self.cloze_number, reveal=False)

    @property
    def back(self) -> str:
        """The expected answer: the answer text, or the text hidden by this deletion."""
        if self.card.cloze is None:
            return self.card.answer or ""
        return cloze_answer(self.card.cloze, self.cloze_number)

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every answer a typed reply may match."""
        if self.card.cloze is None:
            return (self.back, *self.card.accept)
        return (self.back,)


# Everything a person can edit in a card, in one place: what card_fingerprint reads.
_CONTENT_FIELDS = tuple(spec.name for spec in fields(Card) if spec.name != "id")
# The canonical form: JSON with sorted keys, no spaces, text as it is (not \u escapes).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def card_fingerprint(card: Card) -> str:
    """A short digest of everything a person can edit in a card, its id aside.

    The deck records it for each card the generator wrote, so generating again can tell a
    card the person left alone (it follows the generator) from one they edited (it stays).
    The canonical form leaves out fields at their default, so a field added to Card later
    does not change the fingerprint of existing cards.
    """
    content: dict[str, object] = {}
    for name in _CONTENT_FIELDS:
        value = getattr(card, name)
        if value is not None and value != ():
            content[name] = value  # JSON writes a tuple as a list
    canonical = _CANONICAL.encode(content).encode("utf-8", "surrogatepass")
    return hashlib.sha256(canonical).hexdigest()[:12]


def item_id(card_id: str, cloze_number: int = 0) -> str:
    """The progress key of an item: the card id, with `#cN` for cloze deletions after the first.

    `#` never appears in a card id, so the keys cannot clash.
    """
    if cloze_number <= 1:
        return card_id
    return f"{card_id}#c{cloze_number}"


def split_item_id(key: str) -> tuple[str, int]:
    """Inverse of item_id: (card id, cloze number or 0 when the number is implicit)."""
    card_id, sep, rest = key.partition("#c")
    if sep and rest.isdigit():
        return card_id, int(rest)
    return key, 0


def render_cloze(text: str, number: int, *, reveal: bool) -> str:
    """Cloze text with deletion `number` as a gap (or revealed) and the others shown."""

    def sub(m: re.Match[str]) -> str:
        if int(m.group(1)) != number:
            return m.group(2)
        if reveal:
            return m.group(2)
        return f"[{m.group(3)}]" if m.group(3) else "[...]"

    return CLOZE_PATTERN.sub(sub, text)


def cloze_answer(text: str, number: int) -> str:
    """The text hidden by deletion `number`; several spans of one number are joined by ', '."""
    parts = [m.group(2) for m in CLOZE_PATTERN.finditer(text) if int(m.group(1)) == number]
    return ", ".join(parts)


@dataclass(frozen=True)
class Deck:
    """A deck: its identity, its language and source, and its cards in file order.

    `generated` maps every card id the generator has written into the deck to the
    card's fingerprint as the generator wrote it (None when unknown: decks written
    before fingerprints), and `deleted` lists the ones the person removed since; so
    generating again updates only cards the person left alone, adds only facts that
    are really new and never brings a deleted card back.
    """

    name: str
    id: str
    cards: tuple[Card, ...] = ()
    language: str | None = None
    source: str | None = None
    deleted: tuple[str, ...] = ()
    # Not hashed (a dict), still compared.
    generated: Mapping[str, str | None] = field(default_factory=dict, hash=False)
    # Where each card starts in its file (1-based line), for editors; not content.
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def card(self, card_id: str) -> Card | None:
        for card in self.cards:
            if card.id == card_id:
                return card
        return None

    def items(self) -> Iterator[Item]:
        for card in self.cards:
            yield from card.items()

    def with_cards(self, cards: tuple[Card, ...]) -> Deck:
        return replace(self, cards=cards, lines={})
