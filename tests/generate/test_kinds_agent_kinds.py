"""A passive's agent named right after its kind, for more kinds of agent (a fund, a family, a
company, a publishing house, a foundation, a team), and an Italian present passive with 'è'
('La società è controllata dal fondo X'); on small texts of their own in both languages."""

from __future__ import annotations

from quizlib.generate.extract import kinds
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


def test_a_fund_a_family_or_a_publishing_house_is_asked_by_its_kind() -> None:
    found = _questions("La cartiera è controllata dal fondo olandese Veldhoven Partners.", "it")
    assert found.get("Da quale fondo è controllata la cartiera?") == "Veldhoven Partners"
    found = _questions("La distilleria, fondata dalla famiglia Arneodo, impiega 40 persone.", "it")
    assert found.get("Da quale famiglia è stata fondata la distilleria?") == "Arneodo"
    found = _questions("Il saggio è stato pubblicato dalla casa editrice Corvina.", "it")
    assert found.get("Da quale casa editrice è stato pubblicato il saggio?") == "Corvina"
    found = _questions("Il collegamento sarà gestito dalla compagnia Mareblu.", "it")
    assert found.get("Da quale compagnia sarà gestito il collegamento?") == "Mareblu"


def test_an_english_fund_family_or_team_is_asked_by_its_kind() -> None:
    found = _questions("The mill was bought by the fund Harrowgate Capital.", "en")
    assert found.get("By which fund was the mill bought?") == "Harrowgate Capital"
    found = _questions("The lido is run by the family Strachan.", "en")
    assert found.get("By which family is the lido run?") == "Strachan"
