"""The place a thing holds in a series, asked where the sentence says it: an edition ('della
37ª edizione del Trieste Film Festival, che si è chiusa sabato' -> 'Quale edizione del
Trieste Film Festival si è chiusa sabato?' -> 37ª; 'alla 47ª edizione del pellegrinaggio
hanno partecipato 92.000 persone' -> 'A quale edizione del pellegrinaggio hanno partecipato
92.000 persone?'; 'the 22nd edition of the race, which starts on ...') and a finishing place
('L’Italia ha chiuso al nono posto il torneo open' -> 'In quale posizione ha chiuso l’Italia
il torneo open?' -> nono posto; 'Ndlovu finished fourth last year' -> 'In what position did
Ndlovu finish last year?').

The first of a series is left to the superlatives and the dates ("the first edition was held
in 1984"), as in ordinals.py, which asks what a subject is ('X is the sixth session')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import Token, tokens
from ..document import Document, Sentence
from ..text import lower_first, squash, upper_first
from ..verbs import AUXILIARIES, is_finite, may_be_verb
from .common import people_in
from .ordinals import subject_before

# Ordinals past the first, in figures or in words: "37ª", "21°", "22nd", "nono", "fourth".
_IT_ORDINAL = (
    r"(?:(?!1[°ºª])\d{1,3}[°ºª]|second[oa]|terz[oa]|quart[oa]|quint[oa]|sest[oa]|settim[oa]"
    r"|ottav[oa]|non[oa]|decim[oa]|[a-z]{3,}esim[oa])"
)
_EN_ORDINAL = (
    r"(?:(?!1st\b)\d{0,2}(?:1st|2nd|3rd|[04-9]th|1[1-3]th)|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)"
)
# The nouns of a series whose members are told apart by their ordinal.
_SERIES_NOUNS = {
    "it": "edizione|stagione|tappa|Olimpiade",
    "en": "edition|season|stage|Olympiad",
}
# An edition and what it is of: the complement runs to a comma or the clause's verb.
_EDITION = {
    "it": re.compile(
        r"(?:^|(?<=\s))(?P<lead>[Ll]a|della|alla|nella|dalla|sulla)\s(?P<ordinal>"
        + _IT_ORDINAL
        + r")\s(?P<noun>"
        + _SERIES_NOUNS["it"]
        + r")\s(?=(?:del|della|dello|dei|degli|delle|di|dell’)\b)"
    ),
    "en": re.compile(
        r"(?:^|(?<=\s))(?P<lead>[Tt]he)\s(?P<ordinal>"
        + _EN_ORDINAL
        + r")\s(?P<noun>"
        + _SERIES_NOUNS["en"]
        + r")\s(?=of\b)"
    ),
}
# An Italian preposition joined to "la" before an edition, as the question opens with it.
_IT_PREPOSITIONS = {"alla": "A", "nella": "In", "dalla": "Da", "sulla": "Su", "della": "Di"}
_RELATIVE = {"it": (", che ", ", la quale "), "en": (", which ",)}
# Where what opens a clause may stand before an edition: the sentence's start, a colon, a
# source set off by a comma ("secondo il comitato organizzatore, | alla 47ª edizione ...").
_CLAUSE_OPENS = re.compile(
    r"(?:^|:\s+|;\s+|(?:^|:\s+)(?:secondo|according to)\s[^,;:]{3,60},\s)$", re.IGNORECASE
)
_MAX_WORDS = 24  # a question past this is a sentence to wade through


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        text = s.text
        if _has_series_noun(text, language):
            yield from _editions(s, doc)
        if _PLACED_CUE[language] in text:
            yield from _placings(s, doc)
        if language == "en" and " ranked " in text:
            yield from _rankings(s, doc)


def _has_series_noun(text: str, language: str) -> bool:
    low = text.lower()
    return any(noun.lower() in low for noun in _SERIES_NOUNS[language].split("|"))


def _editions(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    for m in _EDITION[language].finditer(text):
        toks = tokens(text[m.end() :])
        k = _complement_end(toks, language)
        if k == 0:
            continue
        of = text[m.end() : m.end() + toks[k - 1].end]
        after = text[m.end() + len(of) :]
        series = f"{m.group('noun')} {of}"
        which = "Quale" if language == "it" else "Which"
        question = None
        relative = next((r for r in _RELATIVE[language] if after.startswith(r)), None)
        if relative is not None:
            clause = _clause(after[len(relative) :], language)
            if clause is not None:
                question = f"{which} {series} {clause}?"
        elif _CLAUSE_OPENS.search(text[: m.start()]) and (
            clause := _clause(after.lstrip(), language)
        ):
            lead = m.group("lead").lower()
            if lead in ("la", "the"):
                question = f"{which} {series} {clause}?"
            elif lead in _IT_PREPOSITIONS:
                question = f"{_IT_PREPOSITIONS[lead]} quale {series} {clause}?"
        if question is None or len(question.split()) > _MAX_WORDS:
            continue
        ordinal = m.group("ordinal")
        article = "la" if language == "it" else "the"
        yield Candidate(
            "number",
            s,
            0.74,
            ordinal,
            question=squash(question),
            accept=(f"{article} {ordinal}",),
            answer_type="ordinal",
            topic=f"{series} {ordinal}",
        )


def _complement_end(toks: list[Token], language: str) -> int:
    """How many tokens the complement of a series noun takes: 'del Trieste Film Festival', 'del
    pellegrinaggio a piedi Macerata-Loreto', up to a comma, a bracket or a verb."""
    k = 0
    while k < len(toks):
        t = toks[k]
        if not (t.text[:1].isalnum() or t.text in {"’", "-", "&"} or t.text.endswith("’")):
            break
        if k > 0 and t.text.islower() and _verb_at(toks, k, language):
            break
        k += 1
    return k


def _verb_at(toks: list[Token], k: int, language: str) -> bool:
    """Whether the word at toks[k] of a complement is a verb: an auxiliary, a finite form, an
    English '-s' form of a verb after the complement's noun ('of the stage race | starts')."""
    t = toks[k]
    return _finite(t.low, language) or (language == "en" and k > 1 and may_be_verb(t.text))


def _finite(word: str, language: str) -> bool:
    """Whether a word in small letters is an auxiliary or a finite form of a verb."""
    return word in AUXILIARIES[language] or (len(word) > 2 and is_finite(word, language))


# Where a clause ends: a stop or a comma that a space follows ("92.000", "2,3" go on), a colon,
# a bracket, a quotation, a dash set off by spaces.
_CLAUSE_END = re.compile(r"[.,](?=\s|$)|:(?!\d)|[;!?()«»“”\"]|\s[–—]\s")
_TIME_OR_SCORE = re.compile(r"\d[:.,-]\d|\bin\s\d")
_RELATIVE_OPENS = re.compile(r"\s(?:che|dove|cui|which|who|where|when)\s")


def _clause(rest: str, language: str) -> str | None:
    """The clause that opens `rest` with its verb, to the first comma or stop: 'si è chiusa
    sabato sera al Politeama Rossetti', 'hanno partecipato circa 92.000 persone'."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0].strip()
    toks = tokens(clause)
    if len(toks) < 2:
        return None
    k = 1 if toks[0].low in {"si", "ci"} else 0
    if not toks[k].text.islower():
        return None
    word = toks[k].text
    # Right after its subject an English '-s' form of a verb is its present: "starts", "opens".
    if _finite(word, language) or (language == "en" and may_be_verb(word)):
        return clause
    return None


# --- A finishing place ------------------------------------------------------------------

_PLACED_CUE = {"it": " posto", "en": " finished "}
_PLACED = {
    "it": re.compile(
        r"\s(?P<verb>(?:ha|hanno)\s(?:chiuso|concluso|terminato|finito)|(?:si\s)?(?:è|sono)\s"
        r"(?:piazzat|classificat|arrivat)[oaie]|chiude|chiudono|si\spiazza|si\sclassifica)"
        r"\s(?:(?:solo|soltanto|appena)\s)?al\s(?P<ordinal>" + _IT_ORDINAL + r")\sposto\b"
    ),
    "en": re.compile(r"\s(?P<verb>finished)\s(?P<ordinal>" + _EN_ORDINAL + r")\b"),
}
# Where a clause with its own subject may open inside a sentence.
_CLAUSE_START = {
    "it": re.compile(r"(?:^|,\s(?:mentre|ma|e)\s|;\s)"),
    "en": re.compile(r"(?:^|,\s(?:while|but|and)\s|;\s)"),
}


def _placings(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    for m in _PLACED[language].finditer(text):
        starts = [c.end() for c in _CLAUSE_START[language].finditer(text, 0, m.start())]
        if not starts:
            continue
        subject = subject_before(text[starts[-1] : m.start()], doc)
        if subject is None:
            continue
        rest = _CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        rest = _RELATIVE_OPENS.split(rest, maxsplit=1)[0].strip()
        if _TIME_OR_SCORE.search(rest):
            rest = ""  # "finished second in 1:26:15": a time or a score is no part of where
        ordinal = m.group("ordinal")
        if language == "it":
            question = f"In quale posizione {m.group('verb')} {lower_first(subject)} {rest}?"
            answer = f"{ordinal} posto"
            accept: tuple[str, ...] = (ordinal, f"al {ordinal} posto")
        else:
            question = f"In what position did {subject} finish {rest}?"
            answer, accept = ordinal, ()
        question = upper_first(squash(question.replace(" ?", "?")))
        if len(question.split()) > _MAX_WORDS:
            continue
        yield Candidate(
            "number",
            s,
            0.74,
            answer,
            question=question,
            accept=accept,
            answer_type="ordinal",
            topic=f"{subject} {ordinal}",
        )


# --- A place in a ranking ---------------------------------------------------------------

# "Ibarguren, 27, who is ranked 19th", "Reade is ranked 143rd in the world".
_RANKED = re.compile(
    r"(?:,\s(?:\d{1,3},\s)?who\s|\s)(?P<be>is|was)\s(?:now\s)?ranked\s(?P<ordinal>"
    + _EN_ORDINAL
    + r")(?P<where>\sin\sthe\sworld|\sin\s(?:Britain|Europe|the\s[A-Z][\w]+))?\b"
)


def _rankings(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Ibarguren, 27, who is ranked 19th' -> 'What is Ibarguren ranked?' -> 19th: a person's
    place in a ranking, the person named right before."""
    for m in _RANKED.finditer(s.text):
        people = [p for p in people_in(s.text, doc) if p[1] <= m.start()]
        if not people:
            continue
        start, end, name = people[-1]
        between = s.text[end : m.start()]
        if between.strip(" ,") and not _AGE_ONLY.fullmatch(between):
            continue  # "Reade beat Ibarguren, who is ranked": the person right before only
        where = m.group("where") or ""
        question = f"What {m.group('be')} {name} ranked{where}?"
        yield Candidate(
            "number",
            s,
            0.74,
            m.group("ordinal"),
            question=question,
            answer_type="ordinal",
            topic=f"{name} ranked",
        )


_AGE_ONLY = re.compile(r",\s\d{1,3}")
