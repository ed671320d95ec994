"""Statements a sentence says without its joins and asides: a second infinitive or adjective of
dimension after 'e' that shares the clause's modal or copula, 'by far' before a superlative, a
superlative joined to a copula's first noun phrase, a clause after a semicolon with asides
after its subject (in an entry whose sentence leaves the entry unsaid), a relative clause that
opens with a phrase of time, an aside after a subject with an elided article, and a
participle's aside before a verb with its clitic ('Il cantiere, affidato ..., si articolerà')."""

from __future__ import annotations

from quizlib.generate import generate_deck

from .helpers import en_questions, it_questions


def test_second_infinitive_shares_the_modal() -> None:
    qs = it_questions(
        "I lavori, dopo anni di attesa, dovrebbero partire nel 2027 e durare sei anni."
    )
    assert qs.get("Quanti anni dovrebbero durare i lavori?") == "sei", qs


def test_second_dimension_shares_the_copula() -> None:
    qs = it_questions(
        "La diga, in terra con nucleo in argilla, sarà alta 58 metri e lunga 640 metri al "
        "coronamento."
    )
    assert qs.get("Quanto sarà alta la diga?") == "58 metri", qs
    assert qs.get("Quanto sarà lunga la diga?") == "640 metri", qs


def test_by_far_before_a_superlative() -> None:
    qs = en_questions("Mackerel is by far the most valuable species for the Shetland fleet.")
    assert qs.get("What is the most valuable species for the Shetland fleet?") == "Mackerel", qs
    qs = it_questions("Il Po è di gran lunga il fiume più lungo d'Italia.")
    assert qs.get("Qual è il fiume più lungo d’Italia?") == "Po", qs


def test_superlative_joined_to_the_first_noun_phrase() -> None:
    qs = en_questions(
        "The Gotthard Base Tunnel is a 57km railway tunnel beneath the Gotthard massif in "
        "central Switzerland and the longest railway tunnel in the world."
    )
    assert qs.get("What is the longest railway tunnel in the world?") == "Gotthard Base Tunnel"


def test_clause_after_a_semicolon_in_an_entry() -> None:
    text = (
        "Il tram torna in valle\n\nLa linea arriverà fino a Vertova nel 2030, dice la Regione.\n\n"
        "Val Seriana\n\nLa Val Seriana è una valle prealpina della provincia di Bergamo. Conta "
        "circa 140.000 abitanti; Albino, con circa 18.000 residenti, è il comune più popoloso "
        "della valle.\n"
    )
    deck = generate_deck(text, language="it")
    qs = {c.question: c.answer for c in deck.cards if c.question}
    assert qs.get("Qual è il comune più popoloso della valle?") == "Albino", qs
    assert qs.get("Quanti residenti ha Albino?") == "circa 18.000", qs
    assert not any(q.startswith("Chi conta") for q in qs), qs


def test_relative_that_opens_with_a_time() -> None:
    qs = en_questions("The museum, which in 2024 welcomed 40,000 visitors, will reopen in March.")
    assert qs.get("How many visitors did the museum welcome in 2024?") == "40,000", qs
    qs = it_questions("Il museo, che nel 2024 ha accolto 40.000 visitatori, riaprirà a marzo.")
    assert qs.get("Quanti visitatori ha accolto il museo nel 2024?") == "40.000", qs


def test_aside_after_a_subject_with_an_elided_article() -> None:
    qs = it_questions(
        "L’opera, attesa da quasi quarant’anni, costerà 286 milioni di euro, di cui 190 milioni "
        "dal Fondo per lo sviluppo e la coesione."
    )
    assert qs.get("Quanto costerà l’opera?") == "286 milioni di euro", qs
    assert not any("quanti euro" in q for q in qs), qs


def test_participle_aside_before_a_verb_with_its_clitic() -> None:
    qs = it_questions(
        "Il cantiere, affidato con procedura d’urgenza alla ditta Bertolini Costruzioni di "
        "Cosio Valtellino, si articolerà in tre fasi."
    )
    assert qs.get("A chi è stato affidato il cantiere con procedura d’urgenza?") == (
        "Bertolini Costruzioni di Cosio Valtellino"
    ), qs
