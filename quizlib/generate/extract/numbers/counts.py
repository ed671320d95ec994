"""A count: a number and the noun it counts ("oltre 6.000 terremoti", "nove condanne")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ...chunks import (
    ADVERBIALS,
    PREPOSITIONS,
)
from ...document import NAME_RUN
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_MONTH_ABBREVIATION_WORDS,
    MONTHS,
    QUANTIFIERS,
    STOPWORDS,
    UNITS,
)
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
)
from .sums import BARE_MULTIPLIERS, bare_italian_sum
from .tails import tail_end
from .words import NUMBER_WORDS, _spelled_number, spelled_value

# The number opens with its first digit and looks behind it from there ("(?<![\w.,’-])" before
# "\d{1,3}(?:[.,\u202f ]\d{3})+|\d+(?:[.,]\d+)?", alternatives in the same order): a pattern
# that starts with a digit lets re skip to the digits instead of trying every position.
# (an acronym of two letters may open an English noun phrase: "41 GP| practices")
_COUNTED = (
    r"\s+(?:(?:di|of)\s+)?(?P<noun>[^\W\d_]{3,}|[A-Z]{2}(?=\s+[a-z]{3,}))"
    r"(?:\s+(?P<adj>[^\W\d_]{3,})(?![\w’]))?"  # no elided word: "42 operai| quest’anno"
)


NUMBER = re.compile(
    r"(?P<num>\d(?<![\w.,’:-]\d)(?:\d{0,2}(?:[.,\u202f ]\d{3})+|\d*(?:[.,]\d+)?))"
    r"(?:(?:\s+|(?=mila\b))(?P<mult>mila|milioni|miliardi|milione|miliardo|thousand|million"
    r"|billion))?" + _COUNTED  # "410mila euro": Italian writes "mila" joined to the figure too
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
# The months a day's figure may follow in English, with the abbreviations before a day ("Aug.
# 31"); an Italian day stands before its month ("dall’inizio di ottobre| 14 chili": a count).
_MONTHS_BEFORE_DAY = _MONTHS["en"] | EN_MONTH_ABBREVIATION_WORDS


def _after_month(text: str, at: int, language: str) -> bool:
    """Whether the figure at `at` follows a month's name: the day of a date, no count."""
    before = text[max(0, at - 12) : at].split()[-1:]
    return language == "en" and bool(before) and before[0].lower() in _MONTHS_BEFORE_DAY


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
    roubles corone kroner kronor""".split()
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


_NOT_COUNTS = frozenset(
    """terzi quarti quinti decimi thirds quarters fifths tenths halves since until till
    before after during despite because while whereas although unless though""".split()
)  # parts, and words that open a phrase of their own: "doubled to about 180 | since ..."


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


# English nouns whose plural is the singular ("500 juvenile salmon"); before a plural in -s
# they are its modifier ("12 salmon pens", "three sheep farms").
_EN_SAME_PLURALS = frozenset(
    """sheep fish deer cattle aircraft salmon trout chinook cod carp pike grouse elk moose bison
    swine livestock offspring""".split()
)
# English plurals with no "s".
_EN_PLURALS = _EN_SAME_PLURALS | frozenset(
    "people children men women police staff feet teeth mice".split()
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
    value = spelled_value(words[0], language) or 1
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
    if word in STOPWORDS[language] or word in _APPROX:
        return at  # "35,000 animals| of about 500 species": another count's
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
    clause_end = tail_end(text, nxt.start())
    return clause_end if len(text[end:clause_end].split()) <= _LONGEST_GERUND_CLAUSE else at


# Nouns that count charges, whose complement names an offence the law names in full, with a
# means after it: "14 counts of fraud| by false representation|", "two charges of causing death|
# by dangerous driving|", "14 capi di imputazione| per truffa aggravata|".
_CHARGES = {
    "en": frozenset("counts charges offences offenses".split()),
    "it": frozenset("capi accuse imputazioni reati".split()),
}
_OFFENCE_MEANS = {
    "en": re.compile(r"\s+(?:by|with)\s+[a-z]{3,}(?:\s+[a-z]{3,}){0,2}\b"),
    "it": re.compile(r"\s+per\s+[a-zàèéìòù]{3,}(?:\s+[a-zàèéìòù]{3,}){0,2}\b"),
}

# What ends the means of an offence: a preposition, or an adverb that opens a place ("per truffa
# | davanti al giudice").
_NO_MEANS = (
    PREPOSITIONS["it"]
    | PREPOSITIONS["en"]
    | frozenset("davanti dietro vicino accanto insieme".split())
)


def _offence_end(text: str, noun: str, at: int, language: str) -> int:
    """The end of the offence a count of charges names, with its means ('fraud by false
    representation'): what stays with the noun in a question, not after its verb. The means is
    a bare phrase of lowercase words, up to a word that opens something else ('by deception |
    at an earlier hearing', 'by the end of May' is a time)."""
    if noun not in _CHARGES[language]:
        return at
    m = _OFFENCE_MEANS[language].match(text, at)
    if m is None:
        return at
    words = m.group().split()[1:]
    kept = 0
    for word in words:
        if word in _NO_MEANS or word in STOPWORDS[language] or is_finite(word, language):
            break
        kept += 1
    if kept == 0:
        return at
    return at + text[at:].index(words[kept - 1]) + len(words[kept - 1])


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
    if word in _IT_IMPROPER_PREPOSITIONS:
        return at  # "600 capi di bestiame| vicino a Cuneo": a place opens, no adjective
    if (
        word.endswith(_PRESENT_PARTICIPLE)
        and word not in _IT_IMPROPER_PREPOSITIONS
        and (_GOVERNED.match(text, m.end()))
    ):
        return at  # "di vite| resistente alla siccità": the adjective with its own complement
    return m.end()


# The size of each thing counted: "12 autobus| da 18 metri( ciascuno)"; not a range ("in tre
# settimane| da 4 a 6,50 euro").
_SIZE = re.compile(
    r"\s+da\s+\d[\d.,]*\s+(?!(?:a|ad|al|alla|alle|ai|agli|e|fino)\b)[^\W\d_]+"
    r"(?:\s+ciascun[oa]\b)?"
)


# A quality of each thing counted, "a"/"ad" with an adjective of degree and a noun: "4 idrovore|
# ad alta capacità", "30 dipendenti| a tempo pieno"; no adverbial of the clause.
_QUALITY = re.compile(
    r"\s+(?:a|ad)\s+(?:alt[aoie]|bass[aoie]|doppi[ao]|lung[ao]|cort[ao]|medi[ao]|tempo)"
    r"\s+[a-zà-ù]{4,}\b(?!’)"
)


# "a"/"ad" and a bare noun right after an Italian counted noun: what each is made with or
# runs on ("sensori a fibra ottica", "locomotive a vapore"), before an adjective or the end.
_KIND_WITH_A = re.compile(r"\s+(?:a|ad)\s+(?P<word>[a-zà-ù]{4,})\b(?![’'])")


# Nouns after "a" that make a rate or a place of the clause, no kind: "10 euro a testa", or
# open a phrase of whom it is for: "900 firme a sostegno| della proposta".
_NOT_KINDS = frozenset(
    """testa persona settimana volta notte giornata partita famiglia casa scuola piedi bordo
    terra causa fronte favore seguito parte metà fine inizio destinazione sostegno carico
    beneficio vantaggio danno""".split()
)


_NEXT_AFTER_KIND = re.compile(r"\s*(?P<word>[^\s,;.:)]*)")


def _kind_with_a(text: str, at: int) -> int:
    """The end of 'a' and a noun that tells the kind of the counted thing, or 0."""
    m = _KIND_WITH_A.match(text, at)
    if m is None:
        return 0
    word = m.group("word")
    if word == "sedere" and text[:at].endswith("posti"):
        return m.end()  # "90 posti a sedere": seats, whatever the verb "sedere" is elsewhere
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
    r"(?:[^\W\d_]+’s\s+|(?:(?:circa|oltre|quasi|about|around|nearly|almost|some)\s+)?"
    r"\d[\d.,]*\s+)?(?P<noun>[^\W\d_]{3,})\b(?![’'-])",
    re.UNICODE,
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
    if language == "it":  # "12 delle 40 strutture censite| versano": the whole's participle
        phrase_end = _whole_participle_end(text, phrase_end)
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


# A word of the phrase of a participle after an Italian counted whole, up to the clause's verb:
# its letters, an article joined by an apostrophe split off ("dall’|azienda").
_PHRASE_WORD = re.compile(r"[^\W\d_]+[’']|[^\s,;:.()’']+")


_LONGEST_WHOLE_PHRASE = 8  # words of the participle's phrase after the whole's noun


def _whole_participle_end(text: str, at: int) -> int:
    """The end of a plural participle and its complements after the noun of an Italian whole
    a count is part of, right before the clause's verb: '12 delle 40 strutture| censite
    dall’ufficio| versano l’imposta' -> after 'ufficio'; `at` when no participle opens there
    or no verb follows its phrase (the participle may be the verb itself)."""
    rest = text[at:]
    stop = re.search(r"[,;:.()]", rest)
    words = list(_PHRASE_WORD.finditer(rest, 0, stop.start() if stop else len(rest)))
    if not words or rest[: words[0].start()].strip():
        return at
    first = words[0].group(0).lower()
    if not first.endswith(("i", "e")) or not is_participle(first, "it") or is_finite(first, "it"):
        return at
    reach = words[: _LONGEST_WHOLE_PHRASE + 1]
    for prev, word in zip(reach, reach[1:], strict=False):
        low = word.group(0).lower()
        if low in AUXILIARIES["it"] or is_finite(low, "it"):
            return at + prev.end()
    return at


# Italian pronouns a count of part of a group may take with "di": the group is named in
# another sentence, which the question cannot show.
_IT_PRONOUNS_OF = frozenset("questi queste quelli quelle essi esse loro tutti tutte".split())


def _institutional(noun: str, language: str) -> bool:
    """Whether a capitalised Italian noun is a common noun of the parts of a body, written
    with a capital as Italian papers often do: '38 Paesi', '12 Comuni', '5 Regioni'."""
    return language == "it" and noun.istitle() and noun.lower() in _MEMBER_NOUNS


# Adverbs after a figure whose noun an earlier count holds: "40 abroad", "120 part-time".
_WHERE_OR_HOW = frozenset(
    "abroad overseas locally nationally internationally permanently online apiece".split()
)


def _count(m: re.Match[str], text: str, language: str, spelled: bool) -> _Count | None:
    """The count a match of NUMBER or _SPELLED stands for, or None when it counts nothing."""
    num, noun, adj = m.group("num"), m.group("noun"), m.group("adj")
    if not spelled and _after_month(text, m.start("num"), language):
        return None  # "between July 15 and August 31| each year": a day of a month
    if noun.lower() in _WHERE_OR_HOW:
        return None  # "300 members locally and 40| abroad": the noun is the first count's
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
        elif language == "en" and (not _plural(noun, "en") or noun.lower() in _EN_SAME_PLURALS):
            modified = _modified_head(text, m.start("noun"))
            if modified is not None:  # "12 lightweight solar-powered GPS tags"
                noun, noun_end = modified
    shared = _shared_head(text, m, noun) if language == "en" and adj is None else None
    if shared is not None:  # "30 seasonal| and 4 permanent workers": the workers'
        noun = shared
    first_head = _first_of_pair_head(text, m, language) if shared is None else None
    if spelled and not _spelled_counts(m, text, noun, language):
        return None
    if not spelled and _YEAR.fullmatch(num):
        return None
    low = noun.lower()
    if low in _MONTHS[language] or low in _NOT_COUNTS or low in _SKIP_NOUNS:
        return None
    if (not noun.islower() and not _institutional(noun, language)) or noun in STOPWORDS[language]:
        return None
    if language == "it" and is_finite(low, "it"):
        return None  # "Altri 2,4 milioni| serviranno a ...": the verb of a sum, no noun
    if low in _CLOCK and _has_hours(text) and _in_clock_duration(text, m, low):
        return None
    end = m.end("mult") if m.groupdict().get("mult") else m.end("num")
    number = text[m.start("num") : end]
    if low not in UNITS | _EXTRA_UNITS:
        noun_end = _coordinated_noun(text, noun_end, language)  # "48,000 homes| and businesses"
    phrase_end = _offence_end(text, low, _complement(text, noun_end, language), language)
    counted = text[m.start("noun") : noun_end]
    nouns = text[m.start("noun") : phrase_end]
    if shared is not None:
        counted = nouns = f"{counted} {shared}"
    if first_head is not None:  # "30 lavoratori stagionali e 4 fissi": "lavoratori fissi"
        word, low = m.group("noun"), first_head
        counted = nouns = f"{first_head} {word}" if language == "it" else f"{word} {first_head}"
    return _Count(
        start=m.start("num"),
        end=end,
        noun_end=phrase_end,
        unit_end=noun_end,
        number=number,
        digits=_spelled_value(number, language) if spelled else None,
        noun=low,
        nouns=nouns,
        counted=counted,
        adj=adj,
    )


# The second count of a pair whose counted noun both share: "30 seasonal| and 4 permanent
# workers", "three gold| and two silver medals".
_SECOND_OF_PAIR = re.compile(
    r"\s+(?:and|or)\s+(?:\d[\d.,]*|[a-z]+)(?:\s+(?:thousand|million|billion))?(?=\s)"
)


def _shared_head(text: str, m: re.Match[str], noun: str) -> str | None:
    """The plural noun a count of modifiers alone shares with the count joined to it, which
    names it: 'workers' of '30 seasonal and 4 permanent workers'; None where the counted
    word is a noun of its own ('30 homes and 12 shops')."""
    if _plural(noun, "en") or noun.lower() in _EN_PLURALS or not _modifier(noun):
        return None
    pair = _SECOND_OF_PAIR.match(text, m.end("noun"))
    if pair is None:
        return None
    second = pair.group(0).split()[1]
    if not (second[0].isdigit() or second in NUMBER_WORDS["en"]):
        return None
    head = _modified_head(text, pair.end())
    return None if head is None else head[0]


# The first count of a pair, right before the second's number: its figure, its noun and, in
# Italian, the adjective after it ("30 lavoratori stagionali e| 4 fissi"); in English, up to
# three modifiers before the noun ("30 seasonal workers and| 4 permanent").
_FIRST_OF_PAIR = {
    "it": re.compile(
        rf"(?<![\w’-])(?:\d[\d.,]*|(?i:{_spelled_number('it')}))\s+(?P<head>[a-zà-ù]{{3,}})"
        r"\s+(?P<adj>[a-zà-ù]{3,})\s+(?:e|ed|o)\s+$"
    ),
    "en": re.compile(
        rf"(?<![\w’-])(?:\d[\d.,]*|(?i:{_spelled_number('en')}))\s+(?:[a-z-]+\s+){{0,3}}"
        r"(?P<head>[a-z]{3,})\s+(?:and|or)\s+$"
    ),
}
# Endings of Italian plural nouns of people, which a count names on its own ("e 4 dirigenti",
# "e 3 infermieri"), where an adjective would share the first count's noun.
_IT_PEOPLE_ENDINGS = ("tori", "trici", "isti", "iste", "ieri", "iere", "ai", "enti", "anti")


def _first_of_pair_head(text: str, m: re.Match[str], language: str) -> str | None:
    """The noun the second count of a pair shares with the first, when the second names only
    an adjective: 'lavoratori' of '30 lavoratori stagionali e 4 fissi', 'workers' of '30
    seasonal workers and 4 permanent'; None where the second count names a noun of its own
    ('30 uomini armati e 4 donne', '30 homes and 12 shops')."""
    before = _FIRST_OF_PAIR[language].search(text, max(0, m.start("num") - 80), m.start("num"))
    word = m.group("noun")
    if before is None or not word.islower() or word in STOPWORDS[language]:
        return None
    head = before.group("head")
    if language == "en":
        if not _plural_head(head) or not _modifier(word) or _plural(word, "en"):
            return None
        return None if _modified_head(text, m.start("noun")) is not None else head
    first_adj = before.group("adj")
    if head in STOPWORDS["it"] or first_adj in STOPWORDS["it"] or word == head:
        return None
    if not (_plural(head, "it") and _follows_noun(first_adj, "it") and _plural(word, "it")):
        return None
    if m.group("adj") is not None and _follows_noun(m.group("adj"), "it"):
        return None  # "e 4 dirigenti esterni": a noun with its own adjective
    if word.endswith(_IT_PEOPLE_ENDINGS) or head.lower() in UNITS or word in UNITS:
        return None
    if head.endswith("i") and not word.endswith("i"):
        return None  # "uomini armati e 4 donne": an adjective agrees with the noun it shares
    return None if is_finite(word, "it") else head


# A second plural noun joined to a counted one: "48,000 homes| and businesses", "1.300
# volontari| e studenti".
_AND_NOUN = {
    "en": re.compile(r"\s+and\s+(?P<noun>[a-z]{3,})(?=[\s,;.:]|$)"),
    "it": re.compile(r"\s+(?:e|ed)\s+(?P<noun>[a-zà-ù]{3,})(?=[\s,;.:]|$)"),
}


def _coordinated_noun(text: str, at: int, language: str) -> int:
    """The end of a plural noun joined by 'and'/'e' to the counted one, which the count counts
    too ('48,000 homes and businesses', '1.300 volontari e studenti'), or `at`: not a verb
    ('hired 20 staff and opened', 'ha assunto 20 persone e aperto'), nor a noun a number of
    its own counts ('30 homes and 12 shops')."""
    m = _AND_NOUN[language].match(text, at)
    if m is None:
        return at
    noun = m.group("noun")
    if not _plural(noun, language) or noun in STOPWORDS[language] or noun in _TIME_UNITS:
        return at
    if is_finite(noun, language) or is_gerund(noun, language) or _verb_like(noun):
        return at
    if language == "it" and (is_participle(noun, "it") or noun in ADVERBIALS["it"]):
        return at
    if language == "it" and noun[-1:] != text[:at].rstrip()[-1:]:
        return at  # "monete e frammenti": nouns of two genders, which no "Quanti/Quante" fits
    if text[m.end() : m.end() + 1] in {",", ";", ".", ":"}:
        return m.end()
    after = text[m.end() : m.end() + 30].split(maxsplit=1)
    if after and _ends_noun_phrase_before(after[0], language):
        return m.end()
    return at  # "employs 140 people and supplies| milk": a verb and its object


def _ends_noun_phrase_before(word: str, language: str) -> bool:
    """Whether a word may follow a counted noun phrase, which a noun after 'and' ended: a
    preposition, a verb, a relative ('homes and businesses| in Duluth', '| were')."""
    return (
        word in PREPOSITIONS[language]
        or word in ARTICULATED
        or word in AUXILIARIES[language]
        or word in {"that", "who", "which", "che"}
        or (word.islower() and is_finite(word, language))
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
_MODIFIER_WORD = re.compile(r"\s*(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*-?)(?P<end>[,;.:)]?)")


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
        if _plural_head(word) and not _modifies_next(word, text, m):
            return word, m.end("word")
        if m.group("end") or not (_modifier(word) or _joins_modifiers(word, text, m)):
            return None
        at = m.end()
    return None


def _joins_modifiers(word: str, text: str, m: re.Match[str]) -> bool:
    """Whether an 'and'/'or' joins two hyphenated modifiers of one noun: '40 full-time and
    part-time| jobs', '40 full- and part-time| jobs'."""
    before = text[: m.start("word")].split()
    if word not in ("and", "or") or not before or "-" not in before[-1]:
        return False
    after = _MODIFIER_WORD.match(text, m.end())
    return after is not None and "-" in after.group("word") and not after.group("end")


def _modifies_next(word: str, text: str, m: re.Match[str]) -> bool:
    """Whether a noun whose plural is its singular modifies a plural noun after it: '214
    chinook| salmon| redds' counts the redds."""
    if word not in _EN_SAME_PLURALS or m.group("end"):
        return False
    after = _MODIFIER_WORD.match(text, m.end())
    return after is not None and _plural_head(after.group("word"))


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
    if noun.lower() in _EN_SAME_PLURALS:
        return adj.endswith("s") and _plural(adj, "en") and not _verb_like(adj)
    return noun.lower() in _UNIT_ADJECTIVES or (
        not _plural(noun, "en") and _plural(adj, "en") and noun.lower() not in STOPWORDS["en"]
    )


_PRESENT_PARTICIPLE = ("ente", "enti", "ante", "anti")


# The prepositions that open a present participle's complement, articulated and elided too
# ("provenienti dall’Abruzzo", "residenti nel quartiere").
_GOVERNED = re.compile(
    r"\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|di|del|dello|della|dei|degli|delle|in|nel|nello"
    r"|nella|nei|negli|nelle|a|al|alla|allo|alle|ai|agli)\s|\s+(?:all|dall|dell|nell)’"
)


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
    aerogeneratori| alti 200 metri'); a unit's adjective never does ('18 chilometri quadrati|
    nel 1997')."""
    if adj.lower() in _UNIT_ADJECTIVES:
        return False
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
    if adj in _IT_IMPROPER_PREPOSITIONS:
        return False  # "davanti al giudice": a place, no participle's complement
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
    if adj in _IT_CONJUNCTIONS:
        return False  # "24 letti| quando ...": a clause opens
    if adj in QUANTIFIERS:
        return False  # "25 mila persone| ogni anno": a phrase of time opens
    return not is_finite(adj, language)


# Italian conjunctions that open a clause after a counted noun: no adjective of it.
_IT_CONJUNCTIONS = frozenset(
    """quando finché finchè mentre perché poiché sebbene benché affinché qualora oppure
    ovvero dove come così""".split()
)


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
    if word in AUXILIARIES[language]:
        return True
    # The object of a verb before it: "aveva attirato quattro offerte", "ha ricevuto nove
    # richieste" (a verb's participle would follow its auxiliary, not a number).
    before = _word_before(text, m.start())
    return before.islower() and (is_participle(before, language) or is_finite(before, language))


def _counts(text: str, language: str, digits: bool, words: frozenset[str]) -> list[_Count]:
    matches = list(NUMBER.finditer(text)) if digits else []
    if words:
        matches = sorted([*matches, *_spelled_matches(text, language, words)], key=_start)
    found = [c for m in matches if (c := _count(m, text, language, m.re is not NUMBER))]
    if language == "it" and digits:
        found = [_as_sum(c, text) for c in found]
        found += [c for m in matches if (c := _bare_sum(m, text, found)) is not None]
        found.sort(key=_count_start)
    if digits and _has_currency(text):
        money = _money_counts(text)
        # A sum in its currency sign is one count: "$4.8 billion factory" counts no factories.
        found = [c for c in found if not any(a.start <= c.start < a.end for a in money)]
        found = sorted([*found, *money], key=_count_start)
    if digits and language == "en" and "km" in text:
        found = sorted([*found, *_km_counts(text)], key=_count_start)
    return found


def _as_sum(count: _Count, text: str) -> _Count:
    """An Italian count of a multiplier alone that tells a sum ('un finanziamento da 1,2
    milioni') as the sum in euros it is, like '1,2 milioni di euro'; any other as it is."""
    if count.noun not in BARE_MULTIPLIERS or count.noun_end != count.unit_end:
        return count
    if not bare_italian_sum(text, count.start):
        return count
    number = text[count.start : count.noun_end]
    return replace(count, number=number, noun="euro", nouns="euro", counted="euro", adj=None)


def _bare_sum(m: re.Match[str], text: str, found: list[_Count]) -> _Count | None:
    """The Italian sum of a multiplier alone before a word that is no noun it counts ('un
    contributo da 2,6 milioni| alla scuola'), which no count holds yet; None for any other."""
    mult = m.group("mult") if m.re is NUMBER else None
    if mult not in BARE_MULTIPLIERS or any(c.start == m.start() for c in found):
        return None
    if m.group("noun").lower() not in STOPWORDS["it"] or not bare_italian_sum(text, m.start()):
        return None
    end = m.end("mult")
    number = text[m.start() : end]
    return _Count(m.start(), end, end, end, number, None, "euro", "euro", "euro", None)


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


# Sums written with their currency sign: "€435m", "$4.8 billion", "£120,000", "¥2 billion",
# or with the code of a currency that has no sign of its own: "NOK 300 million".
_CURRENCY_SIGNS = {
    **{"€": "euro", "$": "dollars", "£": "pounds", "¥": "yen"},
    **{"NOK": "kroner", "SEK": "kronor", "DKK": "kroner", "CHF": "francs"},
}


_CURRENCY_CODES = tuple(sign for sign in _CURRENCY_SIGNS if len(sign) > 1)


# A sum in its currency sign, the dollar's country maybe before it ("US$5m", "A$38 million").
_MONEY = re.compile(
    r"(?<![\w$€£¥])(?:US|A|C|NZ|HK|S)?(?P<sign>[$€£¥]|(?:NOK|SEK|DKK|CHF)(?=\s?\d))\s?"
    r"(?P<num>\d(?:\d{0,2}(?:[.,]\d{3})+|\d*(?:[.,]\d+)?))"
    r"(?P<mult>\s?(?:bn|m|k)\b|\s(?:million|billion|trillion|thousand|mila|milioni|miliardi"
    r"|milione|miliardo)\b)?"
)


def _has_currency(text: str) -> bool:
    if "€" in text or "$" in text or "£" in text or "¥" in text:
        return True
    return any(code in text for code in _CURRENCY_CODES)


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


_APPROX = frozenset(
    """oltre circa quasi almeno più di appena ben about over nearly almost around some at least
    more than roughly approximately fewer""".split()
)


_AND = frozenset(("and", "e", "ed"))
