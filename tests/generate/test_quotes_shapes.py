"""Who said it, in the shapes of sentences reports write: a title or an office before the
speaker, an affiliation and an apposition after, a quotation of one word, a speaker the text
describes instead of naming, a speaker set into the clause the quotation completes."""

from __future__ import annotations

import pytest

from .helpers import it_questions
from .test_roles_quotes import speakers

CASES = [
    # A title before the name, a relative clause after it, a quotation ending the clause.
    pytest.param(
        "en",
        "Councillor Ruth Maddox, who chairs the planning board, said the bypass would “cut "
        "the town in two”. Maddox has sat on the council since 2015.",
        {"Who said the bypass would “cut the town in two”?": "Ruth Maddox"},
        id="title and relative clause",
    ),
    pytest.param(
        "it",
        "Il consigliere Marco Ferri, che ha votato contro, ha definito il piano «un regalo ai "
        "costruttori della zona». Ferri siede in consiglio dal 2015.",
        {"Chi ha definito il piano “un regalo ai costruttori della zona”?": "Marco Ferri"},
        id="titolo e relativa",
    ),
    # Where the speaker works, then an apposition.
    pytest.param(
        "en",
        "Professor Ana Ruiz of Leeds University, a co-author, said the result was “a surprise "
        "to everyone on the team”. Ruiz has studied glaciers for twenty years.",
        {"Who said the result was “a surprise to everyone on the team”?": "Ana Ruiz"},
        id="affiliation",
    ),
    pytest.param(
        "it",
        "La professoressa Lucia Bassi dell’Università di Pavia, coautrice dello studio, ha "
        "definito il risultato «una sorpresa per tutto il gruppo». Bassi studia i ghiacciai.",
        {"Chi ha definito il risultato “una sorpresa per tutto il gruppo”?": "Lucia Bassi"},
        id="affiliazione",
    ),
    # A quotation of one word, when it closes the clause.
    pytest.param(
        "en",
        "Mayor Tom Becker described the rescue as “flawless”, although he admitted the crew "
        "was exhausted. Becker thanked the volunteers.",
        {"Who described the rescue as “flawless”?": "Tom Becker"},
        id="one word",
    ),
    pytest.param(
        "it",
        "Il sindaco Paolo Rinaldi ha definito il progetto «inaccettabile». Rinaldi ne "
        "parlerà in consiglio.",
        {"Chi ha definito il progetto “inaccettabile”?": "Paolo Rinaldi"},
        id="una parola",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker joined the “green” wing of the party in May. Becker is 51.",
        {},
        id="a word in quotation marks inside the clause",
    ),
    # A name the article knows as no one's, told a person's by its apposition.
    pytest.param(
        "en",
        "Gwil Pritchard, skipper of the ferry, described the crossing as “the roughest in "
        "years”. The ferry docked at noon.",
        {"Who described the crossing as “the roughest in years”?": "Gwil Pritchard"},
        id="apposition of a trade",
    ),
    pytest.param(
        "en",
        "The talks were chaired by Sarah Kamau, who is 52. UNEP Director-General Sarah Kamau "
        "described the treaty as “a floor, not a ceiling”.",
        {"Who described the treaty as “a floor, not a ceiling”?": "Sarah Kamau"},
        id="an acronym and a compound title",
    ),
    pytest.param(
        "en",
        "Green Valley, the county's largest estate, described the fence as “temporary”. "
        "The fence will come down in May.",
        {},
        id="an apposition of no person",
    ),
    pytest.param(
        "it",
        "Zelinda Porcu, infermiera del reparto, ha definito il turno di notte «massacrante». "
        "Il reparto ha dodici letti.",
        {"Chi ha definito il turno di notte “massacrante”?": "Zelinda Porcu"},
        id="apposizione di un mestiere",
    ),
    pytest.param(
        "it",
        "Villa Rosa, la casa della donna che la fondò, è stata definita «un gioiello del "
        "liberty». La villa apre a maggio.",
        {},
        id="un’apposizione che non descrive una persona",
    ),
    # A speaker the text describes by a noun it gave them.
    pytest.param(
        "it",
        "Anna Colombo, pensionata di Lodi, ha scoperto la truffa solo a marzo. «Mi avevano "
        "promesso i pannelli gratis. Non ho mai visto un tecnico», dice la pensionata.",
        {
            "Chi ha detto “Mi avevano promesso i pannelli gratis. Non ho mai visto un tecnico”?": (
                "Anna Colombo"
            )
        },
        id="la pensionata",
    ),
    pytest.param(
        "it",
        "La sindaca di Vipiteno, Sonja Kofler, ha aperto la palestra. «Il paese è diventato "
        "un grande parcheggio», ha dichiarato la sindaca.",
        {"Chi ha detto “Il paese è diventato un grande parcheggio”?": "Sonja Kofler"},
        id="la sindaca",
    ),
    pytest.param(
        "it",
        "Marta Riva ha aspettato quattro ore al pronto soccorso. «Non avevamo nemmeno una "
        "sedia libera», racconta la donna.",
        {"Chi ha detto “Non avevamo nemmeno una sedia libera”?": "Marta Riva"},
        id="la donna",
    ),
    pytest.param(
        "it",
        "Marco Riva ha aspettato quattro ore al pronto soccorso. «Non avevamo nemmeno una "
        "sedia libera», racconta la donna.",
        {},
        id="la donna per un uomo",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker opened the bridge on Monday. “It took far too long to build,” the "
        "mayor said.",
        {"Who said “It took far too long to build”?": "Tom Becker"},
        id="the mayor",
    ),
    pytest.param(
        "it",
        "Paolo Rinaldi ha incontrato il sindaco in municipio. «Il progetto va avanti "
        "comunque», ha detto il sindaco.",
        {},
        id="the noun belongs to someone the text does not name",
    ),
    pytest.param(
        "it",
        "I lavori sono diretti dall’architetta Laura Fontana. «Serviranno tre anni», spiega "
        "Laura Fontana. L’architetta ha guidato il restauro del duomo e racconta di aver "
        "passato «intere notti sui ponteggi con le torce».",
        {
            "Chi ha detto “Serviranno tre anni”?": "Laura Fontana",
            "Chi ha guidato il restauro del duomo e racconta di aver passato “intere notti sui "
            "ponteggi con le torce”?": "Laura Fontana",
        },
        id="l’architetta come soggetto",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker opened the bridge on Monday. The mayor called the delay “a scandal "
        "for the whole town”.",
        {"Who called the delay “a scandal for the whole town”?": "Tom Becker"},
        id="the mayor as subject",
    ),
    pytest.param(
        "en",
        "The company’s chief executive Anna Neri signed the deal on Monday. The company called "
        "the deal “a turning point for the group”.",
        {},
        id="a noun of no person as subject",
    ),
    # A relative clause on the person just named.
    pytest.param(
        "it",
        "Soddisfazione è stata espressa dal presidente del consorzio, Marco Galli, che in una "
        "nota ha ricordato come l’ente abbia adottato «un nuovo codice etico per tutti i soci».",
        {
            "Chi in una nota ha ricordato come l’ente abbia adottato “un nuovo codice etico per "
            "tutti i soci”?": "Marco Galli"
        },
        id="relativa",
    ),
    pytest.param(
        "en",
        "The map was identified by Dr Helen Ward, a curator at the county archive, who called "
        "it “the oldest picture of the valley we have”.",
        {"Who called the map “the oldest picture of the valley we have”?": "Helen Ward"},
        id="relative clause, 'it' for the passive subject",
    ),
    pytest.param(
        "it",
        "In aula ha parlato il legale di Carlo Neri, che ha definito la sentenza «un errore "
        "giudiziario evidente». Neri non era presente.",
        {},
        id="la relativa su chi possiede la carica",
    ),
    # A conditional that puts its verb first is no sentence the question may stop at.
    pytest.param(
        "en",
        "“Had the storm hit the town at high tide, half of the old harbour would be under water "
        "now,” said Mayor Tom Becker.",
        {
            "Who said “Had the storm hit the town at high tide, half of the old harbour would be "
            "under water now”?": "Tom Becker"
        },
        id="a conditional with its verb first",
    ),
    # 'According to X': a source, whom a pronoun after may stand for.
    pytest.param(
        "en",
        "According to Sarah Hale, a glaciologist at the university, the ice is thinning "
        "fast. “Some glaciers lose a metre every summer,” she said.",
        {"Who said “Some glaciers lose a metre every summer”?": "Sarah Hale"},
        id="pronoun after according to",
    ),
    # The speaker set into the clause the quotation completes.
    pytest.param(
        "it",
        "Secondo Laura Greco, analista di Banca Sella, il prezzo pagato è «in linea con il "
        "mercato», pari a dieci volte gli utili. Greco segue il settore dal 2010.",
        {"Chi ha detto che il prezzo pagato è “in linea con il mercato”?": "Laura Greco"},
        id="secondo X, frase",
    ),
    pytest.param(
        "it",
        "Le viti, spiega l’enologa Marta Sala, che segue trenta aziende della valle, «hanno "
        "sofferto prima la siccità e poi la grandine». Sala lavora a Bolzano.",
        {
            "Chi ha detto che le viti “hanno sofferto prima la siccità e poi la grandine”?": (
                "Marta Sala"
            )
        },
        id="inciso",
    ),
    pytest.param(
        "en",
        "The tunnel itself, according to Ines Moretti, the project’s chief engineer, had been "
        "“the easy part”. Moretti has built bridges in four countries.",
        {"Who said the tunnel itself had been “the easy part”?": "Ines Moretti"},
        id="set in",
    ),
    pytest.param(
        "en",
        "According to club secretary Janet Moss, the village hired three buses and “half the "
        "street went to London for the first time”.",
        {
            "Who said the village hired three buses and “half the street went to London for "
            "the first time”?": "Janet Moss"
        },
        id="according to X, clause",
    ),
    pytest.param(
        "en",
        "According to Anna Neri, 61, the mill “will reopen next spring”. Neri has owned it "
        "since 1990.",
        {"Who said the mill “will reopen next spring”?": "Anna Neri"},
        id="according to X, age, clause",
    ),
    # A description of the speaker with no verb, then the quotation alone: the description is
    # no part of what was said.
    pytest.param(
        "it",
        "Per Paolo Ferrero, viticoltore di Barolo con dieci ettari di vigna, «è la vendemmia più "
        "difficile da vent’anni». Ferrero produce vino dal 1995.",
        {"Chi ha detto “è la vendemmia più difficile da vent’anni”?": "Paolo Ferrero"},
        id="per X, descrizione, «frase»",
    ),
    # An office, the name set off after it, and an age: all three describe the speaker.
    pytest.param(
        "it",
        "Secondo il direttore generale, Luca Ferri, 58 anni, il bilancio è tornato in attivo e "
        "«il peggio è alle spalle». Ferri guida l’azienda dal 2020.",
        {
            "Chi ha detto che il bilancio è tornato in attivo e “il peggio è alle spalle”?": (
                "Luca Ferri"
            )
        },
        id="carica, nome, età",
    ),
    # An opening purpose clause is no source of the quotation that follows it.
    pytest.param(
        "it",
        "Per celebrare l’anniversario la biblioteca di Luca Ferri ha allestito una mostra, "
        "«Pagine di luce», aperta fino a gennaio.",
        {},
        id="per + infinito",
    ),
    pytest.param(
        "it",
        "Secondo la Casa Bianca, dopo l’incontro tra il segretario di Stato Mark Bell e il "
        "ministro Ivan Petrov, Washington ha deciso che «non ci sono piani per un vertice».",
        {},
        id="a source that is no person",
    ),
    # An office set off by commas before the name, after an adverb of time.
    pytest.param(
        "it",
        "Ieri il capogruppo dell’opposizione in consiglio comunale, Marta Bellini, ha chiesto "
        "«una commissione d’inchiesta sui lavori del porto». Bellini guida il gruppo dal 2022.",
        {"Chi ha chiesto “una commissione d’inchiesta sui lavori del porto”?": "Marta Bellini"},
        id="ieri e carica tra virgole",
    ),
    # An Italian title in lower case before the name: a noun and its adjective.
    pytest.param(
        "it",
        "Il soprano palermitano Giulia Mancini, che canterà Tosca, ha definito il teatro «un "
        "luogo dove la voce arriva ovunque». Mancini debutta sabato.",
        {"Chi ha definito il teatro “un luogo dove la voce arriva ovunque”?": "Giulia Mancini"},
        id="titolo minuscolo",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_who_said_it(language: str, text: str, expected: dict[str, str]) -> None:
    assert speakers(text, language) == expected


def test_a_source_s_relative_is_no_claim_of_the_source() -> None:
    qs = it_questions(
        "Secondo Anna Neri, che ha espresso un parere favorevole a “Campo Marta”, la regione "
        "dovrà installare nuova potenza."
    )
    assert not any(q.startswith("Chi ha detto che che") for q in qs)
