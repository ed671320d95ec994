"""Shapes of a dated clause the date rules ask about: after a concession ('Despite the rain,
...', 'Nonostante la pioggia, ...': no condition, the clause holds), with a bare noun and its
complement for subject ('Work on the bridge started in ...'), in the present before a month
('The museum opens in May': a month, no modal). A period told by its end ('in the year to March
2026') is one date phrase: no question asks its end as the time of the deed."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.text import clean
from quizlib.generate.verbs import is_present_s_at

_TITLE = {"en": "Title of a test article here", "it": "Titolo di un articolo di prova"}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{text}\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_concession_before_the_clause_leaves_it_asked() -> None:
    qs = _questions("Despite the storm, the Kelso library reopened in 2021.", "en")
    assert qs == {"When did the Kelso library reopen?": "2021"}, qs
    qs = _questions("Although the council objected, the Kelso library reopened in 2021.", "en")
    assert qs == {"When did the Kelso library reopen?": "2021"}, qs
    qs = _questions(
        "Nonostante i ritardi, la giunta ha approvato il bilancio il 12 marzo 2025.", "it"
    )
    assert qs == {"Quando la giunta ha approvato il bilancio?": "12 marzo 2025"}, qs


def test_a_condition_before_the_clause_still_asks_nothing() -> None:
    assert not _questions("If approved, the Kelso library will reopen in 2027.", "en")
    assert not _questions("Se approvato, il piano entrerà in vigore nel 2027.", "it")


def test_a_bare_noun_with_its_complement_is_the_subject() -> None:
    qs = _questions("Repairs to the harbour wall began in October 2025.", "en")
    assert qs == {"When did repairs to the harbour wall begin?": "October 2025"}, qs
    qs = _questions(
        "Work on the Kelso bridge starts in September 2026. The bridge is old. "
        "The bridge carries the main road.",
        "en",
    )
    assert qs == {"When does work on the Kelso bridge start?": "September 2026"}, qs


def test_a_name_of_one_word_is_no_bare_noun() -> None:
    assert not _questions("Tesco opened in 1987.", "en")


def test_a_month_after_a_present_is_no_modal() -> None:
    assert is_present_s_at("The museum opens in May .".split(), 2)
    assert not is_present_s_at("The museum plans in May may change .".split(), 2)
    qs = _questions(
        "The Kelso museum opens in May 2027. The museum holds 300 paintings. "
        "The museum was built in 1890.",
        "en",
    )
    assert qs.get("When does the Kelso museum open?") == "May 2027", qs


def test_a_period_told_by_its_end_is_one_date_phrase() -> None:
    text = "The Harbour Trust handed out 4,200 food parcels in the year to April 2025."
    (span,) = find_dates(text, "en")
    assert text[span.start : span.end] == "in the year to April 2025"
    assert span.period_end and span.answer == "April 2025"
    assert not _questions(text, "en")
    text = "Il Banco alimentare ha distribuito 4.200 pacchi nei dodici mesi fino a marzo 2026."
    (span,) = find_dates(text, "it")
    assert text[span.start : span.end] == "nei dodici mesi fino a marzo 2026"
    assert not _questions(text, "it")
