"""Sentences that stack several complications (an opening range of time with no comma, two
asides after the subject, a trailing piece with no verb, a clause reported with two verb
phrases): the core statement each gets with all of them undone at once, and what it must not
take apart (statements.py, openings.py)."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_a_verb_phrase_after_and_inside_a_reported_clause_is_the_reported_subject_s() -> None:
    said = _said(
        "Tom Pascoe said the bakery had doubled its output since May and had taken on "
        "9 apprentices.",
        "en",
    )
    assert "The bakery had taken on 9 apprentices." in said
    assert not any(s.startswith("Tom Pascoe had") for s in said)
    questions = questions_of(
        "Tom Pascoe said the bakery had doubled its output since May and had taken on "
        "9 apprentices.",
        "en",
    )
    assert not any("Tom Pascoe" in q for q in questions if q.startswith("How many"))
    # a second verb that reports is the reporter's
    said = _said("Tom Pascoe said the bakery was busy and added that 9 apprentices started.", "en")
    assert not any(s.startswith("The bakery added") for s in said)


def test_an_opening_range_of_time_with_no_comma_goes_after_the_clause() -> None:
    assert "The quarry shipped 900 tonnes of slate between March and June." in _said(
        "Between March and June the quarry shipped 900 tonnes of slate.", "en"
    )
    assert (
        "The quarry shipped 900 tonnes of slate between the start of March and the end of June."
        in _said(
            "Between the start of March and the end of June the quarry shipped 900 tonnes of "
            "slate.",
            "en",
        )
    )
    assert "La cava ha spedito 900 tonnellate di ardesia tra marzo e giugno." in _said(
        "Tra marzo e giugno la cava ha spedito 900 tonnellate di ardesia.", "it"
    )
    questions = questions_of(
        "Tra marzo e giugno la cava ha spedito 900 tonnellate di ardesia.", "it"
    )
    assert any(q.startswith("Quante tonnellate di ardesia ha spedito la cava") for q in questions)


def test_asides_a_frame_and_a_trailing_piece_are_undone_together() -> None:
    said = _said(
        "Mara Quiller, head of the Kestle trust, one of two charities in Bodmin, said the "
        "trust had planted 4,000 oaks, many of them from local seed.",
        "en",
    )
    assert "The trust had planted 4,000 oaks." in said
    said = _said(
        "Last winter, the quarry, one of three in the valley, shipped 900 tonnes of slate, "
        "an increase of a third.",
        "en",
    )
    assert "The quarry shipped 900 tonnes of slate last winter." in said
    said = _said(
        "Tra marzo e giugno la cava, una delle tre della valle, ha spedito 900 tonnellate di "
        "ardesia, molte delle quali in Francia.",
        "it",
    )
    assert "La cava ha spedito 900 tonnellate di ardesia tra marzo e giugno." in said


def test_a_list_after_the_verb_keeps_its_items_and_the_frame_goes_after_it() -> None:
    said = _said(
        "Between March and June the quarry shipped 900 tonnes of slate to Truro, Looe and "
        "Fowey, compared with 700 tonnes a year before.",
        "en",
    )
    assert (
        "The quarry shipped 900 tonnes of slate to Truro, Looe and Fowey between March and June."
        in said
    )
    assert not any(s.endswith("to Truro.") or "Truro between" in s for s in said)
    # an item of a list at the end is no aside to cut
    said = _said("The quarry shipped slate to Truro, the port and the station.", "en")
    assert "The quarry shipped slate to Truro." not in said


def test_an_opening_that_points_back_is_left_out_and_a_bare_list_keeps_its_items() -> None:
    said = _said(
        "Da lì i vigili hanno controllato 40 cantieri grazie a sopralluoghi, verifiche e alle "
        "segnalazioni di 12 residenti.",
        "it",
    )
    assert (
        "I vigili hanno controllato 40 cantieri grazie a sopralluoghi, verifiche e alle "
        "segnalazioni di 12 residenti." in said
    )
    assert not any("da lì" in s for s in said)


def test_a_source_s_name_in_full_after_an_attribution_is_left_out() -> None:
    assert "I controlli dureranno 8 mesi." in _said(
        "Secondo il piano dell'ARPAL, l'Agenzia regionale per l'ambiente, la pesca e i parchi, "
        "i controlli dureranno 8 mesi.",
        "it",
    )
    assert "The survey will last 9 months." in _said(
        "According to the NMA, the National Marine Authority, the survey will last 9 months.", "en"
    )
    # a list that is the subject stays whole
    said = _said("Secondo il sindaco, la strada, i ponti e le scuole sono stati riparati.", "it")
    assert not any(s.startswith("I ponti") for s in said)


def test_a_participle_s_aside_after_an_opening_phrase_is_left_out() -> None:
    assert "The council stores 4,000 tonnes of grit at the depot." in _said(
        "At the depot, built in 1962 by the railway, the council stores 4,000 tonnes of grit.", "en"
    )
    assert "I volontari hanno riparato 30 biciclette nel laboratorio." in _said(
        "Nel laboratorio, aperto nel 2019 dalla parrocchia, i volontari hanno riparato 30 "
        "biciclette.",
        "it",
    )


def test_a_piece_about_nearly_all_of_what_is_counted_is_cut() -> None:
    assert "Le assunzioni previste sono 34." in _said(
        "Le assunzioni previste sono 34, quasi tutte tra operai e tecnici.", "it"
    )
    assert "The depot employs 212 drivers." in _said(
        "The depot employs 212 drivers, nearly all from the town.", "en"
    )


def test_the_verb_after_a_relative_aside_is_no_aside() -> None:
    said = _said(
        "To fill the posts, Harlow College, which is based in Essex, plans to open a "
        "20-week welding course in 2027, paid for with a grant from the firm.",
        "en",
    )
    assert not any(s.startswith("Harlow College paid") for s in said)
