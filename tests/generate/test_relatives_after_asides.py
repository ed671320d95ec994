"""A relative clause after an aside that a participle opens is said of the noun before the
aside, not of the name that ends it: no 'Which group runs the network?' of the controlling
group."""

from __future__ import annotations

from .helpers import questions_of

_IT = "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "A test headline here\n\nThe pier reopened yesterday.\n\n"


def test_the_relative_after_a_participle_aside_is_not_the_names() -> None:
    it = questions_of(
        _IT + "La Sarda Strade è la società pubblica, controllata dal gruppo Fincasa Nord,"
        " che gestisce le strade provinciali dell’isola.\n",
        "it",
    )
    assert not any(a == "Fincasa Nord" for a in it.values()), it
    en = questions_of(
        _EN + "Marlow Roads is the public company, owned by the Wessex Holding Group, which"
        " maintains the county's bridges.\n",
        "en",
    )
    assert not any("Wessex" in a for a in en.values()), en


def test_a_relative_after_a_name_with_no_aside_is_still_asked() -> None:
    it = questions_of(
        _IT + "Il ricorso è stato firmato dall’associazione Terra Chiara, che raccoglie trenta"
        " comitati.\n",
        "it",
    )
    assert it.get("Quale associazione raccoglie trenta comitati?") == "Terra Chiara"
