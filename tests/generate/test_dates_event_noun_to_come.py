"""The date of an event noun after a verb in the future ('will reopen after the end of the
works in March') is of an event still to come, not asked 'When was ...?'; the head of an
event noun with a complement ('the end of the repairs') gives the verb its number."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_event_noun_after_a_future_is_not_asked_in_the_past() -> None:
    qs = questions_of("The lido will reopen after the end of the dredging in April.", "en")
    assert not any(q.startswith(("When was the end", "When were the end")) for q in qs), qs


def test_italian_event_noun_after_a_future_is_not_asked_in_the_past() -> None:
    qs = questions_of("Il lido riaprirà dopo la fine dei dragaggi ad aprile.", "it")
    assert "A quando risale la fine dei dragaggi?" not in qs, qs


def test_event_noun_with_a_plural_complement_is_singular() -> None:
    qs = questions_of("The lido reopened after the end of the repairs in April.", "en")
    assert qs.get("When was the end of the repairs?") == "April", qs


def test_future_of_an_earlier_clause_does_not_hide_a_past_event() -> None:
    qs = questions_of(
        "Il nuovo polo sostituirà l’attuale municipio, costruito negli anni Trenta e "
        "restaurato dopo il terremoto del 1980.",
        "it",
    )
    assert qs.get("A quando risale il terremoto?") == "1980", qs
