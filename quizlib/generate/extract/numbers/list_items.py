"""A sum that opens a list item under a lead that shares money out: 'The money will be spent
on:' / '£450,000 to street cleaning;' -> 'How much goes to street cleaning?', 'I fondi sono
così ripartiti:' / '850.000 euro per il trasporto pubblico;' -> 'Quanto è destinato al
trasporto pubblico?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from .words import _ANY_NUMBER

# A lead whose list shares a sum out: "will be spent on:", "così ripartiti:".
_SHARING_LEAD = {
    "en": re.compile(
        r"\b(?:spen[dt]|allocat|split|divid|earmark|invest|distribut|shar|broken\s+down"
        r"|breakdown|go|goes|money|funding|funds|budget|projects|measures|schemes|sources)[a-z]*\b[^:]*:$"
        r"|\b(?:on|to|for|between):$",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:ripartit|destinat|stanziat|distribuit|investit|suddivis|divis|spes|fondi|risorse"
        r"|somma|budget|interventi|misure|opere|progetti|investimenti|voci|fonti)[a-zà-ù]*\b[^:]*:$",
        re.IGNORECASE,
    ),
}


# The item: the sum, its preposition and what it goes to, up to the item's end.
_ITEM = {
    "en": re.compile(
        r"^(?P<sum>[£$€]" + _ANY_NUMBER["en"] + r"(?:m|bn|k)?)\s+"
        r"(?P<prep>to|for|on|towards|from)\s+(?P<rest>[a-z][^;:()]{2,100}?)\s*[;.]?$"
    ),
    "it": re.compile(
        r"^(?P<sum>" + _ANY_NUMBER["it"] + r"\s+(?:di\s+)?euro)\s+(?P<prep>per|a|al|alla|allo"
        r"|ai|agli|alle|all’)\s*(?P<rest>[a-zà-ù][^;:()]{2,100}?)\s*[;.]?$"
    ),
}


# "per il" -> "al": the article after "per" joined to "a".
_TO_ARTICLE = {"il": "al", "lo": "allo", "la": "alla", "i": "ai", "gli": "agli", "le": "alle"}


def _italian_to(prep: str, rest: str) -> str:
    """'per| il trasporto' -> 'al trasporto', 'alla| manutenzione' as it is."""
    if prep != "per":
        return f"{prep} {rest}" if not prep.endswith("’") else f"{prep}{rest}"
    first, _, after = rest.partition(" ")
    if first in _TO_ARTICLE and after:
        return f"{_TO_ARTICLE[first]} {after}"
    if first.startswith("l’"):
        return f"all’{rest[2:]}"
    return f"a {rest}"


def list_item_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int]]:
    """(question, sum, where it starts) of a sum that opens a list item under a lead that
    shares money out."""
    if not s.lead or not _SHARING_LEAD[language].search(s.lead.strip()):
        return
    m = _ITEM[language].match(s.text)
    if m is None:
        return
    rest, prep = m.group("rest"), m.group("prep")
    if language == "en":
        if prep in ("to", "towards"):
            asked = f"How much goes to {rest}?"
        elif prep == "from":
            asked = f"How much comes from {rest}?"  # "£9.2m from the transport fund;"
        else:
            asked = f"How much is set aside for {rest}?"
    else:
        asked = f"Quanto è destinato {_italian_to(prep, rest)}?"
    yield asked, m.group("sum"), 0
