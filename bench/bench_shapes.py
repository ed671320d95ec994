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
    # h1: facts of people named by their name, asked again when a later sentence says them
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


# h1: the subject said again by a pronoun in a second sentence ("continued"), or the second of
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


def h1_shapes(fact: Fact) -> list[tuple[str, str, str]]:
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
    out.extend(h1_shapes(fact))
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
    return out


_HEADLINE = {EN: "A test headline", IT: "Titolo di prova"}


def judge(fact: Fact, sentence: str) -> tuple[str, str]:
    """'asked' with the question, 'cloze' with the cloze, or 'missed'."""
    deck = generate_deck(
        f"{_HEADLINE[fact.language]}\n\n{sentence}\n", deck_id="shapes", language=fact.language
    )
    figure = re.compile(rf"(?<![\d.,]){re.escape(fact.figure)}(?![\d]|[.,]\d)")
    cloze = ""
    for card in deck.cards:
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
    for fact in FACTS:
        fact_shapes = shapes(fact, rng)
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
    print("\nby shape (asked / shapes):")
    for key, (asked, n) in sorted(by_dim.items()):
        print(f"  {key:16} {asked:4}/{n:<4} {asked / n:.2f}")
    print("by fact:")
    for key, (asked, n) in by_fact.items():
        print(f"  {key:16} {asked:4}/{n:<4} {asked / n:.2f}")
    print(f"all: {total[0]}/{total[1]} = {total[0] / max(total[1], 1):.2f}")


if __name__ == "__main__":
    main()
