"""Adverbs inside a verb group ('has so far taken', 'è stato finalmente inaugurato', 'hanno
dormito in media 7 ore'), which the extractors' patterns of a verb group do not expect: the
statement says the clause without them. An adverb that only links or colours ('also', 'already',
'già', 'finalmente') is left out; one that bounds the figure ('so far', 'in total', 'in media')
goes after the clause, where it still bounds it ('has taken 63 samples so far').
"""

from __future__ import annotations

import re

from .chunks import Token, tokens
from .openings import frame_placed, verb_at
from .verbs import is_participle

# Adverbs left out of a verb group, as single words and as phrases: the clause says the same
# fact without them.
_LEFT_OUT = {
    "en": (
        """already also now still again just finally recently previously currently initially
        originally eventually subsequently since officially formally""",
        ("once again", "at last"),
    ),
    "it": (
        """già anche ancora ormai ora adesso finalmente nuovamente poi inoltre recentemente
        successivamente inizialmente ufficialmente definitivamente attualmente tuttora appena""",
        ("di nuovo", "ancora una volta"),
    ),
}
# Adverbs that bound what the clause counts: moved after the clause.
_MOVED = {
    "en": ("", ("so far", "to date", "thus far", "in total", "in all", "on average", "by now")),
    "it": (
        "finora sinora complessivamente",
        ("fin qui", "fino ad ora", "in tutto", "in totale", "in media", "nel complesso"),
    ),
}


def _phrases(words: str, phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The single words and the phrases, each as its words, longest first."""
    out = [(w,) for w in words.split()] + [tuple(p.split()) for p in phrases]
    return tuple(sorted(out, key=len, reverse=True))


LEFT_OUT = {lang: _phrases(*spec) for lang, spec in _LEFT_OUT.items()}
MOVED = {lang: _phrases(*spec) for lang, spec in _MOVED.items()}

# Verbs that go on with a participle ("has", "è") or an infinitive ("will", "dovrà").
_PERFECT = {
    "en": frozenset("has have had is are was were been be being".split()),
    "it": frozenset(
        """ha hanno ho abbiamo aveva avevano avrà avranno avrebbe avrebbero è sono era erano fu
        furono sarà saranno sarebbe sarebbero sia siano viene vengono venne vennero stato stata
        stati state""".split()
    ),
}
_MODALS = {
    "en": frozenset("will would can could may might must should shall".split()),
    "it": frozenset(
        """deve devono dovrà dovranno dovrebbe dovrebbero può possono potrà potranno potrebbe
        potrebbero""".split()
    ),
}
_IT_INFINITIVE = re.compile(r"[a-zàèéìòù]{2,}(?:are|ere|ire|rre)$")
_EN_NOT_BASE = frozenset(
    "the a an to of in on at by for with and or not no more than be been being".split()
)
# What opens the object after a verb: a figure, a hedge before one, an article.
_OBJECT_OPENERS = frozenset(
    """the a an il lo la i gli le un uno una l’ un’ circa oltre quasi almeno più about around
    nearly almost more over some""".split()
)
_CLAUSE_WORDS = frozenset(
    """which who whom whose that where when while because if che cui dove quando mentre
    perché se""".split()
)
_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?!\d|[.,]\d)")
_BEEN = frozenset("been stato stata stati state".split())


def _phrase_at(toks: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many tokens from `i` one of `phrases` takes (0: none opens there)."""
    if i >= len(toks):
        return 0
    first = toks[i].low
    for words in phrases:
        if words[0] != first:
            continue  # the cheap test first: a tuple of the tokens' words a phrase is not
        end = i + len(words)
        if end <= len(toks) and tuple(t.low for t in toks[i:end]) == words:
            return len(words)
    return 0


def _goes_on(aux: Token, toks: list[Token], j: int, language: str) -> bool:
    """Whether the token at `j` goes on with the verb group of the auxiliary `aux`: a
    participle ('has taken', 'è stato'), or an infinitive after a modal ('will supply',
    'dovrà prelevare')."""
    if j >= len(toks):
        return False
    word = toks[j]
    if not word.text.isalpha() or not word.text.islower():
        return False
    if aux.low in _PERFECT[language]:
        if word.low in _BEEN or is_participle(word.low, language):
            return True
        return (
            language == "en"
            and aux.low in {"is", "are", "was", "were"}
            and word.low.endswith("ing")
        )
    if aux.low in _MODALS[language]:
        if language == "it":
            return _IT_INFINITIVE.search(word.low) is not None
        return word.low not in _EN_NOT_BASE
    return False


def _object_opens(toks: list[Token], j: int) -> bool:
    """Whether the token at `j` opens the verb's object: a figure, a hedge, an article."""
    if j >= len(toks):
        return False
    word = toks[j]
    return word.text[:1].isdigit() or word.text[:1] in "£$€" or word.low in _OBJECT_OPENERS


def _cut(text: str, toks: list[Token], i: int, n: int) -> str:
    """The text without the `n` tokens from `i` (and the space before them)."""
    start = toks[i - 1].end
    return text[:start] + text[toks[i + n - 1].end :]


def adverb_said(text: str, language: str) -> str | None:
    """'The agency has so far taken 63 samples.' -> 'The agency has taken 63 samples so far.';
    'Il museo è stato finalmente inaugurato nel 1987.' -> 'Il museo è stato inaugurato nel
    1987.'; 'I partecipanti hanno dormito in media 7 ore.' -> 'I partecipanti hanno dormito 7
    ore in media.': the first adverb inside the text's first verb group left out, or moved
    after its clause."""
    toks = tokens(text[:300])
    verb = next((i for i in range(1, min(len(toks), 14)) if verb_at(toks, i, language)), None)
    if verb is None or any(not t.text[:1].isalnum() or t.low in _CLAUSE_WORDS for t in toks[:verb]):
        return None  # the verb of a clause inside the sentence: its subject is not the text's
    for i in range(verb, min(len(toks) - 1, verb + 4)):
        t = toks[i]
        if not t.text.isalpha():
            return None
        if i > verb and not is_participle(t.low, language) and t.low not in _PERFECT[language]:
            continue  # only the verb group's own words
        moved = _phrase_at(toks, i + 1, MOVED[language])
        left = 0 if moved else _phrase_at(toks, i + 1, LEFT_OUT[language])
        n = moved or left
        if not n:
            continue
        after = i + 1 + n
        if not _goes_on(t, toks, after, language) and not (moved and _object_opens(toks, after)):
            continue  # "has also 40 staff": the adverb may be the object's
        cut = _cut(text, toks, i + 1, n)
        if left or _YEAR.search(cut):
            return cut  # "è finora stato inaugurato nel 1987": no bound of a date
        phrase = " ".join(tok.text for tok in toks[i + 1 : after])
        return frame_placed(cut, phrase, language)
    return None
