"""A figure asked where it stands in its clause, its wh-phrase in place of it (a wh-word in
situ, as quiz writers ask): 'Engineers closed or upgraded how many level crossings along the
route?', 'I lavori dovrebbero durare quanti mesi?', 'What percentage of freight does rail
carry?' is asked 'Rail carries what percentage of freight moved in Ireland?'.

It is the last question a figure gets: only a figure a cloze hides and no question of its
sentence asks, and only where its clause reads whole around it: the clause is cut at the
clause that follows, never starts with a pronoun or a verb whose subject it does not name,
is not what someone said, and is not inside a relative clause or brackets. A date or a year
that opens an English clause moves to its end ('The museum opened in what year?'); an Italian
one opens the question ('In che anno il gruppo tornerà ...?').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..candidate import Candidate
from ..document import Document, Sentence
from ..lexicon import MONTH_WORDS, SAY_VERBS, STOPWORDS, WEEKDAYS
from ..pointing import points_back
from ..text import QUOTATION, contains_phrase, core, squash
from ..verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_plural_present_at,
    is_present_at,
)
from . import in_situ_names as names
from .numbers.gender import _how_many_it
from .subject import explicit_subject

# Below the questions the other extractors phrase (0.7 and up), above any cloze.
SCORE = 0.55
# An in-place question reads its clause whole: beyond this it is a sentence to wade through.
MAX_WORDS = 28
_FIGURE_TYPES = frozenset({"number", "percent", "year", "date"})
_NAME_TYPES = frozenset({"person", "thing", "city", "org", "place"})
_TYPES = _FIGURE_TYPES | _NAME_TYPES

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
# Verbs a following "up to" belongs to, not the figure: "build up to 12 trains a day".
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

# The words that tell a clause is over: the comma and the word that opens the next one.
_NEXT_CLAUSE = {
    "en": frozenset(
        """which who whom whose where while whereas but and or although though as since because
        so with without including compared according making bringing leaving taking giving
        most many some all half none each both mostly mainly largely up down after before
        he she it they we said says of at in on from by among""".split()
    ),
    "it": frozenset(
        """che cui dove mentre ma e ed o oppure anche perché poiché quando con senza tra fra
        di pari contro rispetto secondo ha hanno aveva ha spiegato come dopo prima circa
        mentre il la lo i gli le un una uno grazie oltre a in per da su""".split()
    ),
}
# A clause the figure stands in that leans on a word before it: a relative clause (its
# antecedent unknown), or what follows a comma that opens with a participle.
_RELATIVE_OPENERS = {
    "en": frozenset("which who whom whose where when".split()),
    "it": frozenset("che cui dove quale quali".split()),
}
# What opens a phrase set off by a comma that leans on the clause before: "..., most of them
# 15 metres long", "..., tra cui 12 bambini".
_SET_OFF_OPENERS = frozenset(
    "most many some all half none each both including among tra fra di".split()
)
# Connectives that open a sentence and tie it to the one before: dropped from the question.
_CONNECTIVE = {
    "en": re.compile(
        r"^(?:(?:But|And|Yet|So|Also|Still|However|Meanwhile|Moreover|Instead|Overall|In all"
        r"|In total|Altogether|By contrast|In addition|Now|Then|Even so|As a result)\b,?\s+)+"
    ),
    "it": re.compile(
        r"^(?:(?:Ma|E|Eppure|Però|Tuttavia|Intanto|Inoltre|Infatti|Quindi|Dunque|Anche|Poi|Ora"
        r"|Oggi|Così|In tutto|In totale|Complessivamente|Nel complesso|Invece)\b,?\s+)+"
    ),
}
# Words that open a clause which hangs on another: "Because each admission costs ...".
_SUBORDINATORS = frozenset(
    """because since as although though while whereas if unless when whenever once so
    perché poiché siccome sebbene benché mentre se quando qualora dato""".split()
)
# A subject that needs the sentence before: a pronoun or a demonstrative.
_PRONOUN_OPENERS = frozenset(
    """it he she they we i you its his her their our this these those that there's
    lui lei esso essa essi esse loro noi voi questo questa questi queste quello quella ciò ne
    ci si vi""".split()
)
_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w’'])(?:we|our|us|i|my|me|you|your|noi|nostro|nostra|nostri|nostre|abbiamo"
    r"|siamo|vogliamo|possiamo|dobbiamo)(?![\w’'])"
)
# "there" pointing to a place named before: "first served there in 1943"; "there is/are" is
# no pointer.
_THERE = re.compile(r"(?<![\w’'])there(?!\s+(?:is|are|was|were|will|has|have|had|would|could)\b)")
_DETERMINERS = {
    "en": frozenset("a an the its their his her our this that these those".split()),
    "it": frozenset(
        """il lo la l’ i gli le un uno una un’ suo sua suoi sue loro questo questa questi
        queste quel quei quegli quella quelle""".split()
    ),
}
# Italian articles a percentage, a year or a date takes: absorbed by the wh-phrase ("il 56%"
# -> "quale percentuale"); an articulated preposition leaves its preposition ("al 20%" -> "a
# quale percentuale").
_IT_ARTICLE = frozenset("il lo la l’ i gli le".split())
_IT_ARTICULATED = {
    "al": "a", "allo": "a", "alla": "a", "all’": "a", "ai": "a", "agli": "a", "alle": "a",
    "del": "di", "dello": "di", "della": "di", "dell’": "di", "dei": "di", "degli": "di",
    "delle": "di", "dal": "da", "dallo": "da", "dalla": "da", "dall’": "da", "dai": "da",
    "nel": "in", "nello": "in", "nella": "in", "nell’": "in", "nei": "in", "negli": "in",
    "sul": "su", "sullo": "su", "sulla": "su", "sull’": "su", "sui": "su", "col": "con",
}  # fmt: skip
# The English verbs of change a share follows without "by": "up 6 per cent" -> "up by what
# percentage".
_CHANGE = frozenset(
    """up down rose risen rise rises fell fallen fall falls grew grown grow grows increased
    increase increases decreased dropped drop drops climbed jumped slipped shrank
    swelled""".split()
)
# What follows a figure that opens a range: refused ("between 1937 and 1945").
_RANGE_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:-|–|and|to|or|e|o|a|al|alle|through|until|fino(?:\s+al?)?)\s+"
    r"(?:il\s+|the\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|una|due|tre|quattro"
    r"|cinque|sei|sette|otto|nove|dieci)\b)"
)
_RANGE_BEFORE = re.compile(
    r"(?i)(?:(?:\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|un|uno|una"
    r"|due|tre|quattro|cinque|sei|sette|otto|nove|dieci))\s+(?:to|and|or|a|e|o)\s+$)"
    r"|\b(?:(?:between|from|tra|fra|dal|dai|da|alle|dalle|ore)|(?:between|tra|fra)\s+[^;]{1,30}?\s(?:and|e)"
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
_WORD_BEFORE = re.compile(r"([\w’'-]+’?)\s*$")
_OPENING_PREPOSITIONS = {
    "en": frozenset(
        "in on by since until after before from during within for over at under".split()
    ),
    "it": frozenset(
        """in a da di per con su entro fino dopo prima durante oltre nel nella nei nelle negli
        al alla ai alle dal dalla dai dalle sul sulla""".split()
    ),
}
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_DAY = re.compile(r"\b\d{1,2}\b")


def extract(found: Iterable[Candidate], doc: Document) -> Iterator[Candidate]:
    """A question in place of each figure a cloze of `found` hides that no question of its
    sentence asks."""
    found = list(found)
    asked = {
        (c.sentence.block, c.sentence.position, core(c.answer))
        for c in found
        if c.question is not None
    }
    answered: dict[tuple[int, int], list[str]] = {}
    for block, position, answer in asked:
        answered.setdefault((block, position), []).append(answer)
    for c in found:
        if c.question is not None or c.answer_type not in _TYPES or c.cloze is None:
            continue
        s = c.sentence
        key = (s.block, s.position, core(c.answer))
        if key in asked or s.source is not None or s.lead is not None:
            continue
        if any(_same_figure(key[2], other) for other in answered.get(key[:2], ())):
            continue  # "4,8 milioni" of a question's "4,8 milioni di euro"
        start = c.cloze.find("{{c1::")
        end = start + len(c.answer)
        if start < 0 or c.cloze.count("{{c") != 1 or s.text[start:end] != c.answer:
            continue
        built = in_situ(s, start, end, doc.language, c.answer_type)
        if built is None:
            continue
        asked.add(key)
        question, answer = built
        if _OPENING_QUALIFIER.match(answer):
            answer = answer[:1].lower() + answer[1:]  # "About 380" opened its sentence
        kind = {"year": "date", "date": "date", "person": "entity", "thing": "entity"}.get(
            c.answer_type, "number" if c.answer_type in _FIGURE_TYPES else "entity"
        )
        accept = (c.answer,) if core(answer) != core(c.answer) else ()
        yield Candidate(kind, s, SCORE, answer, question, None, accept, c.answer_type, c.topic)


_OPENING_QUALIFIER = re.compile(
    r"(?:About|Around|Almost|Nearly|More|Fewer|Less|Over|Under|Up|Some|Roughly|Circa|Oltre"
    r"|Quasi|Più|Meno|Almeno|Fino)\b"
)


# The counted noun after a figure, moved with it: "Within 40| minutes| the flames ...".
_MOVED_NOUN = re.compile(r"\s+([a-z][\w-]*)(?=[\s,])")


def _same_figure(a: str, b: str) -> bool:
    """Whether two answers (their cores) give the same figure, one with more words: '4,8
    milioni' and '4,8 milioni di euro', '14,300' and 'about 14,300'."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def in_situ(
    s: Sentence, start: int, end: int, language: str, answer_type: str
) -> tuple[str, str] | None:
    """(question, answer) of the figure at text[start:end] asked in place, or None."""
    text = s.text
    if text.count(" - ") >= 2 or " | " in text:
        return None  # "By Gwen Roberts - 6 May 2026 - Reading time: 4 minutes": a byline
    if _spoken(text) or "(" in text[:start] and ")" not in text[:start].rsplit("(", 1)[1]:
        return None
    if answer_type in _NAME_TYPES:
        figure = names.asked_name(text, start, end, language, answer_type)
    else:
        figure = _figure(text, start, end, language, answer_type)
    if figure is None:
        return None
    a, b, wh, answer = figure
    left = _clause_start(text, a, language)
    if left is None:
        return None
    right = _clause_end(text, b, language)
    head = text[left:a]
    if head.endswith(", "):
        return None  # a figure that opens a phrase set off by a comma has no clause of its own
    connective = _CONNECTIVE[language].match(head)
    if connective is not None:
        head = head[connective.end() :]
    head = _without_appositions(head, language)
    tail = text[b:right]
    opening = head.strip(" ,")
    first = opening.split(None, 1)[0].lower() if opening else ""
    if first in _OPENING_PREPOSITIONS[language] and not _has_verb(opening, language):
        if language == "it" and len(opening.split()) > 2:
            return None  # "Nei primi quanti minuti ...": the figure is inside the phrase
        if language == "en" and " " in opening:
            return None
    if _in_opening_participle(opening, language):
        return None  # "Known as which lake, the dam ...": the phrase has no clause
    if language == "en" and opening.lower() in _OPENING_PREPOSITIONS["en"]:
        # "In 1989 the museum opened." -> "The museum opened in what year?"; "Within 40
        # minutes the flames had spread" -> "The flames had spread within how many minutes?"
        noun = _MOVED_NOUN.match(tail) if wh.startswith("how many") else None
        if noun is not None:
            wh, tail = f"{wh} {noun.group(1)}", tail[noun.end() :]
        rest = tail.lstrip(" ,")
        if not rest:
            return None
        rest = rest[:1].upper() + rest[1:]
        question = f"{rest.rstrip(' ,;:.')} {opening.lower()} {wh}?"
    elif language == "en" and not opening and answer_type in ("year", "date"):
        return None  # "2024 was ...": a year as the subject
    else:
        question = f"{head}{wh}{tail}".rstrip(" ,;:.!") + "?"
    question = squash(question.replace(" also ", " "))
    question = question[:1].upper() + question[1:]
    if left == 0 and connective is None and head:
        question = explicit_subject(question, s, language)
    if not _reads_alone(question, language) or len(question.split()) > MAX_WORDS:
        return None
    if contains_phrase(question, answer) or (
        core(answer) and contains_phrase(question, text[start:end])
    ):
        return None
    return question, answer


# A phrase set off by commas after a name, and the verb after it: "Tayside Pixel|, the Dundee
# developer behind Harrowdale,| has agreed ...", "Il Valdagno|, allenato da Mariano Ordóñez,| è".
_APPOSITION = re.compile(r"(?<=[\w.)’»”]), (?P<inner>[^,;:“”«»\"]{3,90}), (?P<verb>[\w’']+)")


def _without_appositions(head: str, language: str) -> str:
    """The opening of a question without the phrases set off by commas that describe a name
    before its verb: shorter, and no less clear (the card shows the sentence)."""
    for m in reversed(list(_APPOSITION.finditer(head))):
        inner, verb = m.group("inner"), m.group("verb").lower()
        before = head[: m.start()].split()
        first, _, rest = inner.partition(" ")
        said = rest if is_participle(first.lower(), language) else inner  # "operated by X"
        if (
            not before
            or _has_verb(said, language)
            or not (before[-1][:1].isupper() or _short_subject(before, language))
        ):
            continue
        if not inner[:1].islower() or not _opens_verb(verb, language):
            continue
        head = head[: m.start()] + " " + head[m.start("verb") :]
    return head


def _short_subject(words: list[str], language: str) -> bool:
    """Whether the words before a set-off phrase are a short noun phrase that opens the
    sentence with its article: 'The train|, operated by ...,| left'."""
    return (
        len(words) <= 5
        and words[0].lower().rstrip("’") in ("the", "il", "lo", "la", "i", "gli", "le", "l")
        and not _has_verb(" ".join(words), language)
    )


def _opens_verb(word: str, language: str) -> bool:
    """Whether a word may open a verb group: 'has', 'said', 'è', 'si'."""
    return (
        word in AUXILIARIES[language]
        or word in _MODALS
        or word in _IT_CLITICS
        or is_finite(word, language)
        or word in SAY_VERBS[language]
    )


def _in_opening_participle(opening: str, language: str) -> bool:
    """Whether the words before the wh-phrase are only a participle's phrase that opens the
    sentence: 'Known as| which lake, the dam was completed ...'."""
    words = opening.split()
    return (
        bool(words)
        and "," not in opening
        and is_participle(words[0].lower(), language)
        and not _has_verb(" ".join(words[1:]), language)
    )


def _spoken(text: str) -> bool:
    """Whether a sentence holds what someone said (a quotation of four words or more), or
    closes a quotation it did not open."""
    for m in QUOTATION.finditer(text):
        if len(m.group().split()) >= 4:
            return True
    return any(close in text and opening not in text for opening, close in (("“", "”"), ("«", "»")))


def _figure(
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
    return figure


def _read_figure(
    text: str, start: int, end: int, language: str, answer_type: str
) -> tuple[int, int, str, str] | None:
    before, after = text[:start], text[end:]
    if after[:1].isalnum() or before[-1:].isalnum():
        return None  # a span that cuts a word ("12 m|iles")
    if after[:1] in "-–/" and after[1:2].strip() or before[-1:] in "-–/#":
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
    a, b = start, end
    qualifier = _QUALIFIER[language].search(before)
    if qualifier is not None:
        word = _WORD_BEFORE.search(before[: qualifier.start()])
        opening = qualifier.group().split()[0].lower()
        if not (opening == "up" and word is not None and word.group(1).lower() in _UP_TO_VERBS):
            a = qualifier.start()
    word = _WORD_BEFORE.search(text[:a])
    previous = word.group(1).lower() if word else ""
    if language == "it" and word is not None and previous in _IT_ARTICLE:
        # "circa il 40%": the qualifier stands before the article
        qualifier = _QUALIFIER[language].search(text, 0, word.start(1))
        if qualifier is not None:
            a = qualifier.start()
            word, previous = None, ""
    answer_types = {"year": _year, "date": _date}
    if answer_type in answer_types:
        return answer_types[answer_type](text, a, b, previous, word, language)
    if _PERCENT_AFTER.match(after) or _PERCENT_IN.search(text, start, end):
        return _percent(text, a, b, previous, word, language)
    figure = text[start:end]
    currency = _CURRENCY_AFTER.match(after)
    named = _CURRENCY_IN.search(figure) is not None
    if any(sign in figure for sign in "€$£") or named or currency is not None:
        if currency is not None:
            b = end + currency.end()
        return _money(text, a, b, previous, language)
    if (
        previous in _DETERMINERS[language]
        or previous in _REMAINING
        or previous.endswith(("’", "’s", "'s"))
    ):
        return None  # "the 16,800 spectators", "i 312 partecipanti", "the council’s 90"
    if previous in _LABELS:
        return None  # "level two restrictions", "fase 3": a name, not a count
    if language == "it" and previous in _IT_ARTICULATED:
        return None
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
        return _measure(text, a, b, glued.group("unit").lower(), text[a:b], "", language)
    if unit is not None and (unit.group(1).lower() in _UNITS or unit.group(1) in _SPEED_UNITS):
        return _measure(text, a, b + unit.end(), unit.group(1).lower(), "", rest, language)
    if unit is not None and _AREA_UNIT.match(rest.lstrip()):
        area = _AREA_UNIT.match(rest.lstrip())
        assert area is not None
        return _measure(text, a, b, "", "", rest, language, count_of=area.group())
    return _count(text, a, b, language)


# "the remaining 39%", "del restante 39%": the rest of a whole the clause names before.
_REMAINING = frozenset("remaining other restante rimanente rimanenti restanti altri altre".split())
# Nouns a figure after them names, not counts: "level two", "phase 3", "livello 4".
_LABELS = frozenset(
    """level stage phase grade category tier class division number no step section article
    route platform gate row chapter season series round zone band category livello fase
    categoria classe numero articolo comma linea binario serie girone lotto stadio grado zona
    fascia""".split()
)


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
    if not word.islower() or low in _NEXT_CLAUSE[language] or is_finite(low, language):
        return None
    if language == "en":
        if not _plural_follows(text[b:]):
            return None
        return a, b, "how many", text[a:b]
    if not low.endswith(("i", "e", "à", "ù")) or low in _IT_NOT_NOUNS:
        return None
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
        if is_finite(low, "en") or is_participle(low, "en") or low.endswith("ing"):
            return False
    return False


_EN_PLURALS = frozenset(
    "people staff police children cattle sheep deer fish personnel crew women men".split()
)
_NOT_PLURAL = frozenset("is was has does this thus its his as us plus less across".split())
_IT_NOT_NOUNS = frozenset("che e le di se come anche ne mille".split())


def _money(
    text: str, a: int, b: int, previous: str, language: str
) -> tuple[int, int, str, str] | None:
    noun = _WORD_AFTER.match(text[b:])
    if noun is not None and noun.group(1).islower() and noun.group(1) in _MODIFIED:
        return None  # "a €97 million reconstruction"
    if previous in _DETERMINERS[language]:
        return None
    answer = text[a:b]
    if language == "en":
        return a, b, "how much", answer
    currency = _currency_it(answer)
    if previous in _IT_ARTICULATED:
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


def _percent(
    text: str, a: int, b: int, previous: str, word: re.Match[str] | None, language: str
) -> tuple[int, int, str, str] | None:
    after = _PERCENT_AFTER.match(text[b:])
    if after is not None:
        b += after.end()
    answer = text[a:b]
    if language == "en":
        if previous in _DETERMINERS["en"] or previous in _REMAINING:
            return None
        wh = "by what percentage" if previous in _CHANGE else "what percentage"
        return a, b, wh, answer
    if previous in _IT_ARTICLE and word is not None:
        return word.start(1), b, "quale percentuale", answer
    if previous in _IT_ARTICULATED and word is not None:
        return word.start(1), b, f"{_IT_ARTICULATED[previous]} quale percentuale", answer
    if previous in _DETERMINERS["it"] or previous in _REMAINING:
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
    word = _WORD_BEFORE.search(text[:a])
    previous = word.group(1).lower() if word else ""
    if previous in _DETERMINERS[language] or (language == "it" and previous in _IT_ARTICULATED):
        return None
    after = _WORD_AFTER.match(text[b:])
    if language == "en" and after is not None and after.group(1) in ("long", "high", "wide"):
        return None  # "a 6km long route": the length extractor's
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
    follower = _WORD_AFTER.match(text[b:])
    if (
        follower is not None
        and follower.group(1).islower()
        and not _may_follow_a_year(follower.group(1), language)
    ):
        return None  # "agree 2026 catch limit": a year that names a noun
    if language == "en":
        if previous in _DETERMINERS["en"] or previous.endswith("’s"):
            return None  # "a 2024 study", "the 1994 mark"
        return a, b, "what year", answer
    if previous in _IT_ARTICLE and word is not None:
        return word.start(1), b, "che anno", answer
    if previous in _IT_ARTICULATED and word is not None:
        return word.start(1), b, f"{_IT_ARTICULATED[previous]} che anno", answer
    if previous in _DETERMINERS["it"]:
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
        or low in _MODALS
        or is_finite(low, language)
        or is_participle(low, language)
        or low.endswith("ly")
    )


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
        word = _WORD_BEFORE.search(text[:a])
        previous = word.group(1).lower() if word else ""
    if language == "en":
        if previous in _DETERMINERS["en"]:
            return None
        if previous in ("on", "by", "until", "before", "after", "since"):
            return a, b, "what date" if day else "what month", answer
        if previous == "in" and not day:
            return a, b, "what month", answer
        return None
    wh = "che giorno" if day else "che mese"
    if previous in _IT_ARTICLE and word is not None:
        return word.start(1), b, f"in {wh}", answer
    if previous in _IT_ARTICULATED and word is not None:
        return word.start(1), b, f"{_IT_ARTICULATED[previous]} {wh}", answer
    if previous in ("entro", "fino", "da", "a", "in", "di"):
        return a, b, wh, answer
    if previous in _DETERMINERS["it"]:
        return None
    return a, b, f"in {wh}", answer


def _clause_start(text: str, a: int, language: str) -> int | None:
    """Where the clause of the figure starting at `a` starts (after a semicolon, a colon or a
    dash); None when the figure is in a relative clause or one set off by commas after a
    participle."""
    start = 0
    for mark in ("; ", " – ", " — ", ": "):
        at = text.rfind(mark, 0, a)
        if mark == ": " and at >= 0 and text[at + 2 : at + 3].isupper():
            continue  # "Harrowdale: Tides, is ...": a colon inside a name
        if at >= 0 and at + len(mark) > start:
            start = at + len(mark)
    comma = text.rfind(", ", start, a)
    if comma >= 0:
        opening = text[comma + 2 : a].split(None, 2)
        first = opening[0].lower() if opening else ""
        if first in _RELATIVE_OPENERS[language] or first in _SET_OFF_OPENERS:
            return None
        if len(opening) > 1 and opening[1].lower() in ("quale", "quali"):
            return None  # "..., il quale ..."
    if start and not text[start : start + 1].isupper() and text[start - 2 : start] != ": ":
        return None
    return start


def _clause_end(text: str, b: int, language: str) -> int:
    """Where the clause holding the figure that ends at `b` ends: before a semicolon, a colon,
    a dash, a bracket, or a comma that opens another clause."""
    end = len(text)
    for mark in (";", ":", " – ", " — ", " ("):
        at = text.find(mark, b)
        if 0 <= at < end:
            end = at
    words = _NEXT_CLAUSE[language]
    for m in re.finditer(r",\s+([\w’'-]+)", text[b:end]):
        word = m.group(1).lower()
        if word in words or word.endswith("ing") or _IT_GERUND.search(word):
            return b + m.start()
        if _said(text[b + m.end() : end], language):
            return b + m.start()  # "..., the trust said."
    for m in re.finditer(r"\s(?:and|e|ed)\s+([\w’'-]+)", text[b:end]):
        word = m.group(1).lower()
        if (
            word in AUXILIARIES[language]
            or word in _MODALS
            or (language == "it" and is_finite(word, language))
        ):
            return b + m.start()  # "... 46 metres tall| and can be seen ..."
    return end


# An Italian gerund, with its clitic: "portandolo", "arrivando".
_IT_GERUND = re.compile(r"[a-zà-ù]{2}(?:ando|endo)(?:lo|la|li|le|ne|si|ci|gli)?$")
_MODALS = frozenset("can could will would may might must shall should".split())


def _said(rest: str, language: str) -> bool:
    """Whether what follows a comma only says who said the sentence: '..., the trust said.'"""
    words = rest.rstrip(" .").split()
    said = SAY_VERBS[language]
    return 0 < len(words) <= 6 and any(w.lower() in said or w.lower() in _SAY for w in words)


_SAY = frozenset("say dice dicono spiega spiegano".split())


def _reads_alone(question: str, language: str) -> bool:
    """Whether a question names what it is about: no opening pronoun, no Italian verb without
    its subject, no first or second person, no pointer to the sentence before."""
    first = question.split(None, 1)[0].lower().strip(",")
    if first in _PRONOUN_OPENERS or first in _SUBORDINATORS:
        return False
    if language == "it" and not _subject_before_verb(question):
        return False
    if _owner_unnamed(question, language) or not _has_verb(question, language):
        return False
    if _THAT_TIME.search(question):
        return False
    if _FIRST_PERSON.search(QUOTATION.sub("", question)):
        return False
    if language == "en" and _THERE.search(question):
        return False
    return not points_back(question)


_IT_SUBJECT_OPENERS = frozenset(
    """il lo la l’ i gli le un uno una un’ ogni ciascun tutti tutte molti molte alcuni alcune
    pochi poche nessun nessuno""".split()
)
_IT_PREPOSITIONS = frozenset(
    "di a da in con su per tra fra secondo dopo prima durante entro verso oltre come".split()
) | frozenset(_IT_ARTICULATED)


_POSSESSIVES = {
    "en": frozenset("its his her their".split()),
    "it": frozenset("suo sua suoi sue loro".split()),
}


# A time a far demonstrative points to, named in the sentence before: "in December that year".
_THAT_TIME = re.compile(
    r"(?i)(?<![\w’'])(?:that|quell[’'])\s*(?:year|month|day|week|season|time|anno|mese|giorno)\b"
)


def _has_verb(text: str, language: str) -> bool:
    """Whether a question holds a verb: 'Un anno e quanti mesi?' and 'Since what year?' are
    what is left of a sentence, no question."""
    words = [w.strip(',.;:?!()“”«»"').lower() for w in text.split()]
    for i, low in enumerate(words):
        if low in AUXILIARIES[language] or low in _MODALS:
            return True
        if is_finite(low, language) and not (i == 0 and is_participle(low, language)):
            return True  # "Known as ... until what year?": a participle opens no clause
        if language == "en" and 0 < i < len(words) - 1:
            before, after = words[i - 1], words[i + 1]
            if is_present_at(before, low, after, "en") or is_plural_present_at(low, after, "en"):
                return True
    return False


def _owner_unnamed(question: str, language: str) -> bool:
    """Whether a possessive stands before the question's first verb: 'Its two helicopters
    were called out ...', 'La sua collezione comprende ...' (whose?)."""
    previous = ""
    for word in question.split():
        low = word.lower().strip(",")
        if low in _POSSESSIVES[language] and previous not in _OPENING_PREPOSITIONS[language]:
            return True  # "In its first stage the plant ...": the phrase is no subject
        previous = low
        if low in AUXILIARIES[language] or is_finite(low, language):
            return False
    return False


_ESSERE = frozenset(
    "è sono era erano fu furono sarà saranno sia siano stato stata stati state".split()
)


def _subject_after_verb(words: list[str]) -> bool:
    """Whether an Italian clause opened by 'si' or a form of 'essere' names its subject after
    the verb: 'si è svolta una regata', 'è stata approvata la legge' (after 'avere' a noun
    phrase is the object: 'Ha ricevuto la somma ...' names no subject)."""
    k = 0
    if words and words[0].lower() in _IT_CLITICS:
        k = 1
    elif not words or words[0].lower() not in _ESSERE:
        return False
    while k < len(words) and (
        words[k].lower() in _ESSERE or is_participle(words[k].lower().strip(","), "it")
    ):
        k += 1
    return k < len(words) and words[k].lower() in _IT_SUBJECT_OPENERS


def _bare_opening(words: list[str]) -> bool:
    """Whether an Italian question opens with a participle or a noun with no article, whose
    subject is in the sentence before: 'Costituita nel 2001, amministra ...', 'Area protetta
    istituita nel 1993, si estende ...'."""
    low = words[0].lower().strip(",")
    if low in _IT_SUBJECT_OPENERS or low in _IT_PREPOSITIONS:
        return False
    if is_participle(low, "it"):
        return True
    if len(words) < 2 or words[0].endswith(","):
        return False
    after = words[1].lower().strip(",")
    return (
        words[1][:1].islower()
        and after not in _IT_PREPOSITIONS
        and after not in _IT_CLITICS
        and after not in AUXILIARIES["it"]
        and not is_finite(after, "it")
    )


_IT_CLITICS = frozenset("si ci ne vi".split())


def _subject_before_verb(question: str) -> bool:
    """Whether an Italian question names a subject before its first verb: a name, or a noun
    phrase whose article no preposition governs ('Il progetto occuperà ...', 'Come misura
    compensativa la società verserà ...', 'In che anno il terremoto distrusse ...'; not
    'Nella versione rivista vale ...', 'Ha ricevuto ...')."""
    previous = ""
    words = question.replace("’", "’ ").split()
    if words and _bare_opening(words):
        return False
    for i, word in enumerate(words):
        low = word.lower().strip(",")
        governed = previous in _IT_PREPOSITIONS
        if low in _IT_SUBJECT_OPENERS:
            if not governed:
                return True
        elif is_finite(low, "it") or low in AUXILIARIES["it"] or low in _IT_CLITICS:
            return _subject_after_verb(words[i:])
        elif word[:1].isupper() and low not in _IT_PREPOSITIONS and not governed:
            return True
        previous = "" if word.endswith(",") else low
    return False
