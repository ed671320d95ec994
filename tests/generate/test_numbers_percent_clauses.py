"""Percentages of plain clauses: a change by a percentage whose object has a 'di' inside it
('ridurrà le emissioni di anidride carbonica di circa il 40%'), and a share of a whole in a
reported clause that opens with a time ('ha detto che nel 2024 l’azienda ha venduto il 60%
dei ...'). On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_change_of_an_object_with_di_inside_is_asked() -> None:
    qs = questions_of(
        "Il nuovo impianto ridurrà le emissioni di anidride carbonica di circa il 40 per cento.",
        "it",
    )
    assert qs["Di quanto il nuovo impianto ridurrà le emissioni di anidride carbonica?"] == (
        "circa il 40 per cento"
    )


def test_a_change_after_an_approximation_is_still_refused() -> None:
    qs = questions_of("Il fatturato è salito di quasi il 5% e di oltre il 3%.", "it")
    assert not any(q.startswith("Di quanto") for q in qs)


def test_a_reported_share_after_a_time_is_asked_with_the_time() -> None:
    qs = questions_of(
        "Il presidente ha ricordato che nel 2024 la cantina ha venduto il 60 per cento delle "
        "proprie bottiglie.",
        "it",
    )
    asked = "Quale percentuale delle proprie bottiglie ha venduto la cantina nel 2024?"
    assert qs[asked] == "60 per cento"
    qs = questions_of("The chairman said that in 2024 the winery sold 60% of the bottles.", "en")
    assert qs["What share of the bottles did the winery sell in 2024?"] == "60%"
