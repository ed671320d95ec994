"""The grammar a date question needs: verb chains, participles, agreement of an Italian
participle with its subject, the subject of an entry's sentence."""

from __future__ import annotations

import re
from typing import NamedTuple

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
    IT_ARTICLE_ENDING,
    IT_PLURAL_ARTICLES,
    STOPWORDS,
)
from ...phrase import (
    italian_wh_clause,
    participle_question_vp,
    render,
)
from ...text import fold, is_acronym, lower_first, squash
from ...verbs import AUXILIARIES, is_finite, is_gerund, is_participle, lemma, participle_parts
from ..common import lower_initial, specific
from ..subject import entry_as_said
from .spans import _CHAIN_ADVERBS, _VERB_CHAIN, DateSpan

_STOPS = frozenset(',;:()“”«»"–—')


_BLOCKING = {
    "it": frozenset("di a da in con su per tra sua suo".split()),
    "en": frozenset("of to by for with from in its".split()),
}


# Fixed complements between a verb and its date: "entered into force on", "entrò in vigore il".
_COMPLEMENTS = frozenset(
    {
        ("into", "force"),
        ("into", "effect"),
        ("into", "operation"),
        ("into", "service"),
        ("in", "vigore"),
        ("in", "funzione"),
        ("in", "servizio"),
        ("in", "carica"),
        ("in", "orbita"),
        ("into", "orbit"),
        ("office",),
        ("power",),
    }
)


# Relative words: a verb after one of them in its stretch of the sentence is not the main one.
_RELATIVES = frozenset("cui whose whom where dove".split())


_SUBJECT_RELATIVES = frozenset("that which who".split())


# A verb right after one of these is a relative clause's ("da cui partì", "che entrò").
_RELATIVE_SUBJECTS = _SUBJECT_RELATIVES | {"che"}


_SHORT_PP = frozenset("a ad in as at come da dai dal dalla dalle dagli by".split())


# After these a noun phrase names an event: "durante la conversazione", "dopo lo scioglimento".
_EVENT_LEAD = frozenset(
    """durante dopo prima da dal dalla dallo dall’ dai dalle al alla allo all’ ai alle fino
    during after before since following until""".split()
)


_SUBORDINATE = frozenset(
    """che quando mentre perché poiché se dove prima dopo cui that when while because if where
    before after which whose whom""".split()
)


_PRONOUN_SUBJECTS = frozenset("it esso essa".split())


_POSSESSIVES = frozenset("suo sua suoi sue loro its his her their".split())


_TO_THE = frozenset("al alla allo all’ ai alle".split())


_UNTIL = frozenset(
    [*"fino prima dopo oltre insieme risale risalgono risaliva e ed".split(), ",", "(", "–", "—"]
)


_CLAUSE_PREPS = frozenset("per entro fino for until by".split())


_COORDINATED = re.compile(r"^\s*(?:e|ed|and|ma|but)\s")


_DATES_BACK = frozenset("risale risalgono".split())


_COPULAS = frozenset("è era fu sono erano furono is was are were".split())


# English modals the lexicon keeps no auxiliary: a question opens with them, as with "will"
# ("By when should the scheme be finished?", not "did the scheme should be finish").
_MODALS = frozenset("should must may might shall".split())


def _looks_verb(word: str, language: str) -> bool:
    """A conjugated verb, the Italian present included ('ospita': a lemma in -are/-ere/-ire)."""
    if not word.islower():
        return False
    if is_finite(word, language):
        return True
    base = lemma(word, language)
    return language == "it" and base != word and base.endswith(("are", "ere", "ire"))


def _verb_chain(toks: list[Token], end: int, language: str) -> tuple[list[str], int]:
    """The verb words just before token `end` (['si', 'formò'], ['è', 'stata', 'fondata']) and
    the index of the first; a short phrase may sit between ('nato a Napoli nel 1970')."""
    i = end - 1
    if i < 0:
        return [], -1
    for k in range(max(0, end - 5), end):
        if language == "en" and toks[k].low in _INDEFINITE:
            continue  # "was granted a charter in 1201": the English article, no Italian "a"
        if toks[k].low in _SHORT_PP and k > 0 and is_participle(toks[k - 1].text, language):
            # "in 2009 and began operating": another verb, the phrase is its own clause's
            if not any(
                t.text in {",", ";", ":"} or t.low in _AND or _looks_verb(t.text, language)
                for t in toks[k:end]
            ):
                i = k - 1
                break
    last = toks[i].text if i else toks[i].low  # a verb may open the sentence: "Entrò in ..."
    if not last[:1].islower() or not (is_finite(last, language) or is_participle(last, language)):
        return [], -1
    chain = [last]
    i -= 1
    while i >= 0 and (toks[i].low in _VERB_CHAIN or (toks[i].low in _CHAIN_ADVERBS and i > 0)):
        chain.insert(0, toks[i].low)
        i -= 1
    while chain and chain[0] in _CHAIN_ADVERBS:  # "first run": the adverb needs its auxiliary
        chain.pop(0)
        i += 1
    if len(chain) == 1 and is_participle(last, language):
        # A bare participle must describe the subject: after a comma (", fondata nel 1914")
        # or in the definition ("è un’alleanza militare istituita nel 1949").
        k = i
        while k >= 0 and toks[k].text not in _STOPS and toks[k].low not in AUXILIARIES[language]:
            if toks[k].low in _BLOCKING[language] and not _other_gender_after(toks, k, last):
                return [], -1
            if toks[k].low in ARTICLES[language] and k > 0 and toks[k - 1].text == ",":
                return [], -1  # ", la strada romana costruita nel 187 a.C.": the apposition's
            k -= 1
        if k >= 0 and toks[k].text == ",":
            # ", il più antico osservatorio ..., fondato nel 1841": the participle describes
            # the apposition, not the subject.
            j = k - 1
            while j >= 0 and toks[j].text != ",":
                j -= 1
            if j >= 0 and toks[j + 1].low in ARTICLES[language]:
                return [], -1
            if any(
                toks[m].low in _AND and _looks_verb(toks[m + 1].text, language)
                for m in range(j + 1, k)
            ):
                return [], -1  # "... e ospita il Museo (MIC), fondato nel 1908": the museum's
        subject_next = k >= 0 and toks[k].text[:1].isupper() and k == i
        if not subject_next and (
            k < 0 or not (toks[k].text == "," or toks[k].low in AUXILIARIES[language])
        ):
            return [], -1
    return chain, i + 1


_GENDERED = frozenset("oa")


def _other_gender_after(toks: list[Token], k: int, participle: str) -> bool:
    """Whether the noun of an Italian 'di' phrase at token `k` cannot be what the participle
    describes, its gender being the other one: in 'un ente di ricerca istituito nel 2008' the
    participle is the ente's, not the ricerca's (a noun in -e could be either)."""
    if toks[k].low != "di" or k + 1 >= len(toks):
        return False
    noun = toks[k + 1]
    end, wanted = noun.low[-1:], participle[-1:].lower()
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in ARTICLES["it"]
        and end in _GENDERED
        and wanted in _GENDERED
        and end != wanted
    )


def _complement_before(toks: list[Token], at: int) -> int:
    """How many tokens of a fixed complement ('into force', 'in vigore') end just before `at`."""
    for size in (2, 1):
        if at - size > 0 and tuple(t.low for t in toks[at - size : at]) in _COMPLEMENTS:
            return size
    return 0


# The marks a clause read backwards from its verb stops at.
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "–", "—"})


def _in_relative(toks: list[Token], first: int) -> bool:
    """Whether token `first` is in a relative clause: a relative word between it and the comma
    before it ('..., il cui primo satellite fu lanciato nel 2007')."""
    k = first - 1
    while k >= 0 and toks[k].text not in _CLAUSE_MARKS:
        if toks[k].low in _RELATIVES:
            return True
        if toks[k].low in _RELATIVE_SUBJECTS and k < first - 1:
            return True  # "which President Roosevelt signed": the relative's own subject
        k -= 1
    return False


# Conjunctions that open a clause with a subject of its own.
_SUBORDINATORS = frozenset(
    "when while because after since before until once quando mentre perché poiché".split()
)


def _subject_of_its_own(toks: list[Token], first: int) -> bool:
    """Whether a conjunction and a subject stand between the verb at `first` and the break
    before it: the verb is that clause's, not the entry's."""
    k = first - 1
    while k >= 0 and toks[k].text not in _CLAUSE_MARKS:
        if toks[k].low in _SUBORDINATORS:
            return k < first - 1
        k -= 1
    return False


def _entry_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, language: str
) -> str | None:
    assert s.entry is not None
    size = _complement_before(toks, at)
    complement = " ".join(t.text for t in toks[at - size : at])
    chain, first = _verb_chain(toks, at - size, language)
    if not chain or _in_relative(toks, first) or _relative_of_another(s, toks, first, language):
        return None
    if _owned_subject_before(toks, first):
        return None  # "..., and its landmark church was rebuilt in 2005": the church's
    if _subject_of_its_own(toks, first):
        return None  # "... until the railways were nationalised in 1948": the railways'
    if len(chain) == 1 and span.prep not in _PLAIN_PREPS and is_participle(chain[0], language):
        return None  # "X, known until 1923 as ...": a participle's "until" dates no event
    if len(chain) == 1 and first > 0 and _modifies_noun(toks[first - 1], chain[0], language):
        return None  # "224,000 inhabitants | recorded in 2022": the inhabitants were recorded
    if len(chain) == 1 and _participle_of_object(toks, first, chain[0], language):
        return None  # "it opened in 2009, replacing a cafe built in the 1930s": the cafe's
    if len(chain) == 1 and _set_off_after_other_name(s, toks, first, chain[0], language):
        return None  # "The Oldman River Dam, completed in 1991": the dam's, not the river's
    if len(chain) == 1 and _set_off_after_object(toks, first, chain[0], language):
        return None  # "organises the Camanachd Cup, first contested in 1896": the cup's
    subject = _entry_subject(s, language)
    if (
        len(chain) == 1
        and language == "it"
        and not _entry_participle(chain[0], subject, toks[:first])
    ):
        return None  # "fondata da Sebastiano Tusa, morto nel 2019": Tusa died, not the entry
    if len(chain) == 1 and language == "it" and _of_noun_participle(toks, first, chain[0]):
        return None  # "capoluogo dell’omonima provincia istituita nel 1992": the province's
    last = first + len(chain) - 1  # "known | as the Reclamation Service | until 1923"
    if not size and last + 1 < at and toks[last + 1].low in {"as", "come"}:
        complement = s.text[toks[last + 1].start : toks[at - 1].end]
    return _participle_or_finite(chain, first, toks, subject, span, language, complement)


_SET_OFF_ADVERBS = frozenset("first originally later now inizialmente".split())


def _set_off_comma(toks: list[Token], first: int, participle: str, language: str) -> int | None:
    """The index of the comma that sets off a lone participle at `first` (maybe after an
    adverb: ', first contested in 1896'), None when the word is no participle or no comma
    stands before it."""
    if not is_participle(participle, language):
        return None
    k = first - 1
    if k >= 0 and toks[k].low in _SET_OFF_ADVERBS:
        k -= 1
    return k if k >= 1 and toks[k].text == "," else None


# English prepositions that make a name the complement of a noun, not a place: "a signatory
# to| Treaty 1" ("the capital of| Scotland, founded ..." may be the city's: "of" is left out).
_OF_NAME_PREPOSITIONS = frozenset("to for with".split())


def _set_off_after_object(toks: list[Token], first: int, participle: str, language: str) -> bool:
    """Whether a lone participle is set off by a comma right after a name that a verb takes
    as its object ('..., and organises the Camanachd Cup, first contested in 1896'): it is
    that name's, not the entry's, as after an Italian preposition joined with its article
    ('grazie al Lanificio Rossi, fondato nel 1817'). After a place ('based in Bath, Somerset,
    founded in 1865'; 'nella Val Venosta, fondato') it is still the entry's."""
    k = _set_off_comma(toks, first, participle, language)
    if k is None:
        return False
    start = k - 1
    if start > 1 and toks[start].text.isdigit() and toks[start - 1].text[:1].isupper():
        start -= 1  # "Treaty 1": a name with its number
    while start > 0 and toks[start].text[:1].isupper():
        start -= 1
    if start == k - 1 or start < 1:
        return False  # no name
    if language == "en" and toks[start].low in _OF_NAME_PREPOSITIONS:
        return True  # "a signatory to Treaty 1, signed in 1871": the treaty's, no place's
    joined = _OF_ENDINGS.get(toks[start].low)
    if joined is not None and not toks[start].low.startswith("ne"):
        # "grazie al Lanificio Rossi, fondato nel 1817": the mill's, which the participle
        # agrees with ("un’associazione ... del Paese, fondata": the association's); after
        # "nel" the name is a place, which the entry is in
        return participle[-1:].lower() in joined
    if toks[start].low not in ARTICLES[language]:
        return False  # a name with no article before it
    verb = toks[start - 1]
    return verb.text[:1].islower() and verb.low not in PREPOSITIONS[language]


def _set_off_after_other_name(
    s: Sentence, toks: list[Token], first: int, participle: str, language: str
) -> bool:
    """Whether a lone participle is set off right after a name that opens the sentence and is
    not the entry's ('The Oldman River Dam, completed in 1991, ...' in the entry of the
    Oldman River): the participle is that name's."""
    assert s.entry is not None
    k = _set_off_comma(toks, first, participle, language)
    if k is None:
        return False
    opener = 1 if toks[0].low in ARTICLES[language] else 0
    words = toks[opener:k]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    name = fold(s.text[words[0].start : words[-1].end])
    return name not in {fold(n) for n in s.entry.names} | {fold(s.entry.phrase)}


def _owned_subject_before(toks: list[Token], first: int) -> bool:
    """Whether the clause of the verb at `first` has a subject owned by a possessive ('its
    landmark church, a Baroque building, was rebuilt and reconsecrated'): a thing of the entry's,
    not the entry. The clause opens at the start, a semicolon or ', and'/', e'."""
    for k in range(first - 1, -1, -1):
        low = toks[k].low
        if low == ";" or low in _AND and k > 0 and toks[k - 1].text == ",":
            return False
        if low in _RELATIVES or low in _RELATIVE_SUBJECTS:
            return False  # "..., whose first section was inaugurated": a relative's subject
        if low in _POSSESSIVES:
            return True
    return False


# The endings a participle takes after each "di" with its article; "dell’" may be either.
# The endings a participle takes after the noun of each article a preposition is joined
# with ("della provincia istituita", "al politico ucciso").
_OF_ENDINGS = {
    f"{preposition}{article}": ending
    for preposition in ("de", "a", "da", "ne", "su")
    for article, ending in (
        ("l", "o"),
        ("llo", "o"),
        ("lla", "a"),
        ("i", "i"),
        ("gli", "i"),
        ("lle", "e"),
        ("ll’", "oa"),
    )
}


def _of_noun_participle(toks: list[Token], first: int, participle: str) -> bool:
    """Whether a bare Italian participle comes after the noun of a phrase a preposition opens,
    which it may agree with ('capoluogo dell’omonima provincia istituita', 'intitolato al
    politico ucciso'): it is that noun's, not the entry's. Not when it agrees with another
    gender ('un comune della provincia fondato')."""
    for k in range(first - 1, max(-1, first - 5), -1):
        word = toks[k]
        if word.text in _STOPS or word.low in AUXILIARIES["it"] or word.text[:1].isupper():
            return False  # "un’agenzia dell’ONU fondata": a name is no noun to agree with
        if word.low in ARTICLES["it"] or word.low in ARTICULATED:
            endings = _OF_ENDINGS.get(word.low)
            return endings is not None and participle[-1:].lower() in endings
    return False


_IT_DEFINITE = ("il ", "lo ", "la ", "i ", "gli ", "le ", "l’")


def _entry_subject(s: Sentence, language: str) -> str:
    """The entry as a question's subject. A heading said without its article takes the one the
    sentence gives it: 'Battaglia di Lepanto' opening 'La battaglia di Lepanto fu combattuta
    ...' is 'la battaglia di Lepanto'."""
    assert s.entry is not None
    phrase = lower_first(s.entry.phrase)
    if language != "it" and not s.entry.definite and is_acronym(phrase):
        return entry_as_said(s, language) or phrase  # "The ... (RMT) was formed": "the RMT"
    if language != "it" or s.entry.definite or not phrase[:1].isupper():
        return phrase
    for article in _IT_DEFINITE:
        said = s.text[len(article) : len(article) + len(phrase)]
        if s.text[: len(article)].lower() == article and said.lower() == phrase.lower():
            return article + said
    return entry_as_said(s, language) or phrase


_DEFINITION_ENDINGS = {"un": "o", "uno": "o", "una": "a", "un’": "a"}


_IT_NUMERALS = frozenset("due tre quattro cinque sei sette otto nove dieci".split())


def _entry_participle(participle: str, subject: str, before: list[Token]) -> bool:
    """Whether an Italian participle standing alone can be the entry's: it agrees with the
    entry, or with a noun that defines it ('è un istituto ..., istituito nel 2004', 'sono due
    statue ..., ritrovate nel 1972'). 'Fu diretta dall’archeologo Sebastiano Tusa, morto nel
    2019' agrees with neither: the archaeologist died."""
    word = participle_parts(participle, "it")[0]
    wanted = IT_ARTICLE_ENDING.get(subject.split(" ", 1)[0].lower())
    if wanted is None or not is_participle(word, "it") or word[-1:] not in "oaie":
        return True
    endings = {wanted}
    for t in before:
        if t.low in _DEFINITION_ENDINGS:
            endings.add(_DEFINITION_ENDINGS[t.low])
        elif t.low in _IT_NUMERALS:
            endings.update("ie")
    return word[-1] in endings


def _modifies_noun(before: Token, verb: str, language: str) -> bool:
    """Whether a lone English participle follows a plural noun it belongs to ('224,000
    inhabitants recorded', 'tablets discovered'): an entry is one thing, and the singular
    noun of its definition is the entry ('a military alliance founded in 1949')."""
    low = before.low
    return (
        language == "en"
        and is_participle(verb, language)
        and before.text.isalpha()
        and before.text.islower()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in STOPWORDS[language]
        and not is_finite(before.text, language)
    )


# Verbs after which a noun phrase is said of the subject, not an object of it: "is a
# military alliance founded in 1949", "è un istituto fondato nel 2004".
_LINKING = frozenset(
    """is are was were be been being become becomes became remain remains remained
    è sono era erano fu furono sarà saranno diventa diventò divenne rimane resta""".split()
)


_LONGEST_OBJECT = 4  # words from the object's article to its noun: "a small stone cafe"


def _participle_of_object(toks: list[Token], first: int, participle: str, language: str) -> bool:
    """Whether a lone participle follows a noun phrase that a verb other than a linking one
    takes as its object ('..., replacing a cafe built in the 1930s', 'ha sostituito una
    scuola costruita nel 1950'): the participle, and its date, are the object's."""
    if not is_participle(participle, language) or first < 3:
        return False
    k = first - 1
    while k > 0 and first - k <= _LONGEST_OBJECT:
        low = toks[k].low
        if low in ARTICLES[language] or low in _OBJECT_OWNERS:
            verb = toks[k - 1]
            return (
                verb.text.isalpha()
                and verb.text.islower()
                and verb.low not in _LINKING
                and verb.low not in AUXILIARIES[language]
                and (
                    is_finite(verb.text, language)
                    or is_gerund(verb.text, language)
                    or is_participle(verb.text, language)
                )
            )
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
        k -= 1
    return False


_OBJECT_OWNERS = frozenset("its their his her suo sua suoi sue loro".split())


def _relative_of_another(s: Sentence, toks: list[Token], first: int, language: str) -> bool:
    """Whether the verb at token `first` opens a relative clause about something other than
    the entry: 'The town hosts the Harlow Museum, which was founded in 1901'."""
    if first < 2 or toks[first - 1].low not in _RELATIVE_OPENERS[language]:
        return False
    if toks[first - 2].text != ",":
        return False
    antecedent = _antecedent(s.text, toks, first - 2, language)
    assert s.entry is not None
    if antecedent is None:
        return True
    phrase = fold(antecedent.phrase)
    if antecedent.article:
        phrase = phrase.split(" ", 1)[-1] if " " in phrase else phrase
    return phrase not in {fold(name) for name in s.entry.names} | {fold(s.entry.phrase)}


_VERSUS = frozenset({"v.", "vs.", "v", "vs"})


def _lower_initial(clause: str, doc: Document) -> str:
    """lower_initial, but a party of a case or a match keeps its capital ('Roe v. Wade was
    decided', 'Italia vs. Francia')."""
    words = clause.split(None, 2)
    if len(words) > 1 and words[1].lower() in _VERSUS:
        return clause
    lowered = lower_initial(clause, doc)
    if lowered == clause and words and _common_noun(words[0], doc):
        return words[0].lower() + clause[len(words[0]) :]
    return lowered


def _common_noun(word: str, doc: Document) -> bool:
    """Whether a capitalised first word that opens several sentences is an ordinary one the
    article also writes in small letters ('Ospreys became extinct', 'a pair of ospreys'), not a
    name: the cheap counts first (more sentences hold it than it opens, never a capital inside
    a sentence), then the words in small letters."""
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    capitals = doc.name_counts.get(word, 0)  # a run of its own: "Mario Rossi" counts apart
    if capitals < 2 or doc.sentences_with(word.lower()) <= capitals or word in doc.capitalised:
        return False
    return word.lower() in doc.lowercase


def _agree(participle: str, subject: str, head: str = "") -> str:
    """An Italian participle agreeing with the question's subject: 'istituita' after 'una
    struttura' becomes 'istituito' for 'il Dipartimento'. `head` is the noun an acronym after
    'l’' stands for ('L’Agenzia ... (ENEA)': 'l’ENEA' is feminine)."""
    article = subject.split(" ", 1)[0].lower()
    ending = IT_ARTICLE_ENDING.get(article) or _elided_gender(subject, head)
    if ending is None or len(participle) < 4 or participle[-1] not in "oaie":  # "nato"
        return participle
    if participle_parts(participle, "it")[1]:
        return participle  # "formatasi": the clitic ends the word, not the participle
    return participle[:-1] + ending


def _elided_gender(subject: str, head: str) -> str | None:
    """The ending of a participle for a subject after 'l’', which does not show its gender: the
    noun's own ending ('l’abbazia' -> 'a', 'l’Istituto' -> 'o'), or for an acronym that of
    the noun it stands for; a noun in -e ('l’ente') could be either."""
    if not subject.lower().startswith(("l’", "l'")):
        return None
    noun = subject[2:].split(" ", 1)[0]
    if is_acronym(noun):
        noun = head
    if noun.lower().endswith(("tà", "tù")) and noun.isalpha():
        return "a"  # "l’Università", "la città", "la società": the nouns in -tà are feminine
    end = noun[-1:].lower()
    return end if end in _GENDERED and noun.isalpha() and not is_acronym(noun) else None


_PLURAL_AUXILIARY = {"fu": "furono", "è": "sono"}


def _plural_auxiliary(vp: str) -> str:
    """'fu ritrovati' -> 'furono ritrovati', 'si è formate' -> 'si sono formate': the auxiliary
    of a participle's question agrees with a plural subject."""
    words = vp.split(" ")
    return " ".join(_PLURAL_AUXILIARY.get(w, w) if i < 2 else w for i, w in enumerate(words))


def _opening_noun(toks: list[Token]) -> str:
    """The noun after a sentence's opening 'L’' ('L’Agenzia nazionale ... (ENEA)'), or ''."""
    if len(toks) > 1 and toks[0].low in {"l’", "l'"}:
        return toks[1].text
    if toks and toks[0].low.startswith(("l’", "l'")):
        return toks[0].text[2:]
    return ""


# Adverbs of a verb that say which time it was, kept in its question ("When did Nightlatch first
# appear?"); others ("later", "also") lean on the sentence before and go.
_KEPT_ADVERBS = frozenset("first originally officially formally".split())


# Adverbs that single out the date, not the event: "fu approvato soltanto nel 2020", "reopened
# only in 2009", "segnalate già nel 2020", "aperta fin dal 1990", "closed just after 9pm". The
# question asks the event, without them ("When did the line reopen?").
_FOCUS = frozenset("only solo soltanto solamente già fin sin sino proprio already just".split())


def _without_last_adverb(complement: str) -> str:
    """A complement without the adverb of the date that followed it (_FOCUS)."""
    words = complement.split()
    if words and words[-1].lower() in _FOCUS:
        return " ".join(words[:-1])
    return complement


_SUBJECT_PRONOUNS = frozenset("it he she they".split())


def _participle_or_finite(
    chain: list[str],
    first: int,
    toks: list[Token],
    subject: str,
    span: DateSpan,
    language: str,
    complement: str = "",
    adverb: str = "",
    present: bool = False,
) -> str | None:
    """The question of a verb chain about a subject: 'Quando si formò Budapest?', 'In che anno
    fu fondata la NATO?', 'When did the act enter into force?'. An English `adverb` of
    _KEPT_ADVERBS stands before a participle: 'In what year was the cup first contested?'.
    `present`: the Italian chain is a present the lexicon keeps for a noun too ('guida')."""
    if language == "it":
        finite = present or any(w in AUXILIARIES["it"] or is_finite(w, "it") for w in chain)
        if not finite:
            chain = [*chain[:-1], _agree(chain[-1], subject, _opening_noun(toks))]
        vp = " ".join(chain) if finite else participle_question_vp(chain[-1], language)
        if not finite and subject.split(" ", 1)[0].lower() in IT_PLURAL_ARTICLES:
            vp = _plural_auxiliary(vp)
        clause = italian_wh_clause(chain, vp, subject, _without_last_adverb(complement))
        if span.is_year and not span.is_range and not finite:
            return render(language, "year_clause", clause=clause)
        return render(language, "date_clause", clause=clause)
    # English: "was founded" (auxiliary), "Budapest formed" (past right after the name), or a
    # reduced relative "a forum established in 1996" (a participle).
    if chain[0] in AUXILIARIES["en"]:
        return squash(f"When {chain[0]} {subject} {' '.join(chain[1:])} {complement}") + "?"
    # After the name, or after a relative that stands for it ("a law that entered ...").
    # (the name the subject ends with: "in Northern Ireland| created in 2015" is a place in
    # the description, and "created" its participle)
    after_name = first > 0 and (
        (toks[first - 1].text[:1].isupper() and subject.split()[-1:] == [toks[first - 1].text])
        or toks[first - 1].low in _SUBJECT_RELATIVES
        or toks[first - 1].low in _SUBJECT_PRONOUNS  # "It began in 1843": the entry
    )
    if after_name and is_finite(chain[-1], "en"):
        adverb = " ".join(w for w in chain[:-1] if w.lower() in _KEPT_ADVERBS)
        base = lemma(chain[-1].lower(), "en")
        return squash(f"When did {subject} {adverb} {base} {complement}") + "?"
    if not is_participle(chain[-1], "en"):
        return None
    vp = f"{adverb} {chain[-1]} {complement}".strip()
    if _english_plural(subject):  # "The cuts, announced in August 2023": "When were ...?"
        lead = "In what year" if span.is_year and not span.is_range else "When"
        return f"{lead} were {subject} {vp}?"
    key = "year_participle" if span.is_year and not span.is_range else "date_clause"
    return render(language, key, vp=vp, subject=subject, clause=f"was {subject} {vp}")


def _english_plural(subject: str) -> bool:
    """Whether an English subject with 'the' is a plural common noun: 'the cuts', 'the new
    rules'; not 'the bus', 'the analysis', nor a name ('the Netherlands'). The head is the
    word before a first preposition: 'the plan for new homes' is one plan."""
    words = subject.split()
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS["en"]), len(words))
    words = words[:cut]
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and words[0].lower() == "the"
        and last.isalpha()
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "ics", "news"))
    )


def _participle(word: str, language: str) -> bool:
    """is_participle, with an Italian 'ri-' of doing again the dictionary may not list:
    'rifatto', 'rifondata' are 'fatto', 'fondata' again."""
    if is_participle(word, language):
        return True
    return language == "it" and word[:2] == "ri" and is_participle(word[2:], language)


_AND = frozenset("e ed and".split())


_INDEFINITE = frozenset("a an un uno una un’".split())


_PLAIN_PREPS = frozenset({"", "in", "on", "nel", "il", "nell’", "l’"})


_BARE_PREPOSITIONS = frozenset("di a ad da in con su per tra fra come".split())


_RELATIVE_OPENERS = {"it": frozenset({"che"}), "en": frozenset({"which", "who"})}


_INDEFINITE_TO_DEFINITE = {
    "un": "il",
    "uno": "lo",
    "una": "la",
    "un’": "l’",
    "a": "the",
    "an": "the",
}


_LO_OPENINGS = re.compile(r"^(?:s[^aeiouàèéìòù]|z|gn|ps|x|y|i[aeiou])", re.IGNORECASE)


class _Antecedent(NamedTuple):
    article: str  # "" for a name
    phrase: str
    inner: tuple[str, ...]  # the articles of the nouns after "di"/"of" ("?" when unknown)


def _before_age(toks: list[Token], comma: int, language: str) -> int:
    """The comma before a person's age set off right before token `comma` ('Mayhew | , 91 |
    , who'), or `comma` itself when no age is there."""
    k = comma - 1
    if language == "it" and k > 0 and toks[k].low == "anni":
        k -= 1
    if (
        k >= 2
        and toks[k].text.isdigit()
        and len(toks[k].text) <= 3
        and toks[k - 1].text == ","
        and toks[k - 2].text[:1].isupper()
    ):
        return k - 1
    return comma


def _antecedent(text: str, toks: list[Token], comma: int, language: str) -> _Antecedent | None:
    """The noun phrase a relative after token `comma` is about, with an indefinite article made
    definite ('un convegno della Regione' -> 'il convegno della Regione'). It opens the sentence
    or follows a verb or a complement, not a preposition: in 'the summit in Bari, which ...' the
    relative may be the summit's or Bari's. A person's age set off before the relative is
    passed over ('Ron Mayhew, 91, who ...', 'Giuseppe Mancuso, 58 anni, che ...')."""
    comma = _before_age(toks, comma, language)
    k = comma - 1
    if toks[k].text in {"”", "»", '"'}:  # a quoted title: 'la mostra «La mano che scrive»'
        opener = {"”": "“", "»": "«", '"': '"'}[toks[k].text]
        k -= 1
        while k >= 0 and toks[k].text != opener:
            k -= 1
        k -= 1
    start = None
    inner: list[str] = []
    while k >= 0 and comma - k <= 16:
        t = toks[k]
        low = ARTICULATED.get(t.low, t.low) if language == "it" else t.low
        if t.low in _OF_WORDS and not (
            toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        ):
            inner.append(low if low != t.low else "?")  # not inside a name ("Museum of Art")
        if t.low in ARTICLES[language]:
            start = k
            break
        if t.text == ")":
            opened = next((j for j in range(k - 1, max(k - 5, 0), -1) if toks[j].text == "("), 0)
            if opened and toks[opened - 1].text[:1].isupper():
                k = opened - 1  # "the Bus Services (No. 2) Act": a number inside the name
                continue
        if (
            t.low in _AGENT_BY[language]
            and k + 1 < comma
            and _named_run(toks[k + 1 : comma])
            and _clause_agent(toks, k, language)
        ):
            # "the project was funded by Natural England, which ...": the agent, a name, is
            # what the relative is about (not "the summit in Bari": a place may qualify a noun)
            return _Antecedent("", text[toks[k + 1].start : toks[comma].start].strip(), ())
        if t.text in _STOPS or t.low in _AND or t.low in _NOT_IN_ANTECEDENT[language]:
            return None
        if low != t.low and t.low not in _OF_WORDS:
            if _verb_governs(toks, k, comma, language):
                # "si basa sulla legge Rossi, che ...": the verb's complement, a name
                rest = text[toks[k + 1].start : toks[comma].start].strip()
                return _Antecedent(
                    low, f"{low}{rest}" if low.endswith("’") else f"{low} {rest}", ()
                )
            # "il convegno sugli archivi, che ...": the relative may be either noun's; "of"
            # and "di" go on ("il cantiere della piazza", checked by agreement)
            return None
        if t.low in AUXILIARIES[language]:
            break
        k -= 1
    if start is None:  # a name that opens the sentence: "Halvora, which was founded in 1994"
        if k >= 0 or not toks[0].text[:1].isupper() or comma > 6:
            return None
        if any(t.text[:1].islower() and t.low not in _OF_WORDS for t in toks[:comma]):
            return None
        return _Antecedent("", text[: toks[comma].start].strip(), ())
    before = toks[start - 1] if start else None
    agent_name = (
        before is not None
        and before.low in _AGENT_BY[language]
        and _named_run(toks[start + 1 : comma])
        and _clause_agent(toks, start - 1, language)
    )
    # "Under the plan, which ...": a preposition that opens the sentence has no noun before
    # it that the relative could be about instead.
    opening = start == 1 and before is not None and before.low in PREPOSITIONS[language]
    # "Its origins lie in the Dundee Institute, founded ...": after a verb, the preposition's
    # named phrase is the verb's complement, no other noun's (as 'risalgono alla Legione')
    governed = (
        language == "en"
        and before is not None
        and before.low in PREPOSITIONS["en"]
        and start > 1
        and _name_led(toks[start + 1 : comma])
        and comma - start <= 6
        and before.low != "of"
        and toks[start - 2].text.islower()
        and not (
            _opens_aside(toks, start - 2, language) and toks[comma + 1].low in _ASIDE_RELATIVES
        )
        and (
            is_finite(toks[start - 2].text, "en")
            or is_participle(toks[start - 2].text, "en")
            or main_verb(toks, language, stop=start) == start - 2
        )
    )
    if before is not None and before.low in _COMPARED:
        return None  # "represented by an official rather than a minister, a restriction ...":
        # the noun set against another is not what follows is about
    if (
        before is not None
        and not agent_name
        and not opening
        and not governed
        and not _verb_complement(toks, start, comma, inner, language)
        and (before.low in _BARE_PREPOSITIONS | PREPOSITIONS[language] or before.low in ARTICULATED)
    ):
        return None
    np = _definite(text[toks[start].start : toks[comma].start].strip())
    return _Antecedent(tokens(np)[0].low, np, tuple(inner))


_AGENT_BY = {"it": frozenset({"da"}), "en": frozenset({"by"})}
# The words a noun is set against another with: "rather than| a minister", "anziché| il".
_COMPARED = frozenset("than anziché invece piuttosto".split())
_LONGEST_COMPLEMENT_PHRASE = 4  # tokens: "the neighbouring stone stables"


def _verb_complement(
    toks: list[Token], start: int, comma: int, inner: list[str], language: str
) -> bool:
    """Whether the phrase from `start` to the comma is a verb's complement after its
    preposition, a short phrase with no other noun in it: 'will pay for | the stables, which
    ...', 'ha investito nella | tenuta, che ...'. Right after the verb the phrase qualifies no
    noun, so a relative after it is the phrase's ('the summit in Bari, which' may be either's)."""
    if inner or start < 2 or comma - start > _LONGEST_COMPLEMENT_PHRASE:
        return False
    before = toks[start - 1].low
    if before in _OF_WORDS or before in _AGENT_BY[language]:
        return False
    if before not in PREPOSITIONS[language] and not (language == "it" and before in ARTICULATED):
        return False
    verb = toks[start - 2]
    if not verb.text.isalpha() or not verb.text.islower() or verb.low in PREPOSITIONS[language]:
        return False
    return (
        is_participle(verb.text, language)
        or is_finite(verb.text, language)
        or start > 2
        and toks[start - 3].low in AUXILIARIES[language]  # "will pay for"
    )


_NAME_INSIDE = frozenset("( ) . & No".split())


def _clause_agent(toks: list[Token], by: int, language: str) -> bool:
    """Whether the agent after 'by'/'da' at `by` is the main clause's passive ('was paid for
    by', 'è stato finanziato da'): an auxiliary before the participle, no noun. After a noun
    the participle qualifies it ('a licence issued by Natural England, which expires', 'un
    quadro dipinto da Caravaggio, che fu venduto'), and the relative may be that noun's."""
    for t in reversed(toks[max(by - 4, 0) : by]):
        if t.low in AUXILIARIES[language]:
            return True
        if t.low in ARTICLES[language] or t.text in _STOPS:
            return False
    return False


def _named_run(toks: list[Token]) -> bool:
    """Whether tokens are one name: capitalised words, with 'of'/'di' or a number between
    ('Bus Services (No. 2) Act', 'Museum of London'), maybe its acronym after it in brackets
    ('Advisory Committee (VETAC)')."""
    return (
        bool(toks)
        and toks[0].text[:1].isupper()
        and (toks[-1].text[:1].isupper() or toks[-1].text == ")" and toks[-2].text.isupper())
        and all(
            t.text[:1].isupper() or t.low in _OF_WORDS or t.text in _NAME_INSIDE or t.text.isdigit()
            for t in toks
        )
    )


def _name_led(toks: list[Token]) -> bool:
    """Whether tokens are a name, or a name and the common nouns it qualifies, with no
    preposition among them: 'Museum of London', 'Harwick scrutiny committee'."""
    return _named_run(toks) or (
        bool(toks)
        and toks[0].text[:1].isupper()
        and all(t.text.isalpha() and t.low not in PREPOSITIONS["en"] for t in toks)
    )


# The relatives whose clause is about their antecedent as its subject ("la cui costruzione",
# "whose roof" go on the nearest noun).
_ASIDE_RELATIVES = frozenset("che which who".split())


def _opens_aside(toks: list[Token], k: int, language: str) -> bool:
    """Whether the token at `k` is a participle that opens an aside after a comma ('a course,
    run by ...', 'un corso, organizzato dalla ...'): a relative after the aside is about the
    noun before it, not about the aside's own complement."""
    return k > 0 and toks[k - 1].text == "," and is_participle(toks[k].text, language)


def _verb_governs(toks: list[Token], prep: int, comma: int, language: str) -> bool:
    """Whether the Italian articulated preposition at `prep` follows a verb and opens a named
    phrase that runs to the comma: 'si basa | sulla legge Rossi,'. After a verb the phrase is
    the verb's complement, no noun's, so a relative after it is the phrase's."""
    if language != "it" or prep < 1 or toks[prep].low in _OF_WORDS:
        return False
    verb = toks[prep - 1]
    if not verb.text.islower() or not (
        is_finite(verb.text, language) or is_participle(verb.text, language)
    ):
        return False
    if _opens_aside(toks, prep - 1, language) and toks[comma + 1].low in _ASIDE_RELATIVES:
        return False  # "un corso, organizzato dalla Fondazione Rossi, che ...": the course's
    words = toks[prep + 1 : comma]
    # a name ends the phrase ("la legge Rossi") or opens it ("la Legione truppe leggere")
    named = bool(words) and (words[-1].text[:1].isupper() or words[0].text[:1].isupper())
    return named and len(words) <= 5


def _definite(np: str) -> str:
    """A noun phrase told of for the first time, as one asks about it: 'un convegno della
    Regione' -> 'il convegno della Regione', 'a free lecture on the find' -> 'the free ...'."""
    first, _, rest = np.partition(" ")
    if first.lower().startswith("un’"):
        return "l’" + np[3:]
    definite = _INDEFINITE_TO_DEFINITE.get(first.lower())
    if definite is None or not rest:
        return np
    if definite == "il" and _LO_OPENINGS.match(rest):
        definite = "lo"
    return f"{definite} {rest}"


_NOT_IN_ANTECEDENT = {
    "it": frozenset(_BARE_PREPOSITIONS - {"di"}),
    "en": frozenset(PREPOSITIONS["en"] - {"of"}),
}


_OF_WORDS = frozenset("di of".split()) | frozenset(w for w in ARTICULATED if w.startswith("de"))


_SHORTEST_HEADLINE_NOUN = 4  # letters: "talks", "record"; not "new", "set"


def _specific(subject: str, doc: Document) -> bool:
    """specific, or the subject's last word, its noun, is a word of the headline: what the
    article is about ('the talks' of 'Plastics treaty talks resume in Nairobi', 'the previous
    record' of '... breaks attendance record')."""
    if specific(subject, doc):
        return True
    words = subject.split()
    if len(words) < 2 or not doc.title:
        return False
    head = words[-1].lower()
    return len(head) >= _SHORTEST_HEADLINE_NOUN and head in _headline_words(doc.title)


def _headline_words(title: str) -> frozenset[str]:
    """The words of a headline, in small letters and without punctuation."""
    return frozenset(w.lower().strip(".,:;!?«»“”‘’'\"()") for w in title.split())
