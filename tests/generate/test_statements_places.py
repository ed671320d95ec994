"""The place and kind extractors read the simpler statements too (extract.STATEMENT_EXTRACTORS):
a place said inside an aside gets its question, shown with the sentence; an Italian 'a' that
completes a noun asks 'A quale', not 'In quale'."""

from __future__ import annotations

from .helpers import questions_of

_IT = "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "A test headline here\n\nThe pier reopened yesterday.\n\n"


def test_a_place_in_a_participle_aside_is_asked() -> None:
    asked = questions_of(
        _EN + "The study, led by Keele University and published in the journal Coastal"
        " Ecology, counted 40 species of fish.\n",
        "en",
    )
    assert asked.get("In which journal was the study published?") == "Coastal Ecology"


def test_an_a_after_a_noun_is_kept() -> None:
    asked = questions_of(_IT + "L’ultima colata diede origine al Monte Gibbio.\n", "it")
    assert asked.get("A quale monte l’ultima colata diede origine?") == "Monte Gibbio", asked
    asked = questions_of(_IT + "Il Museo Civico ha sede a Palazzo Fieschi.\n", "it")
    assert "A quale palazzo il Museo Civico ha sede?" not in asked, asked


def test_a_place_one_did_something_together_with_is_not_where() -> None:
    asked = questions_of(
        _IT + "Il sensore, sviluppato insieme all’Università di Camerino, costerà 30 euro.\n", "it"
    )
    assert not any(q.startswith("In quale università") for q in asked), asked
