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


def test_each_part_of_a_funding_that_comes_from_givers_is_asked() -> None:
    qs = questions_of(
        "Il finanziamento arriva per 2,5 milioni dalla Provincia, per 800.000 euro dalla "
        "Camera di commercio e per i restanti 300.000 euro da alcune banche locali.",
        "it",
    )
    assert qs["Quanta parte del finanziamento arriva dalla Provincia?"] == "2,5 milioni"
    assert qs["Quanta parte del finanziamento arriva dalla Camera di commercio?"] == "800.000 euro"
    assert qs["Quanta parte del finanziamento arriva da alcune banche locali?"] == "300.000 euro"


def test_the_part_of_plural_funds_is_asked_with_a_singular_verb() -> None:
    qs = questions_of(
        "I fondi arrivano per 3 milioni dal ministero e per 400.000 euro dalla Regione.", "it"
    )
    assert qs["Quanta parte dei fondi arriva dal ministero?"] == "3 milioni"
