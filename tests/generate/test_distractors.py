"""The indexed pools give the options a plain pass over the pool gives, for any pool."""

from __future__ import annotations

from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from quizlib.generate.distractors import Pools, _greedy, _Taken
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
