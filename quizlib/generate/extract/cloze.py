"""Cloze deletions, the fallback for facts that resist a question: the most informative span
of a sentence (a list of names, a rare name, a number, a figure, a short quoted phrase)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from itertools import repeat

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence, is_known_word
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_MONTH_ABBREVIATION_WORDS,
    MONTH_WORDS,
    MONTHS,
    ROLE_WORDS,
    STOPWORDS,
    WEEKDAYS,
)
from ..text import core
from ..verbs import is_finite
from .common import counted_from_event, people_in

_QUOTED = re.compile(r"[“«\"](?P<span>[^”»\"]{3,40})[”»\"]")
_ORDINAL = re.compile(
    r"\b(?P<span>primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|quinta|sesto|sesta"
    r"|settimo|settima|ottavo|ottava|nono|nona|decimo|decima|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth)\s+(?:anno|mandato|secolo|posto|year|term"
    r"|century|place)\b",
    re.IGNORECASE,
)
# From the second on: "il primo semestre", "the first signal" are rarely a fact to recall.
_ORDINAL_WORDS = (
    r"secondo|seconda|secondi|seconde|terzo|terza|terzi|terze|quarto"
    r"|quarta|quinto|quinta|sesto|sesta|settimo|settima|ottavo|ottava|nono|nona|decimo|decima"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
# An ordinal with its article or possessive and its noun: "il secondo produttore", "its third
# factory", "the sixth session" (after an article "secondo" is no preposition: "secondo i dati").
_RANKED = re.compile(
    r"(?i)\b(?:il|lo|la|l’|i|gli|le|suo|sua|suoi|sue|loro|the|its|his|her|their)\s+"
    r"(?P<span>" + _ORDINAL_WORDS + r")\s+(?P<noun>[a-zà-ù][a-zà-ù-]{2,})\b"
)
_NOT_RANKS = frozenset("volta volte time times".split())  # "per la prima volta": no fact
# The cheap test before _RANKED: one of its ordinals is a word of the sentence.
_ORDINAL_WORD_SET = frozenset(_ORDINAL_WORDS.split("|"))
# "Dipendenti: circa 1.400", "Total investment: $4.8 billion": a value after its label.
_LABELLED = re.compile(
    r"^[^:]{3,60}:\s+(?P<span>(?:circa |about |oltre |over |fino a |up to )?[$€£]?\d[\d.,]*"
    r"(?:\s?(?:%|miliardi|milioni|mila|billion|million|thousand)\b)?)"
)
# A duration, whole: "2 hours, 2 minutes and 48 seconds", "3 ore e 12 minuti".
_DURATION = re.compile(
    r"(?<![:.,\d])\b\d+\s(?:hours?|ore|ora)(?:(?:,|\s(?:and|e))?\s\d+\s(?:minutes?|minuti|minuto))?"
    r"(?:,?\s(?:and|e)\s\d+\s(?:seconds?|secondi|secondo))?\b"
)
_LEAD_ARTICLE = re.compile(r"^(?:Il|Lo|La|I|Gli|Le|The|L’|Un|Una|A|An)\s+|^L’")
_LEAD_INITIALS = frozenset("ILGTUA")  # what _LEAD_ARTICLE may start with
MIN_WORDS, MAX_WORDS = 7, 60
# A quantity outranks the bare number the numbers extractor hides in it (a cloze of 0.5), so
# the number is hidden with its unit; a name or a list may still be the sentence's second
# deletion.
QUANTITY_SCORE = 0.86
# A value after its label ("Total investment: $4.8 billion") is its line's whole news.
LABELLED_SCORE = 0.87
# A duration after a preposition ("in 36 ore", "for 14 hours") is a circumstance of the news:
# below a share (0.8), which a sentence gives as its news more often.
CIRCUMSTANCE_SCORE = 0.79
# Two names joined by a conjunction are hidden together, above either name alone.
PAIR_SCORE = 0.74
# A score or a tally ("voted 7-1"): above a name said once, below a name the sentence
# describes (a match's scores at the interval are no news beside its scorer).
TALLY_SCORE = 0.72
# A name its sentence describes after a comma is preferred to the names around it.
APPOSITION_BONUS = 0.06
_MONTHS = {lang: frozenset(m.lower() for m in months) for lang, months in MONTHS.items()}
_MONTHS["en"] |= EN_MONTH_ABBREVIATION_WORDS  # "Aug. 31"
_OPENING_ARTICLES = frozenset("Il Lo La I Gli Le L’ The A An Un Una Uno".split())
_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|per cento|per cent\b|percent\b)")
_NUMBER_AFTER = re.compile(r"\s+\d+\b(?![.,:]\d)")  # "Euro 2024", not "Alle 6|.02"
# A quantity is hidden with its unit: a learner recalls "9 square kilometres", "78 anni", "minus
# 25C", not the bare number of "around [...] square kilometres". A bound that changes the
# fact ("oltre", "at least") is hidden with it; an approximation ("circa", "about") stays out.
_WORD_NUMBERS = (
    "due tre quattro cinque sei sette otto nove dieci undici dodici quindici venti trenta"
    " quaranta cinquanta cento mille two three four five six seven eight nine ten eleven"
    " twelve fifteen twenty thirty forty fifty hundred"
)
_WORD_NUMBER_SET = frozenset(_WORD_NUMBERS.split())
_NUM = r"(?:\d[\d.,]*\d|\d|(?:" + _WORD_NUMBERS.replace(" ", "|") + r")\b)"
_SCALES = r"(?:milioni|miliardi|mila|million|billion|trillion|thousand)"
# Units written out or abbreviated, after a space or none; the longer forms first.
_UNITS = (
    r"(?:square|sq|cubic)\s(?:kilometres|kilometers|km|miles|metres|meters|feet|mi)"
    r"|percentage points?|punti percentuali|punti"
    r"|(?:chilometri|km|metri)\s(?:quadrati|quadri|cubi)|km²|m²|km/h"
    r"|kilometres|kilometers|kilometre|kilometer|km|miles|mile|mph|metres|meters|metre|meter"
    r"|centimetres|centimeters|cm|millimetres|millimeters|mm|feet|foot|ft|inches"
    r"|tonnes|tonne|tons|kilograms|kilogram|kg|grams|litres|liters|hectares|acres|acre-feet"
    r"|light-years|years|year|months|month|weeks|week|days|day|hours|hour|minutes|minute"
    r"|seconds|degrees|megawatts|gigawatts|MW|GW|kWh|knots|euros|euro|dollars|pounds"
    r"|chilometri|chilometro|metri|metro|centimetri|millimetri|tonnellate|tonnellata|chili"
    r"|chilogrammi|grammi|litri|ettari|ettaro|anni|anno|mesi|mese|settimane|settimana"
    r"|giorni|giorno|ore|minuti|secondi|gradi|megawatt|nodi|dollari|sterline"
)
# The time units one duration may chain: "tre anni e due mesi", "2 hours, 5 minutes".
_TIME_UNITS = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds|anni|anno|mesi|mese|settimane"
    r"|giorni|giorno|ore|minuti|secondi)"
)
_BOUNDS = (
    r"(?:more than|less than|fewer than|at least|up to|almost|nearly|oltre|poco più di"
    r"|poco meno di|più di|meno di"
    r"|almeno|fino a|quasi)\s"
)
# A quantity from its number on; what may come before the number (a bound, a sign) is read
# by _LEAD, so the regex runs only where a number starts (see _quantities).
_QUANTITY = re.compile(
    rf"{_NUM}"
    # a range: "5-10 years", "tra i 400 e i 900 metri"
    rf"(?:\s?(?:-|–|to|e|and|or|o|ai|al)\s?(?:i\s)?{_NUM})?"
    rf"(?:\s?°\s?[CF]\b|[CF]\b|\s?(?:{_SCALES}\s(?:di\s)?)?(?:{_UNITS})(?![\w-])"
    r"(?:\s(?:e mezzo|and a half|Celsius|Fahrenheit|centigradi))?"
    rf"(?:(?:,\s{_NUM}\s{_TIME_UNITS})?,?\s(?:e|and)\s{_NUM}\s{_TIME_UNITS}\b)?"
    rf"(?:\s(?:by|x|per)\s{_NUM}\s?(?:{_UNITS})(?![\w-]))?"  # "20cm by 8cm"
    r"(?:\s(?:sul livello del mare|above sea level))?)"
)
_LEAD = re.compile(rf"(?:{_BOUNDS})?(?:minus\s|meno\s|[-−])?$")
_LEAD_REACH = 16  # characters: the longest bound and sign
_WORD_NUMBER = re.compile(r"\b(?:" + _WORD_NUMBERS.replace(" ", "|") + r")\b")
# What a quantity never follows: a letter ("A14"), a part of a number, a compound ("COVID-19").
_NOT_BEFORE = frozenset(".,’'/-")
# Money with its currency and scale: "A$14.5 million", "£3.1m", "€ 2 miliardi".
_MONEY = re.compile(
    r"(?<![\w.,])(?:[A-Z]{1,2})?[$€£]\s?\d(?:[\d.,]*\d)?"
    r"(?:\s?(?:million|billion|trillion|thousand|milioni|miliardi|mila|bn|m|k)\b)?"
)
# A measure made a compound: "the 23-mile stretch", "a 30-metre banner": hidden whole.
_MEASURE_COMPOUND = re.compile(
    r"(?<![\w.,-])\d[\d.,]*-(?:kilometre|kilometer|km|metre|meter|mile|foot|inch|tonne|ton"
    r"|kilogram|kg|hectare|acre|litre|liter|square-mile|square-kilometre)(?:-long)?\b"
)
# A vote's tally in words: "by seven votes to four", "per 18 voti a 11", "141 sì contro 122 no"
# (one fact, never half of it).
_VOTES = re.compile(
    rf"\b{_NUM}\s(?:votes?\s(?:to|against)|voti\s(?:a|contro)|sì\scontro|favorevoli\scontro)"
    rf"\s{_NUM}(?:\s(?:no|contrari)\b)?"
)
# A race's time: "in 2:16:42" (a clock time has no seconds).
_RACE_TIME = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}:\d{2}(?![\d:])")
# The news of its sentence, like a share.
VOTES_SCORE = 0.8
# A score or a tally: "won 11-9", "voted 7-1", "una sentenza 6–3"; not a range ("12-14 June",
# "85-95 lupi"), nor a label after a capital ("Years 3-6").
_TALLY = re.compile(r"(?<![\w.,/:’'–-])(?P<span>\d{1,2}[-–]\d{1,2})(?![\w/:%°–-]|[.,]?\d|[.,][\w])")
_TALLY_NEXT = re.compile(r"\s*(?P<word>[\w’]+)")
_DIGIT = re.compile(r"\d")
_AGO = re.compile(r"\s(?:fa|ago)\b")
_RANGE_BEFORE = frozenset("from between dal dalle dai tra fra da aged ages età".split())


def _has_ordinal_noun(text: str) -> bool:
    """Whether one of the nouns _ORDINAL reads is in the text (anywhere). The nouns are tested
    one by one: a chain of `in` costs a third of a regex of the eight."""
    return (
        "anno" in text
        or "mandato" in text
        or "secolo" in text
        or "posto" in text
        or "year" in text
        or "term" in text
        or "century" in text
        or "place" in text
    )


# A part of each ordinal _ORDINAL reads.
_ORDINAL_PARTS = tuple(
    "prim second terz quart quint sest settim ottav nono nona decim first third fourth fifth"
    " sixth seventh eighth ninth tenth".split()
)
# Letters that _ORDINAL (ignoring case) takes for "i" or "s", and lower() does not make so.
_ODD_CASES = ("ı", "ſ", "İ")


def _may_hold_ordinal(text: str) -> bool:
    """Whether _ORDINAL may match: the lowercased text holds a part of one of its ordinals.
    Cheaper than _ORDINAL itself, which tries every offset of the text."""
    low = text.lower()
    return any(part in low for part in _ORDINAL_PARTS) or any(c in text for c in _ODD_CASES)


# Common nouns written with a capital for the institution or the unit they stand for.
_COMMON_CAPITALS = frozenset(
    """comune regione provincia stato governo comando parlamento senato camera consiglio
    ministero tribunale procura prefettura questura corte polizia esercito marina chiesa
    capitale città paese repubblica state government council court army navy police church
    city capital republic celsius fahrenheit stati comuni regioni province states earth sun
    moon terra sole luna""".split()
)
# The head nouns of the names of bodies, which go on with a preposition names of places and
# people do not take: "the {{Potsdam Institute}} for Climate Impact Research", "the Department
# for {{Transport}}" (but "managed by Caltech for {{NASA}}").
_BODIES = frozenset(
    """department ministry minister institute institution organisation organization agency
    commission council coalition centre center office secretary society foundation trust fund
    association committee board school university college museum conference treaty programme
    program union bank court authority service ministero ministro istituto agenzia commissione
    consiglio centro ufficio fondazione associazione comitato scuola università museo
    conferenza trattato programma unione banca corte autorità servizio presidenza
    coordinamento dipartimento""".split()
)
_BODY_GOES_ON = re.compile(r"\s+(?:for|on|per|do)\s+(?:the\s+)?[A-ZÀ-Þ]")
_BODY_WENT_ON = re.compile(r"([A-ZÀ-Þ][\w’-]*)\s+(?:for|on|per|do)\s+(?:the\s+)?$")
# A name with a second "of" part: "the {{Ministero dell’Economia}} e delle Finanze".
_OF_PART_AFTER = re.compile(
    r"\s+(?:e|and)\s+(?:del|della|dello|dei|degli|delle|dell’|of)\s+[A-ZÀ-Þ]"
)
_OF_PART_BEFORE = re.compile(
    r"[A-ZÀ-Þ][\w’-]*\s+(?:e|and)\s+(?:del|della|dello|dei|degli|delle|dell’|of)\s+$"
)
# The words those two end with, but for the spaces after them.
_WENT_ON_ENDS = ("for", "on", "per", "do", "the")
_OF_PART_ENDS = ("del", "della", "dello", "dei", "degli", "delle", "dell’", "of")
# Italian names go on in lowercase: an adjective ("il {{Teatro}} romano", "l’{{Agenzia}}
# nazionale", "la {{Guardia}} costiera", "la {{Protezione}} civile"), and after a body a
# "di"-phrase ("il {{Coordinamento}} della protezione civile").
_ADJECTIVE_AFTER = re.compile(
    r"\s+([a-zà-ù]+(?:ano|ana|ani|ane|ale|ali|ese|esi|ico|ica|ici|iche|ivo|iva|eo|ea|ino|ina"
    r"|ario|aria|iero|iera|ieri|iere|ile|ili|oso|osa|osi|ose))\b"
)
_OF_PHRASE_AFTER = re.compile(r"\s+(?:di|del|della|dello|dei|degli|delle)\s+[a-zà-ù]")
# Adjectives an Italian name may open with before its noun in small letters: "l’Alto
# commissariato", "il Sacro collegio", "la Nuova biblioteca".
_IT_ADJECTIVES_BEFORE = frozenset("alto alta alti gran grande nuovo nuova sacro sacra".split())
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zà-ù]{3,}")


# An act named by its year: "la {{Convenzione}} del 1972", "the Judiciary {{Act}} of 1869".
_ACTS = frozenset(
    """convenzione trattato legge decreto accordo patto carta convention treaty act law
    agreement accord pact charter""".split()
)
_OF_YEAR = re.compile(r"\s+(?:del|di|of)\s+\d{4}\b")


def _cuts_a_name(text: str, start: int, end: int, language: str) -> bool:
    """Whether the capitals at text[start:end] are a part of a longer name."""
    last = text[start:end].rsplit(None, 1)[-1].lower()
    if last in _ACTS and _OF_YEAR.match(text, end):
        return True
    body = last in _BODIES
    if body and _BODY_GOES_ON.match(text, end):
        return True
    # Both regexes before the name end with a word and spaces: the last word of the text
    # before the name says whether they may match (a search tries every offset).
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith(_WENT_ON_ENDS):
        went_on = _BODY_WENT_ON.search(text, max(0, start - 40), start)
        if went_on and went_on.group(1).lower() in _BODIES:
            return True
    if _OF_PART_AFTER.match(text, end):
        return True
    if before.endswith(_OF_PART_ENDS) and _OF_PART_BEFORE.search(text, max(0, start - 40), start):
        return True
    if language != "it":
        return False
    adjective = _ADJECTIVE_AFTER.match(text, end)
    if adjective and not is_finite(adjective.group(1), language):
        return True
    if last in _IT_ADJECTIVES_BEFORE and _LOWER_WORD_AFTER.match(text, end):
        return True  # "l’{{Alto}} commissariato delle Nazioni Unite": the name goes on
    if _OF_PHRASE_AFTER.match(text, end) is None:
        return False
    # After a body, or a common word written with a capital ("la {{Lista}} del patrimonio
    # mondiale", "la {{Giornata}} della memoria"), a "di"-phrase goes on with the name.
    return body or (" " not in text[start:end].strip() and is_known_word(last, language))


_DEMONYM_ENDINGS = ("ean", "ian", "ican", "ese", "ish")


def _is_demonym(word: str, doc: Document) -> bool:
    """'European', 'Russian', 'Chinese': English capitalises the adjectives of peoples."""
    return (
        doc.language == "en"
        and len(word) > 4
        and word.lower().endswith(_DEMONYM_ENDINGS)
        and doc.person(word) is None
    )


def _lists(text: str, runs: list[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """Spans of lists of names: 'Buda, Óbuda e Pest', 'Paris, Rome and Berlin' (`runs`: the
    text's matches of NAME_RUN, when the caller has them)."""
    for start, end, pair in _coordinated(text, runs):
        if not pair:
            yield start, end


def _coordinated(
    text: str, runs: list[re.Match[str]] | None = None
) -> Iterator[tuple[int, int, bool]]:
    """Spans of names joined by commas and a conjunction, and whether the span is a pair of
    two names ('Rwanda and Norway', 'Bronte e Adrano'): a pair is one fact too."""
    if runs is None:
        runs = list(NAME_RUN.finditer(text))
    i = 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and text[runs[j].end() : runs[j + 1].start()] == ", ":
            j += 1
        if j + 1 < len(runs):
            gap = text[runs[j].end() : runs[j + 1].start()]
            last = runs[j + 1].group(0)
            if j > i and last in _OPENING_ARTICLES:
                i = j + 2  # "Aida, Carmen, Tosca e La traviata": the last name goes on
                continue
            if j > i and gap in (" e ", " ed ", " and ", ", and ", ", e "):
                yield runs[i].start(), runs[j + 1].end(), False
                i = j + 2
                continue
            if j == i and gap in _PAIR_GAPS and last not in _OPENING_ARTICLES:
                yield runs[i].start(), runs[j + 1].end(), True
                i = j + 2
                continue
        i = j + 1


_PAIR_GAPS = (" e ", " ed ", " and ")
# "... Literacy and Numeracy (NAPLAN)": the end of the name an acronym stands for.
_ACRONYM_AFTER = re.compile(r"\s\([A-Z]{2,}\)")


def _pair_of_dates(pair: str, months: frozenset[str]) -> bool:
    """'March and April', 'lunedì e martedì': two dates, not two names."""
    words = {w.lower() for w in pair.split()}
    return not words.isdisjoint(months) or not words.isdisjoint(WEEKDAYS)


_WORD_UNITS = frozenset(w for w in _UNITS.split("|") if w.isalpha())  # not "km²", "m/s"
_TALLY_UNITS = _WORD_UNITS | {"per", "%"}


def _tallies(text: str, months: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of scores and tallies: '11-9', '7-1' (see _TALLY)."""
    for m in _TALLY.finditer(text):
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue  # "3-1 (25-21, 22-25, ...)": the details in brackets
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and (before[-1][:1].isupper() or before[-1].lower() in _RANGE_BEFORE):
            continue  # "Years 3-6", "tra 5-6": a label or a range
        first, second = re.split("[-–]", m.group("span"))
        if int(first) < int(second):
            continue  # "85-95 lupi": a range goes up; a score puts the winner first
        following = _TALLY_NEXT.match(text, m.end())
        word = following.group("word").lower() if following else ""
        if word in months or word in _TALLY_UNITS:
            continue  # "12-14 June", "5-10 years": days or a measure
        yield m.start("span"), m.end("span")


# A figure: a number in digits on its own ("recruited through 41 GP practices", "a total
# of 4,965"), or the number of a compound ("a 18,000-seat stadium"), with its scale ("2.5
# million") or the other end of its range or ratio ("aged 65 to 85", "1 in 5"). Not a part of
# a word, a code, a date or another number ("A14", "COVID-19", "2028-29", "12/3", "11pm").
_FIGURE_NUMBER = r"(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w.,/:’'$€£#+–-])(?P<first>{_FIGURE_NUMBER})"
    rf"(?:\s(?P<joint>to|and|or|e|o|a|in|su)\s(?P<other>{_FIGURE_NUMBER}))?"
    r"(?:\s(?:million|billion|trillion|thousand|milioni|miliardi|mila|milione|miliardo)\b)?"
    r"(?![\w%°²/’'@]|[.,:]\d|[-–]\d)"
)
# Between two numbers, what makes them one range or ratio ("65 to 85", "da 22 a 38", "1 in 5",
# "9 su 10"); "and", "e" do after "between", "tra" only ("Years 3, 5, 7 and 9" is a list).
_RANGE_JOINTS = frozenset("to a in su".split())
_RANGE_OPENERS = frozenset("between tra fra".split())
_RANGE_GOES_ON = re.compile(r"\s(?:and|e)\s(?:\w+\s)?\d")
# A figure that opens a quantity, a percentage or money is hidden with it (or left to the
# rules of quantities); one after these words is a label, a clock time or a rank, not a
# figure to recall ("page 12", "alle 6.30", "dopo le 13", "No. 2", "diabete di tipo 2").
_LABELS = frozenset(
    """no. n. nr. n° number page pages pagina pagine article articolo comma section sezione
    line linea platform binario gate room stanza aula chapter capitolo
    verse item punto exit uscita route junction svincolo statale provinciale type tipo level
    livello soglia grade grado phase fase stage tier su""".split()
)
# Before a time of day: "alle 6.30", "dopo le 13", "at 10" (but "contro le 3.200 del 2023").
_CLOCK_BEFORE = frozenset("at alle dalle le ore".split())
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?")
# What may open a sentence before its figure: "Around 3,000 people", "In 24 schools".
_OPENERS = frozenset(
    """in about around over only just some nearly almost roughly more fewer less up at by for
    with of from circa oltre quasi solo appena almeno più meno con per da di tra fra su""".split()
)
# After a number, an era that makes it a year ("470 a.C.", "76 AD").
_ERAS = frozenset("a.C. d.C. AD BC B.C. A.D. BCE CE".split())
# A figure beside a name once (0.67) or of two words (0.72) is hidden first: a reader recalls
# how many more than where. It comes last among the measures a sentence hides.
FIGURE_SCORE = 0.74


def _figures(
    text: str, language: str, taken: list[tuple[int, int]]
) -> Iterator[tuple[float, int, int]]:
    """(score, start, end) of the bare figures of a text that no span in `taken` holds (see
    _FIGURE): not a year, a day of a month, a label's number, a part of a name or of a list of
    numbers, an age said after a name. A range is hidden whole, above the bare number of its
    end another extractor may hide."""
    months = _MONTHS[language]
    for m in _FIGURE.finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken) or _is_year(m.group("first")):
            continue  # "in 2023", "between 2020 and 2025": a date's part
        if text[start] == "0" and m.end("first") - start > 1:
            continue  # "0161": a code
        before = text[max(0, start - 30) : start].split()
        if _not_a_figure(before, m.group("first"), text, start, language):
            continue
        other = m.group("other")
        if other and (_is_year(other) or not _one_range(m.group("joint"), before)):
            end = m.end("first")  # "22 in 2019", "5 and 6": the first number alone
        elif not other and _RANGE_GOES_ON.match(text, end) and _RANGE_OPENERS & set(before[-2:]):
            continue  # "between roughly 1.2 million and 900,000 years": half a range
        following = text[end : end + 16].split(None, 1)
        after = following[0].strip(",;:)") if following else ""
        if after in _ERAS or after.lower() in _CLOCK_AFTER or after.rstrip(".").lower() in months:
            continue  # "11 p.m.", "470 a.C.", "14 November": a time, a date
        if _day_of(text, end, months) or _unit_follows(text, start, end):
            continue  # "il 10 e il 17 marzo"; "Rossi, 61 anni": the rules of quantities
        lead = _LEAD.search(text, max(0, start - _LEAD_REACH), start)
        score = QUANTITY_SCORE if end > m.end("first") else FIGURE_SCORE
        if text.startswith(_YEAR_OLD, end):
            score = AGE_SCORE
        yield score, lead.start() if lead else start, end


def _not_a_figure(before: list[str], number: str, text: str, start: int, language: str) -> bool:
    """Whether the words `before` a number (at text[start]) make it no figure to recall: a
    label ("page 12"), a time of day ("dopo le 13"), a month ("November 14"), a name ("Band
    3", "Euro 2024"), an aside in brackets, the next of a list of numbers ("Years 3, 5, 7"),
    an age after a name ("Rossi, 61, ...")."""
    previous = before[-1] if before else ""
    word = previous.lower()
    if word in _LABELS or word.lstrip("(") in MONTH_WORDS or previous.startswith("("):
        return True
    if language == "en" and word in _MONTHS["en"]:
        return True  # "Aug. 31": a day of a month
    if word in _CLOCK_BEFORE and _CLOCK.fullmatch(number):
        return True
    name = previous.lstrip('“«"‘')
    if name[:1].isupper() and name[-1:].isalpha() and not name.endswith(("’s", "'s")):
        if len(before) > 1 or not _opens_sentence(word, language):
            return True  # "Band 3", "Euro 2024", "Windows 11": a part of a name
    if previous[:-1].isdigit() and previous.endswith(","):
        return True  # "Years 3, 5": the next of a list of numbers
    if word in ("and", "e", "or", "o") and len(before) > 1 and before[-2].isdigit():
        return True  # "7 and 9"
    return text.startswith(", ", start - 2) and _after_name(text, start - 2)


def _opens_sentence(word: str, language: str) -> bool:
    """Whether a capitalised word before a figure, first in its sentence, is no name: a
    preposition or an adverb ('Around 3,000'), a verb ('Sono 412 i casi', 'Chasing 214')."""
    return word in _OPENERS or word.endswith("ing") or is_finite(word, language)


def _one_range(joint: str, before: list[str]) -> bool:
    """Whether two numbers joined by `joint` are one range or ratio (see _RANGE_JOINTS)."""
    return joint in _RANGE_JOINTS or bool(before) and before[-1].lower() in _RANGE_OPENERS


# What makes a number a time of day: "11 p.m.", "7 am", "5 o’clock".
_CLOCK_AFTER = frozenset("p.m. a.m. pm am p.m a.m o’clock o'clock".split())
# "il 10 e il 17 marzo", "dal 12 al 14 giugno", "on 3 and 4 May": a day before another's month.
_DAY_OF = re.compile(
    r"\s(?:e|ed|and|or|o|to|al|a|-|–)\s(?:il\s|l’)?\d{1,2}\s(?P<month>[A-Za-zà-ù]+)"
)
_YEAR_OLD = ("-year-old", "-years-old", "-enne")
# An age said in passing ("a 58-year-old driver"): a deletion when the note has room.
AGE_SCORE = 0.67


def _day_of(text: str, end: int, months: frozenset[str]) -> bool:
    """Whether the number ending at `end` is a day whose month comes after another day ('10'
    of 'tra il 10 e il 17 marzo')."""
    m = _DAY_OF.match(text, end)
    return m is not None and m.group("month").lower() in months


def _is_year(number: str) -> bool:
    """Whether a number in digits may be a year: four digits from 1000 to 2100."""
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2100


def _unit_follows(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] opens a quantity: the rules of quantities hide it
    or leave it ("Rossi, 61 anni", "tre anni fa")."""
    return _may_have_unit(text, end) and _QUANTITY.match(text, start) is not None


def _quantities(text: str, months: frozenset[str], words: list[str]) -> Iterator[tuple[int, int]]:
    """Spans of quantities hidden whole: a number with its unit, money with its currency (see
    _QUANTITY, _MONEY); `words`: the lowercased words of the text."""
    if _DIGIT.search(text) is not None:
        if "$" in text or "€" in text or "£" in text:
            for m in _MONEY.finditer(text):
                yield m.start(), m.end()
        if "-" in text:
            for m in _MEASURE_COMPOUND.finditer(text):
                yield m.start(), m.end()
        # The words without what closes them, stripped in C (map), not by a generator.
        if _ATTACHED_UNIT.search(text) or not _UNIT_WORDS.isdisjoint(
            map(str.rstrip, words, repeat(_CLOSING))
        ):
            numbers = (m.start() for m in _NUMBER_BEFORE_UNIT.finditer(text))
            yield from _quantities_from(text, numbers)
    if not _WORD_NUMBER_SET.isdisjoint(words):
        numbers = (m.start() for m in _WORD_NUMBER.finditer(text) if _may_have_unit(text, m.end()))
        yield from _quantities_from(text, numbers)


def _may_have_unit(text: str, end: int) -> bool:
    """Whether the number ending at `end` may go on with a unit, a scale or a range: a word
    that opens one, or a letter, a degree or a dash right after it ('25C', '5-10'). The cheap
    test before _QUANTITY: most numbers are years ('nel 2019 il ...')."""
    following = text[end : end + 1]
    if following == " ":
        word = text[end + 1 : end + 24].split(" ", 1)[0].rstrip(_CLOSING)
        return word in _UNIT_STARTS
    return following.isalpha() or following in "-–°"


_CLOSING = ',.;:)»”"’!?'  # what may close a sentence, a clause or a quote after a word
# The words a unit, a scale or a range may open with (see _QUANTITY).
_UNIT_STARTS = (
    _WORD_UNITS
    | frozenset("square sq cubic percentage km² m² km/h acre-feet light-years".split())
    | frozenset(_SCALES.strip("(?:)").split("|"))
    | frozenset("- – to e and or o ai al".split())
)


# A number in figures that may go on with a unit, a scale or a range (what _may_have_unit
# tests, in one pass over the text: most numbers are years, 'nel 2019 il ...').
_NUMBER_BEFORE_UNIT = re.compile(
    r"(?<![\d.,])\d(?:[\d.,]*\d)?(?=[-–°A-Za-z]|\s(?:"
    + "|".join(re.escape(w) for w in sorted(_UNIT_STARTS, key=len, reverse=True))
    + r")(?:[\s,.;:)]|$))"
)


# The cheap tests before _NUMBER_BEFORE_UNIT: a unit written apart ('9 square kilometres',
# 'metri,') or right after its number ('25C', '20km', '5-10').
_UNIT_WORDS = frozenset(w.lower() for w in _UNIT_STARTS) - frozenset(
    "- – to e and or o ai al".split()
)
_ATTACHED_UNIT = re.compile(r"\d[A-Za-z°²-]|\d\s°")


def _quantities_from(text: str, starts: Iterator[int]) -> Iterator[tuple[int, int]]:
    """The quantities whose numbers start at `starts`, with the bound or sign before them."""
    reached = 0
    for at in starts:
        if at < reached:
            continue  # a part of the quantity before: "5-10 years"
        m = _QUANTITY.match(text, at)
        if m is None:
            continue
        lead = _LEAD.search(text, max(0, at - _LEAD_REACH), at)
        start = lead.start() if lead else at
        before = text[start - 1 : start]
        if before.isalnum() or before in _NOT_BEFORE:
            continue  # "A14", "COVID-19": a part of a name or of another number
        if before == "(":
            continue  # "23 miles (37km)": a conversion, no fact
        reached = m.end()
        yield start, m.end()


def _described(text: str, end: int) -> bool:
    """Whether the name ending at `end`, before a comma, is described by what follows it:
    a noun phrase ('Elsdon, a village in Redesdale', 'Unison, the public service union'), a
    place ('Argo, nel Peloponneso', 'Kennacraig, on the Kintyre peninsula'), an age ('Seren
    Hughes, 31, won') or a relative clause ('Unison, which has ...'): the name is what the
    sentence tells of."""
    following = text[end + 2 : end + 40].split(" ", 2)
    first = following[0]
    if first in _ARTICLES:
        # "Elsdon, a village": a description; "la Calabria, la Sicilia": a list of names
        return len(following) > 1 and following[1][:1].islower()
    if first in _DESCRIPTION_OPENERS or first.startswith(("l’", "un’", "dell’", "nell’")):
        return True
    if first[:-1].isdigit() and first.endswith(","):
        return True  # "Seren Hughes, 31, won ...": a person the sentence is about
    return len(following) > 1 and first in _PLACE_PREPOSITIONS and following[1] == "the"


# What opens a description set off after a name: an article, an articulated preposition, a
# relative pronoun.
_ARTICLES = ARTICLES["it"] | ARTICLES["en"]
_DESCRIPTION_OPENERS = frozenset(ARTICULATED) | frozenset("which who whose che cui".split())
_PLACE_PREPOSITIONS = frozenset("in on near at off".split())


def _in_description(text: str, start: int) -> bool:
    """Whether the name at `start` is a part of the description of a name before it, set off
    by a comma ('Elsdon, a village in {{Redesdale}}', 'Argo, nel {{Peloponneso}}')."""
    comma = text.rfind(", ", 0, start)
    if comma < 0 or not text[comma + 2 : comma + 3].islower():
        return False
    return _after_name(text, comma)


def _after_name(text: str, at: int) -> bool:
    """Whether the word ending at `at` is a part of a name ('Vito Ferrante, 61 anni')."""
    before = text[:at].rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper()


# Time units, and the prepositions that make a duration a circumstance of the sentence ("in
# 36 ore sono caduti 212 millimetri", "lasted for 14 hours") rather than its news.
_TIME_WORDS = frozenset(
    """year years month months week weeks day days hour hours minute minutes seconds anno anni
    mese mesi settimana settimane giorno giorni ore minuti secondi""".split()
)
_TIME_PREPOSITIONS = frozenset(
    """in for within over after during per entro dopo durante da tra fra""".split()
) | frozenset(ARTICULATED)


# Before a period of time, what makes it the frame of the sentence's news, not a measure:
# "negli ultimi tre anni", "over the past two months", "the same three months".
_FRAMING = frozenset(
    """ultimi ultime prossimi prossime scorsi scorse last past next same coming""".split()
)


def _point_in_time(text: str, start: int, end: int) -> bool:
    """Whether the period at text[start:end] tells when, counted from something else."""
    return text[start:end].rsplit(None, 1)[-1] in _TIME_WORDS and counted_from_event(text, end)


def _frame_period(text: str, start: int, end: int) -> bool:
    """Whether the quantity at text[start:end] is a period the sentence's news is set in."""
    before = text[max(0, start - 12) : start].rsplit(None, 1)
    return (
        bool(before)
        and before[-1].lower() in _FRAMING
        and text[start:end].rsplit(None, 1)[-1] in _TIME_WORDS
    )


def _age_of_a_noun(text: str, start: int, end: int) -> bool:
    """Whether 'di N anni' tells the age of the noun before it ('un paziente di 64 anni'), said
    in passing, not as the predicate ('l’età media è di 78 anni')."""
    if not text.startswith("di ", start - 3) or not text.endswith("anni", start, end):
        return False
    before = text[max(0, start - 24) : start - 3].rsplit(None, 1)
    return bool(before) and before[-1].isalpha() and not is_finite(before[-1], "it")


_DURATION_BEFORE = re.compile(r"(?:hours?|ore|ora|minutes?|minuti|minuto)(?:,|\s+(?:e|and))\s+$")
_DURATION_AFTER = re.compile(r",?\s+(?:e|and)\s+\d+\s+(?:minut|second|secs?\b|mins?\b)")


def _part_of_duration(text: str, start: int, end: int) -> bool:
    """Whether a quantity is a part of a longer time: after an hour or a minute ('one hour,
    | 24 minutes and 51 seconds') or before the minutes that go on with it ('4 ore | e 10
    minuti')."""
    before = text[max(0, start - 12) : start]
    return bool(_DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, end))


def _quantity_score(text: str, start: int, end: int) -> float:
    """A quantity's score: lower for a duration after a preposition, a circumstance of what
    the sentence tells."""
    before = text[max(0, start - 12) : start].rsplit(None, 1)
    if before and before[-1].lower() in _TIME_PREPOSITIONS:
        if text[start:end].rsplit(None, 1)[-1] in _TIME_WORDS:
            return CIRCUMSTANCE_SCORE
    return QUANTITY_SCORE


def _title_article(text: str, start: int) -> bool:
    """Whether the capital article that opens a run at `start` is the name's own: inside a
    sentence, after a small word or a comma, only a title capitalises it ('published in The
    Lancet', 'secondo La Stampa', 'Senegal, The Gambia')."""
    before = text[:start].rstrip()
    return before[-1:].islower() or before.endswith(",")


# How an adverb is made from its adjective: "definite|ly", "happ|ily" (happy), "basic|ally",
# "prob|ably" (probable); "sicura|mente", "facil|mente" (facile).
_ADVERB_ENDINGS = {
    "en": (("ily", "y"), ("ally", ""), ("ably", "able"), ("ibly", "ible"), ("ly", "")),
    "it": (("mente", ""), ("mente", "e")),
}


def _lone_adverb(span: str, language: str) -> bool:
    """Whether a quoted span is a single adverb or function word, a speaker's word quoted
    for its emphasis ('she would "definitely" be back', 'sarà «assolutamente» pronto', 'it
    was "never" about money'), not a name or a term worth recalling."""
    if " " in span or not span.isalpha() or not span.islower():
        return False
    if span in STOPWORDS[language]:
        return True
    for ending, stem_end in _ADVERB_ENDINGS.get(language, ()):
        stem = span[: -len(ending)] + stem_end
        if span.endswith(ending) and len(stem) > 3 and is_known_word(stem, language):
            return True
    return False


def _spans(
    text: str, doc: Document, several_words: bool = False
) -> Iterator[tuple[float, int, int, str]]:
    """(score, start, end, type) of every span worth hiding in a sentence (with
    `several_words`, no name of one word: see _other_fact): its names, lists, measures and
    quotes, then the figures none of them holds."""
    found = list(_spans_but_figures(text, doc, several_words))
    yield from found
    if _DIGIT.search(text) is not None:
        taken = [(start, end) for _score, start, end, _kind in found]
        for score, start, end in _figures(text, doc.language, taken):
            yield score, start, end, "quantity"


def _spans_but_figures(
    text: str, doc: Document, several_words: bool
) -> Iterator[tuple[float, int, int, str]]:
    """The spans of _spans but its bare figures."""
    language = doc.language
    roles = ROLE_WORDS[language]
    stop = STOPWORDS[language]
    months = _MONTHS[language]
    runs = list(NAME_RUN.finditer(text))  # read by _coordinated and by the loop over names
    has_list = len(runs) > 1 and (" e " in text or " ed " in text or " and " in text)
    for start, end, pair in _coordinated(text, runs) if has_list else ():
        if start == 0:
            continue
        if pair and (
            _pair_of_dates(text[start:end], months)
            or _cuts_a_name(text, start, end, language)
            or _ACRONYM_AFTER.match(text, end)
        ):
            continue  # "March and April"; "the Organisation for Economic Co-operation and ..."
        yield PAIR_SCORE if pair else 0.9, start, end, "thing"
    quoted: list[tuple[int, int]] = []
    has_quote = "“" in text or "«" in text or '"' in text  # what _QUOTED opens with
    for m in _QUOTED.finditer(text) if has_quote else ():
        span = m.group("span")
        quoted.append((m.start(), m.end()))
        if 1 <= len(span.split()) <= 6 and not span.rstrip().endswith((".", "!", "?")):
            if not _lone_adverb(span, language):
                yield 0.6, m.start("span"), m.end("span"), "thing"
    ordinal = _has_ordinal_noun(text) and _may_hold_ordinal(text)  # cheap tests first
    for m in _ORDINAL.finditer(text) if ordinal else ():
        yield 0.5, m.start("span"), m.end("span"), "ordinal"
    words = text.lower().split()
    ranked = not _ORDINAL_WORD_SET.isdisjoint(words)
    for m in _RANKED.finditer(text) if ranked else ():
        if m.group("span")[0].isupper() or m.group("noun")[0].isupper():
            continue  # "la Seconda Guerra Mondiale": part of a name
        if m.group("noun").lower() not in _NOT_RANKS:
            yield 0.75, m.start("span"), m.end("span"), "ordinal"
    for m in _DURATION.finditer(text) if " or" in text or " hour" in text else ():
        yield 0.8, m.start(), m.end(), "number"
    labelled = _LABELLED.match(text) if ": " in text[:64] else None
    if labelled:
        yield LABELLED_SCORE, labelled.start("span"), labelled.end("span"), "number"
    for m in _PERCENT.finditer(text) if "%" in text or "cent" in text else ():
        lead = _LEAD.search(text, max(0, m.start() - _LEAD_REACH), m.start())
        yield 0.8, lead.start() if lead else m.start(), m.end(), "percent"
    for start, end in _quantities(text, months, words):
        if text.startswith(", ", start - 2) and _after_name(text, start - 2):
            continue  # "Rossi, 61 anni, ...": an age said in passing, not the sentence's news
        if _frame_period(text, start, end) or _age_of_a_noun(text, start, end):
            continue
        if _AGO.match(text, end) or _point_in_time(text, start, end):
            continue  # "tre anni fa", "two years ago": a time, like a date
        if _part_of_duration(text, start, end):
            continue  # "one hour, | 24 minutes and 51 seconds": a part of a time is no answer
        yield _quantity_score(text, start, end), start, end, "quantity"
    for start, end in _tallies(text, months) if "-" in text or "–" in text else ():
        yield TALLY_SCORE, start, end, "quantity"
    for m in _VOTES.finditer(text) if " vot" in text or " contro " in text else ():
        yield VOTES_SCORE, m.start(), m.end(), "quantity"
    for m in _RACE_TIME.finditer(text) if ":" in text else ():
        yield VOTES_SCORE, m.start(), m.end(), "number"
    people: set[tuple[int, int]] | None = None
    for m in runs:
        name = m.group(0)
        if name.endswith(("’s", "'s")):
            name = name[:-2]  # "{{Scotland}}’s west coast": the name, not its possessive
        start = m.start()
        if name[:1] in _LEAD_INITIALS:
            lead = _LEAD_ARTICLE.match(name)
            if lead and not _title_article(text, start):
                name, start = name[lead.end() :], start + lead.end()
        if not name[:1].isupper():
            continue
        if start == 0 or text[start - 1] in '“«"':
            continue  # a capital that only opens the sentence or a quotation
        opening = text[max(0, start - 8) : start].rstrip(' “«"‘(')
        if not opening:
            continue  # only quotation marks and brackets before it
        if start <= 8 and opening in _OPENING_ARTICLES:
            continue  # "I Campi Flegrei sono ...": the sentence's own subject
        number = _NUMBER_AFTER.match(text, start + len(name))
        if number:
            name += number.group(0)
        head, hyphen, tail = name.rpartition("-")
        if hyphen and head and tail.islower():
            name = head  # "the {{Lerwick}}-based company", "a {{Glasgow}}-born singer"
        words = name.split()
        if several_words and len(words) < 2:
            continue
        first = words[0].lower()
        if first in roles or name.lower() in stop or first in months:
            continue
        if first in WEEKDAYS or quoted and any(a <= start < b for a, b in quoted):
            continue
        if len(name) < 3 or name.isupper() and len(name) < 3:
            continue
        after = text[start + len(name) : start + len(name) + 2]
        if after[:1] == "’" and after[1:] != "s":
            continue  # "la Rus’ di Kiev": the name goes on past its apostrophe
        if len(words) == 1 and _is_demonym(name, doc):
            continue  # "European", "Russian": an English adjective, not a name worth hiding
        if len(words) == 1 and name.lower() in _COMMON_CAPITALS:
            continue  # "il Comune", "the State", "Celsius": a capital, no name to recall
        if people is None:
            people = {(a, b) for a, b, _n in people_in(text, doc)}
        kind = "person" if (start, start + len(name)) in people else "thing"
        if kind == "thing" and _cuts_a_name(text, start, start + len(name), language):
            continue
        count = doc.name_counts.get(m.group(0), 1)
        score = 0.75 - 0.08 * min(count, 6) + 0.05 * min(len(words) - 1, 3)
        described = text.startswith(", ", start + len(name)) and _described(text, start + len(name))
        if described and not _in_description(text, start):
            score += APPOSITION_BONUS
        yield score, start, start + len(name), kind


def extract(
    doc: Document, asked: Mapping[tuple[int, int], Collection[str]] | None = None
) -> Iterator[Candidate]:
    """The best clozes of each sentence: its best span, a second name beside it, and its
    measures; in a sentence already `asked` by a good question (the cores of its answers by
    (block, position)), only spans that hide another fact."""
    asked = asked or {}
    for s in doc.sentences:
        n_words = s.text.count(" ") + 1
        short = n_words < MIN_WORDS and not (": " in s.text[:64] and _LABELLED.match(s.text))
        if short or n_words > MAX_WORDS or s.text.rstrip().endswith("?"):
            continue
        answers = asked.get((s.block, s.position))
        spans = list(_spans(s.text, doc, several_words=bool(answers)))
        if answers:
            spans = [span for span in spans if _other_fact(s.text[span[1] : span[2]], answers)]
        if not spans:
            continue
        # The best span but for quantities (a name, a list, a share, ...), another name, and
        # every measure (a quantity, a share, a duration, a figure): each outranks the bare
        # number the numbers extractor hides in it, and ranking keeps up to three deletions a
        # sentence (four with figures).
        others = [span for span in spans if span[3] != "quantity"]
        taken: list[tuple[int, int]] = []
        if others:
            ranked = sorted(others, reverse=True)
            best = ranked[0]
            yield _candidate(s, best)
            taken.append((best[1], best[2]))
            second = next(
                (o for o in ranked if _apart(o, best, s.text) and _another_name(s.text, o, doc)),
                None,
            )
            if second is not None:
                yield _candidate(s, second)
                taken.append((second[1], second[2]))
        measures = (span for span in spans if span[3] in _MEASURES)
        for span in sorted(measures, key=_first_measure):
            if all(span[2] <= a or b <= span[1] for a, b in taken):
                taken.append((span[1], span[2]))
                yield _candidate(s, span)


_MEASURES = frozenset({"quantity", "percent", "number"})


def _apart(span: tuple[float, int, int, str], best: tuple[float, int, int, str], text: str) -> bool:
    """Whether a span stands apart from the best one: no overlap, and not joined to it by
    'and' / 'e', which most often makes both one name ('the Natural Environment and Rural
    Communities Act', 'il Consorzio di Bonifica del Trasimeno e Chiani')."""
    a, b = sorted([(span[1], span[2]), (best[1], best[2])])
    return a[1] <= b[0] and text[a[1] : b[0]] not in _JOINED


_JOINED = frozenset({" and ", " e ", " ed "})
# Brackets inside a name, which goes on after them: "the Bus Services (No. 2) Act".
_NAME_GOES_ON = re.compile(r" \([^()]{1,30}\) [A-Z]")


def _another_name(text: str, span: tuple[float, int, int, str], doc: Document) -> bool:
    """Whether a span is worth a second deletion beside the sentence's best: a name whole (not
    'Bus Services' of 'the Bus Services (No. 2) Act', not 'B.C'), and of one word only when no
    dictionary knows it ('Dereham', not 'Gothic' or 'Cinquanta')."""
    _score, start, end, kind = span
    name = text[start:end]
    if kind not in ("person", "thing") or "." in name or _NAME_GOES_ON.match(text, end):
        return False
    return " " in name or not is_known_word(name.lower(), doc.language)


def _first_measure(span: tuple[float, int, int, str]) -> tuple[float, int]:
    """The order of a sentence's measures: the higher score, then the earlier one (a figure
    comes before what it is compared with: 'ha toccato i 32 euro, mentre ... sui 24 euro')."""
    return -span[0], span[1]


def _candidate(s: Sentence, found: tuple[float, int, int, str]) -> Candidate:
    """The cloze of a sentence hiding one span (score, start, end, kind)."""
    score, start, end, kind = found
    span = s.text[start:end].strip(" ,")
    end = start + len(span)
    cloze = s.text[:start] + "{{c1::" + span + "}}" + s.text[end:]
    return Candidate(
        "cloze",
        s,
        0.25 + 0.3 * score,
        span,
        cloze=cloze,
        answer_type="number" if kind == "quantity" else kind,
        topic="",
    )


def _other_fact(span: str, answers: Collection[str]) -> bool:
    """Whether a span of an asked sentence is a fact of its own: not (a part of) what a
    question asks ('Federico II' beside the answer 'Federico II di Svevia'), and more than a
    single capitalised word, which beside a question is most often a part of an office or a
    body ('il Ministro delle {{c1::Finanze}}')."""
    if " " not in span.strip() and span[:1].isupper():
        return False
    hidden = f" {core(span)} "
    return hidden != "  " and not any(
        hidden in f" {a} " or f" {a} " in hidden for a in answers if a
    )
