"""Who said it: '“Rimaniamo fedeli ...”, ha aggiunto Lavrov' -> 'Chi ha detto “...”?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import index_at, tokens
from ..document import (
    HONORIFICS,
    NAME_RUN,
    OFFICE_GLUE,
    Document,
    Sentence,
    honorific_before,
)
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


_IT_PAST = "disse|dichiarò|affermò|aggiunse|spiegò|sottolineò|ribadì|commentò|scrisse|precisò"
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


def _patterns(language: str) -> list[re.Pattern[str]]:
    say = "|".join(SAY_VERBS[language])
    who = _who(language)
    # The name set off after an office: "ha dichiarato il presidente dell’ASI, Lorenzo Fabbri,"
    appo = r"(?:,\s+(?P<appo>" + who + r"))?"
    if language == "it":
        verb = r"(?:(?:ha|aveva|avrebbe)\s+(?:" + say + r")|" + _IT_PAST + r")"
        return [
            re.compile(r"^" + _Q + _SEP + verb + r"\s+(?P<who>" + who + ")" + appo),
            re.compile(r"^(?P<who>[^,;“”]{3,80}?)\s+" + verb + r"(?:\s+che)?\s*[:,]?\s*" + _Q),
        ]
    return [
        re.compile(r"^" + _Q + _SEP + r"(?:" + say + r")\s+(?P<who>" + who + ")" + appo),
        re.compile(
            r"^" + _Q + _SEP + r"(?P<who>" + who + r"?)"
            r"(?:,\s+(?P<appo>" + who + r"),)?\s+(?:" + say + r")\b"
        ),
        re.compile(r"^(?P<who>[^,;“”]{3,80}?)\s+(?:" + say + r")(?:\s+that)?\s*[:,]?\s*" + _Q),
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
    'fonti' or an organisation ('dell’ASI', 'di Thales Alenia Space Italia')."""
    named = people_in(who, doc)
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


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    patterns = _patterns(language)
    last: tuple[int, str, str] | None = None  # (block, speaker, who as written)
    for s in doc.sentences:
        if not _QUOTE_MARK.search(s.text):
            continue
        found = None
        for p in patterns:
            m = p.search(s.text)
            if m:
                who = strip_punct(m.group("who"))
                appo = m.groupdict().get("appo")
                speaker = _speaker(who, appo and strip_punct(appo), doc)
                if speaker:
                    found = (m.group("q"), speaker, who)
                break
        if found is None:
            whole = re.fullmatch(_Q + r"\s*\.?", s.text.strip())
            if whole and last and last[0] == s.block:
                found = (whole.group("q"), last[1], last[2])
        if found is None:
            card = _subject_quote(s, doc)
            if card is not None:
                last = (s.block, card.answer, card.answer)
                yield card
            continue
        quote, speaker, who = found
        last = (s.block, speaker, who)
        yield from _card(s, quote, speaker, who, doc)


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
    begin = at if role is None else role
    if begin > 1 or (begin == 1 and toks[0].low not in ARTICLES[language]):
        return None  # the person is not the sentence's subject
    verb = _predicate_start(text, end, language)
    if verb is None:
        return None
    m = _QUOTED_AFTER.search(text, verb)
    short = short_quote(m.group("q"), language) if m else None
    if m is None or short is None:
        return None
    called = surname(speaker, doc)
    predicate = f"{text[verb : m.start()]}“{short}”"
    if contains_phrase(predicate, called) or len(predicate.split()) > 30:
        return None
    honorific = honorific_before(text, start, language)
    written = text[honorific:end] if honorific is not None else ""
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


def _opens_with_verb(text: str, language: str) -> bool:
    """Whether the text opens with a conjugated verb: 'described', 'ha definito'."""
    words = text.split(None, 2)
    if not words:
        return False
    first = words[0].lower()
    if language == "it" and first in AUXILIARIES["it"]:
        return len(words) > 1 and is_participle(words[1], "it")
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
