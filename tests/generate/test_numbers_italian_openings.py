"""Italian counts and sums in shapes of news prose: a count of people after a verb they do with
no object, an adverbial before an inverted verb, a leading phrase of "Dopo" that lists several
figures, a sum after "con un ..." with an aside after it, who a sum cost, and a clause after the
gerund of a verb of saying."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_count_of_people_after_a_verb_they_do_with_no_object() -> None:
    it = _questions(
        "In tutto hanno votato 4.321 persone. Al sondaggio hanno risposto 850 studenti."
    )
    assert it == {
        "Quante persone hanno votato in tutto?": "4.321",
        "Quanti studenti hanno risposto al sondaggio?": "850",
    }


def test_a_count_after_such_a_verb_that_is_no_people_is_its_object() -> None:
    assert _questions("In tutto hanno votato 30 delibere.") == {}


def test_an_adverbial_before_an_inverted_verb_and_its_complement() -> None:
    it = _questions("Nella nuova biblioteca lavoreranno a turno sei bibliotecari.")
    assert it == {"Quanti bibliotecari lavoreranno a turno nella nuova biblioteca?": "sei"}
    assert _questions("Nel suo laboratorio lavoreranno a turno sei tecnici.") == {}


def test_an_approximation_before_an_inverted_count_is_the_answer_s() -> None:
    it = _questions("Nel 2022 sono arrivati in porto circa 3.000 container.")
    assert it == {"Quanti container sono arrivati in porto nel 2022?": "3.000"}


def test_a_leading_phrase_of_dopo_that_lists_several_figures() -> None:
    it = _questions(
        "Dopo tre anni di restauri, due rinvii e un ricorso, il castello ha riaperto al pubblico. "
        "Dopo otto mesi di lavori e un investimento di 2,5 milioni di euro, la palestra "
        "comunale ha riaperto al pubblico."
    )
    assert it == {
        "Dopo quanti anni di restauri ha riaperto il castello al pubblico?": "tre",
        "Dopo quanti mesi di lavori ha riaperto la palestra comunale al pubblico?": "otto",
        "A quanto ammonta l’investimento per la palestra comunale?": "2,5 milioni di euro",
    }


def test_a_leading_sum_is_no_one_s_who_acts_on_an_object() -> None:
    it = _questions(
        "Dopo un investimento di 2 milioni di euro, il Comune ha inaugurato la piscina. "
        "Dopo un investimento di 3 milioni di euro, il sindaco ha parlato."
    )
    assert not any(q.startswith("A quanto ammonta l’investimento per") for q in it)


def test_a_sum_after_con_un_with_an_aside_after_it() -> None:
    it = _questions(
        "La cooperativa ha chiuso il 2023 con un utile di 1,2 milioni di euro, in calo del 5% "
        "rispetto al 2022. "
        "L’ospedale ha aperto un nuovo reparto, con un investimento di 900.000 euro, "
        "finanziato dalla Regione."
    )
    assert it["Con quale utile la cooperativa ha chiuso il 2023?"] == "1,2 milioni di euro"
    assert it["A quanto ammontava l’investimento dell’ospedale?"] == "900.000 euro"


def test_a_sum_after_con_un_and_a_clause_after_it_is_not_asked() -> None:
    it = _questions(
        "L’ospedale ha aperto un nuovo reparto, con un investimento di 900.000 euro, mentre "
        "la Regione ha pagato le attrezzature."
    )
    assert not any("investimento" in q for q in it)


def test_who_a_sum_cost() -> None:
    it = _questions("Il restauro del teatro è costato al Comune circa 850.000 euro.")
    assert it == {"Quanto è costato al Comune il restauro del teatro?": "850.000 euro"}


def test_a_clause_after_the_gerund_of_a_verb_of_saying() -> None:
    it = _questions(
        "Il direttore ha parlato ai giornalisti, ricordando che il museo conta 40.000 reperti."
    )
    assert it == {"Quanti reperti conta il museo?": "40.000"}


def test_a_sum_after_con_un_and_a_participle_of_estimating() -> None:
    it = _questions("La fiera si è chiusa con un indotto stimato in 2 milioni di euro.")
    assert it == {"A quanto ammontava l’indotto stimato della fiera?": "2 milioni di euro"}


def test_a_count_after_a_noun_of_an_action_done_to_it() -> None:
    it = _questions(
        "Il piano prevede la realizzazione di 40 alloggi popolari. "
        "Gli ambientalisti hanno contestato l’abbattimento di circa 300 pini lungo la strada."
    )
    assert it == {
        "Di quanti alloggi popolari il piano prevede la realizzazione?": "40",
        "Di quanti pini gli ambientalisti hanno contestato l’abbattimento lungo la strada?": (
            "300"
        ),
    }


def test_a_count_after_a_noun_of_no_action_is_not_asked_so() -> None:
    it = _questions("Il Comune ha presentato un piano di 12 punti.")
    assert not any(q.startswith("Di quanti") for q in it)


def test_the_trend_of_a_sum_after_con_un() -> None:
    it = _questions(
        "La cantina ha chiuso il 2023 con un fatturato di 12 milioni di euro, in crescita del 6% "
        "rispetto al 2022. "
        "Il museo ha chiuso l’anno con una spesa di 900.000 euro, in calo del 4%."
    )
    assert it["Di quanto è cresciuto il fatturato della cantina rispetto al 2022?"] == "6%"
    assert it["Di quanto è calata la spesa del museo?"] == "4%"


def test_the_trend_of_a_sum_with_a_cause_after_it_is_not_asked() -> None:
    it = _questions(
        "Il museo ha chiuso l’anno con una spesa di 900.000 euro, in calo del 4% per la "
        "chiusura estiva e i lavori."
    )
    assert not any(q.startswith("Di quanto") for q in it)


def test_a_count_that_is_the_subject_of_a_relative_of_place() -> None:
    it = _questions(
        "Il ministro ha visitato la valle, dove vivono oggi circa 3.000 persone. "
        "Il traffico pesa sul ponte, su cui transitano ogni giorno 40.000 auto."
    )
    assert it == {
        "Quante persone vivono oggi nella valle?": "3.000",
        "Quante auto transitano ogni giorno sul ponte?": "40.000",
    }


def test_a_count_after_the_object_of_a_relative_of_place_is_not_asked() -> None:
    it = _questions("Il sindaco ha visitato il pastificio, dove producono la pasta 40 operai.")
    assert not any(q.startswith("Quanti operai") for q in it)


def test_a_complement_between_the_verb_and_its_sum() -> None:
    it = _questions(
        "La giunta ha messo a disposizione 700.000 euro. "
        "La fondazione ha donato all’ospedale 200.000 euro."
    )
    assert it == {
        "Quanto ha messo a disposizione la giunta?": "700.000 euro",
        "Quanto ha donato all’ospedale la fondazione?": "200.000 euro",
    }
