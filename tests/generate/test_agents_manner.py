"""A passive's agent after an adverb of manner (agents.py): 'funded mainly by X' -> 'Who mainly
funded ...?', 'progettata appositamente da X' -> 'Da chi è stata progettata appositamente
...?'; an adverb of how sure or when is no part of the deed; a second agent after 'and the'
keeps its article."""

from __future__ import annotations

from quizlib.generate.extract import agents
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_an_english_adverb_of_manner_goes_before_the_verb() -> None:
    text = "The Menai project was funded mainly by the Coastal Nature Fund."
    assert _questions(text, "en") == {"Who mainly funded the Menai project?": "Coastal Nature Fund"}


def test_an_italian_adverb_of_manner_stays_after_the_participle() -> None:
    text = "La sonda del Cnr è stata progettata appositamente dall’Università della Calabria."
    assert _questions(text, "it") == {
        "Da quale università è stata progettata appositamente la sonda del Cnr?": (
            "Università della Calabria"
        )
    }


def test_an_adverb_of_how_sure_or_how_much_is_not_asked() -> None:
    assert _questions("The Harlow trial was funded only by Leeds Hospitals.", "en") == {}
    assert _questions("The Harlow trial was run reportedly by Leeds Hospitals.", "en") == {}


def test_a_second_agent_after_and_the_keeps_its_article() -> None:
    text = "The Harlow trial was run jointly by Leeds Teaching Hospitals and the Quadram Institute."
    assert _questions(text, "en") == {
        "Who jointly ran the Harlow trial?": "Leeds Teaching Hospitals and the Quadram Institute"
    }


def test_a_present_perfect_passive_is_asked_in_the_present_perfect() -> None:
    text = "Kitestar Games has been bought by Kitsune Interactive."
    assert _questions(text, "en") == {"Who has bought Kitestar Games?": "Kitsune Interactive"}
    taken = "The Leeds stores have been taken over by Harlow Retail."
    assert _questions(taken, "en") == {"Who has taken over the Leeds stores?": "Harlow Retail"}


def test_a_deal_agreed_asks_for_the_buyer_too() -> None:
    text = (
        "Kitestar Games, the Bristol studio behind the game Harrowdale, has agreed to be bought"
        " by the Japanese publisher Kitsune Interactive for £86 million."
    )
    questions = _questions(text, "en")
    assert questions["Which publisher has agreed to buy Kitestar Games?"] == "Kitsune Interactive"


def test_a_second_name_that_goes_on_in_small_letters_is_no_agent() -> None:
    text = "The Harlow bridge was designed by Foster Partners and the Arup team in 1990."
    assert "Foster Partners and the Arup" not in _questions(text, "en").values()
