"""A count's question never ends inside a list its comma cut, on small texts of our own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def asked(sentence: str, language: str) -> dict[str, str]:
    title = "Titolo di un articolo di prova" if language == "it" else "Title of a test article"
    doc = build_document(clean(f"{title}\n\n{sentence}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_a_list_the_comma_cut_is_left_out_of_the_question() -> None:
    en = asked(
        "The study enrolled 212 adults with chronic bone, joint or urinary infections that had "
        "failed to respond to antibiotics.",
        "en",
    )
    assert en == {"How many adults did the study enroll?": "212"}
    it = asked(
        "Lo studio ha arruolato 212 adulti con infezioni croniche delle ossa, delle articolazioni "
        "o delle vie urinarie.",
        "it",
    )
    assert it == {"Quanti adulti ha arruolato lo studio?": "212"}
