"""Card ids: readable, deterministic, unique in the deck ('budapest-1873', 'nato-acronym')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .text import fold

MAX_LENGTH = 48
_NON_ASCII_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # a deck's cards share their topics: an entry's name, a surname
def slug(text: str, max_words: int = 3) -> str:
    parts = [p for p in _NON_ASCII_WORD.split(fold(text)) if p]
    return "-".join(parts[:max_words])


def base_id(topic: str, answer: str) -> str:
    """The id a card would get alone: its topic, then its answer, as ASCII words."""
    head = slug(topic, 3)
    seen = set(head.split("-"))
    tail = "-".join(w for w in slug(answer, 3).split("-") if w not in seen)
    text = "-".join(p for p in (head, tail) if p)
    text = text[:MAX_LENGTH].strip("-") or "card"
    return text if text[0].isalnum() else f"c{text}"


def unique_ids(bases: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Make ids unique in order: the second 'x' becomes 'x-2', and so on."""
    used = set(taken)
    next_n: dict[str, int] = {}
    out: list[str] = []
    for base in bases:
        cand, n = base, next_n.get(base, 1)
        if cand in used:
            n = max(n, 2)
            cand = f"{base}-{n}"
            while cand in used:
                n += 1
                cand = f"{base}-{n}"
        next_n[base] = n
        used.add(cand)
        out.append(cand)
    return out
