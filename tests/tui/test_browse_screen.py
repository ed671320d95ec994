"""Browse screen: the table lists every item, search filters it, enter shows the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.widgets import DataTable, Input, Static

from quizlib.model import Card, Deck
from quizlib.srs.scheduler import Rating, Scheduler
from quizlib.srs.settings import Settings
from quizlib.srs.store import Store
from quizlib.tui.screens.browse import BrowseScreen, CardDetailScreen, parse_query

from .conftest import Host, run_async

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.app


def make_decks() -> list[Deck]:
    budapest = Deck(
        name="Vertice",
        id="vertice",
        language="it",
        cards=(
            Card(
                id="budapest-1873",
                question="Quando si formò Budapest?",
                answer="1873",
                accept=("nel 1873",),
                choices=("1867", "1873", "1896", "1914"),
                context="Budapest si formò nel 1873 unificando tre città.",
                origin="entry Budapest",
                kind="date",
                tags=("budapest",),
            ),
            Card(
                id="nato-acronym",
                question="Che cosa significa la sigla NATO?",
                answer="Organizzazione del Trattato dell'Atlantico del Nord",
                kind="acronym",
                tags=("nato",),
            ),
            Card(
                id="budapest-citta",
                cloze="Budapest unì {{c1::Buda}}, {{c2::Óbuda::città}} e Pest.",
                tags=("budapest",),
            ),
        ),
    )
    other = Deck(
        name="Geography",
        id="geo",
        language="en",
        cards=(Card(id="anchorage", question="Largest city of Alaska?", answer="Anchorage"),),
    )
    return [budapest, other]


def review(store: Store, deck_id: str, item_id: str, ratings, start: datetime) -> None:
    scheduler = Scheduler(Settings(), fuzz=False)
    state = store.get(deck_id, item_id) or scheduler.new_state(deck_id, item_id, start)
    when = start
    for rating in ratings:
        state, log = scheduler.review(state, rating, when, mode="typed", typed="nel 1873")
        store.record(state, log)
        when = state.due + timedelta(hours=1)


def table_keys(screen: BrowseScreen) -> list[str]:
    return [row.item.id for row in screen.shown]


def col(screen: BrowseScreen, key: str) -> int:
    """The index of a column among those the screen shows."""
    return [c.key for c in screen.columns].index(key)


def test_parse_query_terms() -> None:
    query = parse_query('nato tag:Budapest state:new deck:geo -"tre città" state:bogus')
    assert query.words == ((False, "nato"), (True, "tre città"))
    assert query.tags == ((False, "budapest"),)
    assert query.decks == ((False, "geo"),)
    assert (False, "new") in query.states
    assert query.problems and "bogus" in query.problems[0]
    assert parse_query("dell'Atlantico").words == ((False, "dell'atlantico"),)
    assert parse_query('tag:"due parole" "unclosed').tags == ((False, "due parole"),)
    assert parse_query('"unclosed quote').words == ((False, "unclosed quote"),)


@run_async
async def test_browse_lists_every_item(store) -> None:
    decks = make_decks()
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        table = screen.query_one(DataTable)
        # The cloze card is studied as two items.
        assert table.row_count == 5
        assert set(table_keys(screen)) == {
            "budapest-1873",
            "nato-acronym",
            "budapest-citta",
            "budapest-citta#c2",
            "anchorage",
        }
        # Two decks: the deck is a column; the id is only in a card's detail.
        assert [c.key for c in screen.columns][:3] == ["deck", "question", "answer"]
        assert "id" not in [c.key for c in screen.columns]
        first = table.get_row_at(0)
        assert str(first[0]) == "Vertice"
        assert str(first[col(screen, "question")]) == "Quando si formò Budapest?"
        assert str(first[col(screen, "state")]) == "new"
        # A cloze front shows its gap, drawn as text and never read as markup.
        question, answer = col(screen, "question"), col(screen, "answer")
        assert str(table.get_row_at(2)[question]) == "Budapest unì [...], Óbuda e Pest."
        assert str(table.get_row_at(3)[answer]) == "Óbuda"
        assert str(table.get_row_at(3)[question]) == "Budapest unì Buda, [città] e Pest."
        screenshot = app.export_screenshot()
        assert "unì&#160;[...],&#160;Óbuda" in screenshot
        assert "Buda,&#160;[città]&#160;e" in screenshot
        status = str(screen.query_one("#browse-status", Static).render())
        assert "5 of 5 cards" in status and "deck order" in status


@run_async
async def test_browse_search_filters(store) -> None:
    decks = make_decks()
    review(store, "vertice", "budapest-1873", [Rating.GOOD, Rating.GOOD], NOW - timedelta(days=3))
    store.set_suspended("vertice", "nato-acronym", True)
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)

        async def search(text: str) -> list[str]:
            screen.query_one(Input).value = text
            await pilot.pause()
            return sorted(table_keys(screen))

        # Typed as a person would: `/` focuses the search box.
        await pilot.press("slash", *"budapest")
        await pilot.pause()
        assert screen.query_one(Input).value == "budapest"
        assert sorted(table_keys(screen)) == [
            "budapest-1873",
            "budapest-citta",
            "budapest-citta#c2",
        ]
        assert await search("budapest") == ["budapest-1873", "budapest-citta", "budapest-citta#c2"]
        assert table.row_count == 3
        assert await search("tag:nato") == ["nato-acronym"]
        assert await search("state:suspended") == ["nato-acronym"]
        assert await search("state:review") == ["budapest-1873"]
        assert await search("deck:geo") == ["anchorage"]
        assert await search("-tag:budapest state:new") == ["anchorage"]
        assert await search("nothing-like-this") == []
        status = str(screen.query_one("#browse-status", Static).render())
        assert "No card matches" in status
        assert await search("") == sorted(table_keys(screen)) and table.row_count == 5


@run_async
async def test_browse_sorts_by_column(store) -> None:
    decks = make_decks()
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.sort_by(col(screen, "question"))
        await pilot.pause()
        fronts = [row.item.front for row in screen.shown]
        assert fronts == sorted(fronts, key=str.casefold)
        await pilot.press("r")
        assert [row.item.front for row in screen.shown] == list(reversed(fronts))
        await pilot.press("s")  # next column: answer
        assert screen.sort_column == col(screen, "answer") and not screen.sort_reverse
        # A click on a column header sorts by that column; a second click reverses.
        table = screen.query_one(DataTable)
        state = col(screen, "state")
        state_x = sum(column.get_render_width(table) for column in table.ordered_columns[:state])
        await pilot.click(DataTable, offset=(state_x + 1, 0))
        await pilot.pause()
        assert screen.sort_column == state and not screen.sort_reverse
        await pilot.click(DataTable, offset=(state_x + 1, 0))
        await pilot.pause()
        assert screen.sort_column == state and screen.sort_reverse


@run_async
async def test_browse_detail_shows_history(store) -> None:
    decks = make_decks()
    review(store, "vertice", "budapest-1873", [Rating.AGAIN, Rating.GOOD], NOW - timedelta(days=2))
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        browse = app.screen
        assert browse.shown[0].item.id == "budapest-1873"
        await pilot.press("enter")
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, CardDetailScreen)
        fields = "\n".join(str(value.render()) for value in detail.query(".detail-value"))
        assert "Quando si formò Budapest?" in fields
        assert "nel 1873" in fields
        assert "1867 · 1873 · 1896 · 1914" in fields
        assert "entry Budapest" in fields
        assert "Budapest si formò nel 1873" in fields
        history = detail.query_one("#detail-history", DataTable)
        assert history.row_count == 2
        first, second = history.get_row_at(0), history.get_row_at(1)
        assert first[0] == "2026-11-24 12:00"
        assert str(first[1]) == "Again" and str(second[1]) == "Good"
        assert first[3] == "typed" and first[4] == "nel 1873"
        assert first[2] == "1m"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is browse
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BrowseScreen)


@run_async
async def test_browse_detail_without_history(store) -> None:
    decks = make_decks()
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CardDetailScreen)
        assert app.screen.query("#detail-no-history")


@run_async
async def test_browse_ten_thousand_cards(store) -> None:
    cards = tuple(
        Card(id=f"c{i}", question=f"Question {i}?", answer=str(i), tags=(f"t{i % 10}",))
        for i in range(10_000)
    )
    decks = [Deck(name="Big", id="big", cards=cards)]
    app = Host(lambda: BrowseScreen(decks, store, Settings(), NOW))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count == 10_000
        screen.query_one(Input).value = "tag:t3"
        await pilot.pause(0.3)  # big collections filter after a short pause in typing
        assert table.row_count == 1_000
        assert "deck" not in [c.key for c in screen.columns]  # one deck: no deck column
        assert str(table.get_row_at(0)[col(screen, "question")]) == "Question 3?"
        await pilot.press("ctrl+end")
        assert table.cursor_row == 999
