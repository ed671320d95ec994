"""Whose sentence is it: in an entry, 'La città ...' or 'Crebbe da ...' means the entry."""

from __future__ import annotations

from ..chunks import tokens
from ..document import Sentence
from ..lexicon import NOUN_KIND
from ..text import fold
from ..verbs import AUXILIARIES, is_finite

_ARTICLE_WORDS = frozenset("il lo la i gli le l the".split())
_PRONOUNS = frozenset("essa esso it she he they".split())
_LEADING = frozenset("oggi inoltre anche infine poi today also later now".split())


def refers_to_entry(sentence: Sentence, language: str) -> bool:
    """Whether the grammatical subject of an entry sentence is the entry itself."""
    entry = sentence.entry
    if entry is None:
        return False
    text = sentence.text
    folded = fold(text) + " "
    first, _, rest = folded.partition(" ")
    if first in _ARTICLE_WORDS:
        folded = rest
    for name in entry.names:
        n = fold(name)
        if n and folded.startswith(n + " "):
            return True
    toks = [t for t in tokens(text) if t.text not in {",", "“", "”"}]
    while toks and toks[0].low in _LEADING:
        toks = toks[1:]
    if not toks:
        return False
    first = toks[0].low
    if first in _PRONOUNS:
        return True
    # "La città", "Il paese", "The city": a definite article and a kind noun.
    if first in {"il", "lo", "la", "l’", "the", "this"} and len(toks) > 1:
        if toks[1].low in NOUN_KIND:
            return True
        return False
    if first in {"si", "ci"} and len(toks) > 1:
        first = toks[1].low
    return first in AUXILIARIES[language] or is_finite(first, language)
