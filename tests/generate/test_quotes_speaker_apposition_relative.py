"""A speaker's apposition that holds a relative clause ('amministratrice di un’azienda che
lavora 2.000 tonnellate') is still the speaker's, not a clause of what was said: 'Per X, ...,
«...»' asks only the quotation."""

from __future__ import annotations

from .helpers import questions_of


def test_an_apposition_with_a_relative_before_a_quotation_in_italian() -> None:
    asked = questions_of(
        "Per Marta Ferri, amministratrice delegata di un’azienda di Ragusa che lavora circa "
        "2.000 tonnellate di pomodori all’anno, «i prezzi sono scesi e nessuno può comprare».",
        "it",
    )
    assert asked.get("Chi ha detto “i prezzi sono scesi e nessuno può comprare”?") == "Marta Ferri"
    assert not any(q.startswith("Chi ha detto che amministratrice") for q in asked)


def test_a_clause_before_a_quotation_is_still_asked_with_it() -> None:
    asked = questions_of("Per Luca Bini, il mercato è fermo, «e non ripartirà».", "it")
    assert asked.get("Chi ha detto che il mercato è fermo, “e non ripartirà”?") == "Luca Bini"
