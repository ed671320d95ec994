"""Sums in the signs and codes of currencies beyond euro, dollar and pound: the yen's sign
and the codes written before a sum ('NOK 300 million'), asked as sums, in both languages."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_sum_in_yen_is_a_sum() -> None:
    en = _questions("The firm sold the plant for ¥4.5 billion.", "en")
    assert en == {"For how much did the firm sell the plant?": "¥4.5 billion"}
    assert not any("billion did" in q for q in en)


def test_a_sum_after_a_currency_code_is_a_sum() -> None:
    en = _questions(
        "The ferry company paid NOK 300 million for the ships. "
        "The Swiss bank posted profits of CHF 2.1 billion.",
        "en",
    )
    assert en["How much did the ferry company pay for the ships?"] == "NOK 300 million"
    assert en["How much in profits did the Swiss bank post?"] == "CHF 2.1 billion"
    it = _questions("La società ha pagato NOK 300 milioni per le navi.")
    assert it == {"Quanto ha pagato la società per le navi?": "NOK 300 milioni"}


def test_a_noun_in_ing_before_of_and_a_sum_is_the_object_not_a_verb() -> None:
    en = _questions(
        "The government announced funding of £12m for the harbour. "
        "The trust received funding of £40,000 from the lottery.",
        "en",
    )
    assert en == {
        "How much funding did the government announce for the harbour?": "£12m",
        "How much funding did the trust receive from the lottery?": "£40,000",
    }
    verb = _questions("The club recommended closing 12 pitches.", "en")
    assert verb == {"How many pitches did the club recommend closing?": "12"}


def test_a_cost_after_a_time_keeps_the_time_after_the_verb() -> None:
    en = _questions(
        "The new clinic will open in 2027 at a cost of €40 million. "
        "The pier reopened last spring at a cost of £2m.",
        "en",
    )
    assert en["At what cost will the new clinic open in 2027?"] == "€40 million"
    assert en["At what cost did the pier reopen last spring?"] == "£2m"


def test_no_question_keeps_only_the_whole_part_of_a_sum_with_decimals() -> None:
    en = _questions("Sales rose to £4.1m from £3.2m.", "en")
    assert not any("£3?" in q or "£3 " in q for q in en)
