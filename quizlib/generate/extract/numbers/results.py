"""Results of a contest: margins of a win ("beat the champions by three goals", "won the
seat by 12 votes") and times of a race ("won the marathon in 2 hours, 2 minutes and 48
seconds", "ha chiuso la gara in 2 ore e 5 minuti")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import (
    main_verb,
    tokens,
)
from ...document import NAME_RUN, Document, Sentence
from ...text import squash
from ...verbs import (
    is_finite,
    lemma,
)
from .amounts import _asked_after_object
from .clause import _BREAKS, _frame, _inner_clause_start, _leading_clause_end, _subject
from .words import _ANY_NUMBER

_MARGIN_VERBS = {
    "beat": "beat",
    "beats": "beat",
    "beating": "beat",
    "defeated": "defeat",
    "defeats": "defeat",
    "defeating": "defeat",
    "won": "win",
    "wins": "win",
    "winning": "win",
    "edged": "edge",
    "edges": "edge",
    "edging": "edge",
    "lost": "lose",
    "loses": "lose",
    "losing": "lose",
}


_MARGIN = re.compile(
    r"\b(?P<verb>" + "|".join(_MARGIN_VERBS) + r")\s+(?P<obj>(?:(?:the|their|its|his|her|a)\s+|"
    r"(?=[A-Z]))[^,;:()]{2,50}?\s+)?by\s+(?P<margin>(?P<num>"
    + _ANY_NUMBER["en"]
    + r"|one|a\s+single)\s+(?P<unit>wickets?|goals?|points?|votes?|runs?|strokes?|seconds?|seats?"
    r"|lengths?|shots?|games?|frames?|sets?)\b)"
)


# A name and its finite verb: who a gerund after the comma tells of ("Thornby won ...,
# beating ...").
_NAME_AND_VERB = re.compile(NAME_RUN.pattern + r"\s+(?P<verb>[a-z]+)\b")


def _margin_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end of the number) of each margin of a win: 'By what margin
    did the team beat the champions?' -> 'three goals'."""
    text = s.text
    if doc.language != "en" or " by " not in text:
        return
    for m in _MARGIN.finditer(text):
        verb = m.group("verb")
        if verb.endswith("ing"):
            who = _gerund_subject(text, m.start()) or _first_subject(text[: m.start()], s, doc)
            do = "did"
        else:
            who = _clause_subject(text, m.start("verb"), s, doc)
            do = "does" if verb.endswith("s") else "did"
        if not who:
            continue
        obj = (m.group("obj") or "").strip()
        asked = squash(f"By what margin {do} {who} {_MARGIN_VERBS[verb]} {obj}") + "?"
        yield asked, m.group("margin"), m.start("num"), m.end("num")


def _gerund_subject(text: str, at: int) -> str | None:
    """The name whose verb is the last before the comma of a gerund clause: 'after Thornby
    won the final, beating ...' -> 'Thornby'."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return None
    who = None
    for m in _NAME_AND_VERB.finditer(before):
        if is_finite(m.group("verb"), "en") or m.group("verb") in _MARGIN_VERBS:
            who = m.group(0)[: m.start("verb") - m.start()].strip()
    return who


def _first_subject(before: str, s: Sentence, doc: Document) -> str | None:
    """The subject of the sentence's first verb: 'The village side won the final, beating
    ...' -> 'the village side'."""
    toks = tokens(before)
    verb = main_verb(toks, doc.language)
    if verb is None or verb == 0 or any(t.text in _BREAKS for t in toks[:verb]):
        return None
    subject, _ = _subject(before, toks, verb, s, doc)
    return subject


def _clause_subject(text: str, at: int, s: Sentence, doc: Document) -> str | None:
    """The subject of the verb at `at`, from the start of its clause."""
    offset = _inner_clause_start(text, at, doc.language) or _leading_clause_end(text, doc.language)
    clause = text[offset:at] + " x"  # the subject, and a stand-in for the verb
    toks = tokens(clause)
    if len(toks) < 2 or any(t.text in _BREAKS for t in toks):
        return None
    subject, _ = _subject(clause, toks, len(toks) - 1, s, doc)
    return subject


_RACE_TIME = {
    "en": re.compile(
        r"\sin\s+(?P<time>\d+\s+hours?(?:,?\s+(?:and\s+)?\d+\s+minutes?)?"
        r"(?:,?\s+and\s+\d+\s+seconds?)?"
        r"|\d+\s+minutes?(?:,?\s+and\s+|,\s+)\d+\s+seconds?)\b"
    ),
    "it": re.compile(
        r"\sin\s+(?P<time>\d+\s+or[ae](?:,?\s+(?:e\s+)?\d+\s+minut[io])?"
        r"(?:,?\s+e\s+\d+\s+second[io])?"
        r"|\d+\s+minut[io](?:,?\s+e\s+|,\s+)\d+\s+second[io])\b"
    ),
}


_RACE_VERBS = {
    "en": frozenset("win finish complete run cover swim ride clock".split()),
    "it": frozenset("vincere chiudere concludere completare correre percorrere".split()),
}


def _race_time_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of each time a race was run in: 'In what time did Tadesse win the
    marathon?' -> '2 hours, 2 minutes and 48 seconds', 'In quanto tempo ha chiuso la gara
    Rossi?' -> '2 ore e 5 minuti'."""
    language = doc.language
    text = s.text
    for m in _RACE_TIME[language].finditer(text):
        frame = _frame(text, m.start("time"), s, doc)
        if frame is None or not frame.subject or not frame.exact or frame.exact[-1] != "in":
            continue
        verb = [w.lower() for w in frame.verb]
        head = lemma(verb[-1], language)
        if head not in _RACE_VERBS[language] or len(frame.exact) > 8:
            continue
        asked = _asked_after_object(
            frame, text, m.end(), language, "In quanto tempo", "In what time"
        )
        if asked is not None:
            yield asked, m.group("time"), m.start("time")
