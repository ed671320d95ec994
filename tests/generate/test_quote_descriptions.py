"""The words a person described something with: 'How did Anna Neri describe the plan?', 'Come
ha definito il piano Marco Ferri?', on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract import quotes

from .test_roles_quotes import cards


def described(text: str, language: str = "it") -> dict[str, str]:
    found = cards(quotes.extract, text, language)
    return {q: c.answer for q, c in found.items() if c.answer_type == "quote"}


def test_the_words_a_person_described_a_thing_with() -> None:
    text = 'Harbour master Tom Reid described the storm as "the worst in forty years".'
    assert described(text, "en") == {
        "How did Tom Reid describe the storm?": "the worst in forty years"
    }
    text = 'Council leader Ann Cole called the budget "a plan for the next decade" on Monday.'
    assert described(text, "en") == {
        "What did Ann Cole call the budget?": "a plan for the next decade"
    }
    text = "L’assessora Marta Riva ha definito il cantiere «una ferita aperta per il quartiere»."
    assert described(text) == {
        "Come ha definito il cantiere Marta Riva?": "una ferita aperta per il quartiere"
    }


def test_the_speaker_may_be_named_before_in_the_sentence() -> None:
    text = (
        "Il processo si è chiuso ieri. Il pm Carlo Neri ha chiesto la condanna. Nella sua "
        "arringa il pm Neri aveva definito la discarica “un sistema fatto per nascondere”."
    )
    assert described(text) == {
        "Come aveva definito la discarica Carlo Neri?": "un sistema fatto per nascondere"
    }


def test_no_description_of_two_speakers_or_a_long_quotation() -> None:
    text = (
        "Il sindaco Luca Bassi e l’assessora Anna Neri hanno definito il piano «un errore grave»."
    )
    assert described(text) == {}
    text = (
        'Mayor Joe Hart called the plan "a decision that will shape every street and every '
        'school in this city for the next fifty years".'
    )
    assert described(text, "en") == {}
