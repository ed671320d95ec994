"""A long document is shared between two processes: the deck is the one a single process
makes, a failed child costs only time, and a process running threads never forks."""

from __future__ import annotations

import os
import threading

import pytest

from quizlib.generate import extract, generate_deck, parallel
from quizlib.generate.document import build_document
from quizlib.generate.text import clean

from .helpers import ARTICLES, SEED, counted_forks

needs_fork = pytest.mark.skipif(
    not parallel.can_fork(), reason="needs fork, two cores and no other thread"
)


def _long_text() -> str:
    """Every Italian test article, one after the other: many blocks and sentences."""
    paths = [SEED, *sorted(ARTICLES.glob("*.it.txt"))]
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths)


def _squares(start: int, end: int) -> list[int]:
    return [i * i for i in range(start, end)]


@needs_fork
def test_in_two_gives_both_parts_and_forks() -> None:
    parent = os.getpid()
    pids: list[int] = []

    def work(start: int, end: int) -> tuple[int, list[int]]:
        pids.append(os.getpid())  # only the parent's list is seen here
        return os.getpid(), _squares(start, end)

    (head_pid, head), (tail_pid, tail) = parallel.in_two(work, 10, 4)
    assert head + tail == _squares(0, 10)
    assert head_pid == parent and tail_pid != parent
    assert pids == [parent]


@needs_fork
def test_a_failed_child_is_done_by_the_parent() -> None:
    parent = os.getpid()

    def work(start: int, end: int) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return _squares(start, end)

    head, tail = parallel.in_two(work, 10, 5)
    assert head + tail == _squares(0, 10)


def test_no_fork_beside_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "fork", _no_fork, raising=False)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        assert parallel.in_two(_squares, 6, 3) == (_squares(0, 3), _squares(3, 6))
    finally:
        stop.set()
        thread.join()


def _no_fork() -> int:
    raise AssertionError("forked")


@needs_fork
def test_split_document_gives_the_same_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    single = generate_deck(text, deck_id="t")  # below the thresholds: one process
    monkeypatch.undo()
    monkeypatch.setattr(extract, "PARALLEL_MIN_SENTENCES", 10)
    forks = counted_forks(monkeypatch)
    split = generate_deck(text, deck_id="t")
    assert len(forks) == 1, "the sentences were not shared"
    assert split == single
    assert len(split.cards) > 50


def test_a_normal_article_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "fork", _no_fork, raising=False)
    assert generate_deck(SEED.read_text(encoding="utf-8"), deck_id="t").cards


@needs_fork
def test_what_the_article_is_about_is_counted_over_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A noun said three times is the article's topic even when the sentences that say it fall
    in different parts: "the coin" is asked about in both runs."""
    filler = "\n\n".join(
        f"Paragraph {i} says that the river rose by {i} centimetres in the town of Marlow."
        for i in range(30)
    )
    text = (
        "Title of a test article here\n\nThe coin was discovered in a field. Experts said the "
        f"coin is rare.\n\n{filler}\n\nThe coin was found on 4 June 2023 by Peter Walsh, a "
        "retired miner.\n"
    )
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    single = generate_deck(text, language="en", deck_id="t")
    monkeypatch.undo()
    monkeypatch.setattr(extract, "PARALLEL_MIN_SENTENCES", 10)
    split = generate_deck(text, language="en", deck_id="t")
    assert "Who found the coin?" in {c.question for c in single.cards}
    assert split == single


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("share", [0.3, 0.5, 0.7])
def test_questions_of_statements_keep_one_run_s_order_wherever_the_split_falls(
    monkeypatch: pytest.MonkeyPatch, language: str, share: float
) -> None:
    """The questions of the simpler statements come shortest statement first, as one run over
    the document has them, also when the two statements fall in different parts (of two
    statements asked the same question, the deck keeps the first)."""
    said = {
        "en": [
            "The painter Anna Robbins won the prize. She was born in Norwich in 1950.",
            "The painter Ugo Rea won the race. He was born in Leeds in 1961.",
        ],
        "it": [
            "La pittrice Anna Robbi ha vinto il premio. Lei è nata a Pisa nel 1950.",
            "Il pittore Ugo Rea ha vinto la gara. Lui è nato a Lucca nel 1961.",
        ],
    }[language]
    filler = [f"Paragraph {i} is a line of filler text without any facts in it." for i in range(4)]
    text = "\n\n".join(["A short headline here", said[0], *filler, said[1]])
    doc = build_document(clean(text), language)
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    single = [(c.sentence.text, c.question) for c in extract.candidates(doc)]
    monkeypatch.setattr(extract, "PARALLEL_MIN_SENTENCES", 2)
    monkeypatch.setattr(extract, "PARENT_SHARE", share)
    split = [(c.sentence.text, c.question) for c in extract.candidates(doc)]
    assert split == single
    stated = [text for text, _question in single if text.startswith(("Anna Robbi", "Ugo Rea"))]
    stated = list(dict.fromkeys(stated))  # a statement may get a date and a place question
    assert len(stated) == 2 and stated[0].startswith("Ugo Rea")  # shorter, in a later paragraph
