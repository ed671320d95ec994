"""Dates and times in a sentence: full dates, days, months, years, ranges, times of day
and weekdays, each a span with its value and the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...lexicon import EN_MONTH_ABBREVIATIONS, MONTHS
from ...text import squash
from ...verbs import AUXILIARIES

_IT_WEEKDAYS = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"


_EN_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


_IT_MONTHS = "|".join(MONTHS["it"])


# With the abbreviations American and Canadian papers write before a day ("Aug. 31", "Sept. 5").
_EN_MONTHS = "|".join(MONTHS["en"]) + r"|(?:" + "|".join(EN_MONTH_ABBREVIATIONS) + r")\.(?=\s+\d)"


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
            r"(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*(?:(?:" + _EN_MONTHS + r")\s+)?(?:3[01]|[12]?\d)"
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
    lang: re.compile(
        "|".join(re.escape(m.lower()) for m in months)
        + (r"|(?:" + "|".join(EN_MONTH_ABBREVIATIONS).lower() + r")\.\s+\d" if lang == "en" else "")
    )
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
        r"|metà)\s+(?:(?:del|dell’)\s*)?(?:\d{4}))\b(?![-–/]\d)",  # "nell’estate 2024" too
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


# A span of days asked whole: from one day to another of one month ("dal 4 all’8 settembre
# 2026", "from 4 to 8 September"), or a period between two days ("tra il 1° aprile e il 15
# giugno", "between 1 May and 31 August"). ("dal 2 al 12 settembre" is the first date
# pattern's; "from 3 March to 30 April" has two dates, asked one end at a time.)
_IT_DAY = r"(?:[12]?\d|3[01])(?:°|º)?"
_EN_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_DAY_RANGE = {
    "it": re.compile(
        r"\b(?:(?P<prep>dal|dall’)(?:(?<=’)|\s+)" + _IT_DAY + r"\s+(?:al\s+|all’)"
        r"|(?P<between>tra il|fra il|tra l’|fra l’)(?:(?<=’)|\s+)"
        + _IT_DAY
        + r"(?:\s+(?:"
        + _IT_MONTHS
        + r"))?\s+(?:e\s+il\s+|e\s+l’))"
        + _IT_DAY
        + r"\s+(?:"
        + _IT_MONTHS
        + r")(?:\s+\d{4})?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:(?P<prep>from)\s+" + _EN_DAY + r"\s+(?:to|until)"
        r"|(?P<between>between)\s+" + _EN_DAY + r"(?:\s+(?:" + _EN_MONTHS + r"))?\s+and)"
        r"\s+" + _EN_DAY + r"\s+(?:" + _EN_MONTHS + r")(?:,?\s+\d{4})?\b"
    ),
}
_DAY_RANGE_WORDS = {
    "it": lambda low: " all’" in low or " e il " in low or " e l’" in low or "dall’" in low,
    "en": lambda low: "from " in low or "between " in low,
}
_RANGE_PREPS = frozenset({"dal", "tra il", "fra il", "tra", "fra", "from", "between"})


_BEFORE_YEAR = re.compile(r"(?:anni|years?|n\.|nr\.|no\.)\s*$")


# A year that ends the name of a law is no date of the sentence: "under the Water (Northern
# Ireland) Order 1999", "the Transport Act 1985".
_WITH = frozenset({"with", "con", "col", "coi"})  # open an absolute phrase after a comma


_LAW_BEFORE_YEAR = re.compile(r"\b(?:Act|Order|Regulations|Bill|Rules|Directive)\s+$")


# A word that makes a year rough, right before it: "(in) around 1775", "intorno al 1775".
_ROUGH_BEFORE = {
    "en": re.compile(
        r"\b(?:in\s+)?(?P<about>(?:around|about|circa|c\.|approximately|roughly)\s+)$",
        re.IGNORECASE,
    ),
    "it": re.compile(r"\b(?P<about>(?:intorno|attorno|verso)\s+(?:al|il)\s+)$", re.IGNORECASE),
}
# What may follow a rough year ("around 1775"), which is no rough count then ("around 1500
# people"): the end of the clause, or a word that opens a complement or another clause.
_AFTER_ROUGH_YEAR = {
    "en": re.compile(
        r"\s*(?:[,.;:)–—]|$|(?:by|when|and|after|before|as|in|on|at|to|for|under|with|from|"
        r"until|while|but|during|near)\b)"
    ),
    "it": re.compile(
        r"\s*(?:[,.;:)–—]|$|(?:da|dal|dalla|dai|quando|e|dopo|prima|come|in|nel|nella|a|al|"
        r"alla|per|con|su|sul|fino|mentre|ma|durante|presso)\b)"
    ),
}


def _counted_after(text: str, end: int, language: str) -> bool:
    """Whether a year said roughly ('around 1775') is followed by what makes it a count
    ('around 1500 people', 'circa 1800 persone')."""
    return _AFTER_ROUGH_YEAR[language].match(text, end) is None


def _no_year_after(text: str, start: int) -> bool:
    """Whether four digits at `start` are no year of the sentence: what follows 'anni',
    'years', 'n.' or 'no.' ('n. 2024'), or the end of a law's name ('the Transport Act
    1985')."""
    return (
        _BEFORE_YEAR.search(text, max(0, start - 8), start) is not None
        or _LAW_BEFORE_YEAR.search(text, max(0, start - 13), start) is not None
    )


_RANGE = re.compile(r"\d\s*(?:al|e il|e|to|and|-|–)\s*(?:[^\W\d]+\.?\s+)?\d")  # "and Aug. 31"


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


# Its own __init__ (init=False), as Candidate has: the fields written into the instance's dict,
# not set one by one through object.__setattr__ (thirteen calls a span).
@dataclass(frozen=True, init=False)
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
    # The end of a period the phrase before it names, taken with it: "in the year to | March
    # 2026", "nei dodici mesi fino a | marzo": no time an event happened at.
    period_end: bool = False
    # The last time before now, after "for the first time since", taken with it: "for the first
    # time since | 2011", "per la prima volta dal | 2019".
    last_time: bool = False

    def __init__(
        self,
        start: int,
        value_start: int,
        end: int,
        answer: str,
        accept: tuple[str, ...],
        is_year: bool,
        is_range: bool = False,
        prep: str = "",
        is_time: bool = False,
        is_day: bool = False,
        hour: str = "",
        hour_said: str = "",
        day: str = "",
        period_end: bool = False,
        last_time: bool = False,
    ) -> None:
        fields = self.__dict__
        fields["start"] = start
        fields["value_start"] = value_start
        fields["end"] = end
        fields["answer"] = answer
        fields["accept"] = accept
        fields["is_year"] = is_year
        fields["is_range"] = is_range
        fields["prep"] = prep
        fields["is_time"] = is_time
        fields["is_day"] = is_day
        fields["hour"] = hour
        fields["hour_said"] = hour_said
        fields["day"] = day
        fields["period_end"] = period_end
        fields["last_time"] = last_time


def find_dates(text: str, language: str) -> list[DateSpan]:
    """The dates a text holds, in their order (a list of its own: the spans found are kept
    for the next rule that reads the same text, as several read each sentence)."""
    return list(_kept_dates(text, language))


@lru_cache(maxsize=16384)
def _kept_dates(text: str, language: str) -> tuple[DateSpan, ...]:
    return tuple(_dates(text, language))


def _dates(text: str, language: str) -> list[DateSpan]:
    spans: list[DateSpan] = []
    digit = _DIGIT.search(text)
    if digit is None:
        if _MONTH_IN[language].search(text.lower()):
            spans = _months_alone(text, spans, language)
        if _WEEKDAY_WORD[language](text):
            spans += _weekdays_alone(text, spans, language)
        if _DECADE_WORD[language](text):
            spans += _decades(text, spans, language)
        return sorted(spans, key=_start) if len(spans) > 1 else spans
    first_digit = digit.start()  # the searches for digits below start there
    patterns = DATE_PATTERNS[language][:-1]  # bare years are found below, faster
    low = text.lower()
    ranges = _RANGE_WORDS[language](text, low)
    month = _MONTH_IN[language].search(low) is not None  # read again at the end
    if not month:
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
    if month and _DAY_RANGE_WORDS[language](low):
        for m in _DAY_RANGE[language].finditer(text):
            if taken and any(a < m.end() and m.start() < b for a, b in taken):
                continue
            said = squash(m.group(0))
            prep = "prep" if m.group("prep") else "between"
            spans.append(
                DateSpan(
                    m.start(),
                    m.start(),
                    m.end(),
                    said,
                    (squash(text[m.end(prep) : m.end()]),),
                    False,
                    True,
                    m.group(prep).lower(),
                )
            )
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
        rough = _ROUGH_BEFORE[language].search(text, max(0, start - 24), start)
        if rough is not None and not _counted_after(text, end, language):
            # "planted around 1775", "intorno al 1775": the year as said, asked "when"
            value = squash(text[rough.start("about") : end])
            spans.append(DateSpan(rough.start(), rough.start("about"), end, value, (), False))
            taken.append((rough.start(), end))
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
    if spans and _PERIOD_IN[language].search(text):
        spans = [_with_period(text, span, language) for span in spans]
    if spans and _BOUND_IN[language] in text:
        spans = [_with_bound(text, span, language) for span in spans]
    if spans and _FIRST_TIME_IN[language] in text:
        spans = [_with_first_time(text, span, language) for span in spans]
    if _WEEKDAY_WORD[language](text):
        spans += _weekdays_alone(text, spans, language)
    if month:
        spans += _months_alone(text, spans, language)
    if _DECADE_WORD[language](text):
        spans += _decades(text, spans, language)
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
        r"(?:\b(?:poco |subito |appena )?(?:prima|dopo) (?:della |la |dell’|l’)"
        r"|\b(?:a |alla |all’))(?:mezzanotte|mezzogiorno|alba|tramonto)\s+(?:di\s+|del\s+)?$"
    ),
    "en": re.compile(
        r"\b(?:(?:shortly |just |soon |long )?(?:before|after)|at) (?:midnight|noon|dawn|dusk)"
        r"(?:\s+on)?\s+$"
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


# A period told by its end, before the date: "in the year to | March 2026", "over the 12 months
# ending | June", "nei dodici mesi fino a | marzo".
_PERIOD_IN = {
    "en": re.compile(r"\s(?:to|until|ending|ended)\s", re.IGNORECASE),
    "it": re.compile(r"\sfino\s", re.IGNORECASE),
}
_PERIOD_BEFORE = {
    "en": re.compile(
        r"\b(?:in|during|over|for)\s+(?:the\s+)?(?:[\w’-]+\s+){0,2}"
        r"(?:year|years|months|weeks|quarter|period|season)\s+(?:to|until|ending|ended)\s+$",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:nei|negli|nell’|nel)\s*(?:[\w’-]+\s+){0,2}"
        r"(?:anno|mesi|settimane|trimestre|periodo)\s+fino\s+(?:a\s+|al\s+|all’)?$",
        re.IGNORECASE,
    ),
}


def _with_period(text: str, span: DateSpan, language: str) -> DateSpan:
    """The span of a date that ends a period the phrase before it names, the phrase included:
    every reader of the clause cuts before the whole of it ('handed out 23,600 parcels | in
    the year to March 2026')."""
    return _with_phrase_before(text, span, _PERIOD_BEFORE[language], 60, period_end=True)


def _with_phrase_before(
    text: str,
    span: DateSpan,
    before: re.Pattern[str],
    reach: int,
    period_end: bool = False,
    last_time: bool = False,
) -> DateSpan:
    """The span of a date with the phrase `before` finds in the `reach` characters before it
    (the phrase included and its words as the preposition), marked as what the phrase says."""
    if span.is_range or span.is_time:
        return span
    m = before.search(text, max(0, span.value_start - reach), span.value_start)
    if m is None or m.start() > span.start:
        return span
    prep = squash(text[m.start() : span.value_start]).lower()
    return replace(
        span,
        start=m.start(),
        prep=prep,
        period_end=span.period_end or period_end,
        last_time=span.last_time or last_time,
    )


# A bound between a preposition and its date: "until | at least | March 2027", "almeno | fino
# al 2028": the answer says it, and no reader of the clause keeps it without its date.
_BOUND_IN = {"en": "at ", "it": "almeno "}
_BOUND_BEFORE = {
    "en": re.compile(
        r"\b(?P<prep>until|till|since|by|from)\s+"
        r"(?P<bound>at\s+least|at\s+the\s+earliest|at\s+the\s+latest)\s+$",
        re.IGNORECASE,
    ),
    "it": re.compile(r"\b(?P<bound>almeno)\s+(?P<prep>)$", re.IGNORECASE),
}


def _with_bound(text: str, span: DateSpan, language: str) -> DateSpan:
    """The span of a date with a bound before it: 'until at least March 2027' is asked 'Until
    when ...?' and answered 'at least March 2027'; 'almeno fino al 2028' takes 'almeno' with
    its phrase."""
    if span.is_range or span.is_time:
        return span
    m = _BOUND_BEFORE[language].search(text, max(0, span.start - 30), span.start)
    if m is None:
        m = _BOUND_BEFORE[language].search(text, max(0, span.value_start - 30), span.value_start)
        if m is None or not m.group("prep") or m.start() > span.start:
            return span
    said = squash(text[m.start() : span.end])
    if language == "it" or not m.group("prep"):
        return replace(span, start=m.start(), accept=(*span.accept, said))
    bound = m.start("bound")
    return replace(
        span,
        start=m.start(),
        value_start=bound,
        answer=squash(text[bound : span.end]),
        accept=(said, span.answer),
        is_year=False,
        prep=m.group("prep").lower(),
    )


_FIRST_TIME_IN = {"en": "first time since", "it": "prima volta da"}
_FIRST_TIME_BEFORE = {
    "en": re.compile(r"\bfor\s+the\s+first\s+time\s+since\s+$", re.IGNORECASE),
    "it": re.compile(r"\bper\s+la\s+prima\s+volta\s+(?:dal|dall’|dalla|da)\s*$", re.IGNORECASE),
}


def _with_first_time(text: str, span: DateSpan, language: str) -> DateSpan:
    """The span of a date after 'for the first time since', the phrase included: the date is
    the last time the deed was done before, and a reader of the clause cuts before the whole
    phrase ('won the cup | for the first time since 1998' is no first win)."""
    return _with_phrase_before(text, span, _FIRST_TIME_BEFORE[language], 40, last_time=True)


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
_TIME_WORD = {  # cheaper still: the word a time of day follows, a sentence may open with it
    "it": lambda text: "lle" in text or "ll’" in text or "mezz" in text,
    "en": lambda text: " at " in text or "At " in text,
}


_TIME_IN = {
    "it": re.compile(r"\b[Aa]ll(?:e|’)\s*(?:ore\s+)?\d|mezzanotte|mezzogiorno"),
    "en": re.compile(r"\b[Aa]t\s+(?:\w+\s+)?\d|[Aa]t (?:midnight|noon)"),
}


_TIME = {
    "it": (
        r"\b(?P<prep>(?:(?:fino|entro|a partire) )?(?:(?:alle\s+|all’|verso le\s+|intorno "
        r"alle\s+)(?=\d|ore)|(?:a|alla|verso la)\s+(?=mezz)))(?P<value>(?:ore\s+)?(?:[01]?\d"
        r"|2[0-3])(?:[.:][0-5]\d)?|mezzanotte|mezzogiorno)(?P<qual>\s+(?:circa|in punto"
        r"|ora italiana|ora locale))?\s+"
    ),
    "en": (
        r"\b(?P<prep>(?:until |by |from )?at|At)\s+(?P<value>(?:about |around |approximately "
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


# A decade the clause's deed fell in: "in the 1950s", "in the early 1990s", "negli anni
# Cinquanta", "negli anni ’60". Asked "When"/"Quando", answered as said, with its article.
_IT_DECADES = "Venti|Trenta|Quaranta|Cinquanta|Sessanta|Settanta|Ottanta|Novanta"
_DECADE = {
    "en": re.compile(
        r"\b(?P<prep>in|during)\s+(?P<value>the\s+(?:(?:early|mid|late)[- ])?1[5-9]\d0s|the\s+"
        r"(?:(?:early|mid|late)[- ])?20[0-2]0s)(?![\w’'-])"
    ),
    "it": re.compile(
        r"\b(?P<prep>negli|durante gli)\s+(?P<value>anni\s+(?:" + _IT_DECADES + r"|[’']\d0)"
        r"(?:\s+del\s+(?:Novecento|Duemila|Settecento|Ottocento))?)(?![\w’'-])",
        re.IGNORECASE,
    ),
}
_DECADE_WORD = {
    "en": lambda text: "0s" in text,
    "it": lambda text: "anni " in text,
}


def _decades(text: str, spans: list[DateSpan], language: str) -> list[DateSpan]:
    """The decades no date span holds ('in the 1950s', 'negli anni Cinquanta')."""
    out = []
    for m in _DECADE[language].finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        value, prep = m.group("value"), m.group("prep").lower()
        if language == "it" and value[:1] == "A":
            continue  # "Negli Anni Cinquanta" as a title
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
