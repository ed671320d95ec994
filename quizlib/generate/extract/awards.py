"""Who a prize, a title or a win went to: 'il Premio del pubblico è andato al film croato «Ljeto
u Puli»' -> 'A quale film è andato il Premio del pubblico?'; 'Nella gara maschile il successo è
andato all’ungherese Áron Kovács' -> 'A chi è andato il successo nella gara maschile?'; 'the
grand champion title went to Ron and Lesley Parfitt' -> 'Who did the grand champion title go
to?'.

The subject names an award by its noun ('premio', 'titolo', 'title', 'honours'); the one it went
to is the first name after the verb (or a title in quotation marks), past the words that
describe it ('all’ungherese', 'to retired schoolteachers')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence
from ..text import lower_first, squash
from .common import entity_card, people_in

_AWARD_NOUNS = {
    "it": frozenset(
        """premio premi titolo titoli successo vittoria medaglia trofeo coppa oro argento bronzo
        gradino riconoscimento scudetto""".split()
    ),
    "en": frozenset(
        """prize prizes award awards title titles trophy cup medal medals honours honors victory
        win gold silver bronze accolade""".split()
    ),
}
# The verb of going and its tense, as the question asks with it.
_WENT = {
    "it": re.compile(
        r"\s(?P<verb>è\sandat[oa]|sono\sandat[ie]|va|vanno|andrà|andranno)\s"
        r"(?:(?:invece|quest’anno|poi)\s)?"
        r"(?P<prep>a|ad|al|allo|alla|all’|ai|agli|alle)\s?"
    ),
    "en": re.compile(r"\s(?P<verb>went|goes|go|will\sgo|has\sgone|have\sgone)\s(?:instead\s)?to\s"),
}
_EN_ASKED = {
    "went": "did {s} go to",
    "goes": "does {s} go to",
    "go": "do {s} go to",
    "will go": "will {s} go to",
    "has gone": "has {s} gone to",
    "have gone": "have {s} gone to",
}
_ARTICLE = {
    "it": re.compile(r"(?:^|\s)(?P<np>(?:il|lo|la|i|gli|le|l’)\s?[^,;:«»“”\"]{2,60})$", re.I),
    "en": re.compile(r"(?:^|\s)(?P<np>the\s[^,;:“”\"]{2,60})$", re.I),
}
# Where the clause with the award opens: the sentence's start, or after a conjunction.
_CLAUSE_OPEN = re.compile(r"(?:^|,\s(?:mentre|ma|while|but|and|e)\s|;\s)")
_ASIDE = re.compile(r",\s[^,]{2,100},(?=\s*$)")
_QUOTED = re.compile(r"[«“\"](?P<title>[^»”\"]{2,60})[»”\"]")
# A kind of work said before its title: "al film croato «...»".
_WORK_KINDS = {
    "it": frozenset(
        "film documentario cortometraggio libro romanzo album opera spettacolo".split()
    ),
    "en": frozenset("film documentary short book novel album play show".split()),
}
_REACH = 60  # characters after the verb the one it went to is looked for in


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    nouns = _AWARD_NOUNS[language]
    for s in doc.sentences:
        if nouns.isdisjoint(re.findall(r"[\w’]+", s.text.lower())):
            continue
        for m in _WENT[language].finditer(s.text):
            card = _card(s, m, doc)
            if card is not None:
                yield card


def _card(s: Sentence, m: re.Match[str], doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    opens = [c.end() for c in _CLAUSE_OPEN.finditer(text, 0, m.start())]
    head = text[opens[-1] if opens else 0 : m.start()]
    head = _ASIDE.sub("", head)  # "Il Premio del pubblico, attribuito in base ..., | è andato"
    found = _ARTICLE[language].search(head)
    if found is None:
        return None
    award = found.group("np").strip()
    words = award.lower().split()
    if _AWARD_NOUNS[language].isdisjoint(w.split("’")[-1] for w in words[:4]):
        return None  # "la gara è andata a ...": no award
    lead = head[: found.start("np")].strip(" ,")
    recipient, kind = _recipient(text[m.end() : m.end() + _REACH], doc)
    if recipient is None:
        return None
    where = f" {lead[:1].lower()}{lead[1:]}" if lead and len(lead.split()) <= 6 else ""
    if language == "it":
        which = f"A quale {kind}" if kind else "A chi"
        question = f"{which} {m.group('verb')} {lower_first(award)}{where}?"
    else:
        asked = _EN_ASKED[squash(m.group("verb"))].format(s=lower_first(award))
        which = f"Which {kind}" if kind else "Who"
        question = f"{which} {asked}{where}?"
    return entity_card(
        s, recipient, squash(question), f"{award} went to", score=0.76, answer_type="thing"
    )


def _recipient(after: str, doc: Document) -> tuple[str | None, str]:
    """The one an award went to, from the words after the verb: a title in quotation marks
    (with the kind of work before it, if said) or the first name; (None, '') when neither
    comes before a comma."""
    language = doc.language
    clause = after.split(",", 1)[0]
    quoted = _QUOTED.search(clause)
    name = NAME_RUN.search(clause)
    if quoted is not None and (name is None or quoted.start() <= name.start()):
        before = clause[: quoted.start()].lower().split()
        kind = next((w for w in before if w in _WORK_KINDS[language]), "")
        return f"«{quoted.group('title')}»" if language == "it" else quoted.group(0), kind
    if name is None:
        return None, ""
    people = people_in(clause, doc)
    if people and people[0][0] == name.start():
        return people[0][2], ""
    pair = _AND_NAME[language].match(clause, name.end())
    if pair is not None:  # "to Ron and Lesley Parfitt": two people, one award
        return clause[name.start() : pair.end()], ""
    return name.group(0), ""


_AND_NAME = {
    language: re.compile(rf"\s{conjunction}\s" + NAME_RUN.pattern)
    for language, conjunction in (("it", "e"), ("en", "and"))
}
