"""Speeds: "winds gusting at up to 65mph", "il treno viaggiava a 300 km/h". The number
before its unit of speed, then what moves that fast."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import (
    PREPOSITIONS,
)
from ...document import Document, Sentence
from ...lexicon import (
    STOPWORDS,
)
from ...text import lower_first, squash, upper_first
from ...verbs import (
    is_finite,
    is_participle,
    lemma,
)
from .amounts import _object_then
from .clause import _english_body, _Frame, _frame, _frame_question, _is_copula, _tail
from .counts import _plural

_SPEED = {
    "en": re.compile(
        r"(?P<upto>(?:up\s+to|as\s+much\s+as|more\s+than|over|about|around|nearly|almost)\s+)?"
        r"(?P<num>\d(?<![\w.,]\d)[\d.,]*)\s?"
        r"(?P<unit>mph|km/h|kph|kmh|km/s|m/s|knots|miles\s+per\s+(?:hour|second)"
        r"|(?:kilometres|kilometers|metres|meters)\s+(?:per|a)\s+(?:hour|second))"
        r"(?![\w/])"
    ),
    "it": re.compile(
        r"(?P<upto>fino\s+a\s+|oltre\s+)?(?P<num>\d(?<![\w.,]\d)[\d.,]*)\s?"
        r"(?P<unit>km/h|km/s|m/s|km\s+orari|chilometri\s+orari|chilometri\s+all’ora|nodi"
        r"|(?:chilometri|metri)\s+al\s+secondo)(?![\w/])"
    ),
}


# "With winds gusting at up to": an absolute clause, the noun and what it does.
_WITH_GERUND = re.compile(
    r"(?:^|,\s+)[Ww]ith\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+(?P<ger>[a-z]+ing)\s+(?:at\s+)?$"
)


# "gusts of up to 80mph", "raffiche di vento fino a 95 km/h": the noun that has the speed.
_SPEED_NOUN = {
    "en": re.compile(r"(?:^|\s)(?P<np>[A-Za-z][a-z]+(?:\s+[a-z]+)?)\s+(?:of|at)\s+$"),
    "it": re.compile(r"(?:^|\s)(?P<np>[A-Za-z][a-z]+(?:\s+di\s+[a-z]+)?)\s+(?:a\s+|di\s+)?$"),
}


_SPEED_VERB_PREPOSITIONS = {"en": frozenset(["at"]), "it": frozenset(["a"])}


# A speed a noun of speed names as the verb's object: "reached speeds of 90mph", "hit a top
# speed of 320 km/h", "raggiungono velocità fino a 3,5 metri al secondo". What moves is the
# verb's subject; the noun is no one that moves ("What speed did the speeds reach?").
_SPEED_NOUNS = frozenset("speed speeds velocità".split())


_SPEED_NOUN_PHRASE = {
    "en": re.compile(r"(?:(?:a|an)\s+(?:[a-z]+\s+)?speed|speeds)\s+of"),
    "it": re.compile(r"(?:(?:una|la)\s+(?:[a-zà-ù]+\s+)?velocità(?:\s+[a-zà-ù]+)?\s+di|velocità)"),
}


# The English present of a plural, which no frame reads: "(, where) currents reach| speeds of
# up to": a bare or definite plural, one or two words, then the verb without "-s".
_PLURAL_REACH = re.compile(
    r"(?:^|,\s+where\s+)(?P<subject>(?:[Tt]he\s+)?(?:[a-z]+\s+)?[A-Za-z][a-z]+s)\s+"
    r"(?P<verb>reach|hit|exceed|top)\s+(?:speeds|(?:a|an)\s+(?:[a-z]+\s+)?speed)\s+of\s+"
    r"(?:up\s+to\s+)?$"
)


def _speed_reached_question(
    m: re.Match[str], frame: _Frame, exact: list[str], text: str, language: str
) -> str | None:
    """'The winds reached speeds of 90mph' -> 'What speed did the winds reach?', 'hit a top
    speed of' -> 'What top speed ...?' (the noun's adjective stays), 'Le correnti raggiungono
    velocità fino a 3,5 metri al secondo' -> 'Che velocità raggiungono le correnti?'."""
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    if language == "it":
        noun = " ".join(exact[1:-1]) if len(exact) > 2 else "velocità"  # "velocità massima"
        verb = " ".join(frame.verb)
        asked = f"Che {noun} {verb} {frame.subject} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    noun = "speed" if exact[0] == "speeds" else " ".join(exact[1:-1])  # "a top speed of"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"What {noun} {body} {tail} {frame.when}") + "?"


# Verbs whose speed right after them is one the subject reached: "Gusts reached| 90mph".
_REACH_VERBS = frozenset("reach hit top exceed raggiungere toccare superare".split())


def _speed_hit_question(m: re.Match[str], frame: _Frame, text: str, language: str) -> str | None:
    """'Gusts reached 90mph on the coast' -> 'What speed did gusts reach on the coast?', 'Le
    raffiche hanno toccato i 110 km/h' -> 'Che velocità hanno toccato le raffiche?'."""
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    if language == "it":
        verb = " ".join(frame.verb)
        return upper_first(squash(f"Che velocità {verb} {frame.subject} {tail} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"What speed {body} {tail} {frame.when}") + "?"


def _speed_verb_question(
    m: re.Match[str], frame: _Frame, text: str, language: str, obj: str = ""
) -> str | None:
    """'The train travels at 320 km/h' -> 'At what speed does the train travel?', 'The object
    entered the atmosphere at 14 km/s' -> 'At what speed did the object enter the
    atmosphere?'."""
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    tail = squash(f"{obj} {tail}")
    return _frame_question(frame, language, "A che velocità", "At what speed", tail)


def _speed_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(question, answer, accepted) of each speed: 'At what speed were the winds gusting?' ->
    '65mph', 'A che velocità viaggiava il treno?' -> '300 km/h', 'Che velocità hanno raggiunto
    le raffiche di vento?' -> '95 km/h'."""
    language = doc.language
    text = s.text
    for m in _SPEED[language].finditer(text):
        asked = _speed_question(m, s, doc)
        if asked is None:
            continue
        answer = text[m.start("num") : m.end("unit")]
        accepted = (squash(m.group(0)), m.group("num")) if m.group("upto") else (m.group("num"),)
        yield asked, answer, accepted


def _speed_question(m: re.Match[str], s: Sentence, doc: Document) -> str | None:
    language = doc.language
    text = s.text
    before = text[: m.start()]
    absolute = _WITH_GERUND.search(before) if language == "en" else None
    if absolute is not None:  # "With winds gusting at up to 65mph, ..."
        np = absolute.group("np")
        be = "were" if _plural(np.split()[-1], "en") else "was"
        return f"At what speed {be} the {np} {absolute.group('ger')}?"
    measured = _MEASURED_AT[language].search(before) if ", " in before else None
    if measured is not None:  # "le raffiche di vento, misurate a 85 km/h dalla stazione, ..."
        return _measured_speed_question(measured, text[m.end("unit") :], language)
    frame = _frame(text, m.start(), s, doc)
    if frame is not None and frame.subject and not _is_copula(frame, language):
        exact = [w for w in frame.exact if w not in {"up", "to", "fino"}]
        if _SPEED_NOUN_PHRASE[language].fullmatch(" ".join(exact)):
            return _speed_reached_question(m, frame, exact, text, language)
        if exact == sorted(_SPEED_VERB_PREPOSITIONS[language]):
            return _speed_verb_question(m, frame, text, language)
        if not exact and lemma(frame.verb[-1].lower(), language) in _REACH_VERBS:
            return _speed_hit_question(m, frame, text, language)  # "Gusts reached 90mph"
        obj = _object_then(frame, _SPEED_VERB_PREPOSITIONS[language], language)
        if obj:
            return _speed_verb_question(m, frame, text, language, obj)
    reached = _PLURAL_REACH.search(before) if language == "en" else None
    if reached is not None:  # "where currents reach speeds of up to": a present of a plural
        tail = _tail(text, m.end(), language)
        subject = reached.group("subject")
        subject = subject if subject[1:2].isupper() else lower_first(subject)
        verb = reached.group("verb")
        return None if tail is None else squash(f"What speed do {subject} {verb} {tail}") + "?"
    noun = _SPEED_NOUN[language].search(before)
    if noun is None or noun.group("np").split()[-1].lower() in _SPEED_NOUNS:
        return None  # "reach speeds of": the speed names no one that moves
    np = noun.group("np")
    if np[:1].isupper():
        if noun.start("np") > 0:
            return None  # a name: "the Sea of ...", not what moves
        np = np[0].lower() + np[1:]
    words = np.split()
    if (
        language == "en"
        and len(words) == 2
        and (
            words[0] in STOPWORDS["en"]
            or is_finite(words[0], "en")
            or is_participle(words[0], "en")
        )
    ):
        words, np = words[1:], words[1]  # "brought| winds of": the verb is no part of it
    head = words[-1] if language == "en" else words[0]
    if head in STOPWORDS[language] or head in PREPOSITIONS[language] or not _plural(head, language):
        return None
    if language == "en":
        return f"What speed did the {np} reach?"
    article = "le" if head.endswith("e") else "gli" if head[:1] in "aeiouz" else "i"
    return f"Che velocità hanno raggiunto {article} {np}?"


# A speed said in an aside with a participle after what moves: "le raffiche di vento, misurate a
# 85 chilometri orari dalla stazione di Iseo, ...", "the winds, recorded at 70mph by ...".
_MEASURED_AT = {
    "it": re.compile(
        r"(?:^|\s)(?P<np>(?i:(?:il|lo|la|i|gli|le)\s|l’)[a-zà-ù]+"
        r"(?:\s(?:di|del|della|dei|delle|degli)\s[a-zà-ù]+)?),\s"
        r"(?P<part>[a-zà-ù]{3,}(?:at|it|ut)[aeio])\s+(?:fino\s+)?a\s+$"
    ),
    "en": re.compile(
        r"(?:^|\s)(?P<np>[Tt]he\s[a-z]+(?:\s[a-z]+)?),\s(?P<part>[a-z]{3,}ed)\s+at\s+(?:up\s+to\s+)?$"
    ),
}


_IT_PASSIVE = {"a": "è stata", "o": "è stato", "e": "sono state", "i": "sono stati"}


_AGENT = re.compile(r"^\s*(?P<by>(?:da|dal|dalla|dallo|dai|dalle|dagli|by)\s[^,;:.()]{2,60})")


def _measured_speed_question(m: re.Match[str], after: str, language: str) -> str | None:
    """'A che velocità sono state misurate le raffiche di vento dalla stazione di Iseo?': the
    participle's passive, with its agent when one follows the speed."""
    np, part = m.group("np"), m.group("part")
    agent = _AGENT.match(after)
    by = f" {agent.group('by').strip()}" if agent and len(agent.group("by").split()) <= 8 else ""
    if language == "it":
        np = np[0].lower() + np[1:]  # its article, at the head of the sentence
        return f"A che velocità {_IT_PASSIVE[part[-1]]} {part} {np}{by}?"
    be = "were" if _plural(np.split()[-1], "en") else "was"
    return f"At what speed {be} {np[0].lower() + np[1:]} {part}{by}?"
