"""The order of an Italian question's words: a clause that ends on its verb puts its subject
after the verb ('Quando si tennero le prime elezioni?')."""

from __future__ import annotations

import pytest

from quizlib.generate.phrase import italian_verb_last


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("le prime elezioni si tennero", "si tennero le prime elezioni"),
        ("i lavori sarebbero dovuti partire", "sarebbero dovuti partire i lavori"),
        ("l’autostrada A14 è stata chiusa", "è stata chiusa l’autostrada A14"),
        ("la basilica fu consacrata", "fu consacrata la basilica"),
        ("il museo non è stato riaperto", "non è stato riaperto il museo"),
        ("la giunta li ha approvati", "li ha approvati la giunta"),
    ],
)
def test_a_clause_that_ends_on_its_verb_takes_its_subject_after_it(clause: str, asked: str) -> None:
    assert italian_verb_last(clause) == asked


@pytest.mark.parametrize(
    "clause",
    [
        "la società ha cessato l’attività",  # an object after the verb
        "il piano sarà presentato agli analisti",  # a complement
        "Rossi, il sindaco, è arrivato",  # an apposition: the order stays as written
        "fu consacrata",  # no subject
        "il ponte ormai è chiuso",  # an adverb ends the words before the verb
        "la mostra che il museo ospita è stata inaugurata",  # a relative in the subject
    ],
)
def test_a_clause_with_words_after_its_verb_keeps_its_order(clause: str) -> None:
    assert italian_verb_last(clause) == clause
