"""Whose sentence is it: in an entry, 'La città ...' or 'Crebbe da ...' means the entry."""

from __future__ import annotations

import re
from functools import lru_cache

from ..chunks import Token, tokens
from ..document import EntryInfo, Sentence
from ..lexicon import IT_PLURAL_ARTICLES, NOUN_KIND
from ..text import fold, is_acronym
from ..verbs import AUXILIARIES, is_finite, italian_plural_verb

_ARTICLE_WORDS = frozenset("il lo la i gli le l the".split())
_PRONOUNS = frozenset("essa esso it she he they".split())
_LEADING = frozenset("oggi inoltre anche infine poi today also later now".split())


@lru_cache(maxsize=4096)  # dates asks it once a sentence, numbers once a count of it
def refers_to_entry(sentence: Sentence, language: str) -> bool:
    """Whether the grammatical subject of an entry sentence is the entry itself."""
    entry = sentence.entry
    if entry is None:
        return False
    text = sentence.text
    folded = fold(text) + " "
    first, _, rest = folded.partition(" ")
    written = text
    if first in _ARTICLE_WORDS:
        folded = rest
        written = text.partition(" ")[2]
    for name in entry.names:
        n = fold(name)
        if n and folded.startswith(n + " "):
            return not acronym_goes_on(name, written[len(n) : len(n) + 2])
    if _may_name_otherwise(text, entry.names) and _named_in_other_form(text, entry.names, language):
        return True
    toks = [t for t in tokens(text) if t.text not in {",", "“", "”"}]
    while toks and toks[0].low in _LEADING:
        toks = toks[1:]
    if not toks:
        return False
    first = toks[0].low
    if first in _PRONOUNS:
        return True
    # "La città", "Il paese", "The city": a definite article and a kind noun.
    if first in {"il", "lo", "la", "l’", "the", "this"} and len(toks) > 1:
        return toks[1].low in NOUN_KIND and _stands_for(toks[1].low, entry)
    if not agrees_with_entry(toks, entry, language):
        return False  # "Sono usciti dalla Comunità ...": others than the entry did
    if first in {"si", "ci"} and len(toks) > 1:
        first = toks[1].low
    return first in AUXILIARIES[language] or is_finite(first, language)


def agrees_with_entry(toks: list[Token], entry: EntryInfo, language: str) -> bool:
    """Whether an Italian verb that opens a clause with no subject may be a singular entry's:
    not a plural one ('sono usciti', 'si trovano') unless the entry's name is plural, nor a
    verb of place whose subject follows it ('ha sede in città l’Università di Trento')."""
    if language != "it":
        return True
    text = " ".join(t.text for t in toks)
    if _PLACED_SUBJECT_AFTER.search(text):
        return False
    if entry.definite in IT_PLURAL_ARTICLES:
        return True
    return not italian_plural_verb([t.low for t in toks[:2]])


# An Italian verb of place with its subject after it, a name: "ha sede in città
# l’Università degli Studi di Trento", "sorge a pochi metri il Castello".
_PLACED_SUBJECT_AFTER = re.compile(
    r"^(?:(?:ha|hanno)\s+sede|si\s+trova|si\s+trovano|sorge|sorgono)\s"
    r"(?=.*\s(?:il|lo|la|l’|i|gli|le)\s?[A-ZÀ-Ý][^,;:]*$)"
)


def acronym_goes_on(name: str, after: str) -> bool:
    """Whether an acronym is followed (`after`: the text right after it) by a figure or a
    capital that go on with it: 'La ULSS| 6 Euganea è ...' names one of the kind the entry
    'ULSS' is, not the entry."""
    return name.isupper() and after[:1] == " " and (after[1:2].isdigit() or after[1:2].isupper())


_KIND_OPENERS = frozenset("il lo la l’ the this".split())


def explicit_subject(text: str, sentence: Sentence, language: str) -> str:
    """A card's text with the entry named where its sentence only implies it: 'It hosts ...'
    -> 'Geneva hosts ...', 'La città conta ...' -> 'Budapest conta ...', 'Fu fondata nel ...'
    -> 'La NATO fu fondata nel ...'. Out of its entry the sentence would not say what it is
    about. `text` is the sentence, or a cloze of it with the deletion after its first words."""
    entry = sentence.entry
    if entry is None or not text[:1].isupper():
        return text
    name = entry.phrase[:1].upper() + entry.phrase[1:]
    toks = tokens(sentence.text)
    if len(toks) < 3 or toks[0].start != 0:
        return text
    first, second = toks[0], toks[1]
    if first.low in _PRONOUNS and first.low not in {"she", "he", "they"}:
        cut = first.end  # "It", "Essa", "Esso"
    elif first.low in _KIND_OPENERS and _kind_noun(second) and _stands_for(second.low, entry):
        if _named_after(toks):
            return text  # "La società TEB fu costituita ...": it names itself
        cut = second.end
        if len(toks) > 3 and _adjective_at(toks, 2, language):
            return text  # "L’associazione nazionale| ha sede ...": maybe another than the entry
    elif (
        first.low in {"si", "ci"}
        or first.low in AUXILIARIES[language]
        or (language == "it" and is_finite(first.text, language))
    ):
        # An Italian verb without its subject: "Fu fondata ...", "Si formò ...".
        if not text.startswith(first.text):
            return text
        if not agrees_with_entry(toks, entry, language):
            return text  # "Sono usciti dalla Comunità ...": others than the entry did
        return f"{name} {first.low}{text[first.end :]}"
    else:
        return text
    if "{{" in text[:cut] or not text.startswith(sentence.text[:cut]):
        return text  # the deletion starts inside the words replaced
    return name + text[cut:]


def _adjective_at(toks: list[Token], k: int, language: str) -> bool:
    """Whether the token at `k` is a word in small letters that no verb, preposition or
    article is, before a verb: an adjective of the noun before it ('territorio | comunale')."""
    t = toks[k]
    if not t.text.isalpha() or not t.text.islower() or t.low in _SMALL_WORDS[language]:
        return False
    if t.low in AUXILIARIES[language] or is_finite(t.text, language):
        return False
    nxt = toks[k + 1]
    return nxt.low in AUXILIARIES[language] or is_finite(nxt.text, language)


_SMALL_WORDS = {
    "it": frozenset("di a da in con su per tra fra e o il lo la i gli le un una che si ci".split()),
    "en": frozenset("of to in on at by for with and or the a an that".split()),
}


def _named_after(toks: list[Token]) -> bool:
    """Whether the kind noun opening a sentence is followed by a name: 'La società TEB',
    'La città di Bergamo', 'The city of Hull'."""
    rest = toks[2:4]
    if rest and rest[0].low in {"di", "of"}:
        rest = rest[1:]
    return bool(rest) and rest[0].text[:1].isupper()


def _kind_noun(second: Token) -> bool:
    """Whether the word after the article opening a sentence is a noun of a kind: 'La città',
    'L’agenzia' (the tokenizer cuts 'L’' off), 'The city'; a capital makes it part of a name
    ('The Organisation for ...')."""
    return second.text.islower() and second.low in NOUN_KIND


# The last word of the name of a body that runs a place: "Derby City Council", "Consiglio
# regionale": "the city" of its entry is the place, not the body.
_PLACE_BODIES = frozenset(
    "council authority board commission government corporation consiglio giunta commissione "
    "autorità".split()
)
_PLACE_KINDS = frozenset(("city", "country", "region"))


def _stands_for(noun: str, entry: EntryInfo) -> bool:
    """Whether a kind noun ('la città', 'the city') may stand for the entry: not a place's
    for the body that runs it ('Derby City Council': 'The city has a population of ...')."""
    if NOUN_KIND[noun] not in _PLACE_KINDS:
        return True
    return entry.heading.split()[-1].lower() not in _PLACE_BODIES


# Words a longer form of a name may add between the words of its heading: 'Abbazia di
# Fiastra' is 'L’abbazia di Chiaravalle di Fiastra' in full.
_NAME_LINKS = frozenset("di del della dello dei degli delle dell’ d’ of the de von van".split())
# An opening article as a token: the tokenizer cuts "L’abbazia" into "L’" and "abbazia".
_OPENING_ARTICLES = frozenset("il lo la i gli le l’ the".split())


def _may_name_otherwise(text: str, names: tuple[str, ...]) -> bool:
    """The cheap test of _named_in_other_form: a bracket, a word in capitals, or the first
    word of a name opens the sentence (after its article)."""
    if "(" in text[:200]:
        return True
    words = text.split(None, 2)
    if not words:
        return False
    word = words[1] if len(words) > 1 and words[0].lower() in _ARTICLE_WORDS else words[0]
    word = word[2:] if word.lower().startswith(("l’", "l'")) else word
    if word[:2].isupper():
        return True
    word = fold(word)
    return any(fold(n).split(" ", 1)[0] == word for n in names)


def _named_in_other_form(text: str, names: tuple[str, ...], language: str) -> bool:
    """Whether the sentence opens with the entry under another form of its name, as its
    subject: in full with the acronym of the heading in brackets ('ISPRA' | 'L’Istituto
    Superiore per la Protezione e la Ricerca Ambientale (ISPRA) è ...'), by an acronym of the
    heading ('Agenzia Spaziale Italiana' | 'L’ASI è ...'), or by a longer form of the heading
    ('Abbazia di Fiastra' | 'L’abbazia di Chiaravalle di Fiastra è ...')."""
    return _other_form(text, names, language) is not None


def _other_form(text: str, names: tuple[str, ...], language: str) -> tuple[list[Token], int] | None:
    """The tokens of the sentence and the end of its subject (the verb's index), when the
    subject is the entry under another form of its name (see _named_in_other_form)."""
    toks = tokens(text[:300])
    verb = _subject_end(toks, language)
    if verb is None:
        return None
    subject = [t for t in toks[:verb] if t.low not in _OPENING_ARTICLES]
    return (toks, verb) if subject and _names_entry(subject, names) else None


def _names_entry(subject: list[Token], names: tuple[str, ...]) -> bool:
    """Whether a subject is a name of the entry in another form: in full with its acronym in
    brackets, by its acronym, or longer."""
    if subject[-1].text == ")" and len(subject) > 3 and subject[-3].text == "(":
        acronym = subject[-2].text  # "... (ISPRA)": the full name and its acronym
        return is_acronym(acronym) and (
            fold(acronym) in {fold(n) for n in names}
            or any(_initials_of(acronym, n) for n in names)
        )
    if len(subject) == 1 and is_acronym(subject[0].text):
        return any(_initials_of(subject[0].text, n) for n in names)
    return any(_longer_form(subject, n) for n in names)


def _subject_end(toks: list[Token], language: str) -> int | None:
    """The index of the verb after a sentence's opening noun phrase (no comma before it, but
    a full name with its acronym may have one: 'The Union of Rail, Maritime and Transport
    Workers (RMT) was ...')."""
    for k, t in enumerate(toks[:24]):
        if t.text == "(" and k + 3 < len(toks) and toks[k + 2].text == ")":
            verb = toks[k + 3]
            if verb.low in AUXILIARIES[language] or is_finite(verb.low, language):
                return k + 3
            return None
    for k, t in enumerate(toks[:16]):
        if t.text in {",", ";", ":"}:
            return None
        if (
            k
            and t.text.islower()
            and (t.low in AUXILIARIES[language] or is_finite(t.low, language))
        ):
            return k
    return None


def _initials_of(acronym: str, name: str) -> bool:
    """Whether an acronym is made of the initials of a name's capitalised words ('ISPRA',
    'Istituto Superiore per la Protezione e la Ricerca Ambientale')."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) > 1 and initials.lower() == acronym.lower()


def _longer_form(subject: list[Token], name: str) -> bool:
    """Whether the subject is the name with more name words inside it: it opens with the
    name's first word and ends with its last, and what it adds are capitalised words or the
    links of a name ('abbazia di Chiaravalle di Fiastra' for 'Abbazia di Fiastra')."""
    wanted = fold(name).split()
    if len(wanted) < 2 or len(subject) > len(wanted) + 4:
        return False
    said = [fold(t.text) for t in subject]
    if said[0] != wanted[0] or said[-1] != wanted[-1]:
        return False
    k = 0
    for t, w in zip(subject, said, strict=True):
        if k < len(wanted) and w == wanted[k]:
            k += 1
        elif not (t.text[:1].isupper() or t.low in _NAME_LINKS):
            return False
    return k == len(wanted)


def entry_as_said(sentence: Sentence, language: str) -> str | None:
    """The entry as its sentence names it, when that is another form of its name: 'l’ISPRA'
    for 'L’Istituto Superiore ... (ISPRA) è ...', 'l’ASI' for 'L’ASI è ...' under 'Agenzia
    Spaziale Italiana', 'l’abbazia di Chiaravalle di Fiastra' under 'Abbazia di Fiastra'.
    A question names it so, with the article the sentence gives it."""
    entry = sentence.entry
    text = sentence.text
    found = None if entry is None else _other_form(text, entry.names, language)
    if found is None:
        return None
    toks, verb = found
    first = toks[0]
    if first.low in _OPENING_ARTICLES:
        article = first.low if first.low.endswith("’") else first.low + " "
    else:
        article = ""
    if toks[verb - 1].text == ")" and verb > 2 and toks[verb - 3].text == "(":
        return article + toks[verb - 2].text
    said = text[first.start : toks[verb - 1].end]
    return article + said[len(article) :] if article else said
