"""A term in small letters set off after the thing it names ('the pressed skins left over after
juicing, known as pomace, ...'): asked as what the thing is known as, in both languages."""

from __future__ import annotations

from .helpers import questions_of


def test_a_term_known_as_after_a_described_thing() -> None:
    qs = questions_of(
        "A test headline\n\nA mill in Ross has begun selling the dried stalks left over after "
        "threshing, known as haulm, to local farms as bedding.\n",
        "en",
    )
    assert qs["What are the dried stalks left over after threshing known as?"] == "haulm"
    qs = questions_of(
        "Titolo di prova\n\nUn frantoio di Andria vende i noccioli frantumati rimasti dopo la "
        "spremitura, noti come nocciolino, alle aziende agricole come combustibile.\n",
        "it",
    )
    assert qs["Come si chiamano i noccioli frantumati rimasti dopo la spremitura?"] == "nocciolino"


def test_a_clause_or_a_name_before_known_as_is_no_term() -> None:
    qs = questions_of(
        "A test headline\n\nThe mill sold the stalks, known as haulm, to farms. The board, known "
        "as the trust, met on Monday.\n",
        "en",
    )
    assert not any(q.startswith("What is the board") for q in qs)
    assert "What are the stalks known as?" not in qs  # a kind alone says nothing
