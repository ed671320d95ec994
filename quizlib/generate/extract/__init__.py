"""Extractors: each proposes candidate cards of one kind of fact from a document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..candidate import Candidate
from ..document import Document
from . import acronyms, cloze, dates, definitions, numbers, quotes, roles

Extractor = Callable[[Document], Iterator[Candidate]]
QUESTION_EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    acronyms.extract,
    definitions.extract,
    quotes.extract,
    roles.extract,
)
# A sentence with a question this good only gets a cloze for a strong span (a list of names).
ASKED_SCORE = 0.7


def candidates(doc: Document) -> list[Candidate]:
    """Every candidate card the extractors propose (overgeneration: ranking picks later).
    Cloze deletions, the fallback, are looked for after the questions."""
    out: list[Candidate] = []
    for extractor in QUESTION_EXTRACTORS:
        out.extend(extractor(doc))
    asked = {
        (c.sentence.block, c.sentence.position)
        for c in out
        if c.question is not None and c.score >= ASKED_SCORE
    }
    out.extend(cloze.extract(doc, asked))
    return out
