"""Counts in clauses a little more involved than the plain shape: a plural copula and its
adjective before an Italian counted subject ('Nel borgo sono attive 12 botteghe'), an aside
of how many of them after a counted subject ('30 volunteers, most of them students, ...'),
an English verb whose past is its base form after a counted subject ('40 crews cut ...'), an
adverb between a subject's aside and its verb ('The club, founded in 1921, currently has')."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_an_italian_counted_subject_after_a_copula_and_its_adjective_is_asked() -> None:
    asked = _it("Nel borgo sono attive 12 botteghe artigiane.")
    assert asked["Quante botteghe artigiane sono attive nel borgo?"] == "12"
    asked = _it("Da settembre saranno disponibili 450 posti letto.")
    assert asked["Quanti posti letto saranno disponibili da settembre?"] == "450"


def test_a_copula_and_adjective_with_nothing_to_place_them_are_not_asked() -> None:
    asked = _it("Sono attive 12 botteghe.")
    assert not any(q.startswith("Quante botteghe") for q in asked)


def test_an_aside_of_how_many_of_the_counted_is_skipped_in_both_languages() -> None:
    asked = _en("About 30 volunteers, most of them students, cleaned the beach on Sunday.")
    assert asked["How many volunteers cleaned the beach on Sunday?"] == "about 30"
    asked = _it("Circa 30 volontari, molti dei quali studenti, hanno ripulito la spiaggia.")
    assert asked["Quanti volontari hanno ripulito la spiaggia?"] == "circa 30"


def test_an_english_verb_whose_past_is_its_base_form_follows_a_counted_subject() -> None:
    asked = _en("Last winter 40 crews cut dead trees along the river.")
    assert any(q.startswith("How many crews cut dead trees along the river") for q in asked)


def test_an_adverb_after_the_subject_aside_leaves_the_verb_found() -> None:
    asked = _en("The club, founded in 1921, currently has 640 members.")
    assert asked["How many members does the club have?"] == "640"


def test_an_italian_participle_of_a_verb_with_essere_is_asked_in_its_own_past() -> None:
    asked = _it("La giuria ha scelto tra le 318 opere arrivate in redazione, un record.")
    assert asked["Quante opere sono arrivate in redazione?"] == "318"


def test_an_english_list_item_goes_on_from_a_lead_in_to() -> None:
    asked = _en(
        "The licence requires the operator to:\n\n- hire at least 40 local staff;\n"
        "- publish a yearly report."
    )
    assert asked["How many local staff does the licence require the operator to hire?"] == (
        "at least 40"
    )
    asked = _en("Under the licence, the operator must:\n\n- hire at least 40 local staff;\n")
    assert asked["How many local staff must the operator hire under the licence?"] == "at least 40"


def test_an_italian_avere_past_of_closing_is_asked_of_its_counted_subject() -> None:
    asked = _it("Da gennaio hanno chiuso 37 botteghe.")
    assert asked["Quante botteghe hanno chiuso da gennaio?"] == "37"


def test_the_size_of_a_survey_named_anywhere_is_asked_in_both_languages() -> None:
    asked = _it("Secondo un’indagine della Coldiretti su 520 aziende, il 30% ha perso raccolto.")
    assert asked["Su quante aziende è stata condotta l’indagine della Coldiretti?"] == "520"
    asked = _it("Un sondaggio su circa 900 famiglie ha dato risultati simili.")
    assert asked["Su quante famiglie è stato condotto il sondaggio?"] == "circa 900"
    asked = _en("According to a survey of 3,200 tenants, rents rose again.")
    assert asked["How many tenants were surveyed?"] == "3,200"


def test_a_count_of_the_subject_in_all_between_commas_is_asked_in_both_languages() -> None:
    asked = _it("Le panchine del parco, 64 in tutto, sono state riverniciate.")
    assert asked["Quante panchine del parco sono state riverniciate?"] == "64"
    asked = _en("The lamp posts, about 90 in all, will be replaced next year.")
    assert asked["How many lamp posts will be replaced next year?"] == "about 90"


def test_a_count_in_all_with_another_figure_after_it_is_not_asked() -> None:
    asked = _en("The lamp posts, about 90 in all, will cost £4,000 each.")
    assert not any(q.startswith("How many lamp posts") for q in asked)


def test_a_count_after_a_verb_of_looking_at_leaves_at_after_the_verb() -> None:
    asked = _en("The council looked at 14 designs before choosing a winner.")
    assert asked["How many designs did the council look at?"] == "14"
    asked = _en("The team arrived at 14 farms on Monday.")
    assert not any(q.startswith("How many farms") for q in asked)


def test_a_second_bare_infinitive_shares_the_first_verb_group() -> None:
    asked = _en("The firm will hire new staff and train 40 apprentices.")
    assert asked["How many apprentices will the firm train?"] == "40"
    asked = _en("The scheme is expected to cut waiting times and to create 75 new posts.")
    assert asked["How many new posts is the scheme expected to create?"] == "75"
