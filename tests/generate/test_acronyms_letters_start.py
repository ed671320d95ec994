"""What an acronym means starts where its letters start: 'Gruppo di tutela ambientale
forestale (TAF)' means 'tutela ambientale forestale', though the sigla is the whole name's
('Qual è la sigla del Gruppo di tutela ambientale forestale?'), as English reads 'the Office
of economic crime investigation (ECI)'."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_meaning_starts_at_the_letters() -> None:
    qs = questions_of(
        "Le guardie del Gruppo di tutela ambientale forestale (TAF) hanno chiuso la discarica.",
        "it",
    )
    assert qs.get("Che cosa significa la sigla TAF?") == "tutela ambientale forestale", qs
    assert qs.get("Qual è la sigla del Gruppo di tutela ambientale forestale?") == "TAF", qs


def test_italian_name_the_letters_open_is_whole() -> None:
    qs = questions_of(
        "Le guardie del Gruppo tutela ambientale (GTA) hanno chiuso la discarica.", "it"
    )
    assert qs.get("Che cosa significa la sigla GTA?") == "Gruppo tutela ambientale", qs


def test_english_meaning_starts_at_the_letters() -> None:
    qs = questions_of(
        "Officers from the Office of marine pollution control (MPC) closed the landfill.", "en"
    )
    assert qs.get("What does MPC stand for?") == "marine pollution control", qs
