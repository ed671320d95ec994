"""Sums and percentages where the clause puts them, not where a plain sentence would: an
Italian sum in its subject's place after a passive ("Per la piazza sono stati spesi 2
milioni"), a passive's agent between its verb and the sum ("finanziati dal Comune con"), a
change told as a share more or less than before after a comma ("il 9% in più dell'anno
prima", "9% fewer than in 2022"), and a change after a bare figure its subject reached
("Attendance reached 320,000, up 9 per cent on last year's 210,000"). On small texts of their
own."""

from __future__ import annotations

from .helpers import questions_of


def test_an_italian_sum_after_a_passive_is_asked_with_the_complement_before_it() -> None:
    qs = questions_of("Per il nuovo asilo sono stati spesi 1,8 milioni di euro.", "it")
    assert qs["Quanto è stato speso per il nuovo asilo?"] == "1,8 milioni di euro"


def test_an_italian_sum_after_a_passive_is_asked_with_the_complement_after_it() -> None:
    qs = questions_of("Sono stati stanziati 700 mila euro per rifare il lungolago.", "it")
    assert qs["Quanto è stato stanziato per rifare il lungolago?"] == "700 mila euro"


def test_a_further_sum_after_a_passive_is_asked_as_more() -> None:
    qs = questions_of("Per le piste ciclabili sono stati stanziati altri 3 milioni di euro.", "it")
    assert qs["Quanto è stato stanziato in più per le piste ciclabili?"] == "3 milioni di euro"


def test_a_sum_after_a_passive_with_nothing_around_it_is_not_asked() -> None:
    qs = questions_of("Sono stati stanziati 3 milioni di euro.", "it")
    assert not any(q.startswith("Quanto") for q in qs)


def test_a_sum_after_a_verb_of_coming_is_no_passive() -> None:
    qs = questions_of("Nelle casse del Comune sono arrivati 2 milioni di euro.", "it")
    assert "Quanto è stato arrivato nelle casse del Comune?" not in qs


def test_the_agent_between_a_passive_and_its_sum_goes_after_the_subject() -> None:
    qs = questions_of(
        "Il restauro è stato finanziato dalla Fondazione Cariplo con 90 mila euro.", "it"
    )
    assert qs["Con quanto è stato finanziato il restauro dalla Fondazione Cariplo?"] == (
        "90 mila euro"
    )


def test_the_agent_of_a_passive_aside_goes_after_the_subject() -> None:
    qs = questions_of(
        "Gli scavi, finanziati dal Ministero con 250 mila euro e diretti dalla Soprintendenza, "
        "hanno riportato alla luce una villa.",
        "it",
    )
    assert qs["Con quanto sono stati finanziati gli scavi dal Ministero?"] == "250 mila euro"


def test_an_italian_share_more_than_before_with_di_is_asked_against_it() -> None:
    qs = questions_of(
        "Nel 2024 il rifugio ha ospitato 8.200 escursionisti, il 14% in più dell'anno prima.", "it"
    )
    assert (
        qs["Di quanto sono aumentati gli escursionisti nel 2024 rispetto all’anno prima?"] == "14%"
    )


def test_an_english_share_fewer_than_before_is_a_fall() -> None:
    qs = questions_of("The ferry carried 61,000 passengers, 8% fewer than in 2022.", "en")
    assert qs["By how much did the number of passengers fall compared with 2022?"] == "8%"


def test_an_english_share_more_than_before_is_a_rise() -> None:
    qs = questions_of(
        "The library lent 94,000 books last year, 6% more than the year before.", "en"
    )
    assert (
        qs["By how much did the number of books increase last year compared with the year before?"]
        == "6%"
    )


def test_a_change_after_a_bare_figure_is_the_subjects_and_keeps_its_base_out() -> None:
    qs = questions_of("Turnout reached 41,000, up 12 per cent on last year's 36,600.", "en")
    assert qs["By how much did turnout increase on last year?"] == "12 per cent"


def test_a_height_compound_before_a_plural_noun_asks_how_tall_they_are() -> None:
    qs = questions_of("The council will repaint the 30-metre masts next spring.", "en")
    assert qs["How tall are the masts?"] == "30 metres"


def test_a_height_compound_after_an_owner_keeps_the_owner() -> None:
    qs = questions_of("Volunteers cleaned the abbey's 40-metre spire in May.", "en")
    assert qs["How tall was the abbey’s spire?"] == "40 metres"


def test_a_height_compound_a_copula_gives_its_subject_is_the_subjects_height() -> None:
    qs = questions_of("The Grey Needle is a 95-metre obelisk on the hill.", "en")
    assert qs["How tall is the Grey Needle?"] == "95 metres"


def test_a_share_a_phrase_of_with_gives_the_subject_is_asked_of_it() -> None:
    qs = questions_of(
        "Gli autobus hanno trasportato 2.100 studenti, con una puntualità del 97%.", "it"
    )
    assert qs["Qual è stata la puntualità degli autobus?"] == "97%"


def test_a_measure_a_phrase_of_with_gives_the_subject_keeps_its_time() -> None:
    qs = questions_of(
        "The cellar is 40 metres long, with a constant temperature of 9 degrees all year.", "en"
    )
    assert qs["What is the constant temperature of the cellar all year?"] == "9 degrees"


def test_a_phrase_of_with_after_an_object_is_not_the_subjects() -> None:
    qs = questions_of("Il Comune ha acquistato un terreno, con una superficie di 4 ettari.", "it")
    # asked in place only: the surface is the land's
    assert qs == {
        "Il Comune ha acquistato un terreno, con una superficie di quanti ettari?": "4 ettari"
    }


def test_a_price_in_a_relative_aside_keeps_its_in_total() -> None:
    qs = questions_of("The new pier, which cost £3.4m in total, opened in June.", "en")
    assert qs["How much did the new pier cost in total?"] == "£3.4m"


def test_both_payers_after_with_are_asked_the_second_without_its_verb() -> None:
    qs = questions_of(
        "The hall was rebuilt last year, with the parish council paying £80,000 and the "
        "diocese £45,000.",
        "en",
    )
    assert qs["How much did the parish council pay?"] == "£80,000"
    assert qs["How much did the diocese pay?"] == "£45,000"


def test_a_height_above_a_reference_between_commas_is_the_noun_phrases() -> None:
    qs = questions_of(
        "Visitors can climb to the old lantern room, 40 metres above the harbour, in summer.", "en"
    )
    assert qs["How high above the harbour is the old lantern room?"] == "40 metres"


def test_a_height_above_a_reference_after_a_verb_is_asked_with_the_verb() -> None:
    qs = questions_of("The chapel sits 120 metres above the lake.", "en")
    assert qs["How high above the lake does the chapel sit?"] == "120 metres"


def test_a_depth_below_a_reference_after_a_copula_is_asked_how_far_below() -> None:
    qs = questions_of("The old tunnel is 25 metres below the high street.", "en")
    assert qs["How far below the high street is the old tunnel?"] == "25 metres"


def test_a_dimension_between_commas_after_a_copulas_predicate_is_the_subjects() -> None:
    qs = questions_of(
        "Lough Arrow is a shallow lake in the west, about 9 kilometres long, with two islands.",
        "en",
    )
    assert qs["How long is Lough Arrow?"] == "about 9 kilometres"


def test_an_italian_dimension_between_commas_after_a_copulas_predicate_is_the_subjects() -> None:
    qs = questions_of(
        "Il Rio Freddo è un torrente dell'Appennino, lungo circa 30 chilometri.", "it"
    )
    assert qs["Quanto è lungo il Rio Freddo?"] == "circa 30 chilometri"
