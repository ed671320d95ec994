"""More definitions: a head that names only a kind says more or is not asked, a term in
quotes, and appositions of rare words, on small texts of their own in Italian and English."""

from __future__ import annotations

from .test_definitions import asked, entry


def test_a_kind_alone_takes_its_first_modifier() -> None:
    text = "The Harbour Trust is a charity that runs food banks in Leeds."
    qs = entry("Harbour Trust", text, "en")
    assert qs["What is the Harbour Trust?"] == "a charity that runs food banks in Leeds"
    qs = entry(
        "Banco Amico", "Il Banco Amico è un’associazione che gestisce mense per i poveri a Bari."
    )
    assert qs["Che cos’è il Banco Amico?"] == (
        "un’associazione che gestisce mense per i poveri a Bari"
    )
    assert qs["Quale associazione gestisce mense per i poveri a Bari?"] == "Banco Amico"
    qs = entry("Pietrarsa", "Pietrarsa è un comune italiano di circa 9.000 abitanti in Irpinia.")
    assert qs["Che cos’è Pietrarsa?"] == "un comune italiano di circa 9.000 abitanti in Irpinia"


def test_a_long_modifier_keeps_the_part_before_its_relative_clause() -> None:
    qs = entry(
        "Water Board",
        "The Water Board is a federal agency within the Ministry of Works that manages dams, "
        "canals and hydroelectric plants in nine northern provinces.",
        "en",
    )
    assert qs["What is the Water Board?"] == "a federal agency within the Ministry of Works"


def test_a_kind_with_nothing_specific_is_not_asked() -> None:
    for text in ("The Harbour Trust is a charity.", "The Harbour Trust is a British charity."):
        assert "What is the Harbour Trust?" not in entry("Harbour Trust", text, "en")
    for text in ("Il Banco Amico è un’associazione.", "Il Banco Amico è un ente pubblico."):
        assert "Che cos’è il Banco Amico?" not in entry("Banco Amico", text)
    # An apposition of a kind alone defines nothing either.
    assert asked("The study was funded by Lumen, a British charity, last year.", "en") == {}
    assert asked("Lo studio è stato finanziato da Lumen, un’associazione, ieri.") == {}


def test_a_person_s_nation_and_trade_is_a_definition() -> None:
    qs = entry("Carlo Neri", "Carlo Neri (1920-1990) è stato un politico italiano, nato a Como.")
    assert qs["Chi è stato Carlo Neri?"] == "un politico italiano"


def test_a_time_after_a_comma_is_no_apposition() -> None:
    qs = asked("Lo studio è stato finanziato da Lumen, un’associazione di Bari, l’anno scorso.")
    assert qs == {"Che cos’è Lumen?": "un’associazione di Bari"}
    assert asked("The ceasefire was signed in Vaduz, the day before, by both sides.", "en") == {}
