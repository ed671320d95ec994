"""Two agents of a passive, the second named with its kind (agents.py): the whole pair answers
'who', and the kind asks for the second alone ('Which charity funded ...?'); an acronym in
brackets after the first does not cut the pair short."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.extract import agents
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_the_second_agent_is_asked_by_its_kind() -> None:
    text = "The Tyne footbridge was funded by Newcastle City Council and the charity Bridges North."
    assert _questions(text, "en") == {
        "Who funded the Tyne footbridge?": "Newcastle City Council and the charity Bridges North",
        "Which charity funded the Tyne footbridge?": "Bridges North",
    }


def test_the_second_italian_agent_is_asked_by_its_kind() -> None:
    text = (
        "Il restauro di palazzo Ducale è stato finanziato dal Comune di Urbino e"
        " dall’associazione Amici del Ducale."
    )
    assert _questions(text, "it") == {
        "Da chi è stato finanziato il restauro di palazzo Ducale?": (
            "il Comune di Urbino e l’associazione Amici del Ducale"
        ),
        "Da quale associazione è stato finanziato il restauro di palazzo Ducale?": (
            "Amici del Ducale"
        ),
    }


def test_a_second_agent_with_no_body_kind_is_not_asked_alone() -> None:
    text = "The Tyne footbridge was designed by Harlow Partners and the architect Jane Reed."
    questions = _questions(text, "en")
    assert not any(q.startswith("Which") for q in questions)


def test_an_acronym_after_the_first_agent_keeps_both() -> None:
    text = (
        "The Bramley study was funded by the Institute for Health and Care Research (IHCR)"
        " and the charity Hearing Matters."
    )
    assert _questions(text, "en") == {
        "Who funded the Bramley study?": (
            "Institute for Health and Care Research and the charity Hearing Matters"
        ),
        "Which charity funded the Bramley study?": "Hearing Matters",
    }


def test_a_possessive_name_of_the_second_agent_is_whole() -> None:
    text = "The Bramley study was funded by the Wessex Trust and the charity Parkinson’s Wales."
    assert _questions(text, "en")["Which charity funded the Bramley study?"] == "Parkinson’s Wales"


def test_a_passive_after_and_is_not_asked_with_the_first_verb_phrase() -> None:
    text = (
        "The Bramley study cost £4.6 million and was funded by the Wessex Trust and the charity"
        " Hearing Matters."
    )
    assert not any(q.endswith(" and?") for q in _questions(text, "en"))
    deck = generate_deck(f"A test headline\n\n{text}\n", deck_id="t", language="en")
    questions = {c.question: c.answer for c in deck.cards if c.question}
    assert questions["Which charity funded the Bramley study?"] == "Hearing Matters"
