"""What is set off beside a name but does not say who the person is: the clause after a name
introduced by its office, a group of people, a thing the name is part of, a clause with an
adverb, a body."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import appositions
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in appositions.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        # The name set off after its office: what follows is the clause's subject or the
        # next item of a list, not the person.
        (
            "it",
            "Secondo il direttore, Paolo Ferri, la nuova biblioteca, aperta a maggio, è costata "
            "due milioni di euro.",
            "la nuova biblioteca",
        ),
        (
            "it",
            "Alla riunione erano presenti l’assessora regionale ai Trasporti, Chiara Bassi, i "
            "sindaci della valle e i tecnici della provincia.",
            "i sindaci della valle",
        ),
        (
            "en",
            "According to the curator, Helen Marsh, the new gallery, opened in May, cost £2m.",
            "the new gallery",
        ),
        # Where a person is from or lives: no description of who the person is.
        (
            "it",
            "È Marta Ricci, 41 anni, originaria di Amalfi, la vincitrice del premio di poesia.",
            "originaria di Amalfi",
        ),
        (
            "it",
            "Il capo della banda, Luca Serra, originario di Bari ma residente a Lodi, è stato "
            "condannato.",
            "originario di Bari ma residente a Lodi",
        ),
        # A place: what is set off after it is a place's name too.
        (
            "en",
            "Lyle Tobin founded Cycling Tasmania. Tobin is a rural town in the north of "
            "Victoria, Tasmania, about 20 kilometres from the coast.",
            "a rural town in the north of Victoria",
        ),
        (
            "it",
            "Marco Sala è nato nel 1950. Sala è un piccolo comune della provincia di Pavia, "
            "Marco Sala, con 900 abitanti.",
            "un piccolo comune della provincia di Pavia",
        ),
        # A group of people: no one person's description.
        (
            "it",
            "Le tre educatrici, Anna Sala e Lucia Perini, lavoreranno a turni.",
            "le tre educatrici",
        ),
        (
            "en",
            "The two teachers, Ann Lowe and Mary Pike, will work in shifts.",
            "the two teachers",
        ),
        # A clause whose verb is a past in -ed after an adverb.
        (
            "en",
            "Dr Tom Reeve led the dig. According to Dr Reeve, the mosaic probably belonged to a "
            "house whose garden lies under the car park.",
            "the mosaic probably",
        ),
        # The noun a name completes: a team the captain leads, a building named after someone.
        (
            "it",
            "Eliminato invece il capitano della squadra francese Luc Morel, battuto 15-9.",
            "la squadra francese",
        ),
        (
            "it",
            "La cerimonia si è tenuta al teatro civico Carla Fracci di Vigevano.",
            "il teatro civico",
        ),
    ],
)
def test_what_is_set_off_beside_a_name_but_not_who_it_is_is_not_asked(
    language: str, text: str, wrong: str
) -> None:
    asked = _asked(text, language)
    assert wrong not in asked.values(), asked
    assert not any(wrong in q for q in asked), asked


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "it",
            "Secondo il direttore, Paolo Ferri, la nuova biblioteca è costata due milioni.",
            "Chi è Paolo Ferri?",
            "il direttore",
        ),
        (
            "en",
            "The win was welcomed by Ann Lowe, the club’s coach, on Sunday.",
            "Who is Ann Lowe?",
            "the club’s coach",
        ),
        (
            "it",
            "La scelta è stata criticata dal regista catalano Tomás Ferrer.",
            "Chi è Tomás Ferrer?",
            "il regista catalano",
        ),
    ],
)
def test_a_true_apposition_is_still_asked(
    language: str, text: str, question: str, answer: str
) -> None:
    assert _asked(text, language).get(question) == answer


@pytest.mark.parametrize(
    ("language", "np"),
    [
        ("en", "the Welsh Government’s heritage body"),
        ("en", "the region’s tourism agency"),
        ("it", "l’agenzia regionale per il turismo"),
    ],
)
def test_a_phrase_whose_head_noun_is_a_body_describes_a_body(language: str, np: str) -> None:
    assert appositions._describes_a_body(np, language)


def test_a_phrase_of_a_person_in_a_body_describes_no_body() -> None:
    assert not appositions._describes_a_body("the council’s head of planning", "en")
    assert not appositions._describes_a_body("titolare di un’azienda agricola", "it")


@pytest.mark.parametrize(
    ("language", "np", "name", "question"),
    [
        (
            "en",
            "the Welsh Government’s heritage body",
            "Cymru Hen",
            "What is the Welsh Government’s heritage body?",
        ),
        (
            "it",
            "l’agenzia per il turismo della Regione Marche",
            "Visita Ancona",
            "Qual è l’agenzia per il turismo della Regione Marche?",
        ),
    ],
)
def test_a_definite_body_with_its_owner_set_off_before_a_name_asks_which_it_is(
    language: str, np: str, name: str, question: str
) -> None:
    doc = build_document(clean(f"{TITLE[language]}\n\nUna frase. A sentence."), language)
    card = appositions._body_card(doc.sentences[0], np, name, language)
    assert card is not None
    assert (card.question, card.answer, card.kind) == (question, name, "entity")


def test_a_body_one_of_many_or_of_no_one_is_not_asked() -> None:
    doc = build_document(clean(f"{TITLE['it']}\n\nUna frase."), "it")
    s = doc.sentences[0]
    assert appositions._body_card(s, "una delle aziende storiche della città", "X Y", "it") is None
    assert appositions._body_card(s, "l’agenzia", "X Y", "it") is None
