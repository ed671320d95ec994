"""Who did it: 'Mekonnen Tadesse ha vinto la maratona di Berlino' -> 'Chi ha vinto la maratona
di Berlino?'; 'La via Emilia fu costruita da Marco Emilio Lepido' -> 'Da chi fu costruita la
via Emilia?'; 'The tablet was found by Margaret Hollis' -> 'Who found the tablet?'."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import accumulate

from ..candidate import Candidate
from ..chunks import ADVERBIALS, PREPOSITIONS, Token, main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence, is_known_word
from ..given_names import is_given_name
from ..lexicon import (
    ARTICULATED,
    CRAFT,
    IT_ARTICLE_ENDING,
    MONTHS,
    NAME_LIST,
    NATURAL_KINDS,
    NOUN_KIND,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    STOPWORDS,
    STRUCTURES,
    VEHICLES,
    WEEKDAYS,
    WHEN_WORDS,
    in_both,
)
from ..memo import per_document
from ..text import DEFINITE_OF_INDEFINITE, IT_INDEFINITE, definite_article, lower_first, squash
from ..verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_present_at,
    lemma,
    may_be_present,
    takes_essere,
)
from .acronyms import spells_initials
from .common import (
    between_adjectives,
    common_noun_entry,
    drop_titles,
    entity_card,
    in_participle_aside,
    lower_initial,
    people_in,
    specific,
)
from .dates import find_dates
from .subject import explicit_subject

# Where the clause of the deed ends: a comma (not a decimal one), a relative, a colon (not one
# of a time, "in 1:26:15"), a conjunction; "prima" after an article is the ordinal ("per la
# prima volta"), no "before".
_CLAUSE_END = re.compile(
    r",(?!\d)|;|(?<!\d):|:(?!\d)|\s[–—]\s|\s\(|\s(?:che|cui|mentre|perché|quando|which|who|whom|while|because"
    r"|when|after|before|dopo)\s|(?<!la)(?<!le)(?<!una)(?<!sua)\sprima\s|[.!?]$"
)
_PRONOUNS = {
    "it": frozenset("lui lei suo sua suoi sue loro egli ella esso essa".split()),
    "en": frozenset("he she him her his hers they them their theirs it its".split()),
}
# Verbs of seeming: what follows them says how a subject looked, not what it did.
_SEEMING = {
    "it": frozenset(
        """sembra sembrava sembrano sembravano sembrò sembrato sembrata sembrati sembrate
        pare pareva parevano parso parsa""".split()
    ),
    "en": frozenset("look looks looked seem seems seemed sound sounds sounded".split()),
}
# Verbs that give a thing's size, extent or cost, which no one does: "Who stretched about
# 155 kilometres?" asks nothing of a doer.
_MEASURING = frozenset(
    """stretch measure span weigh last extend cost total number misurare estendere pesare
    durare costare""".split()
)
# A place's people, which it has and does nothing to have: "Chi conta 140.000 abitanti?".
_INHABITANTS = frozenset("abitanti residenti inhabitants residents".split())
_HAVING_VERBS = frozenset("avere contare have count".split())
# What makes a verb of looking a deed: "looked into the case", "looked after the children".
_LOOKED_AT = frozenset("after for into at up over through to forward back out".split())
_COPULAS = frozenset("è era fu sono erano furono sarà is was are were will be been".split())
_PASSIVE_AUX = {
    "it": (
        "è stato",
        "è stata",
        "sono stati",
        "sono state",
        "fu",
        "furono",
        "venne",
        "vennero",
        "era stato",  # the pluperfect and the future: "era stato presentato", "sarà gestito"
        "era stata",
        "erano stati",
        "erano state",
        "sarà",
        "saranno",
    ),
    # The present perfect and a deal agreed: "has been bought by" -> "Who has bought ...?",
    # "has agreed to be bought by" -> "Who has agreed to buy ...?".
    "en": (
        "was",
        "were",
        "had been",
        "has been",
        "have been",
        "has agreed to be",
        "have agreed to be",
        "is being",  # the progressive: "is being built by" -> "Who is building ...?"
        "are being",
        "was being",
        "were being",
        "will be",  # the future: "will be built by" -> "Who will build ...?"
    ),
}
_EN_PERFECT = {"has been": "has", "have been": "has"}
_EN_AGREED = frozenset(["has agreed to be", "have agreed to be"])
_SAME_BASE = frozenset("run put set cut hit let shut spread".split())  # "to be run by"
# The present passive: "The ferries are owned by CalMac" -> "Who owns the ferries?", "Il museo è
# gestito dalla Fondazione X" -> "Da chi è gestito il museo?". Italian "è" with a participle of
# a verb of going or becoming is its past, and "da" says where from ("è arrivato da Roma").
_PRESENT_PASSIVE_AUX = {"it": ("viene", "vengono", "è", "sono"), "en": ("is", "are")}
_PRESENT_AUX_WORDS = frozenset(w for a in _PRESENT_PASSIVE_AUX.values() for w in a)
_BY = {"it": ("da", "dal", "dalla", "dallo", "dall’", "dai", "dalle", "dagli"), "en": ("by",)}
# English past tenses that differ from the participle ("was written by" -> "Who wrote ...?").
_EN_PAST_OF = {
    "written": "wrote",
    "drawn": "drew",
    "given": "gave",
    "taken": "took",
    "chosen": "chose",
    "seen": "saw",
    "known": "knew",
    "shown": "showed",
    "begun": "began",
    "driven": "drove",
    "broken": "broke",
    "spoken": "spoke",
    "stolen": "stole",
    "ridden": "rode",
    "sung": "sang",
    "done": "did",
    "grown": "grew",
    "thrown": "threw",
    "flown": "flew",
    "worn": "wore",
    "undertaken": "undertook",
    "overseen": "oversaw",
    "rewritten": "rewrote",
    "run": "ran",
}
MAX_CLAUSE_WORDS = 18
# Being somewhere is no deed: "Chi ha sede a Bari?" is asked as "Dove ha sede ...?".
_PLACED = frozenset(["ha sede", "si trova", "is based", "is located", "lies in", "has its"])
_WHEN = re.compile(
    r"\s(?:on\s|in\s|at\s|nel\s|il\s|lo\s|alle\s|ieri\s|oggi\s)?(?:(?:"
    + "|".join(sorted(WEEKDAYS))
    + r")\b|\d{1,2}\s(?:"
    + "|".join(MONTHS["it"])
    + r")|(?:"
    + "|".join(MONTHS["en"])
    + r")\s\d|\d+\s(?:hours?|ore|minutes?|minuti)\b|\d{4}\b)",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"(?:\s+(?:since|in|on|at|from|until|by|during|dal|dalla|dallo|dai|nel|nella|nello|a|al"
    r"|di|per|fino|entro|tra|fra))+$",
    re.IGNORECASE,
)
# A year after an article opens the name of an event, no date: "at the 1960 Rome Olympics",
# "the 2026 World Cup".
_NAMED_EVENT = re.compile(r"\s(?:the|il|la|lo|le|i|gli)\s$", re.IGNORECASE)
_VAGUE_END = re.compile(r"\s(?:there|here|it|them|lì|là|qui|qua)$", re.IGNORECASE)
ARTICLE_WORDS = {
    "it": frozenset("il lo la l’ i gli le".split()),
    "en": frozenset(["the"]),
}
_ARTICLE = re.compile(r"(?:Il|Lo|La|I|Gli|Le|The)\s+|L’")


# A duration of more than one unit goes on after a comma or "and": "in one hour, 24 minutes and
# 51 seconds", "in 2 ore e 10 minuti". Cut inside, the clause would say a false time.
_TIME_UNIT = (
    r"(?:hours?|minutes?|seconds?|days?|ore|ora|minuti|minuto|secondi|secondo|giorni|giorno)"
)
_DURATION_GOES_ON = re.compile(r",\s+(?:\d+|[a-zà-ù]+)\s+" + _TIME_UNIT + r"\b")
_ENDS_IN_UNIT = re.compile(r"\s" + _TIME_UNIT + r"$")
# The pieces of a duration a cut has left at the end of a clause: "back in | one hour, | 24
# minutes": all of them go, with the preposition before ('_DANGLING').
_DURATION_TAIL = re.compile(
    r"(?:\s(?:\d+|[a-zà-ù’]+)\s" + _TIME_UNIT + r"(?:\s*,|\s(?:and|e|ed))?)+$"
)

# An hour left at the end of a clause cut before its day: "dalle 23.40 | di giovedì", "at 6.30 |
# on Sunday"; it goes with the day, which a date card asks.
_CLOCK_TAIL = re.compile(
    r"\s(?:dalle|alle|dall’|all’|at|from|until|by)\s?\d{1,2}[.:]\d{2}(?:\s?(?:am|pm))?$"
)


# Brackets inside a name, a capital on both sides: "the Water (Northern Ireland) Order 1999".
_NAME_BRACKET = re.compile(r"\s\([A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*\)\s[A-ZÀ-Ý]")


_ACRONYM_BRACKET = re.compile(r"\s\([A-Z][A-Z0-9&-]+\)\s([a-z]+)")


def _acronym_in_phrase(text: str, at: int) -> re.Match[str] | None:
    """The acronym in brackets at `at` when the noun phrase goes on after it: 'the European
    Space Agency (ESA) | programme'; cut there, the phrase would name another thing."""
    m = _ACRONYM_BRACKET.match(text, at)
    if m is None:
        return None
    word = m.group(1)
    if word in STOPWORDS["en"] or word in STOPWORDS["it"] or is_finite(word, "en"):
        return None
    return m if not is_finite(word, "it") and word not in PREPOSITIONS["en"] else None


# A phrase cut before its noun: "the hot, dry", an article, then words joined by a comma only.
_ADJECTIVES_LEFT = re.compile(r"(?:^|\s)(?:the|a|an)\s[a-z]+,\s[a-z]+$")


def _clause(text: str, start: int) -> str:
    m = _CLAUSE_END.search(text, start)
    while m is not None and m.group(0) == " (" and text[m.start() - 1 : m.start()].isalpha():
        if not text[: m.start()].split()[-1][:1].isupper():
            break
        inside = _NAME_BRACKET.match(text, m.start()) or _acronym_in_phrase(text, m.start())
        if inside is None:
            break
        m = _CLAUSE_END.search(text, inside.end() - 1)  # never cut a name
    while m is not None and m.group(0) == "," and text[m.start() - 1 : m.start()].isalpha():
        if _ENDS_IN_UNIT.search(text, start, m.start()) and _DURATION_GOES_ON.match(
            text, m.start()
        ):
            m = _CLAUSE_END.search(text, m.end())  # never cut a duration
            continue
        if between_adjectives(text, start, m.start()):
            m = _CLAUSE_END.search(text, m.end())  # "on the hot, dry summer": one phrase
            continue
        listed = NAME_LIST.match(text, m.start())
        if listed is None or not text[: m.start()].split()[-1][:1].isupper():
            break
        m = _CLAUSE_END.search(text, listed.end())  # never cut a list of names
    return text[start : m.start() if m else len(text)].strip()


def _says(word: str, language: str) -> bool:
    return word in SAY_VERBS[language]


def _date_phrase_start(text: str, at: int, language: str) -> int:
    """Where the date phrase that a cut at `at` falls inside starts: the words before the date
    that find_dates takes with it go too ('handed out 23,600 parcels | in the year to March
    2026')."""
    for span in find_dates(text, language):
        if span.start < at < span.end:
            return span.start
    return at


def _deed(text: str, language: str, verb_first: bool = False) -> str | None:
    """The clause after the subject when it says what was done: a verb, then at least three
    words, no pronoun to resolve, no verb of saying, being or lying somewhere; it ends before
    a date ('on Sunday', 'il 3 marzo'), which another card asks."""
    cut = _WHEN.search(text)
    cohort = False
    while cut and (
        _NAMED_EVENT.search(text, 0, cut.start() + 1)
        or _year_of_name(text, cut.start())
        or _of_cohort(text, cut.start(), cohort, language)
    ):
        cohort = cohort or _of_cohort(text, cut.start(), False, language)
        cut = _WHEN.search(text, cut.end())  # "at the 1960 Rome Olympics": a year in a name
    if cut:
        text = text[: _date_phrase_start(text, cut.start(), language)].rstrip(" ,")
        text = _DURATION_TAIL.sub("", text)  # "in one hour, | 24 minutes": all of the time
        text = _DANGLING.sub("", text)  # "has worked there since | 2010"
        text = _CLOCK_TAIL.sub("", text)  # "dalle 23.40 | di giovedì": the hour of the date
        if _ADJECTIVES_LEFT.search(text):
            return None  # "on the hot, dry | summer of 2025": the date took the noun away
        if _participle_left(text, language):
            return None  # "replaced a mill built | in 1820": the date was the participle's
    if _VAGUE_END.search(text):
        return None  # "Who has worked there?": where, out of the article?
    toks = tokens(text)
    named_object = len(toks) == 3 and toks[1].text[:1].isupper() and toks[2].text[:1].isupper()
    if (len(toks) < 4 and not named_object) or len(toks) > MAX_CLAUSE_WORDS:
        return None  # "opened the bridge": which, out of the article? ("opened Kingsford Bridge")
    if " ".join(t.low for t in toks[:2]) in _PLACED:
        return None
    seeming = _SEEMING[language]
    if any(t.low in seeming and toks[k + 1].low not in _LOOKED_AT for k, t in enumerate(toks[:3])):
        return None  # "Who had looked in control?": how it seemed, no deed to ask about
    first = toks[0]
    if first.low in _VENIRE:
        return None  # "viene gestito da X": a passive, its subject no doer
    if lemma(first.low, language) in _MEASURING:
        return None  # "stretched about 155 kilometres": a size, which no one does
    if lemma(first.low, language) in _HAVING_VERBS and any(t.low in _INHABITANTS for t in toks):
        return None  # "conta circa 140.000 abitanti": a place's size in people
    if toks[1].low == "been" and is_participle(toks[2].text, language):
        return None  # "has been rebuilt by X": a passive, its subject no doer
    if first.low in _COPULAS or not (
        verb_first or first.low in AUXILIARIES[language] or is_finite(first.text, language)
    ):
        return None
    if any(_says(t.low, language) for t in toks[:3]) or any(
        t.low in _PRONOUNS[language] for t in toks
    ):
        return None
    if any(t.text in {"“", "”", "«", "»", '"'} for t in toks):
        return None
    if toks[-1].low in PREPOSITIONS[language]:
        return None  # "ha scelto la pagina in | cui ...": the relative took the object's end
    return text


def _participle_left(text: str, language: str) -> bool:
    """Whether a deed cut before its date ends in a participle after a noun ('replaced a
    mill built', 'ha sostituito una scuola costruita'): the participle has lost what it says."""
    words = text.split()
    if len(words) < 3:
        return False
    last, before = words[-1], words[-2]
    return (
        last.isalpha()
        and last.islower()
        and is_participle(last, language)
        and before.isalpha()
        and before.lower() not in AUXILIARIES[language]
        and not is_finite(before, language)
    )


def _of_cohort(text: str, at: int, after_one: bool, language: str) -> bool:
    """Whether the date at `at` says which people a participle with an article names: 'ai
    nati | nel 1968', 'those born | in 1990'; or, after such a date, one joined to it ('e | nel
    1990'). Cut there, the question would ask of 'ai nati', no one."""
    words = text[:at].split()[-2:]
    if after_one and words and words[-1].lower() in _AND[language]:
        return True
    if len(words) < 2 or not words[-1].islower() or not is_participle(words[-1], language):
        return False
    before = words[0].lower()
    return before in ARTICULATED or before in ARTICLE_WORDS[language] or before == "those"


def _year_of_name(text: str, at: int) -> bool:
    """Whether the year at `at` (after its space) ends a name: 'the Land Reform Act | 2003',
    'the Water (Northern Ireland) Order | 1999'; a month's is a date ('May | 2019')."""
    if not text[at + 1 : at + 5].isdigit() or text[at + 5 : at + 6].isalnum():
        return False
    words = text[:at].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in WHEN_WORDS


_VENIRE = frozenset("viene vengono veniva venivano venne vennero".split())
_COMPLEMENT_PREPS = frozenset("in of at di nel nella nello".split())
_OF_PLACE = re.compile(r"\s+(?:of|di)\s+[A-ZÀ-Ý][\w’-]+(?=\s)")
_HONORIFICS = frozenset("dr dott prof sig mr mrs ms sir".split())


def _bare_name(run: str, language: str) -> str:
    """A name run without what opens a sentence before it: an adverb ('Anche'), a possessive
    ('Ethiopia’s'), an honorific ('Dr'), an office ('Tesla CEO Elon Musk')."""
    words = run.split()
    offices = [k for k, w in enumerate(words) if w.lower() in ROLE_WORDS[language]]
    if offices and offices[-1] < len(words) - 1:
        words = words[offices[-1] + 1 :]
    while words and (
        words[0].lower() in ADVERBIALS[language]
        or words[0].lower() in STOPWORDS[language]
        or words[0].endswith(("’s", "'s"))
        or words[0].lower().rstrip(".") in _HONORIFICS
        or words[0].lower() in WHEN_WORDS  # "On | Tuesday | Leeds City Council approved"
    ):
        words = words[1:]
    return " ".join(words)


_TITLE_ARTICLES = frozenset("the il lo la i gli le".split())
# Endings of nouns that name a person by what the person does ('palleggiatore', 'cyclist').
_DOER_ENDINGS = {
    "it": ("tore", "trice", "ista", "iere", "iera", "ente", "ante"),
    "en": ("ist", "er", "or", "ian"),
}
_TITLE_REACH = 90


def _person_noun(word: str, language: str) -> bool:
    """Whether a lowercase word names a person by an office, a trade or what the person does."""
    return (
        word in ROLE_WORDS[language]
        or word in OCCUPATIONS
        or (len(word) > 4 and word.endswith(_DOER_ENDINGS[language]))
    )


def _title_words(phrase: str, language: str) -> list[str] | None:
    """The words of a title after its article ('Il presidente della Lega' -> ['presidente',
    'della', 'Lega']), or None when the phrase opens with no definite article."""
    if phrase[:2] in ("L’", "l’"):
        return phrase[2:].split()
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in _TITLE_ARTICLES:
        return None
    return words[1:]


def _bare_title(words: list[str], language: str) -> bool:
    """Whether words are a title right before a name: adjectives and nouns in lowercase (an
    English nationality capitalised: 'Norwegian runner'), the last one a person's noun. A
    preposition ('la moglie di') or a noun of a thing ('la fondazione') makes the name another
    one's."""
    if not 1 <= len(words) <= 4 or not words[-1].islower():
        return False
    for w in words:
        if not w.isalpha() or w.lower() in STOPWORDS[language] or is_finite(w, language):
            return False
        if w[:1].isupper() and (language != "en" or w is words[-1]):
            return False
    return _person_noun(words[-1], language)


def _set_off_title(words: list[str], language: str) -> bool:
    """Whether words are an office set off by a comma before a name: an office word first,
    then only its complement ('presidente della Lega Pallavolo', 'council leader'), no verb."""
    if not 1 <= len(words) <= 8 or not words[0].islower():
        return False
    if any(not w.isalpha() or is_finite(w, language) for w in words):
        return False
    offices = [w for w in words[:3] if w.islower() and _person_noun(w, language)]
    return bool(offices)


def _titled_person(
    text: str, people: list[tuple[int, int, str]], doc: Document
) -> tuple[int, int, str] | None:
    """The person the text opens with after a title that says what the person is: 'Il
    palleggiatore Mattia Boninfante ha ...', 'The Norwegian runner Eirik Dahl led ...', 'Il
    presidente della Lega, Massimo Righi, ha ...', 'L’allenatore del Siena, il portoghese Rui
    Costa, ha ...'. The name must close with a comma or go on in lowercase (its verb)."""
    if not people or not 0 < people[0][0] <= _TITLE_REACH:
        return None
    start, end, name = people[0]
    language = doc.language
    head = text[:start]
    if not head.endswith(" ") or "." in head or ";" in head:
        return None
    parts = head.split(", ")
    if len(parts) > 2 or ("," in head and not text.startswith(", ", end)):
        return None  # "Il sindaco, Giulia Neri e ...": an apposition the name does not close
    first = _title_words(parts[0], language)
    if first is None:
        return None
    if len(parts) == 1:
        return (start, end, name) if _bare_title(first, language) else None
    if not _set_off_title(first, language):
        return None
    second = parts[1].split()
    if second:  # "..., il portoghese | Rui Costa": the person's own title after the comma
        again = _title_words(parts[1], language)
        if again is None or not _bare_title(again, language) and not _nationality(again):
            return None
    return start, end + 1, name  # past the comma that closes the name


def _nationality(words: list[str]) -> bool:
    """'il portoghese', 'la neozelandese': one lowercase adjective that says where one is from."""
    return len(words) == 1 and words[0].islower() and words[0].endswith(("ese", "ano", "ana"))


# Conjunctions that open a clause before the main one, capitalised before a name.
_SUBORDINATORS = frozenset(
    """because although though since while whereas unless once whether if poiché perché benché
    sebbene mentre qualora finché""".split()
)


def _person_at_start(text: str, doc: Document) -> tuple[str, int] | None:
    """(full name, end) of the person the text opens with, an apposition after it skipped
    ('Mario Rossi, 43 anni, ha vinto ...'), or after a title ('Il sindaco, Giulia Neri, ha
    firmato ...')."""
    people = people_in(text, doc)
    titled = _titled_person(text, people, doc) if people and people[0][0] > 0 else None
    if titled is not None:
        people = [titled]
    if people and (people[0][0] == 0 or titled is not None):
        _start, end, name = people[0]
        of_place = _OF_PLACE.match(text, end)
        if of_place:
            end = of_place.end()  # "Faith Jerotich of Kenya won ..."
    else:  # a name of two to five capitalised words: "Mekonnen Tadesse won ...", "Il Consiglio
        # di Stato ha respinto ..." (the article is no part of the answer)
        article = _ARTICLE.match(text)
        at = article.end() if article else 0
        m = NAME_RUN.match(text, at)
        if m is None or not 2 <= len(m.group(0).split()) <= 5:
            return None
        if m.group(0).split()[0].lower() in _INDEFINITE:
            return None  # "A Grade II listed building is ...": a name that only qualifies
        if not article and m.group(0).split()[0].lower() in _SUBORDINATORS:
            return None  # "Because Akaroa has no berth, ...": a clause before the main one
        name, end = _bare_name(m.group(0), doc.language), m.end()
        joined = _joined_name(text, end, doc.language) or _joined_body(text, name, end, doc)
        if joined is not None:  # "il Consorzio di Bonifica del Trasimeno | e Chiani | ha"
            name, end = f"{name}{text[end:joined]}", joined
        head, _, tail = name.partition(" of ")
        if tail and (doc.person(head) or _person_of_place(head, tail, doc.language)):
            name = doc.person(head) or head  # "Faith Jerotich of Kenya": the person
        if not name or name.split()[0].lower() in ROLE_WORDS[doc.language]:
            return None
        if len(name.split()) < 2 or _ARTICLE.match(name):
            return None
        if not article and is_known_word(name.split()[0].lower(), doc.language):
            if not any(w[:1].isupper() for w in name.split()[1:2]):
                return None  # "Residents of Candal complained": a common noun opens it
    rest = text[end:]
    if rest.startswith(", "):
        close = rest.find(", ", 2)
        if close < 0 or close > 80:
            return None
        inner = tokens(rest[2:close])
        if any(
            t.low in AUXILIARIES[doc.language] or is_finite(t.text, doc.language) for t in inner
        ):
            return None
        end += close + 1
    return name, end


_AND_NAME = re.compile(r"\se\s[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*){0,2}(?=\s(?P<verb>[a-zà-ù]+)\s)")


def _person_of_place(head: str, tail: str, language: str) -> bool:
    """Whether 'X Y of Z' is a person of a place ('Faith Jerotich of Kenya'), not a body's
    name ('Alaska Department of Fisheries'), whose last word before 'of' is a common noun."""
    words = head.split()
    return (
        len(words) == 2
        and len(tail.split()) == 1
        and not _is_body(head)
        and not is_known_word(words[-1].lower(), language)
    )


# "and" and one or two capitalised words, then a word in small letters: "the Department of Fish
# | and Game | closed".
_EN_AND_NAME = re.compile(r"\sand\s[A-Z][\w’-]*(?:\s[A-Z][\w’-]*)?(?=\s[a-z])")


def _joined_body(text: str, name: str, end: int, doc: Document) -> int | None:
    """Where an English body's name that goes on after 'and' ends: 'the Alaska Department of
    Fish and Game | closed ...' (a person's name joined by 'and' is another person)."""
    if doc.language != "en" or not _is_body(name) or " of " not in name:
        return None
    m = _EN_AND_NAME.match(text, end)
    if m is None or doc.person(m.group(0).split(None, 1)[1]):
        return None
    return m.end()


def _joined_name(text: str, end: int, language: str) -> int | None:
    """Where an Italian name that goes on after 'e' ends, when a verb in the singular follows:
    'il Consorzio di Bonifica del Trasimeno e Chiani | ha sospeso' is one body ('Mario Rossi e
    Anna Neri hanno' are two, and their plural verb no deed of one)."""
    m = _AND_NAME.match(text, end) if language == "it" else None
    if m is None:
        return None
    verb = m.group("verb")
    singular = verb in {"ha", "è", "aveva", "era", "sarà", "avrà", "fu"} or (
        is_finite(verb, language) and not verb.endswith("no")
    )
    return m.end() if singular else None


def _active(s: Sentence, doc: Document, at: int = 0, text: str | None = None) -> Candidate | None:
    """The card of a name that opens the sentence, or the clause at offset `at` (or `text`, a
    clause made of the sentence), and does something."""
    text = s.text[at:] if text is None else text
    found = _person_at_start(text, doc)
    if found is None:
        return None
    name, end = found
    deed = _deed(_clause(text, end), doc.language)
    if deed is None or _plural_of_one(text, name, deed, doc.language):
        return None
    deed = lower_first(deed[:1].lower() + deed[1:]) if deed[:1].isupper() else deed
    deed = _CONNECTIVE[doc.language].sub(" ", deed)  # "ha invece rivendicato" -> "ha rivendicato"
    question = _who_question(deed, doc.language)
    if question is None:
        return None
    return _who_card(s, name, question, f"{name} {deed.split()[0]}", doc)


# "Chi"/"Who" takes a verb in the singular: the plural auxiliaries a plural name's deed opens
# with, in the singular ("I Paesi Bassi hanno vinto tre ori" -> "Chi ha vinto tre ori?").
_SINGULAR_AUXILIARY = {
    "it": {
        "hanno": "ha",
        "avevano": "aveva",
        "avranno": "avrà",
        "ebbero": "ebbe",
        "avrebbero": "avrebbe",
    },
    "en": {"have": "has", "are": "is", "were": "was"},
}


def _who_question(deed: str, language: str) -> str | None:
    """'Chi <deed>?' / 'Who <deed>?' with the deed's verb in the singular: a plural auxiliary
    of 'avere'/'have' or an English copula becomes its singular; an Italian deed opening with
    another plural verb ('sono stati premiati', 'vinsero') is not asked, its participle or
    ending would have to change too."""
    verb, _, rest = deed.partition(" ")
    singular = _SINGULAR_AUXILIARY[language].get(verb)
    if singular is not None:
        deed = f"{singular} {rest}" if rest else singular
    elif language == "it" and verb.endswith("no") and is_finite(verb, language):
        return None
    return f"Chi {deed}?" if language == "it" else f"Who {deed}?"


_PLURAL_ARTICLES = ("I ", "Gli ", "Le ", "i ", "gli ", "le ")


def _plural_of_one(text: str, name: str, deed: str, language: str) -> bool:
    """Whether an Italian deed's verb is plural ('contestavano', 'hanno') while the name before
    it is one, with no plural article ('Italia Nostra | contestavano': the deed of more than
    the name, which a relative clause read on its own lost)."""
    verb = deed.split(None, 1)[0]
    if language != "it" or not verb.endswith("no") or not is_finite(verb, language):
        return False
    return not text.startswith(_PLURAL_ARTICLES) and " e " not in name


# Phrases of cause that open a sentence to tie it to the one before ("Per questo", "As a
# result"): the clause after them stands alone. (The statements leave out a linking adverb of
# one word, "Intanto", "However".)
_CAUSE_OPENING = {
    "it": re.compile(
        r"(?:Per questo(?: motivo)?|Per questa ragione|Di conseguenza),?\s"
        r"(?=(?:il|lo|la|i|gli|le)\s[A-ZÀ-Ý]|l’[A-ZÀ-Ý]|[A-ZÀ-Ý])"
    ),
    "en": re.compile(r"(?:For this reason|As a result),\s(?=the\s[A-Z]|[A-Z])"),
}
_CONNECTIVE = {
    "it": re.compile(r"(?:,\s)?\s(?:invece|però|tuttavia|inoltre|intanto|infatti)(?:,)?\s"),
    "en": re.compile(r"(?:,\s)?\s(?:however|meanwhile|though)(?:,)?\s"),
}


def _who_card(s: Sentence, answer: str, question: str, topic: str, doc: Document) -> Candidate:
    """The card of a 'who did it' question: a person's answer accepts the surname."""
    built = _entry_of_a_thing(answer, doc)  # "Hafod Eryri": a building, whatever its words
    person = None if built else doc.person(answer)
    surname = answer.split()[-1]
    named = _named_thing_kind(answer, doc.language) if person is None else None
    if named is not None:  # "Keno Dam" -> "Which dam has a fish ladder?"
        question = _reopened(question, [(who, f"{which}{named} ") for who, which in _WHICH_OF])
    elif person is None and (
        built
        or _thing_agent(s.text, answer)
        or (s.source is not None and _thing_agent(s.source, answer))  # a statement's sentence
    ):
        question = _what_question(question, doc.language)
    elif person is None:
        question = _which_kind_question(question, answer, doc.language, s.text)
    accept = (surname,) if person and surname != answer else ()
    body = _BODY_OF_MEMBERS.search(answer) if answer[:1].islower() else None
    if body is not None:  # "i tecnici dell’Università di Pavia": the body alone is right too
        accept = (body.group(0),)
    return entity_card(
        s,
        answer,
        squash(question),
        topic,
        score=0.74,
        answer_type="person" if person else "thing",
        accept=accept,
    )


_BODY_OF_MEMBERS = re.compile(r"[A-ZÀ-Ý].*$")
# The kinds of things a name may end (or, in Italian, open) with: built things, places of
# nature and machines; not a race or a prize ("What went to ...?" of a chase asks it).
_NAMED_KINDS = frozenset(
    """centre center terminus building hall tower castle cathedral church chapel abbey palace
    monument statue memorial lighthouse pier bridge viaduct aqueduct dam canal tunnel station
    stadium arena plant road street square avenue park lake loch lough river bay forest island
    mountain satellite telescope rover probe plan strategy scheme
    centro torre castello cattedrale chiesa cappella abbazia palazzo monumento statua faro molo
    ponte viadotto acquedotto diga canale galleria stazione stadio impianto edificio strada
    piazza piazzale viale lungomare parco lago fiume torrente baia foresta isola monte
    satellite telescopio sonda piano strategia""".split()
)
# The openings a 'who' question of a named thing takes: 'Who has ...?' -> 'Which dam has ...?'.
_WHICH_OF = (("Who ", "Which "), ("Da chi ", "Da quale "), ("Chi ", "Quale "))


def _named_thing_kind(answer: str, language: str) -> str | None:
    """The kind of thing a name says it is, by its last word in English ('Keno Dam', 'Tower
    Bridge') or its first in Italian ('Ponte Vecchio', 'Diga del Vajont'): a thing built or a
    thing of nature, not a body of people ('Fire Brigade', 'Island Trust')."""
    words = answer.split()
    if len(words) < 2 or not words[0][:1].isupper() or "," in answer:
        return None
    if not _AND_WORDS.isdisjoint(w.lower() for w in words):
        return None  # "Copco 1 and Iron Gate": more than one
    kind = (words[-1] if language == "en" else words[0]).lower()
    if kind not in _NAMED_KINDS or not is_known_word(kind, language):
        return None  # "Pier Luigi Nervi": an English pier, an Italian given name
    if language == "it" and is_given_name(words[0]):
        return None
    if not _PEOPLE_KINDS.isdisjoint(w.lower() for w in words):
        return None
    return kind


# The kinds a name of an institution says it is of, by its last word in English ("Raigmore
# Hospital") or its first ("University of Leeds", Italian "Museo della Ceramica").
_INSTITUTION_KINDS = {
    "en": frozenset(
        """hospital council university museum club federation trust company school college
        authority board agency commission bank society association foundation institute
        party union league airport railway charity library theatre gallery orchestra zoo
        cooperative court bureau department ministry inspectorate exchange""".split()
    ),
    "it": frozenset(
        """museo federazione università comune consorzio fondazione associazione ospedale
        società banca agenzia istituto ente azienda cooperativa teatro aeroporto lega biblioteca
        galleria orchestra sindacato partito tribunale procura questura prefettura regione
        provincia ministero dipartimento borsa""".split()
    ),
}
_AND_WORDS = frozenset("and e ed".split())
# Nouns of a kind of business or body said right before its name, lowercase: "the Danish
# dairy co-operative | Nordmælk", "il fondo tedesco | Rheinglas Capital".
_KINDS_BEFORE_NAME = {
    "en": _INSTITUTION_KINDS["en"]
    | frozenset(
        """firm co-operative start-up shipyard fund group studio practice developer housebuilder
        contractor operator publisher consortium journal newspaper magazine team
        manufacturer retailer insurer lender airline""".split()
    ),
    "it": _INSTITUTION_KINDS["it"]
    | frozenset(
        """fondo studio ditta impresa gruppo rivista giornale procura questura prefettura
        squadra""".split()
    ),
}
# The kind right before a name: after an article and up to three words in English ("the
# Danish dairy | co-operative"), with up to two words after it in Italian, which go with it
# ("il fondo | tedesco", "lo studio | di architettura").
_KIND_OPENING = {
    "en": re.compile(r"(?:^|\s)(?:the|a|an)\s(?:[\w’-]+\s){0,3}?(?P<kind>[a-z][a-z-]+),?\s$"),
    "it": re.compile(
        r"(?:^|\s)(?:(?:[Ii]l|[Ll]o|[Ll]a|[Uu]n|[Uu]na|dal|dallo|dalla|al|allo|alla|del|dello"
        r"|della|nel|nello|nella)\s|(?:[Ll]|dall|all|dell|nell)’)(?P<kind>[a-zà-ù]+)"
        r"(?P<more>(?:\sdi)?(?:\s[a-zà-ù]{3,}){0,2}),?\s$"
    ),
}


# An apposition after a name, which opens with its kind, after an article or not: "Mersey
# Marine Engineering, | a shipyard in Birkenhead", "Edilstrade, | società friulana", "the
# Frank Slide, | a rockslide".
_APPOSITION = re.compile(
    r",\s(?P<article>(?:the|a|an|il|lo|la|un|uno|una)\s|l’|un’)?(?P<words>(?:[\w’-]+\s?){1,3})"
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _kind_after_name(text: str, end: int, language: str) -> str | None:
    """The kind an apposition right after a name at `end` opens with, its first word of a
    kind among up to three, before any function word."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return None
    for word in m.group("words").split():
        if word in _KINDS_BEFORE_NAME[language]:
            return word
        if word in STOPWORDS[language] or not word[:1].islower():
            return None
    return None


def kind_before_name(text: str, name: str, language: str) -> str | None:
    """The kind of business or body `text` says right before `name` ('co-operative' of 'the
    Danish dairy co-operative Nordmælk', 'fondo' of 'dal fondo tedesco Rheinglas Capital'), or
    in an apposition right after it ('shipyard' of 'Mersey Marine Engineering, a shipyard in
    Birkenhead'), or None."""
    at = text.find(name)
    if at <= 0:
        return None
    m = _KIND_OPENING[language].search(text, 0, at)
    if m is None or m.group("kind") not in _KINDS_BEFORE_NAME[language]:
        return _kind_after_name(text, at + len(name), language)
    more = m.groupdict().get("more") or ""
    if any(w in STOPWORDS[language] and w != "di" for w in more.split()):
        return None  # "la società | che ha | ..."
    return m.group("kind") + more  # "fondo tedesco", "studio di architettura"


_WHICH = {
    "it": (("Da chi ", "Da quale "), ("Chi ", "Quale ")),
    "en": (("Who ", "Which "),),
}


def _which_kind_question(question: str, answer: str, language: str, text: str = "") -> str:
    """The 'who' question asked of an institution by the kind its name says it is of: 'Who
    has around 450 beds?' -> 'Which hospital has around 450 beds?' (Raigmore Hospital),
    'Chi conta 30.000 tesserati?' -> 'Quale federazione conta 30.000 tesserati?'; or by the
    kind the sentence `text` says right before the name ('by the Danish co-operative
    Nordmælk' -> 'Which co-operative has bought ...?')."""
    words = answer.split()
    if not words or not words[0][:1].isupper():
        return question
    kinds = _INSTITUTION_KINDS[language]
    head = answer.split(" of ", 1)[0].split() if language == "en" else []
    of_kind = len(head) > 1 and head[-1].lower() in kinds  # "Alaska Department | of Fish ..."
    named = head if of_kind else words  # "and" after "of" joins the complement's words
    if "," in answer or not _AND_WORDS.isdisjoint(w.lower() for w in named):
        return question  # "Leeds Teaching Hospitals and the Quadram Institute": more than one
    kind = words[0].lower() if words[0].lower() in kinds and len(words) > 1 else None
    if kind is None and of_kind:
        kind = head[-1].lower()
    if kind is None and language == "en" and words[-1].lower() in kinds and len(words) > 1:
        kind = words[-1].lower()
    if kind is None:
        kind = kind_before_name(text, answer, language)
    if kind is None:
        return question
    return _reopened(question, [(who, f"{which}{kind} ") for who, which in _WHICH[language]])


# Kinds of things that do deeds with no one behind them in the sentence: what a satellite
# spotted or a storm destroyed is asked with "what", not "who".
_THING_KINDS = (
    in_both(CRAFT)
    | in_both(NATURAL_KINDS)
    | in_both(STRUCTURES)
    | frozenset(
        """satellites telescopes spaceship orbiter tornado earthquake flood wildfire fire landslide
        avalanche tsunami eruption rockslide mudslide landslip machine robot algorithm software
        computer camera instrument spectrograph radar sensor detector microscope engine vehicle
        virus bacterium navicella tromba terremoto sisma alluvione piena incendio frana valanga
        eruzione macchina algoritmo fotocamera strumento spettrografo sensore rivelatore
        microscopio motore veicolo batterio
        loch lough sea bay forest island mountain mare baia foresta isola monte piazza piazzale
        viale lungomare square avenue parco road street airport plant strada aeroporto
        impianto race hurdle steeplechase chase stakes derby marathon cup trophy prize award
        medal title championship gara corsa coppa trofeo premio medaglia titolo campionato
        maratona palio tournament olympiad olympics festival fair exhibition summit conference
        torneo olimpiade olimpiadi fiera mostra vertice conferenza""".split()
    )
)
# Kinds of groups of people, which a thing's word may name: "the Fire Brigade", "Rocket Lab",
# "i Vigili del fuoco", "la Camera di commercio" (an Italian chamber, no camera).
_PEOPLE_KINDS = frozenset(
    """brigade service services company lab labs agency department authority group team
    corporation society institute foundation council crew vigili corpo servizio azienda società
    agenzia gruppo squadra reparto commercio deputati""".split()
)
# Words that may stand between the name and the kind it is of: "NASA’s | Perseverance | rover".
_KIND_REACH = 30


def _thing_agent(text: str, answer: str) -> bool:
    """Whether the agent is a thing by the kind the sentence gives it, in the name, right
    before it or right after it: 'by NASA’s Transiting Exoplanet Survey Satellite', 'dal
    satellite Sentinel-2', 'by the Perseverance rover', or in an apposition after it ('the Frank
    Slide, a rockslide that buried …')."""
    at = text.find(answer)
    if at < 0:
        return False
    end = at + len(answer)
    before = text[max(0, at - _KIND_REACH) : at].lower()
    by = list(_BY_WORD.finditer(before))
    words = re.findall(r"[^\W\d_]+", before[by[-1].end() :] if by else before)
    if not by:
        words = words[-2:]  # "the Perseverance rover" opening a clause: its own words only
    words += re.findall(r"[^\W\d_]+", text[at : end + _KIND_REACH].lower())[
        : len(answer.split()) + 1
    ]
    kind = _apposed_head(text, end)  # "the Frank Slide, a rockslide that buried ..."
    if kind is not None:
        words.append(kind.lower())
    # "the Island Trust", "il Consorzio del Lago": a body of people named after a thing
    people = not _PEOPLE_KINDS.isdisjoint(words) or not _BODY_WORDS.isdisjoint(words)
    return not _THING_KINDS.isdisjoint(words) and not people


def _apposed_head(text: str, end: int) -> str | None:
    """The kind an apposition with an article gives a name right before `end`, its first
    word: 'rockslide' of 'Frank Slide|, a rockslide'."""
    m = _APPOSITION.match(text, end)
    head = _FIRST_WORD.match(m.group("words")) if m and m.group("article") else None
    return head.group(0) if head else None


_BY_WORD = re.compile(r"(?<!\w)(?:by|da|dal|dalla|dallo|dall’|dai|dagli|dalle)(?!\w)")

# Nouns of things built or made, as an entry's definition says what its subject is: "Hafod
# Eryri is the visitor | centre | and railway terminus" is a building, no "who" of a deed.
_BUILT_KINDS = (
    in_both(VEHICLES)
    | in_both(STRUCTURES)
    | frozenset(
        """centre center terminus hall tower castle cathedral church chapel abbey palace
        monument statue memorial lighthouse pier viaduct aqueduct dam canal car painting
        sculpture manuscript book film novel opera song album report plan strategy scheme law act
        treaty centro torre castello cattedrale chiesa cappella abbazia palazzo monumento statua
        faro molo viadotto acquedotto diga canale imbarcazione dipinto quadro scultura
        manoscritto libro film romanzo opera canzone album rapporto piano strategia legge
        trattato rifugio""".split()
    )
)
# An entry's definition: its name, a copula, and an article before what it is.
_DEFINED_AS = re.compile(
    r"^(?P<name>.+?)\s(?:is|was|è|era|fu)\s(?:(?:the|an?|il|lo|la|uno?|una)\s|l’|un’)"
    r"(?P<words>[^,;:()]+)"
)
_DEFINITION_HEAD_ENDS = frozenset(
    """of in on at by for with from to that which who whose where and or di a da in con su per
    tra fra del dello della dei degli delle al allo alla nel nello nella sul sulla che cui
    dove e o""".split()
)


@per_document  # a scan of the whole document's texts, for each card of the answer
def _entry_of_a_thing(answer: str, doc: Document) -> bool:
    """Whether `answer` is the name of an entry whose definition says it is a thing built or
    made ('Hafod Eryri is the visitor centre and railway terminus at the summit ...'), which
    does its deeds with no one behind it: a 'what', not a 'who'."""
    entry = next((e for e in doc.entries if answer in e.names), None)
    if entry is None:
        return False
    for text in doc.texts or [s.text for s in doc.sentences]:  # the whole document's texts
        m = _DEFINED_AS.match(text)
        if m is None or m.group("name") not in entry.names:
            continue
        head = ""
        for word in m.group("words").split():
            low = word.lower().removeprefix("dell’").removeprefix("all’")
            if low in _DEFINITION_HEAD_ENDS or word[:1].isdigit():
                break
            head = low
        return head in _BUILT_KINDS
    return False


_WHAT = {"it": (("Da chi ", "Da che cosa "), ("Chi ", "Che cosa ")), "en": (("Who ", "What "),)}


def _what_question(question: str, language: str) -> str:
    """The 'who' question asked of a thing: 'Who first flagged the planet?' -> 'What first
    flagged the planet?', 'Da chi è stato individuato ...?' -> 'Da che cosa ...?'."""
    return _reopened(question, _WHAT[language])


def _reopened(question: str, openings: Iterable[tuple[str, str]]) -> str:
    """The question with the first of its `openings` (old, new) it starts with replaced."""
    for old, new in openings:
        if question.startswith(old):
            return new + question[len(old) :]
    return question


# Texts that establish or rule a thing: a treaty, a law, a decree is no "who" of a deed.
_INSTRUMENTS = frozenset(
    """convenzione trattato legge decreto accordo costituzione regolamento direttiva carta
    statuto protocollo riforma patto codice convention treaty law act decree agreement
    constitution regulation directive charter statute protocol reform pact code""".split()
)


_INITIAL = re.compile(r"\.\s(?=[A-ZÀ-Ý])")
_NOUN_AFTER = re.compile(r" ([a-z]+(?:-[a-z]+)*),? (?:[a-z]+(?:-[a-z]+)*,? )?(?=[A-Z])")
# A word of a people in capitals, which says where a business is from: "the Danish | company".
_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|an|ic|ch)")
_WORD_AFTER = re.compile(r" ([a-z]+(?:-[a-z]+)*)")


# The Italian names of centuries, written with a capital: times, never agents.
_CENTURIES = frozenset(
    """duecento trecento quattrocento cinquecento seicento settecento ottocento novecento
    duemila""".split()
)


def _agent(text: str, at: int, doc: Document, members: bool = False) -> str | None:
    """The name after 'da' / 'by' at `at`: a person or an organisation, not an office alone.
    What the person is comes before the name ('dal console | Marco Emilio Lepido', 'by the
    architect | Cass Gilbert') and is no part of it. With `members`, people of a body named
    by both ('dai tecnici dell’Università di Pavia') are an agent too: only a passive's own
    agent, whose deed is plain."""
    if _gerund_at(text, at, doc.language):
        return None  # "formed by | merging the X Company with Y": how, not by whom
    part = _ON_THE_PART.match(text, at) if doc.language == "it" else None
    if part is not None:
        at = part.end()  # "approvato da | parte della | Regione Liguria"
    m = NAME_RUN.match(text, _after_what(text, at, doc.language))
    if m is None:
        body = _small_body(text, at, doc.language)
        if body is not None:
            return body
        return _members_of(text, at, doc.language) if members else None
    if m.group(0).lower() in WHEN_WORDS or m.group(0).lower() in _CENTURIES:
        return None  # "sviluppatasi dall’Ottocento": since when, not by whom
    initial = _INITIAL.match(text, m.end())
    if initial is not None and len(m.group(0).split()[-1]) == 1:
        # "Franklin D. | Roosevelt": the name goes on after its initial
        rest = NAME_RUN.match(text, initial.end())
        if rest is not None:
            return _named(text[m.start() : rest.end()], doc)
    legal = _LEGAL_FORM.match(text, m.end())
    if legal is not None:
        return _named(text[m.start() : legal.end()], doc)  # "da MM spa"
    one = m.group(0).strip()
    known = is_known_word(one.lower(), "it") or one.lower() in _IT_BODY_HEADS
    complement = (
        _SMALL_COMPLEMENT.match(text, m.end())
        if doc.language == "it" and " " not in one and known
        else None
    )
    if complement is not None:  # "dalla Capitaneria di porto", "dall’Autorità di sistema
        # portuale del Mare Adriatico centrale": the adjectives and the place go with it
        end = _small_adjectives(text, complement.end())
        place = _OF_PLACE_IT.match(text, end)
        if place is not None:
            named = NAME_RUN.match(text, place.end())
            if named is not None:
                end = _small_adjectives(text, named.end())
        return _named(text[m.start() : end], doc)
    adjective = (
        _SMALL_ADJECTIVE.match(text, m.end())
        if doc.language == "it" and " " not in one and doc.person(one) is None
        else None
    )
    if adjective is not None:  # "dall’Autorità portuale"
        end = adjective.end()
        complement = _SMALL_COMPLEMENT.match(text, end)
        if complement is not None:  # "dall’Istituto nazionale| di fisica nucleare"
            end = _small_adjectives(text, complement.end())
        return _named(text[m.start() : _to_its_acronym(text, m.start(), end)], doc)
    if doc.language == "it" and " " not in one and is_known_word(one.lower(), "it"):
        more = _small_adjectives(text, m.end())
        if more > m.end():  # "dal Gruppo speleologico marchigiano", not "dal Gruppo"
            return _named(text[m.start() : more], doc)
    noun = _NOUN_AFTER.match(text, m.end())
    if noun is not None and noun.group(1) not in STOPWORDS[doc.language]:
        if noun.group(1) in PREPOSITIONS[doc.language]:
            return None  # "by the Government | through X Ltd": two agents, neither alone

        # "by the American | company Medrobot": the capital was an adjective of the noun
        m = NAME_RUN.match(text, _after_what(text, m.end() + 1, doc.language))
        if m is None:
            return None
    elif _PEOPLE_ADJECTIVE.fullmatch(one) and _adjective_of_noun(text, m.end(), doc.language):
        return None  # "by a Norwegian | start-up based in Oslo": no name
    return _named(text[m.start() : _name_end(text, m.start(), m.end(), doc)].strip(), doc)


def _adjective_of_noun(text: str, end: int, language: str) -> bool:
    """Whether a lowercase noun follows at `end`, which the capitalised word before it is an
    adjective of ('Norwegian | start-up'), not a word of a function ('Medrobot | in 2020')."""
    m = _WORD_AFTER.match(text, end)
    return (
        m is not None
        and m.group(1) not in STOPWORDS[language]
        and not is_finite(m.group(1), language)
    )


# The head nouns of a body whose name goes on after 'for': "Department for Transport", "Office
# for National Statistics", "Centre for Ecology and Hydrology".
_FOR_HEADS = frozenset(
    """department ministry office centre center institute commission council agency trust fund
    foundation society association alliance committee secretary minister board""".split()
)
_FOR_TAIL = re.compile(r"\s+for\s+(?=[A-Z])")
_AND_TAIL = re.compile(
    r"\s+and\s+(?P<word>[A-Z][a-z]{3,})(?=\s*(?:\(|,|;|\.|$|\s(?!(?:for|of)\s+[A-Z])[a-z]))"
)  # not "Network Rail and | Transport for Wales": the start of a second name


# A council named after two places: "Causeway Coast | and Glens Borough Council", "Argyll | and
# Bute Council"; the name before "and" is a place, no body of its own ("Network Rail | and
# Leeds City Council" are two).
_JOINT_COUNCIL = re.compile(
    r"\s+and\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:Borough|District|City|County|Regional)\s+)?"
    r"Council\b"
)
_BODY_TAILS = frozenset(
    """rail ltd plc group agency council trust police service services authority board company
    bank university college school office department ministry commission committee association
    society union party club foundation institute centre center network partners limited inc
    corporation government executive parliament assembly""".split()
)
_AMPERSAND_PARTNER = re.compile(r"\s&\s[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*")


# The legal form after a firm's name, in small letters: "MM spa", "Neri Costruzioni srl".
_LEGAL_FORM = re.compile(r"\s+(?:s\.p\.a\.|s\.r\.l\.|spa|srl|snc|sas)(?!\w)")


def _name_end(text: str, start: int, end: int, doc: Document) -> int:
    """Where a body's name that the name run from `start` to `end` stops short of ends:
    a partner's name after '&' goes with it ('Lindqvist & Partners');
    'Department | for Transport' goes on after 'for' when the run ends in a body's head noun
    or is one common noun ('Transport | for Wales');
    'UK Research | and Innovation' after 'and' when one common noun in capitals follows, and
    the run is of two words or more and no person ('by Thomas Telford and John Rennie' are
    two)."""
    partner = _AMPERSAND_PARTNER.match(text, end)
    if partner is not None:  # "Lindqvist | & Partners", "Ferrero | & Rinaldi"
        end = partner.end()
    legal = _LEGAL_FORM.match(text, end)
    if legal is not None:
        return legal.end()  # "MM | spa", "Luce di Magra | srl": the firm's form is its name's
    run = text[start:end].split()
    single = len(run) == 1 and is_known_word(run[0].lower(), doc.language)  # "Transport for"
    if run and (run[-1].lower() in _FOR_HEADS or single):
        tail = _FOR_TAIL.match(text, end)
        rest = NAME_RUN.match(text, tail.end()) if tail is not None else None
        if rest is not None:
            return rest.end()
    council = _JOINT_COUNCIL.match(text, end) if doc.language == "en" else None
    if council is not None and run and run[-1].lower() not in _BODY_TAILS:
        return council.end()  # "Dumfries | and Galloway Council": one council of two places
    joined = _AND_TAIL.match(text, end)
    if joined is None or doc.language != "en" or len(run) < 2:
        return end
    if not is_known_word(joined.group("word").lower(), "en"):
        return end
    if doc.person(" ".join(run)) is not None:
        return end
    return joined.end()


# An Italian public body written in small letters, its name after "di": "dal ministero delle
# Infrastrutture", "dalla prefettura di Napoli", "dal comune di Lucca".
_SMALL_BODY = re.compile(
    r"(?P<noun>ministero|comune|regione|provincia|prefettura|procura|questura|tribunale"
    r"|università|assessorato|dipartimento|consiglio\s+regionale|consiglio\s+comunale"
    r"|camera\s+di\s+commercio)\s+(?:di|del|dello|della|dei|degli|delle|dell’)\s?(?=[A-ZÀ-Ý])"
)


def _small_body(text: str, at: int, language: str) -> str | None:
    """The body 'ministero delle Infrastrutture' of 'dal ministero delle Infrastrutture': a
    public body's noun in small letters, then the name that says which."""
    m = _SMALL_BODY.match(text, at) if language == "it" else None
    name = NAME_RUN.match(text, m.end()) if m is not None else None
    if m is None or name is None or name.group(0).strip().lower() in WHEN_WORDS:
        return None
    return text[at : name.end()].strip()


# People named by what they do, in the plural, that a body's name follows: "dai tecnici |
# dell’Università di Pavia", "by engineers | at Arup".
_MEMBERS = re.compile(
    r"(?:the\s+)?(?P<noun>[a-zà-ù]{4,})\s+(?:dell’|(?:of|at|from|for|di|del|dello|della|dei|degli"
    r"|delle)\s+(?:the\s+)?)(?=[A-ZÀ-Ý])"
)
_PLURAL_TO_SINGULAR = {
    "it": (
        ("tori", "tore"),
        ("trici", "trice"),
        ("isti", "ista"),
        ("iste", "ista"),
        ("ieri", "iere"),
        ("enti", "ente"),
        ("anti", "ante"),
        ("ici", "ico"),
        ("i", "o"),
        ("e", "a"),
    ),
    "en": (("ies", "y"), ("s", "")),
}
_GROUP_NOUNS = frozenset("tecnici esperti staff police experts".split())


def _people_plural(word: str, language: str) -> bool:
    """Whether a lowercase plural names people by what they do: 'restauratori', 'tecnici',
    'engineers', 'researchers'."""
    if word in _GROUP_NOUNS:
        return True
    for plural, singular in _PLURAL_TO_SINGULAR[language]:
        if word.endswith(plural):
            one = word[: len(word) - len(plural)] + singular
            return (
                one in OCCUPATIONS
                or one in ROLE_WORDS[language]
                or (len(one) > 4 and one.endswith(_DOER_ENDINGS[language]))
            )
    return False


def _members_of(text: str, at: int, language: str) -> str | None:
    """The agent 'restauratori dell’Opificio delle Pietre Dure' of 'dai restauratori
    dell’Opificio ...', 'engineers at Arup' of 'by engineers at Arup': people of a body, named
    by both; the body alone did not do it in person, the people alone are no one."""
    m = _MEMBERS.match(text, at)
    if m is None or not _people_plural(m.group("noun"), language):
        return None
    name = NAME_RUN.match(text, m.end())
    if name is None or name.group(0).strip().lower() in WHEN_WORDS:
        return None
    return text[at + (4 if text.startswith("the ", at) else 0) : name.end()].strip()


# Heads of Italian bodies the dictionary does not know as words.
_IT_BODY_HEADS = frozenset("autorità".split())
# The place a body's name ends with: "del | Mare Adriatico centrale".
_OF_PLACE_IT = re.compile(
    r"\s+(?:del|della|dello|dei|degli|delle)\s+(?=[A-ZÀ-Þ])|\s+dell’(?=[A-ZÀ-Þ])"
)
# A one-word institution's name goes on with a complement in small letters: "Capitaneria di
# porto", "Corpo di guardia".
_SMALL_COMPLEMENT = re.compile(r"\s+(?:di|del|della|dei|degli|delle|dello)\s+[a-zà-ù]{3,}\b")
# Words in small letters up to an acronym in brackets: "nazionale di fisica| nucleare (INFN)".
_BEFORE_ACRONYM = re.compile(r"((?:\s+[a-zà-ù]+){1,3})\s+\((?P<acronym>[A-Z]{2,6})\)")


def _to_its_acronym(text: str, start: int, end: int) -> int:
    """The end of a body's name read up to `end`, or past the words in small letters after it
    up to the acronym in brackets they spell with it: 'Istituto nazionale di fisica |
    nucleare (INFN)'."""
    m = _BEFORE_ACRONYM.match(text, end)
    if m is None:
        return end
    words = tuple(text[start : m.end(1)].replace("’", " ").split())
    return m.end(1) if spells_initials(m.group("acronym"), words) else end


# ... or with an adjective in small letters: "Autorità portuale", "Protezione civile", "Guardia
# costiera".
_SMALL_ADJECTIVE = re.compile(r"\s+[a-zà-ù]{2,}(?:ale|ile|iera|iero)\b")
# More adjectives in small letters after the first word of a body's name: "dal Gruppo |
# speleologico marchigiano", "dal Circolo | culturale sardo" (a verb of the same ending is no
# part of it: "-ano" is "lavorano" too).
_MORE_ADJECTIVES = re.compile(
    r"\s+([a-zà-ù]{2,}(?:ale|ali|ile|ili|ico|ica|ici|iche|ano|ana|ani|ane|ese|esi|ivo|iva|ivi"
    r"|ario|aria|ari|ardo|arda|ardi|ino|ina|ini|ine|iero|iera)(?:-[a-zà-ù]{3,})?\b"
    r"|(?:europe|mediterrane)[oaie]\b)"  # "dalla Commissione | europea"
)


def _small_adjectives(text: str, end: int) -> int:
    """Where the lowercase adjectives after a capitalised common noun end ('dal Gruppo |
    speleologico marchigiano | del CAI'): `end` itself when none follows."""
    for _ in range(3):
        m = _MORE_ADJECTIVES.match(text, end)
        if m is None or is_finite(m.group(1), "it") or m.group(1) in STOPWORDS["it"]:
            break
        end = m.end()
    return end


def _gerund_at(text: str, at: int, language: str) -> bool:
    """Whether the word at `at` is an English gerund: 'by | merging', 'by | building'; a
    gerund after an article is a noun's adjective ('by the visiting professor X')."""
    if language != "en" or not text[at : at + 1].islower():
        return False
    word = text[at : at + 20].split(" ", 1)[0]
    return is_gerund(word, language)


def _named(run: str, doc: Document) -> str | None:
    """The agent a name run names: a person's full name, or the run without an office before
    it; None for an office alone or a text."""
    name = _bare_name(run, doc.language)
    if not name:
        return None
    words = name.split()
    if words[0].lower() in ROLE_WORDS[doc.language] or name.lower() in STOPWORDS[doc.language]:
        return None
    if words[0].lower() in _INSTRUMENTS or (
        doc.language == "en" and words[-1].lower() in _INSTRUMENTS
    ):
        return None  # "istituita dalla Convenzione del 1972", "by the Local Government Act
        # 2003": a text, no one to ask 'chi' or 'who' of
    person = doc.person(name)
    head, _, tail = name.partition(" of ")
    if person is None and tail and doc.person(head):
        person = doc.person(head)  # "Faith Jerotich of Kenya": the person, not her country
    return person or name


_LOWER_WORD = re.compile(r"([a-zà-ù]+(?:-[a-zà-ù]+)*),?\s+")
# The Italian "da parte di": the agent's name comes after it.
_ON_THE_PART = re.compile(r"parte\s(?:(?:di|del|della|dello|dei|degli|delle)\s|dell’)(?=[A-ZÀ-Ý])")


_ONE_ARTICLES = {"en": frozenset(["a", "an"]), "it": frozenset(["un", "uno", "una"])}


def _after_what(text: str, at: int, language: str) -> int:
    """Where the name starts after an article and up to two lowercase nouns at `at` ('the
    architect | Cass Gilbert'); `at` itself when no name follows them or a word between is
    a preposition ('by the end of | May'), but the 'di' of a business's kind ('dallo studio di
    architettura | Bellandi Associati'); a kind's name may follow a comma ('by a council-owned
    company, | Swilly Crossings')."""
    if text[at : at + 1].isupper() or text[at : at + 1] == "":
        return at
    k = at
    previous = ""
    words = 0
    while words < 3:
        m = _LOWER_WORD.match(text, k)
        if m is None:
            return at
        word = m.group(1)
        kind_of = word == "di" and previous in _KINDS_BEFORE_NAME[language]
        article = word in ARTICLE_WORDS[language] or word in _ONE_ARTICLES[language]
        if not article and word in STOPWORDS[language] and not kind_of:
            return at
        previous = word
        words += not kind_of
        k = m.end()
        if "," in m.group(0) and word not in _KINDS_BEFORE_NAME[language]:
            return at  # "by the river, | Ann Lee": a name beside, not the agent
        if text[k : k + 1].isupper():
            return k  # "the architect | Cass Gilbert", "a council-owned company, | Swilly"
        if "," in m.group(0):
            return at
    return at


def _passive(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    if s.entry is not None and text == s.text:
        text = _after_fronted_clause(text, s, language)
    toks = tokens(text)
    verb = main_verb(toks, language)
    if verb is None or verb == 0 or not starts_with_subject(toks, language):
        return None
    aside = _aside(toks, verb)
    if aside is not None:  # "The tablet, which is thought to ..., was found": skip the aside
        after = main_verb(toks[aside + 1 :], language)
        if after is None:
            return None
        verb = aside + 1 + after
    subject_end = toks[verb].start
    commas = [t for t in toks[:verb] if t.text == ","]
    if commas:  # "The tablet, which is thought to ..., was found": the subject and its aside
        if len(commas) != 2 or toks[verb - 1].text != ",":
            return None
        subject_end = commas[0].start
    if any(t.text in {";", ":", "“", "”", "«", "»"} for t in toks[:verb]):
        return None
    aux, k = _passive_chain(toks, verb, language)
    present = False
    if not aux and toks[verb].low in _PRESENT_AUX_WORDS:
        aux, k = _passive_chain(toks, verb, language, present=True)
        present = bool(aux)
    if not aux or k + 1 >= len(toks):
        return None
    participle = toks[k]
    if present and not _holds_or_runs(participle.low, language):
        return None  # "is overlooked by Ben Nevis", "is caused by HIV": no one holds it
    particle = k + 1 if _particle_after(toks, k, language) else k  # "was carried | out | by"
    by = _by_after(toks, particle, text, language)
    if by is None:
        return None
    agent = _agent(text, toks[by + 1].start if by + 1 < len(toks) else len(text), doc, True)
    if agent is None:
        return None
    at = text.find(agent)
    if _named_after_agent(participle.low, text, at + len(agent), language):
        return None  # "was called by Ann Ross “a beacon”": 'Who called ...?' asks another deed
    members = agent[:1].islower()
    if present and (not _someone(agent, text, at, doc) or _listed_after(agent, text, at)):
        return None  # "is topped by the Quadriga", "is caused by Phytophthora agathidicida"
    agent = _both_agents(text, at, agent, doc) if not present else agent
    if not agent:
        return None
    if members and language == "it":
        agent = _articled(text, at, agent)  # "dai tecnici" -> "i tecnici dell’Università"
    named = _entry_named(text[:subject_end].strip(), s, doc)
    subject = named or lower_first(lower_initial(drop_titles(text[:subject_end].strip(), doc), doc))
    if len(subject.split()) > 10 or any(t.low in _PRONOUNS[language] for t in toks[:verb]):
        return None
    if toks[verb - 1].low in _JOINING:
        return None  # "The study cost £4m and was funded by ...": a second verb phrase's
    if present and (toks[0].low in ARTICULATED or toks[0].low in PREPOSITIONS[language]):
        return None  # "Dal 2004 è gestito da ...": an opening complement, no subject
    if not named and not specific(subject, doc) and not _undertaking(subject, language):
        return None  # "Who deciphered the text?": which text, out of the article?
    adverb = toks[k - 1].text + " " if toks[k - 1].low not in aux.split() else ""
    manner = toks[particle + 1].text if by == particle + 2 else ""  # "funded | mainly | by"
    if language == "it":
        done = f"{participle.text} {manner}".strip()
        question = f"Da chi {aux} {adverb}{done} {subject}?"
    else:
        past = _EN_PAST_OF.get(participle.low, participle.low)
        if present:
            past = _EN_PRESENT_OF[participle.low]
        if aux in _EN_PERFECT:
            past = f"has {participle.low}"  # "has been bought by" -> "Who has bought ...?"
        elif aux.endswith(" being"):
            base = lemma(participle.low, language)
            if base == participle.low and participle.low not in _SAME_BASE:
                return None
            past = f"{'is' if aux[:1] in 'ia' else 'was'} {_en_ing(base)}"
        elif aux == "will be":
            base = lemma(participle.low, language)
            if base == participle.low and participle.low not in _SAME_BASE:
                return None
            past = f"will {base}"
        elif aux in _EN_AGREED:
            base = lemma(participle.low, language)
            if base == participle.low and participle.low not in _SAME_BASE:
                return None
            past = f"has agreed to {base}"
        past = f"{past} {toks[particle].low}" if particle > k else past
        adverb = f"{adverb}{manner} " if manner else adverb
        question = f"Who {adverb}{past} {subject}?"
    return _who_card(s, agent, question, f"{subject} {participle.low}", doc)


# Participles of a verb that gives its object a name or a label, which it needs to mean that
# ("was called by Ann Ross “a beacon”": 'called' alone is another verb).
_NAMING_PARTICIPLES = {
    "en": frozenset("called dubbed labelled labeled branded termed hailed nicknamed".split()),
    "it": frozenset(
        """chiamat definit soprannominat bollat battezzat ribattezzat etichettat
        qualificat""".split()
    ),
}
# What opens the name or label after the agent: a quotation, or a noun phrase's article.
_LABEL_OPENS = {
    "en": re.compile(r"\s*(?:[“\"‘']|(?:a|an|the|one)\s)"),
    "it": re.compile(r"\s*(?:[«“\"‘']|(?:il|lo|la|un|uno|una|come)\s|l’|un’)"),
}


def _named_after_agent(participle: str, text: str, end: int, language: str) -> bool:
    """Whether a passive participle of naming has its name or label after the agent that ends
    at `end` ('called by Ann Ross| “a beacon for the language”', 'definita da Anna Rossi| «un
    faro»'): a question of the agent without the label would ask another verb."""
    form = participle if language == "en" else participle[:-1]
    return form in _NAMING_PARTICIPLES[language] and bool(_LABEL_OPENS[language].match(text, end))


_EN_VOWELS = "aeiou"


def _en_ing(base: str) -> str:
    """The -ing form of an English verb: 'build' -> 'building', 'make' -> 'making', 'run' ->
    'running', 'tie' -> 'tying'."""
    if base.endswith("ie"):
        return f"{base[:-2]}ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return f"{base[:-1]}ing"
    short = len(base) <= 4 and base[-1] not in _EN_VOWELS + "wxy"
    if short and base[-2] in _EN_VOWELS and base[-3] not in _EN_VOWELS:
        if len(base) == 3 or base[-4] not in _EN_VOWELS:
            return f"{base}{base[-1]}ing"  # "run", "plan", "stop"; not "open"
    return f"{base}ing"


def _entry_named(subject: str, s: Sentence, doc: Document) -> str | None:
    """The entry's name as its heading writes it, when the subject is the entry itself ('It
    was founded by ...' in the entry 'Hull'): a heading names what it is about, whatever word
    its name is too ('hull'); a thing's common noun the text writes in small letters elsewhere
    is written so ('Who discovered lithium?', as 'What is lithium?')."""
    entry = s.entry
    if entry is None or subject.lower() != entry.phrase.lower():
        return None
    return common_noun_entry(entry, doc) or entry.phrase


# The works an article reports on, which need no more words to say which: "I lavori sono
# stati diretti da X" -> "Da chi sono stati diretti i lavori?"; so are the study, the inquiry
# or the operation it reports: "The evaluation, carried out by X," -> "Who carried out the
# evaluation?".
_UNDERTAKINGS = {
    "it": frozenset(
        w.strip()
        for w in """i lavori|il cantiere|il restauro|l’intervento|l’opera|gli scavi|lo scavo
        |lo studio|la ricerca|l’indagine|l’inchiesta|la valutazione|l’analisi|le analisi
        |il sondaggio|le operazioni|l’operazione|le ricerche|le indagini""".split("|")
    ),
    "en": frozenset(
        w.strip()
        for w in """the works|the restoration|the renovation|the excavation|the excavations
        |the study|the research|the evaluation|the survey|the investigation|the inquiry
        |the review|the analysis|the operation|the trial""".split("|")
    ),
}


def _undertaking(subject: str, language: str) -> bool:
    return subject in _UNDERTAKINGS[language]


# The nouns of the undertakings: "studio", "study", "survey".
_UNDERTAKING_NOUNS = {
    language: frozenset(w.replace("’", "’ ").split()[-1] for w in words)
    for language, words in _UNDERTAKINGS.items()
}


def _undertaken(phrase: str, language: str) -> bool:
    """Whether a noun phrase of a few words names an undertaking the article reports, by its
    noun: 'an independent study', 'uno studio indipendente', 'un’indagine interna'."""
    words = phrase.lower().replace("’", "’ ").split()
    if not 2 <= len(words) <= 4:
        return False
    noun = words[-1] if language == "en" else words[1]
    return noun in _UNDERTAKING_NOUNS[language]


_RELATIVE = frozenset("which who that che il quale la quale".split())

# A participle clause put first, then the entry's verb with a pronoun or none: "Built between
# 1931 and 1936, it was dedicated ...", "Costruita nel 1936, fu inaugurata ...".
_FRONTED = {
    "en": re.compile(r"(?P<first>[A-Z][a-z]+)\s[^,;:]{3,80},\s(?:it|they)\s(?=(?:was|were)\s)"),
    "it": re.compile(r"(?P<first>[A-ZÀ-Ý][a-zà-ù]+)\s[^,;:]{3,80},\s(?=(?:fu|furono|venne)\s)"),
}


def _after_fronted_clause(text: str, s: Sentence, language: str) -> str:
    """The sentence from its verb on, with the entry it is about as subject: 'Built between
    1931 and 1936, it was dedicated by X' -> 'Hoover Dam was dedicated by X'."""
    m = _FRONTED[language].match(text)
    if m is None or s.entry is None or not is_participle(m.group("first").lower(), language):
        return text
    phrase = s.entry.phrase
    return f"{phrase[:1].upper()}{phrase[1:]} {text[m.end() :]}"


def _aside(toks: list[Token], verb: int) -> int | None:
    """The index of the comma that closes a relative aside after the subject, when the first
    verb found is the aside's ('The tablet, which is ..., was found')."""
    first = next((k for k in range(verb) if toks[k].text == ","), None)
    if first is None or first + 1 >= len(toks) or toks[first + 1].low not in _RELATIVE:
        return None
    return next((k for k in range(first + 2, len(toks)) if toks[k].text == ","), None)


def _by_after(toks: list[Token], k: int, text: str, language: str) -> int | None:
    """The index of 'by' / 'da' after the participle at `k`, a date allowed between ('found on
    3 July 2024 by ...')."""
    for j in range(k + 1, min(len(toks), k + 10)):
        if toks[j].low in _BY[language]:
            between = text[toks[k].end : toks[j].start].strip()
            if "," in between:  # "dedicated on September 30, 1935, by": a date set off
                return j if _date_set_off(between.strip(" ,"), language) else None
            if j == k + 2 and _manner_of_deed(toks[k + 1].text, language):
                return j  # "funded mainly by", "progettata appositamente da"
            if _another_verb(toks[k + 1 : j], language):
                return None  # "established in 2003 and is led by": the agent is led's
            if not between or (len(between) <= 30 and find_dates(between, language)):
                return j
            return j if _is_place_date(between, language) else None
        if toks[j].text in {";", ":"}:
            return None
    return None


def _another_verb(between: list[Token], language: str) -> bool:
    """Whether a verb stands between a participle and its 'by' / 'da', whose agent it is:
    'established in 2003 and | is led | by', 'costruito nel 1700 e | ampliato | nel 1800 da'."""
    return any(
        t.text.islower()
        and (
            t.low in AUXILIARIES[language]
            or is_finite(t.text, language)
            or is_participle(t.text, language)
        )
        for t in between
    )


def _date_set_off(between: str, language: str) -> bool:
    """Whether the words between commas are one date and nothing else: 'on September 30,
    1935'."""
    found = find_dates(between, language)
    return len(found) == 1 and found[0].start <= 3 and found[0].end >= len(between) - 1


def _noun_phrase_ending(toks: list[Token], end: int, language: str) -> int | None:
    """The index of the first token of the noun phrase ending at token `end` (its article,
    or the sentence's first word): 'Trains cross | the Dom Luís I bridge'."""
    k = end
    while k >= 0 and end - k < 8:
        t = toks[k]
        articles = ARTICLE_WORDS[language]
        if (t.low in articles and t.text != "I") or (t.low.endswith("’") and t.low[:-1] == "l"):
            if k > 0 and toks[k - 1].low in {"of", "di"}:
                k -= 2  # "the Supreme Court of | the United States": the phrase goes on
                continue
            return k
        if t.low in {"dell’", "della", "del", "dello", "dei", "degli", "delle"}:
            k -= 1  # "il palazzo dell’Accademia delle Scienze": the phrase goes on
            continue
        if t.text in {",", ";", ":", "(", ")", "“", "”", "«", "»", '"'}:
            return None
        if t.text.islower() and (is_finite(t.text, language) or t.low in {"by", "da", "of"}):
            return None
        k -= 1
    return 0 if k < 0 else None


# "Il palazzo, progettato da Gae Aulenti, ...", "the bridge, designed by Gustave Eiffel,": a
# noun phrase, then a participle and its agent set off by a comma; a date may stand between
# ("fondato nel 1824 dal re ..."), and the participle may close an apposition ("la via Emilia,
# la strada consolare costruita nel 187 a.C. dal console ...": the road is the via Emilia).
_APPOSITION_OPENERS = {
    "it": frozenset("il lo la i gli le un uno una".split()),
    "en": frozenset("the a an".split()),
}
_OF_LINKS = frozenset("of di del dello della dei degli delle dell’".split())


# Adverbs of manner that may stand between a participle and its agent: "progettata
# appositamente da", "designed jointly by".
_MANNER_ENDINGS = {"it": "mente", "en": "ly"}
_MANNER_WORDS = {"it": frozenset(["anche", "proprio"]), "en": frozenset(["also"])}


# Adverbs in -ly / -mente that say not how the deed was done but how sure or when it is.
_NOT_MANNER = frozenset(
    """only early likely reportedly allegedly apparently recently previously finally
    eventually presumably probably possibly subsequently originally initially formerly
    successivamente recentemente precedentemente finalmente probabilmente presumibilmente
    inizialmente originariamente""".split()
)


def _manner_of_deed(word: str, language: str) -> bool:
    """Whether one word between a participle and its agent says how the deed was done, and
    goes into the question with it: 'funded | mainly | by', 'run | jointly | by', 'progettata
    | appositamente | da'; not 'also' (said of the story) nor 'only', 'reportedly'."""
    return (
        word.islower()
        and word.endswith(_MANNER_ENDINGS[language])
        and len(word) > len(_MANNER_ENDINGS[language]) + 3
        and word not in _NOT_MANNER
    )


def _manner(word: str, language: str) -> bool:
    return word.islower() and (
        word.endswith(_MANNER_ENDINGS[language]) or word in _MANNER_WORDS[language]
    )


def _participle_before(toks: list[Token], by: int, text: str, language: str) -> int | None:
    """The index of the participle whose agent 'da' / 'by' at `by` introduces, a date allowed
    between ('fondato | nel 1824 | dal re ...'), or its particle ('carried | out | by')."""
    last = toks[by - 1]
    if last.text.islower() and is_participle(last.text, language):
        return by - 1
    if by > 1 and _particle_after(toks, by - 2, language):
        return by - 2  # "carried | out | by"
    if by > 1 and _manner(last.text, language):  # "progettata | appositamente | dalla ditta"
        made = toks[by - 2]
        return by - 2 if made.text.islower() and is_participle(made.text, language) else None
    dated = any(c.isdigit() for c in last.text) or last.low in WHEN_WORDS or "." in last.text
    if not dated and not last.text[:1].isupper():
        return None  # a date ends with a number, a month, a weekday or "a.C.", a place a name
    for p in range(by - 2, max(-1, by - 10), -1):
        t = toks[p]
        if t.text in {",", ";", ":"}:
            return None
        if t.text.islower() and is_participle(t.text, language):
            between = text[t.end : toks[by].start].strip()
            if not between or _is_date(between, language) or _is_place_date(between, language):
                return p
            return None
    return None


# Where and when a thing was made, between its participle and its agent: "fondata | a Roma il
# 30 ottobre 1944 | da", "founded | in Leeds in 1902 | by".
_PLACE_FIRST = {
    "it": re.compile(r"(?:a|ad|in)\s(?:[A-ZÀ-Ý][\w’-]*)(?:\s[A-ZÀ-Ý][\w’-]*){0,3}"),
    "en": re.compile(r"(?:in|at)\s(?:the\s)?(?:[A-Z][\w’-]*)(?:\s[A-Z][\w’-]*){0,3}"),
}


def _is_place_date(text: str, language: str) -> bool:
    """Whether words say only where, then maybe when: 'a Roma il 30 ottobre 1944'."""
    m = _PLACE_FIRST[language].match(text)
    if m is None or m.group(0).split()[-1].lower() in WHEN_WORDS:
        return False
    rest = text[m.end() :].strip(" ,")
    return not rest or _is_date(rest, language)


# "intorno al 1132", "around 1790": the date an approximation opens.
_ABOUT = re.compile(
    r"^(?:(?:intorno|attorno)\s+al|verso\s+il|circa(?:\s+nel)?|around|about|c\.)\s+"
)


def _is_date(text: str, language: str) -> bool:
    text = _ABOUT.sub("", text)
    found = find_dates(text, language)
    return bool(found) and found[0].start == 0 and found[0].end >= len(text.rstrip(" ,"))


# The particles of English phrasal verbs, which stay with their participle: "carried out by",
# "set up by", "drawn up by", "taken over by".
_PARTICLES = frozenset("out up down over off".split())


def _particle_after(toks: list[Token], p: int, language: str) -> bool:
    """Whether a participle at `p` takes the particle right after it: 'carried | out'."""
    if language != "en" or p + 1 >= len(toks) or toks[p + 1].low not in _PARTICLES:
        return False
    return toks[p].text.islower() and is_participle(toks[p].text, language)


def _phrasal(toks: list[Token], p: int, language: str) -> str:
    """The participle at `p` with its particle: 'carried out', 'set up'; 'designed'."""
    if _particle_after(toks, p, language):
        return f"{toks[p].low} {toks[p + 1].low}"
    return toks[p].text


def _comma_before(toks: list[Token], p: int, language: str) -> int | None:
    """The index of the comma that sets off the participle at `p` ('X, | costruito da') or the
    apposition it closes ('X, | la strada consolare costruita da'); None otherwise."""
    if p > 0 and toks[p - 1].text == ",":
        return p - 1
    if p > 1 and toks[p - 1].low in _AND[language]:
        return _coordinated_comma(toks, p - 1, language)
    for a in range(p - 1, max(0, p - 5), -1):
        t = toks[a]
        if t.low in _APPOSITION_OPENERS[language] or t.low.startswith(("l’", "un’")):
            return a - 1 if a > 0 and toks[a - 1].text == "," else None
        if not t.text.isalpha() or is_finite(t.low, language):
            return None
    return None


_AND = {"it": frozenset(["e", "ed"]), "en": frozenset(["and"])}
_JOINING = frozenset("e ed ma and but".split())
# How far back the first of two joined participles may stand: "opened in 1868 and".
_COORDINATED_REACH = 8


def _coordinated_comma(toks: list[Token], conjunction: int, language: str) -> int | None:
    """The comma before the first of two joined participles, the second right after the 'and'
    at `conjunction`: 'the bridge, | opened in 1868 and designed by', 'il ponte, | aperto nel
    1868 e progettato da'; None when a verb or another mark stands between."""
    for a in range(conjunction - 1, max(0, conjunction - _COORDINATED_REACH), -1):
        t = toks[a]
        if t.text.islower() and is_participle(t.low, language) and toks[a - 1].text == ",":
            return a - 1  # an English past is its participle too: "opened"
        if t.text in {",", ";", ":", "(", ")"} or (t.text.islower() and is_finite(t.low, language)):
            return None
    return None


# Participles of a name a thing goes by, and the nouns after "by" that say a name follows:
# "known by the acronym EPA", "called by its initials".
_NAMING = frozenset("known called referred".split())
_NAME_AFTER_BY = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:acronym|initials|abbreviation|name|nickname|title|term)s?\b"
)
# Participles of an order, not of a deed: "France, followed by the United States and
# Germany", "la Francia, seguita da Stati Uniti": no one did anything to France.
_RANKED = frozenset(
    """followed preceded trailed seguito seguita seguiti seguite preceduto preceduta preceduti
    precedute""".split()
)


def _appositive_agents(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    toks = tokens(text)
    agents = _BY[language]
    for by in [k for k, t in enumerate(toks) if t.low in agents]:
        if by < 2 or by + 1 >= len(toks):
            continue
        p = _participle_before(toks, by, text, language)
        participle = _phrasal(toks, p, language) if p is not None else ""
        if p is None or participle in SAY_VERBS[language]:
            continue
        if participle.lower() in _RANKED:
            continue  # "la Francia, seguita da Stati Uniti e Germania": an order, no deed
        if language == "it" and participle.lower().endswith(("tasi", "tosi", "tisi", "tesi")):
            continue  # "Sviluppatasi dall’Ottocento": a reflexive, no one did it to it
        if participle.lower() in _NAMING and _NAME_AFTER_BY.match(text, toks[by].end):
            continue  # "the Authority, known by the acronym EPA": a name, no one who knows
        comma = _comma_before(toks, p, language)
        if comma is None:
            bare = _bare_participle_agent(s, toks, p, by, doc)
            if bare is None:
                bare = _defined_maker(s, toks, p, by, doc)
            if bare is not None:
                yield bare
            continue
        first = None
        if comma:
            # Of a participle right after the comma, the noun it follows is not always what
            # it says ('a barrier that encircled West Berlin, built by'): then only a phrase
            # opened by its article counts, as for an apposition's name ('Dere Street, the
            # road built by').
            apposed = comma < p - 1
            first = _subject_ending(toks, comma - 1, language, bare=apposed)
        if first and toks[first - 1].low in _COMPLEMENT_PREPS:
            continue  # "the highest court in the federal judiciary, established by": the court's
        if first and toks[first - 1].low in _PLACING[language] and comma == p - 1:
            # "X is a bridge across the River Usk, designed by": what the sentence defines
            made = _makes(participle, language)
            defined = _defined_subject(text, toks[comma].start, doc) if made else None
            maker = _agent(text, toks[by + 1].start, doc) if defined is not None else None
            if defined is not None and maker is not None:
                yield _defined_agent(s, maker, participle, defined, doc)
                continue
        if first == 0 and _opening_complement(toks, comma, language):
            continue  # "Davanti a 1.800 spettatori, la squadra allenata da": no noun phrase
        agent = _agent(text, toks[by + 1].start, doc)
        if comma is None or agent is None:
            continue
        held = _held_thing(s, toks, comma, participle, agent, doc) if comma == p - 1 else None
        if held is not None:
            yield held
            continue
        if first is None:  # "Il Ponte Nuovo è un viadotto sul Po, progettato da ..."
            made = comma == p - 1 and _makes(participle, language)
            defined = _defined_subject(text, toks[comma].start, doc) if made else None
            if defined is not None:
                yield _defined_agent(s, agent, participle, defined, doc)
            continue
        if comma < p - 1 and any(t.low in _OF_LINKS for t in toks[first:comma]):
            continue  # "i fondi del Next Generation EU, lo strumento varato da": which one?
        first, article = _after_preposition(toks, first, comma)
        subject = lower_first(article + text[toks[first].start : toks[comma - 1].end])
        if not _OWNER_WORDS.isdisjoint(subject.lower().split()[:2]):
            continue  # "Her team, completed by X", "la sua squadra": whose, the question can't say
        if not any(w[:1].isupper() for w in subject.split()):
            # "the bridge, designed by": which bridge? The one the article is about, when the
            # phrase is the sentence's subject ("Il piano, redatto da ..., prevede").
            if first > 0 or not (specific(subject, doc) or _undertaking(subject, language)):
                continue
        if language == "it":
            participle = _agreeing(participle, article.strip() or toks[first].low)
            aux = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}
            question = f"Da chi {aux.get(participle[-1], 'è stato')} {participle} {subject}?"
        elif comma < p - 1 and participle in _EN_PRESENT_OF:
            # "the Future Flight Challenge, a programme run by X": what it is now, who runs it
            question = f"Who {_EN_PRESENT_OF[participle]} {subject}?"
        else:
            question = f"Who {_EN_PAST_OF.get(participle, participle)} {subject}?"
        yield _who_card(s, agent, question, f"{subject} {participle}", doc)


# Possessives a subject may open with, which stand for someone the question does not name.
_OWNER_WORDS = frozenset("her his its their our my your suo sua suoi sue loro".split())
_STATE_COPULAS = frozenset("è era fu stato stata sono erano furono is was are were been".split())
# The participle's clause, up to its end or an 'e' / 'and', holds a figure: a year, a date.
_TIMED_TAIL = re.compile(r"(?:(?!\s(?:e|ed|and)\s)[^,;.])*\d")


def _indefinite_before(toks: list[Token], comma: int, language: str) -> int | None:
    """The 'un' / 'a' that opens the noun phrase before the comma at `comma`, within a few
    words and no verb or punctuation between: '| un ambulatorio per i codici minori ,'."""
    for k in range(comma - 1, max(comma - 9, -1), -1):
        t = toks[k]
        if t.low in _INDEFINITES[language]:
            return k
        if not t.text.isalpha() or (t.text.islower() and is_finite(t.text, language)):
            return None
    return None


# The indefinite articles of each language ("a" is an Italian preposition: "torneo a squadre").
_INDEFINITES = {"it": IT_INDEFINITE, "en": frozenset(("a", "an"))}


def _held_thing(
    s: Sentence,
    toks: list[Token],
    comma: int,
    participle: str,
    agent: str,
    doc: Document,
) -> Candidate | None:
    """'un ambulatorio per i codici minori, gestito dall’ASL Bari' -> 'Da chi è gestito
    l’ambulatorio per i codici minori?'; 'a clinic for minor injuries, run by the health board'
    -> 'Who runs the clinic for minor injuries?'. A thing first named with 'a' is the one the
    article speaks of after; who runs or funds it is a state, asked in the present. What was
    done to it once ('costruito da') is not: which one, out of the article?"""
    language = doc.language
    if not _holds_or_runs(participle, language):
        return None
    first = _indefinite_before(toks, comma, language)
    if first is None or comma - first < 3:
        return None  # "un ambulatorio, gestito da": too bare to say which
    if first > 0 and toks[first - 1].low in _STATE_COPULAS:
        return None  # "è stato una manifestazione ..., organizzata dalla RAI": a definition
    if _TIMED_TAIL.match(s.text, toks[comma].end):
        return None  # "organizzata dalla RAI a partire dal 1952": once, not now
    if any(t.low in _PRONOUNS[language] or t.text in {"(", ")"} for t in toks[first:comma]):
        return None
    phrase = s.text[toks[first + 1].start : toks[comma - 1].end]
    article = definite_article(toks[first].low, phrase)
    thing = f"{article}{phrase}" if article.endswith("’") else f"{article} {phrase}"
    if language == "it":
        aux = "sono" if participle[-1] in "ie" else "è"
        question = f"Da chi {aux} {participle} {thing}?"
    else:
        question = f"Who {_EN_PRESENT_OF[participle]} {thing}?"
    return _who_card(s, agent, question, f"{phrase} {participle}", doc)


# The second word of a preposition of two: "davanti a", "accanto a", "next to", "close to".
_COMPOUND_PREPOSITION_ENDS = frozenset("a ad to".split())


def _opening_complement(toks: list[Token], comma: int, language: str) -> bool:
    """Whether what opens the sentence up to its comma at `comma` is a complement, not a noun
    phrase: it opens with a preposition or an adverb ('Durante la partita,', 'Davanti a 1.800
    spettatori,', 'Next to the station,')."""
    words = [t.low for t in toks[: min(2, comma)]]
    if not words:
        return False
    return (
        words[0] in PREPOSITIONS[language]
        or words[0] in ADVERBIALS[language]
        or (len(words) > 1 and words[1] in _COMPOUND_PREPOSITION_ENDS)
    )


# Prepositions joined to an article, but not "di": "il palazzo dell’Accademia" is one phrase.
_JOINED = {p: a for p, a in ARTICULATED.items() if not p.startswith("d") or p.startswith("da")}


def _after_preposition(toks: list[Token], first: int, end: int) -> tuple[int, str]:
    """The noun phrase from `first` to before `end` begins after a joined preposition ('prende
    il nome | dalla | via Emilia'): (its first token, the article the preposition held)."""
    for q in range(end - 2, first - 1, -1):
        article = _JOINED.get(toks[q].low)
        if article is not None:
            return q + 1, article if article.endswith("’") else article + " "
    return first, ""


def _subject_ending(toks: list[Token], end: int, language: str, bare: bool) -> int | None:
    """The first token of the noun phrase ending at token `end`: one with its article ('the
    Maria Pia bridge'), or when `bare`, a name without one ('along | Dere Street')."""
    first = _noun_phrase_ending(toks, end, language)
    if first is not None or not bare:
        return first
    k = end
    while k >= 0 and end - k < 5 and toks[k].text[:1].isupper():
        k -= 1
    return k + 1 if k < end and k >= 0 and toks[k].text.islower() else None


# "costruita nel 1132 per volere del re Ruggero II", "built on the orders of King Frederick":
# who had a thing made.
_ORDERS = {
    "it": re.compile(
        r",\s(?P<participle>[a-zà-ù]+)(?P<gap>\s[^,;:]{0,30}?)?\s(?:per|su)\s(?:volere|ordine)\s"
        r"(?:di|del|della|dello|dei|degli|delle|dell’)\s?"
    ),
    "en": re.compile(
        r",\s(?P<participle>[a-z]+)(?P<gap>\s[^,;:]{0,30}?)?\s(?:on|at)\sthe\s(?:orders|behest)"
        r"\sof\s"
    ),
}
_ORDERS_CUE = {"it": ("volere d", "ordine d"), "en": ("orders of", "behest of")}
ORDERS_QUESTION = {
    "it": "Per volere di chi fu {participle} {subject}?",
    "en": "On whose orders was {subject} {participle}?",
}
_DEFINING = frozenset("è era fu is was".split())
# Participles of making a thing: who made it, of a thing a sentence has said what it is ('una
# città ..., attraversata dal fiume Lamone' is no deed of the river's).
_MADE = {
    "it": frozenset(
        """costruito ricostruito progettato fondato realizzato edificato eretto ideato
        disegnato commissionato scritto dipinto scolpito creato istituito restaurato
        inaugurato ampliato prodotto sviluppato fabbricato""".split()
    ),
    "en": frozenset(
        """built rebuilt designed founded established erected created commissioned painted
        written sculpted restored opened inaugurated produced developed manufactured""".split()
    ),
}


def _makes(participle: str, language: str) -> bool:
    if language == "it" and participle[-1:] in ("a", "i", "e"):
        participle = participle[:-1] + "o"  # "costruita" -> "costruito"
    return participle in _MADE[language]


_INDEFINITE = frozenset("un uno una a an".split())


def _on_orders(s: Sentence, doc: Document) -> Candidate | None:
    """'Il Castello Svevo è una fortezza ..., costruita intorno al 1132 per volere del re
    Ruggero II' -> 'Per volere di chi fu costruito il Castello Svevo?'"""
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _ORDERS[language].search(text)
    if m is None:
        return None
    participle = m.group("participle")
    gap = (m.group("gap") or "").strip()
    if not _makes(participle, language) or (gap and not _is_date(gap, language)):
        return None
    agent = _agent(text, m.end(), doc)
    defined = _defined_subject(text, m.start(), doc)
    if agent is None or defined is None:
        return None
    subject, article = defined
    if language == "it":
        participle = _agreeing(participle, article)
    question = ORDERS_QUESTION[language].format(participle=participle, subject=subject)
    return _who_card(s, agent, question, f"{subject} {participle}", doc)


_BUT = frozenset("ma but mentre while".split())
# Prepositions that place a thing: the noun after them is a complement of what a sentence
# defines ("a bridge across | the River Usk").
_PLACING = {
    "it": PREPOSITIONS["it"]
    | frozenset("sul sulla sullo sui sugli sulle lungo presso tra fra sopra sotto".split()),
    "en": PREPOSITIONS["en"]
    | frozenset("across along above below beside near beyond between over under".split()),
}


def _defined_subject(text: str, comma: int, doc: Document) -> tuple[str, str] | None:
    """(subject, its article) of a sentence that says what its subject is before the comma at
    offset `comma` ('Il Castello Svevo | è una fortezza ...,'): a participle after it says more
    of the subject."""
    language = doc.language
    toks = tokens(text[:comma])
    verb = main_verb(toks, language)
    if verb is None or verb == 0 or toks[verb].low not in _DEFINING:
        return None
    if verb + 1 >= len(toks) or toks[verb + 1].low not in _INDEFINITE:
        if not toks[verb + 1 :] or not toks[verb + 1].low.startswith("un’"):
            return None
    if any(t.text in {",", ";", ":"} for t in toks[:verb]) or not starts_with_subject(
        toks, language
    ):
        return None
    if any(t.text in {";", ":"} or t.low in _BUT for t in toks[verb + 1 :]):
        return None  # a comma may set off a place ("in Newport, south Wales,"); not a clause
    if any(t.low in _RELATIVE or is_finite(t.low, language) for t in toks[verb + 1 :]):
        return None  # "a barrier that encircled West Berlin, built by": the barrier or the city?
    subject = text[: toks[verb].start].strip()
    words = subject.replace("’", "’ ").split()
    first = words[0].lower()
    named = any(w[:1].isupper() for w in words[1:]) or first not in ARTICLE_WORDS[language]
    if len(words) > 6 or not named:
        return None  # "La fortezza è una ...": which fortress?
    return lower_first(lower_initial(subject, doc)), first


def _defined_maker(
    s: Sentence, toks: list[Token], p: int, by: int, doc: Document
) -> Candidate | None:
    """Who made the thing a sentence defines, the participle right after what it is: 'Il
    sistema Aurora è una piattaforma robotica prodotta dall’azienda Medrobot' -> 'Da chi è
    stato prodotto il sistema Aurora?'"""
    participle = toks[p].text
    if not _right_before(toks, p, by, doc.language) or not _makes(participle, doc.language):
        return None
    defined = _defined_subject(s.text, toks[p].start, doc)
    agent = _agent(s.text, toks[by + 1].start, doc) if defined is not None else None
    if defined is None or agent is None or agent.lower() in defined[0].lower():
        return None
    if doc.language != "it":
        return _defined_agent(s, agent, participle, defined, doc)
    subject, article = defined
    participle = _agreeing(participle, article)  # a thing still made: not 'fu prodotto'
    question = f"Da chi {_IT_PASSIVE.get(participle[-1], 'è stato')} {participle} {subject}?"
    return _who_card(s, agent, question, f"{subject} {participle}", doc)


_IT_PASSIVE = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}


def _defined_agent(
    s: Sentence, agent: str, participle: str, defined: tuple[str, str], doc: Document
) -> Candidate:
    subject, article = defined
    if doc.language == "it":
        participle = _agreeing(participle, article)
        question = f"Da chi fu {participle} {subject}?"
    else:
        question = f"Who {_EN_PAST_OF.get(participle, participle)} {subject}?"
    return _who_card(s, agent, question, f"{subject} {participle}", doc)


def _agreeing(participle: str, article: str) -> str:
    """An Italian participle agreeing with the article of its subject: an apposition's noun
    may have another gender ('il Vallo, la fortificazione costruita' -> 'costruito')."""
    ending = IT_ARTICLE_ENDING.get(article)
    if ending is None or participle[-1] not in "oaie":
        return participle
    return participle[:-1] + ending


def _passive_chain(
    toks: list[Token], verb: int, language: str, present: bool = False
) -> tuple[str, int]:
    """('fu', k) for 'fu costruita' at `verb`, k the participle's index; ('', -1) otherwise.
    `present`: the auxiliaries of the present passive ('is owned', 'viene gestito')."""
    for aux in _PRESENT_PASSIVE_AUX[language] if present else _PASSIVE_AUX[language]:
        words = aux.split()
        end = verb + len(words)
        if end < len(toks) and [t.low for t in toks[verb:end]] == words:
            if end + 1 < len(toks) and _adverb_of_passive(toks[end].text, language):
                end += 1  # "was first completed", "fu poi ricostruito"
            if is_participle(toks[end].text, language) and toks[end].text.islower():
                if present and language == "it" and aux in {"è", "sono"}:
                    if takes_essere(toks[end].text):
                        return "", -1  # "è arrivato da Roma": a past, and where from
                return aux, end
    return "", -1


# The participles of a present passive that say who holds or runs the subject, and the
# present a subject "who" takes: "The ferries are owned by X Ltd" -> "Who owns the ferries?".
# Other verbs say where a thing lies or what makes it ("is overlooked by Ben Nevis", "is caused
# by HIV", "è composto da"), or a deed done once, which the present tells no one holds.
_EN_PRESENT_OF = {
    "owned": "owns",
    "run": "runs",
    "managed": "manages",
    "operated": "operates",
    "led": "leads",
    "chaired": "chairs",
    "coordinated": "coordinates",
    "funded": "funds",
    "financed": "finances",
    "governed": "governs",
    "administered": "administers",
    "controlled": "controls",
    "directed": "directs",
    "headed": "heads",
    "sponsored": "sponsors",
    "organised": "organises",
    "organized": "organizes",
}
# Italian participles by their stem, any ending: "gestito", "gestite", "coordinati".
_IT_HOLD_STEMS = frozenset(
    """gestit possedut detenut coordinat dirett guidat finanziat amministrat controllat
    presiedut organizzat promoss curat""".split()
)


def _holds_or_runs(participle: str, language: str) -> bool:
    if language == "en":
        return participle in _EN_PRESENT_OF
    return participle[:-1] in _IT_HOLD_STEMS


# What joins a second agent to the first: "da X e (dalla) Y", "by X and (by) Y"; a comma opens
# a list of more.
_SECOND_AGENT = re.compile(
    r"(?P<sep>,|\s(?:e|ed|and))\s+(?P<by>by\s+|(?:da|dal|dalla|dallo|dai|dalle|dagli)\s+|dall’)?"
)
# Names after a comma up to the last one after "e" / "and": "by Robert Adam, James Wyatt and
# John Soane".
_AGENT_LIST = re.compile(
    r"(?:,\s+(?:the\s|il\s|la\s|l’)?[A-ZÀ-Ý][\w’.-]*(?:\s[A-ZÀ-Ý][\w’.-]*)*)+,?"
    r"\s(?:and|e|ed)\s+(?:by\s+|da\w*\s+|dall’)?(?:the\s)?[A-ZÀ-Ý]"
)
_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Za-z0-9&-]*[A-Z0-9]\)(?=,|\s(?:e|ed|and)\s)")
_ARTICLE_OF_BY = {
    "dal": "il",
    "dalla": "la",
    "dallo": "lo",
    "dai": "i",
    "dalle": "le",
    "dagli": "gli",
}


def _both_agents(text: str, at: int, agent: str, doc: Document) -> str:
    """The agent of a passive at offset `at` with the second one it shares the deed with: 'dal
    Comune e dalla Provincia di Bergamo' -> 'il Comune e la Provincia di Bergamo', 'by Thomas
    Telford and John Rennie' -> both; the first alone would answer falsely. '' when the agents
    are a list of more, or the second is no name."""
    if at < 0:
        return agent
    end = at + len(agent)
    bracket = _ACRONYM_AFTER.match(text, end)  # "the National Institute ... (NIHR) and ..."
    m = _SECOND_AGENT.match(text, bracket.end() if bracket else end)
    if m is None:
        return agent
    if m.group("sep") == ",":  # a list of three or more, or an aside ("Peter Walsh, a miner")
        return "" if _AGENT_LIST.match(text, end) else agent
    second = _agent(text, m.end(), doc) if text[m.end() : m.end() + 1].strip() else None
    one_name = second is not None and text.startswith(second, m.end()) and not m.group("by")
    if one_name and _ACRONYM_AFTER.match(text, m.end() + len(second or "")):
        # "by the Institute for Health | and Care Research (NIHR) | and the charity X": the
        # acronym closes one name, the second agent comes after it
        return _both_agents(text, at, text[at : m.end() + len(second or "")], doc)
    articled = second is not None and text.startswith(f"the {second}", m.end())
    if articled and _NAME_DONE.match(text, m.end() + len(f"the {second}")):
        second = f"the {second}"  # "by Leeds Teaching Hospitals and | the Quadram Institute"
    elif second is not None and not text.startswith(second, m.end()):
        second = _kind_before(text, m.end(), second)
    if second is None or not text.startswith(second, m.end()):
        return agent if _new_clause(text, m) else ""  # "by John Soane and his son"
    if doc.language == "en":
        return f"{agent} and {second}"
    return f"{_articled(text, at, agent)} e {_articled(text, m.end(), second)}"


_KIND_WORD = re.compile(r"(?:the\s)?(?P<kind>[a-zà-ù]{4,})\s")
# What may follow a whole name: a stop, or a preposition ("the Arup | team" goes on).
_NAME_DONE = re.compile(r"[,.;:)]|$|\s(?:in|on|at|for|from|with|and|to|since|between|after)\b")


def _kind_before(text: str, at: int, name: str) -> str | None:
    """The second agent with the noun of its kind before its name: 'dall’| associazione
    Legambiente', 'and the | charity Sustrans'; None when more than that noun stands between."""
    m = _KIND_WORD.match(text, at)
    owner = _OWNER_WORD.match(text, m.end()) if m is not None else None
    start = owner.end() if owner is not None else m.end() if m is not None else at
    if m is None or not text.startswith(name, start):
        return None
    if m.group("kind") in STOPWORDS["it"] or m.group("kind") in STOPWORDS["en"]:
        return None
    return text[at : start + len(name)]


# A name's first word in the possessive, which a name run stops before: "the charity |
# Alzheimer’s | Research UK".
_OWNER_WORD = re.compile(r"[A-Z][\w-]*[’']s\s(?=[A-Z])")


def _new_clause(text: str, joined: re.Match[str]) -> bool:
    """Whether what 'e' / 'and' joins after the agent is another clause, not another agent:
    'fu costruito da X | e ampliato nel 1800', 'was built by X | and later sold'."""
    if joined.group("sep") == "," or joined.group("by"):
        return False
    words = text[joined.end() : joined.end() + 40].split()
    if not words or not words[0].islower():
        return False
    word = words[0].strip(",.;")
    return (
        word in AUXILIARIES["en"] | AUXILIARIES["it"]
        or word in ADVERBIALS["en"] | ADVERBIALS["it"]
        or is_participle(word, "en")
        or is_participle(word, "it")
        or is_finite(word, "en")
        or is_finite(word, "it")
    )


def _articled(text: str, at: int, name: str) -> str:
    """An Italian agent at offset `at` with the article its 'da' holds: 'dalla | Provincia' ->
    'la Provincia'."""
    before = text[:at]
    if before.endswith("dall’"):
        return f"l’{name}"
    words = before.split()
    article = _ARTICLE_OF_BY.get(words[-1].lower()) if words else None
    return f"{article} {name}" if article else name


def _listed_after(agent: str, text: str, at: int) -> bool:
    """Whether the agent, at offset `at`, is the first of a list: 'da Mario Rossi e Carlo
    Bianchi'."""
    rest = text[at + len(agent) : at + len(agent) + 12] if at >= 0 else ""
    return re.match(r"(?:,|\s(?:e|ed|and))\s+(?:the\s)?[A-ZÀ-Ý]", rest) is not None


# Words of a name that say it is a body of people or a person by a title: "Caledonian Maritime
# Assets Limited", "la Soprintendenza del Mare", "the Earl of Shaftesbury".
_BODY_WORDS = frozenset(
    """ltd limited plc llp inc srl spa trust council government authority autorità commission
    board governo commissione soprintendenza procura prefettura comune regione provincia earl duke
    executive ministry ministero department police polizia court tribunale university
    università company società agency agenzia party partito association associazione
    fondazione foundation union sindacato osservatorio observatory istituto institute ente
    duchess marquess baron baroness viscount countess partners consortium consorzio holdings
    investors fund funds commissioners trustees cooperative cooperativa
    king queen prince princess conte
    contessa duca duchessa marchese barone re regina principe principessa""".split()
)


def _someone(agent: str, text: str, at: int, doc: Document) -> bool:
    """Whether the agent of a present passive, at offset `at`, is a person or a body, who
    holds or runs what the subject names, not a thing that tops or causes it; a name that goes
    on in small letters is cut ('Phytophthora | agathidicida')."""
    after = text[at + len(agent) : at + len(agent) + 20].split(None, 1) if at >= 0 else []
    if after and after[0].isalpha() and after[0].islower():
        if after[0] not in STOPWORDS[doc.language] and after[0] not in WHEN_WORDS:
            return False
    if doc.person(agent) or (agent.isupper() and len(agent) > 1) or _is_body(agent):
        return True
    return not {w.lower() for w in agent.split()}.isdisjoint(_PEOPLE_KINDS)


def _is_body(name: str) -> bool:
    """Whether a name says it is a body of people or a person by a title: a word of an
    organisation's kind or one of _BODY_WORDS ('la Procura di Benevento', 'X Ltd')."""
    words = {w.lower() for w in name.split()}
    return any(NOUN_KIND.get(w) == "org" for w in words) or not words.isdisjoint(_BODY_WORDS)


# Adverbs that may stand between the auxiliary and the participle of a passive, kept in the
# question: "It was first completed by X" -> "Who first completed ...?" (not "then", "also":
# said of the article's story, not of the deed).
_PASSIVE_ADVERBS = {
    "it": frozenset("ufficialmente inizialmente originariamente".split()),
    "en": frozenset("first originally formally officially".split()),
}


def _adverb_of_passive(word: str, language: str) -> bool:
    return word in _PASSIVE_ADVERBS[language] or _manner(word, language)


def extract(doc: Document) -> Iterator[Candidate]:
    for c in _extract(doc):
        if c.question and doc.language == "it" and _regendered(c.question, c.sentence.text):
            continue
        if c.question and _OPENING_AS_SUBJECT.search(c.question):
            continue  # "Da chi è stata iscritta Nel 2005?": the sentence's opening, no subject
        partner = _partner(c.sentence.text, c.answer)
        if partner is None:
            yield c
        elif partner and c.question:  # "Da chi è stato redatto il piano insieme agli uffici?"
            yield replace(c, question=f"{c.question.rstrip('?')} {partner}?")


# A sentence's opening phrase, capitalised, left inside a question where its subject should
# stand: "... iscritta Nel 2005?", "... founded In 1990?".
_OPENING_AS_SUBJECT = re.compile(r"\s(?:Nel|Nella|Negli|Nei|Dal|Dalla|Dopo|In|On|At|From)\s")
_DA_CHI_PARTICIPLE = re.compile(
    r"^Da chi (?:\S+\s){1,3}?(?P<stem>[a-zà-ù]{3,}(?:at|it|ut))(?P<end>[oaie])\s"
)


def _regendered(question: str, text: str) -> bool:
    """Whether an Italian 'Da chi ...?' question says its participle in another gender or number
    than the sentence does, and not as the sentence does: its subject is not the noun the
    participle agrees with ('la squadra allenata da X' asked of 'il PalaSanGiacomo')."""
    m = _DA_CHI_PARTICIPLE.match(question)
    if m is None:
        return False
    stem, end = m.group("stem"), m.group("end")
    said = re.findall(rf"\b{re.escape(stem)}([oaie])\b", text)
    return bool(said) and end not in said


# Words after an agent that give it a partner in the deed: "redatto dallo studio X | insieme
# agli uffici del Comune", "built by X | together with Y".
_PARTNER = re.compile(
    r",?\s(?:insieme\s(?:a|ad|al|allo|alla|all’|ai|agli|alle|con)|in\scollaborazione\scon"
    r"|together\swith|along\swith|jointly\swith|in\spartnership\swith)\b"
)


_PARTNER_END = re.compile(r"[,;:.!?()]|\s[–—]\s")
_MAX_PARTNER_WORDS = 8


def _partner(text: str, answer: str) -> str | None:
    """The partner the agent shares the deed with, named right after it ('insieme agli uffici
    tecnici del Comune'): the question says it, as the agent alone did not do the deed; ''
    when it is too long to say; None when there is none (the cheap test first: its words)."""
    if " insieme " not in text and " with " not in text and " collaborazione " not in text:
        return None
    at = text.find(answer)
    m = _PARTNER.match(text, at + len(answer)) if at >= 0 else None
    if m is None:
        return None
    end = _PARTNER_END.search(text, m.end())
    phrase = text[m.start() : end.start() if end else len(text)].strip(" ,")
    return phrase if len(phrase.split()) <= _MAX_PARTNER_WORDS else ""


def _extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    orders = _ORDERS_CUE[language]
    by_cues = _BY_CUES[language]
    by_stem = " da" if language == "it" else " by "  # in each of them: one test for most
    clauses = _clause_sentences(doc)
    timed = _timed_sentences(doc)
    cleft = _CLEFT_OPENS[language]
    relative = _RELATIVE_CUE[language]
    for k, s in enumerate(doc.sentences):
        text = s.text
        if relative in text:
            yield from _relative_deeds(s, doc)
        if _BODY_RELATIVE_CUE[language] in text:
            yield from _body_relative_deeds(s, doc)
        if _APPOSED_CUE[language] in text:
            yield from _apposed_body_deeds(s, doc)
        opens = text[:1].isupper()  # not a piece of a sentence a long line broke
        active = _active(s, doc) if opens else None
        if active is None and opens and s.position == 0:
            dateline = _dateline_end(text)
            active = _active(s, doc, at=dateline) if dateline else None
        linked = _CAUSE_OPENING[language].match(text) if active is None and opens else None
        if linked is not None:  # "Per questo il Consorzio ... ha sospeso": the clause after it
            clause = text[linked.end() :]
            active = _active(s, doc, text=clause[:1].upper() + clause[1:])
        if active is None and text.startswith(cleft):
            active = _cleft(s, doc)
            if active is None and k > 0:
                active = _cleft_of_before(s, doc.sentences[k - 1], doc)
        if active is None and k in clauses:
            # A clause after a conjunction stands on its own, in a piece of a sentence too.
            active = _active_after_conjunction(s, doc)
        if active is None and k in timed:
            active = _active_after_time(s, doc, timed[k])
        if active is None and opens and any(cue in text for cue in _COORDINATED_CUES[language]):
            active = _active_after_and(s, doc)
        if active is not None:
            yield active
            if " agreed to be " in text:  # "X has agreed to be bought by Y": Y's deed too
                agreed = _passive(s, doc)
                if agreed is not None:
                    yield agreed
            continue
        if not opens:
            continue
        if any(cue in text for cue in (_IT_LAW_CUES if language == "it" else _LAW_CUES)):
            law = _under_law(s, doc)
            if law is not None:
                yield law
        if orders[0] in text or orders[1] in text:
            ordered = _on_orders(s, doc)
            if ordered is not None:
                yield ordered
        if any(cue in text for cue in _SUPPORTED_CUES[language]):
            supported = _supported(s, doc)
            if supported is not None:
                yield supported
                continue
        if any(cue in text for cue in _ENTRUSTED_CUES[language]):
            entrusted = _entrusted(s, doc)
            if entrusted is not None:
                yield entrusted
                continue
        if by_stem in text and any(cue in text for cue in by_cues):
            passive = _passive(s, doc)
            if passive is not None:
                yield passive
                yield from _second_of_kind(passive, language)
            elif ", " in text or _made_right_before(text, by_cues, language):
                # the participle, or the apposition it closes, after a comma or a thing
                yield from _appositive_agents(s, doc)


# A dateline that opens a paragraph's first sentence, a place (its province in brackets, a
# date after a comma) and a dash: "Siracusa – ", "Pozzuoli (Napoli) – ", "Trieste, 21
# novembre 2026 – ". The clause starts after it. (A dateline in capitals is no part of the
# text: blocks.py drops it.)
_DATELINE = re.compile(
    r"[A-ZÀ-Ý][\w’']+(?:\s[A-ZÀ-Ý][\w’']+){0,2}(?:\s\([^()]{2,20}\))?(?:,[^–—,]{3,30})?"
    r"\s[–—]\s+(?=[A-ZÀ-Ý])"
)


def _dateline_end(text: str) -> int:
    """Where the clause after a dateline starts ('Siracusa – | La Polisportiva ...'); 0 when
    no dateline opens the text."""
    m = _DATELINE.match(text) if "– " in text[:70] or "— " in text[:70] else None
    return m.end() if m else 0


# Whom a thing was given to run or do: "La gestione è stata affidata per tre anni alla società
# Sorical" -> "A chi è stata affidata la gestione per tre anni?", "The contract was awarded to
# Balfour Beatty" -> "Who was the contract awarded to?". The subject's words, the verb, what
# stands between the participle and the preposition (no comma), the preposition.
_ENTRUSTED = {
    "it": re.compile(
        r"(?P<subject>[^,;:()«»“”]{3,80}?)\s(?P<aux>(?:è|sono|sarà|saranno)\sstat[oaie]|è|sono"
        r"|sarà|saranno|fu|furono|verrà|verranno|viene|vengono|venne|vennero)"
        r"\s(?P<verb>(?:affidat|assegnat|aggiudicat|appaltat)[oaie])(?P<gap>\s[^,;:()]{1,40}?)?"
        r"\s(?:a|ad|al|allo|alla|ai|agli|alle|all’)(?:\s|(?<=’))"
    ),
    "en": re.compile(
        r"(?P<subject>[^,;:()“”\"]{3,80}?)\s(?P<aux>was|were|has\sbeen|have\sbeen|had\sbeen|is"
        r"|are|will\sbe)\s(?P<verb>awarded|entrusted|assigned|contracted|granted|sold|leased)"
        r"(?P<gap>\s[^,;:()]{1,40}?)?\sto\s"
    ),
}
_ENTRUSTED_CUES = {
    "it": (" affidat", " assegnat", " aggiudicat", " appaltat"),
    "en": (
        " awarded ",
        " entrusted ",
        " assigned ",
        " contracted ",
        " granted ",
        " sold ",
        " leased ",
    ),
}
# What is given to someone to run, which needs no more words to say which in an article about
# it: "A chi è stata affidata la gestione?", "Who was the contract awarded to?".
_CHARGES = {
    "it": frozenset(
        w.strip()
        for w in """la gestione|l’appalto|il contratto|il servizio|l’incarico|la concessione
        |la progettazione|la direzione|la realizzazione|la costruzione|la delega|le deleghe
        """.split("|")
    ),
    "en": frozenset(
        w.strip()
        for w in """the contract|the management|the tender|the franchise|the licence
        |the license|the concession|the project|the design""".split("|")
    ),
}


# Who backed a thing done: "The claim was brought with the support of Unison" -> "Who
# supported the claim?", "Il ricorso è stato presentato con il sostegno della Coldiretti" ->
# "Chi ha sostenuto il ricorso?".
_SUPPORTED = {
    "it": re.compile(
        r"(?P<subject>[^,;:()«»“”]{3,60}?)\s(?:è|sono|sarà|saranno)(?:\sstat[oaie])?"
        r"\s(?P<verb>[a-zà-ù]+[oaie])(?:\s[^,;:()]{1,30}?)?\scon\sil\s(?:sostegno|supporto)"
        r"\s(?:di|del|dello|della|dei|degli|delle|dell’)\s?"
    ),
    "en": re.compile(
        r"(?P<subject>[^,;:()“”\"]{3,60}?)\s(?:was|were|has\sbeen|have\sbeen|is|are|will\sbe)"
        r"\s(?P<verb>[a-z]+)(?:\s[^,;:()]{1,30}?)?\swith\sthe\s(?:support|backing)\sof\s"
    ),
}
_SUPPORTED_CUES = {
    "it": (" con il sostegno ", " con il supporto "),
    "en": (" with the support of ", " with the backing of "),
}
# What is brought with someone's support, the one of its kind an article about it reports:
# "Who supported the claim?".
_BACKED = frozenset(
    w.strip()
    for w in """the claim|the case|the bid|the campaign|the appeal|the challenge|the application
    |the petition|the action|il ricorso|la causa|la candidatura|la campagna|la petizione
    |la domanda|l’appello|l’azione""".split("|")
)
_SUPPORTED_QUESTION = {"it": "Chi ha sostenuto {subject}?", "en": "Who supported {subject}?"}


def _supported(s: Sentence, doc: Document) -> Candidate | None:
    """The card of who backed a thing done, said after it with 'with the support of': the
    passive's subject first, what it is said in the article, the name after."""
    language = doc.language
    m = _SUPPORTED[language].match(s.text)
    if m is None or not is_participle(m.group("verb"), language):
        return None
    before = s.text[: m.end("subject")]
    toks = tokens(before)
    if not starts_with_subject(toks, language) or main_verb(toks, language) is not None:
        return None
    if any(t.low in _PRONOUNS[language] for t in toks):
        return None
    agent = _agent(s.text, m.end(), doc)
    if agent is None:
        return None
    subject = lower_first(lower_initial(drop_titles(before, doc), doc))
    if not (specific(subject, doc) or _undertaking(subject, language) or subject in _BACKED):
        return None  # "Who supported the plan?": which plan, out of the article?
    question = _SUPPORTED_QUESTION[language].format(subject=subject)
    return _who_card(s, agent, question, f"{subject} supported", doc)


def _entrusted(s: Sentence, doc: Document) -> Candidate | None:
    """The card of whom a thing was given to run or do: a passive of entrusting or awarding
    with its subject first, the name of a body or person after the preposition."""
    language = doc.language
    m = _ENTRUSTED[language].match(s.text)
    if m is None:
        return None
    before = s.text[: m.end("subject")]
    toks = tokens(before)
    if not starts_with_subject(toks, language) or main_verb(toks, language) is not None:
        return None
    if any(t.low in _PRONOUNS[language] for t in toks):
        return None
    gap = m.group("gap") or ""
    if any(is_finite(w, language) or w in AUXILIARIES[language] for w in gap.split()):
        return None  # "was awarded the prize and went to": another verb between
    agent = _agent(s.text, m.end(), doc)
    if agent is None or not _recipient(agent, s.text, m.end(), doc):
        return None
    subject = lower_first(lower_initial(drop_titles(before, doc), doc))
    charge = _charge(subject, language) or _undertaking(subject, language)
    if not (charge or specific(subject, doc)):
        return None  # "Who was the money awarded to?": which money, out of the article?
    aux, verb = " ".join(m.group("aux").split()), m.group("verb")
    if language == "it":
        question = f"A chi {aux} {verb} {subject}{gap}?"
    else:
        first, _, rest = aux.partition(" ")
        question = " ".join(f"Who {first} {subject} {rest} {verb} to{gap}?".split())
    person = doc.person(agent)
    return entity_card(
        s,
        agent,
        squash(question),
        f"{subject} {verb}",
        score=0.74,
        answer_type="person" if person else "thing",
        accept=(agent.split()[-1],) if person and " " in agent else (),
    )


# What ties a charge to what it is of: "la delega | al bilancio", "the contract | for the".
_CHARGE_OF = {
    "it": frozenset(
        "al alla allo ai agli alle all’ del della dello dei degli delle dell’ di per".split()
    ),
    "en": frozenset("for of".split()),
}


def _charge(subject: str, language: str) -> bool:
    """Whether a subject is a thing given to someone to run, alone or with what it is of: 'la
    gestione', 'la delega al bilancio', 'the contract for the bypass'."""
    if subject in _CHARGES[language]:
        return True
    words = subject.replace("’", "’ ").split()
    for size in (2, 1):
        head = " ".join(words[:size]).replace("’ ", "’")
        if head in _CHARGES[language] and len(words) > size:
            return words[size] in _CHARGE_OF[language]
    return False


def _recipient(agent: str, text: str, at: int, doc: Document) -> bool:
    """Whether a name after the preposition at `at` is one a thing is given to: a person, a
    body, a name of two words or more, or one a noun before it says what it is ('alla società
    pubblica | Sorical', 'to the engineering firm | Arup'); not a lone name that may be a
    place ('assegnato a | Torino')."""
    where = text.find(agent, at)
    if where < 0 or _NAME_GOES_ON.match(text, where + len(agent)):
        return False  # "al Nucleo di polizia | economico-finanziaria della Guardia di Finanza"
    if doc.person(agent) or _is_body(agent) or len(agent.split()) >= 2:
        return True
    lead = text[at:where].split()
    return any(w.islower() and w not in ARTICLE_WORDS[doc.language] for w in lead)


# After a name, words that say it goes on: a word in small letters that is no preposition,
# conjunction or article ("Nucleo di polizia | economico-finanziaria"), or a complement of
# another name ("| della Guardia di Finanza", "| of the Interior").
_NAME_GOES_ON = re.compile(
    r"\s(?:(?:of|di|del|dello|della|dei|degli|delle)\s(?:the\s)?[A-ZÀ-Ý]|dell’[A-ZÀ-Ý]"
    r"|(?!(?:che|cui|per|in|nel|nella|nei|nelle|dal|dalla|dai|con|e|ed|a|al|alla|entro|fino"
    r"|dopo|prima|which|who|that|on|at|for|from|with|and|by|after|before|until|last|this"
    r"|next)\b)[a-zà-ù][\w’-]*)"
)


# A person and a relative clause set off after the name, saying what the person does or did:
# "Jane Rowe, who runs the Red Lion, said" -> "Who runs the Red Lion?", "Anna Neri, che ha
# vinto la gara, ..." -> "Chi ha vinto la gara?".
_RELATIVE_CUE = {"it": ", che ", "en": ", who "}
# Verbs of living somewhere: who lives in a village is one of many, no deed of one person.
_DWELLING = frozenset("lives lived live vive viveva vivono abita abitava abitano resides".split())


# A state that has lasted since a time: whoever is in it is one of many who have been.
_LASTING = {
    "it": re.compile(r"\s(?:da|dal|dall’|dalla|fin\s+dal)\s*\d"),
    "en": re.compile(r"\ssince\s"),
}


def _bare_office(deed: str, language: str) -> bool:
    """Whether the deed names an office of no one: 'took over as chief executive' (of what,
    out of the article?); 'was elected mayor of Leeds' names whose."""
    words = deed.split()
    return any(w.lower() in ROLE_WORDS[language] for w in words) and not any(
        w[:1].isupper() for w in words
    )


_ALSO = re.compile(r"(?:^|(?<=\s))(?:anche|also)\s")


def _verb_after_who(clause: str, language: str) -> bool:
    """Whether the clause's first word is an English present by its place after 'who', before
    what a verb takes: 'who runs | the pub', 'who cast | the only vote'."""
    words = clause.split(None, 2)
    if language != "en" or len(words) < 2:
        return False
    verb, after = words[0], words[1]
    return is_present_at("who", verb, after, language) or is_plural_present_at(
        verb, after, language
    )


def _relative_deeds(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    cue = _RELATIVE_CUE[language]
    for _start, end, name in people_in(s.text, doc):
        if not s.text.startswith(cue, end):
            continue
        at = end + len(cue)
        clause = _clause(s.text, at)
        closed = s.text[at + len(clause) : at + len(clause) + 1]
        if closed not in {",", "."} or s.text[at + len(clause) :].startswith((", che", ", who")):
            continue  # the clause must end where the aside does, not inside a list
        clause = _ALSO.sub("", clause).strip()  # "who also won the cup": beside the story
        if _LASTING[language].search(clause):
            continue  # "who has played for the club since 1984": one of many who have
        deed = _deed(clause, language, _verb_after_who(clause, language))
        if deed is None or deed.split()[0].lower() in _DWELLING or _bare_office(deed, language):
            continue
        question = _who_question(deed, language)
        if question is not None:
            yield _who_card(s, name, question, f"{name} {deed.split()[0]}", doc)


# A body and a relative clause set off after its name, saying what it does or did: "The union
# Community, which represents most of the workforce, said" -> "Which union represents most of
# the workforce?", "la società Sorical, che ha assunto 14 tecnici" -> "Quale società ha
# assunto 14 tecnici?". A body by its kind said before the name, or by a word of its name
# ("the Norfolk Wildlife Trust, which" -> "Who ...?").
_BODY_RELATIVE_CUE = {"it": ", che ", "en": ", which "}
_KIND_BEFORE = re.compile(r"(?:^|[\s’])(?P<kind>[a-zà-ù]{4,})\s(?:[a-zà-ù]+\s)?$")
_BODY_OF = frozenset("of di del dello della dei degli delle".split())


def _body_before(text: str, end: int, doc: Document) -> tuple[str, str | None] | None:
    """(name, kind) of the body whose name ends at `end`, its kind the noun before the name
    ('the union | Community', 'la società pubblica | Sorical') or None when a word of the name
    says it is a body; None when the name is no body's, or a complement of a noun before it
    ('il presidente della | Regione Lombardia, che': the president's deed)."""
    runs = [m for m in NAME_RUN.finditer(text, 0, end) if m.end() == end]
    if not runs:
        return None
    name, start = runs[-1].group(0), runs[-1].start()
    article = _ARTICLE.match(name)
    if article is not None:  # "The Norfolk Wildlife Trust": the article is no part of it
        name, start = name[article.end() :], start + article.end()
    head, _, rest = name.partition(" ")
    if head.islower() and rest[:1].isupper():  # "L’associazione Italia Nostra": its kind first
        name, start = rest, start + len(head) + 1
    if not name or doc.person(name) or name.split()[0].lower() in STOPWORDS[doc.language]:
        return None
    before = text[:start]
    if in_participle_aside(before, doc.language):
        return None
    kind = _KIND_BEFORE.search(before)
    noun = kind.group("kind") if kind else None
    if noun is not None and NOUN_KIND.get(noun) == "org" or noun in _BODY_WORDS:
        lead = before[: kind.start("kind")].split() if kind else []
    elif _is_body(name) and len(name.split()) >= 2:
        noun, lead = None, before.split()
    elif _named_thing_kind(name, doc.language) is not None:  # "Keno Dam, which ..."
        noun, lead = None, before.split()
    else:
        return None
    ahead = lead[-2:] if lead and lead[-1].lower() in ARTICLE_WORDS[doc.language] else lead[-1:]
    if ahead and (ahead[0].lower() in _BODY_OF or ahead[0].lower().startswith(("dell’", "d’"))):
        return None
    if lead and lead[-1].lower().startswith(("dell’", "d’")):
        return None
    if noun is not None and lead and lead[-1].lower() in _IN_PLACE:
        return None  # "..., nella provincia di Castellón, che aveva acquistato": a place
    return name, noun


# Prepositions a body's kind is a place after: "nella provincia di X", "in the county of X".
_IN_PLACE = frozenset("nella nel in".split())


# A list that goes on after a comma: lowercase words up to its 'and' ("education, | broadcasting
# and the use of Gaelic").
_LIST_GOES_ON = re.compile(r",\s[a-zà-ù][\w’-]*(?:\s[a-zà-ù][\w’-]*){0,3}\s(?:and|e|ed|or|o)\s")


def _body_relative_deeds(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    cue = _BODY_RELATIVE_CUE[language]
    at = s.text.find(cue)
    while at > 0:
        body = _body_before(s.text, at, doc)
        start = at + len(cue)
        at = s.text.find(cue, start)
        if body is None:
            continue
        name, kind = body
        clause = _clause(s.text, start)
        closed = s.text[start + len(clause) : start + len(clause) + 1]
        if closed not in {",", "."} or s.text[start + len(clause) :].startswith(cue.rstrip()):
            continue  # the clause must end where the aside does
        if closed == "," and _LIST_GOES_ON.match(s.text, start + len(clause)):
            continue  # "sets targets for education, | broadcasting and ...": a list's first
        clause = _ALSO.sub("", clause).strip()
        if _LASTING[language].search(clause):
            continue
        # after "which", a word that may be a present is one: "which represents | most of"
        present = language == "en" and may_be_present(clause.split(None, 1)[0], language)
        deed = _deed(clause, language, present)
        if deed is None or _bare_office(deed, language) or _plural_of_one("", name, deed, language):
            continue  # "i titolari, riuniti nell’associazione X, che temono": theirs, not X's
        which = "Quale" if language == "it" else "Which"
        who = f"{which} {kind}" if kind else ("Chi" if language == "it" else "Who")
        yield _who_card(s, name, f"{who} {deed}?", f"{name} {deed.split()[0]}", doc)


# A body's name, its kind set off after it with more words or a comma, and a relative clause:
# "Nordlight Tidal, the Lerwick-based company that built and runs the array" -> "Which company
# built and runs the array?", "Macnas, the Galway street theatre company, which drew 45,000
# people" -> "Which company drew 45,000 people?" (the definitions ask "What is the company
# that ...?" of a kind alone).
_APPOSED_BODY = {
    "it": re.compile(
        r",\s(?:la|il|lo|l’|una|un|uno)\s?(?:[\w’-]+\s){0,3}?(?P<kind>[a-zà-ù]{4,}),?\s(?:che)\s"
    ),
    "en": re.compile(r",\s(?:the|an?)\s(?:[\w’-]+\s){0,3}?(?P<kind>[a-z]{4,}),?\s(?:that|which)\s"),
}
_APPOSED_CUE = {"it": " che ", "en": " th"}


def _apposed_body_deeds(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for m in _APPOSED_BODY[language].finditer(s.text):
        kind = m.group("kind")
        if NOUN_KIND.get(kind) != "org" and kind not in _BODY_WORDS:
            continue
        if len(m.group(0).replace("’", "’ ").split()) <= 4 and "," not in m.group(0)[1:]:
            continue  # "X, the company that runs Y": 'What is the company that runs Y?' asks it
        runs = [r for r in NAME_RUN.finditer(s.text, 0, m.start()) if r.end() == m.start()]
        if not runs:
            continue
        name = runs[-1].group(0)
        article = _ARTICLE.match(name)
        name = name[article.end() :] if article else name
        if not name or doc.person(name) or name.split()[0].lower() in STOPWORDS[language]:
            continue
        lead = s.text[: runs[-1].start()].split()[-1:]
        if lead and (lead[0].lower() in _BODY_OF or lead[0].lower().startswith(("dell’", "d’"))):
            continue  # "the leader of | Unite, the union that": whose deed?
        clause = _ALSO.sub("", _clause(s.text, m.end())).strip()
        closed = s.text[m.end() + len(clause) : m.end() + len(clause) + 1]
        if closed not in {",", ".", ""} or _LASTING[language].search(clause):
            continue
        present = language == "en" and may_be_present(clause.split(None, 1)[0], language)
        deed = _deed(clause, language, present)
        if deed is None or _bare_office(deed, language) or _plural_of_one("", name, deed, language):
            continue
        which = "Quale" if language == "it" else "Which"
        yield _who_card(s, name, f"{which} {kind} {deed}?", f"{name} {deed.split()[0]}", doc)


# " da ", " dal ", ..., " dall’" (the article elided before the name's first word).
_BY_CUES = {
    language: tuple(f" {by}" if by.endswith("’") else f" {by} " for by in words)
    for language, words in _BY.items()
}


# A clause whose subject is a name after a conjunction of time or cause: "..., after Thornby
# St Mary won the cup final", "Its tradition began when Abebe Bikila won the marathon", "...
# dopo che Mario Neri ha vinto la gara".
_CONJUNCTIONS = {
    "it": ("quando", "dopo che", "prima che", "poiché", "perché", "finché", "appena"),
    "en": ("when", "after", "before", "because", "once", "until"),
}
_CLAUSE_OPEN = {
    language: re.compile(r"\s(?:" + "|".join(words) + r")\s(?=[A-ZÀ-Ý])")
    for language, words in _CONJUNCTIONS.items()
}


def _clause_sentences(doc: Document) -> set[int]:
    """The indices of the sentences with a conjunction before a capital: one scan of all the
    text, not one a sentence (few sentences have one)."""
    texts = [s.text for s in doc.sentences]
    whole = "\n".join(texts)
    ends: list[int] = []  # where each sentence's line ends, made when first needed
    found: set[int] = set()
    for word in _CONJUNCTIONS[doc.language]:
        cue = f" {word} "
        at = whole.find(cue)
        while at >= 0:
            after = at + len(cue)
            if whole[after : after + 1].isupper():
                ends = ends or list(accumulate(len(t) + 1 for t in texts))
                found.add(bisect_right(ends, at))
            at = whole.find(cue, after)
    return found


def _active_after_conjunction(s: Sentence, doc: Document) -> Candidate | None:
    """'..., after Thornby St Mary won the cup final on Sunday' -> 'Who won the cup final?'
    (the first such clause whose subject is a name and whose verb says a deed)."""
    for m in _CLAUSE_OPEN[doc.language].finditer(s.text):
        active = _active(s, doc, m.end())
        if active is not None:
            return active
    return None


# A clause joined to a whole clause before it, its subject a name with its article: "A cable
# route passes within 9km of the spit, and the Norfolk Wildlife Trust has asked for work to
# pause" -> "Who has asked for work to pause?", "..., e la Pro Loco di Arco ha chiesto ...".
_COORDINATED = {
    "it": re.compile(r",\s(?:e|ed|ma)\s(?=(?:il|lo|la|i|gli|le)\s[A-ZÀ-Ý]|l’[A-ZÀ-Ý])"),
    "en": re.compile(r",\s(?:and|but)\s(?=the\s[A-Z])"),
}
_COORDINATED_CUES = {"it": (", e ", ", ed ", ", ma "), "en": (", and the ", ", but the ")}


def _active_after_and(s: Sentence, doc: Document) -> Candidate | None:
    """The deed of a named body or person whose clause follows ', and the' / ', e la', after a
    clause with a verb of its own (not a list of names: 'Leeds, York, and the Royal Society
    have signed')."""
    language = doc.language
    for m in _COORDINATED[language].finditer(s.text):
        if not _has_verb(tokens(s.text[: m.start()]), language):
            continue
        clause = s.text[m.end() :]
        active = _active(s, doc, text=clause[:1].upper() + clause[1:])
        if active is not None:
            return active
    return None


def _has_verb(toks: list[Token], language: str) -> bool:
    """Whether words hold a finite verb, an English present in '-s' too ('The road | crosses |
    two reserves')."""
    if main_verb(toks, language) is not None:
        return True
    return any(
        is_present_at(toks[k - 1].low, t.low, toks[k + 1].low, language)
        for k, t in enumerate(toks[1:-1], start=1)
    )


# A clause whose subject, a name, follows an opening phrase of time: "Nel 2015 la Procura di
# Benevento aveva aperto un’indagine" -> "Chi aveva aperto un’indagine ...?", "In 2025 the
# Stormont Executive published a plan"; at the sentence's start or after a colon. Only a time:
# "Secondo l’accusa, X ha truccato le gare" is a claim, no deed to ask as done.
_TIME_OPENING = {
    "it": re.compile(
        r"(?P<time>[A-Za-zÀ-ÿ][\w’]*(?:\s[\w’]+){0,4}?),?\s(?P<art>(?:il|lo|la|i|gli|le)\s"
        r"|l’)?(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(r"(?P<time>[A-Za-z][\w’]*(?:\s[\w’]+){0,4}?),?\s(?P<art>the\s)?(?=[A-Z])"),
}
_TIME_WORDS = frozenset("ieri oggi yesterday today".split()) | WEEKDAYS
# The words a time opening starts with: a preposition of time, a day's word, or a digit ("Nel
# 2015", "Sabato 30 maggio", "On Tuesday", "3 March"): a set most sentences' first word is
# not in, then a digit or a day's word in its first characters.
_TIME_FIRST = (
    frozenset(
        """nel nell’ negli nei dal dall’ dai già tra fra entro ieri oggi in on at during since
        by last earlier yesterday today""".split()
    )
    | WEEKDAYS
)
_TIME_CUE = re.compile(r"[0-9]")
_TIME_REACH = 40


def _time_opens(text: str, start: int) -> bool:
    first = text[start : text.find(" ", start)].lower()
    if first[:1].isdigit() or first in WEEKDAYS:
        return True
    if first not in _TIME_FIRST:
        return False
    head = text[start : start + _TIME_REACH]
    return _TIME_CUE.search(head) is not None or not _TIME_WORDS.isdisjoint(head.lower().split())


def _time_phrase(phrase: str, language: str) -> bool:
    """Whether an opening phrase says when and nothing else: 'Nel 2015', 'già nel 2015', 'On
    Tuesday', 'Sabato 30 maggio 2026'."""
    words = phrase.lower().split()
    if words[-1] in _TIME_WORDS:
        return len(words) <= 2
    if not any(ch.isdigit() for ch in phrase):
        return False  # a date's year or day: the cheap test before the dates' reading
    found = find_dates(phrase, language)
    return bool(found) and found[-1].end >= len(phrase) - 1 and found[0].start <= 8


# Where a time opening may start, as one scan of all the text finds it: a sentence's start or
# a colon, then a word a time opens with or a digit.
_TIME_START = re.compile(
    r"(?:\n|: )(?=[0-9]|(?i:" + "|".join(sorted(_TIME_FIRST, key=len, reverse=True)) + r")\b)"
)


def _timed_sentences(doc: Document) -> dict[int, list[int]]:
    """The indices of the sentences a time may open, or a clause of which after a colon, with
    those offsets: one scan of all the text, not one a sentence."""
    texts = [s.text for s in doc.sentences]
    whole = "\n" + "\n".join(texts)  # each sentence after a line break
    ends = list(accumulate(len(t) + 1 for t in texts))
    found: dict[int, list[int]] = {}
    for m in _TIME_START.finditer(whole):
        at = m.end() - 1  # the offset in the joined sentences, without the first line break
        k = bisect_right(ends, at)
        if k < len(texts):
            found.setdefault(k, []).append(at - (ends[k - 1] if k else 0))
    return found


def _active_after_time(s: Sentence, doc: Document, starts: list[int]) -> Candidate | None:
    language = doc.language
    text = s.text
    if not text[:1].isupper():
        return None  # a piece of a sentence a long line broke
    for start in starts:  # "Non è la prima volta: | già nel 2015 la Procura ..."
        if not _time_opens(text, start):
            continue
        m = _TIME_OPENING[language].match(text, start)
        if m is None or not _time_phrase(m.group("time"), language):
            continue
        article = m.group("art") or ""
        clause = s.text[m.end() :]
        if article:  # the article kept, as a name's start reads it: "La Procura di Benevento"
            clause = article[:1].upper() + article[1:] + clause
        found = _person_at_start(clause, doc)
        if found is None or not _doer_after_time(found, clause, doc):
            continue
        active = _active(s, doc, text=clause)
        if active is not None:
            return active
    return None


# The words after a name that make its clause no deed of the name's: a passive ("has been
# rebuilt by", "è stata restaurata") or a state shared with others ("fa parte del gruppo").
_NO_DEED_AFTER = re.compile(
    r"\s(?:\w+\s){0,2}?(?:been|stat[oaie]|parte|belongs?|belonged)\b", re.IGNORECASE
)


def _doer_after_time(found: tuple[str, int], clause: str, doc: Document) -> bool:
    """Whether the name after an opening time does the clause's deed: a person or a body
    ('la Procura di Benevento'), not a place ('In 2018 Loch Ness froze', 'Piazza Plebiscito
    ha ospitato') nor the subject of a passive or of a state."""
    name, end = found
    if _NO_DEED_AFTER.match(clause, end) is not None:
        return False
    return doc.person(name) is not None or _is_body(name)


# A thing and a participle of who made it, with no comma between: "con un nuovo allestimento
# del Nabucco firmato dal regista Tomás Ferrer", "a portrait of Lisa Gherardini painted by
# Leonardo". Only a thing that holds a name says which it is out of the article.
_ANY_ARTICLE = {
    "it": frozenset("il lo la i gli le un uno una".split()),
    "en": frozenset("the a an".split()),
}
# The definite article of an indefinite one, for a thing a sentence has just introduced.
MADE_DEFINITE = DEFINITE_OF_INDEFINITE
_PHRASE_STOPS = frozenset([",", ";", ":", "(", ")", "“", "”", "«", "»", '"'])


def _phrase_before(toks: list[Token], end: int, language: str) -> int | None:
    """The index of the article that opens the noun phrase ending at token `end`, definite
    or not ('un nuovo allestimento del Nabucco di Giuseppe Verdi'); None past eleven words."""
    k = end
    while k >= 0 and end - k < 11:
        t = toks[k]
        if t.low in _ANY_ARTICLE[language] or t.low in {"l’", "un’"}:
            if t.text == "I" or (t.text == "A" and k > 0):
                return None  # "Carlo I", a capital "A" inside a sentence: no article
            if k > 0 and toks[k - 1].low in {"of", "di"}:
                k -= 2
                continue
            if k > 1 and toks[k - 1].low in _INNER_PREPOSITIONS and _noun_at(toks, k - 2, language):
                return None  # "the report on | the Grenfell fire commissioned by": which one?
            return k
        if t.text in _PHRASE_STOPS or (t.text.islower() and is_finite(t.text, language)):
            return None
        if t.low in _JOINED:
            return None  # "l’indagine sulla | truffa del Superbonus scoperta da": which one?
        if t.low in _BY[language] or t.low in SAY_VERBS[language]:
            return None
        k -= 1
    return None


# Prepositions that tie a noun phrase to a noun before it, so that a participle after both may
# be said of either.
_INNER_PREPOSITIONS = frozenset(
    "on in at for with from about against su per con in tra fra".split()
)


def _noun_at(toks: list[Token], k: int, language: str) -> bool:
    """Whether the token at k may be a noun: a lowercase word that is no verb."""
    t = toks[k]
    if k > 0 and toks[k - 1].low in AUXILIARIES[language]:
        return False  # "the court has sat | in a building": a verb after its auxiliary
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.low not in AUXILIARIES[language]
        and not is_finite(t.text, language)
        and t.low not in STOPWORDS[language]
        and t.low not in WHEN_WORDS  # "si apre il 3 maggio | con"
        and not (language == "en" and t.low.endswith("s"))  # "opens with": a verb, or plural
    )


def _definite_phrase(phrase: str, language: str) -> tuple[str, str]:
    """(phrase, its article) with a definite article: 'un nuovo allestimento' -> 'il nuovo
    allestimento', 'un’opera' -> 'l’opera', 'an old portrait' -> 'the old portrait'."""
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if low.startswith(("un’", "l’")):
        return "l’" + phrase[len(low) :], "l’"
    article = definite_article(low, rest) if low in MADE_DEFINITE else low
    if article == "l’":
        return "l’" + rest, "l’"
    return f"{article} {rest}", article


def _bare_participle_agent(
    s: Sentence, toks: list[Token], p: int, by: int, doc: Document
) -> Candidate | None:
    """'... con un nuovo allestimento del Nabucco firmato dal regista Tomás Ferrer' -> 'Da chi
    è stato firmato il nuovo allestimento del Nabucco?'"""
    language = doc.language
    if p < 2 or not _right_before(toks, p, by, language):
        return None
    if not _makes_or_signs(toks[p].low, language):
        return None
    first = _phrase_before(toks, p - 1, language)
    if first is None or first == 0 and s.entry is not None:
        return None
    text = s.text
    phrase = text[toks[first].start : toks[p - 1].end]
    if not any(w[:1].isupper() for w in phrase.split()[1:]) and not _undertaken(phrase, language):
        return None  # "a letter written by": which letter? (a study the article reports is one)
    if len(phrase.split()) < 3 or any(t.low in _PRONOUNS[language] for t in toks[first:p]):
        return None
    agent = _agent(text, toks[by + 1].start, doc)
    if agent is None or agent in phrase:
        return None
    subject, article = _definite_phrase(lower_first(phrase), language)
    participle = toks[p].text
    if language == "it":
        participle = _agreeing(participle, article)
        aux = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}
        question = f"Da chi {aux.get(participle[-1], 'è stato')} {participle} {subject}?"
    else:
        question = f"Who {_EN_PAST_OF.get(participle, participle)} {subject}?"
    return _who_card(s, agent, question, f"{subject} {participle}", doc)


# Participles of making a work and of signing it, as an author does ("firmato dal regista");
# who directed or curated a thing is the roles' ("Chi ha curato la mostra?").
_SIGNED = {"it": frozenset(["firmato"]), "en": frozenset(["signed"])}


def _right_before(toks: list[Token], p: int, by: int, language: str) -> bool:
    """Whether the participle at `p` stands right before its 'da' / 'by' at `by`, or with an
    adverb of manner between ('progettata appositamente dalla ditta')."""
    return by == p + 1 or (by == p + 2 and _manner(toks[p + 1].text, language))


def _made_right_before(text: str, by_cues: tuple[str, ...], language: str) -> bool:
    """Whether a participle of making or signing stands right before 'by' / 'da': the word
    before each cue, not a pass over the sentence's tokens."""
    for cue in by_cues:
        at = text.find(cue)
        while at > 0:
            start = text.rfind(" ", 0, at)
            word = text[start + 1 : at]
            if _manner(word, language) and start > 0:  # "designed | jointly | by"
                word = text[text.rfind(" ", 0, start) + 1 : start]
            if word.islower() and _makes_or_signs(word, language):
                return True
            at = text.find(cue, at + len(cue))
    return False


def _makes_or_signs(participle: str, language: str) -> bool:
    if language == "it" and participle[-1:] in ("a", "i", "e"):
        participle = participle[:-1] + "o"
    return _makes(participle, language) or participle in _SIGNED[language]


# A sentence that puts who did it last, to stress it: "A firmare il progetto è stato
# l’architetto Renzo Piano", "It was Ann Lee who found the tablet".
_CLEFT = {
    "it": re.compile(
        r"A\s(?P<deed>[a-zà-ù]+(?:are|ere|ire)\s[^,;:«»“”]{3,90}?)\s(?P<cop>è\sstat[oa]|fu|è|sarà)"
        r"\s(?=\S)"
    ),
    "en": re.compile(r"It\s(?P<cop>was|is)\s(?=[A-Z]|the\s[A-Z])"),
}
_CLEFT_OPENS: dict[str, tuple[str, ...]] = {"it": ("A ",), "en": ("It was ", "It is ")}
_CLEFT_WHO = {"è stato": "è stato", "è stata": "è stato", "fu": "fu", "è": "è", "sarà": "sarà"}
_EN_CLEFT_DEED = re.compile(r"\s(?:who|that)\s(?P<deed>[^,;:“”]{3,90}?)(?:[,;:]|\.$|$)")


# "A realizzarlo è stato il Consorzio X": the thing the clitic stands for is the subject of the
# sentence before.
_CLEFT_CLITIC = re.compile(
    r"A\s(?P<verb>[a-zà-ù]{2,}(?:ar|er|ir))(?P<clitic>lo|la|li|le)(?P<rest>\s[^,;:«»“”]{1,60}?)?"
    r"\s(?P<cop>è\sstat[oa]|fu|è|sarà)\s(?=\S)"
)
_CLITIC_ARTICLES = {
    "lo": frozenset(["il", "lo"]),
    "la": frozenset(["la"]),
    "li": frozenset(["i", "gli"]),
    "le": frozenset(["le"]),
}


# The articles, bare or joined to a preposition, of another noun the clitic could stand for.
_SAME_GENDER = {
    "lo": frozenset("il lo un uno del dello al allo dal dallo nel nello sul sullo col".split()),
    "la": frozenset("la una della alla dalla nella sulla".split()),
    "li": frozenset("i gli dei degli ai agli dai dagli nei negli sui sugli".split()),
    "le": frozenset("le delle alle dalle nelle sulle".split()),
}


def _subject_of(before: Sentence, doc: Document) -> str | None:
    """The subject a sentence opens with, after a definite article and before its verb, no
    comma between: 'Il nuovo impianto di Scardovari | è costato ...'."""
    toks = tokens(before.text)
    verb = main_verb(toks, doc.language)
    if verb is None or not 2 <= verb <= 8 or toks[0].low not in _TITLE_ARTICLES:
        return None
    if any(not t.text[:1].isalnum() for t in toks[:verb]):
        return None
    return before.text[: toks[verb].start].strip()


def _cleft_of_before(s: Sentence, before: Sentence, doc: Document) -> Candidate | None:
    """'Il nuovo impianto di Scardovari è costato tre milioni. A realizzarlo è stato il Consorzio
    X' -> 'Chi è stato a realizzare il nuovo impianto di Scardovari?': the clitic is the
    subject of the sentence before, when its article agrees with it."""
    if doc.language != "it" or before.block != s.block:
        return None
    m = _CLEFT_CLITIC.match(s.text)
    subject = _subject_of(before, doc) if m else None
    if m is None or subject is None:
        return None
    if subject.split()[0].lower() not in _CLITIC_ARTICLES[m["clitic"]]:
        return None  # "la diga ... A realizzarlo": not the thing the clitic stands for
    rest = {t.low for t in tokens(before.text[len(subject) :])}
    if rest & _SAME_GENDER[m["clitic"]] or any(w.endswith("’") for w in rest):
        return None  # "Il sindaco ha parlato del ponte. A costruirlo": which of the two?
    if not specific(lower_first(subject), doc):
        return None
    agent = _agent(s.text, m.end() + (2 if s.text.startswith("l’", m.end()) else 0), doc)
    if agent is None or agent not in s.text[m.end() : m.end() + 60]:
        return None
    deed = f"{m['verb']}e {lower_first(subject)}{m['rest'] or ''}"
    if any(t.low in _PRONOUNS["it"] for t in tokens(deed)):
        return None
    question = f"Chi {_CLEFT_WHO[squash(m['cop'])]} a {deed}?"
    card = _who_card(s, agent, question, f"{agent} {m['verb']}e", doc)
    # A launcher, a storm: 'Che cosa è stato a portare ...?' reads wrong; the cloze stays.
    # A body by its kind reads right: 'Quale studio è stato a progettare ...?'.
    return card if card.question and card.question.startswith(("Chi ", "Quale ")) else None


def _cleft(s: Sentence, doc: Document) -> Candidate | None:
    """'A firmare il progetto è stato l’architetto Renzo Piano' -> 'Chi è stato a firmare il
    progetto?'; 'It was Ann Lee who found the tablet in 2024' -> 'Who found the tablet?'."""
    language = doc.language
    text = s.text
    m = _CLEFT[language].match(text)
    if m is None:
        return None
    at = m.end() + (2 if text.startswith("l’", m.end()) else 0)  # "l’architetto Renzo Piano"
    at += 4 if text.startswith("the ", at) else 0  # "It was the Kiel Institute that"
    agent = _agent(text, at, doc)
    if agent is None:
        return None
    if language == "it":
        rest = text[m.end() :]
        if agent not in rest[:60] or any(t.low in _PRONOUNS["it"] for t in tokens(m["deed"])):
            return None
        question = f"Chi {_CLEFT_WHO[squash(m['cop'])]} a {m['deed']}?"
        return _who_card(s, agent, question, f"{agent} {m['deed'].split()[0]}", doc)
    after = text.find(agent, at)
    if after != at:
        return None  # "It was a long day": no name stands there
    said = _EN_CLEFT_DEED.match(text, after + len(agent))
    deed = _deed(said["deed"], language) if said else None
    if deed is None:
        return None
    return _who_card(s, agent, f"Who {deed}?", f"{agent} {deed.split()[0]}", doc)


# The kinds of body a second agent may be named with, its kind in small letters before its
# name: "by the Council and the charity Sustrans", "dal Comune e dalla fondazione Cariplo".
_BODY_KINDS = frozenset(
    """charity company firm foundation association trust consultancy fund society agency
    group council authority union cooperative co-operative publisher bank university
    institute studio fondazione associazione società azienda impresa ditta cooperativa
    consorzio banca ente istituto università agenzia sindacato onlus""".split()
)
_SECOND_OF_KIND = {
    "en": re.compile(r"\sand\sthe\s(?P<kind>[a-z-]{4,})\s(?P<name>[A-Z].*)$"),
    "it": re.compile(
        r"\se\s(?:(?:il|la|lo|i|gli|le)\s|l’)(?P<kind>[a-zà-ù]{4,})\s(?P<name>[A-ZÀ-Ý].*)$"
    ),
}
_WHICH_OF_KIND = {"en": ("Who ", "Which {kind} "), "it": ("Da chi ", "Da quale {kind} ")}


def _second_of_kind(c: Candidate, language: str) -> Iterator[Candidate]:
    """The second of two agents the sentence names with its kind, asked by that kind: 'was
    funded by the Arts Council and the charity Sustrans' -> 'Which charity funded ...?' ->
    'Sustrans', 'dal Comune e dalla fondazione Cariplo' -> 'Da quale fondazione ...?'; the
    kind says which of the two the question asks for."""
    m = _SECOND_OF_KIND[language].search(c.answer)
    who, which = _WHICH_OF_KIND[language]
    if m is None or c.question is None or not c.question.startswith(who):
        return
    kind, name = m.group("kind"), m.group("name")
    if kind not in _BODY_KINDS or name in c.question:
        return
    question = which.format(kind=kind) + c.question[len(who) :]
    yield entity_card(c.sentence, name, question, f"{kind} {name}", score=0.74)


# A law under or by which a thing was done: "The Harlow Trust was set up under the Charities
# Act 2011" -> "Under which act was the Harlow Trust set up?"; "The number of justices was fixed
# at nine by the Judiciary Act of 1869" -> "By which act was the number of justices fixed at
# nine?"; "The PPF is a statutory body set up under the Pensions Act 2004" -> "Under which act
# was the PPF set up?". A law is no "who" of its deed (see _INSTRUMENTS).
_LAW_NAME = (
    r"the\s(?P<law>(?:[A-Z][\w’-]*|\([^()]{1,30}\))(?:\s(?:[A-Z][\w’-]*|\([^()]{1,30}\)|of|and))*?"
    r"\s(?P<kind>Act|Order|Treaty|Convention|Regulations|Directive|Law))"
    r"(?P<year>,?\s(?:of\s)?\d{4})?(?=[\s,;.:)]|$)"
)
_UNDER_LAW = re.compile(
    r"^(?P<subject>[^,;:]{3,80}?)(?:\s\([A-Z][A-Za-z]+\))?\s(?P<aux>was|were|is|are|has been"
    r"|have been|had been)\s(?P<participle>[a-z]+(?:\s(?:up|out))?)(?P<between>\s[^,;:]{1,30}?)?"
    r"\s(?P<prep>under|by)\s" + _LAW_NAME
)
_DEFINED_UNDER_LAW = re.compile(
    r"^(?P<subject>(?:The\s)?[A-Z][\w’-]*(?:\s(?:[A-Z][\w’-]*|of|for|and))*)"
    r"(?:\s\([A-Z][A-Za-z]+\))?\s(?P<aux>is|was)\s(?:a|an)\s[^,;:()]{1,40}?"
    r"\s(?P<participle>set up|established|created)\s(?P<prep>under)\s" + _LAW_NAME
)
# Italian laws are named by their number in small letters: "istituito dalla legge regionale 12
# del 1995" -> "Con quale legge è stato istituito ...?".
_IT_UNDER_LAW = re.compile(
    r"^(?P<subject>[^,;:]{3,80}?)\s(?P<aux>è stat[oa]|sono stat[ie]|fu|furono|venne|vennero)"
    r"\s(?P<participle>[a-zà-ù]+[aiu]t[oaie])\s(?:con\sla|con\sil|dalla|dal|in\sbase\salla)"
    r"\s(?P<law>(?P<kind>legge|decreto)(?:\s[a-zà-ù]+){0,2}\s(?:n\.\s)?\d+(?:/\d{2,4})?"
    r"(?:\sdel\s(?:\d{1,2}\s[a-z]+\s)?\d{4})?)(?=[\s,;.:)]|$)"
)
_LAW_CUES = (" Act", " Order", " Treaty", " Convention", " Regulations", " Directive", " Law")
_IT_LAW_CUES = (" legge ", " decreto ")
_PAST_OF_AUX = {"is": "was", "are": "were"}


def _under_law(s: Sentence, doc: Document) -> Candidate | None:
    """'The Harlow Trust was set up under the Charities Act 2011' -> 'Under which act was the
    Harlow Trust set up?' -> 'Charities Act 2011'."""
    if doc.language == "it":
        return _italian_under_law(s, doc)
    text = s.text
    m = _UNDER_LAW.match(text)
    defined = m is None or not is_participle(m.group("participle").split()[0], "en")
    if defined:
        m = _DEFINED_UNDER_LAW.match(text)
    if m is None:
        return None
    participle = m.group("participle")
    raw = m.group("subject")
    subject = lower_first(lower_initial(drop_titles(raw, doc), doc))
    if len(subject.split()) > 10 or not specific(subject, doc):
        return None
    if any(w.lower() in _PRONOUNS["en"] for w in subject.split()):
        return None
    aux = _PAST_OF_AUX.get(m.group("aux"), m.group("aux")) if defined else m.group("aux")
    between = (m.groupdict().get("between") or "").rstrip()
    if find_dates(between, "en"):
        between = ""  # "was passed in 1998 by": the date is no part of the deed asked
    first, _, rest = aux.partition(" ")  # "has been" -> "has ... been"
    done = f"{rest} {participle}" if rest else participle
    kind = m.group("kind").lower()
    law = m.group("law") + (m.group("year") or "")
    question = squash(
        f"{m.group('prep').capitalize()} which {kind} {first} {subject} {done}{between}?"
    )
    return entity_card(s, law, question, f"{subject} {kind}", score=0.74)


def _italian_under_law(s: Sentence, doc: Document) -> Candidate | None:
    """'Il Parco del Frignano è stato istituito dalla legge regionale 12 del 1995' -> 'Con quale
    legge è stato istituito il Parco del Frignano?'."""
    m = _IT_UNDER_LAW.match(s.text)
    if m is None or not is_participle(m.group("participle"), "it"):
        return None
    subject = lower_first(lower_initial(drop_titles(m.group("subject"), doc), doc))
    if len(subject.split()) > 10 or not specific(subject, doc):
        return None
    if any(w.lower() in _PRONOUNS["it"] for w in subject.split()):
        return None
    kind = m.group("kind")
    question = f"Con quale {kind} {m.group('aux')} {m.group('participle')} {subject}?"
    return entity_card(s, m.group("law"), question, f"{subject} {kind}", score=0.74)
