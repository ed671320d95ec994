"""A caption credited to a 'Photograph' is furniture; a subheading that lists things in small
letters after a comma names no entry."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.blocks import heading_keys


def test_a_caption_with_a_photograph_credit_makes_no_card() -> None:
    text = (
        "Britain signs trade deal with Gulf states after four years of talks\n\n"
        "Image 1\n"
        "Business and Trade Secretary Helen Marsh and GCC Secretary General Khalid Al-Mutairi "
        "after the signing ceremony in Riyadh. Photograph: Fayez Nureldine/AFP\n\n"
        "Britain signed a free trade agreement with the six states of the Gulf on Monday, "
        "ending almost four years of negotiations.\n"
    )
    deck = generate_deck(text, language="en")
    assert deck.cards
    assert not any("signing ceremony" in (c.context or "") for c in deck.cards)


def test_a_subheading_listing_things_has_no_name_of_its_own() -> None:
    assert heading_keys("Whisky, cars and cheese") == ["Whisky, cars and cheese"]
    assert heading_keys("Anchorage, Alaska") == ["Anchorage, Alaska", "Anchorage"]
