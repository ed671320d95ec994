"""Acronyms coined from parts of words ('CalMac'), of names that end in adjectives
('Agenas'), of closed compounds ('greenhouse gas (GHG)') and those a name is shortened to,
on small texts of their own in Italian and English."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean

from .test_acronyms import meanings


@pytest.mark.parametrize(
    ("text", "language", "acronym", "expansion"),
    [
        (
            "Il Teatro Comunale di Rovigo (TeCoRo) ha presentato ieri la nuova stagione.",
            "it",
            "TeCoRo",
            "Teatro Comunale di Rovigo",
        ),
        (
            "Il Museo Civico Provinciale di Lecco (MuCiL) riapre sabato.",
            "it",
            "MuCiL",
            "Museo Civico Provinciale di Lecco",
        ),
        (
            "Bills from Southern Lakeland Gas (SoLakGas) rose again in March.",
            "en",
            "SoLakGas",
            "Southern Lakeland Gas",
        ),
    ],
)
def test_a_coined_acronym_takes_the_first_letters_of_each_part(
    text: str, language: str, acronym: str, expansion: str
) -> None:
    assert meanings(text, language) == {acronym: expansion}


def test_a_coined_acronym_is_no_name_run_together_nor_a_name_by_chance() -> None:
    assert meanings("Ne ha parlato Anna Maria (AnnaMaria) ieri.", "it") == {}
    assert meanings("The report by Martin Cole (McDonald) was late.", "en") == {}


def test_a_name_shortened_to_a_coined_acronym() -> None:
    text = "Southern Lakeland Gas, usually shortened to SoLakGas, supplies the valley."
    assert meanings(text, "en") == {"SoLakGas": "Southern Lakeland Gas"}


def test_the_adjectives_that_end_an_italian_name_give_no_letter() -> None:
    text = (
        "Secondo l’Istituto nazionale per la ricerca veterinaria regionale (Inrive), i casi calano."
    )
    assert meanings(text) == {"Inrive": "Istituto nazionale per la ricerca veterinaria regionale"}
    # Only just before the brackets: a name beside the acronym ends where its letters do.
    text = "Dati di Ofbir, l’Ufficio di Brescia per l’igiene e la ricerca, diffusi ieri."
    assert "Ofbir" not in meanings(text)


def test_a_closed_compound_gives_the_initials_of_its_two_words() -> None:
    text = "The plant cut its greenhouse gas (GHG) output by a third."
    assert meanings(text, "en") == {"GHG": "greenhouse gas"}
    text = "The firm makes football boots (FBB) for children."
    assert meanings(text, "en") == {"FBB": "football boots"}
    # A compound gives its first initial too: 'greenhouse effect (GE)'.
    assert meanings("Scientists study the greenhouse effect (GE) closely.", "en") == {
        "GE": "greenhouse effect"
    }


def test_a_name_with_a_list_inside_is_what_the_list_spells() -> None:
    text = "The Guild of Stone, Timber and Glass Workers (STG) met on Monday."
    assert meanings(text, "en") == {"STG": "Guild of Stone, Timber and Glass Workers"}
    text = "Talks at the Board of Rivers, Lakes and Canals (BRLC) failed."
    assert meanings(text, "en") == {"BRLC": "Board of Rivers, Lakes and Canals"}
    text = "Lo ha deciso la Federazione Italiana Vela, Canoa e Remo (FIVCR) ieri."
    assert meanings(text) == {"FIVCR": "Federazione Italiana Vela, Canoa e Remo"}


def test_a_list_alone_is_no_name() -> None:
    assert meanings("Visitors came from Leeds, York and Hull (LYH) on Monday.", "en") == {}
    # Only the list's words may give the letters in a row: not some of them.
    assert meanings("The Guild of Stone, Timber and Glass Workers (SGW) met.", "en") == {}


def reverse_of(text: str, language: str = "en") -> list[str]:
    """The reverse questions of the text, that ask for the acronym."""
    doc = build_document(clean(text), language)
    return [c.question or "" for c in acronyms.extract(doc) if c.answer_type == "acronym"]


def test_a_firm_named_after_people_takes_no_article_an_institution_does() -> None:
    text = "Lakeland MacPherson, commonly known as LakMac, was formed in 1973."
    assert reverse_of(text) == ["What is the short name of Lakeland MacPherson?"]
    text = "Western Rivers Authority, commonly known as WRA, was formed in 1973."
    assert reverse_of(text) == ["What is the acronym for the Western Rivers Authority?"]
