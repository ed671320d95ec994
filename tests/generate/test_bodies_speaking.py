"""A name with no kind of its own that opens the sentence, takes 'which' and then speaks is a
body (bodies.py): 'Unison, which represents most library staff, said ...' -> 'Which
organisation represents most library staff?'."""

from __future__ import annotations

from quizlib.generate.extract import bodies
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in bodies.extract(doc) if c.question}


def test_a_speaking_name_with_which_is_an_organisation() -> None:
    text = "Kestrel, which runs the Islay ferry, warned of delays on Monday."
    assert _questions(text) == {"Which organisation runs the Islay ferry?": "Kestrel"}


def test_a_name_that_does_not_speak_is_not_asked() -> None:
    assert _questions("Leeds, which hosts the festival, is busy in August.") == {}
    assert _questions("The Dome, which opened in 1999, said nothing.") == {}


def test_a_person_is_no_organisation() -> None:
    text = "Ann Lee met him. Ann Lee, which is odd, said no."
    assert _questions(text) == {}
