"""The part of a counted whole that a relative of 'of whom', 'of which' or 'di cui' counts
(numbers.partitives), asked of the whole, with the clause that took the whole when it is a
subject and a past verb. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_the_part_a_relative_of_of_whom_counts_is_asked_of_the_whole() -> None:
    qs = questions("The museum welcomed 84,000 visitors in 2025, of whom about 9,000 were pupils.")
    asked = "How many of the visitors the museum welcomed in 2025 were pupils?"
    assert qs[asked] == "about 9,000"
    qs = questions("The trust owns 60 farms, of which 14 are organic.")
    assert qs["How many of the farms are organic?"] == "14"


def test_the_part_of_a_whole_di_cui_counts_is_asked_in_italian() -> None:
    qs = questions("La cooperativa conta 90 soci, di cui 25 sono donne.", "it")
    assert qs["Quanti dei soci sono donne?"] == "25"


def test_a_relative_of_a_whole_clause_is_not_asked() -> None:
    qs = questions("About 3,000 homes were flooded, of which 200 were empty.")
    assert not any(q.startswith("How many of the homes") for q in qs)
