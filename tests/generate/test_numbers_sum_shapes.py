"""Sums and percentages asked from general clause shapes: a change in per cent that ends at a
level (both asked), a sum after an indirect object, a copula with a bare subject."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_change_in_per_cent_and_the_sum_it_ends_at_are_both_asked() -> None:
    en = _questions("The bakery's revenue climbed 9% to £4.2m in the year to June.", "en")
    assert en["By how much did the bakery’s revenue climb in the year to June?"] == "9%"
    assert en["To what level did the bakery’s revenue climb in the year to June?"] == "£4.2m"
    it = _questions("Il fatturato del caseificio è salito del 9% a 4,2 milioni di euro.")
    assert it["Di quanto è salito il fatturato del caseificio?"] == "9%"
    assert it["A quanto è salito il fatturato del caseificio?"] == "4,2 milioni di euro"


def test_a_level_with_a_unit_or_a_whole_after_it_leaves_the_change_to_a_cloze() -> None:
    en = _questions("Membership of the choir grew 20% to 150 singers.", "en")
    assert not any(q.startswith("By how much") for q in en)
    it = _questions("Le vendite online sono salite del 4% al 12% del totale.")
    assert not any(q.startswith("Di quanto") for q in it)


def test_a_sum_after_whom_it_is_given_to_is_asked_with_them() -> None:
    en = _questions(
        "The tribunal awarded the nurse £12,000 in back pay. "
        "The charity gave each family £150 towards heating bills. "
        "The builder paid Anna Price £3,000.",
        "en",
    )
    assert en["How much did the tribunal award the nurse in back pay?"] == "£12,000"
    assert en["How much did the charity give each family towards heating bills?"] == "£150"
    assert en["How much did the builder pay Anna Price?"] == "£3,000"


def test_no_receiver_of_a_pronoun_a_time_or_a_total() -> None:
    en = _questions(
        "The court awarded her £900. The club spent last year £2m. "
        "The appeal raised a total £5,000. The charity raised the remaining £3,000 in May. "
        "The council spent the grant £2m faster than planned.",
        "en",
    )
    assert not any(q.startswith("How much") for q in en)


def test_a_phrasal_verb_keeps_its_particle_in_the_question() -> None:
    en = _questions(
        "The gambler had built up debts of more than £60,000. "
        "The insurer paid out £2.3m to the club.",
        "en",
    )
    assert en["How much in debts had the gambler built up?"] == "£60,000"
    assert en["How much did the insurer pay out to the club?"] == "£2.3m"


def test_a_noun_of_money_with_no_article_is_asked_after_the_copula() -> None:
    en = _questions("Operating profit for the quarter was £2.6m. Net debt is £40m.", "en")
    assert en["How much is net debt?"] == "£40m"
    assert not any("was £" in q for q in en)


def test_a_rate_the_copula_gives_is_asked() -> None:
    en = _questions(
        "The jobless rate in the county was 5.2% in June. Inflation will be about 3% next year.",
        "en",
    )
    assert en["What was the jobless rate in the county in June?"] == "5.2%"
    assert en["What will inflation be next year?"] == "3%"
    it = _questions("Il tasso di occupazione femminile è al 52,3%.")
    assert it["Qual è il tasso di occupazione femminile?"] == "52,3%"


def test_no_rate_of_a_share_a_comparison_or_a_plural() -> None:
    en = _questions(
        "The pass rate was 4% higher than last year. The grant was 30% of the cost. "
        "The results were 62% in favour. The other councils saw 5%, but the city’s rise was "
        "only 2%.",
        "en",
    )
    assert not any(q.startswith("What") for q in en)


def test_a_percentage_a_verb_takes_is_asked_with_what_it_is_taken_on() -> None:
    it = _questions("Il museo risparmierà circa il 20% sulla bolletta elettrica.")
    assert it["Quanto risparmierà il museo sulla bolletta elettrica?"] == "20%"
    en = _questions("The hospital will save 18% on its energy bills.", "en")
    assert en["How much will the hospital save on its energy bills?"] == "18%"


def test_no_percentage_taken_of_a_threshold_a_share_won_or_a_whole() -> None:
    it = _questions(
        "L’affluenza ha superato il 60% nel capoluogo. La Provincia coprirà il 40% della spesa."
    )
    assert not any(q.startswith("Quanto") for q in it)
    en = _questions("The Greens won 14% in the council elections.", "en")
    assert not any(q.startswith("How much") for q in en)


def test_a_figure_is_read_in_its_clause_after_a_leading_phrase_and_a_comma() -> None:
    en = _questions(
        "Despite a wet summer, the harbour’s income rose 6% to £640,000. "
        "As well as the fare rise, the budget includes savings of £1.8m, among them fewer buses.",
        "en",
    )
    assert en["By how much did the harbour’s income rise?"] == "6%"
    assert en["To what level did the harbour’s income rise?"] == "£640,000"
    assert en["How much in savings does the budget include?"] == "£1.8m"
    it = _questions(
        "Secondo l’associazione degli albergatori, nel 2025 le presenze sono cresciute del 6%."
    )
    assert it["Di quanto sono cresciute le presenze nel 2025?"] == "6%"


def test_no_clause_after_a_condition_a_place_it_holds_in_or_a_relative() -> None:
    en = _questions(
        "If the bid succeeds, the club will receive £2m. "
        "The team asked for more time, a study that could cost around £90,000 in staff.",
        "en",
    )
    assert not any(q.startswith("How much") for q in en)
    it = _questions("Nei comuni dove il servizio è partito, la spesa è calata del 12%.")
    assert not any(q.startswith("Di quanto") for q in it)


def test_a_percentage_before_the_noun_of_the_object_is_asked_with_the_noun() -> None:
    en = _questions("The brewer bought a 25% stake in the pub chain.", "en")
    assert en["What percentage stake did the brewer buy in the pub chain?"] == "25%"
    it = _questions("Lo stadio ha registrato un tasso di occupazione dell’80%.")
    assert it["Quale tasso di occupazione ha registrato lo stadio?"] == "80%"


def test_no_size_of_a_noun_whose_percentage_is_a_share_of_a_whole() -> None:
    it = _questions("La compagnia ha annunciato un taglio del 10% dei voli.")
    assert not any(q.startswith("Quale") for q in it)


def test_a_complement_before_a_noun_of_a_sum_goes_after_the_subject() -> None:
    it = _questions("Il Comune ha chiesto alla Regione un contributo di 400.000 euro.")
    assert it["A quanto ammonta il contributo che ha chiesto il Comune alla Regione?"] == (
        "400.000 euro"
    )


def test_a_sum_the_copula_gives_keeps_when_or_where_it_holds() -> None:
    en = _questions(
        "The orchestra’s deficit was £240,000 in the last season. The bill was £500 more "
        "than expected.",
        "en",
    )
    assert en["What was the orchestra’s deficit in the last season?"] == "£240,000"
    assert not any("bill" in q for q in en)


def test_an_italian_sum_after_a_compound_copula_is_asked_as_an_amount() -> None:
    it = _questions(
        "L’utile del consorzio è stato di 2,4 milioni di euro. "
        "Le spese legali sono state di 90.000 euro nel 2024."
    )
    assert it["A quanto è ammontato l’utile del consorzio?"] == "2,4 milioni di euro"
    assert it["A quanto sono ammontate le spese legali nel 2024?"] == "90.000 euro"


def test_an_italian_change_in_per_cent_to_a_level_in_per_cent_asks_both() -> None:
    it = _questions("La raccolta differenziata è salita del 6% al 71%.")
    assert it["Di quanto è salita la raccolta differenziata?"] == "6%"
    assert it["A quanto è salita la raccolta differenziata?"] == "71%"


def test_a_name_after_a_leading_word_and_a_comma_opens_the_clause_of_the_sum() -> None:
    en = _questions(
        "Defending, Ruth Bell said Carter had run up gambling debts of more than £70,000.", "en"
    )
    assert en["How much in gambling debts had Carter run up?"] == "£70,000"


def test_no_clause_after_a_comma_inside_a_list_of_names() -> None:
    it = _questions(
        "I tre sindacati – Fiom, Fim e Uilm – chiedono un aumento di 150 euro lordi al mese."
    )
    assert not any("Fim e Uilm" in q for q in it)


def test_a_share_paid_by_a_fund_with_its_short_name_in_brackets_is_asked() -> None:
    it = _questions(
        "Il nuovo asilo è stato finanziato per il 65% con fondi del Programma regionale di "
        "sviluppo (PRS), per il resto dal Comune."
    )
    asked = "In quale percentuale è stato finanziato il nuovo asilo con fondi del Programma "
    assert it[asked + "regionale di sviluppo?"] == "65%"


def test_a_complement_of_three_words_before_a_noun_of_a_sum_goes_after_the_subject() -> None:
    it = _questions("La Provincia ha destinato per la scuola un contributo di 80.000 euro.")
    asked = "A quanto ammonta il contributo che ha destinato la Provincia per la scuola?"
    assert it[asked] == "80.000 euro"


def test_an_object_costing_a_sum_is_asked_what_it_costs() -> None:
    en = _questions("The trust has bought a new lifeboat costing £2.1 million.", "en")
    assert en["How much does the new lifeboat cost?"] == "£2.1 million"


def test_a_year_before_the_sums_noun_goes_after_the_subject() -> None:
    from .helpers import questions_of

    text = (
        "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
        "La cantina aveva raggiunto nel 2019 un fatturato di 12 milioni di euro.\n"
    )
    asked = questions_of(text, "it")
    assert asked.get("A quanto ammonta il fatturato che aveva raggiunto la cantina nel 2019?") == (
        "12 milioni di euro"
    ), asked


def test_mila_joined_to_its_figure_is_a_thousand() -> None:
    from .helpers import questions_of

    text = (
        "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
        "Il tribunale ha riconosciuto ai soci una provvisionale di 320mila euro.\n"
        "Il nuovo impianto servirà 90mila abitanti della costa.\n"
    )
    asked = questions_of(text, "it")
    assert "320mila euro" in asked.values(), asked
    assert "90mila" in asked.values(), asked
