"""Definitions whose question reads as a person would write it: no reverse question ending on a
preposition its noun was cut from, a question that agrees with the plural it asks about, and
no 'considered' read as said of a name that only completes another noun; on small texts of
their own in Italian and English."""

from __future__ import annotations

from .test_definitions import asked, entry


def test_a_moved_relative_clause_never_ends_on_a_preposition() -> None:
    qs = entry(
        "Kent Otter Trust",
        "Kent Otter Trust is a wildlife charity founded in 1972 that runs more than 30 small "
        "reserves along the coast of the county.",
        "en",
    )
    assert qs[
        "Which wildlife charity that runs more than 30 small reserves was founded in 1972?"
    ] == ("Kent Otter Trust")
    assert not any(q.rstrip("?").split()[-1] in {"along", "across", "near"} for q in qs)


def test_a_definition_agrees_with_the_plural_it_asks_about() -> None:
    qs = asked(
        "Notizia\n\nIl museo espone la storia degli Etruschi, il popolo che abitava la regione "
        "prima di Roma.\n"
    )
    assert qs.get("Che cosa sono gli Etruschi?") == "il popolo che abitava la regione prima di Roma"
    assert "Che cos’è gli Etruschi?" not in qs
    # A plural copula of a compound tense ("sono stati") is plural too.
    qs = entry(
        "Walser",
        "I Walser sono stati una popolazione di origine germanica che colonizzò le valli "
        "alpine nel Medioevo.",
        "it",
    )
    assert qs.get("Che cosa sono i Walser?") == "una popolazione di origine germanica"


def test_considered_is_not_said_of_a_name_that_completes_a_noun() -> None:
    qs = entry(
        "Sibillini",
        "I Sibillini sono un gruppo montuoso dell’Appennino centrale. Ospitano il lago di Pilato, "
        "considerato il lago più alto dell’Appennino.",
    )
    assert not any(a == "Sibillini" and "considerato" in q for q, a in qs.items()), qs
    qs = asked(
        "Notizia\n\nLa valle ospita il castello dei Conti Guidi, considerato il più antico "
        "della regione. Giovanni Neri, considerato il padre della cartografia moderna, nacque "
        "qui.\n"
    )
    assert "Conti Guidi" not in qs.values()
    assert qs.get("Chi è considerato il padre della cartografia moderna?") == "Giovanni Neri"


def test_a_shortened_definition_is_a_prefix_of_its_phrase() -> None:
    # A comma inside a list opens no apposition: the list is kept whole, never with a hole.
    qs = entry(
        "Terra Viva",
        "Terra Viva è una fondazione nazionale per lo studio del paesaggio agrario, forestale e "
        "montano del Paese, nata a Bologna nel 1961.",
    )
    assert qs["Che cos’è Terra Viva?"] == (
        "una fondazione nazionale per lo studio del paesaggio agrario, forestale e montano del "
        "Paese"
    )
    # The reverse question keeps the list's comma.
    assert any("agrario, forestale e montano" in q for q in qs), qs
    qs = entry(
        "Heritage Guild",
        "Heritage Guild is a charity for the care of historic, rural and maritime buildings "
        "in Wales, founded in 1948.",
        "en",
    )
    assert qs["What is Heritage Guild?"] == (
        "a charity for the care of historic, rural and maritime buildings in Wales"
    )


def test_an_apposition_keeps_what_the_head_has_before_it() -> None:
    qs = entry(
        "Rovato",
        "Rovato è un comune di circa 19.000 abitanti, capoluogo storico della Franciacorta e "
        "sede di un antico mercato.",
    )
    assert qs["Che cos’è Rovato?"] == (
        "un comune di circa 19.000 abitanti, capoluogo storico della Franciacorta"
    )
    qs = entry(
        "Dunmore",
        "Dunmore is a town of about 9,000 people, the county town of Eastshire and the largest "
        "port of the region.",
        "en",
    )
    assert qs["What is Dunmore?"] == "a town of about 9,000 people, the county town of Eastshire"


def test_a_break_inside_a_coordination_leaves_its_first_member() -> None:
    qs = entry(
        "Consiglio delle Acque",
        "Il Consiglio delle Acque è il massimo organo di tutela dei fiumi in Toscana e, insieme, "
        "un organo di consulenza della Regione.",
    )
    assert qs["Che cos’è il Consiglio delle Acque?"] == (
        "il massimo organo di tutela dei fiumi in Toscana"
    )
    qs = entry(
        "Board of Works",
        "The Board of Works is the highest body of public works in Ireland and, at the same "
        "time, an advisory body of the government.",
        "en",
    )
    assert qs["What is the Board of Works?"] == "the highest body of public works in Ireland"


def test_a_kind_classed_by_two_adjectives_takes_its_relative_clause() -> None:
    qs = entry(
        "Marine Survey Council",
        "The Marine Survey Council is a British public body that funds surveys, vessels and "
        "laboratories in the coastal sciences. It was set up in 1971.",
        "en",
    )
    assert qs["What is the Marine Survey Council?"] == (
        "a British public body that funds surveys, vessels and laboratories in the coastal sciences"
    )
    # A list goes on past a word that reads like a verb ('and training').
    qs = entry(
        "Fen Survey Council",
        "The Fen Survey Council is a British public body that funds surveys, vessels and "
        "training in the fens.",
        "en",
    )
    assert qs["What is the Fen Survey Council?"] == (
        "a British public body that funds surveys, vessels and training in the fens"
    )
    qs = entry(
        "Ente Fiumi",
        "L’Ente Fiumi è un ente pubblico regionale che finanzia gli studi sui fiumi. Ha sede "
        "a Pisa.",
    )
    assert qs["Che cos’è l’Ente Fiumi?"] == (
        "un ente pubblico regionale che finanzia gli studi sui fiumi"
    )
    # Too long to learn whole, and no complement to end on: the kind alone.
    qs = entry(
        "Ente Parchi",
        "L’Ente Parchi è un ente pubblico nazionale che gestisce le aree protette della Sardegna "
        "e della Corsica.",
    )
    assert qs["Che cos’è l’Ente Parchi?"] == "un ente pubblico nazionale"


def test_a_title_before_a_person_s_name_is_no_term() -> None:
    qs = asked(
        "Notizia\n\nLa responsabile del reparto, la nefrologa Carla Bini, ha presentato i dati.\n"
    )
    assert not any("nefrologa" in q for q in qs), qs


def test_a_reverse_question_never_ends_on_the_first_of_two_modifiers() -> None:
    qs = entry(
        "Raised mire",
        "Raised mire is a kind of wetland that forms in flat, wet lowland basins where drainage "
        "is poor, rising above the plain.",
        "en",
    )
    assert not any(q.endswith(" in flat?") for q in qs), qs
    qs = entry(
        "Ross Land",
        "Ross Land is a region of West Antarctica claimed by Chile, covering about 1.2 million "
        "square kilometres.",
        "en",
    )
    assert qs["Which region of West Antarctica was claimed by Chile?"] == "Ross Land"


def test_a_long_apposition_never_ends_on_the_bare_verb_of_its_relative() -> None:
    qs = asked(
        "Notizia\n\nI sensori sono stati posati lungo il Piano del Corno, il vasto pianoro "
        "erboso che si estende tra i 2.100 e i 2.400 metri di quota sopra il paese.\n"
    )
    assert qs.get("Che cos’è il Piano del Corno?") == "il vasto pianoro erboso"


def test_a_noun_alone_before_its_relative_clause_is_no_definition() -> None:
    qs = entry(
        "Carbon capture",
        "Carbon capture is a process by which carbon dioxide is separated from other gases.",
        "en",
    )
    assert qs.get("What is carbon capture?") == (
        "a process by which carbon dioxide is separated from other gases"
    )
    qs = entry("The Greenway", "The Greenway is a path which runs along the old railway.", "en")
    assert qs.get("What is the Greenway?") == "a path which runs along the old railway"
    # Too long to learn whole: no definition rather than 'a model'.
    qs = entry(
        "Bus franchising",
        "Bus franchising is a model in which a public authority decides the routes, timetables "
        "and fares of local buses and contracts private companies to run them.",
        "en",
    )
    assert "a model" not in qs.values()
    # A noun that a plain relative clause goes on from says enough alone when the whole is long.
    qs = entry(
        "Aedes aegypti",
        "Aedes aegypti is a mosquito that can spread the viruses that cause dengue, chikungunya, "
        "Zika and yellow fever.",
        "en",
    )
    assert qs.get("What is Aedes aegypti?") == "a mosquito"


def test_one_of_the_largest_without_its_noun_is_no_definition() -> None:
    qs = entry(
        "Distretto tessile di Prato",
        "Il distretto tessile di Prato è uno dei più grandi d’Europa, specializzato nella "
        "lavorazione della lana.",
    )
    assert not qs, qs


def test_a_head_does_not_end_on_an_adjective_that_needs_its_phrase() -> None:
    qs = entry(
        "Kauri",
        "The kauri (Agathis australis) is a coniferous tree native to the northern part of "
        "New Zealand’s North Island.",
        "en",
    )
    assert qs.get("What is the kauri?") == "a coniferous tree"


def test_the_comma_that_closes_an_aside_opens_no_apposition() -> None:
    qs = asked(
        "Race day\n\nConditions were almost perfect: a light westerly wind, temperatures of 14C "
        "in the glen and, unusually for the Highlands, a clear summit.\n",
        "en",
    )
    assert not any("Highlands" in q for q in qs), qs


def test_a_participle_that_agrees_with_another_noun_is_not_the_heads() -> None:
    qs = entry(
        "Epatite C",
        "L’epatite C è un’infiammazione del fegato causata dal virus HCV, identificato per la "
        "prima volta nel 1989.",
    )
    assert qs.get("Che cos’è l’epatite C?") == "un’infiammazione del fegato"
    assert not any("identificat" in q for q in qs), qs


def test_two_names_joined_by_and_stay_in_the_head() -> None:
    qs = entry(
        "Herring Wars",
        "The Herring Wars were a series of disputes between the United Kingdom and Norway over "
        "fishing rights in the North Sea, in 1961 and 1974.",
        "en",
    )
    assert qs.get("What were the Herring Wars?") == (
        "a series of disputes between the United Kingdom and Norway"
    )


def test_a_street_keeps_the_noun_written_small_before_its_name() -> None:
    qs = asked(
        "Prova\n\nAl varco di via Campana, la principale via di fuga verso la tangenziale, si è "
        "formata una coda di quasi due chilometri.\n"
    )
    assert qs.get("Che cos’è via Campana?") == "la principale via di fuga verso la tangenziale"
    assert "Che cos’è Campana?" not in qs


def test_a_name_with_and_inside_it_is_kept_whole() -> None:
    qs = entry(
        "Food Safety Agency",
        "The Food Safety Agency is an executive agency of the Department of Farming and Rural "
        "Affairs, responsible for inspecting abattoirs.",
        "en",
    )
    assert qs.get("What is the Food Safety Agency?") == (
        "an executive agency of the Department of Farming and Rural Affairs"
    )


def test_a_long_head_ends_before_its_last_and() -> None:
    qs = entry(
        "Ada Brennan",
        "Ada Brennan (1840–1911) was an Irish lace maker and one of the most admired of the "
        "Georgian revival in Dublin.",
        "en",
    )
    assert qs.get("Who was Ada Brennan?") == "an Irish lace maker"
    qs = entry(
        "Lucia Ferri",
        "Lucia Ferri (1850–1920) fu una pittrice veneta e una delle più stimate della sua "
        "generazione nella Repubblica di Venezia e oltre.",
    )
    assert not any(a.split()[-1] in {"di", "della", "del", "nella"} for a in qs.values())


def test_a_reverse_definition_of_what_recurs_is_in_the_present() -> None:
    qs = entry(
        "Clifden Arts Week",
        "Clifden Arts Week is an annual arts festival held every September in Clifden.",
        "en",
    )
    assert qs.get("Which annual arts festival is held every September in Clifden?") == (
        "Clifden Arts Week"
    )
    qs = entry(
        "Festa del Redentore",
        "La Festa del Redentore è una festa religiosa celebrata ogni luglio a Venezia.",
    )
    assert not any(q.startswith("Quale festa religiosa fu celebrata") for q in qs)
