"""Snapshots of the key screens with a fixed clock: the deck list and a card's two sides."""

from __future__ import annotations

import pytest

from .conftest import loaded, study

pytestmark = pytest.mark.app

SIZE = (100, 30)


async def wait_loaded(pilot) -> None:
    await loaded(pilot.app, pilot)


def test_deck_list(new_app, snap_compare) -> None:
    assert snap_compare(new_app(), terminal_size=SIZE, run_before=wait_loaded)


def test_choice_question(new_app, snap_compare) -> None:
    async def open_review(pilot) -> None:
        await wait_loaded(pilot)
        await study(pilot.app, pilot)

    assert snap_compare(new_app(mode="choice"), terminal_size=SIZE, run_before=open_review)


def test_typed_answer_with_difference(new_app, snap_compare) -> None:
    async def answer(pilot) -> None:
        await wait_loaded(pilot)
        await study(pilot.app, pilot, *"1873", "enter", "3")  # exact, then Good
        await pilot.press(*"Danubo", "enter")  # close: the difference is shown
        await pilot.pause()

    assert snap_compare(new_app(mode="typed"), terminal_size=SIZE, run_before=answer)
