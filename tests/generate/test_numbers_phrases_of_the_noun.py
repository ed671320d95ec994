"""A phrase of the counted noun is not its verb; a preposition alone is no complement; an
ordinal with no noun is not asked."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_worth_is_the_nouns_phrase_not_its_verb() -> None:
    asked = en_questions(
        "According to the central bank, around 4,800 fixed-rate loans worth a combined 190 "
        "billion krónur (£1.1bn) are due to be repriced this year."
    )
    assert not any("krónur according" in q for q in asked), asked


def test_a_preposition_alone_before_the_object_is_no_complement() -> None:
    asked = it_questions(
        "Il sol peruviano ha reagito con un rialzo dell'1,1% sul dollaro nella giornata di lunedì."
    )
    assert not any(" con sul " in q for q in asked), asked


def test_an_ordinal_of_the_year_has_no_noun_to_ask() -> None:
    asked = en_questions(
        "The satellite lifted off at 2.13pm aboard a Rocket Lab Electron rocket.\n\nThe launch "
        "was Rocket Lab's seventh of the year and the 87th Electron mission overall."
    )
    assert not any(q.startswith("Which of the year") for q in asked), asked
