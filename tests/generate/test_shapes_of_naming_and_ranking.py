"""What a thing is and where it ranks, in shapes reporters write: a place after a kind before a
gerund ('a strait on the east coast of Tasmania | separating ...'), a definition too long with
two things its clause joins, a gloss of a common noun by a person's noun, a term 'known as' its
name asked both ways, an acronym 'nota con l’acronimo', a rank the clause's subject earns
('making it the largest ...', 'confermandosi il primo ...'), and a kind then its rank after a
comma ('un comune ..., il più popoloso ...'); on small texts of their own."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it
from tests.generate.helpers import questions_of

from .test_definitions import entry


def test_a_place_after_the_kind_stays_before_a_gerund() -> None:
    qs = entry(
        "Bristol Channel",
        "The Bristol Channel is a strait on the west coast of England separating Wales from Devon.",
        "en",
    )
    assert qs["What is the Bristol Channel?"] == "a strait on the west coast of England"


def test_a_long_definition_keeps_the_first_of_two_things_its_clause_joins() -> None:
    qs = entry(
        "Railfuture",
        "Railfuture is a British charity that campaigns for better local train services and more "
        "frequent rural buses.",
        "en",
    )
    assert (
        qs["What is Railfuture?"]
        == "a British charity that campaigns for better local train services"
    )
    # names joined by "e" stay together: the one place needs the other
    qs = entry(
        "Autorità portuale",
        "L’Autorità portuale è un ente pubblico che gestisce i porti di Trieste e Monfalcone.",
    )
    assert not any(a.endswith("i porti di Trieste") for a in qs.values())


def test_a_gloss_may_say_a_common_noun_is_a_person() -> None:
    qs = _it(
        "La società potrà chiedere la nomina di un commissario ad acta, cioè un funzionario "
        "incaricato di adottare il provvedimento."
    )
    assert qs["Che cos’è un commissario ad acta?"] == (
        "un funzionario incaricato di adottare il provvedimento"
    )
    # a name glossed by an office is a person's: no definition of it
    qs = _it("Ne ha parlato Marco Neri, cioè il presidente del consorzio, in una nota.")
    assert not any(q.startswith("Che cos’è") for q in qs)


def test_a_counted_kind_known_by_a_term_is_asked_both_ways() -> None:
    qs = _en("Surveyors counted 118 spawning nests, known as redds, in the watershed last fall.")
    assert qs["What are spawning nests known as?"] == "redds"
    assert qs["What are redds?"] == "spawning nests"


def test_an_acronym_said_with_the_words_that_name_it() -> None:
    qs = _it(
        "L’Agenzia regionale per la protezione dell’ambiente, nota con la sigla ARPA, controlla "
        "le acque."
    )
    assert (
        qs["Che cosa significa la sigla ARPA?"]
        == "Agenzia regionale per la protezione dell’ambiente"
    )
    # a complement naming whose it is gives the acronym no letter
    qs = _it(
        "L’Azienda ligure sanitaria della Regione Liguria, nota con l’acronimo ALiSa, coordina "
        "il servizio sanitario."
    )
    assert qs["Che cosa significa la sigla ALiSa?"] == "Azienda ligure sanitaria"
    qs = _en("The Environment Protection Authority, known by the acronym EPA, regulates farms.")
    assert qs["What does EPA stand for?"] == "Environment Protection Authority"
    assert not any(q.startswith("Who knew") for q in qs)  # no one who knows it


def test_a_rank_the_subject_earns_by_what_the_clause_told() -> None:
    qs = _en(
        "The port of Foynes handled 11.2 million tonnes of cargo last year, making it the "
        "second-largest bulk port in the country."
    )
    assert qs["What is the second-largest bulk port in the country?"] == "port of Foynes"
    qs = _it(
        "Nel 2025 il porto di Trieste ha movimentato 56,3 milioni di tonnellate di merci, "
        "confermandosi il primo porto italiano per tonnellaggio."
    )
    assert qs["Qual è il primo porto italiano per tonnellaggio?"] == "porto di Trieste"
    # one of many is no rank to ask
    qs = _en("Glenmore recorded 3.2 million visits, making it one of the busiest parks in Wales.")
    assert not any("busiest" in q for q in qs)


def test_a_kind_then_its_rank_after_a_comma() -> None:
    qs = _it(
        "Sanremo è un comune della provincia di Imperia di circa 53.000 abitanti, il più "
        "popoloso della Riviera di Ponente."
    )
    assert qs["Qual è il comune più popoloso della Riviera di Ponente?"] == "Sanremo"
    qs = _en(
        "Inverness is a city in the Scottish Highlands with about 47,000 people, the largest "
        "in the region."
    )
    assert qs["What is the largest city in the region?"] == "Inverness"


def test_a_reverse_definition_keeps_both_things_between_or_asks_nothing() -> None:
    qs = entry(
        "Catinaccio",
        "Il Catinaccio è un gruppo montuoso delle Dolomiti situato tra la Val di Fassa, in "
        "Trentino, e la Val d’Ega, in Alto Adige.",
    )
    assert not any(q.endswith("tra la Val di Fassa?") for q in qs)
    qs = entry(
        "Catinaccio",
        "Il Catinaccio è un gruppo montuoso delle Dolomiti situato tra la Val di Fassa e la Val "
        "d’Ega.",
    )
    assert qs[
        "Quale gruppo montuoso delle Dolomiti è situato tra la Val di Fassa e la Val d’Ega?"
    ] == ("Catinaccio")


def test_a_clause_after_a_quoted_title_is_no_description_of_it() -> None:
    qs = _it(
        "Secondo Legambiente, che ha espresso un parere favorevole a “Campo Marta”, la regione "
        "dovrà installare entro il 2030 nuova potenza rinnovabile."
    )
    assert not any("Campo Marta" in q or a == "Campo Marta" for q, a in qs.items())
    qs = _it("Il Comune ha lanciato «Bò in bici», il nuovo servizio di bike sharing della città.")
    assert qs["Come si chiama il nuovo servizio di bike sharing della città?"] == "Bò in bici"


def test_making_it_ranks_no_object_or_reported_subject() -> None:
    # "it" may be the object ("lobster"), or the clause is what someone said
    qs = _en(
        "Nova Scotia exported $2.1 billion worth of lobster last year, making it the province’s "
        "largest export by value."
    )
    assert not any("largest export" in q for q in qs)
    qs = _en(
        "Transport Scotland said the venture would build 17km of road, making it the longest "
        "single contract in the programme so far."
    )
    assert not any("longest single contract" in q for q in qs)


def test_tra_of_among_is_no_half_pair() -> None:
    qs = entry(
        "Orchestra Filarmonica Marchigiana",
        "L’Orchestra Filarmonica Marchigiana è un’orchestra sinfonica con sede ad Ancona, "
        "fondata nel 1985 come consorzio tra enti locali.",
    )
    assert any(q.endswith("come consorzio tra enti locali?") for q in qs)


def test_an_entry_is_not_the_subject_of_a_clause_with_its_own() -> None:
    qs = questions_of(
        "A test article\n\nThe museum reopened in the town yesterday.\n\n"
        "Great Western Railway\n\nThe Great Western Railway was a British railway company. It "
        "built its works at Swindon in 1843 and remained independent until the railways were "
        "nationalised in 1948.\n",
        "en",
    )
    assert qs.get("When did the Great Western Railway build its works at Swindon?") == "1843"
    assert not any("Railway nationalised" in q for q in qs)


def test_a_pair_cut_before_a_place_of_its_first_thing_is_half() -> None:
    qs = entry(
        "Ffestiniog Railway",
        "The Ffestiniog Railway is a narrow-gauge heritage railway that runs for 13.5 miles "
        "between the harbour at Porthmadog and Blaenau Ffestiniog.",
        "en",
    )
    assert not any(q.endswith("between the harbour?") for q in qs)


def test_a_definition_keeps_a_body_s_name_with_for_and_a_list_in_it() -> None:
    qs = entry(
        "UK Space Agency",
        "The UK Space Agency is an executive agency of the Department for Science, Innovation "
        "and Technology.",
        "en",
    )
    assert qs["What is the UK Space Agency?"] == (
        "an executive agency of the Department for Science, Innovation and Technology"
    )


def test_a_headline_s_topic_before_a_comma_is_not_defined_by_its_news() -> None:
    qs = questions_of(
        "Logo\nAccedi | Abbonati\nHome   Bari   Brindisi   Lecce   Cronaca   Economia\nSport\n\n"
        "Ricci di mare, il divieto di pesca in Puglia prorogato fino al 2028: i\n"
        "popolamenti non si sono ripresi\n\n"
        "Il Consiglio regionale ha approvato ieri il rinvio di due anni del divieto.\n",
        "it",
    )
    assert not any(q.startswith("Che cos’è Ricci di mare") for q in qs)


def test_a_head_that_ends_at_a_comma_is_not_cut_at_its_and() -> None:
    qs = entry(
        "UK Space Agency",
        "The UK Space Agency is an executive agency of the Department for Science, Innovation "
        "and Technology, responsible for the civil space programme.",
        "en",
    )
    assert qs["What is the UK Space Agency?"] == (
        "an executive agency of the Department for Science, Innovation and Technology"
    )
