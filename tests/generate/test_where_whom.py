"""Where a reading was taken, whom a thing was entrusted to, and who did a deed in a sentence
that opens with a dateline or says it was done for the first time."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document
from quizlib.generate.extract import agents, seats
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def answers(extract: Extractor, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_where_a_superlative_reading_was_taken() -> None:
    it = (
        "La temperatura più bassa si è registrata a Livigno, con 18 gradi sotto "
        "zero. Il picco di affluenza è stato registrato a Trento nel pomeriggio. Un caso è "
        "stato registrato a Lodi."
    )
    # "un caso": which one, out of the article?
    assert answers(seats.extract, it, "it") == {
        "Dove si è registrata la temperatura più bassa?": "Livigno",
        "Dove è stato registrato il picco di affluenza?": "Trento",
    }
    en = (
        "The highest temperature was recorded at Heathrow, where thermometers "
        "reached 34C. The strongest gust was measured in Aberdaron on Tuesday. A case was "
        "recorded in Leeds."
    )
    assert answers(seats.extract, en, "en") == {
        "Where was the highest temperature recorded?": "Heathrow",
        "Where was the strongest gust measured?": "Aberdaron",
    }


def test_whom_a_charge_was_entrusted_or_awarded_to() -> None:
    it = (
        "La gestione è stata affidata per i primi due anni alla cooperativa "
        "sociale Arcobaleno, che ha assunto sei educatori. L’appalto è stato aggiudicato "
        "alla Impresa Rossi Costruzioni di Brescia. Il lavoro è stato affidato a un gruppo "
        "di tre restauratrici. Il premio è stato assegnato a Torino. Le indagini furono "
        "affidate al Nucleo di polizia tributaria della Guardia di Finanza di Pavia."
    )
    # a group of people, a lone name that may be a place: no question
    assert answers(agents.extract, it, "it") == {
        "A chi è stata affidata la gestione per i primi due anni?": "Arcobaleno",
        "A chi è stato aggiudicato l’appalto?": "Impresa Rossi Costruzioni di Brescia",
        # a cooperative is a body: what its relative clause says it did is asked of it
        "Quale cooperativa ha assunto sei educatori?": "Arcobaleno",
        # a body's name in small letters, read whole to its place
        "A chi furono affidate le indagini?": (
            "Nucleo di polizia tributaria della Guardia di Finanza di Pavia"
        ),
    }
    en = (
        "The contract was awarded to Carillion Roads in March. The franchise "
        "has been awarded to the transport group Arriva, which runs buses in the north. The "
        "site was sold to Tesco. The prize was awarded to the pupils of the village school."
    )
    assert answers(agents.extract, en, "en") == {
        "Who was the contract awarded to?": "Carillion Roads",
        "Who has the franchise been awarded to?": "Arriva",
    }


def test_a_deed_done_for_the_first_time() -> None:
    it = (
        "La Pallavolo Lagonegro ha vinto per la prima volta la Coppa Italia di "
        "serie B, battendo in finale il Castellana. Giulia Neri ha parlato prima della "
        "partita con i tifosi del club."
    )
    # "prima della partita": before, where the deed's clause ends (too short to ask)
    assert answers(agents.extract, it, "it") == {
        "Chi ha vinto per la prima volta la Coppa Italia di serie B?": "Pallavolo Lagonegro",
    }


def test_a_deed_after_a_dateline() -> None:
    it = (
        "Matera, 3 giugno 2026 – La Fondazione Lucana ha presentato il nuovo "
        "cartellone della stagione lirica.\n\nPotenza – La Pro Loco ha dato una mano agli "
        "organizzatori."
    )
    assert answers(agents.extract, it, "it") == {
        "Quale fondazione ha presentato il nuovo cartellone della stagione lirica?": (
            "Fondazione Lucana"
        ),
        "Chi ha dato una mano agli organizzatori?": "Pro Loco",
    }
    en = "Nairobi – The Kenya Wildlife Service has closed three national parks."
    assert answers(agents.extract, en, "en") == {
        "Who has closed three national parks?": "Kenya Wildlife Service"
    }


def test_the_river_a_place_is_crossed_by_or_stands_on() -> None:
    it = (
        "Lugo è un comune di circa 32.000 abitanti in provincia di Ravenna, in Romagna, "
        "attraversato dal torrente Senio. Asti è una città del Piemonte, dove la Regione ha "
        "sede, attraversata dal fiume Tanaro."
    )
    # "dove la Regione ha sede": another clause stands between, whose noun may be crossed
    assert answers(seats.extract, it, "it") == {
        "Quale torrente attraversa Lugo?": "Senio",
        "In quale provincia si trova Lugo?": "Ravenna",
    }
    en = (
        "Hereford is a cathedral city in the west of England and stands on the River Wye. "
        "The council said the bridge lies on the River Lugg."
    )
    assert answers(seats.extract, en, "en") == {"On which river does Hereford stand?": "River Wye"}


def test_where_a_river_ends() -> None:
    it = (
        "Il Brenta è un fiume lungo 174 chilometri che nasce dal lago di Caldonazzo e sfocia "
        "nel mare Adriatico, a sud di Chioggia. Il Ticino riceve il Toce, che sfocia nel "
        "lago Maggiore."
    )
    # "che sfocia" of the Toce: not what the sentence opens with
    assert answers(seats.extract, it, "it") == {"Dove sfocia il Brenta?": "mare Adriatico"}
    en = (
        "The River Frome is a chalk stream that rises near Evershot and flows for 30 miles "
        "into Poole Harbour. The Severn receives the Avon, which flows into it at Tewkesbury."
    )
    assert answers(seats.extract, en, "en") == {
        "What does the River Frome flow into?": "Poole Harbour"
    }


def test_the_seat_of_a_body_with_an_aside_or_a_name_in_small_letters() -> None:
    it = (
        "L’ARPAV (Agenzia Regionale per la Prevenzione e Protezione Ambientale del Veneto) "
        "è stata istituita nel 1996 e ha sede a Padova. Il consorzio riunisce dodici enti, "
        "tra cui l’Istituto di ricerche agrarie, con sede a Lodi. Il museo ha acquistato un "
        "dipinto dalla Galleria di arte antica, con sede a Parma. Il comitato è l’organo "
        "consultivo dell’Istituto di studi alpini, con sede a Trento."
    )
    # "galleria" is no word of a body's kind: the phrase may be any noun's; a body after
    # "dell’" is a complement of the noun whose seat it may be
    assert answers(seats.extract, it, "it") == {
        "Dove ha sede l’ARPAV?": "Padova",
        "Dove ha sede l’Istituto di ricerche agrarie?": "Lodi",
    }
    en = (
        "The SEPA (Scottish Environment Protection Agency of the Scottish Government) was "
        "set up in 1996 and is based in Stirling."
    )
    assert answers(seats.extract, en, "en") == {"Where is the SEPA based?": "Stirling"}


def test_a_deed_in_a_clause_joined_by_and() -> None:
    en = (
        "The new road crosses two nature reserves, and the Devon Wildlife Trust has asked for "
        "a second survey of the bats. Exeter College, Plymouth College, and the Royal Society "
        "have signed the open letter. The council approved the plan, but the Environment "
        "Agency said it would appeal."
    )
    # a list of names is no clause before; a verb of saying is the quotes' business
    assert answers(agents.extract, en, "en") == {
        "Which trust has asked for a second survey of the bats?": "Devon Wildlife Trust"
    }
    it = (
        "Il cantiere è fermo da due mesi, e la Pro Loco di Arco ha chiesto un incontro con "
        "il sindaco. Il Comune di Arco, il Comune di Riva e la Provincia di Trento hanno "
        "firmato l’accordo."
    )
    assert answers(agents.extract, it, "it") == {
        "Chi ha chiesto un incontro con il sindaco?": "Pro Loco di Arco"
    }


def test_who_commissioned_a_study_the_article_reports() -> None:
    en = (
        "An independent study commissioned by Visit Cornwall estimated the show was worth "
        "£12m to the county. A letter written by John Hale was read out."
    )
    # "a letter": which letter, out of the article?
    assert answers(agents.extract, en, "en") == {
        "Who commissioned the independent study?": "Visit Cornwall"
    }
    it = (
        "Uno studio indipendente commissionato dalla Camera di Commercio di Trento stima un "
        "indotto di 40 milioni. Una lettera scritta da Mario Rossi è stata letta in aula."
    )
    # the Camera di Commercio is a body, no camera: "Da chi", not "Da che cosa"
    assert answers(agents.extract, it, "it") == {
        "Da chi è stato commissionato lo studio indipendente?": "Camera di Commercio di Trento"
    }


def test_where_a_side_plays_its_home_games() -> None:
    it = (
        "Titolo della prova\n\nIl derby è finito in parità davanti a seimila spettatori.\n\n"
        "Condividi\n\nVirtus Lucca\n\nLa Virtus Lucca è una squadra di pallavolo fondata nel "
        "1961. Disputa le partite casalinghe al palazzetto Tagliate. La Pallacanestro Cantù "
        "disputa le gare interne al PalaDesio."
    )
    assert answers(seats.extract, it, "it") == {
        "Dove disputa le partite casalinghe la Virtus Lucca?": "palazzetto Tagliate",
        "Dove disputa le gare interne la Pallacanestro Cantù?": "PalaDesio",
    }
    en = (
        "Kendal Rovers play their home games at Parkside Road, which holds 2,000. Carlisle "
        "will continue to play home games at the Stadium."
    )
    assert answers(seats.extract, en, "en") == {
        "Where do Kendal Rovers play their home games?": "Parkside Road"
    }


def test_the_seat_an_entry_gives_with_a_possessive() -> None:
    en = (
        "A headline for the test\n\nThe agency fined the dairy on Monday.\n\nShare this\n\n"
        "Marine Scotland Directorate\n\nThe Marine Scotland Directorate is a part of the "
        "Scottish Government. Its headquarters are in Aberdeen.\n\nMoray Council\n\nIt was "
        "formed in 1996, and its headquarters are at the Council Offices in Elgin."
    )
    assert answers(seats.extract, en, "en") == {
        "Where is the Marine Scotland Directorate headquartered?": "Aberdeen",
        "Where is Moray Council headquartered?": "Council Offices in Elgin",
    }
    it = (
        "Titolo della prova\n\nL’ente ha multato la ditta lunedì.\n\nCondividi\n\nParco "
        "del Pollino\n\nIl Parco del Pollino è un parco nazionale istituito nel 1988. La sua "
        "sede si trova a Rotonda, in provincia di Potenza."
    )
    assert answers(seats.extract, it, "it") == {"Dove ha sede il Parco del Pollino?": "Rotonda"}


def test_where_things_a_count_introduces_were_made() -> None:
    it = (
        "Sulla tratta viaggeranno 12 nuovi treni costruiti in Polonia, lunghi 80 metri. I "
        "treni avranno 300 posti. I treni saranno elettrici. Il museo espone tre statue "
        "ritrovate a Ercolano."
    )
    # "tre statue": said once, which statues out of the article?
    assert answers(seats.extract, it, "it") == {
        "Dove sono stati costruiti i nuovi treni?": "Polonia"
    }
    en = (
        "The crossing will use three new ferries built in Gdansk, each carrying 120 cars. The "
        "ferries are late. The ferries cost £100m. The museum shows two statues found at "
        "Pompeii."
    )
    assert answers(seats.extract, en, "en") == {"Where were the new ferries built?": "Gdansk"}


def test_the_deed_a_relative_clause_gives_a_body() -> None:
    en = (
        "The union Prospect, which represents most of the engineers, welcomed the deal. The "
        "Cumbria Wildlife Trust, which manages the nature reserve, counted 300 birds. The "
        "leader of the union Unite, which has about 1.2 million members, resigned. Carlisle, "
        "which has about 110,000 people, voted to leave."
    )
    # a complement of another noun, a town: no body's deed
    got = answers(agents.extract, en, "en")
    assert got["Which union represents most of the engineers?"] == "Prospect"
    assert got["Which trust manages the nature reserve?"] == "Cumbria Wildlife Trust"
    assert not any("members" in q or "110,000" in q for q in got)
    it = (
        "L’associazione Legambiente Marche, che ha presentato un esposto in procura, chiede "
        "la sospensione dei lavori. Il sindaco della Città di Fano, che ha firmato il "
        "decreto, era assente. Protestano i pescatori, riuniti nella cooperativa Mare Nostro, "
        "che temono un crollo delle vendite. Il ricorso era stato presentato dal Comune di "
        "Pesaro e dall’associazione Italia Nostra, che contestavano l’impatto del porto."
    )
    # the mayor's deed, the fishermen's, the deed of two: not the body's
    assert answers(agents.extract, it, "it") == {
        "Quale associazione ha presentato un esposto in procura?": "Legambiente Marche"
    }


def test_the_deed_of_a_body_whose_kind_is_set_off_after_its_name() -> None:
    en = (
        "That is enough for 900 homes, according to Orkney Tide Power, the Stromness-based "
        "company that built and runs the turbines. The parade was led by Walk the Plank, the "
        "Salford street theatre company, which drew an estimated 20,000 people. The pier was "
        "bought by Seaview Leisure, the company that runs the Grand Hotel."
    )
    # "the company that runs": the definitions ask "What is the company that ...?"
    got = answers(agents.extract, en, "en")
    assert got["Which company built and runs the turbines?"] == "Orkney Tide Power"
    assert got["Which company drew an estimated 20,000 people?"] == "Walk the Plank"
    assert not any("Grand Hotel" in q for q in got)
    it = (
        "Il restauro è stato finanziato da Banca Alpina, il principale istituto di credito "
        "della valle, che ha stanziato due milioni di euro."
    )
    # the kind before "che" is "valle": which noun the clause is said of is not sure
    assert not any("stanziato" in q for q in answers(agents.extract, it, "it"))


def test_a_body_named_with_and_after_a_phrase_of_cause() -> None:
    it = (
        "Per questo il Consorzio di Bonifica Valdichiana e Valdarno ha sospeso tutti "
        "i prelievi di acqua dal fiume. Di conseguenza la Provincia di Arezzo ha chiuso la "
        "strada provinciale per due giorni. Mario Rossi e Anna Neri hanno vinto la gara di "
        "Coppa del Mondo."
    )
    # two people and a plural verb: no deed of one name
    assert answers(agents.extract, it, "it") == {
        "Chi ha sospeso tutti i prelievi di acqua dal fiume?": (
            "Consorzio di Bonifica Valdichiana e Valdarno"
        ),
        "Quale provincia ha chiuso la strada provinciale per due giorni?": "Provincia di Arezzo",
    }
    en = "As a result, the Environment Agency has opened an inquiry into the spill."
    assert answers(agents.extract, en, "en") == {
        "Which agency has opened an inquiry into the spill?": "Environment Agency"
    }
