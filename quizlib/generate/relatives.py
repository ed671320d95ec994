"""Relative clauses after a name read as plain statements of that name, for every extractor
to ask of: '... with support from Bord na Móna, which has rewetted 22,000 hectares' -> 'Bord
na Móna has rewetted 22,000 hectares.'; '... eseguiti dall’ARPAC, che in 18 mesi ha
prelevato 63 campioni' -> 'L’ARPAC in 18 mesi ha prelevato 63 campioni.'.

A relative after a name inside a longer phrase may be about the phrase rather than the name
('the meeting in Truro, which ...', 'the chairman of X, who ...'): the name is taken only
where nothing else can be meant. It is the agent after 'by'/'da' or the source after 'from',
or what a participle is given to ('awarded to X, which'); or the name sets off, or is set off
by, a description of one thing ('a council-owned company, Swilly Crossings DAC, which';
'Fvg Strade, la società regionale che'; 'TII, the State agency ..., which'). The relative's
verb must be one a single subject takes. A relative opening a sentence's subject is said by
statements._relative_alone.
"""

from __future__ import annotations

import re

from .chunks import PREPOSITIONS
from .given_names import is_given_name
from .lexicon import (
    ARTICLES,
    ARTICULATED,
    MONTH_WORDS,
    NOUN_KIND,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    WHEN_WORDS,
)
from .text import upper_first
from .verbs import AUXILIARIES, is_finite, is_participle, may_be_present

# The relative pronouns after a comma that this module reads.
_AFTER_COMMA = {
    "en": re.compile(r"(?<=[\w’)]), (?:which|who) "),
    "it": re.compile(r"(?<=[\w’)]), che "),
}
# A description set off after a name, with the relative that closes it and no comma between
# ("Fvg Strade, la società regionale che gestisce ...", "Eco Ltd, a firm that runs ...").
_DESCRIBED = {
    "en": re.compile(
        r"(?<=[\w’)]), (?P<description>(?:the|an?) (?:[A-Za-z][\w’-]* ){0,4}?[a-z][\w’-]*) "
        r"(?P<relative>which|that|who) "
    ),
    "it": re.compile(
        r"(?<=[\w’)]), (?P<description>(?:(?:il|lo|la|un|una|uno) |l’|un’)"
        r"(?:[A-Za-zà-ù][\w’-]* ){0,4}?[a-zà-ù][\w’-]*) (?P<relative>che) "
    ),
}
# What introduces the agent or the source of a deed: "carried out by X", "support from X",
# "eseguiti dall’ARPAC".
_AGENT = {
    "en": frozenset("by from".split()),
    "it": frozenset("da dal dallo dalla dall’ dai dagli dalle".split()),
}
# What introduces whom a participle gives something to: "awarded to X", "affidato alla X".
_GIVEN_TO = {
    "en": frozenset("to".split()),
    "it": frozenset("a ad al allo alla all’".split()),
}
# Small words inside a name ("Bord na Móna", "Council for the Exploration of the Sea").
_NAME_GLUE = frozenset("of for and the de di da del della dei degli delle na an y van von".split())
# Words that may close an English list of names that make one body ("Newry, Mourne and Down
# District Council").
_EN_BODY_ENDS = frozenset(
    """Council Authority Agency Board Trust Commission Company Association Society Service
    Executive Department Ministry Partnership Group""".split()
)
# Common nouns of bodies that act, named with a definite article after 'by'/'da' ("by the
# district council, which said ...", "dalla procura, che ha chiesto ...").
_BODY_NOUNS = {
    "en": frozenset(
        """council authority agency company ministry department trust board commission
        government police force charity committee university firm operator society service
        executive court tribunal club federation association partnership""".split()
    ),
    "it": frozenset(
        """comune regione provincia procura prefettura questura ministero agenzia società
        azienda consorzio fondazione associazione cooperativa università tribunale giunta
        federazione ente""".split()
    ),
}
# Verbs after 'which' that are about a whole clause, not a name: "..., which means ...".
_ABOUT_CLAUSE = frozenset("means meant made makes led leads brought is was".split())
# Words that may stand between the relative and its verb: "which now employs", "che in 18
# mesi ha prelevato", "che dal 2009 gestisce".
_EN_ADVERBS = frozenset("also now still already later then currently today".split())
_IT_ADVERBS = frozenset("anche ora oggi già poi inoltre ancora".split())
_IT_FRAME_OPENERS = frozenset(
    "in nel nell’ nei negli dal dall’ dai dagli dalla entro tra fra da".split()
)
# A list of names goes on after a comma: "in Offaly, Laois and Kildare".
_LIST_GOES_ON = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:e|ed|and|or|o) ")
_MAX_CLAUSE = 200


def _name_start(words: list[str], language: str) -> int | None:
    """Where the name that ends `words` opens ('... from Bord na Móna' -> the index of
    'Bord'; '... by the International Council for the Exploration of the Sea (ICES)' -> of
    'International'), None when `words` ends with no name."""
    i = len(words) - 1
    if i >= 0 and re.fullmatch(r"\([A-Z][A-Za-z]{1,9}\)", words[i]):
        i -= 1  # the acronym after the name
    end = i
    listed = False
    while i >= 0:
        word = words[i]
        if word[:1].isupper() and word[-1:].isalnum():
            i -= 1
        elif i < end and word.lower() in _NAME_GLUE and _glued(words, i):
            listed = listed or word == "and"
            i -= 1
        elif (
            language == "en"
            and listed
            and word.endswith(",")
            and word[:1].isupper()
            and words[end] in _EN_BODY_ENDS
        ):
            i -= 1  # "Newry, Mourne and Down District Council"
        else:
            break
    start = i + 1
    while start <= end and words[start].lower() in _NAME_GLUE:
        start += 1  # "the" opens no name
    if start > end:
        return None
    if words[start].lower() in WHEN_WORDS or words[start].lower() in MONTH_WORDS:
        return None
    return _after_person(words, start, end)


def _after_person(words: list[str], start: int, end: int) -> int:
    """Where a name opens after a person's name that the run took in with 'of' ('Alan Rowe
    of the Consumer Council for Water' -> 'Consumer'): the name is the body's."""
    for k in range(start + 1, end):
        if words[k] in {"of", "di", "del", "della", "dell’"} and any(
            is_given_name(w) for w in words[start:k]
        ):
            k += 1
            while k < end and words[k].lower() in _NAME_GLUE:
                k += 1
            return k
    return start


def _glued(words: list[str], i: int) -> bool:
    """Whether the small word at i joins two parts of a name: a capitalised word comes before
    it, or before one more small word ('Exploration of the Sea')."""
    before = words[i - 1] if i > 0 else ""
    if before.lower() in _NAME_GLUE and i > 1:
        before = words[i - 2]
    return before[:1].isupper() and before[-1:].isalnum()


def _split_elided(words: list[str]) -> list[str]:
    """'dall’ARPAC' -> 'dall’', 'ARPAC': an elided preposition or article before a name."""
    out: list[str] = []
    for word in words:
        head, apostrophe, rest = word.partition("’")
        if apostrophe and rest[:1].isupper() and len(head) <= 5:
            out += [head + apostrophe, rest]
        else:
            out.append(word)
    return out


def _antecedent(before: str, clause: str, language: str) -> str | None:
    """The name that ends `before` with what a statement of it opens with ('Bord na Móna',
    'the International Council ...', 'l’ARPAC'), when the relative after it can be about
    nothing else."""
    words = _split_elided(before.split())
    start = _name_start(words, language)
    if start is not None:
        name = " ".join(words[start:])
        return _name_said(words[:start], name, clause, language)
    return _body_said(words, language)


def _name_said(words: list[str], name: str, clause: str, language: str) -> str | None:
    """The name as a statement names it, given the words before it and the relative clause
    after it, or None when these do not make the relative the name's. After 'by'/'da' the
    name is the agent of a participle before it ('carried out by X, which'); after a noun
    ('the parade by X, which drew ...', 'demand from X, which takes ...') the relative may be
    the noun's, and is taken as the name's only for a deed of its own: a perfect or a saying
    after 'by', any active verb after 'from'; Italian 'da' is 'from' too ('arriva da
    Catania, che dista ...'): only the agent counts."""
    if not words:
        return None  # a sentence's subject: statements._relative_alone says it
    article = ""
    last = words[-1].lower()
    if language == "en" and last == "the":
        article, words = "the ", words[:-1]
    elif language == "it" and last in ARTICULATED and last in _AGENT["it"] | _GIVEN_TO["it"]:
        article = ARTICULATED[last]
        article = article if article.endswith("’") else article + " "
    if not words:
        return None
    prep = words[-1].lower()
    if prep in _AGENT[language]:
        if _after_participle(words[:-1], language):
            return article + name
        if language == "en" and _deed(clause, passive_ok=False, perfect_only=prep == "by"):
            return article + name
        return None
    if prep in _GIVEN_TO[language] and len(words) > 1 and is_participle(words[-2], language):
        return article + name
    if prep.endswith(",") and not article and _describes(words, language):
        return name  # "a council-owned company, Swilly Crossings DAC, which"
    return None


def _body_after_office(before: str) -> str | None:
    """The body an English office is of, before 'which' (no person's relative): 'managing
    director of Moorland Coaches, which runs 22 vehicles' -> 'Moorland Coaches'."""
    words = before.split()
    start = _name_start(words, "en")
    if start is None or start < 2:
        return None
    article = ""
    k = start - 1
    if words[k] == "the":
        article, k = "the ", k - 1
    if k < 1 or words[k] != "of":
        return None
    office = words[k - 1].lower()
    if office not in ROLE_WORDS["en"] and office not in OCCUPATIONS:
        return None
    return article + " ".join(words[start:])


def _after_participle(words: list[str], language: str) -> bool:
    """Whether a past participle closes `words`, or comes a few words before their end with
    no comma between ('published in September' + 'by'), and opens no aside."""
    last = len(words) - 1
    for k in range(last, max(last - 4, -1), -1):
        word = words[k]
        if word.endswith(","):
            return False
        if word.islower() and is_participle(word, language):
            # "the company, owned by X, which ...": an aside the participle opens, and the
            # relative after it goes on the noun before the aside
            return k == 0 or not words[k - 1].endswith(",")
    return False


# English verbs of what a body says or finds.
_EN_SAYING = frozenset([*SAY_VERBS["en"], *"found finds estimates estimated reported".split()])
_EN_BE = frozenset("is are was were be been being".split())


def _deed(clause: str, passive_ok: bool, perfect_only: bool) -> bool:
    """Whether an English relative clause tells a deed of its subject: a verb of saying or
    finding, a perfect ('has rewetted'), or (unless `perfect_only`) any active verb; a form
    of 'be' is none."""
    words = [w for w in clause.split() if w not in _EN_ADVERBS and w not in {"so", "far"}]
    if not words:
        return False
    verb = words[0]
    if verb in _EN_SAYING:
        return True
    if verb in _EN_BE:
        return False
    if verb in {"has", "have"} and len(words) > 1:
        return words[1] != "been" and is_participle(words[1], "en")
    return not perfect_only


def _person(name: str) -> bool:
    """Whether a name is a person's: it holds a given name or a title ('Sir William
    Hillary')."""
    return any(is_given_name(w) or w in _TITLES for w in name.split())


_TITLES = frozenset("Sir Dame Lord Lady Dr Mr Mrs Ms Professor Prof Dott".split())


def _describes(words: list[str], language: str) -> bool:
    """Whether `words` end with a description of one thing set off by a comma before a name:
    an indefinite or definite article and a few words of no verb, after a preposition or a
    verb ('... operated by a council-owned company,')."""
    phrase: list[str] = []
    for word in reversed(words):
        if word.endswith(",") and phrase:
            return False
        phrase.append(word.rstrip(","))
        if len(phrase) > 6:
            return False
        low = phrase[-1].lower()
        if low in ARTICLES[language] and low not in {"i", "gli", "le"}:
            break
    else:
        return False
    inner = phrase[:-1]
    if not inner or any(w[:1].isupper() for w in inner[:1]):
        return False  # "the Lake District, X": a name, not a description
    return not any(w.lower() in PREPOSITIONS[language] or _verb(w, language) for w in inner)


def _verb(word: str, language: str) -> bool:
    """Whether a word inside a description is a verb ('council-owned' is none)."""
    if "-" in word:
        return False
    return word.lower() in AUXILIARIES[language] or is_finite(word, language)


def _body_said(words: list[str], language: str) -> str | None:
    """'... carried out by the district council' -> 'the district council': a body named by a
    common noun with a definite article after 'by'/'da', which a relative after it is
    about."""
    if len(words) < 2 or words[-1].lower() not in _BODY_NOUNS[language]:
        return None
    for k in range(len(words) - 2, max(len(words) - 5, -1), -1):
        low = words[k].lower()
        if language == "en" and low == "the":
            if k > 0 and words[k - 1].lower() == "by" and _after_participle(words[: k - 1], "en"):
                return " ".join(words[k:])
            return None
        if language == "it" and low in _AGENT["it"] and low in ARTICULATED:
            if not _after_participle(words[:k], "it"):
                return None
            article = ARTICULATED[low]
            joined = article if article.endswith("’") else article + " "
            return joined + " ".join(words[k + 1 :])
        if not words[k].islower() or low in PREPOSITIONS[language] or low in ARTICLES[language]:
            return None
    return None


def _clause(rest: str, language: str) -> str | None:
    """The relative clause that opens `rest` (the text after the pronoun), up to its comma or
    the sentence's end, when its verb is one a single subject takes; None otherwise."""
    clause = rest
    cut = clause.find(", ")
    if cut >= 0:
        if _LIST_GOES_ON.match(clause[cut + 2 :]):
            return None  # "in Offaly, Laois and Kildare": the list is the clause's
        clause = clause[:cut]
    clause = clause.rstrip().rstrip(".").rstrip()
    if len(clause) < 5 or len(clause) > _MAX_CLAUSE or re.search(r"[;:«»“”\"()]", clause):
        return None
    words = clause.split()
    if language == "en":
        k = 0
        while k < len(words) - 1 and words[k] in _EN_ADVERBS:
            k += 1
        verb = words[k]
        if verb in {"are", "were", "have", "do"} or verb in _ABOUT_CLAUSE:
            return None
        if not (verb in AUXILIARIES["en"] or is_finite(verb, "en") or may_be_present(verb, "en")):
            return None
        return clause
    it_verb = _it_verb(words)
    if it_verb is None or it_verb.endswith("no") or it_verb in {"è", "era", "fu", "sarà"}:
        return None  # no verb, a plural verb, or a state that may be the whole clause's
    return clause


def _it_verb(words: list[str]) -> str | None:
    """The verb of an Italian relative clause: its first word, or the first after an adverb
    or a short frame of time ('in 18 mesi ha prelevato', 'dal 2009 gestisce')."""
    first = words[0]
    if first in _IT_ADVERBS and len(words) > 1:
        return words[1] if _it_finite(words[1]) else None
    if first in _IT_FRAME_OPENERS:
        for k in range(1, min(4, len(words))):
            if _it_finite(words[k]):
                return words[k]
        return None
    return first if _it_finite(first) else None


def _it_finite(word: str) -> bool:
    """An Italian verb that opens a clause's verb group ('ha', 'gestisce')."""
    return word.islower() and (word in AUXILIARIES["it"] or is_finite(word, "it"))


# A relative clause that reports what the name said: "which said the work took 11 days", "che
# ha spiegato che ...".
_SAID = {
    "en": re.compile(
        r"^(?:said|says|found|estimates|estimated|reported|confirmed|announced)(?: that)? "
        r"(?P<clause>(?:[Tt]he|(?!Its |It |They |Their )[A-Z][\w’-]+) .+)$"
    ),
    "it": re.compile(
        r"^ha (?:detto|spiegato|riferito|precisato|confermato|annunciato|stimato|calcolato)"
        r" che (?P<clause>(?:il|lo|la|i|gli|le|l’|[A-Z][\w’-]+)[ ’]?.+)$"
    ),
}


def _reported(clause: str, language: str) -> str | None:
    """'X said the operation took 11 days.' -> 'The operation took 11 days.': the clause the
    name reports, said alone (statements' own rule reads a name with no comma in it only)."""
    m = _SAID[language].match(clause)
    if m is None:
        return None
    return upper_first(m.group("clause")) + "."


def relatives_of_names(text: str, language: str) -> list[str]:
    """The statement of the name a relative clause after it tells of (relative_of_name), and
    the clause it reports, when it reports one."""
    found = _name_and_clause(text, language)
    if found is None:
        return []
    name, clause = found
    said = upper_first(f"{name} {clause}.")
    reported = _reported(clause, language)
    return [said] if reported is None else [said, reported]


def relative_of_name(text: str, language: str) -> str | None:
    """'The ferry will be operated by a council-owned company, Swilly Crossings DAC, which
    plans to recruit 18 crew.' -> 'Swilly Crossings DAC plans to recruit 18 crew.': the first
    relative clause after a name that reads as a statement of the name."""
    found = _name_and_clause(text, language)
    return None if found is None else upper_first(f"{found[0]} {found[1]}.")


def _name_and_clause(text: str, language: str) -> tuple[str, str] | None:
    """(the name, the relative clause said of it) of relative_of_name."""
    for m in _AFTER_COMMA[language].finditer(text):
        clause = _clause(text[m.end() :], language)
        if clause is None:
            continue
        before = _without_description(text[: m.start()], language)
        name = _antecedent(before, clause, language)
        if name is None and m.group().strip(", ") == "which":
            name = _body_after_office(before)
        if name is None:
            continue
        if m.group().strip(", ") == "who" and not _person(name):
            continue  # "Pupils from St Catherine’s College, who ...": the pupils
        return name, clause
    for m in _DESCRIBED[language].finditer(text):
        words = _split_elided(text[: m.start()].split())
        start = _name_start(words, language)
        if start is None or (start == 0 and len(words) > 0 and language == "en"):
            continue
        name = " ".join(words[start:])
        if m.group("relative") == "who" and not _person(name):
            continue
        if not _describes_one(m.group("description"), language) and not _person(name):
            continue  # "..., a process that took six months": the whole clause is meant
        clause = _clause(text[m.end() :], language)
        if clause is None:
            continue
        name = " ".join(words[start:])
        head = words[start - 1].lower() if start > 0 else ""
        if language == "it" and head in ARTICULATED:
            article = ARTICULATED[head]
            name = (article if article.endswith("’") else article + " ") + name
        elif head == "the":
            name = "the " + name
        return name, clause
    return None


# Nouns of what a name may be, besides kinds of place and body, offices and trades.
_ONE_OF = frozenset(
    """firm charity club business operator provider developer manufacturer retailer producer
    site town village city community family man woman veteran campaigner group team
    azienda ditta impresa gruppo squadra comunità donna uomo""".split()
)


def _describes_one(description: str, language: str) -> bool:
    """Whether a description set off after a name tells what the name is ('the State
    agency', 'la società regionale', 'a retired decorator'), not what a clause did ('a
    process', 'a move')."""
    for word in description.lower().split()[1:]:
        noun = word.removeprefix("l’").removeprefix("un’")
        if noun in NOUN_KIND or noun in _ONE_OF or noun in OCCUPATIONS:
            return True
        if noun in ROLE_WORDS[language] or noun in _BODY_NOUNS[language]:
            return True
    return False


_SET_OFF = re.compile(r", ((?:the|an?|il|lo|la|un|una|uno|l’|un’)[ ’]?[^,;:«»“”\"()]{3,80})$")


def _without_description(before: str, language: str) -> str:
    """'... from Transport Infrastructure Ireland (TII), the State agency responsible for
    national roads' -> '... from Transport Infrastructure Ireland (TII)': a description set
    off after a name, left out so that the relative after it is read of the name. A
    description that ends with a name ('the capital of Ireland') is kept: the relative may be
    about that name."""
    m = _SET_OFF.search(before)
    if m is None:
        return before
    description = m.group(1)
    words = description.split()
    if description.split("’", 1)[0] + "’" not in ARTICLES[language] and (
        words[0].lower() not in ARTICLES[language]
    ):
        return before
    if words[-1][:1].isupper() or any(is_finite(w, language) for w in words[1:]):
        return before
    head = before[: m.start()].split()
    if not head or _name_start(_split_elided(head), language) is None:
        return before
    return before[: m.start()]
