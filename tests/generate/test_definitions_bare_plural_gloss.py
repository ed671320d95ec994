"""A gloss after 'cioè' explains a plural term with no article too."""

from __future__ import annotations

from .helpers import it_questions


def test_a_bare_plural_after_di_is_glossed() -> None:
    asked = it_questions(
        "Il pacchetto estende il divieto di esportazione a 23 nuove categorie di beni a "
        "duplice uso, cioè prodotti che possono avere applicazioni sia civili sia militari."
    )
    assert asked.get("Che cosa sono i beni a duplice uso?") == (
        "prodotti che possono avere applicazioni sia civili sia militari"
    )


def test_a_bare_plural_after_the_copula_is_glossed() -> None:
    asked = it_questions(
        "Delle persone censite nella regione, circa 3,4 milioni sono sfollati interni, cioè "
        "persone che hanno lasciato la propria casa senza attraversare un confine."
    )
    assert asked.get("Che cosa sono gli sfollati interni?") == (
        "persone che hanno lasciato la propria casa senza attraversare un confine"
    )


def test_a_lone_participle_is_no_term() -> None:
    asked = it_questions(
        "I soccorsi sono arrivati, cioè squadre di vigili del fuoco e volontari della zona."
    )
    assert not any("arrivati" in q for q in asked), asked
