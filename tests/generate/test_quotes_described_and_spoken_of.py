"""What a person called a thing in their own words: said by a body whose name has asides
('The Shetland Fishermen's Association (SFA), which represents ..., said the decision was “a
betrayal”'), said with 'ha detto che X è «...»' in Italian; and what a person spoke of ('ha
parlato di «una stagione paradossale, con ...»'), asked with the quotation's first phrase."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_description_by_a_body_with_asides() -> None:
    qs = en_questions(
        "The Shetland Fishermen's Association (SFA), which represents more than 120 vessels, "
        'said the decision was "a betrayal" of promises made to coastal communities.'
    )
    question = "How did the Shetland Fishermen’s Association describe the decision?"
    assert qs.get(question) == "a betrayal", qs


def test_italian_said_to_be() -> None:
    qs = it_questions("L'assessore Anna Neri ha detto che il piano è «una svolta storica».")
    assert qs.get("Come ha definito il piano Anna Neri?") == "una svolta storica", qs


def test_spoken_of() -> None:
    qs = it_questions(
        "Il presidente dell’Ente Fiera, Lorenzo Marengo, ha parlato di «una stagione "
        "paradossale, con il pubblico dei giorni migliori e i boschi dei giorni peggiori»."
    )
    assert qs.get("Di che cosa ha parlato Lorenzo Marengo?") == "una stagione paradossale", qs
    qs = en_questions('The chief executive, Anna Reid, spoke of "a turning point for the town".')
    assert qs.get("What did Anna Reid speak of?") == "a turning point for the town", qs
