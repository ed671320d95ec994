"""A part of a town asked by its kind: 'built in the Attercliffe area of the city' -> 'In which
area of the city was ... built?', 'aperto nella frazione di Colle' -> 'In quale frazione ...?'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import kinds
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


def test_an_area_of_the_city_named_before_its_kind() -> None:
    text = "The new depot of Tarmac Ltd was built in the Attercliffe area of the city."
    assert _answers(text, "en") == {
        "In which area of the city was the new depot of Tarmac Ltd built?": "Attercliffe"
    }


def test_a_district_of_a_named_town() -> None:
    text = "The Hale Bakery opened in the Holbeck district of Leeds in 1990."
    assert _answers(text, "en") == {
        "In which district of Leeds did the Hale Bakery open in 1990?": "Holbeck"
    }


def test_a_name_ending_in_district_is_no_area() -> None:
    text = "The Hale Bakery opened a shop in the Lake District."
    assert _answers(text, "en") == {}


def test_an_italian_hamlet_after_its_kind() -> None:
    text = "Il nuovo ponte di Terni è stato aperto nella frazione di Colle."
    assert _answers(text, "it") == {
        "In quale frazione è stato aperto il nuovo ponte di Terni?": "frazione di Colle"
    }


def test_a_place_and_the_town_it_is_in_set_after_it() -> None:
    text = "La pista arriva fino a Borgo Mulino, nel comune di Castel d’Ario."
    assert _answers(text, "it") == {"In quale comune si trova Borgo Mulino?": "Castel d’Ario"}


def test_a_town_whose_name_goes_on_in_small_letters_is_not_cut() -> None:
    text = "La festa si terrà a Decima, nel comune di San Giovanni in Persiceto, a maggio."
    assert _answers(text, "it") == {}


def test_a_name_after_di_is_not_the_place_in_the_town() -> None:
    text = "Le gole del Brenta, nel comune di Valstagna, sono molto visitate."
    assert _answers(text, "it") == {}


def test_an_industrial_estate_named_before_its_kind() -> None:
    text = "The Arden Foods depot was built on the Cramlington industrial estate."
    assert _answers(text, "en") == {
        "On which industrial estate was the Arden Foods depot built?": "Cramlington"
    }
