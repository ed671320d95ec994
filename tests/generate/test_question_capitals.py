"""A word that opens a sentence keeps its capital inside a question only when it is a name:
'both', 'tutti' and the like never are, even before a name ('Both Scottish champions')."""

from __future__ import annotations

from quizlib.generate import generate_deck


def _questions(text: str, language: str) -> list[str]:
    return [c.question for c in generate_deck(text, language=language).cards if c.question]


def test_a_quantifier_before_a_name_is_lowercased_inside_a_question() -> None:
    text = (
        "Ellie Morrison won the title in Perth. Both Scottish champions will be invited to "
        "the Grand Slam event in Aberdeen in October."
    )
    asked = _questions(text, "en")
    assert any(q.startswith("When will both Scottish champions") for q in asked)
    assert not any("Both" in q for q in asked)
