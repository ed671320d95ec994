"""People named in a list with their offices, long appositions, possessive offices of a thing
named before and the progressive passive (roles.py, appositions.py, agents.py)."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def _questions(text: str, language: str) -> dict[str, str]:
    title = "Titolo di un articolo di prova" if language == "it" else "A headline for a test"
    return questions_of(f"{title}\n\n{text}\n", language)


def test_an_office_after_a_titled_name_in_a_list_is_the_next_persons() -> None:
    text = (
        "All’inaugurazione sono intervenuti il prefetto Carla Vitali, la direttrice del museo"
        " e una cinquantina di volontari."
    )
    answers = _questions(text, "it")
    assert all("cinquantina" not in q and "cinquantina" not in a for q, a in answers.items())
    assert "Chi è Carla Vitali?" not in answers


def test_an_office_with_a_count_after_a_name_is_no_apposition() -> None:
    text = (
        "At the opening were Ann Lee, the director of the museum and 40 volunteers from the town."
    )
    answers = _questions(text, "en")
    assert all("40 volunteers" not in a for a in answers.values())


def test_a_long_apposition_names_its_person_without_the_wider_place() -> None:
    text = (
        "Tom Okafor, a soil scientist at the Crop Health Research Centre at the University"
        " of East Anglia, said the trial would run for three years."
    )
    assert _questions(text, "en")["Who is Tom Okafor?"] == (
        "a soil scientist at the Crop Health Research Centre"
    )


def test_a_long_italian_apposition_counts_a_name_as_one_word() -> None:
    text = (
        "Luca Ferretti, agronomo del Centro Ricerche Viticole della sede di Asti presso la"
        " Università degli Studi di Torino, ha spiegato che la vendemmia sarà scarsa."
    )
    assert _questions(text, "it")["Chi è Luca Ferretti?"].startswith(
        "agronomo del Centro Ricerche Viticole"
    )


def test_a_possessive_chief_engineer_is_of_the_thing_named_before() -> None:
    text = (
        "The Hallam Tramway reopened last month. Its chief engineer, Priya Shah, says the"
        " trams will run every six minutes."
    )
    answers = _questions(text, "en")
    assert answers["Who is the chief engineer of the Hallam Tramway?"] == "Priya Shah"


def test_an_occupation_alone_before_a_name_is_no_office() -> None:
    text = "The marsh was drained by the Dutch engineer Pieter Claesz in the 1650s."
    assert "Who is the Dutch engineer?" not in _questions(text, "en")


def test_a_progressive_passive_asks_who_is_doing_it() -> None:
    text = "The Trelawney footbridge is being rebuilt by Cornish Civil Works."
    assert _questions(text, "en")["Who is rebuilding the Trelawney footbridge?"] == (
        "Cornish Civil Works"
    )


def test_it_before_a_progressive_passive_is_the_subject_before() -> None:
    text = (
        "The Trelawney footbridge will cost £4 million. It is being rebuilt by Cornish Civil Works."
    )
    assert _questions(text, "en")["Who is rebuilding the Trelawney footbridge?"] == (
        "Cornish Civil Works"
    )


def test_an_occupation_after_an_age_says_who_the_person_is() -> None:
    text = (
        "Al ballottaggio la sindaca uscente ha superato Franco Deiana, 61 anni, imprenditore"
        " edile sostenuto da due liste civiche."
    )
    assert _questions(text, "it")["Chi è Franco Deiana?"] == "imprenditore edile"


def test_an_occupation_with_its_adjective_after_an_age() -> None:
    text = "Al processo ha testimoniato Elena Rossetti, 39 anni, commercialista padovana."
    assert _questions(text, "it")["Chi è Elena Rossetti?"] == "commercialista padovana"


def test_partners_and_commissioners_are_bodies_that_run_a_thing() -> None:
    assert _questions("Tamsin Quay is owned by Harbourside Infrastructure Partners.", "en")[
        "Who owns Tamsin Quay?"
    ] == ("Harbourside Infrastructure Partners")
    text = "The Kelham Island ferry is run by the Kelham Commissioners."
    assert _questions(text, "en")["Who runs the Kelham Island ferry?"] == "Kelham Commissioners"


def test_holdings_are_a_body_that_runs_a_thing_in_italian() -> None:
    text = "La Funivia del Cimone è gestita da Appennino Holdings."
    assert _questions(text, "it")["Da chi è gestita la Funivia del Cimone?"] == (
        "Appennino Holdings"
    )


def test_a_charge_with_what_it_is_of_asks_whom_it_was_given() -> None:
    text = "La delega ai lavori pubblici sarà affidata a Marta Lissoni."
    assert _questions(text, "it")["A chi sarà affidata la delega ai lavori pubblici?"] == (
        "Marta Lissoni"
    )
    text = "The contract for the Hexham bypass was awarded to Galliford Roads."
    assert _questions(text, "en")["Who was the contract for the Hexham bypass awarded to?"] == (
        "Galliford Roads"
    )


def test_a_chief_engineer_in_an_entrys_history_is_not_asked_in_the_present() -> None:
    text = (
        "The Hallam Canal museum reopened on Monday after a two-year restoration.\n\n"
        "Hallam Canal\nThe Hallam Canal was a waterway opened in 1794 to carry coal to"
        " Sheffield. Its chief engineer, William Jessop, designed its twelve locks."
    )
    assert "Who is the chief engineer of the Hallam Canal?" not in _questions(text, "en")
