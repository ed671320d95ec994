"""Names asked by their kind: a named place or body in a verb's complement ('At which court
did ...?', 'Davanti a quale castello ...?'), and a name set beside its kind by commas in a
subject ('Which builder went into administration?')."""

from __future__ import annotations

from quizlib.generate.extract import kinds
from tests.generate.helpers import article_document


def _questions(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in kinds.extract(doc) if c.question}


def test_a_place_named_with_its_kind_in_a_complement_is_asked_by_the_kind() -> None:
    en = _questions(
        "Tarn Foods Ltd admitted three charges at Carlisle Crown Court on Friday. The "
        "otters were released on the River Eden in Cumbria last spring. The otters are "
        "thriving. The painting was moved to the Bowes Museum for restoration.",
        "en",
    )
    assert en == {
        "At which court did Tarn Foods Ltd admit three charges on Friday?": (
            "Carlisle Crown Court"
        ),
        "On which river were the otters released in Cumbria last spring?": "River Eden",
        "To which museum was the painting moved for restoration?": "Bowes Museum",
    }
    it = _questions(
        "La processione parte dal Duomo. La processione è lunga. Ieri sera, mentre la "
        "processione passava davanti al Palazzo Ducale, è cominciato a piovere. La squadra "
        "gioca le partite casalinghe allo stadio Garilli. La squadra ha vinto. La ditta ha "
        "presentato ricorso al Tribunale di Ferrara.",
        "it",
    )
    assert it == {
        "Davanti a quale palazzo passava la processione?": "Palazzo Ducale",
        "In quale stadio la squadra gioca le partite casalinghe?": "Garilli",
        "A quale tribunale la ditta ha presentato ricorso?": "Tribunale di Ferrara",
    }


def test_a_complement_of_a_noun_or_of_another_clause_is_not_asked() -> None:
    # The river is the valley's, the canyon the dam's, the lake the clause after "and"'s; the
    # museum's subject is a pronoun; "its" headquarters are whose?
    en = _questions(
        "Hexley Dam is a concrete dam in the Black Canyon of the Aire River. The town grew "
        "quickly and lies on the River Aire. She was taken to Airedale General Hospital. Its "
        "headquarters stand on Market Square.",
        "en",
    )
    assert en == {}
    it = _questions(
        "Il sito si trova in una valle attraversata dal torrente Sarca. La frana risale al "
        "1882 e diede origine al lago Nero. Il comune prende il nome dal fiume Brenta. La sua "
        "sede si trova in via Roma.",
        "it",
    )
    assert it == {}


def test_a_name_beside_its_kind_in_a_subject_is_asked_by_the_kind() -> None:
    en = _questions(
        "Building stopped in May after the main builder, Tern Homes, went into "
        "administration, and the site stayed closed.",
        "en",
    )
    assert en == {"Which main builder went into administration?": "Tern Homes"}
    it = _questions(
        "I lavori sono fermi da maggio e il gestore della rete, la Valnet, ha chiuso due "
        "centrali in provincia, secondo il Comune.",
        "it",
    )
    assert it == {"Quale gestore della rete ha chiuso due centrali in provincia?": "Valnet"}


def test_a_person_beside_a_role_or_a_report_cut_off_is_not_asked_by_the_kind() -> None:
    # People beside their roles are the appositions' cards; a report cut at its comma is no
    # question.
    en = _questions(
        "The firm's lawyer, Ann Rigby, told the court the fine was fair. The operator, "
        "Dalesway, said that the trains, which are old, would run.",
        "en",
    )
    assert en == {}


def test_an_agent_beside_its_kind_is_asked_by_the_kind() -> None:
    en = _questions(
        "In Leeds, more than half of the routes are operated by a single company, Aire "
        "Valley Buses. The bridge was opened by the town’s mayor, Ann Lee, in May. The fair "
        "is held by the river, Kirkgate Beck, every year.",
        "en",
    )
    # A person is the agents' card; "held by the river" is no passive's agent.
    assert en == {
        "By which company are more than half of the routes operated?": "Aire Valley Buses"
    }


def test_a_body_named_with_its_kind_is_asked_by_the_kind() -> None:
    en = _questions(
        "Portmore was founded in 1790 by the Northern Fisheries Society as a herring port.",
        "en",
    )
    assert en == {
        "By which society was Portmore founded in 1790 as a herring port?": (
            "Northern Fisheries Society"
        )
    }
    # One of two bodies is no answer to "which body"; a noun's participle is not the verb.
    it = _questions(
        "Il progetto è stato finanziato dalla Fondazione Carivit. Il ricorso è stato "
        "presentato dal Comune di Lesa e dall’associazione Lago Vivo. Le frodi accertate "
        "dall’Agenzia delle Dogane ammontano a due milioni. Il progetto durerà tre anni. Il "
        "progetto è piaciuto.",
        "it",
    )
    assert it == {"Da quale fondazione è stato finanziato il progetto?": "Fondazione Carivit"}


def test_a_report_of_a_name_beside_its_kind_asks_who_the_subject_is() -> None:
    # The report is cut at its comma: the question asks what the name's own kind says.
    it = _questions(
        "Il gestore della rete, la società Valnet, ha fatto sapere che i lavori, già avviati, "
        "sono fermi. Il custode del museo, la Artea, ha detto che le sale, già chiuse, "
        "riapriranno.",
        "it",
    )
    assert it == {"Quale società è il gestore della rete?": "Valnet"}


def test_the_agent_of_a_participle_after_the_object_is_not_the_verbs() -> None:
    it = _questions(
        "Il sindaco Pietro Rana ha presentato un restauro biennale finanziato con 90.000 euro"
        " dalla Fondazione Carivalle.",
        "it",
    )
    assert not any(a == "Fondazione Carivalle" for a in it.values()), it
    en = _questions(
        "Mayor Ann Rees unveiled a two-year repair scheme funded with £90,000 by the Hafren"
        " Foundation.",
        "en",
    )
    assert not any("Hafren" in a for a in en.values()), en
