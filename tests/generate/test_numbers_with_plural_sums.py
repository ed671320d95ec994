"""An Italian sum brought by 'con' and a plural noun of money with no article ('ha chiuso
l’esercizio con utili per 1,2 milioni') is asked as 'Con quali utili ...?', also when a change
in percent sums it up after a comma. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_plural_noun_of_money_after_con_is_asked_with_quali() -> None:
    qs = questions_of(
        "La cooperativa ha chiuso l’esercizio con utili per 1,2 milioni di euro.", "it"
    )
    assert qs["Con quali utili la cooperativa ha chiuso l’esercizio?"] == "1,2 milioni di euro"


def test_a_change_in_percent_after_the_sum_keeps_the_question() -> None:
    qs = questions_of(
        "Nel 2024 la distilleria ha chiuso con ricavi per 48 milioni di euro, il 9% in più "
        "rispetto all’anno precedente.",
        "it",
    )
    assert qs["Con quali ricavi la distilleria ha chiuso nel 2024?"] == "48 milioni di euro"


def test_a_plural_noun_that_is_no_money_is_not_asked() -> None:
    qs = questions_of("Il museo ha riaperto con visite per 300 persone.", "it")
    assert not any(q.startswith("Con quali") for q in qs)


def test_a_sum_after_con_before_a_joined_clause_is_asked() -> None:
    qs = questions_of(
        "Il consorzio ha chiuso il bilancio con una perdita di 2,4 milioni di euro e per tre mesi "
        "non ha pagato i fornitori.",
        "it",
    )
    assert qs["Con quale perdita il consorzio ha chiuso il bilancio?"] == "2,4 milioni di euro"
    qs = questions_of(
        "Il consorzio ha chiuso il bilancio con una perdita di 2,4 milioni di euro e un debito di "
        "6 milioni.",
        "it",
    )
    assert not any(q.startswith("Con quale perdita") for q in qs)


def test_a_threshold_passed_is_asked_as_a_threshold() -> None:
    qs = questions_of("Il debito della società ha superato i 14 milioni di euro.", "it")
    assert qs["Quale soglia ha superato il debito della società?"] == "14 milioni di euro"
    qs = questions_of("I visitatori del museo hanno superato i 20.000.", "it")
    assert not any(q.startswith("Quale soglia") for q in qs)


def test_a_threshold_fallen_below_is_asked_with_sotto() -> None:
    qs = questions_of("Il debito del consorzio è sceso sotto i 12 milioni di euro.", "it")
    assert qs["Sotto quale soglia è sceso il debito del consorzio?"] == "12 milioni di euro"
