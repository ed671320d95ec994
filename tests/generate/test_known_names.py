"""A name set off with the shorter name people use: 'The Recreation Ground, known locally as
the Rec, ...' -> 'What is the Recreation Ground known as locally?'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import nicknames
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{text}\n"), language)
    return {c.question or "": c.answer for c in nicknames.extract(doc)}


def test_a_shorter_name_people_use_is_asked() -> None:
    text = "The Memorial Stadium, known locally as the Mem, will close in May."
    assert _asked(text, "en")["What is the Memorial Stadium known as locally?"] == "the Mem"
    text = "Il Palazzo della Ragione, detto anche il Salone, ospita 40 botteghe."
    asked = _asked(text, "it")
    assert asked["Con quale altro nome è conosciuto il Palazzo della Ragione?"] == "il Salone"


def test_half_a_name_or_an_acronym_is_not_asked_so() -> None:
    text = "Kent and East Sussex Railway, known as KESR, runs steam trains."
    assert not any("known as" in q for q in _asked(text, "en"))
    text = "The Royal Society of Arts, known as the RSA, met on Monday."
    assert not any("known as" in q for q in _asked(text, "en"))
