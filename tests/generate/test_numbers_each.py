"""The weight each of several things has, said after them ('each weighing', 'ciascuna del
peso di'), asked of each of them (numbers.each). On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_the_weight_of_each_thing_is_asked_of_each() -> None:
    qs = questions("Its three new turbines, each weighing 240 tonnes, arrived by sea.")
    assert qs["How much does each of the three new turbines weigh?"] == "240 tonnes"
    qs = questions("Le due campane, ciascuna del peso di 300 chili, sono state restaurate.", "it")
    assert qs["Quanto pesa ciascuna delle due campane?"] == "300 chili"


def test_a_phrase_with_a_complement_before_each_is_not_asked() -> None:
    qs = questions("The turbines at the port, each weighing 240 tonnes, arrived by sea.")
    assert not any(q.startswith("How much does each") for q in qs)
