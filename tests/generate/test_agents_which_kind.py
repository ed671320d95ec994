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


def test_a_stock_exchange_is_asked_by_its_kind() -> None:
    text = (
        "Titolo di prova qui\n\nIl sol ha reagito con un rialzo dell’1,1% sul dollaro, "
        "mentre la Borsa di Lima ha chiuso in crescita del 2,3%.\n"
    )
    qs = questions_of(text, "it")
    assert qs.get("Quale borsa ha chiuso in crescita del 2,3%?") == "Borsa di Lima", qs


def test_a_future_passive_asks_who_will_do_it() -> None:
    text = "A test headline here\n\nThe Kilbride footbridge will be built by Owen Carrick.\n"
    qs = questions_of(text, "en")
    assert qs.get("Who will build the Kilbride footbridge?") == "Owen Carrick", qs


def test_a_kind_set_off_by_a_comma_before_the_name_asks_the_question() -> None:
    text = (
        "A test headline here\n\nThe Kilbride ferry will be run by a council-owned company, "
        "Foyle Crossings Ltd, which plans to hire 12 crew.\n"
    )
    qs = questions_of(text, "en")
    assert qs.get("Which company will run the Kilbride ferry?") == "Foyle Crossings Ltd", qs


def test_a_kind_in_an_apposition_after_the_name_asks_the_question() -> None:
    en = (
        "A test headline here\n\nThe Kilbride ferry was built by Clyde Marine Works, a "
        "shipyard in Greenock, in 2019.\n"
    )
    qs = questions_of(en, "en")
    assert qs.get("Which shipyard built the Kilbride ferry?") == "Clyde Marine Works", qs
    it = (
        "Titolo di prova qui\n\nIl nuovo ponte sul Piave sarà costruito dalla Edilstrade, "
        "società friulana vincitrice della gara.\n"
    )
    qs = questions_of(it, "it")
    assert qs.get("Da quale società sarà costruito il nuovo ponte sul Piave?") == "Edilstrade", qs


def test_a_word_of_a_people_before_a_noun_is_no_agent() -> None:
    text = (
        "A test headline here\n\nThe Kilbride glider was built by the Norwegian start-up "
        "with a grant from the council.\n"
    )
    qs = questions_of(text, "en")
    assert "Norwegian" not in qs.values(), qs


def test_a_square_or_a_park_is_no_who() -> None:
    text = "Titolo di prova qui\n\nPiazza Mazzini diventerà un’area pedonale entro l’estate.\n"
    qs = questions_of(text, "it")
    assert not any(q.startswith("Chi ") for q in qs), qs
    # the kind its name opens with asks it: "Quale piazza ...?"
    assert qs.get("Quale piazza diventerà un’area pedonale entro l’estate?") == "Piazza Mazzini"


def test_a_road_or_a_plant_is_asked_what_not_who() -> None:
    text = (
        "A test article\n\nThe Kilbride Water Treatment Plant moved to a higher level of "
        "monitoring after the storm.\n"
    )
    asked = questions_of(text, "en")
    assert not any(q.startswith("Who moved") for q in asked)


def test_an_event_that_does_something_is_asked_with_what() -> None:
    text = (
        "Titolo di prova qui\n\nL'Olimpiade di Tashkent ha riunito 1.962 giocatori in "
        "rappresentanza di 193 federazioni.\n"
    )
    qs = questions_of(text, "it")
    assert not any(q.startswith("Chi ") for q in qs), qs
