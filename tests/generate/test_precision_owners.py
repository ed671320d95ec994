"""Precision of who and where: whose an office is when a possessive says so ('Their captain'),
what a title before a name is when a 'di' phrase ends it, no agent in 'by' and a gerund, 'what'
for an agent that is a thing, and a seat joined to a participle belongs to the noun it follows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document
from quizlib.generate.extract import agents, appositions, roles, seats
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def answers(extract: Extractor, body: str, language: str) -> dict[str, str]:
    title = "Titolo di un articolo di prova qui" if language == "it" else "A test article title"
    doc = build_document(clean(f"{title}\n\n{body}\n"), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


# An office after 'its' / 'their' / 'il loro' is the group's the sentence before names.


def test_its_office_names_the_group_the_sentence_before_opens_with() -> None:
    text = (
        "The Harbour Traders Alliance, which represents 80 shops, opposed the plan. Its "
        "executive director, Tom Reed, said the shops would lose trade."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is the executive director of the Harbour Traders Alliance?"] == "Tom Reed"
    assert "Who is the executive director?" not in qs


def test_their_captain_is_the_captain_of_the_team_before() -> None:
    text = (
        "Ashby Rovers had led for an hour after their striker Dan Moss scored twice. Their "
        "captain, Sam Cole, admitted the side had tired. “We ran out of legs,” Cole said."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is the captain of Ashby Rovers?"] == "Sam Cole"


def test_an_office_of_no_one_named_before_is_not_asked() -> None:
    text = "Many residents came to the meeting. Their spokesman, Tim Lowe, said they were angry."
    assert not any(q.startswith("Who is the") for q in answers(roles.extract, text, "en"))


def test_il_suo_and_il_loro_name_the_group_before() -> None:
    text = (
        "La Pro Recco ha perso in casa. Il suo allenatore, Marco Bolla, ha parlato di "
        "sfortuna. Contrari al piano i pescatori, riuniti nell’associazione Mare Vivo, che "
        "temono nuovi divieti. Secondo il loro presidente, Luca Pini, il piano è sbagliato."
    )
    qs = answers(roles.extract, text, "it")
    assert qs["Chi è l’allenatore della Pro Recco?"] == "Marco Bolla"
    assert qs["Chi è il presidente dell’associazione Mare Vivo?"] == "Luca Pini"
    who = answers(appositions.extract, text, "it")
    assert who["Chi è Marco Bolla?"] == "l’allenatore della Pro Recco"


def test_an_italian_possessive_of_no_one_named_is_no_apposition() -> None:
    text = "Molti residenti sono arrabbiati. Il loro portavoce, Luca Pini, ha parlato a lungo."
    assert "Chi è Luca Pini?" not in answers(appositions.extract, text, "it")


# A title before a name that ends with a 'di' phrase: the noun the phrase is of is the title.


def test_a_title_with_what_it_is_of_is_kept_whole() -> None:
    text = "La storica dell’arte moderna Giulia Ferri ha chiesto prudenza sulla datazione."
    qs = answers(appositions.extract, text, "it")
    assert qs["Chi è Giulia Ferri?"] == "la storica dell’arte moderna"


def test_a_person_after_di_is_still_what_the_title_says() -> None:
    text = "Il palazzo fu costruito nel 1932 su progetto dell’architetto romano Marco Landi."
    qs = answers(appositions.extract, text, "it")
    assert qs["Chi era Marco Landi?"] == "l’architetto romano"


# 'by' and a gerund says how, not by whom; a thing is asked with 'what'.


def test_by_and_a_gerund_is_no_agent() -> None:
    text = (
        "Northern Ferries was formed in 1990 by merging the Blue Line Company with the Red "
        "Line. The Forth Road Bridge was designed by the architect Anna Price."
    )
    qs = answers(agents.extract, text, "en")
    assert "Who formed Northern Ferries?" not in qs
    assert qs["Who designed the Forth Road Bridge?"] == "Anna Price"


def test_an_agent_that_is_a_thing_is_asked_with_what() -> None:
    en = answers(
        agents.extract, "The Old Mill of Leeds was destroyed in 1990 by Storm Arwen.", "en"
    )
    assert en["What destroyed the Old Mill of Leeds?"] == "Storm Arwen"
    it = answers(
        agents.extract,
        "Il ghiacciaio del Rutor è stato fotografato nel 2020 dal satellite Sentinel-2.",
        "it",
    )
    assert it["Da che cosa è stato fotografato il ghiacciaio del Rutor?"] == "Sentinel-2"


def test_a_group_named_after_a_thing_is_asked_with_who() -> None:
    text = "The Leeds Corn Exchange was restored in 1990 by the West Yorkshire Fire Service."
    qs = answers(agents.extract, text, "en")
    assert qs["Who restored the Leeds Corn Exchange?"] == "West Yorkshire Fire Service"


# A seat joined to a participle set off after a name is that name's.


def test_a_seat_after_a_participle_belongs_to_the_name_it_follows() -> None:
    it = answers(
        seats.extract,
        "Il sistema Aurora è una piattaforma robotica prodotta dall’azienda statunitense "
        "Medrobot, fondata nel 1995 e con sede a Sunnyvale, in California.",
        "it",
    )
    assert it == {"Dove ha sede Medrobot?": "Sunnyvale"}
    en = answers(
        seats.extract,
        "The Aurora system is a surgical robot made by the American company Medrobot, founded "
        "in 1995 and based in Sunnyvale, California.",
        "en",
    )
    assert en == {"Where is Medrobot based?": "Sunnyvale"}


def test_a_seat_after_a_name_of_a_complement_is_the_subjects() -> None:
    text = (
        "The Nordic Credit Bank is the lending arm of the Nordic Council, created in 1975 and "
        "headquartered in Helsinki."
    )
    qs = answers(seats.extract, text, "en")
    assert qs == {"Where is the Nordic Credit Bank headquartered?": "Helsinki"}


# An institution named by its kind alone is the one the article names in full.


def test_an_office_of_the_consorzio_names_it_in_full() -> None:
    text = (
        "Il Consorzio per la tutela del Lugana riunisce i produttori. Il presidente del "
        "Consorzio, Piero Zenti, ha convocato un’assemblea. «Serve aiuto», ha detto Zenti."
    )
    qs = answers(roles.extract, text, "it")
    assert qs["Chi è il presidente del Consorzio per la tutela del Lugana?"] == "Piero Zenti"
    assert "Chi è Piero Zenti?" not in answers(appositions.extract, text, "it")


def test_the_councils_office_names_the_council_in_full() -> None:
    text = (
        "Galway City Council voted on Monday. The council’s chief executive, Mary Keane, told "
        "members that the register would be run online."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is Galway City Council’s chief executive?"] == "Mary Keane"


def test_an_office_of_a_kind_named_twice_is_left_as_it_is() -> None:
    text = (
        "La Fondazione Rossi e la Fondazione Bianchi hanno firmato. Il presidente della "
        "fondazione, Aldo Neri, ha parlato. «Bene», ha detto Neri."
    )
    qs = answers(roles.extract, text, "it")
    assert "Quale carica ricopre Aldo Neri?" in qs
    assert not any("Rossi" in q or "Bianchi" in q for q in qs)


# An apposition before a name is the last of a list, and one of a kind's is no answer.


def test_an_apposition_before_a_name_is_the_last_of_a_list() -> None:
    text = (
        "Erano presenti i sindaci della valle e il direttore generale dell’Azienda Sanitaria, "
        "Paolo Riva."
    )
    qs = answers(appositions.extract, text, "it")
    assert qs.get("Chi è Paolo Riva?") in (None, "il direttore generale dell’Azienda Sanitaria")


def test_the_companys_office_is_no_apposition_answer() -> None:
    text = "Halden will build a plant. Ingrid Moe, the company’s chief executive, praised the site."
    assert "Who is Ingrid Moe?" not in answers(appositions.extract, text, "en")


def test_a_spokesperson_speaks_for_the_group_before() -> None:
    text = (
        "Norgas, which supplies gas to a million homes, said it was disappointed. A "
        "spokesperson, Kate Lind, said gas could cut emissions. Many residents came. A "
        "spokesman, Tim Lowe, said they were angry."
    )
    qs = answers(appositions.extract, text, "en")
    assert qs["Who is Kate Lind?"] == "a spokesperson for Norgas"
    assert "Who is Tim Lowe?" not in qs
    it = answers(
        appositions.extract,
        "L’Enel ha confermato il piano. Un portavoce, Marco Bassi, ha detto che i lavori "
        "partiranno a marzo.",
        "it",
    )
    assert it["Chi è Marco Bassi?"] == "un portavoce dell’Enel"


def test_a_conditional_is_no_history_told() -> None:
    text = (
        "Secondo l’accusa, sostenuta dal pubblico ministero Chiara Neri, tra il 2019 e il 2021 "
        "l’impianto avrebbe scaricato nel fiume acque cariche di fanghi. Nel 1850 il borgo "
        "crebbe attorno al castello del conte Ugo Neri, il signore della valle."
    )
    qs = answers(appositions.extract, text, "it")
    assert qs["Chi è Chiara Neri?"] == "il pubblico ministero"
    assert qs["Chi era Ugo Neri?"] == "il signore della valle"


def test_an_entrys_possessive_is_the_entry() -> None:
    text = (
        "Un paragrafo qualunque dell’articolo con parole.\n\nOrchestra Vivaldi\n\n"
        "L’Orchestra Vivaldi è un ensemble di musica barocca fondato a Venezia. Il suo "
        "direttore stabile, Marco Landi, la dirige dal 2015. Landi ha inciso venti dischi."
    )
    qs = answers(roles.extract, text, "it")
    assert qs["Chi è il direttore stabile dell’Orchestra Vivaldi?"] == "Marco Landi"


def test_the_full_name_is_read_past_an_articulated_di() -> None:
    text = (
        "Il Dipartimento della Difesa Civile ha inviato 4 idrovore. Secondo il capo del "
        "Dipartimento, Gino Salvi, la risposta è stata rapida. Il Dipartimento della DIFESA "
        "CIVILE coordina le emergenze. «Siamo pronti», ha detto Salvi."
    )
    qs = answers(roles.extract, text, "it")
    assert qs["Chi è il capo del Dipartimento della Difesa Civile?"] == "Gino Salvi"


# A town's office said without the town takes the town the article names by its council.


def test_a_town_office_takes_the_town_of_the_council() -> None:
    text = (
        "Il consiglio comunale di Matera ha approvato il piano. Secondo l’assessora alla "
        "Mobilità, Carla Riso, i dati sono buoni. Il presidente del consiglio comunale, Ugo "
        "Lenti, ha sospeso la seduta. L’assessore regionale ai Trasporti, Luca Bo, ha parlato."
    )
    qs = answers(roles.extract, text, "it")
    assert qs["Chi è l’assessora alla Mobilità del Comune di Matera?"] == "Carla Riso"
    assert qs["Chi è il presidente del consiglio comunale di Matera?"] == "Ugo Lenti"
    # asked of the person, the office needs no town
    assert qs["Quale carica ricopre Carla Riso?"] == "assessora alla Mobilità"
    assert qs["Chi è l’assessore regionale ai Trasporti?"] == "Luca Bo"
    assert "Chi è Carla Riso?" not in answers(appositions.extract, text, "it")


def test_a_town_office_of_two_towns_named_keeps_no_town() -> None:
    text = (
        "Il sindaco di Matera e il sindaco di Bari hanno firmato. Secondo l’assessora alla "
        "Mobilità, Carla Riso, i dati sono buoni."
    )
    qs = answers(roles.extract, text, "it")
    assert not any("Matera" in q or "Bari" in q for q in qs if "Riso" in q or "assessora" in q)


def test_a_mayor_is_the_mayor_of_the_town_of_the_council() -> None:
    text = (
        "Galway City Council voted on Monday. The Lord Mayor, Eoin Lacey, called the vote "
        "historic. Mayor Ruth Doyle, who voted in favour, said more would follow. Lacey and "
        "Doyle met later."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is the Lord Mayor of Galway?"] == "Eoin Lacey"
    assert qs["Who is the Mayor of Galway?"] == "Ruth Doyle"
    assert "Who is Eoin Lacey?" not in answers(appositions.extract, text, "en")
    it = answers(
        roles.extract,
        "Il consiglio comunale di Matera ha votato. «È una svolta», ha detto il sindaco Carlo "
        "Salvi. Salvi era soddisfatto.",
        "it",
    )
    assert it["Chi è il sindaco di Matera?"] == "Carlo Salvi"
    assert it["Quale carica ricopre Carlo Salvi?"] == "sindaco di Matera"  # "sindaco" alone: no


def test_a_section_or_bench_is_the_courts_the_article_names() -> None:
    text = (
        "Il Tribunale di Lodi ha condannato Carlo Neri. La sentenza è stata letta dalla "
        "presidente della terza sezione penale, Anna Riva, dopo cinque ore. Il collegio, "
        "presieduto dalla giudice Sara Villa, ha respinto la richiesta. Riva e Villa hanno poi "
        "lasciato l’aula."
    )
    qs = answers(roles.extract, text, "it")
    assert (
        qs["Chi è la presidente della terza sezione penale del Tribunale di Lodi?"] == "Anna Riva"
    )
    assert qs["Chi presiede il collegio del Tribunale di Lodi?"] == "Sara Villa"
