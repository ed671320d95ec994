"""A rank by an ordinal set off after what a name is: 'Morbegno è un comune ..., il secondo
centro della provincia dopo il capoluogo' -> 'Qual è il secondo centro della provincia dopo il
capoluogo?'; a person's is no place's rank."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_ordinal_rank_after_what_a_place_is() -> None:
    qs = it_questions(
        "Morbegno è un comune di circa 12.000 abitanti della bassa Valtellina, il secondo "
        "centro della provincia dopo il capoluogo."
    )
    assert qs.get("Qual è il secondo centro della provincia dopo il capoluogo?") == "Morbegno"
    qs = en_questions("Hamilton is a city on the Waikato River, the fourth city of New Zealand.")
    assert qs.get("What is the fourth city of New Zealand?") == "Hamilton", qs


def test_no_rank_without_an_ordinal() -> None:
    qs = it_questions("Morbegno è un comune della bassa Valtellina, il centro della provincia.")
    assert not any(q.startswith("Qual è il centro") for q in qs), qs
