"""Multiple-choice distractors of the answer's own type: near years, numbers of the same
magnitude, entities of the same kind from the article and its entries."""

from __future__ import annotations

import heapq
import random
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from .candidate import REMARK, Candidate
from .document import Document, definition_kind
from .extract.common import people_in
from .extract.numbers import BOUND_WORDS, NUMBER_WORDS
from .extract.remarks import quotation
from .given_names import gender, is_given_name
from .lexicon import MONTHS
from .text import QUOTATION, core, fold

CHOICES = 4
_ERA = re.compile(r"^(\d{1,4}) (a\.C\.|d\.C\.|BC|AD|B\.C\.|BCE|CE)$")
_DATE = re.compile(r"^(?P<day>\d{1,2})(?P<rest>\s+\S+(?:\s+\d{4})?)$")
_EN_DATE = re.compile(r"^(?P<month>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})(?P<rest>(?:,?\s+\d{4})?)$")
_MONTH_NAMES = "|".join(m for names in MONTHS.values() for m in names)
_YEAR = re.compile(r"(?:1\d{3}|20\d{2})(?![\d.,]\d)")  # no look-behind: 3x faster
_NUMBER_CHARS = frozenset("0123456789.,")
# Words before a year an article looks forward to: "entro il 2060", "by 2050", "until 2040".
_TARGET_BEFORE = re.compile(r"\b(?:entro(?: il)?|by|until|fino al|target of) $", re.IGNORECASE)
# A day and a month just before a year: "lunedì 13 aprile | 2026", "April 13, | 2026".
_DAY_MONTH_BEFORE = re.compile(
    r"(?i)(?:\b\d{1,2}º?\s+(?:" + _MONTH_NAMES + r")|\b(?:" + _MONTH_NAMES + r")\s+\d{1,2},?)\s+$"
)


def build_pools(doc: Document, candidates: Iterable[Candidate]) -> Pools:
    """Every answer the document offers, by answer type, in a stable order; the people quoted
    are also a pool of their own ("speaker")."""
    pools: dict[str, list[str]] = defaultdict(list)
    holders: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.answer_type == "role" and c.question:  # "What office does X hold?": X holds it
            holders[fold(c.answer)].update(name for _, _, name in people_in(c.question, doc))
        answer = c.answer
        if c.answer_type == "person":  # "De Palma" is "Nicola De Palma": one option, not two
            answer = doc.person(answer) or answer
        pools[pool_type(c, doc.language)].append(answer)
        if c.kind == "quote" and c.answer_type == PERSON:  # "Who said ...?", not what was said
            pools["speaker"].append(answer)
            quote = quotation(c, doc.language)
            if quote is not None:  # what was said: the choices of "What did X say?"
                pools[REMARK].append(quote)
    for e in doc.entries:
        pools[e.kind].append(e.name)
        if e.acronym:
            pools["acronym"].append(e.acronym)
        if e.expansion:
            pools["expansion"].append(e.expansion)
    body = story_text(doc)
    in_body = set(_CAPITAL_WORD.findall(body))
    for full in doc.people.values():
        # The people the article's own story names, apart from those only its background
        # entries name (history): Nelson is no choice for the mayor of Bronte.
        pools[PERSON if full.split()[-1] in in_body else PERSON_OF_HISTORY].append(full)
    out = Pools({k: list(dict.fromkeys(v)) for k, v in pools.items()})
    out.language = doc.language
    out.present = present_year(body)
    out.holders = dict(holders)
    return out


PERSON = "person"
PERSON_OF_HISTORY = "person@entry"


# Kinds of place, one pool of definitions: "a village on the Rhins of Galloway" is a fair
# choice for "What is Donaghadee?", "a marathon swimming challenge" is not.
_PLACE_KINDS = frozenset(["city", "region", "country"])
_ASKS_WHO = re.compile(r"(?:Chi|Who)\b")


def pool_type(c: Candidate, language: str) -> str:
    """The pool a candidate's answer joins and draws its choices from: its answer type, with
    the people of the background entries (history) apart from the story's, and a definition
    with those of the same kind of thing (a person, a place, an organisation): "un compositore
    italiano" is no choice for a city."""
    entry = c.sentence.entry
    if c.answer_type == PERSON and entry is not None:
        return PERSON_OF_HISTORY
    if c.answer_type == "definition":
        if (entry is not None and entry.kind == "person") or _ASKS_WHO.match(c.question or ""):
            return "definition@person"  # "Chi è stato Ernesto Schiaparelli?"
        kind = definition_kind(c.answer, language)
        return "definition@" + ("place" if kind in _PLACE_KINDS else kind)
    return c.answer_type


_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][\w’-]+")


def story_text(doc: Document) -> str:
    """The article's own sentences, its background entries left out."""
    return "\n".join(s.text for s in doc.sentences if s.entry is None)


def present_year(body: str) -> int | None:
    """The year the article is written in, as its own text (`body`: its sentences, the
    entries left out, as they tell history) tells: the latest full date in it ("venerdì 6
    febbraio 2026"), else the latest year it names; None when it names none."""
    years: list[int] = []
    dates: list[int] = []
    for m in _YEAR.finditer(body):  # years are few: a date's day and month are looked for
        if m.start() and body[m.start() - 1] in _NUMBER_CHARS:  # only before them
            continue  # "21.500", "12,1999"
        if _TARGET_BEFORE.search(body, max(0, m.start() - 12), m.start()):
            continue  # "entro il 2060", "by 2050": a year looked forward to, not the present
        years.append(int(m.group(0)))
        if _DAY_MONTH_BEFORE.search(body, max(0, m.start() - 20), m.start()):
            dates.append(years[-1])
    if dates:
        return max(dates)
    return max(years) if years else None


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


class Pools(dict[str, list[str]]):
    """Answers by type (see build_pools), with what every card would otherwise recompute
    over them: the years read as numbers, and an index of each pool of names."""

    language = "en"  # how the document writes numbers: "14.500" and "4,4" in Italian
    present: int | None = None  # the year the article is written in (see present_year)
    holders: dict[str, set[str]] | None = None  # an office (folded) -> the people it is asked of
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


def _years(
    answer: int, pool: _YearPool, rng: random.Random, present: int | None = None
) -> list[str]:
    """Years near the answer, from the article first. A past event gets no year after the
    article's own (`present`), an event still to come none before it: either would give the
    answer away."""
    low, high = 1, answer + 60
    if present is not None and answer <= present:
        high = present
    elif present is not None:
        low = present + 1
    near = [y for y in pool.near(answer, 40) if low <= int(y) <= high]
    rng.shuffle(near)
    out = near[:2]
    while len(out) < CHOICES - 1:
        y = answer + rng.choice([-1, 1]) * rng.randint(1, 12)
        if str(y) not in out and y != answer and low <= y <= high:
            out.append(str(y))
    return out


# An amount: a number in digits with what is written around it ("$1.2 billion", "40,000
# euros", "7,4%", "14.500"); what follows holds no other number ("2 hours, 2 minutes" is no
# amount).
_AMOUNT = re.compile(r"^(?P<pre>\D{0,4}?)(?P<num>\d[\d.,\u202f]*\d|\d)(?P<post>\D*)$")
_THOUSANDS = {"it": ".", "en": ","}
_PERCENT = ("%", " %", " per cento", " percent", " per cent")


class Amount(NamedTuple):
    """A number as written: its value, its decimals, and the marks it is written with."""

    value: float
    decimals: int
    thousands: str  # "" when the number has no thousands mark
    point: str  # the decimal mark, "." or ","


def read_amount(number: str, language: str) -> Amount | None:
    """'40,000' -> 40000 in English, '14.500' -> 14500 and '4,4' -> 4.4 in Italian."""
    marks = [ch for ch in number if not ch.isdigit()]
    if not marks:
        return Amount(float(number), 0, "", ".")
    groups = re.split(r"[.,\u202f]", number)
    if len(set(marks)) == 2:  # "1.234,5": the last mark is the decimal one
        point, thousands = marks[-1], marks[0]
        if marks.count(point) != 1 or any(len(g) != 3 for g in groups[1:-1]):
            return None
    elif all(len(g) == 3 for g in groups[1:]) and (
        len(marks) > 1 or marks[0] in (_THOUSANDS[language], "\u202f")
    ):
        point, thousands = ("," if marks[0] == "." else "."), marks[0]
    elif len(marks) == 1:
        point, thousands = marks[0], ""
    else:
        return None
    plain = number.replace(thousands, "") if thousands else number
    whole, _, fraction = plain.replace(point, ".").partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return Amount(float(f"{whole}.{fraction or 0}"), len(fraction), thousands, point)


def write_amount(value: float, like: Amount) -> str:
    text = f"{value:,.{like.decimals}f}"  # "12,345.6"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", like.thousands)
    return f"{whole}{like.point}{fraction}" if fraction else whole


# What the sentence says before the answer's number: a bound ("more than 1,000": any larger
# number is as true) or an estimate ("about 3.8 million": 3.7 million is no wrong answer).
_AT_LEAST = re.compile(
    r"(?i)(?:more than|over|at least|upwards of|in excess of|oltre|più di|almeno|ben)\s+$"
)
_AT_MOST = re.compile(
    r"(?i)(?:up to|less than|fewer than|under|below|at most|fino a|meno di|al massimo)\s+$"
)
_ROUGHLY = re.compile(
    r"(?i)(?:about|around|roughly|approximately|some|nearly|almost|circa|quasi|intorno a"
    r"|attorno a|poco più di|poco meno di)\s+$"
)


def _fits(c: Candidate, value: float) -> Callable[[float], bool]:
    """Which wrong values a number the sentence bounds or estimates may have."""
    text = c.sentence.text
    at = text.find(c.answer)
    return _wrong_values(text[max(0, at - 25) : at] if at > 0 else "", value, shown=False)


def _wrong_values(before: str, value: float, shown: bool) -> Callable[[float], bool]:
    """Which wrong values a figure may have by the bound or rounding word `before` it. A bound
    only the sentence says keeps them on its near side ('more than 400' -> 300, surely wrong);
    a bound the choices say too (`shown`) puts them beyond it ('more than 300' would be true
    as well)."""
    if _AT_LEAST.search(before):
        side = 1 if shown else -1
    elif _AT_MOST.search(before):
        side = -1 if shown else 1
    elif shown or _ROUGHLY.search(before):
        return lambda n: abs(n - value) >= value * 0.15
    else:
        return lambda n: True
    return (lambda n: n > value * 1.1) if side > 0 else (lambda n: n < value * 0.9)


def _amounts(
    answer: str, language: str, rng: random.Random, fits: Callable[[float], bool] | None = None
) -> list[str]:
    """Three amounts written like the answer, of its magnitude and as round as it: '40,000
    euros' -> '30,000 euros', ...; '7,4%' -> '5,1%', ...; '$1.2 billion' -> '$0.9 billion'.
    `fits`: which values the sentence leaves wrong (see _fits)."""
    m = _AMOUNT.match(answer)
    amount = read_amount(m.group("num"), language) if m else None
    if m is None or amount is None or amount.value <= 0:
        return []
    pre, post = m.group("pre"), m.group("post")
    percent = post.startswith(_PERCENT)
    if amount.decimals:
        step = 10.0**-amount.decimals
    else:  # as many round digits as the answer: 40,000 -> steps of 10,000, 14,500 of 100
        digits = str(int(amount.value))
        zeros = len(digits) - len(digits.rstrip("0"))
        step = float(10 ** min(zeros, max(0, len(digits) - 1)))
    # "more than 1,000": only smaller numbers are wrong, and 800 reads better than 1,030.
    only_below = fits is not None and not fits(amount.value * 1.2)
    out: list[str] = []
    for tries in range(200):
        if len(out) == CHOICES - 1:
            break
        if tries == 100 and step >= 10:
            step /= 10  # "2,000" has only "1,000" and "3,000" as round as it: one digit more
        n = max(step, round(amount.value * rng.uniform(0.5, 1.6) / step) * step)
        size = len(str(int(n)))
        if not amount.decimals and amount.value >= 10 and size != len(digits):
            if not (only_below and size == len(digits) - 1):
                continue  # the same number of digits: 4,000 -> 3,000 or 5,000, not 900
        if n == amount.value or (percent and n > 100) or (fits is not None and not fits(n)):
            continue
        text = f"{pre}{write_amount(n, amount)}{post}"
        if text != answer and text not in out:
            out.append(text)
    return out


def _number_words(
    answer: str, language: str, rng: random.Random, fits: Callable[[float], bool] | None = None
) -> list[str]:
    """'quattro' -> 'tre', 'sei', 'sette': numbers near the answer, in words like it."""
    first, _, rest = answer.partition(" ")
    value = NUMBER_WORDS[language].get(first.lower())
    if value is None:
        return []
    spelled = _SPELLED[language]
    spread = max(2, value // 3)
    near = [
        v
        for v in range(value - spread, value + spread + 1)
        if v != value and v in spelled and (fits is None or fits(v))
    ]
    rng.shuffle(near)
    out = []
    for v in near[: CHOICES - 1]:
        word = spelled[v].capitalize() if first[:1].isupper() else spelled[v]
        out.append(f"{word} {rest}".rstrip())
    return out


# A vote or a score told by its two sides: "6–3", "seven to three", "7 a 3".
_TALLY = re.compile(r"^(?P<a>\w+)(?P<sep>\s*[–-]\s*|\s+(?:to|a)\s+)(?P<b>\w+)$")


_ONE = {"it": "uno", "en": "one"}  # the number words start at two: "one" is mostly no count


def _side(word: str, language: str) -> int | None:
    if word.isdigit():
        return int(word)
    low = word.lower()
    return 1 if low == _ONE[language] else NUMBER_WORDS[language].get(low)


def _tallies(m: re.Match[str], language: str, rng: random.Random) -> list[str]:
    """Other splits of the same total, the same side ahead, written like the answer: 'seven
    to three' -> 'six to four', 'eight to two', 'nine to one' (a 'nine to three' would change
    how many voted, which the question does not ask)."""
    a, b = _side(m.group("a"), language), _side(m.group("b"), language)
    if a is None or b is None or a == b:
        return []
    words = not m.group("a").isdigit()
    spelled = {**_SPELLED[language], 1: _ONE[language]}
    out = []
    for k in (-3, -2, -1, 1, 2, 3):
        x, y = a + k, b - k
        if min(x, y) < 1 or (x > y) != (a > b) or x == y:
            continue
        if words and (x not in spelled or y not in spelled):
            continue
        first, second = (spelled[x], spelled[y]) if words else (str(x), str(y))
        if m.group("a")[:1].isupper():
            first = first.capitalize()
        out.append(f"{first}{m.group('sep')}{second}")
    rng.shuffle(out)
    return out[: CHOICES - 1] if len(out) >= CHOICES - 1 else []


def _spelled(language: str) -> dict[int, str]:
    """Each value its shortest word ('ventotto', not 'ventiotto')."""
    out: dict[int, str] = {}
    for word, value in NUMBER_WORDS[language].items():
        if value not in out or len(word) < len(out[value]):
            out[value] = word
    return out


_SPELLED = {language: _spelled(language) for language in NUMBER_WORDS}


# What may bound or round a figure in an answer (numbers.with_bound puts it there): "circa
# 30.000", "more than 400".
_BOUND = re.compile(
    "(?:" + "|".join(w for bounds in BOUND_WORDS.values() for w in bounds) + r") (?=\S)"
)


def option_value(option: str, language: str) -> float:
    """The number an option says, for putting options in order (0 when it says none)."""
    bound = _BOUND.match(option)
    option = option[bound.end() :] if bound else option
    first = option.split(" ", 1)[0].lower()
    if first in NUMBER_WORDS[language]:
        return float(NUMBER_WORDS[language][first])
    m = _AMOUNT.match(option)
    amount = read_amount(m.group("num"), language) if m else None
    if amount is None:
        digits = "".join(ch for ch in first if ch.isdigit())
        return float(digits or 0)
    return amount.value


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
        return _years(int(c.answer), pools.years(), rng, pools.present)
    era = _ERA.match(c.answer)
    if c.answer_type == "year" and era:
        year, suffix = int(era.group(1)), era.group(2)
        pool = [p.split()[0] for p in pools.get("year", []) if p.endswith(suffix)]
        return [f"{y} {suffix}" for y in _years(year, _YearPool(pool), rng)]
    if c.answer_type == "date":
        return _dates(c.answer, rng) or []
    if c.answer_type == "number" and (tally := _TALLY.match(c.answer)):
        return _tallies(tally, pools.language, rng)
    if c.answer_type in ("number", "percent"):
        # "circa 30.000": other figures with the same bound ("circa 25.000"), none true too.
        bound = _BOUND.match(c.answer)
        said = bound.group(0) if bound else ""
        answer = c.answer[len(said) :]
        # Only numbers written like the answer: "quattro" among "sei", "60" and "14.500", or
        # "eight" among durations and sums, gives itself away.
        first = answer.split(" ", 1)[0].lower()
        value: float | None = NUMBER_WORDS[pools.language].get(first)
        if value is None:
            m = _AMOUNT.match(answer)
            amount = read_amount(m.group("num"), pools.language) if m else None
            value = amount.value if amount else None
        fits: Callable[[float], bool] | None = None
        if value is not None:
            fits = _wrong_values(said, value, shown=True) if said else _fits(c, value)
        words = _number_words(answer, pools.language, rng, fits)
        return [said + option for option in words or _amounts(answer, pools.language, rng, fits)]
    taken = _Taken((c.answer, *c.accept))
    if c.answer_type in ("thing", "ordinal"):
        return []  # no pool: any other thing of the article would be a giveaway
    speakers: list[str] = []
    agrees = _same_gender(c.question) if c.answer_type == "person" else None
    if c.answer_type == "role":
        agrees = _another_office(c, pools, _office_for(c.question))
    if c.kind == "quote" and c.answer_type == PERSON:  # "Who said ...?": first the other
        # people the article quotes ("How did X describe it?" draws other descriptions)
        speakers = _picked(
            pools.index(("speaker",)).options(taken, fold(c.answer)), c.question, rng, agrees=agrees
        )
        if len(speakers) == CHOICES - 1:
            return speakers
        for speaker in speakers:
            taken.add(*_shape(speaker))
    # Only answers of the same type: a region among cities, or a country, gives itself away.
    index = pools.index((pool_type(c, pools.language),))
    needed = CHOICES - 1 - len(speakers)
    options = _picked(index.options(taken, fold(c.answer)), c.question, rng, needed, agrees)
    return speakers + options if len(options) == needed else []


def _same_gender(question: str | None) -> Callable[[str], bool] | None:
    """For a question that says the person's gender ("Who is the first girl to ...?", "Chi è
    la sindaca?"), a test that lets through only people not known to be of the other: three
    men among the choices would give the answer away."""
    said_of = QUOTATION.sub(" ", question or "")  # "Who said “... my daughter”?": not her
    words = set(fold(said_of).split())
    if words & _FEMININE_CUES or _FEMININE_OFFICE.search(said_of):
        said = "f"
    elif words & _MASCULINE_CUES:
        said = "m"
    else:
        return None
    return lambda option: gender(option) in (said, None)


def _another_office(
    c: Candidate, pools: Pools, agrees: Callable[[str], bool] | None
) -> Callable[[str], bool] | None:
    """`agrees`, and no other office of the same person: for "What office does Ingrid Berg
    hold?", "Halvora’s chief executive" is as true as "the company’s chief executive"."""
    holders = pools.holders or {}
    own = holders.get(fold(c.answer), set())
    if not own:
        return agrees
    return lambda option: (
        own.isdisjoint(holders.get(fold(option), ())) and (agrees is None or agrees(option))
    )


def _office_for(question: str | None) -> Callable[[str], bool] | None:
    """For "What office does Giuseppe Marzulli hold?", a test that keeps out the offices only
    a woman is said to hold ("sindaca di Bari", "regina di Polonia"): a man's name gives them
    away as wrong."""
    names = (w for w in _NAME_WORD.findall(question or "") if is_given_name(w))
    said = next((g for w in names if (g := gender(w))), None)
    if said != "m":
        return None  # Italian names a woman's office in the masculine too ("il ministro")
    return lambda option: option.split(" ", 1)[0].lower().strip("’'") not in _WOMEN_OFFICES


_WOMEN_OFFICES = frozenset(
    """sindaca ministra regina principessa presidentessa direttrice senatrice governatrice
    rettrice procuratrice assessora segretaria amministratrice fondatrice curatrice allenatrice
    commissaria viceministra sottosegretaria dottoressa professoressa avvocata deputata
    queen princess duchess chairwoman spokeswoman congresswoman""".split()
)
_FEMININE_CUES = frozenset(
    """girl woman women she her daughter mother wife sister queen actress ragazza donna donne
    figlia madre moglie sorella regina attrice""".split()
)
# Italian says a woman's office with "la" ("la sindaca", "la presidente"); "il ministro" may
# still be a woman, so the masculine says nothing.
_FEMININE_OFFICE = re.compile(
    r"(?i)\b(?:la|della|alla|dalla|nella|sulla)\s+(?:\w+\s+)?(?:sindaca|ministra|presidente|direttrice|assessora|segretaria|senatrice|governatrice|rettrice|procuratrice|giudice|portavoce|prima|vicepresidente|fondatrice|amministratrice|commissaria|dirigente|curatrice|allenatrice|capitana)\b"
)
_MASCULINE_CUES = frozenset(
    """boy man men he his son father husband brother king actor ragazzo uomo figlio padre
    marito fratello re attore""".split()
)


_NAME_WORD = re.compile(r"(?<!^)(?<![\w’-])[A-ZÀ-Þ][\w’-]{2,}")
_WORD = re.compile(r"[\w’-]+")


def _picked(
    options: list[str],
    question: str | None,
    rng: random.Random,
    count: int = CHOICES - 1,
    agrees: Callable[[str], bool] | None = None,
) -> list[str]:
    """Up to `count` options drawn at random among those that name nothing the question
    names: for "Che cos’è Bari?", "un comune della città metropolitana di Bari" would answer a
    question of its own; and, given `agrees`, only those it lets through. Options are tested
    as they are drawn, not all of them (a long article offers hundreds of people)."""
    names = set(_NAME_WORD.findall(question or ""))
    pool = list(options)
    out: list[str] = []
    while len(out) < count and pool:
        i = rng.randrange(len(pool))
        option = pool[i]
        pool[i] = pool[-1]
        pool.pop()
        if agrees is not None and not agrees(option):
            continue
        if not names or names.isdisjoint(_WORD.findall(option)):
            out.append(option)
    return out


def choices_for(c: Candidate, card_id: str, pools: Pools) -> tuple[str, ...]:
    """The answer and its distractors in a deterministic order seeded by the card id."""
    rng = random.Random(f"quizlib:{card_id}")
    wrong = distractors(c, pools, rng)
    if len(wrong) < CHOICES - 1:
        return ()
    options = [c.answer, *wrong]
    if c.answer_type in ("year", "number", "percent"):
        return tuple(sorted(options, key=lambda o: option_value(o, pools.language)))
    rng.shuffle(options)
    return tuple(options)
