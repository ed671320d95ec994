"""Whose 'its' is, when a sentence opens with it: the business or body the sentence before
names as its subject ('Grimsby Fish Market Ltd, which runs the auctions, sold ... . Its
turnover reached £58 million' -> 'Grimsby Fish Market Ltd’s turnover'). A card shows one
sentence, so the question must name the owner."""

from __future__ import annotations

import re

from ...document import Document, Sentence
from ...lexicon import STOPWORDS

# A name of two to seven capitalised words that opens a sentence as its subject: a comma or
# a word in small letters (its verb) follows it.
_OPENING_NAME = re.compile(
    r"^(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z][\w&’'.-]*){1,6})"
    r"(?=,\s|\s+[a-z])"
)


def subject_named_before(s: Sentence, doc: Document) -> str | None:
    """The name that opens the sentence right before `s` in its paragraph, when `s` opens with
    'Its' and that name is no person's; None otherwise."""
    if doc.language != "en" or not s.text.startswith("Its "):
        return None
    at = next((i for i, other in enumerate(doc.sentences) if other is s), None)
    if not at:
        return None
    before = doc.sentences[at - 1]
    if before.block != s.block or before.entry is not s.entry:
        return None
    m = _OPENING_NAME.match(before.text)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0].lower() in STOPWORDS["en"] or doc.person(name) is not None:
        return None  # "In Hull ...": no subject; "Anna Reid": 'her', not 'its'
    return name
