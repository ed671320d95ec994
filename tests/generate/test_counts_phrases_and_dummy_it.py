"""Counts in phrases that carry them ("con 22 punti", "a crowd of 4,300") and the dummy 'it'
of a reported clause ("said it takes two years to train ..."), which is not the speaker."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_dummy_it_of_a_reported_clause_is_not_the_speaker() -> None:
    asked = _en(
        "Maria Ellis, who manages the yard, said it takes about three years to build a boat. "
        "The council said it took six weeks to clear the canal."
    )
    assert not any("Maria Ellis take" in q for q in asked)
    assert not any("the council take" in q for q in asked)


def test_italian_count_with_con_after_a_copula() -> None:
    asked = _it(
        "Il Pordenone è secondo in classifica con 31 punti. "
        "La lista civica era al primo posto con nove seggi."
    )
    assert asked["Con quanti punti il Pordenone è secondo in classifica?"] == "31"
    assert asked["Con quanti seggi la lista civica era al primo posto?"] == "nove"


def test_english_count_with_with_after_a_copula() -> None:
    asked = _en(
        "The Green Party was the largest group with 14 seats. "
        "The home side are second in the league with 31 points."
    )
    assert asked["With how many seats was the Green Party the largest group?"] == "14"
    assert asked["With how many points are the home side second in the league?"] == "31"


def test_population_of_an_entry_sentence_that_opens_with_it() -> None:
    asked = _en(
        "Fishing boats landed more cod in Tenby this year.\n\nTenby\n\n"
        "Tenby is a walled seaside town in Pembrokeshire. With a population of about 5,000, "
        "it gives its name to a breed of sheep."
    )
    assert asked["What is the population of Tenby?"] == "about 5,000"
    asked = _it(
        "I pescherecci hanno sbarcato più pesce a Cefalù.\n\nCefalù\n\n"
        "Cefalù è un comune della Sicilia. Con una popolazione di circa 14.000 abitanti, "
        "esso dà il nome a un vino."
    )
    assert asked["Qual è la popolazione di Cefalù?"] == "circa 14.000"


def test_italian_count_with_con_after_a_complement() -> None:
    asked = _it("La Norvegia ha chiuso al secondo posto con sette medaglie, davanti al Canada.")
    assert asked["Con quante medaglie la Norvegia ha chiuso al secondo posto?"] == "sette"


def test_english_count_with_with_after_a_complement_or_a_rank() -> None:
    asked = _en(
        "The ferry docked in Larne with 412 passengers. "
        "The visitors finished bottom of the group with two wins."
    )
    assert asked["With how many passengers did the ferry dock in Larne?"] == "412"
    assert asked["With how many wins did the visitors finish bottom of the group?"] == "two"


def test_italian_si_verb_after_a_named_place_has_the_count_as_subject() -> None:
    asked = _it(
        "In Sardegna si contano 2.100 nuraghi. "
        "Nella provincia di Lecco si registrano ogni anno circa 900 nuove diagnosi."
    )
    assert asked["Quanti nuraghi si contano in Sardegna?"] == "2.100"
    assert (
        asked["Quante nuove diagnosi si registrano nella provincia di Lecco ogni anno?"]
        == "circa 900"
    )


def test_a_time_possessive_opens_a_subject_not_an_adverbial() -> None:
    asked = _en("Last season’s derby drew 31,000 fans. This year’s fair welcomed 640 exhibitors.")
    assert asked["How many fans did last season’s derby draw?"] == "31,000"
    assert asked["How many exhibitors did this year’s fair welcome?"] == "640"


def test_the_time_it_takes_to_do_a_thing_is_asked_of_the_thing() -> None:
    asked = _en("The coach said it takes about four years to train a referee.")
    assert asked["How long does it take to train a referee?"] == "about four years"
    asked = _it("Ci vorranno otto mesi per ripulire il canale.")
    assert asked["Quanto tempo ci vorrà per ripulire il canale?"] == "otto mesi"
