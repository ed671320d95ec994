"""A figure asked as what a verb of saying takes ('How many lakes do city biologists say?',
of 'city biologists say more than 70 lakes ... now hold ...'), and an Italian articulated
preposition before an article ('Quando risale al l’ultima?'), are no questions."""

from __future__ import annotations

from quizlib.generate.rank import well_formed

from .helpers import questions_of


def test_a_figure_a_verb_of_saying_takes_is_no_question() -> None:
    assert not well_formed("How many ponds do local wardens say?", "number")
    assert not well_formed("Quanti laghi dicono i biologi?", "number")
    assert well_formed("What did Anna Hale say?", "quote")
    assert well_formed("Quante sono le imprese attive nel tessile propriamente detto?", "number")


def test_a_preposition_before_an_article_is_no_question() -> None:
    assert not well_formed("Quando risale al l’ultima?", "date")
    assert well_formed("Quanti soci conta l’associazione dei lavoratori?", "number")


def test_a_reported_count_is_not_asked_of_the_verb_of_saying() -> None:
    asked = questions_of(
        "The water has cleared, and local wardens say more than 40 ponds that were dry in the "
        "1990s now hold frogs.",
        "en",
    )
    assert not any(q.endswith("say?") for q in asked)


def test_a_speakers_office_set_off_is_no_verb_in_italian() -> None:
    asked = questions_of(
        "Giulia Neri, sindaca di Umbertide, ha definito il progetto «una svolta».", "it"
    )
    assert asked.get("Chi ha definito il progetto “una svolta”?") == "Giulia Neri"
    assert not any(q.startswith("Chi sindaca") for q in asked)
