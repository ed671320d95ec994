"""Names asked by their kind (kinds.py): a clitic moves with its verb, a number's comma does
not end the clause, a plural noun is no present verb, and a person, a side one plays or an
object of 'has' are read as such."""

from __future__ import annotations

from quizlib.generate.extract import kinds
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


def test_an_italian_clitic_moves_with_its_verb() -> None:
    it = _questions("Il Palio dei Normanni si corre davanti al Castello Visconteo.", "it")
    assert it == {"Davanti a quale castello si corre il Palio dei Normanni?": "Castello Visconteo"}


def test_a_comma_inside_a_number_does_not_end_the_clause() -> None:
    en = _questions("Tarn Foods Ltd was ordered at Carlisle Crown Court to pay £7,500.", "en")
    assert en == {
        "At which court was Tarn Foods Ltd ordered to pay £7,500?": "Carlisle Crown Court"
    }
    it = _questions("Anna Bianchi ha lasciato alla Fondazione Garbini 3,2 milioni di euro.", "it")
    assert it == {
        "A quale fondazione Anna Bianchi ha lasciato 3,2 milioni di euro?": "Fondazione Garbini"
    }


def test_a_plural_noun_before_a_place_is_no_present_verb() -> None:
    en = _questions("The Otley cottages over the River Wharfe collapsed in 2019.", "en")
    assert en == {}


def test_a_person_whose_surname_is_a_kind_word_is_not_asked_by_the_kind() -> None:
    text = "Tarn Foods Ltd was bought by Peter Church in 2018. Mr Church said the firm was sound."
    assert _questions(text, "en") == {}
    near = _questions("Tarn Foods Ltd was fined at Carlisle Crown Court in 2018.", "en")
    assert near == {"At which court was Tarn Foods Ltd fined in 2018?": "Carlisle Crown Court"}


def test_a_side_one_plays_is_not_asked_by_its_last_word() -> None:
    assert _questions("Bristol Rovers lost to Crystal Palace on Tuesday.", "en") == {}
    near = _questions("Bristol Rovers travelled to Crystal Palace on Tuesday.", "en")
    assert near == {"To which palace did Bristol Rovers travel on Tuesday?": "Crystal Palace"}


def test_has_as_the_main_verb_is_asked_with_do() -> None:
    en = _questions("Tarn Foods Ltd has a warehouse beside the River Eden.", "en")
    assert en == {"Beside which river does Tarn Foods Ltd have a warehouse?": "River Eden"}
