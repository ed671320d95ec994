"""A review session: the question, the answer, four ratings; flip, typed, choice or mixed."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label, ProgressBar, Static

from quizlib.errors import QuizlibError
from quizlib.model import CLOZE_PATTERN
from quizlib.srs.scheduler import Rating
from quizlib.tui import bindings
from quizlib.tui.widgets.choices import ChoiceList
from quizlib.tui.widgets.counts import Counts
from quizlib.tui.widgets.keybar import KeyBar
from quizlib.tui.widgets.rating_bar import RatingBar
from quizlib.tui.widgets.verdict import verdict_text

if TYPE_CHECKING:
    from quizlib.model import Deck, Item
    from quizlib.srs.queue import Due
    from quizlib.srs.session import Session
    from quizlib.srs.store import Store
    from quizlib.tui.app import QuizApp

# In mixed mode, answers this short are typed; longer ones are flipped.
SHORT_ANSWER_WORDS = 3
SHORT_ANSWER_CHARS = 32

HINTS = {
    "flip": "space: show the answer",
    "typed": "type the answer, enter: check · escape: end",
    "choice": "1-4 or ↑ ↓ enter: pick · space: show the answer",
}


def start_session(app: QuizApp, decks: Sequence[Deck], store: Store) -> Session:
    """A session over these decks with the person's settings (raises QuizlibError)."""
    from quizlib.srs.scheduler import Scheduler
    from quizlib.srs.session import Session
    from quizlib.srs.settings import Settings

    settings = app.settings or Settings()
    scheduler = Scheduler(settings, rng=app.rng)
    return Session(decks, store, scheduler, settings, app.now())


def card_mode(mode: str, item: Item) -> str:
    """How this item is asked in this session mode: flip, typed or choice."""
    has_choices = bool(item.card.choices) and not item.card.is_cloze
    if mode == "choice":
        return "choice" if has_choices else "flip"
    if mode == "mixed":
        if has_choices:
            return "choice"
        answer = item.back
        short = len(answer.split()) <= SHORT_ANSWER_WORDS and len(answer) <= SHORT_ANSWER_CHARS
        return "typed" if short else "flip"
    return mode


RIGHT = Text("Right", style="bold green")
WRONG = Text("Wrong", style="bold red")


def revealed_cloze(text: str, number: int) -> Text:
    """The cloze text with every deletion shown and the one asked highlighted."""
    out = Text(style="bold")
    end = 0
    for match in CLOZE_PATTERN.finditer(text):
        out.append(text[end : match.start()])
        asked = int(match.group(1)) == number
        out.append(match.group(2), style="green underline" if asked else "")
        end = match.end()
    out.append(text[end:])
    return out


def squash(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Tally:
    """What earlier sessions of this screen did (the session is rebuilt after an edit)."""

    studied: int = 0
    again: int = 0


class ReviewScreen(Screen[None]):
    """One item at a time until the session is done or the person ends it."""

    CSS_PATH = "review.tcss"
    BINDINGS: ClassVar[list[BindingType]] = bindings.REVIEW
    app: QuizApp

    def __init__(self, session: Session, mode: str = "flip") -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.started_at = session.started_at
        self.tally = Tally()
        self.due: Due | None = None
        self.kind = "flip"  # how the current item is asked
        self.revealed = False
        self.typed: str | None = None
        self.suggested: Rating | None = None
        self.shown_at = 0.0
        # What the deck label and the hint show, so an unchanged one is not redrawn.
        self.deck_name: str | None = None
        self.hint_text = ""
        # Kept at hand: a query per widget per card adds up to a frame.
        self.deck_label = Label("", id="deck", markup=False)
        self.counts = Counts(id="counts")
        self.progress = ProgressBar(id="progress", show_eta=False, show_percentage=False)
        self.card = VerticalScroll(id="card")
        self.front = Static(id="front", markup=False)
        self.typed_input = Input(id="typed", placeholder="your answer")
        self.choices = ChoiceList(id="choices")
        self.verdict = Static(id="verdict")
        self.back = Static(id="back")
        self.context = Static(id="context")
        self.hint = Static(id="hint", markup=False)
        self.ratings = RatingBar(id="ratings")
        self.keybar = KeyBar()

    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield self.deck_label
            yield self.counts
        yield self.progress
        with self.card:
            yield self.front
            yield self.typed_input
            yield self.choices
            yield self.verdict
            yield self.back
            yield self.context
        # One fixed height for the hint and the ratings: the card keeps its size (and is
        # not redrawn whole) when one replaces the other.
        with Vertical(id="actions"):
            yield self.hint
            yield self.ratings
        yield self.keybar

    def on_mount(self) -> None:
        self.sub_title = "Review"
        self.show_current()

    # -- showing ---------------------------------------------------------------

    def show_current(self) -> None:
        """Show the session's current item as a question, or end when there is none."""
        due = self.session.current
        self.due = due
        if due is None:
            self.call_after_refresh(self.finish)
            return
        item = due.item
        self.kind = card_mode(self.mode, item)
        self.revealed = False
        self.typed = None
        self.suggested = None
        if due.deck.name != self.deck_name:
            self.deck_name = due.deck.name
            self.deck_label.update(due.deck.name)
        self.front.update(Content.styled(item.front, "bold"))
        for widget in (self.verdict, self.back, self.context):
            widget.display = False
        # Only what this kind of question uses is touched: restyling costs a frame.
        self.typed_input.display = self.kind == "typed"
        self.choices.display = self.kind == "choice"
        if self.kind == "typed":
            self.typed_input.value = ""
            self.typed_input.focus()
        elif self.kind == "choice":
            self.choices.set_choices(item.card.choices)
            self.choices.focus()
        else:
            self.set_focus(None)
        if self.hint_text != HINTS[self.kind]:
            self.hint_text = HINTS[self.kind]
            self.hint.update(self.hint_text, layout=False)  # one line of fixed height
        self.hint.display = True
        self.ratings.display = False
        if self.card.scroll_offset:
            self.card.scroll_home(animate=False)
        self._show_progress()
        self.keybar.show_keys(self)
        self.shown_at = time.monotonic()

    def _show_progress(self) -> None:
        new, learning, review = self.session.counts
        current = None
        if self.due is not None:
            state = self.due.state
            current = 0 if state.is_new else 1 if state.is_learning else 2
        self.counts.show(new, learning, review, current)
        studied = self.tally.studied + self.session.studied
        self.progress.update(total=max(1, studied + new + learning + review), progress=studied)

    def reveal(self) -> None:
        """Show the answer, the source sentence and the four ratings with their intervals."""
        if self.due is None or self.revealed:
            return
        self.revealed = True
        if self.kind == "choice" and self.choices.picked is None:
            self._mark_choices()  # shown without a pick: as good as not knowing
            self.suggested = Rating.AGAIN
        item, deck = self.due.item, self.due.deck
        card = item.card
        revealed = None
        if card.cloze is not None:
            revealed = revealed_cloze(card.cloze, item.cloze_number)
            self.front.update(revealed)
        self.back.update(Text.assemble(("Answer  ", "dim"), (item.back, "bold green")))
        self.back.display = True
        lines = Text()
        # A cloze is often its own source sentence: no need to show it twice.
        if card.context and (revealed is None or squash(card.context) != squash(revealed.plain)):
            lines.append(card.context, style="italic")
        where = " · ".join(p for p in (card.origin, deck.source) if p)
        if where:
            lines.append(("\n" if lines else "") + f"— {where}", style="dim")
        self.context.update(lines)
        self.context.display = bool(lines)
        self.set_focus(None)
        self.hint.display = False
        self.ratings.show(self.session.preview(self.app.now()), self.suggested)
        self.ratings.display = True
        self.keybar.show_keys(self)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.due is None or self.revealed:
            return
        from quizlib.srs.answer import check_answer

        self.typed = event.value
        verdict = check_answer(event.value, self.due.item.accepted, self.due.deck.language)
        self.suggested = Rating(verdict.suggested)
        self._show_verdict(verdict_text(verdict.grade.value, event.value, verdict.diff))
        self.reveal()

    def on_choice_list_picked(self, event: ChoiceList.Picked) -> None:
        event.stop()
        if self.due is None or self.revealed:
            return
        right = event.index in self._mark_choices()
        self.typed = self.choices.choices[event.index]
        self.suggested = Rating.GOOD if right else Rating.AGAIN
        self._show_verdict(RIGHT if right else WRONG)
        self.reveal()

    def on_rating_bar_rated(self, event: RatingBar.Rated) -> None:
        event.stop()
        self.action_rate(event.rating)

    def _mark_choices(self) -> list[int]:
        """Mark the right choices (and a wrong pick); their positions."""
        assert self.due is not None
        accepted = {a.strip().casefold() for a in self.due.item.accepted}
        choices = self.choices.choices
        correct = [i for i, c in enumerate(choices) if c.strip().casefold() in accepted]
        self.choices.mark(correct)
        return correct

    def _show_verdict(self, text: Text) -> None:
        self.verdict.update(text)
        self.verdict.display = True

    # -- acting ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            return self.due is not None and not self.revealed
        if action == "accept":
            return self.revealed
        if action == "rate":
            return self.revealed or (self.due is not None and self.kind == "choice")
        if action in ("bury", "suspend", "edit"):
            return self.due is not None
        if action == "undo":
            return True if self.session.studied else None
        return True

    def action_reveal(self) -> None:
        self.reveal()

    def action_accept(self) -> None:
        # As in Anki, space or enter on the answer rates Good; here the suggestion wins.
        self.action_rate(int(self.suggested or Rating.GOOD))

    def action_rate(self, rating: int) -> None:
        if self.due is None:
            return
        if not self.revealed:
            if self.kind == "choice":
                self.choices.pick(rating - 1)
            return
        mode = self.kind
        if mode == "flip" and self.due.item.card.is_cloze:
            mode = "cloze"
        duration_ms = int((time.monotonic() - self.shown_at) * 1000)
        try:
            self.session.rate(
                Rating(rating), self.app.now(), duration_ms=duration_ms, mode=mode, typed=self.typed
            )
        except QuizlibError as error:
            self.app.report(error)
            return
        self.show_current()

    def action_undo(self) -> None:
        try:
            undone = self.session.undo(self.app.now())
        except QuizlibError as error:
            self.app.report(error)
            return
        if undone:
            self.show_current()
        else:
            self.notify("Nothing to undo in this session.", severity="warning")

    def action_bury(self) -> None:
        self._hide(self.session.bury, "Buried until tomorrow.")

    def action_suspend(self) -> None:
        self._hide(self.session.suspend, "Suspended; it comes back when you unsuspend it.")

    def _hide(self, hide: Callable[[datetime], None], message: str) -> None:
        if self.due is None:
            return
        try:
            hide(self.app.now())
        except QuizlibError as error:
            self.app.report(error)
            return
        self.notify(message, timeout=2)
        self.show_current()

    def action_edit(self) -> None:
        """Open the deck file at this card in $EDITOR, then read the deck again."""
        if self.due is None:
            return
        deck, card = self.due.deck, self.due.item.card
        path = self.app.deck_files.get(deck.id)
        if path is None:
            self.notify("This deck has no file to edit.", severity="warning")
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        command = [*shlex.split(editor), f"+{deck.lines.get(card.id, 1)}", str(path)]
        try:
            with self.app.suspend():
                subprocess.run(command, check=False)
        except FileNotFoundError:
            self.app.report(f"Cannot run the editor {command[0]!r}; set $EDITOR.")
            return
        except Exception as error:  # no terminal to hand over (a test, textual-web)
            self.app.report(f"Cannot open an editor here: {error}")
            return
        self.reload_deck(deck)

    def reload_deck(self, deck: Deck) -> None:
        """Read an edited deck again and carry on with a fresh session over the new text."""
        from quizlib.deckcache import load_deck_cached

        try:
            new = load_deck_cached(self.app.deck_files[deck.id])
        except QuizlibError as error:
            self.app.report(error, title="The deck has problems; still studying the old text")
            return
        self.app.replace_deck(new)
        old = self.session
        self.tally.studied += old.studied
        self.tally.again += old.again
        decks = [new if d.id == new.id else d for d in old.decks]
        from quizlib.srs.session import Session

        self.session = Session(decks, old.store, old.scheduler, old.settings, self.app.now())
        self.show_current()

    def action_end(self) -> None:
        self.finish()

    def finish(self) -> None:
        """Replace this screen with the session's summary."""
        from quizlib.tui.screens.summary import Summary, SummaryScreen

        if not self.is_current:
            return
        now = self.app.now()
        summary = Summary(
            studied=self.tally.studied + self.session.studied,
            again=self.tally.again + self.session.again,
            elapsed=now - self.started_at,
            learning_due=self.session.next_due,
            left=sum(self.session.counts),
        )
        self.app.switch_screen(SummaryScreen(summary, self.session.decks, now))
