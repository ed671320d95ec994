"""An Italian count asked after a verb whose complement is a preposition and a bare noun
('messo in vendita', 'marchiato a fuoco') keeps the complement with its verb; an area with no
name of its own ('un’area di 2 ettari') is not asked 'Quanto è grande l’area?'."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_bare_complement_stays_with_its_verb() -> None:
    qs = questions_of("Le 9 cantine del borgo hanno messo in commercio 60.000 bottiglie.", "it")
    assert (
        qs.get("Quante bottiglie hanno messo in commercio le 9 cantine del borgo?") == "60.000"
    ), qs


def test_complement_with_an_article_still_follows_the_subject() -> None:
    qs = questions_of("Il museo restituisce alla città 250 dipinti.", "it")
    assert qs.get("Quanti dipinti restituisce il museo alla città?") == "250", qs


def test_bare_area_is_not_asked_without_its_name() -> None:
    qs = questions_of(
        "Il nuovo canile, aperto in via Dante su un’area di 1,4 ettari, è costato 2 milioni.", "it"
    )
    assert "Quanto è grande l’area?" not in qs, qs


def test_future_opening_the_sentence_is_kept() -> None:
    qs = questions_of("Sarà costruito un nuovo magazzino da 900 metri quadrati.", "it")
    assert qs.get("Quanto sarà grande il nuovo magazzino?") == "900 metri quadrati", qs
