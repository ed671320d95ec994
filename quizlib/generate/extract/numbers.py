"""Numbers and quantities: 'Quanti paesi europei comprende l’Unione Europea?' -> 27,
'In quante sezioni è articolata la mostra?' -> quattro, 'How long is the course?' -> 42.195
kilometres, 'Quanti saranno i varchi?' -> 22."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..candidate import Candidate
from ..chunks import (
    ADVERBIALS,
    POSSESSIVES,
    PREPOSITIONS,
    THEIR,
    Token,
    index_at,
    main_verb,
    starts_with_subject,
    tokens,
)
from ..document import NAME_RUN, Document, Sentence, is_known_word
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    MONTH_WORDS,
    MONTHS,
    ROLE_WORDS,
    STOPWORDS,
    UNITS,
    WEEKDAYS,
)
from ..phrase import of_phrase, render
from ..text import lower_first, squash, takes_lo, upper_first
from ..verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_present_at,
    lemma,
    may_be_present,
)
from .common import counted_from_event, drop_titles, lower_initial, people_in
from .subject import refers_to_entry

# ---------------------------------------------------------------------------------------------
# Numbers written as words. News spells out the small ones ("nove condanne", "eleven days"):
# they are facts like digits. "uno"/"one" and "a dozen" are left out (an article, a pronoun,
# a guess); so is "venti" alone, which is as often the winds as twenty.


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
    language: frozenset(words) | _MULTIPLIERS[language] for language, words in NUMBER_WORDS.items()
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
    return rf"(?:(?:{words})(?:\s+(?:{mult}))?|(?:{one})\s+(?:{mult}))(?![\w-])"


_DIGIT_NUMBER = r"\d(?<![\w.,’:-]\d)(?:\d{0,2}(?:[.,\u202f ]\d{3})+|\d*(?:[.,]\d+)?)"
_MULT_AFTER = r"(?:\s+(?:mila|milioni|miliardi|milione|miliardo|thousand|million|billion))?"
# A number alone, in digits or in words ("saranno 22", "sono dodici").
_ANY_NUMBER = {
    language: rf"(?:{_DIGIT_NUMBER}{_MULT_AFTER}|(?<![\w’-])(?i:{_spelled_number(language)}))"
    for language in NUMBER_WORDS
}

# ---------------------------------------------------------------------------------------------
# A count: a number and the noun it counts ("oltre 6.000 terremoti", "nove condanne").

# The number opens with its first digit and looks behind it from there ("(?<![\w.,’-])" before
# "\d{1,3}(?:[.,\u202f ]\d{3})+|\d+(?:[.,]\d+)?", alternatives in the same order): a pattern
# that starts with a digit lets re skip to the digits instead of trying every position.
_COUNTED = r"\s+(?:(?:di|of)\s+)?(?P<noun>[^\W\d_]{3,})(?:\s+(?P<adj>[^\W\d_]{3,}))?"
NUMBER = re.compile(
    r"(?P<num>\d(?<![\w.,’:-]\d)(?:\d{0,2}(?:[.,\u202f ]\d{3})+|\d*(?:[.,]\d+)?))"
    r"(?:\s+(?P<mult>mila|milioni|miliardi|milione|miliardo|thousand|million|billion))?" + _COUNTED
)
_SPELLED = {
    language: re.compile(rf"(?<![\w’-])(?P<num>(?i:{_spelled_number(language)}))" + _COUNTED)
    for language in NUMBER_WORDS
}
# The same, matched where a number word was found.
_SPELLED_AT = {
    language: re.compile(rf"(?P<num>(?i:{_spelled_number(language)}))" + _COUNTED)
    for language in NUMBER_WORDS
}
_HAVE_NOUNS = frozenset(
    """abitanti residenti persone dipendenti membri studenti iscritti soci inhabitants residents
    people employees members students""".split()
)
# What a body counts as its parts: "Quanti stati membri comprende l’UE?".
_MEMBER_NOUNS = frozenset(
    """stati paesi membri comuni regioni province nazioni contee cantoni distretti quartieri
    isole states countries members municipalities regions provinces nations counties cantons
    districts islands""".split()
)
# The verbs that say how many a body has or counts, not what it did ("ha perso 2.000
# abitanti" is no count of its inhabitants).
_HAVE_VERBS = frozenset(
    """avere contare essere comprendere includere annoverare riunire raggruppare have be count
    comprise include number contain""".split()
)
_MONTHS = {language: frozenset(m.lower() for m in months) for language, months in MONTHS.items()}
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_DIMENSIONS = frozenset("wide long high deep tall old thick largo lungo alto profondo".split())
# Hours, minutes and seconds of a duration are hidden whole, by the cloze extractor; alone
# ("14 seconds ahead", "for 90 minutes") they are counts like days.
_CLOCK = frozenset("hours hour minutes minute seconds ore ora minuti minuto secondi".split())
_SKIP_NOUNS = frozenset("per percent cento".split())
_YEARS = frozenset("anni anno years year".split())
# Counts of days, weeks, months and years are asked ("Per quanti giorni ...?"); the other
# units are measures, asked only with the dimension the sentence names.
_TIME_UNITS = frozenset("giorni settimane mesi days weeks months".split()) | _YEARS | _CLOCK
_CURRENCIES = frozenset(
    """euro euros dollari dollars sterline pounds franchi francs yen yuan rubli rubles
    roubles""".split()
)
_EXTRA_UNITS = frozenset(
    """centimetri millimetri cm mm piedi feet foot pollici inches ettari hectares acri acres
    litri litres liters grammi grams chilogrammi kilograms kilos quintali km² m² mq square
    quadrati tonnes""".split()
) | frozenset(  # units of power and of data: "500 kilowatts", "38 gigabytes"
    """watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts gigabyte gigabytes
    terabyte terabytes megabyte megabytes""".split()
)
_UNIT_ADJECTIVES = frozenset("quadrati quadrato cubi cubici square cubic".split())
_NOT_COUNTS = frozenset("terzi quarti quinti decimi thirds quarters fifths tenths halves".split())
# What follows a number of years that is a point in time, not a count: "tre anni fa".
_COMPARATIVES = frozenset(
    """più meno superiore inferiore maggiore minore tanto quanto more less than as the that
    larger bigger higher greater faster il lo la l’""".split()
)
# Before a spelled number that is no fact: "le tre sezioni", "its two sons".
_DEFINITE = frozenset(
    """il lo la i gli le l’ dei degli delle ai agli alle nei negli nelle sui sugli sulle dai
    dagli dalle coi suoi sue loro questi queste quei quelle the its his her their these those
    our my your same other final following next last first stessi stesse altri altre
    primi prime ultimi ultime prossimi prossime""".split()
)
_EN_PLURALS = frozenset(
    "people children men women police staff feet teeth mice sheep fish deer cattle aircraft".split()
)
_IT_INVARIABLE = frozenset("euro città università crisi specie serie film sport km".split())


@dataclass(frozen=True)
class _Count:
    start: int  # the first character of the number
    end: int  # the end of the number and its multiplier
    noun_end: int  # the end of the counted noun phrase
    unit_end: int  # the end of the noun and its adjective, without a complement
    number: str  # as written: "6.000", "2 milioni", "nove"
    digits: str | None  # a number written in words, in digits: "9"
    noun: str  # the head noun, lowercased: "condanne"
    nouns: str  # the counted phrase: "sezioni tematiche", "vigili del fuoco"
    counted: str  # the noun and its adjective: "sezioni tematiche", "vigili", "member states"
    adj: str | None  # a word after the noun that goes with it: "tematiche"

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(a for a in (self.digits,) if a)


def _plural(word: str, language: str) -> bool:
    """Whether a word after a spelled number may be the plural noun it counts ('sei mesi',
    not 'sei stato' or 'Sei pronto')."""
    w = word.lower()
    if language == "en":
        # "indigenous", "famous": an adjective in -ous is no plural
        return (w.endswith("s") and not w.endswith(("ss", "ous"))) or w in _EN_PLURALS
    return w.endswith(("i", "e", "à", "ù")) or w in _IT_INVARIABLE


def _spelled_value(number: str, language: str) -> str:
    """'nove' -> '9', 'tre milioni' -> '3 milioni', 'twenty-one' -> '21'."""
    words = number.lower().split()
    value = NUMBER_WORDS[language].get(words[0], 1)
    return " ".join([str(value), *words[1:]])


def _word_before(text: str, at: int) -> str:
    before = text[:at].split()
    return before[-1].lower() if before else ""


def _complement(text: str, at: int, language: str) -> int:
    """The end of a 'di'/'of' complement that names what is counted, right after the noun:
    '420 vigili| del fuoco' -> after 'fuoco', '14 lines| of Latin' -> after 'Latin'."""
    size = (_SIZE.match(text, at) or _QUALITY.match(text, at)) if language == "it" else None
    if size is not None:
        return size.end()  # "12 autobus da 18 metri": the size of each, no adverbial
    if language == "it" and " a" in text[at : at + 4]:
        kind = _kind_with_a(text, at)
        if kind:  # "1.200 sensori a fibra ottica": the kind of each, no adverbial
            return _complement(text, kind, language)  # "locomotive a vapore| del Novecento"
    m = _OF_COMPLEMENT[language].match(text, at)
    if m is None:
        return at
    word = m.group("word")
    if word in STOPWORDS[language]:
        return at
    if is_finite(word, language) or is_participle(word, language):
        if language != "en" or not _participle_before_noun(text, m.end()):
            return at
        # "9 square kilometres of protected| moorland": the participle qualifies the noun
        return _english_compound(text, m)
    if word[:1].isupper():
        name = NAME_RUN.match(text, m.start("word"))
        if name is None:
            return at
        return _noun_after_name(text, name.end()) if language == "en" else name.end()
    if language == "it":
        return _quality_after(text, _adjective_after(text, m.end()))
    end = _english_compound(text, m)
    nxt = _EN_NEXT.match(text, end)
    if nxt is None or not is_gerund(nxt.group("word"), "en") or nxt.group("word") == "building":
        return end
    # "341 incidents of people getting too close": the gerund's clause tells what is counted
    stop = _TAIL_END.search(text, nxt.start())
    clause_end = stop.start() if stop else len(text)
    return clause_end if len(text[end:clause_end].split()) <= _LONGEST_GERUND_CLAUSE else at


def _quality_after(text: str, at: int) -> int:
    """The end of an Italian quality after the complement of a counted noun, which is the
    thing's: '4 chilometri di illuminazione| a basso consumo|'."""
    quality = _QUALITY.match(text, at)
    return quality.end() if quality is not None else at


_EN_NEXT = re.compile(r"\s+(?P<word>[a-z]{3,})\b(?![’'-])")


def _noun_next(text: str, at: int) -> re.Match[str] | None:
    """The English word after `at` when it may be a noun the word before qualifies: no
    stopword, preposition, verb or adverb in -ly."""
    nxt = _EN_NEXT.match(text, at)
    if nxt is None:
        return None
    word = nxt.group("word")
    if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or word in _EN_NOT_MODIFIERS:
        return None
    return None if _verb_like(word) or word.endswith("ly") else nxt


def _noun_after_name(text: str, at: int) -> int:
    """The end of an English complement whose name qualifies the noun after it: '14 lines of
    Latin| text|', '200 tonnes of Scottish| salmon|'; not '12 members of Congress| voted'."""
    nxt = _noun_next(text, at)
    if nxt is None or is_participle(nxt.group("word"), "en"):
        return at
    return nxt.end()


_LONGEST_GERUND_CLAUSE = 5  # words of a gerund's clause in a counted noun phrase


def _participle_before_noun(text: str, at: int) -> bool:
    """Whether the English word after a participle at `at` is a noun it qualifies: 'of
    protected| moorland', not 'of sold| to' or 'of built| in'."""
    return _noun_next(text, at) is not None


def _english_compound(text: str, m: re.Match[str]) -> int:
    """The end of an English complement whose first word is a modifier of the noun after it:
    '640 tonnes of heavy| fuel oil|' (English puts the noun last)."""
    end = m.end()
    word = m.group("word")
    for _ in range(2):
        if _plural(word, "en"):
            break  # "tonnes of apples grown ...": a plural ends the noun phrase
        nxt = _EN_NEXT.match(text, end)
        if nxt is None:
            break
        word = nxt.group("word")
        if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or word in _EN_NOT_MODIFIERS:
            break
        if _verb_like(word):
            break
        end = nxt.end()
    return end


# Words that open an adverbial after a complement: "400 million tonnes of plastic every year".
_EN_NOT_MODIFIERS = frozenset("every each last next this per than".split())


def _verb_like(word: str) -> bool:
    return is_finite(word, "en") or is_participle(word, "en") or is_gerund(word, "en")


# A word after an Italian noun, maybe a hyphenated adjective ("pastore maremmano-abruzzese").
_NEXT = re.compile(r"\s+(?P<word>[a-zà-ù]{4,}(?:-[a-zà-ù]{4,})*)\b(?![’-])")


def _adjective_after(text: str, at: int) -> int:
    """The end of an Italian complement with the adjective after its noun: 'settanta
    centimetri di neve| fresca' -> after 'fresca' (not a verb, a participle, an adverb or
    a preposition, which go on with the clause)."""
    m = _NEXT.match(text, at)
    if m is None:
        return at
    word = m.group("word")
    if "-" in word:
        return m.end()  # "di pastore| maremmano-abruzzese": a compound adjective, no verb
    if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or word in ADVERBIALS["it"]:
        return at
    if word in ARTICULATED or word in ARTICLES["it"]:
        return at  # "il processo d’appello| sugli appalti"
    if word.endswith("mente") or word in NUMBER_WORDS["it"] or word in _APPROX:
        return at
    if is_finite(word, "it") or is_participle(word, "it") or is_gerund(word, "it"):
        return at
    return m.end()


_SIZE = re.compile(r"\s+da\s+\d[\d.,]*\s+[^\W\d_]+")
# A quality of each thing counted, "a"/"ad" with an adjective of degree and a noun: "4 idrovore|
# ad alta capacità", "30 dipendenti| a tempo pieno"; no adverbial of the clause.
_QUALITY = re.compile(
    r"\s+(?:a|ad)\s+(?:alt[aoie]|bass[aoie]|doppi[ao]|lung[ao]|cort[ao]|medi[ao]|tempo)"
    r"\s+[a-zà-ù]{4,}\b(?!’)"
)
# "a"/"ad" and a bare noun right after an Italian counted noun: what each is made with or
# runs on ("sensori a fibra ottica", "locomotive a vapore"), before an adjective or the end.
_KIND_WITH_A = re.compile(r"\s+(?:a|ad)\s+(?P<word>[a-zà-ù]{4,})\b(?![’'])")
# Nouns after "a" that make a rate or a place of the clause, no kind: "10 euro a testa".
_NOT_KINDS = frozenset(
    """testa persona settimana volta notte giornata partita famiglia casa scuola piedi bordo
    terra causa fronte favore seguito parte metà fine inizio destinazione""".split()
)
_NEXT_AFTER_KIND = re.compile(r"\s*(?P<word>[^\s,;.:)]*)")


def _kind_with_a(text: str, at: int) -> int:
    """The end of 'a' and a noun that tells the kind of the counted thing, or 0."""
    m = _KIND_WITH_A.match(text, at)
    if m is None:
        return 0
    word = m.group("word")
    if not _bare_noun(word) or word in _NOT_KINDS:
        return 0
    end = _adjective_after(text, m.end())
    nxt = _NEXT_AFTER_KIND.match(text, end)
    word = nxt.group("word").lower() if nxt else ""
    word = word.split("’")[0] + "’" if "’" in word else word  # "dell’Ottocento" -> "dell’"
    # the phrase ends: a break, a preposition or a conjunction ("a vapore| del secolo scorso")
    ends = not word or word in PREPOSITIONS["it"] or word in ARTICULATED or word in _AND
    return end if ends or word in STOPWORDS["it"] and word not in ARTICLES["it"] else 0


def _bare_noun(word: str) -> bool:
    """Whether an Italian word after a preposition may be a noun without its article."""
    if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or word in ADVERBIALS["it"]:
        return False
    if word in ARTICULATED or word in ARTICLES["it"] or word in NUMBER_WORDS["it"]:
        return False
    if word in _TIME_UNITS or word in _APPROX or word.endswith(("are", "ere", "ire", "mente")):
        return False
    return not (is_finite(word, "it") or is_participle(word, "it") or is_gerund(word, "it"))


_OF_COMPLEMENT = {
    "it": re.compile(
        # a space after a whole word: "distribuiti" opens with no "di"
        r"\s+(?:(?:di|del|dello|della|dei|degli|delle)\s+|d’|dell’)(?P<word>[^\W\d_]{3,})"
    ),
    "en": re.compile(r"\s+of\s+(?:the\s+)?(?P<word>[^\W\d_]{3,})"),
}


def _has_hours(text: str) -> bool:
    """Whether a sentence may hold a duration with hours, which is hidden whole."""
    return " hour" in text or " ore" in text or " ora" in text


# A unit of a duration told in two units: "2 ore e 30 minuti", "2 hours, 2 minutes and 48
# seconds"; hours alone ("per trenta ore", "for 36 hours") are a count like days.
_NEXT_CLOCK_UNIT = re.compile(r"^(?:,|,?\s+(?:e|ed|and))?\s+\S+\s+(?:minut|second)")
_PREVIOUS_CLOCK_UNIT = re.compile(r"(?:ore|ora|hours?|minut[io]|minutes?)(?:,|,?\s+(?:e|and))?\s+$")
_PLURAL_CLOCK = frozenset("ore minuti secondi hours minutes seconds".split())


def _in_clock_duration(text: str, m: re.Match[str], unit: str) -> bool:
    """Whether a unit of the clock is one part of a duration in several units (or a singular,
    as likely a time of day: 'alle 21.45 ora locale'), which is hidden whole."""
    if unit not in _PLURAL_CLOCK:
        return True
    if _NEXT_CLOCK_UNIT.match(text[m.end("noun") : m.end("noun") + 30]):
        return True
    return _PREVIOUS_CLOCK_UNIT.search(text[max(0, m.start() - 12) : m.start()]) is not None


# A count of part of a group: "on 22 of the operator’s routes", "in 12 of the 40 farms", "14
# delle linee dell’azienda". The counted is the whole phrase ("How many of the operator’s
# routes ...?"), its head the group's noun.
_PARTITIVE_OPENERS = {
    "en": frozenset("the its their".split()),
    "it": frozenset("dei degli delle".split()),
}
_PARTITIVE = re.compile(
    r"(?:[^\W\d_]+’s\s+|\d[\d.,]*\s+)?(?P<noun>[^\W\d_]{3,})\b(?![’'-])", re.UNICODE
)


_ONE_WORD_LEAD = re.compile(r"[A-Z][a-zà-ù]+,\s+")
_OWNER_S = re.compile(r"[’']s\s+(?=\d)")


def _owner_opener(text: str, m: re.Match[str]) -> bool:
    """Whether an English count's 'noun' after 'of' is a name that owns the group, a
    number after it: 'Five of| Leicester’s 16 branch libraries'."""
    noun = m.group("noun")
    if not noun[:1].isupper() or text[m.end("num") : m.start("noun")].strip() != "of":
        return False
    return _OWNER_S.match(text, m.end("noun")) is not None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a number in words opens its sentence, where a partitive is its subject, maybe
    after one adverb and its comma ('Overall, five of the birds died')."""
    before = text[:at].strip(' “«"‘')
    return before == "" or _ONE_WORD_LEAD.fullmatch(text, 0, at) is not None


def _partitive_count(
    m: re.Match[str], text: str, language: str, spelled: bool = False
) -> _Count | None:
    """The count of part of a group whose determiner the match took as its noun, or None."""
    opener = m.group("noun")
    if language == "en" and not text[m.end("num") : m.start("noun")].strip() == "of":
        return None
    after = m.end("noun") + 1
    if language == "en" and _owner_opener(text, m):
        after = m.end("noun") + len("’s ")  # "of Leicester’s| 16 branch libraries"
    p = _PARTITIVE.match(text, after)
    if p is not None and p.group("noun").lower() in NUMBER_WORDS[language]:
        p = _PARTITIVE.match(text, p.end("noun") + 1)  # "Tre delle ventidue| aree"
    if p is None:
        return None
    noun = p.group("noun")
    if language == "en" and not _plural(noun, "en"):
        modified = _modified_head(text, p.start("noun"))
        if modified is None:
            return None
        noun, head_end = modified  # "Five of the 14 tagged| birds"
        p = _PARTITIVE.match(text, head_end - len(noun))
        if p is None:
            return None
    plural = noun.endswith("s") if language == "en" else noun.endswith(("i", "e"))
    if not noun.islower() or not plural or noun in STOPWORDS[language] or noun in _YEARS:
        return None
    if noun in UNITS or noun in _EXTRA_UNITS or noun in _CURRENCIES or noun in _TIME_UNITS:
        return None
    noun_end = _adjective_after(text, p.end("noun")) if language == "it" else p.end("noun")
    phrase_end = _complement(text, noun_end, language)
    start = m.start("noun") if opener in _PARTITIVE_OPENERS["it"] else m.end("num") + 1
    return _Count(
        start=m.start("num"),
        end=m.end("num"),
        noun_end=phrase_end,
        unit_end=noun_end,
        number=m.group("num"),
        digits=_spelled_value(m.group("num"), language) if spelled else None,
        noun=noun,
        nouns=text[start:phrase_end].strip(),
        counted=text[start:noun_end].strip(),
        adj=None,
    )


# Italian pronouns a count of part of a group may take with "di": the group is named in
# another sentence, which the question cannot show.
_IT_PRONOUNS_OF = frozenset("questi queste quelli quelle essi esse loro tutti tutte".split())


def _count(m: re.Match[str], text: str, language: str, spelled: bool) -> _Count | None:
    """The count a match of NUMBER or _SPELLED stands for, or None when it counts nothing."""
    num, noun, adj = m.group("num"), m.group("noun"), m.group("adj")
    opener = noun in _PARTITIVE_OPENERS[language] or (
        language == "en" and _owner_opener(text, m)  # "Five of Leicester’s 16 libraries"
    )
    if opener and not m.groupdict().get("mult"):
        if not spelled or _opens_sentence(text, m.start()):  # "Eleven of the tags are ..."
            return _partitive_count(m, text, language, spelled)
    noun_end = m.end("noun")
    more = _head_after_more(text, m) if language == "en" else None
    if more is not None:  # "add 12 more turbines": asked "How many more turbines"
        (noun, noun_end), adj = more, None
    elif adj is not None and _adjective_first(noun, adj, language):
        noun, adj, noun_end = adj, None, m.end("adj")  # "14 new cases", "eight Arctic states"
        compound = _compound_head(text, noun_end)
        if compound is not None:  # "12 new bus| lanes", "86 heavy goods| vehicle trips"
            noun, noun_end = compound.group("head"), compound.end("head")
    elif (
        adj is not None
        and _follows_noun(adj, language)
        and _goes_with(noun, adj)
        and not _governs(text, m.end("adj"), adj)
    ):
        noun_end = m.end("adj")  # "sezioni tematiche", "chilometri quadrati"
    else:
        adj = None
        head = _english_head(text, m) if language == "en" else None
        if head is not None:  # "2.3 million probable dengue cases"
            noun, noun_end = head.group("noun"), head.end("noun")
        elif language == "en" and not _plural(noun, "en"):
            modified = _modified_head(text, m.start("noun"))
            if modified is not None:  # "12 lightweight solar-powered GPS tags"
                noun, noun_end = modified
    if spelled and not _spelled_counts(m, text, noun, language):
        return None
    if not spelled and _YEAR.fullmatch(num):
        return None
    low = noun.lower()
    if low in _MONTHS[language] or low in _NOT_COUNTS or low in _SKIP_NOUNS:
        return None
    if not noun.islower() or noun in STOPWORDS[language]:
        return None
    if low in _CLOCK and _has_hours(text) and _in_clock_duration(text, m, low):
        return None
    end = m.end("mult") if m.groupdict().get("mult") else m.end("num")
    number = text[m.start("num") : end]
    phrase_end = _complement(text, noun_end, language)
    return _Count(
        start=m.start("num"),
        end=end,
        noun_end=phrase_end,
        unit_end=noun_end,
        number=number,
        digits=_spelled_value(number, language) if spelled else None,
        noun=low,
        nouns=text[m.start("noun") : phrase_end],
        counted=text[m.start("noun") : noun_end],
        adj=adj,
    )


def _head_after_more(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """(head, end) of an English count on top of others: '12 more| electric| turbines'; not
    '12 more than'."""
    if m.group("noun") != "more" or m.group("adj") is None:
        return None
    return _modified_head(text, m.start("adj"))


_NEXT_WORD = re.compile(r"\s+(?P<noun>[a-z]{3,})")


def _english_head(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The plural noun a third word names after two words that are not it: 'probable dengue|
    cases' (an English count puts its modifiers first)."""
    noun, adj = m.group("noun"), m.group("adj")
    if adj is None or not noun.islower() or not adj.islower() or _plural(noun, "en"):
        return None
    if noun in STOPWORDS["en"] or adj in STOPWORDS["en"] or _plural(adj, "en"):
        return None
    head = _NEXT_WORD.match(text, m.end("adj"))
    if head is None or not _plural(head.group("noun"), "en"):
        return None
    word = head.group("noun")
    if word in STOPWORDS["en"] or word in _EN_NOT_HEADS or is_participle(word, "en"):
        return None
    return head


# A word of an English noun phrase before its head: a hyphenated modifier ("solar-powered"),
# an acronym ("GPS") or a lowercase word.
_MODIFIER_WORD = re.compile(r"\s*(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*)(?P<end>[,;.:)]?)")
_LONGEST_MODIFIERS = 4


def _modifier(word: str) -> bool:
    """Whether a word may stand before an English noun as its modifier: 'lightweight',
    'solar-powered', 'GPS'; no function word, verb or adverb, which end the noun phrase."""
    if "-" in word:
        return word.islower()
    if word.isupper():
        return 2 <= len(word) <= 5
    if not word.islower() or word in STOPWORDS["en"] or word in PREPOSITIONS["en"]:
        return False
    if word.endswith("ed") and is_participle(word, "en"):
        return True  # "14 tagged| birds": a participle before its noun qualifies it
    return not (_verb_like(word) or word.endswith("ly") or word in NUMBER_WORDS["en"])


def _modified_head(text: str, at: int) -> tuple[str, int] | None:
    """(head, end) of an English counted noun phrase whose modifiers come first, the plural
    noun after them: '12 lightweight solar-powered GPS| tags', '30 low-cost| homes' (a count
    of 'lightweight' or 'low' asks of no thing)."""
    for _ in range(_LONGEST_MODIFIERS + 1):
        m = _MODIFIER_WORD.match(text, at)
        if m is None:
            return None
        word = m.group("word")
        if _plural_head(word):
            return word, m.end("word")
        if m.group("end") or not _modifier(word):
            return None
        at = m.end()
    return None


def _plural_head(word: str) -> bool:
    return (
        word.islower()
        and "-" not in word
        and _plural(word, "en")
        and word not in STOPWORDS["en"]
        and word not in _EN_NOT_HEADS
        and not _verb_like(word)
    )


# Words in -s that are no noun a count ends with.
_EN_NOT_HEADS = frozenset("is was has does as its this his thus plus".split())


def _goes_with(noun: str, adj: str) -> bool:
    """Whether a word after a counted noun is part of it: a unit takes only 'quadrati' or
    'cubi' ('3 metri| intorno al parco', '12 milioni di euro| stanziati')."""
    low = noun.lower()
    if low in UNITS or low in _EXTRA_UNITS:
        return adj.lower() in _UNIT_ADJECTIVES
    return True


# The rest of an English compound after an adjective and a noun: "12 new bus| lanes", "86
# heavy goods| vehicle trips": a plural noun, maybe after one more, then the phrase ends.
_COMPOUND_REST = re.compile(
    r"(?P<words>(?:\s+[a-z]{3,})?\s+(?P<head>[a-z]{3,}s))(?=[,;.:]|\s+(?P<next>[a-z]+)|$)"
)


def _compound_head(text: str, at: int) -> re.Match[str] | None:
    """The plural noun that ends the compound a counted noun opens, or None."""
    m = _COMPOUND_REST.match(text, at)
    if m is None or not _plural(m.group("head"), "en"):
        return None
    words = m.group("words").split()
    if any(w in STOPWORDS["en"] or w in PREPOSITIONS["en"] or is_finite(w, "en") for w in words):
        return None
    after = m.group("next")
    if after and not (after in STOPWORDS["en"] or after in PREPOSITIONS["en"]):
        return None  # "300 workers visit| schools": a verb and its object, or more nouns
    return m


def _adjective_first(noun: str, adj: str, language: str) -> bool:
    """Whether an English count names an adjective before its noun: '14 new cases', '120
    square kilometres', 'eight Arctic states'."""
    if language != "en" or not adj.islower() or adj in STOPWORDS["en"]:
        return False
    return noun.lower() in _UNIT_ADJECTIVES or (
        not _plural(noun, "en") and _plural(adj, "en") and noun.lower() not in STOPWORDS["en"]
    )


_PRESENT_PARTICIPLE = ("ente", "enti", "ante", "anti")
_GOVERNED = re.compile(r"\s+(?:da|dal|dalla|dai|dagli|dalle|di|in|a)\s")


_AGENT_AFTER = re.compile(r"\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall’)(?:\s|(?<=’))")
_MEASURE_AFTER = re.compile(r"\s+\d")
_PLACE_AFTER = re.compile(
    r"\s+(?:su|sul|sulla|sui|sugli|sulle|sull’|in|nel|nella|nei|negli|nelle|nell’|lungo|tra|fra)"
    r"(?:\s|(?<=’))"
)
_PAST_PARTICIPLE_PLURALS = ("ati", "ate", "iti", "ite", "uti", "ute", "si", "se", "ti", "te")
# Italian adjectives of a dimension, which take a measure after them: "alti 200 metri".
_DIMENSION_ADJECTIVE = re.compile(r"(?:alt|larg|profond|spess)[oaie]|lung(?:o|a|hi|he)")


def _governs(text: str, at: int, adj: str) -> bool:
    """Whether a word after the noun opens a phrase of its own, not part of what is counted:
    a present participle with its complement ('studiosi| provenienti da sei istituzioni'), a
    past participle with its agent ('sette restauratrici| coordinate da Silvia Benigni': the
    agent is the participle's, not the clause's), an adjective with its measure ('14
    aerogeneratori| alti 200 metri')."""
    if _DIMENSION_ADJECTIVE.fullmatch(adj) and _MEASURE_AFTER.match(text, at):
        return True
    if _AGENT_AFTER.match(text, at) and is_participle(adj, "it"):
        return True
    if (
        adj.endswith(_PAST_PARTICIPLE_PLURALS)
        and _PLACE_AFTER.match(text, at)
        and is_participle(adj, "it")
    ):
        # "80 istituti| distribuiti sul territorio": the place is the participle's, which
        # goes with it, not moved after the subject ("... conta il CNR sul territorio?")
        return True
    return adj.endswith(_PRESENT_PARTICIPLE) and _GOVERNED.match(text, at) is not None


def _follows_noun(adj: str, language: str) -> bool:
    """Whether the word after an Italian counted noun goes with it ('sezioni tematiche');
    in English a word after the noun is no part of it ('2 million pounds last season')."""
    if language == "en" or not adj.islower() or adj in STOPWORDS[language]:
        return False
    # A participle goes with its noun too: "38 treni cancellati", "400 posti letto".
    if adj in PREPOSITIONS[language] or adj in _IT_IMPROPER_PREPOSITIONS:
        return False
    if adj in ARTICULATED or adj in ARTICLES[language]:
        return False  # "60.850 persone| allo screening": a complement opens, no adjective
    return not is_finite(adj, language)


# Italian prepositions that are adjectives or adverbs too: "40 telecamere| lungo la strada".
_IT_IMPROPER_PREPOSITIONS = frozenset(
    """lungo vicino dentro fuori sopra sotto verso oltre dietro davanti accanto intorno attorno
    presso lontano contro durante mediante tramite circa dopo prima insieme""".split()
)


def _spelled_counts(m: re.Match[str], text: str, noun: str, language: str) -> bool:
    """Whether a number in words counts its noun: not a name ('il Trecento'), not a number
    already known ('le tre sezioni'), not 'per cento', and a plural noun after it."""
    num = m.group("num")
    if num[:1].isupper() and text[: m.start()].strip(' “«"‘') != "":
        return False
    before = _word_before(text, m.start())
    if before in _DEFINITE or (before == "per" and num.lower() == "cento"):
        return False
    if not _plural(noun, language):
        return False
    if is_participle(noun, language) and not _participle_as_noun(m, text, language):
        return False
    return not is_finite(noun, language)


def _participle_as_noun(m: re.Match[str], text: str, language: str) -> bool:
    """Whether a plural participle after a number in words is what it counts: the subject
    of a verb after it, or of a clause its aside interrupts ('Undici imputati, tra ...,
    sono accusati', 'Tre feriti sono stati portati'), not a verb ('tre sono stati feriti')."""
    after = text[m.end("noun") :].lstrip()
    if after.startswith(","):
        return True
    word = after.split(maxsplit=1)[0] if after else ""
    return word in AUXILIARIES[language]


def _counts(text: str, language: str, digits: bool, words: frozenset[str]) -> list[_Count]:
    matches = list(NUMBER.finditer(text)) if digits else []
    if words:
        matches = sorted([*matches, *_spelled_matches(text, language, words)], key=_start)
    found = [c for m in matches if (c := _count(m, text, language, m.re is not NUMBER))]
    if digits and _has_currency(text):
        money = _money_counts(text)
        # A sum in its currency sign is one count: "$4.8 billion factory" counts no factories.
        found = [c for c in found if not any(a.start <= c.start < a.end for a in money)]
        found = sorted([*found, *money], key=_count_start)
    if digits and language == "en" and "km" in text:
        found = sorted([*found, *_km_counts(text)], key=_count_start)
    return found


# An English distance in kilometres written short, after its number or joined to it: "flew
# 5,000km", "travelled 22 km"; not a measure that qualifies a noun ("a 6.4km route", "the
# 5km-long path"), a speed or an area ("80 km/h", "9 km²"), a dimension ("6km long") or
# another measure's conversion in brackets.
_KM = re.compile(
    r"(?<![\w.,’:-])(?P<num>\d(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))\s?km(?![\w/²³-])"
    r"(?!\s+(?:long|wide|high|deep|tall|away)\b)"
)
_KM_NOT_AFTER = frozenset("a an the its their his her our this that each every".split())


def _km_counts(text: str) -> list[_Count]:
    return [
        _Count(
            start=m.start(),
            end=m.end(),
            noun_end=m.end(),
            unit_end=m.end(),
            number=m.group(0),
            digits=None,
            noun="kilometres",
            nouns="kilometres",
            counted="kilometres",
            adj=None,
        )
        for m in _KM.finditer(text)
        if _word_before(text, m.start()) not in _KM_NOT_AFTER
        and not text.startswith("(", m.start() - 1)  # "73 miles (117 km)": a conversion
    ]


def _count_start(count: _Count) -> int:
    return count.start


# Sums written with their currency sign: "€435m", "$4.8 billion", "£120,000".
_CURRENCY_SIGNS = {"€": "euro", "$": "dollars", "£": "pounds"}
# A sum in its currency sign, the dollar's country maybe before it ("US$5m", "A$38 million").
_MONEY = re.compile(
    r"(?<![\w$€£])(?:US|A|C|NZ|HK|S)?(?P<sign>[$€£])\s?(?P<num>\d(?:\d{0,2}(?:[.,]\d{3})+|\d*(?:[.,]\d+)?))"
    r"(?P<mult>\s?(?:bn|m|k)\b|\s(?:million|billion|trillion|thousand|mila|milioni|miliardi"
    r"|milione|miliardo)\b)?"
)


def _has_currency(text: str) -> bool:
    return "€" in text or "$" in text or "£" in text


def _money_counts(text: str) -> list[_Count]:
    counts = []
    for m in _MONEY.finditer(text):
        end = m.end()
        written = text[m.start() : end]
        counts.append(
            _Count(
                start=m.start(),
                end=end,
                noun_end=end,
                unit_end=end,
                number=written,
                digits=None,
                noun=_CURRENCY_SIGNS[m.group("sign")],
                nouns="",
                counted="",
                adj=None,
            )
        )
    return counts


def _start(m: re.Match[str]) -> int:
    return m.start()


def _spelled_matches(text: str, language: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
    """The counts in words, tried only where a number word stands: a pattern of a hundred
    words tried at every position of every sentence would cost more than all the rest."""
    low = text.lower()
    if len(low) != len(text):
        yield from _SPELLED[language].finditer(text)
        return
    starts: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "’-"):
                starts.add(at)
            at = low.find(word, at + 1)
    last = -1
    for at in sorted(starts):
        m = _SPELLED_AT[language].match(text, at) if at > last else None
        if m is not None:
            last = m.end("num")
            yield m


# ---------------------------------------------------------------------------------------------
# Italian gender for "Quanti"/"Quante": the plural's ending, helped by an adjective.

_FEMININE_IN_I = frozenset(
    """notti navi parti reti fonti torri classi chiavi arti valli madri leggi crisi tesi auto
    moto foto radio""".split()
)
_MASCULINE_ADJ_ENDINGS = ("ici", "ichi", "ati", "iti", "uti", "ani", "ini", "osi", "ivi", "tti")


def _how_many_it(noun: str, adj: str | None = None) -> str:
    """'Quante' for a feminine plural ('condanne', 'sezioni', 'città'), else 'Quanti'."""
    w = noun.lower()
    # "-trici" is the feminine plural of "-tore" ("restauratrici", "lavoratrici")
    feminine = w.endswith(("e", "tà", "tù", "zioni", "sioni", "gioni", "trici"))
    feminine = feminine or w in _FEMININE_IN_I
    if adj and w.endswith("i") and not feminine:
        feminine = adj.lower().endswith("e")  # "sezioni tematiche"
    if adj and feminine and adj.lower().endswith(_MASCULINE_ADJ_ENDINGS):
        feminine = False
    return "Quante" if feminine else "Quanti"


def _how_many_article(article: str) -> str:
    return "Quante" if article.lower() in {"le", "delle"} else "Quanti"


# ---------------------------------------------------------------------------------------------
# The clause around a count: who does what, and what stands between the verb and the number.

_APPROX_PAIRS = frozenset(
    [
        ("più", "di"),
        ("meno", "di"),
        ("fino", "a"),
        ("more", "than"),
        ("less", "than"),
        ("fewer", "than"),
        ("at", "least"),
        ("up", "to"),
    ]
)


def _without_approx(words: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if tuple(words[i : i + 2]) in _APPROX_PAIRS:
            i += 2
            continue
        if words[i] not in _APPROX or words[i] in {"di", "than", "at", "least", "more", "più"}:
            out.append(words[i])
        i += 1
    return out


_LEADING_DATE = re.compile(r"^(?:Nel|Nei|Negli|Nella|Nelle|In|Il|On|A|Ad)\s+[^,]{0,25}?\d{4},?\s+")


def _leading_date(text: str, language: str) -> re.Match[str] | None:
    """The match of _LEADING_DATE when it holds no verb: 'Il 3 maggio 2024' opens a clause,
    'Il pastificio ha chiuso il 2024' is one."""
    m = _LEADING_DATE.match(text)
    if m is None or any(_verb_word(t, language) for t in tokens(m.group(0))):
        return None
    return m


# An English leading year after a preposition of time, before a subject: "Since 2024| the
# array has paid ...", "By 2030 Halvora will employ ..." (the question asks it at its end).
_EN_LEADING_YEAR = re.compile(
    r"^(?:Since|By|Until|Before|After)\s+(?:1\d{3}|20\d{2}),?\s+(?=(?:the|its|their)\s|[A-Z])"
)
# A leading phrase of a preposition and its noun, cut by a comma: "Under the licence, the
# trust must ...", "In base all’accordo, il Comune ...". The question asks the clause with the
# phrase at its end, as it does a leading date ("... under the licence?"). No figure in it: the
# question would tell it.
_LEADING_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù]+(?:\s+base\s+a[a-z’]*)?)\s[^,;:()“”«»\"\d]{2,40}?,\s+(?=[^\W\d])"
)


# A leading phrase of time with a year in it, cut by a comma: "In the 1990s, ...", "At its
# peak in the 1970s, ...", "Alla fine del 2024, ...". The year is the phrase's, not the
# clause's figure; the question keeps the phrase at its end, as it does a leading date.
_LEADING_YEAR_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù’]*)\s[^,;:()“”«»\"\d]{0,30}?(?<![\d.,])\d{4}s?,\s+(?=[^\W\d])"
)


# An Italian leading phrase with no comma, up to the article of the subject: "Per il primo
# anno| la scuola ospiterà ...", "Dopo la tempesta| i volontari hanno piantato ...".
_IT_BARE_LEADING_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù]+(?:’(?=[a-zà-ù]))?)\s?"
    r"(?P<np>(?:[a-zà-ù’]+\s){0,3}?[a-zà-ù’]*[a-zà-ù])\s(?=(?:il|lo|la|i|gli|le)\s|l’)"
)
# The same of a place's name after "a" or "in": "A Vallorsa| il comitato ha raccolto ...".
_IT_LEADING_PLACE = re.compile(
    r"^(?P<prep>A|Ad|In)\s(?P<np>[A-Z][a-zà-ù]+(?:\s[A-Z][a-zà-ù]+){0,2})\s"
    r"(?=(?:il|lo|la|i|gli|le)\s|l’)"
)


def _bare_leading_phrase(text: str) -> re.Match[str] | None:
    """The match of _IT_BARE_LEADING_PHRASE when it is a preposition and one noun phrase: an
    articulated preposition, or a plain one and an article ('Per il primo anno'), then words
    with no article, verb or function word at the end ('Durante tutto| il mese' is no phrase)."""
    m = _IT_BARE_LEADING_PHRASE.match(text)
    if m is None:
        return _IT_LEADING_PLACE.match(text)
    prep, words = m.group("prep").lower(), m.group("np").split()
    if prep.endswith("’") != (text[m.end("prep") : m.end("prep") + 1] != " "):
        return None  # "Nell’ultimo quarto": the elided article joins its noun, no space
    if words[0].startswith("l’"):
        words = ["l’", words[0][2:]] + words[1:]  # "Dopo l’alluvione"
    if prep not in ARTICULATED:
        if prep not in PREPOSITIONS["it"] or words[0] not in ARTICLES["it"] or len(words) < 2:
            return None
        words = words[1:]
    if any(w in ARTICLES["it"] or w in ARTICULATED or w in PREPOSITIONS["it"] for w in words):
        return None
    if any(w[: w.find("’") + 1] in ARTICULATED for w in words if "’" in w):
        return None  # "Dall’inizio dell’anno": a second phrase, as "del" would open
    if words[-1] in STOPWORDS["it"]:
        return None
    return m


# English phrases that link a sentence to the one before, no adverbial a question keeps.
_EN_LINKING_PHRASES = frozenset(
    [
        *("by contrast", "in contrast", "by comparison", "in comparison", "in addition"),
        *("in fact", "in particular", "of course", "in short", "in turn", "in other words"),
        *("on the other hand", "for example", "for instance", "as a result", "in response"),
    ]
)


def _leading_phrase(text: str, language: str) -> re.Match[str] | None:
    m = _LEADING_PHRASE.match(text) if text[:1].isupper() else None
    if m is None and text[:1].isupper() and _YEAR.search(text, 0, 40):
        m = _LEADING_YEAR_PHRASE.match(text)
    if m is None and language == "it" and text[:1].isupper():
        m = _bare_leading_phrase(text)
    if m is None:
        return None
    prep = m.group("prep").split()[0].lower()
    if prep not in PREPOSITIONS[language] and prep not in ARTICULATED or prep == "to":
        return None  # "To confirm it, ...": an aim, told of what the sentence before did
    if language == "en" and m.group(0).rstrip(", ").lower() in _EN_LINKING_PHRASES:
        return None  # "By contrast, ...": it links to the sentence before, no time or place
    words = m.group(0).rstrip(", ").split()[1:]
    if any(_clause_word(words, i, language) for i in range(len(words))):
        return None  # "After the plant closed, ...": a clause, not a phrase
    if not starts_with_subject(tokens(text[m.end() : m.end() + 40]), language):
        return None
    return m


def _clause_word(words: list[str], i: int, language: str) -> bool:
    """Whether a word of a leading phrase makes it a clause: a finite verb, or a gerund that
    no determiner makes a modifier of a noun ('During the breeding| season' is a phrase)."""
    word = words[i]
    if is_finite(word, language):
        return True
    if not is_gerund(word, language):
        return False
    before = words[i - 1].lower() if i else ""
    return before not in _SUBJECT_ARTICLES[language] and before not in _POSSESSIVES


_APPROX = frozenset(
    """oltre circa quasi almeno più di appena ben about over nearly almost around some at least
    more than roughly approximately fewer""".split()
)
# "prima" after an article is an adjective ("per la prima campagna"), no clause's start.
_TAIL_END = re.compile(
    r"[,;:.!?(“”\"]|\s(?:che|which|who|that|e|ed|and|but|before|after|when|while|because|dopo"
    r"|quando|mentre|perché|ma|però)\s|(?<!\sla)(?<!\sle)(?<!\sil)(?<!\sgli)(?<!\slo)\sprima\s"
)
_VERB_GLUE = frozenset(
    "si ci è sono stato stata stati state ha hanno has have had was were be been".split()
)
_CLITICS = frozenset("non si ci ne vi lo la li le gli mi ti".split())
# Adverbs inside a verb group: kept in the question ("has not stopped") or dropped ("also").
_KEPT_ADVERBS = frozenset("not never non mai".split())
_DROPPED_ADVERBS = frozenset(
    """already also still first ever già anche ancora ormai finora inoltre recently now ora
    adesso""".split()
)
# After an auxiliary, a participle the lemmatizer takes for an adjective: "è articolata".
_PARTICIPLE_ENDINGS = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "ed")
# After these, the word is a participle, however irregular: "sono stati soccorsi".
_PASSIVE = frozenset("stato stata stati state been".split())
# After "ha", a lowercase word ending in a vowel is a participle: "ha speso", "ha vinto".
_HAVE_AUX = frozenset("ha hanno aveva avevano avrà avranno abbia abbiano".split())


def _italian_participle(t: Token) -> bool:
    return (
        t.text.islower()
        and t.low.endswith(("o", "a", "i", "e"))
        and t.low not in STOPWORDS["it"]
        and t.low not in PREPOSITIONS["it"]
        and t.low not in _APPROX
        and t.low not in NUMBER_WORDS["it"]
    )


_BREAKS = frozenset({",", ";", ":", "“", "”", "«", "»", "(", ")"})
_PRONOUNS = frozenset("it they esso essa essi esse".split())
# Prepositions a count may follow: "è articolata in quattro sezioni", "for eleven days", "è
# composto da nove membri"; not those of ranges ("between", "to"): "da 11 a 22" has no noun
# after its first number, so it is no count.
_COUNT_PREPOSITIONS = {
    "it": frozenset("in con per su a ad di da".split()),
    "en": frozenset("in into with for by on from to across among".split()),
}
# English prepositions of where from, where to and among, that a count may follow.
_PLACE_PREPOSITIONS = frozenset("from to across among".split())
_COPULAS = frozenset("essere be".split())


@dataclass(frozen=True)
class _Frame:
    subject: str  # "l’Osservatorio Vesuviano"; "" when no subject opens the clause
    verb: tuple[str, ...]  # "ha registrato", "non si è fermata", "has not stopped"
    between: tuple[str, ...]  # the words from the verb group to the number, lowercased
    opening: str  # an adverbial that opens the clause in place of a subject: "sul posto"
    when: str  # a leading date, moved to the end of the question: "nel 2024"
    between_text: str = ""  # the words from the verb group to the number, as written

    @property
    def exact(self) -> list[str]:
        """The words before the number without its approximation: 'per oltre' -> 'per',
        'a length of more than' -> 'a length of'."""
        return _without_approx(self.between)

    @property
    def preposition(self) -> str | None:
        """The one preposition before the number, approximations aside ('per oltre')."""
        exact = self.exact
        return exact[0] if len(exact) == 1 else None

    @property
    def approximate_only(self) -> bool:
        return not self.exact


def _present_verb(toks: list[Token], at: int) -> int | None:
    """An English verb in the present, right before the number: 'The tablet holds| 14 lines'
    (the simple present is neither an auxiliary nor a past the verb lists know)."""
    k = at - 1
    while k > 0 and toks[k].low in _APPROX:
        k -= 1
    if k > 0 and (toks[k].low in _COUNT_PREPOSITIONS["en"] or toks[k].low == "to"):
        k -= 1  # "The canal runs for 35 miles", "The bill amounts to £5m"
    elif k > 1 and toks[k].low == "of" and toks[k - 1].low == "consists":
        k -= 1  # "The jury consists of 12 people"
    w = toks[k].low if k > 0 else ""
    if (w in _WEIGH or w in _MEASURE) and toks[k].text.islower():
        return k  # "The three pieces weigh| 214 grams": a plural present, before a measure
    if any(may_be_present(t.text, "en") for t in toks[1:k]):
        return None  # "The plan raises taxes by 2%": which of the two is the verb?
    if w.endswith("s") and toks[k].text.islower() and lemma(w, "en") != w:
        return k
    if w in _SAME_FORM_PASTS and toks[k].text.islower() and toks[k - 1].low != "to":
        return k  # "The project cost €435m": the sum right after it makes it the verb
    return None


# Verbs whose past is their base form, and a noun as well: a verb only by their place.
_SAME_FORM_PASTS = frozenset(["cost"])
# English verbs whose past is their base form: after a singular subject, a past ("The firm
# cut| prices", not "cuts").
_EN_SAME_FORM_VERBS = frozenset("cut put set hit shut spread split quit".split())
_EN_SUBJECT_ARTICLES = frozenset("the a an its their his her this that".split())


def _same_form_past(toks: list[Token], at: int) -> int | None:
    """An English verb whose past is its base form, right after a singular subject of an
    article and a noun or after a name, before its object: 'The firm cut| prices by 10
    pence', 'Storm Ciara hit| 40 homes' (after a plural noun it may be a present)."""
    for i in range(2, at):
        if toks[i].low not in _EN_SAME_FORM_VERBS or not toks[i].text.islower():
            continue
        before, after = toks[i - 1], toks[i + 1]
        named = before.text[:1].isupper() and before.text.isalpha() and i - 1 > 0
        noun = (
            before.text.isalpha()
            and before.text.islower()
            and before.low not in STOPWORDS["en"]
            and toks[i - 2].low in _EN_SUBJECT_ARTICLES
            and not _plural(before.low, "en")
        )
        if not (named or noun) or is_finite(after.low, "en"):
            return None
        if any(_present_at(toks, j) for j in range(i + 2, at)):
            return None  # "The road cut| through the hills saves| 20 minutes": a noun
        return i
    return None


def _present_at(toks: list[Token], j: int) -> bool:
    """Whether the English word at `j` is a verb in the present by its place."""
    return j + 1 < len(toks) and is_present_at(
        toks[j - 1].text, toks[j].text, toks[j + 1].text, "en"
    )


_EN_HAVE = frozenset("has have had".split())


# Italian presents the lemmatizer reads as nouns, a verb right before a measure.
_IT_NOUN_VERBS = frozenset("misura misurano costa costano".split())
# English modals and "do": the bare verb after them is part of the verb group ("will build").
_MODALS = frozenset("will would can could may might must shall should do does did".split())


def _english_infinitive(t: Token) -> bool:
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.low not in STOPWORDS["en"]
        and t.low not in _APPROX
        and t.low not in NUMBER_WORDS["en"]
    )


# The modals that open a verb group of their own; "do" only carries another verb's tense.
_TRUE_MODALS = _MODALS - frozenset("do does did".split())


def _modal_verb(toks: list[Token], at: int, verb: int | None) -> int | None:
    """The English modal before `verb` that governs a bare verb, which the lemmatizer may miss
    for a noun after it: 'The trust must monitor| the otters' (the verb is 'must')."""
    end = at - 1 if verb is None else verb
    for i in range(1, end):
        if toks[i].low in _TRUE_MODALS and _english_infinitive(toks[i + 1]):
            return i
    return verb


def _present_before_to(toks: list[Token], at: int) -> int | None:
    """An English verb in -s that governs 'to' and a bare verb before the count: 'The council
    plans| to build 300 homes', 'The team hopes| to tag ten chicks' (no plural noun is
    followed by 'to' and a verb)."""
    for i in range(1, at - 2):
        word = toks[i].low
        if toks[i + 1].low != "to" or not _english_infinitive(toks[i + 2]):
            continue
        if word.endswith("s") and toks[i].text.islower() and lemma(word, "en") != word:
            return i if word not in STOPWORDS["en"] else None
        return None
    return None


def _plural_present(toks: list[Token], at: int) -> int | None:
    """An English verb in the plural present right after its plural subject, before the
    number: 'The trams carry| 300 people', 'Pups rely| on milk for three weeks' (a verb that
    takes no object is known by name)."""
    for i in range(1, at):
        before, word = toks[i - 1], toks[i]
        opening = i == 1 and before.text[1:].islower()  # "Pups rely| on ..."
        if not (before.text.islower() or opening) or not before.text.isalpha():
            continue  # "the city’s| bus routes": an owner, no plural
        if not _plural(before.low, "en") or before.low in STOPWORDS["en"]:
            continue
        if _verb_like(before.low):
            continue
        after = toks[i + 1].text
        if is_plural_present_at(word.text, after, "en"):
            return i
        if _ly_adverb(after.lower()) and i + 2 < at:  # "Pups rely entirely| on ..."
            after = toks[i + 2].text
        if word.text in _EN_PLAIN_PRESENTS and after.lower() in PREPOSITIONS["en"]:
            return i
        return None  # the first plural noun is the subject's head
    return None


def _present_before_bare_object(toks: list[Token], at: int) -> int | None:
    """An English verb in '-s' after a subject of 'the' and one noun, before an object with no
    article, no other verb or '-s' form before the number: 'The festival receives| core
    funding of €1.3m' ('The project costs rose' has a verb after it: 'costs' is a noun)."""
    if at < 4 or toks[0].low not in ("the", "a", "an"):
        return None
    noun, word, after = toks[1], toks[2], toks[3]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in STOPWORDS["en"]:
        return None
    if _plural(noun.low, "en") or not may_be_present(word.text, "en"):
        return None
    if not after.text.isalpha() or not after.text.islower() or after.low in STOPWORDS["en"]:
        return None
    if any(_finite(t, "en") or may_be_present(t.text, "en") for t in toks[3:at]):
        return None  # "The plan raises taxes by 2%": of two '-s' forms, which is the verb?
    if is_plural_present_at(after.text, toks[4].text, "en"):
        return None  # "The city parks hold| 40 events": the word after may be the verb
    return 2


def _english_present(toks: list[Token], at: int) -> int | None:
    """The first English verb in the present before the number, told from a plural noun by
    its place: 'The line links| the airport with 12 stations'."""
    for i in range(1, at):
        after = toks[i + 1].text
        if is_present_at(toks[i - 1].text, toks[i].text, after, "en"):
            return i
    return None


# A clause before the subject that the question leaves out: who says so ("According to the
# ministry, ..."), or a participle or gerund that describes the subject ("Founded in 1994,
# Halvora ...", "Measuring 20cm by 8cm, the tablet ...").
_LEADING_CLAUSE = re.compile(r'^(?P<word>[A-Z][^\W\d_]+)\s[^,;:()“”«»"]{2,80},\s+')
_SOURCE_WORDS = {"en": frozenset(["According"]), "it": frozenset(["Secondo"])}
# Words in -ing and -ed that open an adverbial, not a description of the subject.
_NOT_DESCRIPTIONS = frozenset(
    """During Following Including Regarding Concerning Considering Excluding Notwithstanding
    Morning Evening Spring Nothing Something Everything Anything""".split()
)


# The name of the source in an apposition after its comma: "Secondo il direttore, Marco
# Zambelli, ...", "According to the head of the agency, Jane Smith, ...".
_NAMED_SOURCE = re.compile(NAME_RUN.pattern + r",\s+(?=[a-zA-Z])")


# A leading source whose name has a short bracket, which the plain clause above leaves out:
# "According to Transport for Wales (TfW), ...", "Secondo i dati dell’Agenas (Agenas), ...".
_BRACKETED_SOURCE = re.compile(
    r'^(?:According\s+to|Secondo)\s(?:[^,;:()“”«»"]|\([^()]{1,30}\)){2,100}?,\s+'
)
# An aside about the source, between its comma and the clause: "..., which will run the
# services, ...", "..., welfare officer at the union (UCC), ...", "..., sostenuta in aula
# dal procuratore, ...".
_SOURCE_ASIDE = re.compile(r'(?:[^,;:()“”«»"]|\([^()]{1,30}\)){2,100}?,\s+')


def _source_end(text: str, language: str) -> int:
    """Where the clause starts after a leading source, its bracket and an aside about it (0
    when there is no such source): the aside opens with a relative pronoun or has no verb of
    its own, and a clause follows it."""
    m = _BRACKETED_SOURCE.match(text)
    if m is None:
        return 0
    aside = _SOURCE_ASIDE.match(text, m.end())
    if aside is None:
        return m.end() if "(" in m.group(0) else 0
    words = tokens(text[m.end() : aside.end()])
    if words and _source_aside(words, text[aside.end() :], language):
        return aside.end()  # the aside is the source's, the clause follows it
    return m.end() if "(" in m.group(0) else 0


def _source_aside(words: list[Token], rest: str, language: str) -> bool:
    """Whether the words after a source's comma are an aside about it: a relative clause
    ('which will run the services'), a participle ('sostenuta in aula da ...'), a title with
    its bracket ('welfare officer at the union (UCC)') or an apposition with its article
    before a clause's subject ('l’agenzia regionale, ...'); not the clause itself
    ('buildings account for ...')."""
    first = words[0]
    if first.low in _CLAUSE_WORDS:
        return True
    if first.text.islower() and is_participle(first.text, language):
        return True
    if main_verb(words, language) is not None:
        return False
    if words[-2].text == ")":  # the bracket right before the aside's comma
        return True
    return first.low in ARTICLES[language] and starts_with_subject(tokens(rest[:40]), language)


# English conjunctions of a leading clause of contrast or reason that the question of the main
# clause may leave out (its fact holds without it); not of time or condition ("If", "When").
_EN_ASIDE_CLAUSES = frozenset("While Although Though Whereas Because".split())


def _leading_clause_end(text: str, language: str) -> int:
    """Where the clause starts after a leading source or description and its comma (0 when
    there is none): the subject after it must open with an article or a name."""
    m = _LEADING_CLAUSE.match(text)
    if m is None or m.group("word") in _SOURCE_WORDS[language]:
        source = _source_end(text, language) if text[:1] in "AS" else 0
        if source:
            return source
    if m is None:
        return 0
    word = m.group("word")
    if word in _SOURCE_WORDS[language]:
        # "According to city staff, buildings account for ...": any subject, no relative
        named = _NAMED_SOURCE.match(text, m.end())
        if named:  # "Secondo il direttore, Marco Zambelli, la prevendita ...": his name
            return named.end()
        following = text[m.end() :].split(maxsplit=1)
        return m.end() if following and following[0].lower() not in _CLAUSE_WORDS else 0
    if word in _NOT_DESCRIPTIONS:
        return 0
    if language == "en" and word in _EN_ASIDE_CLAUSES:
        pass  # "While most kept to the paths, the trust recorded ...": a clause of contrast
    elif not (is_participle(word, language) or is_gerund(word, language)):
        return 0
    if not starts_with_subject(tokens(text[m.end() : m.end() + 40]), language):
        return 0
    return m.end()


# What opens an aside between commas right after a subject: a relative pronoun, an apposition
# with its article, a participle ('Il piano, approvato nel 2021, vale ...'), a source.
_ASIDE_OPENERS = {
    "en": frozenset("which who an a the according".split()),
    "it": frozenset("che il lo la l’ i gli le un uno una un’ secondo".split()),
}
_QUOTES = frozenset('“”«»"')


# An Italian source between commas right before the number, maybe after an approximation:
# "ha raggiunto, secondo i dati della Lega, 410.000 spettatori".
_IT_SOURCE_BEFORE = re.compile(
    r",\s+(?P<source>secondo\s+[^,;:()«»“”\d]{3,60}?),\s+(?=(?:[a-zà-ù]+\s+){0,2}$)"
)


def _without_source(clause: str, at: int) -> tuple[str, int, str]:
    """(clause, number's place, source) with an Italian source aside before the number cut
    out, so that the clause reads on: 'ha raccolto, secondo gli organizzatori, 5.000 firme'
    -> 'ha raccolto 5.000 firme' and 'secondo gli organizzatori'."""
    m = _IT_SOURCE_BEFORE.search(clause, 0, at)
    if m is None:
        return clause, at, ""
    cut = clause[: m.start()] + " " + clause[m.end() :]
    return cut, at - (m.end() - m.start() - 1), m.group("source")


def _subject_aside(clause: str, at: int, language: str) -> tuple[int, int] | None:
    """(first comma, start of what follows the second) of an aside between commas after the
    subject and before the number at `at`: 'The trust|, an independent charity, |relies on
    about 500 volunteers' (the clause reads on without it)."""
    first = clause.find(",")
    if first < 0 or first > at:
        return None
    second = clause.find(",", first + 1)
    while (
        0 < second < len(clause) - 1
        and clause[second - 1].isdigit()
        and clause[second + 1].isdigit()
    ):
        second = clause.find(",", second + 1)  # "38,000": a comma of digits, no aside's end
    if second < 0 or second > at:
        return None
    opening = clause[first + 1 : first + 16].split(maxsplit=1)
    named = (
        language == "en" and clause[:4].lower() == "the " and _name_aside(clause, first, second)
    ) or (language == "it" and _name_apposition(clause[:first], clause[first + 1 : second]))
    if not opening or not (
        named or opening[0].islower() or opening[0].lower() in _ASIDE_OPENERS[language]
    ):
        return None  # the cheap test first: an aside opens with a lowercase word or an article
    head = tokens(clause[:first])
    inner = tokens(clause[first + 1 : second])
    # a relative clause may run longer than other asides: "The company, which provides 38,000
    # hours of care a week under contracts with two councils, employs 1,150 people"
    longest = 28 if inner and inner[0].low in _CLAUSE_WORDS else 16
    if not 1 <= len(head) <= 8 or not 1 <= len(inner) <= longest:
        return None
    if not starts_with_subject(head, language) or any(_verb_word(t, language) for t in head):
        return None
    opener = inner[0]
    if len(inner) > 1 and _ly_adverb(opener.low) and opener.text.islower():
        opener = inner[1]  # "The line, officially designated Line H, has ..."
    if not (
        named
        or opener.low in _ASIDE_OPENERS[language]
        or (opener.text.islower() and is_participle(opener.text, language))
        or _adverbial_aside(opener, language)
    ) or any(t.text in _QUOTES for t in inner):
        return None
    rest = clause[second + 1 :]
    after = second + 1 + len(rest) - len(rest.lstrip())
    nxt = tokens(clause[after : after + 40])
    if len(nxt) < 2 or not _verb_after_subject(nxt[0], nxt[1], language):
        return None
    return first, after


# A place a name in an English aside may say: "The best-known tree, Old Ben| in Kew Forest|,".
_NAME_PLACE = re.compile(r"\s+(?:in|at|on|near)\s+" + NAME_RUN.pattern)


def _name_aside(clause: str, first: int, second: int) -> bool:
    """Whether the English aside between two commas is a name, maybe with its place: 'The
    tallest tree|, Old Ben,| is 51 metres tall'."""
    name = NAME_RUN.match(clause, first + 2)
    if name is None:
        return False
    place = _NAME_PLACE.match(clause, name.end())
    return (place.end() if place else name.end()) == second


_NAME_PARTICLES = frozenset("di de del della da van von".split())


def _name_apposition(head: str, inner: str) -> bool:
    """Whether an Italian aside is the name of the one its subject, a role in small letters,
    names: 'L’assessora regionale alla cultura|, Daniela Landi,| ha annunciato ...'."""
    words, names = head.split(), inner.split()
    if not 2 <= len(names) <= 4 or not words or not words[-1].islower():
        return False
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in names):
        return False
    return names[0][:1].isupper() and names[-1][:1].isupper()


def _adverbial_aside(opener: Token, language: str) -> bool:
    """Whether an aside opens with a preposition, an adverbial of when or where that the
    clause reads on without: 'The storm|, on the night of 3 May, |destroyed ...', 'La
    tempesta|, nella notte del 3 maggio, |ha distrutto ...'."""
    if not opener.text.islower() or opener.low in _AGENTS or opener.low in {"of", "di"}:
        return False  # "The ship, by then ...", "The pupils, of whom ...": no adverbial
    return opener.low in PREPOSITIONS[language] or opener.low in ARTICULATED


def _verb_word(t: Token, language: str) -> bool:
    return t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))


def _verb_after_subject(t: Token, nxt: Token, language: str) -> bool:
    """Whether the word right after a subject (and its aside) is its verb."""
    if _verb_word(t, language):
        return True
    if language == "it" and t.low in _CLITICS:
        return _verb_word(nxt, language)  # "La sala, costata 3 milioni, si estende su"
    # After a subject and its comma, an "-s" form is the verb: "The trust, ..., relies on",
    # "The bridge, built in 1890, carries 40,000 vehicles"
    if language != "en" or not may_be_present(t.text, language):
        return False
    return nxt.text[:1].islower() or nxt.text[:1].isdigit()


# What reports a clause: "Organisers said entries had risen", "Il sindaco ha detto che i
# lavori dureranno tre mesi". The reported clause holds the fact; who said it is no part of it.
_REPORTED = {
    "en": re.compile(
        r"^(?:By\s+[a-z]+ing\s[^,;:()“”\"]{1,60},\s+(?=[a-z]))?[A-Za-z][^,;:()“”\"]{1,60}?"
        # who says it may have an apposition or two between commas: "The chief executive,
        # Eifion Davies, told councillors that ...", "Their spokeswoman, Jane Moss, 71, said"
        r"(?:(?:,\s[^,;:()“”\"]{2,60}){1,2},)?"
        # not a passive: "Side effects were reported in 4 patients" reports no clause
        r"(?<!\swas)(?<!\swere)(?<!\sbeen)(?<!\sis)(?<!\sare)(?<!\sbe)"
        r"\s(?:said|says|say|announced|reported|confirmed|told\s+\w+|estimates?|expects?|believes"
        # what a fact brings about: "The rise means| a typical home will pay ..."
        r"|means(?=\s+(?:that\s+)?(?:(?:a|an|the)\s|[A-Z0-9£€$]))"
        r"|(?:calculated|estimated|found|concluded|showed|believe|believed|shows?|showing"
        r"|suggests?|suggesting|indicates?|indicating)(?=\s+that\s))"
        r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?(?=[a-zA-Z0-9])"
    ),
    # Who says it may have an apposition between commas: "La responsabile, la cardiologa Maria
    # Rossi, sottolinea che ...".
    "it": re.compile(
        r"^[A-Z][^,;:()“”«»\"]{1,60}?(?:,\s[^,;:()“”«»\"]{3,60},)?\s(?:(?:ha|hanno)\s+(?:detto"
        r"|spiegato|annunciato|riferito|confermato|dichiarato|reso\s+noto|calcolato|stimato"
        r"|accertato|concluso|sottolineato|precisato|affermato|ricordato|osservato|aggiunto"
        r"|evidenziato|segnalato|rilevato|assicurato|sostenuto|comunicato|fatto\s+sapere)"
        r"|dice|dicono|spiega|spiegano|riferisce|annuncia|stimano|calcolano|sottolinea"
        r"|sottolineano|precisa|afferma|affermano|ricorda|osserva|aggiunge|evidenzia|segnala"
        r"|rileva|assicura|sostiene|sostengono|conferma|confermano)\s+che\s+"
    ),
}
# What opens a clause of its own after a comma: "..., mentre la linea è rimasta chiusa per
# trenta ore", "..., while the river rose by two metres", "...; the bridge carries ...", and
# the gerund of a verb of saying: "..., ricordando che l’azienda conta 140 dipendenti".
# A colon before a word in small letters opens a clause too ("Il bilancio è positivo: il
# rifugio ha ospitato ..."); before a capital it opens a list or a name.
_CLAUSE_OPENERS = {
    "it": re.compile(
        r"(?:,\s+(?:mentre|ma|però|e|ed|(?:ricordando|spiegando|sottolineando|aggiungendo"
        r"|precisando|osservando|annunciando|evidenziando)\s+che)|;|:(?=\s+[a-zà-ù]))\s+"
    ),
    "en": re.compile(r"(?:,\s+(?:while|whereas|but|and)|;|:(?=\s+[a-z]))\s+"),
}


def _inner_clause_start(text: str, start: int, language: str) -> int:
    """Where the clause of the number at `start` opens when the sentence opens with another
    one: after a verb of saying ('Organisers said| entries had risen by 12 per cent'), or after
    a comma and a conjunction ('..., mentre| la circolazione è rimasta sospesa per trenta ore').
    0 when the number is in the sentence's first clause."""
    openers, reported = _clause_openings(text, language)
    opened = 0
    for end, clause in openers:
        if end > start:
            break
        opened = end if clause else 0  # the last one before the number
    if opened:
        return opened
    return reported if 0 < reported <= start else 0


@lru_cache(maxsize=256)
def _clause_openings(text: str, language: str) -> tuple[tuple[tuple[int, bool], ...], int]:
    """((end, opens a clause) of each comma and conjunction, end of a verb of saying and its
    'that' or 0) of a sentence, found once for all its numbers."""
    openers: tuple[tuple[int, bool], ...] = ()
    if "," in text or ";" in text or ":" in text:
        openers = tuple(
            (m.end(), not _ends_a_list(text, m.start()))
            for m in _CLAUSE_OPENERS[language].finditer(text)
        )
    reported = _REPORTED[language].match(text) if _may_report(text, language) else None
    return openers, reported.end() if reported else 0


def _ends_a_list(text: str, comma: int) -> bool:
    """Whether the comma before 'and' closes a list ('Rome, Milan, and Naples have ...'): the
    words since the comma before it are a few, with no verb and no preposition first, and
    no verb follows 'and' (', in Germany, and is supported by': a clause)."""
    previous = text.rfind(",", 0, comma)
    if previous < 0 or not text.startswith(", and", comma):
        return False
    item = text[previous + 1 : comma].split()
    if not item or len(item) > 3 or item[0] in PREPOSITIONS["en"]:
        return False
    after = text[comma + 6 : comma + 40].split(maxsplit=1)
    if after and (after[0] in AUXILIARIES["en"] or is_finite(after[0], "en")):
        return False
    return not any(w.islower() and is_finite(w, "en") for w in item)


def _may_report(text: str, language: str) -> bool:
    """The cheap test of a verb of saying before a reported clause."""
    if language == "it":
        return " che " in text
    return (
        "said" in text
        or " say " in text
        or "says" in text
        or "told" in text
        or "announced" in text
        or ("reported" in text or "confirmed" in text)
        or " that " in text  # "researchers calculated that", "found that"
        or ("estimate" in text or "expect" in text or "believe" in text)
        or " means " in text
    )


# A name and the relative pronoun that opens a clause about it: "Her skipper, Ronan Doherty,
# who has piloted crossings for 14 years, said ...", "Mario Rossi, che gestisce il bar da 31
# anni, ...". The name is the subject of the relative clause.
_NAME_WHO = {
    "en": re.compile(NAME_RUN.pattern + r",\s+who\s+"),
    "it": re.compile(NAME_RUN.pattern + r",\s+che\s+"),
}
_RELATIVE_CUE = {"en": ", who ", "it": ", che "}


def _heads_its_phrase(text: str, at: int, language: str) -> bool:
    """Whether the name at `at` is a noun phrase of its own, so that a relative clause after
    it tells of it: not the end of another ('il parco della Sicilia, che ...', 'tra Milano e
    Lione, che ...', 'all’Agricoltura, che ...')."""
    before = text[:at]
    if before.endswith("’"):
        return False
    words = before.split()
    if not words:
        return True
    last = words[-1].lower()
    return not (
        last in PREPOSITIONS[language]
        or last in ARTICULATED
        or last in ARTICLES[language]
        or last in _COORDINATORS
        or last in {"of", "tra", "fra"}
    )


def _last_match(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of `pattern` that ends by `end`: the one nearest a number."""
    last = None
    for m in pattern.finditer(text, 0, end):
        last = m
    return last


def _relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about a name, read as the name's own clause
    ('Ronan Doherty has piloted crossings for 14 years')."""
    language = doc.language
    if _RELATIVE_CUE[language] not in text[:start]:
        return None
    who = _last_match(_NAME_WHO[language], text, start)
    if who is None or any(mark in text[who.start() : start] for mark in _BREAKS - {","}):
        return None
    if "," in text[who.end() : start] or not _heads_its_phrase(text, who.start(), language):
        return None
    name = who.group(0).split(",")[0]
    clause = f"{name} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(name) + 1, s, doc)


# A body a verb names with its preposition, and a relative clause about it: "Le verifiche
# furono affidate al| Nucleo tributario di Lecce|, che ricostruì ...", "The survey was carried
# out by| the Marine Conservation Society|, which counted ...". The body is the clause's
# subject; its article is the one the preposition holds.
_COMPLEMENT_WHO = {
    "it": re.compile(
        r"\s(?P<prep>d?a(?:llo|lla|lle|ll’|l|i|gli)|il|lo|la|l’|i|gli|le)(?:\s+|(?<=’))"
        r"(?P<np>[A-Z][^,;:()“”«»\"\d]{1,90}?),\s+che\s+"
    ),
    "en": re.compile(
        r"\s(?:by|to)\s+(?P<np>(?:the\s+)?[A-Z][^,;:()“”\"\d]{1,90}?),\s+(?:which|who)\s+"
    ),
}
# The article an articulated preposition holds, its "a"/"da" aside: "dalla" -> "la".
_HELD_ARTICLES = {
    "l": "il",
    "llo": "lo",
    "lla": "la",
    "lle": "le",
    "ll’": "l’",
    "i": "i",
    "gli": "gli",
}
_COMPLEMENT_CUE = {"it": ", che ", "en": ", wh"}
_PARTICLES = frozenset("out up off over".split())


def _complement_relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about a body that a participle names with
    its preposition, read as the body's own clause ('il Nucleo tributario di Lecce ricostruì
    oltre 900 bonifici'); not a name that ends another noun's phrase ('il parco della Sila,
    che ...': no participle before the preposition)."""
    language = doc.language
    if _COMPLEMENT_CUE[language] not in text[:start]:
        return None
    who = _last_match(_COMPLEMENT_WHO[language], text, start)
    if who is None or any(mark in text[who.end() : start] for mark in _BREAKS):
        return None
    before = text[: who.start()].split()
    if len(before) > 1 and before[-1] in _PARTICLES:
        before.pop()  # "carried out by": the participle and its particle
    if not before or not is_participle(before[-1], language):
        return None
    np = who.group("np")
    if len(np.split()) > 10 or any(w.islower() and is_finite(w, language) for w in np.split()):
        return None
    after = text[who.end() :].split(maxsplit=1)
    if not after or not (_verb_word(tokens(after[0])[0], language) or after[0] in _CLITICS):
        return None  # "..., che i cittadini hanno eletto": the body is the object, no subject
    if language == "it":
        prep = who.group("prep")  # an article itself, after a verb ("è stato il Consorzio")
        article = prep if prep in ARTICLES["it"] else _HELD_ARTICLES[prep.removeprefix("d")[1:]]
        np = f"{article}{'' if article.endswith('’') else ' '}{np}"
    subject = lower_first(np) if np.split()[0] in {"The"} else np
    clause = f"{subject} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(subject) + 1, s, doc)


# An Italian object a verb names, and a relative clause about it: "ha potenziato| la terapia
# intensiva|, che oggi dispone di 16 posti". The object is the clause's subject.
_OBJECT_WHO = re.compile(
    r"\s(?P<article>il|lo|la|i|gli|le|l’)(?:\s+|(?<=’))"
    r"(?P<np>[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,}){0,2}),\s+che\s+"
)


def _object_relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about the object of an Italian verb, read
    as the object's own clause ('la terapia intensiva oggi dispone di 16 posti'); only a plain
    noun phrase, with no complement the clause could be about ('il museo della città, che')."""
    if doc.language != "it" or ", che " not in text[:start]:
        return None
    who = _last_match(_OBJECT_WHO, text, start)
    if who is None or any(mark in text[who.end() : start] for mark in _BREAKS):
        return None
    before = text[: who.start()].split()
    if before and before[-1] in _OPENING_ADVERBS:
        before.pop()  # "ha potenziato anche| la terapia intensiva"
    if not before or not (is_participle(before[-1], "it") or is_finite(before[-1], "it")):
        return None
    np = who.group("np")
    if not all(_bare_noun(w) and w not in ARTICULATED for w in np.split()):
        return None
    after = text[who.end() :].split(maxsplit=2)
    if len(after) < 2:
        return None
    verb = after[1] if after[0] in _SECOND_VERB_ADVERBS or after[0] in _CLITICS else after[0]
    if not _verb_word(tokens(verb)[0], "it"):
        return None  # "..., che i tecnici hanno misurato": the object is no subject
    article = who.group("article")
    subject = f"{article}{'' if article.endswith('’') else ' '}{np}"
    clause = f"{subject} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(subject) + 1, s, doc)


# A clause of place after a comma, with a subject of its own: "The turbines sit on the
# seabed|, where| currents reach speeds of up to 3.5 metres per second", "..., dove| le
# correnti raggiungono ...". Its subject is the one after "where", not the sentence's.
_WHERE_CUE = {"en": ", where ", "it": ", dove "}


def _where_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a clause of place, read as a clause of its own ('currents
    reach speeds of up to 3.5 metres per second'), when it names its subject."""
    cue = _WHERE_CUE[doc.language]
    at = text.rfind(cue, 0, start)
    if at < 0:
        return None
    after = at + len(cue)
    if any(mark in text[after:start] for mark in _BREAKS):
        return None
    frame = _frame(text[after:], start - after, s, doc)
    return frame if frame is not None and frame.subject else None


# A gerund after the comma of a clause, right before its number: "The park stretches along
# the coast|, covering about| 392 square kilometres", "Il parco si estende lungo la costa|,
# coprendo circa| 392 chilometri quadrati". Its subject is the clause's.
_GERUND_CLAUSE = re.compile(r",\s+(?P<gerund>[a-zà-ù]{6,})(?P<approx>(?:\s+[a-zà-ù]+){0,2})\s+$")


def _gerund_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number right after a gerund that opens a clause after a comma, read as
    a clause of the sentence's subject in the tense of its verb: 'The park covers ...'."""
    language = doc.language
    m = _GERUND_CLAUSE.search(text, max(0, start - 40), start)
    if m is None or not is_gerund(m.group("gerund"), language):
        return None
    gerund = m.group("gerund")
    approx = m.group("approx").split()
    if gerund.capitalize() in _NOT_DESCRIPTIONS or any(w not in _APPROX for w in approx):
        return None  # "..., including 40 ...": no verb of the subject
    before = text[: m.start()]
    toks = tokens(before)
    verb = main_verb(toks, language)
    if verb is None and language == "en":  # "The park stretches along the coast"
        verb = next((i for i in range(1, min(4, len(toks) - 1)) if _present_after(toks, i)), None)
    if not verb or any(t.text in _BREAKS for t in toks[:verb]):
        return None
    first = verb
    while first > 0 and toks[first - 1].low in _CLITICS:
        first -= 1  # "Il parco si estende": "si" is no part of the subject
    subject, _ = _subject(before, toks, first, s, doc)
    if not subject or (language == "en" and _wrapped_fragment(text, subject)):
        return None
    after = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if language == "it" and not _italian_present(toks[verb].low, after):
        return None  # "si è esteso": a past the present of the gerund would not say
    finite = _gerund_as_finite(gerund, toks[verb].low, subject, language)
    if finite is None:
        return None
    return _Frame(subject, finite, tuple(approx), "", "", " ".join(approx))


def _present_after(toks: list[Token], i: int) -> bool:
    """Whether an English '-s' form after the subject's noun is its verb: 'The park
    stretches| along', not 'The park’s| ...' nor 'The parks| of ...'."""
    before, word, after = toks[i - 1], toks[i], toks[i + 1]
    if before.low in ARTICLES["en"] or not may_be_present(word.text, "en"):
        return False
    return after.text.isalpha() and after.text.islower()


# English verbs of a present clause: its gerund is asked with "does" ("How many ... does the
# park cover?"), its sum with "is".
_PRESENT_HEADS = frozenset("is are has have will can may must does do".split())


def _gerund_as_finite(
    gerund: str, clause_verb: str, subject: str, language: str
) -> tuple[str, ...] | None:
    """The verb group of a gerund in the tense of its clause's verb: 'covering' after
    'stretches' -> ('does', 'cover') (the question asks 'does the park cover'); 'coprendo'
    after 'si estende' -> ('copre',). None when the tense cannot be told."""
    if language == "en":
        base = lemma(gerund, "en")
        if base == gerund or not base.isalpha():
            return None
        plural = _plural(subject.split()[-1], "en")
        if clause_verb in {"will", "would"}:
            return (clause_verb, base)
        if clause_verb in _PRESENT_HEADS or (
            clause_verb.endswith("s") and not is_finite(clause_verb, "en")
        ):
            return ("do" if plural else "does", base)
        if is_finite(clause_verb, "en"):
            return ("did", base)
        return None
    plural = _plural(subject.split()[-1], "it") and not subject.split()[-1].endswith("e")
    if gerund.endswith("ando"):
        return (gerund[:-4] + ("ano" if plural else "a"),)
    return (gerund[:-4] + ("ono" if plural else "e"),)


def _italian_present(verb: str, after: str) -> bool:
    """Whether an Italian verb is a simple present ('si estende', 'attraversa'), not a past
    ('attraversava', 'ha attraversato', 'è nato') nor a copula."""
    if verb in AUXILIARIES["it"] or verb.endswith(("va", "vano", "rono", "ò", "ì")):
        return False
    if after.endswith(_PARTICIPLE_ENDINGS) and not after.endswith("ed"):
        return False  # "è nato", "si è esteso": a past
    return verb.endswith(("a", "e", "ano", "ono"))


def _breaks(toks: list[Token], i: int) -> bool:
    """Whether a token ends a clause: not the colon of a time ('at 06:42') nor the comma of
    a decimal ('lunga 3,2 chilometri')."""
    text = toks[i].text
    if text == ",":
        return not _decimal_comma(toks, i)
    if text != ":":
        return text in _BREAKS
    return not (0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() and toks[i + 1].text.isdigit())


def _decimal_comma(toks: list[Token], i: int) -> bool:
    """Whether the comma at `i` joins two runs of digits with no space: '3,2'."""
    if not 0 < i < len(toks) - 1:
        return False
    before, after = toks[i - 1], toks[i + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == toks[i].start
        and toks[i].start + 1 == after.start
    )


def _adverb_in_ly(toks: list[Token], i: int) -> bool:
    """'recently', not 'the family' nor 'Italy': a word in -ly with no article before it."""
    word = toks[i]
    if not word.low.endswith("ly") or not word.text.islower():
        return False
    if i == 0:
        return True
    previous = toks[i - 1]
    if previous.low in ARTICLES["en"] or previous.low in _POSSESSIVES:
        return False
    return i == 1 or not previous.text[:1].isupper()  # "the Smith family"


# A dateline that opens an article's first sentence, a place (its province in brackets, a
# date after a comma) and a dash: "Pozzuoli (Napoli) – ", "Trieste, 21 novembre 2026 – ".
# The clause starts after it.
_DATELINE_START = re.compile(
    r"^[A-ZÀ-Ý][\w’']+(?:\s[A-ZÀ-Ý][\w’']+){0,2}(?:\s\([^()]{2,20}\))?(?:,[^–—,]{3,30})?"
    r"\s[–—]\s+(?=[A-ZÀ-Ý])"
)


def _frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The clause of a number at `start`, when it opens with a subject or an adverbial and
    reaches the number with no comma: its subject, verb group and the words in between."""
    language = doc.language
    dateline = _DATELINE_START.match(text) if "– " in text[:70] or "— " in text[:70] else None
    if dateline is not None:  # "Pozzuoli (Napoli) – Alle 9.30 ... le sirene hanno suonato"
        cut = dateline.end()
        return _frame(text[cut:], start - cut, s, doc) if start > cut else None
    lead = _leading_date(text, language) or _leading_phrase(text, language)
    if lead is None and language == "en":
        lead = _EN_LEADING_YEAR.match(text)
    offset = lead.end() if lead else _leading_clause_end(text, language)
    inner = 0
    if not offset:
        offset = inner = _inner_clause_start(text, start, language)
    together = _TOGETHER.match(text) if not offset and language == "en" else None
    if together:  # "Together the three pieces weigh 214 grams": "together" goes to the end
        offset = together.end()
    clause = text[offset:]
    at_char = start - offset
    if inner:  # "The fireball was seen by thousands, and was captured by 23 cameras"
        shared = _shared_subject(text, inner, language)
        if shared:
            clause = f"{shared} {clause}"
            at_char += len(shared) + 1
        else:  # "The receivers said they had received twelve offers"
            sayer, cut = _sayer_as_subject(text, inner, doc)
            if sayer:
                rest = clause[cut:].lstrip()
                at_char += len(sayer) + 1 - (len(clause) - len(rest))
                clause = f"{sayer} {rest}"
    if inner and language == "it" and clause.startswith("secondo "):
        # "...: secondo i tecnici, i consumi scenderanno del 35%": the source, left out
        cut = _leading_clause_end(upper_first(clause), language)
        if 0 < cut <= at_char:
            clause, at_char = clause[cut:], at_char - cut
    if "(" in clause:
        clause, at_char = _without_brackets(clause, at_char)
    relative = _RELATIVE[language].search(clause, 0, at_char) if "," in clause else None
    verb_at = None  # where the verb of a relative clause read as the subject's stands
    if relative is not None and "," not in clause[relative.end() : at_char]:
        clause, at_char, verb_at = _relative_clause(clause, at_char, relative, language)
    source = ""
    if language == "it":  # "ha raccolto, secondo gli organizzatori, 5.000 firme"
        clause, at_char, source = _without_source(clause, at_char)
    aside = _subject_aside(clause, at_char, language)
    if aside is not None:  # "The trust, an independent charity, relies on": the trust relies
        comma, after = aside
        clause = clause[:comma] + " " + clause[after:]
        at_char -= after - comma - 1
    toks = tokens(clause)
    at = index_at(toks, at_char)
    if at == 0 or at >= len(toks):
        return None
    if any(t.text in _BREAKS for t in toks[:at]) and any(_breaks(toks, i) for i in range(at)):
        return (
            _relative_frame(text, start, s, doc)
            or _gerund_frame(text, start, s, doc)
            or _complement_relative_frame(text, start, s, doc)
            or _object_relative_frame(text, start, s, doc)
            or _where_frame(text, start, s, doc)
        )
    verb = main_verb(toks, language, stop=at)
    if verb == 0 and language == "en":
        verb = _verb_after_participle(toks, at)  # "Paid| ticket sales reached| €2.9m"
    if verb and toks[verb - 1].low in _SUBJECT_RELATIVES:
        verb = _verb_after_relative(toks, verb, at, language)
    if language == "en" and not _TRUE_MODALS.isdisjoint(t.low for t in toks[:at]):
        verb = _modal_verb(toks, at, verb)
    if verb is None and verb_at is not None and verb_at < at:
        verb = verb_at  # "GasCo, which supplies| natural gas to ..."
    if verb is None and language == "en":
        verb = _same_form_past(toks, at)
        if verb is None:
            verb = _present_verb(toks, at)
        if verb is None:
            verb = _english_present(toks, at)
        if verb is None:
            verb = _present_before_to(toks, at)
        if verb is None:
            verb = _plural_present(toks, at)
        if verb is None:
            verb = _present_before_bare_object(toks, at)
    elif verb is None and toks[at - 1].low in _IT_NOUN_VERBS:
        verb = at - 1  # "Il ponte misura| 400 metri"
    if verb is None:
        return None
    first = verb
    while language == "it" and first > 0 and toks[first - 1].low in _CLITICS:
        first -= 1
    while first > 0 and (
        toks[first - 1].low in _DROPPED_ADVERBS
        or (language == "en" and _adverb_in_ly(toks, first - 1) and _ly_adverb(toks[first - 1].low))
    ):
        first -= 1  # "The company recently hired", "The museum now holds": no part of the subject
    k = _verb_group_end(toks, verb, at, language)
    words = _verb_words(toks, first, k)
    when = ""
    if lead:
        w = lead.group(0).strip(" ,")
        when = w[0].lower() + w[1:]  # "Nel 2024" opens with a preposition
    subject, opening = _subject(clause, toks, first, s, doc)
    if subject is None or _reported_pronoun(subject, language):
        return None
    if language == "en" and _wrapped_fragment(text, subject):
        return None
    if subject and opening:  # an entry the clause leaves unsaid, after an adverbial
        when, opening = squash(f"{opening} {when}"), ""
    if together:
        when = squash(f"{when} {together.group(1).lower()}")
    if source:
        when = squash(f"{when} {source}")
    subject, day = _day_before(subject, language)
    if day:  # "Lunedì sera l’autostrada è stata chiusa": the day goes to the end
        when = squash(f"{when} {day}")
    if offset and lead is None and subject[:1] == clause[:1].lower() != clause[:1]:
        subject = clause[:1] + subject[1:]  # after a leading clause, a capital is a name's
    predicate_verb = _predicate_relative(toks, verb, k, at, language)
    if predicate_verb is not None:  # "The trust is a charity that manages| 40 reserves"
        k = _verb_group_end(toks, predicate_verb, at, language)
        words = _verb_words(toks, predicate_verb, k)
    second = _coordinated_verb(toks, k, at, language)
    if second is not None and any(t.low in _SUBORDINATORS[language] for t in toks[k:second]):
        return None  # "A farm was fined after a pipe burst and sent ...": the pipe's deed
    if second is not None:  # "The strike began on Monday and involves 1,100 members"
        k = _verb_group_end(toks, second, at, language)
        words = _verb_words(toks, second, k)
    if language == "en":  # "expects| the scheme to cost| £12m": the object goes with the verb
        object_end = _object_infinitive_end(toks, k, at)
        words += [t.text for t in toks[k:object_end]]
        k = object_end
    k, moved = _moved_adverbial(toks, k, at, language)
    if moved:  # "produce ogni anno circa 20 milioni" -> "Quante ... produce ... ogni anno?"
        when = squash(f"{moved} {when}")
    k = _second_object(toks, k, at, language)
    stop = _count_head(toks, k, at, language)
    between = tuple(t.low for t in toks[k:stop])
    between_text = clause[toks[k].start : toks[stop].start].strip() if k < stop else ""
    return _Frame(subject, tuple(words), between, opening, when, between_text)


def _verb_after_participle(toks: list[Token], at: int) -> int:
    """The English verb after a participle that opens its subject as an adjective ('Paid|
    ticket sales reached', 'Recorded| crime fell'); 0 when the first word is the verb."""
    if at < 3 or not toks[1].text.isalpha() or not toks[1].text.islower():
        return 0
    if toks[1].low in STOPWORDS["en"] or toks[1].low in PREPOSITIONS["en"]:
        return 0  # "Raised in Leeds, ...", "Found the ...": a clause, not an adjective
    later = main_verb(toks[1:], "en", stop=at - 1)
    return 0 if later is None or later < 1 else later + 1


_EN_PRONOUN_SUBJECTS = frozenset("it they he she we".split())
_EN_SHOWING = frozenset("show shows showed suggest suggests suggested".split())


def _reported_pronoun(subject: str, language: str) -> bool:
    """Whether a subject holds the frame of a clause reported without 'that': it ends in a
    pronoun after other words ('The company’s figures show| it will need ...') or a verb of
    showing stands inside it ('The figures show| the firm will need ...'); what reports the
    clause is no subject of its verb."""
    words = subject.split()
    if len(words) == 1 and words[0].lower() in ARTICLES[language]:
        return True  # "a trained literacy coach for two days": an article is no subject
    if language != "en" or len(words) < 2:
        return False
    return words[-1].lower() in _EN_PRONOUN_SUBJECTS or not _EN_SHOWING.isdisjoint(words[1:-1])


def _wrapped_fragment(text: str, subject: str) -> bool:
    """Whether an English sentence opens in small letters with its subject, no article
    before it: the rest of a line the text's wrapping cut ('forging works has been rescued
    ...'), whose subject lost its first words."""
    first = subject.split(maxsplit=1)[0] if subject else ""
    return text[:1].islower() and text.startswith(first) and first not in STOPWORDS["en"]


# English verbs that take an object and an infinitive: "expects the scheme to cost £12m".
_EN_OBJECT_TO_VERBS = frozenset("expect want allow require ask need force help enable".split())
_LONGEST_INFINITIVE_OBJECT = 4  # words of the object between such a verb and "to"


def _object_infinitive_end(toks: list[Token], k: int, at: int) -> int:
    """Where an English verb group that ends at `k` with a verb of _EN_OBJECT_TO_VERBS ends once
    its object and the infinitive are read with it: 'expects| the scheme to cost| £12m' (`k`
    when the words after the verb are not a plain object, 'to' and a bare verb)."""
    if k == 0 or lemma(toks[k - 1].low, "en") not in _EN_OBJECT_TO_VERBS:
        return k
    for j in range(k + 1, min(at - 1, k + _LONGEST_INFINITIVE_OBJECT + 1)):
        if toks[j].low == "to":
            plain = all(
                t.text.isalpha() and t.text.islower() and t.low not in PREPOSITIONS["en"]
                for t in toks[k:j]
            )
            if plain and _english_infinitive(toks[j + 1]):
                return _catenative_end(toks, j + 2, at)
            return k
    return k


def _second_object(toks: list[Token], k: int, at: int, language: str) -> int:
    """Where the words before a count start when it is the second of two counted objects of
    the verb, joined by 'e'/'and': 'hanno distribuito 3.000 pasti caldi e| oltre 4.000
    bottiglie', 'raggruppa quattordici cooperative e| circa 1.500 soci' (`k` otherwise)."""
    if k >= at or not (toks[k].text[:1].isdigit() or toks[k].low in NUMBER_WORDS[language]):
        return k
    j = k + 1
    while j < at and (toks[j].text[:1].isdigit() or toks[j].text in {",", "."}):
        j += 1  # the rest of the first number: "3.000", "2,363"
    noun_end = j
    while j < at and j - noun_end < 4 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].low in _COORDINATORS:
            break
        if toks[j].low in PREPOSITIONS[language] or toks[j].low in _OBJECT_PREPOSITIONS[language]:
            return k  # "40,000 euros for the win and ...": a complement of the first
        if toks[j].low in ARTICULATED:
            return k
        if is_finite(toks[j].text, language):
            return k
        j += 1
    if j == noun_end or j >= at or toks[j].low not in {"e", "ed", "and"}:
        return k
    if any(t.low not in _APPROX for t in toks[j + 1 : at]):
        return k  # only an approximation may stand between "and" and the second count
    return j + 1


_BRACKETS = re.compile(r"\s\([^()]{1,30}\)(?=\s)")


_LONGEST_RELATIVE = 14  # words of a subject with its relative clause
# A relative that opens right before its verb, in the subject: "A fire that burned on the moor
# has destroyed 500 trees", "Il bando che scade domani prevede 40 borse".
_SUBJECT_RELATIVES = frozenset("that which who che".split())


def _subject_relative(toks: list[Token], i: int, language: str) -> bool:
    """Whether token `i` opens a relative of the subject: after a noun, before its verb ('A
    fire that| burned ...'; not 'Organisers estimate that| the event ...')."""
    if toks[i].low not in _SUBJECT_RELATIVES or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    if not before.text.isalpha() or is_finite(before.text, language):
        return False
    return after.low in AUXILIARIES[language] or is_finite(after.text, language)


def _verb_after_relative(toks: list[Token], verb: int, at: int, language: str) -> int | None:
    """The verb of the clause after the verb of a relative in its subject, before the number
    at `at`; None when there is none (the number is the relative's)."""
    k = _verb_group_end(toks, verb, at, language)
    for j in range(k, at):
        t = toks[j]
        if t.text in _BREAKS:
            return None
        main = t.low in AUXILIARIES[language]
        if not main and t.text.islower() and is_finite(t.text, language):
            before = toks[j - 1].low
            # "near the protected moor": an adjective
            main = before not in ARTICLES[language] and before not in PREPOSITIONS[language]
        if main:
            # "... after an operation that lasted ... and involved two lifeboats": the number
            # is another relative's
            return None if any(x.low in _CLAUSE_WORDS for x in toks[j:at]) else j
    return None


def _without_brackets(clause: str, at: int) -> tuple[str, int]:
    """The clause without the short brackets before the number at `at`, which the question
    leaves out: 'Highlands and Islands Enterprise (HIE) has offered', 'The 23-mile (37km)
    stretch'."""
    for m in reversed(list(_BRACKETS.finditer(clause, 0, at))):
        clause = clause[: m.start()] + clause[m.end() :]
        at -= m.end() - m.start()
    return clause, at


# A relative clause after the subject, which the count is in: "FortisBC, which supplies gas
# to 1.1 million customers, said ..." (the clause tells a fact of its own of the subject).
_RELATIVE = {
    "en": re.compile(r", (?:which|who) (?=[a-z])"),
    # after an aside of a participle: "La cooperativa, fondata nel 1928 e che oggi conta"
    "it": re.compile(r", (?P<aside>[a-zà-ù]+ [^,;:()“”«»]{2,40}? e )?che (?=[a-zà-ù])"),
}


def _relative_clause(
    clause: str, at: int, relative: re.Match[str], language: str
) -> tuple[str, int, int | None]:
    """The relative clause read as a clause of the subject before it ('FortisBC supplies gas
    to ...') and the index of its verb; the clause as it was (and None) when what stands
    before it is no subject, or the relative pronoun is the object ('..., che il comune ha
    acquistato')."""
    head = tokens(clause[: relative.start()])
    if not 1 <= len(head) <= 8 or not starts_with_subject(head, language):
        return clause, at, None
    aside = relative.group("aside") if language == "it" else None
    if aside and not is_participle(aside.split()[0], language):
        return clause, at, None
    if any(t.text in _BREAKS or _verb_word(t, language) for t in head):
        return clause, at, None
    if language == "en" and any(
        is_present_at(
            head[i - 1].text, head[i].text, head[i + 1].text if i + 1 < len(head) else ",", "en"
        )
        for i in range(1, len(head))
    ):
        return clause, at, None  # "The town marks| the end of the path, which ...": a clause
    inner = tokens(clause[relative.end() : relative.end() + 30])
    # "..., che oggi conta 41 soci": an Italian adverb of time may stand before the verb
    adverb = language == "it" and len(inner) > 1 and inner[0].low in _SECOND_VERB_ADVERBS
    verb = inner[1] if adverb else inner[0] if inner else None
    if verb is None or not (
        _verb_word(verb, language) or (language == "en" and may_be_present(verb.text, language))
    ):
        return clause, at, None
    cut = relative.end() - relative.start() - 1
    joined = clause[: relative.start()] + " " + clause[relative.end() :]
    return joined, at - cut, len(head) + adverb


_TOGETHER = re.compile(r"(Together|Altogether|Combined)\s+(?=[a-z])")


def _verb_group_end(toks: list[Token], verb: int, at: int, language: str) -> int:
    """The end of the verb group that opens at `verb`, before the number at `at`: its
    auxiliaries, participles, adverbs and the verb a modal or another verb governs."""
    k = verb + 1
    while k < at and (
        toks[k].low in _VERB_GLUE
        or toks[k].low in _KEPT_ADVERBS
        or toks[k].low in _DROPPED_ADVERBS
        or is_participle(toks[k].text, language)
        or (toks[k - 1].low in _VERB_GLUE and toks[k].low.endswith(_PARTICIPLE_ENDINGS))
        or (toks[k - 1].low in _PASSIVE and toks[k].text.islower() and not _it_linked(toks[k]))
        or (toks[k - 1].low in _HAVE_AUX and _italian_participle(toks[k]))
        or (toks[k - 1].low in _MODALS and _english_infinitive(toks[k]))
        or (language == "en" and _infinitive_after_adverb(toks, k))  # "must still agree"
        or (toks[k - 1].low in _EN_HAVE and toks[k].low in _SAME_FORM_PASTS)  # "has cost"
        or (toks[k - 1].low in _IT_MODALS and _italian_infinitive(toks[k]))
        or (language == "en" and _adverb_in_group(toks, k, at))
    ):
        k += 1
    return _particle_end(toks, _catenative_end(toks, k, at), at) if language == "en" else k


# English phrasal verbs whose particle stands right before their object: "has set aside|
# £850,000", "laid off| 300 workers", "has set up| a fund of £2m" (by the verb's base; not
# "came back| 20 points behind", "went up| 10%", whose particle takes no object).
_EN_PHRASAL_VERBS = {
    "aside": frozenset("set put lay".split()),
    "off": frozenset("lay pay sell write pick fight ward".split()),
    "out": frozenset(
        "hand give carry pay roll churn wipe sort map lay rule seek single point".split()
    ),
    "up": frozenset(
        "set pick take give sign snap rack clock draw free open put build round buy use".split()
    ),
    "down": frozenset("turn cut shut close bring knock tear pull pay water".split()),
    "back": frozenset("pay give bring buy hand win claw cut scale".split()),
    "away": frozenset("give take throw turn".split()),
}
_EN_PARTICLES = frozenset(_EN_PHRASAL_VERBS)
# What may open the object after a particle: a determiner (the count itself and its
# approximation are told apart below).
_EN_OBJECT_DETERMINERS = frozenset("a an the its their his her".split())


def _particle_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an English verb group that takes the particle after its verb, when the
    object follows: the count, maybe approximated ('set aside| about £2m'), or a determiner
    ('set up| a fund of £2m'); not after 'be' or 'have' ('is up 14%')."""
    if k >= at or toks[k].low not in _EN_PARTICLES or not toks[k].text.islower():
        return k
    verb = toks[k - 1]
    if not verb.text.isalpha() or verb.low in _VERB_GLUE or verb.low in STOPWORDS["en"]:
        return k
    if lemma(verb.low, "en") not in _EN_PHRASAL_VERBS[toks[k].low]:
        return k
    after = toks[k + 1 : at]
    if all(t.low in _APPROX for t in after) or after[0].low in _EN_OBJECT_DETERMINERS:
        return k + 1
    return k


def _infinitive_after_adverb(toks: list[Token], k: int) -> bool:
    """Whether the English word at `k` is the bare verb of a modal an adverb parts from it:
    'must still| agree', 'will also| build'."""
    return (
        k >= 2
        and toks[k - 1].low in _DROPPED_ADVERBS
        and toks[k - 2].low in _MODALS
        and _english_infinitive(toks[k])
    )


def _it_linked(t: Token) -> bool:
    """Whether a word after an Italian 'stato'/'stata' opens what the copula links, no
    participle of a passive: 'è stata di| 31 gradi'."""
    return t.low in {"di", "del", "della", "dello", "dei", "degli", "delle", "dell’", "pari"}


_EN_GROUP_AUXILIARIES = frozenset("is are was were be been has have had".split())


def _adverb_in_group(toks: list[Token], k: int, at: int) -> bool:
    """An English adverb in -ly between an auxiliary and its participle: 'was originally|
    expected to cost', 'has recently| hired' (the question leaves it out)."""
    return (
        toks[k - 1].low in _EN_GROUP_AUXILIARIES
        and k + 1 < at
        and _adverb_in_ly(toks, k)
        and _ly_adverb(toks[k].low)
        and is_participle(toks[k + 1].text, "en")
    )


# Italian modals: the infinitive after them is part of the verb group ("può ospitare",
# "dovrebbe attirare"), as after an English modal.
_IT_MODALS = frozenset(
    """può possono potrà potranno potrebbe potrebbero poteva potevano deve devono dovrà dovranno
    dovrebbe dovrebbero doveva dovevano vuole vogliono""".split()
)


def _italian_infinitive(t: Token) -> bool:
    return t.text.islower() and t.low.endswith(("are", "ere", "ire", "rre")) and len(t.low) > 4


def _verb_words(toks: list[Token], first: int, end: int) -> list[str]:
    words = [
        t.text for t in toks[first:end] if t.low not in _DROPPED_ADVERBS and not _ly_adverb(t.low)
    ]
    if first == 0:
        words[0] = words[0].lower()
    return words


# Adverbs of time between "e"/"and" and a second verb: "e oggi esporta", "and now runs".
_SECOND_VERB_ADVERBS = frozenset("oggi ora adesso today now still also anche".split())
# What may open the clause after "and" before its verb: "..., and now employs 140 people".
_OPENING_ADVERBS = _SECOND_VERB_ADVERBS | _DROPPED_ADVERBS


_AND = frozenset(("and", "e", "ed"))


def _shared_subject(text: str, inner: int, language: str) -> str:
    """The subject of the sentence's first clause, when the clause after its comma and 'and'
    opens with a verb and so shares it ('The fireball was seen ..., and| was captured by 23
    cameras'); '' otherwise."""
    opening = tokens(text[inner : inner + 30])
    if len(opening) > 1 and opening[0].low in _OPENING_ADVERBS:
        opening = opening[1:]  # "..., and now employs 140 people": the adverb is the verb's
    if len(opening) < 2 or not opening[0].text.islower():
        return ""
    if not _verb_word(opening[0], language) and (
        # "..., and now employs 140": an English present, not a plural before its verb
        # ("..., and imports fell by 2%"); only "and" joins a second verb to the subject
        # ("..., while imports fell": a clause with a subject of its own)
        text[:inner].rsplit(None, 1)[-1].lower() not in _AND
        or _verb_word(opening[1], language)
        or not _verb_after_subject(opening[0], opening[1], language)
    ):
        return ""
    head = tokens(text[:inner])
    verb = main_verb(head, language)
    if verb is None or not 1 <= verb <= 8 or not starts_with_subject(head, language):
        return ""
    if any(t.text in _BREAKS or t.low in _CLAUSE_WORDS for t in head[:verb]):
        return ""
    shared = text[head[0].start : head[verb].start].strip()
    return lower_first(shared) if head[0].low in ARTICLES[language] else shared


# The verbs of saying that may stand before a reported clause, the subject before them.
_SAYING = {
    "en": re.compile(
        r"\s(?:said|says|say|told\s+\w+|announced|confirmed)"
        r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?$"
    ),
    "it": re.compile(
        r"\s(?:ha|hanno)\s+(?:detto|spiegato|annunciato|riferito|confermato)\s+che\s+$"
    ),
}
_EN_SAYER_PRONOUNS = frozenset(["it", "they"])
_IT_HAVE_SINGULAR = frozenset("ha aveva avrà avrebbe".split())
_IT_HAVE_PLURAL = frozenset("hanno avevano avranno avrebbero".split())


def _sayer_as_subject(text: str, inner: int, doc: Document) -> tuple[str, int]:
    """(sayer, length of the pronoun it replaces) of a reported clause whose subject is the
    one who says it: 'The receivers said they| had received ...' (a plural and 'they', a body
    and 'it'), 'La società ha spiegato che ha| ricevuto ...' (Italian leaves the subject
    unsaid; the auxiliary agrees with the sayer); ('', 0) otherwise."""
    language = doc.language
    said = _SAYING[language].search(text, 0, inner)
    if said is None or said.end() != inner:
        return "", 0
    sayer = text[: said.start()].strip()
    head = tokens(sayer)
    if not 1 <= len(head) <= 6 or any(t.text in _BREAKS for t in head):
        return "", 0
    if not starts_with_subject(head, language) or _person(sayer, doc):
        return "", 0
    last = head[-1].text
    plural = last.islower() and _plural(last, language)
    if language == "it" and head[0].low in ARTICLES["it"]:
        plural = head[0].low in _IT_PLURAL_ARTICLES  # "la società", "le società"
    first = text[inner:].split(maxsplit=1)[0] if text[inner:].strip() else ""
    subject = lower_first(sayer) if head[0].low in ARTICLES[language] else sayer
    if language == "en":
        if first not in _EN_SAYER_PRONOUNS or (first == "they") != plural:
            return "", 0
        return subject, len(first)
    if first not in (_IT_HAVE_PLURAL if plural else _IT_HAVE_SINGULAR):
        return "", 0
    return subject, 0


# Words that open a clause of time or cause with a subject of its own, whose verb a second
# verb after "and" may go with instead of the sentence's ("fined after a pipe burst and sent").
_SUBORDINATORS = {
    "en": frozenset("after before when while because since until once".split()),
    "it": frozenset("dopo quando mentre perché poiché finché".split()),
}


def _coordinated_verb(toks: list[Token], k: int, at: int, language: str) -> int | None:
    """The verb after 'e'/'and' between the first verb group and the number, which has the
    same subject: 'L’azienda è nata nel 1912 e oggi esporta| in 74 paesi' (None when there is
    none)."""
    for c in range(k, at - 1):
        if toks[c].low not in _COORDINATORS or toks[c].low in {"or", "o", "but", "ma"}:
            continue
        v = c + 1
        if toks[v].low in _SECOND_VERB_ADVERBS and v + 1 < at:
            v += 1
        t = toks[v]
        if _verb_word(t, language):
            return v
        if t.low in ARTICLES[language] or t.low in ARTICULATED or t.low in PREPOSITIONS[language]:
            continue  # "dalla fusione della Filcem e della| Filtea e conta": two nouns joined
        if language != "en" or not t.text.islower() or not may_be_present(t.text, language):
            return None
        # "is listed in Amsterdam and employs", not "paid farmers and cities": two plurals;
        # a unit after its number ends its phrase ("covers 14 kilometres and involves")
        unit = toks[c - 1].low in UNITS or toks[c - 1].low in _EXTRA_UNITS
        counted = unit and c > 1 and toks[c - 2].text[:1].isdigit()
        return None if v == c + 1 and _plural(toks[c - 1].text, language) and not counted else v
    return None


_COPULA_FORMS = frozenset("is are was were è sono era erano fu".split())
_PREDICATE_RELATIVES = frozenset("that which che".split())


def _predicate_relative(toks: list[Token], verb: int, k: int, at: int, language: str) -> int | None:
    """The verb of a relative clause on the predicate of a copula, before the number at `at`:
    'The trust is a charity founded in 1961 that manages| 40 reserves', 'La Fondazione è un
    ente che gestisce| 12 musei'. What the predicate does, its subject does (None when the
    copula's predicate is no indefinite noun phrase, or the relative's subject is another:
    'è un ente che il comune finanzia')."""
    if toks[verb].low not in _COPULA_FORMS or k >= at:
        return None
    if toks[k].low not in _INDEFINITES and toks[k].low != "un’":  # "è un’area che comprende"
        return None
    for j in range(k + 1, at - 1):
        t = toks[j]
        if t.text in _BREAKS or t.low in _COORDINATORS:
            return None
        if t.low in _CLAUSE_WORDS:
            if t.low not in _PREDICATE_RELATIVES or j + 2 > at:
                return None
            nxt = toks[j + 1]
            if _verb_word(nxt, language) or (
                language == "en" and _verb_after_subject(nxt, toks[j + 2], language)
            ):
                return j + 1
            return None
    return None


def _ly_adverb(word: str) -> bool:
    """An English adverb in -ly, dropped from the verb group ('recently', 'normally'); not a
    verb in -ly ('apply', 'supply')."""
    return word.endswith("ly") and word not in _LY_VERBS


_LY_VERBS = frozenset("apply applies supply rely reply fly imply comply multiply".split())


def _catenative_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an English verb group that goes on with the verb it governs: 'is expected|
    to employ', 'plans| to build', 'recommended| closing', 'was| carrying' (the count is the
    object of the last verb)."""
    while (
        k + 1 < at
        and toks[k].low == "to"
        and _english_infinitive(toks[k + 1])
        and toks[k + 1].low not in PREPOSITIONS["en"]
    ):
        k += 2
    if k < at and toks[k].text.islower() and is_gerund(toks[k].text, "en"):
        if toks[k].low not in _NOT_GERUNDS and toks[k].low not in PREPOSITIONS["en"]:
            k += 1
    return k


# Words in -ing that are no verb a count follows: "the building", "during".
_NOT_GERUNDS = frozenset("during including according following building morning evening".split())

# Adverbials of time or place between a verb and its count, moved to the end of the question:
# "La Franciacorta produce ogni anno circa 20 milioni di bottiglie", "has sent to the site".
_MOVED_ADVERBIALS = {
    "it": (
        ("ogni", "anno"),
        ("ogni", "giorno"),
        ("ogni", "mese"),
        ("ogni", "settimana"),
        ("ogni", "estate"),
        ("ogni", "inverno"),
        ("in", "media"),
        ("in", "tutto"),
        ("in", "totale"),
        ("sul", "posto"),
        ("finora",),
    ),
    "en": (
        ("each", "year"),
        ("every", "year"),
        ("each", "day"),
        ("every", "day"),
        ("a", "year"),
        ("on", "average"),
        ("in", "all"),
        ("in", "total"),
        ("so", "far"),
        ("to", "the", "site"),
    ),
}


def _moved_adverbial(toks: list[Token], k: int, at: int, language: str) -> tuple[int, str]:
    """(where the words before the count start, the adverbial they open with or '')."""
    for words in _MOVED_ADVERBIALS[language]:
        end = k + len(words)
        if end <= at and tuple(t.low for t in toks[k:end]) == words:
            return end, " ".join(t.text for t in toks[k:end])
    if k < at and _verb_adverb(toks, k, language):
        return k + 1, toks[k].text  # "conta oggi 41 soci", "è costato complessivamente"
    return k, ""


# Adverbs of time that stand between a verb and its count: "conta oggi 41 soci".
_TIME_ADVERBS = {
    "it": frozenset("oggi ieri tuttora attualmente".split()),
    "en": frozenset("today currently".split()),
}


def _verb_adverb(toks: list[Token], k: int, language: str) -> bool:
    """Whether the word after a verb group is an adverb of the verb: one of time, an Italian
    adverb in -mente ('complessivamente') or an English one in -ly ('is today home to',
    'cost roughly')."""
    word = toks[k]
    if not word.text.islower() or not word.text.isalpha():
        return False
    if word.low in _TIME_ADVERBS[language]:
        return True
    if language == "it":
        return len(word.low) > 8 and word.low.endswith("mente")
    return _adverb_in_ly(toks, k) and _ly_adverb(word.low) and word.low not in _APPROX_LY


# "-ly" words that say how near the number is, left to the approximation: "roughly 85%".
_APPROX_LY = frozenset("roughly nearly approximately only barely fully".split())


_INDEFINITES = frozenset("un una uno a an".split())
# The Italian definite plurals. Before a count one names a threshold: "il museo ha superato i
# 250.000 ingressi".
_IT_PLURAL_ARTICLES = frozenset("i gli le".split())


def _count_head(toks: list[Token], k: int, at: int, language: str) -> int:
    """Where the words between the verb group and the count end once the article of a threshold
    is left out ('ha superato i| 250.000 ingressi'), before an approximation if any."""
    stop = at
    while stop > k and toks[stop - 1].low in _APPROX and toks[stop - 1].low != "di":
        stop -= 1
    if stop - 1 >= k and language == "it" and toks[stop - 1].low in _IT_PLURAL_ARTICLES:
        return stop - 1
    return at


_DAY_FIRST = re.compile(
    r"^(?P<day>\S+(?:\s+(?:sera|mattina|pomeriggio|notte|scorso|scorsa|morning|afternoon|evening"
    r"|night))?)\s+(?P<rest>\S.*)$"
)


def _day_before(subject: str, language: str) -> tuple[str, str]:
    """(subject, day) of a subject that opens with the day of the week the clause tells of,
    no comma between: 'Lunedì sera l’autostrada A14' -> ('l’autostrada A14', 'lunedì sera')."""
    first = subject.partition(" ")[0].lower()
    m = _DAY_FIRST.match(subject) if first in WEEKDAYS else None
    if m is None:
        return subject, ""
    day, rest = m.group("day"), m.group("rest")
    date = _DAY_DATE.match(rest)
    if date is not None and date.group("month").lower() in _MONTHS[language]:
        # "Lunedì 9 febbraio il distretto": the date goes with its day
        day, rest = f"{day} {date.group(0).strip()}", rest[date.end() :]
    if not starts_with_subject(tokens(rest), language):
        return subject, ""
    return rest, day[0].lower() + day[1:]


_DAY_DATE = re.compile(r"\d{1,2}\s+(?P<month>[A-Za-zà-ù]+)\s+")


def _subject(
    clause: str, toks: list[Token], first: int, s: Sentence, doc: Document
) -> tuple[str | None, str]:
    """(subject, opening) of the words before the verb group: a subject, an adverbial that
    stands in its place ('Sul posto operano ...'), or none (None when they are neither)."""
    language = doc.language
    entry = s.entry.phrase if s.entry is not None and refers_to_entry(s, language) else None
    if first == 0:
        if entry is None and _entry_drops_subject(toks, s, language):
            entry = s.entry.phrase if s.entry is not None else None
        return (lower_first(entry) if entry else ""), ""
    head = toks[0].low
    before = clause[: toks[first].start].strip()
    if head in PREPOSITIONS[language] or head in ARTICULATED:
        named = any(t.text[:1].isupper() for t in toks[1:first])
        if (named and not _place_before_plural(toks, first, language)) or _has_subject(
            toks[1:first], language
        ):
            return None, ""
        opening = lower_first(before[0].lower() + before[1:])
        if entry is None and _entry_drops_subject(toks[first:], s, language):
            # "(L’Arena ...) In epoca romana poteva accogliere ...": the entry, the adverbial
            # kept for the end of the question
            kept = "" if head in _WITH else opening  # "Con 10 milioni di abitanti": a trait
            return lower_first(s.entry.phrase) if s.entry is not None else "", kept
        return "", opening
    if head in _PRONOUNS and first == 1:
        return (lower_first(entry) if entry else None), ""
    if head in ADVERBIALS[language]:
        return None, ""
    if (
        not starts_with_subject(toks, language)
        and not _bare_plural(toks[:first], language)
        and not (language == "en" and _gerund_modified_plural(toks[:first]))
    ):
        return None, ""
    relative = False  # "A fire that burned on the moor": a subject with its relative
    for i, t in enumerate(toks[:first]):
        if t.low in _CLAUSE_WORDS:
            if not _subject_relative(toks, i, language):
                return None, ""  # "Organisers estimate that the event brings": no subject
            relative = True
    if toks[first - 1].low in _COORDINATORS:
        return None, ""  # "The plant cost €5bn and will employ": a second verb, not a subject
    subject = drop_titles(before, doc)
    # an Italian subject says its articles and prepositions: "i tempi medi di attesa per i
    # pazienti con codice verde"
    longest = _LONGEST_RELATIVE if relative else 12 if language == "it" else 10
    if not subject or len(subject.split()) > longest:
        return None, ""
    if s.entry is not None and subject.split()[0] in s.entry.name.split():
        return subject, ""  # "Matera ha perso ...": the entry's name, not a word to lowercase
    return _common_first(lower_first(lower_initial(subject, doc)), doc), ""


def _gerund_modified_plural(toks: list[Token]) -> bool:
    """Whether English words before a verb are a plural noun after a gerund that describes it,
    with maybe a complement of plain words after it: 'Starting salaries for production staff|
    will be', 'Running costs| rose' (not an adverbial: 'Following protests the council')."""
    if len(toks) < 2 or toks[0].low in _NOT_GERUNDS or not is_gerund(toks[0].text, "en"):
        return False
    noun = toks[1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in STOPWORDS["en"]:
        return False
    if not _plural(noun.low, "en") or len(toks) > 6:
        return False
    rest = toks[2:]
    if rest and rest[0].low not in PREPOSITIONS["en"]:
        return False
    return all(t.text.isalpha() and t.text.islower() and t.low not in ARTICLES["en"] for t in rest)


def _entry_drops_subject(toks: list[Token], s: Sentence, language: str) -> bool:
    """Whether an Italian clause about an entry opens with a singular verb and so has the
    entry as its subject, which Italian leaves unsaid: '(L’Arena ...) In epoca romana poteva
    accogliere 30.000 spettatori'; not a plural ('Vi aderiscono 7.000 comuni', whose count is
    the subject) nor 'ci'/'vi' ('Ci sono 46 serate')."""
    if language != "it" or s.entry is None or not toks or toks[0].low in _CLITICS - {"si", "non"}:
        return False
    at = next((i for i, t in enumerate(toks) if t.low not in _CLITICS), None)
    if at is None or not toks[at].text.islower() or toks[at].low.endswith("no"):
        return False
    return not _subject_after_verb(toks, at)


# Italian verbs with no object, whose subject may follow them: 'Nelle sale lavora una squadra
# di 20 restauratori', 'Per il restauro servirà una spesa di 14 milioni' (the verbs of being
# needed), 'Nel parco vive una colonia di cervi'; not the copulas ('rimane uno dei musei').
_IT_INTRANSITIVE = frozenset(
    """emergere nascere morire arrivare partire sorgere entrare uscire cadere apparire venire
    andare giungere esistere tornare accadere succedere avvenire scomparire crescere passare
    durare lavorare vivere abitare risiedere operare servire occorrere bastare mancare
    partecipare prevalere convivere sopravvivere aderire scioperare manifestare""".split()
)
_IT_ESSERE_FORMS = frozenset(
    "è era sarà fu sono erano saranno furono viene veniva verrà venne".split()
)


def _it_intransitive(word: str) -> bool:
    """Whether an Italian verb form is one of _IT_INTRANSITIVE ('vive', whose lemma reads as a
    noun's, by its infinitive)."""
    if lemma(word, "it") in _IT_INTRANSITIVE:
        return True
    stem = word[:-1]
    return word.endswith(("a", "e")) and any(stem + e in _IT_INTRANSITIVE for e in _IT_INFINITIVES)


_IT_INFINITIVES = ("are", "ere", "ire")


def _subject_after_verb(toks: list[Token], at: int) -> bool:
    """Whether an Italian verb group at `at` is followed by its own subject, an article and a
    noun: after a verb with no object ('vi lavora una squadra'), a passive or a compound of
    'essere' ('è conservata una collezione', 'è arrivato un finanziamento') or a verb with
    'si' ('si trova una biblioteca'). After any other verb the noun is its object ('poteva
    accogliere 30.000 spettatori', 'conserva una collezione')."""
    end = at + 1
    while end < len(toks) and (
        toks[end].low in _IT_MODALS
        or toks[end].low in AUXILIARIES["it"]
        or _italian_infinitive(toks[end])
        or is_participle(toks[end].text, "it")
    ):
        end += 1
    if end >= len(toks) or toks[end].low not in ARTICLES["it"]:
        return False
    head = toks[end - 1]
    if head.low in _STATO:
        return False  # "è stato uno dei dieci musei": a copula
    if any(t.low == "si" for t in toks[:at]) or _it_intransitive(head.low):
        return True
    return toks[at].low in _IT_ESSERE_FORMS and end - at > 1 and is_participle(head.text, "it")


_STATO = frozenset("stato stata stati state".split())


def _place_before_plural(toks: list[Token], first: int, language: str) -> bool:
    """Whether an Italian clause opens with a preposition and one name, then a plural verb,
    whose subject follows it: 'Sul Matese vivono| 14 branchi' ('In Francia Macron ha' has
    its subject before the verb)."""
    if language != "it" or not 2 <= first <= 4 or not toks[first].low.endswith("no"):
        return False
    return all(t.text[:1].isupper() and t.text.isalpha() for t in toks[1:first])


def _common_first(subject: str, doc: Document) -> str:
    """'Women made up 38 percent': a known word that opens the sentence, and the article
    writes it in lowercase elsewhere ('the women’s race'), is lowercased even when other
    sentences open with it too."""
    if not subject[:1].isupper():
        return subject
    first, _, rest = subject.partition(" ")
    if not first[1:].islower() or rest[:1].isupper():
        return subject
    if first in doc.inner_capitals or first in doc.people:
        return subject
    low = first.lower()
    if not is_known_word(low, doc.language) or low not in _lowercase_words(doc.texts):
        return subject
    return f"{low} {rest}".rstrip()


_LOWER_WORD = re.compile(r"\b[a-zà-ù]+")  # "women" of "the women’s race"
# The lowercase words of the last documents read, found once for each: (texts, words) by the
# id of the texts (the texts are kept, so the id is not reused).
_LOWERCASE: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def _lowercase_words(texts: tuple[str, ...]) -> frozenset[str]:
    found = _LOWERCASE.get(id(texts))
    if found is None or found[0] is not texts:
        if len(_LOWERCASE) > 4:
            _LOWERCASE.clear()
        found = (texts, frozenset(_LOWER_WORD.findall("\n".join(texts))))
        _LOWERCASE[id(texts)] = found
    return found[1]


def _bare_plural(toks: list[Token], language: str) -> bool:
    """Whether the words before a verb are a plural with no article, which only a clause
    inside a sentence opens with: '(Organisers said) entries| had risen', '(..., mentre)
    nuove nevicate| sono attese' (a sentence opens with a capital, read as a name)."""
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in toks):
        return False
    if any(t.low in STOPWORDS[language] or t.low in PREPOSITIONS[language] for t in toks):
        return False
    return _plural(toks[-1].text, language)


_CLAUSE_WORDS = frozenset("that which who whom whether if che cui se".split())
_COORDINATORS = frozenset("and or but e ed o ma".split())


def _has_subject(toks: list[Token], language: str) -> bool:
    """Whether an opening adverbial runs into a subject: a bare article after a noun ('Nella
    notte la protezione civile ...')."""
    articles = _SUBJECT_ARTICLES[language]
    for i, t in enumerate(toks):
        if t.low in articles and i > 0 and toks[i - 1].low not in PREPOSITIONS[language]:
            if toks[i - 1].low in _AND:
                continue  # "Tra il 2018 e il 2021": the second term of the preposition's pair
            return True
    return False


# The articles a subject opens with ("a" is an Italian preposition: "da gennaio a ottobre").
_SUBJECT_ARTICLES = {
    "it": frozenset("il lo la i gli le l’ un uno una".split()),
    "en": frozenset("the a an".split()),
}


def _tail(text: str, at: int, language: str) -> str | None:
    """What follows the counted phrase, to the end of its clause (None when too long, or when
    it goes on with a second number: '300 votes to 200', '15 voti contro 4')."""
    rest = text[at:]
    tail = _TAIL_END.split(rest)[0].strip()
    if tail and _LIST_GOES_ON.match(text, at + len(rest) - len(rest.lstrip()) + len(tail)):
        return ""  # "212 adults| with chronic bone, joint or urinary infections": a list cut
    if tail[-1:].isalpha() and tail.rsplit(maxsplit=1)[-1][:1].isupper():
        both = _AND_NAME.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if both:  # "tra Faenza e Forlì": two names joined by "e" are one place, not two clauses
            tail = squash(f"{tail} {both.group(0)} {_TAIL_END.split(text[both.end() :])[0]}")
    if tail[-1:].isdigit():
        day = _AND_DAY.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if day:  # "nelle giornate del 6 e 7 febbraio": one date, not two clauses
            tail = squash(f"{tail} {day.group(0)}")
        elif _BETWEEN_FIRST.search(tail):
            # "between 2019 and 2025", "tra il 2018 e il 2021": one span, not two clauses
            span = _AND_SECOND.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
            tail = squash(f"{tail} {span.group(0)}") if span else tail
    first = tail.split(maxsplit=1)[0] if tail else ""
    if first.lower() in _BETWEEN and _kinds_of_counted(text, at, tail, language):
        return ""  # "190 miliardi| tra sovvenzioni e prestiti": what it is made of, cut at "e"
    if len(tail.split()) > 8 and language == "en":
        tail = _without_agent_phrase(tail)
    if len(tail.split()) > 8 or _SCORE.match(tail):
        return None
    if language == "it" and _agreeing_adjective(tail, text[:at]):
        return ""  # "1.600 movimenti bancari| sospetti": the counted's adjective, no clause
    if language == "it" and first in _RATE_ARTICLES:
        tail = _as_rate(tail)
    if first.islower() and (
        is_participle(first, language) or _governs(" " + tail, len(first) + 1, first)
    ):
        return ""  # "14 lines of Latin| written in two columns": it tells the counted apart
    if language == "en" and first.islower() and is_gerund(first, language):
        return ""  # "23 cameras| belonging to the network": so does a participle in -ing
    if first.lower() in _EXAMPLES and text[at:].strip().startswith(tail + ","):
        return ""  # "300 reperti| tra papiri, ostraca, ...": a list the comma cut
    if first[:1].isdigit() or first.lower() in NUMBER_WORDS[language]:
        return ""  # "in two doses| three months apart": a measure of the counted
    second = tail.split(maxsplit=2)[1:2]
    if first == "su" and second and (second[0][:1].isdigit() or second[0] in NUMBER_WORDS["it"]):
        return ""  # "quattro arcate| su tre ordini": how the counted stand, not the clause's
    return tail


def _without_agent_phrase(tail: str) -> str:
    """An English tail cut before a participle and its agent that describe the noun before
    them: 'into a community fund| run by the parish council' -> 'into a community fund'."""
    words = tail.split()
    for i in range(2, len(words) - 1):
        noun = words[i - 1]
        if words[i + 1] != "by" or not is_participle(words[i], "en"):
            continue
        if noun.isalpha() and noun.islower() and noun not in STOPWORDS["en"]:
            return " ".join(words[:i])
        return tail
    return tail


def _agreeing_adjective(tail: str, before: str) -> bool:
    """Whether an Italian tail is one plural adjective that agrees with the noun before it."""
    if " " in tail or not tail.isalpha() or not tail.islower() or tail in STOPWORDS["it"]:
        return False
    return tail[-1:] in "ie" and before.rstrip()[-1:] == tail[-1:] and not is_finite(tail, "it")


_AND_DAY = re.compile(r"\s+(?:e|ed|and)\s+\d{1,2}\s+[a-zà-ù]+")
# The first end of a span "between ... and ...", "tra ... e ...", and its second end.
_BETWEEN_FIRST = re.compile(r"(?:^|\s)(?:between|tra|fra)\s+(?:(?:il|the)\s+)?\d+(?:[.,]\d+)*$")
_AND_SECOND = re.compile(r"\s+(?:e|ed|and)\s+(?:(?:il|the)\s+)?\d+(?:[.,]\d+)*(?![\w%])")
_BETWEEN = frozenset("tra fra between".split())
_AND_WORD = re.compile(r"\s+(?:e|ed|and)\s+(?=[a-zà-ù])")


def _kinds_of_counted(text: str, at: int, tail: str, language: str) -> bool:
    """Whether a tail 'tra'/'between' and a bare noun goes on with 'e'/'and' and a second one:
    the kinds the counted is made of ('tra sovvenzioni e prestiti'), not a time or a place."""
    words = tail.split()
    if len(words) != 2 or not words[1].isalpha() or not words[1].islower():
        return False
    if words[1] in ARTICLES[language] or words[1] in NUMBER_WORDS[language]:
        return False
    rest = text[at:].lstrip()
    return rest.startswith(tail) and _AND_WORD.match(rest, len(tail)) is not None


# A unit of time with its article after a sum makes it a rate ("65 milioni di euro l’anno");
# a question that keeps the article reads it as the object of a verb before it ("le sinergie
# indicate dal management l’anno"): it says the rate with "a" ("all’anno").
_RATES = {
    "l’anno": "all’anno",
    "il mese": "al mese",
    "la settimana": "alla settimana",
    "il giorno": "al giorno",
}
_RATE_ARTICLES = frozenset(phrase.split()[0] for phrase in _RATES)


def _rate_first(tail: str) -> tuple[str, str]:
    """(rate, rest) of a tail that opens with a rate: the rate goes with the verb, before a
    subject that may end in a participle ('le sinergie indicate dal management| all’anno')."""
    for rate in _RATES.values():
        if tail == rate or tail.startswith(rate + " "):
            return rate, tail[len(rate) :].strip()
    return "", tail


def _as_rate(tail: str) -> str:
    for phrase, rate in _RATES.items():
        if tail == phrase or tail.startswith(phrase + " "):
            return rate + tail[len(phrase) :]
    return tail


_AND_NAME = re.compile(r"\s+(?:e|ed|and)\s+[A-Z][\w’-]*")
# What opens a list of examples of the counted: "300 reperti tra papiri, ostraca e statue".
_EXAMPLES = frozenset("tra fra including among like come incluse inclusi".split())
# A comma inside a list, which goes on with an item or two and its "or"/"and": "bone, | joint
# or urinary infections"; not the examples that follow one ("in 30 paesi, | tra cui ...",
# "such as").
_LIST_GOES_ON = re.compile(
    r",(?!\s+(?:" + _alternation([*_EXAMPLES, "such"]) + r")\b)"
    r"\s+[\w’-]+(?:\s+[\w’-]+)?(?:,\s+[\w’-]+(?:\s+[\w’-]+)?)*\s+(?:or|and|o|e|ed)\s+\w"
)
_SCORE = re.compile(r"^(?:to|against|a|contro|su)\s+\d")


def _english_body(frame: _Frame, subject: str) -> str | None:
    """The question order of an English clause: 'did the rover carry', 'has the record been
    broken', 'does the council have'."""
    verb = list(frame.verb)
    head = verb[0].lower()
    if head in {"has", "have", "had"} and len(verb) == 1:
        do = {"has": "does", "have": "do", "had": "did"}[head]
        return f"{do} {subject} have"
    if head in AUXILIARIES["en"] or head in _TRUE_MODALS:  # "must the trust monitor"
        if head in {"is", "are", "was", "were"} and len(verb) == 1:
            return None  # "The victims were 12 children": no question reads well
        rest = [w for w in verb[1:] if w.lower() not in _KEPT_ADVERBS]
        negation = [w for w in verb[1:] if w.lower() in _KEPT_ADVERBS]
        return squash(f"{head} {subject} {' '.join(negation)} {' '.join(rest)}")
    base = lemma(head, "en")
    if head in _SAME_FORM_PASTS or head in _EN_SAME_FORM_VERBS:
        return squash(f"did {subject} {head} {' '.join(verb[1:])}")
    if base == head and not is_finite(head, "en"):
        if len(verb) == 1 and _plural_subject(subject):
            return f"do {subject} {head}"  # "The trams carry| ..." -> "do the trams carry"
        return None
    if head.endswith("s") and not is_finite(head, "en"):
        return squash(f"does {subject} {base} {' '.join(verb[1:])}")
    return squash(f"did {subject} {base} {' '.join(verb[1:])}")


def _plural_subject(subject: str) -> bool:
    """Whether an English subject is a plural noun phrase: its last word before any
    preposition is a plural noun ('the trams', 'pups', 'the ferries of the island')."""
    words = subject.split()
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if head == 0 or not words[head - 1].isalpha() or not words[head - 1].islower():
        return False
    return _plural(words[head - 1], "en") and words[head - 1] not in STOPWORDS["en"]


def _is_copula(frame: _Frame, language: str) -> bool:
    """A verb group that is only 'è'/'is': it counts nothing ('Il bilancio è di 12 morti')."""
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS | _KEPT_ADVERBS]
    return len(words) == 1 and lemma(words[0], language) in _COPULAS


_IT_BEEN = frozenset("stato stata stati state".split())


def _italian_copula_group(frame: _Frame) -> bool:
    """An Italian copula in a compound tense: 'è stata', 'era stato', 'sarà stata' ('La
    temperatura media è stata di 31 gradi')."""
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS | _KEPT_ADVERBS]
    return len(words) == 2 and words[0] in _IT_COPULA and words[1] in _IT_BEEN


# ---------------------------------------------------------------------------------------------
# Questions of a count.


# The prepositions of a duration after the verb's object: "has piloted ferries for 14 years",
# "gestisce il chiosco da 31 anni".
_DURATION_PREPOSITIONS = {"en": frozenset(["for"]), "it": frozenset("per da".split())}
_POSSESSIVES = frozenset("its their his her our suo sua suoi sue loro".split())


def _object_then(frame: _Frame, prepositions: frozenset[str], language: str) -> str | None:
    """The verb's object as written, when the words from the verb to the number are a short
    noun phrase and one of `prepositions`: 'has piloted| ferries for| 14 years' -> 'ferries',
    'entered| the atmosphere at| 14 km/s' -> 'the atmosphere'."""
    exact = frame.exact
    if not 2 <= len(exact) <= 5 or exact[-1] not in prepositions:
        return None
    for word in exact[:-1]:
        if word in ARTICLES[language] or word in _POSSESSIVES:
            continue
        if (
            word in STOPWORDS[language]
            or word in _IT_IMPROPER_PREPOSITIONS  # "costruita intorno a": a preposition
            or word in PREPOSITIONS[language]
            or word in ARTICULATED
            or not word.isalpha()
            or (language == "en" and word.endswith("ly"))
        ):
            return None
    words = frame.between_text.split()
    cut = max(i for i, w in enumerate(words) if w.lower() == exact[-1])
    return " ".join(words[:cut]) if cut else None


# The English prepositions of a place or a thing between a verb and a duration: "has lived on
# Mill Lane for 31 years", "was trapped in the ice for six months", "has played for the club
# for ten years"; an adverb of place may come first ("stay away from school for 21 days").
_EN_PLACE_PREPOSITIONS = frozenset(
    "in on at of from into onto to with for near inside outside off under behind beside".split()
)
_EN_PLACE_ADVERBS = frozenset("away back home abroad there here".split())
_LONGEST_PLACE = 8  # words of the complements before a duration


def _place_phrase_word(word: str) -> bool:
    """Whether a word may be part of the noun phrase after a preposition of place: an article,
    a possessive, a noun or a name, an owner in ''s' ('their mother's milk')."""
    if word in ARTICLES["en"] or word in _POSSESSIVES:
        return True
    bare = re.sub(r"[’']s$", "", word)
    if not bare.isalpha() or bare in STOPWORDS["en"] or bare in _APPROX:
        return False
    return not bare.endswith("ly") and not is_finite(bare, "en")


# What opens an English clause that is no subject: "Because whisky must be matured ...".
_EN_SUBORDINATORS = frozenset(
    "because if although though while when whenever since as after before once unless until".split()
)


def _plain_subject(subject: str) -> bool:
    """Whether an English subject is a noun phrase alone: no subordinator opens it, no
    auxiliary or modal is in it ('Because whisky must by law be| matured': a verb group the
    frame split)."""
    words = subject.split()
    if not words or words[0].lower() in _EN_SUBORDINATORS:
        return False
    return not any(w in _MODALS or w in AUXILIARIES["en"] for w in words)


def _english_place_then(frame: _Frame) -> str | None:
    """The complements of place as written, when the words from the verb to a duration are
    one or two phrases of a preposition and a noun, then 'for': 'has lived| on Mill Lane
    for| 31 years' -> 'on Mill Lane', 'rely| on their mother's milk for| three weeks'."""
    exact = frame.exact
    if not 3 <= len(exact) <= _LONGEST_PLACE or exact[-1] != "for":
        return None
    if not _plain_subject(frame.subject):
        return None
    written = frame.between_text.split()
    fors = [k for k, w in enumerate(written) if w.lower() == "for"]
    if not fors:
        return None
    words = [w.lower() for w in written[: fors[-1]]]
    i = 1 if words and words[0] in _EN_PLACE_ADVERBS else 0
    phrases = 0
    while i < len(words):
        if words[i] not in _EN_PLACE_PREPOSITIONS:
            return None
        j = i + 1
        while j < len(words) and words[j] not in _EN_PLACE_PREPOSITIONS:
            if not _place_phrase_word(words[j]):
                return None
            j += 1
        if j == i + 1 or words[j - 1] in ARTICLES["en"] or words[j - 1] in _POSSESSIVES:
            return None  # a preposition with no noun after it
        phrases += 1
        i = j
    if phrases > 2:
        return None
    return " ".join(written[: fors[-1]])


# English verbs of a change whose size "by" gives after their object: "reduced the roofline by
# 2.4 metres", "extended the runway by 300 metres".
_CHANGE_BY_VERBS = frozenset(
    """cut reduce raise lower increase decrease extend shorten lengthen widen narrow deepen
    move shift lift""".split()
)
_CHANGE_BY = frozenset(["by"])


def _changed_by(frame: _Frame) -> str | None:
    """The object as written of an English verb of change whose size 'by' and the count give
    after it: 'reduced| the roofline by| 2.4 metres' -> 'the roofline'."""
    if not frame.verb or lemma(frame.verb[-1].lower(), "en") not in _CHANGE_BY_VERBS:
        return None
    if not _plain_subject(frame.subject):
        return None
    return _object_then(frame, _CHANGE_BY, "en")


_IT_OF = frozenset("di del dello della dei degli delle dell’".split())
# The articulated prepositions of a complement of an object: "la stagione| al| primo posto".
_IT_JOINTS = _IT_OF | frozenset(
    """al allo alla ai agli alle all’ nel nello nella nei negli nelle nell’ sul sullo sulla sui
    sugli sulle sull’""".split()
)


def _italian_object_of(
    frame: _Frame, prepositions: frozenset[str], joints: frozenset[str] = _IT_OF
) -> str | None:
    """The Italian verb's object as written when it has a complement of 'di' (or of another
    of `joints`) before one of `prepositions`: 'ha annunciato| l’acquisizione della francese
    Lumière per| 600 milioni' -> 'l’acquisizione della francese Lumière'. It opens with an
    article; no other preposition, comma or verb is in it."""
    exact = frame.exact
    if not 3 <= len(exact) <= 7 or exact[-1] not in prepositions:
        return None
    words = frame.between_text.split()
    first = exact[0]
    if first not in ARTICLES["it"] and not first.endswith("’"):
        return None
    inner = exact[1:-1]
    if sum(w in joints for w in inner) != 1 or inner[0] in joints or inner[-1] in joints:
        return None
    for word in inner:
        if word in joints or word in ARTICLES["it"]:
            continue
        if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or not word.isalpha():
            return None
    cut = max(i for i, w in enumerate(words) if w.lower() == exact[-1])
    return " ".join(words[:cut]) if cut else None


def _complement_then(frame: _Frame, prepositions: frozenset[str]) -> str | None:
    """An Italian complement of the verb as written, when the words from the verb to the
    number are one prepositional phrase and one of `prepositions`: 'sono state chiuse| alla
    balneazione per| 41 giorni' -> 'alla balneazione'."""
    exact = frame.exact
    if not 3 <= len(exact) <= 5 or exact[-1] not in prepositions:
        return None
    first, *words = exact[:-1]
    if first not in ARTICULATED and first not in {"a", "in", "su", "con"}:
        return None
    for word in words:
        if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or word in ARTICULATED:
            if word not in ARTICLES["it"]:
                return None
        if not word.isalpha():
            return None
    written = frame.between_text.split()
    cut = max(i for i, w in enumerate(written) if w.lower() == exact[-1])
    return " ".join(written[:cut]) if cut else None  # "per| quasi": the bound is the answer's


# A group that is its members: "a search team of 40 volunteers" are 40 volunteers, "una
# squadra di sette archeologi" sette archeologi.
_GROUP_NOUNS = frozenset(
    """team group crew squad panel delegation squadra gruppo équipe delegazione""".split()
)
_GROUP_OF = {"en": "of", "it": "di"}


def _without_group(frame: _Frame, language: str) -> _Frame:
    """The frame without the group before its count: 'recovered by| a search team of| 40
    volunteers' -> 'recovered by'."""
    between = frame.between
    if len(between) < 3 or between[-1] != _GROUP_OF[language] or between[-2] not in _GROUP_NOUNS:
        return frame
    start = len(between) - 2
    while start > 0 and between[start - 1] not in ARTICLES[language]:
        start -= 1
        if len(between) - start > 4:
            return frame
    if start == 0:
        return frame
    kept = between[: start - 1]
    written = frame.between_text.split()[: len(kept)]
    return _Frame(frame.subject, frame.verb, kept, frame.opening, frame.when, " ".join(written))


def _counted_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Quanti terremoti ha registrato l’Osservatorio?', 'In quante sezioni è articolata la
    mostra?', 'Quanti vigili del fuoco operano sul posto?', 'How many times has the record
    been broken in Berlin?'."""
    language = doc.language
    tail = _tail(text, count.noun_end, language)
    if tail is None:
        return None
    if tail == "" and language == "en" and lemma(frame.verb[-1].lower(), "en") == "spend":
        tail = _spent_doing(text, count.noun_end)  # "spent eleven months| removing the paint"
    if _is_copula(frame, language) or _italian_copula_group(frame):
        if language == "en":
            return _home_to_question(count, frame, tail)
        return _copula_of_question(count, frame, tail, language)
    frame = _without_group(frame, language)
    if language == "en" and frame.exact[-1:] == ["by"]:
        agents = _agents_of_object(count, frame)  # "a petition signed by 1,460 people"
        if agents is not None:
            return agents
    if language == "it":
        frame = _with_infinitive(frame)
    if language == "en":
        frame = _without_average(_without_all(frame))  # "spent an average of 18 months"
    modifier = _COUNT_MODIFIERS[language].get(tuple(frame.exact))
    if modifier is not None and frame.subject:
        # "hopes to tag a further ten chicks" -> "How many more chicks ...?", "altri 40
        # volontari" -> "Quanti volontari in più ...?": a count on top of another; "drew an
        # estimated 45,000 people": the estimate is the answer's
        if modifier:
            more = f"more {count.nouns}" if language == "en" else f"{count.nouns} {modifier}"
            count = replace(count, nouns=more)
        frame = replace(frame, between=(), between_text="")
    preposition = None if frame.approximate_only else frame.preposition
    compound = _compound_preposition(frame, language)
    if compound and frame.subject:
        preposition, before = compound
        return _compound_question(count, frame, preposition, squash(f"{before} {tail}"), language)
    if preposition is None and count.noun in _TIME_UNITS and not frame.approximate_only:
        # "has piloted ferries for 14 years": the object goes after the verb of the question
        obj = _object_then(frame, _DURATION_PREPOSITIONS[language], language)
        if obj is None and language == "en":
            obj = _english_place_then(frame)  # "has lived on Mill Lane for 31 years"
        if not obj and language == "it":  # "chiuse alla balneazione per 41 giorni"
            obj = _complement_then(frame, _DURATION_PREPOSITIONS["it"])
        if obj:
            preposition, tail = frame.exact[-1], squash(f"{obj} {tail}")
    if preposition is None and language == "en" and count.noun not in _TIME_UNITS:
        changed = _changed_by(frame)  # "reduced the roofline by 2.4 metres"
        if changed:
            preposition, tail = "by", squash(f"{changed} {tail}")
    if language == "en" and frame.exact[-1:] == ["of"] and frame.subject:
        return _made_of_question(count, frame, tail) or _noun_of_count_question(frame, tail)
    if not frame.approximate_only and preposition is None and frame.subject:
        # a time counted of something ("31.000 ore di registrazioni"), not a duration
        quantity = count.noun not in _TIME_UNITS or count.nouns != count.counted
        if quantity and _complement_first(frame, language):
            return _complement_first_question(count, frame, tail, language)
        action = _action_of(frame) if language == "it" else None
        if action is not None:  # "ha contestato l’abbattimento di 1.200 alberi"
            how = f"di {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
            return _object_kept_question(how, frame, action, tail, language)
        return _after_object_question(count, frame, tail, language)
    if preposition == "at" and language == "en" and _reckoned_at(frame):
        return _stranded_at_question(count, frame, tail)
    if not frame.approximate_only and preposition not in _COUNT_PREPOSITIONS[language]:
        return _inverted_complement_question(count, frame, tail, language)
    if preposition in _PLACE_PREPOSITIONS and (" to " in f" {tail} " or _has_digit(frame.subject)):
        # "fallen from 214 residents in 2001 to 131": a change, not a count; "41,000 runners
        # from 150 countries started": the countries are the runners', no verb's
        return None
    if _passive_group(frame) and frame.between[:1] in (("over",), ("around",)):
        # "was held over four laps", "is built around seven rooms": a preposition, not "more
        # than" or "about", which the question would lose
        return _stranded_question(count, frame, tail)
    subject = frame.subject
    if not subject and language == "it":
        subject = _postverbal_subject(text, count.noun_end) or ""
        if subject:
            tail = frame.opening  # "A Roma ha vinto tre medaglie la nazionale"
    if not subject:
        people = _people_noun(count.noun, language)
        if language != "it" or preposition or not _inverted(frame, people):
            return None
        if _has_possessive(frame.opening):
            return None  # "Nel suo territorio operano tre cantine": whose, the card cannot say
        subject = frame.opening  # "Sul posto operano 420 vigili": the count is the subject
        where = f"{' '.join(frame.verb)} {subject} {tail} {frame.when}"
        return _ask_it(count, None, where)
    if language == "it":
        return _ask_it(count, preposition, f"{' '.join(frame.verb)} {subject} {tail} {frame.when}")
    agent = _agent_verb(frame) if preposition == "by" else None
    if agent:  # "was approved by 124 countries" -> "How many countries approved ...?"
        return squash(f"How many {count.nouns} {agent} {subject} {tail} {frame.when}") + "?"
    body = _english_body(frame, subject)
    if body is None:
        return None
    asked = f"How many {count.nouns} {body} {tail} {frame.when}"
    if preposition:
        asked = f"{preposition.capitalize()} how many {count.nouns} {body} {tail} {frame.when}"
    return squash(asked) + "?"


# Endings of Italian nouns of an action: "la realizzazione", "l’abbattimento", "la chiusura".
_ACTION_ENDINGS = ("zione", "sione", "mento", "tura")
_IT_DEFINITE = frozenset("il lo la l’".split())


def _action_of(frame: _Frame) -> str | None:
    """The Italian object that names an action done to what the count counts, 'di' after it:
    'ha contestato| l’abbattimento di| 1.200 alberi' -> 'l’abbattimento' (asked 'Di quanti
    alberi Legambiente ha contestato l’abbattimento?'); None for any other words."""
    exact = frame.exact
    if len(exact) != 3 or exact[0] not in _IT_DEFINITE or exact[2] != "di":
        return None
    noun = exact[1]
    if not noun.isalpha() or not noun.endswith(_ACTION_ENDINGS):
        return None
    written = frame.between_text.split()
    while written and written[-1].lower() in _APPROX:
        written.pop()  # "l’abbattimento di circa", "di" with it
    return " ".join(written) if written and written[-1].lower().endswith(noun) else None


def _agents_of_object(count: _Count, frame: _Frame) -> str | None:
    """'Residents presented a petition signed by 1,460 people' -> 'How many people signed the
    petition?': the count of who did what a regular participle after the English object
    says (the question leaves the rest of the clause, which the object's verb tells)."""
    exact = frame.exact
    if exact[:1] and (exact[0] in _PARTICLES or exact[0] == "in"):
        exact = exact[1:]  # "handed in| a petition signed by"
    if not 4 <= len(exact) <= 5 or exact[0] not in ARTICLES["en"]:
        return None
    participle, noun = exact[-2], exact[1:-2]
    if not participle.endswith("ed") or not is_participle(participle, "en"):
        return None
    if any(not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in noun):
        return None
    return f"How many {count.nouns} {participle} the {' '.join(noun)}?"


# The first words of a preposition of two or three words before a count: "davanti a 5.200
# spettatori", "insieme a 40 volontari", "in front of 5,200 spectators", "thanks to 300
# donors". Not "oltre a", "fino a", "intorno a" or "vicino a", which may say "more than", "up
# to", "about" or "nearly" of the number.
_COMPOUND_PREPOSITIONS: dict[str, set[tuple[str, ...]]] = {
    "it": {
        ("davanti", "a"),
        ("dietro", "a"),
        ("accanto", "a"),
        ("insieme", "a"),
        ("grazie", "a"),
        ("davanti", "ad"),
        ("insieme", "ad"),
        ("grazie", "ad"),
    },
    "en": {
        ("in", "front", "of"),
        ("thanks", "to"),
        ("next", "to"),
        ("together", "with"),
        ("along", "with"),
        ("ahead", "of"),
    },
}
# What a noun phrase between a preposition and "di"/"of" may open with: "con il supporto di
# 40 volontari", "with the help of 40 volunteers".
_PHRASE_PREPOSITIONS = {"it": frozenset("con grazie".split()), "en": frozenset(["with"])}
_OF = {"it": "di", "en": "of"}


def _compound_preposition(frame: _Frame, language: str) -> tuple[str, str] | None:
    """(preposition, before) of a preposition of more than one word right before the count,
    as written, and the verb's object or particle before it ('the school| together with'),
    or None."""
    exact = tuple(frame.exact)
    words = frame.between_text.split()[: len(exact)]
    for size in (2, 3, 4):
        if size > len(exact) or len(exact) - size > 3:
            continue
        if _is_compound(exact[-size:], language):
            before = words[:-size]
            if not before or _object_or_particle(before, language):
                return " ".join(words[-size:]), " ".join(before)
    return None


def _is_compound(words: tuple[str, ...], language: str) -> bool:
    if words in _COMPOUND_PREPOSITIONS[language]:
        return True
    if len(words) != 4 or words[0] not in _PHRASE_PREPOSITIONS[language]:
        return False
    # "con il supporto di", "with the help of"
    article, noun, of = words[1:]
    return (
        of == _OF[language]
        and article in _SUBJECT_ARTICLES[language]
        and _plain_noun(noun, language)
    )


def _object_or_particle(words: list[str], language: str) -> bool:
    """Whether the words between the verb and a preposition are its particle ('carried| out')
    or a short object ('opened| the school'), which the question keeps after the verb."""
    if language == "en" and len(words) == 1 and words[0] in _PARTICLES:
        return True
    if words[0].lower() not in _SUBJECT_ARTICLES[language] | _POSSESSIVES:
        return False
    return all(_plain_noun(w, language) for w in words[1:]) and len(words) > 1


def _plain_noun(word: str, language: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in STOPWORDS[language]
        and word not in PREPOSITIONS[language]
        and word not in _GROUP_NOUNS  # "with a team of": the team is its members
        and not is_finite(word, language)
        and not is_participle(word, language)
    )


def _compound_question(
    count: _Count, frame: _Frame, preposition: str, tail: str, language: str
) -> str | None:
    """'Davanti a quanti spettatori si è giocata la partita?', 'In front of how many
    spectators was the match played?': the whole preposition opens the question."""
    if language == "it":
        return _ask_it(
            count, preposition, f"{' '.join(frame.verb)} {frame.subject} {tail} {frame.when}"
        )
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = f"{upper_first(preposition)} how many {count.nouns} {body} {tail} {frame.when}"
    return squash(asked) + "?"


# Infinitives of locutions that are prepositions: "a partire da", "a cominciare da".
_LOCUTION_INFINITIVES = frozenset("partire cominciare iniziare decorrere".split())
_FROM = frozenset("da dal dallo dalla dai dagli dalle dall’".split())


def _with_infinitive(frame: _Frame) -> _Frame:
    """The Italian frame whose verb goes on with 'di'/'a' and the infinitive that governs the
    count: 'prevede| di costruire| 300 case' -> verb 'prevede di costruire' ('Quante case
    prevede di costruire il Comune?')."""
    between = frame.between
    if len(between) < 2 or between[0] not in {"di", "a", "ad"}:
        return frame
    infinitive = between[1]
    if not infinitive.endswith(_IT_INFINITIVES + ("rre",)) or infinitive in STOPWORDS["it"]:
        return frame
    if len(infinitive) < 5 or not infinitive.isalpha() or infinitive in _LOCUTION_INFINITIVES:
        return frame
    if between[2:3] and between[2] in _FROM:
        return frame  # "ricomposto a partire da": a locution of "from", no verb of the count
    written = frame.between_text.split()
    if len(written) < len(between):
        return frame
    return replace(
        frame,
        verb=(*frame.verb, *written[:2]),
        between=between[2:],
        between_text=" ".join(written[2:]),
    )


def _spent_doing(text: str, at: int) -> str:
    """The gerund phrase after a time spent, which tells what the time went on ('How many
    months did restorers spend removing the paint?'); '' when there is none or it runs long."""
    phrase = _TAIL_END.split(text[at:])[0].strip()
    words = phrase.split()
    if not words or not is_gerund(words[0], "en") or len(words) > 9:
        return ""
    return phrase


def _has_possessive(phrase: str) -> bool:
    return not _POSSESSIVES.isdisjoint(phrase.lower().split())


def _inverted_complement_question(
    count: _Count, frame: _Frame, tail: str, language: str
) -> str | None:
    """An Italian clause that opens with its verb, a complement and then the count, its
    subject: 'Hanno partecipato al corso 45 insegnanti' -> 'Quanti insegnanti hanno
    partecipato al corso?'; an adverbial that opens the clause goes after the complement
    ('Nel cortile giocano a turno 30 bambini' -> '... giocano a turno nel cortile?')."""
    if language != "it" or frame.subject or not _inverted(frame):
        return None
    if _has_possessive(frame.opening):
        return None  # "Nel suo cortile ...": whose, the card cannot say
    exact = frame.exact
    if exact[0] not in ARTICULATED and exact[0] not in PREPOSITIONS["it"]:
        return None
    if len(exact) > 5 or any(not w.isalpha() and w != "’" for w in exact):
        return None
    if any(is_finite(w, "it") for w in exact[1:]) or _has_possessive(frame.between_text):
        return None
    between = frame.between_text.split()
    while between and between[-1].lower() in _APPROX:
        between.pop()  # "sono sbarcati in Italia circa| 157.000 migranti": the answer's
    rest = f"{' '.join(frame.verb)} {' '.join(between)} {frame.opening} {tail} {frame.when}"
    return _ask_it(count, None, rest)


# Verbs that put a figure on something with "at": "is estimated at 300 pairs".
_RECKON_AT = frozenset("estimate put value set fix cap peg assess".split())


def _reckoned_at(frame: _Frame) -> bool:
    return _passive_group(frame) and lemma(frame.verb[-1].lower(), "en") in _RECKON_AT


def _stranded_at_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The population is now estimated at around 300 pairs' -> 'How many pairs is the
    population now estimated at?': the figure a passive of reckoning puts, 'at' after it."""
    body = _english_body(frame, frame.subject) if frame.subject else None
    if body is None:
        return None
    return squash(f"How many {count.nouns} {body} at {tail} {frame.when}") + "?"


def _stranded_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The new hall is built around seven rooms' -> 'How many rooms is the new hall built
    around?': the preposition after a passive stays after its verb. 'Over' is left: 'How
    many laps was the race held over?' reads as a count of what it lasted."""
    if frame.between != ("around",) or not frame.subject:
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"How many {count.nouns} {body} around {tail} {frame.when}") + "?"


def _copula_of_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """A measure an Italian copula gives with 'di': 'L’attesa media è di 47 giorni' -> 'Di
    quanti giorni è l’attesa media?', 'Il salto è di 315 metri' -> 'Di quanti metri è il
    salto?' (a count of things is no measure: 'Il bilancio è di 12 morti')."""
    if language != "it" or frame.exact != ["di"] or not frame.subject:
        return None
    if count.noun not in _TIME_UNITS and count.noun not in UNITS and count.noun not in _EXTRA_UNITS:
        return None
    if count.noun in _CURRENCIES:
        return None
    verb = " ".join(frame.verb)
    if count.noun in _YEARS and frame.subject.startswith(_AGE_SUBJECTS) and verb in _IT_COPULA:
        # "L’età media dei pazienti è di 78 anni": the question asks the age as an age
        return upper_first(squash(f"qual {verb} {frame.subject} {tail} {frame.when}")) + "?"
    how = _how_many_it(count.noun, count.adj).lower()
    return (
        upper_first(squash(f"di {how} {count.nouns} {verb} {frame.subject} {tail} {frame.when}"))
        + "?"
    )


def _home_to_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The reserve is home to 300 species of birds' -> 'How many species of birds is the
    reserve home to?': what an English subject is home to, counted."""
    if frame.exact != ["home", "to"] or len(frame.verb) != 1 or not frame.subject:
        return None
    if not _plain_subject(frame.subject):
        return None
    verb = frame.verb[0].lower()
    return (
        squash(f"How many {count.nouns} {verb} {frame.subject} home to {tail} {frame.when}") + "?"
    )


_AGE_SUBJECTS = ("l’età ", "l'età ")


_EVERY = frozenset(["every", "ogni"])
_PERSONAL_PRONOUNS = frozenset("he she we they i you lui lei noi loro".split())


def _frequency_question(
    count: _Count, frame: _Frame, text: str, language: str
) -> tuple[str, str] | None:
    """(question, answer) of how often a thing happens: 'The bus runs every 12 minutes' ->
    'How often does the bus run?' (every 12 minutes), 'La navetta passa ogni 10 minuti' ->
    'Ogni quanti minuti passa la navetta?' (10 minuti), the verb's object kept ('completes an
    orbit every 19 days')."""
    every = frame.exact[-1:]
    if every not in (["every"], ["ogni"]) or not frame.subject:
        return None
    first = frame.subject.split()[0].lower()
    if first in _PERSONAL_PRONOUNS or first in _POSSESSIVES:
        return None  # "She was fed every 30 minutes", "its chairmanship": whose, it cannot say
    obj = ""
    if len(frame.exact) > 1:
        obj = _object_then(frame, _EVERY, language) or ""
        if not obj:
            return None
    tail = _tail(text, count.noun_end, language)
    if tail is None or tail.rsplit(maxsplit=1)[-1:] in (["e"], ["and"]):
        return None  # "ogni due anni l’Esposizione d’arte e, dal 1980, ...": cut in a list
    measure = text[count.start : count.unit_end]
    if language == "it":
        how = f"ogni {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb} {obj}" if obj else f"{verb} {frame.subject}"
        return upper_first(squash(f"{how} {order} {tail} {frame.when}")) + "?", measure
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = squash(f"How often {body} {obj} {tail} {frame.when}") + "?"
    return asked, f"every {measure}"


_TIMES = frozenset(["volte", "times"])


def _times_object(frame: _Frame, language: str) -> str | None:
    """The verb's object as written, when the words from the verb to a count of times are a
    short noun phrase: 'had checked| the nest| four times' -> 'the nest' (None otherwise: a
    preposition, a verb or a clause word in it tells of something else)."""
    exact = frame.exact
    if not 1 <= len(exact) <= 5 or len(exact) != len(frame.between):
        return None  # "the nest at least four times": the approximation is no object
    if exact[-1] in STOPWORDS[language] or exact[-1] in ARTICULATED:
        return None
    for word in exact:
        if word in ARTICLES[language] or word in _POSSESSIVES:
            continue
        if not word.isalpha() or word in _CLAUSE_WORDS or word in _COORDINATORS:
            return None
        if word in PREPOSITIONS[language] or word in ARTICULATED or is_finite(word, language):
            return None
    return frame.between_text


def _times_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """How many times a thing was done to the verb's object: 'Rangers had checked the nest
    four times in two years' -> 'How many times had rangers checked the nest in two years?',
    'Gli ispettori hanno visitato il sito tre volte' -> 'Quante volte gli ispettori hanno
    visitato il sito?'."""
    if not frame.subject or _is_copula(frame, language):
        return None
    obj = _times_object(frame, language)
    tail = _tail(text, count.noun_end, language)
    if obj is None or tail is None:
        return None
    how = "quante volte" if language == "it" else "how many times"
    return _object_kept_question(how, frame, obj, tail, language)


def _object_kept_question(
    how: str, frame: _Frame, obj: str, tail: str, language: str
) -> str | None:
    """The question of a count after the verb's object, which stays after the verb: 'How many
    times had rangers checked the nest ...?', 'A quante navi il comune ha ridotto la flotta?'
    (with an object, the Italian subject comes first)."""
    if language == "it":
        verb = " ".join(frame.verb)
        asked = f"{how} {frame.subject} {verb} {obj} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return upper_first(squash(f"{how} {body} {obj} {tail} {frame.when}")) + "?"


def _made_of_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """The members a whole is made of: 'The council is made up of 36 councillors' -> 'How many
    councillors make up the council?', 'The jury consists of 12 people' -> 'How many people
    does the jury consist of?'."""
    verb = [w.lower() for w in frame.verb]
    if frame.exact == ["up", "of"] and verb[-1:] == ["made"] and len(verb) == 2:
        make = {"is": "make", "are": "make", "was": "made", "were": "made"}.get(verb[0])
        if make is None:
            return None
        return squash(f"How many {count.nouns} {make} up {frame.subject} {tail} {frame.when}") + "?"
    if frame.exact == ["of"] and len(verb) == 1 and lemma(verb[0], "en") == "consist":
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        return squash(f"How many {count.nouns} {body} of {tail} {frame.when}") + "?"
    return None


# English nouns whose size a count gives with "of", asked "How large a crowd ...?": "drew a
# crowd of about 4,200", "found a roost of 60 bats".
_EN_SIZE_NOUNS = frozenset(
    """crowd audience roost colony herd flock shoal pack fleet workforce congregation following
    queue field""".split()
)
# English nouns a count is the figure of, asked "What population ...?": "serves a population
# of 400,000", "has set a target of 600,000 installations".
_EN_FIGURE_NOUNS = frozenset(
    """population capacity target total majority turnout attendance membership intake tally
    score""".split()
)


# Adjectives of size before such a noun, which its question leaves out ("How large a crowd").
_EN_SIZE_WORDS = frozenset("large big huge vast small sizeable bumper record".split())


def _noun_of_count_question(frame: _Frame, tail: str) -> str | None:
    """The English object a count is the size or figure of, with 'of' after it: 'The match
    drew a crowd of about 4,200' -> 'How large a crowd did the match draw?', 'The hospital
    serves a population of 400,000' -> 'What population does the hospital serve?'."""
    exact = frame.exact
    if not 3 <= len(exact) <= 4 or exact[0] not in ("a", "an") or _is_copula(frame, "en"):
        return None
    noun = exact[1:-1]
    if any(not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in noun):
        return None
    written = frame.between_text.split()[1 : len(exact) - 1]  # "a| first intake| of"
    if len(written) != len(noun):
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    written = [w for w in written if w.lower() not in _EN_SIZE_WORDS]  # "a large| crowd of"
    named = " ".join(written)
    rate = _EN_SUM_RATE.match(tail)
    if rate is not None and tail[rate.end() : rate.end() + 1] in ("", " "):
        tail = tail[rate.end() :].strip()  # "a target of 600,000 a year|": the figure's rate
    if _has_digit(_YEAR.sub("", tail)):
        return None  # another figure in the clause; a year may stay ("by 2028")
    if noun[-1] in _EN_SIZE_NOUNS:
        return squash(f"How large {exact[0]} {named} {body} {tail} {frame.when}") + "?"
    if noun[-1] == "population" and frame.verb[-1].lower() in _EN_HAVE:
        return None  # "The town has a population of ...": asked of the place elsewhere
    if noun[-1] in _EN_FIGURE_NOUNS:
        return squash(f"What {named} {body} {tail} {frame.when}") + "?"
    return None


# Prepositions that bring a count after the verb's object: "supplies gas to 1.1 million
# customers", "ha ridotto la flotta a 12 navi".
_OBJECT_PREPOSITIONS = {
    "it": frozenset("a ad in per con su".split()),
    "en": frozenset("to in into for with on".split()),
}


# Prepositions of a complement that may stand between the verb and its counted object ("ha
# donato alla città 300 quadri"); not those of a share, a part or an agent ("del 20%", "by").
_NOT_FIRST_COMPLEMENTS = frozenset(
    "di del dello della dei degli delle dell’ da dal dallo dalla dai dagli dalle dall’ of by "
    "from".split()
)


def _complement_first(frame: _Frame, language: str) -> bool:
    """Whether the words between the verb and the count are a complement of a preposition and
    its noun, before the counted object: 'restituisce| al pubblico| 3.000 fotografie'."""
    words = frame.exact
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for w in words for ch in w):
        return False
    if any(w in NUMBER_WORDS[language] for w in words):
        return False  # "given in two doses| three months apart": a measure of the doses
    first, last = words[0], words[-1]
    if first not in PREPOSITIONS[language] and first not in ARTICULATED:
        return False
    if first in _NOT_FIRST_COMPLEMENTS or last in STOPWORDS[language]:
        return False
    if last in PREPOSITIONS[language] or last in ARTICULATED or last in ARTICLES[language]:
        return False
    return not any(is_finite(w, language) or w in _CLAUSE_WORDS for w in words[1:])


def _complement_first_question(
    count: _Count, frame: _Frame, tail: str, language: str
) -> str | None:
    """'Quante fotografie restituisce il progetto al pubblico?', 'How many jobs will the plant
    bring to the town?': the complement after the verb, as the question orders it."""
    # the words of the complement, not the approximation before the number ("oltre", "about")
    complement = " ".join(frame.between_text.split()[: len(frame.exact)])
    if language == "it":
        verb = " ".join(frame.verb)
        return _ask_it(count, None, f"{verb} {frame.subject} {complement} {tail} {frame.when}")
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"How many {count.nouns} {body} {complement} {tail} {frame.when}") + "?"


def _after_object_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """'GasCo supplies gas to 1.1 million customers' -> 'To how many customers does GasCo
    supply gas?', 'Il comune ha ridotto la flotta a 12 navi' -> 'A quante navi il comune ha
    ridotto la flotta?' (with an object, the Italian subject comes first)."""
    if count.noun in _CLOCK or count.noun in _YEARS:
        return None  # "will reach the coast in 3 hours", "una stella a 40 anni luce": no count
    obj = _object_then(frame, _OBJECT_PREPOSITIONS[language], language)
    if obj is None and language == "it":  # "ha chiuso la stagione al primo posto con 71 punti"
        # not "a"/"su", which may join the count to the object ("il sistema a cinque codici")
        obj = _italian_object_of(frame, frozenset(("con", "per")), _IT_JOINTS)
    if obj is None or any(is_finite(w, language) for w in obj.split()):
        return None
    preposition = frame.exact[-1]
    if preposition in {"con", "with"} and obj.split()[0].lower() in _INDEFINITE_ARTICLES:
        return None  # "ha inaugurato una sala con 24 postazioni": the count is the room's
    if language == "it":
        how = _how_many_it(count.noun, count.adj).lower()
        how = f"{'a' if preposition == 'ad' else preposition} {how} {count.nouns}"
    else:
        how = f"{preposition} how many {count.nouns}"
    return _object_kept_question(how, frame, obj, tail, language)


_INDEFINITE_ARTICLES = frozenset("un uno una un’ a an".split())


# Participles that are also the simple past.
_PAST_PARTICIPLES = frozenset(
    "built held made won led paid sold bought brought caught found kept left lost met sent spent "
    "told taught thought".split()
)


def _agent_verb(frame: _Frame) -> str | None:
    """The active verb of an English passive whose agent is counted: 'was approved' ->
    'approved', 'is used' -> 'use' (the agents are many)."""
    if len(frame.verb) != 2 or not _passive(frame):
        return None
    aux, participle = (w.lower() for w in frame.verb)
    if aux in {"is", "are"}:
        return lemma(participle, "en")
    if aux in {"was", "were"} and (participle.endswith("ed") or participle in _PAST_PARTICIPLES):
        return participle
    return None


def _passive(frame: _Frame) -> bool:
    return len(frame.verb) > 1 and frame.verb[0].lower() in {"is", "are", "was", "were", "been"}


_BE_FORMS = frozenset("is are was were be been".split())


def _passive_group(frame: _Frame) -> bool:
    """Whether an English verb group is a passive, after any modal: 'was held', 'will be
    paid', 'has been built'; not a progressive ('was carrying')."""
    verb = [w.lower() for w in frame.verb]
    return (
        len(verb) > 1
        and "to" not in verb  # "is expected to carry": the infinitive governs what follows
        and any(w in _BE_FORMS for w in verb[:-1])
        and verb[-1] not in _BE_FORMS
        and not verb[-1].endswith("ing")
    )


def _ask_it(count: _Count, preposition: str | None, rest: str) -> str:
    how = _how_many_it(count.noun, count.adj)
    if preposition:
        how = f"{'a' if preposition == 'ad' else preposition} {how.lower()}"
    return upper_first(squash(f"{how} {count.nouns} {rest}")) + "?"


def _inverted(frame: _Frame, people: bool = False) -> bool:
    """Whether an Italian verb group before its count has the count as its subject: plural
    ('operano', 'sono stati cancellati') and not an active past ('hanno registrato'), unless
    the count is of people and the verb one they do with no object ('hanno votato 900
    persone')."""
    if any(w.lower() in _CLITICS - {"si", "non"} for w in frame.verb):
        return False  # "Vi aderiscono 7.000 comuni": "vi" points to what the question lacks
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS]
    finite = words[0] if words else ""
    if finite in _AVERE_PLURALS:
        # "Hanno aderito 300 persone": an active past is inverted only of a verb with no
        # object, else the count is its object ("hanno registrato 147 terremoti")
        if len(words) == 2 and people and words[1] in _IT_PEOPLE_INTRANSITIVE:
            return True
        return len(words) == 2 and _it_intransitive_participle(words[1])
    return finite.endswith(("no", "ebbero"))  # "operano", "sarebbero state truccate"


_AVERE_PLURALS = frozenset("hanno avevano ebbero avranno avrebbero".split())
# Participles of verbs that may take an object, which a count of people after them does not
# receive but does: "hanno votato 900 persone", "hanno risposto 300 famiglie".
_IT_PEOPLE_INTRANSITIVE = frozenset("votato risposto".split())


def _it_intransitive_participle(word: str) -> bool:
    """'aderito', 'partecipato', 'lavorato': the participle of a verb of _IT_INTRANSITIVE."""
    if not word.endswith(("ato", "uto", "ito")):
        return False
    stem = word[:-3]
    return any(stem + e in _IT_INTRANSITIVE for e in _IT_INFINITIVES)


# After the count (and a second one joined by "e"): an article, a noun, maybe an adjective.
_POSTVERBAL = re.compile(
    r"^(?:\s+(?:e|ed)\s+\S+\s+[^\W\d_]+)?\s+(?P<np>(?:(?:il|lo|la|i|gli|le)\s+|l’)[^\W\d_]+"
    r"(?:\s+(?!(?:di|del|della|dei|degli|delle|dello|per|in|con|su|a|da)\b)[a-zà-ù]{4,})?)"
)


def _postverbal_subject(text: str, at: int) -> str | None:
    """The subject after a count in an Italian clause that opens with its verb: 'Si è chiuso
    con nove condanne e quattro assoluzioni| il processo d’appello' -> 'il processo
    d’appello', 'Ha vinto tre medaglie| la nazionale' -> 'la nazionale'."""
    m = _POSTVERBAL.match(text[at:])
    if m is None:
        return None
    end = at + m.end("np")
    end = _complement(text, end, "it")
    after = text[end : end + 2]
    if after and after[0] not in " ,;.":
        return None
    return text[at + m.start("np") : end]


# A count after "with"/"con" in a phrase between commas, or opening the sentence, tells what
# its subject has: "La sala, con 24 postazioni, sarà aperta ...", "With about 1.3 million
# members, it is one of the largest unions".
_WITH_BEFORE = re.compile(
    r"(?:^|,\s)(?:[Ww]ith|[Cc]on)\s+(?:(?:about|around|some|over|nearly|almost|more\s+than"
    r"|circa|oltre|quasi|più\s+di|appena)\s+)?$"
)
_WITH_CUE = {"en": "ith ", "it": "on "}


def _with_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Quante postazioni ha la sala?', 'How many members does Unison have?': the count of a
    phrase with "with"/"con" that stands between commas after the subject, or opens the
    sentence before a clause about an entry."""
    language = doc.language
    text = s.text
    if _WITH_CUE[language] not in text[max(0, count.start - 20) : count.start]:
        return None  # the cheap test first
    m = _WITH_BEFORE.search(text, max(0, count.start - 30), count.start)
    if m is None or count.nouns != count.counted or count.noun in UNITS:
        return None
    if count.noun.lower() in _OTHERS:
        return None  # "The man, with 20 others, was arrested": who were with him
    if not text.startswith(", ", count.noun_end):
        return None  # the phrase must end with its comma
    if m.start() == 0:  # "With about 1.3 million members, it is ...": the entry's count
        nxt = tokens(text[count.noun_end + 2 : count.noun_end + 30])
        if s.entry is None or not nxt:
            return None
        # the entry is the subject: a pronoun, or an Italian verb with no subject before it
        if nxt[0].low not in _PRONOUNS and not (language == "it" and _verb_word(nxt[0], "it")):
            return None
        subject = lower_first(s.entry.phrase)
        following = ""
    else:
        subject = text[: m.start()].strip()
        head = tokens(subject)
        if not 1 <= len(head) <= 8 or "," in subject:
            return None
        if not starts_with_subject(head, language) or any(_verb_word(t, language) for t in head):
            return None
        nxt = tokens(text[count.noun_end + 2 : count.noun_end + 40])
        if len(nxt) < 2 or not _verb_after_subject(nxt[0], nxt[1], language):
            return None
        if _person(subject, doc) and _people_noun(count.noun, language):
            return None  # "Il sindaco, con 20 consiglieri, ha votato": who were with him
        if _person_complement(subject, doc):
            return None  # "Il turno del palleggiatore Rossi, con due ace, ...": whose aces?
        subject = _common_first(lower_first(lower_initial(subject, doc)), doc)
        following = nxt[0].low
    if language == "it":
        return _ask_it(count, None, f"ha {subject}")
    plural = bool(following) and _plural(_head_noun(subject, "en"), "en")  # an entry is one
    past = following in {"was", "were", "had"} or following.endswith("ed")
    do = "did" if past else "do" if plural else "does"
    return f"How many {count.nouns} {do} {subject} have?"


# "with"/"con" and people of the same kind as the subject is "together with", not "having":
# "The man, with 20 others, was arrested", "Il sindaco, con 20 consiglieri, ha votato contro".
_OTHERS = frozenset("others altri altre altrettanti".split())
_PERSON_WORDS = frozenset(
    """man woman boy girl men women child person uomo donna ragazzo ragazza bambino bambina
    persona""".split()
)
_PEOPLE_WORDS = frozenset(
    """people persons men women children friends colleagues relatives guests fans pilgrims
    priests monks nuns troops police staff crew persone uomini donne bambini ragazzi ragazze
    amici colleghi parenti familiari ospiti tifosi pellegrini sacerdoti preti monaci suore
    soldati agenti militari""".split()
)
_PERSON_ENDINGS = {"it": ("tore", "trice", "ista"), "en": ("man", "woman")}
_PEOPLE_ENDINGS = {
    "it": ("tori", "trici", "isti", "iste", "ieri", "anti", "enti"),
    "en": ("ers", "ors", "ists", "ians", "ants", "ents", "men"),
}


# The prepositions of a complement that says whose, or by whom, the subject's noun is: "il
# turno del palleggiatore", "un assolo dal capitano", "a spell from the bowler".
_WHOSE_WORDS = frozenset("of from by di da".split()) | frozenset(
    w for w in ARTICULATED if w.startswith(("de", "da"))
)


def _person_complement(subject: str, doc: Document) -> bool:
    """Whether the subject's noun has a complement that names a person ('Un turno al servizio
    del palleggiatore Mattia Rossi', 'The first spell of the captain'): an aside with 'con'/
    'with' after it may be the person's as well, so it tells of no one's having."""
    words = subject.split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _WHOSE_WORDS or word.lower().startswith(("dell’", "dall’")):
            rest = " ".join(words[i:])
            if people_in(rest, doc) or any(_person_word(w, doc.language) for w in words[i:]):
                return True
    return False


def _person_word(word: str, language: str) -> bool:
    """A word for a person: an office, 'man'/'donna', or a noun of who does something
    ('palleggiatore', 'allenatrice', 'chairwoman')."""
    low = word.lower().rpartition("’")[2]
    return (
        low in ROLE_WORDS[language]
        or low in _PERSON_WORDS
        or (len(low) > 5 and low.endswith(_PERSON_ENDINGS[language]))
    )


def _person(subject: str, doc: Document) -> bool:
    """Whether a subject names a person: a name the article gives a person, an office or a
    word for a person ('the man', 'il sindaco', 'the chairwoman')."""
    if doc.person(subject) is not None:
        return True
    head = _head_noun(subject, doc.language).lower().rpartition("’")[2]  # "l’assessore"
    return (
        head in ROLE_WORDS[doc.language]
        or head in _PERSON_WORDS
        or head.endswith(_PERSON_ENDINGS[doc.language])
    )


def _people_noun(noun: str, language: str) -> bool:
    """Whether a plural noun names people: 'persone', 'councillors', 'manifestanti'."""
    low = noun.lower()
    return low in _PEOPLE_WORDS or low.endswith(_PEOPLE_ENDINGS[language])


# Who made a body is no count of its members: "formed by twelve countries".
_AGENTS = frozenset("da dai dagli dalle by from".split())


def _entry_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Quanti abitanti ha Trani?', 'How many member states does the WMO have?': the count
    of an entry's people or members, said with a verb of having."""
    language = doc.language
    if s.entry is None or not (refers_to_entry(s, language) or _opens_with_its_count(s)):
        return None
    if count.noun not in _HAVE_NOUNS and count.noun not in _MEMBER_NOUNS:
        return None
    toks = tokens(s.text)
    at = index_at(toks, count.start)
    if not (count.noun in _RESIDENTS and _has_with(toks, at)) and not _has_by_verb(
        toks, at, language
    ):
        return None
    subject = lower_first(s.entry.phrase)
    if language == "it":
        verb_word = "ha" if count.noun in _HAVE_NOUNS else "comprende"
        asked = render("it", "how_many", noun=count.counted, verb=verb_word, subject=subject)
        return asked.replace("Quanti", _how_many_it(count.noun, count.adj), 1)
    # "How many member states does the WHO have?": English has its members as its people.
    return render("en", "how_many", noun=count.counted, verb="does", subject=subject, verb2="have")


_ENTRY_PRONOUNS = frozenset("it essa esso".split())


def _opens_with_its_count(s: Sentence) -> bool:
    """'With about 1.6 million residents, it is the fifth ...': an entry sentence that opens
    with what the entry has, its subject a pronoun after the comma."""
    if not s.text.startswith(("With ", "Con ")):
        return False
    rest = s.text.partition(", ")[2].split(maxsplit=1)
    return bool(rest) and rest[0] in _ENTRY_PRONOUNS


def _has_by_verb(toks: list[Token], at: int, language: str) -> bool:
    """Whether a count at token `at` is the object of the clause's verb of having: 'Matera è
    un comune di circa 60.000 abitanti', 'The WMO has 193 member states'."""
    verb = main_verb(toks, language, stop=at)
    if verb is None or lemma(toks[verb].low, language) not in _HAVE_VERBS:
        return False
    for t in toks[verb + 1 : at]:
        # "fondata nel 1949 da dodici paesi": the founders, not the members of today
        if t.text in {",", ";", ":"} or is_participle(t.text, language):
            return False
        if t.low in _AGENTS or t.low in _CLAUSE_WORDS:
            return False  # "... an agency that manages projects in 17 states"
    return True


# Who live or work in a place, which has them "with": "..., con circa 315.000 abitanti".
_RESIDENTS = frozenset("abitanti residenti dipendenti inhabitants residents employees".split())
_WITH = frozenset("con with".split())
_HAS_AS_RELATIVE = frozenset("conta contava ha aveva has had counts".split())


def _has_with(toks: list[Token], at: int) -> bool:
    """Whether the count at token `at` says what an entry has with 'con'/'with' or in a
    relative clause: 'Bari ..., con circa 315.000 abitanti', 'With about 1.6 million
    residents, it is ...', 'Kourou è un comune ..., che conta circa 25.000 abitanti'."""
    k = at - 1
    while k >= 0 and toks[k].low in _APPROX:
        k -= 1
    if k < 0:
        return False
    if toks[k].low in _WITH:
        return True
    return toks[k].low in _HAS_AS_RELATIVE and k > 0 and toks[k - 1].low in {"che", "which"}


def _finite(t: Token, language: str) -> bool:
    """A conjugated verb; in English also a short past the verb lists miss ('died')."""
    if is_finite(t.text, language):
        return True
    # "died", and a past of four letters ("used") the lemmatizer takes back to its verb
    return language == "en" and t.low.endswith("ed") and lemma(t.low, "en") != t.low


# "In 2019, ", "Lunedì scorso, ": a short adverbial and its comma before a count.
# Adverbs that sum up or comment on the whole sentence: the question may leave them out.
_SENTENCE_ADVERBS = frozenset("overall altogether complessivamente".split())


def _sentence_adverb_end(text: str, language: str) -> int:
    """The end of an adverb and its comma that open the sentence ('Overall, ', 'Sadly, ',
    'Complessivamente, '), or 0."""
    m = _ONE_WORD_LEAD.match(text)
    if m is None:
        return 0
    word = m.group(0).rstrip(", ").lower()
    ending = "ly" if language == "en" else "mente"
    return m.end() if word.endswith(ending) or word in _SENTENCE_ADVERBS else 0


_LEADING_ADVERBIAL = re.compile(
    r"^(?P<lead>(?:In|On|At|During|According to|By(?!\s+(?:contrast|comparison|the\s+way"
    r"|chance|far|law|design|default)\b)|Nel|Nella|Nei|Negli|Nelle|Durante|Secondo"
    r"|Lo scorso|La scorsa)"
    r"\s[^,]{2,30}),\s+"
)


# A leading clause of time, moved to the end of the question: "Since the clinics opened on 6
# November, 1,870 doses have been given" -> "How many doses have been given since ...?".
_LEADING_TIME = re.compile(
    r"^(?P<lead>(?:Since|After|Before|When|Once|Dopo\s+che|Da\s+quando|Quando|Prima\s+che)"
    r"\s[^,;:()“”«»\"]{2,60}),\s+"
)


# What may stand before a count that is the subject: "A record 55,736 runners started",
# "A total of 300 people", "Un totale di 40 scuole".
_TOTAL = re.compile(r"(?i:a\s+record|a\s+total\s+of|an\s+estimated|un\s+totale\s+di)\s+")
# A place the counted come from, between them and their verb: "55,736 runners from 157
# countries started".
_ORIGIN = frozenset("from of da di".split())


# English verbs in the plural present that take no object, after a counted subject: "About
# 3,000 scientists work| at the park" (the lemma alone cannot tell them from a noun).
_EN_PLAIN_PRESENTS = frozenset(
    """live work remain stay sit stand lie wait belong commute study travel die suffer rely
    fall""".split()
)


def _subject_verb(toks: list[Token], language: str) -> bool:
    """Whether the words after a counted subject open with its verb: 'died', 'sono morte',
    'link the two banks' (a plural present), or with a short complement of origin and then
    the verb ('from 157 countries started')."""
    first = toks[0]
    if first.low in AUXILIARIES[language] or _finite(first, language):
        return True
    after = toks[1].text if len(toks) > 1 else ""
    if is_plural_present_at(first.text, after, language):
        return True
    if language == "en" and first.text in _EN_PLAIN_PRESENTS and len(toks) > 1:
        return True  # "About 55 tracks remain| closed", "12 million people live| with ..."
    placed = language == "en" and first.low in _EN_WHERE_COUNTED
    if (first.low not in _ORIGIN and not placed) or len(toks) < 3:
        return False
    for i in range(2, min(len(toks), 6)):
        t = toks[i]
        if placed and not toks[i - 1].text.isalpha():
            return False  # "50 people in 2020 died": a time, not where they are
        if t.low in AUXILIARIES[language] or (t.text.islower() and _finite(t, language)):
            return not any(u.low in STOPWORDS[language] for u in toks[2:i])
        if placed and t.text in _EN_PLAIN_PRESENTS:  # "12 million people in the UK live| ..."
            return not any(u.low in STOPWORDS[language] for u in toks[2:i])
    return False


# Where an English counted subject is, between it and its verb: "89 people in the treated group
# had been diagnosed", "40 pupils at the school were sent home".
_EN_WHERE_COUNTED = frozenset("in at across".split())


# What opens the examples of the counted between commas: "Undici imputati, tra imprenditori,
# tecnici e un commercialista, sono accusati ...", "Twelve people, including two children,
# were injured".
_COUNT_ASIDE = re.compile(
    r",\s+(?:tra|fra|tra cui|compresi|comprese|inclusi|incluse|including|among them|of whom"
    r"|di cui)\s"
)


def _after_aside(text: str, at: int, language: str) -> int:
    """Where the clause goes on after an aside of examples right after the counted (`at`
    when there is none): at the first comma of the aside that a verb follows."""
    if not text.startswith(",", at):
        return at
    aside = _COUNT_ASIDE.match(text, at)
    if aside is None:
        return at
    comma = text.find(",", aside.end())
    while 0 < comma < aside.end() + 120:
        toks = tokens(text[comma + 1 : comma + 60])
        if toks and _subject_verb(toks, language):
            return comma + 1
        comma = text.find(",", comma + 1)
    return at


def _before_other_number(rest: str, toks: list[Token], language: str) -> str:
    """A long clause after a counted subject, cut before a phrase that holds another number:
    'sono accusati di aver generato crediti fittizi| per 48 milioni di euro legati a ...'
    (the question needs no second number). '' when there is no such phrase."""
    for i in range(3, min(len(toks) - 1, 15)):
        if toks[i].low not in PREPOSITIONS[language] and toks[i].low not in ARTICULATED:
            continue
        after = toks[i + 1]
        if after.low in _APPROX and i + 2 < len(toks):
            after = toks[i + 2]
        if after.text[:1].isdigit() or after.low in NUMBER_WORDS[language]:
            return rest[: toks[i].start].strip()
    return ""


# The first or last few of a counted subject: "Le prime 40 tonnellate sono state ordinate",
# "The first 300 visitors got in free". The question asks the count ("Quante tonnellate ...?").
_FIRST_OF = re.compile(r"(?:Le\s+prime|I\s+primi|Gli\s+ultimi|Le\s+ultime|The\s+(?:first|last))\s+")


def _subject_question(count: _Count, text: str, doc: Document) -> str | None:
    """'Almeno 50 persone sono morte nell’attacco' -> 'Quante persone sono morte nell’attacco?':
    the number counts the subject."""
    language = doc.language
    lead = _LEADING_ADVERBIAL.match(text[: count.start]) or _LEADING_TIME.match(text[: count.start])
    # "Officials said about 300 homes were flooded": the reported clause is asked
    # (one character past the count: the pattern looks ahead at its first digit)
    reported = _REPORTED[language].match(text, 0, count.start + 1) if lead is None else None
    opened = lead.end() if lead else reported.end() if reported else 0
    if not opened:
        opened = _sentence_adverb_end(text, language)  # "Overall, five of the birds died"
    if text[:1] in "AS" and reported is None:  # "According to X, its officer (Y), 300 ..."
        opened = max(opened, _source_end(text, language))
    if language == "en" and lead is None:  # "..., and seventeen routes have been withdrawn"
        opened = max(opened, _inner_clause_start(text, count.start, language))
    before = text[opened : count.start]
    if lead is None and (": " in before or "; " in before):
        # "La seduta è finita all’alba: 21 consiglieri hanno votato a favore": a clause of its own
        before = before[max(before.rfind(": "), before.rfind("; ")) + 2 :]
    total = _TOTAL.match(before) or _FIRST_OF.match(before)
    if any(w.lower() not in _APPROX for w in before[total.end() if total else 0 :].split()):
        return None
    rest_at = _after_aside(text, count.noun_end, language)
    rest = _TAIL_END.split(text[rest_at:])[0].strip()
    if language == "en" and _cut_in_figure(text[rest_at:]):
        return None  # "have won a claim worth £3|.4 million": the clause goes on past a figure
    rate, rest = _subject_rate(rest, language)
    toks = tokens(rest)
    if toks and toks[0].low in _DROPPED_ADVERBS:  # "Seven bridges now link ..."
        rest = rest[toks[1].start :] if len(toks) > 1 else ""
        toks = tokens(rest)
    if not toks or not _subject_verb(toks, language):
        return None
    if language == "en" and _list_item(text, count.start, is_participle(toks[0].low, "en")):
        return None  # "- 85,000 visitors expected in the first year": a list's participle, no past
    if rate:  # "6,200 vehicles a day used the bridge" -> "... used the bridge a day?"
        rest = f"{rest} {rate}"
        toks = tokens(rest)
    # an English lead moved to the end is a phrase of its own, not counted in the clause's
    # length ("By the end of the study, 89 people in the treated group had been ...")
    said = len(toks)
    if lead:  # "In 2019, 12 people died" -> "How many people died in 2019?"
        rest = f"{rest} {lower_first(lead.group('lead')[0].lower() + lead.group('lead')[1:])}"
        toks = tokens(rest)
    if (said if language == "en" else len(toks)) > 14:
        rest = _before_other_number(rest, toks, language)
        if not rest:
            return None
    if language == "it":
        return (
            upper_first(squash(f"{_how_many_it(count.noun, count.adj)} {count.nouns} {rest}")) + "?"
        )
    if count.noun in _CURRENCIES and not count.nouns:
        return squash(f"How much {rest}") + "?"  # "£600,000 has been spent on ..."
    return squash(f"How many {count.nouns} {rest}") + "?"


def _cut_in_figure(rest: str) -> bool:
    """Whether the first end of a clause in `rest` is the point or comma inside a figure
    ('£3.4 million', '1,200'), which ends no clause."""
    end = _TAIL_END.search(rest)
    if end is None or rest[end.start()] not in ".,":
        return False
    at = end.start()
    return 0 < at < len(rest) - 1 and rest[at - 1].isdigit() and rest[at + 1].isdigit()


# English words that end the lead of a list of noun phrases: "Its main features are:".
_EN_LIST_LEADS = frozenset("are were include includes included comprise comprises".split())


def _list_item(text: str, at: int, participle: bool) -> bool:
    """Whether the English text at `at` is an item of noun phrases: after a list's lead and a
    colon ('Its main features are: two rooms built ...'), or, when a `participle` follows the
    count, an item with no period ('- 85,000 visitors expected', '- two rooms equipped for
    trauma;')."""
    end = text.rstrip()[-1:]
    if participle and (end.isalnum() or end == ";"):
        return True
    colon = text.rfind(": ", 0, at)
    lead = text[:colon].split() if colon > 0 else []
    return bool(lead) and lead[-1].lower() in _EN_LIST_LEADS


# A rate after a counted subject, before its verb: "6,200 vehicles a day used the bridge".
_SUBJECT_RATES = {
    "en": tuple(
        f"{every} {unit}"
        for every in ("a", "an", "per", "each", "every")
        for unit in ("day", "year", "week", "month", "hour", "night", "season")
    ),
    "it": (*_RATES.values(), "ogni giorno", "ogni anno", "ogni mese", "ogni settimana", "l’ora"),
}


def _subject_rate(rest: str, language: str) -> tuple[str, str]:
    """(rate, what follows it) of the words after a counted subject that open with a rate."""
    for rate in _SUBJECT_RATES[language]:
        if rest.startswith(rate + " "):
            return rate, rest[len(rate) :].strip()
    return "", rest


# English verbs of a threshold a sum goes past: "How much" does not ask for a threshold.
_EN_THRESHOLD_VERBS = frozenset("pass exceed top surpass cross break".split())


def _threshold_passed(frame: _Frame) -> bool:
    """An English sum right after a verb of a threshold: 'The total had passed| €62,000'
    ('How much had the total passed?' reads wrong)."""
    if not frame.verb or frame.between:
        return False
    return lemma(frame.verb[-1].lower(), "en") in _EN_THRESHOLD_VERBS


def _money_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Tadesse earned 40,000 euros for the win' -> 'How much did Tadesse earn for the win?'."""
    tail = _tail(text, count.noun_end, doc.language)
    if tail is None or not frame.subject:
        return None
    if _is_copula(frame, doc.language):
        if (
            doc.language == "en"
            and frame.exact[:1] == ["worth"]
            and (_SUM_MODIFIERS["en"].get(tuple(frame.exact[1:])) == "" or len(frame.exact) == 1)
        ):
            # "The stake is worth about £95,000" -> "How much is the stake worth?"
            return (
                squash(f"How much {frame.verb[0]} {frame.subject} worth {tail} {frame.when}") + "?"
            )
        if doc.language == "en":
            return _english_copula_sum(frame, tail)
        amount = _AMOUNT.get(frame.verb[-1].lower()) if frame.exact == ["di"] else None
        if amount is None:
            return None  # "La multa è di 500 euro" -> "A quanto ammonta la multa?"
        return upper_first(squash(f"A quanto {amount} {frame.subject} {tail} {frame.when}")) + "?"
    if _word_before(text, count.start) in _IT_PLURAL_ARTICLES:
        return None  # "ha superato i 140 milioni": a threshold passed, not a sum
    if doc.language == "en" and _threshold_passed(frame):
        return None
    if doc.language == "en":
        frame = _without_average(frame)  # "spending an average of €187 a day"
        worth = _worth_question(frame, _tail(text, count.noun_end, "en"))
        if worth is not None:
            return worth
    preposition = "" if frame.approximate_only else frame.preposition
    more = _SUM_MODIFIERS[doc.language].get(tuple(frame.exact))
    if more is not None:  # "will cost an estimated £48m", "to invest a further £25m"
        preposition = ""
    changed = _changed_by(frame) if preposition is None and doc.language == "en" else None
    if changed:  # "cut the grant by £2m" -> "By how much did ... cut the grant?"
        body = _english_body(frame, frame.subject)
        return (
            None
            if body is None
            else squash(f"By how much {body} {changed} {tail} {frame.when}") + "?"
        )
    if doc.language == "en" and preposition in ("with", "by") and tail.startswith("from "):
        # "was funded with £2m from the Lottery"; not when more givers follow ("and ...")
        rest = text[count.noun_end :].lstrip()
        if rest[len(tail) :].startswith((" and ", ", and ")):
            return None
        return _funded_from_question(frame, tail)
    dative = _cost_dative(frame) if doc.language == "it" and preposition is None else ""
    if not dative and doc.language == "it" and preposition is None:
        dative = _sum_complement(frame)  # "aveva messo a disposizione 500.000 euro"
    if dative and not _has_digit(tail):  # "è costata al Comune circa 38.000 euro"
        verb = " ".join(frame.verb)
        return (
            upper_first(squash(f"Quanto {verb} {dative} {frame.subject} {tail} {frame.when}")) + "?"
        )
    if (
        preposition is None
        or preposition
        and not _money_preposition(preposition, frame, tail, doc.language)
    ):
        asked = _sum_noun_question(frame, tail, doc.language)
        if asked is None and doc.language == "en":
            asked = _mass_sum_question(frame, tail)
        if asked is None and count.noun_end == count.unit_end:  # no "del Piano ..." after it
            asked = _price_question(frame, tail, doc.language)
        return asked
    if preposition and count.noun_end > count.unit_end:
        # "finanziato con 2 milioni di euro del Piano ...": whose money the sum is, which the
        # question leaves out with what follows it (the clause goes on about the fund)
        owner = text[count.unit_end : count.noun_end].split(maxsplit=1)
        if not owner or owner[0].lower() not in _OF_WORDS:
            return None
        tail = ""
    if doc.language == "it":
        how = f"{preposition} quanto" if preposition else "Quanto"
        rate, tail = _rate_first(tail)  # "A quanto ammontano all’anno le sinergie ...?"
        verb = " ".join(frame.verb)
        asked = f"{how} {verb} {more or ''} {rate} {frame.subject} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    if preposition == "to" and lemma(frame.verb[-1].lower(), "en") in _TO_LEVEL_VERBS:
        # "reserves had fallen to £11m": the level a change ends at, not a sum given to it
        return squash(f"To what level {body} {tail} {frame.when}") + "?"
    whole = ""
    if tail.startswith("of ") and not preposition and not more:
        # "had secured £90m of the required funding": the sum is a part of the whole named
        # after it -> "How much of the required funding had ... secured?"
        whole, tail = tail, ""
    return squash(f"How much {whole} {more or ''} {body} {preposition} {tail} {frame.when}") + "?"


# English verbs of paying for a thing, in a passive with the sum and who gives it: "was funded
# with £2m from the Lottery" -> "How much funding did ... receive from the Lottery?".
_EN_FUNDING_NOUNS = {"fund": "funding", "finance": "financing", "back": "backing"}
# The verb group of "receive" for that of the passive: "is funded" -> "does ... receive".
_EN_RECEIVE = {
    ("is",): ("does", "receive"),
    ("are",): ("do", "receive"),
    ("was",): ("did", "receive"),
    ("were",): ("did", "receive"),
    ("has", "been"): ("has", "received"),
    ("have", "been"): ("have", "received"),
    ("had", "been"): ("had", "received"),
    ("will", "be"): ("will", "receive"),
}


def _funded_from_question(frame: _Frame, tail: str) -> str | None:
    """'The study was funded with £1.2m from the research council' -> 'How much funding did
    the study receive from the research council?': the sum a giver pays, asked as what the
    subject receives (the passive with two complements reads badly as a question)."""
    verb = [w.lower() for w in frame.verb]
    noun = _EN_FUNDING_NOUNS.get(lemma(verb[-1], "en")) if len(verb) >= 2 else None
    receive = _EN_RECEIVE.get(tuple(verb[:-1]))
    if noun is None or receive is None or not frame.subject:
        return None
    giver = tail[len("from ") :]
    if not giver or _has_digit(_YEAR.sub("", giver)):
        return None
    aux, base = receive
    return squash(f"How much {noun} {aux} {frame.subject} {base} {tail} {frame.when}") + "?"


_IT_TO = frozenset("a ad al allo alla ai agli alle all’".split())
_LONGEST_DATIVE = 4  # words of who a sum cost: "al Comune di Lucca"


def _cost_dative(frame: _Frame) -> str:
    """Who an Italian sum cost, said between the verb of costing and the sum: 'è costata| al
    Comune| circa 38.000 euro' -> 'al Comune'; '' when the words there are no such phrase."""
    verb = frame.verb[-1].lower()
    if lemma(verb, "it") != "costare" and verb not in _IT_NOUN_VERBS:
        return ""
    words = frame.between_text.split()
    while words and words[-1].lower() in _APPROX:
        words.pop()  # "al Comune circa"
    exact = frame.exact
    if not words or not 2 <= len(exact) <= _LONGEST_DATIVE or exact[0] not in _IT_TO:
        return ""
    if any(not w.isalpha() or w in STOPWORDS["it"] or is_finite(w, "it") for w in exact[1:]):
        return ""
    return " ".join(words)


_SUM_MODIFIER_WORDS = frozenset("ulteriori altri altre ulteriore".split())


def _sum_complement(frame: _Frame) -> str:
    """A complement between an Italian verb and the sum it gives, said in the question after
    the verb: 'ha messo| a disposizione| 500.000 euro', 'ha destinato| al restauro| 2 milioni'
    -> 'a disposizione', 'al restauro'; '' when there is none or the verb is a copula."""
    if _is_copula(frame, "it") or _italian_copula_group(frame) or not frame.subject:
        return ""
    if not _complement_first(frame, "it") or len(frame.exact) != 2:
        return ""  # one noun: not "ha chiesto al ministero ulteriori| 800.000 euro"
    if frame.exact[1] in _SUM_MODIFIER_WORDS:
        return ""
    if frame.exact[0] not in _IT_TO and frame.exact[0] not in {"in", "nel", "nella", "per"}:
        return ""
    return " ".join(frame.between_text.split()[: len(frame.exact)])


def _worth_question(frame: _Frame, tail: str | None) -> str | None:
    """'The workers won an equal pay claim worth £3.4m' -> 'How much was the equal pay claim
    worth?': the worth of the English object a sum follows with 'worth'."""
    exact = frame.exact
    if exact[-2:] == ["an", "estimated"]:
        exact = exact[:-2]  # "worth an estimated £3.4m"
    if len(exact) < 3 or exact[-1] != "worth" or exact[0] not in ARTICLES["en"]:
        return None
    noun = exact[1:-1]
    plain = [w.replace("-", "") for w in noun]  # "a back-pay claim"
    if len(noun) > 4 or any(
        not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in plain
    ):
        return None
    if not frame.subject or _is_copula(frame, "en"):
        return None
    plural = _plural(noun[-1], "en")
    past = frame.verb[0].lower() not in _PRESENT_HEADS
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    rate = tail if tail and _EN_SUM_RATE.fullmatch(tail) else ""  # "worth £2m| a year"
    return squash(f"How much {be} the {' '.join(noun)} worth {rate}") + "?"


def _money_preposition(preposition: str, frame: _Frame, tail: str, language: str) -> bool:
    """Whether a sum's preposition may end its question: 'ammonta a', 'sold for', and in
    English 'at' after a passive of reckoning ('How much was the damage estimated at?') and
    'with' at the end of the clause ('How much was the research funded with?')."""
    if preposition in _MONEY_PREPOSITIONS[language]:
        return True
    if language != "en":
        return False
    if preposition == "at":
        return _reckoned_at(frame)
    return preposition == "with" and not tail and _passive_group(frame)


# English verbs of a change that ends at a level with "to": "reserves had fallen to £11m" ->
# "To what level had reserves fallen?" ("How much had reserves fallen to?" reads wrong).
_TO_LEVEL_VERBS = frozenset(
    """fall drop rise climb grow increase decrease decline shrink sink slip slump plunge jump
    soar swell dwindle cut reduce raise lower double treble triple halve""".split()
)


# A rate after an English sum: "£12.60 an hour", "£2,214 a year".
_EN_SUM_RATE = re.compile(r"(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|person|head)")
_EN_DEFINITE_START = re.compile(r"the\s|[A-Z][\w’'-]*’s\s")


def _english_copula_sum(frame: _Frame, tail: str) -> str | None:
    """'The current minimum rate for care workers is £12.60 an hour' -> 'What is the current
    minimum rate for care workers?': a sum the copula gives of a definite subject, nothing
    after it but a rate ('was £500 more than expected' tells a difference: not asked)."""
    if not frame.approximate_only or frame.exact:
        return None
    if tail and not _EN_SUM_RATE.fullmatch(tail):
        return None
    verb = [w.lower() for w in frame.verb]
    if len(verb) == 2 and verb[0] in _TRUE_MODALS and verb[1] == "be":
        # "Starting salaries will be £29,500" -> "How much will starting salaries be?"
        if not _EN_DEFINITE_START.match(frame.subject) and not _bare_plural_subject(frame):
            return None
        return squash(f"How much {verb[0]} {frame.subject} be {tail} {frame.when}") + "?"
    if len(verb) != 1:
        return None
    if _bare_plural_subject(frame):  # "Tickets are £20" -> "How much are tickets?"
        return squash(f"How much {verb[0]} {frame.subject} {tail} {frame.when}") + "?"
    if not _EN_DEFINITE_START.match(frame.subject):
        return None
    return squash(f"What {verb[0]} {frame.subject} {frame.when}") + "?"


def _bare_plural_subject(frame: _Frame) -> bool:
    """Whether an English subject is a plural noun with no article, its modifiers before it
    and a complement maybe after it: 'tickets', 'starting salaries for production staff'."""
    words = frame.subject.split()
    if not words or not words[0].islower() or words[0] in STOPWORDS["en"]:
        return False
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if not 1 <= head <= 3 or not _plural(words[head - 1], "en"):
        return False
    return all(w.isalpha() and w not in STOPWORDS["en"] for w in words[:head])


# Words of an English sum between its verb and its figure: an estimate, which the question
# leaves to the answer, or a sum on top of another, which it asks as "How much more".
_SUM_MODIFIERS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {
        ("an", "estimated"): "",
        ("a", "further"): "more",
        ("an", "additional"): "more",
        ("another",): "more",
        ("an", "extra"): "more",
    },
    "it": {("altri",): "in più", ("ulteriori",): "in più"},  # "ha stanziato altri 500.000 euro"
}


def _without_all(frame: _Frame) -> _Frame:
    """An English frame without the 'all' before its count, which a question of how many
    cannot keep: 'extended to all| 148 schools' -> 'To how many schools ...?'."""
    if frame.between[-1:] == ("all",):
        written = frame.between_text.rsplit(maxsplit=1)[0] if " " in frame.between_text else ""
        return replace(frame, between=frame.between[:-1], between_text=written)
    if frame.between or len(frame.verb) < 3 or frame.verb[-1].lower() != "all":
        return frame
    verb = list(frame.verb[:-1])  # "wrote to all| 300 households": the verb group took them
    moved: list[str] = []
    while len(verb) > 1 and verb[-1].lower() in PREPOSITIONS["en"]:
        moved.insert(0, verb.pop())
    if not moved:
        return frame
    between = tuple(w.lower() for w in moved)
    return replace(frame, verb=tuple(verb), between=between, between_text=" ".join(moved))


_AN_AVERAGE_OF = ("an", "average", "of")


def _without_average(frame: _Frame) -> _Frame:
    """An English frame whose count is 'an average of' one, the words said as 'on average'
    at the end of the question: 'spent an average of| 18 months in Africa' -> 'How many
    months did juveniles spend in Africa on average?'."""
    if tuple(frame.exact) != _AN_AVERAGE_OF or not frame.subject:
        return frame
    when = squash(f"{frame.when} on average")
    return replace(frame, between=(), between_text="", when=when)


# The words between a verb and its count that the question leaves to the answer ("an estimated",
# "a combined") or says as "more" (those of a sum).
_COUNT_MODIFIERS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {**_SUM_MODIFIERS["en"], ("a", "combined"): ""},
    # "ha registrato una media di 412.000 spettatori" -> "Quanti spettatori in media ...?"
    "it": {
        **_SUM_MODIFIERS["it"],
        ("una", "media", "di"): "in media",
        ("un", "totale", "di"): "in totale",
    },
}


# The prepositions of a sum after its verb: "ammonta a", "finanziato con", "amounted to", "sold
# for": the question asks with them ("A quanto ammonta ...?", "How much does
# ... amount to?").
_MONEY_PREPOSITIONS = {"it": frozenset("a con".split()), "en": frozenset("to for".split())}


# The tenses of "ammontare" for those of "essere" before a sum with "di".
_AMOUNT = {
    "è": "ammonta",
    "sono": "ammontano",
    "era": "ammontava",
    "erano": "ammontavano",
    "sarà": "ammonterà",
    "saranno": "ammonteranno",
}


def _sum_noun_question(frame: _Frame, tail: str, language: str) -> str | None:
    """The sum a noun before it names, the object of the verb: 'HIE has offered a grant of
    £2.5m' -> 'How large a grant has HIE offered?', 'I giudici hanno disposto una
    provvisionale di 850.000 euro' -> 'A quanto ammonta la provvisionale che hanno disposto i
    giudici?', 'The line was rebuilt at a cost of £310m' -> 'At what cost was the line
    rebuilt?'."""
    exact = frame.exact
    if len(exact) < 3 or exact[-1] not in _SUM_OF[language]:
        return None
    if language == "en" and exact == ["at", "a", "cost", "of"]:
        body = _english_body(frame, frame.subject)
        return None if body is None else squash(f"At what cost {body} {tail} {frame.when}") + "?"
    preposition = exact[0] if exact[0] in PREPOSITIONS[language] else ""
    article, *noun = exact[1:-1] if preposition else exact[:-1]
    if article not in _INDEFINITES or not 1 <= len(noun) <= 3:
        return None
    if any(not w.isalpha() or w in STOPWORDS[language] or w in _APPROX for w in noun):
        return None
    if language == "en":
        body = _english_body(frame, frame.subject)
        if body is None or _EN_SUM_RATE.match(tail):
            return None  # "set a fee of £12 a day": no "How large a fee ... a day?"
        named = " ".join([article, *noun])
        return squash(f"How large {named} {body} {preposition} {tail} {frame.when}") + "?"
    if article == "un’":
        return None
    the = _definite(article, noun[0])
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(noun)}"
    verb = " ".join(frame.verb)
    # "è partito con un bilancio di 7,8 milioni" -> "... il bilancio con cui è partito ..."
    which = f"{preposition} cui" if preposition else "che"
    return (
        upper_first(
            squash(f"A quanto ammonta {named} {which} {verb} {frame.subject} {tail} {frame.when}")
        )
        + "?"
    )


# English nouns of money counted as a mass, which name their sum with "of" and no article:
# "received core funding of €1.3m", "posted revenue of £500m".
_MASS_SUMS = frozenset(
    "funding investment revenue revenues income turnover aid compensation spending".split()
)
# The currency sign that ends the words before a sum: "core funding of| €".
_SIGN_AT_END = re.compile(r"\s*(?:US|A|C|NZ|HK|S)?[$€£]$")


def _mass_sum_question(frame: _Frame, tail: str) -> str | None:
    """'The festival receives core funding of €1.3m a year' -> 'How much core funding does
    the festival receive a year?': the verb's object a noun of money and a modifier or two,
    then 'of' and the sum."""
    exact = frame.exact
    if not 2 <= len(exact) <= 3 or exact[-1] != "of" or exact[-2] not in _MASS_SUMS:
        return None
    if not frame.subject or _is_copula(frame, "en"):
        return None
    if any(not w.isalpha() or w in STOPWORDS["en"] or w in _APPROX for w in exact[:-1]):
        return None  # "the funding of", "its revenue of": one already named
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    written = _SIGN_AT_END.sub("", frame.between_text).split()  # "core funding of| €"
    if len(written) != len(frame.between):
        return None
    noun = " ".join(written[: len(exact) - 1])
    return squash(f"How much {noun} {body} {tail} {frame.when}") + "?"


# What joins a noun to the sum it names: "a grant of £2.5m", "una multa di 500 euro", "un
# contributo da 2 milioni".
_SUM_OF = {"en": frozenset(["of"]), "it": frozenset("di da".split())}


# What asks a sum a preposition brings: "Il progetto è stato finanziato con 2 milioni di euro"
# -> "Con quanto è stato finanziato il progetto?", "stimano perdite per 18 milioni" ->
# "Per quale importo ... stimano perdite?", "sold the farm for £2m" -> "For how much ...?".
_PRICE_ASKED = {
    "it": {"con": "Con quanto", "per": "Per quale importo"},
    "en": {"for": "For how much"},
}


# Italian verbs that put a value on a thing with "in": "stimato in", "quantificati in".
_VALUING = ("stim", "valut", "quantific", "calcol")


def _valued(frame: _Frame) -> bool:
    last = frame.verb[-1].lower() if frame.verb else ""
    return last.startswith(_VALUING) and last.endswith(("ato", "ata", "ati", "ate"))


def _price_question(frame: _Frame, tail: str, language: str) -> str | None:
    """A sum after 'con'/'per'/'for', right after the verb or after its object (the Italian
    subject then comes first, as in the other questions with an object)."""
    asked = _PRICE_ASKED[language]
    if frame.preposition == "in" and language == "it" and _valued(frame):
        # "Le perdite sono state stimate in 100 milioni" -> "A quanto sono state stimate ...?"
        verb = " ".join(frame.verb)
        return upper_first(squash(f"A quanto {verb} {frame.subject} {tail} {frame.when}")) + "?"
    obj = ""
    if frame.preposition not in asked:
        obj = _object_then(frame, frozenset(asked), language) or ""
        if not obj and language == "it":
            obj = _italian_object_of(frame, frozenset(asked)) or ""
        if not obj or any(is_finite(w, language) for w in obj.split()):
            return None
    how = asked[frame.exact[-1]]
    if language == "it":
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb} {obj}" if obj else f"{verb} {frame.subject}"
        return upper_first(squash(f"{how} {order} {tail} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"{how} {body} {obj} {tail} {frame.when}") + "?"


# "is 42.195 kilometres long", "stands 300 metres tall"
_DIMENSION_AFTER = re.compile(
    r"^\s+(?:\([^)]{1,40}\)\s+)?(?P<dim>long|high|tall|deep|wide|thick)\b"
)
# "è lungo 97 chilometri", "è alta circa 300 metri"
_IT_DIMENSIONS = re.compile(r"^(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e)$")
# "has a length of", "ha una superficie di"
_DIMENSION_NOUNS = {
    "it": frozenset("lunghezza altezza profondità larghezza superficie estensione".split()),
    "en": frozenset("length height depth width area".split()),
}
_EXTEND = frozenset(
    """runs ran stretches stretched extends extended spans spanned flows flowed covers
    covered""".split()
)
_LENGTH_UNITS = frozenset(
    """km chilometri metri miglia kilometres kilometers metres meters miles feet piedi""".split()
)
_WEIGH = frozenset("pesa pesava pesano pesavano weighs weighed weigh".split())
_MEASURE = frozenset("misura misurava misurano misuravano measures measured measure".split())
# Things whose measure in a unit of length is their length: "a 6.4km light-rail route".
_LINEAR = frozenset(
    """route line road railway railroad track tunnel bridge course trail path wall canal
    pipeline border corridor motorway highway runway river coastline viaduct detour stretch
    section diversion loop circuit""".split()
)


def _measure_question(
    count: _Count, verb: str, subject: str, text: str, language: str
) -> str | None:
    """'Il ponte misura 400 metri' -> 'Quanto misura il ponte?', 'The bridge measures 400
    metres' -> 'How long is the bridge?' (English names the dimension: only a length of what
    is long, or the one the sentence names)."""
    if language == "it":
        return upper_first(f"Quanto {verb} {subject}?")
    be = "was" if verb == "measured" else "is"
    named = _DIMENSION_AFTER.match(text[count.noun_end :])
    if named:
        return f"How {named.group('dim')} {be} {subject}?"
    if count.noun in _LENGTH_UNITS and subject.split()[-1].lower() in _LINEAR:
        return f"How long {be} {subject}?"
    return None


def _dimension_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Il Lamone è lungo 97 chilometri' -> 'Quanto è lungo il Lamone?', 'The course is 42.195
    kilometres long' -> 'How long is the course?', 'X pesa 3 tonnellate' -> 'Quanto pesa X?',
    'X has an area of 4 km²' -> 'What is the area of X?'."""
    language = doc.language
    subject = frame.subject
    if not subject:
        return None
    verb = [w.lower() for w in frame.verb]
    between = frame.exact
    if language == "en" and verb[0] in _EXTEND and count.noun in _LENGTH_UNITS:
        # "It ran for 73 miles"; without "for" only what is long: "The river flows 1,450
        # miles", not "The runner ran 42 kilometres"
        if between == ["for"] or (not between and subject.split()[-1].lower() in _LINEAR):
            return f"How long {'is' if verb[0].endswith('s') else 'was'} {subject}?"
    if len(verb) == 1 and verb[0] in _MEASURE and not between:
        return _measure_question(count, verb[0], subject, text, language)
    if len(verb) == 1 and verb[0] in _WEIGH and not between:
        if language == "it":
            return upper_first(f"Quanto {verb[0]} {subject}?")
        do = "did" if verb[0] == "weighed" else "does" if verb[0] == "weighs" else "do"
        return squash(f"How much {do} {subject} weigh {frame.when}") + "?"
    named = _measure_noun_question(frame, text[count.noun_end :], language)
    if named:
        return named
    if len(between) >= 2 and between[-2] in _DIMENSION_NOUNS[language]:
        return _dimension_noun_question(verb, between, subject, language)
    if language == "it":
        if (
            len(between) != 1
            or not _IT_DIMENSIONS.match(between[0])
            or not _is_copula(frame, language)
        ):
            return None
        return upper_first(f"Quanto {' '.join(frame.verb)} {between[0]} {subject}?")
    m = _DIMENSION_AFTER.match(text[count.noun_end :])
    if m is None or between or lemma(verb[0], "en") not in {"be", "stand", "will"}:
        return None
    tense = {"stands": "is", "stood": "was"}.get(verb[0], verb[0])
    if tense == "will":
        return f"How {m.group('dim')} will {subject} be?"
    return f"How {m.group('dim')} {tense} {subject}?"


# "La torre, alta 324 metri, domina ...", "Its symbol is the tower, 324 metres tall, ...": the
# measure in an apposition of the noun phrase just before it.
_APPOSITION = {
    "it": re.compile(
        r"^(?P<before>[^,]{2,80}),\s+(?P<dim>(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e))\s+"
        r"(?:(?:circa|oltre|quasi)\s+)?$"
    ),
    "en": re.compile(r"^(?P<before>[^,]{2,80}),\s+(?:(?:about|some|nearly|almost)\s+)?$"),
}
# The article an Italian dimension agrees with: "lunga" goes with "la", "lunghi" with "i".
_AGREEMENT = {"o": ("il", "lo", "l’"), "a": ("la", "l’"), "i": ("i", "gli"), "e": ("le",)}


def _apposition_question(count: _Count, text: str, language: str) -> str | None:
    m = _APPOSITION[language].match(text[: count.start])
    np = _last_noun_phrase(m.group("before"), language) if m else None
    if m is None or np is None:
        return None
    if language == "it":
        dim = m.group("dim")
        if not text.startswith(",", count.unit_end):
            return None
        if not np.lower().startswith(_AGREEMENT[dim[-1]]):
            return None  # "Il fiume attraversa la pianura, lungo ...": not the plain's length
        be = "sono" if dim.endswith(("i", "e")) else "è"
        return upper_first(f"Quanto {be} {dim} {np}?")
    after = _DIMENSION_AFTER.match(text[count.unit_end :])
    if after is None or not text.startswith(",", count.unit_end + after.end()):
        return None
    return f"How {after.group('dim')} is {np}?"


def _last_noun_phrase(before: str, language: str) -> str | None:
    """The noun phrase an apposition follows: the words after the last verb, from an article
    ('Il suo simbolo è la Mole Antonelliana' -> 'la Mole Antonelliana')."""
    toks = tokens(before)
    verbs = [i for i, t in enumerate(toks) if t.text.islower() and is_finite(t.text, language)]
    first = verbs[-1] + 1 if verbs else 0
    if first >= len(toks) or toks[first].low not in _NP_ARTICLES[language]:
        return None
    return lower_first(before[toks[first].start :].strip())


_NP_ARTICLES = {"it": frozenset("il lo la i gli le l’".split()), "en": frozenset(["the"])}


# Nouns that name a measure of a thing, the answer of "Quale/What <noun>": "supera un
# dislivello di 900 metri", "reached a depth of 3,200 metres".
_MEASURE_NOUNS = {
    "it": _DIMENSION_NOUNS["it"]
    | frozenset(
        """altitudine quota dislivello distanza diametro spessore volume capacità portata peso
        pendenza circonferenza raggio salto apertura potenza forza temperatura velocità
        pressione intensità magnitudo livello""".split()
    ),
    "en": _DIMENSION_NOUNS["en"]
    | frozenset(
        """altitude elevation distance diameter thickness volume capacity weight radius
        circumference span output power force temperature speed pressure intensity
        magnitude level range""".split()
    ),
}
_AVERE = frozenset("ha hanno aveva avevano avrà avranno".split())


def _measure_noun_question(frame: _Frame, after: str, language: str) -> str | None:
    """A measure a noun names before it, the object of the verb or of its preposition: 'La
    funivia supera un dislivello di 900 metri' -> 'Quale dislivello supera la funivia?', 'Il
    lago ha una profondità massima di 6 metri' -> 'Qual è la profondità massima del lago?',
    'The drill reached a depth of 3,200 metres' -> 'What depth did the drill reach?'."""
    obj, exact = _object_before_measure(frame, language)
    if not 3 <= len(exact) <= 5 or exact[-1] not in {"di", "of"}:
        return None
    preposition = exact[0] if exact[0] in PREPOSITIONS[language] else ""
    if obj and not preposition:
        return None
    article, *noun = exact[1:-1] if preposition else exact[:-1]
    if (article not in _INDEFINITES and article != "un’") or not 1 <= len(noun) <= 2:
        return None
    head = noun[0] if language == "it" else noun[-1]  # "profondità massima", "maximum depth"
    if head not in _MEASURE_NOUNS[language] or not all(w.isalpha() for w in noun):
        return None
    if any(w in STOPWORDS[language] or w in PREPOSITIONS[language] for w in noun):
        return None
    tail = _tail(after, 0, language)
    if tail is None or _has_digit(tail):
        return None
    named = " ".join(noun)
    verb = [w.lower() for w in frame.verb]
    if language == "it":
        if obj:  # "A quale altitudine il razzo ha rilasciato la sonda?": the subject first
            asked = f"{preposition} quale {named} {frame.subject} {' '.join(frame.verb)} {obj}"
            return upper_first(squash(f"{asked} {tail} {frame.when}")) + "?"
        return _italian_measure_noun(frame, preposition, article, named, tail)
    if verb in (["has"], ["have"], ["had"]) and not preposition:
        be = "was" if verb == ["had"] else "is"
        return squash(f"What {be} the {named} of {frame.subject} {tail} {frame.when}") + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = f"{preposition} what {named} {body} {obj} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


def _object_before_measure(frame: _Frame, language: str) -> tuple[str, tuple[str, ...]]:
    """(object, rest) of the words before a measure that a noun names after the verb's
    object and a preposition: 'reached| the seabed at a depth of' -> ('the seabed', 'at a
    depth of'); ('', the words) when no short object comes first."""
    exact = tuple(frame.exact)
    if not exact or exact[0] in PREPOSITIONS[language] or exact[0] in _INDEFINITES:
        return "", exact
    for p in range(1, min(len(exact) - 2, 5)):
        if exact[p] in PREPOSITIONS[language] and exact[p + 1] in _INDEFINITE_ARTICLES:
            obj = _object_then(
                _Frame("", (), exact[: p + 1], "", "", frame.between_text),
                frozenset([exact[p]]),
                language,
            )
            return (obj, exact[p:]) if obj else ("", exact)
    return "", exact


def _italian_measure_noun(
    frame: _Frame, preposition: str, article: str, named: str, tail: str
) -> str | None:
    verb = " ".join(frame.verb)
    if frame.verb[-1].lower() in _AVERE and not preposition:
        if len(frame.verb) != 1:
            return None
        be = "era" if frame.verb[0].lower().startswith("av") else "è"
        the = _definite(article, named)
        phrase = f"{the}{'' if the.endswith('’') else ' '}{named}"
        return squash(f"Qual {be} {phrase} {of_phrase(frame.subject, 'it')} {tail}") + "?"
    which = "quale" if preposition else "Quale"
    asked = f"{preposition.capitalize()} {which} {named} {verb} {frame.subject} {tail} {frame.when}"
    return squash(asked) + "?"


def _sized_noun_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """The measure of a thing an Italian noun names before it, the object of the verb: 'Il
    telescopio ha uno specchio di 1,2 metri di diametro' -> 'Di quanti metri di diametro è lo
    specchio del telescopio?', 'Gli scavi hanno interessato un’area di 2.800 metri quadrati'
    -> 'Di quanti metri quadrati è l’area che hanno interessato gli scavi?'. Nouns of a
    measure itself ('una profondità di') are asked by _measure_noun_question."""
    exact = frame.exact
    if not frame.subject or frame.opening or not 3 <= len(exact) <= 4:
        return None
    if exact[-1] not in {"di", "da"}:  # "una tribuna da 600 posti": the size of each
        return None
    article, *noun = exact[:-1]
    if article not in _INDEFINITE_ARTICLES or article in {"a", "an"}:
        return None
    if noun[0] in _MEASURE_NOUNS["it"] or not all(w.isalpha() for w in noun):
        return None
    if any(w in STOPWORDS["it"] or w in PREPOSITIONS["it"] or is_finite(w, "it") for w in noun):
        return None
    if _tail(text, count.noun_end, "it") != "" or _has_possessive(frame.subject):
        return None  # "un tratto di 4 chilometri tra ...": the clause goes on about the noun
    the = _definite(article, noun[0])
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(noun)}"
    how = f"Di {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
    if _is_copula(frame, "it"):  # "La Sacca è una laguna di 3.200 ettari": the subject's size
        return squash(f"{how} {' '.join(frame.verb)} {frame.subject} {frame.when}") + "?"
    verb = [w.lower() for w in frame.verb]
    if verb in (["ha"], ["hanno"], ["aveva"], ["avevano"]):
        be = "era" if verb[0].startswith("av") else "è"
        return squash(f"{how} {be} {named} {of_phrase(frame.subject, 'it')} {frame.when}") + "?"
    which = f"{named} che {' '.join(frame.verb)} {frame.subject}"
    return squash(f"{how} è {which} {frame.when}") + "?"


def _dimension_noun_question(
    verb: list[str], between: list[str], subject: str, language: str
) -> str | None:
    if between[-1] not in {"di", "of"} or len(between) > 4 or len(verb) != 1:
        return None
    dimension = between[-2]
    if language == "it":
        if lemma(verb[0], "it") != "avere":
            return None
        be = "era" if verb[0].startswith("av") else "è"
        article = "la" if dimension not in {"estensione"} else "l’"
        sep = "" if article.endswith("’") else " "
        return f"Qual {be} {article}{sep}{dimension} {of_phrase(subject, 'it')}?"
    if lemma(verb[0], "en") != "have":
        return None
    be = "was" if verb[0] == "had" else "is"
    return f"What {be} the {dimension} of {subject}?"


# ---------------------------------------------------------------------------------------------
# Counts without a counted noun after them, and counts of what there is.


def _copula_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    number = _ANY_NUMBER[language]
    approx = r"(?:(?:circa|oltre|quasi|almeno|più di|appena|ben|solo|soltanto)\s+)?"
    if language == "en":
        return (
            re.compile(
                r"^The\s+(?:total\s+)?number\s+of\s+(?P<np>[^,;:()]{3,60}?)\s+"
                r"(?P<verb>is|was|will be|would be)\s+"
                r"(?:(?:about|nearly|almost|over|around|some)\s+)?"
                rf"(?P<num>{number})(?=\s*(?:[,;.(]|$))"
            ),
        )
    cop = r"sono|erano|furono|saranno|sarebbero|sono stati|sono state|erano stati|erano state"
    return (
        # "I varchi elettronici saranno 22, contro gli 11 di oggi"
        re.compile(
            rf"^(?P<np>(?:I|Gli|Le)\s+[^,;:()“”]{{3,60}}?)\s+(?P<verb>{cop})\s+{approx}"
            rf"(?P<num>{number})(?=\s*(?:[,;.(]|$|\s(?:contro|rispetto|in tutto|in totale)\b))"
        ),
        # "Sono 38 i treni cancellati nella sola giornata di lunedì"
        re.compile(
            rf"^(?P<verb>Sono|Erano|Furono|Saranno|Sarebbero)\s+{approx}(?P<num>{number})\s+"
            r"(?P<np>(?:i|gli|le)\s+[^,;:()“”]{3,80})"
        ),
    )


_COPULA_COUNTS = {language: _copula_patterns(language) for language in NUMBER_WORDS}
_NP_STOP = re.compile(r"\s(?:che|cui|which|who|that)\s")


def _copula_question(text: str, language: str) -> tuple[str, re.Match[str], tuple[str, ...]] | None:
    """(question, match of the number, accepted) of a count said with a copula: 'I varchi
    saranno 22' -> 'Quanti saranno i varchi?', 'The number of gates will be 22' -> 'How many
    gates will there be?'."""
    for pattern in _COPULA_COUNTS[language]:
        m = pattern.match(text)
        if m is None:
            continue
        if _YEAR.fullmatch(m.group("num")):
            return None  # "I Giochi saranno 2026": a year
        np = _TAIL_END.split(m.group("np") + " ")[0].strip()
        if _NP_STOP.search(f" {np} ") or not 1 <= len(np.split()) <= 10:
            return None
        if any(is_finite(w, language) for w in np.split()[1:] if w.islower()):
            return None  # a clause, not a noun phrase
        number = m.group("num")
        verb = m.group("verb").lower()
        if language == "en":
            there = {"is": "are there", "was": "were there"}.get(
                verb, verb.replace(" be", " there be")
            )
            asked = f"How many {np} {there}?"
        else:
            asked = f"{_how_many_article(np.split()[0])} {verb} {lower_first(np)}?"
        spelled = number.split()[0].lower() in NUMBER_WORDS[language]
        return asked, m, ((_spelled_value(number, language),) if spelled else ())
    return None


_THERE = {
    "en": re.compile(
        r"^There\s+(?P<verb>is|are|was|were|will be|would be|have been|has been|had been)\s+"
        r"(?:(?:about|nearly|almost|over|around|some|at least|more than|only)\s+)?$"
    ),
    "it": re.compile(
        r"^(?:Ci|C’)\s*(?P<verb>sono|erano|furono|saranno|sarebbero|sono stati|sono state)\s+"
        r"(?:(?:circa|oltre|quasi|almeno|più di|appena|ben|solo|soltanto)\s+)?$"
    ),
}


_THERE_CUE = {"en": " there ", "it": " ci "}


def _there_question(count: _Count, text: str, language: str) -> str | None:
    """'There will be 22 gates' -> 'How many gates will there be?', 'Ci sono 22 varchi' ->
    'Quanti varchi ci sono?'."""
    before = text[: count.start]
    if _THERE_CUE[language] in before and _may_report(before, language):
        reported = _REPORTED[language].match(before)  # "Officials estimate there are ..."
        if reported is not None:
            before = upper_first(before[reported.end() :])
    m = _THERE[language].match(before)
    tail = _tail(text, count.noun_end, language) if m else None
    if m is None or tail is None:
        return None
    there = "ci" if language == "it" else "there"
    if not tail:  # "there are 1,450 homes listed on online platforms": what they are is kept
        phrase = _TAIL_END.split(text[count.noun_end :])[0].strip()
        tail = phrase if len(phrase.split()) <= 8 else ""
        there = "" if tail else there  # its participle is said with the verb: "are listed"
    verb = m.group("verb")
    if language == "it":
        return (
            upper_first(
                squash(f"{_how_many_it(count.noun, count.adj)} {count.nouns} {there} {verb} {tail}")
            )
            + "?"
        )
    head, _, rest = verb.partition(" ")
    return squash(f"How many {count.nouns} {head} {there} {rest} {tail}") + "?"


# A count reached, told by "the number of": "it brings the number of bridges to seven", "the
# number of victims has risen to 14", "porta a sette il numero dei ponti", "il numero dei
# morti è salito a 14". Asked as how many there are now.
_REACHED = {
    "en": re.compile(
        r"\b(?:(?P<brings>brings|brought|bringing|takes|took|taking|raises|raised|pushes|pushed"
        r"|lifts|lifted)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:total\s+)?number\s+of\s+"
        r"(?P<np>[^,;:()“”\"]{3,60}?)\s+(?(brings)|(?:(?:has|have|had)\s+)?(?:risen|rose|rises"
        r"|climbed|climbs|grown|grew|increased|fallen|fell|dropped)\s+)to\s+(?P<num>"
        + _ANY_NUMBER["en"]
        + r")(?=\s*(?:[,;.]|$))"
    ),
    "it": re.compile(
        r"\b(?:(?:porta|portano|portava|portò|ha\s+portato|hanno\s+portato|sale|salgono|è\s+salito"
        r"|arriva|è\s+arrivato)\s+a\s+(?P<num>"
        + _ANY_NUMBER["it"]
        + r")\s+il\s+numero\s+(?P<of>dei|degli|delle)\s+(?P<np>[^,;:()“”«»\"]{3,60}?)"
        r"(?=\s*(?:[,;.]|$))"
        r"|[Ii]l\s+numero\s+(?P<of2>dei|degli|delle)\s+(?P<np2>[^,;:()“”«»\"]{3,60}?)\s+"
        r"(?:sale|è\s+salito|arriva|è\s+arrivato|scende|è\s+sceso)\s+a\s+(?P<num2>"
        + _ANY_NUMBER["it"]
        + r")(?=\s*(?:[,;.]|$)))"
    ),
}
_OF_ARTICLE = {"dei": "i", "degli": "gli", "delle": "le"}
_REACHED_IN_PAST = re.compile(
    r"^(?:brought|took|raised|pushed|lifted|portò|portava)\s|\s(?:had|rose|climbed|grew|fell"
    r"|dropped)\s+to\s"
)
_REACHED_CUE = {"en": "number of", "it": "numero d"}


def _reached_question(text: str, language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a count the number of something reached: 'How many
    bridges linking the two cities are there now?' -> 'seven', 'Quanti sono ora i ponti sul
    fiume?' -> 'sette'."""
    if _REACHED_CUE[language] not in text:
        return None
    m = _REACHED[language].search(text)
    if m is None:
        return None
    number = m.group("num") or m.group("num2") if language == "it" else m.group("num")
    if _YEAR.fullmatch(number) or _REACHED_IN_PAST.search(m.group(0)):
        return None  # "took the number of staff to 450": how many then, which "now" is not
    spelled = number.split()[0].lower() in NUMBER_WORDS[language]
    accepted = (_spelled_value(number, language),) if spelled else ()
    answer = number.lower() if spelled else number
    if language == "en":
        return f"How many {m.group('np')} are there now?", answer, accepted
    of, np = (m.group("of"), m.group("np")) if m.group("np") else (m.group("of2"), m.group("np2"))
    article = _OF_ARTICLE[of]
    how = "Quante" if article == "le" else "Quanti"
    return f"{how} sono ora {article} {np}?", answer, accepted


# ---------------------------------------------------------------------------------------------
# Spans hidden whole.


def _duration_pattern(language: str, units: tuple[str, ...]) -> re.Pattern[str]:
    number = _ANY_NUMBER[language]
    link = r"\s+e\s+" if language == "it" else r",?\s+and\s+"
    return re.compile(
        rf"(?<![\w’-])(?:{number})\s+{units[0]}(?:{link}|,\s+)(?:{number})\s+{units[1]}"
        rf"(?:{link}(?:{number})\s+{units[2]})?\b"
    )


# "tre anni e sei mesi", "two years and six months", "61 minutes and 7 seconds": a sentence,
# an age, a time, one answer each (with hours, the cloze extractor hides them). Each pattern
# is tried only where its first two units' stems are in the sentence.
_DURATIONS = {
    "it": (
        (("ann", "mes"), _duration_pattern("it", ("(?:anni|anno)", "(?:mesi|mese)", "giorni?"))),
        (("minut", "second"), _duration_pattern("it", ("minut[io]", "second[io]", "(?!)"))),
    ),
    "en": (
        (("year", "month"), _duration_pattern("en", ("years?", "months?", "days?"))),
        (("minut", "second"), _duration_pattern("en", ("minutes?", "seconds?", "(?!)"))),
    ),
}
# "a 30-metre banner", "the 42.195-kilometre course": the number is the fact, the unit a hint.
_MEASURE_COMPOUND = re.compile(
    r"(?<![\w.,])(?P<num>\d[\d.,]*)-(?:kilometre|kilometer|km|metre|meter|mile|foot|inch|tonne"
    r"|ton|kilogram|kg|hectare|acre|litre|liter|square-mile|square-kilometre)\b"
)


def _cloze(s: Sentence, start: int, end: int) -> str:
    return s.text[:start] + "{{c1::" + s.text[start:end] + "}}" + s.text[end:]


# "a 6.4km light-rail route", "the 42.195-kilometre course": the length of something long.
_LENGTH_COMPOUND = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<measure>(?P<num>\d(?<![\w.,]\d)[\d.,]*)(?P<unit>\s?km\b|-(?:kilometre"
    r"|kilometer|km|mile|metre|meter)(?:-long)?\b))(?:\s+\([^()]{1,20}\))?\s+"
    r"(?P<np>(?:[a-z][a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+))(?=[\s,;.]|$)"
)
_UNIT_NAMES = {"km": "km", "kilometre": "kilometres", "kilometer": "kilometers"}


def _length_questions(text: str) -> Iterator[tuple[str, str, str, int, int]]:
    """(question, answer, number, start, end) of each length of a long thing in an English
    compound: 'a 6.4km light-rail route' -> 'How long is the light-rail route?'."""
    for m in _LENGTH_COMPOUND.finditer(text):
        if m.group("noun") not in _LINEAR or not _ends_noun_phrase(text, m.end()):
            continue
        num, unit = m.group("num"), m.group("unit").strip(" -").removesuffix("-long")
        if unit == "km":
            answer = m.group("measure") if "-" not in m.group("measure") else f"{num} km"
        else:
            answer = f"{num} {_UNIT_NAMES.get(unit, unit + 's') if num != '1' else unit}"
        named = (
            _NAMED_BEFORE.search(text, 0, m.start())
            if text.startswith(", ", m.start() - 2)
            else None
        )
        what = _named_linear(named.group("name")) if named else None
        if what is None:
            route = _ROUTE_NAMED.match(text, m.end())
            said = "" if route or m.start() else _passive_after(text, m.end())
            what = squash(f"the {m.group('np')} {route.group('route') if route else said}")
        yield f"How long is {what}?", answer, num, m.start("measure"), m.end("num")


# The passive or perfect right after a subject that opens the sentence: "The 23-mile stretch|
# has been rebuilt| at a cost of ...": what was done to it tells which one it is.
_PASSIVE_AFTER = re.compile(
    r"\s+(?P<group>(?:has|have|had|was|were|is|are|will)(?:\s+(?:been|be))?\s+(?P<part>[a-z]+))\b"
)


def _passive_after(text: str, at: int) -> str:
    """'that has been rebuilt' of a long thing the sentence opens with, or ''."""
    m = _PASSIVE_AFTER.match(text, at)
    if m is None or not is_participle(m.group("part"), "en"):
        return ""
    return f"that {m.group('group')}"


# The places a long thing runs by or between, right after its noun: "a 14-mile detour| via
# Ross-on-Wye", "the 8km stretch| between Perth and Dunkeld", "a 3-mile section| of the A9".
# They tell which one the question asks of ("How long is the detour via Ross-on-Wye?").
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}"
_ROUTE_NAMED = re.compile(
    rf"\s+(?P<route>(?:via|between|from|of)\s+{_PLACE_NAME}(?:\s+(?:and|to)\s+{_PLACE_NAME})?)"
    r"(?=[\s,;.]|$)"
)


# A name just before the comma of an apposition: "Porto’s new Ruby Line, a 6.4km light-rail
# route": the compound describes the name, which the question asks of.
_NAMED_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w’'-]*\s)*[A-Z][\w’'-]*),\s$")


def _named_linear(name: str) -> str | None:
    """What a length question asks of a name whose last word is a long thing ('the Ruby
    Line', 'Hadrian’s Wall'), or None for other names (a place is not what the length is)."""
    words = name.split()
    if words[0] in {"The", "A", "An"}:
        words = words[1:]
    if not words or words[-1].lower() not in _LINEAR or len(words) < 2:
        return None
    name = " ".join(words)
    return name if "’s " in name or "'s " in name else f"the {name}"


def _ends_noun_phrase(text: str, at: int) -> bool:
    """Whether a noun ends its phrase: what follows is a stop, a preposition or a verb, not
    another noun ('a 6km route| in March', not 'a 6km route| extension')."""
    after = text[at:].split(maxsplit=1)
    if not after:
        return True
    word = after[0].strip(",;.:")
    if word != after[0] or not word:
        return True
    return (
        word in STOPWORDS["en"]
        or word in PREPOSITIONS["en"]
        or word in _ROUTE_PREPOSITIONS
        or is_finite(word, "en")
        or not word.islower()
    )


# Prepositions of a route the lexicon leaves out: "a 14-mile detour via Ross".
_ROUTE_PREPOSITIONS = frozenset("via towards toward past".split())


def _whole_spans(s: Sentence, language: str, digits: bool) -> Iterator[tuple[int, int]]:
    for (first, second), pattern in _DURATIONS[language]:
        if first in s.text and second in s.text and not (first == "minut" and _has_hours(s.text)):
            for m in pattern.finditer(s.text):
                yield m.start(), m.end()
    if digits and "-" in s.text:
        for m in _MEASURE_COMPOUND.finditer(s.text):
            yield m.start("num"), m.end("num")


# ---------------------------------------------------------------------------------------------


# "circa il 40% dei litorali ... è in arretramento", "Only 58% of adolescents ... returned".
_SHARE_APPROXIMATORS = (
    r"(?:(?:circa|quasi|oltre|solo|soltanto|appena|ben|about|nearly|almost|over|only|just|some"
    r"|around|roughly|approximately|(?:fewer|less|more)\s+than|at\s+least)"
    r"\s+)?(?:il\s+|l’)?"
)
_PERCENT_OF = (
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?:%|per cento|percent\b|per cent\b)\s+"
    r"(?P<of>dell’|della|dello|delle|dei|degli|del\b|di\b|of\b)\s*(?P<rest>.+)$"
)
_SHARE = re.compile(
    r"^(?P<lead>(?:(?:Secondo|According to)\s[^,]{3,120},\s*)?"
    + _SHARE_APPROXIMATORS
    + ")"
    + _PERCENT_OF,
    re.IGNORECASE,
)
# The same share opening a clause that a verb of finding or saying reports: "The survey found
# that 60% of pupils reached the level", "L’indagine rileva che il 60% degli alunni ha ...".
# The question asks the share alone, as it does after "According to".
_SHARE_REPORTED = re.compile(
    r"\s(?:that|che)\s+(?P<lead>" + _SHARE_APPROXIMATORS + ")" + _PERCENT_OF, re.IGNORECASE
)
_REPORTED_CUE = {"en": " that ", "it": " che "}
# The same share opening an English clause after another: "..., while around 70% of the
# audience attended ...", "...; about 30% of residents moved there after 2000".
_SHARE_INNER = re.compile(
    r"(?:,\s+(?:while|whereas|but)|;|:)\s+(?P<lead>(?i:fewer\s+than\s+|less\s+than\s+"
    r"|more\s+than\s+|around\s+|roughly\s+)?" + _SHARE_APPROXIMATORS + ")" + _PERCENT_OF,
)
_SHARE_END = re.compile(r"(?:,(?!\d)|;|:|\s[–—]\s|\.$)")


_POSSESSIVE_S = re.compile(r"[’']s\s")
# English nouns of what is wanted, not what is, before "that": "a requirement that 30% of ...".
_EN_WISHES = frozenset(
    """requirement condition rule target pledge promise aim goal hope demand proposal plan
    expectation ambition wish call""".split()
)


def _wished(before: str) -> bool:
    """Whether the English words before a clause with 'that' end with a noun of a wish."""
    words = before.split()
    return bool(words) and words[-1].lower() in _EN_WISHES


def _share_question(text: str, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a percentage that opens its sentence as the subject:
    'Solo il 58% degli studenti è tornato' -> 'Quale percentuale degli studenti è tornata?'."""
    if "%" not in text and "cent" not in text:
        return None
    m = _SHARE.match(text)
    if m is None and _REPORTED_CUE[doc.language] in text:
        m = _SHARE_REPORTED.search(text)
        if m is not None and doc.language == "en" and _wished(text[: m.start()]):
            return None  # "a requirement that at least 30% of ingredients are ...": no fact
    if m is None and doc.language == "en":
        m = _SHARE_INNER.search(text)  # "..., while around 70% of the audience attended ..."
    if m is None:
        return None
    rest = _SHARE_END.split(m.group("rest"), maxsplit=1)[0].strip()
    toks = tokens(rest)
    verb = main_verb(toks, doc.language)
    if doc.language == "en" and verb == 0 and len(toks) > 2:
        later = main_verb(toks[1:], "en")  # "of recorded| flights passed": a participle first
        verb = None if later is None else later + 1
    if verb is None and doc.language == "en" and len(toks) > 2:
        owned = tokens(_POSSESSIVE_S.sub(" ", rest))  # "the town’s residents": one noun phrase
        plural = _plural_present(owned, len(owned) - 1)  # "of the residents speak| Welsh"
        verb = None if plural is None else plural + len(toks) - len(owned)
    if verb is None or verb == 0 or len(toks) > 24 or len(toks) - verb < 2:
        return None
    of = m.group("of")
    number = text[m.start("num") : m.end("num") + 1]  # "40%"
    answer = number if number.endswith("%") else m.group("num") + "%"
    phrase = text[m.end("lead") - len(m.group("lead").split(",")[-1].lstrip()) : m.end("num")]
    if doc.language == "it":
        sep = "" if of.endswith("’") else " "
        question = f"Quale percentuale {of.lower()}{sep}{_feminine_after_essere(rest)}?"
    else:
        question = f"What percentage of {rest}?"
    return question, answer, (squash(phrase) + "%",)


# A share of a counted group, told in a relative after it: "the 212 claimants, 94% of whom are
# women", "i 300 soci, il 60% dei quali vive in città". The question names the group.
_GROUP_SHARE = {
    "en": re.compile(
        r"\b\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?P<np>[a-z]{3,}(?:\s+[a-z]{3,})?),\s+"
        r"(?P<lead>(?:about|nearly|almost|over|some|only|just)\s+)?(?P<num>\d+(?:\.\d+)?)"
        r"\s?(?P<unit>%|per\s+cent\b|percent\b)\s+of\s+whom\s+(?P<rest>[^,;:()–—]+)"
    ),
    "it": re.compile(
        r"\d[\d.,]*(?:\s+(?:mila|milioni|milione)\s+di)?\s+(?P<np>[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,})?),"
        r"\s+(?P<lead>(?:circa|quasi|oltre|solo|ben)\s+)?(?:il\s+|l’)(?P<num>\d+(?:,\d+)?)"
        r"\s?(?P<unit>%|per\s+cento\b)\s+(?P<of>dei|delle)\s+quali\s+(?P<rest>[^,;:()–—]+)"
    ),
}
_GROUP_SHARE_CUE = {"en": " of whom ", "it": " quali "}


def _group_share_question(text: str, language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share of a counted group: 'What percentage of the
    claimants are women?', 'Quale percentuale dei soci vive in città?'. The relative must go
    on with its verb ('sei dei quali con meno di 35 anni' tells no verb to ask with)."""
    m = _GROUP_SHARE[language].search(text)
    if m is None:
        return None
    rest = m.group("rest").strip().rstrip(".!?")
    toks = tokens(rest)
    if len(toks) < 2 or len(toks) > 16:
        return None
    # the group is plural: "of whom live abroad" has a verb with no '-s', its own lemma
    first = toks[0].text
    plural_present = language == "en" and first.isalpha() and lemma(first, "en") == first
    if main_verb(toks, language) != 0 and not (plural_present and first not in STOPWORDS["en"]):
        return None
    np = m.group("np")
    answer = m.group("num") + "%"
    accepted = (
        squash(text[m.start("lead") if m.group("lead") else m.start("num") : m.end("unit")]),
    )
    if language == "en":
        return f"What percentage of the {np} {rest}?", answer, accepted
    of = m.group("of")
    low = np.lower()
    if of == "dei" and (low[:1] in "aeiou" or takes_lo(low)):
        of = "degli"  # "degli studenti", "degli iscritti"
    return f"Quale percentuale {of} {np} {rest}?", answer, accepted


_ESSERE = frozenset("è era sarà fu sia fosse sarebbe risulta risultava".split())


def _feminine_after_essere(rest: str) -> str:
    """The words after a singular 'essere' made to agree with 'percentuale', the question's
    subject ('il 45 per cento delle aziende era assicurato' -> 'Quale percentuale delle
    aziende era assicurata ...?'): 'stato' and the participle or adjective after it end in -a."""
    words = rest.split(" ")
    for i, word in enumerate(words):
        if word not in _ESSERE:
            continue
        for k in range(i + 1, min(i + 3, len(words))):
            after = words[k]
            if len(after) < 4 or not after.endswith("o") or not after.isalpha():
                break
            if not after.islower() or after in _NOT_AGREEING:
                break
            words[k] = after[:-1] + "a"
            if after != "stato":
                break
        break
    return " ".join(words)


_NOT_AGREEING = frozenset("oggi ancora spesso molto troppo poco quanto tanto solo".split())


# A share said with a verb of making up: "Red dwarfs make up roughly three quarters of the
# stars", "Women account for 40% of the staff", "Le nane rosse rappresentano circa tre quarti
# delle stelle". The share is a fraction in words or a percentage.
def _share_cue(text: str, language: str) -> bool:
    """The test of a share once a verb of making up is in the sentence: a fraction or a
    percentage."""
    return any(cue in text for cue in _FRACTION_CUES[language])


_FRACTION_CUES = {
    "en": ("%", "cent", "half", "third", "quarter", "fifth", "tenth"),
    "it": ("%", "cento", "metà", "terz", "quart", "quint", "decim"),
}
_SHARE_VERBS = {
    "en": r"(?P<verb>makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)?)",
    "it": r"(?P<verb>rappresent(?:a|ano|ava|avano)|costituisc(?:e|ono)|costituiv(?:a|ano))",
}
_SHARE_APPROX = {
    "en": r"(?P<approx>(?:roughly|about|around|nearly|almost|over|some|just\s+over|just\s+under"
    r"|more\s+than|less\s+than)\s+)?",
    "it": r"(?P<approx>(?:circa|quasi|oltre|più\s+di|meno\s+di)\s+)?",
}
_FRACTIONS = {
    "en": r"(?:(?:a|one|two|three|four|nine)[\s-](?:third|quarter|fifth|tenth)s?|half)",
    "it": r"(?:(?:la\s+)?metà|(?:un|due|tre|quattro|nove)\s+(?:terz|quart|quint|decim)[oi])",
}
_PERCENTAGE = r"\d+(?:[.,]\d+)?\s?(?:%|per\s+cent(?:o)?\b|percent\b)"
_SHARE_OF = {
    "en": r"\s+of\s+",
    "it": r"\s+(?P<of>dell’|della|dello|delle|dei|degli|del\b|di\b)\s*",  # longest first
}
_SHARE_VERB = {
    language: re.compile(
        rf"\s{_SHARE_VERBS[language]}\s+{_SHARE_APPROX[language]}(?:il\s+|l’)?"
        rf"(?P<share>{_FRACTIONS[language]}|{_PERCENTAGE}){_SHARE_OF[language]}"
        r"(?P<whole>[^,;:()“”«»\"]+(?:\([^()]{1,12}\)[^,;:()“”«»\"]+)?)"
    )
    for language in ("en", "it")
}
_EN_SHARE_BASES = {"make": "make up", "made": "make up", "account": "account for"}
# Any verb with a percentage of a whole as its object: "The UK holds an estimated 13 per cent
# of the world’s peat bogs", "La Regione ha finanziato il 70% dell’opera".
_ANY_SHARE_VERB = {
    language: re.compile(
        r"\s(?P<verb>[a-zà-ù]{3,})\s+"
        + _SHARE_APPROX[language]
        + r"(?:il\s+|l’|an\s+estimated\s+|a\s+further\s+)?"
        rf"(?P<share>{_PERCENTAGE}){_SHARE_OF[language]}"
        r"(?P<whole>[^,;:()“”«»\"]+(?:\([^()]{1,12}\)[^,;:()“”«»\"]+)?)"
    )
    for language in ("en", "it")
}


_BRACKETED = re.compile(r"\s\([^()]{1,12}\)(?=\s)")


def _share_verb_question(s: Sentence, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share its subject makes up: 'Red dwarfs make up
    roughly three quarters of the stars in the galaxy' -> 'What share of the stars in the
    galaxy do red dwarfs make up?', 'Le donne rappresentano il 40% dei dipendenti' -> 'Quale
    quota dei dipendenti rappresentano le donne?'."""
    language = doc.language
    text = s.text
    if not _share_cue(text, language):
        return None
    m = _SHARE_VERB[language].search(text)
    group: str | None = None if m is None else m.group("verb")
    any_verb = m is None
    if m is None:  # any verb with a percentage: "The UK holds an estimated 13 per cent of"
        m = _ANY_SHARE_VERB[language].search(text)
        group = None if m is None else _share_verb(m, text, language)
    if m is None or group is None:
        return None
    # "greenhouse gas (GHG) emissions": a short aside in brackets is no end of the whole
    whole = _TAIL_END.split(_BRACKETED.sub("", m.group("whole")) + " ")[0].strip()
    if not 1 <= len(whole.split()) <= 10:
        return None
    offset = _inner_clause_start(text, m.start(), language) or _leading_clause_end(text, language)
    verb_at = m.start("verb") - (len(group) - len(m.group("verb")))
    lead = None
    if not offset and language == "it":  # "Nel 2024| la regione ha riciclato il 72% dei ..."
        lead = _leading_date(text, language) or _leading_phrase(text, language)
        offset = lead.end() if lead is not None and lead.end() < verb_at else 0
    when = lead.group(0).strip(" ,") if lead is not None and offset else ""
    when = when[:1].lower() + when[1:]
    clause = text[offset:verb_at] + " x"  # the subject, and a stand-in for the verb
    toks = tokens(clause)
    if len(toks) < 2 or any(t.text in _BREAKS for t in toks):
        return None
    subject, _ = _subject(clause, toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = group
    rest = ""
    if any_verb:  # "spent 20 per cent of its budget| on roads": the rest follows the verb
        whole, rest = _whole_and_rest(whole, language)
    share = m.group("share")
    answer = share.removeprefix("la ") if language == "it" else share
    accepted = (squash(text[m.start("approx") : m.end("share")]),) if m.group("approx") else ()
    if language == "it":
        of = m.group("of")
        sep = "" if of.endswith("’") else " "
        which = "percentuale" if any_verb else "quota"
        asked = squash(f"Quale {which} {of}{sep}{whole} {verb} {subject} {rest} {when}")
        return upper_first(asked) + "?", answer, accepted
    if any_verb:
        body = _english_body(_Frame(subject, tuple(verb.split()), (), "", ""), subject)
        if body is None:
            return None
        return squash(f"What share of {whole} {body} {rest}") + "?", answer, accepted
    first, _, rest = verb.partition(" ")
    past = first.endswith("ed") or first == "made"
    do = "did" if past else "does" if first.endswith("s") else "do"
    base = lemma(first.lower(), "en") if first != "made" else "make"
    body = squash(f"{base} {rest}")
    return f"What share of {whole} {do} {subject} {body}?", answer, accepted


_OF_WORDS = frozenset("of di del dello della dell’ dei degli delle".split())


def _whole_and_rest(whole: str, language: str) -> tuple[str, str]:
    """The whole a share is of, up to a preposition other than 'of', and what follows it."""
    words = whole.split()
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        if (low in PREPOSITIONS[language] or low in ARTICULATED) and low not in _OF_WORDS:
            return " ".join(words[:i]), " ".join(words[i:])
    return whole, ""


def _share_verb(m: re.Match[str], text: str, language: str) -> str | None:
    """The verb group before a share, when it is a verb of doing or an auxiliary and its
    participle: 'holds', 'ha finanziato' (not 'is', not a noun)."""
    verb = m.group("verb")
    before = (text[: m.start("verb")].split() or [""])[-1]
    if before in AUXILIARIES[language] and _participle(verb, language):
        return f"{before} {verb}"
    if verb in AUXILIARIES[language] or lemma(verb, language) in _COPULAS:
        return None
    if is_finite(verb, language):
        return verb
    after = text[m.end("verb") :].split(maxsplit=1)[0]
    # "The UK holds an estimated"
    return verb if is_present_at(before, verb, after, language) else None


# A change by a percentage: "reduced the allocation by 21 percent", "è salito del 7,4%".
# An Italian article may elide before the figure: "dell’83 per cento", "all’80%".
_PERCENT = re.compile(
    r"(?:(?<=l’)|(?<![\w.,’:-]))\d[\d.,]*\s?(?:%|per cento\b|percent\b|per cent\b)"
)
_BY = {"it": frozenset("del di".split()), "en": frozenset(["by"])}
# Nouns of a change, which an Italian "del 9%" after them measures.
_CHANGE_NOUNS = frozenset(
    """aumento aumenti calo cali crescita rialzo rialzi ribasso ribassi incremento incrementi
    riduzione riduzioni taglio tagli diminuzione sconto sconti rincaro rincari""".split()
)


def _change_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str]]:
    """(question, answer) of each change by a percentage: 'The cuts reduced the allocation by
    21 percent' -> 'By how much did the cuts reduce the allocation?', 'Il titolo è salito del
    7,4%' -> 'Di quanto è salito il titolo?'; the question is '' when the change's clause has a
    second figure (see _second_figure)."""
    language = doc.language
    for m in _PERCENT.finditer(s.text):
        trend = _sum_trend_question(m, s, doc) if language == "it" else None
        if trend is not None:  # "con un fatturato di 74 milioni, in crescita del 9%"
            yield trend, m.group(0)
            continue
        frame = _frame(s.text, m.start(), s, doc)
        if frame is None or not frame.subject:
            continue
        rate = None
        if language == "it":
            rate = _italian_rate_question(frame, s.text, m.end()) or _share_paid_question(
                frame, s.text, m.end()
            )
        if rate is not None:
            yield rate, m.group(0)
            continue
        if _level_reached(frame, s.text, m.end(), language):
            # "Hotel occupancy reached 96%": the level, no change; 'of' after it is a share
            asked = _asked_after_object(
                replace(frame, between=(), between_text=""),
                s.text,
                m.end(),
                language,
                "Quale percentuale",
                "What percentage",
            )
            if asked is not None:
                yield asked, m.group(0)
            continue
        more = _MORE_AFTER.match(s.text, m.end()) if language == "en" else None
        if more is not None and not frame.between and not _is_copula(frame, language):
            asked = _more_asked(frame, s.text, more)  # "will pay 8.9% more in council tax"
            if asked is not None:
                yield asked, m.group(0)
            continue
        if not frame.between:
            # "Shares rose 4.3%": an English verb of change takes its measure with no "by"
            # ("lost 40% of its matches" is a share of a whole, no change)
            if (
                language == "en"
                and _english_change(frame)
                and s.text[m.end() : m.end() + 4] != " of "
            ):
                yield from _change_asked(frame, s.text, m, language)
            continue
        if frame.between[-1] not in _BY[language] or len(frame.between) > 7:
            continue
        if not _CHANGE_NOUNS.isdisjoint(frame.between[:-1]):
            continue  # "contestano l’aumento medio del 9%": the rise's size, not the verb's
        if _is_copula(frame, language) or any(w in _APPROX for w in frame.between):
            continue
        yield from _change_asked(frame, s.text, m, language)


# A sum a noun names after "con", then the trend of the sum: "con un fatturato di 74 milioni
# di euro, in crescita del| 9%".
_SUM_TREND = re.compile(
    r"\scon\s+(?P<article>un|uno|una|un’)\s?(?P<noun>[a-zà-ù]{4,})\s+di\s+[^,;:()]{1,40},"
    r"\s+in\s+(?P<trend>crescita|aumento|calo|diminuzione|flessione)\s+(?:del|dell’)\s*$"
)
_TREND_PARTICIPLES = {
    "crescita": "cresciut",
    "aumento": "aumentat",
    "calo": "calat",
    "diminuzione": "diminuit",
    "flessione": "calat",
}
# What may follow the trend up to the end of the sentence: "rispetto all’anno precedente".
_TREND_REST = re.compile(r"(?:\s+(?P<rest>(?:rispetto|sul|sull’|sui)\s[^,;:()]{2,40}?))?\s*[.;]?$")


def _sum_trend_question(m: re.Match[str], s: Sentence, doc: Document) -> str | None:
    """'Il pastificio ha chiuso il 2024 con un fatturato di 74 milioni, in crescita del 9%
    rispetto al 2023' -> 'Di quanto è cresciuto il fatturato del pastificio rispetto al
    2023?': the change of the sum the subject's noun names."""
    text = s.text
    trend = _SUM_TREND.search(text, max(0, m.start() - 120), m.start())
    rest = _TREND_REST.match(text, m.end())
    if trend is None or rest is None:
        return None
    frame = _frame(text, trend.start() + 1, s, doc)
    if frame is None or not frame.subject or _has_digit(frame.subject) or frame.opening:
        return None
    if _has_possessive(frame.subject) or frame.subject.lower() in _PERSONAL_PRONOUNS:
        return None
    article, noun = trend.group("article"), trend.group("noun")
    ending = "a" if article in {"una", "un’"} else "o"
    changed = _TREND_PARTICIPLES[trend.group("trend")] + ending
    the = _definite(article, noun)
    named = f"{the}{'' if the.endswith('’') else ' '}{noun}"
    asked = (
        f"Di quanto è {changed} {named} {of_phrase(frame.subject, 'it')} {rest.group('rest') or ''}"
    )
    return squash(asked) + "?"


# "more" or "less" after an English percentage, then a preposition or the clause's end:
# "will pay 8.9% more| in council tax", not "sold 12% more cars".
_MORE_AFTER = re.compile(r"\s+(?P<more>more|less)(?=[,;.:]|\s+(?:in|for|on|than|to|at)\s|$)")


def _more_asked(frame: _Frame, text: str, more: re.Match[str]) -> str | None:
    """'Households will pay 8.9% more in council tax' -> 'How much more will households pay
    in council tax?'."""
    if text.startswith(" than", more.end()):
        return None  # "12% more than last year": a comparison the question would need
    tail = _tail(text, more.end(), "en")
    body = _english_body(frame, frame.subject)
    if tail is None or body is None:
        return None
    return squash(f"How much {more.group('more')} {body} {tail} {frame.when}") + "?"


def _change_asked(
    frame: _Frame, text: str, m: re.Match[str], language: str
) -> Iterator[tuple[str, str]]:
    if _second_figure(frame.between_text, text[m.end() :]):
        yield "", m.group(0)  # no question: the change is hidden in a cloze
        return
    asked = _asked_after_object(frame, text, m.end(), language, "Di quanto", "By how much")
    if asked is not None:
        yield asked, m.group(0)


# Who pays a share of a thing, after it: "finanziati per il 60% con fondi del PNRR", "coperta
# per il 70 per cento dalla Regione"; what follows the payer ends the question.
_PAID_BY = re.compile(
    r"\s+(?P<by>(?:con|da|dal|dallo|dalla|dai|dagli|dalle|dall’)\s[^,;:()]{2,60}?)"
    r"(?=\s+e\s+per\s|[,;:.]|$)"
)


def _share_paid_question(frame: _Frame, text: str, end: int) -> str | None:
    """'I lavori sono stati finanziati per il 60% con fondi del PNRR' -> 'In quale percentuale
    sono stati finanziati i lavori con fondi del PNRR?': the share of a passive's subject that
    the payer after it pays."""
    verb = [w.lower() for w in frame.verb]
    if frame.between not in (("per", "il"), ("per", "l’")) or len(verb) < 2:
        return None
    if verb[0] not in _IT_ESSERE_FORMS or not is_participle(verb[-1], "it"):
        return None  # a passive: "sono stati finanziati", "è coperta"
    m = _PAID_BY.match(text, end)
    if m is None or _has_digit(m.group("by")):
        return None
    asked = f"In quale percentuale {' '.join(frame.verb)} {frame.subject} {m.group('by')}"
    return squash(f"{asked} {frame.when}") + "?"


# What an Italian copula is before the percentage a rate is ("è stata del 61,4%"), and what may
# follow that percentage: the end of the clause.
_IT_RATE_COPULAS = frozenset("è era sarà sarebbe fu".split())
_IT_RATE_OF = frozenset("del dell’ dell'".split())
_RATE_END = re.compile(
    r"(?P<compared>\s+rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)\s?[^,;:()\d]{2,40}?)?"
    r"\s*(?:[,;:.]|$)"
)


def _italian_rate_question(frame: _Frame, text: str, end: int) -> str | None:
    """'L’affluenza complessiva è stata del 61,4%' -> 'Qual è stata l’affluenza complessiva?':
    a singular subject that a copula says is so many per cent (the percentage ends the clause:
    'è stato del 12% superiore' compares)."""
    rate_end = _RATE_END.match(text, end)
    if rate_end is None or len(frame.between) > 1:
        return None
    compared = rate_end.group("compared") or ""  # "rispetto al 2023" is no figure: kept
    # "è stata del": the preposition may close the verb group after a participle
    verb = frame.verb if frame.between else frame.verb[:-1]
    if (*frame.verb, *frame.between)[-1].lower() not in _IT_RATE_OF:
        return None
    if not 1 <= len(verb) <= 2 or verb[0].lower() not in _IT_RATE_COPULAS:
        return None
    if len(verb) == 2 and verb[1].lower() not in ("stato", "stata"):
        return None
    first = frame.subject.split()[0].lower()
    if len(frame.subject.split()) > 8 or not (first in ("il", "lo", "la") or first[:2] == "l’"):
        return None  # a singular noun phrase: "il tasso di schiusa", "l’affluenza"
    which = "Qual" if verb[0][:1].lower() in "èe" else "Quale"
    return squash(f"{which} {' '.join(verb)} {frame.subject} {compared} {frame.when}") + "?"


# Verbs of reaching a level, which a percentage after them is: "Turnout reached 61%", "Il tasso
# di occupazione ha toccato il 96%".
_REACH_VERBS = frozenset("reach hit touch raggiungere toccare".split())
_OF_WHOLE = re.compile(r"\s+(?:of|di|del|della|dei|degli|delle|dell’)\s")


def _level_reached(frame: _Frame, text: str, end: int, language: str) -> bool:
    """Whether a percentage is the level the verb of its clause reached: nothing between
    them but an Italian article, and no 'of' after it (a share of a whole)."""
    if not frame.subject or not frame.verb or _OF_WHOLE.match(text, end):
        return False
    at = text.lower().find(frame.subject.lower())
    if at < 0 or "," in text[:at]:
        return False  # "a Prata, dove i favorevoli hanno toccato il 79%": a place's, unsaid
    if frame.between not in ((), ("il",), ("l’",)) or (language == "en" and frame.between):
        return False
    return lemma(frame.verb[-1].lower(), language) in _REACH_VERBS


# English verbs of a change that take its size as their object: "Shares rose 4.3%", "Sales
# fell 12 percent" (not those of reaching a level: "Turnout reached 61%").
_EN_CHANGE_VERBS = frozenset(
    """rise fall grow drop climb jump slip slide surge soar increase decrease decline plunge
    plummet tumble sink shrink""".split()
)
# "gain"/"lose" change a quantity only when their subject is one ("Shares gained 3%", "The
# pound lost 1.5%"); what a party or a side gains is a share it wins ("The Conservatives
# gained 35% in the election").
_EN_GAIN_VERBS = frozenset("gain lose".split())
_EN_QUANTITY_NOUNS = frozenset(
    """price prices value values share shares stock stocks index indices pound dollar euro yen
    currency rate rates sales revenue revenues profit profits earnings exports imports output
    production turnover income wages salaries cost costs population number numbers figure
    figures level levels temperature weight market markets bond bonds yield yields economy gdp
    spending investment investments membership attendance traffic volume volumes""".split()
)


def _english_change(frame: _Frame) -> bool:
    """Whether an English verb group ends in a verb of change: 'rose', 'has fallen'."""
    verb = lemma(frame.verb[-1].lower(), "en")
    if verb in _EN_GAIN_VERBS:
        return _head_noun(frame.subject, "en").lower() in _EN_QUANTITY_NOUNS
    return verb in _EN_CHANGE_VERBS


# A figure in a clause: a number in digits and the word after it.
_FIGURE = re.compile(r"(?<![\w.,’'-])(\d[\d.,]*)(?:\s*(%|[^\W\d]+))?")
_CLAUSE_END = re.compile(r"[,;:()]|\.(?:\s|$)")


def _second_figure(between: str, after: str) -> bool:
    """Whether the clause of a change has a second figure, before its size or after it,
    which a question would show or leave unasked ('Revenue grew 8% to £2bn', 'Sales jumped 10%
    and 15%', 'sono salite del 10% e del 15%'); a year and a span of time are when the change
    happened ('between 2015 and 2022', 'in the 12 months to March')."""
    clause = f"{between} {_CLAUSE_END.split(after, maxsplit=1)[0]}"
    if not any(c.isdigit() for c in clause):
        return False
    for figure in _FIGURE.finditer(clause):
        digits, word = figure.group(1).rstrip(".,"), (figure.group(2) or "").lower()
        if len(digits) == 4 and digits[:2] in {"19", "20"} and word != "%":
            continue  # a year
        if word in _TIME_UNITS:
            continue
        return True
    return False


_HALF = (" e mezzo", " e mezza", " and a half")
_RATIO = re.compile(r"(?i)\b(?:one|uno|una|un|1)\s+(?:in|su|out of)\s+$")


# The capitalised word a number in figures comes right after: "Year| 1 students".
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w’'-]*)\s$")
_ERAS = frozenset(["ad", "bc", "ce", "bce"])  # "AD 122" is a year


def _in_label(count: _Count, text: str) -> bool:
    """Whether a number in figures completes the capitalised name before it, as a label does
    ('Year 1 students', 'Rescue 187', 'Apollo 11', 'la Classe 3 pupils'): a name, not a count.
    The sentence's first word ('In 24 schools'), a month ('March 3') and an era ('AD 122') are
    no such name."""
    if not count.number[:1].isdigit():
        return False
    m = _WORD_BEFORE.search(text, max(0, count.start - 30), count.start)
    if m is None or m.start(1) == 0:
        return False
    word = m.group(1).lower()
    if word in MONTH_WORDS or word in _ERAS:
        return False
    return word not in STOPWORDS["en"] and word not in STOPWORDS["it"]


def _no_fact(count: _Count, text: str) -> bool:
    """A count that is no fact to recall: a point in time ('tre anni fa', 'a due mesi
    dall’incontro', '57 minuti dopo il decollo'), half a measure ('due metri e mezzo'), a
    ratio ('one in three adults'), a label ('Year 1 students')."""
    if text.startswith(_HALF, count.noun_end) or _RATIO.search(text, 0, count.start):
        return True
    if _in_label(count, text):
        return True
    if count.noun not in _TIME_UNITS:
        return False
    return counted_from_event(text, count.noun_end)


# A unit's complement that names what is measured: "tonnes| of plastic", "millimetri| di pioggia".
_UNIT_OF = re.compile(
    r"\s+(?:of|di|d’)\s*[^\W\d_]{3,}(?:\s+[a-zà-ù]{3,}){0,2}"
    r"|\s+(?:di|d’)\s*[^\W\d_]{3,}(?:\s+[a-zà-ù]{3,})?\s+(?:a|ad)(?:\s+[a-zà-ù]{3,}){2}"
)  # "4 chilometri di illuminazione a basso consumo": a quality of what is counted
# "X, which cost €435m, ...", "X, che è costato 12 milioni, ...", "X, costato 12 milioni, ...":
# the price of the subject, said in an aside.
_ASIDE_PRICE = {
    "en": re.compile(
        r"^(?P<np>[^,;:()]{2,80}),\s+(?:which|that)\s+(?P<verb>(?:(?:will|would|has|had)\s+)?"
        r"(?:cost|costs)|(?:is|was)\s+worth)\s+(?:(?:about|around|nearly|almost|some|roughly"
        r"|more than|over|less than)\s+)?$"
    ),
    "it": re.compile(
        r"^(?P<np>[^,;:()]{2,80}),\s+(?:che\s+)?(?P<verb>(?:(?:è|era|sarà)\s+)?(?:costat[oaie]"
        r"|costa|costò|costava|costerà|vale|valeva|varrà))\s+(?:(?:circa|oltre|quasi|più di"
        r"|meno di)\s+)?$"
    ),
}


def _aside_money_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il nuovo ponte, costato 12 milioni di euro, ...' -> 'Quanto è costato il nuovo ponte?',
    'The new line, which cost €435m, ...' -> 'How much did the new line cost?': the aside
    after the subject ends with the sum."""
    language = doc.language
    text = s.text
    if text[count.unit_end : count.unit_end + 1] not in {",", "."}:
        return None
    m = _ASIDE_PRICE[language].match(text[: count.start])
    if m is None and language == "it":
        return _aside_passive_sum(count, s, doc)
    if m is None:
        return None
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, language) for t in toks[:-1]):
        return None  # "The city opened the line, which cost ...": the line is no subject
    subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = tuple(m.group("verb").split())
    if language == "it" and len(verb) == 1 and verb[0].startswith("costat"):
        # "costare" takes "essere", which agrees with the participle: "I lavori, costati"
        verb = ("sono" if verb[0].endswith(("i", "e")) else "è", verb[0])
    frame = _Frame(subject, verb, (), "", "")
    return _money_question(count, frame, text, doc)


# An Italian aside of a passive participle and the preposition of its sum after the subject:
# "Il cantiere, finanziato con 14,5 milioni di euro, ...", "La villa, venduta per 2 milioni".
_ASIDE_PASSIVE_SUM = re.compile(
    r"^(?P<np>[^,;:()]{2,80}),\s+(?P<verb>(?:finanziat|pagat|acquistat|vendut|stimat|valutat)"
    r"(?P<end>[oaie]))\s+(?P<prep>con|per|in)\s+(?:(?:circa|oltre|quasi|più di|meno di)\s+)?$"
)
_IT_PASSIVE_AUX = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}
_IT_SUM_ASKED = {"con": "Con quanto", "per": "Per quanto", "in": "A quanto"}


def _aside_passive_sum(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il cantiere, finanziato con 14,5 milioni di euro, durerà ...' -> 'Con quanto è stato
    finanziato il cantiere?': the aside after the subject ends with the sum, which its
    participle takes with its own preposition ('stimato in' asks 'A quanto')."""
    m = _ASIDE_PASSIVE_SUM.match(s.text[: count.start])
    if m is None or (m.group("prep") == "in") != m.group("verb").startswith(("stim", "valut")):
        return None
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, "it") for t in toks[:-1]):
        return None  # "Il Comune ha aperto il cantiere, finanziato con ...": no subject
    subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = f"{_IT_PASSIVE_AUX[m.group('end')]} {m.group('verb')}"
    return f"{_IT_SUM_ASKED[m.group('prep')]} {verb} {subject}?"


# A sum that qualifies the noun after it: "a £13.6m grant from the Lottery Fund", "a £2m
# crowdfunding appeal". The noun phrase is one to three plain words.
_SUM_MODIFIED = re.compile(r"\s+(?P<np>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})(?=$|[\s,;:.)])")
# Nouns that are a sum of money given, paid, raised or lacking, whose size the sum tells; not
# a thing the sum is spent on ("a $4.8 billion factory": what it costs, no size of the factory).
_SUM_NOUNS = frozenset(
    """grant grants loan loans settlement contribution donation donations budget fine fines
    payout bonus award prize investment package fund subsidy subsidies compensation payment
    payments salary claim levy fee fees bid offer appeal deal contract bailout windfall
    endowment bequest gift pledge ransom reward gap deficit shortfall overspend""".split()
)


def _modified_sum_noun(count: _Count, text: str) -> tuple[str, int] | None:
    """The noun of money an English sum qualifies and where it ends: 'a £13.6m grant| from
    ...' -> ('grant', end), 'a £2m crowdfunding appeal|'; None when the sum is no size of a
    sum of money ('a $4.8 billion factory') or is a quantity of it ('£5m of funding')."""
    m = _SUM_MODIFIED.match(text, count.noun_end)
    if m is None:
        return None
    words = m.group("np").split()
    kept: list[str] = []
    for word in words:  # "crowdfunding campaign| that ...", "grant| from ..."
        if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or word in _APPROX:
            break
        if is_finite(word, "en") and kept:
            break
        kept.append(word)
    if not kept or kept[0] in NUMBER_WORDS["en"] or is_finite(kept[0], "en"):
        return None
    head = next((i for i, word in enumerate(kept) if word in _SUM_NOUNS), None)
    if head is None:
        return None
    kept = kept[: head + 1]  # "a £90,000 settlement| last year"
    end = count.noun_end + m.group(0).index(kept[0]) + len(" ".join(kept))
    if text.startswith(" of ", end):
        return None  # "£5m of funding": a quantity of it, asked elsewhere
    return " ".join(kept), end


def _sum_modifier_question(count: _Count, frame: _Frame | None, text: str) -> str | None:
    """'Its restoration was funded by a £13.6m grant from the Lottery Fund' -> 'How large was
    the grant from the Lottery Fund?': an English sum before the noun of money it qualifies,
    which the question names with what follows it in the clause."""
    if _word_before(text, count.start) not in {"a", "an", "the"}:
        return None
    found = _modified_sum_noun(count, text)
    if found is None:
        return None
    noun, end = found
    tail = _tail(text, end, "en")
    if tail is None or not _POSSESSIVES.isdisjoint(tail.lower().split()):
        return None  # "a settlement with its own workforce": whose, the question cannot say
    first = tail.split(maxsplit=1)[0] if tail else ""
    if first in _MODALS or first in AUXILIARIES["en"] or is_finite(first, "en"):
        tail = ""  # "The £2m grant| will be paid ...": the clause's verb, not the noun's
    return squash(f"How large {_sum_tense(frame, text, end)} the {noun} {tail}") + "?"


_EN_PAST_HEADS = frozenset("was were had".split())


def _sum_tense(frame: _Frame | None, text: str, end: int) -> str:
    """'was' or 'is' for a question of a noun an English sum qualifies, from the verb of its
    clause, or the one right after it when it is the subject ('The £4m deficit was| cleared')."""
    if frame is not None:
        return "is" if frame.verb[0].lower() in _PRESENT_HEADS else "was"
    after = text[end:].split(maxsplit=1)
    return "was" if after and after[0] in _EN_PAST_HEADS else "is"


def _sum_object_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """'The council agreed a £548m settlement with its staff' -> 'How large a settlement did
    the council agree with its staff?': an English sum before the noun of money that is the
    object of the clause's verb, asked with the verb and what follows the noun."""
    if not frame.subject or _is_copula(frame, "en"):
        return None
    exact = tuple(frame.exact)
    if exact not in {("a",), ("an",)} and _SUM_MODIFIERS["en"].get(exact) != "":
        return None  # "a further £2m grant": one on top of another
    found = _modified_sum_noun(count, text)
    if found is None:
        return None
    noun, end = found
    tail = _tail(text, end, "en")
    body = _english_body(frame, frame.subject)
    if tail is None or body is None:
        return None
    article = "an" if noun[:1] in "aeiou" else "a"
    return squash(f"How large {article} {noun} {body} {tail} {frame.when}") + "?"


# Nouns of a thing built or done, whose cost a sum before them tells: "a £48m whisky
# distillery", "the £214 million scheme", "a £14.6 million plan to replace the bridge".
_COST_NOUNS = frozenset(
    """scheme project plan programme factory plant distillery refinery restoration
    refurbishment redevelopment renovation regeneration upgrade extension expansion unit
    building stadium bridge bypass development facility hub campus terminal museum""".split()
)
# The purpose after a noun of a thing done, which names it: "a plan| to replace the bridge".
_PURPOSE = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b[^,;:.()]{0,60}")


def _cost_question(count: _Count, frame: _Frame | None, text: str) -> str | None:
    """'The council approved a £14.6m plan to replace the bridge' -> 'What is the cost of the
    plan to replace the bridge?': an English sum before the noun of a thing built or done,
    named with the purpose after it and nothing else of the clause."""
    if _word_before(text, count.start) not in {"a", "an", "the"}:
        return None
    m = _SUM_MODIFIED.match(text, count.noun_end)
    if m is None:
        return None
    kept: list[str] = []
    for word in m.group("np").split():
        if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or is_finite(word, "en"):
            break
        kept.append(word)
    head = next((i for i, word in enumerate(kept) if word in _COST_NOUNS), None)
    if head is None or head + 1 < len(kept) and kept[head + 1] not in _COST_NOUNS:
        return None  # "a £3m museum shop": the head comes last
    kept = kept[: head + 1]
    end = count.noun_end + m.group(0).index(kept[0]) + len(" ".join(kept))
    if text.startswith(" of ", end):
        return None  # "£5m of the project": a part of it
    purpose = _PURPOSE.match(text, end)
    if purpose and purpose.group("verb") in STOPWORDS["en"]:
        purpose = None  # "an upgrade| to the junction": no verb, no purpose
    named = " ".join(kept) + (purpose.group(0) if purpose else "")
    return squash(f"What {_sum_tense(frame, text, end)} the cost of the {named}") + "?"


# "una linea tranviaria lunga 6,4 chilometri": an Italian dimension right after its noun.
_AFTER_NOUN = re.compile(
    r"(?P<dim>(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e))\s+(?:(?:circa|oltre|quasi)\s+)?$"
)
_INDEFINITE = {"un": "il", "uno": "lo", "una": "la", "un’": "l’"}
_DEFINITE_AGREEMENT = {
    "o": ("il", "lo", "l’", "un", "uno"),
    "a": ("la", "l’", "una", "un’"),
    "i": ("i", "gli"),
    "e": ("le",),
}
_IT_COPULA = frozenset("è era sarà".split())


def _after_noun_question(count: _Count, text: str, language: str) -> str | None:
    """'Il Comune ha aperto una linea lunga 6,4 chilometri' -> 'Quanto è lunga la linea?', 'Il
    Lamone è un fiume lungo 97 chilometri' -> 'Quanto è lungo il Lamone?'."""
    if language != "it" or count.noun not in _LENGTH_UNITS:
        return None
    m = _AFTER_NOUN.search(text, max(0, count.start - 30), count.start)
    if m is None:
        return None
    dim = m.group("dim").lower()
    toks = tokens(text[: m.start()])
    if not toks or toks[-1].text in _BREAKS:
        return None  # "La torre, alta 88 metri": an apposition, asked elsewhere
    for i in range(len(toks) - 1, max(-1, len(toks) - 11), -1):
        t = toks[i]
        if t.text in _BREAKS or t.low in _COORDINATORS or t.text[:1].isdigit():
            return None  # "lunga 12 chilometri e| larga 3 metri": the phrase is behind
        if _verb_word(t, language):
            return None
        if t.low in _DEFINITE_AGREEMENT[dim[-1]]:
            return _dimension_of(toks, i, dim, text[: m.start()].rstrip())
        if t.low in ARTICLES["it"]:
            return None  # the nearest article does not agree: "la pianura lungo"
    return None


def _dimension_of(toks: list[Token], i: int, dim: str, before: str) -> str | None:
    """The question of the noun phrase that opens at token i and ends `before`: the subject
    of 'X è un fiume lungo ...', else the phrase itself with a definite article."""
    be = "sono" if dim.endswith(("i", "e")) else "è"
    article = toks[i].low
    if article in _INDEFINITE and i >= 2 and toks[i - 1].low in _IT_COPULA:
        subject = toks[: i - 1]
        if len(subject) > 6 or any(t.text in _BREAKS for t in subject):
            return None
        if subject[0].low not in ARTICLES["it"] and not subject[0].text[:1].isupper():
            return None
        return f"Quanto {be} {dim} {lower_first(before[: subject[-1].end])}?"
    if article in _INDEFINITE and i >= 1 and toks[i - 1].text == ",":
        described = _described_subject(toks[: i - 1], before, dim)
        if described is not None:
            return described
    np = before[toks[i].end :].strip()
    if np.lower() in _IT_STAND_INS:
        return None  # "le due torri ..., la prima alta 51 metri": "la prima" names no one tower
    if article in _INDEFINITE:
        article = _definite(article, np)
    sep = "" if article.endswith("’") else " "
    return f"Quanto {be} {dim} {article}{sep}{np}?"


# Italian words that stand for a noun said before them: out of the sentence they name nothing.
_IT_STAND_INS = frozenset(
    f"{stem}{end}"
    for stem in ("prim", "second", "terz", "ultim", "altr", "stess")
    for end in ("o", "a", "i", "e")
)


# The ending of an Italian dimension that agrees with the article of its noun.
_DIMENSION_ENDINGS = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


def _described_subject(toks: list[Token], before: str, dim: str) -> str | None:
    """'Il Poetto è la spiaggia di Cagliari, una distesa di sabbia lunga 8 chilometri' ->
    'Quanto è lungo il Poetto?': an indefinite phrase after the copula's complement and a comma
    describes the subject again; out of the sentence 'la distesa' names nothing. None when
    the sentence is no 'X è ...' or X has no article to agree with."""
    copula = next((k for k, t in enumerate(toks) if t.low in _IT_COPULA), None)
    if copula is None or copula == 0 or copula > 5:
        return None
    if any(t.text in _BREAKS for t in toks):
        return None
    ending = _DIMENSION_ENDINGS.get(toks[0].low)
    if ending is None or not toks[1].text[:1].isupper():
        return None  # "La città è ...": the subject names no one thing to ask of
    plural = ending in "ie"
    dimension = dim[: -2 if dim.endswith(("hi", "he")) else -1]
    dimension += {"i": "hi", "e": "he"}[ending] if plural and dimension.endswith("g") else ending
    be = "sono" if plural else "è"
    return f"Quanto {be} {dimension} {lower_first(before[: toks[copula - 1].end])}?"


# A sum an Italian clause ends with, after "con" and a noun: "La Cantina fu dichiarata fallita,
# con un passivo di| 19 milioni di euro".
_WITH_SUM = re.compile(
    r",?\s+con\s+(?P<article>un|uno|una|un’)\s?(?P<noun>[a-zà-ù]{4,})"
    # "con una spesa prevista di", "con un indotto stimato in"
    r"(?:\s+(?P<adj>previst[oa]|complessiv[oa]|stimat[oa]))?"
    r"\s+(?:di|da|(?<=stimato\s|stimata\s)in)\s+(?:(?:circa|oltre|quasi|almeno)\s+)?$"
)


# What an Italian sum's aside at the end of its clause opens with: a change ("in crescita
# del 9%"), a participle ("coperto per il 60% da fondi europei") or "pari a".
_SUM_ASIDE = re.compile(
    r",\s+(?:in\s+(?:crescita|calo|aumento|diminuzione|rialzo|ribasso)\b|pari\s+a"
    r"|(?P<participle>[a-zà-ù]+)\s)"
)


def _sum_aside(after: str) -> bool:
    """Whether the words after a sum are an aside that tells of the sum, not of the clause:
    ', in crescita del 9% rispetto al 2023', ', coperto in parte dalla Regione'."""
    m = _SUM_ASIDE.match(after)
    if m is None:
        return False
    participle = m.group("participle")
    return participle is None or is_participle(participle, "it")


def _with_sum_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'La Cantina fu dichiarata fallita, con un passivo di 19 milioni di euro' -> 'A quanto
    ammontava il passivo della Cantina?': the sum is the subject's, the last thing its clause
    says."""
    text = s.text
    m = _WITH_SUM.search(text, max(0, count.start - 60), count.start)
    if (
        m is None
        or text[count.noun_end :].strip() not in {".", ""}
        and not _sum_aside(text[count.noun_end :])
    ):
        return None
    noun = m.group("noun")
    if not _bare_noun(noun):
        return None  # after "un", "una", a noun is singular: "un utile", "una rendita"
    frame = _frame(text, m.start(), s, doc)
    if frame is None or not frame.subject or _has_digit(frame.subject) or frame.opening:
        return None
    if _has_possessive(frame.subject) or frame.subject.lower() in _PERSONAL_PRONOUNS:
        return None
    if not m.group(0).startswith(",") and frame.between_text and not _is_copula(frame, "it"):
        # "ha chiuso il 2024 con un fatturato di 74 milioni": the sum goes with the verb and
        # its object -> "Con quale fatturato il pastificio ha chiuso il 2024?"
        verb = " ".join(frame.verb)
        noun = f"{noun} {m.group('adj') or ''}"
        asked = f"Con quale {noun} {frame.subject} {verb} {frame.between_text} {frame.when}"
        return squash(asked) + "?"
    verb = frame.verb[0].lower()
    if verb.endswith(("rà", "ranno")):
        amounts = "ammonterà"
    elif _italian_present(verb, "") and len(frame.verb) == 1:
        amounts = "ammonta"
    else:
        amounts = "ammontava"
    the = _definite(m.group("article"), noun)
    named = f"{the}{'' if the.endswith('’') else ' '}{noun} {m.group('adj') or ''}"
    return squash(f"A quanto {amounts} {named} {of_phrase(frame.subject, 'it')}") + "?"


def _definite(article: str, word: str) -> str:
    """The definite article of an Italian singular that had an indefinite one: 'una linea' ->
    'la', 'un argine' -> 'l’', 'uno stretto' -> 'lo'."""
    low = word.lower()
    if article == "un’" or (article == "un" and low[:1] in "aeiouh"):
        return "l’"
    if article == "uno" or takes_lo(low):
        return "la" if article == "una" else "lo"
    return _INDEFINITE[article]


# The votes of a count against the votes of the other side: "by 18 votes to 11", "con 15 voti
# contro 4", "with 40 votes in favour and 12 against", "con 15 voti favorevoli e 4 contrari".
_VOTES = frozenset("votes voti".split())
_TALLY = re.compile(
    r"^(?:\s+(?:to|against|contro|a)\s+\d+(?!\s*[%\d])|(?:\s+in\s+favou?r|\s+a\s+favore)?,?"
    r"\s+(?:and|e)\s+\d+\s+(?:against|contrari|votes\s+against|voti\s+contrari)\b)"
)


def _tally_question(count: _Count, frame: _Frame | None, text: str, doc: Document) -> str | None:
    """'The motion passed by 18 votes to 11' -> 'By how many votes did the motion pass?', 'La
    mozione è stata approvata con 15 voti contro 4' -> 'Con quanti voti è stata approvata la
    mozione?': the answer is the tally, both sides."""
    language = doc.language
    tally = _TALLY.match(text[count.noun_end : count.noun_end + 40])
    if tally is None or frame is None or not frame.subject or _is_copula(frame, language):
        return None
    exact = frame.exact
    if not exact or exact[-1] not in _TALLY_PREPOSITIONS[language] or len(exact) > 6:
        return None
    it_how = f"{exact[-1].capitalize()} quanti {count.noun}"
    en_how = f"{exact[-1].capitalize()} how many {count.noun}"
    return _asked_after_object(frame, text, count.noun_end + tally.end(), language, it_how, en_how)


def _asked_after_object(
    frame: _Frame, text: str, end: int, language: str, it_how: str, en_how: str
) -> str | None:
    """A question of what the verb's preposition introduces, the verb's object kept: 'By how
    much did the cuts reduce the budget?', 'Con quanti voti il consiglio ha approvato il
    bilancio?' (with an object, the Italian subject comes first), 'Di quanto è salito il
    titolo?'; `end` is where the answer ends, the clause goes on after it."""
    tail = _tail(text, end, language)
    if tail is None:
        return None
    what = frame.between_text.rsplit(" ", 1)[0] if len(frame.exact) > 1 else ""
    if language == "it":
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb}" if what else f"{verb} {frame.subject}"
        return upper_first(squash(f"{it_how} {order} {what} {tail} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return upper_first(squash(f"{en_how} {body} {what} {tail} {frame.when}")) + "?"


_TALLY_PREPOSITIONS = {"it": frozenset(["con"]), "en": frozenset(["by", "with"])}


# ---------------------------------------------------------------------------------------------
# Distances: a measure of length from a place. "The star lies 31 light-years from the Sun",
# "a red dwarf just 31 light-years from the Sun", "Il borgo si trova a 30 chilometri da
# Siena", "un villaggio a 12 km dal confine". The unit and the place after it are read first
# (a few words), the number before the unit after.

_DISTANCE = {
    "en": re.compile(
        r"(?<=[\d\w])\s?(?P<unit>light-years?|light\s+years|kilometres|kilometers|km|miles"
        r"|metres|meters|feet)\s+(?:away\s+)?(?:(?P<dir>(?:north|south)(?:-?(?:east|west))?|east"
        r"|west)\s+of|(?P<from>from))\s+(?P<place>[^,;:()“”\"]+)"
    ),
    "it": re.compile(
        r"(?<=[\d\w])\s?(?P<unit>anni\s+luce|anni-luce|chilometri|km|metri|miglia)\s+"
        r"(?:a\s+(?P<dir>(?:nord|sud)(?:-?(?:est|ovest))?|est|ovest)\s+(?P<of>(?:della|dello|degli"
        r"|delle|dei|del|di)(?=\s)|dell’)|(?P<from>(?:dalla|dallo|dagli|dalle|dai|dal|da)(?=\s)"
        r"|dall’))\s*(?P<place>[^,;:()“”«»\"]+)"
    ),
}
# "a sud di Roma" asks "Quanto dista ... da Roma?".
_OF_TO_FROM = {
    "di": "da",
    "del": "dal",
    "della": "dalla",
    "dello": "dallo",
    "dei": "dai",
    "degli": "dagli",
    "delle": "dalle",
    "dell’": "dall’",
}

_NUMBER_BEFORE = {
    language: re.compile(rf"(?P<num>{number})$") for language, number in _ANY_NUMBER.items()
}
# Words between a place's noun and its distance: "just 31 light-years", "a circa 30 km".
_DISTANCE_APPROX = frozenset(
    "just only about some around roughly nearly almost over circa quasi oltre appena solo".split()
)
# Verbs that say where a thing is: "lies 40 km from", "si trova a 30 km da".
_WHERE_VERBS = {
    "en": frozenset("be lie sit stand".split()),
    "it": frozenset("essere trovare sorgere distare".split()),
}
_PAST_WHERE = frozenset("was were lay sat stood".split())
_PLURAL_WHERE = frozenset("are were lie sit stand".split())


def _distance_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str]]:
    """(question, answer, number) of each distance from a place: 'How far from the Sun is the
    red dwarf?' -> '31 light-years', 'Quanto dista il borgo da Siena?' -> '30 chilometri'."""
    language = doc.language
    text = s.text
    for m in _DISTANCE[language].finditer(text):
        number = _NUMBER_BEFORE[language].search(text, max(0, m.start() - 30), m.start())
        place = _TAIL_END.split(m.group("place") + " ")[0].strip()
        if number is None or not 1 <= len(place.split()) <= 6:
            continue
        if _YEAR.fullmatch(number.group("num")) or number.group("num")[:1].isupper():
            continue
        before = text[: number.start()].split()
        while before and before[-1].lower() in _DISTANCE_APPROX:
            before.pop()
        whose = _distance_owner(text, number.start(), before, s, doc)
        if whose is None:
            continue
        owner, be = whose
        if language == "it":
            away = m.group("from") or _OF_TO_FROM[m.group("of")]
            asked = f"Quanto {'distano' if be == 'are' else 'dista'} {owner} {away}"
            asked += "" if away.endswith("’") else " "
            yield upper_first(f"{asked}{place}?"), text[number.start() : m.end("unit")], number[0]
        else:
            away = f"{m.group('dir')} of" if m.group("dir") else "from"
            asked = f"How far {away} {place} {be} {owner}?"
            yield asked, text[number.start() : m.end("unit")], number.group("num")


def _distance_owner(
    text: str, at: int, before: list[str], s: Sentence, doc: Document
) -> tuple[str, str] | None:
    """(what is that far, 'is'/'are'/'was'): the subject of a verb of place ('The village lies
    40 km from ...') or the noun phrase right before the distance ('a red dwarf star 31
    light-years from ...')."""
    language = doc.language
    frame = _frame(text, at, s, doc)
    if frame is not None and frame.subject:
        verb = [w.lower() for w in frame.verb if w.lower() not in _CLITICS]
        exact = [w for w in frame.exact if w not in {"a", "located", "situated", "situato"}]
        if len(verb) == 1 and not exact and lemma(verb[0], language) in _WHERE_VERBS[language]:
            be = "was" if verb[0] in _PAST_WHERE else "is"
            if verb[0] in _PLURAL_WHERE or verb[0].endswith("no"):
                be = "were" if be == "was" else "are"
            return frame.subject, be
    if language == "it":
        if not before or before[-1] != "a":
            return None  # "un borgo a 30 chilometri da": the distance takes "a"
        before = before[:-1]
    return _phrase_before(before, language)


def _phrase_before(before: list[str], language: str) -> tuple[str, str] | None:
    """The noun phrase that ends right before a distance, from its article, made definite:
    '... of a small red dwarf star' -> 'the small red dwarf star', '... un borgo' -> 'il
    borgo'."""
    for i in range(len(before) - 1, max(-1, len(before) - 6), -1):
        word = before[i]
        low = word.lower()
        if low in ARTICLES[language] or low.endswith("’") and low in ARTICLES[language]:
            words = before[i + 1 :]
            if not words or not _plural_or_singular_noun(words[-1]):
                return None
            np = " ".join(words)
            if language == "en":
                article = "the"
            else:
                article = _definite(low, np) if low in _INDEFINITE else low
            sep = "" if article.endswith("’") else " "
            plural = _plural(words[-1], language) if language == "en" else low in {"i", "gli", "le"}
            return f"{article}{sep}{np}", "are" if plural else "is"
        if not word.isalpha() or is_finite(word, language) or low in STOPWORDS[language]:
            return None
    return None


def _plural_or_singular_noun(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 2


# Years or months a person was given or got are a term of a sentence or a contract, not an
# age: "Quanti anni aveva avuto X?" reads as how old X was.
_TERMS = frozenset("anni mesi years months".split())
_GIVEN = frozenset("avuto avuti ricevuto given got received".split())


# Verbs of taking part that need what is joined: "aderire a", "partecipare a", "take part
# in". Without it the question asks of nothing ("Quante persone hanno aderito?": to what?).
_JOINING = {
    "it": re.compile(r"\b(?:ader|partecip)[a-zà-ù]*\b"),
    "en": re.compile(r"\b(?:participat[a-z]*|t[ao]ok\s+part|tak(?:e|es|ing)\s+part)\b"),
}
_JOINED = {
    "it": re.compile(r"\b(?:a|ad|al|allo|alla|ai|agli|alle|all’)(?:\s|(?<=’))"),
    "en": re.compile(r"\bin\s"),
}


def _joins_nothing(asked: str, language: str) -> bool:
    """Whether a question asks of those who took part with nothing they took part in."""
    joining = _JOINING[language].search(asked)
    return joining is not None and _JOINED[language].search(asked, joining.end()) is None


_TIME_MODIFIERS = frozenset("last next".split())


# An Italian count of a ranked group its subject is one of: "tra le migliori otto squadre",
# "fra i primi 200 atenei".
_AMONG_RANKED = re.compile(
    r"\b(?:tra|fra)\s+(?:i|le|gli)\s+(?:migliori|peggiori|prim[ie]|ultim[ie]|maggiori|principali)"
    r"\s+$"
)


def _count_question(count: _Count, s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(question, answer) of a count, or None: the first rule that fits, from the most
    specific."""
    language = doc.language
    text = s.text
    if count.noun in _VOTES:
        frame = _frame(text, count.start, s, doc)
        asked = _tally_question(count, frame, text, doc)
        if asked is not None:
            tally = _TALLY.match(text[count.noun_end : count.noun_end + 40])
            assert tally is not None
            return asked, text[count.start : count.noun_end + tally.end()]
    unit = count.noun in UNITS or count.noun in _EXTRA_UNITS
    after = text[count.noun_end : count.noun_end + 12].split()
    if count.noun in {"volte", "times"} and after and after[0].lower() in _COMPARATIVES:
        return None
    if count.noun in _TERMS and _word_before(text, count.start) in _GIVEN:
        return None  # "aveva avuto due anni": a sentence, asked as an age
    if count.noun in _TIME_MODIFIERS:
        return None  # "fell to 131 last year": the word is the time's, the number counts nothing
    if language == "it" and count.noun in _IT_PRONOUNS_OF:
        return None  # "19 di questi sono stati spostati": a part of a group named before
    if language == "it" and _AMONG_RANKED.search(text, 0, count.start):
        return None  # "torna tra le migliori otto squadre": a rank the subject is in, no count
    answer = count.number.lower() if count.digits else count.number  # "Due persone" -> "due"
    if ": " in text and _SENTENCE_END.search(text) is None:
        labelled = _label_question(count, text, language)
        if labelled is not None:
            counted = count.noun not in UNITS and count.noun not in _EXTRA_UNITS
            return labelled, answer if counted else text[count.start : count.unit_end]
    if text.startswith("-", count.noun_end):
        return None  # "10 gigawatt-hours", "592,000 acre-feet": a compound unit, not the word
    measure = text[count.start : count.unit_end]
    if count.noun in _ALTITUDE_UNITS and _ALTITUDE_AFTER.match(text, count.unit_end):
        asked = _altitude_question(count, s, doc)
        return (asked, measure) if asked else None
    asked = (
        _entry_question(count, s, doc)
        or _there_question(count, text, language)
        or _with_question(count, s, doc)
    )
    if asked:
        return asked, answer
    frame = _frame(text, count.start, s, doc)
    if language == "it" and frame is not None and _denied_bound(frame, text, count.start):
        return None
    if count.noun in _CURRENCIES:
        if frame is not None:
            asked = _money_question(count, frame, text, doc)
        else:
            asked = _aside_money_question(count, s, doc)
        if asked is None and language == "it":
            asked = _with_sum_question(count, s, doc)  # "..., con un passivo di 19 milioni di euro"
        if asked is None and language == "it":
            asked = _leading_sum_question(count, s, doc)  # "Dopo ... e un investimento di"
        if asked is None and language == "en" and count.nouns == "" and frame is not None:
            asked = _sum_object_question(count, frame, text)
        if asked is None and language == "en" and frame is None:
            asked = _subject_question(count, text, doc)  # "£2m has been spent on ..."
        if asked is None and language == "en" and count.nouns == "":
            asked = _sum_modifier_question(count, frame, text) or _cost_question(count, frame, text)
        return (asked, measure) if asked else None
    if unit and count.noun not in _TIME_UNITS:
        asked = _after_noun_question(count, text, language)
        if asked or frame is None:
            asked = asked or _apposition_question(count, text, language)
            if asked is None and frame is None:  # "40 tonnellate sono state ordinate"
                asked = _subject_question(count, text, doc) or _aside_of_question(count, s, doc)
            return (asked, measure) if asked else None
        asked = _dimension_question(count, frame, text, doc)
        if asked is None and language == "it":
            asked = _sized_noun_question(count, frame, text)
        if asked is None and (_is_copula(frame, language) or _italian_copula_group(frame)):
            tail = _tail(text, count.noun_end, language)
            asked = None if tail is None else _copula_of_question(count, frame, tail, language)
        if asked:
            return asked, measure
        if language == "it" and _word_before(text, count.start) in _IT_PLURAL_ARTICLES:
            return None  # "possono superare i 45 chilogrammi": a measure's threshold, no count
        if frame.preposition in {"per", "for"}:
            asked = _counted_question(count, frame, text, doc)
        elif _UNIT_OF.fullmatch(text, count.unit_end, count.noun_end):
            # "400 million tonnes of plastic": a quantity of something, counted in its unit
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        elif language == "en" and _changed_by(frame):
            # "reduced the roofline by 2.4 metres" -> "By how many metres did ... reduce ...?"
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        elif _measure_object(count, frame, language) or (
            language == "it" and _italian_measure_after(frame)
        ):
            # "The reservoir covers about 210 square kilometres": the measure is the verb's
            # object, asked in its unit ("How many square kilometres does ... cover?")
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        return (asked, answer) if asked else None
    if after and after[0].lower() in _DIMENSIONS and not _preposition_lungo(after):
        return None
    if frame and count.noun in _TIME_UNITS and _word_before(text, count.start) in _EVERY:
        return _frequency_question(count, frame, text, language)
    asked = None
    if frame and language == "it" and frame.exact[-1:] == ["da"]:
        asked = _sized_noun_question(count, frame, text)  # "ha allestito una tribuna da 600 posti"
    if asked is None and frame:
        asked = _counted_question(count, frame, text, doc)
    if asked is None and frame and count.noun in _TIMES:
        asked = _times_question(count, frame, text, language)
    if asked is None and count.noun not in _YEARS and count.noun not in _TIMES:
        asked = _subject_question(count, text, doc)
    if asked is None and frame is None and text[:1].isupper():
        asked = (
            _leading_count_question(count, s, doc)
            or _trailing_count_question(count, s, doc)
            or _aside_of_question(count, s, doc)
        )
    place = " cui " in text or " dove " in text
    if asked is None and frame is None and language == "it" and place:
        asked = _place_relative_question(count, s)  # "il corridoio, su cui transitano 2 milioni"
    if asked is None and language == "it" and " aut" in text[: count.start]:
        asked = _author_of_question(count, text)
    if asked and asked.endswith(_VOTED_SIDE):
        asked = _vote_named(asked, s, doc)
    return (asked, answer) if asked else None


# A place with its definite article (or "di" joined to it), then a relative of place: "sulla
# fragilità del corridoio|, su cui| transitano ...", "il nuovo laboratorio|, dove| lavorano ...".
_PLACE_RELATIVE = re.compile(
    r"(?:^|\s)(?P<article>"
    + _alternation([*ARTICULATED, *"il lo la i gli le l’".split()])
    + r")\s?"
    r"(?P<np>[a-zà-ù]{3,}(?:\s+(?!(?:di|del|della|dei|delle|degli|a|in|su|con|per|da)\s)"
    r"[a-zà-ù]{3,})?),\s+(?:dove|(?P<prep>in|su)\s+cui)\s+"
)
_IN_ARTICLE = {
    **{"il": "nel", "lo": "nello", "la": "nella", "i": "nei", "gli": "negli"},
    **{"le": "nelle", "l’": "nell’"},
}
_ON_ARTICLE = {
    **{"il": "sul", "lo": "sullo", "la": "sulla", "i": "sui", "gli": "sugli"},
    **{"le": "sulle", "l’": "sull’"},
}
# Adverbials of time that may stand before or after the verb of such a clause.
_CLAUSE_ADVERBS = frozenset(
    "oggi ancora già attualmente ormai ogni giorno anno mese settimana".split()
)


def _place_relative_question(count: _Count, s: Sentence) -> str | None:
    """'... del corridoio, su cui transitano ogni anno circa 2,5 milioni di camion' -> 'Quanti
    camion transitano ogni anno sul corridoio?': the count is the subject of a plural verb in
    a relative of place about a noun with its definite article."""
    text = s.text
    m = _last_match(_PLACE_RELATIVE, text, count.start)
    if m is None or any(mark in text[m.end() : count.start] for mark in _BREAKS):
        return None
    words = text[m.end() : count.start].split()
    while words and words[-1].lower() in _APPROX:
        words.pop()  # "circa"
    verb = next((i for i, w in enumerate(words) if w not in _CLAUSE_ADVERBS), None)
    if verb is None or not words[verb].endswith("no") or not is_finite(words[verb], "it"):
        return None  # "lavorano", "transitano": a plural the count is the subject of
    if any(w not in _CLAUSE_ADVERBS for w in words[:verb]):
        return None
    after = [w.lower() for w in words[verb + 1 :]]
    if len(after) > 4 or any(w in ARTICLES["it"] or not w.isalpha() for w in after):
        return None  # an article opens an object: "dove producono| la pasta| 40 operai"
    if any(is_finite(w, "it") for w in after):
        return None
    tail = _tail(text, count.noun_end, "it")
    if tail is None:
        return None
    article = ARTICULATED.get(m.group("article"), m.group("article"))
    joined = (_ON_ARTICLE if m.group("prep") == "su" else _IN_ARTICLE)[article]
    place = f"{joined}{'' if joined.endswith('’') else ' '}{m.group('np')}"
    rest = f"{' '.join(words[verb:])} {' '.join(words[:verb])} {place} {tail}"
    return _ask_it(count, None, rest)


def _denied_bound(frame: _Frame, text: str, at: int) -> bool:
    """Whether an Italian count is a bound its verb denies: 'non ha più di 40 posti' says at
    most 40, which no question of 'più di 40' asks."""
    if "non" not in (w.lower() for w in frame.verb):
        return False
    return _BOUNDS["it"].search(text, max(0, at - 20), at) is not None


# An Italian apposition after a name that tells what its bearer scored or made: "Marta Verona,
# 26 anni, autrice di 22 punti", "l’opposto Marlon Yant, autore di 24 punti".
_AUTHOR_OF = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]+\s){1,3}[A-Z][\w’'-]+),\s+(?:\d{1,2}\s+anni,\s+)?"
    r"(?P<role>autore|autrice)\s+di\s+(?:ben\s+)?$"
)


def _author_of_question(count: _Count, text: str) -> str | None:
    """'..., la guardia Marta Verona, 26 anni, autrice di 22 punti con ...' -> 'Di quanti punti
    è stata autrice Marta Verona?': the count a name's apposition says its bearer made."""
    m = _AUTHOR_OF.search(text, max(0, count.start - 90), count.start)
    if m is None or m.end() != count.start or not count.nouns:
        return None
    role = m.group("role")
    been = "stata" if role == "autrice" else "stato"
    how = _how_many_it(count.noun, count.adj).lower()
    return f"Di {how} {count.nouns} è {been} {role} {m.group('name')}?"


# A preposition that opens the sentence before its count: "Davanti a 1.800 spettatori, la
# squadra ha rimontato ...", "In 31 comuni le scuole resteranno chiuse", "In front of 9,000
# fans, the home side won the cup".
_LEADING_COUNT = {
    "it": re.compile(r"(?P<prep>In|Davanti a|Davanti ad|Dopo)\s+(?:(?:circa|oltre|quasi)\s+)?"),
    "en": re.compile(r"(?P<prep>In|In front of)\s+(?:(?:about|around|nearly|over)\s+)?"),
}
_ARTICLE_NEXT = re.compile(r"\s+(?:il|lo|la|i|gli|le|l’)")


# An item of a list of counts in an Italian leading phrase: "tre ditte fallite", "un
# investimento di 32 milioni di euro", with no verb ("e il sindaco ha detto" is a clause).
_COUNTED_ITEM = re.compile(
    rf"(?:(?:un|uno|una)\s+|un’|{_ANY_NUMBER['it']}\s+)[a-zà-ù][^\s,;:()]*"
    r"(?:\s+(?:\d[\d.,]*\d|[^\s,;:()]+)){0,6}"
)


def _after_counted_list(after: str) -> str:
    """The text after an Italian leading phrase of "Dopo" when the count's phrase goes on with
    other counts before its comma ('Dopo undici anni di lavori|, tre ditte fallite e due
    sequestri|, il depuratore ...'): from that comma; else `after` as it is."""
    end = after.find(", ", 1)
    if end < 0 or after[:1] not in {",", " "}:
        return after
    while end >= 0:  # " e un investimento di 32 milioni di euro|, la funivia": one more item
        items = re.split(r",\s+|\s+(?:e|ed)\s+", f" {after[:end].strip(' ,')}")[1:]
        if not items or not all(_COUNTED_ITEM.fullmatch(item) for item in items):
            return after
        if any(_verb_word(t, "it") for t in tokens(after[:end])):
            return after
        if starts_with_subject(tokens(after[end + 2 : end + 42]), "it"):
            return after[end:]
        end = after.find(", ", end + 2)
    return after


# The sum of a noun of spending that ends an Italian leading phrase of "Dopo": "Dopo due anni
# di lavori e un investimento di| 4 milioni di euro, la piscina ha riaperto".
_LEADING_SUM = re.compile(
    r"(?:^Dopo|,|\s+(?:e|ed))\s+(?P<article>un|uno|una)\s+(?P<noun>[a-z]+)\s+di\s+"
    r"(?:(?:circa|oltre|quasi|almeno)\s+)?$"
)
_SPENDING_NOUNS = frozenset("investimento spesa costo stanziamento finanziamento".split())


def _leading_sum_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Dopo due anni di lavori e un investimento di 4 milioni di euro, la piscina ha riaperto'
    -> 'A quanto ammonta l’investimento per la piscina?': the spending the leading phrase
    names went to the subject of the clause after it."""
    text = s.text
    m = _LEADING_SUM.search(text, 0, count.start)
    if m is None or m.group("noun") not in _SPENDING_NOUNS or not text.startswith("Dopo "):
        return None
    before = text[5 : m.start()].strip(" ,")
    items = re.split(r",\s+|\s+(?:e|ed)\s+", before) if before else []
    if not all(_COUNTED_ITEM.fullmatch(item) for item in items):
        return None
    after = text[count.noun_end :]
    if not after.startswith(", ") or not starts_with_subject(tokens(after[2:42]), "it"):
        return None
    clause = f"{after[2:].split(', ')[0].rstrip('.')} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or _has_possessive(frame.subject):
        return None
    if _person(frame.subject, doc) or frame.between[:1] and frame.between[0] in ARTICLES["it"]:
        return None  # "..., il Comune ha inaugurato la piscina": the spending was no one's
    the = _definite(m.group("article"), m.group("noun"))
    named = f"{the}{'' if the.endswith('’') else ' '}{m.group('noun')}"
    return f"A quanto ammonta {named} per {frame.subject}?"


def _leading_count_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """The count in a phrase that opens the sentence, asked with its preposition and the
    clause after it: 'In quanti comuni resteranno chiuse le scuole?', 'In front of how many
    fans did the home side win the cup?'; not of a copula ('Con 120 posti, è il più grande')."""
    language = doc.language
    text = s.text
    lead = _LEADING_COUNT[language].fullmatch(text, 0, count.start)
    if lead is None or (count.noun in _YEARS and lead.group("prep") != "Dopo"):
        return None  # "In 20 anni": when; "Dopo undici anni di lavori": how long it took
    after = text[count.noun_end :]
    if language == "it" and lead.group("prep") == "Dopo":
        after = _after_counted_list(after)
    comma = after.startswith(",")
    if not comma and not (language == "it" and _ARTICLE_NEXT.match(after)):
        return None  # "In 31 comuni| le scuole ...": a comma or the subject's article ends it
    rest = after[1:].lstrip() if comma else after.lstrip()
    end = rest.rstrip()
    if not end.endswith(".") or "," in end:
        return None
    # the clause's frame up to its end, where a stand-in figure takes the count's place
    clause = f"{end[:-1]} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or not frame.verb or _is_copula(frame, language):
        return None
    if any(w.lower() in _BE_FORMS | _COPULA_FORMS for w in frame.verb[:1]) and len(frame.verb) == 1:
        return None
    prep = lead.group("prep")
    between = frame.between_text
    if language == "it":
        verb = " ".join(frame.verb)
        if frame.between[:1] and frame.between[0] in ARTICLES["it"]:
            # an object after the verb: the subject comes first ("Dopo quante ore i
            # soccorritori hanno raggiunto gli escursionisti?")
            return _ask_it(count, prep.lower(), f"{frame.subject} {verb} {between} {frame.when}")
        return _ask_it(count, prep.lower(), f"{verb} {frame.subject} {between} {frame.when}")
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"{prep} how many {count.nouns} {body} {between} {frame.when}") + "?"


def _trailing_count_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """The count in a phrase of a preposition of several words that ends the sentence after a
    comma, asked with the clause before the comma: '..., con il supporto di 40 volontari' ->
    'Con il supporto di quanti volontari avverrà il trasloco in una sola notte?'. Asides
    between them that open with a preposition are left out ('..., tra domenica e lunedì, ...')."""
    language = doc.language
    text = s.text
    comma = text.rfind(", ", 0, count.start)
    if comma < 0 or text[count.noun_end :].strip() not in {".", ""}:
        return None
    words = text[comma + 2 : count.start].split()
    exact = tuple(w.lower() for w in words)
    if not 2 <= len(exact) <= 4 or not _is_compound(exact, language):
        return None
    first = text.find(", ")
    for aside in text[first + 2 : comma].split(", ") if first < comma else ():
        opener = aside.split(maxsplit=1)[0].lower() if aside else ""
        if opener not in PREPOSITIONS[language] and opener not in ARTICULATED:
            return None  # a clause or a list between them, not an aside of time or place
    clause = f"{text[:first]} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or not frame.verb or _is_copula(frame, language):
        return None
    tail = frame.between_text
    return _compound_question(count, frame, upper_first(" ".join(words)), tail, language)


# An Italian aside of "di" and a count right after the subject: "Il rapporto, di 212 pagine,".
_ASIDE_OF = re.compile(r"(?P<np>[^,;:()]{2,80}),\s+di\s+(?:(?:circa|oltre|quasi)\s+)?")


def _aside_of_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il rapporto completo, di 212 pagine, sarà discusso ...' -> 'Di quante pagine è il
    rapporto completo?': the aside tells how big the subject is (a sum is left out)."""
    text = s.text
    if doc.language != "it" or count.noun in _CURRENCIES or count.noun in _YEARS:
        return None
    m = _ASIDE_OF.fullmatch(text, 0, count.start)
    if m is None or text[count.noun_end : count.noun_end + 1] != ",":
        return None
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, "it") for t in toks[:-1]):
        return None  # "Il Comune ha approvato il piano, di 12 pagine": the piano's, no subject
    subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject or _has_possessive(subject):
        return None  # "Il suo bacino, di 71.000 km²": whose, the card cannot say
    how = _how_many_it(count.noun, count.adj).lower()
    return upper_first(squash(f"di {how} {count.nouns} è {subject}")) + "?"


# A height above the sea, said after its figure: "a 920 metri di altitudine", "at 350 metres
# above sea level". It is the altitude of the place the clause is about.
_ALTITUDE_UNITS = frozenset("metri metres meters feet piedi".split())
_ALTITUDE_AFTER = re.compile(
    r"\s+(?:di\s+(?:altitudine|quota)|sul\s+livello\s+del\s+mare|s\.l\.m\.|above\s+sea\s+level)\b"
)
# What brings the altitude before its figure: a participle of where a place stands ("situato
# a"), after which the place is the subject of the sentence's copula, or the preposition alone
# after a verb of standing ("sorge su un colle a", "lies at").
_ALTITUDE_BEFORE = re.compile(
    r"(?:(?P<placed>(?:situat|post|collocat|ubicat|arroccat|adagiat)[oaie]|located|situated)\s+)?"
    r"(?:a|at)\s+(?:(?:circa|about|around|some)\s+)?$"
)
_COPULA_SUBJECT = re.compile(r"(?P<subject>[A-ZÀ-Ú][^,;:()]{1,60}?)\s(?:è|is)\s")
_ALTITUDE_VERBS = frozenset(
    """sorge sorgeva trova trovava erge ergeva lies lay stands stood sits sat""".split()
)


def _altitude_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Roccalta è un comune ..., situato a 920 metri di altitudine' -> 'A quale altitudine si
    trova Roccalta?'; 'Il borgo sorge su un colle a 640 metri di quota' -> 'A quale altitudine
    sorge il borgo?'; 'The pass lies at 2,100 metres above sea level' -> 'At what altitude
    does the pass lie?'."""
    language = doc.language
    text = s.text
    before = _ALTITUDE_BEFORE.search(text, max(0, count.start - 40), count.start)
    if before is None:
        return None
    if before.group("placed"):
        m = _COPULA_SUBJECT.match(text)
        if m is None or m.end() > before.start():
            return None
        subject = _common_first(lower_first(lower_initial(m.group("subject"), doc)), doc)
        where = "A quale altitudine si trova" if language == "it" else "At what altitude is"
        return f"{where} {subject}?"
    frame = _frame(text, count.start, s, doc)
    if frame is None or not frame.subject or frame.verb[-1].lower() not in _ALTITUDE_VERBS:
        return None
    if language == "it":
        verb = " ".join(frame.verb)
        return upper_first(squash(f"A quale altitudine {verb} {frame.subject} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"At what altitude {body} {frame.when}") + "?"


# A list item that gives a figure after its label: "Average treatment time: 21 days", "Costo
# stimato per paziente: 6.500 euro". The label names what the figure is; the item has no stop.
_LABEL = re.compile(
    r"(?P<label>[A-ZÀ-Ú][a-zà-ù]+(?:\s+[^\s:,;()“”«»\"]+){0,6}):\s+"
    r"(?:(?:about|around|over|nearly|almost|some|circa|oltre|quasi|almeno|più\s+di)\s+)?"
)
# What may follow the figure of a label: nothing, an aside after a comma or in brackets, a
# clause of when ("480,000 wafers when fully built"); not "2 per parte", which tells a part.
_AFTER_LABEL = re.compile(r"\s*(?:$|[,(]|(?:when|once|if|quando|se)\s)")


def _label_question(count: _Count, text: str, language: str) -> str | None:
    """The question of a figure a list item gives after its label: 'Average treatment time: 21
    days' -> 'What is the average treatment time?', 'Costo per paziente: 6.500 euro' -> 'Qual
    è il costo per paziente?'."""
    m = _LABEL.fullmatch(text, 0, count.start)
    if m is None or not _AFTER_LABEL.match(text, count.noun_end):
        return None
    counted = count.noun not in UNITS and count.noun not in _EXTRA_UNITS  # else a measure
    label = m.group("label")
    words = label.split()
    first = words[0].lower()
    if first in STOPWORDS[language] or first in PREPOSITIONS[language]:
        return None  # "La stagione 2026: 46 serate": a heading, not a label
    label = first + label[len(first) :]
    if language == "en":
        head = [w for w in words if w.lower() not in PREPOSITIONS["en"]]
        plural = counted and any(_plural(w, "en") and w.lower() not in _EN_SINGULAR_S for w in head)
        if plural:  # "Patients treated: 212"
            return f"What is the number of {label}?"
        return f"What is the {label}?"
    return _italian_label_question(first, label, counted)


# English singulars in -s that a label may hold.
_EN_SINGULAR_S = frozenset("status process access bus gas loss cost basis analysis".split())


def _italian_label_question(head: str, label: str, counted: bool) -> str | None:
    """'Qual è il costo stimato per paziente?', 'Quante sono le mete?': the label's first word
    tells its number and gender (a singular in -e, of either gender, is left)."""
    vowel = head[:1] in "aeiouh"
    if head.endswith("i"):
        article = "gli" if vowel or takes_lo(head) else "i"
        return f"Quanti sono {article} {label}?" if counted else None
    if head.endswith("e"):
        return f"Quante sono le {label}?" if counted else None
    if head.endswith("o"):
        article = "l’" if vowel else "lo " if takes_lo(head) else "il "
    elif head.endswith("a"):
        article = "l’" if vowel else "la "
    else:
        return None
    return f"Qual è {article}{label}?"


def _measure_object(count: _Count, frame: _Frame, language: str) -> bool:
    """Whether a measure is the object right after its verb, and one the question may ask in
    its unit: an area, a weight, a volume ('covers 210 square kilometres', 'ha perso 300
    ettari'); not a bare length ('ha percorso 12 chilometri'), whose question would name the
    dimension ('How far ...?'), which the verb does not tell."""
    if not frame.approximate_only or _is_copula(frame, language):
        return False
    if count.noun not in _LENGTH_UNITS:
        return True
    if frame.verb and lemma(frame.verb[-1].lower(), language) in _MOTION_VERBS:
        return True  # "The bird flew 4,000 miles": a verb of going tells the length a distance
    return any(w.lower() in _UNIT_ADJECTIVES for w in count.counted.split())


# Verbs of going, whose bare length is the distance gone: "How many miles did the bird fly?",
# "Quanti chilometri ha percorso il falco?".
_MOTION_VERBS = frozenset(
    """travel fly swim walk run ride cycle sail row hike drive migrate trek cover percorrere
    volare nuotare camminare correre pedalare navigare viaggiare coprire spostare
    migrare""".split()
)


# Italian verbs whose measure after "su" is how far they reach ("si estende su 4.000 metri
# quadrati"), and verbs of a change whose measure after "di" is by how much ("si è sollevato
# di 1,4 metri", "sono state alzate di 80 centimetri").
_IT_EXTENT_VERBS = frozenset("estendere sviluppare snodare allungare distribuire".split())
_IT_CHANGE_VERBS = frozenset(
    """salire scendere crescere aumentare calare diminuire sollevare alzare innalzare abbassare
    ridurre allungare accorciare ritirare arretrare avanzare spostare sprofondare""".split()
)


def _italian_measure_after(frame: _Frame) -> bool:
    """Whether an Italian measure after its verb's preposition is the one the verb takes: how
    far it reaches ('Su quanti metri quadrati si estende la struttura?') or by how much it
    changes ('Di quanti metri si è sollevato il suolo?')."""
    if not frame.subject or not frame.verb or frame.preposition not in {"su", "di"}:
        return False
    verb = frame.verb[-1].lower()
    verb = lemma(verb[:-2] if verb.endswith(("si", "ti")) and len(verb) > 6 else verb, "it")
    if frame.preposition == "su":
        return verb in _IT_EXTENT_VERBS
    return verb in _IT_CHANGE_VERBS


def _preposition_lungo(after: list[str]) -> bool:
    """Whether 'lungo' after a count is the preposition of a place, an article after it: '40
    telecamere lungo la strada', not a dimension."""
    return after[0].lower() == "lungo" and len(after) > 1 and after[1].lower() in ARTICLES["it"]


# A vote told by its side alone ("21 consiglieri hanno votato a favore") says not what was voted
# on: the sentence before tells it with a verb of passing ("Il consiglio ha approvato ... il
# piano di ..."), and the question names it ('... hanno votato a favore del piano di ...?').
_VOTED_SIDE = (
    "votato a favore?",
    "votato contro?",
    "voted in favour?",
    "voted in favor?",
    "voted against?",
)
_PASSED = {
    "it": re.compile(
        r"\b(?:approvato|respinto|bocciato|adottato|votato)\b[^,;:.]*?\s"
        r"(?P<article>(?:il|lo|la|i|gli|le)(?=\s)|l’)\s?(?P<np>[a-zà-ù][^,;:.()]{2,90})"
    ),
    "en": re.compile(
        r"\b(?:approved|rejected|passed|adopted|backed)\b[^,;:.]*?\s"
        r"(?P<article>the|a|an)\s(?P<np>[a-z][^,;:.()]{2,90})"
    ),
}
_OF_ARTICLES = {
    "il": "del ",
    "lo": "dello ",
    "la": "della ",
    "i": "dei ",
    "gli": "degli ",
    "le": "delle ",
    "l’": "dell’",
    "the": "the ",
    "a": "the ",
    "an": "the ",
}


def _vote_named(asked: str, s: Sentence, doc: Document) -> str | None:
    """The question of a vote's side with what was voted on, from the sentence before; None
    when no sentence before tells it."""
    at = doc.sentences.index(s)
    before = doc.sentences[at - 1].text if at > 0 else ""
    m = _PASSED[doc.language].search(before)
    if m is None:
        return None
    article, np = m.group("article"), m.group("np").strip()
    if doc.language == "it" and asked.endswith("contro?"):  # "contro il piano"
        return f"{asked[:-1]} {article}{'' if article.endswith('’') else ' '}{np}?"
    np = _OF_ARTICLES[article] + np
    if doc.language == "it":  # "a favore del piano"
        return f"{asked[:-1]} {np}?"
    side = "against" if asked.endswith("against?") else "in favour of"
    return f"{asked[: asked.rfind(' voted ')]} voted {side} {np}?"


def extract(doc: Document) -> Iterator[Candidate]:
    for c in _extract(doc):
        if c.question and _unowned_possessive(c.question, doc.language):
            continue  # "How many square metres will its roof carry?": whose roof?
        if c.question and _BROKEN[doc.language].search(c.question):
            continue
        yield c


# What a well-formed question never holds: an English auxiliary left at its end ("How many
# years did he say was?"), "them" with nothing it stands for ("... replace them?"); an Italian
# preposition before an article it joins ("è stata di la temperatura", not "della").
_BROKEN = {
    "en": re.compile(
        r"\b(?:was|is|were|are|will|would|can|could)\?$"
        r"|\bthem\b"
    ),
    "it": re.compile(r"\b(?:di|a|da|in|su) (?:il|lo|la|i|gli|le)\b"),
}


# A possessive in a question needs its owner in the question (the card shows the question
# alone): "How many passengers will the line carry in its first year?", "How many of its
# branches has the bank closed?", "How many families lost their homes?"; not "How many panels
# will its roof carry?", "What percentage of its servers were ...?", "Quanti documenti
# comprende il suo patrimonio?". English "her" is possessive before a noun, not at the end.
_QUESTION_POSSESSIVES = {"en": POSSESSIVES["en"] | {THEIR["en"]}, "it": POSSESSIVES["it"]}
_EN_AUXILIARIES = AUXILIARIES["en"] | frozenset("may might must should".split())
_OWNER_WORDS = {
    "en": frozenset("the this that these those he she it they".split()),
    "it": frozenset("il lo la i gli le questo questa questi queste lui lei essi esse".split()),
}
_IT_POSSESSIVE_ARTICLES = frozenset("il lo la i gli le".split())


def _owner_word(word: str, language: str) -> bool:
    return word[:1].isupper() or word.lower() in _OWNER_WORDS[language] or word.endswith("’")


def _unowned_possessive(question: str, language: str) -> bool:
    """Whether a question holds a possessive whose owner it leaves out: the possessive opens
    the subject after an auxiliary, or the verb in Italian, with no name, article or pronoun
    before it; or it stands in the opening 'of' phrase with none after the next auxiliary."""
    possessives = _QUESTION_POSSESSIVES[language]
    words = question.rstrip("?").split()
    for i, word in enumerate(words[2:], 2):
        low = word.lower()
        if low not in possessives:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not after[:1].islower():
            continue  # "did police stop her?": the object, no possessive
        before = words[1:i]
        if language == "it":
            # "comprende il suo patrimonio?": the subject after its verb, at the end
            if words[i - 1].lower() in _IT_POSSESSIVE_ARTICLES and len(words) - i <= 3:
                if not any(_owner_word(w, "it") for w in before[:-1]):
                    return True
            continue
        prev = words[i - 1].lower()
        if prev in _EN_AUXILIARIES and not any(_owner_word(w, "en") for w in before[:-1]):
            return True  # "will its roof carry"
        if prev == "of" and not any(_owner_word(w, "en") for w in before):
            nxt = next((j for j in range(i + 1, len(words)) if words[j] in _EN_AUXILIARIES), None)
            subject = words[nxt + 1] if nxt is not None and nxt + 1 < len(words) else ""
            if not subject or not _owner_word(subject, "en"):
                return True  # "What percentage of its servers were running ...?"
    return False


def _extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        # The cheap test first: most sentences hold no number at all.
        digits = _has_digit(s.text)
        found = _trigger_words_in(s.text, language)
        words = found & _TRIGGERS[language] if found else found
        if not digits and not words:
            if not found.isdisjoint(_KIND_WORDS):  # "made up a third of", "won by one wicket"
                if not _headline(s, doc):
                    yield from _wordless_candidates(s, doc, found)
            continue
        yield from _sentence_candidates(s, doc, digits, words, found)


# Words before a figure that bound it or round it: the answer says them too, or it would state
# a different fact ("più di trenta fascicoli" -> "più di trenta", not "trenta").
BOUND_WORDS = {
    "it": ("più di", "meno di", "oltre", "almeno", "circa", "quasi", "fino a"),
    "en": (
        *("more than", "less than", "fewer than", "at least", "up to", "over", "about"),
        *("around", "nearly", "almost", "some", "roughly", "approximately"),
    ),
}
_BOUNDS = {
    language: re.compile(
        r"(?:^|\s)(?P<bound>(?i:" + "|".join(w.replace(" ", r"\s+") for w in bounds) + r"))\s+$"
    )
    for language, bounds in BOUND_WORDS.items()
}
_BOUNDED_TYPES = frozenset(("number", "percent"))


def with_bound(c: Candidate, language: str) -> Candidate:
    """A number question's answer with the bound its sentence puts before the figure, the
    bare figure still accepted; a figure the sentence says twice is left as it is."""
    if c.question is None or c.answer_type not in _BOUNDED_TYPES:
        return c
    text = c.sentence.text
    at = text.find(c.answer)
    if at <= 0 or text.find(c.answer, at + 1) >= 0:
        return c
    m = _BOUNDS[language].search(text, max(0, at - 20), at)
    if m is None or c.question.lower().startswith(m.group("bound").lower()):
        return c
    bound = " ".join(m.group("bound").lower().split())
    accept = c.accept if c.answer in c.accept else (c.answer, *c.accept)
    return replace(c, answer=f"{bound} {c.answer}", accept=accept)


# How a sentence of the body ends; a line without it is a headline ("Torino, la mostra sugli
# scribi: 300 reperti raccontano la nascita della burocrazia") that the page layout did not
# tell apart from the text.
_SENTENCE_END = re.compile(r"[.!?…:;][”»\"’)]*\s*$")


def _headline(s: Sentence, doc: Document) -> bool:
    """Whether a sentence is the headline line: the first of the article's text, with no stop
    at its end (a list item further on has none either, and is no headline). A headline sums
    the article up in few words; its numbers are asked from the text, where the sentence says
    what they count."""
    first = doc.sentences[0]
    return s.block == first.block and s.entry is None and _SENTENCE_END.search(s.text) is None


# A leading source that is an estimate: its figure is the estimate's, and a question without it
# asks a bare figure of what ("A quanto ammontano i danni?"); the question keeps it in front.
_ESTIMATE_SOURCE = re.compile(
    r"^(?:Secondo|According\s+to)\s[^,;:]{0,100}?\b(?:stim[ae]|calcoli|previsioni|proiezioni"
    r"|estimates?|projections?|forecasts?|calculations?)\b[^,;:]{0,100},\s"
)


def _with_estimate(found: Iterator[Candidate], source: str) -> Iterator[Candidate]:
    for c in found:
        if c.question and not c.question.startswith(source[:12]):
            c = replace(c, question=source + c.question[0].lower() + c.question[1:])
        yield c


# The score of a number's cloze whose fact a question asks (the cloze is second to it), and
# of one no question asks.
_ASKED_CLOZE = 0.2
_CLOZE_ALONE = 0.45


def _headline_clozes(found: Iterator[Candidate]) -> Iterator[Candidate]:
    """The clozes of a headline's numbers, its questions left out: a cloze kept low beside
    the question of its fact is worth one alone again ('..., but {{85}} roles will go')."""
    for c in found:
        if c.question:
            continue
        yield replace(c, score=_CLOZE_ALONE) if c.score == _ASKED_CLOZE else c


def _sentence_candidates(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    if _headline(s, doc):  # its numbers may be hidden, not asked
        yield from _headline_clozes(_candidates_of(s, doc, digits, words, cues))
        return
    estimate = _ESTIMATE_SOURCE.match(s.text) if s.text[:1] in "SA" else None
    if estimate is not None:
        found = list(_sentence_questions(s, doc, digits, words, cues))
        yield from _with_estimate(iter(found), estimate.group(0))
        return
    yield from _sentence_questions(s, doc, digits, words, cues)


def _sentence_questions(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    if not (digits and "%" in s.text):
        yield from _candidates_of(s, doc, digits, words, cues)
        return
    found = list(_candidates_of(s, doc, digits, words, cues))
    yield from found
    if any(c.question for c in found):
        yield from _percent_clozes(s, found)


def _percent_clozes(s: Sentence, found: list[Candidate]) -> Iterator[Candidate]:
    """A cloze of each percentage no question asks, in a sentence a count question asks about:
    the sentence gets no other cloze ('Brazil recorded 2.3 million cases, a 40% increase')."""
    asked = {c.answer for c in found if c.question}
    for m in _PERCENT.finditer(s.text):
        if m.group(0) not in asked and "%" in m.group(0):
            cloze = _cloze(s, m.start(), m.end())
            yield Candidate("cloze", s, 0.5, m.group(0), cloze=cloze, answer_type="percent")


# ---------------------------------------------------------------------------------------------
# A percentage that is what a noun amounts to, the noun the object of a verb: "members rejected
# a pay offer of 3.5 per cent", "i soci hanno respinto un’offerta del 3,5 per cento". The
# noun asks it: "What pay offer did members reject?".

_PERCENT_OBJECT = {
    "en": re.compile(
        r"\s(?P<verb>(?:(?:has|have|had)\s+)?[a-z]+)(?P<particle>\s+(?:down|up|off|out))?"
        r"\s+(?:a|an)\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)"
        r"\s+of\s+(?P<approx>(?:about|around|nearly|almost|just\s+over|just\s+under)\s+)?"
        r"(?P<share>" + _PERCENTAGE + r")"
    ),
    "it": re.compile(
        r"\s(?P<verb>(?:(?:ha|hanno|aveva|avevano)\s+)?[a-zà-ù]+)\s+(?:un\s+|uno\s+|una\s+|un’)"
        r"(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù]+)?)\s+del\s+"
        r"(?P<approx>(?:circa|quasi|oltre)\s+)?(?P<share>" + _PERCENTAGE + r")"
    ),
}
# What ends the subject of the verb, going back from it: a clause's first word.
_CLAUSE_STARTS = frozenset(
    """after before when while because since as that and but once dopo che quando mentre perché
    poiché e ma""".split()
)


def _percent_object_question(s: Sentence, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted): 'What pay offer did members reject?' -> '3.5 per cent',
    'Quale aumento hanno chiesto i sindacati?' -> '6 per cento'."""
    language = doc.language
    text = s.text
    m = _PERCENT_OBJECT[language].search(text)
    if m is None:
        return None
    verb = m.group("verb").split()
    np = m.group("np")
    if any(w in STOPWORDS[language] or w in PREPOSITIONS[language] for w in np.split()):
        return None
    if not (_participle(verb[-1], language) if len(verb) == 2 else is_finite(verb[0], language)):
        return None
    if verb[0] in AUXILIARIES[language] and len(verb) == 1:
        return None  # "is a rise of 3 per cent": no verb of doing
    subject = _subject_before(text[: m.start("verb")], doc)
    if subject is None:
        return None
    tail = _tail(text, m.end(), language)
    tail = "" if tail is None or _has_digit(tail) else tail
    answer = m.group("share")
    accepted = (squash(m.group("approx") + answer),) if m.group("approx") else ()
    if language == "it":
        article = "Quale" if len(verb) == 2 or not _plural(np.split()[0], "it") else "Quali"
        asked = f"{article} {np} {' '.join(verb)} {subject} {tail}"
        return upper_first(squash(asked)) + "?", answer, accepted
    if len(verb) == 2:
        body = f"{verb[0]} {subject} {verb[1]}"
    else:
        base = lemma(verb[0], "en")
        if base == verb[0]:
            return None
        body = f"did {subject} {base}"
    if m.groupdict().get("particle"):  # "turned down": the particle stays with its verb
        body = f"{body} {m.group('particle').strip()}"
    return squash(f"What {np} {body} {tail}") + "?", answer, accepted


# An Italian rise told after the object of a clause, between commas or at the end: "il museo
# ha registrato 250.000 ingressi, il 12% in più rispetto al 2024". The object rose.
_ITALIAN_RISE = re.compile(
    r"\s(?:i|gli|le)?\s?(?:oltre\s+|circa\s+|quasi\s+)?\d[\d.,]*(?:\s+(?:mila|milioni))?"
    r"\s+(?P<noun>[a-zà-ù]{3,}),\s+(?:il|l’)\s?(?P<share>" + _PERCENTAGE + r")\s+in\s+più\s+"
    r"(?P<than>rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)(?:\s|(?<=’))[^,;:.()]{2,80})"
)


def _italian_rise_question(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """'Il museo ha registrato 250.000 ingressi, il 12% in più rispetto al 2024' -> 'Di
    quanto sono aumentati gli ingressi del museo rispetto al 2024?': the object of the clause
    rose, its verb's subject owns it."""
    text = s.text
    m = _ITALIAN_RISE.search(text)
    if m is None:
        return None
    noun = m.group("noun")
    if noun in STOPWORDS["it"] or noun in UNITS or noun in _CURRENCIES or not _plural(noun, "it"):
        return None
    frame = _frame(text, m.start() + 1, s, doc)
    if frame is None or not frame.subject or _is_copula(frame, "it") or _has_digit(frame.subject):
        return None
    if not noun.endswith(("i", "e")):
        return None
    feminine = noun.endswith("e")
    article = "le" if feminine else ("gli" if takes_lo(noun) or noun[0] in "aeiou" else "i")
    rose = "aumentate" if feminine else "aumentati"
    than = _TAIL_END.split(m.group("than") + " ")[0].strip()
    verb = " ".join(frame.verb)
    if lemma(frame.verb[-1].lower(), "it") in _TALLYING_VERBS:
        owner = of_phrase(frame.subject, "it")  # "gli ingressi del museo"
    else:
        owner = f"che {verb} {frame.subject}"  # "i biglietti che ha venduto la fiera"
    asked = f"Di quanto sono {rose} {article} {noun} {owner} {frame.when} {than}"
    return squash(asked) + "?", m.group("share")


# Italian verbs whose object is a tally of the subject's own: "il museo ha registrato 250.000
# ingressi" (the museum's entries).
_TALLYING_VERBS = frozenset(
    "registrare contare superare raggiungere totalizzare accogliere toccare".split()
)


# The share of a whole a thing happened in, after the verb and its object: "cleared infections
# in 64% of patients", "ha eliminato l’infezione nel 64% dei pazienti".
_IN_SHARE = {
    "en": re.compile(
        r"\sin\s+(?P<approx>(?:about|around|nearly|almost|over|some|just\s+over|more\s+than)\s+)?"
        r"(?P<share>\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b))\s+of\s+"
        r"(?P<whole>(?:the\s+)?[a-z][^,;:.()]{2,80})"
    ),
    "it": re.compile(
        r"\snel(?:l’)?\s?(?P<approx>(?:circa|quasi|oltre)\s+(?:il\s+|l’)?)?"
        r"(?P<share>\d+(?:[.,]\d+)?\s?(?:%|per\s+cento\b))\s+(?P<of>dei|degli|delle|del|della)\s+"
        r"(?P<whole>[a-zà-ù][^,;:.()]{2,80})"
    ),
}
_IN_SHARE_CUE = {"en": " in ", "it": " nel"}


def _in_share_question(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """'The drug cleared infections in 64% of patients' -> 'In what share of patients did the
    drug clear infections?', 'Il farmaco ha eliminato l’infezione nel 64% dei pazienti' -> 'In
    quale percentuale dei pazienti il farmaco ha eliminato l’infezione?'."""
    language = doc.language
    text = s.text
    m = _IN_SHARE[language].search(text)
    if m is None:
        return None
    whole = _TAIL_END.split(m.group("whole") + " ")[0].strip()
    if not 1 <= len(whole.split()) <= 8 or _has_digit(whole):
        return None
    frame = _frame(text, m.start(), s, doc)
    if frame is None or not frame.subject or _is_copula(frame, language):
        return None
    obj = frame.between_text
    words = frame.between
    # Italian: a complement too ("è rimasto sotto i limiti di legge nel 94% dei campioni")
    prepositions = PREPOSITIONS[language] if language == "en" else frozenset()
    if any(w in _CLAUSE_WORDS or w in prepositions or not w.strip("’-").isalpha() for w in words):
        return None  # the object is a short noun phrase, or none
    if len(words) > 5 or any(is_finite(w, language) for w in words):
        return None
    answer = m.group("share")
    if language == "it":
        verb = " ".join(frame.verb)
        asked = f"In quale percentuale {m.group('of')} {whole} {frame.subject} {verb} {obj}"
        return upper_first(squash(f"{asked} {frame.when}")) + "?", answer
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"In what share of {whole} {body} {obj} {frame.when}") + "?", answer


def _participle(word: str, language: str) -> bool:
    """A participle after 'ha'/'has', irregular ones too ('respinto', 'chiesto')."""
    return is_participle(word, language) or (language == "it" and word.endswith(_IT_PAST_ENDINGS))


_IT_PAST_ENDINGS = ("to", "so", "ta", "sa", "ti", "si", "te", "se")


_PERSONAL = {
    "en": frozenset("i we you he she they it this".split()),
    "it": frozenset("io tu lui lei noi voi loro esso essa essi esse".split()),
}


def _subject_before(before: str, doc: Document) -> str | None:
    """The few words that open the clause of a verb, back to a comma or a clause's first word:
    '..., and comes after members| rejected' -> 'members'."""
    language = doc.language
    cut = max(before.rfind(", "), before.rfind(";"), before.rfind(":"), before.rfind("("))
    words = before[cut + 1 :].split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _CLAUSE_STARTS:
            words = words[i + 1 :]
            break
    if not 1 <= len(words) <= 4 or words[-1].lower() in _PRONOUNS:
        return None
    if any(w.lower() in _ENTRY_PRONOUNS or is_finite(w, language) for w in words):
        return None
    if any(w.lower() in PREPOSITIONS[language] or _has_digit(w) for w in words):
        return None
    if not words[-1].isalpha():
        return None
    if words[0].lower() in _PERSONAL[language]:
        return None  # "they rejected": who they are is in another sentence
    subject = " ".join(words)
    if cut >= 0 or not subject[:1].isupper():
        return subject
    if words[0].lower() in ARTICLES[language]:  # "I sindacati": an article, not a name
        return subject[:1].lower() + subject[1:]
    return lower_initial(subject, doc)


# ---------------------------------------------------------------------------------------------
# A vote told by its two sides alone, right after the verb: "the committee voted seven to three
# in favour of the plan", "the bylaw passed 6–3", "la mozione è passata 7 a 3". The answer is
# the tally as written.

_BARE_TALLY = {
    language: re.compile(
        r"\s(?P<verb>voted|passed|approved|rejected|backed|carried|votato|passat[aoie]"
        r"|approvat[aoie]|respint[aoie])\s+"
        rf"(?P<tally>(?P<yes>{_ANY_NUMBER[language]})\s*(?:–|-|\sto\s|\sa\s)\s*"
        # the side against in figures right after a hyphen, which a number may not follow
        rf"(?P<no>\d{{1,3}}|{_ANY_NUMBER[language]}))(?![\w%–-])"
    )
    for language in ("en", "it")
}
# How the tally's clause may go on in the question: what the vote was for ("in favour of the
# plan", "to build a bridge"), after the day it was held ("on Wednesday"), which it leaves out.
_TALLY_TAIL = re.compile(
    r"^(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+\d{1,2}\s+[A-Z][a-z]+)?)?"
    r"\s+((?:in\s+favou?r\s+of|against|a\s+favore\s+d|contro"
    r"|to\s+(?!(?:the|a|an|its|their|this|that|all|each)\b)[a-z]{3,}\b)[^,;:().]*)"
)
_TALLY_TAIL_END = re.compile(r"\s(?:at|on|in|during|after|when|nel|nella|durante|dopo)\s")


def _bare_tally_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of each tally: 'By what margin did the bylaw pass?' ->
    '6–3', 'Con quale risultato è passata la mozione?' -> '7 a 3'."""
    language = doc.language
    text = s.text
    for m in _BARE_TALLY[language].finditer(text):
        yes, no = (
            _spelled_or_digits(m.group("yes"), language),
            _spelled_or_digits(m.group("no"), language),
        )
        if yes is None or no is None or yes > 200 or no > yes:
            continue  # "passed 2 to 5 pm", a score: a vote's winning side is the larger
        frame = _frame(text, m.start("tally"), s, doc)
        if frame is None or not frame.subject or frame.between:
            continue
        what = _TALLY_TAIL.match(text[m.end() :])
        tail = _TALLY_TAIL_END.split(what.group(1))[0] if what else ""
        asked = _verb_first(frame, language, "Con quale risultato", "By what margin", tail)
        if asked is not None:
            yield asked, m.group("tally"), m.start("tally"), m.end("tally")


# The score of a match: two small numbers joined by a dash, no unit after them ("3-1", "11–9";
# not "85-95 lupi", a range of a count).
_MATCH_SCORE = re.compile(r"(?<![\w.,’'/£$€–-])(?P<score>\d{1,2}[-–]\d{1,2})(?![\w/%–-]|[.,]\d)")
_SCORE_PREPOSITIONS = frozenset("per by".split())
_SCORE_HOW = {"it": "Con quale punteggio", "en": "By what score"}
# The preposition of a score, with its article and adjective, which the question's own
# "Con quale punteggio" says: "con un netto 3-0", "with a comfortable 3-0".
_SCORE_WITH = frozenset("con with".split())
_GERUND_BEFORE = re.compile(
    r",\s+(?P<gerund>[a-z]+)\s+(?P<obj>[^,;:()]{2,60}?)\s+(?:(?:per|by)\s+)?$"
)


def _score_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, score, start, end) of the score of a match won: 'Con quale punteggio il
    Napoli ha battuto la Roma?' -> '3-1', 'By what score did Leeds beat Hull?'; after a
    gerund, of the sentence's subject ('La squadra ha vinto la coppa, battendo il Nervi per
    11-9')."""
    text = s.text
    language = doc.language
    for m in _MATCH_SCORE.finditer(text):
        after = text[m.end() :].split(maxsplit=1)
        word = after[0].strip(".,;:") if after else ""
        if word and word.islower() and not _free_after_score(word, language):
            continue  # "3-4 giorni": a range of what the word after counts
        asked = _score_after_verb(s, doc, m.start()) or _score_after_gerund(s, doc, m.start())
        if asked is not None:
            yield asked, m.group("score"), m.start(), m.end()


def _free_after_score(word: str, language: str) -> bool:
    """Whether a word may follow a score: a preposition or the day it was played ('3-1 allo
    stadio', '11-9 domenica'), not a noun the two numbers count."""
    return (
        word in STOPWORDS[language]
        or word in PREPOSITIONS[language]
        or word in ARTICULATED
        or word in WEEKDAYS
    )


def _score_after_verb(s: Sentence, doc: Document, at: int) -> str | None:
    language = doc.language
    frame = _frame(s.text, at, s, doc)
    if frame is None or not frame.subject or not frame.verb:
        return None
    if frame.verb[-1].lower() not in _SCORE_PARTICIPLES:
        return None
    words = frame.between_text.split()
    if words and words[-1].lower() in _SCORE_PREPOSITIONS:
        words = words[:-1]
    with_at = [i for i, w in enumerate(words) if w.lower() in _SCORE_WITH]
    if with_at:
        words = words[: with_at[-1]]  # "la Itas Trentino| con un netto 3-0": the question's own
    if not words or len(words) > 8:
        return None  # "ha battuto 3-1": who was beaten, the question must say
    return _verb_first_object(frame, language, _SCORE_HOW[language], " ".join(words))


def _verb_first_object(frame: _Frame, language: str, how: str, obj: str) -> str | None:
    """A question that opens with what it asks, then the subject, the verb and its object:
    'Con quale punteggio il Napoli ha battuto la Roma?', 'By what score did Leeds beat Hull?'."""
    if language == "it":
        return upper_first(squash(f"{how} {frame.subject} {' '.join(frame.verb)} {obj}")) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"{how} {body} {obj}") + "?"


def _without_dateline(subject: str, language: str) -> str:
    """A subject without the place of the dateline that opens the text ('Siracusa – La
    squadra' -> 'la squadra')."""
    for dash in (" – ", " — "):
        if dash in subject:
            subject = subject.rsplit(dash, 1)[1]
            first, _, rest = subject.partition(" ")
            if first.lower() in ARTICLES[language]:
                subject = f"{first.lower()} {rest}"
    return subject


def _score_after_gerund(s: Sentence, doc: Document, at: int) -> str | None:
    language = doc.language
    g = _GERUND_BEFORE.search(s.text, max(0, at - 90), at)
    if g is None or g.group("gerund") not in _SCORE_GERUNDS:
        return None
    subject = _first_subject(s.text[: g.start()], s, doc)
    if not subject:
        return None
    subject = _without_dateline(subject, language)
    participle = _SCORE_GERUNDS[g.group("gerund")]
    obj = g.group("obj").strip()
    if language == "en":
        return f"By what score did {subject} {participle} {obj}?"
    first = subject.split(maxsplit=1)[0].lower()
    have = "hanno" if first in _IT_PLURAL_ARTICLES else "ha"
    return upper_first(f"Con quale punteggio {subject} {have} {participle} {obj}") + "?"


def _verb_first(frame: _Frame, language: str, it_how: str, en_how: str, rest: str) -> str | None:
    """A question that opens with what it asks, then the verb and its subject: 'Con quale
    risultato è passata la mozione?', 'By what margin did the bylaw pass?'."""
    if language == "it":
        asked = f"{it_how} {' '.join(frame.verb)} {frame.subject} {rest} {frame.when}"
    else:
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        asked = f"{en_how} {body} {rest} {frame.when}"
    return squash(asked) + "?"


def _spelled_or_digits(number: str, language: str) -> int | None:
    """The value of a small number in digits or in words: '6', 'seven'."""
    if number.isdigit():
        return int(number)
    return NUMBER_WORDS[language].get(number.lower())


# ---------------------------------------------------------------------------------------------
# An Italian cleft count: "sono stati 1.150 gli umbri che si sono rivolti ad altre regioni",
# "Sono dodici i comuni che hanno aderito". What the relative clause tells is asked of the
# counted noun: "Quanti umbri si sono rivolti ad altre regioni?".

_CLEFT = re.compile(
    r"(?:^|(?<=\s))(?P<when>(?:[Nn]el|[Nn]ell’anno)\s+\d{4},?\s+)?(?:[Ss]ono|[Ee]rano|[Ss]aranno)"
    r"(?:\s+stat[ie])?\s+(?P<approx>(?:circa|oltre|quasi|più\s+di|almeno)\s+)?"
    r"(?P<num>" + _ANY_NUMBER["it"] + r")\s+(?P<art>i|gli|le)\s+(?P<noun>[a-zà-ù]{3,})"
    r"\s+che\s+(?P<rest>[^,;:.()«»“”]+)"
)


def _cleft_question(s: Sentence) -> tuple[str, str, tuple[str, ...], int] | None:
    """(question, answer, accepted, start) of an Italian cleft count."""
    m = _CLEFT.search(s.text)
    if m is None:
        return None
    rest = m.group("rest").split()
    if not 2 <= len(rest) <= 14 or m.group("noun") in STOPWORDS["it"]:
        return None
    how = "Quante" if m.group("art") == "le" else "Quanti"
    when = m.group("when").strip(" ,").lower() if m.group("when") else ""
    asked = squash(f"{how} {m.group('noun')} {' '.join(rest)} {when}") + "?"
    answer = m.group("num")
    accepted = (squash(m.group("approx") + answer),) if m.group("approx") else ()
    if not _has_digit(answer):
        accepted = (*accepted, _spelled_value(answer, "it"))  # "dodici" is "12" too
    return asked, answer, accepted, m.start("num")


# ---------------------------------------------------------------------------------------------
# A dimension in a unit's symbol, written apart or attached: "the strait is about 20km wide",
# "il canale è largo 20 km". The answer keeps the unit as written.

_SYMBOL_DIMENSION = {
    "en": re.compile(
        r"(?P<num>" + _DIGIT_NUMBER + r")(?P<unit>\s?(?:km|m|cm|mm|ft|mi))\s+"
        r"(?P<dim>wide|long|high|deep|tall|thick)\b"
    ),
    "it": re.compile(
        r"\b(?P<dim>lung[oaie]|larg[oaie]|alt[oaie]|profond[oaie])\s+"
        r"(?:(?:circa|oltre|quasi|poco\s+più\s+di)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + r")(?P<unit>\s?(?:km|m|cm|mm))(?![\w/²³])"
    ),
}


def _is_copula_group(frame: _Frame, language: str) -> bool:
    """'is', 'è', or a modal and 'be': 'will be', 'could be'."""
    verb = [w.lower() for w in frame.verb]
    if language == "en" and len(verb) == 2 and verb[0] in _MODALS and verb[1] == "be":
        return True
    return _is_copula(frame, language)


def _indefinite_kind(words: list[str]) -> bool:
    """Whether English words after a copula are a kind with its indefinite article and a noun
    or two: 'a shingle spit', 'an island'."""
    if not 2 <= len(words) <= 4 or words[0] not in {"a", "an"}:
        return False
    return all(
        w.isalpha()
        and w not in STOPWORDS["en"]
        and w not in PREPOSITIONS["en"]
        and not _verb_like(w)
        for w in words[1:]
    )


def _symbol_dimension_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of each dimension in a unit's symbol: 'How wide is the
    strait?' -> '20km', 'Quanto è largo il canale?' -> '20 km'."""
    language = doc.language
    text = s.text
    for m in _SYMBOL_DIMENSION[language].finditer(text):
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or not _is_copula_group(frame, language):
            continue
        between = frame.exact
        if language == "en" and between and not _indefinite_kind(between):
            continue  # "is a shingle spit| about 6km long": the subject is as long
        if language == "it" and between != [m.group("dim")]:
            continue
        subject = frame.subject
        if subject.lower() in _PRONOUNS:
            if s.entry is None:
                continue
            subject = lower_first(s.entry.phrase)  # "it is 20km wide" in the entry of a place
        verb = " ".join(frame.verb)
        if language == "en":
            modal, _, be = verb.partition(" ")  # "will be": "How long will the tunnel be?"
            asked = f"How {m.group('dim')} {modal} {subject} {be}".strip() + "?"
        else:
            asked = upper_first(f"Quanto {verb} {m.group('dim')} {subject}?")
        yield asked, text[m.start("num") : m.end("unit")], m.start("num")


# ---------------------------------------------------------------------------------------------
# A range a quantity went over: "water temperatures ranged from 12C to 14C", "le temperature
# variavano da 12 a 14 gradi". The answer is the range, both ends as written.

# The unit after the range's upper end: attached ("14C", "12%") or a word of measure.
_RANGE_UNIT = (
    r"(?:[A-Za-z°%]{1,3}\b|\s+(?:per\s+cent|per\s+cento|degrees|gradi|euro|dollars|pounds"
    r"|km|kilometres|metres|meters|chilometri|metri|miles|years|anni|months|mesi|days|giorni"
    r"|hours|ore|minutes|minuti|kg|tonnes|tonnellate)\b)?"
)
_RANGE = {
    "en": re.compile(
        r"\s(?P<verb>ranged|ranges|range|varied|varies|vary)\s+(?P<range>from\s+"
        r"(?P<low>[-−]?[$€£]?\d[^\s,;]*)\s+to\s+[-−]?[$€£]?\d[\d.,]*" + _RANGE_UNIT + ")"
    ),
    "it": re.compile(
        r"\s(?P<verb>variavano|variano|oscillavano|oscillano|andavano|vanno)\s+(?P<range>da(?:i|gli)?"
        r"\s+(?P<low>[-−]?\d[^\s,;]*)\s+a(?:i|gli)?\s+[-−]?\d[\d.,]*" + _RANGE_UNIT + ")"
    ),
}
_RANGE_PAST = frozenset("ranged varied variavano oscillavano andavano".split())


def _range_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of each range: 'What were water temperatures during the
    swim?' -> 'from 12C to 14C', 'Quali erano le temperature dell’acqua?' -> 'da 12 a 14
    gradi'."""
    language = doc.language
    text = s.text
    for m in _RANGE[language].finditer(text):
        frame = _frame(text, m.start("low"), s, doc)
        if (
            frame is None
            or len(frame.subject.split()) < 2
            or frame.between[-1:]
            not in (
                ("from",),
                ("da",),
                ("dai",),
                ("dagli",),
            )
        ):
            continue
        plural = _plural(_head_noun(frame.subject, language), language)
        past = m.group("verb") in _RANGE_PAST
        if language == "en":
            be = ("were" if plural else "was") if past else ("are" if plural else "is")
            asked = f"What {be} {frame.subject}?"
        else:
            be = ("erano" if plural else "era") if past else ("sono" if plural else "è")
            asked = f"{'Quali' if plural else 'Quale'} {be} {frame.subject}?"
        answer = m.group("range").rstrip(".,")  # "from 4 to 80." ends the sentence
        yield asked, answer, m.start("range"), m.start("range") + len(answer)


def _head_noun(phrase: str, language: str) -> str:
    """The noun a phrase is about: 'water temperatures during the swim' -> 'temperatures',
    'le temperature dell’acqua' -> 'temperature'."""
    words = [w for w in phrase.split() if w.lower() not in ARTICLES[language]]
    if language == "it":
        return words[0] if words else ""
    head = words[-1] if words else ""
    for word in words:
        if word.lower() in PREPOSITIONS["en"]:
            break
        head = word
    return head


# ---------------------------------------------------------------------------------------------
# How long after something a thing happened, at the end of its clause: "the train arrived in
# Lampeter 31 minutes later", "il frammento è stato trovato quattro giorni dopo".

_LATER = {
    language: re.compile(
        rf"(?P<num>{_ANY_NUMBER[language]})\s+(?P<unit>seconds|minutes|hours|days|weeks|months"
        r"|years|secondi|minuti|ore|giorni|settimane|mesi|anni)\s+(?P<later>later|dopo|più\s+tardi)"
        r"(?=\s*[,;.]|\s*$)"
    )
    for language in ("en", "it")
}
# The cheap test before the number is looked for: a unit of time right before "later".
_LATER_UNIT = re.compile(
    r"(?:seconds|minutes|hours|days|weeks|months|years|secondi|minuti|ore|giorni|settimane|mesi"
    r"|anni)\s+(?:later|dopo|più\s+tardi)"
)


def _later_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str, int]]:
    """(question, answer, number with its unit, start): 'How many minutes later did the train
    arrive in Lampeter?' -> '31', 'Quanti giorni dopo è stato trovato il frammento?' ->
    'quattro'."""
    language = doc.language
    text = s.text
    for m in _LATER[language].finditer(text):
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or _is_copula_group(frame, language):
            continue
        if not _COORDINATORS.isdisjoint(frame.subject.lower().split()):
            continue  # "the storm hit the coast and the power": no subject read
        frame = _second_verb(frame, language)
        if frame is None:
            continue
        unit, later = m.group("unit"), m.group("later")
        how = "Quante" if unit in {"ore", "settimane"} else "Quanti"
        it_how, en_how = f"{how} {unit} {later}", f"How many {unit} later"
        asked = _verb_first(frame, language, it_how, en_how, frame.between_text)
        if asked is not None:
            yield asked, m.group("num"), text[m.start("num") : m.end("unit")], m.start("num")


def _second_verb(frame: _Frame, language: str) -> _Frame | None:
    """The frame of the last of two verbs of one subject: 'left Carmarthen at 06:42 and|
    arrived in Lampeter' -> 'arrived', 'in Lampeter'."""
    words = frame.between_text.split()
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1] not in {"and", "e", "ed"}:
            continue
        verb = words[i : i + 1]
        if language == "it" and words[i] in AUXILIARIES["it"] and i + 1 < len(words):
            verb = words[i : i + 2]
        if not (is_finite(words[i], language) or words[i] in AUXILIARIES[language]):
            return None  # "... and the power came back": a clause with a subject of its own
        rest = words[i + len(verb) :]
        lowered = tuple(w.lower() for w in rest)
        return _Frame(
            frame.subject, tuple(verb), lowered, frame.opening, frame.when, " ".join(rest)
        )
    return frame


# ---------------------------------------------------------------------------------------------
# Populations: "an island with a population of about 4,600", "had a population of 92,000 at
# the 2021 census", "un comune con una popolazione di circa 4.600 abitanti". The number of a
# place's people, asked with the place's name.

_POPULATION = {
    "en": re.compile(
        r"\b(?P<had>had\s+)?(?:a|its|their)\s+population\s+of\s+(?P<approx>(?:about|around|"
        r"roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|over)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + _MULT_AFTER + r")(?![\d.,]\d)"
        r"(?P<people>\s+(?:people|residents|inhabitants)\b)?"
    ),
    "it": re.compile(
        r"\b(?P<had>aveva\s+)?(?:una|la\s+sua|la\s+loro)\s+popolazione\s+di\s+"
        r"(?P<approx>(?:circa|quasi|oltre|poco\s+più\s+di|poco\s+meno\s+di)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + _MULT_AFTER + r")(?![\d.,]\d)"
        r"(?P<people>\s+(?:abitanti|residenti|persone)\b)?"
    ),
}
# What may follow the number in the question: when the count was made ("at the 2021 census").
_POPULATION_WHEN = re.compile(
    r"\s+((?:at|in)\s+(?:the\s+)?(?:\d{4}\s+census|census\s+of\s+\d{4}|\d{4})"
    r"|(?:al|nel)\s+(?:censimento\s+(?:del\s+)?)?\d{4})\b"
)


def _population_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, str, int]]:
    """(question, answer, number with its approximation, start) of a place's population:
    'What is the population of Arran?' -> '4,600', 'Qual è la popolazione di Arran?' ->
    '4.600'."""
    language = doc.language
    text = s.text
    for m in _POPULATION[language].finditer(text):
        if m.group("people") and s.entry is not None and refers_to_entry(s, language):
            continue  # "The city has a population of 2.3 million people": the entry's count
        place = _population_place(text[: m.end("had") if m.group("had") else m.start()], s, doc)
        if place is None:
            continue
        when = _POPULATION_WHEN.match(text, m.end())
        at = f" {when.group(1)}" if when else ""
        if language == "en":
            be = "was" if m.group("had") or at else "is"
            asked = f"What {be} the population of {place}{at}?"
        else:
            be = "era" if m.group("had") else "è"
            asked = f"Qual {be} la popolazione di {place}{at}?"
        approx = text[m.start("approx") if m.group("approx") else m.start("num") : m.end("num")]
        yield asked, m.group("num"), approx, m.start("num")


def _population_place(before: str, s: Sentence, doc: Document) -> str | None:
    """The name of the place whose population the sentence tells: the entry it describes, or
    the name that is the subject of its clause."""
    language = doc.language
    if s.entry is not None and (
        refers_to_entry(s, language) or before.split()[-2:-1] in (["it"], ["esso"], ["essa"])
    ):  # "..., and it has a population of": the pronoun is the entry
        return lower_first(s.entry.phrase)
    lead = _leading_date(before, language)  # "Nel 2021 Bronte aveva ..."
    if lead:
        before = before[lead.end() :]
    subject = _first_subject(before, s, doc)
    if not subject or subject.lower() in _PRONOUNS:
        return None
    at = before.lower().find(subject.lower())
    written = before[at : at + len(subject)] if at >= 0 else subject  # as the text writes it
    if not written[:1].isupper() or written.split()[0].lower() in ARTICLES[language]:
        return None  # "the town": a place a question out of context cannot name
    return written


# ---------------------------------------------------------------------------------------------
# Margins of a win: "beat the champions by three goals", "won the seat by 12 votes", "...,
# beating Glenridge by one wicket". "One" is a number here: after "by", before its unit.

_MARGIN_VERBS = {
    "beat": "beat",
    "beats": "beat",
    "beating": "beat",
    "defeated": "defeat",
    "defeats": "defeat",
    "defeating": "defeat",
    "won": "win",
    "wins": "win",
    "winning": "win",
    "edged": "edge",
    "edges": "edge",
    "edging": "edge",
    "lost": "lose",
    "loses": "lose",
    "losing": "lose",
}
_MARGIN = re.compile(
    r"\b(?P<verb>" + "|".join(_MARGIN_VERBS) + r")\s+(?P<obj>(?:(?:the|their|its|his|her|a)\s+|"
    r"(?=[A-Z]))[^,;:()]{2,50}?\s+)?by\s+(?P<margin>(?P<num>"
    + _ANY_NUMBER["en"]
    + r"|one|a\s+single)\s+(?P<unit>wickets?|goals?|points?|votes?|runs?|strokes?|seconds?|seats?"
    r"|lengths?|shots?|games?|frames?|sets?)\b)"
)
# A name and its finite verb: who a gerund after the comma tells of ("Thornby won ...,
# beating ...").
_NAME_AND_VERB = re.compile(NAME_RUN.pattern + r"\s+(?P<verb>[a-z]+)\b")


def _margin_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end of the number) of each margin of a win: 'By what margin
    did the team beat the champions?' -> 'three goals'."""
    text = s.text
    if doc.language != "en" or " by " not in text:
        return
    for m in _MARGIN.finditer(text):
        verb = m.group("verb")
        if verb.endswith("ing"):
            who = _gerund_subject(text, m.start()) or _first_subject(text[: m.start()], s, doc)
            do = "did"
        else:
            who = _clause_subject(text, m.start("verb"), s, doc)
            do = "does" if verb.endswith("s") else "did"
        if not who:
            continue
        obj = (m.group("obj") or "").strip()
        asked = squash(f"By what margin {do} {who} {_MARGIN_VERBS[verb]} {obj}") + "?"
        yield asked, m.group("margin"), m.start("num"), m.end("num")


def _gerund_subject(text: str, at: int) -> str | None:
    """The name whose verb is the last before the comma of a gerund clause: 'after Thornby
    won the final, beating ...' -> 'Thornby'."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return None
    who = None
    for m in _NAME_AND_VERB.finditer(before):
        if is_finite(m.group("verb"), "en") or m.group("verb") in _MARGIN_VERBS:
            who = m.group(0)[: m.start("verb") - m.start()].strip()
    return who


def _first_subject(before: str, s: Sentence, doc: Document) -> str | None:
    """The subject of the sentence's first verb: 'The village side won the final, beating
    ...' -> 'the village side'."""
    toks = tokens(before)
    verb = main_verb(toks, doc.language)
    if verb is None or verb == 0 or any(t.text in _BREAKS for t in toks[:verb]):
        return None
    subject, _ = _subject(before, toks, verb, s, doc)
    return subject


def _clause_subject(text: str, at: int, s: Sentence, doc: Document) -> str | None:
    """The subject of the verb at `at`, from the start of its clause."""
    offset = _inner_clause_start(text, at, doc.language) or _leading_clause_end(text, doc.language)
    clause = text[offset:at] + " x"  # the subject, and a stand-in for the verb
    toks = tokens(clause)
    if len(toks) < 2 or any(t.text in _BREAKS for t in toks):
        return None
    subject, _ = _subject(clause, toks, len(toks) - 1, s, doc)
    return subject


# ---------------------------------------------------------------------------------------------
# Times of a race: "won the marathon in 2 hours, 2 minutes and 48 seconds", "ha chiuso la
# gara in 2 ore e 5 minuti". A duration after "in" and a verb of finishing a course.

_RACE_TIME = {
    "en": re.compile(
        r"\sin\s+(?P<time>\d+\s+hours?(?:,?\s+(?:and\s+)?\d+\s+minutes?)?"
        r"(?:,?\s+and\s+\d+\s+seconds?)?"
        r"|\d+\s+minutes?(?:,?\s+and\s+|,\s+)\d+\s+seconds?)\b"
    ),
    "it": re.compile(
        r"\sin\s+(?P<time>\d+\s+or[ae](?:,?\s+(?:e\s+)?\d+\s+minut[io])?"
        r"(?:,?\s+e\s+\d+\s+second[io])?"
        r"|\d+\s+minut[io](?:,?\s+e\s+|,\s+)\d+\s+second[io])\b"
    ),
}
_RACE_VERBS = {
    "en": frozenset("win finish complete run cover swim ride clock".split()),
    "it": frozenset("vincere chiudere concludere completare correre percorrere".split()),
}


def _race_time_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of each time a race was run in: 'In what time did Tadesse win the
    marathon?' -> '2 hours, 2 minutes and 48 seconds', 'In quanto tempo ha chiuso la gara
    Rossi?' -> '2 ore e 5 minuti'."""
    language = doc.language
    text = s.text
    for m in _RACE_TIME[language].finditer(text):
        frame = _frame(text, m.start("time"), s, doc)
        if frame is None or not frame.subject or not frame.exact or frame.exact[-1] != "in":
            continue
        verb = [w.lower() for w in frame.verb]
        head = lemma(verb[-1], language)
        if head not in _RACE_VERBS[language] or len(frame.exact) > 8:
            continue
        asked = _asked_after_object(
            frame, text, m.end(), language, "In quanto tempo", "In what time"
        )
        if asked is not None:
            yield asked, m.group("time"), m.start("time")


# ---------------------------------------------------------------------------------------------
# Speeds: "winds gusting at up to 65mph", "il treno viaggiava a 300 km/h", "raffiche di vento
# fino a 95 km/h". The number before its unit of speed, then what moves that fast.

_SPEED = {
    "en": re.compile(
        r"(?P<upto>(?:up\s+to|as\s+much\s+as)\s+)?(?P<num>\d(?<![\w.,]\d)[\d.,]*)\s?"
        r"(?P<unit>mph|km/h|kph|kmh|km/s|m/s|knots|miles\s+per\s+(?:hour|second)"
        r"|(?:kilometres|kilometers|metres|meters)\s+(?:per|a)\s+(?:hour|second))"
        r"(?![\w/])"
    ),
    "it": re.compile(
        r"(?P<upto>fino\s+a\s+|oltre\s+)?(?P<num>\d(?<![\w.,]\d)[\d.,]*)\s?"
        r"(?P<unit>km/h|km/s|m/s|km\s+orari|chilometri\s+orari|chilometri\s+all’ora|nodi"
        r"|(?:chilometri|metri)\s+al\s+secondo)(?![\w/])"
    ),
}
# "With winds gusting at up to": an absolute clause, the noun and what it does.
_WITH_GERUND = re.compile(
    r"(?:^|,\s+)[Ww]ith\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+(?P<ger>[a-z]+ing)\s+(?:at\s+)?$"
)
# "gusts of up to 80mph", "raffiche di vento fino a 95 km/h": the noun that has the speed.
_SPEED_NOUN = {
    "en": re.compile(r"(?:^|\s)(?P<np>[A-Za-z][a-z]+(?:\s+[a-z]+)?)\s+(?:of|at)\s+$"),
    "it": re.compile(r"(?:^|\s)(?P<np>[A-Za-z][a-z]+(?:\s+di\s+[a-z]+)?)\s+(?:a\s+|di\s+)?$"),
}
_SPEED_VERB_PREPOSITIONS = {"en": frozenset(["at"]), "it": frozenset(["a"])}


# A speed a noun of speed names as the verb's object: "reached speeds of 90mph", "hit a top
# speed of 320 km/h", "raggiungono velocità fino a 3,5 metri al secondo". What moves is the
# verb's subject; the noun is no one that moves ("What speed did the speeds reach?").
_SPEED_NOUNS = frozenset("speed speeds velocità".split())
_SPEED_NOUN_PHRASE = {
    "en": re.compile(r"(?:(?:a|an)\s+(?:[a-z]+\s+)?speed|speeds)\s+of"),
    "it": re.compile(r"(?:(?:una|la)\s+(?:[a-zà-ù]+\s+)?velocità(?:\s+[a-zà-ù]+)?\s+di|velocità)"),
}
# The English present of a plural, which no frame reads: "(, where) currents reach| speeds of
# up to": a bare or definite plural, one or two words, then the verb without "-s".
_PLURAL_REACH = re.compile(
    r"(?:^|,\s+where\s+)(?P<subject>(?:[Tt]he\s+)?(?:[a-z]+\s+)?[A-Za-z][a-z]+s)\s+"
    r"(?P<verb>reach|hit|exceed|top)\s+(?:speeds|(?:a|an)\s+(?:[a-z]+\s+)?speed)\s+of\s+"
    r"(?:up\s+to\s+)?$"
)


def _speed_reached_question(
    m: re.Match[str], frame: _Frame, exact: list[str], text: str, language: str
) -> str | None:
    """'The winds reached speeds of 90mph' -> 'What speed did the winds reach?', 'hit a top
    speed of' -> 'What top speed ...?' (the noun's adjective stays), 'Le correnti raggiungono
    velocità fino a 3,5 metri al secondo' -> 'Che velocità raggiungono le correnti?'."""
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    if language == "it":
        noun = " ".join(exact[1:-1]) if len(exact) > 2 else "velocità"  # "velocità massima"
        verb = " ".join(frame.verb)
        asked = f"Che {noun} {verb} {frame.subject} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    noun = "speed" if exact[0] == "speeds" else " ".join(exact[1:-1])  # "a top speed of"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"What {noun} {body} {tail} {frame.when}") + "?"


def _speed_verb_question(
    m: re.Match[str], frame: _Frame, text: str, language: str, obj: str = ""
) -> str | None:
    """'The train travels at 320 km/h' -> 'At what speed does the train travel?', 'The object
    entered the atmosphere at 14 km/s' -> 'At what speed did the object enter the
    atmosphere?'."""
    tail = _tail(text, m.end(), language)
    if tail is None:
        return None
    tail = squash(f"{obj} {tail}")
    if language == "it":
        verb = " ".join(frame.verb)
        return upper_first(squash(f"A che velocità {verb} {frame.subject} {tail}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"At what speed {body} {tail}") + "?"


def _speed_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(question, answer, accepted) of each speed: 'At what speed were the winds gusting?' ->
    '65mph', 'A che velocità viaggiava il treno?' -> '300 km/h', 'Che velocità hanno raggiunto
    le raffiche di vento?' -> '95 km/h'."""
    language = doc.language
    text = s.text
    for m in _SPEED[language].finditer(text):
        asked = _speed_question(m, s, doc)
        if asked is None:
            continue
        answer = text[m.start("num") : m.end("unit")]
        accepted = (squash(m.group(0)), m.group("num")) if m.group("upto") else (m.group("num"),)
        yield asked, answer, accepted


def _speed_question(m: re.Match[str], s: Sentence, doc: Document) -> str | None:
    language = doc.language
    text = s.text
    before = text[: m.start()]
    absolute = _WITH_GERUND.search(before) if language == "en" else None
    if absolute is not None:  # "With winds gusting at up to 65mph, ..."
        np = absolute.group("np")
        be = "were" if _plural(np.split()[-1], "en") else "was"
        return f"At what speed {be} the {np} {absolute.group('ger')}?"
    measured = _MEASURED_AT[language].search(before) if ", " in before else None
    if measured is not None:  # "le raffiche di vento, misurate a 85 km/h dalla stazione, ..."
        return _measured_speed_question(measured, text[m.end("unit") :], language)
    frame = _frame(text, m.start(), s, doc)
    if frame is not None and frame.subject and not _is_copula(frame, language):
        exact = [w for w in frame.exact if w not in {"up", "to", "fino"}]
        if _SPEED_NOUN_PHRASE[language].fullmatch(" ".join(exact)):
            return _speed_reached_question(m, frame, exact, text, language)
        if exact == sorted(_SPEED_VERB_PREPOSITIONS[language]):
            return _speed_verb_question(m, frame, text, language)
        obj = _object_then(frame, _SPEED_VERB_PREPOSITIONS[language], language)
        if obj:
            return _speed_verb_question(m, frame, text, language, obj)
    reached = _PLURAL_REACH.search(before) if language == "en" else None
    if reached is not None:  # "where currents reach speeds of up to": a present of a plural
        tail = _tail(text, m.end(), language)
        subject = reached.group("subject")
        subject = subject if subject[1:2].isupper() else lower_first(subject)
        verb = reached.group("verb")
        return None if tail is None else squash(f"What speed do {subject} {verb} {tail}") + "?"
    noun = _SPEED_NOUN[language].search(before)
    if noun is None or noun.group("np").split()[-1].lower() in _SPEED_NOUNS:
        return None  # "reach speeds of": the speed names no one that moves
    np = noun.group("np")
    if np[:1].isupper():
        if noun.start("np") > 0:
            return None  # a name: "the Sea of ...", not what moves
        np = np[0].lower() + np[1:]
    words = np.split()
    if (
        language == "en"
        and len(words) == 2
        and (
            words[0] in STOPWORDS["en"]
            or is_finite(words[0], "en")
            or is_participle(words[0], "en")
        )
    ):
        words, np = words[1:], words[1]  # "brought| winds of": the verb is no part of it
    head = words[-1] if language == "en" else words[0]
    if head in STOPWORDS[language] or head in PREPOSITIONS[language] or not _plural(head, language):
        return None
    if language == "en":
        return f"What speed did the {np} reach?"
    article = "le" if head.endswith("e") else "gli" if head[:1] in "aeiouz" else "i"
    return f"Che velocità hanno raggiunto {article} {np}?"


# A speed said in an aside with a participle after what moves: "le raffiche di vento, misurate a
# 85 chilometri orari dalla stazione di Iseo, ...", "the winds, recorded at 70mph by ...".
_MEASURED_AT = {
    "it": re.compile(
        r"(?:^|\s)(?P<np>(?i:(?:il|lo|la|i|gli|le)\s|l’)[a-zà-ù]+"
        r"(?:\s(?:di|del|della|dei|delle|degli)\s[a-zà-ù]+)?),\s"
        r"(?P<part>[a-zà-ù]{3,}(?:at|it|ut)[aeio])\s+(?:fino\s+)?a\s+$"
    ),
    "en": re.compile(
        r"(?:^|\s)(?P<np>[Tt]he\s[a-z]+(?:\s[a-z]+)?),\s(?P<part>[a-z]{3,}ed)\s+at\s+(?:up\s+to\s+)?$"
    ),
}
_IT_PASSIVE = {"a": "è stata", "o": "è stato", "e": "sono state", "i": "sono stati"}
_AGENT = re.compile(r"^\s*(?P<by>(?:da|dal|dalla|dallo|dai|dalle|dagli|by)\s[^,;:.()]{2,60})")


def _measured_speed_question(m: re.Match[str], after: str, language: str) -> str | None:
    """'A che velocità sono state misurate le raffiche di vento dalla stazione di Iseo?': the
    participle's passive, with its agent when one follows the speed."""
    np, part = m.group("np"), m.group("part")
    agent = _AGENT.match(after)
    by = f" {agent.group('by').strip()}" if agent and len(agent.group("by").split()) <= 8 else ""
    if language == "it":
        np = np[0].lower() + np[1:]  # its article, at the head of the sentence
        return f"A che velocità {_IT_PASSIVE[part[-1]]} {part} {np}{by}?"
    be = "were" if _plural(np.split()[-1], "en") else "was"
    return f"At what speed {be} {np[0].lower() + np[1:]} {part}{by}?"


def _wordless_candidates(s: Sentence, doc: Document, cues: frozenset[str]) -> Iterator[Candidate]:
    """The facts of a sentence with no digit and no number word: a share ('a third of the
    victims', 'la metà dei soci'), a margin of one ('by one wicket')."""
    text = s.text
    if not _SHARE_WORDS.isdisjoint(cues) and _share_cue(text, doc.language):
        yield from _share_candidates(s, doc)
    if _MARGIN_WORDS.isdisjoint(cues):
        return
    if doc.language == "en" and (" by one " in text or " by a single " in text):
        for asked, answer, _, _ in _margin_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")


def _share_candidates(s: Sentence, doc: Document) -> Iterator[Candidate]:
    share_of = _share_verb_question(s, doc)
    if share_of is not None:
        asked, answer, accepted = share_of
        kind = "percent" if _has_digit(answer) else "fraction"
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type=kind
        )


def _kind_candidates(
    s: Sentence, doc: Document, digits: bool, cues: frozenset[str], spans: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """The questions of the kinds a word of the sentence tells (a share, a speed, a count
    reached, a distance, a race time, a margin); `spans` gets the numbers they ask, which
    are no counts of their own."""
    language = doc.language
    text = s.text
    if not _SHARE_WORDS.isdisjoint(cues) and _share_cue(text, language):
        yield from _share_candidates(s, doc)
    speed = digits and (not _SPEED_WORDS.isdisjoint(cues) or "mph" in text)
    for asked, answer, accepted in _speed_questions(s, doc) if speed else ():
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
    reached = _reached_question(text, language) if not _REACHED_WORDS.isdisjoint(cues) else None
    if reached is not None:
        asked, answer, accepted = reached
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
    distance = not _LENGTH_WORDS.isdisjoint(cues) or (digits and "km" in text)
    for asked, answer, number in _distance_questions(s, doc) if distance else ():
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=(number,), answer_type="number"
        )
    race = digits and not _CLOCK_WORDS.isdisjoint(cues) and " in " in text
    for asked, answer, at in _race_time_questions(s, doc) if race else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        spans.append((at, at + len(answer)))  # "in 3 ore": the time, not a count of hours
    margin = language == "en" and not _MARGIN_WORDS.isdisjoint(cues) and " by " in text
    for asked, answer, start, end in _margin_questions(s, doc) if margin else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        spans.append((start, end))  # the count of the margin is asked


# The age of someone a passive tells of: "a 19-year-old man from Leeds was arrested on ...",
# "Un uomo di 19 anni è stato arrestato ...".
_NAMED_PLACE = r"(?:\s+(?:from|di|da)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
_AGE = {
    "en": re.compile(
        r"\b(?:a|an)\s+(?P<age>\d{1,3})-year-old\s+(?P<np>[a-z]{3,}" + _NAMED_PLACE + r")\s+"
        r"(?P<aux>was|were|is|has\s+been|had\s+been)\s+(?P<part>[a-z]{3,})(?P<rest>[^,;:()]*)",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<art>un|una|uno)\s+(?P<noun>[a-zà-ù]{3,})\s+di\s+(?P<age>\d{1,3})"
        r"\s+anni(?P<np>" + _NAMED_PLACE + r")\s+(?P<aux>è\s+stat[oa]|sarà|è)"
        r"\s+(?P<part>[a-zà-ù]{3,})(?P<rest>[^,;:()]*)",
        re.IGNORECASE,
    ),
}
_PAST_AUX = frozenset(["was", "were", "had been"])


def _age_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int, int]]:
    """(question, age, start, end of the age and its unit) of someone told of by age in a
    passive: 'How old was the man from Leeds who was arrested on suspicion of theft?',
    'Quanti anni ha l’uomo arrestato per furto?'."""
    text = s.text
    for m in _AGE[language].finditer(text):
        part = m.group("part")
        aux = squash(m.group("aux").lower())
        # After "stato"/"been" any word is a participle, however irregular ("soccorsa")
        participle = aux.endswith(("stato", "stata", "been")) or is_participle(part, language)
        if not part.islower() or not participle:
            continue
        rest = _TAIL_END.split(m.group("rest") + " ")[0].strip()
        if _has_digit(rest):
            continue
        if language == "en":
            be = "was" if aux in _PAST_AUX else "is"
            asked = f"How old {be} the {m.group('np')} who {aux} {part} {rest}"
            unit_end = text.index("-year-old", m.start("age")) + len("-year-old")
        else:
            noun = m.group("noun").lower()
            the = _definite(m.group("art").lower(), noun)
            named = f"{the}{'' if the.endswith('’') else ' '}{noun}{m.group('np')}"
            asked = f"Quanti anni ha {named} {part} {rest}"
            unit_end = m.end("age") + len(" anni")
        yield squash(asked) + "?", m.group("age"), m.start("age"), unit_end


# An English compound of a figure and a unit before the noun of the verb's object: "agreed a
# new 125-year lease", "bought a 14-hectare site", "will open a 12-bay assessment zone".
_EN_COMPOUND = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
    r"-(?P<unit>year|month|week|day|hour|hectare|acre|seat|bed|bay|room|bedroom|storey|lane"
    r"|berth|screen)\s+(?P<head>[a-z]+(?:\s+[a-z]+){0,2})"
)
_EN_COMPOUND_DURATIONS = frozenset("year month week day hour".split())
_LONGEST_COMPOUND_HEAD = 2  # words of the noun after the compound: "a 12-bay| assessment zone"
_EN_COMPOUND_AREAS = frozenset("hectare acre".split())
_EN_SUBJECT_PRONOUNS_ALL = frozenset("it they he she we i you this that".split())


def _compound_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of a figure in a compound before the noun the verb
    takes: 'The club must agree a new 125-year lease with the trustees' -> 'How long is the new
    lease the club must agree with the trustees?', 'The firm bought a 14-hectare site' -> 'How
    large is the site the firm bought?', 'will open a 12-bay zone' -> 'How many bays are in
    the zone the hospital will open?'."""
    text = s.text
    for m in _EN_COMPOUND.finditer(text):
        head: list[str] = []
        for w in m.group("head").split()[:_LONGEST_COMPOUND_HEAD]:
            if w in STOPWORDS["en"] or w in PREPOSITIONS["en"] or w in _EN_PLACE_PREPOSITIONS:
                break
            if _verb_like(w):
                break
            head.append(w)
        end = m.start("head") + len(" ".join(head))
        following = text[end:].split(maxsplit=1)[:1]
        near = bool(following) and following[0] in _EN_PLACE_PREPOSITIONS  # "a plot| near"
        if not head or not (near or _ends_noun_phrase(text, end)):
            continue
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or _is_copula(frame, "en"):
            continue
        if frame.subject.lower() in _EN_SUBJECT_PRONOUNS_ALL:
            continue
        between = frame.between_text.split()
        if not between or between[0] not in ("a", "an") or len(between) > 3:
            continue
        mods = between[1:]
        if any(not w.isalpha() or w.lower() in STOPWORDS["en"] for w in mods):
            continue
        tail = _tail(text, end, "en")
        if tail is None or _has_digit(_YEAR.sub("", tail)):
            continue
        if tail and text[end:].lstrip()[len(tail) :].startswith(" and "):
            tail = ""  # "a programme in manufacture| and installation": the tail is cut short
        named = " ".join([*mods, *head])
        if tail.startswith("of "):  # "a 40-hectare area| of moorland": the noun's complement
            named, tail = f"{named} {tail}", ""
        asked = _compound_unit_question(m, frame, named, tail)
        if asked is not None:
            yield asked
    return


def _compound_unit_question(
    m: re.Match[str], frame: _Frame, named: str, tail: str
) -> tuple[str, str, int, int] | None:
    """The question of one compound (see _compound_questions)."""
    num, unit = m.group("num"), m.group("unit")
    clause = squash(f"{frame.subject} {' '.join(frame.verb)} {tail} {frame.when}")
    past = frame.verb[0].lower() not in _PRESENT_HEADS and is_finite(frame.verb[0], "en")
    plural = unit + "s" if unit != "storey" else "storeys"
    if unit in _EN_COMPOUND_DURATIONS:
        be = "was" if past else "is"
        answer = f"{num} {unit if num == 'one' or num == '1' else plural}"
        return f"How long {be} the {named} {clause}?", answer, m.start("num"), m.end("unit")
    if unit in _EN_COMPOUND_AREAS:
        answer = f"{num} {unit if num == 'one' or num == '1' else plural}"
        return f"How large is the {named} {clause}?", answer, m.start("num"), m.end("unit")
    return f"How many {plural} are in the {named} {clause}?", num, m.start("num"), m.end("num")


# A bare English figure of a noun, the object of the verb: "drew a crowd of about 4,200",
# "has a capacity of 14,500." (no counted noun after it, so no count of its own).
_BARE_FIGURE_OF = re.compile(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|just\s+over"
    r"|up\s+to)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)"
    r"(?=\s*(?:[.,;:)]|$|\s(?:and|in|at|on|for|when|while|but|after|before|from)\b))"
)


def _bare_figure_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, figure, where it starts) of a bare figure a noun of size or count names:
    'The match drew a crowd of about 4,200' -> 'How large a crowd did the match draw?'."""
    text = s.text
    for m in _BARE_FIGURE_OF.finditer(text):
        if m.group("noun") not in _EN_SIZE_NOUNS and m.group("noun") not in _EN_FIGURE_NOUNS:
            continue
        frame = _frame(text, m.start("num"), s, doc)
        tail = _tail(text, m.end("num"), "en")
        if frame is None or tail is None or not frame.subject:
            continue
        asked = _noun_of_count_question(frame, tail)
        if asked is not None:
            yield asked, m.group("num"), m.start("num")


# An English person's age said with the name: "Jim Hale, 78, from Stanley", "Ann Roe, now
# 64,", "Ann Roe, a 16-year-old student", "retired plumber Jim Hale" after "58-year-old".
_AGE_CUE = re.compile(r",\s(?:now\s|aged\s)?\d{1,3},\s|\d-year-old\s")
_AGE_AFTER_NAME = re.compile(
    r",\s+(?:(?:now|aged)\s+)?(?P<age>\d{1,3}),\s"
    r"|,\s+an?\s+(?P<old>\d{1,3})-year-old\s"
)
_AGE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<age>\d{1,3})-year-old\s+(?P<words>(?:[a-z][a-z-]*\s+){0,4})"
)
_NOT_BARE_AGE = frozenset("a an the his her their its".split())  # "a 19-year-old| substitute"
# What tells of a person no longer living: the age then is at death, which "How old is" misses.
_DEATH_WORDS = frozenset("died dies dead death killed late funeral obituary".split())


def _named_age_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, age, start, end) of a person's age said right after the name or in the
    words before it: 'Jim Hale, 78, from Stanley, ...' -> 'How old is Jim Hale?', '58-year-old
    former lorry driver Jim Hale' -> the same."""
    text = s.text
    if not _DEATH_WORDS.isdisjoint(w.lower() for w in re.findall(r"[A-Za-z]+", text)):
        return
    people = people_in(text, doc)
    asked: set[str] = set()
    for _start, end, name in people:
        after = _AGE_AFTER_NAME.match(text, end)
        if after is None or name in asked:
            continue
        group = "age" if after.group("age") else "old"
        if not 5 <= int(after.group(group)) <= 110:
            continue
        asked.add(name)
        yield f"How old is {name}?", after.group(group), after.start(group), after.end(group)
    starts = {start: name for start, _end, name in people}
    for m in _AGE_BEFORE_NAME.finditer(text):
        before = text[: m.start()].split()[-1:]
        if before and before[0].lower() in _NOT_BARE_AGE:
            continue
        named = starts.get(m.end())
        if named is None or named in asked or not 5 <= int(m.group("age")) <= 110:
            continue
        if any(w in STOPWORDS["en"] for w in m.group("words").split()):
            continue
        asked.add(named)
        yield f"How old is {named}?", m.group("age"), m.start("age"), m.end("age")


def _candidates_of(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    language = doc.language
    share = _share_question(s.text, doc) if digits else None
    if share is not None:
        asked, answer, accepted = share
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
        )
    text = s.text
    asked_spans: list[tuple[int, int]] = []
    group = None
    if share is None and digits and _GROUP_SHARE_CUE[language] in text:
        group = _group_share_question(text, language)
    if group is not None:
        asked, answer, accepted = group
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
        )
    if ("year-old" in text if language == "en" else " anni " in text) and digits:
        for asked, answer, start, end in _age_questions(s, language):
            accepted = (text[start:end],)
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
            asked_spans.append((start, end))
    if language == "en" and "-" in text:
        for asked, answer, start, end in _compound_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if language == "en" and digits and _AGE_CUE.search(text):
        for asked, answer, start, end in _named_age_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if not _TALLY_WORDS.isdisjoint(cues):
        for asked, answer, start, end in _bare_tally_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if digits and not _SCORE_WORDS.isdisjoint(cues) and ("-" in text or "–" in text):
        for asked, answer, start, end in _score_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    cleft = None
    if language == "it" and not _CLEFT_WORDS.isdisjoint(cues) and " che " in text:
        cleft = _cleft_question(s)
    if cleft is not None:  # "Sono dodici i comuni che hanno aderito": asked, no copula
        asked, answer, accepted, at = cleft
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
        asked_spans.append((at, at + len(answer)))
    if digits and not _SYMBOL_WORDS.isdisjoint(cues):
        for asked, answer, at in _symbol_dimension_questions(s, doc):
            number = answer.rstrip("kmcftio ")
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(number,), answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))
    if digits and not _RANGE_WORDS.isdisjoint(cues):
        for asked, answer, start, end in _range_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if not _LATER_WORDS.isdisjoint(cues) and _LATER_UNIT.search(text):
        for asked, answer, measure, at in _later_questions(s, doc):
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(measure,), answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))
    if digits and not _POPULATION_WORDS.isdisjoint(cues):
        for asked, answer, approx, at in _population_questions(s, doc):
            accepted = (approx,) if approx != answer else ()
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))  # "4.600 abitanti": no count of its own
    if language == "en" and digits and " of " in text:
        for asked, answer, at in _bare_figure_questions(s, doc):
            if any(a <= at < b for a, b in asked_spans):
                continue  # "has a population of 4,600": asked of the place
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
    if not cues.isdisjoint(_KIND_WORDS) or (digits and ("mph" in text or "km" in text)):
        yield from _kind_candidates(s, doc, digits, cues, asked_spans)
    if digits and ("%" in s.text or "cent" in s.text):
        if share is None and _SHARE_WORDS.isdisjoint(cues):  # any verb and a share of a whole
            yield from _share_candidates(s, doc)
        percent_object = _percent_object_question(s, doc)
        if percent_object is not None:
            asked, answer, accepted = percent_object
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
            )
        for asked, answer in _change_questions(s, doc):
            if not asked:  # "Sales jumped 10% and 15%": a cloze hides the first one too
                at = s.text.find(answer)
                cloze = _cloze(s, at, at + len(answer))
                yield Candidate("cloze", s, 0.45, answer, cloze=cloze, answer_type="percent")
            elif percent_object is None or answer != percent_object[1]:  # "un’offerta del 3%"
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        if language == "it" and " in più rispetto " in text:
            rise = _italian_rise_question(s, doc)
            if rise is not None:
                asked, answer = rise
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        if _IN_SHARE_CUE[language] in text:
            in_share = _in_share_question(s, doc)
            if in_share is not None:
                asked, answer = in_share
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
    copula = _copula_question(s.text, language) if cleft is None else None
    if copula is not None:
        asked, m, accepted = copula
        answer = m.group("num")
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
        cloze = _cloze(s, m.start("num"), m.end("num"))
        yield Candidate("cloze", s, 0.2, answer, cloze=cloze, answer_type="number")
    if language == "en" and digits and ("km" in s.text or "-m" in s.text or "-kilom" in s.text):
        for asked, answer, num, start, end in _length_questions(s.text):
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(num,), answer_type="number"
            )
            if not s.text.startswith("-", end):  # the compound's cloze hides its number
                cloze = _cloze(s, start, end + len(answer) - len(num))
                yield Candidate("cloze", s, 0.2, answer, cloze=cloze, answer_type="number")
    whole = list(_whole_spans(s, language, digits))
    for start, end in whole:
        hidden = s.text[start:end]
        yield Candidate("cloze", s, 0.5, hidden, cloze=_cloze(s, start, end), answer_type="number")
    whole += asked_spans
    for count in _counts(s.text, language, digits, words):
        if any(a <= count.start < b for a, b in whole):
            continue
        if _no_fact(count, s.text):
            continue
        found = _count_question(count, s, doc)
        if found is not None and _joins_nothing(found[0], language):
            found = None
        if count.noun in _YEARS and found is None:
            continue  # "tre anni fa", "da 10 anni": a time, not a count to recall
        if found:
            asked, answer = found
            if s.text.startswith(answer, count.start):
                # "18 votes to 11": the other side's number is part of this answer
                whole.append((count.start + 1, count.start + len(answer)))
            accepted = (s.text[count.start : count.noun_end], *count.accepted)
            if answer.lower() != count.number.lower():
                accepted = (count.number, *accepted)
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
        yield Candidate(
            "cloze",
            s,
            0.2 if found else 0.45 if count.digits or count.noun in _CLOCK else 0.5,
            count.number,
            cloze=_cloze(s, count.start, count.end),
            answer_type="number",
        )
