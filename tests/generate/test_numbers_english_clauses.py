"""English number facts of plain clauses: a duration after a complement of place ('has lived
on Mill Lane for 31 years'), a count on top of others ('will add 12 more turbines') and a sum
before the noun of money that is the verb's object ('agreed a £548m settlement'). On small
texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str) -> dict[str, str]:
    doc = build_document(clean(f"Story\n\n{text}\n"), "en")
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_a_duration_after_a_complement_of_place_is_asked_with_it() -> None:
    qs = questions("Martha Quill has lived on Orchard Row for 27 years.")
    assert qs["For how many years has Martha Quill lived on Orchard Row?"] == "27"
    qs = questions("The trawler was trapped in the pack ice for five months.")
    assert qs["For how many months was the trawler trapped in the pack ice?"] == "five"
    qs = questions("Pupils must stay away from the nursery for 14 days.")
    assert qs["For how many days must pupils stay away from the nursery?"] == "14"
    qs = questions("The portrait hung in the hall of the manor for 80 years.")
    assert qs["For how many years did the portrait hang in the hall of the manor?"] == "80"


def test_a_duration_after_a_split_verb_group_is_not_asked() -> None:
    qs = questions(
        "Because cheese must by law be aged in caves in the valley for at least two years, "
        "the first wheels will not be sold until 2030."
    )
    assert not any("years" in q for q in qs)


def test_a_duration_after_a_clause_is_not_read_as_a_place() -> None:
    qs = questions("The pier reopened in the spring after repairs that lasted for six months.")
    assert not any(q.startswith("For how many months did the pier") for q in qs)


def test_a_count_on_top_of_others_is_asked_with_more() -> None:
    qs = questions("The operator will install 9 more rapid chargers.")
    assert qs["How many more rapid chargers will the operator install?"] == "9"
    qs = questions("The trust hopes to plant 300 more oaks.")
    assert qs["How many more oaks does the trust hope to plant?"] == "300"
    qs = questions("The bakery sold 40 more than last year.")
    assert not any("more" in q for q in qs)


def test_a_sum_before_the_noun_of_money_the_verb_takes_is_asked_how_large() -> None:
    qs = questions("The county council agreed a £212 million settlement with its teachers.")
    assert (
        qs["How large a settlement did the county council agree with its teachers?"]
        == "£212 million"
    )
    qs = questions("The village hall has received a £45,000 grant from the lottery.")
    assert qs["How large a grant has the village hall received from the lottery?"] == "£45,000"
    qs = questions("The harbour board was awarded an £8m loan.")
    assert qs["How large a loan was the harbour board awarded?"] == "£8m"


def test_a_sum_before_a_thing_it_pays_for_is_not_asked_how_large() -> None:
    qs = questions("The county council approved a £9 million plan to rebuild the pier.")
    assert not any(q.startswith("How large") for q in qs)
    qs = questions("The agency awarded a further £2m grant to the port.")
    assert not any(q.startswith("How large a") for q in qs)


def test_a_distance_in_km_is_a_count_of_kilometres() -> None:
    qs = questions("The geese flew 3,200km to Iceland.")
    assert qs["How many kilometres did the geese fly to Iceland?"] == "3,200km"
    qs = questions("The rowers covered 64 km on the first day.")
    assert qs["How many kilometres did the rowers cover on the first day?"] == "64 km"


def test_a_km_measure_of_a_noun_speed_or_area_is_no_distance() -> None:
    assert not any("kilometres" in q for q in questions("The 7km trail opens in May."))
    assert not any("kilometres" in q for q in questions("Trams run at 50 km/h in the centre."))
    assert not any("kilometres" in q for q in questions("The forest covers 40 km² of hills."))
    qs = questions("The canal ran for 40 miles (64 km) from the coast to the town.")
    assert not any("kilometres" in q for q in qs)


def test_a_change_by_a_measure_after_the_object_is_asked_by_how_much() -> None:
    qs = questions("The builders lowered the spire by 3.5 metres.")
    assert qs["By how many metres did the builders lower the spire?"] == "3.5 metres"
    qs = questions("The port authority will extend the quay by 120 metres.")
    assert qs["By how many metres will the port authority extend the quay?"] == "120 metres"
    qs = questions("The health board has reduced the grant by £30,000 this year.")
    assert qs["By how much has the health board reduced the grant this year?"] == "£30,000"


def test_a_counted_subject_before_a_verb_that_takes_no_object_is_asked() -> None:
    qs = questions("About 70 footpaths remain closed.")
    assert qs["How many footpaths remain closed?"] == "70"
    qs = questions("Around 2,500 researchers work at the campus.")
    assert qs["How many researchers work at the campus?"] == "2,500"


def test_a_leading_clause_of_contrast_or_reason_is_left_out() -> None:
    qs = questions("While most walkers kept to the paths, the rangers logged 212 fires.")
    assert qs["How many fires did the rangers log?"] == "212"
    qs = questions("Because the ferry was cancelled, the hotel lost 30 bookings.")
    assert qs["How many bookings did the hotel lose?"] == "30"
    qs = questions("If the bid succeeds, the club will sign 4 players.")
    assert not any("players" in q for q in qs)


def test_a_noun_of_money_as_a_mass_with_of_is_asked_how_much() -> None:
    qs = questions("The theatre received core funding of €2.4m from the ministry.")
    assert qs["How much core funding did the theatre receive from the ministry?"] == "€2.4m"
    qs = questions("The charity received the funding of £2m.")
    assert not any(q.startswith("How much funding") for q in qs)


def test_a_sum_that_is_the_subject_is_asked_how_much() -> None:
    qs = questions("£450,000 has been spent on new lifeboats.")
    assert qs["How much has been spent on new lifeboats?"] == "£450,000"
    qs = questions("£15m of the fund was returned.")
    assert qs["How much of the fund was returned?"] == "£15m"


def test_a_dimension_of_a_kind_after_the_copula_is_the_subject_s() -> None:
    qs = questions("Holm Ness is a sand bar about 4km long.")
    assert qs["How long is Holm Ness?"] == "4km"
    qs = questions("The village is near a lake 3km long.")
    assert not any(q.startswith("How long") for q in qs)


def test_a_gerund_clause_after_an_of_complement_stays_with_the_counted() -> None:
    qs = questions("The council logged 57 complaints of drivers ignoring the signs.")
    assert qs["How many complaints of drivers ignoring the signs did the council log?"] == "57"


def test_a_sum_before_a_thing_built_or_done_is_its_cost() -> None:
    qs = questions("The county has approved a £6.2 million plan to rebuild the harbour wall.")
    assert qs["What is the cost of the plan to rebuild the harbour wall?"] == "£6.2 million"
    qs = questions("The gallery reopened after a £9 million refurbishment.")
    assert qs["What was the cost of the refurbishment?"] == "£9 million"
    qs = questions("The £7 million project was paid for by the lottery.")
    assert qs["What was the cost of the project?"] == "£7 million"
    qs = questions("The port must fund a £2m upgrade to the quay.")
    assert qs["What is the cost of the upgrade?"] == "£2m"
    assert not any("cost" in q for q in questions("The £2m museum shop opened in May."))


def test_a_sum_before_a_gap_is_its_size() -> None:
    qs = questions("The health board faces a £12m shortfall this year.")
    assert qs["How large a shortfall does the health board face this year?"] == "£12m"


def test_a_share_opening_a_clause_after_while_is_asked() -> None:
    qs = questions("Entries hit a record, while around 60% of the riders finished the course.")
    assert qs["What percentage of the riders finished the course?"] == "60%"
    qs = questions("The club won, and 40% of the fans stayed.")
    assert not any(q.startswith("What percentage") for q in qs)


def test_a_percentage_more_or_less_after_the_verb_is_asked_how_much_more() -> None:
    qs = questions("Tenants will pay 6.5% more in rent from May.")
    assert qs["How much more will tenants pay in rent from May?"] == "6.5%"
    qs = questions("Commuters will pay 3% less for season tickets.")
    assert qs["How much less will commuters pay for season tickets?"] == "3%"
    assert not any("more" in q for q in questions("The bakery sold 12% more loaves."))
    assert not any("more" in q for q in questions("Tenants paid 12% more than last year."))


def test_what_a_subject_is_home_to_is_counted() -> None:
    qs = questions("The marsh is home to 180 species of moth.")
    assert qs["How many species of moth is the marsh home to?"] == "180"
    assert not any("home to" in q for q in questions("It is home to 180 species of moth."))


def test_the_clause_a_fact_means_is_asked_alone() -> None:
    qs = questions("The new rate means a typical tenant will pay £1,140 a year in rent.")
    assert qs["How much will a typical tenant pay a year in rent?"] == "£1,140"
    qs = questions("The closure means 35 jobs will go.")
    assert qs["How many jobs will go?"] == "35"
    assert questions("By means of 12 pumps the water was removed.") == {}


def test_a_sum_after_the_copula_of_a_plural_or_a_future_is_asked_how_much() -> None:
    assert questions("Permits are £45 a year.") == {"How much are permits a year?": "£45"}
    assert questions("The levy will be £300.") == {"How much will the levy be?": "£300"}
    assert questions("A permit is £45.") == {}


def test_who_did_what_a_participle_after_the_object_says_is_counted() -> None:
    qs = questions("Parents handed in a petition signed by 2,300 people.")
    assert qs["How many people signed the petition?"] == "2,300"
    qs = questions("The editor printed a letter written by 40 doctors.")
    assert not any(q.startswith("How many doctors") for q in qs)


def test_a_sayer_with_two_asides_reports_the_clause() -> None:
    qs = questions("Its treasurer, retired nurse Ada Lamb, 68, said the club had raised £4,100.")
    assert qs["How much had the club raised?"] == "£4,100"


def test_an_average_of_a_count_is_asked_on_average() -> None:
    qs = questions("Young eagles spent an average of 14 months at sea.")
    assert qs["How many months did young eagles spend at sea on average?"] == "14"
    qs = questions("Tourists spent an average of €95 a day.")
    assert qs == {"How much did tourists spend a day on average?": "€95"}


def test_a_relative_clause_after_a_clause_is_no_subject_s() -> None:
    qs = questions(
        "The village marks the end of the trail, which runs 96 kilometres from the coast."
    )
    assert not any("village marks" in q for q in qs)


def test_a_name_in_an_aside_after_a_definite_subject_is_left_out() -> None:
    qs = questions("The oldest oak, King Ted in Hale Wood, is about 30 metres tall.")
    assert qs["How tall is the oldest oak?"] == "30 metres"


def test_a_name_in_an_of_complement_may_qualify_the_noun_after_it() -> None:
    qs = questions("The stone bears 9 lines of Greek text.")
    assert qs["How many lines of Greek text does the stone bear?"] == "9"
    qs = questions("12 members of Congress voted against the bill.")
    assert qs["How many members of Congress voted against the bill?"] == "12"


def test_a_counted_subject_opening_a_second_clause_is_asked() -> None:
    qs = questions("Footfall fell sharply, and fourteen shops have closed since May.")
    assert qs["How many shops have closed since May?"] == "fourteen"
    qs = questions("The mill was sold, but 60 jobs will go.")
    assert qs["How many jobs will go?"] == "60"


def test_a_headline_count_a_question_would_ask_keeps_a_cloze_worth_one_alone() -> None:
    doc = build_document(
        clean(
            "Leeds mill saved in rescue\n\nNorwegian group Fjordvik buys the old Leeds mill out "
            "of administration, but 60 jobs will go\n\nThe mill opened in 1901 on the river.\n"
        ),
        "en",
    )
    found = [c for c in numbers.extract(doc) if c.answer == "60"]
    assert found and all(c.question is None and c.score >= 0.45 for c in found)


def test_all_before_a_count_is_left_out_of_its_question() -> None:
    qs = questions("The scheme will be extended to all 212 primary schools in the county.")
    assert qs["To how many primary schools will the scheme be extended in the county?"] == "212"
    qs = questions("The council wrote to all 900 households.")
    assert qs["To how many households did the council write?"] == "900"


def test_the_worth_of_an_object_is_asked() -> None:
    qs = questions("The nurses won a back-pay claim worth an estimated £2.1 million.")
    assert qs["How much was the back-pay claim worth?"] == "£2.1 million"
    qs = questions("The club has signed a kit deal worth £3m a year.")
    assert qs["How much is the kit deal worth a year?"] == "£3m"


def test_a_plural_present_after_its_plural_subject_is_the_verb() -> None:
    qs = questions("The night buses carry 900 passengers a week.")
    assert qs["How many passengers do the night buses carry a week?"] == "900"
    qs = questions("Calves rely on their mother's milk for six months.")
    assert qs["For how many months do calves rely on their mother’s milk?"] == "six"


def test_a_sum_costs_a_plural_noun_with_a_word_before_it() -> None:
    qs = questions("The toll costs lorry drivers £40 a day.")
    assert qs["How much does the toll cost lorry drivers a day?"] == "£40"
    qs = questions("The new rules will cost small landlords £2,000.")
    assert qs["How much will the new rules cost small landlords?"] == "£2,000"


def test_a_sum_before_a_thing_built_asks_its_cost() -> None:
    qs = questions("Work has started on a £14 million sports centre in the town.")
    assert qs["What is the cost of the sports centre?"] == "£14 million"
    qs = questions("The £6m second phase will add a footbridge.")
    assert qs["What is the cost of the second phase?"] == "£6m"


def test_a_relative_after_a_name_of_an_of_phrase_is_not_the_subjects() -> None:
    qs = questions("The sale of Brindle Mills, which employed 240 people, was agreed.")
    assert not any("the sale of Brindle Mills" in q for q in qs)
    qs = questions("The mayor of Leeds, who has signed 30 orders, resigned.")
    assert qs["How many orders has the mayor of Leeds signed?"] == "30"


def test_a_record_or_combined_figure_is_asked_as_the_figure() -> None:
    qs = questions("The ferries flew the flag for a combined 2,340 hours.")
    assert qs["For how many hours did the ferries fly the flag?"] == "2,340"
    qs = questions("Volunteers cleared a record 8,400 hectares of gorse last winter.")
    assert qs["How many hectares of gorse did volunteers clear last winter?"] == "8,400 hectares"
