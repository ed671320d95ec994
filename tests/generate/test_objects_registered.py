"""Where something was registered or founded: a reflexive's clitic goes with its auxiliary
('Dove si è registrata ...?'), and a name keeps the article it is said with."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import objects
from quizlib.generate.text import clean


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in objects.extract(doc) if c.question}


def test_a_reflexive_registered_keeps_si_before_its_auxiliary() -> None:
    qs = _questions(
        "Terremoto ai Campi Flegrei\n\nUna scossa di magnitudo 4.4 ha colpito ieri i Campi "
        "Flegrei. La scossa è stata avvertita in tutta Napoli. Dopo la scossa molte famiglie "
        "hanno dormito in auto.\n\nLa scossa più forte si è registrata a Pozzuoli, vicino al "
        "porto.\n",
        "it",
    )
    assert qs == {"Dove si è registrata la scossa più forte?": "Pozzuoli"}


def test_a_subject_that_says_nothing_out_of_the_article_is_not_asked() -> None:
    qs = _questions(
        "Referendum in valle\n\nSabato si è votato in tre comuni della valle.\n\nIl risultato "
        "più netto si è registrato a Prata, dove i favorevoli hanno toccato il 79%.\n",
        "it",
    )
    assert not any(q.endswith(" si?") for q in qs), qs


def test_where_a_body_was_founded_keeps_its_article() -> None:
    from quizlib.generate.extract import seats

    doc = build_document(
        clean(
            "Notizia di prova\n\nIl congresso si apre domani.\n\nANCI\n\nL’Associazione "
            "Nazionale Comuni Italiani (ANCI), fondata nel 1901 a Parma, rappresenta i comuni "
            "italiani.\n"
        ),
        "it",
    )
    qs = {c.question: c.answer for c in seats.extract(doc) if c.question}
    assert qs.get("Dove è stata fondata l’Associazione Nazionale Comuni Italiani?") == "Parma", qs
