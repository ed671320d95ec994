"""Small numbers spelled as words, with their values ("undici" -> 11, "twenty-one" -> 21):
below the extractors, as the wording of questions reads them too (a count word that opens a
sentence is no name: "Undici strutture …" -> "Quando undici strutture …?")."""

from __future__ import annotations


def _numbered(words: str, first: int, step: int = 1) -> dict[str, int]:
    return {word: first + i * step for i, word in enumerate(words.split())}


_IT_UNITS = _numbered("due tre quattro cinque sei sette otto nove", 2)


_IT_TEENS = _numbered(
    "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove", 10
)


_IT_TENS = _numbered("venti trenta quaranta cinquanta sessanta settanta ottanta novanta", 20, 10)


_EN_SMALL = _numbered(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen""",
    2,
)


_EN_TENS = _numbered("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10)


def _italian_words() -> dict[str, int]:
    words = {**_IT_UNITS, **_IT_TEENS, "cento": 100, "mille": 1000}
    for tens, value in _IT_TENS.items():
        if tens != "venti":
            words[tens] = value
        words[tens[:-1] + "uno"] = value + 1  # ventuno, trentuno: the vowel drops
        words[tens[:-1] + "otto"] = value + 8
        words[tens + "tré"] = value + 3  # first: the spelling a number is written back in
        for unit, n in _IT_UNITS.items():
            if unit != "otto":
                words[tens + unit] = value + n  # "ventitre" too, as articles may write it
    for unit, n in _IT_UNITS.items():
        words[unit + "mila"] = n * 1000  # duemila ... novemila
    words["diecimila"] = 10000
    return words


def _english_words() -> dict[str, int]:
    words = {**_EN_SMALL}
    for tens, value in _EN_TENS.items():
        words[tens] = value
        for unit, n in list(_EN_SMALL.items())[:8]:  # two ... nine
            words[f"{tens}-{unit}"] = value + n
        words[f"{tens}-one"] = value + 1
    return words


NUMBER_WORDS = {"it": _italian_words(), "en": _english_words()}
