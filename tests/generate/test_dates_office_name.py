"""A participle after a person's name set off between commas after an office ('the mayor,
Tom Reid, elected in 2024') is the person's: asked of the name."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_participle_after_a_set_off_name_is_the_persons() -> None:
    qs = questions_of("Ha parlato la presidente, Giulia Ravelli, nominata nel 2023.", "it")
    assert qs.get("In che anno fu nominata Giulia Ravelli?") == "2023", qs
    qs = questions_of("The plan was praised by the chair, Alan Grieve, appointed in 2023.", "en")
    assert qs.get("In what year was Alan Grieve appointed?") == "2023", qs


def test_italian_participle_must_agree_with_the_office() -> None:
    qs = questions_of("Ha parlato il presidente, Giulia Ravelli, nominata nel 2023.", "it")
    assert not any("nominat" in q for q in qs), qs
