"""Numbers and quantities: 'Quanti paesi europei comprende l’Unione Europea?' -> 27,
'In quante sezioni è articolata la mostra?' -> quattro, 'How long is the course?' -> 42.195
kilometres, 'Quanti saranno i varchi?' -> 22."""

from __future__ import annotations

from .candidates import extract, with_bound
from .questions import BOUND_WORDS
from .words import NUMBER_WORDS

__all__ = ["BOUND_WORDS", "NUMBER_WORDS", "extract", "with_bound"]
