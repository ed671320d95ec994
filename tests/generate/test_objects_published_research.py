"""A study's results published in a periodical named with no word of its kind (objects.py):
'The Harlow trial's results were published in The Lancet' -> 'Where were the Harlow trial's
results published?'; a book published in a town is no such case."""

from __future__ import annotations

from quizlib.generate.extract import objects
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question: c.answer for c in objects.extract(doc) if c.question}


def test_a_studys_results_in_a_bare_title() -> None:
    text = "The Harlow trial’s results were published on Wednesday in The Lancet."
    assert _questions(text) == {"Where were the Harlow trial’s results published?": "The Lancet"}
    study = "The Bangor study was published in Nature."
    assert _questions(study) == {"Where was the Bangor study published?": "Nature"}


def test_a_book_published_in_a_town_is_not_asked() -> None:
    assert _questions("The Harlow novel was published in London.") == {}
