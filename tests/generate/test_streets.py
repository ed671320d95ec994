"""The street or square a thing stands on, by the name after the thing's noun: 'On which road
are the old works?', 'In quale piazza si trova la biglietteria?'; not of an event, nor of a
noun phrase inside a longer one."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import streets
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in streets.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "The brewery has made ale at the old maltings on Tanner Street since 1902.",
            "On which street are the old maltings?",
            "Tanner Street",
        ),
        (
            "en",
            "Last week the new library on Castle Square lent its first books.",
            "On which square is the new library?",
            "Castle Square",
        ),
        (
            "it",
            "Il Teatro Sociale di corso Vittorio Emanuele riaprirà a settembre dopo i lavori.",
            "In quale corso si trova il Teatro Sociale?",
            "corso Vittorio Emanuele",
        ),
        (
            "it",
            "Le iscrizioni si raccolgono all’ufficio anagrafe di piazza della Loggia, in centro.",
            "In quale piazza si trova l’ufficio anagrafe?",
            "piazza della Loggia",
        ),
        (
            "it",
            "È stata inaugurata ieri la Casa della Salute di via Garibaldi.",
            "In quale via si trova la Casa della Salute?",
            "via Garibaldi",
        ),
        (
            "it",
            "La giunta ha approvato il progetto del nuovo asilo di via Mazzini, in centro.",
            "In quale via si trova il nuovo asilo?",
            "via Mazzini",
        ),
        (
            "it",
            "Gli ambulatori di via San Marco resteranno chiusi per due settimane.",
            "In quale via si trovano gli ambulatori?",
            "via San Marco",
        ),
    ],
)
def test_the_street_a_thing_stands_on(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language) == {question: answer}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police said the rally on Tanner Street ended peacefully."),
        ("en", "Residents who live on Tanner Street raised concerns."),
        ("en", "The winner crossed the line on Tanner Street after four hours."),
        ("en", "The new library, which opened on Castle Square, lent its first books."),
        ("it", "Il corteo di corso Cavour è finito senza incidenti."),
        ("it", "Le nuove case sorgeranno nel quartiere di via Fiume, a est del centro."),
        ("it", "Sono stati rifatti i marciapiedi di via Roma, via Dante e piazza Duomo."),
        ("it", "Si ritira il modulo allo sportello aperto con il pubblico di piazza Dante."),
        ("it", "Il nuovo asilo, costruito in via San Marco, è costato due milioni."),
        # a common noun's complement: the thing is "la scuola dell'infanzia", not "l'infanzia"
        ("it", "I fondi andranno alla scuola dell’infanzia di via Tarquinia, ha detto Neri."),
        ("it", "Sono stati rifatti i bagni della palestra di via Volta, ha detto Neri."),
        # people who live or work there
        ("it", "I commercianti di via Garibaldi chiedono più parcheggi."),
        ("en", "The traders on Bridge Street asked for more parking."),
    ],
)
def test_no_street_of_an_event_or_of_a_part_of_a_longer_phrase(language: str, text: str) -> None:
    assert _asked(text, language) == {}
