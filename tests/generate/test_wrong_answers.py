"""Questions that were false or clumsy (agents.py, seats.py, kinds.py): a time is never cut,
two agents are both the answer, a relative clause's seat is of the name it follows, and a
kind the question says is not said again in the answer."""

from __future__ import annotations

from quizlib.generate.extract import agents, appositions, kinds, roles, seats
from tests.generate.helpers import article_document


def _questions(module: object, text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    extract = module.extract  # type: ignore[attr-defined]
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_a_duration_of_several_units_is_never_cut() -> None:
    text = (
        "Anna Lowe swam from Kerrera to the harbour of Oban in two hours, 12 minutes and 4 seconds."
    )
    found = _questions(agents, text, "en")
    assert found == {"Who swam from Kerrera to the harbour of Oban?": "Anna Lowe"}
    joined = "Marta Bellini completed the whole route to Glencoe in 3 hours and 5 minutes."
    assert _questions(agents, joined, "en") == {
        "Who completed the whole route to Glencoe?": "Marta Bellini"
    }


def test_a_clock_time_is_never_cut_at_its_colon() -> None:
    text = "Tom Reid finished third in 2:03:44, his best time on the course."
    assert _questions(agents, text, "en") == {"Who finished third in 2:03:44?": "Tom Reid"}


def test_two_agents_of_a_passive_are_both_the_answer() -> None:
    it = "La società Aquabus fu costituita nel 2004 dal Comune e dalla Provincia di Lecco."
    assert _questions(agents, it, "it") == {
        "Da chi fu costituita la società Aquabus?": "il Comune e la Provincia di Lecco"
    }
    people = "Il ponte di San Rocco fu progettato da Mario Fabbri e Carlo Gatti nel 1920."
    assert _questions(agents, people, "it") == {
        "Da chi fu progettato il ponte di San Rocco?": "Mario Fabbri e Carlo Gatti"
    }
    en = "The Kelso Viaduct was designed by Thomas Hale and John Pryce in 1810."
    assert _questions(agents, en, "en") == {
        "Who designed the Kelso Viaduct?": "Thomas Hale and John Pryce"
    }
    by_each = "The Dunmore Mill was restored by the Dunmore Trust and by Historic Scotland."
    assert _questions(agents, by_each, "en") == {
        "Who restored the Dunmore Mill?": "Dunmore Trust and Historic Scotland"
    }


def test_the_first_of_a_list_or_of_an_unnamed_second_is_not_asked() -> None:
    three = "The Kelso Viaduct was built by Robert Hale, James Pryce and John Soames."
    assert _questions(agents, three, "en") == {}
    unnamed = "The Kelso Viaduct was built by John Soames and his son."
    assert _questions(agents, unnamed, "en") == {}
    tre = "La Villa Gatti fu costruita da Luigi Fabbri, Carlo Gatti e Mario Neri."
    assert _questions(agents, tre, "it") == {}


def test_a_deed_after_and_leaves_the_one_agent() -> None:
    text = "Il Palazzo Fabbri fu costruito da Luigi Gatti e ampliato nel 1800."
    assert _questions(agents, text, "it") == {
        "Da chi fu costruito il Palazzo Fabbri?": "Luigi Gatti"
    }


def test_a_seat_after_which_is_of_the_name_before_it() -> None:
    text = (
        "Redline Coaches is one of the largest coach operators in Wales, part of Corran "
        "Holdings plc, which is headquartered in Cardiff."
    )
    assert _questions(seats, text, "en") == {
        "Where is Corran Holdings plc headquartered?": "Cardiff"
    }
    aside = "Harvest Mills Ltd, which is based in Leeds, makes flour."
    assert _questions(seats, aside, "en") == {"Where is Harvest Mills Ltd based?": "Leeds"}
    it = "La linea è gestita da Autolinee Ferri, la quale ha sede a Lodi."
    assert _questions(seats, it, "it") == {"Dove ha sede Autolinee Ferri?": "Lodi"}


def test_the_kind_the_question_says_is_not_said_again() -> None:
    text = "Rovereto è un comune del Trentino attraversato dal fiume Leno, con 40.000 abitanti."
    doc = article_document(text, "it")
    cards = [c for c in kinds.extract(doc) if c.question]
    assert [(c.question, c.answer, c.accept) for c in cards] == [
        ("Quale fiume attraversa Rovereto?", "Leno", ("fiume Leno",))
    ]
    of_name = "Il paese di Brenzone si affaccia sul lago di Garda."
    assert _questions(kinds, of_name, "it") == {
        "Su quale lago si affaccia il paese di Brenzone?": "lago di Garda"
    }
    en = "Hexham is a town crossed by the River Tyne."
    assert _questions(kinds, en, "en") == {"Which river crosses Hexham?": "River Tyne"}


def test_an_hour_cut_from_its_day_goes_with_it() -> None:
    it = "La Ferrovia Retica ha chiuso la linea del Bernina ai treni merci dalle 22.15 di sabato."
    assert _questions(agents, it, "it") == {
        "Chi ha chiuso la linea del Bernina ai treni merci?": "Ferrovia Retica"
    }
    en = "Highland Rail closed the line to Mallaig at 6.30 on Sunday."
    assert _questions(agents, en, "en") == {"Who closed the line to Mallaig?": "Highland Rail"}


def test_a_seat_of_a_name_after_a_preposition_keeps_its_article() -> None:
    text = "Il ricorso va presentato al Consiglio di Garanzia, che ha sede a Trento."
    assert _questions(seats, text, "it") == {"Dove ha sede il Consiglio di Garanzia?": "Trento"}
    elided = "Il drone è prodotto dall’Agenzia Spaziale Molisana, con sede a Isernia."
    assert _questions(seats, elided, "it") == {
        "Dove ha sede l’Agenzia Spaziale Molisana?": "Isernia"
    }


def test_a_seat_after_a_complement_of_a_noun_is_not_the_complements() -> None:
    text = "L’Ospedale San Rocco è il principale ospedale della Valsesia, con sede a Varallo."
    assert "Dove ha sede la Valsesia?" not in _questions(seats, text, "it")
    en = "Carrick Health is the largest hospital group of Ayrshire, based in Kilmarnock."
    assert "Where is Ayrshire based?" not in _questions(seats, en, "en")


def test_an_opening_complement_is_no_noun_a_participle_is_said_of() -> None:
    text = "Davanti a 900 tifosi, la squadra allenata da Marco Pellegri ha vinto la finale."
    assert "Marco Pellegri" not in _questions(agents, text, "it").values()
    en = "In front of 2,000 fans, the side coached by Rhys Morgan came back from ten points down."
    assert "Rhys Morgan" not in _questions(agents, en, "en").values()


def test_the_agent_of_a_second_verb_is_not_the_firsts() -> None:
    en = "Fellside Trust was established in 2003 and is led by the Upland Park Authority."
    assert _questions(agents, en, "en") == {}
    it = "Il Palazzo Ferri fu costruito nel 1700 e ampliato nel 1800 da Luigi Gatti."
    assert _questions(agents, it, "it") == {}
    date = "The Kelso Viaduct was built between 1848 and 1851 by Thomas Hale."
    assert _questions(agents, date, "en") == {"Who built the Kelso Viaduct?": "Thomas Hale"}


def test_a_name_with_brackets_or_a_year_is_never_cut() -> None:
    law = "Kenmare Creamery Ltd pleaded guilty to two offences under the Rivers (Wales) Order 2001."
    assert _questions(agents, law, "en") == {
        "Who pleaded guilty to two offences under the Rivers (Wales) Order 2001?": (
            "Kenmare Creamery Ltd"
        )
    }
    acronym = "Harbour Foods Ltd joined the European Space Agency (ESA) programme in 2019."
    assert _questions(agents, acronym, "en") == {
        "Who joined the European Space Agency (ESA) programme?": "Harbour Foods Ltd"
    }


def test_a_name_ending_in_che_is_not_cut_before_ha_sede() -> None:
    text = "La Regione Marche ha sede ad Ancona."
    assert _questions(seats, text, "it") == {"Dove ha sede la Regione Marche?": "Ancona"}


def test_a_date_that_says_which_people_stays_in_the_deed() -> None:
    it = "La Regione Umbria ha deciso di offrire il test ai nati nel 1970 e nel 1985."
    assert _questions(agents, it, "it") == {
        "Quale regione ha deciso di offrire il test ai nati nel 1970 e nel 1985?": "Regione Umbria"
    }
    en = "Highland Council has decided to offer the test to those born in 1970."
    assert _questions(agents, en, "en") == {
        "Which council has decided to offer the test to those born in 1970?": "Highland Council"
    }


def test_what_a_person_is_is_the_noun_nearest_the_name() -> None:
    text = "Gli ospiti sono stati trascinati da una meta dell’ala francese Louis Marchal al 30’."
    assert _questions(appositions, text, "it") == {"Chi è Louis Marchal?": "l’ala francese"}


def test_a_name_after_a_body_named_in_small_letters_is_the_bodys() -> None:
    text = "Pietro Neri, 67 anni, è stato presidente della Cantina sociale Colle Verde di Tollo."
    assert "Colle Verde" not in _questions(roles, text, "it").values()
    person = "Il direttore del Museo civico Carlo Bassi ha presentato la mostra."
    assert _questions(roles, person, "it")["Chi è il direttore del Museo civico?"] == "Carlo Bassi"


def test_what_a_person_led_is_asked_by_its_noun_not_by_its_complements() -> None:
    text = "Professor Tom Ashby, who led the site survey using airborne radar, said it was a bet."
    found = _questions(roles, text, "en")
    assert not any(q.startswith("Which radar") for q in found)
    chairs = "The motion came from Niamh Walsh, who chairs the council’s housing committee."
    assert _questions(roles, chairs, "en")["Which committee does Niamh Walsh chair?"] == (
        "the council’s housing committee"
    )


def test_a_water_or_a_mountain_that_does_something_is_asked_with_what() -> None:
    text = "Lough Ardan has suffered severe algae blooms in each of the last three summers."
    assert _questions(agents, text, "en") == {
        "What has suffered severe algae blooms in each of the last three summers?": "Lough Ardan"
    }
    body = "The Island Trust has bought the old pier at Brodick."
    assert _questions(agents, body, "en") == {
        "Which trust has bought the old pier at Brodick?": "Island Trust"
    }


def test_an_agent_with_a_partner_in_the_deed_is_asked_with_the_partner() -> None:
    it = (
        "Il piano è stato presentato ieri. Il piano, redatto dallo studio Atelier Bruni insieme "
        "agli uffici del Comune, costa 2 milioni. Il piano piace a tutti."
    )
    assert _questions(agents, it, "it") == {
        "Da quale studio è stato redatto il piano insieme agli uffici del Comune?": "Atelier Bruni"
    }
    en = "The Kelso Viaduct was designed by Thomas Hale together with the county surveyor."
    assert _questions(agents, en, "en") == {
        "Who designed the Kelso Viaduct together with the county surveyor?": "Thomas Hale"
    }
    manner = "The Kelso Viaduct was designed by Thomas Hale with great care."
    assert _questions(agents, manner, "en") == {"Who designed the Kelso Viaduct?": "Thomas Hale"}
