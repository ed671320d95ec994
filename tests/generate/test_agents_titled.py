"""Who did it when a title opens the sentence before the name ('Il sindaco, Giulia Neri, ha
firmato ...', 'The Irish cyclist Sean Kelly won ...'), and the agent of a passive named as the
people of a body ('dai tecnici dell’Università di Pavia', 'by engineers at Arup')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents
from quizlib.generate.text import clean


def _cards(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc = build_document(clean(text), language)
    return {c.question: (c.answer, c.accept) for c in agents.extract(doc) if c.question}


def _questions(text: str, language: str) -> dict[str, str]:
    return {q: a for q, (a, _accept) in _cards(text, language).items()}


def test_italian_title_before_the_name_of_the_doer() -> None:
    text = """Titolo di un articolo di prova qui

Il sindaco, Giulia Neri, ha firmato l’ordinanza contro il rumore notturno. Il presidente della \
Provincia di Siena, Marco Rossi, ha inaugurato il nuovo ponte sul fiume. Il tallonatore Luca \
Bianchi ha deciso la finale contro il Petrarca. L’allenatore del Siena, il portoghese Paolo \
Verdi, ha criticato l’arbitro della partita.
"""
    qs = _questions(text, "it")
    assert qs["Chi ha firmato l’ordinanza contro il rumore notturno?"] == "Giulia Neri"
    assert qs["Chi ha inaugurato il nuovo ponte sul fiume?"] == "Marco Rossi"
    assert qs["Chi ha deciso la finale contro il Petrarca?"] == "Luca Bianchi"
    assert qs["Chi ha criticato l’arbitro della partita?"] == "Paolo Verdi"


def test_english_title_before_the_name_of_the_doer() -> None:
    text = """Title of a test article here

The council leader, Tom Harris, opened the new bridge over the river. The Irish cyclist Sean \
Kelly, a former champion, won the third stage of the race.
"""
    qs = _questions(text, "en")
    assert qs["Who opened the new bridge over the river?"] == "Tom Harris"
    assert qs["Who won the third stage of the race?"] == "Sean Kelly"


def test_a_name_after_a_thing_or_a_preposition_is_no_doer() -> None:
    # A foundation named after a person, the wife of a person: the person did not do it.
    it = """Titolo di un articolo di prova qui

Marco Bianchi è un imprenditore di Siena. La fondazione Marco Bianchi ha finanziato la nuova \
scuola di Siena. La moglie di Marco Bianchi ha aperto un negozio in centro.
"""
    en = """Title of a test article here

Sean Kelly is a cyclist. The wife of Sean Kelly opened a new shop in the town centre. The Sean \
Kelly Trust funded the new school in the town.
"""
    assert "Marco Bianchi" not in _questions(it, "it").values()
    assert "Sean Kelly" not in _questions(en, "en").values()


def test_the_agent_named_as_the_people_of_a_body() -> None:
    it = """Titolo di un articolo di prova qui

Il ponte di Pavia è stato restaurato dai tecnici dell’Università di Pavia.
"""
    en = """Title of a test article here

The new Leeds bridge was designed by engineers at Arup.
"""
    assert _cards(it, "it") == {
        "Da chi è stato restaurato il ponte di Pavia?": (
            "i tecnici dell’Università di Pavia",
            ("Università di Pavia",),
        )
    }
    assert _cards(en, "en") == {
        "Who designed the new Leeds bridge?": ("engineers at Arup", ("Arup",))
    }


def test_people_of_a_person_or_of_no_name_are_no_agent() -> None:
    # "dai figli di Marco Rossi" names people by kin, not by a body they work for.
    it = """Titolo di un articolo di prova qui

Il ponte di Pavia è stato restaurato dai figli di Marco Rossi.
"""
    assert _questions(it, "it") == {}


def test_who_runs_a_thing_first_named_with_a() -> None:
    it = """Titolo di un articolo di prova qui

Il Comune ha costruito una nuova palestra comunale, gestita dalla Polisportiva Aretusa. Il \
Comune ha costruito una nuova piscina coperta, progettata dallo studio Arkè.
"""
    en = """Title of a test article here

The council will open a clinic for minor injuries, run by the Hywel Dda University Health Board.
"""
    # Who runs it is a state, asked in the present; who designed 'a pool' once is not asked:
    # which pool, out of the article?
    assert _questions(it, "it") == {
        "Da chi è gestita la nuova palestra comunale?": "Polisportiva Aretusa"
    }
    assert _questions(en, "en") == {
        "Which board runs the clinic for minor injuries?": "Hywel Dda University Health Board"
    }


def test_people_of_a_body_only_as_a_passives_own_agent() -> None:
    # Two agents keep one article each; people of a body after a bare name and a second
    # participle ('dei Bianchi, ... e recuperato dai tecnici') are not asked of the name.
    it = """Titolo di un articolo di prova qui

La società ATP fu costituita dal Comune e dalla Provincia di Pavia. Spicca un vaso del 1525, \
attribuito alla bottega dei Bianchi, danneggiato dall’acqua e recuperato dai restauratori \
dell’Istituto Centrale per il Restauro.
"""
    assert _questions(it, "it") == {
        "Da chi fu costituita la società ATP?": "il Comune e la Provincia di Pavia"
    }


def test_a_connective_is_no_part_of_the_question() -> None:
    it = """Titolo di un articolo di prova qui

Il sindaco Mario Rossi ha invece rivendicato la decisione della giunta comunale.
"""
    assert _questions(it, "it") == {
        "Chi ha rivendicato la decisione della giunta comunale?": "Mario Rossi"
    }


def test_who_ran_a_thing_once_is_not_asked_in_the_present() -> None:
    it = """Titolo di un articolo di prova qui

Il Premio Aurora è stato un concorso letterario dedicato alla poesia dialettale, organizzato \
dalla Provincia di Pavia a partire dal 1961.
"""
    en = """Title of a test article here

The council opened a small museum of local history, run by the Wexford Historical Society from \
1975 to 1990.
"""
    assert not any(q.startswith("Da chi è") for q in _questions(it, "it"))
    assert not any(q.startswith("Who runs") for q in _questions(en, "en"))


def test_pluperfect_and_future_passives_and_a_second_agent_of_a_kind() -> None:
    it = """Titolo di un articolo di prova qui

Il ricorso contro la diga di Pavia era stato presentato dal Comune di Pavia e dall’associazione \
Legambiente. Il nuovo ponte di Pavia sarà costruito dalla Salini Impregilo. Il museo di Pavia \
sarà aperto dalle 8 alle 20.
"""
    en = """Title of a test article here

The Leeds cycle bridge had been designed by Thomas Heatherwick.
"""
    assert _questions(it, "it") == {
        "Da chi era stato presentato il ricorso contro la diga di Pavia?": (
            "il Comune di Pavia e l’associazione Legambiente"
        ),
        "Da quale associazione era stato presentato il ricorso contro la diga di Pavia?": (
            "Legambiente"
        ),
        "Da chi sarà costruito il nuovo ponte di Pavia?": "Salini Impregilo",
    }
    assert _questions(en, "en") == {"Who designed the Leeds cycle bridge?": "Thomas Heatherwick"}


def test_a_cleft_whose_clitic_is_the_subject_before() -> None:
    it = """Titolo di un articolo di prova qui

Il nuovo acquario di Livorno è costato tre milioni. A progettarlo è stato lo studio Arkè, che ha \
sede a Pisa. La nuova piscina di Pavia è costata due milioni. A progettarlo è stato lo studio \
Boeri.
"""
    # The clitic 'lo' stands for the aquarium, not for 'la piscina'.
    assert _questions(it, "it") == {
        "Quale studio è stato a progettare il nuovo acquario di Livorno?": "Arkè"
    }


def test_a_clitic_that_could_stand_for_another_noun_is_not_resolved() -> None:
    it = """Titolo di un articolo di prova qui

Il sindaco di Livorno ha parlato del nuovo ponte. A costruirlo sarà la ditta Salini.
"""
    assert _questions(it, "it") == {}
