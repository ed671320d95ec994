"""Italian word order in a 'Quando ...?' question: the verb group before its subject
('Quando è stata fondata la società?')."""

from __future__ import annotations

import re

from ...chunks import (
    PREPOSITIONS,
    Token,
    main_verb,
    starts_with_subject,
    tokens,
)
from ...document import Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
)
from ...phrase import italian_heavier_last
from ...verbs import AUXILIARIES, is_participle
from .grammar import _AND

# An Italian wh-question puts the verb before its subject: 'Quando è stato firmato il collaudo
# finale dai tecnici della Regione?', not 'Quando il collaudo finale è stato firmato ...?'. A
# verb with no object after it (passive, reflexive, intransitive, copula) goes first; one with an
# object ('Quando il gruppo ha annunciato l’acquisizione?') keeps its subject first, as Italian
# allows, since two noun phrases in a row would read as one.
_IT_WH_CLAUSE = re.compile(r"^Quando (?P<clause>.+)\?$")


_IT_PREVERBAL = frozenset("si ci vi ne non".split())


_IT_HAVE = frozenset(
    "ha hanno aveva avevano ebbe ebbero avrà avranno avrebbe avrebbero abbia abbiano".split()
)


_IT_BE = frozenset(
    """è sono era erano fu furono sarà saranno sarebbe sarebbero stato stata stati state essere
    venne vennero viene vengono verrà verranno""".split()
)


_IT_COMPLEMENT_OPENERS = (
    PREPOSITIONS["it"] | frozenset(ARTICULATED) | frozenset({"ad", "col", "coi"})
)


_IT_INFINITIVE = re.compile(r"(?:are|ere|ire|rre|(?:ar|er|ir|r)(?:si|ci|vi|ne|lo|la|li|le))$")


_IT_INFINITIVE_MARKS = frozenset("a ad di".split())


_IT_PARTICIPLE_SHAPE = re.compile(r"^[a-zàèéìòù]+(?:at|it|ut)[oaie]$")


_IT_VERB_ADVERBS = frozenset("poi già ancora ora oggi solo soltanto ufficialmente".split())


_IT_SUBJECT_END_ADVERBS = frozenset(
    "ormai infatti già ancora poi anche solo inoltre quindi però più".split()
)


_IT_CLAUSE_STOPS = re.compile(r",\s|[;:–—]")


_IT_OF = frozenset(w for w in ARTICULATED if w.startswith("de")) | {"di", "d’"}


def _it_verb_part(tok: Token) -> bool:
    """A word that goes on a verb chain: an auxiliary, a participle, an infinitive."""
    return tok.text.islower() and (
        tok.low in _IT_BE
        or tok.low in AUXILIARIES["it"]
        or is_participle(tok.text, "it")
        or _IT_INFINITIVE.search(tok.low) is not None
    )


def _it_chain_end(toks: list[Token], verb: int) -> int:
    """The end of the verb chain that starts at `verb`: 'è stato firmato', 'potranno essere
    presentate', 'iniziarono a funzionare', 'dovranno concludersi'."""
    end = verb + 1
    while end < len(toks):
        if _it_verb_part(toks[end]):
            end += 1
        elif toks[end - 1].low in _IT_BE and _IT_PARTICIPLE_SHAPE.search(toks[end].text):
            end += 1  # "è stato dato": after a form of essere, a regular participle's ending
        elif (
            toks[end].low in _IT_INFINITIVE_MARKS
            and end + 1 < len(toks)
            and toks[end + 1].text.islower()
            and _IT_INFINITIVE.search(toks[end + 1].low)
            and not is_participle(toks[end + 1].text, "it")
        ):
            end += 2  # "iniziarono a funzionare"
        else:
            return end
    return end


def _it_light_phrase(toks: list[Token], start: int) -> int:
    """The end of a bare 'in' phrase that makes one verb with the verb before it ('andò in
    scena', 'entrerà in servizio', 'sarà discusso in consiglio regionale'); `start` when there is
    none, or the noun has a complement of its own ('in attesa della sentenza')."""
    if start + 1 >= len(toks) or toks[start].low != "in":
        return start
    end = start + 1
    while end < len(toks) and end - start <= 3 and toks[end].text.isalpha():
        low = toks[end].low
        if not toks[end].text.islower() or low in ARTICLES["it"] or low in _IT_COMPLEMENT_OPENERS:
            break
        end += 1
    if end == start + 1 or end < len(toks) and toks[end].low in _IT_OF:
        return start
    return end


def _again_at(toks: list[Token], k: int) -> bool:
    """Whether 'di nuovo' ('again') starts at token `k`: an adverb, no complement."""
    return toks[k].low == "di" and k + 1 < len(toks) and toks[k + 1].low == "nuovo"


def _it_wh_order(clause: str) -> str:
    """The clause of an Italian 'Quando ...?' with its verb before its subject when the verb
    takes no object; the clause unchanged otherwise. The heavier of the subject and what
    follows the verb goes last: 'è stato firmato il collaudo finale dai tecnici della Regione',
    'è guidato da Roberto Gavazzi l’ateneo dell’Università degli Studi di Brescia'."""
    toks = tokens(clause)
    verb = main_verb(toks, "it")
    if verb is None or verb == 0 or _IT_CLAUSE_STOPS.search(clause):
        return clause
    first = verb
    while first > 0 and toks[first - 1].low in _IT_PREVERBAL:
        first -= 1
    subject = toks[:first]
    if not subject or not starts_with_subject(subject, "it"):
        return clause
    if any(t.low in {"che", "cui"} for t in subject) or subject[-1].low.endswith("mente"):
        return clause
    if subject[-1].low in _IT_SUBJECT_END_ADVERBS:
        return clause
    if sum(t.text == "(" for t in subject) != sum(t.text == ")" for t in subject):
        return clause
    end = _it_chain_end(toks, verb)
    chain = toks[verb:end]
    if any(t.low in _IT_HAVE for t in chain) and end < len(toks):
        return clause  # "ha annunciato l’acquisizione", "ha condannato a tre anni X": an object
    end = _it_light_phrase(toks, end)
    opener = end
    while opener < len(toks) and (
        toks[opener].low in _IT_VERB_ADVERBS
        or toks[opener].low.endswith("mente")
        or _again_at(toks, opener)
    ):
        opener += 2 if _again_at(toks, opener) else 1
    passive = any(is_participle(t.text, "it") for t in chain) and any(
        t.low in _IT_BE for t in chain
    )
    copula = all(t.low in _IT_BE for t in chain)
    if opener < len(toks) and toks[opener].low not in _IT_COMPLEMENT_OPENERS:
        if not passive and not copula:
            return clause  # "il granchio blu si è preso la scena": an object
        if copula:  # "la città è stata Capitale europea della cultura": the predicate first
            end = len(toks)
    verb_part = clause[toks[first].start : toks[end - 1].end]
    subject_part = clause[: toks[first].start].strip()
    rest = clause[toks[end].start :].strip() if end < len(toks) else ""
    return italian_heavier_last(verb_part, subject_part, rest)


def _it_wh_question(question: str) -> str:
    """'Quando il collaudo è stato firmato?' -> 'Quando è stato firmato il collaudo?'."""
    m = _IT_WH_CLAUSE.match(question)
    if m is None:
        return question
    return f"Quando {_it_wh_order(m.group('clause'))}?"


def _subject_was_complement(s: Sentence, language: str) -> bool:
    """Whether a statement derived from a sentence has for subject what the sentence says
    after a preposition ('Pupils from St Mary’s School, who spent ...' -> 'St Mary’s School
    spent ...'; '22 nurses from India and the Philippines are due ...' -> 'the Philippines are
    due ...'): the statement says what the sentence does not."""
    if s.source is None:
        return False
    toks = tokens(s.text)
    verb = main_verb(toks, language)
    if not verb:
        return False
    subject = s.text[: toks[verb].start].strip().lower()
    at = s.source.lower().find(subject)
    if not subject or at <= 0:
        return False
    opening = [w.lower() for w in s.source[:at].split()]
    words = opening[-3:]
    preps = PREPOSITIONS[language] | frozenset(ARTICULATED)
    if 1 < len(opening) <= 3 and opening[-1] in preps:
        return True  # inside the sentence's subject: "Pupils from | St Mary’s School"
    return len(words) == 3 and words[-1] in _AND and words[0] in preps
