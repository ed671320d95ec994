"""A complement of the counted noun stays with it in the question ('Quanti medici di 12
ospedali ha formato il corso?', not '... il corso di 12 ospedali?'), and a second plural noun
joined by 'e' is counted too ('420 medici e infermieri')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_complement_of_the_counted_stays_with_it() -> None:
    qs = questions_of("Il corso ha formato 420 medici di 12 ospedali.", "it")
    assert qs.get("Quanti medici di 12 ospedali ha formato il corso?") == "420", qs
    qs = questions_of("Il corso ha formato 420 medici degli ospedali di Lecce.", "it")
    assert qs.get("Quanti medici degli ospedali di Lecce ha formato il corso?") == "420", qs


def test_italian_second_plural_noun_is_counted_too() -> None:
    qs = questions_of("Il corso ha formato 420 medici e infermieri di 12 ospedali.", "it")
    assert qs.get("Quanti medici e infermieri di 12 ospedali ha formato il corso?") == "420", qs


def test_english_origin_with_a_number_stays_with_the_counted() -> None:
    qs = questions_of("The course trained 420 doctors and nurses from 12 hospitals.", "en")
    assert qs.get("How many doctors and nurses from 12 hospitals did the course train?") == "420", (
        qs
    )
