"""Offices and appositions: 'Chi è il Ministro degli Esteri russo?' -> Sergej Lavrov."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import Token, tokens
from ..document import OFFICE_GLUE, Document, Sentence, honorific_before
from ..lexicon import ROLE_WORDS, STOPWORDS
from ..phrase import render
from ..text import fold, squash
from .common import people_in, role_before, surname, title_start

_ARTICLES = frozenset("il lo la l’ i gli le the".split())
# Whether an office word occurs anywhere in a (lowercased) sentence: one search, not one a word.
_ROLE_IN = {
    lang: re.compile("|".join(map(re.escape, sorted(words)))) for lang, words in ROLE_WORDS.items()
}
# An office set off after a name: "Marco Rubio, il Segretario di Stato, ...", "X, the US
# Secretary of State,", "Petra Wendland, Saxony’s state economy minister, ...".
_APPOSITION = re.compile(
    r",\s+(?:(?P<art>il|la|lo|l’|the)\s*|(?P<owner>[A-ZÀ-Þ][\w-]*’s)\s+)"
    r"(?P<office>[^,;.()“”]{3,60})[,;.]"
)


def _determiner(toks: list[Token], role: int, text: str) -> str:
    """The article or possessive before an office: 'il', 'Kenya’s', 'the company’s'."""
    if role == 0:
        return ""
    prev = toks[role - 1]
    if prev.low in _ARTICLES:
        return prev.low
    if prev.low == "s" and role > 1 and toks[role - 2].text.endswith("’"):
        begin = role - 2
        if begin > 0 and toks[begin - 1].low == "the":
            begin -= 1
        return text[toks[begin].start : prev.end]
    return ""


def _apposition(text: str, language: str) -> tuple[str, str] | None:
    """(determiner, office) of an office set off by commas at the start of `text`."""
    m = _APPOSITION.match(text)
    if m is None:
        return None
    words = fold(m.group("office")).split()
    stop = STOPWORDS[language] - OFFICE_GLUE[language]
    if not set(words) & ROLE_WORDS[language] or set(words) & stop:
        return None  # "the analyst who advised the president": a clause, not an office
    art = m.group("art")
    return (art.lower() if art else m.group("owner")), m.group("office").strip()


def _offices(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str, str]]:
    """(article, office as written, person's full name, name as written with its honorific)
    stated in a sentence."""
    language = doc.language
    people = people_in(s.text, doc)  # found once a sentence; the cloze extractor asks too
    if not people:
        return  # no person, no office holder: the sentence is not even tokenized
    toks = tokens(s.text)
    for start, end, name in people:
        idx = next((k for k, t in enumerate(toks) if t.start == start), None)
        if idx is None:
            continue
        at = title_start(toks, idx, s.text, end, language)
        honorific = honorific_before(s.text, start, language)
        written = name if honorific is None else s.text[honorific:end]  # "Dr. Helena Cavalcanti"
        role = role_before(toks, at, language)
        if role is not None:
            office = s.text[toks[role].start : toks[at - 1].end]
            yield _determiner(toks, role, s.text), office, name, written
        found = _apposition(s.text[end:], language)
        if found is not None:
            yield found[0], found[1], name, written


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    holders: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[Sentence, str, str, str, str]] = []
    has_role = _ROLE_IN[language]
    for s in doc.sentences:
        if not has_role.search(s.text.lower()):
            continue
        for art, office, name, written in _offices(s, doc):
            if len(office.split()) < 2:
                continue  # "il Presidente Putin": the office alone says too little
            holders[fold(office)].add(name)
            found.append((s, art, office, name, written))
    seen_office: set[str] = set()
    seen_person: set[str] = set()
    for s, art, office, name, written in found:
        key = fold(office)
        if len(holders[key]) != 1 or key in seen_office:
            continue
        seen_office.add(key)
        article = art or ("il" if language == "it" else "the")
        role = f"{article}{office}" if article.endswith("’") else f"{article} {office}"
        called = surname(name, doc)
        forms = (called if called != name else "", written if written != name else "")
        yield Candidate(
            "role",
            s,
            0.8,
            name,
            question=render(language, "role", role=role),
            accept=tuple(f for f in forms if f),
            answer_type="person",
            topic=f"{office}",
        )
        if name not in seen_person:
            seen_person.add(name)
            yield Candidate(
                "role",
                s,
                0.5,
                squash(office),
                question=render(language, "role_reverse", person=name),
                accept=(role,),
                answer_type="role",
                topic=f"{name.split()[-1]} office",
            )
