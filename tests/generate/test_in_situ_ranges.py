"""One end of a range of money is no figure to ask alone."""

from __future__ import annotations

from .helpers import en_questions


def test_one_end_of_a_range_of_money_is_not_asked() -> None:
    asked = en_questions(
        "In most cases the aircraft were decoy drones costing an estimated $20,000 to $50,000 "
        "each, while a single interceptor can cost more than €1m."
    )
    assert not any("how much to $50,000" in q for q in asked), asked
