"""A question is dropped when a rule left one end of a range behind ('When did crews check
41,200 boats between?', 'When will the system run from June 12 through?') or an opening adverb
lowercased before its pronoun subject ('When did together they log ...?')."""

from __future__ import annotations

from quizlib.generate.rank import well_formed

from .helpers import questions_of


def test_a_stranded_end_of_a_range_is_no_question() -> None:
    assert not well_formed("When did crews at nine stations check 41,200 boats between?", "date")
    assert not well_formed("When will the new system run from June 12 through?", "date")
    assert well_formed("Which town does the river flow through?", "place")


def test_an_adverb_before_a_pronoun_subject_is_no_question() -> None:
    assert not well_formed("When did together they log more than 2.5 billion readings?", "date")
    assert well_formed("Who said “But they are tracks we can open”?", "quote")


def test_no_question_strands_a_range_or_an_adverb() -> None:
    asked = questions_of(
        "Crews at nine stations checked 41,200 boats between April 1 and October 31. Together "
        "they logged more than 2.5 billion readings in October 2024.",
        "en",
    )
    assert not any(q.endswith("between?") or "did together" in q for q in asked)
