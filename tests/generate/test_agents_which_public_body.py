"""A public body named by its kind ('the Bureau of Meteorology', 'il Ministero della Cultura')
is asked 'Which bureau ...?', 'Quale ministero ...?', never 'Who ...?' or 'Chi ...?'."""

from __future__ import annotations

from .helpers import questions_of


def test_a_bureau_is_asked_by_its_kind() -> None:
    asked = questions_of(
        "The Bureau of Statistics counted 41 new farms in the valley last year.", "en"
    )
    assert asked.get("Which bureau counted 41 new farms in the valley last year?") == (
        "Bureau of Statistics"
    )
    assert not any(q.startswith("Who ") for q in asked)


def test_a_ministry_is_asked_by_its_kind_in_italian() -> None:
    asked = questions_of(
        "Il Ministero della Cultura ha stanziato 3 milioni di euro per il restauro del teatro.",
        "it",
    )
    assert any(q.startswith("Quale ministero ha stanziato") for q in asked)
    assert not any(q.startswith("Chi ") for q in asked)
