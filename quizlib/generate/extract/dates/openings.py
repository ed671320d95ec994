"""Dates in an opening phrase or clause: 'Fondato nel 1912, il club ...', 'Dopo dieci anni
di chiusura, il museo ...': the question asks the clause the phrase opens."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import (
    PREPOSITIONS,
    Token,
    index_at,
    main_verb,
    starts_with_subject,
    tokens,
)
from ...document import Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    ESSERE_VERBS,
    MONTH_WORDS,
    STOPWORDS,
)
from ...text import is_acronym, upper_first
from ...verbs import AUXILIARIES, is_finite, is_participle, lemma
from .grammar import (
    _AND,
    _BARE_PREPOSITIONS,
    _COPULAS,
    _PRONOUN_SUBJECTS,
    _STOPS,
    _SUBORDINATE,
)
from .phrases import (
    _AVERE_FORMS,
    _CLAUSE_STOPS,
    _DETERMINERS,
    _OF_DATE,
    _SUBORDINATE_MORE,
    _bare_noun_subject,
    _opening_end,
    _opening_lead,
)
from .spans import _CHAIN_ADVERBS, DateSpan, find_dates


def _main_clause(
    s: Sentence, toks: list[Token], span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The clause of the date as a sentence of its own: without an opening participle phrase
    ('First run in 1974, the race moved onto the streets in 1981' -> 'the race moved onto the
    streets in 1981'), or the clause after 'and'/'e' with a subject of its own ('... became the
    capital, and the seat of government moved there in 1999'). Otherwise the sentence itself;
    None when the date's clause cannot be asked alone and the sentence has another."""
    at = index_at(toks, span.start)
    start = (
        _opening_clause(toks, at, language)
        or _opening_phrase_clause(toks, at, language)
        or _conjunct_clause(toks, at, language)
    )
    if start is None:
        return s, span
    if start == _NO_CLAUSE:
        return None
    cut = toks[start].start
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    # The clause as a sentence of its own: in an entry, "The country banned ..." is the entry.
    return replace(s, text=upper_first(s.text[cut:])), shifted


def _colon_clause(s: Sentence, span: DateSpan, language: str) -> tuple[Sentence, DateSpan] | None:
    """The clause after a colon whose subject is the one of the clause before it, a copula's
    ('L’Università di Kelso è uno dei più antichi atenei: | fu istituita nel 1361 ...'), as a
    sentence of its own with that subject ('L’Università di Kelso fu istituita nel 1361 ...');
    None for any other sentence."""
    colon = s.text.find(": ")
    if colon < 0 or colon > span.start or s.text.find(": ", colon + 1) >= 0:
        return None
    head = tokens(s.text[:colon])
    rest = s.text[colon + 2 :]
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if not first.islower() or not (first in AUXILIARIES[language] or is_finite(first, language)):
        return None  # the clause after the colon has a subject of its own
    if not starts_with_subject(head, language) or head[0].low in _PRONOUN_SUBJECTS:
        return None
    verb = main_verb(head, language)
    if verb is None or verb == 0 or head[verb].low not in _COPULAS:
        return None
    if any(t.text in _STOPS for t in head[:verb]):
        return None
    subject = s.text[: head[verb].start]
    shift = len(subject) - (colon + 2)
    shifted = replace(
        span,
        start=span.start + shift,
        value_start=span.value_start + shift,
        end=span.end + shift,
    )
    return replace(s, text=subject + rest), shifted


def _opens_with_participle(toks: list[Token], language: str) -> bool:
    """'Fondato nel 1912, ...', 'First run in 1974, ...': the first test of an opening phrase."""
    first = _opening_lead(toks, language)[0]
    return first >= 0 and len(toks) > first + 3 and is_participle(toks[first].low, language)


def _opening_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where the clause after an opening participle phrase starts, when the date is in it."""
    if not _opens_with_participle(toks, language):
        return None
    first = _opening_lead(toks, language)[0]
    comma = _opening_end(toks, first + 1, language)
    if comma is None or comma >= at - 1:
        return None
    return comma + 1


# Openings that make the clause after them hold only under a condition: "If approved, the plan
# will take effect in 2027" is no plain fact about the plan. A concession is no condition:
# "Despite the rain, the museum opened in 1987", "Nonostante la pioggia, ..." tell the fact.
_CONDITIONAL_OPENERS = frozenset(
    """se qualora quando mentre anche tranne salvo senza
    if unless when while whereas even without except""".split()
)


_FROM_WORDS = frozenset("from da dai dal dalla dalle dagli dallo dall’".split())


_TO_AFTER = {
    "it": re.compile(r"^.*?\s(?:a|ad|al|alla|alle|ai|agli|allo|all’)\s"),
    "en": re.compile(r"^.*?\sto\s"),
}


_YEAR_TOKEN = re.compile(r"1\d{3}|20\d{2}")


def _opens_with_phrase(toks: list[Token], language: str) -> bool:
    """'Dopo dieci anni di chiusura, il museo ...', 'According to the council, the bridge ...':
    the cheap test of an opening adverbial phrase (no subject first, a comma to end it)."""
    return (
        len(toks) > 4
        and toks[0].low not in _CONDITIONAL_OPENERS
        and not starts_with_subject(toks, language)
        and any(t.text == "," for t in toks[1:30])
    )


def _in_figure(toks: list[Token], k: int) -> bool:
    """Whether the comma at token `k` is a decimal comma ('6,8')."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].text[-1:].isdigit()
        and toks[k + 1].text[:1].isdigit()
        and toks[k + 1].start == toks[k].end
    )


def _date_after_opening(
    s: Sentence, toks: list[Token], at: int, span: DateSpan
) -> tuple[Sentence, list[Token], int, DateSpan] | None:
    """An Italian clause that opens with its date after an opening phrase ('Dopo due anni di
    lavori, | lunedì 3 novembre ha aperto la Casa ...'), as a sentence of its own for the rule
    of a subject after its verb; None when the phrase has a verb or a date of its own."""
    if not _opens_with_phrase(toks, "it"):
        return None
    comma = _opening_end(toks, 1, "it")
    while comma is not None and comma < at - 1 and _in_figure(toks, comma):
        comma = _opening_end(toks, comma + 1, "it")  # "6,8 milioni": no comma of the phrase
    if comma != at - 1:
        return None
    if any(_YEAR_TOKEN.fullmatch(t.text) or t.low in MONTH_WORDS for t in toks[: at - 1]):
        return None
    cut = toks[at].start
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    clause = replace(s, text=upper_first(s.text[cut:]))
    return clause, tokens(clause.text), 0, shifted


def _without_acronyms(toks: list[Token]) -> list[Token]:
    """`toks` without an acronym in brackets after a name ('il Museo ... (MIC) di Faenza'):
    the brackets set off no phrase of their own."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        if toks[k].text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")":
            if is_acronym(toks[k + 1].text):
                k += 3
                continue
        out.append(toks[k])
        k += 1
    return out


def _opening_phrase_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where the clause after an opening adverbial phrase starts ('Dopo dieci anni di chiusura,
    il museo riaprirà il 18 dicembre', 'With the works done, the bridge will reopen in May'),
    when the date is in that clause and the clause opens with its subject. The phrase has no
    verb of its own and no date: 'Nel 2019, ...' is the time the clause needs."""
    if not _opens_with_phrase(toks, language):
        return None
    comma = _opening_end(toks, 1, language)
    if comma is None or comma >= at - 1:
        return None
    if any(_YEAR_TOKEN.fullmatch(t.text) or t.low in MONTH_WORDS for t in toks[:comma]):
        return None
    rest = toks[comma + 1 : at]
    bare = language == "en" and _bare_noun_subject(rest)  # ", work on the bridge will ..."
    if not (starts_with_subject(rest, language) or bare) or rest[0].low in _PRONOUN_SUBJECTS:
        return None
    verb = main_verb(rest, language)
    if verb is None or verb == 0 or any(t.text in _CLAUSE_STOPS for t in _without_acronyms(rest)):
        return None  # a date after another comma is a later phrase's ("..., contro le 3.200 ...")
    if toks[at - 1].low in _OF_DATE or toks[at].low in _OF_DATE:
        return None  # "nel primo trimestre del 2025": the date is the noun's
    if any(t.low in _FROM_WORDS for t in rest[verb:]) and _TO_AFTER[language].match(
        " ".join(t.low for t in toks[at : at + 12])
    ):
        return None  # "fallen from 214 residents in 2001 to 131": the date is the range's end
    return comma + 1


_NO_CLAUSE = -1  # the date's clause cannot stand alone, and the sentence mixes two clauses


_OBJECT_PRONOUNS = {
    "it": frozenset("lo la li le l’ gli ne".split()),
    "en": frozenset("it them him her".split()),
}


_PRESENT_OBJECT = frozenset({"to"}) | ARTICLES["en"] | frozenset("its their his her".split())


def _present_after_subject(rest: list[Token]) -> int | None:
    """An English present in '-s' right after a short subject and before its object or an
    infinitive ('its operator wants to treble', 'the council plans a new bridge'), which the
    verb list, of pasts, does not know: the verb of a clause of its own after 'and'."""
    if not rest or rest[0].low not in _DETERMINERS:
        return None
    for j in range(1, min(4, len(rest) - 1)):
        word = rest[j].low
        if (
            rest[j].text.islower()
            and word.endswith("s")
            and _english_present(word)
            and lemma(word, "en") != word
            and rest[j + 1].low in _PRESENT_OBJECT
        ):
            return j
    return None


# What joins two nouns by "and" into one phrase: "between Jersey and London".
_BETWEEN = frozenset("between tra fra".split())


def _conjunct_clause(toks: list[Token], at: int, language: str) -> int | None:
    """Where a clause joined by 'and'/'e' with a subject and verb of its own starts, when the
    date is in it and a clause with a verb stands before it; _NO_CLAUSE when that clause's
    subject says nothing alone ('and sales rose', 'and it became', 'e la giunta lo ha
    presentato'). A list of nouns ('Paris, Rome and the Loire in 1999') has no verb: nothing
    to cut."""
    for k in range(at - 2, 0, -1):
        if toks[k].low not in _AND:
            continue
        rest = toks[k + 1 : at]
        verb = main_verb(rest, language)
        if verb is None and language == "en":
            verb = _present_after_subject(rest)
        if verb is None or verb == 0 or any(t.text in _STOPS for t in rest[:verb]):
            continue  # "and moved to ...": the same subject (_last_conjunct)
        if all(t.low in _CHAIN_ADVERBS for t in rest[:verb]):
            continue  # "and finally closed in 1987": an adverb, the same subject
        first_verb = main_verb(toks, language, stop=k)
        if first_verb is None:
            return None  # "Trump e la moglie sono arrivati": one subject of two names
        if any(t.low in _SUBORDINATE for t in toks[first_verb:k]):
            return None  # "said that Rossi and Bianchi signed": both in the subordinate
        if any(t.low in _BETWEEN for t in toks[max(first_verb, k - 4) : k]):
            return None  # "fares between Jersey and London had risen": one subject
        if any(t.low in _SUBORDINATE or t.low in _SUBORDINATE_MORE for t in rest[:verb]):
            return None  # "between Porto and Gaia since the bridge opened": no clause of "and"
        if not starts_with_subject(rest, language) or rest[0].low in _PRONOUN_SUBJECTS:
            return _NO_CLAUSE
        if (
            rest[0].low in _INDEFINITE_SUBJECTS
            and toks[first_verb].low in _HAVING
            and not is_participle(toks[first_verb + 1].text, language)  # "have complained"
            and is_participle(rest[verb].text, language)
        ):
            return _NO_CLAUSE  # "has a bridge and a mill opened in 1902": a second object
        around = {t.low for t in rest[max(0, verb - 2) : verb + 2]}
        if around & _OBJECT_PRONOUNS[language]:
            return _NO_CLAUSE  # "e la giunta lo ha presentato": what, out of the first clause?
        return k + 1
    return None


# An indefinite article after "and" and a verb of having: "has a bridge and a mill opened in
# 1902" joins two objects, the participle the mill's ("When did a mill open?" asks of which?).
_INDEFINITE_SUBJECTS = frozenset("a an un uno una un’".split())
_HAVING = frozenset(
    """has have had includes include included boasts boast ha hanno aveva avevano comprende
    comprendono conta contano""".split()
)


# Italian chains whose subject may follow them ("È stata inaugurata venerdì la mostra X"): a
# form of essere (or venire, restare) before a participle, a verb with "si", or a verb that
# takes essere ("Nacque nel 1928 il cantautore X"). With "ha" the noun after is the object.
_ESSERE_FORMS = frozenset(
    """è sono fu furono era erano sarà saranno sarebbe sarebbero venne vennero viene vengono
    verrà verranno resta restano resterà resteranno rimane rimangono rimarrà rimarranno""".split()
)


# Words after which an article opens no subject: a preposition's object, a list's item.
_NO_SUBJECT_AFTER = _BARE_PREPOSITIONS | frozenset("e ed o né".split())


# Participles of verbs of opening and closing, which take "avere" with a subject after them as
# well as with an object: "ha aperto al pubblico la Casa della Comunità".
_OPENED = frozenset(
    "aperto riaperto chiuso richiuso iniziato cominciato ricominciato terminato".split()
)


# A dateline that opens a paragraph's first sentence in small letters (one in capitals is no
# part of the text: blocks.py drops it): a place, its province in brackets, a date after a
# comma, and a dash: "Siracusa – ", "Pozzuoli (Napoli) – ", "Bergamo, 16 novembre 2026 – ".
_DATELINE = re.compile(
    r"[A-ZÀ-Ý][\w’']+(?:\s[A-ZÀ-Ý][\w’']+){0,2}(?:\s\([^()]{2,20}\))?(?:,[^–—,]{3,30})?"
    r"\s[–—]\s+(?=[A-ZÀ-Ý])"
)


def _dateline_end(s: Sentence) -> int:
    """Where the clause after a dateline starts in the first sentence of a paragraph
    ('Siracusa – | La Polisportiva ...'); 0 with no dateline."""
    if (
        s.position != 0
        or s.entry is not None
        or "– " not in s.text[:70]
        and "— " not in s.text[:70]
    ):
        return 0
    m = _DATELINE.match(s.text)
    return m.end() if m else 0


def _after_dateline(s: Sentence, span: DateSpan, cut: int) -> tuple[Sentence, DateSpan] | None:
    """The sentence without its dateline, which ends at `cut`, and the date span in it; None
    for the dateline's own date (the day of the report, no event's)."""
    if not cut or span.start < cut:
        return None
    moved = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return replace(s, text=s.text[cut:]), moved


# A day told by its place in time, then by its date between commas: "presentato ieri, giovedì
# 13 marzo, nella sala ...", "approved yesterday, Tuesday 4 March, by ...".
_RELATIVE_DAY_BEFORE = {
    "it": re.compile(r"\s(?:ieri|oggi|domani|stamattina|stamani|stasera),\s*$", re.IGNORECASE),
    "en": re.compile(r"\s(?:yesterday|today|tomorrow)(?:\s(?:morning|afternoon|evening))?,\s*$"),
}


def without_relative_day(
    s: Sentence, span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The sentence with the day word and the commas around the date that says it gone ('È
    stato presentato ieri, giovedì 13 marzo, nella sala ...' -> 'È stato presentato giovedì 13
    marzo nella sala ...'), and the date span in it; None when the date is no such
    apposition."""
    text = s.text
    m = _RELATIVE_DAY_BEFORE[language].search(text, max(0, span.start - 30), span.start)
    if m is None or text[span.end : span.end + 1] != ",":
        return None
    cut = span.start - m.start() - 1  # the day word, its comma and the space, one space kept
    new = text[: m.start() + 1] + text[span.start : span.end] + text[span.end + 1 :]
    moved = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return replace(s, text=new), moved


# Words that open a phrase of place or circumstance besides the prepositions: "Sabato 14
# giugno, | davanti a una piazza piena, | ...", "On Saturday, | outside the town hall, | ...".
_ASIDE_OPENERS = {
    "it": frozenset("davanti accanto dentro fuori vicino sotto sopra presso durante".split()),
    "en": frozenset("outside inside near during before beside".split()),
}
_DATE_LEADS = frozenset(
    """lunedì martedì mercoledì giovedì venerdì sabato domenica monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
_LONGEST_ASIDE = 14  # tokens of a phrase set off after an opening date
_OPENING_DATE_WORDS = 2  # words before the date: "On", "Sabato", "On Saturday"


def without_opening_aside(
    s: Sentence, span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """The sentence without the phrase of place set off between commas after the date that
    opens it ('Sabato 14 giugno, nella fonderia di Agnone, sono stati versati ...' -> 'Sabato
    14 giugno sono stati versati ...'), and the date span in it; None for any other shape. The
    phrase opens with a preposition and holds no verb."""
    text = s.text
    head = text[: span.start].split()
    if len(head) > _OPENING_DATE_WORDS or any(
        w.lower() not in _DATE_LEADS and w.lower() not in PREPOSITIONS[language] for w in head
    ):
        return None  # "Fondata nel 1946, nell’immediato dopoguerra, ...": a participle's date
    if text[span.end : span.end + 2] != ", ":
        return None
    close = text.find(", ", span.end + 2)
    if close < 0:
        return None
    aside = tokens(text[span.end + 2 : close])
    rest = text[close + 2 :]
    if not aside or len(aside) > _LONGEST_ASIDE or len(rest.split()) < 3:
        return None
    first = aside[0].low
    if not (
        first in PREPOSITIONS[language] or first in ARTICULATED or first in _ASIDE_OPENERS[language]
    ):
        return None
    for t in aside:
        if t.text in _CLAUSE_STOPS or t.low in AUXILIARIES[language] or t.low in _AND:
            return None
        if t.text.islower() and (is_finite(t.text, language) or is_participle(t.text, language)):
            return None
    return replace(s, text=f"{text[: span.end]} {rest}"), span


# What opens an entry's clause with no subject of its own: "it", or an Italian verb.
_OPEN_PREPS = frozenset({"in", "on", "since", "from"})
# A second verb after "and", two participles in a row ("was declared eliminated"), a copula
# before a noun ("è stata Capitale della cultura insieme a ..."), or a participle whose noun the
# date could be ("per studiare la collezione appena acquistata"), an indefinite noun that may be
# the subject after its verb ("colpì la città un terremoto"): the date put last would attach
# to the wrong word.
_JOINED_OR_COPULA = {
    "en": re.compile(r"\s(?:and|or|but)\s|\b\w+ed\s\w+ed\b|\s(?:to|for)\s\w+\s"),
    "it": re.compile(
        r"\s(?:e|ed|o|ma)\s|\s(?:per|di|a)\s[a-z]+(?:are|ere|ire)\b|\s(?:un|uno|una)\s|\sun’"
        r"|^(?:è|era|fu|sono|erano|furono)(?:\sstat[oaie])?\s(?![a-zà-ù]+(?:at|ut|it)[oaie]\b)"
    ),
}
_ENTRY_CLAUSE_OPENERS = {"en": frozenset({"it"}), "it": frozenset({"si", "ci"})}


def entry_date_last(s: Sentence, span: DateSpan, language: str) -> tuple[Sentence, DateSpan] | None:
    """An entry's sentence that opens with its date and goes on with 'it' or, in Italian, its
    verb, with the date put last ('In 2009 it became a World Heritage Site.' -> 'It became a
    World Heritage Site in 2009.', 'Nel 1996 è diventato la prima Docg.' -> 'È diventato la
    prima Docg nel 1996.'), the clause the entry's rules ask; None for any other shape."""
    text = s.text
    head = text[: span.start].strip().lower()
    if s.entry is None or span.is_range or not (head in _OPEN_PREPS or not head and span.prep):
        return None
    rest = text[span.end :].lstrip(" ,")
    words = rest.split()
    if len(words) < 3 or not rest.endswith(".") or any(c in rest for c in ",;:("):
        return None  # one clause, nothing set off in it
    if _JOINED_OR_COPULA[language].search(rest):
        return None  # "fa parte del consorzio e trasporta ...": which verb's is the date?
    first = words[0].lower()
    if language == "en" and first not in _ENTRY_CLAUSE_OPENERS["en"]:
        return None
    if language == "it" and not (
        first in _ENTRY_CLAUSE_OPENERS["it"] or first in _ESSERE_FORMS or is_finite(first, "it")
    ):
        return None
    if find_dates(rest, language):
        return None  # another date: which one is the verb's?
    said = text[: span.end]
    new = f"{upper_first(rest[:-1])} {said[:1].lower()}{said[1:]}."
    # found again: "In 2009" said last is "in 2009", its preposition now the span's
    moved = next(
        (d for d in find_dates(new, language) if d.start >= len(rest) - 1 and d.answer),
        None,
    )
    if moved is None or moved.answer != span.answer:
        return None
    return replace(s, text=new), moved


def _after_verb_chain(toks: list[Token], k: int) -> int | None:
    """The end (exclusive) of an Italian verb chain at token `k` whose subject may follow it:
    'si è concluso', 'è stata inaugurata', 'resterà aperta', 'nacque', 'si terrà'."""
    reflexive = toks[k].low in {"si", "ci"}
    k += reflexive
    if k >= len(toks):
        return None
    verb = toks[k]
    if verb.low in _ESSERE_FORMS:
        k += 1
        if k < len(toks) and toks[k].low in {"stato", "stata", "stati", "state"}:
            k += 1
        if k < len(toks) and toks[k].low in _CHAIN_ADVERBS:
            k += 1
        if k < len(toks) and toks[k].text.islower() and is_participle(toks[k].text, "it"):
            return k + 1
        return None
    if verb.low in _AVERE_FORMS and k + 1 < len(toks) and toks[k + 1].low in _OPENED:
        return k + 2  # "ha riaperto al pubblico il museo": subject or object, the question
        # keeps the order and says the same
    if verb.low in AUXILIARIES["it"] or not is_finite(verb.text, "it"):
        return None  # "ha presentato il 3 maggio il piano": the noun is the object
    if reflexive or lemma(verb.low, "it") in ESSERE_VERBS:
        return k + 1
    return None


_INFINITIVE_ENDINGS = ("are", "ere", "ire", "rre")


def _infinitive_phrase(words: list[str], language: str) -> bool:
    """Whether words after a comma are a phrase built on an infinitive, with no verb of its own
    ('da spendere', 'to be spent'): a date after them is the infinitive's."""
    if not words:
        return False
    if language == "en":
        infinitive = words[0].lower() == "to"
    else:
        infinitive = any(
            w.endswith(_INFINITIVE_ENDINGS) and w.islower() and lemma(w, "it") == w for w in words
        )
    return infinitive and not any(
        w.lower() in AUXILIARIES[language] or (w.islower() and is_finite(w, language))
        for w in words
    )  # "che dovrà essere approvato": a clause with a verb of its own


def _opens_complement(word: str) -> bool:
    return word in _BARE_PREPOSITIONS or word in ARTICULATED


def _opens_with_verb(toks: list[Token]) -> bool:
    """Whether an Italian sentence opens with a verb ('È stata inaugurata', 'Si è concluso',
    'Vi nacque'): the first test of a subject after its verb."""
    if not toks or toks[0].low in ARTICLES["it"]:
        return False
    first = toks[0].low
    return first in _VERB_OPENERS or is_finite(first, "it")


_VERB_OPENERS = _ESSERE_FORMS | frozenset({"si", "ci", "vi"})


# Words that may follow "which"/"who" and are no verb.
_NOT_PRESENT = (
    STOPWORDS["en"]
    | _CHAIN_ADVERBS
    | frozenset("now still once then never always often soon again already".split())
)


def _english_present(word: str) -> bool:
    """Whether a word right after ', which' or ', who' is a verb in the present: any lowercase
    word there is the relative's verb, but for an adverb ('which now runs')."""
    return (
        word.isalpha() and word.islower() and word not in _NOT_PRESENT and not word.endswith("ly")
    )
