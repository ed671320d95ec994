"""'Its' that opens a sentence is the business or body the sentence before names as its
subject: 'Kestrel Ferries Ltd, which runs the island route, carried ... . Its revenue reached
£12 million' -> 'How much did Kestrel Ferries Ltd’s revenue reach?'. On small texts of their
own."""

from __future__ import annotations

from .helpers import questions_of


def test_its_after_a_sentence_opened_by_a_business_names_the_business() -> None:
    qs = questions_of(
        "Kestrel Ferries Ltd, which runs the island route, carried 410,000 passengers last "
        "year. Its revenue reached £12 million, an increase of 6% on the year before.",
        "en",
    )
    assert qs["How much did Kestrel Ferries Ltd’s revenue reach?"] == "£12 million"
    asked = "By how much did Kestrel Ferries Ltd’s revenue increase on the year before?"
    assert qs[asked] == "6%"


def test_its_after_a_sentence_opened_by_a_phrase_stays_unasked() -> None:
    qs = questions_of(
        "In Hull the ferry company carried 410,000 passengers last year. Its revenue reached "
        "£12 million.",
        "en",
    )
    assert not any("revenue" in q for q in qs)
