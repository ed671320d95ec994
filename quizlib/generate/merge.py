"""Merging a fresh generation into a deck the person may have edited.

Rules, by card id:
- a card already in the deck is kept exactly as it is there (the person's edits win);
- a card the generator wrote before (the deck's `generated` list) that is no longer in the
  deck was deleted by the person: it is recorded in `deleted` and never brought back, nor is
  any id already in `deleted`;
- any other new card is added, after the card that precedes it in the new generation;
- cards the person wrote themselves, or whose fact is gone from the article, stay;
- `generated` grows by the ids of the new generation, so the next run can tell again.
"""

from __future__ import annotations

from dataclasses import replace

from quizlib.model import Card, Deck


def merge_decks(old: Deck, new: Deck) -> Deck:
    old_ids = {c.id for c in old.cards}
    removed = [i for i in old.generated if i not in old_ids and i not in old.deleted]
    deleted = (*old.deleted, *removed)
    gone = set(deleted)
    out: list[Card] = list(old.cards)
    position = {c.id: i for i, c in enumerate(out)}
    last_seen: str | None = None
    for card in new.cards:
        if card.id in old_ids:
            last_seen = card.id
            continue
        if card.id in gone:
            continue
        at = position[last_seen] + 1 if last_seen is not None else 0
        out.insert(at, card)
        position = {c.id: i for i, c in enumerate(out)}
        last_seen = card.id
    generated = tuple(dict.fromkeys((*old.generated, *(c.id for c in new.cards))))
    return replace(
        old,
        cards=tuple(out),
        deleted=deleted,
        generated=generated,
        language=old.language or new.language,
        source=old.source or new.source,
        lines={},
    )
