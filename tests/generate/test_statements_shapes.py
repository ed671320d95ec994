"""Shapes of the statements layer: an opening of a part of a stretch of time with no comma
('By the end of July'), a concession left out ('Despite the rain,'), an attribution or a
concession with no comma in Italian ('Secondo la Regione'), a subject with no article after an
opening, asides set off by dashes, adverbs inside the verb group (statements.py, openings.py,
adverbs.py)."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_an_opening_of_a_part_of_a_stretch_of_time_with_no_comma() -> None:
    assert "The quarry shipped 900 tonnes of slate by the end of March." in _said(
        "By the end of March the quarry shipped 900 tonnes of slate.", "en"
    )
    assert "The club signed 14 players at the start of the season." in _said(
        "At the start of the season the club signed 14 players.", "en"
    )
    assert "The library lent 7,000 books in the first half of 2023." in _said(
        "In the first half of 2023 the library lent 7,000 books.", "en"
    )
    questions = questions_of("By the end of March the quarry shipped 900 tonnes of slate.", "en")
    assert any(q.startswith("How many tonnes") for q in questions)


def test_a_concession_before_the_clause_is_left_out() -> None:
    assert "The ferry carried 3,100 passengers." in _said(
        "Despite the strike, the ferry carried 3,100 passengers.", "en"
    )
    assert "Il rifugio è stato riaperto nel 2019." in _said(
        "Nonostante la neve, il rifugio è stato riaperto nel 2019.", "it"
    )
    assert "La cooperativa ha raccolto 40 quintali di olive." in _said(
        "Malgrado la siccità la cooperativa ha raccolto 40 quintali di olive.", "it"
    )
    questions = questions_of("Nonostante la neve, il rifugio è stato riaperto nel 2019.", "it")
    assert any(q.startswith("Quando") for q in questions)


def test_an_italian_attribution_with_no_comma_is_left_out() -> None:
    assert "Il rifugio è stato riaperto nel 2019." in _said(
        "Secondo il CAI il rifugio è stato riaperto nel 2019.", "it"
    )
    assert "Le presenze sono calate del 9%." in _said(
        "Secondo i dati della Provincia le presenze sono calate del 9%.", "it"
    )
    assert "Le presenze sono calate del 9%." in _said(
        "Stando ai dati della Provincia, le presenze sono calate del 9%.", "it"
    )
    # a phrase with a clause of its own: where the subject opens is not certain
    said = _said("Secondo la Regione che lo gestisce il rifugio è stato riaperto nel 2019.", "it")
    assert "Il rifugio è stato riaperto nel 2019." not in said


def test_a_subject_with_no_article_after_an_opening() -> None:
    assert "Bus fares rose by 8% last year." in _said("Last year, bus fares rose by 8%.", "en")
    assert "Snow had closed 40 roads by Sunday evening." in _said(
        "By Sunday evening, snow had closed 40 roads.", "en"
    )
    # a pronoun, a possessive or a gerund opens no subject of its own
    assert _said("Last year, its fares rose by 8%.", "en") == []
    assert _said("Last year, rising fares cost the firm 8% of its riders.", "en") == []


def test_an_aside_set_off_by_dashes_is_left_out() -> None:
    assert "The hospice cared for 640 patients." in _said(
        "The hospice – the only one in the county – cared for 640 patients.", "en"
    )
    assert "Bus fares rose by 8%." in _said(
        "Bus fares — already the highest in the region — rose by 8%.", "en"
    )
    assert "La pro loco ha venduto 4.000 biglietti." in _said(
        "La pro loco – nata nel 1972 – ha venduto 4.000 biglietti.", "it"
    )
    # a dash with no closing one sets off no aside
    assert _said("The hospice cared for 640 patients – a record.", "en") == []


def test_an_adverb_inside_the_verb_group_is_left_out_or_moved() -> None:
    assert "The trust has recruited 85 nurses so far." in _said(
        "The trust has so far recruited 85 nurses.", "en"
    )
    assert "The bridge was reopened in May 2022." in _said(
        "The bridge was finally reopened in May 2022.", "en"
    )
    assert "The appeal has raised £9,400 to date." in _said(
        "The appeal has to date raised £9,400.", "en"
    )
    assert "La Asl ha assunto 30 infermieri in tutto." in _said(
        "La Asl ha in tutto assunto 30 infermieri.", "it"
    )
    assert "Il rifugio è stato riaperto nel 2019." in _said(
        "Il rifugio è stato nuovamente riaperto nel 2019.", "it"
    )
    assert "Gli studenti hanno studiato 3 ore al giorno in media." in _said(
        "Gli studenti hanno studiato in media 3 ore al giorno.", "it"
    )
    # no bound after a date: the adverb is left out
    assert "Il rifugio è stato riaperto nel 2019." in _said(
        "Il rifugio è finora stato riaperto nel 2019.", "it"
    )
    questions = questions_of("The trust has so far recruited 85 nurses.", "en")
    assert "How many nurses has the trust recruited so far?" in questions


def test_an_adverb_is_kept_where_it_may_be_the_object_s_or_another_clause_s() -> None:
    # "also" before a figure may be the object's ("also 40 staff")
    assert not any("has 40" in s for s in _said("The shop has also 40 staff.", "en"))
    # the verb group of a clause inside the sentence: its subject is not the sentence's
    said = _said("Most of the money came from the trust, which has so far given £3m.", "en")
    assert not any(
        s.startswith("Most of the money came from the trust, which has given") for s in said
    )


def test_a_speaker_s_aside_after_an_opening_is_left_out() -> None:
    assert "Il Comune ha speso 2,4 milioni di euro per le scuole nel 2024." in _said(
        "Nel 2024, ha spiegato il sindaco Mario Rossi, il Comune ha speso 2,4 milioni di euro "
        "per le scuole.",
        "it",
    )
    assert "Le domande accolte sono 1.300 nella sola Pavia." in _said(
        "Nella sola Pavia, ricorda l’assessore Anna Bassi, le domande accolte sono 1.300.", "it"
    )
    assert "The trust employed 212 nurses in Leeds." in _said(
        "In Leeds, said the chief executive Mark Hill, the trust employed 212 nurses.", "en"
    )


def test_a_second_framing_phrase_or_an_attribution_after_an_opening_is_left_out() -> None:
    assert "Il Comune ha speso 2,4 milioni di euro nel 2024." in _said(
        "Nel 2024, a Pavia, il Comune ha speso 2,4 milioni di euro.", "it"
    )
    assert "I residenti sono scesi a 7.896 in Val Seriana." in _said(
        "In Val Seriana, secondo i dati dell’Istat, i residenti sono scesi a 7.896.", "it"
    )
    assert "The ferry carried 3,100 passengers in July." in _said(
        "In July, according to the operator, the ferry carried 3,100 passengers.", "en"
    )
