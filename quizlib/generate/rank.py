"""Rank candidates and keep the best: no leaks, no near-duplicates, a few cards a sentence."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from .candidate import REMARK, Candidate
from .lexicon import ARTICLES, ARTICULATED, MONTH_WORDS, MONTHS, PAIR_AND, WEEKDAYS
from .pointing import points_back
from .text import QUOTATION, contains_phrase, core, fold
from .verbs import IT_PARTICIPLE_FORM, holds_finite, may_be_present

MIN_SCORE = 0.3
MIN_CLOZE = 0.36  # a name the article repeats five times is no fact worth a card
# A cloze of a fact no question of its sentence asks (a year beside the asked count): as
# strong as a second deletion, it keeps that fact in the deck.
OTHER_FACT_CLOZE = 0.45
MAX_QUESTIONS_PER_SENTENCE = 4
# What an entry is stays asked when its first sentence also gives dates, an acronym and a seat
# ("The Minor Planet Center (MPC) is ...; established in 1947 ..."): one more question for it.
DEFINITION_ROOM = 1
MAX_PER_ANSWER = 3
MAX_ANSWER_WORDS = 14
# A definition is recognised rather than recalled word by word: what an entry is may take a
# longer phrase ("il tributo comunale destinato a coprire i costi del servizio di raccolta e
# smaltimento dei rifiuti urbani").
MAX_DEFINITION_WORDS = 18
MAX_QUESTION_WORDS = 32
# Another fact of a sentence that already has a cloze becomes its next deletion ({{c2::}},
# {{c3::}}), as in an Anki note with several deletions, when it is this strong.
SECOND_DELETION = 0.45
MAX_DELETIONS = 3
# A sentence dense in figures ("112 nests along 38 km, against 74 in 2025: up 51%") keeps one
# more: a figure or a date may be a note's fourth deletion, a name may not.
MAX_FIGURE_DELETIONS = 4
_FIGURE_TYPES = frozenset({"number", "percent", "date", "year"})


def leaks(c: Candidate) -> bool:
    """Whether a question already gives its answer away (for a person, the surname too: "Chi
    è l’amministratore delegato di Ceresa?" -> Marco Ceresa)."""
    if c.question is None:
        return False
    if c.answer_type == "person" and " " in c.answer:
        surname = c.answer.rsplit(" ", 1)[1]
        if len(surname) > 2 and contains_phrase(c.question, surname):
            return True
    return any(contains_phrase(c.question, a) for a in (c.answer, *c.accept))


def acceptable(c: Candidate) -> bool:
    if not c.answer.strip() or not core(c.answer):
        return False
    # A definition, or what a person said (remarks.py), is recognised rather than recalled
    # word by word.
    most = (
        MAX_DEFINITION_WORDS
        if c.kind == "definition" or c.answer_type == REMARK
        else MAX_ANSWER_WORDS
    )
    if len(c.answer.split()) > most:
        return False
    if c.question is not None:
        if len(c.question.split()) > MAX_QUESTION_WORDS or leaks(c):
            return False
        if not well_formed(c.question, c.kind) or _cut_address(c.question, c.sentence.text):
            return False
    return c.score >= MIN_SCORE or c.question is None


# What no good question holds, whatever built it: in a question on a date, a part of a date
# (a weekday, or "del 6" of "del 6 e 7 febbraio" when the answer is the other half).
_DAY_LEFT = re.compile(r"\b(?:del|dal|tra|fra|between|from)\s+\d{1,2}\s*\?$")
_WORD = re.compile(r"\w+")
# The word that joins a range's two ends, stranded when the answer is one of them: "When will
# the system run from June 12 through?" (of "from June 12 through September 28").
_RANGE_ENDS = frozenset(["through"])


# A question cut before its noun ends with what opens a noun phrase or joins two: "Quanto ha
# stanziato la Regione per la?", "... of the?"; one cut before a clause, with what opens it:
# "... dredges so?". (English may end with a preposition: "What is it known for?"; Italian
# never does.)
_CUT_END_WORDS = (
    ARTICLES["it"]
    | ARTICLES["en"]
    | frozenset(ARTICULATED)
    | frozenset("and or e ed o che di a da con su per tra fra".split())
)
# English prepositions a question never strands, in small letters ("VIA" is an acronym): "...
# frozen during?" (of "during and after the pandemic").
_STRANDED_NEVER = frozenset("during despite than amid via throughout between".split())
# A participle joined to a name: "In what year was the province of British Columbia and
# created?" (a clause read from the middle of "owned by ... and created in 1962"); not to
# another participle ("controllata e garantita").
_JOINED_PARTICIPLE_END = re.compile(
    rf"\s[A-ZÀ-Þ][\w’'-]*\s(?:(?:and|or)\s+[a-z]+ed|(?:e|ed|o)\s+{IT_PARTICIPLE_FORM})\?$"
)
_END_REACH = 60  # characters: what the end tests read of a question


# A question's last word, as a sentence may go on with it: "through Recreation.gov".
_LAST_WORD = re.compile(r"(?<![\w’'.-])([\w’'-]+)\?$")


def _cut_address(question: str, text: str) -> bool:
    """Whether a question ends with a web address cut at its first point ('How much will each
    booking cost through Recreation?' of '... through Recreation.gov, on top of ...')."""
    last = _LAST_WORD.search(question)
    return last is not None and last.group(1) in _address_heads(text)


# A web address: the word before its first point, then the rest ("Recreation" of
# "Recreation.gov").
_ADDRESS = re.compile(r"(?<![\w’'.-])([\w’'-]+)\.[a-z]{2,}\b")


@lru_cache(maxsize=4096)  # a sentence's questions are checked one after the other
def _address_heads(text: str) -> frozenset[str]:
    """The words a text writes before the first point of a web address (see _ADDRESS): one
    scan of the text for all its questions, not a pattern compiled for each."""
    return frozenset(_ADDRESS.findall(text)) if "." in text else frozenset()


def _cut_end(question: str) -> bool:
    body = question.rstrip("? ")
    if body.endswith("’"):
        return True  # "dell’?"
    if _OWNER_LEFT.search(body, max(0, len(body) - 20)):
        return True  # "in each of the men’s?" (of "the men’s and women’s singles events")
    last = body[body.rfind(" ") + 1 :]
    if body.lower().endswith(_NUMBERED_ONE):
        return False  # "il problema numero uno": 'uno' is the number
    return last.lower() in _CUT_END_WORDS or last in _STRANDED_NEVER


_NUMBERED_ONE = (" numero uno", " n. uno")
# A common noun's possessive with no noun after it ("the men’s"); a name's may end a question
# ("Where is St John’s?").
_OWNER_LEFT = re.compile(r"\s[a-z]+[’']s$")


# Marks of a web page's menus and bylines, never of a sentence: "Accetta | Rifiuta", "Redazione
# · 26 novembre".
_PAGE_MARKS = ("|", "·")


# An Italian subjunctive that only a clause with "che" may hold, never a question's main verb:
# "Entro quando i primi 400 appartamenti siano pronti?" (of "prevede che ... siano pronti").
_IT_SUBJUNCTIVE = re.compile(
    r"^[^“”«»\"]*?\s(?:sia|siano|venga|vengano|abbia|abbiano|possa|possano)\s(?![^“”«»\"]*[”»])"
)


# An English auxiliary before a capitalised preposition or time word: the opening frame of
# the sentence left where it stood, before the subject ("How many tonnes did Between July and
# October the fleet bring?", "When did In 2019 the council ...?").
_FRAME_LEFT_IN = re.compile(
    r"\b(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s"
    r"(?:Between|In|On|At|During|After|Before|From|Since|Until|Over|Throughout|Last|Earlier"
    r"|Later|By)\s"
    # or a preposition before the auxiliary, its object moved past it ("How many tonnes of
    # stone between did the quarry ship March and June?")
    r"|\s(?:between|in|on|at|from|of|for|with|by|during|until|since)"
    r"\s(?:did|does|do|has|have|had|is|are|was|were)\s"
    # or an adverb lowercased before a pronoun subject ("When did together they log ...?")
    r"|\b(?:did|does|do|has|have|had|is|are|was|were|will|would)\s[a-z]+\s(?:they|he|she|we)\s"
)


# The first half of a pair at the question's end, its "and" and second half cut off: "… on the
# A9 between Perth?" (a name or a figure after "between": "between the two bridges" is whole),
# "… tra novembre 2025?" (an Italian "tra" of a time: "tra tre settimane" is "in three weeks",
# so only a date after it reads as half a pair).
_HALF_PAIR = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?[A-Z\d](?:[^\s?]*\s+){0,3}[^\s?]+"
    r"|\b(?:tra|fra)\s+(?:il\s+|l’)?(?:\d{4}|(?:\d{1,2}\s+)?(?:"
    + "|".join(MONTHS["it"])
    + r")(?:\s+\d{4})?))\?$"
)


# An English question on a time whose auxiliary runs straight into its verb, the subject lost:
# "Since when has once been listed as endangered?".
_NO_SUBJECT = re.compile(
    r"^(?:When|Since when|By when|Until when|In what year)\s(?:has|have|had|did|does|do|is|are"
    r"|was|were|will)\s(?:(?:once|also|already|now|since)\s)?(?:been|be)\s"
)


# A question on a time whose subject is a "chi"/"who" clause taken from a quotation's reason:
# never a question ("Quando chi semina non può aspettare i tempi di Roma?", of "perché chi
# semina a ottobre non può aspettare").
_RELATIVE_SUBJECT = re.compile(
    r"^(?:(?:Da |Fino a |Entro |A )?[Qq]uando|When|Since when|Until when|By when|In che anno"
    r"|In what year)\s(?:chi|who)\s"
)


# What a verb of finding or saying reports after "that", at the question's end: its clause
# needs a verb ("… find that the island's little penguin colony?" lost "had disappeared").
_REPORTED_THAT = re.compile(
    r"\b(?:find|found|finds|show|showed|shows|say|said|says|report|reported|reports|warn"
    r"|warned|warns|estimate|estimated|estimates|claim|claimed|claims)\sthat\s(?P<clause>[^?]+)\?$"
)


# A figure asked as what a verb of saying takes: the figure was the subject of the clause it
# reported ("city biologists say more than 70 lakes ... now hold" -> "How many lakes do city
# biologists say?").
_FIGURE_SAID = re.compile(
    r"^(?:How many|How much)\b[^?“”«»]*\s(?:say|said|says|think|believe|claim)\?$"
    r"|^Quant[ioea](?:\s[^\s?]+){0,3}?\s(?:dice|dicono|ha detto|hanno detto|sostiene|sostengono"
    r"|ritiene|ritengono|afferma|affermano)\s"
)
# The subject of a second, gapped clause left at a question's end after the first clause's
# time or figure: "When will the museum reopen in May and the library?" (of "... in May and
# the library in September"), "Quando riaprirà il museo a maggio e la biblioteca?".
_MONTH_NAMES = "|".join(sorted(MONTH_WORDS))
# A name cut before 'and' taken for a subject, its verb joined to it: "When did Glens Borough
# Council and carry out ...?" (of "commissioned by Causeway Coast and Glens Borough Council and
# carried out ...").
_SUBJECT_AND_VERB = re.compile(
    r"\b(?:did|does|do|will|would|can|could)\s+(?:[A-Z][\w’'-]*\s+)+(?:and|or)\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|other|local|national)\b)[a-z]+\s"
)
_GAPPED_SUBJECT = re.compile(
    r"(?:\d|\b(?:" + _MONTH_NAMES + r"))"
    r"\s+(?:and|e|ed)\s+(?:(?:the|il|lo|la|i|gli|le)\s+|l[’'])"
    r"(?!(?:" + _MONTH_NAMES + r")\b)[^\W\d][\w’'-]*"  # a subject, no second time or figure
    r"(?:\s+[\w’'-]+)?\?$",
    re.IGNORECASE,
)
# An Italian articulated preposition before an article: never in a sentence ("Quando risale al
# l’ultima?", a preposition left where its object was taken out).
_PREPOSITION_ARTICLE = re.compile(
    r"\b(?:al|allo|alla|ai|agli|alle|del|dello|della|dei|degli|delle|dal|dallo|dalla|dai|dagli"
    r"|dalle|nel|nello|nella|nei|negli|nelle|sul|sullo|sulla|sui|sugli|sulle)"
    r"\s(?:(?:il|lo|la|i|gli|le)(?=[\s?])|l’)"
)


def _verbless_report(question: str) -> bool:
    m = _REPORTED_THAT.search(question)
    if m is None:
        return False
    words = m.group("clause").split()
    return not holds_finite(words, "en") and not any(may_be_present(w, "en") for w in words)


def _half_pair(question: str) -> bool:
    m = _HALF_PAIR.search(question)
    return m is not None and PAIR_AND.search(m.group(0)) is None


@lru_cache(maxsize=8192)  # a statement's question is checked again with the document's
def well_formed(question: str, kind: str) -> bool:
    """Whether a question is free of the slips a rule of phrasing can make: a cut noun phrase
    (_cut_end), a participle joined to nothing (_JOINED_PARTICIPLE_END), the marks of a page's
    menus (_PAGE_MARKS), an Italian subjunctive as the main verb (_IT_SUBJUNCTIVE), an opening
    frame left before the subject (_FRAME_LEFT_IN), half a pair at the end (_HALF_PAIR), a lost
    subject (_NO_SUBJECT) or one that is a 'chi'/'who' clause (_RELATIVE_SUBJECT), a reported
    clause with no verb (_REPORTED_THAT), a demonstrative that needs the sentence before
    (pointing.py), the subject of a gapped clause (_GAPPED_SUBJECT) and, in a question on a
    date, a part of a date (_DAY_LEFT)."""
    if _cut_end(question) or any(mark in question for mark in _PAGE_MARKS):
        return False
    if kind in _FIGURE_TYPES and " che " not in question and _IT_SUBJUNCTIVE.match(question):
        return False
    if _JOINED_PARTICIPLE_END.search(question, max(0, len(question) - _END_REACH)):
        return False
    if _half_pair(question) or _NO_SUBJECT.match(question) or _RELATIVE_SUBJECT.match(question):
        return False
    if _FRAME_LEFT_IN.search(QUOTATION.sub("", question)):
        return False
    if _verbless_report(question) or _FIGURE_SAID.match(question):
        return False
    if _PREPOSITION_ARTICLE.search(question):
        return False
    if _GAPPED_SUBJECT.search(question, max(0, len(question) - _END_REACH)):
        return False
    if _SUBJECT_AND_VERB.search(question):
        return False
    if kind != "quote" and points_back(question):  # a speaker's own "these" is his words'
        return False
    if kind == "date":
        words = _WORD.findall(question.lower())
        return (
            WEEKDAYS.isdisjoint(words)
            and _DAY_LEFT.search(question) is None
            and words[-1] not in _RANGE_ENDS
        )
    return True


def _similar(a: str, b: str) -> bool:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.75


_DELETION = re.compile(r"\{\{c(\d+)::(.*?)\}\}")


def _deletions(c: Candidate) -> dict[tuple[int, int], int] | None:
    """Where a cloze hides its answers in its sentence: the number of each deletion by its
    (start, end); None when its text is not the sentence's with spans hidden."""
    cloze = c.cloze or ""
    numbered: dict[tuple[int, int], int] = {}
    plain: list[str] = []  # the cloze's text with its deletions shown, piece by piece
    shown = 0  # characters of the plain text before a deletion
    pos = 0  # the end of the last deletion in the cloze
    for m in _DELETION.finditer(cloze):
        hidden = m.group(2)
        plain.append(cloze[pos : m.start()])
        start = shown + m.start() - pos
        numbered[(start, start + len(hidden))] = int(m.group(1))
        plain.append(hidden)
        shown = start + len(hidden)
        pos = m.end()
    if not numbered or "".join(plain) + cloze[pos:] != c.sentence.text:
        return None
    return numbered


def _with_another_deletion(first: Candidate, other: Candidate) -> Candidate:
    """`first` with the answer of `other` hidden too, as its next number ({{c2::...}},
    {{c3::...}}): several facts of one sentence, one note, as in Anki. Unchanged when the
    spans overlap, the answer is hidden already or the note has all its deletions (_room)."""
    have, new = _deletions(first), _deletions(other)
    if have is None or new is None or len(new) != 1 or len(have) >= _room(other):
        return first
    (b,) = new
    if any(not (a[1] <= b[0] or b[1] <= a[0]) for a in have):
        return first
    text = first.sentence.text
    if any(core(text[a[0] : a[1]]) == core(other.answer) for a in have):
        return first
    have[b] = len(have) + 1
    out, pos = [], 0
    for (start, end), number in sorted(have.items()):
        out.append(text[pos:start] + f"{{{{c{number}::{text[start:end]}}}}}")
        pos = end
    out.append(text[pos:])
    return replace(first, cloze="".join(out))


def _room(other: Candidate) -> int:
    """How many deletions a note may hold with `other` among them: one more for a figure."""
    return MAX_FIGURE_DELETIONS if other.answer_type in _FIGURE_TYPES else MAX_DELETIONS


Where = tuple[int, int]  # a sentence's (block, position)


def _questions_room(c: Candidate) -> int:
    """How many questions a sentence may hold with `c` among them: one more for a definition."""
    return MAX_QUESTIONS_PER_SENTENCE + (DEFINITION_ROOM if c.kind == "definition" else 0)


def select(candidates: list[Candidate], max_cards: int | None = None) -> list[Candidate]:
    """The cards worth keeping among acceptable candidates, in the order of the article."""
    order = {id(c): i for i, c in enumerate(candidates)}
    pool = sorted(candidates, key=lambda c: -c.score)
    kept: list[Candidate] = []
    seen_text: set[str] = set()
    facts: set[tuple[Where, str]] = set()  # (sentence, answer) already asked as a question
    per_sentence: dict[Where, int] = defaultdict(int)
    clozed: dict[Where, int] = {}  # the index in `kept` of each sentence's cloze
    per_answer: dict[tuple[str, str], list[str]] = defaultdict(list)
    same_fact: set[tuple[str, Where, str]] = set()  # (kind, sentence, answer) asked already
    for c in pool:
        # The cheap tests first: most clozes are dropped before their text is folded.
        where = (c.sentence.block, c.sentence.position)
        fact = (where, core(c.answer))
        if c.question is None:
            if where in clozed:
                if c.score >= SECOND_DELETION and fact not in facts:
                    k = clozed[where]
                    merged = _with_another_deletion(kept[k], c)
                    order[id(merged)] = order[id(kept[k])]
                    kept[k] = merged
                continue
            if fact in facts or c.score < MIN_CLOZE:
                continue
            text = fold(c.question or c.cloze or "")
            if text in seen_text:
                continue
            clozed[where] = len(kept)
        else:
            if per_sentence[where] >= _questions_room(c):
                continue
            if c.kind == "role" and (c.kind, *fact) in same_fact:
                continue  # "Who is X?" and "What office does X hold?": one fact, one card
            text = fold(c.question or c.cloze or "")
            if text in seen_text:
                continue
            same = per_answer[(c.kind, core(c.answer))]
            if len(same) >= MAX_PER_ANSWER or any(_similar(c.question, q) for q in same):
                continue
            same.append(c.question)
            per_sentence[where] += 1
            facts.add(fact)
            same_fact.add((c.kind, *fact))
        seen_text.add(text)
        kept.append(c)
    # A cloze that hides what a question of the same sentence asks is a duplicate; beside
    # questions, a cloze is worth a card of its own when it hides another fact well enough.
    asked = {where for where, _answer in facts}
    kept = [
        c
        for c in kept
        if c.question is not None
        or (
            ((c.sentence.block, c.sentence.position), core(c.answer)) not in facts
            and (
                (c.sentence.block, c.sentence.position) not in asked or c.score >= OTHER_FACT_CLOZE
            )
        )
    ]
    if max_cards is not None:
        kept = kept[: max(0, max_cards)]
    return sorted(kept, key=lambda c: (c.sentence.block, c.sentence.position, order[id(c)]))
