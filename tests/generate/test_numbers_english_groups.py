"""English number facts of verb groups and noun phrases: an approximation in '-ly' before the
count ('roughly 9,000'), a phrasal verb's particle ('has set aside £2m'), a counted subject
placed with 'in' or 'at' ('40 pupils at the school were sent home'). On small texts of their
own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean
from quizlib.generate.verbs import lemma


def questions(text: str) -> dict[str, str]:
    doc = build_document(clean(f"Story\n\n{text}\n"), "en")
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_an_approximation_in_ly_is_left_to_the_answer() -> None:
    qs = questions("Hospital kitchens will have to cook roughly 4,000 extra dinners a week.")
    assert qs["How many extra dinners will hospital kitchens have to cook a week?"] == "4,000"
    qs = questions("The brewery will hire approximately 35 new staff.")
    assert qs["How many new staff will the brewery hire?"] == "35"
    qs = questions("The hamlet has fewer than 200 residents.")
    assert qs["How many residents does the hamlet have?"] == "200"


def test_a_particle_goes_with_its_verb() -> None:
    qs = questions("The trust has set aside £640,000 for new boilers.")
    assert qs["How much has the trust set aside for new boilers?"] == "£640,000"
    qs = questions("The mill laid off 120 workers in March.")
    assert qs["How many workers did the mill lay off in March?"] == "120"
    qs = questions("The food bank handed out 2,500 parcels over the winter.")
    assert qs["How many parcels did the food bank hand out over the winter?"] == "2,500"
    qs = questions("The parish has set up a fund of £30,000.")
    assert qs["How large a fund has the parish set up?"] == "£30,000"


def test_a_particle_after_be_is_no_verb_s() -> None:
    qs = questions("Bookings are up 12% on last summer.")
    assert not any("are up" in q for q in qs)


def test_a_counted_subject_placed_with_in_or_at_is_asked_with_its_place() -> None:
    qs = questions("About 70 pupils at the academy were sent home with food poisoning.")
    assert qs["How many pupils at the academy were sent home with food poisoning?"] == "70"
    qs = questions("An estimated 3 million people in Wales live with a long-term illness.")
    assert qs["How many people in Wales live with a long-term illness?"] == "3 million"
    qs = questions(
        "By the end of the trial, 57 patients in the treated group had recovered from the "
        "infection, against 31 in the other."
    )
    asked = "How many patients in the treated group had recovered from the infection by the end"
    assert qs[f"{asked} of the trial?"] == "57"


def test_a_counted_subject_before_a_year_is_not_placed() -> None:
    qs = questions("Some 40 people in 2019 moved to the island.")
    assert "How many people in 2019 moved to the island?" not in qs


def test_a_subject_clause_cut_inside_a_figure_is_not_asked() -> None:
    qs = questions("More than 300 cleaners in Leeds have won a claim worth £2.7 million.")
    assert not any(q.endswith("£2?") for q in qs)


def test_an_english_present_in_xes_has_its_base_without_e() -> None:
    assert lemma("fixes", "en") == "fix"
    assert lemma("mixes", "en") == "mix"
    qs = questions("A new contract fixes about 70% of the mill's gas costs.")
    assert "What share of the mill’s gas costs does a new contract fix?" in qs


def test_an_age_after_a_name_is_asked_of_the_person() -> None:
    text = (
        "Residents met on Monday. Ruth Calder, 66, from Kelso, said the road was unsafe. "
        "Calder, who chairs the group, spoke first."
    )
    assert questions(text)["How old is Ruth Calder?"] == "66"
    text = (
        "The winner was Owen Pryce, a 17-year-old apprentice from Neath, who scored twice. "
        "Pryce said he was delighted."
    )
    assert questions(text)["How old is Owen Pryce?"] == "17"
    text = (
        "Among them was 63-year-old retired nurse Eileen Marsh from Tring. Marsh said she "
        "would go back."
    )
    assert questions(text)["How old is Eileen Marsh?"] == "63"


def test_an_age_is_not_asked_of_someone_who_died() -> None:
    text = "Peter Garland, 81, died on Sunday. Garland had run the shop for decades."
    assert "How old is Peter Garland?" not in questions(text)


def test_a_count_a_noun_of_size_or_figure_names_is_asked_with_the_noun() -> None:
    qs = questions("The regatta drew a crowd of about 6,500.")
    assert qs["How large a crowd did the regatta draw?"] == "6,500"
    qs = questions("The ferry drew a huge crowd of 900 people.")
    assert qs["How large a crowd did the ferry draw?"] == "900"
    qs = questions("The clinic serves a population of around 90,000 people.")
    assert qs["What population does the clinic serve?"] == "90,000"
    qs = questions("The arena has a capacity of 9,200.")
    assert qs["What capacity does the arena have?"] == "9,200"
    qs = questions("The board has set a target of 4,000 new homes a year by 2030.")
    assert qs["What target has the board set by 2030?"] == "4,000"


def test_a_population_a_place_has_is_left_to_the_place() -> None:
    qs = questions("The island has a population of about 2,400.")
    assert "What population does the island have?" not in qs


def test_a_sum_paid_from_a_giver_is_asked_as_what_the_subject_receives() -> None:
    qs = questions("The dig was funded with £480,000 from the Heritage Fund.")
    assert qs["How much funding did the dig receive from the Heritage Fund?"] == "£480,000"
    qs = questions("The pilot is backed by £1.9m from the Clean Air Programme.")
    assert qs["How much backing does the pilot receive from the Clean Air Programme?"] == "£1.9m"
    qs = questions("The library has been financed with €3m from the region in 2021.")
    assert qs["How much financing has the library received from the region in 2021?"] == "€3m"


def test_a_sum_of_several_givers_is_not_asked_of_the_first() -> None:
    qs = questions("The dig was funded with £480,000 from the Heritage Fund and the county.")
    assert not any(q.startswith("How much funding") for q in qs)


def test_a_compound_of_a_figure_and_a_unit_before_the_object_is_asked_of_the_object() -> None:
    qs = questions("The trust must still sign a new 99-year lease with the council.")
    assert qs["How long is the new lease the trust must sign with the council?"] == "99 years"
    qs = questions("The brewery has bought a 6-hectare plot near the canal.")
    assert qs["How large is the plot the brewery has bought near the canal?"] == "6 hectares"
    qs = questions("Glenmore ended a 17-year wait for the league title on Sunday.")
    asked = "How long was the wait Glenmore ended for the league title on Sunday?"
    assert qs[asked] == "17 years"
    qs = questions("The board will open a 20-bed recovery ward in March.")
    assert qs["How many beds are in the recovery ward the board will open in March?"] == "20"
    qs = questions("The couple ran a 9-bedroom guest house in Oban.")
    assert qs["How many bedrooms are in the guest house the couple ran in Oban?"] == "9"


def test_a_compound_before_a_longer_noun_phrase_is_not_asked() -> None:
    qs = questions("The council bought a 6-hectare plot extension road map.")
    assert not any(q.startswith("How large") for q in qs)


def test_a_share_opening_the_sentence_is_asked_after_more_approximations() -> None:
    qs = questions("Around 64 per cent of the island's adults speak Gaelic.")
    assert qs["What percentage of the island’s adults speak Gaelic?"] == "64%"
    qs = questions("Fewer than 2% of tagged geese crossed the estuary.")
    assert qs["What percentage of tagged geese crossed the estuary?"] == "2%"
    qs = questions("Roughly 80% of all surveyed farms fall into the lowest band.")
    assert qs["What percentage of all surveyed farms fall into the lowest band?"] == "80%"


def test_a_share_a_wish_states_is_not_asked_as_a_fact() -> None:
    qs = questions("Ministers set a target that at least 25% of meals are cooked on site.")
    assert not any(q.startswith("What percentage") for q in qs)


def test_a_part_of_a_group_a_name_owns_is_asked_with_the_group() -> None:
    qs = questions("Four of Derby's 11 leisure centres will close in the spring.")
    assert qs["How many of Derby’s 11 leisure centres will close in the spring?"] == "four"


def test_a_level_a_sum_reached_is_asked() -> None:
    qs = questions("Paid ticket sales reached €1.4m, also a record.")
    assert qs["How much did paid ticket sales reach?"] == "€1.4m"
    qs = questions("The appeal total had passed £30,000 by Friday.")
    assert not any(q.startswith("How much had the appeal total passed") for q in qs)


def test_a_plural_present_before_an_adverb_in_ly_is_the_verb() -> None:
    qs = questions("Calves rely heavily on the herd for about six months.")
    assert qs["For how many months do calves rely on the herd heavily?"] == "six"


def test_a_range_is_a_measure_its_noun_asks() -> None:
    qs = questions("The new minibus has a range of about 180 miles.")
    assert qs["What is the range of the new minibus?"] == "180 miles"


def test_a_present_before_an_object_with_no_article_is_the_verb() -> None:
    qs = questions("The orchestra receives core funding of £800,000 a year from the council.")
    assert qs["How much core funding does the orchestra receive a year from the council?"] == (
        "£800,000"
    )
    qs = questions("The city parks hold 40 events a year.")
    assert not any("does the city park" in q for q in qs)


def test_an_s_noun_before_a_past_is_no_verb() -> None:
    qs = questions("The project costs rose by £3m last year.")
    assert not any("does the project cost" in q for q in qs)


def test_a_compound_tail_cut_at_and_is_left_out() -> None:
    qs = questions("The college will run a new 3-year course in welding and fabrication.")
    assert qs["How long is the new course the college will run?"] == "3 years"


def test_a_particle_of_a_verb_that_takes_no_object_stays_out_of_the_group() -> None:
    qs = questions("The visitors came back 14 points behind at half-time.")
    assert not any("come back" in q for q in qs)
    qs = questions("The side fought back 3 goals in the second half.")
    assert not any("fight back" in q for q in qs)


def test_a_linking_phrase_is_not_kept_as_the_time_of_the_count() -> None:
    doc = build_document(clean("Story\n\nIn contrast, the mill hired 240 staff.\n"), "en")
    asked = [c.question for c in numbers.extract(doc) if c.question]
    assert not any("in contrast" in q for q in asked)


def test_a_compound_noun_keeps_its_complement_of() -> None:
    qs = questions("The estate manages a 90-hectare stretch of peat bog.")
    assert qs["How large is the stretch of peat bog the estate manages?"] == "90 hectares"
