"""How long after something a thing happened, at the end of its clause: "the train arrived
in Lampeter 31 minutes later", "il frammento è stato trovato quattro giorni dopo"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...verbs import (
    AUXILIARIES,
    is_finite,
)
from .clause import _COORDINATORS, _Frame, _frame
from .measures import _is_copula_group
from .votes import _verb_first
from .words import _ANY_NUMBER

_LATER = {
    language: re.compile(
        rf"(?P<num>{_ANY_NUMBER[language]})\s+(?P<unit>seconds|minutes|hours|days|weeks|months"
        r"|years|secondi|minuti|ore|giorni|settimane|mesi|anni)\s+(?P<later>later|dopo|più\s+tardi)"
        r"(?=\s*[,;.]|\s*$)"
    )
    for language in ("en", "it")
}


# The cheap test before the number is looked for: a unit of time right before "later".
_LATER_UNIT = re.compile(
    r"(?:seconds|minutes|hours|days|weeks|months|years|secondi|minuti|ore|giorni|settimane|mesi"
    r"|anni)\s+(?:later|dopo|più\s+tardi)"
)


def _later_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str, int]]:
    """(question, answer, number with its unit, start): 'How many minutes later did the train
    arrive in Lampeter?' -> '31', 'Quanti giorni dopo è stato trovato il frammento?' ->
    'quattro'."""
    language = doc.language
    text = s.text
    for m in _LATER[language].finditer(text):
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or _is_copula_group(frame, language):
            continue
        if not _COORDINATORS.isdisjoint(frame.subject.lower().split()):
            continue  # "the storm hit the coast and the power": no subject read
        frame = _second_verb(frame, language)
        if frame is None:
            continue
        unit, later = m.group("unit"), m.group("later")
        how = "Quante" if unit in {"ore", "settimane"} else "Quanti"
        it_how, en_how = f"{how} {unit} {later}", f"How many {unit} later"
        asked = _verb_first(frame, language, it_how, en_how, frame.between_text)
        if asked is not None:
            yield asked, m.group("num"), text[m.start("num") : m.end("unit")], m.start("num")


def _second_verb(frame: _Frame, language: str) -> _Frame | None:
    """The frame of the last of two verbs of one subject: 'left Carmarthen at 06:42 and|
    arrived in Lampeter' -> 'arrived', 'in Lampeter'."""
    words = frame.between_text.split()
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1] not in {"and", "e", "ed"}:
            continue
        verb = words[i : i + 1]
        if language == "it" and words[i] in AUXILIARIES["it"] and i + 1 < len(words):
            verb = words[i : i + 2]
        if not (is_finite(words[i], language) or words[i] in AUXILIARIES[language]):
            return None  # "... and the power came back": a clause with a subject of its own
        rest = words[i + len(verb) :]
        lowered = tuple(w.lower() for w in rest)
        return _Frame(
            frame.subject, tuple(verb), lowered, frame.opening, frame.when, " ".join(rest)
        )
    return frame
