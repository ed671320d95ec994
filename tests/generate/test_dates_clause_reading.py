"""Dates of a clause read past what the surface hides: a second clause after 'e'/'and' that
opens with a place or a pronoun, an adverb between a copula and its state ('è di nuovo
operativo'), a long name as the subject of a copula, a body of people described by its
members ('a group of scientists and officials set up in 1973'), an English present in -s that
ends its clause ('The museum opens on 1 March'), and the statements of an opening clause that
opens with a weekday and of a clause of place set off after its noun (', dove i cantieri
dovrebbero concludersi nel 2026')."""

from __future__ import annotations

from dataclasses import replace

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.statements import statements
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_second_clause_opened_by_a_place_or_a_pronoun_is_left_out() -> None:
    assert _questions(
        "Il fiore fu classificato nel 1802 dal botanico Luigi Rossi e in Toscana si coglie "
        "in primavera.",
        "it",
    ) == {"Quando fu classificato il fiore dal botanico Luigi Rossi?": "1802"}
    assert _questions(
        "The orchid was classified in 1802 by the botanist Luigi Rossi and it is picked in spring.",
        "en",
    ) == {"When was the orchid classified by the botanist Luigi Rossi?": "1802"}
    assert _questions(
        "The orchid was classified in 1802 by the botanist Luigi Rossi and in Tuscany it is "
        "picked in spring.",
        "en",
    ) == {"When was the orchid classified by the botanist Luigi Rossi?": "1802"}


def test_an_adverb_before_the_state_of_a_copula() -> None:
    assert _questions("La funivia è di nuovo operativa dal 9 maggio.", "it") == {
        "Da quando è di nuovo operativa la funivia?": "9 maggio"
    }
    assert _questions("Gli ascensori sono di nuovo attivi da lunedì 4 marzo.", "it") == {
        "Da quando sono di nuovo attivi gli ascensori?": "4 marzo"
    }


def test_a_long_name_is_the_subject_of_a_predicate_noun() -> None:
    assert _questions(
        "La Riserva naturale di Monte Rufeno e Valle del Paglia è un’area protetta del Lazio "
        "istituita nel 1983.",
        "it",
    ) == {
        "In che anno fu istituita la Riserva naturale di Monte Rufeno e Valle del Paglia?": "1983"
    }
    assert _questions(
        "The Society for the Protection of Hedgehogs and Moles is a charity founded in 1962.", "en"
    ) == {"In what year was the Society for the Protection of Hedgehogs and Moles founded?": "1962"}


def test_a_body_described_by_its_members() -> None:
    assert _questions(
        "The survey was run by the Moorland Advisory Panel, a group of farmers, ecologists and "
        "council staff set up in 1988.",
        "en",
    ) == {"In what year was the Moorland Advisory Panel set up?": "1988"}
    assert _questions(
        "The survey was run by the Moorland Advisory Panel (MAP), a group of farmers and "
        "ecologists set up in 1988.",
        "en",
    ) == {"In what year was the Moorland Advisory Panel (MAP) set up?": "1988"}
    # Members with no body noun before them may be what the participle is of.
    assert (
        _questions(
            "The survey was run by the Moorland Trust, a charity of farmers, ecologists and "
            "council staff trained in 1988.",
            "en",
        )
        == {}
    )


def test_a_present_in_s_that_ends_its_clause() -> None:
    # A timetable's present: the verb has nothing after it but its date.
    assert _questions("The ferry service resumes on 4 April.", "en") == {
        "When does the ferry service resume?": "4 April"
    }
    assert _questions("The public consultation closes on 14 February.", "en") == {
        "When does the public consultation close?": "14 February"
    }


def _stated(body: str, language: str) -> dict[str, str]:
    """The date questions of a sentence and of its statements, as a deck asks them."""
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    found = {c.question: c.answer for c in dates.extract(doc) if c.question}
    for stated in statements(doc):
        part = replace(doc, sentences=(stated,))
        found.update({c.question: c.answer for c in dates.extract(part) if c.question})
    return found


def test_an_opening_clause_that_opens_with_a_weekday() -> None:
    assert _stated(
        "Quando venerdì 7 marzo la diga è stata chiusa per i controlli, il lago era già basso.",
        "it",
    ) == {"Quando è stata chiusa la diga per i controlli?": "7 marzo"}


def test_a_clause_of_place_set_off_after_its_noun() -> None:
    assert _stated(
        "Resta chiuso il tratto orientale, tra Borgo Alto e Vallechiara, dove i lavori "
        "dovrebbero finire nel 2027.",
        "it",
    ) == {"Quando dovrebbero finire i lavori?": "2027"}
    # Without its comma the clause tells which place: no statement of its own.
    assert (
        _stated("Il sindaco ha visitato il quartiere dove i lavori finiranno nel 2027.", "it") == {}
    )


def test_a_described_name_told_the_purpose_it_was_made_for() -> None:
    # The purpose after the date is the described noun's: it was made for it.
    assert _questions(
        "The works were managed by the Gorran Renewal Corporation, a nonprofit created in 2016 "
        "to take over the licences of the dams.",
        "en",
    ) == {"In what year was the Gorran Renewal Corporation created?": "2016"}
    # An Italian participle agrees with the describing noun, the question with the name.
    assert _questions(
        "I lavori sono gestiti dalla Fondazione Gorran, un ente creato nel 2016 per gestire le "
        "dighe.",
        "it",
    ) == {"In che anno fu creata la Fondazione Gorran?": "2016"}
    assert (
        _questions("Il premio è andato al Comitato Gorran, un’associazione fondato nel 1990.", "it")
        == {}
    )


def test_a_date_named_again_by_the_clause_after_it() -> None:
    assert _questions(
        "È il calo più forte dal 2009, quando la crisi del credito fece chiudere tre cantieri.",
        "it",
    ) == {"Quando la crisi del credito fece chiudere tre cantieri?": "2009"}
    assert _questions(
        "It was the driest summer since 1976, when the Gorran reservoir ran dry.", "en"
    ) == {"When did the Gorran reservoir run dry?": "1976"}
    # A clause with no subject of its own, or of a pronoun, is no statement of the date.
    assert _questions("It was the driest summer since 1976, when it rained twice.", "en") == {}


def test_how_far_a_verb_went_is_no_noun_of_an_event() -> None:
    assert _questions("Il fiume arrivò fino alle porte di Gorran nel 1951.", "it") == {
        "Quando il fiume arrivò fino alle porte di Gorran?": "1951"
    }
