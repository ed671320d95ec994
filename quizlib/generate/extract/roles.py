"""Offices and appositions: 'Chi è il Ministro degli Esteri russo?' -> Sergej Lavrov."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import tokens
from ..document import Document, Sentence
from ..lexicon import ROLE_WORDS
from ..phrase import render
from ..text import fold, squash
from .common import people_in, role_before

_ARTICLES = frozenset("il lo la l’ i gli le the".split())
# Whether an office word occurs anywhere in a (lowercased) sentence: one search, not one a word.
_ROLE_IN = {
    lang: re.compile("|".join(map(re.escape, sorted(words)))) for lang, words in ROLE_WORDS.items()
}


def _offices(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str]]:
    """(article, office as written, person's full name) stated in a sentence."""
    language = doc.language
    people = people_in(s.text, doc)  # found once a sentence; the cloze extractor asks too
    if not people:
        return  # no person, no office holder: the sentence is not even tokenized
    toks = tokens(s.text)
    for start, end, name in people:
        idx = next((k for k, t in enumerate(toks) if t.start == start), None)
        if idx is None:
            continue
        role = role_before(toks, idx, language)
        if role is not None:
            office = s.text[toks[role].start : toks[idx - 1].end]
            art = toks[role - 1].low if role > 0 else ""
            art = art if art in _ARTICLES else ""
            yield art, office, name
        # Apposition: "Marco Rubio, il Segretario di Stato, ..." / "X, the US Secretary of State,"
        m = re.match(r",\s+(il|la|lo|l’|the)\s*([^,;.()“”]{3,60})[,;.]", s.text[end:])
        if m and set(fold(m.group(2)).split()) & ROLE_WORDS[language]:
            yield m.group(1).lower(), m.group(2).strip(), name


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    holders: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[Sentence, str, str, str]] = []
    has_role = _ROLE_IN[language]
    for s in doc.sentences:
        if not has_role.search(s.text.lower()):
            continue
        for art, office, name in _offices(s, doc):
            if len(office.split()) < 2:
                continue  # "il Presidente Putin": the office alone says too little
            holders[fold(office)].add(name)
            found.append((s, art, office, name))
    seen_office: set[str] = set()
    seen_person: set[str] = set()
    for s, art, office, name in found:
        key = fold(office)
        if len(holders[key]) != 1 or key in seen_office:
            continue
        seen_office.add(key)
        article = art or ("il" if language == "it" else "the")
        role = f"{article}{office}" if article.endswith("’") else f"{article} {office}"
        surname = name.split()[-1]
        yield Candidate(
            "role",
            s,
            0.8,
            name,
            question=render(language, "role", role=role),
            accept=(surname,) if surname != name else (),
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
                topic=f"{surname} office",
            )
