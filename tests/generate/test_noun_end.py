"""Where an English noun phrase ends, read the same for a thing's length ('a 5km route') and
its size ('a 2,000-seat hall'): a word of time, a place's preposition or a bracket after the
noun ends it; another noun, even before a comma, does not."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_length_is_asked_before_a_time_a_place_or_a_bracket() -> None:
    for text in (
        "The county will open a 7km greenway next spring.",
        "The county opened a 7km greenway along the canal.",
        "The county opened a 7km greenway (the old branch line) in June.",
    ):
        assert _questions(text, "en").get("How long is the greenway?") == "7km", text


def test_a_length_is_not_asked_of_half_a_compound_before_a_comma() -> None:
    asked = _questions("Crews resurfaced a 2km towpath section, which had flooded.", "en")
    assert "How long is the towpath?" not in asked
