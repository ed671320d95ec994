"""A date after a relative clause that runs up to it ('thanked the pupils who planted the
oaks in May') is the relative's verb's: the main verb is not asked of it."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_date_after_a_relative_clause_is_not_the_main_verb_s() -> None:
    qs = questions_of(
        "The mayor thanked the divers who cleared the Polwyn harbour on Saturday.", "en"
    )
    assert not any(q.endswith("cleared the Polwyn harbour?") for q in qs), qs
    qs = questions_of(
        "The trust has honoured the nurses who staffed the Tarbet clinic in 1950.", "en"
    )
    assert not any("staffed the Tarbet clinic?" in q for q in qs), qs


def test_italian_date_after_a_relative_clause_is_not_the_main_verb_s() -> None:
    qs = questions_of(
        "Il sindaco ha ringraziato i sub che hanno ripulito il porto di Polwyn sabato.", "it"
    )
    assert not any("ripulito il porto" in q for q in qs), qs


def test_date_of_the_main_verb_is_still_asked() -> None:
    qs = questions_of("The mayor thanked the divers of the Polwyn club on Saturday.", "en")
    assert qs.get("On what day did the mayor thank the divers of the Polwyn club?") == "Saturday", (
        qs
    )


def test_past_the_dictionary_misreads_is_asked_in_its_base() -> None:
    qs = questions_of("Engineers fixed the Carlow bridge in March.", "en")
    assert qs.get("When did engineers fix the Carlow bridge?") == "March", qs
