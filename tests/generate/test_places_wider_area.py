"""A town followed by the wider area it lies in still ends its clause ('near Ely in
Cambridgeshire'); a role the subject acts in ('worked as a cashier') stands between the verb
and its place."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import places
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in places.extract(doc)}


def test_a_town_and_its_county_end_the_clause() -> None:
    asked = _asked("The brewery opened a second taproom at Keswick in Cumbria.", "en")
    assert asked == {"Where did the brewery open a second taproom in Cumbria?": "Keswick"}


def test_a_town_and_its_province_end_the_clause() -> None:
    asked = _asked(
        "La cooperativa ha inaugurato un nuovo frantoio a Bitonto in provincia di Bari.", "it"
    )
    assert asked == {
        "Dove la cooperativa ha inaugurato un nuovo frantoio in provincia di Bari?": "Bitonto"
    }


def test_a_role_between_the_verb_and_the_town() -> None:
    asked = _asked("Gwen Price worked as a nurse in Llanelli.", "en")
    assert asked == {"Where did Gwen Price work as a nurse?": "Llanelli"}


def test_a_passive_judgement_keeps_the_town_to_its_noun() -> None:
    assert _asked("The harbour was praised as a model in Scotland.", "en") == {}
