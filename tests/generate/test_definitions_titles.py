"""The title of a work whose article is part of it ('The Cricketer', a magazine; 'La Voce', a
newspaper) keeps it as the heading spells it when a question names the entry; a place takes
the article of the sentence ('the Greenway'). On small texts of their own in English and
Italian."""

from __future__ import annotations

from .test_definitions import entry


def test_an_article_the_heading_spells_is_part_of_the_name() -> None:
    qs = entry(
        "The Ramblers Gazette",
        "The Ramblers Gazette is a weekly English walking newspaper founded in 1931.",
        "en",
    )
    assert qs["What is The Ramblers Gazette?"] == "a weekly English walking newspaper"
    assert "What is the Ramblers Gazette?" not in qs


def test_a_place_keeps_the_article_of_the_sentence() -> None:
    qs = entry(
        "Ramblers Bridge", "The Ramblers Bridge is a stone bridge over the river Tame.", "en"
    )
    assert qs["What is the Ramblers Bridge?"] == "a stone bridge"
    qs = entry("The Towpath", "The Towpath is a path which runs along the old canal.", "en")
    assert "What is the Towpath?" in qs


def test_an_italian_article_the_heading_spells_is_part_of_the_name() -> None:
    qs = entry(
        "La Voce del Borgo",
        "La Voce del Borgo è un settimanale locale fondato nel 1950 a Lucca.",
    )
    assert qs["Che cos’è La Voce del Borgo?"] == "un settimanale locale"
