"""An entry whose first sentence opens with a phrase before its name ('Founded in 1902, the
Tarn Rowing Club is ...') keeps the article the name is written with when the entry is the
subject of a later sentence ('It won ...' -> 'the Tarn Rowing Club won ...')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_entry_keeps_its_article_after_an_opening() -> None:
    text = (
        "The regatta was held on Sunday.\n\nTarn Rowing Club\n"
        "Founded in Keswick in 1902, the Tarn Rowing Club is the oldest rowing club in the lakes. "
        "It opened its boathouse on the lake shore in 1925."
    )
    qs = questions_of(text, "en")
    assert (
        qs.get("When did the Tarn Rowing Club open its boathouse on the lake shore?") == "1925"
    ), qs


def test_italian_entry_keeps_its_article_after_an_opening() -> None:
    text = (
        "La regata si è svolta domenica.\n\nSocietà Canottieri Adria\n"
        "Fondata a Chioggia nel 1902, la Società Canottieri Adria è il più antico circolo di "
        "canottaggio della laguna. Aprì la sua rimessa sul canale nel 1925."
    )
    qs = questions_of(text, "it")
    assert any("la Società Canottieri Adria" in q for q in qs), qs
    assert not any("fu fondata Società" in q or "aprì Società" in q for q in qs), qs
