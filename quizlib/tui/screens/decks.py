"""The deck list, as Anki's: new / learning / due counts, total and retention per deck."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Label, Static
from textual.worker import Worker, WorkerState

from quizlib.errors import QuizlibError
from quizlib.tui import bindings
from quizlib.tui.widgets.counts import DUE, LEARNING, NEW, count_text
from quizlib.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from quizlib.model import Deck
    from quizlib.srs.session import Session
    from quizlib.srs.store import Store
    from quizlib.tui.app import QuizApp
    from quizlib.tui.loading import Loaded
    from quizlib.tui.screens.progress import ProgressScreen

COLUMNS = ("Deck", "New", "Learn", "Due", "Total", "Retention")
# The screen's width taken by everything but deck names: the number columns, cell
# padding, the table's border and margins, and a scrollbar's worth of slack.
NUMBER_COLUMNS_WIDTH = sum(len(c) + 2 for c in COLUMNS[1:]) + 2 + 4 + 6


class DecksScreen(Screen[None]):
    """Every deck with its counts; enter studies the highlighted one."""

    # Its stylesheet, decks.tcss, is loaded by the app (QuizApp.CSS_PATH).
    BINDINGS: ClassVar[list[BindingType]] = bindings.DECKS
    app: QuizApp

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0  # how many loads have been shown (tests wait for the first)
        self.loaded: Loaded | None = None
        # Mounted with the first decks: the first frame is drawn sooner without it.
        self.table: DataTable[Text | str] | None = None

    def compose(self) -> ComposeResult:
        # No load here: the app starts it once the first frame is out (QuizApp.on_ready);
        # a loading thread would compete with drawing it.
        yield Static("quizlib · decks", id="title", markup=False)
        yield Static("Loading decks…", id="message", markup=False)
        yield Horizontal(id="busy")
        yield KeyBar()

    def _make_table(self) -> DataTable[Text | str]:
        from textual.widgets import DataTable

        table: DataTable[Text | str] = DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        table.add_column(COLUMNS[0], key="name")
        for column in COLUMNS[1:]:
            table.add_column(Text(column, justify="right"), key=column.lower())
        self.mount(table, before="#message")
        table.focus()
        return table

    def on_screen_resume(self) -> None:
        # Back from a review, an edit or a generation: the counts have changed.
        if self.app.decks:
            self.recount()

    # -- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Read the deck files again and count them (in a thread; the screen stays live)."""
        self._load(self.app.deck_paths, self.app.now(), reread=True)

    def recount(self) -> None:
        """Count the decks already read again (after a review session)."""
        self._load(self.app.deck_paths, self.app.now(), reread=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def _load(self, paths: list[Path] | None, now: datetime, *, reread: bool) -> Loaded:
        from quizlib.tui.loading import load

        if reread:
            return load(paths, now)
        return load(paths, now, decks=self.app.decks, files=self.app.deck_files)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "session":
            if worker.state == WorkerState.SUCCESS:
                from quizlib.tui.screens.review import ReviewScreen

                session = worker.result
                assert session is not None  # _start_session returns its Session
                self.app.push_screen(ReviewScreen(session, self.app.mode))
            elif worker.state == WorkerState.ERROR and worker.error is not None:
                # A broken store or settings file: tell, do not crash.
                self.app.report(worker.error, title="Cannot start the review")
        elif worker.group == "load":
            if worker.state == WorkerState.SUCCESS:
                loaded = worker.result
                assert loaded is not None  # _load returns what it loaded
                self._show(loaded)
            elif worker.state == WorkerState.ERROR and worker.error is not None:
                self.app.report(worker.error, title="Cannot read the decks")
                self.query_one("#message", Static).update("Cannot read the decks; r tries again.")
        elif worker.group in ("generate", "export") and worker.state in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            self.query_one("#busy").display = False
            if worker.state == WorkerState.ERROR and worker.error is not None:
                title = "Generation failed" if worker.group == "generate" else "Export failed"
                self.app.report(worker.error, title=title)
            elif worker.state == WorkerState.SUCCESS:
                if worker.group == "generate":
                    generated = worker.result
                    assert generated is not None  # _generate returns (path, cards)
                    self._add_deck_file(*generated)
                else:
                    self.notify(str(worker.result), title="Done", markup=False)

    def _show(self, loaded: Loaded) -> None:
        self.shown += 1
        self.loaded = loaded
        app = self.app
        app.decks, app.deck_files, app.settings = loaded.decks, loaded.files, loaded.settings
        for error in loaded.errors:
            app.report(error, title="Problem")
        self._fill_table(loaded)
        message = self.query_one("#message", Static)
        if loaded.decks:
            due = sum(c.new + c.learning + c.due for c in loaded.counts.values())
            message.update(
                f"{len(loaded.decks)} deck{'s' if len(loaded.decks) != 1 else ''} · "
                f"{due} to study now · enter: study · ?: every key"
            )
        else:
            from quizlib.paths import user_decks_dir

            message.update(
                "No decks yet. Press g to make one from an article, "
                f"or put deck files (.yaml) in {user_decks_dir()}."
            )
        if app.study_first:
            app.study_first = False
            self.study(loaded.decks)

    def _fill_table(self, loaded: Loaded) -> None:
        selected = self.selected_deck()
        if self.table is None:
            self.table = self._make_table()
        table = self.table
        table.clear()
        # Names longer than the room left by the counts are cut, so no column scrolls away.
        room = max(12, self.size.width - NUMBER_COLUMNS_WIDTH)
        for deck in loaded.decks:
            table.add_row(*self._row(deck, loaded, room), key=deck.id)
        if selected is not None and selected.id in loaded.files:
            table.move_cursor(row=table.get_row_index(selected.id))

    def on_resize(self) -> None:
        if self.loaded is not None:
            self._fill_table(self.loaded)

    @staticmethod
    def _row(deck: Deck, loaded: Loaded, room: int) -> list[Text | str]:
        name = deck.name if len(deck.name) <= room else deck.name[: room - 1] + "…"
        counts = loaded.counts.get(deck.id)
        if counts is None:
            return [Text(name), "", "", "", str(len(deck.cards)), ""]
        retention = "—" if counts.retention is None else f"{counts.retention:.0%}"
        return [
            Text(name),
            right(count_text(counts.new, NEW)),
            right(count_text(counts.learning, LEARNING)),
            right(count_text(counts.due, DUE)),
            Text(str(counts.total), justify="right"),
            Text(retention, justify="right"),
        ]

    # -- actions -------------------------------------------------------------

    def selected_deck(self) -> Deck | None:
        table = self.table
        if table is None or not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((d for d in self.app.decks if d.id == key), None)

    def study(self, decks: list[Deck]) -> None:
        if not decks:
            self.notify("There is no deck to study.", severity="warning")
            return
        try:
            store = self.app.store  # opened here, on the UI thread that goes on using it
        except QuizlibError as error:
            self.app.report(error, title="Cannot start the review")
            return
        self._start_session(decks, store)

    @work(thread=True, exclusive=True, exit_on_error=False, group="session")
    def _start_session(self, decks: list[Deck], store: Store) -> Session:
        """Build the day's queue off the UI thread: it reads every state of the decks."""
        from quizlib.tui.screens.review import start_session

        return start_session(self.app, decks, store)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study()

    def action_study(self) -> None:
        deck = self.selected_deck()
        self.study([deck] if deck is not None else [])

    def action_study_all(self) -> None:
        self.study(list(self.app.decks))

    def action_reload(self) -> None:
        self.reload()

    def action_quit(self) -> None:
        self.app.exit(0)

    def action_stats(self) -> None:
        from quizlib.tui.screens.stats import StatsScreen

        self._push_with_store(StatsScreen)

    def action_browse(self) -> None:
        from quizlib.tui.screens.browse import BrowseScreen

        self._push_with_store(BrowseScreen)

    def _push_with_store(self, screen_type: type[ProgressScreen]) -> None:
        """Push a screen made with (decks, store, settings, now), as stats and browse are."""
        from quizlib.srs.settings import load_settings

        app = self.app
        try:
            settings = app.settings or load_settings()
            screen = screen_type(list(app.decks), app.store, settings, app.now())
        except QuizlibError as error:
            app.report(error)
            return
        app.push_screen(screen)

    def action_generate(self) -> None:
        from quizlib.tui.screens.prompts import PathPrompt

        def generate(path: Path | None) -> None:
            if path is not None:
                self._busy(f"Generating a deck from {path.name}…")
                self._generate(path)

        self.app.push_screen(
            PathPrompt(
                "Generate a deck from an article",
                "Article file (plain text, Italian or English; tab completes):",
                placeholder="path/to/article.txt",
                must_exist=True,
            ),
            generate,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="generate")
    def _generate(self, article: Path) -> tuple[Path, int]:
        from quizlib.generate import generate_file
        from quizlib.paths import deck_file_for

        output = deck_file_for(article)
        deck = generate_file(article, output)
        return output, len(deck.cards)

    def _add_deck_file(self, path: Path, cards: int) -> None:
        """Show a new deck file: the person's decks replace the shipped ones, as at start."""
        from quizlib.paths import bundled_decks_dir

        self.notify(f"{cards} cards in {path}", title="Deck written", markup=False)
        app = self.app
        bundled = bundled_decks_dir().resolve()
        if app.deck_paths is None or all(p.resolve().parent == bundled for p in app.deck_paths):
            app.deck_paths = None  # the person's decks from now on
        elif path not in app.deck_paths:
            app.deck_paths.append(path)
        self.reload()

    def action_export(self) -> None:
        deck = self.selected_deck()
        if deck is None:
            self.notify("There is no deck to export.", severity="warning")
            return
        from quizlib.tui.screens.prompts import PathPrompt

        def export(path: Path | None) -> None:
            if path is not None:
                self._busy(f"Exporting {deck.name} to {path.name}…")
                self._export(deck, path, self.app.now())

        self.app.push_screen(
            PathPrompt(
                f"Export “{deck.name}” to Anki",
                "Anki package to write (with your progress):",
                value=str(Path.cwd() / f"{deck.id}.apkg"),
            ),
            export,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _export(self, deck: Deck, out: Path, now: datetime) -> str:
        from quizlib.anki import export_apkg
        from quizlib.srs.store import Store

        with Store.open() as store:
            export_apkg([deck], out, store=store, now=now)
        return f"Wrote {out} with your progress; import it in Anki with File > Import."

    def _busy(self, text: str) -> None:
        """Show a spinner and what runs; mounted on first use to keep the first screen light."""
        from textual.widgets import LoadingIndicator

        busy = self.query_one("#busy")
        if busy.children:
            self.query_one("#busy-label", Label).update(text)
        else:
            busy.mount(LoadingIndicator(), Label(text, id="busy-label", markup=False))
        busy.display = True

    def commands(self) -> Iterable[SystemCommand]:
        """The deck list's actions for the command palette."""
        yield SystemCommand("Study all decks", "Review every deck", self.action_study_all)
        for deck in self.app.decks:
            yield SystemCommand(
                f"Study {deck.name}", f"Review {deck.id}", lambda d=deck: self.study([d])
            )
        yield SystemCommand("Statistics", "Reviews, forecast and retention", self.action_stats)
        yield SystemCommand("Browse cards", "Search every card", self.action_browse)
        yield SystemCommand("Generate a deck", "Make a deck from an article", self.action_generate)
        yield SystemCommand(
            "Export to Anki", "The selected deck with its progress", self.action_export
        )
        yield SystemCommand("Reload decks", "Read the deck files again", self.action_reload)


def right(text: Text) -> Text:
    text.justify = "right"
    return text
