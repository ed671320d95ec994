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
    r"(?:\s+(?:complessivamente|in\s+tutto|in\s+totale))?"  # "è costato complessivamente"
    r"\s+(?:circa\s+|oltre\s+|quasi\s+)?" + _DIGIT_NUMBER + r"\s+(?P<currency>" + _CURRENCY + r")"
    r",\s+di\s+cui\s+(?:circa\s+|oltre\s+|quasi\s+)?(?P<part>" + _DIGIT_NUMBER + r""
    r"(?:\s+(?:milioni|miliardi)(?!\s+di))?)"  # "di cui 4,1 milioni arrivati dal PNRR"
    r"(?:\s+(?P<own>" + _CURRENCY + r"))?\s+(?P<participle>[a-zà-ù]+[ti])\s+"
    r"(?P<agent>(?:da|dal|dallo|dalla|dall’|dai|dagli|dalle)\s?[^,;:.()«»“”\"\d]{2,60}?"
    r"(?:\s\([^()]{1,12}\))?)"  # "dal Piano nazionale ... (PNRR)": its short name
    r"(?=\s*(?:[,;.]|$)|\s+e\s+(?:il|la|per)\s+(?:resto|parte|restante)\b)"
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
    if m.group("part").endswith(("milioni", "miliardi")):
        currency = "euro"  # "di cui 4,1 milioni": the answer holds its millions
    asked = (
        f"Quanti {currency} del costo {subject} sono {m.group('participle')} {m.group('agent')}?"
    )
    yield asked, m.group("part"), m.start("part")


# The share of a sum someone paid, told by a participle after the sum: "..., coperti per il
# 60% dalla Regione", "coperto per il 70 per cento dai fondi del PNRR e per il resto ...".
_SHARE_PAID = (
    r"(?:circa\s+)?" + _DIGIT_NUMBER + r"\s+" + _CURRENCY + r",\s+"
    r"(?P<participle>(?:copert|finanziat|pagat|sostenut)[oaie])\s+per\s+(?:il\s+|l’|l')"
    r"(?P<share>" + _DIGIT_NUMBER + r"(?:\s?%|\s+per\s+cento))\s+"
    r"(?P<agent>(?:da|dal|dalla|dallo|dall’|dai|dagli|dalle)\s?[^,;:.()«»“”\"\d]{2,60}?)"
    r"(?=\s*(?:[,;.]|$)|\s+e\s+per\s)"  # "e per il resto dal Comune": not inside "X e Y"
)


# The sum is a noun's, with its indefinite article: "con un investimento| di 3,2 milioni di
# euro, coperto per il 60% da fondi europei".
_NOUN_SHARE_PAID = re.compile(
    r"(?:^|\s)(?:un|una|un’)\s?(?P<noun>investimento|spesa|costo|finanziamento|stanziamento)"
    r"(?P<adj>\s+[a-zà-ù]+)?\s+(?:di|da)\s+" + _SHARE_PAID
)


# The sum is what a definite subject costs or amounts to: "Il progetto costa| 2 milioni di euro,
# coperti per il 60% dalla Regione", "L’investimento complessivo ammonta a| ...".
_SUBJECT_SHARE_PAID = re.compile(
    r"^(?P<art>Il|Lo|La|I|Gli|Le|L’|L')\s?(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù]+){0,3}?)\s+"
    r"(?P<verb>costa|costano|costerà|costeranno|(?:è|sono)\s+costat[oaie]|ammonta|ammontano"
    r"|ammonterà)(?:\s+a)?\s+" + _SHARE_PAID
)


_OF_NOUN = {
    **{"investimento": "dell’", "spesa": "della ", "costo": "del ", "finanziamento": "del "},
    "stanziamento": "dello ",
}


def _share_paid_questions(s: Sentence) -> Iterator[tuple[str, str, int]]:
    """(question, share, start) of the share of a sum a sentence says who paid: 'Quale quota
    del costo del progetto è coperta dalla Regione?' -> '60%', 'Quale quota
    dell’investimento è coperta da fondi europei?'."""
    text = s.text
    whole = None
    m = _SUBJECT_SHARE_PAID.match(text)
    if m is not None:
        np = m.group("np")
        of = _OF_ARTICLE[m.group("art").lower()]
        owner = f"{of}{np}" if of.endswith("’") else f"{of} {np}"
        whole = f"del costo {owner}" if "cost" in m.group("verb") else owner
    else:
        m = _NOUN_SHARE_PAID.search(text)
        if m is not None and m.group("noun") in _OF_NOUN:
            adj = m.group("adj") or ""
            if adj and (is_participle(adj.strip(), "it") or adj.strip() in {"di", "da"}):
                return
            whole = f"{_OF_NOUN[m.group('noun')]}{m.group('noun')}{adj}"
    if m is None or whole is None:
        return
    paid = m.group("participle")[:-1] + "a"  # "coperti" -> "(la quota è) coperta"
    yield f"Quale quota {whole} è {paid} {m.group('agent')}?", m.group("share"), m.start("share")
