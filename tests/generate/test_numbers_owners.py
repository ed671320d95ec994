"""Counts a question must not ask as they stand: a 'con'/'with' aside after a complement that
names a person (whose is it?), and a possessive whose owner the question does not say. On
small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.extract.numbers.candidates import _unowned_possessive
from quizlib.generate.text import clean


def questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_a_with_aside_after_a_person_complement_is_not_what_the_subject_has() -> None:
    qs = questions(
        "Notizia\n\nLa squadra ha vinto la finale. Una serie al servizio della schiacciatrice "
        "Giulia Ferri, con tre ace consecutivi, ha chiuso il secondo set.\n",
        "it",
    )
    assert not any("ace" in q for q in qs)
    # a person said only by the noun of what he does
    qs = questions(
        "Notizia\n\nLa squadra ha vinto. Un turno al servizio del palleggiatore ospite, con due "
        "ace consecutivi, ha riaperto il set.\n",
        "it",
    )
    assert not any("ace" in q for q in qs)
    qs = questions(
        "Story\n\nThe club won the final. A late spell from the bowler Tom Hale, with three "
        "quick wickets, turned the game.\n",
        "en",
    )
    assert not any("wickets" in q for q in qs)


def test_a_with_aside_after_a_thing_is_what_it_has() -> None:
    qs = questions(
        "Notizia\n\nLa biblioteca del quartiere, con 30 postazioni, sarà aperta da lunedì.\n", "it"
    )
    assert qs["Quante postazioni ha la biblioteca del quartiere?"] == "30"


def test_a_possessive_whose_owner_the_question_leaves_out_is_not_asked() -> None:
    qs = questions(
        "Story\n\nThe new depot opens in May. Its roof will carry 4,000 square metres of "
        "glass panels.\n",
        "en",
    )
    assert not any("its roof" in q for q in qs)
    qs = questions(
        "Notizia\n\nIl nuovo museo apre a maggio. La sua collezione comprende circa 12.000 "
        "fotografie.\n",
        "it",
    )
    assert not any("sua collezione" in q for q in qs)


def test_a_possessive_whose_owner_the_question_says_is_asked() -> None:
    qs = questions(
        "Story\n\nThe tram line is expected to carry around 90,000 passengers in its first year.\n",
        "en",
    )
    assert any("the tram line" in q and "its first year" in q for q in qs)


def test_an_owner_after_the_auxiliary_or_the_counted_noun_owns_it() -> None:
    assert not _unowned_possessive("How many of its shops has the chain closed?", "en")
    assert _unowned_possessive("What share of its staff were sent home?", "en")
    assert not _unowned_possessive("How many workers lost their jobs?", "en")
    assert not _unowned_possessive("How many times did police stop her?", "en")
    assert _unowned_possessive("How many medals did her team win?", "en")
    assert not _unowned_possessive(
        "Quanti passeggeri trasporterà la linea nel suo primo anno?", "it"
    )
