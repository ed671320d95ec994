"""Questions that would read a subject or a kind wrong, and are not asked that way: a plural
verb of measure ('How high are the walls?'), an office's word before a body's name ('the U.S.
General Services Administration' is no person), a place's people asked with 'who', a noun the
superlative leaves out that is not the name's ('la più alta' of 'Il Monte Bianco'), a figure on
top of another asked in place, a name's verb in '-s' read as a plural noun, a longer name that
opens with the entry's ('La ULSS 6 Euganea' under 'ULSS'), a measure that opens a description,
a plural relative after a singular noun, a year or an 'and' inside a name asked in place; and
what is asked instead: the body's kind for a headless superlative, a seat after a participle
phrase."""

from __future__ import annotations

from quizlib.generate import generate_deck

from .helpers import en_questions, it_questions


def test_plural_verb_of_measure() -> None:
    qs = en_questions("The walls stand 12 metres high.")
    assert qs.get("How high are the walls?") == "12 metres", qs
    qs = en_questions("The towers stood 40 metres tall.")
    assert qs.get("How tall were the towers?") == "40 metres", qs


def test_office_word_before_a_body_is_no_person() -> None:
    qs = en_questions(
        "The U.S. General Services Administration (GSA), which disposes of surplus federal "
        "property, said the lighthouse drew 38 bids."
    )
    assert not any(q.startswith("Who is the U.S.") for q in qs), qs
    assert "What office does Services Administration hold?" not in qs, qs


def test_a_place_has_its_people_with_no_who() -> None:
    qs = it_questions("La Val Seriana conta circa 140.000 abitanti.")
    assert "Chi conta circa 140.000 abitanti?" not in qs, qs
    qs = en_questions("Tonopah has about 2,500 residents.")
    assert not any(q.startswith("Who ") for q in qs), qs


def test_headless_superlative_takes_the_name_s_kind_when_it_agrees() -> None:
    qs = it_questions("Il Monte Bianco è la più alta d'Europa.")
    assert not any("la monte" in q for q in qs), qs
    qs = it_questions("La ULSS Euganea è la più grande della regione.")
    assert qs.get("Qual è l’ULSS più grande della regione?") == "ULSS Euganea", qs
    qs = it_questions("L'Azienda Zero è la più grande della regione.")
    assert qs.get("Qual è l’azienda più grande della regione?") == "Azienda Zero", qs


def test_figure_on_top_of_another_is_not_asked_in_place() -> None:
    qs = it_questions(
        "La Fondazione ha inoltre chiesto al ministero ulteriori 800.000 euro per digitalizzare "
        "i dischi."
    )
    assert not any("ulteriori quanti" in q for q in qs), qs
    qs = en_questions("Tadesse earned 40,000 euros for the win and a further 20,000 euros.")
    assert not any("further how many" in q for q in qs), qs


def test_name_s_verb_is_no_plural_noun() -> None:
    qs = en_questions(
        "The Great Sea Reef, known in Fijian as Cakaulevu, stretches about 200 kilometres off "
        "the north coast of Vanua Levu."
    )
    assert not any("Reef stretches" in q for q in qs), qs


def test_seat_after_a_participle_phrase() -> None:
    qs = it_questions(
        "L’ASSAM è un ente strumentale della Regione Marche istituito nel 1997, con sede a "
        "Osimo, in provincia di Ancona."
    )
    assert qs.get("Dove ha sede l’ASSAM?") == "Osimo", qs
    qs = it_questions(
        "Azienda Zero è l'ente di governance del servizio sanitario della Regione del Veneto, "
        "istituito nel 2016 e con sede a Padova."
    )
    assert qs.get("Dove ha sede Azienda Zero?") == "Padova", qs


def test_longer_name_that_opens_with_the_entry_is_not_the_entry() -> None:
    text = (
        "Vaccini, parte la campagna\n\nLa campagna antinfluenzale parte lunedì in tutto il "
        "Veneto, dice la Regione.\n\nULSS\n\nLe ULSS (Unità locali socio-sanitarie) sono le "
        "aziende sanitarie territoriali del Veneto. La ULSS 6 Euganea, con circa 930.000 "
        "assistiti nella provincia di Padova, è la più grande della regione.\n"
    )
    deck = generate_deck(text, language="it")
    qs = {c.question: c.answer for c in deck.cards if c.question}
    assert qs.get("Che cosa sono le ULSS?") == "le aziende sanitarie territoriali del Veneto", qs
    assert "Qual è la più grande della regione?" not in qs, qs
    assert not any(a == "la più grande della regione" for a in qs.values()), qs


def test_measure_that_opens_a_description_is_no_subject() -> None:
    qs = en_questions(
        "About 40 miles long and dotted with hundreds of islands, the bay is the largest in Maine."
    )
    assert "How many miles long?" not in qs, qs


def test_plural_relative_is_not_of_a_singular_noun() -> None:
    qs = it_questions(
        "Nelle Marche operano circa 2.400 apicoltori registrati all’anagrafe apistica "
        "nazionale, che gestiscono complessivamente 48.000 alveari."
    )
    assert not any("gestiscono l’anagrafe" in q for q in qs), qs


def test_year_in_a_name_and_a_name_that_goes_on_after_and() -> None:
    qs = en_questions(
        "The population has fallen, according to preliminary results from Census 2027 "
        "published by the Central Statistics Office. The centre is now part of UHI Shetland, "
        "a partner of the University of the Highlands and Islands."
    )
    assert not any("Census what year" in q for q in qs), qs
    assert not any("which university and" in q for q in qs), qs
