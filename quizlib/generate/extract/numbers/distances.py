"""Distances: a measure of length from a place. "The star lies 31 light-years from the
Sun", "Il borgo si trova a 30 chilometri da Siena", "un villaggio a 12 km dal confine"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    IT_PLURAL_ARTICLES,
    STOPWORDS,
)
from ...text import IT_INDEFINITE, definite_article, upper_first
from ...verbs import (
    is_finite,
    lemma,
    may_be_present,
)
from .clause import _CLITICS, _frame
from .counts import _YEAR, _plural
from .tails import tail_of
from .words import _ANY_NUMBER

_DISTANCE = {
    "en": re.compile(
        r"(?<=[\d\w])\s?(?P<unit>light-years?|light\s+years|kilometres|kilometers|km|miles"
        r"|metres|meters|feet)\s+(?:(?:away\s+)?(?:(?P<dir>(?:north|south)(?:-?(?:east|west))?"
        r"|east|west)\s+of|(?P<from>from|off))\s+(?P<place>[^,;:()“”\"]+)"
        # a distance from a place the adverb implies: "a site 5 kilometres offshore"
        r"|(?P<adv>offshore|inland|upstream|downstream|upriver|downriver)(?![\w’'-]))"
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
        adverb = m.groupdict().get("adv")
        place = tail_of(m.group("place") + " ").strip() if not adverb else adverb
        if number is None or not 1 <= len(place.split()) <= 6:
            continue
        if place.lower() in _PLACES_THE_TEXT_NAMES:
            continue  # "west of the city": which city, the sentences before say
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
            away = f"{m.group('dir')} of" if m.group("dir") else m.group("from")
            asked = f"How far {away} {place} {be} {owner}?"
            if adverb:  # "a site 5 kilometres offshore" -> "How far offshore is the site?"
                asked = f"How far {adverb} {be} {owner}?"
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
    if before and before[-1].endswith(","):
        return _described_subject(text, s, language) or _set_off_after(before, language)
    return _phrase_before(before, language)


# A place named only by its kind, which the article named before: no question can ask from it.
_PLACES_THE_TEXT_NAMES = frozenset(
    ["the city", "the town", "the village", "città", "paese", "borgo"]
)
MAX_PLACE_NAME = 4  # words of a place's name a distance is set off after


def _set_off_after(before: list[str], language: str) -> tuple[str, str] | None:
    """The place a distance set off by a comma is of, named right before the comma after a
    preposition or an article ('the sonar at Miles Lake, about 50 miles upriver', 'the mine
    near Baldhu, about 5 kilometres west of the city'), or a noun phrase with its article
    ('at the site, about 4 kilometres off the coast')."""
    if language != "en":
        return None  # "nella frazione di Aurano, a ...": the name's article and its "di" unknown
    if before[0].lower() in _PRONOUN_SUBJECTS:
        return None  # "It stands on the River Severn, about 5 km west of ...": the distance is its
    words = [*before[:-1], before[-1].rstrip(",")]
    k = len(words)
    while k > 0 and len(words) - k < MAX_PLACE_NAME and words[k - 1][:1].isupper():
        k -= 1
    if k < len(words):
        if k == 0 or words[k - 1].lower() not in _PLACE_OPENERS:
            return None  # "Tom Hargreaves, 90 km ...": a person, or a name that opens a clause
        if not all(w.isalpha() for w in words[k:]) or _WATERWAYS & set(words[k:]):
            return None  # "on the River Severn, about 5 km west of ...": the town on it is meant
        return " ".join(words[k:]), "is"
    return _phrase_before(words, language)


_PRONOUN_SUBJECTS = frozenset("it they he she".split())
_WATERWAYS = frozenset("River Canal Road Street".split())
# The words an English place's name follows: a preposition of place or an article.
_PLACE_OPENERS = frozenset("at near in on by off of the".split())


# A sentence that says what a place is, its name first: "Morrinsville is a town in ...",
# "Vasto è un comune ...", "It is a town ..." (in an entry).
_DESCRIBED = re.compile(
    r"^(?P<subject>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|di|del|della|on|upon|sur))*)\s+"
    r"(?P<be>is|was|è|era)\s+(?:a|an|the|un|una|uno|un’|il|la|lo|l’)\s*[a-zà-ù]"
)
_ENTRY_PRONOUNS = frozenset(("It", "Esso", "Essa"))


def _described_subject(text: str, s: Sentence, language: str) -> tuple[str, str] | None:
    """The place a sentence describes, when a distance is set off after a comma at the end of
    what it is: 'Morrinsville is a town in the Waikato, about 33 kilometres north-east of
    Hamilton' -> ('Morrinsville', 'is')."""
    m = _DESCRIBED.match(text)
    if m is None or "," in text[: m.end()]:
        return None
    subject = m.group("subject")
    if subject in _ENTRY_PRONOUNS:
        if s.entry is None:
            return None
        subject = upper_first(s.entry.phrase) if language == "it" else s.entry.name
    elif subject.split()[0].lower() in ARTICLES[language]:
        return None  # "The town is ...": which town, out of the article?
    return subject, "was" if m.group("be") in ("was", "era") else "is"


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
            if language == "en" and len(words) > 1 and words[-2][:1].isupper():
                if words[-1].endswith("s") and may_be_present(words[-1], "en"):
                    return None  # "The Great Sea Reef stretches| 200 km off": the name's verb
            np = " ".join(words)
            if language == "en":
                article = "the"
            else:
                article = definite_article(low, np) if low in IT_INDEFINITE else low
            sep = "" if article.endswith("’") else " "
            plural = _plural(words[-1], language) if language == "en" else low in IT_PLURAL_ARTICLES
            return f"{article}{sep}{np}", "are" if plural else "is"
        if not word.isalpha() or low in STOPWORDS[language]:
            return None
        if is_finite(word, language) and not _adjective_participle(before, i, language):
            return None
    return None


def _adjective_participle(before: list[str], i: int, language: str) -> bool:
    """Whether an English word in -ed right after an article is an adjective of the noun
    after it: 'a licensed| disposal site', 'the planned| route'."""
    return (
        language == "en"
        and i > 0
        and before[i].endswith("ed")
        and before[i - 1].lower() in ARTICLES[language]
        and i < len(before) - 1
    )


def _plural_or_singular_noun(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 2
