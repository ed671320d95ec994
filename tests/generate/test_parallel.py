"""A long document's sentences are shared between two processes: the deck is the one a single
process makes, and a normal article starts no process."""

from __future__ import annotations

import pytest

from quizlib.generate import extract, generate_deck

from .helpers import ARTICLES, SEED

TEXTS = [SEED, *sorted(ARTICLES.glob("*.txt"))]


def _text() -> str:
    """Every test article of the seed's language, one after the other: many blocks."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in TEXTS if p.name.endswith(".it.txt"))


@pytest.mark.skipif(not extract._can_fork(), reason="needs fork and two cores")
def test_split_document_gives_the_same_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _text()
    single = generate_deck(text, deck_id="t")
    monkeypatch.setattr(extract, "PARALLEL_MIN_SENTENCES", 10)
    calls: list[int] = []
    split_at = extract._split_at
    monkeypatch.setattr(extract, "_split_at", lambda doc: calls.append(1) or split_at(doc))
    split = generate_deck(text, deck_id="t")
    assert calls, "the document was not split"
    assert split == single


def test_a_normal_article_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_args: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(extract.multiprocessing, "get_context", no_pool)
    assert generate_deck(SEED.read_text(encoding="utf-8"), deck_id="t").cards
