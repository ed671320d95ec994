"""Who said it: '“Rimaniamo fedeli ...”, ha aggiunto Lavrov' -> 'Chi ha detto “...”?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..candidate import Candidate
from ..chunks import ADVERBIALS, PREPOSITIONS, Token, index_at, tokens
from ..document import (
    HONORIFIC_ABBREVIATIONS,
    HONORIFICS,
    NAME_RUN,
    OFFICE_GLUE,
    Document,
    Sentence,
    honorific_before,
)
from ..given_names import gender
from ..lexicon import (
    ARTICLES,
    LIST_CONJUNCTIONS,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    STOPWORDS,
)
from ..phrase import render
from ..text import QUOTATION, contains_phrase, fold, squash, strip_punct
from ..verbs import AUXILIARIES, holds_finite, is_finite, is_gerund, is_participle
from . import sayings
from .common import (
    between_adjectives,
    lower_initial,
    people_in,
    role_before,
    surname,
    title_start,
)
from .numbers.words import NUMBER_WORDS

_QUOTE_MARK = re.compile(r"[“«\"]")
# A word of a person's name: capitalised, not an acronym ("ASI") or an abbreviation ("Dr").
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)*")
_Q = r"[“«\"](?P<q>[^”»\"]{8,})[”»\"]"
_QUOTED_AFTER = re.compile(_Q)
# An apposition after a name, up to its closing comma: ", PAHO’s regional adviser, ".
_APPOSITION = re.compile(r",\s+([^,;“”«»\"]{2,100}),\s+")
# A question on the person who did what the sentence says: "Who called the deal “...”?".
_WHO_DID = {"it": "Chi {predicate}?", "en": "Who {predicate}?"}


_IT_PAST = (
    "disse dichiarò affermò aggiunse spiegò sottolineò ribadì commentò scrisse precisò raccontò "
    "concluse ricordò osservò avvertì ammise replicò rispose annunciò confessò rivelò"
).split()
# Speech verbs SAY_VERBS leaves out: more participles, and the present a report tells a story
# in ('«...», racconta Benedetti'; '“...,” Pike adds').
_IT_SAID_MORE = "raccontato ricordato replicato confessato rivelato assicurato chiarito".split()
_IT_PRESENT = (
    "dice dichiara afferma aggiunge spiega sottolinea ribadisce commenta scrive osserva precisa "
    "conclude avverte annuncia risponde insiste ammette racconta ricorda replica confessa "
    "rivela assicura chiarisce"
).split()
_EN_SAY_MORE = (
    "adds explains notes recalls recalled warns admits admitted tells writes states insists "
    "argues claims replies concludes concluded observes observed remarks remarked stresses "
    "stressed concedes conceded acknowledges acknowledged declares announces"
).split()
_SEP = r"\s*[,–—-]?\s*"
# Abbreviated honorifics whose full stop does not end who is speaking: "said Dr. Tomás Ribeiro",
# "ha detto la dott.ssa Rossi".
_HONORIFIC_DOTS = {
    "it": HONORIFIC_ABBREVIATIONS["it"],
    "en": (*HONORIFIC_ABBREVIATIONS["en"], "st"),  # "St. John": a saint's, a name's stop
}


def _who(language: str) -> str:
    """Who is speaking: text up to a comma or full stop, the stop of an honorific aside."""
    dots = "|".join(rf"(?<=\b{abbr}\.)" for abbr in _HONORIFIC_DOTS[language])
    return r"(?:[^,.;“”]|\.(?i:" + dots + r"))+"


def _say(language: str) -> str:
    """The speech verbs an attribution uses, as a regular expression."""
    if language == "it":
        said = _any_word([*SAY_VERBS["it"], *_IT_SAID_MORE])
        return r"(?:(?:ha|aveva|avrebbe)\s+" + said + "|" + _any_word(_IT_PAST + _IT_PRESENT) + ")"
    return _any_word([*SAY_VERBS["en"], *_EN_SAY_MORE])


def _any_word(words: list[str]) -> str:
    """An alternation of words grouped by their first letter: a pattern that tries it at every
    word of a sentence then compares one letter per group, not one per word."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):  # the longest of a prefix first
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{c}(?:{'|'.join(ends)})" for c, ends in groups.items()) + ")"


class _Rule(NamedTuple):
    """An attribution pattern, tried only on a sentence that holds `word`; a tail pattern reads
    on from the end of the quotation the sentence opens with (found once for all)."""

    pattern: re.Pattern[str]
    word: str = ""
    tail: bool = False
    # Whether the speaker must be a full name: 'secondo Eurostat', 'according to Reuters' name
    # sources more often than people.
    full_name: bool = False
    # Whether the part set off by commas speaks only as a bare name after an office: a
    # sentence's opening aside is as often a phrase that names someone else ('Il sindaco,
    # dopo l’incontro con Marco Neri, ha detto: ...').
    named_aside: bool = False


# A quotation after a colon: the speaker's own words, whole ("chiede che ...: «Abbiamo ...»").
_AFTER_COLON = re.compile(r":\s*" + _Q)
# The quotation a sentence opens with.
_OPENING_QUOTE = re.compile(r"^" + _Q)


def _patterns(language: str) -> list[_Rule]:
    verb = _say(language)
    who = _who(language)
    # The name set off after an office: "ha dichiarato il presidente dell’ASI, Lorenzo Fabbri,"
    appo = r"(?:,\s+(?P<appo>" + who + r"))?"
    said_by = _Rule(re.compile(_SEP + verb + r"\s+(?P<who>" + who + ")" + appo), tail=True)
    according = _ACCORDING[language]
    # The quotation, then who it is from: "«...», secondo Rossi", "“...,” according to Lee".
    after = re.compile(_SEP + according + r"\s+(?P<who>" + who + ")" + appo)
    # Who it is from, then the quotation: "Secondo il capo della Protezione civile, Giorgio
    # Salvatori, «...»" (a quotation that opens the clause, not one inside it).
    before = re.compile(
        r"^" + according.capitalize() + r"\s+(?P<who>" + who + r")"
        r"(?:,\s+(?P<appo>" + who + r"))?,\s*" + _Q
    )
    sources = [
        _Rule(after, according, tail=True, full_name=True),
        _Rule(before, according.capitalize(), full_name=True),
    ]
    that = {"it": "che", "en": "that"}[language]
    says_that = _Rule(
        re.compile(r"^(?P<who>[^,;“”]{3,80}?)\s+" + verb + rf"(?:\s+{that})?\s*[:,]?\s*" + _Q)
    )
    # The name set off after an office, the words after a colon: "Il tecnico del Petrarca,
    # Grant Whitaker, ha ammesso: “...”".
    says_colon = _Rule(
        re.compile(
            r"^(?P<who>[^,;“”]{3,80}?),\s+(?P<appo>[^,;:“”«»\"]{3,60}),\s+" + verb + r"\s*:\s*" + _Q
        ),
        named_aside=True,
    )
    if language == "it":
        return [said_by, says_that, says_colon, *sources]
    # An apposition of a clause or two: "“...,” Benedetti, 44, a teacher in Leeds, adds."
    name_says = re.compile(
        _SEP + r"(?P<who>" + who + r"?)"
        r"(?:,\s+(?P<appo>" + who + r"(?:,\s+" + who + r")?),)?\s+" + verb + r"\b"
    )
    return [said_by, _Rule(name_says, tail=True), says_that, says_colon, *sources]


_ACCORDING = {"it": "secondo", "en": "according to"}
# Words a speaker a sentence does not name may stand in for after the speech verb: "«...», ha
# aggiunto poi.", "“...,” she said."
_IT_BARE_AFTER = "poi ancora infine inoltre anche quindi lui lei".split()
_PRONOUNS = {"en": ("he", "she")}


_SUBJECT_PRONOUNS = frozenset("he she lui lei egli ella".split())


def _pronoun_says(language: str) -> re.Pattern[str]:
    """A pronoun, a speech verb, then the quotation: 'She added: “...”', 'Lei ha spiegato:
    «...»'."""
    pronoun = r"(?:He|She)" if language == "en" else r"(?:Lui|Lei|Egli|Ella)"
    return re.compile(r"^" + pronoun + r"\s+(?:also\s+|poi\s+)?" + _say(language) + r"\s*:\s*" + _Q)


def _bare_patterns(language: str) -> list[re.Pattern[str]]:
    """What follows a quotation whose speech verb names nobody: '«...», ha aggiunto.', '«...»,
    spiega, ricordando che ...', '“...,” she said.'; the speaker is the person the text spoke
    of last."""
    verb = _say(language)
    if language == "it":
        rest = r"(?:\s+(?:" + "|".join(_IT_BARE_AFTER) + r"))?"
        gerund = r"\s*,?\s*[a-zà-ù]+ndo(?:si|gli|le|lo|la|ne)?\b"  # ", ricordando che"
        return [re.compile(_SEP + verb + rest + r"(?:" + gerund + r"|\s*[.!?;]?\s*$)")]
    pronoun = r"(?:" + "|".join(_PRONOUNS["en"]) + r")"
    return [
        re.compile(_SEP + pronoun + r"\s+" + verb + r"\b"),
        re.compile(_SEP + verb + r"\s+" + pronoun + r"\b"),
    ]


# Speech verbs as words, for what a lookup answers without a pattern: the finite forms, and
# the participles after 'ha'.
_SAY_FINITE = {
    "it": frozenset(_IT_PAST + _IT_PRESENT),
    "en": frozenset([*SAY_VERBS["en"], *_EN_SAY_MORE]),
}
_SAY_PARTICIPLES = frozenset([*SAY_VERBS["it"], *_IT_SAID_MORE])
_IT_SAY_AUXILIARIES = frozenset(["ha", "aveva", "avrebbe"])
_DESCRIBING_ARTICLES = {"it": ("il", "lo", "la", "l’"), "en": ("the",)}


def _say_words(words: list[str], language: str) -> int:
    """How many of the words a speech verb opens them with takes: 1 for 'dice', 'said', 2 for
    'ha detto'; 0 when they open with none."""
    first = words[0].lower().rstrip(",.;!?") if words else ""
    if first in _SAY_FINITE[language]:
        return 1
    if language == "it" and first in _IT_SAY_AUXILIARIES and len(words) > 1:
        return 2 if words[1].lower() in _SAY_PARTICIPLES else 0
    return 0


def _described_by(text: str, at: int, language: str) -> str | None:
    """The noun a quotation's speaker is described by, from what follows it: '«...», dice la
    pensionata, che ...' -> 'pensionata', '“...,” the mayor said.' -> 'mayor'; the noun alone
    ('il sindaco di Lecce' is someone else)."""
    words = text[at:].lstrip(" ,–—-").split()
    k = _say_words(words, language)
    noun = None
    if k:
        last = k + 1 if words[k:] and words[k].lower() in _DESCRIBING_ARTICLES[language] else k
        if last == len(words) - 1 or words[last][-1:] in _CLAUSE_END:
            noun = _noun_after_article(words[k:], language)
    elif language == "en" and len(words) >= 3 and _say_words(words[2:], language):
        noun = _noun_after_article(words, language)  # "the mayor said"
    return noun if noun is not None and _is_person_noun(noun, language) else None


def _noun_after_article(words: list[str], language: str) -> str | None:
    """'la donna,' -> 'donna', "l’architetta." -> 'architetta': the noun, when the words open
    with a definite article and a noun in lower case."""
    if not words:
        return None
    first = words[0].lower()
    if first.startswith("l’") and language == "it" and len(first) > 2:
        noun = words[0][2:]
    elif first in _DESCRIBING_ARTICLES[language] and len(words) > 1:
        noun = words[1]
    else:
        return None
    noun = noun.rstrip(",.;!?")
    return noun if noun.isalpha() and noun.islower() else None


# Nouns that describe anyone, which stand for the person the text spoke of last: "dice la
# donna", "the man said"; with the gender they say.
_ANYONE_GENDER = {
    "donna": "f", "ragazza": "f", "signora": "f", "anziana": "f", "woman": "f", "girl": "f",
    "uomo": "m", "ragazzo": "m", "signore": "m", "anziano": "m", "man": "m", "boy": "m",
}  # fmt: skip
_ANYONE = {
    "it": frozenset("donna uomo ragazza ragazzo signora signore anziana anziano".split()),
    "en": frozenset("woman man girl boy".split()),
}


def _described_speaker(i: int, noun: str, doc: Document, last: _Said | None) -> str | None:
    """The person a noun after a quotation stands for: the one the text spoke of last for
    'la donna', 'the man'; else the one the sentences just before gave that noun as an office
    or an apposition ('Il sindaco Paolo Rinaldi', 'Gina Rota, pensionata di Lodi,')."""
    if noun in _ANYONE[doc.language]:
        name = _referent(i, doc, last)
        if name is not None and gender(name) not in (_ANYONE_GENDER[noun], None):
            return None  # "la donna" for "Marco Rossi"
        return name
    block = doc.sentences[i].block
    for j in range(i - 1, max(-1, i - 4), -1):
        prev = doc.sentences[j]
        if prev.entry != doc.sentences[i].entry or block - prev.block > 1:
            break
        bearers = _bearers(prev.text, noun, doc)
        if bearers:
            return bearers.pop() if len(bearers) == 1 else None
    # The person the text spoke of last, when the text gave them the noun further back.
    referent = _referent(i, doc, last)
    if referent is None:
        return None
    earlier = doc.sentences[max(0, i - _NOUN_REACH) : i]
    return referent if any(referent in _bearers(e.text, noun, doc) for e in earlier) else None


# How many sentences back the noun a description uses is looked for.
_NOUN_REACH = 40


def _bearers(text: str, noun: str, doc: Document) -> set[str]:
    """The people a sentence gives the noun to."""
    return {name for start, end, name in people_in(text, doc) if _bears(text, start, end, noun)}


def _bears(text: str, start: int, end: int, noun: str) -> bool:
    """Whether the person named at text[start:end] is given the noun: in the title just before
    ('il sindaco Paolo Rinaldi') or in the apposition just after ('Gina Rota, pensionata di
    Lodi', 'Ana Ruiz, a nurse')."""
    if noun in fold(text[:start]).split()[-3:]:
        return True
    after = text[end:]
    return after.startswith(",") and noun in fold(after).split()[:2]


def short_quote(quote: str, language: str) -> str | None:
    """The part of a quotation a question shows: up to its first comma when that is a
    sentence, else up to the next one that makes it one; the whole quotation when no cut does
    ('Se le spese saranno rispettate, ...' opens with what only a main clause completes)."""
    quote = strip_punct(squash(quote))
    words = quote.split()
    if len(words) < 3:
        return None
    if len(words) <= 12:
        return quote
    cut_off = False  # whether a cut was no sentence
    for end in [*(m.start() for m in _CLAUSE_CUT.finditer(quote)), len(quote)]:
        head = quote[:end].strip()
        n = len(head.split())
        if n > 14:
            break
        if n >= 4:
            if _inside_a_list(quote[end:], language):
                cut_off = True  # "on the emotional, | physical and clinical demands": half a list
                continue
            if language == "en" and between_adjectives(quote, 0, end, participles=True):
                cut_off = True  # "This was a deliberate, | planned act of revenge": half a noun
                continue
            if head.split()[-1].lower() in _ENDS_JOINED:
                cut_off = True  # "Il mitilo smette di alimentarsi oltre i 26 gradi e, se ...,"
                continue
            if not _fragment(head, language) and not _half_of_contrast(head, quote[end:], language):
                return head
            cut_off = True
    if cut_off and len(words) <= 25:
        return quote  # a fragment with an ellipsis says less than the whole sentence
    first = _SENTENCE_END.search(quote)
    if first is not None and 4 <= len(quote[: first.start()].split()) <= 20:
        return quote[: first.start()]  # the first sentence of a quotation of several
    return " ".join(_cut_words(words, language)) + "…"


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Þ“«\"])")
# A conjunction before a comma joins what comes after the aside the comma opens.
_ENDS_JOINED = LIST_CONJUNCTIONS["it"] | LIST_CONJUNCTIONS["en"] | {"ma", "but"}


def _inside_a_list(rest: str, language: str) -> bool:
    """Whether the comma that opens `rest` parts the items of a list: a conjunction comes
    within the next two words, before any other break ('emotional, | physical and clinical
    demands', 'lavano, | vestono e nutrono')."""
    if not rest.startswith(","):
        return False
    words = rest[1:].split()[:3]
    for w in words[1:]:
        if w.lower() in LIST_CONJUNCTIONS[language]:
            return True
        if w[-1:] in ",;:":
            return False
    return False


def _cut_words(words: list[str], language: str, most: int = 10, least: int = 6) -> list[str]:
    """The first `most` words, fewer when that would end on a word that opens what follows
    ('... for a long…' -> '... for…' is no better: back to a content word)."""
    for n in range(most, least - 1, -1):
        last = words[n - 1].lower().strip(",;:")
        if last not in STOPWORDS[language] and last not in _OPENS_DEPENDENT[language]:
            return words[:n]
    return words[:most]


# A comma or colon inside a figure ("1,000 days", "11,5 km", "6:30") is no cut.
_CLAUSE_CUT = re.compile(r"[,;:](?!\d)")
# Words that open a clause or phrase a main clause must follow: "Se ..., ", "Nelle città
# dove ..., ", "If ..., ", "While ..., ", and the English conditional that puts its verb first
# ("Had the ship run aground, ...", "Should the river rise, ...").
_OPENS_DEPENDENT = {
    "it": frozenset(
        """se quando mentre perché poiché sebbene benché anche dopo prima finché affinché
        come dove qualora nel nello nella nei negli nelle nell’ in per con da dal dalla tra
        fra su sul sulla a al alla""".split()
    ),
    "en": frozenset(
        """if when while although though because since as after before unless until once
        whereas in at on for with from by had were should""".split()
    ),
}
# Words that open a clause whose subject, when it follows at once, needs its verb before the
# cut: "È la prova che la burocrazia, ...".
_OPENS_CLAUSE = {"it": frozenset(["che"]), "en": frozenset(["that"])}


# "Non si tratta di rifare, ma di fermare il tempo": the part before "ma" only says what is
# not so.
_NOT = {"it": frozenset(["non"]), "en": frozenset(["not", "isn’t", "isn't", "wasn’t", "wasn't"])}
_BUT = {"it": frozenset(["ma"]), "en": frozenset(["but"])}


def _half_of_contrast(head: str, rest: str, language: str) -> bool:
    """Whether a cut leaves the denied half of a 'not ..., but ...' contrast."""
    following = rest.lstrip(",;: ").split(None, 1)
    if not following or following[0].lower() not in _BUT[language]:
        return False
    return not _NOT[language].isdisjoint(w.lower() for w in head.split())


# Words that open a noun phrase as an article does: "che qualche ristorante della costa, ...".
_DETERMINERS = {
    "it": frozenset(
        """qualche ogni ciascun ciascuna alcuni alcune molti molte tanti tante pochi poche
        questo questa questi queste quel quello quella quei quegli quelle nessun nessuna
        tutti tutte""".split()
    ),
    "en": frozenset("some every each this these those many few no all most".split()),
}


def _fragment(head: str, language: str) -> bool:
    """Whether a quotation cut at a comma is no sentence: it opens with what a main clause
    completes (an English infinitive too: 'To have one recovered within days, ... is
    extraordinary'), or leaves a 'che'/'that' clause without its verb."""
    words = [strip_punct(w).lower() for w in head.split()]
    if words[0] in _OPENS_DEPENDENT[language]:
        return True
    if language == "en" and words[0] == "to":
        return True
    opens = [k for k, w in enumerate(words) if w in _OPENS_CLAUSE[language]]
    if not opens:
        return False
    rest = words[opens[-1] + 1 :]
    if not rest or (rest[0] not in ARTICLES[language] and rest[0] not in _DETERMINERS[language]):
        return False  # "un legame che dura": the verb follows 'che' at once
    return not holds_finite(rest, language)


def _speaker(who: str, appo: str | None, doc: Document, named_aside: bool = False) -> str | None:
    """The person an attribution names: a known person, else a name where one stands ('il
    ministro Marco Rossi', 'il presidente dell’ASI, Lorenzo Fabbri'); None for 'the minister',
    'fonti' or an organisation ('dell’ASI', 'di Thales Alenia Space Italia'), nor who is spoken
    to or of ('ha detto a Colombo il sindaco', 'il legale di Carlo Neri'). With `named_aside`,
    the apposition speaks only when it is a name after an office (see _aside_name)."""
    if who.lower() in _SUBJECT_PRONOUNS:
        return None  # "She added: “...”": whom the pronoun stands for, see _pronoun_says
    named = [p for p in people_in(who, doc) if not _after_preposition(who, p[0], doc.language)]
    if named:
        return named[-1][2]
    if appo and named_aside:
        aside = _aside_name(who, appo, doc)
        if aside is not None:
            return aside
    elif appo:
        named = [p for p in people_in(appo, doc) if not _owns_office(appo, p[0], doc.language)]
        if named:
            return named[0][2]
        found = _name_at_end(appo, doc) if _is_office(who, doc.language) else None
        if found is not None and _only_titled(appo[: found[1]], appo, found[1], doc.language):
            return found[0]  # the apposition is the name, nothing more
    found = _name_at_end(who, doc)
    return None if found is None else found[0]


def _aside_name(office: str, aside: str, doc: Document) -> str | None:
    """The name a part set off after an office gives, when the part is that name with at most a
    title before it ('Il tecnico del Petrarca, Grant Whitaker,', 'The coach, Dr Mark Lee,');
    None for a part that only names someone ('dopo l’incontro con Marco Neri') or after what is
    no office."""
    language = doc.language
    if not _is_office(office, language):
        return None
    named = people_in(aside, doc)
    if len(named) == 1:
        start, end, name = named[0]
        if not aside[end:].strip() and _only_titled(aside[:start], aside, start, language):
            return name
    found = _name_at_end(aside, doc)
    if found is not None and _only_titled(aside[: found[1]], aside, found[1], language):
        return found[0]
    return None


def _after_preposition(text: str, start: int, language: str) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].lower() in _OBJECT_MARKS[language]


def _owns_office(text: str, start: int, language: str) -> bool:
    """Whether the name at `start` is what an office is of, not who holds it: 'legale di Anna
    Neri', 'lawyer for Tom Lee'."""
    before = text[:start].split()
    of = OFFICE_GLUE[language] - ARTICLES[language] - {"e", "and"}
    return bool(before) and before[-1].lower() in of


def _only_titled(head: str, text: str, start: int, language: str) -> bool:
    """Whether the text before a name holds nothing but an article and an honorific ('il sig.
    ')."""
    if not head.strip():
        return True
    honorific = honorific_before(text, start, language)
    return honorific is not None and head[:honorific].strip().lower() in ARTICLES[language] | {""}


def _is_office(text: str, language: str) -> bool:
    return bool(set(fold(text).split()) & ROLE_WORDS[language])


def _name_at_end(who: str, doc: Document) -> tuple[str, int] | None:
    """The name that ends an attribution, when it is a person's name in form: capitalised
    words (not 'ASI' or 'Dr'), not what an office is of ('dell’ASI'), not an office or a
    place the article describes; a known person's name that ends it after a title the lexicon
    lacks ('Deputy Paul Renouf') is that person's; with where the run starts."""
    language = doc.language
    runs = list(NAME_RUN.finditer(who))
    if not runs:
        return None
    last = runs[-1]
    name = last.group(0)
    words = name.split()
    if who[last.end() :].strip() or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None  # "il sindaco Rossi di Lecce"; "dell’ASI"
    before = who[: last.start()].split()
    if before and (before[-1].lower() in OFFICE_GLUE[language] or before[-1].endswith("’")):
        return None  # "l’amministratrice delegata di Thales Alenia Space Italia"
    stop = STOPWORDS[language]
    titles = ROLE_WORDS[language] | HONORIFICS
    if any(w.lower() in titles or w.lower() in stop for w in words) or len(words) > 4:
        return None
    kinds = doc.entry_kinds
    if any(kinds.get(fold(w), "person") != "person" for w in [name, *words]):
        return None  # a place or an organisation the article describes
    for k in range(len(words)):  # "Deputy | Paul Renouf": a title the lexicon lacks
        tail = " ".join(words[k:])
        if (k == 0 or len(words) - k >= 2) and (full := doc.person(tail)) is not None:
            return full, last.start()
    return name, last.start()


class _Said(NamedTuple):
    """The last quotation a speaker was found for."""

    at: int  # index of its sentence in doc.sentences
    block: int
    speaker: str
    who: str  # as written


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    patterns = _patterns(language)
    bare = _bare_patterns(language)
    pronoun_says = _pronoun_says(language)
    last: _Said | None = None
    for i, s in enumerate(doc.sentences):
        if not _QUOTE_MARK.search(s.text):
            continue
        head = _OPENING_QUOTE.match(s.text)
        found = _attributed(s, head, patterns, doc)
        if found is None and head is not None:
            if any(p.match(s.text, head.end()) for p in bare):
                speaker = _referent(i, doc, last)
                found = (head.group("q"), speaker, speaker) if speaker else None
            elif (noun := _described_by(s.text, head.end(), language)) is not None:
                speaker = _described_speaker(i, noun, doc, last)
                found = (head.group("q"), speaker, speaker) if speaker else None
            elif last and last.block == s.block and s.text[head.end() :].strip() in ("", "."):
                found = (head.group("q"), last.speaker, last.who)  # the quotation goes on
        elif found is None and (said := pronoun_says.match(s.text)) is not None:
            speaker = _referent(i, doc, last)
            found = (said.group("q"), speaker, speaker) if speaker else None
        if found is None:
            card = (
                _subject_quote(s, doc)
                or _pronoun_quote(i, doc, last)
                or _described_quote(i, doc, last)
                or _set_in_quote(s, doc)
                or _relative_quote(s, doc)
            )
            if card is not None:
                last = _Said(i, s.block, card.answer, card.answer)
                yield card
                if (after := _AFTER_COLON.search(s.text)) is not None:
                    yield from sayings.cards(s, after.group("q"), card.answer, doc)
            if s.text.startswith(_IN_WORDS_OPENINGS[language]) and (
                opinion := _in_the_words_of(s, doc)
            ):
                yield opinion
                continue
            if _PASSIVE_GATE[language].search(s.text) and (
                described := _described_by_person(s, doc)
            ):
                yield described
                continue
            first: int | None = None
            for cue in _DESCRIBING_GATE[language].finditer(s.text):
                # the first verb that describes ("said he would appeal, and called the
                # result “...”": the second, whose subject is the first one's)
                speaker = card.answer if card else None
                description = _description(s, cue.start(), speaker, doc, first) or _spoken_of(
                    s, cue.start(), speaker, doc
                )
                first = cue.start() if first is None else first
                if description is not None:
                    yield description
                    break
            continue
        quote, speaker, who = found
        last = _Said(i, s.block, speaker, who)
        yield from _card(s, quote, speaker, who, doc)
        yield from sayings.cards(s, quote, speaker, doc)


# --- The words a person described something with -----------------------------------------

# "described the find as “a gift ...”", "called the deal “a vote ...”", "aveva definito lo
# scarico «un sistema ...»": the quotation is what the thing is, in the person's words.
_DESCRIBING = {
    "it": re.compile(
        r"(?P<verb>definito|descritto|bollato|chiamato)\s"
        r"(?P<obj>(?:il|lo|la|i|gli|le)\s[^,;«»“”\"]{2,50}?|l’[^,;«»“”\"]{2,50}?)"
        r"\s(?:come\s)?[«“\"](?P<q>[^»”\"]{2,90})[»”\"]"
    ),
    "en": re.compile(
        r"(?P<verb>described|called|labelled|labeled|branded|termed)\s"
        r"(?P<obj>the\s[^,;“”\"]{2,50}?)\s(?:as\s)?[“\"](?P<q>[^”\"]{2,90})[”\"]"
    ),
}
# "said the news was “a huge vote of confidence”": what a thing was, in the person's words
# (maybe past an aside: "said the programme, with ..., had been “a deliberate choice”").
# The thing may be named without an article, in lower-case words that are no pronoun ("said
# fuel fraud was “a serious form of crime”").
_BARE_THING = r"(?!(?:it|this|that|these|those|he|she|they|there|we|i|you|his|her|its|their)\s)"
_SAID_TO_BE = re.compile(
    r"(?P<verb>said)\s(?:that\s)?"
    r"(?P<obj>the\s[^,;“”\"]{2,50}?|" + _BARE_THING + r"[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2})"
    r"(?:,\s[^,;“”\"]{2,80},)?"
    r"\s(?P<be>was|is|were|are|had\sbeen|has\sbeen|have\sbeen|would\sbe|will\sbe)"
    r"\s[“\"](?P<q>[^”\"]{2,90})[”\"]"
)
# "said his side had “nothing to be ashamed of”", "said the firm had shown “a casual disregard
# ...”": what a thing had, in the person's words, after a clause of its own that the quotation
# ends (maybe with its participle inside the quotation: 'had “protected the services ...”').
_SAID_HAD = re.compile(
    r"(?P<verb>said)\s(?:that\s)?"
    r"(?P<obj>(?:the|his|her|their|its)\s[^,;“”\"]{2,50}?|"
    + _BARE_THING
    + r"[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2})"
    r"\s(?:(?:also|already|now|simply)\s)?(?P<have>had|has|have)(?:\s(?P<done>[a-z]{3,}))?"
    r"\s[“\"](?P<q>[^”\"]{2,90})[”\"]"
    r"(?=\s*$|[.,;:!?)]|\s(?:and|but|despite|after|before|when|as|because|since|while)\s)"
)
# "ha detto che il piano è «una svolta storica»": the Italian of the same.
_IT_SAID_TO_BE = re.compile(
    r"(?P<verb>detto)\sche\s"
    r"(?P<obj>(?:il|lo|la|i|gli|le)\s[^,;«»“”\"]{2,50}?|l’[^,;«»“”\"]{2,50}?)"
    r"\s(?P<be>è|era|sarà|sarebbe|sono|erano|è stato|è stata|sono stati|sono state)"
    r"\s[«“\"](?P<q>[^»”\"]{2,90})[»”\"]"
)
# Where the verb stands: the pattern is matched there only, not searched along the sentence.
_DESCRIBING_GATE = {
    "it": re.compile(r"\b(?:definito|descritto|bollato|chiamato|detto|parlato)\s"),
    "en": re.compile(r"\b(?:described|called|labell?ed|branded|termed|said|spoke)\s"),
}
# What a person spoke of, in their words: "ha parlato di «una stagione paradossale, con ...»".
_SPOKE_OF = {
    "it": re.compile(r"(?P<verb>parlato)\sdi\s[«“\"](?P<q>[^»”\"]{2,160})[»”\"]"),
    "en": re.compile(r"(?P<verb>spoke)\sof\s[“\"](?P<q>[^”\"]{2,160})[”\"]"),
}
# The thing described as the clause's subject, and who described it after 'by' / 'da': "stage
# five, with ..., was described by race director Liezl Botha as “the day ...”", "il ricorso è
# stato definito dal sindaco Marco Testa «un attacco ...»". The subject opens the sentence or
# its clause, maybe with an aside between commas; the asker is the one person named after 'by'.
_DESCRIBED_BY = {
    "en": re.compile(
        r"(?P<obj>[A-Za-z][^,;“”\"]{1,50}?)"
        r"(?:, [^;“”\"]{2,90}?,)?\s(?:was|is|has\sbeen|had\sbeen)\s(?:also\s)?"
        r"(?P<verb>described|called|labelled|labeled|branded|termed)\sby\s"
        r"(?P<who>[^,;“”\"]{2,60}?)\s(?:as\s)?[“\"](?P<q>[^”\"]{2,90})[”\"]"
    ),
    "it": re.compile(
        r"(?P<obj>[A-Za-zÀ-ÿ’][^,;«»“”\"]{1,50}?)"
        r"(?:, [^;«»“”\"]{2,90}?,)?\s(?:è|era)\s(?:stat[oaie]\s)?"
        r"(?P<verb>definit[oaie]|descritt[oaie]|bollat[oaie]|chiamat[oaie])\s"
        r"(?:da|dal|dalla|dallo|dall’)\s?(?P<who>[^,;«»“”\"]{2,60}?)\s(?:come\s)?"
        r"[«“\"](?P<q>[^»”\"]{2,90})[»”\"]"
    ),
}
# Where the clause with the thing described may open: the sentence's start, or after a
# conjunction that opens a clause of its own.
_CLAUSE_STARTS = {
    "en": re.compile(r"^|(?<=, while )|(?<=, and )|(?<=, but )|(?<=; )"),
    "it": re.compile(r"^|(?<=, mentre )|(?<=, ma )|(?<=; )"),
}
_PASSIVE_GATE = {
    "en": re.compile(r"\b(?:described|called|labell?ed|branded|termed) by "),
    "it": re.compile(r"\b(?:definit|descritt|bollat|chiamat)[oaie] da"),
}
# The Italian auxiliary before the participle, maybe with an adverb between: "aveva definito",
# "ha poi definito" (a plural one says more than one spoke).
_IT_DESCRIBING_AUX = frozenset(["ha", "aveva"])
_IT_BETWEEN = frozenset("invece poi anche già".split())
_EN_DESCRIBE = {
    "described": "describe",
    "called": "call",
    "labelled": "label",
    "labeled": "label",
    "branded": "brand",
    "termed": "term",
}
_AUX_REACH = 16  # characters before the verb an auxiliary and an adverb may take
MAX_DESCRIPTION = 12  # words of the quotation a card asks for whole: an answer one can learn


def _learnable(quote: str) -> bool:
    """Whether a description in quotes is short enough to learn whole and says something: two
    words or more, or one adjective of its own ('“humbling”', not '“it”')."""
    words = quote.split()
    if len(words) == 1:
        word = words[0]
        return word.isalpha() and word.islower() and len(word) >= 5
    return 2 <= len(words) <= MAX_DESCRIPTION


def _description(
    s: Sentence, cue: int, speaker: str | None, doc: Document, first: int | None = None
) -> Candidate | None:
    """'Rajesh Menon described the find as “a gift from the asteroid belt”' -> 'How did Rajesh
    Menon describe the find?'; 'la pm Fumagalli aveva definito lo scarico «un sistema ...»' ->
    'Come aveva definito lo scarico Chiara Fumagalli?'. Asked when the quotation is short
    enough to learn whole; the speaker is who the sentence's quotation
    card names, else the last person named before the verb."""
    language = doc.language
    m = _DESCRIBING[language].match(s.text, cue)
    if m is None:
        m = (_SAID_TO_BE if language == "en" else _IT_SAID_TO_BE).match(s.text, cue)
    if m is None and language == "en":
        m = _SAID_HAD.match(s.text, cue)
    if m is None:
        return None
    quote = strip_punct(m.group("q"))
    had = _what_had(m, quote) if m.re is _SAID_HAD else None
    if had is not None:
        quote = had[1]
    if not _learnable(quote) or _not_a_description(quote, m) or (m.re is _SAID_HAD and not had):
        return None
    found = _auxiliary_at(s.text, cue, language)
    if found is None:
        return None
    aux, cue = found
    if speaker is None and first is not None and _JOINED_VERB[language].search(s.text, 0, cue):
        speaker = _subject_before(s.text, _verb_start(s.text, first, language), doc)
    if speaker is None:
        speaker = _speaker_before(s.text, cue, doc)
    if speaker is None or contains_phrase(m.group("obj"), surname(speaker, doc)):
        return None
    obj = m.group("obj")
    if language == "it":
        verb = "definito" if m.re is _IT_SAID_TO_BE else m.group("verb")  # "ha detto che ..."
        question = f"Come {aux} {verb} {obj} {speaker}?"
    elif had is not None:
        question = f"What did {speaker} say {obj} {had[0]}?"
    elif m.group("verb") in ("described", "said"):
        question = f"How did {speaker} describe {obj}?"
    else:
        question = f"What did {speaker} {_EN_DESCRIBE[m.group('verb')]} {obj}?"
    return _described_card(s, quote, question, speaker, obj)


# The words a noun phrase in quotation marks opens with: what the thing is, not how.
_NP_OPENERS = {
    "it": frozenset("il lo la i gli le un uno una l’ un’".split()),
    "en": frozenset("the a an".split()),
}


def _opens_noun_phrase(quote: str, language: str) -> bool:
    first = quote.split()[0].lower()
    if "’" in first:
        first = first.split("’")[0] + "’"  # "un’alleanza", "l’unica"
    return first in _NP_OPENERS[language]


# What a thing is in someone's words, the person named first: "Per Lucia Gherardi, delegata
# della RSU, il trasferimento è «una proposta che divide i lavoratori»", "For Ann Lee, the
# ruling is "a victory for common sense"".
_IN_WORDS_OPENINGS = {"it": ("Per ", "Secondo "), "en": ("For ", "According to ")}
_IN_WORDS = {
    "it": re.compile(
        r"(?:Per|Secondo)\s(?P<who>[^,«»“”\"]{3,40}?)(?:,\s[^«»“”\"]{2,160}?)?,\s"
        r"(?P<obj>(?:il|lo|la|i|gli|le)\s[^,;«»“”\"]{2,60}?|l’[^,;«»“”\"]{2,60}?)"
        r"\s(?P<be>è|era|sarà|sono|erano|saranno)\s[«“\"](?P<q>[^»”\"]{2,90})[»”\"]"
    ),
    "en": re.compile(
        r"(?:For|According\sto)\s(?P<who>[^,“”\"]{3,40}?)(?:,\s[^“”\"]{2,160}?)?,\s"
        r"(?P<obj>the\s[^,;“”\"]{2,60}?)"
        r"\s(?P<be>is|was|will\sbe|are|were)\s[“\"](?P<q>[^”\"]{2,90})[”\"]"
    ),
}


def _in_the_words_of(s: Sentence, doc: Document) -> Candidate | None:
    """'Per Lucia Gherardi, delegata della RSU, il trasferimento a Castellarano è «una proposta
    che divide i lavoratori»' -> 'Secondo Lucia Gherardi, che cos’è il trasferimento a
    Castellarano?'. The person is the one named right after 'Per' / 'For'; the quotation is
    short enough to learn whole."""
    language = doc.language
    m = _IN_WORDS[language].match(s.text)
    if m is None:
        return None
    quote = strip_punct(m.group("q"))
    if not _learnable(quote) or _not_a_description(quote, m):
        return None
    if not _opens_noun_phrase(quote, language):
        return None  # "il prezzo è «coerente con ...»": how it is, not what
    named = [name for start, _end, name in people_in(s.text, doc) if start == m.start("who")]
    if not named or named[0] != m.group("who") and surname(named[0], doc) != m.group("who"):
        return None
    speaker, obj = named[0], m.group("obj")
    if language == "it":
        question = f"Secondo {speaker}, {sayings.IT_COPULAS[m.group('be')]} {obj}?"
    else:
        question = f"According to {speaker}, what {m.group('be')} {obj}?"
    return _described_card(s, quote, question, speaker, obj)


def _described_card(s: Sentence, quote: str, question: str, speaker: str, obj: str) -> Candidate:
    """The card asking for the words a speaker described a thing with."""
    return Candidate(
        "quote",
        s,
        0.74,
        quote,
        question=question,
        answer_type="quote",
        topic=f"{speaker} described {obj}",
    )


def _described_by_person(s: Sentence, doc: Document) -> Candidate | None:
    """'Stage five was described by race director Liezl Botha as “the day that will decide the
    race”' -> 'How did Liezl Botha describe stage five?'; 'Il ricorso è stato definito dal
    sindaco Marco Testa «un attacco alla città»' -> 'Come ha definito il ricorso Marco Testa?'.
    The one who described is the one person named after 'by'; the thing, the clause's subject
    (a pronoun names none)."""
    language = doc.language
    pattern = _DESCRIBED_BY[language]
    found = (pattern.match(s.text, at.start()) for at in _CLAUSE_STARTS[language].finditer(s.text))
    m = next((m for m in found if m is not None and not _has_verb(m.group("obj"), language)), None)
    if m is None:
        return None
    quote = strip_punct(m.group("q"))
    if not _learnable(quote):
        return None
    named = people_in(m.group("who"), doc)
    if len(named) != 1 or named[0][1] != len(m.group("who")):
        return None  # nobody, two people, or a name that does not end the phrase
    speaker = named[0][2]
    obj = m.group("obj")
    first = obj.split()[0]
    if first.lower() in _PRONOUN_SUBJECTS:
        return None
    if m.start() == 0:
        obj = lower_initial(obj, doc)  # "The new pier" inside the question
        if first.lower() in ARTICLES[language] and first[1:].islower():
            obj = first.lower() + obj[len(first) :]  # "Il Teatro Verdi": the name's article
    if contains_phrase(obj, surname(speaker, doc)):
        return None
    if language == "it":
        question = f"Come ha {_IT_MASCULINE.get(m.group('verb')[:-1], 'definito')} {obj} {speaker}?"
    elif m.group("verb") == "described":
        question = f"How did {speaker} describe {obj}?"
    else:
        question = f"What did {speaker} {_EN_DESCRIBE[m.group('verb')]} {obj}?"
    return _described_card(s, quote, question, speaker, obj)


# A verb joined to the clause's first verb, sharing its subject: "said ..., and | called".
_JOINED_VERB = {
    "en": re.compile(r",? and $"),
    "it": re.compile(r",? e (?:ha|aveva)(?: (?:invece|poi|anche|già))? $"),
}


def _verb_start(text: str, verb: int, language: str) -> int:
    """Where the verb at `verb` starts with its Italian auxiliary ('ha | detto')."""
    if language == "it":
        before = text[:verb].rstrip()
        aux = before.rsplit(" ", 1)[-1]
        if aux in _IT_DESCRIBING_AUX:
            return len(before) - len(aux)
    return verb


def _has_verb(phrase: str, language: str) -> bool:
    return holds_finite(phrase.split(), language)


_PRONOUN_SUBJECTS = frozenset("it this that they he she we i you lui lei esso essa".split())
# The active participle of a passive one's stem: "definit(a)" -> "definito".
_IT_MASCULINE = {
    "definit": "definito",
    "descritt": "descritto",
    "bollat": "bollato",
    "chiamat": "chiamato",
}


# Words that tell how the speakers feel, not what the thing is: "said the group was “deeply
# disappointed”" describes no group.
_FEELINGS = frozenset(
    """disappointed delighted pleased saddened thrilled shocked surprised concerned worried
    proud happy sad angry frustrated devastated relieved excited grateful appalled dismayed
    furious upset heartbroken""".split()
)
# What opens a clause, not a description: "said the surprise had been “how quickly ...”".
_CLAUSE_OPENERS = frozenset("how what why whether that when where who which if".split())


def _spoken_of(s: Sentence, cue: int, speaker: str | None, doc: Document) -> Candidate | None:
    """'Il presidente, Lorenzo Marengo, ha parlato di «una stagione paradossale, con il
    pubblico ...»' -> 'Di che cosa ha parlato Lorenzo Marengo?' -> 'una stagione
    paradossale': the quotation's first phrase, when short enough to learn whole."""
    language = doc.language
    m = _SPOKE_OF[language].match(s.text, cue)
    if m is None:
        return None
    quote = strip_punct(m.group("q").split(",", 1)[0])
    if not _learnable(quote) or quote.split()[0].lower() in _CLAUSE_OPENERS:
        return None
    found = _auxiliary_at(s.text, cue, language)
    if found is None:
        return None
    aux, cue = found
    if speaker is None:
        speaker = _speaker_before(s.text, cue, doc)
    if speaker is None:
        return None
    if language == "it":
        question = f"Di che cosa {aux} parlato {speaker}?"
    else:
        question = f"What did {speaker} speak of?"
    return Candidate(
        "quote",
        s,
        SPOKEN_OF_SCORE,
        quote,
        question=question,
        answer_type="quote",
        topic=f"{speaker} spoke of",
    )


# Below the sentence's other cards (who spoke, the office of who spoke): the words are the
# speaker's, asked when there is room for them.
SPOKEN_OF_SCORE = 0.45


def _what_had(m: re.Match[str], quote: str) -> tuple[str, str] | None:
    """(the verb a question asks with, the answer) of what a thing had in a speaker's words:
    ('had', 'nothing to be ashamed of'), ('had shown', 'a casual disregard ...'); a participle
    that opens the quotation goes to the question ('had “protected the services people rely
    on most”' -> 'had protected', 'the services people rely on most'). None where the words
    are no thing had: a clause, 'to' of a duty ('had “to act now”'), 'been' of a passive."""
    words = quote.split()
    verb = m.group("have")
    done = m.group("done")
    if done is not None:
        if not is_participle(done, "en") or done == "been":
            return None
        verb = f"{verb} {done}"
    elif len(words) > 2 and words[0] != "been" and is_participle(words[0], "en"):
        verb, quote, words = f"{verb} {words[0]}", " ".join(words[1:]), words[1:]
    first = words[0].lower()
    if first in _CLAUSE_OPENERS or first in _NOT_HAD or is_participle(first, "en"):
        return None
    if first in PREPOSITIONS["en"] or first in _PARTICLES:
        return None  # "had “switched off ...”", "had “known about ...”": the verb's, not a thing
    return verb, quote


# The particles of phrasal verbs: "switched off", "set up", "given out".
_PARTICLES = frozenset("off up out down away back over".split())
# What opens no thing had: a duty ('had “to ...”'), a person who speaks, a passive.
_NOT_HAD = frozenset("to i we you he she they it been".split())


def _not_a_description(quote: str, m: re.Match[str]) -> bool:
    """Whether the words said of a thing ("the news was “...”") are no description of it: a
    feeling of the speakers', or a clause."""
    if m.re is not _SAID_TO_BE:
        return False
    words = quote.lower().split()
    if words[-1] in _FEELINGS or words[0] in _CLAUSE_OPENERS:
        return True
    # "would be “watching very carefully”": a verb, not what the thing is; "said five years
    # was “...”": a span of time, no thing one describes
    progressive = m.group("be") in ("would be", "will be") and is_gerund(words[0], "en")
    return progressive or m.group("obj").split()[0] in NUMBER_WORDS["en"]


_BODY_WORDS_MOST = 6


# A subject's asides: an acronym or a figure in brackets, a relative clause between commas.
_SUBJECT_ASIDES = re.compile(
    r"\s\([^()]{1,60}\)|,\s(?:which|who|that|che|il quale|la quale)\s[^,;:«»“”\"]{1,80},"
    r"|,\s(?:in|con|with|nel|nella)\s[^,;:«»“”\"]{1,60},(?=\s*$)"
)


def _speaker_before(text: str, verb: int, doc: Document) -> str | None:
    """Who the verb at `verb` is said by: the one person named before it, or the body the
    sentence opens with, its asides left out ('The Shetland Fishermen's Association (SFA),
    which represents ..., said')."""
    head = _SUBJECT_ASIDES.sub("", text[:verb])
    return _subject_before(text, verb, doc) or _body_subject(head, doc.language)


def _body_subject(head: str, language: str) -> str | None:
    """The subject a sentence opens with when it is a body or an office, not a person: 'The
    European Commission described ...', 'Il sindaco ha definito ...' -> 'the European
    Commission', 'il sindaco'; a definite article and a few words with no verb, ending in a
    name or an office."""
    words = head.split()
    if words and words[0].lower().startswith("l’") and len(words[0]) > 2:
        words = ["l’", words[0][2:], *words[1:]]  # "L’Asl"
    if not 2 <= len(words) <= _BODY_WORDS_MOST or "," in head:
        return None
    article, rest = words[0].lower(), words[1:]
    if article not in _DESCRIBING_ARTICLES[language] or holds_finite(rest, language):
        return None
    if not (rest[-1][:1].isupper() or rest[-1].lower() in ROLE_WORDS[language]):
        if not (language == "it" and len(rest) > 1 and rest[-2][:1].isupper()):
            return None  # "il ministero degli Esteri bielorusso": a name and its adjective
    return (article + " ".join(rest)) if article == "l’" else " ".join([article, *rest])


def _auxiliary_at(text: str, cue: int, language: str) -> tuple[str, int] | None:
    """(the singular Italian auxiliary of the participle at `cue`, where it starts), or ('',
    cue) in English, whose verb stands alone; None for an Italian participle with none ('hanno
    definito': said by more than one; no auxiliary: no clause)."""
    if language != "it":
        return "", cue
    aux = _it_auxiliary(text[max(0, cue - _AUX_REACH) : cue].split())
    return (aux, text.rfind(aux, 0, cue)) if aux else None


def _it_auxiliary(before: list[str]) -> str:
    """The singular auxiliary of the participle the words `before` end at, or ''."""
    if before and before[-1] in _IT_BETWEEN:
        before = before[:-1]
    return before[-1] if before and before[-1] in _IT_DESCRIBING_AUX else ""


_APPOSED = re.compile(r",\s[^,;:()“”«»\"]{2,100},\s*")


def _subject_before(text: str, verb: int, doc: Document) -> str | None:
    """The one person named before a verb, when they are its subject: right before it ('la pm
    Fumagalli aveva definito'), not after a preposition ('le campagne di Frost, e ha definito':
    someone else did); two people are no one speaker."""
    language = doc.language
    before = [(start, end, name) for start, end, name in people_in(text, doc) if start < verb]
    if len(before) != 1:
        return None
    start, end, name = before[0]
    # "The chair of the board, Daniel Hoskins, said": the name set off is the subject; so is
    # a name with its apposition ("Mark Devlin, EDF’s director of generation, said")
    between = text[end:verb]
    if between.strip() not in ("", ",") and not _APPOSED.fullmatch(between):
        return None
    if _after_preposition(text, start, language):
        return None
    return None if _owns_office(text, start, language) else name


def _attributed(
    s: Sentence, head: re.Match[str] | None, patterns: list[_Rule], doc: Document
) -> tuple[str, str, str] | None:
    """(quotation, speaker, who as written) when the sentence names who said it."""
    text = s.text
    for p, word, tail, full_name, named_aside in patterns:
        if word not in text:
            continue
        if tail:
            m = p.match(text, head.end()) if head is not None else None
        else:
            m = p.search(text)
        if m:
            who = strip_punct(m.group("who"))
            appo = m.groupdict().get("appo")
            speaker = _speaker(who, appo and strip_punct(appo), doc, named_aside)
            if speaker is None or (full_name and " " not in speaker):
                return None
            quote = head.group("q") if tail and head is not None else m.group("q")
            return quote, speaker, who
    return None


def _referent(i: int, doc: Document, last: _Said | None) -> str | None:
    """The person a quotation's pronoun or bare verb stands for ('“...,” she said'): the one
    the sentence before names, or the one before that when the sentence between names nobody
    who could speak; in the same paragraph or from the end of the one before. None when two
    people could be meant, the one named is not who the sentence is about ('the prize went
    to Anna Neri'), or is of another gender than the pronoun ('Maria Lopez' for 'he')."""
    name = _named_before(i, doc, last)
    said = _PRONOUN_GENDER.get(_pronoun_in(doc.sentences[i].text))
    if name is not None and said is not None and gender(name) not in (said, None):
        return None
    return name


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _pronoun_in(text: str) -> str:
    """The first 'he' or 'she' of a sentence, outside its quotations ('' when none)."""
    m = _PRONOUN_WORD.search(QUOTATION.sub(" ", text))
    return m.group(0).lower() if m else ""


def _named_before(i: int, doc: Document, last: _Said | None) -> str | None:
    """The person the sentences before name (see _referent)."""
    s = doc.sentences[i]
    for j in (i - 1, i - 2):
        prev = doc.sentences[j] if j >= 0 else None
        if prev is None or prev.entry != s.entry or s.block - prev.block > 1:
            return None  # not across from the article into an entry, nor between entries
        if last is not None and last.at == j:
            return last.speaker
        named = people_in(prev.text, doc)
        if len({name for _, _, name in named}) > 1:
            return None
        if named:
            if any(_in_focus(prev.text, start, end, doc.language) for start, end, _ in named):
                return named[0][2]
            return None
        if _may_name_someone(prev.text, doc.language):
            return None
    return None


def _may_name_someone(text: str, language: str) -> bool:
    """Whether a sentence that names no known person may still speak of someone a pronoun
    could mean: an office or a person's noun ('A Saudi delegate said'), or a name the article
    does not know as a person's ('The prize went to Maria Lopez')."""
    if set(fold(text).split()) & (ROLE_WORDS[language] | _PEOPLE[language]):
        return True
    return _TWO_NAME_WORDS.search(text) is not None


# Two capitalised words: a name, maybe a person's ("Maria Lopez"; "Il Comune" too, which only
# makes a pronoun go unanswered).
_TWO_NAME_WORDS = re.compile(r"\b" + _NAME_WORD.pattern + r"\s+" + _NAME_WORD.pattern)
# Nouns of people a pronoun may stand for when the text names none of them.
_PEOPLE = {
    "it": frozenset(
        """delegato delegata funzionario funzionaria esperto esperta analista ricercatore
        ricercatrice scienziato scienziata testimone residente residenti medico medici
        infermiere infermiera insegnante studente studentessa operaio operaia collega avvocato
        avvocata donna uomo portavoce""".split()
    ),
    "en": frozenset(
        """delegate official expert analyst researcher scientist witness resident doctor nurse
        teacher student worker colleague lawyer woman man spokesperson farmer""".split()
    ),
}
# Words a name that is no sentence's subject follows: it is what another word is of, or for.
_OBJECT_MARKS = {
    "it": frozenset(
        """a al allo alla ai agli alle all’ ad con col per di del dello della dei degli delle
        dell’ d’ tra fra su sul sullo sulla sui sugli sulle sull’ contro verso senza""".split()
    ),
    "en": frozenset(
        """to with for of from against about at on than like between without toward
        towards""".split()
    ),
}


# What sets off the person a sentence reports the words or views of.
_SOURCE_MARKS = {"it": ("secondo ", "Secondo "), "en": ("according to ", "According to ")}


# A subject that opens a sentence with a determiner, a name set off after it: "The dean of
# Lincoln, | Simon Hale,", "Its spokeswoman, | Ann Lee,", "Il tecnico del Fasano, | Dario Neri,".
_SUBJECT_SET_OFF = re.compile(
    r"(?:The|Its|Their|Il|Lo|La|L’|I|Gli|Le)\b[^,;:“”«»\"]{1,80},\s(?:the\s|il\s|la\s)?$"
)


def _in_focus(text: str, start: int, end: int, language: str) -> bool:
    """Whether the person named at text[start:end] is who the sentence is about: not after a
    preposition ('premiato da una giuria presieduta da', 'thanked by' are fine, 'the prize went
    to Anna Neri' is not) nor the owner of something ('Neri’s lawyer')."""
    if text[end : end + 2] in ("’s", "'s"):
        return False
    if text[:start].endswith(_SOURCE_MARKS[language]):
        return True  # "According to Anna Neri, ...": whose words they are
    if text[end : end + 1] == "," and _SUBJECT_SET_OFF.match(text, 0, start):
        return True  # "The cathedral’s director of music, Alison Pryce, said ..."
    toks = tokens(text)
    at = title_start(toks, index_at(toks, start), text, end, language)
    role = role_before(toks, at, language)
    k = (at if role is None else role) - 1
    marks = _OBJECT_MARKS[language]
    for _ in range(3):  # back over the words of a title: "to | the film director"
        if k < 0 or toks[k].low in marks or not toks[k].text.islower():
            break
        if is_finite(toks[k].text, language) or is_participle(toks[k].text, language):
            break
        k -= 1
    return k < 0 or toks[k].low not in marks


def _subject_quote(s: Sentence, doc: Document) -> Candidate | None:
    """The person the sentence opens with, when what they did holds a quotation: 'Economy
    Minister Katrin Albers called the deal “a vote of confidence”' -> 'Who called the deal “a
    vote of confidence”?'; 'Il ministro dell’Università, Carla Ruggeri, ha definito la
    missione “un investimento”' -> 'Chi ha definito la missione “un investimento”?'."""
    people = people_in(s.text, doc)
    if not people or people[0][0] > 100:
        return _unknown_subject(s, doc)
    return _known_subject(s, people[0], doc) or _unknown_subject(s, doc)


def _known_subject(s: Sentence, person: tuple[int, int, str], doc: Document) -> Candidate | None:
    """The card on what the person the article knows, named first, did in the sentence, when
    they are its subject."""
    text, language = s.text, doc.language
    start, end, speaker = person
    toks = tokens(text)
    idx = index_at(toks, start)
    if idx > 0 and toks[idx - 1].low in _OF_WORDS[language] and text[end : end + 2] == ", ":
        return None  # "Il legale di Vitali, Stefano Moretti, ha annunciato": Moretti speaks
    at = title_start(toks, idx, text, end, language)
    role = role_before(toks, at, language)
    if role is None and toks[at].text == ",":
        role = _office_set_off(toks, at, language)
    begin = _title_words_before(toks, at if role is None else role, language)
    if not _opens_sentence(toks, begin, language, text[end : end + 1] == ","):
        return None  # the person is not the sentence's subject
    verb = _predicate_start(text, end, language)
    if verb is None:
        return None
    honorific = honorific_before(text, start, language)
    written = text[honorific:end] if honorific is not None else ""
    return _who_did(s, verb, speaker, written, doc)


# A name that opens a sentence, set off by an apposition: "Dai Morgan, coxswain of the lifeboat,
# ...".
_NAME_THEN_APPOSITION = re.compile(
    r"(?P<name>" + _NAME_WORD.pattern + r"(?:\s+" + _NAME_WORD.pattern + r"){1,2}),\s+"
    r"(?P<appo>[^,;“”«»\"]{2,80}),\s"
)


def _unknown_subject(s: Sentence, doc: Document) -> Candidate | None:
    """The name a sentence opens with, when the article knows no person by it but its
    apposition tells it is one: 'Dai Morgan, coxswain of the Angle lifeboat, described the
    tow as “textbook”' -> 'Who described the tow as “textbook”?'."""
    text, language = s.text, doc.language
    m = _NAME_THEN_APPOSITION.match(text)
    if m is None:
        return None
    if not _apposition(m.group("appo"), language):
        return None  # "Villa Rosa, la casa della donna, ...": no one's description
    found = _name_at_end(m.group("name"), doc)
    if found is None or found[1] != 0:
        return None  # "The Greens"; a place or a firm the article's entries describe
    verb = _predicate_start(text, m.end("name"), language)
    return None if verb is None else _who_did(s, verb, found[0], "", doc)


# Adverbs of time a sentence may open with before its subject, without a comma.
_TIME_OPENINGS = {
    "it": frozenset("ieri oggi stamattina stamani stasera domani intanto".split()),
    "en": frozenset("yesterday today earlier later meanwhile".split()),
}
# What a title that opens a subject follows: an article, a possessive's 's', a comma, an
# adverb of time.
_BEFORE_TITLE = {lang: ARTICLES[lang] | {"s", ","} | _TIME_OPENINGS[lang] for lang in ("it", "en")}
# Possessives an English subject may open with: "Its chairwoman Mary Doyle called ...".
_OPENING_POSSESSIVES = {"it": frozenset(), "en": frozenset("its his her their our".split())}
# What joins the words of a title: "lo storico | dell’ | arte greca Vittorio Spanò".
_OF_WORDS = {
    "it": frozenset("di del dello della dei degli delle dell’".split()),
    "en": frozenset(["of"]),
}
_TITLE_REACH = 5
# Titles written before a name that no office list holds: "Councillor Declan Moore",
# "Professor Ana Ruiz", "Detective Inspector Jo Hale", "il consigliere Marco Neri".
_TITLES = frozenset(
    """councillor councilor alderman professor doctor detective inspector sergeant constable
    officer lieutenant captain colonel major father reverend sister judge justice senator
    representative consigliere consigliera professore professoressa dottore dottoressa don
    padre suor ispettore ispettrice agente maresciallo brigadiere tenente sergente avvocato
    avvocata architetto ingegnere""".split()
)
_TITLE_WORDS = _TITLES | HONORIFICS | ROLE_WORDS["it"] | ROLE_WORDS["en"]


def _title_words_before(toks: list[Token], at: int, language: str) -> int:
    """Where the titles just before toks[at] start: 'Councillor | Declan Moore', 'Detective
    Inspector | Jo Hale', 'il soprano palermitano | Giulia Neri', 'India’s negotiator | Ravi
    Rao'; `at` itself when none stands there."""
    k = at
    while k > 0 and at - k < _TITLE_REACH and _may_title_at(toks, k - 1, at, language):
        k -= 1
    while k < at and toks[k].low in _OF_WORDS[language]:
        k += 1  # a title opens with its noun, not with "of"
    before = _BEFORE_TITLE[language] | _OPENING_POSSESSIVES[language]
    # Only a title that a sentence may open with is worth the test for verbs among its words.
    if k == at or (k > 1 and toks[k - 1].low not in before):
        return at
    if k == 1 and _opening_modifier(toks, at, language):
        return 0  # "Local historian | Derek Fewster": the title's adjective opens the sentence
    if k == 1 and toks[0].low not in before and not _acronym(toks[0].text):
        return at
    words = toks[k:at]
    if all(t.low in _OF_WORDS[language] or _title_word(t.text, t.low, language) for t in words):
        return k
    return at


def _opening_modifier(toks: list[Token], at: int, language: str) -> bool:
    """Whether the sentence's first word qualifies the title that follows it up to the name at
    toks[at] ('Local historian', 'Leeds campaigner'): an English title stands before a name
    with no article, and its first word is capitalised only because the sentence opens there."""
    first = toks[0]
    if language != "en" or not first.text.isalpha() or first.low in STOPWORDS[language]:
        return False
    if first.low in ADVERBIALS[language] or first.low.endswith("ly"):
        return False  # "However", "Finally": the sentence's adverb, not the title's
    if first.low in _TIME_OPENINGS[language] or is_finite(first.low, language):
        return False
    return all(_title_word(t.text, t.low, language) for t in toks[1:at])


def _may_title_at(toks: list[Token], i: int, at: int, language: str) -> bool:
    """Whether toks[i] may be part of the title before toks[at]: a title word within the first
    three before the name, or a word of a title that goes on with "of" ('lo storico dell’arte
    greca'), when what it is of is no office ('il figlio del sindaco Marco Neri' names the
    mayor)."""
    tok = toks[i]
    if tok.low in _OF_WORDS[language]:
        return i + 1 < at and toks[i + 1].low not in _TITLE_WORDS
    if not _may_title(tok, language):
        return False
    return at - i <= 3 or any(t.low in _OF_WORDS[language] for t in toks[i + 1 : at])


def _may_title(tok: Token, language: str) -> bool:
    """Whether a word may be part of a title, by what a lookup tells."""
    if tok.low in _TITLE_WORDS or tok.low in OCCUPATIONS or _compound_title(tok.low):
        return True
    text = tok.text
    return (
        len(text) > 2 and text.isalpha() and text.islower() and tok.low not in STOPWORDS[language]
    )


def _office_set_off(toks: list[Token], comma: int, language: str) -> int | None:
    """Where the office before the comma that sets off a name starts: 'il capogruppo
    dell’opposizione in Consiglio regionale, | Anna Neri', whose words between the office and
    the comma are no verb."""
    for k in range(comma - 1, max(-1, comma - 9), -1):
        t = toks[k]
        if t.low in ROLE_WORDS[language] or t.low in _TITLES:
            return k
        if not t.text.replace("’", "").isalpha() or is_finite(t.text, language):
            return None
        if language == "it" and is_participle(t.text, "it"):
            return None
    return None


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _compound_title(low: str) -> bool:
    """'director-general', 'vice-president': titles joined by a hyphen."""
    return "-" in low and all(part in _TITLE_WORDS for part in low.split("-"))


# Endings of English nouns of agents: "negotiator", "plumber", "economist", "librarian".
_AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent")


def _title_word(text: str, low: str, language: str) -> bool:
    """Whether a word may stand in the title before a name: an office or a title, or a noun
    or adjective in lower case, not a verb ('il soprano palermitano', 'the plumber'); in
    English, where the present is no verb by its form, only a noun of an agent."""
    if low in _TITLE_WORDS or low in OCCUPATIONS or _compound_title(low):
        return True
    if not text.isalpha() or not text.islower() or low in STOPWORDS[language]:
        return False
    if language == "en":
        return low.endswith(_AGENT_ENDINGS) and not is_finite(low, language)
    return (
        low not in AUXILIARIES["it"] and not is_finite(low, "it") and not is_participle(low, "it")
    )


# A question on who said what a clause says: "Who said the bridge had been “the easy part”?".
_SAID_THAT = {"it": "Chi ha detto che {clause}?", "en": "Who said {clause}?"}
# What opens a sentence whose clause after the comma gives someone's words or view: "Secondo
# Anna Neri, il prezzo è «giusto»", "Per la sindaca, Anna Neri, ...", "According to Jo Hale, ...".
_SOURCE_OPENERS = {"it": ("Secondo ", "Per "), "en": ("According to ",)}
_FIRST_QUOTE = re.compile(r"[“«\"]")
_CLOSING = {"“": "”", "«": "»", '"': '"'}
_RELATIVES = {
    "it": frozenset(["che"]),
    "en": frozenset(["who", "whose"]),
}


def _set_in_quote(s: Sentence, doc: Document) -> Candidate | None:
    """Who said what a clause says, when the sentence sets the speaker into it: 'Secondo Anna
    Neri, analista, il prezzo è «giusto»' -> 'Chi ha detto che il prezzo è “giusto”?'; 'The
    bridge, according to Ana Ruiz, the chief engineer, had been “the easy part”' and 'Le
    piante, spiega Anna Neri, «sono state colpite due volte»' -> 'Who said the bridge had been
    “the easy part”?', 'Chi ha detto che le piante “sono state colpite due volte”?'."""
    text, language = s.text, doc.language
    opening = _FIRST_QUOTE.search(text)
    if opening is None or opening.start() == 0:
        return None
    before = text[: opening.start()]
    cut = before.rfind(",")  # where the clause goes on after the speaker's words
    if cut < 0:
        return None
    parts = [p.strip() for p in before[:cut].split(",")]
    opener = next((o for o in _SOURCE_OPENERS[language] if parts[0].startswith(o)), None)
    if opener is not None:  # "Secondo Anna Neri, analista, | il prezzo è «...»"
        who, head = parts[0][len(opener) :], ""
        if any(w in AUXILIARIES[language] for w in who.split()):
            return None  # "Per celebrare il traguardo la biblioteca ha organizzato ...": no source
        n = 1 + next(
            (k for k, p in enumerate(parts[1:]) if not _apposition(p, language)), len(parts) - 1
        )
        if n == 1 and len(parts) > 1 and _is_office(who, language) and _name_at_end(parts[1], doc):
            n = 2  # "Per la sindaca di Bari, Anna Neri, ..."
            while n < len(parts) and _apposition(parts[n], language):
                n += 1  # "..., Anna Neri, 52 anni, ..."
        if text[cut + 1 :].lstrip()[:1] in _CLOSING and not any(
            holds_finite(_before_relative(p, language), language) for p in parts[n:]
        ):
            n = len(parts)  # "Per Marco Rivetti, coltivatore di Cravanzana, «è ...»": all his
        appos, clause = parts[1:n], [*parts[n:], text[cut + 1 :].strip()]
    else:  # "Le piante, | spiega Anna Neri, che ..., | «...»"
        found = _inserted_speaker(parts[1], language) if len(parts) > 1 else None
        if found is None or not _plain_head(parts[0], language):
            return None
        if not all(_apposition(p, language) for p in parts[2:]):
            return None
        who, head, appos, clause = found, parts[0], parts[2:], [text[cut + 1 :].strip()]
    first = clause[0].split(None, 1)[0].lower() if clause and clause[0] else ""
    if first in _RELATIVES[language] or first in _RELATIVE_OPENERS[language]:
        return None  # "Secondo Legambiente, | che ha espresso ...": the source's relative
    speaker = _speaker(strip_punct(who), appos[0] if appos else None, doc)
    if speaker is None or " " not in speaker or doc.person(speaker) is None:
        return None  # "Secondo Banca Intesa, ...": a source the article knows as no person
    return _said_that(s, head, ", ".join(clause), speaker, doc)


def _before_relative(part: str, language: str) -> list[str]:
    """The words of a part before a relative clause in it: a verb after 'che' or 'who' is the
    relative's ('amministratrice di un’azienda | che lavora 4.000 tonnellate'), no clause's."""
    words = part.split()
    relatives = _RELATIVES[language] | _RELATIVE_OPENERS[language]
    cut = next((k for k, w in enumerate(words) if w.lower() in relatives), len(words))
    return words[:cut]


_RELATIVE_OPENERS = {"it": frozenset(["cui"]), "en": frozenset(["which", "that"])}


def _plain_head(head: str, language: str) -> bool:
    """Whether the words before an inserted speaker are a subject or an opening of a few words,
    with no verb: 'Le piante', 'The bridge itself'."""
    words = head.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    return not holds_finite(words, language)


def _inserted_speaker(part: str, language: str) -> str | None:
    """Who is speaking in a speech verb set into a sentence: 'spiega l’agronoma Anna Neri',
    'according to Ana Ruiz', 'Ana Ruiz said'."""
    words = part.split()
    source = len(_SOURCE_WORDS[language])
    if [w.lower() for w in words[:source]] == _SOURCE_WORDS[language]:
        k = source
    else:
        k = _say_words(words, language)
    if not k and language == "en" and len(words) > 1:
        return " ".join(words[:-1]) if _say_words(words[-1:], language) else None
    return " ".join(words[k:]) if k and len(words) > k else None


# The words that set off whose view a clause gives, set into it: "secondo Anna Neri".
_SOURCE_WORDS = {"it": ["secondo"], "en": ["according", "to"]}


# An age set off after a name: "Anna Neri, 61, ...", "Marco Rossi, 45 anni, ...".
_AGE = re.compile(r"\d{1,3}(?: anni| years old)?")


def _apposition(part: str, language: str) -> bool:
    """Whether a part set off by commas after a name describes its person: a noun of a person
    before any preposition ('analista di Fidelis Sim', 'the project’s chief engineer'), a
    relative clause ('che segue duecento aziende', 'who chairs the committee') or an age."""
    words = fold(part).split()
    if not words:
        return False
    if words[0] in _RELATIVES[language] or _AGE.fullmatch(part):
        return True
    if _AFFILIATION[language].fullmatch(f" {part}"):
        return True  # "Anna Neri, dell’Università di Pisa, ...": where the person works
    if any(is_finite(w, language) for w in part.split()):
        return False
    nouns = OCCUPATIONS | _PEOPLE[language] | ROLE_WORDS[language] | _TITLES
    for w in words[:5]:
        if w in nouns:
            return True
        if w in _OBJECT_MARKS[language]:
            return False  # "a seguito dello scambio tra il segretario": no one's description
    return False


def _said_that(
    s: Sentence, head: str, clause: str, speaker: str, doc: Document
) -> Candidate | None:
    """The card on who said the clause `head` + `clause` makes, up to the end of the quotation
    the clause holds."""
    language = doc.language
    opening = _FIRST_QUOTE.search(clause)
    if opening is None:
        return None
    end = clause.find(_CLOSING[opening.group(0)], opening.end())
    if end < 0:
        return None
    quoted = clause[opening.end() : end]
    short = short_quote(quoted, language) or (
        strip_punct(quoted) if len(quoted.split()) <= 3 else None
    )
    if not short:
        return None
    said = " ".join([head, clause[: opening.start()]]).split()
    if not said:  # the clause is the quotation alone: who said it
        question = render(language, "quote", quote=short)
        return _who_card(s, question, speaker, (surname(speaker, doc),), short)
    if said[0].lower() in STOPWORDS[language] or said[0].lower() in ARTICLES[language]:
        said[0] = said[0].lower()
    predicate = " ".join(said) + f" “{short}”"
    called = surname(speaker, doc)
    if contains_phrase(predicate, called) or len(predicate.split()) > 28:
        return None
    question = _SAID_THAT[language].format(clause=predicate)
    return _who_card(s, question, speaker, (called,), short)


def _described_quote(i: int, doc: Document, last: _Said | None) -> Candidate | None:
    """'L’architetta ha guidato il restauro e racconta di aver passato «notti sui ponteggi»'
    after sentences that named the architect -> 'Chi ha guidato il restauro e racconta di aver
    passato “notti sui ponteggi”?'."""
    text, language = doc.sentences[i].text, doc.language
    words = text.split(None, 2)
    noun = _noun_after_article(words[:2], language)
    if noun is None or not _is_person_noun(noun, language):
        return None
    verb = text.find(noun) + len(noun)
    if not text[verb : verb + 1].isspace() or not _opens_with_verb(text[verb + 1 :], language):
        return None
    speaker = _described_speaker(i, noun, doc, last)
    return None if speaker is None else _who_did(doc.sentences[i], verb + 1, speaker, "", doc)


def _is_person_noun(noun: str, language: str) -> bool:
    """Whether a noun names a person by what they are: 'la sindaca', 'the skipper', 'la
    pensionata'; not 'l’azienda', whose noun may stand in a person's title ('the company’s chief
    executive Anna Neri')."""
    return (
        noun in _ANYONE[language]
        or noun in OCCUPATIONS
        or noun in _PEOPLE[language]
        or noun in ROLE_WORDS[language]
        or noun in _TITLES
    )


# A relative clause on the person just named, past an apposition: "Anna Neri, che ...", "Dr Ana
# Ruiz, a lecturer at the university, who ...".
_RELATIVE_AFTER_NAME = {
    lang: re.compile(r",\s+(?:[^,;“”«»\"]{2,100},\s+)?" + word + r"\s+")
    for lang, word in (("it", "che"), ("en", "who"))
}
_RELATIVE_WORD = {"it": " che ", "en": " who "}
# The subject a passive main clause opens with, which an 'it' in a relative clause after its
# agent stands for: "The text was deciphered by Ana Ruiz, who called it “...”".
_PASSIVE_SUBJECT = re.compile(r"(The\s+[a-z]+)\s+(?:was|is|has been|had been)\s+[a-z]+ed\s+by\s")


def _relative_quote(s: Sentence, doc: Document) -> Candidate | None:
    """What a relative clause on a person says they did, when it holds a quotation: 'Ne ha
    parlato il presidente, Marco Neri, che in una nota ha ricordato come l’ente abbia
    adottato «un piano»' -> 'Chi in una nota ha ricordato come l’ente abbia adottato “un
    piano”?'."""
    text, language = s.text, doc.language
    if _RELATIVE_WORD[language] not in text:
        return None
    for start, end, name in people_in(text, doc):
        m = _RELATIVE_AFTER_NAME[language].match(text, end)
        if m is None or _after_preposition(text, start, language):
            continue  # "il legale di Carlo Neri, che ...": who speaks is the lawyer
        opening = _FIRST_QUOTE.search(text, m.end())
        if opening is None or any(c in text[m.end() : opening.start()] for c in ",;"):
            continue  # the quotation is not in the relative clause
        if not _clause_opens_with_verb(text[m.end() : opening.start()], language):
            continue
        subject = _PASSIVE_SUBJECT.match(text) if language == "en" else None
        it = subject.group(1).lower() if subject and subject.end() <= start else ""
        return _who_did(s, m.end(), name, "", doc, it=it)
    return None


def _clause_opens_with_verb(clause: str, language: str) -> bool:
    """Whether a clause opens with its verb, maybe after a phrase of a few words ('in una nota
    ha ricordato', 'later told')."""
    words = clause.split()
    if _opens_with_verb(clause, language):
        return True
    if not words or words[0].lower() not in _OPENING_PREPOSITIONS[language]:
        return False
    return any(
        _opens_with_verb(" ".join(words[k:]), language) for k in range(1, min(5, len(words)))
    )


def _pronoun_quote(i: int, doc: Document, last: _Said | None) -> Candidate | None:
    """'She described the response as “slow”' after a sentence naming Anna Neri -> 'Who
    described the response as “slow”?'."""
    text = doc.sentences[i].text
    pronoun = text.split(None, 1)[0].lower()
    if pronoun not in _PRONOUNS.get(doc.language, ()):
        return None
    verb = len(pronoun) + 1
    if not _opens_with_verb(text[verb:], doc.language):
        return None
    speaker = _referent(i, doc, last)
    return None if speaker is None else _who_did(doc.sentences[i], verb, speaker, "", doc)


def _who_did(
    s: Sentence, verb: int, speaker: str, written: str, doc: Document, it: str = ""
) -> Candidate | None:
    """The card on who did what the sentence says from `verb` on, up to the quotation it
    holds; `it` is what an 'it' after the verb stands for, when the sentence says."""
    text, language = s.text, doc.language
    m = _QUOTED_AFTER.search(text, verb)
    short = short_quote(m.group("q"), language) if m else None
    if m is None or short is None:
        m = _word_quote(text, verb, language)
        short = None if m is None else strip_punct(m.group("q"))
    if m is None or not short:
        return None
    words = text[verb : m.start()].split()
    asides = [k for k, w in enumerate(words[:2]) if w.lower() in _ASIDE_ADVERBS[language]]
    if asides:
        del words[asides[0]]  # "ha invece parlato di", "also called": the aside needs its context
    if len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS[language]:
        if not it or words[1].lower() != "it":
            return None  # "Who called it “...”?": what 'it' is, the question does not say
        words[1] = it
    called = surname(speaker, doc)
    predicate = " ".join(words) + f" “{short}”"
    if contains_phrase(predicate, called) or len(predicate.split()) > 30:
        return None
    if words and words[-1].endswith(":"):
        # "invita alla prudenza: “...”": the words after the colon are what they said
        question = render(language, "quote", quote=short)
    else:
        question = _WHO_DID[language].format(predicate=predicate)
    return _who_card(s, question, speaker, (called, written), short)


def _who_card(
    s: Sentence, question: str, speaker: str, accept: tuple[str, ...], short: str
) -> Candidate:
    """The card asking who said or did what a quotation shows."""
    return Candidate(
        "quote",
        s,
        0.76,
        speaker,
        question=question,
        accept=tuple(dict.fromkeys(a for a in accept if a and a != speaker)),
        answer_type="person",
        topic=" ".join(short.split()[:3]),
    )


# A quotation of a word or a few: "described the tow as “textbook”".
_FEW_WORDS_QUOTED = re.compile(r"[“«\"](?P<q>[^”»\"]{2,40})[”»\"]")
_CLAUSE_END = frozenset(",.;:!?")


def _word_quote(text: str, verb: int, language: str) -> re.Match[str] | None:
    """The first quotation after `verb` of one to three words that closes its clause, after a
    predicate of three words or more: 'described the tow as “textbook”,' is a fact the question
    can ask; 'said “no”' says too little and 'joined the “green” wing' cuts its object."""
    m = _FEW_WORDS_QUOTED.search(text, verb)
    if m is None or not 1 <= len(m.group("q").split()) <= 3:
        return None
    after = text[m.end() : m.end() + 2].lstrip()
    closed = not after or after[0] in _CLAUSE_END or m.group("q")[-1] in _CLAUSE_END
    if not closed and not _next_predicate(text, m.end(), language):
        return None
    return m if len(text[verb : m.start()].split()) >= 3 else None


# What opens a second predicate of the same subject after a quotation: "described the vote as
# “a milestone” but warned ...", "lo ha definito «storico» ma ha avvertito ...".
_NEXT_PREDICATE = {
    "en": re.compile(r"\s+(?:but|and|while)\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)\b"),
    "it": re.compile(r"\s+(?:ma|e|mentre)\s+(?:poi\s+|anche\s+)?(?P<verb>[a-zà-ù]+)\b"),
}


def _next_predicate(text: str, at: int, language: str) -> bool:
    """Whether a conjunction and a verb follow the quotation that ends at `at`: the quotation
    closed the first predicate ('“a milestone” but warned'), it was not inside a noun
    phrase ('the “green” and the blue wings')."""
    m = _NEXT_PREDICATE[language].match(text, at)
    return m is not None and is_finite(m.group("verb"), language)


# Adverbs between an auxiliary and its participle, or a subject and its verb, that refer to
# what came before: "ha invece parlato di", "has also described".
_ASIDE_ADVERBS = {
    "it": frozenset("invece poi anche inoltre già quindi infine pure".split()),
    "en": frozenset("also later then instead".split()),
}
# What stands for a thing named before, as the object of the verb: "called it".
_OBJECT_PRONOUNS = {
    "it": frozenset(["questo", "ciò"]),  # clitics stand before the verb: "lo ha definito"
    "en": frozenset("it them this him her".split()),
}
# Openings a sentence's subject may follow: "In a statement, ", "Nel suo intervento, ", of a few
# words; not whose view the sentence reports ("Secondo gli osservatori, ...").
_OPENING_WORDS = 6
_OPENING_PREPOSITIONS = {
    "it": frozenset("in nel nella nei nelle durante dopo prima a al alla all’".split()),
    "en": frozenset("in on at during after before".split()),
}


def _opens_sentence(
    toks: list[Token], begin: int, language: str, set_off_after: bool = False
) -> bool:
    """Whether the subject starting at toks[begin] opens the sentence: at its start, after an
    article, a possessive ('Kenya’s health minister', 'Its chairwoman') or an opening phrase set
    off by a comma with no verb in it ('In a statement, ', 'Nel suo intervento, ', 'Speaking
    for the club, '); with `set_off_after` (a comma follows the subject), after the short noun
    phrase it stands beside ('One objector, the crofter Alan Munro, told ...')."""
    if begin > 0 and toks[0].low in _TIME_OPENINGS[language]:
        toks, begin = toks[1:], begin - 1  # "Ieri il sindaco ...", "Yesterday Mayor ..."
    if begin == 0 or (begin == 1 and toks[0].low in ARTICLES[language]):
        return True
    if begin == 1 and (_acronym(toks[0].text) or toks[0].low in _OPENING_POSSESSIVES[language]):
        return True  # "WHO Director-General X"; "Its chairwoman X"
    if begin == 2 and toks[1].low == "s" and toks[0].text.endswith(("’", "'")):
        return True
    comma = begin - 1
    if comma > 0 and (
        toks[comma].low in ARTICLES[language] or toks[comma].low in _OPENING_POSSESSIVES[language]
    ):
        comma -= 1
    if comma < 1 or comma > _OPENING_WORDS or toks[comma].text != ",":
        return False
    opening = toks[:comma]
    if not all(t.text.isalnum() and not is_finite(t.text, language) for t in opening):
        return False
    first = opening[0]
    if first.low in _OPENING_PREPOSITIONS[language] or is_gerund(first.text, language):
        return True  # "In a statement, ", "Speaking for the club, "
    # A noun phrase the subject stands beside, set off by commas: "One objector, the crofter
    # Alan Munro, told ...".
    return len(opening) <= 3 and first.text[:1].isupper() and set_off_after


_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'&-]*"
# Where a person works, right after the name: "of Stockholm University", "from the Met
# Office", "dell’Università di Padova", "di Legambiente".
_AFFILIATION = {
    "en": re.compile(
        r"\s+(?:of|from|at)\s+(?:the\s+)?"
        + _CAP
        + r"(?:\s+(?:(?:of|for|and|the)\s+)*"
        + _CAP
        + r")*(?:\s+\([A-Z]{2,8}\))?"  # "of the Scottish Association for Marine Science (SAMS)"
    ),
    "it": re.compile(
        r"\s+(?:(?:di|del|dello|della|dei|degli|delle|da|dal|dalla)\s+|(?:dell|dall)’)"
        + _CAP
        + r"(?:\s+(?:(?:di|del|dello|della|dei|degli|delle|e|per)\s+|dell’)*"
        + _CAP
        + r")*(?:\s+\([A-Z]{2,8}\))?"
    ),
}


def _predicate_start(text: str, end: int, language: str) -> int | None:
    """Where the verb after a sentence's subject starts, past an apposition ('Dr. Ana Ferrer,
    PAHO’s regional adviser, | described'); None when no verb follows."""
    affiliation = _AFFILIATION[language].match(text, end)
    if affiliation is not None:
        end = affiliation.end()  # "of Stockholm University", "dell’Università di Padova"
    rest = text[end:]
    skip = 0
    appo = _APPOSITION.match(rest)
    if appo and not _opens_with_verb(appo.group(1), language):
        skip = appo.end()  # ", PAHO’s regional adviser on arboviral diseases, "
    elif rest.startswith(","):
        skip = len(rest) - len(rest[1:].lstrip()) if rest[1:2] == " " else 1
    else:
        skip = len(rest) - len(rest.lstrip())
    return end + skip if _opens_with_verb(rest[skip:], language) else None


# Participles of speaking the verb lexicon does not know as such.
_IT_PARTICIPLES_MORE = frozenset(["descritto"])


def _opens_with_verb(text: str, language: str) -> bool:
    """Whether the text opens with a conjugated verb: 'described', 'ha definito', 'ha invece
    parlato', 'also called'."""
    words = text.split(None, 3)
    if words and words[0].lower() in _ASIDE_ADVERBS[language]:
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    if first in ROLE_WORDS[language]:
        return False  # "sindaca di Umbertide, ha ...": an office, though a verb's form too
    if language == "it" and first in AUXILIARIES["it"]:
        rest = [w for w in words[1:] if w.lower() not in _ASIDE_ADVERBS["it"]][:1]
        return bool(rest) and (is_participle(rest[0], "it") or rest[0] in _IT_PARTICIPLES_MORE)
    return first.isalpha() and is_finite(first, language)


def _card(s: Sentence, quote: str, speaker: str, who: str, doc: Document) -> Iterator[Candidate]:
    short = short_quote(quote, doc.language)
    if short is None:
        return
    called = surname(speaker, doc)
    if contains_phrase(short, called):
        return
    accept = tuple(dict.fromkeys(a for a in (called, who) if a and a != speaker))
    question = render(doc.language, "quote", quote=short)
    yield Candidate(
        "quote",
        s,
        0.76,
        speaker,
        question=question,
        accept=accept,
        answer_type="person",
        topic=" ".join(short.split()[:3]),
    )
