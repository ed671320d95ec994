"""A count whose noun a relative clause or a participle describes right after it, asked with
what it tells of them: 'i 640 studenti che arrivano dai comuni della pedemontana' -> 'Quanti
studenti arrivano dai comuni della pedemontana?', 'the 16 staff needed at the base' -> 'How
many staff are needed at the base?'."""

from __future__ import annotations

import re

from ...lexicon import EN_PAST, STOPWORDS
from ...text import squash
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_present_s_at,
    is_verb_lemma,
    italian_plural_verb,
    lemma,
    takes_essere,
)
from .counts import _Count
from .gender import _how_many_it

# A subject relative right after the counted noun: "640 studenti| che arrivano",
# "40 families| who live", "300 homes| that have been built".
_RELATIVE = {
    "it": re.compile(r"\s+che\s+"),
    "en": re.compile(r",?\s+(?:who|that)\s+"),
}


# The end of the relative clause: a stop, a comma, a bracket, a dash, a quote.
_CLAUSE_END = re.compile(r"[,;:.!?()«»\"“”]|\s[–—-]\s")


_EN_ADVERBS = frozenset("also now still already currently often regularly".split())


_EN_VERB_OPENERS = AUXILIARIES["en"] | frozenset(
    "will would can could may might must should shall".split()
)


_SHORTEST_REST = 2  # words of the relative from its verb: "arrivano dai comuni"
_LONGEST_REST = 12


def _relative_rest(text: str, at: int, language: str, participle: bool = False) -> list[str] | None:
    """The words of the clause that describes the count, from its verb at `at` to its end:
    up to a stop or a comma, or up to the sentence's own verb when the count's noun phrase
    opens the sentence ('the 16 staff| needed at the base| will begin next month'); None when
    it is not between _SHORTEST_REST and _LONGEST_REST words or its end is unclear. After a
    participle only an auxiliary or a modal ends it: a past may be the count's own verb
    ('Negotiators from 170 countries returned| ...')."""
    end = _CLAUSE_END.search(text, at)
    words = text[at : end.start() if end else len(text)].split()
    k = 1
    while k < len(words) and _in_verb_group(words[k], language):
        k += 1  # "sono stati assunti", "have been built"
    later = next((i for i in range(k, len(words)) if _verb_at(words, i, language)), None)
    main_before = _verb_before(text[:at].split(), language)
    if later is not None:
        if main_before or words[later - 1].lower() in STOPWORDS[language]:
            return None  # two verbs after the count: which one is the relative's?
        if participle and words[later] not in _EN_VERB_OPENERS:
            return None
        words = words[:later]
    elif not (main_before or participle) and end and text[end.start()] in ".!?":
        pass  # the relative runs to the end of the sentence: its verb is one said before
    elif not main_before and not (end and _verb_resumes(text, end.start(), language)):
        return None  # the sentence's verb is not found: where does the relative end?
    return words if _SHORTEST_REST <= len(words) <= _LONGEST_REST else None


# An aside after the count's noun phrase, before the sentence's verb: ", including pilots and
# engineers,", ", tra cui dieci medici,".
_ASIDE_OPENERS = frozenset("including such among tra compresi comprese incluso inclusi".split())


_LONGEST_ASIDE_LIST = 5  # commas in an aside of examples


def _verb_resumes(text: str, comma: int, language: str) -> bool:
    """Whether the sentence's own verb comes right after the comma that ends the relative,
    or after one aside of examples: 'the 16 staff needed at the base|, including pilots,|
    will begin', 'i 640 studenti che arrivano dai comuni|, sono le corse'."""
    if text[comma : comma + 1] != ",":
        return False
    words = text[comma + 1 :].split()
    if words and words[0].lower() in _ASIDE_OPENERS:
        for _ in range(_LONGEST_ASIDE_LIST):  # ", including pilots, engineers and a manager,"
            comma = text.find(",", comma + 1)
            if comma < 0:
                return False
            words = text[comma + 1 :].split()
            if words and _verb_at(words, 0, language) and words[0].islower():
                return True
        return False
    return bool(words) and _verb_at(words, 0, language) and words[0].islower()


def _verb_before(words: list[str], language: str) -> bool:
    """Whether the words before the count hold the sentence's verb ('The money goes to| the
    30 schools that ...')."""
    if any(_verb_at(words, i, language) for i in range(len(words))):
        return True
    return language == "en" and any(is_present_s_at(words, i) for i in range(1, len(words)))


def _in_verb_group(word: str, language: str) -> bool:
    """Whether a word goes on a verb group: an auxiliary, a participle, 'not'."""
    w = word.lower()
    return w in AUXILIARIES[language] or w in {"not", "non"} or is_participle(w, language)


def _verb_at(words: list[str], i: int, language: str) -> bool:
    """Whether the word at `i` is a verb of its own clause: a conjugated Italian verb; an
    English auxiliary or modal, or a past after a noun ('were moved', 'will begin')."""
    w = words[i]
    if language == "it":
        return w.islower() and is_finite(w, "it")
    if w in _EN_VERB_OPENERS:
        return True
    before = words[i - 1].lower() if i else ""
    past = w in EN_PAST or (w.endswith("ed") and (is_finite(w, "en") or lemma(w, "en") != w))
    return past and before.isalpha() and before not in STOPWORDS["en"]


def _english_verb(words: list[str]) -> bool:
    """Whether the words open with an English verb that agrees with a plural subject: an
    auxiliary or a modal, a past, or a plain present ('live', 'have been', 'worked')."""
    k = 1 if words[0].lower() in _EN_ADVERBS else 0
    if k >= len(words) or not words[k].islower():
        return False
    verb = words[k]
    if verb in _EN_VERB_OPENERS:
        return verb not in {"is", "was", "has", "does"}
    if verb in STOPWORDS["en"] or verb.endswith(("ly", "s")):
        return False
    return verb in EN_PAST or is_finite(verb, "en") or is_verb_lemma(verb)


# A verb of telling before the count, whose "che"/"that" may open what was told.
_SAID_BEFORE = {
    "it": re.compile(
        r"\b(?:dett[oaie]|spiegat[oaie]|ricordat[oaie]|annunciat[oaie]|comunicat[oaie]|"
        r"assicurat[oaie]|scritt[oaie]|promess[oaie]|dice|dicono|spiega|ricorda|assicura)\b"
    ),
    "en": re.compile(
        r"\b(?:told|tell|tells|telling|warned|warns|assured|assures|reminded|reminds|"
        r"informed|informs|promised|promises|convinced)\b"
    ),
}


def _relative_question(count: _Count, text: str, language: str) -> str | None:
    """'Quanti studenti pendolari arrivano dai comuni della pedemontana?', 'How many families
    live on the estate?': the relative's verb and what follows it, after the counted noun."""
    m = _RELATIVE[language].match(text, count.noun_end)
    if m is None:
        return None
    if _SAID_BEFORE[language].search(text, 0, count.start):
        return None  # "ha detto ai 40 operai che arrivano i fondi": what was said, no relative
    words = _relative_rest(text, m.end(), language)
    if words is None:
        return None
    if language == "it":
        if not italian_plural_verb(words):
            return None
        how = _how_many_it(count.noun, count.adj)
        return squash(f"{how} {count.nouns} {' '.join(words)}") + "?"
    if not _english_verb(words):
        return None
    return squash(f"How many {count.nouns} {' '.join(words)}") + "?"


# English participles of a state rather than an event: the question asks it in the present
# ("needed at the base" -> "are needed").
_EN_STATE_PARTICIPLES = frozenset(
    """needed required employed based expected planned housed registered enrolled listed
    kept held stationed located equipped dedicated reserved""".split()
)


# An English participle and the preposition of its complement right after the counted noun:
# "16 staff| needed at| the base", "200 pups| fitted with| temporary tags".
_EN_PARTICIPLE = re.compile(
    r"\s+(?P<part>[a-z]+)\s+(?:at|in|on|by|with|for|from|to|across|into|under|inside|between"
    r"|during|over|along|around|within|until|through)\s"
)


# A preposition before the count (its article and a bound between them): the noun phrase is a
# complement, so a participle after it describes it ("for the| 16 staff needed", "from| 200").
_EN_BEFORE_COUNT = re.compile(
    r"\b(?:for|from|of|with|to|among|by|on|about)\s+(?:the\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least)\s+)?$"
)


# Words of a time to come or of the present that make the sentence's verb no past.
_EN_LATER = frozenset("will would can may must shall is are has have".split())


def _participle_question(count: _Count, text: str) -> str | None:
    """'the 16 staff needed at the base' -> 'How many staff are needed at the base?'; an
    event's participle is asked in the past when the sentence tells of the past ('200 pups
    fitted with tags were released' -> 'How many pups were fitted with tags?')."""
    before = _EN_BEFORE_COUNT.search(text, 0, count.start)
    if before is None:
        return None  # "The 40 volunteers worked at the site": the count's own verb
    m = _EN_PARTICIPLE.match(text, count.noun_end)
    if m is None or not is_participle(m.group("part"), "en"):
        return None
    part = m.group("part")
    words = _relative_rest(text, m.start("part"), "en", participle=True)
    if words is None:
        return None
    others = (text[: count.start] + " " + text[m.start("part") + len(" ".join(words)) :]).split()
    past = any(
        w in {"was", "were", "had"} or _verb_at(others, i, "en") for i, w in enumerate(others)
    )
    past = past and not any(w in _EN_LATER for w in others)
    be = "are" if part in _EN_STATE_PARTICIPLES or not past else "were"
    return squash(f"How many {count.nouns} {be} {' '.join(words)}") + "?"


# A relative of having right before the count, after a noun phrase that opens with an
# article: "a weekly lottery|, which has around| 48,000 players", "un piccolo borgo|, che
# conta| 300 abitanti".
_HAVING_BEFORE = {
    "en": re.compile(
        r"(?:^|\s)(?P<article>a|an|the)\s+(?P<np>[a-z][a-z\s-]{1,40}?),\s+(?:which|that)\s+"
        r"(?P<verb>has|had)\s+(?:(?:about|around|some|nearly|almost|more\s+than)\s+)?$"
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<article>(?:una|uno|un|il|lo|la)\s+|un’|l’)(?P<np>[a-zà-ù][a-zà-ù\s]{1,40}?),"
        r"\s+che\s+(?P<verb>ha|aveva|conta|contava|comprende|ospita)\s+"
        r"(?:(?:circa|oltre|quasi)\s+)?$"
    ),
}


_IT_DEFINITE_OF = {"un": "il", "uno": "lo", "una": "la", "un’": "l’"}


_EN_DO = {"has": "does", "had": "did"}


_NP_STOPS = {
    "en": frozenset("of in at on for from to with by and or".split()),
    "it": frozenset("di a da in con su per tra fra e o del della dei delle degli".split()),
}


def _having_question(count: _Count, text: str, language: str) -> str | None:
    """'..., a weekly lottery, which has around 48,000 players' -> 'How many players does
    the weekly lottery have?'; '..., un borgo di montagna, che conta 300 abitanti' ->
    'Quanti abitanti conta il borgo di montagna?' (the noun phrase one of a few words, no
    preposition or conjunction in it but Italian 'di')."""
    m = _HAVING_BEFORE[language].search(text, 0, count.start)
    if m is None or m.end() != count.start:
        return None
    np = m.group("np").split()
    stops = _NP_STOPS[language] - ({"di"} if language == "it" else set())
    if not 1 <= len(np) <= 4 or any(w in stops or w in STOPWORDS[language] - {"di"} for w in np):
        return None
    article = m.group("article").strip()
    verb = m.group("verb")
    if language == "en":
        return f"How many {count.nouns} {_EN_DO[verb]} the {' '.join(np)} have?"
    definite = _IT_DEFINITE_OF.get(article, article)
    owner = f"{definite}{' '.join(np)}" if definite.endswith("’") else f"{definite} {' '.join(np)}"
    return squash(f"{_how_many_it(count.noun, count.adj)} {count.nouns} {verb} {owner}") + "?"


# A restrictive relative whose verb takes the count as its object, after a noun phrase that
# opens with an article: "an appeal| that attracted| 3,800 donors", "un laboratorio| che
# ospita| 30 ricercatori".
_OBJECT_RELATIVE_BEFORE = {
    "en": re.compile(
        r"(?:^|\s)(?P<article>a|an|the)\s+(?P<np>[a-z][a-z\s-]{1,40}?)(?:\s+that|,\s+which)\s+"
        r"(?P<verb>(?:has\s+|had\s+)?[a-z]+)\s+"
        r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least)\s+)?$"
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<article>(?:una|uno|un|il|lo|la)\s+|un’|l’)(?P<np>[a-zà-ù][a-zà-ù\s]{1,40}?)"
        r"\s+che\s+(?P<verb>(?:ha\s+|aveva\s+|avrà\s+)?[a-zà-ù]+)\s+"
        r"(?:(?:circa|oltre|quasi|almeno)\s+)?$"
    ),
}


_EN_LINKING_VERBS = frozenset("mean represent equal amount".split())


def _english_relative_verb(verb: str) -> str | None:
    """The question's verb group of an English relative's verb, its subject to go in the
    middle: 'attracted' -> ('did', 'attract'), 'employs' -> ('does', 'employ'), 'has
    trained' -> ('has', 'trained'); None for what is no such verb."""
    words = verb.split()
    if len(words) == 2:
        return f"{words[0]}|{words[1]}" if is_participle(words[1], "en") else None
    word = words[0]
    if word in STOPWORDS["en"] or word in _EN_VERB_OPENERS:
        return None
    base = lemma(word, "en")
    if base == word or base in _EN_LINKING_VERBS:
        return None  # "..., which means 40 new homes": what a clause amounts to
    if word in EN_PAST or (word.endswith("ed") and is_finite(word, "en")):
        return f"did|{base}"
    if word.endswith("s") and is_verb_lemma(base):
        return f"does|{base}"
    return None


def _object_relative_question(count: _Count, text: str, language: str) -> str | None:
    """'... a crowdfunding appeal that attracted more than 5,800 donors' -> 'How many donors
    did the crowdfunding appeal attract?', '... un laboratorio che ospita 30 ricercatori' ->
    'Quanti ricercatori ospita il laboratorio?'."""
    m = _OBJECT_RELATIVE_BEFORE[language].search(text, 0, count.start)
    if m is None or m.end() != count.start:
        return None
    np = m.group("np").split()
    if not 1 <= len(np) <= 4 or any(
        w in _NP_STOPS[language] or w in STOPWORDS[language] for w in np
    ):
        return None
    verb = m.group("verb")
    if language == "en":
        group = _english_relative_verb(verb)
        if group is None:
            return None
        aux, main = group.split("|")
        return f"How many {count.nouns} {aux} the {' '.join(np)} {main}?"
    words = verb.split()
    if not is_finite(words[0], "it") or words[0].endswith("no"):
        return None  # "che hanno": a plural verb, whose subject is not the phrase
    if len(words) == 2 and not is_participle(words[1], "it"):
        return None
    if words[-1] in _IT_COPULAS:
        return None
    article = m.group("article").strip()
    definite = _IT_DEFINITE_OF.get(article, article)
    owner = f"{definite}{' '.join(np)}" if definite.endswith("’") else f"{definite} {' '.join(np)}"
    return squash(f"{_how_many_it(count.noun, count.adj)} {count.nouns} {verb} {owner}") + "?"


_IT_COPULAS = frozenset("è era sarà fu diventa resta rimane".split())


# Words after a count that name no group of their own: "eighteen others who are not immune".
_NO_NOUNS = frozenset("others altri altre altrettanti".split())


# The end of a range before the count: "between twelve and| eighteen", "da 10 a| 12".
_RANGE_BEFORE = re.compile(r"\s(?:and|to|e|a|or|o)\s+$")


# A share before the count, whose whole the count is: "58% of the | 412", "il 58% dei | 412".
_SHARE_OF = re.compile(
    r"(?:%|per\s?cent|percent|per\s+cento)\s+(?:of\s+(?:the\s+)?|dei\s+|degli\s+|delle\s+|di\s+)$"
)


def _described_question(
    count: _Count, text: str, language: str, lead: str | None = None
) -> str | None:
    """The question of a count that a relative or a participle describes after its noun, in
    a sentence or in a list item (whose list opens with `lead`)."""
    item = _list_item_question(count, text, lead, language)
    if item is not None:
        return item
    if count.nouns != count.counted and language == "en":
        return None  # "tonnes of waste": the counted thing is another noun
    if count.noun.lower() in _NO_NOUNS or _RANGE_BEFORE.search(text, 0, count.start):
        return None  # "between twelve and eighteen others who ...": no group of its own
    if _SHARE_OF.search(text, max(0, count.start - 30), count.start):
        return None  # "58% of the 412 businesses that voted supported": the share's deed
    asked = (
        _relative_question(count, text, language)
        or _having_question(count, text, language)
        or _object_relative_question(count, text, language)
    )
    if asked is None and language == "en":
        asked = _participle_question(count, text)
    return asked


# The bullet and the bound that may open a list item before its count: "- circa| 6.500".
_ITEM_OPENING = re.compile(
    r"(?:[-•–]\s+)?(?:(?:circa|oltre|quasi|almeno|about|around|some|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


_LONGEST_ITEM_NOUN = 5  # words of the counted noun phrase of a list item


_IT_NOUN_JOINTS = frozenset("di del della dei degli delle dello dell’ e".split())


_EN_STATE_PREPOSITIONS = frozenset("on".split())  # "4,000 objects on display"


# The states 'on' tells of a thing or a person ("on display"), not a time ("on Sundays").
_EN_ON_STATES = frozenset("display duty site board sale loan show call patrol".split())


_IT_STATE_PARTICIPLES = frozenset(
    "previsti previste attesi attese impiegati impiegate presenti".split()
)


# Italian adjectives that stand before the noun they qualify and are no noun themselves ("9.340
# piccoli arrivati" counts the young): the word after them is a noun.
_IT_ADJECTIVES_BEFORE_NOUN = frozenset(
    """nuovi nuove altri altre ulteriori diversi diverse numerosi numerose""".split()
)


def _item_noun_end(words: list[str], language: str) -> int | None:
    """The index of the participle (or English 'on') that ends the counted noun phrase of
    a list item's words after its number: '11.400 biglietti| venduti ...', '4,000 objects|
    on display'; None when the phrase is long or holds anything but nouns and 'di'/'of'."""
    for k, word in enumerate(words[: _LONGEST_ITEM_NOUN + 1]):
        low = word.lower()
        state = low in _EN_STATE_PREPOSITIONS and language == "en"
        if state and (k + 1 >= len(words) or words[k + 1].lower() not in _EN_ON_STATES):
            return None  # "16 return trains on weekdays": a time, no state
        if k and (is_participle(low, language) or state):
            if language == "it" and not low.endswith(("i", "e")):
                return None  # "venduto": no plural participle, not the count's
            if language == "it" and words[k - 1].lower() in _IT_ADJECTIVES_BEFORE_NOUN:
                continue  # "700 nuovi posti": after "nuovi" a noun, which may read as a participle
            return k
        joint = low in _IT_NOUN_JOINTS if language == "it" else low == "of"
        if not joint and (not word.isalpha() or low in STOPWORDS[language]):
            return None
    return None


def _lead_tense(lead: str, language: str) -> str:
    """'future', 'past' or 'present': the tense the lead of a list tells its items in."""
    words = lead.split()
    if language == "en":
        if "will" in words:
            return "future"
        past = any(
            w in {"was", "were", "had"} or _verb_at(words, i, "en") for i, w in enumerate(words)
        )
        return "past" if past and not _EN_LATER.intersection(words) else "present"
    if any(w.endswith(("rà", "ranno")) and is_finite(w, "it") for w in words):
        return "future"
    return "past"


def _item_be(participle: str, tense: str, language: str) -> str:
    """The verb of being a list item's participle takes in its question: 'are expected',
    'were fitted', 'sono stati venduti', 'saranno impiegati'."""
    low = participle.lower()
    if language == "en":
        if low in _EN_STATE_PARTICIPLES:
            return "are"  # "are expected", "are needed" whatever the lead's tense
        if tense == "future":
            return "will be"
        if low in _EN_STATE_PREPOSITIONS:
            return "were" if tense == "past" else "are"
        return "were"  # "three wards built after the flood": an event, told as done
    if tense == "future":
        return "saranno"
    if low in _IT_STATE_PARTICIPLES or takes_essere(low):
        return "sono"  # "sono previsti", "sono arrivati"
    return "sono stati" if low.endswith("i") else "sono state"


def _list_item_question(count: _Count, text: str, lead: str | None, language: str) -> str | None:
    """A list item that opens with its count and a participle: '- 11.400 biglietti venduti
    nell’intera serie;' -> 'Quanti biglietti sono stati venduti nell’intera serie?', '85,000
    visitors expected in the first year' -> 'How many visitors are expected in the first
    year?' (the tense from the list's lead)."""
    if lead is None or not _ITEM_OPENING.fullmatch(text, 0, count.start):
        return None
    end = _CLAUSE_END.search(text, count.end)
    words = text[count.end : end.start() if end else len(text)].split()
    k = _item_noun_end(words, language)
    if k is None or not _SHORTEST_REST <= len(words) - k <= _LONGEST_REST:
        return None
    if any(_verb_at(words, i, language) for i in range(k + 1, len(words))):
        return None  # "85 autobus messi a disposizione hanno ...": a clause, not an item
    noun = " ".join(words[:k])
    be = _item_be(words[k], _lead_tense(lead, language), language)
    rest = " ".join(words[k:])
    if language == "it":
        how = "Quante" if words[k].lower().endswith("e") else "Quanti"
        return squash(f"{how} {noun} {be} {rest}") + "?"
    return squash(f"How many {noun} {be} {rest}") + "?"
