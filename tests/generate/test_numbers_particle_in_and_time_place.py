"""An English 'in' right after 'bring', 'take', 'pull' ... before a count is the verb's
particle ('brought in 8,940 tonnes' -> 'How many tonnes ... bring in?', not 'In how many
tonnes ...?'); an Italian noun of time before 'dove' is no place its clause tells of ('dopo il
sisma, dove abitano 187 famiglie' asks nothing 'nel sisma')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_in_after_bring_is_a_particle() -> None:
    qs = questions_of("The trawlers brought in 3,200 tonnes of herring.", "en")
    assert qs.get("How many tonnes of herring did the trawlers bring in?") == "3,200 tonnes", qs


def test_english_in_after_another_verb_is_a_preposition() -> None:
    qs = questions_of("The new cars came in 12 colours.", "en")
    assert not any(q.endswith("come in?") for q in qs), qs


def test_italian_time_before_dove_is_no_place() -> None:
    qs = questions_of(
        "Le tende furono montate durante l’alluvione, dove dormono ancora 90 persone.", "it"
    )
    assert not any("nell’alluvione" in q for q in qs), qs


def test_italian_place_before_dove_is_still_asked() -> None:
    qs = questions_of("Il Comune ha ampliato l’officina, dove lavorano 35 meccanici.", "it")
    assert qs.get("Quanti meccanici lavorano nell’officina?") == "35", qs
