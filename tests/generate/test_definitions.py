"""Definitions, identities and superlatives: what identifies the answer, whose it is, and the
verb a reverse question takes, on small texts of their own, in Italian and English."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import definitions
from quizlib.generate.rank import acceptable
from quizlib.generate.text import clean

from .helpers import questions_of


def asked(text: str, language: str = "it") -> dict[str, str]:
    """Question -> answer of the acceptable definition candidates of a text."""
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in definitions.extract(doc) if c.question and acceptable(c)}


def entry(heading: str, paragraph: str, language: str = "it") -> dict[str, str]:
    """The questions about one background entry after a short article."""
    body = (
        "Un articolo di prova\n\nIl consiglio si è riunito ieri in città.\n\n"
        if language == "it"
        else "A test article\n\nThe council met in the city yesterday.\n\n"
    )
    return asked(f"{body}{heading}\n\n{paragraph}\n", language)


def test_a_restrictive_relative_clause_identifies_the_answer() -> None:
    qs = entry(
        "Vomero",
        "Il Vomero è il quartiere di Napoli che ospita Castel Sant’Elmo, sulla collina, e la "
        "Certosa di San Martino.",
    )
    assert qs["Qual è il quartiere di Napoli che ospita Castel Sant’Elmo?"] == "Vomero"
    assert "Qual è il quartiere di Napoli?" not in qs
    qs = entry(
        "Ruhr", "The Ruhr is the region of Germany that built its steel industry, say.", "en"
    )
    assert qs["What is the region of Germany that built its steel industry?"] == "Ruhr"


def test_an_adjective_after_and_goes_on_the_noun_phrase() -> None:
    qs = entry(
        "British Medical Association",
        "The British Medical Association is the professional association and registered trade "
        "union for doctors in the United Kingdom.",
        "en",
    )
    definition = "the professional association and registered trade union for doctors in the"
    assert qs["What is the British Medical Association?"] == f"{definition} United Kingdom"
    assert not any("registered trade" in q and q.startswith("Which") for q in qs)


def whole(heading: str, paragraph: str, language: str = "it") -> dict[str, str]:
    """The questions the whole generator asks of one background entry after a short
    article."""
    body = (
        "Un articolo di prova\n\nIl consiglio si è riunito ieri in città.\n\n"
        if language == "it"
        else "A test article\n\nThe council met in the city yesterday.\n\n"
    )
    return questions_of(f"{body}{heading}\n\n{paragraph}\n", language)


def test_an_entry_s_copula_with_no_subject_said_is_the_entry_s() -> None:
    qs = whole(
        "Università di Bari",
        "L’Università di Bari è un ateneo statale. Con circa 40.000 studenti è la più grande "
        "università della Puglia.",
    )
    assert qs["Qual è la più grande università della Puglia?"] == "Università di Bari"
    # one of many is no identity of the entry's, nor what the sentence goes on to say
    qs = whole(
        "Schio",
        "Schio è un comune del Vicentino. È uno dei primi poli dell’industria laniera grazie al "
        "Lanificio Rossi, fondato da Francesco Rossi nel 1817.",
    )
    assert not any("Schio" in a for q, a in qs.items() if "Rossi" in q)
    # a figure after the copula opens no identity
    qs = whole("Bari", "Bari è un comune italiano. È un 40% più grande della media.")
    assert not any(q.startswith("Qual") for q in qs)


def test_an_identity_told_in_the_past_is_asked_in_the_past() -> None:
    qs = whole("Bari", "Bari è un comune italiano. Fu la capitale del ducato di Puglia nel 1100.")
    assert qs["Qual era la capitale del ducato di Puglia nel 1100?"] == "Bari"
    qs = whole("Bari", "Bari is a city. It was the capital of the duchy of Apulia in 1100.", "en")
    assert qs["What was the capital of the duchy of Apulia in 1100?"] == "Bari"
    qs = whole("Bari", "Bari is a city. It is the capital of the region of Apulia.", "en")
    assert qs["What is the capital of the region of Apulia?"] == "Bari"


def test_a_firm_s_legal_form_before_its_apposition() -> None:
    qs = asked(
        "Un articolo\n\nIl progetto è nato in collaborazione con Difesa Servizi spa, la società "
        "in house del Ministero della Difesa, nel 2015.\n"
    )
    assert qs["Che cos’è Difesa Servizi?"] == "la società in house del Ministero della Difesa"


def test_a_kind_named_with_a_number_and_a_reverse_that_says_its_answer() -> None:
    qs = entry(
        "Section 106 agreement",
        "A section 106 agreement is a legal agreement between a local planning authority and a "
        "developer, named after section 106 of the Town and Country Planning Act 1990.",
        "en",
    )
    assert qs["What is a section 106 agreement?"] == (
        "a legal agreement between a local planning authority and a developer"
    )
    assert not any(q.startswith("Which legal agreement") for q in qs)  # "named after section 106"


def test_an_aside_that_names_part_of_a_whole_before_its_relative_clause() -> None:
    qs = whole(
        "Microbiota intestinale",
        "Il microbiota intestinale è l’insieme dei microrganismi, soprattutto batteri, che vivono "
        "nell’intestino umano.",
    )
    assert qs["Che cos’è il microbiota intestinale?"] == (
        "l’insieme dei microrganismi che vivono nell’intestino umano"
    )


def test_a_noun_alone_takes_what_it_is_used_for() -> None:
    qs = entry(
        "Draga aspirante refluente",
        "La draga aspirante refluente è un’imbarcazione utilizzata per rimuovere sedimenti dal "
        "fondale.",
    )
    assert qs["Che cos’è la draga aspirante refluente?"] == (
        "un’imbarcazione utilizzata per rimuovere sedimenti dal fondale"
    )


def test_a_vague_identity_is_not_asked() -> None:
    qs = entry("Brianza", "La Brianza è la zona, a nord di Milano, dei mobilieri.")
    assert not any(q.startswith("Qual è") for q in qs)
    qs = entry("Sentinel", "Sentinel è il primo di una serie: un secondo satellite seguirà.")
    assert not any(q.startswith("Qual è") for q in qs)


def test_coordinated_identities_name_their_owner() -> None:
    qs = entry(
        "Cagliari",
        "Cagliari è il capoluogo della Sardegna e la città più popolosa della regione, con "
        "circa 150.000 abitanti.",
    )
    assert qs["Qual è il capoluogo della Sardegna?"] == "Cagliari"
    assert qs["Qual è la città più popolosa della Sardegna?"] == "Cagliari"
    qs = entry("Osaka", "Osaka is Japan's third-largest city and the country's main port.", "en")
    assert qs["What is Japan’s third-largest city?"] == "Osaka"
    assert qs["What is Japan’s main port?"] == "Osaka"
    # A first phrase with no owner of its own shares the second one's: one question.
    qs = entry("Lima", "Lima è la capitale e la città più grande del Perù.")
    assert qs["Qual è la capitale e la città più grande del Perù?"] == "Lima"
    assert "Qual è la capitale?" not in qs


def test_what_does_not_identify_is_left_out() -> None:
    qs = entry(
        "Porto",
        "Porto is the second-largest city of Portugal and one of the oldest in Europe.",
        "en",
    )
    assert qs["What is the second-largest city of Portugal?"] == "Porto"
    qs = entry(
        "Basel", "Basel is the third-largest city of Switzerland and lies on the Rhine.", "en"
    )
    assert qs["What is the third-largest city of Switzerland?"] == "Basel"
    assert qs["What is Basel?"] == "the third-largest city of Switzerland"


def test_a_definite_predicate_also_defines_the_entry() -> None:
    qs = entry(
        "Antitrust",
        "L’Autorità Garante della Concorrenza e del Mercato (Antitrust) è l’autorità "
        "indipendente che vigila sulla concorrenza in Italia.",
    )
    assert qs["Che cos’è l’Antitrust?"] == (
        "l’autorità indipendente che vigila sulla concorrenza in Italia"
    )
    assert qs["Qual è l’autorità indipendente che vigila sulla concorrenza in Italia?"] == (
        "Antitrust"
    )


def test_a_heading_qualifier_is_no_answer() -> None:
    # "Springfield (Illinois)": Illinois tells the city apart, it is not another name of it.
    qs = entry("Springfield (Illinois)", "Springfield è la capitale dell’Illinois dal 1839.")
    assert qs["Qual è la capitale dell’Illinois?"] == "Springfield"  # "dal 1839": when, not which


def test_a_named_superlative_answers_the_subject() -> None:
    text = (
        "Imprese in Puglia\n\nIl presidente di Confindustria Bari ha parlato ieri. Bari cresce.\n\n"
        "Secondo i dati della Camera di Commercio, Bari è la città pugliese con il più alto "
        "numero di imprese, circa 30.000.\n\nBari\n\nBari è un comune italiano.\n"
    )
    qs = asked(text)
    assert qs["Qual è la città pugliese con il più alto numero di imprese?"] == "Bari"


def test_an_appositive_superlative() -> None:
    qs = asked("Nel 1961 volò Jurij Gagarin, il primo uomo a raggiungere lo spazio.")
    assert qs == {"Chi è il primo uomo a raggiungere lo spazio?": "Jurij Gagarin"}
    qs = asked("The flight was led by Valentina Tereshkova, the first woman in space.", "en")
    assert qs == {"Who is the first woman in space?": "Valentina Tereshkova"}
    assert asked("Secondo Mario Rossi, il primo passo è difficile.") == {}


def test_an_ordinal_takes_back_its_noun() -> None:
    # "il razzo Vesta, il primo costruito ...": the noun the ordinal leaves out comes back.
    qs = asked("È partito ieri il razzo Vesta, il primo costruito in Italia. Vesta ha volato.")
    assert qs == {"Qual è il primo razzo costruito in Italia?": "Vesta"}


def test_its_capital_is_a_name() -> None:
    qs = entry("Mali", "Mali is a landlocked country in West Africa. Its capital is Bamako.", "en")
    assert qs["What is the capital of Mali?"] == "Bamako"
    qs = entry("Mali", "Il Mali è uno stato dell’Africa occidentale. La sua capitale è Bamako.")
    assert qs["Qual è la capitale del Mali?"] == "Bamako"
    qs = entry("Fiat", "La Fiat è un’azienda torinese. Il suo fondatore è Giovanni Agnelli.")
    assert qs["Chi è il fondatore della Fiat?"] == "Giovanni Agnelli"


def test_reverse_definitions_keep_state_verbs_in_the_present() -> None:
    qs = entry(
        "Positano",
        "Positano è un comune della provincia di Salerno situato sulla Costiera Amalfitana.",
    )
    assert qs["Quale comune della provincia di Salerno è situato sulla Costiera Amalfitana?"] == (
        "Positano"
    )
    qs = entry("Latina", "Latina è un comune del Lazio fondato nel 1932 durante la bonifica.")
    assert qs["Quale comune del Lazio fu fondato nel 1932 durante la bonifica?"] == "Latina"


def test_reverse_definitions_keep_a_list_whole() -> None:
    qs = entry(
        "Malawi",
        "Malawi is a landlocked country in southeastern Africa, bordered by Zambia, Tanzania "
        "and Mozambique.",
        "en",
    )
    question = (
        "Which landlocked country in southeastern Africa is bordered by Zambia, Tanzania and "
        "Mozambique?"
    )
    assert qs[question] == "Malawi"


def test_reverse_definitions_end_on_a_word_that_ends() -> None:
    qs = entry(
        "Fonderie Rossi",
        "Fonderie Rossi è un’azienda metallurgica piemontese controllata per il 60% dal gruppo "
        "tedesco Krupp e per il 40% dalla famiglia Bianchi di Torino.",
    )
    reverse = [q for q in qs if q.startswith("Quale")]
    assert reverse and all(not q.endswith((" e?", " per?", " di?")) for q in reverse)
    qs = entry(
        "Consorzio Adige Po",
        "Il Consorzio Adige Po è un ente pubblico economico che gestisce la rete di canali e gli "
        "impianti idrovori di 61.000 ettari del Polesine.",
    )
    reverse = [q for q in qs if q.startswith("Quale")]
    assert reverse == [
        "Quale ente pubblico economico gestisce la rete di canali e gli impianti idrovori?"
    ]


def test_a_relative_clause_after_a_year_goes_with_the_noun() -> None:
    qs = entry(
        "Wegener Institute",
        "The Wegener Institute is a German research institute founded in 1980 that studies the "
        "polar regions, their ice and their seas.",
        "en",
    )
    assert qs["Which German research institute that studies the polar regions was founded in 1980?"]


def test_a_one_word_head_takes_its_place() -> None:
    qs = entry("Bavaria", "Bavaria is a state in southern Germany that borders Austria.", "en")
    assert qs["What is Bavaria?"] == "a state in southern Germany"
    assert qs["Which state in southern Germany borders Austria?"] == "Bavaria"


def test_an_apposition_defines_a_name() -> None:
    qs = asked(
        "Nella sala è esposto un frammento del Codice Rosso, il registro dei dogi veneziani "
        "compilato nel Trecento, che fu restaurato a Padova."
    )
    assert qs["Che cos’è il Codice Rosso?"] == (
        "il registro dei dogi veneziani compilato nel Trecento"
    )
    assert qs["Qual è il registro dei dogi veneziani compilato nel Trecento?"] == "Codice Rosso"
    qs = asked(
        "The fountain is crowned by the Triton, a bronze sea god blowing a conch, by an "
        "unknown sculptor.",
        "en",
    )
    assert qs == {"What is the Triton?": "a bronze sea god blowing a conch"}
    qs = asked("The study was funded by Norvik, a Danish shipping company, last year.", "en")
    assert qs["What is Norvik?"] == "a Danish shipping company"
    qs = asked("The bill passed the Storting, the parliament of Norway, on Friday.", "en")
    assert qs["What is the Storting?"] == "the parliament of Norway"
    assert qs["What is the parliament of Norway?"] == "Storting"


def test_an_apposition_defines_a_rare_word() -> None:
    qs = asked("Each rider carried a sagum, a thick woollen cape fastened at the shoulder.", "en")
    assert qs == {
        "What is a sagum?": "a thick woollen cape fastened at the shoulder",
        "What is a thick woollen cape fastened at the shoulder called?": "sagum",
    }
    qs = asked("Per la cena servirono il garum, una salsa di pesce fermentato, con il pane.")
    assert qs == {
        "Che cos’è il garum?": "una salsa di pesce fermentato",
        "Come si chiama una salsa di pesce fermentato?": "garum",
    }
    # A word everyone knows is not defined: "the ship, a converted ferry".
    assert asked("The ship, a converted ferry, sank in 1994.", "en") == {}


def test_an_apposition_of_a_person_or_a_place_defines_nothing() -> None:
    text = (
        "Mario Bianchi, 43 anni, è arrivato ieri. Faenza, in provincia di Ravenna, è allagata. "
        "A Pavia, la città più colpita, piove. Il direttore, il francese Paul Morel, ha parlato. "
        "Lunedì, il tribunale ha respinto il ricorso. Il museo sorge di fronte all’odierna "
        "Assuan, l’antica Siene. L’esercito ha raggiunto Tarvisio, il capoluogo del distretto "
        "omonimo."
    )
    assert asked(text) == {}
    text = (
        "Dr Anna Kowalski, a geologist at the University of Leeds, led the study. In Germany, "
        "the government decided. Marc Delacroix, an analyst at Kestrel Insights, agreed. The "
        "river flows past Cologne, a city in western Germany. She landed in Oslo, the "
        "Norwegian capital, at noon."
    )
    assert asked(text, "en") == {}


def test_considered_the_first_or_the_father() -> None:
    qs = asked("Luigi Verri, considerato il padre della moderna geologia italiana, morì nel 1890.")
    assert qs == {"Chi è considerato il padre della moderna geologia italiana?": "Luigi Verri"}
    qs = asked(
        "Il Codice di Brera, ritenuto dagli studiosi la più antica raccolta di leggi lombarde, "
        "è custodito a Milano."
    )
    assert qs["Che cosa è ritenuto dagli studiosi la più antica raccolta di leggi lombarde?"] == (
        "Codice di Brera"
    )
    qs = asked("The Aldine Atlas is considered the oldest printed map of the Alps.", "en")
    assert qs["What is considered the oldest printed map of the Alps?"] == "Aldine Atlas"
    qs = asked("Ada Lovelace, regarded as the mother of computer programming, died young.", "en")
    assert qs["Who is regarded as the mother of computer programming?"] == "Ada Lovelace"
    qs = asked("Staffing was identified as the biggest single obstacle to faster care.", "en")
    assert qs["What was identified as the biggest single obstacle to faster care?"] == "Staffing"
    # One of many identifies no one.
    assert asked("Il Duomo di Siena, considerato uno dei capolavori del gotico, è aperto.") == {}


def test_considered_goes_with_the_subject_of_a_copula() -> None:
    qs = entry(
        "Carlo Negri",
        "Carlo Negri (1911-1987) è stato un ingegnere italiano, nato a Lodi, considerato il "
        "fondatore della moderna idraulica fluviale.",
    )
    assert qs["Chi è considerato il fondatore della moderna idraulica fluviale?"] == "Carlo Negri"
    assert qs["Chi è stato Carlo Negri?"] == "un ingegnere italiano"


def test_what_a_name_means() -> None:
    qs = asked('Il borgo era chiamato Pa Demi, il "Luogo della Pace", dai suoi abitanti.')
    assert qs == {"Che cosa significa il nome Pa Demi?": "Luogo della Pace"}
    qs = asked("Il fiume era detto Albula («fiume bianco») dagli antichi.")
    assert qs == {"Che cosa significa il nome Albula?": "fiume bianco"}
    # An elision inside the quotes is part of the meaning.
    qs = asked("Il monte era chiamato Tor Bianca («la torre dell’Aquila») dai pastori.")
    assert qs == {"Che cosa significa il nome Tor Bianca?": "la torre dell’Aquila"}
    qs = asked("Il Tanaro, il cui nome significa «acqua che scorre», nasce in Liguria.")
    assert qs["Che cosa significa il nome Tanaro?"] == "acqua che scorre"
    qs = asked('The town is called Montevago, which means "the walking mountain".', "en")
    assert qs == {"What does the name Montevago mean?": "the walking mountain"}
    qs = entry("Kivu", 'Kivu is a lake in Africa. Its name means "lake" in Bantu.', "en")
    assert qs["What does the name Kivu mean?"] == "lake"


def test_a_definition_of_a_kind_alone_says_more() -> None:
    qs = entry(
        "Cremona",
        "Cremona è un comune di circa 71.000 abitanti, capoluogo dell’omonima provincia in "
        "Lombardia e sede di una celebre scuola di liuteria.",
    )
    # A prefix of the phrase, never one with a hole: the apposition keeps what comes before it.
    assert qs["Che cos’è Cremona?"] == (
        "un comune di circa 71.000 abitanti, capoluogo dell’omonima provincia in Lombardia"
    )
    qs = entry("Fano", "Fano è un comune di circa 60.000 abitanti.")
    assert qs["Che cos’è Fano?"] == "un comune di circa 60.000 abitanti"
    qs = entry(
        "Eritrea",
        "Eritrea is a coastal country in the Horn of Africa, bordered by Sudan, Ethiopia and "
        "Djibouti.",
        "en",
    )
    assert qs["What is Eritrea?"] == "a coastal country in the Horn of Africa"
    reverse = "Which coastal country in the Horn of Africa is bordered by Sudan, Ethiopia and {}?"
    assert qs[reverse.format("Djibouti")] == "Eritrea"


def test_a_decimal_comma_does_not_end_a_phrase() -> None:
    qs = entry(
        "Liguria",
        "La Liguria è una regione dell’Italia nord-occidentale con capoluogo Genova e circa "
        "1,5 milioni di abitanti.",
    )
    reverse = "Quale regione dell’Italia nord-occidentale ha capoluogo Genova e circa {}?"
    assert qs[reverse.format("1,5 milioni di abitanti")] == "Liguria"


def test_a_reverse_definition_is_not_cut_before_its_noun_s_complement() -> None:
    qs = entry(
        "Porta Nuova",
        "Porta Nuova is an 18th-century city gate in the centre of Verona, built between 1770 "
        "and 1775 on the orders of Duke Ercole Visconti of Milan.",
        "en",
    )
    reverse = [q for q in qs if q.startswith("Which")]
    assert reverse and not any(q.endswith("on the orders?") for q in reverse)


def test_a_long_definition_keeps_one_predicate() -> None:
    qs = entry(
        "Ivass",
        "L’Istituto per la vigilanza sulle assicurazioni (Ivass) è l’autorità indipendente che "
        "vigila sulle imprese di assicurazione italiane e tutela gli assicurati.",
    )
    assert qs["Che cos’è l’Ivass?"] == (
        "l’autorità indipendente che vigila sulle imprese di assicurazione italiane"
    )
    # The identity keeps the whole relative clause: it only makes the question clearer.
    assert any(q.endswith("e tutela gli assicurati?") for q in qs)
    # Two verbs that share their object are one predicate.
    qs = entry(
        "Enea",
        "L’Enea è l’ente pubblico di ricerca che promuove e finanzia gli studi sull’energia "
        "in Italia.",
    )
    assert qs["Che cos’è l’Enea?"] == (
        "l’ente pubblico di ricerca che promuove e finanzia gli studi sull’energia in Italia"
    )


def test_an_entry_left_unsaid_is_who_is_considered() -> None:
    qs = entry(
        "Lucia Galvani",
        "Lucia Galvani (1890-1961) è stata una chimica italiana. Viene considerata la madre "
        "della moderna elettrochimica.",
    )
    assert qs["Chi è stata Lucia Galvani?"] == "una chimica italiana"
    assert qs["Chi è considerata la madre della moderna elettrochimica?"] == "Lucia Galvani"
    qs = entry(
        "Ledra",
        "Ledra is a shipwreck off Crete. It is regarded as the oldest known wreck of the Aegean.",
        "en",
    )
    assert qs["What is regarded as the oldest known wreck of the Aegean?"] == "Ledra"


def test_a_person_is_told_by_the_noun_not_its_adjective() -> None:
    qs = entry("Mercosur", "Il Mercosur è un mercato comune politico ed economico sudamericano.")
    assert "Che cos’è il Mercosur?" in qs
    qs = entry("Tiro", "Tiro è una storica città costiera del Libano.")
    assert "Che cos’è Tiro?" in qs
    qs = entry("Erodoto", "Erodoto è stato uno storico greco antico.")
    assert qs["Chi è stato Erodoto?"] == "uno storico greco antico"


def test_a_superlative_answers_with_a_name() -> None:

    text = """Title of a test article here

Kiprop won in Boston. Kiprop’s time, 2:05:11, is the fastest recorded on the course this year. \
The case is the most significant dispute over the lake in decades.
"""
    deck = generate_deck(text, language="en", deck_id="t")
    assert not [c for c in deck.cards if c.kind == "superlative"], deck.cards


def test_a_capitalised_adjective_does_not_end_a_definition() -> None:

    text = """Title of a test article here

Some paragraph of the article here.

Antonine Wall

The Antonine Wall is a former defensive fortification of the Roman province of Caledonia, \
built in AD 142.
"""
    deck = generate_deck(text, language="en", deck_id="t")
    defined = {c.question: c.answer for c in deck.cards if c.question}
    assert defined["What is the Antonine Wall?"] == (
        "a former defensive fortification of the Roman province of Caledonia"
    )


def test_a_name_in_a_list_is_one_item_and_no_cut_falls_inside_it() -> None:
    qs = entry(
        "Harbour Guild",
        "The Harbour Guild is a charity that rescues sailors along the shores of the United "
        "Kingdom, Norway, the Isle of Wight and the Faroe Islands.",
        "en",
    )
    which = [q for q in qs if q.startswith("Which charity")]
    assert which == [
        "Which charity rescues sailors along the shores of the United Kingdom, Norway, the Isle "
        "of Wight and the Faroe Islands?"
    ]
    assert not any("the Isle of Wight and the Faroe Islands?" == q[8:] for q in qs)
    assert "What is the Isle of Wight and the Faroe Islands?" not in qs


def test_a_state_spread_over_an_area_stays_present() -> None:
    qs = entry(
        "Lago Verde",
        "Il Lago Verde è un vasto lago alpino del Trentino, esteso per circa 12 chilometri "
        "quadrati.",
    )
    assert qs["Quale vasto lago alpino del Trentino si estende per circa 12 chilometri quadrati?"]
    assert not any("fu estes" in q for q in qs)


def test_two_nouns_of_a_kind_take_their_place() -> None:
    qs = entry("Port Ellis", "Port Ellis is a town and port in Kerrowshire, on the coast.", "en")
    assert qs["What is Port Ellis?"] == "a town and port in Kerrowshire"


def test_a_vague_with_phrase_asks_nothing() -> None:
    qs = entry(
        "Valdoria", "La Valdoria è un paese dell’Europa centrale con una storia lunga e ricca."
    )
    assert not any(q.startswith("Quale paese") for q in qs)
    qs = entry("Valdoria", "La Valdoria è una regione dell’Europa centrale con capoluogo Arlena.")
    assert qs["Quale regione dell’Europa centrale ha capoluogo Arlena?"] == "Valdoria"


def test_one_of_a_group_agrees_with_its_numeral() -> None:
    qs = entry(
        "Accademia di Brena",
        "L’Accademia di Brena è uno dei più antichi istituti d’arte del paese, fondata nel 1701 "
        "da un gruppo di pittori.",
    )
    question = "Quale dei più antichi istituti d’arte del paese fu fondato nel 1701"
    assert qs[f"{question} da un gruppo di pittori?"] == "Accademia di Brena"


def test_a_past_definition_and_a_common_noun_entry() -> None:

    text = """Title of a test article here

Some paragraph of the article here.

Iron Curtain

The Iron Curtain was a political boundary that divided Europe from 1945 to 1991.

Boron nitride

Boron nitride is a hard compound of boron and nitrogen used in cutting tools.
"""
    deck = generate_deck(text, language="en", deck_id="t")
    asked = {c.question: c.answer for c in deck.cards if c.question}
    assert asked["What was the Iron Curtain?"] == "a political boundary"
    assert asked["What is boron nitride?"] == "a hard compound of boron and nitrogen"


def test_a_superlative_set_off_after_a_noun_and_its_name_takes_the_noun() -> None:
    qs = asked(
        "Notizia\n\nIl ghiacciaio del Tonale, il più esteso delle Alpi lombarde, ha perso tre "
        "metri.\n"
    )
    assert qs.get("Qual è il ghiacciaio più esteso delle Alpi lombarde?") == (
        "il ghiacciaio del Tonale"
    )
    qs = asked("News\n\nThe port of Dover, the busiest in Europe, was closed on Friday.\n", "en")
    assert qs.get("What is the busiest port in Europe?") == "the port of Dover"
    # A person's office is asked by who holds it, elsewhere.
    qs = asked("Notizia\n\nIl sindaco di Lecce, il più giovane della Puglia, ha parlato.\n")
    assert not any("sindaco" in q for q in qs)


def test_a_superlative_after_a_participle_phrase_about_its_subject() -> None:
    qs = questions_of(
        "Built in 1868, the Tyne Oarsmen is the oldest rowing club in the north.", "en"
    )
    assert qs.get("What is the oldest rowing club in the north?") == "Tyne Oarsmen"
    qs = questions_of("Fondato nel 1919, il Pastificio Rossi è il più antico di Gragnano.", "it")
    assert not any(q.startswith("Qual è il più antico di") for q in qs)
    qs = questions_of(
        "Fondato nel 1919, il Pastificio Rossi è il pastificio più antico di Gragnano.", "it"
    )
    assert qs.get("Qual è il pastificio più antico di Gragnano?") == "Pastificio Rossi"


def test_a_bare_english_superlative_takes_the_noun_its_name_ends_with() -> None:
    qs = questions_of("The Central Library, the largest in the network, will stay open.", "en")
    assert qs.get("What is the largest library in the network?") == "Central Library"
    qs = questions_of("Blakeney Point, the largest in England, is a shingle spit.", "en")
    assert not any("the largest in" in q for q in qs)
