"""Where a match was played ('si è giocata al PalaVerde', 'was played in Cardiff'), and a place
whose name goes on past a possessive ('St George's Hall') is not cut to its first words."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import seats
from quizlib.generate.text import clean


def _cards(text: str, language: str) -> dict[str, tuple[str, str]]:
    doc = build_document(clean(text), language)
    return {c.question: (c.answer, c.answer_type) for c in seats.extract(doc) if c.question}


def test_italian_where_a_match_was_played() -> None:
    text = """Titolo di un articolo di prova qui

La finale è stata decisa al quinto set. La finale si è giocata al PalaVerde di Treviso davanti \
a cinquemila spettatori. La semifinale si è disputata all’Arena Civica. La finale è durata tre \
ore. La semifinale è durata due ore. La semifinale era attesa da settimane.
"""
    assert _cards(text, "it") == {
        "Dove si è giocata la finale?": ("PalaVerde di Treviso", "thing"),
        "Dove si è disputata la semifinale?": ("Arena Civica", "thing"),
    }


def test_english_where_a_match_was_played() -> None:
    text = """Title of a test article here

The final was decided in the fifth set. The final was played in Cardiff in front of 8,000 fans. \
The final lasted three hours.
"""
    assert _cards(text, "en") == {"Where was the final played?": ("Cardiff", "city")}


def test_a_place_whose_name_goes_on_past_a_possessive_is_not_cut() -> None:
    # A straight apostrophe, as a text not cleaned writes it.
    doc = build_document(
        "Title of a test\n\nThe Christmas concert was held at St George's Hall.", "en"
    )
    assert "St George" not in {c.answer for c in seats.extract(doc)}
