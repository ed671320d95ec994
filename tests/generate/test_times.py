"""Times of day: 'At what time ...?' / 'A che ora ...?' of a time alone, of a time before its
date (the date named in the question), of an hour said roughly; the night between two days."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_time_before_its_date_is_asked_with_the_date_named() -> None:
    assert _questions("The museum reopened at 9.30am on Friday 6 June after repairs.", "en") == {
        "When did the museum reopen after repairs?": "9.30am on Friday 6 June",
        "At what time did the museum reopen after repairs on 6 June?": "9.30am",
    }
    assert _questions("The tunnel was closed at 23:15 on March 2, 2024.", "en") == {
        "When was the tunnel closed?": "23:15 on March 2, 2024",
        "At what time was the tunnel closed on March 2, 2024?": "23:15",
    }
    it = "Il ponte è stato riaperto alle 7.30 di lunedì 9 giugno dal sindaco."
    assert _questions(it, "it") == {
        "Quando è stato riaperto il ponte dal sindaco?": "7.30 di lunedì 9 giugno",
        "A che ora è stato riaperto il ponte dal sindaco il 9 giugno?": "7.30",
    }
    it = "La centrale si è fermata alle 4.05 del 3 luglio 2023."
    assert _questions(it, "it") == {
        "Quando si è fermata la centrale?": "4.05 del 3 luglio 2023",
        "A che ora si è fermata la centrale il 3 luglio 2023?": "4.05",
    }


def test_a_time_that_bounds_is_no_time_of_an_event() -> None:
    # "until 8pm on Sunday 4 May": how long, not when; asked as before, no time of its own.
    questions = _questions("The exhibition stays open until 8pm on Sunday 4 May.", "en")
    assert not any(q.startswith("At what time") for q in questions)
    questions = _questions("Il museo resterà aperto fino alle 20 di domenica 4 maggio.", "it")
    assert not any(q.startswith("A che ora") for q in questions)


def test_an_hour_said_roughly() -> None:
    assert _questions("The lifeboat reached the trawler shortly after 5pm.", "en") == {
        "At what time did the lifeboat reach the trawler?": "shortly after 5pm"
    }
    assert _questions("Il pescatore ha avvistato il relitto poco dopo le 6 del mattino.", "it") == {
        "A che ora il pescatore ha avvistato il relitto?": "poco dopo le 6 del mattino"
    }
    assert _questions("La guardia ha chiuso il cancello verso le 8.", "it") == {
        "A che ora la guardia ha chiuso il cancello?": "verso le 8"
    }
    # A count after the same words is no hour.
    assert not find_dates("La squadra ha giocato dopo le 5 partite di coppa.", "it")
    assert not find_dates("Il comune ha deciso prima delle 10 proposte arrivate.", "it")
    assert not find_dates("The council voted after 14 hours of debate.", "en")


def test_the_night_between_two_days() -> None:
    it = "Il vento ha abbattuto nella notte tra sabato 8 e domenica 9 marzo il vecchio faro."
    spans = find_dates(it, "it")
    assert [(s.answer, s.accept) for s in spans] == [
        (
            "nella notte tra sabato 8 e domenica 9 marzo",
            ("tra sabato 8 e domenica 9 marzo", "sabato 8 e domenica 9 marzo"),
        )
    ]
    night = "nella notte tra sabato 8 e domenica 9 marzo"
    assert _questions(it, "it") == {"Quando il vento ha abbattuto il vecchio faro?": night}
    spans = find_dates("La mostra resta aperta dal lunedì 3 al venerdì 7 marzo.", "it")
    assert [s.answer for s in spans] == ["dal lunedì 3 al venerdì 7 marzo"]
    # Without weekdays a bare "tra" stays what it was: no range of days.
    assert [s.answer for s in find_dates("Tra 5 e 6 marzo nevicò.", "it")] == ["6 marzo"]


def test_a_bare_hour_in_italian_when_the_clause_goes_on() -> None:
    assert _questions("La giunta si è riunita alle 17 per approvare il bilancio.", "it") == {
        "A che ora si è riunita la giunta per approvare il bilancio?": "ore 17"
    }
    # A count, a time in words after it, a day after it: no bare hour.
    assert not find_dates("La lista si è aggiunta alle 12 liste già presentate.", "it")
    assert not find_dates("Il corteo è partito alle 17 e 30.", "it")
    assert not find_dates("I casi sono saliti alle 40 di ieri.", "it")


def test_the_end_of_a_span_of_hours_is_no_time_of_an_event() -> None:
    assert not _questions("La strada è rimasta chiusa dalle 9.15 alle 13.45.", "it")
    assert not _questions("Il seggio resterà aperto dalle 7 alle 23.", "it")


def test_an_age_between_commas_after_the_subject() -> None:
    en = "Tom Reyes, 41, reached the summit at 7.15am on Sunday 2 March."
    assert _questions(en, "en") == {
        "When did Tom Reyes reach the summit?": "7.15am on Sunday 2 March",
        "At what time did Tom Reyes reach the summit on 2 March?": "7.15am",
    }
    assert _questions("Anna Ferri, 29, ha vinto il titolo nel 2019.", "it") == {
        "Quando Anna Ferri ha vinto il titolo?": "2019"
    }
