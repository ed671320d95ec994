"""Numbers written as words. News spells out the small ones ("nove condanne", "eleven
days"): they are facts like digits. "uno"/"one" and "a dozen" are left out (an article, a
pronoun, a guess); so is "venti" alone, which is as often the winds as twenty."""

from __future__ import annotations

import re

from ...numerals import NUMBER_WORDS

# "venti" is twenty only before a unit or a noun of people, which the winds never have: "dura
# in media venti giorni", "venti persone", "venti milioni".
_VENTI_UNITS = """secondi minuti ore giorni settimane mesi anni secoli volte persone euro
    chilometri metri centimetri chili chilogrammi tonnellate ettari litri posti milioni miliardi
    squadre comuni studenti dipendenti lavoratori""".split()


_UNIT_ONLY_WORDS = {"it": {"venti": 20}, "en": {}}


_UNIT_ONLY = {
    "it": rf"venti(?=\s+(?:{'|'.join(_VENTI_UNITS)})(?![\w’-]))",
    "en": "",
}


def spelled_value(word: str, language: str) -> int | None:
    """The value of a number word, 'venti' too (a number only before its unit): 'nove' -> 9."""
    low = word.lower()
    value = NUMBER_WORDS[language].get(low)
    return value if value is not None else _UNIT_ONLY_WORDS[language].get(low)


# A multiplier after a number: "2 milioni", "three million"; "un milione" and "one million"
# count too, though "un" and "one" alone do not.
_MULTIPLIERS = {
    "it": frozenset("mila milioni milione miliardi miliardo".split()),
    "en": frozenset("hundred thousand million billion".split()),
}


_ONE_BEFORE_MULTIPLIER = {"it": ("un",), "en": ("one",)}


# The cheap test of a sentence: one of these words (lowercased, split at spaces and stops)
# before any pattern is tried.
_TRIGGERS = {
    language: frozenset(words) | _MULTIPLIERS[language] | frozenset(_UNIT_ONLY_WORDS[language])
    for language, words in NUMBER_WORDS.items()
}


_A_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    return _A_DIGIT.search(text) is not None


# The words that tell a kind of fact a sentence may hold, found with its number words in one
# look-up: a unit of speed, of length or of the clock, a verb of making up or of winning, a
# fraction, "number".
_SPEED_WORDS = frozenset(
    "mph km/h kph kmh knots hour second orari all’ora secondo nodi km/s m/s".split()
)


_LENGTH_WORDS = frozenset(
    """km kilometres kilometers miles metres meters feet light-years light chilometri metri
    miglia luce""".split()
)


_CLOCK_WORDS = frozenset("hour hours minute minutes ore minuti".split())


_SHARE_WORDS = frozenset(
    """make makes made account accounts accounted represent represents represented
    rappresenta rappresentano rappresentava rappresentavano costituisce costituiscono
    costituiva costituivano""".split()
)


_MARGIN_WORDS = frozenset(
    "beat beats beating defeated defeats defeating won wins winning edged edges edging lost "
    "loses losing".split()
)


_REACHED_WORDS = frozenset("number numero".split())


_KIND_WORDS = (
    _SPEED_WORDS | _LENGTH_WORDS | _CLOCK_WORDS | _SHARE_WORDS | _MARGIN_WORDS | _REACHED_WORDS
)


# The words of the shapes a number fact may take beyond a plain count, in the same look-up: a
# vote, a dimension, a range, a time later, a population, an Italian cleft.
_TALLY_WORDS = frozenset(
    """voted passed approved rejected backed carried votato passata passato passati passate
    approvata approvato approvati approvate respinta respinto respinti respinte""".split()
)


_SYMBOL_WORDS = frozenset(
    """wide long high deep tall thick largo larga larghi larghe lungo lunga lunghi lunghe alto
    alta alti alte profondo profonda profondi profonde""".split()
)


_RANGE_WORDS = frozenset(
    "ranged ranges range varied varies vary variavano variano oscillavano oscillano vanno "
    "andavano".split()
)


_LATER_WORDS = frozenset("later dopo tardi".split())


_POPULATION_WORDS = frozenset("population popolazione".split())


_CLEFT_WORDS = frozenset("sono erano saranno".split())


# The verbs of a match won or lost, whose score a question asks ("ha battuto la Roma 3-1",
# "beating Hull 2-0"): participles and past forms, and gerunds with their participle.
_SCORE_PARTICIPLES = frozenset(
    """battuto battuta battuti battute sconfitto sconfitta sconfitti sconfitte superato superata
    superati superate eliminato eliminata eliminati eliminate beat beaten defeated
    thrashed edged""".split()
)


_SCORE_GERUNDS = {
    "battendo": "battuto",
    "sconfiggendo": "sconfitto",
    "superando": "superato",
    "eliminando": "eliminato",
    "beating": "beat",
    "defeating": "defeat",
    "thrashing": "thrash",
    "edging": "edge",
}


_SCORE_WORDS = _SCORE_PARTICIPLES | frozenset(_SCORE_GERUNDS)


_SHAPE_WORDS = (
    _TALLY_WORDS
    | _SYMBOL_WORDS
    | _RANGE_WORDS
    | _LATER_WORDS
    | _POPULATION_WORDS
    | _CLEFT_WORDS
    | _SCORE_WORDS
)


_ALL_TRIGGERS = {
    language: words | _KIND_WORDS | _SHAPE_WORDS for language, words in _TRIGGERS.items()
}


def _trigger_words_in(text: str, language: str) -> frozenset[str]:
    """The number words of a sentence and the words of the kinds of facts (most have
    none)."""
    low = text.lower().replace(",", " ").replace(".", " ").replace(";", " ").replace(":", " ")
    return _ALL_TRIGGERS[language].intersection(low.split())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spelled_number(language: str) -> str:
    """A number in words with its multiplier: 'nove', 'twenty-one', 'tre milioni', 'one
    million'."""
    words = _alternation(list(NUMBER_WORDS[language]))
    mult = _alternation(sorted(_MULTIPLIERS[language]))
    one = _alternation(list(_ONE_BEFORE_MULTIPLIER[language]))
    unit_only = f"|{_UNIT_ONLY[language]}" if _UNIT_ONLY[language] else ""
    return rf"(?:(?:{words}{unit_only})(?:\s+(?:{mult}))?|(?:{one})\s+(?:{mult}))(?![\w-])"


_DIGIT_NUMBER = r"\d(?<![\w.,’:-]\d)(?:\d{0,2}(?:[.,\u202f ]\d{3})+|\d*(?:[.,]\d+)?)"


_MULT_AFTER = r"(?:\s+(?:mila|milioni|miliardi|milione|miliardo|thousand|million|billion))?"


# A number alone, in digits or in words ("saranno 22", "sono dodici").
_ANY_NUMBER = {
    language: rf"(?:{_DIGIT_NUMBER}{_MULT_AFTER}|(?<![\w’-])(?i:{_spelled_number(language)}))"
    for language in NUMBER_WORDS
}
