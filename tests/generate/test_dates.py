"""Dates: ranges, complements, appositions, scheduled events, coordinated verbs, and the
date questions that must not be asked."""

from __future__ import annotations

from quizlib.generate.blocks import is_caption, is_furniture, read_layout
from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.text import clean

IT = """Titolo di un articolo di prova

La società Rossi Meccanica, storica officina di Brescia fondata nel 1931, ha annunciato \
giovedì 6 marzo 2025 l’acquisto della tedesca Weber Werke per 1,4 miliardi di euro. \
L’operazione dovrà essere approvata dall’assemblea straordinaria dei soci convocata per il \
14 aprile 2025. Il piano sarà presentato agli analisti dal 3 al 5 giugno, con una serie di \
incontri. Il museo, riportato alla luce nel 1907, è chiuso.

Trattato di Maastricht

Il Trattato di Maastricht è un trattato dell’Unione Europea. Entrò in vigore il 1º novembre \
1993.

Agenzia Spaziale Italiana

L’Agenzia Spaziale Italiana è un ente pubblico. L’agenzia ha sviluppato la costellazione \
COSMO-SkyMed, il cui primo satellite fu lanciato nel 2007. Vi lavorò Mario Rossi dal 1990 \
al 1999.
"""

EN = """Title of a test article here

Founded in 1987 in Utrecht, Veldkamp is listed in Amsterdam. The vote is scheduled for May 3, \
2026. Officials expect deliveries from June 2 to June 20. Acme will build a plant in Lyon, in \
the largest investment in the region since 2019.

Kampala

Kampala is the capital and largest city of Uganda. It was founded in 1890 as a trading post \
on the lake and became the capital of the protectorate in 1962. The city hosted the summit \
from 1971 to 1979.

Energy Charter

The Energy Charter is a treaty that entered into force on 16 April 1998.
"""


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_ranges_are_one_span_with_their_preposition() -> None:
    spans = find_dates("Vi insegnò dal 1592 al 1610, e vi morì nel 1642.", "it")
    assert [(s.answer, s.is_range) for s in spans] == [
        ("dal 1592 al 1610", True),
        ("1642", False),
    ]
    en = find_dates("Deliveries run from June 2 to June 20, and between 1806 and 1918.", "en")
    assert [(s.answer, s.is_range) for s in en] == [
        ("from June 2 to June 20", True),
        ("between 1806 and 1918", True),
    ]


def test_italian_dates_of_appositions_schedules_ranges_and_complements() -> None:
    qs = _questions(IT, "it")
    assert qs["In che anno fu fondata la società Rossi Meccanica?"] == "1931"
    assert qs[
        "Quando la società Rossi Meccanica ha annunciato l’acquisto della tedesca Weber Werke "
        "per 1,4 miliardi di euro?"
    ] == ("6 marzo 2025")
    assert qs["Per quando è convocata l’assemblea straordinaria dei soci?"] == "14 aprile 2025"
    assert qs["Quando sarà presentato il piano agli analisti?"] == "dal 3 al 5 giugno"
    assert qs["Quando entrò in vigore il Trattato di Maastricht?"] == "1º novembre 1993"
    answers = set(qs.values())
    # The satellite's launch is not the agency's, but the satellite's own; "vi" needs the
    # entry to make sense; a verb's complement ("riportato alla luce") is no event.
    assert [q for q, a in qs.items() if a == "2007"] == [
        "Quando fu lanciato il primo satellite della costellazione COSMO-SkyMed?"
    ]
    assert "dal 1990 al 1999" not in answers
    assert "1907" not in answers


def test_english_dates_of_participles_schedules_and_coordinated_verbs() -> None:
    qs = _questions(EN, "en")
    assert qs["In what year was Veldkamp founded?"] == "1987"
    assert qs["When is the vote scheduled for?"] == "May 3, 2026"
    assert qs["When was Kampala founded?"] == "1890"
    assert qs["When did Kampala become the capital of the protectorate?"] == "1962"
    assert qs["When did the Energy Charter enter into force?"] == "16 April 1998"
    # "since 2019" belongs to "the largest investment"; a pronoun subject says nothing alone.
    assert "2019" not in qs.values()
    assert not [q for q in qs if q.startswith("Since when")]


def test_captions_credits_and_datelines_are_furniture() -> None:
    assert is_caption("A nurse checks a patient in the clinic of Mbale.")
    assert is_caption("Workers at the plant in Lyon. Photo: Acme")
    assert not is_caption("Il secondo vertice a Roma è stato cancellato.")
    for line in (
        "© 2025 Daily Ledger. All rights reserved.",
        "Reporting by Ann Lee; editing by Tom Cole",
        "By Ann Lee, Health Correspondent",
        "Riproduzione riservata",
    ):
        assert is_furniture(line), line
    assert not is_furniture("By 2030 the country will be carbon neutral.")
    text = (
        "Headline of the test article here\n\nImage 1\n\nA nurse checks a patient in Mbale.\n\n"
        "KAMPALA, 3 May 2025 — Doctors in Uganda said on Monday that cases fell by half.\n"
    )
    layout = read_layout(text)
    assert [b.text for b in layout.body if b.kind == "paragraph"] == [
        "Doctors in Uganda said on Monday that cases fell by half."
    ]


def test_adverbs_inside_a_verb_chain() -> None:
    text = """Title of a test article here

Some paragraph of the article with words.

Lisbon Marathon

The Lisbon Marathon is a road race held every October. It was first run in 1986 along the river.
"""
    assert _questions(text, "en")["When was the Lisbon Marathon first run?"] == "1986"
    it = "Titolo di prova\n\nIl nuovo ponte è stato ufficialmente inaugurato nel 2019."
    assert _questions(it, "it") == {
        "Quando è stato ufficialmente inaugurato il nuovo ponte?": "2019"
    }


def test_dates_that_belong_to_something_else_are_not_asked() -> None:
    en = """Title of a test article here

Some paragraph of the article with words.

Bureau of Mines

The Bureau of Mines, known until 1925 as the Mining Service, is a federal agency. It was \
created under the Mining Act, which President Grover Cleveland signed on June 17, 1893. Its \
headquarters have been in Denver since 1990.
"""
    # Nothing asked of the bureau's name; the act's date is asked of the act; "its
    # headquarters" are the bureau's, named.
    assert _questions(en, "en") == {
        "When did President Grover Cleveland sign the Mining Act?": "June 17, 1893",
        "Since when have the Bureau of Mines’s headquarters been in Denver?": "1990",
    }
    it = """Titolo di un articolo di prova qui

L’indagine era partita nel settembre 2020 da un esposto anonimo e si è sviluppata con le \
intercettazioni. Le sue origini risalgono alla Legione Truppe Leggere istituita nel 1774.

Corpo Forestale

Il Corpo Forestale è una struttura dello Stato istituita nel 1822. Cremona è nota per i violini \
e ospita il Museo del Violino, fondato nel 2013.
"""
    assert _questions(it, "it") == {
        "Quando era partita l’indagine da un esposto anonimo?": "settembre 2020",
        # The date is the Legione's, asked about it (not about "le sue origini").
        "In che anno fu istituita la Legione Truppe Leggere?": "1774",
        "In che anno fu istituito il Corpo Forestale?": "1822",  # the participle agrees
        # The museum's date, asked about the museum (not about the entry).
        "In che anno fu fondato il Museo del Violino?": "2013",
    }


def test_a_weekday_is_part_of_its_date() -> None:
    spans = find_dates("It will go on display on Saturday, 12 April, in the museum.", "en")
    assert [(s.answer, s.accept, s.prep) for s in spans] == [
        ("12 April", ("on Saturday, 12 April",), "on")
    ]


def test_wire_credits_are_furniture() -> None:
    for line in (
        "(Reporting by Ann Lee in Rome; Editing by Tom Cole)",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ):
        assert is_furniture(line), line


def test_events_dated_back_and_reflexive_participles() -> None:
    text = """Titolo di un articolo di prova qui

Un paragrafo qualunque dell’articolo.

Base di Aviano

La Base di Aviano è una base aerea italiana formatasi nel 1954. La sua storia risale \
all’apertura del Campo Pagliano nel 1911 e all’istituzione della Scuola di volo nel 1912, \
durante la Seconda Guerra Mondiale.
"""
    qs = _questions(text, "it")
    assert qs["In che anno si è formata la Base di Aviano?"] == "1954"
    assert qs["A quando risale l’apertura del Campo Pagliano?"] == "1911"
    assert qs["A quando risale l’istituzione della Scuola di volo?"] == "1912"


def test_a_date_of_a_noun_and_its_participle() -> None:
    it = """Titolo di un articolo di prova qui

La Corte ha riformato la decisione di primo grado emessa dal Tribunale il 9 febbraio 2024. Il \
ponte è dedicato alla memoria della strada costruita nel 1932.
"""
    assert _questions(it, "it") == {
        "Quando fu emessa la decisione di primo grado?": "9 febbraio 2024"
    }
    en = "Title of a test article\n\nWater is shared under the Rio Grande Compact signed in 1938."
    assert _questions(en, "en") == {"In what year was the Rio Grande Compact signed?": "1938"}


def test_a_part_of_a_year_is_one_date() -> None:
    spans = find_dates("La ricerca è cominciata nella primavera del 2022 a Chioggia.", "it")
    assert [(s.answer, s.accept) for s in spans] == [
        ("primavera del 2022", ("nella primavera del 2022",))
    ]
    en = find_dates("The line had been due to open at the end of 2025.", "en")
    assert [(s.answer, s.accept) for s in en] == [("the end of 2025", ("at the end of 2025",))]
    # An indefinite noun phrase dates nothing one could ask about.
    text = "Title of a test article\n\nAfter a visit in 1802 the port grew."
    assert _questions(text, "en") == {}
