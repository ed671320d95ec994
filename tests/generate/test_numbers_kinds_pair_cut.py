"""'tra'/'between' and a noun with its adjective, then 'e'/'and' and a second noun ('tra soci
diretti e conferitori') tell what the counted is made of: the question leaves the pair out
rather than keep half of it ('... conta il gruppo tra atleti giovani?')."""

from __future__ import annotations

from .helpers import questions_of


def test_a_pair_of_kinds_with_an_adjective_is_left_out_in_italian() -> None:
    asked = questions_of("Il gruppo conta 300 iscritti tra atleti giovani e allenatori.", "it")
    assert asked.get("Quanti iscritti conta il gruppo?") == "300"
    assert not any("tra atleti giovani?" in q for q in asked)


def test_a_pair_of_kinds_with_an_adjective_is_left_out_in_english() -> None:
    asked = questions_of("The club has 800 members between full players and volunteers.", "en")
    assert not any(q.endswith("between full players?") for q in asked)
