"""Extractors: each proposes candidate cards of one kind of fact from a document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from ..candidate import Candidate
from ..document import Document, Sentence
from ..parallel import in_two
from ..rank import acceptable
from ..statements import statements
from ..text import core
from . import (
    acronyms,
    agents,
    appositions,
    awards,
    bodies,
    cloze,
    dates,
    definitions,
    former_names,
    fractions,
    in_situ,
    kinds,
    matches,
    members,
    name_meanings,
    nicknames,
    numbers,
    objects,
    ordinals,
    places,
    quotes,
    remarks,
    roles,
    seats,
    series,
    sources,
    streets,
)

Extractor = Callable[[Document], Iterator[Candidate]]
QUESTION_EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    acronyms.extract,
    definitions.extract,
    quotes.extract,
    roles.extract,
    seats.extract,
    places.extract,
    streets.extract,
    matches.extract,
    nicknames.extract,
    former_names.extract,
    name_meanings.extract,
    agents.extract,
    ordinals.extract,
    series.extract,
    awards.extract,
    objects.extract,
    kinds.extract,
    bodies.extract,
    sources.extract,
    appositions.extract,
    fractions.extract,
    members.extract,
)
# A sentence with a question this good gets a cloze only of another fact than the ones asked.
ASKED_SCORE = 0.7

# The extractors that read each sentence (quotes: each block) on its own: a long document's
# sentences can be shared between two processes. Acronyms and roles compare sentences across
# the document (the first expansion of an acronym, an office held by one person only): the
# parent runs them on the whole document while the child works on its part, and the cloze
# extractor learns from them which sentences already got a good question (the child's clozes
# of such sentences are read again afterwards).
SPLIT_EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    definitions.extract,
    quotes.extract,
    seats.extract,
    places.extract,
    streets.extract,
    matches.extract,
    nicknames.extract,
    former_names.extract,
    name_meanings.extract,
    agents.extract,
    ordinals.extract,
    series.extract,
    awards.extract,
    objects.extract,
    kinds.extract,
    bodies.extract,
    sources.extract,
    appositions.extract,
    fractions.extract,
    members.extract,
)
# The extractors that also read the simpler statements of a sentence (see statements.py).
STATEMENT_EXTRACTORS: tuple[Extractor, ...] = (
    dates.extract,
    numbers.extract,
    agents.extract,
    definitions.superlatives,
    seats.extract,
    places.extract,
    objects.extract,
    kinds.extract,
    bodies.extract,
    definitions.extract,
)
# Below this many sentences (~100 KB of text) a second process costs more than it saves.
PARALLEL_MIN_SENTENCES = 1000
# The parent's share of the sentences, under half: the parent also runs the whole-document
# extractors. Both processes copy each shared page of memory they write to (a reference count
# changes on every read of an object), so neither is slower on the same work (measured: with
# this share both parts take about as long).
PARENT_SHARE = 0.46

# A candidate as a part sends it: the index of its sentence in place of the sentence, and
# the statement it was asked of, if any (see statements.py).
Row = tuple[int, str, float, str, str | None, str | None, tuple[str, ...], str, str, str | None]
Key = tuple[int, int]  # (block, position) of a sentence
Asked = dict[Key, set[str]]  # the answers good questions ask of a sentence (see _asked)


def candidates(doc: Document) -> list[Candidate]:
    """Every acceptable candidate card the extractors propose (overgeneration: ranking picks
    later), in the order of one run of each extractor over the document. Cloze deletions, the
    fallback, are looked for after the questions, then the figures they hide that no question
    asks are asked in place (in_situ.py); the reverse cards of what was said (remarks.py),
    read from the questions of who said it, come last."""
    found = _proposed(doc)
    found.extend(c for c in remarks.extract(found, doc) if acceptable(c))
    return found


def _proposed(doc: Document) -> list[Candidate]:
    """The candidates of the extractors, in the order `candidates` tells."""
    if len(doc.sentences) < PARALLEL_MIN_SENTENCES:
        found: list[Candidate] = []
        split: list[Candidate] = []
        for extractor in QUESTION_EXTRACTORS:
            got = list(extractor(doc))
            found.extend(got)
            if extractor in SPLIT_EXTRACTORS:
                split.extend(got)
        derived = tuple(statements(doc))
        for stated in _from_statements(doc, split, derived):
            found.extend(stated)
        found.extend(cloze.extract(doc, _asked(found)))
        found.extend(in_situ.extract(found, doc, derived))
        return [c for c in found if acceptable(c)]
    whole: dict[Extractor, list[Candidate]] = {}
    asked_whole: Asked = {}  # what the whole-document extractors asked
    head_found: list[list[Candidate]] = []  # the lists of the parent's part, kept as they are

    def work(start: int, end: int) -> tuple[list[list[Row]], Asked]:
        """The rows of each split extractor, then of the statements' extractors, then of the
        cloze extractor, then of the questions asked in place, on a part, and what its
        extractors asked. The part that starts the
        document is the parent's: it also runs the whole-document extractors, while the child
        works on its part, and its cloze extractor learns from them; its candidates, which
        cross no pipe, stay in `head_found` (no rows)."""
        part = replace(doc, sentences=doc.sentences[start:end])
        lists = [list(extractor(part)) for extractor in SPLIT_EXTRACTORS]
        derived = tuple(statements(part))
        lists.extend(_from_statements(part, [c for found in lists for c in found], derived))
        asked = _asked(c for found in lists for c in found)
        if start == 0:
            whole.update(_whole(doc))
            asked_whole.update(_asked(c for found in whole.values() for c in found))
            asked = _merged(asked, asked_whole)
        lists.append(list(cloze.extract(part, asked)))
        known = [c for found in lists for c in found]
        if start == 0:
            known.extend(c for found in whole.values() for c in found)
        lists.append(list(in_situ.extract(known, part, derived)))
        if start == 0:
            head_found.extend([c for c in found if acceptable(c)] for found in lists)
            return [], asked
        index = {(s.block, s.position): start + i for i, s in enumerate(part.sentences)}
        return [_rows(found, index) for found in lists], asked

    (_, head_asked), (tail_rows, tail_asked) = in_two(
        work, len(doc.sentences), _split_at(doc, PARENT_SHARE)
    )
    asked_all = _merged(head_asked, tail_asked)  # the parent's part knows the whole's too
    head = head_found
    tail = [[_candidate(row, doc) for row in rows] for rows in tail_rows]
    out: list[Candidate] = []
    for extractor in QUESTION_EXTRACTORS:
        if extractor in whole:
            out.extend(c for c in whole[extractor] if acceptable(c))
        else:
            k = SPLIT_EXTRACTORS.index(extractor)
            out.extend([*head[k], *tail[k]])
    for k in range(len(SPLIT_EXTRACTORS), len(SPLIT_EXTRACTORS) + len(STATEMENT_EXTRACTORS)):
        # From statements: the two parts' shortest first, as one run over the document has
        # them (sorted() is stable: on a tie the head's statement, earlier, stays first).
        out.extend(sorted([*head[k], *tail[k]], key=_statement_length))
    out.extend(head[-2])
    for c in tail[-2]:
        later = _later_cloze(c, doc, asked_whole, asked_all)
        if later is not None:
            out.append(later)
    out.extend([*head[-1], *tail[-1]])
    return out


def _from_statements(
    doc: Document, found: list[Candidate], derived: tuple[Sentence, ...]
) -> list[list[Candidate]]:
    """The questions the simpler statements of the document's sentences (`derived`) get, of
    answers no question of the sentence itself asks (`found`: the candidates of the
    sentences): a list for each of STATEMENT_EXTRACTORS, its shortest statements first."""
    if not derived:
        return [[] for _ in STATEMENT_EXTRACTORS]
    asked = {
        (c.sentence.block, c.sentence.position, core(c.answer))
        for c in found
        if c.question is not None
    }
    part = replace(doc, sentences=derived)
    out: list[list[Candidate]] = []
    for extractor in STATEMENT_EXTRACTORS:
        got = [c for c in extractor(part) if c.question is not None and acceptable(c)]
        got.sort(key=_statement_length)  # the simplest statement of a fact asks it
        kept: list[Candidate] = []
        for c in got:
            key = (c.sentence.block, c.sentence.position, core(c.answer))
            if key not in asked:
                asked.add(key)
                kept.append(c)
        out.append(kept)
    return out


def _whole(doc: Document) -> dict[Extractor, list[Candidate]]:
    """The candidates of the extractors that read the whole document."""
    return {
        extractor: list(extractor(doc))
        for extractor in QUESTION_EXTRACTORS
        if extractor not in SPLIT_EXTRACTORS
    }


def _later_cloze(
    c: Candidate, doc: Document, asked_whole: Asked, asked_all: Asked
) -> Candidate | None:
    """A cloze of the child's part, found before the whole-document extractors were done: a
    sentence they asked about is read again, knowing all it was asked."""
    s = c.sentence
    key = (s.block, s.position)
    if key not in asked_whole:
        return c
    found = list(cloze.extract(replace(doc, sentences=(s,)), {key: asked_all[key]}))
    return found[0] if found and acceptable(found[0]) else None


def _asked(found: Iterable[Candidate]) -> Asked:
    """The answers (their cores) of the good questions of each sentence."""
    out: Asked = {}
    for c in found:
        if c.question is not None and c.score >= ASKED_SCORE:
            out.setdefault((c.sentence.block, c.sentence.position), set()).add(core(c.answer))
    return out


def _merged(a: Asked, b: Asked) -> Asked:
    out = {key: set(answers) for key, answers in a.items()}
    for key, answers in b.items():
        out.setdefault(key, set()).update(answers)
    return out


def _split_at(doc: Document, share: float) -> int:
    """Index of the first sentence of a block, near `share` of the sentences (a block's
    sentences stay together: the quotes extractor reads a block as a whole)."""
    sentences = doc.sentences
    i = max(1, int(len(sentences) * share))
    while i < len(sentences) and sentences[i].block == sentences[i - 1].block:
        i += 1
    return i


def _rows(found: list[Candidate], index: dict[Key, int]) -> list[Row]:
    """The acceptable candidates of a part, as rows (`index`: a sentence's index by its
    block and position)."""
    return [
        (
            index[c.sentence.block, c.sentence.position],
            c.kind,
            c.score,
            c.answer,
            c.question,
            c.cloze,
            c.accept,
            c.answer_type,
            c.topic,
            None if c.sentence.source is None else c.sentence.text,
        )
        for c in found
        if acceptable(c)
    ]


def _statement_length(c: Candidate) -> int:
    """The length of the statement a question was asked of (see _from_statements)."""
    return len(c.sentence.text)


def _candidate(row: Row, doc: Document) -> Candidate:
    i, kind, score, answer, question, cloze_text, accept, answer_type, topic, stated = row
    s = doc.sentences[i]
    if stated is not None:
        s = replace(s, text=stated, source=s.text)
    return Candidate(kind, s, score, answer, question, cloze_text, accept, answer_type, topic)
