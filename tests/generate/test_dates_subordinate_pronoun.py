"""A date in an English subordinate clause whose subject is 'it' or 'they' for the main
clause's named subject ('The Ardmore Lighthouse has drawn 9,000 visitors since it reopened
in May 2025' -> 'When did the Ardmore Lighthouse reopen?'), and a verb's particle before a
date with its own preposition ('were switched on | in February 2024')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str) -> dict[str, str]:
    doc = build_document(clean(_EN + text + "\n"), "en")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_it_is_the_main_subject() -> None:
    qs = _questions(
        "The Ardmore Lighthouse has drawn 9,000 visitors since it reopened in May 2025."
    )
    assert qs == {"When did the Ardmore Lighthouse reopen?": "May 2025"}, qs


def test_they_is_the_plural_main_subject() -> None:
    qs = _questions("The Ardmore turbines have made 12 gigawatt-hours since they opened in 2023.")
    assert qs == {"When did the Ardmore turbines open?": "2023"}, qs


def test_pronoun_of_another_number_is_not_the_subject() -> None:
    assert not _questions(
        "The Ardmore turbines have made 12 gigawatt-hours since it opened in 2023."
    )


def test_pronoun_may_stand_for_the_object() -> None:
    assert not _questions("The Ardmore Museum bought the painting after it was restored in 1990.")


def test_particle_before_a_date_with_its_own_preposition() -> None:
    qs = _questions("The Ardmore turbines were switched on in February 2024.")
    assert qs == {"When were the Ardmore turbines switched on?": "February 2024"}, qs
    qs = _questions(
        "The Ardmore turbines have made 12 gigawatt-hours since they were switched on in 2023."
    )
    assert qs == {"When were the Ardmore turbines switched on?": "2023"}, qs


def _domande(text: str) -> dict[str, str]:
    doc = build_document(clean("Titolo di un articolo di prova qui\n\n" + text + "\n"), "it")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_unsaid_italian_subject_is_the_main_subject() -> None:
    qs = _domande("Il Faro di Ardmore ha accolto 9.000 visitatori da quando ha riaperto nel 2025.")
    assert qs == {"Quando ha riaperto il Faro di Ardmore?": "2025"}, qs
    qs = _domande(
        "Il Faro di Ardmore ha accolto 9.000 visitatori dopo che è stato restaurato nel 2025."
    )
    assert qs == {"Quando è stato restaurato il Faro di Ardmore?": "2025"}, qs


def test_italian_participle_of_another_gender_or_an_object_after_the_verb() -> None:
    assert not _domande(
        "La Torre di Ardmore ha accolto 9.000 visitatori dopo che è stato restaurato nel 2025."
    )
    assert not _domande(
        "Il Faro di Ardmore ha comprato la lanterna dopo che è stata restaurata nel 1990."
    )


def test_italian_subject_after_the_verb_is_its_own() -> None:
    assert not _domande("Il Faro di Ardmore è chiuso da quando è crollato il molo nel 2025.")
