"""The people who did what a participle says of a thing, counted after 'by'/'da', wherever the
thing stands in its sentence: 'despite a petition signed by more than 900 residents' -> 'How
many residents signed the petition?'. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_thing_signed_inside_a_complement_is_asked_of_its_signers() -> None:
    qs = questions_of(
        "The bypass was approved on Friday, despite a petition signed by more than 900 residents.",
        "en",
    )
    assert qs["How many residents signed the petition?"] == "more than 900"


def test_a_thing_signed_as_the_subject_is_asked_of_its_signers() -> None:
    qs = questions_of("An open letter signed by 64 teachers was sent to the health board.", "en")
    assert qs["How many teachers signed the open letter?"] == "64"
    qs = questions_of("Una lettera firmata da 64 infermieri è stata inviata all’azienda.", "it")
    assert qs["Quanti infermieri hanno firmato la lettera?"] == "64"


def test_an_italian_thing_signed_as_the_object_is_asked_of_its_signers() -> None:
    qs = questions_of(
        "I genitori hanno consegnato un appello sottoscritto da oltre 700 persone.", "it"
    )
    assert qs["Quante persone hanno sottoscritto l’appello?"] == "oltre 700"


def test_a_change_or_a_tally_after_by_is_no_count_of_signers() -> None:
    qs = questions_of("The hall, packed by noon, was cut by 30 staff.", "en")
    assert not any(q.startswith("How many staff cut") for q in qs)
    qs = questions_of("The number increased by 300 people last year.", "en")
    assert not any("increased the" in q for q in qs)
    qs = questions_of("The motion was carried by 30 councillors to 12.", "en")
    assert not any("carried the" in q for q in qs)


def test_an_article_is_a_word_of_its_own() -> None:
    qs = questions_of("Il museo espone lavori firmati da 30 persone del quartiere.", "it")
    assert not any("hanno firmato" in q for q in qs)
