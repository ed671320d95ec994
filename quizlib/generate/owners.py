"""Whose a possessive is: 'her skipper, Ronan Doherty' after sentences about Orla Keane is
Orla Keane's skipper. A card shows one sentence, so 'her' must name its owner there.

    owner_of("her", index, doc, exclude={"Ronan Doherty"}) -> "Orla Keane"
"""

from __future__ import annotations

from collections.abc import Collection

from .document import Document
from .extract.common import people_in
from .given_names import gender

# The English possessives of a person, by the gender they say.
POSSESSIVE_GENDER = {"her": "f", "his": "m"}
# How many sentences back the owner may be named: further back, another may be meant.
REACH = 6


def owner_of(pronoun: str, index: int, doc: Document, exclude: Collection[str]) -> str | None:
    """The person a possessive in doc.sentences[index] stands for: the one the nearest
    sentence before it names (other than `exclude`), of the gender the possessive says or of
    none known; None when that sentence names two such people, or none is near."""
    want = POSSESSIVE_GENDER.get(pronoun.lower())
    if want is None:
        return None
    here = doc.sentences[index]
    for k in range(index - 1, max(-1, index - 1 - REACH), -1):
        s = doc.sentences[k]
        if s.entry is not here.entry:
            return None  # an entry's sentences speak of its own subject
        fits = {
            name
            for _start, _end, name in people_in(s.text, doc)
            if name not in exclude and gender(name) in (want, None)
        }
        if fits:
            return fits.pop() if len(fits) == 1 else None
    return None
