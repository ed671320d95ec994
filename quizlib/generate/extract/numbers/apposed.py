"""A count set beside its subject as how many there are in all: 'Le poltrone di platea, 412 in
tutto, sono state rifatte' -> 'Quante poltrone di platea sono state rifatte?', 'The pews, 48
in all, have been restored' -> 'How many pews have been restored?'. The subject before the
commas is what the count counts; the clause after them tells what was done to them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import PREPOSITIONS, tokens
from ...document import Sentence
from ...lexicon import ARTICULATED
from ...text import squash
from .counts import _plural
from .gender import _how_many_it
from .questions import _subject_verb
from .tails import tail_of
from .words import _ANY_NUMBER

# The definite subject that opens the sentence (its plural noun and a few words of its
# complement), then the count between commas with the words of a whole after it.
_APPOSED = {
    "it": re.compile(
        r"^(?P<article>I|Gli|Le)\s+(?P<np>(?P<noun>[a-zà-ù]{3,})(?:\s+[\w’]+){0,4}?),\s+"
        r"(?P<n>(?:(?:circa|oltre|quasi)\s+)?" + _ANY_NUMBER["it"] + r")"
        r"\s+(?:in\s+tutto|in\s+totale|complessivamente),\s+(?P<rest>.+)$"
    ),
    "en": re.compile(
        r"^The\s+(?P<np>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,4}?),\s+"
        r"(?P<n>(?:(?:about|around|some|nearly|almost|over)\s+)?" + _ANY_NUMBER["en"] + r")"
        r"\s+(?:in\s+all|in\s+total|altogether),\s+(?P<rest>.+)$"
    ),
}


# A year, which the clause may hold ("consegnati nel 2024"); another figure tells another fact.
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")


def apposed_total_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int]]:
    """(question, count, where it starts) of a count between commas after the definite plural
    subject that opens the sentence, said with 'in tutto'/'in all', a verb going on after."""
    m = _APPOSED[language].match(s.text)
    if m is None:
        return
    np = m.group("np")
    head = m.group("noun") if language == "it" else _english_head(np)
    if head is None or not _plural(head, language):
        return
    clause = tail_of(m.group("rest")).strip()
    if m.group("rest")[len(clause) :].strip(" .!?"):
        return  # the sentence goes on with other facts, whose cloze the sentence keeps
    rest = _before_name(clause, language)
    toks = tokens(rest)
    if len(toks) < 2 or not _subject_verb(toks, language):
        return
    if any(c.isdigit() for c in _YEAR.sub("", rest)):
        return  # another figure, which the card would show
    if language == "it":
        asked = squash(f"{_how_many_it(head)} {np} {rest}") + "?"
    else:
        asked = squash(f"How many {np} {rest}") + "?"
    yield asked, m.group("n"), m.start("n")


def _before_name(rest: str, language: str) -> str:
    """The clause cut before the phrase of the first name in it ('sono state rifatte| da
    un’azienda di Chiavari'): the name is a fact of its own, which the card would show."""
    toks = tokens(rest)
    named = next((i for i, t in enumerate(toks) if i > 0 and t.text[:1].isupper()), None)
    if named is None:
        return rest
    first = next((i for i in range(1, named + 1) if _preposition(toks[i].low, language)), None)
    return rest if first is None else rest[: toks[first].start].strip()


def _preposition(word: str, language: str) -> bool:
    return word in PREPOSITIONS[language] or (language == "it" and word in ARTICULATED)


def _english_head(np: str) -> str | None:
    """The head of an English noun phrase: its last word before a preposition."""
    words = np.split()
    for i, w in enumerate(words):
        if w in ("of", "in", "at", "on", "for", "from") and i > 0:
            return words[i - 1]
    return words[-1] if words else None
