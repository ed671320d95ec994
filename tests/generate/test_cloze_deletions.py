"""A sentence that holds several facts: up to three deletions in one note, as in Anki, and a
second name of the sentence hidden beside its best one."""

from __future__ import annotations

import re

import pytest

from quizlib.generate import generate_deck
from quizlib.generate.candidate import Candidate
from quizlib.generate.document import build_document
from quizlib.generate.extract import cloze, in_situ
from quizlib.generate.rank import MAX_DELETIONS, select
from quizlib.generate.text import clean

_HIDDEN = re.compile(r"\{\{c(\d+)::(.*?)\}\}")


def hidden(text: str, language: str) -> list[set[str]]:
    """The spans hidden by each cloze note of a generated deck."""
    deck = generate_deck(clean(text), language=language, deck_id="t")
    return [{m.group(2) for m in _HIDDEN.finditer(c.cloze)} for c in deck.cards if c.cloze]


def test_two_names_of_a_sentence_are_two_deletions_of_one_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the names no question asks, with the questions in place off (in_situ.py)
    monkeypatch.setattr(in_situ, "extract", lambda found, doc, derived=(): iter(()))
    text = """Titolo di un articolo di prova qui

Il ricorso è stato presentato dal Comune di Valtorta insieme a Legambiente Lombardia davanti ai \
giudici amministrativi.
"""
    assert {"Comune di Valtorta", "Legambiente Lombardia"} in hidden(text, "it")
    text = """Title of a test article here

The charity was set up by Margaret Lowther after a long campaign, with help from Hexham \
Rotary Club.
"""
    assert {"Margaret Lowther", "Hexham Rotary Club"} in hidden(text, "en")


def test_a_second_name_is_whole_and_no_word_of_the_dictionary() -> None:
    doc = build_document(
        clean(
            "Title of a test article here\n\nThe abbey of Saint Oswin Priory is one of the "
            "finest Gothic churches in the county.\n"
        ),
        "en",
    )
    assert [c.answer for c in cloze.extract(doc)] == ["Saint Oswin Priory"]
    doc = build_document(
        clean(
            "Title of a test article here\n\nThe abbey of Saint Oswin Priory was built by "
            "monks from Wexcombe in the twelfth century.\n"
        ),
        "en",
    )
    assert [c.answer for c in cloze.extract(doc)] == ["Saint Oswin Priory", "Wexcombe"]
    doc = build_document(
        clean(
            "Title of a test article here\n\nThe law came after a campaign by the Friends of "
            "Hexham Moor Trust and is known as the Clean Air (No. 3) Act.\n"
        ),
        "en",
    )
    assert [c.answer for c in cloze.extract(doc)] == ["Friends of Hexham Moor Trust"]


def _cloze(text: str, span: str, score: float) -> Candidate:
    doc = build_document(text, "en")
    s = doc.sentences[0]
    at = s.text.index(span)
    marked = s.text[:at] + "{{c1::" + span + "}}" + s.text[at + len(span) :]
    return Candidate("cloze", s, score, span, cloze=marked, answer_type="thing", topic="")


def test_a_note_takes_at_most_three_deletions_numbered_in_the_order_they_were_kept() -> None:
    text = (
        "In 1998 Anna Kerr moved from Leeds to Carlisle with her brother Tom Kerr and their "
        "old dog."
    )
    spans = ["Carlisle", "1998", "Leeds", "Tom Kerr"]
    kept = select([_cloze(text, span, 0.6 - i * 0.01) for i, span in enumerate(spans)])
    assert len(kept) == 1 and MAX_DELETIONS == 3
    assert kept[0].cloze == (
        "In {{c2::1998}} Anna Kerr moved from {{c3::Leeds}} to {{c1::Carlisle}} with her "
        "brother Tom Kerr and their old dog."
    )


def test_the_second_name_is_the_best_one_outside_the_first() -> None:
    doc = build_document(
        clean(
            "Title of a test article here\n\nPolice in Wexcombe said the van had been seen "
            "near Harby Cross and Ludwell Green late at night.\n"
        ),
        "en",
    )
    assert [c.answer for c in cloze.extract(doc)] == ["Harby Cross and Ludwell Green", "Wexcombe"]


def test_a_name_before_brackets_is_whole_unless_it_goes_on_after_them() -> None:
    doc = build_document(
        clean(
            "Title of a test article here\n\nThe motion of the Wexcombe Rowing Club was backed "
            "by Anna Pellow (Labour) at the meeting.\n"
        ),
        "en",
    )
    assert "Anna Pellow" in [c.answer for c in cloze.extract(doc)]
