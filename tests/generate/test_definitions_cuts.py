"""Definitions whose question reads as a person would write it: no reverse question ending on a
preposition its noun was cut from, a question that agrees with the plural it asks about, and
no 'considered' read as said of a name that only completes another noun; on small texts of
their own in Italian and English."""

from __future__ import annotations

from .test_definitions import asked, entry


def test_a_moved_relative_clause_never_ends_on_a_preposition() -> None:
    qs = entry(
        "Kent Otter Trust",
        "Kent Otter Trust is a wildlife charity founded in 1972 that runs more than 30 small "
        "reserves along the coast of the county.",
        "en",
    )
    assert qs[
        "Which wildlife charity that runs more than 30 small reserves was founded in 1972?"
    ] == ("Kent Otter Trust")
    assert not any(q.rstrip("?").split()[-1] in {"along", "across", "near"} for q in qs)


def test_a_definition_agrees_with_the_plural_it_asks_about() -> None:
    qs = asked(
        "Notizia\n\nIl museo espone la storia degli Etruschi, il popolo che abitava la regione "
        "prima di Roma.\n"
    )
    assert qs.get("Che cosa sono gli Etruschi?") == "il popolo che abitava la regione prima di Roma"
    assert "Che cos’è gli Etruschi?" not in qs


def test_considered_is_not_said_of_a_name_that_completes_a_noun() -> None:
    qs = entry(
        "Sibillini",
        "I Sibillini sono un gruppo montuoso dell’Appennino centrale. Ospitano il lago di Pilato, "
        "considerato il lago più alto dell’Appennino.",
    )
    assert not any(a == "Sibillini" and "considerato" in q for q, a in qs.items()), qs
    qs = asked(
        "Notizia\n\nLa valle ospita il castello dei Conti Guidi, considerato il più antico "
        "della regione. Giovanni Neri, considerato il padre della cartografia moderna, nacque "
        "qui.\n"
    )
    assert "Conti Guidi" not in qs.values()
    assert qs.get("Chi è considerato il padre della cartografia moderna?") == "Giovanni Neri"
