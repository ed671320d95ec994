"""The capacity an Italian noun phrase gives its thing with "da": 'il parcheggio interrato da 90
posti sarà completato entro la primavera' -> 'Quanti posti avrà il parcheggio interrato?', 'Dispone
di una tribuna da 2.000 posti' -> 'Quanti posti ha la tribuna?'. Wherever the phrase stands in
its clause (subject, object, a list item), the thing is named by its noun and what follows it."""

from __future__ import annotations

import re

from ...chunks import PREPOSITIONS
from ...lexicon import IT_PLURAL_ARTICLES, STOPWORDS
from ...text import definite_article
from ...verbs import is_finite, is_gerund
from .counts import _Count
from .gender import _how_many_it

# The nouns of what a place holds: "posti", "camere", "posti letto".
_CAPACITY_NOUNS = frozenset("posti camere letti stanze postazioni".split())


# The nouns of what a place is equipped with, after "con": "una sala d’attesa con 90 posti a
# sedere", "un servizio di autobus con 12 corse giornaliere".
_EQUIPMENT_NOUNS = _CAPACITY_NOUNS | frozenset("sale aule piani corse sportelli binari".split())


# The noun phrase right before "da"/"con" and the figure: "il parcheggio interrato| da| 90
# posti", "una tribuna provvisoria da", "una sala d’attesa con".
_BEFORE = re.compile(
    r"(?P<art>(?:il|lo|la|i|gli|le|un|uno|una)\s|l’|un’)"
    r"(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù’]+){0,3})"
    r"\s+(?P<prep>da|con)\s+(?:circa\s+|oltre\s+|quasi\s+)?$",
    re.IGNORECASE,
)


# The longest counted phrase after "con": "posti a sedere".
_LONGEST_NOUNS = 3


# Words of a noun phrase that join a noun to its complement: "parcheggio di scambio".
_JOINTS = frozenset("di del della dello dei degli delle d’".split())


# Whose the thing is, which a question without its owner cannot say: "un proprio programma".
_POSSESSIVES = frozenset("proprio propria suo sua loro nostro nostra".split())


# Verbs of asking for a thing: "richiede una sala stampa con dodici postazioni" tells what it
# must have, not what it has.
_ASKED_FOR = frozenset(
    """richiede richiedono richiesto richiesta chiede chiedono serve servono servirebbe
    servirebbero occorre occorrono""".split()
)


_WORD = re.compile(r"[a-zà-ù]+")


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
        if w.startswith("d’") and w[2:].isalpha():
            continue  # "sala d’attesa"
        if w in STOPWORDS["it"] or w in PREPOSITIONS["it"] or "’" in w or w in _POSSESSIVES:
            return False
        if is_finite(w, "it") or is_gerund(w, "it"):
            return False
    return True


# How far before the figure its noun phrase may start.
_REACH = 70


def _phrase_before(text: str, at: int) -> re.Match[str] | None:
    """The nearest article and plain noun phrase before "da"/"con" and the figure at `at`:
    'una piscina e| una tribuna da| 120 posti'."""
    found = None
    for start in range(max(0, at - _REACH), at):
        if start and not text[start - 1].isspace():
            continue
        m = _BEFORE.fullmatch(text, start, at)
        if m is not None and _noun_phrase(m.group("np").lower().split()):
            found = m
    return found


def capacity_question(count: _Count, text: str) -> str | None:
    """'Quanti posti avrà il parcheggio interrato?' of 'il parcheggio interrato da 90 posti', or
    None when the noun is no capacity or no plain noun phrase comes before "da"."""
    if count.noun not in _EQUIPMENT_NOUNS:
        return None
    m = _phrase_before(text, count.start)
    if m is None or not _ASKED_FOR.isdisjoint(_WORD.findall(text[: m.start()].lower())):
        return None
    if m.group("prep").lower() == "da":
        if count.noun not in _CAPACITY_NOUNS or count.nouns != count.counted:
            return None
    elif len(count.nouns.split()) > _LONGEST_NOUNS or not text.startswith(
        (",", ";", ".", " e "), count.noun_end
    ):
        return None  # "con 90 posti| per i parenti": the phrase goes on about them
    words = m.group("np").split()
    article = m.group("art").strip().lower()
    if article in IT_PLURAL_ARTICLES:
        return None  # "gli alberghi da 80 camere sono rari": things of a kind, no one place
    indefinite = article in {"un", "uno", "una", "un’"}
    the = definite_article(article, words[0]) if indefinite else article
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(words)}"
    future = _FUTURE.search(text) is not None
    have = "avrà" if future else "ha"
    return f"{_how_many_it(count.noun, count.adj)} {count.nouns} {have} {named}?"
