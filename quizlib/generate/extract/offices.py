"""Offices beyond a single office word: offices of two words whose last word alone names no
office ('il pubblico ministero', 'the harbour master', 'the council’s cabinet member for
finance'); offices many people hold at once ('il consigliere regionale', 'Local councillor'),
which name one holder only with what they are of ('la consigliera di minoranza'); offices a
case has one holder of ('the prosecutor', 'la giudice'), which say who in its article alone;
and titles written before a name as an honorific is ('the Recorder of Carlisle, | Judge Andrew
Kinsella')."""

from __future__ import annotations

import re
from itertools import pairwise

# Offices of two words whose second word is no office alone: "il pubblico | ministero" (a
# ministry), "the harbour | master", "the council’s cabinet | member for finance".
COMPOUND_OFFICES = {
    "it": frozenset([("pubblico", "ministero")]),
    "en": frozenset(
        [
            ("harbour", "master"),
            ("port", "master"),
            ("cabinet", "member"),
            ("executive", "member"),
            ("board", "member"),
            ("portfolio", "holder"),
        ]
    ),
}

# Offices many people hold at once, in one council or office: which one, only what they are of
# says ("la consigliera di minoranza", "the cabinet member for finance").
_MANY_HOLDERS = {
    "it": frozenset("consigliere consigliera funzionario funzionaria".split()),
    "en": frozenset("councillor councilor alderman member holder".split()),
}
# The words that open what an office is of: "di minoranza", "for finance", "of the board".
_OF_WHAT = {
    "it": re.compile(r"\s(?:di|del|dello|della|dei|degli|delle|dell’|d’|al|alla|all’|ai|alle)\b"),
    "en": re.compile(r"\s(?:of|for)\s|’s\s"),
}

# Offices a trial or a match has one holder of: said alone, they name the one of the article's
# case ("Prosecutor Helen Armitage" -> "Who is the prosecutor?").
CASE_OFFICES = {
    "it": frozenset("giudice pm".split()),
    "en": frozenset("prosecutor judge coroner".split()),
}

# Titles written capitalised right before a name, as honorifics are: "The harbour master, |
# Captain Owain Rees,", "the Recorder of Carlisle, | Judge Andrew Kinsella,".
NAME_TITLES = frozenset("captain judge admiral colonel commodore".split())

_INDEFINITE = frozenset("un uno una un’ a an another".split())
_DEFINITE = frozenset("il lo la l’ i gli le the its their his her".split())
_BETWEEN_MOST = 2  # words that describe the office between an indefinite article and it


def compound_office(first: str, second: str, language: str) -> bool:
    """Whether two words (lowercased) make one office: 'pubblico ministero', 'harbour master'."""
    return (first, second) in COMPOUND_OFFICES[language]


def has_compound_office(words: list[str], language: str) -> bool:
    """Whether lowercased words hold an office of two words ('cabinet member')."""
    return any(compound_office(a, b, language) for a, b in pairwise(words))


def many_hold(office: str, language: str) -> bool:
    """Whether an office is one many people hold at once, said without what it is of: 'Local
    councillor', 'consigliere regionale', 'cabinet member'; not 'consigliera di minoranza',
    'the council’s cabinet member for finance'."""
    words = office.lower().split()
    if not words:
        return False
    head = words[0] if language == "it" else words[-1]
    if head not in _MANY_HOLDERS[language] and not (
        language == "en" and any(w in _MANY_HOLDERS["en"] for w in words)
    ):
        return False
    return _OF_WHAT[language].search(office) is None


def indefinite_before(lows: list[str], role: int) -> bool:
    """Whether an indefinite article opens the office at `role`, with a word or two that
    describe it between: 'una nuova | funzionaria della ragioneria', 'a | councillor' (one of
    many: no question asks for the one)."""
    k = role - 1
    while k >= 0 and role - k <= _BETWEEN_MOST + 1:
        low = lows[k]
        if low in _INDEFINITE:
            return True
        if not low.isalpha() or low in _DEFINITE:
            return False  # "un premio | il presidente": the office has an article of its own
        k -= 1
    return False
