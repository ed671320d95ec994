"""How long a thing lasts, said with 'durare' or 'last' (numbers.lasting): a subject and
'dura', a noun and the participle 'durato', a noun and 'that lasted'; the answer is the whole
duration. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_an_italian_subject_that_lasts_is_asked_how_long() -> None:
    qs = questions("La traversata da Piombino all’isola dura 45 minuti.", "it")
    assert qs["Quanto dura la traversata da Piombino all’isola?"] == "45 minuti"
    qs = questions("Le lezioni durano in media tre ore, contro le due del passato.", "it")
    assert qs["Quanto durano in media le lezioni?"] == "tre ore"


def test_an_italian_noun_with_durato_is_asked_how_long_it_lasted() -> None:
    qs = questions("La giunta ha deciso dopo una riunione durata quasi sei ore.", "it")
    assert qs["Quanto è durata la riunione?"] == "quasi sei ore"
    qs = questions("Lo sciopero, durato 11 giorni, si è chiuso con un accordo.", "it")
    assert qs["Quanto è durato lo sciopero?"] == "11 giorni"


def test_an_english_noun_that_lasted_is_asked_how_long_it_lasted() -> None:
    qs = questions("The board backed the merger after a hearing that lasted almost five hours.")
    assert qs["How long did the hearing last?"] == "almost five hours"
    qs = questions("The count, which lasted 3 days and 2 hours, ended on Friday.")
    assert qs["How long did the count last?"] == "3 days and 2 hours"


def test_an_italian_duration_with_almeno_is_asked_with_its_bound_in_the_answer() -> None:
    qs = questions("Il restauro dell’organo dura almeno otto mesi.", "it")
    assert qs["Quanto dura il restauro dell’organo?"] == "almeno otto mesi"


def test_an_italian_subject_that_lasts_after_a_clause_of_a_list_is_asked() -> None:
    text = (
        "Il regolamento è severo: i cavalli arrivano il giorno prima, la gara dura "
        "almeno 40 minuti e i fantini pesano meno di 60 chili."
    )
    assert questions(text, "it")["Quanto dura la gara?"] == "almeno 40 minuti"
    qs = questions("Secondo il calendario della giunta, i lavori dureranno 18 mesi.", "it")
    assert qs["Quanto dureranno i lavori?"] == "18 mesi"


def test_the_time_a_thing_takes_after_its_start_and_and_is_asked_how_long() -> None:
    qs = questions("Repairs to the pier are due to begin in April and last about eight weeks.")
    assert qs["How long are repairs to the pier due to last?"] == "about eight weeks"
    qs = questions("Excavation is expected to start next summer and take around 18 months.")
    assert qs["How long is excavation expected to take?"] == "around 18 months"
    qs = questions("The roadworks will start on Monday and last three days.")
    assert qs["How long will the roadworks last?"] == "three days"


def test_a_verb_with_an_object_before_and_take_asks_no_time_of_its_subject() -> None:
    qs = questions("The utility will shut the valve in June and take two weeks.")
    assert not any(q.startswith("How long will the utility") for q in qs)


def test_the_time_a_trip_takes_with_servire_is_asked_quanto_tempo() -> None:
    qs = questions("Oggi da Cles a Trento servono circa un’ora e 20 minuti.", "it")
    assert qs["Quanto tempo serve oggi da Cles a Trento?"] == "circa un’ora e 20 minuti"
    qs = questions("Per raggiungere il rifugio serviranno quattro ore.", "it")
    assert qs["Quanto tempo servirà per raggiungere il rifugio?"] == "quattro ore"


def test_an_italian_duration_after_a_linking_adverb_is_asked_without_it() -> None:
    qs = questions("Il cantiere del ponte durerà invece 18 mesi.", "it")
    assert qs["Quanto durerà il cantiere del ponte?"] == "18 mesi"
    qs = questions("La mostra dura complessivamente quattro settimane.", "it")
    assert qs["Quanto dura complessivamente la mostra?"] == "quattro settimane"
