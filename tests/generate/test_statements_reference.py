"""Who a pronoun or an unsaid subject stands for, in the statements of a sentence
(reference.py): the reporter of what it reports of itself, the subject of the sentence before;
and the part of a counted whole ('di cui', 'of whom'). Each rule only where one antecedent
agrees."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _said(text: str, language: str, people: dict[str, str] | None = None) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), (), people=people or {})
    return [s.text for s in statements(doc)]


def _beyond_head(text: str, language: str) -> list[str]:
    """The statements of `text` besides its clause alone up to a trailing piece (that one is
    _main_clause_alone's, tested in test_statements_main_clause.py)."""
    return [s for s in _said(text, language) if not text.startswith(s.rstrip("."))]


def _next(first: str, second: str, language: str) -> list[str]:
    sentences = (Sentence(first, "paragraph 1", 0, 0), Sentence(second, "paragraph 1", 0, 1))
    doc = Document(None, language, sentences, ())
    return [s.text for s in statements(doc) if s.position == 1]


def _questions(text: str, language: str) -> dict[str, str]:
    deck = generate_deck((_IT if language == "it" else _EN) + text + "\n", deck_id="t")
    return {c.question: c.answer for c in deck.cards if c.question}


def test_what_a_reporter_says_of_itself_is_said_of_it() -> None:
    assert _said("Ferrylink says it carries about 90,000 cars a year.", "en") == [
        "Ferrylink carries about 90,000 cars a year."
    ]
    assert _said("The club said it had sold 4,000 season tickets.", "en") == [
        "The club had sold 4,000 season tickets."
    ]
    assert _said("The wardens said they had counted 212 nests.", "en") == [
        "The wardens had counted 212 nests."
    ]
    assert _said("Anna Price, 64, said she had walked 30 miles.", "en") == [
        "Anna Price had walked 30 miles."
    ]
    assert _said("La cooperativa ha fatto sapere di aver assunto 25 persone.", "it") == [
        "La cooperativa ha assunto 25 persone."
    ]
    assert _said("I pescatori dicono di aver perso 300 reti.", "it") == [
        "I pescatori hanno perso 300 reti."
    ]
    assert _said("Il rifugio dice di avere 40 posti letto.", "it") == [
        "Il rifugio ha 40 posti letto."
    ]


def test_a_reported_pronoun_is_named_only_when_it_agrees() -> None:
    # "it" after a person, "she" after a man, "they" after one thing: someone else
    assert _said("Anna Price said it had cost 30 pounds.", "en") == []
    assert _said("Tom Reid said she had walked 30 miles.", "en") == []
    assert _said("The council said they had paid 40 pounds.", "en") == []
    # a person the document names, or one an aside says is a person
    assert _said("Morwen Tegid said it was hiring 30 staff.", "en", {"Morwen Tegid": "x"}) == []
    assert _said("Morwen Tegid, head of the trust, said it was hiring 30 staff.", "en") == []
    # "it is ...": 'it' may stand for anything
    assert _said("The council said it was a matter for the minister.", "en") == []
    # a frame before the reporter is no reporter
    assert _said("Yesterday, the club said it had sold 400 shirts.", "en") == []
    assert _said("Speaking on Friday, the firm said it had hired 40 staff.", "en") == []
    # what a reporter hopes or expects is no fact
    assert _said("The trust said it expected 300 visitors to come.", "en") == []


def test_the_reporter_s_frame_going_on_is_no_part_of_the_statement() -> None:
    text = "The board said it would close 3 depots but stressed that no jobs were at risk."
    assert _said(text, "en") == ["The board would close 3 depots."]
    text = "Hallmoor said it would keep 40 staff and that the shop would reopen on Monday."
    assert _said(text, "en") == ["Hallmoor would keep 40 staff."]


def test_a_reported_figure_is_asked_of_its_reporter() -> None:
    questions = _questions("Ferrylink says it carries about 90,000 cars a year.", "en")
    assert questions["How many cars does Ferrylink carry a year?"] == "about 90,000"
    questions = _questions("La cooperativa ha fatto sapere di aver assunto 25 persone.", "it")
    assert questions["Quante persone ha assunto la cooperativa?"] == "25"


def test_the_part_of_a_counted_whole_is_said_of_the_things_counted() -> None:
    assert _said("Alla gara hanno corso 640 atleti, di cui 290 donne.", "it") == [
        "290 atleti sono donne."
    ]
    assert _said("Il rifugio avrà 12 camere, di cui tre riservate alle famiglie.", "it") == [
        "Tre camere sono riservate alle famiglie."
    ]
    assert _said("The survey covered 300 farms, 40% of which are organic.", "en") == [
        "40% of the farms are organic."
    ]
    assert _said("The firm hired 60 apprentices, 25 of whom were women.", "en") == [
        "25 of the apprentices were women."
    ]


def test_a_part_of_a_measure_or_of_a_place_is_left_alone() -> None:
    assert (
        _said("Il ponte costerà 12 milioni di euro, di cui 9 finanziati dalla Regione.", "it") == []
    )
    assert _said("Sono stati contati 90 nidi, di cui 30 nel parco.", "it") == []
    # the part must be fewer than the whole
    assert _said("Ci sono 40 volontari in 3 comuni, di cui 12 donne.", "it") == []
    # a participle that does not agree with the noun counted is about something else
    assert _said("Sono state vendute 30 ville con 90 bagni, di cui dieci arredate.", "it") == []


def test_it_or_they_is_the_subject_before_when_nothing_else_agrees() -> None:
    assert _next("The council approved 80 new homes in March.", "It also set aside £2m.", "en") == [
        "The council also set aside £2m."
    ]
    assert _next("The wardens surveyed the island in May.", "They counted 300 nests.", "en") == [
        "The wardens counted 300 nests."
    ]
    assert _next("The mill opened in 1890.", "It was bought for £3m in 2001.", "en") == [
        "The mill was bought for £3m in 2001."
    ]
    # another phrase of that number could be what the pronoun stands for
    assert _next("The trust bought the estate in 2019.", "It covers 400 acres.", "en") == []
    assert _next("The wardens counted 40 seals.", "They were fed twice a day.", "en") == []
    assert _next("The wardens planted trees in May.", "They grew 2 metres.", "en") == []
    # "it was ..." may stand for what happened
    assert _next("The bridge collapsed in 1990.", "It was the worst disaster.", "en") == []


def test_an_unsaid_italian_subject_is_the_subject_before_when_nothing_else_agrees() -> None:
    first = "Il Comune ha stanziato 2 milioni di euro."
    assert _next(first, "Prevede di aprire 3 cantieri nel 2026.", "it") == [
        "Il Comune prevede di aprire 3 cantieri nel 2026."
    ]
    assert _next("La cooperativa è nata nel 1931.", "Conta oggi 41 soci.", "it") == [
        "La cooperativa conta oggi 41 soci."
    ]
    # the plan may be what provides the trees; a verb of another number has another subject
    assert _next("Il Comune ha approvato il piano.", "Prevede 120 nuovi alberi.", "it") == []
    assert _next("Il Comune ha chiuso la scuola.", "Hanno protestato 40 genitori.", "it") == []
    # a subject after the verb
    assert _next("Il museo ha riaperto nel 2020.", "Ha vinto il premio Rossi.", "it") == []
    assert _next("Il museo ha riaperto nel 2020.", "È stato restaurato un affresco.", "it") == []


def test_what_a_plan_named_after_a_colon_holds_is_said_of_it() -> None:
    text = (
        "Una nuova palestra, 40 posti auto e un parco giochi: è il progetto presentato ieri "
        "dalla giunta, dopo due anni di studi."
    )
    assert _said(text, "it") == [
        "Il progetto presentato ieri dalla giunta prevede una nuova palestra.",
        "Il progetto presentato ieri dalla giunta prevede 40 posti auto.",
        "Il progetto presentato ieri dalla giunta prevede un parco giochi.",
        "Il progetto è stato presentato ieri dalla giunta.",
    ]
    text = "A new stand, 30 new jobs and a museum: that is the plan unveiled by the club."
    assert _said(text, "en")[1] == "The plan unveiled by the club includes 30 new jobs."
    # an item that opens with no article or figure: no list of what a plan holds
    assert _said("Tanto lavoro, poca gloria e 40 ore: è il piano di Rossi.", "it") == []


def test_a_relative_that_counts_with_ne_names_what_it_counts() -> None:
    text = "Sono aumentate le visite al museo civico, che nel 2023 ne ha contate 12.000."
    assert "Il museo civico nel 2023 ha contato 12.000 visite." in _said(text, "it")
    text = "Calano gli abitanti nel borgo di Roccalta, che ne conta 300."
    assert _said(text, "it") == ["Il borgo di Roccalta conta 300 abitanti."]
    # two plural nouns it could count
    text = "Calano gli abitanti e le case nel borgo di Roccalta, che ne conta 300."
    assert _said(text, "it") == []
    # the participle agrees with no noun before it
    text = "Sono aumentate le visite al museo civico, che nel 2023 ne ha contati 12.000."
    assert not any("contato" in said for said in _said(text, "it"))


def test_a_relative_of_what_belongs_to_a_name_is_said_of_it() -> None:
    text = "Il borgo è dominato dalla Rocca di San Vito, la cui costruzione iniziò nel 1210."
    assert _said(text, "it") == ["La costruzione della Rocca di San Vito iniziò nel 1210."]
    text = "Il tema riguarda il Parco del Pollino, il cui ente di gestione è attivo dal 1993."
    assert _said(text, "it") == ["L’ente di gestione del Parco del Pollino è attivo dal 1993."]
    text = "Tom Hale, whose family has farmed at Longmoor since 1902, said it was hard."
    assert "Tom Hale's family has farmed at Longmoor since 1902." in _said(text, "en")


def test_a_relative_after_a_phrase_of_two_nouns_is_left_alone() -> None:
    # the mandate is the president's, not the region's: which noun owns it is not clear
    text = "Ha parlato il presidente della Regione, il cui mandato scade nel 2027."
    assert _beyond_head(text, "it") == []
    # no name before 'whose'
    text = "The club has a pavilion built in 1931, whose roof was replaced in 2020."
    assert _beyond_head(text, "en") == []


def test_each_part_of_a_counted_whole_is_said() -> None:
    text = "The wardens ringed 30 terns in 2024, twelve of them chicks and nine adults."
    assert _said(text, "en") == [
        "Twelve of the terns were chicks.",
        "Nine of the terns were adults.",
    ]
    assert _said("Sono iscritti 300 soci, di cui 120 donne e 180 uomini.", "it") == [
        "120 soci sono donne.",
        "180 soci sono uomini.",
    ]
    # a part that is a place or a share given to someone: no kind of the things counted
    assert _said("The park has 30 lakes, ten of them in the north.", "en") == []


def test_a_relative_after_the_opening_subject_is_said_of_it() -> None:
    text = "The club, which has played at the quay since 1894, uses a temporary stand."
    assert "The club has played at the quay since 1894." in _said(text, "en")
    text = "La cooperativa, che conta oggi 41 soci, ha chiuso il bilancio in attivo."
    assert "La cooperativa conta oggi 41 soci." in _said(text, "it")
    # a phrase with a preposition: the relative may be about its last noun
    text = "The bridge over the river, which opened in 1990, was closed."
    assert not any("1990" in said for said in _said(text, "en"))


def test_a_speaker_set_off_by_an_aside_still_reports() -> None:
    text = "The Ferry Trust, which runs the crossing, said the fare had risen by 12 per cent."
    assert "The fare had risen by 12 per cent." in _said(text, "en")
    # what a subordinate clause reports, or what is said of 'his', is no statement
    text = "Although the mayor said the bridge would cost £3m, it cost £5m."
    assert not any("£5m" in said for said in _said(text, "en"))
    assert _said("His coach, Ewan Bell, said his strength was his descending.", "en") == []


def test_a_second_reported_clause_is_no_part_of_the_first() -> None:
    text = (
        "Il sindaco, Ada Neri, ha detto che il ponte sarà finito entro il 2026 e che poi si vedrà."
    )
    assert "Il ponte sarà finito entro il 2026." in _said(text, "it")


def test_the_speaker_s_own_next_verb_is_no_part_of_what_is_reported() -> None:
    text = "Ann Rees, of the group, said the cuts would close 9 libraries and accused the board."
    assert _said(text, "en") == ["The cuts would close 9 libraries."]
    text = (
        "Il sindaco ha spiegato che il cantiere durerà 14 mesi e ha chiesto pazienza ai residenti."
    )
    assert _said(text, "it") == ["Il cantiere durerà 14 mesi."]
    # a clause that opens inside what is reported
    text = "Ann Rees, head of the school, said that when meals were free, attendance rose by 12%."
    assert _said(text, "en") == []
    # a quotation's own full stop is the statement's
    text = 'The organiser, Tom Bell, said the race had been "the biggest ever held."'
    assert _said(text, "en") == ['The race had been "the biggest ever held."']


def test_a_relative_after_counted_things_is_said_of_them() -> None:
    text = "Alla rete aderiscono 24 pescatori volontari, che ricevono un contributo di 90 euro."
    assert _beyond_head(text, "it") == ["I pescatori volontari ricevono un contributo di 90 euro."]
    text = "The scheme pays 30 volunteer wardens, who receive £120 a month for their time."
    assert _beyond_head(text, "en") == [
        "The volunteer wardens receive £120 a month for their time."
    ]
    # a noun of either gender, or a singular verb: no statement
    assert (
        _beyond_head("Al torneo partecipano 40 atleti, che ricevono un premio di 50 euro.", "it")
        == []
    )
    assert _beyond_head("The team visited 12 schools, which has a budget of £3m.", "en") == []
    # "12 more turbines" are not the turbines as a whole
    assert _beyond_head("The firm will add 12 more turbines, which would raise output.", "en") == []


def test_a_part_after_its_whole_is_said_with_it() -> None:
    text = "Dei 90 soci fondatori, 61 hanno già versato la quota."
    assert _said(text, "it") == [
        "61 dei 90 soci fondatori hanno già versato la quota.",
        "61 dei 90 soci fondatori hanno versato la quota.",  # "già" left out after
    ]
    assert _said("Of the 300 entrants, 212 finished the race.", "en") == [
        "212 of the 300 entrants finished the race."
    ]
    # a singular verb: the figure is no part of the whole
    assert _said("Of the 300 entrants, 212 was the record.", "en") == []


def test_a_clause_after_a_colon_with_no_subject_is_said_of_the_subject_before() -> None:
    text = "L’Adda è un fiume della Lombardia: nasce in Valtellina e scorre per 313 chilometri."
    assert "L’Adda nasce in Valtellina e scorre per 313 chilometri." in _said(text, "it")
    text = "The trust is a charity: it owns 40 farms in the county."
    assert _said(text, "en") == ["The trust owns 40 farms in the county."]
    # another phrase that agrees, or a subject after the verb
    assert _said("Il Comune ha approvato il piano: prevede 120 alberi.", "it") == []
    assert _said("Il torneo è ripartito: ha vinto il Lecco.", "it") == []
