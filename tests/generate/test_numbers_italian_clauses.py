"""Italian number facts in clauses the count rules did not read: a measure after the
preposition its verb takes ('si estende su', 'si è alzato di'), a rate a copula says is so
many per cent ('è stata del 61,4%')."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_measure_after_the_preposition_of_its_verb() -> None:
    it = _questions(
        "Il nuovo magazzino si estende su 6.200 metri quadrati. "
        "Le banchine sono state alzate di 70 centimetri. "
        "Il livello del torrente è salito di tre metri in una notte."
    )
    assert it == {
        "Su quanti metri quadrati si estende il nuovo magazzino?": "6.200 metri quadrati",
        "Di quanti centimetri sono state alzate le banchine?": "70 centimetri",
        "Di quanti metri è salito il livello del torrente in una notte?": "tre metri",
    }


def test_a_measure_after_another_verb_and_preposition_is_not_asked() -> None:
    # "su" of a verb that reaches no extent, "di" of a verb of no change: no question
    it = _questions(
        "La relazione tecnica parla di 40 chilometri. Il convegno si concentra su 12 ettari."
    )
    assert not any(q.startswith(("Su quanti", "Di quanti")) for q in it)


def test_a_rate_a_copula_says_is_so_many_per_cent() -> None:
    it = _questions(
        "L’affluenza alle urne è stata del 57,8%, più alta che nel 2020. "
        "Il tasso di successo degli interventi è stato dell’86 per cento. "
        "Nel 2023 il rendimento medio era del 4,1%."
    )
    assert it == {
        "Qual è stata l’affluenza alle urne?": "57,8%",
        "Qual è stato il tasso di successo degli interventi?": "86 per cento",
        "Qual era il rendimento medio nel 2023?": "4,1%",
    }


def test_a_percentage_a_copula_compares_is_not_a_rate() -> None:
    it = _questions(
        "Il prezzo medio è stato del 12% superiore a quello dell’anno scorso. "
        "I ricavi sono stati del 9% più alti."
    )
    assert not any(q.startswith("Qual") for q in it)


def test_an_aside_after_the_subject_before_a_verb_with_its_clitic() -> None:
    it = _questions(
        "La biblioteca, restaurata nel 2019, si sviluppa su 1.800 metri quadrati. "
        "Il festival, giunto alla decima edizione, si è chiuso con 25.000 presenze."
    )
    assert it == {
        "Su quanti metri quadrati si sviluppa la biblioteca?": "1.800 metri quadrati",
        "Con quante presenze si è chiuso il festival?": "25.000",
    }


def test_a_bound_a_verb_denies_is_not_asked() -> None:
    # "non ha più di 30 posti" says at most 30: "Quanti posti non ha?" asks no fact
    assert _questions("Il rifugio non ha più di 30 posti letto.") == {}


def test_a_leading_phrase_of_an_elided_article_or_a_place_with_no_comma() -> None:
    it = _questions(
        "Nell’ultimo turno le ospiti hanno segnato 12 punti. "
        "A Borgoverde il circolo ha raccolto 240 firme contro il progetto. "
        "Dall’inizio dell’estate la polizia ha fermato 75 auto."
    )
    assert it == {
        "Quanti punti hanno segnato le ospiti nell’ultimo turno?": "12",
        "Quante firme ha raccolto il circolo contro il progetto a Borgoverde?": "240",
    }


def test_the_predicate_of_a_copula_after_an_elided_article_does_what_its_relative_says() -> None:
    it = _questions("La Valdera è un’area collinare che comprende 15 comuni.")
    assert it["Quanti comuni comprende la Valdera?"] == "15"


def test_how_many_of_a_feminine_plural_in_o() -> None:
    it = _questions("Nel weekend la polizia locale ha multato 140 auto.")
    assert it == {"Quante auto ha multato la polizia locale nel weekend?": "140"}


def test_a_source_that_opens_a_clause_after_a_colon_is_left_out() -> None:
    it = _questions(
        "La caldaia è stata cambiata: secondo gli ingegneri della Provincia, le emissioni "
        "caleranno del 28% rispetto al vecchio impianto."
    )
    assert it == {"Di quanto caleranno le emissioni rispetto al vecchio impianto?": "28%"}


def test_a_sum_after_the_object_and_its_complement_of_di() -> None:
    it = _questions(
        "Il gruppo ha annunciato l’acquisizione della tedesca Kessler per 450 milioni di euro. "
        "Il giudice ha disposto il sequestro dei conti per 1,3 milioni di euro."
    )
    assert it == {
        "Per quale importo il gruppo ha annunciato l’acquisizione della tedesca Kessler?": (
            "450 milioni di euro"
        ),
        "Per quale importo il giudice ha disposto il sequestro dei conti?": "1,3 milioni di euro",
    }


def test_a_sum_in_an_aside_of_a_passive_participle_and_its_preposition() -> None:
    it = _questions(
        "Il restauro, finanziato con 3,5 milioni di euro, durerà due anni. "
        "La tenuta, venduta per 9 milioni di euro, diventerà un albergo. "
        "I danni, stimati in 40 milioni di euro, saranno risarciti dallo Stato. "
        "Il Comune ha aperto il cantiere, finanziato con 5 milioni di euro, in primavera."
    )
    assert {q: a for q, a in it.items() if "euro" in a} == {
        "Con quanto è stato finanziato il restauro?": "3,5 milioni di euro",
        "Per quanto è stata venduta la tenuta?": "9 milioni di euro",
        "A quanto sono stati stimati i danni?": "40 milioni di euro",
    }


def test_a_relative_clause_with_an_adverb_of_time_or_after_a_participle() -> None:
    it = _questions(
        "La banda, che oggi conta 62 musicisti, suonerà in piazza. "
        "L’associazione, nata nel 1990 e che adesso riunisce 35 circoli, chiede una sede."
    )
    assert it == {
        "Quanti musicisti conta la banda oggi?": "62",
        "Quanti circoli riunisce l’associazione?": "35",
    }


def test_an_average_or_a_total_before_the_count_is_asked_with_it() -> None:
    it = _questions(
        "Il sito ha registrato una media di 90.000 visite al giorno. "
        "La ciclovia conta un totale di 14 aree di sosta."
    )
    assert it == {
        "Quante visite in media ha registrato il sito al giorno?": "90.000",
        "Quante aree di sosta in totale conta la ciclovia?": "14",
    }


def test_a_count_of_part_of_a_group_named_by_a_pronoun_is_not_asked() -> None:
    # "Quanti questi sono stati ...?": the group is in another sentence
    it = _questions(
        "Nella riserva vivono 80 daini. 23 di questi sono stati trasferiti in Umbria. "
        "Sette di quelli rimasti sono malati."
    )
    assert it == {"Quanti daini vivono nella riserva?": "80"}


def test_a_count_in_a_leading_phrase_of_dopo() -> None:
    it = _questions(
        "Dopo sette anni di lavori, la nuova piscina ha aperto al pubblico. "
        "Dopo dodici ore, i soccorritori hanno raggiunto gli escursionisti."
    )
    assert it == {
        "Dopo quanti anni di lavori ha aperto la nuova piscina al pubblico?": "sette",
        "Dopo quante ore i soccorritori hanno raggiunto gli escursionisti?": "dodici",
    }


def test_the_measure_of_a_thing_a_noun_names_before_it() -> None:
    it = _questions(
        "L’osservatorio ha una cupola principale di 9 metri di diametro. "
        "Gli archeologi hanno esplorato un’area di 1.500 metri quadrati. "
        "La provincia ha acquistato un bosco di 40 ettari. "
        "Il progetto riguarda un tratto di 3 chilometri tra il ponte e la diga."
    )
    assert it == {
        "Di quanti metri di diametro è la cupola principale dell’osservatorio?": "9 metri",
        "Di quanti metri quadrati è l’area che hanno esplorato gli archeologi?": (
            "1.500 metri quadrati"
        ),
        "Di quanti ettari è il bosco che ha acquistato la provincia?": "40 ettari",
    }


def test_the_measure_of_the_predicate_of_a_copula_is_the_subject_s() -> None:
    it = _questions("Il Lago Verde è un bacino artificiale di circa 90 ettari.")
    assert it == {"Di quanti ettari è il Lago Verde?": "90 ettari"}


def test_a_share_after_in_with_a_complement_before_it() -> None:
    it = _questions("L’arsenico è rimasto sotto la soglia di allarme nel 91% dei pozzi.")
    assert it == {
        "In quale percentuale dei pozzi l’arsenico è rimasto sotto la soglia di allarme?": "91%"
    }


def test_the_share_of_a_passive_that_its_payer_pays() -> None:
    it = _questions(
        "Il restauro è stato finanziato per il 65% con fondi europei e per il resto dal Comune. "
        "La nuova palestra è stata pagata per l’80 per cento dalla Provincia."
    )
    assert it == {
        "In quale percentuale è stato finanziato il restauro con fondi europei?": "65%",
        "In quale percentuale è stata pagata la nuova palestra dalla Provincia?": "80 per cento",
    }


def test_a_share_of_a_whole_after_a_leading_date() -> None:
    it = _questions("Nel 2023 la provincia ha riciclato il 64% dei rifiuti urbani.")
    assert it["Quale percentuale dei rifiuti urbani ha riciclato la provincia nel 2023?"] == "64%"


def test_a_count_in_an_apposition_of_autore_after_a_name() -> None:
    it = _questions(
        "Migliore in campo il pivot Sara Longhi, 24 anni, autrice di 19 punti. "
        "Decisivo lo schiacciatore Luca Bassi, autore di 21 punti con il 60% in attacco."
    )
    assert it == {
        "Di quanti punti è stata autrice Sara Longhi?": "19",
        "Di quanti punti è stato autore Luca Bassi?": "21",
        "Quanti anni ha Sara Longhi?": "24",
    }


def test_a_long_italian_subject_with_its_complements() -> None:
    it = _questions(
        "I tempi di attesa per gli esami del sangue con ricetta urgente sono scesi del 25% in "
        "un anno."
    )
    assert it == {
        "Di quanto sono scesi i tempi di attesa per gli esami del sangue con ricetta urgente "
        "in un anno?": "25%"
    }


def test_an_adjective_after_the_counted_noun_is_not_the_clause_s_tail() -> None:
    it = _questions("La polizia ha controllato 900 veicoli commerciali pesanti e ne ha fermati 40.")
    assert it == {"Quanti veicoli commerciali ha controllato la polizia?": "900"}


def test_a_name_in_apposition_after_a_role_that_is_the_subject() -> None:
    it = _questions(
        "Il direttore del parco, Giulio Ferri, ha contato 130 camosci sulle creste. "
        "Il parco di Roma, Villa Ada, ospita 40 specie di uccelli."
    )
    assert it == {"Quanti camosci ha contato il direttore del parco sulle creste?": "130"}


def test_a_rate_compared_with_another_time_keeps_the_comparison() -> None:
    it = _questions("Il calo delle iscrizioni è stato del 6% rispetto all’anno scorso.")
    assert it == {"Qual è stato il calo delle iscrizioni rispetto all’anno scorso?": "6%"}


def test_a_count_after_the_object_and_its_complement() -> None:
    it = _questions(
        "La squadra ha concluso il campionato al terzo posto con 58 punti. "
        "Il club ha chiuso il girone della coppa con 7 vittorie."
    )
    assert it == {
        "Con quanti punti la squadra ha concluso il campionato al terzo posto?": "58",
        "Con quante vittorie il club ha chiuso il girone della coppa?": "7",
    }


def test_a_count_that_joins_the_object_with_a_is_not_asked_after_it() -> None:
    # "il sistema di allerta a quattro livelli": the levels are the system's
    it = _questions("La regione adotta il sistema di allerta a quattro livelli.")
    assert not any(q.startswith("A quanti") for q in it)


def test_a_duration_after_a_complement_of_the_verb() -> None:
    it = _questions(
        "Il ponte è rimasto chiuso al traffico per sei settimane. "
        "Nel 2022 il lago è stato vietato alla pesca per 50 giorni."
    )
    assert it == {
        "Per quante settimane è rimasto chiuso il ponte al traffico?": "sei",
        "Per quanti giorni è stato vietato il lago alla pesca nel 2022?": "50",
    }


def test_a_duration_after_a_complement_leaves_its_bound_to_the_answer() -> None:
    it = _questions("La curatrice ha lavorato alla mostra per quasi tre anni.")
    assert it == {"Per quanti anni ha lavorato la curatrice alla mostra?": "tre"}


def test_how_many_agrees_with_the_participle_of_a_plural_in_i() -> None:
    it = _questions(
        "Il reperto è stato studiato a Trieste: in tutto sono state acquisite 3.200 immagini ad "
        "alta risoluzione. Nel 2024 sono stati eletti 12 consiglieri comunali."
    )
    assert it.get("Quante immagini ad alta risoluzione sono state acquisite in tutto?") == "3.200"
    assert not any(q.startswith("Quanti immagini") for q in it)


def test_an_amount_of_a_participle_is_not_fronted_as_the_main_verbs() -> None:
    it = _questions(
        "Il direttore del museo, Franco Berti, ha annunciato una campagna di scavo triennale "
        "finanziata con 480.000 euro dalla Fondazione Cariplo. Il cantiere è stato finanziato "
        "con 2,3 milioni di euro."
    )
    assert not any("ha annunciato" in q for q in it)
    assert it.get("Con quanto è stato finanziato il cantiere?") == "2,3 milioni di euro"


def test_a_leading_date_from_or_by_is_asked_at_the_end() -> None:
    it = _questions("Da marzo 2027 lo scalo di Trapani avrà sette nuove rotte.")
    assert it.get("Quante nuove rotte avrà lo scalo di Trapani da marzo 2027?") == "sette"
    it = _questions("Dal 2024 ha in carico anche lo scalo di Trapani.")
    assert not any("dal 2024" in q for q in it)
    en = _questions("From March 2027 the airport will have seven new routes.", "en")
    assert en.get("How many new routes will the airport have from March 2027?") == "seven"


def test_how_many_of_a_feminine_plural_in_i() -> None:
    """'sedi', 'immagini': feminine plurals whose ending does not tell it."""
    it = _questions("La cooperativa conta in Piemonte circa 40 sedi.")
    assert it == {"Quante sedi conta la cooperativa in Piemonte?": "40"}
    it = _questions("Il laboratorio ha analizzato finora 320 immagini.")
    assert it == {"Quante immagini ha analizzato il laboratorio?": "320"}
