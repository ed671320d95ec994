"""A sentence's top level read as pieces, and the plain clauses composed from them.

The sentence is split at the commas, semicolons and dashes of its top level, once its
bracketed asides are left out (a figure's comma has no space after it: '3,8'; a sentence
with a quotation or a colon is not read: the transforms of reported speech and of the
colon's clause read it). Each piece is labelled (an opening frame, an attribution, the
subject, an aside after it, the verb group, a verbless tail, a clause joined after ', and'
or ';'), and each main clause is composed alone: its subject and verb group, its opening
frame placed after it, asides, attributions and tails left out ('Between 2019 and 2023, 41
people were killed on the A9, according to police figures, and the road is often blamed for
crashes.' -> '41 people were killed on the A9 between 2019 and 2023.', 'The road is often
blamed for crashes.').

A list's commas are no boundary ('at Newlyn, Looe and Fowey'). The reading refuses the whole
sentence where a piece may be wrongly labelled: a piece it cannot label (the commas may be a
list's), a comma inside a noun phrase ('the hot, dry summer'), a verb after an aside that
goes on with the clause before it ('X said the venture, led by Y, would build ...'), a
dateline's dash, a speaker's asides, a pronoun's report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .chunks import PREPOSITIONS, Token, tokens
from .lexicon import ARTICLES, ARTICULATED, SAY_VERBS
from .openings import (
    PRONOUNS,
    bare_subject,
    frame_placed,
    list_after,
    lowered_frame,
    opening_split,
    time_phrase,
    verb_at,
)
from .text import upper_first
from .verbs import is_gerund, is_participle, is_present_s_at, may_be_present

# The labels of a piece.
FRAME = "frame"  # "Between 2019 and 2023", "Nel 2024", "A Porto Sant’Elpidio"
ATTRIBUTION = "attribution"  # "according to police figures", "secondo i sindacati", "X said"
SUBJECT = "subject"  # "34 workers" before its asides
ASIDE = "aside"  # "many of them from Twizel", "which opened in 2019", "based in Leeds"
CLAUSE = "clause"  # a subject and its verb group
VERB_GROUP = "verb group"  # "cut mature trees with chainsaws", after the subject's asides
TAIL = "tail"  # ", quasi il doppio dei 2 milioni", ", an increase of 6%"
JOINED = "joined"  # a clause after ", and", "; ", ", mentre"
TRAILING = "trailing"  # a relative, a gerund, a subordinate clause after the clause
ITEM = "item"  # a list's item the clause goes on with: "Looe and Fowey" of "at Newlyn, ..."
INVERTED = "inverted"  # an Italian verb group before its subject: "hanno partecipato 400 persone"

_QUOTED_OR_COLON = re.compile('[«»“”":]')  # a quotation's mark or a colon, searched at once
_SEPARATOR = re.compile(r", |; | – | — ")  # what sets one piece of the top level off
_MAX_FRAME = 10  # words of an opening frame
_MAX_SUBJECT = 8  # words of a subject set apart from its verb group
_MAX_ASIDE = 16  # words of an aside after the subject


# A bracket's aside (an acronym, a figure in other units, a date): left out before the
# sentence is read, as the clause holds without it.
_BRACKETS = re.compile(r" \([^()]*\)(?=[\s,;.]|$)")


@dataclass(frozen=True)
class Piece:
    """A piece of a sentence's top level and the mark that sets it off before it ('' for
    the first, ',', ';', '–' or '—')."""

    text: str
    mark: str


def pieces(text: str) -> list[Piece] | None:
    """The pieces of the sentence's top level (its final stop left out), or None when a
    quotation or a bracket is left open or a quotation is in it (what is quoted is read by
    the transforms of reported speech)."""
    body = text.rstrip()
    if body[-1:] not in {".", "!", "?"}:
        return None  # a headline or a standfirst: no sentence to read
    while body[-1:] in ".!?":
        body = body[:-1]
    if _QUOTED_OR_COLON.search(body):
        return None  # a colon's clause is colon_clause's
    body = _BRACKETS.sub("", body)
    if "(" in body or ")" in body:
        return None  # a bracket left open, or one inside another
    out: list[Piece] = []
    start, mark = 0, ""
    for sep in _SEPARATOR.finditer(body):
        out.append(Piece(body[start : sep.start()].strip(), mark))
        start, mark = sep.end(), sep.group().strip()
    out.append(Piece(body[start:].strip(), mark))
    return _years_kept([p for p in out if p.text])


_YEAR = re.compile(r"^\d{4}$")


def _years_kept(found: list[Piece]) -> list[Piece]:
    """The pieces with a date's year kept with its day ('On March 3, | 2024' -> 'On March 3,
    2024')."""
    out: list[Piece] = []
    for piece in found:
        if out and piece.mark == "," and _YEAR.match(piece.text) and out[-1].text[-1:].isdigit():
            out[-1] = Piece(f"{out[-1].text}, {piece.text}", out[-1].mark)
        else:
            out.append(piece)
    return out


_ATTRIBUTION_OPENING = {
    "it": re.compile(r"(?i)^(?:secondo|stando a\w*|a detta d\w*|come riferisce|come spiega)\b"),
    "en": re.compile(r"(?i)^(?:according to|in the words of|as reported by)\b"),
}
_EN_SAYING = frozenset(
    (*SAY_VERBS["en"], "say", "adds", "explains", "notes", "warns", "recalls", "confirmed")
)
_IT_SAYING = frozenset(
    """dice dicono spiega spiegano sottolinea sottolineano precisa aggiunge osserva afferma
    dichiara conferma ricorda ricordano riferisce riferiscono racconta""".split()
)
_IT_SAYING_AUXILIARIES = frozenset("ha hanno".split())
_SAY_ANY = _EN_SAYING | _IT_SAYING | frozenset(("told",))


def _attribution(piece: str, language: str) -> bool:
    """Whether a piece says only whose words or figures the sentence gives: 'according to
    police figures', 'secondo i sindacati', 'the council said', 'said Jo Hart', 'ha
    spiegato il sindaco'."""
    return _said_last(piece, language) or _said_first(piece, language)


def _said_last(piece: str, language: str) -> bool:
    """Whether a piece is an attribution with its verb of saying last, or no verb: 'according
    to police figures', 'the council said', 'ha spiegato il sindaco'."""
    if _ATTRIBUTION_OPENING[language].match(piece):
        return True
    words = piece.split()
    if len(words) < 2 or len(words) > _MAX_FRAME:
        return False
    last = words[-1].lower()
    if language == "en":
        return last in _EN_SAYING
    if last in _IT_SAYING:
        return True
    return (
        len(words) > 2
        and words[-2].lower() in _IT_SAYING_AUXILIARIES
        and last in set(SAY_VERBS["it"])
    )


def _said_first(piece: str, language: str) -> bool:
    """Whether a piece is an attribution with its verb of saying first: 'said Jo Hart',
    'spiega il sindaco', 'ha spiegato il sindaco' (after a subject, the verb group of a
    clause reads alike: 'X, of the unit, said the inquiry ...')."""
    words = piece.split()
    if not words or len(words) > _MAX_FRAME:
        return False
    first = words[0].lower()
    if language == "en":
        return first in _EN_SAYING
    if first in _IT_SAYING:
        return True
    said = set(SAY_VERBS["it"])
    return first in _IT_SAYING_AUXILIARIES and len(words) > 1 and words[1].lower() in said


# Sentence adverbs that only link a sentence to the one before: they are left out.
LINKS = {
    "it": frozenset(
        """inoltre infatti tuttavia però intanto quindi dunque infine poi successivamente
        inizialmente comunque invece peraltro""".split()
    ),
    "en": frozenset(
        """however meanwhile also moreover furthermore finally overall instead still then
        so besides nonetheless nevertheless conversely additionally likewise similarly""".split()
    ),
}
# Phrases of several words that only link a sentence to the one before ("By contrast, ...",
# "D’altra parte, ..."): left out, as the adverbs are, not moved after the clause.
LINKING_PHRASES = {
    "it": re.compile(
        r"(?i)^(?:d[’']altra parte|dall[’']altra parte|d[’']altro canto|nel frattempo|"
        r"al contrario|per contro|di contro|in compenso|allo stesso tempo|al tempo stesso|"
        r"in ogni caso|in realtà|in particolare|in più|di conseguenza|per questo|invece)$"
    ),
    "en": re.compile(
        r"(?i)^(?:by contrast|in contrast|on the other hand|on the contrary|in the meantime|"
        r"at the same time|in addition|as a result|in any case|in particular|even so|"
        r"what is more|instead)$"
    ),
}


def _link(piece: str, language: str) -> bool:
    """Whether a piece only links the sentence to the one before ('However', 'By contrast',
    'Per questo'): left out, not moved."""
    return piece.lower() in LINKS[language] or LINKING_PHRASES[language].match(piece) is not None


_FRAME_WORDS = {
    "it": frozenset(
        """secondo durante dopo prima ieri oggi stamattina stamani stasera domani lunedì
        martedì mercoledì giovedì venerdì sabato domenica quest’ questo questa""".split()
    ),
    "en": frozenset("""last this next earlier later yesterday today tomorrow""".split()),
}
# "Dei 14 milioni necessari, 9 arrivano ...": a part's whole, no frame.
_LIST_GOES_ON = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:e|ed|and|or|o) ")
_NOT_FRAMES = frozenset("di of del dello della dei degli delle dell’".split())


def _frame(piece: str, language: str) -> bool:
    """Whether a piece may frame the clause after it: a phrase of a preposition or of time
    ('Between 2019 and 2023', 'On the ground', 'Nell’ultimo anno', 'Last year') with no verb
    of its own."""
    words = piece.split()
    if not words or len(words) > _MAX_FRAME:
        return False
    first = words[0].lower()
    elided = first.split("’")[0] + "’" if "’" in first else ""
    opens = (
        first in _FRAME_WORDS[language]
        or (first in PREPOSITIONS[language] and first not in _NOT_FRAMES)
        or first in ARTICULATED
        or elided in ARTICULATED
        or time_phrase(piece, language)
    )
    if first in _NOT_FRAMES or elided in _NOT_FRAMES:
        return False
    return opens and not _has_verb(piece, language)


@lru_cache(maxsize=4096)  # a piece is read for each label it may have
def _verb_first(piece: str, language: str, before: str = "X") -> bool:
    """Whether a piece opens with a finite verb ('cut mature trees', 'hanno chiuso 41
    laboratori'), read after the word `before` it (a subject's last); not an English
    participle before its agent ('commissioned by the organisers')."""
    toks = tokens(f"{before} {piece}")
    if len(toks) < 3 or not toks[1].text[:1].islower():
        return False
    if language == "en" and toks[2].low == "by" and is_participle(toks[1].low, language):
        return False
    if language == "en" and toks[2].low == "to" and may_be_present(toks[1].text, language):
        return True  # "plans to launch ..."
    return _verb(toks, 1, language)


@lru_cache(maxsize=4096)  # a piece is read for each label it may have
def _has_verb(piece: str, language: str) -> bool:
    """Whether a piece holds a finite verb in small letters (its first word too)."""
    toks = tokens(f"X {piece}")
    return any(_verb(toks, i, language) for i in range(1, len(toks)) if toks[i].text[:1].islower())


_RELATIVES = frozenset("which who whom whose where when che cui dove quando".split())
_SOME_OF = re.compile(
    r"(?i)^(?:(?:many|most|some|several|all|half|none|both|one|two|three) of (?:them|whom|which)"
    r"|(?:molti|molte|alcuni|alcune|tutti|tutte|parte|la metà|uno|una)"
    r" (?:dei|delle|degli|di|tra) (?:quali|loro|essi|esse)\b)"
)


def _aside(piece: str, language: str) -> bool:
    """Whether a piece set off after a subject may be left out: a relative, a participle's
    phrase, 'many of them ...', an attribution, or a phrase with no verb of its own."""
    words = piece.split()
    if not words or len(words) > _MAX_ASIDE:
        return False
    first = words[0].lower()
    if first in _RELATIVES or (first in ARTICLES[language] and words[1:2] == ["cui"]):
        return True
    if _SOME_OF.match(piece) or _said_last(piece, language):
        return True
    if first in _JOINS[language] or first in _SUBORDINATORS[language]:
        return False
    return not _has_verb(piece, language)


_JOINS = {
    "en": frozenset("and but while whereas yet".split()),
    "it": frozenset("e ed ma mentre però".split()),
}
_SUBORDINATORS = {
    "en": frozenset(
        """if unless once when as because since after before although though until so
        including excluding compared""".split()
    ),
    "it": frozenset(
        """se qualora quando come perché poiché dopo prima sebbene benché finché così
        compreso compresi compresa comprese inclusi incluse grazie""".split()
    ),
}


def _subject(piece: str, language: str) -> bool:
    """Whether a piece may be a clause's subject set apart from its verb group: an
    article's phrase, a name, a figure's phrase, with no verb, not a pronoun."""
    words = piece.split()
    if not words or len(words) > _MAX_SUBJECT or _has_verb(piece, language):
        return False
    first = words[0]
    low = first.lower()
    if low in PRONOUNS[language] or low in PREPOSITIONS[language] or low in ARTICULATED:
        return False
    if is_participle(low, language) or is_gerund(low, language):
        return False  # "Fondata nel 1946, ...": a participle's phrase, no subject
    if low in ARTICLES[language] or first[:1].isupper() or first[:1].isdigit():
        return True
    return low.startswith(("l’", "un’")) or bare_subject(tokens(piece), 0, language)


def _clause(piece: str, language: str) -> bool:
    """Whether a piece is a clause with its subject first (an article's phrase, a name, a
    figure) and a finite verb within its first words, or such a clause after an opening
    phrase with no comma ('Nel 2024 il comune ha speso ...')."""
    toks = tokens(piece)
    if len(toks) < 3:
        return False
    if _subject_opening(toks, language) and _verb_within(toks, language):
        return True
    split = opening_split(piece, language)
    if split is None:
        return False
    rest = tokens(split[1])
    return len(rest) > 2 and _subject_opening(rest, language) and _verb_within(rest, language)


def _bare_clause(piece: str, language: str) -> bool:
    """Whether a piece after an opening frame is a clause whose subject has no article
    ('attendance at the festival reached ...', 'every employee will receive ...'): it opens
    with a word in small letters of no closed class, and a finite verb follows."""
    toks = tokens(piece)
    if len(toks) < 3:
        return False
    first = toks[0]
    low = first.low
    if not first.text.isalpha() or not first.text.islower():
        return False
    closed = _RELATIVES | _JOINS[language] | _SUBORDINATORS[language] | _ASIDE_WORDS
    if low in closed or low in PRONOUNS[language] or low in PREPOSITIONS[language]:
        return False
    if low in ARTICULATED or is_gerund(low, language) or is_participle(low, language):
        return False
    if _verb_first(piece, language):
        return False
    return any(_verb(toks, i, language) for i in range(1, min(len(toks), 8)))


def _subject_opening(toks: list[Token], language: str) -> bool:
    """Whether a clause's tokens open with a subject (not a pronoun, a preposition, a
    conjunction, a gerund)."""
    first = toks[0]
    low = first.low
    if low in PRONOUNS[language] or low in PREPOSITIONS[language] or low in ARTICULATED:
        return False
    if low in _JOINS[language] or low in _SUBORDINATORS[language] or low in _RELATIVES:
        return False
    if is_gerund(first.text, language) or is_participle(low, language):
        return False
    if low in ARTICLES[language] or low in {"l’", "un’"}:
        return True
    if first.text[:1].isupper() or first.text[:1].isdigit():
        return True
    return bare_subject(toks, 0, language)


def _verb_within(toks: list[Token], language: str) -> bool:
    """Whether a finite verb follows a clause's subject within its first words."""
    return any(_verb(toks, i, language) for i in range(1, min(len(toks), 14)))


def _verb(toks: list[Token], i: int, language: str) -> bool:
    """Whether the token at `i` (not the first) is a finite verb (openings.verb_at), an
    English present in '-s' before its infinitive too ('The company expects to hire ...')."""
    if verb_at(toks, i, language):
        return True
    return language == "en" and is_present_s_at([t.text for t in toks], i)


def _tail(piece: str, language: str) -> bool:
    """Whether a piece after a clause adds only to what it said, with no verb of its own:
    'quasi il doppio dei 2 milioni del 2024', 'an increase of 6%', 'many of them
    students', 'in Leeds'."""
    words = piece.split()
    if not words or len(words) > _MAX_ASIDE:
        return False
    first = words[0].lower()
    if first in _JOINS[language] or first in _SUBORDINATORS[language] or first in _RELATIVES:
        return False
    if _SOME_OF.match(piece):
        return True
    opens = (
        first in ARTICLES[language]
        or first in PREPOSITIONS[language]
        or first in ARTICULATED
        or first in _TAIL_WORDS[language]
        or first.startswith(("l’", "un’", "dell’", "all’", "nell’"))
        or words[0][:1].isupper()
        or words[0][:1].isdigit()
    )  # not a bare word: "the hot, | dry summer", "the routes, | timetables and fares"
    return opens and not _has_verb(piece, language)


# Words that open a verbless tail besides articles and prepositions: a change, a comparison,
# an approximation, a share ("up from 940", "well above ...", "quasi il doppio").
_TAIL_WORDS = {
    "en": frozenset(
        """up down about around roughly almost nearly some more less well far most much
        many half double twice triple nearly just only""".split()
    ),
    "it": frozenset(
        """quasi circa poco più meno oltre pari rispetto doppio triplo appena solo
        soprattutto""".split()
    ),
}


# What opens a part of a counted whole ("12 camere, di cui tre ...", "40 staff, of whom 12
# ..."): the part transforms read it with its whole, the reading none.
_PART = re.compile(r"(?i)^(?:di cui|dei quali|delle quali|of which|of whom)\b")
# Possessives: a subject they open stands for something the sentence before names.
_POSSESSIVES = frozenset("its their his her our suo sua suoi sue loro".split())


def _trailing(piece: str, language: str) -> bool:
    """Whether a piece after a clause opens a relative, a subordinate clause, a gerund's or
    a participle's phrase: what it says the clause does not need."""
    first = piece.split(" ", 1)[0]
    low = first.lower()
    if low in _RELATIVES or low in _SUBORDINATORS[language]:
        return True
    return is_gerund(first, language) or (first.islower() and is_participle(low, language))


def _joined(piece: Piece, language: str) -> str | None:
    """The clause a piece joins after ', and', ', mentre' or a semicolon ('and the road is
    often blamed ...' -> 'the road is often blamed ...'), when it has a subject of its own."""
    text = piece.text
    word, _, rest = text.partition(" ")
    if word.lower() in _JOINS[language]:
        text = rest
    elif piece.mark != ";":
        return None
    return text if text else None


def labelled(text: str, language: str) -> list[tuple[str, Piece]] | None:
    """The pieces of a sentence's top level with their labels, up to the first piece the
    reading cannot label (None when it reads no clause): the opening frames and
    attributions, the clause (or the subject, its asides and its verb group), then after it
    what the clause goes on with (a list's items stay in the clause), tails, trailing
    pieces, attributions and joined clauses."""
    found = pieces(text)
    if found is None or len(found) < 2 or found[1].mark == "–":
        return None  # "Napoli – Dodicimila bobine ...": a dateline's dash
    if any(_inside_phrase(a.text, b.text, language) for a, b in pairwise(found)):
        return None
    out: list[tuple[str, Piece]] = []
    i = 0
    while i < len(found) and found[i].mark in {"", ","}:
        piece = found[i].text
        if _attribution(piece, language) or _link(piece, language):
            out.append((ATTRIBUTION, found[i]))
        elif _frame(piece, language) and not _clause(piece, language):
            out.append((FRAME, found[i]))
        else:
            break
        i += 1
        if i < len(found) and _LIST_GOES_ON.match(found[i].text):
            return None  # "In 31 comuni di Ravenna, | Forlì e Bologna ...": a list's comma
    main = _main_at(found, i, language)
    if main is None:
        return None
    out.extend(main)
    i += len(main)
    after = _after_clause(found, i, language)
    return None if after is None else [*out, *after]


def _inside_phrase(before: str, after: str, language: str) -> bool:
    """Whether the comma between two pieces is inside a noun phrase, between its adjectives
    ('the hot, | dry summer', 'the stretch of cold, | jellyfish-filled water'): the piece
    before ends with an article's or a preposition's word, the piece after opens with a
    bare word in small letters."""
    words = before.split()
    if len(words) < 2:
        return False
    glue = words[-2].lower()
    if glue not in ARTICLES[language] and glue not in PREPOSITIONS[language]:
        return False
    if not words[-1][:1].islower():
        return False  # "In Ibura, | one of the communities ...": a name's phrase ends
    first = after.split(" ", 1)[0]
    low = first.lower()
    if not first[:1].islower() or low in ARTICLES[language] or low in PREPOSITIONS[language]:
        return False
    closed = _RELATIVES | _JOINS[language] | _SUBORDINATORS[language] | _ASIDE_WORDS
    if low in closed or low in ARTICULATED or is_gerund(first, language):
        return False
    return not _verb_first(after, language)  # "Per questo, | aggiunge, ...": a verb's piece


# Words that open an aside after a comma: a part, a count, a time ("some of them ...", "one
# of the ...", "then 88", "ora in pensione").
_ASIDE_WORDS = frozenset(
    """some many most one two three four five several all both each none half then now also
    still already only mostly mainly largely nearly almost about around well alcuni alcune
    molti molte uno una due tre tutti tutte ciascuno ora oggi allora ancora anche già solo
    quasi circa oltre""".split()
)


def _main_at(found: list[Piece], i: int, language: str) -> list[tuple[str, Piece]] | None:
    """The labels of the main clause's pieces from `i`: a clause, or a subject, its asides
    and its verb group; the verbless pieces right after an opening frame that name again
    what it names ('A Porto Sant’Elpidio, il comune del distretto, ...') are asides."""
    if i >= len(found):
        return None
    if _clause(found[i].text, language) or (i > 0 and _bare_clause(found[i].text, language)):
        return [(CLAUSE, found[i])]
    if i > 0 and _inverted(found[i].text, language):
        return [(INVERTED, found[i])]
    if not _subject(found[i].text, language):
        return _frame_aside_clause(found, i, language)
    out = [(SUBJECT, found[i])]
    for k in range(i + 1, len(found)):
        piece = found[k]
        if piece.mark == ";":
            return None
        last = found[i].text.rsplit(" ", 1)[-1]
        if not _said_last(piece.text, language) and _verb_first(piece.text, language, last):
            if k == i + 1:
                return None  # no aside between: a comma between subject and verb
            if _said_first(piece.text, language) or piece.text.split(" ", 1)[0] in _SAY_ANY:
                return None  # a speaker's asides: what is reported is reference.py's
            return [*out, (VERB_GROUP, piece)]
        if not _aside(piece.text, language):
            return _frame_aside_clause(found, i, language)
        out.append((ASIDE, piece))
    return None


def _frame_aside_clause(
    found: list[Piece], i: int, language: str
) -> list[tuple[str, Piece]] | None:
    """After an opening frame, its asides (pieces with no verb) and the clause they are
    followed by ('A Porto Sant’Elpidio, il comune del distretto con più calzaturifici, da
    gennaio hanno chiuso 41 laboratori')."""
    if i == 0:
        return None
    out: list[tuple[str, Piece]] = []
    for k in range(i, len(found)):
        piece = found[k]
        if piece.mark != ",":
            return None
        if _clause(piece.text, language):
            if out and _joined_subject(piece.text, language):
                return None  # "la strada, | i ponti e le scuole sono stati riparati": a list
            return [*out, (CLAUSE, piece)]
        if _inverted(piece.text, language):
            return [*out, (INVERTED, piece)]
        if _has_verb(piece.text, language) or list_after(piece.text, language):
            return None
        out.append((ASIDE, piece))
    return None


def _inverted(piece: str, language: str) -> bool:
    """Whether a piece after an opening frame is an Italian verb group with its subject
    after it ('hanno partecipato circa 400 persone', 'è arrivato il primo treno'): a finite
    verb first, then words with no verb of their own; the frame stays before it."""
    if language != "it" or not _verb_first(piece, language):
        return False
    first, _, rest = piece.partition(" ")
    if first.lower() in _IT_SAYING or first.lower() in _SAY_ANY:
        return False
    words = rest.split()
    if words and words[0].lower() in set(SAY_VERBS["it"]):
        return False  # "ha spiegato il sindaco": an attribution
    return len(words) >= 2


def _joined_subject(clause: str, language: str) -> bool:
    """Whether a clause's words before its verb join two phrases ('i ponti e le scuole sono
    ...'): the piece before it may be the list's first item."""
    toks = tokens(clause)
    for i in range(1, len(toks)):
        if _verb(toks, i, language):
            return False
        if toks[i].low in _OR:
            return True
    return False


_OR = frozenset("and or e ed o".split())


def _after_clause(found: list[Piece], i: int, language: str) -> list[tuple[str, Piece]] | None:
    """The labels of the pieces after the main clause, up to the first the reading cannot
    label: a list's items go on with the clause (the clause's own), an attribution, a tail,
    a trailing piece (and what follows it up to a semicolon), a joined clause; None when a
    piece goes on with a clause set off before it (see _goes_on)."""
    out: list[tuple[str, Piece]] = []
    skipping = False
    while i < len(found):
        piece = found[i]
        joined = _joined(piece, language) if piece.mark in {",", ";"} else None
        if _PART.match(piece.text):
            return None
        if piece.mark == ";":
            skipping = False
        elif _goes_on(found, i, language):
            return None  # "X, led by Y, would build ...": the clause before was not whole
        if skipping:
            out.append((TRAILING, piece))
        elif joined is not None and _clause(joined, language):
            out.append((JOINED, piece))
        elif piece.mark == ";" and (main := _main_at(found, i, language)) is not None:
            # "; Albino, con circa 18.000 residenti, è il comune più popoloso": a joined
            # clause with asides after its subject, read again alone (see plain_clauses)
            out.extend([(JOINED, piece), *((TRAILING, p) for _, p in main[1:])])
            i += len(main)
            continue
        elif piece.mark == "," and _list_item(found, i, language):
            out.append((ITEM, piece))
        elif _attribution(piece.text, language):
            out.append((ATTRIBUTION, piece))
        elif _trailing(piece.text, language):
            out.append((TRAILING, piece))
            skipping = True
        elif _tail(piece.text, language) and piece.mark != ";":
            out.append((TAIL, piece))
        else:
            return None  # a piece the reading cannot label: the commas may be a list's
        i += 1
    return out


def _goes_on(found: list[Piece], i: int, language: str) -> bool:
    """Whether a piece after a comma opens with a finite verb that goes on with a clause
    set off before it ('Transport Scotland said the venture X, led by Y, | would build
    ...'), or with a list of verbs ('crews sprayed, | felled or pulled trees'): the pieces
    before it are no clause of their own."""
    piece = found[i].text
    if _attribution(piece, language) or _joined(found[i], language) is not None:
        return False
    before = found[i - 1].text.rsplit(" ", 1)[-1]
    return _verb_first(piece, language, before) or _verb_first(piece, language)


def _list_item(found: list[Piece], i: int, language: str) -> bool:
    """Whether a piece after a comma goes on with a list of the clause ('at Newlyn, Looe
    and Fowey'): the pieces from it on read as a list's items."""
    if found[i].mark != ",":
        return False
    piece = found[i].text
    if _has_verb(piece, language) or any(w in _RELATIVES for w in piece.lower().split()):
        return False  # "a 2020 law that rewards ...": an apposition, no item
    rest = ", ".join(p.text for p in found[i:])
    return list_after(rest, language)


def plain_clauses(text: str, language: str) -> list[str]:
    """The plain clauses of a sentence (see the module's docstring): the main clause alone
    with its first opening frame placed after it, then each joined clause read alike; none
    when the reading leaves the sentence as it is."""
    read = labelled(text, language)
    if read is None:
        return []
    out = []
    main = _composed(read, language)
    if main is not None:
        out.append(main)
    for label, piece in read:
        if label != JOINED:
            continue
        joined = _joined(piece, language)
        at = text.find(piece.text)
        if joined is None or at < 0:
            continue
        rest = text[at + len(piece.text) - len(joined) :]
        clause = _first_clause(rest, language)
        if clause is not None:
            out.append(clause)
    plain = _sentence(text)
    return [c for c in out if c != plain]


def _first_clause(text: str, language: str) -> str | None:
    """A joined clause alone: its own reading's main clause, or its first piece."""
    read = labelled(text, language)
    if read is not None:
        return _composed(read, language)
    found = pieces(text)
    if not found:
        return None
    if found[0].text.split(" ", 1)[0].lower() in PRONOUNS[language]:
        return None
    return _sentence(found[0].text) if _clause(found[0].text, language) else None


def _composed(read: list[tuple[str, Piece]], language: str) -> str | None:
    """The main clause of a labelled sentence: subject and verb group (or the clause) with
    the list items it goes on with, its first opening frame placed after it."""
    frames = [p.text for label, p in read if label == FRAME]
    inverted = next((p.text for label, p in read if label == INVERTED), None)
    if inverted is not None:
        if not frames or _ANAPHORIC.search(frames[0]):
            return None
        return _sentence(f"{frames[0]} {inverted}")
    clause = ""
    for label, piece in read:
        if label in {SUBJECT, VERB_GROUP, CLAUSE}:
            clause = f"{clause} {piece.text}".strip()
        elif label == ITEM and clause:
            clause = f"{clause}, {piece.text}"
        elif clause and label != ASIDE:
            break
    if not clause:
        return None
    first = clause.split(" ", 1)[0].lower()
    if first in PRONOUNS[language] or first in _POSSESSIVES or _reports_pronoun(clause, language):
        return None
    clause = _sentence(clause)
    if frames and not _ANAPHORIC.search(frames[0]):
        frame = frames[0]
        word = frame.split(" ", 1)[0]
        placed = frame_placed(
            clause, lowered_frame(frame) if not word[1:2].isupper() else frame, language
        )
        if placed is None:
            return None
        clause = placed if placed.endswith((".", "!", "?")) else placed + "."
    return clause


# Words that make a frame point back to the sentence before ("Per questo", "At that point"):
# the frame is left out, not placed.
_ANAPHORIC = re.compile(
    r"(?i)(?<![\w’'])(?:quest[oaie]|quel|quell[oaie’]|quei|quegli|lì|là|this|that|these|those"
    r"|such|then)(?![\w’'])"
)


def _reports_pronoun(clause: str, language: str) -> bool:
    """Whether a clause reports what a pronoun did ('the club said it had sold ...'): whom
    the pronoun stands for is reference.py's."""
    words = clause.lower().split()
    return any(
        w in _SAY_ANY and nxt in PRONOUNS[language] | _POSSESSIVES | {"that", "che"}
        for w, nxt in pairwise(words)
    ) and any(w in PRONOUNS[language] for w in words)


def _sentence(text: str) -> str:
    """A clause as a sentence: its first letter capital, a full stop at its end."""
    body = text.strip().rstrip(".!?").rstrip()
    return upper_first(body) + "."
