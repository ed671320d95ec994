"""A part of a town set off after the thing it holds (seats.py): 'The forge, in the Attercliffe
area of the city, makes ...' -> 'In which area of the city is the forge?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_an_area_of_the_city_set_off_after_the_subject() -> None:
    text = "The Pell Forge, in the Attercliffe area of the city, makes large steel parts."
    assert _questions(text) == {"In which area of the city is the Pell Forge?": "Attercliffe"}


def test_the_citys_district_set_off_after_the_subject() -> None:
    text = "The Pell Forge, in the city’s Kelham district, makes large steel parts."
    assert _questions(text) == {"In which district of the city is the Pell Forge?": "Kelham"}


def test_a_district_of_a_named_town_and_a_plural_subject() -> None:
    text = "The Pell Baths, in the Holbeck district of Leeds, reopened in May."
    assert _questions(text) == {"In which district of Leeds are the Pell Baths?": "Holbeck"}


def test_a_person_is_not_placed_in_an_area() -> None:
    assert _questions("Tom Lee, in the Holbeck district of Leeds, said no.") == {}
