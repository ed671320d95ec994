"""What stands between a clause and its date: a word that makes a year rough ('around 1790',
'intorno al 1790', asked 'when' with the word in the answer), an acronym in brackets after the
subject, a predicate after 'as' ('listed as threatened'), an activity of a bare noun and a
form in -ing ('used for net mending'), and a phrasal verb's participle after a noun, whose
date is the noun's."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

from .helpers import article, en_questions, questions_of

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_rough_year_is_asked_when() -> None:
    qs = _questions("The Gorran bridge was built around 1790 by local masons.", "en")
    assert qs == {"When was the Gorran bridge built by local masons?": "around 1790"}, qs
    qs = _questions("The Gorran chapel was consecrated in about 1790.", "en")
    assert qs == {"When was the Gorran chapel consecrated?": "about 1790"}, qs
    qs = _questions("Il ponte di Gorran fu costruito intorno al 1790.", "it")
    assert qs == {"Quando fu costruito il ponte di Gorran?": "intorno al 1790"}, qs
    qs = _questions("La cappella di Gorran venne consacrata verso il 1790.", "it")
    assert qs == {"Quando venne consacrata la cappella di Gorran?": "verso il 1790"}, qs


def test_rough_count_is_no_year() -> None:
    assert not _questions("The Gorran hall holds about 1500 people.", "en")
    assert not _questions("La sala di Gorran ospita circa 1500 persone.", "it")


def test_acronym_in_brackets_after_the_subject() -> None:
    qs = _questions(
        "In March 2018 the Marine Conservation Society (MCS) surveyed the beach, after years "
        "of complaints.",
        "en",
    )
    assert qs == {"When did the Marine Conservation Society survey the beach?": "March 2018"}, qs
    qs = _questions(
        "Nel marzo 2018 la Lega italiana protezione uccelli (Lipu) ha acquistato la tenuta.", "it"
    )
    assert qs == {
        "Quando la Lega italiana protezione uccelli ha acquistato la tenuta?": "marzo 2018"
    }, qs


def test_predicate_after_as_before_the_date() -> None:
    qs = _questions("The Pentland bat has been listed as threatened since 2011.", "en")
    assert qs == {"Since when has the Pentland bat been listed as threatened?": "2011"}, qs
    qs = _questions(
        "The Pentland bat has been classed as threatened under national law since 2011.", "en"
    )
    assert qs == {
        "Since when has the Pentland bat been classed as threatened under national law?": "2011"
    }, qs


def test_activity_of_a_bare_noun_before_until() -> None:
    qs = _questions("The Gorran quay was used for net mending until 2009.", "en")
    assert qs == {"Until when was the Gorran quay used for net mending?": "2009"}, qs
    assert not _questions("The money comes from a public appeal launching in April.", "en")


def test_phrasal_participle_after_a_noun_owns_the_date() -> None:
    assert not _questions("The Gorran trust grew out of a club set up in 1921.", "en")
    qs = _questions("The Gorran trust was set up in 1921.", "en")
    assert qs == {"When was the Gorran trust set up?": "1921"}, qs


def test_event_noun_of_a_named_thing() -> None:
    qs = _questions(
        "Divers still talk about the sinking of the trawler Sea Lark off Mull in March 2019, "
        "in which four men died.",
        "en",
    )
    assert qs == {"When did the trawler Sea Lark sink?": "March 2019"}, qs
    qs = _questions("Residents still remember the collapse of the Gorran Viaduct in 1879.", "en")
    assert qs == {"When did the Gorran Viaduct collapse?": "1879"}, qs
    qs = _questions(
        "I pescatori ricordano il naufragio del peschereccio Santa Lucia al largo di Capo Noli "
        "nel marzo 2019.",
        "it",
    )
    assert qs == {"Quando è naufragato il peschereccio Santa Lucia?": "marzo 2019"}, qs
    qs = _questions("La mostra celebra la fondazione dell’abbazia di Pomposa nel 1026.", "it")
    assert qs == {"Quando è stata fondata l’abbazia di Pomposa?": "1026"}, qs


def test_event_noun_after_a_present_verb_is_not_the_verbs() -> None:
    assert not _questions("The new plan follows the closure of the harbour road in 2017.", "en")
    assert not _questions("Il nuovo piano segue la chiusura della strada del porto nel 2017.", "it")


def test_past_verb_keeps_the_date_of_an_event_noun() -> None:
    qs = _questions("The council approved the closure of the Shore Road car park in 2017.", "en")
    assert qs == {"When did the council approve the closure of the Shore Road car park?": "2017"}


def test_relative_day_then_its_date_between_commas() -> None:
    qs = _questions("Il consiglio ha approvato ieri, martedì 4 marzo, il bilancio di Gorran.", "it")
    assert qs == {"Quando il consiglio ha approvato il bilancio di Gorran?": "4 marzo"}, qs
    qs = _questions(
        "The Gorran budget was approved yesterday, Tuesday 4 March, after a long debate.", "en"
    )
    assert qs == {"When was the Gorran budget approved after a long debate?": "4 March"}, qs


def test_adjective_in_are_after_a_noun_before_the_subject() -> None:
    qs = _questions(
        "È stato presentato giovedì 13 marzo nella sala consiliare il progetto del nuovo "
        "impianto di Gorran.",
        "it",
    )
    assert qs == {
        "Quando è stato presentato il progetto del nuovo impianto di Gorran?": "13 marzo"
    }, qs
    assert not _questions("Si è deciso il 3 maggio di chiudere il porto di Gorran.", "it")


def test_relative_with_no_comma_before_it() -> None:
    qs = _questions("The trust bought the Gorran mill that employed 1,200 people until 1990.", "en")
    assert qs == {"Until when did the Gorran mill employ 1,200 people?": "1990"}, qs
    qs = _questions("La Regione ha acquistato il Mulino Gorran che ha chiuso nel 1990.", "it")
    assert qs == {"Quando ha chiuso il Mulino Gorran?": "1990"}, qs


def test_that_of_a_verb_opens_no_relative() -> None:
    qs = _questions("Officials said that the Gorran bridge opened in 2019.", "en")
    assert qs == {"When did the Gorran bridge open?": "2019"}, qs


def test_relative_of_an_indefinite_noun_with_no_comma() -> None:
    qs = _questions(
        "Governor Ruth Gorran, a Democrat who took office in January 2023, backed the plan.", "en"
    )
    assert "When did the Democrat take office?" not in qs, qs


def test_part_of_the_day_before_the_date() -> None:
    qs = questions_of(
        f"{_TITLE['it']}\n\nGli arresti, eseguiti all’alba del 12 luglio 2022, avevano "
        "coinvolto due funzionari.",
        "it",
    )
    assert qs.get("Quando sono stati eseguiti gli arresti?") == "12 luglio 2022", qs
    qs = _questions("The Gorran ferry left the harbour at dawn on 3 March.", "en")
    assert qs == {"When did the Gorran ferry leave the harbour?": "3 March"}, qs


def test_set_off_participle_of_a_name_with_a_complement_in_it() -> None:
    qs = _questions(
        "Il comune rientra nel Parco naturale regionale del fiume Gorran, istituito nel 1991.",
        "it",
    )
    assert qs == {"In che anno fu istituito il Parco naturale regionale del fiume Gorran?": "1991"}
    assert not _questions("Il museo espone la statua della dea Gorran, scolpita nel 1491.", "it")


def test_american_abbreviated_months_and_a_range_to_the_thirty_first() -> None:
    qs = en_questions(
        "The road reopened on Aug. 31. The bridge closed on Sept. 5, 2024, after a crash."
    )
    assert qs["When did the road reopen?"] == "Aug. 31"
    assert qs["When did the bridge close?"] == "Sept. 5, 2024"
    qs = en_questions("The river work is allowed only between July 15 and Aug. 31 each year.")
    assert qs["When is the river work allowed each year?"] == "between July 15 and Aug. 31"
    qs = en_questions("The river work is allowed only between July 15 and August 31 each year.")
    assert qs["When is the river work allowed each year?"] == "between July 15 and August 31"


def test_the_day_of_a_date_is_no_count() -> None:
    deck_text = article(
        "The river work is allowed only between July 15 and August 31 each year.", "en"
    )
    deck = generate_deck(deck_text, language="en")
    assert not any(c.cloze and "{{c1::31}}" in c.cloze for c in deck.cards)
