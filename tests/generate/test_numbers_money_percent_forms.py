"""Sums and percentages in more of the forms reporters write them in: a sum told by its
multiplier alone ("un finanziamento da 1,2 milioni"), a noun of money the subject has ("ha un
costo di"), a plural noun of sums each of one size ("bursaries of up to £3,000"), a sum before
its noun ("a £86,000 bill"), what a thing cost someone ("cost ratepayers £86,000"), a share a
subject is equal to ("pari al 12% del bilancio"), a figure up or down by a percentage after a
participle or "with" ("showing turnover up 14% to £38.2m"). On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_sum_told_by_its_multiplier_after_a_noun_of_money_is_a_sum_in_euros() -> None:
    qs = questions_of("La Provincia ha concesso un contributo da 2,6 milioni alla scuola.", "it")
    assert qs["A quanto ammonta il contributo che ha concesso la Provincia alla scuola?"] == (
        "2,6 milioni"
    )


def test_a_sum_told_by_its_multiplier_after_a_verb_of_money_is_asked_whole() -> None:
    qs = questions_of("La nuova palestra costerà 4,3 milioni.", "it")
    assert qs["Quanto costerà la nuova palestra?"] == "4,3 milioni"


def test_a_multiplier_alone_with_no_sign_of_money_stays_a_count() -> None:
    qs = questions_of("Gli iscritti al servizio sono ormai 1,4 milioni.", "it")
    assert all("ammonta" not in q and "costa" not in q for q in qs)


def test_a_rise_after_a_sum_is_no_rise_of_the_millions() -> None:
    qs = questions_of(
        "La nuova passerella costerà 1,8 milioni, il 25% in più rispetto al primo progetto.", "it"
    )
    assert not any("milioni" in q for q in qs)


def test_a_noun_of_money_the_subject_has_is_the_subjects() -> None:
    qs = questions_of("La piscina comunale avrà un costo complessivo di 2,2 milioni di euro.", "it")
    assert qs["A quanto ammonterà il costo complessivo della piscina comunale?"] == (
        "2,2 milioni di euro"
    )


def test_a_noun_of_money_had_in_the_past_is_asked_in_the_past() -> None:
    qs = questions_of("La cooperativa aveva un debito di 900.000 euro con la banca.", "it")
    assert qs["A quanto ammontava il debito della cooperativa con la banca?"] == "900.000 euro"


def test_a_noun_of_a_price_before_its_sum_is_asked_with_its_clause() -> None:
    qs = questions_of("I visitatori pagheranno un biglietto di 12 euro per la mostra.", "it")
    assert qs["A quanto ammonta il biglietto che pagheranno i visitatori per la mostra?"] == (
        "12 euro"
    )


def test_a_plural_noun_of_sums_each_of_one_size_asks_how_large_they_are() -> None:
    qs = questions_of("The trust will offer scholarships of up to £2,500 to nurses.", "en")
    assert qs["How large are the scholarships the trust will offer to nurses?"] == "up to £2,500"


def test_a_plural_noun_of_sums_given_in_the_past_asks_were() -> None:
    qs = questions_of("The charity awarded grants of £750 to village halls.", "en")
    assert qs["How large were the grants the charity awarded to village halls?"] == "£750"


def test_a_sum_before_a_bill_asks_how_large_the_bill_is() -> None:
    qs = questions_of("The parish faces a £64,000 bill for the new drains.", "en")
    assert qs["How large a bill does the parish face for the new drains?"] == "£64,000"


def test_what_a_thing_cost_the_people_named_after_the_verb_is_asked_in_the_past() -> None:
    qs = questions_of("The clean-up cost taxpayers £41,000.", "en")
    assert qs["How much did the clean-up cost taxpayers?"] == "£41,000"


def test_a_share_a_subject_is_equal_to_is_asked_with_its_whole() -> None:
    qs = questions_of("La spesa per i trasporti è pari al 9% del bilancio regionale.", "it")
    assert qs["A quale percentuale del bilancio regionale è pari la spesa per i trasporti?"] == (
        "9%"
    )


def test_a_share_a_subject_was_equal_to_keeps_the_verb_and_the_bound() -> None:
    qs = questions_of("La raccolta differenziata era pari a circa il 58% dei rifiuti.", "it")
    asked = "A quale percentuale dei rifiuti era pari la raccolta differenziata?"
    assert asked in qs and "58%" in qs[asked]


def test_a_figure_up_by_a_percentage_to_a_level_asks_both() -> None:
    qs = questions_of(
        "The brewery published accounts showing revenue up 9% to £12.6m for the year.", "en"
    )
    assert qs["By how much did revenue increase?"] == "9%"
    assert qs["What did revenue rise to?"] == "£12.6m"


def test_a_figure_down_by_a_percentage_after_with_asks_the_fall() -> None:
    qs = questions_of("The chain had a hard winter, with sales down 6% at £3.3m.", "en")
    assert qs["By how much did sales fall?"] == "6%"
    assert qs["What did sales fall to?"] == "£3.3m"


def test_a_figure_up_by_a_percentage_with_no_past_before_it_is_not_asked() -> None:
    qs = questions_of("Analysts expect a good year, with sales up 6% to £3.3m.", "en")
    assert "By how much did sales increase?" not in qs


def test_the_remaining_part_of_a_sum_to_come_from_a_giver_is_asked() -> None:
    qs = questions_of(
        "The agency will pay £1.6m, with the remaining £900,000 to come from the county.", "en"
    )
    assert qs["How much is to come from the county?"] == "£900,000"


def test_the_remaining_part_of_a_sum_met_by_a_giver_is_asked_in_the_clause_tense() -> None:
    qs = questions_of(
        "The ministry provided €4 million, with the remaining €1.1 million met by the port.", "en"
    )
    assert qs["How much was met by the port?"] == "€1.1 million"


def test_a_further_sum_from_a_giver_is_asked_as_more() -> None:
    qs = questions_of("The trust gave £600,000, with a further £80,000 from local firms.", "en")
    assert qs["How much more came from local firms?"] == "£80,000"


def test_the_target_of_an_appeal_a_clause_launches_is_asked() -> None:
    qs = questions_of("The choir has launched an appeal to raise £42,000 for a new organ.", "en")
    assert qs["How much has the choir launched an appeal to raise?"] == "£42,000"


def test_the_part_of_an_italian_sum_after_di_cui_is_asked_with_its_giver() -> None:
    qs = questions_of(
        "Il nuovo asilo è costato 2,9 milioni di euro, di cui 1,2 milioni provenienti dal "
        "Ministero e il resto dal Comune.",
        "it",
    )
    assert qs["Quanta parte dei 2,9 milioni di euro proviene dal Ministero?"] == "1,2 milioni"
    assert not any(q.startswith("Da dove") for q in qs)


def test_a_change_with_its_percentage_before_the_noun_after_a_figure_is_asked() -> None:
    qs = questions_of("Membership reached 8,200 last year, a 9% rise on 2024.", "en")
    assert qs["By how much did membership increase on 2024?"] == "9%"


def test_a_change_after_a_colon_is_asked_like_one_after_a_comma() -> None:
    qs = questions_of("Il museo ha contato 41.000 ingressi nel 2025: un aumento del 12%.", "it")
    assert qs["Di quanto sono aumentati gli ingressi nel 2025?"] == "12%"


def test_a_change_followed_by_a_relative_is_asked() -> None:
    qs = questions_of(
        "Lo scalo ha gestito 640.000 passeggeri, con una crescita del 6% che lo porta al "
        "quarto posto in Italia.",
        "it",
    )
    assert qs["Di quanto sono aumentati i passeggeri?"] == "6%"


def test_a_share_a_subject_is_equal_to_with_a_bound_before_it_is_asked() -> None:
    qs = questions_of("La quota dei pendolari è pari a poco più del 30% dei residenti.", "it")
    asked = "A quale percentuale dei residenti è pari la quota dei pendolari?"
    assert asked in qs and "30%" in qs[asked]
