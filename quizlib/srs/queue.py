"""The day's study queue: due learning first, then due reviews, then new items, within limits.

Limits hold per deck and for the decks studied together (like an Anki parent deck), and
count what was already done today, read from the review log. Siblings - the items of one
card, or cards of a deck sharing the same `context` sentence - are not shown on the same
day: once one is studied (or queued) today, the others wait for another day.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from quizlib.model import Card, Deck, Item, split_item_id
from quizlib.srs.scheduler import CardState, State
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store, state_from_row, to_ms

_COLUMNS = (
    "deck_id, item_id, state, step, stability, difficulty, due, last_review, reps, lapses,"
    " suspended, buried_until"
)


@dataclass(frozen=True)
class Due:
    """An item to study now, with its deck and its current scheduling state."""

    deck: Deck
    item: Item
    state: CardState

    @property
    def key(self) -> tuple[str, str]:
        return (self.deck.id, self.item.id)


@dataclass
class DayQueue:
    """What is left to study today; built by `build_queue`, consumed by a Session."""

    learning: list[Due] = field(default_factory=list)  # sorted by due
    review: list[Due] = field(default_factory=list)
    new: list[Due] = field(default_factory=list)
    day_end: datetime | None = None
    # sibling groups already studied or queued today
    used_groups: set[tuple[str, str, str]] = field(default_factory=set)

    def add_learning(self, due: Due) -> None:
        keys = [d.state.due for d in self.learning]
        self.learning.insert(bisect.bisect_right(keys, due.state.due), due)


def sibling_groups(deck_id: str, card: Card) -> tuple[tuple[str, str, str], ...]:
    """The groups whose members are siblings: the card itself and its source sentence."""
    groups = [(deck_id, "card", card.id)]
    if card.context:
        groups.append((deck_id, "context", " ".join(card.context.split()).casefold()))
    return tuple(groups)


@dataclass
class _Today:
    new_done: dict[str, set[str]] = field(default_factory=dict)
    reviews_done: dict[str, int] = field(default_factory=dict)
    reviewed: dict[str, set[str]] = field(default_factory=dict)


def _done_today(store: Store, deck_ids: Sequence[str], since: datetime) -> _Today:
    today = _Today()
    marks = ",".join("?" * len(deck_ids))
    rows = store.db.execute(
        "SELECT deck_id, item_id, state_before FROM reviews"
        f" WHERE reviewed_at >= ? AND mode != 'import' AND deck_id IN ({marks})",
        (to_ms(since), *deck_ids),
    )
    for deck_id, item_id, before in rows:
        today.reviewed.setdefault(deck_id, set()).add(item_id)
        if before == State.NEW:
            today.new_done.setdefault(deck_id, set()).add(item_id)
        elif before == State.REVIEW:
            today.reviews_done[deck_id] = today.reviews_done.get(deck_id, 0) + 1
    return today


def _item(cards: dict[str, Card], item_id: str) -> Item | None:
    card_id, number = split_item_id(item_id)
    card = cards.get(card_id)
    if card is None:
        return None
    if card.cloze is None:
        return Item(card) if number == 0 else None
    numbers = card.cloze_numbers()
    n = number or (numbers[0] if numbers else 0)
    if n not in numbers or Item(card, n).id != item_id:
        return None
    return Item(card, n)


def build_queue(decks: Iterable[Deck], store: Store, settings: Settings, now: datetime) -> DayQueue:
    """Today's queue for some decks, as of `now`."""
    unique: dict[str, Deck] = {}
    for deck in decks:
        unique.setdefault(deck.id, deck)
    deck_list = list(unique.values())
    day_end = settings.next_day_start(now)
    queue = DayQueue(day_end=day_end)
    if not deck_list:
        return queue
    now_ms, end_ms = to_ms(now), to_ms(day_end)
    today = _done_today(store, [d.id for d in deck_list], settings.day_start(now))
    used = queue.used_groups
    cards_by_deck = {d.id: {c.id: c for c in d.cards} for d in deck_list}

    for deck in deck_list:
        cards = cards_by_deck[deck.id]
        for item_id in today.reviewed.get(deck.id, ()):
            card = cards.get(split_item_id(item_id)[0])
            if card is not None:
                used.update(sibling_groups(deck.id, card))

    reviews: list[tuple[int, int, Due]] = []
    for order, deck in enumerate(deck_list):
        cards = cards_by_deck[deck.id]
        rows = store.db.execute(
            f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state IN (1, 2, 3)"
            " AND due < ? AND suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)",
            (deck.id, end_ms, now_ms),
        )
        for row in rows:
            item = _item(cards, row[1])
            if item is None:
                continue  # an orphan: its card left the deck
            state = state_from_row(row)
            due = Due(deck, item, state)
            if state.state == State.REVIEW:
                reviews.append((row[6], order, due))
            else:
                queue.learning.append(due)
                used.update(sibling_groups(deck.id, item.card))
    queue.learning.sort(key=lambda d: d.state.due)

    reviews_total = settings.reviews_per_day - sum(today.reviews_done.values())
    reviews_left = {
        d.id: settings.reviews_per_day - today.reviews_done.get(d.id, 0) for d in deck_list
    }
    reviews.sort(key=lambda r: (r[0], r[1]))
    for _, _, due in reviews:
        if reviews_total <= 0:
            break
        if reviews_left[due.deck.id] <= 0:
            continue
        groups = sibling_groups(due.deck.id, due.item.card)
        if used.intersection(groups):
            continue
        used.update(groups)
        queue.review.append(due)
        reviews_total -= 1
        reviews_left[due.deck.id] -= 1

    new_total = settings.new_per_day - sum(len(s) for s in today.new_done.values())
    for deck in deck_list:
        if new_total <= 0:
            break
        left = min(new_total, settings.new_per_day - len(today.new_done.get(deck.id, ())))
        if left <= 0:
            continue
        # items that exist in the store and are not available as new today
        taken = {
            r[0]
            for r in store.db.execute(
                "SELECT item_id FROM items WHERE deck_id = ? AND (state != 0 OR suspended = 1"
                " OR (buried_until IS NOT NULL AND buried_until > ?))",
                (deck.id, now_ms),
            )
        }
        new_rows = {
            r[1]: state_from_row(r)
            for r in store.db.execute(
                f"SELECT {_COLUMNS} FROM items WHERE deck_id = ? AND state = 0", (deck.id,)
            )
        }
        for item in deck.items():
            if left <= 0:
                break
            key = item.id
            if key in taken:
                continue
            groups = sibling_groups(deck.id, item.card)
            if used.intersection(groups):
                continue
            used.update(groups)
            state = new_rows.get(key) or CardState(deck.id, key, due=now)
            queue.new.append(Due(deck, item, state))
            left -= 1
            new_total -= 1
    return queue


def learn_ahead(settings: Settings) -> timedelta:
    return timedelta(minutes=settings.learn_ahead_minutes)
