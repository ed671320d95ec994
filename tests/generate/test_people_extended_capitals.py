"""Names that open with a capital of Latin Extended-A are names like any other."""

from __future__ import annotations

from .helpers import it_questions


def test_a_speaker_named_with_an_extended_capital_is_found() -> None:
    asked = it_questions(
        "«Il confine resterà chiuso ai camion», ha detto il ministro degli Esteri lituano, "
        "Tomas Žilinskas, al suo arrivo alla riunione."
    )
    assert asked.get("Chi è il ministro degli Esteri lituano?") == "Tomas Žilinskas"
