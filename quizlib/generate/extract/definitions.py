"""Definitions and identities from entries: 'Che cos’è la NATO?', its reverse 'Quale alleanza
militare fu istituita nel 1949 ...?', and 'Qual è la città più grande dell’Alaska?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, tokens
from ..document import NAME_RUN, Document, EntryInfo, Sentence
from ..lexicon import ARTICLES, STOPWORDS
from ..phrase import participle_question_vp, render
from ..text import fold, lower_first, squash
from ..verbs import is_finite, is_participle

_COPULA = re.compile(r"\s(?:è|era|fu|sono|erano|furono|is|was|are|were)\s")
_SUPERLATIVE = re.compile(
    r"\b(?:più|meno|maggiore|minore|migliore|peggiore|prim[oa]|ultim[oa]|unic[oa]|capitale"
    r"|most|least|largest|biggest|smallest|oldest|first|last|only|capital|\w+est)\b",
    re.IGNORECASE,
)
_DI = frozenset("di del dello della dei degli delle dell’ of".split())
_INDEFINITE = frozenset("un uno una un’ a an".split())
_CUT_BEFORE = frozenset(
    "come per durante contro tra fra dopo prima as for during against to among".split()
)
MAX_REST = 10
_PLURAL_COPULAS = frozenset("sono erano furono are were".split())
_REST_END = re.compile(r",(?!\s*\d{4})|[;:(–—]")


def _answers(entry: EntryInfo) -> tuple[str, tuple[str, ...]]:
    accept = tuple(n for n in entry.names if fold(n) != fold(entry.name))
    return entry.name, accept


def _head(pred_toks: list, language: str) -> int:
    """How many tokens of a predicate form its head noun phrase ('un’alleanza militare')."""
    n = 1
    named = False  # a name was reached ("of the United Nations"): a plain word ends the phrase
    while n < len(pred_toks) and n < 9:
        t = pred_toks[n]
        low = t.low
        # English: "an agency of the United Nations | responsible for ...". (Italian adjectives
        # follow names: "dell’Europa orientale".)
        if t.text[:1].isupper():
            named = named or pred_toks[n - 1].low in {"of", "the"}
        elif named and language == "en" and low not in {"of", "the", "and"}:
            break
        if t.text in {",", ";", ":", "(", "“", "”", "–", "—"}:
            break
        if low in PREPOSITIONS[language] and low not in _DI and low != "di":
            break
        if low in {"che", "which", "that", "who", "con", "with", "e", "and"} and n > 1:
            nxt = pred_toks[n + 1].text if n + 1 < len(pred_toks) else ""
            if low in {"e", "ed", "and"} and nxt[:1].islower() and not is_participle(nxt, language):
                n += 1
                continue
            break
        if t.text[:1].islower() and is_participle(t.text, language) and n > 1:
            break
        if t.text[:1].islower() and is_finite(t.text, language) and n > 1:
            break
        if (
            language == "it"
            and low not in _DI
            and low.endswith("’") is False
            and low
            in {
                "al",
                "allo",
                "alla",
                "ai",
                "agli",
                "alle",
                "dal",
                "dalla",
                "dai",
                "nel",
                "nella",
                "nei",
                "negli",
                "nelle",
                "sul",
                "sulla",
                "sui",
                "ad",
            }
        ):
            break
        if low.endswith("’") and low not in _DI and low not in {"un’", "l’"}:
            break
        n += 1
    return n


def _rest(text: str, language: str) -> str:
    """The continuation kept in a reverse question: up to a comma, at most MAX_REST words,
    cut before a loose phrase ('come ...', 'durante ...', 'to ...') when it runs long."""
    text = _REST_END.split(text)[0].strip().rstrip(".!?")
    words = text.split()
    if len(words) <= MAX_REST:
        return text
    cut = [i for i, w in enumerate(words[: MAX_REST + 1]) if w.lower() in _CUT_BEFORE and i >= 3]
    if not cut:
        cut = [
            i
            for i, w in enumerate(words[: MAX_REST + 1])
            if w.lower() in PREPOSITIONS[language] and i >= 3
        ]
    return " ".join(words[: cut[-1] if cut else MAX_REST])


def _reverse(entry: EntryInfo, s: Sentence, head: str, after: str, language: str) -> str | None:
    after = after.strip()
    toks = tokens(after)
    if not toks:
        return None
    first = toks[0]
    lead = ""
    # A short place phrase may come first: "ad Anchorage, in Alaska, formatasi nel 2010".
    m = re.match(r"^((?:[^,]{1,40},\s*){0,2})([^\W\d_]+)\s+(.*)$", after)
    if m and m.group(1) and is_participle(m.group(2), language):
        lead = squash(m.group(1).replace(",", " "))
        first_text, rest = m.group(2), m.group(3)
    else:
        first_text, rest = first.text, after[first.end :]
    low = first_text.lower()
    if is_participle(first_text, language):
        vp = participle_question_vp(first_text, language)
        if language == "en":
            vp = f"was {first_text}"
        body = f"{lead} {vp} {_rest(rest, language)}"
    elif low in {"con", "with"} and not lead:
        body = f"{'ha' if language == 'it' else 'has'} {_rest(rest, language)}"
    elif low in {"che", "which", "that"} and not lead:
        nxt = tokens(rest)
        if not nxt or not is_finite(nxt[0].text, language):
            return None
        body = _rest(rest, language)
    else:
        return None
    head_words = head.split()
    if head_words and head_words[0].lower() in _INDEFINITE:
        head_words = head_words[1:]
    elif head.lower().startswith("un’"):
        head_words[0] = head_words[0][3:]
    noun = " ".join(head_words)
    if not noun:
        return None
    return render(language, "reverse_definition", np=squash(f"{noun} {body}"))


_PRONOUNS = frozenset("it he she this esso essa questo questa egli ella".split())
_NAMED_IDENTITY = re.compile(
    r"^(?:(?:Secondo|According to) [^,]{3,80}, )?"
    r"(?:(?:Il|La|Lo|L’|I|Gli|Le|The|il|la|lo|l’|the)\s*)?(?P<name>"
    + NAME_RUN.pattern
    + r"(?: [a-zà-ù]{4,})?)\s+(?:è|era|fu|is|was)\s+(?P<np>(?:il|la|lo|l’|the)\s*[^,;]+)"
)


def _named_superlative(s: Sentence, doc: Document) -> Candidate | None:
    """'Anchorage è la città più grande dell’Alaska' in the article body, not only in entries."""
    m = _NAMED_IDENTITY.match(s.text)
    if not m:
        return None
    np = re.split(r"\s(?:che|which|who|that)\s", m.group("np"))[0].rstrip(" .")
    if not _SUPERLATIVE.search(np) or not 3 <= len(np.split()) <= 14:
        return None
    name = m.group("name")
    if name.lower() in STOPWORDS[doc.language] or name.lower() in _PRONOUNS:
        if s.entry is None:
            return None
        name = s.entry.name  # "It is the world’s northernmost capital": the entry
    kind = doc.entry_kinds.get(fold(name))
    kind = kind or ("person" if name in doc.people else "thing")
    answer = doc.people.get(name, name)
    question = render(doc.language, "identity", np=np if doc.language == "it" else lower_first(np))
    return Candidate(
        "superlative",
        s,
        0.85,
        answer,
        question=question,
        answer_type=kind,
        topic=f"{name} identity",
    )


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        entry = s.entry
        if entry is None or not any(
            s.text.startswith(n) or s.text[4:].startswith(n) for n in entry.names
        ):
            named = _named_superlative(s, doc)
            if named is not None:
                yield named
        if entry is None:
            continue
        cop = _COPULA.search(s.text)
        if not cop:
            continue
        subject_text = fold(s.text[: cop.start()])
        if not any(subject_text.startswith(p) for p in _subject_forms(entry)):
            continue
        if len(s.text[: cop.start()]) > len(entry.name) + 70:
            continue
        pred = s.text[cop.end() :]
        ptoks = tokens(pred)
        if not ptoks:
            continue
        article = ptoks[0].low
        name, accept = _answers(entry)
        phrase = lower_first(entry.phrase)
        if (
            article in ARTICLES[language]
            and article not in _INDEFINITE
            or (language == "it" and article == "l’")
        ):
            np = re.split(r",|;|\s(?:che|which|who|that)\s", pred)[0].rstrip(" .")
            if len(np.split()) > 14 or len(np.split()) < 2:
                continue
            plural = article in {"i", "gli", "le"}
            key = "identity_plural" if plural else "identity"
            question = render(language, key, np=np if language == "it" else lower_first(np))
            kind = "superlative" if _SUPERLATIVE.search(np) else "entity"
            yield Candidate(
                kind,
                s,
                0.9 if kind == "superlative" else 0.7,
                name,
                question=question,
                accept=accept,
                answer_type=entry.kind,
                topic=f"{entry.name} identity",
            )
            continue
        if article not in _INDEFINITE and not article.startswith("un’"):
            continue
        n = _head(ptoks, language)
        while n > 1 and (ptoks[n - 1].low in _DI or ptoks[n - 1].low in {"e", "ed", "and"}):
            n -= 1  # "un comune italiano di | circa ..." ends before its dangling "di"
        head = pred[: ptoks[n - 1].end]
        if len(head.split()) < 2:
            continue
        who = "definition_person" if entry.kind == "person" else "definition"
        if cop.group(0).strip() in _PLURAL_COPULAS:
            who = "definition_plural"
        short = re.sub(r"^(?:un|uno|una|a|an)\s+|^un’", "", head)
        yield Candidate(
            "definition",
            s,
            0.6,
            head,
            question=render(language, who, subject=phrase),
            accept=(short,),
            answer_type="definition",
            topic=f"{entry.name} definition",
        )
        after = pred[ptoks[n - 1].end :] if n < len(ptoks) else ""
        reverse = _reverse(entry, s, head, after, language)
        if reverse:
            yield Candidate(
                "definition",
                s,
                0.68,
                name,
                question=reverse,
                accept=accept,
                answer_type=entry.kind,
                topic=f"{entry.name} reverse",
            )


def _subject_forms(entry: EntryInfo) -> list[str]:
    forms = []
    for n in entry.names:
        f = fold(n)
        forms += [
            f,
            f"il {f}",
            f"lo {f}",
            f"la {f}",
            f"l {f}",
            f"i {f}",
            f"gli {f}",
            f"le {f}",
            f"the {f}",
        ]
    return forms
