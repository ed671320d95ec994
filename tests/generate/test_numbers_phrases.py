"""Number facts in sentences whose words around the count defeated the question: modifiers
before an English head noun, the kind of an Italian counted thing after 'a', a preposition of
more than one word before the count, a leading phrase before the subject, a score 'con un
netto'."""

from __future__ import annotations

from .test_numbers import _questions


def test_english_modifiers_before_the_head_are_counted_with_it() -> None:
    en = _questions(
        "The rangers fitted 16 lightweight battery-powered radio collars to the deer. "
        "The charity built 30 low-cost homes.",
        "en",
    )
    assert en == {
        "How many lightweight battery-powered radio collars did the rangers fit to the deer?": "16",
        "How many low-cost homes did the charity build?": "30",
    }


def test_an_english_count_of_a_modifier_alone_is_not_asked() -> None:
    en = _questions("The club bought 12 small wooden-framed huts.", "en")
    assert "How many small did the club buy?" not in en


def test_the_kind_after_a_stays_with_the_italian_counted_noun() -> None:
    it = _questions(
        "La rete prevede 800 lampioni a energia solare. "
        "Il deposito conserva 25 carrozze a cavalli dell’Ottocento."
    )
    assert it == {
        "Quanti lampioni a energia solare prevede la rete?": "800",
        "Quante carrozze a cavalli dell’Ottocento conserva il deposito?": "25",
    }


def test_a_rate_or_a_cause_after_a_is_no_kind() -> None:
    it = _questions("L’azienda ha tagliato 90 posti a causa della crisi.")
    assert it == {"Quanti posti ha tagliato l’azienda a causa della crisi?": "90"}


def test_a_preposition_of_several_words_opens_the_question() -> None:
    it = _questions(
        "Il concerto si è tenuto davanti a 3.400 spettatori. "
        "Il sentiero è stato ripulito grazie a 60 volontari. "
        "La mostra è stata allestita con il contributo di 12 musei."
    )
    assert it == {
        "Davanti a quanti spettatori si è tenuto il concerto?": "3.400",
        "Grazie a quanti volontari è stato ripulito il sentiero?": "60",
        "Con il contributo di quanti musei è stata allestita la mostra?": "12",
    }
    en = _questions(
        "The final was played in front of 9,000 fans. "
        "The path was cleared thanks to 60 volunteers. "
        "The census was carried out with the help of 25 students. "
        "The mayor planted the oak together with 30 pupils.",
        "en",
    )
    assert en == {
        "In front of how many fans was the final played?": "9,000",
        "Thanks to how many volunteers was the path cleared?": "60",
        "With the help of how many students was the census carried out?": "25",
        "Together with how many pupils did the mayor plant the oak?": "30",
    }


def test_intorno_a_says_about_of_the_number() -> None:
    it = _questions("La piazza è costruita intorno a sei fontane.")
    assert "Intorno a quante fontane è costruita la piazza?" not in it


def test_a_leading_phrase_goes_to_the_end_of_the_question() -> None:
    en = _questions("During the nesting season, the island hosted 70 pairs.", "en")
    assert en == {"How many pairs did the island host during the nesting season?": "70"}
    it = _questions(
        "Per il secondo anno la fiera ospiterà 300 espositori. "
        "Dopo l’alluvione i tecnici hanno controllato 40 ponti."
    )
    assert it == {
        "Quanti espositori ospiterà la fiera per il secondo anno?": "300",
        "Quanti ponti hanno controllato i tecnici dopo l’alluvione?": "40",
    }


def test_a_leading_clause_or_a_determiner_is_no_phrase() -> None:
    en = _questions("After selling the farm, the family bought 40 cows.", "en")
    assert en == {}
    it = _questions("Durante tutto il mese la biblioteca ha prestato 4.000 libri.")
    assert "Quanti libri ha prestato il mese?" not in it


def test_a_score_with_its_preposition_is_asked_without_it() -> None:
    it = _questions("Nella finale la Virtus aveva battuto la Fortitudo con un netto 3-0.")
    assert it == {"Con quale punteggio la Virtus aveva battuto la Fortitudo?": "3-0"}


def test_a_partitive_in_words_that_opens_the_sentence_is_its_subject() -> None:
    en = _questions(
        "Nine of the volunteers were students. Overall, four of the 20 ringed swans died.",
        "en",
    )
    assert en == {
        "How many of the volunteers were students?": "nine",
        "How many of the 20 ringed swans died?": "four",
    }
    it = _questions("Due delle quindici fontane sono rimaste senz’acqua.")
    assert it == {"Quante delle quindici fontane sono rimaste senz’acqua?": "due"}


def test_a_partitive_in_words_inside_the_clause_is_not_its_subject() -> None:
    en = _questions("The council said three of the bridges will close.", "en")
    assert "How many of the bridges will close?" not in en


def test_a_length_gone_by_a_verb_of_going_is_asked_in_its_unit() -> None:
    en = _questions("The young turtle swam 3,200 miles.", "en")
    assert en == {"How many miles did the young turtle swim?": "3,200 miles"}
    it = _questions("La cicogna ha percorso 6.000 chilometri.")
    assert it == {"Quanti chilometri ha percorso la cicogna?": "6.000 chilometri"}


def test_a_length_of_another_verb_is_not_asked_in_its_unit() -> None:
    en = _questions("The storm damaged 12 miles of fencing.", "en")
    assert "How many miles did the storm damage?" not in en


def test_a_participle_with_its_place_after_the_counted_noun_is_left_out_with_it() -> None:
    it = _questions("L’ente gestisce 45 rifugi collocati sulle Alpi.")
    assert it == {"Quanti rifugi gestisce l’ente?": "45"}


def test_a_word_that_opens_with_di_is_no_complement() -> None:
    it = _questions("La ditta conta 12 dipendenti dislocati in tre sedi.")
    assert "Quanti dipendenti dislocati conta la ditta in tre sedi?" not in it


def test_the_auxiliary_of_costare_agrees_with_its_participle() -> None:
    it = _questions(
        "I restauri, costati 3 milioni di euro, sono finiti. "
        "La nuova biblioteca, costata 8 milioni di euro, apre lunedì."
    )
    assert it == {
        "Quanto sono costati i restauri?": "3 milioni di euro",
        "Quanto è costata la nuova biblioteca?": "8 milioni di euro",
    }


def test_a_figure_a_passive_of_reckoning_puts_keeps_its_at() -> None:
    en = _questions(
        "The colony is now estimated at about 900 nests. The loss was valued at £3m. "
        "The concert was held at 10 venues.",
        "en",
    )
    assert en == {
        "How many nests is the colony estimated at?": "900",
        "How much was the loss valued at?": "£3m",
        "At how many venues was the concert held?": "10",
    }


def test_a_sum_with_with_at_the_end_of_a_passive_keeps_it() -> None:
    en = _questions("The survey was funded with £45,000.", "en")
    assert en == {"How much was the survey funded with?": "£45,000"}
    en = _questions("The survey was funded with £45,000 from the trust.", "en")
    assert en == {"How much funding did the survey receive from the trust?": "£45,000"}


def test_a_count_in_the_phrase_that_opens_the_sentence_is_asked_with_its_preposition() -> None:
    it = _questions(
        "Davanti a 2.300 tifosi, la Virtus ha conquistato la coppa. "
        "In 12 comuni i negozi resteranno chiusi domani."
    )
    assert it == {
        "Davanti a quanti tifosi la Virtus ha conquistato la coppa?": "2.300",
        "In quanti comuni resteranno chiusi i negozi domani?": "12",
    }
    en = _questions("In front of 7,500 fans, the visitors lifted the trophy.", "en")
    assert en == {"In front of how many fans did the visitors lift the trophy?": "7,500"}


def test_a_leading_count_of_a_copula_is_not_asked() -> None:
    it = _questions("In 12 comuni la scuola è un edificio storico.")
    assert it == {}


def test_a_count_in_a_phrase_that_ends_the_sentence_after_a_comma() -> None:
    it = _questions(
        "La mostra è stata allestita in tre mesi, tra giugno e agosto, "
        "con il contributo di 15 musei europei."
    )
    assert (
        it["Con il contributo di quanti musei europei è stata allestita la mostra in tre mesi?"]
        == "15"
    )
    en = _questions("The bridge was reopened on Sunday, in front of 4,000 people.", "en")
    assert en == {"In front of how many people was the bridge reopened on Sunday?": "4,000"}


def test_a_count_after_a_second_clause_is_not_asked_of_the_first() -> None:
    it = _questions("Il Comune ha votato, la giunta ha deciso, davanti a 300 cittadini.")
    assert it == {}


def test_a_percentage_a_verb_of_reaching_reaches_is_a_level() -> None:
    en = _questions("Attendance at the museum reached 87% in August.", "en")
    assert en == {"What percentage did attendance at the museum reach in August?": "87%"}
    it = _questions("L’occupazione delle camere ha raggiunto il 92%.")
    assert it == {"Quale percentuale ha raggiunto l’occupazione delle camere?": "92%"}


def test_a_level_reached_in_a_clause_about_a_place_is_not_asked() -> None:
    it = _questions("Il sì ha vinto ovunque, ma a Borgo, dove i favorevoli hanno toccato il 79%.")
    assert "Quale percentuale hanno toccato i favorevoli?" not in it


def test_an_italian_aside_of_di_and_a_count_tells_the_subject_s_size() -> None:
    it = _questions(
        "Il nuovo regolamento, di 48 articoli, entrerà in vigore a marzo. "
        "La palestra, di 900 metri quadrati, aprirà a settembre."
    )
    assert it == {
        "Di quanti articoli è il nuovo regolamento?": "48",
        "Di quanti metri quadrati è la palestra?": "900 metri quadrati",
    }
    assert _questions("Il Comune ha approvato il piano, di 12 pagine, ieri.") == {}
    assert _questions("Il fondo, di 5 milioni di euro, sarà gestito dalla Regione.") == {}
    assert _questions("Il suo territorio, di 40 chilometri quadrati, è montuoso.") == {}


def test_a_verb_that_governs_an_infinitive_keeps_it() -> None:
    it = _questions(
        "L’azienda prevede di assumere 60 tecnici. "
        "I volontari hanno cominciato a ripulire sentieri in 14 comuni."
    )
    assert it == {
        "Quanti tecnici prevede di assumere l’azienda?": "60",
        "In quanti comuni i volontari hanno cominciato a ripulire sentieri?": "14",
    }
    en = _questions("The charity hopes to rescue 200 dogs this year.", "en")
    assert en == {"How many dogs does the charity hope to rescue this year?": "200"}


def test_a_plural_noun_before_to_is_no_verb() -> None:
    en = _questions("The plans to build 300 homes were rejected.", "en")
    assert "How many homes does the plan to build?" not in en
    it = _questions("Il mosaico è stato ricostruito a partire da 900 tessere.")
    assert "Da quante tessere è stato ricostruito a partire il mosaico?" not in it


def test_a_count_on_top_of_another_is_asked_as_more() -> None:
    en = _questions(
        "The museum will hire another 15 guides. The club hopes to sign a further six players.",
        "en",
    )
    assert en == {
        "How many more guides will the museum hire?": "15",
        "How many more players does the club hope to sign?": "six",
    }
    it = _questions("La biblioteca ha acquistato altri 800 volumi.")
    assert it == {"Quanti volumi in più ha acquistato la biblioteca?": "800"}


def test_an_estimate_before_a_count_is_left_to_the_answer() -> None:
    en = _questions("The fair attracted an estimated 30,000 visitors.", "en")
    assert en == {"How many visitors did the fair attract?": "30,000"}


def test_a_verb_after_and_that_follows_a_clause_of_time_is_not_the_subject_s() -> None:
    en = _questions(
        "A farm has been fined £20,000 after a pipe burst and sent an estimated "
        "9,000 litres of slurry into a stream.",
        "en",
    )
    assert "How many litres of slurry did a farm send into a stream?" not in en


def test_two_hyphenated_modifiers_joined_before_the_counted_noun() -> None:
    en = _questions(
        "The vineyard employs 45 full-time and part-time pickers. "
        "The new depot will create 120 full- and part-time posts.",
        "en",
    )
    assert en == {
        "How many full-time and part-time pickers does the vineyard employ?": "45",
        "How many full- and part-time posts will the new depot create?": "120",
    }
