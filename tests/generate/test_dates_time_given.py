"""The time a subject is given to do something: 'X has until DATE to VERB' -> 'By when does
X have to VERB?'. The Italian 'ha tempo fino al DATE per VERB' is a clause of its own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _asked(text: str, language: str) -> dict[str, str]:
    title = "A title for the test" if language == "en" else "Un titolo per la prova"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_the_time_given_to_a_name() -> None:
    text = "Harbour Homes has until 14 January to appeal against the ruling, but it may settle."
    asked = _asked(text, "en")
    assert asked == {"By when does Harbour Homes have to appeal against the ruling?": "14 January"}


def test_the_time_given_to_a_plural_noun() -> None:
    asked = _asked("Objectors have until 2 April to lodge their comments.", "en")
    assert asked == {"By when do objectors have to lodge their comments?": "2 April"}


def test_the_italian_time_given() -> None:
    asked = _asked("La Regione ha tempo fino al 15 maggio per impugnare la sentenza.", "it")
    assert asked == {"Fino a quando la Regione ha tempo per impugnare la sentenza?": "15 maggio"}
