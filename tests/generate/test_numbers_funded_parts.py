"""The part of a thing's funding an Italian giver paid, told with 'per' and the giver: 'Il
restauro è stato finanziato per 1,4 milioni dalla Provincia e per il resto dal Comune' ->
'Per quanto è stato finanziato il restauro dalla Provincia?'. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_part_of_the_funding_is_asked_with_its_giver() -> None:
    qs = questions_of(
        "Il restauro è stato finanziato per 1,4 milioni dalla Provincia di Cuneo e per il resto "
        "dal Comune.",
        "it",
    )
    assert qs["Per quanto è stato finanziato il restauro dalla Provincia di Cuneo?"] == (
        "1,4 milioni"
    )


def test_a_future_cover_keeps_its_tense() -> None:
    qs = questions_of("La nuova palestra sarà coperta per 600.000 euro dalla Fondazione Crt.", "it")
    assert qs["Per quanto sarà coperta la nuova palestra dalla Fondazione Crt?"] == ("600.000 euro")


def test_a_participle_that_agrees_with_no_subject_is_not_asked() -> None:
    qs = questions_of("La spesa è stato finanziato per 600.000 euro dalla Regione.", "it")
    assert not any(q.startswith("Per quanto") for q in qs)
