"""Who said it, beyond 'ha detto X': a pronoun or a bare verb after a quotation, speech verbs in
the present, a speaker followed by an apposition, 'secondo X' / 'according to X', and 'who
described X as “...”'."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import quotes

from .test_roles_quotes import answers, cards

# Speech verbs in the present and the past, and a speaker followed by an apposition.


@pytest.mark.parametrize(
    "verb",
    [
        *"racconta spiega conclude aggiunge sottolinea commenta ricorda osserva avverte".split(),
        *"ammette precisa dichiara dice raccontò ammise".split(),
        "ha raccontato",
        "ha ricordato",
    ],
)
def test_italian_speech_verbs(verb: str) -> None:
    text = (
        f"«I treni della notte tornano a essere pieni», {verb} Sara Conti. Conti dirige la "
        "società dal 2021."
    )
    assert answers(quotes.extract, text, "it") == {
        "Chi ha detto “I treni della notte tornano a essere pieni”?": "Sara Conti"
    }


@pytest.mark.parametrize(
    "verb",
    "explains adds recalls recalled warns admits admitted notes observed concluded".split(),
)
def test_english_speech_verbs(verb: str) -> None:
    text = f'"The night trains are full again," {verb} Sara Collins. Collins runs the company.'
    assert answers(quotes.extract, text, "en") == {
        "Who said “The night trains are full again”?": "Sara Collins"
    }
    text = f'"The night trains are full again," Collins {verb}. Sara Collins runs the company.'
    assert answers(quotes.extract, text, "en") == {
        "Who said “The night trains are full again”?": "Sara Collins"
    }


def test_a_speaker_followed_by_an_apposition() -> None:
    it = (
        "La professoressa Carla Benedetti insegna lettere al liceo di Pisa. «Ogni anno gli "
        "studenti arrivano con meno libri letti a casa», racconta Benedetti, 44 anni, "
        "professoressa di italiano."
    )
    card = cards(quotes.extract, it, "it")[
        "Chi ha detto “Ogni anno gli studenti arrivano con meno libri letti a casa”?"
    ]
    assert card.answer == "Carla Benedetti" and "Benedetti" in card.accept
    en = (
        "Joanna Pike has worked at the county hospital for twelve years. "
        '"We used to have three nurses on every night shift," Pike, 52, a nurse on the '
        "children's ward, explains."
    )
    assert answers(quotes.extract, en, "en") == {
        "Who said “We used to have three nurses on every night shift”?": "Joanna Pike"
    }


# 'Secondo X' / 'according to X': a person's full name, not a source.


def test_according_to_a_person() -> None:
    it = (
        "Secondo il direttore dell’osservatorio, Marco Vitale, «la frana si muove ancora di "
        "due centimetri al giorno». «Il prezzo è giusto per entrambe le parti», secondo "
        "Laura Greco, analista di Banca Sella."
    )
    assert answers(quotes.extract, it, "it") == {
        "Chi ha detto “la frana si muove ancora di due centimetri al giorno”?": "Marco Vitale",
        "Chi ha detto “Il prezzo è giusto per entrambe le parti”?": "Laura Greco",
    }
    en = (
        '"Prices rose faster than at any time since 2008," according to Eurostat. '
        '"Nobody expected the river to rise this fast in April," according to Paul Hendry, '
        "who teaches hydrology."
    )
    assert answers(quotes.extract, en, "en") == {
        "Who said “Nobody expected the river to rise this fast in April”?": "Paul Hendry"
    }
