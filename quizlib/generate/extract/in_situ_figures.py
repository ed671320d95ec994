"""The figure an in-place question asks (see in_situ.py): the stretch of its sentence the
wh-phrase takes the place of and the answer, by kind: a count ('how many| wagons', 'quanti|
ettari'), a sum ('how much', 'quanti euro'), a share ('what percentage', 'a quale
percentuale'), a measure ('how many metres', 'what speed'), a year ('in what year', 'in che
anno') or a date ('on what date', 'in che giorno'); none for one end of a range, one of two
joined, a rate, a label, a sign or a figure that describes the noun after it."""

from __future__ import annotations

import re

from ..lexicon import ARTICULATED_PREPOSITION, EN_MODALS, MONTH_WORDS, STOPWORDS, WEEKDAYS
from ..verbs import AUXILIARIES, is_finite, is_participle, is_verb_lemma, may_be_present
from .in_situ_clause import DETERMINERS, IT_DEFINITE, NEXT_CLAUSE, WORD_BEFORE
from .numbers.gender import _how_many_it

# Words a figure's qualifier is made of, kept with the answer: "more than 70", "fino al 20%".
_QUALIFIER = {
    "en": re.compile(
        r"(?:\b(?:no\s+)?(?:more|fewer|less|greater|higher|lower)\s+than|\bup\s+to|\bat\s+least"
        r"|\bat\s+most"
        r"|\b(?:just\s+)?(?:over|under)|\babout|\baround|\balmost|\bnearly|\broughly|\bsome"
        r"|\bapproximately|\bclose\s+to)\s+$",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"(?:\b(?:poco\s+)?(?:più|meno)\s+d[ie]|\boltre|\bcirca|\bquasi|\balmeno|\bappena|\bben"
        r"|\b(?:intorno|attorno)\s+a)\s+$",
        re.IGNORECASE,
    ),
}
# What "over" follows as the preposition of a contest, not a bound: "wins over three seeds".
_WON = frozenset("win wins won victory victories triumph triumphs lead advantage edge".split())
# Verbs a following "up to" belongs to, not the figure: "build up to 12 trains a day".
_IT_UP_TO = re.compile(r"fino\s+(?:a|al|ai|alle|all’)\s*")
_TIME_PREPOSITION = re.compile(r"(?:over|under)\s+")
_TIME_NOUN = re.compile(
    r"\s+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|seasons?)(?:\b|$)"
)
_UP_TO_VERBS = frozenset("build builds built building go goes went going add adds added".split())

# What a figure's scale or unit may add after it, inside the answer.
_SCALE = (
    r"(?:\s?(?:thousand|million|billion|trillion|m|bn|mila|milioni|miliardi|milione|miliardo)\b)?"
)
_CURRENCY_WORD = r"(?:euro|dollari|dollars?|sterline|pounds?|franchi|francs|yen|rupees|sterlina)"
_CURRENCY_AFTER = re.compile(rf"^{_SCALE}(?:\s+di)?\s+{_CURRENCY_WORD}\b", re.IGNORECASE)
_CURRENCY_IN = re.compile(rf"\b{_CURRENCY_WORD}$", re.IGNORECASE)
_PERCENT_IN = re.compile(r"(?:%|\sper\s?cent[o]?|\spercent)$")
_PERCENT_AFTER = re.compile(r"^(?:\s?%|\s+per\s?cent(?:o)?\b|\s+percent\b)")
_SCALE_AFTER = re.compile(rf"^{_SCALE}(?:\s+di(?=\s))?", re.IGNORECASE)
# Units of measure: the question asks how many of them ("how many metres").
_UNITS = frozenset(
    """km kilometres kilometers km2 metres meters m miles mile feet ft foot inches yards cm mm
    tonnes tons tonne kg kilos kilograms grams litres liters hectares acres mw megawatts gw
    gigawatts kw kwh mwh gwh degrees chilometri metri miglia piedi tonnellate chili
    chilogrammi grammi litri ettari megawatt gigawatt gradi centimetri millimetri mq
    nodi knots""".split()
)
_SPEED_UNITS = frozenset("km/h mph kmh nodi knots".split())
_AREA_UNIT = re.compile(r"^square\s+(?:kilometres|kilometers|metres|meters|miles|feet)\b")
# A unit the figure's answer ends with: glued to it ("42km", "60km/h") or a word of its own.
_GLUED_UNIT = re.compile(r"(?:\d(?P<glued>)|\s)(?P<unit>[a-zA-Z]+(?:/h)?)$")
_UNIT_AFTER = re.compile(r"^\s?([a-zA-Z]+(?:/h)?|km/h)\b(?!-)")

# The English verbs of change a share follows without "by": "up 6 per cent" -> "up by what
# percentage".
_CHANGE = frozenset(
    """up down rose risen rise rises fell fallen fall falls grew grown grow grows increased
    increase increases decreased dropped drop drops climbed jumped slipped shrank
    swelled""".split()
)
# What follows a figure that opens a range: refused ("between 1937 and 1945").
_RANGE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:-|–|and|to|or|e|o|a|al|alle|through|until|by(?!\s+(?:1[5-9]|20)\d\d\b)"
    r"|x|×|fino(?:\s+al?)?)\s+"
    r"(?:il\s+|the\s+)?(?:[$£€]\s?)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|una|due|tre|quattro"
    r"|cinque|sei|sette|otto|nove|dieci)\b)"
)
# The sides of a size in one span: "20cm by 8cm", "3 x 4 metri".
_DIMENSIONS = re.compile(r"\d[^\d\s]{0,6}\s*(?:by|x|×|per)\s+\d")
_RANGE_BEFORE = re.compile(
    r"(?i)(?:(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|una"
    r"|due|tre|quattro|cinque|sei|sette|otto|nove|dieci))\s+(?:to|and|or|a|e|o)\s+$)"
    r"|\b(?:(?:alle|ore)|(?:between|tra|fra)\s+[^;]{1,30}?\s(?:and|e)"
    r"|(?:from|da|dal|dalla|dall’)\s*[^,;]{1,30}?\s(?:to|a|al|alla|all’|fino\s+a))\s+$"
)
_OF_A_PRONOUN = re.compile(
    r"^(?:\s?%|\s+per\s?cent[o]?)?\s+(?:of\s+(?:them|these|those|us|it)|di\s+(?:essi|esse|loro|questi"
    r"|queste|quelli|quelle|noi))\b"
)
_SIGN = re.compile(r"(?i)\b(?:minus|meno|plus|più)\s+$")
_AGO = re.compile(r"^(?:\s+[\w’'-]+)?\s+(?:ago|fa)\b")
# Two figures joined by "and" within a few words: "54% of members and 47% of staff".
_JOINED = re.compile(
    r"\d[\d.,]*\s?(?:%|per\s?cent[o]?)(?:\s+[\w’'-]+){0,4}?\s+(?:and|e|ed)\s+(?:il\s+|the\s+)?"
    r"\d[\d.,]*\s?(?:%|per\s?cent)"
)
# A figure of a pair of figures joined by "and": "nel 1968 e nel 1990", "3 contrari e 2".
_PAIRED_AFTER = re.compile(r"(?:\s+[\w’'-]+)?\s+(?:and|e|ed)\s+(?:[\w’'-]+\s+)?\d")
_PAIRED_BEFORE = re.compile(r"\d[\d.,]*(?:\s+[\w’'-]+)?\s+(?:and|e|ed)\s+(?:[\w’'-]+\s+)?$")
_EVERY = re.compile(r"(?i)\b(?:every|each|ogni)\s+$")
_WORD_AFTER = re.compile(r"^\s+([\w’'-]+)")
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_DAY = re.compile(r"\b\d{1,2}\b")


def figure(
    text: str, start: int, end: int, language: str, answer_type: str
) -> tuple[int, int, str, str] | None:
    """(a, b, wh, answer): the stretch text[a:b] the wh-phrase takes the place of, and the
    answer (the figure with its qualifier, scale and unit); None for one end of a range."""
    figure = _read_figure(text, start, end, language, answer_type)
    if figure is None:
        return None
    a, b = figure[0], figure[1]
    if _RANGE_BEFORE.search(text, 0, a) or _RANGE_AFTER.match(text, b):
        return None  # "tra il primo giugno e il 31 agosto"
    last = text[a:b].rsplit(None, 1)[-1].lower()
    if last in STOPWORDS[language] and not last[:1].isdigit():
        return None  # "60 metri quadrati di": a deletion cut inside its phrase
    return figure


def _read_figure(
    text: str, start: int, end: int, language: str, answer_type: str
) -> tuple[int, int, str, str] | None:
    before, after = text[:start], text[end:]
    if after[:1].isalnum() or before[-1:].isalnum():
        return None  # a span that cuts a word ("12 m|iles")
    if after[:1] in "-–/" and after[1:2].strip() or before[-1:] and before[-1:] in "-–/#":
        return None  # "a 60-seat room", "1937-1945", "No. 5"
    if _OF_A_PRONOUN.match(after) or _EVERY.search(before):
        return None  # "15% of them" (of whom?), "every 20 minutes" (a rate, not a figure)
    if _SIGN.search(before) or _AGO.match(after):
        return None  # "minus 12 degrees" (the sign is the answer's), "due estati fa"
    if _JOINED.search(text, max(0, start - 60), min(len(text), end + 60)):
        return None  # "il 54% dei soci e il 47% dei dipendenti": one of two, joined
    if _PAIRED_AFTER.match(after) or _PAIRED_BEFORE.search(before):
        return None  # "ai nati nel 1968 e nel 1990", "3 contrari e 2 astenuti"
    if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
        return None
    if _DIMENSIONS.search(text, start, end):
        return None  # "20cm by 8cm": two sides of a size, no one figure
    if language == "it":
        bound = _IT_UP_TO.match(text, start, end)
        if bound is not None:
            start = bound.end()  # "fino a| 70 chilometri orari": the question keeps "fino a"
            before = text[:start]
    opener = _TIME_PREPOSITION.match(text, start, end)
    if opener is not None and _TIME_NOUN.match(after):
        start = opener.end()  # "over| eight days": a preposition, not a bound
        before = text[:start]
    a, b = start, end
    qualifier = _QUALIFIER[language].search(before)
    if qualifier is not None:
        word = WORD_BEFORE.search(before[: qualifier.start()])
        opening = qualifier.group().split()[0].lower()
        if not (opening == "up" and word is not None and word.group(1).lower() in _UP_TO_VERBS):
            a = qualifier.start()
        if opening in ("over", "under") and (
            _TIME_NOUN.match(after)
            or _TIME_NOUN.search(text, start, end)
            or (opening == "over" and word is not None and word.group(1).lower() in _WON)
        ):
            a = start  # "over| eight days", "wins over| three players": a preposition
    word = WORD_BEFORE.search(text[:a])
    previous = word.group(1).lower() if word else ""
    if language == "it" and word is not None and previous in IT_DEFINITE:
        # "circa il 40%": the qualifier stands before the article
        qualifier = _QUALIFIER[language].search(text, 0, word.start(1))
        if qualifier is not None:
            a = qualifier.start()
            word, previous = None, ""
    if " and " in text[start:end] or " e " in text[start:end]:
        return None  # "59 minutes and 8 seconds": a sum of two figures
    if answer_type == "fraction":
        return _fraction(text, a, b, previous, language)
    answer_types = {"year": _year, "date": _date}
    if answer_type in answer_types:
        return answer_types[answer_type](text, a, b, previous, word, language)
    if _PERCENT_AFTER.match(after) or _PERCENT_IN.search(text, start, end):
        return _percent(text, a, b, previous, word, language)
    if previous in _FURTHER:
        return None  # "ulteriori 800.000 euro", "a further 20,000 euros": no wh-word after it
    figure = text[start:end]
    currency = _CURRENCY_AFTER.match(after)
    named = _CURRENCY_IN.search(figure) is not None
    if any(sign in figure for sign in "€$£") or named or currency is not None:
        if currency is not None:
            b = end + currency.end()
        return _money(text, a, b, previous, language)
    if (
        previous in DETERMINERS[language]
        or previous in _REMAINING
        or previous.endswith(("’", "’s", "'s"))
    ):
        return None  # "the 16,800 spectators", "i 312 partecipanti", "the council’s 90"
    if previous in _LABELS:
        return None  # "level two restrictions", "fase 3": a name, not a count
    if language == "it" and previous in ARTICULATED_PREPOSITION:
        # "conferite dai 412 soci" -> "da quanti soci": the preposition goes with the wh-word
        if word is None or previous.endswith("’"):
            return None
        found = _quantity(text, start, end, a, "", language)
        if found is None:
            return None
        return word.start(1), found[1], f"{ARTICULATED_PREPOSITION[previous]} {found[2]}", found[3]
    return _quantity(text, start, end, a, previous, language)


def _quantity(
    text: str, start: int, end: int, a: int, previous: str, language: str
) -> tuple[int, int, str, str] | None:
    """A count or a measure from text[a:], its figure text[start:end] (`previous`: the word
    before it)."""
    figure, after = text[start:end], text[end:]
    if _YEAR.match(figure) and not after[:2].strip(" ").isalpha():
        return None  # a year the date extractor did not read
    scale = _SCALE_AFTER.match(after)
    b = end + (scale.end() if scale else 0)
    rest = text[b:]
    unit = _UNIT_AFTER.match(rest)
    glued = _GLUED_UNIT.search(text[a:b])
    if glued is not None and (
        glued.group("glued") is not None or glued.group("unit").lower() in _UNITS
    ):
        name = glued.group("unit").lower()
        held = text[a:b][: glued.start("unit")].rstrip().lower()
        if held.endswith(("square", "cubic")):
            name = f"{held.split()[-1]} {name}"  # "620 square kilometres"
        return _measure(text, a, b, name, text[a:b], "", language)
    if unit is not None and (unit.group(1).lower() in _UNITS or unit.group(1) in _SPEED_UNITS):
        return _measure(text, a, b + unit.end(), unit.group(1).lower(), "", rest, language)
    if unit is not None and _AREA_UNIT.match(rest.lstrip()):
        area = _AREA_UNIT.match(rest.lstrip())
        assert area is not None
        return _measure(text, a, b, "", "", rest, language, count_of=area.group())
    if not _takes_a_figure(previous, text[:a], language):
        return None  # "tra le migliori| otto squadre": the count is inside a noun phrase
    return _count(text, a, b, language)


# Words of a figure on top of another, which no wh-word may follow.
_FURTHER = frozenset("further additional extra another ulteriori ulteriore altri altre".split())
# "the remaining 39%", "del restante 39%": the rest of a whole the clause names before.
_REMAINING = frozenset("remaining other restante rimanente rimanenti restanti altri altre".split())
# Nouns a figure after them names, not counts: "level two", "phase 3", "livello 4".
_LABELS = frozenset(
    """level stage phase grade category tier class division number no step section article
    route platform gate row chapter season series round zone band category livello fase
    categoria classe numero articolo comma linea binario serie girone lotto stadio grado zona
    fascia""".split()
)


# Words a count or a year may follow: prepositions, conjunctions.
_BEFORE_A_FIGURE = {
    "en": frozenset(
        """in on by since until after before from during within for over at under of to with
        than across among against about around and or but nearly almost only just some
        record""".split()
    ),
    "it": frozenset(
        """in a da di per con su tra fra entro fino dopo prima durante oltre verso contro circa
        e o ma quasi solo appena ben""".split()
    ),
}


def _takes_a_figure(previous: str, before: str, language: str) -> bool:
    """Whether a count or a year stands where a clause has one: at its start, after a comma,
    a preposition, a conjunction or a verb; not inside a noun phrase ('le migliori| otto
    squadre', 'nel bilancio| 2020')."""
    if not previous or before.rstrip().endswith((",", ":", ";", "(", "–", "—")):
        return True
    low = previous.lower()
    if (
        low in _BEFORE_A_FIGURE[language]
        or low in ARTICULATED_PREPOSITION
        or low in AUXILIARIES[language]
    ):
        return True
    if low in EN_MODALS or is_finite(low, language) or is_participle(low, language):
        return True
    if language == "en":
        return low.endswith("ing") or may_be_present(low, "en") or is_verb_lemma(low)
    return False


def _count(text: str, a: int, b: int, language: str) -> tuple[int, int, str, str] | None:
    """'18 wagons' -> 'how many| wagons', '61 ettari' -> 'quanti| ettari'; a noun the answer
    holds goes with the wh-word ('1.800 punti' -> 'quanti punti')."""
    held = _NOUN_HELD.search(text, a, b)
    if held is not None and held.group("noun") not in _SCALE_WORDS:
        noun_start = held.start("noun")
        how = _count(text, a, noun_start - 1, language) if text[noun_start - 1] == " " else None
        if how is None:
            return None
        return a, b, f"{how[2]} {text[noun_start:b]}", text[a:b]
    noun = _WORD_AFTER.match(text[b:])
    if noun is None:
        return None
    word = noun.group(1)
    low = word.lower()
    premodifier = language == "en" and low.endswith("ed") and _plural_follows(text[b:])
    if not word.islower() or low in NEXT_CLAUSE[language]:
        return None
    if is_finite(low, language) and not premodifier:  # "Nine| subsidised bus routes"
        return None
    if language == "en":
        if not _plural_follows(text[b:]):
            return None
        return a, b, "how many", text[a:b]
    if low in _IT_NOT_NOUNS or not (low.endswith(("i", "e", "à", "ù")) or _loanword(low)):
        return None
    if low in STOPWORDS["it"] or low in ARTICULATED_PREPOSITION:
        return None  # "e 22| nei mesi invernali": no noun counted
    return a, b, _how_many_it(low).lower(), text[a:b]


_SCALE_WORDS = frozenset("thousand million billion trillion bn mila milioni miliardi".split())
# A noun an answer ends with after its figure: "25 years", "1.800 punti".
_NOUN_HELD = re.compile(r"\d[\d.,]*(?:\s+\w+)?\s+(?P<noun>[a-zà-ù][\w’'-]*)$")


def _plural_follows(rest: str) -> bool:
    """Whether an English plural noun follows a figure, after up to two nouns that modify it:
    '18| wagons', '23| level crossings', '40| bus shelters'."""
    for word in rest.split()[:3]:
        low = word.lower().strip(",.;:")
        if not word[:1].islower() or low in _NOT_PLURAL or low in STOPWORDS["en"]:
            return False
        if low.endswith("s") or low in _EN_PLURALS:
            return word[-1:].isalpha() or word[-1:] in ",.;:"
        if low.endswith("ed") and word.isalpha():
            continue  # "85| planned procedures", "Nine| subsidised bus routes": an adjective
        if is_finite(low, "en") or is_participle(low, "en") or low.endswith("ing"):
            return False
    return False


_EN_PLURALS = frozenset(
    "people staff police children cattle sheep deer fish personnel crew women men".split()
)
_NOT_PLURAL = frozenset("is was has does this thus its his as us plus less across".split())
_IT_NOT_NOUNS = frozenset("che e le di se come anche ne mille".split())


def _loanword(word: str) -> bool:
    """Whether a word after an Italian count is a noun taken from another language, the same
    in the plural: '18 startup', '40 computer' (a consonant at its end, which no Italian
    plural has)."""
    return len(word) >= 3 and word[-1] not in "aeiouàèéìòù" and word.isalpha()


def _money(
    text: str, a: int, b: int, previous: str, language: str
) -> tuple[int, int, str, str] | None:
    noun = _WORD_AFTER.match(text[b:])
    if noun is not None and noun.group(1).islower() and noun.group(1) in _MODIFIED:
        return None  # "a €97 million reconstruction"
    if previous in DETERMINERS[language]:
        return None
    answer = text[a:b]
    if language == "en":
        return a, b, "how much", answer
    currency = _currency_it(answer)
    if previous in ARTICULATED_PREPOSITION:
        return None
    return a, b, currency, answer


# Nouns a sum modifies before them ("a €97 million reconstruction", "a £3m upgrade"): a sum
# before a noun of spending describes it.
_MODIFIED = frozenset(
    """reconstruction upgrade project scheme investment contract deal package plan programme
    redevelopment refurbishment renovation expansion extension budget fund grant loan bid
    overhaul development facility building""".split()
)


def _currency_it(answer: str) -> str:
    low = answer.lower()
    if "$" in low or "dollar" in low:
        return "quanti dollari"
    if "£" in low or "sterlin" in low:
        return "quante sterline"
    if "franc" in low:
        return "quanti franchi"
    return "quanti euro"


# Nouns a share describes when it stands before them: "a 4.3% increase", "a 20% stake".
_SHARE_NOUNS = frozenset(
    """increase rise cut drop fall stake share reduction discount jump decline gain growth
    hike majority aumento calo riduzione sconto quota crescita""".split()
)


# Words that make a fraction a part of a span or of a thing: "the first half of 2027".
_PART_OF_TIME = frozenset(
    """first second last latter former other early late top bottom upper lower front back
    prima seconda ultima""".split()
)


def _fraction(
    text: str, a: int, b: int, previous: str, language: str
) -> tuple[int, int, str, str] | None:
    """'about a third (of)' -> 'what share (of)', 'circa un terzo (delle)' -> 'quale parte
    (delle)': a share of a whole, not a fraction a determiner or an owner makes one thing of
    ('the first half of', 'its half')."""
    if previous in DETERMINERS[language] or previous.endswith(("’", "’s", "'s")):
        return None
    if previous in _PART_OF_TIME:
        return None  # "the first half of 2027", "nella prima metà del mese": a part, no share
    if language == "it" and previous in ARTICULATED_PREPOSITION:
        return None  # "per la metà dei": the preposition's phrase, not a share of its own
    if language == "it":
        return a, b, "quale parte", text[a:b]
    # "half the cost" -> "what share of the cost"
    return a, b, "what share" if text.startswith(" of ", b) else "what share of", text[a:b]


def _percent(
    text: str, a: int, b: int, previous: str, word: re.Match[str] | None, language: str
) -> tuple[int, int, str, str] | None:
    after = _PERCENT_AFTER.match(text[b:])
    if after is not None:
        b += after.end()
    noun = _WORD_AFTER.match(text[b:])
    if noun is not None and noun.group(1) in _SHARE_NOUNS:
        return None  # "an average 4.3% increase": the share describes a noun
    answer = text[a:b]
    if language == "en":
        if previous in DETERMINERS["en"] or previous in _REMAINING:
            return None
        wh = "by what percentage" if previous in _CHANGE else "what percentage"
        return a, b, wh, answer
    if previous in IT_DEFINITE and word is not None:
        return word.start(1), b, "quale percentuale", answer
    if previous in ARTICULATED_PREPOSITION and word is not None:
        return word.start(1), b, f"{ARTICULATED_PREPOSITION[previous]} quale percentuale", answer
    if previous in DETERMINERS["it"] or previous in _REMAINING:
        return None
    return a, b, "quale percentuale", answer


def _measure(
    text: str,
    a: int,
    b: int,
    unit: str,
    glued: str,
    rest: str,
    language: str,
    count_of: str = "",
) -> tuple[int, int, str, str] | None:
    """'36.88 metres' -> 'how many metres', '60km/h' -> 'what speed', 'alte 4,5 metri' ->
    'alte quanti metri'."""
    word = WORD_BEFORE.search(text[:a])
    previous = word.group(1).lower() if word else ""
    if previous in DETERMINERS[language] or (
        language == "it" and previous in ARTICULATED_PREPOSITION
    ):
        return None
    after = _WORD_AFTER.match(text[b:])
    if language == "en" and after is not None and after.group(1) in ("long", "high", "wide"):
        return None  # "a 6km long route": the length extractor's
    if after is not None and _describes(after.group(1), language):
        return None  # "a former 10,000 metres| runner": the measure names a noun
    if language == "it" and after is not None and after.group(1) in ("quadrati", "cubi"):
        b += after.end()  # "9.800 metri quadrati"
        unit = f"{unit} {after.group(1)}"
        glued = ""
    if unit in _SPEED_UNITS or glued.lower().endswith(("km/h", "mph")):
        return a, b, "what speed" if language == "en" else "quale velocità", text[a:b]
    if count_of:
        b2 = b + len(rest) - len(rest.lstrip()) + len(count_of)
        wh = f"how many {count_of}" if language == "en" else None
        return (a, b2, wh, text[a:b2]) if wh else None
    name = unit or re.sub(r"^[\d.,\s]+", "", glued)
    if not name:
        return None
    spelled = _UNIT_NAMES.get(name.lower(), name)
    if language == "en":
        return a, b, f"how many {spelled}", text[a:b]
    how = "quante" if spelled.endswith(("e", "ate")) and spelled != "piedi" else "quanti"
    return a, b, f"{how} {spelled}", text[a:b]


# Words a measure may stand before: how it extends, or where ("46 metres tall", "8 km north").
_AFTER_A_MEASURE = frozenset(
    """tall long high wide deep thick away ahead behind north south east west above below apart
    clear old across""".split()
)


def _describes(word: str, language: str) -> bool:
    """Whether the word after a measure is a noun it describes ('10,000 metres| runner')."""
    low = word.lower()
    return (
        word.islower()
        and low not in STOPWORDS[language]
        and low not in _AFTER_A_MEASURE
        and low not in AUXILIARIES[language]
        and low not in ARTICULATED_PREPOSITION
        and not is_finite(low, language)
        and not is_participle(low, language)
        and not (language == "en" and (may_be_present(low, "en") or low.endswith("ly")))
        and low not in ("quadrati", "cubi", "orari", "sul", "di", "in", "per")
    )


_UNIT_NAMES = {
    "km": "km",
    "m": "metres",
    "ft": "feet",
    "kg": "kg",
    "mw": "MW",
    "gw": "GW",
    "mwh": "MWh",
    "gwh": "GWh",
    "kwh": "kWh",
    "cm": "cm",
    "mm": "mm",
    "mq": "metri quadrati",
    "c": "degrees",
}


def _year(
    text: str, a: int, b: int, previous: str, word: re.Match[str] | None, language: str
) -> tuple[int, int, str, str] | None:
    """'in 1943' -> 'in what year'; 'nel 2027' -> 'in che anno'; 'entro il 2041' -> 'entro
    che anno'."""
    answer = text[a:b]
    if not _YEAR.match(answer):
        return None
    if previous in _SEASONS or previous in MONTH_WORDS:
        return None  # "in spring 2026", "in March 2025": the date extractor's
    if word is not None and word.group(1)[:1].isupper() and text[: word.start(1)].strip():
        return None  # "from Census 2027", "Expo 2015": a year that is part of a name
    if previous not in IT_DEFINITE and not _takes_a_figure(previous, text[:a], language):
        return None  # "nel bilancio| 2020": a year that names a noun's
    follower = _WORD_AFTER.match(text[b:])
    if (
        follower is not None
        and follower.group(1).islower()
        and not _may_follow_a_year(follower.group(1), language)
    ):
        return None  # "agree 2026 catch limit": a year that names a noun
    if language == "en":
        if previous in DETERMINERS["en"] or previous.endswith("’s"):
            return None  # "a 2024 study", "the 1994 mark"
        return a, b, "what year", answer
    if previous in IT_DEFINITE and word is not None:
        return word.start(1), b, "che anno", answer
    if previous in ARTICULATED_PREPOSITION and word is not None:
        return word.start(1), b, f"{ARTICULATED_PREPOSITION[previous]} che anno", answer
    if previous in DETERMINERS["it"]:
        return None
    return a, b, "che anno", answer


_SEASONS = frozenset("spring summer autumn winter fall primavera estate autunno inverno".split())


def _may_follow_a_year(word: str, language: str) -> bool:
    """Whether a word in small letters may follow a year that is no modifier: a word of the
    clause ('in 2019 the council', 'nel 2020 è stato'), not a noun ('2026 catch limit')."""
    low = word.lower()
    return (
        low in STOPWORDS[language]
        or low in AUXILIARIES[language]
        or low in EN_MODALS
        or is_finite(low, language)
        or is_participle(low, language)
        or low.endswith("ly")
    )


_IT_DATE_PREPOSITIONS = frozenset("entro fino dopo prima verso per tra fra".split())


def _date(
    text: str, a: int, b: int, previous: str, word: re.Match[str] | None, language: str
) -> tuple[int, int, str, str] | None:
    """'on 15 August 2025' -> 'on what date'; 'martedì 12 maggio' -> 'in che giorno'; 'in
    August' -> 'in what month'."""
    answer = text[a:b]
    words = {w.lower().strip(",") for w in answer.split()}
    if words & WEEKDAYS and not words & MONTH_WORDS:
        return None
    if not words & MONTH_WORDS:
        return None
    day = _DAY.search(answer) is not None
    if previous in WEEKDAYS and word is not None:  # "domenica 9 marzo", "Friday 14 March"
        a = word.start(1)
        answer = text[a:b]
        word = WORD_BEFORE.search(text[:a])
        previous = word.group(1).lower() if word else ""
    if language == "en":
        if previous in DETERMINERS["en"]:
            return None
        if previous in ("on", "by", "until", "before", "after", "since"):
            return a, b, "what date" if day else "what month", answer
        if previous == "in" and not day:
            return a, b, "what month", answer
        return None
    wh = "che giorno" if day else "che mese"
    if previous in IT_DEFINITE and word is not None:
        governing = WORD_BEFORE.search(text[: word.start(1)])
        if governing is not None and governing.group(1).lower() in _IT_DATE_PREPOSITIONS:
            # "entro il 31 gennaio" -> "entro quale data"
            return word.start(1), b, "quale data" if day else "quale mese", answer
        return word.start(1), b, f"in {wh}", answer
    if previous in ARTICULATED_PREPOSITION and word is not None:
        return word.start(1), b, f"{ARTICULATED_PREPOSITION[previous]} {wh}", answer
    if previous == "a" and word is not None:  # "inaugurata a settembre" -> "in che mese"
        return word.start(1), b, f"in {wh}", answer
    if previous in _IT_DATE_PREPOSITIONS:
        return a, b, "quale data" if day else "quale mese", answer  # "per martedì 8 settembre"
    if previous in ("entro", "fino", "da", "in", "di"):
        return a, b, wh, answer
    if previous in DETERMINERS["it"]:
        return None
    return a, b, f"in {wh}", answer
