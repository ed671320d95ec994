"""Recognise the blocks of an article: headline, paragraphs, headings, lists, page furniture,
and the background entries that follow it (a heading naming something, then one paragraph)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    CAPTION,
    FURNITURE,
    FURNITURE_BAR,
    MONTHS,
    RELATIVE_WORDS,
    WEEKDAYS,
)
from .text import fold, is_acronym
from .verbs import AUXILIARIES, EN_PAST_WITH_OBJECT, is_finite, is_participle

_BULLET = re.compile(r"^\s*(?:[-*•·–—▪►]|\d{1,2}[.)])\s+")
_DOTTED_END = re.compile(r"\b(?:[A-Za-z]\.){2,}$")
_TERMINAL = re.compile(r"[.!?…:;][”»\"’)]*$")
MAX_HEADING_WORDS = 14


@dataclass(frozen=True, init=False)
class Block:
    """A unit of the input: kind is 'heading', 'paragraph', 'item' (of a list) or 'furniture'."""

    kind: str
    text: str

    def __init__(self, kind: str, text: str) -> None:
        # Its own __init__: the fields written into the instance's dict, not set one by one
        # through object.__setattr__ (every line of the text is a block, read in one process).
        fields = self.__dict__
        fields["kind"] = kind
        fields["text"] = text


@dataclass(frozen=True)
class Entry:
    """A background entry: the heading as written and the paragraph about it."""

    heading: str
    paragraph: str


@dataclass(frozen=True)
class Layout:
    """The article's headline, its body blocks in order, and its entries."""

    title: str | None
    body: tuple[Block, ...]
    entries: tuple[Entry, ...]
    # The place the first wire-service dateline names, as written there ("LAMEZIA TERME").
    dateline: str | None = None


def _lines(text: str) -> list[str]:
    """Lines of text, with hard-wrapped paragraph lines joined back together."""
    out: list[list[str]] = []
    joinable = False
    after_blank = True
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            joinable = False
            after_blank = True
            continue
        # A line in small letters right under a line with no stop goes on with its sentence,
        # however short that line ("L’Autostrada del Brennero S.p.A. è la società che
        # gestisce" / "l’autostrada A22, ...").
        goes_on = (
            not after_blank
            and line[:1].islower()
            and bool(out)
            and not _TERMINAL.search(out[-1][-1])
            and (not is_furniture(out[-1][-1]) or _wrapped_caption(out[-1][-1]))
        )
        after_blank = False
        if (
            (joinable or goes_on)
            and out
            and (not _BULLET.match(line) or _aside_goes_on(line, out[-1]))
            and not _long_heading(out[-1], line)
            and not _longer_than_wrap(out[-1][-1], line)
            and not (line[:1].isupper() and is_furniture(line))
            and not _is_byline(line)
        ):
            out[-1].append(line)
        else:
            out.append([line])
        # A long line that stops mid-sentence continues on the next line; page furniture
        # ("Related: ...") never does.
        joinable = (
            (len(line) >= 60 or len(out[-1]) > 1)
            and (not _TERMINAL.search(line) or line.count("(") > line.count(")"))
            and not is_furniture(line)
        )  # a bracket left open goes on too: "... Golfo Persico. (Foto: Reuters/Hamad I."
    return [" ".join(parts) for parts in out]


def _wrapped_caption(line: str) -> bool:
    """Whether a line of furniture is a caption hard-wrapped mid-sentence ('Foto: ... – Donne
    in fila per la distribuzione di' / 'acqua nel sito di Kaya.'): the line in small letters
    under it is the caption's, furniture too."""
    return len(line) >= _WRAP_WIDTH and CAPTION.search(line) is not None


_WRAP_WIDTH = 50  # characters of a line that a hard wrap may have cut
# A byline in small letters: "di Marta Ferraris", "by Tom Hale and Ann Ross"; only names.
_BYLINE = re.compile(
    r"^(?:di|by|a cura di)\s+[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'-]+|e|and))*\s*$"
)


def _is_byline(line: str) -> bool:
    """Whether a line in small letters is the byline under a lead with no stop ('... entro il
    2027' / 'di Marta Ferraris'), not the rest of its sentence ('di piastrelle, racconta
    ...'): a wrapped sentence's last line ends with its stop."""
    return _BYLINE.match(line) is not None


def _longer_than_wrap(line: str, following: str) -> bool:
    """Whether the line after a line with no stop is too long to be its wrapped rest: wrapping
    at a width moves a word down only when it does not fit, so the next line is never longer
    than the line before it plus its own first word. A headline over a longer lead is no
    wrapped line ('Tram T2, aperta la linea per Villa d’Almè' / 'Dopo quattro anni ...').
    A line that opens in small letters goes on with the sentence whatever its length (a text
    broken by hand: '... Sam Whitfield, warned' / 'that the results ...')."""
    first = following.split(" ", 1)[0]
    return following[:1].isupper() and len(following) > len(line) + len(first) + 1


def _long_heading(before: list[str], line: str) -> bool:
    """Whether a long line with no full stop is an entry's heading, not the first line of a
    wrapped paragraph: its words are capitalised as a name's are, and the next line opens by
    naming it ('Istituto Superiore per la Protezione e la Ricerca Ambientale' / 'L’Istituto
    Superiore ... è un ente ...')."""
    if len(before) != 1:
        return False
    words = before[0].split(None, MAX_HEADING_WORDS)  # one more than a heading has, at most
    if len(words) > MAX_HEADING_WORDS or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False
    return mentions(before[0], line)


def _aside_goes_on(line: str, before: list[str]) -> bool:
    """Whether a line that opens with a dash goes on with the sentence the lines before it
    left open ('... and I don’t blame anyone / – you can’t come to an island ...'): an en or
    em dash, which sets off an aside, after lines that are no list item."""
    return line.startswith(("–", "—")) and not _BULLET.match(before[0])


MAX_FURNITURE = 200  # characters: page furniture is short; a long line is text


# Lines of the page around an article: copyright notices, credits and bylines (a byline's name
# in capitals: "di tubazione, con ..." is a wrapped sentence's line).
_CREDITS = re.compile(
    r"""^\s*\(?\s*(?:©|\(c\)\s*\d{4}|our\s+standards:
    |(?:additional\s+)?reporting\s+by\b|edit(?:ed|ing)\s+by\b|written\s+by\b
    |writing\s+by\b|compiled\s+by\b|testo\s+(?:di|a\s+cura\s+di)\b|servizio\s+di\b
    |riproduzione\s+riservata|all\s+rights\s+reserved
    |(?:by|di|a\s+cura\s+di)\s+(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3})\s*
    (?:,[^.]{0,60})?$)""",
    re.IGNORECASE | re.VERBOSE,
)


# Whole short lines of a web page around its text: tags, update times, reading times, comment
# counts, share buttons, a placeholder in brackets.
_PAGE_LINES = re.compile(
    r"""^\s*(?:\[[^\]]{1,60}\]
    |tags?\s*:.*|(?:fonte|source)\s*:.{0,60}
    |tempo\s+di\s+lettura\b.{0,20}|\d{1,2}\s*min(?:s|utes?|uti)?\.?\s+(?:read|di\s+lettura)
    |(?:commenti|comments?|comment[ai])(?:\s*\(\d+\))?
    |copy\s+link|copia\s+link|more\s+on\s+this\s+story|sign\s+up\b.{0,60}
    |(?:(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|telegram|instagram|pinterest|reddit
    |threads|bluesky|messenger|print|stampa)[\s,|/·•]*){2,})\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


# When the page was published or updated: "Articolo aggiornato alle 18:40", "Published 4
# hours ago". A sentence that opens with the same word goes on to a full stop ("Published in
# 1925, the novel ...").
_STAMP = re.compile(
    r"^\s*(?:articolo\s+|article\s+|last\s+|ultimo\s+)?"
    r"(?:updated|aggiornat[oa]|aggiornamento|published|pubblicat[oa])\b",
    re.IGNORECASE,
)
MAX_STAMP_WORDS = 10


def _is_stamp(line: str) -> bool:
    return (
        _STAMP.match(line) is not None
        and len(line.split()) <= MAX_STAMP_WORDS
        and not line.rstrip().endswith((".", "!", "?"))
    ) or (line[:1].isalnum() and _DATE_LINE.match(line) is not None)


# A line that is only a date, maybe with its weekday and a time: when the page was published
# ("4 maggio 2026, ore 9:40", "Monday 4 May 2026 09:40 BST"), never a heading.
_MONTH_NAMES = "|".join(m for names in MONTHS.values() for m in names)
_DATE_LINE = re.compile(
    rf"^(?:(?:{'|'.join(sorted(WEEKDAYS))})\s*,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}}|(?:{_MONTH_NAMES})\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:\s*[,–—-]?\s*(?:ore\s+|alle\s+|at\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)


# What parts of one line of page furniture are set apart by: "8 novembre 2025 · tempo di
# lettura 4 minuti", "Politica · Lucca città · Piana", "12 March 2025 | 4 min read".
_PARTS = re.compile(r"\s+[·|•]\s+")
MENU_PARTS = 3  # short parts in a row: a menu
MENU_WORDS = 3  # words of a menu's item


def _parted_furniture(line: str) -> bool:
    """Whether a line of parts set apart by '·', '|' or '•' is furniture: one of its parts
    is (a reading time, a byline, a stamp), or it is a menu of short items."""
    if "·" not in line and "|" not in line and "•" not in line:
        return False  # no mark of _PARTS: one part (the cheap test first: most lines are text)
    parts = _PARTS.split(line.strip())
    if len(parts) < 2:
        return False
    if any(_CREDITS.match(p) or _PAGE_LINES.match(p) or _is_stamp(p) for p in parts):
        return True
    return len(parts) >= MENU_PARTS and all(len(p.split()) <= MENU_WORDS for p in parts)


# A line is asked again: by _lines of the line before the next, by classify of a line _lines
# left as it was (most are); a document has thousands of lines, so the cache holds them all.
@lru_cache(maxsize=16384)
def is_furniture(line: str) -> bool:
    if len(line) > MAX_FURNITURE:
        return False
    if FURNITURE.match(line) or ("|" in line and FURNITURE_BAR.match(line)):
        return True
    if _CREDITS.match(line) or _PAGE_LINES.match(line):
        return True
    if _is_stamp(line) or _parted_furniture(line):
        return True
    return len(line) < 120 and not _TERMINAL.search(line) and CAPTION.search(line) is not None


def _ends_with_abbreviation(line: str) -> bool:
    """'Tesla, Inc.' is a heading although it ends with a period."""
    last = line.split()[-1].rstrip(".").lower() if line.split() else ""
    return line.endswith(".") and (last in ABBREVIATIONS or bool(_DOTTED_END.search(line)))


_ASCII_LETTERS = string.ascii_letters.encode()


def _letters(line: str) -> int:
    """How many letters (str.isalpha) a line has: in an ASCII line, the bytes left out when its
    letters are deleted (one pass in C, where a test a character costs a call each)."""
    if line.isascii():
        return len(line) - len(line.encode().translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, line))


def classify(line: str) -> Block:
    if is_furniture(line):
        return Block("furniture", line)
    bullet = _BULLET.match(line)
    if bullet:
        return Block("item", line[bullet.end() :])
    # Words up to one more than a heading has: a paragraph's are not all counted.
    n_words = len(line.split(None, MAX_HEADING_WORDS))
    if len(line) < 200 and _letters(line) < max(2, len(line) // 3):
        return Block("furniture", line)  # numbers, symbols, separators
    if n_words <= MAX_HEADING_WORDS and (
        not _TERMINAL.search(line) or (n_words <= 6 and _ends_with_abbreviation(line))
    ):
        return Block("heading", line)
    return Block("paragraph", line)


_PAREN_KEY = re.compile(r"^(.*?)\s*\(([^)]+)\)$")
_KEY_BREAK = re.compile(r"\s*(?:,(?!\d)|[:–—(])\s*")  # not the comma of "1,000"
_LISTED = re.compile(r"^[^,:–—(]+,\s*[a-zà-ù]")  # a comma, then words in small letters
_INNER_PAREN = re.compile(r"\([^()]*\)(?=\s*\w)")  # a bracket the heading goes on after


def heading_keys(heading: str) -> list[str]:
    """Names a paragraph may use for the thing a heading names: 'Anchorage, Alaska' ->
    ['Anchorage, Alaska', 'Anchorage']; 'Unione Europea (UE)' -> [..., 'Unione Europea', 'UE']."""
    return list(_heading_keys(heading))


@lru_cache(maxsize=4096)
def _heading_keys(heading: str) -> tuple[str, ...]:
    keys = [heading]
    m = _PAREN_KEY.match(heading)
    if m:
        keys += [m.group(1), m.group(2)]
    if _INNER_PAREN.search(heading):
        return tuple(keys)  # "Land Reform (Scotland) Act 2003": the name goes on past its bracket
    base = _KEY_BREAK.split(heading)[0]
    listed = _LISTED.match(heading) is not None  # "Whisky, cars and cheese": a subheading
    if base and base not in keys and not listed:
        keys.append(base)
    return tuple(k for k in keys if k.strip())


def mentions(heading: str, paragraph: str) -> bool:
    """Whether a paragraph opens by talking about what the heading names."""
    opening = fold(paragraph[:160])
    first_words = " " + " ".join(opening.split()[:12]) + " "
    for key in heading_keys(heading):
        k = fold(key)
        if k and f" {k} " in first_words:
            return True
        if is_acronym(key) and f"({key})" in paragraph[:200]:
            return True
    return _opens_with_short_name(heading, opening)


# A paragraph that opens with a participle's phrase and goes on with no subject of its own:
# "Istituito nel 1989, si estende per ...", "Nata nel 1968 come ..., è diventata ...",
# "Founded in 1879, it employs ...": what it describes is only named by its heading.
_PARTICIPLE_OPENING = re.compile(
    r"^(?P<word>[A-Z][a-zà-ù]{3,}) [^,.;:«»“”\"()]{2,80}?, (?P<next>\S+)"
)
# Words after such a phrase that open a subject: the clause names what it is about.
_SUBJECT_OPENERS = frozenset(
    """il lo la i gli le un uno una questo questa the a an this these that those its their
    he she they we""".split()
)


def _first_of(paragraph: str) -> str:
    """The paragraph up to its first full stop and space (its first sentence, near enough)."""
    return paragraph.split(". ", 1)[0]


def describes_unnamed(paragraph: str) -> bool:
    """Whether a paragraph opens with a participle's phrase and no subject follows its comma
    (see _PARTICIPLE_OPENING)."""
    m = _PARTICIPLE_OPENING.match(paragraph)
    if m is None:
        return False
    nxt = m.group("next")
    if not nxt.islower() or nxt in _SUBJECT_OPENERS or nxt.startswith(("l’", "un’")):
        return False
    word = m.group("word")
    return is_participle(word, "it") or is_participle(word, "en")


# A paragraph that opens with a description of what its heading names and no verb of its own:
# "A town in southwestern Nova Scotia with a population of about 6,800, founded in 1761 ...",
# "Comune di circa 3.100 abitanti in provincia di Potenza, situato a 975 metri ...".
_DESCRIPTION_OPENING = re.compile(
    r"^(?:An? |Un[oa]? |Un’|(?:Comune|Area|Città|Frazione|Località|Ente|Istituto|Centro|Isola"
    r"|Quartiere|Paese|Borgo|Cittadina) )"
)
_RELATIVES = RELATIVE_WORDS["en"] | RELATIVE_WORDS["it"]
_AUXILIARIES = AUXILIARIES["en"] | AUXILIARIES["it"]


def verbless_description(sentence: str) -> bool:
    """Whether a sentence opens with an indefinite description ('A town in ...', 'Comune di
    ...') and holds no verb of its own before any relative: no auxiliary, no conjugated verb
    but a participle's ('founded in 1761', 'situato a 975 metri')."""
    if _DESCRIPTION_OPENING.match(sentence) is None or EN_PAST_WITH_OBJECT.search(sentence):
        return False
    for word in sentence.split()[1:]:
        low = word.lower().strip(",;:().")
        if low in _RELATIVES:
            return True  # "A town which has ...": what follows is inside the description
        if low in _AUXILIARIES:
            return False
        if not low.isalpha() or not word[:1].islower():
            continue
        if is_finite(low, "en") and not low.endswith("ed"):
            return False  # "grew", "became": an irregular past
        if is_finite(low, "it") and not is_participle(low, "it"):
            return False
    return True


_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were|è|era|fu|sono)\s")


def _opens_with_short_name(heading: str, opening: str) -> bool:
    """Whether a paragraph opens with the first words of the heading as its subject, and says
    what the other words say: 'Lord’s Cricket Ground' / 'Lord’s is a cricket ground in ...'."""
    words = fold(heading).split()
    for n in range(len(words) - 1, 0, -1):
        short = " ".join(words[:n])
        if opening.startswith(short) and _COPULA_AFTER.match(opening, len(short)):
            said = set(opening.split()[n : n + 25])
            return all(w in said for w in words[n:])
    return False


# A bare marker of an image ("Image 2", "Immagine 1"), whose caption may be the next line; a
# marker with its caption ("Photo: file image, 2019 parade") needs no other line.
_IMAGE_MARKER = re.compile(r"(?i)^(?:immagine|image|foto|photo)(?:\s*\d+)?\s*:?\s*$")
# What a news report says of the past; a photo caption says what the picture shows, in the
# present or with no verb at all ("Delegates at the opening plenary on Monday.").
_REPORTING = re.compile(
    r"(?i)\b(?:was|were|has|have|had|said|says|told|è stat[oaie]|sono stat[ie]|ha|hanno|fu"
    r"|furono|aveva|avevano|[a-z]{3,}ed)\b"
)
_PHOTO_CREDIT = re.compile(
    r"(?i)(?:\(|\.\s|^)(?:foto|photo(?:graph)?|credit|getty)\b[^.]{0,40}\)?$"
)
MAX_CAPTION = 200  # characters


def is_caption(text: str) -> bool:
    """Whether a paragraph right after an image marker is the image's caption: a credit at its
    end ("... in Eindhoven. Photo: Halvora"), or one short sentence that reports nothing."""
    if len(text) > MAX_CAPTION:
        return False
    if _PHOTO_CREDIT.search(text):
        return True
    one_sentence = not re.search(r"[.!?…]\s+\S", text.rstrip())
    return one_sentence and not _REPORTING.search(text) and not re.search(r"[“”«»\"]", text)


# A wire-service dateline opening a paragraph: "NAIROBI, 17 November 2025 — ", "ROMA – ".
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý’'. -]{2,30}(?:\s*\([^)]{2,20}\))?(?:,[^—–]{3,30})?"
    r"\s+[—–-]{1,2}\s+(?=[A-ZÀ-Ý“«\"])"
)


# The place of a dateline: its words in capitals before a bracket, a comma or the dash.
_DATELINE_PLACE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý’'. -]{1,30}?(?=\s*\(|,|\s+[—–-])")


def _without_dateline(block: Block) -> Block:
    """A paragraph without the dateline it opens with, if any (the same block when it has
    none, as most have: no new block is made)."""
    text = _DATELINE.sub("", block.text, count=1)
    return block if text == block.text else Block(block.kind, text)


def _dateline_place(blocks: list[Block]) -> str | None:
    """The place the first paragraph with a dateline names ('NAIROBI, 17 November — ')."""
    for b in blocks:
        if b.kind == "paragraph" and b.text[:1].isupper() and _DATELINE.match(b.text):
            place = _DATELINE_PLACE.match(b.text)
            return place.group(0).strip() if place else None
    return None


# The most words a headline has: longer than a heading inside the article.
MAX_HEADLINE_WORDS = 30


def _long_headline(first: Block) -> bool:
    """Whether the text's first block, read as a paragraph for its length, is its headline: it
    has no stop at its end ('Paestum, riaffiora un tempietto dorico fuori dalle mura: «Una
    scoperta che riscrive la storia della città»')."""
    return (
        first.kind == "paragraph"
        and len(first.text.split()) <= MAX_HEADLINE_WORDS
        and not _TERMINAL.search(first.text)
    )


def read_layout(text: str) -> Layout:
    """Split a cleaned text into furniture, article body and entries."""
    blocks = [classify(line) for line in _lines(text)]
    # Captions: a short line right after an image marker is part of the furniture.
    for i in range(1, len(blocks)):
        prev, cur = blocks[i - 1], blocks[i]
        if prev.kind == "furniture" and _IMAGE_MARKER.match(prev.text):
            if cur.kind == "heading" and len(cur.text.split()) <= MAX_HEADING_WORDS:
                blocks[i] = Block("furniture", cur.text)
            elif cur.kind == "paragraph" and is_caption(cur.text):
                blocks[i] = Block("furniture", cur.text)
    dateline = _dateline_place(blocks)
    blocks = [_without_dateline(b) if b.kind == "paragraph" else b for b in blocks]
    kept = [b for b in blocks if b.kind != "furniture"]
    if len(kept) > 1 and _long_headline(kept[0]):
        kept[0] = Block("heading", kept[0].text)
    entry_at: dict[int, tuple[Entry, int]] = {}  # heading index -> (entry, blocks it takes)
    in_entries = False
    i = 0
    while i < len(kept) - 1:
        block, nxt = kept[i], kept[i + 1]
        if block.kind != "heading" or nxt.kind != "paragraph" or len(block.text.split()) > 10:
            if block.kind == "paragraph":
                in_entries = False
            i += 1
            continue
        end = i + 2
        while end < len(kept) and kept[end].kind == "paragraph":
            end += 1
        single = end == i + 2
        short = len(block.text.split()) <= 6
        if (
            mentions(block.text, nxt.text)
            or (in_entries and single and short)
            or (
                single
                and (describes_unnamed(nxt.text) or verbless_description(_first_of(nxt.text)))
                and any(b.kind == "paragraph" for b in kept[:i])  # after the article's text
            )
        ):
            paragraph = " ".join(b.text for b in kept[i + 1 : end])
            entry_at[i] = (Entry(block.text, paragraph), end - i)
            in_entries = True
            i = end
            continue
        i += 1
    body: list[Block] = []
    entries: list[Entry] = []
    title = None
    i = 0
    while i < len(kept):
        if i in entry_at:
            entry, taken = entry_at[i]
            entries.append(entry)
            i += taken
            continue
        block = kept[i]
        if block.kind == "heading" and title is None and len(block.text.split()) >= 3:
            title = block.text
        body.append(block)
        i += 1
    return Layout(title, tuple(body), tuple(entries), dateline)
