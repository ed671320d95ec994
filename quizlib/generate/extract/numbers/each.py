"""The weight each of several things has, said after them: 'Its four electric pumps, each
weighing 18 tonnes, ...' -> 'How much does each of the four electric pumps weigh?', 'le
quattro pompe, ciascuna del peso di 18 tonnellate, ...' -> 'Quanto pesa ciascuna delle
quattro pompe?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...lexicon import STOPWORDS
from .words import _ANY_NUMBER

_EN_WEIGHT = r"tonnes|tons|kilograms|kilos|kg|grams|g|pounds|lb|stone"
_IT_WEIGHT = r"tonnellate|chilogrammi|chili|kg|grammi|quintali"


_EACH = {
    "en": re.compile(
        r"(?:^|(?<=\s))(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<np>(?:[a-z0-9-]+\s+){0,3}[a-z]{3,}s),"
        r"\s+each\s+weighing\s+(?P<weight>(?:(?:about|around|up\s+to|more\s+than|nearly|almost)\s+)?"
        rf"(?:{_ANY_NUMBER['en']})\s*(?:{_EN_WEIGHT}))(?![\w-])"
    ),
    "it": re.compile(
        r"(?:^|(?<=\s))(?P<det>[Ll]e|[Ii]|[Gg]li)\s+(?P<np>(?:[a-zà-ù0-9-]+\s+){0,3}[a-zà-ù]{3,}),"
        r"\s+(?P<each>ciascun[oa]|ognun[oa])\s+(?:del\s+peso\s+di|da)\s+"
        r"(?P<weight>(?:(?:circa|quasi|oltre|fino\s+a)\s+)?"
        rf"(?:{_ANY_NUMBER['it']})\s*(?:{_IT_WEIGHT}))(?![\w-])"
    ),
}


_IT_OF_THE = {"le": "delle", "i": "dei", "gli": "degli"}


def each_weight_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, weight, where it starts) of what each of several things weighs."""
    language = doc.language
    for m in _EACH[language].finditer(s.text):
        np = m.group("np")
        if any(w in STOPWORDS[language] for w in np.split()):
            continue  # "the pumps at the station, each ...": a phrase, not one noun
        if language == "en":
            asked = f"How much does each of the {np} weigh?"
        else:
            of_the = _IT_OF_THE[m.group("det").lower()]
            asked = f"Quanto pesa {m.group('each')} {of_the} {np}?"
        yield asked, m.group("weight"), m.start("weight")
