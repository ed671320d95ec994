"""Names said with their kind, asked by the kind: a place or a body whose name holds the noun
of its kind, in a verb's complement ('Hale Dairies pleaded guilty at Leeds Crown Court' -> 'At
which court did Hale Dairies plead guilty?', 'Il corteo è passato davanti al Castello
Estense' -> 'Davanti a quale castello è passato il corteo?'); a name set beside its kind by
commas in a subject ('the original builder, Tern Homes, went into administration' -> 'Which
original builder went into administration?', 'Il gestore della rete, la Valnet, ha chiuso ...'
-> 'Quale gestore della rete ha chiuso ...?'; 'Il gestore, la società Valnet, ha fatto sapere
che ...' -> 'Quale società è il gestore?'); and an agent set beside its kind ('journeys are
run by a single company, First York' -> 'By which company are journeys run?')."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, Token, main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..given_names import is_given_name
from ..lexicon import ARTICLES, ARTICULATED, SAY_VERBS, STOPWORDS, WHEN_WORDS
from ..phrase import IT_CLITICS, english_question_clause, italian_verb_last
from ..text import core, lower_first, squash
from ..verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_present_at,
    is_verb_lemma,
    lemma,
    may_be_present,
)
from .common import entity_card, lower_initial, people_in, specific
from .dates.grammar import _COPULAS, _POSSESSIVES
from .numbers import NUMBER_WORDS
from .objects import _predicate
from .subject import explicit_subject

SCORE = 0.72

# ---------------------------------------------------------------------------------------
# A named place or body in a complement. English writes its kind last ("Leeds Crown Court",
# "the Natural History Museum") or, for waters and mountains, first ("the River Tay", "Mount
# Snowdon"); Italian writes it first ("il torrente Cervaro", "piazza Garibaldi", "il Castello
# Estense"). The kind is a noun of a place one can name a question by: "Which court?".
_EN_LAST = frozenset(
    """Court Tribunal River Lake Loch Lough Bay Harbour Harbor Estuary Firth Strait Channel Sea
    Island Valley Forest Park Square Street Lane Avenue Bridge Castle Cathedral Church
    Abbey Priory Palace Museum Gallery Library Observatory Stadium Station Airport Hospital
    University College Prison Theatre Theater Tower Reservoir Canal Glacier Peninsula
    Beach Institute Foundation Trust Agency Society Company Corporation Authority
    Commission Hall Pier Quay Dock Docks Arena Market Gardens Cemetery Chapel Mosque
    Barracks Road""".split()
)
_EN_BODIES = frozenset(
    """institute foundation trust agency society company corporation authority commission
    university college""".split()
)
_EN_FIRST = {"River": "river", "Lake": "lake", "Loch": "loch", "Lough": "lough", "Mount": "mount"}
# Words that make a name ending in a kind no such place: "the Lake District"; "River Road"
# is a road, not a river (its last word is read first).
_EN_NOT_KIND = frozenset("District Country".split())
_IT_KINDS = frozenset(
    """fiume torrente lago monte golfo isola valle piazza via viale corso stadio castello
    palazzo teatro museo chiesa basilica duomo cattedrale santuario ponte aeroporto stazione
    ospedale università tribunale carcere rocca villa parco canale ghiacciaio fondazione
    associazione agenzia consorzio istituto comune regione provincia procura ministero
    società mare porto piazzale quartiere abbazia piscina necropoli spiaggia baia lungomare
    altopiano frazione rione località""".split()
)
# Bodies one turns to, not places one is in: "ricorre al tribunale" -> "A quale tribunale",
# but "gioca allo stadio Plebiscito" -> "In quale stadio".
_IT_BODIES = frozenset(
    """tribunale fondazione associazione agenzia consorzio istituto comune regione provincia
    procura ministero società""".split()
)

_EN_PREPS = (
    "at by in on from into onto to near outside inside beside across along through under over off"
    " towards toward past opposite behind beneath below above around within"
).split()
_EN_PP = re.compile(r"(?<![\w’])(?P<prep>" + "|".join(_EN_PREPS) + r")\s(?:the\s)?(?=[A-Z])")
_IT_PP = re.compile(
    r"(?<![\w’])(?P<lead>(?:davanti|vicino|accanto|fino|intorno|attorno|insieme|di\sfronte)\s)?"
    r"(?P<prep>al|allo|alla|all’|ai|agli|alle|a|ad|dal|dallo|dalla|dall’|dai|dagli|dalle|da"
    r"|nel|nello|nella|nell’|nei|negli|nelle|in|sul|sullo|sulla|sull’|sui|sugli|sulle|su"
    r"|presso|lungo|verso|sotto|sopra|oltre|dentro)(?:\s(?:(?:il|lo|la|i|gli|le)\s|l’)|\s|(?<=’))"
    r"(?=[A-Za-zÀ-ÿ])"
)
_LEADS = frozenset("davanti vicino accanto fino intorno attorno insieme lungo".split())
_IT_BASE_PREP = {
    **dict.fromkeys(("al", "allo", "alla", "all’", "ai", "agli", "alle", "a", "ad"), "a"),
    **dict.fromkeys(("dal", "dallo", "dalla", "dall’", "dai", "dagli", "dalle", "da"), "da"),
    **dict.fromkeys(("nel", "nello", "nella", "nell’", "nei", "negli", "nelle", "in"), "in"),
    **dict.fromkeys(("sul", "sullo", "sulla", "sull’", "sui", "sugli", "sulle", "su"), "su"),
}
# The words that call for the rule: a kind word after a space or an elided article
# ("all’ospedale"), a scan that starts at those two characters only. Italian ones are looked
# for in the text lowercased, as Italian writes a kind either way ("il torrente Cervaro", "il
# Castello Estense").
_CUES = {
    "en": re.compile(r" (?:" + "|".join(sorted(_EN_LAST | set(_EN_FIRST))) + r")\b"),
    "it": re.compile(r"[ ’](?:" + "|".join(sorted(_IT_KINDS)) + r")\b"),
}
_BY_CUE = re.compile(r" by (?:a|an|the) ")

# Where a clause begins inside a sentence: after a semicolon, after a conjunction that joins
# or subordinates a clause, after a comma (an opening phrase: "On Monday, the council met").
_CLAUSE_OPENS = {
    "en": re.compile(
        r"(?:[;:]\s|,\s(?:and|but|while|whereas)\s|,\s|(?<![\w’])(?:after|when|while|because"
        r"|since|until|before|although|though)\s)"
    ),
    "it": re.compile(
        r"(?:[;:]\s|,\s(?:e|ed|ma|mentre)\s|,\s|(?<![\w’])(?:mentre|quando|dopo\sche|perché"
        r"|poiché|finché|prima\sche|sebbene)\s)"
    ),
}
# Where it ends: a comma (not one inside a number: '£5,000', '2,5 milioni'), a colon, a
# dash, or a conjunction that opens another clause.
_CLAUSE_ENDS = {
    "en": re.compile(r",(?!\d)|;|:|\s[–—]\s|\s(?:and|but|while|which|who|where)\s(?=[a-z])"),
    "it": re.compile(r",(?!\d)|;|:|\s[–—]\s|\s(?:e|ed|ma|mentre|che|cui|dove)\s(?=[a-zà-ù])"),
}
# Between the verb and the complement, words that open another clause: the complement would be
# that clause's ("said that the ship sank in the Firth").
_SUBORDINATE = frozenset("that which who where whose che cui dove".split())
_PRONOUN_SUBJECTS = frozenset(
    "it he she they we i you this these those there lui lei loro egli essa esso noi voi".split()
)
LONGEST_QUESTION = 24  # tokens


def _kind_name(text: str, at: int, language: str) -> tuple[str, str] | None:
    """(kind, name) of the named place at offset `at`: ('court', 'Leeds Crown Court'),
    ('river', 'River Tay'), ('torrente', 'torrente Cervaro'), ('castello', 'Castello
    Estense')."""
    if language == "it":
        word = re.match(r"[\w’]+", text[at:])
        kind = word.group(0).lower() if word else ""
        if kind not in _IT_KINDS:
            return None
        after = at + len(kind) + 1
        if text[at].islower():
            after = _of_name(text, after, kind)  # "il golfo | di Manfredonia"
        run = NAME_RUN.match(text, after if text[at].islower() else at)
        if run is None:
            return None
        name = text[at : run.end()]
        if name.lower() == kind:
            return None  # "il Castello" alone
        return kind, name
    run = NAME_RUN.match(text, at)
    if run is None:
        return None
    name = run.group(0)
    words = name.split()
    if words[0].lower() in WHEN_WORDS:
        return None
    area = _EN_AREA.match(text, run.end())
    if area is not None:  # "the Attercliffe area of the city": asked by "area of the city"
        return area.group(0).strip(), text[at : area.end()]
    if len(words) < 2:
        return None
    if words[-1] in _EN_LAST and words[-1] not in _EN_NOT_KIND:
        return words[-1].lower(), name
    if words[0] in _EN_FIRST and words[-1] not in _EN_NOT_KIND:
        return _EN_FIRST[words[0]], name
    return None


# A part of a town named before its kind in small letters, and the town it is of: "the
# Attercliffe area of the city", "the Holbeck district of Leeds".
_EN_AREA = re.compile(
    r"\s(?:(?:industrial|business|retail|trading|housing)\s(?=estate|park))?"
    r"(?:area|district|suburb|neighbourhood|neighborhood|estate|ward|park)"
    r"(?:\sof\s(?:the\s(?:city|town|county|borough)|[A-Z][\w’]+))?(?=[\s,;.:]|$)"
)

_AREA_CUE = re.compile(r"[A-Z][\w’]*" + _EN_AREA.pattern)

# "di" and its articled forms that join a kind in small letters to its name: "il lago di Como",
# "la provincia di Isernia", "il golfo di Manfredonia", "la valle d’Aosta".
_IT_NAME_OF = re.compile(
    r"(?:di|del|dello|della|dei|degli|delle)\s(?=[A-ZÀ-Ý])|(?:d’|dell’)(?=[A-ZÀ-Ý])"
)


def _of_name(text: str, at: int, kind: str) -> int:
    """Where the name starts after a kind in small letters: after 'di' when one joins them
    ('golfo di | Manfredonia'), at `at` otherwise. 'nel corso di' is 'during', no avenue."""
    m = _IT_NAME_OF.match(text, at)
    if m is None or kind == "corso" or is_given_name(text[m.end() :].split(None, 1)[0]):
        return at  # "la società di | Mario Rossi": whose it is, not its name
    return m.end()


def _opens_with_subject(toks: list[Token], language: str) -> bool:
    """Whether a clause opens with its subject: an article or a name, or a quantity ('more
    than 80% of journeys are run by ...')."""
    first = toks[0]
    return starts_with_subject(toks, language) or _quantity(first)


def _quantity(first: Token) -> bool:
    return first.low in _QUANTITY_OPENERS or first.text[:1].isdigit()


_QUANTITY_OPENERS = frozenset(
    "more less fewer about around nearly almost over most half oltre circa quasi metà".split()
)


def _listed(text: str, end: int, language: str) -> bool:
    """Whether the name ending at `end` is one of a list ('dal Comune di Lesa e
    dall’associazione X', 'at Leeds and York') or has an aside in brackets."""
    m = re.match(r"\s?\(|\s(?:and|or|e|ed|o)\s([\w’]+)", text[end:])
    if m is None:
        return False
    nxt = m.group(1)
    return nxt is None or not (nxt.islower() and is_finite(nxt, language))


def _goes_on(text: str, end: int, language: str) -> bool:
    """Whether the name ending at `end` goes on with lowercase words: an adjective ('Teatro
    dell’Opera khediviale'), a complement ('Palazzo di Giustizia di corso ...')."""
    word = re.match(r"\s([a-zà-ù’]+)", text[end:])
    if word is None:
        return False
    low = word.group(1)
    if low in _OF or (low == "for" and text[end + 5 : end + 6].isupper()):
        return True  # "the National Institute | for Health Research": more of the name
    return low not in STOPWORDS[language] and low not in WHEN_WORDS and not is_finite(low, language)


_OF = frozenset("of di del dello della dei degli delle dell’ d’".split())


def _clause_bounds(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """Where the clause holding the span [start, end) begins and ends."""
    opens = 0
    for m in _CLAUSE_OPENS[language].finditer(text, 0, start):
        opens = m.end()
    close = _CLAUSE_ENDS[language].search(text, end)
    stop = close.start() if close else len(text.rstrip(" .!?"))
    return opens, stop


def _verb_group_end(toks: list[Token], verb: int, language: str) -> int:
    """The index after a verb and the auxiliaries and participles that follow it: 'è | stata
    | trovata', 'were | trapped'."""
    k = verb + 1
    while k < len(toks) and (
        toks[k].low in AUXILIARIES[language]
        or (toks[k].text.islower() and is_participle(toks[k].text, language))
    ):
        k += 1
    return k


def _complement_question(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    for m in _IT_PP.finditer(text) if language == "it" else _EN_PP.finditer(text):
        found = _kind_name(text, m.end(), language)
        if found is None:
            continue
        kind, name = found
        if doc.person(name) or _given_and_surname(name, language):
            continue  # a surname that is a kind word: "bought by Jeremy Church"
        end = m.end() + len(name)
        if _listed(text, end, language):
            continue  # one of a list, or a name with an aside: "Leeds and York Crown Courts"
        if _goes_on(text, end, language):
            continue  # "il Teatro dell’Opera | khediviale del Cairo": more of the name
        question = _question(text, m, kind, end, doc) or _lasting_question(text, m, kind, end, doc)
        if question is not None and core(name) not in core(question):
            answer, accept = _without_kind(name, kind)
            yield entity_card(s, answer, question, f"{kind} {name}", score=SCORE, accept=accept)


def _without_kind(name: str, kind: str) -> tuple[str, tuple[str, ...]]:
    """(answer, accepted) of a name the question asks by its kind: a kind in small letters
    before the name is said by the question already ('Quale fiume attraversa Verona?' ->
    'Adige', 'fiume Adige' accepted); one of the name ('Castello Estense', 'River Tay') or
    joined by 'di' ('lago di Como') stays."""
    if name.endswith(" " + kind) and kind[:1].islower():  # "Attercliffe | area of the city"
        return name[: -len(kind) - 1], (name,)
    rest = name[len(kind) + 1 :]
    if not name.startswith(kind + " ") or not rest[:1].isupper():
        return name, ()
    return rest, (name,)


# Kind words that are English surnames as well: "sold to Simon Castle", "Jeremy Church".
_SURNAME_KINDS = frozenset(
    "Castle Church Lane Park Tower Bridge Lake Abbey Forest Street Hall Chapel".split()
)


def _given_and_surname(name: str, language: str) -> bool:
    """Whether a name of two words is a given name and a surname that is a kind word: 'Simon
    Castle', 'Jeremy Church' (the article need not name the person again to say so)."""
    words = name.split()
    return (
        language == "en"
        and len(words) == 2
        and words[1] in _SURNAME_KINDS
        and is_given_name(words[0])
    )


# Verbs of being in a work: the name after "in" is a title, not a place ("appeared in
# Coronation Street"; Italian writes a title after a bare "in": "ha recitato in Casa Vianello",
# a place after an articled one: "ha recitato nel Teatro Verdi").
_PERFORMING = frozenset("appear star feature act cameo recitare apparire comparire".split())
_TITLE_PREPS = frozenset("in on".split())


def _performs(toks: list[Token], verb: int, prep: str, language: str) -> bool:
    if prep not in _TITLE_PREPS:
        return False
    return any(
        lemma(t.low, language) in _PERFORMING
        for t in toks[verb : _verb_group_end(toks, verb, language)]
    )


def _question(text: str, m: re.Match[str], kind: str, end: int, doc: Document) -> str | None:
    """The question of the clause the complement [m.start(), end) stands in, the complement
    asked by its kind."""
    language = doc.language
    start, stop = _clause_bounds(text, m.start(), end, language)
    before, after = text[start : m.start()].strip(), text[end:stop].strip()
    toks = tokens(before)
    if not toks or not _opens_with_subject(toks, language) or len(toks) > 16:
        return None
    if toks[0].low in ARTICULATED or toks[0].low in PREPOSITIONS[language]:
        return None  # "Dal 2004 è gestito ...": an opening complement, no subject
    verb = main_verb(toks, language)
    if verb is None:  # the present may be known by the preposition after it: "passa | davanti"
        verb = _present(tokens(text[start : m.end()]), language)
        if verb is not None and main_verb(tokens(after), language) is not None:
            return None  # "the houses | over the River Aire | flooded": a noun, the verb after
    if verb is None or verb == 0 or toks[0].low in _PRONOUN_SUBJECTS:
        return None
    subject = before[: toks[verb].start]
    if not specific(lower_initial(subject, doc), doc) and not _quantity(toks[0]):
        return None  # "the team": which one, out of the article? (a share is of the article's)
    if _modifies_a_noun(toks, verb, language) or _copula(toks, verb, language):
        return None  # "una valle attraversata | dal torrente", "X is a dam | in the Canyon"
    if _after_a_complements_noun(toks, verb, language) and not _governed(m, kind, language):
        return None  # "grew from a settlement | on the River", "un ricevimento per la squadra | a"
    if any(_another_clause(t, language) for t in toks[_verb_group_end(toks, verb, language) :]):
        return None  # "said that the ship sank in", "risale al 1538 e diede origine al"
    if any(t.text in _ASIDES or t.low in _POSSESSIVES or t.low in _NAMING for t in toks):
        return None  # whose "sede"? a name's origin is the objects' card
    if _contest(toks, verb, m.group("prep"), language) or _performs(
        toks, verb, m.group("prep"), language
    ):
        return None  # "lost to Nottingham Forest": a side one plays, whatever its name's last word
    clause = _lowered(f"{before} {after}".strip(), doc)
    ctoks = tokens(clause)
    at = next((k for k, t in enumerate(ctoks) if t.start == toks[verb].start), None)
    if at is None:
        return None
    if language == "it":
        question = _italian(clause, ctoks, at, m, kind, _of_noun(before))
    else:
        question = _english(clause, ctoks, at, m.group("prep"), kind)
    if question is None or len(tokens(question)) > LONGEST_QUESTION:
        return None
    return question


# Waters and mountains, which stand in a lasting relation to what their participle is said of:
# "un comune attraversato dal fiume Adige" is crossed by it now, as the present asks.
_LASTING_KINDS = frozenset(
    "river lake loch lough mount canal estuary fiume torrente lago monte canale golfo".split()
)
_INDEFINITE = frozenset("a an un uno una un’".split())


def _lasting_question(
    text: str, m: re.Match[str], kind: str, end: int, doc: Document
) -> str | None:
    """'Verona è un comune attraversato dal fiume Adige' -> 'Quale fiume attraversa Verona?':
    a subject said by the present copula to be a noun that a named water or mountain, the
    participle's agent, holds; asked in the active present, what the participle says of the
    subject ('Hexham is a town crossed by the River Tyne' -> 'Which river crosses Hexham?')."""
    language = doc.language
    if kind not in _LASTING_KINDS or m.group("prep") not in _AGENT_PREPS:
        return None
    start, stop = _clause_bounds(text, m.start(), end, language)
    if not _extent_only(text[end:stop], language):
        return None  # more of the clause after the agent: the question would leave it out
    start = _set_off_participle(text, start, m.start(), language)
    before = squash(text[start : m.start()].replace(",", " "))
    toks = tokens(before)
    copula = next((k for k, t in enumerate(toks) if t.low in _PRESENT_COPULAS), None)
    if copula is None or copula == 0 or copula + 2 >= len(toks) or len(toks) > 12:
        return None
    if toks[copula + 1].low not in _INDEFINITE or not _opens_with_subject(toks, language):
        return None  # "X is the town ...": a definite noun may be another's
    if toks[0].low in _PRONOUN_SUBJECTS or any(
        _another_clause(t, language) for t in toks[copula + 2 : -1]
    ):
        return None
    verb = _active_present(toks[-1].text, language)
    subject = _lowered(before[: toks[copula].start].strip(), doc)
    if not specific(subject, doc):
        return None
    if verb is None:
        return _passive_lasting(toks[-1].text, toks[0].low, m, kind, subject, language)
    which = "Which" if language == "en" else "Quale"
    return f"{which} {kind} {verb} {subject}?"


def _extent_only(rest: str, language: str) -> bool:
    """Whether what follows the agent in its clause is nothing, or a complement of how far or
    from where to where ('percorsa dal fiume Adda | per circa 120 chilometri', 'crossed by the
    River Tyne | for 20 miles'), which the question may leave out: it says no more of which
    water or mountain it is."""
    words = rest.split()
    return not words or words[0].lower() in _EXTENT_OPENERS[language]


_EXTENT_OPENERS = {
    "it": frozenset("per lungo fino".split()),
    "en": frozenset("for along".split()),
}


def _set_off_participle(text: str, start: int, at: int, language: str) -> int:
    """Where the clause of a participle set off by a comma begins: with the noun phrase the
    comma closes ('La Valtellina è una valle alpina della Lombardia, | percorsa dal fiume
    Adda'), when the participle alone stands between the comma and the agent."""
    piece = text[start:at].split()
    if start < 2 or text[start - 2] != "," or len(piece) != 1 or not piece[0].islower():
        return start
    return _clause_bounds(text, start - 2, start - 2, language)[0]


# The participle's ending by the subject's article, for the passive a participle of no known
# present keeps: "la Val Brembana | percorsa", "il Casentino | percorso".
_AGREEING = {"la": "a", "le": "e", "il": "o", "lo": "o", "i": "i", "gli": "i"}


def _passive_lasting(
    participle: str, article: str, m: re.Match[str], kind: str, subject: str, language: str
) -> str | None:
    """'La Val Brembana è una valle percorsa dal fiume Brembo' -> 'Da quale fiume è percorsa
    la Val Brembana?': the participle as written, when it agrees with the subject (Italian
    only: an English participle of no known present is irregular, 'fed by')."""
    if language != "it" or not participle.islower() or not is_participle(participle, language):
        return None
    if _AGREEING.get(article) != participle[-1:]:
        return None
    return f"Da quale {kind} è {participle} {subject}?"


_AGENT_PREPS = frozenset("by da dal dallo dalla dall’".split())
_PRESENT_COPULAS = frozenset("is è".split())


def _active_present(participle: str, language: str) -> str | None:
    """The third person present of a regular participle: 'attraversato' -> 'attraversa',
    'temuto' -> 'teme', 'crossed' -> 'crosses', 'drained' -> 'drains'; None for another."""
    if not (participle.islower() and is_participle(participle, language)):
        return None
    if language == "it":
        stem, ending = participle[:-3], participle[-3:-1]
        return {"at": stem + "a", "ut": stem + "e"}.get(ending) if len(stem) > 2 else None
    base = lemma(participle, language)
    if not participle.endswith("ed") or not participle.startswith(base[:-1]) or base == participle:
        return None
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _present(toks: list[Token], language: str) -> int | None:
    """The present the word tests miss ('il corteo passa davanti', 'la squadra disputa le
    partite', 'the museum stands on'): a word of the present's endings right after a subject
    of an article and a noun or a name, before what a verb takes (an article, a
    preposition)."""
    takes = ARTICLES[language] | PREPOSITIONS[language]
    for k in range(2, min(5, len(toks) - 1)):
        word, after = toks[k], toks[k + 1]
        if not word.text.islower() or word.low in takes or len(word.low) < 4:
            continue
        if is_participle(word.low, language):
            return None  # "la base utilizzata | dall’Agenzia": a noun's participle
        if language == "it" and not word.low.endswith(("a", "e", "ano", "ono")):
            continue
        if language == "en":  # "the offices | on": a plural noun as often as a verb
            before = toks[k - 1].text
            if is_present_at(before, word.text, after.text, language):
                return k
            return k if _present_before_place(toks, k) else None
        if after.low in takes or after.low in ARTICULATED or after.low in _LEADS:
            return k
        return None
    return None


def _present_before_place(toks: list[Token], k: int) -> bool:
    """Whether an English '-s' word takes no object but the named place after it: 'The River
    Piddle flows | into Poole Harbour', 'The museum stands | on Queen Victoria Square'; its
    subject a name or 'the' and one noun, the last thing a plural noun would have before it
    ('the offices | on' is read as a noun: a verb after the place then says so)."""
    word, after = toks[k], toks[k + 1]
    if after.low not in _EN_PREPS or not word.low.endswith("s") or word.low.endswith("ss"):
        return False
    if not may_be_present(word.low, "en"):
        return False
    subject = toks[:k]
    return (subject[0].low == "the" and k == 2) or all(t.text[:1].isupper() for t in subject)


def _modifies_a_noun(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the complement at the end of `toks` follows a participle of a noun after the verb
    ('si trova in una valle attraversata'), or a phrase after it ('una campagna finanziata con
    480.000 euro'), not the verb's own participle ('è stata trovata')."""
    end = _verb_group_end(toks, verb, language)
    for k in range(len(toks) - 1, max(end - 1, len(toks) - 6), -1):
        t = toks[k]
        if not (t.text.islower() and is_participle(t.text, language)):
            continue
        if k == len(toks) - 1:
            return True
        # "una campagna finanziata con 480.000 euro | dalla": a phrase between, no verb
        after = toks[k + 1].low
        return (after in PREPOSITIONS[language] or after in ARTICULATED) and all(
            not is_finite(u.text, language) for u in toks[k + 1 :]
        )
    return False


def _after_a_complements_noun(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the complement at the end of `toks` follows a noun phrase that is not the verb's
    own object: one inside another complement ('grew from a small settlement | on the River
    Clyde', 'un ricevimento per la squadra | a Palazzo'), or an object set after another
    complement, as Italian sets a heavy one ('ha ridotto da otto a cinque le corse | verso
    l’isola'). Read with that noun, the place is the noun's, not the verb's. An object right
    after the verb or after another verb keeps the place the verb's ('gioca le partite | allo
    stadio', 'agreed to hold a meeting | at')."""
    rest = toks[_verb_group_end(toks, verb, language) :]
    opens = [k for k, t in enumerate(rest) if t.low in ARTICLES[language] or t.low in ARTICULATED]
    if not opens or opens[-1] == len(rest) - 1:
        return False
    at = opens[-1]
    if any(t.low in PREPOSITIONS[language] for t in rest[at + 1 :]):
        return False  # the place follows another complement, not the noun phrase itself
    if rest[at].low in ARTICULATED or at == 0:
        return rest[at].low in ARTICULATED
    previous = rest[at - 1].low
    return (
        previous in PREPOSITIONS[language]
        or previous in _AS
        or previous[:1].isdigit()
        or previous in NUMBER_WORDS[language]
    )


def _governed(m: re.Match[str], kind: str, language: str) -> bool:
    """Whether the verb governs the complement past its object: where it sends the object
    ('loan the piece | to the Museum', 'ha inviato una lettera | al ministero'), or a body as a
    passive's agent ('founded as a fishing port | by the British Fisheries Society')."""
    prep = m.group("prep")
    base = _IT_BASE_PREP.get(prep, prep)
    if kind in _EN_BODIES | _IT_BODIES and base in {"by", "da"}:
        return True
    if language == "en":
        return prep in _EN_GOALS
    return not m.group("lead") and base == "a" and kind in _IT_BODIES


_EN_GOALS = frozenset("to into onto".split())


def _contest(toks: list[Token], verb: int, prep: str, language: str) -> bool:
    """Whether the complement names the other side of a game or a contest ('lost to Nottingham
    Forest', 'played against Crystal Palace'): a club or a side, even when its name ends in a
    place's kind word."""
    if language != "en" or prep not in _CONTEST_PREPS:
        return False
    return any(
        lemma(t.low, language) in _CONTESTS
        for t in toks[verb : _verb_group_end(toks, verb, language)]
    )


_CONTEST_PREPS = frozenset("to against".split())
_CONTESTS = frozenset("lose draw play win compete".split())
# Words that open a complement the prepositions' lists leave out: "started as a village".
_AS = frozenset("as like come".split())


def _lowered(clause: str, doc: Document) -> str:
    """The clause as a question goes on with it: its article lowercased ('La festa' -> 'la
    festa'), its first word lowercased unless a name."""
    first = clause.split(" ", 1)[0]
    if first.lower() in ARTICLES[doc.language] or first.lower().startswith("l’"):
        return clause[:1].lower() + clause[1:]
    return lower_initial(clause, doc)


def _copula(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb is a copula, not a passive's auxiliary: 'X is a dam | in the Canyon'
    (the complement is the noun's), not 'X was trapped | on the river'."""
    if toks[verb].low not in _COPULAS:
        return False
    nxt = toks[verb + 1] if verb + 1 < len(toks) else None
    return nxt is None or not (nxt.text.islower() and is_participle(nxt.text, language))


def _another_clause(t: Token, language: str) -> bool:
    """Whether a word after the verb opens another clause: a relative, 'that', a verb of saying,
    a conjunction (its clause's verb would be the complement's), another verb."""
    low = t.low
    if low in _SUBORDINATE or low in SAY_VERBS[language] or low in _JOINS:
        return True
    return t.text.islower() and low not in AUXILIARIES[language] and is_finite(low, language)


_JOINS = frozenset("and but or e ed ma o".split())
_ASIDES = frozenset('()“”«»"')
_NAMING = frozenset("name named nome".split())


def _english(clause: str, toks: list[Token], verb: int, prep: str, kind: str) -> str | None:
    words = clause.split()
    idx = next((k for k, w in enumerate(words) if w == toks[verb].text), None)
    if idx is None:
        return None
    if _has_object(words, idx):  # "has an office" -> "does ... have an office"
        does = {"has": "does", "have": "do", "had": "did"}[words[idx].lower()]
        words = [*words[:idx], "have", *words[idx + 1 :]]
        inverted = english_question_clause([*words[:idx], does, *words[idx:]], idx)
        return f"{prep.capitalize()} which {kind} {inverted}?" if inverted else None
    inverted = english_question_clause(words, idx)
    if inverted is None:
        return None
    if may_be_present(toks[verb].low, "en"):
        inverted = "does" + inverted.removeprefix("did")  # "stands" -> "does ... stand"
    return f"{prep.capitalize()} which {kind} {inverted}?"


def _has_object(words: list[str], idx: int) -> bool:
    """Whether 'has' at `idx` is the main verb ('has an office'), not an auxiliary ('has
    opened')."""
    if words[idx].lower() not in {"has", "have", "had"}:
        return False
    return not any(  # "has opened", "has long had", "has not been"
        w.islower() and (is_participle(w, "en") or w in {"been", "not", "never"})
        for w in words[idx + 1 : idx + 3]
    )


# Nouns that an "a" completes after a verb, no place where something is: "diede origine al
# Monte Nuovo", "ha dato il nome al lago", "rende omaggio al castello".
_TO_NOUNS = frozenset("origine nome vita inizio fine seguito accesso omaggio onore".split())


def _of_noun(before: str) -> bool:
    """Whether the phrase before a place's preposition ends on a noun that the preposition
    completes ('diede origine | al Monte Nuovo'), not on a verb's place ('gioca | allo
    stadio', 'gioca le partite casalinghe | allo stadio')."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return last in _TO_NOUNS


def _italian(
    clause: str, toks: list[Token], verb: int, m: re.Match[str], kind: str, of_noun: bool = False
) -> str | None:
    """'Davanti a quale castello passa il corteo?': the verb before its subject when nothing
    else follows it, the clause's own order otherwise ('In quale stadio il Petrarca gioca le
    partite?'). After a noun 'a' stays 'a' ('A quale monte diede origine l’eruzione?')."""
    base = _IT_BASE_PREP.get(m.group("prep"), m.group("prep"))
    lead = m.group("lead")
    if lead:
        asked = f"{lead.strip()} a"
    elif base == "a":
        asked = "a" if kind in _IT_BODIES or of_noun else "in"
    else:
        asked = base
    moved = italian_verb_last(clause)
    if moved == clause and _verb_group_end(toks, verb, "it") == len(toks):
        # a present the word tests miss ("il corteo passa"): moved here, its clitics with it
        first = verb
        while first > 0 and toks[first - 1].low in IT_CLITICS:
            first -= 1
        if first > 0:
            moved = f"{clause[toks[first].start :]} {clause[: toks[first].start].strip()}"
    clause = moved
    return f"{asked[:1].upper()}{asked[1:]} quale {kind} {clause}?"


# ---------------------------------------------------------------------------------------
# A name beside its kind in a subject: "the original builder, Tern Homes, went into
# administration", "Il gestore della rete, la Valnet, ha chiuso ...".
_SET_BESIDE = {
    "en": re.compile(
        r"(?:^|(?<=\s))(?P<np>(?:The|the|^An?)\s[a-z][a-z’-]*(?:\s(?:of\s)?[a-z][a-z’-]*){0,4}"
        r"(?:\s(?:of|in|from)\s[A-Z][\w’-]*)?),\s(?=[A-Z])"
    ),
    "it": re.compile(
        r"(?:^|(?<=\s))(?P<np>(?:Il|il|Lo|lo|La|la|L’|l’|^Una?|^Uno|^Un’)\s?[a-zà-ù][\w’-]*"
        r"(?:\s[a-zà-ù][\w’-]*|\s?(?:dell’|all’|nell’|sull’|d’)[a-zà-ù][\w’-]*){0,4}"
        r"(?:\s(?:di|da)\s[A-ZÀ-Ý][\w’-]*)?),\s(?:(?:la|il|lo|l’)\s?)?"
        r"(?:(?P<kind>società|azienda|ditta|cooperativa|fondazione|associazione)\s)?(?=[A-ZÀ-Ý])"
    ),
}
# What may stand before such a subject inside a sentence: a conjunction that opens a clause.
_OPENERS = {
    "en": frozenset("after when while because since until before although and but".split()),
    "it": frozenset("mentre quando perché poiché finché sebbene e ma che".split()),
}
_NOT_KINDS = frozenset(
    """year years day week month time case end start number rest same other first last way
    anno giorno settimana mese volta caso fine inizio numero resto stesso altro primo
    ultimo modo""".split()
)


def _beside_question(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    if s.entry is not None:
        return None  # a background entry's "main centre": of the entry, which it leaves unsaid
    m = _SET_BESIDE[language].search(text)
    if m is None:
        return None
    run = NAME_RUN.match(text, m.end())
    if run is None or text[run.end() : run.end() + 2] != ", ":
        return None
    name = run.group(0)
    if doc.person(name) or name.split()[0].lower() in WHEN_WORDS:
        return None  # a person's role is the appositions' card
    if people_in(name, doc):
        return None  # "Councillor Owen Fletcher": a person after a title, the same
    if not _opens_clause(text, m.start(), language):
        return None
    np = m.group("np")
    words = [w for w in np.split() if not w[:1].isupper() or w == np.split()[0]]
    if words[-1] in {"of", "in", "from", "di", "da"}:
        words = words[:-1]  # "A company in | Leominster": the head is before the town
    head = words[-1].lower() if language == "en" else np.replace("’", "’ ").split()[1].lower()
    if head in _NOT_KINDS or any(_verbal(w, language) for w in words[1:]):
        return None
    vp = _predicate(text, run.end() + 1, doc)
    kind = np.split(None, 1)[1] if not np.lower().startswith("l’") else np[2:]
    if vp is None or " che " in f" {vp} " or " that " in f" {vp} ":
        # "ha fatto sapere che i lavori": a report cut off at its comma; the name's own kind
        # still asks who the subject is ("Il gestore, la società Irpinia Servizi, ...")
        named = m.groupdict().get("kind")
        if named is None:
            return None
        question = f"Quale {named} è {np[:1].lower()}{np[1:]}?"
    else:
        which = "Which" if language == "en" else "Quale"
        question = f"{which} {kind} {vp}?"
    if core(name) in core(question):
        return None
    return entity_card(s, name, question, f"{head} {name}", score=SCORE)


def _opens_clause(text: str, at: int, language: str) -> bool:
    """Whether the subject at offset `at` opens the sentence or a clause in it."""
    if at == 0:
        return True
    previous = text[:at].split()[-1:]
    return bool(previous) and previous[0].lower().strip(",") in _OPENERS[language]


def _verbal(word: str, language: str) -> bool:
    return word.lower() in AUXILIARIES[language] or is_finite(word, language)


# ---------------------------------------------------------------------------------------
# An agent that is a body, its kind beside its name: "journeys are run by a single company,
# First York" -> "By which company are journeys run?".
_BY_KIND = re.compile(
    r"(?<![\w’])(?P<prep>by)\s(?:a|an|the)\s(?P<np>[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}),\s"
    r"(?=[A-Z])"
)


def _agent_question(s: Sentence, doc: Document) -> Candidate | None:
    text = s.text
    m = _BY_KIND.search(text)
    if m is None:
        return None
    run = NAME_RUN.match(text, m.end())
    if run is None or text[run.end() : run.end() + 1] not in {",", ".", ""}:
        return None
    name = run.group(0)
    if doc.person(name) or name.split()[0].lower() in WHEN_WORDS:
        return None
    toks = tokens(text[: m.start()])
    if not toks or not is_participle(toks[-1].text, "en"):
        return None  # "by the river, Ann Lee": no passive's agent
    kind = m.group("np").split()[-1]
    if kind.capitalize() in _EN_LAST and kind not in _EN_BODIES:
        return None  # "held by the river, Kirkgate Beck": a place beside, not an agent
    question = _question(text, m, kind, run.end(), doc)
    if question is None or core(name) in core(question):
        return None
    return entity_card(s, name, question, f"{kind} {name}", score=SCORE)


# A passive's agent a company's name tells as one by its last word: "The plant will be built
# by Elkhorn Processing LLC" -> "By which company will the plant be built?".
_BY_COMPANY = re.compile(r"(?<![\w’])(?P<prep>by)\s(?=[A-Z])")
_COMPANY_ENDINGS = frozenset("Ltd Limited LLC Inc plc PLC".split())


def _company_agent(s: Sentence, doc: Document) -> Candidate | None:
    """The question of a passive's agent whose name ends as a company's does."""
    text = s.text
    for m in _BY_COMPANY.finditer(text):
        run = NAME_RUN.match(text, m.end())
        if run is None or text[run.end() : run.end() + 1] not in {",", ".", ""}:
            continue
        name = run.group(0)
        toks = tokens(text[: m.start()])
        if name.split()[-1] not in _COMPANY_ENDINGS or not toks:
            continue
        if not is_participle(toks[-1].text, "en"):
            continue  # "a stake held by ... Ltd" is a passive; "owned by": still one
        question = _question(text, m, "company", run.end(), doc)
        if question is not None and core(name) not in core(question):
            return entity_card(s, name, question, f"company {name}", score=SCORE)
    return None


# ---------------------------------------------------------------------------------------
# A passive's agent named right after its kind, no comma between: "The bridge was designed by
# the Leeds firm Arup Partners" -> "By which firm was the bridge designed?"; "The scheme,
# proposed by the York-based housebuilder Kestrel Homes, ..." -> "By which housebuilder was the
# scheme proposed?"; "Progettato dallo studio anconetano Bartolini Associati, l’edificio ..."
# -> "Da quale studio è stato progettato l’edificio?". The kind is a noun of a business.
_AGENT_KINDS = {
    "en": """company firm housebuilder builder builders developer developers contractor
    contractors architects architect practice manufacturer maker operator consultancy
    engineers publisher studio supplier retailer chain insurer lender airline consortium
    charity fund family team foundation""".split(),
    "it": r"""società ditta impresa studio azienda gruppo cooperativa consorzio fondo famiglia
    compagnia fondazione associazione casa\seditrice""".split(),
}
# Up to three words before a business's kind, and the kind, right before its name: "the
# Norwich-based | firm | Hallam ...".
_EN_KIND_BEFORE_NAME = (
    r"(?P<mods>(?:[A-Z][\w’]*(?:-based)?\s|[a-z][\w’-]*\s){0,3}?)"
    r"(?P<kind>" + "|".join(_AGENT_KINDS["en"]) + r")\s(?=[A-Z])"
)
_KIND_AGENT = {
    "en": re.compile(
        r"(?<![\w’])(?P<part>[a-z]+(?:\s(?:up|out|off))?)\sby\s(?:the|a|an)\s"
        + _EN_KIND_BEFORE_NAME
    ),
    "it": re.compile(
        r"(?<![\w’])(?P<part>(?:^[A-ZÀ-Ý])?[a-zà-ù]+)\s(?:dalla|dallo|dal|dall’)\s?"
        r"(?P<kind>" + "|".join(_AGENT_KINDS["it"]) + r")\s(?P<mods>(?:[a-zà-ù]+\s)?)"
        r"(?=[A-ZÀ-Ý])"
    ),
}
_KIND_AGENT_CUE = {"en": " by ", "it": " dal"}
_PASSIVE_AUX = {
    "en": re.compile(
        r"(?:^|\s)(?P<aux>was|were|is|are|has\sbeen|have\sbeen|had\sbeen|will\sbe"
        r"|is\sbeing|are\sbeing)\s$"
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<aux>è\sstat[oaie]|sono\sstat[ie]|fu|furono|venne|vennero|sarà"
        r"|saranno|viene|vengono|è|sono|era|erano)\s$"
    ),
}
_NAME_ENDS = re.compile(r"\s*(?:[,.;:()]|$)")
_IT_WAS = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}
_IT_IS = {"o": "è", "a": "è", "i": "sono", "e": "sono"}
# Deeds that go on, asked in the present when a participle sets them off: "the pool, run by
# the charity X" -> "By which charity is the pool run?".
_LASTING_DEEDS = frozenset(
    """run operate own manage lead control fund back chair gestire guidare controllare
    possedere finanziare presiedere""".split()
)
_AMPERSAND = re.compile(r"\s&\s[A-Z][\w’-]*(?:\s[A-Z][\w’-]*)*")
# A noun phrase right before a participle that is said of it: "the plans | drawn up by".
_REDUCED_NP = {
    "en": re.compile(r"(?:^|(?<=\s))(?P<np>(?:the|The)\s[a-z][\w’-]*(?:\s[a-z][\w’-]*){0,3})\s$"),
    "it": re.compile(
        r"(?:^|(?<=\s))(?P<np>(?:(?:il|lo|la|i|gli|le|Il|Lo|La|I|Gli|Le)\s|[Ll]’)"
        r"[a-zà-ù][\w’-]*(?:\s[a-zà-ù][\w’-]*){0,3})\s$"
    ),
}


def _patient(text: str, doc: Document) -> str | None:
    """The noun phrase a passive is said of, all of `text` ('the bridge', 'The scheme'):
    opening with its subject, no verb, no comma, a few words; lowered as a question uses it."""
    toks = tokens(text)
    if not toks or len(toks) > 8 or not _opens_with_subject(toks, doc.language):
        return None
    if main_verb(toks, doc.language) is not None or any(not t.text[:1].isalnum() for t in toks):
        return None
    if toks[0].low in _PRONOUN_SUBJECTS or toks[0].low in PREPOSITIONS[doc.language]:
        return None
    return _lowered(text.strip(), doc)


def _plural_head(phrase: str) -> bool:
    last = phrase.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _business_name(text: str, at: int, doc: Document) -> tuple[str, int] | None:
    """(the name of a business said right after its kind at `at`, where it ends): a run of
    capitalised words, with a partner after "&" ("Wynne & Pugh"), that ends its phrase and
    names no person and no time."""
    run = NAME_RUN.match(text, at)
    if run is None:
        return None
    end = run.end()
    joined = _AMPERSAND.match(text, end)
    if joined is not None:  # "Wynne & Pugh"
        end = joined.end()
    if not _NAME_ENDS.match(text, end):
        return None
    name = text[at:end].strip()
    if doc.person(name) or people_in(name, doc) or name.split()[0].lower() in WHEN_WORDS:
        return None
    return name, end


def _kind_agent(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    m = _KIND_AGENT[language].search(text)
    if m is None:
        return None
    part = m.group("part").lower()
    if not is_participle(part.split()[0], language):
        return None
    found = _business_name(text, m.end(), doc)
    if found is None:
        return None
    name, end = found
    kind = m.group("kind")
    before = text[: m.start()]
    aux = _PASSIVE_AUX[language].search(before)
    after = text[end:]
    if aux is not None:  # "The bridge was designed by ...": the clause's subject
        patient = _patient(before[: aux.start()], doc)
        said = aux.group("aux")
        if patient is None or not _NAME_ENDS.match(after) or after.lstrip()[:1] == ",":
            return None
    elif before.endswith(", "):  # "The scheme, proposed by ..., will be built"
        patient = _patient(before[:-2], doc)
        said = None
        if not after.startswith(","):
            return None
    elif not before.strip() and language == "it" and after.startswith(", "):
        # "Progettato dallo studio X, l’edificio poggia ...": the main clause's subject
        rest = after[2:]
        toks = tokens(rest)
        verb = main_verb(toks, language)
        patient = _patient(rest[: toks[verb].start], doc) if verb else None
        said = None
    else:  # "the plans drawn up by ...": the noun the participle is said of
        reduced = _REDUCED_NP[language].search(before)
        patient = _patient(reduced.group("np"), doc) if reduced else None
        said = None
    if patient is None or core(name) in core(patient):
        return None
    lasting = lemma(part.split()[0], language) in _LASTING_DEEDS
    if language == "it":
        said = said or (_IT_IS if lasting else _IT_WAS).get(part[-1])
        if said is None:
            return None
        question = f"Da quale {kind} {said} {part} {patient}?"
    else:
        plural = _plural_head(patient)
        if said is None:
            said = ("are" if plural else "is") if lasting else ("were" if plural else "was")
        first, _, rest_aux = said.partition(" ")
        question = squash(f"By which {kind} {first} {patient} {rest_aux} {part}?")
    return entity_card(s, name, question, f"{kind} {name}", score=SCORE)


# A name said as what a subject is, after its kind: "The main contractor is the Norwich-based
# firm Hallam Civil Engineering" -> "Which firm is the main contractor?"; "Il gestore del
# servizio è la società Aqualis" -> "Quale società è il gestore del servizio?".
_KIND_PREDICATE = {
    "en": re.compile(
        r"^(?P<np>The\s[a-z][\w’-]*(?:\s[a-z][\w’-]*){0,5})\s(?P<cop>is|was|will\sbe)\s"
        r"(?:the|a|an)\s" + _EN_KIND_BEFORE_NAME
    ),
    "it": re.compile(
        r"^(?P<np>(?:Il|Lo|La|L’)\s?[a-zà-ù][\w’-]*(?:\s[a-zà-ù][\w’-]*){0,5})\s"
        r"(?P<cop>è|era|sarà)\s(?:la|il|lo|l’)\s?"
        r"(?P<kind>" + "|".join(_AGENT_KINDS["it"]) + r")\s(?:[a-zà-ù]+\s)?(?=[A-ZÀ-Ý])"
    ),
}


def _kind_predicate(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    m = _KIND_PREDICATE[language].match(text)
    if m is None:
        return None
    found = _business_name(text, m.end(), doc)
    if found is None:
        return None
    name = found[0]
    np = m.group("np")
    if main_verb(tokens(np), language) is not None:
        return None
    kind, cop = m.group("kind"), m.group("cop")
    subject = _lowered(np, doc)
    if language == "it":
        question = f"Quale {kind} {cop} {subject}?"
    else:
        question = f"Which {kind} {cop} {subject}?"
    return entity_card(s, name, question, f"{kind} {name}", score=SCORE)


# A named body or place that is a verb's object, asked by its kind: "Anne Dobson, 49, who
# runs a guesthouse and chairs the Whitby Accommodation Group, said ..." -> "Which group does
# Anne Dobson chair?"; "La Fondazione FS gestisce il Museo nazionale ferroviario di Pietrarsa"
# -> "Quale museo gestisce la Fondazione FS?". English reads the verb's tense by its ending
# (a present in -s, a past in -ed), Italian by the lexicon.
_EN_OBJECT_KINDS = (_EN_LAST - {"Road", "Street", "Lane", "Avenue", "Square"}) | frozenset(
    "Group Club Association Partnership Network Centre Center School Academy Festival".split()
)
_OBJECT_KIND = {
    "en": re.compile(
        r"(?P<lead>^|,\s(?:\d{1,3},\s)?who\s(?:[^,;:]*?\sand\s)?|(?<=\s)who\s)"
        r"(?P<verb>[a-z]{3,}(?:s|ed))\sthe\s"
        r"(?P<name>(?:[A-Z][\w’&-]*\s(?:(?:of|for|and)\s)?){1,5}(?P<kind>"
        + "|".join(sorted(_EN_OBJECT_KINDS))
        + r"))(?=[,.;]|$)"
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<verb>(?:^[A-ZÀ-Ý])?[a-zà-ù]{4,})\s(?:il|lo|la|l’)\s?(?P<name>(?P<kind>[A-Za-zà-ù]+)"
        r"(?:\s[a-zà-ù]+){0,3}\s(?:(?:di|del|della|dei)\s)?[A-ZÀ-Ý][\w’-]*"
        r"(?:\s[A-ZÀ-Ý][\w’-]*)*)(?=[,.;]|$)"
    ),
}


def _object_subject(text: str, m: re.Match[str], doc: Document) -> str | None:
    """Who does the deed: the person a 'who' clause is said of ('Anne Dobson, 49, who'), or
    a sentence's subject that is a name, all the words before the verb."""
    lead = m.group("lead") if doc.language == "en" else ""
    if lead.strip():
        before = text[: m.start()]
        named = [(end, name) for _, end, name in people_in(text, doc) if end <= m.start()]
        if not named:
            return None
        end, name = named[-1]
        between = before[end:]
        if not re.fullmatch(r"(?:,\s\d{1,3})?", between):
            return None
        return name
    subject = text[: m.start()].strip()
    toks = tokens(subject)
    if not toks or len(toks) > 6 or main_verb(toks, doc.language) is not None:
        return None
    if any(not t.text[:1].isalnum() for t in toks):
        return None
    first = toks[0].low
    if first in ARTICLES[doc.language] or first.endswith("’"):
        if not any(t.text[:1].isupper() for t in toks[1:]):
            return None  # "il gruppo": which one, out of the article?
        return _lowered(subject, doc)
    return subject if toks[0].text[:1].isupper() else None


def _object_kind(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    if language == "en" and "who" not in text and not "a" <= text[:1] <= "z":
        return None  # the cheap test first: the English pattern reads a verb after "who"
    m = _OBJECT_KIND[language].search(text)
    if m is None:
        return None
    verb, name = m.group("verb"), m.group("name")
    if language == "en":
        if not m.group("lead") and m.start() != 0:
            return None
        kind = m.group("kind").lower()
        base = lemma(verb, "en")
        if base == verb or not is_verb_lemma(base):
            return None
        does = "did" if verb.endswith("ed") else "does"
    else:
        kind = m.group("kind").lower()
        verb = verb.lower()
        if kind not in _IT_KINDS or not is_finite(verb, "it") or is_participle(verb, "it"):
            return None
        if verb in AUXILIARIES["it"]:
            return None
    if language == "it" and m.start() == 0:
        # "Gestisce il Museo ...": in an entry, the entry does it
        subject = lower_first(s.entry.phrase) if s.entry is not None else None
    elif language == "it" or m.group("lead"):
        subject = _object_subject(text, m, doc)
    else:
        subject = None
    if language == "en" and not m.group("lead"):
        return None
    if subject is None or doc.person(name):
        return None
    if core(name) in core(subject) or core(subject) in core(name):
        return None  # "Ospita il lago del Matese" of the Matese: the answer names the subject
    if language == "en":
        question = f"Which {kind} {does} {subject} {base}?"
    else:
        question = f"Quale {kind} {verb} {subject}?"
    return entity_card(s, name, question, f"{kind} {name}", score=SCORE)


# ---------------------------------------------------------------------------------------
# A town and the province it is in, set after it: "il parco eolico di Frosolone, in provincia
# di Isernia" -> "In quale provincia si trova Frosolone?"; a place and its town ("fino a Isola
# Serafini, nel comune di Monticelli d’Ongina" -> "In quale comune si trova Isola Serafini?").
_IN_PROVINCE = re.compile(
    r"(?P<town>[A-ZÀ-Ý][\w’-]*(?:\s(?:di\s|del\s|della\s|d’)?[A-ZÀ-Ý][\w’-]*)*),\s"
    r"(?:(?:in|nella)\s(?P<kind>provincia)|nel\s(?P<comune>comune))"
    r"\sdi\s(?P<province>[A-ZÀ-Ý][\w’-]*(?:\s(?:d’)?[A-ZÀ-Ý][\w’-]*)*)"
    r"(?=[,.;:]|$|\s(?![A-ZÀ-Ý]|(?:in|di|del|della|sul|sulla|nell’|dell’|sull’)\s))"
)


# Words after which a name with "di" is a town's own ("a Prata di Sotto"), not a name and the
# town it is in ("lo stabilimento Ceresa di Gragnano").
_TOWN_LEADS = frozenset("a ad di da in tra fra comune frazione paese borgo città".split())
# Words after which a name is the place a town holds: "fino a | Isola Serafini, nel comune di".
_PLACE_LEADS = frozenset("a ad in da tra fra frazione località paese borgo".split())


def _province_question(s: Sentence, doc: Document) -> Candidate | None:
    m = _IN_PROVINCE.search(s.text)
    if m is None:
        return None
    town, province = m.group("town"), m.group("province")
    before = s.text[: m.start()].split()[-1:]
    if " di " in town and not (before and before[0].lower() in _TOWN_LEADS):
        town = town.rsplit(" di ", 1)[1]  # "lo stabilimento Ceresa di | Gragnano"
    if doc.person(town) or town.split()[0].lower() in STOPWORDS["it"] or town == province:
        return None  # "Secondo Rossi, in provincia di ...": no town before
    kind = m.group("kind") or m.group("comune")
    if kind == "comune" and not (before and before[0].lower() in _PLACE_LEADS):
        return None  # "le cascate del Serio, nel comune di ...": the falls are, not the river
    return entity_card(
        s,
        province,
        f"In quale {kind} si trova {town}?",
        f"{kind} {town}",
        score=SCORE,
        answer_type="city",
    )


# What a place or a body is part of, asked by the kind of the whole: "Sorvelo fa parte del
# circuito dei Borghi più belli d’Italia" -> "Di quale circuito fa parte Sorvelo?" -> "Borghi
# più belli d’Italia"; "Ashworth is part of the Cittaslow network" -> "Which network is
# Ashworth part of?" -> "Cittaslow". Italian names the whole after its kind, English before it.
_IT_PART_KINDS = "circuito rete gruppo consorzio associazione parco unione federazione distretto"
_PART_KINDS = {
    "it": "|".join(f"[{k[0].upper()}{k[0]}]{k[1:]}" for k in _IT_PART_KINDS.split()),
    "en": r"network|group|chain|circuit|association|federation|alliance|consortium",
}
_PART_OF = {
    "it": re.compile(
        r"(?:^|\s)(?P<verb>fa|fanno|faceva|facevano) parte (?:del|della|dello|dei|degli|delle"
        r"|dell’)\s?(?P<kind>" + _PART_KINDS["it"] + r")\b(?:\s(?:(?:di|del|della|dei|degli|delle)"
        r"\s|dell’)?(?P<name>[A-ZÀ-Ý]))?"
    ),
    "en": re.compile(
        r"\s(?P<verb>is|are|was|were) part of the (?P<name>[A-Z][^\s,;:]*(?:\s[A-Z][^\s,;:]*){0,4})"
        r"(?:\s(?P<kind>" + _PART_KINDS["en"] + r")\b|(?<=National Park)(?=[\s,.;]))"
    ),
}
_PART_CUE = {"it": "fa parte d", "en": " part of the "}
# Where an Italian name of a whole ends: a comma, a clause joined, a time or another complement.
_PART_NAME_END = re.compile(r"[,;:.()«»“”]|\s(?:e|ed|dal|dalla|dall’|da|nel|nella|che|con|per)\s")
MAX_PART_WORDS = 8


def _part_subject(text: str, at: int, doc: Document) -> str | None:
    """The subject before the verb at offset `at`: a name, or what the article is about; no
    comma, no other verb before it."""
    before = text[:at].strip()
    toks = tokens(before)
    if not toks or len(toks) > 6 or not starts_with_subject(toks, doc.language):
        return None
    if main_verb(toks, doc.language) is not None or any(t.text in {",", ";", ":"} for t in toks):
        return None
    subject = lower_first(lower_initial(before, doc))
    return subject if specific(subject, doc) else None


def _part_of(s: Sentence, doc: Document) -> Candidate | None:
    """'Sorvelo fa parte del circuito dei Borghi più belli d’Italia' -> 'Di quale circuito fa
    parte Sorvelo?'; 'Ashworth is part of the Cittaslow network' -> 'Which network is Ashworth
    part of?'."""
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _PART_OF[language].search(text)
    if m is None:
        return None
    subject = _part_subject(text, m.start("verb"), doc)
    if subject is None:
        return None
    if language == "it":
        kind = m.group("kind")
        named = kind[0].isupper()  # "del Parco nazionale delle Foreste Casentinesi": its name
        if not named and m.group("name") is None:
            return None  # "fa parte del gruppo di lavoro": no name
        start = m.start("kind") if named else m.start("name")
        end = _PART_NAME_END.search(text, start)
        answer = text[start : end.start() if end else len(text)].strip()
        if len(answer.split()) > MAX_PART_WORDS:
            return None
        question = f"Di quale {kind.lower()} {m.group('verb')} parte {subject}?"
    else:
        answer = m.group("name")
        kind = m.group("kind") or "national park"
        question = f"Which {kind} {m.group('verb')} {subject} part of?"
    if not answer or answer.lower() in subject.lower():
        return None
    return entity_card(s, answer, question, f"{subject} part of", score=SCORE)


# What a museum or a body keeps, in a background entry: "La Fondazione custodisce il Ritratto
# d’ignoto marinaio di Antonello da Messina" -> "Che cosa custodisce la Fondazione?"; "The
# museum houses the Lindisfarne Gospels" -> "What does the museum house?". The thing kept is a
# noun phrase with a name in it; out of an entry the verbs say other things ("ospita la Juve").
_KEEPS = {
    "it": re.compile(
        r"(?:^|\s)(?P<verb>custodisce|custodiscono|conserva|conservano|ospita|ospitano|espone"
        r"|espongono)\s(?P<thing>(?:il|lo|la|i|gli|le|un|una|uno)\s[^,;:.()]{2,90}?|l’[^,;:.()]"
        r"{2,90}?)(?=[,;:.(]|\s(?:e|ed|dal|dalla|nel|nella|che|insieme)\s|$)"
    ),
    "en": re.compile(
        r"\s(?P<verb>houses|house|displays|display)\s(?P<thing>(?:the|a|an)\s[^,;:.()]{2,90}?)"
        r"(?=[,;:.(]|\s(?:and|which|that|since|from|in)\s|$)"
    ),
}
_KEEPS_CUE = {
    "it": ("custodisc", "conserva", "ospita", "espone", "espongono"),
    "en": (" houses ", " house ", " displays ", " display "),
}
_EN_KEEP_BASE = {"houses": ("does", "house"), "displays": ("does", "display")}
MAX_KEPT_WORDS = 12


def _kept(s: Sentence, doc: Document) -> Candidate | None:
    """'La Fondazione Mandralisca custodisce il Ritratto d’ignoto marinaio' -> 'Che cosa
    custodisce la Fondazione Mandralisca?'; 'The museum houses the Lindisfarne Gospels' ->
    'What does the museum house?'."""
    language = doc.language
    text = explicit_subject(s.text, s, language)
    m = _KEEPS[language].search(text)
    if m is None:
        return None
    thing = m.group("thing").strip()
    words = thing.replace("’", "’ ").split()
    if len(words) > MAX_KEPT_WORDS or not any(w[:1].isupper() for w in words[1:]):
        return None  # "ospita la sede": no named thing
    if any(w.islower() and is_finite(w, language) for w in words[1:]):
        return None  # "houses the people who ... | live": a clause, not a thing
    joined = re.match(r"\s(?:e|ed|and)\s(\w+)", text[m.end() :])
    if joined and not is_finite(joined.group(1).lower(), language):
        return None  # "the Lindisfarne Gospels and two copies of ...": one of a list
    subject = _part_subject(text, m.start("verb"), doc)
    if subject is None or thing.lower() in subject.lower():
        return None
    verb = m.group("verb")
    if language == "it":
        question = f"Che cosa {verb} {subject}?"
    else:
        aux, base = _EN_KEEP_BASE.get(verb, ("do", verb))
        question = f"What {aux} {subject} {base}?"
    return entity_card(s, thing, question, f"{subject} keeps", score=SCORE)


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    sentences = doc.sentences
    texts = [s.text for s in sentences]
    whole = "\n".join(texts)
    ends = list(accumulate(len(t) + 1 for t in texts))  # where each sentence's line ends
    haystack = whole
    if language == "it":
        haystack = whole.lower()
        if len(haystack) != len(whole):  # a letter whose lowercase is two: offsets would move
            haystack = whole
    cued = set(_cued(haystack, ends, _CUES[language], whole, _name_follows))
    if language == "en":  # "in the Attercliffe area of the city": the kind in small letters
        cued |= {i for i, text in enumerate(texts) if _AREA_CUE.search(text)}
    for i in sorted(cued):
        yield from _complement_question(sentences[i], doc)
    if language == "en":
        for i in _cued(whole, ends, _BY_CUE, whole, _comma_follows):
            found = _agent_question(sentences[i], doc)
            if found is not None:
                yield found
        for s in sentences:
            if " by " in s.text and any(e in s.text for e in _COMPANY_ENDINGS):
                found = _company_agent(s, doc)
                if found is not None:
                    yield found
    for s in sentences:
        if _KIND_AGENT_CUE[language] in s.text:
            found = _kind_agent(s, doc)
            if found is not None:
                yield found
        found = _kind_predicate(s, doc)
        if found is not None:
            yield found
        found = _object_kind(s, doc)
        if found is not None:
            yield found
        if s.text.count(", ") >= 2:
            found = _beside_question(s, doc)
            if found is not None:
                yield found
        if _PART_CUE[language] in s.text.lower() or (s.entry is not None and "parte d" in s.text):
            found = _part_of(s, doc)
            if found is not None:
                yield found
        low = s.text.lower()
        if s.entry is not None and any(cue in low for cue in _KEEPS_CUE[language]):
            found = _kept(s, doc)
            if found is not None:
                yield found
        if language == "it" and ("provincia di " in s.text or "nel comune di " in s.text):
            found = _province_question(s, doc)
            if found is not None:
                yield found


def _name_follows(whole: str, m: re.Match[str]) -> bool:
    """Whether the kind word found is a word of a name: 'Crown Court', 'il Castello Estense',
    or a lowercase one with a name after it ('torrente | Cervaro')."""
    if whole[m.start() + 1 : m.start() + 2].isupper():
        return True
    after = whole[m.end() : m.end() + 5]
    return after[1:2].isupper() or after[1:3] == "d’" or after[1:4] in {"di ", "del", "dei"}


def _comma_follows(whole: str, m: re.Match[str]) -> bool:
    """Whether an agent's noun phrase is set off by a comma before a name: 'by a single
    company, | First York'."""
    comma = whole.find(", ", m.end(), m.end() + 40)
    return comma > 0 and whole[comma + 2 : comma + 3].isupper()


def _cued(
    haystack: str,
    ends: list[int],
    cue: re.Pattern[str],
    whole: str,
    fits: Callable[[str, re.Match[str]], bool],
) -> list[int]:
    """The indices of the sentences the cue occurs in where `fits` says it counts (read on the
    text itself, `haystack` being the text as searched), in order: one scan of all the text,
    not one of each sentence."""
    found: list[int] = []
    at = 0
    while (m := cue.search(haystack, at)) is not None:
        if not fits(whole, m):
            at = m.end()
            continue
        k = bisect_right(ends, m.start())
        found.append(k)
        if k >= len(ends):
            break
        at = ends[k]  # the next sentence: one hit a sentence is enough
    return found
