"""A time of day ends the sentence before a capital, unless a day, month or zone follows it."""

from quizlib.generate.sentences import split_sentences


def test_a_time_of_day_before_a_capital_ends_the_sentence() -> None:
    text = "The lot is open between 7 a.m. and 4 p.m. Each booking will cost $2."
    assert split_sentences(text) == [
        "The lot is open between 7 a.m. and 4 p.m.",
        "Each booking will cost $2.",
    ]


def test_a_time_of_day_inside_the_sentence_stays() -> None:
    text = "The car park fills by about 8 a.m. on most July days. Rangers then close it."
    assert split_sentences(text) == [
        "The car park fills by about 8 a.m. on most July days.",
        "Rangers then close it.",
    ]


def test_a_day_month_or_zone_after_the_time_goes_on_with_the_sentence() -> None:
    for text in (
        "The vote closes at 9 p.m. Friday and results follow.",
        "The launch is set for 7 a.m. GMT on the first day.",
        "Gates open at 8 a.m. Pacific time for the race.",
        "The ferry leaves at 6 a.m. March through October.",
    ):
        assert split_sentences(text) == [text]
