"""Dates once asked wrongly: a relative after a name that
qualifies a noun, a relative inside a complement of the copula's noun, an adverb after a
participle, a plural subject's head, and a copula's predicate that is no title."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_an_agent_after_a_noun_is_not_the_relative_s() -> None:
    # The participle qualifies the noun: the relative may be the noun's, not the agent's.
    assert "Natural Wales" not in " ".join(
        _questions("The mill holds a permit granted by Natural Wales, which ends in 2031.", "en")
    )
    assert "Giotto" not in " ".join(
        _questions("Il museo ha una tavola dipinta da Giotto, che fu restaurata nel 1985.", "it")
    )
    # The main clause's passive: the agent is what the relative is about.
    assert _questions(
        "The permit was granted by Natural Wales, which was set up in 2013.", "en"
    ) == {"When was Natural Wales set up?": "2013"}


def test_a_relative_inside_a_complement_of_the_copula_s_noun() -> None:
    # The relative or participle is the complement's: the subject did not die or move.
    assert _questions("Ugo Neri è il nipote di un pescatore che morì nel 1975.", "it") == {}
    assert _questions("Il Comune Rossi è il custode della torre, restaurata nel 1880.", "it") == {}
    assert _questions("Jane Hill is the daughter of a sailor lost at sea in 1962.", "en") == {}
    assert _questions("The verdict was a relief to tenants who sued in 2021.", "en") == {}
    # A name or a bare mass noun after the preposition takes no relative: still the noun's.
    assert _questions(
        "The Vale Institute is a centre for marine research that opened in 2011.", "en"
    ) == {"When did the Vale Institute open?": "2011"}
    assert _questions("Il Circolo Neri è la squadra di Verona, fondata nel 1921.", "it") == {
        "In che anno fu fondato il Circolo Neri?": "1921"
    }
    # A place says where the noun is: a participle set off after it is the noun's.
    assert _questions("The Old Mill is a museum in the heart of York, opened in 1994.", "en") == {
        "In what year was the Old Mill opened?": "1994"
    }


def test_a_relative_after_a_name_the_apposition_s_noun_is_of() -> None:
    # The name after 'of' is what the closing is about, not the person.
    assert (
        _questions(
            "The prize went to Mary Hart, the curator of the Hull Maritime Museum that was "
            "shut in 2019.",
            "en",
        )
        == {}
    )
    # After a place preposition the name takes no restrictive relative: still the noun's.
    assert (
        _questions(
            "Crews will mend Mill Bridge, the old stone crossing over the River Ouse that has been "
            "shut since 2019.",
            "en",
        )
        != {}
    )


def test_a_plural_subject_is_told_by_its_head() -> None:
    assert _questions(
        "The council met. The scheme for new roads, unveiled in May 2022, was shelved.", "en"
    ) == {"When was the scheme for new roads unveiled?": "May 2022"}
    assert _questions(
        "The council met. The limits for new roads, unveiled in May 2022, were shelved.", "en"
    ) == {"When were the limits for new roads unveiled?": "May 2022"}


def test_an_adverb_is_no_complement_of_a_participle() -> None:
    assert _questions("La riforma Bianchi, varata soltanto nel 2024, divide i sindaci.", "it") == {}
    assert _questions("The Leeds Gallery, rebuilt just in 1999, draws many visitors.", "en") == {}
    assert (
        _questions("The Leeds Gallery, rebuilt recently in 1999, draws many visitors.", "en") == {}
    )
    # A complement of words is still asked with the participle.
    assert _questions(
        "The Leeds Gallery, opened to visitors in 1999, draws many people.", "en"
    ) == {"In what year was the Leeds Gallery opened to visitors?": "1999"}
    assert _questions(
        "La riforma Bianchi, entrata in vigore nel 2024, divide i sindaci.", "it"
    ) == {"In che anno è entrata in vigore la riforma Bianchi?": "2024"}


def test_due_to_a_cause_is_no_aimed_verb() -> None:
    assert _questions("The closure was due to the flood in 2012.", "en") == {}
    assert _questions("The hall is due to reopen to the public in 2028.", "en") == {
        "When is the hall due to reopen to the public?": "2028"
    }


def test_a_person_after_a_copula_is_no_title() -> None:
    assert _questions("The champion of the league was Sam Reed in 2015.", "en") == {}
    assert (
        _questions(
            "La vincitrice del premio fu Laura Conti nel 2016. Laura Conti vive a Bari.", "it"
        )
        == {}
    )
    # A title with its article is still asked.
    assert _questions(
        "Leeds was the European Capital of Sport in 2023. Leeds lies in Yorkshire.", "en"
    ) == {"When was Leeds the European Capital of Sport?": "2023"}
