"""A total told after its clause, in Italian: "Il depuratore servirà la città e altri quattro
paesi, per un totale di circa 80.000 abitanti". Asked with the clause: 'Per un totale di quanti
abitanti il depuratore servirà la città e altri quattro paesi?'."""

from __future__ import annotations

import re

from ...text import lower_first, squash
from ...verbs import is_finite, is_participle
from .clause import _CLITICS
from .counts import _Count
from .gender import _how_many_it

# The total that ends the sentence after a comma: ", per un totale di circa| 80.000 abitanti".
_TOTAL_BEFORE = re.compile(r",\s+per\s+un\s+totale\s+di\s+(?:circa\s+|oltre\s+|quasi\s+)?$")


_DEFINITE = re.compile(r"(?:Il|La|Lo|I|Gli|Le)\s|L[’']")


_LONGEST_SUBJECT = 6  # words: "La rassegna di musica antica"


_LONGEST_REST = 12  # words of the clause after its verb


def _subject_and_verb(clause: str) -> tuple[str, str, str] | None:
    """(subject, verb group, rest) of a plain Italian clause that opens with a definite
    subject: 'La gara si è corsa fino al 1990' -> ('la gara', 'si è corsa', 'fino al 1990')."""
    if not _DEFINITE.match(clause) or any(c in clause for c in ',;:()«»“”"'):
        return None
    words = clause.split()
    for i, word in enumerate(words[1 : _LONGEST_SUBJECT + 1], start=1):
        low = word.lower()
        if low in _CLITICS and low != "non":
            if i + 1 < len(words) and is_finite(words[i + 1], "it"):
                break
            return None
        if is_finite(word, "it"):
            break
        if not word.isalpha() and "’" not in word or any(c.isdigit() for c in word):
            return None
    else:
        return None
    subject = " ".join(words[:i])
    end = i + 1 if words[i].lower() not in _CLITICS else i + 2
    while end < len(words) and is_participle(words[end], "it") and end - i < 4:
        end += 1  # "è stato| inaugurato"
    rest = words[end:]
    if len(rest) > _LONGEST_REST:
        return None
    return lower_first(subject), " ".join(words[i:end]), " ".join(rest)


def _total_question(count: _Count, text: str) -> str | None:
    """'Per un totale di quante edizioni la gara si è corsa fino al 1990?' of a total the
    sentence ends with, after a comma; None for any other count."""
    before = text[: count.start]
    cue = _TOTAL_BEFORE.search(before)
    if cue is None or count.nouns != count.counted:
        return None
    if text[count.noun_end :].strip() not in {"", ".", ";"}:
        return None  # the total must end the sentence: nothing after it says what it is of
    clause = _subject_and_verb(before[: cue.start()].strip())
    if clause is None:
        return None
    subject, verb, rest = clause
    how = _how_many_it(count.noun, count.adj).lower()
    return squash(f"Per un totale di {how} {count.nouns} {subject} {verb} {rest}") + "?"
