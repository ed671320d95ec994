"""An Italian relative whose verb in -a the lexicon keeps for a noun too ('guida', 'porta')
is a present before its object: its date is asked of the name before 'che'."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_present_in_a_after_che_is_a_verb() -> None:
    qs = questions_of(
        "Ha parlato il presidente Luca Bassi, che guida la cooperativa dal 2018.", "it"
    )
    assert qs.get("Da quando Luca Bassi guida la cooperativa?") == "2018", qs
    qs = questions_of("È arrivata la nave Stella, che porta i pendolari a Ischia dal 2012.", "it")
    assert qs.get("Da quando la nave Stella porta i pendolari a Ischia?") == "2012", qs


def test_noun_in_a_after_che_without_an_article_is_not_read_as_a_verb() -> None:
    qs = questions_of("Ha parlato il presidente Luca Bassi, che guida dal 2018.", "it")
    assert not any(q.startswith("In che anno fu") for q in qs), qs
