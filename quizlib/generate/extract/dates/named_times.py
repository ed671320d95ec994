"""A date named again by the clause after it: '... il più pesante dal 2009, quando la crisi fece
crollare gli ordini' -> 'La crisi fece crollare gli ordini nel 2009.'; 'a study begun in 2011,
when the council estimated the cost at £120m' -> 'The council estimated the cost at £120m in
2011.'. The clause after 'quando'/'when' tells what happened at the date: asked of it when the
clause the date is in gets no question."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import main_verb, starts_with_subject, tokens
from ...document import Sentence
from ...text import upper_first
from .spans import DateSpan, find_dates

_WHEN_AFTER = {
    "it": re.compile(r",?\s(?:quando|allorché)\s"),
    "en": re.compile(r",?\swhen\s"),
}
# Where the clause after 'quando'/'when' ends: a stop, a dash, a quotation.
_CLAUSE_END = re.compile(r",\s|;|:|\s[–—]\s|[«»“”\"()]|\.\s*$")
# Pronouns that stand for someone the clause does not name.
_PERSONAL = {
    "it": frozenset("io tu noi voi lui lei loro".split()),
    "en": frozenset("i you we he she they it".split()),
}
# A day of the month in the date: "22 novembre", "May 24".
_DAY = re.compile(r"(?<![\d.])\d{1,2}(?:°|st|nd|rd|th)?(?![\d.])")
_PREPOSITION = {"it": ("nel", "il"), "en": ("in", "on")}


def when_clause_said(
    s: Sentence, span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The clause after 'quando'/'when' right after the date, said with the date ('La crisi
    fece crollare gli ordini nel 2009.'), and the date span in it; None when no such clause
    follows the date, or it opens with no subject, has no verb, or holds a date of its own."""
    if span.is_range or span.is_time or span.is_day:
        return None
    m = _WHEN_AFTER[language].match(s.text, span.end)
    if m is None:
        return None
    rest = s.text[m.end() :]
    cut = _CLAUSE_END.search(rest)
    clause = rest[: cut.start()] if cut else rest
    toks = tokens(clause)
    if len(toks) < 3 or not starts_with_subject(toks, language):
        return None
    if toks[0].low in _PERSONAL[language] or find_dates(clause, language):
        return None
    if main_verb(toks, language) is None:
        return None
    value = s.text[span.value_start : span.end]
    year_or_month = span.is_year or _DAY.search(value) is None
    prep = _PREPOSITION[language][0 if year_or_month else 1]
    said = f"{upper_first(clause)} {prep} {value}."
    moved = next((d for d in find_dates(said, language) if d.start >= len(clause)), None)
    if moved is None or moved.answer != span.answer:
        return None
    return replace(s, text=said), moved
