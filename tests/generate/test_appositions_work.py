"""What a person does, set off beside the name: an Italian bare noun of what it is of with an
elided preposition ('sismologo dell’INGV'), a title's participle ('professoressa associata'),
and an English company named by its kind ('the company’s hydrogeologist') named as the
article names it; on small texts of their own."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_a_bare_noun_of_what_it_is_of() -> None:
    qs = _it("Giovanni Marchetti, sismologo dell’INGV, sottolinea l’interesse dell’area.")
    assert qs["Chi è Giovanni Marchetti?"] == "sismologo dell’INGV"


def test_a_title_whose_adjective_is_a_participle() -> None:
    qs = _it(
        "Elena Pierantoni, professoressa associata di geologia strutturale, guiderà il progetto."
    )
    assert qs["Chi è Elena Pierantoni?"] == "professoressa associata di geologia strutturale"
    # a participle of a deed still ends what the person is
    qs = _it("Marco Neri, autista rumeno diretto a Monaco, è stato fermato al confine.")
    assert "diretto" not in qs.get("Chi è Marco Neri?", "")


def test_a_company_named_by_its_kind_is_named() -> None:
    qs = _en(
        "Eastfield Gold Ltd has applied for a mining lease near the station. The company’s "
        "hydrogeologist, Dr Fiona Marsh, said the drawdown would not reach the bores."
    )
    assert qs["Who is Fiona Marsh?"] == "Eastfield Gold Ltd’s hydrogeologist"
    # no company named: nothing to ask ("the company’s" of which?)
    qs = _en(
        "The company’s hydrogeologist, Dr Fiona Marsh, said the drawdown would not reach the bores."
    )
    assert "Who is Fiona Marsh?" not in qs


def test_a_phrase_of_where_a_person_was_is_no_bare_noun_of_whose() -> None:
    qs = _it(
        "«È l’investimento più importante», ha detto Patrizia Manassero, presente "
        "all’inaugurazione con i sindaci."
    )
    assert "Chi è Patrizia Manassero?" not in qs
