"""Counts away from the head of their clause: a count that describes the subject or the object
('Donors from 38 countries', 'gli studenti di 26 scuole'), a counted subject whose verb only its
place tells ('licence holders fish| in the bay'), and a counted agent after a complement of the
passive ('was taken within six miles of the coast by 14 vessels')."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_count_that_describes_the_subject_is_asked_with_it() -> None:
    en = _questions(
        "Volunteers from 21 countries restored the chapel. "
        "Walkers from about 60 clubs crossed the moor on Sunday.",
        "en",
    )
    assert en == {
        "Volunteers from how many countries restored the chapel?": "21",
        "Walkers from how many clubs crossed the moor on Sunday?": "60",
    }
    it = _questions(
        "Gli alunni di 14 scuole hanno piantato gli alberi. "
        "Volontari da oltre 20 regioni sono arrivati in paese."
    )
    assert it == {
        "Gli alunni di quante scuole hanno piantato gli alberi?": "14",
        "Volontari da quante regioni sono arrivati in paese?": "20",
    }


def test_a_quantity_or_a_singular_before_the_count_describes_nothing() -> None:
    assert _questions("Thousands of 300 readers wrote in.", "en") == {}
    assert _questions("La maggior parte di 40 soci ha votato.") == {}


def test_a_subject_cut_inside_a_phrase_is_not_asked() -> None:
    en = _questions(
        "Owners of 90 flats in Leith were told to keep their doors and windows shut.", "en"
    )
    assert en == {}


def test_a_count_that_describes_the_object_is_asked_with_it() -> None:
    en = _questions("The charity trained nurses from 12 hospitals.", "en")
    assert en == {"Nurses from how many hospitals did the charity train?": "12"}
    en = _questions("The survey has reached tenants of 30 estates.", "en")
    assert en == {"Tenants of how many estates has the survey reached?": "30"}
    it = _questions("La fondazione ha premiato i progetti di 18 comuni.")
    assert it == {"I progetti di quanti comuni ha premiato la fondazione?": "18"}


def test_an_infinitive_before_di_is_no_object_the_count_describes() -> None:
    it = _questions("Il nuovo impianto dovrà ridurre di tre classi i consumi della scuola.")
    assert not any(q.startswith("Ridurre") for q in it)


def test_a_capitalised_italian_noun_of_members_is_counted() -> None:
    it = _questions(
        "Al vertice hanno aderito delegati di 27 Paesi. Delegati di 27 Paesi hanno firmato."
    )
    assert it.get("Delegati di quanti Paesi hanno firmato?") == "27"


def test_a_verb_known_by_its_place_after_a_counted_subject() -> None:
    en = _questions(
        "About 700 permit holders fish in the estuary. "
        "Some 40 narrowboats moor permanently at Stoke.",
        "en",
    )
    assert en == {
        "How many permit holders fish in the estuary?": "700",
        "How many narrowboats moor permanently at Stoke?": "40",
    }


def test_a_word_after_a_counted_subject_that_says_where_they_are_is_no_verb() -> None:
    en = _questions("About 50 members present at the meeting voted against.", "en")
    assert "How many members present at the meeting?" not in en


def test_a_counted_agent_after_a_complement_of_the_passive() -> None:
    en = _questions(
        "Most of the wheat was harvested within three weeks by 11 farms. "
        "The new library was opened in 2021 by 40 pupils.",
        "en",
    )
    assert en.get("How many farms harvested most of the wheat within three weeks?") == "11"
    assert en.get("How many pupils opened the new library in 2021?") == "40"


def test_a_count_in_a_phrase_with_a_participle_after_its_noun() -> None:
    en = _questions("Of the 420 fines handed out in May, 80 were appealed.", "en")
    assert en.get("How many fines were handed out in May?") == "420"
    en = _questions("Of some 70 oaks first recorded in 1820, 12 survive.", "en")
    assert en.get("How many oaks were first recorded in 1820?") == "70"
    it = _questions("Il rapporto parla di 3.400 biciclette vendute nel 2023, il doppio del 2022.")
    assert it.get("Quante biciclette sono state vendute nel 2023?") == "3.400"


def test_a_participle_of_where_they_are_or_a_phrase_that_goes_on_is_not_asked() -> None:
    en = _questions(
        "The clinic serves a population of 90,000 people scattered over the glens.", "en"
    )
    assert "How many people were scattered over the glens?" not in en
    it = _questions("Il rapporto parla di 500 alberi piantati tra il 2021 e il 2023.")
    assert "Quanti alberi sono stati piantati tra il 2021?" not in it
