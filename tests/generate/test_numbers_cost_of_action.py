"""The cost a clause's action comes at, told after the verb or its object ('will resurface the
car park at an estimated cost of £2.6m', 'rifarà la piazza a un costo di 1,8 milioni', 'ha
ceduto la sede per un valore di 5 milioni'), and a price in an English relative on the
definite noun phrase that ends the clause ('has bought the old mill, which cost £2m'). On
small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_cost_after_the_object_is_asked_with_at_what_cost() -> None:
    qs = questions_of(
        "The council will resurface the car park at an estimated cost of £2.6m.", "en"
    )
    assert qs["At what estimated cost will the council resurface the car park?"] == "£2.6m"
    qs = questions_of("The pier was rebuilt in 2021 at a cost of £7m.", "en")
    assert qs["At what cost was the pier rebuilt in 2021?"] == "£7m"


def test_an_italian_cost_or_value_after_the_object_is_asked() -> None:
    qs = questions_of("Il Comune rifarà la piazza a un costo di 1,8 milioni di euro.", "it")
    assert qs["A quale costo il Comune rifarà la piazza?"] == "1,8 milioni di euro"
    qs = questions_of(
        "La banca ha ceduto la sede storica per un valore di 5 milioni di euro.", "it"
    )
    assert qs["Per quale valore la banca ha ceduto la sede storica?"] == "5 milioni di euro"


def test_a_cost_after_a_comma_and_a_second_figure_is_not_asked_of_the_clause() -> None:
    qs = questions_of(
        "Ministers set a new opening date of 2031, at an estimated total cost of £2.2bn.", "en"
    )
    assert not any(q.startswith("At what") for q in qs)


def test_a_price_in_a_relative_on_the_object_is_asked_of_the_object() -> None:
    qs = questions_of("The trust has bought the old mill, which cost £2m.", "en")
    assert qs["How much did the old mill cost?"] == "£2m"
    qs = questions_of("Residents objected to the new depot, which will cost £3m.", "en")
    assert not any(q.startswith("How much will the new depot") for q in qs)
