"""Where a thing the sentence defines stands (seats.py): 'X è un centro di ricerca situato a
Basovizza' -> 'Dove si trova X?', 'The Rowan Institute is a research centre located in
Harwell' -> 'Where is the Rowan Institute located?', 'X è una cavità carsica ..., nel comune
di Sigillo, ...' -> 'In quale comune si trova X?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_a_defined_name_located_somewhere() -> None:
    en = "The Rowan Institute is a research centre located in Harwell, near Oxford."
    assert _questions(en, "en") == {"Where is the Rowan Institute located?": "Harwell"}
    past = "Bryn Hall was a country house located on Anglesey."
    assert _questions(past, "en") == {"Where was Bryn Hall located?": "Anglesey"}


def test_an_italian_defined_name_situated_somewhere() -> None:
    it = "Il Centro Ardesia è un laboratorio di ricerca situato a Padriciano, sul Carso."
    assert _questions(it, "it") == {"Dove si trova il Centro Ardesia?": "Padriciano"}
    bare = "Ardesia Luce è un centro di ricerca internazionale ubicato a Padriciano, dal 1990."
    assert _questions(bare, "it") == {"Dove si trova Ardesia Luce?": "Padriciano"}


def test_no_where_of_a_person_a_pronoun_or_a_long_definition() -> None:
    assert _questions("Ann Lee is a nurse located in Leeds.", "en") == {}
    assert _questions("In 2010 it was a school located in Leeds.", "en") == {}
    long = (
        "The Rowan Institute is a centre that many people in the north of the county know"
        " and love located in Harwell."
    )
    assert _questions(long, "en") == {}
    assert _questions("Da allora è un museo situato a Torino.", "it") == {}


def test_a_defined_name_set_off_in_its_town() -> None:
    it = (
        "La grotta di Monte Cucco è una cavità carsica dell’Appennino, nel comune di Sigillo,"
        " nota fin dal Seicento."
    )
    assert _questions(it, "it") == {"In quale comune si trova la grotta di Monte Cucco?": "Sigillo"}
    past = "La grotta di Monte Cucco era una cavità carsica, nel comune di Sigillo, chiusa."
    assert _questions(past, "it") == {}
