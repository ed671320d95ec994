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

in_situ_figures.py reads the figure and its wh-phrase, in_situ_names.py a name's,
in_situ_clause.py the clause around it and whether it reads alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..candidate import Candidate
from ..chunks import tokens
from ..document import Document, Sentence
from ..text import contains_phrase, core, squash
from ..verbs import AUXILIARIES, is_finite, is_participle
from . import in_situ_names as names
from .in_situ_clause import (
    CONNECTIVE,
    DETERMINERS,
    OPENING_PREPOSITIONS,
    clause_end,
    clause_start,
    has_verb,
    in_opening_participle,
    reads_alone,
    spoken,
    without_appositions,
)
from .in_situ_figures import figure
from .numbers.words import NUMBER_WORDS
from .subject import agrees_with_entry, explicit_subject

# Below the questions the other extractors phrase (0.7 and up), above any cloze.
SCORE = 0.55
# An in-place question reads its clause whole: beyond this it is a sentence to wade through.
MAX_WORDS = 28
_FIGURE_TYPES = frozenset({"number", "percent", "year", "date"})  # asked of a cloze's figure
_NAME_TYPES = frozenset({"person", "thing", "city", "org", "place"})
_TYPES = _FIGURE_TYPES | _NAME_TYPES


def extract(
    found: Iterable[Candidate], doc: Document, derived: Iterable[Sentence] = ()
) -> Iterator[Candidate]:
    """A question in place of each figure a cloze of `found` hides that no question of its
    sentence asks, in its sentence or in one of the simpler statements of it (`derived`: the
    document's statements, see statements.py)."""
    found = list(found)
    answered: dict[tuple[int, int], list[str]] = {}  # the answers each sentence's questions ask
    for c in found:
        if c.question is not None:
            answered.setdefault((c.sentence.block, c.sentence.position), []).append(core(c.answer))
    stated: dict[tuple[int, int], list[Sentence]] = {}  # a sentence's statements
    for st in derived:
        stated.setdefault((st.block, st.position), []).append(st)
    for c in found:
        if c.question is not None or c.answer_type not in _TYPES or c.cloze is None:
            continue
        s = c.sentence
        where, answer = (s.block, s.position), core(c.answer)
        if s.source is not None or s.lead is not None:
            continue
        if any(_same_figure(answer, other) for other in answered.get(where, ())):
            continue  # asked already, maybe in more words ("4,8 milioni di euro")
        start = c.cloze.find("{{c1::")
        end = start + len(c.answer)
        if start < 0 or c.cloze.count("{{c") != 1 or s.text[start:end] != c.answer:
            continue
        built = in_situ(s, start, end, doc.language, c.answer_type)
        if built is None:
            restated = _in_statement(
                s, c.answer, stated.get(where, ()), doc.language, c.answer_type
            )
            if restated is None:
                continue
            s, built = restated
        answered.setdefault(where, []).append(answer)
        question, answer = built
        if _OPENING_QUALIFIER.match(answer) or _spelled_opening(answer, doc.language):
            answer = answer[:1].lower() + answer[1:]  # "About 380", "Fourteen" opened it
        kind = {"year": "date", "date": "date", "person": "entity", "thing": "entity"}.get(
            c.answer_type, "number" if c.answer_type in _FIGURE_TYPES else "entity"
        )
        accept = (c.answer,) if core(answer) != core(c.answer) else ()
        yield Candidate(kind, s, SCORE, answer, question, None, accept, c.answer_type, c.topic)


# The words that name the whole a share is of, right after it: "of", "di" and its forms.
_OF_THE_WHOLE = re.compile(r"^\s+(?:of|di|del|della|dello|dei|degli|delle|dell’)\b")


def _share_of_nothing(head: str, after: str, answer_type: str) -> bool:
    """Whether a percentage or a fraction is the subject of its clause with no whole named
    after it ('just 11.2% were seen within nine weeks'): asked alone, it is a share of
    nothing."""
    if answer_type not in ("percent", "fraction"):
        return False
    head = _HEDGES_AT_END.sub("", head.rstrip())
    if head.strip(" ,") and not head.endswith(","):
        return False  # "Wales produced 33% ...": a verb's share, not its clause's subject
    return _OF_THE_WHOLE.match(after) is None


# Words that hedge a share, left before it: "just 11.2%", "solo il 12%".
_HEDGES_AT_END = re.compile(
    r"(?:(?:^|\s)(?:just|only|about|around|some|nearly|almost|over|appena|solo|soltanto|circa"
    r"|quasi|oltre|il|l’))+$",
    re.IGNORECASE,
)


def _after_a_participle(before: str, head: str, language: str) -> bool:
    """Whether a figure comes right after a participle that describes a noun in a phrase
    with no verb of its own yet ('le forme stagionate 12 mesi', 'cheese aged 12 months'):
    the figure modifies the subject, not what the clause says."""
    words = before.split()
    if not words or has_verb(head, language):
        return False
    word = words[-1]
    return word.isalpha() and word.islower() and is_participle(word, language)


# Words that open a relative clause.
_RELATIVES = frozenset("that which who whom whose che cui".split())


def _noun_and_relative(text: str, language: str) -> bool:
    """Whether a statement opens with a noun's phrase and its relative clause before any verb
    of its own, which may be all there is of it: 'A debate that ran for 3 hours and ended in
    a vote', 'A four-hour debate in City Hall that was interrupted twice'."""
    words = text.split()
    if not words or words[0].lower() not in DETERMINERS[language]:
        return False
    for word in words[1:]:
        low = word.lower().strip(",")
        if low in _RELATIVES:
            return True
        if low in AUXILIARIES[language] or (word.islower() and is_finite(low, language)):
            return False
    return False


def _in_statement(
    s: Sentence, figure: str, stated: Iterable[Sentence], language: str, answer_type: str
) -> tuple[Sentence, tuple[str, str]] | None:
    """The figure asked in place in a simpler statement of its sentence (`stated`), when the
    sentence's own clause does not read alone: its pronoun named ('It protects 54 homes' ->
    'The scheme protects how many homes?'), its entry named, a clause of its own."""
    if "?" in s.text or spoken(s.text):
        return None  # what someone said stays theirs, whatever a statement leaves of it
    for st in stated:
        if _noun_and_relative(st.text, language):
            continue  # "A debate that ran for 3 hours and ended in a vote": no clause of its own
        at = st.text.find(figure)
        if at < 0 or st.text.find(figure, at + 1) >= 0:
            continue
        built = in_situ(st, at, at + len(figure), language, answer_type)
        if built is not None:
            return st, built
    return None


def _spelled_opening(answer: str, language: str) -> bool:
    """Whether an answer opens with a number in words that opened its sentence ('Fourteen')."""
    first = answer.split(None, 1)[0] if answer else ""
    return first[:1].isupper() and first.lower() in NUMBER_WORDS[language]


_OPENING_QUALIFIER = re.compile(
    r"(?:About|Around|Almost|Nearly|More|Fewer|Less|Over|Under|Up|Some|Roughly|Circa|Oltre"
    r"|Quasi|Più|Meno|Almeno|Fino)\b"
)


# The counted noun after a figure, moved with it: "Within 40| minutes| the flames ...".
_MOVED_NOUN = re.compile(r"\s+([a-z][\w-]*)(?=[\s,])")


# A figure set in its clause between commas with its preposition: ", in 1809,".
_SET_OFF_BEFORE = re.compile(r",\s+(?:[a-z]+\s+)?$")
# A relative clause set off by a comma before the figure: the figure may be the clause's.
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|che|cui|dove|il quale|la quale)\s")


# A subject pronoun right after the comma that ends the question: what came before was a phrase
# that opens the sentence, not its clause.
_SUBJECT_AFTER = re.compile(r",\s+(?:it|he|she|they|we|esso|essa|essi|esse)\s")


def _set_off_phrase(wh: str, tail: str, language: str) -> bool:
    """Whether a wh-phrase that opens its question with a preposition ends a phrase set off
    by a comma before the clause: 'Di quanti| partecipanti, 41 avevano ...'."""
    first = wh.split(None, 1)[0].lower()
    if first not in OPENING_PREPOSITIONS[language] and first not in ("di", "da", "of"):
        return False
    comma = tail.find(", ")
    return comma >= 0 and not has_verb(tail[:comma], language)


# A clause joined to the one before by a comma and a conjunction, its subject a noun's phrase
# or a name: ", but the promoter ...", ", e il Comune ...".
_JOINED_CLAUSE = {
    "en": re.compile(r".*,\s+(?:but|and|while|whereas)\s+(?=(?:the|a|an|[A-Z])\b|[A-Z])"),
    "it": re.compile(r".*,\s+(?:ma|e|mentre)\s+(?=(?:il|lo|la|i|gli|le|un|una|uno)\b|l’|[A-Z])"),
}


def _without_trailing_aside(question: str, wh: str, language: str) -> str:
    """A long question without the phrase set off by a comma after its wh-phrase, when that
    phrase holds no verb: '... ticket sales of how much, a record for a women’s boxing card
    in Ireland?' -> '... ticket sales of how much?'."""
    at = question.lower().find(wh.lower())
    comma = question.find(", ", at + len(wh)) if at >= 0 else -1
    if comma < 0 or has_verb(question[comma + 2 :], language):
        return question
    return question[:comma] + "?"


def _verb_first(tail: str) -> bool:
    """Whether the Italian words after a wh-phrase that opens its question open with their
    verb, no subject before it ('| ha in carico ...', '| si trova ...')."""
    first = tail.split(None, 1)[0].lower() if tail.strip() else ""
    return first in AUXILIARIES["it"] or first in ("si", "ci", "ne") or is_finite(first, "it")


def _same_figure(a: str, b: str) -> bool:
    """Whether two answers (their cores) give the same figure, one with more words: '4,8
    milioni' and '4,8 milioni di euro', '14,300' and 'about 14,300'."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def in_situ(
    s: Sentence, start: int, end: int, language: str, answer_type: str
) -> tuple[str, str] | None:
    """(question, answer) of the figure at text[start:end] asked in place, or None."""
    text = s.text
    if "?" in text:
        return None  # "What is new in 2026?": a question of the article's own
    if text.count(" - ") >= 2 or " | " in text:
        return None  # "By Gwen Roberts - 6 May 2026 - Reading time: 4 minutes": a byline
    if spoken(text) or "(" in text[:start] and ")" not in text[:start].rsplit("(", 1)[1]:
        return None
    if answer_type in _NAME_TYPES:
        found = names.asked_name(text, start, end, language, answer_type)
    else:
        found = figure(text, start, end, language, answer_type)
    if found is None:
        return None
    a, b, wh, answer = found
    left = clause_start(text, a, language)
    if left is None:
        return None
    right = clause_end(text, b, language)
    if _SUBJECT_AFTER.match(text, right):
        return None  # "Originally a trading post established in 1812|, it is now ...": no clause
    head = text[left:a]
    if _SET_OFF_BEFORE.search(head) and text[b : b + 1] == ",":
        return None  # "the birthplace|, in 1809,| of Charles Darwin": a phrase set in
    if _SET_OFF_RELATIVE.search(head):
        return None  # "The trust, which coordinates work with how many landowners, ..."
    if not head.strip() and _set_off_phrase(wh, text[b:], language):
        return None  # "Dei 312 partecipanti, 41 avevano ...": the phrase is set off, no clause
    if _share_of_nothing(head, text[b:], answer_type):
        return None  # "..., just 11.2% were seen": a share of what, the sentence before says
    if head.endswith(", ") or (language == "it" and head.endswith(" che ")):
        # a figure that opens a phrase set off by a comma has no clause of its own; nor one
        # right after "che" ("ha annunciato che in che anno investirà ...")
        return None
    connective = CONNECTIVE[language].match(head)
    if connective is not None:
        head = head[connective.end() :]
    head = without_appositions(head, language)
    if _after_a_participle(text[:a], head, language):
        return None  # "La quotazione delle forme stagionate quanti mesi, ...": no clause yet
    if answer_type == "fraction" and head.strip(" ,") and not has_verb(head, language):
        return None  # "The star, a red dwarf what share of the Sun’s mass, ...": a noun's
    tail = text[b:right]
    opening = head.strip(" ,")
    first = opening.split(None, 1)[0].lower() if opening else ""
    if first in OPENING_PREPOSITIONS[language] and not has_verb(opening, language):
        if language == "it" and len(opening.split()) > 2:
            return None  # "Nei primi quanti minuti ...": the figure is inside the phrase
        if language == "en" and " " in opening:
            return None
    if in_opening_participle(opening, language):
        return None  # "Known as which lake, the dam ...": the phrase has no clause
    if language == "en" and opening.lower() in OPENING_PREPOSITIONS["en"]:
        # "In 1989 the museum opened." -> "The museum opened in what year?"; "Within 40
        # minutes the flames had spread" -> "The flames had spread within how many minutes?"
        noun = _MOVED_NOUN.match(tail) if wh == "how many" else None
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
        if language == "it" and not head.strip() and _verb_first(tail) and s.entry is not None:
            if not agrees_with_entry(tokens(tail), s.entry, language):
                return None  # "Nel gennaio 2025 sono usciti ...": others than the entry
            tail = f" {s.entry.phrase}{tail}"  # "Dal 2010 ha in carico ...": the entry's verb
        question = f"{head}{wh}{tail}".rstrip(" ,;:.!") + "?"
    question = squash(question.replace(" also ", " "))
    question = question[:1].upper() + question[1:]
    if left == 0 and connective is None and head:
        question = explicit_subject(question, s, language)
    if len(question.split()) > MAX_WORDS:
        question = _without_trailing_aside(question, wh, language)
    if len(question.split()) > MAX_WORDS:
        # The clause joined after a comma, asked alone: "The purse was not disclosed, but |
        # the promoter said the event had generated ticket sales of how much?"
        joined = _JOINED_CLAUSE[language].search(text, left, a)
        if joined is None:
            return None
        rest = text[joined.end() :]
        k = joined.end()
        return in_situ(
            replace(s, text=rest[:1].upper() + rest[1:]), start - k, end - k, language, answer_type
        )
    if not reads_alone(question, language):
        return None
    if contains_phrase(question, answer) or (
        core(answer) and contains_phrase(question, text[start:end])
    ):
        return None
    return question, answer
