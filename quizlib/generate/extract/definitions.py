"""Definitions and identities from entries: 'Che cos’è la NATO?', its reverse 'Quale alleanza
militare fu istituita nel 1949 ...?', and 'Qual è la città più grande dell’Alaska?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..candidate import Candidate
from ..chunks import (
    ADVERBIALS,
    PREPOSITIONS,
    joins_digits,
    main_verb,
    opens_object,
    starts_with_subject,
    tokens,
)
from ..document import ADJECTIVE_ENDINGS, NAME_RUN, Document, EntryInfo, Sentence, is_known_word
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_MODALS,
    IT_PLURAL_ARTICLES,
    LIST_CONJUNCTIONS,
    MONTHS,
    NOUN_KIND,
    RELATIVE_WORDS,
    ROLE_WORDS,
    SAY_VERBS,
    STOPWORDS,
    WEEKDAYS,
)
from ..memo import per_document
from ..phrase import IT_CLITICS, of_phrase, participle_question_vp, render
from ..rank import MAX_ANSWER_WORDS, MAX_DEFINITION_WORDS
from ..text import fold, is_acronym, it_gender, lower_first, squash, takes_lo
from ..verbs import (
    AUXILIARIES,
    EN_NAMING_PARTICIPLES,
    EN_PAST_WITH_OBJECT,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_verb_lemma,
    lemma,
    may_be_present,
    participle_parts,
)
from .acronyms import is_acronym_like, spelled_by
from .subject import acronym_goes_on, refers_to_entry

_COPULA = re.compile(
    r"\s(?:è\s+stat[oa]|sono\s+stat[ie]|è|era|fu|sono|erano|furono|is|was|are|were)\s"
)
_SUPERLATIVE = re.compile(
    r"\b(?:più|meno|maggiore|minore|migliore|peggiore|maggior|miglior|peggior|prim[oa]|ultim[oa]"
    r"|unic[oa]|capitale|most|least|largest|biggest|smallest|oldest|first|last|only|capital"
    r"|\w+est)\b"
    # a rank by a measure: "la terza città per popolazione", "the second city by population"
    r"|\b(?:per\s+(?:popolazione|numero\s+di\s+abitanti|superficie|estensione)"
    r"|by\s+(?:population|area|size))\b",
    re.IGNORECASE,
)
_DI = frozenset("di del dello della dei degli delle dell’ of".split())
_OF_ARTICLES = frozenset("il lo la i gli le un uno una the a an".split())
_INDEFINITE = frozenset("un uno una un’ a an".split())
_CUT_BEFORE = frozenset(
    "come per durante contro tra fra dopo prima as for during against to among".split()
)
MAX_REST = 10
MAX_LIST_REST = 18  # a reverse question keeps a list whole ("bordered by A, B, C and D")
MAX_RELATIVE = 14  # words of a relative clause kept in an identity ("... che coordina ...")
MAX_MOVED_RELATIVE = 8  # words of a relative clause moved before the verb of a reverse question
MAX_NP = 16  # words of an identity's noun phrase, with its relative clause
_SOLE_RELATIVES = frozenset("che cui chi who which that whom whose".split())
_PLURAL_COPULAS = frozenset(["sono", "erano", "furono", "are", "were", "sono stati", "sono state"])

# --- Clauses and lists --------------------------------------------------------------------

# What ends the phrase a question keeps: a comma (unless a year follows: "May 1, 1900", or it
# is a decimal comma: "4,4 milioni"), a semicolon, a colon (what follows explains, "il primo di
# una costellazione: un secondo ..."), a bracket or a dash.
_BREAK = re.compile(r"(?:(?<!\d),|,(?!\d))(?!\s*\d{4})|[;:()–—]|\s-\s")
MAX_ITEM = 3  # words of an item inside a list ("Tanzania", "its impacts")
# Inside a clause, a comma can only join a list.
_LIST_COMMA = re.compile(r"(?:(?<!\d),|,(?!\d))(?!\s*\d{4})")


def _clause(text: str, language: str) -> str:
    """`text` up to its first break, a list of short items counting as one phrase ('Uganda,
    Tanzania, Burundi and the DR Congo')."""
    pos = 0
    while True:
        m = _BREAK.search(text, pos)
        if m is None:
            return text.strip().rstrip(".!?").strip()
        end = _list_end(text, m.start(), language) if m.group() == "," else None
        if end is None and m.group() == ",":
            end = _verb_list_end(text, m.start(), language)
        if end is None:
            return text[: m.start()].strip()
        pos = end


def _verb_list_end(text: str, comma: int, language: str) -> int | None:
    """Where a list of verbs ends that share the object after the last one: 'che trattiene, |
    usa o vende i beni', 'who takes, | hides or spends the money'. A relative pronoun and a
    verb left without an object before the comma open it; the items are verbs alone."""
    before = text[:comma].split()
    if len(before) < 2 or before[-2].lower() not in RELATIVE_WORDS[language]:
        return None
    if not _is_verb(before[-1], language):
        return None
    conj = LIST_CONJUNCTIONS[language]
    items = re.match(r"((?:\s*[^\W\d_]+,)*\s*[^\W\d_]+\s+)(\w+)\s+([^\W\d_]+)\s", text[comma + 1 :])
    if items is None or items.group(2).lower() not in conj:
        return None
    verbs = [w.strip(" ,") for w in items.group(1).split(",")] + [items.group(3)]
    # the last verb tells the list ('usa' reads as a name to the lemmatizer): the others
    # are single lowercase words that are no article, preposition or conjunction
    if len(verbs) > MAX_ITEM or not _is_verb(verbs[-1], language):
        return None
    if not all(v.islower() and v not in _DANGLING[language] for v in verbs):
        return None
    return comma + 1 + items.end(3)


def _list_end(text: str, comma: int, language: str) -> int | None:
    """Where the list a comma belongs to ends, or None when the comma ends the clause: the
    segments after it are short items, the last one joined by 'e'/'and' ('A, B, C and D')."""
    conj = LIST_CONJUNCTIONS[language]
    start = comma + 1
    while True:
        m = _BREAK.search(text, start)
        stop = m.start() if m else len(text)
        words = text[start:stop].split()
        if not words or _opens_clause(words[0], language):
            return None
        words = _names_as_words(words)
        joined = next((i for i, w in enumerate(words) if w.lower() in conj), None)
        if joined is not None:
            after = words[joined + 1 : joined + 2]
            if joined > MAX_ITEM or not after or _is_verb(after[0], language):
                return None
            if joined == 0 and language == "it":
                return None  # ", e la Certosa": Italian puts no comma before a list's last item
            return stop
        if len(words) > MAX_ITEM or m is None or m.group() != ",":
            return None
        start = stop + 1


def _names_as_words(words: list[str]) -> list[str]:
    """The words of a list's segment, a name counting as one: 'the Isle of Man' is as short an
    item as 'Ireland'."""
    return [w.replace("\u00a0", " ") for w in _NAME_WORDS.sub(_glue, " ".join(words)).split(" ")]


_NAME_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’.-]*(?:\s+(?:of\s+|di\s+)?[A-ZÀ-ÖØ-Þ][\w’.-]*)+")


def _glue(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "\u00a0")


def _opens_clause(word: str, language: str) -> bool:
    """A word that opens a clause or an adjunct, not an item of a list."""
    low = word.lower()
    if low in PREPOSITIONS[language] or low in RELATIVE_WORDS[language] or low in ARTICULATED:
        return True
    return word[:1].islower() and (is_participle(word, language) or _is_verb(word, language))


def _is_verb(word: str, language: str) -> bool:
    """A finite verb after 'e'/'and' ('e ospita', 'and lies'): the predicate goes on with a
    second verb, not a second noun phrase."""
    if not word[:1].islower():
        return False
    if is_finite(word, language):
        return True
    low = word.lower()
    base = lemma(low, language)
    if language == "it":  # a third person: "ospita", "comprende", "ospitano" (not "porto")
        verb = base != low and base.endswith(("are", "ere", "ire", "rre"))
        return verb and low.endswith(("a", "e", "ano", "ono"))
    # English present tense: "lies", "hosts" (a plural noun reads the same; rare here).
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and base != low


# --- Identities: "X è la piazza di Milano che ospita ..." -----------------------------------

_RELATIVE = {
    "it": re.compile(
        r"\s(?:che|dove|(?:a|ad|da|di|in|con|su|per|tra|fra)\s+cui"
        r"|(?:il|la|i|le|nel|nella|del|della|al|alla|dal|dalla|sul|sulla)\s+qual[ei])\s"
    ),
    "en": re.compile(
        r"\s(?:that|which|who|whom|whose|where"
        r"|(?:in|on|at|by|through|for|with|from|of|under)\s+which)\s"
    ),
}
# A second definite noun phrase joined to the first ("la capitale dell’Ohio | e la città più
# popolosa dello stato").
_SECOND_NP = {
    "it": re.compile(r"\s(?:e|ed)\s+(?=(?:il|lo|la|i|gli|le)\s|l’)"),
    "en": re.compile(r"\sand\s+(?=the\s|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*’s\s)"),
}
_SINCE = re.compile(r"\s(?:dal|dall’|da|since|from)\s*(?:il\s+)?\d{4}\b")
# "and one of the oldest cities in Brazil" does not identify: the phrase ends before it.
_ONE_OF = re.compile(r"\s(?:and|e|ed)\s+(?:one\s+of|un[oa]\s+(?:dei|degli|delle))\s")
# The owner a noun phrase names: "dell’Ohio", "of the German state of Saxony", "South Korea’s".
_NAME = r"[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-Þ][\w.-]*)*"
_OWNER_OF = {
    "it": re.compile(
        r"\b(?:di|del|dello|della|dei|degli|delle)\s+(" + _NAME + ")|dell’(" + _NAME + ")"
    ),
    "en": re.compile(r"\bof\s+(?:the\s+)?(" + _NAME + ")"),
}
_POSSESSOR = re.compile(r"^(" + _NAME + r")’s\s")
# A later noun phrase names the same owner again: "la città più popolosa dello stato", "the
# country’s busiest port".
_PLACE_NOUNS = "stato|paese|nazione|regione|città|isola|provincia|continente|comune"
_EN_PLACE_NOUNS = "country|state|nation|region|city|island|province|continent"
_ANAPHOR = {
    "it": re.compile(r"\b(?:dello|del|della)\s+(?:" + _PLACE_NOUNS + r")\b|\bdell’isola\b"),
    "en": re.compile(
        r"\bthe\s+(?:" + _EN_PLACE_NOUNS + r")’s\b|\bof\s+the\s+(?:" + _EN_PLACE_NOUNS + r")\b"
    ),
}
# An ordinal or superlative without a noun, of a group that is no one in particular: "il
# primo di una piccola costellazione" (but "the northernmost capital of a sovereign state").
_INDEFINITE_OWNER = re.compile(
    r"\b(?:prim[oa]|second[oa]|terz[oa]|ultim[oa]|unic[oa]|maggiore|minore|(?:più|meno)\s+\w+"
    r"|first|second|third|last|only|\w+est)\s+(?:di|of)\s+(?:un[oa]?\s|un’|an?\s)",
    re.IGNORECASE,
)
_ORDINALS = frozenset(
    """primo prima primi prime secondo seconda terzo terza ultimo ultima unico unica first
    second third last only""".split()
)


def _headless(np: str, language: str) -> bool:
    """Whether an ordinal stands without its noun before a participle: 'il primo | progettato
    in Italia ...' (the noun is elsewhere: 'il satellite LITORA, il primo ...')."""
    words = np.split()
    if len(words) < 3 or words[1].lower() not in _ORDINALS:
        return False
    return words[2][:1].islower() and is_participle(words[2], language)


def _definite_predicate(pred: str, language: str) -> bool:
    """Whether a predicate opens with a definite noun phrase: 'la capitale ...', 'the ...',
    'l’ente ...', "South Korea’s second-largest city"."""
    first = pred.split(None, 1)[0].lower() if pred.strip() else ""
    if first in ARTICLES[language] and first not in _INDEFINITE:
        return True
    if language == "it" and pred.lower().startswith("l’"):
        return True
    return language == "en" and _POSSESSOR.match(pred) is not None


def _noun_phrase(pred: str, language: str) -> str:
    """The noun phrase a predicate opens with, up to the end of its clause, without a second
    verb ('the capital of Saxony | and lies on the River Elbe')."""
    # "in Italia e, | insieme, un organo ...": a break inside a coordination leaves its first
    # member, without the conjunction
    np = " ".join(_strip_dangling(_clause(pred, language).split(), language))
    since = _SINCE.search(np)
    if since:  # "la capitale dell’Illinois | dal 1839": when, not which
        np = np[: since.start()]
    rel = _RELATIVE[language].search(f" {np} ")
    head = np if rel is None else np[: max(0, rel.start())]
    one = _ONE_OF.search(head)
    if one:  # "the capital of Pernambuco | and one of the oldest cities": no identity
        return head[: one.start()]
    words = head.split()
    for i, w in enumerate(words[:-1]):
        if w.lower() in LIST_CONJUNCTIONS[language] and i > 0 and _is_verb(words[i + 1], language):
            if _plural_nouns(words[i - 1], words[i + 1], language):
                continue  # "the closures of railway lines and stations": two nouns
            if i > 1 and words[i - 2].endswith(","):
                continue  # "che trattiene, usa o vende i beni": the last of a list of verbs
            if _adjective_of_second_noun(words, i + 1, language):
                continue  # "the professional association and registered trade union"
            return " ".join(words[:i])
    return np


def _adjective_of_second_noun(words: list[str], i: int, language: str) -> bool:
    """Whether the English '-ed' word at `i`, after 'and', is an adjective of a second noun
    ('and registered trade union for doctors'), not a past with an object: a noun in small
    letters follows it, with no article a singular object would need."""
    if language != "en" or i + 1 >= len(words) or not words[i].endswith("ed"):
        return False
    nxt = words[i + 1]
    return nxt.isalpha() and nxt.islower() and not opens_object(nxt, language)


def _plural_nouns(before: str, after: str, language: str) -> bool:
    """Whether the words either side of an English 'and' are two plural nouns ('lines and
    stations'), not a plural and a verb of a singular subject ('the capital of Saxony and
    lies ...', whose word before 'and' is no plural)."""
    if language != "en" or not (before.islower() and after.islower()):
        return False
    return all(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in (before, after))


def _split_relative(np: str, language: str) -> tuple[str, str]:
    """('l’ente pubblico nazionale', 'che coordina ...'): a relative clause with no comma
    before it restricts the noun, so it is part of what identifies the answer."""
    rel = _RELATIVE[language].search(f" {np} ")
    if rel is None:
        return np, ""
    return np[: rel.start()].strip(), np[rel.start() :].strip()


def _owner(np: str, language: str) -> tuple[str, str] | None:
    """The name a noun phrase belongs to and how it said so: ('Ohio', 'dell’Ohio'),
    ('South Korea', 'South Korea’s')."""
    if language == "en":
        m = _POSSESSOR.match(np)
        if m:
            return m.group(1), m.group(0).strip()
    found = None
    for m in _OWNER_OF[language].finditer(np):
        found = m  # the last owner: "of the German state of Saxony" -> Saxony
    if found is None:
        return None
    return (found.group(1) or found.group(2)), found.group(0)


def _resolve_anaphor(np: str, owner: tuple[str, str], language: str) -> str | None:
    """'la città più popolosa dello stato' -> '... dell’Ohio'; None without such a reference."""
    m = _ANAPHOR[language].search(np)
    if m is None:
        return None
    name, said = owner
    if language == "it":
        replacement = said if not said.endswith("’s") else f"di {name}"
    elif m.group(0).endswith("’s"):
        replacement = f"{name}’s"
    else:
        replacement = said if said.startswith("of ") else f"of {name}"
    return np[: m.start()] + replacement + np[m.end() :]


def _conjuncts(np: str, language: str) -> list[str]:
    """The noun phrases a coordination joins, each naming its owner: 'la capitale dell’Ohio e
    la città più popolosa dello stato' -> both, the second 'dell’Ohio'. A phrase that needs
    the other to be understood ('la capitale | e la città più grande della Russia') stays
    whole."""
    parts = [p.strip(" ,") for p in _SECOND_NP[language].split(np)]
    if len(parts) == 1:
        return parts
    owner = _owner(parts[0], language)
    if owner is None:
        return [np]
    out = [parts[0]]
    for part in parts[1:]:
        resolved = _resolve_anaphor(part, owner, language)
        if resolved is None and _owner(part, language) is None:
            return [np]
        out.append(resolved or part)
    return out


# "dell’opera", "all’estero": an elided preposition is written together with its noun.
_ELIDED_PREPOSITION = re.compile(r"^(?:dell|all|nell|sull|dall|d)’\w", re.IGNORECASE)


def _identifies(core: str, relative: str, language: str) -> bool:
    """Whether a definite noun phrase picks out one thing: a superlative ('la città più
    grande'), a restrictive relative clause, an owner ('la capitale dell’Ohio'), or a head
    with a complement ('l’organo di giustizia amministrativa'); not 'la penisola', 'l’ente
    pubblico nazionale', or 'il primo di una piccola costellazione'."""
    if _INDEFINITE_OWNER.search(f" {core} ") or _headless(core, language):
        return False
    if relative or _SUPERLATIVE.search(core) or _owner(core, language):
        return True
    words = core.split()
    stop = STOPWORDS[language] | ARTICLES[language]
    content = [w for w in words if w.lower() not in stop and not w.lower().endswith("’")]
    preposition = any(
        w.lower() in PREPOSITIONS[language] or w.lower() in _DI or _ELIDED_PREPOSITION.match(w)
        for w in words[1:]
    )
    return preposition and len(content) >= 3


def _identities(pred: str, language: str) -> list[str]:
    """The noun phrases a definite predicate identifies its subject by, each one enough to
    ask 'Qual è ...?'."""
    out = []
    whole = _noun_phrase(pred, language)
    # A relative clause goes with the last noun phrase: one question for a coordination.
    parts = _conjuncts(whole, language) if not _split_relative(whole, language)[1] else [whole]
    for part in parts:
        core, relative = _split_relative(part, language)
        if len(relative.split()) > MAX_RELATIVE:
            relative = ""  # too long to ask; the noun phrase alone may still identify
        if not _identifies(core, relative, language):
            continue
        np = squash(f"{core} {relative}")
        if 2 <= len(np.split()) <= MAX_NP:
            out.append(np)
    return out


def _identity_question(
    np: str, language: str, person: bool, plural: bool = False, past: bool = False
) -> str:
    """'Qual è la capitale dell’Ohio?'; of an identity the sentence puts in the past ('Bari fu
    la capitale del ducato ...'), 'Qual era ...?'."""
    key = "identity_person" if person else "identity_plural" if plural else "identity"
    question = render(language, key, np=np if language == "it" else lower_first(np))
    if not past:
        return question
    head, rest = question.split(" ", 1)
    verb, rest = rest.split(" ", 1)
    if language == "it":
        past_verb = {"è": "era", "sono": "erano"}.get(verb, verb)
        return f"{head} {past_verb} {rest}"
    return f"{head} {'were' if verb == 'are' else 'was'} {rest}"


# The copulas of an identity told in the past: asked in the past.
_PAST_COPULAS = frozenset("era erano fu furono was were".split())


def _kind_of(np: str, language: str) -> str:
    """A superlative names the one thing it can be ('la città più grande'); its relative
    clause does not count ('l’ente che finanzia il più grande ...')."""
    core = _split_relative(np, language)[0]
    return "superlative" if _SUPERLATIVE.search(core) else "entity"


# --- Reverse definitions: "Quale alleanza militare fu istituita nel 1949 ...?" ----------------

_YEAR = re.compile(r"\b\d{4}\b")
# Participles that describe a lasting state: a question asks "è situato", "is bordered by",
# not "fu situato" (an event keeps the past: "fu fondato nel 1912").
_STATIVE = {
    "it": frozenset(
        """situato collocato ubicato localizzato posto sito circondato bagnato attraversato
        delimitato affacciato dedicato specializzato controllato posseduto partecipato composto
        costituito formato conosciuto noto chiamato soprannominato denominato considerato basato
        gestito guidato diretto presieduto abitato popolato collegato legato dotato caratterizzato
        compreso destinato rivolto incentrato diviso suddiviso finanziato quotato utilizzato usato
        diffuso parlato impegnato servito frequentato causato provocato trasmesso indossato
        coltivato percorso alimentato lambito dominato sovrastato ospitato ottenuto prodotto
        incaricato praticato giocato tutelato protetto""".split()
    ),
    "en": frozenset(
        """located situated bordered surrounded based headquartered known named called nicknamed
        dedicated devoted controlled owned composed specialised specialized linked connected
        crossed populated inhabited considered focused bounded characterised characterized
        governed run managed led chaired funded financed listed used spoken divided found
        caused spread transmitted carried worn grown fed drained traversed flanked overlooked
        dominated played practised practiced made drawn produced regarded charged operated
        protected""".split()
    ),
}
# Participles of a state a reflexive verb says in the present: "estesa per 550 chilometri
# quadrati" -> "si estende per ...", not "fu estesa" (nobody extended it).
_REFLEXIVE_STATE: dict[str, dict[str, str]] = {
    "it": {"esteso": "si estende", "disteso": "si distende", "snodato": "si snoda"},
    "en": {},
}
# Words a cut never ends on: conjunctions, articles and every preposition ("... more than 40
# reserves across | the county").
_DANGLING = {
    "it": PREPOSITIONS["it"]
    | frozenset(
        """e ed o il lo la i gli le l’ un una uno del della dei degli delle dello dell’ al allo
        alla ai agli alle dal dalla dai nel nella nei sul sulla come che""".split()
    ),
    "en": PREPOSITIONS["en"]
    | frozenset(
        """and or the a an as that which across along among around between beyond near
        towards""".split()
    ),
}


def _strip_dangling(words: list[str], language: str) -> list[str]:
    """Drop the words a cut leaves hanging at the end ('... Thales e', '... of the'), and a
    second participle the cut left without its complement ('... tra Brescia e Bergamo | e
    attraversato')."""
    while words and (
        words[-1].lower() in _DANGLING[language]
        or (language == "it" and words[-1] in _TRAILING_CLITICS)  # "... e si | occupa"
    ):
        words = words[:-1]
    verb = len(words) - 1
    if language == "it" and len(words) > 3 and words[-2] in _TRAILING_CLITICS:
        verb -= 1  # "e si occupa": the pronoun goes with its verb
    if (
        verb > 1
        and words[verb - 1].lower() in LIST_CONJUNCTIONS[language]
        and words[-1].islower()
        and (is_participle(words[-1], language) or _is_verb(words[-1], language))
    ):
        # "... e attraversato", "... e si occupa": a second verb the cut left without what
        # it governs
        return _strip_dangling(words[: verb - 1], language)
    return words


# Unstressed pronouns that go before their verb: a cut never ends on one.
_TRAILING_CLITICS = frozenset("si ci vi ne mi ti".split())


def _rest(text: str, language: str) -> str:
    """The continuation kept in a reverse question: up to a comma (a list stays whole), at most
    MAX_REST words, cut before a loose phrase ('come ...', 'durante ...', 'to ...') when it
    runs long."""
    text = _clause(text, language)
    words = text.split()
    if len(words) <= MAX_REST or (
        _LIST_COMMA.search(text) and len(_names_as_words(words)) <= MAX_LIST_REST
    ):
        return text
    limit = words[: MAX_REST + 1]
    cut = [i for i, w in enumerate(limit) if w.lower() in _CUT_BEFORE and i >= 3]
    if not cut:
        cut = [
            i
            for i, w in enumerate(limit)
            if w.lower() in PREPOSITIONS[language] and i >= 3 and not _completes(limit, i)
        ]
    end = _past_name(words, _past_complement(words, cut[-1] if cut else MAX_REST))
    end = _before_bare_infinitive(words, end, language)
    if 1 < end < len(words) and any(c.isdigit() for c in words[end - 1]) and _counted(words[end]):
        end -= 1  # "gli impianti di 61.000 | ettari": the figure goes with the noun it counts
        while end > 1 and words[end - 1].lower() in PREPOSITIONS[language] | _DI:
            end -= 1
    return " ".join(_strip_dangling(words[:end], language))


def _counted(word: str) -> bool:
    """Whether the word after a figure is the noun it counts ('61.000 ettari'), not a word
    that opens what comes next ('1775 on the orders')."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in PREPOSITIONS["it"] | PREPOSITIONS["en"] | _DI
        and low not in {"e", "ed", "and", "o", "or"}
    )


def _before_bare_infinitive(words: list[str], end: int, language: str) -> int:
    """Where a cut ends when it would leave an infinitive without what it governs ('launched
    in April 2018 | to search', 'nato | per cercare'): before it."""
    if end < 3:
        return end
    marker, verb = words[end - 2].lower(), words[end - 1]
    if language == "en" and marker == "to" and verb.islower():
        return end - 2
    if language == "it" and marker == "per" and _infinitive(verb, language):
        return end - 2
    return end


MAX_COMPLEMENT = 2  # words after a 'di'/'of' a cut goes on through ('di Brescia', 'del fiume')


def _past_complement(words: list[str], end: int) -> int:
    """A cut never parts a noun from the 'di'/'of' that completes it: '... tra il lago e la
    città | di Brescia', '... il corso medio e basso | del fiume' go on to the complement's
    noun (a question ending 'la città?' asks about no city in particular)."""
    if 0 < end < len(words) and _completes(words, end):
        end += 1  # cut just before the 'di': take it, and its noun below
    if not (0 < end < len(words) and words[end - 1].lower() in _DI):
        return end
    stop = min(len(words), end + MAX_COMPLEMENT)
    while end < stop:
        word = words[end].lower()
        end += 1
        if word not in _OF_ARTICLES:
            break  # 'di | Brescia', 'of | the | river': the noun ends it
    return end


def _past_name(words: list[str], end: int) -> int:
    """A cut never falls inside a name: '... the coasts of the United | Kingdom' goes on to
    its end."""
    while 0 < end < len(words) and words[end - 1][:1].isupper() and words[end][:1].isupper():
        if not words[end - 1][-1:].isalnum():
            break  # "Kingdom, | Ireland": the name ended at its comma
        end += 1
    return end


def _completes(words: list[str], i: int) -> bool:
    """Whether a 'di'/'of' at i completes the noun before it ('on the orders | of King ...'):
    a question cut there ends on a noun that needs it. After a conjunction it opens an item of
    its own ('... e | di vigilare')."""
    low = words[i].lower()
    return (
        low in _DI and words[i - 1].lower() not in LIST_CONJUNCTIONS["it"] | LIST_CONJUNCTIONS["en"]
    )


def _concrete(text: str) -> bool:
    """Whether a phrase names or counts something ('capoluogo Bologna', '4,4 milioni di
    abitanti'): what a 'con'/'with' phrase must hold to tell one thing from its kind."""
    words = _clause(text, "it").split()
    return any(w[:1].isdigit() or w[:1].isupper() for w in words)


def _participle_vp(participle: str, rest: str, language: str) -> str:
    """'fu fondato nel 1912' for an event, 'è situato ai piedi ...' for a lasting state."""
    base = participle.lower()
    if language == "it" and base[-1:] in "aie":
        base = base[:-1] + "o"
    if base in _REFLEXIVE_STATE[language] and not _YEAR.search(rest):
        return _REFLEXIVE_STATE[language][base]  # "estesa per 550 km²": it spreads, still
    if base in _STATIVE[language] and not _YEAR.search(rest):
        return f"{'è' if language == 'it' else 'is'} {participle}"
    if _HABITUAL.search(f" {rest} ") and not _YEAR.search(rest):
        # "held every July": what happens again and again is said in the present
        return f"{'è' if language == 'it' else 'is'} {participle}"
    if language == "en":
        return f"was {participle}"
    return participle_question_vp(participle, language)


# The Italian "di" and the articles it holds, which complete an adjective: "specializzata dell’".
_OF_IT = ("di", "del", "dello", "della", "dei", "degli", "delle", "dell’", "d’")

# Words of what recurs: "held every July", "organizzato ogni anno".
_HABITUAL = re.compile(r"\s(?:every|each|annually|ogni|annualmente)\s")
_ONE_OF_IT = re.compile(r"^(?P<one>uno|una)\s+(?:dei|degli|delle)\s", re.IGNORECASE)
_RANK_AMONG_MANY = re.compile(
    r"^(?:(?:uno|una)\s+(?:dei|degli|delle)|one\s+of\s+the)\s", re.IGNORECASE
)


def _agreeing(participle: str, head: str, language: str) -> str:
    """'uno dei più antichi atenei, fondata nel 1222' (it agrees with 'l’Università'): the
    question asks 'Quale dei più antichi atenei fu fondato ...?', agreeing with 'uno'."""
    m = _ONE_OF_IT.match(head) if language == "it" else None
    if m is None or participle[-1:] not in ("o", "a"):
        return participle
    return participle[:-1] + ("o" if m.group("one").lower() == "uno" else "a")


def _moved_relative(rest: str, language: str) -> tuple[str, str]:
    """('in 1992', 'that studies climate change') for 'founded in 1992 that studies climate
    change': a relative clause after a year describes the head noun, so the question says it
    with the noun ('Which institute that studies climate change was founded in 1992?'); after
    a noun it describes that noun and is dropped."""
    rel = _RELATIVE[language].search(f" {rest} ")
    if rel is None:
        return rest, ""
    before = rest[: max(0, rel.start() - 1)].strip()
    relative = rest[rel.start() :].split(",")[0].strip()
    words = before.split()
    if words and words[-1][:1].isdigit() and len(relative.split()) <= MAX_MOVED_RELATIVE:
        return before, relative
    return " ".join(_strip_dangling(words, language)), ""


_LEAD_PART = re.compile(r"^((?:[^,]|(?<=\d),(?=\d)){1,40}),\s*")  # no cut inside "6,800"
_FIRST_WORD = re.compile(r"^([^\W\d_]+)\s+(.*)$", re.DOTALL)


def _lead(after: str, language: str) -> tuple[str, str, str] | None:
    """A short phrase or two before the participle: 'ad Anchorage, in Alaska, | formatasi nel
    2010', 'in East Africa, | bordered by ...' -> (lead, participle, rest)."""
    lead: list[str] = []
    rest = after
    for _ in range(2):
        part = _LEAD_PART.match(rest)
        if part is None:
            return None
        lead.append(part.group(1))
        rest = rest[part.end() :]
        word = _FIRST_WORD.match(rest)
        if word and is_participle(word.group(1), language):
            return squash(_joined_lead(lead, language)), word.group(1), word.group(2)
    return None


def _ends_on_modifier(text: str, body: str, language: str) -> bool:
    """Whether a reverse question's body ends on the first of two modifiers a comma joins
    before their noun: 'forms in cool, | wet upland areas' (a question ending 'in cool?' asks
    nothing): one word after a preposition, then a comma and a word in small letters that
    opens no clause, list item or adjunct."""
    words = body.split()
    if len(words) < 2 or words[-2].lower() not in PREPOSITIONS[language]:
        return False
    if not (words[-1].isalpha() and words[-1].islower()):
        return False  # "claimed by Norway, | covering ...": a name is no modifier
    at = text.find(f"{words[-2]} {words[-1]},")
    if at < 0:
        return False
    nxt = text[at + len(words[-2]) + len(words[-1]) + 2 :].split()[:2]
    if len(nxt) < 2 or not nxt[0].isalpha() or not nxt[0].islower():
        return False
    first = nxt[0].lower()
    if (
        first in STOPWORDS[language]
        or first in LIST_CONJUNCTIONS[language]
        or _opens_clause(first, language)
    ):
        return False
    return nxt[1][:1].islower() and nxt[1].isalpha()


def _joined_lead(parts: list[str], language: str) -> str:
    """'ad Anchorage | in Alaska': a place that narrows the one before it reads without its
    comma; a list's next item keeps it ('del patrimonio storico, | artistico e naturale')."""
    if len(parts) < 2:
        return "".join(parts)
    first = parts[1].split(None, 1)[0].lower() if parts[1].strip() else ""
    opens = first in PREPOSITIONS[language] or first in ARTICULATED or first.endswith("’")
    return f"{parts[0]} {parts[1]}" if opens else f"{parts[0]}, {parts[1]}"


def _reverse(entry: EntryInfo, s: Sentence, head: str, after: str, language: str) -> str | None:
    # "a landlocked country in East Africa, | bordered by ...": the participle after the
    # head's comma still describes it.
    after = after.strip().removeprefix(",").strip()
    toks = tokens(after)
    if not toks:
        return None
    first = toks[0]
    lead, first_text, rest = _lead(after, language) or ("", first.text, after[first.end :])
    low = first_text.lower()
    if _CONSIDERED_VERB.match(f"{first_text} {rest.strip()}"):
        return None  # "..., considerato il padre di ...": asked as such (see _considered)
    if is_participle(first_text, language):
        if language == "it" and rest.split()[:1] and rest.split()[0].lower().startswith(_OF_IT):
            return None  # "un’agenzia specializzata| dell’ONU": an adjective with its complement
        if _ONE_OF_IT.match(head) and first_text[-1:] in ("i", "e"):
            return None  # "uno dei principali musei dedicati a ...": one of many, not one
        if language == "it" and _ONE_OF_IT.match(head) is None and _disagrees(first_text, head):
            return None  # "un’infiammazione ... dal virus HCV, identificato": the virus
        first_text = _agreeing(first_text, head, language)
        kept, relative = _moved_relative(_rest(rest, language), language)
        vp = _participle_vp(first_text, kept, language)
        body = f"{lead} {relative} {vp} {kept}"
    elif low in {"con", "with"} and not lead:
        if not _concrete(rest):
            return None  # "con una storia ricca e complessa": true of any country
        body = f"{'ha' if language == 'it' else 'has'} {_rest(rest, language)}"
    elif low in {"che", "which", "that"} and not lead:
        nxt = tokens(rest)
        if not nxt or not (is_finite(nxt[0].text, language) or _is_verb(nxt[0].text, language)):
            return None
        body = _rest(rest, language)
    else:
        return None
    joined = _SECOND_PART.search(body)
    if joined is not None:  # "founded in 1856| and holding ...": the question asks the first
        body = body[: joined.start()]
    if not body.split()[-1:] or body.split()[-1].lower() in _DANGLING[language]:
        return None
    if _ends_on_modifier(s.text, body, language):
        return None
    if _open_quotation(body):
        return None  # "known as the “Gateway | to the Isles”": a cut inside a quotation
    if _half_pair(body, s.text):
        return None  # "situato tra la Val di Fassa|, in Trentino, e ...": the pair cut in two
    head_words = head.split()
    if head_words and head_words[0].lower() in _INDEFINITE:
        head_words = head_words[1:]
    elif head.lower().startswith("un’"):
        head_words[0] = head_words[0][3:]
    noun = " ".join(head_words)
    if not noun:
        return None
    if _LETTER_STOP.search(body):
        body = body[:-1]  # "dalla Lega Pallavolo Serie A." where the sentence went on unsplit
    return render(language, "reverse_definition", np=squash(f"{noun} {body}"))


_BETWEEN = re.compile(r"\b(?:tra|fra|between)\s")
_PAIR_JOIN = re.compile(r"\s(?:e|ed|and)\s")


def _half_pair(body: str, text: str) -> bool:
    """Whether a phrase ends with the first of two things 'tra'/'between' needs, the second
    left in the sentence `text` ('between the harbour| at Porthmadog and Blaenau', 'tra la Val
    di Fassa|, in Trentino, e ...'); not 'tra enti locali' ('among')."""
    found = list(_BETWEEN.finditer(body))
    if not found or _PAIR_JOIN.search(body, found[-1].end()) is not None:
        return False
    tail = body[found[-1].start() :].strip()
    at = text.find(tail)
    if at < 0:
        return True
    after = text[at + len(tail) :].split(".")[0]
    return _PAIR_JOIN.search(after) is not None


# A head cut after an adverb, before the participle it modifies: "a federally".
# (Not a noun in "-ly": "a family", "an assembly", "a monopoly".)
_ADVERB_END = re.compile(
    r"\b(?!(?:family|assembly|supply|monopoly|anomaly|homily|rally|belly|jelly|folly|holly"
    r"|lily|bully|trolly)\b)[a-z]{3,}(?:ly|mente)$"
)


# Where a reverse question's description goes on with a second part its verb does not take: a
# gerund or another participle form after "and" ("was founded in 1856 and holding ..."), or a
# comma and "and" ("has a population of 11,000, and one of the fastest-growing towns").
_SECOND_PART = re.compile(
    r",\s+(?:and|e)\s+(?:one|the|a|an|uno|una|un|il|la|lo|l’)\s"
    r"|\s(?:and|e)\s+(?:[a-z]+ing|[a-zà-ù]+ndo)\b"
)


def _open_quotation(text: str) -> bool:
    """Whether a cut leaves a quotation open: more opening marks than closing ones, or an
    odd number of straight double quotes."""
    opened = text.count("“") + text.count("«")
    closed = text.count("”") + text.count("»")
    return opened > closed or text.count('"') % 2 == 1


# A single capital letter and a full stop ending a cut: the letter is a name's ('Serie A'),
# the stop the sentence's.
_LETTER_STOP = re.compile(r"\s[A-Z]\.$")


# The gender and number an Italian article gives its noun, and a participle's ending.
_ARTICLE_FORM = {
    "un": "os", "uno": "os", "il": "os", "lo": "os", "i": "op", "gli": "op",
    "una": "as", "un’": "as", "la": "as", "le": "ap",
}  # fmt: skip
_ENDING_FORM = {"o": "os", "a": "as", "i": "op", "e": "ap"}


def _disagrees(participle: str, head: str) -> bool:
    """Whether an Italian participle after a head agrees with another noun than the head's:
    'un’infiammazione del fegato causata dal virus HCV, | identificato nel 1989'."""
    first = head.split(None, 1)[0].lower() if head.strip() else ""
    if first.startswith("un’"):
        first = "un’"
    article = _ARTICLE_FORM.get(first)
    word = participle_parts(participle, "it")[0]  # "formatasi": the clitic after the ending
    ending = _ENDING_FORM.get(word[-1:].lower())
    return article is not None and ending is not None and article != ending


# --- Superlatives the article states of a name ------------------------------------------------

# "is the largest", "is Ireland’s largest": a definite noun phrase, or one its owner's name opens.
_POSSESSIVE_OWNER = r"[A-Z][\w-]+(?:’s|'s)\s"
_COPULA_THE = re.compile(
    r" (?:è|era|fu|is|was|resta|rimane|conferma|remains|diventat[oa]|became|become)"
    r" (?:(?:il|la|lo|l’|the)\b|" + _POSSESSIVE_OWNER + ")"
)
_PRONOUNS = frozenset("it he she this esso essa questo questa egli ella".split())
_WITH = re.compile(r"\s(?:con|with)\s")
# A leading phrase before the subject that leaves the claim whole: who says it ("Secondo
# l’Istat, ") or what it is measured by ("With 270,000 people, ", "Con i suoi 14,6 chilometri
# quadrati, "); not one that narrows it ("After London, ", "In Scotland, "), nor a clause of
# its own (see _LEADING_CLAUSE).
# A participle phrase about the subject leaves the claim whole too: "Founded in Edinburgh in
# 1838, ", "Fondato nel 1919, ".
_LEADING = (
    r"(?:(?P<lead>(?:Secondo|According to|With|Con|At)\s[^,]{1,70}?(?:,\d[^,]{0,40}?)?"
    r"|(?:[A-Z][a-z]{2,}ed|Built|Born|Known|Held|Run|Set|Laid|Begun|Grown"
    r"|[A-ZÀ-Ú][a-zà-ù]{2,}(?:at|it|ut)[oaie]|Nat[oaie]|Costrutt[oaie]|Apert[oaie])"
    r"\s[^,]{1,70}?), )?"
)
_LEADING_CLAUSE = re.compile(r"\s(?:che|chi|quando|se|that|which|who|when|if)\s", re.IGNORECASE)


def _lead_is_clause(m: re.Match[str]) -> bool:
    """Whether a superlative's leading phrase is a clause of its own ('Dice che, ...')."""
    return bool(m.group("lead")) and _LEADING_CLAUSE.search(f" {m.group('lead')} ") is not None


# A number that ends a name: "LFA 34", "il Pozzo 7" (no figure: "34,5", "7.000").
_NUMBERED = r"(?:\s\d{1,4}[A-Za-z]?(?![\d.,]\d))?"
_NAMED_IDENTITY = re.compile(
    r"^"
    + _LEADING
    + r"(?:(?:Il|La|Lo|L’|I|Gli|Le|The|il|la|lo|l’|the)\s*)?(?P<name>"
    + NAME_RUN.pattern
    + _NUMBERED
    + r"(?: [a-zà-ù]{4,})?)\s+(?:è|era|fu|is|was|resta|rimane|si\s+conferma|remains"
    + r"|(?P<became>è\s+diventat[oa]|became|has\s+become))\s+"
    + r"(?P<np>(?:(?:il|la|lo|l’|the)\s*|"
    + _POSSESSIVE_OWNER
    + r").+)"
)
# "..., Elena Cornaro Piscopia, la prima donna al mondo a conseguire una laurea.": the noun
# phrase after the comma, up to the next break; the name is looked for before the comma.
_APPOSITIVE = re.compile(r",\s(?P<np>(?:il|la|lo|l’|the)\s*[^,;:()–—]+?)\s*(?=[,;:()–—]|\.?$)")
_NAME_BEFORE = re.compile(NAME_RUN.pattern + r"$")
# Nouns that make a noun phrase describe a person: "Chi è la prima donna ...?", "Who is the
# mayor ...?" ("primo", "general", "executive" also describe things: "the executive branch").
_PERSON_NOUNS = (
    frozenset("donna uomo persona ragazza ragazzo atleta woman man person girl boy".split())
    | frozenset(w for w, kind in NOUN_KIND.items() if kind == "person")
    | (ROLE_WORDS["it"] | ROLE_WORDS["en"]) - {"primo", "general", "executive"}
)


def _answer_for(name: str, doc: Document) -> tuple[str, str]:
    """The answer a name stands for and its kind: an entry's name is the entry (a place the
    people finder took for a surname, 'Confcommercio Lecce', stays 'Lecce')."""
    kind = doc.entry_kinds.get(fold(name))
    if kind is not None:
        return name, kind
    if name in doc.people:
        return doc.people[name], "person"
    return name, "thing"


_OF_ELIDED = ("dell’", "d’")


def _person_np(np: str) -> bool:
    """Whether a noun phrase describes a person ('la prima donna al mondo a ...'): a noun of
    a person before its first complement ('l’agenzia dell’Unione europea responsabile ...'
    is an agency)."""
    head: list[str] = []
    for w in np.split()[:4]:
        low = w.lower()
        if head and (low in _DI or low.startswith(_OF_ELIDED)):
            break
        head.append(low)
    return any(w in _PERSON_NOUNS for w in head)


def _superlative_candidate(
    name: str, np: str, s: Sentence, doc: Document, score: float
) -> Candidate | None:
    if _kind_of(np, doc.language) != "superlative":
        return None
    if "’s" in name or "'s" in name or name.split()[0].lower() in ARTICLES[doc.language]:
        return None  # "Tadesse’s time", "The case": no name that answers "What is the ...?"
    filled: str | None = np
    if _bare_adjective(np, doc.language):
        filled = _with_name_noun(np, name)  # "the largest | in the network" of "Central Library"
    elif _headless_most(np, doc.language):
        at = s.text.find(name)
        filled = _with_kind_noun(np, name, s.text, at) if at >= 0 else None
    if filled is None:
        return None  # "What is the largest in the network?", "Qual è il più antico di X?"
    before = s.text[: max(0, s.text.find(np))].split()
    past = bool(before) and before[-1] in _PAST_COPULAS
    np = filled
    answer, kind = _answer_for(name, doc)
    person = kind == "person" or _person_np(np)
    return Candidate(
        "superlative",
        s,
        score,
        answer,
        question=_identity_question(np, doc.language, person, past=past),
        answer_type="person" if person else kind,
        topic=f"{name} identity",
    )


_JOINING = re.compile(r",?\s+(?:e|ed|and|ma|but)\s+")


def _before_next_clause(np: str, language: str) -> str:
    """The phrase up to a second clause with a subject and verb of its own: 'il vino più
    venduto della zona | e la sua uva cresce in tre province'."""
    for m in _JOINING.finditer(np):
        toks = tokens(np[m.end() :])
        if not starts_with_subject(toks, language):
            continue
        verb = main_verb(toks, language, stop=min(len(toks), 6))
        if verb is not None and verb > 0:
            return np[: m.start()]
    return np


@per_document  # a statement is read for its superlatives, then for its definitions
def _superlatives_of(s: Sentence, doc: Document) -> tuple[Candidate, ...]:
    return tuple(_named_superlative(s, doc))


def _named_superlative(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Anchorage è la città più grande dell’Alaska' in the article body, not only in entries;
    else the one thing a subject of 'the only ...', 'the main ...' is (_sole_identities)."""
    found = list(_named_superlative_of_name(s, doc))
    if not found and (", che " in s.text or ", which " in s.text):
        found = list(_relative_superlative(s, doc))
    if not found and _RESULT_GATE[doc.language] in s.text:
        found = list(_result_superlative(s, doc))
    yield from found
    if not found and _SOLE_GATE[doc.language].search(s.text):
        yield from _sole_identities(s, doc)


# A participle clause that ranks the clause's subject by what the clause told: "The port handled
# 11.2 million tonnes, making it the second-largest bulk port in the country", "il porto di
# Trieste ha movimentato 56,3 milioni di tonnellate, confermandosi il primo porto italiano per
# tonnellaggio". ("making it one of the ..." ranks it among many: no question.)
_RESULT_GATE = {"en": ", making ", "it": "ndosi "}
_RESULT_RANK = {
    "en": re.compile(
        r",\s(?:making|leaving)\s(?:it|them)\s(?P<np>the\s[^,;:()“”\"]+?)(?=[,;:(]|\.?$)"
    ),
    "it": re.compile(
        r",\s(?:confermandosi|diventando|divenendo|risultando|imponendosi\scome)\s(?:così\s)?"
        r"(?P<np>(?:il|lo|la|l’)\s*[^,;:()“”«»\"]+?)(?=[,;:(]|\.?$)"
    ),
}
# The subject that opens the clause, after a leading time ("Nel 2025 |il porto di Trieste ha
# ..."): a name, or a common noun of a name ("il porto di Trieste").
_RESULT_SUBJECT = {
    "en": re.compile(
        r"^(?:(?:In|During|Last|This)\s[^,]{0,30}?,?\s)?(?P<subject>(?:The\s)?(?:[a-z]+\sof\s)?"
        + NAME_RUN.pattern
        + r")\s(?P<verb>[a-z]+)\b"
    ),
    "it": re.compile(
        r"^(?:(?:Nel|Nell’|Dal|Durante|Lo\sscorso|Quest’anno|L’anno\sscorso)[^,]{0,30}?,?\s)?"
        r"(?P<subject>(?:[Ii]l|[Ll][oa]|[Ll]’)\s*(?:[a-zà-ù]+\s(?:di|del|della|dello|dell’)\s*)?"
        + NAME_RUN.pattern
        + r"|"
        + NAME_RUN.pattern
        + r")\s(?P<verb>[a-zà-ù]+)\b"
    ),
}


# A name defined by its kind, then ranked among its kind after a comma with the noun left out:
# "Sanremo è un comune della provincia di Imperia ..., il più popoloso della Riviera di
# Ponente", "Inverness is a city in the Highlands ..., the largest in the region".
_KIND_THEN_RANK = {
    "it": re.compile(
        r"^(?P<name>" + NAME_RUN.pattern + r")\s(?:è|era)\s(?:un|uno|una)\s(?P<kind>[a-zà-ù]+)\b"
        r"[^,;:()]*,\s(?P<np>(?:il|lo|la)\s(?:più|meno)\s[a-zà-ù]+\s[^,;:()]+?)(?=[,;:(]|\.?$)"
    ),
    "en": re.compile(
        r"^(?P<name>" + NAME_RUN.pattern + r")\s(?:is|was)\san?\s(?P<kind>[a-z]+)\b"
        r"(?:[^,;:()]|(?<=\d),(?=\d))*,\s"  # "with about 47,000 people, ": a figure's comma
        r"(?P<np>the\s(?:\w+est|most\s\w+|least\s\w+)\s(?:in|of|on)\s[^,;:()]+?)"
        r"(?=[,;:(]|\.?$)"
    ),
}


# A rank by an ordinal set off after what a name is: "Morbegno è un comune ..., il secondo
# centro della provincia dopo il capoluogo", "Hamilton is a city ..., the third city of ...".
_ORDINAL_RANK = {
    "it": re.compile(
        r"^(?P<name>" + NAME_RUN.pattern + r")\s(?:è|era)\s(?:un|uno|una|un’)[^;:()]*?,\s"
        r"(?P<np>(?:il|lo|la)\s(?:second|terz|quart|quint)[oa]\s[a-zà-ù]+\s(?:della|del|dello"
        r"|dei|degli|delle|d’|dell’|di|in)\s?[^,;:()]+?)(?=[,;:(]|\.?$)"
    ),
    "en": re.compile(
        r"^(?P<name>" + NAME_RUN.pattern + r")\s(?:is|was)\san?\s[^;:()]*?,\s"
        r"(?P<np>the\s(?:second|third|fourth|fifth)\s[a-z]+\s(?:of|in)\s[^,;:()]+?)"
        r"(?=[,;:(]|\.?$)"
    ),
}


def _ordinal_rank(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Morbegno è un comune ..., il secondo centro della provincia dopo il capoluogo' ->
    'Qual è il secondo centro della provincia dopo il capoluogo?' -> Morbegno."""
    m = _ORDINAL_RANK[doc.language].match(s.text)
    if m is None or "," in m.group("name"):
        return
    answer, kind = _answer_for(m.group("name"), doc)
    if kind == "person":
        return
    np = m.group("np")
    yield Candidate(
        "superlative",
        s,
        0.8,
        answer,
        question=_identity_question(np, doc.language, False, past=False),
        answer_type=kind,
        topic=f"{m.group('name')} identity",
    )


def _kind_then_rank(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Sanremo è un comune ..., il più popoloso della Riviera di Ponente' -> 'Qual è il comune
    più popoloso della Riviera di Ponente?' -> Sanremo: the kind the sentence gives the name
    fills the superlative's noun."""
    language = doc.language
    m = _KIND_THEN_RANK[language].match(s.text)
    if m is None:
        return
    kind, np = m.group("kind"), m.group("np")
    if kind not in NOUN_KIND or (language == "it" and not _headless_most(np, language)):
        return
    article, *words = np.split()
    if language == "en":  # the noun after its adjective: "the largest| city in the region"
        size = 2 if words[0] in ("most", "least") else 1
        filled = f"{article} {' '.join(words[:size])} {kind} {' '.join(words[size:])}"
    else:  # after the article: "il| comune più popoloso della Riviera di Ponente"
        filled = f"{article} {kind} {' '.join(words)}"
    found = _superlative_candidate(m.group("name"), filled, s, doc, 0.85)
    if found is not None:
        yield found


def _result_superlative(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'..., making it the largest funder of salmon habitat work in the region' -> 'What is the
    largest funder of salmon habitat work in the region?' -> the clause's subject: a name that
    opens it, or the entry its pronoun or dropped subject stands for."""
    language = doc.language
    m = _RESULT_RANK[language].search(s.text)
    if m is None:
        return
    name = _result_subject(s.text[: m.start()], s, doc)
    if name is None:
        return
    if language == "en" and _singular_object(s.text[: m.start()]):
        return  # "Nova Scotia exported $2.1 billion worth of lobster, making it ...": the lobster
    for np in _identities(m.group("np"), language):
        if 3 <= len(np.split()):
            found = _superlative_candidate(name, np, s, doc, 0.85)
            if found is not None:
                yield found
            return


def _result_subject(clause: str, s: Sentence, doc: Document) -> str | None:
    """The name the clause before a ranking participle is of: its opening subject when that
    is a name (with its common noun in Italian), else the entry the sentence is about."""
    language = doc.language
    m = _RESULT_SUBJECT[language].match(clause)
    if m is not None:
        verb = m.group("verb")
        if verb in SAY_VERBS[language] or " che " in clause or " that " in clause:
            return None  # "Transport Scotland said the partnership would build ..., making it"
        if verb in AUXILIARIES[language] or verb in EN_MODALS or is_finite(verb, language):
            subject = m.group("subject")
            words = subject.split()
            if words[0].lower() in {"the", "il", "lo", "la"}:
                subject = " ".join(words[1:])
            return subject.removeprefix("L’").removeprefix("l’")
    if s.entry is not None and (
        refers_to_entry(s, language) or (language == "en" and _EN_ENTRY_PRONOUN.search(clause))
    ):
        return s.entry.name
    return None


# Words that may stand between a verb and its object's noun: figures, scales, determiners.
_BEFORE_OBJECT_NOUN = frozenset(
    """the a an its their his her some more than about over nearly almost around roughly
    million billion thousand""".split()
)


def _singular_object(clause: str) -> bool:
    """Whether the clause before ', making it' has an object in the singular after its verb,
    which 'it' may stand for as well as the subject ('exported $2.1 billion worth| of
    lobster'); a plural object ('handled 11.2 million tonnes', 'fund projects') or none ('opened
    in 1901') leaves the subject alone."""
    words = clause.split()
    verb = next(
        (
            i
            for i, w in enumerate(words)
            if w.islower() and (w in AUXILIARIES["en"] or w in EN_MODALS or is_finite(w, "en"))
        ),
        None,
    )
    if verb is None:
        return True
    k = verb + 1
    modal = words[verb] in EN_MODALS
    while k < len(words) and (
        words[k] in AUXILIARIES["en"]
        or words[k] in _EN_ADVERBS_BEFORE_VERB
        or is_finite(words[k], "en")
        or is_participle(words[k], "en")
        or (modal and is_verb_lemma(words[k]))  # "must also fund| projects"
    ):
        modal = modal and words[k] in _EN_ADVERBS_BEFORE_VERB
        k += 1
    while k < len(words) and (
        words[k].lower() in _BEFORE_OBJECT_NOUN or not words[k].strip(",.").isalpha()
    ):
        k += 1
    if k >= len(words):
        return False
    noun = words[k].lower().strip(",.")
    if noun in PREPOSITIONS["en"] or noun in {"of", "to"}:
        return False
    return not (noun.endswith("s") and not noun.endswith("ss"))


_EN_ADVERBS_BEFORE_VERB = frozenset("also now still already then just only".split())


# An entry's pronoun as the subject of a clause: "Under the Act of 1980 it must also fund ...".
_EN_ENTRY_PRONOUN = re.compile(
    r"(?:^|\s)(?:it|It)\s+(?:\w+\s+)?(?:must|is|was|has|had|will|can|became)\b"
)


# "Pietrapertosa, che con i suoi 1.088 metri è il comune più alto della Basilicata", "Killybegs,
# which is Ireland’s largest fishing port": a relative clause after a name says its superlative,
# wherever the name stands in the sentence; a short phrase of measure or time may come before
# the copula ("con i suoi 1.088 metri", "with 40 berths", "still").
_RELATIVE_SUPERLATIVE = re.compile(
    r"(?P<name>"
    + NAME_RUN.pattern
    + _NUMBERED
    + r"),\s+(?:che|which)\s+(?P<aside>[^,;:()«»“”\"]{1,50}?\s+)?"
    + r"(?:è|era|fu|resta|rimane|is|was|remains)\s+(?:(?:still|now|ancora|oggi|ora)\s+)?"
    + r"(?P<np>(?:(?:il|la|lo|the)\s+|l’|"
    + _POSSESSIVE_OWNER
    + r")[^;:()«»“”\"]+)"
)


def _plain_aside(aside: str, language: str) -> bool:
    """Whether the words between a relative pronoun and its copula are a phrase, not a clause
    of their own: 'con i suoi 1.088 metri di quota', 'with 40 berths', 'still', 'ancora oggi';
    not 'the council says the port' (a verb: the copula is another clause's)."""
    words = aside.split()
    if not words:
        return True
    if any(
        is_finite(w, language)
        or w.lower() in RELATIVE_WORDS[language]
        or w.lower() in AUXILIARIES[language]
        for w in words
    ):
        return False
    first = words[0].lower()
    if first in _OPINION_OPENERS:
        return False  # "che secondo lui è il più bello": one's judgement
    return first in PREPOSITIONS[language] or (len(words) <= 2 and first in ADVERBIALS[language])


_OPINION_OPENERS = frozenset("secondo per according for".split())


def _relative_superlative(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'..., da Pietrapertosa, che con i suoi 1.088 metri è il comune più alto della
    Basilicata, ...' -> 'Qual è il comune più alto della Basilicata?'."""
    for m in _RELATIVE_SUPERLATIVE.finditer(s.text):
        words = m.group("name").split()
        while words and words[0].lower() in STOPWORDS[doc.language]:
            words = words[1:]  # "From Killybegs, which ...": the sentence's capital
        name = " ".join(words)
        if not name or name in _TIMES:
            continue
        if not _plain_aside(m.group("aside") or "", doc.language):
            continue
        for np in _identities(m.group("np"), doc.language)[:1]:
            if len(np.split()) >= 3:
                found = _superlative_candidate(name, np, s, doc, 0.85)
                if found is not None:
                    yield found


def _named_superlative_of_name(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Anchorage è la città più grande dell’Alaska', 'Il miglior marcatore è stato X'."""
    if not _COPULA_THE.search(s.text):
        if _SUBJECT_CUE.search(s.text):
            yield from _superlative_subject(s, doc)
        return  # the cheap test first: most sentences have no "è il", "is the"
    m = _NAMED_IDENTITY.match(s.text)
    if not m:
        yield from _superlative_subject(s, doc)
        return
    if _lead_is_clause(m):
        return  # "Dice che ..., X è il ...": what someone holds, in a clause of its own
    name = m.group("name")
    if name.lower() in STOPWORDS[doc.language] or name.lower() in _PRONOUNS:
        if s.entry is None:
            return
        name = s.entry.name  # "It is the world’s northernmost capital": the entry
    said = _before_next_clause(m.group("np"), doc.language)  # "... e la sua uva cresce ..."
    became = m.group("became")
    if became and _WITH.search(said):
        return  # "è diventato il Paese più giovane del mondo con l’indipendenza": since when
    if became and _time_name(name, doc.language):
        if s.entry is None:
            return
        name = s.entry.name  # "Nel 2003 è diventato il primo ...": the entry did
    for np in _identities(said, doc.language):
        if 3 <= len(np.split()):
            found = _superlative_candidate(name, np, s, doc, 0.85)
            if found is not None and became and found.question:
                found = replace(found, question=_became(found.question, became))
            if found is not None:
                yield found


def _time_name(name: str, language: str) -> bool:
    """Whether the capitals read as a name are a phrase of time: 'Nel 2003', 'In 1912'."""
    first = name.split()[0].lower()
    return first in PREPOSITIONS[language] or first in ARTICULATED or any(c.isdigit() for c in name)


def _became(question: str, became: str) -> str:
    """An identity question asked of what a thing became: 'What is the youngest ...?' -> 'What
    became the youngest ...?', 'Qual è il Paese ...?' -> 'Qual è diventato il Paese ...?'."""
    for asked in ("What is ", "Who is ", "Qual è ", "Chi è "):
        if question.startswith(asked):
            verb = "became" if asked[0] == "W" else became
            return f"{asked.split()[0]} {verb} {question[len(asked) :]}"
    return question


# "Il miglior marcatore della finale è stato Leonardo Baraldi", "The top scorer was Leo Barrett":
# the superlative is the subject, the name comes after the copula and ends the clause; "resta",
# "remains" say the same of now ("La linea più utilizzata resta la X"); "quella di X", "that of
# X" name it by its place ("la sede più frequentata è stata quella di Marina di Camerota").
_SUBJECT_COPULAS = (
    r"(?P<cop>è\s+stat[oa]|è\s+risultat[oa]|è|era|fu|resta|rimane|restava|rimaneva|is|was"
    r"|remains|remained)\s+"
    r"(?:(?:il|la|lo|l’|the)\s*|(?:quell[oa]\s+(?:di|del|dello|della|dell’)|that\s+of)\s*"
    r"(?:the\s+)?)?(?P<name>" + NAME_RUN.pattern + _NUMBERED + r")\s*(?:[,;]|\.?$)"
)
_SUPERLATIVE_SUBJECT = re.compile(
    r"^" + _LEADING + r"(?P<np>(?:Il|La|Lo|L’|The)\s*[^,;:()“”«»\"]{3,70}?)\s+" + _SUBJECT_COPULAS
)
# The same as a second clause, after a semicolon or a comma and a conjunction: "..., e la sede
# più frequentata è stata quella di X", "...; the busiest route remains the X".
_LATER_SUPERLATIVE_SUBJECT = re.compile(
    r"(?P<lead>)(?P<np>(?:il|la|lo|l’|the)\s*[^,;:()“”«»\"]{3,70}?)\s+" + _SUBJECT_COPULAS
)
_CLAUSE_JOIN = re.compile(r"[;:]\s+|,\s+(?:e|ed|ma|mentre|and|but|while|whereas)\s+")
_SUBJECT_CUE = re.compile(
    r"(?:^(?:[^,]*, )?(?:Il|La|Lo|L’|The)\b|[;:,]\s(?:(?:e|ed|ma|mentre|and|but|while|whereas)\s)?"
    r"(?:il|la|lo|l’|the)\b).*\s(?:è|era|fu|is|was|resta|rimane|restava|rimaneva|remains"
    r"|remained)\s"
)
_TOP = re.compile(r"^the\s+top\s", re.IGNORECASE)
# What the copula of a superlative subject is in the question: 'resta' says 'è' of now.
_SAID_COPULA = {
    "resta": "è",
    "rimane": "è",
    "restava": "era",
    "rimaneva": "era",
    "remains": "is",
    "remained": "was",
    "è risultato": "è stato",
    "è risultata": "è stata",
}


# "L’unico ingrediente aggiunto è il sale marino", "The main cause of the decline is a shortage
# of oxygen": a subject that can be one thing only (a sole or main one, or a superlative), the
# copula, and the thing it is, in small letters, up to where its clause ends. The subject opens
# the sentence or a clause after a semicolon, a colon or a conjunction.
_SOLE_WORDS = {
    "it": r"unic[oaie]|principal[ei]|(?:più|maggior[ei]?|miglior[ei]?)\b",
    "en": r"only|sole|main|chief|principal|biggest|largest|greatest|most\b",
}
_SOLE_GATE = {
    lang: re.compile(rf"\b(?:{words})", re.IGNORECASE) for lang, words in _SOLE_WORDS.items()
}
_SOLE_SUBJECT = {
    "it": re.compile(
        r"(?:^|[;:]\s|,?\s(?:e|ed|ma|mentre)\s)(?P<np>(?:[Ii]l|[Ll][oa]|[Ll][’']|[Ii]|[Gg]li|[Ll]e)\s?"
        r"[^,;:()“”«»\"]{3,70}?)\s(?P<cop>è|era|fu|sono|erano|furono|resta|rimane)\s"
        r"(?P<answer>(?:il|lo|la|l[’']|i|gli|le|un|uno|una|un[’'])\s?[^,;:()“”«»\"]{2,80}?)"
        r"\s*(?=[,;:(]|\.?$|\s(?:che|dove|cui|mentre|perché)\s)"
    ),
    "en": re.compile(
        r"(?:^|[;:]\s|,?\s(?:and|but|while|whereas)\s)(?P<np>[Tt]he\s[^,;:()“”\"]{3,70}?)\s"
        r"(?P<cop>is|was|are|were|remains|remained)\s"
        r"(?P<answer>(?:the|a|an)\s[^,;:()“”\"]{2,80}?)"
        r"\s*(?=[,;:(]|\.?$|\s(?:that|which|who|where|while|because)\s)"
    ),
}
_SOLE_NP = {
    "it": re.compile(rf"(?i)\b(?:{_SOLE_WORDS['it']})"),
    "en": re.compile(rf"(?i)^the\s(?:{_SOLE_WORDS['en']})"),
}
# A conjunction inside what the subject pattern took: the subject is the clause after it.
_SOLE_JOIN = re.compile(r"\s(?:e|ed|ma|mentre|and|but|while|whereas)\s")
_SOLE_ARTICLE = {
    "it": re.compile(r"(?:il|lo|la|i|gli|le)\s|l[’']"),
    "en": re.compile(r"the\s"),
}
# A subject with the thing it is a part or a kind of, to be one thing: "the main cause | of the
# decline", "l’unico ingrediente | aggiunto".
_SOLE_MIN_CONTENT = 2


def _sole_identities(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'L’unico ingrediente aggiunto è il sale marino' -> 'Qual è l’unico ingrediente
    aggiunto?' -> il sale marino; 'The main cause of the decline is a shortage of oxygen' ->
    'What is the main cause of the decline?'. A subject that is no more than its sole word and
    noun ('the main cause') says too little to ask."""
    language = doc.language
    for m in _SOLE_SUBJECT[language].finditer(s.text):
        np, answer = _SOLE_JOIN.split(m.group("np"))[-1], m.group("answer").strip()
        np = np[:1].lower() + np[1:]
        if not _SOLE_NP[language].search(np) or not _SOLE_ARTICLE[language].match(np):
            continue
        words = np.replace("’", "’ ").replace("'", "’ ").split()
        stop = STOPWORDS[language] | ARTICLES[language]
        content = [
            w
            for w in words
            if w.lower() not in stop
            and not w.endswith("’")
            and not _SOLE_GATE[language].fullmatch(w)
            and w.lower() not in {"più", "most"}
        ]
        if len(content) < _SOLE_MIN_CONTENT or len(answer.split()) > 10:
            continue
        if not _narrowed(words, language) or any(w.lower() in _POSSESSIVES for w in words):
            continue  # "la vetta più alta", "their main home": of what, whose, the text knew
        answer_words = answer.replace("’", "’ ").replace("'", "’ ").split()  # "l’attacco"
        if m.group("cop") in _SOLE_PLURAL_COPULAS or (
            len(answer_words) > 1 and answer_words[1].lower() in _HEADLESS
        ):
            continue  # "Le regioni più colpite sono la Calabria, la Sicilia ...": a list
        if _SOLE_RELATIVES & {w.lower() for w in words} or _clause_in_answer(
            " ".join(w for w in words if not _SOLE_GATE[language].fullmatch(w)), language
        ):
            continue  # "the only one who came was ...": a clause, not a noun phrase
        if _clause_in_answer(answer, language):
            continue  # "the fact is the council has ...": a clause
        if len(answer_words) <= 2 and _SOLE_RELATIVE_AFTER.match(s.text, m.end()):
            continue  # "resta l’attacco | che ... ha bloccato la rete": the relative says which
        if fold(answer) in fold(np) or fold(np) in fold(answer):
            continue
        person = _person_np(np) or _person_np(answer)
        cop = _SAID_COPULA.get(m.group("cop"), m.group("cop"))
        if language == "it":
            question = f"{'Chi' if person else 'Qual' if cop == 'è' else 'Quale'} {cop} {np}?"
            question = question.replace("Quale è", "Qual è")
        else:
            question = f"{'Who' if person else 'What'} {cop} {np}?"
        yield Candidate(
            _kind_of(np, language) if _SUPERLATIVE.search(np) else "entity",
            s,
            0.75,
            answer,
            question=question,
            answer_type="person" if person else "thing",
            topic=f"{lower_first(answer)} identity",
        )


_SOLE_PLURAL_COPULAS = frozenset("sono erano furono are were".split())
# A relative right after a sole identity's answer: "resta l’attacco | che ...".
_SOLE_RELATIVE_AFTER = re.compile(r"\s(?:che|dove|cui|that|which|who|where)\s")
# A superlative without its noun after the article: "i più preoccupati", "the most affected".
_HEADLESS = frozenset("più meno most least best worst".split())
_POSSESSIVES = frozenset("suo sua suoi sue loro nostro nostra its their his her our my".split())


def _narrowed(words: list[str], language: str) -> bool:
    """Whether a subject says what it is the only or main one of, beyond its noun and
    adjective: a complement ('della moria', 'of the decline'), a participle ('aggiunto') or
    an infinitive ('to reach the island')."""
    return any(
        w.lower() in PREPOSITIONS[language]
        or w.lower() in _DI
        or _ELIDED_PREPOSITION.match(w)
        or (k > 1 and is_participle(w.lower(), language))
        for k, w in enumerate(words)
    )


def _clause_in_answer(answer: str, language: str) -> bool:
    """Whether the words after a copula hold a verb of their own: one not right after an
    article ('il sale marino' is salt, 'the council has' a clause)."""
    words = answer.split()
    articles = ARTICLES[language]
    return any(
        _is_verb(w, language)
        and not is_participle(w, language)
        and words[k - 1].lower() not in articles
        for k, w in enumerate(words[1:], start=1)
    )


def _superlative_subject_match(text: str) -> re.Match[str] | None:
    """The superlative subject that opens the sentence or a second clause of it."""
    m = _SUPERLATIVE_SUBJECT.match(text)
    if m is not None:
        return m
    for join in _CLAUSE_JOIN.finditer(text):
        m = _LATER_SUPERLATIVE_SUBJECT.match(text, join.end())
        if m is not None:
            return m
    return None


def _superlative_subject(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Il miglior marcatore della finale è stato X' -> 'Chi è stato il miglior marcatore
    della finale?', in the tense of the sentence."""
    m = _superlative_subject_match(s.text)
    if m is None or _lead_is_clause(m):
        return
    language = doc.language
    np = m.group("np")
    np = np[:1].lower() + np[1:]
    if not (_kind_of(np, language) == "superlative" or _TOP.match(np)):
        return
    if len(np.split()) < 3 or any(
        _is_verb(w, language) and not is_participle(w, language) for w in np.split()[1:]
    ):
        return  # "the first to arrive was ...": a clause, not a noun phrase
    name = m.group("name")
    if name.lower() in STOPWORDS[language] or name.split()[0].lower() in ARTICLES[language]:
        return
    answer, kind = _answer_for(name, doc)
    person = kind == "person" or _person_np(np)
    cop = squash(m.group("cop"))
    cop = _SAID_COPULA.get(cop, cop)
    if language == "it":
        question = f"{'Chi' if person else 'Qual'} {cop} {np}?"
    else:
        question = f"{'Who' if person else 'What'} {cop} {np}?"
    yield Candidate(
        "superlative",
        s,
        0.8,
        answer,
        question=question,
        answer_type="person" if person else kind,
        topic=f"{name} identity",
    )


# A superlative or ordinal subject with its name set off after it: "The first arrival, the
# 2,100-passenger Coral Princess, is due ...", "Il maggiore finanziatore, la Fondazione Cariplo,
# ha versato ...": the apposition opens with an article, a few words and the name.
_SUBJECT_NAMED_AFTER = re.compile(
    r"^" + _LEADING + r"(?P<np>(?:Il|La|Lo|L’|I|Gli|Le|The)\s*[^,;:()“”«»\"]{3,60}?),\s"
    r"(?P<apposition>(?:il|la|lo|l’|i|gli|le|the)\s*(?:[^,;:()“”«»\"]|(?<=\d),(?=\d)){2,60}?),\s"
)
MAX_BEFORE_NAME = 2


def _superlative_named_after(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'The first arrival, the 2,100-passenger Coral Princess, is due ...' -> 'What is the
    first arrival?' -> Coral Princess."""
    language = doc.language
    m = _SUBJECT_NAMED_AFTER.match(s.text)
    if m is None or _lead_is_clause(m):
        return
    np = m.group("np")
    np = np[:1].lower() + np[1:]
    words = np.split()
    if _kind_of(np, language) != "superlative" or len(words) < 3:
        return
    if any(_is_verb(w, language) and not is_participle(w, language) for w in words[1:]):
        return  # "the first to arrive": a clause
    last = words[-1].lower()
    if _SUPERLATIVE.fullmatch(last) or is_participle(last, language) or last in _HEADLESS:
        return  # "the best known": no noun says what it is the best of
    if any(w.lower() in _POSSESSIVES for w in words):
        return  # "la sua prima linea": whose, the question can't say
    apposition = m.group("apposition")
    name = NAME_RUN.search(apposition)
    if name is None or len(apposition[: name.start()].split()) > MAX_BEFORE_NAME + 1:
        return
    tail = apposition[name.end() :].split()
    if tail and tail[0].lower() not in PREPOSITIONS[language]:
        return  # "the King | class locomotive King George V": the name goes on
    answer, kind = _answer_for(name.group(0), doc)
    person = kind == "person" or _person_np(np)
    if language == "it":
        question = f"{'Chi' if person else 'Qual'} è {np}?"
    else:
        question = f"{'Who' if person else 'What'} is {np}?"
    yield Candidate(
        "superlative",
        s,
        0.8,
        answer,
        question=question,
        answer_type="person" if person else kind,
        topic=f"{name.group(0)} identity",
    )


def _appositive_superlatives(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'..., Elena Cornaro Piscopia, la prima donna al mondo a conseguire una laurea.'"""
    text = s.text
    language = doc.language
    for m in _APPOSITIVE.finditer(text):
        np = m.group("np")
        if not 3 <= len(np.split()) <= MAX_NP or not _SUPERLATIVE.search(np):
            continue
        name = _name_before(text, m.start(), doc)
        if name is None and (found := _subject_superlative(m, np, s, doc)) is not None:
            yield found
            continue
        if name is None or _INDEFINITE_OWNER.search(f" {np} "):
            continue
        if _completes_a_noun(text[: m.start() - len(name)]):
            continue  # "l’Unità di Chirurgia dell’ospedale X, la prima in Umbria ...": the Unit's
        if _headless(np, language):
            np = _with_noun(np, text, m.start() - len(name))
            if np is None:
                continue
        elif _headless_most(np, language):
            np = _with_kind_noun(np, name, text, m.start() - len(name))
            if np is None:
                continue  # "Qual è il più profondo della provincia?": the most what?
        elif _bare_adjective(np, language):
            continue  # "the largest in the network", "l’ultima nel 2019": the largest what?
        if _holds_verb(_split_relative(np, language)[0], language):
            continue  # "Secondo Rossi, il primo passo è ...": a clause, not an appositive
        found = _superlative_candidate(name, np, s, doc, 0.8)
        if found is not None:
            yield found


# A subject that opens the sentence with a noun and the name it is of: "Il ghiacciaio
# dell’Adamello", "The Adamello glacier", "The port of Dover".
_NOUN_OF_NAME = {
    "it": re.compile(
        r"(?P<art>Il|Lo|La|L’)\s*(?P<noun>[a-zà-ù]{3,})\s+"
        r"(?:di|del|dello|della|dell’|dei|degli|delle)\s*(?P<name>" + NAME_RUN.pattern + ")"
    ),
    "en": re.compile(
        r"The\s+(?:(?P<name>" + NAME_RUN.pattern + r")\s+(?P<noun>[a-z]{3,})"
        r"|(?P<noun2>[a-z]{3,})\s+of\s+(?P<name2>" + NAME_RUN.pattern + "))"
    ),
}
# An English superlative without its noun: "the largest | in the Alps", "the most powerful |
# of its kind".
_EN_BARE_MOST = re.compile(r"^the\s+(?:\S+est|most\s+\S+|least\s+\S+)(?=\s+(?:in|of|on)\s)")


def _subject_superlative(m: re.Match[str], np: str, s: Sentence, doc: Document) -> Candidate | None:
    """'Il ghiacciaio dell’Adamello, il più esteso delle Alpi italiane, ...' -> 'Qual è il
    ghiacciaio più esteso delle Alpi italiane?' -> 'il ghiacciaio dell’Adamello'; 'The Adamello
    glacier, the largest in the Alps, ...' -> 'What is the largest glacier in the Alps?': a
    superlative without its noun set off after the sentence's subject, a noun and the name it
    is of, takes that noun."""
    language = doc.language
    subject = _NOUN_OF_NAME[language].fullmatch(s.text, 0, m.start())
    if subject is None:
        return None
    noun = subject.group("noun") or subject.group("noun2")
    name = subject.group("name") or subject.group("name2")
    if noun in STOPWORDS[language] or noun in ROLE_WORDS[language]:
        return None  # "Il sindaco di Lecce, il più giovane ...": a person, asked elsewhere
    if language == "it":
        if not _headless_most(np, language) or not _same_article(subject.group("art"), np):
            return None
        article, rest = np.split(None, 1)
        np = f"{article} {noun} {rest}"
    else:
        bare = _EN_BARE_MOST.match(np)
        if bare is None:
            return None
        np = f"{bare.group(0)} {noun}{np[bare.end() :]}"
    if _kind_of(np, language) != "superlative":
        return None
    return Candidate(
        "superlative",
        s,
        0.8,
        lower_first(subject.group(0)),
        question=_identity_question(np, language, person=False),
        accept=(name,),
        answer_type="entity",
        topic=f"{name} identity",
    )


def _same_article(article: str, np: str) -> bool:
    """Whether the superlative's article is the subject's ('Il ghiacciaio ..., il più ...')."""
    first = np.split(None, 1)[0].lower()
    art = article.lower()
    return first == art or (art == "l’" and first in {"il", "la", "lo"})


_EN_MOST = re.compile(r"^the\s+(?:\S+est|most\s+\S+|least\s+\S+|first|last|only)\s+(\S+)")
_IT_ELIDED_ADJECTIVE = re.compile(r"^l’(\w+)\s+(\S+)")


# Nouns of places and buildings an English name ends with: "Central Library", "Tyne Bridge".
_EN_NAME_NOUNS = frozenset(
    """library bridge museum hospital school station park lake river church cathedral castle
    theatre stadium university college airport market gallery tower beach island""".split()
)


def _with_name_noun(np: str, name: str) -> str | None:
    """'the largest in the network' of 'Central Library' -> 'the largest library in the
    network': the noun an English name ends with, put after the bare superlative."""
    m = _EN_MOST.match(np)
    noun = name.split()[-1].lower()
    if m is None or len(name.split()) < 2 or noun not in _EN_NAME_NOUNS:
        return None
    return f"{np[: m.start(1)]}{noun} {np[m.start(1) :]}"


def _bare_adjective(np: str, language: str) -> bool:
    """Whether a superlative or an ordinal has no noun at all, a preposition right after the
    adjective: 'the largest | in the network', 'the first | to ...', 'l’ultima | nel 2019',
    'l’unica | in Italia' (an Italian 'il più alto' is read by _headless_most)."""
    if language == "en":
        m = _EN_MOST.match(np)
        return m is not None and m.group(1).lower() in PREPOSITIONS["en"] | {"of", "to"}
    m = _IT_ELIDED_ADJECTIVE.match(np)
    if m is None or m.group(1).lower() not in _ORDINALS:
        return False
    after = m.group(2).lower()
    return after in PREPOSITIONS["it"] or after in ARTICULATED or after in _DI


def _holds_verb(np: str, language: str) -> bool:
    """Whether a noun phrase past its first word holds a verb, so is a clause; a participle
    before its noun is none ('the largest raised peat bog'), nor one graded by 'più'/'most'
    ('l’opera meno rappresentata', 'the most visited site')."""
    toks = tokens(np)
    return any(
        _is_verb(t.text, language)
        and not _premodifier(toks, i, language)
        and toks[i - 1].low not in _GRADING
        for i, t in enumerate(toks)
        if i > 0
    )


_GRADING = frozenset("più meno most least".split())


_OF_NOUN_BEFORE = re.compile(
    r"(?:\b(?:di|del|dello|della|dei|degli|delle|of)\s+(?:(?:il|lo|la|the)\s+)?[a-zà-ù]{3,}"
    r"|\bdell’[a-zà-ù]{3,})\s+$"
)


def _completes_a_noun(before: str) -> bool:
    """Whether a name is the complement of a noun, itself a complement of another ('la nuova
    Unità dell’ospedale X', 'the new wing of the hospital X'): what the apposition after the
    name praises may be the phrase's head, not the name."""
    return _OF_NOUN_BEFORE.search(before[-40:]) is not None


_NOUN_BEFORE_NAME = re.compile(r"\b(?:il|la|lo|the)\s+([a-zà-ù]{3,})\s+$|\bl’([a-zà-ù]{3,})\s+$")


def _with_noun(np: str, text: str, name_start: int) -> str | None:
    """'il primo progettato in Italia ...' after 'il satellite LITORA' -> 'il primo satellite
    progettato in Italia ...': the noun the ordinal leaves out is the one before the name."""
    noun = _noun_before_name(text, name_start)
    if noun is None:
        return None
    article, ordinal, rest = np.split(None, 2)
    return f"{article} {ordinal} {noun} {rest}"


def _noun_before_name(text: str, name_start: int) -> str | None:
    """The noun in small letters right before a name, after its article: 'il satellite |
    LITORA', 'il lago | Vellano'."""
    m = _NOUN_BEFORE_NAME.search(text[max(0, name_start - 40) : name_start])
    return (m.group(1) or m.group(2)) if m is not None else None


def _headless_most(np: str, language: str) -> bool:
    """Whether an Italian superlative leaves its noun out: 'il più profondo della provincia',
    not 'il lago più profondo' nor 'la più grande isola lacustre' (a noun after the
    adjective): the adjective ends the phrase or a preposition follows it."""
    words = np.lower().split()
    if language != "it" or len(words) < 3 or words[1] not in {"più", "meno"}:
        return False
    return _ends_phrase(words[3] if len(words) > 3 else "")


def _ends_phrase(word: str) -> bool:
    """Whether an Italian word after an adjective leaves the phrase without a noun: nothing, a
    stop or a preposition ('il più profondo | della provincia', 'uno dei più grandi |
    d’Europa'), where a noun would stand ('la più grande | isola')."""
    return (
        not word
        or not word[:1].isalpha()
        or word in PREPOSITIONS["it"]
        or word in ARTICULATED
        or word in _DI
        or word.startswith(("dell’", "d’", "all’", "nell’"))
    )


def _with_kind_noun(np: str, name: str, text: str, name_start: int) -> str | None:
    """'il più profondo della provincia' of 'Lago Vellano' -> 'il lago più profondo della
    provincia': the noun of a kind that opens the name, or stands before it ('il lago
    Vellano')."""
    written = name.split()[0]
    first = written.lower()
    kind = first in NOUN_KIND or first in _GENERIC_HEADS
    noun = first if kind and first.isalpha() and len(name.split()) > 1 else None
    if noun is None and is_acronym(written) and len(name.split()) > 1:
        noun = written  # "la ULSS 6 Euganea è la più grande" -> "la ULSS più grande"
    if noun is None:
        noun = _noun_before_name(text, name_start)
    if noun is None:
        return None
    article, rest = np.split(None, 1)
    gender = _ARTICLE_GENDER.get(article.lower())
    before = text[max(0, name_start - 4) : name_start].split()
    own = _ARTICLE_GENDER.get(before[-1].lower()) if before else None  # "Il| Monte Bianco"
    if gender is not None and (it_gender(noun) or own) not in (None, gender):
        return None  # "Il Monte Bianco è la più alta": "montagna" left out, not "monte"
    if article.lower() in {"la", "lo"} and noun[:1].lower() in "aeiou":
        return f"{article[0]}’{noun} {rest}"  # "la più grande" of "Azienda Zero": "l’azienda"
    return f"{article} {noun} {rest}"


_ARTICLE_GENDER = {"il": "m", "lo": "m", "la": "f"}


# A title in quotation marks before a comma: a work's name ("«Alzira»", "“Ulysses”").
_QUOTED_TITLE = re.compile(r"[«“\"]([A-ZÀ-Ú][^«»“”\".,;:!?]{0,60})[»”\"]$")
_TITLE_WORDS_MOST = 6


def _name_before(text: str, comma: int, doc: Document) -> str | None:
    """The name an appositive describes: the capitalised words just before its comma, when
    they name someone or something ('Elena Cornaro Piscopia'), not an owner ('della Borsa
    Italiana, la più grande ...') nor a word that opens the sentence ('Secondo Rossi')."""
    window = text[max(0, comma - 80) : comma]
    title = _QUOTED_TITLE.search(window)
    if title is not None and len(title.group(1).split()) <= _TITLE_WORDS_MOST:
        return title.group(1)  # "una versione di «Alzira», l’opera verdiana meno rappresentata"
    m = _NAME_BEFORE.search(window)
    if m is None:
        return None
    language = doc.language
    stop = STOPWORDS[language] | ADVERBIALS[language]
    run = m.group(0).split()
    words = run
    while words and words[0].lower() in stop:
        words = words[1:]  # "In Germany", "Secondo Mario Rossi": not part of the name
    name = " ".join(words)
    before = window[: m.start()].split()[-2:]
    if not name:
        return None
    led = (run[: len(run) - len(words)] or before)[-1:]
    rare = _rare_name_after_article(words, led, language)
    if before and before[-1].lower() in ARTICLES[language]:
        if not rare and (language != "en" or len(words) < 2):
            return None
        before = before[:-1]  # "near the Teesside Freeport, the largest ...": a name's "the"
    if _name_goes_back(window[: m.start()], doc):
        return None
    if _modifies_the_one_before(before, language):
        return None
    if before and before[-1].lower() in _DI and not _of_the_name(before, language):
        return None
    known = rare or name in doc.people or fold(name) in doc.entry_kinds
    if not known and len(words) < 2 and doc.name_counts.get(name, 0) < 2:
        return None
    return name


# Prepositions in small letters a verb takes its named complement with: "aderisce a| X".
_PLAIN_PREPOSITIONS = frozenset("a ad to with".split())


def _rare_name_after_article(words: list[str], led: list[str], language: str) -> bool:
    """Whether a single capitalised word is a name by its article: after 'the', 'il' or 'nel', a
    word the dictionary does not know ('nel Tavoliere', 'in the Cairngorms') or capitalised
    words joined by hyphens ('sulla Milazzo-Lipari'); not a common noun written with a capital
    ('the Council', 'nel Comune')."""
    if len(words) != 1 or not led:
        return False
    article = led[0].lower()
    after_verb = led[0] in _PLAIN_PREPOSITIONS  # "aderisce a| Confindustria, la principale"
    if article not in ARTICLES[language] and article not in ARTICULATED and not after_verb:
        return False  # "A Pavia, la città più colpita, ...": a place the sentence is set in
    word = words[0]
    parts = word.split("-")
    if not all(p.isalpha() and p[:1].isupper() for p in parts) or is_acronym(word):
        return False  # "dalla CUC, la Centrale unica ...": an acronym, asked as such
    return after_verb or len(parts) > 1 or not is_known_word(word.lower(), language)


def _name_goes_back(before: str, doc: Document) -> bool:
    """Whether the capitalised words before a comma are only the end of a name with a small
    word of another language inside it ('Te Kawerau ā | Maki', 'Ngāti Awa ki | Tāmaki'): a
    word the language does not know, between two capitalised ones."""
    words = before.split()[-2:]
    if len(words) < 2 or not words[0][:1].isupper() or not words[1].isalpha():
        return False
    small = words[1]
    language = doc.language
    if not small.islower() or small in STOPWORDS[language] or small in PREPOSITIONS[language]:
        return False
    return len(small) <= 3 and not is_known_word(small, language)


def _modifies_the_one_before(before: list[str], language: str) -> bool:
    """Whether the name is the complement of a figure or a name before it, which the apposition
    then describes: '21 per | Perugia, il dato più alto', 'the Central Library on | Bishop
    Street, the largest in the network' (not 'ad Anchorage, in Alaska, ...': no figure or name
    before the preposition)."""
    if len(before) < 2:
        return False
    prep, owner = before[-1].lower(), before[-2]
    if prep not in PREPOSITIONS[language] or prep in _DI or prep == "di":
        return False
    opening = STOPWORDS[language] | ADVERBIALS[language]  # "Oggi a Sondrio, ...": no owner
    return owner[:1].isdigit() or (owner[:1].isupper() and owner.lower().strip(",") not in opening)


# Nouns of a part or a side of a place: what follows their "of" is the place an apposition
# after it describes ("at the edge of Cors Caron, the largest raised bog in Wales").
_PART_NOUNS = frozenset(
    """edge edges shore shores bank banks foot heart centre center middle outskirts border
    borders slopes slope summit top mouth coast side riva rive sponda sponde margine margini
    cuore centro periferia piedi bordo confini pendici vetta cima foce costa sommità lato""".split()
)


def _of_the_name(before: list[str], language: str) -> bool:
    """Whether the name after 'di'/'of' is what an apposition after it describes, not the
    noun before (the owner of 'della Borsa Italiana, la più grande ...' may be the head's): a
    verb governs it ('si tratterebbe di Era, la dea più venerata ...') or a noun of a part of
    a place ('at the edge of Cors Caron, the largest ...')."""
    if len(before) < 2:
        return False
    word = before[0].lower().strip(",;:")
    return word in _PART_NOUNS or is_finite(word, language)


# --- "Its capital is Kigali" ------------------------------------------------------------------

_ITS = {
    "it": re.compile(
        r"(?:^|[,;]\s*|\s(?:mentre|e)\s+)(?P<own>[Ii]l suo|[Ll]a sua)\s+"
        r"(?P<np>[a-zà-ù][\w’ -]{2,50}?)\s+(?:è|era)\s+"
        r"(?P<name>" + NAME_RUN.pattern + r")(?=\s*(?:[,;.]|$))"
    ),
    "en": re.compile(
        r"(?:^|[,;]\s*|\s(?:while|and|whereas)\s+)(?P<own>[Ii]ts)\s+(?P<np>[a-z][\w’ -]{2,50}?)"
        r"\s+(?:is|was)\s+(?P<name>" + NAME_RUN.pattern + r")(?=\s*(?:[,;.]|$))"
    ),
}
_IT_VOWEL = re.compile(r"^[aeiouàèéìòù]", re.IGNORECASE)


def _italian_article(own: str, noun: str) -> str:
    """'il suo' + 'stadio' -> 'lo stadio', 'la sua' + 'isola' -> 'l’isola'."""
    if _IT_VOWEL.match(noun):
        return f"l’{noun}"
    if own.lower().startswith("il"):
        return f"{'lo' if takes_lo(noun) else 'il'} {noun}"
    return f"la {noun}"


_ITS_WORDS = ("its ", "Its ", "suo ", "sua ")  # plain tests: a regex would try every position


def _owned_identities(s: Sentence, entry: EntryInfo, doc: Document) -> Iterator[Candidate]:
    """'Its capital is Kigali' in Rwanda's entry -> 'What is the capital of Rwanda?'."""
    language = doc.language
    for m in _ITS[language].finditer(s.text):
        noun = m.group("np").strip()
        name = m.group("name")
        if len(noun.split()) > 5 or fold(name) == fold(entry.name):
            continue
        if name.split()[0].lower() in STOPWORDS[language]:
            continue  # "Its capital is The ...": not a name the clause ends with
        if language == "it":
            np = f"{_italian_article(m.group('own'), noun)} {of_phrase(entry.phrase, language)}"
        else:
            np = f"the {noun} of {lower_first(entry.phrase)}"
        answer, kind = _answer_for(name, doc)
        person = kind == "person" or _person_np(np)
        yield Candidate(
            _kind_of(np, language),
            s,
            0.8,
            answer,
            question=_identity_question(np, language, person),
            answer_type="person" if person else NOUN_KIND.get(noun.split()[-1], kind),
            topic=f"{entry.name} {noun}",
        )


# --- Entries ----------------------------------------------------------------------------------


def _answers(entry: EntryInfo, subject: str) -> tuple[str, tuple[str, ...]]:
    """The entry's name and the other names it goes by: its acronym, its expansion, the
    heading, the expansion the sentence gives ('La Commissione ... (Consob)'); not a place a
    heading adds to tell it apart ('Columbus (Ohio)': Ohio is no answer)."""
    accept = _other_names(entry)
    spelled = _spelled_out(subject, entry)
    if spelled is not None and spelled not in accept:
        accept += (spelled,)
    return entry.name, accept


@lru_cache(maxsize=1024)
def _other_names(entry: EntryInfo) -> tuple[str, ...]:
    name = fold(entry.name)
    return tuple(
        n
        for n in entry.names
        if fold(n) != name
        and (name in fold(n) or n in (entry.acronym, entry.expansion) or is_acronym(n))
    )


# "La Commissione Nazionale per le Società e la Borsa (Consob)": the subject spells the name out.
_EXPANDED_SUBJECT = re.compile(
    r"^(?:(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)?([A-ZÀ-ÖØ-Þ][^()]{3,90}?)\s*\(([^()]{2,40})\)\s*$"
)


def _entry_subject(subject: str, entry: EntryInfo) -> bool:
    """Whether the subject before the copula is the entry: its name (with an article), or a
    name spelled out with the entry's name in brackets after it."""
    if _opens_with_entry(subject, entry):
        return True
    if _common_entry(entry) and fold(_INDEFINITE_SUBJECT.sub("", subject)).startswith(
        _subject_forms(entry)
    ):
        return True  # "A business improvement district (BID) is ...": one of a kind
    return _spelled_out(subject, entry) is not None or _fuller_name(subject, entry)


def _opens_with_entry(subject: str, entry: EntryInfo) -> bool:
    """Whether the subject is the entry's name (with an article), and no longer name an
    acronym opens: 'La ULSS 6 Euganea' under the heading 'ULSS' is one of them, not the
    entry."""
    if not fold(subject).startswith(_subject_forms(entry)):
        return False
    name = entry.name
    at = subject.find(name)
    return at < 0 or not acronym_goes_on(name, subject[at + len(name) : at + len(name) + 2])


_ARTICLE_WORDS = frozenset("il lo la i gli le the".split())
_INDEFINITE_SUBJECT = re.compile(r"^(?:(?:A|An|Un|Uno|Una)\s+|Un’)")


def _common_entry(entry: EntryInfo) -> bool:
    """Whether an entry names a kind of thing, in small letters after its first word
    ('Business improvement district', 'Isolatore sismico'), no name."""
    words = entry.heading.split()
    return (
        len(words) > 1
        and all(w.islower() or w.isdigit() for w in words[1:])
        and words[0][1:].islower()
    )  # "Section 106 agreement": a number in a kind's name


def _fuller_name(subject: str, entry: EntryInfo) -> bool:
    """Whether the subject is the entry's name with one word more in small letters, an
    adjective the heading leaves out ('Il sistema chirurgico da Vinci è ...' under the
    heading 'Sistema da Vinci', 'The Forth rail bridge is ...' under 'Forth Bridge')."""
    words = fold(subject).replace("’", " ").split()
    if words and words[0] in _ARTICLE_WORDS | {"l"}:
        words = words[1:]
    name = fold(entry.name).split()
    if len(words) != len(name) + 1 or len(name) < 2 or words[0] != name[0]:
        return False
    extra = next((i for i, (a, b) in enumerate(zip(words, name, strict=False)) if a != b), None)
    if extra is None or words[extra + 1 :] != name[extra:]:
        return False
    return any(w.isalpha() and w.islower() and fold(w) == words[extra] for w in subject.split())


def _spelled_out(subject: str, entry: EntryInfo) -> str | None:
    """'Commissione Nazionale per le Società e la Borsa' for the subject 'La Commissione
    Nazionale per le Società e la Borsa (Consob)' of the entry Consob."""
    subject = subject.strip()
    if not subject.endswith(")"):
        return None
    spelled = _EXPANDED_SUBJECT.match(subject)
    if spelled is None or fold(spelled.group(2)) not in _folded_names(entry):
        return None
    return spelled.group(1)


@lru_cache(maxsize=1024)
def _folded_names(entry: EntryInfo) -> frozenset[str]:
    return frozenset(fold(n) for n in entry.names)


def _definition_question(
    entry: EntryInfo,
    copula: str,
    subject: str,
    language: str,
    person: bool | None = None,
    definition: str = "",
) -> str:
    """'Che cos’è la NATO?', 'Chi è stato Giuseppe Zamberletti?', 'Who was Abebe Bikila?'."""
    verb = squash(copula)
    phrase = _entry_phrase(entry, subject, language, definition)
    words = phrase.split()
    if len(words) > 1 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        if is_known_word(words[0].lower(), language):
            phrase = phrase[:1].lower() + phrase[1:]  # "Silicon carbide": a common noun
    art = _INDEFINITE_SUBJECT.match(subject.strip())
    if art is not None and _common_entry(entry):  # "What is a business improvement district?"
        phrase = art.group(0).lower() + phrase[:1].lower() + phrase[1:]
    if entry.kind == "person" if person is None else person:
        if verb in {"è", "is"}:
            return render(language, "definition_person", subject=phrase)
        return render(language, "definition_person_verb", verb=verb, subject=phrase)
    who = "definition_plural" if verb in _PLURAL_COPULAS else "definition"
    if verb in {"was", "were", "era", "fu", "erano", "furono"}:
        who += "_past"  # "The Berlin Wall was a guarded barrier": what was it?
    return render(language, who, subject=phrase)


_SUBJECT_ARTICLE = re.compile(r"^(?:(Il|Lo|La|I|Gli|Le)\s|(L)’)")
_IT_ELIDED = re.compile(r"^[AEIOUÀÈÉÌÒÙaeiou]")


# The title of a work or a publication keeps its article as part of the name ('The Cricketer',
# a magazine; 'La Voce', a newspaper), where a place or a body takes the article of the
# sentence ('the Greenway', a path): the heading spells it, the definition says what it is.
_NAME_ARTICLE = re.compile(r"^(?:The|Il|Lo|La|I|Gli|Le)\s+[A-Z0-9]|^L’[A-Z]")
_TITLED_WORKS = frozenset(
    """magazine newspaper journal periodical tabloid weekly monthly quarterly review album
    novel film play musical band rivista quotidiano giornale settimanale mensile periodico
    testata romanzo album gruppo""".split()
)


def _article_in_name(entry: EntryInfo, definition: str) -> bool:
    return (
        entry.phrase == entry.heading
        and _NAME_ARTICLE.match(entry.heading) is not None
        and not _TITLED_WORKS.isdisjoint(definition.lower().split())
    )


def _entry_phrase(entry: EntryInfo, subject: str, language: str, definition: str = "") -> str:
    """How a question names the entry: with the article of the name the sentence spells out
    ('La Commissione ... (Consob)' -> 'la Consob', 'L’Istituto ... (Istat)' -> 'l’Istat')."""
    if _article_in_name(entry, definition):
        return entry.phrase  # "What is The Cricketer?": its heading spells its article
    if _fuller_name(subject, entry):
        return lower_first(subject.strip())  # the name as the sentence writes it
    if language == "en" and subject.strip().lower() == f"the {entry.phrase.lower()}":
        return f"the {entry.phrase}"  # "the Royal Caledonian Curling Club is ...": its article
    if entry.definite or language != "it" or _spelled_out(subject, entry) is None:
        return lower_first(entry.phrase)
    art = _SUBJECT_ARTICLE.match(subject.strip())
    if art is None:
        return entry.phrase
    article = (art.group(1) or art.group(2)).lower()
    if article == "l" or (article in {"il", "lo", "la"} and _IT_ELIDED.match(entry.name)):
        return f"l’{entry.name}"
    return f"{article} {entry.name}"


def _definite_entry(
    s: Sentence, entry: EntryInfo, pred: str, copula: str, subject: str, language: str
) -> Iterator[Candidate]:
    """'Il Salento è la penisola che costituisce ...': 'Qual è la penisola che costituisce
    ...?' and 'Che cos’è il Salento?'."""
    name, accept = _answers(entry, subject)
    plural = pred.split(None, 1)[0].lower() in IT_PLURAL_ARTICLES
    for np in _identities(pred, language):
        # "The Beeching cuts were the closures of ...": 'the' tells no number, the verb and
        # the noun do ('What are the closures ...?')
        plural = plural or (
            language == "en" and squash(copula) in _PLURAL_COPULAS and _plural_head(np)
        )
        kind = _kind_of(np, language)
        # An entry known by an acronym is a body or a thing: "la politica dell’Unione europea
        # che ..." (PAC) is a policy, not a politician.
        person = entry.kind == "person" or (_person_np(np) and entry.acronym is None)
        yield Candidate(
            kind,
            s,
            0.9 if kind == "superlative" else 0.7,
            name,
            question=_identity_question(
                np, language, person, plural, past=squash(copula) in _PAST_COPULAS
            ),
            accept=accept,
            answer_type=entry.kind,
            topic=f"{entry.name} identity",
        )
    whole = _noun_phrase(pred, language)
    core, relative = _split_relative(whole, language)
    definition = _one_predicate(core, relative, language)
    if relative and len(definition.split()) > MAX_ANSWER_WORDS and _identifies(core, "", language):
        # "the closures of railway lines and stations in Britain | that followed ...": too
        # long to learn whole, the noun phrase alone says what it is
        whole = definition = core
    # a definition may run longer than an identity (it is recognised, not recalled word by
    # word), unless a list takes it there ("..., including road running, track and field")
    most = MAX_NP if "," in whole else MAX_DEFINITION_WORDS
    if not 2 <= len(whole.split()) <= most or not _identifies(core, relative, language):
        return
    definition = _quiz_length(definition, language)
    yield Candidate(
        "definition",
        s,
        0.6,
        definition,
        question=_definition_question(
            entry,
            copula,
            subject,
            language,
            _person_entry(entry, subject, definition, language),
            definition,
        ),
        accept=tuple(dict.fromkeys(a for a in (_bare(definition), core) if a != definition)),
        answer_type="definition",
        topic=f"{entry.name} definition",
    )


def _plural_head(np: str) -> bool:
    """Whether an English noun phrase's head, the word before its first preposition, is a
    plural ('the closures of ...'), not 'the largest mountain system in ...'."""
    words = np.split()
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"] or w == "of"), None)
    head = words[(cut or len(words)) - 1].lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


MAX_DEFINITION = 10  # words of a definition past which a second predicate is left out

# Participles that place a thing ('a district of Plymouth | lying east of the centre', 'un
# borgo | situato a 800 metri'): where it lies is a fact of its own, and a quiz's answer to
# what the thing is stops before it.
_PLACING_PARTICIPLES = frozenset(
    """lying located situated sited nestled standing stretching straddling situato situata
    situati situate ubicato ubicata ubicati ubicate collocato collocata collocati collocate
    adagiato adagiata arroccato arroccata""".split()
)
# Participles of a founding: followed by a time ('founded in 1863', 'istituita nel 1995',
# 'introdotto nel 2014') they tell when, another fact.
_FOUNDING_PARTICIPLES = frozenset(
    """founded established created formed opened built inaugurated introduced launched set
    fondato fondata fondati fondate istituito istituita istituiti istituite creato creata
    costituito costituita nato nata inaugurato inaugurata introdotto introdotta aperto aperta
    costruito costruita avviato avviata""".split()
)
_TIME_AFTER = re.compile(
    r"^(?:(?:in|on|nel|nell’|il|l’|dal|from)\s+)?(?:(?:the\s+)?\d|"
    + "|".join(sorted({m.lower() for names in MONTHS.values() for m in names}))
    + r")",
    re.IGNORECASE,
)
# Words that make what follows them restrict the noun: 'the only national park | established
# for its coast', 'l’unica istituzione dell’UE | eletta direttamente' (cut, the answer is
# false).
_RESTRICTING = re.compile(
    r"\b(?:only|sole|first|last|largest|oldest|biggest|smallest|unic[oaie]|sol[oaie]|prim[oaie]"
    r"|ultim[oaie]|più|most|\w+est)\b",
    re.IGNORECASE,
)


def _quiz_length(definition: str, language: str) -> str:
    """A definition as a quiz gives it: the head with its complements, before a participle
    that places it or tells when it was founded ('a residential district of Plymouth | lying
    east of the city centre', 'il tributo ... | introdotto nel 2014'); whole when the rest
    would be a kind alone ('un’istituzione | costituita nel 2013 ...') or a word before the
    participle makes it restrict the noun ('the only ...', 'l’unica ...')."""
    words = definition.split()
    for i in range(2, len(words)):
        low = words[i].lower()
        founding = low in _FOUNDING_PARTICIPLES and _TIME_AFTER.match(" ".join(words[i + 1 :]))
        # "a customary ban | placed on the forest in December 2017": one event, dated
        dated = (
            words[i].isalpha()
            and words[i].islower()
            and is_participle(low, language)
            and _YEAR.search(" ".join(words[i + 1 :])) is not None
        )
        if low not in _PLACING_PARTICIPLES and not founding and not dated:
            continue
        kept = words[:i]
        if any(w.lower() in RELATIVE_WORDS[language] for w in kept):
            return definition  # "a ship that was | trapped ... in 1866": the clause is whole
        if kept[-1].endswith(","):
            kept[-1] = kept[-1].rstrip(",")
        kept = _strip_dangling(kept, language)
        short = " ".join(kept)
        if len(kept) < 2 or _RESTRICTING.search(short) or _thin_phrase(short, language):
            return definition
        if _definite_predicate(short, language) and not _identifies(short, "", language):
            return definition  # "the unitary authority | created on 1 April 2023": which one
        return short
    return definition


def _lower_participle(word: str, language: str) -> bool:
    return word.isalpha() and word.islower() and is_participle(word, language)


def _one_predicate(core: str, relative: str, language: str) -> str:
    """'l’autorità amministrativa indipendente che vigila sui mercati finanziari italiani | e
    tutela i risparmiatori': a long definition keeps the first thing its relative clause says
    (the second is a fact of its own, and an answer to learn is short)."""
    whole = squash(f"{core} {relative}")
    words = relative.split()
    if len(whole.split()) <= MAX_DEFINITION:
        return whole
    # From the fourth word: "che coordina | e finanzia le attività" share their object.
    for i in range(3, len(words) - 1):
        if words[i - 2].endswith(","):
            continue  # "che trattiene, usa | o vende i beni": the last of a list of verbs
        if words[i].lower() in LIST_CONJUNCTIONS[language] and _opens_predicate(
            words[i + 1 :], language
        ):
            return squash(f"{core} {' '.join(words[:i])}")
    return whole


def _first_predicate(np: str, language: str) -> str:
    """An apposition's noun phrase with the first thing its relative clause says ('un piccolo
    dispositivo che registra i movimenti del polso | e permette di stimare ...'): the second
    predicate is a fact of its own."""
    core, relative = _split_relative(np, language)
    return _one_predicate(core, relative, language) if relative else np


def _opens_predicate(words: list[str], language: str) -> bool:
    """Whether the words after 'e'/'and' open a second predicate: a verb ('e ospita'), or a
    bare word with its object after it ('e tutela | i risparmiatori': a noun would have its
    own article)."""
    if _is_verb(words[0], language):
        return True
    bare = words[0][:1].islower() and words[0].lower() not in STOPWORDS[language]
    return bare and len(words) > 1 and words[1].lower() in ARTICLES[language]


def _bare(np: str) -> str:
    """The noun phrase without its article: 'l’organo di ...' -> 'organo di ...'."""
    return re.sub(r"^(?:il|lo|la|i|gli|le|the|un|uno|una|a|an)\s+|^(?:l|un)’", "", np)


MAX_FULLER = 12  # words of a definition that says more than its kind ("un comune, ...")
MAX_APPOSITIVE_PART = 8  # words of the apposition it takes, before a second coordinated one


# Nouns of a kind that thousands of bodies, places and things share: alone ("a charity",
# "un’associazione") they say nothing worth learning of the one they define.
_GENERIC_HEADS = frozenset(
    """ente organismo organo consorzio federazione confederazione comitato consiglio commissione
    istituto centro fondo programma progetto iniziativa rete piattaforma servizio sistema
    struttura corpo autorità sindacato onlus cooperativa impresa ditta marchio evento
    manifestazione festival rassegna premio concorso competizione torneo museo scuola ospedale
    edificio luogo sito legge norma trattato accordo documento giornale quotidiano rivista
    emittente strumento dispositivo prodotto sostanza composto materiale malattia fenomeno
    termine fiume lago monte montagna charity body institute centre center fund programme
    program project initiative network platform service system authority council committee
    commission federation consortium trust firm corporation business brand event festival
    competition tournament award prize museum school hospital building site place law act
    treaty agreement document newspaper magazine channel broadcaster tool device product
    substance compound material disease illness condition phenomenon term river lake
    mountain""".split()
)
# Adjectives that class a noun without telling one of its kind from another: "un ente
# pubblico", "a federal agency", "un comune italiano".
_CLASS_ADJECTIVES = frozenset(
    f"{stem}{end}"  # the four forms of an Italian adjective in -o: italiano ... italiane
    for stem in "italian european american britannic spagnol russ privat".split()
    for end in "oaie"
) | frozenset(
    """pubblico pubblica pubblici pubbliche tedesco tedesca tedeschi tedesche francese
    francesi inglese inglesi statunitense statunitensi cinese cinesi svizzero svizzera
    svizzeri svizzere nazionale nazionali internazionale internazionali federale federali
    locale locali regionale regionali public private national international federal local
    regional non-profit nonprofit charitable""".split()
)


def _thin(ptoks: list, n: int, language: str) -> bool:
    """Whether a head is one noun of a kind ('un comune', 'an organisation', 'a charity'),
    with at most an adjective that only classes it ('un ente pubblico', 'a British charity'):
    true of thousands of places and bodies, it says nothing worth learning of this one."""
    words = [t.low for t in ptoks[1:n] if t.low not in _DI]
    if len(words) == 3 and words[1] in {"e", "ed", "and"}:
        words = [words[0], words[2]]  # "a town and port": two nouns of a kind say no more
    if len(words) == 1:
        return _kind_noun(words[0])
    if len(words) == 3 and _classed_kind(ptoks, words, language):
        return True  # "a British public body", "un ente pubblico nazionale"
    if len(words) != 2:
        return False
    if len(ptoks[1:n]) == 3:  # "a town and port", "una città di provincia"
        return all(w in NOUN_KIND or w in _PLACE_HEADS for w in words)
    if words[0] in _SIZE_ADJECTIVES:  # "a small town", "una piccola città": one of thousands
        return _kind_noun(words[1], person=False) or words[1] in _PLACE_HEADS
    # A person's nation and trade is what one learns of them ("un politico italiano").
    if language == "it":  # the adjective follows: "un comune italiano"
        return _kind_noun(words[0], person=False) and words[1] in _CLASS_ADJECTIVES
    # "a federal agency", "a British charity": an adjective of a nation classes too (a name
    # does not: "a Ferrari museum")
    nation = ptoks[1].text[:1].isupper() and words[0].endswith(_NATION_ENDINGS)
    return (words[0] in _CLASS_ADJECTIVES or nation) and _kind_noun(words[1], person=False)


def _classed_head(ptoks: list, n: int, language: str) -> bool:
    words = [t.low for t in ptoks[1:n] if t.low not in _DI]
    return len(words) == 3 and _classed_kind(ptoks, words, language)


def _classed_kind(ptoks: list, words: list[str], language: str) -> bool:
    """A noun of a kind with two adjectives that only class it: 'a British public body', 'un
    ente pubblico nazionale' (English puts them before the noun, Italian after it)."""
    if language == "it":
        return _kind_noun(words[0], person=False) and all(w in _CLASS_ADJECTIVES for w in words[1:])
    texts = [t.text for t in ptoks[1:4]]
    classing = all(
        w in _CLASS_ADJECTIVES or (t[:1].isupper() and w.endswith(_NATION_ENDINGS))
        for w, t in zip(words[:2], texts[:2], strict=True)
    )
    return classing and _kind_noun(words[2], person=False)


_NATION_ENDINGS = ("an", "ish", "ese", "ch", "ic")
# Adjectives of size before a noun of a kind class it no more than a nation does.
_SIZE_ADJECTIVES = frozenset(
    "small large big little tiny piccolo piccola piccoli piccole grande grandi".split()
)


def _thin_phrase(np: str, language: str) -> bool:
    """Whether a whole noun phrase is a kind alone ('a British charity'): four words at most,
    so a longer one is not split into tokens."""
    if len(np.split()) > 4:
        return False
    ptoks = tokens(np)
    return _thin(ptoks, len(ptoks), language)


def _names_one(question: str, head: str) -> bool:
    """Whether a question about a kind names what tells its answer from others of the kind:
    a place, a body, a person ('Which charity runs food banks in Leeds?'), not a year only."""
    said = set(head.split())
    return any(w[:1].isupper() and w not in said for w in question.split()[1:])


def _kind_noun(word: str, person: bool = True) -> bool:
    if word in _GENERIC_HEADS:
        return True
    kind = NOUN_KIND.get(word)
    return kind is not None and (person or kind != "person")


def _fuller(pred: str, ptoks: list, n: int, language: str) -> str | None:
    """A thin head with what the predicate says next: its apposition ('un comune, capoluogo
    dell’omonima provincia'), else its first clause when short ('un comune di circa 94.000
    abitanti', 'an organisation that promotes trade'); None when neither will do."""
    head = pred[: ptoks[n - 1].end]
    rest = pred[ptoks[n - 1].end :]
    relative = _relative_past_aside(rest, language)
    if relative is not None:
        rest = relative  # "un dispositivo, generalmente composto da ..., | che viene installato"
    brk = _BREAK.search(rest)
    if brk is not None and brk.group() == "," and relative is None:
        apposed = _with_apposition(squash(f"{head} {rest[: brk.start()]}"), rest, brk, language)
        if apposed is not None:
            return apposed
    clause = squash(f"{head} {_clause_with_list(rest, language)}")
    outside, relative = _split_relative(clause, language)
    if any(_is_clause_verb(w, language) for w in outside.split()[1:]):
        return None
    if relative and (len(clause.split()) > MAX_FULLER or _cut_in_a_list(rest, language)):
        # "a federal agency within the Department of the Interior | that manages ...": the
        # first modifier, when the whole runs long
        clause = outside if len(outside.split()) > len(head.split()) else clause
    # A list is kept whole or not at all ('per la tutela del patrimonio storico, artistico e
    # naturale'): its items may take the definition up to the longest answer.
    limit = MAX_ANSWER_WORDS if _LIST_COMMA.search(clause) else MAX_FULLER
    if relative and len(clause.split()) > limit:
        # "a British public body that funds research, training and infrastructure | in the
        # environmental sciences": the relative clause says what the body does, back to a
        # complement where it fits
        shorter = _without_last_complement(clause, language)
        if shorter == clause or len(shorter.split()) <= len(outside.split()):
            shorter = _without_second_conjunct(clause, outside, limit, language)
        clause = shorter
    words = _reduced_relative(clause, language).split()
    if len(words) > limit:
        return None
    return " ".join(_strip_dangling(words, language)) if len(words) > len(head.split()) else None


def _without_second_conjunct(clause: str, core: str, limit: int, language: str) -> str:
    """A definition too long for an answer without the second of two things its relative
    clause's complement joins ('a British charity that campaigns for better public transport |
    and more sustainable travel'): the first is as true. Only a phrase of its own goes (two
    words or more in small letters, no verb), not a name ('i porti di Trieste e Monfalcone');
    the clause unchanged when none can go."""
    words = clause.split()
    least = len(core.split()) + 3  # the relative word, its verb and a complement
    for i in range(min(len(words) - 2, limit), least - 1, -1):
        if words[i].lower() not in LIST_CONJUNCTIONS[language]:
            continue
        if any("," in w for w in words[len(core.split()) : i]):
            return clause  # "dengue, chikungunya, Zika | and yellow fever": a list, whole
        after = words[i + 1 :]
        if len(after) < 2 or not all(w[:1].islower() for w in after):
            continue
        if any(_is_clause_verb(w, language) for w in after):
            continue  # "and promotes ...": a second predicate, _one_predicate's
        return " ".join(words[:i])
    return clause


def _relative_past_aside(rest: str, language: str) -> str | None:
    """The relative clause after a head's aside between commas ('un dispositivo, |
    generalmente composto da gomma e acciaio, | che viene installato ...'): the aside, opened by
    an adverb or a participle, says how it is made; the clause, what it is. None without such
    an aside."""
    m = _ASIDE_THEN_RELATIVE.match(rest)
    if m is None:
        return None
    first = m.group("first")
    low = first.lower()
    if not (low.endswith(_ADVERB_ENDINGS[language]) or is_participle(low, language)):
        return None
    if m.group("rel").lower() not in RELATIVE_WORDS[language]:
        return None
    return " " + rest[m.start("rel") :]


_ASIDE_THEN_RELATIVE = re.compile(r"^\s*,\s*(?P<first>[a-zà-ù]+)\b[^,;:()]{0,80},\s*(?P<rel>\w+)\s")
# A relative clause of a passive verb, said as its participle alone: "che viene installato" ->
# "installato", "that is used" -> "used".
_PASSIVE_RELATIVE = {
    "it": re.compile(r"\bche\s+(?:viene|vengono|è|sono)\s+(?=[a-zà-ù]+\b)"),
    "en": re.compile(r"\b(?:that|which)\s+(?:is|are)\s+(?=[a-z]+\b)"),
}


def _reduced_relative(clause: str, language: str) -> str:
    """A definition with its passive relative clause said as the participle alone: 'un
    dispositivo che viene installato tra ...' -> 'un dispositivo installato tra ...', as a
    quiz writes it."""
    m = _PASSIVE_RELATIVE[language].search(clause)
    if m is None:
        return clause
    participle = clause[m.end() :].split(None, 1)[0]
    if not is_participle(participle, language):
        return clause
    return clause[: m.start()] + clause[m.end() :]


def _with_apposition(before: str, rest: str, brk: re.Match[str], language: str) -> str | None:
    """The head, what it has before the comma ('un comune | di circa 94.000 abitanti') and the
    apposition after it ('capoluogo della Campania | e terza città ...'), up to its first
    coordinated part when the whole runs long: a prefix of the phrase, never one with a hole.
    A comma inside a list ('del patrimonio storico, | artistico e naturale') is no
    apposition's: the list is kept whole or not at all."""
    part = _appositive_part(rest[brk.end() :], language)
    if part is None:
        return None
    words = part.split()
    in_list = len(_clause(rest, language)) > brk.start()
    if len(before.split()) + len(words) > MAX_FULLER and not in_list:
        conj = next((i for i, w in enumerate(words) if w.lower() in LIST_CONJUNCTIONS[language]), 0)
        words = _strip_dangling(words[:conj], language)
    if len(words) < 2 or len(before.split()) + len(words) > MAX_FULLER:
        return None
    if in_list and not _clause(rest[brk.end() :], language).startswith(" ".join(words)):
        return None
    return f"{before}, {' '.join(words)}"


def _clause_with_list(text: str, language: str) -> str:
    """The clause of `text` with the rest of a list it would end inside: 'that funds surveys,
    | vessels and laboratories' (a plural noun after 'and' reads like a verb)."""
    clause = _clause(text, language)
    if not _cut_in_a_list(text, language):
        return clause
    after = text[text.find(clause) + len(clause) :].lstrip()[1:]
    brk = _BREAK.search(after)
    return f"{clause}, {after[: brk.start() if brk else len(after)].strip().rstrip('.')}"


def _cut_in_a_list(text: str, language: str) -> bool:
    """Whether the clause of `text` may end inside a list: 'that manages dams, | canals and
    weirs' (a plural noun after the comma reads like a verb, so the list was not seen)."""
    clause = _clause(text, language)
    after = text[text.find(clause) + len(clause) :].lstrip()
    if not after.startswith(","):
        return False
    words = after[1:].split()[: MAX_ITEM + 1]
    return any(w.lower() in LIST_CONJUNCTIONS[language] for w in words[1:])


def _appositive_part(text: str, language: str) -> str | None:
    """'capoluogo dell’omonima provincia in Puglia | e principale città del Salento': a noun
    phrase after the comma, bare (Italian) or definite, up to its first coordinated part when
    long; None for a clause or an adjunct."""
    words = _strip_dangling(_clause(text, language).split(), language)
    part = " ".join(words)
    if len(words) < 2:
        return None
    first = words[0].lower()
    definite = first in ARTICLES[language] and first not in _INDEFINITE
    if not definite and not (language == "it" and _bare_noun(words[0])):
        return None
    if any(_is_clause_verb(w, language) for w in _split_relative(part, language)[0].split()):
        return None
    if len(words) > MAX_APPOSITIVE_PART:
        conj = next(
            (i for i, w in enumerate(words) if w.lower() in LIST_CONJUNCTIONS[language]), None
        )
        if conj is None or conj > MAX_APPOSITIVE_PART:
            return None
        words = _strip_dangling(words[:conj], language)
    return " ".join(words)


def _bare_noun(word: str) -> bool:
    """An Italian noun opening an apposition without an article: 'capoluogo', 'sede'."""
    low = word.lower()
    if not word[:1].islower() or low in STOPWORDS["it"] or low in ADVERBIALS["it"]:
        return False
    if low in PREPOSITIONS["it"] or low in ARTICULATED or low in RELATIVE_WORDS["it"]:
        return False
    return not (is_participle(low, "it") or is_finite(low, "it") or _is_verb(low, "it"))


_LIFE_YEARS = re.compile(r"\(\s*\d{3,4}\s*[-–]\s*\d{3,4}\s*\)")


def _person_entry(entry: EntryInfo, subject: str, definition: str, language: str) -> bool:
    """Whether an entry is a person: so its kind says, or its years of life ('Giuseppe
    Zamberletti (1933-2019)'), or what it is, named first ('un politico italiano', 'a
    painter')."""
    if entry.kind == "person" or _LIFE_YEARS.search(subject):
        return True
    if entry.acronym is not None:
        return False  # "la politica dell’Unione europea ..." (PAC): a policy, no politician
    words = [w.lower() for w in _bare(definition).split()[:2]]
    noun = words[0]
    if language == "en" and _premodifying(_bare(definition).split()):
        return False  # "a specialist mining and geology school": the noun comes later
    if noun not in NOUN_KIND and len(words) > 1 and (words[1] in NOUN_KIND or _scholar(words[1])):
        noun = words[1]  # "una storica città": an adjective first
    return NOUN_KIND.get(noun) == "person" or noun in _PROFESSIONS or _scholar(noun)


def _premodifying(words: list[str]) -> bool:
    """Whether the first word of an English definition modifies a noun after it ('specialist |
    mining | and geology school'): the head, the word before a preposition, a relative, a
    conjunction or a break, is another word, in small letters and no person's noun."""
    head = words[0]
    for word in words[:6]:
        if word.lower() in PREPOSITIONS["en"] or word.lower() in RELATIVE_WORDS["en"]:
            break
        if word.lower() in {"and", "or"}:
            break  # "a businessman | and philanthropist": the first noun is the head
        head = word.rstrip(",;:")
        if word != head:
            break
    low = head.lower()
    return (
        head != words[0]
        and head.isalpha()
        and head.islower()
        and NOUN_KIND.get(low) != "person"
        and low not in _PROFESSIONS
        and not _scholar(low)
    )


def _scholar(noun: str) -> bool:
    """A noun of one who practises a science or an art: 'microbiologist', 'pianist',
    'egittologo', 'archeologa' (long enough not to be 'list', 'twist', 'logo')."""
    return len(noun) >= 7 and noun.endswith(("ist", "ists", "ologo", "ologa", "ologi", "ologhe"))


def _indefinite_entry(
    s: Sentence,
    entry: EntryInfo,
    pred: str,
    copula: str,
    subject: str,
    language: str,
    body: bool = False,
) -> Iterator[Candidate]:
    """'La NATO è un’alleanza militare istituita nel 1949 ...': 'Che cos’è la NATO?' and
    'Quale alleanza militare fu istituita nel 1949 ...?'. In the article's `body`, where a
    sentence may judge ('Roma è una città meravigliosa'), the head must have a participle or a
    relative clause after it that defines, and the definition keeps it."""
    ptoks = tokens(pred)
    if _one_of_without_noun(ptoks):
        return  # "uno dei più grandi d’Europa": one of the largest what, it does not say
    n = _head(ptoks, language)
    while n > 2 and (
        ptoks[n - 1].low in _DI
        or ptoks[n - 1].low in {"e", "ed", "and"}
        or (
            ptoks[n - 1].text.islower()
            and is_participle(ptoks[n - 1].text, language)
            and not (language == "it" and _compound_adjective_at(ptoks, n - 1))
            and not (n < len(ptoks) and _lower_participle(ptoks[n].text, language))
        )
        or _dangling_modifier(ptoks[n - 1].low, language)
        or _gerund_before_figure(ptoks, n, language)
    ):
        n -= 1  # "un comune italiano di | circa ...", "a compound ... used | in": dangling
    n = _place_phrase(ptoks, n, language)
    head = pred[: ptoks[n - 1].end]
    if _ADVERB_END.search(head):
        return  # "a federally | recognized confederation": the head was cut at its adverb
    if n < 2:  # the article alone ("un’associazione" is two tokens, one word)
        return
    name, accept = _answers(entry, subject)
    thin = _thin(ptoks, n, language)
    classed = _classed_head(ptoks, n, language)  # "a British public body"
    if body and not _defined_after(ptoks, n, language):
        return
    relative = _relative_after_noun(ptoks, n, language)
    # "un’imbarcazione | utilizzata per rimuovere sedimenti": a noun alone, what it is for after
    said_for = n == 2 and n < len(ptoks) and ptoks[n].low in _PURPOSE_PARTICIPLES
    definition = _fuller(pred, ptoks, n, language) if thin or body or relative or said_for else head
    if definition is None and relative == "plain" and not (thin or body):
        definition = head  # "a mosquito | that can spread ... and yellow fever": too long whole
    if definition is None and not body and thin and classed:
        definition = head  # two adjectives say a little more
    if definition == head and _one_of_narrowed(head, ptoks, n, language):
        narrowed = _clause(pred, language)  # "uno dei principali musei dedicati a ..."
        definition = narrowed if len(narrowed.split()) <= MAX_NARROWED else head
    if definition is not None and _RANK_AMONG_MANY.match(definition):
        definition = None  # "uno dei più antichi atenei": a rank among many says not what it is
    if definition is not None:
        definition = _quiz_length(definition, language)
    if definition is not None and _ADVERB_END.search(definition):
        definition = None  # "un’associazione ufficialmente | riconosciuta": cut at its adverb
    if definition is not None:
        short = re.sub(r"^(?:un|uno|una|a|an)\s+|^un’", "", definition)
        person = _person_entry(entry, subject, definition, language)
        yield Candidate(
            "definition",
            s,
            0.6,
            definition,
            question=_definition_question(entry, copula, subject, language, person, definition),
            accept=(short,),
            answer_type="definition",
            topic=f"{entry.name} definition",
        )
    after = pred[ptoks[n - 1].end :] if n < len(ptoks) else ""
    reverse = _reverse(entry, s, head, after, language)
    # "Which British public body funds ...?" is asked; "Quale ente pubblico fu fondato nel
    # 1990?" is one of many
    if reverse and thin and not classed and not _names_one(reverse, head):
        reverse = None
    if reverse and _gives_away(reverse, name, head):
        reverse = None  # "Which legal agreement is named after section 106 ...?": the name
    if reverse:
        yield Candidate(
            "definition",
            s,
            0.68,
            name,
            question=reverse,
            accept=accept,
            answer_type=entry.kind,
            topic=f"{entry.name} reverse",
        )


# Adjectives of a measure: what they say is in the measure after them ('un lago prealpino
# lungo | circa 25 chilometri'); a head does not end in one.
_MEASURE_ADJECTIVES = frozenset(
    """lungo lunga lunghi lunghe alto alta alti alte largo larga larghi larghe profondo
    profonda profondi profonde long high tall wide deep""".split()
)
_ADVERB_ENDINGS = {"it": ("mente",), "en": ("ly",)}
# Adjectives that say nothing without the phrase after them ('a coniferous tree native | to
# New Zealand', 'un albero originario | della Nuova Zelanda'): a head does not end in one.
_COMPLEMENTED_ADJECTIVES = frozenset(
    """native close similar equivalent adjacent next prone akin endemic originario originaria
    originari originarie simile simili vicino vicina vicini vicine""".split()
)


# Participles that say what a thing is for or made of, which complete a noun alone.
_PURPOSE_PARTICIPLES = frozenset(
    """utilizzato utilizzata utilizzati utilizzate usato usata usati usate impiegato impiegata
    destinato destinata progettato progettata used designed intended employed""".split()
)


def _gives_away(question: str, answer: str, head: str) -> bool:
    """Whether a question holds all the answer's words besides the kind it names ('...
    named after section 106 ...?' of 'Section 106 agreement', a legal agreement): what it
    asks, it says."""
    said = set(fold(question).replace("’", " ").split())
    kind = set(fold(head).replace("’", " ").split())
    words = [
        w
        for w in fold(answer).replace("’", " ").split()
        if (len(w) > 2 or w.isdigit()) and w not in kind
    ]
    return len(words) > 1 and all(w in said for w in words)


def _gerund_before_figure(ptoks: list, n: int, language: str) -> bool:
    """Whether the head ends with an English gerund whose figure was cut off: 'a marginal sea
    of the western Pacific Ocean covering | about 3.5 million square kilometres'."""
    if language != "en" or n >= len(ptoks) or not is_gerund(ptoks[n - 1].low, language):
        return False
    nxt = ptoks[n].low
    return nxt[:1].isdigit() or nxt in _FIGURE_LEADS


_FIGURE_LEADS = frozenset("about around nearly almost some over more roughly up".split())


def _dangling_modifier(word: str, language: str) -> bool:
    """A word that modifies what comes after it, left at a head's end when that is cut: an
    adverb ('a not-for-profit company wholly | owned by ...') or an adjective of a measure."""
    if word in _MEASURE_ADJECTIVES or word in _COMPLEMENTED_ADJECTIVES:
        return True
    return len(word) > 5 and word.endswith(_ADVERB_ENDINGS[language]) and word.isalpha()


# "uno dei", "una delle": an Italian head of one of many (English "one of the" opens no
# indefinite predicate).
_ONE_OF_HEAD = re.compile(r"^(?:uno|una)\s+(?:dei|degli|delle)\s", re.IGNORECASE)


def _one_of_narrowed(head: str, ptoks: list, n: int, language: str) -> bool:
    """Whether 'one of the' things a head names is narrowed by the participle right after it,
    with no comma between ('uno dei principali musei | dedicati alla Magna Grecia'): without
    it the definition does not tell one of what."""
    if _ONE_OF_HEAD.match(head) is None or n >= len(ptoks):
        return False
    nxt = ptoks[n]
    return nxt.text.islower() and is_participle(nxt.text, language)


def _one_of_without_noun(ptoks: list) -> bool:
    """Whether an Italian 'one of the' leaves its noun out: 'uno dei più grandi' (a noun comes
    before 'più': 'uno dei distretti più grandi')."""
    if not (
        len(ptoks) > 3
        and ptoks[0].low in {"uno", "una"}
        and ptoks[1].low in {"dei", "degli", "delle"}
        and ptoks[2].low in {"più", "meno"}
    ):
        return False
    return _ends_phrase(ptoks[4].low if len(ptoks) > 4 else "")  # "uno dei più antichi | atenei"


MAX_NARROWED = 12  # words of 'one of the' things with the participle phrase that narrows them


def _defined_after(ptoks: list, n: int, language: str) -> bool:
    """Whether a head goes on with a participle or a relative clause ('a viral infection |
    spread by mosquitoes', 'a startup | that makes chips')."""
    if n >= len(ptoks):
        return False
    nxt = ptoks[n]
    if nxt.low in RELATIVE_WORDS[language]:
        return True
    return nxt.text.islower() and is_participle(nxt.text, language)


def _entry_candidates(s: Sentence, entry: EntryInfo, language: str) -> list[Candidate] | None:
    """The definitions and identities of a sentence whose subject is its entry; None when the
    subject is something else."""
    cop = _COPULA.search(s.text)
    if not cop:
        return None
    subject = s.text[: cop.start()]
    if len(subject) > len(entry.name) + 70 or not _entry_subject(subject, entry):
        return None
    pred = s.text[cop.end() :]
    if _definite_predicate(pred, language):  # before tokens: a definite predicate needs none
        return list(_definite_entry(s, entry, pred, cop.group(0), subject, language))
    ptoks = tokens(pred)
    if not ptoks:
        return []
    article = ptoks[0].low
    if article in _INDEFINITE or article.startswith("un’"):
        return list(_indefinite_entry(s, entry, pred, cop.group(0), subject, language))
    return list(_bare_entry(s, entry, ptoks, pred, cop.group(0), subject, language))


def _bare_entry(
    s: Sentence, entry: EntryInfo, ptoks: list, pred: str, copula: str, subject: str, language: str
) -> Iterator[Candidate]:
    """'Welsh-medium education is schooling in which Welsh is the main language ...',
    'Phages are viruses that infect bacteria': a noun without an article, which the relative
    clause right after it defines, is asked with that clause ('What is Welsh-medium
    education?')."""
    if len(ptoks) < 3 or not _bare_kind(ptoks[0].text, language):
        return
    nxt, after = ptoks[1].low, ptoks[2].low
    if nxt not in RELATIVE_WORDS[language] and not (
        nxt in PREPOSITIONS[language] and after in _PREPOSED_RELATIVES
    ):
        return
    definition = _clause(pred, language)
    if len(definition.split()) > MAX_ANSWER_WORDS:
        definition = _without_last_complement(definition, language)
    words = _strip_dangling(definition.split(), language)
    if len(words) > MAX_ANSWER_WORDS:
        words = _before_second_complement(words, language)
    if not 4 <= len(words) <= MAX_ANSWER_WORDS:
        return
    definition = " ".join(words)
    yield Candidate(
        "definition",
        s,
        0.6,
        definition,
        question=_definition_question(entry, copula, subject, language, False, definition),
        answer_type="definition",
        topic=f"{entry.name} definition",
    )


def _before_second_complement(words: list[str], language: str) -> list[str]:
    """A long definition up to its last complement joined by 'and'/'e' that fits an answer
    ('the main language of teaching | and of daily school life'); whole when none does."""
    for i in range(min(len(words), MAX_ANSWER_WORDS + 1) - 1, 2, -1):
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if words[i].lower() in LIST_CONJUNCTIONS[language] and (
            nxt in PREPOSITIONS[language] or nxt in _DI
        ):
            return words[:i]
    return words


def _bare_kind(word: str, language: str) -> bool:
    """Whether a predicate's first word may be a noun without its article ('schooling',
    'viruses'): lowercase letters, no word of grammar, no verb, no adverb."""
    low = word.lower()
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    if low in STOPWORDS[language] or low in ADVERBIALS[language] or low in PREPOSITIONS[language]:
        return False
    if low.endswith(_ADVERB_ENDINGS[language]):
        return False
    if is_participle(low, language) or is_finite(low, language):
        return False
    # English has no verb but a participle after "is": "viruses" is a noun there
    return language == "en" or not _is_verb(low, language)


# --- A name the article itself defines: "Dengue is a viral infection spread ..." -------------

_BODY_DEFINITION = re.compile(
    r"^(?P<art>(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)?(?P<name>"
    + NAME_RUN.pattern
    + r")(?P<cop>\s+(?:è|era|is|was)\s+)(?=(?:un|uno|una|a|an)\s|un’)"
)


_BODY_CUES = (" is a", " was a", " è un", " era un")


def _body_definitions(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Dengue is a viral infection spread to people through ...' in the article: the name it
    opens with is defined as an entry is ('What is dengue?'), and asked back."""
    m = _BODY_DEFINITION.match(s.text)
    if m is None:
        return
    name = m.group("name")
    if name.split()[0].lower() in STOPWORDS[doc.language] | ADVERBIALS[doc.language]:
        return
    if fold(name) in doc.entry_kinds:
        return  # its entry defines it
    article = (m.group("art") or "").strip()
    kind = doc.entry_kinds.get(fold(name)) or ("person" if name in doc.people else "thing")
    if not article and _common_noun(name, doc):
        name = name.lower()  # "Dengue is ...", "dengue" elsewhere: "What is dengue?"
    phrase = f"{article.lower()}{'' if article.endswith('’') else ' '}{name}" if article else name
    entry = EntryInfo(name, name, phrase.strip(), None, None, kind, article.lower())
    subject, pred = s.text[: m.start("cop")], s.text[m.end() :]
    yield from _indefinite_entry(s, entry, pred, m.group("cop"), subject, doc.language, True)


def _common_noun(word: str, doc: Document) -> bool:
    """Whether a capitalised word opening a sentence is a common noun the article writes in
    lowercase elsewhere ('Dengue is ...', '... cases of dengue')."""
    if " " in word or not word[1:].islower():
        return False
    low = f" {word.lower()}"
    return any(low in text for text in doc.texts)


# --- Appositions that define: "il Canone Reale, l’elenco dei sovrani egizi, ..." --------------

# ", l’elenco ...", ", a chariot ...": an article after a comma, before a lowercase word, opens
# an apposition that may say what the term before the comma is.
# A comma opens an apposition, or a dash that sets it off ("its rāhui — a customary ban ... —").
_APPOSITION_OPEN = {
    "it": re.compile(r"(?:,|\s[–—])\s(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|l’|un’)(?=[a-zà-ù])"),
    "en": re.compile(
        r"(?:,|\s[–—])\s(?:the|a|an)\s+(?=[a-z]|[A-Z][a-z]+\s+(?!who|which|that)[a-z]"
        r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*’s\s+[a-z])"  # "the Welsh Government’s ... service"
    ),
}
_NAME_END = re.compile(
    r"(?:" + NAME_RUN.pattern + r")(?:\s+(?:di|del|dello|della|dei|degli|delle)\s+[a-zà-ù]{3,})?$"
)
_WORD_END = re.compile(r"(?<![\w’])([a-zà-ÿ\u0100-\u017f]{4,})$")  # "rāhui", "kākāpō"
_LEADING_ARTICLE = re.compile(r"^(?:(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)")
_BEFORE_TERM = re.compile(r"(?:^|\s)([\w]+’|[\w]+)\s*$")
_SINGULAR_ARTICLES = frozenset("il lo la un uno una".split())


def _singular(phrase: str) -> bool:
    """Whether an Italian phrase opens with a singular article ('l’Università', 'il museo')."""
    low = phrase.lower()
    return low.startswith(("l’", "un’")) or low.split(None, 1)[0] in _SINGULAR_ARTICLES


_MONTHS = frozenset(month.lower() for names in MONTHS.values() for month in names)
# Where a bare name after one of these words is a place: "In Germany, the ...", "a Roma, la".
_PLACE_BEFORE = frozenset("a ad in presso verso at to near from".split())
# Nouns of kin and other people: an apposition with one describes a person ("his brother").
_KIN_NOUNS = frozenset(
    """padre madre figlio figlia fratello sorella marito moglie nonno nonna zio zia cugino
    cugina amico amica collega father mother son daughter brother sister husband wife
    grandfather grandmother uncle aunt cousin friend colleague""".split()
)
_PLACE_KINDS = frozenset("city country region".split())
_PLACE_HEADS = frozenset(
    """capoluogo frazione quartiere borgo località rione contea distretto district suburb
    neighbourhood neighborhood borough county municipality""".split()
)
# "il capoluogo della regione omonima": the phrase names its term again, and asks nothing.
_SAME_NAME = re.compile(r"\b(?:omonim[oaie]|namesake|eponymous|same\s+name)\b", re.IGNORECASE)
# What people do: "Marc Delacroix, an analyst at ...", "Anna Bianchi, una ricercatrice ...".
_PROFESSIONS = frozenset(
    """analista economista ricercatore ricercatrice professore professoressa avvocato avvocata
    ingegnere studente studentessa archeologo archeologa egittologo egittologa linguista
    curatore curatrice artista infermiere infermiera agricoltore soldato atleta allenatore
    allenatrice giocatore giocatrice funzionario funzionaria imprenditrice docente insegnante
    pittore pittrice poeta poetessa storico storica fisico fisica chimico chimica matematico
    matematica filosofo filosofa astronomo astronoma compositore compositrice musicista
    scultore scultrice scienziata analyst economist researcher professor lawyer engineer
    student historian archaeologist curator artist doctor nurse farmer soldier officer veteran
    athlete runner player coach teacher lecturer painter poet novelist entrepreneur
    businesswoman activist campaigner physicist chemist mathematician philosopher astronomer
    composer sculptor""".split()
)
# Heads that say nothing of what a thing is: "the same", "l’altro", "the latter".
_EMPTY_HEADS = frozenset(
    """stesso stessa stessi stesse altro altra altri altre medesimo quale quali cui same other
    latter former one ones few lot total""".split()
)
MAX_APPOSITION = 12  # words of an apposition asked as a definition
# "..., l’anno scorso", "..., the day before": a time after the comma, not an apposition.
_TIME_NOUNS = frozenset(
    """anno anni mese mesi settimana settimane giorno giorni sera mattina mattino notte
    pomeriggio year years month months week weeks day days morning evening night
    afternoon""".split()
)
_TIME_ADJECTIVES = frozenset(
    """scorso scorsa scorsi scorse prossimo prossima prossimi prossime successivo successiva
    precedente seguente stesso stessa dopo prima last next before after following previous
    same""".split()
)


def _when(head: list[str]) -> bool:
    """Whether the words of a noun phrase say when ('anno scorso', 'day before')."""
    return head[0] in _TIME_NOUNS and (len(head) == 1 or head[1] in _TIME_ADJECTIVES)


# Days and months, which an apposition after them never defines ("il giovedì sera, nell’aula").
_TIMES = frozenset(
    {w.lower() for w in WEEKDAYS} | {m.lower() for names in MONTHS.values() for m in names}
)


# An acronym in brackets after a name, before the comma of its apposition: "(ET)".
_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Z0-9&-]{1,9}\)$")


# An apposition that is one word after its article and then 'and' another: the next items
# of a list ("il quechua, | l’aymara e le altre lingue indigene").
_NEXT_ITEMS = re.compile(
    r"^(?:(?:il|lo|la|i|gli|le|the|a|an)\s+[\w-]+|l’[\w-]+)\s+(?:e|ed|and|or|o)\s"
)


# The item of a list before a term: "diritti come la vita, | la libertà, ...".
_ITEM_BEFORE = re.compile(r"(?:^|[\s,])(?:(?:il|lo|la|i|gli|le|the|a|an)\s+[\w-]+|l’[\w-]+),\s+$")


def _term_before(text: str, comma: int, doc: Document) -> tuple[str, str] | None:
    """The term an apposition defines and how a question names it: ('Canone Reale', 'il
    Canone Reale') for 'del Canone Reale, ...', ('birrus', 'a birrus') for 'a birrus, ...'. A
    name, or a word the dictionary does not know after an article; not a person, a place or
    a word that opens the sentence."""
    language = doc.language
    window = text[max(0, comma - 80) : comma]
    acronym = _ACRONYM_AFTER.search(window)
    if acronym is not None:  # "l’Einstein Telescope (ET), il rivelatore ...": the name's
        window = window[: acronym.start()]
        comma -= len(acronym.group(0))
    legal = _LEGAL_FORM_END.search(window)
    if legal is not None:  # "Difesa Servizi spa, la società ...": the firm's form aside
        window = window[: legal.start()]
        comma -= len(legal.group(0))
    name = _NAME_END.search(window)
    rare = None if name else _WORD_END.search(window)
    m = name or rare
    if m is None:
        return None
    term = m.group(0)
    start = m.start()
    if name is not None and (_case_party(window, start) or _name_goes_back(window[:start], doc)):
        return None
    lead = _LEADING_ARTICLE.match(term)
    if lead:  # "Il Canone Reale, ..." at the start of a sentence: the article is no name
        term, start = term[lead.end() :], start + lead.end()
        if not term:
            return None
    if term.lower() in _TIMES:
        return None  # "on Monday, an employee ownership trust": a time, no term it defines
    before = _BEFORE_TERM.search(window[:start])
    word = before.group(1).lower() if before else ""
    article = ARTICULATED.get(word, word)  # "del Canone Reale" -> "il Canone Reale"
    if article not in ARTICLES[language]:
        article = ""
    if name is not None and not article and _completes_noun(window[:start], word):
        return None
    if name is not None and not article and _named_noun_before(window[:start], language):
        return None  # "la raccolta Sartori, il fondo ...": the name goes with its noun
    if rare is not None:
        if not article and _rare_after_of(term, word, text[comma:], language):
            article = "an" if term[:1] in "aeiou" else "a"  # "of dollaghan, a brown trout ..."
        if not article:
            found = _compound_term(window, text, doc)
            if found is None:
                return None
            term, word = found
            article = ARTICULATED.get(word, word)
        if not article or term in STOPWORDS[language]:
            return None
        if " " not in term and _known_as_is(term, article, language):
            return None
    elif not _plain_name(term, word, article, not text[: comma - len(window) + start].strip(), doc):
        return None
    if not article:
        return term, term
    phrase = f"{article}{term}" if article.endswith("’") else f"{article} {term}"
    return term, phrase


# A firm's legal form after its name, in small letters: "Difesa Servizi spa".
_LEGAL_FORM_END = re.compile(r"\s(?:spa|srl|snc|s\.p\.a\.|s\.r\.l\.)$")
_INDEFINITE_APPOSITION = re.compile(r"^(?:,|\s[–—])\s(?:a|an)\s")
# Words before a rare word that give it no article: "a population of | dollaghan", "its |
# rāhui".
_BEFORE_RARE = frozenset("of its their his her our".split())


def _rare_after_of(term: str, word: str, after: str, language: str) -> bool:
    """Whether an English word the dictionary does not know, after a bare 'of' or a possessive,
    is a kind an indefinite apposition defines ('a population of dollaghan, a brown trout
    found ...', 'its rāhui — a customary prohibition'): the question asks for one of it ('What
    is a dollaghan?')."""
    return (
        language == "en"
        and word in _BEFORE_RARE
        and _INDEFINITE_APPOSITION.match(after) is not None
        and not is_known_word(term, language)
    )


def _completes_noun(before: str, word: str) -> bool:
    """Whether a name after a bare 'di'/'of' completes the common noun before it ('la
    principale spiaggia di Cagliari, una distesa di sabbia ...', 'the main square of Siena, a
    shell-shaped ...'): the apposition describes that noun, not the name; unless the noun is
    the name's own kind ('la città di Brescia, capoluogo ...', 'the town of Oban, ...')."""
    if word not in ("di", "of"):
        return False
    prev = before.split()[-2:-1]
    noun = prev[0] if prev else ""
    if not (noun.isalpha() and noun.islower()):
        return False
    return NOUN_KIND.get(noun) not in _PLACE_KINDS and noun not in _PLACE_HEADS


# "the habitable zone, the range of ...", "l’effetto serra, il fenomeno per cui ...": a term of
# two words the dictionary knows one by one, after an article.
_COMPOUND_END = re.compile(
    r"(?:^|\s)(?P<art>[\w]+’|[\w]+)\s*(?<![\w’])(?P<term>[a-zà-ÿ]{3,}\s[a-zà-ÿ]{3,})$"
)


def _compound_term(window: str, text: str, doc: Document) -> tuple[str, str] | None:
    """(term, the word before it) for two lowercase words after an article, which the article
    uses again: a term of its subject ('the habitable zone'), not a thing it mentions once
    ('the old mill, the place ...'); or of which one is a word the dictionary does not know,
    a term of a field ('a carbonaceous chondrite')."""
    m = _COMPOUND_END.search(window)
    if m is None:
        return None
    word = m.group("art").lower()
    if ARTICULATED.get(word, word) not in ARTICLES[doc.language]:
        return None
    term = m.group("term")
    if any(w in STOPWORDS[doc.language] for w in term.split()):
        return None
    if not all(is_known_word(w, doc.language) for w in term.split()):
        return term, word  # "a carbonaceous chondrite, ...": a term of the field, rare itself
    if any(doc.sentences_with(w) < 2 for w in term.split()):
        return None  # counted words first: cheaper than looking for the phrase in every text
    if sum(term in t for t in doc.texts) < 2:
        return None
    return term, word


# Articles no Italian infinitive takes: "le sciare" is a noun, whatever "sciare" means alone.
_NOT_BEFORE_INFINITIVE = frozenset("la le i gli una".split())


def _known_as_is(word: str, article: str, language: str) -> bool:
    """Whether the dictionary knows a word in the sense the article gives it: 'the ship', 'la
    nave'; not 'le sciare' (it knows 'sciare', to ski, a verb an article 'le' never opens)."""
    if not is_known_word(word, language):
        return False
    return not (
        language == "it" and article in _NOT_BEFORE_INFINITIVE and _infinitive(word, language)
    )


_OF_PLACE = re.compile(r"\s(?:of|di|del|della|dell’|from|da)\s")


def _of_a_person(term: str, doc: Document) -> bool:
    """Whether a name is a person's and where they work or come from: 'Henrik Lindqvist of
    Stockholm University', 'Anna Neri dell’Università di Pisa'."""
    m = _OF_PLACE.search(term)
    return m is not None and term[: m.start()].split()[-1] in doc.people


def _case_party(text: str, start: int) -> bool:
    """Whether a name is the second party of a case ('Arizona v. California'): the case is
    what an apposition after it describes."""
    return text[max(0, start - 9) : start].rstrip().endswith((" v.", " v", " vs.", " versus"))


def _plain_name(term: str, word: str, article: str, opens: bool, doc: Document) -> bool:
    """Whether capitalised words before an apposition name a thing the apposition may define
    (`word`: the one before them, `article`: theirs, `opens`: whether they open the sentence):
    not a person, a place, a month, nor a single word that opens the sentence ('Intanto, la')
    or follows a preposition of place ('In Germany, the ...')."""
    language = doc.language
    first = term.split()[0].lower()
    if first in STOPWORDS[language] or first in ADVERBIALS[language] or first in _MONTHS:
        return False
    if term in doc.people or term.split()[-1] in doc.people:
        return False
    if _of_a_person(term, doc):
        return False  # "Professor Henrik Lindqvist of Stockholm University, a co-author"
    if doc.entry_kinds.get(fold(term)) in _PLACE_KINDS | {"person"}:
        return False
    if not article and word in _PLACE_BEFORE:
        return False
    if not article and word in {"e", "ed", "o", "and", "or", "tra", "fra", "between"}:
        return False  # "tra Chioggia e Codevigo, il batterio ...": the last of a list
    if not article and " " in term and not is_known_word(term.split()[-1].lower(), language):
        return False  # "Marc Delacroix, ...": a first name and a surname, a person
    if opens and " " not in term:
        # "Intanto, la ...": a word that opens the sentence; a name the dictionary does not
        # know and no one's ("Cadw, the Welsh Government’s heritage service, ...") is a body's
        plain = term.isalpha() and not is_known_word(term.lower(), language)
        return plain and doc.person(term) is None
    return True


def _named_noun_before(before: str, language: str) -> bool:
    """Whether a name follows an article and a common noun it names ('la raccolta | Sartori',
    'the ferry | Hebridean Isles'), a street's aside ('via | Campana' is asked as such)."""
    words = before.split()[-2:]
    if len(words) < 2:
        return False
    article, noun = words[0].lower(), words[1]
    if ARTICULATED.get(article, article) not in ARTICLES[language] or noun in _STREET_NOUNS:
        return False
    return noun.isalpha() and noun.islower() and noun not in STOPWORDS[language]


def _defining_np(np: str, language: str, person: bool = False) -> bool:
    """Whether an apposition says what a thing is: a noun phrase ('a chariot drawn by four
    horses', 'l’elenco dei sovrani egizi'), not a person ('il fratello di ...'; unless
    `person`: a gloss of a common noun, 'un commissario ad acta, cioè un funzionario ...'), a
    place ('la capitale ...'), a superlative (asked as such), an empty head ('the same') or a
    clause ('the team found ...')."""
    core = _split_relative(np, language)[0]
    words = core.split()
    if not 2 <= len(words) <= MAX_APPOSITION or _SUPERLATIVE.search(
        _before_a_participle(core, language)
    ):
        return False
    if _headless(core, language) or _INDEFINITE_OWNER.search(f" {core} "):
        return False
    if _all_names(_bare(core), language):
        return False  # ", the Isle of Man and the Channel Islands": a list's next item
    head = [w.lower() for w in _bare(core).split()]
    if not head or head[0] in _EMPTY_HEADS or head[0] in _ORDINALS or _when(head):
        return False
    # the head ends at a preposition, articulated or not ("gli oggetti vicini | alla Terra")
    upto = next(
        (
            i
            for i, w in enumerate(head)
            if w in PREPOSITIONS[language] or w in _DI or w in ARTICULATED
        ),
        None,
    )
    for w in head[:upto]:
        if not person and (w in _PERSON_NOUNS or w in _KIN_NOUNS or w in _PROFESSIONS):
            return False
        if not person and w in ROLE_WORDS[language]:
            return False  # "Anna Neri, the director of ...": an office, not what a thing is
        if NOUN_KIND.get(w) in _PLACE_KINDS or w in _PLACE_HEADS:
            return False
    if _titled_name(_bare(core).split()[:upto]):
        return False
    return not any(_is_clause_verb(w, language) for w in words[1:])


def _before_a_participle(np: str, language: str) -> str:
    """A noun phrase up to the participle that opens a clause after its head ('a small
    whitefish | found only in ...'): an adverb there ('only') ranks nothing."""
    words = np.split()
    for i in range(2, len(words)):
        w = words[i]
        if w.isalpha() and w.islower() and is_participle(w, language):
            return " ".join(words[:i])
    return np


def _all_names(np: str, language: str) -> bool:
    """Whether a noun phrase is names only ('Isle of Man and the Channel Islands'): it names
    something else, it does not say what a thing is ('Danish shipping company')."""
    stop = STOPWORDS[language] | ARTICLES[language]
    content = [w for w in np.split() if w.lower() not in stop]
    return bool(content) and all(w[:1].isupper() for w in content)


def _titled_name(head: list[str]) -> bool:
    """'il francese Étienne Marchand', 'l’antica Tebe', 'the economist John Smith': a name
    after a lowercase word of the head is who or where the apposition names, not a kind."""
    lowered = False
    for w in head:
        if w[:1].islower():
            lowered = True
        elif lowered and w[:1].isupper():
            return True
    return False


def _is_clause_verb(word: str, language: str) -> bool:
    """A finite verb or an auxiliary: the words after the comma are a clause, not a noun
    phrase (participles describe the noun: 'a cloak worn against the rain')."""
    if not word[:1].islower():
        return False
    low = word.lower()
    if low in AUXILIARIES[language]:
        return True
    return is_finite(low, language) and not is_participle(low, language)


_QUOTE_OPENERS = frozenset('«“"')


_COMPOUND_ADJECTIVE = re.compile(r",\s+[a-z]+-[a-z]+\s+[a-z]")


def _adjectives_go_on(text: str, end: int) -> bool:
    """Whether the comma after an apposition's words is followed by a compound adjective and
    a word in small letters: the comma joined two adjectives of one noun, which comes later."""
    return _COMPOUND_ADJECTIVE.match(text, end) is not None


def _apposed_np(np: str, language: str) -> str | None:
    """The noun phrase of an apposition asked as a definition: the whole when it defines; a
    list of complements at its end kept whole ('a rare kind of stony meteorite rich in carbon,
    water-bearing minerals and organic compounds'); a long one without the participle clause
    that goes on to describe it ('a series of seven channel swims | regarded as the marathon
    swimmer’s equivalent of ...'); None when it defines nothing."""
    if language == "en" and any(
        m.group("verb") not in EN_NAMING_PARTICIPLES for m in EN_PAST_WITH_OBJECT.finditer(np)
    ):
        return None  # "the building once housed the lathes": a clause with its object
    if _LIST_COMMA.search(np):
        if len(np.split()) > MAX_ANSWER_WORDS or not _complement_list(np, language):
            return None
        judged = np[: _LIST_COMMA.search(np).start()]  # type: ignore[union-attr]
        return np if _defining_np(judged, language) else None
    if _defining_np(np, language):
        return np
    shorter = _before_participle(np, language)
    return shorter if shorter is not None and _defining_np(shorter, language) else None


def _complement_list(np: str, language: str) -> bool:
    """Whether the commas of a noun phrase join the objects of its last preposition: 'rich in
    carbon, minerals and organic compounds', 'fatto di argilla, paglia e sabbia'."""
    first = np[: _LIST_COMMA.search(np).start()].split()  # type: ignore[union-attr]
    last = np[np.rfind(",") + 1 :].split()
    return (
        len(first) >= 4
        and any(w in PREPOSITIONS[language] for w in first[2:-1])
        and any(w in LIST_CONJUNCTIONS[language] for w in last[1:-1])
    )


MIN_BEFORE_PARTICIPLE = 4  # words of a noun phrase kept before the participle clause it loses


def _before_participle(np: str, language: str) -> str | None:
    """The words of a noun phrase before the first participle that opens a clause after its
    head, or None when there is none."""
    words = np.split()
    for i in range(MIN_BEFORE_PARTICIPLE, len(words) - 1):
        w = words[i]
        if w.isalpha() and w.islower() and is_participle(w, language):
            return " ".join(words[:i])
    return None


# Nouns written small before the name of a street or square ("via Campana", "piazza Dante").
_STREET_NOUNS = frozenset("via viale piazza piazzale corso largo vicolo lungomare".split())
_ASIDE_WORDS = 5  # words of an aside set off by commas before the term it ends on


def _closes_aside(text: str, term_start: int, language: str) -> bool:
    """Whether the comma after a term closes an aside the term ends, opened by a comma and an
    adverb or a preposition ('..., unusually for the Highlands, a clear summit', '..., come a
    Bari, ...'): what follows goes on with the sentence, it does not define the term."""
    comma = text.rfind(",", 0, term_start)
    if comma < 0:
        return False
    words = text[comma + 1 : term_start].split()
    if not words or len(words) > _ASIDE_WORDS:
        return False
    first = words[0].lower()
    return first in PREPOSITIONS[language] or _dangling_modifier(first, language)


def _apposition_definitions(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'... un frammento del Canone Reale, l’elenco dei sovrani egizi, ...' -> 'Che cos’è il
    Canone Reale?' and, when the apposition identifies, 'Qual è l’elenco dei sovrani egizi
    ...?'; 'wore a birrus, a hooded woollen cloak worn against the rain' -> 'What is a
    birrus?'."""
    language = doc.language
    text = s.text
    if doc.sentences and s is doc.sentences[0] and text.rstrip()[-1:] not in '.!?»”"':
        return  # "Ricci di mare, il divieto di pesca prorogato fino al 2028": a headline's topic
    first_comma = text.find(",")
    for m in _APPOSITION_OPEN[language].finditer(text):
        np = _clause(text[m.start() + 1 :].lstrip(" –—"), language).strip()
        if "chiam" in np or "call" in np or "known" in np:
            np = _without_naming_clause(np)
        if _QUOTE_OPENERS & set(np):
            continue  # "..., la nuova campagna «potrebbe ...»": what someone says, a clause
        named = _name_of_kind(s, m.start(), np, doc)
        if named is not None:
            yield named
            continue
        if _adjectives_go_on(text, m.start() + 1 + text[m.start() + 1 :].find(np) + len(np)):
            continue  # "the stretch of cold, jellyfish-filled water": the comma joins adjectives
        found_np = _apposed_np(np, language)
        if text[m.start() - 1 : m.start()] in _CLOSING_QUOTES:
            title = _quoted_title_before(text, m.start())
            if title is not None:  # "«Bò in bici», il nuovo servizio di bike sharing ..."
                yield from _titled(s, title, found_np or np, language)
                continue
        if found_np is None:
            continue
        np = found_np
        if m.start() == first_comma and _opens_subordinate(text, language):
            continue  # "Because it is cooler than the Sun, the planet ...": the main clause
        if m.start() == first_comma and _ACCORDING.match(text):
            continue  # "According to the Farmers’ Union (NFU), the Fens produce ...": the clause
        if len(np.split()) > MAX_ANSWER_WORDS:
            np = _without_last_complement(np, language)
        np = _first_predicate(np, language)
        if _thin_phrase(np, language):
            continue  # "Lumen, a charity, ...": a kind alone
        if text[m.start() - 1 : m.start()] in _CLOSING_QUOTES:
            quoted = _quoted_before(text, m.start(), language)
            if quoted is not None and fold(quoted) not in fold(np):
                yield _term_card(s, quoted, np, language)  # "le «sciare», le antiche colate"
                yield from _kind_name(s, quoted, np, language)
            continue
        found = _term_before(text, m.start(), doc)
        if found is None:
            continue
        term, phrase = found
        if fold(term) in fold(np):
            continue
        if _closes_aside(text, m.start() - len(term), language):
            continue  # "and, unusually for the Highlands, a clear summit": the aside ends
        street = text[: m.start() - len(term)].split()[-1:]
        if street and street[0] in _STREET_NOUNS:
            term = phrase = f"{street[0]} {term}"  # "via Campana", not "Campana"
        first = np.split(None, 1)[0].lower()
        if first in IT_PLURAL_ARTICLES and _singular(phrase):
            continue  # "l’Università di Perugia, i sindaci ...": the next item of a list
        if term.islower() and _NEXT_ITEMS.match(np):
            continue  # "il quechua, l’aymara e le altre lingue": the list goes on
        if term.islower() and _ITEM_BEFORE.search(text, 0, m.start() - len(phrase)):
            continue  # "come la vita, | la libertà, un processo equo e ...": an item of a list
        np = _quiz_length(np, language)
        if is_acronym_like(term) and spelled_by(term, _bare(np)):
            continue  # "un Ape, l’attestato di prestazione energetica": asked as an acronym
        deictic = _SAME_NAME.search(np) or _DEMONSTRATIVES & set(np.lower().split())
        if _DEMONSTRATIVES & set(np.lower().split()):
            continue  # "il frutto ... di questo paese": what it is, said only of this article
        # The question agrees with what it asks about: "Che cosa sono i Walser?" even when the
        # answer is one thing ("la popolazione ...").
        plural = (
            first in IT_PLURAL_ARTICLES or phrase.split(None, 1)[0].lower() in IT_PLURAL_ARTICLES
        )
        key = "definition_plural" if plural else "definition"
        yield Candidate(
            "definition",
            s,
            _ENTRY_DEFINED if _is_entry(term, phrase, doc) else 0.6,
            np,
            question=render(language, key, subject=phrase),
            accept=(_bare(np),),
            answer_type="definition",
            topic=f"{term} definition",
        )
        identities = [] if deictic else _identities(np, language)[:1]
        if not _definite_predicate(np, language) or not identities:
            if term[:1].islower():  # "the haar, a cold sea fog ...": a word, the kind's name
                yield from _kind_name(s, term, np, language)
            continue
        for identity in identities:
            answer, kind = _answer_for(term, doc)
            yield Candidate(
                "entity",
                s,
                0.62,
                answer,
                question=_identity_question(identity, language, False, first in IT_PLURAL_ARTICLES),
                accept=(phrase,) if phrase != term else (),
                answer_type=kind,
                topic=f"{term} identity",
            )


MAX_KIND = 4  # words of the common noun phrase a rare word after it names ("salsa di pesce")
_ELIDED_ARTICLE = re.compile(r"^(l’|un’)(.+)$", re.IGNORECASE)


def _name_of_kind(s: Sentence, comma: int, np: str, doc: Document) -> Candidate | None:
    """'... o salsa di pesce, il garum tanto apprezzato dai Romani': a word the dictionary
    does not know, after an article, names the common thing before the comma ('Che cos’è il
    garum?' -> 'salsa di pesce'); a word of the language there names nothing new."""
    language = doc.language
    words = np.split()
    elided = _ELIDED_ARTICLE.match(words[0])
    article, word = (elided.group(1), elided.group(2)) if elided else (words[0], words[1])
    if not (word.isalpha() and word.islower() and len(word) > 3):
        return None
    if is_known_word(word, language) or word in STOPWORDS[language] or word in _TIMES:
        return None  # "..., il giovedì sera, ...": a day names nothing new either
    if len(words) > 2 and words[2][:1].isupper():
        return None  # "..., la cardiologa Maria Neri": a title before a person's name
    if any(_is_clause_verb(w, language) for w in words[2:]):
        return None  # "..., il radar non ha bisogno della luce": the main clause
    if any(
        w.lower() in LIST_CONJUNCTIONS[language]
        and (nxt.lower() in _OF_ARTICLES or nxt.lower().startswith(("l’", "un’")))
        for w, nxt in zip(words[2:], words[3:], strict=False)
    ):
        return None  # "le cattedrali, l’eredità cosacca e le tradizioni": items of a list
    head = s.text[:comma]
    kind = _kind_before(head, language)
    if kind is None or fold(word) in fold(kind):
        return None
    opening = head[: len(head) - len(kind)].split()
    if len(opening) == 1 and opening[0].lower() in PREPOSITIONS[language]:
        return None  # "A differenza delle fotocamere ottiche, il radar ...": an adjunct
    subject = f"{article.lower()}{word}" if elided else f"{article.lower()} {word}"
    return Candidate(
        "definition",
        s,
        0.6,
        kind,
        question=render(language, "definition", subject=subject),
        accept=(_bare(kind),),
        answer_type="definition",
        topic=f"{word} definition",
    )


def _kind_before(head: str, language: str) -> str | None:
    """The common noun phrase that ends `head`: its words in small letters back to an
    article (kept), a conjunction, a preposition but 'di'/'of', or a comma ('vino, olio o
    |salsa di pesce', 'in |a fermented fish sauce'); None when a verb or a name is among them,
    or its head is a word of one letter, a small word or one the dictionary does not know."""
    words = head.split()
    kept: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if w.endswith(","):
            break
        if low in ARTICLES[language] and kept:
            kept.append(w)
            break
        if low in _DI and kept:
            kept.append(w)
            continue
        if low in STOPWORDS[language] or low in PREPOSITIONS[language] or low in ARTICULATED:
            break
        if not (w.isalpha() and w.islower()):
            return None
        if _is_clause_verb(w, language) or _infinitive(w, language):
            return None  # "contenere salsa di pesce": a verb and its object
        kept.append(w)
        if len(kept) > MAX_KIND:
            return None
    kept.reverse()
    content = [w for w in kept if w.lower() not in _DI and w.lower() not in ARTICLES[language]]
    if len(content) < 2 or not is_known_word(content[0].lower(), language):
        return None
    return " ".join(kept)


# "..., cioè l’argilla usata ...", "..., i.e. a cold sea fog": the words that say what the term
# before the comma means.
_GLOSS_CUES = {
    "it": (", cioè ", ", ossia ", ", ovvero ", ", vale a dire "),
    "en": (", i.e. ", ", that is, "),
}
# The gloss opens with an article, or is a bare plural after a counted term ("due arule,
# cioè piccoli altari portatili"): group "bare".
_GLOSS_OPEN = {
    "it": re.compile(
        r",\s(?:cioè|ossia|ovvero|vale\sa\sdire)\s+"
        r"(?=(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|l’|un’)[a-zà-ù]|(?P<bare>[a-zà-ù]{3,}\s))"
    ),
    "en": re.compile(r",\s(?:i\.e\.|that\sis,)\s+(?=(?:the|a|an)\s+[a-z]|(?P<bare>[a-z]{3,}\s))"),
}
_PRONOUNS_OF_KIND = frozenset(
    "quelli quelle questi queste altri altre entrambi entrambe those these others both".split()
)
_COUNT_WORDS = frozenset(
    """due tre quattro cinque sei sette otto nove dieci dodici venti cento alcuni alcune
    diversi diverse numerosi numerose two three four five six seven eight nine ten twelve
    twenty several many""".split()
)
MAX_GLOSSED = 4  # words of the term a gloss explains ("la terra di fusione")
# A word or two in quotation marks, a manner of speaking: 'che fa "tremolare" le stelle'.
_SCARE_QUOTED = re.compile(r"[\"“«][^\s\"“”«»]+(?:\s[^\s\"“”«»]+)?[\"”»]")
_CLOSING = '»”"’'


def _gloss_definitions(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'... una parte della terra di fusione, cioè l’argilla usata dagli antichi bronzisti per
    modellare il nucleo' -> 'Che cos’è la terra di fusione?'; 'the haar, i.e. a cold sea fog
    that ...' -> 'What is the haar?'. The term is the common noun phrase before the comma,
    from its article (an articulated preposition gives its own)."""
    language = doc.language
    text = s.text
    for m in _GLOSS_OPEN[language].finditer(text):
        np = _clause(text[m.end() :], language).strip().rstrip(_CLOSING).strip()
        bare = m.group("bare") is not None
        if bare and not _bare_gloss(np, language):
            continue  # "due treni, cioè quelli delle otto", "venti piedi, cioè circa 6 metri"
        found = (_counted_term if bare else _glossed_term)(text[: m.start()], language)
        if found is None and language == "it":
            found = _bare_plural_term(text[: m.start()])
        if found is None:
            continue
        term, phrase = found
        glossed = f"{'le ' if bare else ''}{np}"
        if _QUOTE_OPENERS & set(_SCARE_QUOTED.sub("", np)):
            continue  # a quotation inside: someone's words, not the term's gloss
        if not _defining_np(glossed, language, person=term.islower()):
            continue
        if len(np.split()) > MAX_ANSWER_WORDS:
            np = _without_last_complement(np, language)
        first = np.split(None, 1)[0].lower()
        if language == "it" and not bare and _plural_article(first) != _plural_article(phrase):
            continue  # "l’acquisto del seme, cioè i giovani mitili": the gloss is of another
        yield Candidate(
            "definition",
            s,
            0.6,
            np,
            question=render(
                language,
                "definition_plural" if first in IT_PLURAL_ARTICLES or bare else "definition",
                subject=phrase,
            ),
            accept=(_bare(np),),
            answer_type="definition",
            topic=f"{term} definition",
        )


# An English bare term in small letters set off with the kind of thing it is: "the trees need
# crown reduction, a form of pruning that lightens the canopy", "kedging, a technique for
# moving a ship". The kind, with what it is of or for, says it is a definition ("..., a
# technique that later ..." may say what the whole clause did).
_KIND_NOUNS = "form|type|kind|method|technique|process|practice|variety|style|way"
_KIND_GLOSS_CUE = re.compile(rf",\san?\s(?:{_KIND_NOUNS})\s")
_KIND_GLOSS = re.compile(
    rf",\s(?P<gloss>an?\s(?:{_KIND_NOUNS})\s(?:of|for|used)\s[^,;:()“”\"]+?)"
    r"(?=[,;:(]|\.?$)"
)
MAX_BARE_TERM = 2


def _kind_glosses(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'The trees need crown reduction, a form of pruning that lightens the canopy' -> 'What is
    crown reduction?' -> a form of pruning that lightens the canopy: the bare term is the last
    words before the comma, in small letters, right after a verb or a preposition."""
    for m in _KIND_GLOSS.finditer(s.text):
        term = _bare_term(s.text[: m.start()].split())
        gloss = m.group("gloss")
        if term is None or len(gloss.split()) > MAX_DEFINITION_WORDS:
            continue
        if any(c.isdigit() for c in gloss):
            continue
        plural = term.endswith("s") and not term.endswith(("ss", "ing"))
        yield Candidate(
            "definition",
            s,
            0.6,
            gloss,
            question=render("en", "definition_plural" if plural else "definition", subject=term),
            accept=(_bare(gloss),),
            answer_type="definition",
            topic=f"{term} definition",
        )


def _bare_term(words: list[str]) -> str | None:
    """The last one or two words of `words`, in small letters, no small word, when the word
    before them may be a verb or is a preposition ('need | crown reduction', 'with |
    longlines')."""
    kept: list[str] = []
    for w in reversed(words):
        if not w.replace("-", "").isalpha() or not w.islower():
            break
        if w in STOPWORDS["en"] or w in PREPOSITIONS["en"] or _strong_verb(w):
            break
        kept.insert(0, w)
        if len(kept) > MAX_BARE_TERM:
            break
    if not kept or len(kept) == len(words):
        return None
    if len(kept) > MAX_BARE_TERM:
        before, kept = kept[0], kept[1:]
        if before.endswith("s") and is_verb_lemma(kept[0]):
            before, kept = kept[0], kept[1:]  # "hedges | need | coppicing": plural, verb, term
    else:
        before = words[len(words) - len(kept) - 1]
    if len(kept) == MAX_BARE_TERM and may_be_present(kept[0], "en"):
        before, kept = kept[0], kept[1:]  # "The farm | grows | spelt": a verb in -s first
    if before not in PREPOSITIONS["en"] and (not _verb_like(before) or before in STOPWORDS["en"]):
        return None  # "columns and | beams, a technique that ...": what the whole list made
    return " ".join(kept)


def _verb_like(word: str) -> bool:
    """Whether an English word may be a verb form before its object ('need', 'grows')."""
    return _strong_verb(word) or may_be_present(word, "en") or is_verb_lemma(word)


def _strong_verb(word: str) -> bool:
    """Whether an English word can only be read as a verb form here: a finite form, a
    participle, a present in -s."""
    return (
        is_finite(word, "en")
        or is_participle(word, "en")
        or (may_be_present(word, "en") and not word.endswith("s"))
    )


_APPROXIMATORS = frozenset("circa quasi oltre almeno about around nearly almost over".split())


def _plural_article(phrase: str) -> bool:
    """Whether an Italian noun phrase opens with a plural article ('i mitili', 'le reste')."""
    return phrase.split(None, 1)[0].lower() in IT_PLURAL_ARTICLES if phrase else False


def _bare_gloss(np: str, language: str) -> bool:
    """Whether a gloss without an article is a plural noun phrase that says what a thing is
    ('piccoli altari portatili'), not a pronoun ('quelli delle otto') nor a measure ('circa
    6,1 metri')."""
    first = np.split()[0].lower()
    if any(c.isdigit() for c in np) or first in _APPROXIMATORS | _PRONOUNS_OF_KIND:
        return False
    return first not in STOPWORDS[language] and first not in ADVERBIALS[language]


def _counted_term(head: str, language: str) -> tuple[str, str] | None:
    """(term, phrase) of a plural noun after a count that a bare plural glosses ('due arule,
    cioè piccoli altari', 'two arulae, i.e. small altars'): 'le arule', 'arulae'."""
    words = head.split()[-2:]
    if len(words) < 2 or not (words[0].isdigit() or words[0].lower() in _COUNT_WORDS):
        return None
    term = words[1]
    if not (term.isalpha() and term.islower()) or term in STOPWORDS[language]:
        return None
    if language == "en":
        return (term, term) if term.endswith(("s", "ae", "i", "a")) else None
    article = _it_plural_article(term)
    return (term, f"{article} {term}") if article else None


def _it_plural_article(noun: str) -> str | None:
    """The article of an Italian plural noun: 'le arule', 'i beni', 'gli sfollati'."""
    if noun.endswith("e"):
        return "le"
    if noun.endswith("i"):
        vowel = noun[:1] in "aeiouàèéìòù"
        return "gli" if vowel or takes_lo(noun) else "i"
    return None


# What an Italian bare plural term may follow: "categorie di| beni a duplice uso", "sono|
# sfollati interni".
_BEFORE_BARE_TERM = frozenset("di sono erano restano rimangono".split())
_INSIDE_BARE_TERM = frozenset("a da".split())  # "beni a duplice uso", "macchine da cucire"


def _bare_plural_term(head: str) -> tuple[str, str] | None:
    """(term, phrase) of an Italian plural noun phrase with no article that ends `head` after
    'di' or a copula ('23 categorie di beni a duplice uso', '3,4 milioni sono sfollati
    interni'), which a gloss after it explains: ('beni a duplice uso', 'i beni a duplice
    uso')."""
    words = head.split()
    for k in range(len(words) - 1, max(0, len(words) - MAX_GLOSSED - 1), -1):
        if words[k - 1].lower() not in _BEFORE_BARE_TERM:
            continue
        term = words[k:]
        first = term[0]
        if not all(w.isalpha() and w.islower() for w in term):
            return None
        if any(w in STOPWORDS["it"] and w not in _INSIDE_BARE_TERM for w in term):
            return None
        if term[-1] in _INSIDE_BARE_TERM or is_finite(first, "it"):
            return None
        if len(term) == 1 and is_participle(first, "it"):
            return None  # "sono arrivati, cioè ...": a verb ("sfollati interni" is a noun's)
        article = _it_plural_article(first)
        return (" ".join(term), f"{article} {' '.join(term)}") if article else None
    return None


def _glossed_term(head: str, language: str) -> tuple[str, str] | None:
    """(term, phrase) of the common noun phrase that ends `head` after its article or an
    articulated preposition: ('terra di fusione', 'la terra di fusione') for '... una parte
    della terra di fusione'."""
    kept: list[str] = []
    words = head.split()[-(MAX_GLOSSED + 1) :]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        elided = _ELIDED_ARTICLE.match(w) or re.match(r"^((?:dell|all|dall|nell|sull)’)(.+)$", low)
        if elided:
            article, word = (
                ARTICULATED.get(elided.group(1).lower(), elided.group(1).lower()),
                elided.group(2),
            )
            if not (word.isalpha() and word.islower()):
                return None
            kept.append(word)
            return _term_phrase(kept, article, language)
        article = ARTICULATED.get(low, low)
        if article in ARTICLES[language] and kept:
            if low in _DI and len(kept) == 1:
                kept.append(w)  # "la cornice |del portale": the complement of a noun before
                continue
            return _term_phrase(kept, article, language)
        if low in _DI and kept:
            kept.append(w)
            continue
        if not (w.isalpha() and w.islower()) or low in STOPWORDS[language]:
            return None
        after_article = (
            i > 0
            and ARTICULATED.get(words[i - 1].lower(), words[i - 1].lower()) in (ARTICLES[language])
        )
        if _opens_clause(w, language) and not after_article:
            return None  # "la decortica": a noun after its article, whatever verb it spells
        kept.append(w)
    return None


def _term_phrase(kept: list[str], article: str, language: str) -> tuple[str, str] | None:
    term = " ".join(reversed(kept))
    if kept[0].lower() in _DI or article not in ARTICLES[language]:
        return None
    if article in _INDEFINITE or article == "un’":
        article = {"a": "a", "an": "an"}.get(article, article)
    phrase = f"{article}{term}" if article.endswith("’") else f"{article} {term}"
    return term, phrase


# "il frutto che è la ricchezza di questo paese": a phrase that points into the article names
# nothing a question can ask by.
_DEMONSTRATIVES = frozenset("questo questa questi queste quel quella this these".split())
# Words that open a subordinate clause at the start of a sentence: its first comma closes it,
# and what follows is the main clause, not an apposition.
_SUBORDINATORS = {
    "it": frozenset("perché poiché siccome quando mentre sebbene benché se dopo".split()),
    "en": frozenset("because since although though when while if as after before".split()),
}


# An attribution that opens a sentence: the noun phrase after its comma is the clause's subject.
_ACCORDING = re.compile(r"(?:According\s+to|Secondo|Stando\s+a)\s", re.IGNORECASE)


def _opens_subordinate(text: str, language: str) -> bool:
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    return first in _SUBORDINATORS[language]


def _without_last_complement(np: str, language: str) -> str:
    """A definition too long for an answer without the complements its relative clause ends
    with, back to where it fits ('the range of distances from a star at which liquid water
    could exist | on a planet’s surface'); not a complement of a noun ('grains of ice', 'il
    paese dei pastori'); unchanged when no complement can go."""
    core, relative = _split_relative(np, language)
    if not relative:
        return np
    words = np.split()
    keep = len(core.split()) + 3  # the relative word, a subject and a verb at least
    for i in range(min(len(words), MAX_ANSWER_WORDS + 1) - 1, keep - 1, -1):
        low = words[i].lower()
        if _second_of_a_pair(words, i):
            continue  # "che collega Venezia | a Torino": the one place needs the other
        along = low in _ALONG or (
            low == "lungo" and i + 1 < len(words) and _opens_with_article(words[i + 1])
        )
        if along or (low in PREPOSITIONS[language] and low not in _DI and not low.startswith("de")):
            if _subject_without_verb(words[len(core.split()) : i], language):
                return core  # "in which hot air | from a furnace circulated": no verb yet
            if _verb_alone(words[len(core.split()) + 1 : i], language):
                # "che si estende | tra ...": a relative of its verb alone says nothing;
                # what it told went with the complement
                return core
            return " ".join(words[:i])
    return np


# English prepositions of a route the shared list leaves out: a complement opens with them.
_ALONG = frozenset("along across around towards".split())


def _opens_with_article(word: str) -> bool:
    """'lungo | il corso': before an article 'lungo' is a preposition, not 'long'."""
    low = word.lower()
    return low in ARTICLES["it"] or low.startswith("l’")


def _second_of_a_pair(words: list[str], i: int) -> bool:
    """Whether the 'a'/'to' at i joins two names, the second completing the first ('collega
    Venezia a Torino', 'links Leeds to York'): a cut there leaves half of the pair."""
    if words[i].lower() not in {"a", "ad", "to"} or i + 1 >= len(words):
        return False
    return words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _subject_without_verb(relative: list[str], language: str) -> bool:
    """Whether a relative clause led by a preposition ('in which', 'in cui') holds its subject
    and no verb yet ('in which hot air'): a cut there leaves half a clause."""
    if len(relative) < 2 or relative[0].lower() not in PREPOSITIONS[language]:
        return False
    if relative[1].lower() not in RELATIVE_WORDS[language] | {"cui", "quale", "quali"}:
        return False
    return not any(_is_verb(w, language) or is_participle(w, language) for w in relative[2:])


def _verb_alone(relative: list[str], language: str) -> bool:
    """Whether the words after a relative word are its verb alone ('lies', 'si estende')."""
    if len(relative) == 2 and relative[0].lower() in IT_CLITICS:
        relative = relative[1:]
    return len(relative) == 1 and is_finite(relative[0], language)


# "un arbusto selvatico che in paese chiamano «scornabecco»", "a shrub that locals call “X”":
# a relative clause that gives the thing's other name (asked by the nicknames extractor).
_NAMING_RELATIVE = re.compile(
    r"\s(?:che|which|that)\s(?:[\w’]+\s){0,3}?(?:chiamano|chiamavano|call|called|known\sas)"
    r"\s+[«“\"]"
)


def _without_naming_clause(np: str) -> str:
    """The apposition without a relative clause that only tells another name of the thing:
    what the thing is, not what it is called."""
    m = _NAMING_RELATIVE.search(np)
    return np[: m.start()] if m else np


# An apposition of a term an entry is about says less than the entry's own definition, which
# asks the same question ('The Cricketer, the magazine that ...' and the entry 'The Cricketer
# is a monthly cricket magazine ...'): it gives way to it.
_ENTRY_DEFINED = 0.58


def _is_entry(term: str, phrase: str, doc: Document) -> bool:
    """Whether an entry is about the term, its title with the article or without ('The
    Cricketer', 'Canone Reale')."""
    kinds = doc.entry_kinds
    return bool(kinds) and (fold(term) in kinds or fold(phrase) in kinds)


def _kind_name(s: Sentence, term: str, np: str, language: str) -> Iterator[Candidate]:
    """'Come si chiamano le antiche colate laviche solidificate?', 'What is a cold sea fog that
    rolls in from the sea called?': the word an apposition defines, asked by its definition
    when that is specific enough to have one name."""
    if _content_words(np, language) < MIN_NAMED:
        return
    first = np.split(None, 1)[0].lower()
    if language == "it":
        plural = first in IT_PLURAL_ARTICLES
        question = f"Come {'si chiamano' if plural else 'si chiama'} {np}?"
    elif first in {"a", "an"}:
        question = f"What is {np} called?"
    else:
        return  # "the ...": one thing or many, the article does not say
    yield _name_card(s, term, question)


# --- "considerato il padre della protezione civile", "considered the oldest ..." --------------

_CONSIDERED = {
    "it": re.compile(
        r"(?P<verb>\b(?i:è|era|fu|viene|venne|è\s+stat[oaie])\s+)?(?:(?:spesso|oggi|ancora|da"
        r"\s+molti|generalmente|unanimemente)\s+)?(?P<part>considerat[oaie]|ritenut[oaie]"
        r"|reputat[oaie]|descritt[oaie]\s+come|definit[oaie])\s+(?P<by>(?:dai|dagli|dalle|dal|dalla|dallo|dall’|da)\s*[^,;:]{1,40}?"
        r"\s+)?(?P<np>(?:il|lo|la|i|gli|le)\s+[^,;:()]+|l’[^,;:()]+)"
    ),
    "en": re.compile(
        r"(?P<verb>\b(?i:is|was|are|were)\s+)?(?:(?:widely|generally|often|long|still|now"
        r"|commonly)\s+)?(?P<part>considered|regarded\s+as|seen\s+as|viewed\s+as|thought\s+to"
        r"\s+be|believed\s+to\s+be|recogni[sz]ed\s+as|described\s+as|billed\s+as|hailed\s+as"
        r"|identified\s+as|named\s+as|ranked\s+as)"
        r"\s+(?P<by>by\s+[^,;:]{1,40}?\s+)?"
        r"(?P<np>the\s+[^,;:()]+)"
    ),
}
_CONSIDERED_VERB = re.compile(
    r"(?:considerat[oaie]|ritenut[oaie]|reputat[oaie]|descritt[oaie]\s+come|definit[oaie]"
    r"|considered|regarded\s+as|seen\s+as|viewed\s+as|thought\s+to\s+be|believed\s+to\s+be"
    r"|recogni[sz]ed\s+as|described\s+as|billed\s+as|hailed\s+as|identified\s+as|named\s+as"
    r"|ranked\s+as)\s"
)
_CONSIDERED_CUES = {
    "it": ("considerat", "ritenut", "reputat", "descritt", "definit"),
    "en": (
        *("considered", "regarded", "seen as", "viewed as", "thought to", "believed to"),
        *("ecogni", "described as", "billed as", "hailed as", "identified as", "named as"),
        "ranked as",
    ),
}
# The subject of a sentence whose verb is a copula: "Giuseppe Zamberletti (1933-2019) è stato".
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:Il|Lo|La|L’|I|Gli|Le|The)\s*)?(?P<name>"
    + NAME_RUN.pattern
    + r")(?:\s*\([^()]*\))?\s+(?:è|era|fu|is|was|are|were)\b"
)
# More nouns of people: "il padre della protezione civile", "the founder of ...".
_CONSIDERED_PERSONS = frozenset(
    """padre madre fondatore fondatrice inventore inventrice ideatore ideatrice regista
    artefice pioniere maestro autore autrice father mother founder inventor pioneer architect
    author creator master""".split()
)


def _considered_subject(s: Sentence, m: re.Match[str], doc: Document) -> str | None:
    """Who or what is considered so: the name just before ', considerato', the name before
    'è considerato', or the subject of a copula the participle follows ('X è stato un
    politico italiano, considerato ...'); the entry for a pronoun or the entry's name."""
    text = s.text
    before = text[: m.start()].rstrip()
    if before.endswith(","):
        name = _NAME_END.search(before[:-1].rstrip())
        ahead = name and _BEFORE_TERM.search(before[: name.start()])
        if ahead and (
            ahead.group(1).lower() in PREPOSITIONS[doc.language] or ahead.group(1).lower() in _DI
        ):
            name = None  # "nato a Figeac, considerato ...", "il lago del Matese, considerato
            # ...": a complement, not the subject
        if name is not None:
            plain = _LEADING_ARTICLE.sub("", name.group(0))
            if plain and _subject_name(plain, doc):
                return plain
    entry = s.entry
    if m.group("verb") and not before and entry is not None:
        return entry.name  # "È considerato il ...": the subject left out is the entry's
    if m.group("verb") and not before.endswith(","):
        subject = before.rsplit(", ", 1)[-1]  # "Più volte restaurato ..., il Mercato ..."
    else:
        found = _NAMED_SUBJECT.match(text)
        if found is None or found.end() > m.start():
            return None
        subject = found.group("name")
        if any(_is_clause_verb(w, doc.language) for w in text[found.end() : m.start()].split()):
            return None  # another verb in between: the participle may be its object's
    subject = re.sub(r"^(?:(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)", "", subject.strip(), flags=re.I)
    subject = re.sub(r"\s*\([^()]*\)$", "", subject)
    if entry is not None and (subject.lower() in _PRONOUNS or _entry_subject(subject, entry)):
        return entry.name
    if NAME_RUN.fullmatch(subject) and _subject_name(subject, doc):
        return subject
    return None


def _subject_name(name: str, doc: Document) -> bool:
    """Whether capitalised words may be a subject's name, not a word that opens a sentence."""
    first = name.split()[0].lower()
    return first not in STOPWORDS[doc.language] and first not in ADVERBIALS[doc.language]


def _considered(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Giuseppe Zamberletti, considerato il padre della moderna protezione civile' -> 'Chi è
    considerato il padre della moderna protezione civile?'; 'X is considered the oldest map
    ...' -> 'What is considered the oldest map ...?'."""
    language = doc.language
    for m in _CONSIDERED[language].finditer(s.text):
        np = _considered_np(m.group("np"), language)
        if np is None:
            continue
        name = _considered_subject(s, m, doc)
        if name is None:
            continue
        if fold(name) in fold(np):
            continue
        answer, kind = _answer_for(name, doc)
        person = kind == "person" or _person_np(np) or _considered_person(np)
        tense = (m.group("verb") or "").lower().split() or ["è" if language == "it" else "is"]
        tense[0] = _PASSIVE_AUXILIARY.get(tense[0], tense[0])
        verb = squash(f"{' '.join(tense)} {m.group('part')} {m.group('by') or ''}")
        key = "considered_person" if person else "considered"
        np = np if language == "it" else lower_first(np)
        yield Candidate(
            _kind_of(np, language),
            s,
            0.82,
            answer,
            question=render(language, key, verb=verb, np=np),
            answer_type="person" if person else kind,
            topic=f"{name} considered",
        )


def _considered_np(text: str, language: str) -> str | None:
    """What someone or something is considered: an identity ('la più antica carta ...'), or
    a noun with its complement ('la madre della radioattività': being considered so is a
    claim that only one is)."""
    identities = _identities(text, language)
    if identities:
        return identities[0]
    np = _noun_phrase(text, language)
    words = np.split()
    if not 3 <= len(words) <= MAX_NP or _split_relative(np, language)[1]:
        return None
    complement = any(w.lower() in _DI or _ELIDED_PREPOSITION.match(w) for w in words[2:3])
    return np if complement else None


# "viene considerato" is asked "è considerato", "venne considerato" "fu considerato".
_PASSIVE_AUXILIARY = {"viene": "è", "venne": "fu"}


def _considered_person(np: str) -> bool:
    """'il padre della ...', 'il maggiore storico ...': a person is considered so."""
    return any(
        w.lower() in _CONSIDERED_PERSONS or w.lower() in _PROFESSIONS for w in np.split()[:3]
    )


# --- What a name means: "chiamato Set Maat («Luogo della Verità»)", "whose name means ..." --

# A gloss in quotes, each kind closed by its own mark (an elision may be inside «dell’Acqua»).
_GLOSS = (
    r"(?:«(?P<g1>[^«»]{2,60})»|“(?P<g2>[^“”]{2,60})”|\"(?P<g3>[^\"]{2,60})\""
    r"|‘(?P<g4>[^‘’]{2,60})’|'(?P<g5>[^']{2,60})')"
)
_NAMING = {
    "it": r"(?:chiamat[oaie]|dett[oaie]|denominat[oaie]|not[oaie]\s+come|conosciut[oaie]\s+come)",
    "en": r"(?:called|named|known\s+as|dubbed)",
}
_MEANS = {
    "it": r"(?:significa|vuol\s+dire|significava|voleva\s+dire)(?:\s+letteralmente)?",
    "en": r"(?:means|meant)(?:\s+literally)?",
}
_LITERALLY = {"it": r"(?:letteralmente\s+|cioè\s+)?", "en": r"(?:literally\s+|i\.e\.\s+)?"}
_NAME_GROUP = r"(?P<name>" + NAME_RUN.pattern + r")"
_MEANING = {
    lang: [
        # "chiamato Set Maat («Luogo della Verità»)", "chiamato Set Maat, il «Luogo ...»"
        re.compile(
            r"\b"
            + _NAMING[lang]
            + r"\s+"
            + _NAME_GROUP
            + r"(?:\s*\(\s*"
            + _LITERALLY[lang]
            + r"|,\s+(?:(?:il|lo|la|l’|i|gli|le|the)\s*)?)"
            + _GLOSS
        ),
        # "Kigali (letteralmente «...»)"
        re.compile(_NAME_GROUP + r"\s*\(\s*(?:letteralmente|literally)\s+" + _GLOSS),
        # "X, il cui nome significa «...»", "X, which means '...'", "X, whose name means"
        re.compile(
            _NAME_GROUP
            + r",?\s+(?:il\s+cui\s+nome|che|whose\s+name|which)\s+"
            + _MEANS[lang]
            + r"\s+(?:(?:il|lo|la|l’|the)\s*)?"
            + _GLOSS
        ),
        # "Il nome X significa «...»", "The name X means '...'"
        re.compile(
            r"(?:^|\b)(?:[Ii]l\s+nome|[Tt]he\s+name)\s+"
            + _NAME_GROUP
            + r"\s+"
            + _MEANS[lang]
            + r"\s+(?:(?:il|lo|la|l’|the)\s*)?"
            + _GLOSS
        ),
    ]
    for lang in ("it", "en")
}
# "Il suo nome significa «...»", "Its name means '...'": the entry's name.
_ITS_NAME = {
    "it": re.compile(r"\b[Ii]l\s+suo\s+nome\s+" + _MEANS["it"] + r"\s+" + _GLOSS),
    "en": re.compile(r"\b[Ii]ts\s+name\s+" + _MEANS["en"] + r"\s+" + _GLOSS),
}
_QUOTE_MARKS = ("«", "“", '"', "‘", "'")
# The words each of _MEANING's patterns needs: a pattern that opens with a name tries every
# capital of a sentence, so it runs only where its verb is.
_NAMING_CUES = {
    "it": tuple("chiamat dett denominat not conosciut".split()),
    "en": tuple("called named known dubbed".split()),
}
_LITERALLY_CUES = {"it": ("letteralmente",), "en": ("literally",)}
_MEANS_CUES = {"it": ("signific", "vuol", "voleva"), "en": ("means", "meant")}
_MEANING_GATES = {
    lang: (_NAMING_CUES[lang], _LITERALLY_CUES[lang], _MEANS_CUES[lang], _MEANS_CUES[lang])
    for lang in ("it", "en")
}
_MEANING_CUES = {
    lang: _NAMING_CUES[lang] + _LITERALLY_CUES[lang] + _MEANS_CUES[lang] for lang in ("it", "en")
}


def _gloss(m: re.Match[str]) -> str:
    return next(g for g in m.group("g1", "g2", "g3", "g4", "g5") if g is not None)


def _name_meanings(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'il villaggio era chiamato Set Maat, il "Luogo della Verità"' -> 'Che cosa significa il
    nome Set Maat?' -> 'Luogo della Verità'."""
    language = doc.language
    text = s.text
    found: list[tuple[str, str]] = []
    for pattern, cues in zip(_MEANING[language], _MEANING_GATES[language], strict=True):
        if any(cue in text for cue in cues):
            found += [(m.group("name"), _gloss(m)) for m in pattern.finditer(text)]
    if s.entry is not None and any(cue in text for cue in _MEANS_CUES[language]):
        found += [(s.entry.name, _gloss(m)) for m in _ITS_NAME[language].finditer(text)]
    seen = set()
    for named, meaning in found:
        name = _LEADING_ARTICLE.sub("", named)
        meaning = meaning.strip(" ,.")
        if fold(name) in seen or not meaning or fold(meaning) == fold(name):
            continue
        seen.add(fold(name))
        yield Candidate(
            "definition",
            s,
            0.8,
            meaning,
            question=render(language, "name_meaning", name=name),
            answer_type="meaning",
            topic=f"{name} meaning",
        )


# --- Terms in quotes: "si definiscono «microplastiche» i frammenti ...", "known as “haar”" --

# A term in quotes: a few words, closed by the mark that opened it.
_TERM = r"(?:«(?P<t1>[^«»]{2,40})»|“(?P<t2>[^“”]{2,40})”|\"(?P<t3>[^\"]{2,40})\")"
_TERM_QUOTES = ("«", "“", '"')
_TERM_CUES = {
    "it": tuple(
        """chiam defin dett denominat conosciut not dic indic intend termine parola
        espressione""".split()
    ),
    "en": tuple(
        """known call term dub refer describ denot defined word phrase expression
        name""".split()
    ),
}
_NAMING_ADVERB = {
    "it": r"(?:(?:comunemente|anche|oggi|spesso|generalmente|appunto|talvolta)\s+)?",
    "en": r"(?:(?:commonly|also|often|now|sometimes|popularly|usually)\s+)?",
}
# The participle that names what comes before it: "detti «...»", "known as “...”".
_NAMED_AS = {
    "it": r"(?P<verb>(?:chiamat|dett|definit|denominat)[oaie]|(?:not|conosciut)[oaie]\s+come)",
    "en": r"(?P<verb>known\s+as|called|termed|dubbed|referred\s+to\s+as)",
}
# What is named comes before the term: "..., detti «microplastiche»", "... are known as “...”",
# "..., what geologists call “...”".
_NAMED_BEFORE = {
    lang: [
        re.compile(r",\s+" + _NAMING_ADVERB[lang] + _NAMED_AS[lang] + r"\s+" + _TERM),
        re.compile(
            r"\s(?P<cop>sono|vengono|è|viene|erano|venivano|era|veniva|is|are|was|were)\s+"
            + _NAMING_ADVERB[lang]
            + _NAMED_AS[lang]
            + r"\s+"
            + _TERM
        ),
        re.compile(
            r"[,–—]\s+(?:(?:quell[oaie]|ciò)\s+che|what)\s+(?P<namer>(?:[\w’-]+\s+){1,3}?)"
            r"(?:chiamano|chiama|chiamavano|chiamava|definiscono|definisce|call|calls|called"
            r"|term|terms|dub|dubs|dubbed)\s+" + _TERM
        ),
    ]
    for lang in ("it", "en")
}
# What is named comes after the term: "si chiamano «microplastiche» i frammenti ...", "per
# «X» si intende ...", "the term “X” refers to ..." ("the so-called “X”, a ..." is an
# apposition: see _apposition_definitions).
_NAMED_AFTER = {
    "it": [
        re.compile(
            r"(?:^|\s)(?P<verb>[Ss]i\s+(?:chiam|defin|dic|indic)\w+)\s+" + _TERM + r"\s+(?P<np>.+)"
        ),
        re.compile(
            r"(?:^|\s)(?:[Pp]er|[Cc]on)\s+(?:(?:il\s+termine|la\s+parola|l’espressione)\s+)?"
            + _TERM
            + r"\s+si\s+(?:intend|indic|defin)\w+\s+(?P<np>.+)"
        ),
        re.compile(
            r"(?:^|\s)(?:[Ii]l\s+termine|[Ll]a\s+parola|[Ll]’espressione)\s+"
            + _TERM
            + r"\s+(?:indica|indicava|designa|definisce|descrive)\s+(?P<np>.+)"
        ),
    ],
    "en": [
        re.compile(
            r"(?:^|\s)(?:[Tt]he\s+(?:term|word|phrase|expression)\s+)?"
            + _TERM
            + r"\s+(?:refers\s+to|referred\s+to|describes|described|denotes|is\s+defined\s+as"
            r"|are\s+defined\s+as|is\s+the\s+name\s+given\s+to)\s+(?P<np>.+)"
        ),
    ],
}
MAX_TERM = 4  # words of a quoted term (more is a quotation)
_CLOSING_QUOTES = ("»", "”", '"')
# A term in quotes before an apposition, after an article or "so-called": "le «sciare», ...",
# "the so-called “forever chemicals”, a group ..." (not "ha definito il piano «inaccettabile»").
_TERM_BEFORE_APPOSITION = re.compile(
    r"(?:\b(?:il|lo|la|i|gli|le|the|a|an|cosiddett[oaie]|so-called)\s+|\bl’)" + _TERM + r"$"
)


def _quoted_before(text: str, comma: int, language: str) -> str | None:
    m = _TERM_BEFORE_APPOSITION.search(text[:comma])
    return _quoted_term(m, text, language) if m else None


MAX_TITLE = 8  # words of a title in quotes
_TITLE_BEFORE_APPOSITION = re.compile(_TERM + r"$")


def _quoted_title_before(text: str, comma: int) -> str | None:
    """The title in quotes just before an apposition ('è partito «Bò in bici», il nuovo
    servizio ...', 'inaugurated “Harbour Ideas”, the incubator ...'): two words or more, the
    first capitalised, none a figure; not a quotation, which ends a sentence inside or
    follows what says it ('ha detto: «Non ci fermeremo»')."""
    m = _TITLE_BEFORE_APPOSITION.search(text[:comma])
    if m is None:
        return None
    title = next(t for t in m.group("t1", "t2", "t3") if t is not None).strip()
    words = title.split()
    if not 2 <= len(words) <= MAX_TITLE or not title[:1].isupper() or title[-1] in ".!?…,;:":
        return None
    if any(c.isdigit() for c in title) or text[: m.start()].rstrip().endswith(":"):
        return None
    return title


def _titled(s: Sentence, title: str, np: str, language: str) -> Iterator[Candidate]:
    """'Come si chiama il nuovo servizio di bike sharing ...?' -> 'Bò in bici' and 'Che cos’è
    «Bò in bici»?': a title in quotes and the definite noun phrase set beside it that says
    what it is, specific enough to have one name."""
    if len(np.split()) > MAX_DEFINITION_WORDS:
        np = _without_last_complement(np, language)
    if _content_words(np, language) < MIN_NAMED or fold(title) in fold(np):
        return
    if len(np.split()) > MAX_DEFINITION_WORDS:
        return
    core = _split_relative(np, language)[0]
    if any(_is_clause_verb(w, language) for w in core.split()[1:]):
        return  # "“Campo Marta”, la regione dovrà installare ...": the clause goes on
    first = np.split(None, 1)[0].lower()
    if first not in _ARTICLE_WORDS and not first.startswith("l’"):
        return  # "un servizio ...": one of a kind, no name of its own
    if language == "it":
        question = f"Come {'si chiamano' if first in IT_PLURAL_ARTICLES else 'si chiama'} {np}?"
    else:
        question = f"What is the name of {lower_first(np)}?"
    yield _name_card(s, title, question)
    yield Candidate(
        "definition",
        s,
        0.6,
        np,
        question=render(language, "definition", subject=_quoted(title, language)),
        accept=(_bare(np),),
        answer_type="definition",
        topic=f"{title} definition",
    )


# A subject that opens the sentence, then its title in quotes set off by commas: "The town’s
# new festival, “Sea and Stone”, will run ...", "Il nuovo corso, «Dati e salute», partirà".
_SUBJECT_TITLE = re.compile(
    r"^(?P<np>(?:(?:The|Il|Lo|La|I|Gli|Le)\s|L’)[^,;:()«»“”\"]{3,80}), " + _TERM + r", "
)
MAX_TITLED_SUBJECT = 10  # words of such a subject


def _subject_titles(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'What is the name of the town’s new festival?' -> 'Sea and Stone': the subject's title
    in quotes, set off after it; the subject a noun phrase with no verb."""
    language = doc.language
    m = _SUBJECT_TITLE.match(s.text)
    if m is None:
        return
    words = m.group("np").split()
    if len(words) > MAX_TITLED_SUBJECT or any(_is_clause_verb(w, language) for w in words):
        return
    title = _quoted_title_before(s.text, m.end() - 2)
    if title is not None:
        np = m.group("np")
        yield from _titled(s, title, np[:1].lower() + np[1:], language)


def _quoted_term(m: re.Match[str], text: str, language: str) -> str | None:
    """The term in quotes of a match, when it is one: a few lowercase words that are not a
    clause ('«vuole la pace»') nor a phrase with an article ('“a red line”', a judgement)."""
    term = next(t for t in m.group("t1", "t2", "t3") if t is not None).strip()
    words = term.split()
    if not 1 <= len(words) <= MAX_TERM or any(c.isdigit() for c in term):
        return None
    at = m.start("t1") if m.group("t1") else m.start("t2") if m.group("t2") else m.start("t3")
    if term[:1].isupper() and (at > 1 or not term[1:].islower()):
        return None  # a name or a title; a term opens a sentence with its capital only
    term = term[:1].lower() + term[1:]
    first = words[0].lower()
    if first in ARTICLES[language] or first.startswith(("l’", "un’")):
        return None
    if any(_is_clause_verb(w, language) for w in words):
        return None
    if len(words) > 1 and _infinitive(words[0], language):
        return None  # "«sfruttare il vantaggio»": a clause ("«sciare»" may name a thing)
    return term


def _infinitive(word: str, language: str) -> bool:
    """An Italian infinitive ('sfruttare'), an English 'to': the quotation is a clause."""
    low = word.lower()
    if language == "en":
        return low == "to"
    return low.endswith(("are", "ere", "ire")) and lemma(low, "it") == low and len(low) > 4


def _quoted(term: str, language: str) -> str:
    return f"«{term}»" if language == "it" else f"“{term}”"


def _defining_phrase(np: str, language: str, bare: bool) -> str | None:
    """The noun phrase a term is defined by, up to its clause; its part before a relative
    clause when long. A common noun phrase, with an article (or, when `bare`, without one:
    'fragments of plastic ...'); not a name, a clause, or a kind alone."""
    np = _clause(np, language).strip()
    words = np.split()
    if len(words) > MAX_APPOSITION:
        np = _split_relative(np, language)[0]
        words = np.split()
    if not 2 <= len(words) <= MAX_APPOSITION:
        return None
    first = words[0].lower()
    article = first in ARTICLES[language] or first.startswith(("l’", "un’"))
    if not article and not (bare and _common_word(words[0], language)):
        return None
    content = words[1] if article and not first.endswith("’") else words[0].split("’")[-1]
    if not content[:1].islower() or _all_names(_bare(np), language):
        return None
    core = _split_relative(np, language)[0]
    if any(_is_clause_verb(w, language) for w in core.split()[1:]):
        return None
    if _content_words(core, language) < 2:
        return None  # "the deal, called “historic”": a thing the text names, not a kind
    if article and _thin_phrase(np, language):
        return None
    return " ".join(_strip_dangling(words, language))


def _content_words(np: str, language: str) -> int:
    stop = STOPWORDS[language] | ARTICLES[language]
    return sum(1 for w in np.split() if w.lower() not in stop and not w.endswith("’"))


def _common_word(word: str, language: str) -> bool:
    """A lowercase word that may open a bare noun phrase ('frammenti', 'fragments')."""
    low = word.lower()
    if not word[:1].islower() or low in STOPWORDS[language] or low in PREPOSITIONS[language]:
        return False
    return low not in ARTICULATED and not _is_clause_verb(word, language)


def _phrase_before(text: str, language: str, after: str | None) -> str | None:
    """The noun phrase that ends `text`: from its last article that opens no complement
    ('i frammenti di una bottiglia'), or from after the verb before it, or from the start of
    its clause. At the start of its clause it is the subject; when the term follows after a
    comma (`after`: the text past the term), the sentence must go on with its verb there ('...,
    known as “X”, are found'), or the phrase may hold a verb unseen ('The river carries ...').
    None for a phrase that opens with a preposition or the last item of a list."""
    breaks = list(_BREAK.finditer(text))
    brk = breaks[-1] if breaks else None
    segment = text[brk.end() :] if brk is not None else text
    words = segment.split()
    start = 0
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        prev = words[i - 1].lower() if i > 0 else ""
        if low in ARTICLES[language] or low.startswith(("l’", "un’")):
            if prev in PREPOSITIONS[language] or prev in _DI or prev in ARTICULATED:
                continue  # "di una bottiglia", "with the light": inside, or an adjunct
            start = i
            break
        if low in RELATIVE_WORDS[language]:
            return None  # "tourists who flock to the city, known as": a clause, not a phrase
        if _is_clause_verb(words[i], language) or (low[:1].islower() and is_finite(low, language)):
            start = i + 1
            break
    words = words[start:]
    if not words:
        return None
    if start == 0 and after is not None and not _verb_follows(after, language):
        return None
    if (
        brk is not None
        and brk.group() == ","
        and LIST_CONJUNCTIONS[language] & {w.lower() for w in words}
    ):
        return None  # "plastica, vetro e metallo, detti ...": a list's last item
    if start == 0 and brk is None and _common_capital(words[0], language):
        words[0] = words[0].lower()  # "Plastic fragments ... are known as": the sentence's capital
    return _defining_phrase(lower_first(" ".join(words)), language, bare=True)


def _verb_follows(after: str, language: str) -> bool:
    """Whether the text after a parenthetical closes it and goes on with a verb: ', are'."""
    by = _AGENT.match(after)  # "called “haar” by locals, covers ...": who names it
    after = after[by.end() :] if by else after
    after = after.lstrip()
    words = after.removeprefix(",").split()[:2] if after[:1] == "," else []
    verb = words[0].strip(".;:!?") if words else ""
    # A finite verb: a participle ("..., found at the site") or a relative clause goes on
    # describing, and the phrase before may be a clause whose verb is not told ("study").
    if not verb or _is_clause_verb(verb, language) or may_be_present(verb, language):
        return bool(verb)
    return len(words) > 1 and is_plural_present_at(verb, words[1], language)  # "pollute every"


_AGENT = re.compile(
    r"\s+(?:by|da|dai|dagli|dalle|dal|dalla|dallo|dall’)\s*(?P<who>(?:[^\s,.;]+\s+){0,3}?"
    r"[^\s,.;]+)(?=[,.;]|$)"
)
# Who gives a thing a name of their own making: a label, not a term ("definita «X» dai critici").
_LABELLERS = frozenset(
    """critici sindacati oppositori opposizione governo stampa media giornali avversari
    detrattori critics opponents unions government press media rivals detractors""".split()
)


def namers_of_terms(who: str, language: str) -> bool:
    """Whether those who name a thing so are a community whose word is a term ('dai
    pescatori', 'by locals', 'what geologists call'), not one party ('dal governo', 'by Smith',
    'what he called', 'dai critici')."""
    words = [w for w in who.split() if w.lower() not in ("i", "gli", "le", "the", "many", "molti")]
    if not words or len(words) > 2:
        return False
    last = words[-1].lower()
    if last in _LABELLERS or last in STOPWORDS[language] or last in _PRONOUNS:
        return False
    if language == "it":
        return not who[:1].isupper() and last.endswith(("i", "e"))
    if any(w[:1].isupper() for w in words) and (len(words) > 1 or not last.endswith("ns")):
        return False  # "by Smith", "by the BBC"; a people may name it: "by Venetians"
    return last.endswith(("s", "men", "people", "folk"))


def _common_capital(word: str, language: str) -> bool:
    """A common word capitalised only because it opens the sentence ('Plastic')."""
    return word[1:].islower() and is_known_word(word.lower(), language)


def _term_card(s: Sentence, term: str, definition: str, language: str) -> Candidate:
    key = "considered"  # "Che cosa {verb} {np}?"
    verb = "si intende per" if language == "it" else "is meant by"
    return Candidate(
        "definition",
        s,
        0.7,
        definition,
        question=render(language, key, verb=verb, np=_quoted(term, language)),
        accept=(_bare(definition),),
        answer_type="definition",
        topic=f"{term} definition",
    )


def _name_card(s: Sentence, term: str, question: str) -> Candidate:
    return Candidate(
        "definition", s, 0.65, term, question=question, answer_type="term", topic=f"{term} name"
    )


MIN_NAMED = 3  # content words of a phrase that asks its name: "a cold sea fog", not "a fog"


def _named_question(m: re.Match[str], np: str, language: str) -> str | None:
    """'Come sono chiamati i frammenti ...?', 'What are fragments ... known as?': asked when
    the phrase is specific enough to have one name and the sentence says whether one thing
    or many is named."""
    if _content_words(np, language) < MIN_NAMED:
        return None
    verb = squash(m.group("verb")) if "verb" in m.groupdict() and m.group("verb") else ""
    if not verb or "come" in verb.split():
        return None  # "noti come": "Come sono noti come ...?" does not read
    cop = m.group("cop") if "cop" in m.groupdict() else None
    if language == "it":
        if np.split()[0].lower() not in ARTICLES["it"] and not np.startswith(("l’", "un’")):
            return None  # "Come sono detti frammenti ...?": Italian asks with the article
        copula = "sono" if verb[-1] in "ie" else "è"
        return f"Come {copula} {verb} {np}?"
    if cop is None:
        first = np.split()[0].lower()
        if first not in {"a", "an"}:
            return None  # "the X, known as": one or many, the participle does not say
        cop = "is"
    cop = {"were": "are", "was": "is"}.get(cop.lower(), cop.lower())
    return f"What {cop} {np} {verb}?"


def _named_by_all(m: re.Match[str], after: str, language: str) -> bool:
    """Whether a name in quotes is everyone's term: no one is said to give it, or those who
    do are a community ('what geologists call “X”', 'chiamata «X» dai pescatori')."""
    namer = m.groupdict().get("namer")
    if namer is not None:
        return namers_of_terms(namer, language)
    by = _AGENT.match(after)
    return by is None or namers_of_terms(by.group("who"), language)


def _quoted_terms(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'... frammenti di plastica ..., detti «microplastiche»' -> 'Che cosa si intende per
    «microplastiche»?' and 'Come sono detti i frammenti ...?'; 'si chiamano «X» i ...', 'the
    term “X” refers to ...'."""
    language = doc.language
    text = s.text
    seen: set[str] = set()
    for pattern in _NAMED_BEFORE[language]:
        for m in pattern.finditer(text):
            term = _quoted_term(m, text, language)
            if term is not None and not _named_by_all(m, text[m.end() :], language):
                continue
            after = None if m.groupdict().get("cop") else text[m.end() :]
            np = _phrase_before(text[: m.start()], language, after) if term else None
            if term is None or np is None or term in seen or fold(term) in fold(np):
                continue
            seen.add(term)
            yield _term_card(s, term, np, language)
            question = _named_question(m, np, language)
            if question is not None:
                yield _name_card(s, term, question)
    for pattern in _NAMED_AFTER[language]:
        for m in pattern.finditer(text):
            term = _quoted_term(m, text, language)
            np = _defining_phrase(m.group("np"), language, language == "en") if term else None
            if term is None or np is None or term in seen or fold(term) in fold(np):
                continue
            seen.add(term)
            yield _term_card(s, term, np, language)
            verb = m.groupdict().get("verb")
            specific = _content_words(np, language) >= MIN_NAMED
            if verb and specific and ("chiam" in verb or "defin" in verb):
                # "si chiamano «X» i ...": "Come si chiamano i ...?"
                yield _name_card(s, term, f"Come {verb[:1].lower()}{verb[1:]} {np}?")


# A term defined in so many words, without quotes: "Si definiscono microplastiche i frammenti
# ...", "Per zona umida si intende un’area ...", "Con il termine bradisismo si indica ...",
# "Microplastics are defined as fragments ...", "The term dark sky refers to ...". The term is
# a few lowercase words; the definition opens with an article (in Italian) after it.
_PLAIN_TERM = r"(?P<term>[a-zà-ù][\w’-]*(?:\s+[a-zà-ù][\w’-]*){0,2})"
_IT_NP = r"(?P<np>(?:(?:il|lo|la|i|gli|le|un|uno|una)\s|l’|un’).+)"
_DEFINED_PLAIN = {
    "it": [
        re.compile(
            r"(?:^|\s)(?P<verb>[Ss]i\s+(?:chiam|defin)\w+)\s+" + _PLAIN_TERM + r"\s+" + _IT_NP
        ),
        # "per X si intende" ("per anni si indicano ..." is a time, not a term)
        re.compile(r"(?:^|\s)[Pp]er\s+" + _PLAIN_TERM + r"\s+si\s+intend\w+\s+" + _IT_NP),
        re.compile(
            r"(?:^|\s)[Cc]on\s+(?:il\s+termine|la\s+parola|l’espressione)\s+"
            + _PLAIN_TERM
            + r"\s+si\s+(?:intend|indic)\w+\s+"
            + _IT_NP
        ),
    ],
    "en": [
        # "A recession is defined as ...", not "The area is defined as high risk": a thing.
        re.compile(
            r"^(?:(?:A|An)\s+)?(?P<term>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:is|are)"
            r"\s+(?:(?:usually|commonly|generally|formally|broadly)\s+)?defined\s+as\s+(?P<np>.+)"
        ),
        re.compile(
            r"(?:^|\s)[Tt]he\s+(?:term|word|phrase|expression)\s+"
            + _PLAIN_TERM
            + r"\s+(?:refers\s+to|denotes|describes|means)\s+(?P<np>.+)"
        ),
    ],
}
# What _DEFINED_PLAIN's patterns need, one search a sentence.
_DEFINED_GATE = {
    "it": re.compile(r"[Ss]i (?:defin|chiam|intend|indic)"),
    "en": re.compile(r" defined as |[Tt]he (?:term|word|phrase|expression) "),
}


def _plain_terms(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Si definiscono microplastiche i frammenti di plastica ...' -> 'Che cosa si intende per
    «microplastiche»?' and 'Come si definiscono i frammenti di plastica ...?'. A definition
    says what a kind of thing is, in three content words or more: 'Si dice preoccupato il
    sindaco di Bari' says how someone feels."""
    language = doc.language
    for pattern in _DEFINED_PLAIN[language]:
        m = pattern.search(s.text)
        if m is None:
            continue
        term = _plain_term(m.group("term"), language)
        np = _defining_phrase(m.group("np"), language, language == "en")
        if term is None or np is None or fold(term) in fold(np):
            continue
        if _content_words(np, language) < MIN_NAMED or _names_a_person(np, language):
            continue
        verb = m.groupdict().get("verb")
        if verb and not _defines_a_kind(term, np, doc):
            continue
        yield _term_card(s, term, np, language)
        if verb:  # "si definiscono X i ...": "Come si definiscono i ...?"
            yield _name_card(s, term, f"Come {verb[:1].lower()}{verb[1:]} {np}?")
        return


# "Per molti si intende ...": for many people, not a term.
_QUANTIFIERS = frozenset(
    "molti molte tanti tante tutti tutte alcuni alcune pochi poche altri altre many most".split()
)
MIN_DEFINED_BY_VERB = 4  # content words of what "si definisce X" says X is, when X is new


def _defines_a_kind(term: str, np: str, doc: Document) -> bool:
    """Whether 'si definisce X il ...' defines a term rather than tells how someone calls
    themselves ('si definiscono soddisfatti i sindacati dei medici'): a term the article uses
    again, or one it defines at length, as a definition does ('i frammenti di plastica con
    un diametro inferiore ai cinque millimetri')."""
    if _content_words(np, doc.language) >= MIN_DEFINED_BY_VERB:
        return True
    last = term.split()[-1].lower()
    return doc.sentences_with(last) > 1


def _plain_term(term: str, language: str) -> str | None:
    """The term of a definition, when its words may name a thing: no small word ('si
    definisce così'), no participle or verb ('si definiscono soddisfatti i sindacati')."""
    words = term.split()
    stop = STOPWORDS[language] | ARTICLES[language] | ADVERBIALS[language] | _QUANTIFIERS
    for w in words:
        low = w.lower()
        if low in stop or low in PREPOSITIONS[language] or is_participle(low, language):
            return None
        if _is_clause_verb(low, language):
            return None
    if words[0][:1].isupper():
        if not _common_capital(words[0], language):
            return None  # a name: "Maria is defined as ..."
        term = term[:1].lower() + term[1:]
    return term


def _names_a_person(np: str, language: str) -> bool:
    """Whether a phrase's head is a person ('il sindaco di Bari', 'the mayor')."""
    head = [w.lower() for w in _bare(np).split()[:2]]
    return any(w in _PERSON_NOUNS or w in _PROFESSIONS or w in ROLE_WORDS[language] for w in head)


def _entry_in_small_letters(entry: EntryInfo, doc: Document) -> str | None:
    """The entry's name in small letters when the text writes it so elsewhere ('cases of
    measles', 'di bancarotta fraudolenta'): a thing's common noun that only the heading and
    the sentence start capitalise ('Measles', 'Bancarotta fraudolenta'); a body or a place
    keeps its capital."""
    name = entry.name
    first, *rest = name.split()
    if entry.kind != "thing" or len(name) < 4 or not first[1:].islower():
        return None  # "Po": two letters may be another word ("un po’")
    if not all(w.islower() for w in rest):
        return None  # "Lago d’Iseo": a name
    low = name.lower()
    word = re.compile(r"(?<![\w’'])" + re.escape(low) + r"(?![\w’'])")
    return low if any(word.search(t) for t in doc.texts if low in t) else None


def _in_small_letters(found: list[Candidate], entry: EntryInfo, low: str) -> list[Candidate]:
    """'What is measles?', 'Which highly contagious disease ...? -> measles'."""
    name = entry.name
    out = []
    for c in found:
        question = c.question
        if question is not None and question.endswith(f" {name}?"):
            question = f"{question[: -len(name) - 1]}{low}?"
        answer = low if c.answer == name else c.answer
        out.append(replace(c, question=question, answer=answer))
    return out


def superlatives(doc: Document) -> Iterator[Candidate]:
    """The superlatives a sentence names ('Anchorage è la città più grande dell’Alaska' ->
    'Qual è la città più grande dell’Alaska?'), alone: what a simpler statement of a sentence
    is read for (see statements.py)."""
    for s in doc.sentences:
        yield from _superlatives_of(s, doc)


# A relative clause cut right after its verb: "the public body that investigates" of "that
# investigates, cares for and promotes ...": the clause said nothing yet.
_CUT_RELATIVE = re.compile(r"\b(?:that|which|who|che)\s+[\w’'-]+\??$", re.IGNORECASE)


def extract(doc: Document) -> Iterator[Candidate]:
    for c in _extract(doc):
        if _cut_after_verb(c.answer, c.sentence.text) or (
            c.question and _cut_after_verb(c.question.rstrip("?"), c.sentence.text)
        ):
            continue
        yield c


def _cut_after_verb(said: str, text: str) -> bool:
    """Whether `said` ends on a relative and its verb that the sentence goes on after with a
    comma: a list of verbs the answer cuts ('that investigates, cares for and promotes')."""
    m = _CUT_RELATIVE.search(said)
    if m is None:
        return False
    at = text.find(m.group(0).rstrip("?"))
    return at >= 0 and text[at + len(m.group(0).rstrip("?")) :].startswith(",")


def _extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    common: dict[str, str | None] = {}
    for s in doc.sentences:
        entry = s.entry
        found = _entry_candidates(s, entry, language) if entry is not None else None
        if found and entry is not None:
            if entry.name not in common:
                common[entry.name] = _entry_in_small_letters(entry, doc)
            low = common[entry.name]
            if low is not None:
                found = _in_small_letters(found, entry, low)
        if found is None:
            yield from _superlatives_of(s, doc)
            if entry is None and s.position == 0 and any(c in s.text for c in _BODY_CUES):
                yield from _body_definitions(s, doc)
        else:
            yield from found  # the entry's own identities, asked as such
        if ", " in s.text:
            yield from _appositive_superlatives(s, doc)
            yield from _superlative_named_after(s, doc)
            yield from _kind_then_rank(s, doc)
            yield from _ordinal_rank(s, doc)
        if entry is not None and any(w in s.text for w in _ITS_WORDS):
            yield from _owned_identities(s, entry, doc)
        if ", " in s.text or " — " in s.text or " – " in s.text:
            yield from _apposition_definitions(s, doc)
            if any(f", {q}" in s.text for q in _TERM_QUOTES):
                yield from _subject_titles(s, doc)
            if language == "en" and _KIND_GLOSS_CUE.search(s.text):
                yield from _kind_glosses(s, doc)
            if any(cue in s.text for cue in _GLOSS_CUES[language]):
                yield from _gloss_definitions(s, doc)
        if any(cue in s.text for cue in _CONSIDERED_CUES[language]):
            yield from _considered(s, doc)
        if any(q in s.text for q in _QUOTE_MARKS):
            if any(cue in s.text for cue in _MEANING_CUES[language]):
                yield from _name_meanings(s, doc)
            if any(q in s.text for q in _TERM_QUOTES) and any(
                cue in s.text for cue in _TERM_CUES[language]
            ):
                yield from _quoted_terms(s, doc)
        if _DEFINED_GATE[language].search(s.text):
            yield from _plain_terms(s, doc)


def _name_list_goes_on(toks: list, comma: int) -> bool:
    """Whether the comma at `comma` joins capitalised words of one name up to its 'and':
    'Science|, Innovation and Technology'."""
    k = comma + 1
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
    return (
        k < len(toks)
        and toks[k].low == "and"
        and k + 1 < len(toks)
        and toks[k + 1].text[:1].isupper()
    )


def _noun_of_adjectives(toks: list, n: int) -> bool:
    """Whether the English word at toks[n] is the noun that the capitalised adjectives before it
    qualify ('of Irish Catholic | clergy'), not a word after a name ('of the United Nations |
    responsible for ...'): a plain word after a word with an adjective's ending."""
    t, before = toks[n], toks[n - 1].text
    if not (t.text.isalpha() and t.text.islower()) or t.low in STOPWORDS["en"]:
        return False
    if not before[:1].isupper() or not before.lower().endswith(ADJECTIVE_ENDINGS):
        return False
    if t.low.endswith(("ible", "able", "ent", "ant", "ing")) or is_participle(t.text, "en"):
        return False  # "responsible", "dependent", "working", "based": what the name does
    return not is_finite(t.text, "en")


def _head(pred_toks: list, language: str) -> int:
    """How many tokens of a predicate form its head noun phrase ('un’alleanza militare')."""
    n = 1
    named = False  # a name was reached ("of the United Nations"): a plain word ends the phrase
    while n < len(pred_toks) and n < _HEAD_MOST:
        t = pred_toks[n]
        low = t.low
        # English: "an agency of the United Nations | responsible for ...". (Italian adjectives
        # follow names: "dell’Europa orientale".)
        if t.text[:1].isupper():
            # A name, not a capitalised adjective: "of the Roman | province of Britannia".
            nxt = pred_toks[n + 1].text if n + 1 < len(pred_toks) else ""
            name_goes_on = not nxt[:1].islower()
            named = named or (pred_toks[n - 1].low in {"of", "the"} and name_goes_on)
        elif named and language == "en" and low not in {"of", "the", "and"}:
            if not _noun_of_adjectives(pred_toks, n):
                break
        if t.text == "," and joins_digits(pred_toks, n):
            n += 1  # "a 4,500-acre industrial site": the comma is inside the figure
            continue
        if t.text == "," and _coordinate_adjectives(pred_toks, n, language):
            n += 1  # "a soft, | silvery-white alkali metal": two adjectives of one noun
            continue
        if (
            t.text == ","
            and pred_toks[n - 1].text[:1].isupper()
            and _name_list_goes_on(pred_toks, n)
        ):
            n += 1  # "the Department for Science|, Innovation and Technology": one name
            continue
        if t.text in _HEAD_BREAKS:
            break
        if language == "it" and _compound_with(pred_toks, n):
            n += 2  # "impianti a fune", "macchine da cucire": one noun, not a place or an agent
            if _agreeing_adjective(pred_toks, n):
                n += 1  # "una fortezza a pianta quadrata": the adjective is the compound's
            continue
        if low in PREPOSITIONS[language] and low not in _DI and low != "di":
            nxt = pred_toks[n + 1].text if n + 1 < len(pred_toks) else ""
            if low == "for" and pred_toks[n - 1].text[:1].isupper() and nxt[:1].isupper():
                n += 1  # "the Department for | Transport": a name's own word
                continue
            break
        if low in _RELATIVE_OPENERS and n > 1:
            break  # "a maternity unit | where care during ...": a clause, whole or not at all
        if low in {"che", "which", "that", "who", "con", "with", "e", "and"} and n > 1:
            nxt = pred_toks[n + 1].text if n + 1 < len(pred_toks) else ""
            if low in {"e", "ed", "and"} and nxt[:1].islower() and not is_participle(nxt, language):
                n += 1
                continue
            if low == "and" and _premodifier(pred_toks, n + 1, language):
                n += 2  # "an optical and infrared | telescope": two adjectives of one noun
                continue
            if (
                low in {"and", "e", "ed"}
                and nxt[:1].isupper()
                and (named or pred_toks[n - 1].text[:1].isupper())
            ):
                n += 1  # "disputes between the United Kingdom | and Iceland": two names
                continue
            break
        if t.text[:1].islower() and is_participle(t.text, language) and n > 1:
            nxt_participle = n + 1 < len(pred_toks) and _lower_participle(
                pred_toks[n + 1].text, language
            )
            if not nxt_participle and not _premodifier(pred_toks, n, language):
                break  # the participle after a noun, not "di mutua difesa| fondata"
        if t.text[:1].islower() and is_finite(t.text, language) and n > 1:
            break
        if language == "en" and n > 2 and _gerund_with_restricted_object(pred_toks, n):
            break  # "a trade union | representing staff who provide ...": the clause is whole
        if language == "it" and low in _IT_ARTICULATED_BREAK:
            break
        if language == "it" and low.endswith("’") and low not in _DI and low not in {"un’", "l’"}:
            break  # "all’", "nell’": a complement; an English "state’ s" is an owner
        n += 1
    if n == _HEAD_MOST and n < len(pred_toks) and pred_toks[n].text not in _HEAD_BREAKS:
        n = _before_last_conjunct(pred_toks, n)  # cut short, not ended at a break
    return _before_rank_among_many(pred_toks, n)


_ONE = frozenset("one uno una un’".split())
_OF_MANY = frozenset("of dei degli delle tra fra".split())


def _before_rank_among_many(pred_toks: list, n: int) -> int:
    """Where a head ends that goes on to a rank among many ('una pittrice veneta | e una delle
    più stimate'): before it, as such a rank says not what the thing is."""
    for k in range(2, n - 2):
        if (
            pred_toks[k].low in {"and", "e", "ed"}
            and pred_toks[k + 1].low in _ONE
            and pred_toks[k + 2].low in _OF_MANY
        ):
            return k
    return n


_HEAD_MOST = 12  # tokens of a head noun phrase
_HEAD_BREAKS = frozenset({",", ";", ":", "(", "“", "”", "–", "—"})


def _before_last_conjunct(pred_toks: list, n: int) -> int:
    """Where a head cut at its most tokens ends: before its last 'and' ('an English organ
    builder | and one of the most influential of the ...'), so that it ends on a whole
    phrase; `n` itself when no 'and' joins two parts."""
    for k in range(n - 1, 1, -1):
        if pred_toks[k].low in {"and", "e", "ed"}:
            return k
    return n


# Words after "a" that place a thing rather than name its kind: "a nord di", "a valle".
_PLACING = frozenset("nord sud est ovest valle monte ridosso fianco metà circa".split())


# Relatives of place and of owner that open a clause after a head noun: "a unit where ...".
_RELATIVE_OPENERS = frozenset("where whose whom dove".split())


def _agreeing_adjective(pred_toks: list, n: int) -> bool:
    """Whether the token at n is an Italian adjective of the compound noun before it, agreeing
    with it ('a pianta| quadrata', 'a vela| latina'): a bare lowercase word of the same ending,
    no verb, no preposition."""
    if n >= len(pred_toks):
        return False
    word, noun = pred_toks[n].text, pred_toks[n - 1].low
    if not word.isalpha() or not word.islower() or word in STOPWORDS["it"]:
        return False
    if word in PREPOSITIONS["it"] or word in ARTICULATED or is_finite(word, "it"):
        return False
    return word[-1:] == noun[-1:]


def _compound_adjective_at(pred_toks: list, n: int) -> bool:
    """Whether token n is the agreeing adjective of a compound noun before it ('a pianta|
    quadrata'), no participle left dangling."""
    return n >= 3 and _compound_with(pred_toks, n - 2) and _agreeing_adjective(pred_toks, n)


def _compound_with(pred_toks: list, n: int) -> bool:
    """Whether an Italian "a"/"da" at token n joins two nouns into one ('impianti a fune',
    'barche a vela', 'macchine da cucire'): a bare lowercase word follows, with no article, no
    figure and no "di" after it (that would be a place: "a nord di Siena", "a ridosso del")."""
    if pred_toks[n].low not in {"a", "da"} or n < 2 or n + 1 >= len(pred_toks):
        return False
    word = pred_toks[n + 1].text
    if not word.isalpha() or not word.islower() or word in _PLACING:
        return False
    if word in STOPWORDS["it"] or word in ARTICULATED or word in ADVERBIALS["it"]:
        return False
    after = pred_toks[n + 2].low if n + 2 < len(pred_toks) else ""
    return not (after in _DI or after.startswith(("del", "dell", "di")))


def _gerund_with_restricted_object(pred_toks: list, n: int) -> bool:
    """Whether token n is an English '-ing' verb whose one-word object a relative clause then
    restricts ('representing | staff who provide public services'): a head that took the verb
    and its object would end before the clause that says which."""
    word = pred_toks[n].text
    if not (word.islower() and word.endswith("ing") and len(word) > 5) or n + 2 >= len(pred_toks):
        return False
    obj, rel = pred_toks[n + 1], pred_toks[n + 2]
    return obj.text.isalpha() and obj.text.islower() and rel.low in {"who", "that", "which"}


# The relative pronouns a preposition opens a clause with: "a model | in which ...".
_PREPOSED_RELATIVES = frozenset("which whom cui quale quali".split())


def _relative_after_noun(ptoks: list, n: int, language: str) -> str | None:
    """How a head that is a noun alone goes on with the relative clause that says what it is:
    'plain' ('a path | which runs along ...', 'a mosquito | that spreads ...') or
    'preposition' ('a model | in which a public authority decides ...', 'a process | by which
    ...'); None when it does not. The noun is better with its clause; a noun that a preposition's
    clause defines ('a model', 'a process', 'a method') says nothing alone."""
    if n not in (2, 3) or n >= len(ptoks):
        return None
    nxt = ptoks[n].low
    if nxt in RELATIVE_WORDS[language] and n == 2:
        return "plain"
    after = ptoks[n + 1].low if n + 1 < len(ptoks) else ""
    if nxt in PREPOSITIONS[language] and after in _PREPOSED_RELATIVES:
        return "preposition"  # also after an adjective: "a defined area | in which ..."
    return None


def _coordinate_adjectives(pred_toks: list, comma: int, language: str) -> bool:
    """Whether an English comma right after 'a'/'an' and one word joins two adjectives before
    their noun ('a soft, silvery-white alkali metal'), not a noun and what follows it ('a
    town, founded ...', 'a port, a market town'): the word is no noun of a kind and the word
    after the comma stands before a noun of its own."""
    if comma != 2 or pred_toks[0].low not in {"a", "an"}:
        return False
    word = pred_toks[1].text
    if not (word.isalpha() and word.islower()) or word in NOUN_KIND or word in _GENERIC_HEADS:
        return False
    return _premodifier(pred_toks, comma + 1, language)


def _premodifier(pred_toks: list, i: int, language: str) -> bool:
    """Whether an English word that looks like a participle stands before the noun it
    describes ('infrared telescope', 'a red-shifted galaxy'), not after it ('a compound used
    in ...'): a plain lowercase word follows it."""
    if language != "en" or i + 1 >= len(pred_toks):
        return False
    word, nxt = pred_toks[i].text, pred_toks[i + 1]
    if not word[:1].islower() or not nxt.text[:1].islower() or not nxt.text.isalpha():
        return False
    if nxt.low in PREPOSITIONS[language] or nxt.low in STOPWORDS[language]:
        return False
    return not is_participle(nxt.text, language) and not is_finite(nxt.text, language)


_PLACE_PREPOSITIONS = {
    "it": frozenset("in nel nella nei negli nelle sul sulla".split()),
    "en": frozenset("in on".split()),
}
MAX_PLACE = 6  # "in the Horn of Africa", "on the west coast of Wales"


def _place_phrase(ptoks: list, n: int, language: str) -> int:
    """A head of one noun, or of a noun of a kind and its adjective, takes the place after
    it: 'a state | in eastern Germany', 'a crater | on Mars', 'a landlocked country | in East
    Africa' ('a state' alone defines nothing). The place ends at a break or a verb and names
    somewhere (a capitalised word)."""
    if n >= len(ptoks) or ptoks[n].low not in _PLACE_PREPOSITIONS[language]:
        return n
    if n != 2 and not (n == 3 and ptoks[2].low in NOUN_KIND):
        return n
    end = n + 1
    while end < len(ptoks) and end - n <= MAX_PLACE:
        t = ptoks[end]
        if not t.text[:1].isalnum() or t.low in RELATIVE_WORDS[language]:
            break
        if t.text[:1].islower() and (
            is_participle(t.text, language)
            or is_finite(t.text, language)
            or is_gerund(t.text, language)  # "on the east coast of Tasmania | separating ..."
        ):
            break
        if t.low in PREPOSITIONS[language] and t.low not in _DI:
            break
        end += 1
    if end - n > MAX_PLACE or not any(t.text[:1].isupper() for t in ptoks[n + 1 : end]):
        return n
    return end


# Articulated prepositions other than "di" end the head: "un comune | nella provincia di ...".
_IT_ARTICULATED_BREAK = frozenset(
    """al allo alla ai agli alle dal dalla dai nel nella nei negli nelle sul sulla sui
    ad""".split()
)


@lru_cache(maxsize=1024)
def _subject_forms(entry: EntryInfo) -> tuple[str, ...]:
    forms: list[str] = []
    for n in entry.names:
        f = fold(n)
        forms += [
            f,
            f"il {f}",
            f"lo {f}",
            f"la {f}",
            f"l {f}",
            f"i {f}",
            f"gli {f}",
            f"le {f}",
            f"the {f}",
        ]
    return tuple(forms)
