"""Who a prize, a title or a win went to, asked with the verb of going the sentence uses."""

from __future__ import annotations

from quizlib.generate.extract import awards
from tests.generate.helpers import article_document


def asked(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in awards.extract(doc) if c.question}


def test_who_a_title_went_to() -> None:
    qs = asked(
        "Nella gara maschile il successo è andato all'ungherese Áron Kovács, che in finale ha "
        "superato il georgiano Levan Beridze per 15-12.",
        "it",
    )
    assert qs == {"A chi è andato il successo nella gara maschile?": "Áron Kovács"}
    qs = asked(
        "In the Chronicle Garden Competition, the grand champion title went to retired "
        "schoolteachers Ron and Lesley Parfitt, of Middle Ridge.",
        "en",
    )
    assert qs == {
        "Who did the grand champion title go to in the Chronicle Garden Competition?": (
            "Ron and Lesley Parfitt"
        )
    }


def test_a_work_a_prize_went_to_is_asked_by_its_kind() -> None:
    qs = asked(
        "Il Premio del pubblico, attribuito in base alle schede di voto, è andato invece al film "
        "croato «Ljeto u Puli» di Dario Marković.",
        "it",
    )
    assert qs == {"A quale film è andato il Premio del pubblico?": "«Ljeto u Puli»"}


def test_money_or_a_race_that_went_somewhere_is_no_award() -> None:
    assert asked("A further $3.2 million will go to the Royal Flying Doctor Service.", "en") == {}
    assert asked("La gara è andata avanti fino a sera a Roma.", "it") == {}
