"""The height or area an English compound gives the noun it stands before, wherever the noun
phrase sits in its clause: 'The programme includes a 12-metre inflatable sculpture' -> 'How
tall is the inflatable sculpture?', 'The fire destroyed most of the 9,000-square-metre
building' -> 'How large was the building?', 'will build a new 6,800-square-metre market hall
on the Fish Docks' -> 'How large will the new market hall on the Fish Docks be?'. (A length is
asked by hidden._length_questions, an area a verb takes right after 'a' by
candidates._compound_questions.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...lexicon import STOPWORDS
from ...text import lower_first, squash
from ...verbs import is_finite
from .clause import _PRESENT_HEADS, _english_body, _Frame, _frame, _is_copula
from .counts import _verb_like
from .noun_end import ends_noun_phrase

# Things whose measure in a unit of length is their height: "a 12-metre sculpture".
_TALL = frozenset(
    """tower statue sculpture mast spire chimney crane obelisk monument lighthouse pylon
    flagpole totem steeple minaret belfry campanile turbine smokestack stack skyscraper
    column pillar""".split()
)


_AREA_UNITS = {
    "square-metre": "square metres",
    "square-meter": "square meters",
    "square-foot": "square feet",
    "square-mile": "square miles",
    "square-kilometre": "square kilometres",
    "square-kilometer": "square kilometers",
    "hectare": "hectares",
    "acre": "acres",
}


_HEIGHT_UNITS = {"metre": "metres", "meter": "meters", "foot": "feet", "ft": "ft", "m": "m"}


# A compound of a figure and a unit before its noun, after a determiner and at most one
# adjective: "a 12-metre inflatable| sculpture", "the 9,000-square-metre| building", "a new
# 6,800-square-metre| market hall", "a 40ft| tower".
_COMPOUND = re.compile(
    r"(?<![\w’'])(?:(?P<det>[Aa]n?|[Tt]he)|(?P<owner>[Tt]he\s+[a-z]+[’']s))\s+"
    r"(?:(?P<adj>[a-z]+)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:-(?P<unit>" + "|".join(_AREA_UNITS) + "|"
    r"metre|meter|foot)(?:-(?:high|tall))?|(?P<glued>m|ft))\s+"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
)


# Adjectives before the figure that tell which thing it is, kept in the question ("a new
# 6,800-square-metre hall" -> "the new market hall"); others ("a longer", "a further") go.
_KEPT_ADJECTIVES = frozenset("new proposed planned existing old former original first".split())


# Words of time that are no place a thing is at: "on Monday", "in March".
_TIME_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)


# The place right after the noun that tells which thing it is: "a hall| on the Fish Docks",
# "a sculpture| in Spanish Arch".
_PLACE_AFTER = re.compile(
    r"\s+(?P<place>(?:at|in|near|on|off|outside|beside|by|next\s+to|from|between|of)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w’'-]*)(?:\s[A-Z][\w’'-]*){0,3})(?=[\s,;.]|$)"
)


def _noun_phrase(text: str, m: re.Match[str]) -> list[str]:
    """The words of the noun phrase after the compound, to the first that ends it ('market
    hall| on the site'); [] when none does within three words."""
    words = m.group("np").split()
    for k in range(1, len(words) + 1):
        if ends_noun_phrase(text, m.start("np") + len(" ".join(words[:k]))):
            return words[:k]
    return []


def _plain_words(words: list[str]) -> bool:
    """Whether the words of a noun phrase are plain: no function word, no finite verb (a
    noun in -ing is one: 'building')."""
    return all(w not in STOPWORDS["en"] and not is_finite(w, "en") for w in words)


def _tense(frame: _Frame | None, text: str) -> str:
    """'will', 'was' or 'is': the tense of the clause the compound is in."""
    if frame is None or not frame.verb:
        return "will" if " will " in text else "is"
    head = frame.verb[0].lower()
    if head in {"will", "would"}:
        return "will"
    if head not in _PRESENT_HEADS and is_finite(head, "en"):
        return "was"
    return "is"


def _tall(noun: str) -> bool:
    """Whether a noun, singular or plural, names a thing whose length is its height."""
    return noun in _TALL or (noun.endswith("s") and noun[:-1] in _TALL)


def _copula_subject(frame: _Frame, how: str, tail: str) -> str | None:
    """The subject a copula gives a height to, 'The Tall Tower is| a 212-metre chimney': a
    plain subject, singular, with nothing between the copula and the compound but its
    article; None otherwise."""
    if how != "tall" or tail or not frame.subject or frame.opening or frame.when:
        return None
    if frame.between not in (("a",), ("an",)) or len(frame.verb) != 1:
        return None
    if frame.verb[0].lower() not in ("is", "was"):
        return None
    subject = frame.subject
    if subject.lower() in STOPWORDS["en"] or len(subject.split()) > 5:
        return None
    return (
        subject
        if subject[:1].isupper() and not subject.startswith("The ")
        else (lower_first(subject))
    )


def sized_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of each height or area an English compound gives its
    noun (see the module's docstring)."""
    if doc.language != "en":
        return
    text = s.text
    for m in _COMPOUND.finditer(text):
        words = _noun_phrase(text, m)
        if not words or not _plain_words(words):
            continue
        noun, end = words[-1], m.start("np") + len(" ".join(words))
        unit = m.group("unit") or m.group("glued")
        if unit in _AREA_UNITS:
            how, measure = "large", f"{m.group('num')} {_AREA_UNITS[unit]}"
        elif _tall(noun):
            how = "tall"
            glued = m.group("glued")
            measure = m.group("num") + glued if glued else f"{m.group('num')} {_HEIGHT_UNITS[unit]}"
        else:
            continue
        adj = m.group("adj")
        if adj is not None and (adj in STOPWORDS["en"] or _verb_like(adj)):
            continue  # "a further| 40 hectares", "the council's| ..."
        kept = [adj] if adj in _KEPT_ADJECTIVES else []
        place = _PLACE_AFTER.match(text, end)
        tail = ""
        if (
            place is not None
            and place.group("name") not in _TIME_NAMES
            and ends_noun_phrase(text, place.end())
        ):
            tail = place.group("place")
        if how == "large" and not tail and (m.group("det") or "the").lower() != "the":
            continue  # "on a 12-acre site": which site, the question could not tell
        owner = m.group("owner")
        det = "the" if owner is None else lower_first(owner).replace("'", "’")
        named = squash(" ".join([det, *kept, *words, tail]))
        frame = _frame(text, m.start("num"), s, doc)
        if frame is not None and _is_copula(frame, "en") and frame.between[:1] != ("the",):
            # "Lough Boora Park is a 2,000-hectare amenity area": the subject's size; a
            # height the subject has ("The Tall Tower is a 212-metre chimney")
            subject = _copula_subject(frame, how, tail)
            if subject is not None:
                yield f"How tall {frame.verb[0].lower()} {subject}?", measure, *m.span("num")
            continue
        before = text[: m.start()].split()[-1:]
        if (
            m.group("unit") in ("hectare", "acre")
            and (m.group("det") or "the").lower() in ("a", "an")
            and before
            and is_finite(before[0], "en")
        ):
            continue  # "had bought a 3.2-hectare plot": the verb's object, asked with the verb
        tense = _tense(frame, text)
        if tense == "will" and (m.group("det") or "the").lower() == "the":
            tense = "is"  # "will demolish the 12-metre tower": the tower stands already
        if tense == "will":
            asked = f"How {how} will {named} be?"
        else:
            if noun not in _TALL and noun[:-1] in _TALL:  # "the 74-metre towers"
                tense = {"is": "are", "was": "were"}[tense]
            asked = f"How {how} {tense} {named}?"
        yield asked, measure, m.start("num"), m.end("num")


# --- a height between commas ----------------------------------------------------------------

# Places whose measure "at" is their height: "the Slochd summit, at 1,328ft, ...".
_HIGH_PLACES = frozenset("summit peak mountain hill pass top ridge plateau pike crag fell".split())


# A noun phrase that opens its clause and a height between commas after it: "the Slochd
# summit|, at 1,328ft (405m),| is the highest point", "Cairn Gorm, at 1,245 metres above sea
# level, ...".
_AT_HEIGHT = re.compile(
    r"(?:^|(?<=,\s))(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Za-z][\w’'-]*),\s+at\s+"
    r"(?:(?:about|around|some|nearly|almost|just\s+over|more\s+than)\s+)?"
    r"(?P<measure>\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?(?:ft|m)|\s+(?:feet|metres|meters))"
    r"(?:\s+\(\d[\d,.]*\s?(?:ft|m|feet|metres|meters)\))?)"
    r"(?P<sea>\s+above\s+sea\s+level)?,\s"
)


def height_aside_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, height, start, end) of a height said between commas after the place it is
    of: 'The Slochd summit, at 1,328ft (405m), is the highest point on the A9' -> 'How high is
    the Slochd summit?'."""
    if doc.language != "en" or ", at " not in s.text:
        return
    for m in _AT_HEIGHT.finditer(s.text):
        words = m.group("np").split()
        last = words[-1].lower()
        if not m.group("sea") and last not in _HIGH_PLACES:
            continue
        if not words[-1][:1].isupper() and last not in _HIGH_PLACES:
            continue  # "the village, at 300 metres above sea level": a place, asked as a name
        if any(w.lower() in STOPWORDS["en"] and w.lower() != "the" for w in words):
            continue
        np = " ".join(words)
        np = "the" + np[3:] if np.startswith("The ") else np
        measure = m.group("measure")
        yield f"How high is {np}?", measure, m.start("measure"), m.end("measure")


# --- a measure in a unit's symbol, the object of its verb -----------------------------------

_SYMBOL_UNITS = {"km": "kilometres", "m": "metres", "ft": "feet", "mi": "miles"}


# A measure in a unit's symbol and what it measures after "of", maybe with the measure in
# another unit in brackets: "would build 17km (10.6 miles)| of dual carriageway".
_SYMBOL_OF = re.compile(
    r"(?<![\w.,])(?P<measure>(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?P<unit>km|m|ft|mi)"
    r"(?:\s+\([^()]{1,25}\))?)\s+of\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
)


def symbol_object_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of a measure in a unit's symbol that a verb takes with
    what it measures: 'The firm would build 17km (10.6 miles) of dual carriageway' -> 'How many
    kilometres of dual carriageway would the firm build?' (the unit written out, as a count of
    kilometres is asked)."""
    if doc.language != "en" or " of " not in s.text:
        return
    text = s.text
    for m in _SYMBOL_OF.finditer(text):
        words = _noun_phrase(text, m)
        if not words or not _plain_words(words) or words[-1] in STOPWORDS["en"]:
            continue
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or frame.between or _is_copula(frame, "en"):
            continue  # "a road of 17km", "is 17km of ...": no verb takes the measure
        subject = frame.subject
        if subject.lower() in STOPWORDS["en"]:
            continue  # "it", "they": no thing the question names
        body = _english_body(frame, lower_first(subject))
        if body is None:
            continue
        unit = _SYMBOL_UNITS[m.group("unit")]
        asked = squash(f"How many {unit} of {' '.join(words)} {body} {frame.when}")
        yield asked + "?", m.group("measure"), m.start("num"), m.end("measure")
