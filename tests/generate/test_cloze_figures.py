"""A cloze hides a sentence's figures: a bare number ('through 37 village halls'), the number
of a compound ('a 12,500-seat arena'), a share said in words ('62 per cent'), a range, a vote
and a race time whole; never a label's number, a time of day, a year or a part of a list."""

from __future__ import annotations

import pytest

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import build_document
from quizlib.generate.extract import cloze
from quizlib.generate.rank import MAX_DELETIONS, MAX_FIGURE_DELETIONS, select
from quizlib.generate.text import clean

from .helpers import questions_of
from .test_cloze_deletions import hidden
from .test_cloze_names import _hidden


@pytest.mark.parametrize(
    ("language", "sentence", "figure"),
    [
        ("en", "Volunteers were recruited through 37 village halls across the county.", "37"),
        (
            "en",
            "The club has won approval for a permanent 12,500-seat arena by the river.",
            "12,500",
        ),
        ("en", "The board said the total was well above last season’s total of 3,817.", "3,817"),
        ("en", "The new wing will add a 14-bay assessment unit for ambulance arrivals.", "14"),
        ("it", "Le domande raccolte dal comune nel corso dell’estate erano 1.850.", "1.850"),
        ("it", "Il consorzio ha contato 64 nidi, contro i 41 registrati un anno prima.", "41"),
        (
            "it",
            "Il nuovo impianto da 48 milioni è entrato in funzione dopo undici anni.",
            "48 milioni",
        ),
    ],
)
def test_a_bare_figure_is_hidden(language: str, sentence: str, figure: str) -> None:
    assert figure in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "figure"),
    [
        ("en", "The trial followed older people aged 65 to 85 in two counties.", "65 to 85"),
        ("en", "The vaccine is offered to children between 12 and 15 in the region.", "12 and 15"),
        ("it", "I posti letto di osservazione passano da 22 a 38 nel nuovo reparto.", "22 a 38"),
        ("en", "Doctors say one person in 5 will catch the virus this winter.", "5"),
    ],
)
def test_a_range_is_hidden_whole(language: str, sentence: str, figure: str) -> None:
    assert figure in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        ("en", "The rules are set out in section 12 of the new planning guidance.", "12"),
        ("en", "The last train left shortly after the storm at 10 in the evening.", "10"),
        ("en", "The council meeting ran past 11 p.m. after a long debate on the budget.", "11"),
        ("en", "Pupils in Years 3, 5, 7 and 9 sit the new national reading test.", "5"),
        ("en", "Pupils in Years 3, 5, 7 and 9 sit the new national reading test.", "9"),
        ("en", "The emperor was born in 76 AD in a small town of the province.", "76"),
        ("en", "The park was opened in 1932 by the mayor of the town.", "1932"),
        ("en", "The school in Wexdale will close, said its head, Ann Pike, 61, on Monday.", "61"),
        ("it", "Il primo convoglio è partito in ritardo e l’ultimo poco dopo le 13.", "13"),
        ("it", "La città fu distrutta nel 397 a.C. dall’esercito del tiranno.", "397"),
        ("it", "I quarti di finale si giocheranno tra il 10 e il 17 marzo al palazzetto.", "10"),
        ("it", "Il farmaco è indicato ai pazienti con diabete di tipo 2 da almeno un anno.", "2"),
        ("it", "Una squadra di sei tecnici resterà attiva 24 ore su 24 nel parco.", "24"),
        ("it", "Il fiume ha superato la soglia 3 del piano di emergenza nella notte.", "3"),
    ],
)
def test_no_figure_in_a_label_a_time_a_date_or_a_list(
    language: str, sentence: str, part: str
) -> None:
    assert part not in _hidden(sentence, language)


def test_a_figure_of_a_clock_word_may_be_a_count() -> None:
    """'le' before a time of day ('dopo le 13') is also the article of a count."""
    sentence = "La produzione è scesa a 1.900 tonnellate, contro le 3.200 del 2023."
    assert "3.200" in _hidden(sentence, "it")


@pytest.mark.parametrize(
    ("language", "sentence", "share"),
    [
        (
            "en",
            "The survey found that 62 per cent of tenants had no written contract.",
            "62 per cent",
        ),
        ("en", "The firm says at least 40% of its parts will be made in Wales.", "at least 40%"),
        (
            "it",
            "Secondo i sindacati l’adesione ha raggiunto il 70 per cento in città.",
            "70 per cento",
        ),
    ],
)
def test_a_share_is_hidden_with_its_bound(language: str, sentence: str, share: str) -> None:
    assert share in _hidden(sentence, language)


def test_every_share_of_a_sentence_is_a_deletion() -> None:
    """A sentence with shares and no other measure: each share beside its best span."""
    doc = build_document(
        clean(
            "Title of a test article here\n\nTurnout was 52 per cent in Wexdale, compared "
            "with 61 per cent across the county and 66 per cent in the Harby Cross ward.\n"
        ),
        "en",
    )
    answers = {c.answer for c in cloze.extract(doc)}
    assert {"52 per cent", "61 per cent", "66 per cent"} <= answers


@pytest.mark.parametrize(
    ("language", "sentence", "whole"),
    [
        (
            "en",
            "The plan was approved by seven votes to four after a long debate.",
            "seven votes to four",
        ),
        ("en", "The rise, approved by 21 votes to 15, takes effect in April.", "21 votes to 15"),
        (
            "it",
            "La fusione è stata decisa da poche schede: 141 sì contro 122 no.",
            "141 sì contro 122 no",
        ),
        (
            "en",
            "Dahl finished second in 1:26:15, the best time of a runner from abroad.",
            "1:26:15",
        ),
        (
            "it",
            "Le orange hanno battuto le ceche per 71-64, chiudendo il girone al terzo posto.",
            "71-64",
        ),
    ],
)
def test_a_vote_a_score_or_a_race_time_is_hidden_whole(
    language: str, sentence: str, whole: str
) -> None:
    assert whole in _hidden(sentence, language)


def test_no_score_in_brackets() -> None:
    sentence = "La squadra ha vinto per 3-1 (25-21, 22-25, 25-19, 27-25) al palazzetto."
    assert "25-21" not in _hidden(sentence, "it")


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "Participants came from 41 GP surgeries, many of them in the former mill towns of "
            "Wexdale.",
            "41",
        ),
        (
            "it",
            "Il programma coinvolge 26 ASL, quasi tutte nelle vallate interne del Vallorsano.",
            "26",
        ),
    ],
)
def test_a_figure_is_hidden_beside_a_place(language: str, text: str, figure: str) -> None:
    title = "Titolo di un articolo di prova qui" if language == "it" else "A test headline here"
    notes = hidden(f"{title}\n\n{text}\n", language)
    asked = questions_of(f"{title}\n\n{text}\n", language)
    # hidden in a cloze, or asked by a question ("From how many GP surgeries ...?")
    assert any(figure in note for note in notes) or figure in asked.values()


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "The ward would need at least 60 more nurses to open safely, but only 23 had been "
            "hired by the end of May.",
            "23",
        ),
        (
            "it",
            "Per aprire il nuovo reparto servono almeno 60 infermieri in più, ma finora ne sono "
            "stati assunti soltanto 23.",
            "23",
        ),
    ],
)
def test_a_figure_no_question_asks_gets_a_cloze(language: str, text: str, figure: str) -> None:
    title = "Titolo di un articolo di prova qui" if language == "it" else "A test headline here"
    notes = hidden(f"{title}\n\n{text}\n", language)
    assert any(figure in note for note in notes)


def _cloze(text: str, span: str, score: float, answer_type: str) -> Candidate:
    doc = build_document(text, "en")
    s = doc.sentences[0]
    at = s.text.index(span)
    marked = s.text[:at] + "{{c1::" + span + "}}" + s.text[at + len(span) :]
    return Candidate("cloze", s, score, span, cloze=marked, answer_type=answer_type, topic="")


def test_a_figure_may_be_a_fourth_deletion_a_name_may_not() -> None:
    text = "In 2024 the 112 nests along 38 km of Wexdale beach were up from 74 in Harby."
    spans = [("112", "number"), ("38 km", "number"), ("Wexdale", "thing")]
    found = [_cloze(text, span, 0.6 - i * 0.01, kind) for i, (span, kind) in enumerate(spans)]
    assert MAX_DELETIONS == 3 and MAX_FIGURE_DELETIONS == 4
    (note,) = select([*found, _cloze(text, "Harby", 0.55, "thing")])
    assert "Harby}}" not in (note.cloze or "")
    (note,) = select([*found, _cloze(text, "74", 0.55, "number")])
    assert "{{c4::74}}" in (note.cloze or "")


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        (
            "en",
            "The layer dates from between roughly 1.2 million and 900,000 years ago, they say.",
            "1.2 million",
        ),
        (
            "it",
            "Lo strato risale a un periodo tra circa 1,2 milioni e 900.000 anni fa, dicono.",
            "1,2 milioni",
        ),
    ],
)
def test_no_half_of_a_range(language: str, sentence: str, part: str) -> None:
    assert part not in _hidden(sentence, language)


def test_a_name_given_an_age_outranks_a_name_in_passing() -> None:
    """'Ann Pike, 34, won ...': the sentence tells of her, not of the record's holder."""
    sentence = (
        "In the junior race the runner Ann Pike, 34, won in 1:52:10, two minutes outside the "
        "record set by Mary Dunn."
    )
    doc = build_document(clean(f"A test headline here\n\n{sentence}"), "en")
    text = doc.sentences[0].text
    scores = {text[start:end]: score for score, start, end, _kind in cloze._spans(text, doc)}
    assert scores["Ann Pike"] > scores["Mary Dunn"]


@pytest.mark.parametrize(
    ("language", "sentence", "figure"),
    [
        ("en", "Chasing 214 in their last overs, the visitors needed four runs to win.", "214"),
        ("it", "Sono 412 i casi di epatite individuati dal programma di screening.", "412"),
    ],
)
def test_a_figure_after_the_verb_that_opens_its_sentence(
    language: str, sentence: str, figure: str
) -> None:
    """A capital that opens the sentence makes no name of the figure after it, if a verb."""
    assert figure in _hidden(sentence, language)
