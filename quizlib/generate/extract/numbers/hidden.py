"""Spans hidden whole: durations, figures with their unit, answers no question can ask."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from ...lexicon import (
    STOPWORDS,
)
from ...text import squash
from ...verbs import (
    is_finite,
    is_participle,
)
from .counts import _has_hours
from .noun_end import ends_noun_phrase
from .questions import _LINEAR
from .words import _ANY_NUMBER


def _duration_pattern(language: str, units: tuple[str, ...]) -> re.Pattern[str]:
    number = _ANY_NUMBER[language]
    link = r"\s+e\s+" if language == "it" else r",?\s+and\s+"
    return re.compile(
        rf"(?<![\w’-])(?:{number})\s+{units[0]}(?:{link}|,\s+)(?:{number})\s+{units[1]}"
        rf"(?:{link}(?:{number})\s+{units[2]})?\b"
    )


# "tre anni e sei mesi", "two years and six months", "61 minutes and 7 seconds": a sentence,
# an age, a time, one answer each (with hours, the cloze extractor hides them). Each pattern
# is tried only where its first two units' stems are in the sentence.
_DURATIONS = {
    "it": (
        (("ann", "mes"), _duration_pattern("it", ("(?:anni|anno)", "(?:mesi|mese)", "giorni?"))),
        (("minut", "second"), _duration_pattern("it", ("minut[io]", "second[io]", "(?!)"))),
    ),
    "en": (
        (("year", "month"), _duration_pattern("en", ("years?", "months?", "days?"))),
        (("minut", "second"), _duration_pattern("en", ("minutes?", "seconds?", "(?!)"))),
    ),
}


# "a 30-metre banner", "the 42.195-kilometre course": the number is the fact, the unit a hint.
_MEASURE_COMPOUND = re.compile(
    r"(?<![\w.,])(?P<num>\d[\d.,]*)-(?:kilometre|kilometer|km|metre|meter|mile|foot|inch|tonne"
    r"|ton|kilogram|kg|hectare|acre|litre|liter|square-mile|square-kilometre)\b"
)


def _cloze(s: Sentence, start: int, end: int) -> str:
    return s.text[:start] + "{{c1::" + s.text[start:end] + "}}" + s.text[end:]


# "a 6.4km light-rail route", "the 42.195-kilometre course": the length of something long.
_LENGTH_COMPOUND = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?P<adj>[a-z]+)\s+)?(?P<measure>(?P<num>\d(?<![\w.,]\d)[\d.,]*)(?P<unit>\s?km\b|-(?:kilometre"
    r"|kilometer|km|mile|metre|meter)(?:-long)?\b))(?:\s+\([^()]{1,20}\))?\s+"
    r"(?P<np>(?:[a-z][a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+))(?=[\s,;.]|$)"
)


_UNIT_NAMES = {"km": "km", "kilometre": "kilometres", "kilometer": "kilometers"}


def _length_questions(text: str) -> Iterator[tuple[str, str, str, int, int]]:
    """(question, answer, number, start, end) of each length of a long thing in an English
    compound: 'a 6.4km light-rail route' -> 'How long is the light-rail route?'."""
    for m in _LENGTH_COMPOUND.finditer(text):
        if m.group("noun") not in _LONG_THINGS or not ends_noun_phrase(text, m.end()):
            continue
        adj = m.group("adj")
        if adj is not None and (adj in STOPWORDS["en"] or is_finite(adj, "en")):
            continue  # "the| 6km route", not "was| 6km ..."
        num, unit = m.group("num"), m.group("unit").strip(" -").removesuffix("-long")
        if unit == "km":
            answer = m.group("measure") if "-" not in m.group("measure") else f"{num} km"
        else:
            answer = f"{num} {_UNIT_NAMES.get(unit, unit + 's') if num != '1' else unit}"
        named = (
            _NAMED_BEFORE.search(text, 0, m.start())
            if text.startswith(", ", m.start() - 2)
            else None
        )
        what = _named_linear(named.group("name")) if named else None
        if what is None:
            what = _named_subject(text, m.start())
        if what is None:
            route = _ROUTE_NAMED.match(text, m.end())
            said = "" if route or m.start() else _passive_after(text, m.end())
            if not route and not said and m.group("noun") in _PART_NOUNS:
                continue  # "redesigned a 90-metre stretch of wall": which stretch, the card lacks
            what = squash(f"the {m.group('np')} {route.group('route') if route else said}")
        yield f"How long is {what}?", answer, num, m.start("measure"), m.end("num")


# Things whose measure in a unit of length is their length, beyond the routes and lines of
# _LINEAR: a stage of a race, a journey, a barrier ("a 26km prologue", "a 5,000km migration").
_LONG_THINGS = _LINEAR | frozenset(
    """prologue stage leg lap ride walk run race swim trek hike climb journey trip migration
    extension bypass carriageway cycleway footpath towpath greenway boardwalk promenade
    esplanade causeway breakwater pier jetty beach fence barrier tailback queue embankment
    pipe cable tramway busway walkway seafront""".split()
)


# Nouns of a part of something long, which a length question asks of only with what tells
# which part ('the stretch between Perth and Dunkeld', 'the section that has been resurfaced').
_PART_NOUNS = frozenset("stretch section".split())


# A name that opens the sentence as the subject of "is" before the compound: "The Menai Strait
# is| a 25-kilometre stretch of tidal water": the name is what is long.
_NAMED_IS = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})\s+(?:is|was)\s$"
)


def _named_subject(text: str, at: int) -> str | None:
    """'the Menai Strait' of 'The Menai Strait is| a 25-kilometre stretch ...', or None."""
    m = _NAMED_IS.fullmatch(text, 0, at)
    if m is None or len(m.group("name").split()) < 2 and not m.group(0).startswith("The "):
        return None
    name = m.group("name")
    return f"the {name}" if m.group(0).startswith("The ") else name


# The passive or perfect right after a subject that opens the sentence: "The 23-mile stretch|
# has been rebuilt| at a cost of ...": what was done to it tells which one it is.
_PASSIVE_AFTER = re.compile(
    r"\s+(?P<group>(?:has|have|had|was|were|is|are|will)(?:\s+(?:been|be))?\s+(?P<part>[a-z]+))\b"
)


def _passive_after(text: str, at: int) -> str:
    """'that has been rebuilt' of a long thing the sentence opens with, or ''."""
    m = _PASSIVE_AFTER.match(text, at)
    if m is None or not is_participle(m.group("part"), "en"):
        return ""
    return f"that {m.group('group')}"


# The places a long thing runs by or between, right after its noun: "a 14-mile detour| via
# Ross-on-Wye", "the 8km stretch| between Perth and Dunkeld", "a 3-mile section| of the A9".
# They tell which one the question asks of ("How long is the detour via Ross-on-Wye?").
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}"


_ROUTE_NAMED = re.compile(
    rf"\s+(?P<route>(?:via|between|from|of)\s+{_PLACE_NAME}(?:\s+(?:and|to)\s+{_PLACE_NAME})?)"
    r"(?=[\s,;.]|$)"
)


# A name just before the comma of an apposition: "Porto’s new Ruby Line, a 6.4km light-rail
# route": the compound describes the name, which the question asks of.
_NAMED_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w’'-]*\s)*[A-Z][\w’'-]*),\s$")


def _named_linear(name: str) -> str | None:
    """What a length question asks of a name whose last word is a long thing ('the Ruby
    Line', 'Hadrian’s Wall'), or None for other names (a place is not what the length is)."""
    words = name.split()
    if words[0] in {"The", "A", "An"}:
        words = words[1:]
    if not words or words[-1].lower() not in _LINEAR or len(words) < 2:
        return None
    name = " ".join(words)
    return name if "’s " in name or "'s " in name else f"the {name}"


def _whole_spans(s: Sentence, language: str, digits: bool) -> Iterator[tuple[int, int]]:
    for (first, second), pattern in _DURATIONS[language]:
        if first in s.text and second in s.text and not (first == "minut" and _has_hours(s.text)):
            for m in pattern.finditer(s.text):
                yield m.start(), m.end()
    if digits and "-" in s.text:
        for m in _MEASURE_COMPOUND.finditer(s.text):
            yield m.start("num"), m.end("num")
