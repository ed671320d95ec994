"""What a person said, asked of the person: the reverse of 'Who said “…”?' ('What did Dan
Pirelli say?' -> 'We’ve ended up with a good plant and a bad deal'), as an Anki note type
with a reverse card asks a fact both ways. Its choices are the other quotations of the
article (see distractors.build_pools).

Only a person the article quotes once is asked: of someone quoted twice, either quotation
would be right and the card could hold one. A quotation the question of its speaker cut
('…'), or a phrase of it the reporter's sentence holds ('said the vote was “finely
balanced”'), is no answer one could give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..candidate import REMARK, Candidate
from ..document import Document
from ..phrase import render
from ..text import fold

# The quotation in a 'Who said …?' question: between its first opening mark and the closing
# one before the question mark.
_QUOTED = re.compile(r"[“«](?P<q>.+)[”»]\?$")
_LEAST_WORDS = 4  # of a quotation that is a sentence of its own, not a phrase ("finely balanced")
_SCORE = 0.45  # below the question of who said it and the office of its speaker


def quotation(c: Candidate, language: str) -> str | None:
    """The quotation a 'Who said “…”?' candidate shows when it is a whole sentence (not cut
    with '…', not a phrase the reporter's sentence holds), or None for any other candidate."""
    if c.kind != "quote" or c.answer_type != "person" or c.question is None:
        return None
    m = _QUOTED.search(c.question)
    if m is None:
        return None
    quote = m.group("q")
    if quote.endswith("…") or not quote[:1].isupper() or len(quote.split()) < _LEAST_WORDS:
        return None  # a cut quotation, or a few words inside a sentence of the reporter's
    return quote if render(language, "quote", quote=quote) == c.question else None


def extract(found: Iterable[Candidate], doc: Document) -> Iterator[Candidate]:
    """The reverse card of each 'Who said “…”?' of a person quoted once."""
    said: dict[str, list[tuple[Candidate, str]]] = {}
    for c in found:
        quote = quotation(c, doc.language)
        if quote is not None:
            speaker = doc.person(c.answer) or c.answer
            said.setdefault(fold(speaker), []).append((c, quote))
    for quotes in said.values():
        if len({fold(q) for _, q in quotes}) != 1:
            continue
        c, quote = quotes[0]
        yield Candidate(
            "quote",
            c.sentence,
            _SCORE,
            quote,
            question=render(doc.language, "quote_reverse", speaker=c.answer),
            answer_type=REMARK,
            topic=c.answer,
        )
