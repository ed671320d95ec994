"""Which one in a series: a subject said to be the second, third, ... of something ('I colloqui
di Nairobi sono la sesta sessione del comitato' -> 'Quale sessione del comitato sono i
colloqui di Nairobi?' -> 'la sesta'; 'Dresden will be the third factory of Halvora' -> 'Which
factory of Halvora will Dresden be?' -> 'the third').

"The first" is left to the superlatives ("Who was the first woman to ...?"): the first of a
series is an identity, asked about the one it names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import main_verb, starts_with_subject, tokens
from ..document import Document
from ..lexicon import IT_PLURAL_ARTICLES
from ..text import lower_first, squash
from ..verbs import is_finite
from .common import drop_titles, lower_initial, specific
from .subject import explicit_subject

_ORDINALS = {
    "it": (
        "secondo|seconda|secondi|seconde|terzo|terza|terzi|terze|quarto|quarta|quarti|quarte"
        "|quinto|quinta|sesto|sesta|settimo|settima|ottavo|ottava|nono|nona|decimo|decima"
        "|undicesimo|undicesima|dodicesimo|dodicesima|ventesimo|ventesima"
    ),
    "en": "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth",
}
# An ordinal in figures: "il 23° teatro", "la 3ª edizione", "the 23rd edition" ("1°" and
# "1st" are the first, left to the superlatives as the word is).
_FIGURES = {
    "it": r"(?!1[°ºª])\d{1,3}[°ºª]",
    "en": r"(?!1st)\d{0,2}(?:1st|2nd|3rd|[04-9]th|1[1-3]th)",
}
_EN_FIGURE = re.compile(r"\d(?:st|nd|rd|th)\b")
_FIGURE_CUES = {
    "it": lambda text: "°" in text or "ª" in text or "º" in text,
    "en": lambda text: _EN_FIGURE.search(text) is not None,
}
# The copula before the ordinal, and how the question asks with it.
_COPULAS = {
    "it": "è|era|fu|sono|erano|furono|sarà|saranno|è stato|è stata|sono stati|sono state"
    "|è diventato|è diventata|diventa|diventano|divenne|diventerà",
    "en": "is|was|are|were|will be|has been|had been|became|has become|will become",
}
_ARTICLES = {"it": "il|lo|la|l’|i|gli|le", "en": "the"}
# "S | è | la | sesta | sessione del comitato negoziale |." — the noun phrase runs to the end
# of the sentence, or to a comma or a relative that opens another clause.
_PATTERN = {
    lang: re.compile(
        r"\s(?P<copula>" + _COPULAS[lang] + r")\s+(?P<article>" + _ARTICLES[lang] + r")\s*"
        r"(?P<ordinal>" + _ORDINALS[lang] + "|" + _FIGURES[lang] + r")\s+"
        r"(?P<np>[a-zà-ù][^,;:()“”«»\"]*?)"
        r"(?=\s*(?:[,;:.!?(]|\s(?:che|cui|dove|e|ed|ma|which|who|that|where|since|and|but|dal"
        r"|dalla|da)\s|$))"
    )
    for lang in ("it", "en")
}
# English puts an owner before the ordinal: "the company’s third factory" -> "Which factory of
# the company ...?".
_OWNED = re.compile(
    r"\s(?P<copula>" + _COPULAS["en"] + r")\s+(?P<owner>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z]"
    r"[\w-]*)*)’s\s+(?P<ordinal>" + _ORDINALS["en"] + "|" + _FIGURES["en"] + r")\s+"
    r"(?P<np>[a-z][^,;:()“”«»\"]*?)"
    r"(?=\s*(?:[,;:.!?(]|\s(?:which|who|that|where|since|and|but)\s|$))"
)
# A relative clause between commas after the subject: "The talks, which run from May 3 to 9,
# are ..." (other commas may join a list: "Milano, Torino e Roma sono ...").
_ASIDE = re.compile(r",\s+(?:which|who|che|il quale|la quale|i quali|le quali)\s[^,]{3,80},?\s*$")
_CUES = {
    "it": frozenset(_ORDINALS["it"].split("|")),
    "en": frozenset(_ORDINALS["en"].split("|")),
}
_MAX_NP_WORDS = 9
_MAX_SUBJECT_WORDS = 8
# "the second time", "la terza volta": how often, not which one of a series.
_NOT_SERIES = frozenset("volta volte time times".split())
# "la seconda città più popolosa": a ranking the superlatives ask about the other way round
# ("Qual è la seconda città più popolosa d’Italia?").
_RANKING = re.compile(r"(?i)\b(?:più|meno|most|least|[a-z]{2,}est)\b")
# English: the copula as the question puts it before or around the subject.
_EN_INVERTED = {
    "is": ("is", ""),
    "was": ("was", ""),
    "are": ("are", ""),
    "were": ("were", ""),
    "will be": ("will", "be"),
    "has been": ("has", "been"),
    "had been": ("had", "been"),
    "became": ("did", "become"),
    "has become": ("has", "become"),
    "will become": ("will", "become"),
}


# A source that opens the sentence, with an apposition maybe: "Secondo l’assessore, Mario
# Rossi, il borgo è ...", "According to the council, the bridge is ...". The subject follows
# its last comma.
_SOURCE = re.compile(r"^(?:Secondo|According\s+to)\s[^;:()]{3,120},\s")
# A title in quotes is a name: "“La Rondine” è il 23° teatro ...".
_QUOTED_NAME = re.compile(r"^[“«\"][A-ZÀ-Ý][^“”«»\"]{1,60}[”»\"]$")


def subject_before(before: str, doc: Document) -> str | None:
    """The sentence's subject, all of it before the copula: a named or specific noun phrase
    with no verb of its own."""
    if before[:1] in "SA" and _SOURCE.match(before):
        before = before.rsplit(",", 1)[1]
    if _QUOTED_NAME.match(before.strip()):
        return before.strip()
    before = _ASIDE.sub(" ", before) if "," in before else before
    toks = tokens(before)
    if not toks or len(toks) > _MAX_SUBJECT_WORDS or not starts_with_subject(toks, doc.language):
        return None
    if main_verb(toks, doc.language) is not None:
        return None
    if any(t.text in {",", ";", ":", "(", ")", "“", "”", "«", "»"} for t in toks):
        return None
    subject = lower_initial(drop_titles(before.strip(), doc), doc)
    if subject.lower() in {"it", "this", "esso", "essa", "questo", "questa", "ciò"}:
        return None
    return subject if specific(subject, doc) else None


# A list of names that goes on where the noun phrase stops: "dopo Palermo | e Catania".
_LIST_GOES_ON = re.compile(r"\s*(?:e|ed|and)\s+[A-ZÀ-Ý]")
# A noun phrase that is only the span of time an ordinal counts in: "of the year".
_OF_A_TIME = re.compile(
    r"(?i)^(?:of\s+the|del|della|dell’)\s*(?:year|season|month|week|day|decade|century|anno"
    r"|stagione|mese|settimana|giorno|decennio|secolo)$"
)


def _question(subject: str, copula: str, article: str, np: str, language: str) -> str:
    """'Which session of the committee are the Nairobi talks?'"""
    if language == "it":
        which = "Quali" if article in IT_PLURAL_ARTICLES else "Quale"
        return squash(f"{which} {np} {copula} {lower_first(subject)}?")
    first, second = _EN_INVERTED[copula]
    return squash(f"Which {np} {first} {lower_first(subject)} {second}".rstrip() + "?")


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _PATTERN[language]
    cues = _CUES[language]
    for s in doc.sentences:
        if cues.isdisjoint(s.text.lower().split()) and not _FIGURE_CUES[language](s.text):
            continue
        # In an entry, "La città è la seconda ..." is about the entry: its name is the subject.
        text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
        matches = list(pattern.finditer(text))
        if language == "en" and "’s " in text:
            matches.extend(_OWNED.finditer(text))
        for m in matches:
            np = m.group("np").strip()
            words = np.split()
            if not words or len(words) > _MAX_NP_WORDS or words[0].lower() in _NOT_SERIES:
                continue
            if _OF_A_TIME.match(np):
                continue  # "Rocket Lab’s seventh| of the year": the seventh what, it does not say
            if _RANKING.search(np):
                continue
            if _LIST_GOES_ON.match(text, m.end()):
                continue  # "dopo Palermo | e Catania": the phrase is cut inside a list
            if any(w.islower() and is_finite(w, language) for w in words):
                continue  # "la seconda squadra ha vinto": a clause, not a noun phrase
            subject = subject_before(text[: m.start()], doc)
            if subject is None:
                continue
            owned = "owner" in m.groupdict()
            article = "the" if owned else m.group("article")
            if owned:  # "its third factory" has no "’s": _OWNED never reads a pronoun
                np = f"{np} of {lower_first(m.group('owner'))}"
            question = _question(subject, m.group("copula"), article, np, language)
            sep = "" if article.endswith("’") else " "
            answer = f"{article}{sep}{m.group('ordinal')}"
            yield Candidate(
                "number",  # the deck format's kind: a place in a series is a number fact
                s,
                0.75,
                answer,
                question=question,
                accept=(m.group("ordinal"),),
                answer_type="ordinal",
                topic=f"{subject} {m.group('ordinal')}",
            )
