"""'Her coach, Paddy Gormley,' is the coach of the one woman the sentence before names
(English 'her'/'his' by the gender of the given name); a lawyer, a trainer, a captain are
offices too; the owner of an office ('Il legale di Vitali, Stefano Moretti, ha detto: «...»')
is not who speaks."""

from __future__ import annotations

from .helpers import questions_of

_EN = "A test headline here\n\nThe pier reopened yesterday.\n\n"
_IT = "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"


def test_her_office_is_the_woman_named_before() -> None:
    asked = questions_of(
        _EN + "Sarah Devlin and Tom Hale won the pairs title on Saturday. Her trainer, Paddy"
        " Gormley, said the plan was to defend it.\n",
        "en",
    )
    assert asked.get("Who is the trainer of Sarah Devlin?") == "Paddy Gormley", asked


def test_a_possessive_with_no_one_named_before_asks_nothing_of_its_owner() -> None:
    asked = questions_of(_EN + "Her lawyer, Tom Reid, said the sentence would be appealed.\n", "en")
    assert not any(q.startswith("Who is the lawyer of") for q in asked), asked


def test_the_owner_of_an_office_is_not_the_speaker() -> None:
    asked = questions_of(
        _IT + "Il giudice ha condannato Giancarlo Vitali.\n\nIl legale di Vitali, Stefano"
        " Moretti, ha annunciato ricorso in appello: «Leggeremo le motivazioni, ma siamo"
        " convinti che non esista alcuna prova».\n",
        "it",
    )
    assert not any(
        q.startswith("Chi ha detto") and a == "Giancarlo Vitali" for q, a in asked.items()
    )
