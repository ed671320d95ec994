"""Dates under a condition of the timetable: 'If the timetable holds, the kiln will open in
2027', 'Se i tempi saranno rispettati, i lavori partiranno a settembre', 'The roll will reach
capacity by 2033 if current trends continue'. Such a condition asks only whether the date
holds, not whether the event happens: the date is the plan's, and the question asks the clause
without it. A condition on the event itself ('If approved, the library will reopen in 2027')
is no plain fact and stays as it was."""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Sentence
from ...text import upper_first
from ...verbs import is_participle
from .spans import DateSpan, find_dates

# The words that make a condition one of the timetable: the schedule, going to plan, the
# trends, the weather, delays ("If the plans are approved" is a condition on the event).
_SCHEDULE_WORDS = {
    "en": r"timetable|schedule|to\splan|as\splanned|trends?|delays?|weather|hitches|setbacks",
    "it": r"tempi|tempistica|cronoprogramma|tabella\sdi\smarcia|come\sprevisto"
    r"|secondo\s(?:i\s)?(?:piani|programmi)|ritardi|imprevisti|meteo|tendenza|trend|andamento",
}
# (language, words that open a condition, words of a timetable, conditions said whole).
_CONDITION_WORDS = (
    ("en", "if|unless|barring", _SCHEDULE_WORDS["en"], "weather permitting"),
    (
        "it",
        "se|qualora|salvo",
        _SCHEDULE_WORDS["it"],
        "tempo permettendo|meteo permettendo|salvo imprevisti|salvo ritardi",
    ),
)
# An opening condition of the timetable, up to its comma: "If the timetable holds, ",
# "If all goes to plan, ", "Barring delays, ", "Weather permitting, ", "Se i tempi saranno
# rispettati, ", "Salvo imprevisti, ", "Tempo permettendo, ".
_OPENING = {
    lang: re.compile(
        rf"^(?:(?:{opener})\s(?:[^,;:]*?\s)?(?:{words})\b[^,;:]*"
        rf"|(?:{fixed})),\s+(?=\S)",
        re.IGNORECASE,
    )
    for lang, opener, words, fixed in _CONDITION_WORDS
}
# A closing condition of the timetable, after the date and to the end of the sentence:
# " if current trends continue.", ", se il meteo lo permetterà.", ", weather permitting."
_CLOSING = {
    lang: re.compile(
        rf",?\s(?:(?:{opener})\s(?:[^,;:]*?\s)?(?:{words})\b[^,;:]*|(?:{fixed}))[.!]?$",
        re.IGNORECASE,
    )
    for lang, opener, words, fixed in _CONDITION_WORDS
}


def _shifted(span: DateSpan, cut: int) -> DateSpan:
    return replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )


def without_schedule_condition(
    s: Sentence, span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The sentence without a condition of the timetable that opens or closes it, and the date
    span in what is left; None when it has none, or when the date is the condition's own."""
    text = s.text
    opening = _OPENING[language].match(text)
    if opening is not None and span.start < opening.end():
        return None  # "If work finishes by March, ...": the date is the condition's
    closing = _CLOSING[language].search(text, span.end)
    if closing is not None and closing.start() < span.end:
        closing = None
    if opening is None and closing is None:
        return None
    cut = opening.end() if opening is not None else 0
    end = closing.start() if closing is not None else len(text)
    body = text[cut:end].rstrip()
    if closing is not None:
        body += "."
    if cut:
        body = upper_first(body)
    return replace(s, text=body), _shifted(span, cut)


# A state dated by the event that began it, told with a pronoun: "has hosted the unit since it
# opened in 2003", "since they were set up in 1990", "ospita la sezione da quando è stata
# aperta nel 2003". The state holds since the date: the sentence is asked as "since 2003".
_SINCE_EVENT = {
    "en": re.compile(
        r"\bsince\s(?:it|they|he|she)\s(?:(?:was|were)\s)?(?:first\s)?[a-z]+ed(?:\sup)?\s(?=in\s)"
    ),
    "it": re.compile(
        r"\bda\squando\s(?:(?:è|sono)\s(?:stat[oaie]\s)?)(?P<participle>[a-zà-ù]+)\s(?=nel\s)"
    ),
}
_SINCE_WORD = {"en": "since ", "it": "dal"}


def since_event(s: Sentence, span: DateSpan, language: str) -> tuple[Sentence, DateSpan] | None:
    """The sentence with a state dated by a pronoun's event said as dated by its date ('since
    it opened in 2003' -> 'since 2003', 'da quando è stata aperta nel 2003' -> 'dal 2003'),
    and the date span in it; None when the date follows no such clause, or a figure before it
    makes the clause a tally since then."""
    text = s.text
    m = _SINCE_EVENT[language].search(text, max(0, span.start - 60), span.start + 4)
    if m is None or m.end() != span.start:
        return None
    if any(ch.isdigit() for ch in text[: m.start()]):
        return None  # "have made 12 GWh since it opened in 2023": a tally, no state
    if language == "it" and not is_participle(m.group("participle"), "it"):
        return None
    # "in 2003" -> "since 2003"; "nel 2003" -> "dal 2003"
    prep_end = span.value_start if language == "en" else span.start + len("nel")
    rewritten = text[: m.start()] + _SINCE_WORD[language] + text[prep_end:]
    moved = next(
        (d for d in find_dates(rewritten, language) if d.start >= m.start()),
        None,
    )
    if moved is None or moved.answer != span.answer:
        return None
    return replace(s, text=rewritten), moved
