"""A passive's agent after an adverb of manner (agents.py): 'funded mainly by X' -> 'Who mainly
funded ...?', 'progettata appositamente da X' -> 'Da chi è stata progettata appositamente
...?'; an adverb of how sure or when is no part of the deed; a second agent after 'and the'
keeps its article."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents
from quizlib.generate.text import clean


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"Titolo di un articolo di prova qui\n\n{text}\n"), language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_an_english_adverb_of_manner_goes_before_the_verb() -> None:
    text = "The Menai project was funded mainly by the Coastal Nature Fund."
    assert _questions(text, "en") == {"Who mainly funded the Menai project?": "Coastal Nature Fund"}


def test_an_italian_adverb_of_manner_stays_after_the_participle() -> None:
    text = "La sonda del Cnr è stata progettata appositamente dall’Università della Calabria."
    assert _questions(text, "it") == {
        "Da chi è stata progettata appositamente la sonda del Cnr?": "Università della Calabria"
    }


def test_an_adverb_of_how_sure_or_how_much_is_not_asked() -> None:
    assert _questions("The Harlow trial was funded only by Leeds Hospitals.", "en") == {}
    assert _questions("The Harlow trial was run reportedly by Leeds Hospitals.", "en") == {}


def test_a_second_agent_after_and_the_keeps_its_article() -> None:
    text = "The Harlow trial was run jointly by Leeds Teaching Hospitals and the Quadram Institute."
    assert _questions(text, "en") == {
        "Who jointly ran the Harlow trial?": "Leeds Teaching Hospitals and the Quadram Institute"
    }
