"""The second count of a pair that names only an adjective shares the first count's noun
('30 lavoratori stagionali e 4 fissi' -> 'lavoratori fissi'; '30 seasonal workers and 4
permanent' -> 'permanent workers'), as the first count of '30 seasonal and 4 permanent
workers' shares the second's; a second count that names a noun of its own keeps it."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_adjective_shares_the_first_noun() -> None:
    qs = questions_of("Il cantiere navale occupa 45 operai specializzati e 9 generici.", "it")
    assert qs.get("Quanti operai generici occupa il cantiere navale?") == "9", qs
    assert "Quanti generici occupa il cantiere navale?" not in qs, qs


def test_italian_noun_of_its_own_is_kept() -> None:
    qs = questions_of("Al presidio c’erano 40 uomini armati e 7 donne.", "it")
    assert not any("uomini donne" in q for q in qs), qs


def test_english_adjective_shares_the_first_noun() -> None:
    qs = questions_of("The bakery employs 45 seasonal workers and 9 permanent.", "en")
    assert qs.get("How many permanent workers does the bakery employ?") == "9", qs


def test_english_noun_of_its_own_is_kept() -> None:
    qs = questions_of("The bakery employs 45 seasonal workers and 9 apprentices.", "en")
    assert qs.get("How many apprentices does the bakery employ?") == "9", qs
