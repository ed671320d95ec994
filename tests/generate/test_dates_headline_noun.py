"""A plain noun the headline names is what the article is about, and a date question may
ask of it ('the talks' under 'Fishing talks resume in Oslo'); a noun the headline does not
name stays a cloze."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _questions(title: str, body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{title}\n\n{body}\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_headline_noun_in_a_relative_clause() -> None:
    body = "The talks, which open on 3 March, are the fourth round this year."
    qs = _questions("Fishing talks resume in Oslo as quotas split nations", body, "en")
    assert qs == {"When do the talks open?": "3 March"}, qs
    assert not _questions("Fishing quotas split nations in Oslo", body, "en")


def test_headline_noun_in_an_italian_relative_clause() -> None:
    body = "Il Comune ha ricordato la vecchia sagra, che si è chiusa il 3 marzo."
    qs = _questions("Paese in festa per la sagra delle castagne", body, "it")
    assert qs == {"Quando si è chiusa la vecchia sagra?": "3 marzo"}, qs
    assert not _questions("Paese in festa per le castagne", body, "it")
