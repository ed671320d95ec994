"""A relative clause whose verb is plural ('che hanno chiuso', 'who have won') is no clause of
the one name before it: the figure in it is not asked of that name."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_plural_relative_after_a_name() -> None:
    qs = questions_of(
        "In finale c’erano Marta Pieri e Lucia Sarti, cresciuta nel Circolo remiero "
        "Valtellina, che hanno chiuso in 6 minuti e 50 secondi.",
        "it",
    )
    assert not any("Valtellina?" in q for q in qs), qs


def test_english_plural_relative_after_a_name() -> None:
    qs = questions_of(
        "The final featured Mary Pike and Lucy Sharp, who trained at Ross Rowing Club, who "
        "have won 4 national titles.",
        "en",
    )
    assert not any("Ross Rowing Club" in q and "titles" in q for q in qs), qs


def test_singular_relative_after_a_name_is_still_asked() -> None:
    qs = questions_of("Giorgio Landi, che gestisce il rifugio da 12 anni, ha parlato.", "it")
    assert qs.get("Da quanti anni gestisce Giorgio Landi il rifugio?") == "12", qs
