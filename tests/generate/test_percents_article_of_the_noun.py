"""The article of an Italian counted noun with its adjective agrees with the noun, not the
adjective: 'le presenze ufficiali', asked 'Di quanto sono aumentate le presenze ufficiali?'."""

from __future__ import annotations

from .helpers import questions_of


def test_the_article_agrees_with_the_noun_before_its_adjective() -> None:
    asked = questions_of(
        "L’anno scorso la città ha registrato 640.000 presenze stagionali, il 9% in più "
        "rispetto al 2023.",
        "it",
    )
    assert any(q.startswith("Di quanto sono aumentate le presenze stagionali") for q in asked)
    assert not any("i presenze" in q for q in asked)
