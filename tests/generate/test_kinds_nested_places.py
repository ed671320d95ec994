"""Names asked by their kind: a place that follows a noun phrase inside another complement, or
an object set after another complement, is the noun's, not the verb's, and is not asked of the
verb; a place after the verb's own object, or where the verb sends its object, still is."""

from __future__ import annotations

from .test_kinds_complements import _questions


def test_a_place_after_a_noun_inside_another_complement_is_not_asked() -> None:
    # The river is the village's, the museum the dinner's, the palace the volunteers' dinner's.
    en = _questions(
        "Mayor Ann Cole announced a dinner for the volunteers at the Maritime Museum on "
        "Friday. Norwick started as a fishing village on the River Wear. Dunmore grew from a "
        "small mill town on the River Esk.",
        "en",
    )
    assert en == {}
    it = _questions(
        "Il sindaco Luca Neri ha organizzato una cena per i volontari a Palazzo Ducale. "
        "Varenna è nata come un piccolo borgo sul fiume Adda. Il Comune ha organizzato la "
        "festa dei volontari a Palazzo Reale.",
        "it",
    )
    assert it == {}


def test_an_object_set_after_another_complement_holds_the_place() -> None:
    # Italian sets a heavy object last: "le corse serali verso l'isola" are the runs' direction.
    it = _questions(
        "La compagnia Navigo ha portato da tre a due le corse serali verso l’isola Bella.",
        "it",
    )
    assert it == {}


def test_a_place_after_the_verbs_own_object_or_its_goal_is_still_asked() -> None:
    en = _questions(
        "Bramley Council held a meeting at the Maritime Museum. The Wickham family has "
        "agreed to lend the painting to the Holburne Museum.",
        "en",
    )
    assert en == {
        "At which museum did Bramley Council hold a meeting?": "Maritime Museum",
        "To which museum has the Wickham family agreed to lend the painting?": ("Holburne Museum"),
    }
    it = _questions(
        "La squadra disputa le gare casalinghe allo stadio Tardini. La ditta ha inviato una "
        "diffida al Comune di Lecco.",
        "it",
    )
    assert it == {
        "In quale stadio la squadra disputa le gare casalinghe?": "Tardini",
        "A quale comune la ditta ha inviato una diffida?": "Comune di Lecco",
    }


def test_a_body_as_a_passives_agent_after_another_complement_is_still_asked() -> None:
    en = _questions(
        "Portree was built in 1771 as a harbour town by the Highland Improvement Society.",
        "en",
    )
    assert en == {
        "By which society was Portree built in 1771 as a harbour town?": (
            "Highland Improvement Society"
        ),
    }


def test_a_water_or_mountain_that_holds_what_the_subject_is_is_asked_in_the_present() -> None:
    # "a town crossed by the River Tyne": the river crosses the town now; a past copula, an
    # irregular participle, a definite noun or more of the clause after the name are left.
    en = _questions(
        "Hexham is a market town crossed by the River Tyne. Kelso was a town crossed by the "
        "River Tweed. Alnwick is a town fed by the River Aln. Morpeth is the town crossed by "
        "the River Wansbeck.",
        "en",
    )
    assert en == {"Which river crosses Hexham?": "River Tyne"}
    it = _questions(
        "Bassano è un comune veneto attraversato dal fiume Brenta, con 43.000 abitanti. Stresa "
        "è una città bagnata dal lago Maggiore. Faenza è un comune attraversato dal fiume "
        "Lamone lungo la via Emilia.",
        "it",
    )
    assert it == {
        "Quale fiume attraversa Bassano?": "Brenta",
        "Quale lago bagna Stresa?": "Maggiore",
    }
