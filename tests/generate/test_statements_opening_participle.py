"""An opening participle phrase is said of the subject of the clause after it ('Founded in
Edinburgh in 1838, the club is ...' -> 'The club was founded in Edinburgh in 1838.'), and an
English clause after a name is no apposition of it ('by Thomas Reid, the bridge carries ...')."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_an_opening_participle_is_said_of_the_subject() -> None:
    assert "The bridge was built in 1890 by the engineer Tom Reid." in _said(
        "Built in 1890 by the engineer Tom Reid, the bridge carries 40,000 cars a day.", "en"
    )
    assert "La biblioteca è stata inaugurata nel 2004." in _said(
        "Inaugurata nel 2004, la biblioteca conta 80.000 volumi.", "it"
    )


def test_the_clause_after_an_opening_participle_is_said_alone() -> None:
    assert "The bridge carries 40,000 cars a day." in _said(
        "Built in 1890 by the engineer Tom Reid, the bridge carries 40,000 cars a day.", "en"
    )
    said = _said("Progettato dallo studio Neri, l’edificio poggia su 112 isolatori.", "it")
    assert "L’edificio poggia su 112 isolatori." in said
    # a participle of another gender is not said of the subject; the clause still is
    said = _said("Fondata nel 1904, il museo conta 40 sale.", "it")
    assert said == ["Il museo conta 40 sale."]


def test_a_participle_of_another_gender_or_a_pronoun_subject_is_not_said() -> None:
    assert not any("fondata" in s for s in _said("Fondata nel 1904, il museo conta 40 sale.", "it"))
    assert not any("was founded" in s for s in _said("Founded in 1904, it has 40 rooms.", "en"))


def test_the_opening_place_gets_its_question() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Founded in Dundee in 1851, the Tay Rowing Club is the oldest rowing club in Scotland.\n"
    )
    assert questions_of(text, "en").get("Where was the Tay Rowing Club founded?") == "Dundee"


def test_a_clause_after_a_name_is_no_apposition() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Built in 1890 by the engineer Tom Reid, the bridge carries 40,000 cars a day.\n"
    )
    assert "Who is Tom Reid?" not in questions_of(text, "en")


def test_an_entry_after_its_opening_participle_is_the_subject() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Glenmore Hospital\nGlenmore Hospital is the main hospital in the glens. Opened in"
        " Fort Augustus in the 1970s, it has around 320 beds and a busy maternity unit.\n"
    )
    assert questions_of(text, "en").get("How many beds does Glenmore Hospital have?") == (
        "around 320"
    )
    text = (
        "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
        "Ventomare Energia\nVentomare Energia è una società di Bari. Fondata nel 2012 da un"
        " gruppo di ingegneri, gestisce oggi 7 impianti e impiega 38 dipendenti.\n"
    )
    assert questions_of(text, "it").get("Quanti dipendenti impiega Ventomare Energia?") == "38"


def test_an_adverb_before_the_verb_is_no_part_of_the_subject() -> None:
    said = _said("Founded by the Romans in AD 71, Lindum later became a colony.", "en")
    assert "Lindum was founded by the Romans in AD 71." in said


def test_an_entry_the_sentence_names_with_the_is_asked_with_it() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Tay Rowing Club\nFounded in Dundee in 1851, the Tay Rowing Club is the oldest rowing "
        "club in Scotland.\n"
    )
    qs = questions_of(text, "en")
    assert qs.get("What is the Tay Rowing Club?") == "the oldest rowing club in Scotland", qs


def test_a_state_participle_is_said_in_the_present_of_a_name() -> None:
    text = (
        "A test headline here\n\nPower was restored on Monday.\n\n"
        "Scottish and Southern Electricity Networks\nScottish and Southern Electricity Networks "
        "(SSEN) is the operator of the power network in the north of Scotland. Headquartered in "
        "Perth, it is part of SSE plc.\n"
    )
    qs = questions_of(text, "en")
    assert qs.get("Where is Scottish and Southern Electricity Networks headquartered?") == (
        "Perth"
    ), qs


def test_an_opening_gerund_is_said_of_the_subject_in_its_clause_s_tense() -> None:
    said = _said("Opening the hall on Saturday, the mayor praised the volunteers.", "en")
    assert "The mayor opened the hall on Saturday." in said
    said = _said("Aprendo la sede sabato, il sindaco ha ringraziato i volontari.", "it")
    assert "Il sindaco ha aperto la sede sabato." in said
    # a gerund phrase that holds a clause of its own is not said
    said = _said("Speaking after the jury had returned, the judge thanked them.", "en")
    assert not any(s.startswith("The judge spoke") for s in said)


def test_an_entry_after_its_opening_gerund_is_the_subject_and_measures_no_deed() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Berwick Wall\nThe Berwick Wall is a rampart around the old town. Stretching about 2 "
        "kilometres, it was built in the sixteenth century.\n"
    )
    qs = questions_of(text, "en")
    assert any(q.startswith("How long") and a == "about 2 kilometres" for q, a in qs.items()), qs
    assert not any(q.startswith("Who stretched") for q in qs), qs
