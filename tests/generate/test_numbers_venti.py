"""'venti' is twenty before a unit or a noun of people, and the winds elsewhere: 'il
restauro è durato venti mesi' is asked, 'soffiano venti forti' is not. On small texts of
their own."""

from __future__ import annotations

from .helpers import questions_of


def test_venti_before_a_unit_is_a_number() -> None:
    qs = questions_of("La sagra del paese dura in media venti giorni.", "it")
    assert "venti giorni" in qs.values()
    qs = questions_of("Il museo ha ospitato la collezione per venti anni.", "it")
    assert qs["Per quanti anni ha ospitato il museo la collezione?"] == "venti"


def test_venti_alone_is_the_winds() -> None:
    qs = questions_of("Sulla costa soffiano venti forti da nord.", "it")
    assert "venti" not in qs.values()
    qs = questions_of("I venti di tramontana hanno abbattuto tre alberi.", "it")
    assert not any("venti" in a for a in qs.values())
