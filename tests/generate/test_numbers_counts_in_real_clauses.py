"""Counts asked from the clause of real sentences: a noun whose plural is its singular after an
adjective ("500 juvenile salmon"), an Italian opening of time with no preposition and no comma
("Quest'anno il consorzio ha impiegato ...")."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_english_noun_with_the_same_plural_after_its_adjective() -> None:
    asked = _en(
        "The hatchery released 500 juvenile salmon last spring. "
        "Anglers landed 70 brown trout on the reservoir."
    )
    assert asked["How many juvenile salmon did the hatchery release last spring?"] == "500"
    assert asked["How many brown trout did anglers land on the reservoir?"] == "70"
    # before a plural in -s it is that noun's modifier
    asked = _en("Divers counted 214 chinook salmon redds in the creek.")
    assert asked["How many chinook salmon redds did divers count in the creek?"] == "214"
    asked = _en("The company runs 12 salmon farms in the sea loch.")
    assert asked["How many salmon farms does the company run in the sea loch?"] == "12"


def test_italian_opening_time_with_a_demonstrative_goes_to_the_end() -> None:
    asked = _it(
        "Quest'anno la cooperativa ha assunto 42 operai stagionali, sei in più del 2024. "
        "L'anno scorso il rifugio ha ospitato 900 escursionisti."
    )
    assert asked["Quanti operai stagionali ha assunto la cooperativa quest’anno?"] == "42"
    assert asked["Quanti escursionisti ha ospitato il rifugio l’anno scorso?"] == "900"
    assert not any("ha ospitato l’anno scorso il" in q for q in asked)


def test_italian_count_before_an_elided_time_keeps_its_noun() -> None:
    asked = _it("La società ha piantato 300 alberi quest'anno.")
    assert asked["Quanti alberi ha piantato la società quest’anno?"] == "300"


def test_italian_count_in_a_relative_about_a_verb_complement() -> None:
    asked = _it(
        "La decisione spetterà al consorzio di tutela, che riunisce 312 produttori. "
        "I fondi andranno al consorzio internazionale di Lunaria, che riunisce 1.700 ricercatori."
    )
    assert asked["Quanti produttori riunisce il consorzio di tutela?"] == "312"
    assert asked["Quanti ricercatori riunisce il consorzio internazionale di Lunaria?"] == "1.700"


def test_a_relative_after_a_person_or_another_noun_phrase_is_left_alone() -> None:
    asked = _it("La lettera è stata inviata al presidente della Lega, che guida 12 sezioni.")
    assert not any(q.startswith("Quante sezioni") for q in asked)
    asked = _en("She wrote to the mother of the boy, which has 3 rooms.")
    assert not any(q.startswith("How many rooms") for q in asked)


def test_english_count_in_a_relative_about_a_verb_complement() -> None:
    asked = _en("The grant went to the cooperative, which represents more than 900 growers.")
    assert asked["How many growers does the cooperative represent?"] == "more than 900"


def test_english_count_with_a_participle_and_a_complement_of_time_or_place() -> None:
    asked = _en(
        "The harbour is preparing for a busy summer, with 64 ferry sailings scheduled between "
        "June and August."
    )
    assert asked["How many ferry sailings are scheduled between June and August?"] == "64"


def test_english_count_with_a_possessive_complement_keeps_it() -> None:
    asked = _en(
        "Volunteers have given more than 4,000 hours of their time to the museum this year."
    )
    assert (
        asked["How many hours of their time have volunteers given to the museum this year?"]
        == "more than 4,000"
    )


def test_count_of_a_subject_after_a_bound_of_more_than_one_word() -> None:
    asked = _en("Up to 60 volunteers are expected at the harbour at the weekend.")
    assert asked["How many volunteers are expected at the harbour at the weekend?"] == "up to 60"
    # "fino a" before a time is no bound of a count: "until two summers ago"
    asked = _it("Fino a due estati fa il parco era chiuso ai visitatori.")
    assert not any(q.startswith("Quant") for q in asked)
