"""A share told as a fraction of a whole, asked where it stands: 'In the late 19th century
Wales produced about a third of the world’s roofing slate' -> 'In the late 19th century Wales
produced what share of the world’s roofing slate?' -> 'about a third'; 'Circa un terzo delle
ore di didattica si svolgerà in laboratorio' -> 'Quale parte delle ore di didattica si
svolgerà in laboratorio?'.

The fraction is asked as a figure is in place (in_situ.py): its clause must read whole around
it. A share a verb of making up says ('make up a third of') is the numbers' to ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import Document
from .in_situ import in_situ
from .numbers.candidates import _headline as headline

# Below the questions the other extractors phrase, as the questions asked in place are.
SCORE = 0.6

# A fraction of a whole, the preposition of what it is of after it (kept in the question).
_FRACTION = {
    "en": re.compile(
        r"(?<![\w’'-])(?i:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?(?=\s+of\s)"
        r"|(?<![\w’'-])(?i:half)(?=\s+(?:of\s|the\s|its\s|their\s))",
    ),
    "it": re.compile(
        r"(?<![\w’'-])(?i:un|due|tre)\s+(?:terz|quart|quint|decim)[oi](?=\s+(?:di|del|della|dello"
        r"|dei|degli|delle)\s|\s+dell’)"
        r"|(?<![\w’'-])(?i:la\s+)?metà(?=\s+(?:di|del|della|dello|dei|degli|delle)\s|\s+dell’)",
    ),
}
# The words of a share a verb of making up says, which the numbers ask ("make up a third of").
_SHARE_VERBS = re.compile(
    r"\b(?:make|makes|made|making|account|accounts|accounted|represent|represents|represented"
    r"|rappresenta|rappresentano|rappresentava|costituisce|costituiscono)\s+(?:up\s+|for\s+)?"
    r"(?:[a-z]+\s+){0,2}$",  # a qualifier: "make up roughly three quarters of"
    re.IGNORECASE,
)


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _FRACTION[language]
    for s in doc.sentences:
        if s.source is not None or headline(s, doc):
            continue  # a headline sums up: its share is asked from the text
        for m in pattern.finditer(s.text):
            if _SHARE_VERBS.search(s.text, 0, m.start()):
                continue
            built = in_situ(s, m.start(), m.end(), language, "fraction")
            if built is None:
                continue
            question, answer = built
            if language == "it" and question.startswith("Quale parte") and _plural(m.group(0)):
                continue  # "Due terzi dei fondi arriveranno": the verb is plural, 'parte' is not
            if language == "it" and _SECOND_CLAUSE.search(question, question.find("quale parte")):
                continue  # "... vale quale parte dell’export e i nuovi dazi rischiano ...?"
            yield Candidate(
                "number",
                s,
                SCORE,
                answer[:1].lower() + answer[1:] if answer[:1].isupper() else answer,
                question=question,
                answer_type="fraction",
                topic=f"{answer} share",
            )


# "e" and an article after the share: a second clause with a subject of its own.
_SECOND_CLAUSE = re.compile(r"\se\s(?:il|lo|la|i|gli|le|ogni)\s|\se\sl’")


def _plural(fraction: str) -> bool:
    """Whether an Italian fraction is plural ('due terzi'), as the verb it is the subject of."""
    return fraction.split()[-1].endswith("i")
