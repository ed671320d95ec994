"""Questions read as written: a word that opens a sentence keeps its capital inside a question
only when it is a name ('both', 'tutti' never are, even before a name: 'Both Scottish
champions'); a date question keeps no half of a tally of votes."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.extract.dates.candidates import _HALF_TALLY


def _questions(text: str, language: str) -> list[str]:
    return [c.question for c in generate_deck(text, language=language).cards if c.question]


def test_a_quantifier_before_a_name_is_lowercased_inside_a_question() -> None:
    text = (
        "Ellie Morrison won the title in Perth. Both Scottish champions will be invited to "
        "the Grand Slam event in Aberdeen in October."
    )
    asked = _questions(text, "en")
    assert any(q.startswith("When will both Scottish champions") for q in asked)
    assert not any("Both" in q for q in asked)


def test_a_date_question_drops_a_tally_cut_from_its_other_half() -> None:
    # A long question shortened before "to four in favour of ..." keeps half a tally.
    cut = "On what day did the planning committee of Hexham Council vote by seven votes?"
    assert _HALF_TALLY.sub("?", cut) == (
        "On what day did the planning committee of Hexham Council vote?"
    )
    whole = "On what day did the committee vote by seven votes to four?"
    assert _HALF_TALLY.sub("?", whole) == whole
