"""Helpers several extractors share: people mentioned, offices before names, topics."""

from __future__ import annotations

import re

from ..chunks import POSSESSIVES, THEIR, Token, tokens
from ..document import NAME_RUN, Document, Sentence, is_known_word
from ..lexicon import ARTICLES, ROLE_WORDS, STOPWORDS
from ..phrase import of_phrase
from ..text import fold, lower_first
from ..verbs import is_finite

_ROLE_GLUE = {
    "it": frozenset("di del dello della dei degli delle dell’ d’ e per il la lo l’".split()),
    "en": frozenset("of the for and".split()),
}


def people_in(text: str, doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each person the text mentions; a full name wins over the
    surname inside it."""
    index = doc.people_index
    if not index or doc.people_starts is None:
        return []
    found = doc.people_found.get(text)
    if found is not None:
        return found  # the same list each time: callers only read it
    out: list[tuple[int, int, str]] = []
    after = 0  # found names do not overlap
    for m in doc.people_starts.finditer(text):  # whole words (\w+) that may open a name
        start = m.start()
        names = index.get(m.group(0))
        if names is None or start < after:
            continue
        for name in names:
            end = start + len(name)
            if text.startswith(name, start) and _word_boundary(text, end):
                out.append((start, end, doc.people[name]))
                after = end
                break
    doc.people_found[text] = out
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def _word_boundary(text: str, i: int) -> bool:
    """What \b matches at offset i."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def role_before(toks: list[Token], name_index: int, language: str) -> int | None:
    """Index of the office word opening the title just before a name ('il Ministro degli Esteri
    russo | Sergej Lavrov'): only capitalised words, adjectives and 'di'-words in between."""
    roles = ROLE_WORDS[language]
    glue = _ROLE_GLUE[language]
    i = name_index - 1
    found = None
    while i >= 0 and name_index - i <= 7:
        t = toks[i]
        if t.low in roles:
            found = i
            if language == "it":
                break
        elif t.text in {",", ";", ":", "(", ")", "“", "”", "–", "—"}:
            break
        elif t.low in glue or t.text[:1].isupper():
            pass
        elif t.text.isalpha() and t.text.islower() and len(t.text) > 3 and language == "it":
            # An adjective of the office ("russo", "americano"), never a verb or article.
            if t.low in STOPWORDS[language]:
                break
        else:
            break
        i -= 1
    if found is None:
        return None
    if language == "en":
        # Words before the office belong to it: "Russian Foreign Minister", "UN climate chief".
        start = found
        while (
            found > 0
            and start - found < 3
            and toks[found - 1].text.isalpha()
            and len(toks[found - 1].text) > 1
            and toks[found - 1].low not in STOPWORDS["en"]
            and not is_finite(toks[found - 1].text, "en")
            and (
                toks[found - 1].text[:1].isupper()
                or found - 1 == 0
                or toks[found - 2].text[:1].isupper()
                or toks[found - 2].low in {"the", "a", "an"}
            )
        ):
            found -= 1
    return found


def drop_titles(text: str, doc: Document) -> str:
    """'Il Presidente degli Stati Uniti Donald Trump e ...' -> 'Donald Trump e ...'."""
    toks = tokens(text)
    cuts: list[tuple[int, int]] = []
    for start, _end, _name in people_in(text, doc):
        idx = next((k for k, t in enumerate(toks) if t.start == start), None)
        if idx is None:
            continue
        role = role_before(toks, idx, doc.language)
        if role is None:
            continue
        begin = role
        if begin > 0 and toks[begin - 1].low in {"il", "la", "lo", "l’", "the"}:
            begin -= 1
        cuts.append((toks[begin].start, start))
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    return text


def resolve_possessive(np: str, s: Sentence, doc: Document) -> str | None:
    """Replace 'sua'/'its' with the entry's name, 'loro'/'their' with the two people named;
    None when the owner cannot be told."""
    language = doc.language
    words = np.split()
    owners = [w for w in words if w.lower() in POSSESSIVES[language]]
    their = [w for w in words if w.lower() == THEIR[language]]
    if not owners and not their:
        return np
    rest = " ".join(
        w for w in words if w.lower() not in POSSESSIVES[language] and w.lower() != THEIR[language]
    )
    if owners:
        if s.entry is None:
            return None
        owner = lower_first(s.entry.phrase)
        return f"{rest} {of_phrase(owner, language)}"
    named = list(dict.fromkeys(name for _a, _b, name in people_in(s.text, doc)))
    if len(named) != 2:
        return None
    link = "tra {} e {}" if language == "it" else "between {} and {}"
    return f"{rest} {link.format(*named)}"


def topic_of(s: Sentence, doc: Document, exclude: str = "") -> str:
    """What a card from this sentence is about, for its id: the entry, else the first name."""
    if s.entry is not None:
        return s.entry.name if fold(s.entry.name) != fold(exclude) else s.entry.heading
    ex = fold(exclude)
    people = [n for _a, _b, n in people_in(s.text, doc) if fold(n) not in ex]
    if people:
        return people[0].split()[-1]
    roles = ROLE_WORDS[doc.language]
    stop = STOPWORDS[doc.language]
    for m in NAME_RUN.finditer(s.text):
        name = m.group(0)
        if m.start() == 0 or name.lower() in roles or name.lower() in stop:
            continue
        if fold(name) and fold(name) not in ex:
            return name
    words = [w for w in re.findall(r"[^\W\d_]{4,}", s.text) if w.lower() not in stop]
    return " ".join(words[:2]) or "card"


def lower_initial(clause: str, doc: Document) -> str:
    """Lowercase the first word when it is an ordinary word, not a name (a name shows up
    capitalised on its own elsewhere in the article)."""
    first, _, rest = clause.partition(" ")
    if first.isupper() or doc.name_counts.get(first, 0) > 1 or first in doc.people:
        return clause
    if rest[:1].isupper():
        return clause  # "Donald Trump ...": part of a longer name
    if is_known_word(first.lower(), doc.language) or first.lower() in ARTICLES[doc.language]:
        return (
            lower_first(first.lower() + (" " + rest if rest else ""))
            if first[1:].islower()
            else clause
        )
    return clause
