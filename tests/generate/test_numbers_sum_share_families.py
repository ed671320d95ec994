"""Sums and percentages in the clause shapes of real reports: a change told as a share more or
less than before after a figure ('ha venduto 3.100 biciclette, il 9% in più rispetto al
2023'), the level a sum came to before such a change ('si è fermato a 52 milioni'). On small
texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_share_less_than_before_after_a_sum_at_a_level_asks_its_fall() -> None:
    qs = questions_of(
        "Nel 2023 il giro d’affari della cantina si è fermato a 52 milioni di euro, il 4% in "
        "meno rispetto all’anno precedente.",
        "it",
    )
    assert (
        qs[
            "Di quanto è calato il giro d’affari della cantina nel 2023 rispetto all’anno "
            "precedente?"
        ]
        == "4%"
    )


def test_a_share_more_than_before_after_a_count_of_millions_asks_its_rise() -> None:
    qs = questions_of(
        "L’anno scorso le cartiere del distretto hanno prodotto 1,4 milioni di bobine, il 9% "
        "in più rispetto al 2022.",
        "it",
    )
    assert any(q.startswith("Di quanto sono aumentate le bobine") for q in qs), qs
    assert "9%" in qs.values()


def test_an_italian_rise_after_a_plain_count_keeps_its_owner() -> None:
    qs = questions_of(
        "Il castello ha registrato 61.000 visitatori, il 7% in più rispetto al 2024.", "it"
    )
    assert qs["Di quanto sono aumentati i visitatori del castello rispetto al 2024?"] == "7%"


def test_a_rise_after_a_sum_the_subject_rose_to_asks_of_the_subject() -> None:
    qs = questions_of(
        "Revenue at the ferry company rose to £31 million, an increase of 6% on 2022.", "en"
    )
    assert qs["By how much did revenue at the ferry company increase on 2022?"] == "6%"


def test_a_part_of_a_sum_after_of_which_is_asked_of_the_whole() -> None:
    qs = questions_of(
        "The new sports hall is expected to cost £640,000, of which £250,000 will come from "
        "the county council.",
        "en",
    )
    assert qs["How much of the £640,000 will come from the county council?"] == "£250,000"


def test_a_part_of_a_sum_after_of_which_in_a_passive_keeps_its_verb() -> None:
    qs = questions_of(
        "The lifeboat station cost £1.2m, of which £300,000 was raised by local fundraisers.",
        "en",
    )
    assert qs["How much of the £1.2m was raised by local fundraisers?"] == "£300,000"


def test_a_part_after_of_which_with_no_giver_is_not_asked_of_the_whole() -> None:
    qs = questions_of(
        "The hall cost £640,000, of which £250,000 sits in a reserve account that the trust holds.",
        "en",
    )
    assert not any(q.startswith("How much of the £640,000") for q in qs)


def test_an_estimate_after_whom_a_sum_costs_is_left_out_of_the_question() -> None:
    qs = questions_of("The new roof will cost the parish an estimated £74,000.", "en")
    assert qs["How much will the new roof cost the parish?"] == "£74,000"


def test_an_italian_reckoning_with_in_is_asked_of_the_thing_reckoned() -> None:
    qs = questions_of(
        "La Confagricoltura ha stimato i danni della grandinata in 2,7 milioni di euro.", "it"
    )
    assert qs["A quanto ammontano i danni della grandinata secondo la Confagricoltura?"] == (
        "2,7 milioni di euro"
    )


def test_an_italian_reckoning_of_a_singular_noun_agrees() -> None:
    qs = questions_of("Il Comune ha quantificato il mancato incasso in 90 mila euro.", "it")
    assert qs["A quanto ammonta il mancato incasso secondo il Comune?"] == "90 mila euro"


def test_a_sum_noun_after_an_adjective_that_comes_first_is_asked() -> None:
    qs = questions_of(
        "La Camera di commercio ha approvato un nuovo bando di 400 mila euro per le botteghe.",
        "it",
    )
    assert (
        qs[
            "A quanto ammonta il nuovo bando che ha approvato la Camera di commercio per le "
            "botteghe?"
        ]
        == "400 mila euro"
    )


def test_a_sum_noun_after_an_italian_passive_is_asked_with_its_participle() -> None:
    qs = questions_of("Alle famiglie sfollate è stato versato un contributo di 3.000 euro.", "it")
    assert qs["A quanto ammonta il contributo versato alle famiglie sfollate?"] == "3.000 euro"


def test_a_participle_that_agrees_with_another_noun_is_not_asked() -> None:
    qs = questions_of("Alle famiglie è stata versata un contributo di 3.000 euro.", "it")
    assert not any(q.startswith("A quanto ammonta il contributo versat") for q in qs)


def test_an_equal_aside_after_a_colon_is_asked_of_its_noun() -> None:
    qs = questions_of(
        "Il servizio è gratuito per gli utenti: il costo della navetta, pari a circa 52 mila "
        "euro, è sostenuto dalla Provincia.",
        "it",
    )
    assert qs["A quanto ammonta il costo della navetta?"] == "circa 52 mila euro"


def test_an_equal_aside_with_what_its_sum_includes_is_asked() -> None:
    qs = questions_of(
        "Il restauro della fontana, pari a 140 mila euro compresi gli scavi, è stato pagato "
        "dalla Fondazione.",
        "it",
    )
    assert qs["A quanto ammonta il restauro della fontana?"] == "140 mila euro"


def test_a_complement_before_the_object_of_a_percentage_stays_in_the_question() -> None:
    qs = questions_of(
        "La nuova legge prevede per le piccole imprese un’aliquota del 15% sui contributi.",
        "it",
    )
    assert qs["Quale aliquota prevede la nuova legge per le piccole imprese sui contributi?"] == (
        "15%"
    )


def test_an_english_complement_before_the_object_of_a_percentage_stays() -> None:
    qs = questions_of(
        "The agreement will give to local crews a share of 20% of the annual catch.", "en"
    )
    # a whole after it: not fronted, only asked in place
    assert [q for q in qs if "give to local crews a share" in q] == [
        "The agreement will give to local crews a share of what percentage of the annual catch?"
    ]


def test_an_english_complement_before_a_rate_object_is_kept() -> None:
    qs = questions_of(
        "The council will charge on second homes a premium of 50% from next April.", "en"
    )
    assert qs["What premium will the council charge on second homes from next April?"] == "50%"


def test_a_sum_reached_after_a_plural_article_is_asked_as_a_level() -> None:
    qs = questions_of("Il giro d’affari del consorzio ha raggiunto i 75 milioni di euro.", "it")
    assert qs["Quanto ha raggiunto il giro d’affari del consorzio?"] == "75 milioni di euro"


def test_a_threshold_passed_after_a_plural_article_is_asked_as_a_threshold() -> None:
    qs = questions_of("Il debito del consorzio ha superato i 75 milioni di euro.", "it")
    assert qs == {"Quale soglia ha superato il debito del consorzio?": "75 milioni di euro"}


def test_the_worth_told_after_a_clause_is_asked_of_what_it_did() -> None:
    qs = questions_of(
        "La Provincia ha acquistato quattro autobus elettrici, per un valore complessivo di "
        "2,2 milioni di euro.",
        "it",
    )
    assert (
        qs["Per quale valore complessivo la Provincia ha acquistato quattro autobus elettrici?"]
        == "2,2 milioni di euro"
    )


def test_the_worth_after_a_clause_with_more_of_the_sum_after_it_is_left() -> None:
    qs = questions_of(
        "La Provincia ha noleggiato quattro autobus, per un valore di 90 mila euro l’anno.", "it"
    )
    assert not any(q.startswith("Per quale valore") for q in qs)


def test_cost_in_the_past_before_whom_it_cost_is_the_verb() -> None:
    qs = questions_of("The landslide cost the rail operator about £230,000.", "en")
    assert qs["How much did the landslide cost the rail operator?"] == "about £230,000"


def test_cost_after_an_article_stays_a_noun() -> None:
    qs = questions_of("The cost the trust faced was £230,000.", "en")
    assert "How much did the cost the trust faced?" not in qs
