"""Shares, changes and sums: "circa il 40% dei litorali ... è in arretramento", "Only 58%
of adolescents ... returned", what a sum paid for, and a percentage a noun amounts to
("members rejected a pay offer of 3.5 per cent" -> "What pay offer did members reject?")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...chunks import (
    PREPOSITIONS,
    Token,
    main_verb,
    tokens,
)
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_PLURAL_ARTICLES,
    MONTH_WORDS,
    STOPWORDS,
    UNITS,
)
from ...phrase import of_phrase
from ...text import IT_INDEFINITE, definite_article, lower_first, squash, takes_lo, upper_first
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_plural_present_at,
    is_present_at,
    is_present_s_at,
    is_verb_lemma,
    lemma,
    may_be_present,
)
from ..common import counted_from_event, lower_initial
from .clause import (
    _BREAKS,
    _CLAUSE_WORDS,
    _COORDINATORS,
    _COPULAS,
    _INDEFINITES,
    _IT_COPULA,
    _IT_ESSERE_FORMS,
    _IT_NOUN_VERBS,
    _MODALS,
    _POSSESSIVES,
    _PRESENT_HEADS,
    _PRONOUNS,
    _TRUE_MODALS,
    _english_body,
    _Frame,
    _frame,
    _frame_question,
    _head_noun,
    _inner_clause_start,
    _is_copula,
    _italian_copula_group,
    _italian_present,
    _leading_clause_end,
    _leading_date,
    _leading_phrase,
    _plural_present,
    _rate_first,
    _subject,
    _tail,
    _verb_word,
)
from .counts import (
    _APPROX,
    _CURRENCIES,
    _IT_IMPROPER_PREPOSITIONS,
    _TIME_UNITS,
    _YEAR,
    _bare_noun,
    _Count,
    _plural,
    _verb_like,
    _word_before,
)
from .measures import _LENGTH_UNITS
from .money import (
    _short_tail,
    agent_after,
    at_cost_question,
    drive_target_question,
    each_sum_question,
    equal_aside_question,
    inverted_passive_sum_question,
    noun_sum_question,
    of_which_part_question,
    owned_sum_question,
    passive_noun_sum_question,
    reckoned_aside_question,
    reckoned_in_question,
    reckoned_participle_question,
    reckoned_sum_question,
    remaining_part_question,
    sum_head,
    with_payer_question,
    without_focus,
    worth_after_question,
)
from .sums import BARE_MULTIPLIERS, SUM_HEADS
from .tails import tail_of
from .words import NUMBER_WORDS, _has_digit


def _object_then(frame: _Frame, prepositions: frozenset[str], language: str) -> str | None:
    """The verb's object as written, when the words from the verb to the number are a short
    noun phrase and one of `prepositions`: 'has piloted| ferries for| 14 years' -> 'ferries',
    'entered| the atmosphere at| 14 km/s' -> 'the atmosphere'."""
    exact = frame.exact
    if not 2 <= len(exact) <= 5 or exact[-1] not in prepositions:
        return None
    for word in exact[:-1]:
        if word in ARTICLES[language] or word in _POSSESSIVES:
            continue
        if (
            word in STOPWORDS[language]
            or word in _IT_IMPROPER_PREPOSITIONS  # "costruita intorno a": a preposition
            or word in PREPOSITIONS[language]
            or word in ARTICULATED
            or not word.isalpha()
            or (language == "en" and word.endswith("ly"))
        ):
            return None
    words = frame.between_text.split()
    cut = max(i for i, w in enumerate(words) if w.lower() == exact[-1])
    return " ".join(words[:cut]) if cut else None


# What opens an English clause that is no subject: "Because whisky must be matured ...".
_EN_SUBORDINATORS = frozenset(
    "because if although though while when whenever since as after before once unless until".split()
)


def _plain_subject(subject: str) -> bool:
    """Whether an English subject is a noun phrase alone: no subordinator opens it, no
    auxiliary or modal is in it ('Because whisky must by law be| matured': a verb group the
    frame split)."""
    words = subject.split()
    if not words or words[0].lower() in _EN_SUBORDINATORS:
        return False
    return not any(w in _MODALS or w in AUXILIARIES["en"] for w in words)


# English verbs of a change whose size "by" gives after their object: "reduced the roofline by
# 2.4 metres", "extended the runway by 300 metres".
_CHANGE_BY_VERBS = frozenset(
    """cut reduce raise lower increase decrease extend shorten lengthen widen narrow deepen
    move shift lift""".split()
)


_CHANGE_BY = frozenset(["by"])


# English verbs of a change with no object, whose size "by" gives: "will rise by $46".
_RISE_BY_VERBS = frozenset("rise fall increase decrease grow drop climb".split())
# The same Italian verbs, whose size "di" gives: "aumenterà di 46 euro", "è sceso di 40 euro".
_IT_RISE_OF_VERBS = frozenset("aumentare crescere salire scendere calare diminuire".split())


def _changed_by(frame: _Frame) -> str | None:
    """The object as written of an English verb of change whose size 'by' and the count give
    after it: 'reduced| the roofline by| 2.4 metres' -> 'the roofline'; '' when the verb has
    no object: 'will rise by| $46'."""
    if not frame.verb or not _plain_subject(frame.subject):
        return None
    verb = lemma(frame.verb[-1].lower(), "en")
    if frame.exact == ["by"] and verb in _RISE_BY_VERBS:
        return ""
    if verb not in _CHANGE_BY_VERBS:
        return None
    return _object_then(frame, _CHANGE_BY, "en")


_IT_OF = frozenset("di del dello della dei degli delle dell’".split())


def _italian_object_of(
    frame: _Frame, prepositions: frozenset[str], joints: frozenset[str] = _IT_OF
) -> str | None:
    """The Italian verb's object as written when it has a complement of 'di' (or of another
    of `joints`) before one of `prepositions`: 'ha annunciato| l’acquisizione della francese
    Lumière per| 600 milioni' -> 'l’acquisizione della francese Lumière'. It opens with an
    article; no other preposition, comma or verb is in it."""
    exact = frame.exact
    if not 3 <= len(exact) <= 7 or exact[-1] not in prepositions:
        return None
    words = frame.between_text.split()
    first = exact[0]
    if first not in ARTICLES["it"] and not first.endswith("’"):
        return None
    inner = exact[1:-1]
    if sum(w in joints for w in inner) != 1 or inner[0] in joints or inner[-1] in joints:
        return None
    for word in inner:
        if word in joints or word in ARTICLES["it"]:
            continue
        if word in STOPWORDS["it"] or word in PREPOSITIONS["it"] or not word.isalpha():
            return None
    cut = max(i for i, w in enumerate(words) if w.lower() == exact[-1])
    return " ".join(words[:cut]) if cut else None


def _has_possessive(phrase: str) -> bool:
    return not _POSSESSIVES.isdisjoint(phrase.lower().split())


# Verbs that put a figure on something with "at": "is estimated at 300 pairs".
_RECKON_AT = frozenset("estimate put value set fix cap peg assess".split())


def _reckoned_at(frame: _Frame) -> bool:
    return _passive_group(frame) and lemma(frame.verb[-1].lower(), "en") in _RECKON_AT


_PERSONAL_PRONOUNS = frozenset("he she we they i you lui lei noi loro".split())


# Prepositions of a complement that may stand between the verb and its counted object ("ha
# donato alla città 300 quadri"); not those of a share, a part or an agent ("del 20%", "by").
_NOT_FIRST_COMPLEMENTS = frozenset(
    "di del dello della dei degli delle dell’ da dal dallo dalla dai dagli dalle dall’ of by "
    "from".split()
)


_YEAR_WORD = re.compile(r"^(?:1[89]|20)\d\d$")


def _year_complement(words: list[str]) -> bool:
    """Whether the only figure of the words is a year right after its preposition ('nel
    2015', 'in 2019'): a time, no other count."""
    figures = [k for k, w in enumerate(words) if any(ch.isdigit() for ch in w)]
    return len(figures) == 1 and figures[0] == 1 and _YEAR_WORD.match(words[1]) is not None


def _complement_first(frame: _Frame, language: str) -> bool:
    """Whether the words between the verb and the count are a complement of a preposition and
    its noun, before the counted object: 'restituisce| al pubblico| 3.000 fotografie'."""
    words = frame.exact
    if not 2 <= len(words) <= 5:
        return False
    if any(ch.isdigit() for w in words for ch in w) and not _year_complement(words):
        return False
    if any(w in NUMBER_WORDS[language] for w in words):
        return False  # "given in two doses| three months apart": a measure of the doses
    first, last = words[0], words[-1]
    if first not in PREPOSITIONS[language] and first not in ARTICULATED:
        return False
    if first in _NOT_FIRST_COMPLEMENTS or last in STOPWORDS[language]:
        return False
    if last in PREPOSITIONS[language] or last in ARTICULATED or last in ARTICLES[language]:
        return False
    if language == "it" and any(
        words[k - 1] in _IT_INFINITIVE_MARKS and words[k].endswith(("are", "ere", "ire", "rre"))
        for k in range(1, len(words))
    ):
        return False  # "è cresciuta| al punto da superare| 30.000 coppie": the infinitive's
    return not any(is_finite(w, language) or w in _CLAUSE_WORDS for w in words[1:])


# What joins an Italian infinitive to what comes before it: "al punto da| superare".
_IT_INFINITIVE_MARKS = frozenset("da di a ad per".split())


_BE_FORMS = frozenset("is are was were be been".split())


def _passive_group(frame: _Frame) -> bool:
    """Whether an English verb group is a passive, after any modal: 'was held', 'will be
    paid', 'has been built'; not a progressive ('was carrying')."""
    verb = [w.lower() for w in frame.verb]
    return (
        len(verb) > 1
        and "to" not in verb  # "is expected to carry": the infinitive governs what follows
        and any(w in _BE_FORMS for w in verb[:-1])
        and verb[-1] not in _BE_FORMS
        and not verb[-1].endswith("ing")
    )


_ENTRY_PRONOUNS = frozenset("it essa esso".split())


# English verbs of a threshold a sum goes past: "How much" does not ask for a threshold.
_EN_THRESHOLD_VERBS = frozenset("pass exceed top surpass cross break".split())


def _threshold_passed(frame: _Frame) -> bool:
    """An English sum right after a verb of a threshold: 'The total had passed| €62,000'
    ('How much had the total passed?' reads wrong)."""
    if not frame.verb or frame.between:
        return False
    return lemma(frame.verb[-1].lower(), "en") in _EN_THRESHOLD_VERBS


# Italian verbs of a change that ends at a level with "a": "è salito dell’11%| a 13,7 milioni".
_IT_TO_LEVEL_VERBS = frozenset(
    "salire scendere crescere aumentare calare diminuire passare balzare lievitare".split()
)


# The size of a change in per cent, then the preposition of the level it ends at: "11% to",
# "by 3 per cent to", "dell’11% a"; the figure is a word of its own in the frame's words.
_PERCENT_CHANGE_TO = {
    "en": re.compile(r"(?:by\s+)?\d[\d.,]*(?:\s?%|\s+per\s?cent)\s+(?P<to>to)(?:\s+[$€£¥])?"),
    "it": re.compile(
        r"(?:del|dell’|di)\s?\d[\d.,]*(?:\s?%|\s+per\s+cento)\s+(?P<to>a|ad|al|all’|ai|alle)"
    ),
}


def _level_after_change(frame: _Frame, language: str) -> _Frame:
    """The frame of a sum a change in per cent ends at, its size left out: 'rose| 11% to|
    £13.7m' -> 'rose| to| £13.7m', 'è salito| dell’11% a| 13,7 milioni' -> 'è salito| a|'."""
    m = _PERCENT_CHANGE_TO[language].fullmatch(frame.between_text.strip())
    if m is None or not frame.verb:
        return frame
    verbs = _TO_LEVEL_VERBS if language == "en" else _IT_TO_LEVEL_VERBS
    if lemma(frame.verb[-1].lower(), language) not in verbs:
        return frame
    to = m.group("to")
    return replace(frame, between=(to.lower(),), between_text=frame.between_text[m.start("to") :])


# The particles of English phrasal verbs, after the verb and before its object: "built up|
# debts of £100,000", "paid back| £5,000", "took out| a loan of £8,000".
_EN_PARTICLES = frozenset("up out off back down".split())


# The forms of the English verbs of change whose particle tells the change, before "to" and
# the level reached: "went up| to £11", "has come down| to £4m" ('up to' after them is no bound
# of the figure). Listed, as the lemmatiser reads "gone" wrong.
EN_PARTICLE_CHANGE_VERBS = frozenset(
    """go goes going went gone come comes coming came shoot shoots shooting shot creep creeps
    creeping crept edge edges edging edged move moves moving moved""".split()
)


def _with_particle(frame: _Frame) -> _Frame:
    """The frame of an English phrasal verb with its particle in the verb group: 'had built|
    up gambling debts of| £100,000' -> 'had built up| gambling debts of|'; 'went| up to| £11'
    -> 'went up| to|', the level a change reached."""
    exact = frame.exact
    change = _particle_of_change(frame)
    if change:
        exact = list(frame.between)
    if not exact or exact[0] not in _EN_PARTICLES or exact[1:2] == ["to"] and not change:
        return frame  # "up to £5m": a bound
    if not frame.subject or _is_copula(frame, "en"):
        return frame  # "Sales were up £2m": a change the copula tells
    written = frame.between_text.split(maxsplit=1)
    return replace(
        frame,
        verb=(*frame.verb, written[0]),
        between=frame.between[1:],
        between_text=written[1] if len(written) > 1 else "",
    )


def _particle_of_change(frame: _Frame) -> bool:
    """Whether 'up to'/'down to' before an English figure is the particle of a verb of change
    and the preposition of the level it reached ('went| up to| £11'), not a bound."""
    return (
        frame.between[:2] in (("up", "to"), ("down", "to"))
        and bool(frame.verb)
        and frame.verb[-1].lower() in EN_PARTICLE_CHANGE_VERBS
    )


# Italian verbs of a level reached with "a", which "fino a" before the figure names too: "è
# salito fino a 11 euro", "possono arrivare fino a 5.000 euro".
_IT_REACHING_VERBS = _IT_RISE_OF_VERBS | {"arrivare", "passare"}


def _reached_up_to(frame: _Frame) -> bool:
    """Whether 'fino a' before an Italian figure is the level a verb of change reaches ('è
    salito fino a| 11 euro'), asked 'A quanto ...?' as 'è salito a' would be, not a bound."""
    return (
        frame.between[:2] in (("fino", "a"), ("fino", "ad"))
        and bool(frame.verb)
        and lemma(frame.verb[-1].lower(), "it") in _IT_REACHING_VERBS
    )


def _italian_been(frame: _Frame) -> bool:
    """Whether an Italian verb group is 'essere' in a compound tense: 'è stato', 'sono
    state', 'era stata'."""
    verb = [w.lower() for w in frame.verb]
    return len(verb) == 2 and verb[0] in _IT_ESSERE_FORMS and verb[1] in _IT_BEEN_FORMS


_IT_BEEN_FORMS = frozenset("stato stata stati state".split())


# Italian verbs of a level a figure stays around, reflexive: "si aggira sui 4 milioni", "si
# attesta intorno ai 30 euro", "si mantiene attorno ai 28 euro".
_IT_SETTLING_VERBS = frozenset("aggirare attestare mantenere assestare stabilizzare".split())


# What brings the level after such a verb: "sui", "attorno ai", "intorno a".
_IT_AROUND = frozenset(
    """su sui sugli sulle sul sull’ a ai agli alle al all’ attorno intorno""".split()
)


# Italian phrases that open a sentence only to link it to the one before ("In effetti, ..."),
# which a question leaves out.
_IT_LINKING_WHEN = frozenset(
    """in effetti|in realtà|in particolare|in più|in ogni caso|in compenso|di fatto
    |nel frattempo|in sostanza|in definitiva""".replace("\n", "").split("|")
)


def _italian_when(frame: _Frame) -> str:
    """The time a frame moved to the end of its question, without a phrase that only links
    the sentence to the one before: 'In effetti, ...' is no time."""
    when = frame.when
    for phrase in _IT_LINKING_WHEN:
        phrase = phrase.strip()
        if when == phrase or when.startswith(phrase + " "):
            return when[len(phrase) :].strip()
    return when


def _settled_around(frame: _Frame) -> bool:
    """Whether an Italian clause tells the level a figure stays around: 'Il debito si aggira
    sui| 4 milioni', 'Il prezzo si mantiene attorno ai| 28 euro' (asked 'A quanto ...?')."""
    verb = [w.lower() for w in frame.verb]
    if (
        not 2 <= len(verb) <= 3
        or verb[0] != "si"
        or lemma(verb[-1], "it") not in _IT_SETTLING_VERBS
    ):
        return False
    exact = frame.exact
    return 1 <= len(exact) <= 2 and all(w in _IT_AROUND for w in exact)


# What may follow a sum that is its verb's subject: the end of the clause, or what it is of
# ("1,1 milioni di euro| di imposta di soggiorno").
_SUBJECT_SUM_END = re.compile(
    r"(?P<of>\s+di\s+(?!cui\b)[a-zà-ù][a-zà-ù’' ]{2,40}?)?\s*(?:[,;:.]|$)"
)


# Italian verbs of a sum going in or out, which has it as their subject: "entrano 1,1
# milioni", "sarebbero usciti 3,8 milioni", "andranno 30.000 euro".
_IT_SUM_MOVING_VERBS = frozenset(
    """entrare uscire arrivare andare giungere affluire confluire provenire mancare restare
    rimanere servire spettare toccare""".split()
)


_IT_CURRENCY_WORD = re.compile(r"\b(?:euro|dollari|sterline|franchi)\b")


def _sum_as_subject_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """'Nel bilancio entrano anche 1,1 milioni di euro di imposta di soggiorno' -> 'Quanti euro
    di imposta di soggiorno entrano nel bilancio?', 'Dalle casse della società sarebbero usciti
    circa 3,8 milioni' -> 'Quanti euro sarebbero usciti dalle casse della società?': an Italian
    verb before its subject, the sum, after a complement that opens the clause."""
    verb = [w.lower() for w in frame.verb]
    if not verb[0].endswith(("no", "ro")):
        return None  # the sum is plural: "entrano", "sono andati", "sarebbero usciti"
    if lemma(verb[-1], "it") not in _IT_SUM_MOVING_VERBS:
        return None  # "avrebbero ricevuto 1,4 milioni": a dropped subject, the sum its object
    more = _SUM_MODIFIERS["it"].get(tuple(frame.exact)) if frame.exact else ""
    if more is None:
        return None
    opening = frame.opening
    words = opening.split()
    if not words or (words[0] not in PREPOSITIONS["it"] and words[0] not in ARTICULATED):
        return None
    if any(w in _CLAUSE_WORDS or w in ("cui", "che") for w in words):
        return None
    if any(_has_digit(w) and not _YEAR_WORD.match(w) for w in words):
        return None
    currency_word = _IT_CURRENCY_WORD.search(text, count.start, count.noun_end + 1)
    if currency_word is None:
        return None
    end = _SUBJECT_SUM_END.match(text, currency_word.end())
    if end is None:
        return None
    of = squash(end.group("of") or "")
    currency = "euro" if count.noun in ("euro", "euros") else count.noun
    asked = f"Quanti {currency} {of} {more} {' '.join(frame.verb)} {opening} {frame.when}"
    return upper_first(squash(asked)) + "?"


# English verbs that tell someone to pay a sum, and the verbs of paying they take: "ordered
# the firm to pay| £3,400", "required the club to repay| £20,000".
_EN_ORDERING = frozenset("order require force ask tell direct instruct".split())
_EN_PAYING = frozenset("pay repay return contribute refund".split())


# The object of a verb before another one in the sentence, which a pronoun after it stands
# for: "fined| Hargreaves| £12,000 and ordered him to pay ...".
_EARLIER_OBJECT = re.compile(
    r"\b(?:fined|ordered|sentenced|told|charged|banned|convicted|jailed)\s+"
    r"(?P<object>(?:the\s+[a-z]+)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s"
)


_OBJECT_PRONOUNS = frozenset("him her them it".split())


def _ordered_to_pay_question(frame: _Frame, tail: str, text: str) -> str | None:
    """'The court ordered the firm to pay £3,400 in costs' -> 'How much did the court order the
    firm to pay in costs?'; a pronoun object stands for the one named before it in the sentence
    ('fined Hargreaves £12,000 and ordered him to pay' -> '... order Hargreaves to pay ...')."""
    words = frame.between_text.split()
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()  # the currency sign the between text ends with
    if not 3 <= len(words) <= 6 or words[-2].lower() != "to":
        return None
    if lemma(frame.verb[-1].lower(), "en") not in _EN_ORDERING or words[-1] not in _EN_PAYING:
        return None
    obj = words[:-2]
    if len(obj) == 1 and obj[0].lower() in _OBJECT_PRONOUNS:
        earlier = _EARLIER_OBJECT.findall(text)
        if len(set(earlier)) != 1:
            return None  # no one, or more than one, the pronoun may stand for
        obj = earlier[0].split()
    elif any(w.lower() in STOPWORDS["en"] and w.lower() not in ARTICLES["en"] for w in obj):
        return None
    body = _english_body(frame, frame.subject)
    if body is None or _has_digit(tail):
        return None
    asked = f"How much {body} {' '.join(obj)} to {words[-1]} {tail} {frame.when}"
    return squash(asked) + "?"


# Italian verbs that bind someone to pay a sum, and the verbs of paying they take: "ha
# condannato la società a pagare| 3.000 euro".
_IT_ORDERING = frozenset("condannare obbligare costringere".split())
_IT_PAYING = frozenset("pagare risarcire versare restituire rimborsare".split())


def _sentenced_to_pay_question(frame: _Frame, tail: str) -> str | None:
    """'Il giudice ha condannato la società a pagare 3.000 euro di spese' -> 'Quanto il giudice
    ha condannato la società a pagare di spese?'."""
    words = frame.between_text.split()
    if not 3 <= len(words) <= 6 or words[-2].lower() not in ("a", "ad"):
        return None
    if lemma(frame.verb[-1].lower(), "it") not in _IT_ORDERING or words[-1] not in _IT_PAYING:
        return None
    obj = words[:-2]
    if any(w.lower() in STOPWORDS["it"] and w.lower() not in ARTICLES["it"] for w in obj):
        return None
    if _has_digit(tail) or not frame.subject:
        return None
    verb = " ".join(frame.verb)
    asked = f"Quanto {frame.subject} {verb} {' '.join(obj)} a {words[-1]} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


def _money_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """'Tadesse earned 40,000 euros for the win' -> 'How much did Tadesse earn for the win?';
    the size of the verb's object of money when the clause asks nothing of the sum itself
    ('... un contributo di 1.200 euro')."""
    return (
        _clause_sum_question(count, frame, text, doc)
        or noun_sum_question(count, frame, text, doc.language)
        or at_cost_question(count, frame, text, doc.language)  # "at a cost of £4.8m"
        or each_sum_question(count, frame, text, doc.language)
        or (drive_target_question(count, frame, text) if doc.language == "en" else None)
        or reckoned_sum_question(frame, doc.language)
        or reckoned_in_question(count, frame, text, doc.language)  # "ha stimato i danni in"
        or passive_noun_sum_question(count, frame, text, doc.language)  # "è stato riconosciuto"
    )


def _clause_sum_question(count: _Count, frame: _Frame, text: str, doc: Document) -> str | None:
    """A sum asked with its clause: 'How much did Tadesse earn for the win?'."""
    if doc.language == "it":
        aside = _italian_aside_sum(count, text)  # "..., la nuova biblioteca, costata 1 milione"
        if aside is not None:
            return aside
    else:
        part = _part_of_whole_question(count, text)  # "Of the £31m, £24.5m comes from ..."
        if part is not None:
            return part
    if doc.language == "it" and not frame.subject:
        # "Per la piazza sono stati spesi 1,5 milioni" -> "Quanto è stato speso per la piazza?"
        passive = inverted_passive_sum_question(count, frame, _tail(text, count.noun_end, "it"))
        if passive is not None or not frame.opening:
            return passive
        return _sum_as_subject_question(count, frame, text)
    frame = without_focus(_level_after_change(frame, doc.language))  # "spent only| £2m"
    if doc.language == "en":
        frame = _with_particle(frame)
    else:
        frame = agent_after(frame)  # "finanziati dal Comune con| 320.000 euro"
    tail = _tail(text, count.noun_end, doc.language)
    if tail is None or not frame.subject:
        return None
    if doc.language == "it" and frame.exact == ["di"] and _italian_been(frame):
        # "L’utile netto è stato di 3,2 milioni" -> "A quanto è ammontato l’utile netto?"
        amounted = "ammontat" + frame.verb[-1].lower()[-1]
        summed = f"A quanto {frame.verb[0]} {amounted} {frame.subject} {tail} {frame.when}"
        return upper_first(squash(summed)) + "?"
    if _is_copula(frame, doc.language):
        if (
            doc.language == "en"
            and frame.exact[:1] == ["worth"]
            and (_SUM_MODIFIERS["en"].get(tuple(frame.exact[1:])) == "" or len(frame.exact) == 1)
        ):
            # "The stake is worth about £95,000" -> "How much is the stake worth?"
            return (
                squash(f"How much {frame.verb[0]} {frame.subject} worth {tail} {frame.when}") + "?"
            )
        if doc.language == "en":
            return _english_copula_sum(frame, tail)
        of = frame.exact in (["di"], ["pari", "a"])  # "è di", "è pari a": what it amounts to
        amount = _AMOUNT.get(frame.verb[-1].lower()) if of else None
        if amount is None:
            return None  # "La multa è di 500 euro" -> "A quanto ammonta la multa?"
        return upper_first(squash(f"A quanto {amount} {frame.subject} {tail} {frame.when}")) + "?"
    if doc.language == "it" and _settled_around(frame):
        # "Il debito si aggira sui 4,5 milioni" -> "A quanto si aggira il debito?"
        verb = " ".join(frame.verb)
        when = _italian_when(frame)
        return upper_first(squash(f"A quanto {verb} {frame.subject} {tail} {when}")) + "?"
    if _word_before(text, count.start) in IT_PLURAL_ARTICLES and not _level_reached_verb(frame):
        # "ha superato i 140 milioni": a threshold passed, not a sum -> "Quale soglia ...?"
        return _threshold_question(frame, tail)
    if doc.language == "en" and _threshold_passed(frame):
        return None
    if doc.language == "en":
        frame = _without_average(frame)  # "spending an average of €187 a day"
        worth = _worth_question(frame, _tail(text, count.noun_end, "en"))
        if worth is not None:
            return worth
    preposition = "" if frame.approximate_only else frame.preposition
    more = _SUM_MODIFIERS[doc.language].get(tuple(frame.exact))
    if more is not None:  # "will cost an estimated £48m", "to invest a further £25m"
        preposition = ""
    by = preposition is None or preposition == "by"  # "cut the grant by", "will rise by"
    changed = _changed_by(frame) if by and doc.language == "en" else None
    if changed is not None:  # "cut the grant by £2m" -> "By how much did ... cut the grant?"
        if not changed and tail.startswith("to ") and _has_digit(tail):
            return None  # "rose by £2m to £5m": the level reached is asked of its own
        body = _english_body(frame, frame.subject)
        return (
            None
            if body is None
            else squash(f"By how much {body} {changed} {tail} {frame.when}") + "?"
        )
    level = tail.startswith(("a ", "al ", "ai ", "agli ", "all’", "fino")) and _has_digit(tail)
    if doc.language == "it" and frame.exact == ["di"] and not level:  # "di 3 milioni| a 10"
        if lemma(frame.verb[-1].lower(), "it") in _IT_RISE_OF_VERBS:  # "aumenterà di| 46 euro"
            verb = " ".join(frame.verb)
            rise = f"Di quanto {verb} {frame.subject} {tail} {_italian_when(frame)}"
            return upper_first(squash(rise)) + "?"
    if doc.language == "en" and preposition in ("with", "by") and tail.startswith("from "):
        # "was funded with £2m from the Lottery"; not when more givers follow ("and ...")
        rest = text[count.noun_end :].lstrip()
        second = _AND_NAMED_GIVER.match(rest, len(tail))
        if second is not None:  # "from NatureScot and the National Park Authority": both
            tail = squash(f"{tail} {second.group(0)}")
        elif rest[len(tail) :].startswith((" and ", ", and ")):
            return None
        return _funded_from_question(frame, tail)
    dative = _cost_dative(frame) if doc.language == "it" and preposition is None else ""
    if not dative and doc.language == "it" and preposition is None:
        dative = _sum_complement(frame)  # "aveva messo a disposizione 500.000 euro"
    if dative and not _has_digit(tail):  # "è costata al Comune circa 38.000 euro"
        verb = " ".join(frame.verb)
        return (
            upper_first(squash(f"Quanto {verb} {dative} {frame.subject} {tail} {frame.when}")) + "?"
        )
    if doc.language == "en" and preposition is None and not more:
        ordered = _ordered_to_pay_question(frame, tail, text)
        if ordered is not None:  # "ordered him to pay £11,840 in costs"
            return ordered
    if doc.language == "it" and preposition is None and not more:
        ordered = _sentenced_to_pay_question(frame, tail)
        if ordered is not None:  # "ha condannato la società a pagare 3.000 euro"
            return ordered
    if (
        preposition is None
        or preposition
        and not _money_preposition(preposition, frame, tail, doc.language)
    ):
        asked = _sum_noun_question(frame, tail, doc.language)
        if asked is None and doc.language == "en":
            asked = _mass_sum_question(frame, tail)
        if asked is None and count.noun_end == count.unit_end:  # no "del Piano ..." after it
            asked = _price_question(frame, tail, doc.language)
        if asked is None and doc.language == "en":
            asked = _given_to_question(frame, tail)
        return asked
    if preposition and count.noun_end > count.unit_end:
        # "finanziato con 2 milioni di euro del Piano ...": whose money the sum is, which the
        # question leaves out with what follows it (the clause goes on about the fund)
        owner = text[count.unit_end : count.noun_end].split(maxsplit=1)
        if not owner or owner[0].lower() not in _OF_WORDS:
            return None
        tail = ""
    if doc.language == "it":
        if not preposition and _reached_up_to(frame):
            preposition = "a"  # "è salito fino a 11 euro": 'A quanto è salito ...?'
        how = f"{preposition} quanto" if preposition else "Quanto"
        rate, tail = _rate_first(tail)  # "A quanto ammontano all’anno le sinergie ...?"
        verb = " ".join(frame.verb)
        asked = f"{how} {verb} {more or ''} {rate} {frame.subject} {tail} {frame.when}"
        return upper_first(squash(asked)) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    changed = lemma(frame.verb[-1].lower(), "en")
    if len(frame.verb) > 1 and frame.verb[-1].lower() in _EN_PARTICLES:
        # "went up| to £11": a change, as "rose to"
        changed = "rise" if frame.verb[-2].lower() in EN_PARTICLE_CHANGE_VERBS else changed
    if preposition == "to" and changed in _TO_LEVEL_VERBS:
        # "reserves had fallen to £11m": the level a change ends at, not a sum given to it
        return squash(f"To what level {body} {tail} {frame.when}") + "?"
    whole = ""
    if tail.startswith("of ") and not preposition and not more:
        # "had secured £90m of the required funding": the sum is a part of the whole named
        # after it -> "How much of the required funding had ... secured?"; an adverbial after
        # the whole stays after the verb ("paying £1.2m of the cost | through its grant")
        whole, tail = _whole_and_adverbial(tail)
    return squash(f"How much {whole} {more or ''} {body} {preposition} {tail} {frame.when}") + "?"


# Prepositions that open what a verb of paying is done through, not a part of the noun before
# them ("repairs to the pier" and "the cost of repairs" go with the noun).
_EN_ADVERBIAL_PREPS = frozenset("through via from over during under until since by".split())


# Italian verbs whose sum after a plural article is the level the subject reached: "il
# fatturato ha raggiunto i| 340 milioni" (not a threshold passed: "ha superato i").
_IT_LEVEL_REACHED = frozenset(["raggiungere"])


def _threshold_question(frame: _Frame, tail: str) -> str | None:
    """'Il passivo ha superato i 21 milioni di euro' -> 'Quale soglia ha superato il
    passivo?', 'Il debito è sceso sotto i 40 milioni' -> 'Sotto quale soglia è sceso il
    debito?': the threshold an Italian subject passed, right after the verb."""
    if not frame.verb or not frame.subject or _has_digit(tail):
        return None
    verb = " ".join(frame.verb)
    if frame.exact in (["sotto"], ["sopra"]):  # "è sceso sotto i", "è salito sopra i"
        how = f"{frame.exact[0].capitalize()} quale soglia"
    elif not frame.between and lemma(frame.verb[-1].lower(), "it") == "superare":
        how = "Quale soglia"
    else:
        return None
    return upper_first(squash(f"{how} {verb} {frame.subject} {tail} {frame.when}")) + "?"


def _level_reached_verb(frame: _Frame) -> bool:
    """Whether an Italian verb with nothing between it and the article of its sum tells the
    level its subject reached: 'ha raggiunto i| 340 milioni'."""
    if frame.between or not frame.verb:
        return False
    return lemma(frame.verb[-1].lower(), "it") in _IT_LEVEL_REACHED


def _whole_and_adverbial(tail: str) -> tuple[str, str]:
    """('of the cost', 'through its grant') of 'of the cost through its grant': the whole a
    part of a sum is of ends where an adverbial of the verb opens (_EN_ADVERBIAL_PREPS)."""
    words = tail.split()
    for k in range(2, len(words)):
        if words[k] in _EN_ADVERBIAL_PREPS:
            return " ".join(words[:k]), " ".join(words[k:])
    return tail, ""


# What opens the English noun phrase of whom a sum is given to or costs: "fined| the driver|
# £750", "gave| each family| £200", "costs| farmers in Wales| £5m".
_EN_RECEIVER_OPENERS = frozenset("the a an each every his her their its our".split())


# Words that make the noun phrase before a sum a part of the sum itself: "a total £2m".
_EN_SUM_WORDS = frozenset(
    """total sum amount figure average maximum minimum further additional extra estimated
    record reported combined net gross last first final remaining next other full whole
    entire rest same balance outstanding initial original required promised agreed
    remainder""".split()
)


_LONGEST_RECEIVER = 4  # words: "the owners of Tarn Farm"


def _receiver(frame: _Frame) -> str | None:
    """Whom an English verb gives a sum or costs it, as written, between the verb and the
    sum: 'awarded| the cashier| £500' -> 'the cashier', 'cost| farmers in Wales| more than
    £5m' -> 'farmers in Wales'; None when the words there are no such noun phrase."""
    exact = frame.exact
    if not 1 <= len(exact) <= _LONGEST_RECEIVER:
        return None
    written = _SIGN_AT_END.sub("", frame.between_text).split()[: len(exact)]
    if len(written) != len(exact) or written[0].lower() in _PERSONAL_PRONOUNS:
        return None
    first = exact[0]
    if len(written) <= 3 and all(w[:1].isupper() and w.isalpha() for w in written):
        return " ".join(written)  # "paid| Tom Hale| £40,000"
    if first in _EN_RECEIVER_OPENERS:
        words, names = exact[1:], written[1:]
    elif _plural_head(exact):
        words, names = exact, written  # "farmers", "ferry passengers"
    else:
        return None
    if not words or words[0] in _EN_SUM_WORDS or words[-1] in _EN_SUM_WORDS:
        return None
    place = next((i for i, w in enumerate(words) if w in ("in", "of")), len(words))
    head, after = words[:place], names[place + 1 :]
    if not head or place < len(words) and not (after and all(w[:1].isupper() for w in after)):
        return None  # "farmers in| Wales": a name after the preposition, nothing else
    if any(not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in head):
        return None
    return " ".join(written)


def _plural_head(words: tuple[str, ...] | list[str]) -> bool:
    """Whether English words with no article open with a plural noun, maybe after a word that
    qualifies it, before any 'in'/'of': 'farmers', 'ferry passengers', 'local taxpayers in|
    Wales'."""
    place = next((i for i, w in enumerate(words) if w in ("in", "of")), len(words))
    head = words[:place]
    if not 1 <= len(head) <= 2 or not _plural(head[-1], "en"):
        return False
    return all(w.isalpha() and w not in STOPWORDS["en"] for w in head)


def _given_to_question(frame: _Frame, tail: str) -> str | None:
    """'The judge awarded the cashier £500' -> 'How much did the judge award the cashier?',
    'Doorstep crime costs consumers in the UK £20m a year' -> 'How much does doorstep crime
    cost consumers in the UK a year?': the sum a verb gives someone, or costs them."""
    if not frame.subject or _is_copula(frame, "en") or _passive_group(frame):
        return None
    if not _plain_subject(frame.subject):
        return None
    receiver = _receiver(frame)
    body = _english_body(frame, frame.subject) if receiver else None
    if body is None or _has_digit(_YEAR.sub("", tail)) or "than" in tail.split():
        return None  # "spent the money £2m faster than planned": a comparison
    return squash(f"How much {body} {receiver} {tail} {frame.when}") + "?"


# English verbs of paying for a thing, in a passive with the sum and who gives it: "was funded
# with £2m from the Lottery" -> "How much funding did ... receive from the Lottery?".
_EN_FUNDING_NOUNS = {"fund": "funding", "finance": "financing", "back": "backing"}


# The verb group of "receive" for that of the passive: "is funded" -> "does ... receive".
_EN_RECEIVE = {
    ("is",): ("does", "receive"),
    ("are",): ("do", "receive"),
    ("was",): ("did", "receive"),
    ("were",): ("did", "receive"),
    ("has", "been"): ("has", "received"),
    ("have", "been"): ("have", "received"),
    ("had", "been"): ("had", "received"),
    ("will", "be"): ("will", "receive"),
}


# A second giver named after the first, which ends the clause: "funded with £2m from the
# Lottery| and the Tudor Trust|."
_AND_NAMED_GIVER = re.compile(
    r" and (?:the )?[A-Z][\w’'-]*(?: (?:of |for )?[A-Z][\w’'-]*)*(?=[,.;]|$)"
)


def _funded_from_question(frame: _Frame, tail: str) -> str | None:
    """'The study was funded with £1.2m from the research council' -> 'How much funding did
    the study receive from the research council?': the sum a giver pays, asked as what the
    subject receives (the passive with two complements reads badly as a question)."""
    verb = [w.lower() for w in frame.verb]
    noun = _EN_FUNDING_NOUNS.get(lemma(verb[-1], "en")) if len(verb) >= 2 else None
    receive = _EN_RECEIVE.get(tuple(verb[:-1]))
    if noun is None or receive is None or not frame.subject:
        return None
    giver = tail[len("from ") :]
    if not giver or _has_digit(_YEAR.sub("", giver)):
        return None
    aux, base = receive
    return squash(f"How much {noun} {aux} {frame.subject} {base} {tail} {frame.when}") + "?"


_IT_TO = frozenset("a ad al allo alla ai agli alle all’".split())


_LONGEST_DATIVE = 4  # words of who a sum cost: "al Comune di Lucca"


def _cost_dative(frame: _Frame) -> str:
    """Who an Italian sum cost, said between the verb of costing and the sum: 'è costata| al
    Comune| circa 38.000 euro' -> 'al Comune'; '' when the words there are no such phrase."""
    verb = frame.verb[-1].lower()
    if lemma(verb, "it") != "costare" and verb not in _IT_NOUN_VERBS:
        return ""
    words = frame.between_text.split()
    while words and words[-1].lower() in _APPROX:
        words.pop()  # "al Comune circa"
    exact = frame.exact
    if not words or not 2 <= len(exact) <= _LONGEST_DATIVE or exact[0] not in _IT_TO:
        return ""
    if any(not w.isalpha() or w in STOPWORDS["it"] or is_finite(w, "it") for w in exact[1:]):
        return ""
    return " ".join(words)


_SUM_MODIFIER_WORDS = frozenset("ulteriori altri altre ulteriore".split())


def _sum_complement(frame: _Frame) -> str:
    """A complement between an Italian verb and the sum it gives, said in the question after
    the verb: 'ha messo| a disposizione| 500.000 euro', 'ha destinato| al restauro| 2 milioni'
    -> 'a disposizione', 'al restauro'; '' when there is none or the verb is a copula."""
    if _is_copula(frame, "it") or _italian_copula_group(frame) or not frame.subject:
        return ""
    if not _complement_first(frame, "it") or len(frame.exact) != 2:
        return ""  # one noun: not "ha chiesto al ministero ulteriori| 800.000 euro"
    if frame.exact[1] in _SUM_MODIFIER_WORDS:
        return ""
    if frame.exact[0] not in _IT_TO and frame.exact[0] not in {"in", "nel", "nella", "per"}:
        return ""
    return " ".join(frame.between_text.split()[: len(frame.exact)])


def _worth_question(frame: _Frame, tail: str | None) -> str | None:
    """'The workers won an equal pay claim worth £3.4m' -> 'How much was the equal pay claim
    worth?': the worth of the English object a sum follows with 'worth'."""
    exact = frame.exact
    if exact[-2:] == ["an", "estimated"]:
        exact = exact[:-2]  # "worth an estimated £3.4m"
    if len(exact) < 3 or exact[-1] not in _WORTH_WORDS or exact[0] not in ARTICLES["en"]:
        return None
    noun = exact[1:-1]
    plain = [w.replace("-", "") for w in noun]  # "a back-pay claim"
    if len(noun) > 4 or any(
        not w.isalpha() or w in STOPWORDS["en"] or _verb_like(w) for w in plain
    ):
        return None
    if not frame.subject or _is_copula(frame, "en"):
        return None
    plural = _plural(noun[-1], "en")
    rate = tail if tail and _EN_SUM_RATE.fullmatch(tail) else ""  # "worth £2m| a year"
    if exact[-1] == "costing":  # "ordered a new helicopter costing £9.8m": what it costs
        do = "do" if plural else "does"
        return squash(f"How much {do} the {' '.join(noun)} cost {rate}") + "?"
    past = frame.verb[0].lower() not in _PRESENT_HEADS
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return squash(f"How much {be} the {' '.join(noun)} worth {rate}") + "?"


# The words that join an English object to the sum it is worth or costs: "a claim worth
# £3.4m", "a new helicopter costing £9.8m".
_WORTH_WORDS = frozenset(["worth", "costing"])


def _money_preposition(preposition: str, frame: _Frame, tail: str, language: str) -> bool:
    """Whether a sum's preposition may end its question: 'ammonta a', 'sold for', and in
    English 'at' after a passive of reckoning ('How much was the damage estimated at?') and
    'with' at the end of the clause ('How much was the research funded with?')."""
    if preposition in _MONEY_PREPOSITIONS[language]:
        return True
    if language != "en":
        return False
    if preposition == "at":
        return _reckoned_at(frame)
    return preposition == "with" and not tail and _passive_group(frame)


# English verbs of a change that ends at a level with "to": "reserves had fallen to £11m" ->
# "To what level had reserves fallen?" ("How much had reserves fallen to?" reads wrong).
_TO_LEVEL_VERBS = frozenset(
    """fall drop rise climb grow increase decrease decline shrink sink slip slump plunge jump
    soar swell dwindle cut reduce raise lower double treble triple halve""".split()
)


# A rate after an English sum: "£12.60 an hour", "£2,214 a year".
_EN_SUM_RATE = re.compile(r"(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|person|head)")


_EN_DEFINITE_START = re.compile(r"the\s|[A-Z][\w’'-]*’s\s")


def _english_copula_sum(frame: _Frame, tail: str) -> str | None:
    """'The current minimum rate for care workers is £12.60 an hour' -> 'What is the current
    minimum rate for care workers?': a sum the copula gives of a definite subject, nothing
    after it but a rate ('was £500 more than expected' tells a difference: not asked)."""
    if not frame.approximate_only or frame.exact:
        return None
    setting = _EN_SETTING.match(tail) is not None and not _has_digit(_YEAR.sub("", tail))
    if tail and not _EN_SUM_RATE.fullmatch(tail) and not setting:
        return None
    verb = [w.lower() for w in frame.verb]
    bare = _bare_plural_subject(frame) or _bare_subject(frame)
    if len(verb) == 2 and verb[0] in _TRUE_MODALS and verb[1] == "be":
        # "Starting salaries will be £29,500" -> "How much will starting salaries be?"
        if not _EN_DEFINITE_START.match(frame.subject) and not bare:
            return None
        return squash(f"How much {verb[0]} {frame.subject} be {tail} {frame.when}") + "?"
    if len(verb) != 1:
        return None
    if bare:
        # "Tickets are £20" -> "How much are tickets?", "Profit before tax was £820,000"
        return squash(f"How much {verb[0]} {frame.subject} {tail} {frame.when}") + "?"
    if not _EN_DEFINITE_START.match(frame.subject):
        return None
    kept = tail if setting else ""  # "in the last financial year"; not a rate ("an hour")
    return squash(f"What {verb[0]} {frame.subject} {kept} {frame.when}") + "?"


# What may follow a sum the copula gives, and set when or where it holds: "was £14m| in the
# last financial year", "are £20| for adults".
_EN_SETTING = re.compile(r"(?:in|for|during|over|across|at)\s+(?!least\b)[a-z]")


def _bare_subject(frame: _Frame) -> bool:
    """Whether an English subject is a noun of money with no article, a modifier maybe before
    it and a complement after it: 'profit before tax', 'operating profit', 'net debt'."""
    words = frame.subject.split()
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if not 1 <= head <= 2 or words[head - 1] not in _EN_MONEY_MASS:
        return False
    return all(
        w.replace("-", "").isalpha() and w.islower() and w not in STOPWORDS["en"]
        for w in words[:head]
    )


# English nouns of money said with no article as the subject of a sum: "Profit before tax was
# £820,000", "Net debt is £4m".
_EN_MONEY_MASS = frozenset(
    """profit loss revenue turnover income debt funding spending investment expenditure
    pay rent cost entry admission""".split()
)


def _bare_plural_subject(frame: _Frame) -> bool:
    """Whether an English subject is a plural noun with no article, its modifiers before it
    and a complement maybe after it: 'tickets', 'starting salaries for production staff'."""
    words = frame.subject.split()
    if not words or not words[0].islower() or words[0] in STOPWORDS["en"]:
        return False
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if not 1 <= head <= 3 or not _plural(words[head - 1], "en"):
        return False
    return all(w.isalpha() and w not in STOPWORDS["en"] for w in words[:head])


# Words of an English sum between its verb and its figure: an estimate, which the question
# leaves to the answer, or a sum on top of another, which it asks as "How much more".
_SUM_MODIFIERS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {
        ("an", "estimated"): "",
        ("a", "further"): "more",
        ("an", "additional"): "more",
        ("another",): "more",
        ("an", "extra"): "more",
    },
    "it": {("altri",): "in più", ("ulteriori",): "in più"},  # "ha stanziato altri 500.000 euro"
}


_AN_AVERAGE_OF = ("an", "average", "of")


def _without_average(frame: _Frame) -> _Frame:
    """An English frame whose count is 'an average of' one, the words said as 'on average'
    at the end of the question: 'spent an average of| 18 months in Africa' -> 'How many
    months did juveniles spend in Africa on average?'."""
    if tuple(frame.exact) != _AN_AVERAGE_OF or not frame.subject:
        return frame
    when = squash(f"{frame.when} on average")
    return replace(frame, between=(), between_text="", when=when)


# The prepositions of a sum after its verb: "ammonta a", "finanziato con", "amounted to", "sold
# for": the question asks with them ("A quanto ammonta ...?", "How much does
# ... amount to?").
_MONEY_PREPOSITIONS = {"it": frozenset("a con".split()), "en": frozenset("to for".split())}


# The tenses of "ammontare" for those of "essere" before a sum with "di".
_AMOUNT = {
    "è": "ammonta",
    "sono": "ammontano",
    "era": "ammontava",
    "erano": "ammontavano",
    "sarà": "ammonterà",
    "saranno": "ammonteranno",
}


# Words of a time said between a verb and its cost: "in 2028", "next year", "this spring".
_EN_TIME_WORDS = frozenset(
    """in next last this year month week spring summer autumn winter january february march
    april may june july august september october november december""".split()
)


def _time_words(words: list[str]) -> bool:
    """Whether words are a time, or none ('in 2028', 'next spring'): no other phrase."""
    if len(words) > 3:
        return False
    return all(w in _EN_TIME_WORDS or (len(w) == 4 and w.isdigit()) for w in words)


def _sum_noun_question(frame: _Frame, tail: str, language: str) -> str | None:
    """The sum a noun before it names, the object of the verb: 'HIE has offered a grant of
    £2.5m' -> 'How large a grant has HIE offered?', 'I giudici hanno disposto una
    provvisionale di 850.000 euro' -> 'A quanto ammonta la provvisionale che hanno disposto i
    giudici?', 'The line was rebuilt at a cost of £310m' -> 'At what cost was the line
    rebuilt?'."""
    exact = frame.exact
    if len(exact) < 3 or exact[-1] not in _SUM_OF[language]:
        return None
    if language == "en" and exact[-4:] == ["at", "a", "cost", "of"] and _time_words(exact[:-4]):
        # "will open in 2028| at a cost of": the time stays after the verb
        body = _english_body(frame, frame.subject)
        when = " ".join(frame.between_text.split()[: len(exact) - 4])
        asked = f"At what cost {body} {when} {tail} {frame.when}"
        return None if body is None else squash(asked) + "?"
    complement = ""
    article_at = next((i for i, w in enumerate(exact) if w in _INDEFINITES), 0)
    if (
        language == "it"
        and 2 <= article_at <= 3
        and _complement_first(replace(frame, between=tuple(exact[:article_at])), "it")
    ):
        # "ha portato sul territorio| un indotto di", "vale per la società| un premio di":
        # the complement goes after the subject
        complement = " ".join(frame.between_text.split()[:article_at])
        exact = exact[article_at:]
    preposition = exact[0] if exact[0] in PREPOSITIONS[language] else ""
    article, *noun = exact[1:-1] if preposition else exact[:-1]
    if article not in _INDEFINITES or not 1 <= len(noun) <= 3:
        return None
    if complement and preposition:
        return None
    if any(not w.isalpha() or w in STOPWORDS[language] or w in _APPROX for w in noun):
        return None
    if language == "en":
        body = _english_body(frame, frame.subject)
        if body is None or _EN_SUM_RATE.match(tail):
            return None  # "set a fee of £12 a day": no "How large a fee ... a day?"
        named = " ".join([article, *noun])
        return squash(f"How large {named} {body} {preposition} {tail} {frame.when}") + "?"
    if article == "un’" or sum_head(" ".join(noun), "it") not in SUM_HEADS["it"]:
        return None  # "ha acquistato un dipinto da 300.000 euro": what it cost, no sum's size
    the = definite_article(article, noun[0])
    named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(noun)}"
    if not preposition and not complement:
        owned = owned_sum_question(named, frame, tail)  # "Il progetto ha un costo di"
        if owned is not None:
            return owned
    verb = " ".join(frame.verb)
    # "è partito con un bilancio di 7,8 milioni" -> "... il bilancio con cui è partito ..."
    which = f"{preposition} cui" if preposition else "che"
    return (
        upper_first(
            squash(
                f"A quanto ammonta {named} {which} {verb} {frame.subject} {complement} {tail}"
                f" {_italian_when(frame)}"  # "Nel frattempo": no time
            )
        )
        + "?"
    )


# English nouns of money counted as a mass, which name their sum with "of" and no article:
# "received core funding of €1.3m", "posted revenue of £500m".
_MASS_SUMS = frozenset(
    "funding investment revenue revenues income turnover aid compensation spending".split()
)


# The currency sign that ends the words before a sum: "core funding of| €".
_SIGN_AT_END = re.compile(r"\s*(?:(?:US|A|C|NZ|HK|S)?[$€£¥]|NOK|SEK|DKK|CHF)$")


# English plural nouns of money that name their sum with "of", asked "How much in ...?":
# "posted profits of £300m", "the budget includes savings of £4.1m".
_PLURAL_SUMS = frozenset("profits losses savings debts sales earnings donations damages".split())


def _mass_sum_question(frame: _Frame, tail: str) -> str | None:
    """'The festival receives core funding of €1.3m a year' -> 'How much core funding does
    the festival receive a year?': the verb's object a noun of money and a modifier or two,
    then 'of' and the sum."""
    exact = frame.exact
    if not 2 <= len(exact) <= 3 or exact[-1] != "of":
        return None
    if exact[-2] not in _MASS_SUMS and exact[-2] not in _PLURAL_SUMS:
        return None
    if not frame.subject or _is_copula(frame, "en"):
        return None
    if any(
        not w.replace("-", "").isalpha() or w in STOPWORDS["en"] or w in _APPROX for w in exact[:-1]
    ):
        return None  # "the funding of", "its revenue of": one already named
    if any(w in PREPOSITIONS["en"] for w in exact[:-1]):
        return None  # "collapsed under debts of": no "How much in under debts"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    written = _SIGN_AT_END.sub("", frame.between_text).split()  # "core funding of| €"
    if len(written) != len(frame.between):
        return None
    noun = " ".join(written[: len(exact) - 1])
    if exact[-2] in _PLURAL_SUMS:  # "posted profits of £300m" -> "How much in profits ...?"
        noun = f"in {noun}"
    return squash(f"How much {noun} {body} {tail} {frame.when}") + "?"


# What joins a noun to the sum it names: "a grant of £2.5m", "una multa di 500 euro", "un
# contributo da 2 milioni".
_SUM_OF = {"en": frozenset(["of"]), "it": frozenset("di da".split())}


# What asks a sum a preposition brings: "Il progetto è stato finanziato con 2 milioni di euro"
# -> "Con quanto è stato finanziato il progetto?", "stimano perdite per 18 milioni" ->
# "Per quale importo ... stimano perdite?", "sold the farm for £2m" -> "For how much ...?".
_PRICE_ASKED = {
    "it": {"con": "Con quanto", "per": "Per quale importo"},
    "en": {"for": "For how much"},
}


# Italian verbs that put a value on a thing with "in": "stimato in", "quantificati in",
# "fissata in".
_VALUING = ("stim", "valut", "quantific", "calcol", "fiss")


def _valued(frame: _Frame) -> bool:
    last = frame.verb[-1].lower() if frame.verb else ""
    return last.startswith(_VALUING) and last.endswith(("ato", "ata", "ati", "ate"))


def _price_question(frame: _Frame, tail: str, language: str) -> str | None:
    """A sum after 'con'/'per'/'for', right after the verb or after its object (the Italian
    subject then comes first, as in the other questions with an object)."""
    asked = _PRICE_ASKED[language]
    if frame.preposition == "in" and language == "it" and _valued(frame):
        # "Le perdite sono state stimate in 100 milioni" -> "A quanto sono state stimate ...?"
        verb = " ".join(frame.verb)
        return upper_first(squash(f"A quanto {verb} {frame.subject} {tail} {frame.when}")) + "?"
    obj = ""
    if frame.preposition not in asked:
        obj = _object_then(frame, frozenset(asked), language) or ""
        if not obj and language == "it":
            obj = _italian_object_of(frame, frozenset(asked)) or ""
        if not obj or any(is_finite(w, language) for w in obj.split()):
            return None
    how = asked[frame.exact[-1]]
    if language == "it":
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb} {obj}" if obj else f"{verb} {frame.subject}"
        return upper_first(squash(f"{how} {order} {tail} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"{how} {body} {obj} {tail} {frame.when}") + "?"


# "circa il 40% dei litorali ... è in arretramento", "Only 58% of adolescents ... returned".
_SHARE_APPROXIMATORS = (
    r"(?:(?:circa|quasi|oltre|solo|soltanto|appena|ben|about|nearly|almost|over|only|just|some"
    r"|around|roughly|approximately|(?:fewer|less|more)\s+than|at\s+least)"
    r"\s+)?(?:il\s+|l’)?"
)


_PERCENT_OF = (
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?:%|per cento|percent\b|per cent\b)\s+"
    r"(?P<of>dell’|della|dello|delle|dei|degli|del\b|di\b|of\b)\s*(?P<rest>.+)$"
)


_SHARE = re.compile(
    r"^(?P<lead>(?:(?:Secondo|According to|Stando\s+(?:a|al|alla|ai|alle|agli|all’)"
    r"|In\s+base\s+(?:a|al|alla|ai|alle|agli|all’))\s?[^,]{3,120},\s*)?"
    + _SHARE_APPROXIMATORS
    + ")"
    + _PERCENT_OF,
    re.IGNORECASE,
)


# The same share opening a clause that a verb of finding or saying reports: "The survey found
# that 60% of pupils reached the level", "L’indagine rileva che il 60% degli alunni ha ...".
# The question asks the share alone, as it does after "According to".
_SHARE_REPORTED = re.compile(
    r"\s(?:that|che)\s+(?P<lead>" + _SHARE_APPROXIMATORS + ")" + _PERCENT_OF, re.IGNORECASE
)


_REPORTED_CUE = {"en": " that ", "it": " che "}


# The same share opening an English clause after another: "..., while around 70% of the
# audience attended ...", "...; about 30% of residents moved there after 2000".
_SHARE_INNER = re.compile(
    r"(?:,\s+(?:while|whereas|but)|;|:)\s+(?P<lead>(?i:fewer\s+than\s+|less\s+than\s+"
    r"|more\s+than\s+|around\s+|roughly\s+)?" + _SHARE_APPROXIMATORS + ")" + _PERCENT_OF,
)


# The same share opening an English clause that a verb of saying reports with no "that":
# "The firm says at least 40% of components will be ...".
_SHARE_SAID = re.compile(
    r"\s(?:says|said|estimates|estimated|expects|expected)\s+(?P<lead>(?i:fewer\s+than\s+"
    r"|less\s+than\s+|more\s+than\s+|around\s+|roughly\s+)?"
    + _SHARE_APPROXIMATORS
    + ")"
    + _PERCENT_OF,
)


_SHARE_END = re.compile(r"(?:,(?!\d)|;|:|\s[–—]\s|\.$)")


# An English aside of examples after the whole a share is of, before its verb: "40% of
# components|, including steel casings and circuit boards,| will be sourced ...".
_EXAMPLES_ASIDE = re.compile(
    r"^(?P<whole>[^,;:()]+),\s+(?:including|such\s+as|mostly|mainly|chiefly|largely)\s"
    r"[^,;:()]{2,80},\s+(?=[a-z])"
)


_POSSESSIVE_S = re.compile(r"[’']s\s")


# English nouns of what is wanted, not what is, before "that": "a requirement that 30% of ...".
_EN_WISHES = frozenset(
    """requirement condition rule target pledge promise aim goal hope demand proposal plan
    expectation ambition wish call""".split()
)


def _wished(before: str) -> bool:
    """Whether the English words before a clause with 'that' end with a noun of a wish."""
    words = before.split()
    return bool(words) and words[-1].lower() in _EN_WISHES


# Words after a share's "of"/"di" that point back to a whole named before: "il 40% di loro".
_POINTING_BACK = frozenset("loro essi esse costoro them these those questi queste".split())
# A second share in the clause of the first, which the question would keep.
_SECOND_SHARE = re.compile(r"\d\s?(?:%|per\s+cento\b|per\s+cent\b|percent\b)")


# A second share joined by "e"/"and" with its verb left out: "il 38% arriva da fuori regione
# | e quasi uno su dieci dall’estero", "40% come from the city | and a third from abroad".
_GAPPED_SHARE = re.compile(
    r"\s(?:e|ed|and)\s+(?:(?:quasi|circa|oltre|almeno|solo|nearly|about|almost|over|only)\s+)?"
    r"(?:il\s+\d|l’\d|\d|uno\s+su|una\s+su|un\s+(?:terzo|quarto|quinto)|one\s+in"
    r"|a\s+(?:third|quarter|fifth))"
)


def _share_question(text: str, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a percentage that opens its sentence as the subject:
    'Solo il 58% degli studenti è tornato' -> 'Quale percentuale degli studenti è tornata?'."""
    if "%" not in text and "cent" not in text:
        return None
    m = _SHARE.match(text)
    if m is None and _REPORTED_CUE[doc.language] in text:
        m = _SHARE_REPORTED.search(text)
        if m is not None and doc.language == "en" and _wished(text[: m.start()]):
            return None  # "a requirement that at least 30% of ingredients are ...": no fact
    if m is None and doc.language == "en":
        m = _SHARE_INNER.search(text)  # "..., while around 70% of the audience attended ..."
    if m is None and doc.language == "en":
        m = _SHARE_SAID.search(text)  # "The firm says at least 40% of components will be"
    if m is None:
        return None
    rest = m.group("rest")
    if rest.split(maxsplit=1)[0].lower() in _POINTING_BACK:
        return None  # "il 40% di loro lavora": whose share, the sentence before tells
    aside = _EXAMPLES_ASIDE.match(rest) if doc.language == "en" else None
    if aside is not None:  # "of components, including steel casings, will be": the aside out
        rest = f"{aside.group('whole')} {rest[aside.end() :]}"
    rest = _SHARE_END.split(rest, maxsplit=1)[0].strip()
    rest = _GAPPED_SHARE.split(rest, maxsplit=1)[0]  # "| e quasi uno su dieci dall’estero"
    if _SECOND_SHARE.search(rest):
        return None  # "il 68% degli studenti e il 61% dei genitori si sono detti ..."
    toks = tokens(rest)
    verb = main_verb(toks, doc.language)
    if doc.language == "en" and verb == 0 and len(toks) > 2:
        later = main_verb(toks[1:], "en")  # "of recorded| flights passed": a participle first
        verb = None if later is None else later + 1
    if verb is None and doc.language == "en" and len(toks) > 2:
        owned = tokens(_POSSESSIVE_S.sub(" ", rest))  # "the town’s residents": one noun phrase
        plural = _plural_present(owned, len(owned) - 1)  # "of the residents speak| Welsh"
        verb = None if plural is None else plural + len(toks) - len(owned)
    if verb is None or verb == 0 or len(toks) > 24 or len(toks) - verb < 2:
        return None
    of = m.group("of")
    number = text[m.start("num") : m.end("num") + 1]  # "40%"
    answer = number if number.endswith("%") else m.group("num") + "%"
    phrase = text[m.end("lead") - len(m.group("lead").split(",")[-1].lstrip()) : m.end("num")]
    if doc.language == "it":
        sep = "" if of.endswith("’") else " "
        question = f"Quale percentuale {of.lower()}{sep}{_feminine_after_essere(rest)}?"
    else:
        question = f"What percentage of {rest}?"
    return question, answer, (squash(phrase) + "%",)


# A share of a counted group, told in a relative after it: "the 212 claimants, 94% of whom are
# women", "i 300 soci, il 60% dei quali vive in città". The question names the group.
_GROUP_SHARE = {
    "en": re.compile(
        r"\b\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?P<np>[a-z]{3,}(?:\s+[a-z]{3,})?),\s+"
        r"(?P<lead>(?:about|nearly|almost|over|some|only|just)\s+)?(?P<num>\d+(?:\.\d+)?)"
        r"\s?(?P<unit>%|per\s+cent\b|percent\b)\s+of\s+whom\s+(?P<rest>[^,;:()–—]+)"
    ),
    "it": re.compile(
        r"\d[\d.,]*(?:\s+(?:mila|milioni|milione)\s+di)?\s+(?P<np>[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,})?),"
        r"\s+(?P<lead>(?:circa|quasi|oltre|solo|ben)\s+)?(?:il\s+|l’)(?P<num>\d+(?:,\d+)?)"
        r"\s?(?P<unit>%|per\s+cento\b)\s+(?P<of>dei|delle)\s+quali\s+(?P<rest>[^,;:()–—]+)"
    ),
}


# The English share told after the relative's "of whom"/"of which": "412 written responses,
# of which 71% opposed the closure".
_EN_SHARE_AFTER_RELATIVE = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?P<np>[a-z]{3,}(?:\s+[a-z]{3,})?),\s+"
    r"of\s+(?:whom|which)\s+(?P<lead>(?:about|nearly|almost|over|some|only|just)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|per\s+cent\b|percent\b)\s+(?P<rest>[^,;:()–—]+)"
)


_GROUP_SHARE_CUE = {"en": " of wh", "it": " quali "}


def _group_share_question(text: str, language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share of a counted group: 'What percentage of the
    claimants are women?', 'Quale percentuale dei soci vive in città?'. The relative must go
    on with its verb ('sei dei quali con meno di 35 anni' tells no verb to ask with)."""
    m = _GROUP_SHARE[language].search(text)
    if m is None and language == "en":
        m = _EN_SHARE_AFTER_RELATIVE.search(text)  # "..., of which 71% opposed the plan"
    if m is None:
        return None
    head = m.group("np").split()[-1]
    if head in _TIME_UNITS or head in UNITS or head in ("times", "volte"):
        return None  # "called out 1,137 times, of which ...": no group of things
    rest = m.group("rest").strip().rstrip(".!?")
    toks = tokens(rest)
    if len(toks) < 2 or len(toks) > 16:
        return None
    # the group is plural: "of whom live abroad" has a verb with no '-s', its own lemma
    first = toks[0].text
    plural_present = language == "en" and first.isalpha() and lemma(first, "en") == first
    if main_verb(toks, language) != 0 and not (plural_present and first not in STOPWORDS["en"]):
        return None
    np = m.group("np")
    answer = m.group("num") + "%"
    accepted = (
        squash(text[m.start("lead") if m.group("lead") else m.start("num") : m.end("unit")]),
    )
    if language == "en":
        return f"What percentage of the {np} {rest}?", answer, accepted
    of = m.group("of")
    low = np.lower()
    if of == "dei" and (low[:1] in "aeiou" or takes_lo(low)):
        of = "degli"  # "degli studenti", "degli iscritti"
    return f"Quale percentuale {of} {np} {rest}?", answer, accepted


# An English share of the people a survey asked, told by what the survey found: "A survey of
# 1,100 parents found that 41% had cut back on food". The question names the group surveyed.
_SURVEY_SHARE = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<kind>survey|poll)\s+of\s+(?:(?:more\s+than|over|about"
    r"|around|nearly|almost|some)\s+)?\d[\d,]*\s+(?P<np>[a-z]{3,})\s+(?:[\w’-]+\s+){0,5}?"
    r"(?:found|showed|suggested|revealed)\s+(?:that\s+)?"
    r"(?P<lead>(?:about|around|nearly|almost|over|some|only|just|more\s+than)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|per\s+cent\b|percent\b)\s+(?P<rest>[^,;:()–—]+)",
    re.IGNORECASE,
)


# The share told after a survey that opens the sentence as its source: "According to a survey
# of 64 growers carried out by the Chamber,| 71% said ...".
_SURVEY_SOURCE_SHARE = re.compile(
    r"^According\s+to\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<kind>survey|poll)\s+of\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?\d[\d,]*\s+(?P<np>[a-z]{3,})"
    r"\b[^,;:()\d]{0,80},\s+(?P<lead>(?:about|around|nearly|almost|over|some|only|just"
    r"|more\s+than)\s+)?(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|per\s+cent\b|percent\b)\s+"
    r"(?P<rest>[^,;:()–—]+)"
)


_SURVEYED = {"survey": "surveyed", "poll": "polled"}


# The size of an English survey told with what it found: "A survey of 1,100 parents carried
# out in January found that ...". The people surveyed are asked of.
_SURVEY_SIZE = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<kind>survey|poll)\s+of\s+(?P<lead>(?:more\s+than|over"
    r"|about|around|nearly|almost|some)\s+)?(?P<num>\d[\d,]*)\s+(?P<np>[a-z]{3,})\s+"
    r"(?:[\w’-]+\s+){0,5}?(?:found|showed|suggested|revealed)\b",
    re.IGNORECASE,
)


def _survey_size_question(text: str) -> tuple[str, str, int, int] | None:
    """(question, answer, start, end of the number) of the size of a survey that found
    something: 'A survey of 1,100 parents found that ...' -> 'How many parents were
    surveyed?'."""
    m = _SURVEY_SIZE.search(text)
    if m is None or m.group("np") in STOPWORDS["en"] or not _plural(m.group("np"), "en"):
        return None
    surveyed = _SURVEYED[m.group("kind").lower()]
    asked = f"How many {m.group('np')} were {surveyed}?"
    return asked, m.group("num"), m.start("num"), m.end("num")


_SURVEY_CUES = ("urvey of ", "oll of ")


def _survey_share_question(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share of those a survey asked: 'A survey of 1,100
    parents found that 41% had cut back on food' -> 'What share of parents surveyed had cut
    back on food?'. What the share did goes on with its verb."""
    m = _SURVEY_SHARE.search(text) or _SURVEY_SOURCE_SHARE.match(text)
    if m is None or m.group("np") in STOPWORDS["en"] or not _plural(m.group("np"), "en"):
        return None
    rest = m.group("rest").strip().rstrip(".!?")
    toks = tokens(rest)
    if not 2 <= len(toks) <= 14 or _has_digit(rest):
        return None
    first = toks[0].text
    plural_present = first.isalpha() and lemma(first, "en") == first  # "12% plan| to sell up"
    if main_verb(toks, "en") != 0 and toks[0].low not in AUXILIARIES["en"]:
        if not plural_present or first in STOPWORDS["en"] or first in PREPOSITIONS["en"]:
            return None  # "41% of them": no verb to ask with
    surveyed = _SURVEYED[m.group("kind").lower()]
    answer = m.group("num") + "%"
    accepted = (
        squash(text[m.start("lead") if m.group("lead") else m.start("num") : m.end("unit")]),
    )
    return f"What share of {m.group('np')} {surveyed} {rest}?", answer, accepted


# An English share of a sum said after it with "with ... going to": "The raffle raised
# £3,000, with 10% going to the hospice". The question names the sum and where the share goes.
_GOING_SHARE = re.compile(
    r"\s(?P<verb>[a-z]{3,})\s+(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?"
    r"(?P<sum>[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?),\s+with\s+"
    r"(?P<lead>(?:about|around|nearly|almost|over|some|just)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|per\s+cent\b|percent\b)\s+going\s+"
    r"(?P<to>to|towards)\s+(?P<rest>[^,;:()–—]+)"
)


def _going_share_question(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share of a sum going somewhere: 'The raffle raised
    £3,000, with 10% going to the hospice' -> 'What share of the £3,000 went to the hospice?'
    (the tense the verb of the sum has)."""
    m = _GOING_SHARE.search(text)
    if m is None:
        return None
    verb = m.group("verb")
    if verb.endswith("s") and may_be_present(verb, "en"):
        went = "goes"  # "The levy pays £2m"
    elif is_finite(verb, "en") and (verb.endswith("ed") or lemma(verb, "en") != verb):
        went = "went"  # "raised", "won"
    else:
        return None
    rest = m.group("rest").strip().rstrip(".!?")
    if not 1 <= len(rest.split()) <= 14 or _has_digit(rest):
        return None
    answer = m.group("num") + "%"
    accepted = (
        squash(text[m.start("lead") if m.group("lead") else m.start("num") : m.end("unit")]),
    )
    asked = f"What share of the {m.group('sum')} {went} {m.group('to')} {rest}?"
    return asked, answer, accepted


_ESSERE = frozenset("è era sarà fu sia fosse sarebbe risulta risultava".split())


def _feminine_after_essere(rest: str) -> str:
    """The words after a singular 'essere' made to agree with 'percentuale', the question's
    subject ('il 45 per cento delle aziende era assicurato' -> 'Quale percentuale delle
    aziende era assicurata ...?'): 'stato' and the participle or adjective after it end in -a."""
    words = rest.split(" ")
    for i, word in enumerate(words):
        if word not in _ESSERE:
            continue
        for k in range(i + 1, min(i + 3, len(words))):
            after = words[k]
            if len(after) < 4 or not after.endswith("o") or not after.isalpha():
                break
            if not after.islower() or after in _NOT_AGREEING:
                break
            words[k] = after[:-1] + "a"
            if after != "stato":
                break
        break
    return " ".join(words)


_NOT_AGREEING = frozenset("oggi ancora spesso molto troppo poco quanto tanto solo".split())


# A share said with a verb of making up: "Red dwarfs make up roughly three quarters of the
# stars", "Women account for 40% of the staff", "Le nane rosse rappresentano circa tre quarti
# delle stelle". The share is a fraction in words or a percentage.
def _share_cue(text: str, language: str) -> bool:
    """The test of a share once a verb of making up is in the sentence: a fraction or a
    percentage."""
    return any(cue in text for cue in _FRACTION_CUES[language])


_FRACTION_CUES = {
    "en": ("%", "cent", "half", "third", "quarter", "fifth", "tenth"),
    "it": ("%", "cento", "metà", "terz", "quart", "quint", "decim"),
}


_SHARE_VERBS = {
    "en": r"(?P<verb>makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represent(?:s|ed)?)",
    "it": r"(?P<verb>rappresent(?:a|ano|ava|avano)|costituisc(?:e|ono)|costituiv(?:a|ano))",
}


_SHARE_APPROX = {
    # "reflects only about 8% of": "only" weighs the share, which the question asks all the same
    "en": r"(?:only\s+)?(?P<approx>(?:roughly|about|around|nearly|almost|over|some|just\s+over"
    r"|just\s+under|more\s+than|less\s+than|at\s+least)\s+)?",
    "it": r"(?P<approx>(?:circa|quasi|oltre|almeno|più\s+di|meno\s+di)\s+)?",
}


_FRACTIONS = {
    "en": r"(?:(?:a|one|two|three|four|nine)[\s-](?:third|quarter|fifth|tenth)s?|half)",
    "it": r"(?:(?:la\s+)?metà|(?:un|due|tre|quattro|nove)\s+(?:terz|quart|quint|decim)[oi])",
}


_PERCENTAGE = r"\d+(?:[.,]\d+)?\s?(?:%|per\s+cent(?:o)?\b|percent\b)"


_SHARE_OF = {
    "en": r"\s+of\s+",
    "it": r"\s+(?P<of>dell’|della|dello|delle|dei|degli|del\b|di\b)\s*",  # longest first
}


_SHARE_VERB = {
    language: re.compile(
        rf"\s{_SHARE_VERBS[language]}\s+{_SHARE_APPROX[language]}(?:il\s+|l’)?"
        rf"(?P<share>{_FRACTIONS[language]}|{_PERCENTAGE}){_SHARE_OF[language]}"
        r"(?P<whole>[^,;:()“”«»\"]+(?:\([^()]{1,12}\)[^,;:()“”«»\"]+)?)"
    )
    for language in ("en", "it")
}


_EN_SHARE_BASES = {"make": "make up", "made": "make up", "account": "account for"}


# Any verb with a percentage of a whole as its object: "The UK holds an estimated 13 per cent
# of the world’s peat bogs", "La Regione ha finanziato il 70% dell’opera".
# An Italian complement between a verb and its share, which the question puts after the
# subject: "ha prodotto| da fonti rinnovabili| il 68% dell’energia".
_SHARE_COMPLEMENT = {
    "en": "",
    "it": r"(?P<comp>(?:da|con|in|su)\s+(?!particolare\b)(?:(?:il|lo|la|i|gli|le)\s+|l’)?"
    r"[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,}){0,2}\s+(?=il\s|l’))?",
}


_ANY_SHARE_VERB = {
    language: re.compile(
        r"\s(?P<verb>[a-zà-ù]{3,})\s+"
        + _SHARE_COMPLEMENT[language]
        + _SHARE_APPROX[language]
        + r"(?:il\s+|l’|an\s+estimated\s+|a\s+further\s+)?"
        rf"(?P<share>{_PERCENTAGE}){_SHARE_OF[language]}"
        r"(?P<whole>[^,;:()“”«»\"]+(?:\([^()]{1,12}\)[^,;:()“”«»\"]+)?)"
    )
    for language in ("en", "it")
}


_BRACKETED = re.compile(r"\s\([^()]{1,12}\)(?=\s)")


def _share_verb_question(s: Sentence, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share its subject makes up: 'Red dwarfs make up
    roughly three quarters of the stars in the galaxy' -> 'What share of the stars in the
    galaxy do red dwarfs make up?', 'Le donne rappresentano il 40% dei dipendenti' -> 'Quale
    quota dei dipendenti rappresentano le donne?'."""
    language = doc.language
    text = s.text
    if not _share_cue(text, language):
        return None
    m = _SHARE_VERB[language].search(text)
    group: str | None = None if m is None else m.group("verb")
    any_verb = m is None
    if m is None:  # any verb with a percentage: "The UK holds an estimated 13 per cent of"
        m = _ANY_SHARE_VERB[language].search(text)
        group = None if m is None else _share_verb(m, text, language)
    if m is None or group is None:
        return None
    # "greenhouse gas (GHG) emissions": a short aside in brackets is no end of the whole
    whole = tail_of(_BRACKETED.sub("", m.group("whole")) + " ").strip()
    if not 1 <= len(whole.split()) <= 10:
        return None
    offset = _inner_clause_start(text, m.start(), language) or _leading_clause_end(text, language)
    verb_at = m.start("verb") - (len(group) - len(m.group("verb")))
    lead = None
    if not offset and language == "it":  # "Nel 2024| la regione ha riciclato il 72% dei ..."
        lead = _leading_date(text, language) or _leading_phrase(text, language)
        offset = lead.end() if lead is not None and lead.end() < verb_at else 0
    if offset and lead is None:  # "ha ricordato che| nel 2025| la cooperativa ha esportato"
        opened = upper_first(text[offset:verb_at])
        lead = _leading_date(opened, language) or _leading_phrase(opened, language)
        offset += lead.end() if lead is not None else 0
    when = lead.group(0).strip(" ,") if lead is not None and offset else ""
    when = when[:1].lower() + when[1:]
    clause = text[offset:verb_at] + " x"  # the subject, and a stand-in for the verb
    toks = tokens(clause)
    if len(toks) < 2 or any(t.text in _BREAKS for t in toks):
        return None
    subject, _ = _subject(clause, toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = group
    rest = ""
    if any_verb:  # "spent 20 per cent of its budget| on roads": the rest follows the verb
        whole, rest = _whole_and_rest(whole, language)
        if language == "it" and m.group("comp"):  # "da fonti rinnovabili": after the rest
            rest = f"{m.group('comp')} {rest}" if not rest else f"{rest} {m.group('comp')}"
    share = m.group("share")
    answer = share.removeprefix("la ") if language == "it" else share
    accepted = (squash(text[m.start("approx") : m.end("share")]),) if m.group("approx") else ()
    if language == "it":
        of = m.group("of")
        sep = "" if of.endswith("’") else " "
        which = "percentuale" if any_verb else "quota"
        asked = squash(f"Quale {which} {of}{sep}{whole} {verb} {subject} {rest} {when}")
        return upper_first(asked) + "?", answer, accepted
    if any_verb:
        body = _english_body(_Frame(subject, tuple(verb.split()), (), "", ""), subject)
        if body is None:
            return None
        return squash(f"What share of {whole} {body} {rest} {when}") + "?", answer, accepted
    first, _, rest = verb.partition(" ")
    past = first.endswith("ed") or first == "made"
    do = "did" if past else "does" if first.endswith("s") else "do"
    base = lemma(first.lower(), "en") if first != "made" else "make"
    body = squash(f"{base} {rest}")
    return squash(f"What share of {whole} {do} {subject} {body} {when}") + "?", answer, accepted


_OF_WORDS = frozenset("of di del dello della dell’ dei degli delle".split())


def _whole_and_rest(whole: str, language: str) -> tuple[str, str]:
    """The whole a share is of, up to a preposition other than 'of', and what follows it."""
    words = whole.split()
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        if (low in PREPOSITIONS[language] or low in ARTICULATED) and low not in _OF_WORDS:
            return " ".join(words[:i]), " ".join(words[i:])
    return whole, ""


# English verbs of saying or finding, which a share after them opens the clause of.
_EN_SAYING = frozenset(
    """said says say estimated estimates estimate expects expected expect found finds showed
    shows show suggested suggests suggest believes believed believe claims claimed claim find
    think thinks""".split()
)


# Modals before the infinitive that takes a share: "dovrebbe coprire il 60%", "could meet 30%".
_SHARE_MODALS = {
    "it": frozenset(
        """dovrebbe dovrebbero deve devono dovrà dovranno potrebbe potrebbero può possono
        potrà potranno""".split()
    ),
    "en": frozenset("will would could should may might must can".split()),
}


def _infinitive(word: str, language: str) -> bool:
    """Whether a word after a modal is its infinitive: 'coprire', 'cover'."""
    if language == "it":
        return word.endswith(("are", "ere", "ire", "urre", "orre"))
    return is_verb_lemma(word) and lemma(word, "en") == word


def _share_verb(m: re.Match[str], text: str, language: str) -> str | None:
    """The verb group before a share, when it is a verb of doing or an auxiliary and its
    participle: 'holds', 'ha finanziato' (not 'is', not a noun)."""
    verb = m.group("verb")
    if language == "en" and verb in _EN_SAYING:
        return None  # "The firm said 30% of staff would ...": a clause it reports, no object
    before = (text[: m.start("verb")].split() or [""])[-1]
    if before in AUXILIARIES[language] and _participle(verb, language):
        return f"{before} {verb}"
    if before in _SHARE_MODALS[language] and _infinitive(verb, language):
        return f"{before} {verb}"  # "dovrebbe coprire il 60% del fabbisogno"
    if verb in AUXILIARIES[language] or lemma(verb, language) in _COPULAS:
        return None
    if is_finite(verb, language):
        return verb
    after_words = text[m.end("verb") :].split(maxsplit=2)
    after = after_words[0]
    if after == "only" and len(after_words) > 1:  # "reflects only| about 8%"
        after = after_words[1]
    if after == "at":  # "spends at least| 25%": the share itself follows the verb
        after = m.group("share")
    # "The UK holds an estimated", read back over its subject: "the region produced from
    # renewable sources| 45%" has its verb, and "sources" is a noun
    if is_present_at(before, verb, after, language):
        words = [t.text for t in tokens(text[: m.end("verb")])]
        return verb if is_present_s_at([*words, after], len(words) - 1) else None
    # "The panels| cover| 40% of ...": a plural noun, then its verb with no "-s"
    plural = before.isalpha() and before.islower() and before.endswith("s")
    if (
        language == "en"
        and plural
        and is_verb_lemma(verb)
        and is_plural_present_at(verb, "the", "en")
    ):
        return verb
    return None


# A change by a percentage: "reduced the allocation by 21 percent", "è salito del 7,4%".
# An Italian article may elide before the figure: "dell’83 per cento", "all’80%".
_PERCENT = re.compile(
    r"(?:(?<=l’)|(?<![\w.,’:-]))\d[\d.,]*\s?(?:%|per cento\b|percent\b|per cent\b)"
)


_BY = {"it": frozenset("del di dell’".split()), "en": frozenset(["by"])}


# Nouns of a change, which an Italian "del 9%" after them measures.
_CHANGE_NOUNS = frozenset(
    """aumento aumenti calo cali crescita rialzo rialzi ribasso ribassi incremento incrementi
    riduzione riduzioni taglio tagli diminuzione sconto sconti rincaro rincari""".split()
)


def _change_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str]]:
    """(question, answer) of each change by a percentage: 'The cuts reduced the allocation by
    21 percent' -> 'By how much did the cuts reduce the allocation?', 'Il titolo è salito del
    7,4%' -> 'Di quanto è salito il titolo?'; the question is '' when the change's clause has a
    second figure (see _second_figure)."""
    language = doc.language
    for m in _PERCENT.finditer(s.text):
        discount = _with_change_for_question(s.text, m) if language == "it" else None
        if discount is not None:  # "..., con uno sconto del 50% per gli under 26"
            yield discount, m.group(0)
            continue
        paid = _cost_share_paid_question(m, s, doc) if language == "it" else None
        if paid is not None:  # "è costato 2 milioni, finanziati per l’80% con fondi del PNRR"
            yield paid, m.group(0)
            continue
        trend = _sum_trend_question(m, s, doc) if language == "it" else None
        if trend is not None:  # "con un fatturato di 74 milioni, in crescita del 9%"
            yield trend, m.group(0)
            continue
        frame = _frame(s.text, m.start(), s, doc) or _frame_after_comma(s.text, m.start(), s, doc)
        if frame is None and language == "en":
            compared = _sum_compared_question(s.text, m)
            if compared is not None:  # "the cost ... was £7,860, almost 40% higher than ..."
                yield compared, m.group(0)
                continue
        if frame is None or not frame.subject:
            continue
        rate = None
        if language == "it":
            rate = (
                _italian_rate_question(frame, s.text, m.end())
                or _italian_level_question(frame, s.text, m.end())
                or _share_paid_question(frame, s.text, m.end())
            )
        if rate is not None:
            yield rate, m.group(0)
            continue
        compared = _compared_question(frame, s.text, m, language)
        if compared is not None:  # "is 12% higher than last year"
            yield compared, m.group(0)
            continue
        if _level_reached(frame, s.text, m.end(), language):
            # "Hotel occupancy reached 96%": the level, no change; 'of' after it is a share
            asked = _asked_after_object(
                replace(frame, between=(), between_text=""),
                s.text,
                m.end(),
                language,
                "Quale percentuale",
                "What percentage",
            )
            if asked is not None:
                yield asked, m.group(0)
            continue
        more = _MORE_AFTER.match(s.text, m.end()) if language == "en" else None
        if more is not None and not frame.between and not _is_copula(frame, language):
            asked = _more_asked(frame, s.text, more)  # "will pay 8.9% more in council tax"
            if asked is not None:
                yield asked, m.group(0)
            continue
        closing = _closing_question(frame, s.text, m, language)
        if closing is not None:  # "Il titolo ha chiuso in rialzo del 7,4%", "closed up 7.4%"
            yield closing, m.group(0)
            continue
        if language == "en" and not frame.exact and _english_be(frame):
            asked = _english_rate_question(frame, s.text, m.end())
            if asked is not None:  # "The unemployment rate was 4.2% in May"
                yield asked, m.group(0)
            continue
        taken = _percent_taken_question(frame, s.text, m.end(), language)
        if taken is not None:  # "La scuola risparmierà il 15% sulla spesa per il riscaldamento"
            yield taken, m.group(0)
            continue
        if not frame.between:
            # "Shares rose 4.3%": an English verb of change takes its measure with no "by"
            # ("lost 40% of its matches" is a share of a whole, no change)
            if (
                language == "en"
                and _english_change(frame)
                and s.text[m.end() : m.end() + 4] != " of "
            ):
                yield from _change_asked(frame, s.text, m, language)
            continue
        if language == "en" and frame.between[-4:] == _BY_AN_AVERAGE_OF:
            frame = _without_average_of(frame)  # "by an average of 30%": asked "on average"
        frame = _without_approx_after_by(frame, language)  # "fallen by about 80%"
        if frame.between[-1] not in _BY[language] or len(frame.between) > 7:
            continue
        if not _CHANGE_NOUNS.isdisjoint(frame.between[:-1]):
            continue  # "contestano l’aumento medio del 9%": the rise's size, not the verb's
        if _is_copula(frame, language) or any(
            w in _APPROX and w not in _BY[language] for w in frame.between[:-1]
        ):
            continue  # "è salito di quasi| del 5%"; not "il consumo di| acqua di"
        yield from _change_asked(frame, s.text, m, language)


# A comparison a percentage measures, after it: "is 12% higher| than last year", "è del 10%
# più alto| rispetto al 2024", "sono più alte del 15%| rispetto al 2023".
_EN_COMPARED = re.compile(
    r"\s+(?P<cmp>higher|lower|more|less|cheaper|dearer|bigger|smaller|larger|greater)"
    r"\s+(?P<than>than\s+[^,;:.()]{2,60}?)"
    r"(?:\s+of\s+[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|million|billion)\b)?)?\s*(?:[,;:.]|$)"
    # "remain 9% below| the national average"
    r"|\s+(?P<side>above|below)\s+(?P<level>the\s+[^,;:.()\d]{2,60}?)\s*(?:[,;:.]|$)"
)


# English verbs of a level that stays where it is, compared with another: "remain 9% below".
_EN_STAYING = frozenset("remain remains remained stay stays stayed".split())
_IT_COMPARED = re.compile(
    r"(?:\s+(?P<cmp>più\s+(?:alt|bass|car|grand|piccol|elevat)[oaie]|superior[ei]|inferior[ei]))?"
    r"(?P<than>\s+rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)\s?[^,;:()\d]{2,40}?"
    r"|\s+rispetto\s+al\s+(?:19|20)\d\d)?\s*(?:[,;:.]|$)"
)
_IT_MORE_BEFORE = re.compile(
    r"^(?:più\s+(?:alt|bass|car|grand|piccol|elevat)[oaie]|superior[ei]"
    r"|inferior[ei])\s+(?:del|dell’)$"
)
_EN_BE = frozenset("is are was were".split())


# The English figure a copula gives, then the comma of an aside that compares it: "was
# £7,860,| almost 40% higher than the county average".
_FIGURE_THEN_ASIDE = re.compile(
    r"(?P<figure>[$€£]?\d[\d,.]*(?:\s?(?:m|bn|million|billion))?),\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly)\s+)?$"
)


def _sum_compared_question(text: str, m: re.Match[str]) -> str | None:
    """'The cost of educating a pupil was £7,860, almost 40% higher than the county average'
    -> 'By how much was the cost of educating a pupil higher than the county average?'."""
    aside = _FIGURE_THEN_ASIDE.search(text, 0, m.start())
    if aside is None or aside.end() != m.start():
        return None
    found = _english_copula_subject(text[: aside.start()])
    compared = _EN_COMPARED.match(text, m.end())
    if found is None or compared is None or compared.group("cmp") is None:
        return None
    than = compared.group("than")
    if _has_digit(than) and not _YEAR.fullmatch(than.split()[-1]):
        return None
    return squash(f"By how much {found[1]} {compared.group('cmp')} {than}") + "?"


def _compared_question(frame: _Frame, text: str, m: re.Match[str], language: str) -> str | None:
    """'Water bills will be 6% higher than last year' -> 'By how much will water bills be
    higher than last year?', 'Le tariffe sono più alte del 15% rispetto al 2023' -> 'Di
    quanto sono più alte le tariffe rispetto al 2023?': a copula's subject compared with
    another figure or time, by the percentage."""
    if not frame.subject or _has_digit(frame.subject):
        return None
    verb = [w.lower() for w in frame.verb]
    if language == "en":
        compared = _EN_COMPARED.match(text, m.end())
        than = compared.group("than") or "" if compared else ""
        if (
            compared is None
            or frame.exact
            or _has_digit(than.replace("’s", ""))
            and not _YEAR.fullmatch(than.split()[-1])
        ):
            return None
        cmp, than = compared.group("cmp", "than")
        if cmp is None:  # "below the national average"
            cmp, than = compared.group("side", "level")
        if verb in (["will", "be"], ["would", "be"]):
            body = f"{verb[0]} {frame.subject} be"
        elif len(verb) == 1 and verb[0] in _EN_BE:
            body = f"{verb[0]} {frame.subject}"
        elif len(verb) == 1 and verb[0] in _EN_STAYING:
            body = _english_body(frame, frame.subject) or ""  # "do wages remain"
        else:
            return None
        if not body:
            return None
        return squash(f"By how much {body} {cmp} {than} {frame.when}") + "?"
    if not (_is_copula(frame, "it") or _italian_copula_group(frame)):
        return None
    between = " ".join(frame.between_text.split())
    compared = _IT_COMPARED.match(text, m.end())
    if compared is None:
        return None
    if between in ("del", "dell’") and compared.group("cmp"):
        cmp = compared.group("cmp")  # "è del 10%| più alto"
    elif _IT_MORE_BEFORE.match(between) and not compared.group("cmp"):
        cmp = between.rsplit(maxsplit=1)[0]  # "sono più alte del| 15%"
    else:
        return None
    than = compared.group("than") or ""
    asked = f"Di quanto {' '.join(frame.verb)} {cmp} {frame.subject} {than} {_italian_when(frame)}"
    return squash(asked) + "?"


# Verbs of a session's close, which a market's change follows: "closed up 7.4%", "ha chiuso
# in rialzo del 7,4%".
_CLOSING_VERBS = frozenset("close end finish chiudere terminare".split())


# The participle of the change an Italian trend noun names, without its ending.
_TREND_STEMS = {
    **{"rialzo": "salit", "aumento": "aumentat", "crescita": "cresciut", "ribasso": "sces"},
    **{"calo": "calat", "flessione": "calat", "diminuzione": "diminuit"},
}


_ENDINGS = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


# The level the change ends at, after it: "del 7,4%| a 18,35 euro", "1.2%| at 8,100".
_AT_LEVEL = re.compile(r"^(?:a|at)\s+[$€£]?\d[\d.,]*(?:\s*(?:euro|dollari|punti|points|p))?\b\s*")


def _closing_question(frame: _Frame, text: str, m: re.Match[str], language: str) -> str | None:
    """'Shares in the company closed up 7.4% on Tuesday' -> 'By how much did shares in the
    company rise on Tuesday?', 'Il titolo Ceresa ha chiuso la seduta in rialzo del 7,4%' ->
    'Di quanto è salito il titolo Ceresa?': the change a market's close tells."""
    if not frame.subject or not frame.verb:
        return None
    if language == "en" and not frame.exact and frame.verb[-1].lower() in {"up", "down"}:
        # "closed down| 3.1%": the particle read with the verb is the change's direction
        frame = replace(frame, verb=frame.verb[:-1], between=(frame.verb[-1].lower(),))
    up_or_down = frame.exact[:1] in (["up"], ["down"]) and frame.exact[1:] in ([], ["by"])
    if language == "en" and up_or_down and _is_copula(frame, "en"):  # "are up (by) 12%"
        return _up_or_down_question(frame, text, m)
    copula = language == "it" and _is_copula(frame, "it")  # "Le vendite sono in aumento del"
    if lemma(frame.verb[-1].lower(), language) not in _CLOSING_VERBS and not copula:
        return None
    exact = frame.exact
    after = text[m.end() :]
    level = _AT_LEVEL.match(after.lstrip())
    start = m.end() + len(after) - len(after.lstrip()) + (level.end() if level else 0)
    tail = _tail(text, start, language)
    if tail is None or _has_digit(_YEAR_IN_TAIL.sub("", tail)):
        return None  # a year is when ("sul 2023"), another figure a second fact
    if language == "en":
        if exact not in (["up"], ["down"]) or len(frame.verb) != 1:
            return None
        moved = replace(frame, verb=("rose" if exact == ["up"] else "fell",))
        body = _english_body(moved, frame.subject)
        return None if body is None else squash(f"By how much {body} {tail} {frame.when}") + "?"
    if len(exact) > 5 or exact[-3:-2] != ["in"] or exact[-2] not in _TREND_STEMS:
        return None
    if exact[-1] not in {"del", "dell’"} or any(w in _CHANGE_NOUNS for w in exact[:-3]):
        return None
    ending = _ENDINGS.get(frame.subject.split()[0].lower())
    if ending is None:
        return None  # "l’indice": which ending, the article does not say
    changed = f"{_TREND_STEMS[exact[-2]]}{ending}"
    be = "sono" if ending in "ie" else "è"
    if copula and frame.verb[-1].lower() in _IT_PAST_COPULAS:
        be = "erano" if ending in "ie" else "era"  # "era in calo del 5%" -> "era calato"
    return (
        upper_first(squash(f"Di quanto {be} {changed} {frame.subject} {tail} {frame.when}")) + "?"
    )


def _up_or_down_question(frame: _Frame, text: str, m: re.Match[str]) -> str | None:
    """'Ticket sales are up 12% on last year' -> 'By how much are ticket sales up on last
    year?': the change a copula and 'up' or 'down' tell, with what it is measured against."""
    tail = _tail(text, m.end(), "en")
    if tail is None or _has_digit(_YEAR_IN_TAIL.sub("", tail)):
        return None  # "up 14% on last year's 235,000": a second figure
    if "’s" in tail or "'s" in tail:
        return None  # "on last year's": whose figure, cut from it
    be = frame.verb[0]
    asked = f"By how much {be} {frame.subject} {frame.exact[0]} {tail} {frame.when}"
    return squash(asked) + "?"


_YEAR_IN_TAIL = re.compile(r"\b(?:19|20)\d\d\b")


_IT_PAST_COPULAS = frozenset("era erano fu furono".split())


# A sum a noun names after "con", then the trend of the sum: "con un fatturato di 74 milioni
# di euro, in crescita del| 9%".
_SUM_TREND = re.compile(
    r"\scon\s+(?P<article>un|uno|una|un’)\s?(?P<noun>[a-zà-ù]{4,})\s+di\s+[^,;:()]{1,40},"
    r"\s+in\s+(?P<trend>crescita|aumento|calo|diminuzione|flessione)\s+(?:del|dell’)\s*$"
)


_TREND_PARTICIPLES = {
    "crescita": "cresciut",
    "aumento": "aumentat",
    "calo": "calat",
    "diminuzione": "diminuit",
    "flessione": "calat",
}


# What may follow the trend up to the end of the sentence: "rispetto all’anno precedente".
_TREND_REST = re.compile(r"(?:\s+(?P<rest>(?:rispetto|sul|sull’|sui)\s[^,;:()]{2,40}?))?\s*[.;]?$")


def _sum_trend_question(m: re.Match[str], s: Sentence, doc: Document) -> str | None:
    """'Il pastificio ha chiuso il 2024 con un fatturato di 74 milioni, in crescita del 9%
    rispetto al 2023' -> 'Di quanto è cresciuto il fatturato del pastificio rispetto al
    2023?': the change of the sum the subject's noun names."""
    text = s.text
    trend = _SUM_TREND.search(text, max(0, m.start() - 120), m.start())
    rest = _TREND_REST.match(text, m.end())
    if trend is None or rest is None:
        return None
    frame = _frame(text, trend.start() + 1, s, doc)
    if frame is None or not frame.subject or _has_digit(frame.subject) or frame.opening:
        return None
    if _has_possessive(frame.subject) or frame.subject.lower() in _PERSONAL_PRONOUNS:
        return None
    article, noun = trend.group("article"), trend.group("noun")
    ending = "a" if article in {"una", "un’"} else "o"
    changed = _TREND_PARTICIPLES[trend.group("trend")] + ending
    the = definite_article(article, noun)
    named = f"{the}{'' if the.endswith('’') else ' '}{noun}"
    asked = (
        f"Di quanto è {changed} {named} {of_phrase(frame.subject, 'it')} {rest.group('rest') or ''}"
    )
    return squash(asked) + "?"


# "more" or "less" after an English percentage, then a preposition or the clause's end:
# "will pay 8.9% more| in council tax", not "sold 12% more cars".
_MORE_AFTER = re.compile(r"\s+(?P<more>more|less)(?=[,;.:]|\s+(?:in|for|on|than|to|at)\s|$)")


def _more_asked(frame: _Frame, text: str, more: re.Match[str]) -> str | None:
    """'Households will pay 8.9% more in council tax' -> 'How much more will households pay
    in council tax?'."""
    if text.startswith(" than", more.end()):
        return None  # "12% more than last year": a comparison the question would need
    tail = _tail(text, more.end(), "en")
    body = _english_body(frame, frame.subject)
    if tail is None or body is None:
        return None
    return squash(f"How much {more.group('more')} {body} {tail} {frame.when}") + "?"


_BY_AN_AVERAGE_OF = ("by", "an", "average", "of")


def _without_average_of(frame: _Frame) -> _Frame:
    """A frame of a change 'by an average of' with 'by' alone before the figure and 'on
    average' at the end of its question: 'reduced peak flows by an average of 30 per cent' ->
    'By how much did beaver dams reduce peak flows on average?'."""
    written = frame.between_text.split()
    if [w.lower() for w in written[-3:]] != ["an", "average", "of"]:
        return frame
    between_text = " ".join(written[:-3])
    when = squash(f"on average {frame.when}")
    return replace(frame, between=frame.between[:-3], between_text=between_text, when=when)


# The approximation between a change's "by" ("di") and its size: "fallen by| about| 80%",
# "calati di| circa il| 30%", "cresciuti di| oltre il| 50 per cento".
_APPROX_AFTER_BY = {
    "en": re.compile(
        r"\bby\s+(?P<approx>(?:about|around|nearly|almost|roughly|some|over|more\s+than"
        r"|less\s+than|approximately|just\s+over|just\s+under|at\s+least|only)\s*)$"
    ),
    "it": re.compile(
        r"\bdi\s+(?P<approx>(?:(?:circa|quasi|oltre|ben|almeno|appena|solo)(?:\s+il|\s+l’)?"
        r"|(?:poco\s+)?(?:più|meno)\s+(?:di|del|dell’))\s*)$"
    ),
}


def _without_approx_after_by(frame: _Frame, language: str) -> _Frame:
    """A change's frame with the words between its 'by' ('di') and its size left out, which
    the question does without: 'Salmon numbers have fallen by about 80%' -> 'By how much
    have salmon numbers fallen?', 'Le vendite sono calate di circa il 30%' -> 'Di quanto
    sono calate le vendite?'."""
    m = _APPROX_AFTER_BY[language].search(frame.between_text)
    if m is None:
        return frame
    cut = len(m.group("approx").split())
    return replace(
        frame,
        between=frame.between[:-cut],
        between_text=frame.between_text[: m.start("approx")].rstrip(),
    )


# An English figure: a sum in its sign, a number, a percentage, a multiple ("£4.2m", "1,150",
# "5.2%", "3.1 per cent", "2.5 million").
_EN_FIGURE = (
    r"(?:[$€£¥])?\d(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?)"
    r"(?:\s?%|\s+per\s?cent\b|\s?(?:bn|m)\b|\s+(?:million|billion)\b)?"
)


# The level an English change ends at, right after its size: "fell by 12%| to 45,000", asked
# on its own ('What did sales fall to?'), so the change's question leaves it out.
_EN_TO_LEVEL = re.compile(
    r"\s+to\s+(?:(?:just|about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?"
    rf"{_EN_FIGURE}(?![\w.,]\d|-)"
)


# The level an Italian change ends at, right after its size: "è salito dell’11%| a 13,7
# milioni di euro", "sono cresciute del 4%| al 12%".
_IT_TO_LEVEL = re.compile(
    r"\s+(?:a|ad|al|all’|ai|agli|alle|alla)\s*(?:(?:circa|quasi|oltre)\s+)?"
    r"(?P<level>\d[\d.,]*(?:(?P<pct>\s?%|\s+per\s+cento\b)|\s+(?:mila|milioni|miliardi)\b)?"
    r"(?:\s+(?:di\s+)?(?:euro|dollari|sterline)\b)?)(?![\w.,]\d|-)"
)


_TO_LEVEL = {"en": _EN_TO_LEVEL, "it": _IT_TO_LEVEL}


def _unit_after(text: str, end: int, language: str) -> bool:
    """Whether a word of the level's unit or the whole it is a part of follows it: 'to 1,150|
    members', 'a 38| posti', 'al 12%| del totale'."""
    after = text[end:].split(maxsplit=1)
    word = after[0].rstrip(",;:.") if after else ""
    if word in _OF_WORDS:
        return True
    if not word.isalpha() or not word.islower() or word in STOPWORDS[language]:
        return False
    return (
        word not in PREPOSITIONS[language]
        and word not in ARTICULATED
        and word not in _EN_TIME_WORDS
    )


def _change_asked(
    frame: _Frame, text: str, m: re.Match[str], language: str
) -> Iterator[tuple[str, str]]:
    level = _TO_LEVEL[language].match(text, m.end())
    if level is not None and _unit_after(text, level.end(), language):
        level = None  # "grew 20% to 1,150 members": the unit would go in the question
    if level is not None and (frame.exact[-1:] == ["by"] or language == "it" or not frame.between):
        # "rose (by) 11% to £13.7m", "è salito dell’11% a 13,7 milioni": the level is asked
        # on its own ('To what level ...?', 'A quanto ...?')
        if not _second_figure(frame.between_text, text[level.end() :]):
            asked = _asked_after_object(
                frame, text, level.end(), language, "Di quanto", "By how much"
            )
            if asked is not None:
                yield asked, m.group(0)
            if asked is not None and language == "it" and level.group("pct"):
                # "è salito del 2% al 68%": the level in per cent, which no sum's rule asks
                reached = _asked_after_object(frame, text, level.end(), "it", "A quanto", "")
                if reached is not None:
                    yield reached, level.group("level")
            return
    if _second_figure(frame.between_text, text[m.end() :]):
        yield "", m.group(0)  # no question: the change is hidden in a cloze
        return
    asked = _asked_after_object(frame, text, m.end(), language, "Di quanto", "By how much")
    if asked is not None:
        yield asked, m.group(0)


# Who pays a share of a thing, after it: "finanziati per il 60% con fondi del PNRR", "coperta
# per il 70 per cento dalla Regione"; what follows the payer ends the question.
_PAID_BY = re.compile(
    r"\s+(?P<by>(?:con|da|dal|dallo|dalla|dai|dagli|dalle|dall’)\s[^,;:()]{2,60}?)"
    r"(?:\s\([^()]{1,12}\))?"  # "fondi del Piano nazionale ...| (PNRR)": its short name
    r"(?=\s+e\s+per\s|[,;:.]|$)"
)


# An Italian change a clause's aside tells, with whom or what it is for: ", con uno sconto
# del| 50%| per gli under 26", ", con un rincaro del 10% sulle bollette".
_WITH_CHANGE_BEFORE = re.compile(
    r",\s+con\s+(?:un|uno|una|un’)\s?(?P<noun>sconto|riduzione|rincaro|aumento|taglio|"
    r"maggiorazione)\s+(?:del\s+|dell’)$"
)
_WITH_CHANGE_FOR = re.compile(
    r"\s+(?P<rest>(?:per|sul|sulla|sui|sulle|sull’|sugli)\s?[^,;:.()]{2,50}?)\s*(?:[,;:.]|$)"
)


_AGE_GROUP = re.compile(r"\b(?:under|over)\s+\d+\b")  # "per gli under 26": a group


def _with_change_for_question(text: str, m: re.Match[str]) -> str | None:
    """'L’abbonamento costerà 38 euro, con uno sconto del 50% per gli under 26' -> 'A quanto
    ammonta lo sconto per gli under 26?': the change is named by what it is for."""
    before = _WITH_CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    rest = _WITH_CHANGE_FOR.match(text, m.end())
    if before is None or before.end() != m.start() or rest is None:
        return None
    if _has_digit(_AGE_GROUP.sub("", rest.group("rest"))):
        return None  # "per i primi 3 mesi": a figure the question would hold
    noun = before.group("noun")
    the = definite_article(
        "una" if noun.endswith("e") else "un", noun
    )  # "la riduzione", "lo sconto"
    named = f"{the}{noun}" if the.endswith("’") else f"{the} {noun}"
    return f"A quanto ammonta {named} {rest.group('rest')}?"


# A cost and, after it, the share of it someone paid: "è costato 2,3 milioni di euro ed è
# finanziato per il| 70%", "costato 640.000 euro e finanziato per il| 75 per cento", "è costato
# 900.000 euro, finanziati per l’| 80%".
_COST_THEN_SHARE = re.compile(
    r"(?P<cost>(?:è|sono|era|erano)\s+costat[oaie]|costat[oaie]|costa|costano|costerà)\s+"
    r"(?:(?:circa|oltre|quasi)\s+)?(?P<sum>\d[\d.,]*(?:\s*(?:mila|milioni|miliardi))?"
    r"(?:\s+di)?\s+euro)(?:,\s+|\s+e\s+|\s+ed\s+(?:è|era|sarà)\s+|\s+)"
    r"(?P<paid>(?:finanziat|copert|pagat|sostenut)[oaie])\s+per\s+(?:il\s+|l’|l')$"
)


# The articles a noun phrase named before an aside opens with: "ha aperto| il nuovo laboratorio|,
# costato 640.000 euro".
_IT_NP_ARTICLE = re.compile(r"(?<![\w’'])(?:il|lo|la|i|gli|le)\s|(?<![\w’'])l[’']")


_LONGEST_OWNER = 8  # words of the noun phrase a cost is of


def _owner_before(before: str) -> str | None:
    """The noun phrase right before a comma that a cost's aside tells of: 'Il museo ha aperto
    ieri| il nuovo laboratorio di restauro|, costato ...'; an article after a preposition opens
    no phrase of its own ('il laboratorio per| la ceramica')."""
    starts = [m.start() for m in _IT_NP_ARTICLE.finditer(before)]
    for at in reversed(starts):
        words_before = before[:at].split()
        if words_before and (
            words_before[-1].lower() in PREPOSITIONS["it"]
            or words_before[-1].lower() in ARTICULATED
        ):
            continue
        np = before[at:].strip()
        words = np.split()
        if not 2 <= len(words) <= _LONGEST_OWNER or _has_digit(np):
            return None
        if any(w.lower() in _CLAUSE_WORDS or is_finite(w, "it") for w in words[1:]):
            return None
        return np
    return None


def _cost_share_paid_question(m: re.Match[str], s: Sentence, doc: Document) -> str | None:
    """'Il progetto è costato 2,3 milioni di euro ed è finanziato per il 70% dal programma Life'
    -> 'Quale quota del costo del progetto è finanziata dal programma Life?': the share of a
    cost the payer after it paid, of the subject that cost it or of the noun phrase the cost's
    aside follows."""
    text = s.text
    cost = _COST_THEN_SHARE.search(text, max(0, m.start() - 120), m.start())
    if cost is None:
        return None
    paid = _PAID_BY.match(text, m.end())
    if paid is None or _has_digit(paid.group("by")):
        return None
    if cost.group("cost").startswith("costat") and text[: cost.start()].endswith(", "):
        owner = _owner_before(text[: cost.start() - 2])  # "..., il laboratorio|, costato"
    else:
        at = cost.start("sum")
        frame = _frame(text, at, s, doc) or _frame_past_aside(text, at, s, doc)
        if frame is None or not frame.subject or frame.opening or _has_digit(frame.subject):
            return None
        if lemma(frame.verb[-1].lower(), "it") != "costare":
            return None
        owner = frame.subject
    if owner is None or owner.split()[0].lower() in _PRONOUNS:
        return None
    participle = cost.group("paid")[:-1] + "a"  # "(la quota è) finanziata"
    whole = of_phrase(lower_initial(owner, doc), "it")
    return squash(f"Quale quota del costo {whole} è {participle} {paid.group('by')}") + "?"


def _share_paid_question(frame: _Frame, text: str, end: int) -> str | None:
    """'I lavori sono stati finanziati per il 60% con fondi del PNRR' -> 'In quale percentuale
    sono stati finanziati i lavori con fondi del PNRR?': the share of a passive's subject that
    the payer after it pays."""
    verb = [w.lower() for w in frame.verb]
    if frame.between not in (("per", "il"), ("per", "l’")) or len(verb) < 2:
        return None
    if verb[0] not in _IT_ESSERE_FORMS or not is_participle(verb[-1], "it"):
        return None  # a passive: "sono stati finanziati", "è coperta"
    m = _PAID_BY.match(text, end)
    if m is None or _has_digit(m.group("by")):
        return None
    asked = f"In quale percentuale {' '.join(frame.verb)} {frame.subject} {m.group('by')}"
    return squash(f"{asked} {frame.when}") + "?"


# What an Italian copula is before the percentage a rate is ("è stata del 61,4%"), and what may
# follow that percentage: the end of the clause.
_IT_RATE_COPULAS = frozenset("è era sarà sarebbe fu".split())


_IT_RATE_OF = frozenset("del dell’ dell' al all’ all'".split())  # "è del 61,4%", "è al 7,4%"


_RATE_END = re.compile(
    r"(?P<compared>\s+rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)\s?[^,;:()\d]{2,40}?)?"
    r"\s*(?:[,;:.]|$)"
)


# What brings an Italian percentage a figure equals or stays around: "sono pari al", "si
# attesta al", "si aggira intorno al".
_IT_LEVEL_OF = frozenset("al all’ sul sull’ attorno intorno".split())


def _italian_level_question(frame: _Frame, text: str, end: int) -> str | None:
    """'Le perdite della rete sono pari al 40%' -> 'A quanto sono pari le perdite della
    rete?', 'Il tasso di disoccupazione si attesta al 7%' -> 'A quanto si attesta il tasso di
    disoccupazione?': the percentage ends the clause."""
    rate_end = _RATE_END.match(text, end)
    if rate_end is None or not frame.subject or _has_digit(frame.subject):
        return None
    compared = rate_end.group("compared") or ""
    exact = frame.exact
    if exact[:1] == ["pari"] and len(exact) == 2 and exact[1] in _IT_LEVEL_OF:
        if not _is_copula(frame, "it"):
            return None
        asked = f"A quanto {' '.join(frame.verb)} pari {frame.subject}"
    elif _settled_around(frame) and exact[0] in _IT_LEVEL_OF:
        asked = f"A quanto {' '.join(frame.verb)} {frame.subject}"
    else:
        return None
    return squash(f"{asked} {compared} {_italian_when(frame)}") + "?"


def _italian_rate_question(frame: _Frame, text: str, end: int) -> str | None:
    """'L’affluenza complessiva è stata del 61,4%' -> 'Qual è stata l’affluenza complessiva?',
    'Il tasso di disoccupazione è al 7,4%' -> 'Qual è il tasso di disoccupazione?':
    a singular subject that a copula says is so many per cent (the percentage ends the clause:
    'è stato del 12% superiore' compares)."""
    rate_end = _RATE_END.match(text, end)
    if rate_end is None or len(frame.between) > 1:
        return None
    compared = rate_end.group("compared") or ""  # "rispetto al 2023" is no figure: kept
    # "è stata del": the preposition may close the verb group after a participle
    verb = frame.verb if frame.between else frame.verb[:-1]
    if (*frame.verb, *frame.between)[-1].lower() not in _IT_RATE_OF:
        return None
    if not 1 <= len(verb) <= 2 or verb[0].lower() not in _IT_RATE_COPULAS:
        return None
    if len(verb) == 2 and verb[1].lower() not in ("stato", "stata"):
        return None
    first = frame.subject.split()[0].lower()
    if len(frame.subject.split()) > 8 or not (first in ("il", "lo", "la") or first[:2] == "l’"):
        return None  # a singular noun phrase: "il tasso di schiusa", "l’affluenza"
    which = "Qual" if verb[0][:1].lower() in "èe" else "Quale"
    return squash(f"{which} {' '.join(verb)} {frame.subject} {compared} {frame.when}") + "?"


# Verbs whose percentage object is a threshold or a share they say of another, not what
# they take: "ha superato il 50%", "rappresenta il 20%", "expects 5%".
_NOT_TAKING_VERBS = frozenset(
    """pass exceed top surpass cross break reach hit touch represent make account expect
    forecast predict estimate say show find suggest superare sfiorare oltrepassare
    raggiungere toccare rappresentare costituire prevedere stimare indicare
    mostrare""".split()
)


# After a percentage: a comparison, or a whole it is a share of ("il 15% in più", "15% more").
_NOT_TAKEN_AFTER = re.compile(
    r"\s+(?:of|more|less|higher|lower|above|below|than|in\s+più|in\s+meno|di|del|dello|della"
    r"|dei|degli|delle|dell’|superiore|inferiore)\b"
)


_IT_OBJECT_ARTICLES = (["il"], ["l’"])


def _percent_taken_question(frame: _Frame, text: str, end: int, language: str) -> str | None:
    """'La scuola risparmierà il 15% sulla spesa per il riscaldamento' -> 'Quanto
    risparmierà la scuola sulla spesa per il riscaldamento?', 'The council will save 15% on
    energy' -> 'How much will the council save on energy?': a percentage that a verb takes
    as its object, what it is taken on after it."""
    if language == "it" and frame.exact not in _IT_OBJECT_ARTICLES:
        return None
    if language == "en" and (frame.exact or _english_change(frame)):
        return None
    if not frame.subject or not frame.verb or frame.opening or _NOT_TAKEN_AFTER.match(text, end):
        return None
    if _is_copula(frame, language) or _italian_copula_group(frame) or _passive_group(frame):
        return None
    if lemma(frame.verb[-1].lower(), language) in _NOT_TAKING_VERBS:
        return None
    if frame.subject.lower() in _PERSONAL_PRONOUNS or not _plain_subject(frame.subject):
        return None
    tail = _tail(text, end, language)
    if tail is None or _has_digit(_YEAR.sub("", tail)):
        return None
    if language == "en" and not tail.startswith("on "):
        return None  # "The Greens gained 12% in the elections": a share won, not a saving
    return _frame_question(frame, language, "Quanto", "How much", f"{tail} {frame.when}")


# What after an English percentage makes it no rate of the subject's: a share of a whole, a
# comparison, a change ("was 4% of the total", "was 3% higher", "was 2% up on last year").
_EN_NOT_RATE_AFTER = re.compile(
    r"\s+(?:of|more|less|higher|lower|above|below|up|down|than|over|under|ahead|behind)\b"
)


def _english_be(frame: _Frame) -> bool:
    """Whether an English verb group is 'be' alone or after a modal: 'was', 'will be'."""
    verb = [w.lower() for w in frame.verb]
    modal_be = len(verb) == 2 and verb[0] in _TRUE_MODALS and verb[1] == "be"
    return modal_be or _is_copula(frame, "en")


# English nouns of a change, which need what changed after them ("the rise in funding").
_EN_CHANGE_NOUNS = frozenset(
    "rise increase fall drop cut decline reduction growth gain loss jump change".split()
)


def _english_rate_question(frame: _Frame, text: str, end: int) -> str | None:
    """'The unemployment rate was 4.2% in May' -> 'What was the unemployment rate in May?',
    'Turnout will be about 60%' -> 'What will turnout be?': a singular subject that a copula
    says is so many per cent, with what ends the clause after it (a time, a place)."""
    if _EN_NOT_RATE_AFTER.match(text, end) or not frame.subject:
        return None
    tail = _tail(text, end, "en")
    if tail is None or _has_digit(_YEAR.sub("", tail)):
        return None
    words = frame.subject.split()
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if not head or _plural(words[head - 1], "en") or len(words) > 8:
        return None
    if words[head - 1].lower() in _EN_CHANGE_NOUNS and head == len(words):
        return None  # "Ceredigion's rise was 3.1%": a rise of what, the subject does not say
    bare = all(w.isalpha() and w.islower() and w not in STOPWORDS["en"] for w in words[:head])
    if not (_EN_DEFINITE_START.match(frame.subject) or (bare and head <= 2)):
        return None
    verb = [w.lower() for w in frame.verb]
    if len(verb) == 2 and verb[0] in _TRUE_MODALS and verb[1] == "be":
        return squash(f"What {verb[0]} {frame.subject} be {tail} {frame.when}") + "?"
    if len(verb) != 1:
        return None
    return squash(f"What {verb[0]} {frame.subject} {tail} {frame.when}") + "?"


# Verbs of reaching a level, which a percentage after them is: "Turnout reached 61%", "Il tasso
# di occupazione ha toccato il 96%".
_REACH_VERBS = frozenset("reach hit touch raggiungere toccare".split())


_OF_WHOLE = re.compile(r"\s+(?:of|di|del|della|dei|degli|delle|dell’)\s")


def _level_reached(frame: _Frame, text: str, end: int, language: str) -> bool:
    """Whether a percentage is the level the verb of its clause reached: nothing between
    them but an Italian article, and no 'of' after it (a share of a whole)."""
    if not frame.subject or not frame.verb or _OF_WHOLE.match(text, end):
        return False
    at = text.lower().find(frame.subject.lower())
    if at < 0 or "," in text[:at]:
        return False  # "a Prata, dove i favorevoli hanno toccato il 79%": a place's, unsaid
    if frame.between not in ((), ("il",), ("l’",)) or (language == "en" and frame.between):
        return False
    return lemma(frame.verb[-1].lower(), language) in _REACH_VERBS


# English verbs of a change that take its size as their object: "Shares rose 4.3%", "Sales
# fell 12 percent" (not those of reaching a level: "Turnout reached 61%").
_EN_CHANGE_VERBS = frozenset(
    """rise fall grow drop climb jump slip slide surge soar increase decrease decline plunge
    plummet tumble sink shrink double triple treble halve""".split()
)


# "gain"/"lose" change a quantity only when their subject is one ("Shares gained 3%", "The
# pound lost 1.5%"); what a party or a side gains is a share it wins ("The Conservatives
# gained 35% in the election").
_EN_GAIN_VERBS = frozenset("gain lose".split())


_EN_QUANTITY_NOUNS = frozenset(
    """price prices value values share shares stock stocks index indices pound dollar euro yen
    currency rate rates sales revenue revenues profit profits earnings exports imports output
    production turnover income wages salaries cost costs population number numbers figure
    figures level levels temperature weight market markets bond bonds yield yields economy gdp
    spending investment investments membership attendance traffic volume volumes""".split()
)


def _english_change(frame: _Frame) -> bool:
    """Whether an English verb group ends in a verb of change: 'rose', 'has fallen'."""
    verb = lemma(frame.verb[-1].lower(), "en")
    if verb in _EN_GAIN_VERBS:
        return _head_noun(frame.subject, "en").lower() in _EN_QUANTITY_NOUNS
    return verb in _EN_CHANGE_VERBS


# A figure in a clause: a number in digits and the word after it.
_FIGURE = re.compile(r"(?<![\w.,’'-])(\d[\d.,]*)(?:\s*(%|[^\W\d]+))?")


_CLAUSE_END = re.compile(r"[,;:()]|\.(?:\s|$)")


def _second_figure(between: str, after: str) -> bool:
    """Whether the clause of a change has a second figure, before its size or after it,
    which a question would show or leave unasked ('Revenue grew 8% to £2bn', 'Sales jumped 10%
    and 15%', 'sono salite del 10% e del 15%'); a year and a span of time are when the change
    happened ('between 2015 and 2022', 'in the 12 months to March')."""
    clause = f"{between} {_CLAUSE_END.split(after, maxsplit=1)[0]}"
    if not any(c.isdigit() for c in clause):
        return False
    for figure in _FIGURE.finditer(clause):
        digits, word = figure.group(1).rstrip(".,"), (figure.group(2) or "").lower()
        if len(digits) == 4 and digits[:2] in {"19", "20"} and word != "%":
            continue  # a year
        if word in _TIME_UNITS:
            continue
        return True
    return False


_HALF = (" e mezzo", " e mezza", " and a half")


_RATIO = re.compile(r"(?i)\b(?:one|uno|una|un|1)\s+(?:in|su|out of)\s+$")


# The capitalised word a number in figures comes right after: "Year| 1 students".
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w’'-]*)\s$")


_ERAS = frozenset(["ad", "bc", "ce", "bce"])  # "AD 122" is a year


def _in_label(count: _Count, text: str) -> bool:
    """Whether a number in figures completes the capitalised name before it, as a label does
    ('Year 1 students', 'Rescue 187', 'Apollo 11', 'la Classe 3 pupils'): a name, not a count.
    The sentence's first word ('In 24 schools'), a month ('March 3') and an era ('AD 122') are
    no such name."""
    if not count.number[:1].isdigit():
        return False
    m = _WORD_BEFORE.search(text, max(0, count.start - 30), count.start)
    if m is None or m.start(1) == 0:
        return False
    word = m.group(1).lower()
    if word in MONTH_WORDS or word in _ERAS:
        return False
    return word not in STOPWORDS["en"] and word not in STOPWORDS["it"]


def _no_fact(count: _Count, text: str) -> bool:
    """A count that is no fact to recall: a point in time ('tre anni fa', 'a due mesi
    dall’incontro', '57 minuti dopo il decollo'), half a measure ('due metri e mezzo'), a
    ratio ('one in three adults'), a label ('Year 1 students')."""
    if text.startswith(_HALF, count.noun_end) or _RATIO.search(text, 0, count.start):
        return True
    if _in_label(count, text):
        return True
    if count.noun not in _TIME_UNITS:
        return False
    return counted_from_event(text, count.noun_end)


# A unit's complement that names what is measured: "tonnes| of plastic", "millimetri| di pioggia".
_UNIT_OF = re.compile(
    r"\s+(?:of|di|d’)\s*[^\W\d_]{3,}(?:\s+[a-zà-ù]{3,}){0,2}"
    r"|\s+(?:di|d’)\s*[^\W\d_]{3,}(?:\s+[a-zà-ù]{3,})?\s+(?:a|ad)(?:\s+[a-zà-ù]{3,}){2}"
)  # "4 chilometri di illuminazione a basso consumo": a quality of what is counted


# "X, which cost €435m, ...", "X, che è costato 12 milioni, ...", "X, costato 12 milioni, ...":
# the price of the subject, said in an aside.
_ASIDE_PRICE = {
    "en": re.compile(
        r"^(?P<np>[^,;:()]{2,80}),\s+(?:which|that)\s+(?P<verb>(?:(?:will|would|has|had)\s+)?"
        r"(?:cost|costs)|(?:is|was)\s+worth)\s+(?:(?:about|around|nearly|almost|some|roughly"
        r"|more than|over|less than)\s+)?$"
    ),
    "it": re.compile(
        r"^(?P<np>[^,;:()]{2,80}),\s+(?:che\s+)?(?P<verb>(?:(?:è|era|sarà)\s+)?(?:costat[oaie]"
        r"|costa|costò|costava|costerà|vale|valeva|varrà))\s+(?:(?:circa|oltre|quasi|più di"
        r"|meno di)\s+)?$"
    ),
}


# A sum's "in total" before its aside ends: "The restoration, which cost £14.9m| in total,".
_SUM_IN_ALL = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|in\s+tutto|complessivamente),")


# What a price in an English aside may go on with before the aside ends: "The depot, which
# cost £12m| to build,".
_EN_COST_TO_DO = re.compile(
    r"\s+to\s+(?:build|make|complete|restore|construct|develop|buy|run)[,.]"
)


# What a price in an aside may go on with before the aside ends: who or what it is for ("The
# trips, which cost £20| for adults,", "Il biglietto, che costa 12 euro| a persona,").
_COST_FOR_WHOM = {
    "en": re.compile(r"\s+(?:for|per|a|an|each)(?:\s+[a-z]+){0,2}\s?[,.]"),
    "it": re.compile(r"\s+(?:per|a|al|alla|all’)(?:\s*[a-zà-ù]+){1,2}\s?[,.]"),
}


# An Italian price in an aside of its own participle: "..., costato| 640.000 euro".
_IT_COST_ASIDE = re.compile(r",\s+(?P<verb>costat(?P<end>[oaie]))\s+(?:(?:circa|oltre|quasi)\s+)?$")


# The endings an Italian article gives its noun phrase, which a participle agrees with.
_ARTICLE_AGREES = {
    "il": "o",
    "lo": "o",
    "la": "a",
    "i": "i",
    "gli": "i",
    "le": "e",
}


# An Italian relative that a passive sum ends, after a comma: "..., per la quale| sono stati
# stanziati| 6,2 milioni di euro".
_IT_RELATIVE_SUM = re.compile(
    r",\s+(?P<prep>per|a|con)\s+(?P<rel>il\s+quale|la\s+quale|i\s+quali|le\s+quali|cui)\s+"
    r"(?P<aux>sono|è|saranno|sarà|erano|era)\s+(?:stat[oaie]\s+)?"
    r"(?P<part>(?:stanziat|destinat|previst|spes|investit|assegnat)[oaie])\s+"
    r"(?:(?:circa|oltre|quasi|ben|altri|ulteriori)\s+)?$"
)


# The singular of an Italian auxiliary, which "Quanto" takes: "sono stati stanziati" ->
# "Quanto è stato stanziato".
_IT_SINGULAR_AUX = {
    "sono": "è",
    "è": "è",
    "saranno": "sarà",
    "sarà": "sarà",
    "erano": "era",
    "era": "era",
}


# The articles a relative's "il quale", "la quale", ... agrees with.
_RELATIVE_ARTICLES = {
    "il quale": ("il", "lo"),
    "la quale": ("la",),
    "i quali": ("i", "gli"),
    "le quali": ("le",),
}


def _relative_sum_question(count: _Count, text: str) -> str | None:
    """'Il capitolo più consistente riguarda la manutenzione delle strade, per la quale sono
    stati stanziati 6,2 milioni di euro' -> 'Quanto è stato stanziato per la manutenzione delle
    strade?': the noun phrase before the relative, which agrees with it, is what the sum is
    for."""
    m = _IT_RELATIVE_SUM.search(text, max(0, count.start - 80), count.start)
    if m is None or m.end() != count.start:
        return None
    owner = _owner_before(text[: m.start()])
    if owner is None:
        return None
    article = owner.split()[0].lower()
    rel = " ".join(m.group("rel").split())
    if rel != "cui" and article not in _RELATIVE_ARTICLES[rel]:
        return None  # "il restauro della torre, per la quale": the relative is the tower's
    aux = _IT_SINGULAR_AUX[m.group("aux")]
    been = f"{aux} stato" if "stat" in m.group(0) else aux
    participle = m.group("part")[:-1] + "o"
    return f"Quanto {been} {participle} {m.group('prep')} {owner}?"


def _italian_aside_sum(count: _Count, text: str) -> str | None:
    """The question of an Italian sum an aside after a noun phrase ends: a participle's price
    (see _object_aside_price) or a relative's passive (see _relative_sum_question)."""
    return _object_aside_price(count, text) or _relative_sum_question(count, text)


def _object_aside_price(count: _Count, text: str) -> str | None:
    """'Il museo ha aperto ieri il nuovo laboratorio di restauro, costato 640.000 euro' ->
    'Quanto è costato il nuovo laboratorio di restauro?': the noun phrase before the aside
    agrees with its participle."""
    m = _IT_COST_ASIDE.search(text, 0, count.start)
    if m is None or m.end() != count.start:
        return None
    owner = _owner_before(text[: m.start()])
    if owner is None:
        return None
    article = owner.split()[0].lower()
    ending = m.group("end")
    if _ARTICLE_AGREES.get(article, ending if article[:2] == "l’" else "") != ending:
        return None  # "il restauro della facciata, costata": the aside is the facade's
    if article[:2] == "l’" and ending not in "oa":
        return None
    aux = _IT_PASSIVE_AUX[ending].split()[0]
    return f"Quanto {aux} {m.group('verb')} {owner}?"


def _aside_money_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il nuovo ponte, costato 12 milioni di euro, ...' -> 'Quanto è costato il nuovo ponte?',
    'The new line, which cost €435m, ...' -> 'How much did the new line cost?': the aside
    after the subject ends with the sum."""
    language = doc.language
    text = s.text
    reckoned = reckoned_aside_question(count, text, language)
    if reckoned is not None:  # "..., causing damage estimated at £4.6m"
        return reckoned
    payer = with_payer_question(count, text) if language == "en" else None
    if payer is None and language == "en":  # "..., with the remaining £2m met by the council"
        payer = remaining_part_question(count, text) or of_which_part_question(count, text)
    if payer is not None:  # "..., with the council covering the remaining £650,000"
        return payer
    if language == "it":  # "La differenza, pari a 300.000 euro, ...", "..., stimate in"
        aside = equal_aside_question(count, text) or reckoned_participle_question(count, text)
        if aside is None and ", per un valore " in text:  # "..., per un valore di 2 milioni"
            before = _frame(text, text.rfind(",", 0, count.start), s, doc)
            if before is not None:  # "Tre aziende hanno ...": "Per quale valore tre aziende"
                first, _, rest = before.subject.partition(" ")
                if first.lower() in NUMBER_WORDS["it"]:
                    lowered = f"{first.lower()} {rest}"
                else:
                    lowered = lower_initial(before.subject, doc)
                before = replace(before, subject=lowered)
            aside = worth_after_question(count, before, text)
        if aside is not None:
            return aside
    if (
        text[count.unit_end : count.unit_end + 1] not in {",", "."}
        and (language != "en" or _EN_COST_TO_DO.match(text, count.unit_end) is None)
        and _SUM_IN_ALL.match(text, count.unit_end) is None
        and _COST_FOR_WHOM[language].match(text, count.unit_end) is None
    ):
        return _comma_clause_sum(count, s, doc)
    m = _ASIDE_PRICE[language].match(text[: count.start])
    if m is None and language == "it":
        return _aside_passive_sum(count, s, doc) or _comma_clause_sum(count, s, doc)
    if m is None:
        return _comma_clause_sum(count, s, doc)
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, language) for t in toks[:-1]):
        # "The city opened the line, which cost ...": the line is no subject; an Italian
        # participle agrees with the noun phrase it follows ("..., la biblioteca, costata"),
        # an English relative tells of the definite noun phrase right before it
        if language == "it":
            return _object_aside_price(count, text)
        subject = _english_owner_before(np)
    else:
        subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = tuple(m.group("verb").split())
    if verb == ("cost",) and _present_after_aside(text, count.unit_end):
        verb = ("do", "cost")  # "The passes, which cost £45 a month, go on sale": a present
    if language == "it" and len(verb) == 1 and verb[0].startswith("costat"):
        # "costare" takes "essere", which agrees with the participle: "I lavori, costati"
        verb = ("sono" if verb[0].endswith(("i", "e")) else "è", verb[0])
    frame = _Frame(subject, verb, (), "", "")
    return _money_question(count, frame, text, doc)


# The definite noun phrase that ends an English clause: "The council has bought| the old
# barracks".
_EN_OWNER = re.compile(
    r"(?:^|\s)(?P<np>(?:the|its|their|this|these|those)\s+(?:[a-z][\w’-]*\s+){0,3}"
    r"[a-z][\w’-]*)$"
)


def _english_owner_before(before: str) -> str | None:
    """The definite noun phrase right before an English relative of price: 'The council has
    approved| the new depot|, which will cost ...'; none after a preposition ('the cost of| the
    depot': whose cost, the relative does not say) or with a verb in it."""
    m = _EN_OWNER.search(before)
    if m is None:
        return None
    words_before = before[: m.start("np")].split()
    if not words_before or words_before[-1].lower() in PREPOSITIONS["en"]:
        return None
    words = m.group("np").split()
    if any(is_finite(w, "en") and not is_participle(w, "en") for w in words[1:]):
        return None
    if any(w in STOPWORDS["en"] for w in words[1:]):
        return None
    return m.group("np")


# English presents a clause goes on with after an aside: "The trips, which cost £20, are
# fully booked".
_EN_PRESENT_AFTER = re.compile(r"[^,]*,\s+(?:now\s+|still\s+)?(?P<verb>[a-z]+)\b")


def _present_after_aside(text: str, at: int) -> bool:
    """Whether the English clause goes on after the aside that ends past `at` with a plural
    present ('are', 'go'), which tells that the aside's 'cost' is a present too."""
    m = _EN_PRESENT_AFTER.match(text, at)
    if m is None:
        return False
    verb = m.group("verb")
    if verb in {"are", "have", "remain"}:
        return True
    return verb not in STOPWORDS["en"] and lemma(verb, "en") == verb and is_verb_lemma(verb)


# What opens a clause with a definite subject: an article, a demonstrative, a possessive.
_SUBJECT_OPENERS = frozenset(
    "the this these its their his her il lo la i gli le questo questa questi queste".split()
)


# Words of a clause that restricts where or when what follows holds, or of a relative.
_RESTRICTING = frozenset(
    """where when whenever if unless that which who whose dove quando se qualora che cui
    quale""".split()
)


# Capitalised words after a comma that name no one: a pronoun, a word that opens a clause.
_NOT_NAMES = _PERSONAL_PRONOUNS | _EN_SUBORDINATORS | _RESTRICTING | frozenset(["it", "i"])


_QUOTES = frozenset("“\"«‘'")


# What opens a condition, which the clause after it depends on.
_CONDITION = re.compile(r"(?i)(?:if|unless|should|se|qualora|nel\s+caso)\b")


# What joins a clause with its own subject to the one before: "..., and| the trust hopes".
_JOINED_CLAUSE = re.compile(r"(?:and|but|e|ma)\s+(?=\S)")


def _frame_after_comma(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a figure read in the clause after the last comma before it, when the
    sentence's clause is too involved to read whole and that clause opens with its subject or
    a time: 'As well as the rise in rents,| the plan includes savings of £2.3m', 'Secondo
    l’Istat,| nel 2025 le vendite sono cresciute del 4%'."""
    cut = text.rfind(", ", 0, start) + 2
    if cut < 2 or _CONDITION.match(text) or text[:1] in _QUOTES:
        return None  # "If the bid succeeds, the club will get £2m": no fact
    joined = _JOINED_CLAUSE.match(text, cut)
    if joined is not None:  # "..., and the trust hopes to raise £1.5m": its own subject
        cut = joined.end()
    if not _RESTRICTING.isdisjoint(w.lower() for w in text[:cut].split()):
        return None  # "Nelle città dove la ZTL è stata allargata, ...": where it holds, cut
    clause = upper_first(text[cut:])
    first = clause.split(maxsplit=1)[0].lower()
    frame = _frame(clause, start - cut, s, doc)
    if frame is None or not frame.subject or frame.opening:
        return None
    if not _RESTRICTING.isdisjoint(frame.subject.lower().split()):
        return None  # "..., a project that could cost": a relative, no subject
    if any(mark in text[cut:start] for mark in "–—()"):
        return None  # "Cgil, Cisl e Uil – chiedono": an aside the clause is cut in
    written = text[cut:].split(maxsplit=1)[0]
    before = text[: cut - 2].split()
    # "Cgil,| Cisl e Uil": a list of names (a capital that opens the sentence is no name)
    listed = len(before) > 1 and before[-1][:1].isupper()
    named = written[:1].isupper() and written.isalpha() and first not in _NOT_NAMES
    named = named and not listed
    opens = first in _SUBJECT_OPENERS or first.startswith(("l’", "l'")) or named
    if not (frame.when or opens):
        return None  # "..., where ice time costs": no subject opens the clause
    if not named and not frame.subject.lower().startswith(first if opens else ""):
        return None  # (a name may say what another subject did: "Ann Lee said the firm ...")
    return frame


# An English part of a whole sum and where it comes from: "Of the £31 million,| £24.5 million|
# comes from government grants", "total cost: £31 million, of which| £22m| comes from the EA".
_EN_SUM = r"[$€£]\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|million|billion)\b)?"
_EN_PART_BEFORE = re.compile(
    rf"(?:^Of\s+(?P<whole>the\s+{_EN_SUM}),\s+"
    rf"|^(?P<label>[a-z][a-z ]{{2,30}}):\s+{_EN_SUM},\s+of\s+which\s+)$"
)
_EN_PART_AFTER = re.compile(
    r"\s+(?P<verb>comes|came|will\s+come|goes|went|will\s+go|is\s+coming)\s+"
    r"(?P<rest>(?:from|to)\s+[^,;:.()]{2,80}?)(?=\s+and\s|\s*[,;:.]|$)"
)


def _part_of_whole_question(count: _Count, text: str) -> str | None:
    """'Of the £31 million, £24.5 million comes from government grants' -> 'How much of the £31
    million comes from government grants?', 'total cost: £31 million, of which £22m comes from
    the Environment Agency' -> 'How much of the total cost comes from the Environment
    Agency?'."""
    before = _EN_PART_BEFORE.match(text[: count.start])
    after = _EN_PART_AFTER.match(text, count.noun_end)
    if before is None or after is None or _has_digit(after.group("rest")):
        return None
    whole = before.group("whole") or f"the {before.group('label')}"
    verb = " ".join(after.group("verb").split())
    return f"How much of {whole} {verb} {after.group('rest')}?"


# An English sum noun phrase and the copula of its figure, from the sentence's start or after a
# source: "According to a council report,| the cost of educating a pupil at the school in
# 2025-26 was| £7,860".
_EN_COPULA_SUM = re.compile(
    r"^(?:(?:According\s+to|Under)\s+[^,;:]{3,60},\s+)?"
    r"(?P<subject>(?:The|the)\s+(?:(?:average|annual|total|estimated|typical|final)\s+)?"
    r"(?:cost|costs|price|value|bill|budget|deficit|fee|fine|turnover|revenue|rent|salary)"
    r"\s+(?:of|for)\s+[^,;:()]{3,80}?)\s+(?P<be>is|was|are|were|will\s+be|has\s+been|had\s+been)"
    r"\s+(?P<approx>(?:about|around|nearly|almost|some|just\s+over|just\s+under|more\s+than"
    r"|less\s+than)\s+)?$"
)


def _english_copula_subject(before: str) -> tuple[str, str] | None:
    """(subject, question order) of an English sum noun phrase whose copula the figure after
    `before` follows: 'the cost of educating a pupil was|' -> ('the cost of educating a pupil',
    'was the cost of educating a pupil'); 'will be' -> 'will ... be'."""
    m = _EN_COPULA_SUM.match(before)
    if m is None:
        return None
    subject = m.group("subject")
    subject = subject[:1].lower() + subject[1:]
    if any(w in _CLAUSE_WORDS or w in _EN_SUBORDINATORS for w in subject.lower().split()):
        return None  # "the cost of the work that the council paid was": a clause in it
    be = m.group("be").split()
    order = f"{be[0]} {subject} {' '.join(be[1:])}"
    return subject, squash(order)


def _english_copula_sum_question(count: _Count, text: str) -> str | None:
    """'According to a council report, the cost of educating a pupil at the school in 2025-26
    was £7,860, ...' -> 'What was the cost of educating a pupil at the school in 2025-26?'."""
    found = _english_copula_subject(text[: count.start])
    if found is None or text[count.noun_end : count.noun_end + 1] not in {",", "."}:
        return None
    return f"What {found[1]}?"


def _comma_clause_sum(count: _Count, s: Sentence, doc: Document) -> str | None:
    """The question of a sum in the clause after the last comma before it (see
    _frame_after_comma), or of the subject an aside is cut from its verb by (see
    _frame_past_aside)."""
    frame = _frame_after_comma(s.text, count.start, s, doc) or _frame_past_aside(
        s.text, count.start, s, doc
    )
    if frame is None and doc.language == "it":
        return _italian_aside_sum(count, s.text)  # "..., il laboratorio, costato 640.000 euro"
    if frame is None:  # "According to a report, the cost of ... was £7,860"
        return _english_copula_sum_question(count, s.text) or _part_of_whole_question(count, s.text)
    return None if frame is None else _money_question(count, frame, s.text, doc)


# What opens an aside between a subject and its verb: a relative ("The levy, which will apply
# to hotels, ..., is expected to raise"); a participle is checked on its own.
_ASIDE_RELATIVES = frozenset("which who whose where che cui dove il la i le".split())


_LONGEST_ASIDE_SUBJECT = 10  # words of the subject before its aside


_QUOTE_MARKS = re.compile(r"[«»“”\"]")


def _frame_past_aside(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a figure whose clause opens with its subject, then an aside between commas
    (a relative, a participle phrase), then the verb: 'The levy, which will apply to hotels,
    guesthouses and holiday lets, is expected to raise about £1.3m' is read as 'The levy is
    expected to raise about £1.3m', 'Il nuovo polo, costruito su un’area di 2 ettari, è costato
    14,7 milioni' as 'Il nuovo polo è costato 14,7 milioni'."""
    language = doc.language
    first = text.find(", ")
    cut = text.rfind(", ", 0, start) + 2
    if first < 0 or cut - 2 <= first or text[:1] in _QUOTES or _CONDITION.match(text):
        return None
    subject = text[:first]
    words = subject.split()
    if not 1 <= len(words) <= _LONGEST_ASIDE_SUBJECT or any(m in text[:start] for m in "–—()"):
        return None
    opener = words[0].lower()
    if not (
        opener in _SUBJECT_OPENERS
        or opener.startswith(("l’", "l'"))
        or (words[0][:1].isupper() and opener not in _NOT_NAMES)
    ):
        return None  # "In 2024, ...", "Because ..., ...": no subject opens the sentence
    if opener in PREPOSITIONS[language] or opener in ARTICULATED or _has_digit(subject):
        return None
    if any(_verb_word(t, language) for t in tokens(subject)):
        return None  # "The council approved the plan, which ...": a clause, no subject
    aside = text[first + 2 : cut - 2].split()
    if not aside or not (aside[0].lower() in _ASIDE_RELATIVES or is_participle(aside[0], language)):
        return None
    if aside[0].lower() in ("il", "la", "i", "le") and aside[1:2] not in (["quale"], ["quali"]):
        return None  # an Italian article opens a relative only as "il quale", "la quale"
    for part in text[first + 2 : cut - 2].split(", ")[1:]:
        if part.split() and _verb_word(tokens(part)[0], language):
            return None  # "The report, published ..., found that ...,": the subject's verb
    rest = text[cut:start].split()
    if not rest or not _verb_word(tokens(rest[0])[0], language):
        return None  # "..., and employs", "..., where ...": no verb of the subject opens it
    subject = squash(_QUOTE_MARKS.sub("", subject))  # "Il liceo «Galilei»": the name alone
    clause = f"{subject} {text[cut:]}"
    frame = _frame(clause, start - cut + len(subject) + 1, s, doc)
    if frame is None or not frame.subject or frame.opening:
        return None
    if frame.subject.lower() != lower_initial(subject, doc).lower():
        return None  # the frame read another subject than the sentence's
    return frame


# An Italian aside of a passive participle and the preposition of its sum after the subject:
# "Il cantiere, finanziato con 14,5 milioni di euro, ...", "La villa, venduta per 2 milioni".
_ASIDE_PASSIVE_SUM = re.compile(
    r"^(?P<np>[^,;:()]{2,80}),\s+(?P<verb>(?:finanziat|pagat|acquistat|vendut|stimat|valutat)"
    r"(?P<end>[oaie]))\s+(?P<prep>con|per|in)\s+(?:(?:circa|oltre|quasi|più di|meno di)\s+)?$"
)


_IT_PASSIVE_AUX = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}


_IT_SUM_ASKED = {"con": "Con quanto", "per": "Per quanto", "in": "A quanto"}


def _aside_passive_sum(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Il cantiere, finanziato con 14,5 milioni di euro, durerà ...' -> 'Con quanto è stato
    finanziato il cantiere?': the aside after the subject ends with the sum, which its
    participle takes with its own preposition ('stimato in' asks 'A quanto')."""
    m = _ASIDE_PASSIVE_SUM.match(s.text[: count.start])
    if m is None or (m.group("prep") == "in") != m.group("verb").startswith(("stim", "valut")):
        return None
    np = m.group("np").strip()
    toks = tokens(np + " ,")
    if any(_verb_word(t, "it") for t in toks[:-1]):
        return None  # "Il Comune ha aperto il cantiere, finanziato con ...": no subject
    subject, _ = _subject(np + " ,", toks, len(toks) - 1, s, doc)
    if not subject:
        return None
    verb = f"{_IT_PASSIVE_AUX[m.group('end')]} {m.group('verb')}"
    return f"{_IT_SUM_ASKED[m.group('prep')]} {verb} {subject}?"


# A sum that qualifies the noun after it: "a £13.6m grant from the Lottery Fund", "a £2m
# crowdfunding appeal". The noun phrase is one to three plain words.
_SUM_MODIFIED = re.compile(r"\s+(?P<np>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})(?=$|[\s,;:.)])")


# Nouns that are a sum of money given, paid, raised or lacking, whose size the sum tells; not
# a thing the sum is spent on ("a $4.8 billion factory": what it costs, no size of the factory).
_SUM_NOUNS = frozenset(
    """grant grants loan loans settlement contribution donation donations budget fine fines
    payout bonus award prize investment package fund subsidy subsidies compensation payment
    payments salary claim levy fee fees bid offer appeal deal contract bailout windfall
    endowment bequest gift pledge ransom reward gap deficit shortfall overspend bill bills
    voucher vouchers rebate refund""".split()
)


def _modified_sum_noun(count: _Count, text: str) -> tuple[str, int] | None:
    """The noun of money an English sum qualifies and where it ends: 'a £13.6m grant| from
    ...' -> ('grant', end), 'a £2m crowdfunding appeal|'; None when the sum is no size of a
    sum of money ('a $4.8 billion factory') or is a quantity of it ('£5m of funding')."""
    m = _SUM_MODIFIED.match(text, count.noun_end)
    if m is None:
        return None
    words = m.group("np").split()
    kept: list[str] = []
    for word in words:  # "crowdfunding campaign| that ...", "grant| from ..."
        if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or word in _APPROX:
            break
        if is_finite(word, "en") and kept:
            break
        kept.append(word)
    if not kept or kept[0] in NUMBER_WORDS["en"] or is_finite(kept[0], "en"):
        return None
    head = next((i for i, word in enumerate(kept) if word in _SUM_NOUNS), None)
    if head is None:
        return None
    kept = kept[: head + 1]  # "a £90,000 settlement| last year"
    end = count.noun_end + m.group(0).index(kept[0]) + len(" ".join(kept))
    if text.startswith(" of ", end):
        return None  # "£5m of funding": a quantity of it, asked elsewhere
    return " ".join(kept), end


def _sum_modifier_question(count: _Count, frame: _Frame | None, text: str) -> str | None:
    """'Its restoration was funded by a £13.6m grant from the Lottery Fund' -> 'How large was
    the grant from the Lottery Fund?': an English sum before the noun of money it qualifies,
    which the question names with what follows it in the clause."""
    if _word_before(text, count.start) not in {"a", "an", "the"}:
        return None
    found = _modified_sum_noun(count, text)
    if found is None:
        return None
    noun, end = found
    tail = _tail(text, end, "en")
    if tail is None or not _POSSESSIVES.isdisjoint(tail.lower().split()):
        return None  # "a settlement with its own workforce": whose, the question cannot say
    first = tail.split(maxsplit=1)[0] if tail else ""
    if first in _MODALS or first in AUXILIARIES["en"] or is_finite(first, "en"):
        tail = ""  # "The £2m grant| will be paid ...": the clause's verb, not the noun's
    return squash(f"How large {_sum_tense(frame, text, end)} the {noun} {tail}") + "?"


_EN_PAST_HEADS = frozenset("was were had".split())


def _sum_tense(frame: _Frame | None, text: str, end: int) -> str:
    """'was' or 'is' for a question of a noun an English sum qualifies, from the verb of its
    clause, or the one right after it when it is the subject ('The £4m deficit was| cleared')."""
    if frame is not None:
        return "is" if frame.verb[0].lower() in _PRESENT_HEADS else "was"
    after = text[end:].split(maxsplit=1)
    return "was" if after and after[0] in _EN_PAST_HEADS else "is"


def _sum_object_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """'The council agreed a £548m settlement with its staff' -> 'How large a settlement did
    the council agree with its staff?': an English sum before the noun of money that is the
    object of the clause's verb, asked with the verb and what follows the noun."""
    if not frame.subject or _is_copula(frame, "en"):
        return None
    exact = tuple(frame.exact)
    if exact not in {("a",), ("an",)} and _SUM_MODIFIERS["en"].get(exact) != "":
        return None  # "a further £2m grant": one on top of another
    found = _modified_sum_noun(count, text)
    if found is None:
        return None
    noun, end = found
    tail = _short_tail(text, end, "en")
    body = _english_body(frame, frame.subject)
    if tail is None or body is None:
        return None
    article = "an" if noun[:1] in "aeiou" else "a"
    return squash(f"How large {article} {noun} {body} {tail} {frame.when}") + "?"


# Nouns of a thing built or done, whose cost a sum before them tells: "a £48m whisky
# distillery", "the £214 million scheme", "a £14.6 million plan to replace the bridge".
_COST_NOUNS = frozenset(
    """scheme project plan programme factory plant distillery refinery restoration
    refurbishment redevelopment renovation regeneration upgrade extension expansion unit
    building stadium bridge bypass development facility hub campus terminal museum station
    phase centre center hospital school library road railway tunnel reservoir barrage pool
    theatre harbour marina runway depot warehouse academy college complex revamp overhaul
    conversion makeover refit rebuild replacement repairs improvements works""".split()
)


# The purpose after a noun of a thing done, which names it: "a plan| to replace the bridge".
_PURPOSE = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b[^,;:.()]{0,60}")


def _cost_question(count: _Count, frame: _Frame | None, text: str) -> str | None:
    """'The council approved a £14.6m plan to replace the bridge' -> 'What is the cost of the
    plan to replace the bridge?': an English sum before the noun of a thing built or done,
    named with the purpose after it and nothing else of the clause."""
    if _word_before(text, count.start) not in {"a", "an", "the"}:
        return None
    m = _SUM_MODIFIED.match(text, count.noun_end)
    if m is None:
        return None
    kept: list[str] = []
    for word in m.group("np").split():
        if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or is_finite(word, "en"):
            break
        kept.append(word)
    head = next((i for i, word in enumerate(kept) if word in _COST_NOUNS), None)
    if head is None or head + 1 < len(kept) and kept[head + 1] not in _COST_NOUNS:
        return None  # "a £3m museum shop": the head comes last
    kept = kept[: head + 1]
    end = count.noun_end + m.group(0).index(kept[0]) + len(" ".join(kept))
    if text.startswith(" of ", end):
        return None  # "£5m of the project": a part of it
    purpose = _PURPOSE.match(text, end)
    if purpose and purpose.group("verb") in STOPWORDS["en"]:
        purpose = None  # "an upgrade| to the junction": no verb, no purpose
    named = " ".join(kept) + (purpose.group(0) if purpose else "")
    return squash(f"What {_sum_tense(frame, text, end)} the cost of the {named}") + "?"


# "una linea tranviaria lunga 6,4 chilometri": an Italian dimension right after its noun.
_AFTER_NOUN = re.compile(
    r"(?P<dim>(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e))\s+(?:(?:circa|oltre|quasi)\s+)?$"
)


_DEFINITE_AGREEMENT = {
    "o": ("il", "lo", "l’", "un", "uno"),
    "a": ("la", "l’", "una", "un’"),
    "i": ("i", "gli"),
    "e": ("le",),
}


def _after_noun_question(count: _Count, text: str, language: str) -> str | None:
    """'Il Comune ha aperto una linea lunga 6,4 chilometri' -> 'Quanto è lunga la linea?', 'Il
    Lamone è un fiume lungo 97 chilometri' -> 'Quanto è lungo il Lamone?'."""
    if language != "it" or count.noun not in _LENGTH_UNITS:
        return None
    m = _AFTER_NOUN.search(text, max(0, count.start - 30), count.start)
    if m is None:
        return None
    dim = m.group("dim").lower()
    toks = tokens(text[: m.start()])
    if not toks or toks[-1].text in _BREAKS:
        return None  # "La torre, alta 88 metri": an apposition, asked elsewhere
    for i in range(len(toks) - 1, max(-1, len(toks) - 11), -1):
        t = toks[i]
        if t.text in _BREAKS or t.low in _COORDINATORS or t.text[:1].isdigit():
            return None  # "lunga 12 chilometri e| larga 3 metri": the phrase is behind
        if _verb_word(t, language):
            return None
        if t.low in _DEFINITE_AGREEMENT[dim[-1]]:
            return _dimension_of(toks, i, dim, text[: m.start()].rstrip())
        if t.low in ARTICLES["it"]:
            return None  # the nearest article does not agree: "la pianura lungo"
    return None


def _dimension_of(toks: list[Token], i: int, dim: str, before: str) -> str | None:
    """The question of the noun phrase that opens at token i and ends `before`: the subject
    of 'X è un fiume lungo ...', else the phrase itself with a definite article."""
    be = "sono" if dim.endswith(("i", "e")) else "è"
    article = toks[i].low
    if article in IT_INDEFINITE and i >= 2 and toks[i - 1].low in _IT_COPULA:
        subject = toks[: i - 1]
        if len(subject) > 6 or any(t.text in _BREAKS for t in subject):
            return None
        if subject[0].low not in ARTICLES["it"] and not subject[0].text[:1].isupper():
            return None
        ending = _DIMENSION_ENDINGS.get(subject[0].low)
        if ending is not None:  # "Il golfo è un’insenatura lunga ...": "Quanto è lungo il golfo?"
            dim, be = _agreed_dimension(dim, ending), "sono" if ending in "ie" else "è"
        return f"Quanto {be} {dim} {lower_first(before[: subject[-1].end])}?"
    if article in IT_INDEFINITE and i >= 1 and toks[i - 1].text == ",":
        described = _described_subject(toks[: i - 1], before, dim)
        if described is not None:
            return described
    np = before[toks[i].end :].strip()
    if np.lower() in _IT_STAND_INS:
        return None  # "le due torri ..., la prima alta 51 metri": "la prima" names no one tower
    if article in IT_INDEFINITE:
        article = definite_article(article, np)
    sep = "" if article.endswith("’") else " "
    return f"Quanto {be} {dim} {article}{sep}{np}?"


# Italian words that stand for a noun said before them: out of the sentence they name nothing.
_IT_STAND_INS = frozenset(
    f"{stem}{end}"
    for stem in ("prim", "second", "terz", "ultim", "altr", "stess")
    for end in ("o", "a", "i", "e")
)


# The ending of an Italian dimension that agrees with the article of its noun.
_DIMENSION_ENDINGS = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


def _described_subject(toks: list[Token], before: str, dim: str) -> str | None:
    """'Il Poetto è la spiaggia di Cagliari, una distesa di sabbia lunga 8 chilometri' ->
    'Quanto è lungo il Poetto?': an indefinite phrase after the copula's complement and a comma
    describes the subject again; out of the sentence 'la distesa' names nothing. None when
    the sentence is no 'X è ...' or X has no article to agree with."""
    copula = next((k for k, t in enumerate(toks) if t.low in _IT_COPULA), None)
    if copula is None or copula == 0 or copula > 5:
        return None
    if any(t.text in _BREAKS for t in toks):
        return None
    ending = _DIMENSION_ENDINGS.get(toks[0].low)
    if ending is None or not toks[1].text[:1].isupper():
        return None  # "La città è ...": the subject names no one thing to ask of
    be = "sono" if ending in "ie" else "è"
    dimension = _agreed_dimension(dim, ending)
    return f"Quanto {be} {dimension} {lower_first(before[: toks[copula - 1].end])}?"


def _agreed_dimension(dim: str, ending: str) -> str:
    """An Italian dimension with the ending of its noun's article: 'lunga', 'o' -> 'lungo',
    'larga', 'i' -> 'larghi'."""
    dimension = dim[: -2 if dim.endswith(("hi", "he")) else -1]
    plural = ending in "ie"
    return dimension + (
        {"i": "hi", "e": "he"}[ending] if plural and dimension.endswith("g") else ending
    )


# A sum an Italian clause ends with, after "con" and a noun: "La Cantina fu dichiarata fallita,
# con un passivo di| 19 milioni di euro".
_WITH_SUM = re.compile(
    r",?\s+con\s+(?:(?P<article>un|uno|una|un’)\s?)?(?P<noun>[a-zà-ù]{4,})"
    # "con una spesa prevista di", "con un indotto stimato in", "con ricavi complessivi per"
    r"(?:\s+(?P<adj>previst[oaie]|complessiv[oaie]|stimat[oaie]))?"
    r"\s+(?:di|da|(?<!\w[oa]\s)per|(?<=stimato\s|stimata\s)in)\s+"
    r"(?:(?:circa|oltre|quasi|almeno)\s+)?$"
)


# What an Italian sum's aside at the end of its clause opens with: a change ("in crescita
# del 9%", "il 14% in più"), a participle ("coperto per il 60% da fondi europei") or "pari a".
_SUM_ASIDE = re.compile(
    r",\s+(?:in\s+(?:crescita|calo|aumento|diminuzione|rialzo|ribasso)\b|pari\s+a"
    r"|(?:il\s+|l’)\d[\d,]*\s?(?:%|per\s+cento)\s+in\s+(?:più|meno)\b"
    r"|(?P<participle>[a-zà-ù]+)\s)"
)


def _sum_aside(after: str) -> bool:
    """Whether the words after a sum are an aside that tells of the sum, not of the clause:
    ', in crescita del 9% rispetto al 2023', ', coperto in parte dalla Regione'."""
    m = _SUM_ASIDE.match(after)
    if m is None:
        return False
    participle = m.group("participle")
    return participle is None or is_participle(participle, "it")


_JOINED_AFTER_SUM = re.compile(r"^\s+(?:e|ed)\s")


def _joined_clause(after: str) -> bool:
    """Whether the words after an Italian sum open a second clause of the same subject: ' e per
    sei settimane non ha avuto voli' (a verb of its own), not ' e un utile di 3 milioni'."""
    if _JOINED_AFTER_SUM.match(after) is None:
        return False
    return any(is_finite(w, "it") and not is_participle(w, "it") for w in after.split()[1:])


def _with_sum_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'La Cantina fu dichiarata fallita, con un passivo di 19 milioni di euro' -> 'A quanto
    ammontava il passivo della Cantina?': the sum is the subject's, the last thing its clause
    says."""
    text = s.text
    m = _WITH_SUM.search(text, max(0, count.start - 60), count.start)
    after = text[count.noun_end :]
    if (
        m is None
        or after.strip() not in {".", ""}
        and not _sum_aside(after)
        and not _joined_clause(after)
    ):
        return None
    noun = m.group("noun")
    bare = m.group("article") is None
    if bare and (noun not in SUM_HEADS["it"] or not noun.endswith(("i", "e"))):
        return None  # "con ricavi per": with no article, a plural noun of money
    if not bare and not _bare_noun(noun):
        return None  # after "un", "una", a noun is singular: "un utile", "una rendita"
    frame = _frame(text, m.start(), s, doc)
    if frame is None or not frame.subject or _has_digit(frame.subject) or frame.opening:
        return None
    if _has_possessive(frame.subject) or frame.subject.lower() in _PERSONAL_PRONOUNS:
        return None
    if (
        not m.group(0).startswith(",")
        and (frame.between_text or bare)
        and not _is_copula(frame, "it")
    ):
        # "ha chiuso il 2024 con un fatturato di 74 milioni": the sum goes with the verb and
        # its object -> "Con quale fatturato il pastificio ha chiuso il 2024?"; "ha chiuso con
        # ricavi per 236 milioni" -> "Con quali ricavi il cantiere ha chiuso?"
        verb = " ".join(frame.verb)
        noun = f"{noun} {m.group('adj') or ''}"
        which = "quali" if bare else "quale"
        asked = f"Con {which} {noun} {frame.subject} {verb} {frame.between_text} {frame.when}"
        return squash(asked) + "?"
    if bare:
        return None
    verb = frame.verb[0].lower()
    if verb.endswith(("rà", "ranno")):
        amounts = "ammonterà"
    elif _italian_present(verb, "") and len(frame.verb) == 1:
        amounts = "ammonta"
    else:
        amounts = "ammontava"
    the = definite_article(m.group("article"), noun)
    named = f"{the}{'' if the.endswith('’') else ' '}{noun} {m.group('adj') or ''}"
    return squash(f"A quanto {amounts} {named} {of_phrase(frame.subject, 'it')}") + "?"


# The votes of a count against the votes of the other side: "by 18 votes to 11", "con 15 voti
# contro 4", "with 40 votes in favour and 12 against", "con 15 voti favorevoli e 4 contrari".
_VOTES = frozenset("votes voti".split())


_TALLY = re.compile(
    r"^(?:\s+(?:to|against|contro|a)\s+\d+(?!\s*[%\d])|(?:\s+in\s+favou?r|\s+a\s+favore)?,?"
    r"\s+(?:and|e)\s+\d+\s+(?:against|contrari|votes\s+against|voti\s+contrari)\b)"
)


def _tally_question(count: _Count, frame: _Frame | None, text: str, doc: Document) -> str | None:
    """'The motion passed by 18 votes to 11' -> 'By how many votes did the motion pass?', 'La
    mozione è stata approvata con 15 voti contro 4' -> 'Con quanti voti è stata approvata la
    mozione?': the answer is the tally, both sides."""
    language = doc.language
    tally = _TALLY.match(text[count.noun_end : count.noun_end + 40])
    if tally is None or frame is None or not frame.subject or _is_copula(frame, language):
        return None
    exact = frame.exact
    if not exact or exact[-1] not in _TALLY_PREPOSITIONS[language] or len(exact) > 6:
        return None
    it_how = f"{exact[-1].capitalize()} quanti {count.noun}"
    en_how = f"{exact[-1].capitalize()} how many {count.noun}"
    return _asked_after_object(frame, text, count.noun_end + tally.end(), language, it_how, en_how)


# A verb of its own, not finite, between the main verb and the figure's preposition: the
# figure is that verb's ("frozen for a year before rising by 7%", "bloccate per un anno prima
# di salire del 7%").
_NONFINITE_BETWEEN = {
    "en": re.compile(r"\b(?:before|after|without|while|instead\s+of)\s+[a-z]{3,}ing\b"),
    "it": re.compile(
        r"\b(?:prima\s+di|dopo|senza|invece\s+di)\s+(?:essere\s+|aver\s+|avere\s+)?"
        r"[a-zà-ù]{3,}(?:are|ere|ire|at[oaie]|ut[oaie]|it[oaie])\b"
    ),
}


def _asked_after_object(
    frame: _Frame, text: str, end: int, language: str, it_how: str, en_how: str
) -> str | None:
    """A question of what the verb's preposition introduces, the verb's object kept: 'By how
    much did the cuts reduce the budget?', 'Con quanti voti il consiglio ha approvato il
    bilancio?' (with an object, the Italian subject comes first), 'Di quanto è salito il
    titolo?'; `end` is where the answer ends, the clause goes on after it."""
    tail = _tail(text, end, language)
    if tail is None:
        return None
    if _NONFINITE_BETWEEN[language].search(frame.between_text):
        return None  # "were frozen for two years before rising| by 7%": the rise's figure
    what = frame.between_text.rsplit(" ", 1)[0] if len(frame.exact) > 1 else ""
    if language == "it":
        verb = " ".join(frame.verb)
        order = f"{frame.subject} {verb}" if what else f"{verb} {frame.subject}"
        return upper_first(squash(f"{it_how} {order} {what} {tail} {frame.when}")) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return upper_first(squash(f"{en_how} {body} {what} {tail} {frame.when}")) + "?"


_TALLY_PREPOSITIONS = {"it": frozenset(["con"]), "en": frozenset(["by", "with"])}


_PERCENT_OBJECT = {
    "en": re.compile(
        r"\s(?P<verb>(?:(?:has|have|had)\s+)?[a-z]+)(?P<particle>\s+(?:down|up|off|out))?"
        r"\s+(?:a|an)\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)"
        r"\s+of\s+(?P<approx>(?:about|around|nearly|almost|just\s+over|just\s+under)\s+)?"
        r"(?P<share>" + _PERCENTAGE + r")"
    ),
    "it": re.compile(
        r"\s(?P<verb>(?:(?:ha|hanno|aveva|avevano)\s+)?[a-zà-ù]+)\s+(?:un\s+|uno\s+|una\s+|un’)"
        r"(?P<np>[a-zà-ù]+(?:\s+di\s+[a-zà-ù]+|\s+[a-zà-ù]+)?)\s+(?:del\s+|dell’)"
        r"(?P<approx>(?:circa|quasi|oltre)\s+)?(?P<share>" + _PERCENTAGE + r")"
    ),
}


# An English percentage before the noun of the verb's object: "show a 14% increase on 2024",
# "bought a 30% stake in the club".
_PERCENT_COMPOUND_OBJECT = re.compile(
    r"\s(?P<verb>(?:(?:has|have|had)\s+)?[a-z]+)\s+(?:a|an)\s+"
    r"(?P<approx>(?:about|around|nearly|almost)\s+)?"
    r"(?P<share>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))\s+(?P<np>[a-z]{3,})\b(?!-)"
)


# What ends the subject of the verb, going back from it: a clause's first word.
_CLAUSE_STARTS = frozenset(
    """after before when while because since as that and but once dopo che quando mentre perché
    poiché e ma""".split()
)


def _percent_object_question(s: Sentence, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted): 'What pay offer did members reject?' -> '3.5 per cent',
    'Quale aumento hanno chiesto i sindacati?' -> '6 per cento'."""
    language = doc.language
    text = s.text
    m = _PERCENT_OBJECT[language].search(text)
    if m is None and language == "en":
        m = _PERCENT_COMPOUND_OBJECT.search(text)  # "show a 14% increase on 2024"
    if m is None:
        return None
    verb = m.group("verb").split()
    np = m.group("np")
    words = np.split()
    if len(words) == 3 and words[1] == "di":  # "un tasso di riempimento": its complement
        words = [words[0], words[2]]
    if any(w in STOPWORDS[language] or w in PREPOSITIONS[language] for w in words):
        return None
    if not (_participle(verb[-1], language) if len(verb) == 2 else is_finite(verb[0], language)):
        return None
    if verb[0] in AUXILIARIES[language] and len(verb) == 1:
        return None  # "is a rise of 3 per cent": no verb of doing
    subject = _subject_before(text[: m.start("verb")], doc)
    if subject is None:
        return None
    tail = _tail(text, m.end(), language)
    tail = "" if tail is None or _has_digit(tail) else tail
    if tail.split(maxsplit=1)[:1] and tail.split()[0].lower() in _OF_WORDS:
        return None  # "un taglio del 10%| dei voli": a share of a whole, not the noun's size
    answer = m.group("share")
    accepted = (squash(m.group("approx") + answer),) if m.group("approx") else ()
    if language == "it":
        article = "Quale" if len(verb) == 2 or not _plural(np.split()[0], "it") else "Quali"
        asked = f"{article} {np} {' '.join(verb)} {subject} {tail}"
        return upper_first(squash(asked)) + "?", answer, accepted
    if len(verb) == 2:
        body = f"{verb[0]} {subject} {verb[1]}"
    else:
        base = lemma(verb[0], "en")
        if base == verb[0]:
            return None
        body = f"did {subject} {base}"
    if m.groupdict().get("particle"):  # "turned down": the particle stays with its verb
        body = f"{body} {m.group('particle').strip()}"
    if m.re is _PERCENT_COMPOUND_OBJECT:  # "What percentage stake did ... buy in the club?"
        return squash(f"What percentage {np} {body} {tail}") + "?", answer, accepted
    return squash(f"What {np} {body} {tail}") + "?", answer, accepted


# An Italian rise told after the object of a clause, between commas or at the end: "il museo
# ha registrato 250.000 ingressi, il 12% in più rispetto al 2024". The object rose.
_ITALIAN_RISE = re.compile(
    r"\s(?:i|gli|le)?\s?(?:oltre\s+|circa\s+|quasi\s+)?\d[\d.,]*(?:\s+(?:mila|milioni))?"
    r"\s+(?P<noun>[a-zà-ù]{3,}),\s+(?:il|l’)\s?(?P<share>" + _PERCENTAGE + r")\s+in\s+più\s+"
    r"(?P<than>rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)(?:\s|(?<=’))[^,;:.()]{2,80})"
)


def _italian_rise_question(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """'Il museo ha registrato 250.000 ingressi, il 12% in più rispetto al 2024' -> 'Di
    quanto sono aumentati gli ingressi del museo rispetto al 2024?': the object of the clause
    rose, its verb's subject owns it."""
    text = s.text
    m = _ITALIAN_RISE.search(text)
    if m is None:
        return None
    noun = m.group("noun")
    if noun in STOPWORDS["it"] or noun in UNITS or noun in _CURRENCIES or not _plural(noun, "it"):
        return None
    if noun in BARE_MULTIPLIERS:
        return None  # "costerà 2,4 milioni, il 30% in più": a sum, no count of "milioni"
    frame = _frame(text, m.start() + 1, s, doc)
    if frame is None or not frame.subject or _is_copula(frame, "it") or _has_digit(frame.subject):
        return None
    if not noun.endswith(("i", "e")):
        return None
    feminine = noun.endswith("e")
    article = "le" if feminine else ("gli" if takes_lo(noun) or noun[0] in "aeiou" else "i")
    rose = "aumentate" if feminine else "aumentati"
    than = tail_of(m.group("than") + " ").strip()
    verb = " ".join(frame.verb)
    if lemma(frame.verb[-1].lower(), "it") in _TALLYING_VERBS:
        owner = of_phrase(frame.subject, "it")  # "gli ingressi del museo"
    else:
        owner = f"che {verb} {frame.subject}"  # "i biglietti che ha venduto la fiera"
    asked = f"Di quanto sono {rose} {article} {noun} {owner} {frame.when} {than}"
    return squash(asked) + "?", m.group("share")


# Italian verbs whose object is a tally of the subject's own: "il museo ha registrato 250.000
# ingressi" (the museum's entries).
_TALLYING_VERBS = frozenset(
    "registrare contare superare raggiungere totalizzare accogliere toccare".split()
)


# The share of a whole a thing happened in, after the verb and its object: "cleared infections
# in 64% of patients", "ha eliminato l’infezione nel 64% dei pazienti".
_IN_SHARE = {
    "en": re.compile(
        r"\sin\s+(?P<approx>(?:about|around|nearly|almost|over|some|just\s+over|more\s+than)\s+)?"
        r"(?P<share>\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b))\s+of\s+"
        r"(?P<whole>(?:the\s+)?[a-z][^,;:.()]{2,80})"
    ),
    "it": re.compile(
        r"\snel(?:l’)?\s?(?P<approx>(?:circa|quasi|oltre)\s+(?:il\s+|l’)?)?"
        r"(?P<share>\d+(?:[.,]\d+)?\s?(?:%|per\s+cento\b))\s+(?P<of>dei|degli|delle|del|della)\s+"
        r"(?P<whole>[a-zà-ù][^,;:.()]{2,80})"
    ),
}


_IN_SHARE_CUE = {"en": " in ", "it": " nel"}


def _in_share_question(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """'The drug cleared infections in 64% of patients' -> 'In what share of patients did the
    drug clear infections?', 'Il farmaco ha eliminato l’infezione nel 64% dei pazienti' -> 'In
    quale percentuale dei pazienti il farmaco ha eliminato l’infezione?'."""
    language = doc.language
    text = s.text
    m = _IN_SHARE[language].search(text)
    if m is None:
        return None
    whole = tail_of(m.group("whole") + " ").strip()
    if not 1 <= len(whole.split()) <= 8 or _has_digit(whole):
        return None
    frame = _frame(text, m.start(), s, doc)
    if frame is None or not frame.subject or _is_copula(frame, language):
        return None
    obj = frame.between_text
    words = frame.between
    # Italian: a complement too ("è rimasto sotto i limiti di legge nel 94% dei campioni")
    prepositions = PREPOSITIONS[language] if language == "en" else frozenset()
    if any(w in _CLAUSE_WORDS or w in prepositions or not w.strip("’-").isalpha() for w in words):
        return None  # the object is a short noun phrase, or none
    if len(words) > 5 or any(is_finite(w, language) for w in words):
        return None
    answer = m.group("share")
    if language == "it":
        verb = " ".join(frame.verb)
        asked = f"In quale percentuale {m.group('of')} {whole} {frame.subject} {verb} {obj}"
        return upper_first(squash(f"{asked} {frame.when}")) + "?", answer
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"In what share of {whole} {body} {obj} {frame.when}") + "?", answer


def _participle(word: str, language: str) -> bool:
    """A participle after 'ha'/'has', irregular ones too ('respinto', 'chiesto')."""
    return is_participle(word, language) or (language == "it" and word.endswith(_IT_PAST_ENDINGS))


_IT_PAST_ENDINGS = ("to", "so", "ta", "sa", "ti", "si", "te", "se")


_PERSONAL = {
    "en": frozenset("i we you he she they it this".split()),
    "it": frozenset("io tu lui lei noi voi loro esso essa essi esse".split()),
}


def _subject_before(before: str, doc: Document) -> str | None:
    """The few words that open the clause of a verb, back to a comma or a clause's first word:
    '..., and comes after members| rejected' -> 'members'."""
    language = doc.language
    cut = max(before.rfind(", "), before.rfind(";"), before.rfind(":"), before.rfind("("))
    words = before[cut + 1 :].split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _CLAUSE_STARTS:
            words = words[i + 1 :]
            break
    if not 1 <= len(words) <= 4 or words[-1].lower() in _PRONOUNS:
        return None
    if any(w.lower() in _ENTRY_PRONOUNS or is_finite(w, language) for w in words):
        return None
    if any(w.lower() in PREPOSITIONS[language] or _has_digit(w) for w in words):
        return None
    if not words[-1].isalpha():
        return None
    if words[0].lower() in _PERSONAL[language]:
        return None  # "they rejected": who they are is in another sentence
    subject = " ".join(words)
    if cut >= 0 or not subject[:1].isupper():
        return subject
    if words[0].lower() in ARTICLES[language]:  # "I sindacati": an article, not a name
        return subject[:1].lower() + subject[1:]
    return lower_initial(subject, doc)
