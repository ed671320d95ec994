"""Offices set off before a name: an Italian adjective of origin between the comma and the
name ('l’allenatore del Pescara, il serbo Nemanja Kovač,') still introduces a person, and 'Its'
after a sentence that opens with a name and its kind ('The Keep the Green campaign
collected ...') is that group's."""

from __future__ import annotations

from .helpers import questions_of


def test_an_office_before_an_adjective_of_origin_and_a_name_in_italian() -> None:
    asked = questions_of(
        "Il Pescara ha perso la partita di domenica. «Abbiamo giocato male», ha ammesso "
        "l’allenatore del Pescara, il serbo Nemanja Kovač, che ha lasciato subito lo stadio.",
        "it",
    )
    assert asked.get("Chi è l’allenatore del Pescara?") == "Nemanja Kovač"


def test_its_office_after_a_group_named_before_its_kind() -> None:
    asked = questions_of(
        "The Keep the Green campaign collected more than 3,000 signatures. Its spokesperson, "
        "Helen Marsh, said the group was disappointed.",
        "en",
    )
    assert asked.get("Who is the spokesperson of the Keep the Green campaign?") == "Helen Marsh"
