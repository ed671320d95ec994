"""The end of a session: what was studied, how it went, and when to come back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from quizlib.srs.scheduler import describe_interval
from quizlib.tui import bindings
from quizlib.tui.format import clock
from quizlib.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from quizlib.model import Deck
    from quizlib.tui.app import QuizApp


@dataclass(frozen=True)
class Summary:
    studied: int
    again: int
    elapsed: timedelta
    learning_due: datetime | None  # a learning item still waiting later today
    left: int  # items still due now (the session was ended early)


class SummaryScreen(Screen[None]):
    """Cards studied, again count, time, and what is due next."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SUMMARY
    DEFAULT_CSS = """
    SummaryScreen { align: center middle; }
    SummaryScreen > Vertical {
        width: 60; height: auto; padding: 1 2; border: round $primary; align: left top;
    }
    SummaryScreen Vertical > Static { width: 100%; height: auto; }
    SummaryScreen #title { text-style: bold; margin-bottom: 1; }
    SummaryScreen #hint { color: $text-muted; margin-top: 1; }
    """
    app: QuizApp

    def __init__(self, summary: Summary, decks: Sequence[Deck], now: datetime) -> None:
        super().__init__()
        self.summary = summary
        self.decks = tuple(decks)
        self.now = now
        self.next_due = "…"

    def compose(self) -> ComposeResult:
        s = self.summary
        if s.studied == 0 and s.left == 0:
            title = "Nothing to study now"
        elif s.left:
            title = "Session ended"
        else:
            title = "Congratulations! You are done for now."
        with Vertical():
            yield Static(title, id="title", markup=False)
            yield Static(self._table("…"), id="numbers")
            yield Static("enter: back to the decks · q: quit", id="hint", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Summary"
        if not self.summary.left:
            self._find_next()

    def _table(self, next_due: str) -> Table:
        s = self.summary
        table = Table.grid(padding=(0, 2))
        table.add_column(style="dim")
        table.add_column()
        table.add_row("Studied", f"{s.studied} card{'s' if s.studied != 1 else ''}")
        if s.studied:
            table.add_row("Again", Text(f"{s.again} ({s.again / s.studied:.0%})", style="red"))
            table.add_row("Time", f"{clock(s.elapsed)} ({clock(s.elapsed / s.studied)} a card)")
        if s.left:
            table.add_row("Left today", f"{s.left} (the session was ended early)")
        else:
            table.add_row("Next", next_due)
        return table

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _find_next(self) -> str:
        """When something is due next: a waiting learning item, else the earliest review.

        Reads every state of the decks, so in a thread with its own store connection."""
        if self.summary.learning_due is not None:
            return f"in {describe_interval(self.summary.learning_due - self.now)} (learning)"
        from quizlib.srs.store import Store

        with Store.open() as store:
            dues = [
                state.due
                for deck in self.decks
                for state in store.states(deck.id).values()
                if not state.is_new and not state.suspended and state.due > self.now
            ]
        if not dues:
            return "nothing scheduled"
        return f"in {describe_interval(min(dues) - self.now)}"

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.SUCCESS:
            next_due = event.worker.result
            assert next_due is not None  # _find_next returns its hint
            self.next_due = next_due
        elif event.state == WorkerState.ERROR:
            self.next_due = "—"  # the summary never fails over a hint
        else:
            return
        self.query_one("#numbers", Static).update(self._table(self.next_due))

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_quit(self) -> None:
        self.app.exit(0)
