"""A price told in an aside after the subject that goes on with whom or what it is for ('The
passes, which cost £45 a month, go on sale ...', 'Il biglietto, che costa 12 euro a persona,
...'), asked with it; a plural 'cost' before a present is a present. On small texts of their
own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_price_for_whom_in_an_aside_is_asked() -> None:
    qs = questions_of("The evening tours, which cost £8 for children, start at the castle.", "en")
    assert qs["How much do the evening tours cost for children?"] == "£8"
    qs = questions_of("Il biglietto, che costa 12 euro a persona, comprende la visita.", "it")
    assert qs["Quanto costa il biglietto a persona?"] == "12 euro"


def test_a_plural_cost_before_a_past_stays_a_past() -> None:
    qs = questions_of("The two ferries, which cost £30m each, entered service in 2019.", "en")
    assert qs["How much did the two ferries cost each?"] == "£30m"
