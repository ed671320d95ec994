"""Italian clauses whose counted subject follows its verb, opened by what the question keeps
at its end: an aim ('Per far funzionare il reparto servono 14 medici') or an adverb of time
('Ieri sono stati registrati 147 terremoti')."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_aim_that_opens_the_clause_goes_to_the_end() -> None:
    it = _questions(
        "Per far funzionare il laboratorio servono 9 tecnici. "
        "Per aprire la biblioteca mancano 40 volontari. "
        "Per sorvegliare la riserva sono stati assunti 12 guardiaparco."
    )
    assert it == {
        "Quanti tecnici servono per far funzionare il laboratorio?": "9",
        "Quanti volontari mancano per aprire la biblioteca?": "40",
        "Quanti guardiaparco sono stati assunti per sorvegliare la riserva?": "12",
    }


def test_an_adverb_of_time_that_opens_the_clause_goes_to_the_end() -> None:
    it = _questions(
        "Ieri sono stati registrati 147 terremoti. Oggi lavorano nel cantiere 520 operai."
    )
    assert it == {
        "Quanti terremoti sono stati registrati ieri?": "147",
        "Quanti operai lavorano nel cantiere oggi?": "520",
    }
