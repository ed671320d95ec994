"""A quoted span worth hiding names something; a lone adverb quoted for its emphasis does
not. A name with an apostrophe is hidden whole, whichever apostrophe the text types."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract.cloze import _spans
from quizlib.generate.text import clean


def _hidden(sentence: str, language: str) -> set[str]:
    doc = build_document(clean(f"Un titolo per la prova\n\n{sentence}"), language)
    text = doc.sentences[0].text
    return {text[start:end] for _score, start, end, _kind in _spans(text, doc)}


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("en", 'The coach said the team would "certainly" play better in the final.', "certainly"),
        ("en", "The minister said the plan was “entirely” affordable for the town.", "entirely"),
        ("en", 'The owner said he would "happily" sell the land to the council.', "happily"),
        (
            "it",
            "Il sindaco ha detto che la piazza sarà «sicuramente» pronta in estate.",
            "sicuramente",
        ),
        (
            "it",
            "L’allenatore ha detto che la squadra giocherà “diversamente” domenica.",
            "diversamente",
        ),
    ],
)
def test_a_lone_quoted_adverb_is_not_hidden(language: str, sentence: str, word: str) -> None:
    assert word not in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "term"),
    [
        ("en", 'Engineers call this kind of power "baseload" generation in the grid.', "baseload"),
        ("en", 'The village is known locally as "Little Venice" for its canals.', "Little Venice"),
        (
            "it",
            "La lana rigenerata di Biella è chiamata in paese «meccanica» da secoli.",
            "meccanica",
        ),
        ("it", "Il progetto “Mare pulito” coinvolge venti scuole della costa.", "Mare pulito"),
    ],
)
def test_a_quoted_term_or_title_is_hidden(language: str, sentence: str, term: str) -> None:
    assert term in _hidden(sentence, language)


# A name with an apostrophe, whichever the text types (clean makes both ’), and a title
# whose capital article inside a sentence is its own.
_WHOLE = [
    (
        "en",
        "The concert was held in St George's Hall in the centre of Liverpool.",
        "St George’s Hall",
    ),
    (
        "en",
        "The concert was held in St George’s Hall in the centre of Liverpool.",
        "St George’s Hall",
    ),
    (
        "it",
        "Il concerto si è tenuto nella Sala dell'Arengo di Rimini ieri sera.",
        "Sala dell’Arengo di Rimini",
    ),
    (
        "en",
        "The results were published in The Lancet Oncology by the team last week.",
        "The Lancet Oncology",
    ),
    (
        "en",
        "The interview first appeared in The Observer Magazine on a Sunday in March.",
        "The Observer Magazine",
    ),
    (
        "it",
        "L’intervista al ministro è uscita ieri su La Gazzetta dello Sport in prima pagina.",
        "La Gazzetta dello Sport",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "name"), _WHOLE)
def test_a_name_is_hidden_whole(language: str, sentence: str, name: str) -> None:
    assert name in _hidden(sentence, language)


def test_a_sentence_opening_article_is_not_the_name() -> None:
    hidden = _hidden(
        "The Lancet Oncology published the results of the trial last week in London.", "en"
    )
    assert "The Lancet Oncology" not in hidden
