"""How a count's clause is read up to its figure: a plural subject with an owner ('the
company’s mills'), a complement in 'of' ('the reefs of the lagoon') or an adverb before its verb
('The parks also host'); an Italian present that is a noun as well before its infinitive ('punta
a vendere', 'stima di poter coprire'); a phrase of time between the verb and its count; an
inverted passive whose complement holds an elided article; the subject of a clause after a
semicolon; a population with its kind; a rate after a sum that the sum's complement follows ('120
milioni di euro l’anno di produzione'), no tail of the question."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_plural_subject_with_an_owner_or_a_complement() -> None:
    qs = en_questions("The company's mills employ 3,000 people.")
    assert qs.get("How many people do the company’s mills employ?") == "3,000", qs
    qs = en_questions("The reefs of the lagoon feed 3,000 people.")
    assert qs.get("How many people do the reefs of the lagoon feed?") == "3,000", qs


def test_adverb_between_plural_subject_and_verb() -> None:
    qs = en_questions("The parks also host 40 events.")
    assert qs.get("How many events do the parks host?") == "40", qs
    qs = en_questions("The trams now carry 300 people a day.")
    assert qs.get("How many people do the trams carry a day?") == "300", qs


def test_italian_present_that_is_a_noun_before_its_infinitive() -> None:
    qs = it_questions("La società punta a vendere 12.000 biglietti.")
    assert qs.get("Quanti biglietti punta a vendere la società?") == "12.000", qs
    qs = it_questions("Federfarma Veneto stima di poter coprire almeno 250.000 vaccinazioni.")
    assert qs.get("Quante vaccinazioni stima di poter coprire Federfarma Veneto?") == (
        "almeno 250.000"
    ), qs
    qs = it_questions("Il Comune conta di poter assumere 30 vigili.")
    assert qs.get("Quanti vigili conta di poter assumere il Comune?") == "30", qs


def test_noun_after_its_article_is_no_verb() -> None:
    qs = it_questions("La stima di coprire 200 case è ottimista.")
    assert not any(q.startswith("Quante case stima") for q in qs), qs


def test_time_between_verb_and_count_goes_last() -> None:
    qs = it_questions(
        "I carabinieri forestali hanno sequestrato dall’inizio di ottobre 14 chili di tartufi."
    )
    assert qs.get(
        "Quanti chili di tartufi hanno sequestrato i carabinieri forestali dall’inizio di ottobre?"
    ) == ("14 chili"), qs


def test_inverted_passive_with_an_elided_complement() -> None:
    qs = it_questions(
        "Nei reparti di terapia intensiva della regione sono stati ricoverati per complicanze "
        "dell'influenza 212 pazienti, in gran parte anziani non vaccinati."
    )
    question = (
        "Quanti pazienti sono stati ricoverati per complicanze dell’influenza nei reparti di "
        "terapia intensiva della regione?"
    )
    assert qs.get(question) == "212", qs


def test_count_after_a_semicolon_is_of_the_clause_there() -> None:
    qs = it_questions(
        "La Val Seriana conta circa 140.000 abitanti; Albino, con circa 18.000 residenti, è il "
        "comune più popoloso della valle."
    )
    assert qs.get("Quanti residenti ha Albino?") == "circa 18.000", qs
    assert "Quanti residenti ha la Val Seriana?" not in qs, qs


def test_population_with_its_kind() -> None:
    qs = en_questions(
        "Vinalhaven is an island town in Penobscot Bay, with a year-round population of about "
        "1,200."
    )
    assert qs.get("What is the year-round population of Vinalhaven?") == "about 1,200", qs
    qs = it_questions("Bronte è un comune con una popolazione residente di circa 18.000 abitanti.")
    assert qs.get("Qual è la popolazione residente di Bronte?") == "circa 18.000", qs


def test_rate_then_the_figure_s_complement_is_no_tail() -> None:
    qs = it_questions(
        "Per Coldiretti Basilicata l’invaso vale almeno 120 milioni di euro l’anno di produzione "
        "agricola salvata nelle annate secche."
    )
    assert not any(q.startswith("Quanto vale all’anno l’invaso di") for q in qs), qs
    qs = it_questions("Il Comune spende 2 milioni di euro l’anno per la manutenzione.")
    assert qs.get("Quanto spende all’anno il Comune per la manutenzione?") == "2 milioni di euro"
