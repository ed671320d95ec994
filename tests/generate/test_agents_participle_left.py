"""A deed cut before its date does not end in the participle the date belonged to: 'Who
bought a stadium built?' leaves the participle saying nothing."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_deed_does_not_end_in_a_noun_s_participle() -> None:
    qs = questions_of("Harlow Rovers bought a stadium built in 1920 by the miners.", "en")
    assert not any(q.endswith("built?") for q in qs), qs


def test_italian_deed_does_not_end_in_a_noun_s_participle() -> None:
    qs = questions_of(
        "La Fondazione Rossi ha acquistato una villa costruita nel 1920 da un mercante.", "it"
    )
    assert not any(q.endswith("costruita?") for q in qs), qs


def test_deed_with_its_object_is_still_asked() -> None:
    qs = questions_of("Harlow Rovers bought the old stadium on Mill Lane in 1920.", "en")
    assert qs.get("Who bought the old stadium on Mill Lane?") == "Harlow Rovers", qs
