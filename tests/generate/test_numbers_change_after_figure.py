"""A change by a percentage summed up after a figure, past a comma: 'The club sold 8,200
season tickets, a rise of 14% on last season' -> 'By how much did the number of season
tickets increase on last season?', 'ha registrato ricavi per 12 milioni, in calo del 6%' ->
'Di quanto sono calati i ricavi?'. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_rise_after_a_count_asks_how_much_its_number_grew() -> None:
    qs = questions_of("The club sold 8,200 season tickets, a rise of 14% on last season.", "en")
    assert qs["By how much did the number of season tickets increase on last season?"] == "14%"


def test_a_fall_after_a_sum_asks_of_the_subject() -> None:
    qs = questions_of("Total income was £3 million last year, a drop of 9% on 2023.", "en")
    assert qs["By how much did total income fall last year on 2023?"] == "9%"


def test_an_italian_rise_after_a_count_agrees_with_the_noun() -> None:
    qs = questions_of(
        "Il rifugio ha accolto 2.300 escursioniste nel 2025, con un aumento del 18 per cento "
        "rispetto al 2024.",
        "it",
    )
    assert qs["Di quanto sono aumentate le escursioniste nel 2025 rispetto al 2024?"] == (
        "18 per cento"
    )


def test_an_italian_fall_after_a_sum_for_a_noun_is_asked_of_the_noun() -> None:
    qs = questions_of(
        "Nel 2023 la cantina ha registrato ricavi per 12 milioni di euro, in calo del 6% "
        "rispetto all’anno precedente.",
        "it",
    )
    assert qs["Di quanto sono calati i ricavi nel 2023 rispetto all’anno precedente?"] == "6%"


def test_a_count_followed_by_its_verb_is_not_what_changed() -> None:
    qs = questions_of("In all, 4,100 riders from 30 clubs finished the race, up 5% on 2024.", "en")
    assert not any(q.startswith("By how much") for q in qs)
