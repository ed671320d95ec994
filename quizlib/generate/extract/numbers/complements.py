"""The figure that completes a plain clause, asked of the clause's own parts when no rule of
its kind asked it: the subject, the verb group as written (tense, auxiliary, negation,
clitics) and the complement that holds the figure, by the figure's kind. "I soci hanno
raccolto olive tra 35 aziende del comprensorio" -> 'Tra quante aziende del comprensorio hanno
raccolto olive i soci?', "Cruise lines are not permitted to release wastewater within 12
nautical miles of the coast" -> 'Within how many nautical miles of the coast are cruise lines
not permitted to release wastewater?', "The mayor was barred from office for eight years" ->
'For how long was the mayor barred from office?'.

Precision first: a clause whose subject is a pronoun or reads as no noun phrase, whose words
between verb and figure hold a clause of their own, or whose figure is no count, measure or
span of time in its unit, is left to its cloze.
"""

from __future__ import annotations

from ...chunks import PREPOSITIONS
from ...document import Document, Sentence
from ...lexicon import ARTICLES, ARTICULATED, STOPWORDS, UNITS
from ...text import squash, upper_first
from ...verbs import is_finite, is_gerund
from .clause import (
    _CLITICS,
    _KEPT_ADVERBS,
    _english_body,
    _Frame,
    _frame,
    _plural_subject,
    _tail,
)
from .counts import _CLOCK, _CURRENCIES, _EXTRA_UNITS, _TIME_UNITS, _Count
from .gender import _how_many_it
from .predicates import _shows_figure

# The prepositions a figure's complement may open with, asked before the wh-words ('Within how
# many ...?', 'In quanti ...?'), by the figure's kind: a measure is asked only after one of
# extent ("si concentra su 12 ettari": no question). Joined Italian prepositions ("nei",
# "dai") are left out: the question would need the article the figure has no more; so is
# "by", "da" of a count (the agent of a passive, the start of a change).
_COMPLEMENT_PREPOSITIONS = {
    ("en", "span"): frozenset("for within over".split()),
    ("it", "span"): frozenset("per entro".split()),
    ("en", "measure"): frozenset("within over across for".split()),
    ("it", "measure"): frozenset("per entro oltre lungo".split()),
    ("en", "count"): frozenset("in on at to among across from with for over under".split()),
    ("it", "count"): frozenset("in a su con tra fra per".split()),
}


# The prepositions that go with the verb, not with an object between them ("adotta il sistema
# di allerta a| quattro livelli": the levels are the system's).
_VERB_PREPOSITIONS = frozenset("within for over across in entro per tra fra".split())


# The prepositions of a span of time asked as 'For how long' / 'Per quanto tempo'.
_SPAN_PREPOSITIONS = frozenset(["for", "per"])


# Words after a span of time that make it a point in time or an age: "30 years ago", "sette
# anni fa", "12 years later", "40 years old".
_NOT_A_SPAN = frozenset("ago fa later earlier before after old prima dopo più".split())


# Words after a bare measure that make it an offset from a place or a time, no complement.
_OFFSET_WORDS = frozenset(
    """from away off above below beyond short ahead behind before after into out up down
    da dal dallo dalla dai dagli dalle sopra sotto prima dopo di""".split()
)


# Prepositions after a count that open what the counted have: "quattro zone con diversi gradi".
_DESCRIBING = frozenset("con with".split())


# Adverbs that tie a clause to the one before it, which no question keeps.
_DISCOURSE_ADVERBS = frozenset(
    "invece però anche infatti quindi inoltre tuttavia also however instead therefore".split()
)


# Words after a span of time that count it from an event: "within 30 minutes of the opening".
_FROM_AN_EVENT = frozenset("of from since after di da dal dalla dopo".split())


# Pronouns and demonstratives no question can stand on without what they point to.
_POINTING = frozenset(
    """it they he she this that these those its their his her we you one
    lui lei esso essa essi esse questo questa questi queste quello quella quelli quelle
    ciò egli ella""".split()
)


# Words between the verb and the figure that open a clause or a comparison of their own.
_CLAUSE_WORDS = frozenset(
    """that which who whom whose when where while than if whether because
    che cui chi quando dove mentre come se perché quale""".split()
)


_LONGEST_SUBJECT = 8  # words: "the average waiting time for social housing"
_LONGEST_OBJECT = 6  # words between the verb and the figure's preposition: "treated wastewater"


def _plain_subject(subject: str, language: str) -> bool:
    """Whether a subject reads as a noun phrase of its own: an article, a name or a plural
    noun first, no pronoun or demonstrative, no figure, no function word at its end."""
    words = subject.split()
    if not words or len(words) > _LONGEST_SUBJECT or any(c.isdigit() for c in subject):
        return False
    if any(w.lower() in _POINTING for w in words[:2]) or language == "en" and words[0] == "I":
        return False
    first, last = words[0], words[-1].lower()
    if (
        first.islower()
        and first not in _DETERMINERS[language]
        and not _plural_head(words, language)
    ):
        return False  # "once complete": no noun phrase opens the subject
    if last.endswith(("'s", "’s")):
        return False  # "Colin Rea's| family": the owner read without what it owns
    if last in STOPWORDS[language] or last in PREPOSITIONS[language]:
        return False  # "a cable route for the": the subject was cut inside a phrase
    return not any(w in {",", ";", ":"} for w in words)


# Words that open a noun phrase: articles, possessives, quantifiers.
_DETERMINERS = {
    "en": ARTICLES["en"]
    | frozenset("its their his her our all each every both some many most".split()),
    "it": ARTICLES["it"]
    | frozenset("l’ l' gli ogni ciascun ciascuna tutti tutte alcuni alcune molti molte".split())
    | frozenset("suo sua suoi sue loro".split()),
}


def _plural_head(words: list[str], language: str) -> bool:
    """Whether a subject with no determiner is a bare plural: 'cruise lines', 'fishermen from
    Cornwall' (its last word before a preposition is a plural noun)."""
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS[language]), len(words))
    if head == 0:
        return False
    noun = words[head - 1].lower()
    if language == "en":
        return _plural_subject(" ".join(words))
    return noun.endswith(("i", "e")) and noun not in STOPWORDS["it"] and not is_finite(noun, "it")


def _plain_between(words: list[str], language: str) -> bool:
    """Whether the words between the verb group and the figure's preposition are a short
    object, with no verb or clause of their own ('treated wastewater', 'campioni di
    sedimento')."""
    if len(words) > _LONGEST_OBJECT:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if low in _CLAUSE_WORDS or not low.replace("-", "").replace("’", "").isalpha():
            return False
        if low in STOPWORDS[language] and low not in _DETERMINERS[language]:
            if low not in PREPOSITIONS[language] and low not in {"di", "of", "as"}:
                return False
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if low not in ARTICLES[language] and is_finite(low, language):
            # "treated wastewater": a participle before its noun, no verb of its own
            if not (low.endswith("ed") and after.isalpha() and after not in STOPWORDS[language]):
                return False
        before = words[i - 1].lower() if i else ""
        if language == "en" and is_gerund(low, language) and before not in PREPOSITIONS["en"]:
            return False  # "from acting as a director": a gerund after its preposition stays
    return True


def _phrase_first(between: list[str]) -> bool:
    """Whether Italian words before a figure's preposition open with a phrase of their own
    ('in vigore'), not with the infinitive a verb governs ('a prelevare campioni')."""
    if not between or (between[0] not in PREPOSITIONS["it"] and between[0] not in ARTICULATED):
        return False
    return not (between[0] in {"a", "di"} and between[1:2] and between[1].endswith(_INFINITIVES))


_INFINITIVES = ("are", "ere", "ire")


# Nouns of time no span is asked in: "for the first time in six decades", "for generations".
_TIME_NOUNS = frozenset(
    """decades centuries generations seasons nights decenni secoli generazioni stagioni notti
    decade century generation season night decennio secolo generazione stagione notte""".split()
)


def _kind(count: _Count) -> str | None:
    """'span', 'measure' or 'count' for a figure and its noun; None when its noun is of
    neither (a sum, a share, or a word the count only guessed)."""
    if not count.nouns or count.noun in _CURRENCIES:
        return None  # "£48,000": a sum, which money.py reads
    if count.noun in _TIME_UNITS or count.noun in _CLOCK:
        return "span"
    if count.noun in UNITS or count.noun in _EXTRA_UNITS:
        return "measure"
    if count.noun in _TIME_NOUNS:
        return None  # "the first time in six decades": a time, no count to ask
    if count.noun.isalpha() and count.noun.islower() and count.noun == count.counted.split()[0]:
        return "count"
    return None


def _how_many(count: _Count, language: str) -> str:
    if language == "en":
        return f"how many {count.nouns}"
    return f"{_how_many_it(count.noun, count.adj).lower()} {count.nouns}"


def _verb_group(frame: _Frame) -> str:
    return " ".join(frame.verb)


def complement_question(count: _Count, s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(question, answer) of a count, a measure or a span of time that completes its clause,
    or None when the clause is not plain enough to be asked of its parts."""
    language = doc.language
    text = s.text
    kind = _kind(count)
    if kind is None:
        return None
    after = text[count.noun_end : count.noun_end + 20].split()
    if after and after[0].lower().strip(",.;:") in _NOT_A_SPAN:
        return None
    frame = _frame(text, count.start, s, doc)
    if frame is None or frame.opening or not frame.verb:
        return None
    if not _plain_subject(frame.subject, language) or _shows_figure(frame.when):
        return None
    verb = [w.lower() for w in frame.verb if w.lower() not in _CLITICS | _KEPT_ADVERBS]
    if not verb:
        return None
    exact = frame.exact
    prepositions = _COMPLEMENT_PREPOSITIONS[language, kind]
    preposition = exact[-1] if exact and exact[-1] in prepositions else ""
    between = exact[:-1] if preposition else exact
    if between and preposition not in _VERB_PREPOSITIONS:
        return None
    if not _plain_between(between, language):
        return None
    if between[-1:] and between[-1] in PREPOSITIONS[language] or verb[-1] in PREPOSITIONS[language]:
        return None  # "drifted to| within three miles": two prepositions, one phrase
    if language == "it" and _phrase_first(between):
        return None  # "entrerà in vigore| in due fasi": a phrase of the verb, no object
    if not _DISCOURSE_ADVERBS.isdisjoint([*verb, *between]):
        return None  # "entrerà invece": the adverb ties the clause to another
    if not preposition:
        return None  # a bare figure, whose rules read what the verb makes of it ("measures
        # 300 metres": of which dimension? "aveva avuto due anni": an age or a sentence?)
    tail = _tail(text, count.noun_end, language)
    if tail is None or any(c.isdigit() for c in tail):
        return None
    first = tail.split(maxsplit=1)[0] if tail else ""
    if first and first not in PREPOSITIONS[language] and first not in ARTICULATED:
        return None  # "punti della laguna| sud": the counted phrase read short
    if kind == "span" and (first in _FROM_AN_EVENT or count.nouns != count.counted):
        return None  # "within 30 minutes| of the sale opening": a span from an event, a time
    if not preposition and first in _OFFSET_WORDS:
        return None  # "crashed 20 miles| from the coast": how far from a place, distances.py's
    written = frame.between_text.split()[: len(between)]
    if [w.lower() for w in written] != between:
        return None  # "l’alta Irpinia": an elision the words of the frame split
    obj = " ".join(written)
    measure = text[count.start : count.unit_end]
    answer = count.number.lower() if count.digits else count.number
    if kind != "count":
        answer = measure
    if kind == "span" and preposition in _SPAN_PREPOSITIONS:
        lead = "for how long" if language == "en" else "per quanto tempo"
    else:
        lead = squash(f"{preposition} {_how_many(count, language)}")
    if kind == "count" and first in _DESCRIBING:
        # "in quattro zone| con diversi gradi di tutela": what the counted have goes with them
        lead, tail = f"{lead} {tail}", ""
    if kind == "measure" and first in _OFFSET_WORDS:
        # "entro 5 chilometri| dalla costa": the place the measure is taken from goes with it
        lead, tail = f"{lead} {tail}", ""
    rest = squash(f"{obj} {tail} {frame.when}")
    if language == "en":
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        return upper_first(squash(f"{lead} {body} {rest}")) + "?", answer
    asked = f"{lead} {_verb_group(frame)} {obj} {frame.subject} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?", answer
