"""The members of a body that opens its sentence with its size: 'A steering board of eight
members(, five of them from ...,) will oversee ...' -> 'How many members are on the steering
board?', 'Una commissione
di nove esperti valuterà ...' -> 'Da quanti esperti è composta la commissione?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence
from ...lexicon import STOPWORDS
from ...verbs import is_finite, may_be_present
from .gender import _how_many_it
from .words import _ANY_NUMBER

# Bodies whose members sit on them, and groups whose members are in them.
_EN_ON = frozenset("board committee panel council jury commission taskforce".split())
_EN_IN = frozenset("team group crew squad delegation".split())
_IT_BODIES = {
    "comitato": "il",
    "consiglio": "il",
    "gruppo": "il",
    "team": "il",
    "collegio": "il",
    "commissione": "la",
    "giuria": "la",
    "squadra": "la",
    "delegazione": "la",
    "task force": "la",
}


_OPENING = {
    "en": re.compile(
        r"^(?:A|An|The)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?P<body>[a-z]+))\s+of\s+"
        rf"(?P<num>{_ANY_NUMBER['en']})\s+(?P<noun>[a-z]{{3,}})(?:,[^,;:()]{{2,60}},)?\s+(?P<verb>[a-z]+)"
    ),
    "it": re.compile(
        r"^(?:Un|Una|Il|La)\s+(?P<body>[a-z]+)(?P<adj>(?:\s+[a-zà-ù]+){0,2}?)\s+di\s+"
        rf"(?P<num>{_ANY_NUMBER['it']})\s+(?P<noun>[a-zà-ù]{{3,}})(?:,[^,;:()]{{2,60}},)?\s+(?P<verb>[a-zà-ù]+)"
    ),
}


_EN_PAST_BE = frozenset("was were had".split())


_EN_MODALS = frozenset("will would can could may might must should".split())


def _english(m: re.Match[str]) -> str | None:
    body, np, verb = m.group("body"), m.group("np"), m.group("verb")
    if any(w in STOPWORDS["en"] for w in np.split()):
        return None
    if body in _EN_ON:
        where = "on"
    elif body in _EN_IN:
        where = "in"
    else:
        return None
    if not (is_finite(verb, "en") or may_be_present(verb, "en") or verb in _EN_MODALS):
        return None  # "A board of eight members of staff": no verb after the count
    be = "were" if verb in _EN_PAST_BE or verb.endswith("ed") else "are"
    return f"How many {m.group('noun')} {be} {where} the {np}?"


def _italian(m: re.Match[str]) -> str | None:
    body, adj = m.group("body"), m.group("adj")
    article = _IT_BODIES.get(body)
    if article is None or any(w in STOPWORDS["it"] for w in adj.split()):
        return None
    if not is_finite(m.group("verb"), "it"):
        return None  # "Un comitato di otto membri| esperti": the count's noun goes on
    composed = "composta" if article == "la" else "composto"
    how = _how_many_it(m.group("noun")).lower()
    return f"Da {how} {m.group('noun')} è {composed} {article} {body}{adj}?"


def body_size_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, count, where it starts) of the size of a body that opens a sentence."""
    m = _OPENING[doc.language].match(s.text)
    if m is None:
        return
    asked = _english(m) if doc.language == "en" else _italian(m)
    if asked is not None:
        yield asked, m.group("num"), m.start("num")
