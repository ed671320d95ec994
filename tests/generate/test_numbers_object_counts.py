"""Counts in plain clauses asked as questions: a count that is the object of a verb of
expecting, a count given as a range of two figures, a counted subject with the name it comes
from, a duration after the verb's object and a place, and a clause of time after the count
that the question leaves out."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_count_expected_is_the_object_of_expect() -> None:
    en = _questions(
        "The museum expects 40,000 visitors in its first season. Organisers expected 300 "
        "stalls to open at the fair.",
        "en",
    )
    assert en["How many visitors does the museum expect in its first season?"] == "40,000"
    assert en["How many stalls did organisers expect to open at the fair?"] == "300"


def test_a_reported_clause_after_expect_is_still_a_clause() -> None:
    en = _questions("The council expects that 300 homes will be built on the site.", "en")
    assert "How many homes does the council expect?" not in en


def test_a_range_of_two_figures_is_the_answer() -> None:
    en = _questions(
        "The hospice cares for between 30 and 40 patients at a time. The barge carried between "
        "20 and 25 tonnes of gravel.",
        "en",
    )
    assert en["For how many patients does the hospice care at a time?"] == "between 30 and 40"
    assert en["How many tonnes of gravel did the barge carry?"] == "between 20 and 25 tonnes"
    it = _questions(
        "La cooperativa ha assunto tra 12 e 15 braccianti. Il rifugio ospita fra 20 e 30 cani."
    )
    assert it["Quanti braccianti ha assunto la cooperativa?"] == "tra 12 e 15"
    assert it["Quanti cani ospita il rifugio?"] == "fra 20 e 30"


def test_a_range_of_others_is_not_asked() -> None:
    en = _questions("Each patient may infect between four and six others in the ward.", "en")
    assert not any(q.startswith("How many others") for q in en)


def test_a_counted_subject_from_a_name_with_and() -> None:
    en = _questions(
        "About 45 volunteers from the Friends of Hatton Park and Gardens cleared the pond.", "en"
    )
    assert en == {
        "How many volunteers from the Friends of Hatton Park and Gardens cleared the pond?": "45"
    }


def test_a_duration_after_the_object_and_a_place() -> None:
    en = _questions(
        "Maria Lowe has kept sheep on the fells above Keswick for 18 years. Tom Hale, who has "
        "sailed out of Padstow for 26 years, backed the plan.",
        "en",
    )
    assert en["For how many years has Maria Lowe kept sheep on the fells above Keswick?"] == "18"
    assert en["For how many years has Tom Hale sailed out of Padstow?"] == "26"


def test_a_clause_of_time_after_the_count_is_left_out() -> None:
    en = _questions("The depot will employ 85 drivers once the new routes are fully running.", "en")
    assert en == {"How many drivers will the depot employ?": "85"}
    en = _questions("The bridge will carry 600 lorries a day until the bypass opens.", "en")
    assert en == {"How many lorries will the bridge carry a day?": "600"}
    it = _questions(
        "Il reparto avrà 24 letti finché il nuovo ospedale non sarà pronto. La mensa servirà "
        "300 pasti quando la scuola riaprirà."
    )
    assert it == {"Quanti letti avrà il reparto?": "24", "Quanti pasti servirà la mensa?": "300"}


def test_a_distance_an_adverb_measures_from_an_implied_place() -> None:
    en = _questions(
        "The cable will run to a planned converter station about 8 kilometres inland. The new "
        "reef sits 3 miles offshore.",
        "en",
    )
    assert en["How far inland is the planned converter station?"] == "8 kilometres"
    assert en["How far offshore is the new reef?"] == "3 miles"


def test_the_term_the_prosecution_asked_for() -> None:
    it = _questions(
        "Il pubblico ministero Carla Fonti aveva chiesto una pena di quattro anni e due mesi. "
        "La procura, rappresentata dal pm Ugo Berti, aveva chiesto due anni per Martini e un "
        "anno per Sala."
    )
    assert it["Quale pena aveva chiesto il pubblico ministero Carla Fonti?"] == (
        "quattro anni e due mesi"
    )
    assert it["Quale pena aveva chiesto la procura per Martini?"] == "due anni"
    en = _questions(
        "Prosecutors had asked for a term of seven years for Dean Platt. The council has asked "
        "for two years to finish the road.",
        "en",
    )
    assert en["What sentence had prosecutors asked for Dean Platt?"] == "seven years"
    assert not any(q.startswith("What sentence has the council") for q in en)


def test_a_dimension_set_off_after_the_object() -> None:
    it = _questions(
        "Il restauro ha interessato soprattutto il campanile, alto 42 metri, e il chiostro."
    )
    assert it["Quanto è alto il campanile?"] == "42 metri"


def test_a_counted_subject_after_a_definite_article() -> None:
    it = _questions(
        "I 96 soci della cooperativa hanno approvato il bilancio. Le 40 aule sono in gran parte "
        "nuove."
    )
    assert it == {"Quanti soci della cooperativa hanno approvato il bilancio?": "96"}
    en = _questions("The 230 residents of the estate were moved to hotels.", "en")
    assert en == {"How many residents of the estate were moved to hotels?": "230"}
    en = _questions("The £3m bridge will open in May.", "en")
    assert not any(q.startswith("How much") for q in en)


def test_a_term_given_to_a_role_set_off_before_the_name() -> None:
    it = _questions(
        "Il tribunale ha condannato a tre anni e un mese il tesoriere, Paolo Riva, e a due anni "
        "la segretaria, Lucia Conti, per appropriazione indebita."
    )
    assert it["A quale pena è stato condannato Paolo Riva?"] == "tre anni e un mese"
    assert it["A quale pena è stata condannata Lucia Conti?"] == "due anni"


def test_two_plural_nouns_joined_by_and_are_counted_together() -> None:
    en = _questions(
        "About 900 shops and offices in the old town lost power. The trust employs 60 people "
        "and manages two farms.",
        "en",
    )
    assert en == {
        "How many shops and offices in the old town lost power?": "900",
        "How many people does the trust employ?": "60",
    }
