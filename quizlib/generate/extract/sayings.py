"""What a quotation says, asked for its words: '«Il grifone è uno spazzino della montagna», ha
spiegato Nicola Pace' -> 'Secondo Nicola Pace, che cos’è il grifone?' -> 'uno spazzino della
montagna'.

A quotation's sentence (or a main clause after its 'but' or 'and') is asked for its content
only when its own clause gives the question a clear shape: what a thing is ('X is NP', 'non è
A ma B', 'è come NP'), what is so ('Il camper è stato decisivo' -> the subject), how far a
thing is ('è a un’ora di strada'), what a thing it names does ('È una sentenza che restituisce
dignità'), how long something takes ('Ci vorranno vent’anni per ...', 'It will take five years
to ...'), and why something is so ('... because ...'). A subject that is a pronoun, or a
clause in the first person the question cannot retell, is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..candidate import Candidate
from ..document import Document, Sentence, is_known_word
from ..lexicon import LIST_CONJUNCTIONS, STOPWORDS
from ..text import definite_article, squash, takes_lo
from ..verbs import AUXILIARIES, holds_finite, is_finite, is_gerund, lemma, may_be_present
from .numbers.words import NUMBER_WORDS

# The sentences of a quotation of several.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ«“\"])")
# Where a clause ends: a stop, a comma, a colon or a dash.
# A figure's comma or point ("6,646 feet", "3.5 metres") ends no clause.
_CLAUSE_END = re.compile(r"\s*(?:[;:!?()]|[,.](?!\d)|\s[–—-]\s)")

_SCORE = 0.74
# Words of the answer a card asks for whole: an answer one can learn.
_MOST_ANSWER = 12
_MOST_SUBJECT = 6
_MOST_CLAUSE = 14
# Words a span of time or of way may open with: 'almeno vent’anni', 'at least five years'.
_IT_MODIFIERS = r"(?:(?:almeno|circa|forse|solo|appena|ancora|altri|altre|oltre)\s+)?"
_EN_MODIFIERS = (
    r"(?:(?:at\s+least|about|around|almost|nearly|up\s+to|more\s+than|another|only|just|"
    r"roughly|probably)\s+)?"
)

# --- What a thing is ------------------------------------------------------------------------

# Determiners a subject of the quotation opens with: a definite or indefinite noun phrase the
# question can name as it stands (not 'our school', whose 'our' is the speaker's).
_SUBJECT_DETERMINERS = {
    "en": frozenset("the a an every each".split()),
    "it": frozenset("il lo la i gli le un uno una ogni".split()),
}
_IT_ELIDED = ("l’", "un’", "l'", "un'")
# Determiners a predicate noun phrase opens with: what the subject is, not how it is.
_PREDICATE_DETERMINERS = {
    "en": frozenset("the a an one".split()),
    "it": frozenset("il lo la i gli le un uno una".split()),
}
# The copula after the subject, and how the question puts it.
_EN_COPULAS = (
    *("is", "was", "will be", "has been", "had been", "would be", "are", "were"),
    *("remains", "remained"),
)
IT_COPULAS = {
    "resta": "che cosa resta",
    "rimane": "che cosa rimane",
    "è stato": "che cosa è stato",
    "è stata": "che cosa è stata",
    "è": "che cos’è",
    "era": "che cos’era",
    "sarà": "che cosa sarà",
    "sono": "che cosa sono",
    "erano": "che cosa erano",
    "saranno": "che cosa saranno",
}
# Adverbs between the copula and its predicate that the answer may leave out.
_COPULA_ADVERBS = {
    "en": frozenset("also still really simply now already just truly".split()),
    "it": frozenset("anche ancora davvero proprio ormai già oggi".split()),
}
_NOT = {"en": "not", "it": "non"}
_BUT = {"en": ("but",), "it": ("ma", "bensì")}
# Words that open a clause: a predicate holding one is a clause, not a noun phrase.
_SUBORDINATORS = {
    "en": frozenset("because if when although though while unless since whether".split()),
    "it": frozenset("perché se quando sebbene benché mentre finché poiché".split()),
}
# Openings a clause may follow: "Per chi vive ad Alicudi, l’aliscafo è ...", "con questi
# volumi il reparto ...", "For the island, the ferry is ...".
_OPENING_PREPOSITIONS = {
    "it": frozenset(
        "per a ad in nel nella nei nelle dopo con da dal dalla tra fra su sul sulla senza".split()
    ),
    "en": frozenset("for in with without after at on by".split()),
}


class _Asked(NamedTuple):
    """A question on what a quotation says, its answer, and what kind of thing that is: a
    description ('quote') draws its choices from the other descriptions; a thing, a span of
    time or a reason has no pool of its own ('thing': none, rather than giveaways)."""

    question: str
    answer: str
    topic: str
    answer_type: str = "quote"


def cards(s: Sentence, quote: str, speaker: str, doc: Document) -> Iterator[Candidate]:
    """The cards on what a quotation a speaker is known for says, one per sentence of it that
    has a shape to ask."""
    language = doc.language
    for sentence in _SENTENCE_BREAK.split(squash(quote)):
        sentence = sentence.strip().rstrip(".!?…").strip()
        found = None
        for part in _clauses(sentence, language):
            found = (
                _what_it_is(part, speaker, language)
                or _what_it_does(part, speaker, language)
                or _time_taken(part, speaker, language)
                or _reason(part, speaker, language)
            )
            if found is not None:
                break
        if found is not None:
            yield Candidate(
                "quote",
                s,
                _SCORE,
                found.answer,
                question=found.question,
                answer_type=found.answer_type,
                topic=found.topic,
            )


# What opens a second main clause after a comma: "..., ma il problema vero è ...".
_SECOND_CLAUSE = {
    "it": re.compile(r"[,;]\s+(?:ma|però)\s+"),
    "en": re.compile(r"[,;]\s+but\s+"),
}


# "and" between two clauses: "Abbiamo 40 chilometri di costa e | l’ospedale è a un’ora".
_AND = {"it": re.compile(r"\s(?:e|ed)\s"), "en": re.compile(r",?\sand\s")}


def _clauses(sentence: str, language: str) -> list[str]:
    """The sentence, then the main clauses after its 'but's ('Nessuno lo voleva, | ma ...')
    and after an 'and' that follows a clause of its own ('Abbiamo 40 chilometri di costa e |
    l’ospedale ...'; not 'Il pane e | il vino sono ...')."""
    out = [sentence, *(sentence[m.end() :] for m in _SECOND_CLAUSE[language].finditer(sentence))]
    for m in _AND[language].finditer(sentence):
        if _a_clause(sentence[: m.start()].split(), language):
            out.append(sentence[m.end() :])
    return out


def _a_clause(words: list[str], language: str) -> bool:
    """Whether words hold a verb of their own, the first person's too ('Abbiamo 40
    chilometri di costa')."""
    if holds_finite(words, language):
        return True
    return language == "it" and any(w.lower().endswith("iamo") for w in words)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _subject(words: list[str], language: str) -> bool:
    """Whether words are a noun phrase the question can name: a determiner, then a few words
    with no verb."""
    if not 1 <= len(words) <= _MOST_SUBJECT:
        return False
    first = words[0].lower()
    if language == "it" and first.startswith(_IT_ELIDED) and len(first) > 3:
        rest = [first.split("’")[-1].split("'")[-1], *words[1:]]
    elif first in _SUBJECT_DETERMINERS[language] and len(words) > 1:
        rest = words[1:]
    else:
        return False
    if any(not w.replace("’", "").replace("'", "").replace("-", "").isalpha() for w in rest):
        return False
    if any(w.lower() in _RELATIVE_WORDS for w in rest) or _first_person(rest, language):
        return False  # "ogni giorno che perdiamo": what the clause says, no name of a thing
    return not holds_finite(rest, language)


def _for_whom(rest: list[str], language: str) -> int:
    """How many words of a copula's rest say for whom the subject is what it is, before the
    noun phrase ('per Lotto | la città della libertà', 'for Iceland | the main ...'): a name
    of one or two words after 'per' / 'for'; 0 when the rest does not open so."""
    if len(rest) < 3 or rest[0].lower() != _FOR[language]:
        return 0
    for k in (2, 3):
        name = rest[1:k]
        if k < len(rest) and all(w[:1].isupper() and w.isalpha() for w in name):
            if rest[k].lower() in _PREDICATE_DETERMINERS[language] or rest[k].lower().startswith(
                _IT_ELIDED
            ):
                return k
    return 0


_FOR = {"it": "per", "en": "for"}


def _named_subject(words: list[str], language: str) -> str | None:
    """The subject as a question names it when it is a name ('Minsk', 'ASEAN') or a noun after
    a demonstrative, which the question makes definite ('Questa dichiarazione' -> 'la
    dichiarazione', 'This deal' -> 'the deal'); None for any other subject."""
    first = words[0].lower()
    if first in _DEMONSTRATIVES[language]:
        rest = words[1:]
        if not 0 < len(rest) < _MOST_SUBJECT or not all(w.isalpha() and w.islower() for w in rest):
            return None
        if holds_finite(rest, language) or rest[0].lower() in STOPWORDS[language]:
            return None  # "questo nel lungo periodo": a pronoun, no noun it points at
        article = _definite_for(first, rest[0], language)
        return f"{article}{'' if article.endswith('’') else ' '}{' '.join(rest)}"
    if len(words) > _MOST_NAME or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if any(w.lower() in STOPWORDS[language] for w in words):
        return None  # "Oggi", "We": no name
    if len(words) == 1 and not words[0].isupper() and is_known_word(first, language):
        return None  # "Energy is an essential service": a word that opens the quotation
    return " ".join(words)


_DEMONSTRATIVES = {
    "it": frozenset("questo questa questi queste".split()),
    "en": frozenset("this these".split()),
}
_MOST_NAME = 3  # words of a name a quotation's subject may be


def _definite_for(demonstrative: str, noun: str, language: str) -> str:
    """The definite article a question says for a demonstrative: 'questa' -> 'la', 'questo
    accordo' -> 'l’', 'questi sfollati' -> 'gli', 'this' -> 'the'."""
    if language == "en":
        return "the"
    if demonstrative == "queste":
        return "le"
    if demonstrative == "questi":
        return "gli" if noun[:1] in "aeiouàèéìòù" or takes_lo(noun) else "i"
    return definite_article("un" if demonstrative == "questo" else "una", noun)


# Words that open a relative clause inside a subject.
_RELATIVE_WORDS = frozenset("che cui quale who which that whose where dove".split())


def _predicate(words: list[str], language: str) -> bool:
    """Whether words are a noun phrase a thing is said to be: a determiner and a few words
    ('l’erosione' is two), not a clause ('the reason is that ...', 'is what we feared')."""
    if not words or len(words) > _MOST_ANSWER:
        return False
    first = words[0].lower()
    if language == "it" and first.startswith(_IT_ELIDED) and len(first) > 3:
        pass
    elif first not in _PREDICATE_DETERMINERS[language] or len(words) < 2:
        return False
    return not any(w.lower() in _SUBORDINATORS[language] for w in words)


def _infinitive_predicate(words: list[str], language: str) -> bool:
    """Whether words are what a thing is said to be, as a verb's phrase: 'svendere il
    formaggio', 'to sell the cheese' (after 'l’alternativa era', 'the only option is')."""
    if not 2 <= len(words) <= _MOST_ANSWER or any(
        w.lower() in _SUBORDINATORS[language] for w in words
    ):
        return False
    first = words[0].lower()
    if language == "en":
        return first == "to" and words[1].isalpha() and words[1].islower()
    return (
        first.isalpha()
        and first.endswith(("are", "ere", "ire"))
        and len(first) > 4
        and lemma(first, "it") == first
    )


_INDEFINITE_ARTICLES = frozenset("a an un uno una un’".split())


def _indefinite(np: str) -> bool:
    """Whether a noun phrase opens with an indefinite article, an elided one too ('un’idea')."""
    return np.split(None, 1)[0].lower() in _INDEFINITE_ARTICLES or np.lower().startswith("un’")


def _identifies(np: str, language: str) -> bool:
    """Whether a predicate picks out one thing: a definite article and a word that makes it
    one of a kind ('il problema numero uno', 'the lowest point of the county')."""
    first = np.split(None, 1)[0].lower()
    definite = first in ("the", "il", "lo", "la", "i", "gli", "le") or first.startswith("l’")
    return definite and _IDENTIFYING[language].search(np) is not None


MAX_BARE = 3  # words of a noun phrase with no determiner a one-of-a-kind subject is said to be


def _bare_noun_phrase(words: list[str], language: str) -> bool:
    """Whether words are a short noun phrase without a determiner: 'staffing', 'water
    pressure', 'acqua e luce'; no verb, no figure, not the speaker's."""
    return (
        1 <= len(words) <= MAX_BARE
        and all(w.isalpha() and w.islower() for w in words)
        and words[0] not in STOPWORDS[language]
        and words[-1].endswith(_NOUN_ENDINGS[language])
        and not holds_finite(words, language)
        and not _first_person(words, language)
    )


# Endings of nouns, not adjectives: a bare answer must be a thing ('staffing', 'la
# manutenzione'), not a quality ('simple').
_NOUN_ENDINGS = {
    "en": tuple("ing tion sion ment ness ity ance ence ship age ure".split()),
    "it": tuple("zione sione mento ità ezza anza enza tura aggio".split()),
}


# Words that make a subject one of a kind: the question asks which thing it is ('qual è il
# rischio più immediato?', 'what is the biggest problem?'), not how it is described.
_IDENTIFYING = {
    "it": re.compile(
        r"\b(?:più|meno|maggiore|migliore|peggiore|primo|prima|ultimo|ultima|unico|unica|vero"
        r"|vera|principale|numero uno)\b"
    ),
    "en": re.compile(r"\b(?:most|least|first|last|only|real|main|biggest|\w{3,}est)\b"),
}
# Words of a rank, which make a subject one thing even when what it is said to be is one of a
# kind ('il primo investimento sarà un laboratorio'), not a quality ('la via principale').
_RANKED = {
    "it": re.compile(r"\b(?:più|meno|primo|prima|ultimo|ultima|unico|unica)\b"),
    "en": re.compile(r"\b(?:most|least|first|last|only|\w{3,}est)\b"),
}
_IT_WHICH = {
    "resta": "qual è",
    "rimane": "qual è",
    "è stato": "qual è stato",
    "è stata": "qual è stata",
    "è": "qual è",
    "era": "qual era",
    "sarà": "quale sarà",
    "sono": "quali sono",
    "erano": "quali erano",
    "saranno": "quali saranno",
}


def _clause(text: str, language: str = "") -> str:
    """The text up to the end of its first clause; with `language`, a comma that parts the items
    of a list ('dal medico, in banca o a scuola') does not end it."""
    at = 0
    while (m := _CLAUSE_END.search(text, at)) is not None:
        if (
            language
            and text[m.start() : m.end()].strip() == ","
            and _list_goes_on(text[m.end() :], language)
        ):
            at = m.end()
            continue
        return text[: m.start()]
    return text


def _list_goes_on(rest: str, language: str) -> bool:
    """Whether the words after a comma are the last items of a list: a conjunction within the
    next three words after the first, before any other break."""
    for k, w in enumerate(rest.split()[:3]):
        if w.lower() in LIST_CONJUNCTIONS[language]:
            return k > 0  # ", and it is ...": a clause joined, not the last item of a list
        if w[-1:] in ",;:.":
            return False
    return False


# What follows a copula a likeness opens with: "Un alveare è come una centralina".
_LIKE = {"en": "like", "it": "come"}
# How a question puts a copula when it asks for the subject: "what was decisive?".
_EN_SINGULAR = {"are": "is", "were": "was", "have been": "has been"}
_IT_SINGULAR = frozenset(["è", "era", "sarà", "è stato", "è stata"])


def _what_it_is(part: str, speaker: str, language: str) -> _Asked | None:
    """'A school of their own is the only sensible answer' -> ('How did S describe a school of
    their own?', 'the only sensible answer'); '«Il grifone è uno spazzino della montagna»' ->
    'Secondo S, che cos’è il grifone?'; 'non è una comodità ma l’unico modo ...' -> 'l’unico
    modo ...'; 'Un alveare è come una centralina' -> 'Secondo S, a che cosa somiglia un
    alveare?'; 'Il camper è stato decisivo' -> 'Secondo S, che cosa è stato decisivo?' -> 'il
    camper'."""
    opening, part = _opening(part, language)
    copulas = _EN_COPULAS if language == "en" else tuple(IT_COPULAS)
    words = part.split()
    for k in range(1, min(len(words), _MOST_SUBJECT + 1)):
        not_at = k if words[k].lower() == _NOT[language] and language == "it" else -1
        at = k + 1 if not_at == k else k
        copula = _copula_at(words, at, copulas)
        if copula is None:
            continue
        subject = words[:k]
        bare = False  # "Staffing remains the biggest obstacle": asked only for the subject
        named = None if _subject(subject, language) else _named_subject(subject, language)
        if named is None and not _subject(subject, language):
            bare = _bare_noun_phrase([_lower_first(subject[0]), *subject[1:]], language)
            if not bare:
                return None
        rest = words[at + len(copula.split()) :]
        if rest and rest[0].lower() in _COPULA_ADVERBS[language]:
            rest = rest[1:]
        negated = not_at >= 0
        if language == "en" and rest and rest[0].lower() == _NOT["en"]:
            negated, rest = True, rest[1:]
        thing = named or _lower_first(" ".join(subject))
        whom = _for_whom(rest, language)
        if whom:  # "Bergamo è stata per Lotto| la città della libertà": for whom it was so
            thing, rest = f"{thing} {' '.join(rest[:whom])}", rest[whom:]
        where = f"{_lower_first(opening)}, " if opening else ""
        distance = _distance(rest, language) if not negated else None
        if distance is not None:
            if language == "en":
                question = f"According to {speaker}, {where}how far away is {thing}?"
            else:
                question = f"Secondo {speaker}, {where}quanto dista {thing}?"
            return _Asked(question, distance, f"{speaker} {thing}", "thing")
        like = bool(rest) and rest[0].lower() == _LIKE[language] and not negated
        if like:
            rest = rest[1:]
        answer = _described_as(" ".join(rest), negated, language)
        which = (
            answer is not None
            and not like
            and bool(_IDENTIFYING[language].search(thing))
            and (not _indefinite(answer) or bool(_RANKED[language].search(thing)))
        )  # "qual è il rischio?" -> "l’erosione"; "la via principale è stata un cantiere": how
        if answer is None and not negated and not like:
            said = _clause(" ".join(rest), language).split()
            if _infinitive_predicate(said, language):
                answer, which = " ".join(said), True  # "l’alternativa era svendere ..."
            elif _IDENTIFYING[language].search(thing) and _bare_noun_phrase(said, language):
                answer, which = " ".join(said), True  # "the biggest problem is staffing"
        reverse = (
            answer is not None
            and not which
            and not negated
            and not like
            and not _indefinite(thing)  # "a new pier": vague
            and not _first_person(answer.split(), language)  # "the only tool we have"
            and _identifies(answer, language)
        )
        if bare and not reverse:
            return None
        if reverse and answer is not None:
            # "nel Sarrabus l’acqua resta il problema numero uno" -> "qual è il problema
            # numero uno?" -> "l’acqua": the one-of-a-kind predicate asks for its subject
            if language == "en":
                verb = {"remains": "is", "remained": "was"}.get(copula, copula)
                question = f"According to {speaker}, {where}what {verb} {_lower_first(answer)}?"
            else:
                question = f"Secondo {speaker}, {where}{_IT_WHICH[copula]} {answer}?"
            return _Asked(question, thing, f"{speaker} {answer}", "thing")
        if which and answer is not None:
            if language == "en":
                question = f"According to {speaker}, {where}what {copula} {thing}?"
            else:
                question = f"Secondo {speaker}, {where}{_IT_WHICH[copula]} {thing}?"
            return _Asked(question, answer, f"{speaker} {thing}")
        if answer is None:
            if like:
                return None
            verb = " ".join(words[k : len(words) - len(rest)])  # "non è più", "is no longer"
            return _what_is_so(rest, copula, verb, thing, speaker, where, language)
        if opening and language == "en":
            return None  # "How did S describe the pier, for the town?": the opening dangles
        if like and language == "en":
            question = f"According to {speaker}, what is {thing} like?"
        elif like:
            question = f"Secondo {speaker}, {where}a che cosa somiglia {thing}?"
        elif language == "en":
            question = f"How did {speaker} describe {thing}?"
        else:
            question = f"Secondo {speaker}, {where}{IT_COPULAS[copula]} {thing}?"
        return _Asked(question, answer, f"{speaker} {thing}")
    return None


_IT_SPAN_UNITS = r"(?:ore|ora|minuti|chilometri|km|metri|miglia|giorni)"
_EN_SPAN_UNITS = r"(?:hours?|minutes?|miles?|kilometres?|kilometers?|km|metres?|meters?|days?)"
# Where a thing is, as how far it is: "è a un’ora di curve", "is 40 miles away".
_DISTANCE = {
    "it": re.compile(
        r"a\s+(?P<span>"
        + _IT_MODIFIERS
        + r"(?:un’|un'|\d+(?:[.,]\d+)?\s+|[a-z]+\s+)"
        + _IT_SPAN_UNITS
        + r"(?:\s+d[ia]\s+[a-zà-ù]+)?)$"
    ),
    "en": re.compile(
        r"(?P<span>"
        + _EN_MODIFIERS
        + r"(?:an?\s+|\d+(?:[.,]\d+)?\s+|[a-z]+(?:-[a-z]+)?\s+)"
        + _EN_SPAN_UNITS
        + r")\s+away$"
    ),
}


def _distance(rest: list[str], language: str) -> str | None:
    """How far a thing is, when the copula's clause tells nothing else: 'a un’ora di curve',
    '40 miles away' -> '40 miles'."""
    said = _clause(" ".join(rest))
    m = _DISTANCE[language].match(said)
    if m is None:
        return None
    span = m.group("span")
    words = span.split()
    count = words[0].lower() if len(words) > 1 else ""
    if count and not (
        count[:1].isdigit() or count in NUMBER_WORDS[language] or count in ("a", "an", "un")
    ):
        if not count.startswith(("un’", "un'")) and count not in ("circa", "about", "almost"):
            return None
    return span


# Adverbs a denial of a quality may hold: "non è più sostenibile", "is no longer viable".
_DENIAL_ADVERBS = {"it": frozenset(["più"]), "en": frozenset(["no", "longer"])}


def _what_is_so(
    rest: list[str],
    copula: str,
    verb: str,
    thing: str,
    speaker: str,
    where: str,
    language: str,
) -> _Asked | None:
    """The subject a quotation says is so, when the copula is followed by an adjective or two
    that close the clause: 'Il camper è stato decisivo' -> ('Secondo S, che cosa è stato
    decisivo?', 'il camper'); 'il reparto non è più sostenibile' -> 'che cosa non è più
    sostenibile?'."""
    while rest and rest[0].lower() in _DENIAL_ADVERBS[language]:
        verb, rest = f"{verb} {rest[0]}", rest[1:]
    if _denied(verb, language) and not verb.endswith(("più", "longer")):
        return None  # "The effect was not enormous, but ...": a hedge, not what is so
    clause = " ".join(rest)
    said = _clause(clause).split()
    if len(said) != len(rest) and clause[len(" ".join(said)) :][:1] not in ",;:.":
        return None
    if not said or not all(_an_adjective(w, language) for w in said[::2]):
        return None
    if len(said) not in (1, 3) or (
        len(said) == 3 and said[1].lower() not in {*LIST_CONJUNCTIONS[language], *_BUT[language]}
    ):
        return None  # "decisivo", "slow but sure"
    if thing.split()[-1].lower() in _VAGUE_THINGS:
        return None  # "Il posto è bellissimo": which place, the quotation alone does not say
    quality = " ".join(said)
    verb = verb.lower()
    if language == "en":
        for plural, singular in _EN_SINGULAR.items():
            verb = re.sub(rf"^{plural}\b", singular, verb)
        question = f"According to {speaker}, {where}what {verb} {quality}?"
    elif copula in _IT_SINGULAR and copula != "è stata" and said[-1].endswith(("o", "e")):
        question = f"Secondo {speaker}, {where}che cosa {verb} {quality}?"
    else:
        return None  # "sono stati decisivi", "è stata rapida": 'che cosa' asks in the masculine
    return _Asked(question, thing, f"{speaker} {quality}", "thing")


# Nouns that name a thing only through what the talk is about: "the place", "la cosa".
_VAGUE_THINGS = frozenset(
    """posto luogo cosa situazione idea risultato momento problema questione punto place
    thing situation idea result moment one issue problem point question matter""".split()
)


def _an_adjective(word: str, language: str) -> bool:
    """Whether a word may be an adjective said of a thing: a word in lower case that is no
    verb, article, pronoun or figure."""
    if not word.isalpha() or not word.islower() or word in STOPWORDS[language]:
        return False
    if word in _FIRST_PERSON[language] or word in _EN_STANDING_IN:
        return False
    if holds_finite([word], language) or is_gerund(word, language):
        return False
    if word in _PLACE_ADVERBS or word in _COPULA_ADVERBS[language]:
        return False
    return word not in _PREDICATE_DETERMINERS[language] and word not in NUMBER_WORDS[language]


# Words after a copula that tell where a thing is, not what it is like: "the skills are here".
_PLACE_ADVERBS = frozenset(
    "here there everywhere nowhere back out away gone qui qua lì là ovunque dappertutto".split()
)


def _copula_at(words: list[str], at: int, copulas: tuple[str, ...]) -> str | None:
    """The copula the words hold at `at`, the longest first ('è stato' before 'è')."""
    for copula in sorted(copulas, key=len, reverse=True):
        n = len(copula.split())
        if [w.lower() for w in words[at : at + n]] == copula.split():
            return copula
    return None


def _described_as(rest: str, negated: bool, language: str) -> str | None:
    """The noun phrase after a copula, up to the end of its clause; after a denial ('non è A,
    ma B', 'is not A but B', 'non è A, è B') the phrase it is instead."""
    if negated:
        m = re.search(
            r"[,]?\s(?:" + "|".join(_BUT[language]) + r"|è|it’s|it's|it is)\s", rest, re.IGNORECASE
        )
        if m is None:
            return None
        rest = rest[m.end() :]
    clause = _clause(rest, language).split()
    if not _predicate(clause, language):
        return None
    return " ".join(clause)


# An opening that ties the clause to what was said before it, or says it is the speaker's
# view, left out of the question.
_LINKING_OPENING = re.compile(
    r"(?i)(?:per\s+questo(?:\s+motivo)?|per\s+questa\s+ragione|for\s+this\s+reason"
    r"|for\s+that\s+reason|in\s+questo\s+modo|in\s+this\s+way"
    r"|per\s+(?:noi|me)|for\s+(?:us|me)),?\s+"  # the speaker's own view: "Per noi i nonni ..."
)
_BE_WORDS = frozenset("è era fu sarà sono erano saranno is was are were".split())


def _opening(part: str, language: str) -> tuple[str, str]:
    """A clause's opening phrase, and the clause: 'Per chi vive ad Alicudi tutto l’anno, |
    l’aliscafo è ...', 'con questi volumi | il reparto non è ...', 'For the island, | the ferry
    is ...': a phrase that opens with a preposition, set off by a comma or ending where a
    determiner opens the subject, with no verb of its own before that."""
    words = part.split()
    if not words or words[0].lower() not in _OPENING_PREPOSITIONS[language]:
        return "", part
    linking = _LINKING_OPENING.match(part)
    if linking is not None:  # "Per questo il primo investimento ...": it ties to what was said
        return "", part[linking.end() :]
    comma = part.find(", ")
    if comma >= 0 and 2 <= len(part[:comma].split()) <= 10:
        if not _BE_WORDS & {w.lower() for w in part[:comma].split()}:
            return part[:comma], part[comma + 2 :]  # not the clause itself, 'Per anni X è Y,'
    for k in range(2, min(len(words), 6)):
        first = words[k].lower()
        if first in _SUBJECT_DETERMINERS[language] or (
            language == "it" and first.startswith(_IT_ELIDED)
        ):
            if holds_finite(words[1:k], language):
                return "", part
            return " ".join(words[:k]), " ".join(words[k:])
    return "", part


# --- What a thing the quotation names does ------------------------------------------------

# "È una sentenza che restituisce dignità a ...", "It is a ruling that restores dignity to ...":
# the thing named, then what it does to what.
_CLEFT = {
    "it": re.compile(
        r"^È\s+(?P<det>una\s|uno\s|un\s|un’|un')\s*(?P<noun>[^\s,;:]+(?:\s[a-zà-ù]+){0,2})\s+che\s+"
        r"(?P<verb>[a-zà-ù]+)\s+(?P<rest>.+)$"
    ),
    "en": re.compile(
        r"^(?:It\s+is|It’s|It's|This\s+is)\s+(?P<det>a|an)\s+(?P<noun>[a-z]+(?:\s[a-z]+){0,2})"
        r"\s+(?:that|which)\s+(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
    ),
}
# Where the object of the verb ends: a preposition opens what it is done to or for.
_OBJECT_ENDS = {
    "it": frozenset(
        """a ad al allo alla ai agli alle all’ per in nel nella con su sul sulla da dal dalla
        tra fra""".split()
    ),
    "en": frozenset("to for in on with from at by into".split()),
}
_MOST_OBJECT = 5
# Words after the object a question keeps: 'to the valley'; a longer tail is left out.
_MOST_TAIL = 4


def _what_it_does(part: str, speaker: str, language: str) -> _Asked | None:
    """'È una sentenza che restituisce dignità a persone ...' -> ('Secondo S, che cosa
    restituisce la sentenza?', 'dignità'); 'It is a law that gives families hope' -> 'According
    to S, what does the law give families?' is not asked: the object is the first phrase after
    the verb, up to a preposition."""
    m = _CLEFT[language].match(part)
    if m is None:
        return None
    noun, verb, det = m.group("noun"), m.group("verb"), m.group("det").strip()
    if holds_finite(noun.split(), language) or not _third_person(verb, language):
        return None
    words = _clause(m.group("rest")).split()
    obj: list[str] = []
    for w in words:
        if w.lower() in _OBJECT_ENDS[language] or w.lower() in _SUBORDINATORS[language]:
            break
        obj.append(w)
    if not 1 <= len(obj) <= _MOST_OBJECT or obj[0].lower() in _PREDICATE_DETERMINERS[language]:
        return None  # "che restituisce la dignità": asked with its article, left alone
    if _first_person(obj, language) or any(w.lower() in _EN_STANDING_IN for w in obj):
        return None
    tail = words[len(obj) :]
    if tail and not _RELATIVE_WORDS.isdisjoint(w.lower() for w in obj):
        # "cose che denunciamo | da anni": what follows is the relative's, not the verb's
        if len(obj) + len(tail) > _MOST_OBJECT:
            return None
        obj, tail = obj + tail, []
    where = f" {' '.join(tail)}" if tail and len(tail) <= _MOST_TAIL else ""
    if language == "it":
        thing = _it_definite(det, noun)
        question = f"Secondo {speaker}, che cosa {verb} {thing}{where}?"
    else:
        base = lemma(verb, "en")
        if base == verb:
            return None
        thing = f"the {noun}"
        question = f"According to {speaker}, what does {thing} {base}{where}?"
    return _Asked(question, " ".join(obj), f"{speaker} {thing}", "thing")


def _third_person(verb: str, language: str) -> bool:
    """Whether a verb is in the present's third person singular: 'restituisce', 'gives'."""
    if verb in AUXILIARIES[language] or verb in STOPWORDS[language]:
        return False
    if language == "en":
        return may_be_present(verb, "en")
    if not verb.endswith(("a", "e")) or verb.endswith("mente"):
        return False
    return is_finite(verb, "it") or lemma(verb, "it") != verb  # "porta": 'porto' to a lemmatizer


def _it_definite(det: str, noun: str) -> str:
    """The definite article of an Italian noun phrase an indefinite one opened: 'una
    sentenza' -> 'la sentenza', 'un’opera' -> 'l’opera', 'uno studio' -> 'lo studio'."""
    if det in ("un’", "un'"):
        return f"l’{noun}"
    if noun[:1].lower() in "aeiouàèéìòù":
        return f"l’{noun}"
    if det == "uno":
        return f"lo {noun}"
    return f"{'la' if det == 'una' else 'il'} {noun}"


# --- How long something takes ---------------------------------------------------------------

_IT_UNITS = (
    r"(?:anni|anno|mesi|mese|settimane|settimana|giorni|giorno|ore|ora|minuti|decenni|secoli)"
)
_EN_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|generations?)"
_IT_ELIDED_TENS = r"(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant|un)[’']"
# "Ci vorranno vent’anni per rivedere un bosco maturo": the verb, the span, what it is for.
_IT_TAKES = {
    "ci vorranno": "ci vorrà",
    "ci vorrà": "ci vorrà",
    "ci vogliono": "ci vuole",
    "ci vuole": "ci vuole",
    "ci sono voluti": "ci è voluto",
    "ci sono volute": "ci è voluto",
    "ci è voluto": "ci è voluto",
    "ci è voluta": "ci è voluto",
    "serviranno": "servirà",
    "servirà": "servirà",
}
_EN_TAKES = {
    "will take": "will it take",
    "would take": "would it take",
    "could take": "could it take",
    "took": "did it take",
    "has taken": "has it taken",
    "takes": "does it take",
}


def _figure(language: str) -> str:
    """A span of time as a pattern: 'vent’anni', 'due settimane', 'five years', 'a decade'."""
    if language == "it":
        word = r"(?:\d+(?:[.,]\d+)?|[a-zà-ù]+)\s+"
        return _IT_MODIFIERS + r"(?:" + _IT_ELIDED_TENS + r"|" + word + r")" + _IT_UNITS
    return _EN_MODIFIERS + r"(?:\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s+" + _EN_UNITS


def _time_pattern(language: str) -> re.Pattern[str]:
    takes = _IT_TAKES if language == "it" else _EN_TAKES
    verbs = "|".join(sorted(takes, key=len, reverse=True))
    if language == "it":
        return re.compile(
            r"^(?P<verb>" + verbs + r")\s+(?P<span>" + _figure("it") + r")\s+per\s+(?P<aim>.+)$",
            re.IGNORECASE,
        )
    return re.compile(
        r"^it\s+(?P<verb>" + verbs + r")\s+(?P<span>" + _figure("en") + r")\s+to\s+(?P<aim>.+)$",
        re.IGNORECASE,
    )


_TIME = {lang: _time_pattern(lang) for lang in ("it", "en")}


def _time_taken(part: str, speaker: str, language: str) -> _Asked | None:
    """'Ci vorranno vent’anni per rivedere un bosco maturo' -> ('Secondo S, quanto tempo ci
    vorrà per rivedere un bosco maturo?', 'vent’anni'); 'It will take five years to rebuild
    the pier' -> 'According to S, how long will it take to rebuild the pier?'."""
    m = _TIME[language].match(part)
    if m is None:
        return None
    span = m.group("span")
    if not _a_count(span, language):
        return None
    aim = _clause(m.group("aim")).split()
    if not 1 <= len(aim) <= _MOST_CLAUSE or _first_person(aim, language):
        return None
    aim_text = " ".join(aim)
    verb = m.group("verb").lower()
    if language == "it":
        question = f"Secondo {speaker}, quanto tempo {_IT_TAKES[verb]} per {aim_text}?"
    else:
        question = f"According to {speaker}, how long {_EN_TAKES[verb]} to {aim_text}?"
    return _Asked(question, span, f"{speaker} {aim_text}", "thing")


def _a_count(span: str, language: str) -> bool:
    """Whether the word before a span's unit counts it: a figure, a number word, an article
    ('a decade', 'un anno') or an elided ten ('vent’anni')."""
    words = span.split()
    if len(words) == 1:
        return True  # "vent’anni"
    count = words[-2].lower()
    if count[:1].isdigit() or count in NUMBER_WORDS[language]:
        return True
    return count in ({"a", "an", "few", "several", "many"} if language == "en" else {"un", "uno"})


# --- Why something is so ---------------------------------------------------------------------

_BECAUSE = {"en": "because", "it": "perché"}
_EN_AUXILIARIES = frozenset(
    """is are was were has have had will would can could should must do does did isn’t aren’t
    wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t don’t
    doesn’t didn’t cannot""".replace("’", "'").split()
)
# The first person, which a question put by someone else cannot keep.
_FIRST_PERSON = {
    "en": frozenset("i me my mine myself we us our ours ourselves you your".split()),
    "it": frozenset(
        """io me mi mio mia miei mie noi ci ce ne nostro nostra nostri nostre tu te ti tuo
        tua voi vi vostro vostra ho""".split()
    ),
}
# The speaker's 'we' told in the third person: "we have" -> "they have".
_EN_WE = {"we": "they", "us": "them", "our": "their", "ours": "theirs"}
# Words that stand for what the quotation named before: "why are they buying it?" does not say.
_EN_STANDING_IN = frozenset("it this that these those he she him her".split())
_IT_WE = {"abbiamo": "hanno", "siamo": "sono", "avevamo": "avevano", "eravamo": "erano"}


def _reason(part: str, speaker: str, language: str) -> _Asked | None:
    """'We have turned away orders for two years because we simply haven’t had the space' ->
    ('Why have they turned away orders for two years, according to S?', 'because we simply
    haven’t had the space'); '«La scuola ha chiuso perché mancano i bambini»' -> 'Secondo S,
    perché la scuola ha chiuso?'."""
    because = _BECAUSE[language]
    m = re.search(r"\s" + because + r"\s", part, re.IGNORECASE)
    if m is None:
        return None
    said, reason = part[: m.start()], _clause(part[m.start() + 1 :])
    if reason.split()[1:2] in (["of"], ["di"]) or _denied(said, language):
        return None  # "cannot refuse it because of ...": what the denial rests on is unclear
    if any(c in said for c in ",;:") or not 2 <= len(reason.split()) <= _MOST_CLAUSE + 1:
        return None
    words = said.split()
    if not 2 <= len(words) <= _MOST_CLAUSE:
        return None
    asked = _en_why(words) if language == "en" else _it_why(words)
    if asked is None:
        return None
    if language == "en":
        question = f"Why {asked}, according to {speaker}?"
    else:
        question = f"Secondo {speaker}, perché {asked}?"
    return _Asked(question, reason, f"{speaker} {because}", "thing")


def _denied(said: str, language: str) -> bool:
    """Whether a clause is denied: a reason after it may be the reason for it or the reason
    denied ('We did not close because of the rent')."""
    words = [w.lower().replace("’", "'") for w in said.split()]
    if language == "it":
        return "non" in words or "mai" in words
    return any(w in ("not", "never", "cannot") or w.endswith("n't") for w in words)


def _en_why(words: list[str]) -> str | None:
    """'we have turned away orders' -> 'have they turned away orders': the clause put as a
    question, its auxiliary first; a 'we' told as 'they'."""
    low = [w.lower().replace("’", "'") for w in words]
    if low[0] == "we":
        subject, k = ["they"], 1
    else:
        k = next((i for i, w in enumerate(low) if w in _EN_AUXILIARIES), -1)
        if k < 1 or not _subject(words[:k], "en"):
            return None
        subject = [_lower_first(words[0]), *words[1:k]]
    if k >= len(low) or low[k] not in _EN_AUXILIARIES or k + 1 >= len(low):
        return None
    aux = words[k].lower()
    rest = [_EN_WE.get(w.lower(), w) for w in words[k + 1 :]]
    if _first_person(rest, "en") or any(w.lower() in _EN_STANDING_IN for w in rest):
        return None
    return " ".join([aux, *subject, *rest])


def _it_why(words: list[str]) -> str | None:
    """'abbiamo chiuso la scuola' -> 'hanno chiuso la scuola'; 'la scuola ha chiuso' as it
    stands."""
    first = words[0].lower()
    if first in _IT_WE:
        said = [_IT_WE[first], *words[1:]]
    else:
        k = next((i for i in range(1, len(words)) if holds_finite(words[i : i + 1], "it")), -1)
        if k < 1 or not _subject(words[:k], "it"):
            return None
        said = [_lower_first(words[0]), *words[1:]]
    if _first_person(said, "it") or any(w.lower().endswith("iamo") for w in said):
        return None
    return " ".join(said)


def _first_person(words: list[str], language: str) -> bool:
    return any(w.lower().strip(",.;:!?") in _FIRST_PERSON[language] for w in words)
