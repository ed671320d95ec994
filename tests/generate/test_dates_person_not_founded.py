"""A body's founding told beside a person ('X, chair of the Friends of Y, a volunteer group
founded in 1996, said ...') is never asked as the person's: no 'In what year was X
founded?'."""

from __future__ import annotations

from .helpers import questions_of


def test_a_person_is_never_founded() -> None:
    asked = questions_of(
        "Mark Jenkins, chair of the Friends of Newport Transporter Bridge, a volunteer group "
        "founded in 1996, said members had given 9,000 hours.",
        "en",
    )
    assert "In what year was Mark Jenkins founded?" not in asked


def test_a_person_is_never_founded_in_italian() -> None:
    asked = questions_of(
        "Marco Neri, presidente degli Amici del Ponte, un’associazione fondata nel 1996, ha "
        "detto che i soci hanno donato 9.000 ore.",
        "it",
    )
    assert not any(q.startswith("In che anno fu fondat") for q in asked)
