"""A lone participle after the object of a verb in an entry ('..., replacing a mill built in
1820') dates the object, not the entry the sentence is about."""

from __future__ import annotations

from tests.generate.helpers import questions_of

_EN = (
    "The town has a new gallery this year.\n\nQuay Gallery\n"
    "The Quay Gallery is an art gallery on the old harbour. "
)
_IT = (
    "Il paese ha una nuova galleria da quest’anno.\n\nGalleria del Molo\n"
    "La Galleria del Molo è una galleria d’arte sul vecchio porto. "
)


def test_participle_after_an_object_is_not_the_entry_s() -> None:
    qs = questions_of(
        _EN + "It opened in 2015, replacing a granary built in 1840 by a farmer.", "en"
    )
    assert not any("Gallery built" in q for q in qs), qs
    qs = questions_of(_EN + "The gallery took over a chapel restored in 1990.", "en")
    assert not any("Gallery restored" in q for q in qs), qs


def test_italian_participle_after_an_object_is_not_the_entry_s() -> None:
    qs = questions_of(_IT + "Ha preso il posto di una cappella restaurata nel 1990.", "it")
    assert not any("restaurata la Galleria" in q for q in qs), qs
    qs = questions_of(_IT + "Fu aperta nel 2015, sostituendo una rimessa costruita nel 1840.", "it")
    assert not any("costruita la Galleria" in q for q in qs), qs


def test_participle_of_a_defining_noun_is_still_the_entry_s() -> None:
    qs = questions_of(_EN + "It is a former granary built in 1840.", "en")
    assert qs.get("In what year was the Quay Gallery built?") == "1840", qs
    qs = questions_of(_IT + "È una vecchia rimessa costruita nel 1840.", "it")
    assert qs.get("In che anno fu costruita la Galleria del Molo?") == "1840", qs


def test_participle_after_another_name_opening_the_sentence_is_that_name_s() -> None:
    qs = questions_of(_EN + "The Quay Gallery Store, completed in 1994, holds the archive.", "en")
    assert "In what year was the Quay Gallery completed?" not in qs, qs
