"""Whose sentence is it: in an entry, 'La città ...' or 'Crebbe da ...' means the entry."""

from __future__ import annotations

from ..chunks import Token, tokens
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


_KIND_OPENERS = frozenset("il lo la l’ l' the this".split())


def explicit_subject(text: str, sentence: Sentence, language: str) -> str:
    """A card's text with the entry named where its sentence only implies it: 'It hosts ...'
    -> 'Geneva hosts ...', 'La città conta ...' -> 'Budapest conta ...', 'Fu fondata nel ...'
    -> 'La NATO fu fondata nel ...'. Out of its entry the sentence would not say what it is
    about. `text` is the sentence, or a cloze of it with the deletion after its first words."""
    entry = sentence.entry
    if entry is None or not text[:1].isupper():
        return text
    name = entry.phrase[:1].upper() + entry.phrase[1:]
    toks = tokens(sentence.text)
    if len(toks) < 3 or toks[0].start != 0:
        return text
    first, second = toks[0], toks[1]
    if first.low in _PRONOUNS and first.low not in {"she", "he", "they"}:
        cut = first.end  # "It", "Essa", "Esso"
    elif (first.low in _KIND_OPENERS or first.low.startswith(("l’", "l'"))) and _kind_noun(
        first, second, sentence.text
    ):
        cut = _kind_noun(first, second, sentence.text)
    elif (
        first.low in {"si", "ci"}
        or first.low in AUXILIARIES[language]
        or (language == "it" and is_finite(first.low, language))
    ):
        # An Italian verb without its subject: "Fu fondata ...", "Si formò ...".
        if not text.startswith(first.text):
            return text
        return f"{name} {first.low}{text[first.end :]}"
    else:
        return text
    if "{{" in text[:cut] or not text.startswith(sentence.text[:cut]):
        return text  # the deletion starts inside the words replaced
    return name + text[cut:]


def _kind_noun(first: Token, second: Token, text: str) -> int:
    """The end of 'La città' / 'L’agenzia' / 'The city' opening a sentence, or 0 (a capital
    makes the noun part of a name: 'The Organisation for ...')."""
    if first.low.startswith(("l’", "l'")) and len(first.low) > 2:
        noun = first.text[2:]  # "L’agenzia" is one token
        return first.end if noun.islower() and noun in NOUN_KIND else 0
    return second.end if second.text.islower() and second.low in NOUN_KIND else 0
