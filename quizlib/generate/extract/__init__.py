"""Extractors: each proposes candidate cards of one kind of fact from a document."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..candidate import Candidate
from ..document import Document, Sentence
from ..rank import acceptable
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
# next) and take most of the time: on a long document a second process runs them, and then
# cloze, on the second half of the sentences. Their candidates, put back in sentence order, are
# those of one run.
SPLIT_EXTRACTORS: tuple[Extractor, ...] = (dates.extract, numbers.extract, definitions.extract)
# Below this many sentences (~100 KB of text) starting a process costs more than it saves.
PARALLEL_MIN_SENTENCES = 1000

Key = tuple[int, int]  # (block, position) of a sentence
# A candidate's fields, with the index of its sentence in place of the sentence.
Row = tuple[int, str, float, str, str | None, str | None, tuple[str, ...], str, str]

_forked: Document | None = None  # the worker's half of the document (inherited, not pickled)


def candidates(doc: Document) -> list[Candidate]:
    """Every candidate card the extractors propose (overgeneration: ranking picks later).
    Cloze deletions, the fallback, are looked for after the questions."""
    out: list[Candidate] = []
    for extractor in QUESTION_EXTRACTORS:
        out.extend(extractor(doc))
    out.extend(cloze.extract(doc, _asked(out)))
    return out


def acceptable_candidates(doc: Document) -> list[Candidate]:
    """The candidates ranking may keep (rank.acceptable), in the order of `candidates`; on a
    long document half of the sentences are read by a second process."""
    if len(doc.sentences) < PARALLEL_MIN_SENTENCES or not _can_fork():
        return [c for c in candidates(doc) if acceptable(c)]
    global _forked
    start = _split_at(doc)
    head = replace(doc, sentences=doc.sentences[:start])
    _forked = replace(doc, sentences=doc.sentences[start:])
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            pending = pool.apply_async(_tail_questions)
            own = {extractor: list(extractor(head)) for extractor in SPLIT_EXTRACTORS}
            whole = {
                extractor: list(extractor(doc))
                for extractor in QUESTION_EXTRACTORS
                if extractor not in own
            }
            tails, tail_asked = pending.get()
            asked = _asked(c for found in (*own.values(), *whole.values()) for c in found)
            asked |= tail_asked
            pending_cloze = pool.apply_async(_tail_cloze, (asked,))
            head_cloze = [c for c in cloze.extract(head, asked) if acceptable(c)]
            tail_cloze = pending_cloze.get()
    finally:
        _forked = None
    sentences = doc.sentences[start:]
    out: list[Candidate] = []
    for extractor in QUESTION_EXTRACTORS:
        if extractor in whole:
            out.extend(c for c in whole[extractor] if acceptable(c))
            continue
        out.extend(c for c in own[extractor] if acceptable(c))
        out.extend(_candidate(row, sentences) for row in tails[SPLIT_EXTRACTORS.index(extractor)])
    out.extend(head_cloze)
    out.extend(_candidate(row, sentences) for row in tail_cloze)
    return out


def _asked(found: Iterable[Candidate]) -> set[Key]:
    return {
        (c.sentence.block, c.sentence.position)
        for c in found
        if c.question is not None and c.score >= ASKED_SCORE
    }


def _tail_questions() -> tuple[list[list[Row]], set[Key]]:
    """In the worker: the acceptable candidates of each split extractor on its half, and the
    sentences asked by a good question."""
    assert _forked is not None
    index = {id(s): i for i, s in enumerate(_forked.sentences)}
    out: list[list[Row]] = []
    asked: set[Key] = set()
    for extractor in SPLIT_EXTRACTORS:
        found = list(extractor(_forked))
        asked |= _asked(found)
        out.append([_row(c, index) for c in found if acceptable(c)])
    return out, asked


def _tail_cloze(asked: set[Key]) -> list[Row]:
    """In the worker: the acceptable cloze candidates of its half."""
    assert _forked is not None
    index = {id(s): i for i, s in enumerate(_forked.sentences)}
    return [_row(c, index) for c in cloze.extract(_forked, asked) if acceptable(c)]


def _row(c: Candidate, index: dict[int, int]) -> Row:
    i = index[id(c.sentence)]
    return (i, c.kind, c.score, c.answer, c.question, c.cloze, c.accept, c.answer_type, c.topic)


def _candidate(row: Row, sentences: tuple[Sentence, ...]) -> Candidate:
    i, kind, score, answer, question, cloze_, accept, answer_type, topic = row
    return Candidate(
        kind, sentences[i], score, answer, question, cloze_, accept, answer_type, topic
    )


def _split_at(doc: Document) -> int:
    """Index of the first sentence of the block nearest the middle."""
    sentences = doc.sentences
    i = len(sentences) // 2
    while 0 < i < len(sentences) and sentences[i].block == sentences[i - 1].block:
        i += 1
    return i


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1
