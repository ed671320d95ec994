"""A dateline in small letters before a paragraph's first words ('Siracusa – ', 'Bergamo, 16
novembre 2026 – ') is no part of the clause a date question asks; its own date stays a cloze.
A time may open the sentence with a capital ('Alle 9.30 di sabato ...', 'At 9.30am on ...')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_dateline_with_a_place() -> None:
    qs = _questions("Lecco – La Canottieri Lario ha vinto la Coppa Italia il 3 marzo 2026.", "it")
    assert qs == {"Quando la Canottieri Lario ha vinto la Coppa Italia?": "3 marzo 2026"}, qs


def test_dateline_with_its_own_date_asks_only_the_clause() -> None:
    qs = _questions("Como, 5 marzo 2026 – Il Teatro Sociale di Como ha riaperto il 2 marzo.", "it")
    assert qs == {"Quando ha riaperto il Teatro Sociale di Como?": "2 marzo"}, qs


def test_time_opening_the_sentence_with_a_capital() -> None:
    qs = _questions("Alle 9.30 di sabato 21 novembre le sirene di Lecco hanno suonato.", "it")
    assert qs["A che ora hanno suonato le sirene di Lecco il 21 novembre?"] == "9.30", qs
    qs = _questions("At 9.30am on Saturday 21 November the Lecco sirens sounded.", "en")
    assert qs["At what time did the Lecco sirens sound on 21 November?"] == "9.30am", qs
