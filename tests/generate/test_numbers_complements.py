"""A figure that completes a plain clause no rule of its kind asks, asked of the clause's own
parts: its subject, its verb group as written and the preposition of its complement."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import in_situ
from tests.generate.helpers import questions_of

IT_TITLE = "Titolo di un articolo di prova qui\n\n"
EN_TITLE = "A headline of a test article here\n\n"


@pytest.fixture(autouse=True)
def _fronted_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These are the questions the builder fronts; what it leaves is asked in place by
    in_situ.py (tested there), which is off here."""
    monkeypatch.setattr(in_situ, "extract", lambda found, doc, derived=(): iter(()))


def _it(text: str) -> dict[str, str]:
    return questions_of(IT_TITLE + text, "it")


def _en(text: str) -> dict[str, str]:
    return questions_of(EN_TITLE + text, "en")


def test_a_measure_after_the_object_and_a_preposition_of_extent() -> None:
    asked = _en("Trawlers are not allowed to drag their nets within 3 nautical miles of the shore.")
    assert asked == {
        "Within how many nautical miles of the shore are trawlers not allowed to drag their "
        "nets?": "3 nautical miles"
    }
    # a measure offset from a place is how far, asked of the place by distances.py
    assert _en("The yacht sank 12 miles from the harbour.") == {}


def test_a_span_after_for_is_asked_how_long() -> None:
    asked = _en("The former treasurer was banned from acting as a charity trustee for nine years.")
    assert asked == {
        "For how long was the former treasurer banned from acting as a charity trustee?": (
            "nine years"
        )
    }
    # a pronoun, a subject cut at its possessive, a span counted from an event: no question
    assert _en("She was banned from driving for nine years.") == {}
    assert _en("Anna Bell's family farmed sheep on the island for five generations.") == {}
    assert _en("The tickets were gone within 20 minutes of the launch.") == {}


def test_a_count_after_a_preposition_of_the_verb() -> None:
    assert _en("The festival was staged at 14 venues.") == {
        "At how many venues was the festival staged?": "14"
    }
    asked = _it("I soci hanno raccolto olive tra 35 aziende del comprensorio.")
    assert asked == {"Tra quante aziende del comprensorio hanno raccolto olive i soci?": "35"}
    # a preposition after an object may be its noun's: "un piano ... a| tre fasi"
    assert _it("Il comune adotta un piano di emergenza a tre fasi.") == {}


def test_the_place_a_measure_is_taken_from_goes_with_it() -> None:
    asked = _it("La nuova centrale ridurrà gli scarichi entro 8 chilometri dalla foce.")
    assert asked == {
        "Entro quanti chilometri dalla foce ridurrà gli scarichi la nuova centrale?": (
            "8 chilometri"
        )
    }


def test_what_the_counted_have_goes_with_them() -> None:
    asked = _it("Il bosco è suddiviso in quattro zone con diversi livelli di tutela.")
    assert asked == {
        "In quante zone con diversi livelli di tutela è suddiviso il bosco?": "quattro"
    }
    # a noun of time counts nothing to ask; a bare span may be an age or a sentence
    assert _en("Salmon have returned to the river for the first time in four decades.") == {}
    assert _it("Il tecnico in appello aveva avuto tre anni con pena sospesa.") == {}
