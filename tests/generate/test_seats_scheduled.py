"""Where an event is scheduled or a building was opened (seats.py): 'Il vertice di Ventotene è
in programma a Bruxelles' -> 'Dove è in programma il vertice di Ventotene?', 'The Harlow summit
is due to be held in Geneva' -> 'Where is the Harlow summit due to be held?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_an_italian_event_in_programme() -> None:
    text = "Il vertice di Ventotene è in programma a Bruxelles il 12 maggio."
    assert _questions(text, "it") == {"Dove è in programma il vertice di Ventotene?": "Bruxelles"}
    stadium = "La finale di Coppa Italia è in programma allo stadio Olimpico."
    assert _questions(stadium, "it") == {
        "Dove è in programma la finale di Coppa Italia?": "stadio Olimpico"
    }


def test_an_italian_trial_and_an_opening() -> None:
    trial = "Il processo d’appello a Carlo Neri si celebrerà a L’Aquila."
    assert _questions(trial, "it") == {
        "Dove si celebrerà il processo d’appello a Carlo Neri?": "L’Aquila"
    }
    opened = "Il nuovo ospedale di Cuneo è stato inaugurato a Confreria."
    assert _questions(opened, "it") == {
        "Dove è stato inaugurato il nuovo ospedale di Cuneo?": "Confreria"
    }


def test_an_english_event_due_or_scheduled() -> None:
    due = "The Harlow summit is due to be held in Geneva."
    assert _questions(due, "en") == {"Where is the Harlow summit due to be held?": "Geneva"}
    scheduled = "The Harlow summit is scheduled to take place in Geneva in May."
    assert _questions(scheduled, "en") == {
        "Where is the Harlow summit scheduled to take place?": "Geneva"
    }


def test_an_english_opening_in_a_month_is_no_place() -> None:
    assert _questions("The Harlow hospital was opened in March by the Queen.", "en") == {}
    opened = "The new Harlow hospital was opened in Corby."
    assert _questions(opened, "en") == {"Where was the new Harlow hospital opened?": "Corby"}
