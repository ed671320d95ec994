"""A passive's agent whose name ends as a company's does ('Ltd', 'LLC', 'plc') is asked by
its kind: 'By which company was the bridge built?'."""

from __future__ import annotations

from quizlib.generate.extract import kinds
from tests.generate.helpers import article_document


def _asked(text: str) -> dict[str, str]:
    doc = article_document(text, "en")
    return {c.question or "": c.answer for c in kinds.extract(doc)}


def test_a_company_agent_is_asked_by_its_kind() -> None:
    asked = _asked("The Tarn footbridge was built by Hollis Steel Ltd.")
    assert asked.get("By which company was the Tarn footbridge built?") == "Hollis Steel Ltd"


def test_a_name_without_a_company_ending_is_left_alone() -> None:
    asked = _asked("The Tarn footbridge was built by Hollis Steel.")
    assert "Hollis Steel" not in asked.values()
