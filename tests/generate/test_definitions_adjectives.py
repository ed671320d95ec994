"""Definitions whose head keeps two adjectives a comma joins before their noun, and reverse
questions that say a lasting state in the present; on small texts of their own."""

from __future__ import annotations

from .test_definitions import entry


def test_a_comma_between_two_adjectives_does_not_end_the_head() -> None:
    qs = entry(
        "Tellurium",
        "Tellurium is a brittle, silver-white metalloid with the atomic number 52.",
        "en",
    )
    assert qs["What is Tellurium?"] == "a brittle, silver-white metalloid"
    assert "a brittle" not in qs.values()


def test_a_comma_after_a_noun_still_ends_the_head() -> None:
    qs = entry("Lydford", "Lydford is a village, founded in the tenth century by the Saxons.", "en")
    assert "a village, founded" not in " ".join(qs.values())
    qs = entry("Bixley", "Bixley is a port, a market town and a resort on the coast.", "en")
    assert not any(a.startswith("a port, a") for a in qs.values()), qs


def test_a_valley_crossed_by_a_river_is_asked_in_the_present() -> None:
    qs = entry(
        "Val Brembana",
        "La Val Brembana è una valle prealpina della provincia di Bergamo, percorsa dal fiume "
        "Brembo per circa 60 chilometri.",
    )
    assert (
        qs[
            "Quale valle prealpina della provincia di Bergamo è percorsa dal fiume Brembo per "
            "circa 60 chilometri?"
        ]
        == "Val Brembana"
    )
    qs = entry(
        "Glen Esk", "Glen Esk is a long glen in Angus, drained by the River North Esk.", "en"
    )
    assert qs["Which long glen in Angus is drained by the River North Esk?"] == "Glen Esk"


def test_an_event_participle_keeps_the_past() -> None:
    qs = entry(
        "Lago Nero",
        "Il Lago Nero è un lago artificiale del Trentino, alimentato nel 1958 "
        "da una diga sul torrente Noce.",
    )
    assert not any("è alimentato nel 1958" in q for q in qs), qs
