"""An English sum something is reckoned at: by the verb ('The insurer valued the stock at
£3m' -> 'How much did the insurer value the stock at?') or by a participle after a noun set
off after the clause ('..., leaving losses estimated at £700,000' -> 'How much were the
losses estimated at?'). On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_verb_of_reckoning_with_its_object_and_at() -> None:
    qs = questions_of("The insurer valued the damaged stock at about £3 million.", "en")
    assert qs["How much did the insurer value the damaged stock at?"] == "about £3 million"


def test_a_noun_reckoned_at_in_an_aside_takes_the_clause_s_tense_and_number() -> None:
    qs = questions_of(
        "The flood closed the mill for a month, leaving losses estimated at £700,000.", "en"
    )
    assert qs["How much were the losses estimated at?"] == "£700,000"


def test_an_owner_s_thing_reckoned_at_stays_unasked() -> None:
    qs = questions_of("The insurer valued its own stock at £3 million.", "en")
    assert not any(q.startswith("How much did the insurer value") for q in qs)
