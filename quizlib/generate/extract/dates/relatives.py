"""Dates in a relative clause or after a verb that comes before its subject: ', which
opened in 1998', 'È stata inaugurata nel 2019 la nuova sede'."""

from __future__ import annotations

import re
from dataclasses import replace

from ...chunks import (
    ADVERBIALS,
    PREPOSITIONS,
    Token,
    index_at,
    main_verb,
    starts_with_subject,
)
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_ARTICLE_ENDING,
    STOPWORDS,
)
from ...phrase import (
    of_phrase,
    render,
)
from ...text import lower_first, squash, upper_first
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_verb_lemma,
    lemma,
    participle_parts,
)
from ..common import drop_titles
from ..subject import refers_to_entry
from .grammar import (
    _AND,
    _BARE_PREPOSITIONS,
    _COPULAS,
    _INDEFINITE,
    _INDEFINITE_TO_DEFINITE,
    _MODALS,
    _OF_WORDS,
    _POSSESSIVES,
    _PRONOUN_SUBJECTS,
    _RELATIVE_OPENERS,
    _RELATIVE_SUBJECTS,
    _RELATIVES,
    _STOPS,
    _VERSUS,
    _Antecedent,
    _antecedent,
    _before_age,
    _definite,
    _english_plural,
    _entry_subject,
    _lower_initial,
    _participle_or_finite,
    _specific,
)
from .openings import (
    _ESSERE_FORMS,
    _INFINITIVE_ENDINGS,
    _NO_SUBJECT_AFTER,
    _after_verb_chain,
    _english_present,
    _opens_complement,
)
from .phrases import (
    _AVERE_FORMS,
    _BARE_NOUN_COMPLEMENT,
    _OF_ARTICLES,
    _PARTICLES,
    _PHRASE_STOPS,
    _agrees,
    _bare_noun_subject,
    _is_adverb,
)
from .spans import _CHAIN_ADVERBS, _VERB_CHAIN, DateSpan


def _postverbal_subject(text: str, toks: list[Token], k: int) -> str | None:
    """The subject that starts at token `k` (an article) and runs to a comma, a relative or the
    end, a quoted title included: 'la mostra «La mano che scrive»'."""
    end = len(toks)
    quoted = 0
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.text in {"“", "«"} or (t.text == '"' and not quoted):
            quoted += 1
        elif t.text in {"”", "»", '"'}:
            quoted = max(0, quoted - 1)
        elif not quoted and (
            t.text in _PHRASE_STOPS | {","}
            or t.low in _RELATIVE_SUBJECTS | _RELATIVES
            or t.low in AUXILIARIES["it"]
            or (t.text.islower() and is_finite(t.text, "it"))
            or (t.low in _AND and j + 1 < len(toks) and _opens_complement(toks[j + 1].low))
        ):
            end = j  # "il primo vertice | e nel 2020 il secondo"
            break
    if quoted or end - k > 18:  # a title in quotes may be long
        return None
    return text[toks[k].start : toks[end - 1].end]


# Italian verbs whose noun after them says what the subject is, not who it is.
_COPULAR_LEMMAS = frozenset("diventare divenire rimanere restare risultare sembrare".split())


def _copular(chain: list[str]) -> bool:
    """Whether an Italian verb chain ends on a copular verb ('è diventato', 'rimase'), after
    which a noun phrase is the predicate of a subject left unsaid."""
    last = chain[-1]
    base = participle_parts(last, "it")[0] if is_participle(last, "it") else last
    return lemma(base, "it") in _COPULAR_LEMMAS


# What opens an Italian infinitive phrase after a verb ("deciso | di | chiudere"); after a noun
# a word in -are/-ere/-ire is its adjective ("nella sala consiliare").
_INFINITIVE_OPENERS = frozenset("di a ad da per".split())


def _postverbal_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """An Italian subject after its verb and the date: 'È stata inaugurata venerdì 13 marzo al
    Museo la mostra «X»' -> 'Quando è stata inaugurata la mostra «X»?'; 'Nel 2019 è stato
    inaugurato il ponte San Giorgio' -> 'Quando è stato inaugurato il ponte San Giorgio?'."""
    # The sentence opens with the chain, or with the date and then the chain; "vi" (there)
    # before the verb says nothing the question needs.
    date_end = index_at(toks, span.end)
    k = date_end if at == 0 else 0
    k += k < len(toks) and toks[k].text == ","
    k += k < len(toks) and toks[k].low == "vi"
    if k >= len(toks) or not (
        toks[k].low in {"si", "ci"} or toks[k].low in _ESSERE_FORMS or is_finite(toks[k].low, "it")
    ):
        return None
    end = _after_verb_chain(toks, k)
    predicative = end is None and _predicative_end(toks, k) is not None
    if predicative:
        end = k + 2
    if end is None or (at > 0 and at < end):
        return None
    chain = [t.low for t in toks[k:end]]
    if _copular(chain):
        return None  # "Nel 2003 è diventato il primo vino a ...": the predicate, no subject
    # Complements and the date between the chain and the subject; the subject is the first
    # article that no preposition governs.
    j = end
    while j < len(toks):
        t = toks[j]
        if at <= j < date_end:
            j += 1
            continue
        if t.low in ARTICLES["it"] and toks[j - 1].low not in _NO_SUBJECT_AFTER:
            break
        if t.text in _PHRASE_STOPS or t.low in _RELATIVE_SUBJECTS | _RELATIVES or t.text in '“”«»"':
            return None
        if t.low in AUXILIARIES["it"] or (t.text.islower() and is_finite(t.text, "it")):
            return None
        if (
            t.low.endswith(_INFINITIVE_ENDINGS)
            and lemma(t.low, "it") == t.low
            and (j in (end, date_end) or toks[j - 1].low in _INFINITIVE_OPENERS)
        ):
            return None  # "Si è deciso il 3 maggio di chiudere il porto": the porto is closed
        j += 1
    else:
        return None
    if toks[j].low in _INDEFINITE or (at > j):
        return None
    subject = _postverbal_subject(s.text, toks, j)
    if subject is None:
        return None
    words = subject.split()
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    if not any(w[:1].isupper() or w[:1] in '“«"' for w in words[1:]) and len(words) < 3:
        return None  # "il processo": which one, out of the article?
    if (
        is_participle(chain[-1], "it")
        and not any(w in _AVERE_FORMS for w in chain)
        and not _agrees(chain[-1], toks[j].low)
    ):
        return None  # "è stata inaugurata ... il sindaco": not the participle's subject
    if predicative and not _adjective_agrees(chain[-1], toks[j].low):
        return None  # "Sarà operativa da lunedì il reparto": the adjective is another noun's
    subject = drop_titles(subject, doc)
    # What stands between the verb and the date stays with the verb: "È entrata in vigore il
    # 1° gennaio la legge" -> "Quando è entrata in vigore la legge?"
    between = toks[end:at] if at > end else []
    if len(between) > 5 or any(t.text in _STOPS for t in between):
        return None
    complement = " ".join(t.text for t in between).replace("’ ", "’")
    return _participle_or_finite(chain, k, toks, subject, span, "it", complement)


# What an Italian opening phrase before a verb with no subject starts with: a preposition, bare
# or with its article ("Nel Mediterraneo fu segnalato"), or "come" ("Come regione ... è stata
# istituita").
_OPENING_STARTS = PREPOSITIONS["it"] | frozenset(ARTICULATED) | {"come"}


_LONGEST_OPENING = 8  # tokens: "Come regione a statuto ordinario"


def _opening_then_verb(toks: list[Token]) -> int | None:
    """The first token of the verb that follows an Italian opening phrase straight away, with
    no subject between ('Nel Mediterraneo | fu segnalato', 'Durante la guerra, | venne
    distrutto'); None when the phrase is followed by a subject ('Nel 2019 il museo fu ...'): an
    article there opens a noun no preposition governs."""
    if not toks or toks[0].low not in _OPENING_STARTS:
        return None
    for k in range(1, min(len(toks), _LONGEST_OPENING + 2)):
        t = toks[k]
        if t.low in {"si", "ci"} or t.low in _ESSERE_FORMS or t.low in AUXILIARIES["it"]:
            return k if k > 1 else None
        if t.text.islower() and is_finite(t.text, "it"):
            return k if k > 1 else None
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].text.islower():
            continue  # "Durante la guerra, venne distrutto"
        if t.text in _STOPS or t.text in '“”«»"' or any(c.isdigit() for c in t.text):
            return None  # a date of its own: "Nel 1949 fu ..." is asked by another rule
        if t.low in ARTICLES["it"] and toks[k - 1].low not in PREPOSITIONS["it"]:
            return None  # "Nel Mediterraneo il granchio fu ...": a subject of its own
    return None


def _adjunct_or_stop(tok: Token) -> bool:
    """Whether the Italian token after a date ends the clause or opens a phrase of a
    preposition the question may leave out ('nel 2013 | in provincia di Lecce', 'nel 1200 |
    dai monaci'); not an article or a noun, where a subject of its own would stand ('nel 1200
    | una chiesa')."""
    return tok.text in {",", ".", ";"} or tok.low in PREPOSITIONS["it"] or tok.low in ARTICULATED


def _dropped_subject_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """An Italian entry sentence that opens with a phrase and goes on with its verb, the entry
    its unsaid subject: 'Nel Mediterraneo fu segnalato per la prima volta nel 1949' (of the
    blue crab) -> 'In che anno fu segnalato per la prima volta nel Mediterraneo il granchio
    blu?'. The phrase stays in the question; the verb is one whose subject may follow it (a
    passive, a reflexive, an intransitive with 'essere'); after the date a stop, or a phrase
    of a preposition the question leaves out, not a subject of its own ('... fu fondata nel
    1200 una chiesa')."""
    if doc.language != "it" or s.entry is None or span.is_range:
        return None
    k = _opening_then_verb(toks)
    if k is None:
        return None
    end = _after_verb_chain(toks, k)
    if end is None or end > at or at - end > 5:
        return None
    between = toks[end:at]
    if any(
        t.text in _STOPS or t.low in AUXILIARIES["it"] or is_finite(t.text, "it") for t in between
    ):
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and not _adjunct_or_stop(toks[following]):
        return None
    subject = _entry_subject(s, "it")
    chain = [t.low for t in toks[k:end]]
    article = subject.split(" ", 1)[0].lower()
    if article.endswith("’"):
        article = "l’"
    if (
        article in ARTICLES["it"]
        and is_participle(chain[-1], "it")
        and not any(w in _AVERE_FORMS for w in chain)
        and not _agrees(chain[-1], article)
    ):
        return None  # the participle is another noun's
    opening = s.text[toks[0].start : toks[k - 1].end].rstrip(" ,")
    opening = opening[:1].lower() + opening[1:]
    complement = " ".join([*(t.text for t in between), opening]).replace("’ ", "’")
    return _participle_or_finite(chain, k, toks, subject, span, "it", complement)


_SHORTEST_ADJECTIVE = 5  # letters: "aperto", "chiusa", "attivo"; not "solo", "più"


def _predicative_end(toks: list[Token], k: int) -> int | None:
    """The end of an Italian form of 'essere' at token `k` and the adjective after it, said
    before its subject: 'Sarà operativo | da lunedì il nuovo pronto soccorso', 'Resterà
    visitabile | fino al 6 gennaio la mostra'; None when no adjective follows."""
    if toks[k].low not in _ESSERE_FORMS or k + 1 >= len(toks):
        return None
    word = toks[k + 1]
    if not (word.text.isalpha() and word.text.islower() and len(word.text) >= _SHORTEST_ADJECTIVE):
        return None
    if word.low[-1] not in "oaie" or word.low in STOPWORDS["it"] or word.low in ARTICULATED:
        return None
    if is_finite(word.text, "it") or word.low.endswith(_INFINITIVE_ENDINGS):
        return None
    return k + 2


_SINGULAR_ARTICLES = frozenset({"il", "lo", "la", "l’"})


def _adjective_agrees(adjective: str, article: str) -> bool:
    """Whether an Italian adjective agrees with the noun an article opens: one in -e with a
    singular ('visitabile', 'il cantiere'), one in -i with a plural ('visitabili', 'le sale'),
    else by its gender ending ('operativo', 'il reparto')."""
    if adjective.endswith("e") and article in _SINGULAR_ARTICLES:
        return True
    if adjective.endswith("i") and article in {"i", "gli", "le"}:
        return True
    return _agrees(adjective, article)


# Words after a date that carry on the verb's clause: what it said, agreed to, decided.
_GOES_ON = frozenset("that to che di".split())


_RELATIVE_IN = {
    "it": lambda text: ", che " in text,
    "en": lambda text: ", which " in text or ", who " in text,
}


def _stops_at(toks: list[Token], k: int) -> bool:
    """Whether token `k` ends a phrase: a stop, but not the comma inside a figure ('5,000')."""
    t = toks[k]
    if t.text != ",":
        return t.text in _STOPS
    return not (
        0 < k < len(toks) - 1
        and toks[k - 1].end == t.start
        and toks[k + 1].start == t.end
        and toks[k - 1].text.isdigit()
        and toks[k + 1].text.isdigit()
    )


def _relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause about a named noun: '..., la mostra X, che resterà aperta
    fino al 4 ottobre' -> 'Fino a quando resterà aperta la mostra X?'; 'the Tower Bridge, which
    opened in 1894, ...' -> 'When did the Tower Bridge open?'. Never after 'cui', 'whose' or
    'where': their clause has a subject of its own."""
    language = doc.language
    c = at - 1
    while c >= 0 and not _stops_at(toks, c):
        c -= 1
    if c < 1 or toks[c].text != "," or toks[c + 1].low not in _RELATIVE_OPENERS[language]:
        return None
    first = c + 2
    when = _time_adverbial(toks, first)
    first += len(when)
    if at == first and not when:
        # "Il palazzetto, che dal 1985 ospita le gare, ...": the date before the verb
        shape = _chain_after_date(toks, span, language)
        if shape is None:
            return None
        first, end, stop = shape
        kept = (t.text for t in toks[end:stop] if t.low not in _ALSO)  # "anche": besides what?
        complement = " ".join(kept).replace("’ ", "’")
    else:
        found = _relative_chain(toks, first, at, language)
        if found is None and (toks[first].text[:1].isupper() or toks[first].low in _DEFINITE_IT):
            return None if when else _object_relative_question(s, toks, c, at, doc)
        if found is None or at - found > 6:
            return None
        end = found
        said = s.text[toks[end].start : toks[at - 1].end] if at > end else ""  # "1,200 people"
        complement = " ".join([said, *when]).strip().replace("’ ", "’")
        if not _raised(toks, end, at) and any(
            t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
            for t in toks[end:at]
        ):
            return None
        following = index_at(toks, span.end)
        after = toks[following].low if following < len(toks) else ""
        if after in _GOES_ON or after in ARTICLES[language]:
            return None  # "which said on Tuesday that ...", "che ha approvato il 3 maggio il"
    antecedent = _antecedent(s.text, toks, c, language) or _set_off_name(s.text, toks, c, language)
    if antecedent is None:
        return None
    article, np, inner = antecedent
    chain = [t.text for t in toks[first:end]]
    agreeing = language == "it" and is_participle(chain[-1], "it")
    if agreeing and not _agrees(chain[-1], article):
        return None  # "le sale del museo, che è stato ...": the participle is another noun's
    if inner and not (agreeing and not any(_agrees(chain[-1], a) for a in inner)):
        return None  # "l’evoluzione del razzo Vega, che volò ...": whose flight?
    words = np.split()
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    head = lower_first(np) if article else np
    if not _specific(head, doc) and not any(w[:1] in '“«"' for w in words):
        return None  # "the bridge, which opened in 1932": which bridge, out of the article?
    subject = lower_first(_lower_initial(drop_titles(np, doc), doc)) if article else np
    verb = chain[0]
    if language == "en" and verb.lower() in _MODALS:
        return squash(f"When {verb.lower()} {subject} {' '.join(chain[1:])} {complement}") + "?"
    if language == "en" and end == first + 1 and not is_finite(verb, "en"):
        if verb in AUXILIARIES["en"]:
            return None
        return _present_question(verb, subject, complement)
    present = language == "it" and end == first + 1 and _it_present_before_object(*toks[first:][:2])
    return _participle_or_finite(
        chain, first, toks, subject, span, language, complement, present=present
    )


# The openers of a relative clause with no comma before it ("the fires that destroyed ...",
# "gli incendi che distrussero ..."), and the one the clause is read with once set off.
_RESTRICTIVE_OPENERS = {"en": frozenset({"that", "who"}), "it": frozenset({"che"})}
_SET_OFF_OPENER = {"that": "which", "who": "who", "che": "che"}


def restrictive_relative(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, language: str
) -> tuple[Sentence, DateSpan] | None:
    """A date that ends a relative clause with no comma before it, the clause set off as one
    with a comma is ('the fires that destroyed 5,000 hectares in August 2021' -> 'the fires,
    which destroyed ...'), and the date span in it; None when the date is no such clause's or
    the word before the opener is no noun (a verb's 'that': 'said that ...')."""
    r = at - 1
    while r > 0 and toks[r].low not in _RESTRICTIVE_OPENERS[language]:
        if _stops_at(toks, r):
            return None
        r -= 1
    if r < 2 or toks[r].low not in _RESTRICTIVE_OPENERS[language]:
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].text not in {",", ".", ";"}:
        return None  # the clause goes on after the date: whose is it?
    noun = toks[r - 1]
    if not noun.text.isalpha() or noun.low in STOPWORDS[language]:
        return None
    if noun.text.islower() and (
        is_finite(noun.text, language) or is_participle(noun.text, language) or _is_adverb(noun.low)
    ):
        return None  # "said that", "è stato deciso che"
    article = next(
        (t.low for t in reversed(toks[max(0, r - 6) : r]) if t.low in ARTICLES[language]), ""
    )
    if article in _INDEFINITE:
        return None  # "Elena Castillo, a Democrat who took office in 2023": which Democrat?
    opener = _SET_OFF_OPENER[toks[r].low]
    text = s.text
    new = f"{text[: noun.end]}, {opener}{text[toks[r].end :]}"
    shift = len(new) - len(text)
    moved = replace(
        span, start=span.start + shift, value_start=span.value_start + shift, end=span.end + shift
    )
    return replace(s, text=new), moved


_ALSO = frozenset({"anche", "also"})
_LONGEST_COMPLEMENT = 8  # tokens after a relative's verb that come with it in the question


def _chain_after_date(
    toks: list[Token], span: DateSpan, language: str
) -> tuple[int, int, int] | None:
    """Of a relative clause that opens with its date ('che dal 1971 | ospita | le partite del
    club |,'), the first token of the verb chain after the date, the chain's end and the end
    of its complement: the next stop or the sentence's end. None when no verb follows the
    date, or its complement is long or holds another verb or an 'and'."""
    first = index_at(toks, span.end)
    stop = next((k for k in range(first, len(toks)) if toks[k].text in _STOPS), len(toks))
    while stop > first and toks[stop - 1].text in {".", "!", "?"}:
        stop -= 1
    end = _relative_chain(toks, first, stop, language)
    if end is None or stop - end > _LONGEST_COMPLEMENT:
        return None
    if any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:stop]
    ):
        return None
    return first, end, stop


_LONGEST_PERSON_NAME = 4  # words: "Nicola Di Gregorio", "Isambard Kingdom Brunel"
# Words in small letters inside a person's name: "Nicola di Gregorio", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset("di de del della da van von der le la".split())


def _set_off_name(text: str, toks: list[Token], comma: int, language: str) -> _Antecedent | None:
    """A person's name that a relative after the comma at `comma` is about, when the name is
    itself set off: after another comma ('the head, Rhian Morris, who ...', 'il direttore,
    Giuseppe Mancuso, che ...'), or with an age set off after it ('was Ron Mayhew, 91, who
    ...'). A name of two words or more, each capitalised but a particle; an English relative
    opens with 'who' (a person), an Italian one's noun before the name is in small letters
    (an office) or the age says it is a person."""
    aged = _before_age(toks, comma, language)
    k = aged - 1
    while k > 0 and aged - k <= _LONGEST_PERSON_NAME and _name_word(toks[k]):
        k -= 1
    first = k + 1
    if aged - first < 2 or toks[first].low in _NAME_PARTICLES:
        return None
    if language == "en" and toks[comma + 1].low != "who":
        return None
    set_off = toks[k].text == "," and k > 0
    office = set_off and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
    if not (aged != comma or office or set_off and language == "en"):
        return None
    return _Antecedent("", text[toks[first].start : toks[aged].start].strip(), ())


def _name_word(tok: Token) -> bool:
    """Whether a token may be a word of a person's name: capitalised, or a particle."""
    return (tok.text.isalpha() and tok.text[:1].isupper()) or tok.low in _NAME_PARTICLES


# Words of a time that may stand between a relative word and its verb, said with the verb:
# "la Sagra, che quest’anno si terrà il 26 settembre" -> "Quando si terrà quest’anno la Sagra?"
_TIME_ADVERBIALS = (
    ("quest’", "anno"),
    ("quest", "anno"),
    ("this", "year"),
    ("next", "year"),
    ("l’", "anno", "prossimo"),
    ("ora",),
    ("now",),
    ("oggi",),
    ("today",),
)


def _time_adverbial(toks: list[Token], first: int) -> tuple[str, ...]:
    """The words of _TIME_ADVERBIALS that open a relative clause at token `first`, or ()."""
    for words in _TIME_ADVERBIALS:
        if tuple(t.low for t in toks[first : first + len(words)]) == words:
            return tuple(t.text for t in toks[first : first + len(words)])
    return ()


_LONGEST_OWNED = 4  # tokens of the noun after "whose", "il cui": "primi risultati"


def _whose_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause opened by 'whose' or 'il cui', about a named noun: 'la
    Basilica di San Nicola, la cui costruzione iniziò nel 1087' -> 'In che anno iniziò la
    costruzione della Basilica di San Nicola?'; 'Nick Bean, whose family has run trips from
    the quay since 1963' -> 'Since when has the family of Nick Bean run trips from the
    quay?'."""
    language = doc.language
    c = at - 1
    while c >= 0 and toks[c].text not in _STOPS:
        c -= 1
    if c < 1 or toks[c].text != ",":
        return None
    if language == "en":
        if toks[c + 1].low != "whose":
            return None
        owned = c + 2
    else:
        if c + 2 >= at or toks[c + 2].low != "cui" or toks[c + 1].low not in _DEFINITE_IT:
            return None
        owned = c + 3
    verb = next(
        (
            k
            for k in range(owned + 1, min(at, owned + _LONGEST_OWNED + 1))
            if toks[k].low in AUXILIARIES[language]
            or (toks[k].text.islower() and is_finite(toks[k].text, language))
        ),
        None,
    )
    if verb is None or any(not t.text.isalpha() for t in toks[owned:verb]):
        return None
    end = _relative_chain(toks, verb, at, language)
    if end is None or at - end > 6:
        return None
    if any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:at]
    ):
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].low in _GOES_ON:
        return None
    antecedent = _antecedent(s.text, toks, c, language)
    if antecedent is None or antecedent.inner:
        return None
    np = antecedent.phrase
    if not _specific(lower_first(np) if antecedent.article else np, doc):
        return None
    noun = s.text[toks[owned].start : toks[verb - 1].end]
    if language == "it":
        article = toks[c + 1].low
        owner = lower_first(_lower_initial(drop_titles(np, doc), doc)) if antecedent.article else np
        subject = f"{article} {noun} {of_phrase(owner, language)}"
    else:
        owner = lower_first(_lower_initial(drop_titles(np, doc), doc)) if antecedent.article else np
        subject = f"the {noun} of {owner}"
    if any(w.lower() in _POSSESSIVES for w in subject.split()):
        return None
    chain = [t.text for t in toks[verb:end]]
    complement = " ".join(t.text for t in toks[end:at]).replace("’ ", "’")
    if language == "it" and is_participle(chain[-1], "it") and not _agrees(chain[-1], article):
        return None  # the participle agrees with another noun
    return _participle_or_finite(chain, verb, toks, subject, span, language, complement)


_NAME_JOINERS = _VERSUS  # "Brown v. Board"


_APPOSED_RELATIVE = {"it": frozenset({"che"}), "en": frozenset({"that", "which"})}


def _apposed_relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause of a noun in apposition to a name: 'Brown v. Board, a
    landmark ruling that was handed down in 1954' -> 'In what year was Brown v. Board handed
    down?'. The name is a run of capitalised words just before the comma, and the date ends
    the sentence or its phrase. English only: an Italian name asks for its article ('la
    sentenza Rossi')."""
    language = doc.language
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].text not in {",", ".", ";"}:
        return None
    rel = at - 1
    while rel > 0 and toks[rel].low not in _APPOSED_RELATIVE[language] and at - rel <= 8:
        if toks[rel].text in _STOPS:
            return None
        rel -= 1
    if rel < 4 or toks[rel].low not in _APPOSED_RELATIVE[language]:
        return None
    comma = rel - 1
    while comma > 0 and toks[comma].text != "," and rel - comma <= 10:
        if toks[comma].text in _STOPS:
            return None
        comma -= 1
    if toks[comma].text != "," or toks[comma + 1].low not in _INDEFINITE | {"the"}:
        return None
    if rel - comma > 6 and not _relative_skips_name(toks, comma + 1, rel):
        return None
    end = _relative_chain(toks, rel + 1, at, language)
    if end is not None and end == at - 1 and toks[end].low in _PARTICLES:
        end = at  # "handed down"
    if end is None or at - end > 4:
        return None
    # A few words of complement between the verb and the date: "closed | to all vehicles"
    if any(
        t.low in _AND
        or t.low in AUXILIARIES[language]
        or is_finite(t.text, language)
        or _is_adverb(t.low)
        for t in toks[end:at]
    ):
        return None
    complement = " ".join(t.text for t in toks[end:at])
    k = comma - 1
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].low in _NAME_JOINERS | _OF_WORDS):
        k -= 1
    if k == comma - 1 or not toks[k + 1].text[:1].isupper() or comma - k > 7:
        return None
    if k >= 0 and toks[k].low in ARTICLES[language]:
        return None  # "the Water Act, a law that ...": asked by the relative rules
    name = s.text[toks[k + 1].start : toks[comma].start].strip()
    chain = [t.text for t in toks[rel + 1 : end]]
    return _participle_or_finite(chain, rel + 1, toks, name, span, language, complement)


_PREDICATE_RELATIVES = {"it": frozenset({"che"}), "en": frozenset({"that", "who", "which"})}


# The cheap test of the shape: a copula before an article ("is a", "è la", "fu l’").
_PREDICATE_IN = {
    "it": re.compile(r" (?:è|era|fu|sono|erano|furono) (?:il|lo|la|l’|i|gli|le|un|uno|una|un’)"),
    "en": re.compile(r" (?:is|was|are|were) (?:the|a|an) "),
}


_LONGEST_PREDICATE = 10  # tokens between the copula and the relative


_LONGEST_SUBJECT = 6


def _predicate_relative_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A date in a relative clause of the noun a copula says the subject is: 'The Linden
    Institute is a research centre that opened in 2018' -> 'When did the Linden Institute
    open?'; 'Anna Rossi era una chimica che scoprì l’enzima nel 1997' -> 'In che anno Anna
    Rossi scoprì l’enzima?'. The relative's subject is the noun, and the noun is the subject's
    own description, so the relative says what the subject did."""
    language = doc.language
    modifier = _predicate_modifier(toks, at, language)
    if modifier is None:
        return None
    noun_end, first, end = modifier
    copula = next((k for k in range(1, noun_end) if toks[k].low in _COPULAS), None)
    if copula is None:
        return None
    if (
        copula > _LONGEST_SUBJECT
        and not _long_name(toks[:copula])
        and not (s.entry is not None and refers_to_entry(s, language))
    ):
        return None  # a long subject, but the entry's name with an apposition, or a long name
    if toks[copula + 1].low not in ARTICLES[language]:
        return None  # "is the centre", "è un istituto"; not "is based in Norwich, which"
    if toks[copula + 1].low not in _INDEFINITE and toks[copula + 2].text[:1].isupper():
        return None  # "è il Castello X, ricostruito": the name's, the subject its other name
    if toks[first - 1].low in _AND:
        # "a corporation owned by the province and created in 1962": the participles are
        # joined, both the noun's; the noun ends at the first.
        joined = next(
            (
                k
                for k in range(copula + 3, noun_end)
                if toks[k].text.islower() and is_participle(toks[k].text, language)
            ),
            None,
        )
        if joined is None or any(t.text in _STOPS for t in toks[joined:first]):
            return None
        noun_end = joined
    if noun_end - copula > _LONGEST_PREDICATE:
        return None
    chain = [t.text for t in toks[first:end]]
    for k in range(copula + 2, noun_end):
        t = toks[k]
        if t.text in _STOPS or t.low in _RELATIVES or t.low in AUXILIARIES[language]:
            return None
        if _noun_complement(toks, k, noun_end, language) and not _complement_disagrees(
            toks, k, chain, language
        ):
            return None  # "the son of a miner killed in 1990": the miner's death
        if t.text.islower() and is_finite(t.text, language) and not t.low.endswith("ing"):
            return None  # "is a park that the council bought": another verb, another subject
        if t.text.islower() and is_participle(t.text, language) and not _adjective(toks, k, copula):
            return None  # "una piattaforma prodotta dall’azienda X, fondata": whose founding?
    if first == end - 1 and language == "it" and is_participle(chain[0], "it"):
        if not _agrees(chain[0], toks[copula + 1].low):
            return None  # "è la sede del museo, fondato nel 1950": the museum's founding
        if lemma(participle_parts(chain[0], "it")[0], "it") in _EITHER_AUXILIARY:
            return None  # "una sequenza iniziata il ...": it began, it was not begun
    if at - end > 6:
        return None
    complement = " ".join(t.text for t in toks[end:at]).replace("’ ", "’")
    if any(
        t.low in _AND or t.low in AUXILIARIES[language] or is_finite(t.text, language)
        for t in toks[end:at]
    ):
        return None
    following = index_at(toks, span.end)
    after = toks[following].low if following < len(toks) else ""
    if after in _GOES_ON:
        return None  # "who said in 2019 that ...": the date is the saying's
    subject = _copula_subject(s, toks, copula, doc)
    if subject is None:
        return None
    return _participle_or_finite(chain, first, toks, subject, span, language, complement)


_LONGEST_NAME = 12  # tokens: "Il Parco regionale di Gallipoli Cognato e Piccole Dolomiti Lucane"
_SMALL_WORDS_IN_NAME = 2  # lowercase words of a name other than "of" and "and": "regionale"


def _long_name(subject: list[Token]) -> bool:
    """Whether a subject longer than _LONGEST_SUBJECT is one name after its article ('Il Parco
    regionale di Gallipoli Cognato e Piccole Dolomiti Lucane', 'The Royal Society for the
    Protection of Birds'): capitalised words, joined by 'of'/'and' and at most a few others,
    and it ends on a capitalised one."""
    if len(subject) > _LONGEST_NAME or len(subject) < 3 or not subject[-1].text[:1].isupper():
        return False
    words = subject[1:] if subject[0].low in _THE else subject
    if not words[0].text[:1].isupper():
        return False
    small = 0
    for k, t in enumerate(words):
        if not t.text.isalpha() and t.text != "’":
            return False
        if t.text[:1].isupper() or t.low in _OF_WORDS or t.low in _THE:
            continue
        if t.low in _AND and words[k + 1].text[:1].isupper() and words[k - 1].text[:1].isupper():
            continue
        small += 1
    return small <= _SMALL_WORDS_IN_NAME


_THE = frozenset("the il lo la i gli le l’".split())


def _adjective(toks: list[Token], k: int, copula: int) -> bool:
    """Whether the participle at `k` is an adjective of the copula's noun, right after it and
    followed by no noun of its own ('è un mercato coperto | in stile liberty', 'is a walled |
    garden'): a noun after an article or an agent ('una piattaforma prodotta | dall’azienda
    X') could own the participle of the date instead."""
    if k > copula + 3 or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].low
    if nxt in ARTICLES["it"] | ARTICLES["en"] or nxt in ARTICULATED or nxt in {"da", "by"}:
        return False
    return nxt in PREPOSITIONS["it"] | PREPOSITIONS["en"] or toks[k + 1].text.islower()


def _complement_disagrees(toks: list[Token], k: int, chain: list[str], language: str) -> bool:
    """Whether an Italian participle alone in `chain` cannot be said of the noun of the
    complement at `k`, its article of another gender or number ('la rete | dei musei, fondata':
    'i musei' are not 'fondata'); 'dell’' and a bare 'di' tell nothing."""
    if language != "it" or len(chain) != 1 or not is_participle(chain[0], "it"):
        return False
    article = ARTICULATED.get(toks[k].low)
    if article is None and k + 1 < len(toks) and toks[k + 1].low in ARTICLES["it"]:
        article = toks[k + 1].low  # "di una regione"
    if article is None or article not in IT_ARTICLE_ENDING:
        return False
    return not _agrees(chain[0], article)


# Prepositions of a place where a noun stands.
_WHERE = {
    "it": frozenset(
        "in a presso nel nello nella nei negli nelle nell’ al allo alla ai agli alle all’".split()
    ),
    "en": frozenset("in at on near".split()),
}


def _noun_complement(toks: list[Token], k: int, noun_end: int, language: str) -> bool:
    """Whether the preposition at `k` opens a complement of the copula's noun that a relative
    after it may be about ('la figlia di un minatore che morì', 'a blow to families who
    moved'). A name ('la squadra di Padova') or a bare mass noun ('la squadra di rugby', 'a
    hub for marine research') is no one a relative tells of, so the relative is the noun's."""
    t = toks[k]
    if t.low not in PREPOSITIONS[language] and t.low not in ARTICULATED and t.low not in _OF_WORDS:
        return False
    rest = toks[k + 1 : noun_end]
    if all(w.text[:1].isupper() or w.low in _OF_WORDS for w in rest):
        return False
    if t.low in _WHERE[language] and noun_end < len(toks) and toks[noun_end].text == ",":
        # "a monument in the centre of Berlin, built ...": a place says where the noun is, and
        # the participle set off after it is still the noun's
        return False
    bare = (
        t.low in PREPOSITIONS[language]
        and bool(rest)
        and rest[0].text.islower()
        and rest[0].low not in STOPWORDS[language]
        and not (language == "en" and rest[-1].low.endswith("s"))
    )
    return not bare


# Verbs whose participle after a noun says what the noun did, not what was done to it.
_EITHER_AUXILIARY = frozenset("iniziare cominciare finire terminare".split())


def _relative_skips_name(toks: list[Token], start: int, rel: int) -> bool:
    """Whether a 'that' clause at `rel` is the noun phrase's from `start` although a
    preposition's object stands between: 'the iron crossing over the River Wye that has been
    closed', where the object is a name, and a name takes no restrictive relative. Not after
    'of': 'the director of the Leeds City Museum that was closed' names the museum as what
    the director is of, and the closing is the museum's."""
    between = toks[start:rel]
    if not any(t.low in PREPOSITIONS["en"] for t in between):
        return True
    if any(t.low in _OF_WORDS for t in between):
        return False
    return toks[rel].low == "that" and toks[rel - 1].text[:1].isupper()


def _predicate_modifier(toks: list[Token], at: int, language: str) -> tuple[int, int, int] | None:
    """The clause that qualifies a noun before the date at token `at`: where the noun ends, and
    the start and end of the clause's verb chain. A relative ('a centre | that | opened'), or
    a participle, set off by a comma or not ('la squadra di Padova, | fondata')."""
    k = at - 1
    while k > 2 and at - k <= 8 and toks[k].low not in _PREDICATE_RELATIVES[language]:
        if toks[k].text in _STOPS:
            break
        k -= 1
    if toks[k].low in _PREDICATE_RELATIVES[language] and toks[k - 1].text not in _STOPS:
        end = _relative_chain(toks, k + 1, at, language)
        if end is None or end == k + 1:
            return None
        return k, k + 1, end
    if toks[k].low in _PREDICATE_RELATIVES[language]:
        return None  # ", which ...": the relative of the nearest noun, asked by its own rule
    # A participle within a few words of the date: "fondata | come sezione | nel 1947" is
    # not; "founded | in 2004", "fondata nel 1947" are.
    p = at - 1
    while (
        p > 2
        and at - p <= 3
        and not (toks[p].text.islower() and is_participle(toks[p].text, language))
    ):
        if toks[p].text in _STOPS:
            return None
        p -= 1
    if not (toks[p].text.islower() and is_participle(toks[p].text, language)):
        return None
    if toks[p - 1].low in AUXILIARIES[language] or toks[p - 1].low in _VERB_CHAIN:
        return None  # "is | found": a verb of the sentence, no modifier
    if p != at - 1 and not _as_what(toks[p + 1 : at]) and not _named_what(toks, p, at):
        return None  # "costruita intorno al 1132": the words between are the date's
    noun_end = p - 1 if toks[p - 1].text == "," else p
    return noun_end, p, p + 1


_AS = frozenset({"as", "come"})


def _as_what(between: list[Token]) -> bool:
    """Whether the words between a participle and its date say what it was made as, and end
    on a noun: 'recognised | as a DOC | in 1968', 'riconosciuto | come DOC | nel 1968'."""
    return (
        1 < len(between) <= 3
        and between[0].low in _AS
        and between[-1].text.isalpha()
        and between[-1].low not in ARTICLES["en"] | ARTICLES["it"]
        and between[-1].low not in PREPOSITIONS["en"] | PREPOSITIONS["it"]
        and between[-1].low not in ARTICULATED
    )


# Participles that name what a thing was made ("declared a national park"), and the particle of
# a phrasal participle ("set up").
_NAMING = frozenset(
    """declared designated named proclaimed listed made dichiarato dichiarata dichiarati
    dichiarate proclamato proclamata nominato nominata designato designata""".split()
)
_PHRASAL = frozenset("up out off down".split())
_LONGEST_NAMED = 4  # tokens: "a national park", "patrimonio dell’ umanità"


def _named_what(toks: list[Token], p: int, at: int) -> bool:
    """Whether the words between a participle at `p` and its date at `at` are its particle
    ('set | up | in 2006') or what a naming participle made the thing ('declared | a national
    park | in 1972', 'dichiarata | riserva naturale | nel 1985'): the date is still the
    participle's."""
    between = toks[p + 1 : at]
    if len(between) == 1 and between[0].low in _PHRASAL:
        return True
    return (
        toks[p].low in _NAMING
        and 0 < len(between) <= _LONGEST_NAMED
        and all(t.text.isalpha() or t.text in {"’", "'"} for t in between)
        and between[-1].low not in ARTICLES["en"] | ARTICLES["it"]
        and between[-1].low not in PREPOSITIONS["en"] | PREPOSITIONS["it"]
        and between[-1].low not in ARTICULATED
    )


def _copula_subject(s: Sentence, toks: list[Token], copula: int, doc: Document) -> str | None:
    """The subject before a copula as a question names it: the entry for 'It' or the entry's
    name, a name ('Anna Rossi'), or a noun phrase the article is about ('the museum')."""
    language = doc.language
    if s.entry is not None and refers_to_entry(s, language):
        return _entry_subject(s, language)
    if not starts_with_subject(toks, language) or toks[0].low in _PRONOUN_SUBJECTS:
        return None
    if any(t.text in _STOPS or t.low in _PRONOUN_SUBJECTS for t in toks[:copula]):
        return None
    if any(t.low in _POSSESSIVES for t in toks[:copula]):
        return None  # "Il suo simbolo": whose, out of context?
    subject = s.text[: toks[copula].start].strip()
    if not _specific(subject, doc):
        return None
    return lower_first(_lower_initial(drop_titles(subject, doc), doc))


def _object_relative_question(
    s: Sentence, toks: list[Token], comma: int, at: int, doc: Document
) -> str | None:
    """A date in a relative clause whose subject is a name and whose object is a named noun
    before it: 'the Water Act, which President Herbert Hoover signed on May 12, 1930' -> 'When
    did President Herbert Hoover sign the Water Act?'; 'la legge Rossi, che il Presidente
    Einaudi firmò il 3 maggio 1950' -> 'Quando il Presidente Einaudi firmò la legge Rossi?'."""
    language = doc.language
    opens = comma + 2
    if language == "it" and toks[opens].low in _DEFINITE_IT:
        opens += 1  # "che il Presidente Einaudi firmò"
    k = opens
    while k < at and toks[k].text[:1].isupper() and k - comma <= 6:
        k += 1
    chain = [t.text for t in toks[k:at]]
    if k == opens or not chain or not all(w.islower() for w in chain):
        return None
    if len(chain) == 1 and not (
        is_finite(chain[0], language) and lemma(chain[0], language) != chain[0]
    ):
        return None  # a past of its own: "signed", "firmò"
    if len(chain) == 2 and not (
        chain[0] in AUXILIARIES[language] and is_participle(chain[1], language)
    ):
        return None  # "had signed", "ha firmato"
    if len(chain) > 2:
        return None
    np = _named_object(s.text, toks, comma, language)
    if np is None:
        return None
    subject = s.text[toks[comma + 2].start : toks[k - 1].end]
    if language == "it":
        return render("it", "date_clause", clause=f"{subject} {' '.join(chain)} {np}")
    if len(chain) == 2:
        return f"When {chain[0]} {subject} {chain[1]} {np}?"
    return f"When did {subject} {lemma(chain[0], 'en')} {np}?"


_DEFINITE_IT = frozenset("il lo la i gli le l’".split())


_NOT_IN_NAME = {
    "it": PREPOSITIONS["it"] | frozenset(ARTICULATED) | _BARE_PREPOSITIONS | _AND,
    "en": PREPOSITIONS["en"] | _AND,
}


def _named_object(text: str, toks: list[Token], comma: int, language: str) -> str | None:
    """The named noun phrase that ends at token `comma`, from its definite article: 'the Water
    Act', 'la legge Rossi'. Only capitalised words and 'of'/'di' inside it, so that 'the summit
    in Bari' (the summit's or Bari's?) is none."""
    k = comma - 1
    while k >= 0 and comma - k <= 8:
        t = toks[k]
        if t.low in ARTICLES[language] or (language == "it" and t.low in ARTICULATED):
            break  # "alla legge Rossi": the article of the preposition
        inside = k < comma - 1 and t.text.isalpha() and t.low not in _NOT_IN_NAME[language]
        if not (t.text[:1].isupper() or t.low in _OF_WORDS or inside):
            return None  # "the new Harlow Bridge", "la legge Rossi"; not "the summit in Bari"
        k -= 1
    else:
        return None
    if k < 0 or toks[k].low in _INDEFINITE or toks[k].low in _OF_ARTICLES:
        return None
    if k > 0 and toks[k - 1].low in _OF_WORDS:
        return None  # "the restoration of the Arch of Trajan, which ...": whose relative?
    words = [t.text for t in toks[k + 1 : comma]]
    if not words or not words[-1][:1].isupper() or any(w in _STOPS for w in words):
        return None
    article = ARTICULATED.get(toks[k].low, toks[k].low) if language == "it" else toks[k].low
    rest = text[toks[k + 1].start : toks[comma].start].strip()
    return f"{article}{rest}" if article.endswith("’") else f"{article} {rest}"


# Verbs that say what is believed of the subject: "which is thought to have been written".
_RAISING = frozenset("thought believed said known understood reported estimated".split())


def _raised(toks: list[Token], end: int, at: int) -> bool:
    """Whether tokens `end`..`at` are 'to have (been) <participle>' after a verb of belief:
    'is thought | to have been written | around AD 105'; the date is the participle's."""
    words = [t.low for t in toks[end:at]]
    if toks[end - 1].low not in _RAISING or words[:2] != ["to", "have"]:
        return False
    rest = words[3:] if words[2:3] == ["been"] else words[2:]
    return len(rest) == 1 and is_participle(rest[0], "en")


def _relative_chain(toks: list[Token], first: int, at: int, language: str) -> int | None:
    """The end (exclusive) of the verb chain that opens a relative clause at token `first` and
    ends before the date at `at`: 'resterà aperta', 'si terrà', 'was founded', 'opened'."""
    k = first
    if k < at and toks[k].low in {"si", "ci"} and language == "it":
        k += 1
    if k >= at:
        return None
    verb = toks[k]
    if verb.low in AUXILIARIES[language]:
        k += 1
        while k < at and (toks[k].low in _VERB_CHAIN or toks[k].low in _CHAIN_ADVERBS):
            k += 1
        if k < at and toks[k].text.islower() and is_participle(toks[k].text, language):
            k += 1
        return k
    if verb.text.islower() and is_finite(verb.text, language):
        return k + 1
    if language == "it" and k + 1 < at and _it_present_before_object(verb, toks[k + 1]):
        return k + 1  # "che guida l’istituto dal 2021"
    if language == "en" and verb.low in _MODALS:
        # "which should (be) | reopen(ed)": the modal, "be", and the verb it goes with
        k += 1
        while k < at and toks[k].low in {"be", "also", "now", "still"}:
            k += 1
        ok = k < at and toks[k].text.isalpha() and toks[k].text.islower()
        return k + 1 if ok and toks[k].low not in STOPWORDS["en"] else None
    if language == "en" and verb.low in _CHAIN_ADVERBS and k + 1 < at:
        # "which first appeared in 2024": the adverb stays with its verb ("first appear")
        nxt = toks[k + 1]
        return k + 2 if nxt.text.islower() and nxt.low.endswith("ed") else None
    if language == "en" and _english_present(verb.text):
        return k + 1  # "which run from November 17 to 23"
    return None


def _it_present_before_object(verb: Token, nxt: Token) -> bool:
    """Whether an Italian word in -a right after 'che', which the lexicon keeps for a noun too
    ('guida', 'insegna'), is the present of a verb in -are: its participle in -ato is a verb's
    and a definite article follows it, the object's ('che guida l’istituto')."""
    word = verb.text
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("a")
        and len(word) > 3
        and is_participle(word[:-1] + "ato", "it")
        and nxt.low in _DEFINITE_IT
    )


_LONGEST_PRESENT_SUBJECT = 5  # words after "The": "the Royal Highland Show"


_PRESENT_PREPS = frozenset("in on until from by".split())
# Words a noun follows, never a verb: the article and the prepositions of a subject's complement
# ("the trial of the | men ends").
_NOUN_NEXT = _BARE_NOUN_COMPLEMENT | frozenset("the a an".split())


def _present_in_s(tok: Token) -> bool:
    """Whether a token may be an English present in -s ('ends', 'opens', 'runs')."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.low.endswith("s")
        and not tok.low.endswith("ss")
        and tok.low not in STOPWORDS["en"]
        and lemma(tok.low, "en") != tok.low
    )


def _present_s_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A sentence whose only verb before the date is a present in -s the lexicon takes for a
    plural noun, and whose clause the date ends: 'The trial ends in November, when ...' ->
    'When does the trial end?'; 'The Royal Show opens to the public on Friday.' -> 'When does
    the Royal Show open to the public?'; 'Work on the bridge starts in May.' -> 'When does work
    on the bridge start?'."""
    if doc.language != "en" or not toks or at < 2:
        return None
    bare = toks[0].low != "the" and _bare_noun_subject(toks[:at])  # "Work on the bridge"
    named = toks[0].low != "the" and not bare  # "Eyres Monsell closes on 26 September"
    if named and not toks[0].text[:1].isupper() or toks[0].low in ADVERBIALS["en"]:
        return None
    if toks[at].low not in _PRESENT_PREPS or main_verb(toks, "en", stop=at) is not None:
        return None
    following = index_at(toks, span.end)
    if following < len(toks) and toks[following].text not in {",", ".", ";"}:
        return None  # the clause goes on: the date may be another word's
    last = min(at, _LONGEST_PRESENT_SUBJECT + 2)
    verb = None if named or bare else _plural_present(toks, last)
    if verb is None:
        first = 3 if bare else 1 + (not named)
        verb = next(
            (
                k
                for k in range(first, last)
                if _present_in_s(toks[k]) and toks[k - 1].low not in _NOUN_NEXT
            ),
            None,
        )
        if verb is not None and verb + 1 < at and _verb_form(toks[verb + 1]):
            return None  # "The floods hit the town": the word in -s is a plural noun
    if verb is None or at - verb > 5:
        return None
    subject_toks = toks[:verb] if named else toks[1:verb]
    joins = {"of"} if named else _NOUN_NEXT
    if any(not t.text.isalpha() or t.low in STOPWORDS["en"] - joins for t in subject_toks):
        return None
    if named and not all(t.text[:1].isupper() for t in subject_toks):
        return None  # a name, every word capitalised
    if any(not t.text.isalpha() or is_finite(t.text, "en") for t in toks[verb + 1 : at]):
        return None
    subject = s.text[: toks[verb - 1].end]
    subject = subject[:1].lower() + subject[1:] if bare else lower_first(subject)
    if not _specific(subject, doc):
        return None  # "the trial": which one, out of the article?
    complement = s.text[toks[verb].end : toks[at].start]
    return _present_question(toks[verb].low, subject, complement)


# Verbs whose past is their base: after a plural subject either may be meant ("The floods
# hit the town in 2015").
_SAME_PAST = frozenset(
    "hit set put cut cost let shut hurt spread quit split burst cast beat".split()
)


def _verb_form(tok: Token) -> bool:
    """Whether a lowercase word may be a verb of its own: a finite form, a past like its base
    ('hit'), or a lemma the dictionary conjugates ('run')."""
    word = tok.low
    if not (tok.text.isalpha() and tok.text.islower()) or word in STOPWORDS["en"]:
        return False
    if word in _SAME_PAST or is_finite(tok.text, "en"):
        return True
    return lemma(word, "en") == word and is_verb_lemma(word)


# Verbs that say when something happens, which a plural subject takes with a date in the
# present: "The talks run until ...", "The new rules come into force on ...". Other lemmas after
# a word in -s may be nouns ("The firm employs staff in March").
_EVENT_VERBS = frozenset(
    """run open close start begin end resume return take come go finish continue expire meet
    arrive leave reopen launch""".split()
)


def _plural_present(toks: list[Token], last: int) -> int | None:
    """The verb of a plural subject after 'The' in the present, a lemma with no '-s' ('The
    talks run | from ...', 'The new rules come | into force on ...'), before token `last`."""
    for k in range(2, last):
        word = toks[k]
        subject = " ".join(t.low for t in toks[:k])
        if not toks[k - 1].low.endswith("s") or not _english_plural(subject):
            continue
        if not (word.text.isalpha() and word.text.islower()) or word.low in STOPWORDS["en"]:
            return None
        if word.low in _SAME_PAST or lemma(word.low, "en") != word.low:
            return None
        return k if word.low in _EVENT_VERBS else None
    return None


def _base_of_present(verb: str) -> str:
    """'ends' -> 'end', 'crosses' -> 'cross', 'carries' -> 'carry', 'goes' -> 'go'."""
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("ies") and len(verb) > 4:
        return f"{verb[:-3]}y"
    return verb[:-1]


def _present_question(verb: str, subject: str, complement: str) -> str | None:
    """'the talks' + 'run' -> 'When do the talks run?'; 'the fair' + 'opens' -> 'When does the
    fair open?'."""
    base = lemma(verb, "en")
    if verb.endswith("s") and base != verb:
        return squash(f"When does {subject} {_base_of_present(verb)} {complement}") + "?"
    if base == verb and not verb.endswith("s"):
        return squash(f"When do {subject} {verb} {complement}") + "?"
    return None


# Ordinals after which an indefinite subject is one of a series the article tells of: "Una
# seconda esercitazione è in programma" asks about "la seconda esercitazione".
_SERIES_ORDINALS = frozenset(
    """secondo seconda terzo terza quarto quarta quinto quinta second third fourth
    fifth""".split()
)


def _ordinal_definite(clause: str) -> str:
    """'Una seconda esercitazione è in programma il ...' -> 'La seconda esercitazione è ...';
    'A second line is due to open in 2027' -> 'The second line ...'."""
    words = clause.split(" ", 2)
    if len(words) < 3 or words[1].lower() not in _SERIES_ORDINALS:
        return clause
    if words[0].lower() not in _INDEFINITE_TO_DEFINITE:
        return clause
    definite = _definite(clause)
    return upper_first(definite) if clause[:1].isupper() else definite
