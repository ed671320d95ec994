"""The clause around a count: who does what, and what stands between the verb and the
number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...chunks import (
    ADVERBIALS,
    PREPOSITIONS,
    Token,
    index_at,
    joins_digits,
    main_verb,
    starts_with_subject,
    tokens,
)
from ...document import NAME_RUN, Document, Sentence, is_known_word
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_EXTRAPOSED_IT,
    EN_MODALS,
    IT_PLURAL_ARTICLES,
    QUANTIFIERS,
    ROLE_WORDS,
    STOPWORDS,
    UNITS,
    WAYS,
    WEEKDAYS,
)
from ...memo import per_document
from ...phrase import of_phrase
from ...text import lower_first, squash, upper_first
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_present_at,
    is_present_s_at,
    is_verb_lemma,
    lemma,
    may_be_present,
    s_form_at,
)
from ..common import drop_titles, lower_initial
from ..subject import refers_to_entry
from .counts import (
    _AND,
    _APPROX,
    _EXTRA_UNITS,
    _MONTHS,
    _YEAR,
    _bare_noun,
    _governs,
    _plural,
    _verb_like,
)
from .tails import second_of_pair, tail_of
from .words import NUMBER_WORDS, _alternation

_APPROX_PAIRS = frozenset(
    [
        ("più", "di"),
        ("meno", "di"),
        ("fino", "a"),
        ("more", "than"),
        ("less", "than"),
        ("fewer", "than"),
        ("at", "least"),
        ("up", "to"),
        ("a", "combined"),  # "flew for| a combined| 1,460 hours": a sum, no other figure
        ("a", "record"),  # "treated| a record| 42,000 hectares"
    ]
)


# Words of degree before an approximation, part of it: "poco| più di", "just| over", "a
# little| over", "slightly| more than", "well| under".
_DEGREES = frozenset("poco just slightly well little".split())


# What a word of degree turns into an approximation, though alone it is none: "just under".
_DEGREE_ONLY = frozenset(["under"])


def _degree_before_approx(words: tuple[str, ...], i: int) -> int:
    """How many words of degree open an approximation at `i` ('a little| over', 'poco| più
    di'), with the 'under' a degree makes one ('just under|'); 0 when none do."""
    n = 2 if tuple(words[i : i + 2]) == ("a", "little") else 1
    if n == 1 and (words[i] not in _DEGREES or words[i] == "little"):
        return 0
    after = tuple(words[i + n : i + n + 2])
    if not after:
        return 0
    if after[0] in _DEGREE_ONLY:
        return n + 1
    if after in _APPROX_PAIRS or (after[0] in _APPROX and after[0] not in _LINKS):
        return n
    return 0


def _approximation_start(toks: list[Token], at: int) -> int:
    """Where the approximation before the number at `at` starts, its words of degree
    included ('employs| just over 70', 'planted| a little over 900'); `at` when none."""
    k = at
    while k > 1 and toks[k - 1].low in _APPROX:
        k -= 1
    if k > 1 and toks[k - 1].low in _DEGREE_ONLY and toks[k - 2].low in _DEGREES:
        k -= 1
    if k > 1 and k < at and toks[k - 1].low in _DEGREES:
        k -= 1
    if k > 1 and toks[k - 1].low == "a" and toks[k].low == "little":
        k -= 1
    return k


# Approximation words that alone link rather than round: "di", "than".
_LINKS = frozenset("di than at least more più".split())


@lru_cache(maxsize=4096)  # the rules of a figure ask for its frame's exact words again
def _exact_words(between: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_without_approx(between))


def _without_approx(words: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        degree = _degree_before_approx(words, i)
        if degree:
            i += degree
            continue
        if tuple(words[i : i + 2]) in _APPROX_PAIRS:
            i += 2
            continue
        if words[i] not in _APPROX or words[i] in _LINKS:
            out.append(words[i])
        i += 1
    return out


_LEADING_DATE = re.compile(
    r"^(?:(?:Nel|Nei|Negli|Nella|Nelle|In|Il|On|A|Ad|Da|Dal|Dalla|Entro|Dopo)\s+|Dall’)"
    r"[^,]{0,25}?\d{4},?\s+"
)


def _leading_date(text: str, language: str) -> re.Match[str] | None:
    """The match of _LEADING_DATE when it holds no verb: 'Il 3 maggio 2024' opens a clause,
    'Il pastificio ha chiuso il 2024' is one."""
    m = _LEADING_DATE.match(text)
    if m is None or any(_verb_word(t, language) for t in tokens(m.group(0))):
        return None
    after = text[m.end() :].split(None, 1)[:1]
    if after and _verb_word(tokens(after[0])[0], language):
        return None  # "Dal 2024 ha in carico ...": no subject after it to ask of
    return m


# An English leading year after a preposition of time, before a subject: "Since 2024| the
# array has paid ...", "By 2030 Halvora will employ ..." (the question asks it at its end).
_EN_LEADING_YEAR = re.compile(
    r"^(?:Since|By|Until|Before|After|From)\s+(?:[A-Z][a-z]+\s+)?(?:1\d{3}|20\d{2}),?\s+"
    r"(?=(?:the|its|their)\s|[A-Z])"
)


# A leading phrase of a preposition and its noun, cut by a comma: "Under the licence, the
# trust must ...", "In base all’accordo, il Comune ...". The question asks the clause with the
# phrase at its end, as it does a leading date ("... under the licence?"). No figure in it: the
# question would tell it.
_LEADING_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù]+(?:\s+base\s+a[a-z’]*)?)\s[^,;:()“”«»\"\d]{2,40}?,\s+(?=[^\W\d])"
)


# A leading phrase of time with a year in it, cut by a comma: "In the 1990s, ...", "At its
# peak in the 1970s, ...", "Alla fine del 2024, ...". The year is the phrase's, not the
# clause's figure; the question keeps the phrase at its end, as it does a leading date.
_LEADING_YEAR_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù’]*)\s[^,;:()“”«»\"\d]{0,30}?(?<![\d.,])\d{4}s?,\s+(?=[^\W\d])"
)


# An Italian leading phrase with no comma, up to the article of the subject: "Per il primo
# anno| la scuola ospiterà ...", "Dopo la tempesta| i volontari hanno piantato ...".
_IT_BARE_LEADING_PHRASE = re.compile(
    r"^(?P<prep>[A-Z][a-zà-ù]+(?:’(?=[a-zà-ù]))?)\s?"
    r"(?P<np>(?:[a-zà-ù’]+\s){0,3}?[a-zà-ù’]*[a-zà-ù])\s(?=(?:il|lo|la|i|gli|le)\s|l’)"
)


# The same of a place's name after "a" or "in": "A Vallorsa| il comitato ha raccolto ...".
_IT_LEADING_PLACE = re.compile(
    r"^(?P<prep>A|Ad|In)\s(?P<np>[A-Z][a-zà-ù]+(?:\s[A-Z][a-zà-ù]+){0,2})\s"
    r"(?=(?:il|lo|la|i|gli|le)\s|l’)"
)


# Demonstratives that open a leading phrase as an article does: "Durante quelle piene| ...".
_IT_DEMONSTRATIVES = frozenset(
    "questo questa questi queste quel quello quella quei quegli quelle".split()
)


def _bare_leading_phrase(text: str) -> re.Match[str] | None:
    """The match of _IT_BARE_LEADING_PHRASE when it is a preposition and one noun phrase: an
    articulated preposition, or a plain one and an article ('Per il primo anno'), then words
    with no article, verb or function word at the end ('Durante tutto| il mese' is no phrase)."""
    m = _IT_BARE_LEADING_PHRASE.match(text)
    if m is None:
        return _IT_LEADING_PLACE.match(text)
    prep, words = m.group("prep").lower(), m.group("np").split()
    if prep.endswith("’") != (text[m.end("prep") : m.end("prep") + 1] != " "):
        return None  # "Nell’ultimo quarto": the elided article joins its noun, no space
    if words[0].startswith("l’"):
        words = ["l’", words[0][2:]] + words[1:]  # "Dopo l’alluvione"
    if prep not in ARTICULATED:
        determiner = words[0] in ARTICLES["it"] or words[0] in _IT_DEMONSTRATIVES
        if prep not in PREPOSITIONS["it"] or not determiner or len(words) < 2:
            return None
        words = words[1:]
    if any(w in ARTICLES["it"] or w in ARTICULATED or w in PREPOSITIONS["it"] for w in words):
        return None
    if any(w[: w.find("’") + 1] in ARTICULATED for w in words if "’" in w):
        return None  # "Dall’inizio dell’anno": a second phrase, as "del" would open
    if words[-1] in STOPWORDS["it"]:
        return None
    return m


# English phrases that link a sentence to the one before, no adverbial a question keeps.
_EN_LINKING_PHRASES = frozenset(
    [
        *("by contrast", "in contrast", "by comparison", "in comparison", "in addition"),
        *("in fact", "in particular", "of course", "in short", "in turn", "in other words"),
        *("on the other hand", "for example", "for instance", "as a result", "in response"),
    ]
)


# An Italian infinitive with a clitic joined to it: "riuscirci", "farlo", "raggiungerne".
_IT_INFINITIVE_CLITIC = re.compile(r"[aei]r(?:ci|vi|lo|la|li|le|ne|si|gli|glielo)$")


# An English leading phrase with no comma, up to the article of the subject: "Last year| the
# trust recorded ...", "In the first week| the shop sold ...", "At full capacity| the factory
# will make ...": a preposition or a word of time, maybe an article, then plain words.
_EN_BARE_LEADING_PHRASE = re.compile(
    r"^(?P<prep>At|In|During|Since|After|Before|By|Over|Until|On|Last|This|Next)"
    r"(?:\s+(?:the|its|their|those|these|that|this))?"
    r"(?:\s+(?!(?:the|a|an|its|their|his|her|then|that|this|these|those|it)\s)[a-z0-9][a-z0-9-]*){1,3}"
    r"\s+(?=(?:the|its|their)\s+[a-z])"
)


_EN_TIME_DETERMINERS = frozenset("last this next".split())


# Adverbs of the present time, which a question keeps at its end: "Oggi| l’associazione
# assiste ...", "The charity today| supports ...".
_NOW_ADVERBS = frozenset("oggi attualmente today currently".split())


_TIME_ADVERB_LEAD = re.compile(r"^(?P<prep>Oggi|Attualmente|Today|Currently),?\s+")


# A leading time of day, and its day, up to the subject's article: "Alle 9.30 di sabato 21
# novembre| le sirene ...", "At 06:42 on Monday,| the first train ...".
_CLOCK_LEAD = re.compile(
    r"^(?P<prep>Alle|All’|At)\s+\d{1,2}[.:]\d{2}(?:\s+(?:di|del|on)\s+[^,;:()]{1,30}?)?,?\s+"
    r"(?=(?:Il|Lo|La|I|Gli|Le|il|lo|la|i|gli|le|l’|the)\s)"
)


# A source after a leading phrase, in lowercase: "In 2024, according to the council, ...".
_LOWER_SOURCES = {"en": "according to ", "it": "secondo "}


# A leading phrase that says where something was said: "In a statement,", "In una nota,".
_SOURCE_PHRASE = re.compile(
    r"(?i:in|with)\s+(?:a|an|its|his|her|their|the|una|un|il|la|uno)\s+(?:\w+\s+)?"
    r"(?:statement|letter|report|interview|post|note|email|nota|comunicato|lettera|intervista)\b"
)


# An Italian time the sentence opens with, no preposition and no comma, up to the article of
# the subject: "Quest’anno| il consorzio ha impiegato ...", "Lo scorso anno| la cooperativa
# ...", "L’estate scorsa| il Comune ...".
_IT_TIME_WORD = r"(?:anno|mese|settimana|estate|inverno|autunno|primavera|stagione)"
_IT_TIME_LEAD = re.compile(
    rf"^(?P<prep>(?:Quest’|Questo\s+|Questa\s+){_IT_TIME_WORD}"
    rf"|(?:L’|Lo\s+|La\s+|Il\s+){_IT_TIME_WORD}\s+(?:scors|prossim)[oa]"
    rf"|(?:Lo|La|Il)\s+(?:scors|prossim)[oa]\s+{_IT_TIME_WORD}),?\s+"
    r"(?=(?:il|lo|la|i|gli|le)\s|l’)"
)


def _leading_phrase(text: str, language: str) -> re.Match[str] | None:
    if language == "it" and text[:1] in "QLI":
        time = _IT_TIME_LEAD.match(text)
        if time is not None:
            return time
    m = _LEADING_PHRASE.match(text) if text[:1].isupper() else None
    if m is None and text[:1].isupper() and _YEAR.search(text, 0, 40):
        m = _LEADING_YEAR_PHRASE.match(text)
    if m is None and language == "it" and text[:1].isupper():
        m = _bare_leading_phrase(text)
    if m is None and language == "en" and text[:1].isupper():
        m = _EN_BARE_LEADING_PHRASE.match(text)  # "Last year| the trust recorded ..."
    if m is None and text[:1].isupper():
        m = _TIME_ADVERB_LEAD.match(text)  # "Oggi| l’associazione assiste ..."
    if m is None and text[:1] == "A":
        m = _CLOCK_LEAD.match(text)  # "Alle 9.30 di sabato| le sirene hanno suonato ..."
    if m is None:
        return None
    prep = m.group("prep").split()[0].lower()
    if prep not in PREPOSITIONS[language] and prep not in ARTICULATED or prep == "to":
        if prep not in _EN_TIME_DETERMINERS and prep not in _NOW_ADVERBS:
            return None  # "To confirm it, ...": an aim, told of what the sentence before did
    if language == "en" and m.group(0).rstrip(", ").lower() in _EN_LINKING_PHRASES:
        return None  # "By contrast, ...": it links to the sentence before, no time or place
    if _SOURCE_PHRASE.match(m.group(0)):
        return None  # "In a statement, ...": where it was said, no time or place of the fact
    words = m.group(0).rstrip(", ").split()[1:]
    if any(_clause_word(words, i, language) for i in range(len(words))):
        return None  # "After the plant closed, ...": a clause, not a phrase
    if language == "it" and any(_IT_INFINITIVE_CLITIC.search(w) for w in words):
        return None  # "Per riuscirci, ...": what "ci" points to, the question would lack
    rest = text[m.end() :]
    if rest.startswith(_LOWER_SOURCES[language]):  # "In 2024, according to the council, ..."
        rest = rest[_leading_clause_end(upper_first(rest), language) :]
    if not starts_with_subject(tokens(rest[:40]), language) and not _bare_subject_first(rest):
        return None
    return m


# Words of how many, which open no plain subject: "Last year, many people| came".
_EN_QUANTIFIERS = frozenset("many some several few all both other such no most".split())


def _bare_subject_first(rest: str) -> bool:
    """Whether an English clause after a leading phrase opens with a plural subject of no
    article, right before its verb: 'Last year,| ticket sales| rose ...', '..., parking
    charges| rose' (a word in -ing before the plural is its modifier)."""
    words = rest.split(maxsplit=4)[:4]
    verb = next((i for i, w in enumerate(words) if i and is_finite(w, "en")), None)
    if verb is None:
        return False
    subject = words[:verb]
    if not all(w.isalpha() and w.islower() for w in subject):
        return False
    if any(
        w in PREPOSITIONS["en"]
        or w in ADVERBIALS["en"]
        or w in _EN_QUANTIFIERS
        or w in STOPWORDS["en"]
        or w.endswith("ly")
        for w in subject
    ):
        return False
    return _plural(subject[-1], "en")


def _clause_word(words: list[str], i: int, language: str) -> bool:
    """Whether a word of a leading phrase makes it a clause: a finite verb, or a gerund that
    no determiner makes a modifier of a noun ('During the breeding| season' is a phrase)."""
    word = words[i]
    if is_finite(word, language):
        return True
    if not is_gerund(word, language):
        return False
    before = words[i - 1].lower() if i else ""
    return before not in _SUBJECT_ARTICLES[language] and before not in _POSSESSIVES


_VERB_GLUE = frozenset(
    "si ci è sono stato stata stati state ha hanno has have had was were be been".split()
)


_CLITICS = frozenset("non si ci ne vi lo la li le gli mi ti".split())


# Adverbs inside a verb group: kept in the question ("has not stopped") or dropped ("also").
_KEPT_ADVERBS = frozenset("not never non mai".split())


# Prepositions whose adverb is their object, no adverb of the verb after it: "until now",
# "fino ad ora", "per ora".
_BEFORE_ADVERB = {"en": PREPOSITIONS["en"] | {"till"}, "it": PREPOSITIONS["it"] | {"ad"}}
_DROPPED_ADVERBS = frozenset(
    """already also still first ever già anche ancora ormai finora inoltre recently now ora
    adesso""".split()
)


# After an auxiliary, a participle the lemmatizer takes for an adjective: "è articolata".
_PARTICIPLE_ENDINGS = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "ed")


# After these, the word is a participle, however irregular: "sono stati soccorsi".
_PASSIVE = frozenset("stato stata stati state been".split())


# After "ha", a lowercase word ending in a vowel is a participle: "ha speso", "ha vinto".
_HAVE_AUX = frozenset("ha hanno aveva avevano avrà avranno abbia abbiano".split())


def _italian_participle(t: Token) -> bool:
    return (
        t.text.islower()
        and t.low.endswith(("o", "a", "i", "e"))
        and t.low not in STOPWORDS["it"]
        and t.low not in PREPOSITIONS["it"]
        and t.low not in _APPROX
        and t.low not in NUMBER_WORDS["it"]
    )


_BREAKS = frozenset({",", ";", ":", "“", "”", "«", "»", "(", ")"})


_PRONOUNS = frozenset("it they esso essa essi esse".split())


# Prepositions a count may follow: "è articolata in quattro sezioni", "for eleven days", "è
# composto da nove membri"; not those of ranges ("between", "to"): "da 11 a 22" has no noun
# after its first number, so it is no count.
_COUNT_PREPOSITIONS = {
    "it": frozenset("in con per su a ad di da".split()),
    "en": frozenset("in into with for by on from to across among through".split()),
}


# English prepositions of where from, where to and among, that a count may follow.
_PLACE_PREPOSITIONS = frozenset("from to across among".split())


_COPULAS = frozenset("essere be".split())


@dataclass(frozen=True)
class _Frame:
    subject: str  # "l’Osservatorio Vesuviano"; "" when no subject opens the clause
    verb: tuple[str, ...]  # "ha registrato", "non si è fermata", "has not stopped"
    between: tuple[str, ...]  # the words from the verb group to the number, lowercased
    opening: str  # an adverbial that opens the clause in place of a subject: "sul posto"
    when: str  # a leading date, moved to the end of the question: "nel 2024"
    between_text: str = ""  # the words from the verb group to the number, as written

    @property
    def exact(self) -> list[str]:
        """The words before the number without its approximation: 'per oltre' -> 'per',
        'a length of more than' -> 'a length of'."""
        return list(_exact_words(self.between))  # a list of its own, the words kept

    @property
    def preposition(self) -> str | None:
        """The one preposition before the number, approximations aside ('per oltre')."""
        exact = self.exact
        return exact[0] if len(exact) == 1 else None

    @property
    def approximate_only(self) -> bool:
        return not self.exact


def _present_verb(toks: list[Token], at: int) -> int | None:
    """An English verb in the present, right before the number: 'The tablet holds| 14 lines'
    (the simple present is neither an auxiliary nor a past the verb lists know)."""
    k = _approximation_start(toks, at) - 1
    if k > 0 and (toks[k].low in _COUNT_PREPOSITIONS["en"] or toks[k].low == "to"):
        k -= 1  # "The canal runs for 35 miles", "The bill amounts to £5m"
    elif k > 1 and toks[k].low == "of" and toks[k - 1].low == "consists":
        k -= 1  # "The jury consists of 12 people"
    w = toks[k].low if k > 0 else ""
    if (w in _WEIGH or w in _MEASURE) and toks[k].text.islower():
        return k  # "The three pieces weigh| 214 grams": a plural present, before a measure
    if w in _SAME_FORM_PASTS and toks[k].text.islower() and toks[k - 1].low != "to":
        # "The project cost €435m", "Return fares for the service cost £48": the sum right
        # after it makes it the verb, whatever plural comes before it
        return k if toks[k - 1].low not in ARTICLES["en"] else None
    if k > 1 and toks[k - 1].low in _SAME_FORM_PASTS and toks[k - 1].text.islower():
        # "The operation cost| ratepayers £86,000": the plural after it is whom it cost
        if _plural(w, "en") and toks[k - 2].low not in ARTICLES["en"]:
            return k - 1
    whom = _same_form_past_before_whom(toks, k)
    if whom is not None:  # "The flood cost| the club| £18,000"
        return whom
    if any(may_be_present(t.text, "en") for t in toks[1:k]):
        return None  # "The plan raises taxes by 2%": which of the two is the verb?
    if w.endswith("s") and toks[k].text.islower() and lemma(w, "en") != w:
        return k
    return None


_LONGEST_WHOM = 3  # words after the article: "the parish council"


def _same_form_past_before_whom(toks: list[Token], k: int) -> int | None:
    """'cost' as the verb before whom it cost, a noun phrase with its article that ends at
    `k`, right before the sum: 'The flood cost| the parish council| £18,000'; None when a
    word before 'cost' is an article ('the cost the council ...': a noun)."""
    for j in range(k - 2, max(0, k - 2 - _LONGEST_WHOM), -1):
        if toks[j].low not in _SAME_FORM_PASTS or not toks[j].text.islower() or j < 1:
            continue
        if toks[j - 1].low in ARTICLES["en"] or toks[j + 1].low not in _EN_SUBJECT_ARTICLES:
            return None
        whom = toks[j + 2 : k + 1]
        if all(t.text.isalpha() and t.low not in STOPWORDS["en"] for t in whom):
            return j
        return None
    return None


def _italian_past_in_se(toks: list[Token], at: int) -> int | None:
    """An Italian simple past in '-se' that is a plural noun as well ('spese', 'prese',
    'rese'): a verb only by its place, right before its figure and after a word of its
    subject: 'Il Comune spese| 2,4 milioni' (the participle 'speso' shows the verb)."""
    k = at - 1
    while k > 0 and toks[k].low in _APPROX:
        k -= 1
    word, before = toks[k], toks[k - 1] if k > 1 else None
    if before is None or not word.text.islower() or not word.low.endswith("se"):
        return None
    if not before.text.isalpha() or before.low in STOPWORDS["it"]:
        return None  # "le spese| 2,4 milioni": a noun after its article
    return k if is_participle(word.low[:-1] + "o", "it") else None


# The modals' infinitives before another ("di poter coprire", "di dover pagare").
IT_MODAL_INFINITIVES = frozenset("poter potere dover dovere voler volere saper sapere".split())

# The infinitives of the Italian present in "-a" ("punta": "puntare") and "-e" ("crede").
_IT_PRESENT_INFINITIVES = {"a": ("are",), "e": ("ere", "ire")}


def _italian_verb_before_infinitive(toks: list[Token], at: int) -> int | None:
    """An Italian present that is a noun as well ('punta', 'stima', 'conta'), a verb by its
    place: right after a subject of an article and a noun or of a name, before 'di'/'a' and
    the infinitive that governs the figure: 'La società punta| a vendere 12.000 biglietti',
    'Federfarma stima| di poter coprire 250.000 vaccinazioni'."""
    for k in range(1, at - 2):
        word = toks[k]
        infinitive = toks[k + 2].low
        if toks[k + 1].low not in {"di", "a", "ad"} or not (
            infinitive.endswith(_IT_INFINITIVES) or infinitive in IT_MODAL_INFINITIVES
        ):
            continue
        if not word.text.isalpha() or not word.text.islower() or len(word.text) < 4:
            return None
        ends = _IT_PRESENT_INFINITIVES.get(word.low[-1])
        if ends is None or not any(is_known_word(word.low[:-1] + e, "it") for e in ends):
            return None
        subject = toks[:k]
        name = all(t.text[:1].isupper() and t.low not in STOPWORDS["it"] for t in subject)
        noun = len(subject) == 2 and subject[0].low in ARTICLES["it"] and subject[1].text.islower()
        return k if (name and len(subject) <= 3) or noun else None
    return None


# Verbs whose past is their base form, and a noun as well: a verb only by their place.
_SAME_FORM_PASTS = frozenset(["cost"])


# English verbs whose past is their base form: after a singular subject, a past ("The firm
# cut| prices", not "cuts").
_EN_SAME_FORM_VERBS = frozenset("cut put set hit shut spread split quit".split())


_EN_SUBJECT_ARTICLES = frozenset("the a an its their his her this that".split())


def _same_form_past(toks: list[Token], at: int) -> int | None:
    """An English verb whose past is its base form, right after a singular subject of an
    article and a noun or after a name, before its object: 'The firm cut| prices by 10
    pence', 'Storm Ciara hit| 40 homes' (after a plural noun it may be a present)."""
    for i in range(2, at):
        if toks[i].low not in _EN_SAME_FORM_VERBS or not toks[i].text.islower():
            continue
        before, after = toks[i - 1], toks[i + 1]
        named = before.text[:1].isupper() and before.text.isalpha() and i - 1 > 0
        noun = (
            before.text.isalpha()
            and before.text.islower()
            and before.low not in STOPWORDS["en"]
            and toks[i - 2].low in _EN_SUBJECT_ARTICLES
            and not _plural(before.low, "en")
        )
        if not (named or noun) or is_finite(after.low, "en"):
            return None
        if any(_present_at(toks, j) for j in range(i + 2, at)):
            return None  # "The road cut| through the hills saves| 20 minutes": a noun
        return i
    return None


def _present_at(toks: list[Token], j: int) -> bool:
    """Whether the English word at `j` is a verb in the present by its place."""
    return j + 1 < len(toks) and is_present_at(
        toks[j - 1].text, toks[j].text, toks[j + 1].text, "en"
    )


_EN_HAVE = frozenset("has have had".split())


# Italian presents the lemmatizer reads as nouns, a verb right before a measure.
_IT_NOUN_VERBS = frozenset("misura misurano costa costano".split())


# English modals and "do": the bare verb after them is part of the verb group ("will build").
_MODALS = EN_MODALS | frozenset("do does did".split())


def _english_infinitive(t: Token) -> bool:
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.low not in STOPWORDS["en"]
        and t.low not in _APPROX
        and t.low not in NUMBER_WORDS["en"]
    )


# The modals that open a verb group of their own; "do" only carries another verb's tense.
_TRUE_MODALS = EN_MODALS


# The auxiliaries a modal may govern, that open a passive or a perfect: "must be reported".
_MODAL_AUXILIARIES = frozenset("be have".split())


def _modal_verb(toks: list[Token], at: int, verb: int | None) -> int | None:
    """The English modal before `verb` that governs a bare verb, which the lemmatizer may miss
    for a noun after it: 'The trust must monitor| the otters' (the verb is 'must')."""
    end = at - 1 if verb is None else verb
    for i in range(1, end):
        if toks[i].low in _TRUE_MODALS and (
            _english_infinitive(toks[i + 1]) or toks[i + 1].low in _MODAL_AUXILIARIES
        ):
            return i  # "must monitor", "must be| reported", "will have| spent"
    return verb


def _present_before_to(toks: list[Token], at: int) -> int | None:
    """An English verb in -s that governs 'to' and a bare verb before the count: 'The council
    plans| to build 300 homes', 'The team hopes| to tag ten chicks' (no plural noun is
    followed by 'to' and a verb)."""
    for i in range(1, at - 2):
        word = toks[i].low
        if toks[i + 1].low != "to" or not _english_infinitive(toks[i + 2]):
            continue
        if word.endswith("s") and toks[i].text.islower() and lemma(word, "en") != word:
            return i if word not in STOPWORDS["en"] else None
        return None
    return None


def _plural_present(toks: list[Token], at: int) -> int | None:
    """An English verb in the plural present right after its plural subject, before the
    number: 'The trams carry| 300 people', 'Pups rely| on milk for three weeks' (a verb that
    takes no object is known by name)."""
    for i in range(1, at):
        before, word = toks[i - 1], toks[i]
        opening = i == 1 and before.text[1:].islower()  # "Pups rely| on ..."
        if not (before.text.islower() or opening) or not before.text.isalpha():
            continue  # "the city’s| bus routes": an owner, no plural
        if before.low == "s" and i > 1 and toks[i - 2].text.endswith(("’", "'")):
            continue  # "the company’s| mills": the owner's "s", no plural noun
        if not _plural(before.low, "en") or before.low in STOPWORDS["en"]:
            continue
        if _verb_like(before.low):
            continue
        if word.low == "of":  # "The reefs| of the lagoon| feed 3,000 people"
            verb = _after_of_complement(toks, i, at)
            return verb if verb is not None and verb < at else None
        if word.low in _DROPPED_ADVERBS and i + 1 < at:  # "The reefs also| feed ..."
            i += 1
            word = toks[i]
        after = toks[i + 1].text
        if is_plural_present_at(word.text, after, "en"):
            return i
        if _ly_adverb(after.lower()) and i + 2 < at:  # "Pups rely entirely| on ..."
            after = toks[i + 2].text
        if word.text in _EN_PLAIN_PRESENTS and after.lower() in PREPOSITIONS["en"]:
            return i
        return None  # the first plural noun is the subject's head
    return None


def _after_of_complement(toks: list[Token], of: int, at: int) -> int | None:
    """The index of the verb after a short complement in "of" of a plural subject's head
    ('reefs| of the lagoon| feed'): an article, then one or two nouns in small letters."""
    i = of + 1
    if i < at and toks[i].low in ARTICLES["en"]:
        i += 1
    for noun in range(i, min(i + 2, at - 1)):
        word = toks[noun]
        if not word.text.isalpha() or not word.text.islower() or word.low in STOPWORDS["en"]:
            return None
        if is_plural_present_at(toks[noun + 1].text, toks[noun + 2].text, "en"):
            return noun + 1
    return None


def _present_before_bare_object(toks: list[Token], at: int) -> int | None:
    """An English verb in '-s' after a subject of 'the' and one noun, before an object with no
    article, no other verb or '-s' form before the number: 'The festival receives| core
    funding of €1.3m' ('The project costs rose' has a verb after it: 'costs' is a noun)."""
    if at < 4 or toks[0].low not in ("the", "a", "an"):
        return None
    noun, word, after = toks[1], toks[2], toks[3]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in STOPWORDS["en"]:
        return None
    if _plural(noun.low, "en") or not may_be_present(word.text, "en"):
        return None
    if not after.text.isalpha() or not after.text.islower() or after.low in STOPWORDS["en"]:
        return None
    if any(_finite(t, "en") or may_be_present(t.text, "en") for t in toks[3:at]):
        return None  # "The plan raises taxes by 2%": of two '-s' forms, which is the verb?
    if is_plural_present_at(after.text, toks[4].text, "en"):
        return None  # "The city parks hold| 40 events": the word after may be the verb
    return 2


def _english_present(toks: list[Token], at: int) -> int | None:
    """The first English verb in the present before the number, told from a plural noun by
    its place: 'The line links| the airport with 12 stations'; of two '-s' forms in a row, the
    first, whose object the second ends: 'The scheme costs| (ferry) passengers £4m'."""
    for i in range(1, at):
        after = toks[i + 1].text
        if is_present_at(toks[i - 1].text, toks[i].text, after, "en"):
            return _verb_before_object(toks, i)
        if s_form_at(toks[i - 1].text, toks[i].text, after, "en"):
            verb = _verb_before_object(toks, i)  # "costs| lorry drivers| £40": a noun's '-s'
            if verb != i:
                return verb
    return None


_LONGEST_FIRST_OBJECT = 2  # words of an object before a second one: "ferry passengers"


def _verb_before_object(toks: list[Token], i: int) -> int:
    """The English '-s' form before the plural noun at `i` that takes it as its object, or
    `i`: 'costs| taxpayers', 'gives| primary schools' (plain words in between)."""
    for j in range(i - 1, max(0, i - 1 - _LONGEST_FIRST_OBJECT), -1):
        if is_present_at(toks[j - 1].text, toks[j].text, "the", "en"):
            return j
        if not toks[j].text.isalpha() or not toks[j].text.islower():
            return i
        if toks[j].low in STOPWORDS["en"]:
            return i
    return i


# A clause before the subject that the question leaves out: who says so ("According to the
# ministry, ..."), or a participle or gerund that describes the subject ("Founded in 1994,
# Halvora ...", "Measuring 20cm by 8cm, the tablet ...").
_LEADING_CLAUSE = re.compile(r'^(?P<word>[A-Z][^\W\d_]+)\s[^,;:()“”«»"]{2,80},\s+')


_SOURCE_WORDS = {"en": frozenset(["According"]), "it": frozenset(["Secondo"])}


# Words in -ing and -ed that open an adverbial, not a description of the subject.
_NOT_DESCRIPTIONS = frozenset(
    """During Following Including Regarding Concerning Considering Excluding Notwithstanding
    Morning Evening Spring Nothing Something Everything Anything""".split()
)


# The name of the source in an apposition after its comma: "Secondo il direttore, Marco
# Zambelli, ...", "According to the head of the agency, Jane Smith, ...".
_NAMED_SOURCE = re.compile(NAME_RUN.pattern + r",\s+(?=[a-zA-Z])")


# A leading source whose name has a short bracket, which the plain clause above leaves out:
# "According to Transport for Wales (TfW), ...", "Secondo i dati dell’Agenas (Agenas), ...".
_BRACKETED_SOURCE = re.compile(
    r'^(?:According\s+to|Secondo)\s(?:[^,;:()“”«»"]|\([^()]{1,30}\)){2,100}?,\s+'
)


# An aside about the source, between its comma and the clause: "..., which will run the
# services, ...", "..., welfare officer at the union (UCC), ...", "..., sostenuta in aula
# dal procuratore, ...".
_SOURCE_ASIDE = re.compile(r'(?:[^,;:()“”«»"]|\([^()]{1,30}\)){2,100}?,\s+')


def _source_end(text: str, language: str) -> int:
    """Where the clause starts after a leading source, its bracket and an aside about it (0
    when there is no such source): the aside opens with a relative pronoun or has no verb of
    its own, and a clause follows it."""
    m = _BRACKETED_SOURCE.match(text)
    if m is None:
        return 0
    aside = _SOURCE_ASIDE.match(text, m.end())
    if aside is None:
        return m.end() if "(" in m.group(0) else 0
    words = tokens(text[m.end() : aside.end()])
    if words and _source_aside(words, text[aside.end() :], language):
        return aside.end()  # the aside is the source's, the clause follows it
    return m.end() if "(" in m.group(0) else 0


def _source_aside(words: list[Token], rest: str, language: str) -> bool:
    """Whether the words after a source's comma are an aside about it: a relative clause
    ('which will run the services'), a participle ('sostenuta in aula da ...'), a title with
    its bracket ('welfare officer at the union (UCC)') or an apposition with its article
    before a clause's subject ('l’agenzia regionale, ...'); not the clause itself
    ('buildings account for ...')."""
    first = words[0]
    if first.low in _CLAUSE_WORDS:
        return True
    if first.text.islower() and is_participle(first.text, language):
        return True
    if main_verb(words, language) is not None:
        return False
    if words[-2].text == ")":  # the bracket right before the aside's comma
        return True
    return first.low in ARTICLES[language] and starts_with_subject(tokens(rest[:40]), language)


# English conjunctions of a leading clause of contrast or reason that the question of the main
# clause may leave out (its fact holds without it); not of time or condition ("If", "When").
_EN_ASIDE_CLAUSES = frozenset("While Although Though Whereas Because".split())


def _leading_clause_end(text: str, language: str) -> int:
    """Where the clause starts after a leading source or description and its comma (0 when
    there is none): the subject after it must open with an article or a name."""
    m = _LEADING_CLAUSE.match(text)
    if m is None or m.group("word") in _SOURCE_WORDS[language]:
        source = _source_end(text, language) if text[:1] in "AS" else 0
        if source:
            return source
    if m is None:
        return 0
    word = m.group("word")
    if word in _SOURCE_WORDS[language]:
        # "According to city staff, buildings account for ...": any subject, no relative
        named = _NAMED_SOURCE.match(text, m.end())
        if named:  # "Secondo il direttore, Marco Zambelli, la prevendita ...": his name
            return named.end()
        following = text[m.end() :].split(maxsplit=1)
        return m.end() if following and following[0].lower() not in _CLAUSE_WORDS else 0
    if word in _NOT_DESCRIPTIONS:
        return 0
    if language == "en" and word in _EN_ASIDE_CLAUSES:
        pass  # "While most kept to the paths, the trust recorded ...": a clause of contrast
    elif not (is_participle(word, language) or is_gerund(word, language)):
        return 0
    if not starts_with_subject(tokens(text[m.end() : m.end() + 40]), language):
        return 0
    return m.end()


# What opens an aside between commas right after a subject: a relative pronoun, an apposition
# with its article, a participle ('Il piano, approvato nel 2021, vale ...'), a source.
_ASIDE_OPENERS = {
    "en": frozenset("which who an a the according".split()),
    "it": frozenset("che il lo la l’ i gli le un uno una un’ secondo".split()),
}


_QUOTES = frozenset('“”«»"')


# The participle that ends an Italian aside of what a whole holds: "L’opera|, piattaforma
# compresa,| è costata ...". Not "esclusi", whose figure is no longer the whole's.
_IT_INCLUDED = re.compile(r"(?:compres|inclus)[oaie]")


# An Italian source between commas right before the number, maybe after an approximation:
# "ha raggiunto, secondo i dati della Lega, 410.000 spettatori".
_IT_SOURCE_BEFORE = re.compile(
    r",\s+(?P<source>secondo\s+[^,;:()«»“”\d]{3,60}?),\s+(?=(?:[a-zà-ù]+\s+){0,2}$)"
)


def _without_source(clause: str, at: int) -> tuple[str, int, str]:
    """(clause, number's place, source) with an Italian source aside before the number cut
    out, so that the clause reads on: 'ha raccolto, secondo gli organizzatori, 5.000 firme'
    -> 'ha raccolto 5.000 firme' and 'secondo gli organizzatori'."""
    m = _IT_SOURCE_BEFORE.search(clause, 0, at)
    if m is None:
        return clause, at, ""
    cut = clause[: m.start()] + " " + clause[m.end() :]
    return cut, at - (m.end() - m.start() - 1), m.group("source")


def _subject_aside(clause: str, at: int, language: str) -> tuple[int, int] | None:
    """(first comma, start of what follows the second) of an aside between commas after the
    subject and before the number at `at`: 'The trust|, an independent charity, |relies on
    about 500 volunteers' (the clause reads on without it)."""
    first = clause.find(",")
    if first < 0 or first > at:
        return None
    second = clause.find(",", first + 1)
    while (
        0 < second < len(clause) - 1
        and clause[second - 1].isdigit()
        and clause[second + 1].isdigit()
    ):
        second = clause.find(",", second + 1)  # "38,000": a comma of digits, no aside's end
    if second < 0 or second > at:
        return None
    opening = clause[first + 1 : first + 16].split(maxsplit=1)
    named = (
        language == "en" and clause[:4].lower() == "the " and _name_aside(clause, first, second)
    ) or (language == "it" and _name_apposition(clause[:first], clause[first + 1 : second]))
    if not opening or not (
        named or opening[0].islower() or opening[0].lower() in _ASIDE_OPENERS[language]
    ):
        return None  # the cheap test first: an aside opens with a lowercase word or an article
    head = tokens(clause[:first])
    inner = tokens(clause[first + 1 : second])
    # a relative clause may run longer than other asides: "The company, which provides 38,000
    # hours of care a week under contracts with two councils, employs 1,150 people"
    longest = 28 if inner and inner[0].low in _CLAUSE_WORDS else 16
    if not 1 <= len(head) <= 8 or not 1 <= len(inner) <= longest:
        return None
    if not starts_with_subject(head, language) or any(_verb_word(t, language) for t in head):
        return None
    opener = inner[0]
    if len(inner) > 1 and _ly_adverb(opener.low) and opener.text.islower():
        opener = inner[1]  # "The line, officially designated Line H, has ..."
    if not (
        named
        or opener.low in _ASIDE_OPENERS[language]
        or (opener.text.islower() and is_participle(opener.text, language))
        or _adverbial_aside(opener, language)
        or (language == "it" and _IT_INCLUDED.fullmatch(inner[-1].low) is not None)
        or _reported_aside(inner, language)
    ) or any(t.text in _QUOTES for t in inner):
        return None
    rest = clause[second + 1 :]
    after = second + 1 + len(rest) - len(rest.lstrip())
    nxt = tokens(clause[after : after + 40])
    if len(nxt) > 2 and (
        nxt[0].low in _DROPPED_ADVERBS
        or (language == "en" and nxt[0].text.islower() and _ly_adverb(nxt[0].low))
    ):
        nxt = nxt[1:]  # "The charity, founded in 1987, now| supports ...", "currently| has"
    if len(nxt) < 2 or not _verb_after_subject(nxt[0], nxt[1], language):
        return None
    return first, after


# Verbs of saying that close an English aside ("Visitor numbers|, he said,| fell by 9%") or
# open an Italian one after "ha" ("La spesa|, ha spiegato il sindaco,| è cresciuta del 18%").
_ASIDE_SAYING = {
    "en": frozenset("said says added adds explained noted stressed insisted claimed".split()),
    "it": frozenset(
        "detto spiegato aggiunto sottolineato ricordato precisato affermato dichiarato".split()
    ),
}


_LONGEST_SAYER = 4  # words of who says so in such an aside: "the head of the trust"


def _reported_aside(inner: list[Token], language: str) -> bool:
    """Whether an aside between commas says who reports the clause: 'he said', 'officials
    added', 'the council said', 'ha spiegato il sindaco' (the fact holds without it)."""
    words = [t for t in inner if t.text.isalpha() or t.text == "’"]
    if len(words) != len(inner) or len(inner) < 2:
        return False
    if language == "en":
        return inner[-1].low in _ASIDE_SAYING["en"] and len(inner) - 1 <= _LONGEST_SAYER
    if inner[0].low not in {"ha", "hanno"} or len(inner) < 3:
        return False
    return inner[1].low in _ASIDE_SAYING["it"] and len(inner) - 2 <= _LONGEST_SAYER


# A place a name in an English aside may say: "The best-known tree, Old Ben| in Kew Forest|,".
_NAME_PLACE = re.compile(r"\s+(?:in|at|on|near)\s+" + NAME_RUN.pattern)


def _name_aside(clause: str, first: int, second: int) -> bool:
    """Whether the English aside between two commas is a name, maybe with its place: 'The
    tallest tree|, Old Ben,| is 51 metres tall'."""
    name = NAME_RUN.match(clause, first + 2)
    if name is None:
        return False
    place = _NAME_PLACE.match(clause, name.end())
    return (place.end() if place else name.end()) == second


_NAME_PARTICLES = frozenset("di de del della da van von".split())


def _name_apposition(head: str, inner: str) -> bool:
    """Whether an Italian aside is the name of the one its subject, a role in small letters,
    names: 'L’assessora regionale alla cultura|, Daniela Landi,| ha annunciato ...'."""
    words, names = head.split(), inner.split()
    if not 2 <= len(names) <= 4 or not words or not words[-1].islower():
        return False
    if not all(w[:1].isupper() or w in _NAME_PARTICLES for w in names):
        return False
    return names[0][:1].isupper() and names[-1][:1].isupper()


def _adverbial_aside(opener: Token, language: str) -> bool:
    """Whether an aside opens with a preposition, an adverbial of when or where that the
    clause reads on without: 'The storm|, on the night of 3 May, |destroyed ...', 'La
    tempesta|, nella notte del 3 maggio, |ha distrutto ...'."""
    if not opener.text.islower() or opener.low in _AGENTS or opener.low in {"of", "di"}:
        return False  # "The ship, by then ...", "The pupils, of whom ...": no adverbial
    return opener.low in PREPOSITIONS[language] or opener.low in ARTICULATED


def _verb_word(t: Token, language: str) -> bool:
    return t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))


def _verb_after_subject(t: Token, nxt: Token, language: str) -> bool:
    """Whether the word right after a subject (and its aside) is its verb."""
    if _verb_word(t, language):
        return True
    if language == "it" and t.low in _CLITICS:
        return _verb_word(nxt, language)  # "La sala, costata 3 milioni, si estende su"
    # After a subject and its comma, an "-s" form is the verb: "The trust, ..., relies on",
    # "The bridge, built in 1890, carries 40,000 vehicles"
    if language != "en" or not may_be_present(t.text, language):
        return False
    return nxt.text[:1].islower() or nxt.text[:1].isdigit()


# What reports a clause: "Organisers said entries had risen", "Il sindaco ha detto che i
# lavori dureranno tre mesi". The reported clause holds the fact; who said it is no part of it.
_REPORTED = {
    "en": re.compile(
        r"^(?:By\s+[a-z]+ing\s[^,;:()“”\"]{1,60},\s+(?=[a-z]))?[A-Za-z][^,;:()“”\"]{1,60}?"
        # who says it may have an apposition or two between commas: "The chief executive,
        # Eifion Davies, told councillors that ...", "Their spokeswoman, Jane Moss, 71, said"
        r"(?:(?:,\s[^,;:()“”\"]{2,60}){1,2},)?"
        # not a passive: "Side effects were reported in 4 patients" reports no clause
        r"(?<!\swas)(?<!\swere)(?<!\sbeen)(?<!\sis)(?<!\sare)(?<!\sbe)"
        r"\s(?:said|says|say|announced|reported|confirmed|told\s+\w+|estimates?|expects?|believes"
        # what a fact brings about: "The rise means| a typical home will pay ..."
        r"|means(?=\s+(?:that\s+)?(?:(?:a|an|the)\s|[A-Z0-9£€$]))"
        r"|(?:calculated|estimated|found|concluded|showed|believe|believed|shows?|showing"
        r"|suggests?|suggesting|indicates?|indicating)(?=\s+that\s))"
        r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?(?=[a-zA-Z0-9])"
    ),
    # Who says it may have an apposition between commas: "La responsabile, la cardiologa Maria
    # Rossi, sottolinea che ...".
    "it": re.compile(
        r"^[A-Z][^,;:()“”«»\"]{1,60}?(?:,\s[^,;:()“”«»\"]{3,60},)?\s(?:(?:ha|hanno)\s+(?:detto"
        r"|spiegato|annunciato|riferito|confermato|dichiarato|reso\s+noto|calcolato|stimato"
        r"|accertato|concluso|sottolineato|precisato|affermato|ricordato|osservato|aggiunto"
        r"|evidenziato|segnalato|rilevato|assicurato|sostenuto|comunicato|fatto\s+sapere)"
        r"|dice|dicono|spiega|spiegano|riferisce|annuncia|stimano|calcolano|sottolinea"
        r"|sottolineano|precisa|afferma|affermano|ricorda|osserva|aggiunge|evidenzia|segnala"
        r"|rileva|assicura|sostiene|sostengono|conferma|confermano)\s+che\s+"
    ),
}


# What opens a clause of its own after a comma: "..., mentre la linea è rimasta chiusa per
# trenta ore", "..., while the river rose by two metres", "...; the bridge carries ...", and
# the gerund of a verb of saying: "..., ricordando che l’azienda conta 140 dipendenti".
# A colon before a word in small letters opens a clause too ("Il bilancio è positivo: il
# rifugio ha ospitato ..."); before a capital it opens a list or a name.
_CLAUSE_OPENERS = {
    "it": re.compile(
        r"(?:,\s+(?:mentre|ma|però|e|ed|(?:ricordando|spiegando|sottolineando|aggiungendo"
        r"|precisando|osservando|annunciando|evidenziando)\s+che)|;|:(?=\s+[a-zà-ù]))\s+"
    ),
    "en": re.compile(r"(?:,\s+(?:while|whereas|but|and)|;|:(?=\s+[a-z]))\s+"),
}


def _inner_clause_start(text: str, start: int, language: str) -> int:
    """Where the clause of the number at `start` opens when the sentence opens with another
    one: after a verb of saying ('Organisers said| entries had risen by 12 per cent'), or after
    a comma and a conjunction ('..., mentre| la circolazione è rimasta sospesa per trenta ore').
    0 when the number is in the sentence's first clause."""
    openers, reported = _clause_openings(text, language)
    opened = 0
    for end, clause in openers:
        if end > start:
            break
        opened = end if clause else 0  # the last one before the number
    if opened:
        return opened
    if language == "en" and 0 < reported <= start and _reported_object(text, reported, start):
        return 0
    return reported if 0 < reported <= start else 0


# English verbs of saying that also take a figure as their object: "The firm reported revenue
# of £6.8bn", "The council announced funding of £2m", "The trust expects 200 births a year".
_EN_FIGURE_REPORTERS = (
    "reported",
    "announced",
    "confirmed",
    "estimates",
    "estimate",
    "expects",
    "expect",
    "expected",
)


def _reported_object(text: str, reported: int, start: int) -> bool:
    """Whether what follows an English verb of saying, with no 'that', is its object up to the
    number, not a clause: no verb stands between ('The firm reported| revenue of £6.8bn')."""
    said = text[:reported].split()
    if not said or said[-1].lower() not in _EN_FIGURE_REPORTERS:
        return False
    between = tokens(text[reported:start])
    return not any(_verb_word(t, "en") or may_be_present(t.text, "en") for t in between)


@lru_cache(maxsize=256)
def _clause_openings(text: str, language: str) -> tuple[tuple[tuple[int, bool], ...], int]:
    """((end, opens a clause) of each comma and conjunction, end of a verb of saying and its
    'that' or 0) of a sentence, found once for all its numbers."""
    openers: tuple[tuple[int, bool], ...] = ()
    if "," in text or ";" in text or ":" in text:
        openers = tuple(
            (m.end(), not _ends_a_list(text, m.start()))
            for m in _CLAUSE_OPENERS[language].finditer(text)
        )
    reported = _REPORTED[language].match(text) if _may_report(text, language) else None
    return openers, reported.end() if reported else 0


def _ends_a_list(text: str, comma: int) -> bool:
    """Whether the comma before 'and' closes a list ('Rome, Milan, and Naples have ...'): the
    words since the comma before it are a few, with no verb and no preposition first, and
    no verb follows 'and' (', in Germany, and is supported by': a clause)."""
    previous = text.rfind(",", 0, comma)
    if previous < 0 or not text.startswith(", and", comma):
        return False
    item = text[previous + 1 : comma].split()
    if not item or len(item) > 3 or item[0] in PREPOSITIONS["en"]:
        return False
    after = text[comma + 6 : comma + 40].split(maxsplit=1)
    if after and (after[0] in AUXILIARIES["en"] or is_finite(after[0], "en")):
        return False
    return not any(w.islower() and is_finite(w, "en") for w in item)


def _may_report(text: str, language: str) -> bool:
    """The cheap test of a verb of saying before a reported clause."""
    if language == "it":
        return " che " in text
    return (
        "said" in text
        or " say " in text
        or "says" in text
        or "told" in text
        or "announced" in text
        or ("reported" in text or "confirmed" in text)
        or " that " in text  # "researchers calculated that", "found that"
        or ("estimate" in text or "expect" in text or "believe" in text)
        or " means " in text
    )


# A name and the relative pronoun that opens a clause about it: "Her skipper, Ronan Doherty,
# who has piloted crossings for 14 years, said ...", "Mario Rossi, che gestisce il bar da 31
# anni, ...", with the name's age between them ("Tom Hale, 52, who farms ..."). The name is the
# subject of the relative clause.
_NAME_WHO = {
    "en": re.compile(NAME_RUN.pattern + r"(?:,\s+\d{1,3})?,\s+who\s+"),
    "it": re.compile(NAME_RUN.pattern + r"(?:,\s+\d{1,3}\s+anni)?,\s+che\s+"),
}


_RELATIVE_CUE = {"en": ", who ", "it": ", che "}


def _heads_its_phrase(text: str, at: int, language: str) -> bool:
    """Whether the name at `at` is a noun phrase of its own, so that a relative clause after
    it tells of it: not the end of another ('il parco della Sicilia, che ...', 'tra Milano e
    Lione, che ...', 'all’Agricoltura, che ...')."""
    before = text[:at]
    if before.endswith("’"):
        return False
    words = before.split()
    if not words:
        return True
    last = words[-1].lower()
    return not (
        last in PREPOSITIONS[language]
        or last in ARTICULATED
        or last in ARTICLES[language]
        or last in _COORDINATORS
        or last in {"of", "tra", "fra"}
    )


def _way_before(text: str, at: int, language: str) -> str | None:
    """The kind of way that opens an Italian street's or square's name before the capitalised
    part at `at` ('piazza| Castello'), which belongs to the name: the name heads its phrase only
    if the whole does."""
    if language != "it":
        return None  # an English street's kind is the name's own last word ("Castle Street")
    words = text[:at].split()
    return words[-1] if words and words[-1].lower() in WAYS["it"] else None


def _last_match(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The last match of `pattern` that ends by `end`: the one nearest a number."""
    last = None
    for m in pattern.finditer(text, 0, end):
        last = m
    return last


def _relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about a name, read as the name's own clause
    ('Ronan Doherty has piloted crossings for 14 years')."""
    language = doc.language
    if _RELATIVE_CUE[language] not in text[:start]:
        return None
    who = _last_match(_NAME_WHO[language], text, start)
    if who is None or any(mark in text[who.start() : start] for mark in _BREAKS - {","}):
        return None
    if "," in text[who.end() : start]:
        return None
    name = who.group(0).split(",")[0]
    at = who.start()
    way = _way_before(text, at, language)
    if way:  # "di piazza Castello, che ...": the square's whole name, with its kind
        at -= len(way) + 1
        name = f"{way} {name}"
    if not _heads_its_phrase(text, at, language):
        return None
    if _plural_relative(text[who.end() :], language) and not _PAIR_IN_NAME.search(name):
        return None  # "Sara Leonori, cresciuta nel Circolo Piediluco, che hanno chiuso": whose?
    clause = f"{name} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(name) + 1, s, doc)


# A name of two ("Chiara Menichetti e Sara Leonori"), which a plural verb agrees with.
_PAIR_IN_NAME = re.compile(r"\s(?:e|ed|and)\s")
# Words that may stand between a relative pronoun and its verb: "che ora gestisce".
_BEFORE_RELATIVE_VERB = frozenset("ora oggi già anche ancora poi now also still already".split())


def _plural_relative(rest: str, language: str) -> bool:
    """Whether the verb of the relative clause that opens `rest` is plural ('hanno chiuso',
    'sono', 'have won'), which one name cannot be the subject of."""
    words = [w.lower() for w in rest.split()[:3]]
    while words and words[0] in _BEFORE_RELATIVE_VERB:
        words.pop(0)
    if not words:
        return False
    verb = words[0]
    if language == "en":
        return verb in {"have", "are", "were"}
    return verb.endswith("no") and (verb in AUXILIARIES["it"] or is_finite(verb, "it"))


# A body a verb names with its preposition, and a relative clause about it: "Le verifiche
# furono affidate al| Nucleo tributario di Lecce|, che ricostruì ...", "The survey was carried
# out by| the Marine Conservation Society|, which counted ...". The body is the clause's
# subject; its article is the one the preposition holds.
_COMPLEMENT_WHO = {
    "it": re.compile(
        r"\s(?P<prep>d?a(?:llo|lla|lle|ll’|l|i|gli)|il|lo|la|l’|i|gli|le)(?:\s+|(?<=’))"
        r"(?P<np>[A-Z][^,;:()“”«»\"\d]{1,90}?),\s+che\s+"
    ),
    "en": re.compile(
        r"\s(?:by|to)\s+(?P<np>(?:the\s+)?[A-Z][^,;:()“”\"\d]{1,90}?),\s+(?:which|who)\s+"
    ),
}


# The article an articulated preposition holds, its "a"/"da" aside: "dalla" -> "la".
_HELD_ARTICLES = {
    "l": "il",
    "llo": "lo",
    "lla": "la",
    "lle": "le",
    "ll’": "l’",
    "i": "i",
    "gli": "gli",
}


_COMPLEMENT_CUE = {"it": ", che ", "en": ", wh"}


_PARTICLES = frozenset("out up off over".split())


def _complement_relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about a body that a participle names with
    its preposition, read as the body's own clause ('il Nucleo tributario di Lecce ricostruì
    oltre 900 bonifici'); not a name that ends another noun's phrase ('il parco della Sila,
    che ...': no participle before the preposition)."""
    language = doc.language
    if _COMPLEMENT_CUE[language] not in text[:start]:
        return None
    who = _last_match(_COMPLEMENT_WHO[language], text, start)
    if who is None or any(mark in text[who.end() : start] for mark in _BREAKS):
        return None
    before = text[: who.start()].split()
    if len(before) > 1 and before[-1] in _PARTICLES:
        before.pop()  # "carried out by": the participle and its particle
    if not before or not is_participle(before[-1], language):
        return None
    np = who.group("np")
    if len(np.split()) > 10 or any(w.islower() and is_finite(w, language) for w in np.split()):
        return None
    time = _TIME_BEFORE_VERB.match(text, who.end()) if language == "it" else None
    after = text[time.end() if time else who.end() :].split(maxsplit=1)
    if not after or not (_verb_word(tokens(after[0])[0], language) or after[0] in _CLITICS):
        return None  # "..., che i cittadini hanno eletto": the body is the object, no subject
    if language == "it":
        prep = who.group("prep")  # an article itself, after a verb ("è stato il Consorzio")
        article = prep if prep in ARTICLES["it"] else _HELD_ARTICLES[prep.removeprefix("d")[1:]]
        np = f"{article}{'' if article.endswith('’') else ' '}{np}"
    subject = lower_first(np) if np.split()[0] in {"The"} else np
    clause = f"{subject} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(subject) + 1, s, doc)


# A span or a year between an Italian "che" and its verb: "..., che in 18 mesi| ha prelevato",
# "..., che nel 2024| ha assunto".
_TIME_BEFORE_VERB = re.compile(
    r"(?:in|negli|nei)\s+(?:\d{1,3}|[a-z]{3,})\s+(?:giorni|settimane|mesi|anni)\s+"
    r"|nel\s+(?:19|20)\d\d\s+"
)


# An Italian object a verb names, and a relative clause about it: "ha potenziato| la terapia
# intensiva|, che oggi dispone di 16 posti". The object is the clause's subject.
_OBJECT_WHO = re.compile(
    r"\s(?P<article>il|lo|la|i|gli|le|l’|(?:a|da)(?:l|llo|lla|i|gli|lle|ll’))(?:\s+|(?<=’))"
    r"(?P<np>[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,}){0,2})"
    # a complement with no article, a name's or a kind's: "di ET", "di tutela" (not "il parco
    # della Sila, che ...": the relative may be about the name)
    r"(?P<name>\s+di\s+(?:[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*){0,3}|[a-zà-ù]{3,}))?"
    r",\s+che\s+"
)


# The same in English, the object or the complement after a verb's preposition: "went to|
# the cooperative|, which| represents 900 growers".
_EN_OBJECT_WHICH = re.compile(
    r"\s(?:(?:to|by|from|for|with|at)\s+)?the\s+(?P<np>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2}),"
    r"\s+which\s+"
)


_CURRENCY_MARKS = frozenset("£$€¥")
_JOINED_FIGURE = re.compile(r"[\d.,]+-")


def _english_object_relative_frame(
    text: str, start: int, s: Sentence, doc: Document
) -> _Frame | None:
    """The frame of a number in a relative clause about the object of an English verb, or its
    complement, read as the object's own clause ('the cooperative represents 900 growers');
    only a plain noun phrase after the verb ('the mother of the boy, who': no)."""
    if any(c in _CURRENCY_MARKS for c in text[max(0, start - 1) : start + 1]):
        return None  # "objected to the new depot, which will cost £3m": a price, not its own
    if _JOINED_FIGURE.match(text, start):
        return None  # "which will see a 90-pupil school": the compound's noun is asked
    who = _last_match(_EN_OBJECT_WHICH, text, start)
    if who is None or any(mark in text[who.end() : start] for mark in _BREAKS):
        return None
    before = text[: who.start()].split()
    if not before or not (is_participle(before[-1], "en") or is_finite(before[-1], "en")):
        return None
    np = who.group("np")
    if any(
        w in STOPWORDS["en"] or is_finite(w, "en") or is_participle(w, "en") for w in np.split()
    ):
        return None
    after = text[who.end() :].split(maxsplit=1)
    if not after or not (_verb_word(tokens(after[0])[0], "en") or may_be_present(after[0], "en")):
        return None
    subject = f"the {np}"
    clause = f"{subject} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(subject) + 1, s, doc)


def _object_relative_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a relative clause about the object of an Italian verb, read
    as the object's own clause ('la terapia intensiva oggi dispone di 16 posti'); only a plain
    noun phrase, with no complement the clause could be about ('il museo della città, che')."""
    if doc.language == "en" and ", which " in text[:start]:
        return _english_object_relative_frame(text, start, s, doc)
    if doc.language != "it" or ", che " not in text[:start]:
        return None
    who = _last_match(_OBJECT_WHO, text, start)
    if who is None or any(mark in text[who.end() : start] for mark in _BREAKS):
        return None
    before = text[: who.start()].split()
    if before and before[-1] in _OPENING_ADVERBS:
        before.pop()  # "ha potenziato anche| la terapia intensiva"
    if not before or not (is_participle(before[-1], "it") or is_finite(before[-1], "it")):
        return None
    np = who.group("np")
    if not all(_bare_noun(w) and w not in ARTICULATED for w in np.split()):
        return None
    if who.group("name") and np.split()[0] in ROLE_WORDS["it"]:
        return None  # "al presidente della Lega, che ...": the person or the body
    after = text[who.end() :].split(maxsplit=2)
    if len(after) < 2:
        return None
    verb = after[1] if after[0] in _SECOND_VERB_ADVERBS or after[0] in _CLITICS else after[0]
    if not _verb_word(tokens(verb)[0], "it"):
        return None  # "..., che i tecnici hanno misurato": the object is no subject
    article = who.group("article")
    if article not in ARTICLES["it"]:  # "spetterà al| consorzio": the article it holds
        article = _HELD_ARTICLES[article.removeprefix("d")[1:]]
    if _plural_relative(" ".join(after), "it") != (article in IT_PLURAL_ARTICLES):
        return None  # "apicoltori registrati all’anagrafe, che gestiscono": not the anagrafe's
    np += who.group("name") or ""  # "il consorzio internazionale di ET"
    subject = f"{article}{'' if article.endswith('’') else ' '}{np}"
    clause = f"{subject} {text[who.end() :]}"
    return _frame(clause, start - who.end() + len(subject) + 1, s, doc)


# A clause of place after a comma, with a subject of its own: "The turbines sit on the
# seabed|, where| currents reach speeds of up to 3.5 metres per second", "..., dove| le
# correnti raggiungono ...". Its subject is the one after "where", not the sentence's.
_WHERE_CUE = {"en": ", where ", "it": ", dove "}


def _where_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number in a clause of place, read as a clause of its own ('currents
    reach speeds of up to 3.5 metres per second'), when it names its subject."""
    cue = _WHERE_CUE[doc.language]
    at = text.rfind(cue, 0, start)
    if at < 0:
        return None
    after = at + len(cue)
    if any(mark in text[after:start] for mark in _BREAKS):
        return None
    frame = _frame(text[after:], start - after, s, doc)
    return frame if frame is not None and frame.subject else None


# A gerund after the comma of a clause, right before its number: "The park stretches along
# the coast|, covering about| 392 square kilometres", "Il parco si estende lungo la costa|,
# coprendo circa| 392 chilometri quadrati". Its subject is the clause's.
_GERUND_CLAUSE = re.compile(r",\s+(?P<gerund>[a-zà-ù]{6,})(?P<approx>(?:\s+[a-zà-ù]+){0,2})\s+$")


# Relative words between the clause's verb and the gerund: the gerund goes on the relative's
# clause, whose subject is another ("a rockslide that buried the town, killing 90 people").
_GERUND_RELATIVES = frozenset("that which who whose che cui quale quali".split())


def _gerund_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of a number right after a gerund that opens a clause after a comma, read as
    a clause of the sentence's subject in the tense of its verb: 'The park covers ...'."""
    language = doc.language
    m = _GERUND_CLAUSE.search(text, max(0, start - 40), start)
    if m is None or not is_gerund(m.group("gerund"), language):
        return None
    gerund = m.group("gerund")
    approx = m.group("approx").split()
    if gerund.capitalize() in _NOT_DESCRIPTIONS or any(w not in _APPROX for w in approx):
        return None  # "..., including 40 ...": no verb of the subject
    before = text[: m.start()]
    toks = tokens(before)
    verb = main_verb(toks, language)
    if verb is None and language == "en":  # "The park stretches along the coast"
        verb = next((i for i in range(1, min(4, len(toks) - 1)) if _present_after(toks, i)), None)
    if not verb or any(t.text in _BREAKS for t in toks[:verb]):
        return None
    if any(t.low in _GERUND_RELATIVES for t in toks[verb + 1 :]):
        return None  # "known for the Frank Slide, a rockslide that buried …|, killing"
    first = verb
    while first > 0 and toks[first - 1].low in _CLITICS:
        first -= 1  # "Il parco si estende": "si" is no part of the subject
    subject, _ = _subject(before, toks, first, s, doc)
    if not subject or (language == "en" and _wrapped_fragment(text, subject)):
        return None
    after = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if language == "it" and not _italian_present(toks[verb].low, after):
        return None  # "si è esteso": a past the present of the gerund would not say
    finite = _gerund_as_finite(gerund, toks[verb].low, subject, language)
    if finite is None:
        return None
    return _Frame(subject, finite, tuple(approx), "", "", " ".join(approx))


def _present_after(toks: list[Token], i: int) -> bool:
    """Whether an English '-s' form after the subject's noun is its verb: 'The park
    stretches| along', not 'The park’s| ...' nor 'The parks| of ...'."""
    before, word, after = toks[i - 1], toks[i], toks[i + 1]
    if before.low in ARTICLES["en"] or not may_be_present(word.text, "en"):
        return False
    return after.text.isalpha() and after.text.islower()


# English verbs of a present clause: its gerund is asked with "does" ("How many ... does the
# park cover?"), its sum with "is".
_PRESENT_HEADS = frozenset("is are has have will can may must does do".split())


def _gerund_as_finite(
    gerund: str, clause_verb: str, subject: str, language: str
) -> tuple[str, ...] | None:
    """The verb group of a gerund in the tense of its clause's verb: 'covering' after
    'stretches' -> ('does', 'cover') (the question asks 'does the park cover'); 'coprendo'
    after 'si estende' -> ('copre',). None when the tense cannot be told."""
    if language == "en":
        base = lemma(gerund, "en")
        if base == gerund or not base.isalpha():
            return None
        plural = _plural(subject.split()[-1], "en")
        if clause_verb in {"will", "would"}:
            return (clause_verb, base)
        if clause_verb in _PRESENT_HEADS or (
            clause_verb.endswith("s") and not is_finite(clause_verb, "en")
        ):
            return ("do" if plural else "does", base)
        if is_finite(clause_verb, "en"):
            return ("did", base)
        return None
    plural = _plural(subject.split()[-1], "it") and not subject.split()[-1].endswith("e")
    if gerund.endswith("ando"):
        return (gerund[:-4] + ("ano" if plural else "a"),)
    return (gerund[:-4] + ("ono" if plural else "e"),)


def _italian_present(verb: str, after: str) -> bool:
    """Whether an Italian verb is a simple present ('si estende', 'attraversa'), not a past
    ('attraversava', 'ha attraversato', 'è nato') nor a copula."""
    if verb in AUXILIARIES["it"] or verb.endswith(("va", "vano", "rono", "ò", "ì")):
        return False
    if after.endswith(_PARTICIPLE_ENDINGS) and not after.endswith("ed"):
        return False  # "è nato", "si è esteso": a past
    return verb.endswith(("a", "e", "ano", "ono"))


def _breaks(toks: list[Token], i: int) -> bool:
    """Whether a token ends a clause: not the colon of a time ('at 06:42') nor the comma of
    a decimal ('lunga 3,2 chilometri')."""
    text = toks[i].text
    if text == ",":
        return not joins_digits(toks, i)
    if text != ":":
        return text in _BREAKS
    return not (0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() and toks[i + 1].text.isdigit())


def _adverb_in_ly(toks: list[Token], i: int) -> bool:
    """'recently', not 'the family' nor 'Italy': a word in -ly with no article before it."""
    word = toks[i]
    if not word.low.endswith("ly") or not word.text.islower():
        return False
    if i == 0:
        return True
    previous = toks[i - 1]
    if previous.low in ARTICLES["en"] or previous.low in _POSSESSIVES:
        return False
    if previous.low == "s" and toks[i - 2].text.endswith(("’", "'")):
        return False  # "Laura Brekke’s family": an owner's noun
    return i == 1 or not previous.text[:1].isupper()  # "the Smith family"


# A dateline that opens an article's first sentence, a place (its province in brackets, a
# date after a comma) and a dash: "Pozzuoli (Napoli) – ", "Trieste, 21 novembre 2026 – ".
# The clause starts after it.
_DATELINE_START = re.compile(
    r"^[A-ZÀ-Ý][\w’']+(?:\s[A-ZÀ-Ý][\w’']+){0,2}(?:\s\([^()]{2,20}\))?(?:,[^–—,]{3,30})?"
    r"\s[–—]\s+(?=[A-ZÀ-Ý])"
)


@per_document  # several rules ask for the clause of the same figure
def _frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The clause of a number at `start`, when it opens with a subject or an adverbial and
    reaches the number with no comma: its subject, verb group and the words in between."""
    language = doc.language
    dateline = _DATELINE_START.match(text) if "– " in text[:70] or "— " in text[:70] else None
    if dateline is not None:  # "Pozzuoli (Napoli) – Alle 9.30 ... le sirene hanno suonato"
        cut = dateline.end()
        return _frame(text[cut:], start - cut, s, doc) if start > cut else None
    lead = _leading_date(text, language) or _leading_phrase(text, language)
    if lead is None and language == "en":
        lead = _EN_LEADING_YEAR.match(text)
    offset = lead.end() if lead else _leading_clause_end(text, language)
    if lead is not None and text.startswith(_LOWER_SOURCES[language], offset):
        # "Negli ultimi cinque anni, secondo il Consorzio,| la produzione ...": the source
        # after the phrase is left out, as it is when it opens the sentence
        offset += _leading_clause_end(upper_first(text[offset:]), language)
    inner = 0
    if not offset:
        offset = inner = _inner_clause_start(text, start, language)
    together = _TOGETHER.match(text) if not offset and language == "en" else None
    if together:  # "Together the three pieces weigh 214 grams": "together" goes to the end
        offset = together.end()
    clause = text[offset:]
    at_char = start - offset
    inner_when = ""
    if inner and lead is None:  # "... said that in 2024| the museum had ...": a time, kept
        inner_lead = _leading_date(upper_first(clause), language) or _leading_phrase(
            upper_first(clause), language
        )
        if inner_lead is not None and inner_lead.end() <= at_char:
            phrase = inner_lead.group(0).strip(" ,")
            inner_when = phrase[0].lower() + phrase[1:]
            clause, at_char = clause[inner_lead.end() :], at_char - inner_lead.end()
    if inner and not inner_when:  # "The fireball was seen by thousands, and was captured by"
        shared = _shared_subject(text, inner, language)
        if shared:
            clause = f"{shared} {clause}"
            at_char += len(shared) + 1
        else:  # "The receivers said they had received twelve offers"
            sayer, cut = _sayer_as_subject(text, inner, doc)
            if sayer:
                rest = clause[cut:].lstrip()
                at_char += len(sayer) + 1 - (len(clause) - len(rest))
                clause = f"{sayer} {rest}"
    if inner and language == "it" and clause.startswith("secondo "):
        # "...: secondo i tecnici, i consumi scenderanno del 35%": the source, left out
        cut = _leading_clause_end(upper_first(clause), language)
        if 0 < cut <= at_char:
            clause, at_char = clause[cut:], at_char - cut
    if "(" in clause:
        clause, at_char = _without_brackets(clause, at_char)
    relative = _RELATIVE[language].search(clause, 0, at_char) if "," in clause else None
    verb_at = None  # where the verb of a relative clause read as the subject's stands
    if relative is not None and "," not in clause[relative.end() : at_char]:
        clause, at_char, verb_at = _relative_clause(clause, at_char, relative, language)
    source = ""
    if language == "it":  # "ha raccolto, secondo gli organizzatori, 5.000 firme"
        clause, at_char, source = _without_source(clause, at_char)
    aside = _subject_aside(clause, at_char, language)
    if aside is not None:  # "The trust, an independent charity, relies on": the trust relies
        comma, after = aside
        clause = clause[:comma] + " " + clause[after:]
        at_char -= after - comma - 1
    toks = tokens(clause)
    at = index_at(toks, at_char)
    if at == 0 or at >= len(toks):
        return None
    if any(t.text in _BREAKS for t in toks[:at]) and any(_breaks(toks, i) for i in range(at)):
        return (
            _relative_frame(text, start, s, doc)
            or _gerund_frame(text, start, s, doc)
            or _complement_relative_frame(text, start, s, doc)
            or _object_relative_frame(text, start, s, doc)
            or _where_frame(text, start, s, doc)
        )
    verb = main_verb(toks, language, stop=at, presents=True)
    if verb == 0 and language == "en":
        verb = _verb_after_participle(toks, at)  # "Paid| ticket sales reached| €2.9m"
    if verb and toks[verb - 1].low in _SUBJECT_RELATIVES:
        verb = _verb_after_relative(toks, verb, at, language)
    if language == "en" and not _TRUE_MODALS.isdisjoint(t.low for t in toks[:at]):
        verb = _modal_verb(toks, at, verb)
    if verb is None and verb_at is not None and verb_at < at:
        verb = verb_at  # "GasCo, which supplies| natural gas to ..."
    if verb is None and language == "en":
        verb = _same_form_past(toks, at)
        if verb is None:
            verb = _present_verb(toks, at)
        if verb is None:
            verb = _english_present(toks, at)
        if verb is None:
            verb = _present_before_to(toks, at)
        if verb is None:  # before the plural present: "The foundry provides| work for 12"
            verb = _present_before_bare_object(toks, at)
        if verb is None:
            verb = _plural_present(toks, at)
    elif verb is None and toks[at - 1].low in _IT_NOUN_VERBS:
        verb = at - 1  # "Il ponte misura| 400 metri"
    elif verb is None and language == "it":
        verb = _italian_past_in_se(toks, at)  # "Il Comune spese| 2,4 milioni"
        if verb is None:
            verb = _italian_verb_before_infinitive(toks, at)  # "La società punta| a vendere"
        if verb is None:
            verb = _progressive_verb(toks, at)  # "I volontari stanno| piantando 600 alberi"
    if verb is None:
        return None
    if language == "en" and _reduced_relative(toks, verb, at):
        return None  # "A petition signed| by 2,300 people was handed in": the petition's verb
    first = verb
    while language == "it" and first > 0 and toks[first - 1].low in _CLITICS:
        first -= 1
    while first > 0 and (
        toks[first - 1].low in _DROPPED_ADVERBS
        or (language == "en" and _adverb_in_ly(toks, first - 1) and _ly_adverb(toks[first - 1].low))
    ):
        if first > 1 and toks[first - 2].low in _BEFORE_ADVERB[language]:
            break  # "The longest record until now| extends": the preposition's, kept whole
        first -= 1  # "The company recently hired", "The museum now holds": no part of the subject
    k = _verb_group_end(toks, verb, at, language)
    words = _verb_words(toks, first, k)
    when = ""
    if lead:
        w = lead.group(0).strip(" ,")
        when = w[0].lower() + w[1:]  # "Nel 2024" opens with a preposition
    subject, opening = _subject(clause, toks, first, s, doc)
    if subject is None or _reported_pronoun(subject, language):
        return None
    if language == "en" and _wrapped_fragment(text, subject):
        return None
    if subject and opening:  # an entry the clause leaves unsaid, after an adverbial
        when, opening = squash(f"{opening} {when}"), ""
    if together:
        when = squash(f"{when} {together.group(1).lower()}")
    if inner_when:
        when = squash(f"{when} {inner_when}")
    if source:
        when = squash(f"{when} {source}")
    subject, day = _day_before(subject, language)
    last = subject.rsplit(maxsplit=1)
    if len(last) == 2 and last[1].lower() in _NOW_ADVERBS:
        subject = last[0]  # "The charity today| supports": the time goes to the end
        when = squash(f"{when} {last[1].lower()}")
    if day:  # "Lunedì sera l’autostrada è stata chiusa": the day goes to the end
        when = squash(f"{when} {day}")
    if offset and lead is None and subject[:1] == clause[:1].lower() != clause[:1]:
        subject = clause[:1] + subject[1:]  # after a leading clause, a capital is a name's
    predicate_verb = _predicate_relative(toks, verb, k, at, language)
    if predicate_verb is not None:  # "The trust is a charity that manages| 40 reserves"
        k = _verb_group_end(toks, predicate_verb, at, language)
        words = _verb_words(toks, predicate_verb, k)
    second = _coordinated_verb(toks, k, at, language)
    if second is not None and any(t.low in _SUBORDINATORS[language] for t in toks[k:second]):
        return None  # "A farm was fined after a pipe burst and sent ...": the pipe's deed
    if second is not None:  # "The strike began on Monday and involves 1,100 members"
        k = _verb_group_end(toks, second, at, language)
        common = _infinitive_lead(words) if language == "en" else []
        common = common if common and _bare_infinitive_at(toks, second) else []
        # "will cover 612km and climb| 16,300m": the second verb shares "will", "is expected to"
        words = common + _verb_words(toks, second, k)
    subordinate = _subordinate_clause(toks, k, at) if language == "en" else None
    if subordinate is not None:  # "Work stopped when ecologists found| a roost of 60 bats"
        subject, verb = _subordinate_subject(toks, subordinate), subordinate[1]
        k = _verb_group_end(toks, verb, at, language)
        if k < at and toks[k].low in _AMBIGUOUS_APPROX:
            return None  # "tripled over| three years": a preposition or "more than"?
        words, when, opening = _verb_words(toks, verb, k), "", ""
    if language == "en":  # "expects| the scheme to cost| £12m": the object goes with the verb
        object_end = _object_infinitive_end(toks, k, at)
        words += [t.text for t in toks[k:object_end]]
        k = object_end
    if language == "en":
        k = _manner_adverb_end(toks, k, at)
    k, moved = _moved_adverbial(toks, k, at, language)
    if moved:  # "produce ogni anno circa 20 milioni" -> "Quante ... produce ... ogni anno?"
        when = squash(f"{moved} {when}")
    k = _second_object(toks, k, at, language)
    stop = _count_head(toks, k, at, language)
    between = tuple(t.low for t in toks[k:stop])
    between_text = clause[toks[k].start : toks[stop].start].strip() if k < stop else ""
    return _Frame(subject, tuple(words), between, opening, when, between_text)


# Words of degree before an English adverb of manner: "ran almost| continuously for".
_EN_DEGREE_WORDS = frozenset("almost nearly virtually largely mostly".split())


def _manner_adverb_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an English adverb in -ly, maybe after a word of degree, between a verb group
    and the preposition before its figure, which the question leaves out as it does one
    before the verb: 'ran almost continuously| for 19 days' (not 'almost' before the figure)."""
    j = k + 1 if k < at and toks[k].low in _EN_DEGREE_WORDS else k
    if j + 1 >= at or not _adverb_in_ly(toks, j) or not _ly_adverb(toks[j].low):
        return k
    if toks[j + 1].low not in PREPOSITIONS["en"] or not toks[j + 1].text.islower():
        return k
    if any(t.low not in _APPROX for t in toks[j + 2 : at]):
        return k  # "rely heavily on the herd for": a complement, which keeps the adverb
    return j + 1


# The verbs after a participle's complement that show the participle is no main verb: "A
# petition signed by 2,300 people| was handed in".
_EN_LATER_VERBS = frozenset("was were is are has have had will would".split())


def _reduced_relative(toks: list[Token], verb: int, at: int) -> bool:
    """Whether an English verb in '-ed' before 'by' is a participle that describes its
    subject, the clause's verb coming after the figure: 'A petition signed| by more than 2,300
    people was handed to the council'."""
    if not toks[verb].low.endswith("ed") or verb + 1 >= at or toks[verb + 1].low != "by":
        return False
    for i in range(at + 1, len(toks)):
        if _breaks(toks, i):
            return False
        if toks[i].low in _EN_LATER_VERBS:
            return True
    return False


def _verb_after_participle(toks: list[Token], at: int) -> int:
    """The English verb after a participle that opens its subject as an adjective ('Paid|
    ticket sales reached', 'Recorded| crime fell'); 0 when the first word is the verb."""
    if at < 3 or not toks[1].text.isalpha() or not toks[1].text.islower():
        return 0
    if toks[1].low in STOPWORDS["en"] or toks[1].low in PREPOSITIONS["en"]:
        return 0  # "Raised in Leeds, ...", "Found the ...": a clause, not an adjective
    later = main_verb(toks[1:], "en", stop=at - 1)
    return 0 if later is None or later < 1 else later + 1


_EN_PRONOUN_SUBJECTS = frozenset("it they he she we".split())


_EN_SHOWING = frozenset("show shows showed suggest suggests suggested".split())


def _reported_pronoun(subject: str, language: str) -> bool:
    """Whether a subject holds the frame of a clause reported without 'that': it ends in a
    pronoun after other words ('The company’s figures show| it will need ...') or a verb of
    showing stands inside it ('The figures show| the firm will need ...'); what reports the
    clause is no subject of its verb."""
    words = subject.split()
    if len(words) == 1 and words[0].lower() in ARTICLES[language]:
        return True  # "a trained literacy coach for two days": an article is no subject
    if language != "en" or len(words) < 2:
        return False
    return words[-1].lower() in _EN_PRONOUN_SUBJECTS or not _EN_SHOWING.isdisjoint(words[1:-1])


def _wrapped_fragment(text: str, subject: str) -> bool:
    """Whether an English sentence opens in small letters with its subject, no article
    before it: the rest of a line the text's wrapping cut ('forging works has been rescued
    ...'), whose subject lost its first words."""
    first = subject.split(maxsplit=1)[0] if subject else ""
    return text[:1].islower() and text.startswith(first) and first not in STOPWORDS["en"]


# English verbs that take an object and an infinitive: "expects the scheme to cost £12m".
_EN_OBJECT_TO_VERBS = frozenset("expect want allow require ask need force help enable".split())


_LONGEST_INFINITIVE_OBJECT = 4  # words of the object between such a verb and "to"


def _object_infinitive_end(toks: list[Token], k: int, at: int) -> int:
    """Where an English verb group that ends at `k` with a verb of _EN_OBJECT_TO_VERBS ends once
    its object and the infinitive are read with it: 'expects| the scheme to cost| £12m' (`k`
    when the words after the verb are not a plain object, 'to' and a bare verb)."""
    if k == 0 or lemma(toks[k - 1].low, "en") not in _EN_OBJECT_TO_VERBS:
        return k
    for j in range(k + 1, min(at - 1, k + _LONGEST_INFINITIVE_OBJECT + 1)):
        if toks[j].low == "to":
            plain = all(
                t.text.isalpha() and t.text.islower() and t.low not in PREPOSITIONS["en"]
                for t in toks[k:j]
            )
            if plain and _english_infinitive(toks[j + 1]):
                return _catenative_end(toks, j + 2, at)
            return k
    return k


def _second_object(toks: list[Token], k: int, at: int, language: str) -> int:
    """Where the words before a count start when it is the second of two counted objects of
    the verb, joined by 'e'/'and': 'hanno distribuito 3.000 pasti caldi e| oltre 4.000
    bottiglie', 'raggruppa quattordici cooperative e| circa 1.500 soci' (`k` otherwise)."""
    if k >= at or not (toks[k].text[:1].isdigit() or toks[k].low in NUMBER_WORDS[language]):
        return k
    j = k + 1
    while j < at and (toks[j].text[:1].isdigit() or toks[j].text in {",", "."}):
        j += 1  # the rest of the first number: "3.000", "2,363"
    noun_end = j
    while j < at and j - noun_end < 4 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].low in _COORDINATORS:
            break
        if toks[j].low in PREPOSITIONS[language] or toks[j].low in _OBJECT_PREPOSITIONS[language]:
            return k  # "40,000 euros for the win and ...": a complement of the first
        if toks[j].low in ARTICULATED:
            return k
        if is_finite(toks[j].text, language):
            return k
        j += 1
    if j == noun_end or j >= at or toks[j].low not in {"e", "ed", "and"}:
        return k
    if any(t.low not in _APPROX for t in toks[j + 1 : at]):
        return k  # only an approximation may stand between "and" and the second count
    return j + 1


_BRACKETS = re.compile(r"\s\([^()]{1,30}\)(?=\s)")


_LONGEST_RELATIVE = 14  # words of a subject with its relative clause


# A relative that opens right before its verb, in the subject: "A fire that burned on the moor
# has destroyed 500 trees", "Il bando che scade domani prevede 40 borse".
_SUBJECT_RELATIVES = frozenset("that which who che".split())


def _subject_relative(toks: list[Token], i: int, language: str) -> bool:
    """Whether token `i` opens a relative of the subject: after a noun, before its verb ('A
    fire that| burned ...'; not 'Organisers estimate that| the event ...')."""
    if toks[i].low not in _SUBJECT_RELATIVES or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    if not before.text.isalpha() or is_finite(before.text, language):
        return False
    return after.low in AUXILIARIES[language] or is_finite(after.text, language)


def _verb_after_relative(toks: list[Token], verb: int, at: int, language: str) -> int | None:
    """The verb of the clause after the verb of a relative in its subject, before the number
    at `at`; None when there is none (the number is the relative's)."""
    k = _verb_group_end(toks, verb, at, language)
    for j in range(k, at):
        t = toks[j]
        if t.text in _BREAKS:
            return None
        main = t.low in AUXILIARIES[language]
        if not main and t.text.islower() and is_finite(t.text, language):
            before = toks[j - 1].low
            # "near the protected moor": an adjective
            main = before not in ARTICLES[language] and before not in PREPOSITIONS[language]
        if main:
            # "... after an operation that lasted ... and involved two lifeboats": the number
            # is another relative's
            return None if any(x.low in _CLAUSE_WORDS for x in toks[j:at]) else j
    return None


def _without_brackets(clause: str, at: int) -> tuple[str, int]:
    """The clause without the short brackets before the number at `at`, which the question
    leaves out: 'Highlands and Islands Enterprise (HIE) has offered', 'The 23-mile (37km)
    stretch'."""
    for m in reversed(list(_BRACKETS.finditer(clause, 0, at))):
        clause = clause[: m.start()] + clause[m.end() :]
        at -= m.end() - m.start()
    return clause, at


# A relative clause after the subject, which the count is in: "FortisBC, which supplies gas
# to 1.1 million customers, said ..." (the clause tells a fact of its own of the subject).
_RELATIVE = {
    "en": re.compile(r", (?:which|who) (?=[a-z])"),
    # after an aside of a participle: "La cooperativa, fondata nel 1928 e che oggi conta"
    "it": re.compile(r", (?P<aside>[a-zà-ù]+ [^,;:()“”«»]{2,40}? e )?che (?=[a-zà-ù])"),
}


_OF = {"en": frozenset(["of"]), "it": frozenset("di del della dello dei degli delle".split())}


def _name_after_of(head: list[Token], language: str) -> bool:
    """Whether a subject is a common noun with a name after 'of'/'di', which a relative after
    it may be of as well as the noun: 'La vicenda| della Gerini|, che ...', 'The future of|
    Gerini|, which ...' (not 'Il Comune di Trapani', a name, or 'the mayor of Leeds', an
    office, which is the one the relative tells of; nor 'Il mercato di piazza Garibaldi', a
    thing and the square it stands on, as 'the market on Garibaldi Square')."""
    of = next((i for i, t in enumerate(head) if i > 0 and _is_of(t, language)), None)
    if of is None or of + 1 >= len(head) or not head[-1].text[:1].isupper():
        return False
    if language == "it" and head[of + 1].low in WAYS["it"]:
        return False
    nouns = [t for t in head[:of] if t.text.isalpha() and t.low not in ARTICLES[language]]
    if not nouns or any(t.text[:1].isupper() for t in nouns):
        return False
    return not any(t.low in ROLE_WORDS[language] for t in nouns)


def _is_of(t: Token, language: str) -> bool:
    return t.low in _OF[language] or (language == "it" and t.low.startswith("dell’"))


def _relative_clause(
    clause: str, at: int, relative: re.Match[str], language: str
) -> tuple[str, int, int | None]:
    """The relative clause read as a clause of the subject before it ('FortisBC supplies gas
    to ...') and the index of its verb; the clause as it was (and None) when what stands
    before it is no subject, or the relative pronoun is the object ('..., che il comune ha
    acquistato')."""
    head = tokens(clause[: relative.start()])
    if not 1 <= len(head) <= 8 or not starts_with_subject(head, language):
        return clause, at, None
    aside = relative.group("aside") if language == "it" else None
    if aside and not is_participle(aside.split()[0], language):
        return clause, at, None
    if any(t.text in _BREAKS or _verb_word(t, language) for t in head):
        return clause, at, None
    if _name_after_of(head, language):
        return clause, at, None  # "La vicenda della Gerini, che dava lavoro": whose relative?
    if language == "en" and any(
        is_present_at(
            head[i - 1].text, head[i].text, head[i + 1].text if i + 1 < len(head) else ",", "en"
        )
        for i in range(1, len(head))
    ):
        return clause, at, None  # "The town marks| the end of the path, which ...": a clause
    written = [t.text for t in head]
    if language == "en" and any(is_present_s_at(written, i) for i in range(1, len(head))):
        return clause, at, None  # "The money comes| from a lottery, which ...": a clause
    inner = tokens(clause[relative.end() : relative.end() + 30])
    # "..., che oggi conta 41 soci": an Italian adverb of time may stand before the verb
    adverb = language == "it" and len(inner) > 1 and inner[0].low in _SECOND_VERB_ADVERBS
    verb = inner[1] if adverb else inner[0] if inner else None
    if verb is None or not (
        _verb_word(verb, language) or (language == "en" and may_be_present(verb.text, language))
    ):
        return clause, at, None
    if _plural_head(head, language) and _singular_verb(verb, language):
        return clause, at, None  # "Businesses in the village, which has ...": the village has
    cut = relative.end() - relative.start() - 1
    joined = clause[: relative.start()] + " " + clause[relative.end() :]
    return joined, at - cut, len(head) + adverb


def _plural_head(head: list[Token], language: str) -> bool:
    """Whether the noun a subject opens with is plural: 'Businesses| in the village', '|Le
    imprese del paese'."""
    if language == "it":
        return head[0].low in IT_PLURAL_ARTICLES
    words = [t.text for t in head if t.low not in ARTICLES["en"]]
    noun = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if noun == 0 or not words[noun - 1].isalpha():
        return False
    if noun == len(words) and words[-1][:1].isupper() and noun > 1:
        return False  # "Northway Logistics, which employs ...": a name, one firm
    return _plural(words[noun - 1], "en")


def _singular_verb(verb: Token, language: str) -> bool:
    """Whether a relative's verb is singular: 'has', 'employs', 'conta', 'è'."""
    if language == "it":
        return not verb.low.endswith("no")
    return verb.low in {"has", "is", "was", "does"} or (
        verb.low.endswith("s") and not verb.low.endswith("ss")
    )


_TOGETHER = re.compile(r"(Together|Altogether|Combined)\s+(?=[a-z])")


def _verb_group_end(toks: list[Token], verb: int, at: int, language: str) -> int:
    """The end of the verb group that opens at `verb`, before the number at `at`: its
    auxiliaries, participles, adverbs and the verb a modal or another verb governs."""
    k = verb + 1
    while k < at and (
        toks[k].low in _VERB_GLUE
        or toks[k].low in _KEPT_ADVERBS
        or toks[k].low in _DROPPED_ADVERBS
        or is_participle(toks[k].text, language)
        or (toks[k - 1].low in _VERB_GLUE and toks[k].low.endswith(_PARTICIPLE_ENDINGS))
        or (toks[k - 1].low in _PASSIVE and toks[k].text.islower() and not _it_linked(toks[k]))
        or (toks[k - 1].low in _HAVE_AUX and _italian_participle(toks[k]))
        or (toks[k - 1].low in _MODALS and _english_infinitive(toks[k]))
        or (language == "en" and _infinitive_after_adverb(toks, k))  # "must still agree"
        or (toks[k - 1].low in _EN_HAVE and toks[k].low in _SAME_FORM_PASTS)  # "has cost"
        or (toks[k - 1].low in _IT_MODALS and _italian_infinitive(toks[k]))
        or (toks[k - 1].low in _IT_STARE and is_gerund(toks[k].text, "it"))
        or (language == "en" and _adverb_in_group(toks, k, at))
    ):
        k += 1
    if language == "it":
        return _able_end(toks, k, at)
    return _particle_end(toks, _catenative_end(toks, k, at), at)


_IT_ABLE = ("in", "grado", "di")


def _able_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an Italian verb group that goes on with 'in grado di' and the verb it
    governs: 'sarà in grado di spostare| 33 tonnellate'."""
    if k + 3 >= at or tuple(t.low for t in toks[k : k + 3]) != _IT_ABLE:
        return k
    return k + 4 if _italian_infinitive(toks[k + 3]) else k


# English phrasal verbs whose particle stands right before their object: "has set aside|
# £850,000", "laid off| 300 workers", "has set up| a fund of £2m" (by the verb's base; not
# "came back| 20 points behind", "went up| 10%", whose particle takes no object).
_EN_PHRASAL_VERBS = {
    "aside": frozenset("set put lay".split()),
    "off": frozenset("lay pay sell write pick fight ward".split()),
    "out": frozenset(
        "hand give carry pay roll churn wipe sort map lay rule seek single point".split()
    ),
    "up": frozenset(
        "set pick take give sign snap rack clock draw free open put build round buy use".split()
    ),
    "down": frozenset("turn cut shut close bring knock tear pull pay water".split()),
    "back": frozenset("pay give bring buy hand win claw cut scale".split()),
    "away": frozenset("give take throw turn".split()),
}


_EN_PARTICLES = frozenset(_EN_PHRASAL_VERBS)


# What may open the object after a particle: a determiner (the count itself and its
# approximation are told apart below).
_EN_OBJECT_DETERMINERS = frozenset("a an the its their his her".split())


def _particle_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an English verb group that takes the particle after its verb, when the
    object follows: the count, maybe approximated ('set aside| about £2m'), or a determiner
    ('set up| a fund of £2m'); not after 'be' or 'have' ('is up 14%')."""
    if k >= at or toks[k].low not in _EN_PARTICLES or not toks[k].text.islower():
        return k
    verb = toks[k - 1]
    if not verb.text.isalpha() or verb.low in _VERB_GLUE or verb.low in STOPWORDS["en"]:
        return k
    if lemma(verb.low, "en") not in _EN_PHRASAL_VERBS[toks[k].low]:
        return k
    after = toks[k + 1 : at]
    if all(t.low in _APPROX for t in after) or after[0].low in _EN_OBJECT_DETERMINERS:
        return k + 1
    return k


def _infinitive_after_adverb(toks: list[Token], k: int) -> bool:
    """Whether the English word at `k` is the bare verb of a modal an adverb parts from it:
    'must still| agree', 'will also| build'."""
    return (
        k >= 2
        and toks[k - 1].low in _DROPPED_ADVERBS
        and toks[k - 2].low in _MODALS
        and _english_infinitive(toks[k])
    )


def _it_linked(t: Token) -> bool:
    """Whether a word after an Italian 'stato'/'stata' opens what the copula links, no
    participle of a passive: 'è stata di| 31 gradi'."""
    return t.low in {"di", "del", "della", "dello", "dei", "degli", "delle", "dell’", "pari"}


_EN_GROUP_AUXILIARIES = frozenset("is are was were be been has have had".split())


def _adverb_in_group(toks: list[Token], k: int, at: int) -> bool:
    """An English adverb in -ly between an auxiliary and its participle: 'was originally|
    expected to cost', 'has recently| hired' (the question leaves it out)."""
    return (
        toks[k - 1].low in _EN_GROUP_AUXILIARIES
        and k + 1 < at
        and _adverb_in_ly(toks, k)
        and _ly_adverb(toks[k].low)
        and is_participle(toks[k + 1].text, "en")
    )


# Italian modals, and the verbs of intent that take a bare infinitive as they do: the
# infinitive after them is part of the verb group ("può ospitare", "dovrebbe attirare",
# "intende assumere"), as after an English modal.
_IT_MODALS = frozenset(
    """può possono potrà potranno potrebbe potrebbero poteva potevano deve devono dovrà dovranno
    dovrebbe dovrebbero doveva dovevano vuole vogliono vorrà vorranno vorrebbe vorrebbero
    voleva volevano intende intendono intendeva intendevano intenderà intenderebbe""".split()
)


# "stare" before a gerund, the verb group of an action in progress: "sta assumendo".
_IT_STARE = frozenset("sta stanno stava stavano stiamo".split())


def _progressive_verb(toks: list[Token], at: int) -> int | None:
    """The Italian 'stare' before a gerund, before the number, which the lemmatizer may not
    know for a verb: 'I volontari stanno| piantando 600 alberi'."""
    for i in range(1, at - 1):
        if toks[i].low in _IT_STARE and is_gerund(toks[i + 1].text, "it"):
            return i
    return None


def _italian_infinitive(t: Token) -> bool:
    return t.text.islower() and t.low.endswith(("are", "ere", "ire", "rre")) and len(t.low) > 4


def _verb_words(toks: list[Token], first: int, end: int) -> list[str]:
    words = [
        t.text for t in toks[first:end] if t.low not in _DROPPED_ADVERBS and not _ly_adverb(t.low)
    ]
    if first == 0:
        words[0] = words[0].lower()
    return words


# Adverbs of time between "e"/"and" and a second verb: "e oggi esporta", "and now runs".
_SECOND_VERB_ADVERBS = frozenset("oggi ora adesso today now still also anche".split())


# What may open the clause after "and" before its verb: "..., and now employs 140 people".
_OPENING_ADVERBS = _SECOND_VERB_ADVERBS | _DROPPED_ADVERBS


def _shared_subject(text: str, inner: int, language: str) -> str:
    """The subject of the sentence's first clause, when the clause after its comma and 'and'
    opens with a verb and so shares it ('The fireball was seen ..., and| was captured by 23
    cameras'); '' otherwise."""
    opening = tokens(text[inner : inner + 30])
    if len(opening) > 1 and opening[0].low in _OPENING_ADVERBS:
        opening = opening[1:]  # "..., and now employs 140 people": the adverb is the verb's
    if len(opening) < 2 or not opening[0].text.islower():
        return ""
    if not _verb_word(opening[0], language) and (
        # "..., and now employs 140": an English present, not a plural before its verb
        # ("..., and imports fell by 2%"); only "and" joins a second verb to the subject
        # ("..., while imports fell": a clause with a subject of its own)
        text[:inner].rsplit(None, 1)[-1].lower() not in _AND
        or _verb_word(opening[1], language)
        or not _verb_after_subject(opening[0], opening[1], language)
    ):
        return ""
    head = tokens(text[:inner])
    verb = main_verb(head, language)
    if verb is None or not 1 <= verb <= 8 or not starts_with_subject(head, language):
        return ""
    if any(t.text in _BREAKS or t.low in _CLAUSE_WORDS for t in head[:verb]):
        return ""
    shared = text[head[0].start : head[verb].start].strip()
    return lower_first(shared) if head[0].low in ARTICLES[language] else shared


# The verbs of saying that may stand before a reported clause, the subject before them.
_SAYING = {
    "en": re.compile(
        r"\s(?:said|says|say|told\s+\w+|announced|confirmed)"
        r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?$"
    ),
    "it": re.compile(
        r"\s(?:ha|hanno)\s+(?:detto|spiegato|annunciato|riferito|confermato)\s+che\s+$"
    ),
}


_EN_SAYER_PRONOUNS = frozenset(["it", "they", "its"])


_IT_HAVE_SINGULAR = frozenset("ha aveva avrà avrebbe".split())


_IT_HAVE_PLURAL = frozenset("hanno avevano avranno avrebbero".split())


def _sayer_as_subject(text: str, inner: int, doc: Document) -> tuple[str, int]:
    """(sayer, length of the pronoun it replaces) of a reported clause whose subject is the
    one who says it: 'The receivers said they| had received ...' (a plural and 'they', a body
    and 'it'), 'La società ha spiegato che ha| ricevuto ...' (Italian leaves the subject
    unsaid; the auxiliary agrees with the sayer); ('', 0) otherwise."""
    language = doc.language
    said = _SAYING[language].search(text, 0, inner)
    if said is None or said.end() != inner:
        return "", 0
    sayer = text[: said.start()].strip()
    head = tokens(sayer)
    if not 1 <= len(head) <= 6 or any(t.text in _BREAKS for t in head):
        return "", 0
    if not starts_with_subject(head, language) or _person(sayer, doc):
        return "", 0
    last = head[-1].text
    plural = last.islower() and _plural(last, language)
    if language == "it" and head[0].low in ARTICLES["it"]:
        plural = head[0].low in IT_PLURAL_ARTICLES  # "la società", "le società"
    first = text[inner:].split(maxsplit=1)[0] if text[inner:].strip() else ""
    subject = lower_first(sayer) if head[0].low in ARTICLES[language] else sayer
    if language == "en":
        if first not in _EN_SAYER_PRONOUNS or (first == "they") != plural:
            return "", 0
        if first == "its" and not plural:
            return f"{subject}’s", len(first)  # "said its| doctors had treated 37 people"
        if first == "it" and EN_EXTRAPOSED_IT.match(text[inner:].split(maxsplit=1)[-1]):
            return "", 0  # "said it takes two years to train a filleter": 'it' is the training
        return subject, len(first)
    owned = _IT_OWNED.match(text, inner)
    if owned is not None and is_finite(owned.group("verb").lower(), "it"):
        # "L’ospedale ha detto che i suoi| medici hanno curato ..." -> "i medici dell’ospedale"
        of = of_phrase(subject, "it")
        return f"{owned.group('art')} {owned.group('noun')} {of}", owned.end("noun") - inner
    if first not in (_IT_HAVE_PLURAL if plural else _IT_HAVE_SINGULAR):
        return "", 0
    return subject, 0


# An Italian subject the sayer owns, one noun before its verb: "i suoi| medici| hanno".
_IT_OWNED = re.compile(
    r"\s*(?P<art>i|gli|le|il|la|lo)\s+(?:suoi|sue|suo|sua)\s+(?P<noun>[a-zà-ù]+)\s+(?P<verb>\w+)"
)


# Words that open a clause of time or cause with a subject of its own, whose verb a second
# verb after "and" may go with instead of the sentence's ("fined after a pipe burst and sent").
_SUBORDINATORS = {
    "en": frozenset("after before when while because since until once".split()),
    "it": frozenset("dopo quando mentre perché poiché finché".split()),
}


_LONGEST_SUBORDINATE_SUBJECT = 5


# Words before a number that are a preposition or an approximation: "over three years".
_AMBIGUOUS_APPROX = frozenset("over around under".split())


def _subordinate_clause(toks: list[Token], k: int, at: int) -> tuple[int, int] | None:
    """(where its subject opens, where its verb stands) of an English clause after 'when',
    'after', 'once' ... between a verb group and the number, whose subject and verb the
    number's are: 'Work stopped when| ecologists| found| a roost of 60 bats', 'conditions
    were described as unsafe after| an inspection| found| 112 patients'. None when there is
    none or the words after the conjunction are no subject and verb."""
    opens = [j for j in range(k, at) if toks[j].low in _SUBORDINATORS["en"]]
    if not opens:
        return None
    j = opens[-1] + 1
    first = toks[j] if j < at else None
    if first is None or first.low in _SUBJECT_RELATIVES:
        return None
    bare = first.text.isalpha() and first.text.islower() and first.low not in STOPWORDS["en"]
    if not (starts_with_subject(toks[j:at], "en") or bare) or _verb_word(first, "en"):
        return None  # "when it won 12 games": whom "it" means, the question cannot say
    for v in range(j + 1, min(at, j + 1 + _LONGEST_SUBORDINATE_SUBJECT)):
        if toks[v].text in _BREAKS or toks[v].low in PREPOSITIONS["en"]:
            return None
        if toks[v].low in _SUBJECT_RELATIVES:
            return None  # "after a rescue operation that| lasted ...": a noun phrase, no clause
        if toks[v - 1].low in ARTICLES["en"]:
            continue  # "an unannounced| inspection": an adjective
        if _verb_word(toks[v], "en") or toks[v].low in _EN_SAME_FORM_VERBS | _SAME_FORM_PASTS:
            return j, v
    return None


def _subordinate_subject(toks: list[Token], inner: tuple[int, int]) -> str:
    """The subject of a clause after a conjunction, an indefinite article made definite (the
    question asks of the one the sentence told of): 'an inspection' -> 'the inspection'."""
    start, verb = inner
    words = [t.text for t in toks[start:verb]]
    if words[0].lower() in ("a", "an"):
        words[0] = "the"
    elif words[0][:1].isupper() and words[0].lower() in ARTICLES["en"]:
        words[0] = words[0].lower()
    return " ".join(words)


def _coordinated_verb(toks: list[Token], k: int, at: int, language: str) -> int | None:
    """The verb after 'e'/'and' between the first verb group and the number, which has the
    same subject: 'L’azienda è nata nel 1912 e oggi esporta| in 74 paesi' (None when there is
    none)."""
    for c in range(k, at - 1):
        if toks[c].low not in _COORDINATORS or toks[c].low in {"or", "o", "but", "ma"}:
            continue
        v = c + 1
        if toks[v].low in _SECOND_VERB_ADVERBS and v + 1 < at:
            v += 1
        t = toks[v]
        if _verb_word(t, language):
            return v
        if language == "en" and _before_infinitive(toks, k):
            if t.low == "to" and v + 1 < at and _bare_infinitive_at(toks, v + 1):
                return v + 1  # "is expected to lift output and to create| 60 jobs"
            if _bare_infinitive_at(toks, v):
                return v  # "will cover 612km and climb| 16,300m"
        if t.low in ARTICLES[language] or t.low in ARTICULATED or t.low in PREPOSITIONS[language]:
            continue  # "dalla fusione della Filcem e della| Filtea e conta": two nouns joined
        if language != "en" or not t.text.islower() or not may_be_present(t.text, language):
            return None
        # "is listed in Amsterdam and employs", not "paid farmers and cities": two plurals;
        # a unit after its number ends its phrase ("covers 14 kilometres and involves")
        unit = toks[c - 1].low in UNITS or toks[c - 1].low in _EXTRA_UNITS
        counted = unit and c > 1 and toks[c - 2].text[:1].isdigit()
        return None if v == c + 1 and _plural(toks[c - 1].text, language) and not counted else v
    return None


# What an English verb group that goes on with a bare infinitive holds: "will", "to".
_INFINITIVE_LEADS = frozenset("to will would must should shall can could may might".split())


def _infinitive_lead(words: list[str]) -> list[str]:
    """The words of an English verb group up to its last modal or 'to' ('is expected to| cut'),
    which a second verb in the base form shares; [] when there is none."""
    leads = [i for i, w in enumerate(words) if w.lower() in _INFINITIVE_LEADS]
    return words[: leads[-1] + 1] if leads else []


def _before_infinitive(toks: list[Token], k: int) -> bool:
    """Whether the English verb group ending at `k` has its verb in the base form after a
    modal or 'to' ('will cover', 'is expected to lift'), which a second verb may share."""
    return any(
        toks[j].low in _INFINITIVE_LEADS and _bare_infinitive_at(toks, j + 1)
        for j in range(max(0, k - 4), k - 1)
    )


def _bare_infinitive_at(toks: list[Token], at: int) -> bool:
    """Whether the English word at `at` is a verb in its base form: 'climb', 'create'."""
    word = toks[at].text
    if not word.isalpha() or not word.islower() or word in AUXILIARIES["en"]:
        return False
    if word in _INFINITIVE_LEADS:
        return False  # "may", "can": modals, no verbs of their own
    return lemma(word, "en") == word and is_verb_lemma(word)


_COPULA_FORMS = frozenset("is are was were è sono era erano fu".split())


_PREDICATE_RELATIVES = frozenset("that which che".split())


def _predicate_relative(toks: list[Token], verb: int, k: int, at: int, language: str) -> int | None:
    """The verb of a relative clause on the predicate of a copula, before the number at `at`:
    'The trust is a charity founded in 1961 that manages| 40 reserves', 'La Fondazione è un
    ente che gestisce| 12 musei'. What the predicate does, its subject does (None when the
    copula's predicate is no indefinite noun phrase, or the relative's subject is another:
    'è un ente che il comune finanzia')."""
    if toks[verb].low not in _COPULA_FORMS or k >= at:
        return None
    if toks[k].low not in _INDEFINITES and toks[k].low != "un’":  # "è un’area che comprende"
        return None
    for j in range(k + 1, at - 1):
        t = toks[j]
        if t.text in _BREAKS or t.low in _COORDINATORS:
            return None
        if t.low in _CLAUSE_WORDS:
            if t.low not in _PREDICATE_RELATIVES or j + 2 > at:
                return None
            nxt = toks[j + 1]
            if _verb_word(nxt, language) or (
                language == "en" and _verb_after_subject(nxt, toks[j + 2], language)
            ):
                return j + 1
            return None
    return None


def _ly_adverb(word: str) -> bool:
    """An English adverb in -ly, dropped from the verb group ('recently', 'normally'); not a
    verb in -ly ('apply', 'supply')."""
    return word.endswith("ly") and word not in _LY_VERBS


_LY_VERBS = frozenset("apply applies supply rely reply fly imply comply multiply".split())


def _catenative_end(toks: list[Token], k: int, at: int) -> int:
    """The end of an English verb group that goes on with the verb it governs: 'is expected|
    to employ', 'plans| to build', 'recommended| closing', 'was| carrying' (the count is the
    object of the last verb); 'be able' is part of it: 'will be able| to move'."""
    if k + 2 < at and toks[k].low == "able" and toks[k - 1].low in _BE_FORMS:
        k += 1  # "will be able| to move 33 tonnes"
    while (
        k + 1 < at
        and toks[k].low == "to"
        and _english_infinitive(toks[k + 1])
        and toks[k + 1].low not in PREPOSITIONS["en"]
    ):
        k += 2
    if k < at and toks[k].text.islower() and is_gerund(toks[k].text, "en"):
        if toks[k].low not in _NOT_GERUNDS and toks[k].low not in PREPOSITIONS["en"]:
            if k + 1 >= len(toks) or toks[k + 1].low != "of":
                k += 1  # not "announced funding| of £12m": a noun of its own phrase
    return k


# The forms of "be" before "able to": "will be able to", "is able to", "were able to".
_BE_FORMS = frozenset("be is are was were been".split())


# Words in -ing that are no verb a count follows: "the building", "during".
_NOT_GERUNDS = frozenset("during including according following building morning evening".split())


# Adverbials of time or place between a verb and its count, moved to the end of the question:
# "La Franciacorta produce ogni anno circa 20 milioni di bottiglie", "has sent to the site".
_MOVED_ADVERBIALS = {
    "it": (
        ("ogni", "anno"),
        ("ogni", "giorno"),
        ("ogni", "mese"),
        ("ogni", "settimana"),
        ("ogni", "estate"),
        ("ogni", "inverno"),
        ("in", "media"),
        ("in", "tutto"),
        ("in", "totale"),
        ("sul", "posto"),
        ("finora",),
    ),
    "en": (
        ("each", "year"),
        ("every", "year"),
        ("each", "day"),
        ("every", "day"),
        ("a", "year"),
        ("on", "average"),
        ("in", "all"),
        ("in", "total"),
        ("so", "far"),
        ("to", "the", "site"),
    ),
}


def _moved_adverbial(toks: list[Token], k: int, at: int, language: str) -> tuple[int, str]:
    """(where the words before the count start, the adverbial they open with or '')."""
    for words in _MOVED_ADVERBIALS[language]:
        end = k + len(words)
        if end <= at and tuple(t.low for t in toks[k:end]) == words:
            return end, " ".join(t.text for t in toks[k:end])
    if k < at and _verb_adverb(toks, k, language):
        return k + 1, toks[k].text  # "conta oggi 41 soci", "è costato complessivamente"
    return k, ""


# Adverbs of time that stand between a verb and its count: "conta oggi 41 soci".
_TIME_ADVERBS = {
    "it": frozenset("oggi ieri tuttora attualmente".split()),
    "en": frozenset("today currently".split()),
}


def _verb_adverb(toks: list[Token], k: int, language: str) -> bool:
    """Whether the word after a verb group is an adverb of the verb: one of time, an Italian
    adverb in -mente ('complessivamente') or an English one in -ly ('is today home to',
    'cost roughly')."""
    word = toks[k]
    if not word.text.islower() or not word.text.isalpha():
        return False
    if word.low in _TIME_ADVERBS[language]:
        return True
    if language == "it":
        return len(word.low) > 8 and word.low.endswith("mente")
    return _adverb_in_ly(toks, k) and _ly_adverb(word.low) and word.low not in _APPROX_LY


# "-ly" words that say how near the number is, left to the approximation: "roughly 85%".
_APPROX_LY = frozenset("roughly nearly approximately only barely fully slightly".split())


_INDEFINITES = frozenset("un una uno a an".split())


# The Italian definite plurals. Before a count one names a threshold: "il museo ha superato i
# 250.000 ingressi".
def _count_head(toks: list[Token], k: int, at: int, language: str) -> int:
    """Where the words between the verb group and the count end once the article of a threshold
    is left out ('ha superato i| 250.000 ingressi'), before an approximation if any."""
    stop = at
    while stop > k and toks[stop - 1].low in _APPROX and toks[stop - 1].low != "di":
        stop -= 1
    if stop - 1 >= k and language == "it" and toks[stop - 1].low in IT_PLURAL_ARTICLES:
        return stop - 1
    return at


_DAY_FIRST = re.compile(
    r"^(?P<day>\S+(?:\s+(?:sera|mattina|pomeriggio|notte|scorso|scorsa|morning|afternoon|evening"
    r"|night))?)\s+(?P<rest>\S.*)$"
)


def _day_before(subject: str, language: str) -> tuple[str, str]:
    """(subject, day) of a subject that opens with the day of the week the clause tells of,
    no comma between: 'Lunedì sera l’autostrada A14' -> ('l’autostrada A14', 'lunedì sera')."""
    first = subject.partition(" ")[0].lower()
    m = _DAY_FIRST.match(subject) if first in WEEKDAYS else None
    if m is None:
        return subject, ""
    day, rest = m.group("day"), m.group("rest")
    date = _DAY_DATE.match(rest)
    if date is not None and date.group("month").lower() in _MONTHS[language]:
        # "Lunedì 9 febbraio il distretto": the date goes with its day
        day, rest = f"{day} {date.group(0).strip()}", rest[date.end() :]
    if not starts_with_subject(tokens(rest), language):
        return subject, ""
    return rest, day[0].lower() + day[1:]


_DAY_DATE = re.compile(r"\d{1,2}\s+(?P<month>[A-Za-zà-ù]+)\s+")


# Verbs before an Italian infinitive of aim: "Per| far| funzionare", "Per| poter| aprire".
_IT_AIM_HELPERS = frozenset("far fare poter potere".split())


_LONGEST_AIM = 8  # words of an aim that opens the clause, "per" and its object included


def _purpose_phrase(toks: list[Token], first: int) -> bool:
    """Whether the words before an Italian verb are 'per' and an infinitive with its object,
    an aim ('Per far funzionare il reparto| servono ...', 'Per completare i lavori|
    serviranno ...'): no comma, figure, name or second verb in it."""
    if first < 2 or first > _LONGEST_AIM or toks[0].low != "per":
        return False
    k = 2 if toks[1].low in _IT_AIM_HELPERS and first > 2 else 1
    if not _italian_infinitive(toks[k]):
        return False
    rest = toks[k + 1 : first]
    return all(t.text.isalpha() and t.text.islower() and not is_finite(t.text, "it") for t in rest)


# Italian adverbs of time that may open a clause whose subject follows its verb: "Ieri| sono
# stati registrati 147 terremoti", "Oggi| lavorano nel cantiere 520 dipendenti".
_IT_TIME_ADVERBS = frozenset("ieri oggi domani attualmente finora stamattina stanotte".split())


def _subject(
    clause: str, toks: list[Token], first: int, s: Sentence, doc: Document
) -> tuple[str | None, str]:
    """(subject, opening) of the words before the verb group: a subject, an adverbial that
    stands in its place ('Sul posto operano ...'), or none (None when they are neither)."""
    language = doc.language
    entry = s.entry.phrase if s.entry is not None and refers_to_entry(s, language) else None
    if first == 0:
        if entry is None and _entry_drops_subject(toks, s, language):
            entry = s.entry.phrase if s.entry is not None else None
        return (lower_first(entry) if entry else ""), ""
    head = toks[0].low
    before = clause[: toks[first].start].strip()
    if language == "it" and _purpose_phrase(toks, first):
        # "Per far funzionare il reparto| servono 14 medici": the aim, kept for the end
        return "", before[0].lower() + before[1:]
    if head in PREPOSITIONS[language] or head in ARTICULATED:
        named = any(t.text[:1].isupper() for t in toks[1:first])
        if (named and not _place_before_plural(toks, first, language)) or _has_subject(
            toks[1:first], language
        ):
            return None, ""
        opening = lower_first(before[0].lower() + before[1:])
        if entry is None and _entry_drops_subject(toks[first:], s, language):
            # "(L’Arena ...) In epoca romana poteva accogliere ...": the entry, the adverbial
            # kept for the end of the question
            kept = "" if head in _WITH else opening  # "Con 10 milioni di abitanti": a trait
            return lower_first(s.entry.phrase) if s.entry is not None else "", kept
        return "", opening
    if head in _PRONOUNS and first == 1:
        return (lower_first(entry) if entry else None), ""
    if language == "it" and head in _IT_TIME_ADVERBS and first == 1:
        return "", head  # "Ieri sono stati registrati ...": the time, kept for the end
    timed = language == "en" and _time_possessive(toks[:first])
    if head in ADVERBIALS[language] and not timed:
        return None, ""
    if (
        not timed
        and not starts_with_subject(toks, language)
        and not _bare_plural(toks[:first], language)
        and not (language == "en" and _gerund_modified_plural(toks[:first]))
        and not (language == "en" and _gerund_subject(toks[:first]))
        and not (language == "en" and _bare_after_source(s.text, toks[:first]))
    ):
        return None, ""
    relative = False  # "A fire that burned on the moor": a subject with its relative
    for i, t in enumerate(toks[:first]):
        if t.low in _CLAUSE_WORDS:
            if not _subject_relative(toks, i, language):
                return None, ""  # "Organisers estimate that the event brings": no subject
            relative = True
    if toks[first - 1].low in _COORDINATORS:
        return None, ""  # "The plant cost €5bn and will employ": a second verb, not a subject
    subject = drop_titles(before, doc)
    # an Italian subject says its articles and prepositions: "i tempi medi di attesa per i
    # pazienti con codice verde"
    longest = _LONGEST_RELATIVE if relative else 12 if language == "it" else 10
    if not subject or len(subject.split()) > longest:
        return None, ""
    if s.entry is not None and subject.split()[0] in s.entry.name.split():
        return subject, ""  # "Matera ha perso ...": the entry's name, not a word to lowercase
    return _common_first(lower_first(lower_initial(subject, doc)), doc), ""


def _gerund_modified_plural(toks: list[Token]) -> bool:
    """Whether English words before a verb are a plural noun after a gerund that describes it,
    with maybe a complement of plain words after it: 'Starting salaries for production staff|
    will be', 'Running costs| rose' (not an adverbial: 'Following protests the council')."""
    if len(toks) < 2 or toks[0].low in _NOT_GERUNDS or not is_gerund(toks[0].text, "en"):
        return False
    noun = toks[1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in STOPWORDS["en"]:
        return False
    if not _plural(noun.low, "en") or len(toks) > 6:
        return False
    rest = toks[2:]
    if rest and rest[0].low not in PREPOSITIONS["en"]:
        return False
    return all(t.text.isalpha() and t.text.islower() and t.low not in ARTICLES["en"] for t in rest)


_LONGEST_GERUND_COMPLEMENT = 4  # words of a gerund subject's complement: "on the farms"


def _gerund_subject(toks: list[Token]) -> bool:
    """Whether English words before a verb are a gerund or a noun in '-ing' as its whole
    subject, with maybe a complement of plain words: 'Flooding| costs farmers', 'Dredging of
    the river| took' (not a phrase with a name: 'Speaking at the hearing Smith| said')."""
    if not toks or toks[0].low in _NOT_GERUNDS or not is_gerund(toks[0].text, "en"):
        return False
    rest = toks[1:]
    if not rest:
        return True
    if len(rest) > _LONGEST_GERUND_COMPLEMENT or rest[0].low not in PREPOSITIONS["en"]:
        return False
    return all(t.text.isalpha() and t.text.islower() for t in rest)


def _entry_drops_subject(toks: list[Token], s: Sentence, language: str) -> bool:
    """Whether an Italian clause about an entry opens with a singular verb and so has the
    entry as its subject, which Italian leaves unsaid: '(L’Arena ...) In epoca romana poteva
    accogliere 30.000 spettatori'; not a plural ('Vi aderiscono 7.000 comuni', whose count is
    the subject) nor 'ci'/'vi' ('Ci sono 46 serate')."""
    if language != "it" or s.entry is None or not toks or toks[0].low in _CLITICS - {"si", "non"}:
        return False
    at = next((i for i, t in enumerate(toks) if t.low not in _CLITICS), None)
    if at is None or not toks[at].text.islower() or toks[at].low.endswith("no"):
        return False
    return not _subject_after_verb(toks, at)


# Italian verbs with no object, whose subject may follow them: 'Nelle sale lavora una squadra
# di 20 restauratori', 'Per il restauro servirà una spesa di 14 milioni' (the verbs of being
# needed), 'Nel parco vive una colonia di cervi'; not the copulas ('rimane uno dei musei').
_IT_INTRANSITIVE = frozenset(
    """emergere nascere morire arrivare partire sorgere entrare uscire cadere apparire venire
    andare giungere esistere tornare accadere succedere avvenire scomparire crescere passare
    durare lavorare vivere abitare risiedere operare servire occorrere bastare mancare
    partecipare prevalere convivere sopravvivere aderire scioperare manifestare""".split()
)


_IT_ESSERE_FORMS = frozenset(
    "è era sarà fu sono erano saranno furono viene veniva verrà venne".split()
)


def _it_intransitive(word: str) -> bool:
    """Whether an Italian verb form is one of _IT_INTRANSITIVE ('vive', whose lemma reads as a
    noun's, by its infinitive)."""
    if lemma(word, "it") in _IT_INTRANSITIVE:
        return True
    stem = word[:-1]
    return word.endswith(("a", "e")) and any(stem + e in _IT_INTRANSITIVE for e in _IT_INFINITIVES)


_IT_INFINITIVES = ("are", "ere", "ire")


def _subject_after_verb(toks: list[Token], at: int) -> bool:
    """Whether an Italian verb group at `at` is followed by its own subject, an article and a
    noun: after a verb with no object ('vi lavora una squadra'), a passive or a compound of
    'essere' ('è conservata una collezione', 'è arrivato un finanziamento') or a verb with
    'si' ('si trova una biblioteca'). After any other verb the noun is its object ('poteva
    accogliere 30.000 spettatori', 'conserva una collezione')."""
    end = at + 1
    while end < len(toks) and (
        toks[end].low in _IT_MODALS
        or toks[end].low in AUXILIARIES["it"]
        or _italian_infinitive(toks[end])
        or is_participle(toks[end].text, "it")
    ):
        end += 1
    if end >= len(toks) or toks[end].low not in ARTICLES["it"]:
        return False
    head = toks[end - 1]
    if head.low in _STATO:
        return False  # "è stato uno dei dieci musei": a copula
    if any(t.low == "si" for t in toks[:at]) or _it_intransitive(head.low):
        return True
    return toks[at].low in _IT_ESSERE_FORMS and end - at > 1 and is_participle(head.text, "it")


_STATO = frozenset("stato stata stati state".split())


_IT_OF_JOINTS = frozenset("di del dello della dei degli delle dell’".split())


# English words of a time that own a noun after "this"/"last"/"next": "this year’s edition".
_EN_OWNING_TIMES = frozenset("year week month season summer winter spring autumn weekend".split())


def _time_possessive(words: list[Token]) -> bool:
    """Whether English words open with a time's possessive and name what it owns: 'This
    year’s edition', 'Last season’s final' (a subject, not an adverbial of time)."""
    if len(words) < 4 or words[0].low not in {"this", "last", "next"}:
        return False
    owner, mark = words[1].low.rstrip("’'"), words[2].low
    if owner not in _EN_OWNING_TIMES or mark != "s" or words[1].low == owner:
        return False
    return all(t.text.isalpha() and t.text.islower() for t in words[3:])


def _place_before_plural(toks: list[Token], first: int, language: str) -> bool:
    """Whether an Italian clause opens with a preposition and a place, then a plural verb
    (after 'si'), whose subject follows it: 'Sul Matese vivono| 14 branchi', 'Nella provincia
    di Cuneo si registrano| 1.400 casi' ('In Francia Macron ha' has its subject before the
    verb). The place is names, or a noun and the names of its 'di'."""
    if language != "it" or not 2 <= first <= 6:
        return False
    verb = first + 1 if toks[first].low == "si" and first + 1 < len(toks) else first
    if not toks[verb].low.endswith("no"):
        return False
    place = toks[1:first]
    if all(t.text[:1].isupper() and t.text.isalpha() for t in place):
        return len(place) <= 3
    noun, joint, names = place[0], place[1:2], place[2:]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in STOPWORDS["it"]:
        return False
    if not joint or joint[0].low not in _IT_OF_JOINTS or not names:
        return False
    return all(t.text[:1].isupper() and t.text.isalpha() for t in names)


def _common_first(subject: str, doc: Document) -> str:
    """'Women made up 38 percent': a known word that opens the sentence, and the article
    writes it in lowercase elsewhere ('the women’s race'), is lowercased even when other
    sentences open with it too."""
    if not subject[:1].isupper():
        return subject
    first, _, rest = subject.partition(" ")
    if not first[1:].islower() or rest[:1].isupper():
        return subject
    if first.lower() in QUANTIFIERS:  # "Ogni intervento", "Each school": never a name
        return f"{first.lower()} {rest}".rstrip()
    if first in doc.inner_capitals or first in doc.people:
        return subject
    low = first.lower()
    if not is_known_word(low, doc.language) or low not in _lowercase_words(doc.texts):
        return subject
    return f"{low} {rest}".rstrip()


_LOWER_WORD = re.compile(r"\b[a-zà-ù]+")  # "women" of "the women’s race"


# The lowercase words of the last documents read, found once for each: (texts, words) by the
# id of the texts (the texts are kept, so the id is not reused).
_LOWERCASE: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def _lowercase_words(texts: tuple[str, ...]) -> frozenset[str]:
    found = _LOWERCASE.get(id(texts))
    if found is None or found[0] is not texts:
        if len(_LOWERCASE) > 4:
            _LOWERCASE.clear()
        found = (texts, frozenset(_LOWER_WORD.findall("\n".join(texts))))
        _LOWERCASE[id(texts)] = found
    return found[1]


def _bare_plural(toks: list[Token], language: str) -> bool:
    """Whether the words before a verb are a plural with no article, which only a clause
    inside a sentence opens with: '(Organisers said) entries| had risen', '(..., mentre)
    nuove nevicate| sono attese' (a sentence opens with a capital, read as a name)."""
    place = _place_after(toks, language)
    if place:  # "overnight stays| in Cork| grew": the plural, then the place it is of
        toks = toks[:-place]
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in toks):
        return False
    if any(t.low in STOPWORDS[language] or t.low in PREPOSITIONS[language] for t in toks):
        return False
    return _plural(toks[-1].text, language)


_PLACE_OF = {"en": frozenset("in at to from".split()), "it": frozenset("a in da".split())}


def _place_after(toks: list[Token], language: str) -> int:
    """The number of words of a preposition and a name that close a subject ('stays| in
    Cork', 'visitors| to North Wales'), or 0."""
    for size in (2, 3, 4):
        if len(toks) <= size:
            break
        phrase = toks[-size:]
        if phrase[0].low in _PLACE_OF[language] and all(
            t.text[:1].isupper() and t.text.isalpha() for t in phrase[1:]
        ):
            return size
    return 0


_LONGEST_BARE_SUBJECT = 5  # words: "bus use in the city"


def _bare_after_source(text: str, toks: list[Token]) -> bool:
    """Whether the words before an English verb are a noun with no article after a leading
    source, which only a subject can be there: 'According to the ONS,| unemployment| rose',
    '..., bus use in Hull| fell': plain lowercase words, a preposition only inside."""
    if not text.startswith("According to ") or not 1 <= len(toks) <= _LONGEST_BARE_SUBJECT:
        return False
    head = toks[0]
    if not head.text.isalpha() or not head.text.islower() or head.low in STOPWORDS["en"]:
        return False
    if head.low in ADVERBIALS["en"] or head.low.endswith("ly") or is_gerund(head.text, "en"):
        return False
    for before, t in zip(toks, toks[1:], strict=False):
        if not t.text.isalpha() or is_finite(t.text, "en"):
            return False
        if t.low == "the" and before.low in PREPOSITIONS["en"]:
            continue  # "bus use in the| city"
        if t.low in STOPWORDS["en"] and t.low not in PREPOSITIONS["en"]:
            return False  # "last year the| reserve": an adverbial, then the subject
    return toks[-1].low not in PREPOSITIONS["en"] and toks[-1].low != "the"


_CLAUSE_WORDS = frozenset("that which who whom whether if che cui se".split())


_COORDINATORS = frozenset("and or but e ed o ma".split())


def _has_subject(toks: list[Token], language: str) -> bool:
    """Whether an opening adverbial runs into a subject: a bare article after a noun ('Nella
    notte la protezione civile ...')."""
    articles = _SUBJECT_ARTICLES[language]
    for i, t in enumerate(toks):
        if t.low in articles and i > 0 and toks[i - 1].low not in PREPOSITIONS[language]:
            if toks[i - 1].low in _AND:
                continue  # "Tra il 2018 e il 2021": the second term of the preposition's pair
            return True
    return False


# The articles a subject opens with ("a" is an Italian preposition: "da gennaio a ottobre").
_SUBJECT_ARTICLES = {
    "it": frozenset("il lo la i gli le l’ un uno una".split()),
    "en": frozenset("the a an".split()),
}


# An Italian span of time the count tells, right before the verb's object: "ha raccolto| in tre
# giorni| 40.000 euro".
_IT_SPAN_BEFORE = re.compile(
    r"\sin\s+(?:appena\s+|soli\s+|meno\s+di\s+)?\S+\s+(?:giorni|settimane|mesi|anni|ore|minuti)$"
)


def _object_after_span(rest: str) -> str:
    """The object that follows an Italian span of time, to the end of its clause, its figure
    whole ('40.000 euro', not '40'); '' when it runs on."""
    figure = re.match(r"\s*\d+(?:[.,]\d+)*", rest)
    assert figure is not None
    after = tail_of(rest, figure.end())
    tail = squash(figure.group(0) + after)
    return tail if len(tail.split()) <= _LONGEST_OBJECT_AFTER_SPAN else ""


_LONGEST_OBJECT_AFTER_SPAN = 5  # words: "40.000 euro per la nuova ambulanza"


# The ages of the counted people right after them: "2,312 people| aged 65 to 85", "aged
# between six and 15".
_AGE = rf"(?:\d+|{_alternation(list(NUMBER_WORDS['en']))})"
_AGED = re.compile(rf"aged\s+(?:between\s+)?{_AGE}(?:\s+(?:to|and)\s+{_AGE})?\b")


# A bracket inside a name, the name going on after it: "the Water| (Northern Ireland) Order".
_NAME_GOES_ON = re.compile(r"\s*\([^()]{1,40}\)\s+[A-Z]")


_LONGEST_TAIL = 8  # words


# A rate after an Italian figure, then a complement of the figure's: "l’anno di produzione".
_RATE_THEN_OF = re.compile(r"(?:all’|l’)anno\s+di\s|al\s+mese\s+di\s")


def _tail(text: str, at: int, language: str) -> str | None:
    """What follows the counted phrase, to the end of its clause (None when too long, or when
    it goes on with a second number: '300 votes to 200', '15 voti contro 4')."""
    rest = text[at:]
    tail = tail_of(rest).strip()
    if language == "it" and _RATE_THEN_OF.match(tail):
        return None  # "120 milioni di euro l’anno| di produzione salvata": the figure's own
    if language == "en" and _AGED.match(tail):
        return ""  # "2,312 people| aged 65 to 85 with ...": who they are, no clause of its own
    if tail[-1:].isalpha() and tail.rsplit(maxsplit=1)[-1][:1].isupper():
        if _NAME_GOES_ON.match(text, at + len(rest) - len(rest.lstrip()) + len(tail)):
            return None  # "under the Water| (Northern Ireland) Order": a name the bracket cut
    if tail and _LIST_GOES_ON.match(text, at + len(rest) - len(rest.lstrip()) + len(tail)):
        return ""  # "212 adults| with chronic bone, joint or urinary infections": a list cut
    if language == "en" and _ADJECTIVES_CUT.search(tail):
        after = _NEXT_ADJECTIVE.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if after and not ({after.group(1), after.group(2)} & STOPWORDS["en"]):
            return ""  # "stored in cold|, dark rooms at ...": the comma joins two adjectives
    if language == "it" and not tail:
        shared = _SHARED_MORE.match(rest)
        if shared:  # "servono 14 medici| e 26 infermieri in più": "in più" is both counts'
            return shared.group("more")
    if language == "it":  # "alle malattie croniche| come diabete e scompenso"
        tail = _before_examples(tail, text, at + len(rest) - len(rest.lstrip()) + len(tail))
    if tail[-1:].isalpha() and tail.rsplit(maxsplit=1)[-1][:1].isupper():
        both = _AND_NAME.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if both:  # "tra Faenza e Forlì": two names joined by "e" are one place, not two clauses
            tail = squash(f"{tail} {both.group(0)} {tail_of(text, both.end())}")
    longest = _LONGEST_TAIL
    if language == "en" and tail[-1:].isalpha():
        pair = second_of_pair(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if pair:  # "from the federal| and Tasmanian governments": one phrase, not two clauses
            end = at + len(rest) - len(rest.lstrip()) + len(tail) + len(pair) + 1
            whole = squash(f"{tail} {pair} {tail_of(text, end)}")
            tail = whole if len(whole.split()) <= _LONGEST_TAIL else squash(f"{tail} {pair}")
            # the pair's second half makes no tail too long that was short enough without it
            longest += len(pair.split())
    if tail[-1:].isdigit():
        day = _AND_DAY.match(text, at + len(rest) - len(rest.lstrip()) + len(tail))
        if day:  # "nelle giornate del 6 e 7 febbraio": one date, not two clauses
            tail = squash(f"{tail} {day.group(0)}")
    first = tail.split(maxsplit=1)[0] if tail else ""
    if first.lower() in _BETWEEN and _kinds_of_counted(tail, language):
        return ""  # "190 miliardi| tra sovvenzioni e prestiti": what it is made of
    if len(tail.split()) > longest and language == "en":
        tail = _without_agent_phrase(tail)
    if len(tail.split()) > longest or _SCORE.match(tail):
        return None
    if tail.lower() in _COORDINATORS:
        return ""  # "through two schools| and|, more recently, ...": a list the comma cut
    if language == "it" and _agreeing_adjective(tail, text[:at]):
        return ""  # "1.600 movimenti bancari| sospetti": the counted's adjective, no clause
    if language == "it" and " " in tail:
        word, others = tail.split(maxsplit=1)
        joint = others.split(maxsplit=1)[0].lower()
        plain = not is_participle(word, "it") and not word.endswith(("nti", "nte"))
        if (joint in PREPOSITIONS["it"] or joint in ARTICULATED) and plain:
            if _agreeing_adjective(word, text[:at]):
                # "per 41 giorni| complessivi| a causa di ...": the adjective is the counted's;
                # not "26 dipartimenti distribuiti in ...", "pazienti residenti in ...", whose
                # complement tells the counted apart
                tail, first = others, joint
    if language == "it" and first in _RATE_ARTICLES:
        tail = _as_rate(tail)
    if first.islower() and (
        is_participle(first, language) or _governs(" " + tail, len(first) + 1, first)
    ):
        return ""  # "14 lines of Latin| written in two columns": it tells the counted apart
    if language == "en" and first.islower() and is_gerund(first, language):
        if first not in _EN_ING_PREPOSITIONS:  # "fell by 9%| during the restoration"
            return ""  # "23 cameras| belonging to the network": so does a participle in -ing
    if first.lower() in _EXAMPLES and text[at:].strip().startswith(tail + ","):
        return ""  # "300 reperti| tra papiri, ostraca, ...": a list the comma cut
    if first[:1].isdigit() and language == "it" and _IT_SPAN_BEFORE.search(text, 0, at):
        return _object_after_span(rest)  # "ha raccolto in tre giorni| 40.000 euro"
    if first[:1].isdigit() or first.lower() in NUMBER_WORDS[language]:
        return ""  # "in two doses| three months apart": a measure of the counted
    second = tail.split(maxsplit=2)[1:2]
    if first == "su" and second and (second[0][:1].isdigit() or second[0] in NUMBER_WORDS["it"]):
        return ""  # "quattro arcate| su tre ordini": how the counted stand, not the clause's
    return tail


# English prepositions in -ing, which open a phrase of the clause, no participle.
_EN_ING_PREPOSITIONS = frozenset("during".split())


def _without_agent_phrase(tail: str) -> str:
    """An English tail cut before a participle and its agent that describe the noun before
    them: 'into a community fund| run by the parish council' -> 'into a community fund'."""
    words = tail.split()
    for i in range(2, len(words) - 1):
        noun = words[i - 1]
        if words[i + 1] != "by" or not is_participle(words[i], "en"):
            continue
        if noun.isalpha() and noun.islower() and noun not in STOPWORDS["en"]:
            return " ".join(words[:i])
        return tail
    return tail


def _agreeing_adjective(tail: str, before: str) -> bool:
    """Whether an Italian tail is one plural adjective that agrees with the noun before it."""
    if " " in tail or not tail.isalpha() or not tail.islower() or tail in STOPWORDS["it"]:
        return False
    return tail[-1:] in "ie" and before.rstrip()[-1:] == tail[-1:] and not is_finite(tail, "it")


_AND_DAY = re.compile(r"\s+(?:e|ed|and)\s+\d{1,2}\s+[a-zà-ù]+")


_BETWEEN = frozenset("tra fra between".split())


_AND_WORD = re.compile(r"\s+(?:e|ed|and)\s+(?=[a-zà-ù])")


def _kinds_of_counted(tail: str, language: str) -> bool:
    """Whether a tail 'tra'/'between' and a bare noun goes on with 'e'/'and' and a second one:
    the kinds the counted is made of ('tra sovvenzioni e prestiti'), not a time or a place."""
    joined = _AND_WORD.search(tail)
    if joined is None:
        return False
    words = tail[: joined.start()].split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False  # "tra sovvenzioni", "tra soci diretti"
    if words[1] in ARTICLES[language] or words[1] in NUMBER_WORDS[language]:
        return False
    return not any(w in STOPWORDS[language] for w in words[1:])


# A unit of time with its article after a sum makes it a rate ("65 milioni di euro l’anno");
# a question that keeps the article reads it as the object of a verb before it ("le sinergie
# indicate dal management l’anno"): it says the rate with "a" ("all’anno").
_RATES = {
    "l’anno": "all’anno",
    "il mese": "al mese",
    "la settimana": "alla settimana",
    "il giorno": "al giorno",
}


_RATE_ARTICLES = frozenset(phrase.split()[0] for phrase in _RATES)


def _rate_first(tail: str) -> tuple[str, str]:
    """(rate, rest) of a tail that opens with a rate: the rate goes with the verb, before a
    subject that may end in a participle ('le sinergie indicate dal management| all’anno')."""
    for rate in _RATES.values():
        if tail == rate or tail.startswith(rate + " "):
            return rate, tail[len(rate) :].strip()
    return "", tail


# What makes a unit of time after a sum a time, not a rate: "l’anno scorso", "il mese prossimo".
_NOT_RATE = re.compile(
    r"\s+(?:scors[oa]|prossim[oa]|passat[oa]|precedente|successiv[oa]|dopo|prima)\b"
)


def _as_rate(tail: str) -> str:
    for phrase, rate in _RATES.items():
        if tail == phrase or tail.startswith(phrase + " "):
            if _NOT_RATE.match(tail, len(phrase)):
                return tail  # "11 mila porzioni| l’anno scorso": last year, no rate
            return rate + tail[len(phrase) :]
    return tail


_AND_NAME = re.compile(r"\s+(?:e|ed|and)\s+[A-Z][\w’-]*")


# A tail that ends with a preposition and one bare word, then a comma, a word and a plural
# noun before what ends a phrase: "in cold|, dark rooms at": two adjectives of one noun.
_ADJECTIVES_CUT = re.compile(r"(?:^|\s)(?:in|on|at|into|from|with|for|by)\s+[a-z]+$")
_NEXT_ADJECTIVE = re.compile(
    r",\s+([a-z]+)\s+([a-z]+s)(?=[,;.:]|\s+(?:in|on|at|of|from|for|with|by|near)\b|$)"
)


# A second count that ends its clause with "in più", which the first shares: "14 medici| e 26
# infermieri in più".
_SHARED_MORE = re.compile(
    r"\s+e\s+\d[\d.,]*\s+[a-zà-ù]+(?:\s+[a-zà-ù]+)?\s+(?P<more>in\s+(?:più|meno))\s*(?:[;.]|$)"
)


# The "e" that joins a last item to a list the tail was cut in: "come diabete| e scompenso".
_AND_GOES_ON = re.compile(r"\s*\s(?:e|ed)\s+\w")


def _before_examples(tail: str, text: str, cut: int) -> str:
    """An Italian tail cut at `cut` in `text`, without the examples "come" opens when the cut
    falls at their "e" and would leave them half: 'alle malattie croniche come diabete| e
    scompenso' -> 'alle malattie croniche'; else the tail as it is."""
    if " come " not in f" {tail} " or not _AND_GOES_ON.match(text, cut):
        return tail
    return squash(f" {tail} ".split(" come ", 1)[0])


# What opens a list of examples of the counted: "300 reperti tra papiri, ostraca e statue".
_EXAMPLES = frozenset("tra fra including among like come incluse inclusi".split())


# A comma inside a list, which goes on with an item or two and its "or"/"and": "bone, | joint
# or urinary infections"; not the examples that follow one ("in 30 paesi, | tra cui ...",
# "such as").
_LIST_GOES_ON = re.compile(
    r",(?!\s+(?:" + _alternation([*_EXAMPLES, "such"]) + r")\b)"
    r"\s+[\w’-]+(?:\s+[\w’-]+)?(?:,\s+[\w’-]+(?:\s+[\w’-]+)?)*\s+(?:or|and|o|e|ed)\s+\w"
)


_SCORE = re.compile(r"^(?:to|against|a|contro|su)\s+\d")


def _frame_question(
    frame: _Frame, language: str, it_lead: str, en_lead: str, rest: str
) -> str | None:
    """The question of a clause's figure by its wh-words, the verb before the subject in
    Italian ('A quale altitudine sorge il borgo?') and in question order in English ('At what
    altitude does the pass lie?'), with `rest` after it; None when English has no order."""
    if language == "it":
        verb = " ".join(frame.verb)
        return upper_first(squash(f"{it_lead} {verb} {frame.subject} {rest}")) + "?"
    body = _english_body(frame, frame.subject)
    return None if body is None else squash(f"{en_lead} {body} {rest}") + "?"


def _english_body(frame: _Frame, subject: str) -> str | None:
    """The question order of an English clause: 'did the rover carry', 'has the record been
    broken', 'does the council have'."""
    verb = list(frame.verb)
    head = verb[0].lower()
    if head in {"has", "have", "had"} and len(verb) == 1:
        do = {"has": "does", "have": "do", "had": "did"}[head]
        return f"{do} {subject} have"
    if head in AUXILIARIES["en"] or head in _TRUE_MODALS:  # "must the trust monitor"
        if head in {"is", "are", "was", "were"} and len(verb) == 1:
            return None  # "The victims were 12 children": no question reads well
        rest = [w for w in verb[1:] if w.lower() not in _KEPT_ADVERBS]
        negation = [w for w in verb[1:] if w.lower() in _KEPT_ADVERBS]
        return squash(f"{head} {subject} {' '.join(negation)} {' '.join(rest)}")
    base = lemma(head, "en")
    if head in _SAME_FORM_PASTS or head in _EN_SAME_FORM_VERBS:
        return squash(f"did {subject} {head} {' '.join(verb[1:])}")
    if base == head and not is_finite(head, "en"):
        if len(verb) == 1 and _plural_subject(subject):
            return f"do {subject} {head}"  # "The trams carry| ..." -> "do the trams carry"
        return None
    if head.endswith("s") and not is_finite(head, "en"):
        return squash(f"does {subject} {base} {' '.join(verb[1:])}")
    return squash(f"did {subject} {base} {' '.join(verb[1:])}")


def _plural_subject(subject: str) -> bool:
    """Whether an English subject is a plural noun phrase: its last word before any
    preposition is a plural noun ('the trams', 'pups', 'the ferries of the island')."""
    words = subject.split()
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS["en"]), len(words))
    if head == 0 or not words[head - 1].isalpha() or not words[head - 1].islower():
        return False
    return _plural(words[head - 1], "en") and words[head - 1] not in STOPWORDS["en"]


def _is_copula(frame: _Frame, language: str) -> bool:
    """A verb group that is only 'è'/'is': it counts nothing ('Il bilancio è di 12 morti')."""
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS | _KEPT_ADVERBS]
    return len(words) == 1 and lemma(words[0], language) in _COPULAS


_IT_BEEN = frozenset("stato stata stati state".split())


def _italian_copula_group(frame: _Frame) -> bool:
    """An Italian copula in a compound tense: 'è stata', 'era stato', 'sarà stata' ('La
    temperatura media è stata di 31 gradi')."""
    words = [w.lower() for w in frame.verb if w.lower() not in _CLITICS | _KEPT_ADVERBS]
    return len(words) == 2 and words[0] in _IT_COPULA and words[1] in _IT_BEEN


_POSSESSIVES = frozenset("its their his her our suo sua suoi sue loro".split())


# Prepositions that bring a count after the verb's object: "supplies gas to 1.1 million
# customers", "ha ridotto la flotta a 12 navi".
_OBJECT_PREPOSITIONS = {
    "it": frozenset("a ad in per con su".split()),
    "en": frozenset("to in into for with on".split()),
}


_PERSON_WORDS = frozenset(
    """man woman boy girl men women child person uomo donna ragazzo ragazza bambino bambina
    persona""".split()
)


_PERSON_ENDINGS = {"it": ("tore", "trice", "ista"), "en": ("man", "woman")}


def _person(subject: str, doc: Document) -> bool:
    """Whether a subject names a person: a name the article gives a person, an office or a
    word for a person ('the man', 'il sindaco', 'the chairwoman')."""
    if doc.person(subject) is not None:
        return True
    head = _head_noun(subject, doc.language).lower().rpartition("’")[2]  # "l’assessore"
    return (
        head in ROLE_WORDS[doc.language]
        or head in _PERSON_WORDS
        or head.endswith(_PERSON_ENDINGS[doc.language])
    )


# Who made a body is no count of its members: "formed by twelve countries".
_AGENTS = frozenset("da dai dagli dalle by from".split())


_WITH = frozenset("con with".split())


def _finite(t: Token, language: str) -> bool:
    """A conjugated verb; in English also a short past the verb lists miss ('died')."""
    if is_finite(t.text, language):
        return True
    # "died", and a past of four letters ("used") the lemmatizer takes back to its verb
    return language == "en" and t.low.endswith("ed") and lemma(t.low, "en") != t.low


# English verbs in the plural present that take no object, after a counted subject: "About
# 3,000 scientists work| at the park" (the lemma alone cannot tell them from a noun).
_EN_PLAIN_PRESENTS = frozenset(
    """live work remain stay sit stand lie wait belong commute study travel die suffer rely
    fall need""".split()
)


_WEIGH = frozenset("pesa pesava pesano pesavano weighs weighed weigh".split())


_MEASURE = frozenset("misura misurava misurano misuravano measures measured measure".split())


_IT_COPULA = frozenset("è era sarà".split())


def _head_noun(phrase: str, language: str) -> str:
    """The noun a phrase is about: 'water temperatures during the swim' -> 'temperatures',
    'le temperature dell’acqua' -> 'temperature'."""
    words = [w for w in phrase.split() if w.lower() not in ARTICLES[language]]
    if language == "it":
        return words[0] if words else ""
    head = words[-1] if words else ""
    for word in words:
        if word.lower() in PREPOSITIONS["en"]:
            break
        head = word
    return head
