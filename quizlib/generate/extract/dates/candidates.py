"""The date questions of a document: every date span of a sentence, asked by the first
shape that fits, a cloze where none does."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...candidate import Candidate
from ...chunks import (
    Token,
    index_at,
    tokens,
)
from ...document import Document, Sentence
from ...text import strip_punct
from ...verbs import is_participle, is_verb_lemma
from ..subject import refers_to_entry
from .absolutes import with_phrase_question
from .clauses import (
    _BARE_RANGE_START,
    _DEADLINE_IN,
    _JOINED_IN,
    _SUBORDINATOR_IN,
    _WHOLE_OF,
    _WITH_DONE,
    _at_what_time,
    _clause_question,
    _date_first_question,
    _deadline_question,
    _hour_question,
    _in_small_letters,
    _last_clause,
    _not_until,
    _range_end_alone,
    _since,
    _subordinate_question,
    _time_given_question,
    _with_preposition,
    _year_of_compared,
    _year_of_figure,
    _year_of_noun,
)
from .conditions import since_event, without_schedule_condition
from .events import event_noun_question, follows_event_noun
from .grammar import _entry_question
from .italian import _it_wh_question, _subject_was_complement
from .last_time import last_time_question
from .named_times import when_clause_said
from .openings import (
    _after_dateline,
    _colon_clause,
    _date_after_opening,
    _dateline_end,
    _main_clause,
    _opens_with_participle,
    _opens_with_phrase,
    _opens_with_verb,
    entry_date_last,
    without_opening_aside,
    without_relative_day,
)
from .phrases import (
    _HAS_AND,
    _NOT_SINCE,
    _NOT_SINCE_MODAL,
    _OF_DATE,
    _OPENING_ADVERBS,
    _SINCE_PREPS,
    _apposition_question,
    _event_of_question,
    _noun_question,
    _object_apposition_question,
    _opening_end,
    _opening_lead,
    _opening_participle,
)
from .relatives import (
    _PREDICATE_IN,
    _RELATIVE_IN,
    _apposed_relative_question,
    _dropped_subject_question,
    _postverbal_question,
    _predicate_relative_question,
    _present_s_question,
    _relative_question,
    _whose_question,
    restrictive_relative,
)
from .spans import DateSpan, find_dates


@dataclass
class _Shapes:
    """Cheap tests, once a sentence (or a clause of it), of the shapes the rules look for; the
    dearer ones are taken only when a rule needs them, then kept for the next date."""

    opening: bool
    relative: bool
    predicate_relative: bool
    postverbal: bool | None = None
    cut: bool | None = None
    about_entry: bool | None = None


def _shapes(text: str, toks: list[Token], language: str) -> _Shapes:
    return _Shapes(
        _opens_with_participle(toks, language),
        bool(_RELATIVE_IN[language](text)),
        _PREDICATE_IN[language].search(text) is not None,
    )


# A question of a deed done before now: an English "did"/"was"/"has", an Italian auxiliary or
# a simple past ("approvò").
_PAST_QUESTION = {
    "en": re.compile(
        r"^(?:When|In what year|On what date|On what day|Since when) "
        r"(?:did|was|were|had|has|have)\b"
    ),
    "it": re.compile(
        r"\b(?:ha|hanno|è|sono|era|erano|fu|furono|aveva|avevano|venne|vennero)\b"
        r"|\b\w+(?:ò|arono|erono|irono)\b"
    ),
}


def _past_question(question: str, language: str) -> bool:
    """Whether a date question asks of a deed in the past ('When did the council approve
    ...?'), not of one in the present ('When do residents remember ...?')."""
    return _PAST_QUESTION[language].search(question) is not None


# The cheap test of a relative clause with no comma before it.
_RESTRICTIVE_IN = {
    "en": lambda text: " that " in text or " who " in text,
    "it": lambda text: " che " in text,
}


# A date set off after a noun by a word of expectation (", due in 2027", ", prevista per il
# 2027"): it is the noun's date, which the clause's verb does not have.
_EXPECTED_BEFORE = {
    "en": re.compile(r",\s(?:due|expected|scheduled|planned)\s(?:(?:in|on|by|for)\s(?:the\s)?)?$"),
    "it": re.compile(
        r",\s(?:previst[oaie]|attes[oaie]|programmat[oaie])\s(?:(?:per|nel|nell’|entro)\s?(?:il\s|la\s)?)?$"
    ),
}


_WITH_IN = {"en": ", with ", "it": ", con "}


def _in_described_opening(toks: list[Token], at: int, language: str) -> bool:
    """Whether the date at token `at` is in a participle phrase after the bare noun phrase that
    opens the sentence ('A former mill built in 1790, the museum ...'): the phrase tells what
    the subject after it is, and only it asks the date."""
    first = _opening_lead(toks, language)[0]
    if first < 1 or toks[0].low in _OPENING_ADVERBS or not first < at:
        return False
    comma = _opening_end(toks, first + 1, language)
    return comma is not None and at < comma and _opening_participle(toks, at, language) is not None


def _ask(
    s: Sentence, toks: list[Token], span: DateSpan, doc: Document, shapes: _Shapes
) -> tuple[str | None, float]:
    """The question of the date `span` in sentence `s` by the first rule that finds one, and
    its score."""
    language = doc.language
    if _EXPECTED_BEFORE[language].search(s.text, 0, span.start):
        return None, 0.0  # "a national action plan on AMR, due in 2027": the plan's date
    at = index_at(toks, span.start)
    question = None
    score = 0.0
    if _WITH_IN[language] in s.text and not span.is_range:
        question = with_phrase_question(s.text, span, language)  # ", with the first beans ..."
        if question is not None:
            return question, 0.7
    if s.entry is not None and not span.is_range and shapes.about_entry is None:
        shapes.about_entry = refers_to_entry(s, language)
    if s.entry is not None and not span.is_range and shapes.about_entry:
        question = _entry_question(s, toks, at, span, language)
        score = 0.9
    if question is None and not span.is_range:
        question = _apposition_question(s, toks, at, span, doc, shapes.opening)
        score = 0.85
    if question is None and shapes.opening and _in_described_opening(toks, at, language):
        return None, 0.0  # "A former mill built in 1790, the museum ...": no "did a mill build"
    if question is None and not span.is_range and at > 2 and "," in s.text[: span.start]:
        question = _object_apposition_question(s, toks, at, span, doc)
        score = 0.8
    if question is None and shapes.relative:
        question = _relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and not span.is_range and (" cui " in s.text or ", whose " in s.text):
        question = _whose_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "en" and " that " in s.text:
        question = _apposed_relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and not span.is_range and _RESTRICTIVE_IN[language](s.text):
        restrictive = restrictive_relative(s, toks, at, span, language)
        if restrictive is not None:  # "the fires that destroyed 5,000 hectares in 2021"
            set_off, moved = restrictive
            set_toks = tokens(set_off.text)
            question = _relative_question(
                set_off, set_toks, index_at(set_toks, moved.start), moved, doc
            )
            score = 0.75
    if question is None and shapes.predicate_relative:
        question = _predicate_relative_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "it" and at > 0 and shapes.postverbal is None:
        shapes.postverbal = _opens_with_verb(toks)
    if question is None and language == "it" and (at == 0 or shapes.postverbal):
        question = _postverbal_question(s, toks, at, span, doc)
        if question is None and at == 0:
            question = _date_first_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and language == "it" and at > 2 and toks[at - 1].text == ",":
        opened = _date_after_opening(s, toks, at, span)
        question = _postverbal_question(*opened, doc) if opened else None
        score = 0.75
    if question is None and language == "it" and s.entry is not None and not span.is_range:
        question = _dropped_subject_question(s, toks, at, span, doc)
        score = 0.75
    if question is None and not span.is_range:
        question = _noun_question(s, toks, at, doc)
        score = 0.72
    event = (
        None
        if question is not None or span.is_range
        else event_noun_question(s.text, span, language)
    )
    if question is None:
        if shapes.cut is None:
            shapes.cut = (
                shapes.opening
                or _HAS_AND.search(s.text) is not None
                or _opens_with_phrase(toks, language)
            )
        clause = _main_clause(s, toks, span, language) if shapes.cut else (s, span)
        question = _clause_question(*clause, doc) if clause else None
        score = 0.7
    if event is not None and (question is None or not _past_question(question, language)):
        # "Residents remember the collapse of the Tay Bridge in 1879": the event's date, not
        # the remembering's; a past verb may own it ("approved the closure ... in 2017")
        question, score = event, 0.72
    elif (
        question is not None
        and not _past_question(question, language)
        and follows_event_noun(s.text, span, language)
    ):
        question = None  # "The plan follows the closure of the road in 2017": the closure's
    if question is None and language == "en" and not span.is_range:
        question = _present_s_question(s, toks, at, span, doc)
        score = 0.7
    if question is None and _SUBORDINATOR_IN[language].search(s.text, 0, span.start):
        question = _subordinate_question(s, span, doc)
    if question is None and not span.is_range:
        question = _time_given_question(s.text, span, doc)
        score = 0.72
    if question is None and _DEADLINE_IN[language] in s.text:
        question = _deadline_question(s.text[span.end :], language)
        score = 0.72
    if question is None and at > 2 and (toks[at].low in _OF_DATE or toks[at - 1].low in _OF_DATE):
        question = _event_of_question(s, toks, at, doc)
        score = 0.72
    return question, score


# What follows an Italian participle where the question's subject belongs, when a clause of the
# sentence was left in the question: the "e" of the next clause and its article ("La domanda è
# stata depositata il 3 marzo e, secondo ..." -> "... depositata e la domanda?"), or a
# preposition of two words that opens no complement of a verb, the noun of an opening phrase
# taken with it ("Rispetto al progetto iniziale, approvato nel 2022, ..." -> "... approvato
# rispetto al progetto iniziale?"; not "insieme a": "arrivati insieme a Milano").
_IT_PARTICIPLE_THEN_NO_SUBJECT = re.compile(
    r"\b[a-zà-ù]{3,}(?:at|it|ut)[oaie]\s+"
    r"(?:e\s+(?:[Ll]’|(?:il|lo|la|i|gli|le)\s)"
    r"|(?:rispetto|grazie|oltre|in\sbase|in\smerito)\s+(?:a|ad|al|allo|alla|ai|agli|alle|all’)\b)"
)
# An English question that ends on "and" and a word.
_AND_LAST = re.compile(r"\sand\s(?P<word>[a-z]+)\?$")


def _clause_left_over(question: str, language: str) -> bool:
    """Whether a date question keeps a piece of another clause of its sentence: an Italian
    participle followed by what no subject opens (_IT_PARTICIPLE_THEN_NO_SUBJECT), or an English
    question ending on 'and' and a bare verb whose date was cut away with its complement ('Work
    is expected to start in September and finish by the spring of 2029' -> '... to start in
    September and finish?')."""
    if language == "it":
        return _IT_PARTICIPLE_THEN_NO_SUBJECT.search(question) is not None
    m = _AND_LAST.search(question)
    return m is not None and is_verb_lemma(m.group("word"))


# A tally of votes cut from its other half at a question's end: "... vote by seven votes?"
# (of "by seven votes to four"): the question asks without it.
_HALF_TALLY = re.compile(r"\s(?:by|con)\s[\w-]+\s(?:votes|voti)\?$")
# An adverb of the date's phrase left at the end when the date goes: "..., most recently |
# since 2012", "..., più di recente | dal 2012".
_LAST_TIME_LEFT = re.compile(r",\s(?:most\s+recently|more\s+recently|più\s+di\s+recente)\?$")
# An English question whose subject is indefinite, and a possessive that stands for someone
# it does not name: "When did a damaged rotor end its mission?".
_INDEFINITE_SUBJECT = re.compile(
    r"^(?:When|In what year|On what day|Since when|By when|Until when) "
    r"(?:did|does|do|was|were|is|are|will|has|have|had) (?:a|an) "
)
_OWNER_PRONOUN = re.compile(r"\b(?:its|their|his|her)\b")
# An indefinite subject and a verb with nothing after it: "When did a former mill build?" (of
# "A former mill built in 1790, ..."), a participle read as a past tense.
_INDEFINITE_BARE_VERB = re.compile(
    r"^(?:When|In what year|On what date) did (?:a|an) [\w\s-]+ (?P<verb>[a-z]+)\?$"
)
# A present perfect asked "When" with a since-phrase kept: "When has X grown since ...?".
_SINCE_CLAUSE = re.compile(r"^When (?:has|have) .*\ssince\s")
# A relative's owner left in a question: "la cui denuncia", "whose complaint".
_RELATIVE_OWNER = re.compile(r"\b(?:il|lo|la|i|gli|le|l’)\s?cui\b|\bwhose\b")
# The date of one of a list, set off after it: "due Champions League, l’ultima nel 2019",
# "two titles, the last in 2019".
_OF_THE_LAST = re.compile(
    r",\s(?:l’|il\s|la\s|the\s)(?:ultim[oa]|prim[oa]|last|first|latest|most\srecent)"
    r"(?:\s(?:nel|in|a|ad|del))?\s*$"
)
# A target set for a date: "has set a target of 600,000 installations a year | by 2028", "ha
# fissato l’obiettivo di 500 alloggi | entro il 2030". The date is the target's, not the setting's.
_TARGET_OF = re.compile(
    r"\b(?:target|goal|aim|ambition|obiettivo|traguardo)\s+(?:of|di|del|dei|degli|delle)\s"
    r"(?:[^,;:]|,(?=\d))*$"
)
_SINCE_IN = {"en": " since ", "it": " da quando "}
# A person's age at the time, told after the verb: "died in 2019 aged 81", "è morto nel 2019 a
# 81 anni". The date asks when, not at what age: the question goes without it.
_AGE_TOLD = {
    "en": re.compile(r"(?P<verb>\w+),?\s(?:aged|at\sthe\sage\sof)\s\d{1,3}(?=[?,])"),
    "it": re.compile(r"(?P<verb>\w+),?\s(?:all’età\sdi|a)\s\d{1,3}\sanni(?=[?,])"),
}


def _without_age(question: str, language: str) -> str:
    """The question without the age its subject did the deed at ('When did Hugh Cameron die
    aged 81?' -> 'When did Hugh Cameron die?', 'Quando è morto Carlo Rossi a 87 anni?'); an
    English age after a noun stays ('2,312 people aged 65')."""
    m = _AGE_TOLD[language].search(question)
    if m is None:
        return question
    if language == "en":  # the age of the subject after its verb, not of a noun's group
        verb = m.group("verb")
        before = question[: m.start("verb")].split()[-1:]
        if not (is_verb_lemma(verb) or is_participle(verb, language)) or (
            before and (before[0][:1].isdigit() or before[0].lower() in _GROUP_WORDS)
        ):
            return question
    return question[: m.end("verb")] + question[m.end() :]


_GROUP_WORDS = frozenset("the a an all some many those these of".split())
# A relative clause that a date ends, kept whole in the question: "When did the minister
# praise the headteacher, who has led the school?" (the date is the relative's).
_RELATIVE_KEPT = re.compile(r",\s(?:who|which|che|il\squale|la\squale)\s[^,]*\?$")
# The openings of a question on the year a deed was done: "In che anno fu fondato ...?".
_YEAR_OF_A_DEED = ("In che anno ", "In what year ")


def _participle_as_past(question: str) -> bool:
    """Whether an English question asks what an indefinite subject did with a verb that takes
    an object and has none ('When did a former mill build?'): the verb was a participle."""
    m = _INDEFINITE_BARE_VERB.match(question)
    if m is None:
        return False
    verb = m.group("verb")
    return is_verb_lemma(verb) and verb in _TAKES_OBJECT


_TAKES_OBJECT = frozenset(
    """build establish set create design make found launch restore convert introduce install
    publish buy sell name declare list""".split()
)


# A question on when a body was founded: its subject is what was founded.
_FOUNDED = re.compile(
    r"^(?:In what year|When) (?:was|were) (?P<en>.+) (?:founded|established|formed|set up)\?$"
    r"|^(?:In che anno|Quando) (?:fu|è stat[oa]) (?:fondat[oa]|istituit[oa]|costituit[oa]) "
    r"(?P<it>.+)\?$"
)


def _person_founded(question: str, doc: Document) -> bool:
    """Whether a question asks when a person was founded: the founding was told of a body set
    off beside the person ('Mark Jenkins, chair of the Friends of X, a group founded in
    1996, said ...')."""
    m = _FOUNDED.match(question)
    return m is not None and doc.person(m.group("en") or m.group("it")) is not None


def _misread(question: str, text: str, span: DateSpan) -> bool:
    """Whether a date question misreads its sentence:
    - its subject is indefinite and a possessive names no one ('When did a damaged rotor end
      its mission?');
    - it asks 'When has ...?' of a since-phrase's date ('When has boxing grown since Katie
      Taylor’s Olympic gold?');
    - it keeps a relative's owner ('Quando fu presentata la cui denuncia?'), or the relative
      clause the date ended ('..., who has led the school?');
    - the date is the last of a list's ('due Champions League, l’ultima nel 2019');
    - the date is a target's ('set a target of 600,000 installations by 2028');
    - it asks the year of a state that holds since then ('In che anno fu ospitato ...?' of
      'ospitato dal 1926')."""
    return (
        (
            _INDEFINITE_SUBJECT.match(question) is not None
            and _OWNER_PRONOUN.search(question) is not None
        )
        or _participle_as_past(question)
        or _SINCE_CLAUSE.match(question) is not None
        or _RELATIVE_KEPT.search(question) is not None
        or _RELATIVE_OWNER.search(question) is not None
        or _OF_THE_LAST.search(text, 0, span.start) is not None
        or _TARGET_OF.search(text, max(0, span.start - 120), span.start) is not None
        or (
            not span.is_range and span.prep in _SINCE_PREPS and question.startswith(_YEAR_OF_A_DEED)
        )
    )


# A season with its own adjectives before it: "on the hot, dry| summer of 2025". The date
# names the season the noun phrase describes; a question without it keeps "the hot, dry".
_SEASON_WORD = re.compile(r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z]+,?\s+){1,3}$")


def _described_season(text: str, span: DateSpan) -> bool:
    if not _SEASON_WORD.match(text, span.start):
        return False
    return _DESCRIBED_BEFORE.search(text[max(0, span.start - 40) : span.start]) is not None


# An Italian question of when something goes back to ("risale al 1200"), which takes "a".
_WHEN_DATES_BACK = ("Quando risale ", "Quando risalgono ", "Quando risaliva ", "Quando risalivano ")


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for sentence in doc.sentences:
        spans = find_dates(sentence.text, language)
        if not spans:
            continue
        if _subject_was_complement(sentence, language):
            continue  # the sentence itself is asked, or gives its cloze
        whole = tokens(sentence.text)
        shapes = _shapes(sentence.text, whole, language)
        cut = _dateline_end(sentence)
        for said in spans:
            # One end of a range is asked about in the sentence without the other end.
            s, span = _range_end_alone(sentence, spans, said)
            if s is sentence and cut:  # "Siracusa – La Polisportiva ha vinto ...": asked
                body = _after_dateline(sentence, span, cut)  # without the dateline
                if body is not None:
                    s, span = body
            own = False
            relative = without_relative_day(s, span, language)
            if relative is not None:  # "presentato ieri, | giovedì 13 marzo, | nella sala"
                s, span = relative
                own = True
            aside = without_opening_aside(s, span, language)
            if aside is not None:  # "Sabato 14 giugno, | nella fonderia di Agnone, | ..."
                s, span = aside
                own = True
            unconditioned = without_schedule_condition(s, span, language)
            if unconditioned is not None:  # "If the timetable holds, | the kiln will open ..."
                s, span = unconditioned
                own = True
            span = _with_preposition(s.text, span, language)
            toks = whole if s is sentence else tokens(s.text)
            clause = _last_clause(s, span, language) if _JOINED_IN[language](s.text) else None
            if clause is None and ": " in s.text:
                clause = _colon_clause(s, span, language)  # "X è ...: | fu istituita nel 1361"
            if clause is not None:  # asked of the date's own clause, never of both
                s, span = clause
                toks = tokens(s.text)
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            elif s is not sentence and (cut or own):
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            else:
                question, score = _ask(s, toks, span, doc, shapes)
            last = (
                entry_date_last(s, span, language) if question is None and s is sentence else None
            )
            if last is not None:  # "In 2009 it became ..." -> "It became ... in 2009."
                s, span = last
                toks = tokens(s.text)
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            dated = (
                since_event(s, span, language)
                if question is None and _SINCE_IN[language] in s.text
                else None
            )
            if dated is not None:  # "since it opened in 2003", its verb unasked: "since 2003"
                s, span = dated
                toks = tokens(s.text)
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            named = when_clause_said(s, span, language) if question is None else None
            if named is not None:  # "dal 2009, | quando la crisi fece crollare gli ordini"
                s, span = named
                toks = tokens(s.text)
                question, score = _ask(s, toks, span, doc, _shapes(s.text, toks, language))
            if span.period_end:
                question = None  # "in the year to March 2026": the end of a period, no event's
            elif span.last_time and question is not None:
                # "won the cup for the first time since 1998": when it was last won
                question = last_time_question(question, s.text, language)
            if (
                question is not None
                and not span.is_range
                and span.prep in _SINCE_PREPS
                and (
                    _NOT_SINCE.search(s.text[: span.start].lower()[-80:] + " " + question.lower())
                    or span.prep == "since"
                    and _NOT_SINCE_MODAL.search(question.lower())
                )
            ):
                question = None  # "the largest investment since 2023", "Since when will ...?"
            if question is not None and (
                _year_of_noun(s.text, span, language)
                or _year_of_figure(s.text, span)
                or _year_of_compared(s.text, span)
                or (
                    _WITH_DONE.search(s.text[max(0, span.start - 160) : span.start]) is not None
                    and question != with_phrase_question(s.text, span, language)
                )
                or _WHOLE_OF.search(s.text[max(0, span.start - 20) : span.start]) is not None
                or _described_season(s.text, span)
                or _BARE_RANGE_START.search(s.text[max(0, span.start - 30) : span.value_start])
                is not None
            ):
                question = None
            answer_type = "year" if span.is_year else "date"
            topic = ""
            if question is not None and language == "it":
                question = _it_wh_question(question)
                if question.startswith(_WHEN_DATES_BACK):
                    question = "A q" + question[1:]  # "risalire a": 'A quando risale ...?'
            if question is not None and _clause_left_over(question, language):
                question = None  # "Quando è stata depositata e la domanda?"
            if question is not None:
                question = _HALF_TALLY.sub("?", question)  # "vote by seven votes | to four"
                question = _LAST_TIME_LEFT.sub("?", question)  # "..., most recently | since"
                question = _without_age(question, language)  # "die | aged 81?"
                if _misread(question, s.text, span) or _person_founded(question, doc):
                    question = None
            if question is not None:
                if not span.is_range:
                    question = _since(*_not_until(question, span.prep, language))
                if span.is_time or span.is_day:
                    question = _at_what_time(question, span.is_day)
                yield Candidate(
                    "date",
                    sentence,
                    score,
                    _in_small_letters(span.answer, language),
                    question=question,
                    accept=span.accept,
                    answer_type=answer_type,
                    topic=topic,
                )
            if question is not None and span.hour:
                yield from _hour_question(sentence, question, span, score)
            if question is None and (span.is_time or span.is_day):
                continue  # a time alone tells nothing without the event it is the time of
            text = sentence.text
            hidden = text[said.value_start : said.end]
            cloze = text[: said.value_start] + "{{c1::" + hidden + "}}" + text[said.end :]
            if cloze.count("{{c1::") == 1 and strip_punct(span.answer):
                yield Candidate(
                    "cloze",
                    sentence,
                    0.45 if question is None else 0.2,
                    span.answer,
                    cloze=cloze,
                    answer_type=answer_type,
                    topic=topic,
                )
