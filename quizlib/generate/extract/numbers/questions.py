"""Questions of a count: "How many ... ?", "Quanti ...?", asked from the clause around it."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import (
    ADVERBIALS,
    PREPOSITIONS,
    Token,
    index_at,
    main_verb,
    starts_with_subject,
    tokens,
)
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_DIMENSION_ADJECTIVE,
    IT_PLURAL_ARTICLES,
    ROLE_WORDS,
    STOPWORDS,
    UNITS,
)
from ...openings import time_phrase
from ...phrase import of_phrase, render
from ...text import definite_article, lower_first, squash, takes_lo, upper_first
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_verb_lemma,
    lemma,
)
from ..common import lower_initial, people_in
from ..subject import refers_to_entry
from .amounts import (
    _BE_FORMS,
    _EN_SUM_RATE,
    _ENTRY_PRONOUNS,
    _IT_OF,
    _PERSONAL_PRONOUNS,
    _SUM_MODIFIERS,
    _TALLY,
    _UNIT_OF,
    _VOTES,
    _after_noun_question,
    _aside_money_question,
    _changed_by,
    _complement_first,
    _cost_question,
    _has_possessive,
    _italian_object_of,
    _money_question,
    _object_then,
    _passive_group,
    _plain_subject,
    _reckoned_at,
    _sum_modifier_question,
    _sum_object_question,
    _tally_question,
    _threshold_question,
    _with_sum_question,
    _without_average,
)
from .capacities import capacity_question
from .clause import (
    _AGENTS,
    _BREAKS,
    _CLAUSE_WORDS,
    _CLITICS,
    _COORDINATORS,
    _COPULA_FORMS,
    _COPULAS,
    _COUNT_PREPOSITIONS,
    _DROPPED_ADVERBS,
    _EN_HAVE,
    _EN_PLAIN_PRESENTS,
    _EN_SAME_FORM_VERBS,
    _INDEFINITES,
    _IT_COPULA,
    _IT_INFINITIVES,
    _IT_INTRANSITIVE,
    _MEASURE,
    _OBJECT_PREPOSITIONS,
    _PARTICLES,
    _PERSON_ENDINGS,
    _PERSON_WORDS,
    _PLACE_PREPOSITIONS,
    _POSSESSIVES,
    _PRONOUNS,
    _RATES,
    _REPORTED,
    _SUBJECT_ARTICLES,
    _WEIGH,
    _WITH,
    IT_MODAL_INFINITIVES,
    _before_examples,
    _common_first,
    _english_body,
    _finite,
    _Frame,
    _frame,
    _head_noun,
    _inner_clause_start,
    _is_copula,
    _italian_copula_group,
    _last_match,
    _may_report,
    _person,
    _plural_subject,
    _source_end,
    _subject,
    _tail,
    _verb_after_subject,
    _verb_word,
)
from .counts import (
    _APPROX,
    _CLOCK,
    _COMPARATIVES,
    _CURRENCIES,
    _DIMENSIONS,
    _EXTRA_UNITS,
    _HAVE_NOUNS,
    _HAVE_VERBS,
    _IT_PRONOUNS_OF,
    _MEMBER_NOUNS,
    _ONE_WORD_LEAD,
    _TIME_UNITS,
    _YEAR,
    _YEARS,
    _complement,
    _Count,
    _plural,
    _verb_like,
    _word_before,
)
from .described import _described_question
from .gender import _how_many_it
from .measures import (
    _ALTITUDE_AFTER,
    _ALTITUDE_UNITS,
    _LENGTH_UNITS,
    _altitude_question,
    _italian_measure_after,
    _label_question,
    _measure_object,
    _preposition_lungo,
)
from .money import reckoned_participle_question
from .participials import participial_question
from .tails import TAIL_END, tail_end, tail_of
from .totals import _TOTAL_BEFORE, _subject_and_verb, _total_question
from .votes import _VOTED_SIDE, _vote_named
from .words import _ANY_NUMBER, NUMBER_WORDS, _alternation, _has_digit

# The prepositions of a duration after the verb's object: "has piloted ferries for 14 years",
# "gestisce il chiosco da 31 anni".
_DURATION_PREPOSITIONS = {"en": frozenset(["for"]), "it": frozenset("per da".split())}


# The English prepositions of a place or a thing between a verb and a duration: "has lived on
# Mill Lane for 31 years", "was trapped in the ice for six months", "has played for the club
# for ten years"; an adverb of place may come first ("stay away from school for 21 days").
_EN_PLACE_PREPOSITIONS = frozenset(
    "in on at of from into onto to with for near inside outside off under behind beside".split()
)


_EN_PLACE_ADVERBS = frozenset("away back home abroad there here out".split())


_LONGEST_PLACE = 8  # words of the complements before a duration


# What opens an English object before a place and a duration: "has run| a bakery| on ...".
_EN_OBJECT_ARTICLES = frozenset("a an the his her their its".split())


def _place_phrase_word(word: str) -> bool:
    """Whether a word may be part of the noun phrase after a preposition of place: an article,
    a possessive, a noun or a name, an owner in ''s' ('their mother's milk')."""
    if word in ARTICLES["en"] or word in _POSSESSIVES:
        return True
    bare = re.sub(r"[’']s$", "", word)
    if not bare.isalpha() or bare in STOPWORDS["en"] or bare in _APPROX:
        return False
    return not bare.endswith("ly") and not is_finite(bare, "en")


def _english_place_then(frame: _Frame) -> str | None:
    """The complements of place as written, when the words from the verb to a duration are
    one or two phrases of a preposition and a noun, maybe after the verb's object, then 'for':
    'has lived| on Mill Lane for| 31 years' -> 'on Mill Lane', 'rely| on their mother's milk
    for| three weeks', 'has run| a bakery on Bridge Street for| 22 years', 'has fished| out
    of Whitby for| 31 years'."""
    exact = frame.exact
    if not 3 <= len(exact) <= _LONGEST_PLACE or exact[-1] != "for":
        return None
    if not _plain_subject(frame.subject):
        return None
    written = frame.between_text.split()
    fors = [k for k, w in enumerate(written) if w.lower() == "for"]
    if not fors:
        return None
    words = [w.lower() for w in written[: fors[-1]]]
    i = 1 if words and words[0] in _EN_PLACE_ADVERBS else 0
    if i == 0 and words and words[0] not in _EN_PLACE_PREPOSITIONS:  # the object: "a bakery"
        while i < len(words) and words[i] not in _EN_PLACE_PREPOSITIONS:
            if not _place_phrase_word(words[i]) or (i and words[i] in _EN_OBJECT_ARTICLES):
                return None
            i += 1
        if words[i - 1] in _EN_OBJECT_ARTICLES or i == len(words):
            return None  # an article alone, or an object with no place after it
    phrases = 0
    while i < len(words):
        if words[i] not in _EN_PLACE_PREPOSITIONS:
            return None
        j = i + 1
        while j < len(words) and words[j] not in _EN_PLACE_PREPOSITIONS:
            if not _place_phrase_word(words[j]):
                return None
            j += 1
        if j == i + 1 or words[j - 1] in ARTICLES["en"] or words[j - 1] in _POSSESSIVES:
            return None  # a preposition with no noun after it
        phrases += 1
        i = j
    if phrases > 2:
        return None
    return " ".join(written[: fors[-1]])


# The articulated prepositions of a complement of an object: "la stagione| al| primo posto".
# Prepositions that bound a span of time or spread an action over it: "saranno depositate
# entro 90 giorni", "riaprirà dopo sei anni", "will buy the shares over seven years".
_DURATION_BOUNDS = {
    "it": frozenset("entro dopo tra fra".split()),
    "en": frozenset("within after over".split()),
}


_TIME_OF = re.compile(r"\s+(?:of|di|from|da|dal|dalla|dall’|dalle|dai)\b")


_LONGEST_BOUNDED_OBJECT = 4  # words of the object between the verb and such a preposition


_EN_PERFECT = frozenset("has have had".split())


def _bounded_duration(
    count: _Count, frame: _Frame, text: str, language: str
) -> tuple[str, str] | None:
    """(preposition, object as written) of a count of time after one of _DURATION_BOUNDS,
    the object being the noun phrase between the verb and it ('' when there is none):
    'depositate| entro| 90 giorni' -> ('entro', ''), 'buy| the shares over| seven years' ->
    ('over', 'the shares'). English 'over' spreads an action only after an object and not in
    a perfect ('has worked there over 30 years' is more than 30 years)."""
    if count.noun not in _TIME_UNITS or not frame.subject or not frame.between:
        return None
    if count.nouns != count.counted or _TIME_OF.match(text, count.noun_end):
        return None  # "within 48 hours of the fight being announced": a time from an event
    preposition = frame.between[-1]
    if preposition not in _DURATION_BOUNDS[language]:
        return None
    before = frame.between[:-1]
    if language == "en" and preposition == "over":
        if not before or any(w.lower() in _EN_PERFECT for w in frame.verb):
            return None
    if len(before) > _LONGEST_BOUNDED_OBJECT:
        return None
    for k, word in enumerate(before):
        if word in ARTICLES[language] or word in _POSSESSIVES:
            continue
        if k == 0 and language == "it" and word in ARTICULATED:
            continue  # "chiuso al pubblico entro": a complement
        if k == 0 and language == "en" and word in _EN_PLACE_PREPOSITIONS and len(before) > 1:
            continue  # "reopen to the public after"
        if word in STOPWORDS[language] or word in PREPOSITIONS[language] or not word.isalpha():
            return None
        if word in _APPROX or (language == "en" and word.endswith("ly")):
            return None
    written = frame.between_text.split()
    return preposition, " ".join(written[: len(before)])


_IT_JOINTS = _IT_OF | frozenset(
    """al allo alla ai agli alle all’ nel nello nella nei negli nelle nell’ sul sullo sulla sui
    sugli sulle sull’""".split()
)


def _complement_then(frame: _Frame, prepositions: frozenset[str]) -> str | None:
    """An Italian complement of the verb as written, when the words from the verb to the
    number are one prepositional phrase and one of `prepositions`: 'sono state chiuse| alla
    balneazione per| 41 giorni' -> 'alla balneazione'."""
    exact = frame.exact
    if not 3 <= len(exact) <= 5 or exact[-1] not in prepositions:
        return None
    first, *words = exact[:-1]
    if first not in ARTICULATED and first not in {"a", "in", "su", "con"}:
        return None
    for word in words:
        if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or word in ARTICULATED:
            if word not in ARTICLES["it"]:
                return None
        if not word.isalpha():
            return None
    written = frame.between_text.split()
    cut = max(i for i, w in enumerate(written) if w.lower() == exact[-1])
    return " ".join(written[:cut]) if cut else None  # "per| quasi": the bound is the answer's


# A named place between an English verb group and the preposition of its count: "pleaded
# guilty| at Truro Crown Court| to 14 offences", "was jailed| in Leeds| for six years".
_EN_NAMED_PLACE = re.compile(
    r"(?:^|\s)(?P<place>(?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
    r"\s+(?P<prep>[a-z]+)$"
)


def _named_place_last(frame: _Frame) -> _Frame:
    """The frame with a named place before the count's preposition moved to the question's
    end, as a time is: 'pleaded guilty at Truro Crown Court to' -> 'pleaded guilty to', 'at
    Truro Crown Court' (the place is where the deed was done)."""
    m = _EN_NAMED_PLACE.search(frame.between_text)
    if m is None or m.group("prep") not in _COUNT_PREPOSITIONS["en"]:
        return frame
    before = frame.between_text[: m.start()].split()
    if not before or any(not w.isalpha() or not w.islower() for w in before):
        return frame  # "pleaded guilty| at ...": a word of the verb's before the place
    kept = [*before, m.group("prep")]
    return replace(
        frame,
        between=tuple(w.lower() for w in kept),
        between_text=" ".join(kept),
        when=squash(f"{m.group('place')} {frame.when}"),
    )


# A group that is its members: "a search team of 40 volunteers" are 40 volunteers, "una
# squadra di sette archeologi" sette archeologi.
_GROUP_NOUNS = frozenset(
    """team group crew squad panel delegation squadra gruppo équipe delegazione""".split()
)


_GROUP_OF = {"en": "of", "it": "di"}


def _without_group(frame: _Frame, language: str) -> _Frame:
    """The frame without the group before its count: 'recovered by| a search team of| 40
    volunteers' -> 'recovered by'."""
    between = frame.between
    if len(between) < 3 or between[-1] != _GROUP_OF[language] or between[-2] not in _GROUP_NOUNS:
        return frame
    start = len(between) - 2
    while start > 0 and between[start - 1] not in ARTICLES[language]:
        start -= 1
        if len(between) - start > 4:
            return frame
    if start == 0:
        return frame
    kept = between[: start - 1]
    written = frame.between_text.split()[: len(kept)]
    return _Frame(frame.subject, frame.verb, kept, frame.opening, frame.when, " ".join(written))


# What opens a complement of the counted noun left in the tail: "1.300 volontari| di 26
# scuole", "delle scuole| di Bari"; "1,300 volunteers| from 26 schools".
_COUNTED_COMPLEMENT = {
    "it": re.compile(r"(?:di|del|dello|della|dei|degli|delle)\s|d’|dell’"),
    "en": re.compile(r"(?:from|of)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?\d"),
}


# An English complement of the counted noun with a possessive and one noun: "of their time".
_OWNED_COMPLEMENT = re.compile(r"(of\s+(?:their|its|his|her|our)\s+[a-z]+)(?:\s+|$)")


def _complement_of_counted(count: _Count, tail: str, language: str) -> tuple[_Count, str]:
    """The counted phrase with the complement of its noun the tail opens with, which no verb
    takes: 'Quanti volontari di 26 scuole ha coinvolto il progetto?', not '... il progetto
    di 26 scuole?'; 'How many volunteers from 26 schools did the project involve?'; 'How
    many hours of their time have members given during the closure?'."""
    owned = _OWNED_COMPLEMENT.match(tail) if language == "en" and tail else None
    if owned is not None:  # "9,000 hours| of their time": the owner's, which no verb takes
        return replace(count, nouns=f"{count.nouns} {owned.group(1)}"), tail[owned.end() :]
    if not tail or not _COUNTED_COMPLEMENT[language].match(tail):
        return count, tail
    if count.noun in _CLOCK or count.noun in _YEARS or count.noun in _TIME_UNITS:
        return count, tail  # "per 20 anni| di fila": a time, no noun's complement
    return replace(count, nouns=f"{count.nouns} {tail}"), ""


def _counted_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Quanti terremoti ha registrato l’Osservatorio?', 'In quante sezioni è articolata la
    mostra?', 'Quanti vigili del fuoco operano sul posto?', 'How many times has the record
    been broken in Berlin?'."""
    language = doc.language
    tail = _tail(text, count.noun_end, language)
    if tail is None:
        return None
    if tail == "" and language == "en" and lemma(frame.verb[-1].lower(), "en") == "spend":
        tail = _spent_doing(text, count.noun_end)  # "spent eleven months| removing the paint"
    count, tail = _complement_of_counted(count, tail, language)
    if _is_copula(frame, language) or _italian_copula_group(frame):
        described = _copula_with_question(count, frame, tail, language)
        if described is not None:
            return described
        if language == "it" and not frame.subject:
            inverted = _inverted_predicate_question(count, frame, tail)
            if inverted is not None:  # "Nel parco sono presenti 40 specie"
                return inverted
        if language == "en":
            return _home_to_question(count, frame, tail)
        return _copula_of_question(count, frame, tail, language)
    frame = _without_group(frame, language)
    frame = _time_last(frame, language)  # "hanno sequestrato| da ottobre| 14 chili"
    if language == "en" and frame.exact[-1:] == ["by"]:
        agents = _agents_of_object(count, frame)  # "a petition signed by 1,460 people"
        if agents is not None:
            return agents
    if language == "it":
        frame = _with_infinitive(frame)
    if language == "en":
        frame = _without_average(_without_all(frame))  # "spent an average of 18 months"
        frame = _named_place_last(frame)  # "pleaded guilty at Truro Crown Court| to 14"
    modifier = _COUNT_MODIFIERS[language].get(tuple(frame.exact))
    if modifier is not None and frame.subject:
        # "hopes to tag a further ten chicks" -> "How many more chicks ...?", "altri 40
        # volontari" -> "Quanti volontari in più ...?": a count on top of another; "drew an
        # estimated 45,000 people": the estimate is the answer's
        if modifier:
            more = f"more {count.nouns}" if language == "en" else f"{count.nouns} {modifier}"
            count = replace(count, nouns=more)
        frame = replace(frame, between=(), between_text="")
    preposition = None if frame.approximate_only else frame.preposition
    compound = _compound_preposition(frame, language)
    if compound and frame.subject:
        preposition, before = compound
        return _compound_question(count, frame, preposition, squash(f"{before} {tail}"), language)
    bounded = _bounded_duration(count, frame, text, language)
    if bounded is not None:
        preposition, tail = bounded[0], squash(f"{bounded[1]} {tail}")
    if preposition is None and language == "en":
        before_by = _complement_before_by(frame)  # "was taken| within six miles| by 14 vessels"
        if before_by is not None:
            preposition, tail = "by", squash(f"{before_by} {tail}")
    if preposition is None and count.noun in _TIME_UNITS and not frame.approximate_only:
        # "has piloted ferries for 14 years": the object goes after the verb of the question
        obj = _object_then(_unhyphened(frame), _DURATION_PREPOSITIONS[language], language)
        if obj is None and language == "en":
            obj = _english_place_then(frame)  # "has lived on Mill Lane for 31 years"
        if not obj and language == "it":  # "chiuse alla balneazione per 41 giorni"
            obj = _complement_then(frame, _DURATION_PREPOSITIONS["it"])
        if obj:
            preposition, tail = frame.exact[-1], squash(f"{obj} {tail}")
    if preposition is None and language == "en" and count.noun not in _TIME_UNITS:
        changed = _changed_by(frame)  # "reduced the roofline by 2.4 metres"
        if changed:
            preposition, tail = "by", squash(f"{changed} {tail}")
    if language == "en" and frame.exact[-1:] == ["of"] and frame.subject:
        return (
            _made_of_question(count, frame, tail)
            or _noun_of_count_question(frame, tail)
            or _owner_object_question(count, frame, tail, language)  # "residents of| 14 streets"
        )
    if not frame.approximate_only and preposition is None and frame.subject:
        owned = _owner_object_question(count, frame, tail, language)
        if owned is not None:  # "involved students from 26 schools"
            return owned
        # a time counted of something ("31.000 ore di registrazioni"), not a duration
        quantity = count.noun not in _TIME_UNITS or count.nouns != count.counted
        if quantity and _complement_first(frame, language):
            return _complement_first_question(count, frame, tail, language)
        action = _action_of(frame) if language == "it" else None
        if action is not None:  # "ha contestato l’abbattimento di 1.200 alberi"
            how = f"di {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
            return _object_kept_question(how, frame, action, tail, language)
        return _after_object_question(count, frame, tail, language)
    if preposition == "at" and language == "en" and _reckoned_at(frame):
        return _stranded_at_question(count, frame, tail)
    if preposition == "at" and language == "en" and not frame.approximate_only:
        return _stranded_question(count, frame, tail)  # "had looked at| 11 sites"
    counted_after = preposition in _COUNT_PREPOSITIONS[language] or bounded is not None
    if not frame.approximate_only and not counted_after:
        return _inverted_complement_question(count, frame, tail, language)
    if preposition in _PLACE_PREPOSITIONS and (" to " in f" {tail} " or _has_digit(frame.subject)):
        # "fallen from 214 residents in 2001 to 131": a change, not a count; "41,000 runners
        # from 150 countries started": the countries are the runners', no verb's
        return None
    if _passive_group(frame) and frame.between[:1] in (("over",), ("around",)):
        # "was held over four laps", "is built around seven rooms": a preposition, not "more
        # than" or "about", which the question would lose
        return _stranded_question(count, frame, tail)
    subject = frame.subject
    if not subject and language == "it" and " di " not in f" {count.nouns} ":
        # not after a complement of the counted ("12 squadre di tutta| la regione")
        subject = _postverbal_subject(text, count.noun_end) or ""
        if subject:
            tail = frame.opening  # "A Roma ha vinto tre medaglie la nazionale"
    if not subject:
        people = _people_noun(count.noun, language)
        if language != "it" or preposition or not _inverted(frame, people):
            return None
        if _has_possessive(frame.opening):
            return None  # "Nel suo territorio operano tre cantine": whose, the card cannot say
        subject = frame.opening  # "Sul posto operano 420 vigili": the count is the subject
        held = _subject_held(count, tail)
        if held is None:
            return None
        count, tail = held
        where = f"{' '.join(frame.verb)} {subject} {tail} {frame.when}"
        return _ask_it(count, None, where)
    if language == "it":
        return _ask_it(count, preposition, f"{' '.join(frame.verb)} {subject} {tail} {frame.when}")
    if not _plain_subject(subject):
        return None  # "The breach must be| reported within 72 hours": a verb group split
    agent = _agent_verb(frame) if preposition == "by" else None
    if agent:  # "was approved by 124 countries" -> "How many countries approved ...?"
        return squash(f"How many {count.nouns} {agent} {subject} {tail} {frame.when}") + "?"
    body = _english_body(frame, subject)
    if body is None:
        return None
    asked = f"How many {count.nouns} {body} {tail} {frame.when}"
    if preposition:
        asked = f"{preposition.capitalize()} how many {count.nouns} {body} {tail} {frame.when}"
    return squash(asked) + "?"


# Endings of Italian nouns of an action: "la realizzazione", "l’abbattimento", "la chiusura".
_ACTION_ENDINGS = ("zione", "sione", "mento", "tura")


_IT_DEFINITE = frozenset("il lo la l’".split())


def _action_of(frame: _Frame) -> str | None:
    """The Italian object that names an action done to what the count counts, 'di' after it:
    'ha contestato| l’abbattimento di| 1.200 alberi' -> 'l’abbattimento' (asked 'Di quanti
    alberi Legambiente ha contestato l’abbattimento?'); None for any other words."""
    exact = frame.exact
    if len(exact) != 3 or exact[0] not in _IT_DEFINITE or exact[2] != "di":
        return None
    noun = exact[1]
    if not noun.isalpha() or not noun.endswith(_ACTION_ENDINGS):
        return None
    written = frame.between_text.split()
    while written and written[-1].lower() in _APPROX:
        written.pop()  # "l’abbattimento di circa", "di" with it
    return " ".join(written) if written and written[-1].lower().endswith(noun) else None


def _agents_of_object(count: _Count, frame: _Frame) -> str | None:
    """'Residents presented a petition signed by 1,460 people' -> 'How many people signed the
    petition?': the count of who did what a regular participle after the English object
    says (the question leaves the rest of the clause, which the object's verb tells)."""
    exact = frame.exact
    if exact[:1] and (exact[0] in _PARTICLES or exact[0] == "in"):
        exact = exact[1:]  # "handed in| a petition signed by"
    if not 4 <= len(exact) <= 5 or exact[0] not in ARTICLES["en"]:
        return None
    participle, noun = exact[-2], exact[1:-2]
    if not participle.endswith("ed") or not is_participle(participle, "en"):
        return None
    if any(not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in noun):
        return None
    return f"How many {count.nouns} {participle} the {' '.join(noun)}?"


# The first words of a preposition of two or three words before a count: "davanti a 5.200
# spettatori", "insieme a 40 volontari", "in front of 5,200 spectators", "thanks to 300
# donors". Not "oltre a", "fino a", "intorno a" or "vicino a", which may say "more than", "up
# to", "about" or "nearly" of the number.
_COMPOUND_PREPOSITIONS: dict[str, set[tuple[str, ...]]] = {
    "it": {
        ("davanti", "a"),
        ("dietro", "a"),
        ("accanto", "a"),
        ("insieme", "a"),
        ("grazie", "a"),
        ("davanti", "ad"),
        ("insieme", "ad"),
        ("grazie", "ad"),
    },
    "en": {
        ("in", "front", "of"),
        ("thanks", "to"),
        ("next", "to"),
        ("together", "with"),
        ("along", "with"),
        ("ahead", "of"),
    },
}


# What a noun phrase between a preposition and "di"/"of" may open with: "con il supporto di
# 40 volontari", "with the help of 40 volunteers".
_PHRASE_PREPOSITIONS = {"it": frozenset("con grazie".split()), "en": frozenset(["with"])}


_OF = {"it": "di", "en": "of"}


def _compound_preposition(frame: _Frame, language: str) -> tuple[str, str] | None:
    """(preposition, before) of a preposition of more than one word right before the count,
    as written, and the verb's object or particle before it ('the school| together with'),
    or None."""
    exact = tuple(frame.exact)
    words = frame.between_text.split()[: len(exact)]
    for size in (2, 3, 4):
        if size > len(exact) or len(exact) - size > 3:
            continue
        if _is_compound(exact[-size:], language):
            before = words[:-size]
            if not before or _object_or_particle(before, language):
                return " ".join(words[-size:]), " ".join(before)
            if _place_complement(before, language):  # "è avvenuta| al teatro comunale"
                return " ".join(words[-size:]), " ".join(before)
    return None


# Prepositions of place that open the one complement between a verb and a compound
# preposition: "al teatro comunale| davanti a", "at the Ulster Hall| in front of".
_PLACE_OPENERS = {
    "it": frozenset(["a", "in", *ARTICULATED]),
    "en": frozenset("at in on".split()),
}


def _place_complement(words: list[str], language: str) -> bool:
    """Whether the words between a verb and a compound preposition are one complement of
    place: a preposition, maybe an article, then nouns and names ('al teatro comunale', 'at
    the Ulster Hall'), which the question keeps after the verb."""
    if not 2 <= len(words) <= 4 or words[0].lower() not in _PLACE_OPENERS[language]:
        return False
    rest = words[1:]
    if language == "en" and rest[0].lower() == "the":
        rest = rest[1:]
    return bool(rest) and all(
        _plain_noun(w, language) or (w[:1].isupper() and w.isalpha()) for w in rest
    )


def _is_compound(words: tuple[str, ...], language: str) -> bool:
    if words in _COMPOUND_PREPOSITIONS[language]:
        return True
    if len(words) != 4 or words[0] not in _PHRASE_PREPOSITIONS[language]:
        return False
    # "con il supporto di", "with the help of"
    article, noun, of = words[1:]
    return (
        of == _OF[language]
        and article in _SUBJECT_ARTICLES[language]
        and _plain_noun(noun, language)
    )


def _object_or_particle(words: list[str], language: str) -> bool:
    """Whether the words between the verb and a preposition are its particle ('carried| out')
    or a short object ('opened| the school'), which the question keeps after the verb."""
    if language == "en" and len(words) == 1 and words[0] in _PARTICLES:
        return True
    if words[0].lower() not in _SUBJECT_ARTICLES[language] | _POSSESSIVES:
        return False
    return all(_plain_noun(w, language) for w in words[1:]) and len(words) > 1


def _plain_noun(word: str, language: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and word not in STOPWORDS[language]
        and word not in PREPOSITIONS[language]
        and word not in _GROUP_NOUNS  # "with a team of": the team is its members
        and not is_finite(word, language)
        and not is_participle(word, language)
    )


def _compound_question(
    count: _Count, frame: _Frame, preposition: str, tail: str, language: str
) -> str | None:
    """'Davanti a quanti spettatori si è giocata la partita?', 'In front of how many
    spectators was the match played?': the whole preposition opens the question."""
    if language == "it":
        return _ask_it(
            count, preposition, f"{' '.join(frame.verb)} {frame.subject} {tail} {frame.when}"
        )
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = f"{upper_first(preposition)} how many {count.nouns} {body} {tail} {frame.when}"
    return squash(asked) + "?"


def _time_last(frame: _Frame, language: str) -> _Frame:
    """The frame with a phrase of time between its verb and its count moved to the question's
    end, as an opening time is: 'hanno sequestrato| dall’inizio di ottobre| 14 chili' ->
    'Quanti chili ... hanno sequestrato i carabinieri dall’inizio di ottobre?'."""
    if not frame.subject or not frame.between_text or not time_phrase(frame.between_text, language):
        return frame
    when = squash(f"{frame.between_text} {frame.when}")
    return replace(frame, between=(), between_text="", when=when)


# Infinitives of locutions that are prepositions: "a partire da", "a cominciare da".
_LOCUTION_INFINITIVES = frozenset("partire cominciare iniziare decorrere".split())


_FROM = frozenset("da dal dallo dalla dai dagli dalle dall’".split())


def _with_infinitive(frame: _Frame) -> _Frame:
    """The Italian frame whose verb goes on with 'di'/'a' and the infinitive that governs the
    count: 'prevede| di costruire| 300 case' -> verb 'prevede di costruire' ('Quante case
    prevede di costruire il Comune?')."""
    between = frame.between
    if len(between) < 2 or between[0] not in {"di", "a", "ad"}:
        return frame
    infinitive = between[1]
    modal = infinitive in IT_MODAL_INFINITIVES  # "di poter| coprire": the next one governs
    if not modal and (
        not infinitive.endswith(_IT_INFINITIVES + ("rre",)) or infinitive in STOPWORDS["it"]
    ):
        return frame
    if len(infinitive) < 5 or not infinitive.isalpha() or infinitive in _LOCUTION_INFINITIVES:
        return frame
    if between[2:3] and between[2] in _FROM:
        return frame  # "ricomposto a partire da": a locution of "from", no verb of the count
    written = frame.between_text.split()
    if len(written) < len(between):
        return frame
    taken = 2
    if modal and len(between) > 2:
        if not between[2].endswith(_IT_INFINITIVES + ("rre",)):
            return frame
        taken = 3  # "stima| di poter coprire| 250.000 vaccinazioni"
    return replace(
        frame,
        verb=(*frame.verb, *written[:taken]),
        between=between[taken:],
        between_text=" ".join(written[taken:]),
    )


def _spent_doing(text: str, at: int) -> str:
    """The gerund phrase after a time spent, which tells what the time went on ('How many
    months did restorers spend removing the paint?'); '' when there is none or it runs long."""
    phrase = tail_of(text, at).strip()
    words = phrase.split()
    if not words or not is_gerund(words[0], "en") or len(words) > 9:
        return ""
    return phrase


def _inverted_complement_question(
    count: _Count, frame: _Frame, tail: str, language: str
) -> str | None:
    """An Italian clause that opens with its verb, a complement and then the count, its
    subject: 'Hanno partecipato al corso 45 insegnanti' -> 'Quanti insegnanti hanno
    partecipato al corso?'; an adverbial that opens the clause goes after the complement
    ('Nel cortile giocano a turno 30 bambini' -> '... giocano a turno nel cortile?')."""
    if language != "it" or frame.subject or not _inverted(frame):
        return None
    if _has_possessive(frame.opening):
        return None  # "Nel suo cortile ...": whose, the card cannot say
    exact = frame.exact
    if exact[0] not in ARTICULATED and exact[0] not in PREPOSITIONS["it"]:
        return None
    if len(exact) > 5 or any(not w.rstrip("’").isalpha() and w != "’" for w in exact):
        return None  # ("dell’influenza": an elided article is one of the complement's words)
    if any(is_finite(w, "it") for w in exact[1:]) or _has_possessive(frame.between_text):
        return None
    between = frame.between_text.split()
    while between and between[-1].lower() in _APPROX:
        between.pop()  # "sono sbarcati in Italia circa| 157.000 migranti": the answer's
    if [w.lower() for w in between[-2:]] == ["fino", "a"]:
        del between[-2:]  # "lavoreranno sull’area fino a| 250 operai": the answer's bound
    held = _subject_held(count, tail)
    if held is None:
        return None
    count, tail = held
    rest = f"{' '.join(frame.verb)} {' '.join(between)} {frame.opening} {tail} {frame.when}"
    return _ask_it(count, None, rest)


_LONGEST_HELD = 5  # words of a complement that goes with a subject after its verb


def _subject_held(count: _Count, tail: str) -> tuple[_Count, str] | None:
    """(count, tail) of an Italian count that is the subject after its verb, with the
    complement after its noun kept beside it ('partecipano 96 atleti| di 14 società' ->
    'Quanti atleti di 14 società partecipano ...?', 'squadre di tutta| la regione'); None when
    the complement runs on too long to stand before the verb."""
    words = tail.split()
    if not words:
        return count, tail
    goes_on = " di " in f" {count.nouns} " and words[0].lower() in ARTICLES["it"]
    if words[0].lower() not in _IT_OF and not goes_on:
        return count, tail
    if len(words) > _LONGEST_HELD:
        return None
    return replace(count, nouns=f"{count.nouns} {tail}"), ""


def _predicate_adjective(word: str) -> bool:
    """Whether a word after a plural Italian copula is a plural adjective or participle that
    says how the subject after it is: 'sono| attive', 'saranno| disponibili', 'sono| previste'."""
    if not word.isalpha() or not word.islower() or not word.endswith(("i", "e")):
        return False
    if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or word in ADVERBIALS["it"]:
        return False
    return word not in NUMBER_WORDS["it"] and not is_finite(word, "it")


def _inverted_predicate_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'Nel parco sono presenti 40 specie di uccelli' -> 'Quante specie di uccelli sono presenti
    nel parco?': a plural copula and its adjective before the count, which is the subject;
    the clause must say where or when ('nel parco', 'da lunedì'), which the question keeps."""
    verb = [w.lower() for w in frame.verb]
    if len(verb) != 1 or not verb[0].endswith("no") or len(frame.between) != 1:
        return None
    adjective = frame.between_text.strip()
    if not _predicate_adjective(adjective) or _has_possessive(frame.opening):
        return None
    if not frame.opening and not tail:
        return None  # "Sono attive 41 scuole": where, the question could not say
    held = _subject_held(count, tail)
    if held is None:
        return None
    count, tail = held
    return _ask_it(count, None, f"{verb[0]} {adjective} {frame.opening} {tail} {frame.when}")


def _stranded_at_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The population is now estimated at around 300 pairs' -> 'How many pairs is the
    population now estimated at?': the figure a passive of reckoning puts, 'at' after it."""
    body = _english_body(frame, frame.subject) if frame.subject else None
    if body is None:
        return None
    return squash(f"How many {count.nouns} {body} at {tail} {frame.when}") + "?"


def _stranded_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The new hall is built around seven rooms' -> 'How many rooms is the new hall built
    around?': the preposition after a passive stays after its verb. 'Over' is left: 'How
    many laps was the race held over?' reads as a count of what it lasted."""
    if not frame.subject:
        return None
    at_object = frame.between == ("at",) and lemma(frame.verb[-1].lower(), "en") in _LOOK_AT
    if frame.between != ("around",) and not at_object:
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    if at_object and re.search(_ANY_NUMBER["en"], tail):
        tail = ""  # "looked at 11 sites| in three states": the tail counts something else
    return squash(f"How many {count.nouns} {body} {frame.between[0]} {tail} {frame.when}") + "?"


# English verbs whose object follows "at", which the question leaves after the verb: "had
# looked at 11 sites" -> "How many sites had the company looked at?".
_LOOK_AT = frozenset("look glance stare aim".split())


def _copula_of_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """A measure an Italian copula gives with 'di': 'L’attesa media è di 47 giorni' -> 'Di
    quanti giorni è l’attesa media?', 'Il salto è di 315 metri' -> 'Di quanti metri è il
    salto?' (a count of things is no measure: 'Il bilancio è di 12 morti', but a gap is
    measured in what it counts: 'Lo scarto è stato di 312 voti' -> 'Di quanti voti è stato lo
    scarto?')."""
    if language != "it" or frame.exact != ["di"] or not frame.subject:
        return None
    measure = count.noun in _TIME_UNITS or count.noun in UNITS or count.noun in _EXTRA_UNITS
    if not measure and not _gap_subject(frame.subject):
        return None
    if count.noun in _CURRENCIES:
        return None
    verb = " ".join(frame.verb)
    if count.noun in _YEARS and frame.subject.startswith(_AGE_SUBJECTS) and verb in _IT_COPULA:
        # "L’età media dei pazienti è di 78 anni": the question asks the age as an age
        return upper_first(squash(f"qual {verb} {frame.subject} {tail} {frame.when}")) + "?"
    how = _how_many_it(count.noun, count.adj).lower()
    return (
        upper_first(squash(f"di {how} {count.nouns} {verb} {frame.subject} {tail} {frame.when}"))
        + "?"
    )


# Italian nouns of a gap between two counts, which a copula measures in the counted things.
_GAP_NOUNS = frozenset("differenza scarto distacco margine divario vantaggio".split())


def _gap_subject(subject: str) -> bool:
    """Whether an Italian subject names a gap: 'lo scarto tra i due candidati', 'il distacco'."""
    words = re.split(r"[\s’']+", subject.lower())
    return len(words) > 1 and words[1] in _GAP_NOUNS


_COPULA_WITH = {"it": "con", "en": "with"}


_LONGEST_PREDICATE = 5  # words between a copula and a trailing "con"/"with": "terzo in classifica"


def _copula_with_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """'Il Valdagno è terzo in classifica con 22 punti' -> 'Con quanti punti il Valdagno è
    terzo in classifica?', 'Leeds are top of the table with 40 points' -> 'With how many
    points are Leeds top of the table?': the count a phrase with "con"/"with" gives after
    what a copula says of its subject."""
    exact = frame.exact
    if len(exact) < 2 or exact[-1] != _COPULA_WITH[language] or not frame.subject:
        return None
    predicate = exact[:-1]
    if len(predicate) > _LONGEST_PREDICATE or not all(w.isalpha() for w in predicate):
        return None
    if any(is_finite(w, language) or w in _COPULA_WITH.values() for w in predicate[1:]):
        return None
    if count.noun in UNITS or count.noun in _CURRENCIES or count.nouns != count.counted:
        return None
    said = frame.between_text.split()[: len(predicate)]
    rest = squash(f"{' '.join(said)} {tail} {frame.when}")
    verb = " ".join(frame.verb)
    if language == "it":
        how = _how_many_it(count.noun, count.adj).lower()
        return upper_first(squash(f"con {how} {count.nouns} {frame.subject} {verb} {rest}")) + "?"
    if len(frame.verb) != 1 or not _plain_subject(frame.subject):
        return None
    return squash(f"With how many {count.nouns} {verb.lower()} {frame.subject} {rest}") + "?"


def _home_to_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """'The reserve is home to 300 species of birds' -> 'How many species of birds is the
    reserve home to?': what an English subject is home to, counted."""
    if frame.exact != ["home", "to"] or len(frame.verb) != 1 or not frame.subject:
        return None
    if not _plain_subject(frame.subject):
        return None
    verb = frame.verb[0].lower()
    return (
        squash(f"How many {count.nouns} {verb} {frame.subject} home to {tail} {frame.when}") + "?"
    )


_AGE_SUBJECTS = ("l’età ", "l'età ")


_EVERY = frozenset(["every", "ogni"])


def _frequency_question(
    count: _Count, frame: _Frame, text: str, language: str
) -> tuple[str, str] | None:
    """(question, answer) of how often a thing happens: 'The bus runs every 12 minutes' ->
    'How often does the bus run?' (every 12 minutes), 'La navetta passa ogni 10 minuti' ->
    'Ogni quanti minuti passa la navetta?' (10 minuti), the verb's object kept ('completes an
    orbit every 19 days')."""
    every = frame.exact[-1:]
    if every not in (["every"], ["ogni"]) or not frame.subject:
        return None
    first = frame.subject.split()[0].lower()
    if first in _PERSONAL_PRONOUNS or first in _POSSESSIVES:
        return None  # "She was fed every 30 minutes", "its chairmanship": whose, it cannot say
    obj = ""
    if len(frame.exact) > 1:
        obj = _object_then(frame, _EVERY, language) or ""
        if not obj:
            return None
    tail = _tail(text, count.noun_end, language)
    if tail is None or tail.rsplit(maxsplit=1)[-1:] in (["e"], ["and"]):
        return None  # "ogni due anni l’Esposizione d’arte e, dal 1980, ...": cut in a list
    measure = text[count.start : count.unit_end]
    if language == "it":
        how = f"ogni {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb} {obj}" if obj else f"{verb} {frame.subject}"
        return upper_first(squash(f"{how} {order} {tail} {frame.when}")) + "?", measure
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = squash(f"How often {body} {obj} {tail} {frame.when}") + "?"
    return asked, f"every {measure}"


_TIMES = frozenset(["volte", "times"])


def _times_object(frame: _Frame, language: str) -> str | None:
    """The verb's object as written, when the words from the verb to a count of times are a
    short noun phrase: 'had checked| the nest| four times' -> 'the nest' (None otherwise: a
    preposition, a verb or a clause word in it tells of something else)."""
    exact = frame.exact
    if not 1 <= len(exact) <= 5 or len(exact) != len(frame.between):
        return None  # "the nest at least four times": the approximation is no object
    if exact[-1] in STOPWORDS[language] or exact[-1] in ARTICULATED:
        return None
    for word in exact:
        if word in ARTICLES[language] or word in _POSSESSIVES:
            continue
        if not word.isalpha() or word in _CLAUSE_WORDS or word in _COORDINATORS:
            return None
        if word in PREPOSITIONS[language] or word in ARTICULATED or is_finite(word, language):
            return None
    return frame.between_text


def _times_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """How many times a thing was done to the verb's object: 'Rangers had checked the nest
    four times in two years' -> 'How many times had rangers checked the nest in two years?',
    'Gli ispettori hanno visitato il sito tre volte' -> 'Quante volte gli ispettori hanno
    visitato il sito?'."""
    if not frame.subject or _is_copula(frame, language):
        return None
    obj = _times_object(frame, language)
    tail = _tail(text, count.noun_end, language)
    if obj is None or tail is None:
        return None
    how = "quante volte" if language == "it" else "how many times"
    return _object_kept_question(how, frame, obj, tail, language)


def _object_kept_question(
    how: str, frame: _Frame, obj: str, tail: str, language: str
) -> str | None:
    """The question of a count after the verb's object, which stays after the verb: 'How many
    times had rangers checked the nest ...?', 'A quante navi il comune ha ridotto la flotta?'
    (with an object, the Italian subject comes first)."""
    if language == "it":
        verb = " ".join(frame.verb)
        asked = f"{how} {frame.subject} {verb} {obj} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return upper_first(squash(f"{how} {body} {obj} {tail} {frame.when}")) + "?"


def _made_of_question(count: _Count, frame: _Frame, tail: str) -> str | None:
    """The members a whole is made of: 'The council is made up of 36 councillors' -> 'How many
    councillors make up the council?', 'The jury consists of 12 people' -> 'How many people
    does the jury consist of?'."""
    verb = [w.lower() for w in frame.verb]
    if frame.exact == ["up", "of"] and verb[-1:] == ["made"] and len(verb) == 2:
        make = {"is": "make", "are": "make", "was": "made", "were": "made"}.get(verb[0])
        if make is None:
            return None
        return squash(f"How many {count.nouns} {make} up {frame.subject} {tail} {frame.when}") + "?"
    if frame.exact == ["of"] and len(verb) == 1 and lemma(verb[0], "en") == "consist":
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        return squash(f"How many {count.nouns} {body} of {tail} {frame.when}") + "?"
    return None


# English nouns whose size a count gives with "of", asked "How large a crowd ...?": "drew a
# crowd of about 4,200", "found a roost of 60 bats".
_EN_SIZE_NOUNS = frozenset(
    """crowd audience roost colony herd flock shoal pack fleet workforce congregation following
    queue field""".split()
)


# English nouns a count is the figure of, asked "What population ...?": "serves a population
# of 400,000", "has set a target of 600,000 installations".
_EN_FIGURE_NOUNS = frozenset(
    """population capacity target total majority turnout attendance membership intake tally
    score""".split()
)


# Adjectives of size before such a noun, which its question leaves out ("How large a crowd").
_EN_SIZE_WORDS = frozenset("large big huge vast small sizeable bumper record".split())


# Prepositions before an English "a NOUN of" that a count is the figure of, which its question
# puts first: "played in front of a crowd of 4,200" -> "In front of how large a crowd did the
# band play?", "opened with a capacity of 14,500" -> "With what capacity did the stadium open?".
_EN_NOUN_OF_PREPOSITIONS = (("in", "front", "of"), ("with",), ("to",), ("before",))


_LONGEST_NOUN_OF_COMPLEMENT = 3  # words between the verb and such a preposition: "in 2019"


def _noun_of_lead(frame: _Frame) -> tuple[str, str] | None:
    """(preposition, complements) before the 'a NOUN of' of a count: ('with', 'in 2019') of
    'opened in 2019 with a capacity of'; ('', '') when the phrase follows the verb."""
    exact = frame.exact
    article = _article_at(frame)
    if article == 0:
        return ("", "") if exact[:1] in (["a"], ["an"]) else None
    before = exact[:article]
    written = frame.between_text.split()[:article]
    for preposition in _EN_NOUN_OF_PREPOSITIONS:
        if tuple(before[-len(preposition) :]) != preposition:
            continue
        complements = written[: len(written) - len(preposition)]
        if len(complements) > _LONGEST_NOUN_OF_COMPLEMENT:
            return None
        if any(not w.isalpha() and not _YEAR.fullmatch(w) for w in complements):
            return None
        if any(_verb_like(w.lower()) or w.lower() in _EN_CLAUSE_WORDS for w in complements):
            return None
        return " ".join(written[len(complements) :]), " ".join(complements)
    return None


# Words that open a clause of their own between a verb and a count's noun phrase.
_EN_CLAUSE_WORDS = frozenset("when while as after before that which who where".split())


def _noun_of_count_question(frame: _Frame, tail: str) -> str | None:
    """The English object a count is the size or figure of, with 'of' after it: 'The match
    drew a crowd of about 4,200' -> 'How large a crowd did the match draw?', 'The hospital
    serves a population of 400,000' -> 'What population does the hospital serve?'; after a
    preposition, which the question puts first: 'In front of how large a crowd did the band
    play?'."""
    lead = _noun_of_lead(frame)
    if lead is None or _is_copula(frame, "en"):
        return None
    preposition, complements = lead
    article = _article_at(frame)
    exact = frame.exact[article:]
    if not 3 <= len(exact) <= 4:
        return None
    noun = exact[1:-1]
    if any(not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in noun):
        return None
    written = frame.between_text.split()[article + 1 : article + len(exact) - 1]
    if len(written) != len(noun):  # "a| first intake| of"
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    if preposition:
        body = f"{body} {complements}"
    written = [w for w in written if w.lower() not in _EN_SIZE_WORDS]  # "a large| crowd of"
    named = " ".join(written)
    rate = _EN_SUM_RATE.match(tail)
    if rate is not None and tail[rate.end() : rate.end() + 1] in ("", " "):
        tail = tail[rate.end() :].strip()  # "a target of 600,000 a year|": the figure's rate
    if _has_digit(_YEAR.sub("", tail)):
        return None  # another figure in the clause; a year may stay ("by 2028")
    if noun[-1] in _EN_SIZE_NOUNS:
        asked = f"how large {exact[0]} {named}"
    elif noun[-1] == "population" and frame.verb[-1].lower() in _EN_HAVE:
        return None  # "The town has a population of ...": asked of the place elsewhere
    elif noun[-1] in _EN_FIGURE_NOUNS:
        asked = f"what {named}"
    else:
        return None
    return upper_first(squash(f"{preposition} {asked} {body} {tail} {frame.when}")) + "?"


def _article_at(frame: _Frame) -> int:
    """Where the last indefinite article stands among the words before a count."""
    return max((i for i, w in enumerate(frame.exact) if w in ("a", "an")), default=0)


# An Italian complement of a preposition and a bare noun, which makes one phrase with its
# verb: "marchiare a fuoco", "mettere in vendita", "tenere in vita".
_IT_BARE_COMPLEMENT = re.compile(r"(?:a|in|di|da|su|per)\s+[a-zà-ù]{3,}")


def _complement_first_question(
    count: _Count, frame: _Frame, tail: str, language: str
) -> str | None:
    """'Quante fotografie restituisce il progetto al pubblico?', 'How many jobs will the plant
    bring to the town?': the complement after the verb, as the question orders it."""
    # the words of the complement, not the approximation before the number ("oltre", "about")
    complement = " ".join(frame.between_text.split()[: len(frame.exact)])
    if language == "it":
        verb = " ".join(frame.verb)
        if _IT_BARE_COMPLEMENT.fullmatch(complement):  # "hanno marchiato a fuoco": one verb
            return _ask_it(count, None, f"{verb} {complement} {frame.subject} {tail} {frame.when}")
        return _ask_it(count, None, f"{verb} {frame.subject} {complement} {tail} {frame.when}")
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"How many {count.nouns} {body} {complement} {tail} {frame.when}") + "?"


# A word of letters joined by hyphens: "solar-powered", "long-term", "ad-hoc".
_HYPHENED = re.compile(r"[a-zà-ù]+(?:-[a-zà-ù]+)+")


def _unhyphened(frame: _Frame) -> _Frame:
    """The frame with its words joined by hyphens read as one word each, so that an object
    such as 'solar-powered GPS tags' is a noun phrase like 'GPS tags' (the question keeps the
    words as written)."""
    if not any("-" in w for w in frame.between):
        return frame
    between = tuple(w.replace("-", "") if _HYPHENED.fullmatch(w) else w for w in frame.between)
    return replace(frame, between=between)


def _after_object_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """'GasCo supplies gas to 1.1 million customers' -> 'To how many customers does GasCo
    supply gas?', 'Il comune ha ridotto la flotta a 12 navi' -> 'A quante navi il comune ha
    ridotto la flotta?' (with an object, the Italian subject comes first)."""
    if count.noun in _CLOCK or count.noun in _YEARS:
        return None  # "will reach the coast in 3 hours", "una stella a 40 anni luce": no count
    obj = _object_then(_unhyphened(frame), _OBJECT_PREPOSITIONS[language], language)
    if obj is None and language == "it":  # "ha chiuso la stagione al primo posto con 71 punti"
        # not "a"/"su", which may join the count to the object ("il sistema a cinque codici")
        obj = _italian_object_of(frame, frozenset(("con", "per")), _IT_JOINTS)
    if obj is None and count.noun.lower() not in _OTHERS:
        obj = _complement_before_with(frame, language)  # "ha chiuso al primo posto| con"
    if obj is None or any(is_finite(w, language) and "-" not in w for w in obj.split()):
        return None  # "solar-powered": an adjective, no verb
    preposition = frame.exact[-1]
    if preposition in {"con", "with"} and obj.split()[0].lower() in _INDEFINITE_ARTICLES:
        return None  # "ha inaugurato una sala con 24 postazioni": the count is the room's
    if language == "it":
        how = _how_many_it(count.noun, count.adj).lower()
        how = f"{'a' if preposition == 'ad' else preposition} {how} {count.nouns}"
    else:
        how = f"{preposition} how many {count.nouns}"
    return _object_kept_question(how, frame, obj, tail, language)


_INDEFINITE_ARTICLES = frozenset("un uno una un’ a an".split())


# English words of a place in a ranking, which open a complement as a preposition does:
# "finished| top of the table| with", "came| third| with".
_EN_RANKS = frozenset(
    "top bottom first second third fourth fifth sixth seventh eighth ninth tenth last".split()
)


_LONGEST_WITH_COMPLEMENT = 5  # words of a complement between the verb and "con"/"with"


def _complement_before_with(frame: _Frame, language: str) -> str | None:
    """The complement as written between the verb and a "con"/"with" that brings the count:
    'ha chiuso| al primo posto| con 5 ori' -> 'al primo posto', 'finished| top of the
    table| with 40 points' -> 'top of the table'; a preposition (or an English rank) opens
    it, and no verb, clause word or number is in it."""
    exact = frame.exact
    if len(exact) < 2 or exact[-1] != _COPULA_WITH[language]:
        return None
    complement = exact[:-1]
    first, last = complement[0], complement[-1]
    if len(complement) > _LONGEST_WITH_COMPLEMENT or not all(w.isalpha() for w in complement):
        return None  # "al 2-1", "in 2024": no complement of place or rank
    opens = first in PREPOSITIONS[language] or first in ARTICULATED or first.endswith("’")
    if not opens and not (language == "en" and first in _EN_RANKS):
        return None
    if first in _COPULA_WITH.values() or first in {"of", "di", "to", "by", "da"}:
        return None  # "with the help of", "di ...": the count belongs to what comes before
    if last in PREPOSITIONS[language] or last in ARTICULATED or last in ARTICLES[language]:
        return None
    for word in complement[1:]:
        if is_finite(word, language) or word in _CLAUSE_WORDS or word in _COPULA_WITH.values():
            return None
        if word in NUMBER_WORDS[language] or word in _POSSESSIVES:
            return None
    words = frame.between_text.split()
    return " ".join(words[: len(complement)])


# Participles that are also the simple past.
_PAST_PARTICIPLES = frozenset(
    "built held made won led paid sold bought brought caught found kept left lost met sent spent "
    "told taught thought".split()
)


def _agent_verb(frame: _Frame) -> str | None:
    """The active verb of an English passive whose agent is counted: 'was approved' ->
    'approved', 'is used' -> 'use' (the agents are many)."""
    if len(frame.verb) != 2 or not _passive(frame):
        return None
    aux, participle = (w.lower() for w in frame.verb)
    if aux in {"is", "are"}:
        return lemma(participle, "en")
    if aux in {"was", "were"} and (participle.endswith("ed") or participle in _PAST_PARTICIPLES):
        return participle
    return None


def _complement_before_by(frame: _Frame) -> str | None:
    """The complement as written between an English passive and the 'by' of its counted
    agent, which the question keeps after the verb: 'was taken| within six miles of the
    coast| by 14 vessels' -> 'within six miles of the coast'; a preposition opens it, and no
    verb, clause word or punctuation is in it."""
    exact = frame.exact
    if not _passive(frame) or len(exact) < 3 or exact[-1] != "by":
        return None
    first = exact[0]
    if first not in PREPOSITIONS["en"] or first in {"by", "of", "than", "as"}:
        return None
    for word in exact[1:-1]:
        if not word.isalnum() or word in _CLAUSE_WORDS or word in {"by", "and", "or"}:
            return None
        if word.islower() and is_finite(word, "en") and not word.isdigit():
            return None
    words = frame.between_text.split()
    return " ".join(words[: len(exact) - 1])


def _passive(frame: _Frame) -> bool:
    return len(frame.verb) > 1 and frame.verb[0].lower() in {"is", "are", "was", "were", "been"}


# "in più" after the Italian counted noun, told at the clause's end: "servono 26 infermieri| in
# più": it goes with the noun in the question ("Quanti infermieri in più servono ...?").
_IT_MORE_AFTER = re.compile(
    r"(?:^|\s)(?P<more>in\s+(?:più|meno))(?=\s*$|\s+(?!di\b|del|dell|degli|dei)[\w’]+)"
)


def _ask_it(count: _Count, preposition: str | None, rest: str) -> str:
    how = _how_many_it(count.noun, count.adj)
    more = _IT_MORE_AFTER.search(rest.strip())
    if more and " in " not in f" {count.nouns} ":
        rest = rest.strip()[: more.start()] + rest.strip()[more.end() :]
        count = replace(count, nouns=f"{count.nouns} {more.group('more')}")
    if preposition:
        how = f"{'a' if preposition == 'ad' else preposition} {how.lower()}"
    return upper_first(squash(f"{how} {count.nouns} {rest}")) + "?"


def _inverted(frame: _Frame, people: bool = False) -> bool:
    """Whether an Italian verb group before its count has the count as its subject: plural
    ('operano', 'sono stati cancellati') and not an active past ('hanno registrato'), unless
    the count is of people and the verb one they do with no object ('hanno votato 900
    persone')."""
    if any(w.lower() in _CLITICS - {"si", "non"} for w in frame.verb):
        return False  # "Vi aderiscono 7.000 comuni": "vi" points to what the question lacks
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS]
    finite = words[0] if words else ""
    if finite in _AVERE_PLURALS:
        # "Hanno aderito 300 persone": an active past is inverted only of a verb with no
        # object, else the count is its object ("hanno registrato 147 terremoti")
        if len(words) == 2 and people and words[1] in _IT_PEOPLE_INTRANSITIVE:
            return True
        return len(words) == 2 and _it_intransitive_participle(words[1])
    return finite.endswith(("no", "ebbero"))  # "operano", "sarebbero state truccate"


_AVERE_PLURALS = frozenset("hanno avevano ebbero avranno avrebbero".split())


# Participles of verbs that may take an object, which a count of people after them does not
# receive but does: "hanno votato 900 persone", "hanno risposto 300 famiglie".
_IT_PEOPLE_INTRANSITIVE = frozenset("votato risposto".split())


# Participles of verbs that tell of their subject with "avere" and no object as often as
# they take one, and whose question reads the same either way: "da gennaio hanno chiuso 41
# laboratori" -> "Quanti laboratori hanno chiuso da gennaio?".
_IT_EITHER_WAY = frozenset("chiuso aperto riaperto vissuto corso".split())


def _it_intransitive_participle(word: str) -> bool:
    """'aderito', 'partecipato', 'lavorato': the participle of a verb of _IT_INTRANSITIVE."""
    if word in _IT_EITHER_WAY:
        return True
    if not word.endswith(("ato", "uto", "ito")):
        return False
    stem = word[:-3]
    return any(stem + e in _IT_INTRANSITIVE for e in _IT_INFINITIVES)


# After the count (and a second one joined by "e"): an article, a noun, maybe an adjective.
_POSTVERBAL = re.compile(
    r"^(?:\s+(?:e|ed)\s+\S+\s+[^\W\d_]+)?\s+(?P<np>(?:(?:il|lo|la|i|gli|le)\s+|l’)[^\W\d_]+"
    r"(?:\s+(?!(?:di|del|della|dei|degli|delle|dello|per|in|con|su|a|da)\b)[a-zà-ù]{4,})?)"
)


def _postverbal_subject(text: str, at: int) -> str | None:
    """The subject after a count in an Italian clause that opens with its verb: 'Si è chiuso
    con nove condanne e quattro assoluzioni| il processo d’appello' -> 'il processo
    d’appello', 'Ha vinto tre medaglie| la nazionale' -> 'la nazionale'."""
    m = _POSTVERBAL.match(text[at:])
    if m is None:
        return None
    end = at + m.end("np")
    end = _complement(text, end, "it")
    after = text[end : end + 2]
    if after and after[0] not in " ,;.":
        return None
    return text[at + m.start("np") : end]


# A count after "with"/"con" in a phrase between commas, or opening the sentence, tells what
# its subject has: "La sala, con 24 postazioni, sarà aperta ...", "With about 1.3 million
# members, it is one of the largest unions".
_WITH_BEFORE = re.compile(
    r"(?:^|,\s)(?:[Ww]ith|[Cc]on)\s+(?:(?:about|around|some|over|nearly|almost|more\s+than"
    r"|circa|oltre|quasi|più\s+di|appena)\s+)?$"
)


_WITH_CUE = {"en": "ith ", "it": "on "}


def _with_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Quante postazioni ha la sala?', 'How many members does Unison have?': the count of a
    phrase with "with"/"con" that stands between commas after the subject, or opens the
    sentence before a clause about an entry."""
    language = doc.language
    text = s.text
    if _WITH_CUE[language] not in text[max(0, count.start - 20) : count.start]:
        return None  # the cheap test first
    m = _WITH_BEFORE.search(text, max(0, count.start - 30), count.start)
    if m is None or count.nouns != count.counted or count.noun in UNITS:
        return None
    if count.noun.lower() in _OTHERS:
        return None  # "The man, with 20 others, was arrested": who were with him
    if m.start() > 0 and text[m.start()] == ",":
        described = _described_with(text[: m.start()], s, doc)
        if described is not None and _WITH_END.match(text, count.noun_end):
            # "Sheffield is the greenest city in England, with 250 parks."
            subject, past = described
            if language == "it":
                return _ask_it(count, None, f"{'aveva' if past else 'ha'} {subject}")
            plural = subject[:1].islower() and _plural(_head_noun(subject, "en"), "en")
            do = "did" if past else "do" if plural else "does"
            return f"How many {count.nouns} {do} {subject} have?"
    opening = m.start() == 0 and count.noun not in _EXTRA_UNITS  # "Con 25.000 ettari, ..."
    if opening and text.startswith((", ", " "), count.noun_end):
        # "With 4,200 members, the club is ...": the subject that follows has them
        opened = _opening_subject(text, text.index(" ", count.noun_end) + 1, language, s, doc)
        if opened is not None:
            subject, verb = opened
            return _had_question(count, subject, verb, language)
    if not text.startswith(", ", count.noun_end):
        return None  # the phrase must end with its comma
    if m.start() == 0:  # "With about 1.3 million members, it is ...": the entry's count
        nxt = tokens(text[count.noun_end + 2 : count.noun_end + 30])
        if s.entry is None or not nxt:
            return None
        # the entry is the subject: a pronoun, or an Italian verb with no subject before it
        if nxt[0].low not in _PRONOUNS and not (language == "it" and _verb_word(nxt[0], "it")):
            return None
        subject = lower_first(s.entry.phrase)
        following = ""
    else:  # after a semicolon, the clause's own subject: "...; Albino, con 18.000 residenti,"
        subject = text[: m.start()].rpartition("; ")[2].strip()
        head = tokens(subject)
        if not 1 <= len(head) <= 8 or "," in subject:
            return None
        if not starts_with_subject(head, language) or any(_verb_word(t, language) for t in head):
            return None
        nxt = tokens(text[count.noun_end + 2 : count.noun_end + 40])
        if len(nxt) < 2 or not _verb_after_subject(nxt[0], nxt[1], language):
            return None
        if _person(subject, doc) and _people_noun(count.noun, language):
            return None  # "Il sindaco, con 20 consiglieri, ha votato": who were with him
        if _person_complement(subject, doc):
            return None  # "Il turno del palleggiatore Rossi, con due ace, ...": whose aces?
        subject = _common_first(lower_first(lower_initial(subject, doc)), doc)
        following = nxt[0].low
    if language == "it":
        return _ask_it(count, None, f"ha {subject}")
    plural = bool(following) and _plural(_head_noun(subject, "en"), "en")  # an entry is one
    past = following in {"was", "were", "had"} or following.endswith("ed")
    do = "did" if past else "do" if plural else "does"
    return f"How many {count.nouns} {do} {subject} have?"


# The longest subject after an opening "with" phrase, in words: "the county's oldest club".
_LONGEST_OPENING_SUBJECT = 6


def _opening_subject(
    text: str, at: int, language: str, s: Sentence, doc: Document
) -> tuple[str, str] | None:
    """(subject, verb) of the clause after an opening "with" phrase: 'With 4,200 members,| the
    club is the largest ...' -> ('the club', 'is'); 'Con 181.000 ettari| è il secondo parco' in
    an entry -> (the entry, 'è'). None unless the verb is "be" (what the subject is, which the
    phrase describes: 'With two goals, Smith won the match' tells of the match) and an
    article or a name opens the subject."""
    toks = tokens(text[at : at + 120])
    if len(toks) < 2:
        return None
    if language == "it" and toks[0].low in _DESCRIBING_BE and s.entry is not None:
        return lower_first(s.entry.phrase), toks[0].low  # "è il secondo parco": the entry's
    if not starts_with_subject(toks, language) or toks[0].low in _PRONOUNS:
        return None
    for i in range(1, min(len(toks) - 1, _LONGEST_OPENING_SUBJECT + 1)):
        t = toks[i]
        if not t.text[:1].isalnum() or t.low in _CLAUSE_OPENERS:
            return None
        if t.low in _DESCRIBING_BE:
            subject = text[at : at + toks[i - 1].end].strip()
            return _common_first(lower_first(lower_initial(subject, doc)), doc), t.low
        if _verb_word(t, language):
            return None
    return None


# The verbs after which an opening "with" phrase tells what the subject has.
_DESCRIBING_BE = frozenset("is was are were remains è era sono erano resta rimane".split())


# Words that open a clause of their own inside a subject: no verb of the subject follows.
_CLAUSE_OPENERS = frozenset("which who that whose che cui dove where".split())


def _had_question(count: _Count, subject: str, verb: str, language: str) -> str:
    """'How many members does the club have?', 'Quanti soci ha il club?': what the subject
    has, in the tense of its verb ('was' -> 'did ... have'). An area is left out: 'Con circa
    25.000 ettari, il Piemonte è la regione con la più ampia superficie coltivata' measures
    the fields, not the region."""
    past = verb in _PAST_BE
    plural = verb in {"are", "were", "sono", "erano"}
    if language == "it":
        have = ("avevano" if plural else "aveva") if past else "hanno" if plural else "ha"
        return _ask_it(count, None, f"{have} {subject}")
    do = "did" if past else "do" if plural else "does"
    return f"How many {count.nouns} {do} {subject} have?"


# A clause that says what its subject is, before a trailing "with"/"con" phrase: "Sheffield
# is| the greenest city in England|, with ...", "È| il club più titolato d’Italia|, con ...".
_DESCRIBED = {
    "en": re.compile(
        r"^(?P<subject>[^,;:()]{1,60}?)\s+(?P<be>is|was|are|were)\s+(?:now\s+)?"
        r"(?:a|an|the|one|home)\s[^,;:()\d]{2,80}$"
    ),
    "it": re.compile(
        r"^(?P<subject>[^,;:()]{0,60}?)\s*(?P<be>[èÈ]|[Ee]ra|[Ss]ono|[Ee]rano)\s+(?:oggi\s+)?"
        r"(?:il|lo|la|i|gli|le|un|uno|una|l’|un’)\s?[^,;:()\d]{2,80}$"
    ),
}


_PAST_BE = frozenset("was were era erano".split())


# The end of a trailing "with" phrase: the sentence's end, or a comma before a second clause
# ("..., con 15 scudetti, e ha vinto ..."); a second noun may join the counted one.
_WITH_END = re.compile(r"(?:\s+(?:and|e)\s+[a-zà-ù]+)?(?:[.!?;]|,\s+(?:e|ed|and|but|ma)\s(?!\d))")


def _described_with(before: str, s: Sentence, doc: Document) -> tuple[str, bool] | None:
    """(subject, past) of a clause that says what its subject is, which a trailing phrase
    with "with"/"con" goes on to describe: 'Sheffield is the greenest city in England' ->
    ('Sheffield', False); a pronoun or an Italian subject left unsaid is the entry's."""
    language = doc.language
    m = _DESCRIBED[language].match(before)
    if m is None:
        return None
    subject = m.group("subject").strip()
    head = tokens(subject)
    if not subject or (len(head) == 1 and head[0].low in _PRONOUNS):
        if s.entry is None:
            return None
        subject = s.entry.phrase  # "It is home to ...", "È il club ...": the entry
    elif len(head) > 6 or not starts_with_subject(head, language):
        return None
    elif any(_verb_word(t, language) for t in head):
        return None
    elif all(t.text[:1].isupper() for t in head[1 if head[0].low in ARTICLES[language] else 0 :]):
        # "Leeds is ...", "La Val Seriana è ...": a name as it is, its article lowercased
        named = subject if head[0].low not in ARTICLES[language] else lower_first(subject)
        return named, m.group("be").lower() in _PAST_BE
    subject = _common_first(lower_first(lower_initial(subject, doc)), doc)
    return subject, m.group("be").lower() in _PAST_BE


# "with"/"con" and people of the same kind as the subject is "together with", not "having":
# "The man, with 20 others, was arrested", "Il sindaco, con 20 consiglieri, ha votato contro".
_OTHERS = frozenset("others altri altre altrettanti".split())


_PEOPLE_WORDS = frozenset(
    """people persons men women children friends colleagues relatives guests fans pilgrims
    priests monks nuns troops police staff crew persone uomini donne bambini ragazzi ragazze
    amici colleghi parenti familiari ospiti tifosi pellegrini sacerdoti preti monaci suore
    soldati agenti militari""".split()
)


_PEOPLE_ENDINGS = {
    "it": ("tori", "trici", "isti", "iste", "ieri", "anti", "enti"),
    "en": ("ers", "ors", "ists", "ians", "ants", "ents", "men"),
}


# The prepositions of a complement that says whose, or by whom, the subject's noun is: "il
# turno del palleggiatore", "un assolo dal capitano", "a spell from the bowler".
_WHOSE_WORDS = frozenset("of from by di da".split()) | frozenset(
    w for w in ARTICULATED if w.startswith(("de", "da"))
)


def _person_complement(subject: str, doc: Document) -> bool:
    """Whether the subject's noun has a complement that names a person ('Un turno al servizio
    del palleggiatore Mattia Rossi', 'The first spell of the captain'): an aside with 'con'/
    'with' after it may be the person's as well, so it tells of no one's having."""
    words = subject.split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _WHOSE_WORDS or word.lower().startswith(("dell’", "dall’")):
            rest = " ".join(words[i:])
            if people_in(rest, doc) or any(_person_word(w, doc.language) for w in words[i:]):
                return True
    return False


def _person_word(word: str, language: str) -> bool:
    """A word for a person: an office, 'man'/'donna', or a noun of who does something
    ('palleggiatore', 'allenatrice', 'chairwoman')."""
    low = word.lower().rpartition("’")[2]
    return (
        low in ROLE_WORDS[language]
        or low in _PERSON_WORDS
        or (len(low) > 5 and low.endswith(_PERSON_ENDINGS[language]))
    )


def _people_noun(noun: str, language: str) -> bool:
    """Whether a plural noun names people: 'persone', 'councillors', 'manifestanti'."""
    low = noun.lower()
    return low in _PEOPLE_WORDS or low.endswith(_PEOPLE_ENDINGS[language])


def _entry_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Quanti abitanti ha Trani?', 'How many member states does the WMO have?': the count
    of an entry's people or members, said with a verb of having."""
    language = doc.language
    if s.entry is None or not (refers_to_entry(s, language) or _opens_with_its_count(s)):
        return None
    if count.noun not in _HAVE_NOUNS and count.noun not in _MEMBER_NOUNS:
        return None
    if _named_clause_of_its_own(s.text, count.start, s.entry.phrase):
        return None  # "Conta 140.000 abitanti; Albino, con 18.000 residenti, è ...": Albino's
    toks = tokens(s.text)
    at = index_at(toks, count.start)
    place = s.entry.kind in {"city", "region"}
    if not (count.noun in _RESIDENTS and _has_with(toks, at, place)) and not _has_by_verb(
        toks, at, language
    ):
        return None
    subject = lower_first(s.entry.phrase)
    if language == "it":
        verb_word = "ha" if count.noun in _HAVE_NOUNS else "comprende"
        asked = render("it", "how_many", noun=count.counted, verb=verb_word, subject=subject)
        return asked.replace("Quanti", _how_many_it(count.noun, count.adj), 1)
    # "How many member states does the WHO have?": English has its members as its people.
    return render("en", "how_many", noun=count.counted, verb="does", subject=subject, verb2="have")


def _named_clause_of_its_own(text: str, at: int, entry: str) -> bool:
    """Whether the figure at `at` stands in a clause after a semicolon that opens with a name
    other than the entry's: the clause has a subject of its own."""
    semicolon = text.rfind("; ", 0, at)
    if semicolon < 0:
        return False
    clause = text[semicolon + 2 :]
    return clause[:1].isupper() and not clause.startswith(entry)


def _opens_with_its_count(s: Sentence) -> bool:
    """'With about 1.6 million residents, it is the fifth ...': an entry sentence that opens
    with what the entry has, its subject a pronoun after the comma."""
    if not s.text.startswith(("With ", "Con ")):
        return False
    rest = s.text.partition(", ")[2].split(maxsplit=1)
    return bool(rest) and rest[0] in _ENTRY_PRONOUNS


# Prepositions of a route or a span: a count that ends one ("between A and 22 of the
# islands") is where something goes, not what the subject has ("tra 27 paesi" is).
_BETWEEN_PREPOSITIONS = frozenset("between among across towards tra fra verso".split())


def _has_by_verb(toks: list[Token], at: int, language: str) -> bool:
    """Whether a count at token `at` is the object of the clause's verb of having: 'Matera è
    un comune di circa 60.000 abitanti', 'The WMO has 193 member states'."""
    verb = main_verb(toks, language, stop=at)
    if verb is None or lemma(toks[verb].low, language) not in _HAVE_VERBS:
        return False
    if verb > 0 and toks[verb - 1].low in {"che", "which", "that", "who"}:
        return False  # "... della provincia, che conta 570.000 abitanti": the province's
    between = next((k for k in range(verb + 1, at) if toks[k].low in _BETWEEN_PREPOSITIONS), None)
    if between is not None and any(t.low in {"and", "e", "ed"} for t in toks[between + 1 : at]):
        return False  # "ferries between the mainland and 22 of the islands": one end of a route
    for t in toks[verb + 1 : at]:
        # "fondata nel 1949 da dodici paesi": the founders, not the members of today
        if t.text in {",", ";", ":"} or is_participle(t.text, language):
            return False
        if t.low in _AGENTS or t.low in _CLAUSE_WORDS:
            return False  # "... an agency that manages projects in 17 states"
        if t.low.startswith("serv"):
            return False  # "has 450 beds and serves a population of 320,000 people"
        if t.text.islower() and is_finite(t.text, language):
            if lemma(t.low, language) not in _HAVE_VERBS:
                return False  # "ha 450 letti e dispone di ...": another verb's count
    return True


# Who live or work in a place, which has them "with": "..., con circa 315.000 abitanti".
_RESIDENTS = frozenset("abitanti residenti dipendenti inhabitants residents employees".split())


_HAS_AS_RELATIVE = frozenset("conta contava ha aveva has had counts".split())


def _has_with(toks: list[Token], at: int, place: bool = True) -> bool:
    """Whether the count at token `at` says what an entry has with 'con'/'with' or in a
    relative clause: 'Bari ..., con circa 315.000 abitanti', 'With about 1.6 million
    residents, it is ...', 'Kourou è un comune ..., che conta circa 25.000 abitanti'; the
    relative only of a `place` (of a body, it is the place named before: 'Il Tribunale ... è
    competente per la provincia, che conta 570.000 abitanti')."""
    k = at - 1
    while k >= 0 and toks[k].low in _APPROX:
        k -= 1
    if k < 0:
        return False
    if toks[k].low in _WITH:
        return True
    relative = toks[k].low in _HAS_AS_RELATIVE and k > 0 and toks[k - 1].low in {"che", "which"}
    return relative and place


# "In 2019, ", "Lunedì scorso, ": a short adverbial and its comma before a count.
# Adverbs that sum up or comment on the whole sentence: the question may leave them out.
_SENTENCE_ADVERBS = frozenset("overall altogether complessivamente".split())


def _sentence_adverb_end(text: str, language: str) -> int:
    """The end of an adverb and its comma that open the sentence ('Overall, ', 'Sadly, ',
    'Complessivamente, '), or 0."""
    m = _ONE_WORD_LEAD.match(text)
    if m is None:
        return 0
    word = m.group(0).rstrip(", ").lower()
    ending = "ly" if language == "en" else "mente"
    return m.end() if word.endswith(ending) or word in _SENTENCE_ADVERBS else 0


_LEADING_ADVERBIAL = re.compile(
    r"^(?P<lead>(?:In|On|At|During|According to|By(?!\s+(?:contrast|comparison|the\s+way"
    r"|chance|far|law|design|default)\b)|Nel|Nella|Nei|Negli|Nelle|Durante|Secondo"
    r"|Lo scorso|La scorsa)"
    r"\s[^,]{2,30}),\s+"
)


# A leading clause of time, moved to the end of the question: "Since the clinics opened on 6
# November, 1,870 doses have been given" -> "How many doses have been given since ...?".
_LEADING_TIME = re.compile(
    r"^(?P<lead>(?:Since|After|Before|When|Once|Dopo\s+che|Da\s+quando|Quando|Prima\s+che)"
    r"\s[^,;:()“”«»\"]{2,60}),\s+"
)


# What may stand before a count that is the subject: "A record 55,736 runners started",
# "A total of 300 people", "Un totale di 40 scuole".
_TOTAL = re.compile(r"(?i:a\s+record|a\s+total\s+of|an\s+estimated|un\s+totale\s+di)\s+")


# A place the counted come from, between them and their verb: "55,736 runners from 157
# countries started".
_ORIGIN = frozenset("from of da di".split())


# Words after a counted noun that open a phrase of the noun, never its verb.
_NOUN_MODIFIERS = frozenset("worth".split())


def _subject_verb(toks: list[Token], language: str) -> bool:
    """Whether the words after a counted subject open with its verb: 'died', 'sono morte',
    'link the two banks' (a plural present), or with a short complement of origin and then
    the verb ('from 157 countries started')."""
    first = toks[0]
    if first.low in AUXILIARIES[language] or _finite(first, language):
        return True
    if first.low in _NOUN_MODIFIERS:
        return False  # "4,800 loans worth| a combined 190 billion krónur": the noun's phrase
    after = toks[1].text if len(toks) > 1 else ""
    if is_plural_present_at(first.text, after, language):
        return True
    if language == "en" and first.text in _EN_PLAIN_PRESENTS and len(toks) > 1:
        return True  # "About 55 tracks remain| closed", "12 million people live| with ..."
    if language == "en" and first.text in _EN_SAME_FORM_VERBS and len(toks) > 1:
        # "34 workers cut| mature trees": a past or a present, asked the same either way
        return toks[1].low in _EN_OBJECT_ARTICLES or toks[1].text.islower()
    if language == "en" and _present_by_place(toks):
        return True  # "About 980 licence holders fish| in the bay"
    placed = language == "en" and first.low in _EN_WHERE_COUNTED
    if (first.low not in _ORIGIN and not placed) or len(toks) < 3:
        return False
    named = _name_end(toks, 1)
    if 2 < named < len(toks):  # "60 firefighters from Cumbria Fire and Rescue| were"
        t = toks[named]
        if t.low in AUXILIARIES[language] or (t.text.islower() and _finite(t, language)):
            return True
    for i in range(2, min(len(toks), 6)):
        t = toks[i]
        if placed and not toks[i - 1].text.isalpha():
            return False  # "50 people in 2020 died": a time, not where they are
        if t.low in AUXILIARIES[language] or (t.text.islower() and _finite(t, language)):
            return not any(u.low in STOPWORDS[language] for u in toks[2:i])
        if placed and t.text in _EN_PLAIN_PRESENTS:  # "12 million people in the UK live| ..."
            return not any(u.low in STOPWORDS[language] for u in toks[2:i])
    return False


# Words after a counted noun that are verbs elsewhere but here say where or how the counted
# are, or what they are: "50 people present| at the meeting", "ten days back| in May".
_EN_NOT_PRESENTS = frozenset(
    """present back down up out off over away home ahead apart aside abroad overall together
    worth plus""".split()
)


def _present_by_place(toks: list[Token]) -> bool:
    """Whether the first word after an English counted subject is its verb in the present by
    its place, though no list knows it as one: a verb's lemma without '-s', then a
    preposition or an adverb in '-ly' ('About 980 licence holders fish| in the bay', '40
    boats moor| permanently ...')."""
    if len(toks) < 2:
        return False
    word, after = toks[0].text, toks[1].low
    if len(word) < 3 or not word.isalpha() or not word.islower() or word.endswith("ly"):
        return False
    if word in STOPWORDS["en"] or word in _EN_NOT_PRESENTS or word in PREPOSITIONS["en"]:
        return False
    if lemma(word, "en") != word or not is_verb_lemma(word):
        return False
    placed = after in PREPOSITIONS["en"] and after not in {"of", "per"}
    return placed or (after.endswith("ly") and after.isalpha())


# Small words inside a name: "Cumbria Fire and Rescue Service", "Bank of England", "Vigili
# del Fuoco".
_NAME_JOINTS = frozenset("and of for the e di del della dei degli delle".split())


# A name the counted come from, before their verb, with the small words inside it: "60
# firefighters| from Cumbria Fire and Rescue Service| were at the scene".
_NAMED_ORIGIN = re.compile(
    r"\s+(?:from|of|at|in|da|di)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:and|of|for|the|e|di|del|della|dei|degli|delle)\s+)?[A-Z][\w’'-]*)*"
)


def _name_end(toks: list[Token], at: int) -> int:
    """The end of a name that opens at `at`, maybe after 'the' (`at` when none does): its
    capitalised words and the small words between them."""
    i = at + 1 if at < len(toks) and toks[at].low in ("the", "il", "la", "lo", "i", "le") else at
    end = at
    while i < len(toks) and toks[i].text[:1].isupper():
        end = i = i + 1
        while i < len(toks) and toks[i].low in _NAME_JOINTS and toks[i].text.islower():
            i += 1
    return end


# Where an English counted subject is, between it and its verb: "89 people in the treated group
# had been diagnosed", "40 pupils at the school were sent home", "two schools near Wrexham will
# close".
_EN_WHERE_COUNTED = frozenset("in at across near around along outside inside".split())


# What opens the examples of the counted between commas: "Undici imputati, tra imprenditori,
# tecnici e un commercialista, sono accusati ...", "Twelve people, including two children,
# were injured".
_COUNT_ASIDE = re.compile(
    r",\s+(?:tra|fra|tra cui|compresi|comprese|inclusi|incluse|including|among them|of whom"
    r"|di cui|(?:many|most|some|all|several|half) of them|(?:molti|molte|alcuni|alcune"
    r"|tutti|tutte|gran parte|la maggior parte) (?:dei|delle|degli) quali)\s"
)


def _after_aside(text: str, at: int, language: str) -> int:
    """Where the clause goes on after an aside of examples right after the counted (`at`
    when there is none): at the first comma of the aside that a verb follows."""
    if not text.startswith(",", at):
        return at
    aside = _COUNT_ASIDE.match(text, at)
    if aside is None:
        return at
    comma = text.find(",", aside.end())
    while 0 < comma < aside.end() + 120:
        toks = tokens(text[comma + 1 : comma + 60])
        if toks and _subject_verb(toks, language):
            return comma + 1
        comma = text.find(",", comma + 1)
    return at


def _before_other_number(rest: str, toks: list[Token], language: str) -> str:
    """A long clause after a counted subject, cut before a phrase that holds another number:
    'sono accusati di aver generato crediti fittizi| per 48 milioni di euro legati a ...'
    (the question needs no second number). '' when there is no such phrase."""
    for i in range(3, min(len(toks) - 1, 15)):
        if toks[i].low not in PREPOSITIONS[language] and toks[i].low not in ARTICULATED:
            continue
        after = toks[i + 1]
        if after.low in _APPROX and i + 2 < len(toks):
            after = toks[i + 2]
        if after.text[:1].isdigit() or after.low in NUMBER_WORDS[language]:
            if (toks[i - 1].low, toks[i].low) in _BOUND_PAIRS:
                i -= 1  # "to buy up| to 1,200": the bound is the figure's
                if toks[i - 1].low in PREPOSITIONS[language]:
                    i -= 1  # "per| più di sei mesi": and so is the phrase's preposition
            return rest[: toks[i].start].strip()
    return ""


# The words of a bound a figure's preposition closes: "più di", "meno di", "fino a", "up to".
_BOUND_PAIRS = frozenset(
    [("più", "di"), ("meno", "di"), ("fino", "a"), ("up", "to"), ("down", "to")]
)


# The first or last few of a counted subject: "Le prime 40 tonnellate sono state ordinate",
# "The first 300 visitors got in free", or all of them: "I 214 dipendenti rischiano il posto".
# The question asks the count ("Quante tonnellate ...?", "Quanti dipendenti ...?").
_FIRST_OF = re.compile(
    r"(?:Le\s+prime|I\s+primi|Gli\s+ultimi|Le\s+ultime|The\s+(?:first|last)|I|Gli|Le|The)\s+"
)


# The articles that open a counted subject known as a whole: "I 214 dipendenti ...".
_DEFINITE_OPENINGS = frozenset("I Gli Le The".split())


def _acts(toks: list[Token], language: str) -> bool:
    """Whether the verb after a whole counted subject tells what they do or undergo, not what
    they are ('Le 180 figure sono in gran parte tecniche'): no copula, or a passive's."""
    if lemma(toks[0].low, language) not in _COPULAS:
        return True
    return len(toks) > 1 and is_participle(toks[1].low, language)


# An English bound of the figure that opens the subject, in more than one word: "Up to| 90
# workers", "As many as| 300 people" (not the Italian "Fino a": "Fino a due estati fa" is a
# time).
_SUBJECT_BOUND = re.compile(r"(?i)(?:^|\s)(?:up\s+to|as\s+many\s+as|no\s+fewer\s+than)\s*$")


def _subject_question(count: _Count, text: str, doc: Document, item: bool = False) -> str | None:
    """'Almeno 50 persone sono morte nell’attacco' -> 'Quante persone sono morte nell’attacco?':
    the number counts the subject; `item`: the text is an item of a list after its lead."""
    language = doc.language
    after = text[count.noun_end : count.noun_end + 12].split()[:1]
    if after and after[0].lower() in _DIMENSIONS:
        return None  # "About 40 miles long and dotted with islands, the bay ...": a measure
    lead = _LEADING_ADVERBIAL.match(text[: count.start]) or _LEADING_TIME.match(text[: count.start])
    # "Officials said about 300 homes were flooded": the reported clause is asked
    # (one character past the count: the pattern looks ahead at its first digit)
    reported = _REPORTED[language].match(text, 0, count.start + 1) if lead is None else None
    opened = lead.end() if lead else reported.end() if reported else 0
    if not opened:
        opened = _sentence_adverb_end(text, language)  # "Overall, five of the birds died"
    if text[:1] in "AS" and reported is None:  # "According to X, its officer (Y), 300 ..."
        opened = max(opened, _source_end(text, language))
    if language == "en" and lead is None:  # "..., and seventeen routes have been withdrawn"
        opened = max(opened, _inner_clause_start(text, count.start, language))
    before = text[opened : count.start]
    if lead is None and (": " in before or "; " in before):
        # "La seduta è finita all’alba: 21 consiglieri hanno votato a favore": a clause of its own
        before = before[max(before.rfind(": "), before.rfind("; ")) + 2 :]
    bound = _SUBJECT_BOUND.search(before)
    if bound is not None:  # "Up to 90 workers are expected": a bound, as "about" is
        before = before[: bound.start()]
    total = _TOTAL.match(before) or _FIRST_OF.match(before)
    more = _more_sum(before, count, language)  # "A further| £3m is being spent on ..."
    more_of = _more_count(before, count, language)  # "Another| 40 homes", "Altri| 40 alloggi"
    owner = None
    if more is None and more_of is None and (total is None or _FIRST_OF.fullmatch(total.group(0))):
        owner = _counted_owner(before, count, language)  # "Donors from| 38 countries"
        total = None if owner else total
    if (
        more is None
        and more_of is None
        and owner is None
        and any(w.lower() not in _APPROX for w in before[total.end() if total else 0 :].split())
    ):
        return None
    rest_at = _after_aside(text, count.noun_end, language)
    origin = _NAMED_ORIGIN.match(text, rest_at)  # "from Cumbria Fire and Rescue Service"
    named_end = origin.end() if origin else rest_at
    rest = text[rest_at : tail_end(text, named_end, opened=rest_at, subject=True)]
    if owner is not None and not _clause_ends(text, rest_at + len(rest)):
        return None  # "were advised to keep their windows| and doors shut": cut in a phrase
    if language == "it":  # "sono dedicati alle malattie| come diabete e scompenso"
        rest = _before_examples(rest, text, rest_at + len(rest))
    rest = rest.strip()
    if language == "en" and _cut_in_figure(text[rest_at:]):
        return None  # "have won a claim worth £3|.4 million": the clause goes on past a figure
    rate, rest = _subject_rate(rest, language)
    toks = tokens(rest)
    if toks and toks[0].low in _DROPPED_ADVERBS:  # "Seven bridges now link ..."
        rest = rest[toks[1].start :] if len(toks) > 1 else ""
        toks = tokens(rest)
    if not toks or not _subject_verb(toks, language):
        return None
    if total is not None and total.group(0).strip() in _DEFINITE_OPENINGS:
        if count.noun in _CURRENCIES or not _acts(toks, language):
            return None  # "The £4m unit ...": a sum of a noun; "Le 180 figure sono tecniche"
    if language == "en" and is_gerund(toks[0].low, "en"):
        return None  # "14 ring-net vessels fishing": a gerund is no verb of its own
    participle = is_participle(toks[0].low, "en")
    if language == "en" and (_list_item(text, count.start, participle) or item and participle):
        return None  # "- 85,000 visitors expected in the first year": a list's participle, no past
    if rate:  # "6,200 vehicles a day used the bridge" -> "... used the bridge a day?"
        rest = f"{rest} {rate}"
        toks = tokens(rest)
    # an English lead moved to the end is a phrase of its own, not counted in the clause's
    # length ("By the end of the study, 89 people in the treated group had been ...")
    said = len(toks)
    if lead:  # "In 2019, 12 people died" -> "How many people died in 2019?"
        rest = f"{rest} {lower_first(lead.group('lead')[0].lower() + lead.group('lead')[1:])}"
        toks = tokens(rest)
    if (said if language == "en" else len(toks)) > 14:
        rest = _before_other_number(rest, toks, language)
        if not rest:
            return None
    if owner is not None:  # "Donors from how many countries contributed to ...?"
        how = _how_many_it(count.noun, count.adj).lower() if language == "it" else "how many"
        return upper_first(squash(f"{owner} {how} {count.nouns} {rest}")) + "?"
    if language == "it":
        how = f"{_how_many_it(count.noun, count.adj)} {more_of or ''}"
        return upper_first(squash(f"{how} {count.nouns} {rest}")) + "?"
    if count.noun in _CURRENCIES and not count.nouns:
        return squash(f"How much {more or ''} {rest}") + "?"  # "£600,000 has been spent on"
    return squash(f"How many {more_of or ''} {count.nouns} {rest}") + "?"


# The prepositions that join a count to the plural noun it describes, which is the subject:
# "Donors from| 38 countries", "Gli studenti di| 26 scuole".
_OWNER_PREPOSITIONS = {"en": frozenset("from of".split()), "it": frozenset("di da".split())}


# Plural nouns of a quantity or a part, which a count after them measures, not describes:
# "Thousands of| 300 ...", "La maggior parte di| 40 ...".
_QUANTITY_HEADS = frozenset(
    """thousands hundreds dozens millions billions tens scores lots most many some all none
    both half majority number total average group series share percentage proportion
    parte metà maggioranza totale media gruppo serie numero quota percentuale migliaia
    centinaia decine dozzine milioni miliardi tutti tutte alcuni alcune molti molte""".split()
)


_LONGEST_OWNER = 4  # words of the noun phrase a count describes, its article included


def _counted_owner(before: str, count: _Count, language: str) -> str | None:
    """The subject and its preposition before a count that describes it, as written:
    'Donors from| 38 countries contributed' -> 'Donors from', 'Gli studenti di| 26 scuole
    hanno partecipato' -> 'Gli studenti di' (the question asks 'Donors from how many
    countries ...?'); a short noun phrase of words alone whose last word is a plural noun,
    no quantity ('Thousands of'), then the preposition and maybe an approximation."""
    if count.noun in UNITS or count.noun in _EXTRA_UNITS or count.noun in _CURRENCIES:
        return None
    if count.noun in _TIME_UNITS:
        return None
    words = before.split()
    at = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and w in _OWNER_PREPOSITIONS[language]
            and all(a.lower() in _APPROX for a in words[i + 1 :])
        ),
        None,
    )  # "da oltre", "di più di": the preposition before the approximation
    if at is None:
        return None
    words = words[: at + 1]
    phrase = words[:-1]
    if len(phrase) > _LONGEST_OWNER or not all(w.isalpha() for w in phrase):
        return None
    head = phrase[-1].lower()
    if head in _QUANTITY_HEADS or head in STOPWORDS[language]:
        return None
    if not (_plural(head, language) or (language == "en" and head.endswith("men"))):
        return None  # 'Fishermen from| 12 ports'
    if len(phrase) > 1 and any(w[:1].isupper() for w in phrase[1:]):
        return None  # "Residents of Leeds and| 12 towns": a name, not a noun phrase
    if language == "en" and (head.endswith("ing") or is_finite(head, "en")):
        return None
    if language == "it" and is_finite(head, "it"):
        return None
    if language == "it" and head.endswith(("are", "ere", "ire")):
        return None  # "dovrà migliorare di| due classi": a verb's complement
    article = phrase[0].lower() if len(phrase) > 1 else ""
    if article and article not in ARTICLES[language]:
        if any(w.lower() in STOPWORDS[language] for w in phrase):
            return None
    if language == "it" and not _italian_plural_phrase(article, head):
        return None  # "la realizzazione di| 40 alloggi": one action, not many who act
    if language == "en" and article in {"a", "an"}:
        return None
    return " ".join(words)


def _clause_ends(text: str, at: int) -> bool:
    """Whether the text ends at `at` or goes on with a mark of punctuation: the clause cut
    there is whole."""
    after = text[at:].lstrip()
    return not after or after[0] in ",.;:!?"


def _italian_plural_phrase(article: str, head: str) -> bool:
    """Whether an Italian noun phrase is plural: by its article ('i progetti', 'le famiglie'),
    or, bare, by an ending no singular has ('donatori', 'famiglie'; not 'realizzazione')."""
    if article:
        return article in IT_PLURAL_ARTICLES
    return head.endswith(("i", "he", "ie", "ghe", "che")) or (
        head.endswith("e") and not head.endswith(("ione", "ente", "ante", "ore", "ale", "ile"))
    )


def _owner_object_question(count: _Count, frame: _Frame, tail: str, language: str) -> str | None:
    """'The project involved students from 26 schools' -> 'Students from how many schools did
    the project involve?', 'Il progetto ha coinvolto gli studenti di 26 scuole' -> 'Gli
    studenti di quante scuole ha coinvolto il progetto?': the count describes the verb's
    object, which the question brings first with it."""
    owner = _counted_owner(frame.between_text, count, language)
    if owner is None:
        return None
    if language == "it":
        how = _how_many_it(count.noun, count.adj).lower()
        verb = " ".join(frame.verb)
        return (
            upper_first(
                squash(f"{owner} {how} {count.nouns} {verb} {frame.subject} {tail} {frame.when}")
            )
            + "?"
        )
    if not _plain_subject(frame.subject):
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return upper_first(squash(f"{owner} how many {count.nouns} {body} {tail} {frame.when}")) + "?"


# What before a counted subject says it is more of the same: "Another| 40 homes", "A
# further| 22 trees", "Altri| 40 alloggi", "Altre| 12 aziende".
_MORE_OF: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("another",): "more", ("a", "further"): "more"},
    "it": {("altri",): "altri", ("altre",): "altre"},
}


def _more_count(before: str, count: _Count, language: str) -> str | None:
    """'more'/'altri' when the words before a counted subject (no sum) say it is more of the
    same: 'Another 40 homes will be built' -> 'How many more homes will be built?'."""
    if count.noun in _CURRENCIES:
        return None
    return _MORE_OF[language].get(tuple(before.lower().split()))


def _more_sum(before: str, count: _Count, language: str) -> str | None:
    """'more' when an English sum that opens its clause is one more than another, told by
    the words before it: 'A further| £3.6m is being spent ...', 'Another| £2m ...'."""
    if language != "en" or count.noun not in _CURRENCIES or count.nouns:
        return None
    more = _SUM_MODIFIERS["en"].get(tuple(before.lower().split()))
    return more or None


def _cut_in_figure(rest: str) -> bool:
    """Whether the first end of a clause in `rest` is the point or comma inside a figure
    ('£3.4 million', '1,200'), which ends no clause."""
    end = TAIL_END.search(rest)
    if end is None or rest[end.start()] not in ".,":
        return False
    at = end.start()
    return 0 < at < len(rest) - 1 and rest[at - 1].isdigit() and rest[at + 1].isdigit()


# English words that end the lead of a list of noun phrases: "Its main features are:".
_EN_LIST_LEADS = frozenset("are were include includes included comprise comprises".split())


def _list_item(text: str, at: int, participle: bool) -> bool:
    """Whether the English text at `at` is an item of noun phrases: after a list's lead and a
    colon ('Its main features are: two rooms built ...'), or, when a `participle` follows the
    count, an item with no period ('- 85,000 visitors expected', '- two rooms equipped for
    trauma;')."""
    end = text.rstrip()[-1:]
    if participle and (end.isalnum() or end == ";"):
        return True
    colon = text.rfind(": ", 0, at)
    lead = text[:colon].split() if colon > 0 else []
    return bool(lead) and lead[-1].lower() in _EN_LIST_LEADS


# A rate after a counted subject, before its verb: "6,200 vehicles a day used the bridge".
_SUBJECT_RATES = {
    "en": tuple(
        f"{every} {unit}"
        for every in ("a", "an", "per", "each", "every")
        for unit in ("day", "year", "week", "month", "hour", "night", "season")
    ),
    "it": (*_RATES.values(), "ogni giorno", "ogni anno", "ogni mese", "ogni settimana", "l’ora"),
}


def _subject_rate(rest: str, language: str) -> tuple[str, str]:
    """(rate, what follows it) of the words after a counted subject that open with a rate."""
    for rate in _SUBJECT_RATES[language]:
        if rest.startswith(rate + " "):
            return rate, rest[len(rate) :].strip()
    return "", rest


def _without_all(frame: _Frame) -> _Frame:
    """An English frame without the 'all' before its count, which a question of how many
    cannot keep: 'extended to all| 148 schools' -> 'To how many schools ...?'."""
    if frame.between[-1:] == ("all",):
        written = frame.between_text.rsplit(maxsplit=1)[0] if " " in frame.between_text else ""
        return replace(frame, between=frame.between[:-1], between_text=written)
    if frame.between or len(frame.verb) < 3 or frame.verb[-1].lower() != "all":
        return frame
    verb = list(frame.verb[:-1])  # "wrote to all| 300 households": the verb group took them
    moved: list[str] = []
    while len(verb) > 1 and verb[-1].lower() in PREPOSITIONS["en"]:
        moved.insert(0, verb.pop())
    if not moved:
        return frame
    between = tuple(w.lower() for w in moved)
    return replace(frame, verb=tuple(verb), between=between, between_text=" ".join(moved))


# The words between a verb and its count that the question leaves to the answer ("an estimated",
# "a combined") or says as "more" (those of a sum).
_COUNT_MODIFIERS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {**_SUM_MODIFIERS["en"], ("a", "combined"): ""},
    # "ha registrato una media di 412.000 spettatori" -> "Quanti spettatori in media ...?"
    "it": {
        **_SUM_MODIFIERS["it"],
        ("una", "media", "di"): "in media",
        ("un", "totale", "di"): "in totale",
    },
}


# "is 42.195 kilometres long", "stands 300 metres tall"
_DIMENSION_AFTER = re.compile(
    r"^\s+(?:\([^)]{1,40}\)\s+)?(?P<dim>long|high|tall|deep|wide|thick)\b"
)


# "has a length of", "ha una superficie di"
_DIMENSION_NOUNS = {
    "it": frozenset("lunghezza altezza profondità larghezza superficie estensione".split()),
    "en": frozenset("length height depth width area".split()),
}


_EXTEND = frozenset(
    """runs ran stretches stretched extends extended spans spanned flows flowed covers
    covered""".split()
)


# Things whose measure in a unit of length is their length: "a 6.4km light-rail route".
_LINEAR = frozenset(
    """route line road railway railroad track tunnel bridge course trail path wall canal
    pipeline border corridor motorway highway runway river coastline viaduct detour stretch
    section diversion loop circuit""".split()
)


def _measure_question(
    count: _Count, verb: str, subject: str, text: str, language: str
) -> str | None:
    """'Il ponte misura 400 metri' -> 'Quanto misura il ponte?', 'The bridge measures 400
    metres' -> 'How long is the bridge?' (English names the dimension: only a length of what
    is long, or the one the sentence names)."""
    if language == "it":
        return upper_first(f"Quanto {verb} {subject}?")
    be = "was" if verb == "measured" else "is"
    named = _DIMENSION_AFTER.match(text[count.noun_end :])
    if named:
        return f"How {named.group('dim')} {be} {subject}?"
    if count.noun in _LENGTH_UNITS and subject.split()[-1].lower() in _LINEAR:
        return f"How long {be} {subject}?"
    return None


def _dimension_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Il Lamone è lungo 97 chilometri' -> 'Quanto è lungo il Lamone?', 'The course is 42.195
    kilometres long' -> 'How long is the course?', 'X pesa 3 tonnellate' -> 'Quanto pesa X?',
    'X has an area of 4 km²' -> 'What is the area of X?'."""
    language = doc.language
    subject = frame.subject
    if not subject:
        return None
    verb = [w.lower() for w in frame.verb]
    between = frame.exact
    if language == "en" and verb[0] in _EXTEND and count.noun in _LENGTH_UNITS:
        # "It ran for 73 miles"; without "for" only what is long: "The river flows 1,450
        # miles", not "The runner ran 42 kilometres"
        if between == ["for"] or (not between and subject.split()[-1].lower() in _LINEAR):
            return f"How long {'is' if verb[0].endswith('s') else 'was'} {subject}?"
    if len(verb) == 1 and verb[0] in _MEASURE and not between:
        return _measure_question(count, verb[0], subject, text, language)
    if len(verb) == 1 and verb[0] in _WEIGH and not between:
        if language == "it":
            return upper_first(f"Quanto {verb[0]} {subject}?")
        do = "did" if verb[0] == "weighed" else "does" if verb[0] == "weighs" else "do"
        return squash(f"How much {do} {subject} weigh {frame.when}") + "?"
    named = _measure_noun_question(frame, text[count.noun_end :], language)
    if named:
        return named
    if len(between) >= 2 and between[-2] in _DIMENSION_NOUNS[language]:
        return _dimension_noun_question(verb, between, subject, language)
    if language == "it":
        if (
            len(between) != 1
            or not IT_DIMENSION_ADJECTIVE.fullmatch(between[0])  # "è alta circa 300 metri"
            or not _is_copula(frame, language)
        ):
            return None
        return upper_first(f"Quanto {' '.join(frame.verb)} {between[0]} {subject}?")
    m = _DIMENSION_AFTER.match(text[count.noun_end :])
    if m is None or between or lemma(verb[0], "en") not in {"be", "stand", "will"}:
        return None
    # "stand" after a plural subject: "The walls stand 12 metres high" -> "How high are ...?"
    plural = _plural_subject(subject)
    tense = {"stands": "is", "stand": "are", "stood": "were" if plural else "was"}.get(
        verb[0], verb[0]
    )
    if tense == "will":
        return f"How {m.group('dim')} will {subject} be?"
    return f"How {m.group('dim')} {tense} {subject}?"


# "La torre, alta 324 metri, domina ...", "Its symbol is the tower, 324 metres tall, ...": the
# measure in an apposition of the noun phrase just before it.
_APPOSITION = {
    "it": re.compile(
        r"^(?P<before>[^,]{2,80}),\s+(?P<dim>(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e))\s+"
        r"(?:(?:circa|oltre|quasi)\s+)?$"
    ),
    "en": re.compile(r"^(?P<before>[^,]{2,80}),\s+(?:(?:about|some|nearly|almost)\s+)?$"),
}


# The article an Italian dimension agrees with: "lunga" goes with "la", "lunghi" with "i".
_AGREEMENT = {"o": ("il", "lo", "l’"), "a": ("la", "l’"), "i": ("i", "gli"), "e": ("le",)}


def _apposition_question(count: _Count, text: str, language: str) -> str | None:
    m = _APPOSITION[language].match(text[: count.start])
    np = _last_noun_phrase(m.group("before"), language) if m else None
    if m is None or np is None:
        return None
    if language == "it":
        dim = m.group("dim")
        if not text.startswith(",", count.unit_end):
            return None
        if not np.lower().startswith(_AGREEMENT[dim[-1]]):
            return None  # "Il fiume attraversa la pianura, lungo ...": not the plain's length
        be = "sono" if dim.endswith(("i", "e")) else "è"
        return upper_first(f"Quanto {be} {dim} {np}?")
    after = _DIMENSION_AFTER.match(text[count.unit_end :])
    if after is None or not text.startswith(",", count.unit_end + after.end()):
        return None
    return f"How {after.group('dim')} is {np}?"


def _last_noun_phrase(before: str, language: str) -> str | None:
    """The noun phrase an apposition follows: the words after the last verb, from an article
    ('Il suo simbolo è la Mole Antonelliana' -> 'la Mole Antonelliana')."""
    toks = tokens(before)
    verbs = [i for i, t in enumerate(toks) if t.text.islower() and is_finite(t.text, language)]
    first = verbs[-1] + 1 if verbs else 0
    while first < len(toks) - 1 and _verb_group_word(toks[first].low, language):
        first += 1  # "hanno riguardato soprattutto| la torre"
    if first == 0 and not verbs and len(toks) > 1:
        opened = _opening_preposition(toks[0].low, toks[1].low, language)
        if opened is not None:  # "Sul ponteggio, alto 24 metri, ...": the scaffold's height
            return f"{opened}{before[toks[1].start :].strip()}"
    if first >= len(toks) or toks[first].low not in _NP_ARTICLES[language]:
        return None
    return lower_first(before[toks[first].start :].strip())


def _opening_preposition(word: str, following: str, language: str) -> str | None:
    """The article that a preposition opening a sentence gives its noun phrase ('Sul| ponteggio'
    -> 'il ', 'On| the scaffold' -> ''), or None when the words do not open one."""
    if language == "it":
        article = ARTICULATED.get(word)
        if article is None:
            return None
        return article if article.endswith("’") else f"{article} "
    if word in PREPOSITIONS["en"] and following == "the":
        return ""
    return None


_NP_ARTICLES = {"it": frozenset("il lo la i gli le l’".split()), "en": frozenset(["the"])}


# Adverbs between a verb and its object: "ha riguardato soprattutto| la torre".
_OBJECT_ADVERBS = frozenset("soprattutto anche solo soltanto also only mainly chiefly".split())


def _verb_group_word(word: str, language: str) -> bool:
    """Whether a word after a finite verb still belongs to its group, before the object: a
    participle or an adverb ('hanno riguardato soprattutto| la torre')."""
    return word in _OBJECT_ADVERBS or is_participle(word, language) or word.endswith("mente")


# Nouns that name a measure of a thing, the answer of "Quale/What <noun>": "supera un
# dislivello di 900 metri", "reached a depth of 3,200 metres".
_MEASURE_NOUNS = {
    "it": _DIMENSION_NOUNS["it"]
    | frozenset(
        """altitudine quota dislivello distanza diametro spessore volume capacità portata peso
        pendenza circonferenza raggio salto apertura potenza forza temperatura velocità
        pressione intensità magnitudo livello""".split()
    ),
    "en": _DIMENSION_NOUNS["en"]
    | frozenset(
        """altitude elevation distance diameter thickness volume capacity weight radius
        circumference span output power force temperature speed pressure intensity
        magnitude level range""".split()
    ),
}


_AVERE = frozenset("ha hanno aveva avevano avrà avranno".split())


def _measure_noun_question(frame: _Frame, after: str, language: str) -> str | None:
    """A measure a noun names before it, the object of the verb or of its preposition: 'La
    funivia supera un dislivello di 900 metri' -> 'Quale dislivello supera la funivia?', 'Il
    lago ha una profondità massima di 6 metri' -> 'Qual è la profondità massima del lago?',
    'The drill reached a depth of 3,200 metres' -> 'What depth did the drill reach?'."""
    obj, exact = _object_before_measure(frame, language)
    if not 3 <= len(exact) <= 5 or exact[-1] not in {"di", "of"}:
        return None
    preposition = exact[0] if exact[0] in PREPOSITIONS[language] else ""
    if obj and not preposition:
        return None
    article, *noun = exact[1:-1] if preposition else exact[:-1]
    if (article not in _INDEFINITES and article != "un’") or not 1 <= len(noun) <= 2:
        return None
    head = noun[0] if language == "it" else noun[-1]  # "profondità massima", "maximum depth"
    if head not in _MEASURE_NOUNS[language] or not all(w.isalpha() for w in noun):
        return None
    if any(w in STOPWORDS[language] or w in PREPOSITIONS[language] for w in noun):
        return None
    tail = _tail(after, 0, language)
    if tail is None or _has_digit(tail):
        return None
    named = " ".join(noun)
    verb = [w.lower() for w in frame.verb]
    if language == "it":
        if obj:  # "A quale altitudine il razzo ha rilasciato la sonda?": the subject first
            asked = f"{preposition} quale {named} {frame.subject} {' '.join(frame.verb)} {obj}"
            return upper_first(squash(f"{asked} {tail} {frame.when}")) + "?"
        return _italian_measure_noun(frame, preposition, article, named, tail)
    if verb in (["has"], ["have"], ["had"]) and not preposition:
        be = "was" if verb == ["had"] else "is"
        return squash(f"What {be} the {named} of {frame.subject} {tail} {frame.when}") + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = f"{preposition} what {named} {body} {obj} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


def _object_before_measure(frame: _Frame, language: str) -> tuple[str, tuple[str, ...]]:
    """(object, rest) of the words before a measure that a noun names after the verb's
    object and a preposition: 'reached| the seabed at a depth of' -> ('the seabed', 'at a
    depth of'); ('', the words) when no short object comes first."""
    exact = tuple(frame.exact)
    if not exact or exact[0] in PREPOSITIONS[language] or exact[0] in _INDEFINITES:
        return "", exact
    for p in range(1, min(len(exact) - 2, 5)):
        if exact[p] in PREPOSITIONS[language] and exact[p + 1] in _INDEFINITE_ARTICLES:
            obj = _object_then(
                _Frame("", (), exact[: p + 1], "", "", frame.between_text),
                frozenset([exact[p]]),
                language,
            )
            return (obj, exact[p:]) if obj else ("", exact)
    return "", exact


def _italian_measure_noun(
    frame: _Frame, preposition: str, article: str, named: str, tail: str
) -> str | None:
    verb = " ".join(frame.verb)
    if frame.verb[-1].lower() in _AVERE and not preposition:
        if len(frame.verb) != 1:
            return None
        be = "era" if frame.verb[0].lower().startswith("av") else "è"
        the = definite_article(article, named)
        phrase = f"{the}{'' if the.endswith('’') else ' '}{named}"
        return squash(f"Qual {be} {phrase} {of_phrase(frame.subject, 'it')} {tail}") + "?"
    which = "quale" if preposition else "Quale"
    asked = f"{preposition.capitalize()} {which} {named} {verb} {frame.subject} {tail} {frame.when}"
    return squash(asked) + "?"


def _sized_noun_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """The measure of a thing an Italian noun names before it, the object of the verb: 'Il
    telescopio ha uno specchio di 1,2 metri di diametro' -> 'Di quanti metri di diametro è lo
    specchio del telescopio?', 'Gli scavi hanno interessato un’area di 2.800 metri quadrati'
    -> 'Di quanti metri quadrati è l’area che hanno interessato gli scavi?'. Nouns of a
    measure itself ('una profondità di') are asked by _measure_noun_question."""
    exact = frame.exact
    if not frame.subject or frame.opening or not 3 <= len(exact) <= 4:
        return None
    if exact[-1] not in {"di", "da"}:  # "una tribuna da 600 posti": the size of each
        return None
    article, *noun = exact[:-1]
    if article not in _INDEFINITE_ARTICLES or article in {"a", "an"}:
        return None
    if noun[0] in _MEASURE_NOUNS["it"] or not all(w.isalpha() for w in noun):
        return None
    if any(w in STOPWORDS["it"] or w in PREPOSITIONS["it"] or is_finite(w, "it") for w in noun):
        return None
    if _tail(text, count.noun_end, "it") != "" or _has_possessive(frame.subject):
        return None  # "un tratto di 4 chilometri tra ...": the clause goes on about the noun
    the = definite_article(article, noun[0])
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(noun)}"
    how = f"Di {_how_many_it(count.noun, count.adj).lower()} {count.nouns}"
    if _is_copula(frame, "it"):  # "La Sacca è una laguna di 3.200 ettari": the subject's size
        return squash(f"{how} {' '.join(frame.verb)} {frame.subject} {frame.when}") + "?"
    verb = [w.lower() for w in frame.verb]
    if verb in (["ha"], ["hanno"], ["aveva"], ["avevano"]):
        be = "era" if verb[0].startswith("av") else "è"
        return squash(f"{how} {be} {named} {of_phrase(frame.subject, 'it')} {frame.when}") + "?"
    which = f"{named} che {' '.join(frame.verb)} {frame.subject}"
    return squash(f"{how} è {which} {frame.when}") + "?"


# Words after a size that tell it is each one's: "aliscafi da 250 posti ciascuno".
_EACH = frozenset("ciascuno ciascuna l’uno l’una".split())


# The longest noun phrase between a count and "da": "quattro nuovi aliscafi ibridi".
_LONGEST_EACH_NOUN = 3


def _from_verb(word: str) -> bool:
    """Whether an Italian word is a participle, past ('gestiti') or present ('provenienti'),
    whose "da" is its agent or its origin, no size."""
    return is_participle(word, "it") or word.endswith(("nte", "nti"))


def _each_sized_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """The size of each of the things an Italian verb counts: 'La società metterà in servizio
    quattro aliscafi da 250 posti' -> 'Di quanti posti sono gli aliscafi che la società metterà
    in servizio?', 'Saranno acquistati tre autobus da 50 posti ciascuno' -> 'Di quanti posti
    sono gli autobus che saranno acquistati?'."""
    between = frame.between_text.split()
    if frame.opening or len(between) < 3 or between[-1] != "da":
        return None
    counts = [i for i, w in enumerate(between) if w.isdigit() or w.lower() in NUMBER_WORDS["it"]]
    if not counts or not 1 <= len(between) - counts[-1] - 2 <= _LONGEST_EACH_NOUN:
        return None
    first = counts[-1]
    noun, before = between[first + 1 : -1], between[:first]
    if any(not w.isalpha() or not w.islower() for w in noun):
        return None
    if any(w in STOPWORDS["it"] or w in PREPOSITIONS["it"] or is_finite(w, "it") for w in noun):
        return None
    if count.digits is not None or any(_from_verb(w) for w in noun):
        return None  # "consulenti provenienti da tre università": where they come from
    if any(not w.isalpha() or not w.islower() or is_finite(w, "it") for w in before):
        return None  # "in servizio": the verb's own words before the count
    if between[first].lower() in {"1", "un", "uno", "una", "un’"}:
        return None  # one thing's size: _sized_noun_question's
    if not _plural(count.noun, "it"):
        return None
    tail = _tail(text, count.noun_end, "it")
    if tail is None or tail and tail.split()[0] not in _EACH:
        return None  # "... da 250 posti per la tratta ...": the clause goes on about them
    feminine = _how_many_it(noun[0], noun[-1] if len(noun) > 1 else None) == "Quante"
    first_noun = noun[0].lower()
    vowel = first_noun[:1] in "aeiou" or takes_lo(first_noun)
    article = "le" if feminine else "gli" if vowel else "i"
    verb = " ".join(frame.verb)
    which = f"{frame.subject} {verb}" if frame.subject else verb
    nouns = " ".join(w for w in count.nouns.split() if w.lower() not in _EACH)
    how = _how_many_it(count.noun, count.adj).lower()
    asked = f"Di {how} {nouns} sono {article} {' '.join(noun)} che {which} {' '.join(before)}"
    return squash(f"{asked} {frame.when}") + "?"


def _dimension_noun_question(
    verb: list[str], between: list[str], subject: str, language: str
) -> str | None:
    if between[-1] not in {"di", "of"} or len(between) > 4 or len(verb) != 1:
        return None
    dimension = between[-2]
    if language == "it":
        if lemma(verb[0], "it") != "avere":
            return None
        be = "era" if verb[0].startswith("av") else "è"
        article = "la" if dimension not in {"estensione"} else "l’"
        sep = "" if article.endswith("’") else " "
        return f"Qual {be} {article}{sep}{dimension} {of_phrase(subject, 'it')}?"
    if lemma(verb[0], "en") != "have":
        return None
    be = "was" if verb[0] == "had" else "is"
    return f"What {be} the {dimension} of {subject}?"


_THERE = {
    "en": re.compile(
        r"^There\s+(?P<verb>is|are|was|were|will be|would be|have been|has been|had been)\s+"
        r"(?:(?:about|nearly|almost|over|around|some|at least|more than|only)\s+)?$"
    ),
    "it": re.compile(
        r"^(?:Ci|C’)\s*(?P<verb>sono|erano|furono|saranno|sarebbero|sono stati|sono state)\s+"
        r"(?:(?:circa|oltre|quasi|almeno|più di|appena|ben|solo|soltanto)\s+)?$"
    ),
}


_THERE_CUE = {"en": " there ", "it": " ci "}


def _there_question(count: _Count, text: str, language: str) -> str | None:
    """'There will be 22 gates' -> 'How many gates will there be?', 'Ci sono 22 varchi' ->
    'Quanti varchi ci sono?'."""
    before = text[: count.start]
    if _THERE_CUE[language] in before and _may_report(before, language):
        reported = _REPORTED[language].match(before)  # "Officials estimate there are ..."
        if reported is not None:
            before = upper_first(before[reported.end() :])
    m = _THERE[language].match(before)
    tail = _tail(text, count.noun_end, language) if m else None
    if m is None or tail is None:
        return None
    there = "ci" if language == "it" else "there"
    if not tail:  # "there are 1,450 homes listed on online platforms": what they are is kept
        phrase = tail_of(text, count.noun_end).strip()
        tail = phrase if len(phrase.split()) <= 8 else ""
        there = "" if tail else there  # its participle is said with the verb: "are listed"
    verb = m.group("verb")
    if language == "it":
        return (
            upper_first(
                squash(f"{_how_many_it(count.noun, count.adj)} {count.nouns} {there} {verb} {tail}")
            )
            + "?"
        )
    head, _, rest = verb.partition(" ")
    return squash(f"How many {count.nouns} {head} {there} {rest} {tail}") + "?"


# Years or months a person was given or got are a term of a sentence or a contract, not an
# age: "Quanti anni aveva avuto X?" reads as how old X was.
_TERMS = frozenset("anni mesi years months".split())


_GIVEN = frozenset("avuto avuti ricevuto given got received".split())


# Verbs of taking part that need what is joined: "aderire a", "partecipare a", "take part
# in". Without it the question asks of nothing ("Quante persone hanno aderito?": to what?).
_JOINING = {
    "it": re.compile(r"\b(?:ader|partecip)[a-zà-ù]*\b"),
    "en": re.compile(r"\b(?:participat[a-z]*|t[ao]ok\s+part|tak(?:e|es|ing)\s+part)\b"),
}


_JOINED = {
    "it": re.compile(r"\b(?:a|ad|al|allo|alla|ai|agli|alle|all’)(?:\s|(?<=’))"),
    "en": re.compile(r"\bin\s"),
}


def _joins_nothing(asked: str, language: str) -> bool:
    """Whether a question asks of those who took part with nothing they took part in."""
    joining = _JOINING[language].search(asked)
    return joining is not None and _JOINED[language].search(asked, joining.end()) is None


_TIME_MODIFIERS = frozenset("last next".split())


# An Italian count of a ranked group its subject is one of: "tra le migliori otto squadre",
# "fra i primi 200 atenei".
_AMONG_RANKED = re.compile(
    r"\b(?:tra|fra)\s+(?:i|le|gli)\s+(?:migliori|peggiori|prim[ie]|ultim[ie]|maggiori|principali)"
    r"\s+$"
)


# "da"/"con" and the approximations after them, before a capacity: "da circa 90 posti".
_DA = frozenset("da con circa oltre quasi".split())


# The forms of English verbs whose "in" right before a count is their particle: "brought in|
# 8,940 tonnes" (what the boats landed), "took in| 300 refugees", "pulled in| 40,000 visitors".
_EN_IN_PARTICLE_VERBS = frozenset(
    """bring brings brought bringing take takes took taken taking pull pulls pulled pulling
    rake rakes raked raking haul hauls hauled hauling draw draws drew drawn drawing""".split()
)


def _with_in_particle(frame: _Frame) -> _Frame:
    """The frame of an English verb with its particle 'in' in the verb group, 'in' being the
    only word before the count: 'did fishing boats bring in', not 'In how many ... bring?'."""
    if frame.between[:1] != ("in",) or frame.exact != ["in"] or not frame.verb:
        return frame
    if frame.verb[-1].lower() not in _EN_IN_PARTICLE_VERBS:
        return frame
    written = frame.between_text.split(maxsplit=1)
    rest = written[1] if len(written) > 1 else ""
    return replace(
        frame, verb=(*frame.verb, written[0]), between=frame.between[1:], between_text=rest
    )


def _count_question(count: _Count, s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(question, answer) of a count, or None: the first rule that fits, from the most
    specific."""
    language = doc.language
    text = s.text
    if count.noun in _VOTES:
        frame = _frame(text, count.start, s, doc)
        asked = _tally_question(count, frame, text, doc)
        if asked is not None:
            tally = _TALLY.match(text[count.noun_end : count.noun_end + 40])
            assert tally is not None
            return asked, text[count.start : count.noun_end + tally.end()]
    unit = count.noun in UNITS or count.noun in _EXTRA_UNITS
    after = text[count.noun_end : count.noun_end + 12].split()
    if count.noun in {"volte", "times"} and after and after[0].lower() in _COMPARATIVES:
        return None
    if count.noun in _TERMS and _word_before(text, count.start) in _GIVEN:
        return None  # "aveva avuto due anni": a sentence, asked as an age
    if count.noun in _TIME_MODIFIERS:
        return None  # "fell to 131 last year": the word is the time's, the number counts nothing
    if language == "it" and count.noun in _IT_PRONOUNS_OF:
        return None  # "19 di questi sono stati spostati": a part of a group named before
    if language == "it" and _AMONG_RANKED.search(text, 0, count.start):
        return None  # "torna tra le migliori otto squadre": a rank the subject is in, no count
    answer = count.number.lower() if count.digits else count.number  # "Due persone" -> "due"
    if ": " in text and _SENTENCE_END.search(text) is None:
        labelled = _label_question(count, text, language)
        if labelled is not None:
            counted = count.noun not in UNITS and count.noun not in _EXTRA_UNITS
            return labelled, answer if counted else text[count.start : count.unit_end]
    if text.startswith("-", count.noun_end):
        return None  # "10 gigawatt-hours", "592,000 acre-feet": a compound unit, not the word
    measure = text[count.start : count.unit_end]
    if count.noun in _ALTITUDE_UNITS and _ALTITUDE_AFTER.match(text, count.unit_end):
        asked = _altitude_question(count, s, doc)
        return (asked, measure) if asked else None
    asked = (
        _entry_question(count, s, doc)
        or _there_question(count, text, language)
        or _with_question(count, s, doc)
    )
    if asked:
        return asked, answer
    frame = _frame(text, count.start, s, doc)
    if language == "en" and frame is not None:
        frame = _with_in_particle(frame)  # "brought in| 8,940 tonnes"
    if language == "it" and frame is not None and _denied_bound(frame, text, count.start):
        return None
    if frame is not None and frame.exact in (["di"], ["of"]):
        # "I dati parlano di| 612.000 prosciutti esportati nel 2024": what was done to them
        asked = participial_question(count, text, language)
        if asked:
            return asked, answer
    if count.noun in _CURRENCIES:
        if frame is not None:
            asked = _money_question(count, frame, text, doc)
        else:
            asked = _aside_money_question(count, s, doc)
        if asked is None and language == "it":
            asked = _with_sum_question(count, s, doc)  # "..., con un passivo di 19 milioni di euro"
        if asked is None and language == "it":
            asked = _leading_sum_question(count, s, doc)  # "Dopo ... e un investimento di"
        if asked is None and language == "it":
            asked = reckoned_participle_question(count, text)  # "un indotto stimato in"
        if asked is None and language == "en" and count.nouns == "" and frame is not None:
            asked = _sum_object_question(count, frame, text)
        if asked is None and language == "en" and frame is None:
            asked = _subject_question(
                count, text, doc, s.lead is not None
            )  # "£2m has been spent on ..."
        if asked is None and language == "en" and count.nouns == "":
            asked = _sum_modifier_question(count, frame, text) or _cost_question(count, frame, text)
        return (asked, measure) if asked else None
    if unit and count.noun not in _TIME_UNITS:
        asked = _after_noun_question(count, text, language)
        if asked or frame is None:
            asked = asked or _apposition_question(count, text, language)
            if asked is None and frame is None:  # "40 tonnellate sono state ordinate"
                asked = _subject_question(
                    count, text, doc, s.lead is not None
                ) or _aside_of_question(count, s, doc)
            return (asked, measure) if asked else None
        asked = _dimension_question(count, frame, text, doc)
        if asked is None and language == "it":
            asked = _sized_noun_question(count, frame, text)
        if asked is None and (_is_copula(frame, language) or _italian_copula_group(frame)):
            tail = _tail(text, count.noun_end, language)
            asked = None if tail is None else _copula_of_question(count, frame, tail, language)
        if asked:
            return asked, measure
        if language == "it" and _word_before(text, count.start) in IT_PLURAL_ARTICLES:
            return None  # "possono superare i 45 chilogrammi": a measure's threshold, no count
        if _threshold_count(count, frame, text, language):
            return None  # "Production has surpassed 2,000 tonnes"
        if frame.preposition in {"per", "for"}:
            asked = _counted_question(count, frame, text, doc)
        elif _UNIT_OF.fullmatch(text, count.unit_end, count.noun_end):
            # "400 million tonnes of plastic": a quantity of something, counted in its unit
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        elif language == "en" and _changed_by(frame):
            # "reduced the roofline by 2.4 metres" -> "By how many metres did ... reduce ...?"
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        elif _measure_object(count, frame, language) or (
            language == "it" and _italian_measure_after(frame)
        ):
            # "The reservoir covers about 210 square kilometres": the measure is the verb's
            # object, asked in its unit ("How many square kilometres does ... cover?")
            asked = _counted_question(count, frame, text, doc)
            return (asked, measure) if asked else None
        return (asked, answer) if asked else None
    if after and after[0].lower() in _DIMENSIONS and not _preposition_lungo(after):
        return None
    if frame and count.noun in _TIME_UNITS and _word_before(text, count.start) in _EVERY:
        return _frequency_question(count, frame, text, language)
    if frame and _threshold_count(count, frame, text, language):
        # "L’età media supera i 60 anni" -> "Quale soglia supera l’età media?" ('Quanti anni
        # supera' asks by how many); "Visits topped 500,000 people": no English question
        tail = _tail(text, count.noun_end, language) if language == "it" else None
        asked = None if tail is None else _threshold_question(frame, tail)
        if asked and count.noun in _YEARS and "età" not in asked:  # "può superare i 40 anni"
            asked = asked.replace("Quale soglia", "Quale età", 1)  # an age, unless asked of one
        return (asked, text[count.start : count.unit_end]) if asked else None
    asked = None
    if frame and language == "it" and frame.exact[-1:] == ["da"]:
        asked = _sized_noun_question(count, frame, text)  # "ha allestito una tribuna da 600 posti"
        asked = asked or _each_sized_question(count, frame, text)  # "quattro aliscafi da"
    if asked is None and frame:
        asked = _counted_question(count, frame, text, doc)
    if asked is None and frame and count.noun in _TIMES:
        asked = _times_question(count, frame, text, language)
    if asked is None and count.noun not in _YEARS and count.noun not in _TIMES:
        asked = _subject_question(count, text, doc, s.lead is not None)
    if asked is None and frame is None and text[:1].isupper():
        asked = (
            _leading_count_question(count, s, doc)
            or _trailing_count_question(count, s, doc)
            or _aside_of_question(count, s, doc)
        )
    place = " cui " in text or " dove " in text
    if asked is None and frame is None and language == "it" and place:
        asked = _place_relative_question(count, s)  # "il corridoio, su cui transitano 2 milioni"
    if asked is None and frame is None and language == "it" and " totale di " in text:
        asked = _total_question(count, text)  # "..., per un totale di 24 edizioni"
        asked = asked or _listed_total_question(count, text)
    if asked is None and language == "it" and " aut" in text[: count.start]:
        asked = _author_of_question(count, text)
    if asked is None and count.noun not in _YEARS and count.noun not in _TIMES:
        asked = _described_question(count, text, language, s.lead)  # "i 640 studenti che ..."
    if asked is None and language == "it" and _word_before(text, count.start) in _DA:
        asked = capacity_question(count, text)  # "il parcheggio interrato da 90 posti"
    if asked is None:
        asked = participial_question(count, text, language)  # "Of 150 trees planted, ..."
    if asked and asked.endswith(_VOTED_SIDE):
        asked = _vote_named(asked, s, doc)
    return (asked, answer) if asked else None


# English verbs whose count right after them is a threshold the subject passed: "Visits
# exceeded 2,000 people" ("How many people did visits exceed?" reads wrong).
_EN_THRESHOLD_COUNT_VERBS = frozenset("exceed surpass top".split())


def _threshold_count(count: _Count, frame: _Frame, text: str, language: str) -> bool:
    """Whether a count is a threshold its subject passed, right after the verb: 'supera i| 60
    anni' (an Italian plural article before it; 'ha superato tre avversari' counts them),
    'exceeded| 500 visitors'."""
    if frame.between or not frame.verb:
        return False
    verb = lemma(frame.verb[-1].lower(), language)
    if language == "it":
        return verb == "superare" and _word_before(text, count.start) in IT_PLURAL_ARTICLES
    return verb in _EN_THRESHOLD_COUNT_VERBS


# A place with its definite article (or "di" joined to it), then a relative of place: "sulla
# fragilità del corridoio|, su cui| transitano ...", "il nuovo laboratorio|, dove| lavorano ...".
_PLACE_RELATIVE = re.compile(
    r"(?:^|\s)(?P<article>"
    + _alternation([*ARTICULATED, *"il lo la i gli le l’".split()])
    + r")\s?"
    r"(?P<np>[a-zà-ù]{3,}(?:\s+(?!(?:di|del|della|dei|delle|degli|a|in|su|con|per|da)\s)"
    r"[a-zà-ù]{3,})?),\s+(?:dove|(?P<prep>in|su)\s+cui)\s+"
)


_IN_ARTICLE = {
    **{"il": "nel", "lo": "nello", "la": "nella", "i": "nei", "gli": "negli"},
    **{"le": "nelle", "l’": "nell’"},
}


_ON_ARTICLE = {
    **{"il": "sul", "lo": "sullo", "la": "sulla", "i": "sui", "gli": "sugli"},
    **{"le": "sulle", "l’": "sull’"},
}


# Adverbials of time that may stand before or after the verb of such a clause.
_CLAUSE_ADVERBS = frozenset(
    "oggi ancora già attualmente ormai ogni giorno anno mese settimana".split()
)


# Prepositions of time before a noun: "dopo il sisma", "durante i lavori".
_TIME_PREPOSITIONS = frozenset("dopo prima durante entro".split())


def _place_relative_question(count: _Count, s: Sentence) -> str | None:
    """'... del corridoio, su cui transitano ogni anno circa 2,5 milioni di camion' -> 'Quanti
    camion transitano ogni anno sul corridoio?': the count is the subject of a plural verb in
    a relative of place about a noun with its definite article."""
    text = s.text
    m = _last_match(_PLACE_RELATIVE, text, count.start)
    if m is None or any(mark in text[m.end() : count.start] for mark in _BREAKS):
        return None
    if _word_before(text, m.start("article")) in _TIME_PREPOSITIONS:
        return None  # "installate dopo il sisma, dove abitano ...": a time, no place
    words = text[m.end() : count.start].split()
    while words and words[-1].lower() in _APPROX:
        words.pop()  # "circa"
    verb = next((i for i, w in enumerate(words) if w not in _CLAUSE_ADVERBS), None)
    if verb is None or not words[verb].endswith("no") or not is_finite(words[verb], "it"):
        return None  # "lavorano", "transitano": a plural the count is the subject of
    if any(w not in _CLAUSE_ADVERBS for w in words[:verb]):
        return None
    after = [w.lower() for w in words[verb + 1 :]]
    if len(after) > 4 or any(w in ARTICLES["it"] or not w.isalpha() for w in after):
        return None  # an article opens an object: "dove producono| la pasta| 40 operai"
    if any(is_finite(w, "it") for w in after):
        return None
    tail = _tail(text, count.noun_end, "it")
    if tail is None:
        return None
    article = ARTICULATED.get(m.group("article"), m.group("article"))
    joined = (_ON_ARTICLE if m.group("prep") == "su" else _IN_ARTICLE)[article]
    place = f"{joined}{'' if joined.endswith('’') else ' '}{m.group('np')}"
    rest = f"{' '.join(words[verb:])} {' '.join(words[:verb])} {place} {tail}"
    return _ask_it(count, None, rest)


def _denied_bound(frame: _Frame, text: str, at: int) -> bool:
    """Whether an Italian count is a bound its verb denies: 'non ha più di 40 posti' says at
    most 40, which no question of 'più di 40' asks."""
    if "non" not in (w.lower() for w in frame.verb):
        return False
    return _BOUNDS["it"].search(text, max(0, at - 20), at) is not None


# An Italian apposition after a name that tells what its bearer scored or made: "Marta Verona,
# 26 anni, autrice di 22 punti", "l’opposto Marlon Yant, autore di 24 punti".
_AUTHOR_OF = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]+\s){1,3}[A-Z][\w’'-]+),\s+(?:\d{1,2}\s+anni,\s+)?"
    r"(?P<role>autore|autrice)\s+di\s+(?:ben\s+)?$"
)


def _author_of_question(count: _Count, text: str) -> str | None:
    """'..., la guardia Marta Verona, 26 anni, autrice di 22 punti con ...' -> 'Di quanti punti
    è stata autrice Marta Verona?': the count a name's apposition says its bearer made."""
    m = _AUTHOR_OF.search(text, max(0, count.start - 90), count.start)
    if m is None or m.end() != count.start or not count.nouns:
        return None
    role = m.group("role")
    been = "stata" if role == "autrice" else "stato"
    how = _how_many_it(count.noun, count.adj).lower()
    return f"Di {how} {count.nouns} è {been} {role} {m.group('name')}?"


# A preposition that opens the sentence before its count: "Davanti a 1.800 spettatori, la
# squadra ha rimontato ...", "In 31 comuni le scuole resteranno chiuse", "In front of 9,000
# fans, the home side won the cup".
_LEADING_COUNT = {
    "it": re.compile(
        r"(?P<prep>In|Davanti a|Davanti ad|Dopo|Per|Da)\s+(?:(?:circa|oltre|quasi)\s+)?"
    ),
    "en": re.compile(r"(?P<prep>In|In front of|For)\s+(?:(?:about|around|nearly|over)\s+)?"),
}


_ARTICLE_NEXT = re.compile(r"\s+(?:il|lo|la|i|gli|le|l’)")


# An item of a list of counts in an Italian leading phrase: "tre ditte fallite", "un
# investimento di 32 milioni di euro", with no verb ("e il sindaco ha detto" is a clause).
_COUNTED_ITEM = re.compile(
    rf"(?:(?:un|uno|una)\s+|un’|{_ANY_NUMBER['it']}\s+)[a-zà-ù][^\s,;:()]*"
    r"(?:\s+(?:\d[\d.,]*\d|[^\s,;:()]+)){0,6}"
)


def _after_counted_list(after: str) -> str:
    """The text after an Italian leading phrase of "Dopo" when the count's phrase goes on with
    other counts before its comma ('Dopo undici anni di lavori|, tre ditte fallite e due
    sequestri|, il depuratore ...'): from that comma; else `after` as it is."""
    end = after.find(", ", 1)
    if end < 0 or after[:1] not in {",", " "}:
        return after
    while end >= 0:  # " e un investimento di 32 milioni di euro|, la funivia": one more item
        items = re.split(r",\s+|\s+(?:e|ed)\s+", f" {after[:end].strip(' ,')}")[1:]
        if not items or not all(_COUNTED_ITEM.fullmatch(item) for item in items):
            return after
        if any(_verb_word(t, "it") for t in tokens(after[:end])):
            return after
        if starts_with_subject(tokens(after[end + 2 : end + 42]), "it"):
            return after[end:]
        end = after.find(", ", end + 2)
    return after


# The sum of a noun of spending that ends an Italian leading phrase of "Dopo": "Dopo due anni
# di lavori e un investimento di| 4 milioni di euro, la piscina ha riaperto".
_LEADING_SUM = re.compile(
    r"(?:^Dopo|,|\s+(?:e|ed))\s+(?P<article>un|uno|una)\s+(?P<noun>[a-z]+)\s+di\s+"
    r"(?:(?:circa|oltre|quasi|almeno)\s+)?$"
)


_SPENDING_NOUNS = frozenset("investimento spesa costo stanziamento finanziamento".split())


def _leading_sum_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Dopo due anni di lavori e un investimento di 4 milioni di euro, la piscina ha riaperto'
    -> 'A quanto ammonta l’investimento per la piscina?': the spending the leading phrase
    names went to the subject of the clause after it."""
    text = s.text
    m = _LEADING_SUM.search(text, 0, count.start)
    if m is None or m.group("noun") not in _SPENDING_NOUNS or not text.startswith("Dopo "):
        return None
    before = text[5 : m.start()].strip(" ,")
    items = re.split(r",\s+|\s+(?:e|ed)\s+", before) if before else []
    if not all(_COUNTED_ITEM.fullmatch(item) for item in items):
        return None
    after = text[count.noun_end :]
    if not after.startswith(", ") or not starts_with_subject(tokens(after[2:42]), "it"):
        return None
    clause = f"{after[2:].split(', ')[0].rstrip('.')} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or _has_possessive(frame.subject):
        return None
    if _person(frame.subject, doc) or frame.between[:1] and frame.between[0] in ARTICLES["it"]:
        return None  # "..., il Comune ha inaugurato la piscina": the spending was no one's
    the = definite_article(m.group("article"), m.group("noun"))
    named = f"{the}{'' if the.endswith('’') else ' '}{m.group('noun')}"
    return f"A quanto ammonta {named} per {frame.subject}?"


_IT_BE_FORMS = frozenset("è sono era erano fu furono sarà saranno".split())


def _listed_total_question(count: _Count, text: str) -> str | None:
    """'L’intesa prevede voli per Milano, Torino e Malta, per un totale di 46 voli
    settimanali nella stagione estiva' -> 'Quanti voli settimanali in totale prevede l’intesa
    nella stagione estiva?': the total of a list that the clause's object opens, asked of
    its subject and verb (a verb of being is no object's)."""
    cue = _TOTAL_BEFORE.search(text, 0, count.start)
    if cue is None or cue.end() != count.start or count.nouns != count.counted:
        return None
    first = text.find(",")
    if first >= cue.start():
        return None  # no list: _total_question asks it with the whole clause
    listed = text[first + 1 : cue.start()]
    if " e " not in listed or any(is_finite(w, "it") for w in listed.split() if w.islower()):
        return None  # "..., che ha aperto tre sedi, per un totale di": a clause, no list
    clause = _subject_and_verb(text[:first].strip())
    if clause is None:
        return None
    subject, verb, _ = clause
    if verb.split()[0].lower() in _IT_BE_FORMS | _CLITICS:
        return None
    if verb.split()[0].lower() not in AUXILIARIES["it"]:
        verb = verb.split()[0]  # "prevede| corse per ...": a noun of the form of a participle
    tail = _tail(text, count.noun_end, "it")
    if tail is None:
        return None
    how = _how_many_it(count.noun, count.adj)
    return squash(f"{how} {count.nouns} in totale {verb} {subject} {tail}") + "?"


# Leading prepositions of a span of time, asked only of a count of time: "Per sei
# settimane| lo scalo ...", "Da tre anni| il museo ...", "For 14 years, the family ...".
_SPAN_LEADS = frozenset("Per Da For".split())


def _leading_count_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """The count in a phrase that opens the sentence, asked with its preposition and the
    clause after it: 'In quanti comuni resteranno chiuse le scuole?', 'In front of how many
    fans did the home side win the cup?'; not of a copula ('Con 120 posti, è il più grande')."""
    language = doc.language
    text = s.text
    lead = _LEADING_COUNT[language].fullmatch(text, 0, count.start)
    if lead is None:
        return None
    span = lead.group("prep") in _SPAN_LEADS
    if span and (count.noun not in _TIME_UNITS or count.nouns != count.counted):
        return None  # "Per 40 volontari ...": whom for, no span of time
    if count.noun in _YEARS and lead.group("prep") != "Dopo" and not span:
        return None  # "In 20 anni": when; "Dopo undici anni di lavori": how long it took
    after = text[count.noun_end :]
    if language == "it" and lead.group("prep") == "Dopo":
        after = _after_counted_list(after)
    comma = after.startswith(",")
    if not comma and not (language == "it" and _ARTICLE_NEXT.match(after)):
        return None  # "In 31 comuni| le scuole ...": a comma or the subject's article ends it
    rest = after[1:].lstrip() if comma else after.lstrip()
    end = rest.rstrip()
    if not end.endswith(".") or "," in end:
        return None
    # the clause's frame up to its end, where a stand-in figure takes the count's place
    clause = f"{end[:-1]} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or not frame.verb or _is_copula(frame, language):
        return None
    if any(w.lower() in _BE_FORMS | _COPULA_FORMS for w in frame.verb[:1]) and len(frame.verb) == 1:
        return None
    prep = lead.group("prep")
    between = frame.between_text
    if language == "it":
        verb = " ".join(frame.verb)
        if (frame.between[:1] and frame.between[0] in ARTICLES["it"]) or span:
            # an object after the verb: the subject comes first ("Dopo quante ore i
            # soccorritori hanno raggiunto gli escursionisti?")
            return _ask_it(count, prep.lower(), f"{frame.subject} {verb} {between} {frame.when}")
        return _ask_it(count, prep.lower(), f"{verb} {frame.subject} {between} {frame.when}")
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"{prep} how many {count.nouns} {body} {between} {frame.when}") + "?"


def _trailing_count_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """The count in a phrase of a preposition of several words that ends the sentence after a
    comma, asked with the clause before the comma: '..., con il supporto di 40 volontari' ->
    'Con il supporto di quanti volontari avverrà il trasloco in una sola notte?'. Asides
    between them that open with a preposition are left out ('..., tra domenica e lunedì, ...')."""
    language = doc.language
    text = s.text
    comma = text.rfind(", ", 0, count.start)
    if comma < 0 or text[count.noun_end :].strip() not in {".", ""}:
        return None
    words = text[comma + 2 : count.start].split()
    exact = tuple(w.lower() for w in words)
    if not 2 <= len(exact) <= 4 or not _is_compound(exact, language):
        return None
    first = text.find(", ")
    for aside in text[first + 2 : comma].split(", ") if first < comma else ():
        opener = aside.split(maxsplit=1)[0].lower() if aside else ""
        if opener not in PREPOSITIONS[language] and opener not in ARTICULATED:
            return None  # a clause or a list between them, not an aside of time or place
    clause = f"{text[:first]} 0."
    frame = _frame(clause, len(clause) - 2, s, doc)
    if frame is None or not frame.subject or not frame.verb or _is_copula(frame, language):
        return None
    tail = frame.between_text
    return _compound_question(count, frame, upper_first(" ".join(words)), tail, language)


# An Italian aside of "di" and a count right after the subject: "Il rapporto, di 212 pagine,".
_ASIDE_OF = re.compile(r"(?P<np>[^,;:()]{2,80}),\s+di\s+(?:(?:circa|oltre|quasi)\s+)?")


def _aside_of_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il rapporto completo, di 212 pagine, sarà discusso ...' -> 'Di quante pagine è il
    rapporto completo?': the aside tells how big the subject is (a sum is left out)."""
    text = s.text
    if doc.language != "it" or count.noun in _CURRENCIES or count.noun in _YEARS:
        return None
    m = _ASIDE_OF.fullmatch(text, 0, count.start)
    if m is None or text[count.noun_end : count.noun_end + 1] != ",":
        return None
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, "it") for t in toks[:-1]):
        return None  # "Il Comune ha approvato il piano, di 12 pagine": the piano's, no subject
    subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject or _has_possessive(subject):
        return None  # "Il suo bacino, di 71.000 km²": whose, the card cannot say
    how = _how_many_it(count.noun, count.adj).lower()
    return upper_first(squash(f"di {how} {count.nouns} è {subject}")) + "?"


# Words before a figure that bound it or round it: the answer says them too, or it would state
# a different fact ("più di trenta fascicoli" -> "più di trenta", not "trenta").
BOUND_WORDS = {
    "it": (
        *("poco più di", "poco meno di", "più di", "meno di", "oltre", "almeno", "circa"),
        *("quasi", "fino a"),
        # before a percentage, with its article: "di circa il 12%", "di poco meno del 14%"
        *("poco più del", "poco meno del", "più del", "meno del", "circa il", "oltre il"),
        *("quasi il", "almeno il"),
    ),
    "en": (
        *("slightly more than", "slightly less than", "slightly fewer than", "a little over"),
        *("just over", "just under", "well over", "well under", "slightly over"),
        *("slightly under", "more than", "less than", "fewer than", "at least", "up to"),
        *("over", "about", "around", "nearly", "almost", "some", "roughly", "approximately"),
    ),
}


_BOUNDS = {
    language: re.compile(
        r"(?:^|\s)(?P<bound>(?i:" + "|".join(w.replace(" ", r"\s+") for w in bounds) + r"))\s+$"
    )
    for language, bounds in BOUND_WORDS.items()
}


# How a sentence of the body ends; a line without it is a headline ("Torino, la mostra sugli
# scribi: 300 reperti raccontano la nascita della burocrazia") that the page layout did not
# tell apart from the text.
_SENTENCE_END = re.compile(r"[.!?…:;][”»\"’)]*\s*$")
