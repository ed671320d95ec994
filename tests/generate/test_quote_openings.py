"""Who said it, when the speaker's sentence opens with more than the name: a possessive, a
phrase of speaking, a noun phrase the speaker stands beside, a title that goes on with "of";
and a quotation the sentence introduces with a colon."""

from __future__ import annotations

import pytest

from quizlib.generate.document import find_people
from quizlib.generate.verbs import is_finite, is_participle

from .test_roles_quotes import speakers

CASES = [
    pytest.param(
        "en",
        "Its chairwoman Mary Doyle called the swim “the bravest thing any of us has seen”. "
        "Doyle has led the club since 2019.",
        {"Who called the swim “the bravest thing any of us has seen”?": "Mary Doyle"},
        id="possessive",
    ),
    pytest.param(
        "en",
        "Speaking for the club, its chairwoman Mary Doyle called the swim “the bravest thing "
        "any of us has seen”. Doyle has led the club since 2019.",
        {"Who called the swim “the bravest thing any of us has seen”?": "Mary Doyle"},
        id="a phrase of speaking, then a possessive",
    ),
    pytest.param(
        "it",
        "Parlando a nome del club, la presidente Anna Neri ha definito la traversata «la cosa "
        "più coraggiosa che abbiamo visto». Neri guida il club dal 2019.",
        {"Chi ha definito la traversata “la cosa più coraggiosa che abbiamo visto”?": "Anna Neri"},
        id="gerundio in apertura",
    ),
    pytest.param(
        "en",
        "One objector, the crofter Alan Munro, told councillors that islanders were “being "
        "squeezed off our own boats”. Munro farms near Bowmore.",
        {
            "Who told councillors that islanders were “being squeezed off our own boats”?": (
                "Alan Munro"
            )
        },
        id="beside a noun phrase",
    ),
    pytest.param(
        "it",
        "Lo storico dell’arte greca Vittorio Sarti, professore emerito, invita alla prudenza: "
        "«La chimica ci dirà da dove viene l’argilla, non dove lavorava lo scultore». Sarti "
        "insegna a Napoli.",
        {"Chi ha detto “La chimica ci dirà da dove viene l’argilla”?": "Vittorio Sarti"},
        id="titolo con complemento e due punti",
    ),
    pytest.param(
        "en",
        "The skipper Jo Hale was blunt: “We will not reopen the slipway this winter.” "
        "Hale has run the harbour since 2015.",
        {"Who said “We will not reopen the slipway this winter”?": "Jo Hale"},
        id="a colon",
    ),
    # A name after an office held by someone else is not the speaker of the title.
    pytest.param(
        "it",
        "Il figlio del sindaco Marco Neri ha definito la festa «un disastro annunciato». Neri "
        "è sindaco dal 2020.",
        {},
        id="il figlio del sindaco",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_who_said_it(language: str, text: str, expected: dict[str, str]) -> None:
    assert speakers(text, language) == expected


def test_an_occupation_before_a_name_tells_a_person() -> None:
    assert "Alasdair Currie" in find_people(
        ["One objector, the crofter Alasdair Currie, spoke against it."], "en"
    )
    assert "Honor Frost" in find_people(
        ["La nave fu scoperta dall’archeologa britannica Honor Frost nel 1971."], "it"
    )


@pytest.mark.parametrize("word", ["invita", "valuta", "rifiuta", "evita"])
def test_the_present_of_a_verb_in_are_is_no_participle(word: str) -> None:
    assert not is_participle(word, "it")
    assert is_finite(word, "it") or word == "valuta"


@pytest.mark.parametrize("word", ["fondata", "istituita", "costruita", "seguita"])
def test_participles_stay_participles(word: str) -> None:
    assert is_participle(word, "it")
