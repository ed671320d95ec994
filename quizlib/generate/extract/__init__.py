"""Extractors: each proposes candidate cards of one kind of fact from a document."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import replace

from ..candidate import Candidate
from ..document import Document, Sentence
from . import acronyms, cloze, dates, definitions, numbers, quotes, roles

Extractor = Callable[[Document], Iterator[Candidate]]
QUESTION_EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    acronyms.extract,
    definitions.extract,
    quotes.extract,
    roles.extract,
)
# A sentence with a question this good only gets a cloze for a strong span (a list of names).
ASKED_SCORE = 0.7

# The extractors that read each sentence on its own (no state carried from one sentence to the
# next) and take most of the time: on a long document a second process runs them on the second
# half of the sentences. Their candidates, put back in sentence order, are those of one run.
SPLIT_EXTRACTORS: tuple[Extractor, ...] = (dates.extract, numbers.extract, definitions.extract)
# Below this many sentences (~100 KB of text) starting a process costs more than it saves.
PARALLEL_MIN_SENTENCES = 1000

_forked: Document | None = None  # the document a forked worker reads (inherited, not pickled)

# A candidate's fields, with the index of its sentence in place of the sentence.
Row = tuple[int, str, float, str, str | None, str | None, tuple[str, ...], str, str]


def _rows(part: Document) -> list[list[Row]]:
    """The candidates of each split extractor on `part`, as picklable rows."""
    index = {id(s): i for i, s in enumerate(part.sentences)}
    out: list[list[Row]] = []
    for extractor in SPLIT_EXTRACTORS:
        rows: list[Row] = []
        for c in extractor(part):
            i = index[id(c.sentence)]
            rows.append(
                (
                    i,
                    c.kind,
                    c.score,
                    c.answer,
                    c.question,
                    c.cloze,
                    c.accept,
                    c.answer_type,
                    c.topic,
                )
            )
        out.append(rows)
    return out


def _candidate(row: Row, sentences: tuple[Sentence, ...]) -> Candidate:
    i, kind, score, answer, question, cloze_, accept, answer_type, topic = row
    return Candidate(
        kind, sentences[i], score, answer, question, cloze_, accept, answer_type, topic
    )


def _worker(start: int) -> list[list[Row]]:
    assert _forked is not None
    return _rows(replace(_forked, sentences=_forked.sentences[start:]))


def _split_at(doc: Document) -> int:
    """Index of the first sentence of the block nearest the middle."""
    sentences = doc.sentences
    i = len(sentences) // 2
    while 0 < i < len(sentences) and sentences[i].block == sentences[i - 1].block:
        i += 1
    return i


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def _question_candidates(doc: Document) -> list[Candidate]:
    if len(doc.sentences) < PARALLEL_MIN_SENTENCES or not _can_fork():
        out: list[Candidate] = []
        for extractor in QUESTION_EXTRACTORS:
            out.extend(extractor(doc))
        return out
    global _forked
    start = _split_at(doc)
    _forked = doc
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            pending = pool.apply_async(_worker, (start,))
            head = replace(doc, sentences=doc.sentences[:start])
            own = {extractor: list(extractor(head)) for extractor in SPLIT_EXTRACTORS}
            rest = {
                extractor: list(extractor(doc))
                for extractor in QUESTION_EXTRACTORS
                if extractor not in own
            }
            tails = pending.get()
    finally:
        _forked = None
    sentences = doc.sentences[start:]
    for extractor, rows in zip(SPLIT_EXTRACTORS, tails, strict=True):
        own[extractor].extend(_candidate(row, sentences) for row in rows)
    out = []
    for extractor in QUESTION_EXTRACTORS:
        out.extend(own[extractor] if extractor in own else rest[extractor])
    return out


def candidates(doc: Document) -> list[Candidate]:
    """Every candidate card the extractors propose (overgeneration: ranking picks later).
    Cloze deletions, the fallback, are looked for after the questions."""
    out = _question_candidates(doc)
    asked = {
        (c.sentence.block, c.sentence.position)
        for c in out
        if c.question is not None and c.score >= ASKED_SCORE
    }
    out.extend(cloze.extract(doc, asked))
    return out
