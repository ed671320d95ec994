"""Where: an organisation's seat ('Harvest Foods, con sede a Columbus, ...' -> 'Dove ha sede
Harvest Foods?', 'The agency is headquartered in Lyon' -> 'Where is the agency
headquartered?'), where an event took place and where a thing stands ('Il vertice si è svolto
a Ginevra' -> 'Dove si è svolto il vertice?', 'The summit was held in Geneva' -> 'Where was
the summit held?')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ARTICLES
from ..text import lower_first
from .common import drop_titles, entity_card, lower_initial, specific
from .subject import explicit_subject

# The seat and the place after it; the place is a run of capitalised words.
_SEAT = {
    "it": re.compile(
        r"(?P<lead>,\s+)?(?P<verb>con sede|ha sede|che ha sede|hanno sede|aveva sede)"
        r"\s+(?:a|ad|in)\s+(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?P<lead>,\s+)?(?P<verb>(?:is |was |are )?(?:headquartered|based))"
        r"\s+in\s+(?P<place>[A-Z])"
    ),
}
_CUE = {"it": "sede ", "en": ("headquartered in", "based in")}
QUESTION = {
    "it": "Dove ha sede {subject}?",
    "en": "Where is {subject} {verb}?",
}


def _has_cue(text: str, language: str) -> bool:
    cue = _CUE[language]
    return cue in text if isinstance(cue, str) else any(c in text for c in cue)


def _subject(s: Sentence, text: str, at: int, lead: bool, doc: Document) -> str | None:
    """What has its seat there: the name just before ', con sede a', or the sentence's subject
    before 'ha sede' / 'is headquartered' (in an entry, the entry itself)."""
    before = text[:at].rstrip(" ,")
    if lead:  # "Harvest Foods, con sede a Columbus": the name right before the comma
        runs = list(NAME_RUN.finditer(before))
        if not runs or runs[-1].end() != len(before):
            return None
        name = lower_first(runs[-1].group(0))  # "La Ferri Spa, con sede a" -> "la Ferri Spa"
        return None if len(name.split()) > 6 else name
    toks = tokens(before)
    if not toks or not starts_with_subject(toks, doc.language):
        return None
    verb = main_verb(toks, doc.language)
    joined = toks[-1].low in {"e", "ed", "and"}  # "Fu istituita nel 1974 e ha sede a Roma"
    if verb is not None and toks[verb].low not in {"is", "was", "are"} and not joined:
        return None  # another verb stands before: "X acquired Y, based in Z"
    subject = before if verb is None else before[: toks[verb].start].rstrip(" ,")
    if not subject or len(subject.split()) > 8 or "," in subject:
        return None
    if not _names_something(subject, doc.language):
        return None  # "La società ha sede a Torino": a common noun, no name to ask about
    return lower_first(lower_initial(drop_titles(subject, doc), doc))


def _names_something(subject: str, language: str) -> bool:
    """Whether a subject holds a name ('la Commissione Nazionale', 'Harvest Foods', 'Consob'),
    not only a common noun ('la società', 'the company')."""
    words = subject.replace("’", "’ ").split()
    first, rest = words[0], words[1:]
    article = first.lower() in ARTICLES[language]
    return any(w[:1].isupper() for w in rest) or (first[:1].isupper() and not article)


# Where something happened or stands; the verb phrase is kept for the question.
_WHERE = {
    "it": re.compile(
        r"\s(?P<verb>si è svolt[oaie]|si sono svolt[ie]|si svolgerà|si svolgeranno|si terrà"
        r"|si terranno|si è tenut[oaie]|si sono tenut[ie]|ha avuto luogo|si trova|si trovano"
        r"|sorge|sorgono|è situat[oaie]|sono situat[ie])\s+(?:a|ad|in|nel|nella|nello|presso)"
        r"\s+(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?P<verb>took place|was held|were held|will be held|is held|are held|is located"
        r"|are located|was located|lies|stands)\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z])"
    ),
}
_WHERE_CUE = {
    "it": ("svolt", "svolger", "terrà", "terranno", "tenut", "luogo", "trova", "sorge", "situat"),
    "en": ("took place", "held", "located", " lies ", " stands "),
}
_EN_WHERE = {
    "took place": "Where did {s} take place?",
    "was held": "Where was {s} held?",
    "were held": "Where were {s} held?",
    "will be held": "Where will {s} be held?",
    "is held": "Where is {s} held?",
    "are held": "Where are {s} held?",
    "is located": "Where is {s} located?",
    "are located": "Where are {s} located?",
    "was located": "Where was {s} located?",
    "lies": "Where does {s} lie?",
    "stands": "Where does {s} stand?",
}


def _event_subject(text: str, at: int, doc: Document) -> str | None:
    """The sentence's subject, all that stands before the verb: a name, or what the article is
    about ('the climate summit', said again elsewhere)."""
    before = text[:at].strip()
    toks = tokens(before)
    if not toks or not starts_with_subject(toks, doc.language) or len(toks) > 10:
        return None
    if main_verb(toks, doc.language) is not None or any(t.text in {",", ";", ":"} for t in toks):
        return None
    subject = lower_first(lower_initial(drop_titles(before, doc), doc))
    return subject if specific(subject, doc) else None


def _where(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _WHERE[language].search(text)
    if m is None:
        return None
    place = NAME_RUN.match(text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    subject = _event_subject(text, m.start(), doc)
    if subject is None or answer.lower() in subject.lower():
        return None
    verb = m.group("verb")
    question = f"Dove {verb} {subject}?" if language == "it" else _EN_WHERE[verb].format(s=subject)
    return entity_card(s, answer, question, f"{subject} place", score=0.78, answer_type="city")


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _SEAT[language]
    for s in doc.sentences:
        if any(cue in s.text for cue in _WHERE_CUE[language]):
            where = _where(s, doc)
            if where is not None:
                yield where
        if not _has_cue(s.text, language):
            continue
        text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
        m = pattern.search(text)
        if m is None:
            continue
        place = NAME_RUN.match(text, m.start("place"))
        if place is None:
            continue
        answer = place.group(0).split(",")[0].strip()
        subject = _subject(s, text, m.start(), bool(m.group("lead")), doc)
        if subject is None or subject.lower() == answer.lower():
            continue
        verb = m.group("verb").split()[-1]
        question = QUESTION[language].format(subject=subject, verb=verb)
        yield entity_card(s, answer, question, f"{subject} seat", score=0.8, answer_type="city")
