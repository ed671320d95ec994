"""The earlier figure a count is compared with, asked as the count is, at its own time:
'STEAM welcomed 148,000 visitors in 2026, up from 121,000 in 2024' -> 'How many visitors did
STEAM welcome in 2024?'; 'Il museo ha venduto 40.000 biglietti nel 2025, contro i 31.000 del
2024' -> 'Quanti biglietti ha venduto il museo nel 2024?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...candidate import Candidate

_FIGURE = r"\d{1,3}(?:[,.]\d{3})+|\d+"


# The time a past count's question ends with: "... in 2026?", "... last year?", "... nel
# 2025?", "... l’anno scorso?".
_ASKED_TIME = {
    "en": re.compile(
        r"\s(?P<time>in\s+(?:the\s+)?(?:year\s+to\s+(?:[A-Z][a-z]+\s+)?)?\d{4}(?:[–-]\d{2,4})?"
        r"(?:\s+financial\s+year)?|last\s+year)\?$"
    ),
    "it": re.compile(r"\s(?P<time>nel\s+\d{4}|l’anno\s+scorso)\?$"),
}


# A past verb group in such a question: "did STEAM welcome", "ha venduto il museo".
_PAST_QUESTION = {
    "en": re.compile(r"^How many [a-z ]+? did\s"),
    "it": re.compile(
        r"^(?:A |In |Da |Su )?Quant[ioe] [a-zà-ù ]+? (?:ha|hanno) [a-zà-ù]+(?:at|ut|it)[oaie]\s"
    ),
}


# The earlier figure after the count's own words, cut off by a comma: ", up from 121,000 in
# 2024", ", compared with 11,200 in 2021-22", ", contro i 31.000 del 2024".
_EARLIER = {
    "en": re.compile(
        r"(?P<mid>[^,;:()]{0,60}?),\s+(?:up\s+from|down\s+from|compared\s+with|against)\s+"
        rf"(?P<num>{_FIGURE})(?:\s+(?P<unit>[a-z]+))?\s+"
        r"(?P<time>in\s+(?:the\s+)?\d{4}(?:[–-]\d{2,4})?|last\s+year|(?:the|a)\s+year\s+(?:before|earlier)"
        r"|the\s+previous\s+year)(?=\s*[,.;]|\s+and\s|$)"
    ),
    "it": re.compile(
        r"(?P<mid>[^,;:()]{0,60}?),\s+(?:contro|rispetto\s+a)\s+(?:i|le|gli)\s+"
        rf"(?P<num>{_FIGURE})(?:\s+(?P<unit>[a-zà-ù]+))?\s+"
        r"(?P<time>del\s+\d{4}|dell’anno\s+(?:scorso|precedente))(?=\s*[,.;]|\s+e\s|$)"
    ),
}


# The earlier time as the question says it: "del 2024" -> "nel 2024".
_IT_TIME = (("del ", "nel "), ("dell’anno ", "l’anno "))


# An earlier time said of the count's own: "the year before", "l’anno precedente".
_YEAR_BEFORE = re.compile(r"(?:the|a) year (?:before|earlier)|the previous year|l’anno precedente")


# A question's time that is one year: "in 2025", "nel 2025".
_ONE_YEAR = re.compile(r"(?P<prep>in|nel) (?P<year>\d{4})")


def _said(time: str, language: str) -> str:
    time = " ".join(time.split())
    if language == "it":
        for written, said in _IT_TIME:
            if time.startswith(written):
                return said + time[len(written) :]
    return time


def _earlier_question(c: Candidate, language: str) -> Candidate | None:
    """The question of the figure a count question's answer is compared with, or None."""
    question, text = c.question or "", c.sentence.text
    asked = _ASKED_TIME[language].search(question)
    if asked is None or not _PAST_QUESTION[language].match(question):
        return None
    at = text.find(c.answer)
    if at < 0 or text.find(c.answer, at + 1) >= 0:
        return None
    end = at + len(c.answer)
    m = _EARLIER[language].match(text, end)
    if m is None:
        return None
    noun = m.group("mid").split()[:1]
    if m.group("unit") and m.group("unit") not in noun:
        return None  # "up from 940 homes": a unit, only the count's own
    if asked.group("time") not in text[:end] + m.group("mid"):
        return None  # the question's time is the count's, said before the comparison
    earlier = _said(m.group("time"), language)
    if _YEAR_BEFORE.match(earlier):  # "in 2025, up from 940 the year before": in 2024
        year = _ONE_YEAR.fullmatch(asked.group("time"))
        if year is None:
            return None  # "last year, up from 940 the year before": which year, the card lacks
        earlier = f"{year.group('prep')} {int(year.group('year')) - 1}"
    if earlier == asked.group("time"):
        return None
    said = question[: asked.start("time")] + earlier + "?"
    return replace(c, answer=m.group("num"), question=said, accept=(), score=c.score)


def compared_questions(found: list[Candidate], language: str) -> Iterator[Candidate]:
    """The questions of the earlier figures the counts of one sentence are compared with."""
    for c in found:
        if c.question and c.answer_type == "number" and c.answer[:1].isdigit():
            earlier = _earlier_question(c, language)
            if earlier is not None:
                yield earlier
