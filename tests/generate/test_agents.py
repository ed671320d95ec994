"""Who did it: a name that opens its sentence and does something, or the agent of a passive."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import agents
from quizlib.generate.text import clean

IT = """Titolo di un articolo di prova qui

Giovanna Ferri ha vinto la 40ª edizione della maratona di Firenze. Anche Confartigianato \
Umbria ha espresso perplessità. Il ponte Risorgimento fu progettato da Pier Luigi Nervi nel \
1960. Il Consiglio di Stato ha respinto il ricorso del comune di Spoleto. Mario Bianchi ha \
detto che tornerà presto. Il testo fu tradotto da un volontario.
"""

EN = """Title of a test article here

Kenya’s Ruth Wanjiru won the women’s race at the 30th Chicago Marathon on Sunday in 2 hours, \
18 minutes and 5 seconds. The Tower Bridge was designed by Horace Jones in 1884. The text was \
deciphered by Dr Anna Keller, a lecturer. Ruth Wanjiru said she was happy.
"""


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_italian_deeds_and_agents() -> None:
    assert _questions(IT, "it") == {
        "Chi ha vinto la 40ª edizione della maratona di Firenze?": "Giovanna Ferri",
        "Da chi fu progettato il ponte Risorgimento?": "Pier Luigi Nervi",
        "Chi ha respinto il ricorso del comune di Spoleto?": "Consiglio di Stato",
    }


def test_english_deeds_and_agents() -> None:
    qs = _questions(EN, "en")
    # The date ends the deed; a possessive before the name is no part of it; "the text" says
    # nothing out of the article; a verb of saying is the quotes' business.
    assert qs == {
        "Who won the women’s race at the 30th Chicago Marathon?": "Ruth Wanjiru",
        "Who designed the Tower Bridge?": "Horace Jones",
    }


def test_a_duration_is_hidden_whole() -> None:
    text = """Title of a test article here

The record run of the season lasted 2 hours, 4 minutes and 11 seconds in the heat of Dubai.
"""
    deck = generate_deck(text, language="en", deck_id="t")
    # asked whole, or hidden whole: never a part of it
    assert {c.question: c.answer for c in deck.cards if c.question} == {
        "How long did the record run of the season last in the heat of Dubai?": (
            "2 hours, 4 minutes and 11 seconds"
        )
    }
    assert all("::2 hours, 4 minutes and 11 seconds}}" in c.cloze for c in deck.cards if c.cloze)


def test_a_passive_with_an_aside_and_a_date_before_its_agent() -> None:
    text = """Title of a test article here

The coin was discovered in a field. Experts said the coin is rare. The coin, which is thought to \
date from AD 90, was found on 4 June 2023 by Peter Walsh, a retired miner. The text was read by \
Dr Anna Keller.
"""
    # "the coin" is what the article is about; "the text" is said once: no card about it.
    assert _questions(text, "en") == {"Who found the coin?": "Peter Walsh"}


def test_a_deed_cut_before_its_date_keeps_no_dangling_word() -> None:
    text = """Title of a test article here

Mary Reilly has worked there since 2010. Peter Weber has run the city marathon since 2008.
"""
    assert _questions(text, "en") == {"Who has run the city marathon?": "Peter Weber"}


def test_a_person_of_a_country_is_the_person() -> None:
    text = """Title of a test article here

Kenya’s Faith Jerotich won the women’s race at the Boston Marathon. Faith Jerotich of Kenya won \
the women’s title at the Chicago Marathon. Jerotich said she was happy.
"""
    qs = _questions(text, "en")
    assert qs["Who won the women’s title at the Chicago Marathon?"] == "Faith Jerotich"


def test_a_body_s_name_goes_on_after_of_and_and() -> None:
    text = """Title of a test article here

The Alaska Department of Fisheries closed the river to anglers on Tuesday. The Alaska \
Department of Fish and Game closed the fishery at Cordova on Friday.
"""
    qs = _questions(text, "en")
    assert qs["Which department closed the river to anglers?"] == "Alaska Department of Fisheries"
    assert qs["Which department closed the fishery at Cordova?"] == (
        "Alaska Department of Fish and Game"
    )
    # two people joined by "and" are no body's name
    text = "Title of a test\n\nJohn Smith and Anna Jones closed the shop on Tuesday.\n"
    assert not any(a.endswith("Anna Jones") for a in _questions(text, "en").values())


def test_an_italian_body_s_name_in_small_letters_and_a_firm_s_legal_form() -> None:
    text = """Titolo di un articolo di prova qui

L’intervento è stato finanziato dall’Autorità di sistema portuale del Mare Adriatico centrale. \
Le case popolari del Comune di Milano sono gestite da MM spa.
"""
    qs = _questions(text, "it")
    assert qs["Da chi è stato finanziato l’intervento?"] == (
        "Autorità di sistema portuale del Mare Adriatico centrale"
    )
    assert qs["Da chi sono gestite le case popolari del Comune di Milano?"] == "MM spa"
    text = "Titolo\n\nLe indagini furono affidate al Nucleo di polizia economico-finanziaria.\n"
    assert _questions(text, "it")["A chi furono affidate le indagini?"] == (
        "Nucleo di polizia economico-finanziaria"
    )


def test_the_agent_of_a_participle_set_off_by_a_comma() -> None:
    it = """Titolo di un articolo di prova qui

Il Museo del Novecento, progettato da Italo Rota, ha riaperto ieri. Il ponte, costruito dal \
Comune, è chiuso.
"""
    assert _questions(it, "it") == {
        "Da chi è stato progettato il Museo del Novecento?": "Italo Rota"
    }
    en = """Title of a test article here

Trams cross the Maria Pia bridge, designed by Gustave Eiffel, every hour. The bridge, designed \
by a local firm, is closed.
"""
    assert _questions(en, "en") == {"Who designed the Maria Pia bridge?": "Gustave Eiffel"}


def test_a_common_noun_that_opens_a_sentence_is_no_name() -> None:
    text = "Title of a test article\n\nResidents of Candal have complained for months about noise."
    assert _questions(text, "en") == {}


def test_participles_of_another_noun_are_not_asked() -> None:
    en = """Title of a test article here

The Court of Appeal is the highest court in the judiciary of the Kingdom, established by Article \
IV of the Charter. Its origins lie in a school of law established in 1834 by Ruth Ames. The \
Lisbon Marathon was won by Faith Jerop of Kenya in record time. Fans cheered for Jerop.
"""
    assert _questions(en, "en") == {"Who won the Lisbon Marathon?": "Faith Jerop"}
    it = """Titolo di un articolo di prova qui

Il palazzo dell’Accademia delle Scienze, progettato da Guarino Guarini, ospita il museo.
"""
    assert _questions(it, "it") == {
        "Da chi è stato progettato il palazzo dell’Accademia delle Scienze?": "Guarino Guarini"
    }


def test_an_agent_after_a_date_and_an_office() -> None:
    it = """Titolo di un articolo di prova qui

La Biblioteca Civica di Lodi, fondata nel 1792 dal vescovo Carlo Vitali, è aperta. Il Teatro \
Verdi fu restaurato tra il 1990 e il 1995 dall’architetto Aldo Bruni. Il molo fu chiuso dalla \
fine di maggio.
"""
    assert _questions(it, "it") == {
        "Da chi è stata fondata la Biblioteca Civica di Lodi?": "Carlo Vitali",
        "Da chi fu restaurato il Teatro Verdi?": "Aldo Bruni",
    }
    en = """Title of a test article here

The Royal Exchange, opened in 1844 by Queen Victoria, is a shopping centre. The Kelvin Bridge was \
designed by the engineer Ada Morton. The Kelvin Bridge was closed by the end of May.
"""
    assert _questions(en, "en") == {
        "Who opened the Royal Exchange?": "Victoria",
        "Who designed the Kelvin Bridge?": "Ada Morton",
    }


def test_the_agent_of_an_apposition_is_the_agent_of_what_it_names() -> None:
    it = """Titolo di un articolo di prova qui

Il paese è nato lungo la via Flaminia, la strada consolare costruita nel 220 a.C. dal censore \
Gaio Flaminio. I fondi del Piano Verde, lo strumento varato dalla Regione Umbria, sono finiti.
"""
    # The road is the via Flaminia; "lo strumento" is the plan, not its funds.
    assert _questions(it, "it") == {"Da chi è stata costruita la via Flaminia?": "Gaio Flaminio"}
    en = """Title of a test article here

Trade grew along Dere Street, the Roman road built by the governor Gnaeus Agricola.
"""
    assert _questions(en, "en") == {"Who built Dere Street?": "Gnaeus Agricola"}


def test_a_participle_after_what_a_name_is_says_more_of_the_name() -> None:
    it = """Titolo di un articolo di prova qui

La Rocca Alta è una fortezza sul lago di Garda, costruita intorno al 1150 per volere del \
vescovo Ugo Conti. Il Ponte Nuovo è un viadotto sul fiume Po, progettato nel 1960 \
dall’ingegnere Pier Neri. Il Muro è una barriera che circonda la città, costruita da Mario Rossi.
"""
    # After a relative clause the participle may say more of the city.
    assert _questions(it, "it") == {
        "Per volere di chi fu costruita la Rocca Alta?": "Ugo Conti",
        "Da chi fu progettato il Ponte Nuovo?": "Pier Neri",
    }
    en = """Title of a test article here

The Kelvin Gate is a stone arch in the centre of Leeds, built between 1801 and 1804 on the orders \
of King Edmund III. The Long Wall was a barrier that encircled the town, built by the Romans.
"""
    assert _questions(en, "en") == {"On whose orders was the Kelvin Gate built?": "Edmund III"}


def test_who_takes_a_verb_in_the_singular() -> None:
    """'Chi'/'Who' asks one doer: a plural name's 'hanno'/'have' becomes 'ha'/'has', and an
    Italian deed of another plural verb, whose participle would change too, is not asked."""
    it = _questions(
        "Titolo di un articolo di prova qui\n\nI Paesi Bassi hanno vinto tre ori nella gara. "
        "I Rossi sono stati premiati dal sindaco.\n",
        "it",
    )
    assert it.get("Chi ha vinto tre ori nella gara?") == "Paesi Bassi"
    assert not [q for q in it if q.startswith(("Chi hanno", "Chi sono"))]


def test_a_passive_is_not_asked_of_a_noun_its_participle_does_not_agree_with() -> None:
    """'il massimo consentito dal PalaRoma, la squadra allenata da X': 'allenata' agrees with
    'la squadra', so no 'Da chi è stato allenato il PalaRoma?'."""
    qs = _questions(
        "Titolo di un articolo di prova qui\n\nDavanti a 2.000 spettatori, il massimo consentito "
        "dal PalaRoma, la squadra allenata da Marco Neri ha rimontato tre reti.\n",
        "it",
    )
    assert not [q for q in qs if "PalaRoma" in q and q.startswith("Da chi")]
