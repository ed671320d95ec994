"""More definitions: a head that names only a kind says more or is not asked, a term in
quotes, and appositions of rare words, on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate import generate_deck

from .test_definitions import asked, entry


def test_a_kind_alone_takes_its_first_modifier() -> None:
    text = "The Harbour Trust is a charity that runs food banks in Leeds."
    qs = entry("Harbour Trust", text, "en")
    assert qs["What is the Harbour Trust?"] == "a charity that runs food banks in Leeds"
    qs = entry(
        "Banco Amico", "Il Banco Amico è un’associazione che gestisce mense per i poveri a Bari."
    )
    assert qs["Che cos’è il Banco Amico?"] == (
        "un’associazione che gestisce mense per i poveri a Bari"
    )
    assert qs["Quale associazione gestisce mense per i poveri a Bari?"] == "Banco Amico"
    qs = entry("Pietrarsa", "Pietrarsa è un comune italiano di circa 9.000 abitanti in Irpinia.")
    assert qs["Che cos’è Pietrarsa?"] == "un comune italiano di circa 9.000 abitanti in Irpinia"


def test_a_long_modifier_keeps_the_part_before_its_relative_clause() -> None:
    qs = entry(
        "Water Board",
        "The Water Board is a federal agency within the Ministry of Works that manages dams, "
        "canals and hydroelectric plants in nine northern provinces.",
        "en",
    )
    assert qs["What is the Water Board?"] == "a federal agency within the Ministry of Works"


def test_a_kind_with_nothing_specific_is_not_asked() -> None:
    for text in ("The Harbour Trust is a charity.", "The Harbour Trust is a British charity."):
        assert "What is the Harbour Trust?" not in entry("Harbour Trust", text, "en")
    # A name before the noun is no nation's adjective: it tells this museum apart.
    qs = entry("Casa Rossa", "Casa Rossa is a Ferrari museum.", "en")
    assert qs["What is Casa Rossa?"] == "a Ferrari museum"
    for text in ("Il Banco Amico è un’associazione.", "Il Banco Amico è un ente pubblico."):
        assert "Che cos’è il Banco Amico?" not in entry("Banco Amico", text)
    # An apposition of a kind alone defines nothing either.
    assert asked("The study was funded by Lumen, a British charity, last year.", "en") == {}
    assert asked("Lo studio è stato finanziato da Lumen, un’associazione, ieri.") == {}


def test_a_person_s_nation_and_trade_is_a_definition() -> None:
    qs = entry("Carlo Neri", "Carlo Neri (1920-1990) è stato un politico italiano, nato a Como.")
    assert qs["Chi è stato Carlo Neri?"] == "un politico italiano"


def test_a_time_after_a_comma_is_no_apposition() -> None:
    qs = asked("Lo studio è stato finanziato da Lumen, un’associazione di Bari, l’anno scorso.")
    assert qs == {"Che cos’è Lumen?": "un’associazione di Bari"}
    assert asked("The ceasefire was signed in Vaduz, the day before, by both sides.", "en") == {}


def test_a_term_in_quotes_after_what_it_names() -> None:
    qs = asked(
        "I frammenti di plastica più piccoli di cinque millimetri sono chiamati «microplastiche»."
    )
    assert qs["Che cosa si intende per «microplastiche»?"] == (
        "i frammenti di plastica più piccoli di cinque millimetri"
    )
    assert qs["Come sono chiamati i frammenti di plastica più piccoli di cinque millimetri?"] == (
        "microplastiche"
    )
    qs = asked("Nei fondali si accumulano scarti di reti da pesca, detti «reti fantasma».")
    assert qs["Che cosa si intende per «reti fantasma»?"] == "scarti di reti da pesca"
    qs = asked(
        "Plastic fragments smaller than five millimetres are known as “microplastics”.", "en"
    )
    assert qs["What is meant by “microplastics”?"] == (
        "plastic fragments smaller than five millimetres"
    )
    assert qs["What are plastic fragments smaller than five millimetres known as?"] == (
        "microplastics"
    )
    qs = asked(
        "Tourists come to see the glow of rotting wood, what biologists call “foxfire”.", "en"
    )
    assert qs == {"What is meant by “foxfire”?": "the glow of rotting wood"}
    qs = asked("A cold sea fog, called “haar” by fishermen, covers the coast in May.", "en")
    assert qs["What is meant by “haar”?"] == "a cold sea fog"


def test_a_term_in_quotes_before_what_it_names() -> None:
    qs = asked(
        "Si definiscono «microplastiche» i frammenti di plastica con diametro inferiore a "
        "cinque millimetri."
    )
    assert qs["Che cosa si intende per «microplastiche»?"] == (
        "i frammenti di plastica con diametro inferiore a cinque millimetri"
    )
    assert (
        qs[
            "Come si definiscono i frammenti di plastica con diametro inferiore a cinque "
            "millimetri?"
        ]
        == "microplastiche"
    )
    qs = asked("Il termine «caporalato» indica lo sfruttamento illegale dei braccianti agricoli.")
    assert qs["Che cosa si intende per «caporalato»?"] == (
        "lo sfruttamento illegale dei braccianti agricoli"
    )
    qs = asked(
        "The term “greenwashing” refers to misleading claims about the benefits of a product.",
        "en",
    )
    assert qs["What is meant by “greenwashing”?"] == (
        "misleading claims about the benefits of a product"
    )
    qs = asked(
        "The fund targets the so-called “forever chemicals”, a group of synthetic compounds "
        "that never break down.",
        "en",
    )
    assert qs["What is meant by “forever chemicals”?"] == (
        "a group of synthetic compounds that never break down"
    )


def test_a_quotation_or_a_nickname_is_no_term() -> None:
    texts_it = (
        "Von der Leyen lo ha definito «un giorno storico».",
        "Il ministro ha detto che Putin «vuole la pace».",
        "Gragnano è conosciuta come la «città della pasta».",
        "La legge, definita «svuotacarceri» dai critici, è passata.",
        "I pescatori temono le correnti, quelle che i vecchi chiamano «la bestia».",
    )
    for text in texts_it:
        assert asked(text) == {}, text
    texts_en = (
        "The senator called the lawsuit “a step backward”.",
        "Rwanda is known as the “land of a thousand hills”.",
        "The deal, which he called “historic”, was signed.",
        "The river carries tiny fragments of plastic, known as “microplastics”, to the sea.",
        "The bridge is called “Nessie” by the crew.",
    )
    for text in texts_en:
        assert asked(text, "en") == {}, text


def test_an_apposition_defines_a_noun_the_dictionary_knows_as_a_verb() -> None:
    # "sciare" is a verb to the dictionary; after "le" it can only be a noun.
    qs = asked(
        "Sul versante dell’Etna si trovano le sciare, le antiche colate laviche solidificate, "
        "coperte di ginestre."
    )
    assert qs == {
        "Che cosa sono le sciare?": "le antiche colate laviche solidificate",
        "Come si chiamano le antiche colate laviche solidificate?": "sciare",
    }
    qs = asked("The coast disappears under the haar, a cold sea fog, every May.", "en")
    assert qs == {"What is the haar?": "a cold sea fog", "What is a cold sea fog called?": "haar"}
    # A definition of two words has more than one name: it is not asked back.
    qs = asked("The coast disappears under the haar, a sea fog, every May.", "en")
    assert qs == {"What is the haar?": "a sea fog"}
    # A list goes on with its next item; a place is not defined.
    assert asked("Al mercato si vendono mele, pere, le arance di Sicilia e i limoni.") == {}
    assert asked("Il vertice si è tenuto a Roma, la capitale, lunedì.") == {}


def test_a_kind_alone_is_asked_back_only_with_a_name() -> None:
    qs = entry("Banco Amico", "Il Banco Amico è un’associazione fondata nel 1990.")
    assert not any(q.startswith("Quale") for q in qs)
    text = "The Harbour Trust is a charity founded in 1990 by the Leeds dockers’ union."
    qs = entry("Harbour Trust", text, "en")
    assert qs["Which charity was founded in 1990 by the Leeds dockers’ union?"] == "Harbour Trust"


def test_a_term_in_quotes_before_an_apposition() -> None:
    qs = asked("Sull’Etna si vedono le «sciare», le antiche colate laviche solidificate.")
    assert qs["Che cosa si intende per «sciare»?"] == "le antiche colate laviche solidificate"
    assert qs["Come si chiamano le antiche colate laviche solidificate?"] == "sciare"
    qs = asked("The coast vanishes under the “haar”, a cold sea fog, every May.", "en")
    assert qs["What is meant by “haar”?"] == "a cold sea fog"
    # A judgement in quotes has no article before it.
    assert asked("Ha definito il piano «inaccettabile», la cui bocciatura è certa.") == {}
    assert asked("He called the plan “unacceptable”, a view shared by many.", "en") == {}


def test_a_label_one_party_gives_is_no_term() -> None:
    # A community's word is a term; one party's (a government, a critic, a person) a label.
    qs = asked("Le frane di fango, quelle che i geologi chiamano «colate detritiche», crescono.")
    assert qs["Che cosa si intende per «colate detritiche»?"] == "le frane di fango"
    qs = asked("Una nebbia fredda, chiamata «caligo» dai pescatori, copre la laguna.")
    assert qs["Che cosa si intende per «caligo»?"] == "una nebbia fredda"
    assert (
        asked("I migranti arrivati via mare, chiamati «irregolari» dal governo, sono tanti.") == {}
    )
    assert (
        asked("I migranti arrivati via mare, chiamati «clandestini» dai critici, sono tanti.") == {}
    )
    text = "He criticised the hoarding of doses by rich countries, what he called “vaccine greed”."
    assert asked(text, "en") == {}
    assert asked("A cold sea fog, called “haar” by Smith, covers the coast.", "en") == {}


def test_a_name_the_article_defines_in_a_paragraph_of_its_own() -> None:
    text = (
        "Un titolo di prova\n\nLe zanzare sono tornate.\n\nThe outbreak grew in March.\n\n"
        "Malaria is a disease transmitted by the bite of infected mosquitoes. Cases of malaria "
        "rose.\n\nHalvora is a Swedish startup that makes silicon carbide chips. It grew.\n"
    )
    qs = asked(text, "en")
    assert qs["What is malaria?"] == "a disease transmitted by the bite of infected mosquitoes"
    # Many diseases are: a kind alone is asked back only with a name.
    assert "Which disease is transmitted by the bite of infected mosquitoes?" not in qs
    assert qs["What is Halvora?"] == "a Swedish startup that makes silicon carbide chips"
    assert qs["Which Swedish startup makes silicon carbide chips?"] == "Halvora"


def test_a_judgement_in_the_article_defines_nothing() -> None:
    for text in (
        "Dresden is a good choice for the plant, analysts said.",
        "Nairobi is a city of contrasts.",
        "Kiprop is a favourite for the race.",
    ):
        assert asked(text, "en") == {}, text
    for text in ("Roma è una città meravigliosa.", "Bari è una scelta logica per il cantiere."):
        assert asked(text) == {}, text


def test_a_term_in_quotes_names_a_phrase_not_a_clause() -> None:
    # The phrase before ", known as" is the subject only when a verb follows the term.
    qs = asked("Tiny fragments of plastic, known as “microplastics”, pollute every sea.", "en")
    assert qs["What is meant by “microplastics”?"] == "tiny fragments of plastic"
    for text in (
        "Archaeologists study fragments of pottery, known as “sherds”, found at the site.",
        "Archaeologists study fragments of pottery, known as “sherds”, which date to AD 100.",
        "Tourists who flock to the city, known as “day-trippers”, crowd the bridges.",
        "Tourists who flock to the city are known as “day-trippers”.",
    ):
        assert asked(text, "en") == {}, text
    qs = asked("Gli archeologi studiano frammenti di ceramica, detti «cocci», da anni.")
    assert qs["Che cosa si intende per «cocci»?"] == "frammenti di ceramica"


def test_a_term_defined_in_so_many_words_without_quotes() -> None:
    qs = asked(
        "Si definisce zona umida un’area coperta d’acqua per gran parte dell’anno, anche solo "
        "in parte."
    )
    assert qs["Che cosa si intende per «zona umida»?"] == (
        "un’area coperta d’acqua per gran parte dell’anno"
    )
    assert qs["Come si definisce un’area coperta d’acqua per gran parte dell’anno?"] == (
        "zona umida"
    )
    qs = asked("Per lavoro agile si intende una modalità di lavoro senza vincoli di orario.")
    assert qs["Che cosa si intende per «lavoro agile»?"] == (
        "una modalità di lavoro senza vincoli di orario"
    )
    qs = asked("Con il termine bradisismo si indica il lento sollevamento del suolo.")
    assert qs["Che cosa si intende per «bradisismo»?"] == "il lento sollevamento del suolo"
    qs = asked("A heatwave is defined as three consecutive days above the threshold.", "en")
    assert qs["What is meant by “heatwave”?"] == "three consecutive days above the threshold"
    qs = asked("The term dark sky refers to a place with little light pollution at night.", "en")
    assert qs["What is meant by “dark sky”?"] == "a place with little light pollution at night"


def test_how_someone_calls_themselves_is_no_definition() -> None:
    assert asked("Si definiscono soddisfatti i sindacati dei medici di base.") == {}
    assert asked("Si dice preoccupato il sindaco di Bari, che ha chiesto aiuto.") == {}
    assert asked("Si definisce così il modo di lavorare dei contadini della valle.") == {}
    assert asked("Maria is defined as the best player of her team in the league.", "en") == {}


def test_an_apposition_defines_a_term_of_two_known_words_the_article_repeats() -> None:
    text = (
        "Il lago si trova nella fascia alpina, la zona di montagna dove non crescono alberi. "
        "Sopra la fascia alpina vivono solo licheni."
    )
    assert asked(text)["Che cos’è la fascia alpina?"] == (
        "la zona di montagna dove non crescono alberi"
    )
    text = (
        "The town lies in the rain shadow, the dry side of a mountain range that clouds rarely "
        "reach. Farming in the rain shadow needs irrigation."
    )
    assert asked(text, "en")["What is the rain shadow?"] == (
        "the dry side of a mountain range that clouds rarely reach"
    )
    # Said once, two known words are a place the article passes by.
    text = "They met at the old mill, the place where the river bends."
    assert "What is the old mill?" not in asked(text, "en")


def test_an_entry_s_definition_is_asked_before_an_apposition_of_its_name() -> None:
    text = (
        "A test article\n\nThe Rambler, the magazine that runs the prize, said the walk would "
        "take place in May.\n\nThe Rambler\n\nThe Rambler is a monthly English walking magazine "
        "founded in 1950 by a group of hikers.\n"
    )
    deck = generate_deck(text, source="t.en.txt", deck_id="t")
    answers = {c.question: c.answer for c in deck.cards}
    assert answers["What is The Rambler?"] == "a monthly English walking magazine"


def test_a_long_apposition_leaves_out_the_complement_its_relative_clause_ends_with() -> None:
    text = (
        "The planet orbits beyond the frost line, the distance from a young star beyond which "
        "water can freeze into grains of ice in the disc around it. Past the frost line, giant "
        "planets form."
    )
    assert asked(text, "en")["What is the frost line?"] == (
        "the distance from a young star beyond which water can freeze"
    )


def test_the_comma_after_an_opening_subordinate_clause_opens_no_apposition() -> None:
    text = (
        "Because the lake is colder than the Baltic, the fish grows roughly half as fast as "
        "elsewhere, making it small."
    )
    assert asked(text, "en") == {}


def test_an_apposition_after_a_case_or_a_person_s_workplace_defines_neither() -> None:
    text = (
        "The dispute is the largest since Arizona v. California, a landmark ruling that was "
        "handed down in 1963."
    )
    assert asked(text, "en") == {}
    text = "Professor Anna Berg of Lund University, a co-author of the study, said it was clear."
    assert asked(text, "en") == {}


def test_two_adjectives_joined_before_their_noun_are_one_head() -> None:
    qs = entry(
        "Grand Array",
        "The Grand Array is an optical and infrared telescope under construction in Chile.",
        "en",
    )
    assert qs["What is the Grand Array?"] == "an optical and infrared telescope"
    qs = entry("Halvora", "Halvora is a compound used in the making of chips.", "en")
    assert qs["What is Halvora?"] == "a compound used in the making of chips"


def test_a_reverse_question_leaves_no_infinitive_without_its_object() -> None:
    qs = entry(
        "Sentinel-9",
        "Sentinel-9 is a European space telescope launched in May 2021 to search for comets "
        "around bright nearby stars using radar.",
        "en",
    )
    assert qs["Which European space telescope was launched in May 2021?"] == "Sentinel-9"


def test_a_time_before_si_indica_is_no_term() -> None:
    text = "Per anni si indicano le stesse cause della crisi economica della regione."
    assert asked(text) == {}


def test_a_thing_said_to_be_so_is_no_term() -> None:
    assert asked("The area is defined as high risk by the agency for a year.", "en") == {}
    assert asked("Per molti si intende una cosa diversa dalla parola usata dai tecnici.") == {}


def test_an_acronym_beside_what_it_stands_for_is_asked_as_an_acronym() -> None:
    text = "Serviva un Ape, l’attestato di prestazione energetica, firmato da un tecnico."
    assert asked(text) == {}


def test_a_figure_with_a_thousands_separator_stays_whole_in_the_head() -> None:
    """The comma of '6,200-hectare' is inside a figure: the definition does not end there."""
    got = entry(
        "Marshmoor",
        "Marshmoor is a 6,200-hectare wetland reserve on the north shore of the Humber, "
        "created on drained farmland after the floods of 1953.",
        "en",
    )
    assert got["What is Marshmoor?"].startswith("a 6,200-hectare wetland reserve")
    got = entry(
        "Valle Serena",
        "La Valle Serena è un’oasi di 1.200 ettari sulla riva sinistra del Po, istituita nel 1992.",
    )
    assert all(not answer.endswith(("6", "1")) for answer in got.values())
