"""A thing an entry defines as built or made does its deeds with no one behind it: 'What',
not 'Who'; a law named by its last word ('the Local Government Act 2003') is no 'who'."""

from __future__ import annotations

from .helpers import questions_of

BUILT = (
    "A headline for the test\n\nThe summit cafe sold 30,000 teas this season.\nTŷ Copa\n"
    "Tŷ Copa is the visitor centre and mountain hut at the top of Moel Fawr, 900 metres above "
    "sea level. Designed by Lowe Architects, it opened in 2011, replacing a hut built in the "
    "1950s by the parish.\n"
)
LAW = (
    "A headline for the test\n\nLevy districts raise money for towns.\nLevy district\n"
    "A levy district is an area where firms pay a levy. Levy districts were introduced in "
    "England by the Local Markets Act 2004, and there are now 120 of them.\n"
)


def test_a_building_an_entry_defines_is_asked_what() -> None:
    asked = questions_of(BUILT, "en")
    assert asked.get("What replaced a hut built in the 1950s by the parish?") == "Tŷ Copa"
    assert "Who replaced a hut built in the 1950s by the parish?" not in asked


def test_a_law_named_by_its_last_word_is_no_who() -> None:
    asked = questions_of(LAW, "en")
    assert "Local Markets Act" not in asked.values(), asked
    assert all(not q.startswith("Who") for q in asked), asked


def test_a_deed_cut_before_a_relative_after_its_preposition_is_not_asked() -> None:
    text = (
        "Un titolo per la prova\n\nMarta Ricci ha vinto il premio. Ricci ha scelto la pagina in "
        "cui la protagonista vede per la prima volta la neve.\n"
    )
    asked = questions_of(text, "it")
    assert not any(q.endswith(" in?") for q in asked), asked


def test_a_place_in_an_order_followed_by_others_is_no_deed() -> None:
    it = (
        "Un titolo per la prova\n\nAl primo posto tra i mercati resta la Spagna, seguita da "
        "Stati Uniti, Canada e Giappone.\n"
    )
    en = (
        "A title for the test\n\nThe biggest market is still Spain, followed by the United "
        "States, Canada and Japan.\n"
    )
    assert not any(q.startswith("Da chi") for q in questions_of(it, "it"))
    assert not any(q.startswith("Who") for q in questions_of(en, "en"))


def test_a_thing_an_apposition_names_is_asked_what() -> None:
    asked = questions_of(
        "A headline for the test\n\nThe glen has 40 farms. The town is known for the Harold "
        "Slide, a landslide that buried part of the village of Dunmore in 1881.\n",
        "en",
    )
    assert asked.get("What buried part of the village of Dunmore?") == "Harold Slide", asked
    assert "Who buried part of the village of Dunmore?" not in asked
