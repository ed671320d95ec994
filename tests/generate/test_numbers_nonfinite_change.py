"""A change whose preposition follows a verb of its own that is not finite ('were held for a
year before falling by 4%') is that verb's: the main verb is not asked 'By how much'."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_change_of_a_gerund_after_before_is_not_the_main_verb_s() -> None:
    qs = questions_of(
        "Ticket prices at the Dunmore pool were held for a year before falling by 4%.", "en"
    )
    assert not any(q.startswith("By how much were") for q in qs), qs


def test_italian_change_of_an_infinitive_after_prima_di_is_not_the_main_verb_s() -> None:
    qs = questions_of(
        "I biglietti della piscina di Dunmore sono rimasti fermi per un anno prima di scendere "
        "del 4%.",
        "it",
    )
    # asked only in place, where the change stands after "prima di"
    assert [q for q in qs if "rimasti fermi" in q] in (
        [],
        [
            "I biglietti della piscina di Dunmore sono rimasti fermi per un anno prima di "
            "scendere di quale percentuale?"
        ],
    ), qs


def test_change_of_the_main_verb_is_still_asked() -> None:
    qs = questions_of("Ticket prices at the Dunmore pool fell by 4% in May.", "en")
    assert qs.get("By how much did ticket prices at the Dunmore pool fall in May?") == "4%", qs
