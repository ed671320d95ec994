"""Who said it: '“Rimaniamo fedeli ...”, ha aggiunto Lavrov' -> 'Chi ha detto “...”?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ROLE_WORDS, SAY_VERBS, STOPWORDS
from ..phrase import render
from ..text import contains_phrase, squash, strip_punct
from .common import people_in

_QUOTE_MARK = re.compile(r"[“«\"]")
_Q = r"[“«\"](?P<q>[^”»\"]{8,})[”»\"]"


_IT_PAST = "disse|dichiarò|affermò|aggiunse|spiegò|sottolineò|ribadì|commentò|scrisse|precisò"
_SEP = r"\s*[,–—-]?\s*"


def _patterns(language: str) -> list[re.Pattern[str]]:
    say = "|".join(SAY_VERBS[language])
    if language == "it":
        verb = r"(?:(?:ha|aveva|avrebbe)\s+(?:" + say + r")|" + _IT_PAST + r")"
        return [
            re.compile(r"^" + _Q + _SEP + verb + r"\s+(?P<who>[^,.;“”]+)"),
            re.compile(r"^(?P<who>[^,;“”]{3,80}?)\s+" + verb + r"(?:\s+che)?\s*[:,]?\s*" + _Q),
        ]
    return [
        re.compile(r"^" + _Q + _SEP + r"(?:" + say + r")\s+(?P<who>[^,.;“”]+)"),
        re.compile(r"^" + _Q + _SEP + r"(?P<who>[^,.;“”]+?)\s+(?:" + say + r")\b"),
        re.compile(r"^(?P<who>[^,;“”]{3,80}?)\s+(?:" + say + r")(?:\s+that)?\s*[:,]?\s*" + _Q),
    ]


def short_quote(quote: str) -> str | None:
    """The part of a quotation a question shows: up to its first comma when that is enough."""
    quote = strip_punct(squash(quote))
    words = quote.split()
    if len(words) < 3:
        return None
    if len(words) <= 12:
        return quote
    head = re.split(r"[,;:]", quote)[0].strip()
    if 4 <= len(head.split()) <= 14:
        return head
    return " ".join(words[:10]) + "…"


def _speaker(who: str, doc: Document) -> str | None:
    """The person an attribution names: a known person, else the last capitalised name in it
    ('il ministro Rossi' -> 'Rossi'); None for 'the minister' or 'fonti'."""
    named = people_in(who, doc)
    if named:
        return named[-1][2]
    roles = ROLE_WORDS[doc.language]
    stop = STOPWORDS[doc.language]
    runs = [
        m.group(0)
        for m in NAME_RUN.finditer(who)
        if m.group(0).split()[0].lower() not in roles and m.group(0).lower() not in stop
    ]
    if not runs or len(runs[-1].split()) > 4:
        return None
    return runs[-1]


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    patterns = _patterns(language)
    last: tuple[int, str, str] | None = None  # (block, speaker, who as written)
    for s in doc.sentences:
        if not _QUOTE_MARK.search(s.text):
            continue
        found = None
        for p in patterns:
            m = p.search(s.text)
            if m:
                who = strip_punct(m.group("who"))
                speaker = _speaker(who, doc)
                if speaker:
                    found = (m.group("q"), speaker, who)
                break
        if found is None:
            whole = re.fullmatch(_Q + r"\s*\.?", s.text.strip())
            if whole and last and last[0] == s.block:
                found = (whole.group("q"), last[1], last[2])
        if found is None:
            continue
        quote, speaker, who = found
        last = (s.block, speaker, who)
        yield from _card(s, quote, speaker, who, doc)


def _card(s: Sentence, quote: str, speaker: str, who: str, doc: Document) -> Iterator[Candidate]:
    short = short_quote(quote)
    if short is None:
        return
    surname = speaker.split()[-1]
    if contains_phrase(short, surname):
        return
    accept = tuple(dict.fromkeys(a for a in (surname, who) if a and a != speaker))
    question = render(doc.language, "quote", quote=short)
    yield Candidate(
        "quote",
        s,
        0.76,
        speaker,
        question=question,
        accept=accept,
        answer_type="person",
        topic=" ".join(short.split()[:3]),
    )
