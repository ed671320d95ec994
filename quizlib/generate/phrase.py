"""Question templates in Italian and English, and the verb forms they need."""

from __future__ import annotations

import re

from .chunks import main_verb, tokens
from .lexicon import ARTICLES
from .text import lower_first, squash, upper_first
from .verbs import AUXILIARIES, is_participle, lemma, participle_parts, takes_essere

TEMPLATES = {
    "it": {
        "year_participle": "In che anno {vp} {subject}?",
        "year_clause": "In che anno {clause}?",
        "date_clause": "Quando {clause}?",
        "date_noun": "A quando {verb} {np}?",
        "date_noun_full": "In che data {verb2} {np}?",
        "how_many": "Quanti {noun} {verb} {subject}?",
        "acronym": "Che cosa significa la sigla {acronym}?",
        "acronym_reverse": "Qual è la sigla {of_expansion}?",
        "definition": "Che cos’è {subject}?",
        "definition_person": "Chi è {subject}?",
        "definition_plural": "Che cosa sono {subject}?",
        "definition_past": "Che cos’era {subject}?",
        "definition_plural_past": "Che cosa erano {subject}?",
        "reverse_definition": "Quale {np}?",
        "identity": "Qual è {np}?",
        "identity_plural": "Quali sono {np}?",
        "quote": "Chi ha detto “{quote}”?",
        "quote_reverse": "Che cosa ha detto {speaker}?",
        "role": "Chi è {role}?",
        "role_reverse": "Quale carica ricopre {person}?",
        "identity_person": "Chi è {np}?",
        "considered": "Che cosa {verb} {np}?",
        "considered_person": "Chi {verb} {np}?",
        "name_meaning": "Che cosa significa il nome {name}?",
        "definition_person_verb": "Chi {verb} {subject}?",
    },
    "en": {
        "year_participle": "In what year was {subject} {vp}?",
        "year_clause": "In what year {clause}?",
        "date_clause": "When {clause}?",
        "date_noun": "When was {np}?",
        "date_noun_plural": "When were {np}?",
        "date_noun_full": "On what date was {np}?",
        "how_many": "How many {noun} {verb} {subject} {verb2}?",
        "acronym": "What does {acronym} stand for?",
        "acronym_reverse": "What is the acronym for {of_expansion}?",
        "definition": "What is {subject}?",
        "definition_person": "Who is {subject}?",
        "definition_plural": "What are {subject}?",
        "definition_past": "What was {subject}?",
        "definition_plural_past": "What were {subject}?",
        "reverse_definition": "Which {np}?",
        "identity": "What is {np}?",
        "identity_plural": "What are {np}?",
        "quote": "Who said “{quote}”?",
        "quote_reverse": "What did {speaker} say?",
        "role": "Who is {role}?",
        "role_reverse": "What office does {person} hold?",
        "identity_person": "Who is {np}?",
        "considered": "What {verb} {np}?",
        "considered_person": "Who {verb} {np}?",
        "name_meaning": "What does the name {name} mean?",
        "definition_person_verb": "Who {verb} {subject}?",
    },
}


def render(language: str, key: str, **parts: str) -> str:
    text = TEMPLATES[language][key].format(**parts)
    text = squash(text.replace(" ?", "?").replace(" ,", ","))
    return upper_first(text)


def participle_question_vp(participle: str, language: str) -> str:
    """The verb phrase of a question built on a participle: 'fondata' -> 'fu fondata',
    'formatasi' -> 'si è formata', 'emerso' -> 'è emerso'; English keeps the participle."""
    if language == "en":
        return participle
    word, reflexive = participle_parts(participle, language)
    if reflexive:
        return f"si è {word}"
    if takes_essere(word):
        return f"è {word}"
    return f"fu {word}"


_ARTICLE_OF = {
    "il": "del",
    "lo": "dello",
    "la": "della",
    "i": "dei",
    "gli": "degli",
    "le": "delle",
    "l’": "dell’",
}


def of_phrase(phrase: str, language: str) -> str:
    """'la Joint Base' -> 'della Joint Base', 'l’Unione Europea' -> 'dell’Unione Europea'."""
    if language == "en":
        return lower_first(phrase)
    m = re.match(r"^(il|lo|la|i|gli|le)\s+|^(l’)", phrase, re.IGNORECASE)
    if m:
        art = (m.group(1) or m.group(2)).lower()
        rest = phrase[m.end() :]
        joined = _ARTICLE_OF[art]
        return joined + rest if joined.endswith("’") else f"{joined} {rest}"
    return f"di {phrase}"


def english_question_clause(clause_words: list[str], verb_index: int) -> str | None:
    """'Trump and Putin appeared together' -> 'did Trump and Putin appear together'."""
    verb = clause_words[verb_index]
    subject = " ".join(clause_words[:verb_index])
    rest = " ".join(clause_words[verb_index + 1 :])
    if not subject:
        return None
    if verb.lower() in AUXILIARIES["en"]:
        return squash(f"{verb.lower()} {lower_first(subject)} {rest}")
    base = lemma(verb.lower(), "en")
    if base == verb.lower() and not verb.lower().endswith("ed"):
        return None
    return squash(f"did {lower_first(subject)} {base} {rest}")


# Words that go with the verb they stand before: "le elezioni | si tennero", "la giunta | li
# ha approvati", "il museo | non è stato riaperto" (right before a verb, "la" is no article).
IT_CLITICS = frozenset("si ci vi ne".split())
_IT_BEFORE_VERB = IT_CLITICS | frozenset("non lo la li le gli mi ti".split())
# What may end a subject and is no part of it: an adverb ("il ponte ormai | è chiuso").
_IT_ADVERBS = frozenset("ormai infatti già ancora poi anche solo inoltre quindi però più".split())


# The forms of essere (and of the verbs that stand for it) that open a passive or a copula: what
# follows them is no object ("è guidato | dalla preside", "è | sede del Comune").
_IT_ESSERE_LEADS = AUXILIARIES["it"] - frozenset("ha hanno aveva avevano ebbe ebbero".split())


# Nouns of a time a verb is set at, no object of it: "si correrà | l’anno prossimo".
_IT_TIME_NOUNS = frozenset(
    """anno anni mese mesi settimana settimane giorno giorni sera mattina notte estate inverno
    primavera autunno""".split()
)


def italian_takes_object(chain: list[str], rest: str) -> bool:
    """Whether an Italian verb chain is followed by its object: 'guida | il liceo', 'ha vinto |
    il concorso', 'esercitano | la linea T1'; not a passive or a copula ('è stato chiuso | il
    ponte', 'è | sede del Comune'), nor a complement ('milita | in Serie B') or a predicate
    ('resterà | aperta'): an article, a name or a figure opens it."""
    words = rest.split()
    if not chain or not words or chain[0].lower() in _IT_ESSERE_LEADS:
        return False
    first = words[0]
    noun = next((t.low for t in tokens(rest) if t.low not in ARTICLES["it"]), "")
    if noun in _IT_TIME_NOUNS or first.lower() == "ogni":
        return False
    return (
        first.lower() in ARTICLES["it"]
        or first.lower().startswith(("l’", "un’"))
        or first[:1].isupper()
        or first[:1].isdigit()
    )


def italian_heavier_last(verb: str, subject: str, rest: str) -> str:
    """An Italian clause asked with its verb first, the heavier of its subject and what follows
    the verb last: 'è stata istituita | la Basilicata | come regione a statuto ordinario', 'è
    guidato da Roberto Gavazzi | l’ateneo dell’Università degli Studi di Brescia'."""
    if len(tokens(subject)) > len(tokens(rest)):
        return squash(f"{verb} {rest} {subject}")
    return squash(f"{verb} {subject} {rest}")


def italian_wh_clause(chain: list[str], vp: str, subject: str, rest: str) -> str:
    """The clause of an Italian wh-question on a verb chain (`vp` as asked) about a subject:
    the subject first when an object follows the verb ('Da quando il PalaLido ospita le
    gare?', not '... ospita le gare il PalaLido?', where two noun phrases in a row read as
    one), else the verb first ('Quando è stato inaugurato il ponte sul Po?')."""
    if italian_takes_object(chain, rest):
        return squash(f"{subject} {vp} {rest}")
    return italian_heavier_last(vp, subject, rest)


def italian_verb_last(clause: str) -> str:
    """An Italian clause that ends on its verb, with the subject after the verb, as a question
    asks it: 'le prime elezioni si tennero' -> 'si tennero le prime elezioni' ('Quando si
    tennero ...?', not 'Quando le prime elezioni si tennero?'); unchanged when anything
    follows the verb ('la società ha cessato l’attività') or the subject is not plainly one
    ('la mostra che il museo ospita', 'il ponte ormai')."""
    toks = tokens(clause)
    verb = main_verb(toks, "it")
    if verb is None:
        return clause
    first = verb
    while first > 0 and toks[first - 1].low in _IT_BEFORE_VERB:
        first -= 1
    end = verb + 1
    while (
        end < len(toks)
        and toks[end].text.islower()
        and (
            toks[end].low in AUXILIARIES["it"]
            or is_participle(toks[end].text, "it")
            or toks[end].low.endswith(("are", "ere", "ire", "rre"))
        )
    ):
        end += 1  # "è stata chiusa", "sarebbero dovuti partire"
    if first == 0 or end != len(toks) or any(t.text in ',;:()“”«»"–—' for t in toks):
        return clause
    last = toks[first - 1].low
    if any(t.low in {"che", "cui"} for t in toks[:first]) or last in _IT_ADVERBS:
        return clause
    if last.endswith("mente"):
        return clause
    subject = clause[: toks[first].start].strip()
    return f"{clause[toks[first].start :]} {subject}"
