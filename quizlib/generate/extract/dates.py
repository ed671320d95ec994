"""Dates and years: 'Quando si formò Budapest?' -> 1873, 'In che anno fu istituita la NATO?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..candidate import Candidate
from ..chunks import Token, index_at, main_verb, noun_phrase_before, starts_with_subject, tokens
from ..document import Document, Sentence
from ..lexicon import MONTHS
from ..phrase import english_question_clause, participle_question_vp, render
from ..text import lower_first, squash, strip_punct
from ..verbs import AUXILIARIES, is_finite, is_participle, lemma
from .common import drop_titles, resolve_possessive, topic_of
from .subject import refers_to_entry

_IT_MONTHS = "|".join(MONTHS["it"])
_EN_MONTHS = "|".join(MONTHS["en"])
_IT_PREP = r"(?:(?P<prep>(?:(?:entro|fino|a partire) )?(?:il|del|dal|al|nel|sul|l’|dell’|dall’|all’|nell’)) ?)?"
DATE_PATTERNS = {
    "it": [
        re.compile(
            r"\b"
            + _IT_PREP
            + r"(?P<day>[12]?\d|3[01]|1º|1°)\s+(?P<month>"
            + _IT_MONTHS
            + r")(?:\s+(?P<year>\d{4}))?\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b" + _IT_PREP + r"(?P<year>1\d{3}|20\d{2})\b(?![-–/]\d|\s*%|[.,]\d)"),
    ],
    "en": [
        re.compile(
            r"\b(?:(?P<prep>on|by|since|until|from) )?(?P<month>"
            + _EN_MONTHS
            + r")\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
        ),
        re.compile(
            r"\b(?:(?P<prep>on|by|since|until|from) )?(?:the\s+)?(?P<day>[12]?\d|3[01])"
            r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
            + _EN_MONTHS
            + r")(?:,?\s+(?P<year>\d{4}))?\b"
        ),
        re.compile(
            r"\b(?:(?P<prep>in|since|by|until|from|of) )?(?P<year>1\d{3}|20\d{2})\b"
            r"(?![-–/]\d|\s*%|[.,]\d)"
        ),
    ],
}
_VERB_CHAIN = frozenset(
    "si ci è fu stato stata stati state venne vennero was were been has had is are being".split()
)


@dataclass(frozen=True)
class DateSpan:
    start: int  # where the phrase starts, preposition included
    value_start: int
    end: int
    answer: str
    accept: tuple[str, ...]
    is_year: bool


def find_dates(text: str, language: str) -> list[DateSpan]:
    spans: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS[language]:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value_start = m.start("day") if "day" in m.groupdict() and m.group("day") else None
            if value_start is None:
                value_start = m.start("month") if m.groupdict().get("month") else m.start("year")
            if language == "en" and m.groupdict().get("month"):
                value_start = min(m.start("month"), m.start("day"))
            answer = squash(text[value_start : m.end()])
            is_year = not m.groupdict().get("month")
            if is_year and re.search(r"(?:anni|years?|n\.|nr\.|no\.)\s*$", text[: m.start()]):
                continue
            prep = m.group("prep")
            accept = (squash(text[m.start() : m.end()]),) if prep else ()
            spans.append(DateSpan(m.start(), value_start, m.end(), answer, accept, is_year))
            taken.append((m.start(), m.end()))
    return sorted(spans, key=lambda s: s.start)


def _verb_chain(toks: list[Token], end: int, language: str) -> list[str]:
    """The verb words just before token `end`: ['si', 'formò'], ['è', 'stata', 'fondata']."""
    i = end - 1
    if i < 0:
        return []
    last = toks[i].text
    if not last[:1].islower() or not (is_finite(last, language) or is_participle(last, language)):
        return []
    chain = [last]
    i -= 1
    while i >= 0 and toks[i].low in _VERB_CHAIN:
        chain.insert(0, toks[i].low)
        i -= 1
    if len(chain) == 1 and is_participle(last, language):
        # A bare participle must describe the subject: after a comma (", fondata nel 1914")
        # or in the definition ("è un’alleanza militare istituita nel 1949").
        k = i
        while k >= 0 and toks[k].text[:1].islower() and toks[k].low not in AUXILIARIES[language]:
            if toks[k].low in {
                "di",
                "a",
                "da",
                "in",
                "con",
                "su",
                "per",
                "tra",
                "of",
                "to",
                "by",
                "for",
                "with",
                "from",
                "sua",
                "suo",
                "its",
            }:
                return []
            k -= 1
        if k < 0 or not (toks[k].text == "," or toks[k].low in AUXILIARIES[language]):
            return []
    return chain


def _entry_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, language: str
) -> str | None:
    assert s.entry is not None
    chain = _verb_chain(toks, at, language)
    if not chain:
        return None
    subject = lower_first(s.entry.phrase) if language == "it" else s.entry.name
    finite = any(w in AUXILIARIES[language] or is_finite(w, language) for w in chain)
    if language == "it":
        if finite:
            vp = " ".join(chain)
            key = "when_finite" if span.is_year else "date_clause"
            if key == "date_clause":
                return render(language, key, clause=f"{vp} {subject}")
            return render(language, key, vp=vp, subject=subject)
        return render(
            language,
            "year_participle" if span.is_year else "date_clause",
            vp=participle_question_vp(chain[-1], language),
            subject=subject,
            clause=f"{participle_question_vp(chain[-1], language)} {subject}",
        )
    # English
    if finite and chain[0] in AUXILIARIES["en"]:
        return squash(f"When {chain[0]} {subject} {' '.join(chain[1:])}?")
    if finite:
        base = lemma(chain[-1].lower(), "en")
        return squash(f"When did {subject} {base}?")
    return render(language, "year_participle", vp=chain[-1], subject=subject)


def _noun_question(s: Sentence, toks: list[Token], at: int, doc: Document) -> str | None:
    found = noun_phrase_before(toks, at, doc.language)
    if not found:
        return None
    np = resolve_possessive(found[1], s, doc)
    if np is None or len(np.split()) < 2:
        return None
    if doc.language == "it":
        plural = np.split()[0] in {"i", "gli", "le"}
        return render("it", "date_noun", verb="risalgono" if plural else "risale", np=np)
    return render("en", "date_noun", np=np)


def _clause_question(s: Sentence, span: DateSpan, doc: Document) -> str | None:
    language = doc.language
    text = s.text
    lead = re.match(r"^\s*(?:il|on|in|nel)?\s*$", text[: span.start], re.IGNORECASE)
    if lead is not None and text[span.end : span.end + 1] == ",":
        before, after = "", text[span.end + 1 :].strip()
    else:
        before, after = text[: span.start].rstrip(" ,"), text[span.end :]
        cut = re.search(r"[,;:–—(]|\s(?:che|che|which|mentre|while)\s", after)
        after = after[: cut.start()] if cut else after
    clause = squash(f"{before} {after}").rstrip(" .!?")
    if not clause or "“" in clause or "”" in clause or '"' in clause:
        return None
    toks = tokens(clause)
    if not starts_with_subject(toks, language):
        return None
    verb = main_verb(toks, language)
    if verb is None or verb == 0 or any(t.text == "," for t in toks[:verb]):
        return None
    clause = drop_titles(clause, doc)
    if len(tokens(clause)) > 24:
        return None
    if language == "it":
        return render("it", "date_clause", clause=lower_first(clause))
    words = clause.split()
    vtoks = tokens(clause)
    v = main_verb(vtoks, "en")
    if v is None:
        return None
    vword = vtoks[v].text
    idx = next((k for k, w in enumerate(words) if w.strip(",") == vword), None)
    if idx is None:
        return None
    inverted = english_question_clause(words, idx)
    return render("en", "date_clause", clause=inverted) if inverted else None


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        spans = find_dates(s.text, language)
        if not spans:
            continue
        toks = tokens(s.text)
        for span in spans:
            at = index_at(toks, span.start)
            question = None
            score = 0.0
            if s.entry is not None and refers_to_entry(s, language):
                question = _entry_question(s, toks, at, span, language)
                score = 0.9
            if question is None:
                question = _noun_question(s, toks, at, doc)
                score = 0.72
            if question is None:
                question = _clause_question(s, span, doc)
                score = 0.7
            answer_type = "year" if span.is_year else "date"
            topic = topic_of(s, doc, exclude=span.answer)
            if question is not None:
                yield Candidate(
                    "date",
                    s,
                    score,
                    span.answer,
                    question=question,
                    accept=span.accept,
                    answer_type=answer_type,
                    topic=topic,
                )
            hidden = s.text[span.value_start : span.end]
            cloze = s.text[: span.value_start] + "{{c1::" + hidden + "}}" + s.text[span.end :]
            if cloze.count("{{c1::") == 1 and strip_punct(span.answer):
                yield Candidate(
                    "cloze",
                    s,
                    0.45 if question is None else 0.2,
                    span.answer,
                    cloze=cloze,
                    answer_type=answer_type,
                    topic=topic,
                )
