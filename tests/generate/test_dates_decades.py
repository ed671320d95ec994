"""A decade is a date a clause's deed fell in: 'in the 1970s', 'negli anni Settanta'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _asked(text: str, language: str) -> dict[str, str]:
    title = "A title for the test" if language == "en" else "Un titolo per la prova"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_an_english_decade() -> None:
    asked = _asked("The last tram ran through the town in the late 1970s.", "en")
    assert asked == {"When did the last tram run through the town?": "the late 1970s"}


def test_an_italian_decade_in_words_and_in_figures() -> None:
    asked = _asked("La lontra scomparve dal fiume negli anni Settanta.", "it")
    assert asked == {"Quando scomparve la lontra dal fiume?": "anni Settanta"}
    asked = _asked("Il cinema fu chiuso negli anni ’80.", "it")
    assert asked == {"Quando fu chiuso il cinema?": "anni ’80"}


def test_a_place_the_verb_leaves_is_no_event() -> None:
    asked = _asked("Il lupo scomparve dalla valle nel 1921.", "it")
    assert asked == {"Quando scomparve il lupo dalla valle?": "1921"}


def test_a_noun_participle_far_before_the_date_keeps_it() -> None:
    text = "The lane was widened to serve a retail park opened on the site of a mill in 1996."
    assert _asked(text, "en") == {}
    text = "La strada fu allargata per un centro commerciale aperto sul sito del mulino nel 1996."
    assert _asked(text, "it") == {}
