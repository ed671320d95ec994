"""What an entry's name means, in the words its paragraph quotes; out of an entry no name is
known to be the one meant."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import name_meanings
from quizlib.generate.text import clean


def asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in name_meanings.extract(doc) if c.question}


def test_what_an_entrys_name_means() -> None:
    qs = asked(
        "Title of a test article\n\nThe town grew.\n\nIqaluit\nIqaluit is the capital of "
        'Nunavut. In 1987 it took its Inuktitut name, which means "place of many fish."\n',
        "en",
    )
    assert qs == {"What does the name Iqaluit mean?": "place of many fish"}
    qs = asked(
        "Titolo di un articolo di prova\n\nIl Paese è cresciuto.\n\nBurkina Faso\nIl Burkina "
        "Faso è uno Stato dell'Africa occidentale. L'attuale nome, che significa «terra degli "
        "uomini integri», fu adottato nel 1984.\n",
        "it",
    )
    assert qs == {"Che cosa significa il nome Burkina Faso?": "terra degli uomini integri"}


def test_a_name_meaning_out_of_an_entry_is_not_asked() -> None:
    qs = asked('Title of a test article\n\nThe team chose a new name, which means "river".\n', "en")
    assert qs == {}
