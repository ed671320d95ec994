"""A figure the sentence bounds or rounds ("più di trenta", "about 3,000") is answered with
its bound, and the wrong choices carry the same bound without being true as well."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.distractors import option_value
from quizlib.model import Card


def _asked(text: str, question: str) -> Card:
    deck = generate_deck(text, deck_id="t")
    return next(c for c in deck.cards if c.question == question)


def test_a_lower_bound_is_answered_and_its_choices_lie_above_it() -> None:
    card = _asked(
        "Inchiesta\n\nLa Procura di Lucca ha aperto più di 120 fascicoli negli ultimi due anni.",
        "Quanti fascicoli ha aperto la Procura di Lucca negli ultimi due anni?",
    )
    assert card.answer == "più di 120" and "120" in card.accept
    assert len(card.choices) == 4 and all(c.startswith("più di ") for c in card.choices)
    # "più di 100" would be true as well: every wrong figure is above the answer's.
    assert all(option_value(c, "it") > 120 for c in card.choices if c != card.answer)


def test_an_upper_bound_has_its_choices_below_it() -> None:
    card = _asked(
        "Ferry\n\nThe new ferry will carry up to 1,600 passengers a day between the islands.",
        "How many passengers will the new ferry carry a day between the islands?",
    )
    assert card.answer == "up to 1,600"
    assert all(c.startswith("up to ") for c in card.choices)
    assert all(option_value(c, "en") < 1600 for c in card.choices if c != card.answer)


def test_a_rounded_figure_keeps_its_word() -> None:
    card = _asked(
        "Town\n\nKelso is a market town in the Scottish Borders. Kelso has about 6,800 residents.",
        "How many residents does Kelso have?",
    )
    assert card.answer == "about 6,800" and "6,800" in card.accept
    assert all(c.startswith("about ") for c in card.choices)


def test_a_bare_figure_stays_bare() -> None:
    card = _asked(
        "Town\n\nKelso is a market town in the Scottish Borders. Kelso has 6,800 residents.",
        "How many residents does Kelso have?",
    )
    assert card.answer == "6,800"


def test_a_question_from_inside_a_quotation_keeps_none_of_its_marks() -> None:
    deck = generate_deck(
        "Biglietti\n\n«Sarà una festa per tutti, e i biglietti per gli studenti costeranno 4 "
        "euro», ha detto il presidente del club, Mario Rossi.",
        deck_id="t",
    )
    asked = [c.question for c in deck.cards if c.question and "costeranno" in c.question]
    assert asked and all("»" not in q for q in asked)
