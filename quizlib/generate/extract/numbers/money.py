"""A sum that tells the size of a noun of money, object of a clause's verb: "la cooperativa
verserà ai soci un contributo di 1.200 euro" -> 'A quanto ammonterà il contributo che la
cooperativa verserà ai soci?', "the trust is offering a relocation payment of up to £8,000"
-> 'How large a relocation payment is the trust offering?'."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import PREPOSITIONS
from ...lexicon import EN_PAST, IT_PLURAL_ARTICLES, STOPWORDS
from ...phrase import of_phrase
from ...text import IT_INDEFINITE, definite_article, squash, upper_first
from ...verbs import is_finite, is_gerund, is_participle, is_verb_lemma, lemma
from .clause import _english_body, _Frame, _is_copula, _it_intransitive, _tail
from .counts import _APPROX, _Count
from .sums import SUM_HEADS as _SUM_HEADS
from .tails import tail_of
from .words import _DIGIT_NUMBER, _has_digit

# The words between a verb group and its sum when the sum is the size of the verb's object:
# what comes first ("ai soci", "lunedì"), the indefinite article, the noun phrase and "di",
# "da" or "of", then approximations ("circa", "up to").
_OBJECT_SUM = {
    "it": re.compile(
        r"^(?P<pre>(?:[\w’']+\s+){0,4}?)(?P<art>un|uno|una)\s+|^(?P<pre2>(?:[\w’']+\s+){0,4}?)"
        r"(?P<art2>un’)"
    ),
    "en": re.compile(r"^(?P<pre>(?:[\w’']+\s+){0,4}?)(?P<art>an|a)\s+"),
}
_SUM_OF = {"it": frozenset("di da".split()), "en": frozenset(["of"])}
_EXTRA_APPROX = frozenset("up to fino a altri ulteriori only just solo soltanto".split())
_LONGEST_NOUN = 5  # words of the noun phrase: "progetto di impermeabilizzazione aggiuntivo"


# Words that single a sum out, right before it, and that the question leaves out: "spent
# only £2.4 million", "ha speso solo 3.000 euro".
_FOCUS = re.compile(r"(?:^|\s)(?:only|just|solo|soltanto)(?P<sign>\s*[$€£]?\s*)$", re.IGNORECASE)


# An English estimate before a sum, after whom the sum costs or is given: "will cost the
# council| an estimated| £32,000"; the question leaves it out with the article.
_ESTIMATE = re.compile(r"\s(?:an\s+(?:estimated|expected)|a\s+reported)(?P<sign>\s*[$€£]?\s*)$")


def without_focus(frame: _Frame) -> _Frame:
    """The frame without a word that singles its sum out: 'spent only| £2.4 million' is
    asked as 'spent| £2.4 million' ('How much did ... spend?'), 'will cost the council| an
    estimated| £32,000' as 'will cost the council| £32,000'."""
    m = _FOCUS.search(frame.between_text)
    cut = 1
    if m is None:
        m = _ESTIMATE.search(frame.between_text)
        cut = 2
    if m is None or len(frame.between) < cut:
        return frame
    between_text = frame.between_text[: m.start()] + m.group("sign")
    return replace(frame, between=frame.between[:-cut], between_text=between_text.lstrip())


def _object_phrase(frame: _Frame, language: str) -> tuple[str, str, str] | None:
    """(the words before the object, its indefinite article, its noun phrase) when the sum
    sizes the verb's object: 'ai soci| un| contributo di'; None otherwise."""
    between = frame.between_text.rstrip("$€£ ")
    m = _OBJECT_SUM[language].match(between)
    if m is None:
        return None
    pre = (m.group("pre") if m.group("art") else m.group("pre2")) or ""
    article = (m.group("art") or m.group("art2")).lower()
    words = between[m.end() :].split()
    while words and words[-1].lower() in (_APPROX | _EXTRA_APPROX) - _SUM_OF[language]:
        words.pop()  # "di circa", "of up to"
    if len(words) < 2 or words[-1].lower() not in _SUM_OF[language]:
        return None
    noun = words[:-1]
    if len(noun) > _LONGEST_NOUN or not all(_plain_word(w, language) for w in noun):
        return None
    if not _plain_before(pre.split(), language):
        return None
    return pre.strip(), article, " ".join(noun)


def _plain_word(word: str, language: str) -> bool:
    """A word of a plain noun phrase: small letters, no verb ('di' joins two nouns)."""
    if not re.fullmatch(r"[a-zà-ù][\w’'-]*", word):
        return False
    if word in _SUM_OF[language]:
        return True
    return not is_finite(word, language) and word not in STOPWORDS[language]


def _plain_before(words: list[str], language: str) -> bool:
    """Whether the words before the object are a complement of the verb ('ai soci',
    'lunedì', 'the club'): no verb, and no preposition that takes the object ('con un ...')."""
    if words and words[-1].lower() in PREPOSITIONS[language]:
        return False
    return not any(is_finite(w, language) or is_gerund(w, language) for w in words)


# Italian adjectives that come before the noun they qualify: "un primo fondo di", "un nuovo
# bando da".
_IT_ADJECTIVES_BEFORE = frozenset(
    "primo secondo terzo nuovo ulteriore ultimo piccolo grande maxi mini cospicuo vero".split()
)


def sum_head(noun: str, language: str) -> str:
    """The head of a noun phrase: the first word in Italian (the second after an adjective
    that comes first: 'primo fondo'), the last before 'of' in English."""
    words = noun.split()
    if language == "it":
        return words[1] if words[0] in _IT_ADJECTIVES_BEFORE and len(words) > 1 else words[0]
    return words[words.index("of") - 1] if "of" in words else words[-1]


# A rate after a sum: "per ettaro", "al litro", "a year", "per person", "each".
_RATE_AFTER = re.compile(
    r"^(?:per|al|all’|alla|a|an)\s+(?:[a-zà-ù]+)(?:\s+[a-zà-ù]+)?$|^each$", re.IGNORECASE
)
_RATE_WORDS = frozenset(
    """ettaro litro chilo chilogrammo metro anno mese settimana giorno ora persona abitante
    socio capo famiglia dipendente year month week day hour person head household
    employee""".split()
)


def _rate_and_rest(tail: str) -> tuple[str, str]:
    """(rate, rest) of a tail that opens with a rate ('per ettaro reimpiantato'), which the
    question keeps right after its noun."""
    words = tail.split()
    if len(words) >= 2 and words[0].lower() in {"per", "al", "a", "an", "all’", "alla"}:
        if words[1].lower().strip("’") in _RATE_WORDS:
            kept = 3 if len(words) > 2 and is_participle(words[2], "it") else 2
            return " ".join(words[:kept]), " ".join(words[kept:])
    return "", tail


def _short_tail(text: str, at: int, language: str) -> str:
    """What follows a sum to its clause's end, up to a purpose ('to remove ...', 'per
    rinnovare ...'), which names the thing by what it is for and may run long; '' when the
    part left is too long."""
    rest = tail_of(text, at).strip()
    purpose = next(
        (m for m in _PURPOSE[language].finditer(" " + rest) if _infinitive(m, language)), None
    )
    if purpose is None:
        tail = _tail(text, at, language)
        return "" if tail is None else tail
    cut = rest[: max(0, purpose.start() - 1)].strip()
    return cut if len(cut.split()) <= _LONGEST_TAIL and not _has_digit(cut) else ""


_LONGEST_TAIL = 8
# "to" or "per" and the word after it, which may be an infinitive of purpose.
_PURPOSE = {
    "en": re.compile(r"\sto\s+(?P<verb>[a-z]+)\b"),
    "it": re.compile(r"\sper\s+(?P<verb>[a-z]+)\b"),
}


def _infinitive(m: re.Match[str], language: str) -> bool:
    verb = m.group("verb")
    if language == "it":
        return verb.endswith(("are", "ere", "ire", "rre")) and verb not in STOPWORDS["it"]
    return verb not in STOPWORDS["en"] and is_verb_lemma(verb)


_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SUBJECT_PRONOUNS = frozenset("he she it we they i you lui lei noi loro esso essa essi".split())


def noun_sum_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """A question on the size of a noun of money that is the object of the clause's verb and
    has the sum after 'di', 'da' or 'of', in Italian with the clause as a relative of the noun:
    'Il frantoio ha presentato lunedì un piano di investimenti da 6,2 milioni' -> 'A quanto
    ammonta il piano di investimenti che il frantoio ha presentato lunedì?'."""
    subject = frame.subject
    if not subject or subject.lower() in _SUBJECT_PRONOUNS or frame.opening:
        return None
    if _is_copula(frame, language):
        return None  # "Il costo è un piano da ...": the sum is the subject's own
    found = _object_phrase(frame, language)
    if found is None:
        return None
    pre, article, noun = found
    if sum_head(noun, language) not in _SUM_HEADS[language]:
        return None
    rate, tail = _rate_and_rest(_short_tail(text, count.noun_end, language))
    if _has_digit(_YEARS.sub("", tail)):
        tail = ""  # "a profit of £3.1m| on turnover of £74.6m": a second figure, left out
    if language == "it":
        the = definite_article(article, noun)
        named = f"{the}{'' if the.endswith('’') else ' '}{noun}"
        amounts = _AMOUNTS[_italian_tense(frame.verb)]
        verb = " ".join(frame.verb)
        asked = f"A quanto {amounts} {named} {rate} che {subject} {verb} {pre}"
    else:
        body = _english_body(frame, subject)
        if body is None:
            return None
        if rate.split(" ", 1)[0].lower() in {"a", "an"}:
            rate, tail = "", f"{rate} {tail}"  # "How large a rent will X charge a year?"
        asked = f"How large {article} {noun} {rate} {body} {pre}"
    return upper_first(squash(f"{asked} {tail} {frame.when}")) + "?"


_AMOUNTS = {"present": "ammonta", "past": "ammontava", "future": "ammonterà"}
_AMOUNT_PLURAL = {"present": "ammontano", "past": "ammontavano", "future": "ammonteranno"}

# The Italian passive auxiliaries before a participle: "è stato| riconosciuto", "sarà| versata".
_IT_PASSIVE = re.compile(
    r"^(?:(?:è|sono|era|erano|fu|furono|sarà|saranno)\s+stat[oaie]|sarà|saranno|viene|vengono"
    r"|verrà|verranno|è|sono)$"
)
# An opening that tells to whom or by whom, which the question keeps after the participle:
# "Ai commercianti| è stato riconosciuto ...".
_IT_DATIVE_OPENING = re.compile(r"^(?:a|ad|al|allo|alla|ai|agli|alle|all’|all')\s?\S")


def passive_noun_sum_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """'Ai commercianti è stato riconosciuto un indennizzo di 250 mila euro' -> 'A quanto
    ammonta l’indennizzo riconosciuto ai commercianti?': an Italian noun of money after a
    passive verb, whose subject it is, named with the participle that agrees with it."""
    if language != "it" or frame.subject or len(frame.verb) < 2:
        return None
    participle = frame.verb[-1].lower()
    if (
        not is_participle(participle, "it")
        or _IT_PASSIVE.match(" ".join(frame.verb[:-1]).lower()) is None
    ):
        return None
    found = _object_phrase(frame, language)
    if found is None or found[0]:
        return None  # "è stato riconosciuto ai soci un ...": what comes first, left to others
    _pre, article, noun = found
    if sum_head(noun, language) not in _SUM_HEADS[language]:
        return None
    if _ARTICLE_ENDINGS[article] != participle[-1:]:
        return None  # the participle agrees with another noun
    opening = frame.opening if _IT_DATIVE_OPENING.match(frame.opening) else ""
    the = definite_article(article, noun)
    named = f"{the}{'' if the.endswith('’') else ' '}{noun}"
    amounts = _AMOUNTS[_italian_tense(frame.verb)]
    rate, _rest = _rate_after(text, count.noun_end)
    return upper_first(squash(f"A quanto {amounts} {named} {rate} {participle} {opening}")) + "?"


_IT_RECKONING = frozenset("quantificare stimare valutare calcolare".split())
_IT_DEFINITE = frozenset("il lo la i gli le l’ l'".split())


def reckoned_in_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """'Il sindaco ha quantificato i danni dell’alluvione in 3,6 milioni di euro' -> 'A quanto
    ammontano i danni dell’alluvione secondo il sindaco?': the sum an Italian subject reckons
    a thing at, told with 'in' after the verb's object."""
    if language != "it" or not frame.subject or frame.subject.lower() in _SUBJECT_PRONOUNS:
        return None
    if lemma(frame.verb[-1].lower(), "it") not in _IT_RECKONING or len(frame.verb) > 2:
        return None
    if len(frame.verb) == 2 and lemma(frame.verb[0].lower(), "it") != "avere":
        return None  # "è stato stimato", "dovrà stimare": a passive or a modal
    words = frame.between_text.rstrip("$€£ ").split()
    while words and words[-1].lower() in _APPROX:
        words.pop()  # "in circa"
    if len(words) < 2 or words[-1] != "in" or words[0].lower() not in _IT_DEFINITE:
        return None
    np = words[:-1]
    if len(np) > _LONGEST_NOUN + 1 or not all(
        re.fullmatch(r"[a-zà-ù’'][\w’'-]*", w) and not is_finite(w, "it") for w in np
    ):
        return None
    tense = _italian_tense(tuple(frame.verb))
    if tense == "future":
        return None  # "stimerà": a reckoning still to come
    plural = np[0].lower() in IT_PLURAL_ARTICLES
    amounts = (_AMOUNT_PLURAL if plural else _AMOUNTS)[tense]
    rate, _rest = _rate_after(text, count.noun_end)
    asked = f"A quanto {amounts} {' '.join(np)} {rate} secondo {frame.subject} {frame.when}"
    return upper_first(squash(asked)) + "?"


def owned_sum_question(named: str, frame: _Frame, tail: str) -> str | None:
    """'Il progetto ha un costo complessivo di 3,4 milioni' -> 'A quanto ammonta il costo
    complessivo del progetto?': a noun of money the subject has ('avere') is the subject's,
    asked in the tense of the verb; None for another verb."""
    verb = [w for w in frame.verb if w.lower() not in {"già", "ancora", "anche"}]
    if not verb or lemma(verb[-1].lower(), "it") != "avere" or not frame.subject:
        return None
    if len(verb) > 1 and lemma(verb[0].lower(), "it") != "avere":
        return None  # "dovrà avere", "potrebbe avere": a modal, left to the plain question
    tense = "past" if len(verb) > 1 else _italian_tense(tuple(verb))
    owner = of_phrase(frame.subject, "it")
    asked = f"A quanto {_AMOUNTS[tense]} {named} {owner} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


_IT_PAST_HEADS = frozenset("era erano fu furono ebbe ebbero aveva avevano".split())


def _italian_tense(verb: tuple[str, ...]) -> str:
    """'future', 'past' (an imperfect or a simple past) or 'present' (a compound past too:
    'ha presentato' is told as done now) of an Italian verb group."""
    head = verb[0].lower()
    if head.endswith(("rà", "ranno", "rò")):
        return "future"
    if head in _IT_PAST_HEADS or head.endswith(("ava", "avano", "eva", "evano", "iva", "ivano")):
        return "past"
    if head.endswith(("ò", "ì")) and len(head) > 3:
        return "past"
    return "present"


# A sum a giver paid of a thing funded, told with "per" and the giver after it: "Il progetto
# è stato finanziato| per 8,2 milioni| dalla Regione Piemonte| e per la parte restante ...".
_IT_SUM = (
    r"(?:(?:circa|oltre|quasi)\s+)?(?P<sum>" + _DIGIT_NUMBER + r"(?:\s+(?:milioni|miliardi|mila))?"
    r"(?:\s+(?:di\s+)?euro)?|un\s+milione(?:\s+di\s+euro)?)\s+"
)
_IT_GIVER = (
    r"(?P<giver>(?:da|dal|dallo|dalla|dai|dagli|dalle)\s[^,;:.()«»“”\"\d]{2,80}?"
    r"|dall’[^,;:.()«»“”\"\d]{2,80}?)(?=\s*[,;.]|\s+e\s+per\s|$)"
)
_FUNDED_PART = re.compile(
    r"^(?P<subject>(?:Il|Lo|La|I|Gli|Le)\s[a-zà-ù][^,;:()«»“”\"\d]{1,60}?|L’[^,;:()«»“”\"\d]{2,60}?)"
    r"\s+(?:(?P<aux>(?:è|sono)\s+stat[oaie]|sarà|saranno|viene|vengono|è|sono|era|erano|fu|furono)"
    r"\s+(?P<part>(?:finanziat|copert|sostenut|pagat)(?P<end>[oaie]))"
    r"|(?P<comes>arriva|arrivano|arriverà|arriveranno|proviene|provengono|verrà|verranno))"
    r"\s+per\s+" + _IT_SUM + _IT_GIVER
)
# A further part of the same funding, with its giver: ", per un milione dalla Regione", "e per
# i restanti 500.000 euro da un gruppo di aziende".
_FURTHER_PART = re.compile(
    r"(?:,|\s+e)\s+per\s+(?:i\s+restanti\s+|altri\s+)?" + _IT_SUM + _IT_GIVER
)

_SINGULAR_COMES = {
    "arrivano": "arriva",
    "arriveranno": "arriverà",
    "provengono": "proviene",
    "verranno": "verrà",
}
_ENDINGS = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


def funded_part_questions(text: str) -> list[tuple[str, str, int]]:
    """(question, answer, where it starts) of each part of a thing's funding an Italian giver
    paid: 'Il progetto è stato finanziato per 8,2 milioni dalla Regione Piemonte e per il resto
    dalla Fondazione' -> 'Per quanto è stato finanziato il progetto dalla Regione Piemonte?',
    'Il finanziamento arriva per 1,9 milioni dal Comune, per un milione dalla Regione' ->
    'Quanta parte del finanziamento arriva dal Comune?', '... dalla Regione?'."""
    m = _FUNDED_PART.match(text)
    if m is None:
        return []
    subject = m.group("subject")
    the = subject[:1].lower() + subject[1:]
    if m.group("comes"):  # "quanta parte" agrees with a singular verb: "i fondi arrivano"
        comes = _SINGULAR_COMES.get(m.group("comes"), m.group("comes"))
        opening = f"Quanta parte {of_phrase(the, 'it')} {comes}"
    elif _ENDINGS.get(subject.split()[0].lower(), m.group("end")) != m.group("end"):
        return []  # the participle agrees with no subject: "La spesa ... finanziato"
    else:
        opening = f"Per quanto {m.group('aux')} {m.group('part')} {the}"
    parts = [m]
    while (further := _FURTHER_PART.match(text, parts[-1].end())) is not None:
        parts.append(further)
    return [
        (squash(f"{opening} {part.group('giver')}") + "?", part.group("sum"), part.start("sum"))
        for part in parts
    ]


_RECKONING = frozenset("estimated valued put assessed priced".split())
_RECKON_LEMMAS = frozenset("estimate value put assess price".split())
_EN_ARTICLES = frozenset("the a an".split())


def reckoned_sum_question(frame: _Frame, language: str) -> str | None:
    """An English sum something is reckoned at, by the verb ('The firm estimated the cost of
    repairs at $38m' -> 'How much did the firm estimate the cost of repairs at?') or by a
    participle after its noun ('causing damage estimated at £4.6m' -> 'How much was the damage
    estimated at?')."""
    if language != "en" or not frame.subject or frame.exact[-1:] != ["at"]:
        return None
    words = frame.between_text.rstrip("$€£ ").split()[:-1]
    while words and words[-1].lower() in _APPROX:
        words.pop()
    if not 1 <= len(words) <= _LONGEST_NOUN + 1:
        return None
    if not all(re.fullmatch(r"[a-z][\w’'-]*", w) for w in words):
        return None
    verb = frame.verb[-1].lower()
    if words[-1] in _RECKONING and len(words) >= 2:  # "damage| estimated| at"
        noun = words[:-1]
        if noun[0] in _EN_ARTICLES:
            noun = noun[1:]
        if not noun or any(is_finite(w, "en") or w in STOPWORDS["en"] for w in noun[-1:]):
            return None
        be = "was" if _past_verb(frame.verb) else "is"
        return f"How much {be} the {' '.join(noun)} {words[-1]} at?"
    if lemma(verb, "en") not in _RECKON_LEMMAS or len(frame.verb) > 2:
        return None
    if words[0] not in _EN_ARTICLES:
        return None  # "estimated its cost at": whose, the question would not say
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"How much {body} {' '.join(words)} at {frame.when}") + "?"


def _past_verb(verb: tuple[str, ...]) -> bool:
    head = verb[0].lower()
    return head in {"was", "were", "had", "did"} or head.endswith("ed")


# A noun and a participle of reckoning set off after a clause, right before their sum:
# "..., causing| damage estimated at| £4.6m", "..., with losses valued at".
_RECKONED_ASIDE = re.compile(
    r",\s+(?:[a-z]+ing\s+|with\s+)(?:an?\s+|the\s+)?(?P<np>[a-z]+(?:\s+[a-z]+){0,2})"
    r"\s+(?P<part>estimated|valued|put|priced)\s+at\s+(?:(?:about|around|some|nearly|over)\s+)?"
    r"(?:more\s+than\s+)?[$€£]?$"
)


def reckoned_aside_question(count: _Count, text: str, language: str) -> str | None:
    """'The fire destroyed the hall, causing damage estimated at £4.6m' -> 'How much was the
    damage estimated at?': a sum a noun set off after the clause is reckoned at."""
    if language != "en":
        return None
    m = _RECKONED_ASIDE.search(text, 0, count.start)
    if m is None or m.end() != count.start:
        return None
    noun = m.group("np").split()
    if any(w in STOPWORDS["en"] or is_finite(w, "en") for w in noun):
        return None
    past = any(w in EN_PAST or w.endswith("ed") for w in text[: m.start()].lower().split())
    plural = noun[-1].endswith("s") and not noun[-1].endswith("ss")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"How much {be} the {' '.join(noun)} {m.group('part')} at?"


# An Italian subject, then an aside that tells the sum it amounts to: "La differenza|, pari a|
# circa 300.000 euro, è stata coperta ...".
_EQUAL_ASIDE = re.compile(
    r"^(?P<np>(?:(?:[Ii]l|[Ll]o|[Ll]a|I|i|[Gg]li|[Ll]e)\s|[Ll]’)[^,;:()«»“”\"\d]{2,80}?),\s+pari\s+a\s+"
    r"(?:(?:circa|oltre|quasi|poco\s+più\s+di|poco\s+meno\s+di|più\s+di|meno\s+di)\s+)?$"
)
# What an aside's sum includes, before the comma that ends it: "pari a 68.000 euro| compreso il
# trasporto|,", "IVA inclusa".
_INCLUDED = re.compile(
    r"(?:\s+(?:compres[oaie]|inclus[oaie])\s+[^,;:()\d]{2,40}?|\s+[^,;:()\d\s]{2,12}"
    r"\s+inclus[oaie])?,"
)


def equal_aside_question(count: _Count, text: str) -> str | None:
    """'Il bilancio del festival, pari a 7,4 milioni di euro, è coperto per metà dal Comune'
    -> 'A quanto ammonta il bilancio del festival?': the sum an aside after the subject says
    it amounts to."""
    opens = max(text.rfind(": ", 0, count.start), text.rfind("; ", 0, count.start))
    m = _EQUAL_ASIDE.match(text[opens + 2 if opens >= 0 else 0 : count.start])
    if m is None or _INCLUDED.match(text, count.noun_end) is None:
        return None  # the aside ends with its sum, or with what the sum includes
    np = m.group("np")
    if any(is_finite(w, "it") or is_gerund(w, "it") for w in np.split()[1:]):
        return None  # "Il Comune ha speso una cifra, pari a": a clause, no subject
    plural = np.split()[0].lower() in IT_PLURAL_ARTICLES
    return f"A quanto {'ammontano' if plural else 'ammonta'} {np[:1].lower()}{np[1:]}?"


# An Italian noun phrase and a participle of reckoning after it, right before the sum: "ha
# generato| un indotto stimato in| 2,3 milioni", "le spese di bonifica, stimate dai consulenti
# in| 1,6 milioni".
_RECKONED_PARTICIPLE = re.compile(
    r"(?:^|\s)(?P<art>il|lo|la|i|gli|le|un|uno|una|l’|un’)\s?(?P<np>[a-zà-ù]{3,}"
    r"(?:\s+(?:di|del|della|dei|delle|degli|dell’)\s?[a-zà-ù]{3,}){0,2}(?:\s+[a-zà-ù]{3,})?)"
    r",?\s+(?P<part>(?:stimat|valutat|quantificat|calcolat)(?P<end>[oaie]))"
    r"(?:\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|dall’)\s?[^,;:()«»“”\"\d]{2,50}?)?"
    r"\s+in\s+(?:(?:circa|oltre|quasi|almeno|più\s+di|meno\s+di)\s+)?$"
)
_ARTICLE_ENDINGS = {
    **{"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"},
    **{"un": "o", "uno": "o", "una": "a", "un’": "a"},
}


def reckoned_participle_question(count: _Count, text: str) -> str | None:
    """'La fiera ha generato un indotto stimato in 2,3 milioni di euro' -> 'A quanto è stimato
    l’indotto?': the sum an Italian noun phrase is reckoned at by the participle after it,
    which agrees with the phrase's article."""
    m = _RECKONED_PARTICIPLE.search(text, max(0, count.start - 160), count.start)
    if m is None or m.end() != count.start:
        return None
    article, np, ending = m.group("art").lower(), m.group("np"), m.group("end")
    words = np.split()
    if any(w in STOPWORDS["it"] and w not in _NP_JOINS or is_finite(w, "it") for w in words):
        return None
    if article in {"l’", "un’"}:
        if ending not in "oa":
            return None  # "l’" and a plural participle: whose, the phrase does not say
    elif _ARTICLE_ENDINGS[article] != ending:
        return None  # "la stima del danno, stimato": the participle is another noun's
    rate, rest = _rate_after(text, count.noun_end)
    if words[0] in _GENERIC_SUMS and not _NP_JOINS.intersection(words) and not rate + rest:
        return None  # "una somma stimata in 5 milioni": of what, the question would not say
    the = definite_article(article, words[0]) if article in IT_INDEFINITE else article
    named = f"{the}{'' if the.endswith('’') else ' '}{np}"
    be = "sono" if ending in "ie" else "è"
    return squash(f"A quanto {be} {m.group('part')} {named} {rate} {rest}") + "?"


_NP_JOINS = frozenset("di del della dei delle degli dell’".split())
# Nouns that name a sum and nothing more: "una somma", "il valore complessivo".
_GENERIC_SUMS = frozenset("somma cifra valore importo totale ammontare".split())
_ELIDED_RATES = frozenset("all’anno l’anno all’ora l’ora".split())


def _rate_after(text: str, end: int) -> tuple[str, str]:
    """(rate, rest) after an Italian sum that the question keeps: a rate ('al giorno',
    'all’anno') and what follows it to the clause's end, the rest only when no 'e' or comma of
    a list cuts it ('per le strutture ricettive| e i ristoranti': half a phrase)."""
    tail = _short_tail(text, end, "it")
    rate, rest = _rate_and_rest(tail)
    if not rate and tail.split()[:1] and tail.split()[0].lower() in _ELIDED_RATES:
        rate, rest = tail.split(maxsplit=1)[0], " ".join(tail.split()[1:])
    after = text[end:].lstrip()[len(tail) :].lstrip()
    return rate, rest if after[:1] in {"", "."} else ""


# An English clause, then "with" and who pays a sum, in a gerund: "The harbour will be dredged
# next year, with| the council| covering| the remaining| £650,000".
_WITH_PAYER = re.compile(
    r",\s+with\s+(?P<payer>the\s+[A-Za-z]+(?:\s+[A-Za-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"\s+(?P<gerund>[a-z]+ing)\s+(?P<part>(?:the\s+remaining|the\s+rest\s+of\s+the|a\s+further"
    r"|another|an\s+extra)\s+)?(?:(?:about|around|some|nearly|almost)\s+)?[$€£]?$"
)
# A second payer after "and", whose verb and sum follow the first's: "with the council
# contributing £3.2m| and the Welsh Government £2.1m".
_PAYER = r"the\s+[A-Za-z]+(?:\s+[A-Za-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
_SUM = r"[$€£]\d[\d.,]*(?:\s?(?:m|bn|k|million|billion)\b)?"
_WITH_SECOND_PAYER = re.compile(
    r",\s+with\s+(?P<payer>" + _PAYER + r")\s+(?P<gerund>[a-z]+ing)\s+(?P<part>)"
    r"(?:(?:about|around|some|nearly|almost)\s+)?"
    + _SUM
    + r"\s+and\s+(?P<second>"
    + _PAYER
    + r")\s+[$€£]?$"
)
_SECOND_PAYER_AFTER = re.compile(r"\s+and\s+(?:" + _PAYER + r")\s+" + _SUM + r"\s*(?:[,.]|$)")
_PAYING = frozenset("cover pay provide contribute meet fund give put raise spend invest".split())


def with_payer_question(count: _Count, text: str) -> str | None:
    """'The harbour will be dredged next year, with the council covering the remaining
    £650,000' -> 'How much will the council cover?': the sum a payer named after 'with' pays,
    in the tense of the clause before it ('did' after a past, 'does' after a present)."""
    m = _WITH_PAYER.search(text, max(0, count.start - 120), count.start)
    payer = None if m is None else m.group("payer")
    if m is None or m.end() != count.start:
        # "with the council contributing £3.2m and the Welsh Government| £2.1m": the second
        # payer, whose verb the sentence leaves out
        m = _WITH_SECOND_PAYER.search(text, max(0, count.start - 160), count.start)
        if m is None or m.end() != count.start:
            return None
        payer = m.group("second")
    base = lemma(m.group("gerund"), "en")
    if base not in _PAYING or payer is None or payer.split()[-1].lower() in STOPWORDS["en"]:
        return None
    ends = text.startswith((",", "."), count.noun_end) or count.noun_end == len(text)
    if not ends and _SECOND_PAYER_AFTER.match(text, count.noun_end) is None:
        return None  # the sum ends the clause: what follows it would be lost
    part = m.group("part") or ""
    more = "more" if part and not part.startswith("the") else ""
    do = _tense_of(text[: m.start()], payer)
    if do is None:
        return None
    asked = f"How much {more} {do} {payer} {base}"
    return squash(asked) + "?"


def _tense_of(clause: str, payer: str) -> str | None:
    """The auxiliary a question asks in, from the English clause's verb: 'will' after a
    future, 'did' after a past, 'does' or 'do' (by the payer) after a present; None when the
    clause shows none."""
    words = clause.lower().split()
    if "will" in words:
        return "will"
    if any(w in {"was", "were", "had"} or w in EN_PAST or w.endswith("ed") for w in words[1:]):
        return "did"
    if any(w in {"is", "are", "has", "have"} for w in words):
        plural = payer.split()[-1].endswith("s") and not payer.split()[-1].endswith("ss")
        return "do" if plural else "does"
    return None


# English plural nouns of sums that each come to the sum after "of": "offer bursaries of up
# to £3,000" (each bursary), not a total ("posted profits of £300m").
_EACH_SUMS = frozenset(
    """bursaries grants fines payments bonuses awards loans vouchers rebates allowances
    scholarships subsidies penalties payouts refunds""".split()
)
_PLURAL_OF = re.compile(
    r"^(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+))\s+of"
    r"(?:\s+(?:up\s+to|about|around|nearly|almost|over|more\s+than|at\s+least|only|just"
    r"|some|roughly))?$"
)


def each_sum_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """'The council plans to offer bursaries of up to £3,000 to teachers' -> 'How large are
    the bursaries the council plans to offer to teachers?': the size of each of the sums the
    clause's verb takes as its object, named with the clause as a relative."""
    if language != "en" or not frame.subject or frame.opening or _is_copula(frame, language):
        return None
    if frame.subject.lower() in _SUBJECT_PRONOUNS:
        return None
    m = _PLURAL_OF.match(" ".join(frame.between_text.rstrip("$€£ ").split()))
    if m is None or m.group("head") not in _EACH_SUMS:
        return None
    np = m.group("np")
    if any(w in STOPWORDS["en"] or is_finite(w, "en") for w in np.split()):
        return None
    tail = _short_tail(text, count.noun_end, language)
    if _has_digit(_YEARS.sub("", tail)) or tail != tail_of(text, count.noun_end).strip():
        tail = ""  # "to teachers willing| to retrain ...": a tail cut short, left out
    be = "were" if _past_verb(frame.verb) else "are"
    verb = " ".join(frame.verb)
    return squash(f"How large {be} the {np} {frame.subject} {verb} {tail} {frame.when}") + "?"


# An English part of a sum, after "with" and "the remaining" or "a further", and who gives it:
# ", with the remaining| £17.2m| to come from the council's budget", "met by the council",
# "coming from the Lottery".
_REMAINING_BEFORE = re.compile(
    r",\s+with\s+(?P<part>the\s+remaining|the\s+other|the\s+rest\s+of\s+the|a\s+further"
    r"|another)\s+(?:(?:about|around|some|nearly|almost)\s+)?[$€£]?$"
)
_REMAINING_AFTER = re.compile(
    r"\s+(?:(?P<to>to\s+come\s+from)|(?P<coming>coming\s+from)|(?P<by>(?:met|paid|provided"
    r"|covered|funded|found|raised|contributed)\s+by)|(?P<from>from))\s+"
    r"(?P<giver>[^,;:.()\d]{3,80}?)\s*(?=[,;.]|$)"
)


_PRESENT_AUXILIARIES = frozenset("has have is are".split())


def remaining_part_question(count: _Count, text: str) -> str | None:
    """'The Government will give £4.5m, with the remaining £17.2m to come from the council'
    -> 'How much is to come from the council?', '..., with the remaining €2.3 million met by
    the council' -> 'How much is met by the council?': the part of a sum a giver named after
    it gives, in the tense of the clause before it."""
    before = _REMAINING_BEFORE.search(text, max(0, count.start - 60), count.start)
    if before is None or before.end() != count.start:
        return None
    after = _REMAINING_AFTER.match(text, count.noun_end)
    if after is None:
        return None
    giver = after.group("giver")
    if any(is_finite(w, "en") for w in giver.split()):
        return None  # "from the council, which agreed": a clause, no giver
    clause = text[: before.start()].lower().split()
    future = "will" in clause
    present = not _PRESENT_AUXILIARIES.isdisjoint(clause)  # "has agreed", "is providing"
    past = not future and not present and any(w in EN_PAST or w.endswith("ed") for w in clause[1:])
    more = "more " if not before.group("part").startswith("the") else ""
    if after.group("to"):
        be = "was" if past else "is"
        return f"How much {more}{be} to come from {giver}?"
    if after.group("by"):
        be = "will be" if future else "was" if past else "is"
        return f"How much {more}{be} {after.group('by')} {giver}?"
    comes = "will come" if future else "came" if past else "comes"
    return f"How much {more}{comes} from {giver}?"


# An English noun of a drive to raise money and its verb, before the sum: "launched| an appeal
# to raise| £85,000", "has set up a crowdfunder to raise".
_DRIVE_NOUNS = frozenset("appeal campaign drive fundraiser crowdfunder bid effort".split())
_DRIVE = re.compile(
    r"^(?P<art>an?)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+))\s+to\s+"
    r"(?P<verb>raise|collect|secure|generate)(?:\s+(?:about|around|some|nearly|almost|up\s+to|"
    r"at\s+least|more\s+than))?$"
)


def drive_target_question(count: _Count, frame: _Frame, text: str) -> str | None:
    """'The trust has launched an appeal to raise £85,000 to fund the work' -> 'How much has
    the trust launched an appeal to raise?': the target of a drive the clause's verb starts."""
    if not frame.subject or frame.opening or frame.subject.lower() in _SUBJECT_PRONOUNS:
        return None
    m = _DRIVE.match(" ".join(frame.between_text.rstrip("$€£ ").split()))
    if m is None or m.group("head") not in _DRIVE_NOUNS:
        return None
    if any(w in STOPWORDS["en"] or is_finite(w, "en") for w in m.group("np").split()):
        return None
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = f"How much {body} {m.group('art')} {m.group('np')} to {m.group('verb')} {frame.when}"
    return squash(asked) + "?"


# An Italian sum, then "di cui" and the part of it a giver gave, told by a participle: "è
# costato 2,8 milioni di euro, di cui 2,1 milioni provenienti dal Pnrr".
_OF_WHICH = re.compile(
    r"(?P<whole>" + _DIGIT_NUMBER + r"(?:\s+(?:milioni|miliardi|mila))?\s+(?:di\s+)?euro),\s+"
    r"di\s+cui\s+(?:(?:circa|oltre|quasi)\s+)?(?P<sum>" + _DIGIT_NUMBER + r"(?:\s+(?:milioni|"
    r"miliardi|mila))?(?:\s+(?:di\s+)?euro)?)\s+(?:(?P<part>provenient|arrivat|stanziat"
    r"|finanziat|pagat|mess|garantit|copert)(?:[ieoa])\s+(?P<giver>(?:da|dal|dallo|dalla|dai"
    r"|dagli|dalle)\s[^,;:.()«»“”\d]{2,80}?|dall’[^,;:.()«»“”\d]{2,80}?)"
    # "di cui 61 milioni a carico del bilancio provinciale": who bears the part
    r"|(?P<charge>a\s+carico)\s+(?P<bearer>(?:di|del|dello|della|dei|degli|delle)\s"
    r"[^,;:.()«»“”\d]{2,80}?|dell’[^,;:.()«»“”\d]{2,80}?))(?:\s\([^()]{1,12}\))?"
    r"(?=\s*[,;.]|\s+e\s+(?:il|la|i|le|gli|l’|per|dal|dalla|dai|dalle|da)\b|$)"
)
_OF_WHICH_VERBS = {
    "provenient": "proviene",
    "arrivat": "è arrivata",
    "stanziat": "è stata stanziata",
    "finanziat": "è stata finanziata",
    "pagat": "è stata pagata",
    "mess": "è stata messa",
    "garantit": "è garantita",
    "copert": "è coperta",
}


def of_which_questions(text: str) -> list[tuple[str, str, int]]:
    """(question, answer, where it starts) of the part of an Italian sum a giver gave, told
    after 'di cui': 'è costato 2,8 milioni di euro, di cui 2,1 milioni provenienti dal Pnrr' ->
    'Quanta parte dei 2,8 milioni di euro proviene dal Pnrr?', '..., di cui 61 milioni a carico
    del bilancio' -> 'Quanta parte ... è a carico del bilancio?'."""
    found = []
    for m in _OF_WHICH.finditer(text):
        whole = m.group("whole")
        if m.group("charge"):  # "a carico del bilancio" -> "è a carico del bilancio"
            asked = f"Quanta parte {_of_the_figure(whole)} è a carico {m.group('bearer')}?"
        else:
            verb = _OF_WHICH_VERBS[m.group("part")]
            asked = f"Quanta parte {_of_the_figure(whole)} {verb} {m.group('giver')}?"
        found.append((squash(asked), m.group("sum"), m.start("sum")))
    return found


def _of_the_figure(figure: str) -> str:
    """'di' and the article joined before an Italian figure, as it is read: 'dei 2,8 milioni',
    'degli 8 milioni', 'degli 11.000 euro', 'dell’1 milione'."""
    head = re.split(r"[.,\s]", figure, maxsplit=1)[0]
    if head == "1":
        return f"dell’{figure}"
    return f"{'degli' if head.startswith('8') or head == '11' else 'dei'} {figure}"


# An English part of a sum told after "of which", right after the whole: "is expected to cost
# £85,000,| of which| £60,000| will come from the Lottery", "cost £310,000, of which £40,000
# was provided by the port"; the verb group and where the part comes from or goes.
_EN_WHOLE_OF_WHICH = re.compile(
    r"(?P<whole>[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k)\b|\s+(?:million|billion)\b)?),\s+"
    r"of\s+which\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to"
    r"|just\s+over|just\s+under)\s+)?$"
)
_EN_PART_GOES = re.compile(
    r"\s+(?P<verb>(?:(?:will|would|is|are|was|were|has|have|had)\s+)?(?:(?:already|now)\s+)?"
    r"(?:(?:be|been|being)\s+)?(?P<last>[a-z]+))\s+(?P<prep>from|by|to|towards|on)\s+"
    r"(?P<rest>[^,;:.()\d]{3,80}?)\s*(?=[,;.]|$)"
)
_EN_COMING = frozenset("come comes came coming go goes went going".split())


def of_which_part_question(count: _Count, text: str) -> str | None:
    """'The footbridge is expected to cost £95,000, of which £40,000 will come from the town
    council' -> 'How much of the £95,000 will come from the town council?': the part of an
    English sum told after 'of which', asked of the whole with its verb as written (a verb of
    coming or going, or a passive: 'was provided by the port')."""
    before = _EN_WHOLE_OF_WHICH.search(text, max(0, count.start - 80), count.start)
    after = _EN_PART_GOES.match(text, count.noun_end)
    if before is None or before.end() != count.start or after is None:
        return None
    if text[: before.start()].rstrip().endswith(":"):
        return None  # "total cost: £31m, of which ...": asked of the label it sums up
    last = after.group("last")
    passive = last in EN_PAST or (last.endswith("ed") and len(last) > 4)
    if last not in _EN_COMING and not (passive and after.group("verb") != last):
        return None  # "£40,000 sits in| the bank": neither a coming nor a passive
    rest = after.group("rest")
    if any(is_finite(w, "en") for w in rest.split()):
        return None  # "from the council, which agreed": a clause, no giver
    verb = " ".join(after.group("verb").split())
    return f"How much of the {before.group('whole')} {verb} {after.group('prep')} {rest}?"


# An Italian sum told after a clause as the worth of what it did: "Tre aziende hanno prenotato
# prove a pagamento,| per un valore complessivo di circa| 180.000 euro".
_WORTH_AFTER = re.compile(
    r",\s+per\s+un\s+valore(?P<adj>\s+(?:complessivo|stimato|totale))?\s+di\s+"
    r"(?:(?:circa|oltre|quasi|almeno|più\s+di|poco\s+più\s+di)\s+)?$"
)
_LONGEST_WORTH_OBJECT = 14  # words: "la confisca di due capannoni a Tavullia e di un ..."


def worth_after_question(count: _Count, frame: _Frame | None, text: str) -> str | None:
    """'La Regione ha acquistato tre nuovi treni, per un valore di 24 milioni di euro' -> 'Per
    quale valore la Regione ha acquistato tre nuovi treni?': the worth of what an Italian
    clause did, told after it; `frame` is the clause's before the comma."""
    m = _WORTH_AFTER.search(text, max(0, count.start - 60), count.start)
    if m is None or m.end() != count.start or frame is None:
        return None
    if text[count.noun_end : count.noun_end + 1] not in {"", ".", ",", ";"}:
        return None  # "di 2 milioni| l’anno": more of the sum follows
    subject, between = frame.subject, frame.between_text
    if not subject or subject.lower() in _SUBJECT_PRONOUNS or frame.opening or not between:
        return None
    if len(between.split()) > _LONGEST_WORTH_OBJECT or _is_copula(frame, "it"):
        return None
    if any(is_finite(w, "it") for w in between.split()[1:]):
        return None  # "ha detto che ...": a clause of its own
    verb = " ".join(frame.verb)
    adj = m.group("adj") or ""
    return (
        upper_first(squash(f"Per quale valore{adj} {subject} {verb} {between} {frame.when}")) + "?"
    )


# The cost a clause's action comes at, told after its object: "will replace the roof| at an
# estimated cost of| £4.8m", "rifarà il tetto| a un costo di| 4,8 milioni", "ha ceduto il ramo
# d’azienda| per un valore di| 3 milioni".
_AT_COST = {
    "en": re.compile(
        r"^(?P<obj>(?:[\w’'-]+\s+){0,8}?)at\s+(?:a|an)\s+(?P<adj>(?:(?:estimated|total|overall"
        r"|projected|expected|combined)\s+){0,2})cost\s+of\s+(?:(?:about|around|some|roughly"
        r"|nearly|almost|more\s+than|over|up\s+to)\s+)?[$€£]?$"
    ),
    "it": re.compile(
        r"^(?P<obj>(?:[\w’'-]+\s+){0,8}?)(?P<prep>a|per)\s+(?:un|una)\s+(?P<noun>costo|spesa"
        r"|valore)(?P<adj>(?:\s+(?:complessiv[oa]|stimat[oa]|total[e]|previst[oa]))?)\s+di"
        r"(?:\s+(?:circa|oltre|quasi|poco\s+più\s+di))?\s*$"
    ),
}
_EN_BE = frozenset("is are was were".split())
_IT_COST_ASKED = {
    "costo": "A quale costo",
    "spesa": "Con quale spesa",
    "valore": "Per quale valore",
}


def at_cost_question(count: _Count, frame: _Frame, text: str, language: str) -> str | None:
    """'The council will replace the roof at an estimated cost of £4.8m' -> 'At what estimated
    cost will the council replace the roof?', 'Il Comune rifarà il tetto a un costo di 4,8
    milioni' -> 'A quale costo il Comune rifarà il tetto?': the cost the clause's action comes
    at, after the verb or its object (no verb in between)."""
    subject = frame.subject
    if not subject or subject.lower() in _SUBJECT_PRONOUNS or frame.opening:
        return None
    m = _AT_COST[language].match(frame.between_text)
    if m is None:
        return None
    obj = m.group("obj").strip()
    words = obj.split()
    if not words and _is_copula(frame, language):
        return None  # "The price is at a cost of": nothing done at the cost
    if _has_digit(_YEARS.sub("", obj)) or any(is_finite(w, language) for w in words):
        return None  # "the roof, which leaks, at ...": a second clause before the cost
    tail = _tail(text, count.noun_end, language)
    if tail is None or _has_digit(_YEARS.sub("", tail)):
        return None
    if language == "it":
        noun = m.group("noun")
        if noun == "spesa" and m.group("prep") != "a" or noun == "costo" and m.group("prep") != "a":
            return None  # "per un costo di": a use of "per" other than a price
        adjective = m.group("adj").strip()
        rate, tail = _rate_and_rest(tail)  # "a un costo di 400 euro| al mese"
        asked = f"{_IT_COST_ASKED[noun]} {adjective} {rate} {subject} {' '.join(frame.verb)} {obj}"
        return upper_first(squash(f"{asked} {tail} {frame.when}")) + "?"
    body = _english_body(frame, subject)
    if body is None and words and frame.verb[0].lower() in _EN_BE:
        body = f"{frame.verb[0].lower()} {subject}"  # "is the new block| due for completion"
    if body is None:
        return None
    rate, tail = _rate_and_rest(tail)  # "at a cost of £38,000| a year": asked with the cost
    asked = f"At what {m.group('adj')} cost {rate} {body} {obj} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


# An Italian sum in euros that is the subject of a passive, at the start of its clause: "Ogni
# anno| 400.000 euro| saranno destinati alla navetta", "..., mentre| 2 milioni di euro all’anno|
# sono stati stanziati per le scuole".
_PASSIVE_SUBJECT_SUM = re.compile(
    r"(?:^|;\s+|,\s+(?:mentre|e|ma)\s+)(?P<open>(?:[A-Za-zà-ù’]+\s+){0,2}?)"
    r"(?P<sum>(?:circa\s+|oltre\s+)?" + _DIGIT_NUMBER + r"(?:\s+(?:milioni|miliardi|mila))?"
    r"\s+(?:di\s+)?euro)(?P<rate>\s+(?:all’anno|l’anno|al\s+mese|al\s+giorno))?\s+"
    r"(?P<aux>sono\s+stati|saranno\s+stati|sono|saranno|erano|verranno|vengono|andranno)\s+"
    r"(?P<part>(?:destinat|stanziat|investit|spes|assegnat|versat|erogat|raccolt|incassat"
    r"|previst|riservat)i)\s+(?P<rest>[^,;:.()«»“”\d]{3,80}?)\s*(?=[,;.]|$)"
)
_IT_SINGULAR_PASSIVE = {
    "sono stati": "è stato",
    "saranno stati": "sarà stato",
    "sono": "è",
    "saranno": "sarà",
    "erano": "era",
    "verranno": "verrà",
    "vengono": "viene",
    "andranno": "andrà",
}
_IT_TIME_OPENING = re.compile(r"^(?:ogni\s+anno|ogni\s+mese|quest’anno|nel\s+\w+|da\s+\w+)?$")


def passive_subject_sum_questions(text: str) -> list[tuple[str, str, int]]:
    """(question, sum, where it starts) of an Italian sum in euros that is the subject of a
    passive at the start of its clause: 'Ogni anno 400.000 euro saranno destinati alla navetta'
    -> 'Quanto sarà destinato ogni anno alla navetta?'. Only a time may come before the sum."""
    found = []
    for m in _PASSIVE_SUBJECT_SUM.finditer(text):
        opening = m.group("open").strip()
        if _IT_TIME_OPENING.match(opening.lower()) is None:
            continue
        aux = _IT_SINGULAR_PASSIVE[" ".join(m.group("aux").split())]
        participle = m.group("part")[:-1] + "o"
        rate = (m.group("rate") or "").strip()
        asked = f"Quanto {aux} {participle} {opening.lower()} {rate} {m.group('rest')}"
        figure = m.group("sum")
        found.append((squash(asked) + "?", figure, m.start("sum")))
    return found


# The singular of an Italian passive's auxiliary before its participle, which "Quanto" takes.
_IT_SINGULAR_AUX = {
    **_IT_SINGULAR_PASSIVE,
    "è stato": "è stato",
    "è stata": "è stato",
    "sarà stato": "sarà stato",
    "erano stati": "era stato",
    "sarebbero stati": "sarebbe stato",
    "è": "è",
    "sarà": "sarà",
    "viene": "viene",
    "verrà": "verrà",
    "verrebbero": "verrebbe",
    "sarebbero": "sarebbe",
}

# Italian verbs whose sum after them is their subject without a passive: "sono arrivati",
# "sono rimasti" (asked by _sum_as_subject_question).
_IT_NOT_PASSIVE = frozenset("arrivare entrare uscire restare rimanere mancare servire".split())


def inverted_passive_sum_question(count: _Count, frame: _Frame, tail: str | None) -> str | None:
    """'Per la piazza sono stati spesi 1,5 milioni di euro' -> 'Quanto è stato speso per la
    piazza?', 'Sono stati stanziati altri 2 milioni di euro per le scuole' -> 'Quanto è stato
    stanziato in più per le scuole?': an Italian sum in its subject's place after a passive,
    asked with the complements around it (none: no question)."""
    verb = [w.lower() for w in frame.verb]
    if frame.subject or len(verb) < 2 or tail is None or _has_digit(tail):
        return None
    singular = _IT_SINGULAR_AUX.get(" ".join(verb[:-1]))
    participle = verb[-1]
    if singular is None or not is_participle(participle, "it") or participle[-1] not in "oaie":
        return None
    if lemma(participle, "it") in _IT_NOT_PASSIVE or _it_intransitive(participle):
        return None
    more = {"altri": "in più", "ulteriori": "in più"}.get(" ".join(frame.exact), None)
    if frame.exact and more is None:
        return None
    opening = frame.opening
    if any(_has_digit(w) and not re.fullmatch(r"(?:19|20)\d\d", w) for w in opening.split()):
        return None
    if any(is_finite(w, "it") for w in opening.split()[1:]):
        return None  # "che sono stati spesi": a clause, not a complement
    if not opening and not tail:
        return None  # "Sono stati stanziati 2 milioni": what for, the card cannot say
    asked = f"Quanto {singular} {participle[:-1]}o {more or ''} {opening} {tail} {frame.when}"
    return upper_first(squash(asked)) + "?"


# The Italian prepositions of a passive's agent: "finanziati| dal Comune| con 320.000 euro".
_IT_AGENT_PREPOSITIONS = frozenset("da dal dallo dalla dai dagli dalle dall’".split())
_LONGEST_AGENT = 6  # words of the agent: "dalla Regione Friuli-Venezia Giulia"


def agent_after(frame: _Frame) -> _Frame:
    """An Italian passive's frame with its agent between the verb and the sum's preposition
    moved after the subject: 'I lavori sono stati finanziati| dal Comune con| 320.000 euro' is
    asked 'Con quanto sono stati finanziati i lavori dal Comune?'."""
    between = frame.between_text.split()
    if len(between) < 3 or len(frame.verb) < 2:
        return frame
    if between[0].lower() not in _IT_AGENT_PREPOSITIONS:
        return frame
    if between[-1].lower() not in ("con", "a", "per") or len(between) - 1 > _LONGEST_AGENT:
        return frame
    agent = between[:-1]
    if not all(w[:1].isupper() or w.lower() not in STOPWORDS["it"] for w in agent[1:]):
        return frame  # "dal Comune| che ...": a clause, no agent
    if any(_has_digit(w) or is_finite(w, "it") for w in agent[1:]):
        return frame
    if not is_participle(frame.verb[-1].lower(), "it"):
        return frame
    return replace(
        frame,
        between=(between[-1].lower(),),
        between_text=between[-1],
        when=squash(f"{' '.join(agent)} {frame.when}"),
    )
