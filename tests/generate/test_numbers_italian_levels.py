"""Italian figures told with the clause around them: a level that goes from one figure to
another ('passerà da 1,20 a 1,45 euro'), a total after its clause (', per un totale di 24
edizioni'), an object after a span of time ('ha raccolto in tre giorni 40.000 euro'), and
examples after "come" that a cut at their "e" would leave half."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_level_that_goes_from_one_figure_to_another_is_asked_as_the_level_reached() -> None:
    it = _questions(
        "La tariffa dei rifiuti passerà da 1,20 a 1,45 euro al chilo dal 1° gennaio. "
        "Le sale operatorie passano da 4 a 7, mentre i letti salgono a cento. "
        "La quota di energia rinnovabile è salita dal 12% al 18% nel 2024. "
        "Le iscrizioni sono cresciute da 300 a 420 complessivamente."
    )
    assert it["A quanti euro al chilo passerà la tariffa dei rifiuti?"] == "1,45 euro"
    assert it["A quante passano le sale operatorie?"] == "7"
    assert it["A quanto è salita la quota di energia rinnovabile nel 2024?"] == "18%"
    assert it["A quante sono cresciute le iscrizioni?"] == "420"  # an adverb is no unit


def test_a_level_told_in_a_relative_clause_is_asked_of_its_noun() -> None:
    it = _questions(
        "Il piano prevede nuovi forni e una capacità produttiva che passerà da 40 a 75 "
        "tonnellate di farina al giorno."
    )
    asked = "A quante tonnellate di farina al giorno passerà la capacità produttiva?"
    assert it[asked] == "75 tonnellate"


def test_no_level_without_a_plain_subject_or_between_years() -> None:
    it = _questions(
        "Secondo il sindaco la tariffa passerà da 1,20 a 1,45 euro. "
        "La mostra passerà dal 2025 al 2027 per tre città."
    )
    assert not any(q.startswith("A quanto") for q in it)


def test_a_total_after_its_clause_is_asked_with_the_clause() -> None:
    it = _questions(
        "La gara si è corsa ogni estate fino al 1990, per un totale di 24 edizioni. "
        "Il nuovo acquedotto servirà il capoluogo e altri quattro paesi, per un totale di "
        "circa 80.000 abitanti."
    )
    assert it["Per un totale di quante edizioni la gara si è corsa ogni estate fino al 1990?"] == (
        "24"
    )
    served = "Per un totale di quanti abitanti il nuovo acquedotto servirà il capoluogo e altri"
    assert it[f"{served} quattro paesi?"] == "80.000"


def test_no_total_question_without_a_subject() -> None:
    it = _questions("Si corse ogni estate fino al 1990, per un totale di 24 edizioni.")
    assert not any(q.startswith("Per un totale") for q in it)


def test_the_object_after_a_span_of_time_stays_in_the_question() -> None:
    it = _questions(
        "Il comitato di quartiere ha raccolto in tre giorni 40.000 euro. "
        "La cooperativa ha piantato in sei mesi 1.500 alberi."
    )
    assert it["In quanti giorni ha raccolto il comitato di quartiere 40.000 euro?"] == "tre"
    assert it["In quanti mesi ha piantato la cooperativa 1.500 alberi?"] == "sei"


def test_examples_joined_by_e_are_not_cut_in_half() -> None:
    it = _questions(
        "Tre sale sono riservate alle lingue straniere come inglese e tedesco. "
        "L’istituto ha 40 laboratori dedicati alle scienze come chimica e fisica."
    )
    assert it["Quante sale sono riservate alle lingue straniere?"] == "tre"
    assert not any(q.endswith("come chimica?") for q in it)


def test_the_part_of_a_cost_someone_paid_is_asked_of_the_cost() -> None:
    it = _questions(
        "La nuova palestra è costata circa 500.000 euro, di cui 200.000 coperti dalla "
        "Provincia. Il ponte costerà 4 milioni di euro, di cui 3 finanziati dallo Stato. "
        "La fiera, allestita dalla Pro Loco (PL) con il Comune, è costata 60.000 euro, di cui "
        "25.000 pagati dagli sponsor."
    )
    gym = "Quanti euro del costo della nuova palestra sono coperti dalla Provincia?"
    assert it[gym] == "200.000"
    bridge = "Quanti milioni di euro del costo del ponte sono finanziati dallo Stato?"
    assert it[bridge] == "3"
    assert it["Quanti euro del costo della fiera sono pagati dagli sponsor?"] == "25.000"


def test_an_aside_of_what_a_whole_includes_does_not_block_its_sum() -> None:
    it = _questions(
        "La sagra, fuochi d’artificio compresi, è costata circa 25.000 euro. "
        "La squadra, portieri esclusi, ha segnato 40 gol."
    )
    assert it["Quanto è costata la sagra?"] == "25.000 euro"
    assert not any("squadra" in q for q in it)  # "esclusi": the figure is not the whole's


def test_in_piu_after_the_counted_noun_stays_with_it() -> None:
    it = _questions(
        "Per il nuovo reparto servono 12 tecnici e 30 operatori in più. "
        "La mensa avrà 80 coperti in più dal prossimo anno."
    )
    assert it["Quanti tecnici in più servono per il nuovo reparto?"] == "12"
    assert it["Quanti operatori in più servono per il nuovo reparto?"] == "30"
    assert it["Quanti coperti in più avrà la mensa dal prossimo anno?"] == "80"


def test_the_share_of_a_sum_someone_paid_is_asked_of_the_sum() -> None:
    it = _questions(
        "Il nuovo asilo costa 2 milioni di euro, coperti per il 60% dalla Regione. "
        "La piscina è stata rifatta con un investimento di 900.000 euro, coperto per il 30 per "
        "cento da fondi europei e per il resto dal Comune."
    )
    assert it["Quale quota del costo del nuovo asilo è coperta dalla Regione?"] == "60%"
    assert it["Quale quota dell’investimento è coperta da fondi europei?"] == "30 per cento"


def test_no_share_question_cut_inside_a_name_joined_by_e() -> None:
    it = _questions(
        "Il nuovo asilo costa 2 milioni di euro, coperti per il 60% dal Fondo per lo sviluppo "
        "e la coesione (FSC) e per il resto dal Comune."
    )
    assert not any(q.startswith("Quale quota") for q in it)


def test_posti_a_sedere_is_one_counted_noun() -> None:
    it = _questions("L’auditorium ha 650 posti a sedere. La sala conta 120 posti a sedere.")
    assert it["Quanti posti a sedere ha l’auditorium?"] == "650"
    assert not any(q.endswith(" a sedere?") and "posti a sedere" not in q for q in it)


def test_a_level_after_an_opening_and_an_adverb_is_asked_as_the_level_reached() -> None:
    it = _questions(
        "Per fare spazio alla nuova scala, la capienza della sala scende leggermente, da 520 "
        "a 488 posti. "
        "Il biglietto sale gradualmente da 9 a 11 euro."
    )
    assert it["A quanti posti scende la capienza della sala?"] == "488 posti"
    assert it["A quanti euro sale il biglietto?"] == "11 euro"
