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
