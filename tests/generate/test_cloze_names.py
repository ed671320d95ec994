"""A cloze hides a name whole, never a part of a longer one."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract.cloze import _spans
from quizlib.generate.text import clean


def _hidden(sentence: str, language: str) -> set[str]:
    doc = build_document(clean(f"Un titolo per la prova\n\n{sentence}"), language)
    text = doc.sentences[0].text
    return {text[start:end] for _score, start, end, _kind in _spans(text, doc)}


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        (
            "en",
            "She works at the Potsdam Institute for Climate Impact Research in Germany.",
            "Potsdam Institute",
        ),
        (
            "en",
            "She works at the Potsdam Institute for Climate Impact Research in Germany.",
            "Climate Impact Research",
        ),
        ("en", "The agency answers to the Department for Transport in London.", "Transport"),
        ("it", "Il restauro del Teatro romano di Verona è finito ieri.", "Teatro"),
        (
            "it",
            "Il sindaco ha seguito le immersioni da una barca della Guardia costiera.",
            "Guardia",
        ),
        ("it", "I volontari della Protezione civile sono arrivati in mattinata.", "Protezione"),
        (
            "it",
            "Il corpo dipende dal Ministero dell’Economia e delle Finanze da molti anni.",
            "Ministero dell’Economia",
        ),
        (
            "it",
            "Il corpo dipende dal Ministero dell’Economia e delle Finanze da molti anni.",
            "Finanze",
        ),
        (
            "it",
            "Nel 1982 divenne ministro per il Coordinamento della protezione civile italiana.",
            "Coordinamento",
        ),
        (
            "it",
            "La Lista del patrimonio mondiale fu istituita dalla Convenzione del 1972 a Parigi.",
            "Convenzione",
        ),
        (
            "it",
            "La Lista del patrimonio mondiale fu istituita dalla Convenzione del 1972 a Parigi.",
            "Lista",
        ),
        (
            "en",
            "She entered the water at the harbour at dawn on Wednesday 13 August with her team.",
            "Wednesday 13",
        ),
        (
            "it",
            "In cartellone ci sono serate con Aida, Carmen, Tosca e La traviata quest’anno.",
            "Aida, Carmen, Tosca e La",
        ),
        (
            "it",
            "Il rapporto è dell’Alto commissariato delle Nazioni Unite per i rifugiati.",
            "Alto",
        ),
    ],
)
def test_a_part_of_a_name_is_not_hidden(language: str, sentence: str, part: str) -> None:
    assert part not in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("en", "The laboratory is managed by Caltech for NASA and builds spacecraft.", "NASA"),
        (
            "en",
            "The new line runs from São Bento to Casa da Música every ten minutes.",
            "São Bento",
        ),
        ("it", "I lavori sono andati avanti per anni nel centro di Verona senza sosta.", "Verona"),
        ("it", "Il treno collega ogni giorno Torino e Milano in meno di un’ora.", "Milano"),
    ],
)
def test_a_whole_name_is_still_hidden(language: str, sentence: str, name: str) -> None:
    assert name in _hidden(sentence, language)


def test_a_cloze_hides_a_name_without_its_possessive() -> None:
    hidden = _hidden(
        "Thousands of islanders on Scotland’s west coast were left without ferries.", "en"
    )
    assert "Scotland" in hidden and "Scotland’s" not in hidden


def test_the_earth_and_the_sun_are_no_names_worth_hiding() -> None:
    hidden = _hidden("Such meteorites react quickly with moisture and air on Earth.", "en")
    assert "Earth" not in hidden


def test_a_clock_time_after_a_capital_is_no_name() -> None:
    hidden = _hidden(
        "Bergamo, 16 novembre 2026 – Alle 6.02 di domenica il primo tram ha lasciato la stazione "
        "di Bergamo diretto a Villa d’Almè.",
        "it",
    )
    assert "Alle 6" not in hidden and "Villa d’Almè" in hidden
    assert "Euro 2024" in _hidden("La finale degli Europei si è giocata a Euro 2024 Park.", "it")


def test_a_name_joined_to_a_word_in_small_letters_is_hidden_alone() -> None:
    hidden = _hidden(
        "The money comes from Nordlight Tidal, the Lerwick-based company that runs the array "
        "beside the Cullivoe-owned pier.",
        "en",
    )
    assert "Lerwick" in hidden and "Lerwick-based" not in hidden
    assert "Cullivoe-owned" not in hidden
