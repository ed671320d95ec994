"""Multiple-choice distractors of the answer's own type: near years, numbers of the same
magnitude, entities of the same kind from the article and its entries."""

from __future__ import annotations

import heapq
import random
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress

from .candidate import Candidate
from .document import Document
from .text import core, fold

CHOICES = 4
_ERA = re.compile(r"^(\d{1,4}) (a\.C\.|d\.C\.|BC|AD|B\.C\.|BCE|CE)$")
_NUMBER = re.compile(r"^\d{1,3}(?:[.,\u202f ]\d{3})*$|^\d+$")
_DATE = re.compile(r"^(?P<day>\d{1,2})(?P<rest>\s+\S+(?:\s+\d{4})?)$")
_EN_DATE = re.compile(r"^(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2})(?P<rest>(?:,?\s+\d{4})?)$")
_SIBLINGS = {"city": ("region", "country"), "country": ("region",), "region": ("country", "city")}


def build_pools(doc: Document, candidates: Iterable[Candidate]) -> Pools:
    """Every answer the document offers, by answer type, in a stable order."""
    pools: dict[str, list[str]] = defaultdict(list)
    for c in candidates:
        pools[c.answer_type].append(c.answer)
    for e in doc.entries:
        pools[e.kind].append(e.name)
        if e.acronym:
            pools["acronym"].append(e.acronym)
        if e.expansion:
            pools["expansion"].append(e.expansion)
    for full in doc.people.values():
        pools["person"].append(full)
    return Pools({k: list(dict.fromkeys(v)) for k, v in pools.items()})


@lru_cache(maxsize=65536)
def _shape(value: str) -> tuple[str, tuple[str, ...] | None]:
    """A value's core, and the core's words when it is long enough to clash word by word."""
    c = core(value)
    return c, (tuple(c.split()) if len(c) > 3 else None)


class _Taken:
    """The cores of the answers a choice must not repeat, indexed so that telling whether a
    value is fresh costs a few set lookups, not a scan of everything taken: a value is not
    fresh when its core is taken, is a word of a taken core, or has a taken core as a word
    (the last two only between cores longer than three characters)."""

    def __init__(self, accepted: Iterable[str]) -> None:
        self.cores: set[str] = set()
        self.long_cores: set[str] = set()
        self.long_words: set[str] = set()
        for a in accepted:
            c, words = _shape(a)
            if c:
                self.add(c, words)

    def add(self, c: str, words: tuple[str, ...] | None) -> None:
        self.cores.add(c)
        if words is not None:
            self.long_cores.add(c)
            self.long_words.update(words)

    def fresh(self, value: str) -> bool:
        c, words = _shape(value)
        if not c or c in self.cores:
            return False
        if words is None:
            return True
        return c not in self.long_words and self.long_cores.isdisjoint(words)


class Pools(dict[str, list[str]]):
    """Answers by type (see build_pools), with what every card would otherwise recompute
    over them: the years read as numbers, and an index of each pool of names."""

    _years: _YearPool | None = None
    _indexes: dict[tuple[str, ...], _PoolIndex] | None = None

    def years(self) -> _YearPool:
        if self._years is None:
            self._years = _YearPool(self.get("year", []))
        return self._years

    def index(self, types: tuple[str, ...]) -> _PoolIndex:
        """The index of the pools of these types, one after the other."""
        if self._indexes is None:
            self._indexes = {}
        if types not in self._indexes:
            pool = [p for t in types for p in self.get(t, [])]
            self._indexes[types] = _PoolIndex(pool)
        return self._indexes[types]


def _greedy(pool: list[str], taken: _Taken, answer: str | None = None) -> list[bool]:
    """Which values of the pool are options, in turn: each is fresh (see _Taken) after the
    ones taken before it, and folds differently from the answer."""
    chosen = []
    cores, long_cores, long_words = taken.cores, taken.long_cores, taken.long_words
    for p in pool:
        value, words = _shape(p)
        ok = bool(value) and value not in cores
        if ok and words is not None:
            ok = value not in long_words and long_cores.isdisjoint(words)
        ok = ok and (answer is None or fold(p) != answer)
        if ok:
            taken.add(value, words)  # the next option must not repeat this one either
        chosen.append(ok)
    return chosen


class _PoolIndex:
    """A pool of names with the clashes between its values (the relation _Taken tests), and
    the options chosen when nothing is taken. A card's options differ from those only around
    the values its answer clashes with: recomputing there, in pool order, gives the same
    options as a pass over the whole pool, without one."""

    def __init__(self, pool: list[str]) -> None:
        self.pool = pool
        shapes = [_shape(p) for p in pool]
        self.has_core = [bool(value) for value, _words in shapes]
        self.by_core: dict[str, list[int]] = defaultdict(list)  # core -> values with it
        self.by_word: dict[str, list[int]] = defaultdict(list)  # word -> long values with it
        self.by_fold: dict[str, list[int]] = defaultdict(list)
        self.filled = 0  # values with a core
        for i, (value, words) in enumerate(shapes):
            if not value:
                continue
            self.filled += 1
            self.by_core[value].append(i)
            self.by_fold[fold(pool[i])].append(i)
            for w in dict.fromkeys(words or ()):
                self.by_word[w].append(i)
        clashes: list[set[int]] = [set() for _ in pool]
        for i, (value, words) in enumerate(shapes):
            if not value:
                continue
            clashes[i].update(self.by_core[value])
            if words is not None:
                # A long value clashes with long values that are one of its words, and the
                # long values with a word equal to it (by_word holds long values only).
                for w in words:
                    for j in self.by_core.get(w, ()):
                        if shapes[j][1] is not None:
                            clashes[i].add(j)
                            clashes[j].add(i)
                clashes[i].update(self.by_word.get(value, ()))
        for i, near in enumerate(clashes):
            near.discard(i)
        self.before = [sorted(j for j in near if j < i) for i, near in enumerate(clashes)]
        self.after = [sorted(j for j in near if j > i) for i, near in enumerate(clashes)]
        self.base = _greedy(pool, _Taken(()))

    def blocked(self, taken: _Taken) -> set[int]:
        """The values that are not fresh beside what is taken."""
        out: set[int] = set()
        for c in taken.cores:
            out.update(self.by_core.get(c, ()))
        for c in taken.long_cores:
            out.update(self.by_word.get(c, ()))
        for w in taken.long_words:
            out.update(j for j in self.by_core.get(w, ()) if len(w) > 3)
        return out

    def fresh_count(self, taken: _Taken) -> int:
        return self.filled - len(self.blocked(taken))

    def options(self, taken: _Taken, answer: str) -> list[str]:
        """The options of a card: _greedy(pool, taken, answer), recomputed only where the
        card's answer changes them."""
        out = self.blocked(taken)
        out.update(self.by_fold.get(answer, ()))
        chosen = self.base.copy()
        heap = sorted(out)
        last = -1
        while heap:
            i = heapq.heappop(heap)
            if i == last:
                continue
            last = i
            ok = i not in out and self.has_core[i] and not any(chosen[j] for j in self.before[i])
            if ok != chosen[i]:
                chosen[i] = ok
                for j in self.after[i]:
                    heapq.heappush(heap, j)
        return list(compress(self.pool, chosen))


class _YearPool:
    """The years of a pool, in pool order, with their positions sorted by value: the years
    near an answer are found by bisection, not by a scan of the whole pool."""

    def __init__(self, pool: list[str]) -> None:
        self.values = [(int(p), p) for p in pool if p.isdigit()]
        self.order = sorted(range(len(self.values)), key=lambda i: self.values[i][0])
        self.keys = [self.values[i][0] for i in self.order]

    def near(self, answer: int, distance: int) -> list[str]:
        """The years within `distance` of the answer, other than it, in pool order."""
        lo = bisect_left(self.keys, answer - distance)
        hi = bisect_right(self.keys, answer + distance)
        text = str(answer)
        values = self.values
        return [p for i in sorted(self.order[lo:hi]) if (p := values[i][1]) != text]


def _years(answer: int, pool: _YearPool, rng: random.Random) -> list[str]:
    near = pool.near(answer, 40)
    rng.shuffle(near)
    out = near[:2]
    while len(out) < CHOICES - 1:
        y = answer + rng.choice([-1, 1]) * rng.randint(1, 12)
        if str(y) not in out and y != answer and 0 < y <= answer + 60:
            out.append(str(y))
    return out


_SCALED = re.compile(r"^(\d+(?:[.,]\d+)?) (\w+)$")


def _scaled(number: str, unit: str, rng: random.Random) -> list[str]:
    """'2.3 million' -> '1.8 million', '3.1 million', ...: same unit, one decimal like it."""
    comma = "," in number
    value = float(number.replace(",", "."))
    decimals = len(number.replace(",", ".").partition(".")[2])
    out: list[str] = []
    for _ in range(100):
        if len(out) == CHOICES - 1:
            break
        n = round(value * rng.uniform(0.4, 1.8), decimals)
        text = f"{n:.{decimals}f}"
        text = text.replace(".", ",") if comma else text
        if n > 0 and text != number and f"{text} {unit}" not in out:
            out.append(f"{text} {unit}")
    return out


def _numbers(answer: str, rng: random.Random) -> list[str]:
    digits = re.sub(r"\D", "", answer)
    value = int(digits)
    sep = next((c for c in answer if not c.isdigit()), "")
    out: list[str] = []
    tries = 0
    zeros = len(digits) - len(digits.rstrip("0")) if value else 0
    step = 10 ** min(zeros, max(0, len(digits) - 1))
    while len(out) < CHOICES - 1 and tries < 100:
        tries += 1
        factor = rng.uniform(0.5, 1.6)
        n = max(step, round(value * factor / step) * step)
        if len(str(n)) != len(str(value)) and value >= 10:
            continue
        if n == value:
            continue
        text = f"{n:,}".replace(",", sep) if sep else str(n)
        if text not in out:
            out.append(text)
    return out


def _dates(answer: str, rng: random.Random) -> list[str] | None:
    m = _DATE.match(answer)
    if m:
        day, rest, fmt = int(m.group("day")), m.group("rest"), "{day}{rest}"
    else:
        m = _EN_DATE.match(answer)
        if not m:
            return None
        day, rest, fmt = int(m.group("day")), m.group("rest"), m.group("month") + " {day}{rest}"
    days = [d for d in range(1, 29) if d != day]
    rng.shuffle(days)
    return [fmt.format(day=d, rest=rest) for d in days[: CHOICES - 1]]


def distractors(c: Candidate, pools: Pools, rng: random.Random) -> list[str]:
    """Three wrong answers of the answer's type, or none when the document has too few."""
    if c.answer_type == "year" and c.answer.isdigit():
        return _years(int(c.answer), pools.years(), rng)
    era = _ERA.match(c.answer)
    if c.answer_type == "year" and era:
        year, suffix = int(era.group(1)), era.group(2)
        pool = [p.split()[0] for p in pools.get("year", []) if p.endswith(suffix)]
        return [f"{y} {suffix}" for y in _years(year, _YearPool(pool), rng)]
    if c.answer_type == "date":
        return _dates(c.answer, rng) or []
    if c.answer_type == "number" and _NUMBER.match(c.answer):
        return _numbers(c.answer, rng)
    scaled = _SCALED.match(c.answer)
    if c.answer_type == "number" and scaled:
        return _scaled(scaled.group(1), scaled.group(2), rng)
    taken = _Taken((c.answer, *c.accept))
    if c.answer_type in ("thing", "ordinal"):
        return []  # no pool: any other thing of the article would be a giveaway
    types: tuple[str, ...] = (c.answer_type,)
    index = pools.index(types)
    for sibling in _SIBLINGS.get(c.answer_type, ()):
        if index.fresh_count(taken) >= CHOICES - 1:
            break
        types += (sibling,)
        index = pools.index(types)
    options = index.options(taken, fold(c.answer))
    if len(options) < CHOICES - 1:
        return []
    return rng.sample(options, CHOICES - 1)


def _numeric(option: str) -> int:
    digits = "".join(ch for ch in option.split()[0] if ch.isdigit()) if option.split() else ""
    return int(digits or 0)


def choices_for(c: Candidate, card_id: str, pools: Pools) -> tuple[str, ...]:
    """The answer and its distractors in a deterministic order seeded by the card id."""
    rng = random.Random(f"quizlib:{card_id}")
    wrong = distractors(c, pools, rng)
    if len(wrong) < CHOICES - 1:
        return ()
    options = [c.answer, *wrong]
    if c.answer_type in ("year", "number"):
        return tuple(sorted(options, key=_numeric))
    rng.shuffle(options)
    return tuple(options)
