"""A past in '-ed' after an apposition of the subject set off by two commas is the sentence's
verb, not a participle of the apposition's name ('Its flagship, the Scillonian III, entered
service in 1977' is no 'In what year was the Scillonian III entered service?')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_past_after_a_subject_apposition_is_no_participle() -> None:
    qs = _questions("Its flagship, the Harwick Star, entered service in 1977.", "en")
    assert "In what year was the Harwick Star entered service?" not in qs, qs


def test_participle_after_a_named_object_is_still_asked() -> None:
    qs = _questions("The town hosts the University of Harwick, founded in 1222.", "en")
    assert qs == {"In what year was the University of Harwick founded?": "1222"}, qs
    qs = _questions("Lecco ospita il Politecnico di Lecco, fondato nel 1989, e due musei.", "it")
    assert qs == {"In che anno fu fondato il Politecnico di Lecco?": "1989"}, qs
