"""The indexed pools give the options a plain pass over the pool gives, for any pool."""

from __future__ import annotations

import random
import re
from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from quizlib.generate.candidate import Candidate
from quizlib.generate.distractors import (
    Pools,
    _greedy,
    _picked,
    _Taken,
    choices_for,
    distractors,
    option_value,
    read_amount,
)
from quizlib.generate.document import Sentence
from quizlib.generate.text import fold

# Few words, so that values share cores and words: 'Rossi', 'Mario Rossi', 'il Rossi', ...
NAMES = st.lists(
    st.sampled_from("Mario Rossi Roma il la Unione Europea UE NATO of the Bank — Ro Rò".split()),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(NAMES, max_size=30),
    st.lists(NAMES, max_size=10),
    NAMES,
    st.lists(NAMES, max_size=2),
)
def test_indexed_options_are_the_plain_ones(
    first: list[str], second: list[str], answer: str, accept: list[str]
) -> None:
    pools = Pools({"city": list(dict.fromkeys(first)), "region": list(dict.fromkeys(second))})
    for types in (("city",), ("city", "region")):
        pool = [p for t in types for p in pools.get(t, [])]
        index = pools.index(types)
        plain = list(compress(pool, _greedy(pool, _Taken((answer, *accept)), fold(answer))))
        assert index.options(_Taken((answer, *accept)), fold(answer)) == plain
        fresh = sum(1 for p in pool if _Taken((answer, *accept)).fresh(p))
        assert index.fresh_count(_Taken((answer, *accept))) == fresh


def test_amounts_are_written_like_the_answer() -> None:
    rng = random.Random(5)
    for answer, language, shape in [
        ("40,000 euros", "en", r"^\d\d,000 euros$"),
        ("$1.2 billion", "en", r"^\$\d\.\d billion$"),
        ("7,4%", "it", r"^\d{1,2},\d%$"),
        ("14.500", "it", r"^\d\d\.\d00$"),
        ("3,5 milioni di euro", "it", r"^\d,\d milioni di euro$"),
    ]:
        wrong = distractors(_number(answer), _pools(language), rng)
        assert len(wrong) == 3 and answer not in wrong
        assert all(re.match(shape, w) for w in wrong), (answer, wrong)
    assert _value("14.500", "it") == _value("14,500", "en") == 14500
    assert _value("4,4", "it") == _value("4.4", "en") == 4.4
    assert _value("1.234,5", "it") == _value("1,234.5", "en") == 1234.5


def _value(number: str, language: str) -> float:
    amount = read_amount(number, language)
    assert amount is not None
    return amount.value


def test_numbers_in_words_get_words_and_are_put_in_order() -> None:
    wrong = distractors(_number("quattro"), _pools("it"), random.Random(1))
    assert len(wrong) == 3 and all(w.isalpha() and w != "quattro" for w in wrong)
    card = choices_for(_number("eight"), "c1", _pools("en"))
    values = [option_value(o, "en") for o in card]
    assert values == sorted(values) and "eight" in card
    assert distractors(_number("2 hours, 2 minutes"), _pools("en"), random.Random(1)) == []


def test_a_quote_is_offered_the_other_speakers_and_nothing_the_question_names() -> None:
    pools = Pools(
        {
            "person": ["Anna Verdi", "Carlo Magno", "Luca Neri", "Giulio Cesare", "Pia Rossi"],
            "speaker": ["Anna Verdi", "Luca Neri", "Pia Rossi", "Ugo Bassi"],
        }
    )
    quote = Candidate(
        "quote", _SENTENCE, 0.8, "Ugo Bassi", question="Chi ha detto “Basta”?", answer_type="person"
    )
    for seed in range(5):
        wrong = distractors(quote, pools, random.Random(seed))
        assert sorted(wrong) == ["Anna Verdi", "Luca Neri", "Pia Rossi"]
    few = Pools({"person": pools["person"], "speaker": ["Anna Verdi", "Ugo Bassi"]})
    wrong = distractors(quote, few, random.Random(2))
    assert "Anna Verdi" in wrong and len(set(wrong)) == 3 and "Ugo Bassi" not in wrong
    definition = Candidate(
        "definition", _SENTENCE, 0.8, "una città", question="Che cos’è Bari?", answer_type="thing"
    )
    options = ["un comune vicino a Bari", "un fiume", "una valle"]
    for seed in range(5):
        picked = _picked(options, definition.question, random.Random(seed))
        assert sorted(picked) == ["un fiume", "una valle"]


_SENTENCE = Sentence("Una frase.", "paragraph 1", 0, 0)


def _number(answer: str) -> Candidate:
    return Candidate("number", _SENTENCE, 0.8, answer, question="Quanti?", answer_type="number")


def _pools(language: str) -> Pools:
    pools = Pools({})
    pools.language = language
    return pools
