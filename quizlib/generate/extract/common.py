"""Helpers several extractors share: people mentioned, offices before names, topics."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..candidate import Candidate
from ..chunks import POSSESSIVES, THEIR, Token, index_at, tokens
from ..document import (
    NAME_RUN,
    OFFICE_GLUE,
    OFFICE_SPAN,
    Document,
    EntryInfo,
    Sentence,
    honorific_before,
    is_known_word,
    known_only_as_name,
)
from ..given_names import gender, is_given_name
from ..lexicon import ARTICLES, ARTICULATED, ROLE_WORDS, SAY_VERBS, STOPWORDS
from ..numerals import NUMBER_WORDS
from ..phrase import of_phrase
from ..text import fold, lower_first, upper_first
from ..verbs import AUXILIARIES, is_finite, is_participle
from .offices import compound_office

# A comma that goes on with a list, a word or two, then "and"/"or": "with chronic bone, | joint
# or urinary infections", "represents North, | West and Central Sutherland". A phrase that ends
# at such a comma is a list cut short.
LIST_GOES_ON = re.compile(r",\s(?:[\w’'-]+\s){1,2}(?:and|or|e|ed|o)\s")


def people_in(text: str, doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each person the text mentions; a full name wins over the
    surname inside it."""
    index = doc.people_index
    if not index or doc.people_starts is None:
        return []
    found = doc.people_found.get(text)
    if found is not None:
        return found  # the same list each time: callers only read it
    out: list[tuple[int, int, str]] = []
    after = 0  # found names do not overlap
    for m in doc.people_starts.finditer(text):  # whole words (\w+) that may open a name
        start = m.start()
        names = index.get(m.group(0))
        if names is None or start < after:
            continue
        for name in names:
            end = start + len(name)
            if text.startswith(name, start) and _word_boundary(text, end):
                full = doc.people[name]
                if full != name and _family(text, start, end):
                    break  # "la famiglia Cerato": the family, not Mattia Cerato
                out.append((start, end, full))
                after = end
                break
    doc.people_found[text] = out
    return out


# Words that make a surname stand for a family: "la famiglia Cerato", "the Lennox family".
_FAMILY_BEFORE = ("famiglia ", "famiglie ", "fratelli ", "sorelle ", "coniugi ")
_FAMILY_AFTER = (" family", " brothers", " sisters", " twins")


def _family(text: str, start: int, end: int) -> bool:
    """Whether the surname at text[start:end] names a family, not the person."""
    before = text[max(0, start - 9) : start].lower()
    return before.endswith(_FAMILY_BEFORE) or text.startswith(_FAMILY_AFTER, end)


def surname(name: str, doc: Document) -> str:
    """What the article calls a person by: 'Lavrov', 'De Pascalis', 'von der Leyen'."""
    words = name.split()
    for i in range(len(words) - 1, 0, -1):  # the shortest end of the name the article uses
        tail = " ".join(words[i:])
        if doc.people.get(tail) == name:
            return tail
    return words[-1]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def _word_boundary(text: str, i: int) -> bool:
    """What \b matches at offset i."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


# Ranks that title a name as offices do: "l’ammiraglio inglese Horatio Nelson", "Captain Anna
# Neri".
_RANKS = {
    "it": frozenset("ammiraglio colonnello capitano maresciallo".split()),
    "en": frozenset("admiral colonel captain marshal".split()),
}

# Office words that are one only before another: "primo ministro", not "primo grado".
_ONLY_BEFORE_OFFICE = frozenset(["primo"])


def role_before(toks: list[Token], name_index: int, language: str) -> int | None:
    """Index of the office word opening the title just before a name ('il Ministro degli Esteri
    russo | Sergej Lavrov', 'il segretario generale | Paolo Neri', 'Norway’s climate and
    environment minister | Erik Haugland', 'il pubblico ministero | Anna Neri', an office of two
    words): only capitalised words, adjectives, 'di'-words, an acronym in brackets and the short
    words inside names ('Made in Italy') in between."""
    roles = ROLE_WORDS[language] | _RANKS[language]
    glue = OFFICE_GLUE[language]
    i = name_index - 1
    found = None
    while i >= 0 and name_index - i <= OFFICE_SPAN:
        t = toks[i]
        if t.low in roles:
            found = i
            if language == "it":
                break
        elif i > 0 and compound_office(toks[i - 1].low, t.low, language):
            found = i - 1  # "il pubblico ministero", "the harbour master"
            if language == "it":
                break
            i -= 1
        elif t.text == ")" and _acronym_in_brackets(toks, i):
            i -= 3  # "il capogruppo del Partito democratico (Pd), | Fabrizio Messina"
            continue
        elif t.text in {",", ";", ":", "(", ")", "“", "”", "–", "—"}:
            break
        elif t.low in glue or t.text[:1].isupper() or _inside_name(toks, i):
            pass
        elif t.text.isalpha() and t.text.islower() and len(t.text) > 3 and language == "it":
            # An adjective of the office ("russo", "americano"), never a verb or article.
            if t.low in STOPWORDS[language] or is_finite(t.text, language):
                break
        else:
            break
        i -= 1
    if found is None or toks[found].low in _ONLY_BEFORE_OFFICE:
        return None  # "In primo grado Rossi": "primo" makes an office only of another
    if _titles_another(toks, found, name_index, language):
        return None  # "re Carlo II | nominò consigliere | Anna Neri": the king is Carlo II
    if language == "it":
        while found > 0 and toks[found - 1].low in roles:
            found -= 1  # "segretario generale", "primo ministro": one office
        return found
    return _modifiers_before(toks, found)


def _acronym_in_brackets(toks: list[Token], close: int) -> bool:
    """Whether the bracket closing at toks[close] holds one acronym after a capitalised name,
    inside an office, after a word of its name: 'del Partito democratico (Pd)', 'of the Football
    Association (FA)'."""
    if close < 3 or toks[close - 2].text != "(":
        return False
    acronym, before = toks[close - 1].text, toks[close - 3].text
    return acronym[:1].isupper() and acronym.isalpha() and len(acronym) <= 6 and before.isalpha()


def _titles_another(toks: list[Token], found: int, name_index: int, language: str) -> bool:
    """Whether the office word at `found` stands right before a name of its own, which
    lowercase words then part from the name after: 're Carlo II di Napoli nominò | Anna Neri',
    not 'il presidente Usa | Joe Biden' (one run of capitals up to the name)."""
    k = found + 1
    if k >= name_index or not toks[k].text[:1].isupper() or toks[k].low in ROLE_WORDS[language]:
        return False
    while k < name_index and (toks[k].text[:1].isupper() or _inside_name(toks, k)):
        k += 1
    return k < name_index


def _inside_name(toks: list[Token], i: int) -> bool:
    """A short lowercase word between capitalised ones: 'Made in Italy', 'Bosnia and
    Herzegovina'."""
    t = toks[i]
    return (
        0 < i < len(toks) - 1
        and len(t.text) <= 3
        and t.text.isalpha()
        and t.text.islower()
        and t.low not in AUXILIARIES["it"] | AUXILIARIES["en"]  # "della Fondazione Rossi fu"
        and toks[i - 1].text[:1].isupper()
        and toks[i + 1].text[:1].isupper()
    )


# A country or union in initials with full stops, as tokens keep it: "U.S", "U.K", "E.U".
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _modifiers_before(toks: list[Token], found: int) -> int:
    """Where an English office starts with the words before its office word: 'Russian Foreign
    Minister', 'UN climate chief', 'the state health secretary', 'Norway’s climate and
    environment minister'. Lowercase words belong to it only up to a determiner, a capital or
    the sentence's start ('said former minister' is not an office)."""
    start = found
    k = found - 1
    while k >= 0 and found - k <= 4:
        t = toks[k]
        if t.low == "and" and k < found - 1:
            k -= 1  # between two modifiers
            continue
        if _INITIALISM.fullmatch(t.text):
            start = k  # "U.S. Secretary of State": whose office it is
            break
        if (
            not t.text.isalpha()
            or len(t.text) < 2
            or t.low in STOPWORDS["en"]
            or is_finite(t.text, "en")
            or t.low in _STYLES
        ):
            break  # "His Honour | Judge": a style of address, no part of the office
        if t.text[:1].isupper() or k == 0 or _opens_office(toks, k - 1):
            start = k
        k -= 1
    return start


# The nouns of styles of address: "His Honour", "Her Excellency", "His Worship the Mayor".
_STYLES = frozenset(
    "honour honor excellency majesty highness worship grace lordship ladyship".split()
)


def _opens_office(toks: list[Token], k: int) -> bool:
    """Whether the token at k may stand before an English office: a capital, an article, a
    possessive ('Kenya’s', 'its')."""
    t = toks[k]
    if t.text[:1].isupper() or t.low in {"the", "a", "an", "its", "his", "her", "their"}:
        return True
    return t.low == "s" and k > 0 and toks[k - 1].text.endswith("’")


def title_start(toks: list[Token], name_index: int, text: str, end: int, language: str) -> int:
    """Index of the token an office would end before, for the name at toks[name_index] (ending
    at offset `end`): the name itself, or the honorific before it ('Dr. | Helena'), or the
    comma that sets it off from its office ('Il ministro delle Imprese, | Roberto Valli,')."""
    at = name_index
    honorific = honorific_before(text, toks[at].start, language)
    if honorific is not None:
        at = index_at(toks, honorific)
        if at > 1 and toks[at - 1].low in ARTICLES[language] and toks[at - 2].text == ",":
            at -= 1  # ", il sig. Antonio Greco,"
    if at > 0 and toks[at - 1].text == "," and text[end : end + 1] in ("", ",", ";", ".", ")"):
        at -= 1
    return at


def drop_titles(text: str, doc: Document) -> str:
    """'Il Presidente degli Stati Uniti Donald Trump e ...' -> 'Donald Trump e ...'."""
    toks = tokens(text)
    cuts: list[tuple[int, int, str]] = []  # (start, end, what replaces the text between)
    for start, _end, _name in people_in(text, doc):
        idx = next((k for k, t in enumerate(toks) if t.start == start), None)
        if idx is None:
            continue
        role = role_before(toks, idx, doc.language)
        if role is None:
            continue
        begin = role
        before = toks[begin - 1] if begin > 0 else None
        if before is not None and before.low in {"il", "la", "lo", "l’", "the"}:
            cuts.append((before.start, start, ""))
        elif before is not None and doc.language == "it" and before.low in ARTICULATED:
            # "inaugurato dal sindaco Marco Rossi" -> "inaugurato da Marco Rossi"
            simple = _SIMPLE_PREPOSITION[before.low[:2]]
            simple = upper_first(simple) if before.text[:1].isupper() else simple
            cuts.append((before.start, start, simple + " "))
        else:
            cuts.append((toks[begin].start, start, ""))
    for a, b, put in reversed(cuts):
        text = text[:a] + put + text[b:]
    return text


# The preposition inside an Italian articulated one, by its first two letters.
_SIMPLE_PREPOSITION = {
    "de": "di",
    "da": "da",
    "al": "a",
    "ag": "a",
    "ai": "a",
    "ne": "in",
    "su": "su",
}


def resolve_possessive(np: str, s: Sentence, doc: Document) -> str | None:
    """Replace 'sua'/'its' with the entry's name, 'loro'/'their' with the two people named;
    None when the owner cannot be told."""
    language = doc.language
    words = np.split()
    owners = [w for w in words if w.lower() in POSSESSIVES[language]]
    their = [w for w in words if w.lower() == THEIR[language]]
    if not owners and not their:
        return np
    rest = " ".join(
        w for w in words if w.lower() not in POSSESSIVES[language] and w.lower() != THEIR[language]
    )
    if owners:
        if s.entry is None:
            return None
        owner = lower_first(s.entry.phrase)
        if language == "en":  # "its population" -> "Hull’s population"
            return f"{s.entry.phrase}’s {rest}"
        return f"{rest} {of_phrase(owner, language)}"
    named = list(dict.fromkeys(name for _a, _b, name in people_in(s.text, doc)))
    if len(named) != 2:
        return None
    link = "tra {} e {}" if language == "it" else "between {} and {}"
    return f"{rest} {link.format(*named)}"


def topic_of(s: Sentence, doc: Document, exclude: str = "") -> str:
    """What a card from this sentence is about, for its id: the entry, else the first name."""
    if s.entry is not None:
        return s.entry.name if fold(s.entry.name) != fold(exclude) else s.entry.heading
    ex = fold(exclude)
    people = [n for _a, _b, n in people_in(s.text, doc) if fold(n) not in ex]
    if people:
        return people[0].split()[-1]
    roles = ROLE_WORDS[doc.language]
    stop = STOPWORDS[doc.language]
    for m in NAME_RUN.finditer(s.text):
        name = m.group(0)
        if m.start() == 0 or name.lower() in roles or name.lower() in stop:
            continue
        if fold(name) and fold(name) not in ex:
            return name
    words = [w for w in re.findall(r"[^\W\d_]{4,}", s.text) if w.lower() not in stop]
    return " ".join(words[:2]) or "card"


# Words that open a noun phrase and never a name, before a name or not: "Both Scottish
# champions", "Tutti i comuni".
_QUANTIFIERS = frozenset(
    """both all each every some many most several these those entrambi entrambe tutti tutte
    ogni alcuni alcune molti molte""".split()
)


# Small words that join the words of one name ("Scottish and Southern Electricity", "Bank of
# England", "Cassa di Risparmio").
_NAME_JOINS = frozenset("and of for e di del della dei delle".split())


def lower_initial(clause: str, doc: Document) -> str:
    """Lowercase the first word when it is an ordinary word, not a name (a name shows up
    capitalised on its own elsewhere in the article)."""
    first, _, rest = clause.partition(" ")
    if first.isupper() or first in doc.people:
        return clause
    if doc.name_counts.get(first, 0) > 1 and not _sentence_case(first, rest, doc):
        return clause
    if first in doc.inner_capitals:
        return clause  # "Brazil recorded ...": written "in Brazil" elsewhere
    if first.lower() in _QUANTIFIERS or first.lower() in NUMBER_WORDS[doc.language]:
        return first.lower() + (" " + rest if rest else "")  # "Both …", "Undici strutture"
    if rest[:1].isupper():
        return clause  # "Donald Trump ...": part of a longer name
    join, _, after = rest.partition(" ")
    if join in _NAME_JOINS and after[:1].isupper():
        return clause  # "Scottish and Southern Electricity Networks": one name
    if (
        doc.language == "en"
        and first.endswith(_DEMONYM_ENDINGS)
        and (first.lower() not in doc.lowercase)
    ):
        return clause  # "Norwegian boats will ...": a people's adjective keeps its capital
    if known_only_as_name(first, doc.language) or is_given_name(first):
        # "Quebec alone produces ...": the dictionary writes it with a capital; "Luca ha
        # comprato ...": a person named by the given name alone
        return clause
    if is_known_word(first.lower(), doc.language) or first.lower() in ARTICLES[doc.language]:
        return (
            lower_first(first.lower() + (" " + rest if rest else ""))
            if first[1:].islower()
            else clause
        )
    return clause


# The endings of English adjectives of a people or a place, written with a capital:
# "Norwegian", "British", "Japanese", "European".
_DEMONYM_ENDINGS = ("ian", "ish", "ese", "ean")


def _sentence_case(word: str, rest: str, doc: Document) -> bool:
    """Whether a capitalised word that opens a clause, alone before words in small letters, is
    an ordinary noun in sentence case, though it opens several sentences ('Work is due to
    begin ...'): the article writes it in small letters elsewhere and never with a capital
    inside a sentence, and the dictionary knows it in small letters."""
    low = word.lower()
    after = rest.split(" ", 1)[0]
    return (
        word[1:].islower()
        and after.islower()
        and after not in _NAME_JOINS
        and low not in STOPWORDS[doc.language]
        and low not in ARTICLES[doc.language]
        and low in doc.lowercase
        and word not in doc.inner_capitals
        and is_known_word(low, doc.language)
        and not known_only_as_name(word, doc.language)
    )


def specific(subject: str, doc: Document) -> bool:
    """Whether a subject says what it is out of the article: it holds a name ('the Tower
    Bridge'), or its noun is what the article is about (said in three or more sentences)."""
    words = subject.split()
    if any(w[:1].isupper() for w in words):
        return True
    return len(words) >= 2 and doc.sentences_with(words[-1].lower()) >= 3


def entity_card(
    s: Sentence,
    answer: str,
    question: str,
    topic: str,
    *,
    score: float,
    answer_type: str = "thing",
    accept: tuple[str, ...] = (),
) -> Candidate:
    """A question whose answer is a name or a thing (who did it, where, what it is called),
    its first letter capitalised."""
    return Candidate(
        "entity",
        s,
        score,
        answer,
        question=upper_first(question),
        accept=accept,
        answer_type=answer_type,
        topic=topic,
    )


# After a period, the words that make it a point in time, counted from something else: "tre
# anni fa", "a due mesi dall’incontro", "three days before the vote", "four hours later".
_FROM_EVENT = frozenset(
    "fa prima dopo dal dalla dai dalle ago later earlier before after since".split()
)
_FROM_EVENT_ELIDED = ("dall’", "dagli")


def counted_from_event(text: str, end: int) -> bool:
    """Whether the word after a period ending at text[end] makes it a point in time."""
    after = text[end : end + 12].split(None, 1)
    word = after[0].lower().strip(".,;:)") if after else ""
    return word in _FROM_EVENT or word.startswith(_FROM_EVENT_ELIDED)


def common_noun_entry(entry: EntryInfo, doc: Document) -> str | None:
    """An entry's phrase in small letters when its name is a thing's common noun ('Lithium',
    'Morbillo') that only a heading or a sentence start capitalises: the text has it in small
    letters somewhere ('lithium-bearing mica' does not count); a body or a place ('Hull',
    'Lago d’Iseo') keeps its capital."""
    name = entry.name
    first, *rest = name.split()
    if entry.kind != "thing" or len(name) < 4 or not first[1:].islower():
        return None
    if not all(w.islower() for w in rest) or name not in entry.phrase:
        return None
    low = name.lower()
    if not any(low in t for t in doc.texts):
        return None  # cheap test first
    whole = re.compile(r"(?<![\w’'-])" + re.escape(low) + r"(?![\w’'-])")
    if not any(whole.search(t) for t in doc.texts):
        return None
    return entry.phrase.replace(name, low)


def in_participle_aside(before: str, language: str) -> bool:
    """Whether a name comes at the end of an aside a participle opens after a comma ('la
    società pubblica, controllata dal gruppo | X, che gestisce ...'): the relative after the
    aside is said of the noun before it, not of the name."""
    comma = before.rfind(", ")
    if comma < 0:
        return False
    first = before[comma + 2 :].split(" ", 1)[0]
    return first.islower() and is_participle(first, language)


# The English possessives of a person, by the gender they say ("her coach", "his skipper").
PERSON_POSSESSIVES = {"her": "f", "his": "m"}


def person_named_before(
    doc: Document,
    index: int,
    want: str,
    exclude: Collection[str],
    reach: int,
    apart: Callable[[Sentence, Sentence], bool],
) -> str | None:
    """The person a possessive of gender `want` in doc.sentences[index] stands for: the one
    the nearest sentence before it names (other than `exclude`), of that gender or of none
    known, at most `reach` sentences back and none `apart` from it; None when that sentence
    names two such people, or none is near."""
    here = doc.sentences[index]
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        s = doc.sentences[k]
        if apart(s, here):
            return None
        fits = {
            name
            for _start, _end, name in people_in(s.text, doc)
            if name not in exclude and gender(name) in (want, None)
        }
        if fits:
            return fits.pop() if len(fits) == 1 else None
    return None


_OWNER_WORDS = frozenset("of for to with at by di a da per con su tra fra".split())


def ends_with_person(phrase: str, doc: Document) -> bool:
    """Whether a phrase of a common noun ends with a person's name ('l’avvocata Rosaria
    Pellegatta'): it introduces that person, and describes no one else."""
    words = phrase.split()
    if not words or not words[0][:1].islower():
        return False
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    if len(run) < 2 or len(run) == len(words):
        return False
    before = words[-len(run) - 1].lower()
    if before in _OWNER_WORDS or before in ARTICULATED or before.endswith("’"):
        return False  # "il legale di De Palma", "coach of Orla Keane": the office's owner
    name = " ".join(run)
    return doc.person(name) is not None or is_given_name(run[0])


# A comma between two adjectives of one noun: "the hot, | dry summer", "a long, | narrow
# valley": an article and one word before it, two words in small letters after it.
_AFTER_ARTICLE = re.compile(r"(?:^|\s)(?:the|a|an)\s[a-z]+$")
_TWO_WORDS = re.compile(r",\s([a-z]+)\s([a-z]+)")


# Words that open a clause after a comma, which no adjective is.
_CLAUSE_OPENERS = frozenset(
    """i you he she it we they there this that these those so yet then now still just even
    also too which who whose where when while because if though although unless until
    since""".split()
)


def between_adjectives(text: str, start: int, comma: int, participles: bool = False) -> bool:
    """Whether the comma at `comma` stands between two adjectives of one English noun: the
    word after it is no verb, gerund, adverb or function word, nor is the one after that a
    function word. With `participles`, a participle in -ed is an adjective too ("a
    deliberate, | planned act"), as in a quotation, where no clause of the sentence's own
    follows."""
    m = _TWO_WORDS.match(text, comma)
    if m is None or not _AFTER_ARTICLE.search(text, start, comma):
        return False
    first, second = m.group(1), m.group(2)
    if first in STOPWORDS["en"] or second in STOPWORDS["en"] or first.endswith(("ing", "ly")):
        return False  # "as a closer, | stitching together ...": a phrase of its own
    if first in AUXILIARIES["en"] or first in SAY_VERBS["en"] or first in _CLAUSE_OPENERS:
        return False  # "the boats, | you take ...", "a city, | so knowing ..."
    return not is_finite(first, "en") or (participles and first.endswith("ed"))
