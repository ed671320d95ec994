"""What a place or a body was called before: 'The town was known as Frobisher Bay until 1987'
-> 'What was Iqaluit known as until 1987?'; 'Fino al 1863 si chiamava Fratta' (in the entry
Umbertide) -> 'Come si chiamava Umbertide fino al 1863?'; 'RNID, formerly the Royal National
Institute for Deaf People, ...' -> 'What was RNID formerly known as?'.

A name said once without a time it ended ('He was known as the Ghost') is a nickname, left to
nicknames.py: the time ('until 1987') or a word of the past ('formerly') says the name is no
longer the thing's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import tokens
from ..document import Document, Sentence
from ..text import lower_first, squash
from ..verbs import holds_finite
from .common import entity_card
from .subject import explicit_subject, refers_to_entry

# A name: capitalised words, maybe joined by small ones ("Royal National Institute for Deaf
# People", "Van Diemen’s Land"), maybe after "the"; a figure may open a word ("21st").
_NAME = (
    r"(?:the\s)?[A-Z0-9][\w’'-]*(?:\s(?:(?:of|for|and|the|on|in|de|di|del|della|dei|degli)\s)*"
    r"[A-Z][\w’'-]*)*"
)
_IT_NAME = r"[A-Z][\w’'-]*(?:\s(?:(?:di|del|della|dei|degli|delle|e)\s)*[A-Z][\w’'-]*)*"
_PAST_WORDS = "formerly|previously|originally|once"
_GATE = {
    "en": re.compile(r"\s(?:known\sas|called|named|formerly)\s"),
    "it": re.compile(r"\ssi\schiamava(?:no)?\s"),
}
# "S was (formerly) known as N (until T)", "until T was known as N" (the subject left to the
# clause before: the entry's).
_KNOWN_UNTIL = re.compile(
    r"(?:^|,\s(?:and|but)\s)(?P<until1>until\s\d{4},?\s)?(?P<subject>[A-Z][^,;:“”\"]{1,60}?\s)?"
    r"(?P<be>was|were)\s(?:(?P<how>" + _PAST_WORDS + r")\s)?(?:known\sas|called|named)\s"
    r"(?P<name>" + _NAME + r")(?:\s(?P<until2>until\s\d{4}))?(?=[,;.]|\s(?:when|and)\s|$)"
)
# "S, formerly (known as) N, ...": the former name set off after the present one.
_FORMERLY = re.compile(
    r"(?:^|(?<=\s))(?P<subject>(?:The\s)?[A-Z][\w’'-]*(?:\s(?:(?:of|for|and|the)\s)*[A-Z][\w’'-]*)*)"
    r",\sformerly\s(?:known\sas\s)?(?P<name>" + _NAME + r")(?:\s\([A-Z]{2,8}\))?,"
)
# "(Fino al T) (S) si chiamava N (fino al T)".
_IT_CALLED = re.compile(
    r"(?:^|;\s|,\s(?:e|ma)\s)(?P<until1>[Ff]ino\sal\s\d{4},?\s)?(?P<subject>[A-Z][^,;:«»“”\"]{1,60}?\s)?"
    r"si\s(?P<verb>chiamava|chiamavano)\s(?P<name>" + _IT_NAME + r")"
    r"(?:\s(?P<until2>fino\sal\s\d{4}))?(?=[,;.]|\s(?:quando|e|ma)\s|$)"
)


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        if not _GATE[language].search(s.text):
            continue
        text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
        if language == "en":
            yield from _known_until(s, text, doc)
            yield from _formerly(s, text, doc)
        else:
            yield from _called(s, text, doc)


def _subject(s: Sentence, said: str | None, doc: Document, opens: bool) -> str | None:
    """Whose the former name is: the subject said, a name or a phrase with no verb, or the
    entry's where the clause says none and the sentence is about the entry or opens with the
    clause ('Fino al 1863 si chiamava Fratta')."""
    if said is None:
        if s.entry is None or not (opens or refers_to_entry(s, doc.language)):
            return None
        return s.entry.phrase
    said = said.strip()
    words = [t.text for t in tokens(said)]
    if len(words) > 8 or holds_finite(words, doc.language):
        return None
    return lower_first(said) if words[0].lower() in ("the", "il", "lo", "la", "l’") else said


def _until(m: re.Match[str]) -> str:
    """Until when the name was the thing's, before or after it, in small letters as a question
    says it: 'until 2019', 'fino al 1863' ('' when the sentence says no time)."""
    until = (m.group("until1") or m.group("until2") or "").strip(" ,")
    return until[:1].lower() + until[1:]  # "Until 2019, it was ...", "Fino al 1863 si chiamava"


def _card(s: Sentence, name: str, question: str, subject: str) -> Candidate:
    bare = name[4:] if name.startswith("the ") else name
    accept = (bare,) if bare != name else ()
    return entity_card(
        s, name, squash(question), f"{subject} former name", score=0.78, accept=accept
    )


def _known_until(s: Sentence, text: str, doc: Document) -> Iterator[Candidate]:
    for m in _KNOWN_UNTIL.finditer(text):
        until = _until(m)
        how = m.group("how")
        if not until and not how:
            continue  # "was known as the Ghost": a nickname
        subject = _subject(s, m.group("subject"), doc, m.start() == 0)
        if subject is None or subject.lower() in ("it", "he", "she", "they"):
            continue
        known = f"{how} known as" if how else "known as"
        question = f"What {m.group('be')} {subject} {known} {until}".rstrip() + "?"
        yield _card(s, m.group("name"), question, subject)


def _formerly(s: Sentence, text: str, doc: Document) -> Iterator[Candidate]:
    for m in _FORMERLY.finditer(text):
        subject = m.group("subject")
        if m.start() == 0:
            subject = lower_first(subject) if subject.startswith("The ") else subject
        elif text[: m.start()].endswith("the "):
            subject = f"the {subject}"  # "run by the | Mining Remediation Authority, formerly"
        question = f"What was {subject} formerly known as?"
        yield _card(s, m.group("name"), question, subject)


def _called(s: Sentence, text: str, doc: Document) -> Iterator[Candidate]:
    for m in _IT_CALLED.finditer(text):
        until = _until(m)
        if not until:
            continue  # "si chiamava Anna": no name given up
        subject = _subject(s, m.group("subject"), doc, m.start() == 0)
        if subject is None:
            continue
        question = f"Come si {m.group('verb')} {subject} {until}?"
        yield _card(s, m.group("name"), question, subject)
