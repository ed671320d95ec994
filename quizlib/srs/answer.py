"""Checking a typed answer: exact, close (a small typo) or wrong, with the difference.

Before comparing, both sides drop case, accents, punctuation, the kind of quotes and
apostrophes, leading articles and elisions (il, la, l', un', the, an...), and turn
simple number words into digits ("ventisette" = "27", "twenty-seven" = "27"). A small
typo, scaled to the answer's length, is close; numbers must match exactly ("1874" is
not "1873").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from quizlib.srs.scheduler import Rating

ARTICLES = {
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno"}),
    "en": frozenset({"the", "a", "an"}),
}
_ALL_ARTICLES = frozenset().union(*ARTICLES.values())

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u0131": "i",  # dotless i: casefold keeps it apart from i
    }
)


class Grade(StrEnum):
    EXACT = "exact"
    CLOSE = "close"
    WRONG = "wrong"


_SUGGESTED = {Grade.EXACT: Rating.GOOD, Grade.CLOSE: Rating.HARD, Grade.WRONG: Rating.AGAIN}


@dataclass(frozen=True)
class Verdict:
    """How a typed answer compares with the best-matching accepted answer.

    `diff` is a list of (op, text): "equal" text in both, "delete" typed but not in the
    answer, "insert" in the answer but not typed. `suggested` is the rating to offer.
    """

    grade: Grade
    expected: str
    diff: list[tuple[str, str]]
    suggested: Rating
    typed: str = ""
    distance: int = 0

    @property
    def correct(self) -> bool:
        """Exact or close: the answer was known."""
        return self.grade != Grade.WRONG


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _fold(text))


def normalize(text: str, language: str | None = None) -> str:
    """The form answers are compared in: folded words, no leading article, digits for numbers."""
    words = _tokens(text)
    articles = ARTICLES.get(language or "", _ALL_ARTICLES)
    while len(words) > 1 and words[0] in articles:
        words = words[1:]
    return " ".join(_numbers_to_digits(words, language))


# numbers written as words

_IT_UNITS = {
    "uno": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
}
_IT_SMALL = {
    "zero": 0,
    "un": 1,
    **_IT_UNITS,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
}
_IT_TENS = {
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
}


def _it_below_100(s: str) -> int | None:
    if s in _IT_SMALL:
        return _IT_SMALL[s]
    if s in _IT_TENS:
        return _IT_TENS[s]
    for word, value in _IT_TENS.items():
        for stem in (word, word[:-1]):  # ventuno, ventotto drop the vowel
            rest = s[len(stem) :]
            if s.startswith(stem) and rest in _IT_UNITS:
                return value + _IT_UNITS[rest]
    return None


def _it_below_1000(s: str) -> int | None:
    value = _it_below_100(s)
    if value is not None:
        return value
    at = s.find("cent")
    if at < 0:
        return None
    head, tail = s[:at], s[at + 4 :]
    hundreds = 1 if head == "" else _IT_UNITS.get(head) if head != "uno" else None
    if hundreds is None or (head and hundreds < 2):
        return None
    if tail == "o":
        return hundreds * 100
    for rest in (tail[1:] if tail.startswith("o") else None, tail):  # centotre, centotto
        if rest:
            below = _it_below_100(rest)
            if below is not None and below > 0:
                return hundreds * 100 + below
    return None


def italian_number(word: str) -> int | None:
    """The value of an Italian number word up to 999,999 ("milleottocentosettantatre")."""
    if not word.isalpha():
        return None
    value = _it_below_1000(word)
    if value is not None:
        return value
    if word.startswith("mille"):
        rest = word[5:]
        below = _it_below_1000(rest) if rest else 0
        return None if below is None else 1000 + below
    at = word.find("mila")
    if at > 0:
        thousands = _it_below_1000(word[:at])
        rest = word[at + 4 :]
        below = _it_below_1000(rest) if rest else 0
        if thousands is not None and thousands >= 2 and below is not None:
            return thousands * 1000 + below
    return None


_EN_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_EN_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}


def _english_number(words: Sequence[str], start: int) -> tuple[int, int] | None:
    """An English number starting at words[start]: (value, words used), or None."""
    total = current = 0
    i = start
    used = 0
    while i < len(words):
        w = words[i]
        if w in _EN_SMALL:
            current += _EN_SMALL[w]
        elif w in _EN_TENS:
            current += _EN_TENS[w]
        elif w == "hundred" and used:
            current = current * 100
        elif w == "thousand" and used:
            total += current * 1000
            current = 0
        elif w == "and" and used and i + 1 < len(words) and _is_en_number_word(words[i + 1]):
            pass
        else:
            break
        i += 1
        used = i - start
    if not used:
        return None
    return total + current, used


def _is_en_number_word(w: str) -> bool:
    return w in _EN_SMALL or w in _EN_TENS


def _numbers_to_digits(words: list[str], language: str | None) -> list[str]:
    out: list[str] = []
    i = 0
    use_en = language in (None, "en")
    use_it = language in (None, "it")
    while i < len(words):
        w = words[i]
        if use_en and _is_en_number_word(w):
            found = _english_number(words, i)
            if found is not None:
                out.append(str(found[0]))
                i += found[1]
                continue
        if use_it:
            value = italian_number(w)
            if value is not None:
                out.append(str(value))
                i += 1
                continue
        out.append(w)
        i += 1
    return out


# comparing


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, swaps."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            row.append(value)
        previous2, previous = previous, row
    return previous[-1]


def allowed_typos(length: int) -> int:
    """How many edits still count as a typo for an answer this long."""
    if length < 4:
        return 0
    if length < 8:
        return 1
    if length < 15:
        return 2
    return max(3, length // 7)


def _numbers(normalized: str) -> list[str]:
    return re.findall(r"\d+", normalized)


def check_answer(typed: str, accepted: Sequence[str], language: str | None = None) -> Verdict:
    """Compare a typed answer with the accepted ones; the best match decides."""
    candidates = [a for a in accepted if a.strip()]
    if not candidates:
        raise ValueError("no accepted answer to compare with")
    typed_norm = normalize(typed, language)
    best: tuple[int, float, int, str] | None = None
    for index, answer in enumerate(candidates):
        norm = normalize(answer, language)
        if typed_norm and typed_norm == norm:
            return _verdict(Grade.EXACT, typed, answer, 0)
        if not typed_norm or not norm or _numbers(typed_norm) != _numbers(norm):
            continue
        distance = edit_distance(typed_norm, norm)
        if distance <= allowed_typos(len(norm)):
            rank = (distance, distance / len(norm), index, answer)
            if best is None or rank < best:
                best = rank
    if best is not None:
        return _verdict(Grade.CLOSE, typed, best[3], best[0])
    closest = max(
        candidates,
        key=lambda a: difflib.SequenceMatcher(None, typed_norm, normalize(a, language)).ratio(),
    )
    return _verdict(Grade.WRONG, typed, closest, -1)


def _verdict(grade: Grade, typed: str, expected: str, distance: int) -> Verdict:
    return Verdict(
        grade=grade,
        expected=expected,
        diff=diff_segments(typed.strip(), expected.strip()),
        suggested=_SUGGESTED[grade],
        typed=typed,
        distance=distance,
    )


def diff_segments(typed: str, expected: str) -> list[tuple[str, str]]:
    """Character differences, ignoring case and accents, in the original spelling."""
    a = [_fold(c)[:1] or c for c in typed]
    b = [_fold(c)[:1] or c for c in expected]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(("equal", expected[j1:j2]))
            continue
        if i2 > i1:
            segments.append(("delete", typed[i1:i2]))
        if j2 > j1:
            segments.append(("insert", expected[j1:j2]))
    return segments
