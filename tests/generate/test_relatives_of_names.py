"""A relative clause after a name inside a longer phrase (relatives.py) is read as a statement
of the name where nothing else can be meant: the agent after 'by'/'da', a source after
'from', a name set off by a description; and left alone where the phrase before the name, or
the whole clause, may be meant."""

from __future__ import annotations

from quizlib.generate.relatives import relative_of_name, relatives_of_names

from .helpers import questions_of

_IT = "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "A test headline here\n\nThe pier reopened yesterday.\n\n"


def test_the_agent_of_a_participle_is_what_the_relative_tells_of() -> None:
    assert relative_of_name(
        "The survey was carried out by the Marine Conservation Society, which counted 412"
        " seals on the sandbank.",
        "en",
    ) == ("The Marine Conservation Society counted 412 seals on the sandbank.")
    assert relative_of_name(
        "I rilievi eseguiti dall’ISPRA, che in sei mesi ha censito 412 foche, sono finiti.",
        "it",
    ) == ("L’ISPRA in sei mesi ha censito 412 foche.")
    en = questions_of(
        _EN + "The survey was carried out by the Marine Conservation Society, which counted"
        " 412 seals on the sandbank.\n",
        "en",
    )
    assert en.get("How many seals did the Marine Conservation Society count on the sandbank?")


def test_a_body_named_by_its_noun_after_by_said_a_figure() -> None:
    en = questions_of(
        _EN + "The repairs were paid for by the harbour authority, which said the work took"
        " 19 weeks.\n",
        "en",
    )
    assert any(a == "19" for a in en.values()), en


def test_a_name_after_from_with_a_deed_of_its_own() -> None:
    assert relative_of_name(
        "The study had help from Coillte Teoranta, which has planted about 9,000 hectares"
        " of native woodland since 2015.",
        "en",
    ) == ("Coillte Teoranta has planted about 9,000 hectares of native woodland since 2015.")


def test_a_name_set_off_after_its_description() -> None:
    assert relative_of_name(
        "The quarry will be run by a family-owned firm, Pennant Stone Ltd, which expects to"
        " hire 25 workers.",
        "en",
    ) == ("Pennant Stone Ltd expects to hire 25 workers.")
    assert relative_of_name(
        "Il cantiere è stato affidato a una ditta locale, Edilnord Srl, che impiega 25 operai.",
        "it",
    ) == ("Edilnord Srl impiega 25 operai.")


def test_a_description_after_the_name_that_a_relative_closes() -> None:
    assert relative_of_name(
        "Al tavolo sedevano i tecnici di Acque Venete, la società pubblica che gestisce 1.200"
        " chilometri di rete.",
        "it",
    ) == ("Acque Venete gestisce 1.200 chilometri di rete.")
    assert relative_of_name(
        "The money came from Tir Coed, a charity that runs 14 woodland sites.", "en"
    ) == ("Tir Coed runs 14 woodland sites.")


def test_a_description_between_the_name_and_its_relative_is_left_out() -> None:
    assert relative_of_name(
        "Most of the cost is met by Sport Wales (SW), the national agency for sport, which"
        " has given £1.2m so far.",
        "en",
    ) == ("Sport Wales (SW) has given £1.2m so far.")


def test_what_may_be_the_phrase_before_the_name_is_left_alone() -> None:
    for text in (
        "The parade by Macara Theatre, which drew 30,000 people, ended at dusk.",
        "Pupils from Ysgol Penrhos, who spent two nights in the hills, raised £900.",
        "A girl from Bangor, who had been to hospital three times, took part.",
        "The new library in Hartlepool, which will open in 2028, cost £9m.",
        "The head of Tir Coed, who joined in 2019, spoke first.",
        "The photographs were taken at Bangor University, a process that took six months.",
        "The grant came from the Lottery Fund, which was set up in 1994.",
    ):
        assert relative_of_name(text, "en") is None, text
    for text in (
        "Molti turisti arrivano ancora da Catania, che dista circa 90 minuti.",
        "La denuncia di un pensionato di Rovato, che aveva perso 4.000 euro, è arrivata ieri.",
        "Il servizio è gestito da TEB, le Tramvie Bergamasche, che dal 2009 esercitano la T1.",
    ):
        assert relative_of_name(text, "it") is None, text


def test_a_person_after_a_description_and_a_relative() -> None:
    en = questions_of(
        _EN + "The award went to the head of the school, Morwenna Pryce, who has run the choir"
        " for 27 years.\n",
        "en",
    )
    assert any(a == "27" for a in en.values()), en


def test_what_the_name_reports_in_its_relative_is_said_alone() -> None:
    assert relatives_of_names(
        "The dredging was paid for by Conwy, Denbigh and Flint Harbour Board, which said the"
        " work took 19 weeks.",
        "en",
    ) == [
        "Conwy, Denbigh and Flint Harbour Board said the work took 19 weeks.",
        "The work took 19 weeks.",
    ]
    assert relatives_of_names(
        "I prelievi sono stati eseguiti dall’Arpa Molise, che ha spiegato che il campionamento"
        " è durato 14 giorni.",
        "it",
    ) == [
        "L’Arpa Molise ha spiegato che il campionamento è durato 14 giorni.",
        "Il campionamento è durato 14 giorni.",
    ]


def test_a_person_of_a_body_is_not_what_the_bodys_description_tells() -> None:
    assert relative_of_name(
        "Speaking on Monday, Gareth Lloyd of the Welsh Canoe Union, the national body that"
        " represents 9,000 paddlers, said the river was safe.",
        "en",
    ) == ("The Welsh Canoe Union represents 9,000 paddlers.")


def test_a_report_whose_subject_is_a_pronoun_is_not_said_alone() -> None:
    assert relatives_of_names(
        "The race was shown by Radio Gwent, which said its audience had reached 41,000.", "en"
    ) == ["Radio Gwent said its audience had reached 41,000."]


def test_the_body_an_office_is_of_before_which() -> None:
    # "which" is no person's relative: the chair's body owns the pier
    text = "Anna Reid, chair of the Harbour Trust, which owns the pier, said the work would start."
    assert relative_of_name(text, "en") == "The Harbour Trust owns the pier."
    # "who" may be the chair's: no statement
    text = "Anna Reid, chair of the Harbour Trust, who owns the pier, said the work would start."
    assert relative_of_name(text, "en") is None
