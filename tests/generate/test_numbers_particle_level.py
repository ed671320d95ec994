"""A verb of change whose particle tells the change ('went up to £11', 'has come down to
£4m') reaches the level after 'to': 'up to' after it is no bound of the figure, and the question
keeps the particle ('To what level did the fare go up?'); the Italian 'fino a' after a verb of
change is the level reached the same way ('è salito fino a 11 euro' -> 'A quanto è
salito ...?')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_sum_after_a_particle_is_the_level_reached() -> None:
    qs = questions_of("Last winter the daily parking charge went up to £9.", "en")
    assert qs.get("To what level did the daily parking charge go up last winter?") == "£9", qs
    assert not any(q.startswith("How much") for q in qs), qs


def test_english_perfect_of_a_particle_verb() -> None:
    qs = questions_of("The monthly season ticket has gone down to £60.", "en")
    assert qs.get("To what level has the monthly season ticket gone down?") == "£60", qs


def test_english_count_after_a_particle_is_the_level_reached() -> None:
    qs = questions_of("Enrolment at the college went up to 2,400 this autumn.", "en")
    assert qs.get("What did enrolment at the college go up to this autumn?") == "2,400", qs


def test_a_bound_with_no_verb_of_change_stays_a_bound() -> None:
    qs = questions_of("Parents can claim up to £900 for each child.", "en")
    assert all(a.startswith("up to") for q, a in qs.items() if "£" in a or "900" in a), qs


def test_italian_fino_a_after_a_verb_of_change_is_the_level_reached() -> None:
    qs = questions_of("Quest’inverno la tariffa del parcheggio è salita fino a 9 euro.", "it")
    assert qs.get("A quanto è salita la tariffa del parcheggio quest’inverno?") == "9 euro", qs
