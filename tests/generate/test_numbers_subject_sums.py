"""An Italian sum in millions that opens its sentence as a verb's subject, its currency left
unsaid: 'Quattro milioni andranno alle scuole' -> 'Quanti milioni andranno alle scuole?'. On
small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_sum_in_millions_as_the_subject_is_asked() -> None:
    qs = questions_of("Quattro milioni andranno alla manutenzione delle scuole.", "it")
    assert qs["Quanti milioni andranno alla manutenzione delle scuole?"] == "quattro milioni"
    qs = questions_of("Altri 1,8 milioni serviranno a rifare il tetto del museo.", "it")
    assert qs["Quanti milioni in più serviranno a rifare il tetto del museo?"] == "1,8 milioni"


def test_a_count_of_people_in_millions_is_no_sum() -> None:
    qs = questions_of("Tre milioni di persone vivono nella pianura.", "it")
    assert not any(q.startswith("Quanti milioni") for q in qs)
