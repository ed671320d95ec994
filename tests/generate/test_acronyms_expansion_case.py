"""How an acronym's question names its expansion: in small letters when only the sentence
start capitalises it, and with the article its Italian noun takes; on small texts of their
own in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean


def questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in acronyms.extract(doc) if c.question}


def test_an_expansion_capitalised_by_the_sentence_start_is_asked_in_small_letters() -> None:
    qs = questions(
        "Story\n\nChronic kidney disease (CKD) affects one adult in ten in the county.\n", "en"
    )
    assert qs["What is the acronym for chronic kidney disease?"] == "CKD"
    assert qs["What does CKD stand for?"] == "chronic kidney disease"
    # a name capitalises its other words too
    qs = questions("Story\n\nCrown Prosecution Service (CPS) lawyers met on Monday.\n", "en")
    assert "What does CPS stand for?" in qs
    assert qs["What does CPS stand for?"] == "Crown Prosecution Service"


def test_an_italian_expansion_without_article_takes_the_one_its_noun_asks() -> None:
    qs = questions(
        "Notizia\n\nIl formaggio è riconosciuto come DOP (Denominazione di origine protetta) "
        "dal 1996.\n",
        "it",
    )
    assert qs["Qual è la sigla della Denominazione di origine protetta?"] == "DOP"
    qs = questions(
        "Notizia\n\nIl progetto è seguito da FRI (Fondo regionale per l’innovazione) dal 2020.\n",
        "it",
    )
    assert qs["Qual è la sigla del Fondo regionale per l’innovazione?"] == "FRI"
