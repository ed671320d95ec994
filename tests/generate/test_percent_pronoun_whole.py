"""A share of a whole told by a pronoun ('il 40% di loro', 'il 15% di essi') is not asked
with the pronoun, which the question read alone cannot resolve."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_share_of_a_pronoun_is_not_asked_with_it() -> None:
    qs = questions_of(
        "Al corso si sono iscritti 900 adulti. Secondo la scuola, il 40% di loro studia la sera.",
        "it",
    )
    assert not any("di loro" in q for q in qs), qs
    qs = questions_of("Nel borgo vivono 600 pescatori. Il 15% di essi pesca solo d’estate.", "it")
    assert not any("di essi" in q for q in qs), qs


def test_share_of_a_named_whole_is_still_asked() -> None:
    qs = questions_of("Secondo la scuola, il 40% degli adulti iscritti studia la sera.", "it")
    assert qs.get("Quale percentuale degli adulti iscritti studia la sera?") == "40%", qs


def test_gapped_second_share_is_left_out_of_the_question() -> None:
    qs = questions_of(
        "Secondo il direttore, il 40% dei turisti arriva dal Veneto e quasi uno su cinque "
        "dall’Austria.",
        "it",
    )
    assert qs.get("Quale percentuale dei turisti arriva dal Veneto?") == "40%", qs
