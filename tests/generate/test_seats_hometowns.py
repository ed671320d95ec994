"""Where a person is from or grew up ('Anna Reid, 34, from Nairn', 'who grew up in Brora',
'Chiara Neri, 24 anni, di Rieti', 'cresciuta a Rieti'), and where a body is based at ('is based
at the Penryn Campus')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import seats
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in seats.extract(doc) if c.question}


def test_a_name_with_an_age_and_a_town_says_where_the_person_is_from() -> None:
    text = "Shona Baird, 46, from Golspie, said the road had been shut for a week."
    assert _answers(text, "en").get("Where is Shona Baird from?") == "Golspie"


def test_an_age_before_the_name_lets_from_follow_it() -> None:
    text = "The first passenger, 63-year-old retired nurse Moira Tait from Brora, paid £20."
    assert _answers(text, "en").get("Where is Moira Tait from?") == "Brora"


def test_a_name_from_a_body_is_not_asked_where_from() -> None:
    text = (
        "Moira Tait from Oxfam said the figures were worrying. Ian Ross, 52, of Leeds "
        "University, agreed."
    )
    answers = _answers(text, "en")
    assert not any("from?" in q for q in answers), answers


def test_an_italian_name_with_an_age_and_a_town() -> None:
    text = "Ha vinto la coppia formata da Giulia Sarti, 27 anni, di Terni, e da Marta Neri."
    assert _answers(text, "it").get("Di dove è Giulia Sarti?") == "Terni"


def test_who_grew_up_in_says_where() -> None:
    text = (
        "The captain, David Munro, scored twice. Munro, a plumber who grew up in Tain, was "
        "named man of the match."
    )
    assert _answers(text, "en").get("Where did David Munro grow up?") == "Tain"


def test_cresciuta_a_says_where() -> None:
    text = "Ha segnato Lucia Ferri, cresciuta a Foligno, al suo primo anno in serie A."
    assert _answers(text, "it").get("Dove è cresciuta Lucia Ferri?") == "Foligno"


def test_based_at_a_place() -> None:
    text = "The Falmouth School of Navigation is based at the Penryn Campus near Falmouth."
    answers = _answers(text, "en")
    assert answers.get("Where is the Falmouth School of Navigation based?") == "Penryn Campus", (
        answers
    )


def test_a_thing_to_be_built_in_a_hamlet_is_asked_which_hamlet() -> None:
    text = (
        "Il nuovo magazzino sorgerà su un terreno di due ettari nella frazione di Colle Alto, "
        "vicino alla statale. Il nuovo magazzino costerà 4 milioni. Il nuovo magazzino aprirà "
        "nel 2027."
    )
    answers = _answers(text, "it")
    assert answers.get("In quale frazione sorgerà il nuovo magazzino?") == "Colle Alto", answers


def test_a_place_set_off_after_the_subject_says_its_municipality() -> None:
    text = "Le grotte di Frasso, nel comune di Sant’Elia, sono aperte da aprile a ottobre."
    answers = _answers(text, "it")
    assert answers.get("In quale comune si trovano le grotte di Frasso?") == "Sant’Elia", answers


def test_a_thing_situated_in_a_municipality() -> None:
    text = "Il lago di Vico è un lago vulcanico del Lazio situato nel comune di Caprarola."
    answers = _answers(text, "it")
    assert answers.get("In quale comune si trova il lago di Vico?") == "Caprarola", answers


def test_an_aside_that_does_not_close_is_not_read_as_the_subjects_place() -> None:
    text = "Il sindaco ha parlato ieri, nel comune di Caprarola davanti ai cittadini."
    assert not any(q.startswith("In quale") for q in _answers(text, "it"))


def test_where_a_thing_will_rise() -> None:
    text = (
        "Il nuovo palazzetto sorgerà a Ponsacco, vicino alla stazione. Il nuovo palazzetto "
        "costerà 9 milioni. Il nuovo palazzetto avrà 3.000 posti."
    )
    answers = _answers(text, "it")
    assert answers.get("Dove sorgerà il nuovo palazzetto?") == "Ponsacco", answers


def test_where_a_thing_is_situated() -> None:
    text = "The Holloway Observatory is situated in Crieff, on the edge of the Highlands."
    answers = _answers(text, "en")
    assert answers.get("Where is the Holloway Observatory situated?") == "Crieff", answers


def test_a_football_club_is_no_hometown() -> None:
    text = "Ian Ross, 52, of Leeds United, said the club would appeal."
    assert not any(q.startswith("Where is") for q in _answers(text, "en"))


def test_a_person_set_off_with_a_municipality_is_not_asked_where_he_stands() -> None:
    text = "Il sindaco Mario Rossi, nel comune di Cascina, ha detto che la festa si farà."
    assert not any(q.startswith("In quale") for q in _answers(text, "it"))
