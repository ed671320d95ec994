"""Who said it: '“Rimaniamo fedeli ...”, ha aggiunto Lavrov' -> 'Chi ha detto “...”?'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..candidate import Candidate
from ..chunks import Token, index_at, tokens
from ..document import (
    HONORIFICS,
    NAME_RUN,
    OFFICE_GLUE,
    Document,
    Sentence,
    honorific_before,
)
from ..given_names import gender
from ..lexicon import ARTICLES, ROLE_WORDS, SAY_VERBS, STOPWORDS
from ..phrase import render
from ..text import contains_phrase, fold, squash, strip_punct
from ..verbs import AUXILIARIES, is_finite, is_participle
from .common import people_in, role_before, surname, title_start

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
    "it": "sig sigg dott prof avv ing on sen mons".split(),
    "en": "dr mr mrs ms prof sen rep gov rev hon st".split(),
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
    if language == "it":
        return [said_by, says_that, *sources]
    # An apposition of a clause or two: "“...,” Benedetti, 44, a teacher in Leeds, adds."
    name_says = re.compile(
        _SEP + r"(?P<who>" + who + r"?)"
        r"(?:,\s+(?P<appo>" + who + r"(?:,\s+" + who + r")?),)?\s+" + verb + r"\b"
    )
    return [said_by, _Rule(name_says, tail=True), says_that, *sources]


_ACCORDING = {"it": "secondo", "en": "according to"}
# Words a speaker a sentence does not name may stand in for after the speech verb: "«...», ha
# aggiunto poi.", "“...,” she said."
_IT_BARE_AFTER = "poi ancora infine inoltre anche quindi lui lei".split()
_PRONOUNS = {"en": ("he", "she")}


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
            if not _fragment(head, language):
                return head
            cut_off = True
    if cut_off and len(words) <= 25:
        return quote  # a fragment with an ellipsis says less than the whole sentence
    return " ".join(words[:10]) + "…"


_CLAUSE_CUT = re.compile(r"[,;:]")
# Words that open a clause or phrase a main clause must follow: "Se ..., ", "Nelle città
# dove ..., ", "If ..., ", "While ..., ".
_OPENS_DEPENDENT = {
    "it": frozenset(
        """se quando mentre perché poiché sebbene benché anche dopo prima finché affinché
        come dove qualora nel nello nella nei negli nelle nell’ in per con da dal dalla tra
        fra su sul sulla a al alla""".split()
    ),
    "en": frozenset(
        """if when while although though because since as after before unless until once
        whereas in at on for with from by""".split()
    ),
}
# Words that open a clause whose subject, when it follows at once, needs its verb before the
# cut: "È la prova che la burocrazia, ...".
_OPENS_CLAUSE = {"it": frozenset(["che"]), "en": frozenset(["that"])}


def _fragment(head: str, language: str) -> bool:
    """Whether a quotation cut at a comma is no sentence: it opens with what a main clause
    completes, or leaves a 'che'/'that' clause without its verb."""
    words = [strip_punct(w).lower() for w in head.split()]
    if words[0] in _OPENS_DEPENDENT[language]:
        return True
    opens = [k for k, w in enumerate(words) if w in _OPENS_CLAUSE[language]]
    if not opens:
        return False
    rest = words[opens[-1] + 1 :]
    if not rest or rest[0] not in ARTICLES[language]:
        return False  # "un legame che dura": the verb follows 'che' at once
    return not any(w in AUXILIARIES[language] or is_finite(w, language) for w in rest)


def _speaker(who: str, appo: str | None, doc: Document) -> str | None:
    """The person an attribution names: a known person, else a name where one stands ('il
    ministro Marco Rossi', 'il presidente dell’ASI, Lorenzo Fabbri'); None for 'the minister',
    'fonti' or an organisation ('dell’ASI', 'di Thales Alenia Space Italia'), nor who is spoken
    to or of ('ha detto a Colombo il sindaco', 'il legale di Carlo Neri')."""
    named = [p for p in people_in(who, doc) if not _after_preposition(who, p[0], doc.language)]
    if named:
        return named[-1][2]
    if appo:
        named = [p for p in people_in(appo, doc) if not _owns_office(appo, p[0], doc.language)]
        if named:
            return named[0][2]
        found = _name_at_end(appo, doc) if _is_office(who, doc.language) else None
        if found is not None and _only_titled(appo[: found[1]], appo, found[1], doc.language):
            return found[0]  # the apposition is the name, nothing more
    found = _name_at_end(who, doc)
    return None if found is None else found[0]


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
    place the article describes; with where it starts."""
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
    return doc.person(name) or name, last.start()


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
            elif last and last.block == s.block and s.text[head.end() :].strip() in ("", "."):
                found = (head.group("q"), last.speaker, last.who)  # the quotation goes on
        if found is None:
            card = _subject_quote(s, doc) or _pronoun_quote(i, doc, last)
            if card is not None:
                last = _Said(i, s.block, card.answer, card.answer)
                yield card
            continue
        quote, speaker, who = found
        last = _Said(i, s.block, speaker, who)
        yield from _card(s, quote, speaker, who, doc)


def _attributed(
    s: Sentence, head: re.Match[str] | None, patterns: list[_Rule], doc: Document
) -> tuple[str, str, str] | None:
    """(quotation, speaker, who as written) when the sentence names who said it."""
    text = s.text
    for p, word, tail, full_name in patterns:
        if word not in text:
            continue
        if tail:
            m = p.match(text, head.end()) if head is not None else None
        else:
            m = p.search(text)
        if m:
            who = strip_punct(m.group("who"))
            appo = m.groupdict().get("appo")
            speaker = _speaker(who, appo and strip_punct(appo), doc)
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
    m = _PRONOUN_WORD.search(_QUOTED_TEXT.sub(" ", text))
    return m.group(0).lower() if m else ""


_QUOTED_TEXT = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


def _named_before(i: int, doc: Document, last: _Said | None) -> str | None:
    """The person the sentences before name (see _referent)."""
    s = doc.sentences[i]
    for j in (i - 1, i - 2):
        prev = doc.sentences[j] if j >= 0 else None
        if prev is None or prev.entry is not None or s.block - prev.block > 1:
            return None
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


def _in_focus(text: str, start: int, end: int, language: str) -> bool:
    """Whether the person named at text[start:end] is who the sentence is about: not after a
    preposition ('premiato da una giuria presieduta da', 'thanked by' are fine, 'the prize went
    to Anna Neri' is not) nor the owner of something ('Neri’s lawyer')."""
    if text[end : end + 2] in ("’s", "'s"):
        return False
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
    text, language = s.text, doc.language
    people = people_in(text, doc)
    if not people or people[0][0] > 100:
        return None
    start, end, speaker = people[0]
    toks = tokens(text)
    idx = index_at(toks, start)
    at = title_start(toks, idx, text, end, language)
    role = role_before(toks, at, language)
    if not _opens_sentence(toks, at if role is None else role, language):
        return None  # the person is not the sentence's subject
    verb = _predicate_start(text, end, language)
    if verb is None:
        return None
    honorific = honorific_before(text, start, language)
    written = text[honorific:end] if honorific is not None else ""
    return _who_did(s, verb, speaker, written, doc)


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


def _who_did(s: Sentence, verb: int, speaker: str, written: str, doc: Document) -> Candidate | None:
    """The card on who did what the sentence says from `verb` on, up to the quotation it
    holds."""
    text, language = s.text, doc.language
    m = _QUOTED_AFTER.search(text, verb)
    short = short_quote(m.group("q"), language) if m else None
    if m is None or short is None:
        return None
    words = text[verb : m.start()].split()
    asides = [k for k, w in enumerate(words[:2]) if w.lower() in _ASIDE_ADVERBS[language]]
    if asides:
        del words[asides[0]]  # "ha invece parlato di", "also called": the aside needs its context
    if len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS[language]:
        return None  # "Who called it “...”?": what 'it' is, the question does not say
    called = surname(speaker, doc)
    predicate = " ".join(words) + f" “{short}”"
    if contains_phrase(predicate, called) or len(predicate.split()) > 30:
        return None
    return Candidate(
        "quote",
        s,
        0.76,
        speaker,
        question=_WHO_DID[language].format(predicate=predicate),
        accept=tuple(dict.fromkeys(a for a in (called, written) if a and a != speaker)),
        answer_type="person",
        topic=" ".join(short.split()[:3]),
    )


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


def _opens_sentence(toks: list[Token], begin: int, language: str) -> bool:
    """Whether the subject starting at toks[begin] opens the sentence: at its start, after an
    article, a possessive ('Kenya’s health minister') or an opening phrase set off by a comma
    with no verb in it ('In a statement, ', 'Nel suo intervento, ')."""
    if begin == 0 or (begin == 1 and toks[0].low in ARTICLES[language]):
        return True
    if begin == 2 and toks[1].low == "s" and toks[0].text.endswith(("’", "'")):
        return True
    comma = begin - 1
    if comma > 0 and toks[comma].low in ARTICLES[language]:
        comma -= 1
    if comma < 1 or comma > _OPENING_WORDS or toks[comma].text != ",":
        return False
    opening = toks[:comma]
    if opening[0].low not in _OPENING_PREPOSITIONS[language]:
        return False
    return all(t.text.isalnum() and not is_finite(t.text, language) for t in opening)


def _predicate_start(text: str, end: int, language: str) -> int | None:
    """Where the verb after a sentence's subject starts, past an apposition ('Dr. Ana Ferrer,
    PAHO’s regional adviser, | described'); None when no verb follows."""
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
