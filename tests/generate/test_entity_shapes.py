"""Shapes of sentences that name who, what and which: an office after an age, the thing a
person leads, the agent of a participle set off after the subject, the journal of a study
whose subject has an aside or whose date is set off by commas."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import Extractor, agents, appositions, objects, roles
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui\n\n", "en": "Title of a test article here\n\n"}


def _questions(extract: Extractor, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(_TITLE[language] + text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_an_office_after_an_age() -> None:
    it = (
        "Il giudice ha condannato a un anno Marta Lodi, 58 anni, amministratrice delegata della "
        "Sabbie Brembo Srl, per lo scarico nel torrente. Lodi ha annunciato ricorso."
    )
    qs = _questions(roles.extract, it, "it")
    assert qs["Chi è l’amministratrice delegata della Sabbie Brembo Srl?"] == "Marta Lodi"
    assert qs["Quale carica ricopre Marta Lodi?"] == (
        "amministratrice delegata della Sabbie Brembo Srl"
    )
    en = (
        "“We will appeal,” said Peter Hale, 52, chief executive of Orwell Dairies. The loan was "
        "signed by Mary Platt, aged 61, director of the Harbour Trust. Platt spoke."
    )
    qs = _questions(roles.extract, en, "en")
    assert qs["Who is the chief executive of Orwell Dairies?"] == "Peter Hale"
    assert qs["Who is the director of the Harbour Trust?"] == "Mary Platt"


def test_a_sentence_with_an_age_but_no_office() -> None:
    qs = _questions(roles.extract, "Tom Brady, 45, said he was done with football.", "en")
    assert qs == {}


def test_the_thing_a_person_leads_is_asked_of_the_person() -> None:
    en = (
        "“Roads matter,” said Coun. Jill Moss, who chairs the council’s transport committee "
        "and introduced the motion. Owen Pryce leads the city planning department. Rhys Bell "
        "chaired the board of directors. Moss said it would pass."
    )
    qs = _questions(roles.extract, en, "en")
    assert qs["Who chairs the council’s transport committee?"] == "Jill Moss"
    assert qs["Which committee does Jill Moss chair?"] == "the council’s transport committee"
    assert qs["Which department does Owen Pryce lead?"] == "the city planning department"
    # "the board of directors" says no one board: only who chaired it is asked.
    assert "Which board did Rhys Bell chair?" not in qs
    it = (
        "Anna Ferri, che presiede la commissione ambiente del consiglio comunale, ha presentato "
        "la mozione. Luca Sarti dirige l’ufficio tecnico del Comune di Crema. Marco Bassi guida "
        "la Protezione civile regionale. Ferri ha parlato."
    )
    qs = _questions(roles.extract, it, "it")
    assert qs["Quale commissione presiede Anna Ferri?"] == (
        "la commissione ambiente del consiglio comunale"
    )
    assert qs["Quale ufficio dirige Luca Sarti?"] == "l’ufficio tecnico del Comune di Crema"
    # A name says no kind to ask with: only who leads it.
    assert "Chi guida la Protezione civile regionale?" in qs
    assert not any(q.startswith("Quale protezione") for q in qs)


def test_a_preposition_before_a_number_is_no_article() -> None:
    it = "Il tribunale ha condannato a due anni Carla Vinci. Vinci ha annunciato ricorso."
    assert _questions(appositions.extract, it, "it") == {}


def test_the_agent_of_a_participle_after_the_subject_the_article_is_about() -> None:
    it = (
        "Il progetto è stato presentato ieri a Crema. Il progetto, firmato dallo studio "
        "torinese Officina Delta insieme ai tecnici della Regione, costa 4 milioni. Il progetto "
        "piace a tutti."
    )
    assert _questions(agents.extract, it, "it") == {
        "Da quale studio torinese è stato firmato il progetto insieme ai tecnici della Regione?": (
            "Officina Delta"
        )
    }
    en = (
        "The bridge reopened on Monday in Leeds. The bridge, designed by the engineering firm "
        "Arup with the city’s engineers, cost £4 million. The bridge is popular."
    )
    assert _questions(agents.extract, en, "en") == {"Which firm designed the bridge?": "Arup"}
    # Said once, "the bridge" is no one bridge out of the article.
    once = "The bridge, designed by the engineering firm Arup, cost £4 million."
    assert _questions(agents.extract, once, "en") == {}


def test_the_journal_of_a_subject_with_an_aside_or_a_date_set_off() -> None:
    it = (
        "I risultati, ottenuti con l’Università di Padova, sono stati pubblicati sulla rivista "
        "Science Advances. Lo studio è stato pubblicato ieri, 3 marzo, sulla rivista Cell "
        "Reports. Lo studio è durato tre anni."
    )
    qs = _questions(objects.extract, it, "it")
    assert qs["Su quale rivista sono stati pubblicati i risultati?"] == "Science Advances"
    assert qs["Su quale rivista è stato pubblicato lo studio?"] == "Cell Reports"
    en = (
        "The findings, which took a decade to gather, were published on Monday, 2 March 2026, "
        "in the journal Astronomy & Astrophysics."
    )
    qs = _questions(objects.extract, en, "en")
    assert qs == {"In which journal were the findings published?": "Astronomy & Astrophysics"}


def test_an_aside_that_is_a_clause_of_its_own_gives_no_subject() -> None:
    for en in (
        "In 2019, after the vote, the findings were published in the journal Marine Policy.",
        "The findings, the panel said, were published in the journal Marine Policy.",
    ):
        assert _questions(objects.extract, en, "en") == {}


def test_an_office_of_an_institution_with_an_elided_article() -> None:
    it = (
        "Tra il pubblico c’era anche Marco Ferla, presidente dell’Associazione Canoisti Alto "
        "Brembo, che aveva presentato l’esposto. Ferla ha parlato."
    )
    qs = _questions(roles.extract, it, "it")
    assert qs["Chi è il presidente dell’Associazione Canoisti Alto Brembo?"] == "Marco Ferla"
    assert qs["Quale carica ricopre Marco Ferla?"] == (
        "presidente dell’Associazione Canoisti Alto Brembo"
    )
    # The capitalised words after "Associazione" are its name, no one holding an office.
    assert "Quale carica ricopre Canoisti Alto Brembo?" not in qs


def test_who_made_the_thing_a_sentence_defines() -> None:
    it = (
        "Il sistema Aurora è una piattaforma robotica prodotta dall’azienda statunitense "
        "Medrobot, fondata nel 1995. Il sistema Aurora costa molto."
    )
    assert _questions(agents.extract, it, "it") == {
        "Da quale azienda statunitense è stato prodotto il sistema Aurora?": "Medrobot"
    }
    en = "The Aurora system is a robotic platform developed by the American company Medrobot."
    # "American" is what the company is, not its name.
    assert _questions(agents.extract, en, "en") == {
        "Which company developed the Aurora system?": "Medrobot"
    }
    # Said of no one thing: "a platform" is what the sentence defines only with a name.
    plain = "It is a robotic platform developed by the American company Medrobot."
    assert _questions(agents.extract, plain, "en") == {}


def test_an_adverb_of_manner_between_the_participle_and_its_agent() -> None:
    it = (
        "Il Ponte Nero, progettato appositamente dallo studio Officina Delta, costa 4 milioni. "
        "Era arrivato un nuovo allestimento del Nabucco firmato proprio dal regista Tomás Ferrer."
    )
    assert _questions(agents.extract, it, "it") == {
        "Da quale studio è stato progettato il Ponte Nero?": "Officina Delta",
        "Da chi è stato firmato il nuovo allestimento del Nabucco?": "Tomás Ferrer",
    }
    en = (
        "The Black Bridge, designed jointly by the firm Arup, cost £4 million. He sat quietly "
        "by the fire in Leeds."
    )
    assert _questions(agents.extract, en, "en") == {"Which firm designed the Black Bridge?": "Arup"}


def test_an_agent_after_a_date_set_off_and_a_name_with_an_initial() -> None:
    en = (
        "The Black Bridge was opened on Monday, 4 March 2024, by the mayor Anna Lee. The "
        "tablet was found, experts say, by Margaret Hollis. Lee spoke. The bridge is long."
    )
    assert _questions(agents.extract, en, "en") == {"Who opened the Black Bridge?": "Anna Lee"}
    en = "The Black Bridge was opened in 1937 by President Franklin D. Roosevelt."
    assert _questions(agents.extract, en, "en") == {
        "Who opened the Black Bridge?": "Franklin D. Roosevelt"
    }


def test_the_entry_is_the_subject_after_a_participle_clause_put_first() -> None:
    en = (
        "The river rose on Monday.\n\nBlack Bridge\n\nThe Black Bridge is a steel bridge in "
        "Leeds. Built between 1931 and 1936 during the Depression, it was opened on May 2, 1937, "
        "by King George VI and is named after a local mine."
    )
    assert _questions(agents.extract, en, "en") == {"Who opened the Black Bridge?": "George VI"}
    it = (
        "Il fiume è salito lunedì.\n\nPonte Nero\n\nIl Ponte Nero è un ponte in acciaio di Lodi. "
        "Costruito tra il 1931 e il 1936, fu inaugurato nel 1937 dal re Vittorio Emanuele III."
    )
    assert _questions(agents.extract, it, "it") == {
        "Da chi fu inaugurato il Ponte Nero?": "Vittorio Emanuele III"
    }


def test_an_adverb_between_the_auxiliary_and_the_participle_is_asked_with() -> None:
    en = "The Black Bridge was first crossed in 1937 by Anna Lee. Lee was happy."
    assert _questions(agents.extract, en, "en") == {
        "Who first crossed the Black Bridge?": "Anna Lee"
    }
    it = "Il Ponte Nero fu inizialmente progettato nel 1920 dall’ingegnere Carlo Bassi."
    assert _questions(agents.extract, it, "it") == {
        "Da chi fu inizialmente progettato il Ponte Nero?": "Carlo Bassi"
    }
