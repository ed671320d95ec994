"""Words the counted phrase or the subject would lose or take by mistake: an English owner's
noun in -ly is no adverb ('Laura Brekke’s family runs ...'), and an Italian word that opens a
place after the counted complement is no adjective of it ('capi di bestiame| vicino a ...')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_owner_noun_in_ly_stays_in_the_subject() -> None:
    qs = questions_of("Megan Pryce’s family keeps about 300 sheep near Brecon.", "en")
    assert qs.get("How many sheep does Megan Pryce’s family keep near Brecon?") == "about 300", qs


def test_italian_place_after_the_counted_complement_stays_with_the_place() -> None:
    qs = questions_of("La cooperativa alleva circa 300 capi di ovini vicino a Nuoro.", "it")
    assert qs.get("Quanti capi di ovini alleva la cooperativa vicino a Nuoro?") == "circa 300", qs
