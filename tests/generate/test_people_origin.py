"""A name after an adjective of where one is from ('l’etiope Tesfaye Girma', 'the Kenyan Kibet
Kiprono') is a person's, even with a given name no list holds; not a body's or a work's name
after such a word ('the British Medical Journal', 'il quotidiano Corriere Adriatico')."""

from __future__ import annotations

from quizlib.generate.document import find_people


def test_an_italian_adjective_of_origin_introduces_a_person() -> None:
    people = find_people(["Al secondo posto l’etiope Tesfaye Girma, staccato di 52 secondi."], "it")
    assert people["Tesfaye Girma"] == "Tesfaye Girma"
    people = find_people(["Ha vinto il keniano Kibet Kiprono davanti a tutti."], "it")
    assert people["Kiprono"] == "Kibet Kiprono"


def test_an_english_adjective_of_origin_introduces_a_person() -> None:
    people = find_people(["The race was won by the Kenyan Kibet Kiprono in 2:06."], "en")
    assert people["Kibet Kiprono"] == "Kibet Kiprono"
    people = find_people(["Second was Ethiopian Tesfaye Girma, well behind."], "en")
    assert "Tesfaye Girma" in people


def test_bodies_works_and_three_word_names_stay_as_they_are() -> None:
    assert find_people(["Lo ha scritto il quotidiano Corriere Adriatico ieri."], "it") == {}
    assert find_people(["The British Medical Journal published the study."], "en") == {}
    assert find_people(["The Italian Renaissance Art show opened."], "en") == {}
    people = find_people(["Declan Óg Mallon, chair of the trust, spoke."], "en")
    assert "Óg Mallon" not in people
