"""The size of a body that opens its sentence ('A panel of nine judges will ...', 'Una giuria
di sette esperti ...'), asked as how many members are on it (numbers.bodies). On small texts
of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_the_size_of_a_body_that_opens_the_sentence_is_asked() -> None:
    qs = questions("A review panel of nine judges, two of them from Wales, will pick the winner.")
    assert qs["How many judges are on the review panel?"] == "nine"
    qs = questions("Una giuria di sette esperti sceglierà il vincitore.", "it")
    assert qs["Da quanti esperti è composta la giuria?"] == "sette"


def test_a_count_whose_noun_goes_on_is_not_asked_as_a_body() -> None:
    qs = questions("A board of eight members of staff will meet on Monday.")
    assert not any(q.endswith("on the board?") for q in qs)
