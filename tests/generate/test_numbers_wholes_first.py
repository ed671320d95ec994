"""A counted whole named first, then the part of it a clause counts: 'Delle 1.200 aziende
iscritte, 640 hanno risposto', 'Of the 300 boats inspected, 41 failed'. The part is asked of
the whole (with the participle that tells which whole), the whole of its participle."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_an_italian_part_of_a_whole_with_its_participle_is_asked() -> None:
    asked = _it("Delle 1.200 aziende iscritte, solo 640 hanno risposto al questionario.")
    assert asked["Quante delle 1.200 aziende iscritte hanno risposto al questionario?"] == "640"
    asked = _it("Appena 90 dei 300 pozzi controllati dai tecnici erano ancora in funzione.")
    assert asked["Quanti dei 300 pozzi controllati dai tecnici erano ancora in funzione?"] == "90"


def test_an_approximated_whole_before_its_part_is_asked_in_both_languages() -> None:
    asked = _it(
        "Dei circa 4.000 pozzi scavati nella valle, 1.100 sono ormai abbandonati dai contadini."
    )
    part = "Quanti dei circa 4.000 pozzi scavati nella valle sono abbandonati dai contadini?"
    assert asked[part] == "1.100"
    asked = _en("Of the 300 boats inspected by the agency, only 41 failed the test.")
    assert asked["How many of the 300 boats inspected by the agency failed the test?"] == "41"


def test_the_whole_that_opens_the_sentence_is_asked_of_its_participle() -> None:
    asked = _it("Delle 1.200 aziende contattate, solo 640 hanno risposto al questionario.")
    assert asked["Quante aziende sono state contattate?"] == "1.200"
    asked = _en("Of 300 boats inspected, 41 failed the test.")
    assert asked["How many boats were inspected?"] == "300"


def test_a_participle_left_alone_inside_a_clause_is_not_asked() -> None:
    asked = _en("The storm hit the coast with 12 people injured, the police said.")
    assert not any(q.startswith("How many people were injured") for q in asked)
    asked = _it("Le misure arrivano da una rete di 24 sensori installati, dicono i tecnici.")
    assert not any(q.startswith("Quanti sensori sono stati installati") for q in asked)
