"""The age at which someone did something, told after the verb: 'She joined the club at the
age of 11' -> 'At what age did she join the club?', 'Ha debuttato alla Scala all’età di 15
anni' -> 'A quale età ha debuttato alla Scala?' (the subject after the verb)."""

from __future__ import annotations

import re

from ...document import Document, Sentence
from ...text import squash
from .amounts import _plain_subject
from .clause import _english_body, _frame, _is_copula, _italian_copula_group, _tail
from .words import NUMBER_WORDS

# The phrase of an age after its verb: "at the age of| 11", "all’età di| 15| anni".
_AGE_OF = {
    "en": re.compile(r"\bat\s+the\s+age\s+of\s+(?P<num>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b(?!\s*%)"),
    "it": re.compile(r"\b(?:all’|all')età\s+di\s+(?P<num>\d{1,3}|[a-zà-ù]+)\s+anni\b"),
}


_AGE_CUE = {"en": "age of", "it": "età di"}


_PRONOUNS = frozenset("he she they it we i you lui lei loro egli ella essi".split())


_LONGEST_BETWEEN = 6  # words between the verb and the phrase of the age


def _age_number(word: str, language: str) -> bool:
    """Whether the word after 'age of' / 'età di' is a number: '11', 'eleven', 'quindici'."""
    return word.isdigit() or word.lower() in NUMBER_WORDS[language]


def age_question(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(question, answer) of an age told after the clause's verb, or None when the clause is
    not one plain subject, a verb that is no copula and a few words up to the age."""
    language = doc.language
    text = s.text
    if _AGE_CUE[language] not in text:
        return None
    m = _AGE_OF[language].search(text)
    if m is None or not _age_number(m.group("num"), language):
        return None
    frame = _frame(text, m.start(), s, doc)
    if frame is None or not frame.subject or not frame.verb:
        return None
    if frame.subject.lower() in _PRONOUNS:
        return None  # "she walked into the gym at the age of nine": who, the card cannot say
    if _is_copula(frame, language) or _italian_copula_group(frame):
        return None
    if len(frame.between) > _LONGEST_BETWEEN or any(not w.isalpha() for w in frame.between):
        return None
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    between = frame.between_text
    if language == "en":
        if not _plain_subject(frame.subject):
            return None
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        asked = f"At what age {body} {between} {tail} {frame.when}"
    else:
        verb = " ".join(frame.verb)
        asked = f"A quale età {verb} {frame.subject} {between} {tail} {frame.when}"
    return squash(asked) + "?", m.group("num")
