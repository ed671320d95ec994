"""A bare year right after an Italian noun and its article names the noun ('il rendiconto
2023', 'l’edizione 2026'): it is no date of the verb."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_year_after_a_noun_is_not_the_verb_s_date() -> None:
    qs = questions_of("Il consorzio ha approvato il rendiconto 2023, chiuso in pareggio.", "it")
    assert "Quando il consorzio ha approvato il rendiconto?" not in qs, qs
    qs = questions_of("La pro loco ha presentato l’edizione 2026 della sagra.", "it")
    assert not any(q.startswith("Quando la pro loco ha presentato") for q in qs), qs


def test_italian_year_with_its_preposition_is_still_asked() -> None:
    qs = questions_of("Il consorzio ha approvato il rendiconto nel 2023.", "it")
    assert qs.get("Quando il consorzio ha approvato il rendiconto?") == "2023", qs
