"""Named objects: where a work was published, after whom a thing is named, the name of a ship,
a vehicle or an operation set off by a comma."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import objects
from quizlib.generate.text import clean


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in objects.extract(doc) if c.question}


def test_the_journal_a_study_was_published_in() -> None:
    it = """Titolo di un articolo di prova qui

I risultati sono stati pubblicati sulla rivista Cell Reports. Uno studio pubblicato sulla \
rivista scientifica Geology ha datato le rocce. Il romanzo è stato pubblicato in Francia. Il \
video è stato pubblicato su Instagram.
"""
    # "In Francia" is a place; "il video" is said once: which video?
    assert _questions(it, "it") == {
        "Su quale rivista sono stati pubblicati i risultati?": "Cell Reports",
        "Su quale rivista è stato pubblicato lo studio?": "Geology",
    }
    en = """Title of a test article here

The findings were published on Monday in the journal Marine Biology. A paper published in the \
Journal of Glaciology mapped the ice. The memoir was published in Dublin. The study, published \
in the journal Polar Record, counted seals. The report, published in March, found more.
"""
    assert _questions(en, "en") == {
        "In which journal were the findings published?": "Marine Biology",
        "Where was the paper published?": "Journal of Glaciology",
        "In which journal was the study published?": "Polar Record",
    }


def test_what_a_thing_is_named_after() -> None:
    it = """Titolo di un articolo di prova qui

Il ponte Ferri è intitolato a Luigi Ferri. La scuola, intitolata alla memoria dei caduti, ha \
riaperto. Il ponte è intitolato a Carlo Neri.

Valmora

Valmora è un comune della Liguria. Prende il nome dal torrente Mora. Deve il nome a san Biagio, \
patrono del paese.
"""
    # "il ponte" is said once; a memory is no name; "il ponte Ferri" tells the surname of
    # Luigi Ferri (the deck would drop the question as a leak, and its cloze with it).
    assert _questions(it, "it") == {
        "Da che cosa prende il nome Valmora?": "torrente Mora",
        "A chi deve il nome Valmora?": "san Biagio",
    }
    en = """Title of a test article here

The Harlow Bridge is named after the engineer Edith Carver. Visitors still praise Carver. The \
school is named after a local hero.

Castlebury

Castlebury is a town in Kent. It was named after Castle Hill. A lane named after him in Dover \
is long.
"""
    assert _questions(en, "en") == {
        "After whom is the Harlow Bridge named?": "Edith Carver",
        "What was Castlebury named after?": "Castle Hill",
    }


def test_the_name_of_a_ship_set_off_by_a_comma() -> None:
    it = """Titolo di un articolo di prova qui

La Stella del Nord, una petroliera di 200 metri, si è incagliata al largo di Creta domenica. \
Mario Rossi, un ingegnere di Pisa, ha vinto il premio. La Marea, una nave, è salpata ieri.
"""
    # An engineer is no ship; "è salpata" alone tells no ship from another.
    assert _questions(it, "it") == {
        "Come si chiama la petroliera di 200 metri che si è incagliata al largo di Creta?": (
            "Stella del Nord"
        )
    }
    en = """Title of a test article here

The Northern Star, a 200-metre oil tanker, ran aground off Crete on Sunday. Operation Lantern, \
a naval mission, began in May.
"""
    assert _questions(en, "en") == {
        "What is the name of the 200-metre oil tanker that ran aground off Crete?": (
            "Northern Star"
        )
    }


def test_a_name_given_between_commas() -> None:
    en = """Title of a test article here

The drug, known as Velora, is taken once a week. Doctors said the drug works. The drug is \
cheap. The dog, called Rex, barked.
"""
    # "the dog" is said once: which dog?
    assert _questions(en, "en") == {
        "What is the name of the drug that is taken once a week?": "Velora"
    }
    it = """Titolo di un articolo di prova qui

Il farmaco, chiamato Velora, si assume una volta alla settimana. I medici dicono che il farmaco \
funziona. Il farmaco costa poco.
"""
    assert _questions(it, "it") == {
        "Come si chiama il farmaco che si assume una volta alla settimana?": "Velora"
    }


def test_where_a_thing_is_registered_or_was_recorded() -> None:
    it = """Titolo di un articolo di prova qui

La Stella del Nord, una petroliera registrata a Panama, si è incagliata al largo di Creta. La \
raffica più forte è stata registrata a Trapani. La raffica ha abbattuto alberi. Una raffica \
nuova è attesa. Il marchio è stato registrato a Milano.
"""
    # "il marchio" is said once: which brand?
    assert _questions(it, "it") == {
        "Dove è registrata la Stella del Nord?": "Panama",
        "Come si chiama la petroliera che si è incagliata al largo di Creta?": "Stella del Nord",
        "Dove è stata registrata la raffica più forte?": "Trapani",
    }
    en = """Title of a test article here

The Northern Star, an oil tanker registered in Liberia, ran aground off Crete. The strongest \
gust was recorded at Blackpool. The gust felled trees. Another gust is expected. The song was \
recorded in Memphis. The firm was registered in 2019.
"""
    assert _questions(en, "en") == {
        "Where is the Northern Star registered?": "Liberia",
        "What is the name of the oil tanker that ran aground off Crete?": "Northern Star",
        "Where was the strongest gust recorded?": "Blackpool",
    }


def test_where_a_thing_left_from() -> None:
    en = """Title of a test article here

Two Typhoon jets were scrambled from RAF Leuchars to escort the airliner. The ferry Ulster \
Queen departed from Larne at noon. The rocket was launched from Wallops Island. The flight took \
off from Luton.
"""
    # "the rocket" and "the flight" are said once: which?
    assert _questions(en, "en") == {
        "From which base were the two Typhoon jets scrambled?": "RAF Leuchars",
        "From where did the ferry Ulster Queen depart?": "Larne",
        "Which ferry departed from Larne at noon?": "Ulster Queen",
    }
    it = """Titolo di un articolo di prova qui

Il traghetto Sardegna è salpato dal porto di Olbia ieri. Due elicotteri sono decollati da \
Pratica di Mare. Il progetto è partito dalla Regione Lombardia.
"""
    # "Due elicotteri" would want the noun's gender for its article.
    assert _questions(it, "it") == {
        "Da quale porto è salpato il traghetto Sardegna?": "Olbia",
        "Quale traghetto è salpato dal porto di Olbia?": "Sardegna",
    }


def test_which_vehicle_or_river_by_its_noun() -> None:
    it = """Titolo di un articolo di prova qui

Il lanciatore europeo Vega-C ha portato in orbita il satellite. La nave Astra è salpata ieri. \
La città Nuova Arcadia è grande. Il fiume Lamone è esondato a Faenza.
"""
    # "è salpata" alone tells no ship from another; a city is no vehicle.
    assert _questions(it, "it") == {
        "Quale lanciatore europeo ha portato in orbita il satellite?": "Vega-C",
        "Quale fiume è esondato a Faenza?": "Lamone",
    }
    en = """Title of a test article here

The rover Pathfinder II drilled into a rock on Mars. The ship Aurora, a ferry, sank.
"""
    assert _questions(en, "en") == {"Which rover drilled into a rock on Mars?": "Pathfinder II"}


def test_a_name_known_by_another_and_a_predicate_cut_inside_a_list() -> None:
    text = (
        "Title of a test article here\n\nRiverside District Council, known as RDC, is the "
        "unitary authority for the valley. The council meets in Hexham.\n"
    )
    assert _questions(text, "en").get("By what name is Riverside District Council known?") == (
        "RDC"
    )
    text = (
        "Title of a test article here\n\nThe study, known as HEAL-2, enrolled 90 adults with "
        "chronic knee, hip or back pain that had failed to respond to treatment. The study "
        "ran for two years.\n"
    )
    assert not any(q.endswith("with chronic knee?") for q in _questions(text, "en"))
