"""The deck list's other keys: stats, browse, help, prompts; errors become notifications."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, Static

from quizlib.tui import bindings
from quizlib.tui.screens.decks import DecksScreen
from quizlib.tui.screens.help import HelpScreen
from quizlib.tui.screens.prompts import PathPrompt

from .conftest import loaded, run_async, study

pytestmark = pytest.mark.app


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


@run_async
async def test_stats_opens_on_an_empty_store(new_app) -> None:
    from quizlib.tui.screens.stats import StatsScreen

    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert errors(app) == []
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DecksScreen)


@run_async
async def test_browse_opens(new_app) -> None:
    from quizlib.tui.screens.browse import BrowseScreen

    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)
        assert errors(app) == []


@run_async
async def test_help_lists_every_binding(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=300, record=True)
        for static in app.screen.query(Static):
            console.print(static.content)
        text = console.export_text()
        for _, keys in bindings.GROUPS:
            for binding in keys:
                assert binding.id and binding.id in text
                assert (binding.tooltip or binding.description) in text
        await pilot.press("escape")
        assert isinstance(app.screen, DecksScreen)


@run_async
async def test_a_broken_deck_is_a_notification_and_the_others_load(
    new_app, deck_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("quizlib: 1\ndeck: X\ncards:\n  - id: a\n    questio: Q?\n", encoding="utf-8")
    app = new_app(deck_paths=[deck_path, broken])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        assert [d.id for d in app.decks] == ["budapest"]
        [error] = errors(app)
        assert "broken.yaml:5" in error


@run_async
async def test_no_decks_says_what_to_do(new_app) -> None:
    app = new_app(deck_paths=[])
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        assert "Press g" in str(app.screen.query_one("#message", Static).render())
        await pilot.press("enter", "x")
        assert isinstance(app.screen, DecksScreen)
        assert any("no deck" in m for m in messages(app))


@run_async
async def test_generate_prompt_checks_the_path(new_app, tmp_path: Path) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("g")
        assert isinstance(app.screen, PathPrompt)
        app.screen.query_one(Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        assert isinstance(app.screen, PathPrompt)
        assert "There is no file" in str(app.screen.query_one("#error").render())
        await pilot.press("escape")
        assert isinstance(app.screen, DecksScreen)


@run_async
async def test_generate_runs_in_a_worker_and_adds_the_deck(new_app, tmp_path: Path) -> None:
    import quizlib.generate

    if not hasattr(quizlib.generate, "generate_file"):
        pytest.skip("quizlib.generate.generate_file is not there yet")
    article = tmp_path / "lago.txt"
    article.write_text(
        "Il lago Balaton è il più grande lago dell'Europa centrale. "
        "Nel 1846 il primo battello a vapore attraversò il lago.\n",
        encoding="utf-8",
    )
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("g")
        app.screen.query_one(Input).value = str(article)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert errors(app) == []
        assert "lago" in [d.id for d in app.decks]


@run_async
async def test_export_failure_is_a_notification(new_app, tmp_path: Path) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("x")
        assert isinstance(app.screen, PathPrompt)
        app.screen.query_one(Input).value = str(tmp_path / "no" / "such" / "dir" / "x.apkg")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, DecksScreen)
        assert app.is_running
        assert not app.screen.query_one("#busy").display


@run_async
async def test_command_palette_offers_the_main_actions(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in (
            "Study all decks",
            "Study Budapest",
            "Statistics",
            "Browse cards",
            "Generate a deck",
            "Export to Anki",
            "Theme",
            "Help",
        ):
            assert title in titles


@run_async
async def test_command_palette_studies_all_decks(new_app) -> None:
    from quizlib.tui.screens.review import ReviewScreen

    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"study all", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


@run_async
async def test_every_theme_draws_the_screens(new_app) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        for theme in ("textual-light", "gruvbox", "textual-dark"):
            app.theme = theme
            await pilot.pause()
        await study(app, pilot, "space")
        app.theme = "nord"
        await pilot.pause()
        assert errors(app) == []
        assert "Again" in str(app.screen.query_one("#rate-1").label)


@run_async
async def test_tab_completes_a_path_in_the_prompt(new_app, tmp_path: Path) -> None:
    (tmp_path / "articolo-lungo.txt").write_text("Testo.\n", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("g")
        path_input = app.screen.query_one(Input)
        path_input.value = f"{tmp_path}/artic"
        path_input.cursor_position = len(path_input.value)
        await pilot.pause(0.2)  # the suggester runs in the background
        await pilot.press("tab")
        assert path_input.value == f"{tmp_path}/articolo-lungo.txt"
