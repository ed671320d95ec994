"""The parts of a counted whole listed after 'including'/'tra cui', asked as the whole is: 'The
hospital will employ 1,480 staff, including 265 doctors and 610 nurses' -> 'How many doctors
will the hospital employ?' (265); 'Il presidio conterà 1.480 dipendenti, tra cui 265 medici e
610 infermieri' -> 'Quanti infermieri conterà il presidio?' (610)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...candidate import Candidate
from ...document import Sentence
from ...lexicon import STOPWORDS, UNITS
from .gender import _how_many_it

_FIGURE = r"\d{1,3}(?:[,.]\d{3})+|\d+"
# The cue of the list, right after the whole's noun (and a word or two after it).
_CUE = {
    "en": re.compile(r",\s+(?:including|among\s+them)\s+"),
    "it": re.compile(r",\s+(?:tra|fra)\s+cui\s+"),
}
# The whole before the cue: its figure and its noun, at most two words after them.
_WHOLE = {
    "en": re.compile(rf"(?P<num>{_FIGURE})\s+(?P<noun>[a-z]{{3,}})(?:\s+[a-z]+){{0,2}}$"),
    "it": re.compile(rf"(?P<num>{_FIGURE})\s+(?P<noun>[a-zà-ù]{{3,}})(?:\s+[a-zà-ù]+){{0,2}}$"),
}
# One part: a figure and a plural noun, then the next part or the clause's end.
_PART = {
    "en": re.compile(rf"(?P<num>{_FIGURE})\s+(?P<noun>[a-z]{{3,}})(?=\s*(?:,|\band\b|\.|;|$))"),
    "it": re.compile(
        rf"(?P<num>{_FIGURE})\s+(?P<noun>[a-zà-ù]{{3,}})(?=\s*(?:,|\be\b|\bed\b|\.|;|$))"
    ),
}
# What joins one part to the next: "265 doctors|, 610 nurses| and 40 midwives".
_JOIN = {
    "en": re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)"),
    "it": re.compile(r"\s*(?:,\s*(?:ed?\s+)?|ed?\s+)"),
}


def _value(figure: str) -> int:
    return int(re.sub(r"[,.]", "", figure))


def included_questions(
    s: Sentence, language: str, found: Iterable[Candidate]
) -> Iterator[Candidate]:
    """The questions of the parts a whole's count lists, made of the question `found` asks of
    the whole: only where each part is a count of a plural noun smaller than the whole."""
    text = s.text
    cue = _CUE[language].search(text)
    if cue is None:
        return
    whole = _WHOLE[language].search(text, 0, cue.start())
    if whole is None:
        return
    noun, total = whole.group("noun"), _value(whole.group("num"))
    prefix = f"How many {noun} " if language == "en" else f"{_how_many_it(noun)} {noun} "
    asked = next(
        (
            c.question
            for c in found
            if c.question
            and c.question.startswith(prefix)
            and c.answer.endswith(whole.group("num"))
        ),
        None,
    )
    if asked is None:
        return
    at = cue.end()
    while True:
        part = _PART[language].match(text, at)
        if part is None:
            return
        name = part.group("noun")
        if name in STOPWORDS[language] or name in UNITS or name == noun:
            return
        if _value(part.group("num")) >= total:
            return  # no part of the whole
        how = "How many" if language == "en" else _how_many_it(name)
        yield Candidate(
            "number",
            s,
            0.7,
            part.group("num"),
            question=f"{how} {name} {asked[len(prefix) :]}",
            accept=(f"{part.group('num')} {name}",),
            answer_type="number",
        )
        join = _JOIN[language].match(text, part.end())
        if join is None:
            return
        at = join.end()
