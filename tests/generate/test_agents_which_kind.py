"""A 'who' question whose answer is an institution named by its kind ('Raigmore Hospital',
'Università di Bologna') asks for that kind: 'Which hospital ...?', 'Quale università ...?'."""

from __future__ import annotations

from .helpers import questions_of


def test_an_institution_is_asked_by_its_kind() -> None:
    text = (
        "A test headline here\n\nThe ward reopened on Monday.\n\n"
        "Raigmore Hospital\nRaigmore Hospital is the main hospital of the Highlands. "
        "Raigmore Hospital has around 450 beds and serves a population of roughly 320,000.\n"
    )
    qs = questions_of(text, "en")
    assert any(q.startswith("Which hospital has around 450 beds") for q in qs), qs
    assert not any(q.startswith("Who has") for q in qs), qs


def test_an_italian_institution_is_asked_by_its_kind() -> None:
    text = (
        "Titolo di prova qui\n\nLa sede è stata aperta lunedì. Il restauro è stato finanziato "
        "dalla Fondazione Cariplo.\n"
    )
    qs = questions_of(text, "it")
    assert qs.get("Da quale fondazione è stato finanziato il restauro?") == (
        "Fondazione Cariplo"
    ), qs


def test_a_person_or_a_name_of_no_kind_is_still_who() -> None:
    text = "A test headline here\n\nThe bridge was designed by Thomas Telford in 1819.\n"
    qs = questions_of(text, "en")
    assert not any(q.startswith("Which") for q in qs), qs


def test_an_agent_is_asked_by_the_kind_said_before_its_name() -> None:
    text = (
        "A test headline here\n\nHollin Mill has been bought by the Dutch timber co-operative "
        "Houtvaart in a deal worth £12 million.\n"
    )
    qs = questions_of(text, "en")
    assert qs.get("Which co-operative has bought Hollin Mill?") == "Houtvaart", qs


def test_an_italian_agent_is_asked_by_its_kind_and_the_words_after_it() -> None:
    text = (
        "Titolo di prova qui\n\nLa nuova piscina di Borgoreale è stata progettata dallo "
        "studio di architettura Bellandi Associati nel 2021.\n"
    )
    qs = questions_of(text, "it")
    assert qs.get(
        "Da quale studio di architettura è stata progettata la nuova piscina di Borgoreale?"
    ) == ("Bellandi Associati"), qs


def test_a_public_office_is_asked_by_its_kind() -> None:
    text = "Titolo di prova qui\n\nLa Procura di Vasto ha aperto un fascicolo sul crollo.\n"
    qs = questions_of(text, "it")
    assert qs.get("Quale procura ha aperto un fascicolo sul crollo?") == "Procura di Vasto", qs
