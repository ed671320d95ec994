"""Who and which, in kinds of sentences a name alone does not open: a relative clause after a
person, two participles joined in an aside, an office with its owner or its portfolio."""

from __future__ import annotations

from types import ModuleType

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents, appositions, objects, roles, seats
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(extractor: ModuleType, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in extractor.extract(doc)}


@pytest.mark.parametrize(
    ("extractor", "language", "text", "question", "answer"),
    [
        # a relative clause after the name says what the person does or did
        (
            agents,
            "en",
            "Jane Rowe, who runs the Red Lion, said trade was slow. Rowe has worked there for "
            "years.",
            "Who runs the Red Lion?",
            "Jane Rowe",
        ),
        (
            agents,
            "en",
            "Councillor Tom Hale, who cast the deciding vote on the budget, said he had no "
            "regrets.",
            "Who cast the deciding vote on the budget?",
            "Tom Hale",
        ),
        (
            agents,
            "it",
            "Anna Neri, che ha vinto la maratona di Firenze nel 2019, tornerà a correre. Neri "
            "ha 30 anni.",
            "Chi ha vinto la maratona di Firenze?",
            "Anna Neri",
        ),
        (
            agents,
            "en",
            "The lead is played by Ian Cole, who also won the award for best actor. Cole is 40.",
            "Who won the award for best actor?",
            "Ian Cole",
        ),
        # the works an article reports on say which without more words
        (
            agents,
            "it",
            "I lavori, iniziati nel 2022, sono stati diretti dall’architetto Luca Neri, esperto "
            "di restauro.",
            "Da chi sono stati diretti i lavori?",
            "Luca Neri",
        ),
        (
            agents,
            "en",
            "The restoration was led by the architect Jane Hill.",
            "Who led the restoration?",
            "Jane Hill",
        ),
        # the second of two participles joined in an aside has its agent
        (
            agents,
            "en",
            "The old mill, restored in 1990 and designed by the architect Ruth Crane, is listed. "
            "The mill stands by the river. The mill is open on Sundays.",
            "Who designed the old mill?",
            "Ruth Crane",
        ),
        (
            agents,
            "it",
            "Il vecchio mulino, restaurato nel 1990 e progettato dall’architetta Rita Gru, è "
            "vincolato. Il mulino sorge sul fiume. Il mulino è aperto la domenica.",
            "Da chi è stato progettato il vecchio mulino?",
            "Rita Gru",
        ),
        # an office the apposition says whose it is has one holder
        (
            appositions,
            "en",
            "The trust’s head of conservation, Mary Hobbs, said the work was urgent.",
            "Who is the trust’s head of conservation?",
            "Mary Hobbs",
        ),
        (
            appositions,
            "en",
            "The director of the gallery, Paul Finch, said the loan was agreed.",
            "Who is the director of the gallery?",
            "Paul Finch",
        ),
        # an Italian office with its portfolio, the name running on from its capital
        (
            roles,
            "it",
            "«Apriremo in estate», ha annunciato l’assessore provinciale ai Lavori Pubblici Marco "
            "Gatti durante la visita.",
            "Chi è l’assessore provinciale ai Lavori Pubblici?",
            "Marco Gatti",
        ),
        (
            roles,
            "it",
            "L’assessora comunale all’Istruzione Sara Pini ha visitato la scuola.",
            "Chi è l’assessora comunale all’Istruzione?",
            "Sara Pini",
        ),
        # a seat "with its headquarters" is the subject's; an Italian definition's seat too
        (
            seats,
            "en",
            "Harbour Pumps was founded in 1990 and employs 300 people, with its headquarters in "
            "Whitby.",
            "Where is Harbour Pumps headquartered?",
            "Whitby",
        ),
        (
            seats,
            "en",
            "Harbour Pumps has its headquarters in Whitby.",
            "Where is Harbour Pumps headquartered?",
            "Whitby",
        ),
        (
            seats,
            "it",
            "Vetri Alti Srl è un’azienda vetraria con sede a Murano, fondata nel 1951.",
            "Dove ha sede Vetri Alti Srl?",
            "Murano",
        ),
        (
            seats,
            "it",
            "La Carta Fina ha la sua sede a Fabriano.",
            "Dove ha sede la Carta Fina?",
            "Fabriano",
        ),
        # a superlative of a thing's part in a "whose" clause: of the name before it, or of
        # the name a definition opens with
        (
            objects,
            "it",
            "Il Pollino è un massiccio calabrese, tra Basilicata e Calabria, la cui vetta più "
            "alta è la Serra Dolcedorme.",
            "Qual è la vetta più alta del Pollino?",
            "Serra Dolcedorme",
        ),
        # a comma between two adjectives does not end the deed
        (
            agents,
            "en",
            "Severn Water blamed the rise in leaks on the long, wet winter.",
            "Who blamed the rise in leaks on the long, wet winter?",
            "Severn Water",
        ),
        # a race or a prize does no deed: "what", not "who"
        (
            agents,
            "en",
            "The Midlands Grand National Chase went to the 9-1 shot Silver Arrow.",
            "What went to the 9-1 shot Silver Arrow?",
            "Midlands Grand National Chase",
        ),
        (
            objects,
            "en",
            "The ferry calls at Harris, whose largest village is Tarbert, twice a day.",
            "What is the largest village of Harris?",
            "Tarbert",
        ),
    ],
)
def test_who_did_it_or_holds_it(
    extractor: ModuleType, language: str, text: str, question: str, answer: str
) -> None:
    assert _asked(extractor, text, language).get(question) == answer


@pytest.mark.parametrize(
    ("extractor", "language", "text", "name"),
    [
        # one of many who have played: the time it has lasted is what says who
        (
            agents,
            "en",
            "Tom Hale, who has played for the club since 1990, said so. Hale agreed.",
            "Tom Hale",
        ),
        (
            agents,
            "it",
            "Anna Neri, che allena la squadra dal 2019, è soddisfatta. Neri lo dice.",
            "Anna Neri",
        ),
        # an office of no one named: whose chief executive?
        (
            agents,
            "en",
            "Jo Bell, who took over as chief executive in 2020, said so. Bell smiled.",
            "Jo Bell",
        ),
        # where one lives is no deed of one person
        (
            agents,
            "en",
            "Jo Bell, who lives in the village, said it was loud. Bell smiled.",
            "Jo Bell",
        ),
        # a pronoun to resolve
        (
            agents,
            "en",
            "Jo Bell, who lost her job in May, said it was unfair. Bell smiled.",
            "Jo Bell",
        ),
        # whose director? a spokesperson is one of many
        (appositions, "en", "The director, Paul Finch, said the loan was agreed.", "Paul Finch"),
        (appositions, "en", "A spokesperson, Paul Finch, said the loan was agreed.", "Paul Finch"),
        # the seat of the firm a person works for is not the person's
        (
            seats,
            "it",
            "Anna Neri è una dipendente di una ditta con sede a Pavia. Neri sorride.",
            "Pavia",
        ),
        (seats, "it", "Anna Neri è stata multata da una ditta con sede a Pavia.", "Pavia"),
        # "-est" that is no superlative
        (objects, "en", "Kent, whose forest land is Blean Woods, is green.", "Blean Woods"),
    ],
)
def test_no_question_whose_answer_is_vague_or_another_s(
    extractor: ModuleType, language: str, text: str, name: str
) -> None:
    assert name not in _asked(extractor, text, language).values()


def test_a_place_after_a_preposition_is_no_portfolio() -> None:
    assert not _asked(roles, "Il treno va dalla stazione al Castello Sforzesco Nuovo.", "it")
