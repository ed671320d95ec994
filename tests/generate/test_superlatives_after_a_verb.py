"""A name a verb takes with 'a' / 'to' may be what a superlative set off after it is."""

from __future__ import annotations

from .helpers import en_questions


def test_a_name_after_to_is_the_superlatives() -> None:
    asked = en_questions(
        "After the war the family moved to Lisbon, the largest city in Portugal, and opened a "
        "bakery near the harbour."
    )
    assert asked.get("What is the largest city in Portugal?") == "Lisbon"
