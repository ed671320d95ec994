"""The seat of a body's office or headquarters said in a 'whose' clause (seats.py): 'The
European Space Agency (ESA), whose Planetary Defence Office is based in Frascati, Italy' ->
'Where is the European Space Agency’s Planetary Defence Office based?'."""

from __future__ import annotations

from quizlib.generate.extract import seats
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_an_office_of_a_body_with_its_region() -> None:
    text = (
        "The Nordic Space Agency (NSA), whose Debris Tracking Office is based in Kiruna, Sweden,"
        " has added the object to its list."
    )
    assert _questions(text) == {
        "Where is the Nordic Space Agency’s Debris Tracking Office based?": "Kiruna, Sweden"
    }


def test_headquarters_in_a_whose_clause() -> None:
    text = "Kestrel Foods, whose headquarters are in Lyon, makes soup."
    assert _questions(text) == {"Where is Kestrel Foods headquartered?": "Lyon"}


def test_a_persons_whose_clause_is_not_asked() -> None:
    text = "Ann Lee met us. Ann Lee, whose Studio Works is based in Leeds, said no."
    assert _questions(text) == {}
