"""An office said alone names no one holder when another person holds it with a word that
says whose."""

from __future__ import annotations

from .helpers import en_questions


def test_a_bare_office_beside_a_qualified_one_is_not_asked_for_its_holder() -> None:
    asked = en_questions(
        "Indonesian Foreign Minister Arief Santoso said the bloc had no interest in a weak "
        "code. Foreign Minister Bendito Soares said his country had adopted most of the rules."
    )
    assert asked.get("Who is the Indonesian Foreign Minister?") == "Arief Santoso"
    assert "Who is the Foreign Minister?" not in asked
    assert asked.get("What office does Bendito Soares hold?") == "Foreign Minister"


def test_a_place_that_opens_the_office_keeps_its_capital() -> None:
    asked = en_questions("Kilbride coach Cathy Rafuse said the team was proud of the win.")
    assert asked.get("Who is the Kilbride coach?") == "Cathy Rafuse"
    prosecutor = en_questions("Prosecutor Helen Armitage said the case against him was clear.")
    assert prosecutor.get("Who is the prosecutor?") == "Helen Armitage"
