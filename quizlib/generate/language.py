"""Guess whether a text is Italian or English from its most common function words."""

from __future__ import annotations

import re

LANGUAGES = ("it", "en")
_IT = frozenset("il la di che è e per un una del della non sono con nel gli le alla dei".split())
_EN = frozenset("the of and to is in that for was on with as are by it from his this".split())
_TOKEN = re.compile(r"[^\W\d_]+")


def detect_language(text: str, sample: int = 20000) -> str:
    """'it' or 'en' (Italian on a tie: the project's first language)."""
    it = en = 0
    for word in _TOKEN.findall(text[:sample].lower()):
        if word in _IT:
            it += 1
        elif word in _EN:
            en += 1
    return "en" if en > it else "it"
