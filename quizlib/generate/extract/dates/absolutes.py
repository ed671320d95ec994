"""A date in a 'with' phrase after its clause, a plan's next step: 'Construction will begin in
May, with the first beans processed in the summer of 2028' -> 'When will the first beans be
processed?'; 'I lavori partiranno a gennaio, con la consegna del cantiere prevista per marzo
2026' -> 'Quando è prevista la consegna del cantiere?'. Only of a clause about what is to
come: the phrase tells the plan's next step, and its verb is a participle or a form in -ing
whose tense the clause gives."""

from __future__ import annotations

import re

from ...chunks import PREPOSITIONS, Token, tokens
from ...lexicon import ARTICLES, ARTICULATED, IT_PLURAL_ARTICLES
from ...text import squash
from ...verbs import is_finite, is_participle, lemma
from .spans import DateSpan

# The clause before the phrase tells of what is to come.
_TO_COME = {
    "en": re.compile(
        r"\b(?:will|would|could|should|expected|due|scheduled|planned|plans?|set\sto|next)\b"
    ),
    "it": re.compile(
        r"\b\w+(?:erà|erò|eranno|irà|iranno|arà|aranno|rà|ranno)\b"
        r"|\b(?:dovrebbe|dovrebbero|previst[oaie]|prossim[oaie])\b"
    ),
}
_WITH = {"en": ", with ", "it": ", con "}
# Participles of a plan: the noun is expected at the date ("with completion due in 2027").
_EXPECTED = {
    "en": frozenset("expected due scheduled planned set".split()),
    "it": frozenset(
        """previsto prevista previsti previste atteso attesa attesi attese programmato
        programmata programmati programmate fissato fissata fissati fissate""".split()
    ),
}
_LONGEST_NOUN = 7  # tokens of the noun phrase after "with": "the first phase of the project"
_LONGEST_COMPLEMENT = 5  # tokens between the verb and the date: "to traffic", "from the stills"
_DATE_PREPS = frozenset("during in on by from until".split())
# A clause told in the past: "the players were due to parade the trophy" is no plan to come.
_PAST = {
    "en": re.compile(r"\b(?:was|were|had)\b"),
    "it": re.compile(r"\b(?:era|erano|fu|furono|aveva|avevano)\b"),
}
_IT_DATE_PREPS = frozenset("per entro a nel nell’ in".split())
_WH = {"by": "By when", "until": "Until when", "from": "From when", "entro": "Entro quando"}


def _ing_verb(toks: list[Token], k: int) -> bool:
    """Whether the word in -ing at `k` is a verb: a preposition or nothing follows it ('the
    first spirit running | from the stills'), not a noun ('the new building | opened')."""
    if not toks[k].low.endswith("ing") or len(toks[k].low) < 6:
        return False
    return k + 1 == len(toks) or toks[k + 1].low in PREPOSITIONS["en"]


def _noun_end(toks: list[Token], language: str) -> int | None:
    """Where the definite noun phrase that opens `toks` ends: at the participle or the form in
    -ing after it. None when it is no such phrase."""
    if not toks or toks[0].low not in ARTICLES[language] | {"its", "their"}:
        return None
    if toks[0].low in {"a", "an", "un", "uno", "una", "un’"}:
        return None
    for k in range(1, min(len(toks), _LONGEST_NOUN + 1)):
        t = toks[k]
        if not t.text.islower() or not t.text.replace("-", "").isalpha():
            if t.text[:1].isupper() and t.text.isalpha():
                continue  # a name in the phrase: "the Gorran bypass"
            if t.text in {"’", "'"}:
                continue
            return None
        if (
            is_participle(t.text, language)
            or t.low in _EXPECTED[language]
            or (language == "en" and _ing_verb(toks, k))
        ):
            return k if k > 1 else None
        if is_finite(t.text, language) and t.low not in ARTICULATED:
            return None
    return None


def with_phrase_question(text: str, span: DateSpan, language: str) -> str | None:
    """The question of a date at the end of a 'with'/'con' phrase after a clause about what is
    to come; None for any other shape."""
    start = text.rfind(_WITH[language], 0, span.start)
    if start < 0 or not _TO_COME[language].search(text, 0, start):
        return None
    if _PAST[language].search(text, 0, start):
        return None  # "were due to parade the trophy, with the school given the day off"
    phrase = text[start + len(_WITH[language]) : span.start]
    joined = re.split(r"\s(?:and|e|ed)\s", phrase)
    phrase = joined[-1]  # "with the first phase due in 2027 and | the final stand completed"
    if any(c in phrase for c in ",;:()"):
        return None
    rest = text[span.end :].strip()
    if rest not in {"", ".", ";"} and not rest.startswith((",", ".", ";")):
        return None  # the phrase goes on: the date may be another word's
    toks = tokens(phrase)
    if toks and toks[-1].text[:1].isupper():
        return None  # "from Easter | 2027": the date's own word, left out of its span
    end = _noun_end(toks, language)
    if end is None:
        return None
    verb = toks[end]
    complement = toks[end + 1 :]
    if language == "en" and not span.prep and complement and complement[-1].low in _DATE_PREPS:
        complement = complement[:-1]  # "moving in | during | 2028": the date's preposition
        phrase = phrase[: complement[-1].end] if complement else phrase[: verb.end]
    if len(complement) > _LONGEST_COMPLEMENT or any(
        is_finite(t.text, language) and t.text.islower() for t in complement
    ):
        return None
    np = phrase[: verb.start].strip()
    if end < 2 + (language == "it"):
        return None  # "con la fine fissata a luglio": the end of what, out of the clause?
    said = phrase[verb.end :].strip()
    wh = _WH.get(span.prep, "When") if language == "en" else "Quando"
    if language == "it":
        if verb.low not in _EXPECTED["it"]:
            return None  # "con la consegna prevista per marzo": only a plan's date
        if any(
            t.low not in _IT_DATE_PREPS and t.low not in ARTICLES["it"] and t.low not in ARTICULATED
            for t in complement
        ):
            return None
        copula = "sono" if toks[0].low in IT_PLURAL_ARTICLES else "è"
        by = span.prep.startswith("entro") or any(t.low == "entro" for t in complement)
        wh = "Entro quando" if by else "Quando"
        return f"{wh} {copula} {verb.low} {np[:1].lower()}{np[1:]}?"
    np = np[:1].lower() + np[1:]
    if verb.low in _EXPECTED["en"]:
        if said:
            if not said.startswith("to "):
                return None
            return squash(f"{wh} will {np} {said[3:]}") + "?"  # "due to start in 2027"
        return None
    if verb.low.endswith("ing"):
        base = lemma(verb.low, "en")
        if base == verb.low:
            return None
        return squash(f"{wh} will {np} {base} {said}") + "?"
    return squash(f"{wh} will {np} be {verb.low} {said}") + "?"
