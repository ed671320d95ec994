"""Acronyms both ways: 'Che cosa significa la sigla NATO?' and 'Qual è la sigla di ...?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import Document, Sentence
from ..phrase import of_phrase, render
from ..text import fold, is_acronym

_PAREN = re.compile(r"\(([A-Z][A-Za-z.&]{1,10})\)")
_ALIAS = re.compile(
    r"\b([A-Z][A-Z.&]{1,9}),\s+(?:o|ovvero|cioè|or|i\.e\.)\s+"
    r"((?:l’|la |il |lo |the )?[A-Z][^,()]{3,80}),"
)
_LEAD_ARTICLE = re.compile(r"^(?:(Il|Lo|La|I|Gli|Le|The)\s+|(L’))", re.IGNORECASE)
_CONNECTORS = frozenset(
    """di del dello della dei degli delle de da of the and for e on in at to per su sul sulla
    al alla nel nella il lo la i gli le a an""".split()
)
_ELISION = re.compile(r"^(?:dell|all|nell|sull|dall|d|l)’", re.IGNORECASE)
_ELIDED = ("L’", "l’", "dell’", "all’", "nell’")


def initials(expansion: str) -> str:
    parts = re.split(r"[\s-]+", expansion)
    out = []
    for p in parts:
        p = _ELISION.sub("", p)
        if p and p.lower() not in _CONNECTORS and p[0].isalpha():
            out.append(p[0].upper())
    return "".join(out)


def _matches(acronym: str, expansion: str) -> bool:
    letters = "".join(c for c in acronym if c.isupper())
    return len(letters) >= 2 and initials(expansion) == letters


def _split_article(text: str, sentence: str, start: int, language: str) -> tuple[str, str]:
    """(article as used before the expansion, expansion without it)."""
    m = _LEAD_ARTICLE.match(text)
    if m:
        return (m.group(1) or m.group(2)).lower(), text[m.end() :]
    before = sentence[max(0, start - 6) : start]
    a = re.search(r"\b(il|lo|la|i|gli|le|the)\s+$|\b(l’)$", before, re.IGNORECASE)
    if a:
        return (a.group(1) or a.group(2)).lower(), text
    return "", text


def pairs(s: Sentence, language: str) -> Iterator[tuple[str, str, str]]:
    """(acronym, expansion, article) pairs stated in a sentence: the words just before
    '(ACR)' whose initials spell it, small words aside ('Convention on Climate Change')."""
    for m in _PAREN.finditer(s.text):
        acronym = m.group(1)
        if not is_acronym(acronym):
            continue
        head = s.text[: m.start()].rstrip()
        words = head.split()[-14:]
        for k in range(len(words) - 1, -1, -1):
            if not words[k][:1].isupper() and not words[k].startswith(_ELIDED):
                continue
            candidate = " ".join(words[k:])
            if _matches(acronym, candidate):
                art, expansion = _split_article(
                    candidate, s.text, len(head) - len(candidate), language
                )
                if expansion[:1].isupper():
                    yield acronym, expansion, art
                break
    for m in _ALIAS.finditer(s.text):
        art, expansion = _split_article(m.group(2).strip(), s.text, m.start(2), language)
        if len(expansion.split()) >= 2 and expansion[:1].isupper():
            yield m.group(1), expansion, art


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    seen: set[str] = set()
    for s in doc.sentences:
        if "(" not in s.text and "," not in s.text:
            continue
        for acronym, expansion, art in pairs(s, language):
            if acronym in seen or fold(acronym) == fold(expansion):
                continue
            seen.add(acronym)
            alt = tuple({expansion.replace("’", "'")} - {expansion})
            yield Candidate(
                "acronym",
                s,
                0.92,
                expansion,
                question=render(language, "acronym", acronym=acronym),
                accept=alt,
                answer_type="expansion",
                topic=acronym,
            )
            named = f"{art} {expansion}" if art and not art.endswith("’") else art + expansion
            yield Candidate(
                "acronym",
                s,
                0.55,
                acronym,
                question=render(
                    language, "acronym_reverse", of_expansion=of_phrase(named, language)
                ),
                answer_type="acronym",
                topic=f"{acronym} acronym",
            )
