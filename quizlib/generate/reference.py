"""Who a pronoun, or a subject left unsaid, stands for in a statement made of a sentence (see
statements.py): the reporter of the clause it reports ('Skybus says it carries 60,000
passengers' -> 'Skybus carries 60,000 passengers'; 'L’azienda ha fatto sapere di aver assunto
40 persone' -> 'L’azienda ha assunto 40 persone'); the subject of the sentence before, or of
the clause before a colon ('The council approved 80 homes. It also set aside £2m.' -> 'The
council also set aside £2m.'; 'Il Po è il fiume più lungo d’Italia: nasce dal Monviso.' ->
'Il Po nasce dal Monviso.').

Each rule names the one antecedent agreement leaves (a thing for 'it', a plural noun for
'they', a person of that gender for 'he' or 'she', a subject of the verb's number with no
other phrase of that number before it); with any doubt there is no statement.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from .chunks import PREPOSITIONS
from .given_names import gender, is_given_name
from .lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_EXTRAPOSED_IT,
    IT_PLURAL_ARTICLES,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    WHEN_WORDS,
)
from .text import upper_first
from .verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_present_at,
    lemma,
    may_be_present,
)

# What may stand between a reporter and its verb: up to three asides between commas ('Seán
# Ryan, 71, from Castleconnell, said ...'; 'Unison, which represents staff, said ...').
_REPORTER = r"(?P<reporter>[^,;:«»“”\"()]{2,60}?)(?P<asides>(?:, [^,;:«»“”\"()]{2,80}?){0,3})"
_EN_REPORTING = "|".join(
    [v for v in SAY_VERBS["en"] if v not in {"told", "wrote", "replied"}]
    + """says confirmed confirms reported reports estimated estimates revealed
    admitted""".split()
)
_EN_PRONOUNS = ("it", "they", "he", "she")
_EN_REPORTED = re.compile(
    rf"^{_REPORTER},? (?:{_EN_REPORTING})(?: that)? (?P<pronoun>{'|'.join(_EN_PRONOUNS)}) "
    r"(?P<rest>.+)$"
)
_IT_REPORTING_PARTICIPLES = "|".join(
    [*SAY_VERBS["it"], "fatto sapere", "reso noto", "confermato", "assicurato", "comunicato"]
    + "rivelato raccontato sostenuto ricordato".split()
)
# Reporting verbs in the present, singular and plural.
_IT_REPORTING_PRESENT = {
    "dice": "dicono",
    "spiega": "spiegano",
    "racconta": "raccontano",
    "annuncia": "annunciano",
    "afferma": "affermano",
    "fa sapere": "fanno sapere",
    "assicura": "assicurano",
    "conferma": "confermano",
    "sostiene": "sostengono",
    "dichiara": "dichiarano",
    "ricorda": "ricordano",
}
_IT_INFINITIVES = ("aver", "avere", "essere", "esser")
_IT_REPORTED = re.compile(
    rf"^{_REPORTER},? (?P<verb>(?:ha|hanno) (?:{_IT_REPORTING_PARTICIPLES})|"
    + "|".join([*_IT_REPORTING_PRESENT, *_IT_REPORTING_PRESENT.values()])
    + rf") di (?P<infinitive>{'|'.join(_IT_INFINITIVES)}) (?P<rest>.+)$"
)
# What a text must hold for reported_of_reporter to read it: the English pronoun or the
# Italian "di" and infinitive its patterns read, between spaces (statements.py skips a text
# with none of them).
REPORTED_MARKS = (
    *(f" {pronoun} " for pronoun in _EN_PRONOUNS),
    *(f" di {infinitive} " for infinitive in _IT_INFINITIVES),
)
_TITLES = frozenset("Professor Dr Sir Dame Lord Lady Mr Mrs Ms Prof Dott Dottor Dottoressa".split())
# Words that open no subject: the reporter must be a name or a noun phrase.
_NOT_SUBJECT = {
    "en": frozenset(
        """he she it they we i you this that these those there when after before while
        although if as since because once last next earlier later yesterday today however
        meanwhile also""".split()
    ),
    "it": frozenset(
        """lui lei loro noi io questo questa quando dopo mentre se ieri oggi intanto inoltre
        infatti poi si ci ne vi mi ti non""".split()
    ),
}
# Words that leave the reporter a clause or a list of its own.
_NOT_IN_SUBJECT = frozenset("and or who which that whose where when e o che cui dove".split())
_PREPOSITIONS = frozenset("of from at in for on with behind across near".split())
# English words after which a past participle is the noun's ('the tagged bird'), not a verb.
_OPENERS_OF_NOUNS = frozenset("the a an its their his her this these those".split())
# Adverbs between the pronoun and its verb ('they rarely used', 'di aver già assunto').
_ADVERBS = frozenset("now also still already currently never rarely often già anche ormai".split())
_EN_BE = re.compile(
    r"^(?:is|was|'s|’s|would be|will be|could be|may be|might be|had been|has been|is not|"
    r"was not|would not be|will not be)\s+(?P<next>\S+)"
)
_PERSONAL = {
    "en": re.compile(r"(?i)(?<![\w’'-])(?:i|we|us|our|my|me|you|your)(?![\w’'-])"),
    "it": re.compile(
        r"(?i)(?<![\w’'-])(?:io|noi|ci|nostro|nostra|nostri|nostre|mio|mia|voi)(?![\w’'-])"
    ),
}
# The reporter's frame going on after what it reports: 'said it would examine the judgment
# but stressed that ...' -> 'would examine the judgment'; 'ha detto che ... e ha chiesto ...'.
FRAME_GOES_ON = {
    "en": re.compile(
        r";|:|,? and that |,? (?:but|and) (?=(?:"
        + "|".join(SAY_VERBS["en"])
        + r"|stressed|acknowledged|admitted|conceded|added|urged|called|accused|welcomed"
        r"|criticised|criticized|described|rejected|dismissed|praised|thanked)\b)"
    ),
    "it": re.compile(
        r";|,? (?:e|ed|ma) (?:ha|hanno) (?="
        + "|".join(SAY_VERBS["it"])
        + r"|chiesto|accusato|criticato|ringraziato|invitato|definito|lanciato)\b"
    ),
}
# Verbs of what the reporter expects or wants ('she expected other members to follow'): what
# follows them is no fact.
_ATTITUDES = frozenset(
    """expect expects expected believe believes believed hope hopes hoped want wants wanted
    think thinks thought fear fears feared wish wishes wished""".split()
)
_QUOTES = re.compile(r"[«»“”\"]")


def reported_of_reporter(text: str, language: str, people: Collection[str] = ()) -> str | None:
    """'Skybus says it carries 60,000 passengers a year.' -> 'Skybus carries 60,000 passengers
    a year.'; 'Il consorzio ha fatto sapere di aver assunto 40 persone.' -> 'Il consorzio ha
    assunto 40 persone.': what a reporter says of itself, said of it (`people`: the names of
    the people the document names, each a person for 'he' or 'she' and none for 'it')."""
    if text.rstrip()[-1:] not in '.!"”»':
        return None  # a headline or a standfirst
    if language == "en":
        return _english_reported(text, people)
    return _italian_reported(text)


def _english_reported(text: str, people: Collection[str]) -> str | None:
    m = _EN_REPORTED.match(text)
    if m is None:
        return None
    reporter, pronoun = m.group("reporter"), m.group("pronoun")
    rest = FRAME_GOES_ON["en"].split(m.group("rest"), maxsplit=1)[0]
    words = reporter.split()
    if not _subject_words(words, "en") or _PERSONAL["en"].search(rest) is not None:
        return None
    if not _opens_verb(rest.split(), pronoun):
        return None
    if pronoun == "it":
        be = _EN_BE.match(rest)
        if be is not None and not is_gerund(be.group("next"), "en"):
            return None  # "said it was a matter for ...": 'it' may stand for anything
        if EN_EXTRAPOSED_IT.match(rest):
            return None  # "said it takes two years to train a filleter": 'it' is the training
        if _person(words) is not None or _plural(words) or _joined(words):
            return None
        if _named_person(reporter, people) or _asides_of_person(m.group("asides")):
            return None  # "Morven Sinclair, chief executive of the association, said it ..."
    elif pronoun == "they":
        if not _plural(words):
            return None
    else:
        said = _person(words)
        if said is None or said != ("f" if pronoun == "she" else "m"):
            return None
        if _joined(words):
            return None
    end = "" if rest[-1:] in '.!"”' else "."
    return upper_first(f"{reporter} {rest.rstrip()}{end}")


def _italian_reported(text: str) -> str | None:
    m = _IT_REPORTED.match(text)
    if m is None:
        return None
    reporter, verb, rest = m.group("reporter"), m.group("verb"), m.group("rest")
    words = reporter.split()
    if not _subject_words(words, "it") or _joined(words) or not _plain(rest, "it"):
        return None
    plural = verb.startswith("hanno") or verb in _IT_REPORTING_PRESENT.values()
    said = rest.split(" ", 1)
    adverb = ""
    if said[0] in _ADVERBS and len(said) == 2:
        adverb, said = said[0] + " ", said[1].split(" ", 1)
    if len(said) < 2:
        return None
    participle = said[0]
    essere = m.group("infinitive").startswith("ess")
    if is_participle(participle, "it") and participle.islower():
        if plural != participle.endswith(("i", "e")) and essere:
            return None  # "di essere arrivati" after a singular reporter: someone else
        auxiliary = ("sono" if plural else "è") if essere else ("hanno" if plural else "ha")
    elif (
        not essere
        and not adverb
        and verb.split()[0] in _IT_REPORTING_PRESENT.keys() | set(_IT_REPORTING_PRESENT.values())
    ):
        auxiliary = "hanno" if plural else "ha"  # "dice di avere 300 soci" -> "ha 300 soci"
        if m.group("infinitive") != "avere":
            return None
    else:
        return None
    return upper_first(f"{reporter} {auxiliary} {adverb}{rest.rstrip()}")


def _subject_words(words: list[str], language: str) -> bool:
    """Whether the words may be a subject: a name or a noun phrase, with no verb of its own."""
    if not words or len(words) > 8:
        return False
    first = words[0]
    low = first.lower()
    if low in _NOT_SUBJECT[language] or low in PREPOSITIONS[language] or low in WHEN_WORDS:
        return False
    if low in ARTICULATED or low.split("’")[0] + "’" in ARTICULATED:
        return False
    if is_gerund(low, language) or is_participle(low, language) or low.endswith("ly"):
        return False  # "Speaking at the launch, the firm said it ...": no subject
    if not (low in ARTICLES[language] or low.startswith(("l’", "un’")) or first[:1].isupper()):
        return False
    for before, w in pairwise(words):
        if w.lower() in _NOT_IN_SUBJECT and language == "en":
            continue  # left to _joined: "they" may stand for two names
        if language == "en" and before.lower() in _OPENERS_OF_NOUNS:
            continue  # "the tagged bird"
        if w[:1].islower() and is_finite(w, language) and w.lower() not in AUXILIARIES[language]:
            return False
        if w.lower() in AUXILIARIES[language]:
            return False
    return not any(w.lower() in {"who", "which", "that", "che", "cui"} for w in words)


def _joined(words: list[str]) -> bool:
    return any(w.lower() in _NOT_IN_SUBJECT for w in words)


def _plain(rest: str, language: str) -> bool:
    """Whether the reported clause is the text's own words: no quotation, no 'we' or 'I'."""
    return _QUOTES.search(rest) is None and _PERSONAL[language].search(rest) is None


def _opens_verb(words: list[str], pronoun: str) -> bool:
    """Whether the clause after an English pronoun opens with its verb, or an adverb and it."""
    if words and (words[0] in _ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    verb = words[0]
    if verb in _ATTITUDES:
        return False
    if verb in AUXILIARIES["en"] or is_finite(verb, "en"):
        return True
    if pronoun == "they":
        return lemma(verb, "en") == verb and verb not in _PREPOSITIONS
    return may_be_present(verb, "en")


def _person(words: list[str]) -> str | None:
    """'f' or 'm' for a reporter that is a person of that gender ('Mayor Lisa Harnett'), '?' for
    one of no known gender ('the spokesman', 'Dr Hale'), None for no person."""
    for i, word in enumerate(words):
        if is_given_name(word) and all(w[:1].isupper() for w in words[i:]):
            return gender(" ".join(words[i:])) or "?"
    if any(w in _TITLES for w in words):
        return "?"
    if any(w.lower() in OCCUPATIONS or w.lower() in ROLE_WORDS["en"] for w in words):
        return "?"
    return None


def _named_person(reporter: str, people: Collection[str]) -> bool:
    """Whether the reporter holds the name of a person the document names."""
    return any(re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", reporter) for name in people)


def _asides_of_person(asides: str) -> bool:
    """Whether the asides after a reporter say a person's age or office ('71', 'chief
    executive of the association')."""
    for aside in asides.split(", "):
        words = aside.lower().split()
        if aside.strip()[:1].isdigit() or any(
            w in OCCUPATIONS or w in ROLE_WORDS["en"] for w in words
        ):
            return True
        if words and words[0] == "who":
            return True
    return False


def _plural(words: list[str]) -> bool:
    """Whether the reporter's head noun is an English plural ('The administrators',
    'Campaigners from the group ...')."""
    head = words
    for i, w in enumerate(words):
        if i > 0 and w.lower() in _PREPOSITIONS:
            head = words[:i]
            break
    noun = head[-1]
    if len(head) > 1 and noun[:1].isupper():
        return False  # a name: "First Bus"
    low = noun.lower()
    if not low.isalpha() or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return lemma(low, "en") != low


# ---------------------------------------------------------------------------------------------
# A subject carried over from the sentence before: 'The trust bought the estate in 2019. It
# paid £1.2m.' -> 'The trust paid £1.2m.'; 'Il Comune ha stanziato 2 milioni di euro. Prevede
# di aprire il cantiere nel 2026.' -> 'Il Comune prevede di aprire il cantiere nel 2026.'. Only
# when the sentence before has no other phrase the pronoun, or the unsaid subject, could
# stand for (in number, and as a thing or a person).

_EN_CARRIED = re.compile(r"^(?P<pronoun>It|They) (?P<rest>[a-z].+)$")
_EN_DETERMINERS = frozenset(
    "the a an its this that these those his her their another each every our".split()
)
_EN_BE_WORDS = frozenset("is was are were 's ’s".split())
_IT_SINGULAR_ARTICLES = frozenset("il lo la l’ un uno una un’".split())
# Verbs that open a sentence with their subject after them ('È stato approvato il piano',
# 'Resta aperto il nodo'): no unsaid subject before them.
_IT_INVERTING = frozenset(
    """è sono era erano fu furono sarà saranno viene vengono venne vennero resta restano rimane
    rimangono arriva arrivano manca mancano serve servono c’è spetta tocca basta occorre
    bisogna conviene sembra pare""".split()
)
_PRONOUN_WORDS = frozenset(
    "it its they them their he she his her him this lui lei loro esso essa essi".split()
)


_COPULAS = frozenset("is was are were è fu era sono erano furono".split())


def colon_subject(text: str, language: str) -> str | None:
    """'Il Po è il fiume più lungo d’Italia: nasce dal Pian del Re.' -> 'Il Po nasce dal Pian
    del Re.': the clause after a colon, with no subject of its own, said of the subject of
    the clause before it (as subject_carried)."""
    before, colon, after = text.partition(": ")
    if not colon or not after[:1].islower() or len(before.split()) > 20:
        return None
    return subject_carried(upper_first(after), before + ".", language, colon=True)


def colon_clause(text: str, language: str) -> str | None:
    """'The body shots told in the end: Devlin landed 97 punches to the body.' -> 'Devlin
    landed 97 punches to the body.': a clause of its own after a colon, its subject a name
    (capitalised, not an article) right before its verb."""
    before, colon, after = text.partition(": ")
    if not colon or len(before.split()) > 20 or _QUOTES.search(text):
        return None
    words = after.split()
    if len(words) < 4 or not words[0][:1].isupper() or words[0].lower() in ARTICLES[language]:
        return None
    for k, word in enumerate(words[1:4], 1):
        if not word[-1:].isalnum():
            return None  # "Tre i punti chiave: il costo, ...": a list, no clause
        if word[:1].islower():
            low = word.lower()
            verb = low in AUXILIARIES[language] or is_finite(word, language)
            return after if verb and all(w[:1].isupper() for w in words[:k]) else None
    return None


# A relative clause set off by commas after a sentence's opening subject: "The fire|, which
# started from a lightning strike on July 19,| grew ...": the subject and its verb without it.
_SUBJECT_ASIDE = re.compile(
    r"^((?:The|Il|Lo|La|L’|I|Gli|Le)\s*[\w’-]+(?:\s+[\w’-]+){0,2}),\s+"
    r"(?:which|who|che|il\s+quale|la\s+quale)\s[^,;:]+,\s+(?=[a-zà-ù])"
)


def subject_carried(text: str, previous: str, language: str, colon: bool = False) -> str | None:
    """The sentence with the subject of the sentence before in place of its pronoun ('It',
    'They') or of its unsaid Italian subject, when that subject is the one phrase of the
    sentence before that agrees (`colon`: the two are one sentence's clauses either side of
    a colon, where what the first says its subject is, is no other phrase)."""
    if text.rstrip()[-1:] not in ".!" or _QUOTES.search(text) or _QUOTES.search(previous):
        return None
    previous = _SUBJECT_ASIDE.sub(r"\1 ", previous, count=1)
    if language == "en":
        return _english_carried(text, previous, colon)
    return _italian_carried(text, previous, colon)


def _subject_and_rest(text: str, language: str) -> tuple[list[str], str, list[str]] | None:
    """(the subject's words, its verb, the words after the verb) of a sentence that opens
    with its subject: an article or a name, then a finite verb, with no comma between."""
    words = text.rstrip(".!").split()
    for i, word in enumerate(words[:9]):
        if not word[-1:].isalnum() and i < 8:
            return None  # a comma or a colon before the verb
        if i == 0 or words[i - 1].lower() in _OPENERS_OF_NOUNS:
            continue  # "The tagged bird": a participle after an article is the noun's
        low = word.lower()
        after = words[i + 1] if i + 1 < len(words) else ""
        present = language == "en" and (
            low in SAY_VERBS["en"] or is_present_at(words[i - 1], word, after, "en")
        )  # "The hospital says ...", "The trust owns 40 farms"
        if low in AUXILIARIES[language] or (word[:1].islower() and is_finite(word, language)):
            present = True
        if present:
            subject = words[:i]
            if subject[-1].lower() in {"non", "not", "never", "also", "still"}:
                return None  # the verb's own words, not the subject's
            if not _subject_words(subject, language) or _joined(subject):
                return None
            if subject[0].lower() not in ARTICLES[language] and not subject[0].startswith("L’"):
                if language == "en" and _bare_plural(subject):
                    return subject, low, words[i + 1 :]  # "Ticket sales rose ..."
                if not all(
                    w[:1].isupper() or w.lower() in {"of", "di", "del", "della"} for w in subject
                ):
                    return None  # neither an article's phrase nor a name
            return subject, low, words[i + 1 :]
    return None


def _bare_plural(words: list[str]) -> bool:
    """Whether English words opening a sentence are a plural noun phrase with no article
    ('Ticket sales', 'Visitor numbers'): lowercase after the first, the last a plural."""
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words[1:])
        and words[0].isalpha()
        and words[-1].endswith("s")
        and not words[-1].endswith(("ss", "us", "is"))
    )


def _english_carried(text: str, previous: str, colon: bool) -> str | None:
    m = _EN_CARRIED.match(text)
    if m is None:
        return None
    pronoun, rest = m.group("pronoun").lower(), m.group("rest")
    said = rest.split()
    if not _opens_verb(said, pronoun) or _PERSONAL["en"].search(rest):
        return None
    if said[0] in _EN_BE_WORDS and not _passive_after_be(said):
        return None  # "It was the worst flood ...": 'it' may be what happened
    parts = _subject_and_rest(previous, "en")
    if parts is None:
        return None
    subject, verb, after = parts
    if verb in _COPULAS and colon:
        after = []  # "The trust is a charity: it ...": what it is, is no other phrase
    if pronoun == "it":
        if _person(subject) is not None or _plural(subject):
            return None
        if _rival(after, plural=False):
            return None
    elif not (_plural(subject) or _bare_plural(subject)) or _rival(after, plural=True):
        return None
    return f"{upper_first(' '.join(subject))} {rest.rstrip()}"


def _passive_after_be(said: list[str]) -> bool:
    """Whether the English words after 'it' or 'they' go on from 'be' as a passive: 'was built
    by', 'is being built by'."""
    k = 2 if len(said) > 2 and said[1] == "being" else 1
    return len(said) > k and is_participle(said[k], "en")


def _rival(words: list[str], plural: bool) -> bool:
    """Whether the English words after a subject hold another phrase a pronoun of that number
    could stand for: a name, a phrase of a determiner or a number with a head of that
    number, a pronoun; for 'they', any plural noun ('planted trees')."""
    for i, word in enumerate(words):
        low = word.lower().strip(",;:.")
        if low in _PRONOUN_WORDS:
            return True
        if plural and low.isalpha() and _plural([low]):
            return True
        if word[:1].isupper() and low not in WHEN_WORDS:
            return True
        if low in _EN_DETERMINERS or low[:1].isdigit() or low in _NUMBER_HEADS:
            head = _head(words[i + 1 :])
            if head is not None and _plural([head]) == plural:
                if not plural and (head in OCCUPATIONS or head in ROLE_WORDS["en"]):
                    continue  # "the minister": a person, whom 'it' does not stand for
                return True
    return False


_NUMBER_HEADS = frozenset("two three four five six seven eight nine ten dozens hundreds".split())


def _head(words: list[str]) -> str | None:
    """The last word of the run of lowercase words that opens `words` (a noun phrase's head,
    roughly), before a preposition or a punctuation mark."""
    head = None
    for word in words:
        low = word.lower()
        if not word[:1].islower() or low in _PREPOSITIONS or low in PREPOSITIONS["en"]:
            break
        if low in AUXILIARIES["en"] or low in {"and", "or", "which", "who", "that"}:
            break
        head = low.strip(",;:.")
        if not word[-1:].isalpha():
            break
    return head


def _italian_carried(text: str, previous: str, colon: bool) -> str | None:
    words = text.rstrip().split()
    if len(words) < 3:
        return None
    verb = words[0]
    low = verb.lower()
    if low in _IT_INVERTING and not _essere_compound(words):
        return None
    if not verb[:1].isupper() or verb[1:2].isupper():
        return None
    if not (low in AUXILIARIES["it"] or is_finite(low, "it")):
        return None
    plural = low.endswith("no")
    if not plural and not low.endswith(("a", "e", "à", "ò", "é")) and low not in {"ha", "è", "fu"}:
        return None  # a first or second person, or no verb
    parts = _subject_and_rest(previous, "it")
    if parts is None:
        return None
    subject, before_verb, after = parts
    if before_verb.endswith("no") != plural or before_verb == "sono" and not plural:
        return None  # the two verbs do not agree: two subjects
    if before_verb in _COPULAS and colon:
        after = []  # "Il Po è il fiume più lungo d’Italia: nasce ...": what it is, is no rival
    if _italian_rival(after, plural) or _subject_after_verb(words[1:], plural):
        return None  # another phrase before, or a subject after the verb ('Ha vinto il Napoli')
    subject_text = upper_first(" ".join(subject))
    return f"{subject_text} {low} {' '.join(words[1:])}"


_IT_ESSERE = frozenset("è sono era erano fu furono".split())
_IT_STATO = frozenset("stato stata stati state".split())


def _essere_compound(words: list[str]) -> bool:
    """Whether an Italian sentence opens with 'essere' as the auxiliary of a participle ('È
    stato inaugurato nel 1987', 'Sono nate nel 2019'), not as a verb whose subject may follow
    ('È il primo ...', 'Sono 300 i posti'): _subject_after_verb still looks past it."""
    if words[0].lower() not in _IT_ESSERE or len(words) < 3:
        return False
    k = 2 if words[1].lower() in _IT_STATO else 1
    return is_participle(words[k].lower(), "it")


def _italian_rival(words: list[str], plural: bool) -> bool:
    """Whether the Italian words hold a phrase of that number an unsaid subject could be: a
    name, an article's phrase, also after a preposition ('il progetto del parco': the park may
    be what is meant), not a year ('nel 2026'), a count of things ('300 soci' for a plural)."""
    articles = IT_PLURAL_ARTICLES if plural else _IT_SINGULAR_ARTICLES
    for i, word in enumerate(words):
        low = word.lower().strip(",;:.")
        if low in _PRONOUN_WORDS:
            return True
        if word[:1].isupper() and low not in WHEN_WORDS:
            return True
        if low in articles or (not plural and low.startswith(("l’", "un’"))):
            return True
        if low in ARTICULATED and ARTICULATED[low] in articles:
            if i + 1 < len(words) and not words[i + 1][:1].isdigit():
                return True
        if plural and (low[:1].isdigit() or low in _NUMBER_WORDS_IT):
            return True
    return False


def _subject_after_verb(words: list[str], plural: bool) -> bool:
    """Whether the words after an Italian verb open with a phrase that may be its subject
    ('Ha vinto il Napoli', 'Nasce oggi un nuovo ente'): an article's phrase of the verb's
    number, a name, a count for a plural; past a participle or an adverb, not after a
    preposition ('Nasce dal Pian del Re')."""
    articles = IT_PLURAL_ARTICLES if plural else _IT_SINGULAR_ARTICLES
    for word in words[:4]:
        low = word.lower().strip(",;:.")
        head = low.split("’")[0] + "’" if "’" in low else low
        if low in PREPOSITIONS["it"] or head in ARTICULATED or low in ARTICULATED:
            return False
        if low in articles or (not plural and head in {"l’", "un’"}):
            return True
        if word[:1].isupper() or low in _PRONOUN_WORDS:
            return True
        if plural and (low[:1].isdigit() or low in _NUMBER_WORDS_IT):
            return True
        if not word[-1:].isalpha():
            return False
    return False


_NUMBER_WORDS_IT = frozenset("due tre quattro cinque sei sette otto nove dieci cento mille".split())


# ---------------------------------------------------------------------------------------------
# A person said again by a pronoun: 'The win crowned Amy Ross's career. She trains 18 horses.'
# -> 'Amy Ross trains 18 horses.'. The sentence before must name one person and no other; a
# name whose given name tells no gender ('Tamsin Rudd', a surname alone) stands for the
# pronoun only when no other person of the document is of the pronoun's gender and the
# sentence before names no one else by a word of it ('his wife', 'the chairman').

_PERSON_PRONOUN = {
    "en": re.compile(r"^(?P<pronoun>He|She) (?=[a-z])"),
    "it": re.compile(r"^(?P<pronoun>Lui|Lei) (?=[a-zàèéìòù])"),
}
_FEMININE_PRONOUNS = frozenset({"She", "Lei"})
_SELF = re.compile(r"^(?:stesso|stessa|himself|herself)\s+")
# Words for a person of one gender, a rival to a name that tells none.
_GENDERED_WORDS = {
    "f": frozenset(
        """woman women mother wife daughter sister widow girl girls grandmother aunt niece
        chairwoman businesswoman actress queen princess lady donna donne madre moglie figlia
        sorella vedova ragazza nonna zia""".split()
    ),
    "m": frozenset(
        """man men father husband son brother widower boy boys grandfather uncle nephew chairman
        businessman actor king prince uomo uomini padre marito figlio fratello vedovo ragazzo
        nonno zio""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def person_named(
    text: str,
    previous: str,
    language: str,
    people: dict[str, str],
    surnames: Collection[str] = (),
) -> str | None:
    """'She was fed every 30 minutes.' -> 'Amy Ross was fed every 30 minutes.' when the
    sentence before names one person and no other (`people`: a name the document gives a
    person -> the full name; `surnames`: persons the document names by a surname alone),
    of the pronoun's gender or of none known (see above)."""
    m = _PERSON_PRONOUN[language].match(text)
    if m is None:
        return None
    named = {full for name, full in people.items() if _names(previous, name)}
    named |= {name for name in surnames if _names(previous, name)}
    if len(named) != 1:
        return None
    name = named.pop()
    want = "f" if m.group("pronoun") in _FEMININE_PRONOUNS else "m"
    said = gender(name) if " " in name else None  # a surname alone tells no gender
    if said is None:
        others = {full for full in people.values() if full != name}
        if any(gender(full) == want for full in others):
            return None  # 'she' may be that other woman
        if any(w.lower() in _GENDERED_WORDS[want] for w in _WORD.findall(previous)):
            return None  # 'his wife': someone else of that gender
    elif said != want:
        return None  # the pronoun stands for someone else
    return f"{name} {_SELF.sub('', text[m.end() :], count=1)}"


def _names(text: str, name: str) -> bool:
    """Whether the text holds the name as whole words, maybe in the possessive ('Rudd’s')."""
    if name not in text:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?:[’']s)?(?![\w’'-])", text) is not None


# A surname alone that the text shows is a person's: a relative of a person right after it
# ('said Laidlaw, who trained the winner').
_SURNAME_WHO = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]{2,}), who ")


def surnames_alone(texts: Collection[str], people: Collection[str]) -> frozenset[str]:
    """The single capitalised words the texts have a relative 'who' after (a person's, not a
    firm's 'which'), that no name of `people` already holds."""
    found = set()
    for text in texts:
        if ", who " in text:
            for m in _SURNAME_WHO.finditer(text):
                before = text[: m.start()].split()
                if before and before[-1][:1].isupper():
                    continue  # the end of a longer name ("Fiona Laidlaw, who")
                found.add(m.group(1))
    taken = {word for name in people for word in name.split()}
    return frozenset(w for w in found if w not in taken and w.lower() not in _PRONOUN_WORDS)
