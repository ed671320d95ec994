"""An office owned by a lowercase noun phrase keeps the whole phrase: 'the food bank’s
executive director', not 'bank’s executive director'."""

from __future__ import annotations

from .helpers import questions_of


def test_an_office_owned_by_a_noun_phrase_keeps_its_article_and_words() -> None:
    text = (
        "A title for the test\n\n"
        '"We ran out of beds in a week," said the night shelter’s operations manager, Ruth Lane, '
        "44."
    )
    asked = questions_of(text, "en")
    assert "Who is shelter’s operations manager?" not in asked, asked
    assert asked.get("Who is the night shelter’s operations manager?") == "Ruth Lane", asked
