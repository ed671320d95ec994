"""Number facts asked as questions in shapes news writes often: a measure that is the verb's
object, a count of times after the verb's object, a figure after a list item's label, a
subject with an adverbial aside before its verb, a gerund clause after a comma, a sum that
qualifies a noun of money, a share after 'in', a count after a passive of reporting; and a
preposition that looks like an approximation ('built around seven rooms') stays with its
verb."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_measure_that_is_the_verb_s_object_is_asked_in_its_unit() -> None:
    en = _questions(
        "The new lake covers about 85 square kilometres, which makes it the largest in the "
        "county. The flood left 3 tonnes of silt. The mill grinds 40 tonnes of grain a week.",
        "en",
    )
    assert en == {
        "How many square kilometres does the new lake cover?": "85 square kilometres",
        "How many tonnes of silt did the flood leave?": "3 tonnes",
        "How many tonnes of grain does the mill grind a week?": "40 tonnes",
    }
    it = _questions(
        "Il nuovo parco copre circa 85 chilometri quadrati, il che lo rende il più esteso "
        "della provincia. I vigneti hanno perso 300 ettari in dieci anni."
    )
    assert it == {
        "Quanti chilometri quadrati copre il nuovo parco?": "85 chilometri quadrati",
        "Quanti ettari hanno perso i vigneti in dieci anni?": "300 ettari",
    }


def test_a_measure_after_a_copula_or_a_preposition_is_not_asked_as_an_object() -> None:
    assert _questions("The ceremony was 40 minutes late.", "en") == {}
    # asked by how much it changed, not as the verb's object ("Quanti metri è salito ...?")
    assert _questions("Il livello del fiume è salito di 2 metri.") == {
        "Di quanti metri è salito il livello del fiume?": "2 metri"
    }


def test_a_count_of_times_after_the_object_is_asked_how_many_times() -> None:
    en = _questions(
        "Wardens had inspected the hive five times in the three months before the swarm left. "
        "The old mill was rebuilt at least six times over the following century.",
        "en",
    )
    assert en == {
        "How many times had wardens inspected the hive in the three months?": "five",
        "How many times was the old mill rebuilt over the following century?": "six",
    }
    it = _questions(
        "I tecnici avevano controllato la diga quattro volte nei due anni precedenti. "
        "La campana è stata rifusa tre volte."
    )
    assert it == {
        "Quante volte i tecnici avevano controllato la diga nei due anni precedenti?": "quattro",
        "Quante volte è stata rifusa la campana?": "tre",
    }


def test_times_as_a_multiple_is_no_count_of_times() -> None:
    assert _questions("The valley is warming three times faster than the coast.", "en") == {}
    assert _questions("Il prezzo è pari a circa 11 volte il margine operativo.") == {}


def test_a_figure_after_a_list_item_s_label_is_asked_by_the_label() -> None:
    en = _questions(
        "The hospital published the first figures of its new ward.\n\n"
        "- Mean stay in hospital: 9 days\n"
        "- Total cost: £2.4 million, including £800,000 from donors\n"
        "- Patients admitted: 340 adults\n"
        "- Opening of the second wing: 2027\n",
        "en",
    )
    assert en == {
        "What is the mean stay in hospital?": "9 days",
        "What is the total cost?": "£2.4 million",
        "What is the number of patients admitted?": "340",
    }
    it = _questions(
        "L’ospedale ha pubblicato i primi numeri del nuovo reparto.\n\n"
        "- Degenza media: 9 giorni\n"
        "- Costo complessivo: 2,4 milioni di euro, di cui 800.000 da donazioni\n"
        "- Pazienti ricoverati: circa 340 adulti\n"
        "- Nuove assunzioni: 25 infermieri, tutti con contratto a tempo indeterminato\n"
        "- Letti: 12 per piano\n"
    )
    assert it == {
        "Qual è la degenza media?": "9 giorni",
        "Qual è il costo complessivo?": "2,4 milioni di euro",
        "Quanti sono i pazienti ricoverati?": "340",
        "Quante sono le nuove assunzioni?": "25",
    }


def test_a_heading_with_a_colon_is_no_label() -> None:
    it = _questions(
        "Il teatro riapre dopo il restauro.\n\nLa stagione 2026: 46 serate e un concerto\n"
    )
    assert not any(q.startswith(("Qual è", "Quanti sono", "Quante sono")) for q in it)


def test_an_adverbial_aside_after_the_subject_is_read_past() -> None:
    en = _questions(
        "The gale, on the night of 12 March, uprooted more than 600 trees in the park.",
        "en",
    )
    assert en == {"How many trees did the gale uproot in the park?": "600"}
    it = _questions("La grandinata, nel pomeriggio di domenica, ha danneggiato circa 300 vetture.")
    assert it == {"Quante vetture ha danneggiato la grandinata?": "300"}


def test_a_preposition_like_an_approximation_after_a_passive_is_no_count() -> None:
    en = _questions("The new gallery is arranged around nine painted halls.", "en")
    assert en == {"How many painted halls is the new gallery arranged around?": "nine"}
    assert _questions("The rally was run over six stages.", "en") == {}
    assert _questions("La nuova galleria è costruita intorno a nove sale dipinte.") == {}
    en = _questions("The fair was visited by around 9,000 people.", "en")
    assert en == {"How many people visited the fair?": "9,000"}


def test_a_sum_before_a_noun_of_money_asks_how_large_it_was() -> None:
    en = _questions(
        "The repairs were paid for by a £2.4m grant from the heritage fund. "
        "The farmers received a £90,000 settlement last year.",
        "en",
    )
    assert en == {
        "How large was the grant from the heritage fund?": "£2.4m",
        # the object of a verb: asked with it
        "How large a settlement did the farmers receive last year?": "£90,000",
    }
    # a thing the sum is spent on has no size the sum tells: the sum is its cost
    qs = _questions("The trust opened a £3m visitor centre by the lake.", "en")
    assert qs == {"What was the cost of the visitor centre?": "£3m"}


def test_a_noun_of_a_sum_after_a_preposition_is_asked_with_a_relative() -> None:
    it = _questions("La fondazione è nata con un patrimonio di 4 milioni di euro.")
    assert it == {
        "A quanto ammonta il patrimonio con cui è nata la fondazione?": "4 milioni di euro"
    }
    it = _questions("Il club ha ricevuto un contributo da 300.000 euro dalla Regione.")
    assert it == {
        "A quanto ammonta il contributo che ha ricevuto il club dalla Regione?": ("300.000 euro")
    }


def test_a_passive_of_reporting_reports_no_clause() -> None:
    en = _questions("Mild headaches were reported in 9 volunteers.", "en")
    assert en == {"In how many volunteers were mild headaches reported?": "9"}


def test_a_gerund_after_a_comma_counts_for_the_clause_s_subject() -> None:
    en = _questions(
        "The forest runs along the valley, covering about 55 square kilometres. "
        "The night bus left the depot at ten, carrying about 80 passengers.",
        "en",
    )
    assert en == {
        "How many square kilometres does the forest cover?": "55 square kilometres",
        "How many passengers did the night bus carry?": "80",
    }
    it = _questions(
        "La riserva si estende lungo il torrente, coprendo circa 55 chilometri quadrati. "
        "Il canale attraversa la piana, servendo 14 aziende agricole."
    )
    assert it == {
        "Quanti chilometri quadrati copre la riserva?": "55 chilometri quadrati",
        "Quante aziende agricole serve il canale?": "14",
    }
    # A past the gerund's present would not say, and a list after "including", are left.
    assert _questions("Il fiume è esondato a valle, allagando 30 case.") == {}
    assert _questions("Officials met on Monday, including 14 mayors.", "en") == {}
    # After a relative, the gerund is the relative's clause's: its subject is another.
    assert not _questions(
        "The valley is known for the great flood, a wave that swept down the glen, killing "
        "about 60 people.",
        "en",
    )
    assert not _questions(
        "La valle è ricordata per la frana, una colata che scese dal monte, uccidendo circa "
        "60 persone."
    )


def test_a_share_of_a_whole_after_in_is_asked_in_what_share() -> None:
    en = _questions("The vaccine prevented severe illness in 71% of volunteers.", "en")
    assert en == {"In what share of volunteers did the vaccine prevent severe illness?": "71%"}
    it = _questions("La nuova terapia ha ridotto il dolore nel 58% dei pazienti.")
    assert it == {"In quale percentuale dei pazienti la nuova terapia ha ridotto il dolore?": "58%"}
