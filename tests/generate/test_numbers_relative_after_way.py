"""A relative clause after an Italian street's or square's name ('di piazza Castello, che
avrà 300 posti') tells of the thing before the name, as in English ('the market on Garibaldi
Square, which hosts 40 stalls'): never of the name's capitalised part alone."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_relative_after_a_square_in_an_object_asks_no_bare_name() -> None:
    qs = questions_of(
        "La giunta ha approvato il progetto della rimessa interrata di piazza Vittoria, che "
        "avrà 250 posti auto.",
        "it",
    )
    assert not any("Vittoria?" in q for q in qs), qs


def test_relative_after_a_street_in_an_object_asks_no_bare_name() -> None:
    qs = questions_of(
        "Il consiglio ha discusso il restauro della biblioteca di via Mazzini, che conserverà "
        "12.000 volumi.",
        "it",
    )
    assert not any(q.endswith(" Mazzini?") for q in qs), qs


def test_relative_after_a_square_in_the_subject_is_the_things() -> None:
    qs = questions_of(
        "Il mercato coperto di piazza Ferrari, che ospita 60 banchi, riaprirà a giugno.", "it"
    )
    assert qs.get("Quanti banchi ospita il mercato coperto di piazza Ferrari?") == "60", qs


def test_relative_of_a_square_alone_is_the_squares() -> None:
    qs = questions_of("Piazza Ferrari, che ospita 60 banchi, è stata chiusa al traffico.", "it")
    assert qs.get("Quanti banchi ospita Piazza Ferrari?") == "60", qs


def test_english_relative_after_a_street_is_the_things() -> None:
    qs = questions_of(
        "The indoor market on Ferrari Street, which hosts 60 stalls, will reopen in June.", "en"
    )
    assert qs.get("How many stalls does the indoor market on Ferrari Street host?") == "60", qs
