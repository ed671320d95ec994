"""A sum's rate written with an article ('a year', 'a month') follows the verb in its
question, not the noun ('How large a rent will the trust charge a year?'): 'a rent a year'
reads as two noun phrases."""

from __future__ import annotations

from .helpers import questions_of


def test_a_rate_with_an_article_follows_the_verb() -> None:
    asked = questions_of(
        "The harbour trust, which owns the quay, will charge a nominal rent of £1 a year.", "en"
    )
    assert asked.get("How large a nominal rent will the harbour trust charge a year?") == "£1"
    assert not any("rent a year" in q for q in asked)
