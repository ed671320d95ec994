"""Who a side beat and where: a match won with its score ('Kingussie beat Kyles Athletic 3-2
at Mossfield Park', 'La Lube ha battuto la Sir Perugia per 3-1 all’Eurosuole Forum', '...,
beating Glenridge 2-1 in the final at Bellfield') -> 'Who did Kingussie beat?' -> 'Kyles
Athletic', 'Where did Kingussie beat Kyles Athletic?' -> 'Mossfield Park'. The score itself is
the numbers extractor's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ARTICLES, IT_PLURAL_ARTICLES, WHEN_WORDS
from ..text import squash
from .common import entity_card
from .numbers.clause import _english_body, _frame
from .numbers.results import _first_subject
from .numbers.votes import _GERUND_BEFORE, _MATCH_SCORE, _without_dateline
from .numbers.words import _SCORE_GERUNDS, _SCORE_PARTICIPLES

# The phase of a competition a match was played in, said before or after the beaten side:
# "in finale", "in semifinale", "nella finale", "in the final", "in the Camanachd Cup final".
_PHASE = {
    "it": re.compile(
        r"(?:^|\s)(?P<phase>(?:in|nella|nei|negli|nel)\s+(?:finale|semifinale|quarti|ottavi"
        r"|gara\s\d)(?:\s+(?:di|del|della|dei)\s+[^\s,;:()]+(?:\s[A-ZÀ-Ý][^\s,;:()]*)*)?)"
    ),
    "en": re.compile(
        r"(?:^|\s)(?P<phase>in\s+the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:final|semi-final|semifinal"
        r"|quarter-final|play-off|playoff))\b"
    ),
}
# After the score: its sets or periods in brackets, then the phase, then the ground.
_AFTER_SCORE = re.compile(r"(?:\s*\([^()]{1,80}\))?")
_VENUE = {
    "it": re.compile(
        r"\s(?:al|allo|alla|all’)\s*(?:(?:stadio|piscina|palazzetto|palasport|campo)\s+)?"
        r"(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(r"\sat\s+(?:the\s+)?(?=[A-Z])"),
}
# What may follow a ground's name: the sentence's end, a comma, the crowd, the day.
_VENUE_END = re.compile(
    r"\s*(?:[,;.:]|$|\s(?:in front|before|on|davanti|di fronte|domenica|sabato|ieri)\b)"
)
# The sides that can be asked "Quale squadra": one with an article, as Italian names a team.
_TEAM_ARTICLES = ARTICLES["it"]


@dataclass(frozen=True)
class _Win:
    """A match won: the winner as the question says it, the verb ('beat', 'ha battuto'), the
    beaten side, the phase it was in ('' when not said) and the text after the score."""

    winner: str
    verb: str
    beaten: str
    phase: str
    rest_at: int


def _split_phase(obj: str, language: str) -> tuple[str, str]:
    """The beaten side and the phase said before it: 'in finale la Sportiva Nervi' -> ('la
    Sportiva Nervi', 'in finale')."""
    m = _PHASE[language].match(" " + obj)
    if m is None:
        return obj, ""
    return obj[m.end() - 1 :].strip(), m.group("phase")


def _finite_win(s: Sentence, doc: Document, at: int) -> _Win | None:
    """'Kingussie beat Kyles Athletic 3-2', 'Il Rovigo ha battuto in finale il Petrarca 20-17'."""
    frame = _frame(s.text, at, s, doc)
    if frame is None or not frame.subject or not frame.verb:
        return None
    if frame.verb[-1].lower() not in _SCORE_PARTICIPLES or frame.when:
        return None
    words = frame.between_text.split()
    if words and words[-1].lower() in {"per", "by"}:
        words = words[:-1]
    with_at = [i for i, w in enumerate(words) if w.lower() in {"con", "with"}]
    if with_at:
        words = words[: with_at[-1]]  # "la Itas Trentino | con un netto 3-0"
    if not words or len(words) > 8:
        return None
    beaten, phase = _split_phase(" ".join(words), doc.language)
    if doc.language == "en":
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        return _Win(frame.subject, body, beaten, phase, at)
    return _Win(frame.subject, " ".join(frame.verb), beaten, phase, at)


# "beat", a past the shared verb reader takes for a present: the side the sentence opens with
# (after a time set off: "On Sunday,", "Earlier in the day,"), "beat", the beaten side right
# before the score.
_BEAT = re.compile(
    r"(?:(?:On|Last|Earlier|Later)\s[\w ]{0,30},\s)?"
    r"(?P<winner>(?:The\s)?[A-Z][\w’.-]*(?:\s[A-Z][\w’.-]*){0,4})\sbeat\s(?P<beaten>[^,;:]{2,60}?)"
    r"(?:\sby)?\s$"
)


def _beat_win(s: Sentence, doc: Document, at: int) -> _Win | None:
    """'Glentoran beat Crusaders 2-0': the win of the side the sentence opens with."""
    if doc.language != "en":
        return None
    m = _BEAT.match(s.text[:at])
    if m is None:
        return None
    winner = m.group("winner")
    if winner.startswith("The "):
        winner = "the " + winner[4:]
    beaten, phase = _split_phase(m.group("beaten"), doc.language)
    return _Win(winner, f"did {winner} beat", beaten, phase, at)


def _gerund_win(s: Sentence, doc: Document, at: int) -> _Win | None:
    """'Kingussie ended a long wait, beating Kyles Athletic 3-2': the win of the sentence's
    subject."""
    g = _GERUND_BEFORE.search(s.text, max(0, at - 90), at)
    if g is None or g.group("gerund") not in _SCORE_GERUNDS:
        return None
    subject = _first_subject(s.text[: g.start()], s, doc)
    if not subject:
        return None
    subject = _without_dateline(subject, doc.language)
    participle = _SCORE_GERUNDS[g.group("gerund")]
    beaten, phase = _split_phase(g.group("obj").strip(), doc.language)
    if doc.language == "en":
        return _Win(subject, f"did {subject} {participle}", beaten, phase, at)
    plural = subject.split(maxsplit=1)[0].lower() in IT_PLURAL_ARTICLES
    return _Win(subject, f"{'hanno' if plural else 'ha'} {participle}", beaten, phase, at)


def _named_side(beaten: str, language: str) -> bool:
    """Whether the beaten side is a name ('Kyles Athletic', 'la Sir Susa Vim Perugia'), not a
    phrase that says more ('the champions', 'the side from Oban')."""
    words = beaten.split()
    if words and words[0].lower() in ARTICLES[language]:
        words = words[1:]
    if words and words[0].lower().startswith("l’"):
        words = [words[0][2:], *words[1:]]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _after_score(text: str, end: int, language: str) -> tuple[str, int]:
    """The phase after the score and where the rest starts: '3-2 | in the Camanachd Cup final
    | at Mossfield Park'."""
    k = _AFTER_SCORE.match(text, end).end()  # type: ignore[union-attr]
    m = _PHASE[language].match(text, k)
    if m is None:
        return "", k
    return m.group("phase"), m.end()


def _venue(text: str, at: int, language: str) -> str | None:
    """The ground's name right at `at`: ' at Mossfield Park', ' all’Eurosuole Forum'."""
    m = _VENUE[language].match(text, at)
    if m is None:
        return None
    name = NAME_RUN.match(text, m.end())
    if name is None or not _VENUE_END.match(text, name.end()):
        return None
    answer = name.group(0).strip()
    return None if answer.lower() in WHEN_WORDS else answer


def _question_of_beaten(win: _Win, phase: str, language: str) -> str:
    if language == "en":
        return squash(f"Who {win.verb} {phase}") + "?"
    team = win.winner.split(maxsplit=1)[0].lower() in _TEAM_ARTICLES or win.winner.startswith("l’")
    which = "Quale squadra" if team else "Quale avversario"
    return squash(f"{which} {win.winner} {win.verb} {phase}") + "?"


def _question_of_venue(win: _Win, language: str) -> str:
    if language == "en":
        return squash(f"Where {win.verb} {win.beaten}") + "?"
    return squash(f"Dove {win.winner} {win.verb} {win.beaten}") + "?"


def _cards(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    for m in _MATCH_SCORE.finditer(text):
        win = (
            _finite_win(s, doc, m.start())
            or _beat_win(s, doc, m.start())
            or _gerund_win(s, doc, m.start())
        )
        if win is None or not _named_side(win.beaten, language):
            continue
        if language == "en" and win.verb.split()[0] not in {"did", "has", "have", "had"}:
            continue
        later_phase, rest = _after_score(text, m.end(), language)
        phase = win.phase or later_phase
        topic = f"{win.winner} beaten"
        yield entity_card(
            s,
            win.beaten,
            _question_of_beaten(win, phase, language),
            topic,
            score=0.74,
            answer_type="org",
        )
        venue = _venue(text, rest, language)
        if venue is not None and venue not in win.beaten and venue not in win.winner:
            question = _question_of_venue(win, language)
            yield entity_card(s, venue, question, f"{win.winner} ground", score=0.76)


_CUE = re.compile(r"\d[-–]\d")


def extract(doc: Document) -> Iterator[Candidate]:
    for s in doc.sentences:
        if _CUE.search(s.text):
            yield from _cards(s, doc)
