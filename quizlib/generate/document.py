"""The article as the extractors see it: sentences with their origin, entries with the name
their sentences refer to, and the people it mentions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

import simplemma

from .blocks import Block, Layout, heading_keys, read_layout
from .given_names import is_given_name
from .lexicon import ARTICLES, MONTHS, NOUN_KIND, OCCUPATIONS, ROLE_WORDS, SAY_VERBS, STOPWORDS
from .parallel import in_two, share_at
from .sentences import split_sentences
from .text import definite_article, fold, is_acronym, it_gender, takes_lo, words
from .verbs import is_finite

# A run of capitalised words, allowing the connectors of names ("Organizzazione del Trattato
# dell’Atlantico del Nord", "Bank of England").
# A dotted abbreviation keeps its final point: "Edilnord S.r.l.", "S.p.A.", "J.R.R. Tolkien".
# The capitals of Latin Extended-A, which names from Central Europe and the Baltics open with
# ("Žilinskas", "Łukasz", "Čapek").
_EXTENDED_CAPITALS = "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAPITALS = f"A-ZÀ-ÖØ-Þ{_EXTENDED_CAPITALS}"  # a character class's capitals, unbracketed
_CAP = (
    rf"(?:[{_CAPITALS}](?:\.[A-Za-z]{{1,2}})+\.(?![\w’])|[{_CAPITALS}][\w’.-]*\w"
    rf"|[{_CAPITALS}]\.(?= [{_CAPITALS}][a-z])|[{_CAPITALS}])"  # "William J.| Barre": an initial
)
_CONNECT = (
    r"(?:\s+(?:(?:di|del|della|dello|dei|degli|delle|de|da|of|the|von|van|der|den|al|el|la|le"
    r"|du|bin|ibn|upon)\s+)+"
    r"|\s+&\s+|\s+|\s*(?:dell’|d’|all’|sull’))"  # "Corran & Brodie", "Marks & Spencer"
)
# "Leone d’oro", "Porta d’accesso": a name may end with an elided "d’" and a plain word.
NAME_RUN = re.compile(_CAP + r"(?:" + _CONNECT + _CAP + r")*(?:\s+d’[a-zà-ù]{2,})?")
_ARTICLE_START = re.compile(r"^(?:(Il|Lo|La|I|Gli|Le|The)\s+|(L’))")


@dataclass(frozen=True)
class EntryInfo:
    """A background entry as a subject: 'Anchorage, Alaska' is called 'Anchorage'."""

    heading: str
    name: str  # "NATO", "Unione Europea", "Anchorage"
    phrase: str  # the name with its article as a question uses it: "la NATO", "l’Unione Europea"
    acronym: str | None
    expansion: str | None
    kind: str  # city, country, region, org, person, thing
    definite: str  # the article used before the name ("la", "l’", "" for bare names)

    @cached_property  # asked for every sentence of the entry by several extractors
    def names(self) -> tuple[str, ...]:
        out = [self.name, self.heading, *heading_keys(self.heading)]
        if self.acronym:
            out.append(self.acronym)
        if self.expansion:
            out.append(self.expansion)
        return tuple(dict.fromkeys(n for n in out if n))


# Its own __init__ (init=False), as Candidate has: the fields written into the instance's dict,
# not set one by one through object.__setattr__ (a long document has thousands of sentences,
# made before the work is shared by two processes, and statements make more).
@dataclass(frozen=True, init=False)
class Sentence:
    text: str
    origin: str  # "paragraph 3" or "entry Budapest"
    block: int  # index of the paragraph or entry among all blocks
    position: int  # index of the sentence in its block
    entry: EntryInfo | None = None
    # What a list item goes on from: the sentence before the list that ends with a colon
    # ("The fund has paid for:"), or the heading above it ("What the plan includes:").
    lead: str | None = None
    # The sentence as the text writes it, when `text` is a simpler statement derived from it
    # (see statements.py): a card shows it as its context.
    source: str | None = None

    def __init__(
        self,
        text: str,
        origin: str,
        block: int,
        position: int,
        entry: EntryInfo | None = None,
        lead: str | None = None,
        source: str | None = None,
    ) -> None:
        fields = self.__dict__
        fields["text"] = text
        fields["origin"] = origin
        fields["block"] = block
        fields["position"] = position
        fields["entry"] = entry
        fields["lead"] = lead
        fields["source"] = source


@dataclass(frozen=True)
class Document:
    title: str | None
    language: str
    sentences: tuple[Sentence, ...]
    entries: tuple[EntryInfo, ...]
    people: dict[str, str] = field(default_factory=dict)  # surname or full name -> full name
    name_counts: Counter[str] = field(default_factory=Counter)
    # First word of each name -> the names, longest first (see extract.common.people_in).
    people_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The words that may open a name: those starting with a letter some name starts with.
    people_starts: re.Pattern[str] | None = None
    # What extract.common.people_in found in each text: several extractors ask of a sentence.
    people_found: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # What the readings several rules ask for gave (see memo.per_document). Each part of the
    # document (dataclasses.replace) starts its own: a reading may depend on its sentences.
    memo: dict[Hashable, object] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # Every sentence's text: a part of the document handed to another process (the same
    # document with fewer `sentences`) still counts words over the whole.
    texts: tuple[str, ...] = ()
    # In how many sentences each word occurs (see sentences_with), and the names
    # inner_capitals gives: build_document counts them while it reads the blocks, as two
    # processes can share the work; the parts of the document share them (dataclasses.replace
    # keeps a field).
    word_sentences: Counter[str] = field(default_factory=Counter, compare=False, repr=False)
    capitalised: set[str] = field(default_factory=set, compare=False, repr=False)
    # The words the document writes in small letters anywhere (see lowercase_words).
    lowercase: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)
    # The place a wire-service dateline names, as the text writes it elsewhere ("Lamezia
    # Terme" of "LAMEZIA TERME – "); None when there is none or the text never writes it so.
    dateline: str | None = None

    @cached_property
    def entry_kinds(self) -> dict[str, str]:
        """The kind of the first entry of each name, by the folded name."""
        kinds: dict[str, str] = {}
        for e in self.entries:
            kinds.setdefault(fold(e.name), e.kind)
        return kinds

    @property
    def inner_capitals(self) -> set[str]:
        """Words the article writes with a capital inside a sentence, after a lowercase word,
        and never in lowercase: names, even those the dictionary knows ('Brazil', 'Chicago').
        "the Ministry of Health, Brazil ...": a word also written in lowercase ("public health")
        is an ordinary word in a name."""
        return self.capitalised

    def person(self, name: str) -> str | None:
        """The full name of a person the article mentions, from a surname or a full name."""
        return self.people.get(name)

    def sentences_with(self, word: str) -> int:
        """In how many sentences of the whole document a lowercase word occurs (what the
        article is about is said again and again)."""
        return self.word_sentences[word]


@lru_cache(maxsize=16384)  # an entry's definition is read again as a definition card's answer
def definition_kind(definition: str, language: str) -> str:
    """The kind of thing an entry is, by the head noun of its definition: the words before a
    preposition, a relative, a comma or an English participle ('an economic research institute
    | in the city of Kiel' is no city; 'the light-rail system | serving Porto' no place)."""
    head = words(definition.split(",", 1)[0])[:10]
    low = [w.lower().rstrip("’") for w in head]
    plural = len(low) > 2 and low[1] in _ONE_OF[language] and low[0] in _ONE
    if plural:
        low = low[2:]  # "una delle università più antiche", "one of the oldest universities"
        head = head[2:]
    for k, word in enumerate(low):
        kind = NOUN_KIND.get(word)
        if kind is None and plural:
            kind = next(filter(None, map(NOUN_KIND.get, _singulars(word, language))), None)
        if kind:
            return kind
        if word in _HEAD_ENDS[language]:
            break
        if language == "en" and word.endswith("ing") and k + 1 < len(head):
            following = head[k + 1]
            if following[:1].isupper() or low[k + 1] in ARTICLES["en"]:
                break  # "serving Porto", "linking the two banks": a clause, not an adjective
    return "thing"


def _any_kind(text: str) -> str:
    """The first kind noun among a sentence's first words, when it defines nothing."""
    for word in words(text.lower())[:10]:
        kind = NOUN_KIND.get(word.rstrip("’"))
        if kind:
            return kind
    return "thing"


def _singulars(plural: str, language: str) -> tuple[str, ...]:
    """The singulars a plural noun may have: 'universities' -> 'university', 'porti' ->
    'porto'."""
    if language == "en":
        return (plural[:-3] + "y", plural[:-1]) if plural.endswith("ies") else (plural[:-1],)
    return tuple(plural[:-1] + ending for ending in "oae")


_ONE = frozenset("uno una un one".split())
_ONE_OF = {
    "it": frozenset("dei degli delle di".split()),
    "en": frozenset(["of"]),
}


# Words after which a definition's head noun has been said: prepositions and relatives.
_HEAD_ENDS = {
    "it": frozenset(
        """di a da in con su per tra fra del dello della dei degli delle dell al allo alla ai
        agli alle all dal dallo dalla dai dagli dalle dall nel nello nella nei negli nelle
        nell sul sullo sulla sui sugli sulle sull che cui dove""".split()
    ),
    "en": frozenset("of in on at by for with from to that which who whose where".split()),
}


MAX_EXPANSION = 120  # characters of a name spelled out before its acronym in brackets
_COPULA = re.compile(r"\s(?:è|era|fu|is|was)\s")


# Signs that end a name and make it another's: "Opec+", "Canal+".
_NAME_SIGNS = frozenset("+")


def entry_info(
    heading: str, paragraph: str, language: str, sentences: list[str] | None = None
) -> EntryInfo:
    """The entry a heading and its paragraph describe (`sentences`: the paragraph's, when
    already split)."""
    sentences = split_sentences(paragraph) if sentences is None else sentences
    first = sentences[0] if sentences else paragraph
    keys = heading_keys(heading)
    name = keys[-1] if len(keys) > 1 else heading
    acronym = heading if is_acronym(heading) or f"({heading})" in first else None
    expansion = None
    definite = ""
    m = _ARTICLE_START.match(first)
    rest = first[m.end() :] if m else first
    article = (m.group(1) or m.group(2)).lower() if m else ""  # the sentence's, before the name
    if m:
        rest, article = _past_adjective(rest, article, keys)
    run = NAME_RUN.match(rest)
    if run:
        found = run.group(0).strip()
        tail = rest[run.end() :]
        paren = re.match(r"\s*\(([^)]{2,12})\)", tail)
        alias = re.match(r",\s+(?:o|ovvero|cioè|or|i\.e\.)\s+([^,]+),", tail)
        if paren and is_acronym(paren.group(1)):
            acronym, expansion, name = paren.group(1), found, found
        elif alias and is_acronym(found):
            acronym, expansion, name = found, alias.group(1).strip(), found
        elif any(fold(k) == fold(found) or fold(found).startswith(fold(k)) for k in keys):
            name = found if len(found) <= len(heading) + 2 else name
            if heading.startswith(found) and heading[len(found) :] in _NAME_SIGNS:
                name = heading  # "Opec+": the sign is the name's, another body than the Opec
        if m and fold(found).startswith(fold(name.split()[0])):
            definite = article
    if m and acronym and not definite and not expansion:
        at = rest.find(f"({acronym})")
        if 0 < at <= MAX_EXPANSION and not _COPULA.search(rest[:at]):
            # "Il Piano Nazionale di Ripresa e Resilienza (PNRR) è ...": "il PNRR"
            expansion, definite = rest[:at].strip(), article
    said = name
    written = _said_with_article(rest, keys) if m and not definite else None
    if m and written:  # "Il lago Trasimeno è ...": "il lago Trasimeno", as written
        said, definite = written, article
    if not m and not definite and said == name:
        # "Founded in 1838, the Royal Caledonian Curling Club is ...": the name after an
        # opening phrase keeps the article it is written with
        definite = _article_within(first, name)
    if (
        language == "it"
        and not m
        and not definite
        and said == name
        and fold(name) not in fold(first)
    ):
        definite = _article_of_kind_name(name)  # "Parco nazionale del Cilento": "il Parco ..."
    phrase = (
        said
        if not definite
        else (definite + said if definite.endswith("’") else f"{definite} {said}")
    )
    verb_at = _COPULA.search(first)
    kind = (
        definition_kind(first[verb_at.end() :], language)
        if verb_at
        else _any_kind(first)  # "Budapest si formò ... unendo tre città": no definition
    )
    if (
        kind == "thing"
        and len(name.split()) in (2, 3)
        and all(w[:1].isupper() for w in name.split())
    ):
        kind = "person" if re.search(r"\b(?:nato|nata|born)\b", paragraph) else kind
    if kind == "person" and acronym:
        kind = "thing"  # "La Politica agricola comune (PAC) è la politica ...": no politician
    return EntryInfo(heading, name, phrase, acronym, expansion, kind, definite)


_ARTICLE_BEFORE = re.compile(r"(?:^|[\s,(])(il|lo|la|i|gli|le|the)\s+$|(?:^|[\s,(])(l’)$")


def _article_within(sentence: str, name: str) -> str:
    """The definite article (in small letters) a name is first written with inside the
    sentence, after its opening words ('Founded in 1838, the Royal ... Club'); '' when it is
    written bare ('In 1838, Edinburgh ...')."""
    at = sentence.find(name)
    if at <= 0:
        return ""
    m = _ARTICLE_BEFORE.search(sentence[max(0, at - 6) : at])
    return (m.group(1) or m.group(2)) if m else ""


# Italian nouns that open the names of places and bodies, which take the article ('il Parco
# nazionale del Pollino', 'la Basilica di San Benedetto'), beside the kind nouns of NOUN_KIND.
_IT_KIND_NAME_HEADS = frozenset(
    """parco riserva lago monte fiume basilica chiesa cattedrale abbazia santuario castello
    palazzo teatro museo biblioteca archivio accademia istituto università ospedale porto
    aeroporto stazione consorzio fondazione agenzia federazione confederazione associazione
    cooperativa azienda società procura tribunale regione provincia""".split()
)


def _article_of_kind_name(name: str) -> str:
    """The Italian definite article of a name that opens with a noun of a kind of thing, when
    its ending tells the gender ('Parco nazionale del Cilento' -> 'il', 'Università
    Mediterranea' -> 'l’'); '' for any other name ('Lipari', 'Banca Etica' without a kind)."""
    first = name.split(None, 1)[0]
    low = first.lower()
    if not first[:1].isupper() or (low not in NOUN_KIND and low not in _IT_KIND_NAME_HEADS):
        return ""
    gender = it_gender(low)
    return definite_article("una" if gender == "f" else "un", low) if gender else ""


def _past_adjective(rest: str, article: str, keys: list[str]) -> tuple[str, str]:
    """The name after an adjective between the article and the name ('Il cosiddetto tempio di
    Nettuno', 'The historic Lord’s Cricket Ground'), with the article the name takes without
    it ('l’antico Teatro' -> 'il Teatro')."""
    adjective, _, after = rest.partition(" ")
    if not (adjective.isalpha() and adjective.islower() and after):
        return rest, article
    if not any(fold(after[: len(key)]) == fold(key) for key in keys):
        return rest, article
    return after, _article_before(after, article, adjective)


_VOWEL_START = re.compile(r"[aeiouàèéìòùAEIOUÀÈÉÌÒÙ]")


def _article_before(name: str, article: str, adjective: str) -> str:
    """The Italian article of `name`, of the gender and number `article` has before
    `adjective` ('l’' before 'antica' is feminine)."""
    if article == "the":
        return article
    vowel, lo = bool(_VOWEL_START.match(name)), takes_lo(name)
    if article in ("i", "gli"):
        return "gli" if vowel or lo else "i"
    if article == "le":
        return "le"
    feminine = article == "la" or (article == "l’" and adjective.endswith("a"))
    if feminine:
        return "l’" if vowel else "la"
    return "l’" if vowel else "lo" if lo else "il"


def _said_with_article(rest: str, keys: list[str]) -> str | None:
    """The entry's name as the sentence after an article writes it, when it opens with a
    common noun ('lago Trasimeno' for the heading 'Lago Trasimeno', 'diga di Montedoglio'):
    such a name takes the article in a question too ('Che cos’è il lago Trasimeno?')."""
    for key in keys:
        said = rest[: len(key)]
        if (
            said[:1].islower()
            and fold(said) == fold(key)
            and not rest[len(key) : len(key) + 1].isalnum()
        ):
            return said
    return None


@lru_cache(maxsize=65536)
def is_known_word(word: str, language: str) -> bool:
    try:
        return bool(simplemma.is_known(word.lower(), lang=language))
    except (ValueError, KeyError, TypeError):
        return False


@lru_cache(maxsize=65536)
def known_only_as_name(word: str, language: str) -> bool:
    """Whether the dictionary knows a word only with a capital ('Quebec', 'Firenze',
    'January'), never in small letters: a name even where it opens a sentence."""
    try:
        lemma = simplemma.lemmatize(word.lower(), lang=language)
    except (ValueError, KeyError, TypeError):
        return False
    return lemma[:1].isupper()


# First words of place names that look like "Firstname Surname": "Lake Geneva", "Monte Nuovo".
_PLACE_WORDS = frozenset(
    """lake lago lough loch mount monte mont cerro sierra river fiume cape capo saint san santa
    santo st northern southern eastern western upper lower greater fort forte gulf golfo sea mare
    isola island isle port porto bay baia valle valley piazza via street avenue palazzo castello
    castle university università new nuova nuovo north south east west nord sud est ovest
    northeast northwest southeast southwest nordest nordovest sudest sudovest""".split()
)
# Words that introduce a person's name, as words in a run of capitals ("Mr John Smith", "Sir
# Keir Starmer") or before a name.
HONORIFICS = frozenset(
    """signor signora signorina sig dott dottor dottoressa prof professor professoressa
    onorevole consigliere consigliera mr mrs ms miss dr sir dame councillor councilor alderman
    detective inspector sergeant constable coun cllr rev reverend""".split()
)
# The words in a run of capitals that introduce the name after them: offices and honorifics
# (one set a language, not a union made again for each run).
_TITLES = {language: roles | HONORIFICS for language, roles in ROLE_WORDS.items()}
# Honorifics as written before a name, abbreviated or not: "Dr. ", "il sig. ", "la dott.ssa ".
# Honorifics written short with a full stop ("Dr.", "Coun.", "sig.", "dott."): the stop ends no
# sentence and no speaker's name (extract.quotes reads the same list).
HONORIFIC_ABBREVIATIONS = {
    "it": tuple("sig sigg dott prof avv ing on sen mons".split()),
    "en": tuple("mr mrs ms dr prof sen rep gov rev hon coun cllr supt insp det".split()),
}
# The Italian ones with endings after the stop: "sig.ra", "sig.na", "dott.ssa", "prof.ssa".
_IT_ABBREVIATED = "|".join(
    a for a in HONORIFIC_ABBREVIATIONS["it"] if a not in ("sig", "dott", "prof")
)
_HONORIFIC_BEFORE = {
    "it": r"sig\.(?:r[ae]|na)?|(?:dott|prof)\.(?:ssa)?|(?:" + _IT_ABBREVIATED + r")\.|"
    r"signor|signora|signorina|dottor|dottoressa|professor|professoressa|onorevole",
    "en": "(?:" + "|".join(HONORIFIC_ABBREVIATIONS["en"]) + r")\.|mr|mrs|ms|miss|dr|sir|dame|cllr",
}
_HONORIFIC_END = {
    lang: re.compile(r"(?<![\w.])(?:" + pattern + r")\s+$", re.IGNORECASE)
    for lang, pattern in _HONORIFIC_BEFORE.items()
}
# Short words that open a surname of two words, capitalised: "Chiara De Pascalis".
_SURNAME_PARTICLES = frozenset("de di da del della dal lo la le van von du dos das".split())
# Words that tie the parts of an office together: "il ministro delle Imprese e del Made in
# Italy", "l’assessora alla Mobilità", "Cabinet Secretary for Environment".
OFFICE_GLUE = {
    "it": frozenset(
        """di del dello della dei degli delle dell’ d’ e per a al allo alla ai agli alle all’
        il la lo l’""".split()
    ),
    "en": frozenset("of the for and".split()),
}

_LOWER = "a-zà-öø-ÿ\u0100-\u017f"  # with Latin Extended-A: "Kovač", "Wałęsa"
# A capitalised word, with the prefixes of surnames ("McNeill", "MacBrayne", "O’Sullivan",
# "D’Alema") and its hyphenated parts ("Elmendorf-Richardson"): the first capital, then the
# rest.
_UPPER = f"[{_CAPITALS}]"
_SURNAME_PREFIX_REST = rf"(?:(?<=M)a?c{_UPPER}|(?<=[OD])’{_UPPER})?"
_CAPWORD_REST = rf"[{_LOWER}]+(?:-{_UPPER}[{_LOWER}]+)*"
_CAPWORD = _UPPER + _SURNAME_PREFIX_REST + _CAPWORD_REST
# Each pattern opens with the capital itself and looks behind it from there: "(?<![\w’-])"
# before the capital is "(?<![\w’-][A-Z])" after it. A pattern that starts with a
# character class lets re skip to the capitals; one that starts with a lookbehind is tried at
# every position of the text.
_CAPWORD_FREE = (  # (?<![\w’-])_CAPWORD
    _UPPER + r"(?<![\w’-]" + _UPPER + ")" + _SURNAME_PREFIX_REST + _CAPWORD_REST
)
# A word ends at a space or punctuation, or at a possessive "’s" ("Lavrov’s"), not inside
# "Sant’Anna" or "Co-operation".
_WORD_END = r"(?![\w-]|’(?!s\b))"
# A run of capitalised words with one space between: "Sergej Lavrov", "Joint Base Elmendorf",
# "Russian Foreign Minister Sergei Lavrov".
_RUN = re.compile(_CAPWORD_FREE + _WORD_END + r"(?: " + _CAPWORD + _WORD_END + r")*")
_PARTICLE_NAME = re.compile(
    r"(" + _CAPWORD_FREE + r")(?: (?:von|van|der|den|du|bin|ibn|al))+ "
    r"(" + _CAPWORD + r")(?![\w’-])"
)
_FOREIGN_PARTICLES = frozenset("von van der den du bin ibn al".split())
_MONTHS = {lang: frozenset(m.lower() for m in names) for lang, names in MONTHS.items()}
_WALK_TOKEN = re.compile(r"\w+’?|[^\w\s]")
_OPENERS = ' “«"‘(–—-'
_OPEN_QUOTES = '“«"‘'
_CLOSE_QUOTES = '”»"’'
# How many words an office may take before its holder's name: "il presidente della terza sezione
# penale della Corte d’Appello di Bari, Antonio Lavermicocca".
OFFICE_SPAN = 14
# A copula between an office and its holder, with the holder's profession: "Il primo presidente
# è stato il magistrato | Raffaele Cantone", "The first chair of the board was | Ann Lee".
_COPULA_BEFORE = re.compile(
    r"\s(?:è\s+stat[oa]|fu|era|is|was)\s+(?:(?:il|lo|la|l’|un|una|the|a|an)\s*[a-zà-ù]+\s+)?$"
)
_COPULAS = (" è ", " fu ", " era ", " is ", " was ")
# Verbs of holding an office, after "who"/"che" in an apposition ("Ana Ríos, the diplomat who
# chairs the committee"): they say the name is a person's. Not "gestisce": "che" is also a
# firm's ("Fincasa Nord, che gestisce le strade"); "who" is only a person's ("who runs").
OFFICE_VERBS = {
    "it": frozenset("guida guidava guidò dirige dirigeva diresse presiede presiedeva".split()),
    "en": frozenset(
        """heads headed leads led chairs chaired directs directed runs ran manages managed
        coordinates coordinated""".split()
    ),
}
_RELATIVE = frozenset(["who", "che"])
# What may follow a name set off by commas after its office ("il ministro X, Roberto Valli,").
_APPOSITION_END = ",;.:()"
_APPOSITION_AFTER = re.compile(r",\s+([^,;.()“”«»\n]{3,60})")


def honorific_before(text: str, start: int, language: str) -> int | None:
    """Offset of the honorific right before the name at `start` ('Dr. ', 'il sig. '), if any."""
    m = _HONORIFIC_END[language].search(text, max(0, start - 16), start)
    return None if m is None else m.start()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` opens its sentence (quotes and dashes aside), where any word
    is capitalised."""
    i = start
    while i > 0 and start - i < 4 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _alone(text: str, start: int, word: str, language: str) -> bool:
    """Whether a capitalised word on its own may be a surname used alone: not opening its
    sentence, not after 'the' ('the North': a place or a thing) nor an Italian plural article
    ('nelle Marche')."""
    if len(word) < 3 or _opens_sentence(text, start):
        return False
    if language == "it":
        before = text[max(0, start - 8) : start].split()[-1:]
        return not before or before[0].lower() not in _PLURAL_BEFORE_NAME
    return text[max(0, start - 4) : start].lower() != "the "


# Plural articles, alone or joined to a preposition: "nelle Marche", "gli Abruzzi" name a
# place or a team, never a person by surname.
_PLURAL_BEFORE_NAME = frozenset(
    "i gli le dei degli delle nei negli nelle ai agli alle dai dagli dalle sui sugli sulle".split()
)


def _office_ends(toks: list[str], language: str) -> bool:
    """Whether the words read so far (`toks`, in text order) end with an office: 'il Ministro
    degli Esteri russo', 'il presidente dell’ASI', 'Kenya’s Cabinet Secretary for Environment'.
    Read backwards: capitalised words, the words that tie an office together and (Italian)
    adjectives after it, up to the office word. A name right after a preposition ('il
    presidente di Confcommercio Lecce') is what the office is of, not who holds it."""
    roles = ROLE_WORDS[language]
    glue = OFFICE_GLUE[language]
    stop = STOPWORDS[language]
    toks = toks[-OFFICE_SPAN:]
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        low = tok.lower()
        if low in roles or low in OCCUPATIONS:
            return True  # "il ministro", "the crofter", "l’archeologa britannica"
        if low in glue:
            if i == len(toks) - 1:
                return False
            continue
        if tok[:1].isupper():
            continue  # "Esteri", "ASI", "Environment"
        if not tok.isalpha():
            return False
        if _complement_noun(toks, i, language):
            continue  # "director of | research", "head for | operations"
        if language == "it" and len(tok) > 3 and low not in stop and not is_finite(low, "it"):
            continue  # an adjective of the office: "russo", "delegata"
        if len(tok) <= 3 and 0 < i < len(toks) - 1:
            if toks[i - 1][:1].isupper() and toks[i + 1][:1].isupper():
                continue  # inside a name: "Made in Italy"
        return False
    return False


def _complement_noun(toks: list[str], i: int, language: str) -> bool:
    """Whether toks[i], in small letters, is the English noun an office is of, right after
    its 'of' or 'for' ('director of research', 'head of operations'): no verb, no word of a
    clause."""
    if language != "en" or i == 0 or toks[i - 1].lower() not in ("of", "for"):
        return False
    low = toks[i].lower()
    return len(low) > 3 and low not in STOPWORDS[language] and not is_finite(low, language)


def _title_before(text: str, start: int, end: int, language: str) -> bool:
    """Whether an honorific or an office introduces the name at text[start:end]: 'il ministro
    Carlo Verdi', 'Dr. Helena Cavalcanti', 'il Presidente russo Vladimir Putin', or set off
    by commas after the office: 'Il ministro delle Imprese, Roberto Valli, ...'."""
    if honorific_before(text, start, language) is not None:
        return True
    before = text[max(0, start - 120) : start]
    line = before.rpartition("\n")[2]
    tail = line[-50:]  # a plain test first: most names follow no copula
    copula = _COPULA_BEFORE.search(line) if any(c in tail for c in _COPULAS) else None
    if copula is not None:
        line = line[: copula.start()]  # "Il primo presidente | è stato il magistrato"
    toks = _WALK_TOKEN.findall(line)
    if toks and NOUN_KIND.get(toks[-1].lower()) == "org":
        return False  # "il presidente della società | Alpi Funivie": the society's own name
    if toks and toks[-1] == ",":
        if end < len(text) and text[end] not in _APPOSITION_END and text[end] != "\n":
            return False  # "the minister, Mario Rossi and ...": not an apposition
        toks.pop()
    return _office_ends(toks, language)


def _title_after(text: str, end: int, language: str) -> bool:
    """Whether an office follows the name set off by a comma: 'Ingrid Solberg, the company’s
    chief executive,', 'Petra Wendland, Saxony’s state economy minister,'."""
    m = _APPOSITION_AFTER.match(text, end)
    if m is None:
        return False
    roles = ROLE_WORDS[language]
    stop = STOPWORDS[language]
    words = m.group(1).split()[:6]
    if words and words[0].lower() in ARTICLES[language]:
        words = words[1:]
    for k, word in enumerate(words):
        low = word.lower()
        if low in roles:
            return True
        if low in _RELATIVE and k + 1 < len(words):
            return words[k + 1].lower() in OFFICE_VERBS[language]  # "..., who chairs"
        if low in stop or low.rstrip("’") in stop:
            return False  # "Mario Rossi, il cui presidente ...": a clause, not an office
    return False


def _office_leads(text: str, start: int, language: str) -> bool:
    """Whether a run of capitals completes an office that opens with a capital before it:
    'Presidente degli Stati Uniti | Donald Trump', 'Segretario di Stato | Marco Rubio'."""
    near = text[max(0, start - 7) : start].split()  # "della ": most runs follow no such word
    if not near or text[start - 1] != " " or near[-1].lower() not in OFFICE_GLUE[language]:
        return False
    toks = _WALK_TOKEN.findall(text[max(0, start - 60) : start].rpartition("\n")[2])
    titles = ROLE_WORDS[language]
    for tok in reversed(toks[-8:]):
        low = tok.lower()
        if tok[:1].isupper() and low in titles:
            return True
        if not (tok[:1].isupper() or low in OFFICE_GLUE[language]):
            return False
    return False


def _name_in_run(words: list[str], opens: bool, language: str) -> tuple[int, bool]:
    """Where the name in a run of capitals starts, and whether an office or honorific in the
    run introduces it ('Russian Foreign Minister | Sergei Lavrov', 'Mr | John Smith'); the
    words before a name are not part of it ('Il | Rossi', at a sentence's start 'Secondo |
    Francesca Loiacono')."""
    titles = _TITLES[language]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in titles:
            return k + 1, True
    at = 1 if words[0].lower() in ARTICLES[language] else 0  # "The Kenyan ..." opening
    if len(words) - at == 3 and language == "en" and _origin_word(words[at], language):
        if _foreign_name(words[at + 1 :], language):
            return at + 1, True  # "the Kenyan | Kibet Kiprono": where a person is from
    low = words[0].lower()
    if low in ARTICLES[language] or (opens and low in STOPWORDS[language]):
        return 1, False
    if opens and low in _OPENING_WORDS[language]:
        return 1, False  # "Whether Arizona can ...", "Mentre Rossi ..."
    if opens and len(words) > 2 and is_known_word(low, language) and not _two_given_names(words):
        return 1, False  # "Then Anna Rossi": but "Mary Ann Lamb" is one name
    return 0, False


# Conjunctions and adverbs that open a sentence, capitalised before a name or a place.
_OPENING_WORDS = {
    "it": frozenset(
        """mentre quando se anche però quindi dunque intanto poi oggi ieri domani secondo
        nonostante benché sebbene perché finché come""".split()
    ),
    "en": frozenset(
        """whether while when if though although because since unless once after before
        however meanwhile yesterday today tomorrow despite as""".split()
    ),
}


# A quotation's speaker: a verb of saying between the quotation and a name ("“...,” said
# Chandni Raina", "«...», ha detto Marco Neri"), or after a name and before the quotation
# ("Ana Ruiz said: “..."). Only people speak in quotation marks; without the quotation a company
# "said on Monday" too.
_SAID = (
    "|".join(sorted({*SAY_VERBS["it"], *SAY_VERBS["en"]}, key=len, reverse=True))
    + "|dice|dichiara|spiega|racconta|aggiunge|sottolinea|commenta|conclude|precisa"
)
_SPEAKS_BEFORE = re.compile(r"[”\"»],?\s+(?:ha\s+)?(?:" + _SAID + r")\s+$")
_SPEAKS_AFTER = re.compile(r"\s+(?:ha\s+|has\s+)?(?:" + _SAID + r")\s*[:,]?\s*[“\"«]")


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] speaks a quotation (see _SPEAKS_BEFORE)."""
    return bool(
        _SPEAKS_BEFORE.search(text, max(0, start - 30), start) or _SPEAKS_AFTER.match(text, end)
    )


# A verb of saying right after a name, or after an aside set off by commas ("Kirsty Nundy,
# who runs a training company, said"), or right before one ("..., said Kamala Singh").
_SAYS_AFTER = re.compile(r"(?:,[^,;.()“”«»\n]{3,80},)?\s+(?:ha\s+|has\s+)?(?:" + _SAID + r")\b")
_SAYS_BEFORE = re.compile(r"(?:^|\s)(?:ha\s+)?(?:" + _SAID + r")\s+$")


def _says(name: list[str], text: str, start: int, end: int, language: str) -> bool:
    """Whether a name of two words no dictionary knows says something: 'Kirsty Nundy, who
    runs ..., said', 'ha detto Ottavio Brambini'. Firms say things too ('Anglian Water said',
    'Tesco Bank said'), but their names are made of words a dictionary knows."""
    if len(name) != 2 or any(is_known_word(w.lower(), language) for w in name):
        return False
    return bool(
        _SAYS_AFTER.match(text, end) or _SAYS_BEFORE.search(text, max(0, start - 25), start)
    )


def _tail_of(name: list[str], runs: set[str]) -> bool:
    """Whether a name is the end of a longer run of capitals ('Sinéad | Ní Fhlatharta'): the
    surname of a name the text gives in full."""
    tail = " " + " ".join(name)
    return any(run.endswith(tail) for run in runs)


# Last words of the names of places and works, never of a person ("Amber Line", "Union
# Station", "Rialto Bridge"); surnames that are also such words ("Hall", "Park") are left out.
_PLACE_TAILS = frozenset(
    """line station bridge road street avenue square tunnel airport stadium linea stazione
    strada viale aeroporto stadio galleria cathedral church abbey chapel priory minster
    museum library hospital school college park hall tower market theatre arena cattedrale
    chiesa duomo abbazia museo biblioteca ospedale scuola parco teatro""".split()
)


# The last words of bodies' names: "Services Administration", "Fire Service".
_BODY_TAILS = frozenset(
    """administration services service department commission council office bureau
    corporation board directorate committee association federation society ministry""".split()
)


def ends_with_place_noun(name: str) -> bool:
    """Whether a name ends with the noun of a place or a building ('Lincoln Cathedral', 'Tyne
    Bridge', 'Stazione Centrale' aside): a place, no person's and no firm's name."""
    return name.rsplit(None, 1)[-1].lower() in _PLACE_TAILS


# The imperatives campaigns are named with ("Save the Rec", "Stop Hinkley", "Keep Bath
# Green"), which no given name is.
_CAMPAIGN_IMPERATIVES = frozenset(
    "save stop protect keep defend rescue reclaim scrap ban visit discover explore".split()
)  # and a tourism body's: "Visit Wales", "Discover Ireland"


def _activity_first(name: list[str]) -> bool:
    """Whether an English name opens with an activity's '-ing' word the dictionary knows, no
    given name: a sport's body ('Cycling Australia', 'Rowing Ireland'), no person."""
    first = name[0]
    return (
        len(first) > 5
        and first.endswith("ing")
        and is_known_word(first.lower(), "en")
        and not is_given_name(first)
    )


def _plausible_name(name: list[str], language: str, places: Collection[str]) -> bool:
    """Whether capitalised words may be a person's name: not an office, a month, a place
    ('Lake Geneva', an entry of the article) or an organisation ('Health Organization')."""
    roles = ROLE_WORDS[language]
    months = _MONTHS[language]
    low = [w.lower() for w in name]
    if any(w in roles or w in months for w in low):
        return False
    if low[0] in NOUN_KIND or low[0] in _PLACE_WORDS:
        return False
    if language == "en" and low[0] in _CAMPAIGN_IMPERATIVES:
        return False  # "Save Kendal's Riverside Trees", "Stop Hinkley": a campaign
    if language == "en" and _activity_first(name):
        return False  # "Cycling Australia": a body
    if low[-1] in STOPWORDS[language] or low[-1] in NOUN_KIND or low[-1] in _PLACE_TAILS:
        return False
    if low[-1] in _BODY_TAILS:
        return False  # "General Services Administration": a body after an office's word
    return not (places and any(w in places for w in name))  # "Confcommercio Lecce", "Lecce"


def _vocabulary(name: list[str], language: str) -> bool:
    """Whether the words are all ordinary Italian vocabulary ('Guerra Fredda', but also 'Marco
    Galli'): a name only after an office or honorific. English dictionaries know most first
    names, so there only the evidence of the surname decides."""
    return language == "it" and all(is_known_word(w, language) for w in name)


# Endings of English adjectives that open the names of bodies: "Natural England", "Historic
# Environment Scotland", "National Grid", "Scottish Water".
ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ern", "ish", "ian", "ese", "ary")


def _adjective_first(name: list[str], language: str) -> bool:
    """Whether an English name of two words opens with an adjective, not a given name: a
    body's name ('Natural England'), no person's."""
    first = name[0]
    return (
        language == "en"
        and len(name) == 2
        and len(first) > 4
        and first.lower().endswith(ADJECTIVE_ENDINGS)
        and not is_given_name(first)
        and is_known_word(first.lower(), language)
    )


def _apart(text: str, start: int, end: int, language: str) -> bool:
    """Whether this mention of capitalised words stands apart from a name: 'the Human
    Environment', a run that goes on ('European Economic Co-operation'), a quoted nickname
    ('“Silicon Saxony”'), a title before an office ('Halvora chief executive')."""
    if language == "en" and text[max(0, start - 4) : start].lower() == "the ":
        return True
    if _named_after_someone(text, start):
        return True
    after = text[end : end + 30]
    if after[:1] == " " and after[1:2].isupper() and not _post_nominal(after):
        return True
    if start > 0 and text[start - 1] in _OPEN_QUOTES and after[:1] in _CLOSE_QUOTES:
        return True
    next_word = after.split(None, 1)
    return bool(next_word) and next_word[0].lower() in ROLE_WORDS[language]


# Common nouns of places named after someone: "in via Dante Alighieri", "lo stadio Giuseppe
# Meazza", "il liceo Galileo Galilei" name a street, a stadium, a school, not the person.
_NAMED_PLACES = frozenset(
    """via viale piazza piazzale corso largo vicolo lungomare stadio teatro ospedale
    policlinico scuola istituto liceo aeroporto palazzetto ponte parco museo fondazione""".split()
)


def _named_after_someone(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` follow the common noun of a named place."""
    before = text[max(0, start - 14) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in _NAMED_PLACES


# Letters after a person's name for an honour, a rank or a seat: "Margaret Rafferty KC".
_POST_NOMINALS = frozenset("KC QC MP MSP MS MLA MEP OBE MBE CBE KBE DBE PhD Jr Sr".split())


def _post_nominal(after: str) -> bool:
    """Whether the word after a name is letters after a person's name ('KC', 'OBE')."""
    words = after.split(None, 1)
    return bool(words) and words[0].rstrip(",.;:") in _POST_NOMINALS


def _office_of(text: str, start: int, language: str) -> bool:
    """Whether capitals at `start` follow an office and a preposition: 'il sindaco di |
    Pozzuoli Luigi Manzoni'."""
    toks = _WALK_TOKEN.findall(text[max(0, start - 120) : start].rpartition("\n")[2])
    return (
        len(toks) > 1
        and toks[-1].lower() in OFFICE_GLUE[language]
        and _office_ends(toks[:-1], language)
    )


def _two_given_names(name: list[str]) -> bool:
    """Whether a name of three words opens with two given names: 'Maria Teresa Lamorte',
    'Mary Ann Lamb'."""
    return len(name) == 3 and is_given_name(name[0]) and is_given_name(name[1])


def _known_person(name: list[str]) -> bool:
    """Whether a name of two words (or three with a particle or two given names: 'Maria De
    Luca', 'Maria Teresa Lamorte') starts with a given name and ends with no word of a place:
    'Chiara Morandi', not 'Ellis Island'."""
    if len(name) == 3 and name[1].lower() not in _SURNAME_PARTICLES:
        if not _two_given_names(name):
            return False
    last = name[-1].lower()
    return (
        len(name) in (2, 3)
        and is_given_name(name[0])
        and last not in _PLACE_WORDS
        and last not in NOUN_KIND
    )


# Endings of the adjectives of where one is from: "Kenyan", "Ethiopian", "Irish", "Chinese";
# Italian in small letters, used as a noun before a name: "il keniano", "l’etiope", "la
# bergamasca", "l’ugandese", "il polacco".
_ORIGIN_ENDINGS = {
    "en": ("an", "ish", "ese", "ch", "ic"),
    "it": ("ano", "ana", "ese", "ense", "iope", "asco", "asca", "acco", "acca", "ota"),
}
# Italian adjectives of origin with endings many nouns share ("il serbo", "la croata").
_IT_ORIGINS = frozenset(
    """serbo serba croato croata sloveno slovena russo russa greco greca ceco ceca turco turca
    tedesco tedesca spagnolo spagnola svizzero svizzera argentino argentina ucraino ucraina
    montenegrino montenegrina marocchino marocchina tunisino tunisina algerino algerina
    bosniaco bosniaca bulgaro bulgara rumeno rumena romeno romena cileno cilena bielorusso
    bielorussa austriaco austriaca lettone""".split()
)
_ORIGIN_BEFORE = re.compile(r"(?:^|\s)(?:il|lo|la|l’|un|una)\s*([a-zà-ù]{4,})\s$")


def _origin_word(word: str, language: str) -> bool:
    """Whether a word may be an adjective of where one is from: English capitalised, Italian
    in small letters, with such an ending, and no noun of a thing ('il quotidiano')."""
    low = word.lower()
    if language == "en" and not (
        word[:1].isupper() and word[1:].islower() and is_known_word(low, language)
    ):
        return False
    if is_given_name(word):
        return False  # "Declan Óg Mallon": a name of three words
    if language == "it" and low in _IT_ORIGINS:
        return True
    return low.endswith(_ORIGIN_ENDINGS[language]) and low not in NOUN_KIND


def _foreign_name(name: list[str], language: str) -> bool:
    """Whether two capitalised words read as a person's name after an adjective of origin:
    a given name first, or a surname no dictionary knows ('Tesfaye Girma', 'Kibet Kiprono'),
    not two words of the language ('Renaissance Art', 'Corriere Adriatico')."""
    if len(name) != 2 or name[1].lower() in NOUN_KIND or name[1].lower() in _PLACE_TAILS:
        return False
    return is_given_name(name[0]) or not is_known_word(name[1], language)


def _origin_before(text: str, start: int, name: list[str], language: str) -> bool:
    """Whether an Italian article and an adjective of origin introduce a name: 'l’etiope |
    Tesfaye Girma', 'il keniano | Kibet Kiprono' (English writes them in the run: see
    _name_in_run)."""
    if language != "it":
        return False
    m = _ORIGIN_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _origin_word(m.group(1), language) and _foreign_name(name, language)


# What only a person is followed by: an age ("Maureen Cotter, 58,", "Anna Neri, 45 anni,"). A
# group is followed by "who" too ("the Riverside Rowers, who had travelled").
_PERSON_AFTER = re.compile(r",\s+\d{1,3}(?:\s+anni)?,")


Mention = tuple[list[str], int, int, bool]  # a name's words, start, end, after a title
# A name with lowercase particles ("Ursula von der Leyen"): the name, its last word, start, end.
Particled = tuple[str, str, int, int]


class NameScan(NamedTuple):
    """The runs of capitals of a text, as find_people reads them one by one."""

    alone: Counter[str]  # single capitalised words, not opening a sentence
    runs: set[str]  # the runs of several capitalised words
    mentions: list[Mention]  # the possible names, by their offsets in the text
    particled: list[Particled]  # the names with particles, by their offsets (the same)


def scan_names(text: str, language: str) -> NameScan:
    """The runs of capitals of sentences joined by "\n": no run, and no test of what is around
    one, reads across a sentence's end, so a part of the sentences gives the same scan."""
    alone: Counter[str] = Counter()
    runs: set[str] = set()
    mentions: list[Mention] = []
    titles = _TITLES[language]
    for m in _RUN.finditer(text):
        run = m.group(0)
        if " " not in run:  # most runs are one word: a surname alone, or nothing
            if run.lower() not in titles and _alone(text, m.start(), run, language):
                alone[run] += 1
            continue
        words = run.split(" ")
        first, titled = _name_in_run(words, _opens_sentence(text, m.start()), language)
        name = words[first:]
        end = m.end()
        if not titled and len(name) >= 2 and _office_leads(text, m.start(), language):
            name, titled = name[1:][-2:], True  # "Presidente degli Stati Uniti Donald Trump"
        if not name:
            continue  # "il Presidente": an office alone
        start = end - len(" ".join(name))
        if len(name) > 1:
            runs.add(" ".join(name))
            mentions.append((name, start, end, titled))
        elif titled or _alone(text, start, name[0], language):
            alone[name[0]] += 1  # "Presidente Trump", "il Rossi"
    return NameScan(alone, runs, mentions, _particled(text))


def _particled(text: str) -> list[Particled]:
    """The names with lowercase particles in a text ('Ursula von der Leyen'): read with the
    runs of capitals, as a part of the sentences gives the same (no name reads across a
    line), so that find_people only sorts them."""
    if not any(f" {p} " in text for p in _FOREIGN_PARTICLES):
        return []
    return [(m.group(0), m.group(2), m.start(), m.end()) for m in _PARTICLE_NAME.finditer(text)]


def find_people(
    texts: list[str],
    language: str,
    places: Collection[str] = frozenset(),
    scan: NameScan | None = None,
) -> dict[str, str]:
    """People: names of two or three capitalised words, each a whole run of capitals (or the
    end of one after an office: 'Foreign Minister Sergei Lavrov'), whose surname also appears
    alone ('Sergej Lavrov' ... 'Lavrov') or that an office or honorific introduces ('il
    ministro Nello Musumeci', 'Dr. Helena Cavalcanti', 'Roberto Valli, ministro delle Imprese').
    The tail of a longer run is not a name ('Flai Cgil Campania', 'Thales Alenia Space
    Italia'), unless the run starts with what an office is of, named on its own elsewhere ('il
    sindaco di Pozzuoli Luigi Manzoni' ... 'Pozzuoli'). `places`: names the article describes
    as places or organisations. `scan`: scan_names of the text, when already made."""
    text = "\n".join(texts)
    alone, runs, mentions, particled = scan_names(text, language) if scan is None else scan
    found: dict[tuple[str, ...], bool] = {}  # possible names -> whether a title introduced one
    placed: set[str] | None = None  # _placed_alone of the text, read when first needed
    for name, start, end, titled in mentions:
        if len(name) > 2 and not titled:
            head = " ".join(name[:-2])
            place = name[0].lower() in _PLACE_WORDS  # "del Mare Adriatico Meridionale"
            if (
                not place
                and (head in runs or alone[head] > 0)
                and _office_of(text, start, language)
            ):
                name = name[-2:]  # "il sindaco di Pozzuoli | Luigi Manzoni"
                start = end - len(" ".join(name))
        key = tuple(name)
        if found.get(key) or _apart(text, start, end, language):
            continue  # nothing more to learn from this name, or not a name here
        if key not in found and not _plausible_name(name, language, places):
            continue
        if _adjective_first(name, language) and _after_capital(text, start):
            continue  # "Minister for Sustainable | Economic Development": what the office is for
        titled = (
            titled
            or _title_before(text, start, end, language)
            or _known_person(name)
            or _origin_before(text, start, name, language)
        )
        if not titled and (_vocabulary(name, language) or _adjective_first(name, language)):
            continue
        if not titled and len(name) == 2 and not is_given_name(name[0]):
            if placed is None:
                placed = _placed_alone(text, language)
            if name[0] in placed:
                continue  # "Roma Fiumicino", "Milano Linate": a city elsewhere "a Roma"
        if len(name) > 3 or (
            len(name) == 3
            and not titled
            and name[1].lower() not in _SURNAME_PARTICLES
            and not _two_given_names(name)
            and not _title_after(text, end, language)  # "Declan Óg Mallon, chair of ..."
        ):
            continue  # a longer run names an organisation or a place
        found[key] = (
            titled
            or _title_after(text, end, language)
            or _speaks(text, start, end)
            or _PERSON_AFTER.match(text, end) is not None
            or (_says(name, text, start, end, language) and not _tail_of(name, runs))
        )
    people: dict[str, str] = {}
    accepted = [
        parts
        for parts, titled in found.items()
        if titled or alone[parts[-1]] > 0 or (len(parts) == 3 and parts[1:] in found)
    ]
    first_names = {parts[0] for parts in accepted}
    accepted = [
        parts
        for parts in accepted
        if parts[-1] not in first_names and parts[0].lower() not in _SURNAME_PARTICLES
    ]  # "Marco Sergej"; "De Pascalis" is the surname of "Chiara De Pascalis"
    surnames = Counter(_surname(parts) for parts in accepted)
    for parts in accepted:
        full = " ".join(parts)
        people[full] = full
        if surnames[_surname(parts)] == 1:  # "Ceresa" of Marco and of Salvatore Ceresa: no one
            people.setdefault(_surname(parts), full)
    people.update(_particle_names(text, alone, particled, language))
    return people


def _placed_alone(text: str, language: str) -> set[str]:
    """The capitalised words a text puts alone after a preposition of place ('ha sede a Roma',
    'based in Leeds'): places, which a name of two words they open is of ('Roma Fiumicino')."""
    return set(_PLACED_ALONE[language].findall(text))


_PLACED_ALONE = {
    language: re.compile(rf"\b(?:{preps})\s([{_CAPITALS}][\w’-]+)\b(?![\s-]+[{_CAPITALS}])")
    for language, preps in (("it", "a|ad|in"), ("en", "in|at"))
}


def _after_capital(text: str, start: int) -> bool:
    """Whether the word before text[start] is capitalised: a name there goes on a run."""
    before = text[max(0, start - 40) : start].split()
    return bool(before) and before[-1][:1].isupper()


def _surname(parts: tuple[str, ...]) -> str:
    """The surname of a name: its last word, with its particle ('De Pascalis')."""
    if len(parts) == 3 and parts[1].lower() in _SURNAME_PARTICLES:
        return f"{parts[1]} {parts[2]}"
    return parts[-1]


def _particle_names(
    text: str, alone: Counter[str], particled: list[Particled], language: str
) -> dict[str, str]:
    """Names with lowercase particles: 'Ursula von der Leyen' (also 'von der Leyen'), of
    those the scan found (`particled`)."""
    out: dict[str, str] = {}
    for full, last, start, end in particled:
        particles = set(full.split()[1:-1])
        foreign = particles <= _FOREIGN_PARTICLES and alone[last] > 0
        if language == "it" and "al" in particles:
            foreign = False  # Italian "al" is "to the": "Parmigiano Reggiano al Prosciutto"
        if foreign or _title_before(text, start, end, language):
            out[full] = full
            out[full.split(" ", 1)[1]] = full  # "von der Leyen"
    return out


MAX_SENTENCE = 1500  # characters; a longer "sentence" is a run-on blob, not a fact to ask about


def _sentences(paragraph: str, split: list[str] | None = None) -> list[str]:
    split = split_sentences(paragraph) if split is None else split
    return [s for s in split if len(s) <= MAX_SENTENCE]


# A block read into its sentences (and, for a background entry, the name they refer to).
ReadBlock = tuple[list[str], EntryInfo | None]


class _Read(NamedTuple):
    """Blocks read into sentences, with what the document counts over its sentences."""

    blocks: list[ReadBlock]
    names: Counter[str]  # the name runs (see Document.name_counts)
    words: Counter[str]  # in how many sentences each word occurs (see Document.sentences_with)
    lowercase: set[str]  # the words written in lowercase (see Document.inner_capitals)
    inner: set[str]  # the capitalised words alone inside a sentence (the same)
    names_scan: NameScan  # the runs of capitals (see find_people)
    length: int  # of the sentences joined by "\n" (-1: no sentence)


def _joined(head: _Read, tail: _Read) -> _Read:
    """Two parts read one after the other, as one."""
    head.names.update(tail.names)  # the names first seen in the tail come after the head's
    head.words.update(tail.words)
    scan, more = head.names_scan, tail.names_scan
    scan.alone.update(more.alone)
    shift = head.length + 1  # the tail's text starts after the head's and a "\n"
    scan.mentions.extend(
        (name, start + shift, end + shift, t) for name, start, end, t in more.mentions
    )
    scan.particled.extend(
        (full, last, start + shift, end + shift) for full, last, start, end in more.particled
    )
    return _Read(
        head.blocks + tail.blocks,
        head.names,
        head.words,
        head.lowercase | tail.lowercase,
        head.inner | tail.inner,
        NameScan(scan.alone, scan.runs | more.runs, scan.mentions, scan.particled),
        shift + tail.length,
    )


# Below this many characters of blocks a second process to read them costs more than it saves.
PARALLEL_MIN_CHARS = 100_000
# What a character of a background entry costs to read, as a share of a paragraph's: an
# entry's name and kind are read too (entry_info).
ENTRY_CHAR_COST = 2.0
# The parent's share of the reading cost, under half: it also reads the sentences the child
# sends back (measured: with this share both parts take about as long).
PARENT_READ_SHARE = 0.45


def build_document(text: str, language: str) -> Document:
    layout: Layout = read_layout(text)
    body = [b.text for b in layout.body if b.kind in ("paragraph", "item")]
    leads = _list_leads(layout.body)
    headings = [e.heading for e in layout.entries]

    def read(start: int, end: int) -> _Read:
        """The blocks from `start` to `end` (the body's, then the entries'), read into their
        sentences, with the counts over those sentences (done here, not by each extractor's
        process on first use, as two processes can share them)."""
        out: list[ReadBlock] = []
        for k in range(start, end):
            if k < len(body):
                out.append((_sentences(body[k]), None))
                continue
            e = layout.entries[k - len(body)]
            split = split_sentences(e.paragraph)  # once for the entry's name and its sentences
            info = entry_info(e.heading, e.paragraph, language, split)
            out.append((_sentences(e.paragraph, split), info))
        texts = [s for found, _info in out for s in found]
        # One scan of the part; "\n.\n" stops a name from running into the next sentence, as
        # it does at the border of two parts (no pattern below reads across a line either).
        joined = "\n".join(texts)
        return _Read(
            out,
            Counter(NAME_RUN.findall("\n.\n".join(texts))),
            count_word_sentences(texts),
            lowercase_words(joined),
            set(_INNER_CAPITAL.findall(joined)),
            scan_names(joined, language),
            len(joined) if texts else -1,
        )

    sizes = [len(t) for t in body] + [len(e.paragraph) for e in layout.entries]
    if sum(sizes) < PARALLEL_MIN_CHARS:
        part = read(0, len(sizes))
    else:  # each block is read on its own: any process reads it the same
        costs = sizes[: len(body)] + [size * ENTRY_CHAR_COST for size in sizes[len(body) :]]
        part = _joined(*in_two(read, len(sizes), share_at(costs, PARENT_READ_SHARE)))
    sentences: list[Sentence] = []
    entries: list[EntryInfo] = []
    for k, (found, info) in enumerate(part.blocks):
        block = k + 1  # paragraphs and list items first, then entries
        if info is None:
            origin = f"paragraph {block}"
        else:
            origin = f"entry {headings[k - len(body)]}"
            entries.append(info)
        lead = leads[k] if k < len(leads) else None
        for i, s in enumerate(found):
            sentences.append(Sentence(s, origin, block, i, info, lead))
    texts = [s.text for s in sentences]
    places = {word for e in entries if e.kind != "person" for word in e.name.split()}
    people = find_people(texts, language, places, part.names_scan)
    index = people_index(people)
    starts = None
    if index:
        letters = "".join(sorted({re.escape(word[0]) for word in index}))
        starts = re.compile(r"[" + letters + r"](?<!\w[" + letters + r"])\w*")  # (?<!\w) first
    return Document(
        layout.title,
        language,
        tuple(sentences),
        tuple(entries),
        people,
        part.names,
        index,
        starts,
        texts=tuple(texts),
        word_sentences=part.words,
        capitalised={w for w in part.inner if w.lower() not in part.lowercase},
        lowercase=frozenset(part.lowercase),
        dateline=_written_place(layout.dateline, texts, layout.title),
    )


def _written_place(place: str | None, texts: list[str], title: str | None) -> str | None:
    """A place a dateline writes in capitals, as the text writes it in a sentence: 'LAMEZIA
    TERME' -> 'Lamezia Terme'. None when no sentence writes it with capitals and small
    letters, or the headline does not name it: a dateline may name the city a story was
    filed from ('MACERATA —' over a story about a village near it)."""
    if not place or len(place) < 3 or not title:
        return None
    first = place.split()[0].lower()
    if first not in {w.strip(',:;.!?«»“”"').lower() for w in title.split()}:
        return None
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(place)}(?![\w’'-])", re.IGNORECASE)
    for text in (title, *texts):
        for m in pattern.finditer(text):
            written = m.group(0)
            if written != place and written[:1].isupper() and not written.isupper():
                return written
    return None


def _list_leads(blocks: tuple[Block, ...]) -> list[str | None]:
    """For each paragraph or item of the body, in order, what an item goes on from: the last
    sentence of the paragraph before its list when that ends with a colon ('..., among
    them:'), else the heading right above the list ('What the plan includes' -> 'What the
    plan includes:'); None for paragraphs and for items with neither."""
    leads: list[str | None] = []
    lead: str | None = None
    for b in blocks:
        if b.kind == "heading":
            lead = b.text.rstrip(" :") + ":"
        elif b.kind == "paragraph":
            last = _sentences(b.text)[-1:] if b.text.rstrip().endswith(":") else []
            lead = last[0] if last else None
            leads.append(None)
        elif b.kind == "item":
            leads.append(lead)
    return leads


_WORD_RUN = re.compile(r"\w+")
# A capitalised word alone inside a sentence ("in Brazil and"), not a part of a longer name
# ("the Health Ministry"). The capital comes first and the look back after it: a search then
# skips to the next capital, where a pattern opening with a look back tries it everywhere.
_INNER_CAPITAL = re.compile(r"[A-ZÀ-Þ](?<=[a-zà-ù,;] [A-ZÀ-Þ])[a-zà-ÿ]+(?![\w’-]| [A-ZÀ-Þ])")
_LOWER_WORD = re.compile(r"(?<![\w’-])[a-zà-ÿ]+(?![\w’-])")
# A run of word characters, elision apostrophes and hyphens: a word in lowercase is one of
# these runs all in small letters ("÷", in [à-ÿ] but no word character, is read by _LOWER_WORD).
_WORD_WITH_JOINS = re.compile(r"[\w’-]+")
_SMALL_LETTERS = re.compile(r"[a-zà-ÿ]+")


def lowercase_words(text: str) -> set[str]:
    """The words a text writes in lowercase: what _LOWER_WORD finds, read off the text's
    distinct words (a scan of plain runs, and a test a distinct word, costs a third of the
    lookbehind _LOWER_WORD tries at every character)."""
    if "÷" in text:
        return set(_LOWER_WORD.findall(text))
    return {w for w in set(_WORD_WITH_JOINS.findall(text)) if _SMALL_LETTERS.fullmatch(w)}


def count_word_sentences(texts: Iterable[str]) -> Counter[str]:
    """In how many of the texts each lowercase word occurs."""
    words: Counter[str] = Counter()
    for t in texts:
        words.update(set(_WORD_RUN.findall(t.lower())))
    return words


def inner_capitals_of(text: str) -> set[str]:
    """The words a text writes with a capital inside a sentence and never in lowercase (what
    Document.inner_capitals gives, read from the text whole)."""
    lowercase = lowercase_words(text)
    return {w for w in _INNER_CAPITAL.findall(text) if w.lower() not in lowercase}


def people_index(people: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The names by their first word, longest first: a name found in a text starts where a
    word starts, so a scan of the text's words finds it by one lookup a word (a regex of
    every name tries them all at every position)."""
    index: dict[str, list[str]] = {}
    for name in sorted(people, key=len, reverse=True):
        first = _WORD_RUN.match(name)
        if first is None:
            continue  # names start with a letter
        index.setdefault(first.group(0), []).append(name)
    return {word: tuple(names) for word, names in index.items()}
