"""The day's study queue: due learning first, then due reviews, then new items, within limits.

Limits hold per deck and for the decks studied together (like an Anki parent deck), and
count what was already done today, read from the review log. Siblings - the items of one
card, or cards of a deck sharing the same `context` sentence - are not shown on the same
day: once one is studied (or queued) today, the others wait for another day.

Built for big decks: due reviews are read from the store in due order only as far as the
limits reach, and a deck's item index is computed once per Deck object.
"""

from __future__ import annotations

import bisect
import heapq
import weakref
from collections.abc import Generator, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import repeat
from operator import attrgetter
from typing import Any

from quizlib.model import Card, Deck, Item, item_id, split_item_id
from quizlib.srs.scheduler import CardState, State
from quizlib.srs.settings import Settings
from quizlib.srs.store import _ITEM_COLUMNS, Store, from_ms, state_from_row, to_ms

Group = tuple[str, str, str]


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
    used_groups: set[Group] = field(default_factory=set)
    # learning items due later today, still as store rows (due ms, deck, row), by due:
    # turned into entries of `learning` by `release` when their time comes near
    later: list[tuple[int, Deck, tuple[Any, ...]]] = field(default_factory=list)

    def release(self, by: datetime) -> None:
        """Move the learning items due by then from `later` into `learning`."""
        if not self.later:
            return
        cut = bisect.bisect_right([r[0] for r in self.later], to_ms(by))
        for _, deck, row in self.later[:cut]:
            item = deck_index(deck).item(row[1])
            if item is not None:
                self.add_learning(Due(deck, item, state_from_row(row)))
        del self.later[:cut]

    def learning_due(self, by: datetime) -> int:
        """How many learning items are due by then."""
        self.release(by)
        return bisect.bisect_right([d.state.due for d in self.learning], by)

    def next_learning_due(self) -> datetime | None:
        """When the first learning item left today is due."""
        first = self.learning[0].state.due if self.learning else None
        if self.later:
            waiting = from_ms(self.later[0][0])
            return waiting if first is None or waiting < first else first
        return first

    def add_learning(self, due: Due) -> None:
        keys = [d.state.due for d in self.learning]
        self.learning.insert(bisect.bisect_right(keys, due.state.due), due)


def sibling_groups(deck_id: str, card: Card) -> tuple[Group, ...]:
    """The groups whose members are siblings: the card itself and its source sentence."""
    if not card.context:
        return ((deck_id, "card", card.id),)
    context = " ".join(card.context.split()).casefold()
    return ((deck_id, "card", card.id), (deck_id, "context", context))


class DeckIndex:
    """A deck's items by id, in file order; computed once per Deck object (decks are frozen).

    Kept as parallel sequences rather than a tuple per item: on a 100,000-card deck the
    many small tuples would cost more in garbage-collector passes than in building them.
    """

    def __init__(self, deck: Deck) -> None:
        cards = deck.cards
        card_ids = list(map(attrgetter("id"), cards))
        self.cards: dict[str, Card] = dict(zip(card_ids, cards, strict=True))
        self.item_ids: Sequence[str]
        self.item_cards: Sequence[Card]
        self.numbers: Sequence[int] | None  # cloze number per item; None: all 0
        self.ids: AbstractSet[str]
        if list(map(attrgetter("cloze"), cards)).count(None) == len(cards):
            # question cards only: an item per card, keyed by the card id
            self.item_ids, self.item_cards, self.numbers = card_ids, cards, None
            self.ids = self.cards.keys()
            return
        ids: list[str] = []
        item_cards: list[Card] = []
        numbers: list[int] = []
        for card in cards:
            for n in card.cloze_numbers() if card.cloze is not None else [0]:
                ids.append(item_id(card.id, n))
                item_cards.append(card)
                numbers.append(n)
        self.item_ids, self.item_cards, self.numbers = ids, item_cards, numbers
        self.ids = frozenset(ids)

    def __len__(self) -> int:
        return len(self.item_ids)

    def in_order(self) -> Iterator[tuple[str, Card, int]]:
        """(item id, card, cloze number) of every item, in file order."""
        numbers = self.numbers if self.numbers is not None else repeat(0)
        return zip(self.item_ids, self.item_cards, numbers, strict=False)

    def item(self, key: str) -> Item | None:
        """The item with this progress key, or None if the deck has no such item (an orphan)."""
        if key not in self.ids:
            return None
        card_id, number = split_item_id(key)
        card = self.cards[card_id]
        if card.cloze is not None and number == 0:
            number = card.cloze_numbers()[0]
        return Item(card, number)


_INDEXES: dict[int, tuple[weakref.ref[Deck], DeckIndex]] = {}


def deck_index(deck: Deck) -> DeckIndex:
    entry = _INDEXES.get(id(deck))
    if entry is not None and entry[0]() is deck:
        return entry[1]
    index = DeckIndex(deck)
    key = id(deck)

    def forget(_: weakref.ref[Deck]) -> None:
        _INDEXES.pop(key, None)

    _INDEXES[key] = (weakref.ref(deck, forget), index)
    return index


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
    for deck_id, key, before in rows:
        today.reviewed.setdefault(deck_id, set()).add(key)
        if before == State.NEW:
            today.new_done.setdefault(deck_id, set()).add(key)
        elif before == State.REVIEW:
            today.reviews_done[deck_id] = today.reviews_done.get(deck_id, 0) + 1
    return today


_AVAILABLE = "suspended = 0 AND (buried_until IS NULL OR buried_until <= ?)"


def _due_reviews(
    store: Store, deck_id: str, order: int, end_ms: int, now_ms: int
) -> Generator[tuple[int, int, Any], None, None]:
    """Due review rows of a deck, most overdue first, read as far as they are wanted."""
    cursor = store.db.execute(
        f"SELECT {_ITEM_COLUMNS} FROM items WHERE deck_id = ? AND state = 2 AND due < ?"
        f" AND {_AVAILABLE} ORDER BY due",
        (deck_id, end_ms, now_ms),
    )
    for row in cursor:
        yield row[6], order, row


def _buried_new_ids(store: Store, deck_id: str, now_ms: int) -> set[str]:
    rows = store.db.execute(
        "SELECT item_id FROM items WHERE deck_id = ? AND state = 0 AND buried_until > ?",
        (deck_id, now_ms),
    )
    return {r[0] for r in rows}


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
    indexes = {d.id: deck_index(d) for d in deck_list}
    today = _done_today(store, list(unique), settings.day_start(now))
    used = queue.used_groups

    for deck in deck_list:
        index = indexes[deck.id]
        for key in today.reviewed.get(deck.id, ()):
            card = index.cards.get(split_item_id(key)[0])
            if card is not None:
                used.update(sibling_groups(deck.id, card))

    # learning: every item in (re)learning due before the day ends; those due beyond the
    # learn-ahead limit stay rows until then (there can be thousands on a big deck)
    horizon_ms = to_ms(now + learn_ahead(settings))
    for deck in deck_list:
        index = indexes[deck.id]
        rows = store.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items WHERE deck_id = ? AND state IN (1, 3)"
            f" AND due < ? AND {_AVAILABLE}",
            (deck.id, end_ms, now_ms),
        )
        for row in rows:
            card = index.cards.get(split_item_id(row[1])[0])
            if card is None or row[1] not in index.ids:
                continue  # an orphan: its card left the deck
            used.update(sibling_groups(deck.id, card))
            if row[6] > horizon_ms:
                queue.later.append((row[6], deck, row))
                continue
            item = index.item(row[1])
            assert item is not None
            queue.learning.append(Due(deck, item, state_from_row(row)))
    queue.learning.sort(key=lambda d: d.state.due)
    queue.later.sort(key=lambda r: r[0])

    # reviews: most overdue first over all decks, within the limits
    reviews_total = settings.reviews_per_day - sum(today.reviews_done.values())
    reviews_left = {
        d.id: settings.reviews_per_day - today.reviews_done.get(d.id, 0) for d in deck_list
    }
    streams = [
        _due_reviews(store, d.id, order, end_ms, now_ms)
        for order, d in enumerate(deck_list)
        if reviews_left[d.id] > 0
    ]
    if reviews_total > 0:
        for _, order, row in heapq.merge(*streams):
            deck = deck_list[order]
            if reviews_left[deck.id] <= 0:
                continue
            item = indexes[deck.id].item(row[1])
            if item is None:
                continue
            groups = sibling_groups(deck.id, item.card)
            if used.intersection(groups):
                continue
            used.update(groups)
            queue.review.append(Due(deck, item, state_from_row(row)))
            reviews_left[deck.id] -= 1
            reviews_total -= 1
            if reviews_total <= 0:
                break
    for stream in streams:  # done reading: let the statements go
        stream.close()

    # new items in file order, deck by deck
    new_total = settings.new_per_day - sum(len(s) for s in today.new_done.values())
    for deck in deck_list:
        if new_total <= 0:
            break
        left = min(new_total, settings.new_per_day - len(today.new_done.get(deck.id, ())))
        if left <= 0:
            continue
        studied = store.studied_ids(deck.id)
        buried = _buried_new_ids(store, deck.id, now_ms)
        stored_new = None  # rows of new items (buried earlier, or reset): read when needed
        for key, card, number in indexes[deck.id].in_order():
            if key in studied or key in buried:
                continue
            groups = sibling_groups(deck.id, card)
            if used.intersection(groups):
                continue
            used.update(groups)
            if stored_new is None:
                stored_new = {
                    r[1]: state_from_row(r)
                    for r in store.db.execute(
                        f"SELECT {_ITEM_COLUMNS} FROM items WHERE deck_id = ? AND state = 0",
                        (deck.id,),
                    )
                }
            state = stored_new.get(key) or CardState(deck.id, key, due=now)
            queue.new.append(Due(deck, Item(card, number), state))
            left -= 1
            new_total -= 1
            if left <= 0:
                break
    return queue


def learn_ahead(settings: Settings) -> timedelta:
    return timedelta(minutes=settings.learn_ahead_minutes)
