"""An English level that goes from one figure to another, asked as the level it reaches
('What did membership rise to?'), and the size of a change that ends at a level."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_level_from_one_figure_to_another_is_asked_as_the_level_reached() -> None:
    en = _questions(
        "Membership of the rowing club rose from 800 to 1,150 last year. "
        "Unemployment in the county has risen from 4.1% to 5.3% since March. "
        "Annual revenue grew from £3.2m to £4.1m.",
        "en",
    )
    assert en["What did membership of the rowing club rise to last year?"] == "1,150"
    assert en["What has unemployment in the county risen to since March?"] == "5.3%"
    assert en["What did annual revenue grow to?"] == "£4.1m"


def test_a_level_keeps_its_unit_and_a_year_after_the_first_figure() -> None:
    en = _questions(
        "The choir grew from 40 singers to 95 singers. "
        "The population of the parish has fallen from 310 residents in 1991 to 204 today.",
        "en",
    )
    assert en["What did the choir grow to?"] == "95 singers"
    assert en["What has the population of the parish fallen to today?"] == "204"


def test_no_level_of_years_a_rate_or_a_unit_cut() -> None:
    en = _questions(
        "Output rose from 80 to 95 a week. The fleet grew from 12 to 20 electric buses. "
        "The festival moved from 2019 to 2021.",
        "en",
    )
    assert not any(q.startswith("What") for q in en)


def test_a_change_that_ends_at_a_level_is_asked_with_the_level() -> None:
    en = _questions("Sales of the new model fell by 12% to 45,000.", "en")
    assert en == {
        "What did sales of the new model fall to?": "45,000",
        "By how much did sales of the new model fall?": "12%",
    }


def test_a_level_reached_with_no_figure_left_is_asked() -> None:
    en = _questions(
        "Unemployment in the region fell to 4.2% in May. The population has risen to 12,400.",
        "en",
    )
    assert en["What did unemployment in the region fall to in May?"] == "4.2%"
    assert en["What has the population risen to?"] == "12,400"
    it = _questions(
        "Il tasso di disoccupazione è sceso al 6,1% nel 2024. I posti letto sono saliti a 38."
    )
    assert it["A quanto è sceso il tasso di disoccupazione nel 2024?"] == "6,1%"
    assert it["A quanto sono saliti i posti letto?"] == "38"


def test_a_level_reached_keeps_the_shapes_of_sums_and_counted_units() -> None:
    en = _questions(
        "The outbreak has grown to 64 confirmed cases. Reserves had fallen to £11m.", "en"
    )
    assert not any(q.startswith("What") for q in en)
    it = _questions("La popolazione è salita a 12.400 abitanti.")
    assert "A quanto è salita la popolazione?" not in it


def test_an_italian_level_after_a_leading_date_keeps_the_date_at_the_end() -> None:
    it = _questions("Nel 2025 gli iscritti del circolo sono passati da 610 a 745.")
    assert it["A quanti sono passati gli iscritti del circolo nel 2025?"] == "745"
