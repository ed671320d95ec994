"""An adverb of time after a preposition ('until now', 'fino ad ora', 'per ora') is the
preposition's object, no adverb of the verb: the question keeps the phrase whole, never the
preposition alone ('the collection until count')."""

from __future__ import annotations

from .helpers import questions_of


def test_until_now_before_the_verb_stays_whole_in_english() -> None:
    asked = questions_of("The collection until now counted about 300 works.", "en")
    assert asked.get("How many works did the collection until now count?") == "about 300"


def test_fino_ad_ora_before_the_verb_stays_whole_in_italian() -> None:
    asked = questions_of("La collezione fino ad ora contava circa 300 opere.", "it")
    assert asked.get("Quante opere contava la collezione fino ad ora?") == "circa 300"
    assert not any(q.endswith(("fino ad?", " per al giorno?")) for q in asked)
