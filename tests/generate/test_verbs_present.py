"""The English present in '-s' read in its sentence: a verb after its subject, a plural noun
after an article, a number, a possessive, an adjective, or before the sentence's verb."""

from __future__ import annotations

from quizlib.generate.chunks import main_verb, noun_phrase_before, tokens
from quizlib.generate.verbs import is_present_s_at, is_verb_lemma


def _present(sentence: str, word: str) -> bool:
    words = [t.text for t in tokens(sentence)]
    return is_present_s_at(words, words.index(word))


def test_a_verb_lemma_is_one_the_dictionary_knows_a_past_of() -> None:
    assert is_verb_lemma("mirror") and is_verb_lemma("carry") and is_verb_lemma("receive")
    assert not is_verb_lemma("city") and not is_verb_lemma("festival")


def test_a_present_after_its_subject_and_before_what_it_takes() -> None:
    assert _present("The library lends 4,000 books a month.", "lends")
    assert _present("The new scheme copies the model used in Bristol.", "copies")
    assert _present("The canal festival receives £20,000 from the council.", "receives")
    assert _present("The museum, which houses the collection, opened in 1901.", "houses")
    assert _present("Helen Price now manages a team of twelve.", "manages")
    assert _present("It stretches for 30 miles along the coast.", "stretches")
    assert _present("The charity that runs the hostel expects a busy winter.", "runs")
    assert _present("The county council plans to close two libraries.", "plans")


def test_a_present_before_a_preposition_when_no_verb_follows() -> None:
    assert _present("The new footbridge opens in April 2028.", "opens")
    assert _present("The coastal path ends at the old lighthouse.", "ends")
    assert _present("The trust that lives on donations hired a director.", "lives")
    assert not _present("The new plans for the footbridge were approved in May.", "plans")
    assert not _present("The road works at the junction will last a month.", "works")


def test_a_plural_noun_keeps_its_reading() -> None:
    assert not _present("Its works fill three rooms.", "works")
    assert not _present("The council’s plans to close the library drew protests.", "plans")
    assert not _present("The trust is installing heat pumps a year ahead of schedule.", "pumps")
    assert not _present("About 1,200 records the archive holds are digital.", "records")
    assert not _present("The local figures the council published were lower.", "figures")
    assert not _present("Building costs rose by a third.", "costs")
    assert not _present("The rules allow member states to set their own fees.", "states")
    assert not _present("Residents asked which roads to close first.", "roads")
    assert not _present("Ministers said that plans for the tunnel were shelved.", "plans")


def test_the_main_verb_of_a_clause_in_the_present() -> None:
    toks = tokens("The plan mirrors the scheme introduced in Leeds in 2019.")
    assert main_verb(toks, "en", presents=True) == 2
    assert toks[main_verb(toks, "en") or 0].text == "introduced"  # the default: no present
    toks = tokens("The council’s plans for the tunnel were approved.")
    assert toks[main_verb(toks, "en", presents=True) or 0].text == "were"


def test_no_noun_phrase_runs_back_over_a_present() -> None:
    toks = tokens("The canal festival receives 20,000 pounds each year from the council.")
    end = [t.text for t in toks].index("from")
    assert noun_phrase_before(toks, end, "en") is None
