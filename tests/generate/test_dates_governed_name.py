"""An English relative after a verb's preposition and a phrase that a name opens ('marched
to the Harwick town hall, which was built in 1880'): the phrase is the verb's complement,
the one noun the relative can be about."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_name_led_phrase_after_a_verb_and_preposition() -> None:
    qs = questions_of(
        "The protesters marched to the Bexley town hall, which was built in 1880.", "en"
    )
    assert qs.get("When was the Bexley town hall built?") == "1880", qs
    qs = questions_of("The band played in the Wexham Festival tent, which opened in 2001.", "en")
    assert qs.get("When did the Wexham Festival tent open?") == "2001", qs


def test_phrase_with_a_preposition_inside_is_not_the_antecedent() -> None:
    qs = questions_of(
        "The protesters marched to the Bexley town hall in Crayford, which was built in 1880.",
        "en",
    )
    assert not any("town hall" in q and "built" in q for q in qs), qs
