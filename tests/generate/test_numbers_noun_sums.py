"""A sum that tells the size of a noun of money, the object of the clause's verb, after
'di', 'da' or 'of' ('ha approvato giovedì un bando da 2,4 milioni', 'is offering a retention
bonus of up to £3,000'), or before it with a long tail ('a £4m contract to ... to rebuild
...'). On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_an_italian_noun_of_money_with_its_sum_after_da_is_asked() -> None:
    qs = questions_of(
        "La Provincia ha approvato giovedì un bando di manutenzione da 2,4 milioni di euro "
        "per sistemare le strade di montagna.",
        "it",
    )
    asked = "A quanto ammonta il bando di manutenzione che la Provincia ha approvato giovedì?"
    assert qs[asked] == "2,4 milioni di euro"


def test_an_italian_noun_of_money_keeps_its_rate_and_the_verb_s_tense() -> None:
    qs = questions_of(
        "Il consorzio verserà agli allevatori un fondo di garanzia da 900 euro per capo abbattuto.",
        "it",
    )
    asked = (
        "A quanto ammonterà il fondo di garanzia per capo abbattuto che il consorzio verserà "
        "agli allevatori?"
    )
    assert qs[asked] == "900 euro"


def test_an_english_noun_of_money_with_its_sum_after_of_is_asked() -> None:
    qs = questions_of(
        "The hospital is offering a retention bonus of up to £3,000 and has hired two agency "
        "nurses.",
        "en",
    )
    assert qs["How large a retention bonus is the hospital offering?"] == "up to £3,000"


def test_a_sum_before_its_noun_is_asked_without_the_purpose_after_it() -> None:
    qs = questions_of(
        "Powys County Council has awarded a £4.2 million contract to the Newport firm Hale "
        "Civil to rebuild about 3,000 metres of river wall.",
        "en",
    )
    asked = "How large a contract has Powys County Council awarded to the Newport firm Hale Civil?"
    assert qs[asked] == "£4.2 million"


def test_a_thing_bought_is_no_noun_of_money() -> None:
    qs = questions_of("Il museo ha acquistato un dipinto da 300.000 euro.", "it")
    # Asked in place, where it stands ('un dipinto da quanti euro'), not as a sum of paintings.
    assert [q for q in qs if "dipinto" in q] == [
        "Il museo ha acquistato un dipinto da quanti euro?"
    ]
