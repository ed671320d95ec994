"""A term in small letters set off after the thing it names ('the pressed skins left over after
juicing, known as pomace, ...'): asked as what the thing is known as, in both languages."""

from __future__ import annotations

from .helpers import questions_of


def test_a_term_known_as_after_a_described_thing() -> None:
    qs = questions_of(
        "A test headline\n\nA mill in Ross has begun selling the dried stalks left over after "
        "threshing, known as haulm, to local farms as bedding.\n",
        "en",
    )
    assert qs["What are the dried stalks left over after threshing known as?"] == "haulm"
    qs = questions_of(
        "Titolo di prova\n\nUn frantoio di Andria vende i noccioli frantumati rimasti dopo la "
        "spremitura, noti come nocciolino, alle aziende agricole come combustibile.\n",
        "it",
    )
    assert qs["Come si chiamano i noccioli frantumati rimasti dopo la spremitura?"] == "nocciolino"


def test_a_clause_or_a_name_before_known_as_is_no_term() -> None:
    qs = questions_of(
        "A test headline\n\nThe mill sold the stalks, known as haulm, to farms. The board, known "
        "as the trust, met on Monday.\n",
        "en",
    )
    assert not any(q.startswith("What is the board") for q in qs)
    assert "What are the stalks known as?" not in qs  # a kind alone says nothing


def entry_questions(heading: str, paragraph: str, language: str) -> dict[str, str]:
    body = (
        "Titolo di prova\n\nIl rifugio ha riaperto ieri.\n\n"
        if language == "it"
        else "A test headline\n\nThe ferry sailed on Monday.\n\n"
    )
    return questions_of(f"{body}{heading}\n\n{paragraph}\n", language)


def test_an_entry_sentence_without_its_subject_gives_the_entry_a_nickname() -> None:
    qs = entry_questions(
        "Asiago",
        "Asiago è un comune del Veneto. Si trova a mille metri e, per i suoi pascoli, è spesso "
        "chiamato la «piccola Svizzera».",
        "it",
    )
    assert qs["Qual è il soprannome di Asiago?"] == "piccola Svizzera"
    qs = entry_questions(
        "Lecco",
        "Lecco è un comune della Lombardia. Il suo porto, costruito nel 1820, è chiamato il "
        "«piccolo molo».",
        "it",
    )
    assert "Qual è il soprannome di Lecco?" not in qs


def test_a_nickname_set_off_after_what_the_entry_is() -> None:
    qs = entry_questions(
        "Mallaig",
        'Mallaig is a fishing port in Lochaber on the west coast of Scotland, known as the "Road '
        'to the Isles" because of its ferries to Skye.',
        "en",
    )
    assert qs["What is the nickname of Mallaig?"] == "Road to the Isles"
    assert not any(q.count('"') % 2 for q in qs)  # no question cut inside the quotation
