"""Merging a fresh generation into a deck the person may have edited.

Rules, by card id:
- a card already in the deck is kept exactly as it is there (the person's edits win);
- a card whose id is in the deck's `deleted` list is not brought back;
- a generated card missing from the deck counts as deleted by the person, and is recorded in
  `deleted`, when the deck was generated from the same source and still holds another card
  from the same source sentence (the generator is deterministic, so it made that card before);
- any other new card is added, after the card that precedes it in the new generation;
- cards the person wrote themselves, or whose fact is gone from the article, stay.
"""

from __future__ import annotations

from dataclasses import replace

from quizlib.model import Card, Deck


def _previously_generated(card: Card, old: Deck, new: Deck, contexts: set[str]) -> bool:
    if old.source is None or old.source != new.source:
        return False
    return card.context is not None and card.context in contexts


def merge_decks(old: Deck, new: Deck) -> Deck:
    old_ids = {c.id for c in old.cards}
    deleted = list(old.deleted)
    gone = set(deleted)
    contexts = {c.context for c in old.cards if c.context}
    out: list[Card] = list(old.cards)
    position = {c.id: i for i, c in enumerate(out)}
    last_seen: str | None = None
    for card in new.cards:
        if card.id in old_ids:
            last_seen = card.id
            continue
        if card.id in gone:
            continue
        if _previously_generated(card, old, new, contexts):
            deleted.append(card.id)
            gone.add(card.id)
            continue
        at = position[last_seen] + 1 if last_seen is not None else 0
        out.insert(at, card)
        position = {c.id: i for i, c in enumerate(out)}
        last_seen = card.id
    return replace(
        old,
        cards=tuple(out),
        deleted=tuple(deleted),
        language=old.language or new.language,
        source=old.source or new.source,
        lines={},
    )
