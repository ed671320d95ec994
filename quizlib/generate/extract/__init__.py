"""Extractors: each proposes candidate cards of one kind of fact from a document."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..candidate import Candidate
from ..document import Document
from . import acronyms, cloze, dates, definitions, numbers, quotes, roles

Extractor = Callable[[Document], Iterator[Candidate]]
EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    acronyms.extract,
    definitions.extract,
    quotes.extract,
    roles.extract,
    cloze.extract,
)


def candidates(doc: Document) -> list[Candidate]:
    """Every candidate card every extractor proposes (overgeneration: ranking picks later)."""
    out: list[Candidate] = []
    for extractor in EXTRACTORS:
        out.extend(extractor(doc))
    return out
