"""A town's office said alone ('Il sindaco Paolo Neri') is the office of the town the
dateline names, when the headline names it too; a dateline of the city a story was filed from
('MACERATA —' over a story about a village) names no mayor's town."""

from __future__ import annotations

from .helpers import questions_of


def test_the_mayor_is_of_the_dateline_town_the_headline_names() -> None:
    text = (
        "Orvieto, riapre la funicolare dopo i lavori\n\n"
        "ORVIETO – La funicolare ha riaperto ieri dopo otto mesi di lavori.\n\n"
        "Il sindaco Paolo Neri ha ricordato che il cantiere è costato 3 milioni di euro.\n"
    )
    assert questions_of(text, "it").get("Chi è il sindaco di Orvieto?") == "Paolo Neri"


def test_a_dateline_the_headline_does_not_name_gives_no_town() -> None:
    text = (
        "Castelvecchio, riapre il teatro dopo il sisma\n\n"
        "PERUGIA – Il teatro di Castelvecchio ha riaperto ieri dopo otto anni.\n\n"
        "Il sindaco Paolo Neri ha ricordato che il cantiere è costato 3 milioni di euro.\n"
    )
    asked = questions_of(text, "it")
    assert "Chi è il sindaco di Perugia?" not in asked, asked
