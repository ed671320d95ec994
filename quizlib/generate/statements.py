"""Simpler statements derived from a sentence, for the question extractors to read when the
sentence itself is too involved for them (Heilman & Smith's simplified factual statements):
an opening phrase moved after the clause it frames, an apposition or an aside left out, a
relative clause read as a sentence of its own.

Each statement keeps the sentence it comes from (`Sentence.source`): a card asked of it shows
that sentence as its context, and a question the sentence itself gets wins over one of its
statements (see extract.candidates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from .chunks import PREPOSITIONS, tokens
from .document import Sentence
from .lexicon import ARTICLES, ARTICULATED
from .text import upper_first
from .verbs import AUXILIARIES, is_finite, is_gerund

# Words that open a framing phrase before the clause ("Nell'ultimo quarto, ...", "During the
# breeding season, ...", "Last year, ..."), besides the prepositions.
_FRAME_OPENERS = {
    "it": frozenset(
        """nel nello nella nei negli nelle nell’ dal dallo dalla dai dagli dalle dall’ sul sulla
        sui sugli sulle sull’ al allo alla ai agli alle all’ secondo durante dopo prima
        lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi stamattina
        stamani stasera quest’ questo questa""".split()
    ),
    "en": frozenset(
        """last this next earlier later on in at during after before since by for with under
        over according across""".split()
    ),
}
# Openings that say whose words or figures the sentence gives ("Secondo il sindaco, ...",
# "According to the study, ..."): left out, with the name in apposition after them.
_ATTRIBUTION = {
    "it": re.compile(r"(?i)^(?:secondo|stando a|per)\b"),
    "en": re.compile(r"(?i)^(?:according to|in the words of)\b"),
}
_NAME_APPOSITION = re.compile(r"^(?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+, ")
_YEAR_AFTER_DAY = re.compile(r"^\d{4}, ")
# Sentence adverbs that only link a sentence to the one before: they are left out.
_LINKS = {
    "it": frozenset(
        """inoltre infatti tuttavia però intanto quindi dunque infine poi successivamente
        inizialmente nel frattempo comunque""".split()
    ),
    "en": frozenset(
        """however meanwhile also moreover furthermore finally overall instead still then
        so besides""".split()
    ),
}
# Words that say how small or large a figure is ("appena 9 punti", "only 12 seats"): the
# figure alone answers the question.
_HEDGES = {
    "it": r"appena|solo|soltanto|solamente|ben",
    "en": r"only|just|merely",
}
_HEDGED = {
    lang: re.compile(rf"(?<![\w’'-])(?:{words})\s+(?=\d|(?:un|una|due|tre|one|two|three)\b)", re.I)
    for lang, words in _HEDGES.items()
}
# Prepositions that rarely open a frame ("Di tono opposto il commento di ...").
_NOT_FRAMES = frozenset("di of".split())
# The longest opening phrase moved, in words.
_MAX_FRAME = 9
_RELATIVES = {
    "it": frozenset("che".split()),  # "il quale" is rare in news prose
    "en": frozenset("who which".split()),
}
_APPOSITION_OPENERS = {
    "it": ARTICLES["it"] | {"l’", "un’"},
    "en": frozenset("a an the".split()),
}


def _clause_start(rest: str, language: str) -> bool:
    """Whether `rest` opens a clause with its subject: an article, a name or a figure, and a
    finite verb somewhere after it."""
    toks = tokens(rest)
    if len(toks) < 3:
        return False
    first = toks[0]
    low = first.low
    if low in _LINKS[language] or is_gerund(first.text, language):
        return False
    subject = (
        low in ARTICLES[language]
        or low in {"l’", "un’"}
        or first.text[:1].isupper()
        or first.text[:1].isdigit()
    )
    if not subject or low in PREPOSITIONS[language] or low in ARTICULATED:
        return False
    for t in toks[1:12]:
        if t.text in ",;:":
            return False  # the verb comes after an aside, or there is none
        if t.low in AUXILIARIES[language]:
            return True
        if t.text[:1].islower() and "-" not in t.text and is_finite(t.text, language):
            return True
    return False


def _moved_frame(text: str, language: str) -> str | None:
    """'Nell'ultimo quarto, le orange hanno concesso 9 punti.' -> 'Le orange hanno concesso 9
    punti nell'ultimo quarto.': the opening phrase goes to the end of the clause it frames
    (before the clause's first comma). An attribution ('According to the study, ...') or a
    linking adverb ('However, ...') is left out."""
    head, comma, rest = text.partition(", ")
    if not comma:
        return None
    if _YEAR_AFTER_DAY.match(rest):  # "On March 3, 2024, the lake ..."
        year, _, rest = rest.partition(", ")
        head = f"{head}, {year}"
    words = head.split()
    first = words[0].lower()
    if first in _LINKS[language] and len(words) == 1:
        return _sentence(rest) if _clause_start(rest, language) else None
    if len(words) > _MAX_FRAME or "«" in head or "“" in head or '"' in head:
        return None
    attribution = _ATTRIBUTION[language].match(head) is not None
    if not attribution and not _frames(words, language):
        return None
    if any(is_finite(w, language) for w in words[1:] if w[:1].islower()):
        return None  # a clause of its own ("Dopo che la giunta ha approvato, ...")
    if attribution:
        rest = _NAME_APPOSITION.sub("", rest, count=1)  # "Secondo il sindaco, Mario Rossi, ..."
    if not _clause_start(rest, language):
        return None
    if attribution:
        return _sentence(rest)
    frame = head if _is_name(head) else _lower_opening(head)
    clause, comma, after = rest.partition(", ")
    if comma:
        return upper_first(f"{clause} {frame}, {after}")
    body = rest.rstrip()
    end = "."
    if body[-1:] in ".!":
        body, end = body[:-1], body[-1]
    return upper_first(f"{body} {frame}{end}")


def _frames(words: list[str], language: str) -> bool:
    """Whether a phrase of `words` may frame a clause: it opens with a preposition or a word
    of time ('Last year', 'Lo scorso anno')."""
    first = words[0].lower()
    if first in _FRAME_OPENERS[language]:
        return True
    if first in PREPOSITIONS[language] and first not in _NOT_FRAMES:
        return True
    if "’" in first and first.split("’")[0] + "’" in _FRAME_OPENERS[language]:
        return True
    return language == "it" and any(w.lower().startswith(("scors", "prossim")) for w in words)


def _lower_opening(head: str) -> str:
    word, space, rest = head.partition(" ")
    if word[1:].islower() and not _is_name(rest):
        return word.lower() + space + rest
    return head


def _is_name(phrase: str) -> bool:
    word = phrase.split(" ", 1)[0]
    return word[:1].isupper() and word[1:2].isupper()


def _sentence(rest: str) -> str:
    return upper_first(rest.strip())


def _without_hedge(text: str, language: str) -> str | None:
    """'hanno concesso appena 9 punti' -> 'hanno concesso 9 punti'."""
    out = _HEDGED[language].sub("", text)
    return out if out != text else None


def _without_apposition(text: str, language: str) -> str | None:
    """'Macnas, the Galway street theatre company, drew 45,000 people' -> 'Macnas drew 45,000
    people': a phrase between commas that opens with an article after a name, when a verb
    follows it."""
    for m in re.finditer(r"(?<=[\w’)]), ([^,;:«»“”\"()]{3,80}?), ", text):
        inner = m.group(1)
        first = inner.split(" ", 1)[0].lower()
        if first not in _APPOSITION_OPENERS[language]:
            continue
        before = text[: m.start()].split()
        if not before or not before[-1][:1].isupper():
            continue
        after = text[m.end() :].split(" ", 1)[0]
        if after.lower() in _RELATIVES[language]:
            return text[: m.start()] + text[m.end() - 2 :]  # the relative clause stays
        if after[:1].islower() and "-" not in after and is_finite(after, language):
            return text[: m.start()] + " " + text[m.end() :]
    return None


def _relative_alone(text: str, language: str) -> str | None:
    """'Peter Lowe, who has lived on Johnstone Street for 31 years, said ...' -> 'Peter Lowe
    has lived on Johnstone Street for 31 years.': a relative clause between commas after a
    name, read as a sentence of its own."""
    clause = r"(?:[^,;:«»“”\"()]|,(?=\S)){5,160}?"
    for m in re.finditer(rf"(?<=[\w’)]), (\w+) ({clause})(?:, |\.$|$)", text):
        if m.group(1).lower() not in _RELATIVES[language]:
            continue
        clause = m.group(2)
        verb = clause.split(" ", 1)[0]
        if not (verb.lower() in AUXILIARIES[language] or is_finite(verb, language)):
            continue
        name = _name_before(text[: m.start()], language)
        if name is None:
            continue
        return f"{name} {clause.rstrip('.')}."
    return None


def _name_before(text: str, language: str) -> str | None:
    """The run of capitalised words that ends `text` ('... said Peter Lowe' -> 'Peter
    Lowe'), not the first word of the sentence alone. A single name after a noun is part of
    a phrase the relative may be about ('il decreto Rilancio, che ...')."""
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and word[-1:].isalnum():
            run.append(word)
        elif run and word.lower() in {"de", "di", "da", "van", "von", "der", "del", "della"}:
            run.append(word)
        else:
            break
    if not run or run[-1][:1].islower():
        return None
    if len(run) == len(words) and len(run) == 1:
        return None
    if len(run) == 1 and len(words) > 1:
        before = words[-2].lower()
        if before not in ARTICLES[language] and before not in PREPOSITIONS[language]:
            if before not in ARTICULATED and before[-1:].isalpha():
                return None
    return " ".join(reversed(run))


Transform = Callable[[str, str], "str | None"]
TRANSFORMS: tuple[Transform, ...] = (
    _moved_frame,
    _without_hedge,
    _without_apposition,
    _relative_alone,
)
# How many transforms one statement may have gone through.
_DEPTH = 2


def statements(sentences: tuple[Sentence, ...], language: str) -> Iterator[Sentence]:
    """The simpler statements of each sentence, each with its sentence as `source`."""
    for s in sentences:
        if s.lead is not None:
            continue
        seen = {s.text}
        frontier = [s.text]
        for _ in range(_DEPTH):
            found = []
            for text in frontier:
                for transform in TRANSFORMS:
                    out = transform(text, language)
                    if out is not None and out not in seen:
                        seen.add(out)
                        found.append(out)
                        yield replace(s, text=out, source=s.text)
            frontier = found
