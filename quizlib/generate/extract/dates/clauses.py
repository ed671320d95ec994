"""Dates of a clause: the subject and verb group before or after the date asked with
'When'/'Quando', 'In what year', 'At what time', 'Since when', and a deadline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...candidate import Candidate
from ...chunks import (
    ADVERBIALS,
    POSSESSIVES,
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
    ESSERE_VERBS,
    LIST_CONJUNCTIONS,
    MONTH_WORDS,
    STOPWORDS,
    WHEN_WORDS,
)
from ...phrase import (
    IT_CLITICS,
    english_question_clause,
    italian_verb_last,
    of_phrase,
    render,
)
from ...text import fold, lower_first, squash, upper_first
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_verb_lemma,
    lemma,
    may_be_present,
)
from ..common import drop_titles
from ..subject import explicit_subject
from .grammar import (
    _AND,
    _BARE_PREPOSITIONS,
    _CLAUSE_PREPS,
    _COORDINATED,
    _COPULAS,
    _DATES_BACK,
    _FOCUS,
    _INDEFINITE,
    _MODALS,
    _OF_WORDS,
    _PLAIN_PREPS,
    _POSSESSIVES,
    _RELATIVE_SUBJECTS,
    _RELATIVES,
    _STOPS,
    _SUBORDINATE,
    _english_plural,
    _lower_initial,
    _participle,
    _specific,
)
from .italian import _IT_INFINITIVE
from .openings import _ESSERE_FORMS, _INFINITIVE_ENDINGS, _NO_SUBJECT_AFTER, _infinitive_phrase
from .phrases import (
    _AGENT_TAIL,
    _AVERE_FORMS,
    _CLAUSE_STOPS,
    _DETERMINERS,
    _EVENT_NOUNS,
    _EXPECTED,
    _HAVE_FORMS,
    _OF_ARTICLES,
    _OF_DATE,
    _SCHEDULE_PREPS,
    _SINCE_PREPS,
    _THEN,
    _TRAILING_AND,
    _agrees,
    _drop_parenthetical,
    _english_past,
    _first_conjunct,
    _is_adverb,
    _joins_a_verb,
    _last_conjunct,
    _noun_participle_question,
    _owned_by_entry,
    _participle_before,
    _scheduled_question,
    _verb_before_article,
)
from .relatives import _base_of_present, _ordinal_definite
from .spans import (
    _CHAIN,
    _CHAIN_ADVERBS,
    _CLAUSE_END,
    _LEAD,
    _THAT_NEXT,
    _VERB_CHAIN,
    _WITH,
    DateSpan,
)


def _date_first_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """In an entry, an Italian sentence that opens with its date and then its verb is about the
    entry: 'Nel 1822 annunciò la decifrazione dei geroglifici, ottenuta ...' -> 'Quando
    Champollion annunciò la decifrazione dei geroglifici?'. Only a verb whose noun after it is
    its object (not 'Nel 1990 arrivò il tram', not 'si tenne il congresso')."""
    if s.entry is None or at != 0 or span.is_range or span.prep not in _PLAIN_PREPS:
        return None
    k = index_at(toks, span.end)
    k += k < len(toks) and toks[k].text == ","
    if k + 1 >= len(toks):
        return None
    verb = toks[k]
    if verb.low in _AVERE_FORMS and is_participle(toks[k + 1].text, "it"):
        end = k + 2
    elif verb.low in AUXILIARIES["it"] or verb.low in {"si", "ci", "vi", "ne"}:
        return None
    elif is_finite(verb.text, "it") and lemma(verb.low, "it") not in ESSERE_VERBS:
        end = k + 1
    else:
        return None
    j, nouns, quoted = end, 0, False
    while j < len(toks):
        t = toks[j]
        if t.text in '“”«»"':
            quoted = t.text in "“«" or (t.text == '"' and not quoted)
        if t.text in _CLAUSE_STOPS or t.low in _SUBORDINATE or _joins_a_verb(toks, j, "it", True):
            break  # quotes go on: 'con “La grande bellezza”'

        if not quoted and t.low in ARTICLES["it"] and toks[j - 1].low not in _NO_SUBJECT_AFTER:
            nouns += 1  # "colpì la città un terremoto": a subject after the object
        if t.low in _POSSESSIVES or nouns > 1 or j - k > 16:
            return None
        j += 1
    if toks[j - 1].low in _BARE_PREPOSITIONS or toks[j - 1].low in ARTICULATED:
        return None  # cut short
    clause = s.text[verb.start : toks[j - 1].end]
    if clause.count("“") != clause.count("”") or clause.count("«") != clause.count("»"):
        return None
    return render("it", "date_clause", clause=f"{lower_first(s.entry.phrase)} {clause}")


_THERE = {"it": frozenset({"vi", "lì", "là"}), "en": frozenset({"there"})}


_THERE_IN = {
    "it": re.compile(r"\s(?:vi|lì|là)\s"),
    "en": re.compile(r"\sthere\b"),
}


def _without_there(clause: str, language: str) -> str | None:
    """'the seat of government moved there from Bonn' -> '... moved from Bonn': the place said
    before is not in the question, which stays true. With no complement left ('lived there')
    the question would change its meaning: None."""
    toks = tokens(clause)
    verb = main_verb(toks, language)
    if verb is None:
        return None
    for k, t in enumerate(toks):
        if k == 0 or t.low not in _THERE[language]:
            continue
        after = toks[max(k, verb) + 1 :]
        if not any(x.low in PREPOSITIONS[language] or x.low in ARTICULATED for x in after):
            return None
        return squash(clause[: t.start] + clause[t.end :])
    return clause


_PLACE_KINDS = frozenset({"city", "country", "region"})


_MOTION_THERE = re.compile(
    r"\b(?:moved|relocated|transferred|returned|came|went|emigrated|travelled|traveled)"
    r"\s+there\b"
)


def _there_as_entry(clause: str, s: Sentence, language: str) -> str | None:
    """In the entry of a place, 'moved there' is 'moved to <the place>': 'the seat of
    government moved there from Bonn' -> 'the seat of government moved to Berlin from Bonn'."""
    if language != "en" or s.entry is None or s.entry.kind not in _PLACE_KINDS:
        return None
    m = _MOTION_THERE.search(clause)
    if m is None:
        return None
    said = m.group(0)[: -len("there")]
    return f"{clause[: m.start()]}{said}to {s.entry.name}{clause[m.end() :]}"


def _as_planned(word: str, language: str) -> bool:
    """Whether 'as'/'come' before `word` says how it went ('as planned', 'come previsto'), not
    what the date was ('as the deadline', 'come termine')."""
    low = word.lower()
    return is_participle(low, language) or (language == "it" and low.endswith(("sto", "so")))


_AS_WHAT = re.compile(r",?\s+(?:as|come)\s+(\w+)")


_QUOTED = re.compile(r"“([^”]*)”")


# A subject, then the person it is in apposition, maybe with an age, then the verb: "Il legale
# rappresentante della società, Davide Colombo, 52 anni, è detenuto ..."
_NAMED_APPOSITION = re.compile(
    r"^[^,]{3,80},\s+(?P<name>(?:[A-ZÀ-Ý][\w’'-]+\s+){1,3}[A-ZÀ-Ý][\w’'-]+),\s+"
    r"(?:\d{1,3}(?:\s+anni|\s+years?\s+old)?,\s+)?(?=[a-zàèéìòù])"
)


def _named_subject(clause: str, language: str) -> str:
    """'Il legale rappresentante della società, Davide Colombo, 52 anni, è detenuto ...' ->
    'Davide Colombo è detenuto ...': the person named after the subject is who the question
    asks about; the office and the age between commas say nothing the question needs."""
    m = _NAMED_APPOSITION.match(clause)
    if m is None:
        return clause
    rest = clause[m.end() :]
    words = rest.split(None, 2)
    verb = words[1] if words[0] in {"si", "ci"} and len(words) > 1 else words[0]
    if verb not in AUXILIARIES[language] and not is_finite(verb, language):
        return clause
    return f"{m.group('name')} {rest}"


def _with_owner(clause: str, s: Sentence, language: str) -> str:
    """In an entry, 'le prime elezioni dirette si tennero' is about the entry: 'le prime
    elezioni dirette del Parlamento europeo si tennero'."""
    assert s.entry is not None
    toks = tokens(clause)
    verb = _clause_verb(toks, language)  # "the first recorded race | took place"
    if verb == 1 and language == "en" and toks and _work_noun(toks[0].text):
        # "Construction began in 1968": the construction of the entry
        return f"{toks[0].low} of {lower_first(s.entry.phrase)} {clause[toks[1].start :]}"
    if verb is None or not toks or toks[0].low not in ARTICLES[language]:
        return clause
    subject = clause[: toks[verb].start].rstrip()
    while len(subject.split()) > 2 and subject.split()[-1].lower() in _BEFORE_VERB:
        subject = subject.rsplit(None, 1)[0]  # "the station | first generated": the verb's
    if any(fold(n) in fold(subject) for n in s.entry.names) or not subject.split()[-1].islower():
        return clause
    if (
        "’s " in subject
        or "'s " in subject
        or subject.split()[-1].lower() in LIST_CONJUNCTIONS[language]
    ):
        return clause  # "the council’s secretariat": owned already; "X and": no whole subject
    if any(w[:1].isupper() for w in subject.split()[1:]):
        return clause  # "The Prices Surveillance Authority": a name, no part of the entry
    if len(subject.split()) == 2 and f" {fold(subject.split()[1])} " in f" {fold(s.entry.name)} ":
        # "The wall was inscribed ..." in the entry "Hadrian's Wall": the wall is the entry.
        return f"{lower_first(s.entry.phrase)} {clause[len(subject) :].lstrip()}"
    if toks[verb - 1].low in {"si", "ci"}:
        subject = clause[: toks[verb - 1].start].rstrip()
    if subject.split()[-1].lower() in _PUBLIC_BODIES and s.entry.kind not in _PLACE_KINDS:
        return clause  # "The government sold its stake" in a bank's entry: no bank's government
    owner = lower_first(s.entry.phrase)
    if _common_phrase(owner, language):
        owner = owner[:1].lower() + owner[1:]  # "the first race up the hill of fell running"
    owner = of_phrase(owner, language) if language == "it" else f"of {owner}"
    return f"{subject} {owner} {clause[len(subject) :].lstrip()}"


def _work_noun(word: str) -> bool:
    """Whether the word opening a clause is an English noun of a work done, said without an
    article: 'construction', 'production', 'development', 'work' (a name keeps its capital)."""
    return word.islower() and (word in {"work", "works"} or word.endswith(("tion", "ment")))


# Adverbs between a subject and its verb: "the station | first generated electricity".
_BEFORE_VERB = frozenset(
    """first also then later now only still already finally originally eventually soon
    quickly officially formally""".split()
)


# Bodies a place has and a company or a person does not: "the government" of a bank's entry
# is the country's.
_PUBLIC_BODIES = frozenset(
    """government state parliament police army ministry governo stato parlamento polizia
    esercito ministero""".split()
)


# A participle with its agent after a noun of the complement: "con un nuovo allestimento del
# Nabucco firmato dal regista Tomás Ferrer", "with a new staging designed by ...". It tells of
# the noun, not of the date's event, and the question stops before it.
def _without_bare_noun(after: str, language: str) -> str:
    """'... a free lunch | under plans' (the participle and its agent gone): a noun with no
    article after a preposition says nothing once what qualified it goes."""
    words = after.split()
    if len(words) < 2:
        return after
    prep, noun = words[-2].lower(), words[-1]
    if prep not in PREPOSITIONS[language] or not noun.isalpha() or not noun.islower():
        return after
    return after[: after.rstrip().rfind(words[-2])].rstrip()


_NOUN_AGENT = {
    "it": re.compile(
        r"(?<=\w)\s+[a-zàèéìòù]+(?:at|it|ut)[oaie]\s+(?:da|dal|dallo|dalla|dai|dagli|dalle"
        r"|dall’)\s"
    ),
    "en": re.compile(r"(?<=\w)\s+[a-z]+ed\s+by\s"),
}


def _verb_at(toks: list[Token], offset: int, language: str) -> bool:
    """Whether the verb of the clause starts right at `offset`, after the date: 'The council
    on Monday | approved the plan', 'Il consiglio il 3 maggio | ha approvato il piano'."""
    k = index_at(toks, offset)
    if k >= len(toks):
        return False
    t = toks[k]
    return t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))


_INFINITIVE_MARKS = {"it": frozenset("a ad da di".split()), "en": frozenset({"to"})}


_CLITIC_ENDINGS = ("la", "lo", "li", "le", "ne", "si", "ci", "vi", "gli")


# An hour between commas right after the date: the date's clause goes on after it.
_HOUR_BETWEEN_COMMAS = {
    "it": re.compile(
        r",\s*(?:poco\s+)?(?:prima\s+|dopo\s+)?(?:le|alle|verso le|intorno alle)\s+"
        r"(?:ore\s+)?\d{1,2}(?:[.:]\d{2})?\s*,\s*"
    ),
    "en": re.compile(
        r",\s*(?:shortly\s+)?(?:before\s+|after\s+|at\s+|around\s+|about\s+)?\d{1,2}"
        r"(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*,\s*"
    ),
}


def _clause_comma(toks: list[Token], k: int) -> bool:
    """Whether token `k` is a comma of the clause, not one inside a name that lists capitalised
    words up to 'and' ('the Union of Rail, Maritime and Transport Workers')."""
    if toks[k].text != ",":
        return False
    if not (0 < k < len(toks) - 1 and toks[k - 1].text[:1].isupper()):
        return True
    j = k + 1
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    return not (
        j > k + 1 and j + 1 < len(toks) and toks[j].low in _AND and toks[j + 1].text[:1].isupper()
    )


def _infinitive_of_noun(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb found is an infinitive after its mark, as of a noun ('i primi vini a
    ottenerla', 'the first club to win it'): a clause of no tense."""
    if toks[verb - 1].low not in _INFINITIVE_MARKS[language]:
        return False
    word = toks[verb].low
    if language == "en" or word.endswith(_INFINITIVE_ENDINGS):
        return True
    for clitic in _CLITIC_ENDINGS:  # "ottenerla", "darne": the infinitive lost its last "e"
        if word.endswith(clitic) and word[: -len(clitic)].endswith(("ar", "er", "ir", "rr")):
            return True
    return False


# More words that make the participle after them a verb of the clause: an infinitive
# auxiliary ('potranno essere presentate', 'can be made') or a verb that takes a participle
# as its complement ('resterà chiuso'). After an article a participle's form is a noun:
# 'dalla giunta'.
_PARTICIPLE_CHAIN = _ESSERE_FORMS | frozenset("essere venire be get remain remains stay".split())


def _entry_owns_subject(
    clause: str, toks: list[Token], verb: int, s: Sentence, doc: Document
) -> tuple[str, int] | None:
    """In an entry, an Italian subject owned by 'suo'/'sua'/'suoi'/'sue' is the entry's: 'le
    sue rive furono teatro ...' -> 'le rive del lago Trasimeno furono teatro ...'; so is an
    English one that opens with 'its': 'Its settlement was passed into law' -> 'Te Kawerau
    ā Maki’s settlement was ...' ('his', 'her': whose, out of context?). The clause with the
    owner named, and how much longer it got; None for any other owner."""
    if s.entry is None or verb < 2:
        return None
    if doc.language == "en":
        owner = 0 if toks[0].low == "its" else None
    elif toks[0].low not in ARTICLES["it"] or toks[1].low not in POSSESSIVES["it"]:
        owner = None
    elif not s.entry.definite and " " in s.entry.phrase:
        owner = None  # "Lago Trasimeno" wants an article the entry does not give: "del lago"
    else:
        owner = 1
    if owner is None or any(t.low in _POSSESSIVES for t in toks[owner + 1 : verb]):
        return None
    subject = clause[: toks[verb - 1].end]
    owned = _owned_by_entry(subject, s, doc)
    if owned is None:
        return None
    return owned + clause[len(subject) :], len(owned) - len(subject)


# Words that give the date as an example of the clause, no time of it: "come nel 1669", "as in
# 2019", "like in 2010".
_EXAMPLE = frozenset("come as like".split())


_NOT = frozenset("not non".split())


_ROUGH_ADVERBS = {"it": frozenset(), "en": frozenset({"late", "early"})}


def _without_rough_adverb(before: str, language: str) -> str:
    """'met late' + 'on Monday' -> 'met': the adverb says roughly when in the day, with the
    date; a question without the date leaves it out."""
    words = before.rsplit(None, 1)
    if len(words) == 2 and words[1] in _ROUGH_ADVERBS[language]:
        return words[0].rstrip(" ,")
    return before


def _without_focus(before: str) -> str | None:
    """The words before a date without an adverb that singles the date out ('approvato
    soltanto' -> 'approvato'); None after 'not only', 'non solo': one date of more."""
    head, _, last = before.rpartition(" ")
    if last.lower() not in _FOCUS or " " not in head.strip():
        return before
    if head.rpartition(" ")[2].lower() in _NOT:
        return None
    return head.rstrip()


def _predicative_participle(words: list[str], language: str) -> bool:
    """Whether the participle that ends `words` is the predicate of a passive just before it,
    no noun's: 'La Cantina fu dichiarata | fallita', 'was declared | extinguished' is no 'la
    Legione istituita'; the clause is asked whole ('Quando fu dichiarata fallita la
    Cantina?'); so is one after 'as' ('has been listed as | endangered')."""
    if len(words) >= 4 and words[-2].lower() == "as":
        words = words[:-2] + words[-1:]
    if len(words) < 3:
        return False
    passive, chain = words[-2].lower(), words[-3].lower()
    return (
        is_participle(passive, language)
        and passive.isalpha()
        and (chain in _VERB_CHAIN or chain in _PARTICIPLE_CHAIN or chain in AUXILIARIES[language])
    )


# What stands before a participle that is an adjective of the noun after it: "the first
# franchised buses are expected", "its newly built stand was opened" (no verb of the clause).
_ATTRIBUTIVE_BEFORE = frozenset(
    "the a an its their his her our this these those first second third last next new".split()
)


_CLAUSE_BREAKS = frozenset(",;:()–—") | frozenset("that which who whose whom and but".split())


def _clause_verb(toks: list[Token], language: str) -> int | None:
    """The clause's main verb, but past an English participle between a determiner and its
    noun that the verb comes after ('The first franchised buses are expected' -> 'are', not
    'franchised': 'When did the first franchise buses are expected?'; 'The first recorded
    race up Ben Nevis took place' -> 'took')."""
    verb = main_verb(toks, language)
    if language == "en" and verb is None:
        return _modal_at(toks) or main_verb(toks, language, presents=True) or _present_last(toks)
    if language != "en" or verb is None or verb == 0 or verb + 2 >= len(toks):
        return verb
    if toks[verb - 1].low not in _ATTRIBUTIVE_BEFORE or not toks[verb + 1].text.islower():
        return verb
    if toks[verb + 1].low in STOPWORDS["en"] or not toks[verb].low.endswith("ed"):
        return verb
    for k in range(verb + 2, len(toks)):
        if toks[k].low in _CLAUSE_BREAKS:
            return verb
        if toks[k].low in AUXILIARIES["en"]:
            return k  # "are expected"
        after_noun = (
            toks[k - 1].low not in PREPOSITIONS["en"] and toks[k - 1].low not in ARTICLES["en"]
        )
        if after_noun and toks[k].text.islower() and is_finite(toks[k].text, "en"):
            return k  # "took place"; not "the hill of fell running"
    return verb


def _present_last(toks: list[Token]) -> int | None:
    """The index of an English present in -s that ends a clause after its subject, a noun with
    its article ('The museum | opens' of 'The museum opens on 1 March'): a verb with nothing
    after it, which main_verb does not take for one (it may be a plural noun)."""
    if len(toks) < 3 or toks[0].low not in {"the", "this"}:
        return None
    last = toks[-1]
    if not (last.text.isalpha() and last.text.islower() and may_be_present(last.text, "en")):
        return None
    if last.low in AUXILIARIES["en"] or not is_verb_lemma(lemma(last.low, "en")):
        return None
    if any(not t.text.isalpha() or t.low in _CLAUSE_BREAKS for t in toks[1:-1]):
        return None
    before = toks[-2]
    if before.low in STOPWORDS["en"] or before.low in PREPOSITIONS["en"]:
        return None
    return len(toks) - 1


def _modal_at(toks: list[Token]) -> int | None:
    """The first English modal followed by a lowercase word, the verb it goes with ('The line
    might | reopen'): where the clause's verb is when the lexicon knows neither word."""
    return next(
        (
            k
            for k in range(1, len(toks) - 1)
            if toks[k].low in _MODALS and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
        ),
        None,
    )


# Verbs that set a time for what their object says: the date is when the object is due, not
# when the verb happened ('Il progetto iniziale prevedeva l’apertura nel marzo 2025' asks
# 'Per quando ...?', not 'Quando il progetto iniziale prevedeva l’apertura?').
_PLANNING = {
    "it": frozenset("prevedere programmare pianificare".split()),
    "en": frozenset("plan envisage envision foresee project".split()),
}


def _plans(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb at `verb`, or the participle its auxiliary opens ('ha programmato'),
    is one of _PLANNING with an object, not an infinitive ('plans to open')."""
    if toks[verb].low in AUXILIARIES[language] and verb + 1 < len(toks):
        verb += 1
    if language == "en" and verb + 1 < len(toks) and toks[verb + 1].low == "to":
        return False  # "plans to open in 2028": the date is the opening's, asked with the plan
    return lemma(toks[verb].low, language) in _PLANNING[language]


_IT_STATE_COPULAS = frozenset("è sono era erano sarà saranno".split())


def _state_last(clause: str) -> str | None:
    """An Italian clause that ends on a copula and a state ('la seconda esercitazione è in
    programma') asked with the subject after it, as italian_verb_last does after a verb:
    'Quando è in programma la seconda esercitazione?'. None when it ends otherwise, or the
    subject is no plain one (a comma, a relative)."""
    toks = tokens(clause)
    if len(toks) < 4 or toks[-3].low not in _IT_STATE_COPULAS:
        return None
    if not _state_phrase(toks[-2:], "it"):
        return None
    subject = toks[:-3]
    if any(
        t.text in _STOPS or t.low in {"che", "cui"} or t.low in _IT_STATE_COPULAS for t in subject
    ):
        return None
    if main_verb(subject, "it") is not None:
        return None
    return f"{clause[toks[-3].start :]} {clause[: toks[-3].start].strip()}"


# "Also"/"anche" after the subject points at something the sentence before said: the card
# shows one sentence ("Since when has the array also paid ...?", "Da quando il granchio blu ha
# anche un indirizzo ...?"). Not "anche se", a clause of its own.
_ALSO = {
    "it": re.compile(r"(?<=\S)\s+anche(?=\s+(?!se\b))"),
    "en": re.compile(r"(?<=\S)\s+also(?=\s)"),
}


def _without_also(clause: str, language: str) -> str:
    return _ALSO[language].sub("", clause, count=1)


def _common_phrase(name: str, language: str) -> bool:
    """Whether an entry's name is a common phrase in sentence case ('Bus franchising'): its
    words after the first are in small letters and the first is a plain word ('Bee Network',
    'ANAC', 'Lithium' keep theirs: one word alone may be a name). Italian headings write names
    so too ('Codice della protezione civile'): English only."""
    words = name.split()
    return (
        language == "en"
        and len(words) >= 2
        and words[0][1:].islower()
        and all(w.islower() for w in words[1:])
    )


def _entry_case(clause: str, s: Sentence, language: str) -> str:
    """A clause opening with the entry's name as its heading writes it, in small letters when
    the name is a common phrase ('When was bus franchising introduced ...?')."""
    name = s.entry.phrase if s.entry is not None else ""
    if not clause.startswith(name) or not _common_phrase(name, language):
        return clause
    return clause[:1].lower() + clause[1:]


# An acronym in brackets after the name it stands for: "the Department for Infrastructure
# (DfI) banned ...", "la Lega italiana protezione uccelli (Lipu) ha ...". It ends no clause;
# the question goes without it.
_BRACKETED_ACRONYM = re.compile(r"(?<=\w)\s\([A-Z][A-Za-z&]{1,9}\)(?=[\s,.;:])")


# A word before a year that makes it rough, which the date's answer leaves out; and the
# dashes that open an aside.
_ROUGHLY = frozenset("around about circa c. approximately roughly intorno verso".split())


_ASIDE_DASHES = (" — ", " – ")


# "The last time the doors stood open, in January 2020, nobody imagined ...": a clause of
# time, no subject ("When did the last time the doors stand open?").
_TIME_CLAUSE = re.compile(
    r"(?:the|l’|la) (?:last|first|next|only|ultima|prima|unica) (?:time|volta)\b", re.IGNORECASE
)


# An apposition set off after a subordinate clause's subject, its verb after it: ", Humberside
# Building Group, went into administration". Cut at the first comma, the clause would lose its
# verb ("When did work stop after the original contractor?"): it goes whole.
_VERB_PAST_APPOSITION = re.compile(r",\s+[^,;:()]{1,60},\s+(?P<verb>[a-z]+)\b")


_SUBORDINATORS = {
    "it": frozenset("dopo prima quando mentre perché finché".split()),
    "en": frozenset("after before when while because until since once".split()),
}


def _before_subordinator(after: str, language: str) -> str:
    """The words after a date up to a subordinator that opens a clause there ('for nine months
    in 2023 | after the original contractor'); all of them when there is none."""
    words = after.split(" ")
    for k, word in enumerate(words):
        if word.lower() in _SUBORDINATORS[language]:
            return " ".join(words[:k])
    return after


_INSTRUMENT = frozenset("con col mediante by under with".split())


def _instrument_of_verb(toks: list[Token], language: str) -> bool:
    """Whether the noun a date is 'of' names the means the verb was done by, right after it
    with no verb of its own between ('furono istituiti con la legge n. 1034 del 6 dicembre
    1971', 'was fixed at nine by the Judiciary Act of 1869'): that noun's date is the verb's.
    Otherwise ('rientra nel programma avviato con un decreto del 2020') it is the noun's only."""
    verb = main_verb(toks, language)
    if verb is None:
        return False
    end = verb + 1
    while end < len(toks) and (toks[end].low in _CHAIN or is_participle(toks[end].text, language)):
        end += 1
    rest = toks[end:]
    if not any(t.low in _INSTRUMENT for t in rest):
        return False
    return not any(
        t.text.islower() and (is_participle(t.text, language) or is_finite(t.text, language))
        for t in rest
    )


def _noun_in_state(words: list[str], language: str) -> bool:
    """Whether `words` end on a noun and a bare 'in' phrase of a state ('gli spazi in uso',
    'the rooms in use'): a date after it says since when the noun is so, not when the verb
    did anything. A verb before 'in' keeps the date ('gioca in casa', 'è entrato in
    funzione')."""
    if len(words) < 4 or words[-2].lower() != "in" or not words[-1].isalpha():
        return False
    noun = words[-3]
    if not words[-1].islower() or not noun.isalpha() or not noun.islower():
        return False
    low = noun.lower()
    if low in _CHAIN or low in _PARTICIPLE_CHAIN or low in AUXILIARIES[language]:
        return False
    if language == "it" and _IT_INFINITIVE.search(low):
        return False  # "dovrebbe entrare in funzione entro ..."
    return not (is_finite(noun, language) or _participle(noun, language) or _is_adverb(low))


def _participle_before_place(toks: list[Token], language: str) -> int | None:
    """_participle_before at the end of `toks`, with a name allowed in the complement after its
    preposition ('introdotti in Italia', 'restored in Florence')."""
    p = _participle_before(toks, len(toks), language)
    k = len(toks) - 1
    while p is None and k > 1 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k -= 1  # "in Italia", "a San Marino": the name goes, its preposition stays
        if toks[k].low in PREPOSITIONS[language] or toks[k].low in ARTICULATED:
            p = _participle_before(toks, k, language)
            break
    return p


def _noun_participle_end(before: str, language: str) -> int | None:
    """Where a participle ends that follows a noun after the main verb and a short complement
    of it comes between it and the date ('i nuovi farmaci introdotti | in Italia | nel 2016',
    'sensors installed | in the spring of'): the date is that participle's. None otherwise."""
    toks = tokens(before)
    p = _participle_before_place(toks, language)
    if p is None or p >= len(toks) - 1 or p < 2:
        return None
    if all(
        t.low in PREPOSITIONS[language] or t.low in ARTICULATED or t.low in _CLAUSE_PREPS
        for t in toks[p + 1 :]
    ):
        return None  # "convocata per | il 14 aprile": the date's own preposition, no complement
    previous = toks[p - 1].low
    if previous in _CHAIN or previous in _PARTICIPLE_CHAIN or previous in ARTICLES[language]:
        return None
    if previous == "as":
        return None  # "classed as | threatened under ...": the predicate, no noun's participle
    if previous in _AND or toks[p].low in _EXPECTED:
        return None  # "... and adopted its name", "un convegno previsto a Reggio": the verb's
    opener = toks[p + 1].low
    if opener not in PREPOSITIONS[language] and opener not in ARTICULATED:
        return None  # "adopted | its current name": an object, a verb's past
    if previous in ARTICULATED or previous.endswith(("’", "'")) or not toks[p - 1].text.isalpha():
        return None
    verb = main_verb(toks, language)
    if verb is None or verb >= p - 1:
        return None
    return toks[p].end


_FARTHEST_NOUN_PARTICIPLE = 9  # tokens from a noun's participle to the date


# The sitting a deed was done at, told by its date: "ha approvato il progetto | nella seduta di
# | mercoledì 26 novembre" is when it approved it.
_MEETING_OF = re.compile(
    r"\s+(?:nella|durante\sla|nel\scorso\sdella)\s+"
    r"(?:seduta|riunione|udienza|assemblea|sessione)(?:\s+[a-zà-ù]+)?\s+di$"
)


def _noun_participle_far(before: str, language: str) -> bool:
    """Whether a participle that follows a noun after the main verb, with a complement longer
    than _noun_participle_end reads, comes right before the date ('realigned to avoid a
    housing estate built | on the old route | in 1985'): the date may be the participle's, so
    asking it of the main verb may be wrong."""
    toks = tokens(before)
    verb = main_verb(toks, language)
    if verb is None:
        return False
    for p in range(max(verb + 2, len(toks) - _FARTHEST_NOUN_PARTICIPLE), len(toks) - 1):
        t, previous = toks[p], toks[p - 1]
        if not (t.text.islower() and is_participle(t.text, language)) or t.low in _EXPECTED:
            continue  # "convocata per il 14 aprile": the date the noun is set for, asked so
        if not previous.text.isalpha() or not previous.text.islower():
            continue
        low = previous.low
        if low in _CHAIN or low in _PARTICIPLE_CHAIN or low in AUXILIARIES[language]:
            continue
        if low == "as":
            continue  # "listed as | endangered under ...": the predicate, no noun's participle
        if low in ARTICLES[language] or low in ARTICULATED or low in _AND or _is_adverb(low):
            continue  # "nella | seduta di": a noun after its article
        opener = toks[p + 1].low
        if opener not in PREPOSITIONS[language] and opener not in ARTICULATED:
            continue
        if not any(x.text in _STOPS for x in toks[p:]):
            return True
    return False


_AND_END = re.compile(r"\s(?:e|ed|and)$", re.IGNORECASE)


def _conjunct_after_date(before: str, after: str, language: str) -> tuple[str, str] | None:
    """A date set off by commas after 'and'/'e' is the next verb's, which shares the sentence's
    subject: 'The council has 40 members and, since 2015, has been led by a mayor' -> ('The
    council', ' has been led by a mayor'). None when no verb follows or the first clause has no
    plain subject."""
    rest = after.lstrip()[1:].strip()
    toks = tokens(rest)
    if not toks:
        return None
    first = toks[0]
    if not (
        first.low in AUXILIARIES[language]
        or first.low in IT_CLITICS
        or first.text.islower()
        and is_finite(first.text, language)
    ):
        return None
    btoks = tokens(before)
    verb = main_verb(btoks, language)
    if not verb:
        return None
    if btoks[verb - 1].low in IT_CLITICS:
        verb -= 1  # "il museo si trova ...": the clitic is the first verb's
    subject = before[: btoks[verb].start].strip()
    if not subject or any(t.text in _CLAUSE_STOPS for t in btoks[:verb]):
        return None
    return subject, f" {rest}"


# A common noun of a part and the name it is of, ending a phrase: "the eastern edge of
# Exeter", "la parte alta di Bergamo".
_PART_OF_A_NAME = re.compile(
    r"\b[a-zà-ù]+\s(?:of|di|del|della|dello|dei|degli|delle)\s(?:the\s)?"
    r"[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*$"
)


def _subject_participle(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the English verb at `verb`, which a main verb after the date follows, is a
    participle that ends a subject opened by 'the' ('The Orsini report | published'): its
    past form is the participle's, the main verb the one after."""
    last = toks[verb]
    return (
        language == "en"
        and verb == len(toks) - 1
        and verb >= 2
        and toks[0].low == "the"
        and last.text.islower()
        and is_participle(last.text, "en")
    )


_AGENT_NEXT = re.compile(r"\s*(?:by|da|dal|dallo|dalla|dall’|dai|dagli|dalle)\s")


def _set_off_participle_question(
    before: str, participle: str, span: DateSpan, doc: Document
) -> str | None:
    """The date of a participle set off after the noun it is said of: 'Its origins lie in
    the Dundee Technical Institute, founded' + 'in 1888' -> 'In what year was the Dundee
    Technical Institute founded?'. None when the noun before the comma is not one the
    article names (a name in it) or is itself an aside ('..., il più antico osservatorio,')."""
    head = before.rsplit(",", 1)[0]
    if head.rstrip().endswith(")") or not participle.islower():
        return None
    if _PART_OF_A_NAME.search(head):
        return None  # "on the eastern edge of Exeter, established": the edge's or the park's?
    return _noun_participle_question(f"{head} {participle}", span, doc)


_LONGEST_BARE_SUBJECT = 4  # words: "builders in the city"


def _bare_plural_subject(toks: list[Token], language: str) -> bool:
    """Whether a clause opens with a plural noun and no article, its verb a few words on:
    'builders will no longer be able to ...', 'i residenti potranno ...' (after a date that
    opens the sentence: 'From 1 January 2027, builders will ...')."""
    if len(toks) < 3 or not toks[0].text.isalpha() or not toks[0].text.islower():
        return False
    first = toks[0].low
    if len(first) < 4 or first in STOPWORDS[language] or first in IT_CLITICS:
        return False
    if is_finite(first, language) or is_participle(first, language):
        return False
    if not first.endswith("s" if language == "en" else ("i", "e")):
        return False
    verb = main_verb(toks, language)
    return verb is not None and 0 < verb <= _LONGEST_BARE_SUBJECT and toks[verb].text.islower()


# The complement of a noun that goes on after a date set off inside it: "al ritrovamento, nel
# 2023, | di una falda", "the discovery, in 2023, | of a spring".
_OF_AFTER_ASIDE = re.compile(r",\s+(?:(?:di|del|dello|della|dei|degli|delle|of)\s|d’|dell’)")


# Prepositions that join a complement to an English noun in -ing opening a subject:
# "Monitoring at the sites", "Fishing in the lough", "Building on the site".
_GERUND_COMPLEMENT = frozenset("at on of in for".split())


def _subject_first(toks: list[Token], language: str) -> bool:
    """Whether a clause opens with its subject (starts_with_subject), an English noun in -ing
    before another noun or a complement too: 'Planning permission was granted', 'Building work
    began', 'Monitoring at the sites has been extended' (not 'Speaking to reporters, ...',
    'Following the vote, ...': a phrase of its own)."""
    if starts_with_subject(toks, language):
        return True
    if language != "en" or len(toks) < 3 or not is_gerund(toks[0].text, language):
        return False
    noun = toks[1]
    joined = noun.low in _GERUND_COMPLEMENT  # "Monitoring at | the sites has been extended"
    if not joined and (
        not (noun.text.isalpha() and noun.text.islower()) or noun.low in STOPWORDS["en"]
    ):
        return False
    if not joined and (
        noun.low in PREPOSITIONS["en"] or is_finite(noun.text, "en") or noun.low.endswith("ly")
    ):
        return False
    verb = main_verb(toks, language, presents=True)
    return verb is not None and verb > 1 and all(t.text not in _STOPS for t in toks[:verb])


def _clause_question(s: Sentence, span: DateSpan, doc: Document) -> str | None:
    language = doc.language
    text = s.text
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    named = 0  # the length of the entry's name when it replaces "It", "The city", "Crebbe"
    if s.entry is not None:
        # "It entered into force on ...": in an entry, the pronoun is the entry.
        explicit = explicit_subject(text, s, language)
        if explicit != text:
            shift = len(explicit) - len(text)
            named = len(s.entry.phrase)
            text = explicit
            span = replace(
                span,
                start=span.start + shift,
                value_start=span.value_start + shift,
                end=span.end + shift,
            )
            first = ""
    opens_pp = first in PREPOSITIONS[language] or first in ARTICULATED
    if first in ADVERBIALS[language] or opens_pp and span.start > 12:
        return None  # opens with an adverbial: no clean subject to ask about
    if span.prep in _OF_DATE and any(
        t.low in _EVENT_NOUNS for t in tokens(text[: span.start])[-4:]
    ):
        return None  # "ricordano l’alluvione del 1966": the date is the event's, not the verb's
    if (
        span.prep in _OF_DATE
        and text[span.start : span.value_start].strip().lower() == span.prep  # no "mezzanotte del"
        and not _instrument_of_verb(tokens(text[: span.start]), language)
    ):
        return None  # "il concerto del 18 dicembre sarà affidato": the noun's date, not the verb's
    if span.start > 12:
        toks = tokens(text)  # cached: cheap checks before building the clause
        at = index_at(toks, span.start)
        if not _subject_first(toks, language):
            return None
        if (
            main_verb(toks, language, stop=at, presents=language == "en") is None
            and (language != "en" or _modal_at(toks[:at]) is None)
            and ("," in text[: span.start] or not _verb_at(toks, span.end, language))
        ):
            return None  # the verb after the date needs a plain subject before it
    if text[: span.start].rstrip().endswith(",") and _OF_AFTER_ASIDE.match(text, span.end):
        return None  # "al ritrovamento, nel 2023, di una falda": the noun's date, set off
    lead = _LEAD.match(text[: span.start])
    leading = lead is not None and text[span.end : span.end + 1] == ","
    if leading:
        before, after = "", text[span.end + 1 :].strip()
    else:
        before, after = text[: span.start].rstrip(" ,"), text[span.end :]
        before = _unreported(before, language)
        if _ends_in_clause_of_its_own(before, language):
            return None  # "... comes 47 years after | the program began in 1978": that clause's
        focused = _without_focus(before)
        if focused is None:
            return None  # "not only in 2009 but ...": the date is one of more
        before = _without_rough_adverb(focused, language)
        if _reports_clause(before, language):
            return None  # "... and said the total had passed €62,000 | by Thursday": whose?
        if _AND_END.search(before) and after.lstrip().startswith(","):
            shared = _conjunct_after_date(before, after, language)
            if shared is None:
                return None  # "... and, since 2019, it has opened": a clause of its own
            before, after = shared
        if before.split()[-1:] and before.split()[-1].lower() in _ROUGHLY:
            return None  # "in around 1191": the answer would leave "around" in the question
        if language == "en" and _noun_gerund(before.split()):
            return None  # "from donors and a public appeal launching in April": the appeal's
        if sum(before.count(dash) for dash in _ASIDE_DASHES) % 2:
            return None  # "its ban — a prohibition placed on the forest in 2017 —": the aside's
        as_what = _AS_WHAT.match(after) if span.prep in {"", "il", "l’"} else None
        if as_what and not _as_planned(as_what.group(1), language):
            # "has set Monday, November 4, as the deadline": the date is the object (but "il 4
            # novembre, come previsto" is when it happened)
            return None
        if _THAT_NEXT.match(after) and before:
            said = before.rsplit(None, 1)[-1]
            if is_finite(said, language) or is_participle(said, language):
                return None  # "ha detto martedì che ...": what was said is the verb's object
        hour = _HOUR_BETWEEN_COMMAS[language].match(after)
        if hour is not None:  # "sabato 12 luglio, poco dopo le 17, sulle colline ...": the
            after = " " + after[hour.end() :]  # complement goes on after the hour
        after = _BRACKETED_ACRONYM.sub("", after)  # "the Department for Infrastructure (DfI)"
        cut = _CLAUSE_END.search(after)
        verb_past = _VERB_PAST_APPOSITION.match(after, cut.start()) if cut else None
        if cut is not None and verb_past and is_finite(verb_past.group("verb"), language):
            after = _before_subordinator(after[: cut.start()], language)
        else:
            after = after[: cut.start()] if cut else after
        if after.split()[-1:] and after.split()[-1].lower() in _SUBORDINATORS[language]:
            after = " ".join(after.split()[:-1])  # "dopo | che la ditta ...": cut at "che"
        if after.split()[-1:] and after.split()[-1].lower() in _COORDINATORS:
            after = " ".join(after.split()[:-1])  # "in 1836 | and, since 2014, ...": the next
        next_word = after.split(None, 1)[0] if after.strip() else ""
        if next_word.islower() and is_finite(next_word, language):
            btoks = tokens(before)
            verb = main_verb(btoks, language)
            if verb is not None and _subject_participle(btoks, verb, language):
                # "The Orsini report published in 2021 found ...": the subject's participle
                return _noun_participle_question(before, span, doc)
            if verb is not None:
                return None  # "A survey carried out on Tuesday found ...": two verbs, whose date?
        if "," in before:
            segment = before.rsplit(",", 1)[1].split()
            if segment and segment[0].lower() in ARTICLES[language]:
                return None  # ", a UNESCO site since 2000": the date is the apposition's
            if (
                segment
                and segment[0].lower() in _WITH
                and not text[: span.start].rstrip().endswith(",")
            ):
                return None  # ", with the first results expected in 2027": the results'
            if _infinitive_phrase(segment, language):
                return None  # "il piano vale 190 miliardi, da spendere entro il 2026"
            if len(segment) == 1 and is_participle(segment[0], language):
                # "..., the Dundee Technical Institute, founded in 1888": the date is the
                # noun's before the comma, asked of it when it is a named one
                if _AGENT_NEXT.match(after):
                    return None  # "..., fondato nel 1801 da un gruppo di nobili": not asked
                return _set_off_participle_question(before, segment[0], span, doc)
            while len(segment) > 1 and segment[0].lower() in _THEN:
                segment = segment[1:]  # ", poi rifondata come Neapolis nel 470 a.C.": the same
            if language == "it" and segment and _participle(segment[0], language):
                # "la legge Rossi, entrata in vigore nel 2025": the phrase's (an English past
                # is a participle in form: "Orla Keane, 34, entered the water")
                return None
            if (
                language == "en"
                and segment
                and segment[0].islower()
                and is_participle(segment[0], language)
                and main_verb(tokens(before.rsplit(",", 1)[0]), language) is not None
            ):
                return None  # "is caused by the Hendra virus, identified in 1994": the virus's
        words = before.split()
        if _noun_phrasal_participle(words, language):
            return None  # "grew from a laboratory set up | in 1902": the laboratory's date
        if len(words) >= 2 and is_participle(words[-1], language) and words[-1].islower():
            previous = words[-2].lower().strip(",")
            if previous in ARTICULATED and language == "it":
                return None  # "estendere il test ai nati nel 1968": a cohort, the noun's date
            if (
                previous not in _CHAIN
                and previous not in _PARTICIPLE_CHAIN
                and previous not in ARTICLES[language]
                and previous not in ARTICULATED
                and not previous.endswith(("’", "'"))
                and not _predicative_participle(words, language)
            ):
                # "la Legione istituita nel 1774": the date is the noun's, asked about it.
                past = _english_past(before, text[span.end :], language)
                return past or _noun_participle_question(before, span, doc)
        if _noun_in_state(before.split(), language):
            return None  # "sostituisce gli spazi in uso dal 1987": how long the rooms were in use
        noun_participle = _noun_participle_end(before, language)
        if noun_participle is not None:
            # "usano i farmaci introdotti in Italia nel 2016": the participle's date, with a
            # complement between them
            return _noun_participle_question(before[:noun_participle], span, doc)
        if _noun_participle_far(before, language):
            return None  # "to avoid a housing estate built on the old route | in 1985"
        agent = _AGENT_TAIL[language].search(before)
        head = before[: agent.start()].split() if agent else []
        if (
            agent
            and is_participle(head[-1], language)
            and not (len(head) > 1 and head[-2].lower() in _CHAIN)
        ):
            # "la decisione emessa dal Tribunale il 9 febbraio": the same, with its agent
            return _noun_participle_question(before[: agent.start()], span, doc)
        before = _TRAILING_AND.sub("", before)  # "... d’arte e, dal 1980, ...": cut at "e"
        before = _MEETING_OF.sub("", before)  # "ha approvato | nella seduta di | mercoledì 26"
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last in _EXAMPLE:
            return None  # "hanno raggiunto i centri abitati, come nel 1669": one time of more
        if (last in PREPOSITIONS[language] or last in _CLAUSE_PREPS) and not _particle_last(
            before, span, language
        ):
            # "convocata per il 2 luglio": the date is not when it happened, but when it is due.
            return _scheduled_question(before, doc) if last in _SCHEDULE_PREPS else None
        if _COORDINATED.match(after):
            after = ""
        after = _first_conjunct(after, language)
        agent = _NOUN_AGENT[language].search(after)
        if agent is not None and after[: agent.start()].rsplit(None, 1)[-1].lower() not in _CHAIN:
            after = after[: agent.start()]  # "... del Nabucco firmato dal regista X": the noun's
            after = _without_bare_noun(after, language)
        if last in _DATES_BACK and not after.strip():
            subject = before.rsplit(None, 1)[0] if " " in before.strip() else ""
            subject = _lower_initial(subject, doc)
            if s.entry is not None and fold(s.entry.name) not in fold(subject):
                subject = f"{subject} {of_phrase(lower_first(s.entry.phrase), language)}"
            if any(mark in subject for mark in ":;") or subject.endswith(","):
                return None  # "Critiche ...: l’ultimo intervento, nel quartiere ..., risale"
            if subject and language == "it":
                return render("it", "date_noun", verb=last, np=lower_first(subject))
    conjunct = _last_conjunct(before, language, named)
    if conjunct is None:
        return None
    before = conjunct
    clause = squash(f"{before} {after}").rstrip(" .!?")
    if not clause or any(len(q.split()) > 5 for q in _QUOTED.findall(clause)):
        return None  # a quotation is not a clause to ask about; a short title is fine
    if clause.count(", ") > 1:
        clause = _named_subject(clause, language)
    clause = _drop_parenthetical(clause, language)
    clause = _ordinal_definite(clause)
    # A quotation left after the asides go is no clause to ask about ("The Corsair, which was
    # damaged in the "Cod War", is due to return ..." asks without the aside)
    if clause.count("“") != clause.count("”") or '"' in clause:
        return None
    if ": " in clause[: len(before)]:
        return None  # "L’annuncio è arrivato: la produzione cesserà entro ...": two clauses
    if ": «" in clause or ": “" in clause:
        return None  # "I ricercatori: «Entro il 2060 potrebbe ...»": a quotation, no clause
    placed = False  # "there" said as the entry's name: the entry owns nothing more
    if _THERE_IN[language].search(clause):
        named_place = _there_as_entry(clause, s, language)
        placed = named_place is not None
        clause = named_place or _without_there(clause, language) or ""
    toks = tokens(clause)
    if _TIME_CLAUSE.match(clause) or not (
        _subject_first(toks, language) or leading and _bare_plural_subject(toks, language)
    ):
        return None
    verb = _clause_verb(toks, language)
    if verb is None or verb == 0 or any(_clause_comma(toks, k) for k in range(verb)):
        return None
    if language == "en" and any(
        toks[k - 1].low.endswith("s") and _verb_before_article(toks, k, language)
        for k in range(1, verb)
    ):
        return None  # "The plan mirrors the scheme introduced ...": a present in -s the lexicon
        # takes for a plural noun, and the participle after its object for the verb
    if _infinitive_of_noun(toks, verb, language):
        return None  # "I primi vini a ottenerla, nel 1980, furono ...": no verb of its own
    if any(
        t.low in _RELATIVES or t.low in _RELATIVE_SUBJECTS for t in toks[max(0, verb - 2) : verb]
    ):
        return None
    after_verb = verb + 1
    if after_verb + 1 < len(toks) and toks[after_verb].low in _CHAIN_ADVERBS:
        after_verb += 1  # "was finally opened"
    nxt = toks[after_verb].text if after_verb < len(toks) else ""
    if toks[verb].low in _COPULAS and not is_participle(nxt, language):
        since = (
            span.prep in _SINCE_PREPS
            and not span.is_range
            and _TO_END.match(text, span.end) is None  # "dal 1429 | alla morte": a span
        )
        predicate = _past_state_adverb(toks, after_verb)
        if not _copula_holds(toks, predicate, index_at(toks, len(before)), doc, since):
            return None
    chain_end = verb + 1
    while chain_end < len(toks) and toks[chain_end].low in _VERB_CHAIN:
        chain_end += 1
    if chain_end < len(toks) and toks[chain_end - 1].low in {"stato", "stata", "been"}:
        if toks[chain_end].low in ARTICLES[language] or toks[chain_end].low.endswith("’"):
            return None  # "è stato un egittologo, direttore ... dal 1894": a copula
    date_at = index_at(toks, len(before))
    if any(t.low in _POSSESSIVES for t in toks[:verb]):
        owned = _entry_owns_subject(clause, toks, verb, s, doc)
        if owned is None:
            return None  # "Le sue origini risalgono", "Its headquarters": whose, out of context?
        clause, shift = owned
        toks = tokens(clause)
        date_at = index_at(toks, len(before) + shift)
        verb = _clause_verb(toks, language) or verb
    if any(
        toks[k].low in _SUBORDINATE and toks[k - 1].low not in ARTICLES[language]
        for k in range(verb + 1, date_at)
    ):
        return None  # but "per la prima volta": after an article, "prima" is an adjective
    if _relative_before_date(toks, verb, date_at, language):
        return None  # "praised the volunteers who cleaned the beach on Sunday": the cleaning's
    clause = drop_titles(clause, doc)
    clause = _entry_case(clause, s, language) if named else _lower_initial(clause, doc)
    if named and s.entry is not None and fold(clause).count(fold(s.entry.phrase)) > 1:
        return None  # "It ... was renamed Tasmania in 1856": not "When was Tasmania renamed
        # Tasmania?", the entry had another name then
    if s.entry is not None and not placed:
        clause = _with_owner(clause, s, language)
    if len(tokens(clause)) > _LONGEST_CLAUSE:
        clause = _without_purpose(clause, language) or ""
        if not clause:
            return None
    clause = _without_also(clause, language)
    vtoks = tokens(clause)
    v = _clause_verb(vtoks, language)
    planned = v is not None and _plans(vtoks, v, language)
    if planned and span.prep not in _SINCE:  # "entro il 2030" asks "Entro quando ...?" still
        if language == "en":
            return None  # "When did the plan foresee the opening?": when the plan was made?
        question = render("it", "date_clause", clause=lower_first(clause))
        return f"Per {question[:1].lower()}{question[1:]}"
    if language == "it":
        clause = _state_last(lower_first(clause)) or italian_verb_last(lower_first(clause))
        return render("it", "date_clause", clause=clause)
    if v is None:
        return None
    words = clause.split()
    idx = next((k for k, w in enumerate(words) if w.strip(",") == vtoks[v].text), None)
    if idx is None:
        return None
    if words[0].lower() in _NO_SUBJECT_OPENERS:
        return None  # "Whether the compact allows ...": a question, no clause with a subject
    inverted = _modal_question(words, idx)
    if inverted is None:
        inverted = _have_question(words, idx, span.prep in _SINCE_PREPS)
    if inverted is None:
        inverted = _present_question(words, idx)
    if inverted is None:
        inverted = english_question_clause(words, idx)
    if not inverted:
        return None
    if s.entry is not None:
        # "When did the WHO declare it a pandemic?": in an entry, "it" is the entry.
        inverted = re.sub(r"(?<=\s)it(?=\s|$)", s.entry.name, inverted, count=1)
    return render("en", "date_clause", clause=inverted)


def _relative_before_date(toks: list[Token], verb: int, date_at: int, language: str) -> bool:
    """Whether a relative clause opens after the main verb and runs, with no comma, up to the
    date ('thanked the pupils who planted the trees | in May', 'ha premiato gli studenti che
    hanno piantato gli alberi | a maggio'): the date is the relative's verb's."""
    for k in range(verb + 1, date_at - 1):
        if toks[k].low not in _RELATIVE_SUBJECTS and toks[k].low not in _RELATIVES:
            continue
        nxt = toks[k + 1]
        if toks[k].low == "that" and not (
            nxt.low in AUXILIARIES[language] or nxt.text.islower() and is_finite(nxt.text, language)
        ):
            continue  # "that plan": a determiner
        if not any(t.text in _CLAUSE_STOPS for t in toks[k:date_at]):
            return True
    return False


# Adjectives after a copula that aim a verb at a time: "is due to open in 2027".
_AIMED = frozenset("due likely unlikely set poised scheduled expected".split())


def _copula_holds(
    toks: list[Token], predicate: int, date_at: int, doc: Document, since: bool = False
) -> bool:
    """Whether a copula's predicate before the date at token `date_at` can be asked with it:
    'is due to return to public view | in 2027' (a verb aimed at the date: 'When is the ship
    due to return to public view?') or a title, a name after the copula ('was the UK City of
    Culture | in 2017', 'fu Capitale europea della cultura'): 'When was Hull the UK City of
    Culture?'. A plain noun ('was a farmer in 1990') says no event, nor does a person's name
    ('The winner was Tom Lee in 2017'): an English title takes its article. A bare Italian
    noun of an office or a trade is a state held since the date ('è sindaco di Pavia | dal
    2019': 'Da quando Marco Rossi è sindaco di Pavia?')."""
    language = doc.language
    if _state_phrase(toks[predicate:date_at], language):
        return True
    if since and language == "it" and _bare_noun(toks[predicate], language):
        return True
    if predicate + 1 >= date_at:
        return False
    if language == "en" and toks[predicate].low in _AIMED and toks[predicate + 1].low == "to":
        # "due to | return ... | in 2027", the date in the aimed verb's own phrase (not "due
        # to begin next spring, with the first spirit running ... in 2027"); "due to the
        # strike" is a cause, no verb
        aimed = toks[predicate + 2].low
        if aimed != "be" and aimed in ARTICLES[language] | STOPWORDS[language]:
            return False  # but "due to be served": a passive
        return predicate + 2 < date_at and not any(
            t.text in _CLAUSE_STOPS or t.low.endswith("ing") for t in toks[predicate + 2 : date_at]
        )
    first = predicate + 1 if toks[predicate].low in ARTICLES[language] else predicate
    if toks[first].low in _INDEFINITE or first >= date_at or not toks[first].text[:1].isupper():
        return False
    if language == "en" and first == predicate:
        return False  # "was Tom Lee in 2017": a name, no title
    name = " ".join(t.text for t in toks[first:date_at])
    if doc.person(name) is not None:
        return False
    return all(
        t.text[:1].isupper() or t.low in _OF_WORDS or t.low in _OF_ARTICLES or t.low == "d’"
        for t in toks[first:date_at]
    )


# Adverbs between a copula and the state it puts its subject in again: "è | di nuovo |
# operativo", "sono | ancora | chiusi", "is | again | open".
_STATE_ADVERBS = {("di", "nuovo"), ("ancora",), ("nuovamente",), ("again",), ("still",)}


def _past_state_adverb(toks: list[Token], predicate: int) -> int:
    """The index of a copula's predicate at `predicate`, past an adverb of _STATE_ADVERBS
    before it ('è di nuovo | operativo dal 14 ottobre')."""
    for adverb in _STATE_ADVERBS:
        end = predicate + len(adverb)
        if end < len(toks) and tuple(t.low for t in toks[predicate:end]) == adverb:
            return end
    return predicate


# The other end of a time a since-phrase opens: "dal 1429 | alla morte", "since 2019 | until".
_TO_END = re.compile(r"\s+(?:a|al|alla|allo|all’|ai|alle|fino|to|until|till)\b", re.IGNORECASE)


def _bare_noun(tok: Token, language: str) -> bool:
    """Whether a word after a copula opens a noun with no article: a word in small letters,
    no function word, no verb ('sindaco', 'presidente'; not 'il', 'tra', 'stato')."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.low not in STOPWORDS[language]
        and tok.low not in _INDEFINITE
        and not is_participle(tok.text, language)
        and not is_finite(tok.text, language)
    )


# Prepositions of a state a copula puts its subject in: "è in programma", "è in vigore", "is
# on display", "has been in force".
_STATE_PREPS = {"it": frozenset({"in"}), "en": frozenset({"in", "on", "under"})}


def _state_phrase(predicate: list[Token], language: str) -> bool:
    """Whether a copula's predicate before a date is a state said by a preposition and a bare
    noun ('in programma', 'in vigore', 'on display', 'in force'): the date is when the subject
    is in it ('Quando è in programma il concerto?', 'Until when is the exhibition on
    display?'). Not a place ('in Liverpool', 'in the harbour'): a name or an article."""
    if len(predicate) != 2 or predicate[0].low not in _STATE_PREPS[language]:
        return False
    noun = predicate[1]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in STOPWORDS[language]
        and noun.low not in ARTICLES[language]
        and noun.low not in MONTH_WORDS
    )


_LONGEST_CLAUSE = 24  # tokens; a longer question is hard to read


# A purpose clause after the object: "per ridurre i conflitti ...", "to build a new bridge ...".
_PURPOSE = {
    "it": re.compile(r"\s(?:per|al\s+fine\s+di)\s(?P<verb>[a-zà-ù]{4,})\b"),
    "en": re.compile(r"\s(?:in\s+order\s+)?to\s(?P<verb>[a-z]{3,})\b"),
}


# Words after "to" that open no infinitive: "to the station", "to all vehicles".
_NOT_INFINITIVES = frozenset(
    """the a an this that these those its their his her our your my all each every some any
    more most date""".split()
)


def _infinitive(word: str, language: str) -> bool:
    """'ridurre', 'ridurli', 'farne'; 'build' (no plural or past after 'to')."""
    if language == "it":
        return (
            word.endswith(("are", "ere", "ire", "rre"))
            or word[:-2].endswith(("ar", "er", "ir", "rr"))
            and word.endswith(("lo", "la", "li", "le", "ne", "si", "ci", "vi"))
        )
    return word not in _NOT_INFINITIVES and not word.endswith(("s", "ed", "ing"))


def _without_purpose(clause: str, language: str) -> str | None:
    """A clause too long to ask with its purpose clause left out, when that makes it short
    enough: 'La Regione ha approvato un piano da 2 milioni di euro per ridurre i danni delle
    piene sulla costa del Cilento' -> 'La Regione ha approvato un piano da 2 milioni di euro'.
    The purpose is an adjunct: the question without it asks the same event."""
    toks = tokens(clause)
    verb = main_verb(toks, language)
    if verb is None:
        return None
    for m in _PURPOSE[language].finditer(clause, toks[verb].end):
        if not _infinitive(m.group("verb"), language):
            continue
        kept = clause[: m.start()].rstrip(" ,")
        shortened = len(tokens(kept))
        # the verb keeps a complement of two words at least: "approvato | un piano"
        if verb + 2 < shortened <= _LONGEST_CLAUSE:
            return kept
        return None
    return None


# What "had" owns when it is the main verb: "had a population of", "had 400 members".
_OWNED_OPENERS = frozenset("a an the some no its their his her".split())


_ABOUT = frozenset("about around over nearly almost only more".split())  # before a figure only


_HAVE_PRESENT = frozenset({"has", "have"})


# Words after "has"/"had" that leave it an auxiliary: "had been", "has long paid", "had not".
_AUXILIARY_NEXT = _CHAIN_ADVERBS | frozenset(
    "been not never already also just long now recently since still yet once ever twice".split()
)


def _owns(words: list[str], idx: int) -> bool:
    """Whether 'has'/'have'/'had' at `idx` is the main verb, what it owns after it: 'had debts
    of', 'has 40 rooms', 'had a population', 'had to close'; not 'had nearly doubled', 'has
    been', 'had agreed', 'has sat' (a participle after it makes it an auxiliary)."""
    if words[idx].lower() not in _HAVE_FORMS or idx == 0 or idx + 2 >= len(words):
        return False
    owned, then = words[idx + 1].lower(), words[idx + 2].lower()
    if owned in _OWNED_OPENERS or owned[:1].isdigit() or owned == "to":
        return True
    if owned in _ABOUT:
        return then[:1].isdigit() or then == "than"
    # Otherwise a plural noun only ("had debts", "has plans"): a word the verb lists do not
    # know may be a participle ("has sat").
    return (
        owned.isalpha()
        and words[idx + 1][:1].islower()
        and owned.endswith("s")
        and lemma(owned, "en") != owned
        and owned not in _AUXILIARY_NEXT
        and not is_participle(owned, "en")
        and not is_finite(owned, "en")
    )


# What may stand between a modal and its verb and goes with the verb: "should | be | finished".
_AFTER_MODAL = frozenset("be also now still".split())


# English particles that may end a verb before a date with a preposition of its own:
# "were switched on | in February 2024".
_VERB_PARTICLES = frozenset("on off up down out over back".split())


def _noun_phrasal_participle(words: list[str], language: str) -> bool:
    """Whether `words` end on a noun and the participle of a phrasal verb after it, a verb of
    the clause before them ('The agency grew from a laboratory | set up'): a date after it is
    the noun's, not the clause verb's."""
    if language != "en" or len(words) < 4 or words[-1].lower() not in _VERB_PARTICLES:
        return False
    participle, noun = words[-2], words[-3].lower()
    if not (participle.islower() and is_participle(participle, "en")) or not noun.isalpha():
        return False
    if noun in _CHAIN or noun in _PARTICIPLE_CHAIN or noun in AUXILIARIES["en"]:
        return False  # "was set up", "had been set up"
    if noun in STOPWORDS["en"] or _is_adverb(noun):
        return False  # "which set up", "recently set up"
    return main_verb(tokens(" ".join(words[:-3])), "en") is not None


def _particle_last(before: str, span: DateSpan, language: str) -> bool:
    """Whether the word before the date is a particle of the verb before it ('switched on',
    'set up'), not a preposition left without its noun: the date has a preposition of its
    own. Not in a sentence with a subordinate clause before the date ('... since they were
    switched on'), asked of that clause alone."""
    words = before.split()
    if language != "en" or len(words) < 2 or not span.prep:
        return False
    if _SUBORDINATOR_IN["en"].search(before):
        return False
    verb = words[-2]
    return (
        words[-1].lower() in _VERB_PARTICLES
        and verb.islower()
        and (is_participle(verb, "en") or is_finite(verb, "en"))
    )


def _modal_question(words: list[str], idx: int) -> str | None:
    """'The scheme should be finished' -> 'should the scheme be finished'; 'The line might
    reopen' -> 'might the line reopen': a modal before the verb at `idx` opens the question
    (not 'did the scheme should be finish'). None with no modal, or with a word between them
    that changes what is asked ('should not open'); '' for a modal before 'have' ('should have
    opened in 2024' tells what did not happen, 'must have been built' a guess), or further
    back ('should begin next year and be completed')."""
    for k in range(idx, 0, -1):
        word = words[k].lower()
        if word in _MODALS:
            if k + 1 < len(words) and words[k + 1].lower() == "have":
                return ""
            subject = lower_first(" ".join(words[:k]))
            return squash(f"{word} {subject} {' '.join(words[k + 1 :])}")
        if k < idx and word not in _AFTER_MODAL:
            # "should begin next year and be completed": a modal further back still rules
            # the verb, which 'did' would not
            return "" if any(w.lower() in _MODALS for w in words[:k]) else None
    return None


# The gerunds of a passive after a noun: "the fight being announced in December".
_PASSIVE_GERUNDS = frozenset("being having".split())


# Prepositions before an activity named by a bare noun and a form in -ing ("for | fish
# processing", "in | coal mining"): the two are one noun, no noun and its gerund.
_ACTIVITY_PREPS = frozenset("for in of on".split())


def _noun_gerund(words: list[str]) -> bool:
    """Whether `words` end on an English form in -ing after a noun it describes ('a public
    appeal launching', 'the new service starting'): a date after it is the phrase's, not the
    clause verb's ('began operating', 'is launching', 'Allied bombing' are not)."""
    passive = len(words) >= 3 and words[-2] in _PASSIVE_GERUNDS and words[-1].islower()
    if passive:
        words = words[:-1]  # "the fight being| announced": the same, passive
    if len(words) < 2:
        return False
    gerund, noun = words[-1], words[-2]
    if len(words) >= 3 and words[-3].lower() in _ACTIVITY_PREPS and not noun.endswith("s"):
        return False  # "used for fish processing": a bare noun and its activity, one noun
    return (
        gerund.isalpha()
        and gerund.islower()
        and gerund.endswith("ing")
        and (len(gerund) > 5 or passive)
        and noun.isalpha()
        and noun.islower()
        and not noun.endswith("ly")
        and noun not in STOPWORDS["en"]
        and noun not in AUXILIARIES["en"]
        and not is_finite(noun, "en")
        and not is_participle(noun, "en")
        and not may_be_present(noun, "en")
    )


# Words that open a clause whose first noun is no subject of a question: "Whether the compact
# allows ...", "If the council agrees ...".
_NO_SUBJECT_OPENERS = frozenset("whether if unless although though as how why what".split())


def _present_question(words: list[str], idx: int) -> str | None:
    """'The company expects the site to reopen' -> 'does the company expect the site to
    reopen': an English present in -s asked with 'does' and its base, in its own tense (not
    'did'). None for any other verb."""
    verb = words[idx]
    if idx == 0 or not may_be_present(verb, "en") or verb.lower() in AUXILIARIES["en"]:
        return None
    subject = lower_first(" ".join(words[:idx]))
    rest = " ".join(words[idx + 1 :])
    return squash(f"does {subject} {_base_of_present(verb.lower())} {rest}")


def _have_question(words: list[str], idx: int, since: bool) -> str | None:
    """'The club had 400 members' -> 'did the club have 400 members': 'had' owning a thing
    is no auxiliary ('When had the club 400 members?'); 'had nearly doubled' is one. 'Since
    2015 the museum has 40 rooms' -> 'has the museum had 40 rooms' ('Since when has the museum
    40 rooms?' is no English); the present without 'since' asks no date of the past: ''."""
    if not _owns(words, idx):
        return None
    subject = lower_first(" ".join(words[:idx]))
    rest = " ".join(words[idx + 1 :])
    if words[idx].lower() in _HAVE_PRESENT:
        return squash(f"{words[idx].lower()} {subject} had {rest}") if since else ""
    return squash(f"did {subject} have {rest}")


# A year naming the noun of an adjunct, "at the 2021 census", "in the 2019 election": the
# noun's year, no date of what the clause says (but the object's year dates the verb: "hosted
# the 1986 summit", and so does an event's whose name follows: "won at the 1960 Rome Olympics");
# nor of a saying: "said the 2031 flyby would ...".
_THE_YEAR = re.compile(
    r"\b(?:at|in|during|after|before|of|from|said|says|told|announced|confirmed|predicted)"
    r"\s+the\s+$"
)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# After these the year is a noun's even before a name: "brought the curtain down on the 2026
# edition", "qualified for the 2027 World Cup".
_THE_YEAR_OF_NAME = re.compile(r"\b(?:on|for|to|into|with|under|over)\s+the\s+$")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


# An Italian noun with its article right before a bare year, which names it: "ha approvato
# il bilancio | 2024", "l’edizione | 2025".
_IT_NOUN_BEFORE_YEAR = re.compile(r"(?:\b(?:il|lo|la|i|gli|le)\s+|\bl’)[a-zà-ù]{3,}\s+$")


def _year_of_noun(text: str, span: DateSpan, language: str) -> bool:
    if language == "it":
        return (
            span.is_year
            and not span.prep
            and _IT_NOUN_BEFORE_YEAR.search(text, max(0, span.start - 30), span.start) is not None
        )
    return (
        language == "en"
        and span.is_year
        and not span.prep
        and (
            _THE_YEAR.search(text, max(0, span.start - 12), span.start) is not None
            and _NOUN_AFTER.match(text, span.end) is not None
            or _THE_YEAR_OF_NAME.search(text, max(0, span.start - 12), span.start) is not None
            and _WORD_AFTER.match(text, span.end) is not None
        )
    )


# A year that dates one figure of a change, not the change: "has fallen from 214 residents in
# 2001 to 131 today", "è passata da 8.000 tonnellate nel 2022 a meno di 2.500".
_FIGURE_BEFORE_YEAR = re.compile(
    r"\b(?:from|da|dai|dagli|dalle|dal)\s+(?:[\w’'-]+\s+){0,2}\d[\d.,]*(?:\s+[^\W\d]+){0,3}"
    r"\s+(?:in|nel|del)?\s*$"
)


_FIGURE_AFTER_YEAR = re.compile(r"\s*(?:to|a|ai|agli|alle|al)\s+(?:[\w’'-]+\s+){0,3}\d")


# A date of a thing "with" which the clause goes on: "..., with the final stand completed by
# 2030", "con l’ultimo lotto completato entro il 2030". The participle is no verb of the clause.
_WITH_DONE = re.compile(
    r"(?:,|\band|\be)\s+(?:with|con)\s+(?:[^,;:()]{1,60}?\s(?:and|e)\s+)?"
    r"(?:the|its|their|il|lo|la|i|gli|le|l’)\s*"
    r"[^,;:()]{1,50}?\s[a-zà-ù]+(?:ed|ato|ata|ati|ate|uto|uta|iti|ito|ita)\s+"
    r"(?:by|in|on|from|entro|nel|nell’|il|a|dal|dalla)?\s*$"
)


# The end of a range whose start is a month alone, no date of its own: "da gennaio a maggio
# 2027", "from January to May 2027". The range is no date to ask "by when" of.
_BARE_RANGE_START = re.compile(
    r"\b(?:da|dal|from)\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r")\s+(?:a|al|to|until|till)\s*$",
    re.IGNORECASE,
)


# A year a whole of which the clause lasts, its article after "tutto": "rinuncerà per tutto| il
# 2026 alla tassa". The date's patterns leave "per tutto" in the clause, which a "Quando"
# question would keep and garble.
_WHOLE_OF = re.compile(r"\b(?:per|durante|in)\s+tutt[oa]\s*$", re.IGNORECASE)


# A date that dates the figure a clause is compared with, not the clause: "sold 40,000
# tickets last year, compared with 31,000 in 2023", "contro i 41 del 2025", "rispetto al 2024".
_COMPARED_FIGURE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|up\s+from|down\s+from"
    r"|contro|rispetto(?:\s+(?:a|al|ai|agli|alla|alle|all’|allo))?"
    r"|a\s+fronte\s+d(?:i|ei|egli|elle|el|ella))"
    r"(?:\s+(?:[£$€]?\d[\d.,]*\w*|[^\s,;:()]+)){0,5}?\s*(?:in|nel|del|dello|della|dell’|of)?\s*$",
    re.IGNORECASE,
)


def _year_of_compared(text: str, span: DateSpan) -> bool:
    """Whether the date closes the figure a clause is compared with ('..., compared with
    31,000 in 2023'): it dates that figure, not the clause's verb."""
    return _COMPARED_FIGURE.search(text[max(0, span.start - 60) : span.start]) is not None


def _year_of_figure(text: str, span: DateSpan) -> bool:
    return (
        span.is_year
        and _FIGURE_AFTER_YEAR.match(text, span.end) is not None
        and _FIGURE_BEFORE_YEAR.search(text[max(0, span.start - 60) : span.start]) is not None
    )


# A date set as a deadline: "has set Monday, November 4, as the deadline for a joint
# proposal", "ha fissato il 30 giugno come termine per le domande". The date is the object; what
# it is the deadline of is the question.
_DEADLINE_IN = {"it": " come ", "en": " as the "}


_AS_DEADLINE = {
    "it": re.compile(
        r",?\s+come\s+(?P<noun>termine|scadenza|data limite|termine ultimo)\s+(?P<what>per\s+"
        r"[^,.;:()]+)"
    ),
    "en": re.compile(
        r",?\s+as\s+the\s+(?P<noun>deadline|cut-off date|closing date)\s+(?P<what>for\s+"
        r"[^,.;:()]+)"
    ),
}


# A report's frame before what it reports: "Organisers said (that) | entries had risen by 12
# per cent since 2023", "Il ministro ha detto che | il ponte sarà pronto entro il 2027".
_REPORTED = {
    "en": re.compile(
        r"^[\w’'-]+(?:\s+[\w’'()-]+){0,5}?(?:,[^,;:]{3,80},)?\s+(?:said|says|say|reported|reports|estimated"
        r"|estimates|estimate|believe|believes|believed|claimed|claims|claim|predicts|predicted"
        r"|told reporters|(?:confirmed|confirms|promised|promises|warned|warns)\s+that)"
        r"\s+(?:that\s+)?(?=[\w’])"
    ),
    "it": re.compile(
        r"^[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?:,[^,;:]{3,80},)?\s+(?:(?:ha|hanno|avrebbe|avrebbero)\s+(?:detto"
        r"|dichiarato|spiegato|annunciato|riferito|stimato|sostenuto|affermato|confermato"
        r"|garantito|assicurato|promesso|precisato)|stima|stimano|ritiene|ritengono"
        r"|prevede|prevedono|afferma|affermano|sostiene|sostengono)\s+che\s+(?=[\w’])"
    ),
}


_REPORTING = {
    "it": frozenset("detto dichiarato annunciato spiegato riferito affermato".split()),
    "en": frozenset("said says say told announced claimed warned added".split()),
}


def _reports_clause(before: str, language: str) -> bool:
    """Whether `before` reports a clause with a verb of its own that the date ends ('Keane
    ... said the total had passed €62,000' + 'by Thursday'): the date may be the report's or
    the clause's, and a question of either would guess."""
    low = before.lower()
    if not any(word in low for word in _REPORTING[language]):
        return False  # no reporting word: the text need not be tokenized
    toks = tokens(before)
    said = next((k for k, t in enumerate(toks) if t.low in _REPORTING[language]), None)
    if said is None:
        return False
    return any(
        t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))
        for t in toks[said + 1 :]
    )


# What joins the next clause, left at the end of a clause cut at its comma.
_COORDINATORS = frozenset("and or but e ed o ma".split())


def _ends_in_clause_of_its_own(before: str, language: str) -> bool:
    """Whether a conjunction opens a clause with a subject and a verb of its own at the end of
    `before`: a date after it is that clause's, asked by _subordinate_question."""
    found = list(_SUBORDINATOR_IN[language].finditer(before))
    if not found or "," in before[found[-1].end() :]:
        return False  # "after X signed a contract|, councillors were told": the clause ended
    toks = tokens(before[found[-1].end() :])
    return len(toks) > 1 and _subject_first(toks, language) and bool(main_verb(toks, language))


def _unreported(before: str, language: str) -> str:
    """The reported clause of `before`, when it has a subject and a verb of its own."""
    m = _REPORTED[language].match(before)
    if m is None:
        return before
    rest = before[m.end() :]
    toks = tokens(rest)
    if len(toks) < 2 or main_verb(toks, language) is None:
        return before
    return upper_first(rest) if before[:1].isupper() else rest


# The time a subject is given to do something: "Tamar Water has until 30 November | to
# respond" (Italian "ha tempo fino al 30 giugno per rispondere" is a clause of its own).
_TIME_GIVEN = re.compile(
    r"^(?P<subject>[A-Z][\w’'-]*(?:\s[\w’'-]+){0,5}?)\s(?P<verb>has|have|had)\s(?:(?:only|just)\s)?$"
)
_TIME_GIVEN_TO = re.compile(
    r"^\s(?P<purpose>to\s[a-z]+(?:\s[^,;:()]{1,60}?)?)\s*(?:,\s(?:but|and|although|though|while)\s.*)?[.!?]?$"
)
_DO = {"has": "does", "have": "do", "had": "did"}


def _time_given_question(text: str, span: DateSpan, doc: Document) -> str | None:
    """'Tamar Water has until 30 November to respond.' -> 'By when does Tamar Water have to
    respond?'. The subject opens the sentence, the purpose ends it."""
    if doc.language != "en" or span.prep != "until":
        return None
    head = _TIME_GIVEN.match(text[: span.start])
    tail = _TIME_GIVEN_TO.match(text[span.end :])
    if head is None or tail is None:
        return None
    subject = _lower_initial(head.group("subject"), doc)
    if " " not in subject and subject.endswith("s") and not subject.endswith("ss"):
        subject = subject.lower()  # "Residents have until ...": a plural noun, no name
    return f"By when {_DO[head.group('verb')]} {subject} have {tail.group('purpose')}?"


def _deadline_question(after: str, language: str) -> str | None:
    """'..., as the deadline for a joint proposal' -> 'What is the deadline for a joint
    proposal?'; '... come termine per le domande' -> 'Qual è il termine per le domande?'."""
    m = _AS_DEADLINE[language].match(after)
    if m is None or len(m.group("what").split()) > 8:
        return None
    what = m.group("what").strip()
    if language == "it":
        article = "la" if m.group("noun").startswith(("scadenza", "data")) else "il"
        return f"Qual è {article} {m.group('noun')} {what}?"
    return f"What is the {m.group('noun')} {what}?"


# Conjunctions that open a clause with a subject and a verb of its own: a date inside it is
# that clause's ("... to Liverpool when its main engine failed at about 2.40am").
_SUBORDINATOR_IN = {
    "it": re.compile(r"\s(?:quando|mentre|perché|poiché|dopo che|prima che)\s"),  # "da quando"
    "en": re.compile(r"\s(?:when|while|because|after|since|before|until)\s"),
}


_OWNER = {"it": frozenset(), "en": frozenset({"its"})}  # "his", "her": whose, out of context?


def _subordinate_question(s: Sentence, span: DateSpan, doc: Document) -> str | None:
    """The question of a date in a subordinate clause, asked of that clause alone: 'The Baltic
    Star was carrying wheat when its engine failed at 2.40am' -> 'When did the Baltic Star’s
    engine fail?'. 'its' is the main clause's subject, when that opens the sentence."""
    language = doc.language
    text = s.text
    *_, opener = _SUBORDINATOR_IN[language].finditer(text, 0, span.start)  # the last one
    if any(ch in _STOPS for ch in text[opener.end() : span.start]):
        return None  # the date is after the clause, not in it
    clause = text[opener.end() :]
    first, _, rest = clause.partition(" ")
    if first.lower() in _OWNER[language]:
        owner = _main_subject(text[: opener.start()], language)
        if owner is None:
            return None
        clause = f"{owner}’s {rest}"
    elif language == "en" and first.lower() in _PRONOUN_PLURAL:
        owner = _pronoun_subject(text[: opener.start()], language, _PRONOUN_PLURAL[first.lower()])
        if owner is None:
            return None
        clause = f"{owner} {rest}"
    elif language == "it" and _verb_first(clause):
        owner = _pronoun_subject(text[: opener.start()], language, None)
        if owner is None or not _participle_agrees(clause, owner):
            return None
        clause = f"{owner} {clause}"
    clause_toks = tokens(clause)
    verb = main_verb(clause_toks, language)
    subject = " ".join(t.text for t in clause_toks[:verb]) if verb else ""
    if not subject or not _specific(subject, doc):
        return None  # "since the first examples were found": of what, out of the article?
    cut = len(text) - len(clause)
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return _clause_question(replace(s, text=upper_first(clause), entry=None), shifted, doc)


# The English pronouns a subordinate clause may open with for the main clause's subject, and
# whether each is plural.
_PRONOUN_PLURAL = {"it": False, "they": True}


def _pronoun_subject(main: str, language: str, plural: bool | None) -> str | None:
    """The main clause's subject that 'it' or 'they' in its subordinate clause stands for, or
    the unsaid Italian subject ('The Shetland turbines have generated 10 GWh since they were
    switched on', 'Il museo ha accolto 9.000 visitatori da quando ha riaperto'): a named
    subject, of the pronoun's number, and no other noun after the verb it could stand for (not
    'The museum bought the painting after it was restored')."""
    owner = _main_subject(main, language)
    if owner is None or plural is not None and _english_plural(owner) != plural:
        return None
    toks = tokens(main)
    verb = main_verb(toks, language)
    if verb is None:
        return None
    for t in toks[verb + 1 :]:
        if t.low in ARTICLES[language] or t.low in ARTICULATED or t.text[:1].isupper():
            return None
        if t.low in _DETERMINERS or t.low in _POSSESSIVES:
            return None
    return owner


def _verb_first(clause: str) -> bool:
    """Whether an Italian clause opens with its verb, its subject unsaid ('ha riaperto nel
    2025', 'è stato inaugurato', 'si è chiuso'): no noun with an article of its own follows,
    which may be its subject ('è crollato il molo nel 2025')."""
    toks = tokens(clause)
    first = 1 if toks and toks[0].low in IT_CLITICS else 0
    if first >= len(toks):
        return False
    if not (toks[first].low in AUXILIARIES["it"] or is_finite(toks[first].text, "it")):
        return False
    return not any(
        t.low in ARTICLES["it"] and toks[k - 1].low not in PREPOSITIONS["it"]
        for k, t in enumerate(toks[first + 1 :], first + 1)
    )


def _participle_agrees(clause: str, owner: str) -> bool:
    """Whether the participle after a form of 'essere' that opens an Italian clause agrees
    with the subject it is given ('è stato riaperto' of 'il museo'); true with no such one."""
    toks = tokens(clause)[:4]
    participle = next(
        (t.low for t in toks if t.text.islower() and is_participle(t.text, "it")), None
    )
    if participle is None or not any(t.low in _ESSERE_FORMS for t in toks):
        return True
    article = owner.split(" ", 1)[0].lower()
    return _agrees(participle, "l’" if article.endswith("’") else article)


def _main_subject(main: str, language: str) -> str | None:
    """The subject that opens a sentence, up to a comma or its verb: 'The Baltic Star, a bulk
    carrier, was carrying' -> 'the Baltic Star'; None when it is long or names nothing."""
    toks = tokens(main)
    if not starts_with_subject(toks, language):
        return None
    verb = main_verb(toks, language)
    if verb is None:
        return None
    # a comma after the verb ends no subject: "has welcomed 40,000 visitors"
    end = next((k for k, t in enumerate(toks[:verb]) if t.text in _STOPS), verb)
    if not 0 < end <= 6:
        return None
    if not any(t.text[:1].isupper() for t in toks[1:end]):
        return None  # "the ship": which one, out of the article?
    return lower_first(main[: toks[end - 1].end])


_SINCE = {
    "dal": "Da quando",
    "dall’": "Da quando",
    "a partire dal": "Da quando",
    "entro il": "Entro quando",
    "entro la": "Entro quando",  # "entro la fine del 2027"
    "entro l’": "Entro quando",
    "entro": "Entro quando",  # "entro marzo 2027"
    "dalla": "Da quando",  # "dalla fine del 2024"
    "da": "Da quando",  # "da marzo"
    "a partire da": "Da quando",
    "fino a": "Fino a quando",
    "fino al": "Fino a quando",
    "since": "Since when",
    "from": "From when",  # "from September": it may be yet to come
    "by": "By when",
    "until": "Until when",
}


# "Not ... until 2030" says when it will be, at last: "When will the first bottles go on
# sale?", not "Until when will the first bottles not go on sale?".
_UNTIL_PREPS = frozenset({"until", "fino al"})


_NEGATION = {"it": re.compile(r"(?<=\s)non\s"), "en": re.compile(r"(?<=\s)not\s")}


def _not_until(question: str, prep: str, language: str) -> tuple[str, str]:
    """The question and the date's preposition, a negation before 'until' taken out with it:
    'Quando non riaprirà il museo?' of 'fino al 2030' -> 'Quando riaprirà il museo?'."""
    if prep not in _UNTIL_PREPS:
        return question, prep
    plain, negations = _NEGATION[language].subn("", question, count=1)
    return (plain, "") if negations else (question, prep)


_AT_WHAT_TIME = {"Quando ": "A che ora ", "When ": "At what time "}


_ON_WHAT_DAY = {"Quando ": "In che giorno ", "When ": "On what day "}


def _at_what_time(question: str, day: bool = False) -> str:
    """'When was the ship brought alongside?' of '4.45pm' is 'At what time was ...?'; of
    'Tuesday', 'On what day was ...?'."""
    for plain, wh in (_ON_WHAT_DAY if day else _AT_WHAT_TIME).items():
        if question.startswith(plain):
            return wh + question[len(plain) :]
    return question


def _hour_question(s: Sentence, question: str, span: DateSpan, score: float) -> Iterator[Candidate]:
    """The time of an event its date question asks, that date named: 'When did the strike
    begin?' of '00:01 on Wednesday 15 October' -> 'At what time did the strike begin on 15
    October?' -> 00:01."""
    timed = _at_what_time(question)
    if timed == question:
        return
    if span.day:
        timed = f"{timed[:-1].rstrip()} {span.day}?"
    yield Candidate(
        "date", s, score, span.hour, question=timed, accept=(span.hour_said,), answer_type="date"
    )


def _in_small_letters(answer: str, language: str) -> str:
    """An Italian answer that opens its sentence with a weekday or a month, as written
    anywhere else: 'Lunedì sera l’autostrada è stata chiusa' -> 'lunedì sera'."""
    if language != "it" or not answer[:1].isupper():
        return answer
    first = answer.split(None, 1)[0].lower()
    return answer[:1].lower() + answer[1:] if first in WHEN_WORDS else answer


def _since(question: str, prep: str) -> str:
    """'Quando X guida l’azienda?' from 'dal 2019' is 'Da quando X guida l’azienda?'."""
    wh = _SINCE.get(prep)
    for plain in ("Quando ", "When "):
        if wh and question.startswith(plain):
            return f"{wh} {question[len(plain) :]}"
    return question


_RANGE_STARTS = frozenset({"dal", "dall’", "from"})


_RANGE_ENDS = {"al": "fino al", "all’": "fino al", "to": "until"}


def _range_end_alone(
    s: Sentence, spans: list[DateSpan], span: DateSpan
) -> tuple[Sentence, DateSpan]:
    """The sentence and the date to ask about for one end of a range of two dates: 'Le domande
    potranno essere presentate dal 1° dicembre al 28 febbraio' asks 'Da quando ...' of the
    first without 'al 28 febbraio', and 'Fino a quando ...' of the second without 'dal 1°
    dicembre' (the 'al' of a range's end means 'until'). Otherwise the sentence and the date."""
    for other in spans:
        first, second = (span, other) if other.start > span.start else (other, span)
        between = s.text[first.end : second.start].strip()
        if (
            other is span
            or first.prep not in _RANGE_STARTS
            or not (
                second.prep in _RANGE_ENDS and not between or not second.prep and between == "to"
            )
        ):
            continue
        if span is first:
            return replace(s, text=s.text[: first.end] + s.text[second.end :]), span
        shift = second.start - first.start
        text = s.text[: first.start] + s.text[second.start :]
        moved = replace(
            span,
            start=span.start - shift,
            value_start=span.value_start - shift,
            end=span.end - shift,
            prep=_RANGE_ENDS[span.prep or "to"],
        )
        return replace(s, text=text), moved
    return s, span


# Prepositions the date patterns leave out of a date: an English one that opens the sentence
# with a capital ("In 2025 the Executive published ...", "Since 2024 the array has paid ...";
# the patterns are in small letters, as inside a sentence), one before a weekday ("from Monday
# 1 December", "da domenica 22 novembre", "entro lunedì 3 marzo"). Each as the date's own
# preposition would say it.
_LEFT_PREPS = {
    "it": {"da": "dal", "entro": "entro il"},
    "en": {w: w for w in ("in", "on", "since", "from", "by", "until")},
}


def _with_preposition(text: str, span: DateSpan, language: str) -> DateSpan:
    """The date with the preposition the patterns left before it: 'Since 2024 the array has
    paid' is asked 'Since when ...?', 'In 2025 the Executive published' reads as 'Nel 2025
    ...', the clause after the date with nothing before it; 'da domenica 22 novembre i
    ciclisti potranno' is 'Da quando ...?'."""
    if span.prep or span.start < 3:
        return span
    if language == "it" and text[max(0, span.start - 9) : span.start].lower() == "entro il ":
        # "entro il| dicembre 2028": the article before a month the patterns take bare
        start = span.start - 9
        said = squash(text[start : span.end])
        return replace(span, start=start, prep="entro il", accept=(*span.accept, said))
    head, _, word = text[max(0, span.start - 7) : span.start - 1].rpartition(" ")
    if text[span.start - 1] != " ":
        return span
    prep = _LEFT_PREPS[language].get(word.lower())
    if prep is None or language == "en" and (word[:1].islower() or head or span.start > 7):
        return span  # an English one in small letters is found by the patterns themselves
    start = span.start - len(word) - 1
    said = squash(text[start : span.end])
    return replace(span, start=start, prep=prep, accept=(*span.accept, said))


# What joins a clause of its own after another: a semicolon, "ma"/"but" after a comma, or
# opening the sentence ("Ma da lunedì il granchio blu ha ..."). A date of the last clause is
# that clause's, asked of it alone ("When did talks stall for years, but the council approved
# the plan?" mixes two events).
_JOINED = {
    "it": re.compile(r"(?:;|:|,\s+ma|^Ma)\s+"),
    "en": re.compile(r"(?:;|:|,\s+but|^But)\s+"),
}


_JOINED_IN = {  # the cheap test first: a substring
    "it": lambda text: (
        ";" in text or ": " in text or " ma " in text or text.startswith("Ma ") or " e " in text
    ),
    "en": lambda text: (
        ";" in text or ": " in text or " but " in text or text.startswith("But ") or " and " in text
    ),
}


# "e"/"and" right before a date that a subject and its verb follow: the date opens a clause
# of its own ("Il rettorato ha sede in piazza del Mercato e dal 2024 l’ateneo è guidato ...").
_AND_DATE = re.compile(r"\s(?:e|ed|and)\s+$")


_SHORTEST_CLAUSE = 4  # words: a subject, a verb, the date


# A colon joins a clause of its own when the date opens it ('ha deciso di rendere visitabile
# il cantiere: dal 6 dicembre si terranno visite'), after its preposition at most, or a subject
# and its verb open it ('è arrivato l’annuncio: la produzione cesserà entro ...'); otherwise
# what follows a colon may be a list or a quotation of the first clause.
_COLON_TO_DATE = 6  # characters: "dal ", "from "


def _subject_next(after: str, language: str, entry: bool = False) -> bool:
    """Whether a clause with an article-led subject and a verb follows the date: 'l’ateneo è
    guidato', 'the council approved'; not a list of dates ('e nel 2005.'). In an entry, 'it'
    may be the subject: the entry ('it became a university')."""
    toks = tokens(after.lstrip(" ,"))
    if len(toks) < 3:
        return False
    first = toks[0].low
    pronoun = entry and language == "en" and first == "it"
    if (
        first not in ARTICLES[language]
        and not (language == "it" and first.endswith("’"))
        and not pronoun
    ):
        return False
    verb = main_verb(toks, language)
    return (
        verb is not None
        and verb > (0 if pronoun else 1)
        and not any(t.text in _STOPS for t in toks[:verb])
    )


# Words that stand for what the clause before said: a clause that holds one is not asked alone
# ("..., and the mayor signed it on 3 May").
_POINTS_BACK = {
    "en": frozenset("it its them their there this that these those he she him her they".split()),
    "it": frozenset("ne ci vi questo questa quello quella lì là".split()),
}
_IT_OBJECT_CLITICS = frozenset("lo la li le gli l’".split())


def _points_back(toks: list[Token], language: str) -> bool:
    """Whether a clause after its first word holds a word of _POINTS_BACK, or an Italian
    object clitic before its verb ('e il sindaco lo ha firmato')."""
    for k in range(1, len(toks)):
        low = toks[k].low
        if low in _POINTS_BACK[language]:
            return True
        if language == "it" and low in _IT_OBJECT_CLITICS and k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.low in AUXILIARIES["it"] or (nxt.text.islower() and is_finite(nxt.text, "it")):
                return True
    return False


# ", and" / ", e" before a clause of its own: "..., and it became a university in 1963".
_COMMA_AND = {"it": re.compile(r",\s+e\s+"), "en": re.compile(r",\s+and\s+")}


def _last_clause(s: Sentence, span: DateSpan, language: str) -> tuple[Sentence, DateSpan] | None:
    """The clause a date is in, after the last semicolon or 'ma'/'but' before it, as a
    sentence of its own: 'Il biglietto sarà gratuito; dal 15 dicembre si pagherà la tariffa'
    -> 'Dal 15 dicembre si pagherà la tariffa'. None when there is none, or it is too short."""
    last = None
    for join in _JOINED[language].finditer(s.text, 0, span.start):
        last = join
    joined = _AND_DATE.search(s.text, 0, span.start)
    if joined is not None and _subject_next(s.text[span.end :], language):
        last = joined  # "... in piazza del Mercato e dal 2024 l’ateneo è guidato da ..."
    for comma_and in _COMMA_AND[language].finditer(s.text, 0, span.start):
        clause = s.text[comma_and.end() : span.start]
        if (
            (last is None or comma_and.start() > last.start())
            and _subject_next(clause, language, s.entry is not None)
            and not _points_back(tokens(clause), language)
        ):
            last = comma_and  # "..., and it became a university in 1963": its own clause
    if last is None or len(s.text[last.end() :].split()) < _SHORTEST_CLAUSE:
        return None
    if (
        last.group().startswith(":")
        and span.start - last.end() > _COLON_TO_DATE
        and not _subject_next(s.text[last.end() :], language)
    ):
        return None  # but "L’annuncio è arrivato: la produzione cesserà entro ...": a clause
    cut = last.end()
    shifted = replace(
        span, start=span.start - cut, value_start=span.value_start - cut, end=span.end - cut
    )
    return replace(s, text=upper_first(s.text[cut:])), shifted
