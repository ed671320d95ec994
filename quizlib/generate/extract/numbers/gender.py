"""Italian gender for "Quanti"/"Quante": the plural's ending, helped by an adjective or by the
participle that agrees with the noun."""

from __future__ import annotations

import re

_FEMININE_IN_I = frozenset(
    """notti navi parti reti fonti torri classi chiavi arti valli madri leggi crisi tesi auto
    moto foto radio sedi fasi basi frasi analisi diagnosi ipotesi oasi sintesi immagini
    indagini origini ali armi mani canzoni opinioni unioni riunioni""".split()
)


# Feminine nouns taken from English, the same in the plural: "quante startup".
_FEMININE_LOANS = frozenset(
    """startup app email holding chat band performance fiction jeep newsletter password
    playlist""".split()
)


_MASCULINE_ADJ_ENDINGS = ("ici", "ichi", "ati", "iti", "uti", "ani", "ini", "osi", "ivi", "tti")


def _how_many_it(noun: str, adj: str | None = None) -> str:
    """'Quante' for a feminine plural ('condanne', 'sezioni', 'città'), else 'Quanti'."""
    w = noun.lower()
    # "-trici" is the feminine plural of "-tore" ("restauratrici", "lavoratrici")
    feminine = w.endswith(("e", "tà", "tù", "zioni", "sioni", "gioni", "trici"))
    feminine = feminine or w in _FEMININE_IN_I or w in _FEMININE_LOANS
    if adj and w.endswith("i") and not feminine:
        feminine = adj.lower().endswith("e")  # "sezioni tematiche"
    if adj and feminine and adj.lower().endswith(_MASCULINE_ADJ_ENDINGS):
        # "nuove diagnosi": the noun after an adjective in front keeps its own gender
        feminine = adj.lower() in _FEMININE_IN_I
    return "Quante" if feminine else "Quanti"


def _how_many_article(article: str) -> str:
    return "Quante" if article.lower() in {"le", "delle"} else "Quanti"


# "Quanti immagini ... sono state acquisite?": the noun's ending left its gender open, the
# participle after its auxiliary tells it ("state", "acquisite": feminine).
_AGREEING = re.compile(
    r"^(?P<how>Quant[ie]) (?P<noun>[a-zà-ù]+i)(?: [a-zà-ù]+){0,4}? "
    r"(?:sono|erano|saranno|furono|sarebbero) (?:(?P<aux>stat[ie]) )?"
    r"(?P<part>[a-zà-ù]+[aiu]t[ie])\b"
)


def agreed_how_many(question: str) -> str:
    """An Italian 'Quanti'/'Quante' that agrees with the participle of its noun's verb: 'Quanti
    immagini sono state acquisite?' -> 'Quante immagini ...'; only a plural in -i, whose gender
    the ending does not tell, is changed."""
    m = _AGREEING.match(question)
    if m is None:
        return question
    part = m.group("aux") or m.group("part")
    how = "Quante" if part.endswith("e") else "Quanti"
    return how + question[len(m.group("how")) :]
