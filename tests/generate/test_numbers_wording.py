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
    assert not any(q.startswith("How many") for q in en)  # the level it fell to may be asked
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


def test_a_word_after_the_counted_noun_with_its_own_complement_is_left_out() -> None:
    it = _questions(
        "La mostra è stata allestita da nove curatrici guidate da Paola Neri. "
        "Il piano prevede 20 torri alte 90 metri ciascuna. "
        "Lo stabilimento impiega 300 lavoratrici."
    )
    assert it == {
        "Da quante curatrici è stata allestita la mostra?": "nove",
        "Quante torri prevede il piano?": "20",
        "Quante lavoratrici impiega lo stabilimento?": "300",
    }
    # a measure after a preposition stays in the question
    it = _questions("L’azienda ha aperto 12 negozi in 30 paesi.")
    assert it == {"Quanti negozi ha aperto l’azienda in 30 paesi?": "12"}


def test_an_english_compound_after_an_adjective_is_counted_whole() -> None:
    en = _questions(
        "The council approved 12 new bus lanes. "
        "The quarry will generate 40 heavy goods vehicle trips a day.",
        "en",
    )
    assert en == {
        "How many new bus lanes did the council approve?": "12",
        "How many heavy goods vehicle trips will the quarry generate a day?": "40",
    }


def test_a_clause_after_but_is_no_part_of_the_question() -> None:
    en = _questions("The mill has been sold, securing 210 jobs but ending 40 others.", "en")
    assert en == {"How many jobs does the mill secure?": "210"}


def test_no_frame_without_a_subject() -> None:
    # a list item with no verb, a line the wrapping cut from its subject
    assert _questions("- a trained mentor for three days a week;", "en") == {}
    assert _questions("paper mill has been sold, securing 210 jobs.", "en") == {}


def test_a_dateline_is_no_part_of_the_clause() -> None:
    it = _questions("Viterbo (Lazio) – La cooperativa ha assunto 25 braccianti.")
    assert it == {"Quanti braccianti ha assunto la cooperativa?": "25"}


def test_a_participle_after_a_count_in_a_list_item_is_not_read_as_a_past() -> None:
    text = (
        "The gallery reopens today.\n\nIn figures:\n- 2,000 paintings on show\n"
        "- 60,000 guests expected in the first year\n"
    )
    asked = _questions(text, "en")
    assert not any(q.startswith("How many guests expected") for q in asked)
    assert asked["How many guests are expected in the first year?"] == "60,000"
    assert _questions("Some 12 people died in the crash.", "en") == {
        "How many people died in the crash?": "12"
    }


def test_a_time_spent_keeps_what_it_went_on() -> None:
    en = _questions("Volunteers spent nine months cleaning the old organ pipes.", "en")
    assert en == {"How many months did volunteers spend cleaning the old organ pipes?": "nine"}


def test_a_stand_in_for_a_noun_said_before_is_not_asked() -> None:
    it = _questions(
        "Il borgo ha due campanili, quello di San Rocco e quello di Santa Lucia, il primo "
        "alto 40 metri."
    )
    assert not any(q.startswith("Quanto è alto") for q in it)


def test_a_day_with_its_date_before_the_subject_goes_to_the_end() -> None:
    it = _questions("Martedì 3 marzo il porto di Ancona è rimasto chiuso per dieci ore.")
    assert it == {"Per quante ore è rimasto chiuso il porto di Ancona martedì 3 marzo?": "dieci"}


def test_a_long_thing_that_opens_the_sentence_keeps_what_was_done_to_it() -> None:
    en = _questions("The 12-mile stretch has been resurfaced over the summer.", "en")
    assert en["How long is the stretch that has been resurfaced?"] == "12 miles"
