"""A date under a condition of the timetable ('If the timetable holds, ...', '..., se il meteo
lo permetterà') is the plan's date: asked of the clause without the condition. A condition on
the event itself keeps the clause unasked, and a date inside the condition is the condition's.
A relative after a verb's complement ('will pay for the stables, which ...') is the
complement's."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

from .helpers import questions_of

_TITLE = {"en": "Title of a test article here", "it": "Titolo di un articolo di prova"}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{text}\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_an_opening_condition_of_the_timetable_leaves_the_clause_asked() -> None:
    qs = _questions("If all goes to plan, the Kelso footbridge will reopen in March 2027.", "en")
    assert qs == {"When will the Kelso footbridge reopen?": "March 2027"}, qs
    qs = _questions("Barring delays, the new ward should open in the autumn of 2026.", "en")
    assert qs == {"When should the new ward open?": "the autumn of 2026"}, qs
    qs = _questions("Se i tempi saranno rispettati, la nuova scuola aprirà a settembre 2027.", "it")
    assert qs == {"Quando aprirà la nuova scuola?": "settembre 2027"}, qs
    qs = _questions("Salvo imprevisti, il cantiere del ponte chiuderà entro il 2028.", "it")
    assert qs == {"Entro quando chiuderà il cantiere del ponte?": "2028"}, qs


def test_a_closing_condition_of_the_timetable_leaves_the_question() -> None:
    qs = _questions("The new ward will open by 2029 if current trends continue.", "en")
    assert qs == {"By when will the new ward open?": "2029"}, qs
    qs = _questions(
        "Il traghetto riprenderà le corse il 4 aprile, se il meteo lo permetterà.", "it"
    )
    assert qs == {"Quando il traghetto riprenderà le corse?": "4 aprile"}, qs


def test_a_condition_on_the_event_or_holding_the_date_asks_nothing() -> None:
    assert not _questions("If the plans are approved, the Kelso library will reopen in 2027.", "en")
    assert not _questions("If the schedule slips to 2027, the ward will stay shut.", "en")
    assert not _questions("Se il progetto sarà approvato, la scuola aprirà nel 2027.", "it")


def test_a_relative_after_a_verb_complement_is_the_complement() -> None:
    text = (
        "The Kelso stables are old. The stables are listed. "
        "The grant will pay for the stables, which have been shored up since 2016."
    )
    qs = _questions(text, "en")
    assert qs["Since when have the stables been shored up?"] == "2016", qs
    text = (
        "The Kelso stables are old. The stables are listed. "
        "The grant went to the stables, which were built in 1802."
    )
    qs = _questions(text, "en")
    assert qs["When were the stables built?"] == "1802", qs


def test_an_age_told_after_the_verb_leaves_the_question() -> None:
    qs = _questions("Angus Cameron died in 2021 aged 87.", "en")
    assert qs == {"When did Angus Cameron die?": "2021"}, qs
    qs = _questions("Angus Cameron retired in 2019 at the age of 64.", "en")
    assert qs == {"When did Angus Cameron retire?": "2019"}, qs
    qs = _questions("Carlo Bianchi è morto nel 2021 a 87 anni.", "it")
    assert qs == {"Quando è morto Carlo Bianchi?": "2021"}, qs


def test_a_clause_after_since_or_after_is_no_event_noun() -> None:
    qs = _questions("Bookings have doubled since the ferry resumed sailings on 3 May.", "en")
    assert "When was the ferry resumed sailings?" not in qs, qs


def test_a_state_since_a_pronoun_event_is_asked_since_its_date() -> None:
    qs = _questions("Kelso Academy has hosted the county orchestra since it opened in 1998.", "en")
    assert qs == {"Since when has Kelso Academy hosted the county orchestra?": "1998"}, qs
    qs = _questions(
        "La scuola Verdi ospita il coro cittadino da quando è stata aperta nel 1998.", "it"
    )
    assert qs == {"Da quando la scuola Verdi ospita il coro cittadino?": "1998"}, qs
    # a tally since then is no state
    qs = _questions("Kelso Academy has trained 400 pupils since it opened in 1998.", "en")
    assert "Since when has Kelso Academy trained 400 pupils?" not in qs, qs


def test_a_date_that_ends_a_relative_is_not_the_main_verbs() -> None:
    text = (
        "Title of a test article here\n\n"
        "The minister thanked the headteacher, who has led the school since 2019.\n"
    )
    qs = questions_of(text, "en")
    assert not any("thank" in q for q in qs), qs
