"""What a name became it is: 'è diventato il Paese più giovane del mondo'."""

from __future__ import annotations

from .helpers import it_questions


def test_what_a_name_became_is_what_it_is() -> None:
    asked = it_questions("Il Sud Sudan è diventato il Paese più giovane del mondo.")
    assert asked.get("Qual è diventato il Paese più giovane del mondo?") == "Sud Sudan"


def test_a_phrase_with_con_after_it_is_not_asked() -> None:
    asked = it_questions(
        "Con l’indipendenza il Sud Sudan è diventato il Paese più giovane del mondo."
    )
    assert not any("con l’indipendenza?" in q for q in asked), asked


def test_a_time_before_became_is_no_name() -> None:
    asked = it_questions(
        "Sforzato di Valtellina\n\nLo Sforzato di Valtellina è un vino rosso secco prodotto "
        "con uve Nebbiolo. Nel 2003 è diventato il primo vino passito secco italiano a ottenere "
        "la DOCG."
    )
    question = "Qual è diventato il primo vino passito secco italiano a ottenere la DOCG?"
    assert asked.get(question) == "Sforzato di Valtellina"
