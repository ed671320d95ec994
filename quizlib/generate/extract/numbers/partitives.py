"""The part of a counted whole a relative of 'of whom' tells of: '1.6 million visitors last
year, of whom around 520,000 stayed at least one night' -> 'How many of the visitors stayed
at least one night?'; Italian 'di cui': '120 dipendenti, di cui 40 sono stati assunti' ->
'Quanti dei dipendenti sono stati assunti?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...lexicon import STOPWORDS
from ...verbs import AUXILIARIES, is_finite, may_be_present
from .clause import _frame
from .counts import _plural
from .gender import _how_many_it

_FIGURE = r"\d{1,3}(?:[,.]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?"


# The whole: a figure and its plural noun, then a few words and the comma of the relative.
_WHOLE = {
    "en": re.compile(
        rf"(?:{_FIGURE})(?:\s+(?:million|thousand|billion))?\s+(?P<noun>[a-z]{{3,}})"
        r"(?P<gap>(?:\s+[\w’'-]+){0,4}),\s+of\s+(?:whom|which)\s+"
    ),
    "it": re.compile(
        rf"(?:{_FIGURE})(?:\s+(?:milioni|mila|milione))?\s+(?P<noun>[a-zà-ù]{{3,}})"
        r"(?P<gap>(?:\s+[\w’'-]+){0,4}),\s+di\s+cui\s+"
    ),
}


# The part: its figure, maybe approximated, then its verb and the rest of the clause.
_PART = {
    "en": re.compile(
        r"(?P<num>(?:(?:around|about|some|nearly|almost|more\s+than|over|roughly)\s+)?"
        rf"(?:{_FIGURE})(?:\s+(?:million|thousand))?)\s+(?P<clause>[a-z][^,;:()]{{2,60}}?)"
        r"(?=\s*[,;.:]|$)"
    ),
    "it": re.compile(
        r"(?P<num>(?:(?:circa|quasi|oltre|più\s+di)\s+)?"
        rf"(?:{_FIGURE})(?:\s+(?:milioni|mila))?)\s+(?P<clause>[a-zà-ù][^,;:()]{{2,60}}?)"
        r"(?=\s*[,;.:]|$)"
    ),
}


def _verb_first(clause: str, language: str) -> bool:
    """Whether a clause opens with its finite verb: 'stayed at least one night', 'were
    new', 'sono stati assunti'."""
    first = clause.split(maxsplit=1)[0]
    if first in AUXILIARIES[language] or is_finite(first, language):
        return True
    return language == "en" and may_be_present(first, language)


def _of_the(noun: str) -> str:
    """'dei dipendenti', 'degli operai', 'delle imprese'."""
    if _how_many_it(noun) == "Quante":
        return f"delle {noun}"
    if noun[:1] in "aeiouz" or (noun[:1] == "s" and noun[1:2] not in "aeiou"):
        return f"degli {noun}"
    return f"dei {noun}"


# Words before a whole's figure that only say it is an estimate or a total.
_ESTIMATES = frozenset([("an", "estimated"), ("a", "record"), ("a", "total", "of")])


def _whole_of(text: str, at: int, gap: str, s: Sentence, doc: Document) -> str:
    """The clause of the whole said after its noun, when a subject and a past verb take it as
    their object: 'Whitby received| 1.6 million visitors last year' -> ' Whitby received last
    year'; '' when it is none."""
    frame = _frame(text, at, s, doc)
    if frame is None or not frame.subject or len(frame.verb) != 1:
        return ""
    if frame.between and not frame.approximate_only and frame.between not in _ESTIMATES:
        return ""  # "received| in grants 40 ...": a complement the clause would lose
    verb = frame.verb[0]
    if not is_finite(verb, "en") or verb.lower() in AUXILIARIES["en"]:
        return ""
    if frame.subject.lower() in {"it", "they", "he", "she", "we"}:
        return ""
    return f" {frame.subject} {verb}{gap}"


def partitive_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, part, where it starts) of each part a relative of 'of whom' counts."""
    language, text = doc.language, s.text
    for m in _WHOLE[language].finditer(text):
        noun = m.group("noun")
        if noun in STOPWORDS[language] or not _plural(noun, language):
            continue
        if any(is_finite(w, language) for w in m.group("gap").split()):
            continue  # "3,000 homes were hit, of which": the relative tells of the clause
        part = _PART[language].match(text, m.end())
        if part is None or not _verb_first(part.group("clause"), language):
            continue
        clause = part.group("clause").strip()
        if any(c.isdigit() for c in clause):
            continue  # "of whom 40 were aged 65 to 80": a second figure the card would show
        if language == "en":
            whole = _whole_of(text, m.start(), m.group("gap"), s, doc)
            asked = f"How many of the {noun}{whole} {clause}?"
        else:
            asked = f"{_how_many_it(noun)} {_of_the(noun)} {clause}?"
        yield asked, part.group("num"), part.start("num")
