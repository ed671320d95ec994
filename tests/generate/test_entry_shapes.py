"""Shapes of background entries: a short participle agrees with the entry ('è nata la
Fondazione'), a place whose name opens with an article ('a La Spezia') is where it was
founded."""

from __future__ import annotations

from .helpers import questions_of

_IT = "Festa del mare a Lerici\n\nLa festa si terrà domenica sul lungomare.\n\n"


def test_a_short_participle_agrees_with_a_feminine_entry() -> None:
    asked = questions_of(
        _IT + "Fondazione Carlini\nLa Fondazione Carlini è un ente culturale nato nel 1921 per"
        " volontà del conte Ugo Carlini.\n",
        "it",
    )
    assert asked.get("In che anno è nata la Fondazione Carlini?") == "1921", asked


def test_a_place_named_with_an_article_is_where_it_was_founded() -> None:
    asked = questions_of(_IT + "Il Circolo Remiero fu fondato a La Spezia nel 1911.\n", "it")
    assert asked.get("Dove fu fondato il Circolo Remiero?") == "La Spezia", asked


def test_a_long_definition_of_an_entry_is_asked() -> None:
    asked = questions_of(
        _IT + "Tribunale di Lerici\nIl tribunale di Lerici è l’ufficio giudiziario di primo"
        " grado competente per gran parte della provincia della Spezia e della Lunigiana.\n",
        "it",
    )
    assert asked.get("Che cos’è il tribunale di Lerici?", "").startswith("l’ufficio giudiziario")
