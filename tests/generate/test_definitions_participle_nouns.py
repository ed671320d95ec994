"""A definition's head keeps a noun spelled like a participle and drops a gerund whose figure
it lost."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_a_noun_before_the_participle_is_the_heads() -> None:
    asked = it_questions(
        "Alleanza degli Stati del Sahel\n\nL’Alleanza degli Stati del Sahel (Aes) è "
        "un’organizzazione di mutua difesa fondata il 16 settembre 2023 da Mali, Burkina Faso "
        "e Niger."
    )
    assert asked.get("Che cos’è l’Alleanza degli Stati del Sahel?") == (
        "un’organizzazione di mutua difesa"
    )
    assert not any("fu difesa" in q for q in asked), asked


def test_a_gerund_cut_from_its_figure_leaves_the_head() -> None:
    asked = en_questions(
        "South China Sea\n\nThe South China Sea is a marginal sea of the western Pacific Ocean "
        "covering about 3.5 million square kilometres, bordered by China, Taiwan and Vietnam."
    )
    assert asked.get("What is the South China Sea?") == (
        "a marginal sea of the western Pacific Ocean"
    )
