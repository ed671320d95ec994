"""A term glossed with the kind of thing it is: an English bare term before ', a form of ...',
', a technique for ...' ('The hedges need coppicing, a form of pruning ...' -> 'What is
coppicing?'), and an Italian term glossed with 'cioè' whose noun also spells a verb ('la
sbucciatura, cioè ...')."""

from __future__ import annotations

from .helpers import questions_of


def test_a_bare_term_with_the_kind_it_is() -> None:
    qs = questions_of(
        "A test headline\n\nThe old hedges need hard coppicing, a form of pruning that cuts "
        "the stems to the ground.\n",
        "en",
    )
    assert qs["What is hard coppicing?"] == "a form of pruning that cuts the stems to the ground"
    qs = questions_of(
        "A test headline\n\nThe boats fish with gillnets, a method of fishing used in shallow "
        "water.\n",
        "en",
    )
    assert qs["What are gillnets?"] == "a method of fishing used in shallow water"


def test_a_kind_that_sums_up_a_list_is_no_definition() -> None:
    qs = questions_of(
        "A test headline\n\nThe hall rests on iron columns and girders, a technique of building "
        "that spread across Europe.\n",
        "en",
    )
    assert "What are girders?" not in qs


def test_an_italian_term_that_spells_a_verb_is_glossed() -> None:
    qs = questions_of(
        "Titolo di prova\n\nLa pota, cioè il taglio dei rami secchi, si fa in inverno.\n", "it"
    )
    assert qs["Che cos’è la pota?"] == "il taglio dei rami secchi"
