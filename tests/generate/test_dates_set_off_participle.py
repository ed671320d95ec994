"""The date of a participle set off by a comma after a named noun is the noun's: 'the Leeds
Mechanics Institute, founded in 1868' -> 'In what year was the Leeds Mechanics Institute
founded?'; not when the noun before the comma is a part of a name ('the edge of Exeter')."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in dates.extract(doc) if c.question}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "Its roots lie in the Leeds Mechanics Institute, founded in 1868, and little else.",
            "In what year was the Leeds Mechanics Institute founded?",
            "1868",
        ),
        (
            "en",
            "The grant will repair the Carnegie Library, built in 1905, and the old baths.",
            "In what year was the Carnegie Library built?",
            "1905",
        ),
        (
            "it",
            "I fondi serviranno a ristrutturare la scuola Carducci, costruita nel 1958, e la"
            " palestra.",
            "In che anno fu costruita la scuola Carducci?",
            "1958",
        ),
    ],
)
def test_date_of_a_set_off_participle(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer


def test_no_date_of_a_part_of_a_name() -> None:
    asked = _asked(
        "Kestle Park is a business park on the northern edge of Truro, established in 2011.",
        "en",
    )
    assert not any("edge" in q for q in asked)


def test_participle_after_a_name_with_its_number_in_an_entry_is_the_name_s() -> None:
    text = (
        "A title for the test\n\nA short article about Manitoba.\n\nSagkeeng Anicinabe Nation"
        "\n\nSagkeeng Anicinabe Nation is a First Nations community in Manitoba. It is a "
        "signatory to Treaty 1, signed at Lower Fort Garry on 3 August 1871.\n"
    )
    doc = build_document(clean(text), "en")
    asked = {c.question or "": c.answer for c in dates.extract(doc) if c.question}
    assert not any("Sagkeeng Anicinabe Nation signed" in q for q in asked), asked
