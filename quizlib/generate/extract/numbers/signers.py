"""The people who did what a participle says of a thing, counted after 'by'/'da': 'despite a
petition signed by more than 2,300 people' -> 'How many people signed the petition?', 'Una
lettera firmata da 40 medici è stata inviata ...' -> 'Quanti medici hanno firmato la lettera?'.
The thing may be anywhere in the sentence: the question asks only what the participle tells."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from ...lexicon import STOPWORDS
from ...verbs import is_participle
from .gender import _how_many_it
from .questions import _people_noun
from .words import _ANY_NUMBER

# Words of a bound before the figure, which the answer keeps (see `with_bound`).
_BOUND = {
    "en": r"(?:(?:just\s+)?(?:more\s+than|over|under|fewer\s+than|less\s+than)|almost|nearly"
    r"|around|about|some|at\s+least|up\s+to|roughly|approximately)\s+",
    "it": r"(?:oltre|più\s+di|quasi|circa|almeno|meno\s+di|fino\s+a)\s+",
}


# An article, one to three words of the thing, its participle, 'by'/'da', a figure and the
# plural noun it counts: "a petition signed by 2,300 people", "una petizione firmata da 2.300
# persone", "un appello sottoscritto da oltre 300 cittadini".
_AGENTS = {
    "en": re.compile(
        r"(?<![\w’'-])(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<thing>[a-z]+(?:\s+[a-z]+){0,2}?)\s+"
        r"(?P<part>[a-z]{3,}ed)\s+by\s+(?:" + _BOUND["en"] + r")?"
        r"(?P<n>" + _ANY_NUMBER["en"] + r")\s+(?P<noun>[a-z]{3,})(?P<after>\s+\w+)?"
    ),
    "it": re.compile(
        r"(?<![\w’'-])(?P<art>(?i:una|un|uno|la|il|lo)(?=\s)|(?i:l’))\s*(?P<thing>[a-zà-ù]+(?:\s+[a-zà-ù]+)?)\s+"
        r"(?P<part>[a-zà-ù]{3,}(?:at|ut|it|tt|ss)[aoie])\s+da\s+(?:" + _BOUND["it"] + r")?"
        r"(?P<n>" + _ANY_NUMBER["it"] + r")\s+(?P<noun>[a-zà-ù]{3,})(?P<after>\s+\w+)?"
    ),
}


# Participles of a change, whose 'by' tells how much, not who: "the crowd increased by 300
# people", "the workforce reduced by 40 staff".
_CHANGE_PARTICIPLES = frozenset(
    """increased decreased reduced raised lowered boosted dropped swelled expanded extended
    shortened outnumbered exceeded topped surpassed""".split()
)


# What may follow the counted noun and show the figure is no count of agents: "by 30 votes
# to 12", "by 40 people per day".
_NOT_AGENTS_AFTER = frozenset("to per a each every of di al alla".split())


_IT_DEFINITE = {"una": "la", "un": "il", "uno": "lo", "la": "la", "il": "il", "lo": "lo"}


def _thing_words(thing: str, language: str) -> bool:
    """Whether the words of the thing are content words, none a verb or a stopword: 'online
    petition', 'petizione'."""
    words = thing.split()
    if any(w in STOPWORDS[language] for w in words):
        return False
    return not any(is_participle(w, language) for w in words)


def _english_question(m: re.Match[str]) -> str | None:
    part = m.group("part")
    if part in _CHANGE_PARTICIPLES or not is_participle(part, "en"):
        return None
    return f"How many {m.group('noun')} {part} the {m.group('thing')}?"


def _italian_definite(article: str, thing: str) -> str:
    """The definite article of an Italian noun: 'una petizione' -> 'la petizione', 'un
    appello' -> 'l’appello'."""
    if article == "l’" or (thing[:1] in "aeiouàèéìòù" and article != "uno"):
        return f"l’{thing}"
    return f"{_IT_DEFINITE[article]} {thing}"


def _italian_question(m: re.Match[str]) -> str | None:
    part = m.group("part")
    if not is_participle(part, "it"):
        return None
    done = part[:-1] + "o"  # "firmata" -> "hanno firmato"
    thing = _italian_definite(m.group("art").lower(), m.group("thing"))
    noun = m.group("noun")
    return f"{_how_many_it(noun, '')} {noun} hanno {done} {thing}?"


def agents_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int, int]]:
    """(question, figure, start, end of the figure) of each count of the people who did what
    a participle tells of a thing: 'a letter signed by 40 doctors' -> 'How many doctors signed
    the letter?'."""
    text = s.text
    for m in _AGENTS[language].finditer(text):
        noun, after = m.group("noun"), (m.group("after") or "").strip().lower()
        if not _people_noun(noun, language) or after in _NOT_AGENTS_AFTER:
            continue
        if not _thing_words(m.group("thing"), language):
            continue
        if language == "en":
            asked = _english_question(m)
        else:
            asked = _italian_question(m)
        if asked is not None:
            yield asked, m.group("n"), m.start("n"), m.end("n")
