"""Helpers for the generator tests: generate a deck from text and look up its cards."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizlib.generate import generate_deck, parallel
from quizlib.generate.document import Document, build_document
from quizlib.generate.text import clean
from quizlib.model import Card, Deck

ARTICLES = Path(__file__).resolve().parent / "articles"
SEED = Path(__file__).resolve().parents[3] / "shared" / "articles" / "vertice-budapest.it.txt"


def deck_of(name: str) -> Deck:
    path = ARTICLES / name
    return generate_deck(path.read_text(encoding="utf-8"), source=path.name, deck_id="t")


# The title of a test article, which its text follows.
TITLES = {"it": "Titolo di un articolo di prova qui", "en": "A headline of a test article here"}


def article(text: str, language: str) -> str:
    """An article of a test: a title, then `text`."""
    return f"{TITLES[language]}\n\n{text}\n"


def article_document(text: str, language: str) -> Document:
    """The document of an article of a title and `text`."""
    return build_document(clean(article(text, language)), language)


def it_questions(text: str) -> dict[str, str]:
    """Question -> answer of the whole generator's question cards of an Italian article of
    a title and `text`."""
    return questions_of(article(text, "it"), "it")


def en_questions(text: str) -> dict[str, str]:
    """Question -> answer of the whole generator's question cards of an English article of
    a title and `text`."""
    return questions_of(article(text, "en"), "en")


def questions_of(text: str, language: str) -> dict[str, str]:
    """Question -> answer of the question cards the whole generator makes of a text."""
    deck = generate_deck(text, language=language)
    return {c.question: c.answer for c in deck.cards if c.question}


def asked(deck: Deck, question: str) -> Card:
    """The card asking exactly `question`; fails listing the questions there are."""
    for card in deck.cards:
        if card.question == question:
            return card
    questions = "\n".join(c.question or c.cloze or "" for c in deck.cards)
    raise AssertionError(f"no card asks {question!r}; the deck asks:\n{questions}")


def counted_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the processes the generator forks from now on, in order."""
    forks: list[int] = []
    fork = os.fork

    def counted_fork() -> int:
        pid = fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(parallel.os, "fork", counted_fork)
    return forks
