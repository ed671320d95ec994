"""Where people came from, said by 'provenienti da' after them (seats.py): 'fondata da coloni
greci provenienti da Cuma' in the entry of Neapolis -> 'Da dove provenivano i coloni greci che
fondarono Neapolis?'; in the present, 'Da dove
provengono ...?'; two places joined by 'e' answer together."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import seats
from quizlib.generate.text import clean
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "it")
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_colonists_of_the_past_are_those_who_founded_the_entry() -> None:
    text = "Fondata intorno al 470 a.C. da coloni greci provenienti da Cuma, deve il nome al mare."
    assert _questions(text) == {}  # "i coloni greci": who founded what, the question lacks
    doc = build_document(
        clean(
            "Titolo di un articolo di prova qui\n\nIl porto è stato riaperto ieri.\n\n"
            "Neapolis\nNeapolis è un’antica città della Campania. Fondata intorno al 470 a.C. "
            "da coloni greci provenienti da Cuma, deve il nome al mare.\n"
        ),
        "it",
    )
    asked = {c.question: c.answer for c in seats.extract(doc) if c.question}
    assert asked == {"Da dove provenivano i coloni greci che fondarono Neapolis?": "Cuma"}


def test_people_of_the_present_and_two_places() -> None:
    text = "Ogni estate arrivano turisti provenienti da Parma e Modena."
    assert _questions(text) == {"Da dove provengono i turisti?": "Parma e Modena"}
    women = "Le studentesse provenienti dalla Calabria sono dodici."
    assert _questions(women) == {"Da dove provengono le studentesse?": "Calabria"}


def test_money_or_a_name_going_on_in_small_letters_is_not_asked() -> None:
    text = (
        "L’opera è costata 6 milioni, di cui 4 milioni provenienti dal Piano nazionale di ripresa."
    )
    assert _questions(text) == {}
    both = "L’ateneo fu fondato da studenti e docenti provenienti da Bologna."
    assert _questions(both) == {}
