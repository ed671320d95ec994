"""Where a body met ('at a full meeting of the council at the Guildhall' -> 'Where did the
council meet?') and a room named by its kind in small letters ('si è riunito nella sala
consiliare del municipio' -> 'Dove si è riunito ...?')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import seats
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_a_meeting_of_a_named_body_says_where_it_met() -> None:
    text = "Fees were raised at a meeting of Kent County Council in Maidstone on Monday."
    assert _answers(text, "en") == {"Where did Kent County Council meet?": "Maidstone"}


def test_a_meeting_of_the_body_the_article_is_about_with_its_town() -> None:
    text = (
        "The budget was agreed at a full meeting of the council at the Guildhall in Bath. "
        "The council said the rise was needed. The council meets again in May."
    )
    assert _answers(text, "en") == {"Where did the council meet?": "Guildhall in Bath"}


def test_a_meeting_of_a_body_said_once_is_not_asked() -> None:
    text = "Plans were backed at a meeting of the group at the Corn Exchange."
    assert _answers(text, "en") == {}


def test_an_italian_room_named_by_its_kind() -> None:
    text = "Il consiglio comunale di Lucca si è riunito nella sala consiliare del municipio."
    assert _answers(text, "it") == {
        "Dove si è riunito il consiglio comunale di Lucca?": "sala consiliare del municipio"
    }


def test_an_italian_room_with_its_name() -> None:
    text = "Il vertice di Bari si è tenuto nella sala Rossa del palazzo."
    assert _answers(text, "it") == {
        "Dove si è tenuto il vertice di Bari?": "sala Rossa del palazzo"
    }


def test_an_italian_room_with_no_name_or_running_into_a_time_is_not_asked() -> None:
    text = (
        "La festa di Bari si è tenuta nella sala e poi fuori. "
        "La cena di Bari si terrà nella sala riunioni ieri."
    )
    assert _answers(text, "it") == {}
