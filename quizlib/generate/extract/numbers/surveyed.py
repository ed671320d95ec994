"""The size of a survey, told where it is named: 'Secondo un'indagine dell'associazione su 310
imprese, ...' -> 'Su quante imprese è stata condotta l'indagine dell'associazione?', 'According
to a poll of 2,000 adults, ...' -> 'How many adults were polled?'. Wherever the survey stands,
the count after it is the number of those it asked."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from ...lexicon import STOPWORDS
from ...text import upper_first
from .counts import _plural
from .gender import _how_many_it
from .words import _ANY_NUMBER

_BOUND = {
    "en": r"(?:more\s+than|over|about|around|nearly|almost|some|just\s+over)\s+",
    "it": r"(?:oltre|più\s+di|quasi|circa|poco\s+meno\s+di|poco\s+più\s+di)\s+",
}


# The Italian surveys, with their article and the participle that agrees with them.
_IT_SURVEYS = {
    "indagine": ("l’indagine", "stata condotta"),
    "inchiesta": ("l’inchiesta", "stata condotta"),
    "rilevazione": ("la rilevazione", "stata condotta"),
    "sondaggio": ("il sondaggio", "stato condotto"),
    "studio": ("lo studio", "stato condotto"),
    "censimento": ("il censimento", "stato condotto"),
    "questionario": ("il questionario", "stato condotto"),
}


_EN_SURVEYS = {"survey": "surveyed", "poll": "polled"}


# A survey with an indefinite or definite article, maybe the complement of who made it ("dell’
# associazione", "by YouGov"), then "su"/"of", the figure and the plural noun it counts.
_SURVEY = {
    "it": re.compile(
        r"(?<![\w’'])(?:un’|un\s+|uno\s+|una\s+|l’|il\s+|lo\s+|la\s+)"
        r"(?P<kind>" + "|".join(_IT_SURVEYS) + r")"
        r"(?P<whose>\s+(?:di|del|dello|della|dei|degli|delle|dell’)\s*[\w’]+(?:\s+[\w’]+){0,2}?)?"
        r"\s+su\s+(?:" + _BOUND["it"] + r")?(?P<n>" + _ANY_NUMBER["it"] + r")\s+"
        r"(?P<noun>[a-zà-ù]{3,})\b(?!’)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<kind>survey|poll)"
        r"(?P<whose>)\s+of\s+(?:" + _BOUND["en"] + r")?(?P<n>" + _ANY_NUMBER["en"] + r")\s+"
        r"(?P<noun>[a-z]{3,})\b(?!['’-])",
        re.IGNORECASE,
    ),
}


def surveyed_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int]]:
    """(question, figure, where it starts) of the number of those a survey the sentence names
    asked."""
    for m in _SURVEY[language].finditer(s.text):
        noun = m.group("noun")
        if noun.lower() in STOPWORDS[language] or not _plural(noun, language):
            continue
        whose = m.group("whose") or ""
        if any(c.isdigit() for c in whose):
            continue
        kind = m.group("kind").lower()
        if language == "it":
            survey, done = _IT_SURVEYS[kind]
            how = _how_many_it(noun).lower()
            asked = upper_first(f"su {how} {noun} è {done} {survey}{whose}") + "?"
        else:
            asked = f"How many {noun} were {_EN_SURVEYS[kind]}?"
        yield asked, m.group("n"), m.start("n")
