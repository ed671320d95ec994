"""The body a statement is credited to, asked by its kind: 'Secondo l’associazione
ambientalista Terra Viva, il progetto danneggerebbe la costa' -> 'Secondo quale associazione
ambientalista il progetto danneggerebbe la costa?' -> 'Terra Viva'. Italian keeps the words
of the clause in their order after the opening phrase; English ('According to the charity X,
the number has doubled') would need the verb before its subject, and is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import STOPWORDS
from ..verbs import is_finite
from .common import entity_card

SCORE = 0.72
# Kinds of bodies said in small letters before the name: "l’associazione Terra Viva".
_KINDS = frozenset(
    """associazione società fondazione consorzio sindacato azienda cooperativa comitato
    agenzia ente federazione istituto""".split()
)
_SOURCE = re.compile(
    r"^Secondo\s(?:la\s|il\s|lo\s|l’)(?P<kind>[a-zà-ù]+)(?:\s(?P<adj>[a-zà-ù]{4,}))?\s"
    r"(?=[A-ZÀ-Ý])"
)
_CLAUSE_END = re.compile(r"[;:]\s|[.!?]$")
MAX_WORDS = 24


def _source(s: Sentence) -> Candidate | None:
    text = s.text
    m = _SOURCE.match(text)
    if m is None or m.group("kind") not in _KINDS:
        return None
    adj = m.group("adj")
    if adj is not None and (adj in STOPWORDS["it"] or is_finite(adj, "it")):
        return None
    name = NAME_RUN.match(text, m.end())
    if name is None or not text.startswith(", ", name.end()):
        return None  # "Secondo l’associazione X di Y, ...": the name goes on
    start = name.end() + 2
    end = _CLAUSE_END.search(text, start)
    clause = text[start : end.start() if end else len(text)].strip()
    words = clause.split()
    if not 3 <= len(words) <= MAX_WORDS or not any(is_finite(w, "it") for w in words):
        return None
    kind = f"{m.group('kind')} {adj}" if adj else m.group("kind")
    question = f"Secondo quale {kind} {clause}?"
    answer = name.group(0)
    return entity_card(s, answer, question, f"{answer} source", score=SCORE, answer_type="thing")


def extract(doc: Document) -> Iterator[Candidate]:
    if doc.language != "it":
        return
    for s in doc.sentences:
        if s.text.startswith("Secondo "):
            card = _source(s)
            if card is not None:
                yield card
