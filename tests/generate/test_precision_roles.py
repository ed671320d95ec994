"""Precision of offices and entity questions: the tense of the sentence's own verb, offices that
name one holder, an entry's seat after an opening phrase, lists of names kept whole, no deed
in how a subject seemed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document
from quizlib.generate.extract import agents, objects, roles, seats
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def answers(extract: Extractor, text: str, language: str = "it") -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def _article(body: str, title: str = "Titolo di un articolo di prova qui") -> str:
    return f"{title}\n\n{body}\n"


def _en_article(body: str) -> str:
    return _article(body, "A title of a test article here")


# The tense follows the sentence's own verb, not a quotation's nor a present like 'ammette'.


def test_a_present_verb_in_mettere_keeps_the_office_present() -> None:
    text = _article(
        "«La stagione è stata dura», ammette Carlo Bentivoglio, presidente della Pro Loco di "
        "Zafferana. Bentivoglio guida l’associazione dal 2019."
    )
    qs = answers(roles.extract, text)
    assert qs["Chi è il presidente della Pro Loco di Zafferana?"] == "Carlo Bentivoglio"
    assert qs["Quale carica ricopre Carlo Bentivoglio?"] == "presidente della Pro Loco di Zafferana"
    assert not any(q.startswith(("Chi era", "Quale carica ricopriva")) for q in qs)


def test_a_quotation_in_the_past_does_not_make_the_office_past() -> None:
    text = _article(
        "«Il raccolto fu scarso e la grandine distrusse tutto», dice Piero Malvasia, sindaco di "
        "Montalcino. Malvasia parla da anni del problema."
    )
    qs = answers(roles.extract, text)
    assert qs["Chi è il sindaco di Montalcino?"] == "Piero Malvasia"
    assert qs["Quale carica ricopre Piero Malvasia?"] == "sindaco di Montalcino"


def test_history_told_in_the_passato_remoto_stays_past() -> None:
    text = _article(
        "Nel Seicento la villa fu comprata da Ottavio Rangoni, vescovo di Modena, che la "
        "ampliò. Rangoni vi morì nel 1650."
    )
    qs = answers(roles.extract, text)
    # An office of history had many holders: the question would not say which.
    assert not any(q.startswith("Chi era") for q in qs)
    assert qs["Quale carica ricopriva Ottavio Rangoni?"] == "vescovo di Modena"


# An office question needs an office that names one holder.


def test_a_rank_with_a_nationality_is_asked_only_in_reverse() -> None:
    it = _article(
        "Il porto ospita oggi il generale francese Henri Lacombe, in visita ufficiale. "
        "Lacombe resterà due giorni."
    )
    qs = answers(roles.extract, it)
    assert "Chi è il generale francese?" not in qs
    assert qs["Quale carica ricopre Henri Lacombe?"] == "generale francese"
    en = _en_article(
        "The harbour welcomed British admiral George Halsworth on Monday. Halsworth stayed "
        "for two days."
    )
    assert not any(q.startswith("Who is") for q in answers(roles.extract, en, "en"))


def test_an_institution_named_by_its_kind_alone_is_asked_only_in_reverse() -> None:
    text = _article(
        "Secondo il direttore del Consorzio, Ettore Lamberti, le scorte bastano. "
        "Lamberti parlerà domani."
    )
    qs = answers(roles.extract, text)
    assert "Chi è il direttore del Consorzio?" not in qs
    assert qs["Quale carica ricopre Ettore Lamberti?"] == "direttore del Consorzio"
    en = _en_article(
        "The head of the Department, Laura Finch, said the roads were open. Finch spoke from Leeds."
    )
    assert "Who is the head of the Department?" not in answers(roles.extract, en, "en")


def test_offices_that_name_one_holder_are_still_asked() -> None:
    it = _article(
        "Il sindaco di Arezzo, Franco Bellucci, ha aperto la fiera. Il ministro degli Esteri "
        "greco Nikos Pappas è arrivato ieri. Il presidente del Consiglio Aldo Ferri parlerà."
    )
    qs = answers(roles.extract, it)
    assert qs["Chi è il sindaco di Arezzo?"] == "Franco Bellucci"
    assert qs["Chi è il ministro degli Esteri greco?"] == "Nikos Pappas"
    en = _en_article(
        "The Greek Foreign Minister Nikos Pappas arrived on Monday. Rui Matos, the chairman "
        "of Lisboa Transportes, said the line would open."
    )
    qs = answers(roles.extract, en, "en")
    assert qs["Who is the Greek Foreign Minister?"] == "Nikos Pappas"
    assert qs["Who is the chairman of Lisboa Transportes?"] == "Rui Matos"


# Entity questions: the entry as the subject, whole lists, a deed to ask about.


def test_an_entry_s_seat_after_an_opening_participle_is_the_entry_s() -> None:
    text = _article(
        "Un paragrafo qualunque dell’articolo con parole.\n\nIstituto Nazionale di Geofisica\n\n"
        "L’Istituto Nazionale di Geofisica è un ente pubblico di ricerca. Fondato con una legge "
        "del 1999, è attivo dal 2001 e ha sede a Roma."
    )
    qs = answers(seats.extract, text)
    assert qs["Dove ha sede l’Istituto Nazionale di Geofisica?"] == "Roma"
    assert not any("Fondato" in q or "fondato" in q for q in qs)


def test_an_opening_phrase_out_of_an_entry_is_no_seat_s_subject() -> None:
    text = _article(
        "Nata nel 1990 a Bari come cooperativa, è cresciuta in fretta e ha sede a Lecce."
    )
    assert answers(seats.extract, text) == {}


def test_a_list_of_names_is_never_cut() -> None:
    it = _article(
        "La Croce Rossa Italiana ha mandato 30 ambulanze e 200 volontari di Umbria, Marche e "
        "Abruzzo. Le squadre resteranno una settimana."
    )
    qs = answers(agents.extract, it)
    assert not any(q.endswith("di Umbria?") for q in qs), qs
    en = _en_article(
        "The Red Cross sent 12 trucks and 80 volunteers from Kent, Essex and Surrey. The teams "
        "will stay for a week."
    )
    assert not any(q.endswith("from Kent?") for q in answers(agents.extract, en, "en"))


def test_a_list_of_names_stays_whole_in_the_question() -> None:
    text = _article(
        "Marco Ferretti ha visitato Bologna, Modena e Parma in una sola giornata. "
        "Ferretti tornerà a maggio."
    )
    qs = answers(agents.extract, text)
    assert qs.get("Chi ha visitato Bologna, Modena e Parma in una sola giornata?") in {
        None,
        "Marco Ferretti",
    }
    assert not any(q.endswith("visitato Bologna?") for q in qs)


def test_how_a_subject_seemed_is_no_deed() -> None:
    en = _en_article(
        "Harlow Town had looked in control before their keeper was sent off. Harlow Town lost 2-1."
    )
    qs = answers(agents.extract, en, "en")
    assert "Who had looked in control?" not in qs
    it = _article(
        "La Virtus Ferrara sembrava ormai padrona della partita prima dell’espulsione. "
        "La squadra ha perso."
    )
    assert not any("sembrava" in q for q in answers(agents.extract, it))


def test_looking_into_something_is_a_deed() -> None:
    en = _en_article(
        "Sarah Whitcombe looked into the accounts of the club for three months. Whitcombe "
        "found nothing."
    )
    qs = answers(agents.extract, en, "en")
    assert qs.get("Who looked into the accounts of the club for three months?") in {
        None,
        "Sarah Whitcombe",
    }


def test_a_treaty_or_a_law_is_no_who() -> None:
    it = _article(
        "L’agenzia gestisce il Registro dei siti protetti, istituito dalla Convenzione del 1985. "
        "Il Registro conta oggi 300 siti."
    )
    assert not any(q.startswith("Da chi") for q in answers(agents.extract, it))
    en = _en_article(
        "The agency keeps the Register of Protected Sites, established by the Treaty of Oslo. "
        "The Register now lists 300 sites."
    )
    assert not any(q.startswith("Who") for q in answers(agents.extract, en, "en"))


def test_a_person_after_da_is_still_asked() -> None:
    it = _article(
        "Il Museo Civico di Lucca, fondato dal conte Ettore Guinigi nel 1890, riapre domani. "
        "Guinigi lo donò alla città."
    )
    qs = answers(agents.extract, it)
    assert any(a == "Ettore Guinigi" for a in qs.values()), qs


# Giving a thing to a person: the taker is asked, not a vague office.


def test_a_thing_given_to_a_person_asks_who_took_it() -> None:
    it = _article(
        "Nel 1820 il duca Carlo Ludovico di Borbone donò al pittore francese Jean Morel una "
        "villa sul lago, con il parco. Jean Morel vi abitò per vent’anni."
    )
    qs = answers(objects.extract, it)
    asked = [q for q, a in qs.items() if a == "Jean Morel"]
    assert asked and asked[0].startswith("A chi") and asked[0].endswith("donò una villa sul lago?")
    en = _en_article(
        "Mayor Tom Reed has presented the city medal to the swimmer Anna Price. Anna Price "
        "thanked the city."
    )
    qs = answers(objects.extract, en, "en")
    assert qs["To whom has Mayor Tom Reed presented the city medal?"] == "Anna Price"


def test_a_thing_given_to_a_place_or_as_a_participle_is_not_asked() -> None:
    it = _article(
        "La Regione ha affidato a Milano la gestione del parco. La villa donata a Marco Neri "
        "è chiusa. Marco Neri vive a Roma."
    )
    assert not any(q.startswith("A chi") for q in answers(objects.extract, it))


def test_a_rank_word_inside_an_office_of_one_keeps_the_office() -> None:
    cases = [
        (
            "Il direttore generale dell’Azienda Sanitaria di Prato, Luca Rinaldi, ha firmato.",
            "it",
            "Chi è il direttore generale dell’Azienda Sanitaria di Prato?",
        ),
        ("Vermont Attorney General Ruth Keller filed the suit.", "en", ""),
    ]
    for body, language, question in cases:
        text = _article(body) if language == "it" else _en_article(body)
        qs = answers(roles.extract, text, language)
        assert any(q.startswith(("Chi è", "Who is")) for q in qs), qs
        assert not question or question in qs


def test_a_name_after_a_craft_noun_is_the_crafts_not_an_office_holder() -> None:
    en = _en_article(
        "Divers searched the wreck of the fishing trawler Captain Ellen Hart off Cape Sable. "
        "The harbour master, Captain John Reilly, said the port was busy."
    )
    qs = answers(roles.extract, en, "en")
    assert not any("trawler" in q for q in qs), qs
    assert qs["Who is the harbour master?"] == "John Reilly"
    it = _article(
        "I sommozzatori hanno ispezionato il peschereccio Capitano Marco Neri al largo. "
        "Il sindaco Paolo Verdi ha ringraziato i soccorritori."
    )
    assert not any("peschereccio" in q for q in answers(roles.extract, it)), answers(
        roles.extract, it
    )
