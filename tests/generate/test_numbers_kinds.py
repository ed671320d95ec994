"""Kinds of number facts news writes: hours alone, counts in a clause after a comma or a verb
of saying, tallies of votes, distances from a place, shares said with a verb, counts the
number of something reached, speeds, margins of a win, race times."""

from __future__ import annotations

from quizlib.generate.extract import numbers

from .test_numbers import _candidates, _clozes, _questions


def test_hours_alone_are_a_count_and_a_duration_in_two_units_is_not() -> None:
    it = _questions("La gara è durata 3 ore. Il treno è arrivato con 2 ore e 30 minuti di ritardo.")
    assert it == {"Quante ore è durata la gara?": "3"}
    en = _questions("The storm lasted for 36 hours. The flight took 2 hours, 10 minutes.", "en")
    assert en == {"For how many hours did the storm last?": "36"}


def test_a_clause_after_a_comma_and_a_conjunction_is_asked() -> None:
    it = _questions(
        "Il sindaco ha firmato l’ordinanza alle 8, mentre la strada statale è rimasta chiusa "
        "per dodici ore."
    )
    assert it == {"Per quante ore è rimasta chiusa la strada statale?": "dodici"}
    en = _questions(
        "The council opened the new library on Monday, while the old building will host "
        "40 offices.",
        "en",
    )
    assert en == {"How many offices will the old building host?": "40"}
    # A list with a comma before "and" has no clause of its own: no subject "Naples".
    assert _questions("Rome, Milan, and Naples have 3 new lines.", "en") == {}


def test_a_clause_after_a_verb_of_saying_is_asked() -> None:
    en = _questions("The union said wages had risen by 4 per cent since May.", "en")
    assert en == {"By how much had wages risen since May?": "4 per cent"}
    it = _questions("Il prefetto ha spiegato che i soccorritori hanno salvato 14 escursionisti.")
    assert it == {"Quanti escursionisti hanno salvato i soccorritori?": "14"}


def test_a_tally_of_votes_is_one_answer() -> None:
    en = _questions(
        "The senators rejected the plan by 52 votes to 48. "
        "The budget was approved with 30 votes in favour and 9 against.",
        "en",
    )
    assert en == {
        "By how many votes did the senators reject the plan?": "52 votes to 48",
        "With how many votes was the budget approved?": "30 votes in favour and 9 against",
    }
    it = _questions(
        "La mozione è stata approvata con 15 voti contro 4. "
        "Il consiglio ha respinto il piano con 20 voti favorevoli e 9 contrari."
    )
    assert it == {
        "Con quanti voti è stata approvata la mozione?": "15 voti contro 4",
        "Con quanti voti il consiglio ha respinto il piano?": "20 voti favorevoli e 9 contrari",
    }
    it = _questions("Il bilancio è stato approvato con 21 voti a favore e 6 contrari.")
    assert it == {"Con quanti voti è stato approvato il bilancio?": "21 voti a favore e 6 contrari"}
    # The other side's number is part of the answer, no cloze of its own.
    assert _clozes("The budget was approved with 30 votes in favour and 9 against.", "en") == [
        "The budget was approved with {{c1::30}} votes in favour and 9 against."
    ]


def test_a_distance_from_a_place() -> None:
    en = _questions(
        "The village lies 40 kilometres from the capital. "
        "Divers found the wreck on a reef about three miles from the shore. "
        "The plane crashed 20 miles from the coast.",
        "en",
    )
    assert en == {
        "How far from the capital is the village?": "40 kilometres",
        "How far from the shore is the reef?": "three miles",
    }
    it = _questions(
        "Il borgo si trova a 30 chilometri da Siena. "
        "La sonda ha fotografato una stella a 40 anni luce dalla Terra. "
        "Le due frazioni distano 5 km dall’ospedale."
    )
    assert it == {
        "Quanto dista il borgo da Siena?": "30 chilometri",
        "Quanto dista la stella dalla Terra?": "40 anni luce",
        "Quanto distano le due frazioni dall’ospedale?": "5 km",
    }


def test_a_distance_set_off_after_a_place() -> None:
    en = _questions(
        "The sonar at Miles Lake, about 50 miles upriver, had counted the fish. The firm farms "
        "salmon at the site, about 4 kilometres off the island’s north-east coast. The firm "
        "will reopen the mine near Baldhu, about 5 kilometres west of Truro.",
        "en",
    )
    assert en["How far upriver is Miles Lake?"] == "50 miles"
    assert en["How far off the island’s north-east coast is the site?"] == "4 kilometres"
    assert en["How far west of Truro is Baldhu?"] == "5 kilometres"
    # the town a pronoun stands for, not the river it stands on, is that far
    text = "It stands on the River Severn, about 5 kilometres west of Kidderminster, and grew."
    assert not _questions(text, "en")
    # a place named only by its kind: which one, the sentences before say
    assert not _questions("The firm runs the mine near Baldhu, about 5 km west of the city.", "en")


def test_a_share_said_with_a_verb() -> None:
    en = _questions(
        "Pensioners make up nearly two thirds of the members of the club. "
        "Exports accounted for 40% of the company’s sales.",
        "en",
    )
    assert en == {
        "What share of the members of the club do pensioners make up?": "two thirds",
        "What share of the company’s sales did exports account for?": "40%",
    }
    it = _questions(
        "I pendolari rappresentano circa un terzo dei passeggeri della linea. "
        "Le piccole imprese costituiscono il 60% delle aziende del distretto."
    )
    assert it == {
        "Quale quota dei passeggeri della linea rappresentano i pendolari?": "un terzo",
        "Quale quota delle aziende del distretto costituiscono le piccole imprese?": "60%",
    }
    # A share with no number word: the sentence is read all the same.
    found = _candidates("Le donne costituiscono la metà dei volontari.")
    assert [(c.question, c.answer) for c in found] == [
        ("Quale quota dei volontari costituiscono le donne?", "metà")
    ]


def test_a_count_the_number_of_something_reached() -> None:
    en = _questions(
        "The new school brings the number of schools in the valley to nine. "
        "The number of confirmed cases has risen to 1,200. "
        "The hires took the number of staff to 450.",
        "en",
    )
    assert en == {
        "How many schools in the valley are there now?": "nine",
        "How many confirmed cases are there now?": "1,200",
    }
    it = _questions(
        "Il nuovo ponte porta a sette il numero dei ponti sul fiume. "
        "Il numero delle vittime è salito a 14."
    )
    assert it == {
        "Quanti sono ora i ponti sul fiume?": "sette",
        "Quante sono ora le vittime?": "14",
    }


def test_the_day_before_a_subject_and_two_places_joined() -> None:
    it = _questions("Martedì sera la strada è rimasta chiusa per cinque ore tra Bormio e Livigno.")
    asked = "Per quante ore è rimasta chiusa la strada tra Bormio e Livigno martedì sera?"
    assert it == {asked: "cinque"}


def test_a_counted_subject_with_its_examples_between_commas() -> None:
    it = _questions(
        "Nove indagati, tra funzionari, medici e un farmacista, sono accusati di aver falsificato "
        "ricette per 3 milioni di euro destinate a pazienti inesistenti di due province."
    )
    assert it == {"Quanti indagati sono accusati di aver falsificato ricette?": "nove"}
    en = _questions("Twelve pupils, including two teachers' sons, were injured in the fire.", "en")
    assert en == {"How many pupils were injured in the fire?": "twelve"}


def test_a_speed() -> None:
    en = _questions(
        "With gusts blowing at up to 70mph, the ferry stayed in port. "
        "The new train travels at 320 km/h between the two cities. "
        "Storm Ada brought winds of 90mph to the west.",
        "en",
    )
    assert en == {
        "At what speed were the gusts blowing?": "70mph",
        "At what speed does the new train travel between the two cities?": "320 km/h",
        "What speed did the winds reach?": "90mph",
    }
    it = _questions(
        "Il treno viaggiava a 300 km/h quando è uscito dai binari. "
        "Sulla costa sono arrivate raffiche di vento fino a 110 km/h."
    )
    assert it == {
        "A che velocità viaggiava il treno?": "300 km/h",
        "Che velocità hanno raggiunto le raffiche di vento?": "110 km/h",
    }


def test_the_margin_of_a_win() -> None:
    en = _questions(
        "The hosts beat the champions by three goals. "
        "The village side won the final at the county ground, beating Ashby by one wicket.",
        "en",
    )
    assert en == {
        "By what margin did the hosts beat the champions?": "three goals",
        "By what margin did the village side beat Ashby?": "one wicket",
    }
    # The gerund tells of the name whose verb comes last before its comma.
    en = _questions(
        "The club is celebrating after Ashby won the final, beating Oakley by one wicket.", "en"
    )
    assert en == {"By what margin did Ashby beat Oakley?": "one wicket"}


def test_the_time_a_race_was_won_in() -> None:
    en = _questions(
        "The Kenyan runner won the city marathon in 2 hours, 5 minutes and 12 seconds. "
        "The storm will reach the coast in 3 hours.",
        "en",
    )
    assert en == {
        "In what time did the Kenyan runner win the city marathon?": (
            "2 hours, 5 minutes and 12 seconds"
        ),
    }
    it = _questions("La squadra ha completato il percorso in 3 ore e 40 minuti.")
    assert it == {"In quanto tempo la squadra ha completato il percorso?": "3 ore e 40 minuti"}


def test_a_percentage_after_a_noun_of_change_measures_the_noun() -> None:
    it = _questions(
        "I sindacati criticano il rincaro medio del 7% delle tariffe. "
        "Il comune ha ridotto la spesa del 10%."
    )
    assert it == {"Di quanto il comune ha ridotto la spesa?": "10%"}


def test_a_count_that_opens_a_reported_clause() -> None:
    en = _questions("Officials said about 300 homes were flooded.", "en")
    assert en == {"How many homes were flooded?": "300"}
    it = _questions("Il prefetto ha detto che circa 40 persone sono state evacuate.")
    assert it == {"Quante persone sono state evacuate?": "40"}
    # A day between the verb of saying and "that".
    en = _questions("The firm said on Monday that sales fell by 3 per cent.", "en")
    assert en == {"By how much did sales fall?": "3 per cent"}


def test_a_distance_towards_a_point_of_the_compass() -> None:
    en = _questions("The quake struck a village 25 kilometres north-east of the capital.", "en")
    assert en == {"How far north-east of the capital is the village?": "25 kilometres"}
    it = _questions("La frana ha isolato un borgo a 18 chilometri a sud di Trento.")
    assert it == {"Quanto dista il borgo da Trento?": "18 chilometri"}


def test_the_adjective_after_an_italian_complement_stays_with_it() -> None:
    it = _questions("In montagna sono caduti 40 centimetri di neve fresca in sei ore.")
    assert it == {
        "Quanti centimetri di neve fresca sono caduti in montagna in sei ore?": "40 centimetri"
    }
    # An articulated preposition after the complement opens the clause's adverbial.
    it = _questions("Si è chiuso con nove condanne il processo d’appello sugli appalti.")
    assert it == {"Con quante condanne si è chiuso il processo d’appello?": "nove"}


def test_numbers_in_words_are_written_back_with_their_accent() -> None:
    from quizlib.generate.distractors import option_value

    assert option_value("ventitré", "it") == option_value("ventitre", "it") == 23
    assert numbers.NUMBER_WORDS["it"]["trentatré"] == 33
    first = next(word for word, value in numbers.NUMBER_WORDS["it"].items() if value == 23)
    assert first == "ventitré"


def test_a_distance_set_off_after_what_a_place_is_asks_how_far_the_place_is() -> None:
    from .helpers import en_questions, it_questions

    en = en_questions(
        "Te Aroha\n\nTe Aroha is a town in the Waikato region of the North Island, about 53 "
        "kilometres north-east of Hamilton."
    )
    assert en["How far north-east of Hamilton is Te Aroha?"] == "about 53 kilometres"
    en = en_questions("Kilkee is a seaside town in County Clare, 56 miles from Limerick.")
    assert en["How far from Limerick is Kilkee?"] == "56 miles"
    it = it_questions(
        "Vasto è un comune della provincia di Chieti, a circa 70 chilometri a sud di Pescara."
    )
    assert it["Quanto dista Vasto da Pescara?"] == "circa 70 chilometri"
    # A distance after a comma that is no description of the subject is not its.
    en = en_questions("The ferry left Oban at noon, 36 miles from the island.")
    assert not [q for q in en if q.startswith("How far")], en
