"""A name that opens its sentence and is said nowhere else keeps its capital inside a question
when the dictionary writes it only with a capital ('Manitoba', 'Firenze'), though the
dictionary knows it."""

from __future__ import annotations

from .helpers import questions_of


def test_a_place_said_once_at_the_start_keeps_its_capital_in_english() -> None:
    asked = questions_of(
        "Farmers in the west had a poor harvest this year. Manitoba alone grows about 40% of "
        "the country's oats, and local mills buy most of it.",
        "en",
    )
    assert "What share of the country’s oats does Manitoba alone grow?" in asked
    assert not any("manitoba" in q for q in asked)


def test_a_place_said_once_at_the_start_keeps_its_capital_in_italian() -> None:
    asked = questions_of(
        "Il raccolto è stato scarso in tutta la regione. Firenze da sola produce il 30% del "
        "vino della provincia.",
        "it",
    )
    assert any("Firenze da sola" in q for q in asked)
    assert not any("firenze" in q for q in asked)


def test_a_common_word_at_the_start_is_still_lowercased() -> None:
    asked = questions_of(
        "The harvest was poor this year. Water alone costs the farm about £40,000 a year.",
        "en",
    )
    assert "How much does water alone cost the farm a year?" in asked


def test_an_ordinary_word_that_opens_two_sentences_is_lowercased() -> None:
    asked = questions_of(
        "Work on the new section is due to start in April. Work is expected to take about 40 "
        "months. The council said the work would cost £2 million.",
        "en",
    )
    assert "When is work on the new section due to start?" in asked
    assert not any(" Work " in q for q in asked)
