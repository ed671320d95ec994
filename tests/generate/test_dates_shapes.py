"""Dates in more shapes of the language: a date in figures, a time of day alone, a date in a
subordinate clause, a named event dated by 'of'/'del', an approximate year of an era, a subject
named in apposition, an adverb inside the verb chain."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def _clozes(body: str, language: str) -> list[str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return [c.answer for c in dates.extract(doc) if c.cloze]


def test_a_date_in_figures_after_its_preposition() -> None:
    assert _questions("La fiera del libro si aprirà il 14/09/2027 al Lingotto.", "it") == {
        "Quando si aprirà al Lingotto la fiera del libro?": "14/09/2027"
    }
    assert _questions("Il vecchio sindaco è detenuto dal 5/2/2024.", "it") == {
        "Da quando è detenuto il vecchio sindaco?": "5/2/2024"
    }
    assert _questions("The ferry service resumed on 21/03/2025 after the storm.", "en") == {
        "When did the ferry service resume after the storm?": "21/03/2025"
    }
    # Figures with no preposition may name a thing; their year is no year of its own.
    assert find_dates("La delibera 12/3/2024 è stata impugnata.", "it") == []
    assert [s.answer for s in find_dates("Il bando scade l’8/5/2026.", "it")] == ["8/5/2026"]


def test_a_time_of_day_alone() -> None:
    assert _questions("The last train departed from the station at 11.45pm.", "en") == {
        "At what time did the last train depart from the station?": "11.45pm"
    }
    assert _questions("Il volo da Parigi è atterrato alle 14.30 a Linate.", "it") == {
        "A che ora è atterrato a Linate il volo da Parigi?": "14.30"
    }
    # A price, a count: no time of day.
    assert find_dates("The shares were trading at 2.40 in London.", "en") == []
    assert find_dates("Il titolo è salito alle 18 con un guadagno del 3%.", "it") == []
    # With no question, a time alone is no card either (a habit, not an event).
    assert _clozes("“We heard lorries at 3am every night,” said a neighbour.", "en") == []


def test_an_adverb_inside_the_verb_chain() -> None:
    assert _questions("The old lighthouse was finally restored in 1998.", "en") == {
        "When was the old lighthouse finally restored?": "1998"
    }


def test_a_date_in_a_subordinate_clause() -> None:
    en = "The Nordic Dawn was sailing to Bergen when its steering gear failed on 9 March 2023."
    assert _questions(en, "en") == {
        "When did the Nordic Dawn’s steering gear fail?": "9 March 2023"
    }
    assert _questions("The village grew fast after the Avon railway arrived in 1851.", "en") == {
        "When did the Avon railway arrive?": "1851"
    }
    it = "Il borgo era ancora isolato quando la ferrovia Faentina arrivò nel 1893."
    assert _questions(it, "it") == {"Quando arrivò la ferrovia Faentina?": "1893"}
    # A subject that says nothing out of the article, an owner that could be anyone: no card.
    assert _questions("Many coins were found after the first pits were dug in 1961.", "en") == {}
    assert _questions("He was ten when his family moved to Leeds in 1950.", "en") == {}


def test_a_named_event_dated_by_of() -> None:
    en = "Divers feared a repeat of the Torrey Canyon spill of March 1967 along the coast."
    assert _questions(en, "en") == {"When was the Torrey Canyon spill?": "March 1967"}
    it = "In paese si ricorda ancora l’alluvione del Polesine del novembre 1951."
    assert _questions(it, "it") == {"A quando risale l’alluvione del Polesine?": "novembre 1951"}
    # The date is the noun's, not the verb's; an event with no name says nothing alone.
    assert _questions("Molti ricordano ancora l’alluvione del 1966.", "it") == {}


def test_an_event_still_to_come_is_not_asked_as_past() -> None:
    en = "The cameras could be working before the start of the next school year in September."
    assert not any(q.startswith("When was") for q in _questions(en, "en"))
    it = "Le telecamere saranno attive prima dell’inizio del prossimo anno scolastico a settembre."
    assert not any("risale" in q for q in _questions(it, "it"))


def test_an_approximate_year_of_an_era() -> None:
    spans = find_dates("The fort was rebuilt in stone around AD 140.", "en")
    assert [(s.answer, s.is_year) for s in spans] == [("around AD 140", False)]
    assert _questions("The fort was rebuilt in stone around AD 140.", "en") == {
        "When was the fort rebuilt in stone?": "around AD 140"
    }
    assert _questions("Il tempio fu costruito intorno al 200 a.C. sull’acropoli.", "it") == {
        "Quando fu costruito il tempio sull’acropoli?": "intorno al 200 a.C."
    }
    assert [s.answer for s in find_dates("The wall was begun in AD 122.", "en")] == ["AD 122"]


def test_a_relative_about_what_is_believed() -> None:
    body = (
        "The letter is short. The letter was read by experts. The letter is rare.\n\n"
        "The letter, which is believed to have been sent around AD 98, was found on 2 May 2023."
    )
    assert _questions(body, "en") == {
        "When is the letter believed to have been sent?": "around AD 98",
        "When was the letter found?": "2 May 2023",
    }


def test_a_person_named_after_the_subject() -> None:
    it = "Il direttore della cooperativa, Mario Lenti, 61 anni, è detenuto dal 4/2/2025."
    assert _questions(it, "it") == {"Da quando è detenuto Mario Lenti?": "4/2/2025"}
    en = "The firm's founder, Peter Vance, 58, was arrested on 4 June 2025 at his home."
    assert _questions(en, "en") == {"When was Peter Vance arrested at his home?": "4 June 2025"}


def test_a_part_of_the_day_said_roughly_before_the_date() -> None:
    en = "The bill passed by 40 votes to 12, with one abstention, shortly after midnight on 2 May."
    assert _questions(en, "en") == {
        "When did the bill pass by 40 votes to 12, with one abstention?": "2 May"
    }
    it = "La tregua è entrata in vigore poco dopo la mezzanotte del 3 maggio 2024."
    spans = find_dates(it, "it")
    assert [(s.answer, s.accept[-1]) for s in spans] == [
        ("3 maggio 2024", "poco dopo la mezzanotte del 3 maggio 2024")
    ]
    assert _questions(it, "it") == {"Quando è entrata in vigore la tregua?": "3 maggio 2024"}


def test_a_date_set_as_a_deadline() -> None:
    en = "The agency has set Friday, March 6, as the deadline for public comments."
    assert _questions(en, "en") == {"What is the deadline for public comments?": "March 6"}
    it = "Il Comune ha fissato il 15 ottobre 2026 come scadenza per le iscrizioni agli asili."
    assert _questions(it, "it") == {
        "Qual è la scadenza per le iscrizioni agli asili?": "15 ottobre 2026"
    }


def test_a_weekday_alone_is_the_day_of_the_event() -> None:
    assert _questions("The Harlow council voted on Monday to close the old pier.", "en") == {
        "On what day did the Harlow council vote to close the old pier?": "Monday"
    }
    assert _questions("Il traffico sulla statale è tornato regolare sabato pomeriggio.", "it") == {
        "In che giorno è tornato regolare il traffico sulla statale?": "sabato pomeriggio"
    }
    # A habit, a list of days, a day with its date: no weekday alone.
    assert find_dates("Il museo è chiuso il lunedì.", "it") == []
    assert find_dates("I laboratori si tengono ogni martedì e giovedì.", "it") == []
    assert find_dates("The library opens on Tuesdays and Fridays.", "en") == []
    assert find_dates("Domenica Serra ha vinto la gara.", "it") == []  # a name
    assert [s.answer for s in find_dates("Domenica la piazza era piena.", "it")] == ["Domenica"]
    assert [s.answer for s in find_dates("The pier reopened on Monday, 3 May.", "en")] == ["3 May"]


def test_what_was_said_is_no_part_of_the_date_question() -> None:
    # "ha detto martedì che ...": the question would lose what was said.
    assert _questions("La giunta ha detto martedì che il piano è pronto.", "it") == {}
    # A participle phrase before the date and the clause's verb after it: whose date?
    en = "A survey carried out by the Harlow council on 3 May found no damage."
    assert _questions(en, "en") == {}


def test_a_date_between_the_subject_and_its_verb() -> None:
    assert _questions("The Harlow city council on 3 May approved the new budget.", "en") == {
        "When did the Harlow city council approve the new budget?": "3 May"
    }
    it = "Il consiglio comunale di Lecce il 4 marzo ha approvato il nuovo bilancio."
    assert _questions(it, "it") == {
        "Quando il consiglio comunale di Lecce ha approvato il nuovo bilancio?": "4 marzo"
    }
    # An opening phrase before the date is no subject.
    assert _questions("Nata nel 1946, dal 2018 fa parte del gruppo Ferrovie.", "it") == {}


def test_a_participle_with_its_agent_after_a_noun_is_left_out() -> None:
    it = "La stagione si aprirà il 3 luglio con una nuova Aida firmata dal regista Paolo Neri."
    assert _questions(it, "it") == {"Quando si aprirà la stagione con una nuova Aida?": "3 luglio"}
    en = "The festival will open on 3 July with a new Aida directed by Paolo Neri."
    assert _questions(en, "en") == {"When will the festival open with a new Aida?": "3 July"}
    # The verb's own participle keeps its agent.
    assert _questions("Dal 2013 la pasta di Gragnano è tutelata dal marchio IGP.", "it") == {
        "Da quando è tutelata dal marchio IGP la pasta di Gragnano?": "2013"
    }
