"""The phases of a long document's generation that two processes share give the deck one
process makes, whatever the split."""

from __future__ import annotations

import pytest

import quizlib.generate as generate
from quizlib.generate import document, generate_deck, parallel
from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Sentence, build_document
from quizlib.generate.text import clean

from .helpers import ARTICLES, SEED, counted_forks

needs_fork = pytest.mark.skipif(
    not parallel.can_fork(), reason="needs fork, two cores and no other thread"
)


def _long_text() -> str:
    paths = [SEED, *sorted(ARTICLES.glob("*.it.txt"))]
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths)


@needs_fork
@pytest.mark.parametrize("share", [0.0, 0.3, 0.58, 1.0])
def test_cards_built_in_two_are_the_cards_built_in_one(
    monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    text = _long_text()
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    single = generate_deck(text, deck_id="t")
    monkeypatch.undo()
    monkeypatch.setattr(generate, "PARALLEL_MIN_CARDS", 10)
    monkeypatch.setattr(generate, "PARENT_CARD_SHARE", share)
    forks = counted_forks(monkeypatch)
    split = generate_deck(text, deck_id="t")
    assert forks, "the cards were not shared"
    assert split == single


def _candidate(question: str | None) -> Candidate:
    return Candidate("k", Sentence("s", "paragraph 1", 1, 0), 0.5, "a", question)


def test_the_card_split_weighs_questions_above_clozes() -> None:
    kept = [_candidate("q?")] * 4 + [_candidate(None)] * 40
    at = generate._card_split(kept, 0.5)
    assert 2 <= at <= 4  # half the cost is in the questions, not in half the cards
    assert generate._card_split(kept, 1.0) == len(kept)
    assert generate._card_split([], 0.5) == 0


@needs_fork
@pytest.mark.parametrize("share", [0.0, 0.3, 0.55, 0.8, 1.0])
def test_blocks_read_in_two_are_the_document_read_in_one(
    monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    """The sentences, their entries, the people and the counts of names (in the order first
    seen) are the same whatever the part each block falls in."""
    text = clean(_long_text())
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    single = build_document(text, "it")
    monkeypatch.undo()
    monkeypatch.setattr(document, "PARALLEL_MIN_CHARS", 10)
    monkeypatch.setattr(document, "PARENT_READ_SHARE", share)
    forks = counted_forks(monkeypatch)
    split = build_document(text, "it")
    assert len(forks) == 1, "the blocks were not shared"
    assert split == single
    assert split.people == single.people and len(split.people) > 10  # the names scanned in parts
    assert list(split.name_counts.items()) == list(single.name_counts.items())
    assert [s.entry for s in split.sentences] == [s.entry for s in single.sentences]
    assert split.entries and single.entries
    entry_of = {id(e) for e in split.entries}
    assert all(id(s.entry) in entry_of for s in split.sentences if s.entry is not None)
    # The counts made while reading the parts are those of the whole text.
    whole = document.inner_capitals_of("\n".join(single.texts))
    assert whole == split.inner_capitals == single.inner_capitals
    counted = document.count_word_sentences(single.texts)
    assert counted == split.word_sentences == single.word_sentences
    assert split.capitalised and split.word_sentences


def test_the_share_of_the_costs() -> None:
    assert parallel.share_at([1.0, 1.0, 1.0, 1.0], 0.5) == 2
    assert parallel.share_at([3.0, 1.0, 1.0, 1.0], 0.5) == 1
    assert parallel.share_at([], 0.5) == 0
