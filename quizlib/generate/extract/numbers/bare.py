"""Counts without a counted noun after them, and counts of what there is."""

from __future__ import annotations

import re

from ...text import lower_first
from ...verbs import (
    is_finite,
)
from .counts import _YEAR, _spelled_value
from .gender import _how_many_article
from .tails import tail_of
from .words import _ANY_NUMBER, NUMBER_WORDS


def _copula_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    number = _ANY_NUMBER[language]
    approx = r"(?:(?:circa|oltre|quasi|almeno|più di|appena|ben|solo|soltanto)\s+)?"
    if language == "en":
        return (
            re.compile(
                r"^The\s+(?:total\s+)?number\s+of\s+(?P<np>[^,;:()]{3,60}?)\s+"
                r"(?P<verb>is|was|will be|would be)\s+"
                r"(?:(?:about|nearly|almost|over|around|some)\s+)?"
                rf"(?P<num>{number})(?![.,]?\d)(?=\s*(?:[,;.(]|$))"
            ),
        )
    cop = r"sono|erano|furono|saranno|sarebbero|sono stati|sono state|erano stati|erano state"
    return (
        # "I varchi elettronici saranno 22, contro gli 11 di oggi"
        re.compile(
            rf"^(?P<np>(?:I|Gli|Le)\s+[^,;:()“”]{{3,60}}?)\s+(?P<verb>{cop})\s+{approx}"
            rf"(?P<num>{number})(?![.,]?\d)"  # "23|.400": the whole figure, not its first group
            r"(?=\s*(?:[,;.(]|$|\s(?:contro|rispetto|in tutto|in totale)\b))"
        ),
        # "Sono 38 i treni cancellati nella sola giornata di lunedì"
        re.compile(
            rf"^(?P<verb>Sono|Erano|Furono|Saranno|Sarebbero)\s+{approx}(?P<num>{number})\s+"
            r"(?P<np>(?:i|gli|le)\s+[^,;:()“”]{3,80})"
        ),
    )


_COPULA_COUNTS = {language: _copula_patterns(language) for language in NUMBER_WORDS}


_NP_STOP = re.compile(r"\s(?:che|cui|which|who|that)\s")
# A range that ends the counted phrase, which the question leaves out: "tra l’autunno del 2022
# e la primavera del 2023".
_RANGE_AT_END = re.compile(
    r"\s(?:tra|fra|between)\s(?:(?!\s(?:e|ed|and)\s).)+(?:\s(?:e|ed|and)\s.*)?$"
)


def _copula_question(text: str, language: str) -> tuple[str, re.Match[str], tuple[str, ...]] | None:
    """(question, match of the number, accepted) of a count said with a copula: 'I varchi
    saranno 22' -> 'Quanti saranno i varchi?', 'The number of gates will be 22' -> 'How many
    gates will there be?'."""
    for pattern in _COPULA_COUNTS[language]:
        m = pattern.match(text)
        if m is None:
            continue
        if _YEAR.fullmatch(m.group("num")):
            return None  # "I Giochi saranno 2026": a year
        np = tail_of(m.group("np") + " ").strip()
        np = _RANGE_AT_END.sub("", np)  # "messe a dimora| tra l’autunno del 2022 e la primavera"
        if _NP_STOP.search(f" {np} ") or not 1 <= len(np.split()) <= 10:
            return None
        if any(is_finite(w, language) for w in np.split()[1:] if w.islower()):
            return None  # a clause, not a noun phrase
        number = m.group("num")
        verb = m.group("verb").lower()
        if language == "en":
            there = {"is": "are there", "was": "were there"}.get(
                verb, verb.replace(" be", " there be")
            )
            asked = f"How many {np} {there}?"
        else:
            asked = f"{_how_many_article(np.split()[0])} {verb} {lower_first(np)}?"
        spelled = number.split()[0].lower() in NUMBER_WORDS[language]
        return asked, m, ((_spelled_value(number, language),) if spelled else ())
    return None


# A count reached, told by "the number of": "it brings the number of bridges to seven", "the
# number of victims has risen to 14", "porta a sette il numero dei ponti", "il numero dei
# morti è salito a 14". Asked as how many there are now.
_REACHED = {
    "en": re.compile(
        r"\b(?:(?P<brings>brings|brought|bringing|takes|took|taking|raises|raised|pushes|pushed"
        r"|lifts|lifted)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+)?number\s+of\s+"
        r"(?P<np>[^,;:()“”\"]{3,60}?)\s+(?(brings)|(?:(?:has|have|had)\s+)?(?:risen|rose|rises"
        r"|climbed|climbs|grown|grew|increased|fallen|fell|dropped)\s+)to\s+(?P<num>"
        + _ANY_NUMBER["en"]
        + r")(?=\s*(?:[,;.]|$))"
    ),
    "it": re.compile(
        r"\b(?:(?:porta|portano|portava|portò|ha\s+portato|hanno\s+portato|sale|salgono|è\s+salito"
        r"|arriva|è\s+arrivato)\s+a\s+(?P<num>"
        + _ANY_NUMBER["it"]
        + r")\s+il\s+numero\s+(?P<of>dei|degli|delle)\s+(?P<np>[^,;:()“”«»\"]{3,60}?)"
        r"(?=\s*(?:[,;.]|$))"
        r"|[Ii]l\s+numero\s+(?P<of2>dei|degli|delle)\s+(?P<np2>[^,;:()“”«»\"]{3,60}?)\s+"
        r"(?:sale|è\s+salito|arriva|è\s+arrivato|scende|è\s+sceso)\s+a\s+(?P<num2>"
        + _ANY_NUMBER["it"]
        + r")(?=\s*(?:[,;.]|$)))"
    ),
}


_OF_ARTICLE = {"dei": "i", "degli": "gli", "delle": "le"}


_REACHED_IN_PAST = re.compile(
    r"^(?:brought|took|raised|pushed|lifted|portò|portava)\s|\s(?:had|rose|climbed|grew|fell"
    r"|dropped)\s+to\s"
)


_REACHED_CUE = {"en": "number of", "it": "numero d"}


def _reached_question(text: str, language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a count the number of something reached: 'How many
    bridges linking the two cities are there now?' -> 'seven', 'Quanti sono ora i ponti sul
    fiume?' -> 'sette'."""
    if _REACHED_CUE[language] not in text:
        return None
    m = _REACHED[language].search(text)
    if m is None:
        return None
    number = m.group("num") or m.group("num2") if language == "it" else m.group("num")
    if _YEAR.fullmatch(number) or _REACHED_IN_PAST.search(m.group(0)):
        return None  # "took the number of staff to 450": how many then, which "now" is not
    spelled = number.split()[0].lower() in NUMBER_WORDS[language]
    accepted = (_spelled_value(number, language),) if spelled else ()
    answer = number.lower() if spelled else number
    if language == "en":
        return f"How many {m.group('np')} are there now?", answer, accepted
    of, np = (m.group("of"), m.group("np")) if m.group("np") else (m.group("of2"), m.group("np2"))
    article = _OF_ARTICLE[of]
    how = "Quante" if article == "le" else "Quanti"
    return f"{how} sono ora {article} {np}?", answer, accepted
