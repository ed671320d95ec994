"""Sums and percentages in the shapes reporters write them in, past the plain clause: a word
that singles the sum out ("only £2.4 million"), a bound with "poco" ("poco meno di"), an
Italian simple past in -se ("spese"), an aside of what a subject amounts to ("pari a") or of
what a noun is reckoned at ("stimato in"), a noun of money or of change the figure sizes, in
any verb group ("will make a profit of", "registreranno un aumento di circa il 12%"), a
change told with "up by", an opening phrase before a plural subject with no article. On small
texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_only_before_a_sum_is_left_out_of_the_question() -> None:
    qs = questions_of("The parish spent only £3.6 million on the new bridge.", "en")
    assert qs["How much did the parish spend on the new bridge?"] == "£3.6 million"


def test_a_bound_with_poco_is_read_whole_and_kept_in_the_answer() -> None:
    qs = questions_of(
        "La Provincia ha investito poco meno di 5,8 milioni di euro nelle scuole.", "it"
    )
    assert (
        qs["Quanto ha investito la Provincia nelle scuole?"] == "poco meno di 5,8 milioni di euro"
    )


def test_an_italian_simple_past_in_se_before_a_sum_is_its_verb() -> None:
    qs = questions_of("La Fondazione spese 3,1 milioni di euro per il restauro della villa.", "it")
    assert qs["Quanto spese la Fondazione per il restauro della villa?"] == "3,1 milioni di euro"


def test_a_plural_noun_in_se_after_its_article_is_no_verb() -> None:
    qs = questions_of("Le spese 3,1 milioni di euro restano un problema per il Comune.", "it")
    assert not any(q.startswith("Quanto spese") for q in qs)


def test_an_aside_of_what_a_subject_amounts_to_asks_its_sum() -> None:
    qs = questions_of(
        "Il disavanzo della società sportiva, pari a circa 640.000 euro, sarà coperto dai soci.",
        "it",
    )
    assert qs["A quanto ammonta il disavanzo della società sportiva?"] == "circa 640.000 euro"


def test_a_plural_subject_with_an_aside_of_its_sum_takes_a_plural_verb() -> None:
    qs = questions_of(
        "Le perdite del consorzio, pari a 2,7 milioni di euro, sono state ripianate.", "it"
    )
    assert qs["A quanto ammontano le perdite del consorzio?"] == "2,7 milioni di euro"


def test_a_noun_reckoned_at_a_sum_by_its_participle_is_asked() -> None:
    qs = questions_of(
        "La società dovrà sostenere le spese di smaltimento dei fanghi, stimate dai tecnici "
        "in 4,2 milioni di euro.",
        "it",
    )
    assert qs["A quanto sono stimate le spese di smaltimento dei fanghi?"] == "4,2 milioni di euro"


def test_a_reckoned_noun_keeps_the_rate_after_its_sum() -> None:
    qs = questions_of(
        "Il nuovo servizio partirà a marzo, con un costo stimato in 90.000 euro all’anno.", "it"
    )
    assert qs["A quanto è stimato il costo all’anno?"] == "90.000 euro"


def test_a_participle_that_agrees_with_no_noun_before_it_asks_nothing() -> None:
    qs = questions_of("La stima del raccolto, stimato in 3 milioni di euro, è prudente.", "it")
    assert not any(q.startswith("A quanto è stimata la stima") for q in qs)


def test_a_generic_sum_reckoned_with_nothing_after_it_asks_nothing() -> None:
    qs = questions_of("In tutto, una somma stimata in circa 7 milioni di euro.", "it")
    assert not any(q.startswith("A quanto è stimata la somma") for q in qs)


def test_a_profit_the_verb_makes_is_a_noun_of_money() -> None:
    qs = questions_of("The brewery will make a pre-tax profit of £1.7 million this year.", "en")
    assert qs["How large a pre-tax profit will the brewery make this year?"] == "£1.7 million"


def test_an_italian_subscription_the_verb_takes_is_a_noun_of_money() -> None:
    qs = questions_of("Gli studenti potranno acquistare un abbonamento mensile da 25 euro.", "it")
    assert qs["A quanto ammonta l’abbonamento mensile che potranno acquistare gli studenti?"] == (
        "25 euro"
    )


def test_a_percentage_sizing_a_noun_of_change_in_a_future_is_asked() -> None:
    qs = questions_of("Bus fares will show an increase of 6% on last year.", "en")
    assert qs["What increase will bus fares show on last year?"] == "6%"


def test_a_percentage_sizing_a_noun_after_a_bound_keeps_the_bound_in_the_answer() -> None:
    qs = questions_of(
        "Le iscrizioni registreranno un aumento di circa il 9% rispetto al 2025.", "it"
    )
    assert qs["Quale aumento registreranno le iscrizioni rispetto al 2025?"] == "circa il 9%"


def test_a_percentage_of_a_noun_followed_by_a_whole_asks_nothing_of_the_noun() -> None:
    qs = questions_of("The mill announced a cut of 16% of its workforce.", "en")
    assert "What cut did the mill announce?" not in qs


def test_an_italian_change_after_a_bound_with_its_article_is_asked() -> None:
    qs = questions_of("Le iscrizioni sono cresciute di almeno il 7%.", "it")
    assert qs["Di quanto sono cresciute le iscrizioni?"] == "almeno il 7%"


def test_an_english_change_after_at_least_is_asked() -> None:
    qs = questions_of("Water bills rose by at least 8%.", "en")
    assert qs["By how much did water bills rise?"] == "at least 8%"


def test_a_copula_up_by_a_percentage_asks_the_change() -> None:
    qs = questions_of("Takings at the museum shop were up by about 17%.", "en")
    assert qs["By how much were takings at the museum shop up?"] == "about 17%"


def test_an_opening_phrase_before_a_plural_subject_with_no_article() -> None:
    qs = questions_of("Last year, parking charges rose by 11%.", "en")
    assert qs["By how much did parking charges rise last year?"] == "11%"


def test_an_opening_phrase_before_a_quantifier_opens_no_bare_subject() -> None:
    qs = questions_of("Last year, many visitors came to see 30 concerts.", "en")
    assert not any("many visitors" in q for q in qs)


def test_a_share_after_a_leading_source_with_stando_is_asked() -> None:
    qs = questions_of("Stando ai dati della Regione, il 72% dei pozzi è risultato in regola.", "it")
    assert qs["Quale percentuale dei pozzi è risultata in regola?"] == "72%"


def test_cost_right_before_a_sum_is_the_verb_after_a_plural_with_a_complement() -> None:
    qs = questions_of("Season tickets for the new stand cost £240 this year.", "en")
    assert qs["How much did season tickets for the new stand cost this year?"] == "£240"


def test_a_further_sum_opening_its_clause_asks_how_much_more() -> None:
    qs = questions_of("A further £1.8 million is being spent on repairing the pier.", "en")
    assert qs["How much more is being spent on repairing the pier?"] == "£1.8 million"


def test_a_second_figure_after_a_noun_of_money_is_left_out_of_the_question() -> None:
    qs = questions_of(
        "The dairy made a pre-tax profit of £2.2 million on turnover of £51.3 million.", "en"
    )
    assert qs["How large a pre-tax profit did the dairy make?"] == "£2.2 million"


def test_a_percentage_of_a_long_italian_noun_phrase_joined_by_di_forms() -> None:
    qs = questions_of(
        "L’osservatorio prevede un tasso medio di riempimento delle piscine del 70% in agosto.",
        "it",
    )
    assert qs[
        "Quale tasso medio di riempimento delle piscine prevede l’osservatorio in agosto?"
    ] == ("70%")


def test_a_percentage_whose_noun_ends_in_a_di_form_asks_nothing_of_it() -> None:
    qs = questions_of("Il Comune ha approvato un taglio del 5% delle tariffe.", "it")
    assert not any(q.startswith("Quale taglio") for q in qs)


def test_a_payer_after_with_and_a_gerund_is_asked_in_the_clause_tense() -> None:
    qs = questions_of(
        "The quay will be rebuilt next spring, with the harbour board covering the remaining "
        "£420,000.",
        "en",
    )
    assert qs["How much will the harbour board cover?"] == "£420,000"


def test_a_payer_whose_sum_does_not_end_the_clause_asks_nothing() -> None:
    qs = questions_of("The school is expanding, with the trust paying £400,000 of the bill.", "en")
    assert "How much does the trust pay?" not in qs
