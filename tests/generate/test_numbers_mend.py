"""Number questions that read wrong are mended or left to the cloze: a speed a noun of speed
names ('reach speeds of') is asked of the verb's subject, also in a clause of place ('where
currents reach ...'); a level a change ends at is asked 'To what level'; taking part asks
what is joined; a clause reported without 'that' is no frame of its reporter."""

from __future__ import annotations

from .test_numbers import _clozes, _questions


def test_a_speed_a_noun_of_speed_names_is_asked_of_the_verbs_subject() -> None:
    en = _questions(
        "The ferry crosses the firth, where winds reach speeds of up to 90mph in winter. "
        "The new train reached a top speed of 320 km/h. "
        "The storm brought gusts of up to 80mph.",
        "en",
    )
    assert en == {
        "What speed do winds reach in winter?": "90mph",
        "What top speed did the new train reach?": "320 km/h",
        "What speed did the gusts reach?": "80mph",
    }
    it = _questions(
        "Il traghetto attraversa lo stretto, dove le correnti raggiungono velocità fino a 4 "
        "metri al secondo. "
        "Il nuovo treno ha raggiunto una velocità massima di 350 km/h durante la prova."
    )
    assert it == {
        "Che velocità raggiungono le correnti?": "4 metri al secondo",
        "Che velocità massima ha raggiunto il nuovo treno durante la prova?": "350 km/h",
    }


def test_a_speed_noun_is_never_what_moves() -> None:
    # "What speed did the reach speeds reach?": no subject found, no question
    en = _questions("Currents in the channel reach speeds of up to 4 knots.", "en")
    assert not any("speeds reach" in q for q in en)


def test_a_clause_of_place_is_read_with_its_own_subject() -> None:
    en = _questions("The ferry sails to Oban, where the harbour handles 400 boats a year.", "en")
    assert en == {"How many boats does the harbour handle a year?": "400"}


def test_a_level_a_change_ends_at_is_asked_to_what_level() -> None:
    en = _questions(
        "The charity’s savings had fallen to £2m. "
        "The budget for roads was cut to £4m in 2023. "
        "The prize fund has risen to £50,000. "
        "The repair bill amounted to £40,000.",
        "en",
    )
    assert en == {
        "To what level had the charity’s savings fallen?": "£2m",
        "To what level was the budget for roads cut in 2023?": "£4m",
        "To what level has the prize fund risen?": "£50,000",
        "How much did the repair bill amount to?": "£40,000",
    }


def test_taking_part_asks_what_is_joined() -> None:
    it = _questions(
        "Hanno aderito 1.200 famiglie. Hanno partecipato 64 squadre. "
        "Hanno aderito 900 negozi allo sciopero. Al torneo hanno partecipato 32 club."
    )
    assert it == {
        "Quanti negozi hanno aderito allo sciopero?": "900",
        "Quanti club hanno partecipato al torneo?": "32",
    }
    en = _questions("About 300 volunteers took part. Some 40 schools took part in the trial.", "en")
    assert en == {"How many schools took part in the trial?": "40"}
    # the fact stays as a cloze
    assert any("{{c1::1.200}}" in c for c in _clozes("Hanno aderito 1.200 famiglie."))


def test_a_clause_reported_without_that_is_no_frame_of_its_reporter() -> None:
    en = _questions(
        "The council’s own figures show it will need 40 new buses. "
        "The figures suggest the club will need 12 new coaches.",
        "en",
    )
    assert en == {}


def test_last_or_next_after_a_number_counts_nothing() -> None:
    en = _questions("The membership fell to 131 last year.", "en")
    assert en == {}
    assert _clozes("The membership fell to 131 last year.", "en")


def test_a_long_thing_keeps_the_places_it_runs_by() -> None:
    en = _questions(
        "Lorries face a 9-mile detour via Kelso. "
        "The council will resurface a 3-mile section of the A9 this summer. "
        "The 5km route from Leith to the Castle is closed.",
        "en",
    )
    assert en == {
        "How long is the detour via Kelso?": "9 miles",
        "How long is the section of the A9?": "3 miles",
        "How long is the route from Leith to the Castle?": "5km",
    }
