"""Italian gender for "Quanti"/"Quante": the plural's ending, helped by an adjective."""

from __future__ import annotations

_FEMININE_IN_I = frozenset(
    """notti navi parti reti fonti torri classi chiavi arti valli madri leggi crisi tesi auto
    moto foto radio""".split()
)


_MASCULINE_ADJ_ENDINGS = ("ici", "ichi", "ati", "iti", "uti", "ani", "ini", "osi", "ivi", "tti")


def _how_many_it(noun: str, adj: str | None = None) -> str:
    """'Quante' for a feminine plural ('condanne', 'sezioni', 'città'), else 'Quanti'."""
    w = noun.lower()
    # "-trici" is the feminine plural of "-tore" ("restauratrici", "lavoratrici")
    feminine = w.endswith(("e", "tà", "tù", "zioni", "sioni", "gioni", "trici"))
    feminine = feminine or w in _FEMININE_IN_I
    if adj and w.endswith("i") and not feminine:
        feminine = adj.lower().endswith("e")  # "sezioni tematiche"
    if adj and feminine and adj.lower().endswith(_MASCULINE_ADJ_ENDINGS):
        feminine = False
    return "Quante" if feminine else "Quanti"


def _how_many_article(article: str) -> str:
    return "Quante" if article.lower() in {"le", "delle"} else "Quanti"
