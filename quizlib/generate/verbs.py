"""Recognising verb forms with simplemma lemmas: finite verbs, participles, gerunds."""

from __future__ import annotations

from functools import lru_cache

import simplemma

from .lexicon import EN_PAST, ESSERE_VERBS, STOPWORDS

AUXILIARIES = {
    "it": frozenset(
        """è sono fu furono era erano sarà saranno ha hanno aveva avevano ebbe ebbero venne vennero
        viene vengono resta rimane""".split()
    ),
    "en": frozenset("is are was were has have had will would can could did does do".split()),
}
_IT_PARTICIPLE_ENDINGS = (
    "ato",
    "ata",
    "ati",
    "ate",
    "ito",
    "ita",
    "iti",
    "ite",
    "uto",
    "uta",
    "uti",
    "ute",
)
_IT_FINITE_ENDINGS = (
    "rà",
    "ranno",
    "rebbe",
    "rebbero",
    "isce",
    "iscono",
    "ò",
    "ì",
    "é",
    "ette",
    "ettero",
    "arono",
    "irono",
    "erono",
    "ava",
    "avano",
    "eva",
    "evano",
    "iva",
    "ivano",
    "a",
    "e",
    "ano",
    "ono",
    "ebbe",
    "ero",
    "ue",
    "que",
    "sse",
    "ne",
    "se",
)
_IT_IRREGULAR_PARTICIPLES = frozenset(
    """emerso nato morto fatto detto scritto messo preso apparso sorto giunto eletto diviso
    concluso esteso distrutto costretto aperto chiuso scelto posto rimasto scomparso successo
    corso percorso mosso promosso prodotto condotto tradotto ridotto introdotto letto visto
    risolto sciolto ucciso deciso diffuso espresso permesso compreso raggiunto aggiunto trascorso
    sospeso acceso difeso assunto coinvolto svolto rivolto esploso invaso vinto perso spento
    dipinto spinto redatto tratto sottratto ammesso commesso trasmesso emesso soppresso chiesto
    nascosto risposto proposto imposto esposto composto disposto deposto fuso concesso rotto
    interrotto espanso riconosciuto diretto scoperto coperto ricoperto riaperto offerto sofferto
    tolto accolto raccolto travolto avvolto reso ripreso sorpreso appreso intrapreso sceso
    disceso speso iscritto descritto sottoscritto trascritto inflitto rimosso discusso scosso
    previsto convinto respinto racchiuso condiviso inciso eretto ridotto dedotto promesso dimesso
    rimesso richiesto corrisposto""".split()
)
_EN_IRREGULAR_PARTICIPLES = frozenset(
    """born built made founded won lost held taken given known seen shown grown become begun
    chosen drawn driven eaten fallen forgotten frozen hidden ridden risen shaken spoken stolen
    sworn torn thrown woken worn written bought brought caught fought sought taught thought
    found left kept led met paid said sold sent set spent stood told understood put cut
    struck split spread run read hit shut beaten broken done gone sung swum undertaken overseen
    laid paid rebuilt used aged""".split()
)


# Irregular pasts the lexicon's list lacks and no noun shares: "The bank lent €120m".
_EN_MORE_PASTS = frozenset(
    """lent bent forgot forgave overtook undertook wore swam drank rang slid spun swung wept
    crept knelt dug bled bred sped upheld withheld overcame overthrew oversaw foresaw mistook
    shrank strove froze leapt""".split()
)


# English pasts the lemmatizer leaves as they are ("The train left Carmarthen at 06:42" ->
# "When did the train leave Carmarthen?").
EN_IRREGULAR_BASES = {
    "won": "win",
    "left": "leave",
    "rose": "rise",
    "broke": "break",
    "felt": "feel",
    "shook": "shake",
    "shot": "shoot",
    "thought": "think",
    "bore": "bear",
}


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    if language == "en" and word in EN_IRREGULAR_BASES:
        return EN_IRREGULAR_BASES[word]
    try:
        base = str(simplemma.lemmatize(word, lang=language))
    except (ValueError, KeyError, TypeError):
        return word
    if language == "en" and base == word[:-1] and word.endswith("ed"):
        return _en_past_base(word, base)
    if language == "en" and base == word[:-1] and word.endswith("xes"):
        return word[:-2]  # "fixes", "mixes": the dictionary reads them as '-xe' + 's'
    if language == "en" and base == word[:-2] and word.endswith("lled"):
        return _en_doubled_l_base(word, base)
    return base


def _en_past_base(word: str, base: str) -> str:
    """The base of an English past in '-ed' that the dictionary reads as '-e' + 'd':
    'developed' is 'develop', not 'develope', as its '-ing' form tells ('developing'); 'staged'
    stays 'stage' ('staging'), 'served' stays 'serve'."""
    stem = word[:-2]
    if len(stem) < 4:
        return base  # "used": "us" is no verb
    try:
        ing = str(simplemma.lemmatize(stem + "ing", lang="en"))
    except (ValueError, KeyError, TypeError):
        return base
    return stem if ing == stem else base


# Verbs written with '-ll' as well as '-l' ("enroll", "enrol"): the '-ll' of the past stays.
_LL_BASES = frozenset("enroll fulfill distill instill enthrall appall".split())


def _en_doubled_l_base(word: str, base: str) -> str:
    """The base of a British past that doubles its final 'l', which the dictionary keeps
    doubled: 'cancelled' is 'cancel', as the American 'canceled' tells; 'installed' stays
    'install' ('instaled' is no word)."""
    if base in _LL_BASES:
        return base
    single = word[:-3]
    try:
        american = str(simplemma.lemmatize(single + "ed", lang="en"))
    except (ValueError, KeyError, TypeError):
        return base
    return single if american == single else base


def _verb_lemma(lem: str, language: str) -> bool:
    if language == "it":
        return lem.endswith(("are", "ere", "ire", "rre"))
    return True


@lru_cache(maxsize=65536)
def is_participle(word: str, language: str) -> bool:
    """'fondata', 'istituita', 'emerso', 'formatasi'; 'founded', 'built'."""
    w = word.lower()
    if language == "en":
        return (w.endswith("ed") and len(w) > 4) or w in _EN_IRREGULAR_PARTICIPLES
    if w.endswith(("si", "ti")) and len(w) > 6 and is_participle(w[:-2], language):
        return True  # reflexive or clitic participle: "formatasi"
    if w.endswith(_IT_PARTICIPLE_ENDINGS) and len(w) > 4:
        lem = lemma(w, language)
        if lem == w or lem == w[:-1] + "are":
            return False  # "invita", "valuta", "rifiuta": the present of "invitare", ...
        if lem.endswith(("are", "ere", "ire", "rre")):
            return True
        return lem.endswith(("ato", "uto", "ito")) and lemma(lem, language) != lem
    return len(w) > 3 and w[:-1] + "o" in _IT_IRREGULAR_PARTICIPLES


def participle_parts(word: str, language: str) -> tuple[str, bool]:
    """('formata', True) for 'formatasi': the participle and whether it was reflexive."""
    w = word.lower()
    if language == "it" and w.endswith("si") and len(w) > 6 and is_participle(w[:-2], language):
        return word[:-2], True
    return word, False


@lru_cache(maxsize=65536)
def is_gerund(word: str, language: str) -> bool:
    w = word.lower()
    if language == "it":
        return w.endswith(("ando", "endo")) and len(w) > 5
    return w.endswith("ing") and len(w) > 5


@lru_cache(maxsize=65536)
def is_finite(word: str, language: str) -> bool:
    """A conjugated verb ('formò', 'crebbe', 'appeared'); not an infinitive or participle."""
    w = word.lower()
    if w in AUXILIARIES[language]:
        return True
    if language == "en":
        return (w.endswith("ed") and len(w) > 4) or w in EN_PAST or w in _EN_MORE_PASTS
    if is_participle(w, language) or is_gerund(w, language):
        return False
    lem = lemma(w, language)
    if lem == w or not _verb_lemma(lem, language):
        return False
    return w.endswith(_IT_FINITE_ENDINGS)


def takes_essere(participle: str) -> bool:
    """Whether an Italian participle forms its past with 'essere' as an active verb."""
    w = participle.lower()
    return lemma(w, "it") in ESSERE_VERBS or lemma(w[:-1] + "o", "it") in ESSERE_VERBS


# ---------------------------------------------------------------------------------------------
# The English present. "links", "measures", "costs" are verbs and plural nouns alike, so no
# word alone says it is a verb: its place does. A verb follows the end of its subject (a noun,
# a name, a pronoun) and comes before what it takes (an article, a determiner, a number); a
# plural noun follows an article, a possessive, a preposition or a number ("the links", "its
# works", "12 links"), and what comes after it is rarely an article ("the costs of the ...").

# What a verb takes right after it and a plural noun seldom has: "employs about 3,000",
# "links the airport", "holds 14 lines".
_EN_OBJECT_OPENERS = frozenset(
    """the a an its his her their this these those our some every each about around nearly
    almost roughly approximately more over up""".split()
)
# The small numbers in words ("holds two", "link seven"); larger ones follow in digits.
_EN_SMALL_NUMBERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve hundreds thousands".split()
)
# What may end a subject though a stopword: "it links", "which costs".
_EN_SUBJECT_PRONOUNS = frozenset("it he she which that who".split())
# Adverbs between a subject and its verb: "The company now employs".
_EN_VERB_ADVERBS = frozenset("now also still already currently".split())
# Words that end nothing a verb could follow: determiners and prepositions the stopwords miss.
_EN_NOT_SUBJECT_END = frozenset(
    """many several some few all both each every no other such own about across between
    during since until against without through under within per than""".split()
)


def _takes_an_object(after: str) -> bool:
    """Whether a word may open what an English verb takes: an article, a determiner, a number,
    an approximation, a name."""
    low = after.lower()
    return (
        low in _EN_OBJECT_OPENERS
        or low in _EN_SMALL_NUMBERS
        or after[:1].isdigit()
        or after[:1] in "€$£"
        or (after[:1].isupper() and after.isalpha())
    )


def _ends_a_subject(before: str) -> bool:
    """Whether a word may be the last of an English subject: a noun or a name, not an article,
    a determiner, a preposition, a number or a possessive."""
    low = before.lower()
    if low in _EN_SUBJECT_PRONOUNS or low in _EN_VERB_ADVERBS or low.endswith("ly"):
        return True
    if not before.isalpha() or low in STOPWORDS["en"] or low in _EN_NOT_SUBJECT_END:
        return False
    return low not in _EN_SMALL_NUMBERS


@lru_cache(maxsize=65536)
def may_be_present(word: str, language: str) -> bool:
    """Whether an English word has the form of a present in the third person ('links',
    'measures', 'carries'); a plural noun has it too (is_present_at decides)."""
    if language != "en" or len(word) < 4 or not word.isalpha() or not word.islower():
        return False
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "ous")):
        return False
    return lemma(word, "en") != word


def is_present_at(before: str, word: str, after: str, language: str) -> bool:
    """Whether an English '-s' form is a verb where it stands, between the word before and the
    word after it: 'The line links the airport', 'The bridge measures 400 metres', 'The firm
    now employs about 3,000 people'; not 'the links to', 'its works', 'project costs rose'."""
    return _takes_an_object(after) and _ends_a_subject(before) and may_be_present(word, language)


def is_plural_present_at(word: str, after: str, language: str) -> bool:
    """Whether the word right after a plural subject is its verb in the present: 'Seven
    bridges link| the two banks', 'Twelve teams play| the final round' (the verb has no '-s',
    so only a word that is its own lemma and is followed by what a verb takes)."""
    if language != "en" or len(word) < 3 or not word.isalpha() or not word.islower():
        return False
    if word in STOPWORDS["en"] or word in _EN_NOT_SUBJECT_END or word in _EN_VERB_ADVERBS:
        return False
    return lemma(word, "en") == word and not word.endswith("ly") and _takes_an_object(after)
