"""How many people a named body or place has, told as 'the N members of X': 'I 31 soci del
Caseificio sociale Pieve Rossa sono stati chiamati ...' -> 'Quanti soci ha il Caseificio
sociale Pieve Rossa?'; 'Carnon Valley Tin’s 140 employees were told ...' -> 'How many
employees does Carnon Valley Tin have?'. The count is the body's, whatever the sentence goes
on to say of them; it is asked in the present, as what the body has."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import NAME_RUN, Document
from ..lexicon import ARTICULATED
from ..numerals import NUMBER_WORDS

SCORE = 0.72

_IT_PEOPLE = "soci|dipendenti|lavoratori|iscritti|abitanti|studenti|alunni|residenti|tesserati"
_EN_PEOPLE = "members|employees|staff|workers|residents|pupils|students|inhabitants"


def _number(language: str) -> str:
    words = "|".join(sorted(NUMBER_WORDS[language], key=len, reverse=True))
    return rf"(?P<num>\d{{1,3}}(?:[.,]\d{{3}})*|{words})"


_MEMBERS = {
    "it": re.compile(
        r"(?<![\w’])(?:[Ii]|[Gg]li|[Ll]e)\s+" + _number("it") + rf"\s+(?P<noun>{_IT_PEOPLE})\s+"
        r"(?P<prep>del|della|dello|dei|degli|delle|di|dell’)\s*(?P<name>" + NAME_RUN.pattern + r")"
    ),
    # "Carnon Valley Tin’s 140 employees" ("the 140 employees of X": the counts ask them)
    "en": re.compile(
        r"(?<![\w’])(?P<the>[Tt]he\s+)?(?P<name>"
        + NAME_RUN.pattern
        + r")’s\s+"
        + _number("en")
        + rf"\s+(?P<noun>{_EN_PEOPLE})\b"
    ),
}
# Adjectives in small letters inside an Italian body's name, and the name that goes on after
# them: "Caseificio | sociale | Pieve Rossa".
_IT_NAME_GOES_ON = re.compile(
    r"(?:\s+[a-zà-ù]{3,}(?:ale|ali|ile|ili|ico|ica|ivo|iva|ano|ana|ese|ario|aria))+"
    r"(?:\s+(?:" + NAME_RUN.pattern + r"))?"
)
# What may follow a name that ends it: a name runs to a comma, a verb or a small word.
_NAME_ENDS = re.compile(r"[\s,;:.)]|$")


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _MEMBERS[language]
    for s in doc.sentences:
        if s.source is not None:
            continue
        for m in pattern.finditer(s.text):
            found = _asked(m, language)
            if found is None:
                continue
            question, answer = found
            yield Candidate(
                "number",
                s,
                SCORE,
                answer,
                question=question,
                answer_type="number",
                topic=f"{answer} {m.group('noun')}",
            )


def _asked(m: re.Match[str], language: str) -> tuple[str, str] | None:
    """(question, answer) of a count of a body's people; None for a name that is no body's or
    place's (a person's, 'the 40 workers of Mario Rossi')."""
    name = m.group("name").strip()
    end = m.end()
    if language == "it":
        more = _IT_NAME_GOES_ON.match(m.string, end)
        if more is not None:
            name, end = m.string[m.start("name") : more.end()], more.end()
    if not _NAME_ENDS.match(m.string, end) or len(name.split()) > 6:
        return None
    words = name.split()
    if language == "en":
        if len(words) == 2 and m.group("the") is None and all(w[1:].islower() for w in words):
            return None  # "Anna Neri’s 12 staff": a person's name, two capitalised words
        the = "the " if m.group("the") else ""
        return f"How many {m.group('noun')} does {the}{name} have?", m.group("num")
    noun, prep = m.group("noun"), m.group("prep")
    article = "" if prep == "di" else ARTICULATED.get(prep, "")
    if article in ("i", "gli", "le"):
        return None  # "dei Comuni ...": many, and "hanno" would need another question
    named = f"{article}{name}" if article.endswith("’") else f"{article} {name}".strip()
    return f"Quanti {noun} ha {named}?", m.group("num")
