"""Who did it, who holds what, where a thing was made or left from, in sentence shapes
beyond the plain subject and verb: a clause after a conjunction, a participle with no comma, a
role in a relative clause, 'guidato dalla microbiologa X', 'X, che difende Y', 'founded in 2008
in San Francisco', 'scrambled from its base at X'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document
from quizlib.generate.extract import agents, objects, roles, seats
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def answers(extract: Extractor, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


# A clause whose subject is a name, after a conjunction.


def test_a_deed_in_a_clause_after_a_conjunction() -> None:
    en = (
        "The town is celebrating after Hadley Rovers won the County Shield final at Ashby "
        "on Saturday, beating the holders. The tradition began when Mary Walsh won the "
        "marathon at the 1932 Dublin Games running barefoot, aged nineteen."
    )
    assert answers(agents.extract, en, "en") == {
        "Who won the County Shield final at Ashby?": "Hadley Rovers",
        "Who won the marathon at the 1932 Dublin Games running barefoot?": "Mary Walsh",
    }
    it = (
        "La festa è cominciata dopo che Giovanna Ferri ha vinto la maratona di Firenze per "
        "la terza volta. Il paese esulta perché Mario Neri ha detto di restare."
    )
    # a verb of saying is the quotes' business
    assert answers(agents.extract, it, "it") == {
        "Chi ha vinto la maratona di Firenze per la terza volta?": "Giovanna Ferri"
    }


# A thing and the participle of who made it, no comma between.


def test_a_participle_of_making_right_after_a_named_thing() -> None:
    it = (
        "La stagione si apre il 3 maggio con una nuova messa in scena della Tosca di Giacomo "
        "Puccini firmata dal regista francese Luc Marchand. Il museo espone un busto di "
        "Lucrezia Borgia scolpito da Antonio Lombardo. La legge approvata dal Senato entra in "
        "vigore. Leggono il rapporto sull’incendio della Torre Grenfell commissionato da "
        "Theresa May."
    )
    # "il rapporto sull’incendio della Torre Grenfell": the report or the fire? Not asked
    assert answers(agents.extract, it, "it") == {
        "Da chi è stata firmata la nuova messa in scena della Tosca di Giacomo Puccini?": (
            "Luc Marchand"
        ),
        "Da chi è stato scolpito il busto di Lucrezia Borgia?": "Antonio Lombardo",
    }
    en = (
        "The gallery shows a portrait of Queen Anne painted by Godfrey Kneller in 1702. The "
        "village grew around a chapel founded by Saint Brigid in the sixth century. They read "
        "the report on the Grenfell Tower fire commissioned by Theresa May. Since 1935 the "
        "court has sat in a marble building on Capitol Hill designed by Cass Gilbert."
    )
    # "the chapel" says nothing out of the article; "the report on the ... fire": which one?
    assert answers(agents.extract, en, "en") == {
        "Who painted the portrait of Queen Anne?": "Godfrey Kneller",
        "Who designed the marble building on Capitol Hill?": "Cass Gilbert",
    }


# Roles in a relative clause, after a name, and led by someone named with what they are.


def test_a_role_in_a_relative_clause_after_the_name() -> None:
    it = "L’avvocato Piero Galli, che difende Rinaldi, ha chiesto il rinvio. Rinaldi tace."
    assert answers(roles.extract, it, "it") == {"Chi difende Rinaldi?": "Piero Galli"}
    en = "Tom Baker, a lawyer who represents the Hollis family, asked for more time."
    assert answers(roles.extract, en, "en") == {"Who represents the Hollis family?": "Tom Baker"}


def test_led_by_someone_named_with_what_they_are() -> None:
    it = (
        "Un gruppo di ricerca dell’Università di Pavia, guidato dalla geologa Anna Ferraris, "
        "ha scoperto una grotta. Una squadra, guidata da Marco Neri, ha vinto."
    )
    # an indefinite thing is asked only when it names which ("Una squadra": which one?)
    assert answers(roles.extract, it, "it") == {
        "Chi guida il gruppo di ricerca dell’Università di Pavia?": "Anna Ferraris"
    }
    en = (
        "A team of the University of York, led by the geologist Ann Lee, found the cave. A "
        "crew from the Port of Hull, led by Jo Smith, sailed."
    )
    # "a crew from | the Port of Hull, led by": the crew is led, not the port
    assert answers(roles.extract, en, "en") == {
        "Who led the team of the University of York?": "Ann Lee"
    }


def test_a_legal_representative_of_a_company_named_with_its_legal_form() -> None:
    it = (
        "Al centro dell’indagine c’è la Ferraresi Costruzioni srl, società con sede a Lodi. "
        "Il legale rappresentante della società, Mauro Bellini, è indagato. Lo ha detto "
        "l’avvocato Sara Conti, legale di Mauro Bellini, in aula."
    )
    qs = answers(roles.extract, it, "it")
    assert qs["Chi è il legale rappresentante di Ferraresi Costruzioni srl?"] == "Mauro Bellini"
    assert qs["Chi è la legale di Mauro Bellini?"] == "Sara Conti"  # a woman: "la legale"
    assert not any(q.endswith(" di?") for q in qs)  # "il legale di | Mauro Bellini": whose
    en = (
        "The ship belongs to Harlow Freight Ltd, a shipping firm. The company’s legal "
        "representative, Tom Baker, declined to comment."
    )
    qs = answers(roles.extract, en, "en")
    assert qs["Who is Harlow Freight Ltd’s legal representative?"] == "Tom Baker"


# Where a thing was founded or built.


def test_where_a_thing_was_founded_or_built() -> None:
    en = (
        "Lodgify is an online marketplace for holiday homes, founded in 2011 in Lisbon by two "
        "students. The observatory will use the Giant Radio Array (GRA), which is being built "
        "on Mount Kenwood, far from any town. The chapel was built in Gothic style. The Harland "
        "Company was founded in 1861 in Belfast."
    )
    assert answers(seats.extract, en, "en") == {
        "Where was Lodgify founded?": "Lisbon",
        "Where is the Giant Radio Array being built?": "Mount Kenwood",
        "Where was the Harland Company founded?": "Belfast",
    }
    it = (
        "La Fabbrica Tessile Lariana fu fondata a Como nel 1902. Il Consorzio è la principale "
        "associazione dei produttori in Italia, fondata a Roma nel 1950. Il Duomo è stato "
        "costruito in stile gotico."
    )
    # "in | Italia, fondata": a place a preposition puts the association in, not what was founded
    assert answers(seats.extract, it, "it") == {
        "Dove fu fondata la Fabbrica Tessile Lariana?": "Como"
    }


# Where a thing left from.


def test_from_its_base_in_a_joined_clause() -> None:
    en = (
        "Two lifeboats were launched within minutes, and the rescue helicopter Falcon 9 was "
        "scrambled from its base at Kirkby Moor, in Cumbria."
    )
    assert answers(objects.extract, en, "en") == {
        "From which base was the rescue helicopter Falcon 9 scrambled?": "Kirkby Moor"
    }
    it = (
        "Le motovedette sono uscite subito, e l’elicottero Nemo 12 è decollato dalla sua base "
        "di Sarzana."
    )
    assert answers(objects.extract, it, "it") == {
        "Da quale base è decollato l’elicottero Nemo 12?": "Sarzana"
    }


def test_where_a_thing_was_found_or_what_a_defined_thing_was_founded() -> None:
    en = (
        "A bronze helmet discovered at Corbridge, near the old bridge, shows a horse. The "
        "helmet is small. The helmet was cleaned. The helmet is old. The Tamar Trust (TT) is "
        "a British research charity founded on 3 May 1950 in Plymouth."
    )
    assert answers(seats.extract, en, "en") == {
        "Where was the bronze helmet discovered?": "Corbridge",
        "Where was the Tamar Trust founded?": "Plymouth",
    }
    it = (
        "Si è aperto il processo per una delle più grandi frodi sul catasto scoperte in "
        "Liguria. Un elmo di bronzo rinvenuto a Corbridge raffigura un cavallo. L’elmo è piccolo. "
        "L’elmo è antico. L’elmo è stato pulito."
    )
    # "una delle frodi | scoperte": not one, but the frauds were found there
    assert answers(seats.extract, it, "it") == {
        "Dove è stato rinvenuto l’elmo di bronzo?": "Corbridge"
    }


def test_an_office_after_a_noun_of_what_it_is_of() -> None:
    en = (
        "According to club secretary Jo Lamb, the village hired two coaches. The plan was "
        "praised by new treasurer Ann Hale. Later, said former minister Bob Hart, it failed."
    )
    assert answers(roles.extract, en, "en") == {
        "Who is the club secretary?": "Jo Lamb",
        "What office does Jo Lamb hold?": "club secretary",
    }


def test_who_a_cleft_sentence_stresses() -> None:
    it = (
        "A firmare il progetto del nuovo ponte è stato l’architetto Carlo Venturi. A portarlo "
        "in orbita è stato il razzo Vega-C."
    )
    # "portarlo": what "lo" stands for is not said
    assert answers(agents.extract, it, "it") == {
        "Chi è stato a firmare il progetto del nuovo ponte?": "Carlo Venturi"
    }
    en = "It was Ann Lee who found the tablet in the mud in 2024. It was a long day for the team."
    assert answers(agents.extract, en, "en") == {"Who found the tablet in the mud?": "Ann Lee"}


def test_a_vehicle_named_after_a_time_said_first() -> None:
    it = (
        "Nella notte tra lunedì e martedì il fiume Lamone è esondato a Faenza, dove l’acqua è "
        "salita. Dopo che è piovuto il fiume Po è salito di tre metri."
    )
    assert answers(objects.extract, it, "it") == {"Quale fiume è esondato a Faenza?": "Lamone"}
    en = "On Sunday the tanker Eagle Star ran aground off Crete."
    assert answers(objects.extract, en, "en") == {
        "Which tanker ran aground off Crete?": "Eagle Star"
    }


def test_where_people_meet() -> None:
    en = (
        "The negotiators met in Geneva last year. The negotiators are due to meet in Denver "
        "from June 12 to 14. The negotiators disagree. Ministers will meet at Lancaster House."
    )
    # "ministers": which ones, out of the article?
    assert answers(seats.extract, en, "en") == {
        "Where did the negotiators meet?": "Geneva",
        "Where are the negotiators due to meet?": "Denver",
    }
    it = (
        "I negoziatori si riuniranno a Ginevra il 3 marzo. I negoziatori non sono d’accordo. "
        "I negoziatori parlano."
    )
    assert answers(seats.extract, it, "it") == {"Dove si riuniranno i negoziatori?": "Ginevra"}


def test_an_agent_after_where_and_when_a_thing_was_made() -> None:
    it = (
        "La Lega Agricola, fondata a Siena il 3 marzo 1921 da Paolo Ranieri, riunisce i "
        "coltivatori. Il Teatro Nuovo fu costruito a Lucca nel 1829 da Nicola Betti."
    )
    assert answers(agents.extract, it, "it") == {
        "Da chi è stata fondata la Lega Agricola?": "Paolo Ranieri",
        "Da chi fu costruito il Teatro Nuovo?": "Nicola Betti",
    }
    en = (
        "The Kendal Rifles, founded in Kendal in 1859 by Thomas Kay, fought at Ypres. The "
        "Grand Hotel was built in Brighton in 1864 by John Whitcombe. The hall was built in "
        "May by volunteers."
    )
    assert answers(agents.extract, en, "en") == {
        "Who founded the Kendal Rifles?": "Thomas Kay",
        "Who built the Grand Hotel?": "John Whitcombe",
    }
