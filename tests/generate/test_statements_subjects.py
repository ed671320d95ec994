"""Statements whose subject is the sentence's own (statements.py): no noun inside a
preposition's phrase made the subject, linking phrases left out rather than moved, and the
tense of a participle's aside said alone."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_an_and_inside_a_reported_subject_joins_no_clauses() -> None:
    said = _said("The trust said 14 doctors from Kenya and the Sudan will arrive in June.", "en")
    assert "The Sudan will arrive in June." not in said
    assert not any(s.startswith("The trust said 14 doctors from Kenya.") for s in said)
    said = _said(
        "Il sindaco ha detto che 14 medici dal Kenya e la Nigeria arriveranno a giugno.", "it"
    )
    assert "La Nigeria arriveranno a giugno." not in said
    # two clauses after the verb of saying are still said apart
    said = _said("The trust said the ward had shut and the clinic reopened in March.", "en")
    assert "The clinic reopened in March." in said


def test_a_relative_after_a_name_inside_the_subject_is_not_said_of_the_name() -> None:
    said = _said("Students from Coleg Menai, who built the robot, said they were proud.", "en")
    assert not any(s.startswith("Coleg Menai") for s in said)
    # after the sentence's verb, the name of a person is what the relative is about
    assert "Mary Quinn has farmed the land for 40 years." in _said(
        "The prize went to Mary Quinn, who has farmed the land for 40 years.", "en"
    )


def test_a_relative_after_a_phrase_with_an_elided_preposition_is_not_said_of_it() -> None:
    said = _said(
        "Gli infermieri dell’Ospedale Civile, che ha aperto nel 1962, hanno assistito 300 malati.",
        "it",
    )
    assert not any("ha aperto nel 1962" in s for s in said)
    assert "Gli infermieri dell’Ospedale Civile hanno assistito 300 malati." in said


def test_a_linking_phrase_is_left_out_not_moved() -> None:
    assert _said("By contrast, 25 libraries have stayed open.", "en") == [
        "25 libraries have stayed open."
    ]
    assert _said("On the other hand, the board approved 12 new posts.", "en") == [
        "The board approved 12 new posts."
    ]
    assert _said("D’altra parte, la giunta ha approvato 12 nuovi posti.", "it") == [
        "La giunta ha approvato 12 nuovi posti."
    ]
    assert _said("Invece, la giunta ha approvato 12 nuovi posti.", "it") == [
        "La giunta ha approvato 12 nuovi posti."
    ]


def test_an_aside_of_what_is_expected_takes_the_tense_of_the_main_clause() -> None:
    said = _said("The barrage, expected to cost £9m, will protect 800 homes.", "en")
    assert "The barrage is expected to cost £9m." in said
    said = _said("The turbines, designed to power 500 homes, will be switched on in May.", "en")
    assert "The turbines are designed to power 500 homes." in said
    # an event stays in the past, and so does an expectation in a past clause
    said = _said("The pier, built in 1869, will close for repairs.", "en")
    assert "The pier was built in 1869." in said
    said = _said("The barrage, expected to cost £9m, protected 800 homes.", "en")
    assert "The barrage was expected to cost £9m." in said
    said = _said("Il molo, previsto per il 2027, costerà 9 milioni di euro.", "it")
    assert "Il molo è previsto per il 2027." in said
    said = _said("Il molo, costruito nel 1869, chiuderà per lavori.", "it")
    assert "Il molo è stato costruito nel 1869." in said


def test_a_gerund_after_the_clause_is_said_of_its_subject_in_its_tense() -> None:
    assert "The ferry carried 310 passengers." in _said(
        "The ferry reached Stornoway at noon, carrying 310 passengers.", "en"
    )
    assert "The gale left 2,500 homes without power." in _said(
        "The gale struck the islands on Sunday, leaving 2,500 homes without power.", "en"
    )
    assert "The canal runs for about 60 kilometres." in _said(
        "The canal is the oldest in the county, running for about 60 kilometres.", "en"
    )
    assert "La squadra ha superato il Mantova di 6 punti." in _said(
        "La squadra ha chiuso il campionato al primo posto, superando il Mantova di 6 punti.", "it"
    )


def test_a_gerund_of_another_subject_or_a_cut_list_gives_no_statement() -> None:
    # the figure before the gerund is what falls, not the clause's subject
    said = _said("The quarry will send 70 lorries a day, falling to 20 after 2028.", "en")
    assert not any("fall" in s for s in said)
    # a verb of saying: the gerund may be the speaker's
    said = _said("The council said the road shut, leaving 40 homes cut off.", "en")
    assert not any(s.startswith("The council left") for s in said)
    # a list cut at its comma
    said = _said("La polizia ha chiuso l’indagine, sequestrando auto, case e due barche.", "it")
    assert not any("ha sequestrato" in s for s in said)


def test_a_clause_after_when_or_after_is_said_on_its_own() -> None:
    assert "Volunteers counted 240 seals on the sandbank." in _said(
        "The colony grew in 2023 when volunteers counted 240 seals on the sandbank.", "en"
    )
    assert "The council bought the mill for £2m." in _said(
        "Work began in 2021 after the council bought the mill for £2m.", "en"
    )
    assert "I volontari hanno contato 240 foche." in _said(
        "La colonia è cresciuta nel 2023 quando i volontari hanno contato 240 foche.", "it"
    )


def test_a_clause_after_when_that_is_a_question_or_a_condition_is_not_said() -> None:
    assert _said("The board has not said when the pool will reopen.", "en") == []
    assert _said("Grants are paid only when the owners repair the roof.", "en") == []
    said = _said("The minister said that when fees were cut, demand rose by 9%.", "en")
    assert "Fees were cut." not in said


def test_an_italian_gerund_of_an_irregular_participle_and_an_aside_after_the_clause() -> None:
    assert "La squadra ha chiuso il primo tempo avanti 30-21." in _said(
        "La squadra è partita forte, chiudendo il primo tempo avanti 30-21, ma ha perso.", "it"
    )
    # a phrase with no verb after the clause is an aside, not a list: the clause stands alone
    assert "I tecnici hanno posato 40 sensori lungo la diga." in _said(
        "Il lavoro è finito nel 2024, quando i tecnici hanno posato 40 sensori lungo la diga, "
        "dalla sponda nord fino alla centrale.",
        "it",
    )


def test_a_gerund_after_a_passive_is_not_said_of_the_subject() -> None:
    said = _said("The mill has been sold to a trust, ending 200 years of weaving.", "en")
    assert not any(s.startswith("The mill ended") for s in said)
    said = _said("Il mulino è stato venduto a una fondazione, chiudendo 200 anni di storia.", "it")
    assert not any(s.startswith("Il mulino ha chiuso") for s in said)


def test_a_gerund_after_is_to_is_said_in_the_future_and_a_past_of_one_form() -> None:
    assert "A Danish firm will bring 300 jobs to Hull." in _said(
        "A Danish firm is to open a cable plant in Hull, bringing 300 jobs to Hull.", "en"
    )
    assert "The gale cut power for 11 days." in _said(
        "The gale damaged the cable, cutting power for 11 days.", "en"
    )


def test_a_count_of_a_part_opens_a_second_clause() -> None:
    said = _said("The storm hit the coast at dawn, and three of the twelve boats sank.", "en")
    assert "Three of the twelve boats sank." in said
    said = _said("The birds flew south in May, and two of the eight chicks died at sea.", "en")
    assert "Two of the eight chicks died at sea." in said
    said = _said("La piena ha colpito la valle, e quattro dei venti ponti sono crollati.", "it")
    assert "Quattro dei venti ponti sono crollati." in said


def test_a_count_alone_or_a_year_after_and_opens_no_clause() -> None:
    said = _said("The firm shed 300 jobs between 2019 and 2024 as prices rose.", "en")
    assert not any(s.startswith("2024") for s in said)
    said = _said("Il lago è pulito e otto telecamere registrano la fauna.", "it")
    assert "Otto telecamere registrano la fauna." not in said


def test_a_group_s_count_is_said_as_a_count_of_people() -> None:
    said = _said("A crowd of 9,200 watched the derby on Saturday.", "en")
    assert "9,200 people watched the derby on Saturday." in said
    said = _said("A record audience of 1,400 has seen the play.", "en")
    assert "1,400 people have seen the play." in said
    said = _said("La partita è stata seguita da una folla di 5.000 tifosi.", "it")
    assert "La partita è stata seguita da 5.000 tifosi." in said


def test_a_group_that_agrees_with_its_verb_or_a_bare_total_is_left_alone() -> None:
    said = _said("Una folla di 5.000 persone ha invaso la piazza.", "it")
    assert not any(s.startswith("5.000 persone") for s in said)
    said = _said("The scheme has run since 2019, a total of 40 in all.", "en")
    assert not any("40 people" in s for s in said)
