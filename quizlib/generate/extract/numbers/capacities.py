"""The capacity an Italian noun phrase gives its thing with "da": 'il parcheggio interrato da 90
posti sarà completato entro la primavera' -> 'Quanti posti avrà il parcheggio interrato?', 'Dispone
di una tribuna da 2.000 posti' -> 'Quanti posti ha la tribuna?'. Wherever the phrase stands in
its clause (subject, object, a list item), the thing is named by its noun and what follows it."""

from __future__ import annotations

import re

from ...chunks import PREPOSITIONS
from ...lexicon import STOPWORDS
from ...text import definite_article
from ...verbs import is_finite, is_gerund
from .counts import _Count
from .gender import _how_many_it

# The nouns of what a place holds: "posti", "camere", "posti letto".
_CAPACITY_NOUNS = frozenset("posti camere letti stanze postazioni".split())


# The noun phrase right before "da" and the figure: "il parcheggio interrato| da| 90 posti",
# "una tribuna provvisoria da", "le gradinate da".
_BEFORE = re.compile(
    r"(?:^|\s)(?P<art>(?:il|lo|la|i|gli|le|un|uno|una)\s|l’|un’)"
    r"(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù’]+){0,3})"
    r"\s+da\s+(?:circa\s+|oltre\s+|quasi\s+)?$",
    re.IGNORECASE,
)


# Words of a noun phrase that join a noun to its complement: "parcheggio di scambio".
_JOINTS = frozenset("di del della dello dei degli delle d’".split())


# Whose the thing is, which a question without its owner cannot say: "un proprio programma".
_POSSESSIVES = frozenset("proprio propria suo sua loro nostro nostra".split())


_PLURAL_ARTICLES = frozenset("i gli le".split())


# A future in the sentence: the thing is still to come ("sarà completato", "ospiterà").
_FUTURE = re.compile(r"\b[a-zà-ù]{2,}(?:rà|ranno)\b")


def _noun_phrase(words: list[str]) -> bool:
    """Whether the words after the article make a plain noun phrase: a noun, adjectives, a
    "di" complement; no verb, no other preposition, no stop word."""
    if words[0] in _JOINTS or words[-1] in _JOINTS:
        return False
    for w in words:
        if w in _JOINTS:
            continue
        if w in STOPWORDS["it"] or w in PREPOSITIONS["it"] or "’" in w or w in _POSSESSIVES:
            return False
        if is_finite(w, "it") or is_gerund(w, "it"):
            return False
    return True


def capacity_question(count: _Count, text: str) -> str | None:
    """'Quanti posti avrà il parcheggio interrato?' of 'il parcheggio interrato da 90 posti', or
    None when the noun is no capacity or no plain noun phrase comes before "da"."""
    if count.noun not in _CAPACITY_NOUNS or count.nouns != count.counted:
        return None
    m = _BEFORE.search(text, max(0, count.start - 70), count.start)
    if m is None:
        return None
    words = m.group("np").split()
    if not _noun_phrase([w.lower() for w in words]):
        return None
    article = m.group("art").strip().lower()
    if article in _PLURAL_ARTICLES:
        return None  # "gli alberghi da 80 camere sono rari": things of a kind, no one place
    indefinite = article in {"un", "uno", "una", "un’"}
    the = definite_article(article, words[0]) if indefinite else article
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(words)}"
    future = _FUTURE.search(text) is not None
    have = "avrà" if future else "ha"
    return f"{_how_many_it(count.noun, count.adj)} {count.nouns} {have} {named}?"
