"""The part of a cost someone paid, in Italian: "La palestra è costata circa 500.000 euro, di
cui 200.000 coperti dalla Provincia". Asked as 'Quanti euro del costo della palestra sono
coperti dalla Provincia?' (200.000)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from ...verbs import is_participle
from .words import _DIGIT_NUMBER

_CURRENCY = r"(?:euro|(?:milioni|miliardi)\s+di\s+euro)"


# A definite subject, its verb of cost, the whole and its part: "La palestra| è costata| circa
# 500.000 euro|, di cui| 200.000| coperti| dalla Provincia".
_COST_PART = re.compile(
    r"^(?P<art>Il|Lo|La|I|Gli|Le|L’|L')\s?(?P<np>[a-zà-ù]+(?:\s+[a-zà-ùA-Z][\w’']*){0,5}?)"
    r"(?:,\s+(?P<aside>[a-zà-ù]+)\s[^,;:]{2,120}?,)?\s+"
    r"(?P<verb>(?:è|sono)\s+costat[oaie]|costa|costano|costerà|costeranno)"
    r"(?:\s+(?:al|alla|allo|all’|ai|agli|alle)\s+[A-Za-zà-ù]+(?:\s+[A-Za-zà-ù]+)?)?"
    r"\s+(?:circa\s+|oltre\s+|quasi\s+)?" + _DIGIT_NUMBER + r"\s+(?P<currency>" + _CURRENCY + r")"
    r",\s+di\s+cui\s+(?:circa\s+|oltre\s+|quasi\s+)?(?P<part>" + _DIGIT_NUMBER + r")"
    r"(?:\s+(?P<own>" + _CURRENCY + r"))?\s+(?P<participle>[a-zà-ù]+[ti])\s+"
    r"(?P<agent>(?:da|dal|dallo|dalla|dall’|dai|dagli|dalle)\s?[^,;:.()«»“”\"\d]{2,60}?)"
    r"(?=\s*(?:[,;.]|$))"
)


# "di" joined to the subject's article: "il costo| della palestra".
_OF_ARTICLE = {
    **{"il": "del", "lo": "dello", "la": "della", "l’": "dell’", "l'": "dell’"},
    **{"i": "dei", "gli": "degli", "le": "delle"},
}


def _cost_part_questions(s: Sentence) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of the part of a cost a sentence says who paid: 'Quanti euro
    del costo della palestra sono coperti dalla Provincia?' -> '200.000'."""
    m = _COST_PART.match(s.text)
    if m is None or not is_participle(m.group("participle"), "it"):
        return
    if any(c.isdigit() for c in m.group("np")):
        return
    if m.group("aside") and not is_participle(m.group("aside"), "it"):
        return  # "La sala, organizzata dal Comune, è costata": only an aside of a participle
    of = _OF_ARTICLE[m.group("art").lower()]
    subject = f"{of}{m.group('np')}" if of.endswith("’") else f"{of} {m.group('np')}"
    currency = m.group("own") or m.group("currency")
    asked = (
        f"Quanti {currency} del costo {subject} sono {m.group('participle')} {m.group('agent')}?"
    )
    yield asked, m.group("part"), m.start("part")
