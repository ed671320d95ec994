"""Number questions that say which thing they ask of: a length of a part of something long
only with what tells the part, a named thing told by a copula, an Italian subject after its
verb with its complement kept beside it."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_length_of_a_bare_part_is_no_question() -> None:
    en = _questions("Engineers rebuilt a 40-metre stretch of wall near the mill.", "en")
    assert not any(q.startswith("How long") for q in en)
    kept = _questions("The council has resurfaced a 12-mile section that runs to the coast.", "en")
    assert "How long is the section?" not in kept


def test_a_length_is_asked_of_the_name_a_copula_tells() -> None:
    en = _questions("The Kelvin Strait is a 25-kilometre stretch of cold water.", "en")
    assert en == {"How long is the Kelvin Strait?": "25 kilometres"}
    bare = _questions("Loch Brora is a 6km stretch of dark water.", "en")
    assert bare == {"How long is Loch Brora?": "6km"}


def test_an_italian_subject_after_its_verb_keeps_its_complement() -> None:
    it = _questions(
        "Alla gara hanno partecipato 96 atleti di 14 società. "
        "Al torneo partecipano 12 squadre di tutta la regione."
    )
    assert it["Quanti atleti di 14 società hanno partecipato alla gara?"] == "96"
    assert it["Quante squadre di tutta la regione partecipano al torneo?"] == "12"
    assert not any(q.endswith(("gara di 14 società?", "la regione al torneo?")) for q in it)


def test_a_question_that_points_back_with_a_demonstrative_is_a_cloze() -> None:
    en = _questions(
        "The charity helped 300 families in these areas. "
        "The museum welcomed 12,000 visitors this summer.",
        "en",
    )
    assert en == {"How many visitors did the museum welcome this summer?": "12,000"}
    it = _questions(
        "Il parco ospita 40 specie di uccelli in questa zona. "
        "Il museo ha ricevuto 12.000 visitatori questa estate."
    )
    assert it == {"Quanti visitatori ha ricevuto il museo questa estate?": "12.000"}


def test_a_count_after_through_is_asked_with_its_preposition() -> None:
    en = _questions(
        "Volunteers were recruited through 41 local clubs. The samples were sent through 12 labs.",
        "en",
    )
    assert en == {
        "Through how many local clubs were volunteers recruited?": "41",
        "Through how many labs were the samples sent?": "12",
    }


def test_an_english_leading_phrase_with_no_comma_goes_to_the_end() -> None:
    en = _questions(
        "Last year the reserve recorded 400 pups. "
        "At full capacity the plant will make 90,000 boilers a year. "
        "In the first week the shop sold 3,000 tickets.",
        "en",
    )
    assert en == {
        "How many pups did the reserve record last year?": "400",
        "How many boilers will the plant make a year at full capacity?": "90,000",
        "How many tickets did the shop sell in the first week?": "3,000",
    }


def test_a_leading_phrase_that_points_back_is_no_phrase_a_question_keeps() -> None:
    en = _questions(
        "Since then the outbreak has spread through two schools and, lately, a farm.", "en"
    )
    assert not any("since then" in q or q.endswith("and?") for q in en)
