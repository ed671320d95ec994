"""A count with a participle after its noun, inside a phrase of a preposition: 'Of roughly 150
trees originally planted, ...' -> 'How many trees were originally planted?', '... parlano di
612.000 prosciutti esportati nel 2024' -> 'Quanti prosciutti sono stati esportati nel 2024?'.
The participle tells what was done to the counted, which the question asks in the passive."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import PREPOSITIONS
from ...lexicon import ARTICLES, ARTICULATED, STOPWORDS, UNITS
from ...text import squash, upper_first
from ...verbs import AUXILIARIES, is_finite, is_participle, takes_essere
from .counts import _APPROX, _CURRENCIES, _EXTRA_UNITS, _TIME_UNITS, _Count
from .gender import _how_many_it
from .tails import tail_of

# The prepositions whose phrase a count with a participle may be: "Of| 150 trees planted",
# "parlano di| 612.000 prosciutti esportati", "with| 87 visits scheduled".
_BEFORE = {
    "en": frozenset("of with from among including".split()),
    "it": frozenset("di con tra fra dei degli delle coi".split()),
}


# The definite articles that may stand between such a preposition and the count: "Of the| 300
# homes built since 2010".
_THE = frozenset("the i gli le".split())


# What opens the participle's phrase after the counted noun: maybe an adverb, then the
# participle ("originally| planted", "già| esportati").
_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)")


_ADVERBS = {
    "en": frozenset("first already once still".split()),
    "it": frozenset("già finora ormai appena".split()),
}


# Participles of where or how the counted are, not of what was done to them: "320,000 people
# spread| over a third of Scotland", "80 istituti distribuiti| sul territorio".
_STATIVE = frozenset(
    """spread scattered located based situated aged distributed dotted sparsi situati
    dislocati distribuiti diffusi collocati""".split()
)


# Words that open a time after an English participle: "inspected| last year".
_TIME_MODIFIERS = frozenset("last this next".split())


# The particles of English phrasal verbs: "handed| out", "set| up".
_PARTICLES = frozenset("out up off down back away".split())


_LONGEST_PHRASE = 10  # words of the participle's phrase the question keeps


# A year, which the phrase may hold ("esportati nel 2024"); another figure tells another fact.
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")


def _preposition_before(text: str, at: int, language: str) -> bool:
    """Whether the word before the count at `at` (approximations aside) is one of _BEFORE."""
    words = [w.lower() for w in text[:at].split()[-6:]]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _BEFORE[language]:
            return True  # "di| più di", "Of| the", "con| circa"
        if words[i] not in _APPROX and words[i] not in _THE:
            return False
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the phrase of the count at `at` opens the sentence: only its preposition, an
    article and approximations before it ('Of the| 150', 'Dei circa| 58.000')."""
    words = [w.lower() for w in text[:at].split()]
    if not words or words[0] not in _OPENING_PREPOSITIONS:
        return False
    return all(w in _APPROX or w in _THE for w in words[1:])


# The prepositions of a count's phrase that opens the sentence and names the whole the
# sentence then counts a part of: "Of 150 trees planted, 120 survived".
_OPENING_PREPOSITIONS = frozenset("of dei degli delle".split())


def _adverb(word: str, language: str) -> bool:
    low = word.lower()
    if low in _ADVERBS[language]:
        return True
    return low.endswith("ly" if language == "en" else "mente") and len(low) > 4


def _agrees(participle: str, count: _Count) -> bool:
    """Whether an Italian participle is plural, as a count's noun is: 'esportati', 'messe'."""
    return participle.lower().endswith(("i", "e"))


def _phrase(text: str, at: int, language: str, opening: bool) -> tuple[str, str] | None:
    """(adverb and participle, the rest of its phrase) after the counted noun ending at `at`,
    or None when no passive participle follows there; the participle may stand alone when its
    phrase `opening` the sentence names what the sentence is about ('Of 150 trees planted,')."""
    m = _WORD.match(text, at)
    if m is None:
        return None
    adverb = ""
    if _adverb(m.group("word"), language):
        adverb = m.group("word")
        m = _WORD.match(text, m.end())
        if m is None:
            return None
    word = m.group("word")
    if not word.islower() or not is_participle(word, language) or word in _STATIVE:
        return None
    if language == "en" and word in AUXILIARIES["en"]:
        return None
    if language == "it" and is_finite(word, "it"):
        return None
    rest = tail_of(text, m.end())
    after = text[m.end() + len(rest) :].lstrip()
    if after and after[0] not in ",.;:!?":
        return None  # "messe a dimora tra il 2022| e il 2024": the phrase goes on
    nxt = rest.split()[:1]
    timed = opening and nxt and nxt[0] in _TIME_MODIFIERS  # "Of 300 boats inspected| last year,"
    if nxt and not timed and not _opens_complement(nxt[0], language):
        return None  # "planted| trees": a past and its object, not a participle
    if len(rest.split()) > _LONGEST_PHRASE or any(c.isdigit() for c in _YEAR.sub("", rest)):
        return None
    if not adverb and not rest.strip() and not (opening and after[:1] == ","):
        return None  # "with 12 people injured": in what, the question could not say
    return squash(f"{adverb} {word}"), rest.strip()


def _opens_complement(word: str, language: str) -> bool:
    """Whether a word may open what follows a passive participle: a preposition (maybe with
    its article), an English particle or an adverb."""
    low = word.lower()
    if "’" in low[:-1]:
        low = low.split("’")[0] + "’"  # "dall’azienda": the articulated preposition
    if language == "en" and low in _PARTICLES:
        return True  # "handed| out"
    if low in PREPOSITIONS[language] or (language == "it" and low in ARTICULATED):
        return low not in ARTICLES[language]
    return _adverb(word, language)


def participial_question(count: _Count, text: str, language: str) -> str | None:
    """'Of roughly 150 trees originally planted, ...' -> 'How many trees were originally
    planted?', '... di 612.000 prosciutti esportati nel 2024' -> 'Quanti prosciutti sono stati
    esportati nel 2024?': a count in a phrase of a preposition, its noun followed by a
    participle that says what was done to them."""
    if count.noun in UNITS or count.noun in _EXTRA_UNITS or count.noun in _CURRENCIES:
        return None
    if count.noun in _TIME_UNITS or count.noun in STOPWORDS[language]:
        return None
    if not _preposition_before(text, count.start, language):
        return None
    opening = _opens_sentence(text, count.start)
    found = _phrase(text, count.noun_end, language, opening)
    if found is None and language == "it" and count.adj and count.nouns == count.counted:
        # "Delle 1.200 aziende contattate,": the counting took the participle for an adjective
        head_end = count.start + text[count.start : count.noun_end].rfind(count.adj) - 1
        found = _phrase(text, head_end, language, opening)
        count = replace(count, nouns=count.nouns.rsplit(" ", 1)[0]) if found else count
    if found is None:
        return None
    participle, rest = found
    if language == "it":
        if not _agrees(participle.split()[-1], count):
            return None
        how = _how_many_it(count.noun, count.adj)
        been = "state" if how == "Quante" else "stati"
        if takes_essere(participle.split()[-1]):
            been = ""  # "318 opere arrivate| alla giuria": they arrived, nobody arrived them
        return upper_first(squash(f"{how} {count.nouns} sono {been} {participle} {rest}")) + "?"
    return squash(f"How many {count.nouns} were {participle} {rest}") + "?"
