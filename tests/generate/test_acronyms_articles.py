"""The article a name known by an acronym takes when the question names it: the one before
an adjective ('il nuovo Piano ...'), 'the' for an English name after a possessive; on small
texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean


def _asked(text: str, language: str = "it") -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in acronyms.extract(doc) if c.question}


def test_an_article_before_an_adjective_is_the_name_s() -> None:
    qs = _asked("La giunta ha approvato il nuovo Piano urbano della mobilità sostenibile (PUMS).")
    assert qs["Qual è la sigla del Piano urbano della mobilità sostenibile?"] == "PUMS"
    qs = _asked("Il comune ha presentato la nuova Agenzia per la mobilità urbana (AMU) ieri.")
    assert qs["Qual è la sigla dell’Agenzia per la mobilità urbana?"] == "AMU"
    qs = _asked("The council approved the new Local Transport Plan (LTP) on Monday.", "en")
    assert qs["What is the acronym for the Local Transport Plan?"] == "LTP"


def test_an_english_name_after_a_possessive_takes_the() -> None:
    qs = _asked("The probe was found by NASA’s Deep Space Survey Satellite (DSSS) in 2020.", "en")
    assert qs["What is the acronym for the Deep Space Survey Satellite?"] == "DSSS"
    qs = _asked("The crew was guided from its National Coastal Operations Centre (NCOC).", "en")
    assert qs["What is the acronym for the National Coastal Operations Centre?"] == "NCOC"
    # A firm's name and a common noun take none.
    qs = _asked("The shares were sold by Oxford’s Marconi Holdings (MH) last year.", "en")
    assert qs["What is the acronym for Marconi Holdings?"] == "MH"
    qs = _asked("It makes 7 per cent of Britain’s greenhouse gas (GHG) emissions.", "en")
    assert qs["What is the acronym for greenhouse gas?"] == "GHG"


def test_an_italian_name_without_an_article_that_opens_with_a_vowel_takes_l() -> None:
    qs = _asked(
        "Dal 2015 il vino è tutelato dal marchio europeo IGT (Indicazione Geografica Tipica)."
    )
    assert qs["Qual è la sigla dell’Indicazione Geografica Tipica?"] == "IGT"
    qs = _asked("Il controllo spetta a Ispettorato Nazionale del Lavoro (INL), secondo la legge.")
    assert qs["Qual è la sigla dell’Ispettorato Nazionale del Lavoro?"] == "INL"
    # A name that is no word of the language is left as it is.
    qs = _asked("Il piano è stato firmato da Amnesty International (AI) ieri.")
    assert qs["Qual è la sigla di Amnesty International?"] == "AI"
