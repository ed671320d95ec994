"""A verbless tail that tells what each of a counted set has, read as a statement: 'The firm
bought six electric buses, each with 80 seats.' -> 'Each bus has 80 seats.'; 'Arriveranno
quattro treni ibridi, ciascuno con 150 posti a sedere.' -> 'Ogni treno ha 150 posti a
sedere.'.

The set is the last counted plural before the tail (a figure or a number word, then the
noun: in English its last word before the comma, in Italian its first after the figure),
and the tail runs to the end of the sentence; a participle's aside may stand between them.
The noun is said in the singular (its lemma), and only where the lemma differs from the
plural (a noun the lemmatizer does not know is no statement).
"""

from __future__ import annotations

import re

from .text import upper_first
from .verbs import is_participle, lemma

_NUMBERS = {
    "en": r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several",
    "it": r"\d[\d.]*|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
}
_TAIL = {
    "en": re.compile(r", each with (?P<what>[^,;:«»“”\"()]{3,80})\.$"),
    "it": re.compile(r", (?:ciascun[oa]|ognuno|ognuna) con (?P<what>[^,;:«»“”\"()]{3,80})\.$"),
}
_COUNTED = {
    "en": re.compile(rf"\b(?:{_NUMBERS['en']}) (?:[a-z-]+ ){{0,2}}(?P<noun>[a-z]{{3,}}s)$"),
    "it": re.compile(
        rf"\b(?:{_NUMBERS['it']}) (?:(?:nuov|grand|piccol|altr|ulterior|prim)[a-z]* )?"
        r"(?P<noun>[a-zà-ù]{3,}[ie])(?: [a-zà-ù-]+){0,2}$"
    ),
}

# Plurals of an amount, no counted things ("36 milioni di euro").
_AMOUNTS = frozenset("milioni miliardi mila millions billions thousands hundreds".split())


def each_with_said(text: str, language: str) -> str | None:
    """What each of the counted set before the tail has (see the module's docstring), or
    None."""
    m = _TAIL[language].search(text.rstrip())
    if m is None:
        return None
    before = text[: m.start()]
    head, _, aside = before.rpartition(", ")
    if head and is_participle(aside.split(" ", 1)[0], language):
        before = head  # "quattro treni, acquistati per 36 milioni, ciascuno con ..."
    counted = _COUNTED[language].search(before)
    if counted is None or counted.group("noun") in _AMOUNTS:
        return None
    noun = counted.group("noun")
    single = lemma(noun, language)
    if single == noun or not single.isalpha():
        return None
    what = m.group("what")
    if language == "en":
        return upper_first(f"each {single} has {what}.")
    return upper_first(f"ogni {single} ha {what}.")
