"""A count in a phrase with 'with'/'con' that closes a clause saying what its subject is
('Leeds is the largest city in the county, with 40 parks'): asked as what the subject has."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_trailing_with_after_a_copula_is_what_the_subject_has() -> None:
    en = _questions(
        "Leeds is the largest city in the county, with 40 parks and woodlands. "
        "The old museum was the largest in Wales, with 40,000 objects.",
        "en",
    )
    assert en["How many parks and woodlands does Leeds have?"] == "40"
    assert en["How many objects did the old museum have?"] == "40,000"
    it = _questions(
        "La Val Seriana è la valle più lunga della provincia, con 38 comuni, e conta "
        "molti rifugi. Il castello era la sede più importante della contea, con 60 stanze."
    )
    assert it["Quanti comuni ha la Val Seriana?"] == "38"
    assert it["Quante stanze aveva il castello?"] == "60"


def test_no_trailing_with_after_a_clause_of_another_verb() -> None:
    en = _questions("The team won the league last May, with 14 wins.", "en")
    assert not any("have?" in q for q in en)
