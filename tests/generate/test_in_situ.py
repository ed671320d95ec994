"""A figure asked where it stands in its clause (extract/in_situ.py): the question a figure
gets when no other rule phrases one."""

from __future__ import annotations

import pytest

from quizlib.generate.candidate import Candidate
from quizlib.generate.extract import in_situ

from .helpers import article_document, en_questions, it_questions


def _asked(text: str, figure: str, language: str, answer_type: str = "number"):
    doc = article_document(text, language)
    s = next(s for s in doc.sentences if figure in s.text)
    at = s.text.index(figure)
    return in_situ.in_situ(s, at, at + len(figure), language, answer_type)


@pytest.mark.parametrize(
    ("text", "figure", "answer_type", "question", "answer"),
    [
        (
            "Volunteers repaired 37 footbridges along the coastal path, most of them on "
            "private farmland.",
            "37",
            "number",
            "Volunteers repaired how many footbridges along the coastal path?",
            "37",
        ),
        (
            "The ferry company carried 1.4 million passengers between the two islands last year.",
            "1.4 million",
            "number",
            "The ferry company carried how many passengers between the two islands last year?",
            "1.4 million",
        ),
        (
            "Visitor numbers rose 12 per cent on the previous summer, the trust said.",
            "12",
            "percent",
            "Visitor numbers rose by what percentage on the previous summer?",
            "12 per cent",
        ),
        (
            "The council will spend £4.2m on new drainage under the market square.",
            "£4.2m",
            "number",
            "The council will spend how much on new drainage under the market square?",
            "£4.2m",
        ),
        (
            "In 1951 the quarry closed and the village lost its railway station.",
            "1951",
            "year",
            "The quarry closed and the village lost its railway station in what year?",
            "1951",
        ),
        (
            "The tower is 46 metres tall and can be seen from the coast.",
            "46 metres",
            "number",
            "The tower is how many metres tall?",
            "46 metres",
        ),
        (
            "Cars on the causeway are limited to 30km/h after dark.",
            "30km/h",
            "number",
            "Cars on the causeway are limited to what speed after dark?",
            "30km/h",
        ),
        (
            "The survey was published on 14 March 2025 by the regional health board.",
            "14 March 2025",
            "date",
            "The survey was published on what date by the regional health board?",
            "14 March 2025",
        ),
        (
            "Harlow Pixel, the studio behind the farming game Furrow, has agreed to be bought "
            "by a Japanese publisher for £61 million.",
            "£61 million",
            "number",
            "Harlow Pixel has agreed to be bought by a Japanese publisher for how much?",
            "£61 million",
        ),
        (
            "Crews also closed or upgraded 31 level crossings along the branch line, most of "
            "them on farm tracks.",
            "31",
            "number",
            "Crews closed or upgraded how many level crossings along the branch line?",
            "31",
        ),
        (
            "The ferry, operated by Cal Mac (Caledonian MacBrayne), left Oban at 7am with 42 "
            "cars on board, and reached Craignure an hour later.",
            "42",
            "number",
            "The ferry left Oban at 7am with how many cars on board?",
            "42",
        ),
        (
            "The island covers about 620 square kilometres of moorland and bog.",
            "620 square kilometres",
            "number",
            "The island covers how many square kilometres of moorland and bog?",
            "about 620 square kilometres",
        ),
        (
            "But the trust kept more than 40 rooms open through the winter.",
            "40",
            "number",
            "The trust kept how many rooms open through the winter?",
            "more than 40",
        ),
        (
            "The fire grew from 400 hectares to more than 6,500 hectares in a single afternoon.",
            "400",
            "number",
            "The fire grew from how many hectares to more than 6,500 hectares in a single "
            "afternoon?",
            "400 hectares",
        ),
        (
            "More than 70% of residents in Blaenau Ffestiniog speak Welsh.",
            "70%",
            "percent",
            "What percentage of residents in Blaenau Ffestiniog speak Welsh?",
            "More than 70%",
        ),
        (  # "over" after a win: the contest's preposition, no bound
            "Reade’s path to the final included wins over three seeded players.",
            "three",
            "number",
            "Reade’s path to the final included wins over how many seeded players?",
            "three",
        ),
    ],
)
def test_english_figures_are_asked_in_place(text, figure, answer_type, question, answer):
    assert _asked(text, figure, "en", answer_type) == (question, answer)


@pytest.mark.parametrize(
    ("text", "figure", "answer_type", "question", "answer"),
    [
        (
            "Il consorzio ha piantato 4.200 alberi lungo gli argini del fiume.",
            "4.200",
            "number",
            "Il consorzio ha piantato quanti alberi lungo gli argini del fiume?",
            "4.200",
        ),
        (
            "La cooperativa ha esportato il 62% della produzione in Germania.",
            "62%",
            "percent",
            "La cooperativa ha esportato quale percentuale della produzione in Germania?",
            "62%",
        ),
        (
            "Le vendite sono cresciute fino al 18% rispetto all’anno prima.",
            "18%",
            "percent",
            "Le vendite sono cresciute fino a quale percentuale rispetto all’anno prima?",
            "18%",
        ),
        (
            "Il Comune investirà 2,3 milioni di euro nella nuova scuola media.",
            "2,3 milioni di euro",
            "number",
            "Il Comune investirà quanti euro nella nuova scuola media?",
            "2,3 milioni di euro",
        ),
        (
            "Nel 1908 il terremoto distrusse gran parte del centro storico.",
            "1908",
            "year",
            "In che anno il terremoto distrusse gran parte del centro storico?",
            "1908",
        ),
        (
            "La fiera si è chiusa domenica 9 marzo con un record di visitatori.",
            "9 marzo",
            "date",
            "La fiera si è chiusa in che giorno con un record di visitatori?",
            "domenica 9 marzo",
        ),
        (
            "Il consorzio ha installato un impianto a led con 1.800 punti luce.",
            "1.800 punti",
            "number",
            "Il consorzio ha installato un impianto a led con quanti punti luce?",
            "1.800 punti",
        ),
        (
            "Il Bassano, allenato da Marco Riva, è secondo dopo nove giornate, a tre punti "
            "dalla capolista.",
            "nove",
            "number",
            "Il Bassano è secondo dopo quante giornate?",
            "nove",
        ),
        (
            "La struttura si sviluppa su una superficie di circa 9.800 metri quadrati.",
            "9.800 metri",
            "number",
            "La struttura si sviluppa su una superficie di quanti metri quadrati?",
            "circa 9.800 metri quadrati",
        ),
        (
            "Il bando sarà pubblicato entro il 31 gennaio sul sito del Comune.",
            "31 gennaio",
            "date",
            "Il bando sarà pubblicato entro quale data sul sito del Comune?",
            "31 gennaio",
        ),
        (
            "Il vento, con raffiche fino a 90 chilometri orari, ha abbattuto decine di alberi.",
            "90 chilometri",
            "number",
            "Il vento, con raffiche fino a quanti chilometri orari, ha abbattuto decine di alberi?",
            "90 chilometri",
        ),
        (
            "Il prefetto ha convocato per martedì 8 settembre un tavolo con la Regione.",
            "8 settembre",
            "date",
            "Il prefetto ha convocato per quale data un tavolo con la Regione?",
            "martedì 8 settembre",
        ),
        (
            "L’azienda ha spiegato di avere in corso interventi per 48 milioni di euro.",
            "48 milioni di euro",
            "number",
            "L’azienda ha spiegato di avere in corso interventi per quanti euro?",
            "48 milioni di euro",
        ),
        (
            "La diga trattiene circa il 40% dell’acqua della valle.",
            "40%",
            "percent",
            "La diga trattiene quale percentuale dell’acqua della valle?",
            "circa il 40%",
        ),
        (
            "La scuola ha ricevuto 40 computer dalla fondazione.",
            "40",
            "number",
            "La scuola ha ricevuto quanti computer dalla fondazione?",
            "40",
        ),
        (
            "Il nuovo incubatore ospiterà 18 startup nel vecchio porto.",
            "18",
            "number",
            "Il nuovo incubatore ospiterà quante startup nel vecchio porto?",
            "18",
        ),
        (
            "La cantina ha chiuso la vendemmia con 96.400 quintali di uve conferite dai 412 soci.",
            "412",
            "number",
            "La cantina ha chiuso la vendemmia con 96.400 quintali di uve conferite da quanti "
            "soci?",
            "412",
        ),
        (
            "Il progetto coinvolge i sindaci dei 14 comuni della valle.",
            "14",
            "number",
            "Il progetto coinvolge i sindaci di quanti comuni della valle?",
            "14",
        ),
        (
            "Il progetto è stato selezionato tra 43 candidature.",
            "43",
            "number",
            "Il progetto è stato selezionato tra quante candidature?",
            "43",
        ),
        (
            "Trasformato in scalo civile, l’aeroporto di Comiso ha accolto 40.000 passeggeri "
            "nel primo anno.",
            "40.000",
            "number",
            "Trasformato in scalo civile, l’aeroporto di Comiso ha accolto quanti passeggeri nel "
            "primo anno?",
            "40.000",
        ),
        (
            "SAC\n\nLa SAC è la società che gestisce l’aeroporto di Catania. Dal 2010 ha in "
            "carico anche lo scalo di Comiso.",
            "2010",
            "year",
            "Da che anno la SAC ha in carico anche lo scalo di Comiso?",
            "2010",
        ),
        (
            "In graduatoria ci sono 23.400 famiglie, secondo il sindacato.",
            "23.400",
            "number",
            "In graduatoria ci sono quante famiglie?",
            "23.400",
        ),
        (
            "Secondo i dati di Aler, dei circa 58.000 alloggi gestiti dall’azienda, 7.900 "
            "risultano oggi non assegnati, poco meno del 14%.",
            "14%",
            "percent",
            "Secondo i dati di Aler, dei circa 58.000 alloggi gestiti dall’azienda, 7.900 "
            "risultano oggi non assegnati, poco meno di quale percentuale?",
            "14%",
        ),
    ],
)
def test_italian_figures_are_asked_in_place(text, figure, answer_type, question, answer):
    assert _asked(text, figure, "it", answer_type) == (question, answer)


@pytest.mark.parametrize(
    ("text", "figure", "language", "answer_type"),
    [
        # a pronoun or a verb without its subject: who is meant is in another sentence
        ("It was rebuilt in 1951 after a long fire.", "1951", "en", "year"),
        ("Ha ricevuto 12 milioni di euro dalla Regione.", "12 milioni di euro", "it", "number"),
        ("Nella versione rivista vale 194 milioni di euro.", "194 milioni di euro", "it", "number"),
        # a relative clause: its antecedent is not read
        ("The new bypass, which cost £31m, opened in March.", "£31m", "en", "number"),
        ("La scuola, che ospita 420 alunni, riaprirà a settembre.", "420", "it", "number"),
        # one end of a range
        ("Between 1920 and 1935 the mill employed most of the town.", "1935", "en", "year"),
        # a figure that describes the noun after it
        ("The crews built a 60-seat hall beside the pier.", "60", "en", "number"),
        ("The 16,800 spectators rose to their feet.", "16,800", "en", "number"),
        # what someone said
        (
            "“We will need 300 more beds before the winter,” said Dr Ama Boateng.",
            "300",
            "en",
            "number",
        ),
        # a figure opening a phrase set off by a comma
        (
            "Two trains will run each day, five days a week, from the new yard.",
            "five",
            "en",
            "number",
        ),
        # the first person
        ("We planted 500 oaks on the common last winter.", "500", "en", "number"),
        # one end of a range of figures, a time of day
        ("Prices could rise by 20 to 40 cents a gallon.", "40", "en", "number"),
        ("Le pene vanno da un anno e otto mesi a sei anni.", "otto", "it", "number"),
        ("La biblioteca resterà aperta dalle 9 alle 12 il sabato.", "9", "it", "number"),
        (
            "Il consorzio ha annunciato che nel 2026 investirà 1,2 milioni di euro.",
            "2026",
            "it",
            "year",
        ),
        (
            "The tablet measures 20cm by 8cm and is less than 2mm thick.",
            "20cm by 8cm",
            "en",
            "number",
        ),
        (
            "Dei 312 partecipanti, 41 avevano già compiuto cento anni al momento del prelievo.",
            "312",
            "it",
            "number",
        ),
        (
            "Università del Salento\n\nL’università ha sede a Lecce. Fino al 2007 era denominata "
            "Università degli Studi di Lecce.",
            "Università degli Studi di Lecce",
            "it",
            "thing",
        ),
        (
            "Parco\n\nIl parco tutela la costa. Istituito nel 1991, con 181.000 ettari è il "
            "secondo parco nazionale italiano per estensione.",
            "181.000 ettari",
            "it",
            "number",
        ),
        (
            "Parlando a una conferenza stampa a Mosca il 21 ottobre, Lavrov ha ribadito la sua "
            "posizione.",
            "21 ottobre",
            "it",
            "date",
        ),
        # a year that names a noun, a figure that names a level
        (
            "Ministers agreed the 2026 catch limit, and fleets agree 2027 quotas.",
            "2027",
            "en",
            "year",
        ),
        ("The council imposed level two restrictions on sprinklers.", "two", "en", "number"),
        # a clause that hangs on another, what is left without a verb
        ("Because each admission costs £2,300, the trust saves money.", "£2,300", "en", "number"),
        ("Un anno e otto mesi.", "otto", "it", "number"),
        # a subject only the sentence before names
        ("Costituita nel 2001, amministra 1.200 chilometri di strade.", "1.200", "it", "number"),
        ("Its two boats were called out 1,137 times last year.", "1,137", "en", "number"),
        ("La sua collezione comprende 4.000 dipinti antichi.", "4.000", "it", "number"),
        # a figure inside a noun phrase, a sum of two figures, a pronoun moved to the front
        ("La squadra è tornata tra le migliori otto squadre d’Europa.", "otto", "it", "number"),
        ("Nel bilancio 2020 il patrimonio netto era negativo.", "2020", "it", "year"),
        (
            "She reached the top in 59 minutes and 8 seconds.",
            "59 minutes and 8 seconds",
            "en",
            "number",
        ),
        ("For 42 years it was the record nobody could touch.", "42 years", "en", "number"),
        # a subject pronoun after the phrase that opens the sentence
        ("Created in 1994, it covers about 8,200 square kilometres.", "8,200", "en", "number"),
        (
            "Originally a trading post established in 1812, it is now a market town.",
            "1812",
            "en",
            "year",
        ),
        # the sides of a size, a measure that names a noun
        ("The box measures 10cm by 20cm by 34cm.", "20cm", "en", "number"),
        (
            "The winner, a former 5,000 metres runner, won by a minute.",
            "5,000 metres",
            "en",
            "number",
        ),
        # a name's own preposition governs the name after it
        (
            "Sulla base di uno studio affidato all’ARPA Lombardia, è stato spostato di 150 metri.",
            "150 metri",
            "it",
            "number",
        ),
        # a figure set in between commas, a subject only the sentence before names
        (
            "The town was the birthplace, in 1809, of a famous naturalist.",
            "1809",
            "en",
            "year",
        ),
        ("Fino al 2007 era denominata Università di Lecce.", "2007", "it", "year"),
        ("Secondo la Regione, la adotta già il 47% delle scuole.", "47%", "it", "percent"),
        # what someone said, its verb cut off with a phrase set in
        (
            "The ministry said crews at 12 inspection stations, most of them on highways, "
            "checked the boats.",
            "12",
            "en",
            "number",
        ),
        # a phrase set off by a comma that leans on the clause before
        (
            "The catch was landed by 14 boats, most of them 15 metres long.",
            "15 metres",
            "en",
            "number",
        ),
        ("Sono stati confiscati beni, tra cui 14 immobili e due auto.", "14", "it", "number"),
    ],
)
def test_figures_whose_clause_does_not_read_alone_are_not_asked(
    text, figure, language, answer_type
):
    assert _asked(text, figure, language, answer_type) is None


def test_only_a_figure_no_question_asks_gets_one():
    doc = article_document("The port handled 41 ferries from the islands last year.", "en")
    s = doc.sentences[-1]
    cloze = s.text.replace("41", "{{c1::41}}", 1)
    hidden = Candidate("cloze", s, 0.5, "41", cloze=cloze, answer_type="number")
    asked = Candidate("number", s, 0.8, "41", question="How many ferries did the port handle?")
    assert list(in_situ.extract([hidden, asked], doc)) == []
    (made,) = in_situ.extract([hidden], doc)
    assert made.question == "The port handled how many ferries from the islands last year?"
    assert (made.kind, made.answer, made.answer_type) == ("number", "41", "number")


def test_the_generator_asks_in_place_what_it_cannot_front():
    # each figure stands in a clause no other rule phrases; the clozes of those sentences
    # become questions
    en = en_questions(
        "Rail currently carries less than 2% of freight moved in the region, "
        "compared with a national average of about 15%."
    )
    assert en.get("Rail currently carries what percentage of freight moved in the region?") == (
        "less than 2%"
    )
    it = it_questions(
        "Secondo le stime dell’azienda l’impianto produrrà 40 gigawattora l’anno, "
        "pari al fabbisogno di circa 15.000 famiglie."
    )
    assert any(q.endswith("quante famiglie?") for q in it), it


@pytest.mark.parametrize(
    ("text", "name", "language", "answer_type", "question"),
    [
        (
            "Police found a receipt for the petrol, bought at a filling station on Grange Road "
            "the previous evening.",
            "Grange Road",
            "en",
            "thing",
            "Police found a receipt for the petrol, bought at a filling station on which road "
            "the previous evening?",
        ),
        (
            "The cider was first pressed in the village in 1921 by the miller Tom Ashby.",
            "Tom Ashby",
            "en",
            "person",
            "The cider was first pressed in the village in 1921 by which miller?",
        ),
        (
            "The relay was won by Cara Lindqvist in record time.",
            "Cara Lindqvist",
            "en",
            "person",
            "The relay was won by whom in record time?",
        ),
        (
            "Con l’Università di Siena è partita una ricerca sulle api selvatiche.",
            "Università di Siena",
            "it",
            "thing",
            "Con quale università è partita una ricerca sulle api selvatiche?",
        ),
        (
            "I campioni sono analizzati dal laboratorio dell’Università di Camerino.",
            "Università di Camerino",
            "it",
            "thing",
            "I campioni sono analizzati dal laboratorio di quale università?",
        ),
        (
            "La squadra allenata da Pietro Sala ha vinto il campionato.",
            "Pietro Sala",
            "it",
            "person",
            "La squadra allenata da chi ha vinto il campionato?",
        ),
        (
            "Hamish Ritchie’s family has run sheep on the station for four generations.",
            "Hamish Ritchie",
            "en",
            "person",
            "Whose family has run sheep on the station for four generations?",
        ),
        (
            "The road was widened by Anna Price’s firm in 2019.",
            "Anna Price",
            "en",
            "person",
            "The road was widened by whose firm in 2019?",
        ),
        (
            "Douglas Shire regained its independence in 2014.",
            "Douglas Shire",
            "en",
            "person",
            "Which shire regained its independence in 2014?",
        ),
        (
            "The wildfire jumped the Athabasca River last July.",
            "Athabasca River",
            "en",
            "thing",
            "The wildfire jumped which river last July?",
        ),
        (
            "The work was carried out by Kilbride Marine Construction, an Oban-based "
            "contractor, and took 41 weeks on site.",
            "Kilbride Marine Construction",
            "en",
            "thing",
            "The work was carried out by which contractor?",
        ),
        (
            "The remaining £3.3m came from Argyll and Bute Council.",
            "Argyll and Bute Council",
            "en",
            "thing",
            "The remaining £3.3m came from which council?",
        ),
        (
            "Il museo ha sede nel Palazzo Giustinian, sul Canal Grande.",
            "Palazzo Giustinian",
            "it",
            "thing",
            "Il museo ha sede in quale palazzo, sul Canal Grande?",
        ),
        (
            "The committee voted in favour of Claggain Bay Distilling Company’s application.",
            "Claggain Bay Distilling Company",
            "en",
            "thing",
            "The committee voted in favour of which company’s application?",
        ),
    ],
)
def test_names_are_asked_in_place(text, name, language, answer_type, question):
    assert _asked(text, name, language, answer_type) == (question, name)


@pytest.mark.parametrize(
    ("text", "name", "language", "answer_type"),
    [
        # a name with no kind in it says nothing of what it is
        ("The festival moved to Castlebar last year.", "Castlebar", "en", "thing"),
        # a phrase after the name would tell who the person is
        (
            "The race was won by Ewan Reid, a forestry student from Aboyne, in 24 minutes.",
            "Ewan Reid",
            "en",
            "person",
        ),
        # no verb is left around the name
        (
            "Anna Reid, a seal researcher at the University of Kent, said the count was up.",
            "University of Kent",
            "en",
            "thing",
        ),
        # a name that names a noun after it, a name an adjective describes
        ("Traders from Flathead Valley businesses complained.", "Flathead Valley", "en", "thing"),
        ("The new unit replaced the old City Hospital in 2009.", "City Hospital", "en", "thing"),
        ("La linea arriva fino all’ex Ospedale Marino.", "Ospedale Marino", "it", "thing"),
        # a list of names, a word of the name's phrase before it
        (
            "It was paid by Wyre Forest District Council, Worcester City Council and a trust.",
            "Wyre Forest District Council",
            "en",
            "thing",
        ),
        (
            "The oldest finisher was 84-year-old Maureen Fielding.",
            "Maureen Fielding",
            "en",
            "person",
        ),
        # one word is no person's whole name
        ("The award went to Moran for the second time.", "Moran", "en", "person"),
        # two names joined by "and"; a description that is no noun with its words
        (
            "Traffic was diverted along London Road and Bateman Street for a week.",
            "London Road and Bateman Street",
            "en",
            "thing",
        ),
        (
            "Tickets went to Lagan Fight Nights, a record for a women’s card, in March.",
            "Lagan Fight Nights",
            "en",
            "thing",
        ),
    ],
)
def test_names_that_do_not_tell_their_kind_are_not_asked(text, name, language, answer_type):
    assert _asked(text, name, language, answer_type) is None


def test_a_bound_the_question_keeps_is_not_the_answer_s():
    qs = en_questions("The riders will cover 540 kilometres over nine days, the organisers said.")
    assert qs["The riders will cover 540 kilometres over how many days?"] == "nine"
    # a sentence that asks, a share that describes a noun: no question in place
    assert not any("what year" in q for q in en_questions("What is new in 2026?"))
    assert not any(
        "what percentage" in q
        for q in en_questions("Councils received an average 4.3% increase in funding.")
    )


def test_a_figure_is_asked_in_a_simpler_statement_when_its_clause_does_not_read_alone():
    # A relative clause's figure, asked in the clause with its antecedent as the subject.
    en = en_questions(
        "Councillor Anna Pryce, who voted against the bypass in 2023, said she was pleased "
        "with the result."
    )
    assert en["Anna Pryce voted against the bypass in what year?"] == "2023"
    # A clause set in after "when", asked on its own.
    en = en_questions(
        "The harbour wall was rebuilt last year. In March 2022, when the river reached 4.8 "
        "metres at the quay, water flooded 12 shops."
    )
    assert en["The river reached how many metres at the quay?"] == "4.8 metres"
    it = it_questions(
        "Il rifugio è stato riaperto. La nuova struttura, costruita a 2.150 metri di quota sopra "
        "il paese, è stata inaugurata sabato alla presenza di circa 400 persone."
    )
    assert it["La nuova struttura è stata inaugurata sabato alla presenza di quante persone?"] == (
        "circa 400"
    )


def test_a_statement_is_not_asked_in_place_of_what_someone_said_or_of_a_bare_noun():
    en = en_questions(
        'The trust has built 12 homes. "One of them was sleeping in a caravan at a campsite '
        'until October," he said.'
    )
    assert not [q for q in en if q.startswith("One of them")], en
    en = en_questions(
        "Every primary school pupil in Kendal will be offered a free hot lunch from September "
        "under plans approved by the town council late on Tuesday, after a debate that ran for "
        "more than four hours and ended in a vote of 31 to 12."
    )
    assert not [q for q in en if q.startswith("A debate")], en
    en = en_questions(
        "Councillors voted 31 to 9 to bring in the rules on Monday night, after a four-hour "
        "debate in City Hall that was interrupted twice by protesters in the public gallery."
    )
    assert not [q for q in en if q.startswith("A four-hour debate")], en
    # A noun that a relative clause follows keeps its article.
    en = en_questions(
        "The third judge had it 96-94 for the Frenchwoman, who had travelled to Belfast "
        "unbeaten in 16 professional contests."
    )
    assert not [q for q in en if q.startswith("Frenchwoman")], en


def test_a_long_question_drops_the_phrase_set_off_after_its_wh_phrase():
    text = (
        "The purse for the fight was not disclosed, but the promoter, Belfast-based Lagan Fight "
        "Nights, said the event had generated ticket sales of £640,000, a record for a women’s "
        "boxing card in Ireland."
    )
    question, answer = _asked(text, "£640,000", "en")
    assert question.endswith("said the event had generated ticket sales of how much?")
    assert answer == "£640,000"


def test_a_figure_in_the_gerund_phrase_that_opens_a_statement_is_not_asked():
    it = it_questions(
        "Parlando a una conferenza stampa a Mosca il 21 ottobre, Lavrov ha sottolineato che la "
        "posizione della Russia, compresa la richiesta di raggiungere un accordo di pace prima "
        "di un cessate il fuoco, rimane completamente invariata."
    )
    assert not [q for q in it if q.startswith("Parlando")], it


def test_a_long_question_is_asked_of_the_clause_joined_after_a_comma():
    en = (
        "The purse for the fight was not disclosed by anyone at the venue on the night, but "
        "the promoter, Belfast-based Lagan Fight Nights, said the event had generated ticket "
        "sales of £640,000."
    )
    assert _asked(en, "£640,000", "en") == (
        "The promoter, Belfast-based Lagan Fight Nights, said the event had generated ticket "
        "sales of how much?",
        "£640,000",
    )
    it = (
        "La giunta ha discusso a lungo del bilancio del prossimo anno nella seduta di ieri sera "
        "in municipio, ma il sindaco Mario Rossi ha spiegato che serviranno almeno 40 nuovi "
        "vigili urbani entro la prossima estate."
    )
    assert _asked(it, "40", "it") == (
        "Il sindaco Mario Rossi ha spiegato che serviranno quanti nuovi vigili urbani entro la "
        "prossima estate?",
        "almeno 40",
    )


def test_a_figure_that_opens_the_sentence_is_its_subject() -> None:
    assert _asked("412 volunteers repaired the coastal path last year.", "412", "en") == (
        "How many volunteers repaired the coastal path last year?",
        "412",
    )
    assert _asked("Il 40% dei soci ha votato contro il bilancio.", "40%", "it", "percent") == (
        "Quale percentuale dei soci ha votato contro il bilancio?",
        "40%",
    )


def test_a_figure_after_a_participle_in_a_phrase_with_no_verb_is_no_clause() -> None:
    text = "La quotazione delle forme stagionate 12 mesi è scesa a gennaio."
    assert _asked(text, "12 mesi", "it") is None
    assert _asked("Cheese aged 12 months sold for a record price.", "12 months", "en") is None
    # after the verb, a participle's figure is what the clause says
    assert _asked("The council has approved 12 new homes on the site.", "12", "en") is not None


def test_a_number_in_words_that_opened_its_sentence_is_answered_in_small_letters() -> None:
    qs = en_questions("Fourteen young birds took to the air this summer after the work.")
    assert qs["How many young birds took to the air this summer?"] == "fourteen"


def test_a_share_that_opens_its_clause_with_no_whole_is_not_asked() -> None:
    text = "At the end of September, just 11.2% were seen within nine weeks."
    assert _asked(text, "11.2%", "en", "percent") is None
    # with its whole named, it is
    text = "Just 11.2% of patients were seen within nine weeks."
    assert _asked(text, "11.2%", "en", "percent") is not None


def test_an_italian_name_that_goes_on_in_small_letters_is_not_cut() -> None:
    # "Scuola di Scienze| e tecnologie": asking of the first part would leave the rest behind
    qs = it_questions("Il progetto sarà ospitato nella Scuola di Scienze e tecnologie dell’ateneo.")
    assert not any("quale scuola" in q for q in qs)


def test_a_count_before_an_adjective_in_ed_and_its_plural_noun() -> None:
    # "Nine| subsidised bus routes": the word in -ed is the noun's, not a verb after the figure
    qs = en_questions(
        "Nine subsidised bus routes serving villages around Dartmoor will be withdrawn."
    )
    assert qs[
        "How many subsidised bus routes serving villages around Dartmoor will be withdrawn?"
    ] == ("nine")
    # a verb in -ed after the figure is still a verb: no count of it
    qs = en_questions("Officers said 5 injured yesterday were treated.")
    assert not any(q.startswith("How many injured") for q in qs)


def test_an_italian_name_before_e_and_an_articulated_preposition_is_whole() -> None:
    qs = it_questions(
        "L’ente svolge attività di supporto al Ministero della Salute e alle Regioni."
    )
    assert any("a quale ministero e alle Regioni" in q for q in qs)
