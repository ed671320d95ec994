"""Populations: "an island with a population of about 4,600", "un comune con una
popolazione di circa 4.600 abitanti". The number of a place's people, asked with its name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import tokens
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
)
from ...text import lower_first
from ..subject import refers_to_entry
from .clause import _PRONOUNS, _leading_date, _verb_word
from .results import _first_subject
from .words import _DIGIT_NUMBER, _MULT_AFTER

_POPULATION = {
    "en": re.compile(
        r"\b(?P<had>had\s+)?(?:a|its|their)\s+(?:(?P<kind>year-round|permanent|resident|total)\s+)?"
        r"population\s+of\s+(?P<approx>(?:about|around|"
        r"roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|over)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + _MULT_AFTER + r")(?![\d.,]\d)"
        r"(?P<people>\s+(?:people|residents|inhabitants)\b)?"
    ),
    "it": re.compile(
        r"\b(?P<had>aveva\s+)?(?:una|la\s+sua|la\s+loro)\s+popolazione\s+"
        r"(?:(?P<kind>residente|stabile|complessiva)\s+)?di\s+"
        r"(?P<approx>(?:circa|quasi|oltre|poco\s+più\s+di|poco\s+meno\s+di)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + _MULT_AFTER + r")(?![\d.,]\d)"
        r"(?P<people>\s+(?:abitanti|residenti|persone)\b)?"
    ),
}


# A population a body serves, not a place's own: "serving a population of", "serve una".
_SERVED = re.compile(r"\b(?:serv(?:e|es|ed|ing)|serve|servono|serviva|servendo|cover(?:s|ing)?)\s")
# What may follow the number in the question: when the count was made ("at the 2021 census").
_POPULATION_WHEN = re.compile(
    r"\s+((?:at|in)\s+(?:the\s+)?(?:\d{4}\s+census|census\s+of\s+\d{4}|\d{4})"
    r"|(?:al|nel)\s+(?:censimento\s+(?:del\s+)?)?\d{4})\b"
)


def _population_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str, int]]:
    """(question, answer, number with its approximation, start) of a place's population:
    'What is the population of Arran?' -> '4,600', 'Qual è la popolazione di Arran?' ->
    '4.600'."""
    language = doc.language
    text = s.text
    for m in _POPULATION[language].finditer(text):
        if m.group("people") and s.entry is not None and refers_to_entry(s, language):
            continue  # "The city has a population of 2.3 million people": the entry's count
        if _SERVED.search(text, max(0, m.start() - 12), m.start() + 1):
            continue  # "serving a population of 520,000": the people a body serves
        before = text[: m.end("had") if m.group("had") else m.start()]
        if _WITH_OPENING.match(before):  # "With a population of 86,000, it is ...": after it
            place = _opening_population_place(text[m.end() :], s, doc)
        else:
            place = _population_place(before, s, doc)
        if place is None:
            continue
        when = _POPULATION_WHEN.match(text, m.end())
        at = f" {when.group(1)}" if when else ""
        kind = m.group("kind")  # "a year-round population of", "una popolazione residente di"
        if language == "en":
            be = "was" if m.group("had") or at else "is"
            population = f"{kind} population" if kind else "population"
            asked = f"What {be} the {population} of {place}{at}?"
        else:
            be = "era" if m.group("had") else "è"
            population = f"popolazione {kind}" if kind else "popolazione"
            asked = f"Qual {be} la {population} di {place}{at}?"
        approx = text[m.start("approx") if m.group("approx") else m.start("num") : m.end("num")]
        yield asked, m.group("num"), approx, m.start("num")


# A sentence that opens with the phrase of a population: "With a population of ...".
_WITH_OPENING = re.compile(r"^(?:With|Con)\s+$")
# The clause after such an opening phrase: "..., it gives its name to", "..., Arran is".
_AFTER_OPENING = re.compile(
    r"^,\s+(?P<subject>it|esso|essa|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s"
)


def _opening_population_place(after: str, s: Sentence, doc: Document) -> str | None:
    """The place a sentence that opens with its population is about: the entry for a pronoun
    ('With a population of 86,000, it gives ...'), else the name that opens the clause after
    the phrase ('Con una popolazione di 4.600 abitanti, Bronte è ...')."""
    m = _AFTER_OPENING.match(after)
    if m is None:
        return None
    subject = m.group("subject")
    if subject.lower() in _PRONOUNS or subject in {"esso", "essa"}:
        return lower_first(s.entry.phrase) if s.entry is not None else None
    if subject.split()[0].lower() in ARTICLES[doc.language]:
        return None  # "The town": a place a question out of context cannot name
    toks = tokens(after[m.end("subject") :])
    if not toks or not _verb_word(toks[0], doc.language):
        return None
    return subject


def _population_place(before: str, s: Sentence, doc: Document) -> str | None:
    """The name of the place whose population the sentence tells: the entry it describes, or
    the name that is the subject of its clause."""
    language = doc.language
    if s.entry is not None and (
        refers_to_entry(s, language) or before.split()[-2:-1] in (["it"], ["esso"], ["essa"])
    ):  # "..., and it has a population of": the pronoun is the entry
        return lower_first(s.entry.phrase)
    lead = _leading_date(before, language)  # "Nel 2021 Bronte aveva ..."
    if lead:
        before = before[lead.end() :]
    subject = _first_subject(before, s, doc)
    if not subject or subject.lower() in _PRONOUNS:
        return None
    at = before.lower().find(subject.lower())
    written = before[at : at + len(subject)] if at >= 0 else subject  # as the text writes it
    if not written[:1].isupper() or written.split()[0].lower() in ARTICLES[language]:
        return None  # "the town": a place a question out of context cannot name
    if not _OWNERS.isdisjoint(written.lower().split()):
        return None  # "Together its members": no name
    return written


_OWNERS = frozenset("its their his her our suo sua suoi sue loro".split())
