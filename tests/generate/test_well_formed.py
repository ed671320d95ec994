"""Slips of phrasing no card keeps, whatever extractor made it."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.rank import well_formed


def test_a_possessive_beside_its_owner_goes() -> None:
    from quizlib.generate import _OWNED_TWICE

    fixed = _OWNED_TWICE.sub(
        r"\1 ", "A quando risalgono le sue origini della Croce Rossa Italiana?"
    )
    assert fixed == "A quando risalgono le origini della Croce Rossa Italiana?"
    kept = "Quando fu fondata la sua sede a Roma?"
    assert _OWNED_TWICE.sub(r"\1 ", kept) == kept


def test_a_question_on_a_date_holds_no_part_of_a_date() -> None:
    assert not well_formed(
        "Quando il temporale ha allagato nella notte tra lunedì 3 la statale?", "date"
    )
    assert not well_formed("Quando si contano danni nelle sole giornate del 9?", "date")
    assert well_formed("Quando si contano danni per 4 milioni di euro?", "date")
    assert well_formed("Chi ha parlato lunedì al consiglio?", "entity")


def test_the_opening_of_a_sentence_is_lowercase_inside_a_card() -> None:
    text = (
        "Council approves the new plan for the harbour\n\n"
        "The council’s chief executive, Gráinne Moloney, said the plan was ready. "
        "Moloney said the harbour would reopen in spring."
    )
    cards = generate_deck(text, language="en").cards
    said = [f"{c.question} {c.answer} {' '.join(c.choices)}" for c in cards if c.question]
    assert said and not any(" The council" in s or s.startswith("The council") for s in said)


def test_an_accepted_answer_is_no_answer_with_what_followed_it() -> None:
    from quizlib.generate import _leftover

    assert _leftover("Moretti davanti a una platea di studenti e docenti", "Paolo Moretti")
    assert not _leftover("nel 1992", "1992")
    assert not _leftover("Commissione Nazionale per le Società e la Borsa", "Consob")


def test_an_accepted_answer_is_no_bare_kind_of_thing() -> None:
    from quizlib.generate import _kind_only

    assert _kind_only("la società", "la società che gestisce la rete stradale")
    assert _kind_only("the public body", "the public body that regulates the sector")
    assert not _kind_only("alleanza militare", "un’alleanza militare")
