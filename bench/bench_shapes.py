"""Shape robustness: the same fact written in the many shapes reporters use, and the share of them
the generator asks by a real question (run by hand, never in tests).

python bench/bench_shapes.py [--lang it|en] [--show cloze|asked|all] [--dim NAME] [--fact ID]

Each fact below is a plain sentence (subject, verb, an object or complement holding the answer)
that the generator should turn into a question. Every shape rewrites it one way at a time:
another tense, a modifier before the figure ("about", "oltre"), an opening phrase with or
without a comma, an aside after the subject, an adverb in the verb group, a tail after the
figure, reported speech, a relative clause, and, last, two of these at once (chosen with a
fixed seed, so runs compare). A shape counts as asked when a question card's answer holds the
figure and its question does not. The held-out sets measure transfer to unseen articles; this
measures why it fails: which shapes of a fact the rules still refuse.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from dataclasses import dataclass

from quizlib.generate import generate_deck


@dataclass(frozen=True)
class Fact:
    """A fact as subject + verb + rest, with the verb in each tense, and the figure to ask."""

    id: str
    language: str
    subject: str
    rest: str
    figure: str
    tenses: str  # "past: took | perfect: has taken | …", the plain sentence's tense first
    after: str = ""  # what follows the rest in the plain sentence (a place, a time)
    modifiers: bool = True  # whether "about", "oltre" … may come before the figure
    # The rest with a modifier, where it is not put before the figure: "di {mod} il 12%"
    # ("sono cresciute di circa il 12%", "di più del 12%").
    modified: str = ""

    @property
    def verbs(self) -> dict[str, str]:
        pairs = (item.split(":", 1) for item in self.tenses.split(" | "))
        return {tense.strip(): verb.strip() for tense, verb in pairs}


EN = "en"
IT = "it"

FACTS = [
    Fact(
        "volunteers",
        EN,
        "the dig",
        "140 volunteers",
        "140",
        "past: involved | present: involves | perfect: has involved | "
        "pluperfect: had involved | future: will involve | "
        "expected: is expected to involve",
    ),
    Fact(
        "samples",
        EN,
        "the agency",
        "63 samples",
        "63",
        "past: took | present: takes | perfect: has taken | "
        "pluperfect: had taken | future: will take | expected: plans to take",
        " from the river",
    ),
    Fact(
        "distance",
        EN,
        "the tagged bird",
        "180 kilometres",
        "180",
        "past: flew | perfect: has flown | pluperfect: had flown | "
        "future: will fly | expected: is expected to fly",
        " to the Shannon estuary",
    ),
    Fact(
        "staff",
        EN,
        "the creamery",
        "212 people",
        "212",
        "past: employed | present: employs | perfect: has employed | "
        "future: will employ | expected: expects to employ",
    ),
    Fact(
        "money",
        EN,
        "the council",
        "£2.4 million",
        "2.4",
        "past: spent | present: spends | perfect: has spent | "
        "pluperfect: had spent | future: will spend | expected: plans to spend",
        " on the new roof",
    ),
    Fact(
        "year",
        EN,
        "the museum",
        "1987",
        "1987",
        "past: opened in | perfect: has been open since | "
        "pluperfect: had opened in | passive: was opened in",
        modifiers=False,
    ),
    Fact(
        "duration",
        EN,
        "the works",
        "18 months",
        "18",
        "past: lasted | present: last | future: will last | expected: are expected to last",
    ),
    Fact(
        "percent",
        EN,
        "ticket sales",
        "by 12%",
        "12",
        "past: rose | perfect: have risen | future: will rise | expected: are expected to rise",
    ),
    Fact(
        "campioni",
        IT,
        "l'ARPAC",
        "63 campioni",
        "63",
        "passato: ha prelevato | presente: preleva | remoto: prelevò | "
        "trapassato: aveva prelevato | futuro: preleverà | "
        "modale: dovrà prelevare",
        " lungo il torrente",
    ),
    Fact(
        "dipendenti",
        IT,
        "l'azienda",
        "212 dipendenti",
        "212",
        "passato: ha assunto | presente: impiega | remoto: assunse | "
        "trapassato: aveva assunto | futuro: assumerà | "
        "modale: intende assumere",
    ),
    Fact(
        "euro",
        IT,
        "il Comune",
        "2,4 milioni di euro",
        "2,4",
        "passato: ha speso | presente: spende | remoto: spese | "
        "trapassato: aveva speso | futuro: spenderà | modale: dovrà spendere",
        " per il nuovo tetto",
    ),
    Fact(
        "anno",
        IT,
        "il museo",
        "nel 1987",
        "1987",
        "passato: è stato inaugurato | remoto: fu inaugurato | "
        "attivo: ha aperto | trapassato: era stato inaugurato",
        modifiers=False,
    ),
    Fact(
        "ore",
        IT,
        "i partecipanti",
        "7 ore a notte",
        "7",
        "passato: hanno dormito | presente: dormono | remoto: dormirono | imperfetto: dormivano",
    ),
    Fact(
        "gol",
        IT,
        "la squadra",
        "38 gol",
        "38",
        "passato: ha segnato | presente: segna | remoto: segnò | "
        "trapassato: aveva segnato | futuro: segnerà",
        " in campionato",
    ),
    Fact(
        "durata",
        IT,
        "i lavori",
        "18 mesi",
        "18",
        "passato: sono durati | presente: durano | futuro: dureranno | modale: dovrebbero durare",
    ),
    Fact(
        "percento",
        IT,
        "le vendite",
        "del 12%",
        "12",
        "passato: sono cresciute | futuro: cresceranno | presente: crescono",
        modified="di {mod} il 12%",
    ),
    # Money and percentages in more shapes (after the others: the pairs of the facts above,
    # drawn from one seeded generator, stay as they were).
    Fact(
        "bonus",
        EN,
        "every employee",
        "a one-off bonus of £1,000",
        "1,000",
        "future: will receive | past: received | perfect: has received | "
        "expected: is expected to receive",
    ),
    Fact(
        "profit",
        EN,
        "the creamery",
        "a pre-tax profit of £3.1 million",
        "3.1",
        "past: made | perfect: has made | pluperfect: had made | future: will make | "
        "expected: expects to make",
    ),
    Fact(
        "fee",
        EN,
        "the licence",
        "£1,200 a year",
        "1,200",
        "present: costs | past: cost | future: will cost | expected: is expected to cost",
    ),
    Fact(
        "increase",
        EN,
        "ticket sales",
        "an increase of 12%",
        "12",
        "past: showed | perfect: have shown | future: will show | expected: are expected to show",
        " on the year before",
    ),
    Fact(
        "contributo",
        IT,
        "la cooperativa",
        "un contributo di 1.200 euro",
        "1.200",
        "passato: ha versato | presente: versa | remoto: versò | futuro: verserà | "
        "modale: dovrà versare",
        " ai soci",
    ),
    Fact(
        "aumento",
        IT,
        "le vendite",
        "un aumento del 12%",
        "12",
        "passato: hanno registrato | presente: registrano | remoto: registrarono | "
        "futuro: registreranno",
        " rispetto all'anno scorso",
        modified="un aumento di {mod} il 12%",
    ),
    # Dates beyond a bare year (after the others, so their paired shapes stay as they were): a
    # full date, a month and year, "since", a day without a year.
    Fact(
        "date",
        EN,
        "the council",
        "the plan on 12 March 2024",
        "12 March",
        "past: approved | pluperfect: had approved | future: will approve | "
        "expected: is expected to approve",
        modifiers=False,
    ),
    Fact(
        "month",
        EN,
        "work on the bridge",
        "in September 2026",
        "September",
        "future: will start | expected: is expected to start | present: starts | past: started",
        modifiers=False,
    ),
    Fact(
        "since",
        EN,
        "the headteacher",
        "the school since 2019",
        "2019",
        "perfect: has led | continuous: has been leading | pluperfect: had led",
        modifiers=False,
    ),
    Fact(
        "day",
        EN,
        "the ferry",
        "service on 3 May",
        "3 May",
        "past: resumed | future: will resume | perfect: had resumed | "
        "expected: is expected to resume",
        modifiers=False,
    ),
    Fact(
        "data",
        IT,
        "il consiglio",
        "il piano il 15 aprile 2024",
        "15 aprile",
        "passato: ha approvato | remoto: approvò | trapassato: aveva approvato | "
        "modale: doveva approvare",
        modifiers=False,
    ),
    Fact(
        "mese",
        IT,
        "i lavori",
        "a settembre 2026",
        "settembre",
        "futuro: partiranno | modale: dovrebbero partire | presente: partono | "
        "passato: sono partiti",
        modifiers=False,
    ),
    Fact(
        "dal",
        IT,
        "la preside",
        "la scuola dal 2019",
        "2019",
        "presente: guida | imperfetto: guidava | passato: ha guidato",
        modifiers=False,
    ),
    Fact(
        "giorno",
        IT,
        "il traghetto",
        "le corse il 3 maggio",
        "3 maggio",
        "passato: ha ripreso | futuro: riprenderà | remoto: riprese | trapassato: aveva ripreso",
        modifiers=False,
    ),
    Fact(
        "catch",
        EN,
        "the total catch for mackerel",
        "389,000 tonnes",
        "389,000",
        "future: will be | past: was | present: is | perfect: has been | "
        "expected: is expected to be",
    ),
    Fact(
        "attendance",
        EN,
        "attendance at the festival",
        "152,300",
        "152,300",
        "past: reached | stood: stood at | totalled: totalled | came: came to | "
        "present: stands at | perfect: has reached | future: will reach",
    ),
    Fact(
        "famiglie",
        IT,
        "le famiglie in graduatoria",
        "23.400",
        "23.400",
        "presente: sono | imperfetto: erano | futuro: saranno | risultano: risultano | "
        "restano: restano | passato: sono state",
        modifiers=True,
    ),
    Fact(
        "produzione",
        IT,
        "la produzione di nocciole",
        "a 180.000 quintali",
        "180.000",
        "futuro: si fermerà | passato: si è fermata | presente: si ferma | "
        "arrivata: è arrivata | attestata: si è attestata | salita: è salita",
    ),
    # Money and percentages in the shapes of reporting (a block of its own, after the others):
    # a sum before its noun, a sum a thing is worth, a sum something costs someone, a noun of
    # money with its sum after "di"/"da" or "of", a share of a whole, a rise by a percentage.
    Fact(
        "bill",
        EN,
        "the council",
        "a £86,000 bill",
        "86,000",
        "present: faces | past: faced | future: will face | expected: is expected to face",
        " for the repairs",
    ),
    Fact(
        "worth",
        EN,
        "the firm",
        "a contract worth £3.5m",
        "3.5",
        "past: won | perfect: has won | pluperfect: had won | future: will sign",
    ),
    Fact(
        "ratepayers",
        EN,
        "the operation",
        "ratepayers £86,000",
        "86,000",
        "past: cost | perfect: has cost | future: will cost | expected: is expected to cost",
    ),
    Fact(
        "bursaries",
        EN,
        "the council",
        "bursaries of £3,000",
        "3,000",
        "future: will offer | past: offered | present: offers | expected: plans to offer",
        " to teachers",
    ),
    Fact(
        "rise",
        EN,
        "visitor numbers",
        "by 27%",
        "27",
        "past: rose | perfect: have risen | future: will rise | expected: are expected to rise",
        modified="by {mod} 27%",
    ),
    Fact(
        "finanziamento",
        IT,
        "la Regione",
        "un finanziamento da 1,2 milioni",
        "1,2",
        "passato: ha concesso | remoto: concesse | futuro: concederà | presente: concede",
        " al Comune",
    ),
    Fact(
        "costo",
        IT,
        "il progetto",
        "un costo complessivo di 3,4 milioni di euro",
        "3,4",
        "presente: ha | imperfetto: aveva | futuro: avrà | passato: ha avuto",
    ),
    Fact(
        "ticket",
        IT,
        "i turisti",
        "un ticket di 20 euro",
        "20",
        "futuro: pagheranno | presente: pagano | passato: hanno pagato | modale: dovranno pagare",
        " per ogni visita",
    ),
    Fact(
        "pari",
        IT,
        "la spesa per il personale",
        "pari al 12% del bilancio",
        "12",
        "presente: è | imperfetto: era | futuro: sarà | passato: è stata",
        modified="pari a {mod} il 12% del bilancio",
    ),
    Fact(
        "salita",
        IT,
        "la spesa",
        "del 3,5 per cento",
        "3,5",
        "passato: è salita | presente: sale | futuro: salirà | remoto: salì",
        " in un anno",
        modified="di {mod} il 3,5 per cento",
    ),
    # Facts of people named by their name, asked again when a later sentence says them
    # by a pronoun ("She trains ..."), one of them with a given name the list of names lacks.
    Fact(
        "horses",
        EN,
        "Tamsin Rudd",
        "18 horses",
        "18",
        "present: trains | past: trained | perfect: has trained | future: will train",
        " from a farm near Kelso",
    ),
    Fact(
        "apprentices",
        EN,
        "Morag Finlay",
        "24 apprentices",
        "24",
        "past: took on | present: employs | perfect: has taken on | future: will take on",
    ),
    Fact(
        "cavalli",
        IT,
        "Giulia Ferraris",
        "18 cavalli",
        "18",
        "presente: allena | passato: ha allenato | futuro: allenerà",
        " in una scuderia vicino a Cuneo",
    ),
    # A pair of noun phrases after the figure, or before its noun: the question keeps both
    # halves ("from the state and federal governments", "25 seasonal and 6 permanent workers").
    Fact(
        "grant_pair",
        EN,
        "the hatchery",
        "£3.4 million",
        "3.4",
        "past: received | present: receives | perfect: has received | "
        "future: will receive | expected: expects to receive",
        " from the state and federal governments",
    ),
    Fact(
        "seasonal_pair",
        EN,
        "the vineyard",
        "25 seasonal and 6 permanent workers",
        "25",
        "past: employed | present: employs | perfect: has employed | "
        "future: will employ | expected: expects to employ",
    ),
    # An Italian present the dictionary reads as an adjective ("coltiva" -> "coltivo"), after
    # a person named by the given name alone.
    Fact(
        "vigneto",
        IT,
        "Luca",
        "12 ettari di vigneto",
        "12",
        "presente: coltiva | passato: ha coltivato | futuro: coltiverà",
        " a Montalcino",
    ),
]


# Counts and measures inside a noun phrase or a tail: the figure modifies a noun ("a
# 240-pupil school", "aliscafi da 250 posti"), sums the clause up ("for a total of 41 jobs"),
# opens a "with" phrase ("With 4,200 members, ..."), is a range or an approximation ("una
# quarantina di barche"), or counts the subject of an Italian verb ("avevano risposto in 71").
# Each is a fact of its own, written in a few sentences: (dimension, label, sentence).
@dataclass(frozen=True)
class Counted:
    """A figure asked of a noun phrase or a tail, in the sentences that hold it."""

    id: str
    language: str
    figure: str
    sentences: tuple[tuple[str, str, str], ...]


COUNTED = [
    Counted(
        "pupils",
        EN,
        "240",
        (
            (
                "compound",
                "future",
                "The council will build a 240-pupil school on the old depot site.",
            ),
            ("compound", "past", "The council opened a 240-pupil school in Kilcoole last year."),
            ("compound", "perfect", "The trust has opened a new 240-pupil school in the village."),
            ("compound", "passive", "A 240-pupil school will be built on the old depot site."),
            ("with", "opening", "With 240 pupils, the school is the largest in the county."),
            ("with", "about", "With about 240 pupils, the school is the largest in the county."),
        ),
    ),
    Counted(
        "places",
        EN,
        "40",
        (
            ("compound", "future", "The charity will open a 40-place nursery in Kilcoole."),
            ("compound", "perfect", "The council has approved a 40-place nursery on the site."),
            ("compound", "expected", "The trust plans to build a 40-place nursery in the town."),
        ),
    ),
    Counted(
        "jobs-total",
        EN,
        "41",
        (
            (
                "total",
                "for a total",
                "The factory will add 12 jobs next year, for a total of 41 jobs.",
            ),
            ("total", "bringing", "The factory added 12 jobs last year, bringing the total to 41."),
            ("total", "taking", "The factory will add 12 jobs, taking the total to 41."),
        ),
    ),
    Counted(
        "boats",
        EN,
        "40",
        (
            ("approx", "between", "Between 30 and 40 boats took part in the regatta."),
            ("approx", "some", "Some 40 boats took part in the regatta on Sunday."),
            ("approx", "dozens", "The club has 40 or so boats."),
        ),
    ),
    Counted(
        "posti",
        IT,
        "250",
        (
            ("compound", "futuro", "La società metterà in servizio quattro aliscafi da 250 posti."),
            (
                "compound",
                "ciascuno",
                "La società metterà in servizio quattro aliscafi da 250 posti ciascuno.",
            ),
            ("compound", "passato", "La Regione ha acquistato due navi da 250 posti."),
            ("compound", "un", "Il Comune ha inaugurato un teatro da 250 posti."),
            ("compound", "passivo", "Saranno acquistati quattro autobus da 250 posti."),
        ),
    ),
    Counted(
        "soci",
        IT,
        "4.200",
        (
            ("with", "circa", "Con circa 4.200 soci, il club è il più grande della provincia."),
            ("with", "plain", "Con 4.200 soci il club è il più grande della provincia."),
            (
                "with",
                "tra i più",
                "Con 4.200 soci, il Circolo Nautico è tra i più grandi d'Italia.",
            ),
        ),
    ),
    Counted(
        "posti-con",
        IT,
        "120",
        (
            ("with", "con", "Il progetto prevede una terrazza con 120 posti a sedere."),
            (
                "with",
                "con, relativa",
                "Il Comune aprirà una sala con 120 posti, che ospiterà i concerti.",
            ),
            ("compound", "da soggetto", "Il parcheggio da 120 posti sarà pronto entro giugno."),
            ("compound", "da elenco", "Tra le opere: una piscina e una tribuna da 120 posti."),
        ),
    ),
    Counted(
        "giorni-totale",
        IT,
        "93",
        (
            (
                "total",
                "per un totale",
                "Gli ambulatori resteranno aperti fino al 15 settembre, "
                "per un totale di 93 giorni.",
            ),
            ("total", "portando", "Il festival ha aggiunto due giornate, portando il totale a 93."),
            (
                "total",
                "salire",
                "La Regione ha finanziato altri 12 corsi, facendo salire il totale a 93.",
            ),
        ),
    ),
    Counted(
        "barche",
        IT,
        "40",
        (
            ("approx", "tra", "Alla regata hanno partecipato tra 30 e 40 barche."),
            ("approx", "circa", "Alla regata hanno partecipato circa 40 barche."),
        ),
    ),
    Counted(
        "quarantina",
        IT,
        "quarantina",
        (
            ("approx", "partecipato", "Alla regata hanno partecipato una quarantina di barche."),
            ("approx", "assunto", "Quest'anno il Comune ha assunto una quarantina di operai."),
            ("approx", "ormeggiate", "Nel porto sono ormeggiate una quarantina di barche."),
        ),
    ),
    Counted(
        "medici-in",
        IT,
        "71",
        (
            ("in-count", "avevano", "All'avviso pubblico avevano risposto in 71."),
            ("in-count", "erano", "Alla manifestazione di sabato erano in 71."),
            ("in-count", "si sono", "Al concorso si sono presentati in 71."),
        ),
    ),
]

# Counts away from the head of their clause: a count that describes the subject or the
# object ("Donors from 38 countries ...", "... gli studenti di 26 scuole"), a counted subject
# whose verb only its place tells ("licence holders fish| in the bay"), and a counted agent
# after a complement of the passive ("was taken within six miles by 14 vessels").
COUNTED += [
    Counted(
        "owner-countries",
        EN,
        "38",
        (
            ("owner-subject", "past", "Donors from 38 countries contributed to the fund."),
            ("owner-subject", "about", "Donors from about 38 countries contributed to the fund."),
            ("owner-subject", "perfect", "Donors from 38 countries have contributed to the fund."),
            ("owner-subject", "of", "Students of 38 schools took part in the festival."),
            ("owner-object", "past", "The fund attracted donors from 38 countries."),
            ("owner-object", "perfect", "The festival has drawn students from 38 schools."),
        ),
    ),
    Counted(
        "owner-paesi",
        IT,
        "38",
        (
            ("owner-subject", "passato", "Donatori di 38 paesi hanno contribuito alla raccolta."),
            (
                "owner-subject",
                "circa",
                "Donatori di circa 38 paesi hanno contribuito alla raccolta.",
            ),
            ("owner-subject", "Paesi", "Donatori di 38 Paesi hanno contribuito alla raccolta."),
            (
                "owner-subject",
                "articolo",
                "Gli studenti di 38 scuole hanno partecipato al festival.",
            ),
            ("owner-object", "passato", "Il progetto ha coinvolto gli studenti di 38 scuole."),
            ("owner-object", "futuro", "Il bando finanzierà i progetti di 38 comuni."),
        ),
    ),
    Counted(
        "place-verb",
        EN,
        "980",
        (
            ("place-verb", "in", "About 980 licence holders fish in the area."),
            ("place-verb", "at", "980 boats moor at the marina."),
            ("place-verb", "adverb", "Some 980 commuters cycle daily to the station."),
            ("place-verb", "plain", "980 fishermen work in the area."),
        ),
    ),
    Counted(
        "participle-trees",
        EN,
        "150",
        (
            ("participle", "of", "Of roughly 150 trees originally planted, about 90 still stand."),
            ("participle", "of the", "Of the 150 trees planted in 1775, 90 still stand."),
            ("participle", "spoke of", "The survey spoke of 150 trees felled by the storm."),
        ),
    ),
    Counted(
        "participle-prosciutti",
        IT,
        "612.000",
        (
            (
                "participle",
                "parlano di",
                "I dati parlano di 612.000 prosciutti esportati nel 2024.",
            ),
            (
                "participle",
                "dei",
                "Dei 612.000 prosciutti esportati nel 2024, la metà è andata in Usa.",
            ),
        ),
    ),
    Counted(
        "agent-complement",
        EN,
        "14",
        (
            ("agent-complement", "plain", "The catch was taken by 14 vessels."),
            (
                "agent-complement",
                "within",
                "Almost all of the catch was taken within six miles of the coast by 14 vessels.",
            ),
            ("agent-complement", "in", "The petition was signed in two weeks by 14 councillors."),
            ("agent-complement", "at", "The motion was approved at the meeting by 14 councillors."),
        ),
    ),
]

# Sums and shares in the clause shapes of real reports: a part of a sum told after "of
# which" ("di cui"), a change summed up after a figure ("il 18% in più rispetto al 2024"), the
# verb's object with a complement or an adjective before it ("fissa per i pozzi un'aliquota
# del 10%", "ha stanziato un primo fondo di"), a sum reckoned by the verb ("ha quantificato il
# danno in"), an aside that tells what a sum amounts to after a colon, and whom a sum costs.
SUMS_AND_SHARES = [
    Counted(
        "of-which",
        EN,
        "£40,000",
        (
            (
                "sum-part",
                "will come",
                "The new footbridge is expected to cost £95,000, of which £40,000 will come "
                "from the town council.",
            ),
            (
                "sum-part",
                "is coming",
                "The restoration will cost £2.1m, of which £40,000 is coming from local "
                "businesses.",
            ),
            (
                "sum-part",
                "was provided",
                "The harbour wall cost £310,000, of which £40,000 was provided by the port "
                "authority.",
            ),
        ),
    ),
    Counted(
        "more-than-before",
        IT,
        "12%",
        (
            (
                "pct-after",
                "in più",
                "Nel 2024 il museo ha registrato 48.300 ingressi, il 12% in più rispetto "
                "all'anno precedente.",
            ),
            (
                "pct-after",
                "in meno",
                "L'anno scorso le aziende del distretto hanno venduto 3,4 milioni di paia di "
                "scarpe, il 12% in meno rispetto al 2023.",
            ),
            (
                "pct-after",
                "fatturato",
                "Il fatturato della cooperativa ha raggiunto 14 milioni di euro, il 12% in più "
                "rispetto al 2022.",
            ),
        ),
    ),
    Counted(
        "rate-object",
        IT,
        "10%",
        (
            (
                "pct-object",
                "complemento",
                "Il decreto prevede per le nuove concessioni un canone del 10% sul fatturato.",
            ),
            (
                "pct-object",
                "apposizione",
                "La ditta vincitrice, un consorzio di Bergamo, ha offerto uno sconto del 10% "
                "sul prezzo base.",
            ),
            (
                "pct-object",
                "coordinata",
                "La ditta ha offerto uno sconto del 10% e si è impegnata a finire entro marzo.",
            ),
        ),
    ),
    Counted(
        "rate-object-en",
        EN,
        "10%",
        (
            (
                "pct-object",
                "complement",
                "The new rules set for offshore fields a levy of 10% on the value of output.",
            ),
            (
                "pct-object",
                "apposition",
                "The winning bidder, a consortium from Leeds, offered a discount of 10% on the "
                "asking price.",
            ),
        ),
    ),
    Counted(
        "fund-object",
        IT,
        "250 mila euro",
        (
            (
                "sum-object",
                "aggettivo",
                "La Provincia ha stanziato un primo fondo di 250 mila euro per i frantoi.",
            ),
            (
                "sum-object",
                "apertura",
                "Nel frattempo la Provincia ha stanziato un fondo di 250 mila euro per i frantoi.",
            ),
            (
                "sum-object",
                "passivo",
                "Ai commercianti è stato riconosciuto un indennizzo di 250 mila euro.",
            ),
        ),
    ),
    Counted(
        "reckoned-it",
        IT,
        "3,6 milioni di euro",
        (
            (
                "sum-reckoned",
                "quantificato",
                "Il sindaco ha quantificato i danni dell'alluvione in 3,6 milioni di euro.",
            ),
            (
                "sum-reckoned",
                "stimato",
                "La Coldiretti ha stimato le perdite della vendemmia in 3,6 milioni di euro.",
            ),
        ),
    ),
    Counted(
        "equal-aside",
        IT,
        "85 mila euro",
        (
            (
                "sum-aside",
                "due punti",
                "L'ingresso è libero: la spesa complessiva, pari a circa 85 mila euro, è "
                "coperta dal Comune.",
            ),
            (
                "sum-aside",
                "compreso",
                "Il costo dell'opera, pari a 85 mila euro compresa l'IVA, è stato sostenuto "
                "dalla Fondazione.",
            ),
        ),
    ),
    Counted(
        "costs-whom",
        EN,
        "£18,000",
        (
            (
                "sum-receiver",
                "estimated",
                "The repairs will cost the parish council an estimated £18,000.",
            ),
            (
                "sum-receiver",
                "about",
                "The storm damage cost the club about £18,000.",
            ),
        ),
    ),
]
COUNTED = COUNTED + SUMS_AND_SHARES


# Layered (a block of its own): the complications real sentences stack at their top level, each
# set off by commas or a semicolon: an opening frame with its comma, an attribution after the
# clause (", according to ..."; ", secondo ..."), a clause joined after ", and" / ", e" / ";"
# (with an attribution of its own in Italian), a verbless tail, an aside after the subject
# ("many of them ...", "molti dei quali ..."). The fact's clause is the first main clause.
LAYERED_OPENINGS = {
    EN: ["Between 2019 and 2023, ", "On the ground, ", "Last year, "],
    IT: ["Tra gennaio e ottobre, ", "Secondo un'indagine su 310 imprese, ", "Nel 2024, "],
}
LAYERED_ATTRIBUTIONS = {
    EN: [", according to police figures", ", according to documents filed with the city"],
    IT: [", secondo i dati della Regione", ", secondo i sindacati"],
}
LAYERED_JOINED = {
    EN: [
        ", and the road is often blamed for dangerous overtaking",
        "; the council said the figures were encouraging",
    ],
    IT: [
        ", e la provincia ha chiesto nuovi fondi",
        "; secondo i sindacati i lavoratori coinvolti sono circa duemila",
        ", mentre la provincia ha chiesto nuovi fondi",
    ],
}
LAYERED_TAILS = {
    EN: [", almost double the year before"],
    IT: [", quasi il doppio dell'anno prima"],
}


_LAYERED_WHEN = re.compile(
    r"\d{4}|year|anno|gennaio|ottobre|maggio|May|since|dal |September|settembre"
)


def layered_shapes(fact: Fact) -> list[tuple[str, str, str]]:
    """The fact's clause with an opening frame, an attribution and a joined clause after it,
    and each pair of them, as real sentences stack them; a verbless tail too. A fact that
    says when gets no opening of time."""
    lang = fact.language
    verb = next(iter(fact.verbs.values()))
    dated = _LAYERED_WHEN.search(fact.rest + fact.after) is not None
    openings = [o for o in LAYERED_OPENINGS[lang] if not (dated and _LAYERED_WHEN.search(o))]
    out = []
    for k, opening in enumerate(openings):
        attribution = LAYERED_ATTRIBUTIONS[lang][k % len(LAYERED_ATTRIBUTIONS[lang])]
        joined = LAYERED_JOINED[lang][k % len(LAYERED_JOINED[lang])]
        tail = LAYERED_TAILS[lang][0] if k == 2 and fact.modifiers else ""
        clause = _clause(fact, verb, fact.rest, tail=tail).strip()
        stacks = (
            ("frame+attribution+joined", opening, attribution + joined),
            ("frame+attribution", opening, attribution),
            ("frame+joined", opening, joined),
            ("attribution+joined", "", attribution + joined),
        )
        for label, front, back in stacks:
            text = front + (clause if front else _upper(clause)) + back + "."
            out.append(("layered", label, text))
    return out


# Measures in real clauses: a length, height or area as a compound before the noun after
# an adjective or a preposition ("starts with a 26km prologue", "over a longer 168-kilometre
# course", "most of the 9,000-square-metre building", "a 12-metre sculpture"), an Italian thing
# and its measure with a place after it ("una galleria di 1.150 metri sotto il paese"), a
# duration in the second verb of a clause ("is due to start in May and last about ten weeks",
# "partiranno a marzo e dureranno circa 40 mesi") and a height between commas ("the summit, at
# 1,328ft (405m), is ...").
COUNTED += [
    Counted(
        "prologue",
        EN,
        "26",
        (
            ("compound-length", "with", "The race starts with a 26km prologue at Meerendal."),
            ("compound-length", "opens", "The tour opens with a 26-kilometre prologue in Paarl."),
            (
                "compound-length",
                "adjective",
                "The men's race was held over a longer 26-kilometre course from Traralgon.",
            ),
            ("compound-length", "subject", "A 26km stage takes riders over the pass."),
        ),
    ),
    Counted(
        "sculpture",
        EN,
        "12",
        (
            (
                "compound-height",
                "include",
                "The programme includes a 12-metre inflatable sculpture by a Dutch artist.",
            ),
            ("compound-height", "tower", "The council will demolish the 12-metre tower next year."),
        ),
    ),
    Counted(
        "hall",
        EN,
        "6,800",
        (
            (
                "compound-area",
                "new",
                "The port will build a new 6,800-square-metre market hall on the Fish Docks.",
            ),
            (
                "compound-area",
                "most-of",
                "The fire destroyed most of the 6,800-square-metre building.",
            ),
            (
                "compound-area",
                "possessive",
                "The farmer said the difference on his 6,800-hectare property was obvious.",
            ),
        ),
    ),
    Counted(
        "galleria",
        IT,
        "1.150",
        (
            (
                "thing-measure",
                "sotto",
                "Il tracciato comprende una galleria di 1.150 metri sotto il paese.",
            ),
            (
                "thing-measure",
                "prevede",
                "Il progetto prevede una galleria di 1.150 metri sotto l’abitato di Pellizzano.",
            ),
            (
                "thing-measure",
                "passivo",
                "Sarà scavata una galleria di 1.150 metri sotto il colle.",
            ),
        ),
    ),
    Counted(
        "weeks",
        EN,
        "ten",
        (
            (
                "lasting-and",
                "due",
                "Work is due to start on 11 January and last about ten weeks.",
            ),
            (
                "lasting-and",
                "expected",
                "Construction is expected to begin next spring and take about ten weeks.",
            ),
            ("lasting-and", "will", "The works will start in May and take ten weeks."),
        ),
    ),
    Counted(
        "mesi",
        IT,
        "40",
        (
            ("lasting-and", "futuro", "I lavori partiranno a marzo e dureranno circa 40 mesi."),
            (
                "lasting-and",
                "relativa",
                "I lavori, che dureranno circa 40 mesi, dovrebbero partire prima dell’estate.",
            ),
        ),
    ),
    Counted(
        "summit",
        EN,
        "1,328",
        (
            (
                "height-aside",
                "at",
                "The Slochd summit, at 1,328ft (405m), is the highest point on the road.",
            ),
            (
                "height-aside",
                "metres",
                "The Cairn peak, at 1,328 metres, is often closed by snow.",
            ),
        ),
    ),
    Counted(
        "carriageway",
        EN,
        "17",
        (
            (
                "symbol-object",
                "brackets",
                "The firm would build 17km (10.6 miles) of dual carriageway.",
            ),
            (
                "symbol-object",
                "said",
                "Officials said the joint venture would build 17km of dual carriageway.",
            ),
            ("symbol-object", "includes", "The project includes 17km of side roads."),
        ),
    ),
    Counted(
        "capienza",
        IT,
        "842",
        (
            ("from-to", "semplice", "La capienza del teatro scende da 898 a 842 posti."),
            ("from-to", "avverbio", "La capienza scende leggermente, da 898 a 842 posti."),
            (
                "from-to",
                "apertura",
                "Per rispettare le nuove norme, la capienza scende da 898 a 842 posti.",
            ),
        ),
    ),
    Counted(
        "servono",
        IT,
        "40 minuti",
        (
            ("serve-time", "oggi", "Oggi da Mezzana a Trento servono circa un’ora e 40 minuti."),
            ("serve-time", "per", "Per arrivare in centro servono 40 minuti."),
        ),
    ),
    Counted(
        "record-hectares",
        EN,
        "42,000",
        (
            (
                "record",
                "object",
                "Contractors treated a record 42,000 hectares of land in the year to 30 June.",
            ),
            ("record", "combined", "The two helicopters flew for a combined 42,000 hours."),
        ),
    ),
    Counted(
        "journey-times",
        EN,
        "12",
        (
            ("change-object", "reduce", "The new line will reduce journey times by 12 minutes."),
            ("change-object", "cut", "The bypass has cut journey times by about 12 minutes."),
            (
                "change-object",
                "opening",
                "According to the council, the bypass cut journey times by 12 minutes.",
            ),
        ),
    ),
    Counted(
        "emissioni",
        IT,
        "2.100",
        (
            (
                "change-object",
                "ridurrà",
                "Il prolungamento ridurrà le emissioni di anidride carbonica di 2.100 tonnellate"
                " l’anno.",
            ),
            (
                "change-object",
                "circa",
                "Il nuovo impianto ridurrà le emissioni di circa 2.100 tonnellate all’anno.",
            ),
            ("change-object", "allungato", "Il Comune ha allungato la pista di 2.100 metri."),
        ),
    ),
    Counted(
        "notti",
        IT,
        "sette",
        (
            ("most", "si-paga", "L’imposta si paga per un massimo di sette notti consecutive."),
            ("most", "soggetto", "Gli ospiti pagano l’imposta per un massimo di sette notti."),
            (
                "most",
                "modale",
                "I lavoratori potranno restare in cassa integrazione per un massimo di sette"
                " settimane.",
            ),
        ),
    ),
    Counted(
        "nights",
        EN,
        "20",
        (
            ("most", "passive", "The road can be closed for a maximum of 20 nights a year."),
            (
                "most",
                "active",
                "The contractor may close the road for a maximum of 20 nights a year.",
            ),
        ),
    ),
]


# Counts in clauses (a block of its own): the part of a whole named first ("Delle 1.200
# aziende contattate, 640 hanno risposto"), the whole itself, a counted subject after a copula
# and its adjective ("Nel parco sono presenti 40 specie"), an aside of how many of them, an
# adverb after a subject's aside, a list item that goes on from a lead in "to:", an Italian
# "hanno chiuso" before its counted subject.
COUNTED += [
    Counted(
        "part-of-whole",
        IT,
        "640",
        (
            ("whole-first", "part", "Delle 1.200 aziende contattate, 640 hanno risposto."),
            ("whole-first", "solo", "Delle 1.200 aziende contattate, solo 640 hanno risposto."),
            (
                "whole-first",
                "circa",
                "Delle circa 1.200 aziende contattate dalla Camera di commercio, 640 hanno "
                "risposto al questionario.",
            ),
        ),
    ),
    Counted(
        "whole-of-part",
        IT,
        "1.200",
        (
            ("whole-first", "whole", "Delle 1.200 aziende contattate, 640 hanno risposto."),
            (
                "whole-first",
                "whole-phrase",
                "Delle 1.200 aziende contattate dalla Camera di commercio, 640 hanno risposto.",
            ),
        ),
    ),
    Counted(
        "boats-inspected",
        EN,
        "300",
        (
            ("whole-first", "whole", "Of 300 boats inspected, 41 failed the test."),
            ("whole-first", "the-whole", "Of the 300 boats inspected last year, 41 failed."),
        ),
    ),
    Counted(
        "boats-failed",
        EN,
        "41",
        (
            ("whole-first", "only", "Of the 300 boats inspected, only 41 failed the test."),
            ("whole-first", "part", "Of the 300 boats inspected, 41 failed the test."),
        ),
    ),
    Counted(
        "species-present",
        IT,
        "40",
        (
            ("inverted-adjective", "presenti", "Nel parco sono presenti 40 specie di uccelli."),
            ("inverted-adjective", "disponibili", "Da lunedì saranno disponibili 40 posti auto."),
            ("inverted-adjective", "attive", "In provincia sono attive 40 cooperative sociali."),
        ),
    ),
    Counted(
        "volunteers-aside",
        EN,
        "30",
        (
            (
                "count-aside",
                "most of them",
                "About 30 volunteers, most of them students, cleaned the beach.",
            ),
            (
                "count-aside",
                "many of them",
                "On Sunday, 30 volunteers, many of them from the town, cleaned the beach.",
            ),
        ),
    ),
    Counted(
        "volontari-aside",
        IT,
        "30",
        (
            (
                "count-aside",
                "molti dei quali",
                "Circa 30 volontari, molti dei quali studenti, hanno ripulito la spiaggia.",
            ),
        ),
    ),
    Counted(
        "members-adverb",
        EN,
        "640",
        (
            ("aside-adverb", "currently", "The club, founded in 1921, currently has 640 members."),
            ("aside-adverb", "which", "The club, which opened in 1921, currently has 640 members."),
        ),
    ),
    Counted(
        "apprentices-led",
        EN,
        "25",
        (
            (
                "led-item",
                "to:",
                "The contract requires the firm to:\n\n- employ at least 25 apprentices;\n"
                "- publish a yearly report.",
            ),
        ),
    ),
    Counted(
        "seats-in-all",
        EN,
        "412",
        (
            ("in-all", "in all", "The stalls seats, 412 in all, have been replaced."),
            ("in-all", "in total", "The stalls seats, 412 in total, were restored last year."),
        ),
    ),
    Counted(
        "poltrone-in-tutto",
        IT,
        "412",
        (
            ("in-all", "in tutto", "Le poltrone di platea, 412 in tutto, sono state rifatte."),
            ("in-all", "in totale", "Le poltrone, 412 in totale, saranno sostituite nel 2026."),
        ),
    ),
    Counted(
        "laboratori-chiusi",
        IT,
        "41",
        (
            ("avere-either", "da gennaio", "Da gennaio hanno chiuso 41 laboratori."),
            ("avere-either", "nel 2024", "Nel 2024 hanno chiuso 41 laboratori artigiani."),
        ),
    ),
]


# Places (a block of its own): where a deed happened, told by a town after its preposition, in
# the frames real sentences put around it: a town the place lies beside ("at Greyfield, north
# of Ludlow"), a place told by its kind and town ("at a depot in Harlow", "al palazzetto di
# Thiene"), an apposition or a relative after the subject, an opening frame, a stretch of time
# after the town. The town is the figure asked.
PLACED = [
    Counted(
        "place-en",
        EN,
        "Dunmore",
        (
            ("place", "plain", "The charity opened a new shop in Dunmore."),
            ("place", "beside", "The charity opened a new shop at Dunmore, north of Kelso."),
            ("place", "near", "The rally finished at Dunmore near Kelso."),
            ("place", "kind", "The drums were found buried in a disused quarry at Dunmore."),
            ("place", "during", "The club will play its matches at Dunmore during the works."),
            (
                "place",
                "relative",
                "The charity, which was founded in 1990 by two nurses, opened a shop in Dunmore.",
            ),
            ("place", "opening", "In the summer, on the coast, gusts reached 90mph in Dunmore."),
            ("place", "aside", "In Dunmore, on the Fife coast, gusts reached 90mph."),
        ),
    ),
    Counted(
        "place-it",
        IT,
        "Thiene",
        (
            ("place", "plain", "La cooperativa ha aperto un nuovo negozio a Thiene."),
            (
                "place",
                "beside",
                "La cooperativa ha aperto un nuovo negozio a Thiene, a nord di Vicenza.",
            ),
            ("place", "kind", "La squadra giocherà le partite al palazzetto di Thiene."),
            ("place", "during", "La società giocherà le partite a Thiene durante il cantiere."),
            (
                "place",
                "relative",
                "La cooperativa, che è stata fondata nel 1990 da due infermiere, ha aperto un"
                " negozio a Thiene.",
            ),
        ),
    ),
]
COUNTED = COUNTED + PLACED


# Money and shares in real clauses (a block of its own): a share after an opening frame that
# names its whole ("Of the 240 flats, 25% ..."), a sum after "con" and a plural noun of money
# with no article ("ha chiuso con ricavi per"), a price in an aside that goes on with whom it
# is for ("which cost £8 for children,").
MONEY_AND_SHARES = [
    Counted(
        "opened-share",
        EN,
        "25%",
        (
            ("share-opened", "of the", "Of the 240 flats, 25% will be let at social rent."),
            ("share-opened", "among", "Among the 600 members, 25% live outside the county."),
            (
                "share-opened",
                "by",
                "By the end of the trial, 25% of the patients had stopped taking the drug.",
            ),
            (
                "share-opened",
                "in",
                "In the ballot held in March, 25% of the eligible traders backed the levy.",
            ),
        ),
    ),
    Counted(
        "opened-share-it",
        IT,
        "22%",
        (
            (
                "share-opened",
                "secondo",
                "Secondo un sondaggio su 450 famiglie, il 22% ha rinunciato alle vacanze.",
            ),
            (
                "share-opened",
                "tra",
                "Tra le 90 aziende del consorzio, il 22% ha chiuso un reparto.",
            ),
            (
                "share-opened",
                "coordinata",
                "Tra le 90 aziende del consorzio, il 22% ha chiuso un reparto e una su dieci ha "
                "licenziato.",
            ),
            (
                "share-opened",
                "nel",
                "Nel distretto, il 22% delle imprese ha chiuso un reparto.",
            ),
        ),
    ),
    Counted(
        "with-plural-sum",
        IT,
        "48 milioni di euro",
        (
            (
                "sum-with",
                "ricavi",
                "La distilleria ha chiuso il 2024 con ricavi per 48 milioni di euro.",
            ),
            (
                "sum-with",
                "apertura",
                "Nel 2024 la distilleria ha chiuso con ricavi per 48 milioni di euro.",
            ),
            (
                "sum-with",
                "variazione",
                "Nel 2024 la distilleria ha chiuso con ricavi per 48 milioni di euro, il 9% in "
                "più rispetto all'anno precedente.",
            ),
            (
                "sum-with",
                "utili",
                "La cooperativa ha chiuso l'esercizio con utili per 48 milioni di euro.",
            ),
        ),
    ),
    Counted(
        "aside-price-for",
        EN,
        "£8",
        (
            (
                "price-aside",
                "for whom",
                "The evening tours, which cost £8 for children, start at the castle.",
            ),
            ("price-aside", "rate", "The day passes, which cost £8 a day, go on sale in May."),
            ("price-aside", "plain", "The new guidebook, which costs £8, is sold at the gate."),
        ),
    ),
    Counted(
        "aside-price-it",
        IT,
        "12 euro",
        (
            (
                "price-aside",
                "a persona",
                "Il biglietto, che costa 12 euro a persona, comprende la visita guidata.",
            ),
            ("price-aside", "semplice", "La guida, che costa 12 euro, è in vendita all'ingresso."),
        ),
    ),
    Counted(
        "at-cost",
        EN,
        "£2.6m",
        (
            (
                "cost-of-action",
                "estimated",
                "The council will resurface the car park at an estimated cost of £2.6m.",
            ),
            ("cost-of-action", "passive", "The pier was rebuilt in 2021 at a cost of £2.6m."),
            (
                "cost-of-action",
                "rate",
                "The school has had to hire a minibus at a cost of £2.6m a year.",
            ),
        ),
    ),
    Counted(
        "at-cost-it",
        IT,
        "1,8 milioni di euro",
        (
            (
                "cost-of-action",
                "costo",
                "Il Comune rifarà la piazza a un costo di 1,8 milioni di euro.",
            ),
            (
                "cost-of-action",
                "valore",
                "La banca ha ceduto la sede storica per un valore di 1,8 milioni di euro.",
            ),
        ),
    ),
    Counted(
        "object-relative-price",
        EN,
        "£2m",
        (
            ("price-relative", "past", "The trust has bought the old mill, which cost £2m."),
            (
                "price-relative",
                "future",
                "The council has approved the new depot, which will cost £2m.",
            ),
        ),
    ),
    Counted(
        "threshold-it",
        IT,
        "14 milioni di euro",
        (
            (
                "sum-threshold",
                "passato prossimo",
                "Il debito della società ha superato i 14 milioni di euro.",
            ),
            ("sum-threshold", "presente", "La stima dei danni supera i 14 milioni di euro."),
            (
                "sum-threshold",
                "sotto",
                "Il debito del consorzio è sceso sotto i 14 milioni di euro.",
            ),
            (
                "sum-threshold",
                "apertura",
                "Nel 2024 le esportazioni del distretto hanno superato i 14 milioni di euro.",
            ),
        ),
    ),
    Counted(
        "with-sum-joined",
        IT,
        "2,4 milioni di euro",
        (
            (
                "sum-with",
                "coordinata",
                "Il consorzio ha chiuso il bilancio con una perdita di 2,4 milioni di euro e per "
                "tre mesi non ha pagato i fornitori.",
            ),
        ),
    ),
    Counted(
        "borne-part",
        IT,
        "40 milioni",
        (
            (
                "sum-part-borne",
                "a carico",
                "Il nuovo ponte costerà 72 milioni di euro, di cui 40 milioni a carico della "
                "Regione.",
            ),
        ),
    ),
    Counted(
        "passive-subject-sum",
        IT,
        "250.000 euro",
        (
            (
                "sum-passive-subject",
                "apertura",
                "Ogni anno 250.000 euro saranno destinati alle borse di studio.",
            ),
            (
                "sum-passive-subject",
                "mentre",
                "Il piano rinnova le aule, mentre 250.000 euro all'anno saranno destinati alle "
                "borse di studio.",
            ),
        ),
    ),
]
COUNTED = COUNTED + MONEY_AND_SHARES


# Dates in real sentences (a block of its own): a participle set off after a name with "di"
# phrases, a participle after a copula's noun with its particle or what it was declared, a
# phrase of place set off after an opening date, a second verb after "and" with an adverb, and
# a date at the end of a "with"/"con" phrase of a plan.
DATED_REAL = [
    Counted(
        "name-participle",
        IT,
        "1921",
        (
            (
                "datereal",
                "nome-di",
                "Il consorzio è nato quando il Corpo nazionale delle Guide Alpine, fondato nel "
                "1921, è stato sciolto.",
            ),
            (
                "datereal",
                "nome-di-oggetto",
                "La Regione ha premiato il Museo civico della Ceramica, fondato nel 1921, e il "
                "suo parco.",
            ),
        ),
    ),
    Counted(
        "copula-participle",
        EN,
        "2007",
        (
            (
                "datereal",
                "set-up",
                "Gorran Transport is the regional transport agency of Cornwall, set up in 2007.",
            ),
            (
                "datereal",
                "declared",
                "Gorran Island is an island off the coast of Cornwall, declared a nature reserve "
                "in 2007.",
            ),
        ),
    ),
    Counted(
        "copula-participio",
        IT,
        "2007",
        (
            (
                "datereal",
                "dichiarata",
                "L’isola di Gorran è un’isola al largo della Sardegna, dichiarata riserva "
                "naturale nel 2007.",
            ),
        ),
    ),
    Counted(
        "date-aside",
        IT,
        "14 giugno",
        (
            (
                "datereal",
                "data-luogo",
                "Sabato 14 giugno, nella piazza del municipio di Gorran, il sindaco ha "
                "inaugurato la nuova fontana.",
            ),
            (
                "datereal",
                "data-davanti",
                "Sabato 14 giugno, davanti a una piazza piena, è stata posata la prima pietra "
                "del museo di Gorran.",
            ),
        ),
    ),
    Counted(
        "date-aside-en",
        EN,
        "14 June",
        (
            (
                "datereal",
                "date-place",
                "On Saturday 14 June, at the foundry in Gorran, workers poured 1,850 kilograms "
                "of bronze into the mould.",
            ),
        ),
    ),
    Counted(
        "and-adverb",
        EN,
        "1987",
        (
            ("datereal", "finally", "The Gorran mill opened in 1897 and finally closed in 1987."),
            (
                "datereal",
                "later",
                "The Gorran mill was built in 1897 and later closed in 1987.",
            ),
        ),
    ),
    Counted(
        "with-plan",
        EN,
        "2029",
        (
            (
                "datereal",
                "with-participle",
                "Work on the Gorran bypass will begin soon, with the first lane opened to "
                "traffic in 2029.",
            ),
            (
                "datereal",
                "with-ing",
                "The Gorran quay is due to reopen in May, with the first ferries running by "
                "June 2029.",
            ),
            (
                "datereal",
                "with-expected",
                "Work on the Gorran bypass will start in May, with the first lane expected to "
                "open in 2029.",
            ),
        ),
    ),
    Counted(
        "con-piano",
        IT,
        "marzo 2029",
        (
            (
                "datereal",
                "con-prevista",
                "I lavori del porto di Gorran partiranno a gennaio, con la consegna del cantiere "
                "prevista per marzo 2029.",
            ),
            (
                "datereal",
                "con-attesa",
                "I lavori del porto di Gorran partiranno a gennaio, con la riapertura della "
                "banchina attesa entro marzo 2029.",
            ),
        ),
    ),
]


# Clause reading (a block of its own): a count inside a list of participles that share one
# auxiliary (an Italian passive's agreeing with each item, an English item's subject before
# its participle, an active's kept), in a relative that ends the sentence after a common
# noun's phrase, in a tail of what each of a counted set has, and an Italian verb group with
# its subject after it, set off after an opening frame and an aside.
CLAUSE_READ = [
    Counted(
        "participle-list",
        IT,
        "14",
        (
            (
                "partlist",
                "passivo-dopo",
                "In paese sono state restaurate le fontane, rifatti 14 marciapiedi e posato un "
                "nuovo cavo.",
            ),
            (
                "partlist",
                "passivo-soggetto",
                "Le tubature sono state cambiate, 14 marciapiedi rifatti e la piazza "
                "ripavimentata.",
            ),
            (
                "partlist",
                "attivo",
                "Il comune ha restaurato le fontane, rifatto 14 marciapiedi e posato un cavo.",
            ),
        ),
    ),
    Counted(
        "participle-list-en",
        EN,
        "14",
        (
            (
                "partlist",
                "passive-subject",
                "The old pipes were replaced, 14 pavements repaired and a new cable fitted.",
            ),
            (
                "partlist",
                "active",
                "The council has restored the fountains, repaired 14 pavements and fitted a cable.",
            ),
        ),
    ),
    Counted(
        "phrase-relative",
        IT,
        "42",
        (
            (
                "phraserel",
                "da-di",
                "Il bando è stato vinto dalla rete regionale dei musei, che gestisce 42 sale.",
            ),
            (
                "phraserel",
                "a",
                "Il contributo andrà all’associazione culturale di Gorran, che conta 42 soci.",
            ),
        ),
    ),
    Counted(
        "phrase-relative-en",
        EN,
        "42",
        (
            (
                "phraserel",
                "to",
                "The grant went to the county wildlife trust, which manages 42 reserves.",
            ),
            (
                "phraserel",
                "by-who",
                "The beach was cleaned by the local volunteers, who filled 42 bags.",
            ),
        ),
    ),
    Counted(
        "each-with",
        EN,
        "120",
        (
            (
                "eachtail",
                "each-with",
                "Gorran Ferries has ordered four hybrid boats, each with 120 seats.",
            ),
        ),
    ),
    Counted(
        "ciascuno-con",
        IT,
        "120",
        (
            (
                "eachtail",
                "ciascuno-con",
                "Sul lago circolano quattro battelli, comprati nel 2024, ciascuno con 120 posti.",
            ),
        ),
    ),
    Counted(
        "inverted",
        IT,
        "900",
        (
            (
                "inverted",
                "frame-aside",
                "Alla fiera di Gorran, domenica 4 maggio nel palazzetto, sono arrivati circa "
                "900 ospiti.",
            ),
            (
                "inverted",
                "frame",
                "Alla fiera di Gorran, secondo gli organizzatori, sono arrivati circa 900 ospiti.",
            ),
        ),
    ),
]


# Entities (a block of its own): who made a thing, told in a by-phrase after what a sentence
# says the thing is ("X is a bridge across the River Y, designed by Z") or with a body's name
# in small letters ("dal Gruppo speleologico ..."); what a name is, told in an apposition with
# an owner's name or after an acronym in brackets; and a superlative told in a relative clause
# after a name anywhere in the sentence ("..., da X, che è il comune più alto ...").
ENTITIES = [
    Counted(
        "street",
        EN,
        "Tanner Street",
        (
            ("street", "subject", "The old maltings on Tanner Street will reopen in May."),
            (
                "street",
                "object",
                "The brewery has made ale at the old maltings on Tanner Street since 1902.",
            ),
            ("street", "square", "The new library on Tanner Street lent its first books."),
            ("street", "verb's place", "The brewery opened a shop on Tanner Street in 1902."),
            ("street", "participle aside", "The maltings, built on Tanner Street, reopened."),
        ),
    ),
    Counted(
        "via",
        IT,
        "corso Cavour",
        (
            ("via", "soggetto", "Il Teatro Sociale di corso Cavour riaprirà a settembre."),
            ("via", "complemento", "I biglietti si comprano alla biglietteria di corso Cavour."),
            ("via", "in", "Gli uffici in corso Cavour resteranno chiusi."),
            ("via", "luogo del verbo", "Il Comune ha aperto uno sportello in corso Cavour."),
            ("via", "participio", "Il nuovo asilo, costruito in corso Cavour, costa due milioni."),
        ),
    ),
    Counted(
        "described",
        EN,
        "a lifeline for the island",
        (
            (
                "described",
                "active",
                'Harbour master Iain Bell called the new pier "a lifeline for the island".',
            ),
            (
                "described",
                "second verb",
                'Harbour master Iain Bell, 61, said the work was late, and called the new pier "a '
                'lifeline for the island".',
            ),
            (
                "described",
                "passive",
                'The new pier was described by harbour master Iain Bell as "a lifeline for the '
                'island".',
            ),
        ),
    ),
    Counted(
        "definito",
        IT,
        "un regalo agli speculatori",
        (
            (
                "described",
                "attivo",
                "La sindaca Lucia Ferro ha definito la sentenza «un regalo agli speculatori».",
            ),
            (
                "described",
                "secondo verbo",
                "La sindaca Lucia Ferro ha detto che il Comune andrà avanti e ha definito la "
                "sentenza «un regalo agli speculatori».",
            ),
            (
                "described",
                "passivo",
                "La sentenza è stata definita dalla sindaca Lucia Ferro «un regalo agli "
                "speculatori».",
            ),
        ),
    ),
    Counted(
        "designer",
        EN,
        "Horace Jones",
        (
            ("agent", "passive", "Gorran Bridge was designed by the architect Horace Jones."),
            (
                "agent",
                "apposition",
                "Gorran Bridge, designed by the architect Horace Jones, opened in 1894.",
            ),
            (
                "agent",
                "opening participle",
                "Designed by the architect Horace Jones, Gorran Bridge opened in 1894.",
            ),
            (
                "agent",
                "after definition",
                "Gorran Bridge is a swing bridge across the River Fal, designed by the architect "
                "Horace Jones.",
            ),
            (
                "agent",
                "after definition and place",
                "Gorran Bridge is a swing bridge across the River Fal in Truro, Cornwall, "
                "designed by the architect Horace Jones and opened in 1894.",
            ),
        ),
    ),
    Counted(
        "progettista",
        IT,
        "Mario Rossi",
        (
            ("agent", "passivo", "Il ponte di Gorran è stato progettato da Mario Rossi."),
            (
                "agent",
                "apposizione",
                "Il ponte di Gorran, progettato da Mario Rossi, è stato inaugurato nel 1894.",
            ),
            (
                "agent",
                "dopo definizione",
                "Il ponte di Gorran è un viadotto sul fiume Fal, progettato dall’ingegnere "
                "Mario Rossi.",
            ),
            (
                "agent",
                "dopo definizione e luogo",
                "Il ponte di Gorran è un viadotto sul fiume Fal a Truro, in Cornovaglia, "
                "progettato dall’ingegnere Mario Rossi e inaugurato nel 1894.",
            ),
        ),
    ),
    Counted(
        "scopritori",
        IT,
        "Gruppo speleologico",
        (
            (
                "agent",
                "nome in minuscolo",
                "Le grotte di Gorran furono scoperte nel 1971 dal Gruppo speleologico marchigiano.",
            ),
            (
                "agent",
                "nome in minuscolo e complemento",
                "Le grotte di Gorran furono scoperte nel 1971 dal Gruppo speleologico "
                "marchigiano del Club alpino italiano di Ancona.",
            ),
        ),
    ),
    Counted(
        "heritage-service",
        EN,
        "historic environment service",
        (
            (
                "apposition",
                "opening owner",
                "Cadw, the Welsh Government’s historic environment service, praised the bridge.",
            ),
            (
                "apposition",
                "end owner",
                "The bridge was praised by Cadw, the Welsh Government’s historic environment "
                "service.",
            ),
            (
                "apposition",
                "opening of",
                "Cadw, the historic environment service of the Welsh Government, praised the "
                "bridge.",
            ),
        ),
    ),
    Counted(
        "rivelatore",
        IT,
        "rivelatore di onde gravitazionali",
        (
            (
                "apposition",
                "sigla",
                "Gorran si candida a ospitare il Gorran Telescope (GT), il rivelatore di onde "
                "gravitazionali di terza generazione.",
            ),
            (
                "apposition",
                "soggetto",
                "Il Gorran Telescope, il rivelatore di onde gravitazionali di terza generazione, "
                "sarà costruito entro il 2035.",
            ),
        ),
    ),
    Counted(
        "comune",
        IT,
        "Gorran",
        (
            (
                "superlative-rel",
                "relativa",
                "La partenza avviene da Gorran, che è il comune più alto della Basilicata.",
            ),
            (
                "superlative-rel",
                "relativa con misura",
                "Dal lato di Gorran, che con i suoi 1.088 metri di quota è il comune più alto "
                "della Basilicata, la partenza avviene da una piattaforma.",
            ),
            (
                "superlative-rel",
                "relativa soggetto",
                "Gorran, che è il comune più alto della Basilicata, ospita la partenza.",
            ),
        ),
    ),
    Counted(
        "port",
        EN,
        "Gorran",
        (
            (
                "superlative-rel",
                "relative",
                "The boats sail from Gorran, which is the largest fishing port in Ireland.",
            ),
            (
                "superlative-rel",
                "relative with measure",
                "From Gorran, which with 40 berths is the largest fishing port in Ireland, the "
                "boats sail at dawn.",
            ),
            (
                "superlative-rel",
                "relative with owner",
                "The boats sail from Gorran, which is still Ireland’s largest fishing port.",
            ),
        ),
    ),
]


# Sums, shares and measures where the clause puts them: an Italian sum in its subject's
# place after a passive, a passive's agent before its sum, a share more or less than before
# after a comma, a change after a bare figure, a figure a phrase of "with" gives the subject,
# a height compound before a plural or owned noun or after a copula.
SUMS_IN_CLAUSE = [
    Counted(
        "stanziati",
        IT,
        "2,5",
        (
            (
                "passive-sum",
                "opening",
                "Per la nuova biblioteca sono stati spesi 2,5 milioni di euro.",
            ),
            ("passive-sum", "tail", "Sono stati stanziati 2,5 milioni di euro per la biblioteca."),
            (
                "passive-sum",
                "altri",
                "Per la biblioteca sono stati stanziati altri 2,5 milioni di euro.",
            ),
            (
                "passive-sum",
                "future",
                "Nel 2027 verranno investiti 2,5 milioni di euro nella biblioteca.",
            ),
            (
                "passive-sum",
                "agent",
                "La biblioteca è stata finanziata dalla Fondazione Carige con 2,5 milioni di euro.",
            ),
            (
                "passive-sum",
                "agent-aside",
                "I lavori, finanziati dalla Regione con 2,5 milioni di euro e diretti dal Comune, "
                "sono finiti.",
            ),
        ),
    ),
    Counted(
        "in-piu",
        IT,
        "14%",
        (
            (
                "share-more",
                "del",
                "Nel 2024 il rifugio ha accolto 8.200 escursionisti,"
                " il 14% in più dell’anno prima.",
            ),
            (
                "share-more",
                "rispetto",
                "Il rifugio ha accolto 8.200 escursionisti, il 14% in meno rispetto al 2023.",
            ),
            (
                "with-figure",
                "puntualita",
                "I bus hanno trasportato 8.200 studenti, con una puntualità del 14%.",
            ),
        ),
    ),
    Counted(
        "more-than",
        EN,
        "14%",
        (
            (
                "share-more",
                "more",
                "The ferry carried 8,200 passengers last year, 14% more than in 2023.",
            ),
            (
                "share-more",
                "fewer",
                "The ferry carried 8,200 passengers, 14% fewer than the year before.",
            ),
            ("share-more", "bare", "Attendance reached 8,200, up 14% on last year’s 7,190."),
        ),
    ),
    Counted(
        "with-temp",
        EN,
        "11",
        (
            (
                "with-figure",
                "temperature",
                "The cellar is 40 metres long, with a constant temperature of 11 degrees.",
            ),
            ("height", "plural", "Crews repainted the 11-metre masts in May."),
            ("height", "owner", "Crews repainted the church’s 11-metre spire in May."),
            ("height", "copula", "The Grey Needle is an 11-metre obelisk on the hill."),
        ),
    ),
    Counted(
        "con-temp",
        IT,
        "11",
        (
            (
                "with-figure",
                "temperatura",
                "La grotta è lunga 900 metri, con una temperatura costante di 11 gradi.",
            ),
        ),
    ),
]
COUNTED = COUNTED + SUMS_IN_CLAUSE


# Counts in real clauses (a block of its own): a count of a noun with no plural ending after
# an adjective ("500 juvenile salmon"), a count after an Italian opening of time with a
# demonstrative or "scorso" and no comma ("Quest'anno la cooperativa ha assunto ...").
COUNT_CLAUSES = [
    Counted(
        "salmon",
        EN,
        "500",
        (
            ("countclause", "adjective", "The hatchery released 500 juvenile salmon last spring."),
            ("countclause", "adjective-trout", "Anglers landed 500 brown trout on the lake."),
            ("countclause", "adjective-sheep", "The farm lost 500 breeding sheep in the snow."),
            ("countclause", "about", "The station recorded about 500 adult chinook in October."),
        ),
    ),
    Counted(
        "operai",
        IT,
        "42",
        (
            ("countclause", "quest-anno", "Quest'anno la cooperativa ha assunto 42 operai."),
            (
                "countclause",
                "quest-anno-tail",
                "Quest'anno la cooperativa ha assunto 42 operai stagionali, sei in più del 2024.",
            ),
            ("countclause", "anno-scorso", "L'anno scorso la cooperativa ha assunto 42 operai."),
            ("countclause", "questa-estate", "Questa estate il Comune ha assunto 42 bagnini."),
            (
                "countclause",
                "lo-scorso-anno",
                "Lo scorso anno la cooperativa ha assunto 42 operai, quasi tutti del posto.",
            ),
        ),
    ),
]
COUNT_CLAUSES += [
    Counted(
        "produttori",
        IT,
        "312",
        (
            (
                "countclause",
                "relative-al",
                "La decisione spetterà al consorzio di tutela, che riunisce 312 produttori.",
            ),
            (
                "countclause",
                "relative-alla",
                "Il premio è andato alla cooperativa sociale, che riunisce 312 produttori.",
            ),
            (
                "countclause",
                "relative-name",
                "I fondi andranno al consorzio regionale di Lunaria, che riunisce oltre 312 "
                "produttori di 20 comuni.",
            ),
        ),
    ),
    Counted(
        "growers",
        EN,
        "312",
        (
            (
                "countclause",
                "relative-to",
                "The grant went to the cooperative, which represents more than 312 growers.",
            ),
            (
                "countclause",
                "relative-object",
                "Residents backed the plan, which covers 312 growers.",
            ),
        ),
    ),
]
COUNT_CLAUSES += [
    Counted(
        "sailings",
        EN,
        "64",
        (
            (
                "countclause",
                "with-participle",
                "The harbour is preparing for a busy summer, with 64 sailings scheduled between "
                "June and August.",
            ),
            (
                "countclause",
                "with-participle-past",
                "The scheme was approved last year, with 64 homes built along the river.",
            ),
        ),
    ),
]
COUNTED = COUNTED + COUNT_CLAUSES


# A level that goes from one figure to another, asked at both ends: the level reached ("To what
# did the fare rise?") and the level it left ("What did the fare rise from?"), with a verb of
# change, a particle ("went up"), a verb that moves what it names ("would take the rent"), a
# modal ("dovrebbero passare"), a place or span of time before the first level ("in molti
# negozi", "in tre settimane"), and a time after either figure.
# The same sentences ask the level reached and the level left.
_LEVELS_EN = (
    ("level", "rose", "The price of a season ticket rose from £140 to £175."),
    ("level", "went up", "The price of a season ticket went up from £140 to £175."),
    ("level", "has risen", "The price of a season ticket has risen from £140 to £175."),
    ("level", "expected", "The price of a season ticket is expected to rise from £140 to £175."),
    ("level", "times", "Membership of the club grew from 140 in 2019 to 175 last year."),
    ("level", "moves", "The new tariff would take the price of a season ticket from £140 to £175."),
    ("level", "lift", "The new kiln will lift annual output from 140 tonnes to 175 tonnes."),
)
_LEVELS_IT = (
    ("level", "passato", "Il prezzo dell’abbonamento è passato da 140 a 175 euro."),
    ("level", "salirà", "Il prezzo dell’abbonamento salirà da 140 a 175 euro."),
    ("level", "modale", "Le visite guidate dovrebbero passare dalle 140 del 2024 a 175 nel 2026."),
    ("level", "luogo", "Il prezzo dell’abbonamento è passato in molti comuni da 140 a 175 euro."),
    ("level", "tempo", "Il prezzo dell’abbonamento è salito in tre mesi da 140 a 175 euro."),
    ("level", "porta", "Il nuovo impianto porterà la capienza da 140 a 175 posti."),
)
LEVELS = [
    Counted(
        "level-reached",
        EN,
        "175",
        (
            *_LEVELS_EN,
            ("level", "cut", "The council will cut the grant from £200 to £175 next year."),
        ),
    ),
    Counted(
        "level-left",
        EN,
        "140",
        (
            *_LEVELS_EN,
            (
                "level",
                "about",
                "Weekly output is expected to rise from about 140 pairs today to 175.",
            ),
        ),
    ),
    Counted(
        "level-reached-it",
        IT,
        "175",
        (*_LEVELS_IT, ("level", "riduce", "La riforma ha ridotto gli sportelli da 200 a 175.")),
    ),
    Counted(
        "level-left-it",
        IT,
        "140",
        (
            *_LEVELS_IT,
            (
                "level",
                "unità",
                "La raccolta è scesa da 140 quintali nel 2021 a meno di 100 nel 2023.",
            ),
        ),
    ),
]
COUNTED = COUNTED + LEVELS


# A level reached with no level left: a verb of change, or one whose particle tells the change
# ("went up to", "has come down to": no bound "up to"), a sum or a count; the Italian "a" and
# "fino a" after a verb of change.
LEVELS_REACHED = [
    Counted(
        "level-to",
        EN,
        "175",
        (
            ("level-to", "rose", "This year the price of a season ticket rose to £175."),
            ("level-to", "went up", "This year the price of a season ticket went up to £175."),
            ("level-to", "gone up", "The price of a season ticket has gone up to £175."),
            ("level-to", "came down", "The price of a season ticket came down to £175."),
            ("level-to", "count went up", "Membership of the club went up to 175 last year."),
        ),
    ),
    Counted(
        "level-to-it",
        IT,
        "175",
        (
            ("level-to", "salito a", "Quest’anno il prezzo dell’abbonamento è salito a 175 euro."),
            (
                "level-to",
                "salito fino a",
                "Quest’anno il prezzo dell’abbonamento è salito fino a 175 euro.",
            ),
            ("level-to", "arrivare fino a", "Le multe possono arrivare fino a 175 euro."),
        ),
    ),
]
COUNTED = COUNTED + LEVELS_REACHED


# A figure that completes a plain clause after its preposition (complements.py): a span after
# "for"/"per", a measure after a preposition of extent, a count after a preposition of the
# verb, an object between the verb and the figure.
COMPLEMENTS = [
    Counted(
        "banned",
        EN,
        "nine",
        (
            (
                "complement",
                "for-span",
                "The former treasurer was banned from acting as a trustee for nine years.",
            ),
            (
                "complement",
                "for-span-object",
                "The ferry company has run the island route for nine years.",
            ),
        ),
    ),
    Counted(
        "miles",
        EN,
        "3",
        (
            (
                "complement",
                "within-measure",
                "Trawlers are not allowed to drag their nets within 3 nautical miles of the shore.",
            ),
            ("complement", "venues", "The festival was staged at 3 venues."),
        ),
    ),
    Counted(
        "aziende",
        IT,
        "35",
        (
            (
                "complement",
                "tra-count",
                "I soci hanno raccolto olive tra 35 aziende del comprensorio.",
            ),
            (
                "complement",
                "entro-measure",
                "La nuova centrale ridurrà gli scarichi entro 35 chilometri dalla foce.",
            ),
        ),
    ),
]
COUNTED = COUNTED + COMPLEMENTS


# Dates of a clause read past what the surface hides (a block of its own): a second clause
# after "e"/"and" that opens with a place or a pronoun, an adverb between a copula and its state,
# a long name as a copula's subject, a body described by its members, an English present in -s
# that ends its clause, an opening "Quando" clause that opens with a weekday, a clause of place
# set off after its noun, a name described by a noun and told its purpose ("a nonprofit created
# in 2016 to take over ..."), the Italian participle agreeing with the describing noun, a date
# named again by a "quando"/"when" clause after it.
DATED_CLAUSES = [
    Counted(
        "clause-place",
        IT,
        "1802",
        (
            (
                "dateread",
                "e-luogo",
                "Il fiore fu classificato nel 1802 dal botanico Luigi Rossi e in Toscana si "
                "coglie in primavera.",
            ),
            (
                "dateread",
                "e-luogo-ausiliare",
                "Il ponte fu aperto nel 1802 dalla società Ferrovie Nord e a Milano è ancora "
                "ricordato.",
            ),
        ),
    ),
    Counted(
        "clause-pronoun",
        EN,
        "1802",
        (
            (
                "dateread",
                "and-it",
                "The orchid was classified in 1802 by the botanist Luigi Rossi and it is picked "
                "in spring.",
            ),
            (
                "dateread",
                "and-place-it",
                "The orchid was classified in 1802 by the botanist Luigi Rossi and in Tuscany it "
                "is picked in spring.",
            ),
        ),
    ),
    Counted(
        "state-again",
        IT,
        "9 maggio",
        (
            (
                "dateread",
                "di-nuovo",
                "La funivia del Monte Gorran è di nuovo operativa dal 9 maggio.",
            ),
            (
                "dateread",
                "di-nuovo-giorno",
                "Da venerdì 9 maggio la funivia del Monte Gorran è di nuovo pienamente operativa.",
            ),
        ),
    ),
    Counted(
        "long-name",
        IT,
        "1983",
        (
            (
                "dateread",
                "nome-lungo",
                "La Riserva naturale di Monte Gorran e Valle del Paglia è un’area protetta del "
                "Lazio istituita nel 1983.",
            ),
        ),
    ),
    Counted(
        "long-name-en",
        EN,
        "1962",
        (
            (
                "dateread",
                "long-name",
                "The Society for the Protection of Hedgehogs and Moles is a charity founded in "
                "1962.",
            ),
            (
                "dateread",
                "body-members",
                "The survey was run by the Gorran Advisory Panel, a group of farmers, ecologists "
                "and council staff set up in 1962.",
            ),
            (
                "dateread",
                "body-acronym",
                "The survey was run by the Gorran Advisory Panel (GAP), a group of farmers and "
                "ecologists set up in 1962.",
            ),
        ),
    ),
    Counted(
        "present-s",
        EN,
        "4 April",
        (
            ("dateread", "resumes", "The Gorran ferry service resumes on 4 April."),
            (
                "dateread",
                "closes",
                "The public consultation on the Gorran bypass closes on 4 April.",
            ),
        ),
    ),
    Counted(
        "quando-giorno",
        IT,
        "7 marzo",
        (
            (
                "dateread",
                "quando-giorno",
                "Quando venerdì 7 marzo la diga di Gorran è stata chiusa per i controlli, il lago "
                "era già basso.",
            ),
        ),
    ),
    Counted(
        "dove",
        IT,
        "2027",
        (
            (
                "dateread",
                "dove-modale",
                "Resta chiuso il tratto orientale della linea, tra Borgo Alto e Gorran, dove i "
                "lavori dovrebbero finire nel 2027.",
            ),
            (
                "dateread",
                "dove-futuro",
                "La mostra si sposterà poi a Gorran, dove la rassegna verrà riproposta nel 2027.",
            ),
        ),
    ),
]
DATED_CLAUSES += [
    Counted(
        "described-purpose",
        EN,
        "2016",
        (
            (
                "dateread",
                "purpose",
                "The works were managed by the Gorran Renewal Corporation, a nonprofit created "
                "in 2016 to take over the licences of the dams.",
            ),
        ),
    ),
    Counted(
        "descritto-scopo",
        IT,
        "2016",
        (
            (
                "dateread",
                "accordo-nome",
                "I lavori sono gestiti dalla Fondazione Gorran, un ente creato nel 2016.",
            ),
            (
                "dateread",
                "scopo",
                "I lavori sono gestiti dalla Fondazione Gorran, un ente creato nel 2016 per "
                "gestire le dighe.",
            ),
        ),
    ),
]
DATED_CLAUSES += [
    Counted(
        "quando-dopo",
        IT,
        "2009",
        (
            (
                "dateread",
                "quando-dopo",
                "È il calo più forte dal 2009, quando la crisi del credito fece chiudere tre "
                "cantieri a Gorran.",
            ),
        ),
    ),
    Counted(
        "when-after",
        EN,
        "1976",
        (
            (
                "dateread",
                "when-after",
                "It was the driest summer since 1976, when the Gorran reservoir ran dry.",
            ),
        ),
    ),
]
DATED_REAL = DATED_REAL + DATED_CLAUSES


# Measures (a block of its own): a quantity in a unit told of a thing inside a noun phrase or
# a frame a plain "X is N units long" does not have: an apposition after a noun that opens the
# sentence with its preposition ("Sul ponteggio, alto 24 metri, ..."), a magnitude ("un
# terremoto di magnitudo 4,2"), a measure as a compound adjective ("a 50-hectare area"), the
# temperature something is kept at, a change in a unit ("have risen by 1C"), the strength of
# gusts, a dimension "in length", and a hedged duration or weight ("dura almeno 13 mesi").
MEASURED = [
    Counted(
        "scaffold",
        EN,
        "24",
        (
            ("dim-aside", "opening", "On the scaffold, 24 metres high, about 25 people will work."),
            ("dim-aside", "subject", "The scaffold, 24 metres high, will go up in March."),
            ("dim-in", "length", "The nets can be up to 24 metres in length."),
            ("dim-in", "height", "The new sea wall will be 24 metres in height."),
        ),
    ),
    Counted(
        "ponteggio",
        IT,
        "24",
        (
            ("dim-aside", "sul", "Sul ponteggio, alto 24 metri, lavoreranno 25 persone."),
            ("dim-aside", "dalla", "Dalla torre, alta 24 metri, si vede tutta la valle."),
            ("dim-aside", "soggetto", "Il ponteggio, alto 24 metri, sarà montato a marzo."),
        ),
    ),
    Counted(
        "magnitude",
        EN,
        "6.5",
        (
            ("magnitude", "before", "A magnitude 6.5 earthquake struck the region on Monday."),
            ("magnitude", "compound", "A 6.5-magnitude earthquake struck the region in 2016."),
            ("magnitude", "of", "The town was hit by an earthquake of magnitude 6.5 in 2016."),
        ),
    ),
    Counted(
        "magnitudo",
        IT,
        "6,5",
        (
            ("magnitude", "soggetto", "Un terremoto di magnitudo 6,5 ha colpito la zona ieri."),
            ("magnitude", "scossa", "La scossa di magnitudo 6,5 è stata avvertita a Perugia."),
            (
                "magnitude",
                "quando",
                "La chiesa crollò quando un terremoto di magnitudo 6,5 colpì la valle.",
            ),
        ),
    ),
    Counted(
        "hectares",
        EN,
        "50",
        (
            (
                "compound-measure",
                "into",
                "The trial is pumping oxygen into a 50-hectare area near the river mouth.",
            ),
            ("compound-measure", "bought", "The trust has bought a 50-acre farm near Hexham."),
            ("compound-measure", "length", "The council will build a 50-mile cycle route."),
        ),
    ),
    Counted(
        "kept-at",
        EN,
        "12C",
        (
            ("temperature", "kept", "The eggs have to be kept at a steady 12C."),
            ("temperature", "stored", "The samples are stored at 12C in the laboratory."),
            ("temperature", "heated", "The milk is heated to 12C before bottling."),
        ),
    ),
    Counted(
        "gradi",
        IT,
        "120 gradi",
        (
            ("temperature", "sterilizzati", "I tappi vengono sterilizzati a 120 gradi."),
            ("temperature", "conservate", "Le uova devono essere conservate a 120 gradi."),
            ("temperature", "cotto", "Il pane viene cotto a circa 120 gradi."),
        ),
    ),
    Counted(
        "risen-by",
        EN,
        "1C",
        (
            ("change-unit", "perfect", "Sea temperatures have risen by about 1C since the 1980s."),
            ("change-unit", "past", "Average temperatures rose by 1C last year."),
            (
                "change-unit",
                "opening",
                "Scientists say sea temperatures have risen by 1C since 1990.",
            ),
        ),
    ),
    Counted(
        "metres-by",
        EN,
        "2 metres",
        (
            ("change-unit", "fallen", "The lake level has fallen by 2 metres since June."),
            ("change-unit", "raised", "The dam wall will be raised by 2 metres."),
        ),
    ),
    Counted(
        "gusts",
        EN,
        "90mph",
        (
            ("gusts", "with", "The storm battered the coast with gusts of more than 90mph."),
            ("gusts", "forecast", "Forecasters expect gusts of up to 90mph on Sunday."),
            ("gusts", "reached", "Gusts reached 90mph on the coast on Monday."),
        ),
    ),
    Counted(
        "almeno",
        IT,
        "13",
        (
            ("hedged", "almeno", "La stagionatura dura almeno 13 mesi."),
            ("hedged", "non meno", "La stagionatura non può durare meno di 13 mesi."),
            ("hedged", "pesare", "La coscia fresca non può pesare meno di 13 chili."),
            ("hedged", "deve", "La coscia deve pesare almeno 13 chili."),
        ),
    ),
]

# Dates in the shapes that stand between a clause and its date (a block of its own): a year
# said roughly ("around 1775"), an acronym in brackets after the subject, a predicate after
# "as" before the date ("listed as endangered since 2004"), an activity named by a noun and a
# form in -ing before "until", and an event named by a noun with what it happened to ("the
# sinking of the trawler X in March 2019"), a day word before the date between commas
# ("ieri, martedì 4 marzo,"), a relative with no comma before it ("the Gorran mill that closed
# in 1990").
DATED = [
    Counted(
        "rough-year",
        EN,
        "1790",
        (
            ("daterough", "around", "The bridge was built around 1790 by local masons."),
            ("daterough", "in about", "The chapel was consecrated in about 1790."),
            ("daterough", "circa", "The first mill on the site was built circa 1790."),
        ),
    ),
    Counted(
        "anno-circa",
        IT,
        "1790",
        (
            ("daterough", "intorno", "Il ponte fu costruito intorno al 1790 dai maestri locali."),
            ("daterough", "verso", "La cappella venne consacrata verso il 1790."),
            ("daterough", "attorno", "Attorno al 1790 i monaci costruirono il primo mulino."),
        ),
    ),
    Counted(
        "acronym-date",
        EN,
        "2018",
        (
            (
                "dateacronym",
                "opening",
                "In March 2018 the Marine Conservation Society (MCS) surveyed the beach.",
            ),
            (
                "dateacronym",
                "tail",
                "The Marine Conservation Society (MCS) surveyed the beach in March 2018.",
            ),
        ),
    ),
    Counted(
        "sigla-data",
        IT,
        "2018",
        (
            (
                "dateacronym",
                "apertura",
                "Nel marzo 2018 l'Agenzia regionale per l'ambiente (Arpa) ha analizzato il lago.",
            ),
            (
                "dateacronym",
                "coda",
                "L'Agenzia regionale per l'ambiente (Arpa) ha analizzato il lago nel marzo 2018.",
            ),
        ),
    ),
    Counted(
        "listed-as",
        EN,
        "2011",
        (
            ("datepredicate", "as", "The Pentland bat has been listed as threatened since 2011."),
            (
                "datepredicate",
                "as-under",
                "The Pentland bat has been classed as threatened under national law since 2011.",
            ),
        ),
    ),
    Counted(
        "event-noun",
        EN,
        "March 2019",
        (
            (
                "dateevent",
                "sinking",
                "Divers recall the sinking of the trawler Sea Lark off Mull in March 2019.",
            ),
            (
                "dateevent",
                "collapse-aside",
                "Engineers point to the collapse of the Gorran Viaduct in March 2019, which "
                "killed two people, as a warning.",
            ),
            (
                "dateevent",
                "demolition",
                "The exhibition marks the demolition of the Gorran Tower in March 2019.",
            ),
        ),
    ),
    Counted(
        "evento-nome",
        IT,
        "marzo 2019",
        (
            (
                "dateevent",
                "naufragio",
                "I pescatori ricordano il naufragio del peschereccio Santa Lucia nel marzo 2019.",
            ),
            (
                "dateevent",
                "crollo-inciso",
                "I tecnici citano il crollo della torre civica di Gorran nel marzo 2019, che "
                "causò due vittime, come un avvertimento.",
            ),
            (
                "dateevent",
                "demolizione",
                "La mostra ricorda la demolizione della torre di Gorran nel marzo 2019.",
            ),
        ),
    ),
    Counted(
        "relative-day",
        EN,
        "4 March",
        (
            (
                "daterelday",
                "yesterday",
                "The Gorran budget was approved yesterday, Tuesday 4 March, after a long debate.",
            ),
            (
                "daterelday",
                "today",
                "The trust opened the Gorran reading room today, Tuesday 4 March, with a party.",
            ),
        ),
    ),
    Counted(
        "giorno-relativo",
        IT,
        "4 marzo",
        (
            (
                "daterelday",
                "ieri",
                "Il consiglio ha approvato ieri, martedì 4 marzo, il bilancio di Gorran.",
            ),
            (
                "daterelday",
                "ieri-luogo",
                "È stato presentato ieri, martedì 4 marzo, nella sala consiliare il progetto "
                "del nuovo impianto di Gorran.",
            ),
        ),
    ),
    Counted(
        "restrictive-relative",
        EN,
        "1990",
        (
            (
                "daterestrictive",
                "that",
                "The trust bought the Gorran mill that employed 1,200 people until 1990.",
            ),
            (
                "daterestrictive",
                "that-past",
                "The trust bought the Gorran Mill that closed in 1990.",
            ),
        ),
    ),
    Counted(
        "relativa-restrittiva",
        IT,
        "1990",
        (
            (
                "daterestrictive",
                "che",
                "La Regione ha acquistato il Mulino Gorran che ha chiuso nel 1990.",
            ),
        ),
    ),
    Counted(
        "activity-until",
        EN,
        "2009",
        (
            ("dateactivity", "for", "The quay was used for net mending until 2009."),
            ("dateactivity", "in", "The village worked in peat cutting until 2009."),
        ),
    ),
]


MODIFIERS = {
    EN: ["about", "around", "more than", "at least", "nearly", "only", "almost", "some"],
    IT: ["circa", "oltre", "più di", "almeno", "quasi", "appena", "ben", "poco meno di"],
}
OPENINGS = {
    EN: [
        "Last year, ",
        "Last year ",
        "By the end of July ",
        "According to the council, ",
        "In 2024 ",
        "Since the spring, ",
        "Despite the rain, ",
    ],
    IT: [
        "L'anno scorso ",
        "Nel 2024, ",
        "Nel 2024 ",
        "Secondo i dati del Comune, ",
        "Alla fine di luglio ",
        "Da gennaio a oggi ",
        "Nonostante la pioggia, ",
    ],
}
ASIDES = {
    EN: [
        ", founded in 1968,",
        ", based in Kilcoole,",
        ", which is run by volunteers,",
        " – one of the largest in the county –",
        " (its first in a decade)",
    ],
    IT: [
        ", fondata nel 1968,",
        ", che ha sede a Pavia,",
        ", guidata da Marco Rossi,",
        " – tra i più grandi della provincia –",
        " (la prima volta in dieci anni)",
    ],
}
# An adverb in the verb group: after the auxiliary ("has already taken") or after the whole verb
# ("hanno dormito in media").
ADVERBS = {
    EN: [("already", "aux"), ("so far", "aux"), ("also", "aux"), ("in total", "verb")],
    IT: [("già", "aux"), ("finora", "aux"), ("in tutto", "verb"), ("in media", "verb")],
}
TAILS = {
    EN: [
        " in 18 months",
        " along a 2.7-kilometre stretch",
        ", compared with 40 the year before",
        ", including two masters",
        " between April and July",
        ", the council said",
        ", a record for the area",
        " and opened a café",
    ],
    IT: [
        " in 18 mesi",
        " lungo un tratto di circa 2,7 chilometri",
        ", contro i 40 dell'anno scorso",
        ", di cui 24 a tempo pieno",
        " tra aprile e luglio",
        ", ha spiegato il sindaco",
        ", un record per la zona",
        " e ha aperto un bar",
    ],
}
REPORTED = {
    EN: ["The council said {s}", "Officials confirmed that {s}", "{S}, the spokesman said"],
    IT: ["Il sindaco ha spiegato che {s}", "Secondo la Regione {s}", "{S}, ha detto il sindaco"],
}
RELATIVES = {
    EN: ["{Subj}, which {verb} {rest}, published its report on Monday"],
    IT: ["{Subj}, che {verb} {rest}, ha presentato i dati lunedì"],
}
AUXILIARIES = {
    "has",
    "have",
    "had",
    "will",
    "is",
    "are",
    "ha",
    "hanno",
    "aveva",
    "avevano",
    "è",
    "sono",
    "era",
    "fu",
}


# The subject said again by a pronoun in a second sentence ("continued"), or the second of
# two verb phrases of one subject ("coordinated"). The pronoun of each fact's subject (a fact
# left out has no pronoun a reader would use: "every employee"); an Italian subject is left
# unsaid, its verb agreeing with the plural ones.
PRONOUNS = {
    "volunteers": "it",
    "samples": "it",
    "distance": "it",
    "staff": "it",
    "money": "it",
    "year": "it",
    "duration": "they",
    "percent": "they",
    "profit": "it",
    "fee": "it",
    "increase": "they",
    "date": "it",
    "month": "it",
    "day": "it",
    "catch": "it",
    "attendance": "it",
    "horses": "she",
    "apprentices": "she",
}
IT_PLURAL = frozenset("ore durata percento aumento mese famiglie".split())
# Sentences before the pronoun: {S} the subject; {pl} what a plural verb adds; the person's
# name in a possessive for a person.
CONTINUED = {
    EN: [
        "{S} {was} praised last week.",
        "{S} {was} set up in the 1990s.",
        "{S} drew praise from the minister, who visited in May.",
    ],
    IT: [
        "{S} ha{pl} fatto discutere.",
        "{S} ha{pl} sede a Pavia.",
    ],
}
CONTINUED_PERSON = {
    EN: [
        "{S}, 41, won the race on Saturday.",
        "The win was the finest moment of {S}'s career.",
        "Locals know {S} well.",
    ],
    IT: ["{S}, 41 anni, ha vinto la gara di sabato.", "{S} è cresciuta a Pavia."],
}
# What opens the pronoun's sentence, if anything.
CONTINUED_OPENINGS = {EN: ["", "Last year "], IT: ["", "Nel 2024 "]}
# A first verb phrase before "and" ({is}: is or are; {pl}: the Italian plural's ending).
COORDINATED = {
    EN: [
        "{S} {stands} on a loop of the river and ",
        "{S} faced criticism last year and ",
        "{S} {is} based in Kilcoole, and ",
        "{S} {was} set up in the 1990s and ",
    ],
    IT: [
        "{S} ha{pl} sede a Pavia e ",
        "{S} ha{pl} fatto discutere e ",
        "{S} si trova{pl} vicino al fiume e ",
    ],
}
COORDINATED_PERSON = {
    EN: ["{S} grew up in Kilcoole and ", "{S} faced criticism last year and "],
    IT: ["{S} è cresciuta a Pavia e ", "{S} ha fatto discutere e "],
}
_IT_PLURAL_ENDINGS = {"ha{pl}": ("ha", "hanno"), "si trova{pl}": ("si trova", "si trovano")}


def _number_words(text: str, plural: bool) -> str:
    """The template with its verbs in the subject's number."""
    for template, (one, many) in _IT_PLURAL_ENDINGS.items():
        text = text.replace(template, many if plural else one)
    words = {"is": ("is", "are"), "was": ("was", "were"), "stands": ("stands", "stand")}
    for word, (one, many) in words.items():
        text = text.replace("{" + word + "}", many if plural else one)
    return text


def continued_shapes(fact: Fact) -> list[tuple[str, str, str]]:
    """The fact said by a pronoun after a sentence about its subject, and as the second verb
    phrase of its subject."""
    lang = fact.language
    verbs = fact.verbs
    verb = next(iter(verbs.values()))
    person = fact.subject[:1].isupper()
    plural = fact.id in IT_PLURAL or PRONOUNS.get(fact.id) == "they"
    pronoun = PRONOUNS.get(fact.id, "")
    subject = _upper(fact.subject)
    out = []
    if lang == IT or pronoun:
        leads = CONTINUED_PERSON[lang] if person else CONTINUED[lang]
        openings = [o for o in CONTINUED_OPENINGS[lang] if fact.modifiers or not _WHEN.search(o)]
        for lead in leads:
            first = _number_words(lead, plural).format(S=subject)
            for opening in openings:
                # after an opening of time, the fact's past ("Last year it took ...")
                said = verbs.get("past", verbs.get("passato", verb)) if opening else verb
                clause = f"{pronoun if lang == EN else ''} {said} {fact.rest}{fact.after}"
                label = f"{first.split(' ', 2)[-1][:20]}|{opening.strip()}"
                out.append(("continued", label, f"{first} {_upper(opening + clause.strip())}."))
    for first in (COORDINATED_PERSON if person else COORDINATED)[lang]:
        text = _number_words(first, plural).format(S=subject)
        if lang == IT and verb[:1] in "eè":
            text = text[:-3] + " ed "  # "e è" -> "ed è"
        label = text.split(" ", 2)[-1][:24].strip()
        out.append(("coordinated", label, f"{text}{verb} {fact.rest}{fact.after}."))
    return out


# Several complications at once, as real sentences stack them ("stacked"): an opening frame
# with or without its comma, an apposition with no verb after the subject, a trailing tail
# with no verb; and the fact as the second verb phrase of a reported clause, whose subject is
# the reported one, not the reporter's.
STACK_OPENINGS = {
    EN: ["Between July and October ", "Last year, ", "In the first half of the year "],
    IT: ["Tra luglio e ottobre ", "Nel 2024, ", "Nei primi sei mesi dell'anno "],
}
STACK_ASIDES = {
    EN: [", one of three in the county,", ", the largest in the region,"],
    IT: [", una delle tre della provincia,", ", la più grande della regione,"],
}
STACK_PERSON_ASIDES = {
    EN: [", director of the trust,", ", 41, a former nurse,"],
    IT: [", direttrice della fondazione,", ", 41 anni, ex infermiera,"],
}
STACK_TAILS = {
    EN: [
        ", compared with 40 the year before",
        ", many of them from Leeds",
        ", up from 40 in 2023",
        ", an increase of a third",
    ],
    IT: [
        ", contro i 40 dell'anno scorso",
        ", molti dei quali da Pavia",
        ", in aumento rispetto ai 40 del 2023",
        ", pari a un terzo del totale",
    ],
}
STACK_REPORTED = {
    EN: "The director said {s} had faced criticism and {verb} {rest}",
    IT: "Il direttore ha spiegato che {s} ha fatto discutere e {verb} {rest}",
}


def stacked_shapes(fact: Fact) -> list[tuple[str, str, str]]:
    """The fact with two or three complications at once (an opening, a verbless aside after
    the subject, a verbless tail), chosen with a seed of the fact's own, and as the second
    verb phrase of a reported clause."""
    lang = fact.language
    if not fact.subject[:1].isupper() and fact.subject.split(" ", 1)[0].lower() not in {
        "the",
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "l'",
    }:
        return []  # "every employee", "attendance at the festival": no aside after them
    rng = random.Random(fact.id)
    verb = next(iter(fact.verbs.values()))
    openings = [o for o in STACK_OPENINGS[lang] if fact.modifiers or not _WHEN.search(o)]
    asides = (STACK_PERSON_ASIDES if fact.subject[:1].isupper() else STACK_ASIDES)[lang]
    tails = [t for t in STACK_TAILS[lang] if fact.figure not in t]
    out = []
    for _ in range(8):
        opening = rng.choice(["", *openings])
        aside = rng.choice(["", *asides])
        tail = rng.choice(["", *tails])
        if sum(map(bool, (opening, aside, tail))) < 2:
            continue
        clause = _clause(fact, verb, fact.rest, fact.subject + aside, tail=tail).strip()
        label = "+".join(p.strip(" ,")[:16] for p in (opening, aside, tail) if p)
        text = opening + (clause if opening else _upper(clause)) + "."
        out.append(("stacked", label, text))
    if fact.subject[:1].islower():
        reported = STACK_REPORTED[lang].format(s=fact.subject, verb=verb, rest=fact.rest)
        out.append(("stacked", "reported+and", _sentence(reported + fact.after)))
    return out


# The prepositions a fact's verb ends with ("rose by", "cresciute del"): an adverb after the
# verb goes before them.
_VERB_PREPOSITIONS = frozenset("by since in del nel".split())


# An opening that says when: a fact that is itself a date is not written after one.
_WHEN = re.compile(r"year|July|2024|spring|anno|luglio|gennaio")


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clause(
    fact: Fact,
    verb: str,
    rest: str,
    subject: str | None = None,
    adverb: tuple[str, str] | None = None,
    tail: str = "",
) -> str:
    words = verb.split()
    if adverb:
        word, where = adverb
        if where == "aux" and words[0] in AUXILIARIES and len(words) > 1:
            words.insert(1, word)
        elif words[-1] in _VERB_PREPOSITIONS:  # "have risen in total by", not "by in total"
            words.insert(len(words) - 1, word)
        else:
            words.append(word)
    return f"{subject or fact.subject} {' '.join(words)} {rest}{fact.after}{tail}"


def _sentence(clause: str) -> str:
    return _upper(clause.strip()) + "."


def _modified(fact: Fact, mod: str) -> str:
    """The fact's rest with a modifier before its figure (and its currency sign)."""
    if fact.modified:
        if mod.endswith(" di"):  # "di più di il 12%" -> "di più del 12%"
            return fact.modified.format(mod=mod[:-3]).replace(" il ", " del ", 1)
        return fact.modified.format(mod=mod)
    figure = re.search(r"[£$€]?" + re.escape(fact.figure), fact.rest)
    assert figure is not None
    return f"{fact.rest[: figure.start()]}{mod} {fact.rest[figure.start() :]}"


def shapes(fact: Fact, rng: random.Random) -> list[tuple[str, str, str]]:
    """(dimension, label, sentence) for every shape of a fact."""
    lang = fact.language
    plain_verb = next(iter(fact.verbs.values()))
    out = [("plain", "", _sentence(_clause(fact, plain_verb, fact.rest)))]
    for tense, verb in fact.verbs.items():
        out.append(("tense", tense, _sentence(_clause(fact, verb, fact.rest))))
    if fact.modifiers:
        for mod in MODIFIERS[lang]:
            rest = _modified(fact, mod)
            out.append(("modifier", mod, _sentence(_clause(fact, plain_verb, rest))))
    openings = [o for o in OPENINGS[lang] if fact.modifiers or not _WHEN.search(o)]
    for opening in openings:
        out.append(
            (
                "opening",
                opening.strip(),
                opening + _clause(fact, plain_verb, fact.rest).strip() + ".",
            )
        )
    for aside in ASIDES[lang]:
        out.append(
            (
                "aside",
                aside.strip(" ,"),
                _sentence(_clause(fact, plain_verb, fact.rest, fact.subject + aside)),
            )
        )
    for verb in fact.verbs.values():
        if verb.split()[0] in AUXILIARIES and len(verb.split()) > 1:
            for adverb in ADVERBS[lang]:
                out.append(
                    (
                        "adverb",
                        f"{adverb[0]} ({adverb[1]})",
                        _sentence(_clause(fact, verb, fact.rest, adverb=adverb)),
                    )
                )
            break
    tails = [t for t in TAILS[lang] if fact.figure not in t]
    for tail in tails:
        out.append(
            ("tail", tail.strip(" ,"), _sentence(_clause(fact, plain_verb, fact.rest, tail=tail)))
        )
    for frame in REPORTED[lang]:
        clause = _clause(fact, plain_verb, fact.rest)
        out.append(
            (
                "reported",
                frame.split("{")[0].strip() or frame.split("}")[1].strip(", "),
                _sentence(frame.format(s=clause, S=_upper(clause))),
            )
        )
    for frame in RELATIVES[lang]:
        out.append(
            (
                "relative",
                "",
                _sentence(
                    frame.format(
                        Subj=_upper(fact.subject), verb=plain_verb, rest=fact.rest + fact.after
                    )
                ),
            )
        )
    out.extend(continued_shapes(fact))
    out.extend(stacked_shapes(fact))
    out.extend(layered_shapes(fact))
    # Two changes at once: a tense with an opening, an aside, a modifier or a tail.
    for _ in range(6):
        tense, verb = rng.choice(list(fact.verbs.items()))
        opening = rng.choice(openings)
        aside = rng.choice(ASIDES[lang])
        tail = rng.choice(tails)
        choice = rng.randrange(3)
        if choice == 0:
            text = opening + _clause(fact, verb, fact.rest).strip() + "."
            label = f"{tense}+{opening.strip()}"
        elif choice == 1:
            text = _sentence(_clause(fact, verb, fact.rest, fact.subject + aside))
            label = f"{tense}+{aside.strip(' ,')}"
        else:
            text = _sentence(_clause(fact, verb, fact.rest, tail=tail))
            label = f"{tense}+{tail.strip(' ,')}"
        out.append(("pair", label, text))
    return out + date_clause_shapes(fact)


# Dates in a clause around the fact: a condition before or after it, the fact as a
# relative clause of a noun in another clause, and the fact as a clause of time or reason
# ("since", "da quando") of another. Only the date facts take them.
_DATE_FACTS = frozenset("year anno date month since day data mese dal giorno".split())
_PEOPLE = frozenset({"the headteacher"})
DATE_CLAUSES = {
    EN: [
        ("if-before", "If the timetable holds, {s}.", "future expected"),
        ("if-met", "If all goes to plan, {s}.", "future expected"),
        ("if-after", "{S} if the weather allows.", "future expected"),
        ("unless-after", "{S}, unless the funding falls through.", "future expected"),
        ("relative-object", "The minister praised {subj}, {which} {verb} {rest}.", ""),
        ("since-clause", "Visitor numbers have doubled since {s}.", "past"),
        ("after-clause", "Local shops were busier after {s}.", "past"),
    ],
    IT: [
        ("se-prima", "Se i tempi saranno rispettati, {s}.", "futuro modale"),
        ("se-tutto", "Se tutto andrà come previsto, {s}.", "futuro modale"),
        ("se-dopo", "{S}, se il meteo lo permetterà.", "futuro modale"),
        ("relativa-oggetto", "Il ministro ha elogiato {subj}, che {verb} {rest}.", ""),
        ("da-quando", "I visitatori sono raddoppiati da quando {s}.", "passato remoto"),
        ("dopo-che", "I negozi hanno lavorato di più dopo che {s}.", "passato remoto"),
    ],
}


def date_clause_shapes(fact: Fact) -> list[tuple[str, str, str]]:
    """(dimension, label, sentence) of a date fact in the clauses of DATE_CLAUSES, its verb in
    the first tense the clause takes that the fact has (a frame with none is left out)."""
    if fact.id not in _DATE_FACTS:
        return []
    out = []
    for label, frame, tenses in DATE_CLAUSES[fact.language]:
        wanted = [fact.verbs[t] for t in tenses.split() if t in fact.verbs]
        if tenses and not wanted:
            continue
        verb = wanted[0] if wanted else next(iter(fact.verbs.values()))
        clause = _clause(fact, verb, fact.rest).strip()
        text = frame.format(
            s=clause,
            S=_upper(clause),
            subj=fact.subject,
            which="who" if fact.subject in _PEOPLE else "which",
            verb=verb,
            rest=fact.rest + fact.after,
        )
        out.append(("dateclause", label, text))
    return out


# --- Superlatives: a name said to be the most of its kind, in the shapes reporters write it
# (its own block: the "figure" is the name, asked by "What is the largest ...?"). Each fact gives
# the name as a subject, as an object (with its article) and after a preposition of place.


@dataclass(frozen=True)
class Superlative:
    """A name, how a sentence says it (subject, object, place) and the superlative it is."""

    id: str
    language: str
    name: str
    subject: str  # "Il Tavoliere"
    obj: str  # "il Tavoliere"
    where: str  # "nel Tavoliere"
    np: str  # "la pianura più estesa dell'Italia meridionale"


SUPERLATIVES = [
    Superlative(
        "port",
        EN,
        "Killybegs",
        "Killybegs",
        "Killybegs",
        "at Killybegs",
        "the largest fishing port in Ireland",
    ),
    Superlative(
        "bog",
        EN,
        "Cors Fochno",
        "Cors Fochno",
        "Cors Fochno",
        "at Cors Fochno",
        "the largest raised bog in Wales",
    ),
    Superlative(
        "pianura",
        IT,
        "Tavoliere",
        "Il Tavoliere",
        "il Tavoliere",
        "nel Tavoliere",
        "la pianura più estesa dell'Italia meridionale",
    ),
    Superlative(
        "linea",
        IT,
        "Milazzo-Lipari",
        "La Milazzo-Lipari",
        "la Milazzo-Lipari",
        "sulla Milazzo-Lipari",
        "la linea più utilizzata dell'arcipelago",
    ),
]
SUPERLATIVE_FRAMES = {
    EN: [
        ("copula", "{subject} is {np}."),
        ("remains", "{subject} remains {np}."),
        ("subject", "{Np} is {obj}."),
        ("subject-past", "{Np} was {obj}."),
        ("second clause", "Visits rose by 8% last year, and {np} was {obj}."),
        ("apposition subject", "{subject}, {np}, reopened on Monday."),
        ("apposition end", "Rangers counted 40 nests {where}, {np}."),
        ("apposition opening", "{Where}, {np}, rangers counted 40 nests."),
        ("considered", "{subject} is considered {np}."),
        ("opening+considered", "Restored in 2010, {obj} is considered {np}."),
        ("described", "{subject} is often described as {np}."),
        ("aside+described", "With 40 berths, {obj} is often described as {np}."),
    ],
    IT: [
        ("copula", "{subject} è {np}."),
        ("remains", "{subject} resta {np}."),
        ("si conferma", "{subject} si conferma {np}."),
        ("subject", "{Np} è {obj}."),
        ("subject-past", "{Np} è stata {obj}."),
        ("second clause", "Le presenze sono salite dell'8%, e {np} è stata {obj}."),
        ("apposition subject", "{subject}, {np}, ha riaperto lunedì."),
        ("apposition end", "Ogni estate arrivano migliaia di visitatori {where}, {np}."),
        ("apposition opening", "{Where}, {np}, arrivano ogni estate migliaia di visitatori."),
        ("considered", "{subject} è considerato {np}."),
        ("opening+considered", "Restaurato nel 2010, {obj} è considerato {np}."),
    ],
}


def superlative_shapes(fact: Superlative) -> list[tuple[str, str, str]]:
    """(dimension, label, sentence) for every shape of a superlative."""
    out = []
    for label, frame in SUPERLATIVE_FRAMES[fact.language]:
        text = frame.format(
            subject=fact.subject,
            obj=fact.obj,
            where=fact.where,
            Where=_upper(fact.where),
            np=fact.np,
            Np=_upper(fact.np),
        )
        out.append(("superlative", label, text))
    return out


# --- Names and identities (a block of its own): a name given to a thing ("battezzato «X»",
# "sometimes called X", "known as X"), the one thing a subject of "the only / the main ..." is,
# and a superlative said of a name with a number ("LFA 34"). The "figure" is the name asked.
NAMES = [
    Counted(
        "fund-name",
        IT,
        "Resto qui",
        (
            ("naming", "quoted apposition", "Il fondo, battezzato «Resto qui», vale 2 milioni."),
            ("naming", "quoted subject", "Il fondo è stato battezzato «Resto qui»."),
        ),
    ),
    Counted(
        "fund-name-en",
        EN,
        "Stay Here",
        (
            ("naming", "quoted apposition", 'The fund, named "Stay Here", is worth £2m.'),
            ("naming", "quoted subject", 'The fund was named "Stay Here" by the council.'),
        ),
    ),
    Counted(
        "algae",
        EN,
        "blue-green algae",
        (
            (
                "naming",
                "sometimes called",
                "The toxin is produced by cyanobacteria, sometimes called blue-green algae, "
                "and can damage the liver.",
            ),
            (
                "naming",
                "also known as",
                "Cyanobacteria, also known as blue-green algae, thrive in warm water.",
            ),
        ),
    ),
    Counted(
        "entrance",
        EN,
        "Hells Gates",
        (
            ("naming", "copula known as", "The harbour entrance is known as Hells Gates."),
            (
                "naming",
                "apposition known as",
                "The harbour entrance, known as Hells Gates, is one of the most treacherous.",
            ),
        ),
    ),
    Counted(
        "golfo",
        IT,
        "golfo dei Poeti",
        (
            (
                "naming",
                "detto anche",
                "Il golfo della Spezia, detto anche golfo dei Poeti, è un'insenatura del mar "
                "Ligure.",
            ),
        ),
    ),
    Counted(
        "muscoli",
        IT,
        "muscoli",
        (
            (
                "naming",
                "chiamati anche",
                "I mitili, chiamati anche muscoli, smettono di alimentarsi oltre i 26 gradi.",
            ),
        ),
    ),
    Counted(
        "salt",
        EN,
        "sea salt",
        (
            ("sole", "only", "The only ingredient added is sea salt."),
            ("sole", "only+aside", "The only ingredient added, by law, is sea salt."),
        ),
    ),
    Counted(
        "sale",
        IT,
        "sale marino",
        (
            ("sole", "unico", "L'unico ingrediente aggiunto è il sale marino."),
            (
                "sole",
                "unico second",
                "La stagionatura dura 13 mesi e l'unico ingrediente aggiunto è il sale marino.",
            ),
        ),
    ),
    Counted(
        "oxygen",
        EN,
        "shortage of dissolved oxygen",
        (
            (
                "sole",
                "main cause",
                "The main cause of the decline is a shortage of dissolved oxygen.",
            ),
        ),
    ),
    Counted(
        "ossigeno",
        IT,
        "carenza di ossigeno",
        (
            (
                "sole",
                "causa principale",
                "La causa principale della moria è la carenza di ossigeno.",
            ),
        ),
    ),
    Counted(
        "coppicing",
        EN,
        "a form of pruning",
        (
            (
                "gloss",
                "kind of",
                "The old hedges need coppicing, a form of pruning that cuts the stems low.",
            ),
            (
                "gloss",
                "kind of+tail",
                "Another 14 oaks need crown lifting, a form of pruning that raises the canopy, "
                "the survey found.",
            ),
        ),
    ),
    Counted(
        "donor",
        EN,
        "Harbour Trust",
        (
            (
                "named after",
                "superlative subject",
                "The largest donor, the Harbour Trust, gave 5 million pounds.",
            ),
            (
                "named after",
                "ordinal subject",
                "The first donor, the 1,200-member Harbour Trust, gave 5 million pounds.",
            ),
        ),
    ),
    Counted(
        "traghetto",
        IT,
        "Moby Zaza",
        (
            (
                "named after",
                "ordinal subject",
                "Il primo traghetto, la Moby Zaza da 1.500 posti, arriverà il 3 maggio.",
            ),
        ),
    ),
    Counted(
        "lfa",
        EN,
        "LFA 34",
        (
            ("numbered", "copula", "LFA 34 is the most valuable fishing area in the country."),
            (
                "numbered",
                "relative",
                "LFA 34, which stretches from Yarmouth to Digby, is the most valuable fishing "
                "area in the country.",
            ),
        ),
    ),
    Counted(
        "pozzo",
        IT,
        "Pozzo 7",
        (
            ("numbered", "copula", "Il Pozzo 7 è il pozzo più profondo del giacimento."),
            (
                "numbered",
                "relative",
                "Il Pozzo 7, che fu scavato nel 1994, è il pozzo più profondo del giacimento.",
            ),
        ),
    ),
]


_HEADLINE = {EN: "A test headline", IT: "Titolo di prova"}


def judge(fact: Fact | Counted, sentence: str) -> tuple[str, str]:
    """'asked' with the question, 'cloze' with the cloze, or 'missed'."""
    deck = generate_deck(
        f"{_HEADLINE[fact.language]}\n\n{sentence}\n", deck_id="shapes", language=fact.language
    )
    return _judged(deck, fact.figure)


def _judged(deck: object, figure_text: str) -> tuple[str, str]:
    """'asked' with the question, 'cloze' with the cloze, or 'missed', of a deck's figure."""
    figure = re.compile(rf"(?<![\d.,]){re.escape(figure_text)}(?![\d]|[.,]\d)")
    cloze = ""
    for card in deck.cards:  # type: ignore[attr-defined]
        if (
            card.question
            and card.answer
            and figure.search(card.answer)
            and not figure.search(card.question)
        ):
            return "asked", f"{card.question} -> {card.answer}"
        if card.cloze and not cloze and figure.search(card.cloze):
            cloze = card.cloze
    return ("cloze", cloze) if cloze else ("missed", "")


# Participles (a block of its own): a participle phrase that opens a sentence ("Founded in 1879,
# the creamery employs ...") or follows a name ("the bridge, built in 1897, ..."), in an
# article's sentence and in a background entry's (whose subject is the entry: "Istituito nel
# 1991, si estende per ..."). Both figures are asked: the participle's year and the clause's
# count.
@dataclass(frozen=True)
class Described:
    """A thing described by a participle phrase, with a clause of its own."""

    id: str
    language: str
    subject: str  # "the creamery", as the clause's subject
    name: str  # "Ashby Creamery", the entry's heading
    participle: str  # "Founded in 1879", agreeing with the subject
    year: str
    rest: str  # "employs 212 people", the clause after the subject
    count: str
    apposition: str  # "a dairy founded in 1879": the name described after it


DESCRIBED = [
    Described(
        "creamery",
        EN,
        "the creamery",
        "Ashby Creamery",
        "Founded in 1879",
        "1879",
        "employs 212 people",
        "212",
        "a dairy founded in 1879",
    ),
    Described(
        "bridge",
        EN,
        "the bridge",
        "Tees Bridge",
        "Built in 1897",
        "1897",
        "carries 4,000 vehicles a day",
        "4,000",
        "a crossing built in 1897",
    ),
    Described(
        "reserve",
        EN,
        "the reserve",
        "Morton Nature Reserve",
        "Established in 1991",
        "1991",
        "covers 640 hectares",
        "640",
        "a wetland established in 1991",
    ),
    Described(
        "cooperativa",
        IT,
        "la cooperativa",
        "Cooperativa Terra",
        "Fondata nel 1944",
        "1944",
        "riunisce 300 soci",
        "300",
        "la società agricola fondata nel 1944",
    ),
    Described(
        "parco",
        IT,
        "il parco",
        "Parco nazionale del Cilento",
        "Istituito nel 1991",
        "1991",
        "si estende per 181.000 ettari",
        "181.000",
        "l'area protetta istituita nel 1991",
    ),
    Described(
        "ateneo",
        IT,
        "l'università",
        "Università Mediterranea",
        "Nata nel 1968 come istituto di architettura",
        "1968",
        "conta 9.000 iscritti",
        "9.000",
        "l'ateneo nato nel 1968",
    ),
]
# A first entry that names its heading, so that the entries after it are read as entries.
_FIRST_ENTRY = {
    EN: "River Tees\n\nThe River Tees rises on Cross Fell in the North Pennines.",
    IT: "Fiume Sele\n\nIl fiume Sele nasce sui monti Picentini, in Irpinia.",
}
_ARTICLE_LEAD = {
    EN: "A grant of £40,000 was announced on Monday for {name}.",
    IT: "Lunedì è stato annunciato un contributo di 40.000 euro per {name}.",
}
_OBJECT_FRAME = {
    EN: "The grant will pay for repairs to {subject}, {p}, and to the car park",
    IT: "Il contributo servirà per {subject}, {p}, e per il parcheggio",
}
_APPOSITION_FRAME = {
    EN: "The scheme is run by {name}, {apposition}, which {rest}",
    IT: "Il progetto è gestito da {name}, {apposition}, che {rest}",
}
_ENTRY_SUBJECT = {EN: "it ", IT: ""}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def described_shapes(d: Described) -> list[tuple[str, str, str, str]]:
    """(dimension, label, text, figure) for every shape of a described thing; the text is a
    whole document (headline, paragraphs, entries)."""
    lang = d.language
    head = f"{_HEADLINE[lang]}\n\n"
    lead = _ARTICLE_LEAD[lang].format(name=d.name)
    p = d.participle
    out: list[tuple[str, str, str]] = []
    out.append(("part-open", "article", _sentence(f"{p}, {d.subject} {d.rest}")))
    out.append(("part-aside", "subject", _sentence(f"{d.subject}, {_lower_first(p)}, {d.rest}")))
    obj = _OBJECT_FRAME[lang].format(subject=d.subject, p=_lower_first(p))
    out.append(("part-aside", "object", _sentence(obj)))
    app = _APPOSITION_FRAME[lang].format(name=d.name, apposition=d.apposition, rest=d.rest)
    out.append(("part-aside", "apposition", _sentence(app)))
    shapes_out = []
    for dim, label, sentence in out:
        text = f"{head}{lead} {sentence}\n"
        shapes_out += [(dim, f"{label} year", text, d.year), (dim, f"{label} count", text, d.count)]
    entry = f"{p}, {_ENTRY_SUBJECT[lang]}{d.rest}."
    named = f"{p}, {d.name} {d.rest}."
    for label, sentence, first in (
        ("entry", entry, True),
        ("entry named", named, True),
        ("entry first", entry, False),  # the first entry: read as one by its opening alone
    ):
        before = f"{_FIRST_ENTRY[lang]}\n\n" if first else ""
        text = f"{head}{lead}\n\n{before}{d.name}\n\n{sentence}\n"
        shapes_out += [
            ("part-entry", f"{label} year", text, d.year),
            ("part-entry", f"{label} count", text, d.count),
        ]
    return [s for s in shapes_out if not (s[1].endswith("count") and d.count not in s[2])]


def judge_text(language: str, text: str, figure: str) -> tuple[str, str]:
    """judge() of a whole document."""
    deck = generate_deck(text, deck_id="shapes", language=language)
    return _judged(deck, figure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=[EN, IT])
    parser.add_argument("--show", choices=["cloze", "asked", "all"])
    parser.add_argument("--dim")
    parser.add_argument("--fact")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    by_dim: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_fact: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    runs: list[tuple[Fact | Counted, list[tuple[str, str, str]]]] = [
        (f, shapes(f, rng)) for f in FACTS
    ]
    for sup in SUPERLATIVES:
        as_fact = Fact(sup.id, sup.language, sup.subject, sup.np, sup.name, "copula: is")
        runs.append((as_fact, superlative_shapes(sup)))
    runs += [(c, list(c.sentences)) for c in COUNTED + DATED + DATED_REAL + CLAUSE_READ + MEASURED]
    runs += [(c, list(c.sentences)) for c in NAMES]
    runs += [(c, list(c.sentences)) for c in ENTITIES]
    for fact, fact_shapes in runs:
        if args.lang and fact.language != args.lang or args.fact and fact.id != args.fact:
            continue
        for dim, label, sentence in fact_shapes:
            if args.dim and dim != args.dim:
                continue
            status, card = judge(fact, sentence)
            asked = status == "asked"
            for tally in (by_dim[f"{fact.language} {dim}"], by_fact[fact.id], total):
                tally[0] += asked
                tally[1] += 1
            if (
                args.show == "all"
                or args.show == status
                or (args.show == "cloze" and status == "missed")
            ):
                print(f"[{fact.id} {dim} {label}] {status}\n    {sentence}\n    {card}")
    for d in DESCRIBED:
        if args.lang and d.language != args.lang or args.fact and d.id != args.fact:
            continue
        for dim, label, text, figure in described_shapes(d):
            if args.dim and dim != args.dim:
                continue
            status, card = judge_text(d.language, text, figure)
            asked = status == "asked"
            for tally in (by_dim[f"{d.language} {dim}"], by_fact[d.id], total):
                tally[0] += asked
                tally[1] += 1
            if (
                args.show == "all"
                or args.show == status
                or (args.show == "cloze" and status == "missed")
            ):
                shown = text.split("\n\n", 1)[1].replace("\n", " / ")
                print(f"[{d.id} {dim} {label}] {status}\n    {shown}\n    {card}")
    print("\nby shape (asked / shapes):")
    for key, (asked, n) in sorted(by_dim.items()):
        print(f"  {key:16} {asked:4}/{n:<4} {asked / n:.2f}")
    print("by fact:")
    for key, (asked, n) in by_fact.items():
        print(f"  {key:16} {asked:4}/{n:<4} {asked / n:.2f}")
    print(f"all: {total[0]}/{total[1]} = {total[0] / max(total[1], 1):.2f}")


if __name__ == "__main__":
    main()
