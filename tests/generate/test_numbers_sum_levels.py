"""Sums and percentages a figure amounts to or stays around, and changes whose size an
approximation follows "by" ("di"): 'si aggira sui 4 milioni', 'sono pari al 40%', 'have
fallen by about 80%'."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_change_by_an_approximate_size_is_asked() -> None:
    en = _questions(
        "Otter sightings on the canal have risen by about 70% since 2010. "
        "Bus journeys in the county fell by more than 15% last year.",
        "en",
    )
    assert en["By how much have otter sightings on the canal risen since 2010?"] == "70%"
    assert en["By how much did bus journeys in the county fall last year?"] == "15%"
    it = _questions(
        "Le iscrizioni alla scuola di musica sono calate di circa il 20% rispetto al 2022. "
        "I prezzi degli affitti sono cresciuti di oltre il 12 per cento in tre anni."
    )
    assert (
        it["Di quanto sono calate le iscrizioni alla scuola di musica rispetto al 2022?"] == "20%"
    )
    assert it["Di quanto sono cresciuti i prezzi degli affitti in tre anni?"] == "12 per cento"


def test_a_sum_an_italian_figure_stays_around_is_asked_with_its_verb() -> None:
    it = _questions(
        "Il costo del biglietto si aggira sui 35 euro. "
        "Il prezzo del miele si mantiene attorno ai 12 euro al chilo. "
        "Nel 2025 la spesa per l’energia si è attestata sui 2 milioni di euro."
    )
    assert it["A quanto si aggira il costo del biglietto?"] == "35 euro"
    assert it["A quanto si mantiene il prezzo del miele al chilo?"] == "12 euro"
    assert it["A quanto si è attestata la spesa per l’energia nel 2025?"] == "2 milioni di euro"


def test_a_sum_or_a_percentage_a_copula_says_is_equal_to_is_asked() -> None:
    it = _questions(
        "Il debito dell’azienda è pari a 7 milioni di euro. "
        "Le perdite dell’acquedotto sono pari al 38 per cento. "
        "La quota di energia rinnovabile si attesta al 9 per cento."
    )
    assert it["A quanto ammonta il debito dell’azienda?"] == "7 milioni di euro"
    assert it["A quanto sono pari le perdite dell’acquedotto?"] == "38 per cento"
    assert it["A quanto si attesta la quota di energia rinnovabile?"] == "9 per cento"


def test_no_level_question_of_a_threshold_passed() -> None:
    it = _questions("Il passivo ha superato i 21 milioni di euro.")
    assert not any(q.startswith("A quanto") for q in it)


def test_a_share_after_of_which_is_asked_of_the_group() -> None:
    en = _questions(
        "The inspectors checked 240 kitchens, of which 35% failed the hygiene test.", "en"
    )
    assert en["What percentage of the kitchens failed the hygiene test?"] == "35%"


def test_no_share_of_a_count_of_times() -> None:
    en = _questions("The crew were called out 900 times, of which 20% were false alarms.", "en")
    assert not any(q.startswith("What percentage") for q in en)


def test_a_comparison_a_percentage_measures_is_asked() -> None:
    en = _questions(
        "Ferry fares will be 7% higher than last summer. "
        "Attendance at the club was 15 per cent lower than in 2022.",
        "en",
    )
    assert en["By how much will ferry fares be higher than last summer?"] == "7%"
    assert en["By how much was attendance at the club lower than in 2022?"] == "15 per cent"
    it = _questions(
        "Il costo della mensa è del 12% più alto rispetto all’anno scorso. "
        "Le bollette del gas sono più care del 20 per cento rispetto al 2021."
    )
    assert it["Di quanto è più alto il costo della mensa rispetto all’anno scorso?"] == "12%"
    assert it["Di quanto sono più care le bollette del gas rispetto al 2021?"] == "20 per cento"


def test_a_sum_after_an_aside_between_the_subject_and_its_verb_is_asked() -> None:
    en = _questions(
        "The toll, which will apply to vans, lorries and coaches using the bridge, "
        "is expected to raise about £600,000 a year.",
        "en",
    )
    assert en["How much is the toll expected to raise a year?"] == "£600,000"
    it = _questions(
        "Il nuovo auditorium «Arturo Toscanini», costruito in via Verdi su un terreno che un "
        "tempo ospitava una fabbrica, è costato 8,2 milioni di euro."
    )
    assert it["Quanto è costato il nuovo auditorium Arturo Toscanini?"] == "8,2 milioni di euro"


def test_no_sum_of_the_subject_when_the_aside_holds_another_clause() -> None:
    en = _questions(
        "The review, published on Monday, found that the 80 drivers, most of whom are "
        "agency staff, had been paid £1.20 an hour less than others.",
        "en",
    )
    assert not any("review" in q for q in en)


def test_a_price_in_an_aside_with_what_it_paid_for_is_asked() -> None:
    en = _questions("The depot, which cost £12 million to build, now employs 300 people.", "en")
    assert en["How much did the depot cost to build?"] == "£12 million"


def test_the_share_of_a_cost_its_payer_paid_is_asked() -> None:
    it = _questions(
        "La nuova palestra è costata 1,4 milioni di euro, finanziati per l’85% con i fondi "
        "del PNRR. Il Comune ha inaugurato il nuovo centro diurno, costato 520.000 euro e "
        "finanziato per il 60 per cento dalla Fondazione Cariplo."
    )
    assert it["Quale quota del costo della nuova palestra è finanziata con i fondi del PNRR?"] == (
        "85%"
    )
    assert it[
        "Quale quota del costo del nuovo centro diurno è finanziata dalla Fondazione Cariplo?"
    ] == ("60 per cento")


def test_a_price_in_an_aside_after_an_object_is_asked_when_its_participle_agrees() -> None:
    it = _questions(
        "Ieri è stata inaugurata la nuova piscina comunale, costata 2,6 milioni di euro. "
        "Il Comune ha rifatto il tetto della chiesa, costata nel 1700 molto meno."
    )
    assert it["Quanto è costata la nuova piscina comunale?"] == "2,6 milioni di euro"
    it = _questions("La ditta ha completato il restauro della torre, costata 90.000 euro.")
    assert not any(q.startswith("Quanto") for q in it)


def test_a_sum_in_a_clause_joined_with_its_own_subject_is_asked() -> None:
    en = _questions(
        "The parish council has pledged £40,000, and the club hopes to raise £65,000 from "
        "sponsors.",
        "en",
    )
    assert en["How much does the club hope to raise from sponsors?"] == "£65,000"


def test_a_level_below_or_above_another_is_asked_by_how_much() -> None:
    en = _questions(
        "Salaries in the valley are about 14% below the regional average. "
        "House prices in the village remained 20% above the county average.",
        "en",
    )
    assert en["By how much are salaries in the valley below the regional average?"] == "14%"
    assert en["By how much did house prices in the village remain above the county average?"] == (
        "20%"
    )


def test_a_sum_a_relative_after_what_it_is_for_ends_is_asked() -> None:
    it = _questions(
        "Il documento prevede la pulizia dei canali, per la quale sono stati stanziati 900.000 "
        "euro. Il piano prevede il rifacimento del ponte, per il quale saranno spesi 2 milioni "
        "di euro."
    )
    assert it["Quanto è stato stanziato per la pulizia dei canali?"] == "900.000 euro"
    assert it["Quanto sarà speso per il rifacimento del ponte?"] == "2 milioni di euro"


def test_no_relative_sum_when_the_relative_agrees_with_no_phrase_before_it() -> None:
    it = _questions(
        "La ditta ha finito il restauro della torre, per la quale sono stati stanziati 90.000 euro."
    )
    assert not any(q.startswith("Quanto è stato stanziato") for q in it)


def test_an_italian_sum_that_is_the_subject_after_its_verb_is_asked_in_euros() -> None:
    it = _questions(
        "Nel fondo regionale entrano anche 400.000 euro di canoni. "
        "Secondo la Finanza, dai conti della fondazione sarebbero usciti circa 900.000 euro."
    )
    assert it["Quanti euro di canoni entrano nel fondo regionale?"] == "400.000 euro"
    assert it["Quanti euro sarebbero usciti dai conti della fondazione?"] == "900.000 euro"


def test_no_sum_as_subject_when_a_dropped_subject_takes_it_as_object() -> None:
    it = _questions("Tra il 2019 e il 2022 avrebbero incassato in tutto circa 600.000 euro.")
    assert not any(q.startswith("Quanti euro") for q in it)


def test_a_cost_a_copula_gives_after_a_source_and_its_comparison_are_asked() -> None:
    en = _questions(
        "According to the trust's accounts, the cost of running the ferry in 2024-25 was "
        "£310,000, about 15% higher than the average of £270,000.",
        "en",
    )
    assert en["What was the cost of running the ferry in 2024-25?"] == "£310,000"
    assert en[
        "By how much was the cost of running the ferry in 2024-25 higher than the average?"
    ] == ("15%")


def test_a_sum_someone_is_ordered_to_pay_is_asked_with_them() -> None:
    en = _questions(
        "Magistrates fined Dawson £8,000 and ordered him to pay £1,250 in costs. "
        "The tribunal ordered the council to pay £14,000 in compensation.",
        "en",
    )
    assert en["How much did magistrates order Dawson to pay in costs?"] == "£1,250"
    assert en["How much did the tribunal order the council to pay in compensation?"] == "£14,000"
    it = _questions("La Corte ha condannato l’azienda a risarcire 45.000 euro al lavoratore.")
    assert it["Quanto la Corte ha condannato l’azienda a risarcire al lavoratore?"] == (
        "45.000 euro"
    )


def test_no_pronoun_object_when_two_people_were_named_before_it() -> None:
    en = _questions(
        "The judge fined Dawson £8,000, sentenced Price to six months and ordered him to pay "
        "£500 in costs.",
        "en",
    )
    assert not any("to pay" in q for q in en)


def test_an_italian_discount_for_a_group_is_asked_by_the_group() -> None:
    it = _questions("La tessera costerà 20 euro, con uno sconto del 40% per gli over 65.")
    assert it["A quanto ammonta lo sconto per gli over 65?"] == "40%"


def test_a_share_a_modal_and_its_infinitive_take_is_asked() -> None:
    it = _questions("Il nuovo impianto potrà coprire il 45% del fabbisogno idrico del paese.")
    assert it[
        "Quale percentuale del fabbisogno idrico del paese potrà coprire il nuovo impianto?"
    ] == ("45%")
    en = _questions("The wind farm could supply 25% of the island’s electricity.", "en")
    assert en["What share of the island’s electricity could the wind farm supply?"] == "25%"


def test_a_share_after_a_survey_as_source_is_asked_of_those_surveyed() -> None:
    en = _questions(
        "According to a survey of 300 landlords carried out by the council, 38% said they "
        "planned to sell at least one property.",
        "en",
    )
    assert en[
        "What share of landlords surveyed said they planned to sell at least one property?"
    ] == ("38%")


def test_a_part_of_a_cost_in_millions_from_a_named_fund_is_asked() -> None:
    it = _questions(
        "Il nuovo molo è costato complessivamente 9,4 milioni di euro, di cui 6,2 milioni "
        "arrivati dal Fondo sviluppo e coesione (FSC) e il resto coperto dalla Regione."
    )
    assert it[
        "Quanti euro del costo del nuovo molo sono arrivati dal Fondo sviluppo e coesione (FSC)?"
    ] == ("6,2 milioni")


def test_a_part_of_a_whole_sum_and_where_it_comes_from_is_asked() -> None:
    en = _questions(
        "Of the £6 million, £4.2 million comes from the Arts Council and the rest from donors.",
        "en",
    )
    assert en["How much of the £6 million comes from the Arts Council?"] == "£4.2 million"
