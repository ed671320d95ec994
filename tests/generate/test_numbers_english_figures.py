"""English figures in shapes the clause around them hides: the size or figure of a noun after a
preposition ('played in front of a crowd of 3,100'), a figure a verb of saying takes as its
object ('reported turnover of £4.1bn'), a count in a clause after 'when'/'after' with its own
subject, a share weighed with 'only', and a share of those a survey asked. On small texts of
their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str) -> dict[str, str]:
    doc = build_document(clean(f"Story\n\n{text}\n"), "en")
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_the_figure_of_a_noun_after_a_preposition_is_asked_with_the_preposition_first() -> None:
    qs = questions("The orchestra performed in front of a crowd of about 3,100 in the park.")
    assert qs["In front of how large a crowd did the orchestra perform in the park?"] == "3,100"
    qs = questions("The new arena opened in 2021 with a capacity of 9,800.")
    assert qs["With what capacity did the new arena open in 2021?"] == "9,800"
    qs = questions("The academy opened in March with a first intake of 45 pupils.")
    assert qs["With what first intake did the academy open in March?"] == "45"
    qs = questions("The quartet played to an audience of 700 people.")
    assert qs["To how large an audience did the quartet play?"] == "700"


def test_the_figure_of_a_noun_after_a_clause_word_is_not_asked_with_a_preposition() -> None:
    qs = questions("The tour ended when the singer played to a crowd of 3,100 in Hull.")
    assert not any(q.startswith("To how large") and "tour" in q for q in qs)


def test_a_figure_a_verb_of_saying_takes_as_its_object_is_asked_of_that_verb() -> None:
    qs = questions("The retailer reported turnover of £4.1bn last year.")
    assert qs["How much turnover did the retailer report last year?"] == "£4.1bn"
    qs = questions("The retailer reported sales had risen by 12% last year.")
    assert not any("did the retailer report" in q for q in qs)


def test_a_count_in_a_clause_after_when_or_after_is_asked_of_that_clause() -> None:
    qs = questions("The survey was paused when botanists found a colony of 80 rare orchids.")
    assert qs["How large a colony did botanists find?"] == "80"
    qs = questions("The ward was closed after a routine inspection found 37 faults in the wiring.")
    assert qs["How many faults did the routine inspection find in the wiring?"] == "37"
    qs = questions("The factory shut when the owners cut 90 jobs.")
    assert qs["How many jobs did the owners cut?"] == "90"


def test_a_count_after_when_with_a_pronoun_or_a_relative_is_not_asked_of_the_clause() -> None:
    qs = questions("The club went down in 2018 when it won only 9 games.")
    assert not any("did it win" in q for q in qs)
    qs = questions("The barge was freed after a salvage effort that lasted 20 hours.")
    assert not any("effort that" in q for q in qs)


def test_a_share_weighed_with_only_is_asked() -> None:
    qs = questions("The comet reflects only about 4% of the light that reaches it.")
    assert qs["What share of the light does the comet reflect?"] == "4%"


def test_a_share_of_those_a_survey_asked_is_asked_of_the_group_surveyed() -> None:
    qs = questions("A survey of 2,300 tenants found that 38% had fallen behind on rent.")
    assert qs["What share of tenants surveyed had fallen behind on rent?"] == "38%"
    qs = questions("A poll of 900 drivers showed 54 per cent backed the new limit.")
    assert qs["What share of drivers polled backed the new limit?"] == "54%"
    qs = questions("A survey of 400 firms found 30% of them were hiring.")
    assert not any("firms surveyed" in q for q in qs)


def test_a_plural_noun_of_money_with_of_is_asked_how_much_in() -> None:
    qs = questions("The brewery posted pre-tax profits of £12m last year.")
    assert qs["How much in pre-tax profits did the brewery post last year?"] == "£12m"
    qs = questions("The theatre made losses of £400,000 in 2022.")
    assert qs["How much in losses did the theatre make in 2022?"] == "£400,000"
    qs = questions("The mill went under with debts of £9m.")
    assert not any("in with debts" in q or "in under" in q for q in qs)


def test_a_share_of_a_sum_going_somewhere_is_asked_of_the_sum() -> None:
    qs = questions("The auction raised £8,500, with 20% going to the lifeboat station.")
    assert qs["What share of the £8,500 went to the lifeboat station?"] == "20%"
    qs = questions("The toll pays £1m, with 35% going to road repairs.")
    assert qs["What share of the £1m goes to road repairs?"] == "35%"


def test_a_change_by_an_average_is_asked_on_average() -> None:
    qs = questions("The new hedges reduced run-off by an average of 22 per cent.")
    assert qs["By how much did the new hedges reduce run-off on average?"] == "22 per cent"


def test_the_size_of_a_survey_that_found_something_is_asked() -> None:
    qs = questions("A survey of 2,300 tenants carried out in May found that most were worried.")
    assert qs["How many tenants were surveyed?"] == "2,300"
    qs = questions("A poll of 900 drivers showed strong support for the limit.")
    assert qs["How many drivers were polled?"] == "900"


def test_a_share_after_a_verb_of_saying_with_no_that_opens_the_clause_it_reports() -> None:
    qs = questions("The bakery says 35% of the flour will come from local mills by 2027.")
    assert qs["What percentage of the flour will come from local mills by 2027?"] == "35%"
    qs = questions("The board said 15% of staff, some 60 people, would lose their jobs.")
    assert not any(q.endswith("did the board say?") for q in qs)


def test_a_share_whose_whole_has_an_aside_of_examples_is_asked_without_it() -> None:
    qs = questions("About 30% of the hedges, mostly hawthorn and blackthorn, will be replanted.")
    assert qs["What percentage of the hedges will be replanted?"] == "30%"
    qs = questions("At least 60% of parts, including the frames, will be made in Wales.")
    assert qs["What percentage of parts will be made in Wales?"] == "60%"


def test_a_sum_from_two_named_givers_is_asked_from_both() -> None:
    qs = questions("The study was funded with £80,000 from the Wellcome Trust and the Tudor Trust.")
    asked = "How much funding did the study receive from the Wellcome Trust and the Tudor Trust?"
    assert qs[asked] == "£80,000"
    qs = questions("The study was funded with £80,000 from the Wellcome Trust and private donors.")
    asked = "How much funding did the study receive from the Wellcome Trust and private donors?"
    assert qs[asked] == "£80,000"


def test_a_present_in_s_is_the_verb_a_second_verb_phrase_shares_its_subject_with() -> None:
    """'It competes in the Northern League and has been county champion four times': 'competes'
    is the entry's verb (no plural noun), so the second verb phrase is asked of the entry."""
    doc = build_document(
        clean(
            "Story\n\nHollin Rovers won the cup on Saturday, the club said.\n\nHollin Rovers\n"
            "Hollin Rovers is a football club based in Yorkshire, founded in 1901. It competes in "
            "the Northern League and has been county champion four times.\n"
        ),
        "en",
    )
    asked = {c.question: c.answer for c in numbers.extract(doc) if c.question}
    assert asked.get("How many times has Hollin Rovers been county champion?") == "four"
