"""The place a thing holds in a series, asked where the sentence says it: an edition with the
clause it is the subject of ('Quale edizione del festival si è chiusa sabato?'), a finishing
place ('In quale posizione ha chiuso l’Italia il torneo?'). On small texts of their own."""

from __future__ import annotations

from quizlib.generate.extract import series
from tests.generate.helpers import article_document


def asked(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in series.extract(doc) if c.question}


def test_an_edition_and_the_relative_it_is_the_subject_of() -> None:
    qs = asked(
        "Il premio è andato a un film polacco della 37ª edizione del Trieste Film Festival, "
        "che si è chiusa sabato sera al Politeama Rossetti.",
        "it",
    )
    assert qs == {
        "Quale edizione del Trieste Film Festival si è chiusa sabato sera al Politeama Rossetti?": (
            "37ª"
        )
    }
    qs = asked(
        "Organisers said the 51st edition of the festival, which opens on Friday, had sold "
        "40,000 tickets.",
        "en",
    )
    assert qs == {"Which edition of the festival opens on Friday?": "51st"}


def test_an_edition_that_opens_its_clause() -> None:
    qs = asked(
        "Secondo il comitato, alla 47ª edizione del pellegrinaggio Macerata-Loreto hanno "
        "partecipato circa 92.000 persone, il dato più alto dal 2019.",
        "it",
    )
    assert qs == {
        "A quale edizione del pellegrinaggio Macerata-Loreto hanno partecipato circa 92.000 "
        "persone?": "47ª"
    }
    qs = asked("The 22nd edition of the stage race starts with a prologue at Meerendal.", "en")
    assert qs == {"Which edition of the stage race starts with a prologue at Meerendal?": "22nd"}


def test_an_edition_inside_a_clause_or_the_first_is_not_asked() -> None:
    for text, language in (
        ("Il film ha vinto alla 37ª edizione del festival un premio speciale.", "it"),
        ("La prima edizione del festival si tenne nel 1984 a Trieste.", "it"),
        ("The first edition of the race was held in 2004.", "en"),
    ):
        assert asked(text, language) == {}, text


def test_a_finishing_place() -> None:
    qs = asked(
        "L'Italia ha chiuso al nono posto il torneo open dell'Olimpiade, che si è conclusa "
        "domenica a Tashkent.",
        "it",
    )
    assert qs["In quale posizione ha chiuso l’Italia il torneo open dell’Olimpiade?"] == (
        "nono posto"
    )
    qs = asked("Thabo Ndlovu finished fourth last year, two minutes behind the winner.", "en")
    assert qs == {"In what position did Thabo Ndlovu finish last year?": "fourth"}
    # A time or a score after the place is no part of the question.
    qs = asked("Anna Dahl finished second in 1:26:15, the fastest time at the race.", "en")
    assert qs == {"In what position did Anna Dahl finish?": "second"}


def test_a_finishing_place_needs_a_subject_that_says_who() -> None:
    assert asked("Ha chiuso al nono posto il torneo open.", "it") == {}
    assert asked("She finished fourth last year.", "en") == {}


def test_a_place_in_a_ranking_of_the_person_named_before() -> None:
    qs = asked(
        "Reade beat Tomás Ibarguren in the final. Ibarguren, 27, who is ranked 19th and reached "
        "the fourth round at Wimbledon, served 17 aces.",
        "en",
    )
    assert qs == {"What is Tomás Ibarguren ranked?": "19th"}
    # A ranking after a verb and its object is the object's, or no one's.
    assert asked("Reade, the wildcard, beat a player who is ranked 19th.", "en") == {}
