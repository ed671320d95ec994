"""A person's age set off between a name and its relative is passed over: the relative is
still the person's."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _asked(text: str, language: str) -> dict[str, str]:
    title = "A title for the test" if language == "en" else "Un titolo per la prova"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_an_english_age_before_who() -> None:
    asked = _asked("Mary Rees, 84, who joined the choir in 1961, sang at the service.", "en")
    assert asked.get("When did Mary Rees join the choir?") == "1961"


def test_an_italian_age_before_che() -> None:
    asked = _asked(
        "Lucia Ferri, 47 anni, che dirige la scuola dal 2015, ha presentato il piano.", "it"
    )
    assert asked.get("Da quando Lucia Ferri dirige la scuola?") == "2015"
