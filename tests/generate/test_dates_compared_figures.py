"""A date that dates the figure a clause is compared with is no date of the clause."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _asked(text: str, language: str) -> dict[str, str]:
    title = "A title for the test" if language == "en" else "Un titolo per la prova"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_the_year_of_a_compared_figure_is_not_asked_of_the_clause() -> None:
    en = _asked("The ferry carried 52,000 cars last summer, compared with 47,500 in 2021.", "en")
    assert "2021" not in en.values()
    en = _asked("The club signed 800 members in 2025, up from 650 in 2019.", "en")
    assert "2019" not in en.values()
    it = _asked("La biblioteca ha prestato 9.400 libri nel 2025, contro i 7.100 del 2020.", "it")
    assert "2020" not in it.values()
    assert it.get("Quando la biblioteca ha prestato 9.400 libri?") == "2025"
