"""What an entry's name means, in the words its paragraph quotes: 'it took its Inuktitut name,
which means “place of many fish”' (entry Iqaluit) -> 'What does the name Iqaluit mean?';
'l’attuale nome, che significa «terra degli uomini integri»' (entry Burkina Faso) -> 'Che cosa
significa il nome Burkina Faso?'.

Only in an entry: there the name whose meaning is told is the entry's, whatever words stand
for it ('its name', 'l’attuale nome')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import Document
from ..text import strip_punct
from .common import entity_card

_MEANS = {
    "en": re.compile(
        r"\b(?:[Ii]ts|[Tt]he)\s(?:(?:current|present|new|[A-Z][a-z]+)\s)?name,?\s"
        r"(?:which\s)?(?:means|meaning)\s[“\"](?P<meaning>[^”\"]{2,60})[”\"]"
    ),
    "it": re.compile(
        r"\b(?:[Ii]l\s(?:suo|cui)\s|[Ll]’attuale\s|[Ii]l\s)nome,?\s(?:che\s)?"
        r"(?:significa|vuol\sdire)\s[«“\"](?P<meaning>[^»”\"]{2,60})[»”\"]"
    ),
}
_QUESTION = {"en": "What does the name {name} mean?", "it": "Che cosa significa il nome {name}?"}
_GATE = {"en": " mean", "it": " signific"}


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        if s.entry is None or _GATE[language] not in s.text and " vuol dire" not in s.text:
            continue
        m = _MEANS[language].search(s.text)
        if m is None:
            continue
        meaning = strip_punct(m.group("meaning"))
        if not meaning:
            continue
        name = s.entry.name
        question = _QUESTION[language].format(name=name)
        yield entity_card(s, meaning, question, f"{name} name meaning", score=0.78)
