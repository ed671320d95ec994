"""Small text helpers shared by the generator: normalising, words, slugs, comparing answers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word, with an elided article or preposition kept as its own token ("dell’", "Alaska").
WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*[’]?|\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def _curly_apostrophes(text: str) -> str:
    """Apostrophes inside words ("dell'Alaska") and before decades (" '20") become ’, so
    elisions look the same everywhere; quotation marks stay as they are."""
    parts = text.split("'")
    out = [parts[0]]
    for left, right in zip(parts, parts[1:], strict=False):
        before, after = left[-1:], right[:1]
        inner = before.isalpha() and (after.isalpha() or after.isdigit())
        decade = before.isspace() and right[:2].isdigit() and not right[2:3].isdigit()
        out.append("’" if inner or decade else "'")
        out.append(right)
    return "".join(out)


# Markdown, as articles copied from the web often carry it: images, links, bold, headings.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# A heading's marks at a line's start: the pattern opens with the "#" and looks back from it,
# so a search skips to the next "#" (one opening with "^" tries every character of the text).
_MD_HEADING = re.compile(r"#(?<![^\n]#)#{0,5}\s+")


def clean(text: str) -> str:
    """Normalise an input text: NFC, one apostrophe (’), no control characters, \\n newlines."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if "'" in text:
        text = _curly_apostrophes(text)
    if "](" in text or "**" in text or "__" in text or "\n#" in text or text.startswith("#"):
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPHASIS.sub(r"\2", text)
        text = _MD_HEADING.sub("", text)
    return text.replace("\u00a0", " ")


def squash(text: str) -> str:
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return WORD.findall(text)


# What fold keeps: runs of \w. Punctuation and spaces between them, elision apostrophes
# ("l’acqua", "dell'anno") among them, are one space each.
_FOLD_WORD = re.compile(r"\w+")


class _Marks(dict[int, int | None]):
    """str.translate table deleting combining marks, filled in as characters show up."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, without accents and punctuation: for comparing answers and questions."""
    if not text.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        text = unicodedata.normalize("NFKD", text).translate(_MARKS)
    # Punctuation and spaces alike become one space: the words joined by single spaces.
    return " ".join(_FOLD_WORD.findall(text.lower()))


_LEAD = re.compile(
    r"^(?:il|lo|la|i|gli|le|l|un|uno|una|the|a|an|nel|nella|nello|nei|negli|nelle|in|di|del"
    r"|della|dei|tra)\s+"
)


@lru_cache(maxsize=200_000)
def core(text: str) -> str:
    """fold() without leading articles and prepositions: 'nel 1873' and '1873' have one core."""
    text = fold(text)
    previous = None
    while previous != text:
        previous, text = text, _LEAD.sub("", text)
    return text


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whether the folded needle occurs in the folded haystack as whole words."""
    n = core(needle)
    if len(n) <= 2:
        return False
    return f" {n} " in f" {fold(haystack)} "


def slug(text: str, max_words: int = 4) -> str:
    """A short readable id part: 'Joint Base Elmendorf-Richardson' -> 'joint-base-elmendorf'."""
    parts = fold(text).replace("_", " ").split()
    return "-".join(parts[:max_words])


def is_acronym(word: str) -> bool:
    """'NATO', 'U.S.', and mixed case with few small letters: 'SiC', 'IfW', 'GmbH' (not
    'McDonald', 'OpenAI')."""
    letters = word.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters[0].isupper()):
        return False
    small = sum(c.islower() for c in letters)
    return small <= 2 and len(letters) - small >= 2


_LOWERABLE = re.compile(
    r"^(?:Il|Lo|La|I|Gli|Le|Un|Uno|Una|The|A|An|L’|Un’|Dell’|All’|Nell’)(?=\s|’|$)|^(?:L|Un|Dell|All|Nell)’"
)


def lower_first(text: str) -> str:
    """'Il Presidente' -> 'il Presidente', 'L’Unione' -> 'l’Unione': only a leading article."""
    m = _LOWERABLE.match(text)
    if m:
        return text[: m.end()].lower() + text[m.end() :]
    return text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def strip_punct(text: str) -> str:
    return text.strip(" ,;:.–—-")


# A quotation in any of the marks the articles use: what it says is the speaker's, not the
# sentence's ("Who said “... my daughter”?" says nothing of who said it).
QUOTATION = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


def takes_lo(word: str) -> bool:
    """Whether an Italian word takes 'lo' / 'gli' rather than 'il' / 'i': 'gn', 'pn', 'ps',
    'z', 'x', 'y', or 's' before a consonant ('lo studio', 'gli zaini', 'lo pneumatico')."""
    low = word.lower()
    return low.startswith(("gn", "pn", "ps", "z", "x", "y")) or (
        low[:1] == "s" and low[1:2] not in "aeiou"
    )


# The definite article that stands for an indefinite one, once the thing is known.
DEFINITE_OF_INDEFINITE = {
    "un": "il",
    "uno": "lo",
    "una": "la",
    "un’": "l’",
    "a": "the",
    "an": "the",
}
_IT_VOWELS = "aeiouàèéìòù"
# The Italian indefinite articles of a singular noun.
IT_INDEFINITE = frozenset({"un", "uno", "una", "un’"})


# Endings of Italian singular nouns whose gender they tell: "-zione", "-tà", "-a" are feminine,
# "-o" masculine; "-e" tells nothing.
IT_FEMININE_ENDINGS = ("zione", "sione", "tà", "tù", "a")


def it_gender(noun: str) -> str | None:
    """'f' or 'm' for an Italian singular noun whose ending tells its gender, else None."""
    low = noun.lower()
    if low.endswith(IT_FEMININE_ENDINGS):
        return "f"
    return "m" if low.endswith("o") else None


def indefinite_article(noun: str, feminine: bool) -> str:
    """The Italian indefinite article of a singular noun: 'un comune', 'uno stabilimento', 'una
    città', 'un’area'."""
    if feminine:
        return "un’" if noun[:1].lower() in _IT_VOWELS else "una"
    return "uno" if takes_lo(noun) else "un"


def definite_article(indefinite: str, word: str) -> str:
    """The definite article of a noun (or of the phrase it opens) first said with an indefinite
    one: 'una linea' -> 'la', 'un argine' -> 'l’', 'un hotel' -> 'l’', 'uno pneumatico' ->
    'lo', 'un gnomo' -> 'lo', 'un’opera' -> 'l’', 'a report' -> 'the'; 'la iena', 'lo iato':
    an 'i' before a vowel elides nothing. The article is given as written ('Un', 'una')."""
    article = DEFINITE_OF_INDEFINITE[indefinite.lower()]
    if article in ("the", "l’"):
        return article
    low = word.lower()
    if low[:1] in _IT_VOWELS + "h" and not (low[:1] == "i" and low[1:2] in _IT_VOWELS):
        return "l’"
    if article == "la":
        return "la"
    return "lo" if article == "lo" or takes_lo(low) or low[:1] == "i" else "il"
