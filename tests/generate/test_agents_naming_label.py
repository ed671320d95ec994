"""A passive of naming whose name or label follows the agent ('was called by Ann Ross “a
beacon”', 'è stato definito da Anna Rossi «un gioiello»') asks no 'Who called ...?': without
its label the verb means another deed. A passive of naming with nothing after its agent, or
any other passive, is still asked."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_label_in_quotes_after_the_agent() -> None:
    qs = questions_of("The Corran Bridge was branded by Neil Grant “a monument to waste”.", "en")
    assert "Who branded the Corran Bridge?" not in qs, qs


def test_english_label_without_quotes_after_the_agent() -> None:
    qs = questions_of("The Corran Bridge was called by Neil Grant a monument to waste.", "en")
    assert "Who called the Corran Bridge?" not in qs, qs


def test_italian_label_in_quotes_after_the_agent() -> None:
    qs = questions_of("Il Ponte Corrado è stato definito da Nicola Grandi «uno spreco».", "it")
    assert "Da chi è stato definito il Ponte Corrado?" not in qs, qs


def test_other_passives_are_still_asked() -> None:
    en = questions_of("The Corran Bridge was repainted by Neil Grant last spring.", "en")
    assert en.get("Who repainted the Corran Bridge?") == "Neil Grant", en
    it = questions_of("Il Ponte Corrado è stato restaurato da Nicola Grandi.", "it")
    assert it.get("Da chi è stato restaurato il Ponte Corrado?") == "Nicola Grandi", it
