"""The earlier figure a past count is compared with (', up from 121,000 in 2024', ', contro
i 31.000 del 2024') is asked as the count is, at its own time; not when the count's time is
no year the earlier one can be told from, nor of a count that is no past. On small texts of
their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_the_earlier_figure_of_a_past_count_is_asked_at_its_time() -> None:
    qs = questions("The lifeboat crew answered 212 calls in 2025, up from 164 in 2023.")
    assert qs["How many calls did the lifeboat crew answer in 2023?"] == "164"
    qs = questions("The library lent 52,000 books last year, compared with 47,500 in 2022.")
    assert qs["How many books did the library lend in 2022?"] == "47,500"
    qs = questions(
        "Il rifugio ha ospitato 3.200 escursionisti nel 2025, contro i 2.700 del 2024.", "it"
    )
    assert qs["Quanti escursionisti ha ospitato il rifugio nel 2024?"] == "2.700"


def test_the_year_before_a_year_is_that_year_less_one() -> None:
    qs = questions("The clinic treated 830 patients in 2025, up from 610 the year before.")
    assert qs["How many patients did the clinic treat in 2024?"] == "610"
    qs = questions("The clinic treated 830 patients last year, up from 610 the year before.")
    assert "610" not in qs.values()


def test_a_count_that_is_no_past_gets_no_earlier_question() -> None:
    qs = questions("The farm expects to pick 90 tonnes this year, up from 70 tonnes last year.")
    assert not any(answer.startswith("70") for answer in qs.values())
