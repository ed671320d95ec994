"""An event told by a noun of what happened to a named thing, with its date: 'the sinking of
the trawler Sea Lark off Mull in March 2019' -> 'When did the trawler Sea Lark sink?'; 'il
crollo del ponte Morandi il 14 agosto 2018' -> 'Quando è crollato il ponte Morandi?'."""

from __future__ import annotations

import re

from ...text import it_gender, squash
from .spans import DateSpan

# The nouns of events and the verb each asks with: the English lemma after "did" (something
# that happened to the thing) or the participle after "was" (something done to it).
_EN_HAPPENED = {
    "sinking": "sink",
    "collapse": "collapse",
    "capsizing": "capsize",
    "closure": "close",
    "reopening": "reopen",
    "derailment": "derail",
}
_EN_DONE = {
    "demolition": "demolished",
    "completion": "completed",
    "founding": "founded",
    "destruction": "destroyed",
    "abolition": "abolished",
    "launch": "launched",
    "inauguration": "inaugurated",
}
# The Italian nouns and the participle's stem, with whether the verb takes "essere stato"
# (something done to the thing) or "essere" alone (something that happened to it).
_IT_EVENTS = {
    "naufragio": ("naufragat", False),
    "crollo": ("crollat", False),
    "affondamento": ("affondat", False),
    "deragliamento": ("deragliat", False),
    "demolizione": ("demolit", True),
    "inaugurazione": ("inaugurat", True),
    "fondazione": ("fondat", True),
    "distruzione": ("distrutt", True),
    "chiusura": ("chius", True),
    "riapertura": ("riapert", True),
}
# A place the event happened at, between the thing and the date: "off Delaps Cove", "al largo
# di Capo Noli".
_EN_PLACE_TAIL = re.compile(
    r"\s(?:off|near|at|in|outside|on)\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*$"
)
_IT_PLACE_TAIL = re.compile(
    r"\s(?:al\slargo\sdi|vicino\sa|a|ad|in|presso|davanti\sa)\s[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*$"
)
_EN_EVENT = re.compile(
    r"\bthe\s(?P<event>" + "|".join(_EN_HAPPENED | _EN_DONE) + r")\sof\s"
    r"(?P<np>the\s[^,;:()]+?|[A-Z][^,;:()]+?)\s*$"
)
_IT_EVENT = re.compile(
    r"\b(?:il|la|l’)\s?(?P<event>" + "|".join(_IT_EVENTS) + r")\s"
    r"(?P<of>dello|della|delle|degli|dell’|dei|del)\s?(?P<np>[^,;:()]+?)\s*$"
)
_OF_ARTICLE = {
    "del": ("il", "m", False),
    "dello": ("lo", "m", False),
    "della": ("la", "f", False),
    "dei": ("i", "m", True),
    "degli": ("gli", "m", True),
    "delle": ("le", "f", True),
}
# Words of a clause, not of a noun phrase: the thing must be one.
_EN_CLAUSE_WORDS = frozenset("which who that was were is are has have had and but".split())
_IT_CLAUSE_WORDS = frozenset("che cui è sono era erano ha hanno e ma".split())
_LONGEST_THING = 8  # words
_PREPS = {"en": frozenset({"in", "on", ""}), "it": frozenset({"il", "nel", "nell’", "l’", ""})}


def _named(np: str) -> bool:
    """Whether a noun phrase names its thing: a capitalised word after its first."""
    return any(w[:1].isupper() for w in np.split()[1:]) and len(np.split()) <= _LONGEST_THING


def _event_before(text: str, span: DateSpan, language: str) -> re.Match[str] | None:
    """The event's noun and its thing right before a date ('the closure of the road | in
    2017'), a place between them left out."""
    if span.is_range or span.prep not in _PREPS[language]:
        return None
    before = text[: span.start].rstrip()
    if language == "en":
        return _EN_EVENT.search(_EN_PLACE_TAIL.sub("", before))
    return _IT_EVENT.search(_IT_PLACE_TAIL.sub("", before))


def follows_event_noun(text: str, span: DateSpan, language: str) -> bool:
    """Whether a date follows an event's noun and the thing it happened to ('the closure of
    the road in 2017'): the date is the event's, or a past verb's before it, never a present
    verb's ('The plan follows the closure of the road in 2017')."""
    return _event_before(text, span, language) is not None


def event_noun_question(text: str, span: DateSpan, language: str) -> str | None:
    """The question of a date that follows an event's noun and the named thing it happened
    to ('the sinking of the trawler Sea Lark (off Mull) in March 2019'), None otherwise."""
    m = _event_before(text, span, language)
    if m is None:
        return None
    if language == "en":
        np = m.group("np")
        if not _named(np) or any(w.lower() in _EN_CLAUSE_WORDS for w in np.split()):
            return None
        event = m.group("event")
        if event in _EN_HAPPENED:
            return squash(f"When did {np} {_EN_HAPPENED[event]}") + "?"
        plural = np.split()[-1].islower() and np.endswith("s")
        return squash(f"When {'were' if plural else 'was'} {np} {_EN_DONE[event]}") + "?"
    thing = m.group("np")
    if not _named(f"x {thing}") or any(w.lower() in _IT_CLAUSE_WORDS for w in thing.split()):
        return None
    of = m.group("of").lower()
    if of == "dell’":
        gender = it_gender(thing.split()[0])
        if gender is None:
            return None
        article, plural = "l’", False
    else:
        article, gender, plural = _OF_ARTICLE[of]
    np = f"{article}{thing}" if article == "l’" else f"{article} {thing}"
    stem, done = _IT_EVENTS[m.group("event")]
    ending = ("e" if gender == "f" else "i") if plural else ("a" if gender == "f" else "o")
    verb = "sono" if plural else "è"
    if done:
        verb += f" stat{ending}"
    return squash(f"Quando {verb} {stem}{ending} {np}") + "?"
