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


def test_a_bare_office_after_a_copula_is_held_since_the_date() -> None:
    qs = _questions("Marco Rossi è sindaco di Pavia dal 2019.", "it")
    assert qs == {"Da quando è sindaco di Pavia Marco Rossi?": "2019"}, qs
    qs = _questions("La biblioteca di Kelso è pienamente operativa dal marzo 2025.", "it")
    assert qs == {"Da quando è pienamente operativa la biblioteca di Kelso?": "marzo 2025"}, qs


def test_a_since_phrase_with_another_end_is_no_state_since() -> None:
    assert not _questions("Marco Rossi fu signore di Pavia dal 1429 alla morte.", "it")
    assert not _questions("Marco Rossi è sindaco di Pavia nel 2019.", "it")


def test_a_phrase_after_the_date_goes_with_the_verb() -> None:
    qs = _questions("The Kelso library reopened on 3 May under new management.", "en")
    assert qs == {"When did the Kelso library reopen under new management?": "3 May"}, qs
    qs = _questions("The Kelso library closed in 2019 before a long refit.", "en")
    assert qs == {"When did the Kelso library close before a long refit?": "2019"}, qs


def test_for_the_first_time_since_asks_the_last_time() -> None:
    qs = _questions("Kelso Rovers won the cup for the first time since 1998.", "en")
    assert qs == {"When did Kelso Rovers last win the cup?": "1998"}, qs
    qs = _questions("The Kelso harbour was dredged for the first time since 2011.", "en")
    assert qs == {"When was the Kelso harbour last dredged?": "2011"}, qs
    qs = _questions("La Juventus ha vinto la coppa per la prima volta dal 1998.", "it")
    assert qs == {"Quando la Juventus ha vinto la coppa l’ultima volta?": "1998"}, qs


def test_the_last_time_of_a_deed_to_come_or_undone_is_not_asked() -> None:
    assert not _questions(
        "The Kelso harbour will be dredged this winter for the first time since 2011.", "en"
    )
    assert not _questions("Trains returned to Kelso for the first time since 1965.", "en")
    qs = _questions("The Kelso harbour was dredged in March for the first time since 2011.", "en")
    assert "2011" not in qs.values(), qs
    assert not _questions("Il porto sarà dragato quest’inverno per la prima volta dal 2011.", "it")


def test_a_deed_for_the_first_time_since_is_no_first_deed() -> None:
    from quizlib.generate.extract import agents

    doc = build_document(
        clean(
            f"{_TITLE['en']}\n\nKelso Rovers won the county cup for the first time since 1998.\n"
        ),
        "en",
    )
    qs = [c.question for c in agents.extract(doc) if c.question]
    assert not any("first time" in q for q in qs), qs


def test_a_bare_noun_subject_after_an_opening_phrase() -> None:
    qs = _questions(
        "According to the council, work on the Kelso bridge will start in September 2026.", "en"
    )
    assert qs == {"When will work on the Kelso bridge start?": "September 2026"}, qs


def test_a_bound_before_the_date_goes_with_it() -> None:
    text = "The Kelso contracts will be honoured until at least March 2027."
    (span,) = find_dates(text, "en")
    assert text[span.start : span.end] == "until at least March 2027"
    assert span.answer == "at least March 2027" and span.prep == "until"
    qs = _questions(text, "en")
    assert qs == {"Until when will the Kelso contracts be honoured?": "at least March 2027"}, qs


def test_a_noun_in_ing_with_its_complement_is_a_subject() -> None:
    qs = _questions("Fishing in the Kelso lough was banned in 2019.", "en")
    assert qs == {"When was fishing in the Kelso lough banned?": "2019"}, qs
    assert not _questions(
        "Speaking at the launch in May 2025, the minister said it would work.", "en"
    )


def test_a_clause_after_a_colon_takes_the_copula_s_subject() -> None:
    qs = _questions(
        "L’Università di Kelso è uno dei più antichi atenei d’Europa: fu istituita nel 1361 "
        "con un diploma dell’imperatore.",
        "it",
    )
    assert qs == {
        "Quando fu istituita l’Università di Kelso con un diploma dell’imperatore?": "1361"
    }, qs


def test_a_clause_of_its_own_after_and_now_is_cut() -> None:
    qs = _questions(
        "The Kelso mill was built in 1820 by a local family and now employs 300 people.", "en"
    )
    assert qs == {"When was the Kelso mill built by a local family?": "1820"}, qs
    qs = _questions(
        "La cartiera di Kelso fu costruita nel 1820 da una famiglia del posto e oggi conta 300 "
        "dipendenti.",
        "it",
    )
    assert qs == {"Quando fu costruita la cartiera di Kelso da una famiglia del posto?": "1820"}, qs


def test_the_sitting_of_a_deed_dates_the_deed() -> None:
    qs = _questions(
        "La giunta di Kelso ha approvato il bilancio nella riunione straordinaria di "
        "lunedì 3 marzo.",
        "it",
    )
    assert qs == {"Quando la giunta di Kelso ha approvato il bilancio?": "3 marzo"}, qs
    qs = _questions(
        "La giunta di Kelso ha approvato nella seduta di lunedì 3 marzo il bilancio.", "it"
    )
    assert qs == {"Quando la giunta di Kelso ha approvato il bilancio?": "3 marzo"}, qs
