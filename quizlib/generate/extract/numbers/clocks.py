"""Durations told in several units of the clock, asked whole: 'I partecipanti hanno dormito
in media 6 ore e 52 minuti' -> 'Quanto tempo hanno dormito i partecipanti in media?', 'She won
in 3 hours 52 minutes and 14 seconds' -> 'How long ...?'. The clause is asked as a count of
its first unit would be, its 'how many hours' made 'how long'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from .counts import _counts
from .questions import _count_question

_NUMBER = r"\d{1,3}"


# A first unit of the clock and the smaller ones after it, the last after "e"/"and": "6 ore
# e 52 minuti", "3 hours 52 minutes and 14 seconds", "2 hours, 5 minutes and 8 seconds".
_COMPOUND = {
    "it": re.compile(
        rf"(?<![\w.,’])(?P<first>{_NUMBER}\s+(?:ore|minuti))"
        rf"(?:,?\s+{_NUMBER}\s+minuti)?,?\s+(?:e|ed)\s+{_NUMBER}\s+(?:minuti|secondi)(?![\w’-])"
    ),
    "en": re.compile(
        rf"(?<![\w.,’])(?P<first>{_NUMBER}\s+(?:hours|minutes))"
        rf"(?:,?\s+{_NUMBER}\s+minutes)?,?\s+and\s+{_NUMBER}\s+(?:minutes|seconds)(?![\w’-])"
    ),
}


# The lead of a count of the first unit, and how a duration asks it: "Quante ore" -> "Quanto
# tempo", "In quante ore" -> "In quanto tempo", "How many hours" -> "How long".
_LEAD = {
    "it": re.compile(r"^(?:(?P<prep>Per|In)\s+quante|Quante|Quanti)\s+(?:ore|minuti)\s"),
    "en": re.compile(r"^(?:(?P<prep>For)\s+how|How)\s+many\s+(?:hours|minutes)\s"),
}


def _how_long(asked: str, language: str) -> str | None:
    """The question of a count of hours made one of a duration: 'Quante ore hanno dormito
    ...?' -> 'Quanto tempo hanno dormito ...?'; None when its lead is another."""
    m = _LEAD[language].match(asked)
    if m is None:
        return None
    rest = asked[m.end() :]
    prep = m.group("prep")
    if language == "it":
        lead = f"{prep} quanto tempo" if prep else "Quanto tempo"
    else:
        lead = f"{prep} how long" if prep else "How long"
    return f"{lead} {rest}"


def compound_duration_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, duration, where it starts) of each duration in several units of the clock
    that a clause governs as it would a count of its first unit."""
    language = doc.language
    text = s.text
    for m in _COMPOUND[language].finditer(text):
        plain = text[: m.end("first")] + text[m.end() :]
        sentence = Sentence(
            plain, s.origin, s.block, s.position, s.entry, s.lead, s.source or s.text
        )
        count = next(
            (c for c in _counts(plain, language, True, frozenset()) if c.start == m.start()), None
        )
        if count is None:
            continue
        found = _count_question(count, sentence, doc)
        asked = _how_long(found[0], language) if found else None
        if asked is not None:
            yield asked, m.group(0), m.start()
