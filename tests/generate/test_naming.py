"""Names given in a clause beside the thing named: a participle between commas ('un nuovo
ceppo, battezzato X,'), a relative clause ('che in paese chiamano «X»', 'who is still
remembered as “X”'), on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import definitions, nicknames
from quizlib.generate.text import clean


def named(text: str, language: str = "it") -> dict[str, str]:
    """Question -> answer of the nicknames extractor on a text."""
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in nicknames.extract(doc) if c.question}


def test_a_participle_between_commas_names_the_phrase_before_it() -> None:
    text = (
        "I ricercatori hanno scoperto una nuova varietà di vite, battezzata VT-21, "
        "resistente alla siccità. La varietà sarà piantata in Puglia."
    )
    assert named(text) == {"Con quale nome è stata battezzata la nuova varietà di vite?": ("VT-21")}
    text = (
        "The comet, catalogued as C/2025 K3, will pass close to the Sun in May. The comet "
        "was found by an amateur."
    )
    assert named(text, "en") == {"Under what name was the comet catalogued?": "C/2025 K3"}
    text = "Engineers built a new rover, named Pathfinder II, for the mission. The rover is small."
    assert named(text, "en") == {"What was the new rover named?": "Pathfinder II"}


def test_a_participle_that_does_not_name_is_no_name() -> None:
    text = "Il ministro, chiamato a rispondere in aula, ha taciuto. Il ministro è partito."
    assert named(text) == {}
    text = "The police, called by neighbours, arrived at midnight. The police left."
    assert named(text, "en") == {}


def test_a_relative_clause_gives_the_name_of_what_it_hangs_on() -> None:
    text = (
        "Le viti crescono accanto al corbezzolo, un arbusto sempreverde che in valle chiamano "
        "«albatro», e ai castagni."
    )
    assert named(text) == {"Come si chiama in valle il corbezzolo?": "albatro"}
    text = (
        "Il laboratorio ha isolato una proteina, che il gruppo ha chiamato Ferritina-X, in Umbria."
    )
    assert named(text) == {"Come ha chiamato il gruppo la proteina?": "Ferritina-X"}
    text = (
        "The square honours the poet who is still remembered in the village as “the Bard”, "
        "and a fountain."
    )
    assert named(text, "en") == {
        "By what name is the poet still remembered in the village?": "the Bard"
    }
    text = "The path crosses the moor, a bare upland that locals call “the Top”, to the coast."
    assert named(text, "en") == {"What do locals call the moor?": "the Top"}


def test_the_definition_of_a_thing_leaves_out_the_name_a_relative_clause_gives() -> None:
    text = (
        "Le viti crescono accanto al corbezzolo, un arbusto sempreverde che in valle chiamano "
        "«albatro», e ai castagni."
    )
    doc = build_document(clean(text), "it")
    qs = {c.question: c.answer for c in definitions.extract(doc) if c.question}
    assert qs.get("Che cos’è il corbezzolo?") in (None, "un arbusto sempreverde")


def test_a_call_to_someone_is_no_name() -> None:
    text = "Il sindaco, che ha chiamato Mattarella ieri sera, ha lasciato il Comune."
    assert named(text) == {}
    text = "Lo studio, che ha chiamato Giulia Neri a dirigere il gruppo, ha sede a Pisa."
    assert named(text) == {}


def test_a_judgement_or_a_day_is_no_name() -> None:
    text = "Il governo ha presentato un piano, che il ministro ha chiamato «una svolta», ieri."
    assert named(text) == {}
    text = "The council backed a plan that critics call “reckless” on Monday."
    assert named(text, "en") == {}
    text = "The vote, called Monday, split the party. The vote was close."
    assert named(text, "en") == {}
    text = "Le pecore pascolano sul timo, un’erba che i pastori chiamano «pepolino», d’estate."
    assert named(text) == {"Come chiamano i pastori il timo?": "pepolino"}


def test_what_everyone_calls_a_thing_is_not_its_own_name() -> None:
    text = "La donna, che tutti chiamano «la maestra», ha compiuto novant’anni."
    assert named(text) == {"Come chiamano tutti la donna?": "la maestra"}
    text = "Il sentiero passa sotto il faggio, un albero che chiamano «il Patriarca», e scende."
    assert named(text) == {"Come chiamano il faggio?": "il Patriarca"}


def test_a_name_a_thing_is_known_by_between_commas_or_after_it() -> None:
    text = (
        "The surveyors camped at the ridge, known as Harlow Crest, for two weeks. The ridge "
        "is windy."
    )
    assert named(text, "en") == {"By what name is the ridge known?": "Harlow Crest"}
    text = "The Saxons built a church there, known as Eadmund’s Minster, in 940. The church fell."
    assert named(text, "en") == {"By what name is the church known?": "Eadmund’s Minster"}
    text = "The lander carries a small rover known as Pathfinder. The rover is light."
    assert named(text, "en") == {"By what name is the small rover known?": "Pathfinder"}
    text = (
        "Nel 1950 vi fu trovata la lapide funeraria nota come Stele di Aurelia. La lapide è rotta."
    )
    assert named(text) == {"Con quale nome è nota la lapide funeraria?": "Stele di Aurelia"}
    text = (
        "Le sorgenti, conosciute come Fonti del Serra, attirano turisti. Le sorgenti sono fredde."
    )
    assert named(text) == {"Con quale nome sono conosciute le sorgenti?": "Fonti del Serra"}
    text = "In cappella restano gli affreschi noti come Storie di Maria. Gli affreschi sono rari."
    assert named(text) == {"Con quale nome sono noti gli affreschi?": "Storie di Maria"}
    text = "Nel bosco crescono le querce note come Sette Sorelle. Le querce sono antiche."
    assert named(text) == {"Con quale nome sono note le querce?": "Sette Sorelle"}


def test_a_price_may_open_the_phrase_a_name_is_given_to() -> None:
    text = "The £4 million scheme, called Clean Rivers, ends in May. The scheme is popular."
    assert named(text, "en") == {"What was the £4 million scheme called?": "Clean Rivers"}


def test_what_one_is_known_as_is_no_name() -> None:
    assert named("The mayor, known as a reformer, resigned. The mayor left.", "en") == {}
    assert named("The man known as Jack was arrested. The man is 40.", "en") == {}


def test_a_scientific_name_in_brackets_after_the_common_one() -> None:
    text = "The European otter (Lutra lutra) is back in the valley."
    assert named(text, "en") == {
        "What is the scientific name of the European otter?": "Lutra lutra"
    }
    text = "Sul crinale nidifica il gufo reale (Bubo bubo), un rapace protetto."
    assert named(text) == {"Qual è il nome scientifico del gufo reale?": "Bubo bubo"}
    text = "Il cervo sardo (Cervus elaphus corsicanus) è tornato nel parco."
    assert named(text) == {
        "Qual è il nome scientifico del cervo sardo?": "Cervus elaphus corsicanus"
    }
    assert named("The report was published by the council (Cork City) on Monday.", "en") == {}


def test_a_scientific_name_with_its_author_after_a_name_with_its_place() -> None:
    text = "Sono state fissate le quotazioni per il tartufo bianco d’Alba (Tuber magnatum Pico)."
    assert named(text) == {
        "Qual è il nome scientifico del tartufo bianco d’Alba?": "Tuber magnatum Pico"
    }
