"""English number questions by the shape of their clause: verbs whose past is their base form,
a sum that passes a threshold, a verb of the infinitive after an object, and the items of a
list of noun phrases after its lead."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_verb_whose_past_is_its_base_form_after_a_singular_subject() -> None:
    en = _questions(
        "The bakery cut its prices by 15 pence. The gale hit 60 houses on the coast. "
        "Halvora put 200 workers on leave.",
        "en",
    )
    assert en == {
        "By how many pence did the bakery cut its prices?": "15",
        "How many houses did the gale hit on the coast?": "60",
        "How many workers did Halvora put on leave?": "200",
    }


def test_a_noun_of_the_same_form_is_no_verb() -> None:
    en = _questions("The pay cut saved 90 jobs at the mill.", "en")
    assert en == {"How many jobs did the pay cut save at the mill?": "90"}


def test_a_sum_past_a_threshold_is_not_asked_how_much() -> None:
    en = _questions(
        "The appeal had passed £48,000 by Sunday. Ticket sales have topped $3 million.", "en"
    )
    assert en == {}
    it = _questions("La raccolta aveva superato i 48.000 euro domenica.", "it")
    assert not any(q.startswith("Quanto") for q in it)  # "Quale soglia ...?" asks it


def test_a_verb_after_to_is_not_the_main_verb() -> None:
    en = _questions("The county expects the new bypass to cost £31 million.", "en")
    assert en == {"How much does the county expect the new bypass to cost?": "£31 million"}


def test_the_items_of_a_list_after_its_lead_have_no_verb_of_their_own() -> None:
    en = _questions(
        "The new wing includes: 40 beds kept for children; a garden on the roof. "
        "The museum's highlights are: three galleries restored after the flood; a cafe.",
        "en",
    )
    assert en == {}
    it = _questions(
        "Il nuovo reparto comprende: 40 letti riservati ai bambini; un giardino sul tetto.", "it"
    )
    assert it == {}


def test_a_list_of_clauses_keeps_its_verbs() -> None:
    en = _questions("The result was clear: 21 members voted for the plan; 4 abstained.", "en")
    assert en == {"How many members voted for the plan?": "21"}


def test_a_bulleted_item_with_a_participle_has_no_verb() -> None:
    en = _questions(
        "The new wing has:\n- 40 beds kept for children;\n- three wards built after the flood;\n"
        "- a garden on the roof.",
        "en",
    )
    # the participle is asked with a verb of being, never as a past of its own
    assert en == {
        "How many beds are kept for children?": "40",
        "How many wards were built after the flood?": "three",
    }


def test_a_plural_after_a_gerund_that_describes_it_is_a_subject() -> None:
    en = _questions(
        "Starting wages for kitchen staff will be £26,000. Operating theatres will treat 90 "
        "patients a day.",
        "en",
    )
    assert en == {
        "How much will starting wages for kitchen staff be?": "£26,000",
        "How many patients will operating theatres treat a day?": "90",
    }


def test_a_gerund_before_an_article_opens_no_subject() -> None:
    assert _questions("Following complaints the trust closed 12 wards.", "en") == {}


def test_an_adverb_between_an_auxiliary_and_its_participle() -> None:
    en = _questions(
        "The tunnel was initially expected to cost £80 million. The plan was widely expected "
        "to create 300 jobs.",
        "en",
    )
    assert en == {
        "How much was the tunnel expected to cost?": "£80 million",
        "How many jobs was the plan expected to create?": "300",
    }


def test_a_verb_with_an_object_and_an_infinitive() -> None:
    en = _questions(
        "The board expected the new roof to cost £2 million. The club wants its players to "
        "train 20 hours a week.",
        "en",
    )
    assert en == {
        "How much did the board expect the new roof to cost?": "£2 million",
        "How many hours does the club want its players to train a week?": "20",
    }


def test_a_leading_year_after_a_preposition_of_time_goes_to_the_end() -> None:
    en = _questions("Since 2022 the trust has planted 9,000 oaks on the estate.", "en")
    assert en["How many oaks has the trust planted on the estate since 2022?"] == "9,000"


def test_a_participle_and_its_agent_after_a_noun_leave_the_question() -> None:
    en = _questions(
        "The quarry has paid £40,000 a year into a village hall fund managed by the "
        "Ashford Parish Council.",
        "en",
    )
    assert en == {"How much has the quarry paid a year into a village hall fund?": "£40,000"}


def test_a_noun_before_a_same_form_verb_and_a_present_is_no_subject() -> None:
    en = _questions("The bypass cut through the downs saves 15 minutes.", "en")
    assert en == {"How many minutes does the bypass cut through the downs save?": "15"}


def test_a_sum_a_noun_names_with_a_rate_after_it_is_not_asked() -> None:
    assert _questions("The trust set a charge of £8 a day.", "en") == {}
