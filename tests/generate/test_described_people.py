"""Who a description set off before a name names, who carried out a study, where a person
was born: the kinds of people-and-place facts read from their shape, in both languages."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents, appositions, roles, seats
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(extractor: object, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in extractor.extract(doc)}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "it",
            "Il coordinatore degli scavi, l’archeologo Piero Sanna, ha mostrato i reperti.",
            "Chi è il coordinatore degli scavi?",
            "Piero Sanna",
        ),
        (
            "it",
            "Piero Sanna ha parlato ieri. La responsabile della comunicazione del museo, Elena "
            "Dossi, ha confermato la data.",
            "Chi è la responsabile della comunicazione del museo?",
            "Elena Dossi",
        ),
        (
            "en",
            "According to Greenpeace’s senior campaigner, Laura Finch, the ban will help.",
            "Who is Greenpeace’s senior campaigner?",
            "Laura Finch",
        ),
        (
            "en",
            "The lead author of the study, the ecologist Tom Reed, said the trend was clear. Reed "
            "has studied otters for years.",
            "Who is the lead author of the study?",
            "Tom Reed",
        ),
    ],
)
def test_a_definite_description_before_a_name_asks_whom_it_names(
    language: str, text: str, question: str, answer: str
) -> None:
    # An office word's description is the roles extractor's ("La responsabile della ...").
    asked = _asked(appositions, text, language) | _asked(roles, text, language)
    assert asked.get(question) == answer


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La responsabile scientifica, la biologa Elena Dossi, ha confermato la data."),
        ("en", "Her coach, Aidan Burke, said she swims forty kilometres a week."),
        ("en", "The mother of two, Jane Moss, said she was relieved."),
        ("it", "Elena Dossi, la figlia del titolare, ha confermato la data."),
    ],
)
def test_a_description_of_no_one_in_particular_asks_no_forward_question(
    language: str, text: str
) -> None:
    """Of what? whose? one of many? set off after the name: the reverse card only."""
    asked = _asked(appositions, text, language)
    assert all(q.startswith(("Chi è Elena", "Who is Aidan", "Who is Jane")) for q in asked)


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "The survey, carried out by the Wildlife Institute, counted 300 otters.",
            "Which institute carried out the survey?",
            "Wildlife Institute",
        ),
        (
            "en",
            "The inquiry was set up by Lord Hale in 2021 after the collapse.",
            "Who set up the inquiry?",
            "Lord Hale",
        ),
        (
            "it",
            "Lo studio, condotto dall’Università di Pavia, ha coinvolto 300 pazienti.",
            "Da quale università è stato condotto lo studio?",
            "Università di Pavia",
        ),
        (
            "it",
            "L’indagine è stata coordinata dalla Procura di Lecco per due anni.",
            "Da quale procura è stata coordinata l’indagine?",
            "Procura di Lecco",
        ),
    ],
)
def test_the_study_an_article_reports_names_who_carried_it_out(
    language: str, text: str, question: str, answer: str
) -> None:
    assert _asked(agents, text, language).get(question) == answer


def test_a_vague_subject_still_asks_nothing() -> None:
    text = "The plan, drawn up by the Treasury, was dropped."
    assert "Who drew up the plan?" not in _asked(agents, text, "en")


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "it",
            "Lucia Ferro ha vinto la gara. Ferro, nata a Ragusa e cresciuta a Noto, ha 24 anni.",
            "Dove è nata Lucia Ferro?",
            "Ragusa",
        ),
        (
            "it",
            "Carlo Bassi (1880-1950) è stato un pittore italiano nato a Cremona nel 1880.",
            "Dove è nato Carlo Bassi?",
            "Cremona",
        ),
        (
            "en",
            "Owen Price, born in Swansea in 1990, won the race.",
            "Where was Owen Price born?",
            "Swansea",
        ),
        (
            "en",
            "Owen Price, who was born in Swansea, moved to Leeds at ten.",
            "Where was Owen Price born?",
            "Swansea",
        ),
        (
            "it",
            "Lucia Ferro, che è nata a Ragusa, vive a Noto.",
            "Dove è nata Lucia Ferro?",
            "Ragusa",
        ),
        (
            "en",
            "Owen Price was born in Swansea and moved to Leeds at ten.",
            "Where was Owen Price born?",
            "Swansea",
        ),
    ],
)
def test_where_a_person_was_born(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(seats, text, language).get(question) == answer


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Anna Neri ha detto che il figlio, nato a Roma, studia a Milano."),
        ("en", "Owen Price said his daughter was born in March."),
        ("en", "Owen Price said his daughter was born in Leeds."),
    ],
)
def test_anothers_birth_is_not_the_persons(language: str, text: str) -> None:
    assert not any("nat" in q or "born" in q for q in _asked(seats, text, language))


def test_an_institution_named_with_its_town() -> None:
    text = (
        "Samples went to the Marine Biology Institute in Plymouth, where they were tested. "
        "Talks at the Science Museum in March failed."
    )
    asked = _asked(seats, text, "en")
    assert asked.get("Where is the Marine Biology Institute?") == "Plymouth"
    assert "Where is the Science Museum?" not in asked


def test_where_a_person_was_born_said_after_the_age() -> None:
    asked = _asked(
        seats,
        "Titolo\n\nIl premio è andato al regista Jakub Wierzbicki. Wierzbicki, 41 anni, nato "
        "a Cracovia, era già stato a Trieste nel 2021.\n",
        "it",
    )
    assert asked["Dove è nato Jakub Wierzbicki?"] == "Cracovia"
