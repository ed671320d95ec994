"""A part of an Italian sum told after 'di cui' with who bears it ('di cui 40 milioni a carico
della Regione'), and an Italian sum in euros that is the subject of a passive at the start
of its clause ('Ogni anno 250.000 euro saranno destinati alle borse di studio'). On small
texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_part_of_a_sum_borne_by_someone_is_asked() -> None:
    qs = questions_of(
        "Il nuovo ponte costerà 72 milioni di euro, di cui 40 milioni a carico della Regione.",
        "it",
    )
    assert qs["Quanta parte dei 72 milioni di euro è a carico della Regione?"] == "40 milioni"


def test_a_sum_that_is_the_subject_of_a_passive_is_asked() -> None:
    qs = questions_of("Ogni anno 250.000 euro saranno destinati alle borse di studio.", "it")
    assert qs["Quanto sarà destinato ogni anno alle borse di studio?"] == "250.000 euro"
    qs = questions_of(
        "Il piano rinnova le aule, mentre 250.000 euro all’anno saranno destinati alle borse di "
        "studio.",
        "it",
    )
    assert qs["Quanto sarà destinato all’anno alle borse di studio?"] == "250.000 euro"


def test_a_sum_after_a_subject_of_its_own_is_not_taken_for_the_subject() -> None:
    qs = questions_of("La Regione e 250.000 euro saranno destinati alle borse di studio.", "it")
    assert not any(q.startswith("Quanto sarà destinato") for q in qs)
