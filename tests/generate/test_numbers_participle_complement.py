"""A present participle after an Italian counted noun goes with its complement, whatever
preposition opens it ('lupi| provenienti dall’Abruzzo', 'famiglie| residenti nel quartiere'):
both are left out of the question, as English counts leave out 'coming from Austria', never
the participle asked as the noun's adjective and its complement moved after the verb."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_participle_before_an_elided_preposition_stays_with_it() -> None:
    qs = questions_of("Nel 2019 furono rilasciate sei linci provenienti dall’Austria.", "it")
    assert qs.get("Quante linci furono rilasciate nel 2019?") == "sei", qs
    assert not any("provenienti" in q for q in qs), qs


def test_participle_before_an_articulated_in_stays_with_it() -> None:
    qs = questions_of("Il sindaco ha ricevuto 250 famiglie residenti nella frazione.", "it")
    assert qs.get("Quante famiglie ha ricevuto il sindaco?") == "250", qs
    assert not any("residenti" in q for q in qs), qs


def test_english_participle_and_its_complement_are_left_out() -> None:
    qs = questions_of("In 2019 the reserve released six bears coming from Austria.", "en")
    assert qs.get("How many bears did the reserve release in 2019?") == "six", qs
