"""A share of a whole after a plural subject and its verb with no '-s' ('The panels cover 40%
of the energy needs'), and no share of a clause a verb of finding reports."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_share_after_a_plural_subject_and_its_bare_verb() -> None:
    en = _questions("The new turbines produce 35% of the island's power.", "en")
    assert en == {"What share of the island’s power do the new turbines produce?": "35%"}


def test_no_share_of_a_clause_a_verb_of_finding_reports() -> None:
    en = _questions("The figures show 40% of the pupils are absent.", "en")
    assert not any(q.startswith("What share") for q in en)


def test_a_share_with_at_least_after_its_verb() -> None:
    it = _questions("La fondazione destina almeno il 25% dei fondi alla ricerca.", "it")
    assert it["Quale percentuale dei fondi destina la fondazione alla ricerca?"] == "25%"
    en = _questions("The charity spends at least 25% of its funds on research.", "en")
    assert en["What share of its funds does the charity spend on research?"] == "25%"


def test_a_sum_a_thing_rises_or_falls_by_is_asked_by_how_much() -> None:
    en = _questions("The monthly parking fee will rise by £15 from April.", "en")
    assert en["By how much will the monthly parking fee rise from April?"] == "£15"
    en = _questions("Rents fell by £40 last year.", "en")
    assert en["By how much did rents fall last year?"] == "£40"
    it = _questions("Il canone mensile aumenterà di 15 euro da aprile.", "it")
    assert it["Di quanto aumenterà il canone mensile da aprile?"] == "15 euro"
    it = _questions("Gli affitti sono scesi di 40 euro.", "it")
    assert it["Di quanto sono scesi gli affitti?"] == "40 euro"


def test_an_italian_share_after_a_complement_of_its_verb() -> None:
    it = _questions("La provincia ha coperto con il solare il 35% dei consumi.", "it")
    assert it["Quale percentuale dei consumi ha coperto la provincia con il solare?"] == "35%"
    it = _questions("L’azienda ricava da fonti rinnovabili il 60% dell’energia.", "it")
    assert it["Quale percentuale dell’energia ricava l’azienda da fonti rinnovabili?"] == "60%"


def test_an_italian_sum_a_thing_is_fixed_at_with_in() -> None:
    it = _questions("Il canone annuo è stato fissato in 800 euro.", "it")
    assert it["A quanto è stato fissato il canone annuo?"] == "800 euro"


def test_a_sum_risen_by_keeps_its_date_and_leaves_the_level_reached() -> None:
    it = _questions("Il fatturato è cresciuto di 4 milioni di euro nel 2023.", "it")
    assert it["Di quanto è cresciuto il fatturato nel 2023?"] == "4 milioni di euro"
    en = _questions("Sales rose by £4 million to £9 million.", "en")
    assert not any(q.startswith("By how much") for q in en)
