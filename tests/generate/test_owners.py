"""A possessive in a role answer names its owner: the card shows one sentence, where 'her' is
no one."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.owners import owner_of


def test_her_is_the_woman_the_sentences_before_name() -> None:
    text = (
        "A swim across the channel\n\n"
        "Orla Keane entered the water at dawn and touched the rocks in the evening. Keane "
        "trains in the bay every morning. Her skipper, Ronan Doherty, said conditions were "
        "good."
    )
    deck = generate_deck(text, deck_id="t")
    roles = {c.question: c for c in deck.cards if c.question == "Who is Ronan Doherty?"}
    card = roles["Who is Ronan Doherty?"]
    assert card.answer == "Orla Keane’s skipper"
    assert "her skipper" in card.accept


def test_no_owner_when_two_people_may_be_meant() -> None:
    doc = build_document(
        "A title for the test\n\n"
        "Maria Rossi and Anna Neri crossed the lake on Sunday. Her coach, Jo Hale, was there.",
        "en",
    )
    assert owner_of("her", 1, doc, exclude={"Jo Hale"}) is None  # Maria Rossi or Anna Neri


def test_the_owner_is_of_the_gender_the_possessive_says() -> None:
    doc = build_document(
        "A title for the test\n\n"
        "Anna Neri crossed the lake on Sunday. Paul Smith rowed alone. Her coach, Jo Hale, "
        "was there. His coach, Tim Bell, waited at the pier.",
        "en",
    )
    assert owner_of("her", 2, doc, exclude={"Jo Hale"}) == "Anna Neri"  # not Paul Smith
    assert owner_of("his", 3, doc, exclude={"Tim Bell", "Jo Hale"}) == "Paul Smith"
