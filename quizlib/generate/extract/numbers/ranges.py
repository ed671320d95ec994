"""A count given as a range of two figures: 'The trust expects between 150 and 200 births a
year' -> 'How many births a year does the trust expect?' -> 'between 150 and 200', 'L’Asl
prevede tra 150 e 200 parti' -> 'Quanti parti prevede l’Asl?' -> 'tra 150 e 200'. The clause
is read as if it said the upper figure alone, and the answer says the whole range."""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document, Sentence
from .counts import _Count
from .questions import _OTHERS, _count_question
from .words import _ANY_NUMBER

# The lower figure of a range and the word joining it to the upper one, right before the
# count: "between 150 and| 200 births", "tra 15 e| 20 addetti", "fra i 30 e i| 40 posti".
_RANGE_BEFORE = {
    "en": re.compile(
        rf"(?<![\w’'-])(?P<bound>[Bb]etween)\s+(?P<low>{_ANY_NUMBER['en']})\s+and\s+$"
    ),
    "it": re.compile(
        rf"(?<![\w’'-])(?P<bound>[Tt]ra|[Ff]ra)\s+(?P<low>{_ANY_NUMBER['it']})\s+e\s+$"
    ),
}

_LONGEST_RANGE = 40  # characters of "between" and the lower figure before the count


def ranged_question(count: _Count, s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(question, answer) of a count whose figure ends a range, or None: the question of the
    clause without the range's opening and lower figure, answered with the range."""
    if count.noun in _OTHERS:
        return None  # "infect between ten and twelve others who ...": who, the card cannot say
    text = s.text
    m = _RANGE_BEFORE[doc.language].search(text, max(0, count.start - _LONGEST_RANGE), count.start)
    if m is None:
        return None
    cut = count.start - m.start()
    shorter = replace(s, text=text[: m.start()] + text[count.start :])
    upper = replace(
        count,
        start=count.start - cut,
        end=count.end - cut,
        noun_end=count.noun_end - cut,
        unit_end=count.unit_end - cut,
    )
    found = _count_question(upper, shorter, doc)
    if found is None or not found[1].lower().startswith(count.number.lower()):
        return None  # answered by a bound the cut clause reads another way
    bound = m.group("bound").lower()
    return found[0], f"{bound} {text[m.start('low') : count.start]}{found[1]}"
