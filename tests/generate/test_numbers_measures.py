"""Measures a noun names before them ('a force of 8,000 tonnes', 'una potenza di 40 megawatt'),
asked by the noun, also when the noun phrase follows the verb's object with a preposition
('reached the seabed at a depth of 900 metres')."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_measure_named_by_a_noun_of_magnitude() -> None:
    en = _questions(
        "The new crane can lift a weight of 1,200 tonnes. "
        "Each generator has a rated output of 750 kilowatts. "
        "The hammer delivers a force of 8,000 tonnes. "
        "The furnace reached a temperature of 1,500 degrees.",
        "en",
    )
    assert en == {
        "What weight can the new crane lift?": "1,200 tonnes",
        "What is the rated output of each generator?": "750 kilowatts",
        "What force does the hammer deliver?": "8,000 tonnes",
        "What temperature did the furnace reach?": "1,500 degrees",
    }
    it = _questions(
        "La centrale ha una potenza complessiva di 40 megawatt. "
        "La pressa esercita una forza di 8.000 tonnellate. "
        "Il forno ha raggiunto una temperatura di 1.500 gradi.",
    )
    assert it == {
        "Qual è la potenza complessiva della centrale?": "40 megawatt",
        "Quale forza esercita la pressa?": "8.000 tonnellate",
        "Quale temperatura ha raggiunto il forno?": "1.500 gradi",
    }


def test_a_measure_after_the_object_and_its_preposition() -> None:
    en = _questions(
        "The robot reached the seabed at a depth of 900 metres. "
        "The rocket released the probe at an altitude of 300 kilometres.",
        "en",
    )
    assert en == {
        "At what depth did the robot reach the seabed?": "900 metres",
        "At what altitude did the rocket release the probe?": "300 kilometres",
    }
    it = _questions(
        "Il razzo ha rilasciato la sonda a un’altitudine di 300 chilometri. "
        "I sub hanno trovato il relitto a una profondità di 40 metri.",
    )
    assert it == {
        "A quale altitudine il razzo ha rilasciato la sonda?": "300 chilometri",
        "A quale profondità i sub hanno trovato il relitto?": "40 metri",
    }


def test_a_noun_that_is_no_magnitude_is_not_asked_by_it() -> None:
    # "Quale tratto ...?" would ask which stretch, not how long: no question by the noun.
    it = _questions("Il piano interessa un tratto di 4 chilometri.")
    assert not any(q.startswith("Quale tratto") for q in it)
    en = _questions("The council built a stretch of 4 kilometres.", "en")
    assert not any(q.startswith("What stretch") for q in en)


def test_the_altitude_of_a_place() -> None:
    it = _questions(
        "Roccalta è un comune della provincia di Rieti, situato a 920 metri di altitudine. "
        "Il Passo di Valbruna è un valico delle Alpi, posto a circa 1.800 metri sul livello "
        "del mare, al confine con l’Austria. "
        "Il borgo sorge su un colle a 640 metri di quota.",
    )
    assert it == {
        "A quale altitudine si trova Roccalta?": "920 metri",
        "A quale altitudine si trova il Passo di Valbruna?": "1.800 metri",
        "A quale altitudine sorge il borgo?": "640 metri",
    }
    en = _questions(
        "Glenmoor is a village in the Highlands, located at 350 metres above sea level. "
        "The pass lies at about 2,100 metres above sea level.",
        "en",
    )
    assert en == {
        "At what altitude is Glenmoor?": "350 metres",
        "At what altitude does the pass lie?": "2,100 metres",
    }
    # A depth or a height of something else is no altitude of the subject.
    assert _questions("Il lago è profondo 30 metri.") == {"Quanto è profondo il lago?": "30 metri"}


def test_an_italian_intransitive_past_before_its_counted_subject() -> None:
    it = _questions(
        "Hanno aderito 300 persone al presidio. "
        "Alla marcia hanno partecipato 2.000 studenti. "
        "Hanno partecipato al corso 45 insegnanti. "
        "Nel cantiere hanno lavorato 40 operai.",
    )
    assert it == {
        "Quante persone hanno aderito al presidio?": "300",
        "Quanti studenti hanno partecipato alla marcia?": "2.000",
        "Quanti insegnanti hanno partecipato al corso?": "45",
        "Quanti operai hanno lavorato nel cantiere?": "40",
    }
    # After a transitive past the count is the object of a subject left unsaid: not asked.
    assert _questions("Hanno raccolto 90 firme. Nel 2024 hanno venduto 300 case.") == {}


def test_a_reported_clause_whose_subject_is_the_one_who_says_it() -> None:
    en = _questions(
        "The receivers said they had received twelve offers. "
        "Harlow Mining said it had raised £40m from investors. "
        "The trustees say they have planted 3,000 trees.",
        "en",
    )
    assert en == {
        "How many offers had the receivers received?": "twelve",
        "How much had Harlow Mining raised from investors?": "£40m",
        "How many trees have the trustees planted?": "3,000",
    }
    it = _questions(
        "La società ha spiegato che ha ricevuto 12 offerte. "
        "I volontari hanno detto che hanno piantato 3.000 alberi.",
    )
    assert it == {
        "Quante offerte ha ricevuto la società?": "12",
        "Quanti alberi hanno piantato i volontari?": "3.000",
    }
    # A pronoun that does not agree with who says it is someone else: not asked.
    assert _questions("The council said they had received 40 complaints.", "en") == {}
    assert _questions("Maria Rossi said it had sold 300 copies.", "en") == {}


def test_a_leading_phrase_of_time_with_a_year_in_it() -> None:
    en = _questions(
        "In the 1990s, the mill employed 2,000 people. "
        "At its peak in the 1970s, the yard employed more than 6,000 workers.",
        "en",
    )
    assert en == {
        "How many people did the mill employ in the 1990s?": "2,000",
        "How many workers did the yard employ at its peak in the 1970s?": "6,000",
    }
    it = _questions("Alla fine del 2024, l’azienda contava 300 dipendenti.")
    assert it == {"Quanti dipendenti contava l’azienda alla fine del 2024?": "300"}
    # A clause that opens the sentence is no phrase of time.
    assert _questions("After the plant closed in 1990, the town lost 2,000 jobs.", "en") == {}


def test_the_perfect_of_cost() -> None:
    en = _questions(
        "The restoration has cost £31 million. The council said the work had cost £4m.", "en"
    )
    assert en == {
        "How much has the restoration cost?": "£31 million",
        "How much had the work cost?": "£4m",
    }


def test_a_relative_clause_about_the_body_a_verb_names() -> None:
    it = _questions(
        "Le verifiche furono affidate al Nucleo tributario di Lecce, che ricostruì oltre 900 "
        "bonifici sospetti. "
        "Il restauro è stato seguito dalla Soprintendenza di Pisa, che ha schedato 1.300 "
        "frammenti.",
    )
    assert it == {
        "Quanti bonifici sospetti ricostruì il Nucleo tributario di Lecce?": "900",
        "Quanti frammenti ha schedato la Soprintendenza di Pisa?": "1.300",
    }
    en = _questions(
        "The survey was carried out by the Marine Conservation Society, which counted 4,200 seals.",
        "en",
    )
    assert en == {"How many seals did the Marine Conservation Society count?": "4,200"}
    # A name that ends another noun's phrase is not what the relative clause is about.
    assert _questions("È il parco della Sila, che conta 300 specie di piante.") == {}


def test_a_sum_that_is_part_of_a_whole_and_a_compound_unit() -> None:
    en = _questions(
        "Harlow Mining has secured £40m of the required funding. "
        "The turbines have generated 12 gigawatt-hours of electricity.",
        "en",
    )
    assert en == {"How much of the required funding has Harlow Mining secured?": "£40m"}


def test_a_clause_after_a_colon_is_read_on_its_own() -> None:
    it = _questions(
        "Il bilancio della stagione è positivo: il rifugio ha ospitato 4.000 escursionisti. "
        "I soci non ricevono il saldo da due anni: il credito complessivo ammonta a 2 milioni "
        "di euro.",
    )
    assert it == {
        "Quanti escursionisti ha ospitato il rifugio?": "4.000",
        "Da quanti anni non ricevono i soci il saldo?": "due",
        "A quanto ammonta il credito complessivo?": "2 milioni di euro",
    }
    en = _questions("The season went well: the hut welcomed 4,000 walkers.", "en")
    assert en == {"How many walkers did the hut welcome?": "4,000"}
    # A list after a colon is no clause.
    assert _questions("Tre comuni: Alba, Bra e Cuneo, che contano 9.000 abitanti.") == {}


def test_a_sum_put_on_a_thing_with_in() -> None:
    it = _questions(
        "I danni sono stati stimati in 40 milioni di euro. "
        "Il valore dell’opera è stato quantificato in 2 milioni di euro.",
    )
    assert it == {
        "A quanto sono stati stimati i danni?": "40 milioni di euro",
        "A quanto è stato quantificato il valore dell’opera?": "2 milioni di euro",
    }


def test_a_reported_clause_after_the_day_it_was_said() -> None:
    en = _questions("Norland Steel said on Monday it had agreed to buy the mill for £9m.", "en")
    assert en == {"For how much had Norland Steel agreed to buy the mill?": "£9m"}


def test_a_length_a_line_covers_and_a_second_verb_after_a_measure() -> None:
    en = _questions(
        "The trail covers about 19 kilometres and involves 900 metres of climbing.", "en"
    )
    assert en == {
        "How long is the trail?": "19 kilometres",
        "How many metres of climbing does the trail involve?": "900 metres",
    }
    # What a runner covers is no length of the runner: the distance gone, asked in its unit.
    assert _questions("The runners covered 42 kilometres.", "en") == {
        "How many kilometres did the runners cover?": "42 kilometres"
    }


def test_a_reported_clause_after_a_sayer_with_an_apposition() -> None:
    en = _questions(
        "The museum’s director, Ann Lee, said the gallery had welcomed 40,000 visitors.", "en"
    )
    assert en == {"How many visitors had the gallery welcomed?": "40,000"}


def test_an_opening_pair_of_times_before_an_italian_verb_and_its_counted_subject() -> None:
    it = _questions(
        "Da marzo a giugno sono caduti appena 90 millimetri di pioggia. "
        "Tra il 2019 e il 2022 sarebbero state vendute 300 biciclette rubate.",
    )
    assert it == {
        "Quanti millimetri di pioggia sono caduti da marzo a giugno?": "90 millimetri",
        "Quante biciclette rubate sarebbero state vendute tra il 2019 e il 2022?": "300",
    }


def test_an_italian_sum_on_top_of_another() -> None:
    it = _questions(
        "La Provincia ha stanziato altri 300.000 euro per le scuole. "
        "Il Comune ha chiesto ulteriori 2 milioni di euro.",
    )
    assert it == {
        "Quanto ha stanziato in più la Provincia per le scuole?": "300.000 euro",
        "Quanto ha chiesto in più il Comune?": "2 milioni di euro",
    }


def test_an_opening_with_a_possessive_is_no_place_the_card_can_name() -> None:
    it = _questions(
        "Il borgo è noto per il vino: nel suo territorio operano tre cantine. "
        "Nella sua sede lavorano 40 restauratori. Hanno partecipato alla sua festa 300 ospiti.",
    )
    assert it == {}


def test_a_length_compound_of_a_detour_or_a_stretch_and_a_level() -> None:
    en = _questions(
        "Drivers now face a 9-mile detour via Bromyard. "
        "The 12-mile (19km) stretch has been resurfaced. "
        "The river reached a level of 6 metres.",
        "en",
    )
    assert en == {
        "How long is the detour via Bromyard?": "9 miles",
        "How long is the stretch that has been resurfaced?": "12 miles",
        "What level did the river reach?": "6 metres",
    }
    assert _questions("Il fiume ha raggiunto un livello di 7 metri.") == {
        "Quale livello ha raggiunto il fiume?": "7 metri"
    }


def test_a_measure_or_the_first_few_as_the_subject() -> None:
    it = _questions(
        "Le prime 30 tonnellate sono state vendute a un grossista. "
        "I primi 200 iscritti riceveranno una maglia.",
    )
    assert it == {
        "Quante tonnellate sono state vendute a un grossista?": "30 tonnellate",
        "Quanti iscritti riceveranno una maglia?": "200",
    }
    en = _questions("About 300 hectares were burned on Sunday.", "en")
    assert en == {"How many hectares were burned on Sunday?": "300 hectares"}


def test_an_english_sum_the_copula_gives_of_a_definite_subject() -> None:
    en = _questions(
        "The minimum rate for porters is £11.20 an hour. The total cost was about £5m. "
        "The bill was £500 more than expected. Its budget is £3m.",
        "en",
    )
    assert en == {
        "What is the minimum rate for porters?": "£11.20",
        "What was the total cost?": "£5m",
    }


def test_a_relative_clause_about_a_body_a_verb_has_after_it() -> None:
    it = _questions(
        "A costruirlo è stato il Consorzio Apicoltori del Montefeltro, che riunisce circa "
        "800 soci.",
    )
    assert it == {"Quanti soci riunisce il Consorzio Apicoltori del Montefeltro?": "800"}
    # Nothing after "che" but the subject of its own verb: the body is its object.
    assert not any(
        "Consorzio" in q
        for q in _questions("Ha visitato il Consorzio Apicoltori, che i soci guidano da 12 anni.")
    )


def test_a_reported_subject_the_sayer_owns() -> None:
    # "its"/"i suoi" in the reported clause stand for the one who says it
    en = _questions("The trust said its nurses had vaccinated 640 patients.", "en")
    assert en == {"How many patients had the trust’s nurses vaccinated?": "640"}
    it = _questions("La cooperativa ha spiegato che i suoi soci hanno piantato 900 ulivi.")
    assert it == {"Quanti ulivi hanno piantato i soci della cooperativa?": "900"}
