"""Questions that read as a person would ask them: an Italian wh-question keeps its subject
before a verb with an object; a count of charges keeps the offence whole; a purpose after a
figure ends the question's tail; a part of a funding is 'quanta parte'; an adverb of the date
goes with the date."""

from __future__ import annotations

import pytest

from quizlib.generate.phrase import italian_heavier_last, italian_takes_object, italian_wh_clause
from quizlib.generate.text import definite_article

from .helpers import questions_of


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "«Il paese cambia», ha detto la sindaca Laura Pini, che guida il comune dal 2016.",
            "Da quando Laura Pini guida il comune?",
        ),
        (
            "Il PalaVerde, che dal 1985 ospita le gare di basket, sarà chiuso in estate.",
            "Da quando il PalaVerde ospita le gare di basket?",
        ),
        (
            "Interviene la Società Autolinee Nord, che dal 2009 gestisce la linea per Bormio.",
            "Da quando la Società Autolinee Nord gestisce la linea per Bormio?",
        ),
    ],
)
def test_an_italian_verb_with_an_object_keeps_its_subject_first(text: str, question: str) -> None:
    qs = questions_of(text, "it")
    assert question in qs, qs


def test_an_italian_verb_without_an_object_goes_first() -> None:
    qs = questions_of("La squadra di Lecco milita in Serie B dal 2012.", "it")
    assert "Da quando milita in Serie B la squadra di Lecco?" in qs, qs
    qs = questions_of("La squadra milita in Serie B dal 2012.", "it")
    assert "Da quando milita la squadra in Serie B?" in qs, qs


@pytest.mark.parametrize(
    ("chain", "rest", "takes"),
    [
        (["guida"], "il liceo", True),
        (["ha", "vinto"], "l’appalto", True),
        (["gestisce"], "Villa Reale", True),
        (["milita"], "in Serie B", False),
        (["è", "stato", "chiuso"], "il ponte", False),
        (["resterà"], "aperta al pubblico", False),
        (["si", "correrà"], "l’anno prossimo", False),
        (["ospita"], "ogni anno la fiera", False),
        (["guida"], "", False),
    ],
)
def test_what_follows_an_italian_verb_is_its_object(
    chain: list[str], rest: str, takes: bool
) -> None:
    assert italian_takes_object(chain, rest) is takes


def test_the_heavier_of_subject_and_complement_goes_last() -> None:
    assert italian_heavier_last("è stato aperto", "il ponte", "al traffico pesante") == (
        "è stato aperto il ponte al traffico pesante"
    )
    assert italian_heavier_last("è stato aperto", "il ponte sul fiume Adda", "al traffico") == (
        "è stato aperto al traffico il ponte sul fiume Adda"
    )
    assert italian_wh_clause(["ospita"], "ospita", "il PalaVerde", "le gare") == (
        "il PalaVerde ospita le gare"
    )


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        (
            "Mark Dunn, 41, of Leeds, had admitted 9 counts of theft by deception at an earlier "
            "hearing.",
            "en",
            "How many counts of theft by deception had Mark Dunn admitted at an earlier hearing?",
        ),
        (
            "The van driver admitted two charges of causing death by dangerous driving.",
            "en",
            "How many charges of causing death by dangerous driving did the van driver admit?",
        ),
        (
            "Mario Rossi ha ammesso 14 capi di imputazione per truffa aggravata davanti al "
            "giudice.",
            "it",
            "Quanti capi di imputazione per truffa aggravata ha ammesso Mario Rossi davanti al "
            "giudice?",
        ),
    ],
)
def test_a_count_of_charges_keeps_the_offence_whole(
    text: str, language: str, question: str
) -> None:
    qs = questions_of(text, language)
    assert question in qs, qs


def test_a_means_after_another_count_stays_with_the_verb() -> None:
    qs = questions_of("The charity has raised 40 tonnes of food by public appeal.", "en")
    assert "How many tonnes of food has the charity raised by public appeal?" in qs, qs


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        (
            "The board said it planned to replace the pumps every five years so that the river "
            "would not flood.",
            "en",
            "How often did the board plan to replace the pumps?",
        ),
        (
            "La Regione ha assunto 40 infermieri in modo da coprire i turni estivi.",
            "it",
            "Quanti infermieri ha assunto la Regione?",
        ),
        (
            "Il Comune ha piantato 300 alberi così che il parco resti ombreggiato.",
            "it",
            "Quanti alberi ha piantato il Comune?",
        ),
    ],
)
def test_a_purpose_ends_the_tail_of_a_count(text: str, language: str, question: str) -> None:
    qs = questions_of(text, language)
    assert question in qs, qs
    assert not any(q.endswith((" so?", " così?", " in modo?")) for q in qs), qs


def test_a_part_of_a_funding_is_asked_as_quanta_parte() -> None:
    qs = questions_of(
        "Il finanziamento arriva per 2 milioni dalla Fondazione Cariplo e per 500.000 euro dal "
        "Comune.",
        "it",
    )
    assert qs.get("Quanta parte del finanziamento arriva dalla Fondazione Cariplo?") == (
        "2 milioni"
    ), qs


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        (
            "Le crepe nel muro, segnalate dai custodi già nel 2019, avevano indebolito la volta.",
            "it",
            "Quando sono state segnalate dai custodi le crepe nel muro?",
        ),
        (
            "La cripta, riaperta al pubblico fin dal 1990, attira migliaia di visitatori.",
            "it",
            "Da quando è stata riaperta la cripta al pubblico?",
        ),
    ],
)
def test_an_adverb_of_the_date_is_left_with_it(text: str, language: str, question: str) -> None:
    qs = questions_of(text, language)
    assert question in qs, qs


@pytest.mark.parametrize(
    ("indefinite", "word", "definite"),
    [
        ("una", "linea", "la"),
        ("un", "argine", "l’"),
        ("un", "hotel", "l’"),
        ("un’", "opera", "l’"),
        ("uno", "stretto", "lo"),
        ("uno", "pneumatico", "lo"),
        ("un", "gnomo", "lo"),
        ("un", "zaino", "lo"),
        ("una", "iena", "la"),
        ("uno", "iato", "lo"),
        ("una", "scuola", "la"),
        ("Un", "piano", "il"),
        ("a", "report", "the"),
        ("an", "office", "the"),
    ],
)
def test_the_definite_article_of_an_indefinite_one(
    indefinite: str, word: str, definite: str
) -> None:
    assert definite_article(indefinite, word) == definite


def test_a_counted_phrase_with_no_verb_is_not_asked() -> None:
    qs = questions_of(
        "Main works on the canal: new towpaths: 6.2 kilometres along the Grand Union.", "en"
    )
    assert not any(q.startswith("How many kilometres") for q in qs), qs
    qs = questions_of("Three small libraries near Harrogate will close in the spring.", "en")
    assert "How many small libraries near Harrogate will close in the spring?" in qs, qs


def test_an_adverbial_after_the_whole_of_a_part_stays_with_the_verb() -> None:
    qs = questions_of(
        "The county is paying £3.1 million of the cost through its flood defence budget.", "en"
    )
    assert "How much of the cost is the county paying through its flood defence budget?" in qs, qs
    qs = questions_of("The council will fund £2m of the repairs to the pier.", "en")
    assert "How much of the repairs to the pier will the council fund?" in qs, qs


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        (
            "La chiesa ospita 40 panche di legno alle quali i fedeli sono legati.",
            "it",
            "Quante panche di legno ospita la chiesa?",
        ),
        (
            "Il processo si è svolto in 18 udienze nelle quali sono stati sentiti 20 testimoni.",
            "it",
            "In quante udienze si è svolto il processo?",
        ),
        (
            "The hall holds 40 wooden benches to which the books are still chained.",
            "en",
            "How many wooden benches does the hall hold?",
        ),
    ],
)
def test_a_relative_after_the_counted_noun_ends_the_tail(
    text: str, language: str, question: str
) -> None:
    qs = questions_of(text, language)
    assert question in qs, qs


def test_a_count_inside_an_infinitive_of_result_is_not_asked_of_the_main_verb() -> None:
    qs = questions_of(
        "In Toscana la colonia degli aironi è cresciuta al punto da superare le 4.000 coppie.",
        "it",
    )
    assert not any(q.startswith("Quante coppie è cresciuta") for q in qs), qs


def test_a_list_item_noun_after_nuovi_is_no_participle() -> None:
    qs = questions_of(
        "Tra le novità del piano:\n\n- 500 nuovi posti in una tribuna coperta;\n"
        "- 300 nuovi alberi piantati lungo il viale;\n- un bar con i trofei del club.",
        "it",
    )
    assert not any(q.startswith("Quanti nuovi sono") for q in qs), qs
    assert "Quanti nuovi alberi sono stati piantati lungo il viale?" in qs, qs


@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        (
            "Visitor numbers were 12% higher than during the same week in 2024.",
            "en",
            "When was the same week?",
        ),
        (
            "Gli arrivi sono saliti del 5% dopo la stessa settimana del 2023.",
            "it",
            "A quando risale la stessa settimana?",
        ),
        (
            "Dr Anna Reid, the museum’s director, said the 2030 reopening would be used to show "
            "the new rooms.",
            "en",
            "When did Dr Anna Reid say the reopening would be used to show the new rooms?",
        ),
        (
            "More than 70% of the seats were sold within a day of the concert being announced in "
            "March.",
            "en",
            "When were more than 70% of the seats sold within a day of the concert being "
            "announced?",
        ),
        (
            "The Scottish Government has set a target of 40,000 new homes a year by 2030.",
            "en",
            "By when has the Scottish Government set a target of 40,000 new homes a year?",
        ),
        (
            "La Regione ha fissato l’obiettivo di 5.000 nuovi alloggi entro il 2030.",
            "it",
            "Entro quando la Regione ha fissato l’obiettivo di 5.000 nuovi alloggi?",
        ),
    ],
)
def test_a_date_that_is_not_the_clause_s_is_not_asked_of_it(
    text: str, language: str, wrong: str
) -> None:
    qs = questions_of(text, language)
    assert wrong not in qs, qs


def test_a_preposition_after_a_figure_is_no_noun_it_counts() -> None:
    qs = questions_of("Attendance at the fair reached 48,200 between May and June.", "en")
    assert not any(q.startswith("How many between") for q in qs)
    qs = questions_of(
        "Le presenze alla fiera hanno toccato quota 48.200 tra maggio e giugno.", "it"
    )
    assert not any(q.startswith(("Quanti tra", "Quante tra")) for q in qs)
    qs = questions_of("Two of the eight chicks died at sea.", "en")
    assert qs["How many of the eight chicks died at sea?"] == "two"
