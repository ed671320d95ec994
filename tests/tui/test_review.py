"""A whole review session through the app: reveal, rate, undo, bury, end, counts after."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from quizlib.srs.scheduler import Rating
from quizlib.tui.screens.decks import DecksScreen
from quizlib.tui.screens.review import ReviewScreen
from quizlib.tui.screens.summary import SummaryScreen
from quizlib.tui.widgets.choices import ChoiceList
from quizlib.tui.widgets.rating_bar import RatingBar

from .conftest import loaded, run_async, study

pytestmark = pytest.mark.app


def row(app, deck_id: str) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(cell) for cell in table.get_row(deck_id)]


@run_async
async def test_deck_list_shows_counts(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        assert isinstance(app.screen, DecksScreen)
        name, new, learning, due, total, retention = row(app, "budapest")
        assert (name, new, learning, due, total, retention) == ("Budapest", "4", "0", "0", "4", "—")


@run_async
async def test_whole_session_reveal_rate_undo_bury(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.due.item.id
        assert screen.session.counts == (4, 0, 0)
        assert not screen.query_one(RatingBar).display

        await pilot.press("3")  # before the answer a rating does nothing
        assert screen.session.studied == 0
        await pilot.press("space")
        assert screen.revealed and screen.query_one(RatingBar).display
        await pilot.press("3")
        assert screen.session.studied == 1
        assert app.store.get("budapest", first).reps == 1
        assert screen.due.item.id != first

        await pilot.press("u")
        assert screen.session.studied == 0
        assert screen.due.item.id == first and not screen.revealed
        state = app.store.get("budapest", first)
        assert state is None or state.is_new

        await pilot.press("b")  # bury: gone until tomorrow
        buried = app.store.get("budapest", first)
        assert buried is not None and buried.buried_until is not None
        assert screen.due.item.id != first
        assert screen.session.counts[0] == 3

        while screen.due is not None and not screen.due.state.is_learning:
            await pilot.press("space", "3")  # reveal, then Good
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.studied == 3
        assert app.screen.summary.again == 0

        await study(app, pilot)
        await loaded(app, pilot)
        assert isinstance(app.screen, DecksScreen)
        _, new, learning, due, total, _ = row(app, "budapest")
        assert (new, learning, due, total) == ("0", "3", "0", "4")


@run_async
async def test_session_runs_to_the_summary(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        for _ in range(4):
            await pilot.press("space", "4")  # Easy: out of learning at once
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.studied == 4
        assert [log.rating for log in screen.session.store.logs()] == [Rating.EASY] * 4


@run_async
async def test_rating_buttons_can_be_clicked(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot, "space")
        screen = app.screen
        assert "Easy" in str(screen.query_one("#rate-4").label)
        await pilot.click("#rate-4")
        [log] = app.store.logs()
        assert log.rating == Rating.EASY and not screen.revealed


@run_async
async def test_typed_mode_suggests_and_can_be_overridden(new_app) -> None:
    app = new_app(mode="typed")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        item = screen.due.item
        typed = screen.query_one("#typed", Input)
        assert typed.has_focus
        await pilot.press(*item.back.lower(), "enter")
        assert screen.revealed
        assert screen.suggested == Rating.GOOD
        assert screen.query_one("#rate-3").has_class("-suggested")
        assert "Exact" in str(screen.query_one("#verdict").render())

        await pilot.press("2")  # the person overrides the suggestion
        [log] = app.store.logs()
        assert (log.rating, log.mode, log.typed) == (Rating.HARD, "typed", item.back.lower())

        await pilot.press(*"nope", "enter")
        assert screen.suggested == Rating.AGAIN
        assert "Wrong" in str(screen.query_one("#verdict").render())
        await pilot.press("space")  # accept the suggestion
        assert app.store.logs()[-1].rating == Rating.AGAIN


@run_async
async def test_choice_mode_picks_with_numbers_and_falls_back_to_flip(new_app) -> None:
    app = new_app(mode="choice")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        kinds = {}
        for _ in range(4):
            item = screen.due.item
            kinds[item.id] = screen.kind
            if screen.kind == "choice":
                choices = screen.query_one(ChoiceList)
                assert choices.display and choices.has_focus
                await pilot.press(str(item.card.choices.index(item.back) + 1))
                assert screen.revealed and screen.suggested == Rating.GOOD
                await pilot.press("enter")
                assert app.store.logs()[-1].mode == "choice"
            else:
                await pilot.press("space", "3")
        assert kinds == {"formed": "choice", "river": "flip", "nato": "flip", "cities": "flip"}
        assert {log.mode for log in app.store.logs()} == {"choice", "flip", "cloze"}


@run_async
async def test_choice_with_arrows_and_a_wrong_pick(new_app) -> None:
    app = new_app(mode="choice")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        while screen.kind != "choice":
            await pilot.press("space", "3")
        await pilot.press("down", "down", "enter")  # the third choice: 1896
        assert screen.revealed and screen.suggested == Rating.AGAIN
        assert screen.query_one("#rate-1").has_class("-suggested")


@run_async
async def test_mixed_mode_asks_each_card_its_way(new_app) -> None:
    app = new_app(mode="mixed")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        screen = app.screen
        kinds = {}
        for _ in range(4):
            kinds[screen.due.item.id] = screen.kind
            if screen.kind == "typed":
                await pilot.press("enter")  # an empty answer reveals as wrong
            else:
                await pilot.press("space")
            await pilot.press("4")
        assert kinds == {"formed": "choice", "river": "typed", "nato": "flip", "cities": "typed"}


@run_async
async def test_study_flag_opens_the_review_at_once(new_app) -> None:
    app = new_app(study=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await app.workers.wait_for_complete()  # the session, started by the first load
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


@run_async
async def test_edit_opens_the_editor_at_the_card_and_reloads_the_deck(
    new_app, deck_path, tmp_path, monkeypatch
) -> None:
    import contextlib
    import sys

    calls = tmp_path / "calls.txt"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import pathlib, sys\n"
        f"pathlib.Path({str(calls)!r}).write_text(' '.join(sys.argv[1:]))\n"
        "path = pathlib.Path(sys.argv[2])\n"
        "path.write_text(path.read_text().replace('Quale fiume', 'Which river'))\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await study(app, pilot)
        screen = app.screen
        while screen.due.item.id != "river":
            await pilot.press("space", "3")
        studied = screen.session.studied
        await pilot.press("e")
        line = app.decks[0].lines["river"]
        assert calls.read_text() == f"+{line} {deck_path}"
        assert screen.due.item.id == "river"
        assert screen.due.item.front.startswith("Which river")
        assert app.decks[0].card("river").question.startswith("Which river")
        await pilot.press("space", "3", "q")
        await pilot.pause()
        assert app.screen.summary.studied == studied + 1


@run_async
async def test_nothing_due_says_when_to_come_back(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot)
        for _ in range(4):
            await pilot.press("space", "4")
        await pilot.pause()
        await pilot.press("enter")  # back to the decks
        await loaded(app, pilot)
        await study(app, pilot)  # nothing is due any more
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        assert screen.summary.studied == 0
        text = " ".join(str(s.render()) for s in screen.query("Static"))
        assert "Nothing to study now" in text
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.next_due.startswith("in ")


@run_async
async def test_card_text_is_never_read_as_markup(new_app, tmp_path) -> None:
    deck = tmp_path / "markup.yaml"
    deck.write_text(
        "quizlib: 1\ndeck: '[b]Markup[/b]'\nid: markup\ncards:\n"
        "  - id: brackets\n    question: Che cosa indica [bold] in Rich?\n"
        "    answer: '[grassetto]'\n    context: Il tag [bold] rende il testo [grassetto].\n",
        encoding="utf-8",
    )
    app = new_app(deck_paths=[deck], mode="typed")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await study(app, pilot, *"[grasetto]", "enter")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert "[bold]" in str(screen.front.render())
        assert "[grassetto]" in str(screen.back.render())
        assert "[bold]" in str(screen.context.render())
        assert str(screen.deck_label.render()) == "[b]Markup[/b]"
