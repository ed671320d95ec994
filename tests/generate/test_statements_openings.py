"""Opening phrases with no comma moved after their clause, asides between a subject and its
verb left out, and a second verb phrase that shares its subject's auxiliary (statements.py,
openings.py)."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_an_opening_phrase_of_time_with_no_comma_goes_after_its_clause() -> None:
    assert "At least 9 ferries were cancelled during the storm last spring." in _said(
        "Last spring at least 9 ferries were cancelled during the storm.", "en"
    )
    assert "The museum lent 30 paintings to Oslo in the past three years." in _said(
        "In the past three years the museum lent 30 paintings to Oslo.", "en"
    )
    assert "I vigili hanno elevato 212 multe nel 2025." in _said(
        "Nel 2025 i vigili hanno elevato 212 multe.", "it"
    )
    assert "La pro loco ha venduto 4.000 biglietti lo scorso anno." in _said(
        "Lo scorso anno la pro loco ha venduto 4.000 biglietti.", "it"
    )


def test_an_opening_place_or_purpose_phrase_with_no_comma() -> None:
    assert "The hospice cared for 640 patients in Wrexham." in _said(
        "In Wrexham the hospice cared for 640 patients.", "en"
    )
    # the purpose's object ('il servizio') is no subject: the subject is the next phrase
    said = _said("Per potenziare il servizio la Regione ha acquistato 12 ambulanze.", "it")
    assert "La Regione ha acquistato 12 ambulanze." in said
    assert not any(s.startswith("Il servizio") for s in said)


def test_an_opening_phrase_is_not_moved_where_its_end_is_uncertain() -> None:
    # the name after a noun is the noun's ("gli anni Ottanta"), no subject
    assert not any(
        s.startswith("Ottanta")
        for s in _said("Dagli anni Ottanta la ditta produce 300 barche.", "it")
    )
    # a place's name that goes on with a capital is one name
    assert _said("In Telford Jones scored 3 goals.", "en") == []
    # no subject before the verb
    assert _said("Nel 2025 sono stati piantati 900 alberi.", "it") == []


def test_a_phrase_moved_is_not_read_with_a_reported_clause() -> None:
    assert "The board confirmed on Monday that 25 posts would close." in _said(
        "On Monday the board confirmed that 25 posts would close.", "en"
    )
    said = _said("On Monday the board said 25 posts would close.", "en")
    assert "25 posts would close on Monday." not in said
    assert "The board said 25 posts would close on Monday." not in said


def test_asides_between_the_subject_and_its_verb_are_left_out() -> None:
    assert "Kevin Marsh was jailed for six years." in _said(
        "Kevin Marsh, 41, of Penrith, was jailed for six years.", "en"
    )
    assert "La società ha raccolto 9.000 quintali." in _said(
        "La società, guidata da Anna Neri, ha raccolto 9.000 quintali.", "it"
    )
    # an aside that says when goes after the clause
    assert "The old pier was rebuilt for £2 million in 1998." in _said(
        "The old pier, in 1998, was rebuilt for £2 million.", "en"
    )
    assert "Il consorzio ha investito 3 milioni nel 2019." in _said(
        "Il consorzio, nel 2019, ha investito 3 milioni.", "it"
    )


def test_asides_are_kept_when_they_may_be_a_list_or_a_speaker_s() -> None:
    assert not any(
        s.startswith("Ann was") for s in _said("Ann, Tom, Joe and Bea were paid £40 each.", "en")
    )
    said = _said("Lisa Ford, 52, of Hexham, said it would hire 30 staff.", "en")
    assert "Lisa Ford said it would hire 30 staff." not in said


def test_a_second_verb_phrase_shares_the_auxiliary_and_a_past_like_cost() -> None:
    said = _said("The club has sold 3 players and signed 5 others.", "en")
    assert "The club has signed 5 others." in said
    said = _said("La cooperativa ha assunto 12 operai e acquistato 3 trattori.", "it")
    assert "La cooperativa ha acquistato 3 trattori." in said
    said = _said("The new roof kept out the rain and cost £90,000.", "en")
    assert "The new roof cost £90,000." in said
    # "new and used": two adjectives of one noun, no verb
    assert not any("has used" in s for s in _said("The dealer has sold new and used vans.", "en"))


def test_the_fact_of_a_moved_opening_is_asked() -> None:
    text = (
        "A test headline here\n\nThe harbour reopened.\n\n"
        "Last summer about 35 yachts had to anchor outside the harbour.\n"
    )
    asked = questions_of(text, "en")
    assert asked.get("How many yachts had to anchor outside the harbour last summer?") == (
        "about 35"
    )


def _said_after(before: str, text: str, language: str) -> list[str]:
    doc = Document(
        None,
        language,
        (Sentence(before, "paragraph 1", 0, 0), Sentence(text, "paragraph 1", 0, 1)),
        (),
    )
    return [s.text for s in statements(doc) if s.source == text]


def test_a_pronoun_after_an_opening_clause_is_named_from_the_sentence_before() -> None:
    said = _said_after(
        "The lido opened in 1936.", "Before it shut, it drew 80,000 swimmers a year.", "en"
    )
    assert "The lido drew 80,000 swimmers a year." in said
    said = _said_after(
        "Il mulino è stato costruito nel 1870.",
        "Quando è stato chiuso, macinava 300 quintali al giorno.",
        "it",
    )
    assert "Il mulino macinava 300 quintali al giorno." in said
    # the clause has a subject of its own: 'it' may be the plant
    said = _said_after(
        "The firm was founded in 1990.", "When the plant opens, it will employ 40 people.", "en"
    )
    assert not any(s.startswith("The firm will") for s in said)


def test_a_phrase_is_not_moved_into_a_list_after_the_clause() -> None:
    said = _said(
        "Over the winter, the crews cleared 80 drains, two culverts and a weir, up from 50.",
        "en",
    )
    assert not any("over the winter, two culverts" in s for s in said)


def test_a_gerund_after_a_time_of_day_is_said_of_the_subject() -> None:
    said = _said("Ruth Lane won the race, finishing in 2:41:09 ahead of 300 runners.", "en")
    assert "Ruth Lane finished in 2:41:09 ahead of 300 runners." in said


def test_an_opening_phrase_before_a_subject_and_its_aside() -> None:
    assert "The library lent 52,000 books last year." in _said(
        "Last year the library, which reopened in 2019, lent 52,000 books.", "en"
    )
    assert "Il Rovigo è secondo in classifica con 30 punti in campionato." in _said(
        "In campionato il Rovigo, guidato da Paolo Neri, è secondo in classifica con 30 punti.",
        "it",
    )


def test_a_phrase_of_time_is_not_put_after_another() -> None:
    said = _said("Since 2021 the clinic has opened only during the day.", "en")
    assert "The clinic has opened only during the day since 2021." not in said


def test_a_subject_whose_owner_is_unsaid_keeps_its_asides() -> None:
    said = _said(
        "Its quay, shared with the ferry, built in 1901, is the longest pier in Wales.", "en"
    )
    assert "Its quay is the longest pier in Wales." not in said
