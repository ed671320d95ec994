"""Each kind of fact, on small texts of its own, in Italian and English."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms, dates, definitions, numbers, quotes, roles
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.text import clean
from tests.generate.helpers import article_document

IT_ENTRIES = """Un articolo sul porto

Il porto di Trieste ha accolto ieri una nave da crociera.

Trieste

Trieste è la città più grande del Friuli-Venezia Giulia, fondata nel 178 a.C. dai Romani.
La città crebbe come porto dell’Impero austriaco.

Organizzazione Mondiale della Sanità

L’Organizzazione Mondiale della Sanità (OMS) è un’agenzia delle Nazioni Unite istituita \
nel 1948 per la salute pubblica. Conta 194 stati membri.
"""


def questions(extract, text: str, language: str = "it") -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_find_dates() -> None:
    spans = find_dates("Il 15 agosto 2025 e poi nel 1949, dal 2 al 12 settembre.", "it")
    assert [s.answer for s in spans] == ["15 agosto 2025", "1949", "dal 2 al 12 settembre"]
    assert spans[0].accept == ("Il 15 agosto 2025",)
    assert spans[2].is_range
    en = find_dates("It landed on February 18, 2021, and ended in January 2024.", "en")
    assert [s.answer for s in en] == ["February 18, 2021", "January 2024"]


def test_a_span_of_days_in_one_month_or_two_is_one_date() -> None:
    for text, language, said in [
        ("La fiera si terrà dal 4 all’8 settembre 2026.", "it", "dal 4 all’8 settembre 2026"),
        (
            "I lavori si fermano tra il 1° aprile e il 15 giugno.",
            "it",
            "tra il 1° aprile e il 15 giugno",
        ),
        ("The fair will run from 4 to 8 September 2026.", "en", "from 4 to 8 September 2026"),
        ("No work is done between 1 May and 31 August.", "en", "between 1 May and 31 August"),
    ]:
        (span,) = find_dates(text, language)
        assert span.answer == said and span.is_range
    assert questions(dates.extract, "La fiera si terrà dal 4 all’8 settembre 2026.") == {
        "Quando si terrà la fiera?": "dal 4 all’8 settembre 2026"
    }


def test_dates_in_entries_use_the_entry_as_subject() -> None:
    qs = questions(dates.extract, IT_ENTRIES)
    assert qs["In che anno fu istituita l’Organizzazione Mondiale della Sanità?"] == "1948"


def test_finite_verb_and_noun_phrase_dates() -> None:
    text = (
        "Titolo dell’articolo di prova\n\nUn paragrafo qualunque.\n\nBudapest\n\n"
        "Budapest si formò nel 1873 unificando tre città. Dopo la caduta del muro nel 1989 "
        "la città cambiò."
    )
    qs = questions(dates.extract, text)
    assert qs["Quando si formò Budapest?"] == "1873"
    assert qs["A quando risale la caduta del muro?"] == "1989"


def test_article_date_clause_question() -> None:
    text = "Mario Rossi e Luca Bianchi sono arrivati insieme a Milano il 3 marzo 2024, in treno."
    qs = questions(dates.extract, text)
    assert qs == {
        "Quando sono arrivati insieme a Milano Mario Rossi e Luca Bianchi?": "3 marzo 2024"
    }


def test_english_dates() -> None:
    text = (
        "A headline for the test article\n\nSome text here.\n\nJet Propulsion Laboratory\n\n"
        "The Jet Propulsion Laboratory (JPL) is a research centre in Pasadena, founded in 1936."
    )
    qs = questions(dates.extract, text, "en")
    assert qs["In what year was the Jet Propulsion Laboratory founded?"] == "1936"
    qs = questions(dates.extract, "The rover landed on Mars on February 18, 2021.", "en")
    assert qs["When did the rover land on Mars?"] == "February 18, 2021"


def test_numbers() -> None:
    qs = questions(numbers.extract, IT_ENTRIES)
    assert qs == {"Quanti stati membri comprende l’Organizzazione Mondiale della Sanità?": "194"}


def test_acronyms_both_ways() -> None:
    qs = questions(acronyms.extract, IT_ENTRIES)
    assert qs["Che cosa significa la sigla OMS?"] == "Organizzazione Mondiale della Sanità"
    assert qs["Qual è la sigla dell’Organizzazione Mondiale della Sanità?"] == "OMS"
    en = questions(acronyms.extract, "The North Atlantic Treaty Organization (NATO) grew.", "en")
    assert en["What does NATO stand for?"] == "North Atlantic Treaty Organization"


def test_definitions_and_superlatives() -> None:
    qs = questions(definitions.extract, IT_ENTRIES)
    assert qs["Qual è la città più grande del Friuli-Venezia Giulia?"] == "Trieste"
    assert (
        qs["Che cos’è l’Organizzazione Mondiale della Sanità?"] == "un’agenzia delle Nazioni Unite"
    )
    assert qs[
        "Quale agenzia delle Nazioni Unite fu istituita nel 1948 per la salute pubblica?"
    ] == ("Organizzazione Mondiale della Sanità")


def test_quotes_name_the_speaker() -> None:
    text = (
        "Il ministro Carlo Verdi ha parlato ieri. “Non cambieremo idea su questo punto”, "
        "ha detto Verdi. “La decisione è presa.”"
    )
    qs = questions(quotes.extract, text)
    assert qs["Chi ha detto “Non cambieremo idea su questo punto”?"] == "Carlo Verdi"
    assert qs["Chi ha detto “La decisione è presa”?"] == "Carlo Verdi"
    en = questions(quotes.extract, '"We will not move," said Anna Smith. Smith left.', "en")
    assert en == {"Who said “We will not move”?": "Anna Smith"}


def test_roles() -> None:
    text = "Il Ministro degli Esteri russo Sergej Lavrov ha parlato. Lavrov è partito."
    qs = questions(roles.extract, text)
    assert qs["Chi è il Ministro degli Esteri russo?"] == "Sergej Lavrov"
    assert qs["Quale carica ricopre Sergej Lavrov?"] == "Ministro degli Esteri russo"
    en = questions(
        roles.extract, "Russian Foreign Minister Sergei Lavrov spoke. Lavrov left.", "en"
    )
    assert en["Who is the Russian Foreign Minister?"] == "Sergei Lavrov"


def test_cloze_hides_an_informative_span() -> None:
    deck = generate_deck(
        "Il presidente ha detto che fornire missili Tomahawk a Kiev potrebbe minare gli sforzi "
        "di pace in corso.",
        deck_id="t",
    )
    clozes = [c.cloze for c in deck.cards if c.cloze]
    assert clozes and "{{c1::" in clozes[0]
    assert "{{c1::il}}" not in clozes[0].lower()


def test_numbers_counting_the_object() -> None:
    text = (
        "Nel 2024 l’Osservatorio Vesuviano ha registrato oltre 6.000 terremoti nell’area flegrea."
    )
    qs = questions(numbers.extract, text)
    question = "Quanti terremoti ha registrato l’Osservatorio Vesuviano nell’area flegrea nel 2024?"
    assert qs == {question: "6.000"}
    en = questions(numbers.extract, "The rover carried 7 instruments to Mars.", "en")
    assert en == {"How many instruments did the rover carry to Mars?": "7"}
    # A number in a reported clause is not the object of the main verb: the clause is asked.
    reported = questions(numbers.extract, "Rossi ha detto che il piano riguarda 500 persone.")
    assert reported == {"Quante persone riguarda il piano?": "500"}


def test_people_are_names_not_titles_or_places() -> None:
    from quizlib.generate.document import find_people

    texts = [
        "Russian Foreign Minister Sergei Lavrov spoke.",
        "Foreign ministers met at Lake Geneva.",
        "Geneva is calm. Lavrov left.",
    ]
    assert set(find_people(texts, "en").values()) == {"Sergei Lavrov"}
    texts = ["Durante la Guerra Fredda il ministro Nello Musumeci parlò.", "Musumeci tacque."]
    assert set(find_people(texts, "it").values()) == {"Nello Musumeci"}


def test_the_speaker_of_a_quotation_is_a_person_named_once() -> None:
    from quizlib.generate.document import find_people

    texts = [
        "“We need a deal this week,” said Chandni Raina.",
        "Ana Ruiz said: “The port is ready.”",
        "Brightwave Energy said on Monday that profits rose.",  # a company says things too
    ]
    assert set(find_people(texts, "en").values()) == {"Chandni Raina", "Ana Ruiz"}
    texts = ["«Siamo pronti», ha dichiarato Luisa Ferri.", "Acqua Marcia ha detto che tace."]
    assert set(find_people(texts, "it").values()) == {"Luisa Ferri"}


def test_lists_of_names_become_one_cloze() -> None:
    from quizlib.generate.extract.cloze import _lists

    text = "Unificò le città di Buda, Óbuda e Pest sul Danubio."
    assert [text[a:b] for a, b in _lists(text)] == ["Buda, Óbuda e Pest"]


def test_since_and_by_dates() -> None:
    qs = questions(dates.extract, "Mario Rossi dirige la Ferrari dal 2019, secondo il sito.")
    assert qs == {"Da quando Mario Rossi dirige la Ferrari?": "2019"}
    qs = questions(dates.extract, "John Smith has led the company since 2019.", "en")
    assert qs == {"Since when has John Smith led the company?": "2019"}


def test_superlatives_in_the_article_body() -> None:
    qs = questions(definitions.extract, "Everest is the highest mountain on Earth.", "en")
    assert qs == {"What is the highest mountain on Earth?": "Everest"}
    qs = questions(definitions.extract, "Trieste è il porto più importante del Friuli, dicono.")
    assert qs == {"Qual è il porto più importante del Friuli?": "Trieste"}


def test_numbers_counting_the_subject() -> None:
    text = "Almeno 12 persone sono morte nell’incendio di Milano, secondo i vigili."
    assert questions(numbers.extract, text) == {
        "Quante persone sono morte nell’incendio di Milano?": "12"
    }
    text = "At least 50 people were killed in the attack on Monday, officials said."
    assert questions(numbers.extract, text, "en") == {
        "How many people were killed in the attack on Monday?": "50"
    }


def test_percentages_are_cloze_targets() -> None:
    deck = generate_deck(
        "L’inflazione in Italia è salita al 5,4% in un anno, secondo l’Istat.", deck_id="t"
    )
    # the share first; who measured it is a second fact of the sentence (or a question asks
    # the level the share reached)
    asked = [c.answer for c in deck.cards if c.question]
    assert asked == ["5,4%"] or [c.cloze for c in deck.cards] == [
        "L’inflazione in Italia è salita al {{c1::5,4%}} in un anno, secondo l’{{c2::Istat}}."
    ]


def _sentence(text: str, language: str, start: str):
    doc = build_document(clean(text), language)
    return next(s for s in doc.sentences if s.text.startswith(start))


EN_ENTRIES = """Ministers meet in Geneva

Ministers from forty countries met in Geneva on Monday to discuss the new treaty.

Geneva

Geneva is the second-most populous city in Switzerland. It hosts the European headquarters \
of the United Nations. The city is home to the Red Cross. Today it hosts many banks.

World Health Organization

The World Health Organization (WHO) is a specialized agency of the United Nations founded \
in 1948.
"""


def test_a_card_names_the_entry_its_sentence_only_implies() -> None:
    from quizlib.generate.extract.subject import explicit_subject

    it = _sentence(IT_ENTRIES, "it", "La città")
    assert explicit_subject(it.text, it, "it").startswith("Trieste crebbe come porto")
    cloze = it.text.replace("Impero", "{{c1::Impero}}")
    assert (
        explicit_subject(cloze, it, "it")
        == "Trieste crebbe come porto dell’{{c1::Impero}} austriaco."
    )
    verb = _sentence(IT_ENTRIES, "it", "Conta")
    assert (
        explicit_subject(verb.text, verb, "it")
        == "L’Organizzazione Mondiale della Sanità conta 194 stati membri."
    )
    pronoun = _sentence(EN_ENTRIES, "en", "It hosts")
    assert explicit_subject(pronoun.text, pronoun, "en").startswith("Geneva hosts the European")
    kind = _sentence(EN_ENTRIES, "en", "The city")
    assert explicit_subject(kind.text, kind, "en") == "Geneva is home to the Red Cross."
    # Left as they are: a sentence that names its subject, an adverb first, an article sentence,
    # and a deletion of the very words that would be replaced.
    for start in ("Geneva is", "Today it", "Ministers"):
        s = _sentence(EN_ENTRIES, "en", start)
        assert explicit_subject(s.text, s, "en") == s.text
    assert explicit_subject("{{c1::It}} hosts the European", pronoun, "en") == (
        "{{c1::It}} hosts the European"
    )


def test_entry_clozes_and_english_owners_name_the_entry() -> None:
    deck = generate_deck(EN_ENTRIES, language="en", deck_id="t")
    clozes = [c.cloze for c in deck.cards if c.cloze]
    assert clozes and not [c for c in clozes if c.startswith(("It ", "The city "))], clozes
    assert not [c for c in clozes if "{{c1::European}}" in c], clozes  # an adjective
    text = EN_ENTRIES + (
        "\nCOVID-19\n\nCOVID-19 is a contagious disease. The first known case was identified "
        "in Wuhan, China, in December 2019.\n"
    )
    qs = questions(dates.extract, text, "en")
    assert qs["When was the first known case of COVID-19 identified in Wuhan, China?"] == (
        "December 2019"
    )


def test_a_cloze_hides_a_name_whole() -> None:
    from quizlib.generate.extract.cloze import _spans

    text = "The college moved to a new campus in Newcastle upon Tyne after the war ended."
    doc = article_document(text, "en")
    hidden = {text[start:end] for _score, start, end, _kind in _spans(text, doc)}
    assert "Newcastle upon Tyne" in hidden and "Newcastle" not in hidden
    text = "Fu un centro della cultura slava come stato medievale della Rus’ di Kiev e di Ruthenia."
    doc = article_document(text, "it")
    hidden = {text[start:end] for _score, start, end, _kind in _spans(text, doc)}
    assert "Rus" not in hidden and "Ruthenia" in hidden


def test_a_name_the_dictionary_knows_keeps_its_capital() -> None:
    from quizlib.generate.extract.common import lower_initial

    doc = build_document(
        clean(
            "Title of a test article here\n\n"
            "Brazil recorded 2.3 million cases in 2024. The Ministry of Health of Brazil, "
            "and public health experts, agreed."
        ),
        "en",
    )
    assert lower_initial("Brazil recorded 2.3 million cases", doc).startswith("Brazil")
    assert lower_initial("Health experts agreed", doc).startswith("health")


def test_an_office_dropped_after_an_articulated_preposition_leaves_the_preposition() -> None:
    from quizlib.generate.extract.common import drop_titles

    doc = build_document(
        clean(
            "Un ponte nuovo sul fiume\n\n"
            "Il ponte è stato inaugurato dal sindaco Marco Rossi nel 2010. "
            "Marco Rossi ha parlato a lungo."
        ),
        "it",
    )
    assert drop_titles("inaugurato dal sindaco Marco Rossi", doc) == "inaugurato da Marco Rossi"
    assert drop_titles("Dal sindaco Marco Rossi arriva", doc) == "Da Marco Rossi arriva"
    assert drop_titles("il sindaco Marco Rossi parla", doc) == "Marco Rossi parla"


def test_an_asked_sentence_keeps_a_cloze_of_another_fact() -> None:
    from quizlib.generate.extract import cloze

    text = "Distrutto nel 1156, il castello fu ricostruito dall’imperatore Federico II di Svevia."
    doc = article_document(text, "it")
    key = (doc.sentences[0].block, doc.sentences[0].position)
    hidden = [c.answer for c in cloze.extract(doc, {key: {"1156"}})]
    assert hidden == ["Federico II di Svevia"]
    # Not what a question asks, nor a lone capitalised word beside it.
    assert list(cloze.extract(doc, {key: {"federico ii di svevia"}})) == []


def test_a_kind_noun_followed_by_its_name_is_not_named_twice() -> None:
    from quizlib.generate.document import build_document
    from quizlib.generate.extract.subject import explicit_subject

    it = "Tram\n\nLa linea è aperta.\n\nTEB\nLa società TEB fu costituita nel 1999 dal Comune.\n"
    s = next(s for s in build_document(it, "it").sentences if s.text.startswith("La società"))
    assert explicit_subject(s.text, s, "it") == s.text
    en = "Trams\n\nThe line is open.\n\nHull\nThe city of Hull was granted a charter in 1299.\n"
    s = next(s for s in build_document(en, "en").sentences if s.text.startswith("The city"))
    assert explicit_subject(s.text, s, "en") == s.text


def test_the_city_of_a_council_entry_is_the_place_not_the_council() -> None:
    from quizlib.generate.document import build_document
    from quizlib.generate.extract.subject import explicit_subject, refers_to_entry

    text = (
        "Bus lane cameras switched on across the city\n\nThe cameras went live on Monday.\n\n"
        "Derby City Council\n\nDerby City Council is the local authority for the city of Derby. "
        "The city has a population of about 261,000.\n"
    )
    s = next(s for s in build_document(text, "en").sentences if s.text.startswith("The city"))
    assert not refers_to_entry(s, "en")
    assert explicit_subject(s.text, s, "en") == s.text
    questions = [c.question for c in generate_deck(text, language="en").cards if c.question]
    assert "What is the population of Derby City Council?" not in questions
    # The city of a city's entry is still the entry.
    city = text.replace(
        "Derby City Council\n\nDerby City Council is the local authority for",
        ("Derby\n\nDerby is a cathedral city in"),
    )
    s = next(s for s in build_document(city, "en").sentences if s.text.startswith("The city"))
    assert refers_to_entry(s, "en")
