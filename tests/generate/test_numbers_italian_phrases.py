"""Italian counted noun phrases and copulas the count rules cut short: a copula in a compound
tense before its measure ('è stata di 31 gradi'), a hyphenated adjective of the counted noun
('pastore maremmano-abruzzese'), a quality after the noun's complement ('di illuminazione a
basso consumo')."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_measure_after_a_copula_in_a_compound_tense() -> None:
    it = _questions(
        "La temperatura media del lago è stata di 24,6 gradi. "
        "L’escursione termica era stata di 18 gradi nel 2019."
    )
    assert it == {
        "Di quanti gradi è stata la temperatura media del lago?": "24,6 gradi",
        "Di quanti gradi era stata l’escursione termica nel 2019?": "18 gradi",
    }


def test_a_count_of_things_after_a_copula_in_a_compound_tense_is_no_measure() -> None:
    # as with "Il bilancio è di 12 morti": a toll is not asked as a measure
    it = _questions("Il bilancio dell’alluvione è stato di 9 vittime.")
    assert not any(q.startswith("Di quant") for q in it)


def test_a_hyphenated_adjective_stays_with_the_counted_noun() -> None:
    it = _questions(
        "Il progetto prevede 40 esemplari di cavallo sardo-corso. "
        "L’ateneo ha avviato 12 corsi di laurea tecnico-scientifica."
    )
    assert it == {
        "Quanti esemplari di cavallo sardo-corso prevede il progetto?": "40",
        "Quanti corsi di laurea tecnico-scientifica ha avviato l’ateneo?": "12",
    }


def test_a_quality_after_the_complement_stays_with_the_counted_noun() -> None:
    it = _questions(
        "Sono stati posati 7 chilometri di fibra ottica ad alta velocità in centro. "
        "La provincia ha acquistato 25 mezzi di soccorso a basso impatto."
    )
    fibre = "Quanti chilometri di fibra ottica ad alta velocità sono stati posati in centro?"
    assert it == {
        fibre: "7 chilometri",
        "Quanti mezzi di soccorso a basso impatto ha acquistato la provincia?": "25",
    }


def test_a_count_of_a_ranked_group_the_subject_is_among_is_not_asked() -> None:
    # "Quante squadre d’Europa torna ... tra le migliori?" reads wrong: the number is a rank
    it = _questions(
        "La Pallavolo Chieri entra tra le migliori quattro squadre del continente. "
        "L’istituto figura fra i primi 50 centri di ricerca del Paese."
    )
    assert not any(q.startswith(("Quant", "Di quant")) for q in it)


def test_a_source_between_the_verb_and_the_count_goes_to_the_end() -> None:
    it = _questions(
        "Il presidio ha raccolto, secondo i promotori, 7.000 adesioni. "
        "Il concerto ha richiamato, secondo la prefettura, 12.000 spettatori."
    )
    assert it == {
        "Quante adesioni ha raccolto il presidio secondo i promotori?": "7.000",
        "Quanti spettatori ha richiamato il concerto secondo la prefettura?": "12.000",
    }


def test_the_size_of_a_thing_after_da_is_asked_of_the_thing() -> None:
    it = _questions(
        "La parrocchia ha comprato un pulmino da 9 posti. "
        "L’azienda ha montato un generatore da 3,5 megawatt. "
        "Il palazzetto è una struttura da 4.500 posti."
    )
    assert it == {
        "Di quanti posti è il pulmino che ha comprato la parrocchia?": "9",
        "Di quanti megawatt è il generatore che ha montato l’azienda?": "3,5 megawatt",
        "Di quanti posti è il palazzetto?": "4.500",
    }


def test_a_relative_clause_about_the_object_is_the_object_s_own_clause() -> None:
    it = _questions(
        "La provincia ha ristrutturato anche la vecchia palestra, che oggi ospita 300 atleti. "
        "Il comune gestisce il bosco, che si estende su 25 ettari."
    )
    assert it == {
        "Quanti atleti ospita la vecchia palestra oggi?": "300",
        "Su quanti ettari si estende il bosco?": "25 ettari",
    }


def test_a_relative_clause_after_a_complement_is_not_read_as_the_object_s() -> None:
    # "della valle" may be what the clause is about: no question that guesses
    it = _questions("Il presidente ha visitato il rifugio della valle, che conta 900 abitanti.")
    assert not any(q.startswith("Quanti abitanti") for q in it)


def test_a_rise_told_after_the_object_is_asked_of_the_object() -> None:
    it = _questions(
        "Il rifugio ha registrato 6.400 pernottamenti, il 15% in più rispetto al 2022. "
        "La coop ha consegnato 2.300 pacchi, l’8 per cento in più rispetto all’estate."
    )
    assert it["Di quanto sono aumentati i pernottamenti del rifugio rispetto al 2022?"] == "15%"
    asked = "Di quanto sono aumentati i pacchi che ha consegnato la coop rispetto all’estate?"
    assert it[asked] == "8 per cento"


def test_a_sum_that_ends_the_clause_after_con_is_asked_of_the_subject() -> None:
    it = _questions(
        "La fondazione fu sciolta nel 2019, con un disavanzo di 3 milioni di euro. "
        "La rassegna tornerà in autunno, con un budget di 600.000 euro."
    )
    assert it["A quanto ammontava il disavanzo della fondazione?"] == "3 milioni di euro"
    assert it["A quanto ammonterà il budget della rassegna?"] == "600.000 euro"


def test_a_gap_a_copula_gives_in_counted_things() -> None:
    # a difference is measured in what it counts: votes, points, places
    it = _questions(
        "Lo scarto tra i due candidati è stato di 312 voti. "
        "Il distacco dalla capolista è di sei punti. "
        "Il bilancio della frana è stato di 4 vittime."
    )
    assert it == {
        "Di quanti voti è stato lo scarto tra i due candidati?": "312",
        "Di quanti punti è il distacco dalla capolista?": "sei",
    }
