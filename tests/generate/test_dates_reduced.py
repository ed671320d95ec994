"""Dates after a noun's participle with a common-noun agent ('plans approved by the city
council late on Monday'), a verb the lexicon does not know before an object's participle ('The
bill copies the law passed in Wales in 2019'), and a month said alone ('in August', 'da
marzo')."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean((_IT if language == "it" else _EN) + text + "\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def _answers(text: str, language: str) -> set[str]:
    doc = build_document(clean((_IT if language == "it" else _EN) + text + "\n"), language)
    return {c.answer for c in dates.extract(doc)}


# A participle after a noun, with its agent a common noun, takes the date: the sentence's verb
# does not ("the lunch will be offered on Monday" is not what the sentence says).


def test_the_participle_of_a_noun_with_a_common_agent_takes_the_date() -> None:
    qs = _questions(
        "Every pensioner in Leeds will get a free bus pass from May under rules passed by "
        "the city council late on Monday.",
        "en",
    )
    assert "Monday" not in qs.values(), qs
    assert qs.get("From when will every pensioner in Leeds get a free bus pass?") == "May", qs
    qs = _questions(
        "Ogni pensionato di Lecce avrà un abbonamento gratuito con le regole approvate dalla "
        "giunta comunale lunedì 3 marzo.",
        "it",
    )
    assert not any("abbonamento" in q for q in qs), qs


def test_late_before_a_date_leaves_the_question() -> None:
    qs = _questions("The Harbour Board met late on Monday.", "en")
    assert not any(q.endswith(" late?") for q in qs), qs


# "copies" is a verb the lexicon may take for a plural noun: the participle after the object
# is no verb of the subject's.


def test_an_unknown_verb_before_an_object_s_participle_is_no_subject() -> None:
    qs = _questions(
        "The bill copies the law passed in Welsh councils in March 2019 by the Senedd.", "en"
    )
    assert not any(q.startswith("When did the bill copies") for q in qs), qs


# A month said alone, after a preposition, is a date.


def test_a_month_alone_is_a_date() -> None:
    qs = _questions("Historic Scotland dropped its formal objection in August.", "en")
    assert qs.get("When did Historic Scotland drop its formal objection?") == "August", qs
    assert "marzo" in _answers("La Pro Loco di Vallebona ha riaperto lo sportello a marzo.", "it")


def test_a_month_alone_is_no_name_or_a_dated_day() -> None:
    assert "March" not in _answers("The Women's March in Leeds drew 3,000 people.", "en")
    assert _answers("The Silver Lake lido reopened on 4 August.", "en") == {"4 August"}


def test_a_month_that_ends_a_range_is_no_date_alone() -> None:
    assert "settembre" not in _answers("Il parco chiude la strada da giugno a settembre.", "it")
    assert "May" not in _answers("The ferry runs twice a day from March to May.", "en")


def test_a_noun_after_a_preposition_is_no_participle_s_subject() -> None:
    qs = _questions(
        "Four of Hull’s 12 pools will shut by the end of June under plans agreed by the "
        "city council’s cabinet on Monday.",
        "en",
    )
    assert not any("end of June" in q or "pools" in q for q in qs), qs


# A report's frame whose subject has an aside still leaves what it reports.


def test_a_report_s_frame_with_an_aside_leaves_the_reported_clause() -> None:
    qs = _questions(
        "The Examiner, the paper that runs the awards, said the shortlist would be published "
        "in 2027.",
        "en",
    )
    assert qs.get("When would the shortlist be published?") == "2027", qs
    qs = _questions(
        "Marco Neri, che guida il consorzio, ha detto che il nuovo molo sarà pronto entro il 2028.",
        "it",
    )
    assert not any("ha detto" in q for q in qs), qs


# "from" a day or a month: when something starts, maybe yet to come ("From when will ...?").


def test_a_weekday_after_from_is_asked_from_when() -> None:
    qs = _questions("Cyclists will be able to use the Tawe bridge again from Saturday.", "en")
    assert qs.get("From when will cyclists be able to use the Tawe bridge again?") == "Saturday"


def test_a_future_from_a_date_is_asked() -> None:
    qs = _questions("Il Museo Civico di Ostuni resterà chiuso dal 3 marzo.", "it")
    assert qs.get("Da quando resterà chiuso il Museo Civico di Ostuni?") == "3 marzo", qs
    qs = _questions("The Kelvin Hall café will open from 3 March.", "en")
    assert qs.get("From when will the Kelvin Hall café open?") == "3 March", qs


def test_a_date_after_a_reported_clause_is_not_asked_of_the_report() -> None:
    qs = _questions(
        "Ms Doyle is cycling for a hospice, and said the total had passed £8,000 by Friday.",
        "en",
    )
    assert not any("say" in q for q in qs), qs
    qs = _questions(
        "The Port Authority (PA) said the quay would be dredged and reopened from June.", "en"
    )
    assert not any("did the Port Authority" in q for q in qs), qs


def test_a_participle_after_and_shares_the_passive_s_be() -> None:
    qs = _questions(
        "The Clyde ferry timetables will be checked weekly and posted at the terminal from 2027.",
        "en",
    )
    assert qs == {"From when will the Clyde ferry timetables be posted at the terminal?": "2027"}


# A statement whose subject the sentence says after a preposition says what the sentence does
# not: its dates are asked of the sentence only.


def _deck_questions(text: str) -> dict[str, str]:
    deck = generate_deck("Title of a test article here\n\n" + text, deck_id="t", language="en")
    return {c.question: c.answer for c in deck.cards if c.question}


def test_a_name_after_a_preposition_is_no_statement_s_subject() -> None:
    qs = _deck_questions(
        "Pupils from Hillhead Academy, who spent three days in 2024 mapping the shore, have "
        "asked to name the seal."
    )
    assert not any(q.startswith("When did Hillhead Academy") for q in qs), qs
    qs = _deck_questions(
        "The board says funding is agreed and that 14 doctors from Ghana and the Philippines "
        "are due to arrive in 2027."
    )
    assert not any(q.startswith("When are the Philippines") for q in qs), qs


def test_a_name_after_a_preposition_later_in_the_sentence_may_be_a_statement_s_subject() -> None:
    qs = _deck_questions(
        "The Tay Rowing Club was founded in 1961 as the successor to the Dundee Boat Club, "
        "which had been set up in 1888 to run regattas on the Tay."
    )
    assert any(q.startswith("When had the Dundee Boat Club been set up") for q in qs), qs


# A present in -s the lexicon takes for a plural noun is the verb when nothing else is.


def test_a_present_in_s_that_the_date_ends_is_asked() -> None:
    qs = _questions("The Kelso trial ends in November, when the council will review it.", "en")
    assert qs.get("When does the Kelso trial end?") == "November", qs
    qs = _questions("The Royal Highland Show opens to the public on 19 June.", "en")
    assert qs.get("When does the Royal Highland Show open to the public?") == "19 June", qs


def test_a_plural_noun_before_a_date_is_no_present() -> None:
    qs = _questions("The Kelso councils in 2019 agreed to merge their depots.", "en")
    assert not any(q.startswith("When does") for q in qs), qs


# An Italian clause that opens with its date, after an opening phrase or not, with a verb of
# opening before its subject: "ha aperto" takes a subject after it as well as an object.


def test_a_verb_of_opening_with_avere_before_its_subject() -> None:
    qs = _questions("Sabato 4 ottobre ha riaperto al pubblico il Museo Civico di Bassano.", "it")
    assert qs.get("Quando ha riaperto il Museo Civico di Bassano?") == "4 ottobre", qs


def test_a_date_first_clause_after_an_opening_phrase() -> None:
    qs = _questions(
        "Dopo due anni di lavori e una spesa di 3,5 milioni, sabato 4 ottobre è stato "
        "inaugurato il nuovo ponte Bailey di Ceva.",
        "it",
    )
    assert qs.get("Quando è stato inaugurato il nuovo ponte Bailey di Ceva?") == "4 ottobre", qs


def test_a_verb_with_avere_and_its_object_after_the_date_is_not_asked() -> None:
    qs = _questions("Martedì 7 ottobre ha presentato al consiglio il bilancio Marco Neri.", "it")
    assert qs == {}, qs


def test_an_acronym_in_brackets_after_an_opening_phrase() -> None:
    qs = _questions(
        "Dopo un anno di lavori, il Teatro Comunale di Bassano (TCB) ha riaperto al pubblico "
        "sabato 4 ottobre 2025 con una nuova sala.",
        "it",
    )
    assert any(q.startswith("Quando il Teatro Comunale di Bassano") for q in qs), qs
    qs = _questions(
        "After a year of works, the Bassett Road Theatre (BRT) reopened to the public on "
        "4 October 2025 with a new hall.",
        "en",
    )
    assert any(q.startswith("When did the Bassett Road Theatre") for q in qs), qs


def test_due_to_be_and_a_participle_is_aimed_at_the_date() -> None:
    qs = _questions("The new Kelso buses are due to be delivered on 7 September.", "en")
    assert qs.get("When are the new Kelso buses due to be delivered?") == "7 September", qs


def test_a_name_before_a_present_in_s() -> None:
    qs = _questions("Kelso Library closes on 26 September, after the summer holidays.", "en")
    assert qs.get("When does Kelso Library close?") == "26 September", qs


# A date that opens the sentence, before a plural subject with no article.


def test_a_leading_date_before_a_bare_plural_subject() -> None:
    qs = _questions("From 1 March 2027, landlords in Kelso will have to register online.", "en")
    assert qs.get("From when will landlords in Kelso have to register online?") == (
        "1 March 2027"
    ), qs
    qs = _questions("Dal 3 marzo 2027, residenti e pendolari potranno parcheggiare gratis.", "it")
    assert qs.get("Da quando residenti e pendolari potranno parcheggiare gratis?") == (
        "3 marzo 2027"
    ), qs


def test_a_bare_plural_after_a_date_inside_the_sentence_is_no_subject() -> None:
    qs = _questions("The park reopened and in 2019 visitors and residents agreed to it.", "en")
    assert not any(q.startswith("When did visitors") for q in qs), qs


# A relative opened by "whose" or "il cui" says the date of the named noun's own noun.


def test_a_date_in_a_whose_relative() -> None:
    qs = _questions(
        "La piazza è chiusa dalla Torre Civica di Pordenone, la cui costruzione iniziò nel "
        "1347 dopo un incendio.",
        "it",
    )
    assert qs.get("Quando iniziò la costruzione della Torre Civica di Pordenone?") == "1347", qs
    qs = _questions(
        "Ann Duff, whose family has run ferries from the pier since 1951, wants a new pier.",
        "en",
    )
    assert qs.get("Since when has the family of Ann Duff run ferries from the pier?") == "1951"


def test_a_whose_relative_after_two_nouns_is_not_asked() -> None:
    qs = _questions(
        "Sono i dati del progetto Alveare, i cui risultati sono stati presentati nel 2024.", "it"
    )
    assert qs == {}, qs


def test_a_date_set_off_by_a_word_of_expectation_is_the_nouns() -> None:
    """', due in 2027' dates the noun before the comma, not the clause's verb: no 'When will
    the ministry publish ..., due?'."""
    en = _questions("The ministry will publish a new plan on water, due in 2027.", "en")
    assert not [q for q in en if "due?" in q or "publish" in q]
    it = _questions("La Regione approverà un nuovo piano per le acque, previsto per il 2027.", "it")
    assert not [q for q in it if "approverà" in q]
    kept = _questions("The museum is due to reopen in 2027.", "en")
    assert kept.get("When is the museum due to reopen?") == "2027"


def test_the_and_of_the_next_clause_stays_out_of_an_italian_question() -> None:
    """'La domanda è stata depositata il 3 marzo e, secondo ...': no 'Quando è stata depositata
    e la domanda?'; the date stays a cloze."""
    text = (
        "La domanda è stata depositata il 3 marzo e, secondo il segretario dell’Autorità, "
        "Paolo Neri, l’istruttoria potrebbe chiudersi in quattro mesi."
    )
    assert not [q for q in _questions(text, "it") if " e la " in q]
    assert "3 marzo" in _answers(text, "it")


def test_a_second_verb_is_not_left_bare_at_the_end_of_an_english_question() -> None:
    """'Work is expected to start in May and finish by the end of 2028': no '... to start in
    May and finish?'; the date stays a cloze."""
    text = "Work is expected to start in May and finish by the end of 2028."
    assert not [q for q in _questions(text, "en") if q.endswith(" and finish?")]
    assert "the end of 2028" in _answers(text, "en")


def test_the_noun_of_an_opening_phrase_is_not_lost_with_its_preposition() -> None:
    """'Rispetto al progetto iniziale, approvato nel 2022, ...': no 'In che anno fu approvato
    rispetto al progetto iniziale?' (a question with no subject); the year stays a cloze."""
    text = "Rispetto al piano iniziale, approvato nel 2021, la spesa è cresciuta del 12%."
    assert not [q for q in _questions(text, "it") if "rispetto al" in q]
    assert "2021" in _answers(text, "it")


def test_a_participle_after_the_subject_before_the_main_verb() -> None:
    # "The Orsini report published in May 2021 | found ...": the participle is the subject's,
    # the main verb comes after the date; asked of the named subject as the Italian is.
    assert _questions("The Orsini report published in May 2021 found serious failings.", "en") == {
        "When was the Orsini report published?": "May 2021"
    }
    assert _questions(
        "Il rapporto Orsini pubblicato nel maggio 2021 ha trovato gravi carenze.", "it"
    ) == {"Quando fu pubblicato il rapporto Orsini?": "maggio 2021"}
    # Which report, out of the article? Not asked.
    assert _questions("The report published in May 2021 found serious failings.", "en") == {}
    assert _questions("A report published in May 2021 found serious failings.", "en") == {}
