"""Simpler statements derived from a sentence, for the question extractors to read when the
sentence itself is too involved for them (Heilman & Smith's simplified factual statements):
an opening phrase moved after the clause it frames, an apposition or an aside left out, a
relative clause read as a sentence of its own, the part of a counted whole said of the things
counted ('512 atleti, di cui 214 donne' -> '214 atleti sono donne'), what a plan named after a
colon holds; who a pronoun stands for is reference.py's.

Each statement keeps the sentence it comes from (`Sentence.source`): a card asked of it shows
that sentence as its context, and a question the sentence itself gets wins over one of its
statements (see extract.candidates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from .adverbs import LEFT_OUT, MOVED, adverb_said
from .chunks import PREPOSITIONS, Token, index_at, opens_object, tokens
from .document import Document, Sentence
from .each_tails import each_with_said
from .fragments import entry_fragment
from .given_names import is_given_name
from .lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_ARTICLE_ENDING,
    IT_DIMENSION_ADJECTIVE,
    IT_PLURAL_ARTICLES,
    MONTH_WORDS,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    UNITS,
    WEEKDAYS,
    WHEN_WORDS,
)
from .openings import (
    PRONOUNS,
    asides_left_out,
    bare_subject,
    frame_placed,
    list_after,
    lowered_frame,
    opening_split,
)
from .openings import verb_at as _verb_at
from .participle_lists import participle_list_said
from .participles import described_after
from .phrase import IT_CLITICS
from .phrase_relatives import phrase_relative_said
from .reference import (
    FRAME_GOES_ON,
    REPORTED_MARKS,
    colon_clause,
    colon_subject,
    person_named,
    reported_of_reporter,
    subject_carried,
    surnames_alone,
)
from .relatives import relatives_of_names
from .segments import LINKING_PHRASES as _LINKING_PHRASES
from .segments import LINKS as _LINKS
from .segments import plain_clauses
from .tenses import EN_SAME_PAST as _EN_SAME_PAST
from .tenses import FUTURE, PAST, PRESENT, english_finite, italian_finite
from .text import IT_INDEFINITE, takes_lo, upper_first
from .verbs import (
    AUXILIARIES,
    holds_finite,
    is_finite,
    is_gerund,
    is_participle,
    is_plural_present_at,
    is_verb_lemma,
    lemma,
    may_be_present,
    takes_essere,
)

# Words that open a framing phrase before the clause ("Nell'ultimo quarto, ...", "During the
# breeding season, ...", "Last year, ..."), besides the prepositions.
_FRAME_OPENERS = {
    "it": frozenset(
        """nel nello nella nei negli nelle nell’ dal dallo dalla dai dagli dalle dall’ sul sulla
        sui sugli sulle sull’ al allo alla ai agli alle all’ secondo durante dopo prima
        lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi stamattina
        stamani stasera quest’ questo questa""".split()
    ),
    "en": frozenset(
        """last this next earlier later on in at during after before since by for with under
        over according across despite""".split()
    ),
}
# Openings that say whose words or figures the sentence gives ("Secondo il sindaco, ...",
# "According to the study, ..."): left out, with the name in apposition after them.
_ATTRIBUTION = {
    "it": re.compile(r"(?i)^(?:(?:secondo|per)\b|stando a)"),
    "en": re.compile(r"(?i)^(?:according to|in the words of)\b"),
}
# A speaker's aside after an opening phrase, with the verb first ("Nella sola Milano, ricorda
# il segretario Luca Brambilla, le famiglie ...", "In Leeds, says the council's report, ..."):
# left out, as the clause after it says what was reported.
_IT_SAYING_NOW = "ricorda spiega sottolinea precisa aggiunge dice osserva afferma dichiara conferma"
_SPEAKER_ASIDE = {
    "it": re.compile(
        rf"^(?:(?:ha|hanno) (?:{'|'.join(SAY_VERBS['it'])}|ricordato|confermato)"
        rf"|{'|'.join(_IT_SAYING_NOW.split())}|ricordano|spiegano|sottolineano|fanno sapere"
        r"|secondo|stando a\w*)"
        r" (?=[^,;:«»“”\"()]*[A-Z]|(?:il|lo|la|i|gli|le|l’) )[^,;:«»“”\"()]{3,80}?, "
    ),
    "en": re.compile(
        rf"^(?:{'|'.join(SAY_VERBS['en'])}|adds|explains|notes|warns|recalls|according to)"
        r" (?=[^,;:“”\"()]*[A-Z]|the )[^,;:“”\"()]{3,80}?, "
    ),
}
# Openings that grant a fact its clause holds in any case ("Despite the rain, ...", "Nonostante
# la pioggia, ..."): left out, as the clause says the same without them.
_CONCESSION = {
    "it": re.compile(r"(?i)^(?:nonostante|malgrado|a dispetto d)\b"),
    "en": re.compile(r"(?i)^(?:despite|in spite of|notwithstanding)\b"),
}
_NAME_APPOSITION = re.compile(r"^(?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+, ")
_LIST_GOES_ON = re.compile(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:e|ed|and|or|o) ")
_YEAR_AFTER_DAY = re.compile(r"^\d{4}, ")
# Words that say how small or large a figure is ("appena 9 punti", "only 12 seats"): the
# figure alone answers the question.
_HEDGES = {
    "it": r"appena|solo|soltanto|solamente|ben",
    "en": r"only|just|merely",
}
_HEDGED = {
    lang: re.compile(rf"(?<![\w’'-])(?:{words})\s+(?=\d|(?:un|una|due|tre|one|two|three)\b)", re.I)
    for lang, words in _HEDGES.items()
}
_HEDGE_WORDS = {lang: tuple(words.split("|")) for lang, words in _HEDGES.items()}
# Prepositions that rarely open a frame ("Di tono opposto il commento di ...").
_NOT_FRAMES = frozenset("di of".split())
# The longest opening phrase moved, in words.
_MAX_FRAME = 9
_RELATIVES = {
    "it": frozenset("che".split()),  # "il quale" is rare in news prose
    "en": frozenset("who which".split()),
}
_APPOSITION_OPENERS = {
    "it": ARTICLES["it"] | {"l’", "un’"},
    "en": frozenset("a an the".split()),
}


_NUMBER_WORDS = {
    "it": {
        w: i + 2
        for i, w in enumerate(
            "due tre quattro cinque sei sette otto nove dieci undici dodici".split()
        )
    }
    | {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "cento": 100},
    "en": {
        w: i + 2
        for i, w in enumerate("two three four five six seven eight nine ten eleven twelve".split())
    }
    | {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100},
}
# A count of a part of a whole: "two of the eight chicks", "cinque dei 90 consiglieri".
_PARTITIVE_COUNT = (
    "(?:"
    + "|".join(w for words in _NUMBER_WORDS.values() for w in words)
    + r") (?:of|dei|degli|delle) "
)
_PARTITIVE_AT = re.compile(_PARTITIVE_COUNT, re.IGNORECASE)


def _clause_start(rest: str, language: str) -> bool:
    """Whether `rest` opens a clause with its subject: an article, a name, a figure or a
    count of a part, and a finite verb somewhere after it."""
    toks = tokens(rest)
    if len(toks) < 3:
        return False
    first = toks[0]
    low = first.low
    if low in _LINKS[language] or is_gerund(first.text, language):
        return False
    subject = (
        low in ARTICLES[language]
        or low in {"l’", "un’"}
        or low in WEEKDAYS  # "domenica 2 novembre l’impianto è stato fermato"
        or first.text[:1].isupper()
        or first.text[:1].isdigit()
        or _PARTITIVE_AT.match(rest) is not None  # "…, and two of the eight chicks died"
    )
    if low in PREPOSITIONS[language] or low in ARTICULATED:
        return False
    if not subject:
        return bare_subject(toks, 0, language)  # "ticket sales rose by 12%"
    for i in range(1, min(len(toks), 12)):
        t = toks[i]
        if t.text in ",;:":
            return False  # the verb comes after an aside, or there is none
        if _verb_at(toks, i, language):
            return True
    return False


def _moved_frame(text: str, language: str) -> str | None:
    """'Nell'ultimo quarto, le orange hanno concesso 9 punti.' -> 'Le orange hanno concesso 9
    punti nell'ultimo quarto.': the opening phrase goes to the end of the clause it frames
    (before the clause's first comma). An attribution ('According to the study, ...') or a
    linking adverb ('However, ...') is left out."""
    head, comma, rest = text.partition(", ")
    if not comma:
        return None
    if _YEAR_AFTER_DAY.match(rest):  # "On March 3, 2024, the lake ..."
        year, _, rest = rest.partition(", ")
        head = f"{head}, {year}"
    words = head.split()
    if not words:
        return None
    first = words[0].lower()
    if (first in _LINKS[language] and len(words) == 1) or _LINKING_PHRASES[language].match(head):
        return _sentence(rest) if _clause_start(rest, language) else None
    if len(words) > _MAX_FRAME or "«" in head or "“" in head or '"' in head:
        return None
    attribution = (
        _ATTRIBUTION[language].match(head) is not None
        or _CONCESSION[language].match(head) is not None
    )
    if not attribution and not _frames(words, language):
        return None
    if any(is_finite(w, language) for w in words[1:] if w[:1].islower()):
        return None  # a clause of its own ("Dopo che la giunta ha approvato, ...")
    if _LIST_GOES_ON.match(rest):
        return None  # the comma was inside a list ("In 31 comuni di Ravenna, Forlì e Bologna")
    speaker = _SPEAKER_ASIDE[language].match(rest)
    if speaker is not None:  # "Nella sola Milano, ricorda il segretario, le famiglie ..."
        rest = rest[speaker.end() :]
    rest = _second_frame_out(rest, language)
    rest = _participle_aside_out(rest, language)
    if attribution:
        rest = _NAME_APPOSITION.sub("", rest, count=1)  # "Secondo il sindaco, Mario Rossi, ..."
        rest = _source_named_out(head, rest, language)
    found = asides_left_out(rest, language, lambda subject: _aside_subject(subject, language))
    if found is not None and found[1] is None:
        rest = found[0]  # "Last year, the fleet, one of three in Cornwall, landed ..."
    if not _clause_start(rest, language):
        return None
    if attribution:
        return _sentence(rest)
    frame = head if _is_name(head) else _lower_opening(head)
    return frame_placed(rest, frame, language)


_NAMED_OPENING = re.compile(r"^(?:(?:il|lo|la|i|gli|le|the) |l[’'])?[A-Z]")


def _source_named_out(head: str, rest: str, language: str) -> str:
    """The clause after an attribution whose source's name is said in full after it
    ('Secondo i dati della SABAP, la Soprintendenza archeologia, belle arti e paesaggio
    dell’Umbria, i lavori ...' -> 'i lavori ...'): the name in apposition left out, even a
    name with a comma of its own, when the source ends with a name and a clause follows."""
    last = re.split(r"[ ’']", head)[-1]  # "dell’ARPAL"
    if not last[:1].isupper() or _NAMED_OPENING.match(rest) is None:
        return rest
    if _clause_start(rest, language):
        return rest
    at = rest.find(", ")
    while at >= 0:
        name = rest[:at]
        if _QUOTES_ANY.search(name) or any(
            w.islower() and is_finite(w, language) for w in name.split()
        ):
            return rest
        if _clause_start(rest[at + 2 :], language):
            return rest[at + 2 :]
        at = rest.find(", ", at + 2)
    return rest


# Words that make an opening phrase point back to the sentence before ("A quel punto", "Con
# questa accusa", "Da lì", "At that point"): the phrase is left out, not moved.
_ANAPHORIC = re.compile(
    r"(?i)(?<![\w’'])(?:quest[oaie]|quel|quell[oaie’]|quei|quegli|lì|là|that|these|those|such)"
    r"(?![\w’'])"
)


def _second_frame_out(rest: str, language: str) -> str:
    """The clause after an opening phrase with a second phrase that frames it left out ('dal
    25 settembre al 26 ottobre, la rassegna ha totalizzato ...' -> 'la rassegna ha totalizzato
    ...'): the clause holds in it as in the first."""
    piece, comma, after = rest.partition(", ")
    words = piece.split()
    if not comma or not words or len(words) > _MAX_FRAME or not _frames(words, language):
        return rest
    if _QUOTES_ANY.search(piece) or any(is_finite(w, language) for w in words[1:]):
        return rest
    if _LIST_GOES_ON.match(after) or not _clause_start(after, language):
        return rest
    return after


def _participle_aside_out(rest: str, language: str) -> str:
    """The clause after an opening phrase with a participle's aside before it left out ('Nel
    capannone, progettato dallo studio Rossi, i tappi verranno ...' -> 'i tappi verranno
    ...'): what the aside says of the phrase's noun, the clause holds without."""
    piece, comma, after = rest.partition(", ")
    first = piece.split(" ", 1)[0]
    if not comma or not first.islower() or not is_participle(first, language):
        return rest
    if len(piece.split()) > _MAX_FRAME + 4 or _QUOTES_ANY.search(piece):
        return rest
    if any(w.islower() and is_finite(w, language) for w in piece.split()[1:]):
        return rest
    return after if _clause_start(after, language) else rest


def _bare_frame_moved(text: str, language: str) -> str | None:
    """'Last winter at least 14 boats had to wait offshore.' -> 'At least 14 boats had to
    wait offshore last winter.'; 'Nel 2026 gli ispettori hanno analizzato 300 campioni.' ->
    'Gli ispettori hanno analizzato 300 campioni nel 2026.': an opening phrase with no comma
    after it (see openings.opening_split) moved after the clause it frames; a linking phrase
    or an attribution left out."""
    split = opening_split(text, language)
    with_asides = split is None
    if split is None and (", " in text or " (" in text):
        split = opening_split(text, language, asides=True)
    if split is None:
        return None
    frame, rest = split
    if rest.split(" ", 1)[0].lower() in PRONOUNS[language]:
        return None  # 'it' is no subject a question can name (see _opening_main_clause)
    if with_asides or ", " in rest:  # "Sul campo il Valdagno, allenato da X, è terzo ..."
        found = asides_left_out(rest, language, lambda subject: _aside_subject(subject, language))
        if found is not None and found[1] is None:
            rest = found[0]
        elif with_asides:
            return None
    if _LINKING_PHRASES[language].match(frame) or _ATTRIBUTION[language].match(frame):
        return _sentence(rest)
    if _CONCESSION[language].match(frame):
        return _sentence(rest)
    if _ANAPHORIC.search(frame):
        return _sentence(rest)  # "Con questa accusa", "A quel punto": of the sentence before
    return frame_placed(rest, lowered_frame(frame), language)


def _frames(words: list[str], language: str) -> bool:
    """Whether a phrase of `words` may frame a clause: it opens with a preposition or a word
    of time ('Last year', 'Lo scorso anno')."""
    first = words[0].lower()
    if first in _FRAME_OPENERS[language]:
        return True
    if first in PREPOSITIONS[language] and first not in _NOT_FRAMES:
        return True
    if "’" in first and first.split("’")[0] + "’" in _FRAME_OPENERS[language]:
        return True
    return language == "it" and any(w.lower().startswith(("scors", "prossim")) for w in words)


def _lower_opening(head: str) -> str:
    word, space, rest = head.partition(" ")
    if word[1:].islower() and not _is_name(rest):
        return word.lower() + space + rest
    return head


def _is_name(phrase: str) -> bool:
    word = phrase.split(" ", 1)[0]
    return word[:1].isupper() and word[1:2].isupper()


def _sentence(rest: str) -> str:
    return upper_first(rest.strip())


def _without_hedge(text: str, language: str) -> str | None:
    """'hanno concesso appena 9 punti' -> 'hanno concesso 9 punti'."""
    low = text.lower()
    if not any(word in low for word in _HEDGE_WORDS[language]):
        return None  # the cheap test first: a pattern that ignores case tries every position
    out = _HEDGED[language].sub("", text)
    return out if out != text else None


# A second count after "and" that leaves its noun to the first: "would employ about 1,100
# workers during construction and 420 permanently".
_SECOND_COUNT = re.compile(
    r"(?:about |around |some |nearly |almost |more than |over )?"
    r"(?P<first>\d[\d,.]*) (?P<noun>[a-z]{3,})(?P<between> [^,;:()]{0,40}?)? and "
    r"(?P<second>\d[\d,.]*) (?P<manner>[a-z]{3,}ly|full-time|part-time|overseas|abroad)"
    r"(?=[\s,.;]|$)"
)


def _second_count_said(text: str, language: str) -> str | None:
    """'Sagebrush says the mine would employ about 1,100 workers during construction and 420
    permanently.' -> 'Sagebrush says the mine would employ 420 workers permanently.': the
    second count with the noun it shares, in place of the first."""
    if language != "en":
        return None
    m = _SECOND_COUNT.search(text)
    if m is None:
        return None
    said = f"{m.group('second')} {m.group('noun')} {m.group('manner')}"
    return f"{text[: m.start()]}{said}{text[m.end() :]}"


# "by far" after a copula, before the superlative it strengthens: "is by far the largest".
_INTENSIFIED = re.compile(
    r"(?<=\s)(?:by far|far and away|di gran lunga) (?=(?:the|il|lo|la|i|gli|le|l’)\s?\w)"
)


def _without_intensifier(text: str, language: str) -> str | None:
    """'Mackerel is by far the most valuable species.' -> 'Mackerel is the most valuable
    species.': the superlative says the fact without it."""
    out = _INTENSIFIED.sub("", text, count=1)
    return out if out != text else None


# A copula's second noun phrase after "and", a superlative: "X is a 57km tunnel beneath ...
# and the longest railway tunnel in the world".
_SECOND_SUPERLATIVE = {
    "en": re.compile(
        r"^(?P<subject>[A-Z][^,;:()]{1,60}?) (?P<be>is|was) (?:a|an) [^;:()]+? and "
        r"(?P<rest>the (?:[a-z]+-)?(?:[a-z]{2,}est|most|least) [^;:()]+)$"
    ),
    "it": re.compile(
        r"^(?P<subject>[A-Z][^,;:()]{1,60}?) (?P<be>è|era|fu) (?:un|uno|una|un’)[^;:()]+? e "
        r"(?P<rest>(?:il|lo|la|l’) ?(?:[a-zà-ù]+ )?(?:più|meno) [^;:()]+)$"
    ),
}


def _second_superlative_said(text: str, language: str) -> str | None:
    """'The Gotthard Base Tunnel is a 57km railway tunnel beneath the Gotthard massif and the
    longest railway tunnel in the world.' -> 'The Gotthard Base Tunnel is the longest railway
    tunnel in the world.': the superlative said of the subject alone."""
    m = _SECOND_SUPERLATIVE[language].match(text)
    if m is None:
        return None
    subject = m.group("subject")
    if any(w.islower() and is_finite(w, language) for w in subject.split()[1:]):
        return None  # a clause's verb inside: no plain subject
    return f"{subject} {m.group('be')} {m.group('rest')}"


def _asides_out(text: str, language: str) -> str | None:
    """'The last major dredge, in 2011, removed 30,000 cubic metres.' -> 'The last major
    dredge removed 30,000 cubic metres in 2011.'; 'Mark Hill, 38, of Harraby, was jailed.' ->
    'Mark Hill was jailed.': the asides between a subject that opens the sentence and its
    verb left out (see openings.asides_left_out), one that says when moved after the clause."""
    found = asides_left_out(text, language, lambda subject: _aside_subject(subject, language))
    if found is None:
        return None
    clause, when = found
    if when is None:
        return _sentence(clause)
    return frame_placed(clause, when, language)


def _aside_subject(subject: str, language: str) -> bool:
    """Whether a phrase before an aside is the sentence's subject: an article's phrase, a
    figure's, or a name of two words or more (one capitalised word may
    be a frame: 'Yesterday, ...'), with no verb of its own."""
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT or _QUOTES_ANY.search(subject):
        return False
    first = words[0]
    low = first.lower()
    if low in _NO_SUBJECT[language] or not _opens_subject(first, language):
        return False
    if low in WHEN_WORDS or low in _LINKS[language] or low.endswith("ly"):
        return False
    article = low in ARTICLES[language] or low.startswith(("l’", "un’")) or low[:1].isdigit()
    named = len(words) > 1 and all(w[:1].isupper() for w in words[:2])
    bare = len(words) > 1 and bare_subject(tokens(f"{subject.lower()} is"), 0, language)
    if not (article or named or bare):
        return False  # "Its harbor, shared with ..., is the largest port": whose is unsaid
    after_article = 2 if article and len(words) > 2 else 1  # "the tagged bird": no verb
    return not any(w[:1].islower() and is_finite(w, language) for w in words[after_article:])


# A place's aside that says where it lies, between commas after its name ("In Wick, on the
# Caithness coast, gusts reached ...", "a Chiari, in provincia di Brescia, ...").
_PLACE_ASIDE = {
    "en": re.compile(
        r"(?<=[a-z]) ?(?P<name>(?<![\w’'-])[A-Z][\w’'-]+), (?:on|in|near|off|at) "
        r"(?:the )?[^,;:«»“”\"()]{3,50}?, "
    ),
    "it": re.compile(
        r"(?<=\w) ?(?P<name>(?<![\w’'-])[A-Z][\w’'-]+), (?:in|nel|nella|nell’|sul|sulla|vicino a) "
        r"[^,;:«»“”\"()]{3,50}?, "
    ),
}


def _without_place_aside(text: str, language: str) -> str | None:
    """'In Wick, on the Caithness coast, gusts reached 91mph.' -> 'In Wick, gusts reached
    91mph.': the aside that says where a place lies left out (a place's own, after its
    name: what is said of the place holds without it)."""
    m = _PLACE_ASIDE[language].search(text)
    if m is None:
        return None
    aside = text[m.end("name") : m.end()]
    if any(w.islower() and is_finite(w, language) for w in aside.split()[1:]):
        return None  # ", in which ... lived, ": a clause
    if _DIGIT.search(aside) is not None:
        return None
    rest = text[m.end() :]
    after = rest.split(maxsplit=1)[:1]
    if after and after[0].islower() and is_finite(after[0], language):
        # "l’ultimo intervento a Milano, nel quartiere di via Cogne, risale al 2011": the
        # name ends the subject, and its verb follows with no comma
        return text[: m.end("name")] + " " + rest
    return text[: m.end("name")] + ", " + rest


# An opening condition of a few words before the clause ("If approved, ...", "Una volta
# completato, ..."), and the modal or future verbs that keep its clause a condition's.
_CONDITION_OPENING = {
    "en": re.compile(r"^(?:If|Once|Unless) (?:[a-z]+ ){0,2}[a-z]+, "),
    "it": re.compile(r"^(?:Se|Una volta|Qualora) (?:[a-zà-ù]+ ){0,2}[a-zà-ù]+, "),
}
_EN_MODALS = frozenset("would could might will should may can".split())
_IT_MODAL_END = re.compile(r"(?:rebbe|rebbero|rà|ranno|rò)$")


def _without_condition(text: str, language: str) -> str | None:
    """'If approved, the cameras would cost £210,000.' -> 'The cameras would cost £210,000.':
    an opening condition left out where the clause's verb is a modal or a future, which
    still says the fact is to come."""
    m = _CONDITION_OPENING[language].match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if not _clause_start(rest, language):
        return None
    toks = tokens(rest)
    verb = next((t for i, t in enumerate(toks[1:12], 1) if _verb_at(toks, i, language)), None)
    if verb is None:
        return None
    if language == "en" and verb.low not in _EN_MODALS:
        return None
    if language == "it" and _IT_MODAL_END.search(verb.low) is None:
        return None
    return _sentence(rest)


# An aside that names what a figure or a thing includes, between commas inside a clause
# ("would cost £210,000, including signs and markings, and could ..."): left out.
_INCLUDING = {
    "en": re.compile(
        r", (?:including|excluding|among them|such as|especially|mainly|mostly|chiefly) "
    ),
    "it": re.compile(
        r", (?:compres[oaie]|inclus[oaie]|esclus[oaie]|tra cui|fra cui|soprattutto"
        r"|in particolare|principalmente) "
    ),
}
# A relative clause that goes on after such an aside: "l’insieme dei microrganismi, soprattutto
# batteri, | che vivono ...".
_RELATIVE_AFTER = re.compile(r"(?:che|which|that|who) ")


def _without_including(text: str, language: str) -> str | None:
    """'Running costs, including power, would come to £95,000.' -> 'Running costs would come
    to £95,000.': the aside ends at the first comma after which the clause goes on with
    a verb (its own list may hold commas)."""
    m = _INCLUDING[language].search(text)
    if m is None:
        return None
    at = m.end()
    for _ in range(4):
        end = text.find(", ", at)
        if end < 0:
            return None
        if _verb_after(text, end, language) or _RELATIVE_AFTER.match(text, end + 2):
            return text[: m.start()] + " " + text[end + 2 :]
        at = end + 2
    return None


# Words of time that open a sentence before its comma, no name: "Yesterday, the council, ...".
_TIME_WORDS = WHEN_WORDS | frozenset("yesterday today tomorrow ieri oggi domani".split())


def _without_apposition(text: str, language: str) -> str | None:
    """'Macnas, the Galway street theatre company, drew 45,000 people' -> 'Macnas drew 45,000
    people': a phrase between commas that opens with an article after a name, when a verb
    follows it."""
    for m in re.finditer(r"(?<=[\w’)]), ([^,;:«»“”\"()]{3,80}?), ", text):
        inner = m.group(1)
        first = inner.split(" ", 1)[0].lower()
        if first not in _APPOSITION_OPENERS[language]:
            continue
        before = text[: m.start()].split()
        if not before or not before[-1][:1].isupper():
            continue
        if len(before) == 1 and before[0].lower() in _TIME_WORDS:
            continue  # "Yesterday, the council, ...": a frame, no name
        after = text[m.end() :].split(" ", 1)[0]
        if after.lower() in _RELATIVES[language]:
            return text[: m.start()] + text[m.end() - 2 :]  # the relative clause stays
        if after[:1].islower() and "-" not in after and is_finite(after, language):
            return text[: m.start()] + " " + text[m.end() :]
    return None


def _relative_alone(text: str, language: str) -> str | None:
    """'Peter Lowe, who has lived on Johnstone Street for 31 years, said ...' -> 'Peter Lowe
    has lived on Johnstone Street for 31 years.': a relative clause between commas after a
    name, read as a sentence of its own."""
    clause = r"(?:[^,;:«»“”\"()]|,(?=\S)){5,160}?"
    # a lookahead: the clause of one comma is not taken from the next ("X, Y, who ...")
    for m in re.finditer(rf"(?<=[\w’)]), (?=(\w+) ({clause})(?:, |\.$|$))", text):
        relative = m.group(1).lower()
        if relative not in _RELATIVES[language]:
            continue
        clause = m.group(2)
        verb, _, after = clause.partition(" ")
        counted = _counted_things(text[: m.start()], language)
        if counted is not None and _plural_verb(verb, after, language):
            return upper_first(f"{counted} {clause.rstrip('.')}.")
        if verb.lower() in PREPOSITIONS[language] or verb.lower() in ARTICULATED:
            clause = _frame_after_verb(clause, language)  # "che nel 2024| ha accolto"
            verb = clause.split(" ", 1)[0]
        if not (verb.lower() in AUXILIARIES[language] or is_finite(verb, language)):
            continue
        if language == "it" and verb.endswith("no"):
            continue  # a plural verb: the relative may be about several names ("X e Y, che")
        name = _name_before(text[: m.start()], language, person=relative == "who")
        if name is None:
            name = _opening_subject(text[: m.start()], language)
            if (
                name is not None
                and language == "it"
                and name.split()[0].lower() in IT_PLURAL_ARTICLES
            ):
                continue  # "Le imprese del paese, che conta ...": the verb is the village's
        if name is None:
            continue
        return upper_first(f"{name} {clause.rstrip('.')}.")
    return None


_LONGEST_RELATIVE_FRAME = 6  # words of a phrase between a relative pronoun and its verb


def _frame_after_verb(clause: str, language: str) -> str:
    """A relative clause that opens with a short phrase in small letters before its verb,
    the phrase put last: 'nel 2024 ha accolto 40.000 visitatori' -> 'ha accolto 40.000
    visitatori nel 2024'; the clause as it is when no verb follows such a phrase."""
    words = clause.rstrip(".").split()
    for k, word in enumerate(words[1 : _LONGEST_RELATIVE_FRAME + 1], 1):
        if word.isdigit():
            continue  # "nel 2024| ha accolto"
        if not word.isalpha() or not word.islower():
            return clause
        if word in AUXILIARIES[language] or is_finite(word, language):
            return " ".join([*words[k:], *words[:k]])
    return clause


# A name that opens the sentence, and its apposition that a relative clause goes on ("Mari
# Jenkins, a retired teacher who organised the petition, said ...").
_APPOSITION_RELATIVE = {
    "en": re.compile(
        r"^(?P<name>(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+), (?:an? |the )?"
        r"(?:[a-z][\w’'-]* ){0,4}?[a-z][\w’'-]* (?:who|that) "
        r"(?P<clause>[^,;:«»“”\"()]{5,120}), "
    ),
    "it": re.compile(
        r"^(?P<name>(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+), (?:(?:un|una|uno|il|lo|la) |un’|l’)?"
        r"(?:[a-zà-ù][\w’'-]* ){0,4}?[a-zà-ù][\w’'-]* che "
        r"(?P<clause>[^,;:«»“”\"()]{5,120}), "
    ),
}


def _apposition_relative_said(text: str, language: str) -> str | None:
    """'Mari Jenkins, a retired teacher who organised the petition, said ...' -> 'Mari Jenkins
    organised the petition.': the relative clause that goes on a name's apposition said of
    the name (the apposition is one thing, the name's)."""
    m = _APPOSITION_RELATIVE[language].match(text)
    if m is None:
        return None
    clause = m.group("clause")
    verb = clause.split(" ", 1)[0]
    if not (verb.lower() in AUXILIARIES[language] or is_finite(verb, language)):
        return None
    if not verb.islower() or (language == "it" and verb.endswith("no")):
        return None  # a plural verb: the relative is of several things
    return f"{m.group('name')} {clause}."


_COUNTED_END = {
    "it": re.compile(
        r"(?<![\w’'-])(?:\d+(?:[.,]\d+)*|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|"
        r"venti|trenta|cento) (?P<noun>[a-zàèéìòù]{3,})(?P<adjective> [a-zàèéìòù]{3,})?$"
    ),
    "en": re.compile(
        r"(?<![\w’'£$€-])(?:\d+(?:[.,]\d+)*|two|three|four|five|six|seven|eight|nine|ten|"
        r"twenty|thirty|hundred) (?P<adjective>[a-z-]{3,} )?(?P<noun>[a-z]{3,})$"
    ),
}


_MORE = frozenset("more fewer other further less altri altre ulteriori".split())


def _counted_things(text: str, language: str) -> str | None:
    """'Al progetto partecipano 18 apicoltori volontari' -> 'gli apicoltori volontari': the
    things a figure counts at the end of `text`, with the definite article, as what a relative
    clause after them is about; None when the article is not clear ('atleti': men or women)."""
    m = _COUNTED_END[language].search(text)
    if m is None:
        return None
    noun, adjective = m.group("noun"), (m.group("adjective") or "").strip()
    if not _plural_noun(noun, language) or noun in UNITS:
        return None
    if adjective and (adjective in PREPOSITIONS[language] or adjective in ARTICULATED):
        return None
    if adjective in _MORE:
        return None  # "12 more turbines, which ...": not the turbines as a whole
    if language == "en":
        return f"the {' '.join(w for w in (adjective, noun) if w)}"
    if noun.endswith("e") or noun.endswith("trici"):
        article = "le"  # "le guide", "le educatrici"
    elif lemma(noun, "it").endswith("o") or (
        adjective.endswith("i") and lemma(adjective, "it").endswith("o")
    ):
        article = "gli" if takes_lo(noun) or noun[0] in "aeiouàèéìòù" else "i"
    else:
        return None  # "atleti", "abitanti": men, women or both
    return f"{article} {' '.join(w for w in (noun, adjective) if w)}"


def _plural_verb(verb: str, after: str, language: str) -> bool:
    """Whether a word after a relative pronoun is a verb of a plural subject: '-no' in
    Italian; in English an auxiliary or a past of no '-s', or a present in its place
    ('receive £150')."""
    low = verb.lower()
    if language == "it":
        return low.endswith("no") and (low in AUXILIARIES["it"] or is_finite(low, "it"))
    if low in {"is", "was", "has", "does"}:
        return False
    if low in AUXILIARIES["en"] or is_finite(low, "en"):
        return True
    return is_plural_present_at(low, after.split(" ", 1)[0], "en")


_DEFINITE = {
    "en": frozenset("the".split()),
    "it": frozenset("il lo la i gli le".split()),
}


def _opening_subject(text: str, language: str) -> str | None:
    """The whole of `text` when it is a short phrase of a definite article that opens the
    sentence ('The club', 'Il vento'): a relative clause set off after it is about it."""
    words = text.split()
    if not words or len(words) > 5 or any(not w[-1:].isalnum() for w in words):
        return None
    first = words[0].lower()
    if first not in _DEFINITE[language] and not first.startswith("l’"):
        return None
    rest = words[1:] if first in _DEFINITE[language] else words
    if any(w.lower() in PREPOSITIONS[language] or w.lower() in _AND for w in rest):
        return None
    if any(_elided_preposition(w) for w in rest):
        return None  # "I medici dell’Ospedale Maggiore, che ...": the hospital may be meant
    if any(w.lower() in ARTICULATED and after[:1].isupper() for w, after in pairwise(rest)):
        return None  # "La vicenda della Gerini, che dava lavoro ...": the firm may be meant
    if any(w[:1].islower() and is_finite(w, language) for w in rest):
        return None
    return text


def _elided_preposition(word: str) -> bool:
    """Whether a word opens with an elided preposition ('dell’Ospedale', "all'Arena",
    'd’Italia')."""
    head, apostrophe, _ = word.lower().replace("'", "’").partition("’")
    return bool(apostrophe) and (head + "’" in ARTICULATED or head in {"d", "dell", "all"})


_TITLES = frozenset("Professor Dr Sir Dame Lord Lady Mr Mrs Ms Prof Dott Dottor Dottoressa".split())
# Small words inside a name ("Organisation for European Economic Co-operation").
_NAME_GLUE = frozenset("of for and de di da del della dei degli delle van von der".split())


def _glue_with_article(words: list[str], i: int, language: str) -> bool:
    """Whether words[i] is an article after a small word of a name, itself after a capital
    ('Istituto Superiore per le Industrie Artistiche')."""
    return (
        i > 1
        and words[i].lower() in ARTICLES[language]
        and words[i - 1].lower() in _NAME_GLUE | {"per"}
        and words[i - 2][:1].isupper()
    )


def _name_before(text: str, language: str, person: bool) -> str | None:
    """The name that ends `text` ('... said Peter Lowe' -> 'Peter Lowe'), as what a relative
    clause after it is about. A person's name may follow anything ('the physician Oswaldo
    Cruz, who'); another name must be a phrase of its own, opening the sentence or after an
    article ('The Organisation for ..., which'), not the end of a longer phrase ('the meeting
    in Truro, which'; 'il decreto Rilancio, che')."""
    words = text.split()
    run: list[str] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i]
        if word[:1].isupper() and word[-1:].isalnum():
            run.append(word)
        elif run and word.lower() in _NAME_GLUE and i > 0 and words[i - 1][:1].isupper():
            run.append(word)
        elif run and _glue_with_article(words, i, language):  # "per le", "of the"
            run += [word, words[i - 1]]
            i -= 1
        else:
            break
        i -= 1
    if run and run[-1].lower() in OCCUPATIONS | ROLE_WORDS[language]:
        run.pop()  # "Farmer Jonathan Eames, who ...": the name is after the occupation
    given = next((k for k in range(len(run) - 1, 0, -1) if is_given_name(run[k])), None)
    if given is not None and len(run) == len(words):
        # "Glaciologist Professor Tom Whitcombe, who ...": what opens the sentence before the
        # given name is a title or an occupation; a title stays
        while len(run) > given + 1 and run[-1] not in _TITLES:
            run.pop()
    if not run or run[-1][:1].islower():
        return None
    if run[0].lower() in WHEN_WORDS or run[0].lower() in MONTH_WORDS:
        return None
    before = words[-len(run) - 1].lower() if len(run) < len(words) else None
    if person:
        if len(run) == 1 and before is None:
            return None  # a sentence's first word alone
        if before is not None and before[:1].isdigit():
            return None
        if len(run) == 1 and before in ARTICLES[language] and not before.endswith("’"):
            return f"{before} {run[0]}"  # "the Frenchwoman, who ...": a noun, with its article
        opening = words[: -len(run) - 1]
        if before in PREPOSITIONS[language] and _inside_subject(opening, run, language):
            return None  # "Pupils from Ysgol Bro Dinefwr, who ...": the pupils may be meant
        return " ".join(reversed(run))
    if before is None:
        return " ".join(reversed(run))
    if before not in ARTICLES[language] or before.endswith("’"):
        return None
    if _in_participle_aside(words[: -len(run) - 1], language):
        return None  # "a course, run by the Rossi Foundation, which ...": the course's
    return f"{before} {' '.join(reversed(run))}"


def _in_participle_aside(words: list[str], language: str) -> bool:
    """Whether `words` end with a participle that opens an aside after a comma and a
    preposition of its ('a course, | run by'): a relative after the aside is the noun's
    before it, not the name's inside it."""
    return (
        len(words) >= 3
        and words[-3].endswith(",")
        and words[-1].lower() in PREPOSITIONS[language]
        and is_participle(words[-2], language)
    )


def _inside_subject(words: list[str], run: list[str], language: str) -> bool:
    """Whether a name after a preposition (the words before it, and the name's words
    reversed) may be inside a longer phrase a clause after it is about: the phrase opens the
    sentence with no verb before the name ('Pupils from Ysgol Bro Dinefwr'), or the name is
    no person's ('went to Ysgol Bro Dinefwr')."""
    if not any(is_given_name(w) for w in run):
        return True
    return not any(w[:1].islower() and is_finite(w, language) for w in words)


# Participles that give another name ("chiamato anche Sebino", "known until 1923 as ...").
_NAMING = {
    "it": frozenset("chiamato chiamata detto detta noto nota conosciuto conosciuta".split()),
    "en": frozenset("known called named dubbed nicknamed".split()),
}
# English participles that describe a state, said in the present ("based in Trondheim").
_EN_STATES = frozenset("based located situated housed headquartered sited centred centered".split())
_SUBJECT_ASIDE = re.compile(r"^([^,;:«»“”\"()]{2,80}?), ([^,;:«»“”\"()]{3,120}?), ")


# An adverb before an aside's participle: "usually shortened to", "spesso chiamato".
_ASIDE_ADVERB = re.compile(r"^(?:[a-z]{3,}ly|often|also|now|spesso|anche|oggi|ora|comunemente)$")


def _subject_asides(text: str, language: str) -> list[str]:
    """'La struttura, costata 27 milioni di euro, si estende su 4.100 metri quadrati.' ->
    ('La struttura si estende su 4.100 metri quadrati.', 'La struttura è costata 27 milioni
    di euro.'): a participle's aside between the subject and its verb, left out of the
    sentence and said on its own. A relative clause there is only left out."""
    m = _SUBJECT_ASIDE.match(text)
    if m is None:
        return []
    subject, aside = m.group(1), m.group(2)
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT or not _opens_subject(words[0], language):
        return []
    if any(w[:1].islower() and is_finite(w, language) for w in words[1:]):
        return []
    participle = aside.split(" ", 1)[0]
    if _ASIDE_ADVERB.match(participle) and " " in aside:  # "usually shortened to CalMac"
        participle = aside.split(" ", 2)[1]
    relative = participle.lower() in _RELATIVES[language]
    if not relative and (not participle[:1].islower() or not is_participle(participle, language)):
        return []
    rest = text[m.end() :]
    toks = tokens(f"{words[-1]} {rest}")
    at = index_at(toks, len(words[-1]) + 1)
    if language == "it" and 0 < at < len(toks) - 2 and toks[at].low in IT_CLITICS:
        at += 1  # "Il cantiere, affidato ..., si| articolerà"
    if not 0 < at < len(toks) - 1 or not _verb_at(toks, at, language):
        return []
    clause = f"{subject} {rest}"
    if relative:
        return [clause]  # the relative is said alone by _relative_alone
    if participle.lower() in _NAMING[language]:
        return [clause]  # "known until 1923 as ...": another name, for the nicknames
    present = _present_main(toks[at], language) and _lasting(aside, language)
    be = _be(participle, subject, language, present)
    return [clause, f"{subject} {be} {aside.rstrip('.')}."]


# English auxiliaries of a main clause in the present or the future.
_EN_PRESENT_MAIN = frozenset("is are has have will can may must shall does do".split())
# English participles of what is expected, planned or reckoned of a thing ('expected to cost
# £4m', 'scheduled for May', 'valued at £2m'): a state that lasts as long as the main clause.
_EN_RECKONED = frozenset(
    """expected estimated projected forecast predicted scheduled planned set due intended
    valued thought believed considered""".split()
)
_EN_NOT_INFINITIVE = frozenset("the a an its their his her this that these those".split())


# Italian participles of what is expected, planned or reckoned ('previsto per il 2026',
# 'stimato in 4 milioni'), by their stem.
_IT_RECKONED = re.compile(r"^(?:previst|stimat|attes|programmat|fissat|pianificat)[oaie]$")


def _present_main(verb: Token, language: str) -> bool:
    """Whether a main clause's verb is in the present or the future: English 'will cover',
    'is', 'covers'; Italian 'costerà', 'costa' (a verb of its own, not an auxiliary, whose
    tense may be a past's)."""
    if language == "en":
        return verb.low in _EN_PRESENT_MAIN or may_be_present(verb.text, "en")
    if verb.low.endswith(("rà", "ranno")):
        return True
    return (
        verb.low not in AUXILIARIES["it"]
        and verb.low.endswith(("a", "e", "ano", "ono"))
        and is_finite(verb.low, "it")
    )


def _lasting(aside: str, language: str) -> bool:
    """Whether a participle's aside says a state that lasts rather than an event ('expected
    to cost £4m', 'designed to hold 400 people', 'based in Leeds', 'previsto per il 2026';
    not 'founded in 1888'): a participle of reckoning or planning, or in English one followed
    by an infinitive."""
    words = aside.split()
    if not words:
        return False
    low = words[0].lower()
    if language == "it":
        return _IT_RECKONED.match(low) is not None
    if low in _EN_RECKONED or low in _EN_STATES:
        return True
    return (
        len(words) > 2
        and words[1] == "to"
        and words[2].isalpha()
        and words[2].islower()
        and words[2] not in _EN_NOT_INFINITIVE
    )


def _opens_subject(word: str, language: str) -> bool:
    low = word.lower()
    if low in ARTICLES[language] or low.startswith(("l’", "un’")):
        return True
    if low in PREPOSITIONS[language] or low in _LINKS[language] or low in _FRAME_OPENERS[language]:
        return False
    if low in _SUBORDINATORS or low in _CONDITIONS:
        return False  # "If approved, ...": a clause of its own opens the sentence
    head = low.split("’")[0]
    if "’" in low and (head + "’" in _FRAME_OPENERS[language] or head in ARTICULATED):
        return False
    return word[:1].isupper()


def _be(participle: str, subject: str, language: str, present: bool = False) -> str:
    """The form of 'to be' a participle takes after its subject: 'è costata', 'è stato
    battezzato', 'sono stati ...'; 'was taken', 'is based' (`present`: an English aside of a
    state in a clause of the present, 'is expected')."""
    low = participle.lower()
    if language == "en":
        named = all(w[:1].isupper() for w in subject.split() if w.lower() not in _NAME_JOINS)
        plural = not named and _plural_noun(subject.split()[-1], "en")  # a name is one thing
        if low in _EN_STATES or present:
            return "are" if plural else "is"
        return "were" if plural else "was"
    plural = low.endswith(("i", "e"))
    be = "sono" if plural else "è"
    if takes_essere(participle) or present:
        return be  # "è costata"; "è previsto per il 2026"
    stato = {"o": "stato", "a": "stata", "i": "stati", "e": "state"}[low[-1]]
    return f"{be} {stato}"


# Small words inside an English name ("Scottish and Southern Electricity Networks").
_NAME_JOINS = frozenset("and of for the on in at".split())
_AND = frozenset("and e ed".split())
_AND_WORD = re.compile(r" (?:and|e|ed) ")
# Adverbs between "and" and the verb it joins ("and today has 5 million members").
_JOINED_ADVERBS = frozenset("today now also still later then oggi ora anche poi inoltre".split())
# Words that open a clause inside the first verb phrase: an "and" after them may join that
# clause's verbs, not the sentence's.
_SUBORDINATORS = frozenset(
    """who which that where when whose while because if although che cui dove quando mentre
    perché se sebbene""".split()
)
# Other words that open a subordinate clause before the main one ("Once built, ...").
_CONDITIONS = frozenset("once unless though although whether qualora benché poiché".split())
_MAX_SUBJECT = 8


_EN_PAST_AUXILIARIES = frozenset("had was were did".split())


def _present_after_past(toks: list[Token], verb: int, k: int, language: str) -> bool:
    """Whether an English word at `k` could be a verb only as a present in '-s' while the
    clause's verb at `verb` is a past: two verb phrases of one subject share their tense."""
    if language != "en" or toks[k].low in AUXILIARIES["en"] or is_finite(toks[k].text, "en"):
        return False
    first = toks[verb]
    return first.low in _EN_PAST_AUXILIARIES or (
        first.low not in AUXILIARIES["en"] and is_finite(first.text, "en")
    )


# Words that may open a clause of time inside the first verb phrase ("after a tank burst"):
# an "and" after them may join that clause's verbs.
_TIME_LINKS = frozenset("after before since until once dopo prima".split())
_SUBJECT_OPENERS = frozenset(
    "the a an its their his her this these those il lo la i gli le l’ un una uno un’".split()
)


def _verb_phrases_apart(text: str, language: str) -> list[str]:
    """'The lough borders five counties and supplies 40% of the water.' -> 'The lough borders
    five counties.', 'The lough supplies 40% of the water.': each of two verb phrases of one
    subject, the second with the subject."""
    joined = _joined_verb_phrases(text, language)
    if joined is None:
        return []
    first, second = joined
    if ", " in first and participle_list_said(text, language):
        return [second]  # "has bought 12 shops, sold 4": a list's items, said one at a time
    return [_sentence(first) + ".", second] if len(first.split()) >= _SHORTEST_HEAD else [second]


def _joined_verb_phrases(text: str, language: str) -> tuple[str, str] | None:
    """The clause up to the "and" that joins a second verb phrase to it, and that phrase with
    the clause's subject."""
    if _AND_WORD.search(text) is None:
        return None
    toks = tokens(text)
    verb = next(
        (
            i
            for i in range(1, min(len(toks), _MAX_SUBJECT + 1))
            if _verb_at(toks, i, language) or _present_before_place(toks, i, language)
        ),
        None,
    )
    if verb is None or not _opens_subject(toks[0].text, language):
        return None
    if any(t.text in ',;:()«»“”"' for t in toks[:verb]):
        return None
    for j in range(verb + 1, len(toks) - 2):
        low = toks[j].low
        # "ricorda che ogni forma richiede ... e pesa": the second verb is the clause's
        if low in _SUBORDINATORS or toks[j].text in ';:()«»“”"':
            return None
        if low in _TIME_LINKS and toks[j + 1].low in _SUBJECT_OPENERS:
            return None  # "fined £450,000 after a tank burst and sent ...": the tank's verbs
        if low not in _AND:
            continue
        k = j + 1
        adverb = toks[k].text if toks[k].low in _JOINED_ADVERBS else None
        if adverb is not None:
            k += 1
        if _inside_reported(toks, verb, j, k, language):
            return None  # "said the company had ... and had hired": the company's verbs
        if language == "en" and toks[j - 1].low.endswith("ed") and toks[k].low.endswith("ed"):
            continue  # "makes forged and machined parts": two adjectives
        if _second_noun_of_be(toks, verb, k, language):
            continue
        auxiliary = _shared_auxiliary(toks, verb, k, language) or _shared_italian_group(
            toks, verb, k, language
        )
        if auxiliary is not None:
            subject = text[: toks[verb].start].rstrip()
            phrase = text[toks[k].start :].rstrip()
            return text[: toks[j].start].rstrip(" ,"), f"{subject} {auxiliary} {phrase}"
        if _present_after_past(toks, verb, k, language) and not _same_past_verb(toks, k):
            continue  # "had paid farmers and cities $400 million": a plural noun, no verb
        if toks[k].text[:1].islower() and _verb_at(toks, k, language, toks[verb - 1].text):
            subject = _without_clitic(text[: toks[verb].start].rstrip(), language)
            phrase = text[toks[k].start :].rstrip()
            first = text[: toks[j].start].rstrip(" ,")
            if adverb is None:
                return first, f"{subject} {phrase}"
            end = phrase[-1] if phrase[-1:] in ".!" else "."
            return first, f"{subject} {phrase.rstrip('.!')} {adverb}{end}"  # "today" goes last
    return None


def _without_clitic(subject: str, language: str) -> str:
    """The subject without the clitic of the first verb that ends it: 'la squadra si| allenerà
    e giocherà' -> 'la squadra' (the second verb takes none)."""
    head, _, last = subject.rpartition(" ")
    return head if language == "it" and head and last.lower() in IT_CLITICS else subject


def _second_noun_of_be(toks: list[Token], verb: int, k: int, language: str) -> bool:
    """Whether the '-ed' word after 'and', in a clause whose verb is 'be', is an adjective of a
    second noun the verb joins to its subject ('is the professional association and
    registered trade union for doctors'), not a past with an object: a singular noun after it
    needs an article or a figure to be one."""
    if language != "en" or toks[verb].low not in _EN_BE_FORMS:
        return False
    word = toks[k].low
    return word.endswith("ed") and k + 1 < len(toks) and not _object_opens(toks, k, language)


def _inside_reported(toks: list[Token], verb: int, j: int, k: int, language: str) -> bool:
    """Whether the clause's verb at `verb` reports a clause with a verb of its own before the
    'and' at `j` ('Rowe said the company had run ... and had hired 18 workers'): a verb
    phrase after that 'and' is the reported subject's, unless it reports too ('... and added
    that ...')."""
    word = toks[verb].low
    if language == "it":
        if word not in AUXILIARIES["it"] or verb + 1 >= len(toks):
            return False
        word = toks[verb + 1].low
        if word not in SAY_VERBS["it"]:
            return False
    elif word not in _EN_REPORTING_SET:
        return False
    if toks[k].low in _EN_REPORTING_SET or toks[k].low in SAY_VERBS[language]:
        return False
    return any(_verb_at(toks, i, language) for i in range(verb + 2, j))


# Prepositions of place a verb such as 'stands', 'lies' takes: 'Shrewsbury stands on a loop
# of the Severn'.
_EN_PLACE_AFTER = frozenset(
    "on in at near by beside along across between within above below over under".split()
)


def _present_before_place(toks: list[Token], i: int, language: str) -> bool:
    """Whether an English '-s' form right after the clause's subject and before a preposition
    of place is its verb ('Shrewsbury stands on a loop of the Severn and has ...'), where
    the subject is a name or a singular noun after its article (not 'the council’s plans
    for', '12 links in', 'the new homes in'): asked only of a clause with a second verb
    phrase after 'and' (see _joined_verb_phrases)."""
    if language != "en" or i + 1 >= len(toks) or toks[i + 1].low not in _EN_PLACE_AFTER:
        return False
    word = toks[i].low
    if not may_be_present(word, "en") or not is_verb_lemma(lemma(word, "en")):
        return False
    subject = toks[:i]
    if all(t.text[:1].isupper() and t.text.isalpha() for t in subject):
        return True  # a name
    head = subject[-1]
    return (
        len(subject) >= 2
        and subject[0].low in ARTICLES["en"]
        and all(t.text.isalpha() and t.text.islower() for t in subject[1:])
        and not may_be_present(head.low, "en")
    )


_EN_BE_PARTICIPLE = frozenset("been".split())
_IT_ESSERE_PARTICIPLE = frozenset("stato stata stati state".split())


def _object_opens(toks: list[Token], k: int, language: str) -> bool:
    """Whether the token after `k` opens an object or a complement: a figure, an article or a
    determiner, a preposition (not the end of the text: 'and closed' says too little)."""
    return k + 1 < len(toks) and opens_object(toks[k + 1].text, language)


def _same_past_verb(toks: list[Token], k: int) -> bool:
    """Whether an English past of the same form as its present ('cost', 'cut', 'set') is a
    verb after 'and': an object opens after it ('and cost £740,000')."""
    return toks[k].low in _EN_SAME_PAST and _object_opens(toks, k, "en")


def _shared_auxiliary(toks: list[Token], verb: int, k: int, language: str) -> str | None:
    """The auxiliary a second participle after 'and' shares with the clause's verb ('has
    bought 12 shops and sold 4' -> 'has'; 'è stato fondato nel 1990 e ampliato' -> 'è
    stato'), when the clause's verb is an auxiliary and a participle and an object opens
    after the second participle; None otherwise."""
    first = toks[verb]
    if first.low not in AUXILIARIES[language] or verb + 2 >= len(toks):
        return None
    group = [first.text]
    at = verb + 1
    if toks[at].low in _EN_BE_PARTICIPLE | _IT_ESSERE_PARTICIPLE:
        group.append(toks[at].text)
        at += 1
    if at >= len(toks) or not is_participle(toks[at].low, language):
        return None
    second = toks[k]
    if not second.text.islower() or not is_participle(second.low, language):
        return None
    if not _object_opens(toks, k, language):
        return None
    if language == "it" and len(group) == 1 and second.low[-1:] != toks[at].low[-1:]:
        return None  # "ha acquistato ... e venduti": another agreement, another subject
    return " ".join(group)


# Italian modals, whose infinitive a second one after "e" shares them with: "dovrebbero
# partire nel 2027 e durare sei anni".
_IT_MODAL_LEMMAS = frozenset("potere dovere volere".split())


def _shared_italian_group(toks: list[Token], verb: int, k: int, language: str) -> str | None:
    """The Italian verb a second infinitive or adjective of dimension after 'e' shares with
    the clause's ('dovrebbero partire nel 2027 e durare sei anni' -> 'dovrebbero'; 'sarà alta
    58 metri e lunga 640 metri' -> 'sarà'), when an object or a figure opens after it; None
    otherwise."""
    if language != "it" or verb + 1 >= len(toks):
        return None
    first, after, second = toks[verb].low, toks[verb + 1].low, toks[k].low
    if not toks[k].text.islower() or k + 1 >= len(toks):
        return None
    if not _object_opens(toks, k, language) and toks[k + 1].low not in _NUMBER_WORDS["it"]:
        return None
    if lemma(first, "it") in _IT_MODAL_LEMMAS:
        infinitives = [w for w in (after, second) if w.endswith(("are", "ere", "ire", "rre"))]
        if len(infinitives) == 2 and all(lemma(w, "it") == w for w in infinitives):
            return toks[verb].text
        return None
    if lemma(first, "it") != "essere" or not IT_DIMENSION_ADJECTIVE.fullmatch(after):
        return None
    if not IT_DIMENSION_ADJECTIVE.fullmatch(second) or second[-1] != after[-1]:
        return None  # another agreement, another noun
    return toks[verb].text if toks[k + 1].text[:1].isdigit() else None


_PARENTHESES = re.compile(r" \([^()]{0,40}\d[^()]{0,40}\)(?=[\s,.;:])")


def _without_parentheses(text: str, language: str) -> str | None:
    """'The lake stood at 1,067 feet (325 metres) above sea level.' -> '... at 1,067 feet
    above sea level.': a figure in brackets, another unit's or a range's."""
    out = _PARENTHESES.sub("", text)
    return out if out != text and len(out) > 20 else None


# A speaker's frame before what is reported: "The council said (that) ...", "Il sindaco ha
# spiegato che ...". The reported clause is said on its own.
# The verbs _REPORTED reads after an English subject, and the words one of which a text holds
# between spaces for it to be read at all (the pattern tries each frame length, each aside).
_EN_REPORTING = [
    *(v for v in SAY_VERBS["en"] if v not in {"told", "wrote", "replied"}),
    *"""confirmed estimated estimates reported expects expected believes believed projects
    predicts forecasts calculates calculated""".split(),
]
_EN_REPORTING_SET = frozenset((*_EN_REPORTING, "told"))
_REPORTING_WORDS = {"en": frozenset(_EN_REPORTING), "it": frozenset(("ha", "hanno"))}
_REPORTED = {
    "en": re.compile(
        r"^(?P<frame>[^,;:«»“”\"()]{2,60}?(?:, [^,;:«»“”\"()]{2,80}?,)?) (?:"
        + "|".join(_EN_REPORTING)
        + r")(?: that)? "
        r"(?P<clause>.+)$"
    ),
    "it": re.compile(
        r"^(?P<frame>[^,;:«»“”\"()]{2,60}?(?:, [^,;:«»“”\"()]{2,80}?,)?) (?:ha|hanno) (?:"
        + "|".join(SAY_VERBS["it"])
        + r"|confermato|ricordato|stimato|calcolato|reso noto) che (?P<clause>.+)$"
    ),
}
# First and second persons: what a quotation says of "us" is no statement of the text's.
_PERSONAL = {
    "en": re.compile(r"(?i)(?<![\w’'-])(?:i|we|us|our|my|me|you|your)(?![\w’'-])"),
    "it": re.compile(
        r"(?i)(?<![\w’'-])(?:io|noi|ci|nostro|nostra|nostri|nostre|mio|mia|voi|abbiamo|"
        r"siamo|sono stato|ho|vogliamo|possiamo|dobbiamo)(?![\w’'-])"
    ),
}
_QUOTED_CLAUSE = re.compile(
    r"^[“\"«](?P<clause>[^“”\"«»]{10,300}?)[,.]?[”\"»],? (?P<frame>[^“”\"«»]{2,60})$"
)


_SENTENCE_ENDS = frozenset('.!"”»')
# Words that open a clause inside a reported clause ("said that when ..., ...").
_OPENING_WORDS = frozenset("if although because since after before unless appena benché".split())
# A second clause reported by the same verb: "... sarà completato entro il 2026 e che ...".
_SECOND_REPORTED = re.compile(r",? (?:e|ed|and|ma|but) (?:che|that) ")
_PRONOUNS = frozenset(
    """it he she they this these those his her its their lui lei loro esso essa essi suo sua
    suoi sue""".split()
)


def _reported_alone(text: str, language: str) -> str | None:
    """'Keane said the total had passed €62,000 by Thursday.' -> 'The total had passed
    €62,000 by Thursday.'; '"Walkers will have to travel 17 miles," he said.' -> 'Walkers will
    have to travel 17 miles.'"""
    if text.rstrip()[-1:] not in _SENTENCE_ENDS:
        return None  # a headline or a standfirst, written without articles
    m = _QUOTED_CLAUSE.match(text)
    if m is not None:
        frame = m.group("frame").rstrip(".")
        if not any(v in frame.split() for v in SAY_VERBS[language]):
            return None
        clause = m.group("clause")
    else:
        if _REPORTING_WORDS[language].isdisjoint(text.split(" ")):
            return None  # the cheap test first: no verb that reports, or its auxiliary
        m = _REPORTED[language].match(text)
        if m is None:
            return None
        head = m.group("frame").partition(", ")[0]  # before an aside
        if any(v in _SUBORDINATORS for v in head.lower().split()):
            return None
        clause = m.group("clause")
    if _PERSONAL[language].search(clause) or not _clause_start(upper_first(clause), language):
        return None
    first = clause.split(" ", 1)[0].lower()
    if first in _PRONOUNS:
        return None  # "it carries ...": who 'it' is, reference.reported_of_reporter says
    if first in _SUBORDINATORS or first in _OPENING_WORDS:
        return None  # "said that when her school paid ...": a clause inside the clause
    clause = _SECOND_REPORTED.split(clause, maxsplit=1)[0]
    clause = FRAME_GOES_ON[language].split(clause, maxsplit=1)[0].rstrip()
    if clause[-1:] in ".!" or clause[-2:] in {'."', ".”", ".»"}:
        return upper_first(clause)
    return upper_first(clause + ".")


# Words that open a clause before the main one ("When the dam burst, ...", "Dopo che la
# giunta ha votato, ...").
_OPENING_CLAUSE = {
    "en": re.compile(
        r"^(?:When|After|Before|Although|Though|While|Since|Because|As soon as|Once) "
    ),
    "it": re.compile(r"^(?:Quando|Dopo che|Mentre|Sebbene|Benché|Poiché|Anche se|Appena) "),
}


def _opening_clause_apart(text: str, language: str) -> list[str]:
    """'After the storm closed the road in 2019, 40 homes lost power.' -> '40 homes lost
    power.' and 'The storm closed the road in 2019.', each when it is a clause with its
    subject (the opening one not of 'we' or 'I')."""
    m = _OPENING_CLAUSE[language].match(text)
    if m is None:
        return []
    head, comma, rest = text.partition(", ")
    if not comma or len(head.split()) > 16:
        return []
    out = []
    if _clause_start(rest, language) and not _LIST_GOES_ON.match(rest):
        out.append(_sentence(rest))
    clause = head[m.end() :]
    if not _PERSONAL[language].search(clause) and _clause_start(clause, language):
        out.append(_sentence(clause) + ".")
    return out


def _opening_main_clause(text: str, language: str) -> str | None:
    """'Before it closed, it delivered 127 babies.' -> 'It delivered 127 babies.'; 'Last year
    it delivered 127 babies.' -> 'It delivered 127 babies last year.'; 'Quando è stato
    aperto, contava 200 posti.' -> 'Contava 200 posti.': the main clause after an opening
    clause or phrase, when its subject is a pronoun or (Italian) unsaid, for reference.py to
    name from the sentence before."""
    if not _OPENS_MAIN_CLAUSE[language].match(text):
        return None
    if language == "it":
        unsaid = _unsaid_after_frame(text)
        if unsaid is not None:
            return unsaid
    split = opening_split(text, language)
    if split is not None:
        frame, rest = split
        if _ANAPHORIC.search(frame):
            return None
        main = frame_placed(rest, lowered_frame(frame), language)
    else:
        head, comma, rest = text.partition(", ")
        if not comma or len(head.split()) > 16 or _QUOTES_ANY.search(head):
            return None
        opening = _OPENING_CLAUSE[language].match(head)
        if opening is None:
            words = head.split()
            if len(words) > _MAX_FRAME or not _frames(words, language):
                return None
            if any(is_finite(w, language) for w in words[1:] if w[:1].islower()):
                return None
            main = frame_placed(rest, _lower_opening(head), language)
        else:
            words = head.split()
            at = len(opening.group(0).split())
            own = words[at] if at < len(words) else ""
            if language == "en" and own.lower() != rest.split(" ", 1)[0].lower():
                return None  # "When the plant opens, it ...": 'it' may be the plant
            if language == "it" and not (own in AUXILIARIES["it"] or is_finite(own, "it")):
                return None
            main = _sentence(rest)
    if main is None:
        return None
    first = main.split(" ", 1)[0]
    if first.lower() in PRONOUNS[language]:
        return main
    if language == "it" and (first.lower() in AUXILIARIES["it"] or is_finite(first.lower(), "it")):
        return main
    return None


# An Italian phrase of time before a verb with its subject unsaid: 'Nel 2024 ha assunto',
# 'Lo scorso anno, ha chiuso'.
_IT_FRAME_BEFORE_VERB = re.compile(
    r"^(?P<frame>(?:Nel|Dal|Fino al|Entro il) (?:\d{4}|\d{1,2} [a-z]+ \d{4})"
    r"|(?:Lo|La) (?:scors[oa]|prossim[oa]) (?:anno|mese|settimana|stagione|estate|inverno)"
    r"|L’anno (?:scorso|prossimo)|Ieri|Oggi),? (?P<rest>[a-zàèéìòù].+)$"
)


def _unsaid_after_frame(text: str) -> str | None:
    """'Nel 2024 ha assunto 212 dipendenti.' -> 'Ha assunto 212 dipendenti nel 2024.': an
    Italian clause with its subject unsaid after a phrase of time, the phrase put after
    the verb's words, for reference.py to name the subject from the sentence before."""
    m = _IT_FRAME_BEFORE_VERB.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    first = rest.split(" ", 1)[0]
    if not (first in AUXILIARIES["it"] or is_finite(first, "it")):
        return None
    placed = frame_placed(f"Esso {rest}", lowered_frame(m.group("frame")), "it")
    return None if placed is None else upper_first(placed.removeprefix("Esso "))


# What a sentence opens with before a main clause whose subject may be a pronoun: a
# subordinating word, a preposition or a word of time (a cheap test before the others).
_OPENS_MAIN_CLAUSE = {
    "en": re.compile(
        r"^(?:When|After|Before|Although|Though|While|Since|Because|As soon as|Once|Last|This|"
        r"Next|Earlier|Later|Yesterday|Today|On|In|At|By|During|Over|From|Until|Throughout) "
    ),
    "it": re.compile(
        r"^(?:Quando|Dopo|Mentre|Sebbene|Benché|Poiché|Anche se|Appena|Nel|Nell’|Nei|Negli|"
        r"Dal|Dall’|Ieri|Oggi|Lo scorso|La scorsa|L’anno|Quest’|Questo|Questa|In|A|Per|Con|"
        r"Durante|Entro|Tra|Fra|Prima) "
    ),
}


# A second clause with a subject of its own after "and" / "e" / "but" / "ma".
_JOINED_CLAUSE = re.compile(
    r"(?:,? (?:and|e|ed)|, (?:but|ma)) "
    r"(?=(?:[A-Z]|(?:the|il|lo|la|i|gli|le|l’|its|la sua|il suo|their) |" + _PARTITIVE_COUNT + "))"
)


_WITH = re.compile(r"\b(?:with|con)\b")


def _clauses_apart(text: str, language: str) -> list[str]:
    """'Il vino è il più esportato della regione e la sua zona comprende quattro province.'
    -> the two clauses, each a sentence, when each has its subject and verb."""
    for m in _JOINED_CLAUSE.finditer(text):
        first, second = text[: m.start()], text[m.end() :]
        if first[-1:].isalpha() and first.rsplit(" ", 1)[-1][:1].isupper() and second[:1].isupper():
            continue  # "the Maritime and Coastguard Agency": one name
        if _WITH.search(first[first.rfind(",") + 1 :]):
            continue  # "with the first phase in 2027 and the final stand completed by 2030"
        if not _clause_start(first, language) or not _clause_start(second, language):
            continue
        last = first.rfind(", ")
        inside = first[last + 2 :].lower().split() if last >= 0 else first.lower().split()[1:]
        if not m.group(0).startswith(",") and any(w in _SUBORDINATORS for w in inside):
            continue  # "... dove secondo l’Istituto per la protezione e la ricerca": inside
        if not _reported_has_verb(first, language):
            continue  # "said 22 nurses from India and the Philippines are due ...": one subject
        return [_sentence(first) + ".", _sentence(second)]
    return []


# Words after which a clause is reported: "that", "che", a verb of saying.
_REPORTING = {
    "en": frozenset(["that", *SAY_VERBS["en"], "says", "confirmed", "estimated", "expects"]),
    "it": frozenset(["che", *SAY_VERBS["it"]]),
}


def _reported_has_verb(first: str, language: str) -> bool:
    """Whether the words after the last 'that' or verb of saying of `first` hold a verb of
    their own: without one, an 'and' after them joins two nouns of the reported clause's
    subject, not two clauses ('says that 22 nurses from India and the Philippines are ...')."""
    toks = tokens(first)
    last = max((i for i, t in enumerate(toks) if t.low in _REPORTING[language]), default=None)
    if last is None or last == len(toks) - 1:
        return True
    return any(_verb_at(toks, i, language) for i in range(last + 1, len(toks)))


# Gerunds after a comma that say no deed of the subject ("including", "according to") or
# that report ("adding that ..."), and "-ing" words no verb.
_NOT_DEEDS = frozenset(
    """including according following excluding regarding concerning depending starting
    beginning ranging during pending saying adding warning urging calling describing claiming
    arguing insisting noting telling stressing explaining nothing something anything
    everything morning evening building meeting ricordando sottolineando annunciando
    citando spiegando aggiungendo dicendo indicando precisando evidenziando""".split()
)
# Words in the clause before the gerund that leave its subject or its tense in doubt: another
# clause ("that", "and"), what is only expected ("expected", "could").
_DOUBTS = frozenset(
    """that which who whose where when while because if and or but as than expected due
    set likely planned scheduled could would should may might must can che cui dove quando
    mentre perché se e ed o ma come previsto prevista previsti previste potrebbe potrebbero
    dovrebbe dovrebbero può possono deve devono""".split()
)
_NO_SUBJECT = {
    "en": frozenset("it he she they this that there these those we i you".split()),
    "it": frozenset("lui lei loro questo questa ci si".split()),
}
_GERUND_AFTER = re.compile(
    r", (?P<gerund>[a-zàèéìòù]{5,}) (?P<rest>(?:[^,;:«»“”\"()]|(?<=\d)[,.:](?=\d)){3,120}?)"
    r"(?=, |[.;]$|$)"
)


def _gerund_said(text: str, language: str) -> str | None:
    """'The aircraft landed at 10:40, completing the hop in 22 minutes.' -> 'The aircraft
    completed the hop in 22 minutes.'; 'La squadra ha chiuso il girone, superando il Rovigo
    di 4 punti.' -> 'La squadra ha superato il Rovigo di 4 punti.': a gerund clause after the
    first comma of a clause of one subject and one verb, said of that subject in the tense of
    that verb."""
    text = _WIRE_DATELINE.sub("", text, count=1)
    m = _GERUND_AFTER.search(text)
    if m is None or "," in text[: m.start()] or ": " in text[: m.start()]:
        return None  # "... are: a park-and-ride service, running ...": the service runs
    gerund = m.group("gerund")
    if gerund in _NOT_DEEDS | _CHANGES or not is_gerund(gerund, language):
        return None
    if _list_goes_on(text[m.end() :], language):
        return None
    found = _subject_and_tense(text[: m.start()], language)
    if found is None:
        return None
    subject, tense, plural = found
    verb_on = text[len(subject) : m.start()].split()[:2]
    if plural and len(verb_on) == 2 and verb_on[0].lower() in _COPULA_WORDS:
        if verb_on[1].lower() in _ONE_OPENERS:
            return None  # "The elements are a bus service ..., running every 20 minutes"
    if language == "en":
        finite = english_finite(gerund, tense, plural)
    else:
        finite = italian_finite(gerund, tense, plural)
    rest = _PURPOSE.split(m.group("rest"), maxsplit=1)[0].rstrip(" .")
    if finite is None or _PERSONAL[language].search(rest) or rest.split()[0] in _AND:
        return None
    return f"{subject} {finite} {rest}."


# A plural subject's copula and a singular noun after it, one of a list: a gerund after the
# noun phrase is the noun's ("The river is a tributary ..., flowing": one thing, the river's).
_COPULA_WORDS = frozenset("is are was were è sono era erano fu furono".split())
_ONE_OPENERS = IT_INDEFINITE | {"a", "an"}
# Gerunds of a change of a figure ("..., falling to 34 once operational"): the figure
# before them is their subject, not the clause's.
_CHANGES = frozenset(
    """falling rising dropping increasing decreasing climbing growing declining reaching
    totalling totaling peaking slipping jumping soaring doubling halving scendendo salendo
    crescendo calando aumentando diminuendo arrivando toccando""".split()
)
# What a clause's purpose or cause adds after its fact: "... into four lots so that ...".
_PURPOSE = re.compile(r" (?:so that|in order to|so as to|because|per far sì che|affinché|perché) ")


def _list_goes_on(after: str, language: str) -> bool:
    """Whether the text after a clause cut at a comma goes on with no verb of its own: the
    comma was inside a list or before an aside of the clause ('tra conti correnti, immobili
    e due yacht'), and the clause alone would say less than it does."""
    if not after.startswith(", "):
        return False
    segment = re.split(r"[,;:.]", after[2:], maxsplit=1)[0]
    toks = tokens(f"X {segment}")
    if any(_verb_at(toks, i, language) for i in range(1, len(toks))):
        return False
    goes_on = after[2 + len(segment) :].startswith(", ")
    return goes_on or any(t.low in _AND | {"or", "o"} for t in toks)


def _subject_and_tense(
    clause: str, language: str, passive: bool = False
) -> tuple[str, str, bool] | None:
    """(the subject, the tense of the verb, whether the subject is plural) of a clause that
    opens with its subject and has one verb group and no other clause; None when in doubt,
    or when the verb is a passive, unless `passive` lets it be."""
    toks = tokens(clause)
    if len(toks) < 3 or not _opens_subject(toks[0].text, language):
        return None
    if toks[0].low in _NO_SUBJECT[language] or toks[0].low in _LINKS[language]:
        return None
    verb = next(
        (i for i in range(1, min(len(toks) - 1, _MAX_SUBJECT + 1)) if _verb_at(toks, i, language)),
        None,
    )
    if verb is None or any(not t.text[:1].isalnum() and t.text not in "’'" for t in toks[:verb]):
        return None
    if any(t.low in _DOUBTS or t.low in _SUBORDINATORS for t in toks):
        return None
    if any(t.low in SAY_VERBS[language] or t.text in '«»“”"' for t in toks):
        return None
    if language == "it" and toks[verb - 1].low in {"si", "ci", "ne"}:
        return None  # "La squadra si è imposta": a reflexive verb
    subject = clause[: toks[verb].start].rstrip()
    first, after = toks[verb].low, toks[verb + 1].low
    if not passive and _passive(toks, verb, language):
        return None  # "The plans have been approved, ending ...": the approval ends it
    if language == "en":
        plural = first in {"are", "were", "have"} or (
            first not in AUXILIARIES["en"] and _plural_noun(toks[verb - 1].text, "en")
        )
        if first == "will" or (first in {"is", "are"} and after == "to"):
            return subject, FUTURE, plural  # "is to build"
        if first in {"is", "are"} and not is_participle(after, "en"):
            return subject, PRESENT, plural
        if first in {"is", "are", "has", "have", "does", "do"} or may_be_present(
            toks[verb].text, "en"
        ):
            return (
                (subject, PRESENT, plural)
                if first not in {"has", "have"}
                else (
                    subject,
                    PAST,
                    plural,
                )
            )
        return subject, PAST, plural
    plural = first.endswith("no")
    if first.endswith(("rà", "ranno")):
        return subject, FUTURE, plural
    if first in AUXILIARIES["it"] and is_participle(after, "it"):
        return subject, PAST, plural
    if first.endswith(("ò", "ì", "rono", "ette", "ettero")) and first not in AUXILIARIES["it"]:
        return subject, PAST, plural
    return None


# A dateline before a report's first words: "EXETER – ", "LAND'S END, 14 May — ".
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý’'. -]{1,40}(?:, \d{1,2} [A-Z][a-z]+)?(?: \([^()]{2,30}\))? [–—-] "
)
_EN_BE_FORMS = frozenset("is are was were be been being".split())


def _passive(toks: list[Token], verb: int, language: str) -> bool:
    """Whether the verb group at `verb` is a passive ('have been approved', 'was given', 'è
    stato approvato', 'sono state chiuse')."""
    group = [t.low for t in toks[verb : verb + 4]]
    if language == "en":
        return any(
            w in _EN_BE_FORMS and i + 1 < len(group) and is_participle(group[i + 1], "en")
            for i, w in enumerate(group)
        )
    return any(w in {"stato", "stata", "stati", "state", "viene", "vengono"} for w in group)


# A clause of its own after "when", "after", "while" inside a sentence: "... when ecologists
# found a roost of 60 bats".
_INNER_WORDS = {
    "en": ("when", "after", "while", "because", "although", "though", "whereas", "where"),
    "it": ("quando", "dopo che", "mentre", "poiché", "sebbene", "benché", "dove"),
}
# A clause of place, set off after its noun: its own subject and verb, a modal too ("la tratta
# sud, dove i cantieri dovrebbero concludersi nel 2026").
_WHERE = frozenset({"where", "dove"})
# A full stop and a capital inside what reads as one sentence: an abbreviation ("a.C.") ended it.
_SENTENCE_BREAK = re.compile(r"\.\s+[A-ZÀ-Ý]")
_INNER_CLAUSE = {
    lang: re.compile(rf"(?<=[\w’)]),? (?:{'|'.join(words)}) ")
    for lang, words in _INNER_WORDS.items()
}
# Words before the subordinator that make its clause a question or a condition ("asked when
# ...", "only when ...").
_NOT_SAID_BEFORE = frozenset(
    """asked ask asks know knew known unclear clear decide decided wondered sure explain
    explained only even except unless until chiesto sapere capire spiegato solo anche
    tranne""".split()
)


def _inner_clause_alone(text: str, language: str) -> str | None:
    """'The roost was found in 2019 when ecologists counted 60 bats in the loft.' ->
    'Ecologists counted 60 bats in the loft.': a clause after 'when', 'after', 'while' inside
    the sentence, with a subject of its own (an article's phrase, a name, a figure), said on
    its own up to the next comma."""
    if _QUOTES_ANY.search(text):
        return None
    text = _WIRE_DATELINE.sub("", text, count=1)
    for m in _INNER_CLAUSE[language].finditer(text):
        before = text[: m.start()].split()
        last = before[-1].lower().strip(",") if before else ""
        if not last or last in _NOT_SAID_BEFORE or last in _REPORTING[language]:
            continue  # "said that when meals were free, ...": a condition of what is said
        where = m.group().strip(" ,").lower() in _WHERE
        if where and not m.group().startswith(","):
            continue  # "the place where ...": the clause tells which place
        clause = re.split(r", |; |: ", text[m.end() :], maxsplit=1)[0].rstrip(" .")
        if _list_goes_on(text[m.end() + len(clause) :], language):
            continue
        if not (_clause_start(clause, language) or _bare_plural_clause(clause, language)):
            continue
        if _PERSONAL[language].search(clause):
            continue
        if _SENTENCE_BREAK.search(clause):
            continue  # "... nell’VIII secolo a.C. La città fu distrutta": two sentences
        if not where and any(w.lower() in _MODALS for w in clause.split()):
            continue
        if clause.split()[0].lower() in _NO_SUBJECT[language]:
            continue
        return _sentence(clause) + "."
    return None


def _bare_plural_clause(clause: str, language: str) -> bool:
    """Whether an English clause opens with a plural noun and its verb right after it
    ('ecologists found a roost', 'residents collected 4,000 signatures')."""
    toks = tokens(clause)
    if language != "en" or len(toks) < 3 or not toks[0].text.islower():
        return False
    if not _plural_noun(toks[0].text, "en"):
        return False
    verb = toks[1]
    return verb.low in AUXILIARIES["en"] or (verb.text.islower() and is_finite(verb.text, "en"))


_QUOTES_ANY = re.compile(r"[«»“”\"]")
_MODALS = frozenset(
    "could would might may should must can potrebbe potrebbero dovrebbe dovrebbero".split()
)


# A superlative set off after a name: "Il ghiacciaio dell’Adamello, il più esteso delle Alpi
# italiane, ha perso ...", "Blakeney Point, the largest colony in England, ...".
_SUPERLATIVE_APPOSITION = re.compile(
    r"^(?P<name>[^,;:«»“”\"()]{3,60}), "
    r"(?P<np>(?:(?:il|la|lo|i|gli|le|the) |l’)[^,;:«»“”\"()]{3,80}?)(?:,|$)"
)
_SUPERLATIVE = re.compile(
    r"\b(?:più|meno|most|least|[a-z]{3,}est|first|primo|prima|unico|unica|only)\b"
)


def _superlative_said(text: str, language: str) -> str | None:
    """'Il ghiacciaio dell’Adamello, il più esteso delle Alpi italiane, ha perso ...' -> 'Il
    ghiacciaio dell’Adamello è il più esteso delle Alpi italiane.'"""
    m = _SUPERLATIVE_APPOSITION.match(text)
    if m is None or _SUPERLATIVE.search(m.group("np")) is None:
        return None
    name = m.group("name")
    first = name.split(" ", 1)[0]
    if first.lower() in _FRAME_OPENERS[language] or first.lower() in PREPOSITIONS[language]:
        return None  # "Despite its size, it is the largest ...": a frame, no name
    if not _opens_subject(first, language) or any(
        w[:1].islower() and (is_finite(w, language) or may_be_present(w, language))
        for w in name.split()[1:]
    ):
        return None  # "Tregaron lies at the edge of X, the largest ...": a clause, no name
    be = "is" if language == "en" else "è"
    return f"{name} {be} {m.group('np').rstrip('.')}."


_COUNT = {
    lang: r"\d[\d.,]*(?![\d.,])|(?i:" + "|".join(words) + ")"
    for lang, words in _NUMBER_WORDS.items()
}
_PART_HEDGES = {
    "it": r"almeno|circa|oltre|quasi|ben|solo|appena",
    "en": r"about|around|nearly|almost|some|over|roughly|more than|fewer than|at least",
}
_SHARES = r"\d[\d.]*%|\d[\d.]* per ?cent|half|a third|a quarter|two-thirds|three-quarters"
_EN_PART = re.compile(
    rf"(?<![\w’'-£$€])(?P<whole>{_COUNT['en']}) (?P<noun>[a-z]{{3,}}), "
    rf"(?P<hedge>(?:{_PART_HEDGES['en']}) )?(?P<part>{_SHARES}|{_COUNT['en']}) of (?:whom|which) "
    r"(?P<rest>[a-z][^,;:()«»“”\"]{3,120}?)(?=[,;.]|$)"
)
_IT_PART = re.compile(
    rf", di cui (?P<hedge>(?:{_PART_HEDGES['it']}) )?(?P<part>{_COUNT['it']}) "
    r"(?P<tail>[a-zàèéìòù][^,;:()«»“”\"]{2,120}?)(?=[,;.]|$)"
)
_IT_COUNTED = re.compile(rf"(?<![\w’'-])(?P<whole>{_COUNT['it']}) (?P<noun>[a-zàèéìòù]{{3,}})")
# Nouns that measure rather than count ("41 milioni di euro, di cui 36 ..."): the part is no
# number of them.
_MEASURES = UNITS | frozenset(
    "milioni miliardi mila million billion thousand euro sterline dollari pounds".split()
)


def _figure(text: str, language: str) -> float | None:
    """The value of a count in digits or words: '1.200' (Italian), '1,200' (English)."""
    low = text.lower()
    if low in _NUMBER_WORDS[language]:
        return float(_NUMBER_WORDS[language][low])
    thousands = "." if language == "it" else ","
    digits = low.replace(thousands, "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _smaller(part: str, whole: str, language: str) -> bool:
    a, b = _figure(part, language), _figure(whole, language)
    return a is not None and b is not None and a < b


def _part_said(text: str, language: str) -> list[str]:
    """'Hanno corso 512 atleti, di cui 214 donne.' -> '214 atleti sono donne.'; 'the 212
    claimants, 94% of whom are women' -> '94% of the claimants are women.'; 'tags on 14
    ospreys, eight of them chicks and six adults' -> 'Eight of the ospreys were chicks.', 'Six
    of the ospreys were adults.': the part of a counted whole said of the things counted."""
    if language == "en":
        return [*_of_whom_said(text), *_of_them_said(text)]
    m = _IT_PART.search(text)
    if m is None:
        return []
    counted = list(_IT_COUNTED.finditer(text[: m.start()]))
    if not counted:
        return []
    whole = counted[-1]
    noun = whole.group("noun")
    between = text[whole.end() : m.start()]
    if len(between.split()) > 6 or any(c in between for c in ',;:()«»“”"'):
        return []
    if not _plural_noun(noun, language):
        return []
    first, *others = re.split(rf" e (?=(?:{_COUNT['it']}) )", m.group("tail"))
    parts = [(m.group("part"), first)]
    for other in others:
        figure, _, tail = other.partition(" ")
        parts.append((figure, tail))
    out = []
    for figure, tail in parts:
        said = _agreeing_tail(tail, noun)
        if said is None or not _smaller(figure, whole.group("whole"), language):
            return []
        hedge = (m.group("hedge") or "") if figure == m.group("part") else ""
        out.append(upper_first(f"{hedge}{figure} {noun} sono {said}."))
    return out


def _of_whom_said(text: str) -> list[str]:
    """'the 212 claimants, 94% of whom are women' -> '94% of the claimants are women.'"""
    m = _EN_PART.search(text)
    if m is None or not _plural_noun(m.group("noun"), "en"):
        return []
    part = m.group("part")
    if _figure(part, "en") is not None and not _smaller(part, m.group("whole"), "en"):
        return []
    rest = m.group("rest")
    verb = rest.split(" ", 1)[0]
    if not (verb in AUXILIARIES["en"] or is_finite(verb, "en") or lemma(verb, "en") == verb):
        return []
    hedge = m.group("hedge") or ""
    return [upper_first(f"{hedge}{part} of the {m.group('noun')} {rest}.")]


_EN_OF_THEM = re.compile(
    rf", (?P<part>{_COUNT['en']}) of them (?P<tail>[^,;:()«»“”\"]{{2,100}}?)(?=[,;.]|$)"
)
_EN_COUNTED = re.compile(
    rf"(?<![\w’'£$€-])(?P<whole>{_COUNT['en']}) (?P<run>(?:[a-z][\w-]* ){{0,2}}[a-z][\w-]*s)\b"
)
_EN_PRESENT_AUXILIARIES = frozenset("is are has have will can does do".split())


def _of_them_said(text: str) -> list[str]:
    """'tags on 14 ospreys, eight of them chicks and six adults' -> 'Eight of the ospreys were
    chicks.', 'Six of the ospreys were adults.'"""
    m = _EN_OF_THEM.search(text)
    if m is None:
        return []
    before = text[: m.start()]
    counted = [
        c for c in _EN_COUNTED.finditer(before) if _plural_noun(c.group("run").split()[-1], "en")
    ]
    if not counted:
        return []
    whole = counted[-1]
    between = before[whole.end() :]
    if len(between.split()) > 6 or any(c in between for c in ',;:()"“”'):
        return []
    noun = whole.group("run").split()[-1]
    words = before[: whole.start()].split()
    past = any(
        is_finite(w, "en") and w.lower() not in _EN_PRESENT_AUXILIARIES
        for w in words
        if w[:1].islower()
    )
    be = "were" if past else "are"
    first, *others = re.split(rf" and (?=(?:{_COUNT['en']}) )", m.group("tail"))
    parts = [(m.group("part"), first)]
    for other in others:
        figure, _, tail = other.partition(" ")
        parts.append((figure, tail))
    out = []
    for figure, tail in parts:
        said = tail.split()
        if not said or said[0].lower() in PREPOSITIONS["en"] or said[0][:1].isupper():
            return []  # "a third of them to adults": no kind of the things counted
        if any(w[:1].islower() and is_finite(w, "en") for w in said):
            return []
        if not _smaller(figure, whole.group("whole"), "en"):
            return []
        out.append(upper_first(f"{figure} of the {noun} {be} {tail}."))
    return out


def _plural_noun(noun: str, language: str) -> bool:
    low = noun.lower()
    if low in _MEASURES or low in PREPOSITIONS[language] or low in ARTICULATED:
        return False
    if language == "en":
        return (
            low.endswith("s") and not low.endswith(("ss", "us", "is")) and lemma(low, "en") != low
        )
    return low.endswith(("i", "e")) and lemma(low, "it") != low


def _agreeing_tail(tail: str, noun: str) -> str | None:
    """What an Italian part of a counted whole is: a plural participle that agrees with the
    noun counted and what follows it ('dedicati alle malattie croniche'), or one word ('donne',
    'giurisdizionali')."""
    words = tail.split()
    first = words[0]
    if first in ARTICLES["it"] or first in PREPOSITIONS["it"] or first in ARTICULATED:
        return None
    if is_participle(first, "it"):
        masculine = noun.endswith("i") and lemma(noun, "it").endswith("o")  # "bagni"
        feminine = noun.endswith("e")  # "stanze"
        if not first.endswith(("i", "e")) or (feminine and not first.endswith("e")):
            return None  # "stanze ... arredati": no agreement, the part is of something else
        if masculine and not first.endswith("i"):
            return None
        return tail.rstrip()
    if len(words) == 1 and first.endswith(("i", "e")) and not is_finite(first, "it"):
        return first
    return None


# A list of what a plan holds, then a colon that names the plan: "Un secondo stabilimento, 85
# nuovi posti di lavoro e ...: è il piano presentato martedì da ...".
_SUMMARY = {
    "it": re.compile(
        r"^(?P<items>[^:;«»“”\"()]{10,400}): (?:è|sono) (?P<np>(?:il|lo|l’) ?(?P<noun>piano|"
        r"progetto|programma|accordo|pacchetto|bando)\b[^,;:«»“”\"]{0,100}?)(?:, |\.$|$)"
    ),
    "en": re.compile(
        r"^(?P<items>[^:;«»“”\"()]{10,400}): (?:that|this) is (?P<np>the (?P<noun>plan|project|"
        r"programme|program|deal|package|scheme|proposal)\b[^,;:«»“”\"]{0,100}?)(?:, |\.$|$)"
    ),
}
_HOLDS = {"it": "prevede", "en": "includes"}
# A dateline before the first words: "GRAGNANO (Napoli) – ".
_DATELINE = re.compile(r"^[A-ZÀ-Ý’' ]{2,40}(?: \([^()]{2,30}\))? [–—-] ")
_ITEM_OPENERS = {
    "it": frozenset(
        """un uno una un’ il lo la l’ i gli le oltre circa quasi più nuovi nuove due tre quattro
        cinque sei sette otto nove dieci venti trenta quaranta cinquanta sessanta cento""".split()
    ),
    "en": frozenset(
        """a an the more over about around nearly new two three four five six seven eight nine
        ten twenty thirty forty fifty sixty hundred""".split()
    ),
}


def _summary_said(text: str, language: str) -> list[str]:
    """'Un secondo stabilimento, 85 nuovi posti di lavoro e una nuova linea: è il piano
    presentato ieri dal pastificio.' -> 'Il piano presentato ieri dal pastificio prevede 85
    nuovi posti di lavoro.' (each item) and 'Il piano è stato presentato ieri dal
    pastificio.': what a plan holds, said of the plan the colon names."""
    m = _SUMMARY[language].match(_DATELINE.sub("", text, count=1))
    if m is None:
        return []
    items = _items_of(m.group("items"), language)
    if not items:
        return []
    np = m.group("np").rstrip(" .")
    subject = upper_first(np)
    out = [f"{subject} {_HOLDS[language]} {item}." for item in items]
    head, _, rest = np.partition(f"{m.group('noun')} ")
    participle = rest.split(" ", 1)[0]
    if participle and participle[:1].islower() and is_participle(participle, language):
        noun = upper_first(f"{head}{m.group('noun')}")
        out.append(f"{noun} {_be(participle, noun, language)} {rest}.")
    return out


def _items_of(text: str, language: str) -> list[str]:
    """The items of a list ('A, B e C'), each opening with an article or a figure; none when one
    does not."""
    parts = text.split(", ")
    last = re.split(r" (?:e|ed|and) ", parts[-1])
    if len(last) == 2:
        parts = [*parts[:-1], *last]
    if len(parts) < 2 or len(parts) > 6:
        return []
    items = []
    for part in parts:
        first = part.split(" ", 1)[0]
        low = first.lower()
        if not (
            low in _ITEM_OPENERS[language] or low.startswith(("l’", "un’")) or low[:1].isdigit()
        ):
            return []
        items.append(low + part[len(first) :] if low[:1].isalpha() else part)
    return items


# A relative clause that counts, with "ne", what the sentence named before it: "... gli accessi
# al pronto soccorso dell’ospedale X, che nel 2024 ne ha registrati circa 41.000".
_NE_RELATIVE = re.compile(
    r", che (?P<frame>(?:nel|nell’|dal|in|a) [^,;:]{1,25}? )?ne (?:(?P<aux>ha|hanno) "
    r"(?P<participle>[a-zàèéìòù]+[ti][ie])|(?P<verb>conta|contano)) "
    r"(?P<figure>(?:(?:circa|oltre|quasi|almeno|più di) )?"
    rf"(?:\d+(?:[.,]\d+)*|{'|'.join(_NUMBER_WORDS['it'])}))(?=, |\.$|$)"
)
_IT_PLURAL_OPENERS = frozenset(
    """i gli le dei degli delle ai agli alle nei negli nelle dai dagli dalle sui sugli sulle
    coi""".split()
)
# Small words inside a noun phrase that a relative clause may close ("il pronto soccorso
# dell’ospedale Santa Maria del Carmine").
_NP_LINKS = frozenset("di del dello della dei degli delle dell’".split())


def _ne_said(text: str, language: str) -> str | None:
    """'... gli accessi al pronto soccorso dell’ospedale X, che nel 2024 ne ha registrati circa
    41.000.' -> 'Il pronto soccorso dell’ospedale X nel 2024 ha registrato circa 41.000
    accessi.': the relative clause said of what it is about, with the one plural noun before it
    that its participle agrees with in place of 'ne'."""
    if language != "it":
        return None
    m = _NE_RELATIVE.search(text)
    if m is None:
        return None
    before = text[: m.start()]
    subject = _phrase_before(before)
    if subject is None:
        return None
    plural = subject.split(" ", 1)[0] in IT_PLURAL_ARTICLES
    verb, participle = m.group("verb"), m.group("participle")
    if plural != ((verb or m.group("aux")) in {"hanno", "contano"}):
        return None
    if participle is not None:
        if not is_participle(participle, "it") or takes_essere(participle):
            return None
        verb = f"{m.group('aux')} {participle[:-1]}o"  # no clitic: it agrees with nothing
    noun = _counted_before(
        before[: len(before) - len(subject)], None if participle is None else participle[-1]
    )
    if noun is None:
        return None
    frame = m.group("frame") or ""
    return upper_first(f"{subject} {frame}{verb} {m.group('figure')} {noun}.")


def _phrase_before(text: str, links: bool = True) -> str | None:
    """The noun phrase that ends `text`, with its article ('al pronto soccorso dell’ospedale
    Santa Maria' -> 'il pronto soccorso dell’ospedale Santa Maria'), back to its article or
    articulated preposition, over small words of a name and, with `links`, 'di' links between
    nouns ('i numeri del progetto'; without, the phrase is 'il progetto')."""
    words = text.split()
    for i in range(len(words) - 1, max(-1, len(words) - 12), -1):
        word = words[i]
        low = word.lower()
        article = ARTICULATED.get(low) if low not in _NP_LINKS else None
        if low in ARTICLES["it"] and low not in {"un", "uno", "una"}:
            article = low
        if article is not None and i < len(words) - 1:
            rest = " ".join(words[i + 1 :])
            return f"{article} {rest}"
        if low.startswith(("l’", "all’", "nell’", "dall’", "sull’")) and i < len(words):
            head = low.split("’")[0] + "’"
            if head in ARTICULATED or head == "l’":
                return "l’" + " ".join([word.split("’", 1)[1], *words[i + 1 :]])
        if word.strip('“”«»"')[:1].isupper():
            continue  # a name, quoted or not
        if low in _NP_LINKS or low.startswith("dell’"):
            inside_name = i > 0 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
            if links or inside_name:
                continue
            return None
        if low in PREPOSITIONS["it"] or low in _AND or low in {"o", "che", "cui"}:
            return None
        if word[:1].islower() and word.isalpha() and low not in AUXILIARIES["it"]:
            continue  # a noun or an adjective of the phrase ("pronto soccorso")
        return None
    return None


def _counted_before(text: str, ending: str | None) -> str | None:
    """The one plural noun of `text` after a plural article or a figure that agrees with a
    participle ending in `ending` ('i' or 'e'; None: any); None when there is none or more
    than one."""
    found = set()
    words = text.split()
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if not (low in _IT_PLURAL_OPENERS or low[:1].isdigit() or low in _NUMBER_WORDS["it"]):
            continue
        noun = words[i + 1].strip(",;:.")
        if not noun.isalpha() or not noun.islower() or noun in _IT_PLURAL_OPENERS:
            continue
        if not _plural_noun(noun, "it"):
            continue
        agrees = (
            ending is None
            or noun.endswith(ending)
            or (noun.endswith("i") and lemma(noun, "it").endswith("e"))
        )
        if agrees:
            found.add(noun)
    return found.pop() if len(found) == 1 else None


# A relative clause of what belongs to a phrase: "..., la cui costruzione iniziò nel 1087",
# "..., whose volunteers staff the checkpoints".
_POSSESSIVE_RELATIVE = {
    "it": re.compile(r", (?P<article>il|lo|la|i|gli|le|l’) cui (?P<clause>[^,;:«»“”\"()]{8,200})"),
    "en": re.compile(r", whose (?P<clause>[^,;:«»“”\"()]{8,200})"),
}
_OF_ARTICLE = {
    "il": "del",
    "lo": "dello",
    "la": "della",
    "l’": "dell’",
    "i": "dei",
    "gli": "degli",
    "le": "delle",
}


def _possessive_said(text: str, language: str) -> str | None:
    """'... dominato dalla Basilica di San Nicola, la cui costruzione iniziò nel 1087.' -> 'La
    costruzione della Basilica di San Nicola iniziò nel 1087.'; 'Nick Bean, whose family has
    run trips since 1963, said ...' -> "Nick Bean's family has run trips since 1963.": a
    relative clause of what belongs to a name or a phrase, said of it."""
    m = _POSSESSIVE_RELATIVE[language].search(text)
    if m is None:
        return None
    clause = m.group("clause").rstrip(" .")
    after = text[m.end() :]
    if after.startswith(", ") and _LIST_GOES_ON.match(after[2:]):
        return None  # the comma goes on with a list inside the clause
    if clause.rsplit(" ", 1)[-1].lower() in _AND | {"or", "o"}:
        return None
    toks = tokens(clause)
    verb = next((i for i in range(1, min(len(toks), 6)) if _verb_at(toks, i, language)), None)
    if verb is None:
        return None
    owned, rest = clause[: toks[verb].start].rstrip(), clause[toks[verb].start :]
    if any(t.text[:1].isupper() for t in toks[:verb]) or toks[0].low in PREPOSITIONS[language]:
        return None  # "whose Planetary Defence Office": a name of its own
    before = text[: m.start()]
    if language == "en":
        owner = _name_before(before, language, person=True)
        if owner is None or not owner[:1].isupper() or owner.split()[0].lower() in _LINKS["en"]:
            return None
        mark = "’s" if "’" in text else "'s"
        return upper_first(f"{owner}{mark} {owned} {rest}.")
    owner = _phrase_before(before, links=False)
    if owner is None:
        return None
    article = m.group("article")
    if article in {"il", "lo", "la"} and owned[:1].lower() in "aeiouàèéìòù":
        article = "l’"
    first, _, rest_of_owner = owner.partition(" ")
    of = f"{_OF_ARTICLE[first]} {rest_of_owner}" if first in _OF_ARTICLE else f"di {owner}"
    if first == "l’":
        of = f"dell’{rest_of_owner}"
    space = "" if article == "l’" else " "
    return upper_first(f"{article}{space}{owned} {of} {rest}.")


# A counted whole set before its part: "Dei 412 pazienti positivi, 371 hanno iniziato la terapia".
_OF_WHOLE_FIRST = {
    "it": re.compile(
        rf"^(?P<of>Dei|Degli|Delle) (?P<whole>(?:(?:{_PART_HEDGES['it']}) )?{_COUNT['it']}) "
        rf"(?P<things>[a-zàèéìòù][^,;:()]{{2,60}}), "
        rf"(?P<part>(?:(?:{_PART_HEDGES['it']}) )?(?:{_COUNT['it']})) (?P<rest>[a-zàèéìòù].+)$"
    ),
    "en": re.compile(
        rf"^Of the (?P<whole>(?:(?:{_PART_HEDGES['en']}) )?{_COUNT['en']}) "
        rf"(?P<things>[a-z][^,;:()]{{2,60}}), "
        rf"(?P<part>(?:(?:{_PART_HEDGES['en']}|only|just) )?(?:{_COUNT['en']})) (?P<rest>[a-z].+)$"
    ),
}


def _whole_first_said(text: str, language: str) -> str | None:
    """'Dei 412 pazienti positivi, 371 hanno iniziato la terapia.' -> '371 dei pazienti
    positivi hanno iniziato la terapia.'; 'Of the 40 boats, 12 were sold.' -> '12 of the boats
    were sold.': the part, then the whole it is a part of."""
    m = _OF_WHOLE_FIRST[language].match(text)
    if m is None:
        return None
    verb = m.group("rest").split(" ", 1)[0]
    if not (verb in AUXILIARIES[language] or is_finite(verb, language)):
        return None
    if language == "it" and not verb.endswith("no"):
        return None  # a plural part has a plural verb: else the figure is no part
    if language == "en" and verb in {"is", "was", "has"}:
        return None
    of = m.group("of").lower() if language == "it" else "of the"
    things = f"{m.group('whole')} {m.group('things')}"  # "371 dei 412 pazienti"
    return upper_first(f"{m.group('part')} {of} {things} {m.group('rest')}")


# What opens a piece a clause's fact does not need, after a comma: a relative, a linking or
# subordinating conjunction, an addition ("including", "tra cui"), an attribution at the end.
_TRAILING_OPENERS = {
    "en": frozenset(
        """which who whom whose where while whereas although though but as after before
        because since including excluding according compared helped funded backed led driven
        making bringing leaving taking""".split()
    ),
    "it": frozenset(
        """che cui dove mentre ma anche sebbene benché dopo prima perché poiché secondo tra fra
        compreso compresa compresi comprese inclusi incluse così grazie oltre pari""".split()
    ),
}
# An Italian purpose after its clause: "per ampliare il piazzale".
_IT_PURPOSE = re.compile(r" per (?P<verb>[a-zàèéìòù]{2,}(?:are|ere|ire))(?=[\s,.;])")
_LONGEST_HEAD = 40  # words of a clause kept alone
_SHORTEST_HEAD = 4


def _trailing_cut(text: str, language: str) -> int | None:
    """Where the core clause of `text` ends: before the first comma that opens a piece it
    does not need (a relative, a gerund, a linking word, a figure it is compared with), or
    an Italian purpose. A piece the clause goes on after ("costs at the site, including
    power, would come to ...") is an aside inside it, no end."""
    cuts = []
    for m in _COMMA_WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        trailing = (
            low in _TRAILING_OPENERS[language]
            or _is_gerund_phrase(word, language)
            or _aside_at_end(text, m.start(1), low, language)
        )
        if not trailing and low in _COMPARED_OPENERS[language]:
            piece = text[m.end() :].split(", ", 1)[0]
            trailing = _DIGIT.search(piece) is not None and not any(
                w.islower() and is_finite(w, language) for w in piece.split()
            )  # a figure's phrase, no clause of its own ("la cui costruzione iniziò nel 1210")
        if trailing:
            if not _clause_goes_on(text, m.end(), language):
                cuts.append(m.start())
            break
    if language == "it":
        for m in _IT_PURPOSE.finditer(text):
            verb = m.group("verb")
            if lemma(verb, "it") == verb:
                cuts.append(m.start())
                break
    return min(cuts, default=None)


_COMMA_WORD = re.compile(r", (\w+)")
_DIGIT = re.compile(r"\d")
# Words that open a figure set beside the clause's own, after a comma: a change, a
# comparison, an approximation of a share (", up from 940 the year before", ", an increase
# of 6% on 2025", ", contro i 41 del 2025", ", il 14% in meno rispetto al 2024").
_COMPARED_OPENERS = {
    "en": frozenset(
        """up down an a about around roughly almost nearly some more less against versus
        double twice""".split()
    ),
    "it": frozenset(
        """contro rispetto in il la lo l un una quasi circa poco più meno oltre doppio""".split()
    ),
}


# Words that open a piece about some of what the clause counts (", many of them students",
# ", molti dei quali giovani"), or how it went (", in aumento rispetto al 2024").
_SOME_OF = {
    "en": re.compile(
        r"(?:many|most|some|several|all|half|none|both|(?:nearly|almost) all) of (?:them|whom)\b"
        r"|(?:mostly|mainly|largely|chiefly|predominantly|(?:nearly|almost) all)\b"
    ),
    "it": re.compile(
        r"(?:molti|molte|alcuni|alcune|tutti|tutte|parte|gran parte|buona parte|la maggior parte"
        r"|la metà|quasi tutti|quasi tutte) (?:dei|delle|degli) quali\b"
        r"|(?:in (?:aumento|calo|crescita|diminuzione|flessione|rialzo|ribasso)"
        r"|soprattutto|perlopiù|per lo più|principalmente|prevalentemente"
        r"|(?:quasi|pressoché) tutt[ieoa])\b"
    ),
}
_END_APPOSITION = {
    "en": frozenset("a an the".split()),
    "it": frozenset("il lo la l i gli le un una uno".split()),
}


def _aside_at_end(text: str, at: int, low: str, language: str) -> bool:
    """Whether the piece after the comma before `at` is an aside the clause does not need: a
    piece about some of what it counts (', many of them students'), or a noun phrase with no
    verb that ends the sentence (', an increase of a third', ', la più grande della
    regione'), not an item of a list (', the library and the museum')."""
    rest = text[at:]
    if _SOME_OF[language].match(rest.lower()):
        return True
    if low not in _END_APPOSITION[language] or ", " in rest:
        return False
    words = rest.rstrip(".!").split()
    if _AND.intersection(words) or {"or", "o"}.intersection(words) or _QUOTES_ANY.search(rest):
        return False
    return not any(w.islower() and is_finite(w, language) for w in words[1:])


def _clause_goes_on(text: str, at: int, language: str) -> bool:
    """Whether the clause goes on after the piece that starts at `at`: the next comma is
    followed by a finite verb ("..., including power, would come to £95,000")."""
    end = text.find(", ", at)
    return end >= 0 and _verb_after(text, end, language)


def _verb_after(text: str, comma: int, language: str) -> bool:
    """Whether a finite verb (or 'and' and one) follows the comma at `comma`."""
    toks = tokens(text[comma + 2 :])
    if not toks or not toks[0].text[:1].islower():
        return False
    k = 1 if toks[0].low in _AND else 0
    if k < len(toks) - 1 and toks[k].low in _BEFORE_VERB:
        k += 1  # "..., non ha avuto ...": the verb after its negation or adverb
    if k >= len(toks):
        return False
    first = toks[k]
    return first.low in AUXILIARIES[language] or is_finite(first.text, language)


# Words a finite verb may follow at the start of a piece: a negation, an adverb.
_BEFORE_VERB = frozenset("non not never also still già anche ancora mai".split())


_IT_CLITIC_END = re.compile(r"(?:lo|la|li|le|ne|si|ci|vi|gli)$")


def _is_gerund_phrase(word: str, language: str) -> bool:
    """A gerund in small letters, in Italian with its clitic too ('portandoli')."""
    if not word.islower():
        return False
    if is_gerund(word, language):
        return True
    return language == "it" and is_gerund(_IT_CLITIC_END.sub("", word), language)


def _main_clause_alone(text: str, language: str) -> str | None:
    """'La SAC investirà 14 milioni entro il 2028 per ampliare il piazzale, portandolo da
    quattro a sette stalli.' -> 'La SAC investirà 14 milioni entro il 2028.'; 'Turnover rose
    11% to £13.7 million, helped by exports.' -> 'Turnover rose 11% to £13.7 million.': the
    clause without the pieces after it that it does not need, when it opens with its subject
    and holds no comma of its own."""
    cut = _trailing_cut(text, language)
    if cut is None:
        return None
    head = text[:cut].rstrip()
    words = head.split()
    if not _SHORTEST_HEAD <= len(words) <= _LONGEST_HEAD:
        return None
    if any(mark in head for mark in ("«", "»", "“", "”", '"', "(", ":", ";")):
        return None
    if not _clause_start(head, language) or not _commas_in_lists(head, language):
        return None
    # A text with no stop at its end (a headline) gets none: it is still no sentence.
    return _sentence(head) + ("." if text.rstrip()[-1:] in '.!?»”"' else "")


def _commas_in_lists(head: str, language: str) -> bool:
    """Whether each comma of a clause is inside a list after its verb ('landed 940 tonnes at
    Newlyn, Mevagissey and Falmouth'), none sets off an aside."""
    at = head.find(", ")
    while at >= 0:
        if not list_after(head[at + 1 :], language) or not _clause_start(head[:at], language):
            return False
        at = head.find(", ", at + 2)
    return True


# A participle's aside between commas inside a clause, before a relative or a verb that goes
# on with the clause: "a charity, founded in 1984 by volunteers, that restores ...".
_INNER_ASIDE = re.compile(
    r"(?<=[a-zà-ù]), (?P<part>[a-zà-ù]{4,}) (?P<rest>[^,;:«»“”\"()]{3,80}?), (?P<next>\w+)"
)
# A copula and the noun phrase after it, right before an aside: what is defined.
_COPULA_NOUN = {
    "en": re.compile(r"\b(?:is|was|are|were) (?:a|an|the) (?:[\w’'-]+ ){0,6}[\w’'-]+$"),
    "it": re.compile(
        r"(?:\bè|\bfu|\bera|\bsono) (?:(?:un|uno|una|il|lo|la|i|gli|le) |l’|un’)"
        r"(?:[\w’'-]+ ){0,6}[\w’'-]+$"
    ),
}
# A relative clause after the aside: 'che', 'where', 'in cui', 'through which'.
_RELATIVE_GOES_ON = {
    "en": re.compile(r"(?:that|which|who|where|(?:in|on|at|by|through|from) (?:which|whom)) "),
    "it": re.compile(r"(?:che|dove|(?:in|a|da|su|con|per|tra|fra) (?:cui|il quale|la quale)) "),
}


def _without_participle_aside(text: str, language: str) -> str | None:
    """'X is a charity, founded in 1984 by volunteers, that restores railways.' -> 'X is a
    charity that restores railways.': an aside a participle opens after a noun, when a
    relative goes on after it (what follows is the noun's, the aside only adds to it)."""
    for m in _INNER_ASIDE.finditer(text):
        if not _RELATIVE_GOES_ON[language].match(text, m.start("next")):
            continue
        if not is_participle(m.group("part"), language):
            continue
        if not _COPULA_NOUN[language].search(text, 0, m.start()):
            continue  # "recorded by a female, known as X, which left": whose deed is it?
        return text[: m.start()] + " " + text[m.start("next") :]
    return None


# A person's birth and death said after what the person was: "Nicola Vaccaj (1790-1848) è
# stato un compositore ..., nato a Tolentino il 15 marzo 1790 e morto a Pesaro nel 1848".
_LIFE = {
    "it": re.compile(
        r"^(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){1,3})(?:\s+\([^()]{4,30}\))?\s+"
        r"(?:è\s+stat[oa]|era|fu)\s+[^,;:()]{3,120},\s+(?P<born>nat[oa])\s+(?P<c1>[^,;:()]+?)"
        r"(?:\s+e\s+(?P<died>mort[oa])\s+(?P<c2>[^,;:()]+?))?(?:[,;.]|$)"
    ),
    "en": re.compile(
        r"^(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})(?:\s+\([^()]{4,30}\))?\s+"
        r"(?:was|is)\s+[^,;:()]{3,120},\s+(?P<born>born)\s+(?P<c1>[^,;:()]+?)"
        r"(?:\s+and\s+(?P<died>died)\s+(?P<c2>[^,;:()]+?))?(?:[,;.]|$)"
    ),
}


def _life_said(text: str, language: str) -> list[str]:
    """'Nicola Vaccaj (1790-1848) è stato un compositore ..., nato a Tolentino il 15 marzo
    1790 e morto a Pesaro nel 1848.' -> 'Nicola Vaccaj è nato a Tolentino il 15 marzo 1790.',
    'Nicola Vaccaj è morto a Pesaro nel 1848.': where and when a person was born and died,
    said after what the person was, each said of the person."""
    m = _LIFE[language].match(text)
    if m is None:
        return []
    name = m.group("name")
    be = "è" if language == "it" else "was"
    out = [f"{name} {be} {m.group('born')} {m.group('c1')}."]
    if m.group("died"):
        died = f"è {m.group('died')}" if language == "it" else "died"
        out.append(f"{name} {died} {m.group('c2')}.")
    return out


def _described_said(text: str, language: str) -> list[str]:
    """'The grant will pay for repairs to the kiln, built in 1897, and to the stables.' -> 'The
    kiln was built in 1897.'; '... della CGIL, la Confederazione ... fondata nel 1944, che ...'
    -> 'La CGIL è stata fondata nel 1944.': a participle phrase set off after the noun or the
    name it describes, said of it (participles.py finds which)."""
    out = []
    for d in described_after(text, language):
        if d.participle in _NAMING[language]:
            continue  # "known as ...": another name, for the nicknames
        be = _be(d.participle, d.subject, language)
        out.append(upper_first(f"{d.subject} {be} {d.participle} {d.complement}."))
    return out


_LONGEST_OPENING = 14  # words of an opening participle phrase
_OPENING_SUBJECT_PRONOUNS = frozenset("it he she they this esso essa lui lei".split())


def _opening_participle(text: str, language: str) -> tuple[str, str] | None:
    """(the phrase a capitalised participle opens, the clause after its comma): 'Founded in
    1838' and 'the club is ...'; None when the text opens otherwise or the phrase is long."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or not is_participle(first.lower(), language):
        return None
    head, comma, rest = text.partition(", ")
    if not comma or len(head.split()) > _LONGEST_OPENING:
        return None
    return head, rest


def _opening_participle_said(text: str, language: str) -> list[str]:
    """'Fondato nel 1919 da Gennaro Di Lauro, il pastificio è oggi ...' -> 'Il pastificio è
    stato fondato nel 1919 da Gennaro Di Lauro.'; 'Built in 1890 by Thomas Reid, the bridge
    carries 40 cars.' -> 'The bridge was built in 1890 by Thomas Reid.', 'The bridge carries
    40 cars.': an opening participle phrase said of the subject of the clause after it, and
    that clause alone."""
    opening = _opening_participle(text, language)
    if opening is None:
        return []
    head, rest = opening
    if head.split()[0].lower() in _NAMING[language] or not _plain_opening(head, language):
        return []
    toks = tokens(rest)
    if not toks or not _opens_subject(toks[0].text, language):
        return []
    if toks[0].low in _OPENING_SUBJECT_PRONOUNS or toks[0].low in _LINKS[language]:
        return []
    verb = next(
        (i for i in range(1, min(len(toks), _MAX_SUBJECT + 1)) if _verb_at(toks, i, language)),
        None,
    )
    if verb is None or any(t.text in ",;:" for t in toks[:verb]):
        return []
    if any(t.low in _SUBORDINATORS or t.low in _RELATIVES[language] for t in toks[:verb]):
        return []  # the verb is a relative's: "The man who ran it said ..."
    clause = _sentence(rest)
    said = _participle_said(head, rest, toks, verb, language)
    return [clause] if said is None else [said, clause]


def _participle_said(
    head: str, rest: str, toks: list[Token], verb: int, language: str
) -> str | None:
    """The opening participle phrase `head` said of the subject of `rest` (its verb at
    `verb`), or None when it may be another noun's."""
    words = head.split()
    first = words[0]
    if language == "it" and toks[verb - 1].low in {"si", "ci", "ne"}:
        verb -= 1
    while verb > 1 and (
        toks[verb - 1].low in _JOINED_ADVERBS or toks[verb - 1].low in _LINKS[language]
    ):
        verb -= 1  # "York later became": the adverb is the verb's
    subject = rest[: toks[verb].start].rstrip()
    if any(w.lower() in _NAMING[language] for w in words):
        return None  # "da Guglielmo I detto il Malo": a name and its nickname, whose is whose
    participle = first.lower()
    if language == "it" and not _agrees(participle, subject):
        return None  # "Costruita nel 1890, il ponte ...": the participle is another noun's
    return upper_first(
        f"{subject} {_be(participle, subject, language)} {participle} {head[len(first) + 1 :]}."
    )


def _agrees(participle: str, subject: str) -> bool:
    """Whether an Italian participle agrees with the subject's article ('Fondato | il
    pastificio'); a subject with an elided article or none is let through."""
    article = subject.split(" ", 1)[0].lower()
    ending = IT_ARTICLE_ENDING.get(article)
    return ending is None or participle.endswith(ending)


_ENTRY_PRONOUN = {"en": ("it ", "they "), "it": ("esso ", "essa ")}


def _opening_gerund(text: str, language: str) -> tuple[str, str] | None:
    """(the phrase a capitalised gerund opens, the clause after its comma): 'Covering about
    8,000 square kilometres' and 'it is ...'; None when the text opens otherwise, the phrase
    is long or holds a clause of its own."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or not is_gerund(first.lower(), language):
        return None
    head, comma, rest = text.partition(", ")
    if not comma or len(head.split()) > _LONGEST_OPENING or not _plain_opening(head, language):
        return None
    return head, rest


def _plain_opening(head: str, language: str) -> bool:
    """Whether an opening phrase is a participle's or a gerund's alone: its first word written
    with one capital, a word after it, no clause of its own ("Founded in 1994, when the law
    changed", "Speaking after the jury had returned") and no quotation or bracket."""
    words = head.split()
    if not words[0][1:].islower() or len(words) < 2:
        return False
    if any(w[:1].islower() and is_finite(w, language) for w in words[1:]):
        return False
    return not any(mark in head for mark in ("«", "“", '"', "("))


def _opening_gerund_said(text: str, language: str) -> str | None:
    """'Opening the hall on Saturday, the mayor praised the volunteers.' -> 'The mayor opened
    the hall on Saturday.'; 'Coprendo 8.000 chilometri quadrati, la contea è ...' -> 'La
    contea copre 8.000 chilometri quadrati.': an opening gerund phrase said of the subject of
    the clause after it, in that clause's tense."""
    opening = _opening_gerund(text, language)
    if opening is None:
        return None
    head, rest = opening
    toks = tokens(rest)
    if not toks or toks[0].low in _OPENING_SUBJECT_PRONOUNS:
        return None
    # the subject of a passive still does what the opening gerund says ("Stretching 130
    # kilometres, the dyke was built ...")
    found = _subject_and_tense(_clause_of(rest), language, passive=True)
    if found is None:
        return None
    subject, tense, plural = found
    gerund, _, complement = head.partition(" ")
    gerund = gerund.lower()
    if gerund in _NOT_DEEDS or gerund in _CHANGES:
        return None
    if language == "en":
        finite = english_finite(gerund, tense, plural)
    else:
        finite = italian_finite(gerund, tense, plural)
    if finite is None or _PERSONAL[language].search(complement):
        return None
    return upper_first(f"{subject} {finite} {complement}.")


def _clause_of(rest: str) -> str:
    """The clause a text opens with, up to its first comma."""
    return rest.split(", ", 1)[0].rstrip(" .")


def _entry_after_opening(text: str, entry: str, language: str) -> str | None:
    """'Opened in Inverness in the 1980s, it has around 450 beds.' in the entry Raigmore
    Hospital -> 'Opened in Inverness in the 1980s, Raigmore Hospital has around 450 beds.';
    'Fondata nel 1919, conta 40 soci.' -> 'Fondata nel 1919, la Lega conta 40 soci.': the
    entry named as the subject after an opening participle phrase (the transforms then say
    each part alone)."""
    opening = _opening_participle(text, language) or _opening_gerund(text, language)
    if opening is None:
        return None
    head, rest = opening
    for pronoun in _ENTRY_PRONOUN[language]:
        if rest.startswith(pronoun):
            return f"{head}, {entry} {rest[len(pronoun) :]}"
    if language != "it":
        return None
    clause = _unsaid_subject_clause(rest)
    return None if clause is None else f"{head}, {entry} {clause}"


# An Italian copula that opens an entry's sentence with no subject said, then the noun phrase
# that says what the entry is: "È la più grande università della Puglia", "È un lago laminare"
# (not "È uno dei primi poli ...": one of many, and what follows is no longer the entry's).
_UNSAID_COPULA = re.compile(
    r"^(?:è|fu|era) (?:(?:il|lo|la|un|uno|una) |l’|un’)(?!\d|(?:dei|degli|delle)\s)",
    re.IGNORECASE,
)


def _entry_before_copula(text: str, entry: str, language: str) -> str | None:
    """'È la più grande università della Puglia.', 'Con circa 40.000 studenti è la più grande
    ...' in the entry Università di Bari -> 'L’Università di Bari è la più grande università
    della Puglia.': the entry named as the subject the copula leaves unsaid (the definitions
    then read what the entry is)."""
    if language != "it" or not text[:1].isupper():
        return None
    clause = _unsaid_subject_clause(text[:1].lower() + text[1:])
    if clause is None or not _UNSAID_COPULA.match(clause):
        return None
    return f"{upper_first(entry)} {clause}"


def _entry_said_first(text: str, entry: str, language: str) -> str | None:
    """An Italian entry's sentence that opens with its verb, the entry said before it: 'Conta
    circa 140.000 abitanti; ...' -> 'La Val Seriana conta circa 140.000 abitanti; ...'."""
    if language != "it" or not text[:1].isupper():
        return None
    clause = _unsaid_subject_clause(text[:1].lower() + text[1:])
    return None if clause is None else f"{upper_first(entry)} {clause}"


# Clitics before an Italian verb with no subject said: "si estende", "ci sono".
_CLITICS = frozenset("si ci ne".split())
# Prepositions of a phrase that says what a thing has, left out before a verb with no subject
# said: "con circa 181.000 ettari è il secondo parco ..." (what it says is said by itself).
_HAVING = frozenset("con".split())
_MAX_HAVING = 6  # words of such a phrase


def _unsaid_subject_clause(rest: str) -> str | None:
    """An Italian clause whose subject is not said, from its verb on: 'conta 40 soci', 'si
    estende per 64.000 ettari', 'con circa 181.000 ettari è il secondo parco ...' -> 'è il
    secondo parco ...'; None when the clause opens otherwise."""
    words = rest.split(" ")
    at = 0
    if words[0] in _HAVING and len(words) > 2 and not words[1][:1].isupper():
        at = next(
            (k for k in range(2, min(len(words), _MAX_HAVING + 1)) if _finite_word(words[k])),
            0,
        )
        if not at or any(w.lower() in _HAVING_STOPS or w[:1].isupper() for w in words[2:at]):
            return None  # an article's phrase or a name before the verb may be its subject
    verb = words[at + 1] if words[at] in _CLITICS and at + 1 < len(words) else words[at]
    return " ".join(words[at:]) if _finite_word(verb) else None


# Words that end a phrase of 'con' before a subject: an article, a clause's word, a comma's.
_HAVING_STOPS = ARTICLES["it"] | _SUBORDINATORS | frozenset("e ed o".split())


def _finite_word(word: str) -> bool:
    """Whether an Italian word in small letters is an auxiliary or a conjugated verb."""
    return word.islower() and (word in AUXILIARIES["it"] or is_finite(word, "it"))


# A count told by the group it makes: "a crowd of 17,450", "una folla di 3.000 persone", "a
# total of 152,300 people".
_GROUP_OF = {
    "en": re.compile(
        r"\b(?P<group>[Aa]n?\s+(?:[a-z]+-[a-z]+\s+|record\s+)?"
        r"(?:crowd|audience|total|congregation)\s+of\s+)"
        r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<noun>\s+[a-z]+)?"
    ),
    "it": re.compile(
        r"\b(?P<group>(?:[Uu]na\s+folla|[Uu]n\s+pubblico|[Uu]n\s+totale)\s+di\s+)"
        r"(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?P<noun>\s+[a-zà-ù]+)?"
    ),
}
_PEOPLE_WORD = {"en": "people", "it": "persone"}
_GROUP_LINKS = frozenset("and or e o ed che who which that".split())


def _group_counted(text: str, language: str) -> str | None:
    """'A crowd of 17,450 attended the meeting.' -> '17,450 people attended the meeting.';
    'La finale è stata vista da una folla di 3.000 persone' -> '... da 3.000 persone': the
    group's count said as the count of what it is made of, so that it is asked ('How many
    people attended the meeting?')."""
    m = _GROUP_OF[language].search(text)
    if m is None:
        return None
    noun = (m.group("noun") or "").strip()
    if noun and not (  # a word after the figure that is no noun of what was counted
        noun in AUXILIARIES[language]
        or is_finite(noun, language)
        or noun in PREPOSITIONS[language]
        or noun in _GROUP_LINKS
    ):
        counted = f"{m.group('num')} {noun}"
        end = m.end()
    elif "total" in m.group("group").lower() or "totale" in m.group("group").lower():
        return None  # "a total of 93 in all": a total of what, the text does not say
    else:
        counted, end = f"{m.group('num')} {_PEOPLE_WORD[language]}", m.end("num")
    after = text[end:]
    if m.start() == 0 or text[: m.start()].endswith(", "):  # the group is the subject
        if language == "it":
            return None  # "Una folla di 3.000 persone ha assistito": the verb is the group's
        after = _PLURAL_BE.sub(lambda b: _PLURAL_OF[b.group(1)], after, count=1)
    said = text[: m.start()] + counted + after
    return said[:1].upper() + said[1:]


# The verb after a group that opens the sentence agrees with it, not with what it counts.
_PLURAL_BE = re.compile(r"^\s+(has|is|was)\b")
_PLURAL_OF = {"has": " have", "is": " are", "was": " were"}


_LONGEST_DESCRIPTION = 16  # words of a noun phrase that opens an entry's sentence


def _entry_after_description(text: str, entry: str, language: str) -> str | None:
    """'Capoluogo della provincia più estesa della Puglia, Foggia conta circa 145.000 abitanti.'
    in the entry Foggia -> 'Foggia conta circa 145.000 abitanti.'; 'The county town of
    Shropshire, Shrewsbury stands ...' -> 'Shrewsbury stands ...': the clause after a noun
    phrase that describes the entry, when the entry is its subject (with no subject said, the
    phrase may well be the predicate's: 'Capitale del Regno, fu a lungo ...')."""
    comma = text.find(", ")
    if comma < 0:
        return None
    head, rest = text[:comma], text[comma + 2 :]
    words = head.split()
    if not 2 <= len(words) <= _LONGEST_DESCRIPTION or not words[0][:1].isupper():
        return None
    low = words[0].lower()
    if low in PREPOSITIONS[language] or low in _FRAME_OPENERS[language] or _QUOTES_ANY.search(head):
        return None  # "In 1998, ...", "Last year, ...": a frame, the transforms' own
    if holds_finite(words, language):
        return None  # a clause of its own, no description
    return rest if rest.startswith(entry) and _clause_start(rest, language) else None


def _speakers_asides_out(text: str, language: str) -> str | None:
    """'Jo Hart, director of the trust, one of three in Leeds, said ...' -> 'Jo Hart said
    ...': the asides between the subject and its verb left out, a speaker's too."""
    found = asides_left_out(
        text, language, lambda subject: _aside_subject(subject, language), speakers=True
    )
    if found is None:
        return None
    clause, when = found
    return _sentence(clause) if when is None else frame_placed(clause, when, language)


# What the transforms said of a text, kept while its sentence is read: the core's steps
# and the transforms read the sentence alike.
Said = dict[tuple["Transform", str], "str | list[str] | None"]


def _said_by(transform: Transform, text: str, language: str, memo: Said) -> str | list[str] | None:
    key = (transform, text)
    if key not in memo:
        memo[key] = transform(text, language)
    return memo[key]


def core_statement(text: str, language: str, memo: Said | None = None) -> str | None:
    """'Last year, the fleet, one of three in Cornwall, landed 940 tonnes, compared with 610
    the year before.' -> 'The fleet landed 940 tonnes last year.': the sentence with each of
    its complications undone in turn (see _CORE_STEPS), when more than one is: what one
    alone undoes, the transforms give."""
    memo = {} if memo is None else memo
    out = text
    done = 0
    for step in _CORE_STEPS:
        for transform in step:
            said = _said_by(transform, out, language, memo)
            if isinstance(said, str) and said != out:
                out = said
                done += 1
                break
    return out if done > 1 else None


# A transform gives no statement (None or an empty list), one, or several.
_UNSAID: list[str] = []  # no result kept yet (see statements)
Transform = Callable[[str, str], "str | list[str] | None"]
TRANSFORMS: tuple[Transform, ...] = (
    _moved_frame,
    _bare_frame_moved,
    _without_hedge,
    _without_intensifier,
    _second_superlative_said,
    _second_count_said,
    _without_apposition,
    _relative_alone,
    relatives_of_names,
    phrase_relative_said,
    _subject_asides,
    _asides_out,
    _verb_phrases_apart,
    participle_list_said,
    _without_parentheses,
    _reported_alone,
    _opening_clause_apart,
    _clauses_apart,
    _gerund_said,
    _inner_clause_alone,
    _superlative_said,
    _part_said,
    _summary_said,
    _ne_said,
    _possessive_said,
    _whole_first_said,
    colon_subject,
    colon_clause,
    _main_clause_alone,
    _without_participle_aside,
    _opening_participle_said,
    _described_said,
    _without_condition,
    _without_including,
    _apposition_relative_said,
    _opening_gerund_said,
    _without_place_aside,
    adverb_said,
    _group_counted,
    each_with_said,
    _life_said,
)
# The steps of a sentence's core, in their order, each the transforms tried in turn: the
# opening phrase placed after the clause (with a comma or without), the asides after the
# subject left out, the pieces after the clause it does not need cut.
_CORE_STEPS: tuple[tuple[Transform, ...], ...] = (
    (_moved_frame, _bare_frame_moved),
    (_speakers_asides_out,),
    (_main_clause_alone,),
)
# How many transforms one statement may have gone through.
_DEPTH = 2
# What a text must hold for a transform to apply (a comma before an aside, a bracket, a
# colon, the words its pattern reads): a text with none of these is not given to it, which
# spares the time of its patterns. Each mark is a necessary condition of its rule. A rule
# whose pattern is anchored at the text's start (_whole_first_said) has none: its own test
# costs less than a search of the whole text for marks.
_MARKS: dict[Transform, tuple[str, ...]] = {
    _life_said: (", nato ", ", nata ", ", born "),
    _without_intensifier: (" by far ", " far and away ", " di gran lunga "),
    _second_superlative_said: (" and the ", " e il ", " e la ", " e lo ", " e l’"),
    _second_count_said: (" and ",),
    _group_counted: (
        " crowd of ",
        " audience of ",
        " total of ",
        " congregation of ",
        "folla di ",
        "pubblico di ",
        "totale di ",
    ),
    _moved_frame: (", ",),
    each_with_said: (", each with ", " con "),  # "ciascuno con", "ognuna con": _TAIL's
    _without_apposition: (", ",),
    _asides_out: (", ", " (", " – ", " — "),
    _relative_alone: (", who ", ", which ", ", che "),  # the relative, in any case
    relatives_of_names: (" which ", " who ", " that ", " che "),
    phrase_relative_said: (", which ", ", who ", ", che "),  # what _RELATIVE reads
    _subject_asides: (", ",),
    _verb_phrases_apart: (" and ", " e ", " ed "),  # what _AND_WORD finds
    participle_list_said: (" and ", " e ", " ed "),  # the list's last item's
    _without_parentheses: (" (",),
    _opening_clause_apart: (", ",),
    _clauses_apart: (" and ", " e ", " ed ", " but ", " ma "),  # what _JOINED_CLAUSE finds
    _gerund_said: (", ",),
    _inner_clause_alone: tuple(f" {w} " for words in _INNER_WORDS.values() for w in words),
    _superlative_said: (", ",),
    _part_said: (" di cui ", " of whom ", " of which ", " of them "),  # _IT_PART, _EN_PART...
    _summary_said: (": è ", ": sono ", ": that is ", ": this is "),  # what _SUMMARY reads
    _possessive_said: (" cui ", " whose "),  # _POSSESSIVE_RELATIVE, after a comma
    _ne_said: ("ne ",),
    colon_subject: (": ",),
    colon_clause: (": ",),
    _main_clause_alone: (", ", " per "),
    _without_participle_aside: (
        ", that ",
        " which ",
        ", who ",
        ", che ",
        ", where ",
        ", dove ",
        " cui ",
    ),
    _opening_participle_said: (", ",),
    _described_said: (", ",),
    _without_condition: (", ",),
    _apposition_relative_said: (" who ", " that ", " che "),
    _opening_gerund_said: (", ",),
    _without_place_aside: (  # what _PLACE_ASIDE reads after the name's comma
        *(", on ", ", in ", ", near ", ", off ", ", at "),
        *(", nel", ", sul", ", vicino a "),
    ),
    adverb_said: tuple(
        f" {' '.join(words)} " for table in (LEFT_OUT, MOVED) for p in table.values() for words in p
    ),
    _without_including: (
        *(f", {w}" for w in "including excluding among such especially mainly mostly".split()),
        *(f", {w}" for w in "chiefly compres inclus esclus tra fra soprattutto".split()),
        ", in particolare",
        ", principalmente",
    ),
}
# The rules that read their marks in any case ("Peter Lowe, Who ..."): their marks are looked
# for in any case too.
_ANY_CASE = frozenset({_relative_alone})
# The transforms with the index of their gate in the searches (-1: none), and the searches of
# the distinct gates (see _gated).
Gated = tuple[tuple[tuple[Transform, int], ...], tuple[Callable[[str], object], ...]]


def _gated(transforms: tuple[Transform, ...], marks: dict[Transform, tuple[str, ...]]) -> Gated:
    """Each transform with its gate (-1: it reads every text): one search that finds any
    of its marks (see _search_of), as one search costs less than a test a mark (most so when
    the marks open with the same character, as a space). Transforms with the same marks
    share a search, so that a text is searched for them once (see _applicable)."""
    gates: dict[tuple[tuple[str, ...], bool], int] = {}
    searches: list[Callable[[str], object]] = []
    out = []
    for transform in transforms:
        gate = -1
        if transform in marks:
            key = (marks[transform], transform in _ANY_CASE)
            if key not in gates:
                gates[key] = len(searches)
                searches.append(_search_of(key[0], key[1]))
            gate = gates[key]
        out.append((transform, gate))
    return tuple(out), tuple(searches)


# The same marks for every document a process reads (the app, a batch of articles, the tests).
@lru_cache(maxsize=256)
def _search_of(marks: tuple[str, ...], any_case: bool) -> Callable[[str], object]:
    """A search for any of the marks (None when the text holds none): one pattern for the
    marks that open with the same character, whose search skips from one of that character
    to the next, and the patterns of different first characters one after the other (a
    pattern of several first characters tries them all at each character of the text)."""
    flags = re.IGNORECASE if any_case else 0
    by_first: dict[str, list[str]] = {}
    for mark in marks:
        by_first.setdefault(mark[:1].lower() if any_case else mark[:1], []).append(mark)
    searches = [
        re.compile("|".join(map(re.escape, group)), flags).search for group in by_first.values()
    ]
    if len(searches) == 1:
        return searches[0]

    def search(text: str) -> object:
        for one in searches:
            found = one(text)
            if found is not None:
                return found
        return None

    return search


def _applicable(text: str, gated: Gated) -> list[Transform]:
    """The transforms whose gate the text passes, each gate searched once."""
    transforms, searches = gated
    passed = [search(text) is not None for search in searches]
    return [transform for transform, gate in transforms if gate < 0 or passed[gate]]


def statements(doc: Document) -> Iterator[Sentence]:
    """The simpler statements of each sentence of the document, each with its sentence as
    `source`."""
    language = doc.language
    before: Sentence | None = None

    def reported(text: str, language: str) -> str | None:
        return reported_of_reporter(text, language, doc.people)

    gated = _gated((*TRANSFORMS, reported), {**_MARKS, reported: REPORTED_MARKS})
    for s in doc.sentences:
        previous, before = before, s
        seen = {s.text}
        frontier = [s.text]
        if s.lead is not None:
            item = _item_said(s.lead, s.text, doc)
            if item is None:
                for part in _part_said(s.text, language):  # "512 atleti, di cui 214 donne;"
                    yield replace(s, text=part, source=s.text)
                continue
            seen.add(item)
            yield replace(s, text=item, source=s.text)
            frontier = [item]
        elif previous is not None and previous.block == s.block:
            named = _pronoun_named(s.text, previous.text, doc) or subject_carried(
                s.text, previous.text, language
            )
            if named is not None:
                seen.add(named)
                yield replace(s, text=named, source=s.text)
                frontier.append(named)
            main = _opening_main_clause(s.text, language)
            if main is not None:
                named = _pronoun_named(main, previous.text, doc) or subject_carried(
                    main, previous.text, language
                )
                if named is not None and named not in seen:
                    seen.add(named)
                    yield replace(s, text=named, source=s.text)
                    frontier.append(named)
        entry_named = None
        if s.entry is not None:
            named = entry_named = (
                _entry_after_opening(s.text, s.entry.phrase, language)
                or _entry_before_copula(s.text, s.entry.phrase, language)
                or _entry_after_description(s.text, s.entry.phrase, language)
                or entry_fragment(s.text, s.entry.phrase, language)
            )
            if named is not None and named not in seen:
                seen.add(named)
                yield replace(s, text=named, source=s.text)
                frontier.append(named)
        memo: Said = {}
        core = core_statement(s.text, language, memo) if ", " in s.text else None
        if core is not None and core not in seen:
            seen.add(core)
            yield replace(s, text=core, source=s.text)
            frontier.append(core)
        yield from _transformed(s, frontier, seen, memo, gated, language)
        # The sentence's top level read (see segments.py): the plain clauses the transforms
        # did not give, and what the transforms give of them.
        read = plain_clauses(s.text, language) if _SET_OFF.search(s.text) else []
        if not read and s.entry is not None and "; " in s.text:
            # "Conta 140.000 abitanti; Albino, con ..., è ...": read with the entry said
            said = entry_named or _entry_said_first(s.text, s.entry.phrase, language)
            read = plain_clauses(said, language) if said is not None else []
        frontier = [clause for clause in read if clause not in seen]
        for clause in frontier:
            seen.add(clause)
            yield replace(s, text=clause, source=s.text)
        yield from _transformed(s, frontier, seen, memo, gated, language)


def _transformed(
    s: Sentence, frontier: list[str], seen: set[str], memo: Said, gated: Gated, language: str
) -> Iterator[Sentence]:
    """The statements the transforms give of the texts of `frontier`, and of what they give,
    to _DEPTH steps, each once (`seen`)."""
    for _ in range(_DEPTH):
        found = []
        for text in frontier:
            for transform in _applicable(text, gated):
                said = memo.get((transform, text), _UNSAID)
                if said is _UNSAID:
                    said = transform(text, language)
                for out in (said,) if isinstance(said, str) else said or ():
                    if out not in seen:
                        seen.add(out)
                        found.append(out)
                        yield replace(s, text=out, source=s.text)
        frontier = found


# What sets off a piece of a sentence's top level: the reading of segments.py needs one.
_SET_OFF = re.compile(r", |; | \(| – | — ")
_LABELLED = re.compile(r"^(?P<label>[^:\d]{2,50}): (?P<value>.+)$")
_FIGURE_OPENING = re.compile(
    r"^(?:[\d€$£¥]|(?:circa|oltre|quasi|about|around|over|nearly|almost|more than|up to)\s+\d)"
)
_IT_SINGULAR_ARTICLE = {"a": "la", "à": "la", "o": "il"}


# The pronouns that open a relative clause right before its verb: "per chi viaggia".
_RELATIVE_PRONOUNS = frozenset("chi che cui who whom which that".split())


def _item_said(lead: str, item: str, doc: Document) -> str | None:
    """A list item as a statement: the lead's clause goes on with it ('Il piano prevede:' +
    '60 cuccioli da affidare alle aziende;' -> 'Il piano prevede 60 cuccioli da affidare alle
    aziende.'), or the item names a figure ('Annual capacity: 480,000 wafers' -> 'The annual
    capacity is 480,000 wafers.')."""
    language = doc.language
    lead = lead.rstrip()
    item = item.strip().rstrip(";,.")
    if not lead.endswith(":") or len(item) < 4:
        return None
    m = _LABELLED.match(item)
    if m is not None:
        if _FIGURE_OPENING.match(m.group("value")) is None:
            return None
        label = m.group("label")
        if label.split(" ", 1)[0].lower() not in doc.lowercase:
            return None  # a name or a date, not a thing measured
        label = label[0].lower() + label[1:]
        subject = _with_article(label, language)
        if subject is None:
            return None
        return upper_first(f"{subject[0]} {subject[1]} {m.group('value')}.")
    body = lead[:-1].rstrip()
    toks = tokens(body)
    if len(toks) < 2 or ":" in body or toks[0].low in _SUBORDINATORS | _WH_WORDS:
        return None
    last = toks[-1]
    if language == "en" and last.low in _BEFORE_INFINITIVE and _bare_infinitive(item):
        return f"{body} {item}."  # "The contract requires the firm to:" + "plant 900 trees;"
    if last.low in PREPOSITIONS[language]:
        last = toks[-2]  # "The money has been spent on:"
    if not _ends_clause(last.low, language):
        return None  # "The line has eight stations:": the clause is whole without the items
    at = toks.index(last)
    if at > 0 and toks[at - 1].low in _RELATIVE_PRONOUNS:
        return None  # "Le novità per chi viaggia:": the verb is a relative's, the items no object
    if last.low in AUXILIARIES[language] and not item[:1].islower() and not item[:1].isdigit():
        return None  # "The timetable is: Braunstone and Humberstone close on 25 July"
    said = tokens(item)
    if any(_verb_at(said, i, language) for i in range(1, min(len(said) - 1, 10))):
        return None  # a clause of its own: no object of the lead's verb
    first = item.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in doc.lowercase:
        item = first.lower() + item[len(first) :]
    if language == "it":
        body = _agreed_with_item(body, item)
    return f"{body} {item}."


# The last word of an English lead that a bare infinitive goes on from: "requires the firm
# to:", "the firm must:".
_BEFORE_INFINITIVE = frozenset("to must will should shall would can could may".split())


def _bare_infinitive(item: str) -> bool:
    """Whether an English list item opens with a bare infinitive that goes on from a lead
    ending in 'to': 'employ at least 25 apprentices', not 'the end of May'."""
    first = item.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or first in AUXILIARIES["en"]:
        return False
    return lemma(first, "en") == first and is_verb_lemma(first)


_COUNTED_NOUN = re.compile(
    r"^(?:(?:circa|oltre|almeno|quasi) )?[\d.,]+ ([a-zàèéìòù]+)"
    r"|^(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci) ([a-zàèéìòù]+)"
)
_PLURAL_PARTICIPLES = re.compile(r"(?:\b(stati|state) )?\b([a-zàèéìòù]+[aiu]t)([ie])$")


def _agreed_with_item(body: str, item: str) -> str:
    """'sono stati realizzati' before '6 aree di sosta' -> 'sono state realizzate': a lead's
    plural participle agrees with what the item counts (an Italian plural noun in -e is
    feminine, in -i masculine)."""
    noun = _COUNTED_NOUN.match(item)
    m = _PLURAL_PARTICIPLES.search(body)
    if noun is None or m is None:
        return body
    head = noun.group(1) or noun.group(2)
    ending = {"e": "e", "i": "i"}.get(head[-1:])
    if ending is None or ending == m.group(3):
        return body
    stato = "" if m.group(1) is None else ("state " if ending == "e" else "stati ")
    return body[: m.start()] + stato + m.group(2) + ending


_WH_WORDS = frozenset("what which how why chi cosa come quali quale perché".split())
_INCLUDE = frozenset("include includes including comprende comprendono figurano".split())


def _ends_clause(low: str, language: str) -> bool:
    """Whether a lead ending with this word wants the items to go on ('Il piano prevede:',
    'Among the conditions are:', 'Key findings include:', 'sono stati documentati:')."""
    if low in AUXILIARIES[language] or low in _INCLUDE:
        return True
    return is_participle(low, language) or is_finite(low, language)


def _with_article(label: str, language: str) -> tuple[str, str] | None:
    """(the label with its article, the verb 'to be' it takes): ('the annual capacity',
    'is'), ('la lunghezza della linea', 'è'), ('i dipendenti di X', 'sono')."""
    if language == "en":
        head = label.rsplit(" ", 1)[-1]
        return f"the {label}", "are" if head.endswith("s") and not head.endswith("ss") else "is"
    head = label.split(" ", 1)[0]
    if head.endswith("i"):
        return f"{'gli' if takes_lo(head) or head[0] in 'aeiou' else 'i'} {label}", "sono"
    article = _IT_SINGULAR_ARTICLE.get(head[-1:])
    if article is None:
        return None  # "-e": one or many
    if head[0] in "aeiouàèéìòù":
        return f"l’{label}", "è"
    if article == "il" and takes_lo(head):
        article = "lo"
    return f"{article} {label}", "è"


def _pronoun_named(text: str, previous: str, doc: Document) -> str | None:
    """'She was fed every 30 minutes.' -> 'Amy Ross was fed every 30 minutes.' when the
    sentence before names one person and no other (reference.person_named)."""
    if not text.startswith(("He ", "She ", "Lui ", "Lei ")):
        return None
    surnames = surnames_alone(doc.texts or [s.text for s in doc.sentences], doc.people)
    return person_named(text, previous, doc.language, doc.people, surnames)
