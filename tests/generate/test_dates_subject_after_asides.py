"""A date's subject is a noun phrase of its clause: an aside that says where a place lies,
left out before the verb, leaves no comma between them ('il vecchio mercato a Lecce, nella
piazza ..., risale al 1910'); a subject read across a colon is none; 'risalire' takes 'A
quando'; an English past after an aside is the clause's verb, not a participle of the noun
before it ('The old fish market in Lecce, near the station, opened in 1910')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_place_aside_before_the_verb() -> None:
    qs = questions_of(
        "Proteste dei residenti, che chiedono nuovi spazi: il vecchio mercato coperto a Lecce, "
        "nella piazza del Duomo, risale al 1910.",
        "it",
    )
    assert qs.get("A quando risale il vecchio mercato coperto a Lecce?") == "1910", qs
    assert not any(":" in q for q in qs), qs


def test_italian_dates_back_takes_a_quando() -> None:
    qs = questions_of("La torre civica di Lecce risale al 1350.", "it")
    assert qs.get("A quando risale la torre civica di Lecce?") == "1350", qs


def test_english_past_after_an_aside_is_the_verb() -> None:
    qs = questions_of("The old fish market in Lecce, near the station, opened in 1910.", "en")
    assert qs.get("When did the old fish market in Lecce open?") == "1910", qs
    assert "When was the station opened?" not in qs, qs


def test_english_participle_aside_inside_a_clause_is_still_read() -> None:
    qs = questions_of(
        "Talks will resume after 2026, when the current rules, adopted in 2009, expire.", "en"
    )
    assert qs.get("When were the current rules adopted?") == "2009", qs


def test_english_description_after_a_present_clause_is_still_read() -> None:
    qs = questions_of(
        "The county court sits in the Corn Exchange, a hall opened in 1911 near the market.",
        "en",
    )
    assert any(a == "1911" for a in qs.values()), qs
