"""Counts and measures in the shapes reporters vary: a figure with a decimal mark in the
tail after the count, an irregular participle in a perfect tense, a word of degree before
an approximation ("poco meno di", "just over"), an Italian verb of intent or "stare" before
the verb of the count."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_italian_tail_keeps_a_decimal_figure_whole() -> None:
    asked = _it(
        "I tecnici hanno piantato 48 querce su un’area di 1,5 ettari. "
        "La cooperativa, che in due anni ha raccolto 900 firme lungo un percorso di 3,4 "
        "chilometri, ha presentato la petizione."
    )
    assert asked["Quante querce hanno piantato i tecnici su un’area di 1,5 ettari?"] == "48"
    assert not any(q.endswith((" 1?", " 3?")) for q in asked)


def test_english_tail_keeps_a_decimal_figure_or_a_time_whole() -> None:
    asked = _en(
        "Volunteers planted 480 oaks over 1.5 hectares. "
        "The fire service sent 12 crews at 06:42 on Monday."
    )
    assert asked["How many oaks did volunteers plant over 1.5 hectares?"] == "480"
    assert not any(q.endswith((" 1?", " 06?")) for q in asked)


def test_english_perfect_of_an_irregular_participle() -> None:
    asked = _en(
        "The tagged goose has flown 240 kilometres to the Foyle estuary. "
        "The two pilots had already flown 96 missions over the bay."
    )
    assert asked["How many kilometres has the tagged goose flown to the Foyle estuary?"] == (
        "240 kilometres"
    )
    assert asked["How many missions had the two pilots flown over the bay?"] == "96"


def test_italian_degree_before_an_approximation() -> None:
    asked = _it(
        "La cooperativa ha assunto poco meno di 90 operai. "
        "Il consorzio ha venduto poco più di 4.000 biglietti."
    )
    assert asked["Quanti operai ha assunto la cooperativa?"] == "poco meno di 90"
    assert asked["Quanti biglietti ha venduto il consorzio?"] == "poco più di 4.000"


def test_english_degree_before_an_approximation() -> None:
    asked = _en(
        "The bakery employs just over 70 people. "
        "The festival sold slightly more than 4,000 tickets. "
        "The trust planted just under 900 trees."
    )
    assert asked["How many people does the bakery employ?"] == "just over 70"
    assert asked["How many tickets did the festival sell?"] == "slightly more than 4,000"
    assert asked["How many trees did the trust plant?"] == "just under 900"


def test_italian_verb_of_intent_and_stare_before_the_verb() -> None:
    asked = _it(
        "La cooperativa intende assumere 35 operai. "
        "Il consorzio vorrebbe aprire 12 nuovi negozi. "
        "I volontari stanno piantando 600 alberi lungo il fiume."
    )
    assert asked["Quanti operai intende assumere la cooperativa?"] == "35"
    assert asked["Quanti nuovi negozi vorrebbe aprire il consorzio?"] == "12"
    assert asked["Quanti alberi stanno piantando i volontari lungo il fiume?"] == "600"


def test_italian_duration_in_several_units_of_the_clock() -> None:
    asked = _it(
        "Gli atleti hanno pedalato in media 5 ore e 40 minuti al giorno. "
        "Il trasloco è durato 9 ore e 25 minuti."
    )
    assert asked["Quanto tempo hanno pedalato gli atleti al giorno in media?"] == (
        "5 ore e 40 minuti"
    )
    assert asked["Quanto tempo è durato il trasloco?"] == "9 ore e 25 minuti"


def test_english_duration_in_several_units_of_the_clock() -> None:
    asked = _en(
        "The rescuers worked for 11 hours and 40 minutes. "
        "The crossing took 1 hour and 5 minutes. "
        "The crossing to the island took 2 hours and 5 minutes."
    )
    assert asked["For how long did the rescuers work?"] == "11 hours and 40 minutes"
    assert asked["How long did the crossing to the island take?"] == "2 hours and 5 minutes"


def test_italian_compound_preposition_after_a_complement_of_place() -> None:
    asked = _it(
        "Il concerto si è svolto al palazzetto comunale davanti a 3.100 spettatori. "
        "La premiazione è avvenuta in piazza Duomo davanti a circa 800 persone."
    )
    assert (
        asked["Davanti a quanti spettatori si è svolto il concerto al palazzetto comunale?"]
        == "3.100"
    )
    assert asked["Davanti a quante persone è avvenuta la premiazione in piazza Duomo?"] == (
        "circa 800"
    )


def test_italian_relative_about_a_body_with_a_span_before_its_verb() -> None:
    asked = _it(
        "Le verifiche sono state eseguite dalla Guardia costiera, che in 14 mesi ha controllato "
        "310 pescherecci lungo la costa."
    )
    assert (
        asked["Quanti pescherecci ha controllato la Guardia costiera in 14 mesi lungo la costa?"]
        == "310"
    )
