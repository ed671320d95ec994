"""A level that goes from one figure to another is asked at both ends: the level reached and
the level it left, with a verb that moves what it names ('would take the rent from £40 to
£52', 'porterà la capienza da 900 a 1.400 posti'), a particle ('went up from'), a modal
('dovrebbero passare') or a place or span of time before the first figure ('è salito in due
settimane da ...') in both questions."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_english_level_is_asked_at_both_ends() -> None:
    it = _questions(
        "Bus fares have risen from £2 to £3 since March. "
        "The price of a season pass went up from £140 to £175. "
        "The new kiln will lift annual output from 4,000 bowls to about 6,500 bowls. "
        "The proposal would take the average rent of a stall from £48 to £55.",
        "en",
    )
    assert it["What have bus fares risen to since March?"] == "£3"
    assert it["What have bus fares risen from?"] == "£2"
    assert it["What did the price of a season pass go up to?"] == "£175"
    assert it["What did the price of a season pass go up from?"] == "£140"
    assert it["What will the new kiln lift annual output to?"] == "6,500 bowls"
    assert it["What will the new kiln lift annual output from?"] == "4,000 bowls"
    assert it["What would the proposal take the average rent of a stall from?"] == "£48"


def test_the_english_level_left_takes_the_unit_the_two_share() -> None:
    it = _questions(
        "Water temperatures rose from 14 to 21 degrees Celsius in a week. "
        "Turnover grew from £2.5 to £3.1 million.",
        "en",
    )
    assert it["What did water temperatures rise from?"] == "14 degrees Celsius"
    assert it["What did turnover grow from?"] == "£2.5 million"


def test_no_english_level_of_a_trip_or_a_span_of_days() -> None:
    it = _questions(
        "The ferry took the team from Oban to 12 islands. "
        "The crew took 11 days from 3 to 14 May to finish.",
        "en",
    )
    assert not any(q.endswith((" from?", " to?")) for q in it)


def test_an_italian_level_is_asked_at_both_ends() -> None:
    it = _questions(
        "Il nuovo impianto porterà la capienza da 900 a 1.400 posti. "
        "Le presenze dovrebbero passare dalle 40.000 del 2024 a circa 55.000 nel 2026. "
        "Il pane è salito in due settimane da 3 a 4,20 euro al chilo. "
        "La raccolta di olive è scesa da 900 quintali nel 2021 a meno di 500 nel 2023."
    )
    assert it["A quanti posti il nuovo impianto porterà la capienza?"] == "1.400 posti"
    assert it["Da quanti posti il nuovo impianto porterà la capienza?"] == "900"
    assert it["A quante dovrebbero passare le presenze nel 2026?"] == "55.000"
    assert it["Da quante dovrebbero passare le presenze?"] == "40.000"
    assert it["A quanti euro al chilo è salito il pane in due settimane?"] == "4,20 euro"
    assert it["Da quanti euro al chilo è salito il pane in due settimane?"] == "3"
    assert it["A quanti quintali è scesa la raccolta di olive nel 2023?"] == "500"
    assert it["Da quanti quintali è scesa la raccolta di olive?"] == "900 quintali"


def test_no_italian_level_between_years_or_without_a_subject() -> None:
    it = _questions(
        "La rassegna passerà dal 2025 al 2027 per tre città. "
        "Secondo l’assessore la tassa passerà da 1 a 2 euro."
    )
    assert not any(q.startswith(("A quant", "Da quant")) for q in it)


def test_no_italian_level_of_hours_of_the_day_or_of_how_often() -> None:
    it = _questions(
        "L’orario di apertura è passato dalle 8 alle 9.30. "
        "Il battello passa da 3 a 5 volte al giorno."
    )
    assert not any(q.startswith(("A quant", "Da quant")) for q in it)


def test_an_adjective_after_the_italian_level_is_no_unit() -> None:
    it = _questions("Le farmacie sono scese dalle 412 del 2015 alle 390 attuali.")
    assert it["A quante sono scese le farmacie?"] == "390"
    assert not any("attuali?" in q for q in it)


def test_an_italian_level_of_things_counted_asks_how_many_of_them() -> None:
    asked = _questions("Le botteghe del centro sono scese da 140 a 96 in dieci anni.")
    assert asked["A quante sono scese le botteghe del centro?"] == "96"
    assert asked["Da quante sono scese le botteghe del centro?"] == "140"
    amounts = _questions("I prezzi dei biglietti sono saliti da 9 a 12 in due anni.")
    assert all(q.startswith(("A quanto", "Da quanto")) for q in amounts if "prezzi" in q)
