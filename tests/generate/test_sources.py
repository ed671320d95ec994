"""The body an Italian statement is credited to, asked by its kind."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import sources
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in sources.extract(doc) if c.question}


def test_a_body_with_its_kind_and_an_adjective() -> None:
    text = "Secondo l’associazione ambientalista Terra Viva, il nuovo porto danneggerebbe la costa."
    assert _answers(text, "it") == {
        "Secondo quale associazione ambientalista il nuovo porto danneggerebbe la costa?": (
            "Terra Viva"
        )
    }


def test_the_clause_ends_at_a_colon() -> None:
    text = "Secondo la società Idra, i lavori finiranno a maggio: un anno dopo il previsto."
    assert _answers(text, "it") == {"Secondo quale società i lavori finiranno a maggio?": "Idra"}


def test_a_person_is_not_asked_by_a_kind_of_body() -> None:
    text = "Secondo il sindaco Mario Rossi, i lavori finiranno presto."
    assert _answers(text, "it") == {}


def test_english_would_need_its_verb_moved_and_is_left_alone() -> None:
    text = "According to the charity Mind, the number of calls has doubled."
    assert _answers(text, "en") == {}
