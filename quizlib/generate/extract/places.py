"""Where a clause's deed happened, by the town it names after a preposition of place: 'The
cinema opened in Aberystwyth in 1947' -> 'Where did the cinema open in 1947?'; 'The pumping
station is being built near March' -> 'Where is the pumping station being built?' -> 'near
March'; 'Il Comune ha presentato il progetto a Viterbo' -> 'Dove ha presentato il progetto il
Comune?'. The clause is asked as a date's is (dates.clauses), with 'Where'/'Dove' for
'When'/'Quando'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, Token, main_verb, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ARTICULATED, WHEN_WORDS
from ..text import fold
from ..verbs import AUXILIARIES, is_participle, is_verb_lemma, lemma
from .common import entity_card, people_in
from .dates.candidates import _shapes
from .dates.clauses import _JOINED_IN, _VERB_PARTICLES, _clause_question, _last_clause
from .dates.italian import _it_wh_question, _subject_was_complement
from .dates.openings import _main_clause, _opens_with_phrase
from .dates.phrases import _HAS_AND
from .dates.spans import DateSpan, find_dates
from .kinds import _EN_FIRST, _EN_LAST, _IT_KINDS

SCORE = 0.7

# A preposition of place before a capitalised name. "near" is kept in the answer ('near
# March'): the town is not where the thing is, but beside it.
_PLACE_PP = {
    "en": re.compile(r"(?<![\w’'])(?P<prep>in|at|near)\s(?=[A-Z])"),
    "it": re.compile(r"(?<![\w’'])(?P<prep>a|ad|in|vicino\sa)\s(?=[A-ZÀ-Ý])"),
}
_NEAR = frozenset({"near", "vicino a"})
# The words of a name that make it a body, a work, a language or a time, no town: "in
# Parliament", "a Palazzo Chigi" aside, "in Consiglio comunale", "in English".
_NOT_TOWN_WORDS = frozenset(
    """Council Parliament Government Commission Committee Assembly Senate Congress Court
    Office Ministry Department Party Group Ltd Limited Plc Inc Police Service Trust Board
    Authority Agency League Cup Championship Championships Games Olympics Festival Awards
    Act Bill Report Review Survey Programme Program Scheme Plan Strategy Fund Network
    English Welsh Scottish Irish British Gaelic French German Italian Spanish
    Christmas Easter Budget Covid God Heaven Twitter Facebook Instagram YouTube TikTok
    Consiglio Senato Camera Regione Comune Provincia Parlamento Giunta Procura Tribunale
    Corte Ministero Governo Commissione Assemblea Natale Pasqua Ferragosto Capodanno Serie
    Coppa Campionato Europa League Champions""".split()
)
_NOT_TOWN_WORDS_LOW = frozenset(w.lower() for w in _NOT_TOWN_WORDS)
# The languages a town's name may be mistaken for after 'in' ("in Cornish"), not every name
# in -ish or -ese ("at Granish").
_LANGUAGES = frozenset(
    """English Cornish Scottish Irish British Spanish Danish Finnish Polish Turkish Kurdish
    Swedish Flemish Yiddish Japanese Chinese Portuguese Maltese Vietnamese Burmese Nepalese
    Cantonese Taiwanese Lebanese Sudanese Congolese Senegalese Javanese""".split()
)
_CONNECTORS = frozenset("of the and de du di del della dei degli delle d’ e".split())


def _town(text: str, at: int, doc: Document) -> tuple[str, int] | None:
    """The town named at `at` and where it ends: a run of capitalised words that is no
    person, no body, no time and no place of a kind (those kinds.py asks by their kind: 'At
    which court ...?'); None when it goes on into a list, a possessive or another name."""
    m = NAME_RUN.match(text, at)
    if m is None:
        return None
    name = m.group(0).strip().rstrip(",")
    end = at + len(name)
    words = name.split()
    if not words or len(words) > 4 or name.lower() in WHEN_WORDS:
        return None
    if any(w.lower() in WHEN_WORDS or w in _NOT_TOWN_WORDS for w in words):
        return None
    if len(words) == 1 and name in _LANGUAGES and doc.language == "en":
        return None  # "in Cornish", "in Japanese"
    if words[-1] in _EN_LAST or words[0] in _EN_FIRST or words[0].lower() in _IT_KINDS:
        return None  # asked by its kind
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return None
    rest = text[end:]
    if rest.startswith(("'s", "’s", "-", "’")) or re.match(
        r",?\s(?:and|e|ed|or|o)\s[A-ZÀ-Ý]", rest
    ):
        return None  # a possessive, a compound, a list of places
    if re.match(r",\s[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*(?:,\s[A-ZÀ-Ý]|,?\s(?:and|e)\s)", rest):
        return None  # "in Llandysul, Tregaron and New Quay"
    kind = doc.entry_kinds.get(fold(name))
    if kind is not None and kind not in {"city", "country", "region", "thing"}:
        return None  # a body or a person the entries describe
    if any(name in found or found in name for _, _, found in people_in(text, doc)):
        return None  # "a Mario Rossi": a person
    if doc.person(name) or doc.person(words[-1]):
        return None
    return name, end


# What may end the clause after the town: a stop, or a time and then a stop ("in Leeds last
# year.", "a Viterbo lunedì,").
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_TIME_WORDS = {
    "en": re.compile(r"\s(?:last|this|next)\s(?:year|week|month|summer|spring|autumn|winter)"),
    "it": re.compile(r"\s(?:ieri|oggi|domani|lo\sscorso\sanno|l’anno\sscorso)"),
}


# A stretch of time the deed lasts, after the town ("at Thiene | during the works.", "a Thiene
# | durante il cantiere."), as an opening the statements move after their clause leaves it.
_DURING = {
    "en": re.compile(r"\s(?:during|throughout)\s(?:the|its|their)\s[a-z][\w’ -]{1,40}?(?=[.;]|$)"),
    "it": re.compile(
        r"\s(?:durante|per\stutt[oa])\s(?:il|lo|la|i|gli|le|l’)\s?[a-zà-ù][\w’ -]{1,40}?(?=[.;]|$)"
    ),
}


# What may stand between the town and its clause's date: the start of a range the dates leave
# out ("from 4 to | 6 May", "dal 3 al | 5 maggio").
_TIME_GAP = re.compile(
    r"^\s?(?:(?:from|between|dal|dall’|tra)\s\d{1,2}(?:st|nd|rd|th)?\s(?:to|and|al|all’|e)\s?)?$"
)


# The wider area a town lies in, right after it: "near March | in Cambridgeshire", "a Bovino
# | , in provincia di Foggia"; the town's phrase still ends there.
_WIDER_AREA = {
    "en": re.compile(
        r",?\sin\s(?:(?:north|south|east|west|mid|central)[\w-]*\s)?[A-Z][\w’-]+"
        r"(?:\s(?:and\s)?[A-Z][\w’-]+){0,2}"
    ),
    "it": re.compile(
        r",?\s(?:in|nel|nella|nell’)\s(?:provincia\sdi\s)?[A-ZÀ-Ý][\w’-]+"
        r"(?:\s[A-ZÀ-Ý][\w’-]+){0,2}"
    ),
}


# A town the place lies beside or off, right after it: "at Hill Farm | near Ashby", "at Granish
# | , north of Aviemore", "a Prato | , a nord di Firenze"; the place's phrase still ends there.
_BESIDE = {
    "en": re.compile(
        r",?\s(?:near|outside|(?:(?:just|about\s[\w-]+\s(?:miles|km|kilometres))\s)?"
        r"(?:north|south|east|west|north-east|north-west|south-east|south-west)\sof)"
        r"\s[A-Z][\w’-]+(?:\s[A-Z][\w’-]+){0,2}"
    ),
    "it": re.compile(
        r",?\s(?:vicino\sa|alle\sporte\sdi|a\s(?:nord|sud|est|ovest)\sdi)"
        r"\s[A-ZÀ-Ý][\w’-]+(?:\s[A-ZÀ-Ý][\w’-]+){0,2}"
    ),
}


def _ends_clause(text: str, end: int, dates: list[DateSpan], language: str) -> bool:
    """Whether the town's phrase is the clause's last complement: a stop follows it, or a
    time does and then a stop; the wider area the town lies in may come first ('at Hill Farm
    | in Ashby | on 3 May.')."""
    if _CLAUSE_END.match(text, end):
        return True
    area = _WIDER_AREA[language].match(text, end)
    if area is not None:
        end = area.end()
        if _CLAUSE_END.match(text, end):
            return True
    time = _TIME_WORDS[language].match(text, end) or _DURING[language].match(text, end)
    if time is not None:
        return _CLAUSE_END.match(text, time.end()) is not None
    after = next(
        (d for d in dates if end <= d.start and _TIME_GAP.match(text[end : d.start])), None
    )
    return after is not None and _CLAUSE_END.match(text, after.end) is not None


# A place told by its kind and the town it is in, right after the preposition: "at | a
# primary school in | Poleglass", "nel | ghetto di | Borgo Mezzanone", "al | palazzetto di |
# Thiene". The whole phrase answers, with its preposition ('Where ...?' -> 'at a primary
# school in Poleglass', 'Dove ...?' -> 'al palazzetto di Thiene').
_KIND_OF_PLACE = {
    "en": re.compile(
        r"(?<![\w’'])(?P<prep>in|at)\s(?:a|an|the|its|their)\s(?:[a-z-]+\s){0,2}?"
        r"(?:school|hospital|site|plant|factory|farm|park|centre|center|stadium|hall|church"
        r"|depot|warehouse|plantation|camp|base|harbour|airport|prison|station|offices?"
        r"|yard|quarry|mill|workshop|museum|library|hotel|village|town|estate)"
        r"\s(?:in|at|on|near|off)\s(?=[A-Z])"
    ),
    "it": re.compile(
        r"(?<![\w’'])(?P<prep>al|allo|alla|all’|nel|nello|nella|nell’|presso\s(?:il|lo|la|l’))"
        r"\s?(?:palazzetto|palasport|stadio|teatro|ospedale|deposito|monastero|convento|ghetto"
        r"|zona\sindustriale|porto|stabilimento|capannone|cantiere|centro\ssportivo|museo"
        r"|biblioteca|municipio|carcere|campo|parco|santuario|castello|borgo|frazione"
        r"|località|contrada|quartiere|villaggio)"
        r"\s(?:di|del|della|dell’|a|in)\s?(?=[A-ZÀ-Ý])"
    ),
}


def _kind_of_place_spans(text: str, doc: Document) -> Iterator[tuple[re.Match[str], str, int]]:
    """The places told by their kind and town: the match up to the town, the whole phrase
    without its preposition, and where it ends."""
    for m in _KIND_OF_PLACE[doc.language].finditer(text):
        found = _town(text, m.end(), doc)
        if found is not None:
            yield m, text[m.start() : found[1]], found[1]


def _place_spans(text: str, doc: Document) -> Iterator[DateSpan]:
    """The places of a sentence as spans a date's clause question reads: the preposition
    opens it, the town is its answer ('near March' with its preposition). The town's phrase
    ends its clause and follows a word in small letters (not 'Bishop of Bath and Wells')."""
    dates: list[DateSpan] | None = None
    for m in _PLACE_PP[doc.language].finditer(text):
        before = text[: m.start()].split()[-1:]
        if not before or not before[0].islower() or before[0] in _CONNECTORS:
            continue
        found = _town(text, m.end(), doc)
        if found is None:
            continue
        name, end = found
        if dates is None:
            dates = find_dates(text, doc.language)
        beside = _BESIDE[doc.language].match(text, end)
        if beside is not None:  # "at Granish, north of Aviemore": the answer says both
            name, end = text[m.end() : beside.end()], beside.end()
        if not _ends_clause(text, end, dates, doc.language):
            continue
        prep = m.group("prep")
        answer = f"{prep} {name}" if prep in _NEAR else name
        yield DateSpan(m.start(), m.end(), end, answer, (name,), False, prep=prep)
    for m, phrase, end in _kind_of_place_spans(text, doc):
        before = text[: m.start()].split()[-1:]
        if not before or not before[0].islower() or before[0] in _CONNECTORS:
            continue
        if dates is None:
            dates = find_dates(text, doc.language)
        if _ends_clause(text, end, dates, doc.language):
            town = phrase[m.end() - m.start() :]
            value = m.start() + len(m["prep"])
            yield DateSpan(m.start(), value, end, phrase, (town,), False, prep=m["prep"])


_WHEN = {"en": "When ", "it": "Quando "}
_WHERE = {"en": "Where ", "it": "Dove "}


# Words between the verb and the town that make the town another word's: a preposition
# ("tested with colleagues | in Spain"), a conjunction, a relative, a superlative or an
# ordinal ("the largest bog | in Wales", "one of the leading institutes | in Europe"), the
# noun of a seat ("ha sede | a Roma": seats.py asks it).
_NOT_BETWEEN = {
    "en": frozenset("and or but that which who whose where when while as than".split()),
    "it": frozenset("e ed o ma che cui dove quando mentre come".split()),
}


_RANKS = {
    "en": frozenset("most first last only leading best one".split()),
    "it": frozenset("più primo prima ultimo ultima unico unica sede".split()),
}


def _ranks(word: str, language: str) -> bool:
    """Whether a word ranks its noun among others ('largest', 'most', 'first') or names a
    seat: a place after it is the ranking's or the seat's."""
    return word in _RANKS[language] or language == "en" and word.endswith("est") and len(word) > 4


_SUBORDINATORS = {
    "en": frozenset(
        "after before since when while because although though if until unless".split()
    ),
    "it": frozenset("dopo quando mentre perché poiché sebbene se finché".split()),
}


def _infinitive_to(toks: list[Token], k: int, language: str) -> bool:
    """Whether the word at `k` is the 'to' of an infinitive ('due | to | meet')."""
    return (
        language == "en"
        and toks[k].low == "to"
        and k + 1 < len(toks)
        and toks[k + 1].text.islower()
        and is_verb_lemma(toks[k + 1].low)
    )


# A gathering the deed took place at, right before the town: "at a meeting | in
# Northallerton", "durante una cerimonia | a Fano"; the town is the deed's place too.
_GATHERING = {
    "en": re.compile(
        r"\s(?:at|during)\s(?:a|an|the|its|their)\s(?:[a-z-]+\s){0,2}?"
        r"(?:meeting|ceremony|hearing|conference|rally|event|summit|session)\s?$"
    ),
    "it": re.compile(
        r"\s(?:durante|in|nel\scorso\sdi)\s(?:una|un|la|il)\s(?:[a-zà-ù]+\s){0,2}?"
        r"(?:riunione|cerimonia|udienza|conferenza|seduta|assemblea|incontro|vertice)\s?$"
    ),
}


def _as_role(toks: list[Token], k: int, language: str) -> bool:
    """Whether the word at `k` is the 'as' of a role the subject acts in, right after the
    verb ('worked | as | a cashier'): the place after the role is still the deed's."""
    return (
        language == "en"
        and toks[k].low == "as"
        and k + 1 < len(toks)
        and toks[k + 1].low in ("a", "an")
        and k > 0
        and toks[k - 1].text.islower()
        and is_verb_lemma(lemma(toks[k - 1].low, language))
        and (k < 2 or toks[k - 2].low not in _BE)  # "was described as a model in Wales"
    )


_BE = frozenset("is are was were be been being".split())


def _particle(toks: list[Token], k: int, verb: int, language: str) -> bool:
    """Whether the English word at `k`, right before the place, is a particle of the verb
    before it ('switched | on | at', 'was set | up | in'): the clause's verb, or a participle
    of its chain."""
    if language != "en" or toks[k].low not in _VERB_PARTICLES or k == 0 or k != len(toks) - 1:
        return False  # a particle right before the place ("based on the hill | in X": a noun's)
    before = toks[k - 1]
    return k - 1 == verb or before.text.islower() and is_participle(before.low, language)


# Verbs of holding or counting: a place after their object is the object's, not the deed's
# ('The plan includes a depot in Leeds', 'Il progetto comprende uno scalo a Cles').
_HOLDING = {
    "en": frozenset("include comprise contain have feature".split()),
    "it": frozenset(
        "comprendere includere contenere avere prevedere previsto prevista previsti"
        " previste compreso compresa compresi comprese".split()
    ),
}


def _holds(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the clause's verb, or the participle its auxiliary leads to, is one of
    holding ('includes', 'has included', 'ha previsto'; not 'has opened', 'has long been')."""
    word = toks[verb].low
    if word in AUXILIARIES[language]:
        later = [t.low for t in toks[verb + 1 : verb + 4] if t.text.islower()]
        verbal = [
            w for w in later if w in AUXILIARIES[language] or w in _BE or is_participle(w, language)
        ]
        if verbal or word not in _HOLDING[language] and lemma(word, language) != "have":
            word = verbal[-1] if verbal else word
    return word in _HOLDING[language] or lemma(word, language) in _HOLDING[language]


def _reduced_relative(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the English word in -ed taken for the verb ends a noun phrase that holds a
    preposition, right before the place: 'Recruitment for the staff needed | at Dalcross'
    (the staff needed there; the clause's verb comes later, or a statement left it out)."""
    return (
        language == "en"
        and verb == len(toks) - 1
        and toks[verb].low.endswith("ed")
        and toks[verb - 1].text != ","  # "the Union, founded | in Paris": asked of the Union
        and any(t.low in PREPOSITIONS[language] for t in toks[:verb])
    )


def _verb_complement(s: Sentence, span: DateSpan, language: str) -> bool:
    """Whether the town's phrase is the clause's verb's own complement: only the verb's
    chain, its object and times stand between the verb and the preposition, no other
    preposition, clause or superlative ('opened the first factory | near Berlin', 'was
    adopted | in Sheffield', not 'tested techniques with colleagues | in Spain')."""
    toks = tokens(s.text[: span.start])
    verb = main_verb(toks, language)
    if verb is None:
        verb = main_verb(toks, language, presents=True)  # "The race ends | at Paarl"
    if verb is None or _reduced_relative(toks, verb, language):
        return False
    if _holds(toks, verb, language):
        return False  # "the plan includes a depot | in Leeds": the place is the depot's
    if any(_ranks(t.low, language) for t in toks[max(0, verb - 3) : verb]):
        return False  # "the largest | raised bog", "la sua sede | si trova": not the deed's
    if any(t.low in _SUBORDINATORS[language] for t in toks[:verb]):
        return False  # "The announcement comes after another chipmaker | postponed ...": whose?
    dates = find_dates(s.text[: span.start], language)
    gathering = _GATHERING[language].search(s.text, 0, span.start)
    for k in range(verb + 1, len(toks)):
        t = toks[k]
        if any(d.start <= t.start < d.end for d in dates) or _infinitive_to(toks, k, language):
            continue
        if gathering is not None and gathering.start() <= t.start < gathering.end():
            continue  # "approved the scheme | at a meeting | in Northallerton": the deed's place
        low = t.low
        if _as_role(toks, k, language):
            continue  # "worked as a cashier | in Ammanford": the role is the deed's
        if _particle(toks, k, verb, language):
            continue  # "was switched on | at Gordonvale": the verb's particle, no preposition
        if low in _NOT_BETWEEN[language] or t.text in ",;:()–—" or _ranks(low, language):
            return False
        if low in PREPOSITIONS[language] or low in ARTICULATED:
            return False
    return True


def _asked(sentence: Sentence, span: DateSpan, doc: Document) -> str | None:
    """The question of the clause the place is in, as a date's would be asked, with 'Where'."""
    language = doc.language
    s = sentence
    if _JOINED_IN[language](s.text):
        clause = _last_clause(s, span, language)
        if clause is not None:
            s, span = clause
    toks = tokens(s.text)
    shapes = _shapes(s.text, toks, language)
    cut = (
        shapes.opening or _HAS_AND.search(s.text) is not None or _opens_with_phrase(toks, language)
    )
    main = _main_clause(s, toks, span, language) if cut else (s, span)
    if main is None or not _verb_complement(*main, language):
        return None
    question = _clause_question(*main, doc)
    if question is not None and language == "it":
        question = _it_wh_question(question)
    if question is None or not question.startswith(_WHEN[language]):
        return None
    return _WHERE[language] + question[len(_WHEN[language]) :]


def extract(doc: Document) -> Iterator[Candidate]:
    for s in doc.sentences:
        if _subject_was_complement(s, doc.language):
            continue
        for span in _place_spans(s.text, doc):
            question = _asked(s, span, doc)
            if question is None or fold(span.answer) in fold(question):
                continue
            yield entity_card(
                s,
                span.answer,
                question,
                f"{span.answer} place",
                score=SCORE,
                answer_type="city",
                accept=span.accept,
            )
