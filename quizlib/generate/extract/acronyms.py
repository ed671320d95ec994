"""Acronyms both ways: 'Che cosa significa la sigla NATO?' and 'Qual è la sigla di ...?'.

An acronym is stated by its expansion just before it in brackets ('Agenzia Spaziale Italiana
(ASI)'), just after it in brackets ('IGP (Indicazione Geografica Protetta)'), with an alias
('la NATO, o Organizzazione del ...'), with its name beside it ('l’Ance, l’Associazione
nazionale costruttori edili', '..., better known as UNESCO') or in so many words ('LITORA,
acronimo di ...'). The letters must be those of the expansion: its initials ('ZTL', 'SiC'),
the same initials in another order when the acronym comes from another language ('radar ad
apertura sintetica (SAR)'), the first letters of some of its words ('Istituto nazionale di
statistica (Istat)'), or its initials and those of the stems of a compound word ('polietilene
tereftalato (PET)'). A long name before the brackets may have complements that give no letter
('Ispettorato centrale della tutela della qualità ... dei prodotti agroalimentari (ICQRF)').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache

from ..candidate import Candidate
from ..document import Document, Sentence, is_known_word
from ..lexicon import ARTICULATED
from ..phrase import of_phrase, render
from ..text import fold, is_acronym, it_gender
from ..verbs import holds_finite

# '(ASI)', '(SiC)', '(Consob)', '(IfW Kiel)'; '(ESA, dall’inglese European Space Agency)';
# '(INC-6)', one numbered session of the body the acronym names.
_PAREN = re.compile(r"\(([A-Z][A-Za-z.&]{1,10})(?:-\d{1,3})?(?: ([A-Z][a-zà-ÿ]{2,}))?(?:\)|[,;] )")
# An acronym, up to two more, then its expansion in brackets: 'La FLAI CGIL (Federazione ...)'.
_PAREN_AFTER = re.compile(
    r"\b((?:[a-z]{1,5}’|L’)?[A-Z][A-Za-z.&]{1,9}(?: [A-Z][A-Za-z.&]{1,9}){0,2}) \(([^()]{5,120})\)"
)
_ALIAS = re.compile(
    r"\b([A-Z][A-Z.&]{1,9}),\s+(?:o|ovvero|cioè|or|i\.e\.)\s+"
    r"((?:l’|la |il |lo |the )?[A-Z][^,()]{3,80}),"
)
# 'la Cila, ovvero la comunicazione di inizio lavori asseverata,', 'l’Asl, cioè l’azienda
# sanitaria locale,': an acronym written as a word, or an expansion in small letters, after
# the same words; what follows must spell the acronym.
_SPELLED_ALIAS = re.compile(
    r"\b([A-Z][A-Za-z.&]{1,9}),\s+(?:o|ovvero|cioè|or|i\.e\.|that\s+is)\s+"
    r"((?:l’|la |il |lo |i |gli |le |the )?[^\W\d][^,()]{3,80}),"
)
# 'LITORA, acronimo di ...', 'SUS (short for ...)', 'NASA stands for ...'.
_EXPLICIT = re.compile(
    r"\b([A-Z][A-Za-z.&]{1,9})(?:\s*,\s+|\s*\(\s*|\s+[–—]\s+|\s+)"
    r"(?:(?:che\s+è\s+)?(?:l’|un’|an?\s+)?(?:acronimo|sigla|abbreviazione|acronym|abbreviation)"
    r"\s+(?:di|of|for|che\s+sta\s+per)|(?:which\s+|that\s+)?stands\s+for|short\s+for"
    r"|(?:che\s+)?sta\s+per)\s+([^,;:()–—]{3,120})"
)
# 'l’Ance, l’Associazione nazionale costruttori edili': an acronym, a comma, a name.
# ', l’Associazione ...': a comma and a name; the word before the comma may be an acronym
# (the regex starts with the comma: found cheaper than any capitalised word).
_APPOSITION = re.compile(r", ([Ll]’|(?:[Ll][ao]|[Ii]l|[Tt]he) )?([A-Z])")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z.&]{1,9}")
# 'The United Nations Educational, ... Organization, better known as UNESCO'.
_KNOWN_AS = re.compile(
    r"(known as|known by the (?:acronym|abbreviation|initials)|shortened to|abbreviated to"
    r"|not[oaie] come|not[oaie] (?:anche )?con (?:l’acronimo|la sigla)|abbreviat[oaie] in)"
    r" (?:the |l’|la |il |lo )?([A-Z][A-Za-z.&]{1,9})\b"
)
_KNOWN_AS_LEAD = re.compile(
    r",?(?: (?:better|also|more commonly|commonly|usually|often|meglio|anche|più|spesso"
    r"|comunemente))? ?$"
)
# Where an apposition or a name before 'known as' ends: no clause runs on past these.
_NAME_END = re.compile(r"[;:()“”«»\"]| [–—] ")
# 'la ZTL – zona a traffico limitato – fino', 'the World Food Programme – WFP – in': two
# dashes set off what brackets would.
_DASHED = re.compile(r" [–—] ([^–—()]{2,120}?) [–—]( |,)")
_ALIAS_HINT = re.compile(r", (?:o|ovvero|cioè|or|i\.e\.|that is) ")
_LEAD_ARTICLE = re.compile(r"^(?:(Il|Lo|La|I|Gli|Le|The)\s+|(L’))", re.IGNORECASE)
_CONNECTORS = frozenset(
    """di del dello della dei degli delle de da of the and for e ed on in at to per su sul sulla
    al alla nel nella il lo la i gli le a ad an""".split()
)
_OPENERS = _CONNECTORS | {"con", "tra", "fra", "by", "from", "with", "into"}
# An elided article or preposition glued to the next word: 'dell’Agenzia', 'L’Istituto'.
_ELISION = re.compile(r"^(?:[a-z]{1,5}|L|D|Dell|Dall|All|Nell|Sull|Un)’")
_DEFINITE = frozenset("il lo la i gli le l’ the".split())
_INDEFINITE = {"un": "il", "uno": "lo", "una": "la", "un’": "l’"}
# A word that closes a clause: the expansion does not reach back past it.
_CLAUSE_END = re.compile(r"[,;:()“”«»\"]|^[–—]$")


def _article_of(word: str) -> str:
    """The definite article a word before a name stands for: 'della' -> 'la', 'the' -> 'the',
    'un' -> 'il' (the question names the kind of thing: 'la sigla del radar ...')."""
    low = word.lower()
    if low in _DEFINITE:
        return low
    return ARTICULATED.get(low) or _INDEFINITE.get(low, "")


def _split_elision(word: str) -> tuple[str, str]:
    """('dell’', 'Agenzia') from 'dell’Agenzia'; ('', word) when nothing is elided."""
    m = _ELISION.match(word)
    return (word[: m.end()], word[m.end() :]) if m and m.end() < len(word) else ("", word)


@lru_cache(maxsize=4096)
def _spellings(word: str) -> frozenset[str]:
    """The letters a word can give an acronym: its initial, or one per part of a compound
    ('Co-operation' -> 'C' or 'CO', 'AgroIndustria' -> 'A' or 'AI')."""
    out = {word[0].upper()}
    parts = [p for p in word.split("-") if p[:1].isalpha()]
    if len(parts) > 1:
        out.add("".join(p[0].upper() for p in parts))
    capitals = word[0].upper() + "".join(c for c in word[1:] if c.isupper())
    if len(capitals) > 1:
        out.add(capitals)
    out.update(_closed_compound(word.lower()))
    return frozenset(out)


MIN_STEM = 4  # letters of each word a closed compound is made of ('green|house')


def _closed_compound(word: str) -> set[str]:
    """The initials of the two words a closed compound joins, when both are words of the
    dictionary: 'greenhouse gas (GHG)', 'football club (FBC)'."""
    if len(word) < 2 * MIN_STEM or not word.isalpha():
        return set()
    for i in range(MIN_STEM, len(word) - MIN_STEM + 1):
        head, tail = word[:i], word[i:]
        for language in ("en", "it"):
            if is_known_word(head, language) and is_known_word(tail, language):
                return {(head[0] + tail[0]).upper()}
    return set()


def _is_connector(word: str) -> bool:
    return word.lower() in _CONNECTORS


def spells_initials(letters: str, words: tuple[str, ...]) -> bool:
    """Whether the words' initials spell the letters in order; a small word may give its
    initial too ('Ministry of Foreign Affairs (MOFA)')."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if _is_connector(word) and spells_initials(letters, rest):
        return True
    return any(
        letters.startswith(s) and spells_initials(letters[len(s) :], rest) for s in _spellings(word)
    )


def _content(words: tuple[str, ...]) -> list[str]:
    return [w for w in words if not _is_connector(w)]


def _same_initials(letters: str, words: tuple[str, ...]) -> bool:
    """The same initials in another order, as when the acronym is of the expansion in
    another language ('Stazione Spaziale Internazionale (ISS)'). Italian writes no
    etymological h, so one word opening with a vowel may give the H of an English acronym
    ('virus dell’immunodeficienza umana (HIV)', 'deficit di attenzione e iperattività')."""
    initials = [w[0].upper() for w in _content(words)]
    if len(letters) < 3 or len(initials) != len(letters):
        return False
    if sorted(initials) == sorted(letters):
        return True
    if "H" not in letters:
        return False
    missing = Counter(letters) - Counter(initials)
    extra = Counter(initials) - Counter(letters)
    return missing == _ONE_H and len(extra) == 1 and next(iter(extra)) in "AEIOU"


_ONE_H = Counter("H")
# The vowel that links the stems of a learned compound ('bronco-pneumopatia', 'poli-etilene',
# 'deoxyribo-nucleic'): an acronym may take a letter from the stem after it.
_LINKING_VOWELS = frozenset("ioy")


@lru_cache(maxsize=4096)
def _stem_letters(word: str) -> str:
    """The letters that may open an inner stem of a compound word: each letter after a
    linking vowel, with a stem of three letters or more on both sides."""
    low = word.lower()
    return "".join(low[i].upper() for i in range(3, len(low) - 3) if low[i - 1] in _LINKING_VOWELS)


def _is_subsequence(part: str, letters: str) -> bool:
    found = iter(letters)
    return all(c in found for c in part)


def _spells_stems(letters: str, words: tuple[str, ...]) -> bool:
    """Whether every word but a small one gives its initial, in order, and a compound word
    the initials of some of its inner stems too ('polietilene tereftalato (PET)',
    'broncopneumopatia cronica ostruttiva (BPCO)', 'deoxyribonucleic acid (DNA)')."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if _is_connector(word):
        return _spells_stems(letters, rest)
    if not letters or word[0].upper() != letters[0]:
        return False
    stems = _stem_letters(word)
    return any(
        _is_subsequence(letters[1 : 1 + n], stems) and _spells_stems(letters[1 + n :], rest)
        for n in range(min(len(stems), len(letters) - 1), -1, -1)
    )


def _spells_skipping(letters: str, words: tuple[str, ...]) -> bool:
    """Whether the initials of the words spell the letters in order when some complements
    (a preposition and the words up to the next one) give no letter, as the long names of
    institutions do ('Ispettorato centrale della tutela della qualità e della repressione
    frodi dei prodotti agroalimentari (ICQRF)', 'Centers for Disease Control and Prevention
    (CDC)'). At least one word is skipped, and fewer words than letters are given."""
    return 0 < _skipped(letters, words, len(letters) - 1) < len(letters)


def _skipped(letters: str, words: tuple[str, ...], budget: int) -> int:
    """How few words the letters skip to be spelt by `words` (-1 when they cannot be), at
    most `budget`: each word but a small one gives its initial, or is in a complement that
    gives none."""
    if not words:
        return -1 if letters else 0
    word, rest = words[0], words[1:]
    if not _is_connector(word):
        if not letters or word[0].upper() != letters[0]:
            return -1
        return _skipped(letters[1:], rest, budget)
    best = _skipped(letters, rest, budget)
    n = _complement_length(rest)
    if 0 < n <= budget and best != 0 and _of_the_name(word, rest[:n], n == len(rest)):
        more = _skipped(letters, rest[n:], budget - n)
        if more >= 0 and (best < 0 or n + more < best):
            best = n + more
    return best


def _of_the_name(connector: str, complement: tuple[str, ...], last: bool) -> bool:
    """Whether a complement that gives the acronym no letter is part of the long name: a
    noun joined to the name ('and Prevention') or one it is of ('della tutela', 'dei prodotti
    agroalimentari'), not what the sentence goes on to say of the name ('nella nomina').
    At the end it is not a place or an owner, which tells one office of the kind the
    acronym names ('of the United States', 'del Lazio')."""
    low = connector.lower()
    if low in _COORDINATORS:
        return True
    return low in _GENITIVES and not (last and any(w[:1].isupper() for w in complement))


_COORDINATORS = frozenset("e ed and".split())
_GENITIVES = frozenset("di del dello della dei degli delle of".split())


def _complement_length(words: tuple[str, ...]) -> int:
    """How many words a complement has after its preposition: up to the next small word."""
    n = 0
    while n < len(words) and not _is_connector(words[n]):
        n += 1
    return n


def _spells_prefixes(
    letters: str, words: tuple[str, ...], first: bool = True, tail: bool = False
) -> bool:
    """Whether the letters are the first letters of some of the words, in order, from the
    first word to the last ('Consob': COmmissione Nazionale ... SOcietà ... Borsa); with
    `tail` (a name just before its acronym in brackets), the adjectives that end an Italian
    name may give none ('Agenzia nazionale per i servizi sanitari regionali (Agenas)')."""
    if not letters:
        return not words or (tail and _closing_adjectives(words))
    if not words:
        return False
    word, rest = words[0].lower(), words[1:]
    if not first and len(words) > 1 and _spells_prefixes(letters, rest, False, tail):
        return True  # the word gives no letter
    last = len(words) == 1
    for n in range(min(len(word), len(letters)), 0, -1):
        if word.startswith(letters[:n]) and (
            (last and n == len(letters)) or _spells_prefixes(letters[n:], rest, False, tail)
        ):
            return True
    return False


MIN_TAILED = 4  # letters of a word acronym whose name in brackets may end in adjectives
MAX_CLOSING = 2  # adjectives after the last noun of a name that give its acronym no letter


def _closing_adjectives(words: tuple[str, ...]) -> bool:
    """Whether the last words of a name are words in small letters, not small words: the
    adjectives after its noun ('servizi sanitari regionali')."""
    return len(words) <= MAX_CLOSING and all(
        w.isalpha() and w.islower() and not _is_connector(w) for w in words
    )


def _translated(letters: str, words: tuple[str, ...], article: str) -> bool:
    """A proper name after 'the' whose acronym is of its name in the country's language: as
    many capitalised words as letters, all but one of them initials ('the Unified Health
    System (SUS)', from 'Sistema Único de Saúde')."""
    content = _content(words)
    if len(letters) < 3 or len(content) != len(letters) or article not in _DEFINITE:
        return False
    if not all(w[:1].isupper() for w in content):
        return False
    shared = Counter(w[0] for w in content) & Counter(letters)
    return sum(shared.values()) >= len(letters) - 1


def _is_word_acronym(word: str) -> bool:
    """A capitalised word made of the first letters of a name's words ('Consob', 'Istat'),
    as Italian papers also write acronyms ('Ue', 'Bce')."""
    return 2 <= len(word) <= 10 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _rank(acronym: str, words: tuple[str, ...], before: str = "", tail: bool = False) -> int | None:
    """How surely `words` (elisions removed), after the word `before`, are what `acronym`
    stands for: 0 for their initials, 1 for first letters of words, 2 for initials in another
    order, 3 for a translated name; None when they cannot be. The last two must be of a
    whole noun phrase, after an article or a preposition ('dalla Stazione Spaziale
    Internazionale (ISS)', not 'approvato dall’Agenzia Italiana del Farmaco (AIFA)')."""
    if _is_connector(words[0]):
        return None
    content = _content(words)
    if len(content) < 2:
        return None
    if _is_word_acronym(acronym):
        if words[0][0].lower() != acronym[0].lower():
            return None
        if fold(acronym) in map(fold, words) or fold(acronym) == fold("".join(content)):
            return None  # a name or its words run together ('Anna Maria (Annamaria)')
        if _spells_prefixes(acronym.lower(), words, tail=tail):
            return 1
        return 3 if _opens_phrase(before) and _one_letter_translated(acronym, content) else None
    letters = "".join(c for c in acronym if c.isupper())
    if len(letters) < 2:
        return None
    if fold(acronym) == fold("".join(content)):
        return None  # 'Anna Maria (AnnaMaria)': the words run together
    if words[0][0].upper() != letters[0] and len(content) != len(letters):
        return None  # only letters in another order may start otherwise
    if spells_initials(letters, words):
        return 0
    if not acronym.isupper():
        return 1 if _is_coined(acronym) and _spells_parts(acronym, words) else None
    if len(letters) >= 4 and _spells_prefixes(letters.lower(), words):
        return 1
    if len(letters) > len(content) and _spells_stems(letters, words):
        return 1
    if not _opens_phrase(before):
        return None
    if _same_initials(letters, words):
        return 2
    if _translated(letters, words, _article_of(before)):
        return 3
    return 3 if _one_letter_translated(letters, content) else None


def _one_letter_translated(acronym: str, content: list[str]) -> bool:
    """Whether a name translates the one its acronym is of, word for word, so that one initial
    after the first differs: 'Organizzazione dei Paesi esportatori di petrolio (Opec)', of the
    Organization of the Petroleum Exporting Countries. Four letters at least: fewer may match
    by chance."""
    letters = acronym.upper()
    if len(letters) < MIN_TRANSLATED or len(content) != len(letters) or not letters.isalpha():
        return False
    initials = [w[0].upper() for w in content]
    if initials[0] != letters[0]:
        return False
    return sum(a != b for a, b in zip(letters, initials, strict=True)) == 1


def _opens_phrase(word: str) -> bool:
    """Whether a noun phrase may start after `word`: an article, a preposition, an elided one
    ('dell’'), or nothing at all."""
    low = word.lower()
    return not low or low.endswith("’") or low in _OPENERS or bool(_article_of(low))


def _spells(acronym: str, words: tuple[str, ...]) -> bool:
    return _rank(acronym, words) is not None


def _spells_with_place(acronym: str, place: str, words: tuple[str, ...]) -> bool:
    """'IfW Kiel', 'TU Dresden': the place is one of the words; the capitals are initials of
    the others, in order (a name in another language may have words the acronym skips)."""
    if place not in words:
        return False
    rest = list(words)
    rest.remove(place)
    letters = "".join(c for c in acronym if c.isupper())
    initials = iter(w[0].upper() for w in _content(tuple(rest)))
    return (
        len(letters) >= 2
        and next(initials, "") == letters[0]
        and all(c in initials for c in letters[1:])
    )


def _is_coined(word: str) -> bool:
    """A name coined from the first letters of a name's words, each part opening with a
    capital ('CalMac' from Caledonian MacBrayne, 'MArRC', 'MiBACT')."""
    return (
        2 <= len(word) <= 10
        and word.isalpha()
        and word[0].isupper()
        and any(c.isupper() for c in word[1:])
        and any(c.islower() for c in word)
    )


_PART = re.compile(r"[A-Z][a-z]*")


def _spells_parts(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether each capitalised part of a coined acronym opens a word, in order, from the
    first word to the last; small words, and one word more, give no part ('Museo Archeologico
    Nazionale di Reggio Calabria (MArRC)'). Not the words themselves run together."""
    parts = tuple(p.lower() for p in _PART.findall(acronym))
    return len(parts) >= 2 and _parts_from(parts, tuple(w.lower() for w in words), 1, True)


def _parts_from(parts: tuple[str, ...], words: tuple[str, ...], skips: int, first: bool) -> bool:
    if not parts:
        return not words
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word.startswith(parts[0]) and _parts_from(parts[1:], rest, skips, False):
        return True
    if first:
        return False
    if _is_connector(word):
        return _parts_from(parts, rest, skips, False)
    return skips > 0 and _parts_from(parts, rest, skips - 1, False)


def is_acronym_like(word: str) -> bool:
    return is_acronym(word) or _is_word_acronym(word) or _is_coined(word)


def _agreeing(article: str, expansion: str) -> str:
    """The acronym's Italian article, given to its expansion: 'la NATO' -> 'l’Organizzazione';
    none when it cannot be told ('l’FBI')."""
    vowel = expansion[:1].lower() in "aeiouàèéìòù"
    if article in ("il", "lo", "la"):
        return "l’" if vowel else article
    if article == "l’":
        return article if vowel else ""
    return article


def _window(head: list[str]) -> list[str]:
    """The last words before an acronym, back to the end of the clause they are in."""
    out: list[str] = []
    last = head[-20:]
    for i in range(len(last) - 1, -1, -1):
        word = last[i]
        if not word.isalpha() and _CLAUSE_END.search(word) and not _dash_in_name(last, i):
            break
        out.append(word)
    out.reverse()
    return out


def _dash_in_name(words: list[str], i: int) -> bool:
    """Whether a dash parts two words of one name ('National Assessment Program – Literacy
    and Numeracy', 'Piano regionale – Trasporti e Logistica'), as a title's parts are: a
    capitalised word after it, a word before it (the acronym's letters tell where the name
    starts)."""
    if words[i] not in ("–", "—") or not 0 < i < len(words) - 1:
        return False
    return words[i - 1][-1:].isalpha() and words[i + 1][:1].isupper()


def _expansion_before(text: str, end: int, acronym: str, place: str | None) -> tuple[str, str]:
    """(expansion, article) of the words that end at `end` and spell the acronym: the
    surest reading, and of those the fewest words."""
    head = text[:end].split()
    window = _window(head)
    offset = len(head) - len(window)
    split = [_split_elision(w) for w in window]
    words = tuple(w for _, w in split)

    def before(k: int) -> str:
        """The elided article or preposition of the k-th word, or the word before it."""
        return split[k][0] or (head[offset + k - 1] if offset + k else "")

    def rank(k: int) -> int | None:
        if place:
            return 0 if _spells_with_place(acronym, place, words[k:]) else None
        if words[k][0].upper() != acronym[0] and (word_acronym or counts[k] != letters):
            return None  # what _rank tells first, told without counting the words again
        return _rank(acronym, words[k:], before(k), tail=len(acronym) >= MIN_TAILED)

    # Each word of an expansion but a small one gives a letter or two, so a longer run of
    # words cannot spell the acronym (one word may be skipped: 'Istituto nazionale di stat...').
    word_acronym = _is_word_acronym(acronym)
    letters = len(acronym) if word_acronym else sum(map(str.isupper, acronym))
    most = letters + (3 if place else 1)
    starts = []
    counts: dict[int, int] = {}  # content words from each start
    content = 0
    for start in range(len(words) - 1, -1, -1):
        content += not _is_connector(words[start])
        if content > most:
            break
        if start < len(words) - 1:
            starts.append(start)
            counts[start] = content
    k = _surest(rank, starts)
    if k is None and not place:
        k = _long_name_start(acronym, words, before)
    if k is None:
        if place or "," not in text[:end]:
            return "", ""
        listed = _listed_name(acronym, head)
        return listed if listed[0] else _listed_in_small_letters(acronym, head)
    k = _name_opened_before(words, k, offset)
    expansion = " ".join([words[k], *window[k + 1 :]])
    word = before(k)
    article = _article_of(word)
    if article:
        return expansion, article
    if word.isalpha() and word.islower() and offset + k > 1:
        # "il nuovo Piano urbano ... (PUMS)", "the new Recovery Plan (RRP)": an adjective
        # between the article and the name
        article = _article_of(head[offset + k - 2])
        article = article if article == "the" else _agreeing(article, expansion)
    if not expansion[:1].isupper():
        # "the province’s greenhouse gas (GHG)": an English common noun takes none
        return expansion, "" if article == "the" else article
    if not article and _possessive(word) and _ends_in_a_noun(expansion) and not _firm(expansion):
        article = "the"  # "NASA’s Transiting Exoplanet Survey Satellite (TESS)"
    return expansion, article


_OPENED_REACH = 3  # words back from a lowercase reading to the capital that opens its name


# Italian words that join the words of a name: "Istituto nazionale di| oceanografia".
_IT_NAME_JOINS = frozenset("di del della dello dei degli delle per e".split())


def _name_opened_before(words: tuple[str, ...], k: int, offset: int) -> int:
    """Where the Italian name whose words from k spell the acronym opens, when the reading
    starts in small letters inside it: 'Istituto nazionale di| oceanografia e di geofisica
    sperimentale (OGS)' opens at 'Istituto' (lowercase words and a connector between; a
    capital that opens the sentence is no name's: 'Emissions of greenhouse gas'); else k."""
    if not words[k][:1].islower() or k < 2 or words[k - 1] not in _IT_NAME_JOINS:
        return k
    for j in range(k - 2, max(-1, k - 2 - _OPENED_REACH), -1):
        if words[j][:1].isupper():
            return j if offset + j > 0 else k
        if not words[j].isalpha() or not words[j].islower():
            return k
    return k


def _letters_reading(acronym: str, expansion: str) -> str:
    """What the acronym's letters spell of an Italian name they open inside
    (_name_opened_before): 'polizia economico-finanziaria' of 'Nucleo di polizia
    economico-finanziaria (PEF)', what the acronym means; the expansion itself otherwise."""
    words = expansion.split()
    if not words[0][:1].isupper():
        return expansion
    for k in range(2, min(len(words) - 1, 2 + _OPENED_REACH)):
        if not all(w.isalpha() and w.islower() for w in words[1 : k - 1]):
            break
        if words[k - 1] not in _IT_NAME_JOINS or not words[k][:1].islower():
            continue
        rest = tuple(_split_elision(w)[1] for w in words[k:])
        if rest[0][:1].upper() == acronym[:1].upper() and _spells(acronym, rest):
            return " ".join(words[k:])
    return expansion


MIN_LISTED = 3  # letters of an acronym read from a list inside a name


def _listed_name(acronym: str, head: list[str]) -> tuple[str, str]:
    """(name, article) of a name with a list of its words inside, before the brackets, whose
    list gives the acronym's letters, with the words next to it or not ('the National Union
    of Rail, Maritime and Transport Workers (RMT)', 'the Advisory, Conciliation and
    Arbitration Service (ACAS)'): the whole name is what the acronym stands for."""
    if not acronym.isupper() or len(acronym) < MIN_LISTED:
        return "", ""
    k = len(head)
    while k > 0 and (head[k - 1].rstrip(",")[:1].isupper() or _is_connector(head[k - 1])):
        k -= 1
        if head[k].endswith(",") and not head[k][:1].isupper():
            break
    name = list(head[k:])
    first_item = next((i for i, w in enumerate(name) if w.endswith(",")), len(name))
    articles = [i for i, w in enumerate(name[:first_item]) if w.lower() in _DEFINITE]
    if articles:  # 'Talks at the Advisory, ...': the name opens after its article
        name = name[articles[-1] :]
    while name and _is_connector(name[0].rstrip(",")):
        name.pop(0)
    if not name or not any(w.endswith(",") for w in name[:-1]):
        return "", ""
    listed = [i for i, w in enumerate(name) if w.endswith(",")]
    after = [w.lower() for w in name[listed[-1] + 1 :]]
    if len(after) < 3 or after[1] not in _COORDINATORS:
        return "", ""  # the list closes with 'and': 'Rail, Maritime and Transport'
    items = {*listed, listed[-1] + 1, listed[-1] + 3}
    if len(items) == len(_content(tuple(w.rstrip(",") for w in name))):
        return "", ""  # 'Leeds, York and Hull': a list alone, no name around it
    content = [i for i, w in enumerate(name) if not _is_connector(w.rstrip(","))]
    initials = "".join(name[i][0] for i in content)
    at = initials.find(acronym)
    if at < 0 or not items <= {content[j] for j in range(at, at + len(acronym))}:
        return "", ""
    before = head[len(head) - len(name) - 1] if len(head) > len(name) else ""
    return " ".join(w.rstrip(",") if w is name[-1] else w for w in name), _article_of(before)


MAX_ITEM = 3  # words of one item of a list inside a name
MAX_NAME_HEAD = 6  # words of a name before the list inside it


def _listed_in_small_letters(acronym: str, head: list[str]) -> tuple[str, str]:
    """(name, article) of an Italian name in small letters after its first word, with a list
    of its words inside that closes with 'e' just before the brackets ('Soprintendenza
    archeologia, belle arti e paesaggio (SABAP)', 'Nucleo investigativo di polizia
    ambientale, agroalimentare e forestale (Nipaaf)'): the initials or first letters of its
    words, commas aside, spell the acronym. The nearest capital that opens such a name."""
    last = head[-(MAX_NAME_HEAD + 4 * MAX_ITEM) :]
    commas = [i for i, w in enumerate(last) if w.endswith(",")]
    if not commas:
        return "", ""
    close = last[commas[-1] + 1 :]
    if not 3 <= len(close) <= 2 * MAX_ITEM + 1 or not any(w in _COORDINATORS for w in close[1:-1]):
        return "", ""
    opening = len(commas) - 1  # the list's first comma: its items are short
    while opening and commas[opening] - commas[opening - 1] <= MAX_ITEM:
        opening -= 1
    at = commas[opening]
    if any(_CLAUSE_END.search(w.rstrip(",")) for w in last[at:]):
        return "", ""
    for k in range(at, max(-1, at - MAX_NAME_HEAD), -1):
        elided, first = _split_elision(last[k])
        if k < at and _CLAUSE_END.search(last[k]):
            break
        if not first[:1].isupper() or not all(w[:1].islower() for w in last[k + 1 :]):
            continue
        words = tuple(_split_elision(w.rstrip(","))[1] for w in last[k:])
        if len(_content(words)) < 3 or _rank(acronym, words) not in (0, 1):
            continue
        return " ".join([first, *last[k + 1 :]]), _article_of(elided or _word_before(head, last, k))
    return "", ""


def _word_before(head: list[str], last: list[str], k: int) -> str:
    """The word before the k-th of `last`, the last words of `head`."""
    i = len(head) - len(last) + k - 1
    return head[i] if i >= 0 else ""


def _long_name_start(
    acronym: str, words: tuple[str, ...], before: Callable[[int], str]
) -> int | None:
    """Where a long name the acronym spells skipping some complements starts, looking back
    from its end: a capitalised word that opens a noun phrase ('dall’Ispettorato centrale
    della tutela ... (ICQRF)'); the nearest such reading."""
    letters = acronym if acronym.isupper() else ""
    if len(letters) < 3:
        return None
    for k in range(len(words) - 2, -1, -1):
        word = words[k]
        if (
            word[:1] == letters[0]
            and _opens_phrase(before(k))
            and _spells_skipping(letters, words[k:])
        ):
            return k
    return None


def _surest(rank: Callable[[int], int | None], readings: Iterable[int]) -> int | None:
    """The reading of best rank; of those the first (the readings come shortest first)."""
    best: tuple[int, int] | None = None
    for reading in readings:
        r = rank(reading)
        if r is not None and (best is None or r < best[0]):
            best = (r, reading)
    return None if best is None else best[1]


def _after_paren(text: str, seen: Collection[str] = ()) -> Iterator[tuple[str, str, str]]:
    """'Agenzia Spaziale Italiana (ASI)': the expansion is just before the brackets. An
    acronym in `seen` (expanded earlier in the document, so that the pair would be dropped)
    is not expanded again."""
    for m in _PAREN.finditer(text):
        acronym, place = m.group(1), m.group(2)
        if not is_acronym_like(acronym) or (place and not is_acronym(acronym)):
            continue
        key = f"{acronym} {place}" if place else acronym
        if key in seen:
            continue
        expansion, article = _expansion_before(text, m.start(), acronym, place)
        if not expansion and not place:
            expansion, article = _before_its_place(text, m.start(), acronym)
        if expansion:
            yield key, expansion, article


MAX_PLACE = 4  # words of the complement that names an office's place or owner


def _before_its_place(text: str, end: int, acronym: str) -> tuple[str, str]:
    """(expansion, article) of the name that ends before a complement naming a place or an
    owner, which gives the acronym no letter: 'Autorità di sistema portuale del Mar Tirreno
    settentrionale (AdSP)', 'Istituto tecnico superiore della Nautica di Lucca (ITS)'."""
    head = text[:end].split()
    for back in range(1, MAX_PLACE + 1):
        if back >= len(head):
            break
        word = head[-back]
        elided, rest = _split_elision(word)
        if word.lower() not in _GENITIVES and elided.lower() not in ("dell’", "d’"):
            continue
        named = [rest] if elided else head[len(head) - back + 1 :]
        if not any(w[:1].isupper() for w in named):
            continue
        cut = end - len(" ".join(head[-back:])) - 1
        if text[cut : end - 1].split() != head[-back:]:
            return "", ""  # spaced otherwise than one space a word: not read back
        expansion, article = _expansion_before(text, cut, acronym, None)
        words = tuple(_split_elision(w.rstrip(","))[1] for w in expansion.split())
        if expansion and _rank(acronym, words) not in (0, 1):
            return "", ""  # "Azienda Sanitaria Locale di Potenza (ASP)": its P is the place's
        return expansion, article
    return "", ""


def _before_paren(text: str) -> Iterator[tuple[str, str, str]]:
    """'il marchio IGP (Indicazione Geografica Protetta)', 'La FLAI CGIL (Federazione ...)':
    the expansion is in the brackets after the acronym, or after a run of names it opens."""
    for m in _PAREN_AFTER.finditer(text):
        inside = m.group(2)
        if _CLAUSE_END.search(inside):
            continue
        article, expansion = _split_lead_article(inside)
        words = tuple(_split_elision(w)[1] for w in expansion.split())
        for name in re.finditer(r"\S+", m.group(1)):
            elided, acronym = _split_elision(name.group(0))
            if _bracketed_expansion(acronym, words):
                start = m.start(1) + name.start() + len(elided)
                yield acronym, expansion, article or _acronym_article(text, start, expansion)
                break


def _bracketed_expansion(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether the words in brackets after a name spell it out: an acronym in capitals ('IGP
    (Indicazione Geografica Protetta)'), or one written as a word, as Italian papers do, of a
    name with a word in small letters ('una Cila (comunicazione di inizio lavori
    asseverata)'); a run of capitalised words is a person's name ('Ada (Anna De Angelis)')."""
    if is_acronym(acronym):
        return _spells(acronym, words)
    if not _is_word_acronym(acronym) or all(w[:1].isupper() for w in _content(words)):
        return False
    return _spells(acronym, words)


def _acronym_article(text: str, start: int, expansion: str) -> str:
    """The article of the acronym at `start`, for its expansion: in Italian the acronym takes
    the article of its expansion's noun ('la NATO', 'l’Organizzazione')."""
    before = text[:start].split()[-1:]
    own = _article_of(before[0]) if before else ""
    return own if own == "the" else _agreeing(own, expansion)


def _split_lead_article(text: str) -> tuple[str, str]:
    """(article, rest): 'La Federazione' -> ('la', 'Federazione'), 'the OECD' -> ('the', ...)."""
    m = _LEAD_ARTICLE.match(text)
    if m:
        return (m.group(1) or m.group(2)).lower(), text[m.end() :]
    return "", text


def _explicit(text: str) -> Iterator[tuple[str, str, str]]:
    """'LITORA, acronimo di Laboratorio Italiano di ...': the shortest run of words after the
    marker that the acronym spells."""
    for m in _EXPLICIT.finditer(text):
        acronym = m.group(1)
        if not is_acronym_like(acronym):
            continue
        span = re.split(r"\.(?:\s|$)", m.group(2))[0]
        article, span = _split_lead_article(span.strip())
        tokens = span.split()
        n = _spelled_run(acronym, tuple(_split_elision(w)[1] for w in tokens))
        if n is None and _whole_name(tokens):
            n = len(tokens)  # "Auser, acronimo di Associazione per l’autogestione dei servizi"
        if n is not None:
            expansion = " ".join(tokens[:n])
            yield acronym, expansion, article or _acronym_article(text, m.start(), expansion)


_MAX_SAID_EXPANSION = 12


def _whole_name(words: list[str]) -> bool:
    """Whether the words after an explicit marker ('acronimo di', 'stands for') make a name of
    their own up to the clause's end: the acronym of a coined name spells no initials ('Auser',
    for AUtogestione SERvizi), but the marker says what it stands for."""
    return (
        2 <= len(words) <= _MAX_SAID_EXPANSION
        and words[0][:1].isupper()
        and not _is_connector(words[-1])
        and words[-1].lower() not in _DEFINITE
    )


def _spelled_run(acronym: str, words: tuple[str, ...]) -> int | None:
    """How many of the words, from the first, the acronym surest stands for."""

    def rank(n: int) -> int | None:
        return None if _is_connector(words[n - 1]) else _rank(acronym, words[:n])

    return _surest(rank, range(2, len(words) + 1))


def _alias(text: str) -> Iterator[tuple[str, str, str]]:
    """'La NATO, o Organizzazione del Trattato ..., è': the acronym's article is the name's."""
    found = False
    for m in _ALIAS.finditer(text):
        article, expansion = _split_lead_article(m.group(2).strip())
        if len(expansion.split()) < 2 or not expansion[:1].isupper():
            continue
        found = True
        yield m.group(1), expansion, article or _acronym_article(text, m.start(), expansion)
    if not found:
        yield from _spelled_alias(text)
        yield from _alias_after(text)


# 'reinforced autoclaved aerated concrete, or RAAC,': the acronym after its expansion.
_ALIAS_AFTER = re.compile(r", (?:or|o|ovvero|cioè) ([A-Z][A-Z&]{1,9})\b(?![’'-])")


def _alias_after(text: str) -> Iterator[tuple[str, str, str]]:
    """'... found to contain reinforced autoclaved aerated concrete, or RAAC.', '$28 million in
    tax increment financing, or TIF, to ...': the words before the comma spell the acronym."""
    for m in _ALIAS_AFTER.finditer(text):
        acronym = m.group(1)
        if not is_acronym(acronym):
            continue
        expansion, article = _expansion_before(text, m.start(), acronym, None)
        if expansion:
            yield acronym, expansion, article


def _spelled_alias(text: str) -> Iterator[tuple[str, str, str]]:
    """'il Cnel, ovvero il Consiglio nazionale dell’economia e del lavoro,': a name after the
    alias words that the acronym spells."""
    for m in _SPELLED_ALIAS.finditer(text):
        acronym = m.group(1)
        if not is_acronym_like(acronym):
            continue
        article, expansion = _split_lead_article(m.group(2).strip())
        words = tuple(_split_elision(w)[1] for w in expansion.split())
        if len(words) >= 2 and _bracketed_expansion(acronym, words):
            yield acronym, expansion, article or _acronym_article(text, m.start(), expansion)


def _apposition(text: str, pos: int = 0) -> Iterator[tuple[str, str, str]]:
    """'all’Ance, l’Associazione nazionale costruttori edili.', 'Arpae, l’Agenzia regionale
    per la prevenzione, l’ambiente e l’energia dell’Emilia-Romagna, è': the name after the
    comma, up to a comma, spells the acronym by initials or first letters (a list inside the
    name may take two more commas)."""
    for m in _APPOSITION.finditer(text, pos):
        start = text.rfind(" ", 0, m.start()) + 1
        word = text[start : m.start()]
        elided, acronym = _split_elision(word) if "’" in word else ("", word)
        institution = m.group(1) is not None and _opens_institution(text, m.start(2))
        if acronym[:1] != m.group(2) and not _may_be_translated(acronym) and not institution:
            continue
        if not _ACRONYM_WORD.fullmatch(acronym):
            continue
        if not is_acronym_like(acronym):
            continue
        rest = text[m.start(2) :]
        rest = rest[: _end_of(_NAME_END.search(rest), rest)].rstrip(" .")
        article = (m.group(1) or "").strip().lower()
        parts = rest.split(", ")
        at = start + len(elided)
        for n in range(1, min(len(parts), 3) + 1):
            expansion = ", ".join(parts[:n])
            if not _names_it(acronym, expansion):
                expansion = _name_before_complement(acronym, expansion)
            if expansion:
                yield acronym, expansion, article or _acronym_article(text, at, expansion)
                break
        else:
            if institution and not _a_word(acronym):
                expansion = _institution_name(parts)
                if expansion and _shares_initials(acronym, expansion):
                    yield acronym, expansion, article or _acronym_article(text, at, expansion)


def _name_before_complement(acronym: str, phrase: str) -> str:
    """The name an acronym spells at the start of the phrase set beside it, before words that
    give it no letter and tell which office of its kind it is, or say more of it: 'la CUC, la
    Centrale unica di committenza regionale,', 'la SABAP, la Soprintendenza archeologia, belle
    arti e paesaggio dell’Umbria,', 'la DOP, la Denominazione di origine protetta riconosciuta
    nel 1996,'; '' when there is none."""
    words = phrase.split()
    for cut in range(3, len(words)):  # the nearest: a name's own complement spells its letters
        if _tells_which(words[cut:]):
            name = " ".join(words[:cut]).rstrip(",")
            if _names_it(acronym, name) and not _holds_verb(words[:cut]):
                return name
    return ""


def _holds_verb(words: list[str]) -> bool:
    """Whether words in small letters hold a verb ('..., è l’associazione che ...'): a clause
    goes on past the name."""
    small = [w for w in words if w.islower()]
    return holds_finite(small, "it") or holds_finite(small, "en")


# How a past participle ends, which says more of a name after it ('riconosciuta dall’...').
_PARTICIPLE_ENDS = tuple("ata ato ati ate ita ito iti ite uta uto uti ute".split())


def _tells_which(words: list[str]) -> bool:
    """Whether the words after a name are a complement of it: a place or an owner ('della
    Calabria', 'dell’ateneo torinese'), an adjective in small letters ('regionale'), or a
    participle's phrase ('riconosciuta dall’Unione europea')."""
    elided, word = _split_elision(words[0])
    if words[0].lower() in _GENITIVES or elided.lower() in ("dell’", "d’", "dall’"):
        return len(words) <= 5
    if not word.isalpha() or not word.islower() or _is_connector(word):
        return False
    if len(words) == 1:
        return True
    return word.endswith(_PARTICIPLE_ENDS) and len(word) > 5


# Nouns that open the name of an institution. An acronym set off before such a name, with
# its article, is the institution's even when its letters are those of an older name ('dati
# dell’Enea, l’Agenzia nazionale per le nuove tecnologie, l’energia e lo sviluppo economico
# sostenibile, ...').
_INSTITUTION_HEADS = frozenset(
    """Agenzia Istituto Ente Associazione Autorità Organizzazione Federazione Azienda
    Commissione Fondazione Agency Institute Organisation Organization Association Authority
    Federation Commission Foundation""".split()
)


def _a_word(acronym: str) -> bool:
    """Whether a capitalised word may be a word, not an acronym ('Roma, la Città Eterna')."""
    low = acronym.lower()
    return not acronym.isupper() and (is_known_word(low, "it") or is_known_word(low, "en"))


def _opens_institution(text: str, at: int) -> bool:
    return text[at : at + 16].split(" ", 1)[0] in _INSTITUTION_HEADS


def _institution_name(parts: list[str]) -> str:
    """The name of an institution after an acronym, from the parts of the text between its
    commas: the first, and the last item of a list inside the name ('per le nuove tecnologie,
    l’energia e lo sviluppo ...'); none when what follows goes on with another name (a list
    of institutions, 'la Cgil, la Federazione ..., la Uil'), or the name is too short to
    tell an institution."""
    n = 2 if len(parts) > 2 and _closes_list(parts[1]) else 1
    if len(parts) > n and _names_next(parts[n]):
        return ""
    name = ", ".join(parts[:n])
    return name if len(_content(tuple(name.split()))) >= 3 else ""


def _shares_initials(acronym: str, name: str) -> bool:
    """Whether half the acronym's letters at least are initials of the name's words, as the
    older name of the same institution shares words with the new ('Enea': Agenzia nazionale
    ... energia), and the name of a company set beside another does not; nor a name that has
    the word in it ('Barilla, la Fondazione Barilla ...')."""
    words = [_split_elision(w.strip(","))[1] for w in name.split()]
    if fold(acronym) in map(fold, words):
        return False
    initials = {w[0].lower() for w in _content(tuple(words)) if w}
    return 2 * sum(c in initials for c in acronym.lower()) >= len(acronym)


def _closes_list(part: str) -> bool:
    """A list's last items, joined by 'e' or 'and', with nothing after them."""
    words = part.split()
    return len(words) <= 8 and any(w in {"e", "ed", "and"} for w in words[1:])


def _names_next(part: str) -> bool:
    """Whether a part after a name opens another name: 'e ...', 'la Uil', 'Uil'."""
    words = part.split(None, 2)
    if not words:
        return False
    if words[0] in {"e", "ed", "o", "and", "or"} or words[0][:1].isupper():
        return True
    _, name = _split_elision(words[0])
    if name != words[0]:
        return name[:1].isupper()
    return len(words) > 1 and _article_of(words[0]) != "" and words[1][:1].isupper()


# ', lo stato di avanzamento lavori,': an article and a word in small letters after a comma.
_LOWER_APPOSITION = re.compile(r", (l’|un’|(?:la|il|lo|i|gli|le|the|un|una|uno|an?) )([a-zà-ù])")


def _lowercase_apposition(text: str) -> Iterator[tuple[str, str, str]]:
    """'un Sal, lo stato di avanzamento lavori, firmato ...', 'an EPC, an energy performance
    certificate,': a common noun phrase beside an acronym, up to the next comma, that spells
    it whole (a phrase that only happens to follow a name spells nothing)."""
    for m in _LOWER_APPOSITION.finditer(text):
        start = text.rfind(" ", 0, m.start()) + 1
        word = text[start : m.start()]
        elided, acronym = _split_elision(word) if "’" in word else ("", word)
        if acronym[:1].lower() != m.group(2) or not _ACRONYM_WORD.fullmatch(acronym):
            continue  # the letters must start alike: the cheap test first
        if not is_acronym_like(acronym):
            continue
        rest = text[m.start(2) :]
        expansion = rest[: _end_of(_LOWER_END.search(rest), rest)].strip()
        if spelled_by(acronym, expansion):
            yield acronym, expansion, _article_of(m.group(1).strip())


_LOWER_END = re.compile(r"[,;:()“”«»\"]| [–—] |\.(?:\s|$)")


def spelled_by(acronym: str, expansion: str) -> bool:
    """Whether a common noun phrase is what an acronym stands for: three words at least that
    give its letters as initials or first letters, in order."""
    words = tuple(_split_elision(w)[1] for w in expansion.split())
    if len(_content(words)) < 3 or not all(w[:1].islower() for w in words):
        return False
    return _rank(acronym, words) in (0, 1)


def _end_of(m: re.Match[str] | None, text: str) -> int:
    return m.start() if m else len(text)


def _names_it(acronym: str, expansion: str) -> bool:
    """Whether a name set beside an acronym is what it stands for: a name of three words
    or more whose initials, first letters or stems spell it (not initials in another order,
    which a name beside an acronym may have by chance). A person's name is all capitalised
    words: their first letters spell a capitalised word by chance ('Roma, Roberto Mancini'),
    and the first letters of some a longer acronym ('CGIL, Carlo Giorgio Lanzi'); a name in
    title case then gives its initials ('CGIL, Confederazione Generale Italiana del Lavoro'),
    and one of first letters has a word in small letters ('Ance, Associazione nazionale
    costruttori edili')."""
    words = tuple(_split_elision(w.rstrip(","))[1] for w in expansion.split())
    content = _content(words)
    if not words[0][:1].isupper():
        return False
    if _is_coined(acronym) and len(content) >= 2 and _spells_parts(acronym, words):
        return True  # parts of words, not initials: no person's name spells them by chance
    if len(content) < 3:
        return False
    capitalised = all(w[:1].isupper() for w in content)
    if not is_acronym(acronym):
        return not capitalised and _rank(acronym, words) == 1
    if sum(map(str.isupper, acronym)) < 3:
        return False
    rank = _rank(acronym, words)
    if rank == 2:  # the initials in another order: the name in the article's language
        linked = any(w.lower() in _NAME_LINKS for w in words)
        return _may_be_translated(acronym) and (linked or not capitalised)
    return rank == 0 or (rank == 1 and not capitalised)


# Small words that join the words of an institution's name, not those of a person's.
_NAME_LINKS = frozenset("of for on per".split())
# Letters past which initials in another order are no chance: the acronym of an English name
# beside its Italian name ('l’UNESCO, Organizzazione delle Nazioni Unite per l’educazione, la
# scienza e la cultura').
MIN_TRANSLATED = 4


def _may_be_translated(acronym: str) -> bool:
    """Whether an acronym is long enough for a name beside it in another language to spell it
    by its initials in another order, not by chance."""
    return acronym.isupper() and len(acronym) >= MIN_TRANSLATED


def _known_as(text: str) -> Iterator[tuple[str, str, str]]:
    """'The United Nations Educational, Scientific and Cultural Organization, better known as
    UNESCO, is': the shortest name before the words that spells the acronym."""
    for m in _KNOWN_AS.finditer(text):
        acronym = m.group(2)
        if not is_acronym_like(acronym):
            continue
        head = text[: m.start()]
        head = head[: _end_of(_KNOWN_AS_LEAD.search(head), head)]
        ends = list(_NAME_END.finditer(head))
        words = head[ends[-1].end() if ends else 0 :].split()[-20:]
        for k in range(len(words) - 2, -1, -1):
            elided, first = _split_elision(words[k])
            if first[:1] != acronym[0].upper():
                continue
            expansion = " ".join([first, *words[k + 1 :]])
            if _names_it(acronym, expansion):
                article = _article_of(elided or (words[k - 1] if k else ""))
                if not article and m.group(1) == "known as" and _ends_in_a_noun(expansion):
                    article = "the"  # an English name of an institution takes it
                yield acronym, expansion, article
                break
        else:  # "L’Azienda ligure sanitaria| della Regione Liguria, nota con l’acronimo ALiSa"
            expansion, article = _before_its_place(f"{head} ", len(head) + 1, acronym)
            if expansion:
                yield acronym, expansion, article


_POSSESSIVE_DETERMINERS = frozenset("its their his her our my your".split())


def _possessive(word: str) -> bool:
    """Whether an English word owns the name after it ('NASA’s', 'its'), as an article would
    stand there: the name of a thing that takes 'the' takes it when named alone."""
    return word.lower() in _POSSESSIVE_DETERMINERS or word.endswith(("’s", "'s", "s’"))


# The words a firm's name ends in, which take no article: "Marconi Holdings", "Acme Limited".
_FIRM_ENDS = frozenset("holdings limited ltd inc plc llc llp gmbh".split())


def _firm(name: str) -> bool:
    return name.split()[-1].lower().rstrip(".") in _FIRM_ENDS


def _ends_in_a_noun(name: str) -> bool:
    """Whether a name ends in a common noun ('... Cultural Organization'), as the names of
    institutions do, not in a surname ('Caledonian MacBrayne'), as a firm's may."""
    return is_known_word(name.split()[-1].lower(), "en")


_IT_SINGULAR_ENDINGS = ("a", "o", "e")


def _elided_article(expansion: str, language: str) -> str:
    """'l’' for an Italian name the sentence gives no article, headed by a singular common
    noun that opens with a vowel ('il marchio IGP (Indicazione Geografica Protetta)' -> 'la
    sigla dell’Indicazione ...'): whatever its gender, the article is elided."""
    first = expansion.split()[0]
    if language != "it" or not first[:1].isupper() or first[:1].lower() not in "aeiou":
        return ""
    low = first.lower()
    if not low.endswith(_IT_SINGULAR_ENDINGS) or not is_known_word(low, language):
        return ""
    return "l’"


def _common_phrase(expansion: str, text: str, language: str) -> str:
    """An English expansion in small letters when only the sentence start capitalises it
    ('Antimicrobial resistance (AMR) is ...' -> 'antimicrobial resistance'): a name would
    capitalise its other words too ('Public Prosecution Service')."""
    words = expansion.split()
    if language != "en" or len(words) < 2 or not text.startswith(expansion):
        return expansion
    if not words[0][1:].islower() or not all(w.islower() for w in words[1:]):
        return expansion
    return expansion[:1].lower() + expansion[1:] if is_known_word(words[0], "en") else expansion


def _plain_article(expansion: str, language: str) -> str:
    """'la' or 'il' for an Italian name the sentence gives no article, headed by a common noun
    whose ending tells its gender ('(Denominazione di origine controllata)' -> 'la sigla della
    Denominazione ...', 'Consorzio ...' -> 'del Consorzio'); '' when it does not ('-e')."""
    first = expansion.split()[0]
    low = first.lower()
    if language != "it" or not first[:1].isupper() or low[:1] in "aeiouàèéìòù":
        return ""
    if not is_known_word(low, language) or low[:1] in "sz" and low[1:2] not in "aeiou":
        return ""  # "lo studio", "lo zoo": rare heads, left as they were
    gender = it_gender(low)
    return "la" if gender == "f" else "il" if gender == "m" else ""


def _may_explain(text: str) -> bool:
    """Whether a sentence has the words that explain an acronym (substrings: cheaper than a
    regex over every sentence)."""
    return (
        "acronim" in text
        or "acronym" in text
        or "sigla" in text
        or "abbrevia" in text
        or "sta per" in text
        or "stands for" in text
        or "short for" in text
    )


def pairs(s: Sentence, language: str, seen: Collection[str] = ()) -> Iterator[tuple[str, str, str]]:
    """(acronym, expansion, article) pairs stated in a sentence (not all of those of the
    acronyms in `seen`, which the caller drops: the costliest reading skips them)."""
    text = s.text
    if "(" in text:
        yield from _after_paren(text, seen)
        yield from _before_paren(text)
    if "–" in text or "—" in text:
        bracketed = _DASHED.sub(r" (\1)\2", text)
        if bracketed != text:
            yield from _after_paren(bracketed)
            yield from _before_paren(bracketed)
    if "," in text:
        if _ALIAS_HINT.search(text):
            yield from _alias(text)
        first = _APPOSITION.search(text)
        if first:  # most sentences have none: no generator for them
            yield from _apposition(text, first.start())
        if _LOWER_APPOSITION.search(text):
            yield from _lowercase_apposition(text)
    if (
        " known " in text
        or " come " in text
        or " shortened to " in text
        or "abbreviat" in text
        or " con l’acronimo " in text
        or " con la sigla " in text
    ):
        yield from _known_as(text)
    if _may_explain(text):
        yield from _explicit(text)


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    seen: set[str] = set()
    for s in doc.sentences:
        for acronym, expansion, art in pairs(s, language, seen):
            if acronym in seen or fold(acronym) == fold(expansion):
                continue
            seen.add(acronym)
            expansion = _common_phrase(expansion, s.text, language)
            meaning = _letters_reading(acronym, expansion)
            alt = tuple({expansion.replace("’", "'"), expansion} - {meaning})
            yield Candidate(
                "acronym",
                s,
                0.92,
                meaning,
                question=_meaning_question(acronym, expansion, language),
                accept=alt,
                answer_type="expansion",
                topic=acronym,
            )
            art = art or _elided_article(expansion, language) or _plain_article(expansion, language)
            named = f"{art} {expansion}" if art and not art.endswith("’") else art + expansion
            yield Candidate(
                "acronym",
                s,
                0.55,
                acronym,
                question=_reverse_question(acronym, expansion, named, language),
                answer_type="acronym",
                topic=f"{acronym} acronym",
            )


# The letters a word of an expansion gives an acronym of initials: its first, and the capitals
# inside it ('SPectrograph' -> 'SP', 'UK' -> 'UK').
def _word_initials(word: str) -> str:
    return word[:1] + "".join(c for c in word[1:] if c.isupper())


_SYLLABLE = re.compile(r"[a-zà-ÿ]{2}")


def _of_initials(acronym: str, expansion: str) -> bool:
    """Whether an acronym is one of initials: its capitals may come from another language
    ('SUS', 'Unified Health System') or from the stems of a compound ('GHG'), and a word of the
    name may stand whole beside them ('TU Dresden'); letters in small type are initials too
    when they are those of its words ('Transport for Wales' -> 'TfW'), and not when they are
    cut from its syllables ('Caledonian MacBrayne' -> 'CalMac')."""
    named = set(expansion.split())
    letters_of = "".join(w for w in acronym.split() if w not in named)
    if _SYLLABLE.search(letters_of) is None:
        return True
    letters = [c.lower() for c in letters_of if c.isalpha()]
    for word in re.findall(r"[^\W\d_]+", expansion):
        initials = _word_initials(word).lower()
        if letters[: len(initials)] == list(initials):
            letters = letters[len(initials) :]
        elif letters and initials[0] == letters[0]:
            letters = letters[1:]
        if not letters:
            return True
    return False


def _meaning_question(acronym: str, expansion: str, language: str) -> str:
    """'What does CMA stand for?'; a short name of syllables is short for its name: 'What is
    CalMac short for?'. The Italian 'sigla' is said of both ('la sigla Consob')."""
    if language == "en" and not _of_initials(acronym, expansion):
        return f"What is {acronym} short for?"
    return render(language, "acronym", acronym=acronym)


def _reverse_question(acronym: str, expansion: str, named: str, language: str) -> str:
    """'What is the acronym for the Competition and Markets Authority?'; an English short name
    of syllables is no acronym: 'What is the short name of Caledonian MacBrayne?'."""
    of_expansion = of_phrase(named, language)
    if language == "en" and not _of_initials(acronym, expansion):
        return f"What is the short name of {of_expansion}?"
    return render(language, "acronym_reverse", of_expansion=of_expansion)
