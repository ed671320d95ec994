"""A person's age set off after the name, in Italian ('Anna Neri, 61 anni, ...') as in English:
'Quanti anni ha Anna Neri?'. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean
from tests.generate.helpers import article_document


def questions(text: str) -> dict[str, str]:
    doc = article_document(text, "it")
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_an_age_after_a_name_is_asked_of_the_person() -> None:
    text = (
        "All’assemblea ha parlato per prima Lucia Ferraris, 61 anni, presidente del comitato "
        "di quartiere. Ferraris ha chiesto più controlli."
    )
    assert questions(text)["Quanti anni ha Lucia Ferraris?"] == "61"
    text = "Il premio è andato a Marco Delfino (34 anni) per il romanzo d’esordio."
    assert "Quanti anni ha Marco Delfino?" not in questions(text)  # no set-off age


def test_an_age_is_not_asked_of_someone_who_died() -> None:
    text = "È morto ieri Pietro Galli, 88 anni, fondatore della cooperativa. Galli era di Asti."
    assert "Quanti anni ha Pietro Galli?" not in questions(text)


def test_a_relatives_death_leaves_the_persons_age_asked() -> None:
    text = (
        "Ha parlato Chiara Montecchiari, 24 anni, che portava la fotografia del genitore "
        "scomparso in primavera. Montecchiari è infermiera."
    )
    assert questions(text)["Quanti anni ha Chiara Montecchiari?"] == "24"


def test_the_age_of_a_person_with_a_given_name_of_central_europe() -> None:
    text = (
        "Il premio è andato al regista polacco Jakub Wierzbicki. Wierzbicki, 41 anni, era già "
        "stato a Trieste nel 2021."
    )
    assert questions(text)["Quanti anni ha Jakub Wierzbicki?"] == "41"


def test_an_age_is_the_least_of_a_sentence_s_questions() -> None:
    text = (
        "Il tribunale ha condannato a due anni e quattro mesi il geometra Carlo Neri, 58 "
        "anni, e a un anno il suo socio. Neri ha annunciato ricorso."
    )
    found = [c for c in numbers.extract(build_document(clean(f"Titolo\n\n{text}\n"), "it"))]
    ages = [c for c in found if c.question == "Quanti anni ha Carlo Neri?"]
    assert ages and all(c.score < max(o.score for o in found) for c in ages)
