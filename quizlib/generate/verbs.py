"""Recognising verb forms with simplemma lemmas: finite verbs, participles, gerunds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import simplemma

from .given_names import is_given_name
from .lexicon import EN_PAST, ESSERE_VERBS, STOPWORDS

# An English word in -ed right before a determiner: a past with its object ("once housed| the
# lathes", "destroyed| the mill"), or a participle of naming with its name ("named| the
# Endeavour", EN_NAMING_PARTICIPLES), which a caller may allow.
EN_PAST_WITH_OBJECT = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?:the|a|an|its|their|his|her)\s")
EN_NAMING_PARTICIPLES = frozenset(
    "called named known dubbed nicknamed titled renamed described considered".split()
)

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
    laid paid rebuilt used aged flown blown withdrawn overthrown bitten forbidden forgiven
    mistaken overtaken arisen awoken fled heard meant dealt slept swept lain sunk shrunk sprung
    swung spun dug gotten""".split()
)


# Irregular pasts the lexicon's list lacks and no noun shares: "The bank lent €120m".
_EN_MORE_PASTS = frozenset(
    """lent bent forgot forgave overtook undertook wore swam drank rang slid spun swung wept
    crept knelt dug bled bred sped upheld withheld overcame overthrew oversaw foresaw mistook
    shrank strove froze leapt died lied tied dyed""".split()
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
    "thanked": "thank",  # the dictionary reads '-e' + 'd', and 'thanking' as 'thanke' too
}


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    if language == "en" and word in EN_IRREGULAR_BASES:
        return EN_IRREGULAR_BASES[word]
    try:
        base = str(simplemma.lemmatize(word, lang=language))
    except (ValueError, KeyError, TypeError):
        return word
    if language == "en" and base == word[:-1] and word.endswith(("xes", "xed")):
        return word[:-2]  # "fixes", "mixed": the dictionary reads them as '-xe' + 's'/'d'
    if language == "en" and base == word[:-1] and word.endswith("ed"):
        return _en_past_base(word, base)
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


# The shape of a regular Italian past participle, for a pattern to read in a text: "fondato",
# "ospitata", "costruiti", "venute".
IT_PARTICIPLE_FORM = r"[a-zà-ù]+(?:at|it|ut)[oaie]"


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


_IT_CLITICS = frozenset("si ne vi ci".split())


def italian_plural_verb(words: list[str]) -> bool:
    """Whether the words open with an Italian verb in the third person plural, a clitic
    before it: 'arrivano', 'si trovano', 'sono stati evacuati'."""
    k = 1 if words[0].lower() in _IT_CLITICS else 0
    if k >= len(words):
        return False
    verb = words[k].lower()
    return verb.endswith("no") and is_finite(verb, "it")


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
    if len(w) > 6 and w.endswith(("ante", "ente", "anti", "enti")):
        return False  # a present participle, an adjective: "vegetazione infestante"
    if word[:1].isupper() and (is_given_name(word) or lemma(word, language) == word):
        return False  # a name the dictionary knows with its capital: "Luca" is no "lucere"
    if w == "dà":
        return True  # "dare" in the present, the one finite form in a stressed "-à" not "-rà"
    lem = lemma(w, language)
    if lem == w or not _verb_lemma(lem, language):
        return False
    return w.endswith(_IT_FINITE_ENDINGS)


# What opens the object of an Italian verb: an article, a number's approximation, "ogni".
_IT_OBJECT_OPENERS = frozenset(
    "il lo la i gli le l’ un uno una un’ ogni oltre circa quasi più altri altre".split()
)
_IT_SUBJECT_OPENERS = frozenset("il lo la i gli le l’ un uno una un’".split())


def is_italian_present_at(words: Sequence[str], i: int) -> bool:
    """Whether the Italian word i of a sentence (its tokens' texts) is a present in '-a' that
    the dictionary reads as the feminine of a word in '-o' ('coltiva' -> 'coltivo', 'porta'
    -> 'porto'), where its place makes it a verb: after a subject ('che', a name, a noun
    after its article) and before an object ('Luca coltiva| 12 ettari', 'l’azienda versa|
    ogni anno'); 'la centrale operativa attiva| 12 ore' has no subject before it."""
    word = words[i]
    if i == 0 or i + 1 >= len(words) or not word.isalpha() or not word.islower():
        return False
    stem = word[:-1]
    if len(word) < 5 or not word.endswith("a") or lemma(word, "it") != stem + "o":
        return False
    if lemma(stem + "ano", "it") != stem + "are":  # "coltivano": the verb's plural
        return False
    after = words[i + 1]
    if not (after[:1].isdigit() or after.lower() in _IT_OBJECT_OPENERS):
        return False
    before = words[i - 1]
    if before == "che" or (before[:1].isupper() and before.isalpha() and i > 1):
        return True  # "Luca Favaro, che coltiva", "l’azienda di Luca| coltiva"
    if before[:1].isupper() and before.isalpha():
        return is_given_name(before)  # "Luca coltiva" opening the sentence
    opener = words[i - 2].lower() if i > 1 else ""
    return before.isalpha() and before.islower() and opener in _IT_SUBJECT_OPENERS


def holds_finite(words: Iterable[str], language: str) -> bool:
    """Whether any of the words is an auxiliary or a conjugated verb: a clause, not a phrase."""
    return any(w.lower() in AUXILIARIES[language] or is_finite(w, language) for w in words)


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
# Prepositions that are their own lemma and may stand before an article, no present of a verb:
# "4.5 kilometres along| the Old Nene".
_EN_PLACE_PREPOSITIONS = frozenset(
    """along around beyond beside behind near past toward towards throughout upon among amid
    despite via inside outside below above beneath underneath onto alongside opposite""".split()
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


@lru_cache(maxsize=8192)  # the rules of a sentence read the same words again
def is_present_at(before: str, word: str, after: str, language: str) -> bool:
    """Whether an English '-s' form is a verb where it stands, between the word before and the
    word after it: 'The line links the airport', 'The bridge measures 400 metres', 'The firm
    now employs about 3,000 people'; not 'the links to', 'its works', 'project costs rose',
    nor a noun no verb shares its base with ('Tasmanian governments| over three years')."""
    return s_form_at(before, word, after, language) and may_be_verb(word)


def may_be_verb(word: str) -> bool:
    """Whether an English word in '-s' may be a verb's present: its base has a verb's forms
    ('agrees', 'opens'; not 'governments', 'charities')."""
    return may_be_present(word, "en") and any(is_verb_lemma(b) for b in _present_bases(word))


def s_form_at(before: str, word: str, after: str, language: str) -> bool:
    """Whether an English '-s' form stands where a present would, between a word that may end
    a subject and one that may open an object, verb or plural noun alike ('lorry drivers|
    £40': the object of a verb before it)."""
    return _takes_an_object(after) and _ends_a_subject(before) and may_be_present(word, language)


def is_plural_present_at(word: str, after: str, language: str) -> bool:
    """Whether the word right after a plural subject is its verb in the present: 'Seven
    bridges link| the two banks', 'Twelve teams play| the final round' (the verb has no '-s',
    so only a word that is its own lemma and is followed by what a verb takes)."""
    if language != "en" or len(word) < 3 or not word.isalpha() or not word.islower():
        return False
    if word in STOPWORDS["en"] or word in _EN_NOT_SUBJECT_END or word in _EN_VERB_ADVERBS:
        return False
    if word in _EN_PLACE_PREPOSITIONS:
        return False
    return lemma(word, "en") == word and not word.endswith("ly") and _takes_an_object(after)


# ---------------------------------------------------------------------------------------------
# The English present in '-s' read in its whole sentence: is_present_at sees one word either
# side; is_present_s_at walks back over the subject to where its clause opens, and reads what
# follows, so that 'The bridge opens in March' and 'The plan mirrors the scheme' have their
# verb while 'the council’s plans for the bridge', 'installing heat pumps in homes' and 'the
# number of visitors rose' keep their noun.


@lru_cache(maxsize=16384)
def is_verb_lemma(base: str) -> bool:
    """Whether an English lemma is a verb: the dictionary knows a past or an '-ing' form of it
    that leads back to it ('mirror': 'mirrored'; 'carry': 'carried'); 'city', 'year',
    'festival' have none."""
    if len(base) < 2 or not base.isalpha():
        return False
    if base in _EN_IRREGULAR_LEMMAS:
        return True  # "draw": "drew", "drawn"
    # "fixed" reads as "fixe" + "d" in the dictionary: a base in a sibilant may take an "e".
    bases = {base, base + "e"} if base.endswith(("x", "s", "z", "ch", "sh")) else {base}
    doubled = base + base[-1]  # "planned", "running"
    forms = [base + "ed", base + "d", doubled + "ed", base + "ing", doubled + "ing"]
    forms.append(base[:-1] + "ing")  # "receiving"
    if base.endswith("y"):
        forms.append(base[:-1] + "ied")
    for form in forms:
        try:
            if simplemma.is_known(form, lang="en") and lemma(form, "en") in bases:
                return True
        except (ValueError, KeyError, TypeError):
            return False
    return False


# The lemmas of the irregular pasts and participles: verbs whose '-ed' form is no word.
_EN_IRREGULAR_LEMMAS = frozenset(
    {lemma(w, "en") for w in EN_PAST | _EN_MORE_PASTS | _EN_IRREGULAR_PARTICIPLES}
    | set(EN_IRREGULAR_BASES.values())
)


def _present_bases(word: str) -> set[str]:
    """The bases an English '-s' form may have: its lemma, and the form without its ending
    ('crosses' -> 'cross', which the dictionary reads as 'crosse' + 's'; 'carries' ->
    'carry')."""
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        stem = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        stem = word[:-3] + "y"
    else:
        stem = word[:-1]
    return {lemma(word, "en"), stem}


# Pronouns a present follows as its whole subject: "it opens", "which carries", "who chairs".
_EN_PRONOUN_SUBJECTS = frozenset("it he she who which".split())
# What opens a noun phrase: its article, determiner or possessive.
_EN_NP_OPENERS = frozenset(
    "the a an its his her their our this that these those each every another no whichever".split()
)
# What may stand before a subject: the start of a clause.
_EN_CLAUSE_OPENERS = frozenset(
    """, ; : ( “ " – — but while because although though as when if whereas whether since so
    that where which today yesterday now""".split()
)
# Prepositions inside a subject ("The bridge over the river carries ...") and after a verb
# that takes no object ("The road ends at the harbour").
_EN_SUBJECT_PREPOSITIONS = frozenset("of in at on for from over near across along".split())
_EN_AFTER_PREPOSITIONS = frozenset(
    """in at on for from until till into across through under over by between near along around
    to with within towards toward against""".split()
)
# Adjectives often before a plural noun: "the new plans", "local bus routes".
_EN_PLURAL_ADJECTIVES = frozenset(
    """new old local national first last main major other several many few more most such own
    same whole early late recent current former future public private regional total further
    next previous annual key big small large high low young senior""".split()
)
# Units that make 'a' a rate, not an object: "heat pumps a year".
_EN_RATE_UNITS = frozenset("year day week month night head hour time".split())
_EN_LATER_VERBS = frozenset("will would can could may might must should shall".split())


def _en_word(word: str) -> str:
    return word.lower().rstrip("’'")


def _np_word(words: Sequence[str], k: int) -> bool:
    """Whether word k may stand inside an English noun phrase: a noun, a name, a number, an
    adjective; a participle or gerund only right after an article ('the restored engine')."""
    word = words[k]
    low = _en_word(word)
    if word[:1].isdigit():
        return True
    if not word.replace("-", "").replace("’", "").isalpha():
        return False
    if low in STOPWORDS["en"] or low in _EN_NOT_SUBJECT_END or low in AUXILIARIES["en"]:
        return False
    if word[:1].isupper():
        return True
    if is_gerund(low, "en") and lemma(low, "en") == low:
        return True  # a noun in '-ing': "the housing shortfall"
    if is_finite(low, "en") or is_participle(low, "en") or is_gerund(low, "en"):
        return k > 0 and _en_word(words[k - 1]) in _EN_NP_OPENERS
    return True


def _subject_before(words: Sequence[str], i: int) -> str | None:
    """What ends right before word i as its subject: 'pronoun' ('it', ', which'), 'that' (a
    relative after a noun: 'the body that'), 'np' (a noun phrase opened by an article or a
    determiner, maybe with a phrase in a preposition: 'The bridge over the river'), 'name' (two
    words or more of a name: 'Euan Black'), 'bare' (a noun phrase with no opener at the start
    of its clause: 'Tourism', 'Council funding'); None when the word before cannot end a
    subject or the phrase is not one ('installing heat pumps', 'the council’s plans', 'the new
    plans', '1,800 passengers', 'member states')."""
    j = i - 1
    while j >= 0 and (_en_word(words[j]) in _EN_VERB_ADVERBS or _en_adverb(words[j])):
        j -= 1  # "The ferry normally carries"
    if j < 0:
        return None
    last = _en_word(words[j])
    if last in _EN_PRONOUN_SUBJECTS:
        return "pronoun" if last != "which" or _opens_a_clause(words, j - 1) else None
    if last == "that":
        return "that" if j > 0 and _noun_before_relative(words, j - 1) else None
    if last in _EN_PLURAL_ADJECTIVES or last in _EN_SMALL_NUMBERS or words[j][:1].isdigit():
        return None
    if words[j] == "s" or words[j].endswith(("’", "'")) or not _np_word(words, j):
        return None  # a possessive: "the council’s plans"
    k, hops, capitals = j, 0, 0
    while k >= 0:
        low = _en_word(words[k])
        if low in _EN_NP_OPENERS:
            if k > 1 and _en_word(words[k - 1]) in _EN_SUBJECT_PREPOSITIONS and hops < 2:
                hops += 1  # "Nobody on| this committee takes"
                k -= 2
                continue
            return "np" if _opens_a_clause(words, k - 1) else None
        if low in _EN_SUBJECT_PREPOSITIONS and hops < 2 and k < j:
            hops += 1
        elif not _np_word(words, k) or _plural_noun(words, k):
            break
        capitals += words[k][:1].isupper() and hops == 0
        k -= 1
    if not _opens_a_clause(words, k):
        return None
    return "name" if capitals >= 2 and capitals == j - k and not hops else "bare"


def _plural_noun(words: Sequence[str], k: int) -> bool:
    """Whether word k of a subject has the form of a plural (or of a present): 'member
    states', 'bacteriophage samples', a sentence opening 'Councillors'; the word after it is
    then no present in '-s' ('Councillors back plans')."""
    word = words[k]
    if word.islower():
        return may_be_present(word, "en")
    return k == 0 and may_be_present(word.lower(), "en")


def _noun_before_relative(words: Sequence[str], k: int) -> bool:
    """Whether word k, before 'that', is the noun a relative tells of ('the body that funds'),
    not a verb or an adverb that 'that' follows as a conjunction ('said that', 'so that')."""
    low = _en_word(words[k])
    if low in {"so", "such", "now", "given", "fact"} or _en_adverb(words[k]):
        return False
    return _np_word(words, k) and not _plural_noun(words, k) and not words[k][:1].isdigit()


def _en_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


def _opens_a_clause(words: Sequence[str], k: int) -> bool:
    """Whether a clause may open right after word k (k == -1: the sentence's start); 'and' and
    'or' open one after a comma (', and its centre stands'), not between two nouns."""
    if k < 0:
        return True
    low = _en_word(words[k])
    if low in {"and", "or"}:
        return k > 0 and words[k - 1] in {",", ";"}
    return low in _EN_CLAUSE_OPENERS


def _object_after(words: Sequence[str], i: int) -> str | None:
    """What follows word i: 'object' (an article, a determiner, a number, a sum, a name),
    'infinitive' ('to' and a verb: 'plans to build'), 'preposition' ('opens in'); None for
    anything else, a verb above all ('project costs rose')."""
    if i + 1 >= len(words):
        return None
    after = words[i + 1]
    low = after.lower()
    nxt = words[i + 2].lower() if i + 2 < len(words) else ""
    if low in {"a", "an"} and nxt in _EN_RATE_UNITS:
        return None  # "heat pumps a year"
    if low == "to":
        base = nxt.isalpha() and nxt.islower() and lemma(nxt, "en") == nxt
        return "infinitive" if base and is_verb_lemma(nxt) else "preposition"
    if low == "more":
        return "object" if nxt == "than" else None  # "employs more than 500"
    if low == "up":
        return "object" if nxt == "to" else None  # "carries up to 1,800"
    if _takes_an_object(after) and low != "over":
        return "object"
    if low in _EN_AFTER_PREPOSITIONS:
        return "preposition"
    return None


def _verb_later(words: Sequence[str], i: int) -> bool:
    """Whether a verb the sentence surely has follows word i: an auxiliary, a modal, an
    irregular past ('The plans for the town were ...', '... costs at the site rose'); a word
    with a capital is a name or a month ('opens in May')."""
    for word in words[i + 1 :]:
        if not word.islower():
            continue
        low = word.lower()
        if low in AUXILIARIES["en"] or low in _EN_LATER_VERBS or low in EN_PAST:
            return True
        if low in _EN_MORE_PASTS:
            return True
    return False


def is_present_s_at(words: Sequence[str], i: int) -> bool:
    """Whether the English word i of a sentence (its tokens' texts) is a verb in the present in
    '-s': 'The plan mirrors the scheme ...', 'The festival receives £1.3m', 'The new bridge
    opens in March', 'Euan Black lives in Leeds', 'a ferry which carries 300 people'; not the
    plural of a noun: 'the plans for', 'its works', '12 links', 'project costs rose', 'the
    council’s plans to', 'installing heat pumps a year'."""
    word = words[i]
    if i == 0 or not may_be_present(word, "en"):
        return False
    if not any(is_verb_lemma(base) for base in _present_bases(word)):
        return False
    subject = _subject_before(words, i)
    if subject is None:
        return False
    after = _object_after(words, i)
    if after is None:
        return False
    if after == "object" or subject == "pronoun":
        return True
    if after == "infinitive":
        return subject in {"np", "name", "that"}
    return subject in {"np", "name", "that"} and not _verb_later(words, i)
