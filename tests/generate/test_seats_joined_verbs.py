"""A place after two participles joined by 'e' / 'and' is where the second happened ('fondato
nel 1862 e ospitato dal 1926 in Palazzo Pompei'), and a state since a year is no deed of that
year ('In che anno fu ospitato ...?' is not asked)."""

from __future__ import annotations

from .helpers import questions_of


def test_the_place_of_a_second_participle_is_not_where_the_first_happened() -> None:
    asked = questions_of(
        "Il Museo Civico di Lodi è un museo fondato nel 1862 e ospitato dal 1926 in Palazzo "
        "Modignani.",
        "it",
    )
    assert "Dove è stato fondato il museo?" not in asked
    assert "Palazzo Modignani" not in asked.values()
    assert asked.get("In che anno fu fondato il Museo Civico di Lodi?") == "1862"
    assert "In che anno fu ospitato il Museo Civico di Lodi?" not in asked
    asked = questions_of("The Corder Museum was founded in 1862 and housed in Grey Hall.", "en")
    assert "Where was the Corder Museum founded?" not in asked
    asked = questions_of("The Corder Museum was founded in 1862 in Leeds.", "en")
    assert asked.get("Where was the Corder Museum founded?") == "Leeds"
