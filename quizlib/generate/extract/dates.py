"""Dates and years: 'Quando si formò Budapest?' -> 1873, 'In che anno fu istituita la NATO?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..candidate import Candidate
from ..chunks import (
    ADVERBIALS,
    POSSESSIVES,
    PREPOSITIONS,
    Token,
    index_at,
    main_verb,
    noun_phrase_before,
    starts_with_subject,
    tokens,
)
from ..document import Document, Sentence
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    ESSERE_VERBS,
    MONTH_WORDS,
    MONTHS,
    STOPWORDS,
    WHEN_WORDS,
)
from ..phrase import (
    IT_CLITICS,
    english_question_clause,
    italian_verb_last,
    of_phrase,
    participle_question_vp,
    render,
)
from ..text import fold, is_acronym, lower_first, squash, strip_punct, upper_first
from ..verbs import AUXILIARIES, is_finite, is_participle, lemma, participle_parts
from .common import drop_titles, lower_initial, resolve_possessive, specific
from .subject import entry_as_said, explicit_subject, refers_to_entry

_IT_WEEKDAYS = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
_EN_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_IT_MONTHS = "|".join(MONTHS["it"])
_EN_MONTHS = "|".join(MONTHS["en"])
_IT_PREP = (
    r"(?:(?P<prep>(?:(?:entro|fino|a partire) )?"
    r"(?:il|del|dal|al|nel|sul|l’|dell’|dall’|all’|nell’)) ?)?"
)
DATE_PATTERNS = {
    "it": [
        # "dal 2 al 12 settembre"; with the weekdays, the night between two days: "(nella
        # notte) tra martedì 14 e mercoledì 15 ottobre".
        re.compile(
            r"\b(?P<prep>(?:(?:nella|la) notte\s+)?(?:tra|fra)(?=\s+(?:"
            + _IT_WEEKDAYS
            + r")\s)|dal|tra il|fra il)\s+(?:(?:"
            + _IT_WEEKDAYS
            + r")\s+)?(?P<day>[12]?\d|3[01])\s+(?:al|e il|e)\s+(?:(?:"
            + _IT_WEEKDAYS
            + r")\s+)?[12]?\d\s+(?P<month>"
            + _IT_MONTHS
            + r")(?:\s+(?P<year>\d{4}))?\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b"
            + _IT_PREP
            + r"(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s+)?"
            + r"(?P<day>[12]?\d|3[01]|1º|1°|primo)\s+(?P<month>"  # "il primo gennaio 2028"
            + _IT_MONTHS
            + r")(?:\s+(?:del\s+)?(?P<year>\d{4}|\d{1,4} (?:a\.C\.|d\.C\.)))?(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            # "nel marzo 2024", "nell’aprile 2011" (the elided article, no space), "nell’aprile
            # del 2025"
            r"\b(?:(?P<prep>nel|a|di|in|dal|entro|nell’|dall’)(?:(?<=’)|\s))?(?P<month>"
            + _IT_MONTHS
            + r")\s+(?:del\s+)?(?P<year>\d{4})\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?P<about>(?:intorno|attorno|verso) )?"
            + _IT_PREP
            + r"(?P<year>\d{1,4} (?:a\.C\.|d\.C\.))(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b" + _IT_PREP + r"(?P<year>1\d{3}|20\d{2})\b(?![-–/]\d|\s*%|[.,]\d)",
            re.IGNORECASE,
        ),
    ],
    "en": [
        re.compile(
            r"\b(?P<prep>from|between) (?P<month>" + _EN_MONTHS + r")\s+(?P<day>[12]?\d|3[01])"
            r"(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*(?:(?:" + _EN_MONTHS + r")\s+)?[12]?\d"
            r"(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
        ),
        re.compile(
            r"\b(?:(?P<prep>on|by|since|until|from) )?(?P<month>"
            + _EN_MONTHS
            + r")\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
        ),
        re.compile(
            r"\b(?:(?P<prep>on|by|since|until|from) )?(?:the\s+)?(?P<day>[12]?\d|3[01])"
            r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
            + _EN_MONTHS
            + r")(?:,?\s+(?P<year>\d{4}|\d{1,4} (?:BC|AD|B\.C\.|BCE|CE)))?(?!\w)"
        ),
        re.compile(
            r"\b(?:(?P<prep>in|since|by|until|from) )?(?P<month>"
            + _EN_MONTHS
            + r")\s+(?P<year>\d{4})\b"
        ),
        re.compile(
            r"\b(?:(?P<prep>in|since|by|until|from|of) |(?P<about>around|about|circa|c\.) )?"
            r"(?P<year>\d{1,4} (?:BC|AD|B\.C\.|BCE|CE)|(?:AD|A\.D\.) \d{1,4})(?!\w)"
        ),
        re.compile(
            r"\b(?:(?P<prep>in|since|by|until|from|of) )?(?P<year>1\d{3}|20\d{2})\b"
            r"(?![-–/]\d|\s*%|[.,]\d)"
        ),
    ],
}
# Adverbs that sit inside a verb chain: "was first run", "è stato ufficialmente inaugurato".
_CHAIN_ADVERBS = frozenset(
    """first originally officially also later già poi anche ufficialmente originariamente
    finally eventually formally subsequently successfully finalmente definitivamente
    formalmente""".split()
)
_VERB_CHAIN = frozenset(
    "si ci è fu stato stata stati state venne vennero was were been has had is are being".split()
)
# The words before a participle that make it a verb of the clause, not a noun's: "è stato
# inaugurato", "was first run".
_CHAIN = AUXILIARIES["it"] | AUXILIARIES["en"] | _VERB_CHAIN | _CHAIN_ADVERBS


_DIGIT = re.compile(r"\d")
# A run of exactly four digits: what (?<![\w-])\d+(?!\w) matches when it is four long.
_FOUR_DIGITS = re.compile(r"\d(?<![\w-]\d)\d{3}(?!\w)")  # the lookbehind after the first digit
_AFTER_YEAR = re.compile(r"[-–/]\d|\s*%|[.,]\d")
_ERAS = ("a.C.", "d.C.", "a.c.", " BC", " AD", " B.C.", " BCE", " CE")
_PREP_BEFORE = {
    "it": re.compile(
        r"\b((?:entro |fino |a partire )?(?:il|del|dal|al|nel|sul)|l’|dell’|dall’|all’|nell’) ?$",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(in|since|by|until|from|of) $"),
}
# Prefilters, one search each: whether a month name, an era, or the words of a range occur.
_MONTH_IN = {
    lang: re.compile("|".join(re.escape(m.lower()) for m in months))
    for lang, months in MONTHS.items()
}
# The patterns of a month and a year ("nel marzo 2024", "in March 2024"): four digits needed.
_MONTH_YEAR = frozenset({DATE_PATTERNS["it"][2], DATE_PATTERNS["en"][3]})
_ERA_IN = re.compile("|".join(map(re.escape, _ERAS)))
# What a match of an English pattern must hold, found by one cheap search (the pattern itself
# tries its optional words at each word): a date says its day either before or after the month.
_PATTERN_NEEDS = {
    DATE_PATTERNS["en"][2]: re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _EN_MONTHS + ")"),
    DATE_PATTERNS["en"][3]: re.compile(r"(?:" + _EN_MONTHS + r")\s+\d{4}"),
}
_YEAR_DIGITS = re.compile(r"\d{4}")


def _era_letters(text: str) -> bool:
    """Whether the letters every one of _ERAS has are in the text (cheaper than _ERA_IN)."""
    return "C" in text or "AD" in text or "a.c." in text


_RANGE_WORDS = {
    # "dal|tra il|fra il <day> al|e il <day>" (any case); "from <month> <day> to|-|– <day>".
    "it": lambda text, low: (
        ("dal " in low or "tra " in low or "fra " in low) and (" al " in low or " e " in low)
    ),
    "en": lambda text, low: "from " in text or "between " in text,
}
# A part of a year: "nella primavera del 2022", "alla fine del 2025", "at the end of 2025",
# "in early 2024".
_SEASON = {
    "it": re.compile(
        r"\b(?:(?P<prep>nella|nell’|alla|all’|entro la|entro l’|dalla|dall’|a|in|per la)\s*)?"
        r"(?P<part>(?:(?:la |l’)?(?:primavera|estate|autunno|inverno)|(?:la )?fine|(?:l’)?inizio"
        r"|metà)\s+(?:del|dell’)\s*(?:\d{4}))\b(?![-–/]\d)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:(?P<prep>in|by|at|since|until|from)\s+)?(?P<part>(?:the\s+)?(?:(?:spring|summer"
        r"|autumn|fall|winter|end|start|beginning|middle)\s+of|early|late|mid-?)\s+"
        r"(?:(?:" + _EN_MONTHS + r")\s+)?\d{4})\b"
        r"(?![-–/]\d)",
        re.IGNORECASE,
    ),
}
_SEASON_IN = {
    "it": re.compile(r"primavera|estate|autunno|inverno|fine del|inizio del|metà del"),
    "en": re.compile(
        r"spring|summer|autumn|fall|winter| of \d| early \d| late \d| mid"
        r"|(?: of| early| late) (?:" + _EN_MONTHS.lower() + ")"  # "the end of June 2026"
    ),
}
# A range of years: "dal 1592 al 1610", "tra il 1806 e il 1918", "from 1950 to 1953".
_YEAR_RANGE = {
    "it": re.compile(
        r"\b(?P<prep>dal|tra il|fra il) (?P<year>(?:1\d{3}|20\d{2}) (?:al|e il) (?:1\d{3}|20\d{2}))"
        r"\b(?![-–/]\d)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<prep>from|between) (?P<year>(?:1\d{3}|20\d{2}) (?:to|and|until) (?:1\d{3}|20\d{2}))"
        r"\b(?![-–/]\d)"
    ),
}
_RANGE_PREPS = frozenset({"dal", "tra il", "fra il", "tra", "fra", "from", "between"})
_BEFORE_YEAR = re.compile(r"(?:anni|years?|n\.|nr\.|no\.)\s*$")
# A year that ends the name of a law is no date of the sentence: "under the Water (Northern
# Ireland) Order 1999", "the Transport Act 1985".
_WITH = frozenset({"with", "con", "col", "coi"})  # open an absolute phrase after a comma
_LAW_BEFORE_YEAR = re.compile(r"\b(?:Act|Order|Regulations|Bill|Rules|Directive)\s+$")


def _no_year_after(text: str, start: int) -> bool:
    """Whether four digits at `start` are no year of the sentence: what follows 'anni',
    'years', 'n.' or 'no.' ('n. 2024'), or the end of a law's name ('the Transport Act
    1985')."""
    return (
        _BEFORE_YEAR.search(text, max(0, start - 8), start) is not None
        or _LAW_BEFORE_YEAR.search(text, max(0, start - 13), start) is not None
    )


_RANGE = re.compile(r"\d\s*(?:al|e il|e|to|and|-|–)\s*(?:[^\W\d]+\s+)?\d")
_LEAD = re.compile(r"^\s*(?:il|on|in|nel)?\s*$", re.IGNORECASE)
# What opens a verb's reported clause right after its date: "said on Tuesday that ...", or an
# English subject pronoun where "that" is left out ("said on Thursday it had agreed").
_THAT_NEXT = re.compile(r"\s+(?:che|that|it|he|she|they|we)\s")
# A comma ends the clause, but not the parts of a time told in units ("in 2 hours, 2 minutes
# and 48 seconds", "in 2 ore, 5 minuti e 11 secondi").
_CLAUSE_END = re.compile(
    r"(?:,(?!\d|\s+\d+\s+(?:hours?|minutes?|seconds?|ore|minuti|secondi)\b)|[;:–—(])"
    r"|\s(?:che|which|mentre|while)[\s,]"  # "una campagna che, secondo i ricercatori, ..."
)
# A date written in figures after its preposition: "il 12/06/2026", "dal 3/11/2025", "on
# 12/06/2026" (the answer as written: the order of day and month is the writer's). Without one
# the figures may name a thing ("la delibera 3/4/2025").
_FIGURES = r"(?P<day>0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:1\d{3}|20\d{2})(?![/\w])"
_NUMERIC_DATE = {
    "it": re.compile(
        r"\b(?P<prep>(?:(?:entro|fino|a partire) )?(?:il|del|dal|al|sul)\s|(?:l|dell|dall|all)’)"
        + _FIGURES,
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(?P<prep>on|by|since|until|from) " + _FIGURES),
}


def _start(span: DateSpan) -> int:
    return span.start


@dataclass(frozen=True)
class DateSpan:
    start: int  # where the phrase starts, preposition included
    value_start: int
    end: int
    answer: str
    accept: tuple[str, ...]
    is_year: bool
    is_range: bool = False
    prep: str = ""
    is_time: bool = False  # a time of day with no date: "at 4.45pm", "alle 14.30"
    is_day: bool = False  # a weekday with no date: "on Tuesday", "martedì"
    # A time said before the date: the hour alone, as said, and the date as a question names
    # it ("At what time did ... on Wednesday 13 August?" -> 5.40am).
    hour: str = ""
    hour_said: str = ""
    day: str = ""


def find_dates(text: str, language: str) -> list[DateSpan]:
    spans: list[DateSpan] = []
    digit = _DIGIT.search(text)
    if digit is None:
        if _MONTH_IN[language].search(text.lower()):
            spans = _months_alone(text, spans, language)
        if _WEEKDAY_WORD[language](text):
            spans += _weekdays_alone(text, spans, language)
        return sorted(spans, key=_start) if len(spans) > 1 else spans
    first_digit = digit.start()  # the searches for digits below start there
    patterns = DATE_PATTERNS[language][:-1]  # bare years are found below, faster
    low = text.lower()
    ranges = _RANGE_WORDS[language](text, low)
    if not _MONTH_IN[language].search(low):
        patterns = patterns[-1:]  # only years of an era can match besides bare years
    elif not ranges:
        patterns = patterns[1:]  # the first pattern is a range: "dal 2 al 12 settembre"
    if not (_era_letters(text) and _ERA_IN.search(text)):
        patterns = patterns[:-1]
    # Four digits in a row: what a year, a part of a year and a range of years all need.
    years = _YEAR_DIGITS.search(text, first_digit) is not None
    taken: list[tuple[int, int]] = []
    if years and _SEASON_IN[language].search(low):
        for m in _SEASON[language].finditer(text):
            prep = (m.group("prep") or "").lower()
            accept: tuple[str, ...] = (squash(m.group(0)),) if prep else ()
            spans.append(
                DateSpan(
                    m.start(),
                    m.start("part"),
                    m.end(),
                    squash(text[m.start("part") : m.end()]),
                    accept,
                    False,
                    False,
                    prep,
                )
            )
            taken.append((m.start(), m.end()))
    if "/" in text:
        for m in _NUMERIC_DATE[language].finditer(text):
            spans.append(_numeric_span(m))
            taken.append((m.start(), m.end()))
    if years and ranges:
        for m in _YEAR_RANGE[language].finditer(text):
            spans.append(
                DateSpan(
                    m.start(),
                    m.start("year"),
                    m.end(),
                    m.group(0),
                    (m.group("year"),),
                    False,
                    True,
                    m.group("prep").lower(),
                )
            )
            taken.append((m.start(), m.end()))
    for pattern in patterns:
        if not years and pattern in _MONTH_YEAR:
            continue
        need = _PATTERN_NEEDS.get(pattern)
        if need is not None and not need.search(text):
            continue
        for m in pattern.finditer(text):
            if taken and any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            if groups.get("day"):
                value_start = m.start("day")
                if language == "en" and groups.get("month"):
                    value_start = min(m.start("month"), m.start("day"))
            elif groups.get("month"):
                value_start = m.start("month")
            else:
                value_start = m.start("year")
            answer = squash(text[value_start : m.end()])
            is_year = not groups.get("month")
            prep = m.group("prep")
            night = (prep or "").lower().rsplit("notte", 1)[-1].strip()  # "nella notte tra"
            is_range = night in _RANGE_PREPS and bool(groups.get("day"))
            is_range = is_range and bool(_RANGE.search(m.group(0)))
            if is_range:  # "dal 2 al 12 settembre": the answer as said, with its preposition
                answer, value_start = squash(text[m.start() : m.end()]), m.start()
            if groups.get("about"):  # "around AD 105", "intorno al 105 d.C.": as said
                answer, value_start, prep = squash(m.group(0)), m.start(), None
            if is_year and (groups.get("about") or text[m.start("year")].isalpha()):
                is_year = False  # asked "when", and no year of the article is its distractor
            if is_year and _no_year_after(text, m.start()):
                continue
            accept = (squash(text[m.start() : m.end()]),) if prep else ()
            if is_range:
                accept = (
                    squash(text[m.end("prep") if language == "it" else m.start("month") : m.end()]),
                )
                if night != (prep or "").lower():  # "nella notte tra": "tra ..." as said
                    accept = (squash(text[m.end("prep") - len(night) : m.end()]), *accept)
            spans.append(
                DateSpan(
                    m.start(),
                    value_start,
                    m.end(),
                    answer,
                    accept,
                    is_year,
                    is_range,
                    (prep or "").lower(),
                )
            )
            taken.append((m.start(), m.end()))
    for m in _FOUR_DIGITS.finditer(text, first_digit) if years else ():
        start, end = m.span()
        value = m.group(0)
        if not ("1000" <= value <= "2099"):
            continue
        if taken and any(a < end and start < b for a, b in taken):
            continue  # a year of a date found above: the commonest case, tested first
        if start and text[start - 1] in ".,’'/" or _AFTER_YEAR.match(text, end):
            continue
        if _no_year_after(text, start):
            continue
        p = _PREP_BEFORE[language].search(text, max(0, start - 16), start)
        begin = p.start() if p else start
        accept = (squash(text[begin:end]),) if p else ()
        prep = p.group(1).lower() if p else ""
        spans.append(DateSpan(begin, start, end, value, accept, True, False, prep))
        taken.append((begin, end))
    if language == "en" and spans and "day" in text and _WEEKDAY_IN.search(text):
        spans = [_with_weekday(text, span) for span in spans]
    if spans and _PART_OF_DAY_IN[language](text):
        spans = [_with_part_of_day(text, span, language) for span in spans]
    if _TIME_WORD[language](text) and _TIME_IN[language].search(text):
        spans = _with_times(text, spans, language)
    if _ROUGH_HOUR_WORD[language](text):
        spans = spans + _rough_hours(text, spans, language)
    if spans and _ROUGH_TIME_IN[language](text):
        spans = [_with_rough_time(text, span, language) for span in spans]
    if _WEEKDAY_WORD[language](text):
        spans += _weekdays_alone(text, spans, language)
    if _MONTH_IN[language].search(low):
        spans += _months_alone(text, spans, language)
    return sorted(spans, key=_start) if len(spans) > 1 else spans


# A part of the day said roughly before its date: "shortly before midnight on Monday 13 April",
# "poco dopo la mezzanotte di lunedì 13 aprile". It goes with the date (the question keeps
# neither), but the answer stays the date: the hour is only roughly said.
_ROUGH_TIME_IN = {
    "it": lambda text: "mezz" in text or "alba" in text or "tramonto" in text,
    "en": lambda text: "night" in text or "noon" in text or "dawn" in text or "dusk" in text,
}
_ROUGH_TIME_BEFORE = {
    "it": re.compile(
        r"\b(?:poco |subito |appena )?(?:prima|dopo) (?:della |la |dell’|l’)(?:mezzanotte"
        r"|mezzogiorno|alba|tramonto)\s+(?:di\s+|del\s+)?$"
    ),
    "en": re.compile(
        r"\b(?:shortly |just |soon |long )?(?:before|after) (?:midnight|noon|dawn|dusk)\s+$"
    ),
}


def _with_rough_time(text: str, span: DateSpan, language: str) -> DateSpan:
    """The span of a date with the part of the day said roughly before it."""
    if span.is_year or span.is_range or span.is_time:
        return span
    m = _ROUGH_TIME_BEFORE[language].search(text, max(0, span.start - 40), span.start)
    if m is None:
        return span
    accept = (*span.accept, squash(text[m.start() : span.end]))
    return replace(span, start=m.start(), accept=accept)


def _numeric_span(m: re.Match[str]) -> DateSpan:
    """The span of a date in figures, its preposition included: 'dal 3/11/2025'."""
    prep = m.group("prep").lower().strip()
    accept = (squash(m.group(0)),)
    day = m.start("day")
    return DateSpan(
        m.start(), day, m.end(), m.group(0)[day - m.start() :], accept, False, False, prep
    )


# A time of day before its date: "at about 2.40am on Tuesday", "alle 16.45 di martedì",
# "alle 22:14 ora italiana del 5 novembre 2025". The hour is part of the answer.
_TIME_WORD = {  # cheaper still: the word a time of day follows
    "it": lambda text: "alle" in text or "all’" in text or "mezz" in text,
    "en": lambda text: " at " in text,
}
_TIME_IN = {
    "it": re.compile(r"\ball(?:e|’)\s*(?:ore\s+)?\d|mezzanotte|mezzogiorno"),
    "en": re.compile(r"\bat\s+(?:\w+\s+)?\d|at (?:midnight|noon)"),
}
_TIME = {
    "it": (
        r"\b(?P<prep>(?:(?:fino|entro|a partire) )?(?:(?:alle\s+|all’|verso le\s+|intorno "
        r"alle\s+)(?=\d|ore)|(?:a|alla|verso la)\s+(?=mezz)))(?P<value>(?:ore\s+)?(?:[01]?\d"
        r"|2[0-3])(?:[.:][0-5]\d)?|mezzanotte|mezzogiorno)(?P<qual>\s+(?:circa|in punto"
        r"|ora italiana|ora locale))?\s+"
    ),
    "en": (
        r"\b(?P<prep>(?:until |by |from )?at)\s+(?P<value>(?:about |around |approximately "
        r"|roughly |just after |just before )?(?:(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:am|pm"
        r"|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])[.:][0-5]\d|midnight|noon))(?P<qual>\s+(?:local "
        r"time|GMT|UTC))?,?\s+"
    ),
}
# The time right before a date span (which starts at its own "del", "on" or weekday).
_TIME_BEFORE = {
    "it": re.compile(_TIME["it"] + r"(?:di\s+)?$", re.IGNORECASE),
    "en": re.compile(_TIME["en"] + r"$"),
}
# A time and a weekday alone: "alle 16.45 di martedì", "at 2.40am on Tuesday".
_TIME_WEEKDAY = {
    "it": re.compile(_TIME["it"] + r"di\s+(?:" + _IT_WEEKDAYS + r")\b(?!\s+\d)", re.IGNORECASE),
    "en": re.compile(_TIME["en"] + r"on\s+(?:" + _EN_WEEKDAYS + r")\b(?!,?\s+(?:the\s+)?\d)"),
}
_BEFORE_TIME_PREPS = frozenset({"", "del", "on"})  # how a date follows its time
_TIME_PREPS = {"fino": "fino al", "entro": "entro il", "until": "until", "by": "by"}
# What ties a date to the time before it, and the weekday that opens it: "at 5.40am | on
# Wednesday | 13 August", "alle 21.47 | di martedì | 14 ottobre".
_DAY_AFTER_TIME = re.compile(r"^[,\s]*(?:(?:di|del|on)\s+|dell’\s*)?", re.IGNORECASE)
_WEEKDAY_NAMED = re.compile(
    r"^(?:the\s+)?(?:" + _IT_WEEKDAYS + "|" + _EN_WEEKDAYS + r")\b,?\s*", re.IGNORECASE
)
# The prepositions of a time that is when something happened: "at 5.40am", "alle 21.47".
_AT_TIME = frozenset({"at", "alle", "all’", "verso le", "intorno alle", "a", "alla", "verso la"})


def _hour(m: re.Match[str]) -> str:
    """The hour of a time as an answer says it: "ore" before a bare hour ("ore 18")."""
    hour = m.group("value")
    if hour[-1].isdigit() and not re.search(r"[.:]|ore", hour):
        hour = f"ore {hour}"
    return hour


def _time_span(text: str, m: re.Match[str], end: int, date: str) -> DateSpan:
    """The span of a time and its date, from the time's preposition to the date's end."""
    prep = m.group("prep").lower().strip()
    # The answer leaves out how the hour is reckoned ("ora italiana", "local time"), and says
    # "ore" before a bare hour: "ore 18 di venerdì", "22:14 del 5 novembre 2025".
    hour = _hour(m)
    answer = squash(
        f"{hour} {text[m.end('value') if m.group('qual') is None else m.end('qual') : end]}"
    )
    answer = answer.replace(" ,", ",")
    forms = (squash(text[m.start() : end]), date)
    accept = tuple(dict.fromkeys(a for a in forms if a and a != answer))
    return DateSpan(
        m.start(),
        m.start("value"),
        end,
        answer,
        accept,
        False,
        False,
        _TIME_PREPS.get(prep.split(" ", 1)[0], ""),
    )


def _hour_of(text: str, m: re.Match[str], span: DateSpan, language: str) -> DateSpan:
    """A time and its date with the time's own question: 'at 5.40am | on Wednesday 13 August'
    asks also 'At what time ... on 13 August?' -> 5.40am. Not a time that bounds ('until 6pm
    on Friday', 'entro le 12 di lunedì'): its question is no time's."""
    if m.group("prep").lower().strip() not in _AT_TIME:
        return span
    said_end = m.end("qual") if m.group("qual") else m.end("value")
    hour_said = squash(text[m.start() : said_end])
    day = _day_named(text[said_end : span.end], language)
    return replace(span, hour=_hour(m), hour_said=hour_said, day=day)


def _day_named(date: str, language: str) -> str:
    """A date said after its time as a question names it: 'on Wednesday 13 August' -> 'on
    13 August', 'di martedì 14 ottobre' and 'del 14 ottobre' -> 'il 14 ottobre'; '' for a
    weekday alone. A question leaves weekdays out: they are days of the article's week."""
    day = squash(_WEEKDAY_NAMED.sub("", _DAY_AFTER_TIME.sub("", date, count=1), count=1))
    if not day:
        return ""
    if language == "en":
        return f"on {day}"
    return f"l’{day}" if day.startswith(("8 ", "11 ")) else f"il {day}"


def _with_times(text: str, spans: list[DateSpan], language: str) -> list[DateSpan]:
    out = []
    for span in spans:
        m = None
        if not span.is_year and not span.is_range and span.prep in _BEFORE_TIME_PREPS:
            m = _TIME_BEFORE[language].search(text, max(0, span.start - 60), span.start)
        out.append(
            _hour_of(text, m, _time_span(text, m, span.end, span.answer), language) if m else span
        )
    for m in _TIME_WEEKDAY[language].finditer(text):
        if not any(s.start <= m.start() < s.end for s in out):
            weekday = text[m.end() - len(m.group(0).split()[-1]) : m.end()]
            out.append(_hour_of(text, m, _time_span(text, m, m.end(), weekday), language))
    for m in _TIME_ALONE[language].finditer(text):
        if language == "it" and _FROM_HOUR.search(text, max(0, m.start() - 24), m.start()):
            continue  # "dalle 8.30 alle 12.30": the end of a span of hours, no time of an event
        if m.group("value").isdigit() and _RISEN.search(text, max(0, m.start() - 24), m.start()):
            continue  # "il titolo è salito alle 18": a level reached, no hour
        if not any(s.start <= m.start() < s.end for s in out):
            value, said = _hour(m), (squash(m.group(0)),)
            out.append(
                DateSpan(m.start(), m.start("value"), m.end(), value, said, False, is_time=True)
            )
    return out


# The opening of a span of hours, before its end: "dalle 8.30 | alle 12.30".
_FROM_HOUR = re.compile(r"\b(?:dalle|dall’|tra le|fra le)\s*(?:ore\s+)?\d[\d.:]*\s+(?:e\s+)?$")
# The verbs of a level reached, before "alle" and a bare number: "è salito | alle 18".
_RISEN = re.compile(r"\b(?:sal|scen?d|sces|cresc|cal|aument|diminu|pass|port)\w*\s+$")
# A time of day with no date after it: "was brought alongside at 4.45pm", "è atterrato alle
# 14.30". Only times no number could be: with am/pm or a colon in English ("trading at 2.40"
# is a price), with minutes or "ore" in Italian, or a bare hour the clause goes on after ("si
# è riunito alle 18 per discutere", "alle 9, con"; "alle 18 squadre" is a count).
_TIME_ALONE = {
    "it": re.compile(
        r"\b(?P<prep>alle\s+|all’)(?P<value>ore\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?|(?:[01]?\d"
        r"|2[0-3])[.:][0-5]\d|(?:[01]?\d|2[0-3])(?=\s*[.;,]|\s*$|\s+(?:per|e|ed|dopo|con|da"
        r"|quando|mentre|in)\s(?!\d)))(?!\w|[.:,]\d)"
    ),
    "en": re.compile(
        r"\b(?P<prep>at)\s+(?P<value>(?:about |around |approximately |roughly |just after |just "
        r"before )?(?:(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])"
        r":[0-5]\d))(?!\w|[.:,]\d)"
    ),
}


# An hour said roughly, which a bare number after these words can only be: "poco dopo le 5
# (del mattino)", "verso le 7", "intorno alle 9", "shortly after 5pm". The answer keeps the
# words ("poco dopo le 5"): the hour alone would say more than the text.
_ROUGH_HOUR_WORD = {
    "it": lambda text: (
        "dopo le " in text
        or "verso le " in text
        or "intorno alle " in text
        or "prima delle " in text
    ),
    "en": lambda text: (
        ("after " in text or "before " in text)
        and ("am" in text or "pm" in text or ".m." in text or ":" in text)
    ),
}
_ROUGH_HOUR = {
    "it": re.compile(
        r"\b(?P<value>(?:poco |subito |appena )?(?:dopo le|prima delle|verso le|intorno alle) "
        r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?: (?:del mattino|della mattina|del pomeriggio"
        r"|della sera|di sera|della notte|di notte))?)(?![\w’]|[.:,]\d|\s+[^\W\d])"
    ),
    "en": re.compile(
        r"\b(?P<value>(?:shortly |just |soon |long )?(?:after|before) (?:(?:1[0-2]|0?\d)"
        r"(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3]):[0-5]\d))(?!\w|[.:,]\d)"
    ),
}


def _rough_hours(text: str, spans: list[DateSpan], language: str) -> list[DateSpan]:
    """The hours said roughly that no date span holds."""
    out = []
    for m in _ROUGH_HOUR[language].finditer(text):
        if not any(s.start <= m.start() < s.end for s in spans):
            value = squash(m.group("value"))
            out.append(DateSpan(m.start(), m.start(), m.end(), value, (), False, is_time=True))
    return out


_WEEKDAY_IN = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WEEKDAY_BEFORE = re.compile(
    r"(?:\b(?P<prep>on|by|until|from|since)\s+)?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday),?\s+(?:the\s+)?$"
)


def _with_weekday(text: str, span: DateSpan) -> DateSpan:
    """'on Saturday, 12 April': the weekday is part of the date (a question keeps neither)."""
    if span.prep:
        return span
    m = _WEEKDAY_BEFORE.search(text, max(0, span.start - 24), span.start)
    if m is None:
        return span
    accept = (squash(text[m.start() : span.end]),)
    return replace(span, start=m.start(), accept=accept, prep=(m.group("prep") or "").lower())


# The part of the day a date opens with: "on the evening of (Saturday) 14 November", "on the
# night of 9 November 1989", "nella serata di martedì 3 marzo", "la notte del 9 novembre". It
# goes with the date, as a weekday does: the verb comes before.
_PART_OF_DAY_BEFORE = {
    "en": re.compile(r"\b(?:on|in) the (?:morning|afternoon|evening|night)(?P<of> of)?\s+$"),
    "it": re.compile(
        r"\b(?:(?:nella|la) (?:mattina|mattinata|serata|sera|notte|giornata)|(?:nel|il) pomeriggio)"
        r"(?P<of> di)?\s+$",
        re.IGNORECASE,
    ),
}
_OF_PREPS = frozenset(["of", "del"])  # the date's own preposition after the part of the day
_PART_OF_DAY_IN = {
    "en": lambda text: "ing of " in text or "night of " in text or "noon of " in text,
    "it": lambda text: (
        "sera" in text or "notte" in text or "mattin" in text or "pomeriggio" in text
    ),
}


def _with_part_of_day(text: str, span: DateSpan, language: str) -> DateSpan:
    """The span of a date with the part of its day said before it, as a preposition is."""
    if (span.prep and span.prep not in _OF_PREPS) or span.is_range or span.is_time or span.is_year:
        return span
    m = _PART_OF_DAY_BEFORE[language].search(text, max(0, span.start - 30), span.start)
    # "of"/"del" is the date's own preposition, or "of"/"di" stands before its weekday
    if m is None or (span.prep in _OF_PREPS) == (m.group("of") is not None):
        return span
    accept = (*span.accept, squash(text[m.start() : span.end]))
    prep = "on" if language == "en" else ""
    return replace(span, start=m.start(), accept=accept, prep=prep)


# A weekday with no date, the day of a news event: "agreed on Tuesday to decide", "ha
# approvato martedì". Not a habit ("il martedì", "ogni martedì", "on Tuesdays").
_WEEKDAY_WORD = {
    "it": lambda text: "dì" in text or "abato" in text or "omenica" in text,
    "en": lambda text: "day" in text and _WEEKDAY_IN.search(text) is not None,
}
_WEEKDAY_ALONE = {
    "it": re.compile(
        r"(?<![\w’])(?<!il )(?<!un )(?<!ogni )(?<!di )(?<!la )(?P<value>(?:" + _IT_WEEKDAYS + r")"
        r"(?: (?:mattina|pomeriggio|sera|notte))?)\b(?![ ,]*\d)(?!\s+(?-i:[A-ZÀ-Ý]))",
        re.IGNORECASE,  # "Domenica Rossi": a name
    ),
    "en": re.compile(
        r"\b(?P<prep>on|from|since|until|by) (?P<value>(?:"
        + _EN_WEEKDAYS
        + r")(?: (?:morning|afternoon|evening|night))?)\b"
        r"(?![ ,]*(?:the )?\d|,? (?:" + _EN_MONTHS + r"))"
    ),
}


# A month with no day nor year after a preposition, the time of a news event: "withdrew its
# objection in August", "da marzo non ha più un tecnico". Not a range's end ("from March to
# May"), nor a name ("the Women's March").
_MONTH_ALONE = {
    "it": re.compile(
        r"(?<![\w’])(?P<prep>(?i:a|ad|da|entro|fino a|a partire da))\s+(?P<value>"
        + _IT_MONTHS
        + r")\b(?![ ,]*(?:del |di )?\d)(?!\s+(?:al|a|e|fino)\s)(?!\s+[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\b(?P<prep>(?i:in|from|since|until|by))\s+(?P<value>"
        + _EN_MONTHS
        + r")\b(?![ ,]*(?:the )?\d)(?!\s+(?:to|until|and|through|or)\s)(?!\s+[A-Z])"
    ),
}


_MONTH_BEFORE = {
    "it": re.compile(r"(?:" + _IT_MONTHS + r")\s+$"),
    "en": re.compile(r"(?:" + _EN_MONTHS + r")\s+$"),
}


def _months_alone(text: str, spans: list[DateSpan], language: str) -> list[DateSpan]:
    """The months said alone that no date span holds ('in March 2024', '3 marzo' do)."""
    out = []
    for m in _MONTH_ALONE[language].finditer(text):
        if any(s.start <= m.start("value") < s.end for s in spans):
            continue
        if _MONTH_BEFORE[language].search(text, max(0, m.start() - 16), m.start()):
            continue  # "da giugno a settembre", "from March to May": a range's end
        value, prep = m.group("value"), m.group("prep").lower()
        out.append(
            DateSpan(m.start(), m.start("value"), m.end(), value, (m.group(0),), False, prep=prep)
        )
    return out


_WEEKDAY_LIST = {
    "it": re.compile(r"(?:" + _IT_WEEKDAYS + r"),? (?:e|o) (?:" + _IT_WEEKDAYS + r")", re.I),
    "en": re.compile(r"(?:" + _EN_WEEKDAYS + r")s?,? (?:and|or) (?:" + _EN_WEEKDAYS + r")"),
}


def _weekdays_alone(text: str, spans: list[DateSpan], language: str) -> list[DateSpan]:
    """The weekdays no date span holds ('at 2.40am on Tuesday', 'Monday 13 April' do)."""
    out = []
    for m in _WEEKDAY_ALONE[language].finditer(text):
        if any(s.start <= m.start("value") < s.end for s in spans):
            continue
        if _WEEKDAY_LIST[language].search(text, max(0, m.start() - 20), m.end() + 20):
            continue  # "ogni martedì e giovedì", "on Tuesdays and Fridays": a habit
        value = m.group("value")
        accept = (squash(m.group(0)),) if m.start() < m.start("value") else ()
        prep = (m.groupdict().get("prep") or "").lower()
        out.append(
            DateSpan(
                m.start(),
                m.start("value"),
                m.end(),
                value,
                accept,
                False,
                prep="" if prep == "on" else prep,  # "from Saturday": since when
                is_day=True,
            )
        )
    return out


_STOPS = frozenset(',;:()“”«»"–—')
_BLOCKING = {
    "it": frozenset("di a da in con su per tra sua suo".split()),
    "en": frozenset("of to by for with from in its".split()),
}
# Fixed complements between a verb and its date: "entered into force on", "entrò in vigore il".
_COMPLEMENTS = frozenset(
    {
        ("into", "force"),
        ("into", "effect"),
        ("into", "operation"),
        ("into", "service"),
        ("in", "vigore"),
        ("in", "funzione"),
        ("in", "servizio"),
        ("in", "carica"),
        ("in", "orbita"),
        ("into", "orbit"),
        ("office",),
        ("power",),
    }
)
# Relative words: a verb after one of them in its stretch of the sentence is not the main one.
_RELATIVES = frozenset("cui whose whom where dove".split())
_SUBJECT_RELATIVES = frozenset("that which who".split())
# A verb right after one of these is a relative clause's ("da cui partì", "che entrò").
_RELATIVE_SUBJECTS = _SUBJECT_RELATIVES | {"che"}
_SHORT_PP = frozenset("a ad in as at come da dai dal dalla dalle dagli by".split())
# After these a noun phrase names an event: "durante la conversazione", "dopo lo scioglimento".
_EVENT_LEAD = frozenset(
    """durante dopo prima da dal dalla dallo dall’ dai dalle al alla allo all’ ai alle fino
    during after before since following until""".split()
)
_SUBORDINATE = frozenset(
    """che quando mentre perché poiché se dove prima dopo cui that when while because if where
    before after which whose whom""".split()
)
_PRONOUN_SUBJECTS = frozenset("it esso essa".split())
_POSSESSIVES = frozenset("suo sua suoi sue loro its his her their".split())
_TO_THE = frozenset("al alla allo all’ ai alle".split())
_UNTIL = frozenset(
    [*"fino prima dopo oltre insieme risale risalgono risaliva e ed".split(), ",", "(", "–", "—"]
)
_CLAUSE_PREPS = frozenset("per entro fino for until by".split())
_COORDINATED = re.compile(r"^\s*(?:e|ed|and|ma|but)\s")
_DATES_BACK = frozenset("risale risalgono".split())
_COPULAS = frozenset("è era fu sono erano furono is was are were".split())


def _looks_verb(word: str, language: str) -> bool:
    """A conjugated verb, the Italian present included ('ospita': a lemma in -are/-ere/-ire)."""
    if not word.islower():
        return False
    if is_finite(word, language):
        return True
    base = lemma(word, language)
    return language == "it" and base != word and base.endswith(("are", "ere", "ire"))


def _verb_chain(toks: list[Token], end: int, language: str) -> tuple[list[str], int]:
    """The verb words just before token `end` (['si', 'formò'], ['è', 'stata', 'fondata']) and
    the index of the first; a short phrase may sit between ('nato a Napoli nel 1970')."""
    i = end - 1
    if i < 0:
        return [], -1
    for k in range(max(0, end - 5), end):
        if language == "en" and toks[k].low in _INDEFINITE:
            continue  # "was granted a charter in 1201": the English article, no Italian "a"
        if toks[k].low in _SHORT_PP and k > 0 and is_participle(toks[k - 1].text, language):
            # "in 2009 and began operating": another verb, the phrase is its own clause's
            if not any(
                t.text in {",", ";", ":"} or t.low in _AND or _looks_verb(t.text, language)
                for t in toks[k:end]
            ):
                i = k - 1
                break
    last = toks[i].text if i else toks[i].low  # a verb may open the sentence: "Entrò in ..."
    if not last[:1].islower() or not (is_finite(last, language) or is_participle(last, language)):
        return [], -1
    chain = [last]
    i -= 1
    while i >= 0 and (toks[i].low in _VERB_CHAIN or (toks[i].low in _CHAIN_ADVERBS and i > 0)):
        chain.insert(0, toks[i].low)
        i -= 1
    while chain and chain[0] in _CHAIN_ADVERBS:  # "first run": the adverb needs its auxiliary
        chain.pop(0)
        i += 1
    if len(chain) == 1 and is_participle(last, language):
        # A bare participle must describe the subject: after a comma (", fondata nel 1914")
        # or in the definition ("è un’alleanza militare istituita nel 1949").
        k = i
        while k >= 0 and toks[k].text not in _STOPS and toks[k].low not in AUXILIARIES[language]:
            if toks[k].low in _BLOCKING[language] and not _other_gender_after(toks, k, last):
                return [], -1
            if toks[k].low in ARTICLES[language] and k > 0 and toks[k - 1].text == ",":
                return [], -1  # ", la strada romana costruita nel 187 a.C.": the apposition's
            k -= 1
        if k >= 0 and toks[k].text == ",":
            # ", il più antico osservatorio ..., fondato nel 1841": the participle describes
            # the apposition, not the subject.
            j = k - 1
            while j >= 0 and toks[j].text != ",":
                j -= 1
            if j >= 0 and toks[j + 1].low in ARTICLES[language]:
                return [], -1
            if any(
                toks[m].low in _AND and _looks_verb(toks[m + 1].text, language)
                for m in range(j + 1, k)
            ):
                return [], -1  # "... e ospita il Museo (MIC), fondato nel 1908": the museum's
        subject_next = k >= 0 and toks[k].text[:1].isupper() and k == i
        if not subject_next and (
            k < 0 or not (toks[k].text == "," or toks[k].low in AUXILIARIES[language])
        ):
            return [], -1
    return chain, i + 1


_GENDERED = frozenset("oa")


def _other_gender_after(toks: list[Token], k: int, participle: str) -> bool:
    """Whether the noun of an Italian 'di' phrase at token `k` cannot be what the participle
    describes, its gender being the other one: in 'un ente di ricerca istituito nel 2008' the
    participle is the ente's, not the ricerca's (a noun in -e could be either)."""
    if toks[k].low != "di" or k + 1 >= len(toks):
        return False
    noun = toks[k + 1]
    end, wanted = noun.low[-1:], participle[-1:].lower()
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in ARTICLES["it"]
        and end in _GENDERED
        and wanted in _GENDERED
        and end != wanted
    )


def _complement_before(toks: list[Token], at: int) -> int:
    """How many tokens of a fixed complement ('into force', 'in vigore') end just before `at`."""
    for size in (2, 1):
        if at - size > 0 and tuple(t.low for t in toks[at - size : at]) in _COMPLEMENTS:
            return size
    return 0


def _in_relative(toks: list[Token], first: int) -> bool:
    """Whether token `first` is in a relative clause: a relative word between it and the comma
    before it ('..., il cui primo satellite fu lanciato nel 2007')."""
    k = first - 1
    while k >= 0 and toks[k].text not in {",", ";", ":", "(", "–", "—"}:
        if toks[k].low in _RELATIVES:
            return True
        if toks[k].low in _RELATIVE_SUBJECTS and k < first - 1:
            return True  # "which President Roosevelt signed": the relative's own subject
        k -= 1
    return False


def _entry_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, language: str
) -> str | None:
    assert s.entry is not None
    size = _complement_before(toks, at)
    complement = " ".join(t.text for t in toks[at - size : at])
    chain, first = _verb_chain(toks, at - size, language)
    if not chain or _in_relative(toks, first) or _relative_of_another(s, toks, first, language):
        return None
    if _owned_subject_before(toks, first):
        return None  # "..., and its landmark church was rebuilt in 2005": the church's
    if len(chain) == 1 and span.prep not in _PLAIN_PREPS and is_participle(chain[0], language):
        return None  # "X, known until 1923 as ...": a participle's "until" dates no event
    if len(chain) == 1 and first > 0 and _modifies_noun(toks[first - 1], chain[0], language):
        return None  # "224,000 inhabitants | recorded in 2022": the inhabitants were recorded
    if len(chain) == 1 and _set_off_after_object(toks, first, chain[0], language):
        return None  # "organises the Camanachd Cup, first contested in 1896": the cup's
    subject = _entry_subject(s, language)
    if (
        len(chain) == 1
        and language == "it"
        and not _entry_participle(chain[0], subject, toks[:first])
    ):
        return None  # "fondata da Sebastiano Tusa, morto nel 2019": Tusa died, not the entry
    if len(chain) == 1 and language == "it" and _of_noun_participle(toks, first, chain[0]):
        return None  # "capoluogo dell’omonima provincia istituita nel 1992": the province's
    last = first + len(chain) - 1  # "known | as the Reclamation Service | until 1923"
    if not size and last + 1 < at and toks[last + 1].low in {"as", "come"}:
        complement = s.text[toks[last + 1].start : toks[at - 1].end]
    return _participle_or_finite(chain, first, toks, subject, span, language, complement)


_SET_OFF_ADVERBS = frozenset("first originally later now inizialmente".split())


def _set_off_after_object(toks: list[Token], first: int, participle: str, language: str) -> bool:
    """Whether a lone participle is set off by a comma right after a name that a verb takes
    as its object ('..., and organises the Camanachd Cup, first contested in 1896'): it is
    that name's, not the entry's. After a place ('based in Bath, Somerset, founded in 1865')
    it is still the entry's."""
    if not is_participle(participle, language):
        return False
    k = first - 1
    if k >= 0 and toks[k].low in _SET_OFF_ADVERBS:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return False
    start = k - 1
    while start > 0 and toks[start].text[:1].isupper():
        start -= 1
    if start == k - 1 or start < 1 or toks[start].low not in ARTICLES[language]:
        return False  # no name, or a name with no article before it
    verb = toks[start - 1]
    return verb.text[:1].islower() and verb.low not in PREPOSITIONS[language]


def _owned_subject_before(toks: list[Token], first: int) -> bool:
    """Whether the clause of the verb at `first` has a subject owned by a possessive ('its
    landmark church, a Baroque building, was rebuilt and reconsecrated'): a thing of the entry's,
    not the entry. The clause opens at the start, a semicolon or ', and'/', e'."""
    for k in range(first - 1, -1, -1):
        low = toks[k].low
        if low == ";" or low in _AND and k > 0 and toks[k - 1].text == ",":
            return False
        if low in _RELATIVES or low in _RELATIVE_SUBJECTS:
            return False  # "..., whose first section was inaugurated": a relative's subject
        if low in _POSSESSIVES:
            return True
    return False


# The endings a participle takes after each "di" with its article; "dell’" may be either.
_OF_ENDINGS = {
    "del": "o",
    "dello": "o",
    "della": "a",
    "dei": "i",
    "degli": "i",
    "delle": "e",
    "dell’": "oa",
}


def _of_noun_participle(toks: list[Token], first: int, participle: str) -> bool:
    """Whether a bare Italian participle comes after a noun of a 'di' phrase it may agree with
    ('capoluogo dell’omonima provincia istituita'): it is that noun's, not the entry's. Not
    when it agrees with another gender ('un comune della provincia fondato')."""
    for k in range(first - 1, max(-1, first - 5), -1):
        word = toks[k]
        if word.text in _STOPS or word.low in AUXILIARIES["it"] or word.text[:1].isupper():
            return False  # "un’agenzia dell’ONU fondata": a name is no noun to agree with
        if word.low in ARTICLES["it"] or word.low in ARTICULATED:
            endings = _OF_ENDINGS.get(word.low)
            return endings is not None and participle[-1:].lower() in endings
    return False


_IT_DEFINITE = ("il ", "lo ", "la ", "i ", "gli ", "le ", "l’")


def _entry_subject(s: Sentence, language: str) -> str:
    """The entry as a question's subject. A heading said without its article takes the one the
    sentence gives it: 'Battaglia di Lepanto' opening 'La battaglia di Lepanto fu combattuta
    ...' is 'la battaglia di Lepanto'."""
    assert s.entry is not None
    phrase = lower_first(s.entry.phrase)
    if language != "it" and not s.entry.definite and is_acronym(phrase):
        return entry_as_said(s, language) or phrase  # "The ... (RMT) was formed": "the RMT"
    if language != "it" or s.entry.definite or not phrase[:1].isupper():
        return phrase
    for article in _IT_DEFINITE:
        said = s.text[len(article) : len(article) + len(phrase)]
        if s.text[: len(article)].lower() == article and said.lower() == phrase.lower():
            return article + said
    return entry_as_said(s, language) or phrase


_DEFINITION_ENDINGS = {"un": "o", "uno": "o", "una": "a", "un’": "a"}
_IT_NUMERALS = frozenset("due tre quattro cinque sei sette otto nove dieci".split())


def _entry_participle(participle: str, subject: str, before: list[Token]) -> bool:
    """Whether an Italian participle standing alone can be the entry's: it agrees with the
    entry, or with a noun that defines it ('è un istituto ..., istituito nel 2004', 'sono due
    statue ..., ritrovate nel 1972'). 'Fu diretta dall’archeologo Sebastiano Tusa, morto nel
    2019' agrees with neither: the archaeologist died."""
    word = participle_parts(participle, "it")[0]
    wanted = _GENDER_ENDING.get(subject.split(" ", 1)[0].lower())
    if wanted is None or not is_participle(word, "it") or word[-1:] not in "oaie":
        return True
    endings = {wanted}
    for t in before:
        if t.low in _DEFINITION_ENDINGS:
            endings.add(_DEFINITION_ENDINGS[t.low])
        elif t.low in _IT_NUMERALS:
            endings.update("ie")
    return word[-1] in endings


def _modifies_noun(before: Token, verb: str, language: str) -> bool:
    """Whether a lone English participle follows a plural noun it belongs to ('224,000
    inhabitants recorded', 'tablets discovered'): an entry is one thing, and the singular
    noun of its definition is the entry ('a military alliance founded in 1949')."""
    low = before.low
    return (
        language == "en"
        and is_participle(verb, language)
        and before.text.isalpha()
        and before.text.islower()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in STOPWORDS[language]
        and not is_finite(before.text, language)
    )


def _relative_of_another(s: Sentence, toks: list[Token], first: int, language: str) -> bool:
    """Whether the verb at token `first` opens a relative clause about something other than
    the entry: 'The town hosts the Harlow Museum, which was founded in 1901'."""
    if first < 2 or toks[first - 1].low not in _RELATIVE_OPENERS[language]:
        return False
    if toks[first - 2].text != ",":
        return False
    antecedent = _antecedent(s.text, toks, first - 2, language)
    assert s.entry is not None
    if antecedent is None:
        return True
    phrase = fold(antecedent.phrase)
    if antecedent.article:
        phrase = phrase.split(" ", 1)[-1] if " " in phrase else phrase
    return phrase not in {fold(name) for name in s.entry.names} | {fold(s.entry.phrase)}


_VERSUS = frozenset({"v.", "vs.", "v", "vs"})


def _lower_initial(clause: str, doc: Document) -> str:
    """lower_initial, but a party of a case or a match keeps its capital ('Roe v. Wade was
    decided', 'Italia vs. Francia')."""
    words = clause.split(None, 2)
    if len(words) > 1 and words[1].lower() in _VERSUS:
        return clause
    lowered = lower_initial(clause, doc)
    if lowered == clause and words and _common_noun(words[0], doc):
        return words[0].lower() + clause[len(words[0]) :]
    return lowered


def _common_noun(word: str, doc: Document) -> bool:
    """Whether a capitalised first word that opens several sentences is an ordinary one the
    article also writes in small letters ('Ospreys became extinct', 'a pair of ospreys'), not a
    name: the cheap counts first (more sentences hold it than it opens, never a capital inside
    a sentence), then the words in small letters."""
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    capitals = doc.name_counts.get(word, 0)  # a run of its own: "Mario Rossi" counts apart
    if capitals < 2 or doc.sentences_with(word.lower()) <= capitals or word in doc.capitalised:
        return False
    return word.lower() in doc.lowercase


_GENDER_ENDING = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


def _agree(participle: str, subject: str, head: str = "") -> str:
    """An Italian participle agreeing with the question's subject: 'istituita' after 'una
    struttura' becomes 'istituito' for 'il Dipartimento'. `head` is the noun an acronym after
    'l’' stands for ('L’Agenzia ... (ENEA)': 'l’ENEA' is feminine)."""
    article = subject.split(" ", 1)[0].lower()
    ending = _GENDER_ENDING.get(article) or _elided_gender(subject, head)
    if ending is None or len(participle) < 5 or participle[-1] not in "oaie":
        return participle
    if participle_parts(participle, "it")[1]:
        return participle  # "formatasi": the clitic ends the word, not the participle
    return participle[:-1] + ending


def _elided_gender(subject: str, head: str) -> str | None:
    """The ending of a participle for a subject after 'l’', which does not show its gender: the
    noun's own ending ('l’abbazia' -> 'a', 'l’Istituto' -> 'o'), or for an acronym that of
    the noun it stands for; a noun in -e ('l’ente') could be either."""
    if not subject.lower().startswith(("l’", "l'")):
        return None
    noun = subject[2:].split(" ", 1)[0]
    if is_acronym(noun):
        noun = head
    if noun.lower().endswith(("tà", "tù")) and noun.isalpha():
        return "a"  # "l’Università", "la città", "la società": the nouns in -tà are feminine
    end = noun[-1:].lower()
    return end if end in _GENDERED and noun.isalpha() and not is_acronym(noun) else None


_PLURAL_ARTICLES = frozenset("i gli le".split())
_PLURAL_AUXILIARY = {"fu": "furono", "è": "sono"}


def _plural_auxiliary(vp: str) -> str:
    """'fu ritrovati' -> 'furono ritrovati', 'si è formate' -> 'si sono formate': the auxiliary
    of a participle's question agrees with a plural subject."""
    words = vp.split(" ")
    return " ".join(_PLURAL_AUXILIARY.get(w, w) if i < 2 else w for i, w in enumerate(words))


def _opening_noun(toks: list[Token]) -> str:
    """The noun after a sentence's opening 'L’' ('L’Agenzia nazionale ... (ENEA)'), or ''."""
    if len(toks) > 1 and toks[0].low in {"l’", "l'"}:
        return toks[1].text
    if toks and toks[0].low.startswith(("l’", "l'")):
        return toks[0].text[2:]
    return ""


# Adverbs of a verb that say which time it was, kept in its question ("When did Nightlatch first
# appear?"); others ("later", "also") lean on the sentence before and go.
_KEPT_ADVERBS = frozenset("first originally officially formally".split())


def _participle_or_finite(
    chain: list[str],
    first: int,
    toks: list[Token],
    subject: str,
    span: DateSpan,
    language: str,
    complement: str = "",
) -> str | None:
    """The question of a verb chain about a subject: 'Quando si formò Budapest?', 'In che anno
    fu fondata la NATO?', 'When did the act enter into force?'."""
    if language == "it":
        finite = any(w in AUXILIARIES["it"] or is_finite(w, "it") for w in chain)
        if not finite:
            chain = [*chain[:-1], _agree(chain[-1], subject, _opening_noun(toks))]
        vp = " ".join(chain) if finite else participle_question_vp(chain[-1], language)
        if not finite and subject.split(" ", 1)[0].lower() in _PLURAL_ARTICLES:
            vp = _plural_auxiliary(vp)
        vp = f"{vp} {complement}".strip()
        if span.is_year and not span.is_range:
            key = "when_finite" if finite else "year_participle"
            return render(language, key, vp=vp, subject=subject)
        return render(language, "date_clause", clause=f"{vp} {subject}")
    # English: "was founded" (auxiliary), "Budapest formed" (past right after the name), or a
    # reduced relative "a forum established in 1996" (a participle).
    if chain[0] in AUXILIARIES["en"]:
        return squash(f"When {chain[0]} {subject} {' '.join(chain[1:])} {complement}") + "?"
    # After the name, or after a relative that stands for it ("a law that entered ...").
    after_name = first > 0 and (
        toks[first - 1].text[:1].isupper() or toks[first - 1].low in _SUBJECT_RELATIVES
    )
    if after_name and is_finite(chain[-1], "en"):
        adverb = " ".join(w for w in chain[:-1] if w.lower() in _KEPT_ADVERBS)
        base = lemma(chain[-1].lower(), "en")
        return squash(f"When did {subject} {adverb} {base} {complement}") + "?"
    if not is_participle(chain[-1], "en"):
        return None
    vp = f"{chain[-1]} {complement}".strip()
    if _english_plural(subject):  # "The cuts, announced in August 2023": "When were ...?"
        lead = "In what year" if span.is_year and not span.is_range else "When"
        return f"{lead} were {subject} {vp}?"
    key = "year_participle" if span.is_year and not span.is_range else "date_clause"
    return render(language, key, vp=vp, subject=subject, clause=f"was {subject} {vp}")


def _english_plural(subject: str) -> bool:
    """Whether an English subject with 'the' is a plural common noun: 'the cuts', 'the new
    rules'; not 'the bus', 'the analysis', nor a name ('the Netherlands'). The head is the
    word before a first preposition: 'the plan for new homes' is one plan."""
    words = subject.split()
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS["en"]), len(words))
    words = words[:cut]
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and words[0].lower() == "the"
        and last.isalpha()
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "ics", "news"))
    )


def _participle(word: str, language: str) -> bool:
    """is_participle, with an Italian 'ri-' of doing again the dictionary may not list:
    'rifatto', 'rifondata' are 'fatto', 'fondata' again."""
    if is_participle(word, language):
        return True
    return language == "it" and word[:2] == "ri" and is_participle(word[2:], language)


def _noun_question(s: Sentence, toks: list[Token], at: int, doc: Document) -> str | None:
    found = noun_phrase_before(toks, at, doc.language)
    if not found:
        return None
    start = found[0]
    lead = (
        toks[start].low
        if toks[start].low in _EVENT_LEAD
        else (toks[start - 1].low if start > 0 else "")
    )
    if lead not in _EVENT_LEAD:
        return None
    if lead in _TO_THE and toks[start].low == lead:
        before = toks[start - 1].low if start > 0 else ","
        if before not in _UNTIL:
            return None  # "riportato alla luce nel 1901": the verb's complement, no event
    k = start if toks[start].low == lead else start - 1
    if lead in _AGENT_LEAD and k > 0 and _participle(toks[k - 1].text, doc.language):
        return None  # "inaugurato dal sindaco Rossi il 3 maggio": the agent, no event
    np = resolve_possessive(found[1], s, doc)
    if np and np.split()[0].lower() in {"a", "an", "un", "uno", "una", "un’"}:
        return None  # "When was a visit?": which one?
    last_word = np.split()[-1].lower() if np else ""
    if last_word in PREPOSITIONS[doc.language] or last_word in ARTICULATED:
        return None  # "la mezzanotte di | martedì 19 novembre": cut short
    if np is None or len(np.split()) < 2:
        return None
    if np[-1:].islower() and is_finite(np.rsplit(None, 1)[-1], doc.language):
        return None  # "after the railway arrived": a clause, asked of its verb
    if doc.language == "it":
        plural = np.split()[0] in {"i", "gli", "le"}
        return render("it", "date_noun", verb="risalgono" if plural else "risale", np=np)
    return render("en", "date_noun", np=np)


# Events a date may follow with "of"/"del": "the Sea Empress disaster of February 1996", "il
# terremoto dell’Irpinia del 23 novembre 1980".
_EVENT_NOUNS = frozenset(
    """disaster earthquake flood floods fire blaze attack attacks bombing crash collapse eruption
    explosion spill shipwreck sinking storm hurricane massacre landslide tsunami uprising riots
    disastro terremoto sisma alluvione alluvioni incendio attentato attentati crollo eruzione
    esplosione naufragio strage frana uragano rivolta""".split()
)
_OF_DATE = frozenset("of del dell’ di".split())


def _event_of_question(s: Sentence, toks: list[Token], at: int, doc: Document) -> str | None:
    """A named event dated by 'of'/'del': 'a repeat of the Sea Empress disaster of February
    1996' -> 'When was the Sea Empress disaster?'; 'il terremoto dell’Irpinia del novembre
    1980' -> 'A quando risale il terremoto dell’Irpinia?'. The event needs its name: 'the
    flood of 1966' says nothing out of the article."""
    k = at - 1 if toks[at].low not in _OF_DATE else at  # "of" may open the span
    if k < 2 or toks[k].low not in _OF_DATE:
        return None
    if doc.language == "en":  # article, name, event: "the Sea Empress disaster"
        if toks[k - 1].low not in _EVENT_NOUNS:
            return None
        j = k - 2
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].low not in ARTICLES["en"]:
            j -= 1
        if j < 0 or toks[j].low != "the" or j == k - 2:
            return None
    else:  # article, event, name: "il terremoto dell’Irpinia"
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper():
            j -= 1
        if j == k - 1 or j < 2 or toks[j].low not in _OF_WORDS:
            return None
        article = ARTICULATED.get(toks[j - 2].low, toks[j - 2].low)  # "della strage": "la"
        if toks[j - 1].low not in _EVENT_NOUNS or article not in ARTICLES["it"]:
            return None
        j -= 1
        np = f"{article} {s.text[toks[j].start : toks[k - 1].end]}".replace("’ ", "’")
        plural = article in {"i", "gli", "le"}
        return render("it", "date_noun", verb="risalgono" if plural else "risale", np=np)
    return render("en", "date_noun", np=s.text[toks[j].start : toks[k - 1].end])


_AGENT_LEAD = frozenset("da dal dalla dallo dall’ dai dalle dagli".split())
_SCHEDULE_PREPS = frozenset("per for".split())
# Participles that put an event on the calendar: "convocata per il 22 gennaio".
_SCHEDULED = frozenset(
    """convocato convocata convocati convocate previsto prevista previsti previste fissato
    fissata fissati fissate programmato programmata programmati programmate scheduled set
    planned slated""".split()
)
_EXPECTED = _SCHEDULED | frozenset(
    "expected anticipated atteso attesa attesi attese rinviato rinviata postponed delayed".split()
)
_AND = frozenset("e ed and".split())
_TRAILING_AND = re.compile(r"\s+(?:e|ed|and|o|or)$", re.IGNORECASE)
_HAS_AND = re.compile(r"\s(?:e|ed|and)\s", re.IGNORECASE)


def _scheduled_question(before: str, doc: Document) -> str | None:
    """'l’assemblea degli azionisti convocata per il 22 gennaio' -> 'Per quando è convocata
    l’assemblea degli azionisti?'; 'The vote is scheduled for May 3' -> 'When is the vote
    scheduled for?'."""
    language = doc.language
    if "," in before:  # "Il primo intervento, una nefrectomia ..., è fissato per": the subject's
        before = _drop_parenthetical(before, language)
    toks = tokens(before)
    if len(toks) < 3:
        return None
    if toks[-2].low not in _SCHEDULED:
        return _active_scheduled_question(before, toks, doc)
    if toks[-3].low in _AVERE_FORMS or toks[-3].low in _HAVE_FORMS:
        return None  # "Il presidente ha convocato per martedì un’assemblea": active, no subject
    participle = toks[-2].low
    k = len(toks) - 3
    while k >= 0 and toks[k].low in AUXILIARIES[language] | _VERB_CHAIN:
        k -= 1
    if k < len(toks) - 3:  # "L’assemblea è convocata per": the subject opens the sentence
        if not starts_with_subject(toks, language) or k < 0:
            return None
        subject = lower_first(_lower_initial(drop_titles(before[: toks[k].end], doc), doc))
        if len(subject.split()) > 10 or any(t.text in {",", ";", ":"} for t in toks[: k + 1]):
            return None
    else:
        found = noun_phrase_before(toks, len(toks) - 2, language)
        if found is None:
            return None
        subject = found[1]
    if len(subject.split()) >= 3:
        subject = _definite(subject)  # "a free public lecture on the find is planned for"
    if language == "it":
        return f"Per quando è {participle} {subject}?"
    return f"When is {subject} {participle} for?"


_LONGEST_SCHEDULED_OBJECT = 6  # tokens: "le parti", "the final vote on the plan"


def _active_scheduled_question(before: str, toks: list[Token], doc: Document) -> str | None:
    """An active verb of scheduling with its object before 'per'/'for': 'Il prefetto ha
    convocato le parti per' -> 'Per quando il prefetto ha convocato le parti?'; 'The chair
    has set the final vote for' -> 'When has the chair set the final vote for?'.
    The subject opens the sentence, the object is a few words with no verb or stop."""
    language = doc.language
    verb = next((k for k in range(1, len(toks) - 2) if toks[k].low in _SCHEDULED), None)
    if verb is None or verb < 2 or toks[verb - 1].low not in _AVERE_FORMS | _HAVE_FORMS:
        return None
    obj = toks[verb + 1 : -1]
    if not obj or len(obj) > _LONGEST_SCHEDULED_OBJECT or obj[0].low not in ARTICLES[language]:
        return None
    if any(t.text in _CLAUSE_STOPS or is_finite(t.text, language) for t in obj):
        return None
    subject = toks[: verb - 1]
    if not starts_with_subject(subject, language) or any(t.text in _CLAUSE_STOPS for t in subject):
        return None
    clause = _lower_initial(before[: toks[-2].end], doc)
    if language == "it":
        return f"Per quando {lower_first(clause)}?"
    inverted = english_question_clause(clause.split(), len(before[: toks[verb - 1].start].split()))
    return f"When {inverted} for?" if inverted else None


def _in_open_relative(toks: list[Token], verb: int, k: int) -> bool:
    """Whether the word at `k` is inside a subject relative opened after the verb and not closed
    by a comma before it: the verb a conjunction there joins is the relative's, whose subject is
    its antecedent ('was recorded by a female, which left ... and reached ...')."""
    for r in range(k - 1, verb, -1):
        if toks[r].text in _CLAUSE_STOPS:
            return False
        if toks[r].low in _RELATIVE_SUBJECTS and toks[r - 1].text == ",":
            return True
    return False


_BE_FORMS = {
    "en": frozenset("be been being is are was were".split()),
    "it": frozenset("essere stato stata stati state è sono era erano sarà saranno".split()),
}


def _shared_be(toks: list[Token], verb: int, k: int, language: str) -> int | None:
    """Where the form of 'be' ends the chain at `verb` that a participle after 'and' at `k`
    shares ('would be monitored weekly and published': 'would be | published'); None when the
    word after 'and' is no participle or the chain has no 'be'."""
    after = toks[k + 1]
    if not after.text.islower() or not is_participle(after.text, language):
        return None
    nxt = toks[k + 2].low if k + 2 < len(toks) else ""
    if nxt in ARTICLES[language] or nxt in _DETERMINERS or nxt in _POSSESSIVES:
        return None  # "was founded in 1912 and adopted its name": a past with its object
    be = None
    for j in range(verb, k):
        low = toks[j].low
        if low in _BE_FORMS[language]:
            be = j
        elif low not in AUXILIARIES[language] and low not in _CHAIN_ADVERBS:
            break
    return be


def _last_conjunct(before: str, language: str, named: int = 0) -> str | None:
    """'Nairobi was founded in 1899 ... and became the capital' -> 'Nairobi became the
    capital': of verbs joined by 'and', the date belongs to the last. None when another date
    still stands between the verb and this one (the question would mix two events)."""
    if not _DIGIT.search(before) and not _HAS_AND.search(before):
        return before  # neither a conjunction nor another date: nothing to do
    toks = tokens(before)
    verb = main_verb(toks, language)
    if named:  # the subject is the entry's name: its verb, known or not, comes right after
        verb = index_at(toks, named)
    if verb is None or verb >= len(toks):
        return before
    for k in range(len(toks) - 2, verb, -1):
        if _joins_a_verb(toks, k, language):
            if _in_open_relative(toks, verb, k):
                return None  # "..., which left on 19 August and reached ...": the relative's
            start = verb - 1 if verb > 0 and toks[verb - 1].low in {"si", "ci"} else verb
            be = _shared_be(toks, verb, k, language)
            if be is not None:  # "would be monitored and published": "would be published"
                before = f"{before[: toks[be].end]} {before[toks[k + 1].start :]}"
                break
            before = f"{before[: toks[start].start].rstrip()} {before[toks[k + 1].start :]}"
            break
    rest = before[toks[verb].start :] if verb < len(toks) else ""
    if not find_dates(rest, language):
        return before
    # "The tablet, which is thought to date from AD 105, was found": the other date is the
    # relative's, which the question leaves out.
    dropped = _drop_parenthetical(before, language)
    return before if dropped != before and not find_dates(dropped, language) else None


def _first_conjunct(after: str, language: str) -> str:
    """'da un esposto anonimo e si è sviluppata attraverso ...' -> 'da un esposto anonimo': a
    clause joined after the date has its own verb, and no part in the date's question."""
    if not _HAS_AND.search(after):
        return after
    toks = tokens(after)
    for k in range(len(toks) - 1):
        if _joins_a_verb(toks, k, language, clitics=True):
            return after[: toks[k].start].rstrip(" ,")
    return after


def _joins_a_verb(toks: list[Token], k: int, language: str, clitics: bool = False) -> bool:
    """Whether token `k` is 'e'/'and' right before a verb of its own (or, with `clitics`,
    before 'si'/'ci', which open the verb: 'e si è sviluppata')."""
    if toks[k].low not in _AND or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.low in AUXILIARIES[language] or (clitics and nxt.low in {"si", "ci"}):
        return True
    return nxt.text[:1].islower() and is_finite(nxt.text, language)


_INDEFINITE = frozenset("a an un uno una un’".split())
_OF_ARTICLES = frozenset("del dello della dei degli delle dell’".split())
_AGENT_TAIL = {
    "it": re.compile(
        r"\s(?:(?:da|dal|dalla|dallo|dall’|dai|dalle|dagli)\s+(?:[A-ZÀ-Ý][\w’-]*\s*){1,5}"
        r"|(?:dal|dalla|dallo|dai|dalle|dagli)\s+(?:[a-zà-ù][\w’-]*\s*){1,3}|dall’[a-zà-ù]"
        r"[\w’-]*\s*(?:[a-zà-ù][\w’-]*\s*){0,2})$"
    ),  # "approvate dalla giunta comunale": a common noun after the article too
    "en": re.compile(
        r"\sby\s+(?:(?:the\s+)?(?:[A-Z][\w’-]*\s*){1,5}|the\s+(?:[a-z][\w’-]*\s*){1,3})$"
    ),  # "approved by the city council": a common noun after "the" too
}


# The rest of a sentence that holds no verb: its end, maybe after a prepositional phrase.
_ENDS_WITHOUT_VERB = re.compile(
    r"\s*(?P<pp>(?:in|at|on|off|near|from|to|for|with|after|during|against)\s[^,;:()]*?)?"
    r"\s*[.!?]?\s*$"
)


_INFINITIVE_AFTER = re.compile(  # with a short "whether" clause: "to decide whether ..."
    r"\s*(?P<pp>to [a-z]+(?: [a-z]+){0,3}?(?: whether [^,;:.()]{3,80}?)?)(?:\s*[.,;:]"
    r"|\s+(?:whether|if|that|how|what|why|when)\b)"
)


def _english_past(before: str, after: str, language: str) -> str | None:
    """'The Harlow council appealed' + 'in 2020.': with no verb after the date, the -ed word
    after the subject is the sentence's verb, a past ('When did the Harlow council appeal?'),
    not a participle ('was ... appealed')."""
    if language != "en":
        return None
    m = _ENDS_WITHOUT_VERB.match(after)
    if m is None and after.lstrip().startswith(","):
        # "failed at 2.40am, some nine miles west of the cape.": a phrase after a comma with
        # no verb of its own tells no other event
        tail = tokens(after.lstrip()[1:])
        if not any(t.low in AUXILIARIES["en"] or is_finite(t.text, "en") for t in tail):
            m = _ENDS_WITHOUT_VERB.match("")
    if m is None:
        # "agreed on Tuesday to hear the case": the infinitive is the verb's, up to a clause
        m = _INFINITIVE_AFTER.match(after)
    toks = tokens(before)
    if m is None or len(toks) < 2 or toks[0].low not in ARTICLES["en"]:
        return None
    if any(
        t.text in _STOPS or t.low in STOPWORDS["en"] - ARTICLES["en"] - {"of"} for t in toks[1:-1]
    ):
        return None  # only a plain noun phrase before the verb
    subject = lower_first(before[: toks[-1].start].strip())
    base = lemma(toks[-1].low, "en")
    if base == toks[-1].low:
        return None
    return squash(f"When did {subject} {base} {m.group('pp') or ''}") + "?"


# Prepositions that end a noun phrase before a participle: the noun after them has no article
# of its own ("under plans approved").
_NOT_IN_NOUN = {
    "it": frozenset("con sotto secondo per tra fra".split()),
    "en": frozenset("under with for from after before since until".split()),
}


def _noun_participle_question(before: str, span: DateSpan, doc: Document) -> str | None:
    """'la decisione di primo grado emessa' + 'il 9 febbraio 2024' -> 'Quando fu emessa la
    decisione di primo grado?'; 'the Colorado River Compact signed' + 'in 1922' -> 'In what
    year was the Colorado River Compact signed?'."""
    language = doc.language
    toks = tokens(before.rstrip())
    if len(toks) < 3:
        return None
    participle = toks[-1]
    k = len(toks) - 2
    while k >= 0 and len(toks) - 1 - k <= 8:
        t = toks[k]
        article = ARTICULATED.get(t.low, t.low) if language == "it" else t.low
        if article in ARTICLES[language]:
            break
        if t.text in _STOPS or t.text == "," or (t.text.islower() and is_finite(t.text, language)):
            return None
        if t.low in _NOT_IN_NOUN[language]:
            return None  # "the end of September under plans approved": the plans', no article
        k -= 1
    else:
        return None
    if k < 0 or article in _INDEFINITE:
        return None  # "a school ... established in 1834": which one?
    if toks[k].low in _OF_ARTICLES or (k > 0 and toks[k - 1].low in {"of", "di"}):
        return None  # "an agency of the United Nations founded": the participle is the agency's
    if language == "en" and k > 0 and toks[k - 1].low in _SUBORDINATE | _SUBORDINATE_MORE:
        return None  # "after the railway arrived": a clause's verb, not a participle
    words = [article, *(t.text for t in toks[k + 1 : -1])]
    if language == "it" and _GENDER_ENDING.get(article, participle.low[-1]) != participle.low[-1]:
        return None  # "il ponte ... costruita": the participle agrees with another noun
    np = " ".join(words).replace("’ ", "’")
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    if not any(w[:1].isupper() for w in words[1:]) and len(words) < 4:
        return None  # "la decisione emessa": which one, out of the article?
    if language == "en":  # the participle is passive here, never a past tense
        key = "year_participle" if span.is_year else "date_clause"
        return render(
            "en", key, vp=participle.text, subject=np, clause=f"was {np} {participle.text}"
        )
    return _participle_or_finite([participle.text], len(toks) - 1, toks, np, span, language)


_SINCE_PREPS = frozenset({"since", "from", "dal", "dall’", "a partire dal"})
_NOT_SINCE = re.compile(
    r"\b(?:the|its|their|il|la|i|le)\s+(?:\w+\s+){0,2}?(?:most|least|più|meno"
    r"|best|worst|first|only|[a-z]{3,}est)\b"
)
# "Since when will ...?" asks of a time to come what only a past can say; "From when will
# ...?", "Da quando sarà ...?" are fine.
_NOT_SINCE_MODAL = re.compile(r"\b(?:will|would|shall|can|could|may|might|must)\b")


_PLAIN_PREPS = frozenset({"", "in", "on", "nel", "il", "nell’", "l’"})


def _apposition_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document, opens: bool
) -> str | None:
    """A date in a participle phrase about the sentence's subject: 'Il gruppo Ceresa, storico
    pastificio di Gragnano fondato nel 1912, ha annunciato ...' -> 'In che anno fu fondato il
    gruppo Ceresa?'; 'Founded in 1994 in Eindhoven, Halvora is listed ...' -> 'In what year was
    Halvora founded?'."""
    language = doc.language
    if span.prep not in _PLAIN_PREPS:
        return None  # "known until 1923 as ...": no founding date
    opening = _opening_participle(toks, at, language) if opens else None
    verb = at - 1  # the participle; "founded there in 1822": the place is the sentence's
    if verb > 1 and toks[verb].low in _PLACE_ADVERBS and opening is None:
        verb -= 1
    complement = ""
    if opening is None and (
        verb < 1 or not is_participle(toks[verb].text, language) or not toks[verb].text.islower()
    ):
        # "La legge Rossi, entrata in vigore nel 2025, ...": a few words of its complement
        found = _participle_before(toks, at, language)
        if found is None or found < 1:
            return None
        verb = found
        complement = " ".join(t.text for t in toks[verb + 1 : at]).replace("’ ", "’")
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas:
        return None
    if opening is not None:  # the participle opens the sentence; the subject follows the comma
        close = _opening_end(toks, at, language)
        if close is None:
            return None
        rest = toks[close + 1 :]
        subject = _subject_after(rest, s.text, language)
        if subject is None and _entry_is_subject(rest, s, language):
            subject = lower_first(s.entry.phrase) if s.entry else None
        elif subject is not None:  # inside the sentence: its case is its own
            subject = drop_titles(subject, doc)
        if subject is None or len(subject.split()) > 8:
            return None
        return _opening_question(toks, opening, at, subject, span, language)
    open_, close = commas[0], next((k for k in commas if k > at), None)
    if close is None or not 0 < open_ < verb:
        return None
    if main_verb(toks, language, stop=open_) is not None or not starts_with_subject(toks, language):
        return None
    if toks[0].low in ARTICULATED or toks[0].low in PREPOSITIONS[language]:
        return None  # "Nell’ultimo bollettino, pubblicato martedì, ...": a complement, no subject
    if any(_verb_before_article(toks, k, language) for k in range(1, open_)):
        return None  # "The town hosts the University of Padua, founded ...": no plain subject
    between = toks[open_ + 1 : verb]
    if any(t.low in _RELATIVES | _SUBJECT_RELATIVES | {"che"} for t in between):
        return None
    if any(t.low in AUXILIARIES[language] or is_finite(t.text, language) for t in between):
        return None
    subject = s.text[: toks[open_].start].strip()
    participle = toks[verb].text
    if len(subject.split()) > 8:
        return None
    if any(w.lower() in _POSSESSIVES for w in subject.split()):
        # "Its Humber Bridge, opened in 1981, ...": whose, said with the entry's name; a
        # preposition says the words are a clause ("Its origins lie in the Institute, founded")
        if any(t.low in PREPOSITIONS[language] for t in toks[:open_]):
            return None
        owned = _owned_by_entry(subject, s, doc)
        if owned is None:
            return None
        subject = owned
    if complement and not specific(lower_first(subject), doc):
        return None  # "Il museo, riportato alla luce nel 1907": which museum, out of context?
    subject = lower_first(_lower_initial(drop_titles(subject, doc), doc))
    return _participle_or_finite([participle], verb, toks, subject, span, language, complement)


_PLACE_ADVERBS = frozenset("there here lì qui là".split())


def _verb_before_article(toks: list[Token], k: int, language: str) -> bool:
    """Whether token `k` is an article after a lowercase word that is no preposition nor
    conjunction: a verb the lexicon may not know ('hosts the', 'runs a')."""
    before = toks[k - 1]
    return (
        toks[k].low in ARTICLES[language]
        and before.text.isalpha()
        and before.text.islower()
        and before.low not in PREPOSITIONS[language]
        and before.low not in ARTICULATED
        and before.low not in _AND
        and before.low not in _OF_WORDS
        and before.low not in _BARE_PREPOSITIONS
    )


def _object_apposition_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A participle phrase between commas after a named object: 'Pavia ospita l’Università
    degli Studi di Pavia, fondata nel 1361, e ...' -> 'In che anno fu fondata l’Università
    degli Studi di Pavia?'. The participle agrees with the noun (Italian) and nothing but the
    date follows it before the next comma."""
    language = doc.language
    verb = _participle_before(toks, at, language)
    if verb is None or span.prep not in _PLAIN_PREPS:
        return None
    comma = verb - 1
    if comma < 2 or toks[comma].text != ",":
        return None
    participle = toks[verb].text
    complement = " ".join(t.text for t in toks[verb + 1 : at]).replace("’ ", "’")
    following = index_at(toks, span.end)
    if following < len(toks) and _phrase_goes_on(toks, following, language):
        return None  # "founded in 1308 by ...": the phrase goes on
    antecedent = _antecedent(s.text, toks, comma, language)
    if antecedent is None or not antecedent.article or antecedent.inner:
        return None  # "una sede del Comune, aperta ...": whose participle?
    if language == "it" and not _agrees(participle, antecedent.article):
        return None
    np = antecedent.phrase
    if antecedent.article in _INDEFINITE or not specific(lower_first(np), doc):
        return None  # "a school, founded in 1834": which one?
    subject = lower_first(_lower_initial(drop_titles(np, doc), doc))
    return _participle_or_finite([participle], verb, toks, subject, span, language, complement)


# Adverbs between "and" and a second participle: "chiusa nel 1966 e poi trasformata".
_THEN = frozenset("poi quindi mai successivamente then later subsequently never since".split())
_IN_PLACE = {"it": frozenset("nel nella nell’ in a ad".split()), "en": frozenset({"in", "at"})}


def _phrase_goes_on(toks: list[Token], k: int, language: str) -> bool:
    """Whether a participle phrase goes on at token `k`, after its date, with more than a stop,
    a place ('creata nel 1774 nel Regno di Sardegna', 'built in 1998 in Belfast') or a second
    participle of the same noun ('chiusa nel 1966 e poi trasformata', 'opened in 1981 and
    closed in 2001'): those leave the date the participle's. An agent, a purpose, a clause
    may make it another event's ('founded in 1308 by ...')."""
    t = toks[k]
    if t.text in {",", ".", ";"}:
        return False
    nxt = k + 1
    if nxt >= len(toks):
        return True
    if t.low in _AND:
        nxt += toks[nxt].low in _THEN and nxt + 1 < len(toks)
        return not (toks[nxt].text.islower() and is_participle(toks[nxt].text, language))
    if t.low in _IN_PLACE[language]:
        nxt += toks[nxt].low in ARTICLES[language] and nxt + 1 < len(toks)
        return not toks[nxt].text[:1].isupper()
    return True


_LONGEST_PARTICIPLE_COMPLEMENT = 3  # "entrata | in vigore |", "opened | to traffic |"
_FIRST_TIME = frozenset({"per la prima volta", "for the first time"})


def _participle_before(toks: list[Token], at: int, language: str) -> int | None:
    """The participle just before the date at token `at`, with at most a few words of its
    complement between ('fondata | nel 1947', 'entrata in vigore | nel 2025'): no verb, no
    stop, no name among them. 'Per la prima volta', 'for the first time' count as one word:
    'identificato per la prima volta | nel 1989'."""
    longest = _LONGEST_PARTICIPLE_COMPLEMENT
    if at > 4 and " ".join(t.low for t in toks[at - 4 : at]) in _FIRST_TIME:
        longest += 3
    for k in range(at - 1, max(0, at - 2 - longest), -1):
        t = toks[k]
        if t.text in _STOPS or not t.text.islower():
            return None
        if is_participle(t.text, language):
            return k
        if t.low in AUXILIARIES[language] or t.low in _AND or is_finite(t.text, language):
            return None
        if _is_adverb(t.low):
            return None  # "approvata solo nel 2025": the adverb is the date's, no complement
    return None


# Adverbs that qualify a date rather than complete a verb: "reopened only in 2020".
_DATE_ADVERBS = frozenset(
    "only just again late solo soltanto poi ancora già mai improvvisamente".split()
)
# Words in -ly that are nouns: "opened to the family".
_LY_NOUNS = frozenset("family assembly supply rally ally reply monopoly anomaly".split())


def _is_adverb(word: str) -> bool:
    """Whether a lowercase word is an adverb ('only', 'recently', 'solo', 'finalmente')."""
    if word in _DATE_ADVERBS:
        return True
    if word.endswith("ly"):
        return len(word) > 4 and word not in _LY_NOUNS
    return word.endswith("mente") and len(word) > 7


# Adverbs that may stand with an opening participle: "First run in 1974", "Fondato
# originariamente nel 1912". An English one stays in the question ("first run" is not "run").
_OPENING_ADVERBS = frozenset(
    "first originally initially già inizialmente originariamente ufficialmente".split()
)


def _opening_participle(toks: list[Token], at: int, language: str) -> tuple[int, int] | None:
    """The participle of a phrase that opens the sentence and holds the date at token `at`
    ('Fondato nel 1912', 'First run in 1974', 'Founded by two engineers in 1994', 'Founded in
    1867 and incorporated in 1881'): its index and the index of its adverb (-1 when it has
    none). A few words of complement may stand between the participle and the date, but no
    other verb and no 'e'/'and'."""
    first = 1 if toks and toks[0].low in _OPENING_ADVERBS else 0
    if at <= first or not is_participle(toks[first].low, language):
        return None
    participle = at - 1  # the opening one, or the last one joined to it by "and"/"e"
    while participle > first and not (
        toks[participle - 1].low in _AND
        and toks[participle].text.islower()
        and is_participle(toks[participle].text, language)
    ):
        participle -= 1
    if toks[participle].low in _EXPECTED and toks[participle + 1].low not in _PARTICLES:
        return None  # "Expected in 2026, the plant ...": a date aimed at, not when it was
    adverb = 0 if participle == 1 and first == 1 else -1
    if participle + 1 < at and toks[participle + 1].low in _OPENING_ADVERBS:
        adverb = participle + 1  # "Fondato originariamente nel 1912"
    between = toks[max(participle, adverb) + 1 : at]
    if between and between[0].low in _PARTICLES:
        between = between[1:]  # "Set up in 1994": the particle is the verb's, no preposition
    if len(between) > 5 or (between and between[-1].low in PREPOSITIONS[language]):
        return None  # "Compared with 2019, ...": the date is no time of the participle
    for t in between:
        if t.text in _STOPS or t.low in _AND or t.low in AUXILIARIES[language]:
            return None
        if t.text.islower() and (is_finite(t.text, language) or is_participle(t.text, language)):
            return None
    return participle, adverb


_PHRASE_STOPS = frozenset(";:()–—")  # a phrase may quote a name: 'Known as "the ..."'


def _opening_end(toks: list[Token], start: int, language: str) -> int | None:
    """The comma that ends an opening participle phrase, looked for from token `start`: the
    phrase has no finite verb of its own."""
    for k in range(start, min(len(toks), 30)):
        t = toks[k]
        if t.text == ",":
            return k
        if t.text in _PHRASE_STOPS or t.low in AUXILIARIES[language]:
            return None
        if t.text.islower() and is_finite(t.text, language) and not is_participle(t.text, language):
            return None
    return None


def _entry_is_subject(rest: list[Token], s: Sentence, language: str) -> bool:
    """Whether the clause in `rest` is about the entry of its sentence: it opens with 'it' or,
    in Italian, with its verb ('Distrutto nel 1156, fu ricostruito ...')."""
    if s.entry is None or not rest:
        return False
    first = rest[0].low
    if first in _PRONOUN_SUBJECTS:
        return True
    return language == "it" and (
        first in {"si", "ci"} or first in AUXILIARIES["it"] or is_finite(first, "it")
    )


def _subject_after(rest: list[Token], text: str, language: str) -> str | None:
    """The subject of the clause in `rest` (tokens of `text`), when it opens the clause and
    its verb follows with no punctuation between."""
    verb = main_verb(rest, language)
    if verb is None or verb == 0 or not starts_with_subject(rest, language):
        return None
    if any(t.text in {",", ";", ":", "“", "”"} for t in rest[:verb]):
        return None
    return text[rest[0].start : rest[verb].start].strip()


def _opening_question(
    toks: list[Token],
    opening: tuple[int, int],
    at: int,
    subject: str,
    span: DateSpan,
    language: str,
) -> str | None:
    """'First run in 1974 on forest roads, the race ...' -> 'In what year was the race first
    run?'; 'Fondato a Gragnano nel 1912, il pastificio ...' -> 'In che anno fu fondato a
    Gragnano il pastificio?'."""
    participle, adverb = opening
    after = max(participle, adverb) + 1
    complement = " ".join(t.text for t in toks[after:at]).replace("’ ", "’")
    if language == "en":  # an opening participle is passive: "Founded in 1994, ..."
        words = [toks[adverb].low] if adverb >= 0 else []
        vp = " ".join([*words, toks[participle].low, complement]).strip()
        key = "year_participle" if span.is_year else "date_clause"
        return render("en", key, vp=vp, subject=subject, clause=f"was {subject} {vp}")
    return _participle_or_finite(
        [toks[participle].low], participle, toks, subject, span, language, complement
    )


def _main_clause(
    s: Sentence, toks: list[Token], span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The clause of the date as a sentence of its own: without an opening participle phrase
    ('First run in 1974, the race moved onto the streets in 1981' -> 'the race moved onto the
    streets in 1981'), or the clause after 'and'/'e' with a subject of its own ('... became the
    capital, and the seat of government moved there in 1999'). Otherwise the sentence itself;
    None when the date's clause cannot be asked alone and the sentence has another."""
    at = index_at(toks, span.start)
    start = (
        _opening_clause(toks, at, language)
        or _opening_phrase_clause(toks, at, language)
        or _conjunct_clause(toks, at, language)
    )
    if start is None:
        return s, span
    if start == _NO_CLAUSE:
        return None
    cut = toks[start].start
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    # The clause as a sentence of its own: in an entry, "The country banned ..." is the entry.
    return replace(s, text=upper_first(s.text[cut:])), shifted


def _opens_with_participle(toks: list[Token], language: str) -> bool:
    """'Fondato nel 1912, ...', 'First run in 1974, ...': the first test of an opening phrase."""
    first = 1 if toks and toks[0].low in _OPENING_ADVERBS else 0
    return len(toks) > first + 3 and is_participle(toks[first].low, language)


def _opening_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where the clause after an opening participle phrase starts, when the date is in it."""
    if not _opens_with_participle(toks, language):
        return None
    first = 1 if toks[0].low in _OPENING_ADVERBS else 0
    comma = _opening_end(toks, first + 1, language)
    if comma is None or comma >= at - 1:
        return None
    return comma + 1


# Openings that make the clause after them hold only under a condition or a contrast: "If
# approved, the plan will take effect in 2027" is no plain fact about the plan.
_CONDITIONAL_OPENERS = frozenset(
    """se qualora quando mentre sebbene benché anche nonostante tranne salvo senza
    if unless when while whereas although though even despite without except""".split()
)


_FROM_WORDS = frozenset("from da dai dal dalla dalle dagli dallo dall’".split())
_TO_AFTER = {
    "it": re.compile(r"^.*?\s(?:a|ad|al|alla|alle|ai|agli|allo|all’)\s"),
    "en": re.compile(r"^.*?\sto\s"),
}
_YEAR_TOKEN = re.compile(r"1\d{3}|20\d{2}")


def _opens_with_phrase(toks: list[Token], language: str) -> bool:
    """'Dopo dieci anni di chiusura, il museo ...', 'According to the council, the bridge ...':
    the cheap test of an opening adverbial phrase (no subject first, a comma to end it)."""
    return (
        len(toks) > 4
        and toks[0].low not in _CONDITIONAL_OPENERS
        and not starts_with_subject(toks, language)
        and any(t.text == "," for t in toks[1:30])
    )


def _in_figure(toks: list[Token], k: int) -> bool:
    """Whether the comma at token `k` is a decimal comma ('6,8')."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].text[-1:].isdigit()
        and toks[k + 1].text[:1].isdigit()
        and toks[k + 1].start == toks[k].end
    )


def _date_after_opening(
    s: Sentence, toks: list[Token], at: int, span: DateSpan
) -> tuple[Sentence, list[Token], int, DateSpan] | None:
    """An Italian clause that opens with its date after an opening phrase ('Dopo due anni di
    lavori, | lunedì 3 novembre ha aperto la Casa ...'), as a sentence of its own for the rule
    of a subject after its verb; None when the phrase has a verb or a date of its own."""
    if not _opens_with_phrase(toks, "it"):
        return None
    comma = _opening_end(toks, 1, "it")
    while comma is not None and comma < at - 1 and _in_figure(toks, comma):
        comma = _opening_end(toks, comma + 1, "it")  # "6,8 milioni": no comma of the phrase
    if comma != at - 1:
        return None
    if any(_YEAR_TOKEN.fullmatch(t.text) or t.low in MONTH_WORDS for t in toks[: at - 1]):
        return None
    cut = toks[at].start
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    clause = replace(s, text=upper_first(s.text[cut:]))
    return clause, tokens(clause.text), 0, shifted


def _without_acronyms(toks: list[Token]) -> list[Token]:
    """`toks` without an acronym in brackets after a name ('il Museo ... (MIC) di Faenza'):
    the brackets set off no phrase of their own."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        if toks[k].text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")":
            if is_acronym(toks[k + 1].text):
                k += 3
                continue
        out.append(toks[k])
        k += 1
    return out


def _opening_phrase_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where the clause after an opening adverbial phrase starts ('Dopo dieci anni di chiusura,
    il museo riaprirà il 18 dicembre', 'With the works done, the bridge will reopen in May'),
    when the date is in that clause and the clause opens with its subject. The phrase has no
    verb of its own and no date: 'Nel 2019, ...' is the time the clause needs."""
    if not _opens_with_phrase(toks, language):
        return None
    comma = _opening_end(toks, 1, language)
    if comma is None or comma >= at - 1:
        return None
    if any(_YEAR_TOKEN.fullmatch(t.text) or t.low in MONTH_WORDS for t in toks[:comma]):
        return None
    rest = toks[comma + 1 : at]
    if not starts_with_subject(rest, language) or rest[0].low in _PRONOUN_SUBJECTS:
        return None
    verb = main_verb(rest, language)
    if verb is None or verb == 0 or any(t.text in _CLAUSE_STOPS for t in _without_acronyms(rest)):
        return None  # a date after another comma is a later phrase's ("..., contro le 3.200 ...")
    if toks[at - 1].low in _OF_DATE or toks[at].low in _OF_DATE:
        return None  # "nel primo trimestre del 2025": the date is the noun's
    if any(t.low in _FROM_WORDS for t in rest[verb:]) and _TO_AFTER[language].match(
        " ".join(t.low for t in toks[at : at + 12])
    ):
        return None  # "fallen from 214 residents in 2001 to 131": the date is the range's end
    return comma + 1


_SUBORDINATE_MORE = frozenset("since until as once though although finché sebbene".split())
_NO_CLAUSE = -1  # the date's clause cannot stand alone, and the sentence mixes two clauses
_OBJECT_PRONOUNS = {
    "it": frozenset("lo la li le l’ gli ne".split()),
    "en": frozenset("it them him her".split()),
}


_DETERMINERS = frozenset("the a an its their his her this these those".split())
_PRESENT_OBJECT = frozenset({"to"}) | ARTICLES["en"] | frozenset("its their his her".split())


def _present_after_subject(rest: list[Token]) -> int | None:
    """An English present in '-s' right after a short subject and before its object or an
    infinitive ('its operator wants to treble', 'the council plans a new bridge'), which the
    verb list, of pasts, does not know: the verb of a clause of its own after 'and'."""
    if not rest or rest[0].low not in _DETERMINERS:
        return None
    for j in range(1, min(4, len(rest) - 1)):
        word = rest[j].low
        if (
            rest[j].text.islower()
            and word.endswith("s")
            and _english_present(word)
            and lemma(word, "en") != word
            and rest[j + 1].low in _PRESENT_OBJECT
        ):
            return j
    return None


def _conjunct_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where a clause joined by 'and'/'e' with a subject and verb of its own starts, when the
    date is in it and a clause with a verb stands before it; _NO_CLAUSE when that clause's
    subject says nothing alone ('and sales rose', 'and it became', 'e la giunta lo ha
    presentato'). A list of nouns ('Paris, Rome and the Loire in 1999') has no verb: nothing
    to cut."""
    for k in range(at - 2, 0, -1):
        if toks[k].low not in _AND:
            continue
        rest = toks[k + 1 : at]
        verb = main_verb(rest, language)
        if verb is None and language == "en":
            verb = _present_after_subject(rest)
        if verb is None or verb == 0 or any(t.text in _STOPS for t in rest[:verb]):
            continue  # "and moved to ...": the same subject (_last_conjunct)
        first_verb = main_verb(toks, language, stop=k)
        if first_verb is None:
            return None  # "Trump e la moglie sono arrivati": one subject of two names
        if any(t.low in _SUBORDINATE for t in toks[first_verb:k]):
            return None  # "said that Rossi and Bianchi signed": both in the subordinate
        if any(t.low in _SUBORDINATE or t.low in _SUBORDINATE_MORE for t in rest[:verb]):
            return None  # "between Porto and Gaia since the bridge opened": no clause of "and"
        if not starts_with_subject(rest, language) or rest[0].low in _PRONOUN_SUBJECTS:
            return _NO_CLAUSE
        around = {t.low for t in rest[max(0, verb - 2) : verb + 2]}
        if around & _OBJECT_PRONOUNS[language]:
            return _NO_CLAUSE  # "e la giunta lo ha presentato": what, out of the first clause?
        return k + 1
    return None


# Italian chains whose subject may follow them ("È stata inaugurata venerdì la mostra X"): a
# form of essere (or venire, restare) before a participle, a verb with "si", or a verb that
# takes essere ("Nacque nel 1928 il cantautore X"). With "ha" the noun after is the object.
_ESSERE_FORMS = frozenset(
    """è sono fu furono era erano sarà saranno sarebbe sarebbero venne vennero viene vengono
    verrà verranno resta restano resterà resteranno rimane rimangono rimarrà rimarranno""".split()
)
_BARE_PREPOSITIONS = frozenset("di a ad da in con su per tra fra come".split())
# Words after which an article opens no subject: a preposition's object, a list's item.
_NO_SUBJECT_AFTER = _BARE_PREPOSITIONS | frozenset("e ed o né".split())


# Participles of verbs of opening and closing, which take "avere" with a subject after them as
# well as with an object: "ha aperto al pubblico la Casa della Comunità".
_OPENED = frozenset(
    "aperto riaperto chiuso richiuso iniziato cominciato ricominciato terminato".split()
)


def _after_verb_chain(toks: list[Token], k: int) -> int | None:
    """The end (exclusive) of an Italian verb chain at token `k` whose subject may follow it:
    'si è concluso', 'è stata inaugurata', 'resterà aperta', 'nacque', 'si terrà'."""
    reflexive = toks[k].low in {"si", "ci"}
    k += reflexive
    if k >= len(toks):
        return None
    verb = toks[k]
    if verb.low in _ESSERE_FORMS:
        k += 1
        if k < len(toks) and toks[k].low in {"stato", "stata", "stati", "state"}:
            k += 1
        if k < len(toks) and toks[k].low in _CHAIN_ADVERBS:
            k += 1
        if k < len(toks) and toks[k].text.islower() and is_participle(toks[k].text, "it"):
            return k + 1
        return None
    if verb.low in _AVERE_FORMS and k + 1 < len(toks) and toks[k + 1].low in _OPENED:
        return k + 2  # "ha riaperto al pubblico il museo": subject or object, the question
        # keeps the order and says the same
    if verb.low in AUXILIARIES["it"] or not is_finite(verb.text, "it"):
        return None  # "ha presentato il 3 maggio il piano": the noun is the object
    if reflexive or lemma(verb.low, "it") in ESSERE_VERBS:
        return k + 1
    return None


_INFINITIVE_ENDINGS = ("are", "ere", "ire", "rre")


def _infinitive_phrase(words: list[str], language: str) -> bool:
    """Whether words after a comma are a phrase built on an infinitive, with no verb of its own
    ('da spendere', 'to be spent'): a date after them is the infinitive's."""
    if not words:
        return False
    if language == "en":
        infinitive = words[0].lower() == "to"
    else:
        infinitive = any(
            w.endswith(_INFINITIVE_ENDINGS) and w.islower() and lemma(w, "it") == w for w in words
        )
    return infinitive and not any(
        w.lower() in AUXILIARIES[language] or (w.islower() and is_finite(w, language))
        for w in words
    )  # "che dovrà essere approvato": a clause with a verb of its own


def _opens_complement(word: str) -> bool:
    return word in _BARE_PREPOSITIONS or word in ARTICULATED


def _opens_with_verb(toks: list[Token]) -> bool:
    """Whether an Italian sentence opens with a verb ('È stata inaugurata', 'Si è concluso',
    'Vi nacque'): the first test of a subject after its verb."""
    if not toks or toks[0].low in ARTICLES["it"]:
        return False
    first = toks[0].low
    return first in _VERB_OPENERS or is_finite(first, "it")


_VERB_OPENERS = _ESSERE_FORMS | frozenset({"si", "ci", "vi"})


def _postverbal_subject(text: str, toks: list[Token], k: int) -> str | None:
    """The subject that starts at token `k` (an article) and runs to a comma, a relative or the
    end, a quoted title included: 'la mostra «La mano che scrive»'."""
    end = len(toks)
    quoted = 0
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.text in {"“", "«"} or (t.text == '"' and not quoted):
            quoted += 1
        elif t.text in {"”", "»", '"'}:
            quoted = max(0, quoted - 1)
        elif not quoted and (
            t.text in _PHRASE_STOPS | {","}
            or t.low in _RELATIVE_SUBJECTS | _RELATIVES
            or t.low in AUXILIARIES["it"]
            or (t.text.islower() and is_finite(t.text, "it"))
            or (t.low in _AND and j + 1 < len(toks) and _opens_complement(toks[j + 1].low))
        ):
            end = j  # "il primo vertice | e nel 2020 il secondo"
            break
    if quoted or end - k > 18:  # a title in quotes may be long
        return None
    return text[toks[k].start : toks[end - 1].end]


def _postverbal_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """An Italian subject after its verb and the date: 'È stata inaugurata venerdì 13 marzo al
    Museo la mostra «X»' -> 'Quando è stata inaugurata la mostra «X»?'; 'Nel 2019 è stato
    inaugurato il ponte San Giorgio' -> 'Quando è stato inaugurato il ponte San Giorgio?'."""
    # The sentence opens with the chain, or with the date and then the chain; "vi" (there)
    # before the verb says nothing the question needs.
    date_end = index_at(toks, span.end)
    k = date_end if at == 0 else 0
    k += k < len(toks) and toks[k].text == ","
    k += k < len(toks) and toks[k].low == "vi"
    if k >= len(toks) or not (
        toks[k].low in {"si", "ci"} or toks[k].low in _ESSERE_FORMS or is_finite(toks[k].low, "it")
    ):
        return None
    end = _after_verb_chain(toks, k)
    if end is None or (at > 0 and at < end):
        return None
    chain = [t.low for t in toks[k:end]]
    # Complements and the date between the chain and the subject; the subject is the first
    # article that no preposition governs.
    j = end
    while j < len(toks):
        t = toks[j]
        if at <= j < date_end:
            j += 1
            continue
        if t.low in ARTICLES["it"] and toks[j - 1].low not in _NO_SUBJECT_AFTER:
            break
        if t.text in _PHRASE_STOPS or t.low in _RELATIVE_SUBJECTS | _RELATIVES or t.text in '“”«»"':
            return None
        if t.low in AUXILIARIES["it"] or (t.text.islower() and is_finite(t.text, "it")):
            return None
        if t.low.endswith(_INFINITIVE_ENDINGS) and lemma(t.low, "it") == t.low:
            return None  # "Si è deciso il 3 maggio di chiudere il porto": the porto is closed
        j += 1
    else:
        return None
    if toks[j].low in _INDEFINITE or (at > j):
        return None
    subject = _postverbal_subject(s.text, toks, j)
    if subject is None:
        return None
    words = subject.split()
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    if not any(w[:1].isupper() or w[:1] in '“«"' for w in words[1:]) and len(words) < 3:
        return None  # "il processo": which one, out of the article?
    if (
        is_participle(chain[-1], "it")
        and not any(w in _AVERE_FORMS for w in chain)
        and not _agrees(chain[-1], toks[j].low)
    ):
        return None  # "è stata inaugurata ... il sindaco": not the participle's subject
    subject = drop_titles(subject, doc)
    # What stands between the verb and the date stays with the verb: "È entrata in vigore il
    # 1° gennaio la legge" -> "Quando è entrata in vigore la legge?"
    between = toks[end:at] if at > end else []
    if len(between) > 5 or any(t.text in _STOPS for t in between):
        return None
    complement = " ".join(t.text for t in between).replace("’ ", "’")
    return _participle_or_finite(chain, k, toks, subject, span, "it", complement)


# Words after a date that carry on the verb's clause: what it said, agreed to, decided.
_GOES_ON = frozenset("that to che di".split())
_RELATIVE_OPENERS = {"it": frozenset({"che"}), "en": frozenset({"which", "who"})}
_RELATIVE_IN = {
    "it": lambda text: ", che " in text,
    "en": lambda text: ", which " in text or ", who " in text,
}
_INDEFINITE_TO_DEFINITE = {
    "un": "il",
    "uno": "lo",
    "una": "la",
    "un’": "l’",
    "a": "the",
    "an": "the",
}
_LO_OPENINGS = re.compile(r"^(?:s[^aeiouàèéìòù]|z|gn|ps|x|y|i[aeiou])", re.IGNORECASE)


def _relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause about a named noun: '..., la mostra X, che resterà aperta
    fino al 4 ottobre' -> 'Fino a quando resterà aperta la mostra X?'; 'the Tower Bridge, which
    opened in 1894, ...' -> 'When did the Tower Bridge open?'. Never after 'cui', 'whose' or
    'where': their clause has a subject of its own."""
    language = doc.language
    c = at - 1
    while c >= 0 and toks[c].text not in _STOPS:
        c -= 1
    if c < 1 or toks[c].text != "," or toks[c + 1].low not in _RELATIVE_OPENERS[language]:
        return None
    first = c + 2
    end = _relative_chain(toks, first, at, language)
    if end is None and (toks[first].text[:1].isupper() or toks[first].low in _DEFINITE_IT):
        return _object_relative_question(s, toks, c, at, doc)
    if end is None or at - end > 6:
        return None
    complement = " ".join(t.text for t in toks[end:at]).replace("’ ", "’")
    if not _raised(toks, end, at) and any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:at]
    ):
        return None
    following = index_at(toks, span.end)
    after = toks[following].low if following < len(toks) else ""
    if after in _GOES_ON or after in ARTICLES[language]:
        return None  # "which said on Tuesday that ...", "che ha approvato il 3 maggio il bilancio"
    antecedent = _antecedent(s.text, toks, c, language)
    if antecedent is None:
        return None
    article, np, inner = antecedent
    chain = [t.text for t in toks[first:end]]
    agreeing = language == "it" and is_participle(chain[-1], "it")
    if agreeing and not _agrees(chain[-1], article):
        return None  # "le sale del museo, che è stato ...": the participle is another noun's
    if inner and not (agreeing and not any(_agrees(chain[-1], a) for a in inner)):
        return None  # "l’evoluzione del razzo Vega, che volò ...": whose flight?
    words = np.split()
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    head = lower_first(np) if article else np
    if not specific(head, doc) and not any(w[:1] in '“«"' for w in words):
        return None  # "the bridge, which opened in 1932": which bridge, out of the article?
    subject = lower_first(_lower_initial(drop_titles(np, doc), doc)) if article else np
    verb = chain[0]
    if language == "en" and end == first + 1 and not is_finite(verb, "en"):
        if verb in AUXILIARIES["en"]:
            return None
        return _present_question(verb, subject, complement)
    return _participle_or_finite(chain, first, toks, subject, span, language, complement)


_LONGEST_OWNED = 4  # tokens of the noun after "whose", "il cui": "primi risultati"


def _whose_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause opened by 'whose' or 'il cui', about a named noun: 'la
    Basilica di San Nicola, la cui costruzione iniziò nel 1087' -> 'In che anno iniziò la
    costruzione della Basilica di San Nicola?'; 'Nick Bean, whose family has run trips from
    the quay since 1963' -> 'Since when has the family of Nick Bean run trips from the
    quay?'."""
    language = doc.language
    c = at - 1
    while c >= 0 and toks[c].text not in _STOPS:
        c -= 1
    if c < 1 or toks[c].text != ",":
        return None
    if language == "en":
        if toks[c + 1].low != "whose":
            return None
        owned = c + 2
    else:
        if c + 2 >= at or toks[c + 2].low != "cui" or toks[c + 1].low not in _DEFINITE_IT:
            return None
        owned = c + 3
    verb = next(
        (
            k
            for k in range(owned + 1, min(at, owned + _LONGEST_OWNED + 1))
            if toks[k].low in AUXILIARIES[language]
            or (toks[k].text.islower() and is_finite(toks[k].text, language))
        ),
        None,
    )
    if verb is None or any(not t.text.isalpha() for t in toks[owned:verb]):
        return None
    end = _relative_chain(toks, verb, at, language)
    if end is None or at - end > 6:
        return None
    if any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:at]
    ):
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].low in _GOES_ON:
        return None
    antecedent = _antecedent(s.text, toks, c, language)
    if antecedent is None or antecedent.inner:
        return None
    np = antecedent.phrase
    if not specific(lower_first(np) if antecedent.article else np, doc):
        return None
    noun = s.text[toks[owned].start : toks[verb - 1].end]
    if language == "it":
        article = toks[c + 1].low
        owner = lower_first(_lower_initial(drop_titles(np, doc), doc)) if antecedent.article else np
        subject = f"{article} {noun} {of_phrase(owner, language)}"
    else:
        owner = lower_first(_lower_initial(drop_titles(np, doc), doc)) if antecedent.article else np
        subject = f"the {noun} of {owner}"
    if any(w.lower() in _POSSESSIVES for w in subject.split()):
        return None
    chain = [t.text for t in toks[verb:end]]
    complement = " ".join(t.text for t in toks[end:at]).replace("’ ", "’")
    if language == "it" and is_participle(chain[-1], "it") and not _agrees(chain[-1], article):
        return None  # the participle agrees with another noun
    return _participle_or_finite(chain, verb, toks, subject, span, language, complement)


_PARTICLES = frozenset("down up out off".split())
_NAME_JOINERS = _VERSUS  # "Brown v. Board"
_APPOSED_RELATIVE = {"it": frozenset({"che"}), "en": frozenset({"that", "which"})}


def _apposed_relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause of a noun in apposition to a name: 'Brown v. Board, a
    landmark ruling that was handed down in 1954' -> 'In what year was Brown v. Board handed
    down?'. The name is a run of capitalised words just before the comma, and the date ends
    the sentence or its phrase. English only: an Italian name asks for its article ('la
    sentenza Rossi')."""
    language = doc.language
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].text not in {",", ".", ";"}:
        return None
    rel = at - 1
    while rel > 0 and toks[rel].low not in _APPOSED_RELATIVE[language] and at - rel <= 8:
        if toks[rel].text in _STOPS:
            return None
        rel -= 1
    if rel < 4 or toks[rel].low not in _APPOSED_RELATIVE[language]:
        return None
    comma = rel - 1
    while comma > 0 and toks[comma].text != "," and rel - comma <= 10:
        if toks[comma].text in _STOPS:
            return None
        comma -= 1
    if toks[comma].text != "," or toks[comma + 1].low not in _INDEFINITE | {"the"}:
        return None
    if rel - comma > 6 and not _relative_skips_name(toks, comma + 1, rel):
        return None
    end = _relative_chain(toks, rel + 1, at, language)
    if end is not None and end == at - 1 and toks[end].low in _PARTICLES:
        end = at  # "handed down"
    if end is None or at - end > 4:
        return None
    # A few words of complement between the verb and the date: "closed | to all vehicles"
    if any(
        t.low in _AND
        or t.low in AUXILIARIES[language]
        or is_finite(t.text, language)
        or _is_adverb(t.low)
        for t in toks[end:at]
    ):
        return None
    complement = " ".join(t.text for t in toks[end:at])
    k = comma - 1
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].low in _NAME_JOINERS | _OF_WORDS):
        k -= 1
    if k == comma - 1 or not toks[k + 1].text[:1].isupper() or comma - k > 7:
        return None
    if k >= 0 and toks[k].low in ARTICLES[language]:
        return None  # "the Water Act, a law that ...": asked by the relative rules
    name = s.text[toks[k + 1].start : toks[comma].start].strip()
    chain = [t.text for t in toks[rel + 1 : end]]
    return _participle_or_finite(chain, rel + 1, toks, name, span, language, complement)


_PREDICATE_RELATIVES = {"it": frozenset({"che"}), "en": frozenset({"that", "who", "which"})}
# The cheap test of the shape: a copula before an article ("is a", "è la", "fu l’").
_PREDICATE_IN = {
    "it": re.compile(r" (?:è|era|fu|sono|erano|furono) (?:il|lo|la|l’|i|gli|le|un|uno|una|un’)"),
    "en": re.compile(r" (?:is|was|are|were) (?:the|a|an) "),
}
_LONGEST_PREDICATE = 10  # tokens between the copula and the relative
_LONGEST_SUBJECT = 6


def _predicate_relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause of the noun a copula says the subject is: 'The Linden
    Institute is a research centre that opened in 2018' -> 'When did the Linden Institute
    open?'; 'Anna Rossi era una chimica che scoprì l’enzima nel 1997' -> 'In che anno Anna
    Rossi scoprì l’enzima?'. The relative's subject is the noun, and the noun is the subject's
    own description, so the relative says what the subject did."""
    language = doc.language
    modifier = _predicate_modifier(toks, at, language)
    if modifier is None:
        return None
    noun_end, first, end = modifier
    copula = next((k for k in range(1, noun_end) if toks[k].low in _COPULAS), None)
    if copula is None:
        return None
    if copula > _LONGEST_SUBJECT and not (s.entry is not None and refers_to_entry(s, language)):
        return None  # a long subject, but the entry's name with an apposition
    if toks[copula + 1].low not in ARTICLES[language]:
        return None  # "is the centre", "è un istituto"; not "is based in Norwich, which"
    if toks[copula + 1].low not in _INDEFINITE and toks[copula + 2].text[:1].isupper():
        return None  # "è il Castello X, ricostruito": the name's, the subject its other name
    if toks[first - 1].low in _AND:
        # "a corporation owned by the province and created in 1962": the participles are
        # joined, both the noun's; the noun ends at the first.
        joined = next(
            (
                k
                for k in range(copula + 3, noun_end)
                if toks[k].text.islower() and is_participle(toks[k].text, language)
            ),
            None,
        )
        if joined is None or any(t.text in _STOPS for t in toks[joined:first]):
            return None
        noun_end = joined
    if noun_end - copula > _LONGEST_PREDICATE:
        return None
    for k in range(copula + 2, noun_end):
        t = toks[k]
        if t.text in _STOPS or t.low in _RELATIVES or t.low in AUXILIARIES[language]:
            return None
        if _noun_complement(toks, k, noun_end, language):
            return None  # "the son of a miner killed in 1990": the miner's death
        if t.text.islower() and is_finite(t.text, language) and not t.low.endswith("ing"):
            return None  # "is a park that the council bought": another verb, another subject
        if t.text.islower() and is_participle(t.text, language):
            return None  # "una piattaforma prodotta dall’azienda X, fondata": whose founding?
    chain = [t.text for t in toks[first:end]]
    if first == end - 1 and language == "it" and is_participle(chain[0], "it"):
        if not _agrees(chain[0], toks[copula + 1].low):
            return None  # "è la sede del museo, fondato nel 1950": the museum's founding
        if lemma(participle_parts(chain[0], "it")[0], "it") in _EITHER_AUXILIARY:
            return None  # "una sequenza iniziata il ...": it began, it was not begun
    if at - end > 6:
        return None
    complement = " ".join(t.text for t in toks[end:at]).replace("’ ", "’")
    if any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:at]
    ):
        return None
    following = index_at(toks, span.end)
    after = toks[following].low if following < len(toks) else ""
    if after in _GOES_ON:
        return None  # "who said in 2019 that ...": the date is the saying's
    subject = _copula_subject(s, toks, copula, doc)
    if subject is None:
        return None
    return _participle_or_finite(chain, first, toks, subject, span, language, complement)


# Prepositions of a place where a noun stands.
_WHERE = {
    "it": frozenset(
        "in a presso nel nello nella nei negli nelle nell’ al allo alla ai agli alle all’".split()
    ),
    "en": frozenset("in at on near".split()),
}


def _noun_complement(toks: list[Token], k: int, noun_end: int, language: str) -> bool:
    """Whether the preposition at `k` opens a complement of the copula's noun that a relative
    after it may be about ('la figlia di un minatore che morì', 'a blow to families who
    moved'). A name ('la squadra di Padova') or a bare mass noun ('la squadra di rugby', 'a
    hub for marine research') is no one a relative tells of, so the relative is the noun's."""
    t = toks[k]
    if t.low not in PREPOSITIONS[language] and t.low not in ARTICULATED and t.low not in _OF_WORDS:
        return False
    rest = toks[k + 1 : noun_end]
    if all(w.text[:1].isupper() or w.low in _OF_WORDS for w in rest):
        return False
    if t.low in _WHERE[language] and noun_end < len(toks) and toks[noun_end].text == ",":
        # "a monument in the centre of Berlin, built ...": a place says where the noun is, and
        # the participle set off after it is still the noun's
        return False
    bare = (
        t.low in PREPOSITIONS[language]
        and bool(rest)
        and rest[0].text.islower()
        and rest[0].low not in STOPWORDS[language]
        and not (language == "en" and rest[-1].low.endswith("s"))
    )
    return not bare


# Verbs whose participle after a noun says what the noun did, not what was done to it.
_EITHER_AUXILIARY = frozenset("iniziare cominciare finire terminare".split())


def _relative_skips_name(toks: list[Token], start: int, rel: int) -> bool:
    """Whether a 'that' clause at `rel` is the noun phrase's from `start` although a
    preposition's object stands between: 'the iron crossing over the River Wye that has been
    closed', where the object is a name, and a name takes no restrictive relative. Not after
    'of': 'the director of the Leeds City Museum that was closed' names the museum as what
    the director is of, and the closing is the museum's."""
    between = toks[start:rel]
    if not any(t.low in PREPOSITIONS["en"] for t in between):
        return True
    if any(t.low in _OF_WORDS for t in between):
        return False
    return toks[rel].low == "that" and toks[rel - 1].text[:1].isupper()


def _predicate_modifier(toks: list[Token], at: int, language: str) -> tuple[int, int, int] | None:
    """The clause that qualifies a noun before the date at token `at`: where the noun ends, and
    the start and end of the clause's verb chain. A relative ('a centre | that | opened'), or
    a participle, set off by a comma or not ('la squadra di Padova, | fondata')."""
    k = at - 1
    while k > 2 and at - k <= 8 and toks[k].low not in _PREDICATE_RELATIVES[language]:
        if toks[k].text in _STOPS:
            break
        k -= 1
    if toks[k].low in _PREDICATE_RELATIVES[language] and toks[k - 1].text not in _STOPS:
        end = _relative_chain(toks, k + 1, at, language)
        if end is None or end == k + 1:
            return None
        return k, k + 1, end
    if toks[k].low in _PREDICATE_RELATIVES[language]:
        return None  # ", which ...": the relative of the nearest noun, asked by its own rule
    # A participle within a few words of the date: "fondata | come sezione | nel 1947" is
    # not; "founded | in 2004", "fondata nel 1947" are.
    p = at - 1
    while (
        p > 2
        and at - p <= 3
        and not (toks[p].text.islower() and is_participle(toks[p].text, language))
    ):
        if toks[p].text in _STOPS:
            return None
        p -= 1
    if not (toks[p].text.islower() and is_participle(toks[p].text, language)):
        return None
    if toks[p - 1].low in AUXILIARIES[language] or toks[p - 1].low in _VERB_CHAIN:
        return None  # "is | found": a verb of the sentence, no modifier
    if p != at - 1:
        return None  # "costruita intorno al 1132": the words between are the date's
    noun_end = p - 1 if toks[p - 1].text == "," else p
    return noun_end, p, p + 1


def _copula_subject(s: Sentence, toks: list[Token], copula: int, doc: Document) -> str | None:
    """The subject before a copula as a question names it: the entry for 'It' or the entry's
    name, a name ('Anna Rossi'), or a noun phrase the article is about ('the museum')."""
    language = doc.language
    if s.entry is not None and refers_to_entry(s, language):
        return _entry_subject(s, language)
    if not starts_with_subject(toks, language) or toks[0].low in _PRONOUN_SUBJECTS:
        return None
    if any(t.text in _STOPS or t.low in _PRONOUN_SUBJECTS for t in toks[:copula]):
        return None
    if any(t.low in _POSSESSIVES for t in toks[:copula]):
        return None  # "Il suo simbolo": whose, out of context?
    subject = s.text[: toks[copula].start].strip()
    if not specific(subject, doc):
        return None
    return lower_first(_lower_initial(drop_titles(subject, doc), doc))


def _object_relative_question(
    s: Sentence, toks: list[Token], comma: int, at: int, doc: Document
) -> str | None:
    """A date in a relative clause whose subject is a name and whose object is a named noun
    before it: 'the Water Act, which President Herbert Hoover signed on May 12, 1930' -> 'When
    did President Herbert Hoover sign the Water Act?'; 'la legge Rossi, che il Presidente
    Einaudi firmò il 3 maggio 1950' -> 'Quando il Presidente Einaudi firmò la legge Rossi?'."""
    language = doc.language
    opens = comma + 2
    if language == "it" and toks[opens].low in _DEFINITE_IT:
        opens += 1  # "che il Presidente Einaudi firmò"
    k = opens
    while k < at and toks[k].text[:1].isupper() and k - comma <= 6:
        k += 1
    chain = [t.text for t in toks[k:at]]
    if k == opens or not chain or not all(w.islower() for w in chain):
        return None
    if len(chain) == 1 and not (
        is_finite(chain[0], language) and lemma(chain[0], language) != chain[0]
    ):
        return None  # a past of its own: "signed", "firmò"
    if len(chain) == 2 and not (
        chain[0] in AUXILIARIES[language] and is_participle(chain[1], language)
    ):
        return None  # "had signed", "ha firmato"
    if len(chain) > 2:
        return None
    np = _named_object(s.text, toks, comma, language)
    if np is None:
        return None
    subject = s.text[toks[comma + 2].start : toks[k - 1].end]
    if language == "it":
        return render("it", "date_clause", clause=f"{subject} {' '.join(chain)} {np}")
    if len(chain) == 2:
        return f"When {chain[0]} {subject} {chain[1]} {np}?"
    return f"When did {subject} {lemma(chain[0], 'en')} {np}?"


_DEFINITE_IT = frozenset("il lo la i gli le l’".split())
_NOT_IN_NAME = {
    "it": PREPOSITIONS["it"] | frozenset(ARTICULATED) | _BARE_PREPOSITIONS | _AND,
    "en": PREPOSITIONS["en"] | _AND,
}


def _named_object(text: str, toks: list[Token], comma: int, language: str) -> str | None:
    """The named noun phrase that ends at token `comma`, from its definite article: 'the Water
    Act', 'la legge Rossi'. Only capitalised words and 'of'/'di' inside it, so that 'the summit
    in Bari' (the summit's or Bari's?) is none."""
    k = comma - 1
    while k >= 0 and comma - k <= 8:
        t = toks[k]
        if t.low in ARTICLES[language] or (language == "it" and t.low in ARTICULATED):
            break  # "alla legge Rossi": the article of the preposition
        inside = k < comma - 1 and t.text.isalpha() and t.low not in _NOT_IN_NAME[language]
        if not (t.text[:1].isupper() or t.low in _OF_WORDS or inside):
            return None  # "the new Harlow Bridge", "la legge Rossi"; not "the summit in Bari"
        k -= 1
    else:
        return None
    if k < 0 or toks[k].low in _INDEFINITE or toks[k].low in _OF_ARTICLES:
        return None
    if k > 0 and toks[k - 1].low in _OF_WORDS:
        return None  # "the restoration of the Arch of Trajan, which ...": whose relative?
    words = [t.text for t in toks[k + 1 : comma]]
    if not words or not words[-1][:1].isupper() or any(w in _STOPS for w in words):
        return None
    article = ARTICULATED.get(toks[k].low, toks[k].low) if language == "it" else toks[k].low
    rest = text[toks[k + 1].start : toks[comma].start].strip()
    return f"{article}{rest}" if article.endswith("’") else f"{article} {rest}"


# Verbs that say what is believed of the subject: "which is thought to have been written".
_RAISING = frozenset("thought believed said known understood reported estimated".split())


def _raised(toks: list[Token], end: int, at: int) -> bool:
    """Whether tokens `end`..`at` are 'to have (been) <participle>' after a verb of belief:
    'is thought | to have been written | around AD 105'; the date is the participle's."""
    words = [t.low for t in toks[end:at]]
    if toks[end - 1].low not in _RAISING or words[:2] != ["to", "have"]:
        return False
    rest = words[3:] if words[2:3] == ["been"] else words[2:]
    return len(rest) == 1 and is_participle(rest[0], "en")


def _relative_chain(toks: list[Token], first: int, at: int, language: str) -> int | None:
    """The end (exclusive) of the verb chain that opens a relative clause at token `first` and
    ends before the date at `at`: 'resterà aperta', 'si terrà', 'was founded', 'opened'."""
    k = first
    if k < at and toks[k].low in {"si", "ci"} and language == "it":
        k += 1
    if k >= at:
        return None
    verb = toks[k]
    if verb.low in AUXILIARIES[language]:
        k += 1
        while k < at and (toks[k].low in _VERB_CHAIN or toks[k].low in _CHAIN_ADVERBS):
            k += 1
        if k < at and toks[k].text.islower() and is_participle(toks[k].text, language):
            k += 1
        return k
    if verb.text.islower() and is_finite(verb.text, language):
        return k + 1
    if language == "en" and verb.low in _CHAIN_ADVERBS and k + 1 < at:
        # "which first appeared in 2024": the adverb stays with its verb ("first appear")
        nxt = toks[k + 1]
        return k + 2 if nxt.text.islower() and nxt.low.endswith("ed") else None
    if language == "en" and _english_present(verb.text):
        return k + 1  # "which run from November 17 to 23"
    return None


# Words that may follow "which"/"who" and are no verb.
_NOT_PRESENT = (
    STOPWORDS["en"]
    | _CHAIN_ADVERBS
    | frozenset("now still once then never always often soon again already".split())
)


def _english_present(word: str) -> bool:
    """Whether a word right after ', which' or ', who' is a verb in the present: any lowercase
    word there is the relative's verb, but for an adverb ('which now runs')."""
    return (
        word.isalpha() and word.islower() and word not in _NOT_PRESENT and not word.endswith("ly")
    )


_LONGEST_PRESENT_SUBJECT = 5  # words after "The": "the Royal Highland Show"
_PRESENT_PREPS = frozenset("in on until from by".split())


def _present_in_s(tok: Token) -> bool:
    """Whether a token may be an English present in -s ('ends', 'opens', 'runs')."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.low.endswith("s")
        and not tok.low.endswith("ss")
        and tok.low not in STOPWORDS["en"]
        and lemma(tok.low, "en") != tok.low
    )


def _present_s_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A sentence whose only verb before the date is a present in -s the lexicon takes for a
    plural noun, and whose clause the date ends: 'The trial ends in November, when ...' ->
    'When does the trial end?'; 'The Royal Show opens to the public on Friday.' -> 'When does
    the Royal Show open to the public?'."""
    if doc.language != "en" or not toks or at < 2:
        return None
    named = toks[0].low != "the"  # "Eyres Monsell closes on 26 September"
    if named and not toks[0].text[:1].isupper() or toks[0].low in ADVERBIALS["en"]:
        return None
    if toks[at].low not in _PRESENT_PREPS or main_verb(toks, "en", stop=at) is not None:
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].text not in {",", ".", ";"}:
        return None  # the clause goes on: the date may be another word's
    last = min(at, _LONGEST_PRESENT_SUBJECT + 2)
    verb = next((k for k in range(1 + (not named), last) if _present_in_s(toks[k])), None)
    if verb is None or at - verb > 5:
        return None
    subject_toks = toks[:verb] if named else toks[1:verb]
    if any(not t.text.isalpha() or t.low in STOPWORDS["en"] - {"of"} for t in subject_toks):
        return None
    if named and not all(t.text[:1].isupper() for t in subject_toks):
        return None  # a name, every word capitalised
    if any(not t.text.isalpha() or is_finite(t.text, "en") for t in toks[verb + 1 : at]):
        return None
    subject = lower_first(s.text[: toks[verb - 1].end])
    if not specific(subject, doc):
        return None  # "the trial": which one, out of the article?
    complement = s.text[toks[verb].end : toks[at].start]
    return _present_question(toks[verb].low, subject, complement)


def _base_of_present(verb: str) -> str:
    """'ends' -> 'end', 'crosses' -> 'cross', 'carries' -> 'carry', 'goes' -> 'go'."""
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("ies") and len(verb) > 4:
        return f"{verb[:-3]}y"
    return verb[:-1]


def _present_question(verb: str, subject: str, complement: str) -> str | None:
    """'the talks' + 'run' -> 'When do the talks run?'; 'the fair' + 'opens' -> 'When does the
    fair open?'."""
    base = lemma(verb, "en")
    if verb.endswith("s") and base != verb:
        return squash(f"When does {subject} {_base_of_present(verb)} {complement}") + "?"
    if base == verb and not verb.endswith("s"):
        return squash(f"When do {subject} {verb} {complement}") + "?"
    return None


class _Antecedent(NamedTuple):
    article: str  # "" for a name
    phrase: str
    inner: tuple[str, ...]  # the articles of the nouns after "di"/"of" ("?" when unknown)


def _antecedent(text: str, toks: list[Token], comma: int, language: str) -> _Antecedent | None:
    """The noun phrase a relative after token `comma` is about, with an indefinite article made
    definite ('un convegno della Regione' -> 'il convegno della Regione'). It opens the sentence
    or follows a verb or a complement, not a preposition: in 'the summit in Bari, which ...' the
    relative may be the summit's or Bari's."""
    k = comma - 1
    if toks[k].text in {"”", "»", '"'}:  # a quoted title: 'la mostra «La mano che scrive»'
        opener = {"”": "“", "»": "«", '"': '"'}[toks[k].text]
        k -= 1
        while k >= 0 and toks[k].text != opener:
            k -= 1
        k -= 1
    start = None
    inner: list[str] = []
    while k >= 0 and comma - k <= 16:
        t = toks[k]
        low = ARTICULATED.get(t.low, t.low) if language == "it" else t.low
        if t.low in _OF_WORDS and not (
            toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        ):
            inner.append(low if low != t.low else "?")  # not inside a name ("Museum of Art")
        if t.low in ARTICLES[language]:
            start = k
            break
        if t.text == ")":
            opened = next((j for j in range(k - 1, max(k - 5, 0), -1) if toks[j].text == "("), 0)
            if opened and toks[opened - 1].text[:1].isupper():
                k = opened - 1  # "the Bus Services (No. 2) Act": a number inside the name
                continue
        if (
            t.low in _AGENT_BY[language]
            and k + 1 < comma
            and _named_run(toks[k + 1 : comma])
            and _clause_agent(toks, k, language)
        ):
            # "the project was funded by Natural England, which ...": the agent, a name, is
            # what the relative is about (not "the summit in Bari": a place may qualify a noun)
            return _Antecedent("", text[toks[k + 1].start : toks[comma].start].strip(), ())
        if t.text in _STOPS or t.low in _AND or t.low in _NOT_IN_ANTECEDENT[language]:
            return None
        if low != t.low and t.low not in _OF_WORDS:
            if _verb_governs(toks, k, comma, language):
                # "si basa sulla legge Rossi, che ...": the verb's complement, a name
                rest = text[toks[k + 1].start : toks[comma].start].strip()
                return _Antecedent(
                    low, f"{low}{rest}" if low.endswith("’") else f"{low} {rest}", ()
                )
            # "il convegno sugli archivi, che ...": the relative may be either noun's; "of"
            # and "di" go on ("il cantiere della piazza", checked by agreement)
            return None
        if t.low in AUXILIARIES[language]:
            break
        k -= 1
    if start is None:  # a name that opens the sentence: "Halvora, which was founded in 1994"
        if k >= 0 or not toks[0].text[:1].isupper() or comma > 6:
            return None
        if any(t.text[:1].islower() and t.low not in _OF_WORDS for t in toks[:comma]):
            return None
        return _Antecedent("", text[: toks[comma].start].strip(), ())
    before = toks[start - 1] if start else None
    agent_name = (
        before is not None
        and before.low in _AGENT_BY[language]
        and _named_run(toks[start + 1 : comma])
        and _clause_agent(toks, start - 1, language)
    )
    # "Under the plan, which ...": a preposition that opens the sentence has no noun before
    # it that the relative could be about instead.
    opening = start == 1 and before is not None and before.low in PREPOSITIONS[language]
    # "Its origins lie in the Dundee Institute, founded ...": after a verb, the preposition's
    # named phrase is the verb's complement, no other noun's (as 'risalgono alla Legione')
    governed = (
        language == "en"
        and before is not None
        and before.low in PREPOSITIONS["en"]
        and start > 1
        and _named_run(toks[start + 1 : comma])
        and comma - start <= 6
        and before.low != "of"
        and toks[start - 2].text.islower()
        and (
            is_finite(toks[start - 2].text, "en")
            or is_participle(toks[start - 2].text, "en")
            or main_verb(toks, language, stop=start) == start - 2
        )
    )
    if (
        before is not None
        and not agent_name
        and not opening
        and not governed
        and (before.low in _BARE_PREPOSITIONS | PREPOSITIONS[language] or before.low in ARTICULATED)
    ):
        return None
    np = _definite(text[toks[start].start : toks[comma].start].strip())
    return _Antecedent(tokens(np)[0].low, np, tuple(inner))


_AGENT_BY = {"it": frozenset({"da"}), "en": frozenset({"by"})}
_NAME_INSIDE = frozenset("( ) . & No".split())


def _clause_agent(toks: list[Token], by: int, language: str) -> bool:
    """Whether the agent after 'by'/'da' at `by` is the main clause's passive ('was paid for
    by', 'è stato finanziato da'): an auxiliary before the participle, no noun. After a noun
    the participle qualifies it ('a licence issued by Natural England, which expires', 'un
    quadro dipinto da Caravaggio, che fu venduto'), and the relative may be that noun's."""
    for t in reversed(toks[max(by - 4, 0) : by]):
        if t.low in AUXILIARIES[language]:
            return True
        if t.low in ARTICLES[language] or t.text in _STOPS:
            return False
    return False


def _named_run(toks: list[Token]) -> bool:
    """Whether tokens are one name: capitalised words, with 'of'/'di' or a number between
    ('Bus Services (No. 2) Act', 'Museum of London')."""
    return (
        bool(toks)
        and toks[0].text[:1].isupper()
        and toks[-1].text[:1].isupper()
        and all(
            t.text[:1].isupper() or t.low in _OF_WORDS or t.text in _NAME_INSIDE or t.text.isdigit()
            for t in toks
        )
    )


def _verb_governs(toks: list[Token], prep: int, comma: int, language: str) -> bool:
    """Whether the Italian articulated preposition at `prep` follows a verb and opens a named
    phrase that runs to the comma: 'si basa | sulla legge Rossi,'. After a verb the phrase is
    the verb's complement, no noun's, so a relative after it is the phrase's."""
    if language != "it" or prep < 1 or toks[prep].low in _OF_WORDS:
        return False
    verb = toks[prep - 1]
    if not verb.text.islower() or not (
        is_finite(verb.text, language) or is_participle(verb.text, language)
    ):
        return False
    words = toks[prep + 1 : comma]
    # a name ends the phrase ("la legge Rossi") or opens it ("la Legione truppe leggere")
    named = bool(words) and (words[-1].text[:1].isupper() or words[0].text[:1].isupper())
    return named and len(words) <= 5


# Ordinals after which an indefinite subject is one of a series the article tells of: "Una
# seconda esercitazione è in programma" asks about "la seconda esercitazione".
_SERIES_ORDINALS = frozenset(
    """secondo seconda terzo terza quarto quarta quinto quinta second third fourth
    fifth""".split()
)


def _ordinal_definite(clause: str) -> str:
    """'Una seconda esercitazione è in programma il ...' -> 'La seconda esercitazione è ...';
    'A second line is due to open in 2027' -> 'The second line ...'."""
    words = clause.split(" ", 2)
    if len(words) < 3 or words[1].lower() not in _SERIES_ORDINALS:
        return clause
    if words[0].lower() not in _INDEFINITE_TO_DEFINITE:
        return clause
    definite = _definite(clause)
    return upper_first(definite) if clause[:1].isupper() else definite


def _definite(np: str) -> str:
    """A noun phrase told of for the first time, as one asks about it: 'un convegno della
    Regione' -> 'il convegno della Regione', 'a free lecture on the find' -> 'the free ...'."""
    first, _, rest = np.partition(" ")
    if first.lower().startswith("un’"):
        return "l’" + np[3:]
    definite = _INDEFINITE_TO_DEFINITE.get(first.lower())
    if definite is None or not rest:
        return np
    if definite == "il" and _LO_OPENINGS.match(rest):
        definite = "lo"
    return f"{definite} {rest}"


_NOT_IN_ANTECEDENT = {
    "it": frozenset(_BARE_PREPOSITIONS - {"di"}),
    "en": frozenset(PREPOSITIONS["en"] - {"of"}),
}
_OF_WORDS = frozenset("di of".split()) | frozenset(w for w in ARTICULATED if w.startswith("de"))


_CLAUSE_STOPS = _PHRASE_STOPS | {","}
_AVERE_FORMS = frozenset("ha hanno aveva avevano ebbe ebbero".split())
_HAVE_FORMS = frozenset("has have had".split())


def _date_first_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """In an entry, an Italian sentence that opens with its date and then its verb is about the
    entry: 'Nel 1822 annunciò la decifrazione dei geroglifici, ottenuta ...' -> 'Quando
    Champollion annunciò la decifrazione dei geroglifici?'. Only a verb whose noun after it is
    its object (not 'Nel 1990 arrivò il tram', not 'si tenne il congresso')."""
    if s.entry is None or at != 0 or span.is_range or span.prep not in _PLAIN_PREPS:
        return None
    k = index_at(toks, span.end)
    k += k < len(toks) and toks[k].text == ","
    if k + 1 >= len(toks):
        return None
    verb = toks[k]
    if verb.low in _AVERE_FORMS and is_participle(toks[k + 1].text, "it"):
        end = k + 2
    elif verb.low in AUXILIARIES["it"] or verb.low in {"si", "ci", "vi", "ne"}:
        return None
    elif is_finite(verb.text, "it") and lemma(verb.low, "it") not in ESSERE_VERBS:
        end = k + 1
    else:
        return None
    j, nouns, quoted = end, 0, False
    while j < len(toks):
        t = toks[j]
        if t.text in '“”«»"':
            quoted = t.text in "“«" or (t.text == '"' and not quoted)
        if t.text in _CLAUSE_STOPS or t.low in _SUBORDINATE or _joins_a_verb(toks, j, "it", True):
            break  # quotes go on: 'con “La grande bellezza”'

        if not quoted and t.low in ARTICLES["it"] and toks[j - 1].low not in _NO_SUBJECT_AFTER:
            nouns += 1  # "colpì la città un terremoto": a subject after the object
        if t.low in _POSSESSIVES or nouns > 1 or j - k > 16:
            return None
        j += 1
    if toks[j - 1].low in _BARE_PREPOSITIONS or toks[j - 1].low in ARTICULATED:
        return None  # cut short
    clause = s.text[verb.start : toks[j - 1].end]
    if clause.count("“") != clause.count("”") or clause.count("«") != clause.count("»"):
        return None
    return render("it", "date_clause", clause=f"{lower_first(s.entry.phrase)} {clause}")


def _agrees(participle: str, article: str) -> bool:
    """Whether an Italian participle agrees with the noun an article opens ('l’' is either)."""
    if article == "l’":
        return participle[-1] in "oa"
    return _GENDER_ENDING.get(article, participle[-1]) == participle[-1]


_THERE = {"it": frozenset({"vi", "lì", "là"}), "en": frozenset({"there"})}
_THERE_IN = {
    "it": re.compile(r"\s(?:vi|lì|là)\s"),
    "en": re.compile(r"\sthere\b"),
}


def _without_there(clause: str, language: str) -> str | None:
    """'the seat of government moved there from Bonn' -> '... moved from Bonn': the place said
    before is not in the question, which stays true. With no complement left ('lived there')
    the question would change its meaning: None."""
    toks = tokens(clause)
    verb = main_verb(toks, language)
    if verb is None:
        return None
    for k, t in enumerate(toks):
        if k == 0 or t.low not in _THERE[language]:
            continue
        after = toks[max(k, verb) + 1 :]
        if not any(x.low in PREPOSITIONS[language] or x.low in ARTICULATED for x in after):
            return None
        return squash(clause[: t.start] + clause[t.end :])
    return clause


_PLACE_KINDS = frozenset({"city", "country", "region"})
_MOTION_THERE = re.compile(
    r"\b(?:moved|relocated|transferred|returned|came|went|emigrated|travelled|traveled)"
    r"\s+there\b"
)


def _there_as_entry(clause: str, s: Sentence, language: str) -> str | None:
    """In the entry of a place, 'moved there' is 'moved to <the place>': 'the seat of
    government moved there from Bonn' -> 'the seat of government moved to Berlin from Bonn'."""
    if language != "en" or s.entry is None or s.entry.kind not in _PLACE_KINDS:
        return None
    m = _MOTION_THERE.search(clause)
    if m is None:
        return None
    said = m.group(0)[: -len("there")]
    return f"{clause[: m.start()]}{said}to {s.entry.name}{clause[m.end() :]}"


def _as_planned(word: str, language: str) -> bool:
    """Whether 'as'/'come' before `word` says how it went ('as planned', 'come previsto'), not
    what the date was ('as the deadline', 'come termine')."""
    low = word.lower()
    return is_participle(low, language) or (language == "it" and low.endswith(("sto", "so")))


_AS_WHAT = re.compile(r",?\s+(?:as|come)\s+(\w+)")
_QUOTED = re.compile(r"“([^”]*)”")
_PARENTHETICAL = re.compile(r",\s+([^,]{3,150}),\s+")
_AGE_BETWEEN_COMMAS = re.compile(r"(?<=[\w’'.]),\s+\d{1,3},\s+")


# A subject, then the person it is in apposition, maybe with an age, then the verb: "Il legale
# rappresentante della società, Davide Colombo, 52 anni, è detenuto ..."
_NAMED_APPOSITION = re.compile(
    r"^[^,]{3,80},\s+(?P<name>(?:[A-ZÀ-Ý][\w’'-]+\s+){1,3}[A-ZÀ-Ý][\w’'-]+),\s+"
    r"(?:\d{1,3}(?:\s+anni|\s+years?\s+old)?,\s+)?(?=[a-zàèéìòù])"
)


def _named_subject(clause: str, language: str) -> str:
    """'Il legale rappresentante della società, Davide Colombo, 52 anni, è detenuto ...' ->
    'Davide Colombo è detenuto ...': the person named after the subject is who the question
    asks about; the office and the age between commas say nothing the question needs."""
    m = _NAMED_APPOSITION.match(clause)
    if m is None:
        return clause
    rest = clause[m.end() :]
    words = rest.split(None, 2)
    verb = words[1] if words[0] in {"si", "ci"} and len(words) > 1 else words[0]
    if verb not in AUXILIARIES[language] and not is_finite(verb, language):
        return clause
    return f"{m.group('name')} {rest}"


def _drop_parenthetical(clause: str, language: str) -> str:
    """'La giuria, presieduta da X, ha assegnato ...' -> 'La giuria ha assegnato ...': drop a
    participle or apposition between commas before the verb; an age too ('Orla Keane, 34,
    entered ...')."""
    m = _PARENTHETICAL.search(clause)
    if not m:
        age = _AGE_BETWEEN_COMMAS.search(clause)
        nxt = tokens(clause[age.end() :])[:1] if age else []
        if (
            age
            and nxt
            and (nxt[0].low in AUXILIARIES[language] or is_finite(nxt[0].text, language))
        ):
            return clause[: age.start()] + " " + clause[age.end() :]
        return clause
    first = m.group(1).split()[0]
    if is_participle(first, language) or first.lower() in ARTICLES[language]:
        return clause[: m.start()] + " " + clause[m.end() :]
    nxt = tokens(clause[m.end() :])[:1]
    verb_next = bool(nxt) and (
        nxt[0].low in AUXILIARIES[language] or is_finite(nxt[0].text, language)
    )
    if first.lower() in _RELATIVE_OPENERS[language] and verb_next:
        # "The tablet, which is thought to be Roman, was found ...": a relative about the
        # subject, with the clause's verb after it
        return clause[: m.start()] + " " + clause[m.end() :]
    # "Il gruppo Ceresa, storico pastificio di Gragnano, ha annunciato": a phrase without a
    # verb of its own, followed by the clause's verb, is an apposition too.
    if verb_next:
        inner = tokens(m.group(1))  # a name's word is no verb ("Claudia Ferrante")
        if not any(
            t.low in AUXILIARIES[language] or t.text.islower() and is_finite(t.text, language)
            for t in inner
        ):
            return clause[: m.start()] + " " + clause[m.end() :]
    return clause


def _with_owner(clause: str, s: Sentence, language: str) -> str:
    """In an entry, 'le prime elezioni dirette si tennero' is about the entry: 'le prime
    elezioni dirette del Parlamento europeo si tennero'."""
    assert s.entry is not None
    toks = tokens(clause)
    verb = _clause_verb(toks, language)  # "the first recorded race | took place"
    if verb is None or not toks or toks[0].low not in ARTICLES[language]:
        return clause
    subject = clause[: toks[verb].start].rstrip()
    if any(fold(n) in fold(subject) for n in s.entry.names) or not subject.split()[-1].islower():
        return clause
    if len(subject.split()) == 2 and f" {fold(subject.split()[1])} " in f" {fold(s.entry.name)} ":
        # "The wall was inscribed ..." in the entry "Hadrian's Wall": the wall is the entry.
        return f"{lower_first(s.entry.phrase)} {clause[len(subject) :].lstrip()}"
    if toks[verb - 1].low in {"si", "ci"}:
        subject = clause[: toks[verb - 1].start].rstrip()
    owner = lower_first(s.entry.phrase)
    if _common_phrase(owner, language):
        owner = owner[:1].lower() + owner[1:]  # "the first race up the hill of fell running"
    owner = of_phrase(owner, language) if language == "it" else f"of {owner}"
    return f"{subject} {owner} {clause[len(subject) :].lstrip()}"


# A participle with its agent after a noun of the complement: "con un nuovo allestimento del
# Nabucco firmato dal regista Tomás Ferrer", "with a new staging designed by ...". It tells of
# the noun, not of the date's event, and the question stops before it.
def _without_bare_noun(after: str, language: str) -> str:
    """'... a free lunch | under plans' (the participle and its agent gone): a noun with no
    article after a preposition says nothing once what qualified it goes."""
    words = after.split()
    if len(words) < 2:
        return after
    prep, noun = words[-2].lower(), words[-1]
    if prep not in PREPOSITIONS[language] or not noun.isalpha() or not noun.islower():
        return after
    return after[: after.rstrip().rfind(words[-2])].rstrip()


_NOUN_AGENT = {
    "it": re.compile(
        r"(?<=\w)\s+[a-zàèéìòù]+(?:at|it|ut)[oaie]\s+(?:da|dal|dallo|dalla|dai|dagli|dalle"
        r"|dall’)\s"
    ),
    "en": re.compile(r"(?<=\w)\s+[a-z]+ed\s+by\s"),
}


def _verb_at(toks: list[Token], offset: int, language: str) -> bool:
    """Whether the verb of the clause starts right at `offset`, after the date: 'The council
    on Monday | approved the plan', 'Il consiglio il 3 maggio | ha approvato il piano'."""
    k = index_at(toks, offset)
    if k >= len(toks):
        return False
    t = toks[k]
    return t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))


_INFINITIVE_MARKS = {"it": frozenset("a ad da di".split()), "en": frozenset({"to"})}
_CLITIC_ENDINGS = ("la", "lo", "li", "le", "ne", "si", "ci", "vi", "gli")


# An hour between commas right after the date: the date's clause goes on after it.
_HOUR_BETWEEN_COMMAS = {
    "it": re.compile(
        r",\s*(?:poco\s+)?(?:prima\s+|dopo\s+)?(?:le|alle|verso le|intorno alle)\s+"
        r"(?:ore\s+)?\d{1,2}(?:[.:]\d{2})?\s*,\s*"
    ),
    "en": re.compile(
        r",\s*(?:shortly\s+)?(?:before\s+|after\s+|at\s+|around\s+|about\s+)?\d{1,2}"
        r"(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*,\s*"
    ),
}


def _clause_comma(toks: list[Token], k: int) -> bool:
    """Whether token `k` is a comma of the clause, not one inside a name that lists capitalised
    words up to 'and' ('the Union of Rail, Maritime and Transport Workers')."""
    if toks[k].text != ",":
        return False
    if not (0 < k < len(toks) - 1 and toks[k - 1].text[:1].isupper()):
        return True
    j = k + 1
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    return not (
        j > k + 1 and j + 1 < len(toks) and toks[j].low in _AND and toks[j + 1].text[:1].isupper()
    )


def _infinitive_of_noun(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb found is an infinitive after its mark, as of a noun ('i primi vini a
    ottenerla', 'the first club to win it'): a clause of no tense."""
    if toks[verb - 1].low not in _INFINITIVE_MARKS[language]:
        return False
    word = toks[verb].low
    if language == "en" or word.endswith(_INFINITIVE_ENDINGS):
        return True
    for clitic in _CLITIC_ENDINGS:  # "ottenerla", "darne": the infinitive lost its last "e"
        if word.endswith(clitic) and word[: -len(clitic)].endswith(("ar", "er", "ir", "rr")):
            return True
    return False


# More words that make the participle after them a verb of the clause: an infinitive
# auxiliary ('potranno essere presentate', 'can be made') or a verb that takes a participle
# as its complement ('resterà chiuso'). After an article a participle's form is a noun:
# 'dalla giunta'.
_PARTICIPLE_CHAIN = _ESSERE_FORMS | frozenset("essere venire be get remain remains stay".split())


_ELIDED = re.compile(r"^(?:il|lo|la) ([aeiouàèéìòù])", re.IGNORECASE)


def _owned_by_entry(np: str, s: Sentence, doc: Document) -> str | None:
    """A noun phrase with its possessive said by the owner's name, the article elided where
    the possessive left it before a vowel: 'il suo emissario' -> 'l’emissario di ...'."""
    owned = resolve_possessive(np, s, doc)
    return None if owned is None else _ELIDED.sub(r"l’\1", owned)


def _entry_owns_subject(
    clause: str, toks: list[Token], verb: int, s: Sentence, doc: Document
) -> tuple[str, int] | None:
    """In an entry, an Italian subject owned by 'suo'/'sua'/'suoi'/'sue' is the entry's: 'le
    sue rive furono teatro ...' -> 'le rive del lago Trasimeno furono teatro ...'; so is an
    English one that opens with 'its': 'Its settlement was passed into law' -> 'Te Kawerau
    ā Maki’s settlement was ...' ('his', 'her': whose, out of context?). The clause with the
    owner named, and how much longer it got; None for any other owner."""
    if s.entry is None or verb < 2:
        return None
    if doc.language == "en":
        owner = 0 if toks[0].low == "its" else None
    elif toks[0].low not in ARTICLES["it"] or toks[1].low not in POSSESSIVES["it"]:
        owner = None
    elif not s.entry.definite and " " in s.entry.phrase:
        owner = None  # "Lago Trasimeno" wants an article the entry does not give: "del lago"
    else:
        owner = 1
    if owner is None or any(t.low in _POSSESSIVES for t in toks[owner + 1 : verb]):
        return None
    subject = clause[: toks[verb - 1].end]
    owned = _owned_by_entry(subject, s, doc)
    if owned is None:
        return None
    return owned + clause[len(subject) :], len(owned) - len(subject)


# Words that give the date as an example of the clause, no time of it: "come nel 1669", "as in
# 2019", "like in 2010".
_EXAMPLE = frozenset("come as like".split())


# Adverbs that single out the date, not the event: "fu approvato soltanto nel 2020", "reopened
# only in 2009". The question asks the event, without them ("When did the line reopen?").
_FOCUS = frozenset("only solo soltanto solamente".split())
_NOT = frozenset("not non".split())


_ROUGH_ADVERBS = {"it": frozenset(), "en": frozenset({"late", "early"})}


def _without_rough_adverb(before: str, language: str) -> str:
    """'met late' + 'on Monday' -> 'met': the adverb says roughly when in the day, with the
    date; a question without the date leaves it out."""
    words = before.rsplit(None, 1)
    if len(words) == 2 and words[1] in _ROUGH_ADVERBS[language]:
        return words[0].rstrip(" ,")
    return before


def _without_focus(before: str) -> str | None:
    """The words before a date without an adverb that singles the date out ('approvato
    soltanto' -> 'approvato'); None after 'not only', 'non solo': one date of more."""
    head, _, last = before.rpartition(" ")
    if last.lower() not in _FOCUS or " " not in head.strip():
        return before
    if head.rpartition(" ")[2].lower() in _NOT:
        return None
    return head.rstrip()


def _predicative_participle(words: list[str], language: str) -> bool:
    """Whether the participle that ends `words` is the predicate of a passive just before it,
    no noun's: 'La Cantina fu dichiarata | fallita', 'was declared | extinguished' is no 'la
    Legione istituita'; the clause is asked whole ('Quando fu dichiarata fallita la
    Cantina?')."""
    if len(words) < 3:
        return False
    passive, chain = words[-2].lower(), words[-3].lower()
    return (
        is_participle(passive, language)
        and passive.isalpha()
        and (chain in _VERB_CHAIN or chain in _PARTICIPLE_CHAIN or chain in AUXILIARIES[language])
    )


# What stands before a participle that is an adjective of the noun after it: "the first
# franchised buses are expected", "its newly built stand was opened" (no verb of the clause).
_ATTRIBUTIVE_BEFORE = frozenset(
    "the a an its their his her our this these those first second third last next new".split()
)
_CLAUSE_BREAKS = frozenset(",;:()–—") | frozenset("that which who whose whom and but".split())


def _clause_verb(toks: list[Token], language: str) -> int | None:
    """The clause's main verb, but past an English participle between a determiner and its
    noun that the verb comes after ('The first franchised buses are expected' -> 'are', not
    'franchised': 'When did the first franchise buses are expected?'; 'The first recorded
    race up Ben Nevis took place' -> 'took')."""
    verb = main_verb(toks, language)
    if language != "en" or verb is None or verb == 0 or verb + 2 >= len(toks):
        return verb
    if toks[verb - 1].low not in _ATTRIBUTIVE_BEFORE or not toks[verb + 1].text.islower():
        return verb
    if toks[verb + 1].low in STOPWORDS["en"] or not toks[verb].low.endswith("ed"):
        return verb
    for k in range(verb + 2, len(toks)):
        if toks[k].low in _CLAUSE_BREAKS:
            return verb
        if toks[k].low in AUXILIARIES["en"]:
            return k  # "are expected"
        after_noun = (
            toks[k - 1].low not in PREPOSITIONS["en"] and toks[k - 1].low not in ARTICLES["en"]
        )
        if after_noun and toks[k].text.islower() and is_finite(toks[k].text, "en"):
            return k  # "took place"; not "the hill of fell running"
    return verb


# Verbs that set a time for what their object says: the date is when the object is due, not
# when the verb happened ('Il progetto iniziale prevedeva l’apertura nel marzo 2025' asks
# 'Per quando ...?', not 'Quando il progetto iniziale prevedeva l’apertura?').
_PLANNING = {
    "it": frozenset("prevedere programmare pianificare".split()),
    "en": frozenset("plan envisage envision foresee project".split()),
}


def _plans(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb at `verb`, or the participle its auxiliary opens ('ha programmato'),
    is one of _PLANNING."""
    if toks[verb].low in AUXILIARIES[language] and verb + 1 < len(toks):
        verb += 1
    return lemma(toks[verb].low, language) in _PLANNING[language]


_IT_STATE_COPULAS = frozenset("è sono era erano sarà saranno".split())


def _state_last(clause: str) -> str | None:
    """An Italian clause that ends on a copula and a state ('la seconda esercitazione è in
    programma') asked with the subject after it, as italian_verb_last does after a verb:
    'Quando è in programma la seconda esercitazione?'. None when it ends otherwise, or the
    subject is no plain one (a comma, a relative)."""
    toks = tokens(clause)
    if len(toks) < 4 or toks[-3].low not in _IT_STATE_COPULAS:
        return None
    if not _state_phrase(toks[-2:], "it"):
        return None
    subject = toks[:-3]
    if any(
        t.text in _STOPS or t.low in {"che", "cui"} or t.low in _IT_STATE_COPULAS for t in subject
    ):
        return None
    if main_verb(subject, "it") is not None:
        return None
    return f"{clause[toks[-3].start :]} {clause[: toks[-3].start].strip()}"


# "Also"/"anche" after the subject points at something the sentence before said: the card
# shows one sentence ("Since when has the array also paid ...?", "Da quando il granchio blu ha
# anche un indirizzo ...?"). Not "anche se", a clause of its own.
_ALSO = {
    "it": re.compile(r"(?<=\S)\s+anche(?=\s+(?!se\b))"),
    "en": re.compile(r"(?<=\S)\s+also(?=\s)"),
}


def _without_also(clause: str, language: str) -> str:
    return _ALSO[language].sub("", clause, count=1)


def _common_phrase(name: str, language: str) -> bool:
    """Whether an entry's name is a common phrase in sentence case ('Bus franchising'): its
    words after the first are in small letters and the first is a plain word ('Bee Network',
    'ANAC', 'Lithium' keep theirs: one word alone may be a name). Italian headings write names
    so too ('Codice della protezione civile'): English only."""
    words = name.split()
    return (
        language == "en"
        and len(words) >= 2
        and words[0][1:].islower()
        and all(w.islower() for w in words[1:])
    )


def _entry_case(clause: str, s: Sentence, language: str) -> str:
    """A clause opening with the entry's name as its heading writes it, in small letters when
    the name is a common phrase ('When was bus franchising introduced ...?')."""
    name = s.entry.phrase if s.entry is not None else ""
    if not clause.startswith(name) or not _common_phrase(name, language):
        return clause
    return clause[:1].lower() + clause[1:]


# A word before a year that makes it rough, which the date's answer leaves out; and the
# dashes that open an aside.
_ROUGHLY = frozenset("around about circa c. approximately roughly intorno verso".split())
_ASIDE_DASHES = (" — ", " – ")


# "The last time the doors stood open, in January 2020, nobody imagined ...": a clause of
# time, no subject ("When did the last time the doors stand open?").
_TIME_CLAUSE = re.compile(
    r"(?:the|l’|la) (?:last|first|next|only|ultima|prima|unica) (?:time|volta)\b", re.IGNORECASE
)


# An apposition set off after a subordinate clause's subject, its verb after it: ", Humberside
# Building Group, went into administration". Cut at the first comma, the clause would lose its
# verb ("When did work stop after the original contractor?"): it goes whole.
_VERB_PAST_APPOSITION = re.compile(r",\s+[^,;:()]{1,60},\s+(?P<verb>[a-z]+)\b")
_SUBORDINATORS = {
    "it": frozenset("dopo prima quando mentre perché finché".split()),
    "en": frozenset("after before when while because until since once".split()),
}


def _before_subordinator(after: str, language: str) -> str:
    """The words after a date up to a subordinator that opens a clause there ('for nine months
    in 2023 | after the original contractor'); all of them when there is none."""
    words = after.split(" ")
    for k, word in enumerate(words):
        if word.lower() in _SUBORDINATORS[language]:
            return " ".join(words[:k])
    return after


_INSTRUMENT = frozenset("con col mediante by under with".split())


def _instrument_of_verb(toks: list[Token], language: str) -> bool:
    """Whether the noun a date is 'of' names the means the verb was done by, right after it
    with no verb of its own between ('furono istituiti con la legge n. 1034 del 6 dicembre
    1971', 'was fixed at nine by the Judiciary Act of 1869'): that noun's date is the verb's.
    Otherwise ('rientra nel programma avviato con un decreto del 2020') it is the noun's only."""
    verb = main_verb(toks, language)
    if verb is None:
        return False
    end = verb + 1
    while end < len(toks) and (toks[end].low in _CHAIN or is_participle(toks[end].text, language)):
        end += 1
    rest = toks[end:]
    if not any(t.low in _INSTRUMENT for t in rest):
        return False
    return not any(
        t.text.islower() and (is_participle(t.text, language) or is_finite(t.text, language))
        for t in rest
    )


def _noun_in_state(words: list[str], language: str) -> bool:
    """Whether `words` end on a noun and a bare 'in' phrase of a state ('gli spazi in uso',
    'the rooms in use'): a date after it says since when the noun is so, not when the verb
    did anything. A verb before 'in' keeps the date ('gioca in casa', 'è entrato in
    funzione')."""
    if len(words) < 4 or words[-2].lower() != "in" or not words[-1].isalpha():
        return False
    noun = words[-3]
    if not words[-1].islower() or not noun.isalpha() or not noun.islower():
        return False
    low = noun.lower()
    if low in _CHAIN or low in _PARTICIPLE_CHAIN or low in AUXILIARIES[language]:
        return False
    if language == "it" and _IT_INFINITIVE.search(low):
        return False  # "dovrebbe entrare in funzione entro ..."
    return not (is_finite(noun, language) or _participle(noun, language) or _is_adverb(low))


def _participle_before_place(toks: list[Token], language: str) -> int | None:
    """_participle_before at the end of `toks`, with a name allowed in the complement after its
    preposition ('introdotti in Italia', 'restored in Florence')."""
    p = _participle_before(toks, len(toks), language)
    k = len(toks) - 1
    while p is None and k > 1 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k -= 1  # "in Italia", "a San Marino": the name goes, its preposition stays
        if toks[k].low in PREPOSITIONS[language] or toks[k].low in ARTICULATED:
            p = _participle_before(toks, k, language)
            break
    return p


def _noun_participle_end(before: str, language: str) -> int | None:
    """Where a participle ends that follows a noun after the main verb and a short complement
    of it comes between it and the date ('i nuovi farmaci introdotti | in Italia | nel 2016',
    'sensors installed | in the spring of'): the date is that participle's. None otherwise."""
    toks = tokens(before)
    p = _participle_before_place(toks, language)
    if p is None or p >= len(toks) - 1 or p < 2:
        return None
    if all(
        t.low in PREPOSITIONS[language] or t.low in ARTICULATED or t.low in _CLAUSE_PREPS
        for t in toks[p + 1 :]
    ):
        return None  # "convocata per | il 14 aprile": the date's own preposition, no complement
    previous = toks[p - 1].low
    if previous in _CHAIN or previous in _PARTICIPLE_CHAIN or previous in ARTICLES[language]:
        return None
    if previous in _AND or toks[p].low in _EXPECTED:
        return None  # "... and adopted its name", "un convegno previsto a Reggio": the verb's
    opener = toks[p + 1].low
    if opener not in PREPOSITIONS[language] and opener not in ARTICULATED:
        return None  # "adopted | its current name": an object, a verb's past
    if previous in ARTICULATED or previous.endswith(("’", "'")) or not toks[p - 1].text.isalpha():
        return None
    verb = main_verb(toks, language)
    if verb is None or verb >= p - 1:
        return None
    return toks[p].end


_AND_END = re.compile(r"\s(?:e|ed|and)$", re.IGNORECASE)


def _conjunct_after_date(before: str, after: str, language: str) -> tuple[str, str] | None:
    """A date set off by commas after 'and'/'e' is the next verb's, which shares the sentence's
    subject: 'The council has 40 members and, since 2015, has been led by a mayor' -> ('The
    council', ' has been led by a mayor'). None when no verb follows or the first clause has no
    plain subject."""
    rest = after.lstrip()[1:].strip()
    toks = tokens(rest)
    if not toks:
        return None
    first = toks[0]
    if not (
        first.low in AUXILIARIES[language]
        or first.low in IT_CLITICS
        or first.text.islower()
        and is_finite(first.text, language)
    ):
        return None
    btoks = tokens(before)
    verb = main_verb(btoks, language)
    if not verb:
        return None
    if btoks[verb - 1].low in IT_CLITICS:
        verb -= 1  # "il museo si trova ...": the clitic is the first verb's
    subject = before[: btoks[verb].start].strip()
    if not subject or any(t.text in _CLAUSE_STOPS for t in btoks[:verb]):
        return None
    return subject, f" {rest}"


_LONGEST_BARE_SUBJECT = 4  # words: "builders in the city"


def _bare_plural_subject(toks: list[Token], language: str) -> bool:
    """Whether a clause opens with a plural noun and no article, its verb a few words on:
    'builders will no longer be able to ...', 'i residenti potranno ...' (after a date that
    opens the sentence: 'From 1 January 2027, builders will ...')."""
    if len(toks) < 3 or not toks[0].text.isalpha() or not toks[0].text.islower():
        return False
    first = toks[0].low
    if len(first) < 4 or first in STOPWORDS[language] or first in IT_CLITICS:
        return False
    if is_finite(first, language) or is_participle(first, language):
        return False
    if not first.endswith("s" if language == "en" else ("i", "e")):
        return False
    verb = main_verb(toks, language)
    return verb is not None and 0 < verb <= _LONGEST_BARE_SUBJECT and toks[verb].text.islower()


def _clause_question(s: Sentence, span: DateSpan, doc: Document) -> str | None:
    language = doc.language
    text = s.text
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    named = 0  # the length of the entry's name when it replaces "It", "The city", "Crebbe"
    if s.entry is not None:
        # "It entered into force on ...": in an entry, the pronoun is the entry.
        explicit = explicit_subject(text, s, language)
        if explicit != text:
            shift = len(explicit) - len(text)
            named = len(s.entry.phrase)
            text = explicit
            span = replace(
                span,
                start=span.start + shift,
                value_start=span.value_start + shift,
                end=span.end + shift,
            )
            first = ""
    opens_pp = first in PREPOSITIONS[language] or first in ARTICULATED
    if first in ADVERBIALS[language] or opens_pp and span.start > 12:
        return None  # opens with an adverbial: no clean subject to ask about
    if span.prep in _OF_DATE and any(
        t.low in _EVENT_NOUNS for t in tokens(text[: span.start])[-4:]
    ):
        return None  # "ricordano l’alluvione del 1966": the date is the event's, not the verb's
    if (
        span.prep in _OF_DATE
        and text[span.start : span.value_start].strip().lower() == span.prep  # no "mezzanotte del"
        and not _instrument_of_verb(tokens(text[: span.start]), language)
    ):
        return None  # "il concerto del 18 dicembre sarà affidato": the noun's date, not the verb's
    if span.start > 12:
        toks = tokens(text)  # cached: cheap checks before building the clause
        at = index_at(toks, span.start)
        if not starts_with_subject(toks, language):
            return None
        if main_verb(toks, language, stop=at) is None and (
            "," in text[: span.start] or not _verb_at(toks, span.end, language)
        ):
            return None  # the verb after the date needs a plain subject before it
    lead = _LEAD.match(text[: span.start])
    leading = lead is not None and text[span.end : span.end + 1] == ","
    if leading:
        before, after = "", text[span.end + 1 :].strip()
    else:
        before, after = text[: span.start].rstrip(" ,"), text[span.end :]
        before = _unreported(before, language)
        focused = _without_focus(before)
        if focused is None:
            return None  # "not only in 2009 but ...": the date is one of more
        before = _without_rough_adverb(focused, language)
        if _reports_clause(before, language):
            return None  # "... and said the total had passed €62,000 | by Thursday": whose?
        if _AND_END.search(before) and after.lstrip().startswith(","):
            shared = _conjunct_after_date(before, after, language)
            if shared is None:
                return None  # "... and, since 2019, it has opened": a clause of its own
            before, after = shared
        if before.split()[-1:] and before.split()[-1].lower() in _ROUGHLY:
            return None  # "in around 1191": the answer would leave "around" in the question
        if sum(before.count(dash) for dash in _ASIDE_DASHES) % 2:
            return None  # "its ban — a prohibition placed on the forest in 2017 —": the aside's
        as_what = _AS_WHAT.match(after) if span.prep in {"", "il", "l’"} else None
        if as_what and not _as_planned(as_what.group(1), language):
            # "has set Monday, November 4, as the deadline": the date is the object (but "il 4
            # novembre, come previsto" is when it happened)
            return None
        if _THAT_NEXT.match(after) and before:
            said = before.rsplit(None, 1)[-1]
            if is_finite(said, language) or is_participle(said, language):
                return None  # "ha detto martedì che ...": what was said is the verb's object
        hour = _HOUR_BETWEEN_COMMAS[language].match(after)
        if hour is not None:  # "sabato 12 luglio, poco dopo le 17, sulle colline ...": the
            after = " " + after[hour.end() :]  # complement goes on after the hour
        cut = _CLAUSE_END.search(after)
        verb_past = _VERB_PAST_APPOSITION.match(after, cut.start()) if cut else None
        if cut is not None and verb_past and is_finite(verb_past.group("verb"), language):
            after = _before_subordinator(after[: cut.start()], language)
        else:
            after = after[: cut.start()] if cut else after
        if after.split()[-1:] and after.split()[-1].lower() in _SUBORDINATORS[language]:
            after = " ".join(after.split()[:-1])  # "dopo | che la ditta ...": cut at "che"
        next_word = after.split(None, 1)[0] if after.strip() else ""
        if next_word.islower() and is_finite(next_word, language):
            if main_verb(tokens(before), language) is not None:
                return None  # "A survey carried out on Tuesday found ...": two verbs, whose date?
        if "," in before:
            segment = before.rsplit(",", 1)[1].split()
            if segment and segment[0].lower() in ARTICLES[language]:
                return None  # ", a UNESCO site since 2000": the date is the apposition's
            if (
                segment
                and segment[0].lower() in _WITH
                and not text[: span.start].rstrip().endswith(",")
            ):
                return None  # ", with the first results expected in 2027": the results'
            if _infinitive_phrase(segment, language):
                return None  # "il piano vale 190 miliardi, da spendere entro il 2026"
            if len(segment) == 1 and is_participle(segment[0], language):
                return None  # "..., il più antico osservatorio, fondato nel 1841": the same
            while len(segment) > 1 and segment[0].lower() in _THEN:
                segment = segment[1:]  # ", poi rifondata come Neapolis nel 470 a.C.": the same
            if language == "it" and segment and _participle(segment[0], language):
                # "la legge Rossi, entrata in vigore nel 2025": the phrase's (an English past
                # is a participle in form: "Orla Keane, 34, entered the water")
                return None
            if (
                language == "en"
                and segment
                and segment[0].islower()
                and is_participle(segment[0], language)
                and main_verb(tokens(before.rsplit(",", 1)[0]), language) is not None
            ):
                return None  # "is caused by the Hendra virus, identified in 1994": the virus's
        words = before.split()
        if len(words) >= 2 and is_participle(words[-1], language) and words[-1].islower():
            previous = words[-2].lower().strip(",")
            if previous in ARTICULATED and language == "it":
                return None  # "estendere il test ai nati nel 1968": a cohort, the noun's date
            if (
                previous not in _CHAIN
                and previous not in _PARTICIPLE_CHAIN
                and previous not in ARTICLES[language]
                and previous not in ARTICULATED
                and not previous.endswith(("’", "'"))
                and not _predicative_participle(words, language)
            ):
                # "la Legione istituita nel 1774": the date is the noun's, asked about it.
                past = _english_past(before, text[span.end :], language)
                return past or _noun_participle_question(before, span, doc)
        if _noun_in_state(before.split(), language):
            return None  # "sostituisce gli spazi in uso dal 1987": how long the rooms were in use
        noun_participle = _noun_participle_end(before, language)
        if noun_participle is not None:
            # "usano i farmaci introdotti in Italia nel 2016": the participle's date, with a
            # complement between them
            return _noun_participle_question(before[:noun_participle], span, doc)
        agent = _AGENT_TAIL[language].search(before)
        head = before[: agent.start()].split() if agent else []
        if (
            agent
            and is_participle(head[-1], language)
            and not (len(head) > 1 and head[-2].lower() in _CHAIN)
        ):
            # "la decisione emessa dal Tribunale il 9 febbraio": the same, with its agent
            return _noun_participle_question(before[: agent.start()], span, doc)
        before = _TRAILING_AND.sub("", before)  # "... d’arte e, dal 1980, ...": cut at "e"
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last in _EXAMPLE:
            return None  # "hanno raggiunto i centri abitati, come nel 1669": one time of more
        if last in PREPOSITIONS[language] or last in _CLAUSE_PREPS:
            # "convocata per il 2 luglio": the date is not when it happened, but when it is due.
            return _scheduled_question(before, doc) if last in _SCHEDULE_PREPS else None
        if _COORDINATED.match(after):
            after = ""
        after = _first_conjunct(after, language)
        agent = _NOUN_AGENT[language].search(after)
        if agent is not None and after[: agent.start()].rsplit(None, 1)[-1].lower() not in _CHAIN:
            after = after[: agent.start()]  # "... del Nabucco firmato dal regista X": the noun's
            after = _without_bare_noun(after, language)
        if last in _DATES_BACK and not after.strip():
            subject = before.rsplit(None, 1)[0] if " " in before.strip() else ""
            subject = _lower_initial(subject, doc)
            if s.entry is not None and fold(s.entry.name) not in fold(subject):
                subject = f"{subject} {of_phrase(lower_first(s.entry.phrase), language)}"
            if subject and language == "it":
                return render("it", "date_noun", verb=last, np=lower_first(subject))
    conjunct = _last_conjunct(before, language, named)
    if conjunct is None:
        return None
    before = conjunct
    clause = squash(f"{before} {after}").rstrip(" .!?")
    if not clause or any(len(q.split()) > 5 for q in _QUOTED.findall(clause)):
        return None  # a quotation is not a clause to ask about; a short title is fine
    if clause.count(", ") > 1:
        clause = _named_subject(clause, language)
    clause = _drop_parenthetical(clause, language)
    clause = _ordinal_definite(clause)
    # A quotation left after the asides go is no clause to ask about ("The Corsair, which was
    # damaged in the "Cod War", is due to return ..." asks without the aside)
    if clause.count("“") != clause.count("”") or '"' in clause:
        return None
    if ": «" in clause or ": “" in clause:
        return None  # "I ricercatori: «Entro il 2060 potrebbe ...»": a quotation, no clause
    placed = False  # "there" said as the entry's name: the entry owns nothing more
    if _THERE_IN[language].search(clause):
        named_place = _there_as_entry(clause, s, language)
        placed = named_place is not None
        clause = named_place or _without_there(clause, language) or ""
    toks = tokens(clause)
    if _TIME_CLAUSE.match(clause) or not (
        starts_with_subject(toks, language) or leading and _bare_plural_subject(toks, language)
    ):
        return None
    verb = _clause_verb(toks, language)
    if verb is None or verb == 0 or any(_clause_comma(toks, k) for k in range(verb)):
        return None
    if language == "en" and any(
        toks[k - 1].low.endswith("s") and _verb_before_article(toks, k, language)
        for k in range(1, verb)
    ):
        return None  # "The plan mirrors the scheme introduced ...": a present in -s the lexicon
        # takes for a plural noun, and the participle after its object for the verb
    if _infinitive_of_noun(toks, verb, language):
        return None  # "I primi vini a ottenerla, nel 1980, furono ...": no verb of its own
    if any(
        t.low in _RELATIVES or t.low in _RELATIVE_SUBJECTS for t in toks[max(0, verb - 2) : verb]
    ):
        return None
    after_verb = verb + 1
    if after_verb + 1 < len(toks) and toks[after_verb].low in _CHAIN_ADVERBS:
        after_verb += 1  # "was finally opened"
    nxt = toks[after_verb].text if after_verb < len(toks) else ""
    if toks[verb].low in _COPULAS and not is_participle(nxt, language):
        if not _copula_holds(toks, after_verb, index_at(toks, len(before)), doc):
            return None
    chain_end = verb + 1
    while chain_end < len(toks) and toks[chain_end].low in _VERB_CHAIN:
        chain_end += 1
    if chain_end < len(toks) and toks[chain_end - 1].low in {"stato", "stata", "been"}:
        if toks[chain_end].low in ARTICLES[language] or toks[chain_end].low.endswith("’"):
            return None  # "è stato un egittologo, direttore ... dal 1894": a copula
    date_at = index_at(toks, len(before))
    if any(t.low in _POSSESSIVES for t in toks[:verb]):
        owned = _entry_owns_subject(clause, toks, verb, s, doc)
        if owned is None:
            return None  # "Le sue origini risalgono", "Its headquarters": whose, out of context?
        clause, shift = owned
        toks = tokens(clause)
        date_at = index_at(toks, len(before) + shift)
        verb = _clause_verb(toks, language) or verb
    if any(
        toks[k].low in _SUBORDINATE and toks[k - 1].low not in ARTICLES[language]
        for k in range(verb + 1, date_at)
    ):
        return None  # but "per la prima volta": after an article, "prima" is an adjective
    clause = drop_titles(clause, doc)
    clause = _entry_case(clause, s, language) if named else _lower_initial(clause, doc)
    if named and s.entry is not None and fold(clause).count(fold(s.entry.phrase)) > 1:
        return None  # "It ... was renamed Tasmania in 1856": not "When was Tasmania renamed
        # Tasmania?", the entry had another name then
    if s.entry is not None and not placed:
        clause = _with_owner(clause, s, language)
    if len(tokens(clause)) > _LONGEST_CLAUSE:
        clause = _without_purpose(clause, language) or ""
        if not clause:
            return None
    clause = _without_also(clause, language)
    vtoks = tokens(clause)
    v = _clause_verb(vtoks, language)
    planned = v is not None and _plans(vtoks, v, language)
    if planned and span.prep not in _SINCE:  # "entro il 2030" asks "Entro quando ...?" still
        if language == "en":
            return None  # "When did the plan foresee the opening?": when the plan was made?
        question = render("it", "date_clause", clause=lower_first(clause))
        return f"Per {question[:1].lower()}{question[1:]}"
    if language == "it":
        clause = _state_last(lower_first(clause)) or italian_verb_last(lower_first(clause))
        return render("it", "date_clause", clause=clause)
    if v is None:
        return None
    words = clause.split()
    idx = next((k for k, w in enumerate(words) if w.strip(",") == vtoks[v].text), None)
    if idx is None:
        return None
    inverted = _have_question(words, idx, span.prep in _SINCE_PREPS)
    if inverted is None:
        inverted = english_question_clause(words, idx)
    if not inverted:
        return None
    if s.entry is not None:
        # "When did the WHO declare it a pandemic?": in an entry, "it" is the entry.
        inverted = re.sub(r"(?<=\s)it(?=\s|$)", s.entry.name, inverted, count=1)
    return render("en", "date_clause", clause=inverted)


# Adjectives after a copula that aim a verb at a time: "is due to open in 2027".
_AIMED = frozenset("due likely unlikely set poised scheduled expected".split())


def _copula_holds(toks: list[Token], predicate: int, date_at: int, doc: Document) -> bool:
    """Whether a copula's predicate before the date at token `date_at` can be asked with it:
    'is due to return to public view | in 2027' (a verb aimed at the date: 'When is the ship
    due to return to public view?') or a title, a name after the copula ('was the UK City of
    Culture | in 2017', 'fu Capitale europea della cultura'): 'When was Hull the UK City of
    Culture?'. A plain noun ('was a farmer in 1990') says no event, nor does a person's name
    ('The winner was Tom Lee in 2017'): an English title takes its article."""
    language = doc.language
    if _state_phrase(toks[predicate:date_at], language):
        return True
    if predicate + 1 >= date_at:
        return False
    if language == "en" and toks[predicate].low in _AIMED and toks[predicate + 1].low == "to":
        # "due to | return ... | in 2027", the date in the aimed verb's own phrase (not "due
        # to begin next spring, with the first spirit running ... in 2027"); "due to the
        # strike" is a cause, no verb
        aimed = toks[predicate + 2].low
        if aimed != "be" and aimed in ARTICLES[language] | STOPWORDS[language]:
            return False  # but "due to be served": a passive
        return predicate + 2 < date_at and not any(
            t.text in _CLAUSE_STOPS or t.low.endswith("ing") for t in toks[predicate + 2 : date_at]
        )
    first = predicate + 1 if toks[predicate].low in ARTICLES[language] else predicate
    if toks[first].low in _INDEFINITE or first >= date_at or not toks[first].text[:1].isupper():
        return False
    if language == "en" and first == predicate:
        return False  # "was Tom Lee in 2017": a name, no title
    name = " ".join(t.text for t in toks[first:date_at])
    if doc.person(name) is not None:
        return False
    return all(
        t.text[:1].isupper() or t.low in _OF_WORDS or t.low in _OF_ARTICLES or t.low == "d’"
        for t in toks[first:date_at]
    )


# Prepositions of a state a copula puts its subject in: "è in programma", "è in vigore", "is
# on display", "has been in force".
_STATE_PREPS = {"it": frozenset({"in"}), "en": frozenset({"in", "on", "under"})}


def _state_phrase(predicate: list[Token], language: str) -> bool:
    """Whether a copula's predicate before a date is a state said by a preposition and a bare
    noun ('in programma', 'in vigore', 'on display', 'in force'): the date is when the subject
    is in it ('Quando è in programma il concerto?', 'Until when is the exhibition on
    display?'). Not a place ('in Liverpool', 'in the harbour'): a name or an article."""
    if len(predicate) != 2 or predicate[0].low not in _STATE_PREPS[language]:
        return False
    noun = predicate[1]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in STOPWORDS[language]
        and noun.low not in ARTICLES[language]
        and noun.low not in MONTH_WORDS
    )


_LONGEST_CLAUSE = 24  # tokens; a longer question is hard to read
# A purpose clause after the object: "per ridurre i conflitti ...", "to build a new bridge ...".
_PURPOSE = {
    "it": re.compile(r"\s(?:per|al\s+fine\s+di)\s(?P<verb>[a-zà-ù]{4,})\b"),
    "en": re.compile(r"\s(?:in\s+order\s+)?to\s(?P<verb>[a-z]{3,})\b"),
}
# Words after "to" that open no infinitive: "to the station", "to all vehicles".
_NOT_INFINITIVES = frozenset(
    """the a an this that these those its their his her our your my all each every some any
    more most date""".split()
)


def _infinitive(word: str, language: str) -> bool:
    """'ridurre', 'ridurli', 'farne'; 'build' (no plural or past after 'to')."""
    if language == "it":
        return (
            word.endswith(("are", "ere", "ire", "rre"))
            or word[:-2].endswith(("ar", "er", "ir", "rr"))
            and word.endswith(("lo", "la", "li", "le", "ne", "si", "ci", "vi"))
        )
    return word not in _NOT_INFINITIVES and not word.endswith(("s", "ed", "ing"))


def _without_purpose(clause: str, language: str) -> str | None:
    """A clause too long to ask with its purpose clause left out, when that makes it short
    enough: 'La Regione ha approvato un piano da 2 milioni di euro per ridurre i danni delle
    piene sulla costa del Cilento' -> 'La Regione ha approvato un piano da 2 milioni di euro'.
    The purpose is an adjunct: the question without it asks the same event."""
    toks = tokens(clause)
    verb = main_verb(toks, language)
    if verb is None:
        return None
    for m in _PURPOSE[language].finditer(clause, toks[verb].end):
        if not _infinitive(m.group("verb"), language):
            continue
        kept = clause[: m.start()].rstrip(" ,")
        shortened = len(tokens(kept))
        # the verb keeps a complement of two words at least: "approvato | un piano"
        if verb + 2 < shortened <= _LONGEST_CLAUSE:
            return kept
        return None
    return None


# What "had" owns when it is the main verb: "had a population of", "had 400 members".
_OWNED_OPENERS = frozenset("a an the some no its their his her".split())
_ABOUT = frozenset("about around over nearly almost only more".split())  # before a figure only
_HAVE_PRESENT = frozenset({"has", "have"})
# Words after "has"/"had" that leave it an auxiliary: "had been", "has long paid", "had not".
_AUXILIARY_NEXT = _CHAIN_ADVERBS | frozenset(
    "been not never already also just long now recently since still yet once ever twice".split()
)


def _owns(words: list[str], idx: int) -> bool:
    """Whether 'has'/'have'/'had' at `idx` is the main verb, what it owns after it: 'had debts
    of', 'has 40 rooms', 'had a population', 'had to close'; not 'had nearly doubled', 'has
    been', 'had agreed', 'has sat' (a participle after it makes it an auxiliary)."""
    if words[idx].lower() not in _HAVE_FORMS or idx == 0 or idx + 2 >= len(words):
        return False
    owned, then = words[idx + 1].lower(), words[idx + 2].lower()
    if owned in _OWNED_OPENERS or owned[:1].isdigit() or owned == "to":
        return True
    if owned in _ABOUT:
        return then[:1].isdigit() or then == "than"
    # Otherwise a plural noun only ("had debts", "has plans"): a word the verb lists do not
    # know may be a participle ("has sat").
    return (
        owned.isalpha()
        and words[idx + 1][:1].islower()
        and owned.endswith("s")
        and lemma(owned, "en") != owned
        and owned not in _AUXILIARY_NEXT
        and not is_participle(owned, "en")
        and not is_finite(owned, "en")
    )


def _have_question(words: list[str], idx: int, since: bool) -> str | None:
    """'The club had 400 members' -> 'did the club have 400 members': 'had' owning a thing
    is no auxiliary ('When had the club 400 members?'); 'had nearly doubled' is one. 'Since
    2015 the museum has 40 rooms' -> 'has the museum had 40 rooms' ('Since when has the museum
    40 rooms?' is no English); the present without 'since' asks no date of the past: ''."""
    if not _owns(words, idx):
        return None
    subject = lower_first(" ".join(words[:idx]))
    rest = " ".join(words[idx + 1 :])
    if words[idx].lower() in _HAVE_PRESENT:
        return squash(f"{words[idx].lower()} {subject} had {rest}") if since else ""
    return squash(f"did {subject} have {rest}")


# A year naming the noun of an adjunct, "at the 2021 census", "in the 2019 election": the
# noun's year, no date of what the clause says (but the object's year dates the verb: "hosted
# the 1986 summit").
_THE_YEAR = re.compile(r"\b(?:at|in|during|after|before|of|from)\s+the\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _year_of_noun(text: str, span: DateSpan, language: str) -> bool:
    return (
        language == "en"
        and span.is_year
        and not span.prep
        and _THE_YEAR.search(text, max(0, span.start - 12), span.start) is not None
        and _NOUN_AFTER.match(text, span.end) is not None
    )


# A year that dates one figure of a change, not the change: "has fallen from 214 residents in
# 2001 to 131 today", "è passata da 8.000 tonnellate nel 2022 a meno di 2.500".
_FIGURE_BEFORE_YEAR = re.compile(
    r"\b(?:from|da|dai|dagli|dalle|dal)\s+(?:[\w’'-]+\s+){0,2}\d[\d.,]*(?:\s+[^\W\d]+){0,3}"
    r"\s+(?:in|nel|del)?\s*$"
)
_FIGURE_AFTER_YEAR = re.compile(r"\s*(?:to|a|ai|agli|alle|al)\s+(?:[\w’'-]+\s+){0,3}\d")


# A date of a thing "with" which the clause goes on: "..., with the final stand completed by
# 2030", "con l’ultimo lotto completato entro il 2030". The participle is no verb of the clause.
_WITH_DONE = re.compile(
    r"(?:,|\band|\be)\s+(?:with|con)\s+(?:[^,;:()]{1,60}?\s(?:and|e)\s+)?"
    r"(?:the|its|their|il|lo|la|i|gli|le|l’)\s*"
    r"[^,;:()]{1,50}?\s[a-zà-ù]+(?:ed|ato|ata|ati|ate|uto|uta|iti|ito|ita)\s+"
    r"(?:by|in|on|from|entro|nel|nell’|il|a|dal|dalla)?\s*$"
)


# The end of a range whose start is a month alone, no date of its own: "da gennaio a maggio
# 2027", "from January to May 2027". The range is no date to ask "by when" of.
_BARE_RANGE_START = re.compile(
    r"\b(?:da|dal|from)\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r")\s+(?:a|al|to|until|till)\s*$",
    re.IGNORECASE,
)


def _year_of_figure(text: str, span: DateSpan) -> bool:
    return (
        span.is_year
        and _FIGURE_AFTER_YEAR.match(text, span.end) is not None
        and _FIGURE_BEFORE_YEAR.search(text[max(0, span.start - 60) : span.start]) is not None
    )


# A date set as a deadline: "has set Monday, November 4, as the deadline for a joint
# proposal", "ha fissato il 30 giugno come termine per le domande". The date is the object; what
# it is the deadline of is the question.
_DEADLINE_IN = {"it": " come ", "en": " as the "}
_AS_DEADLINE = {
    "it": re.compile(
        r",?\s+come\s+(?P<noun>termine|scadenza|data limite|termine ultimo)\s+(?P<what>per\s+"
        r"[^,.;:()]+)"
    ),
    "en": re.compile(
        r",?\s+as\s+the\s+(?P<noun>deadline|cut-off date|closing date)\s+(?P<what>for\s+"
        r"[^,.;:()]+)"
    ),
}


# A report's frame before what it reports: "Organisers said (that) | entries had risen by 12
# per cent since 2023", "Il ministro ha detto che | il ponte sarà pronto entro il 2027".
_REPORTED = {
    "en": re.compile(
        r"^[\w’'-]+(?:\s+[\w’'()-]+){0,5}?(?:,[^,;:]{3,80},)?\s+(?:said|says|say|reported|reports|estimated"
        r"|estimates|estimate|believe|believes|believed|claimed|claims|claim|predicts|predicted"
        r"|told reporters|(?:confirmed|confirms|promised|promises|warned|warns)\s+that)"
        r"\s+(?:that\s+)?(?=[\w’])"
    ),
    "it": re.compile(
        r"^[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?:,[^,;:]{3,80},)?\s+(?:(?:ha|hanno|avrebbe|avrebbero)\s+(?:detto"
        r"|dichiarato|spiegato|annunciato|riferito|stimato|sostenuto|affermato|confermato"
        r"|garantito|assicurato|promesso|precisato)|stima|stimano|ritiene|ritengono"
        r"|prevede|prevedono|afferma|affermano|sostiene|sostengono)\s+che\s+(?=[\w’])"
    ),
}


_REPORTING = {
    "it": frozenset("detto dichiarato annunciato spiegato riferito affermato".split()),
    "en": frozenset("said says say told announced claimed warned added".split()),
}


def _reports_clause(before: str, language: str) -> bool:
    """Whether `before` reports a clause with a verb of its own that the date ends ('Keane
    ... said the total had passed €62,000' + 'by Thursday'): the date may be the report's or
    the clause's, and a question of either would guess."""
    toks = tokens(before)
    said = next((k for k, t in enumerate(toks) if t.low in _REPORTING[language]), None)
    if said is None:
        return False
    return any(
        t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))
        for t in toks[said + 1 :]
    )


def _unreported(before: str, language: str) -> str:
    """The reported clause of `before`, when it has a subject and a verb of its own."""
    m = _REPORTED[language].match(before)
    if m is None:
        return before
    rest = before[m.end() :]
    toks = tokens(rest)
    if len(toks) < 2 or main_verb(toks, language) is None:
        return before
    return upper_first(rest) if before[:1].isupper() else rest


def _deadline_question(after: str, language: str) -> str | None:
    """'..., as the deadline for a joint proposal' -> 'What is the deadline for a joint
    proposal?'; '... come termine per le domande' -> 'Qual è il termine per le domande?'."""
    m = _AS_DEADLINE[language].match(after)
    if m is None or len(m.group("what").split()) > 8:
        return None
    what = m.group("what").strip()
    if language == "it":
        article = "la" if m.group("noun").startswith(("scadenza", "data")) else "il"
        return f"Qual è {article} {m.group('noun')} {what}?"
    return f"What is the {m.group('noun')} {what}?"


# Conjunctions that open a clause with a subject and a verb of its own: a date inside it is
# that clause's ("... to Liverpool when its main engine failed at about 2.40am").
_SUBORDINATOR_IN = {
    "it": re.compile(r"\s(?:quando|mentre|perché|poiché|dopo che|prima che)\s"),  # "da quando"
    "en": re.compile(r"\s(?:when|while|because|after|since|before|until)\s"),
}
_OWNER = {"it": frozenset(), "en": frozenset({"its"})}  # "his", "her": whose, out of context?


def _subordinate_question(s: Sentence, span: DateSpan, doc: Document) -> str | None:
    """The question of a date in a subordinate clause, asked of that clause alone: 'The Baltic
    Star was carrying wheat when its engine failed at 2.40am' -> 'When did the Baltic Star’s
    engine fail?'. 'its' is the main clause's subject, when that opens the sentence."""
    language = doc.language
    text = s.text
    *_, opener = _SUBORDINATOR_IN[language].finditer(text, 0, span.start)  # the last one
    if any(ch in _STOPS for ch in text[opener.end() : span.start]):
        return None  # the date is after the clause, not in it
    clause = text[opener.end() :]
    first, _, rest = clause.partition(" ")
    if first.lower() in _OWNER[language]:
        owner = _main_subject(text[: opener.start()], language)
        if owner is None:
            return None
        clause = f"{owner}’s {rest}"
    clause_toks = tokens(clause)
    verb = main_verb(clause_toks, language)
    subject = " ".join(t.text for t in clause_toks[:verb]) if verb else ""
    if not subject or not specific(subject, doc):
        return None  # "since the first examples were found": of what, out of the article?
    cut = len(text) - len(clause)
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return _clause_question(replace(s, text=upper_first(clause), entry=None), shifted, doc)


def _main_subject(main: str, language: str) -> str | None:
    """The subject that opens a sentence, up to a comma or its verb: 'The Baltic Star, a bulk
    carrier, was carrying' -> 'the Baltic Star'; None when it is long or names nothing."""
    toks = tokens(main)
    if not starts_with_subject(toks, language):
        return None
    verb = main_verb(toks, language)
    end = next((k for k, t in enumerate(toks) if t.text in _STOPS), verb)
    if end is None or verb is None or end > verb or not 0 < end <= 6:
        return None
    if not any(t.text[:1].isupper() for t in toks[1:end]):
        return None  # "the ship": which one, out of the article?
    return lower_first(main[: toks[end - 1].end])


_SINCE = {
    "dal": "Da quando",
    "dall’": "Da quando",
    "a partire dal": "Da quando",
    "entro il": "Entro quando",
    "entro la": "Entro quando",  # "entro la fine del 2027"
    "entro l’": "Entro quando",
    "entro": "Entro quando",  # "entro marzo 2027"
    "dalla": "Da quando",  # "dalla fine del 2024"
    "da": "Da quando",  # "da marzo"
    "a partire da": "Da quando",
    "fino a": "Fino a quando",
    "fino al": "Fino a quando",
    "since": "Since when",
    "from": "From when",  # "from September": it may be yet to come
    "by": "By when",
    "until": "Until when",
}


# "Not ... until 2030" says when it will be, at last: "When will the first bottles go on
# sale?", not "Until when will the first bottles not go on sale?".
_UNTIL_PREPS = frozenset({"until", "fino al"})
_NEGATION = {"it": re.compile(r"(?<=\s)non\s"), "en": re.compile(r"(?<=\s)not\s")}


def _not_until(question: str, prep: str, language: str) -> tuple[str, str]:
    """The question and the date's preposition, a negation before 'until' taken out with it:
    'Quando non riaprirà il museo?' of 'fino al 2030' -> 'Quando riaprirà il museo?'."""
    if prep not in _UNTIL_PREPS:
        return question, prep
    plain, negations = _NEGATION[language].subn("", question, count=1)
    return (plain, "") if negations else (question, prep)


_AT_WHAT_TIME = {"Quando ": "A che ora ", "When ": "At what time "}
_ON_WHAT_DAY = {"Quando ": "In che giorno ", "When ": "On what day "}


def _at_what_time(question: str, day: bool = False) -> str:
    """'When was the ship brought alongside?' of '4.45pm' is 'At what time was ...?'; of
    'Tuesday', 'On what day was ...?'."""
    for plain, wh in (_ON_WHAT_DAY if day else _AT_WHAT_TIME).items():
        if question.startswith(plain):
            return wh + question[len(plain) :]
    return question


def _hour_question(s: Sentence, question: str, span: DateSpan, score: float) -> Iterator[Candidate]:
    """The time of an event its date question asks, that date named: 'When did the strike
    begin?' of '00:01 on Wednesday 15 October' -> 'At what time did the strike begin on 15
    October?' -> 00:01."""
    timed = _at_what_time(question)
    if timed == question:
        return
    if span.day:
        timed = f"{timed[:-1].rstrip()} {span.day}?"
    yield Candidate(
        "date", s, score, span.hour, question=timed, accept=(span.hour_said,), answer_type="date"
    )


def _in_small_letters(answer: str, language: str) -> str:
    """An Italian answer that opens its sentence with a weekday or a month, as written
    anywhere else: 'Lunedì sera l’autostrada è stata chiusa' -> 'lunedì sera'."""
    if language != "it" or not answer[:1].isupper():
        return answer
    first = answer.split(None, 1)[0].lower()
    return answer[:1].lower() + answer[1:] if first in WHEN_WORDS else answer


def _since(question: str, prep: str) -> str:
    """'Quando X guida l’azienda?' from 'dal 2019' is 'Da quando X guida l’azienda?'."""
    wh = _SINCE.get(prep)
    for plain in ("Quando ", "When "):
        if wh and question.startswith(plain):
            return f"{wh} {question[len(plain) :]}"
    return question


_RANGE_STARTS = frozenset({"dal", "dall’", "from"})
_RANGE_ENDS = {"al": "fino al", "all’": "fino al", "to": "until"}


def _range_end_alone(
    s: Sentence, spans: list[DateSpan], span: DateSpan
) -> tuple[Sentence, DateSpan]:
    """The sentence and the date to ask about for one end of a range of two dates: 'Le domande
    potranno essere presentate dal 1° dicembre al 28 febbraio' asks 'Da quando ...' of the
    first without 'al 28 febbraio', and 'Fino a quando ...' of the second without 'dal 1°
    dicembre' (the 'al' of a range's end means 'until'). Otherwise the sentence and the date."""
    for other in spans:
        first, second = (span, other) if other.start > span.start else (other, span)
        between = s.text[first.end : second.start].strip()
        if (
            other is span
            or first.prep not in _RANGE_STARTS
            or not (
                second.prep in _RANGE_ENDS and not between or not second.prep and between == "to"
            )
        ):
            continue
        if span is first:
            return replace(s, text=s.text[: first.end] + s.text[second.end :]), span
        shift = second.start - first.start
        text = s.text[: first.start] + s.text[second.start :]
        moved = replace(
            span,
            start=span.start - shift,
            value_start=span.value_start - shift,
            end=span.end - shift,
            prep=_RANGE_ENDS[span.prep or "to"],
        )
        return replace(s, text=text), moved
    return s, span


# Prepositions the date patterns leave out of a date: an English one that opens the sentence
# with a capital ("In 2025 the Executive published ...", "Since 2024 the array has paid ...";
# the patterns are in small letters, as inside a sentence), one before a weekday ("from Monday
# 1 December", "da domenica 22 novembre", "entro lunedì 3 marzo"). Each as the date's own
# preposition would say it.
_LEFT_PREPS = {
    "it": {"da": "dal", "entro": "entro il"},
    "en": {w: w for w in ("in", "on", "since", "from", "by", "until")},
}


def _with_preposition(text: str, span: DateSpan, language: str) -> DateSpan:
    """The date with the preposition the patterns left before it: 'Since 2024 the array has
    paid' is asked 'Since when ...?', 'In 2025 the Executive published' reads as 'Nel 2025
    ...', the clause after the date with nothing before it; 'da domenica 22 novembre i
    ciclisti potranno' is 'Da quando ...?'."""
    if span.prep or span.start < 3:
        return span
    head, _, word = text[max(0, span.start - 7) : span.start - 1].rpartition(" ")
    if text[span.start - 1] != " ":
        return span
    prep = _LEFT_PREPS[language].get(word.lower())
    if prep is None or language == "en" and (word[:1].islower() or head or span.start > 7):
        return span  # an English one in small letters is found by the patterns themselves
    start = span.start - len(word) - 1
    said = squash(text[start : span.end])
    return replace(span, start=start, prep=prep, accept=(*span.accept, said))


# What joins a clause of its own after another: a semicolon, "ma"/"but" after a comma, or
# opening the sentence ("Ma da lunedì il granchio blu ha ..."). A date of the last clause is
# that clause's, asked of it alone ("When did talks stall for years, but the council approved
# the plan?" mixes two events).
_JOINED = {
    "it": re.compile(r"(?:;|:|,\s+ma|^Ma)\s+"),
    "en": re.compile(r"(?:;|:|,\s+but|^But)\s+"),
}
_JOINED_IN = {  # the cheap test first: a substring
    "it": lambda text: (
        ";" in text or ": " in text or " ma " in text or text.startswith("Ma ") or " e " in text
    ),
    "en": lambda text: (
        ";" in text or ": " in text or " but " in text or text.startswith("But ") or " and " in text
    ),
}
# "e"/"and" right before a date that a subject and its verb follow: the date opens a clause
# of its own ("Il rettorato ha sede in piazza del Mercato e dal 2024 l’ateneo è guidato ...").
_AND_DATE = re.compile(r"\s(?:e|ed|and)\s+$")
_SHORTEST_CLAUSE = 4  # words: a subject, a verb, the date
# A colon joins a clause of its own when the date opens it ('ha deciso di rendere visitabile
# il cantiere: dal 6 dicembre si terranno visite'), after its preposition at most; otherwise
# what follows a colon may be a list or a quotation of the first clause.
_COLON_TO_DATE = 6  # characters: "dal ", "from "


def _subject_next(after: str, language: str) -> bool:
    """Whether a clause with an article-led subject and a verb follows the date: 'l’ateneo è
    guidato', 'the council approved'; not a list of dates ('e nel 2005.')."""
    toks = tokens(after.lstrip(" ,"))
    if len(toks) < 3:
        return False
    first = toks[0].low
    if first not in ARTICLES[language] and not (language == "it" and first.endswith("’")):
        return False
    verb = main_verb(toks, language)
    return verb is not None and verb > 1 and not any(t.text in _STOPS for t in toks[:verb])


def _last_clause(s: Sentence, span: DateSpan, language: str) -> tuple[Sentence, DateSpan] | None:
    """The clause a date is in, after the last semicolon or 'ma'/'but' before it, as a
    sentence of its own: 'Il biglietto sarà gratuito; dal 15 dicembre si pagherà la tariffa'
    -> 'Dal 15 dicembre si pagherà la tariffa'. None when there is none, or it is too short."""
    last = None
    for join in _JOINED[language].finditer(s.text, 0, span.start):
        last = join
    joined = _AND_DATE.search(s.text, 0, span.start)
    if joined is not None and _subject_next(s.text[span.end :], language):
        last = joined  # "... in piazza del Mercato e dal 2024 l’ateneo è guidato da ..."
    if last is None or len(s.text[last.end() :].split()) < _SHORTEST_CLAUSE:
        return None
    if last.group().startswith(":") and span.start - last.end() > _COLON_TO_DATE:
        return None
    cut = last.end()
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return replace(s, text=upper_first(s.text[cut:])), shifted


@dataclass
class _Shapes:
    """Cheap tests, once a sentence (or a clause of it), of the shapes the rules look for; the
    dearer ones are taken only when a rule needs them, then kept for the next date."""

    opening: bool
    relative: bool
    predicate_relative: bool
    postverbal: bool | None = None
    cut: bool | None = None
    about_entry: bool | None = None


def _shapes(text: str, toks: list[Token], language: str) -> _Shapes:
    return _Shapes(
        _opens_with_participle(toks, language),
        bool(_RELATIVE_IN[language](text)),
        _PREDICATE_IN[language].search(text) is not None,
    )


# A date set off after a noun by a word of expectation (", due in 2027", ", prevista per il
# 2027"): it is the noun's date, which the clause's verb does not have.
_EXPECTED_BEFORE = {
    "en": re.compile(r",\s(?:due|expected|scheduled|planned)\s(?:(?:in|on|by|for)\s(?:the\s)?)?$"),
    "it": re.compile(
        r",\s(?:previst[oaie]|attes[oaie]|programmat[oaie])\s(?:(?:per|nel|nell’|entro)\s?(?:il\s|la\s)?)?$"
    ),
}


def _ask(
    s: Sentence, toks: list[Token], span: DateSpan, doc: Document, shapes: _Shapes
) -> tuple[str | None, float]:
    """The question of the date `span` in sentence `s` by the first rule that finds one, and
    its score."""
    language = doc.language
    if _EXPECTED_BEFORE[language].search(s.text, 0, span.start):
        return None, 0.0  # "a national action plan on AMR, due in 2027": the plan's date
    at = index_at(toks, span.start)
    question = None
    score = 0.0
    if s.entry is not None and not span.is_range and shapes.about_entry is None:
        shapes.about_entry = refers_to_entry(s, language)
    if s.entry is not None and not span.is_range and shapes.about_entry:
        question = _entry_question(s, toks, at, span, language)
        score = 0.9
    if question is None and not span.is_range:
        question = _apposition_question(s, toks, at, span, doc, shapes.opening)
        score = 0.85
    if question is None and not span.is_range and at > 2 and "," in s.text[: span.start]:
        question = _object_apposition_question(s, toks, at, span, doc)
        score = 0.8
    if question is None and shapes.relative:
        question = _relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and not span.is_range and (" cui " in s.text or ", whose " in s.text):
        question = _whose_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "en" and " that " in s.text:
        question = _apposed_relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and shapes.predicate_relative:
        question = _predicate_relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "it" and at > 0 and shapes.postverbal is None:
        shapes.postverbal = _opens_with_verb(toks)
    if question is None and language == "it" and (at == 0 or shapes.postverbal):
        question = _postverbal_question(s, toks, at, span, doc)
        if question is None and at == 0:
            question = _date_first_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "it" and at > 2 and toks[at - 1].text == ",":
        opened = _date_after_opening(s, toks, at, span)
        question = _postverbal_question(*opened, doc) if opened else None
        score = 0.75
    if question is None and not span.is_range:
        question = _noun_question(s, toks, at, doc)
        score = 0.72
    if question is None:
        if shapes.cut is None:
            shapes.cut = (
                shapes.opening
                or _HAS_AND.search(s.text) is not None
                or _opens_with_phrase(toks, language)
            )
        clause = _main_clause(s, toks, span, language) if shapes.cut else (s, span)
        question = _clause_question(*clause, doc) if clause else None
        score = 0.7
    if question is None and language == "en" and not span.is_range:
        question = _present_s_question(s, toks, at, span, doc)
        score = 0.7
    if question is None and _SUBORDINATOR_IN[language].search(s.text, 0, span.start):
        question = _subordinate_question(s, span, doc)
    if question is None and _DEADLINE_IN[language] in s.text:
        question = _deadline_question(s.text[span.end :], language)
        score = 0.72
    if question is None and at > 2 and (toks[at].low in _OF_DATE or toks[at - 1].low in _OF_DATE):
        question = _event_of_question(s, toks, at, doc)
        score = 0.72
    return question, score


# An Italian wh-question puts the verb before its subject: 'Quando è stato firmato il collaudo
# finale dai tecnici della Regione?', not 'Quando il collaudo finale è stato firmato ...?'. A
# verb with no object after it (passive, reflexive, intransitive, copula) goes first; one with an
# object ('Quando il gruppo ha annunciato l’acquisizione?') keeps its subject first, as Italian
# allows, since two noun phrases in a row would read as one.
_IT_WH_CLAUSE = re.compile(r"^Quando (?P<clause>.+)\?$")
_IT_PREVERBAL = frozenset("si ci vi ne non".split())
_IT_HAVE = frozenset(
    "ha hanno aveva avevano ebbe ebbero avrà avranno avrebbe avrebbero abbia abbiano".split()
)
_IT_BE = frozenset(
    """è sono era erano fu furono sarà saranno sarebbe sarebbero stato stata stati state essere
    venne vennero viene vengono verrà verranno""".split()
)
_IT_COMPLEMENT_OPENERS = (
    PREPOSITIONS["it"] | frozenset(ARTICULATED) | frozenset({"ad", "col", "coi"})
)
_IT_INFINITIVE = re.compile(r"(?:are|ere|ire|rre|(?:ar|er|ir|r)(?:si|ci|vi|ne|lo|la|li|le))$")
_IT_INFINITIVE_MARKS = frozenset("a ad di".split())
_IT_PARTICIPLE_SHAPE = re.compile(r"^[a-zàèéìòù]+(?:at|it|ut)[oaie]$")
_IT_VERB_ADVERBS = frozenset("poi già ancora ora oggi solo soltanto ufficialmente".split())
_IT_SUBJECT_END_ADVERBS = frozenset(
    "ormai infatti già ancora poi anche solo inoltre quindi però più".split()
)
_IT_CLAUSE_STOPS = re.compile(r",\s|[;:–—]")
_IT_OF = frozenset(w for w in ARTICULATED if w.startswith("de")) | {"di", "d’"}


def _it_verb_part(tok: Token) -> bool:
    """A word that goes on a verb chain: an auxiliary, a participle, an infinitive."""
    return tok.text.islower() and (
        tok.low in _IT_BE
        or tok.low in AUXILIARIES["it"]
        or is_participle(tok.text, "it")
        or _IT_INFINITIVE.search(tok.low) is not None
    )


def _it_chain_end(toks: list[Token], verb: int) -> int:
    """The end of the verb chain that starts at `verb`: 'è stato firmato', 'potranno essere
    presentate', 'iniziarono a funzionare', 'dovranno concludersi'."""
    end = verb + 1
    while end < len(toks):
        if _it_verb_part(toks[end]):
            end += 1
        elif toks[end - 1].low in _IT_BE and _IT_PARTICIPLE_SHAPE.search(toks[end].text):
            end += 1  # "è stato dato": after a form of essere, a regular participle's ending
        elif (
            toks[end].low in _IT_INFINITIVE_MARKS
            and end + 1 < len(toks)
            and toks[end + 1].text.islower()
            and _IT_INFINITIVE.search(toks[end + 1].low)
            and not is_participle(toks[end + 1].text, "it")
        ):
            end += 2  # "iniziarono a funzionare"
        else:
            return end
    return end


def _it_light_phrase(toks: list[Token], start: int) -> int:
    """The end of a bare 'in' phrase that makes one verb with the verb before it ('andò in
    scena', 'entrerà in servizio', 'sarà discusso in consiglio regionale'); `start` when there is
    none, or the noun has a complement of its own ('in attesa della sentenza')."""
    if start + 1 >= len(toks) or toks[start].low != "in":
        return start
    end = start + 1
    while end < len(toks) and end - start <= 3 and toks[end].text.isalpha():
        low = toks[end].low
        if not toks[end].text.islower() or low in ARTICLES["it"] or low in _IT_COMPLEMENT_OPENERS:
            break
        end += 1
    if end == start + 1 or end < len(toks) and toks[end].low in _IT_OF:
        return start
    return end


def _it_wh_order(clause: str) -> str:
    """The clause of an Italian 'Quando ...?' with its verb before its subject when the verb
    takes no object; the clause unchanged otherwise. The heavier of the subject and what
    follows the verb goes last: 'è stato firmato il collaudo finale dai tecnici della Regione',
    'è guidato da Roberto Gavazzi l’ateneo dell’Università degli Studi di Brescia'."""
    toks = tokens(clause)
    verb = main_verb(toks, "it")
    if verb is None or verb == 0 or _IT_CLAUSE_STOPS.search(clause):
        return clause
    first = verb
    while first > 0 and toks[first - 1].low in _IT_PREVERBAL:
        first -= 1
    subject = toks[:first]
    if not subject or not starts_with_subject(subject, "it"):
        return clause
    if any(t.low in {"che", "cui"} for t in subject) or subject[-1].low.endswith("mente"):
        return clause
    if subject[-1].low in _IT_SUBJECT_END_ADVERBS:
        return clause
    if sum(t.text == "(" for t in subject) != sum(t.text == ")" for t in subject):
        return clause
    end = _it_chain_end(toks, verb)
    chain = toks[verb:end]
    if any(t.low in _IT_HAVE for t in chain) and end < len(toks):
        return clause  # "ha annunciato l’acquisizione", "ha condannato a tre anni X": an object
    end = _it_light_phrase(toks, end)
    opener = end
    while opener < len(toks) and (
        toks[opener].low in _IT_VERB_ADVERBS or toks[opener].low.endswith("mente")
    ):
        opener += 1
    passive = any(is_participle(t.text, "it") for t in chain) and any(
        t.low in _IT_BE for t in chain
    )
    copula = all(t.low in _IT_BE for t in chain)
    if opener < len(toks) and toks[opener].low not in _IT_COMPLEMENT_OPENERS:
        if not passive and not copula:
            return clause  # "il granchio blu si è preso la scena": an object
        if copula:  # "la città è stata Capitale europea della cultura": the predicate first
            end = len(toks)
    verb_part = clause[toks[first].start : toks[end - 1].end]
    subject_part = clause[: toks[first].start].strip()
    rest = clause[toks[end].start :].strip() if end < len(toks) else ""
    if len(subject) > len(toks) - end:
        return squash(f"{verb_part} {rest} {subject_part}")
    return squash(f"{verb_part} {subject_part} {rest}")


def _it_wh_question(question: str) -> str:
    """'Quando il collaudo è stato firmato?' -> 'Quando è stato firmato il collaudo?'."""
    m = _IT_WH_CLAUSE.match(question)
    if m is None:
        return question
    return f"Quando {_it_wh_order(m.group('clause'))}?"


def _subject_was_complement(s: Sentence, language: str) -> bool:
    """Whether a statement derived from a sentence has for subject what the sentence says
    after a preposition ('Pupils from St Mary’s School, who spent ...' -> 'St Mary’s School
    spent ...'; '22 nurses from India and the Philippines are due ...' -> 'the Philippines are
    due ...'): the statement says what the sentence does not."""
    if s.source is None:
        return False
    toks = tokens(s.text)
    verb = main_verb(toks, language)
    if not verb:
        return False
    subject = s.text[: toks[verb].start].strip().lower()
    at = s.source.lower().find(subject)
    if not subject or at <= 0:
        return False
    opening = [w.lower() for w in s.source[:at].split()]
    words = opening[-3:]
    preps = PREPOSITIONS[language] | frozenset(ARTICULATED)
    if 1 < len(opening) <= 3 and opening[-1] in preps:
        return True  # inside the sentence's subject: "Pupils from | St Mary’s School"
    return len(words) == 3 and words[-1] in _AND and words[0] in preps


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for sentence in doc.sentences:
        spans = find_dates(sentence.text, language)
        if not spans:
            continue
        if _subject_was_complement(sentence, language):
            continue  # the sentence itself is asked, or gives its cloze
        whole = tokens(sentence.text)
        shapes = _shapes(sentence.text, whole, language)
        for said in spans:
            # One end of a range is asked about in the sentence without the other end.
            s, span = _range_end_alone(sentence, spans, said)
            span = _with_preposition(s.text, span, language)
            toks = whole if s is sentence else tokens(s.text)
            clause = _last_clause(s, span, language) if _JOINED_IN[language](s.text) else None
            if clause is not None:  # asked of the date's own clause, never of both
                s, span = clause
                toks = tokens(s.text)
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            else:
                question, score = _ask(s, toks, span, doc, shapes)
            if (
                question is not None
                and not span.is_range
                and span.prep in _SINCE_PREPS
                and (
                    _NOT_SINCE.search(s.text[: span.start].lower()[-80:] + " " + question.lower())
                    or span.prep == "since"
                    and _NOT_SINCE_MODAL.search(question.lower())
                )
            ):
                question = None  # "the largest investment since 2023", "Since when will ...?"
            if question is not None and (
                _year_of_noun(s.text, span, language)
                or _year_of_figure(s.text, span)
                or _WITH_DONE.search(s.text[max(0, span.start - 160) : span.start]) is not None
                or _BARE_RANGE_START.search(s.text[max(0, span.start - 30) : span.value_start])
                is not None
            ):
                question = None
            answer_type = "year" if span.is_year else "date"
            topic = ""
            if question is not None:
                if language == "it":
                    question = _it_wh_question(question)
                if not span.is_range:
                    question = _since(*_not_until(question, span.prep, language))
                if span.is_time or span.is_day:
                    question = _at_what_time(question, span.is_day)
                yield Candidate(
                    "date",
                    sentence,
                    score,
                    _in_small_letters(span.answer, language),
                    question=question,
                    accept=span.accept,
                    answer_type=answer_type,
                    topic=topic,
                )
            if question is not None and span.hour:
                yield from _hour_question(sentence, question, span, score)
            if question is None and (span.is_time or span.is_day):
                continue  # a time alone tells nothing without the event it is the time of
            text = sentence.text
            hidden = text[said.value_start : said.end]
            cloze = text[: said.value_start] + "{{c1::" + hidden + "}}" + text[said.end :]
            if cloze.count("{{c1::") == 1 and strip_punct(span.answer):
                yield Candidate(
                    "cloze",
                    sentence,
                    0.45 if question is None else 0.2,
                    span.answer,
                    cloze=cloze,
                    answer_type=answer_type,
                    topic=topic,
                )
