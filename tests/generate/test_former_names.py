"""What a place or a body was called before, with the time its name ended or a word of the
past ('until 1987', 'formerly'); a name said without either is a nickname, not asked here."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import former_names
from quizlib.generate.text import clean
from tests.generate.helpers import article_document


def asked(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in former_names.extract(doc) if c.question}


def entry_asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in former_names.extract(doc) if c.question}


def test_a_name_known_until_a_year() -> None:
    qs = entry_asked(
        "Title of a test article here\n\nThe town grew.\n\nIqaluit\nIqaluit is the capital of "
        "Nunavut. The town was known as Frobisher Bay until 1987, when it took its Inuktitut "
        "name.\n",
        "en",
    )
    assert qs == {"What was Iqaluit known as until 1987?": "Frobisher Bay"}
    qs = entry_asked(
        "Title of a test article here\n\nThe fund paid.\n\nHeritage Fund\nThe Heritage Fund is "
        "a funder of heritage. It was set up in 1994, and until 2019 was known as the "
        "Heritage Lottery Fund.\n",
        "en",
    )
    assert qs == {"What was the Heritage Fund known as until 2019?": "the Heritage Lottery Fund"}


def test_an_italian_name_until_a_year_in_an_entry() -> None:
    qs = entry_asked(
        "Titolo di un articolo di prova\n\nIl borgo è cresciuto.\n\nUmbertide\nUmbertide è un "
        "comune della provincia di Perugia. Fino al 1863 si chiamava Fratta; il nome attuale "
        "fu adottato nel 1863.\n",
        "it",
    )
    assert qs == {"Come si chiamava Umbertide fino al 1863?": "Fratta"}


def test_a_former_name_set_off_after_the_present_one() -> None:
    qs = asked(
        "RNID, formerly the Royal National Institute for Deaf People, is a British charity.", "en"
    )
    assert qs == {
        "What was RNID formerly known as?": "the Royal National Institute for Deaf People"
    }


def test_a_name_without_a_time_or_a_word_of_the_past_is_a_nickname() -> None:
    assert asked("The smuggler was known as the Ghost in every port.", "en") == {}
    assert asked("Il cane si chiamava Bobi e viveva a Roma.", "it") == {}
    # Without the entry, a clause with no subject says whose name it was to no one.
    assert asked("Il borgo è cresciuto. Fino al 1863 si chiamava Fratta.", "it") == {}


def test_a_former_name_inside_a_sentence_keeps_the_article_of_the_present_one() -> None:
    qs = asked(
        "The plant is run by the Mining Remediation Authority, formerly the Coal Authority, and "
        "treats water.",
        "en",
    )
    assert qs == {
        "What was the Mining Remediation Authority formerly known as?": "the Coal Authority"
    }
