"""Browse: every card of the open decks in one table, with search, sort and a detail view.

The table is rebuilt from plain rows (one call to `add_rows`) whenever the search or
the sort changes, so it stays quick with ten thousand cards.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import zip_longest
from typing import TYPE_CHECKING, Any, cast

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import ColumnKey, Row, RowKey

from quizlib.errors import QuizlibError
from quizlib.model import Deck, Item, render_cloze
from quizlib.srs.scheduler import CardState, Rating, ReviewLog, State, describe_interval
from quizlib.tui.screens.progress import ProgressScreen
from quizlib.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

STATES = ("new", "learning", "review", "suspended", "buried")
STATE_STYLES = {
    "new": "bold blue",
    "learning": "bold red",
    "relearning": "bold red",
    "review": "bold green",
    "suspended": "yellow",
    "buried": "dim",
}
STATE_ORDER = {
    name: index
    for index, name in enumerate(("new", "learning", "relearning", "review", "suspended", "buried"))
}
# Longest text shown in a table cell; the detail view shows all of it.
CELL_WIDTH = 80
# Wait this long after the last keystroke before filtering a big collection.
FILTER_DELAY = 0.12


@dataclass(frozen=True)
class BrowseRow:
    """One studied item as the table shows it, with what search and sort need."""

    index: int  # position in file order, among all rows
    deck: Deck
    item: Item
    state: CardState | None
    status: str  # new, learning, relearning, review, suspended or buried
    haystack: str  # lower-cased text that free search looks in

    @property
    def due(self) -> datetime | None:
        if self.state is None or self.status == "new":
            return None
        return self.state.due


def status_of(state: CardState | None, now: datetime) -> str:
    """The state name search and the table use; suspended and buried win over the FSRS state."""
    if state is None:
        return "new"
    if state.suspended:
        return "suspended"
    if state.is_buried(now):
        return "buried"
    return {
        State.NEW: "new",
        State.LEARNING: "learning",
        State.REVIEW: "review",
        State.RELEARNING: "relearning",
    }.get(State(state.state), "new")


def build_rows(
    decks: Sequence[Deck], states: dict[tuple[str, str], CardState], now: datetime
) -> list[BrowseRow]:
    rows: list[BrowseRow] = []
    for deck in decks:
        for item in deck.items():
            card = item.card
            state = states.get((deck.id, item.id))
            parts = [item.front, item.back, card.id, *card.accept, *card.choices]
            parts += [card.context or "", card.origin or ""]
            rows.append(
                BrowseRow(
                    index=len(rows),
                    deck=deck,
                    item=item,
                    state=state,
                    status=status_of(state, now),
                    haystack="\n".join(parts).casefold(),
                )
            )
    return rows


@dataclass(frozen=True)
class Query:
    """A parsed search: free words (all must appear) and field terms, each possibly negated."""

    words: tuple[tuple[bool, str], ...] = ()
    tags: tuple[tuple[bool, str], ...] = ()
    states: tuple[tuple[bool, str], ...] = ()
    decks: tuple[tuple[bool, str], ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.words or self.tags or self.states or self.decks)

    def matches(self, row: BrowseRow) -> bool:
        for negated, word in self.words:
            if (word in row.haystack) == negated:
                return False
        for negated, pattern in self.tags:
            hit = any(fnmatch.fnmatchcase(tag.casefold(), pattern) for tag in row.item.card.tags)
            if hit == negated:
                return False
        for negated, name in self.states:
            hit = row.status == name or (name == "learning" and row.status == "relearning")
            if hit == negated:
                return False
        for negated, pattern in self.decks:
            names = (row.deck.id.casefold(), row.deck.name.casefold())
            hit = any(
                fnmatch.fnmatchcase(n, pattern) or n.startswith(pattern + "::") for n in names
            )
            if hit == negated:
                return False
        return True


_TOKEN = re.compile(r'-?(?:\w+:)?"[^"]*"?|\S+')


def parse_query(text: str) -> Query:
    """Parse `word "two words" tag:x state:new deck:x -word`; `*` and `?` are wildcards."""
    # Only double quotes group words: apostrophes are part of words (dell'Atlantico).
    tokens = [token.replace('"', "") for token in _TOKEN.findall(text)]
    words, tags, states, decks, problems = [], [], [], [], []
    for token in tokens:
        negated = token.startswith("-") and len(token) > 1
        if negated:
            token = token[1:]
        name, sep, value = token.partition(":")
        value = value.casefold()
        if sep and name.casefold() == "tag" and value:
            tags.append((negated, value))
        elif sep and name.casefold() == "deck" and value:
            decks.append((negated, value))
        elif sep and name.casefold() in ("state", "is") and value:
            if value not in STATES and value != "relearning":
                problems.append(f"unknown state {value!r}: try {', '.join(STATES)}")
            states.append((negated, value))
        elif token:
            words.append((negated, token.casefold()))
    return Query(tuple(words), tuple(tags), tuple(states), tuple(decks), tuple(problems))


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _short(text: str, width: int = CELL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _due_text(row: BrowseRow, now: datetime) -> str:
    due = row.due
    if due is None:
        return ""
    local = due.astimezone(now.tzinfo)
    if row.status in ("learning", "relearning"):
        return local.strftime("%Y-%m-%d %H:%M")
    return local.strftime("%Y-%m-%d")


class Cell:
    """Plain text for a table cell, never read as markup, made into Text only when drawn.

    Lighter than building ten thousand Text objects up front; a card may well contain
    "[...]", which a plain string cell would take for markup.
    """

    __slots__ = ("text", "style")

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich__(self) -> Text:
        return Text(self.text, style=self.style, no_wrap=True, overflow="ellipsis")

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Cell({self.text!r})"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    cell: Callable[[BrowseRow, datetime], str]
    sort_key: Callable[[BrowseRow], SupportsRichComparison]
    style: Callable[[BrowseRow], str] | None = None


COLUMNS = (
    Column("deck", "Deck", lambda r, _: _short(r.deck.name, 16), lambda r: r.deck.name.casefold()),
    Column("id", "Id", lambda r, _: r.item.id, lambda r: r.item.id.casefold()),
    Column(
        "question", "Question", lambda r, _: _short(r.item.front), lambda r: r.item.front.casefold()
    ),
    Column(
        "answer",
        "Answer",
        lambda r, _: _short(r.item.back, CELL_WIDTH),
        lambda r: r.item.back.casefold(),
    ),
    Column("kind", "Kind", lambda r, _: r.item.card.kind or "", lambda r: r.item.card.kind or ""),
    Column(
        "tags",
        "Tags",
        lambda r, _: _short(" ".join(r.item.card.tags), 24),
        lambda r: " ".join(r.item.card.tags).casefold(),
    ),
    Column(
        "state",
        "State",
        lambda r, _: r.status,
        lambda r: STATE_ORDER.get(r.status, 0),
        lambda r: STATE_STYLES.get(r.status, ""),
    ),
    Column(
        "due",
        "Due",
        _due_text,
        lambda r: (r.due is None, r.due.timestamp() if r.due is not None else 0.0),
    ),
)


def share_width(
    room: int, wanted: dict[Any, int], weights: dict[Any, int], minimum: int
) -> dict[Any, int]:
    """Split `room` cells among columns by weight; a column never gets more than it wants.

    What a narrow column does not need goes to the others; each gets at least `minimum`.
    """
    widths = {key: 0 for key in wanted}
    open_keys = set(wanted)
    while open_keys and room > 0:
        total = sum(weights[key] for key in open_keys)
        share = {key: room * weights[key] // total for key in open_keys}
        full = {key for key in open_keys if share[key] >= wanted[key]}
        if not full:
            widths.update(share)
            break
        for key in full:
            widths[key] = wanted[key]
            room -= wanted[key]
        open_keys -= full
    return {key: min(wanted[key], max(width, minimum)) for key, width in widths.items()}


class CardTable(DataTable[Cell]):
    """A DataTable of one-line rows whose column widths the screen gives.

    DataTable measures every new cell to size its columns, which takes seconds for
    ten thousand rows; the screen knows the widths of its plain-text cells already.
    """

    def __init__(self, *, flex_columns: dict[str, int] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.content_widths: dict[str, int] = {}
        # Columns sharing what the others leave of the table's width, by weight.
        self.flex_columns = dict(flex_columns or {})

    MIN_FLEX = 12

    def add_rows(self, rows: Iterable[Iterable[Cell] | dict[str, Cell]]) -> list[RowKey]:
        """Add one-line rows in bulk: the cursor is checked once, not once a row.

        A row may also be a dict of cells by column key, used as it is (not copied).
        """
        columns = self.ordered_columns
        start = self.row_count
        keys = []
        for index, cells in enumerate(rows, start):
            key = RowKey()
            self._row_locations[key] = index
            if isinstance(cells, dict):
                # Keyed by the columns' key strings, which find the same entries as their
                # ColumnKeys (a StringKey hashes and compares as its value).
                self._data[key] = cast("dict[ColumnKey, Cell]", cells)
            else:
                self._data[key] = {c.key: cell for c, cell in zip_longest(columns, cells)}
            self.rows[key] = Row(key, 1)
            keys.append(key)
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if start == 0 and keys and columns and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()
        self._update_count += 1
        self.check_idle()
        return keys

    def _on_resize(self, event: events.Resize) -> None:
        super()._on_resize(event)
        self._require_update_dimensions = True

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        padding = 2 * self.cell_padding
        widths = {}
        for key, column in self.columns.items():
            widths[key] = max(self.content_widths.get(str(key.value), 0), column.label.cell_len)
        flex = {k: self.flex_columns[k.value] for k in widths if k.value in self.flex_columns}
        if flex and self.size.width:
            others = sum(width + padding for key, width in widths.items() if key not in flex)
            room = self.size.width - self.styles.scrollbar_size_vertical - others
            room -= padding * len(flex)
            widths.update(share_width(room, {k: widths[k] for k in flex}, flex, self.MIN_FLEX))
        changed = False
        for key, column in self.columns.items():
            changed |= column.content_width != widths[key]
            column.content_width = widths[key]
        if changed:
            self._update_count += 1
        header_height = self.header_height if self.show_header else 0
        width = sum(column.get_render_width(self) for column in self.columns.values())
        self.virtual_size = Size(
            width + self._row_label_column_width, self._total_row_height + header_height
        )
        self.refresh()


class BrowseScreen(ProgressScreen):
    """All cards of the given decks: search, sort, and enter for a card's detail."""

    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="browse.back", tooltip="Back to the decks"),
        Binding("q", "back", "Back", show=False, id="browse.quit", tooltip="Back to the decks"),
        Binding(
            "slash",
            "focus_search",
            "Search",
            key_display="/",
            id="browse.search",
            tooltip="Search: words, tag:x, state:new|learning|review|suspended, deck:x, -word",
        ),
        Binding(
            "enter",
            "open_card",
            "Card detail",
            id="browse.open",
            tooltip="The selected card with its review history",
        ),
        Binding(
            "s",
            "sort_next",
            "Sort column",
            id="browse.sort",
            tooltip="Sort by the next column (or click a column header)",
        ),
        Binding(
            "r", "sort_reverse", "Reverse sort", id="browse.reverse", tooltip="Reverse the order"
        ),
        Binding(
            "down",
            "focus_table",
            "Go to the table",
            show=False,
            id="browse.table",
            tooltip="From the search box down to the table",
        ),
    ]

    def setup(self) -> None:
        # The id is in a card's detail; the deck only when there are several.
        self.columns = tuple(
            c for c in COLUMNS if c.key != "id" and (c.key != "deck" or len(self.decks) > 1)
        )
        self.rows: list[BrowseRow] = []
        self.shown: list[BrowseRow] = []
        self.query_text = ""
        self.sort_column: int | None = None  # None: deck file order
        self.sort_reverse = False
        self._by_key: dict[RowKey, BrowseRow] = {}
        self._filter_timer: Timer | None = None
        self._cells: list[dict[str, Cell]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="browse-body"):
            yield Input(
                placeholder="Search: words, tag:x, state:new|learning|review|suspended, deck:x",
                id="browse-search",
            )
            yield Static("", id="browse-status")
            yield CardTable(
                flex_columns={"question": 3, "answer": 2},
                id="browse-table",
                cursor_type="row",
                zebra_stripes=True,
                show_row_labels=False,
            )
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Browse"
        table = self.query_one(CardTable)
        for column in self.columns:
            table.add_column(column.label, key=column.key)
        try:
            states = self.store.states()
        except QuizlibError as error:
            self.notify(str(error), title="Cannot read progress", severity="error")
            states = {}
        self.rows = build_rows(self.decks, states, self.now)
        now = self.now
        # Made once; a search only chooses among them.
        self._cells = [
            {c.key: Cell(c.cell(row, now), c.style(row) if c.style else "") for c in self.columns}
            for row in self.rows
        ]
        table.content_widths = {
            column.key: max((cell_len(cells[column.key].text) for cells in self._cells), default=0)
            for column in self.columns
        }
        self.refresh_rows()
        table.focus()

    # Filtering and sorting

    def refresh_rows(self) -> None:
        """Recompute the shown rows from the search and sort, and refill the table in one call."""
        query = parse_query(self.query_text)
        shown = self.rows if query.empty else [row for row in self.rows if query.matches(row)]
        if self.sort_column is not None:
            column = self.columns[self.sort_column]
            shown = sorted(shown, key=column.sort_key, reverse=self.sort_reverse)
        elif self.sort_reverse:
            shown = shown[::-1]
        self.shown = shown
        table = self.query_one(CardTable)
        current = self.current_row
        table.clear()
        cells = self._cells
        keys = table.add_rows([cells[row.index] for row in shown])
        self._by_key = {key: row for key, row in zip(keys, shown, strict=True)}
        self._update_labels()
        if current is not None:
            for index, row in enumerate(shown):
                if row is current:
                    table.move_cursor(row=index, animate=False)
                    break
        self._update_status(query)

    def _update_labels(self) -> None:
        table = self.query_one(DataTable)
        arrow = " ▼" if self.sort_reverse else " ▲"
        for index, column in enumerate(self.columns):
            label = column.label + (arrow if index == self.sort_column else "")
            table.columns[ColumnKey(column.key)].label = Text(label)
        table.refresh()

    def _update_status(self, query: Query) -> None:
        total = len(self.rows)
        if not total:
            message = "No cards in these decks."
        elif not self.shown:
            message = f"No card matches. 0 of {total} cards."
        else:
            message = f"{len(self.shown)} of {total} cards"
        if self.sort_column is None:
            message += " · in deck order"
        else:
            message += f" · sorted by {self.columns[self.sort_column].label.lower()}"
        message += " (reversed)" if self.sort_reverse else ""
        if query.problems:
            message += " · " + "; ".join(query.problems)
        self.query_one("#browse-status", Static).update(Text(message))

    @property
    def current_row(self) -> BrowseRow | None:
        table = self.query_one(DataTable)
        if not self.shown or table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return self._by_key.get(row_key)

    @on(Input.Changed, "#browse-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self._filter_timer is not None:
            self._filter_timer.stop()
        if len(self.rows) <= 2000:
            self.refresh_rows()
        else:
            self._filter_timer = self.set_timer(FILTER_DELAY, self.refresh_rows)

    @on(Input.Submitted, "#browse-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.query_text = event.value
        self.refresh_rows()
        self.query_one(DataTable).focus()

    @on(DataTable.HeaderSelected)
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        self.sort_by(event.column_index)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_card()

    def sort_by(self, index: int) -> None:
        """Sort by column `index`; choosing the current sort column again reverses the order."""
        if index == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column = index
            self.sort_reverse = False
        self.refresh_rows()

    # Actions

    def action_back(self) -> None:
        self.dismiss()

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_sort_next(self) -> None:
        following = 0 if self.sort_column is None else self.sort_column + 1
        self.sort_column = following if following < len(self.columns) else None
        self.sort_reverse = False
        self.refresh_rows()

    def action_sort_reverse(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self.refresh_rows()

    def action_open_card(self) -> None:
        row = self.current_row
        if row is None:
            return
        try:
            logs = self.store.logs(row.deck.id, row.item.id)
            state = self.store.get(row.deck.id, row.item.id)
        except QuizlibError as error:
            self.notify(str(error), title="Cannot read progress", severity="error")
            return
        self.app.push_screen(CardDetailScreen(row.deck, row.item, state, logs, self.now))


RATING_NAMES = {
    Rating.AGAIN: "Again",
    Rating.HARD: "Hard",
    Rating.GOOD: "Good",
    Rating.EASY: "Easy",
}
RATING_STYLES = {
    Rating.AGAIN: "red",
    Rating.HARD: "yellow",
    Rating.GOOD: "green",
    Rating.EASY: "blue",
}


class CardDetailScreen(ModalScreen[None]):
    """One card: its content, its scheduling state and its review history."""

    CSS_PATH = "browse.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", id="card-detail.close", tooltip="Back to the table"),
        Binding(
            "q", "close", "Close", show=False, id="card-detail.quit", tooltip="Back to the table"
        ),
    ]

    def __init__(
        self,
        deck: Deck,
        item: Item,
        state: CardState | None,
        logs: Sequence[ReviewLog],
        now: datetime,
    ) -> None:
        super().__init__()
        self.deck = deck
        self.item = item
        self.state = state
        self.logs = tuple(logs)
        self.now = now

    def compose(self) -> ComposeResult:
        card = self.item.card
        with VerticalScroll(id="card-detail"):
            yield Static(
                Text(f"{self.deck.name} · {self.item.id}", style="bold"), id="detail-title"
            )
            fields: list[tuple[str, str]] = [
                ("Cloze" if card.is_cloze else "Question", self.item.front),
                ("Answer", self.item.back),
            ]
            if card.cloze is not None:
                full = render_cloze(card.cloze, self.item.cloze_number, reveal=True)
                fields.append(("Text", full))
            if card.accept:
                fields.append(("Accept", " · ".join(card.accept)))
            if card.choices:
                fields.append(("Choices", " · ".join(card.choices)))
            if card.context:
                fields.append(("Context", card.context))
            if card.origin:
                fields.append(("Origin", card.origin))
            if card.kind:
                fields.append(("Kind", card.kind))
            if card.tags:
                fields.append(("Tags", " ".join(card.tags)))
            fields.append(("State", self._state_text()))
            with Vertical(id="detail-fields"):
                for label, value in fields:
                    with Horizontal(classes="detail-field"):
                        yield Static(label, classes="detail-label")
                        yield Static(Text(value), classes="detail-value")
            yield Static(
                Text(f"Review history ({len(self.logs)})", style="bold"), id="detail-history-title"
            )
            if self.logs:
                yield DataTable(id="detail-history", cursor_type="none", zebra_stripes=True)
            else:
                yield Static("Not reviewed yet.", id="detail-no-history")
            yield Static(Text("escape to close", style="dim"), id="detail-hint")

    def on_mount(self) -> None:
        if not self.logs:
            return
        table = self.query_one("#detail-history", DataTable)
        table.add_columns("Date", "Rating", "Interval", "Mode", "Typed", "Time")
        rows = []
        for log in self.logs:
            rating = Rating(log.rating)
            duration = "" if log.duration_ms is None else f"{log.duration_ms / 1000:.1f}s"
            rows.append(
                (
                    log.reviewed_at.astimezone(self.now.tzinfo).strftime("%Y-%m-%d %H:%M"),
                    Text(RATING_NAMES[rating], style=RATING_STYLES[rating]),
                    describe_interval(log.interval),
                    log.mode,
                    log.typed or "",
                    duration,
                )
            )
        table.add_rows(rows)

    def _state_text(self) -> str:
        state = self.state
        status = status_of(state, self.now)
        if state is None or status == "new":
            return status
        parts = [status, f"due {state.due.astimezone(self.now.tzinfo):%Y-%m-%d %H:%M}"]
        if state.stability is not None:
            parts.append(f"stability {state.stability:.1f}d")
        if state.difficulty is not None:
            parts.append(f"difficulty {state.difficulty:.1f}")
        parts.append(f"{plural(state.reps, 'review')}, {plural(state.lapses, 'lapse')}")
        return " · ".join(parts)

    def action_close(self) -> None:
        self.dismiss()
