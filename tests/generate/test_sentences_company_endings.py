"""A company's name ends with 'Ltd.', 'Inc.', 'S.p.A.': before a capital that full stop ends the
sentence too, though the abbreviation keeps its dot ('built by Hollis Steel Ltd. It opened ...'
is two sentences, and no question asks 'built . It opened')."""

from __future__ import annotations

from quizlib.generate.sentences import split_sentences

from .helpers import questions_of


def test_a_company_ending_before_a_capital_ends_the_sentence() -> None:
    assert split_sentences("The bridge was built by Hollis Steel Ltd. It opened in 1998.") == [
        "The bridge was built by Hollis Steel Ltd.",
        "It opened in 1998.",
    ]
    assert split_sentences("Il ponte è della Ferri Costruzioni S.p.A. I lavori sono finiti.") == [
        "Il ponte è della Ferri Costruzioni S.p.A.",
        "I lavori sono finiti.",
    ]


def test_a_title_before_a_name_still_joins() -> None:
    assert len(split_sentences("The talks were led by Gov. Smith and Dr. Jones.")) == 1


def test_no_question_runs_across_the_company_ending() -> None:
    asked = questions_of(
        "The Tarn footbridge was built by Hollis Steel Ltd. It opened to walkers in 1998.", "en"
    )
    assert "By which company was the Tarn footbridge built?" in asked
    assert not any(" . " in q for q in asked)
