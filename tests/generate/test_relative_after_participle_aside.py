"""A relative after a participle's aside ('a course, run by the Rossi Foundation, which will
start in May'; 'un corso, organizzato dalla Fondazione Rossi, che partirà a maggio') is about
the noun before the aside, not the name inside it: no question asks when the foundation
starts."""

from __future__ import annotations

from .helpers import questions_of


def test_the_relative_after_an_aside_is_not_the_agents_in_english() -> None:
    asked = questions_of(
        "The plan includes a training course, run by the Rossi Foundation, which will start "
        "in May in Leeds.",
        "en",
    )
    assert not any("Rossi Foundation start" in q for q in asked)


def test_the_relative_after_an_aside_is_not_the_agents_in_italian() -> None:
    asked = questions_of(
        "Il bando prevede un corso di formazione di 120 ore, organizzato dalla Fondazione "
        "Rossi di studi superiori, che partirà a maggio nell’azienda sperimentale di Sondrio.",
        "it",
    )
    assert not any("partirà la Fondazione" in q for q in asked)
