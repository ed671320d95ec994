"""Offices and quotations: the office of a school's head before a
name, a title whose adjective opens the sentence ('Local historian Ann Lee said'), and the
words after a colon of a name set off after an office."""

from __future__ import annotations

from types import ModuleType

from quizlib.generate.document import build_document
from quizlib.generate.extract import quotes, roles
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _cards(body: str, language: str, extractor: ModuleType) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in extractor.extract(doc) if c.question}


def test_the_head_of_a_school_before_a_name() -> None:
    asked = _cards(
        "Harlow Green Academy principal Joanna Pike said the new timetable had worked.",
        "en",
        roles,
    )
    assert asked["Who is the Harlow Green Academy principal?"] == "Joanna Pike"
    asked = _cards(
        "Il preside del liceo Volta, Carlo Ferri, ha spiegato che le lezioni riprenderanno.",
        "it",
        roles,
    )
    assert asked["Chi è il preside del liceo Volta?"] == "Carlo Ferri"


def test_a_title_whose_adjective_opens_the_sentence() -> None:
    asked = _cards(
        "Local historian Tessa Marsh said she missed the old gallery: “It was small, but it "
        "was full of stories.”",
        "en",
        quotes,
    )
    assert asked == {"Who said “It was small, but it was full of stories”?": "Tessa Marsh"}
    asked = _cards(
        "Veteran campaigner Owen Price called the plan “a betrayal of the dale”.", "en", quotes
    )
    assert asked["Who called the plan “a betrayal of the dale”?"] == "Owen Price"
    # An adverb that opens the sentence is no part of a title.
    assert (
        _cards("Finally campaigner Owen Price said it was “a betrayal of the dale”.", "en", quotes)
        == {}
    )


def test_the_words_after_a_colon_of_a_name_set_off_after_an_office() -> None:
    asked = _cards(
        "L’allenatore del Pescara, Marco Valli, ha ammesso: “Abbiamo perso la testa nel "
        "secondo tempo.”",
        "it",
        quotes,
    )
    assert asked == {"Chi ha detto “Abbiamo perso la testa nel secondo tempo”?": "Marco Valli"}
    # What stands between the commas is no name: no speaker.
    assert (
        _cards(
            "Il sindaco, dopo la riunione, ha detto: «La scuola riaprirà a settembre».",
            "it",
            quotes,
        )
        == {}
    )


def test_a_company_office_in_a_reported_clause() -> None:
    # "that | managing director Ann Lee": the office opens the clause, with its noun; the
    # company is the one the article names with its legal form.
    asked = _cards(
        "Harlow Freight Ltd was fined £50,000 on Tuesday. The firm admitted the breach. A "
        "lawyer spoke for it. The hearing lasted a day. He told the court that managing "
        "director Ann Lee had apologised.",
        "en",
        roles,
    )
    assert asked["Who is Harlow Freight Ltd’s managing director?"] == "Ann Lee"
    # Two companies: whose office, out of context?
    asked = _cards(
        "Harlow Freight Ltd and Dover Cargo Ltd were fined. The firms admitted the breach. A "
        "lawyer spoke for them. The hearing lasted a day. He told the court that managing "
        "director Ann Lee had apologised.",
        "en",
        roles,
    )
    assert asked == {"What office does Ann Lee hold?": "managing director"}
    # A barrister named with the letters after the name is no company.
    asked = _cards(
        "Mark Reed QC said the firm was sorry. He said that managing director Ann Lee had "
        "apologised.",
        "en",
        roles,
    )
    assert asked == {"What office does Ann Lee hold?": "managing director"}


def test_a_name_set_off_after_an_office_may_follow_words_that_describe_the_person() -> None:
    asked = _cards(
        "Il presidente del club, l’imprenditore oleario Angelo Sibilla, ha annunciato il "
        "budget. Sibilla ha parlato a lungo.",
        "it",
        roles,
    )
    assert asked["Chi è il presidente del club?"] == "Angelo Sibilla"
    asked = _cards(
        "The dean of Lincoln, the Very Rev Simon Hale, told the audience the organ was ready.",
        "en",
        roles,
    )
    assert asked["Who is the dean of Lincoln?"] == "Simon Hale"
    # A gerund between: the office is someone else's.
    asked = _cards(
        "The chairman, thanking Simon Hale, said the organ was ready. Hale smiled.", "en", roles
    )
    assert not any(answer == "Simon Hale" for answer in asked.values())


def test_a_firms_office_is_not_a_buildings() -> None:
    asked = _cards(
        "The great organ of Harwick Cathedral filled the nave on Thursday. The pipes were "
        "restored in the workshops of Kell & Dune. “It was like a dig,” said Tom Kell, the "
        "firm’s managing director. Kell smiled.",
        "en",
        roles,
    )
    assert not any("Cathedral’s" in q for q in asked)
