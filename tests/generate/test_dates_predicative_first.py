"""An Italian sentence that opens with a form of 'essere' and an adjective, its subject after
the date ('Sarà operativo da lunedì 2 febbraio il nuovo reparto ...'): the question asks the
subject, when the adjective agrees with it."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _questions(body: str) -> dict[str, str]:
    doc = build_document(clean(f"Titolo di un articolo di prova qui\n\n{body}\n"), "it")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_adjective_before_the_date_and_the_subject() -> None:
    qs = _questions("Sarà operativo da lunedì 2 marzo il nuovo reparto dell’Ospedale di Lecco.")
    assert qs == {"Da quando sarà operativo il nuovo reparto dell’Ospedale di Lecco?": "2 marzo"}
    qs = _questions("Saranno visitabili dal 6 dicembre le sale del Museo di Lecco.")
    assert qs == {"Da quando saranno visitabili le sale del Museo di Lecco?": "6 dicembre"}, qs


def test_adjective_of_another_gender_is_not_the_subject_s() -> None:
    assert not _questions(
        "Sarà operativa da lunedì 2 marzo il nuovo reparto dell’Ospedale di Lecco."
    )
