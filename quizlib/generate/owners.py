"""Whose a possessive is: 'her skipper, Ronan Doherty' after sentences about Orla Keane is
Orla Keane's skipper. A card shows one sentence, so 'her' must name its owner there.

    owner_of("her", index, doc, exclude={"Ronan Doherty"}) -> "Orla Keane"
"""

from __future__ import annotations

from collections.abc import Collection

from .document import Document, Sentence
from .extract.common import PERSON_POSSESSIVES, person_named_before

# The English possessives of a person, by the gender they say.
POSSESSIVE_GENDER = PERSON_POSSESSIVES
# How many sentences back the owner may be named: further back, another may be meant.
REACH = 6


def owner_of(pronoun: str, index: int, doc: Document, exclude: Collection[str]) -> str | None:
    """The person a possessive in doc.sentences[index] stands for: the one the nearest
    sentence before it names (other than `exclude`), of the gender the possessive says or of
    none known; None when that sentence names two such people, or none is near."""
    want = POSSESSIVE_GENDER.get(pronoun.lower())
    if want is None:
        return None
    return person_named_before(doc, index, want, exclude, REACH, _other_entry)


def _other_entry(s: Sentence, here: Sentence) -> bool:
    """An entry's sentences speak of its own subject: one of another entry is no guide."""
    return s.entry is not here.entry
