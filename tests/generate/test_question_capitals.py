"""Questions read as written: a word that opens a sentence keeps its capital inside a question
only when it is a name ('both', 'tutti' never are, even before a name: 'Both Scottish
champions'); a date question keeps no half of a tally of votes, and no date of the last of a
list ('due Champions League, l’ultima nel 2019')."""

from __future__ import annotations

from quizlib.generate.extract.dates.candidates import _HALF_TALLY

from .helpers import questions_of


def _questions(text: str, language: str) -> list[str]:
    return list(questions_of(text, language))


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


def test_the_date_of_the_last_of_a_list_is_no_date_of_the_clause() -> None:
    asked = _questions(
        "La Lube ha vinto sette scudetti e due Champions League, l’ultima nel 2019, oltre a un "
        "Mondiale per club.",
        "it",
    )
    assert not any(q.startswith("Quando") for q in asked)
    asked = _questions(
        "The club has won seven titles and two European cups, the last in 2019, and a world title.",
        "en",
    )
    assert not any(q.startswith(("When", "In what year")) for q in asked)
