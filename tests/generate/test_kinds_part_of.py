"""What a place or a body is part of, asked by the kind of the whole: 'fa parte del circuito
dei Borghi più belli d’Italia', 'is part of the Cittaslow network'."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import kinds
from quizlib.generate.text import clean
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Torrevale fa parte del circuito dei Borghi più belli d’Italia.",
            "Di quale circuito fa parte Torrevale?",
            "Borghi più belli d’Italia",
        ),
        (
            "Torrevale fa parte della rete Città Slow dal 2015.",
            "Di quale rete fa parte Torrevale?",
            "Città Slow",
        ),
        (
            "Torrevale fa parte del Parco nazionale della Sila.",
            "Di quale parco fa parte Torrevale?",
            "Parco nazionale della Sila",
        ),
    ],
)
def test_an_italian_place_is_part_of_a_whole(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "it").get(question) == answer


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "Ashworth is part of the Cittaslow network of small towns.",
            "Which network is Ashworth part of?",
            "Cittaslow",
        ),
        (
            "Grasmere is part of the Lake District National Park.",
            "Which national park is Grasmere part of?",
            "Lake District National Park",
        ),
    ],
)
def test_an_english_place_is_part_of_a_whole(sentence: str, question: str, answer: str) -> None:
    assert _questions(sentence, "en").get(question) == answer


def test_a_whole_without_a_name_is_left() -> None:
    assert not any(
        "parte" in q for q in _questions("Torrevale fa parte del gruppo di lavoro.", "it")
    )


def _entry_questions(text: str, language: str) -> dict[str, str]:
    title = "Un titolo per la prova" if language == "it" else "A title for the test article"
    lead = (
        "Il museo ha riaperto sabato dopo due anni di lavori."
        if language == "it"
        else "The museum reopened on Saturday after two years of work."
    )
    doc = build_document(clean(f"{title}\n\n{lead}\n\n{text}\n"), language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


@pytest.mark.parametrize(
    ("entry", "language", "question", "answer"),
    [
        (
            "MUSEO BELLOMO\nIl Museo Bellomo è un museo archeologico di Noto. Custodisce "
            "la Venere di Eloro, una statua del IV secolo a.C.",
            "it",
            "Che cosa custodisce il Museo Bellomo?",
            "la Venere di Eloro",
        ),
        (
            "ASHFORD MUSEUM\nThe Ashford Museum is a local history museum in Kent. It houses "
            "the Wye Chronicle, a medieval manuscript.",
            "en",
            "What does the Ashford Museum house?",
            "the Wye Chronicle",
        ),
    ],
)
def test_what_an_entry_keeps(entry: str, language: str, question: str, answer: str) -> None:
    assert _entry_questions(entry, language).get(question) == answer


def test_the_first_of_a_list_kept_is_left() -> None:
    entry = (
        "ASHFORD MUSEUM\nThe Ashford Museum is a local history museum in Kent. It houses the "
        "Wye Chronicle and two maps of the Weald."
    )
    assert "What does the Ashford Museum house?" not in _entry_questions(entry, "en")
