"""Merging a fresh generation into a deck the person may have edited.

The deck's `generated` record maps each card id the generator wrote to the card's
fingerprint as the generator wrote it (quizlib.model.card_fingerprint), or to None
when that is unknown (decks written before fingerprints). Rules, by card id:
- a card in the deck whose fingerprint equals its record was not edited: it follows
  the generator, replaced in place by the new generation's card with that id (if the
  new generation still makes it), and its record becomes the new card's fingerprint;
- a card whose fingerprint differs from its record (the person edited it), or whose
  record is unknown, or that the person wrote themselves, is kept exactly as it is
  (the person's edits win); when an unknown record's card equals the new generation's
  card, its fingerprint is recorded: from then on it is known unedited;
- a card the generator wrote before (an id in `generated`) that is no longer in the
  deck was deleted by the person: it is recorded in `deleted` and never brought back,
  nor is any id already in `deleted`;
- any other new card is added, after the card that precedes it in the new generation,
  and its fingerprint recorded;
- cards the person wrote themselves, or whose fact is gone from the article, stay (an
  unedited card the new generation no longer makes keeps its text and its progress);
- `generated` keeps every id it had, in its order, and grows by the new generation's
  ids, so the next run can tell again; a new id that is already the person's own card
  is recorded as unknown (None) unless the two cards are equal.
"""

from __future__ import annotations

from dataclasses import replace

from quizlib.model import Card, Deck, card_fingerprint


def merge_decks(old: Deck, new: Deck) -> Deck:
    old_ids = {c.id for c in old.cards}
    removed = [i for i in old.generated if i not in old_ids and i not in old.deleted]
    deleted = (*old.deleted, *removed)
    gone = set(deleted)
    fresh = {c.id: c for c in new.cards}
    generated = dict(old.generated)
    out = [_follow(card, fresh.get(card.id), generated) for card in old.cards]
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
        generated[card.id] = card_fingerprint(card)
        position = {c.id: i for i, c in enumerate(out)}
        last_seen = card.id
    return replace(
        old,
        cards=tuple(out),
        deleted=deleted,
        generated=generated,
        language=old.language or new.language,
        source=old.source or new.source,
        lines={},
    )


def _follow(card: Card, fresh: Card | None, generated: dict[str, str | None]) -> Card:
    """The card to keep for a card of the deck, updating `generated` to match.

    Only a card known to be as the generator wrote it is replaced; when in doubt the
    person's card stays.
    """
    if fresh is None:
        return card
    if card.id not in generated:  # the person's own card, under an id the generator now makes
        generated[card.id] = None
    recorded = generated[card.id]
    now = card_fingerprint(card)
    if recorded is None:
        if now == card_fingerprint(fresh):
            generated[card.id] = now
        return card
    if now != recorded:
        return card
    generated[card.id] = card_fingerprint(fresh)
    return fresh
