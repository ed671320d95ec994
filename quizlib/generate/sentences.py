"""Sentence splitting that respects abbreviations, initials, quotations and elisions."""

from __future__ import annotations

import re

from .lexicon import ABBREVIATIONS

# A possible end: terminal punctuation, closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[”»\"’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([“«\"(\[‘]?)([^\W_]|\d)", re.UNICODE)
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_LAST_WORD = re.compile(r"([^\s(“«\"]+)$")
# Abbreviations of what a number follows: "la legge n. 1034", "art. 21", "p. 5", "Jan. 5",
# "cap. IV". Before a capital they may be words that end a sentence ("The answer was no.").
_BEFORE_NUMBER = frozenset(
    """n nn nr no nos num art artt pag pagg p pp vol voll cap capp fig figg tab tabb par lett c
    tel jan feb mar apr jun jul aug sep sept oct nov dec mag giu lug ott dic""".split()
)
_NUMBER = re.compile(r"\d|(?:[IVXLC]{2,}|[VX])\b")
# Titles that are also words or units: "On. Rossi", "l’on. Rossi", "Mt. Everest", but not
# "the talks went on." or "8,000 ft."
_TITLE_WORDS = frozenset({"on", "mt", "ft"})
# A mark of seconds after minutes ("a 1'12\" dalla sirena", "in 2’03\""): no quotation.
_SECONDS_MARK = re.compile(r"(?<=\d['’]\d\d)\"|(?<=\d['’]\d)\"")
# The endings of a company's name: nothing that names follows them, so before a capital the
# full stop ends the sentence as well ("built by Hollis Steel Ltd. It opened ...").
_COMPANY_ENDINGS = frozenset("ltd inc corp plc llc spa srl".split())
# A time of day: before a capital its full stop ends the sentence as well ("between 7 a.m. and
# 4 p.m. Each booking will cost $2"), unless a day, a month or a time zone follows it ("at 9
# p.m. Friday", "7 p.m. GMT", "8 a.m. Pacific time").
_TIMES_OF_DAY = frozenset({"a.m", "p.m"})
_AFTER_TIME = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|Pacific|Eastern|Central|Mountain|Atlantic|[A-Z]{2,4}\b)"
)
MAX_QUOTE = 600  # an unbalanced quote mark stops protecting its text after this many characters


def _last_word(before: str) -> re.Match[str] | None:
    """_LAST_WORD.search(before), looked for in the tail first: a search of the whole text
    before a full stop tries every position of the sentence."""
    pos = max(0, len(before) - 48)
    m = _LAST_WORD.search(before, pos)
    if pos and m is not None and m.start() == pos:
        return _LAST_WORD.search(before)  # the word may start before the tail
    return m


def _is_abbreviation(before: str, following: str) -> bool:
    """Whether the word before a full stop is an abbreviation, given the text after it."""
    m = _last_word(before)
    if not m:
        return False
    elided, _, word = m.group(1).rpartition("’")  # "dell’art. 3", "l’on. Rossi"
    word = word.rstrip(".")
    low = word.lower()
    if low.replace(".", "") in _COMPANY_ENDINGS:
        return False  # "built by Hollis Steel Ltd. It opened ...": the name's end, the sentence's
    if low in _TIMES_OF_DAY:
        return _AFTER_TIME.match(following) is not None
    if low in ABBREVIATIONS:
        return True
    if low in _BEFORE_NUMBER:
        return _NUMBER.match(following) is not None
    if low in _TITLE_WORDS:
        return bool(elided) or word[:1].isupper()
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. K. Rowling"
    # Dotted abbreviations: "U.S", "S.p.A", "e.g".
    return _DOTTED.fullmatch(word) is not None


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences.

    Never splits inside a quotation that is still open (“...” or «...»), after an
    abbreviation ("sig.", "Dott.", "U.S."), or before a lowercase word.
    """
    out: list[str] = []
    start = 0
    depth = 0
    opened_at = 0
    straight_open = False
    scan = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        segment = text[scan:end]
        scan = end
        opens = segment.count("“") + segment.count("«")
        closes = segment.count("”") + segment.count("»")
        if opens and depth == 0:
            opened_at = end
        depth = max(0, depth + opens - closes)
        straight = segment.count('"')  # a mark of seconds is one of these: none, no search
        if straight and (straight - len(_SECONDS_MARK.findall(segment))) % 2:
            straight_open = not straight_open
            if straight_open:
                opened_at = end
        if (depth > 0 or straight_open) and end - opened_at < MAX_QUOTE:
            continue
        depth = 0
        straight_open = False
        nxt = _NEXT_START.match(text, end)
        if nxt is None:
            continue
        if not (nxt.group(2).isupper() or nxt.group(2).isdigit() or nxt.group(1)):
            continue
        punct = m.group(0)
        if (
            punct.startswith(".")
            and not punct.startswith("..")
            and _is_abbreviation(text[start : m.start()], text[nxt.start(2) : nxt.start(2) + 8])
        ):
            continue
        sentence = text[start:end].strip()
        if sentence:
            out.append(sentence)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out
