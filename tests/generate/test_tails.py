"""The tail of a phrase keeps a pair whole: "between A and B", "tra A e B", "both A and B",
"sia A che B" are never cut at their "and"."""

from __future__ import annotations

from quizlib.generate.extract.numbers.tails import tail_of

from .test_numbers import _questions


def test_a_tail_keeps_a_pair_whole() -> None:
    assert tail_of(" lungo la strada tra il mulino e il ponte, poi ") == (
        " lungo la strada tra il mulino e il ponte"
    )
    assert tail_of(" sia a Lecce che a Bari. ") == " sia a Lecce che a Bari"
    assert tail_of(" on both the pier and the beach when ") == " on both the pier and the beach"
    assert (
        tail_of(" between the mill and the bridge and more") == " between the mill and the bridge"
    )


def test_a_tail_still_ends_at_an_and_that_joins_clauses() -> None:
    assert tail_of(" nel centro storico e poi ") == " nel centro storico"
    assert tail_of(" to the harbour and then left") == " to the harbour"
    # a span of time, and a clause of its own after its "e"
    assert tail_of(" tra due settimane e riaprirà a maggio") == " tra due settimane"
    assert tail_of(" between shifts and then went home") == " between shifts"
    # the verb's "sia", no pair: "che" opens a clause of its own
    assert tail_of(" nonostante sia vero che non ") == " nonostante sia vero"


def test_a_count_asked_keeps_both_halves_of_its_place() -> None:
    it = _questions("La provincia ha piantato 500 querce tra il fiume e la collina nel 2020.")
    assert it == {
        "Quante querce ha piantato la provincia tra il fiume e la collina nel 2020?": "500"
    }
    en = _questions("The county planted 500 oaks between the river and the hill in 2020.", "en")
    assert en == {
        "How many oaks did the county plant between the river and the hill in 2020?": "500"
    }


def test_a_sum_asked_keeps_both_halves_of_what_it_went_on() -> None:
    it = _questions("La regione ha speso 4 milioni di euro sia per i porti che per le ferrovie.")
    assert it == {
        "Quanto ha speso la regione sia per i porti che per le ferrovie?": "4 milioni di euro"
    }
    en = _questions("The board spent £6 million on both the museum and the theatre.", "en")
    assert en == {"How much did the board spend on both the museum and the theatre?": "£6 million"}


def test_ages_between_two_figures_stay_who_the_counted_are() -> None:
    en = _questions(
        "The trial enrolled 230 pupils aged between nine and 12 at 14 schools in Leeds and York "
        "between May 2022 and June 2023.",
        "en",
    )
    assert en == {"How many pupils did the trial enroll?": "230"}


def test_a_span_between_two_figures_ends_at_its_second_figure() -> None:
    assert tail_of(" between 2019 and 2024 as high prices forced plants to close") == (
        " between 2019 and 2024"
    )
    assert tail_of(" between the 2016 and 2022 censuses, faster") == (
        " between the 2016 and 2022 censuses"
    )
    it = _questions("L’azienda ha perso 1.200 clienti tra il 2018 e il 2023 a causa della crisi.")
    assert it["Quanti clienti ha perso l’azienda tra il 2018 e il 2023?"] == "1.200"
    en = _questions(
        "The mill had shed 900 jobs between 2015 and 2020 as cheap imports forced it to cut back.",
        "en",
    )
    assert en["How many jobs had the mill shed between 2015 and 2020?"] == "900"


def test_a_pair_kept_whole_makes_no_tail_too_long() -> None:
    en = _questions(
        "The board has asked the county for a $3 million fund to help small farms with fencing"
        " and drainage repair costs.",
        "en",
    )
    assert en == {
        "How large is the fund to help small farms with fencing and drainage repair costs?": (
            "$3 million"
        )
    }
