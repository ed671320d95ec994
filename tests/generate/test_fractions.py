"""A share told as a fraction of a whole, asked where it stands ('what share of ...?',
'quale parte di ...?'), on sentences of our own in English and Italian."""

from __future__ import annotations

from dataclasses import replace

from quizlib.generate.document import Document, Sentence
from quizlib.generate.extract import fractions

from .test_precision_owners import answers


def asked(text: str, language: str = "it") -> dict[str, str]:
    return answers(fractions.extract, text, language)


def test_a_fraction_of_a_whole_is_asked_in_place() -> None:
    text = "In the late 19th century Wales produced about a third of the world's roofing slate."
    assert asked(text, "en") == {
        "In the late 19th century Wales produced what share of the world’s roofing slate?": (
            "about a third"
        )
    }
    text = "More than a third of the residents did not receive the emergency alert."
    assert asked(text, "en") == {
        "What share of the residents did not receive the emergency alert?": "more than a third"
    }
    assert asked("Circa un terzo delle ore di didattica si svolgerà in laboratorio.") == {
        "Quale parte delle ore di didattica si svolgerà in laboratorio?": "circa un terzo"
    }
    assert asked("La metà dei soci ha votato contro il bilancio.") == {
        "Quale parte dei soci ha votato contro il bilancio?": "la metà"
    }


def test_half_without_of_takes_it_in_the_question() -> None:
    assert asked("Producers can claim half the cost of new water tanks.", "en") == {
        "Producers can claim what share of the cost of new water tanks?": "half"
    }


def test_fractions_that_are_no_share_to_ask() -> None:
    # a part of a season, a share a verb of making up says (the numbers ask it), a plural
    # fraction whose verb 'quale parte' would not agree with
    assert asked("In the first half of the season the club lost 12 games.", "en") == {}
    assert asked("The team will publish its results in the first half of 2027.", "en") == {}
    assert asked("I lavori partiranno nella prima metà del 2027 con 40 operai.") == {}
    assert asked("Wind farms now make up a third of the island's power.", "en") == {}
    assert asked("Red dwarfs make up roughly three quarters of the stars.", "en") == {}
    # a share that describes a noun in a phrase with no verb
    text = "The star, a red dwarf about a fifth of the Sun's mass, is too faint to be seen."
    assert asked(text, "en") == {}
    # a second clause joined after the share
    text = "Il mercato vale circa un quinto dell’export e i nuovi dazi rischiano di pesare."
    assert asked(text) == {}
    assert asked("Due terzi dei fondi arriveranno dalla Regione.") == {}
    # a headline sums the article up: its share is asked from the text
    headline = Sentence("Almost half of patients waited a year, audit finds", "paragraph 1", 0, 0)
    body = Sentence("The audit is out.", "paragraph 2", 1, 0)
    assert list(fractions.extract(Document(None, "en", (headline, body), ()))) == []
    said = replace(headline, text=f"{headline.text}.")  # the same words in a sentence
    assert list(fractions.extract(Document(None, "en", (body, said), ())))
