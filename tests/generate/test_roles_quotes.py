"""People, their offices and what they said: offices set off by commas, possessives, honorifics,
and names that are only the tail of an organisation's name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document, find_people
from quizlib.generate.extract import quotes, roles
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def cards(extract: Extractor, text: str, language: str) -> dict[str, Candidate]:
    doc = build_document(clean(text), language)
    return {c.question: c for c in extract(doc) if c.question}


def answers(extract: Extractor, text: str, language: str = "it") -> dict[str, str]:
    return {q: c.answer for q, c in cards(extract, text, language).items()}


def speakers(text: str, language: str = "it") -> dict[str, str]:
    """Who said what: the quotes extractor's cards on speakers, without those on the words a
    person described something with ('How did Anna Neri describe the plan?')."""
    found = cards(quotes.extract, text, language)
    return {q: c.answer for q, c in found.items() if c.answer_type == "person"}


def people(texts: list[str], language: str = "it") -> set[str]:
    return set(find_people(texts, language).values())


# Offices before a name set off by commas.


def test_an_italian_office_then_the_name_between_commas() -> None:
    text = (
        "Il ministro dello Sport e dei Giovani, Marco Galli, ha inaugurato ieri lo stadio. "
        "La cerimonia è durata due ore."
    )
    qs = answers(roles.extract, text)
    assert qs["Chi è il ministro dello Sport e dei Giovani?"] == "Marco Galli"
    assert qs["Quale carica ricopre Marco Galli?"] == "ministro dello Sport e dei Giovani"


def test_a_short_word_inside_a_name_belongs_to_the_office() -> None:
    text = "Il ministro della Salute e del Made in Italy, Luca Zanardelli, ha parlato a lungo."
    qs = answers(roles.extract, text)
    assert qs["Chi è il ministro della Salute e del Made in Italy?"] == "Luca Zanardelli"


def test_an_office_of_two_office_words_is_one_office() -> None:
    text = (
        "Il segretario generale della Uil Lombardia, Paolo Zanardelli, ha chiesto un incontro. "
        "Il primo ministro Sara Conti ha accettato."
    )
    qs = answers(roles.extract, text)
    assert qs["Chi è il segretario generale della Uil Lombardia?"] == "Paolo Zanardelli"
    assert qs["Chi è il primo ministro?"] == "Sara Conti"
    assert not any("generale della Uil" in q and "segretario" not in q for q in qs)


def test_an_english_office_with_its_modifiers_and_an_honorific() -> None:
    text = (
        "The city transport commissioner, Dr. Paul Okonjo, told reporters the line would open "
        "in May."
    )
    card = cards(roles.extract, text, "en")["Who is the city transport commissioner?"]
    assert card.answer == "Paul Okonjo"
    assert set(card.accept) == {"Okonjo", "Dr. Paul Okonjo"}


def test_a_possessive_instead_of_an_article() -> None:
    text = (
        "Chile’s mining and energy minister, Lucas Herrera, opened the fair. Marta Kovač, "
        "Croatia’s tourism minister, welcomed the decision."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is Chile’s mining and energy minister?"] == "Lucas Herrera"
    assert qs["Who is Croatia’s tourism minister?"] == "Marta Kovač"
    assert qs["What office does Marta Kovač hold?"] == "Croatia’s tourism minister"


def test_an_office_with_a_capitalised_complement() -> None:
    text = "Peru’s Cabinet Secretary for Mining, Ana Ríos, used her speech to warn delegates."
    qs = answers(roles.extract, text, "en")
    assert qs["Who is Peru’s Cabinet Secretary for Mining?"] == "Ana Ríos"


def test_a_verb_is_not_an_office_modifier() -> None:
    text = "The plan would help former minister John Reed. Reed agreed."
    assert answers(roles.extract, text, "en") == {}


# Who said it.


def test_the_speaker_is_the_name_after_the_office_not_its_organisation() -> None:
    text = (
        "«Il piano è pronto da mesi», ha dichiarato il presidente dell’Enac, Luca Serra, che "
        "ha presieduto la riunione. "
        "“Questo è un passo avanti per tutti”, ha commentato l’amministratrice delegata di "
        "Ferrovie Nord Milano, Giulia Conti."
    )
    qs = answers(quotes.extract, text)
    assert qs["Chi ha detto “Il piano è pronto da mesi”?"] == "Luca Serra"
    assert qs["Chi ha detto “Questo è un passo avanti per tutti”?"] == "Giulia Conti"


def test_an_office_without_a_name_is_no_speaker() -> None:
    text = (
        "“Siamo soddisfatti dei risultati”, ha commentato il presidente della Camera di Commercio."
    )
    assert answers(quotes.extract, text) == {}


def test_an_honorific_does_not_cut_the_speaker() -> None:
    en = '"The numbers are alarming," said Dr. Maria Costa, an epidemiologist at the institute.'
    card = cards(quotes.extract, en, "en")["Who said “The numbers are alarming”?"]
    assert card.answer == "Maria Costa" and "Dr. Maria Costa" in card.accept
    it = "“La situazione è grave”, ha detto la dott.ssa Laura Bini, primario del reparto."
    assert speakers(it) == {"Chi ha detto “La situazione è grave”?": "Laura Bini"}


def test_an_english_office_and_name_before_the_verb() -> None:
    text = '"We will not wait for the others," Peru’s energy minister, Ana Ríos, told delegates.'
    card = cards(quotes.extract, text, "en")["Who said “We will not wait for the others”?"]
    assert card.answer == "Ana Ríos"
    assert "Peru’s energy minister" in card.accept


def test_the_subject_of_a_sentence_that_quotes() -> None:
    en = "Trade Minister Olav Berg called the agreement “a turning point for the region”."
    qs = answers(quotes.extract, en, "en")
    assert qs == {
        "Who called the agreement “a turning point for the region”?": "Olav Berg",
        "What did Olav Berg call the agreement?": "a turning point for the region",
    }
    it = (
        "La sindaca di Pisa, Elena Vitale, ha definito il progetto “una scelta coraggiosa per "
        "la città”."
    )
    qs = answers(quotes.extract, it)
    assert qs == {
        "Chi ha definito il progetto “una scelta coraggiosa per la città”?": "Elena Vitale",
        "Come ha definito il progetto Elena Vitale?": "una scelta coraggiosa per la città",
    }


def test_two_subjects_are_no_speaker() -> None:
    text = (
        "Il ministro Carlo Verdi e il ministro Anna Blu hanno definito l’accordo “un buon "
        "compromesso per tutti”."
    )
    assert answers(quotes.extract, text) == {}


# People.


def test_the_tail_of_a_longer_run_is_not_a_person() -> None:
    texts = [
        "Il segretario generale della Fiom Cgil Piemonte, Mario Bruno, ha chiesto un incontro.",
        "Il contratto va ad Alenia Sistemi Avio Italia.",
        "Il Piemonte e l’Italia hanno risposto, ha detto Bruno.",
    ]
    assert people(texts) == {"Mario Bruno"}


def test_an_office_that_opens_the_run_leaves_the_name_at_its_end() -> None:
    texts = [
        "Il Presidente degli Stati Uniti Donald Trump ha incontrato il Segretario di Stato "
        "Marco Rubio.",
        "Trump ha parlato, e anche Rubio.",
    ]
    assert people(texts) == {"Donald Trump", "Marco Rubio"}


def test_a_place_the_office_is_of_splits_from_the_name() -> None:
    texts = ["Il sindaco di Lucca Paolo Ricci ha parlato.", "A Lucca si vota. Ha vinto Ricci."]
    assert people(texts) == {"Paolo Ricci"}


def test_an_ordinary_word_opening_the_sentence_is_not_a_first_name() -> None:
    texts = ["Secondo Sara Villa, analista, il prezzo è giusto.", "Lo ha detto Villa."]
    assert people(texts) == {"Sara Villa"}


def test_three_word_names_after_an_honorific_or_with_a_particle() -> None:
    texts = [
        "Dr. Maria Luisa Conti, an adviser, spoke.",
        "The budget officer, Marco De Santis, agreed, as De Santis had promised.",
    ]
    found = find_people(texts, "en")
    assert set(found.values()) == {"Maria Luisa Conti", "Marco De Santis"}
    assert found["De Santis"] == "Marco De Santis"


def test_names_after_the_or_in_quotes_or_before_more_capitals_are_not_people() -> None:
    texts = [
        "The Conference on the Human Environment met in 1972.",
        "Delegates called it “Green Saxony” while the Minister of Environment listened.",
        "It replaced the European Economic Co-operation office in Saxony.",
    ]
    assert people(texts, "en") == set()


def test_an_office_set_off_after_the_name_introduces_it() -> None:
    texts = ["Petra Lindqvist, Sweden’s deputy prime minister, welcomed the deal."]
    assert people(texts, "en") == {"Petra Lindqvist"}


def test_a_surname_two_people_share_names_neither() -> None:
    texts = [
        "L’azienda fu fondata da Salvatore Zanardelli nel 1912.",
        "Oggi l’amministratore delegato Marco Zanardelli guida il gruppo Zanardelli.",
        "Il titolo Zanardelli è salito.",
    ]
    found = find_people(texts, "it")
    assert set(found.values()) == {"Salvatore Zanardelli", "Marco Zanardelli"}
    assert "Zanardelli" not in found


# Offices by a participle or a verb.


def test_an_office_given_by_a_participle() -> None:
    it = (
        "Il ricorso sarà discusso davanti alla seconda sezione civile del Tribunale di Pesaro, "
        "presieduta da Lucia Ferretti. Secondo i legali, Ferretti deciderà entro maggio."
    )
    assert answers(roles.extract, it) == {
        "Chi presiede la seconda sezione civile del Tribunale di Pesaro?": "Lucia Ferretti"
    }
    en = (
        "The exhibition, curated by Martin Ashdown, opens on Friday. The loans, Ashdown said, "
        "came from five museums."
    )
    assert answers(roles.extract, en, "en") == {"Who curated the exhibition?": "Martin Ashdown"}


def test_the_participle_agrees_with_its_noun_and_history_is_told_in_the_past() -> None:
    it = (
        "La sentenza del tribunale, presieduto da Marco Saltarelli, è attesa oggi. "
        "Lo ha detto Saltarelli."
    )
    assert answers(roles.extract, it) == {"Chi presiede il tribunale?": "Marco Saltarelli"}
    en = (
        "The expedition, led by Howard Lane, found the tomb in 1922. The finds, Lane wrote, "
        "were intact."
    )
    assert answers(roles.extract, en, "en") == {"Who led the expedition?": "Howard Lane"}


def test_who_leads_what_by_a_verb() -> None:
    it = (
        "Da due anni, Francesca Rinaldi guida la Protezione civile regionale dal 2019. "
        "Lo ha confermato Rinaldi."
    )
    assert answers(roles.extract, it) == {
        "Chi guida la Protezione civile regionale?": "Francesca Rinaldi"
    }
    en = (
        "Maria Santos, the Brazilian diplomat who chairs the negotiating committee, said talks "
        "would resume. Tom Reed, who heads research at the Institute for the Study of Water, "
        "agreed, as Reed and Santos had planned."
    )
    assert answers(roles.extract, en, "en") == {
        "Who chairs the negotiating committee?": "Maria Santos",
        "Who heads research at the Institute for the Study of Water?": "Tom Reed",
    }


# Offices over what they are named after, and offices held once.


def test_an_office_set_off_without_an_article() -> None:
    it = (
        "La pena più alta è stata inflitta a Giorgio Bellucci, titolare della Conero Trasporti "
        "srl, ritenuto il regista delle gare."
    )
    qs = answers(roles.extract, it)
    assert qs["Chi è il titolare della Conero Trasporti srl?"] == "Giorgio Bellucci"
    en = (
        "Tom Reilly, director of collections at the Hartwell Museum Trust, said the letters "
        "were rare. Rachel Kim, founder of Bluecell Labs, agreed. Jan Ode, former minister of "
        "trade, did not."
    )
    qs = answers(roles.extract, en, "en")
    assert qs["Who is the director of collections at the Hartwell Museum Trust?"] == "Tom Reilly"
    assert qs["Who is the founder of Bluecell Labs?"] == "Rachel Kim"
    assert not any("trade" in q for q in qs)


def test_an_office_before_a_copula_keeps_its_tense() -> None:
    it = "Il primo presidente della Fondazione Rossini fu Gaetano Bianchi, nel 1950."
    assert answers(roles.extract, it) == {
        "Chi fu il primo presidente della Fondazione Rossini?": "Gaetano Bianchi"
    }
    en = "The first president of the Nevada Water Board was Arthur Lindqvist."
    assert answers(roles.extract, en, "en") == {
        "Who was the first president of the Nevada Water Board?": "Arthur Lindqvist"
    }


def test_an_office_of_an_entry_by_a_possessive() -> None:
    text = (
        "Un articolo di prova\n\nIl consiglio si è riunito ieri in città.\n\nAVT\n\n"
        "L’AVT, Autorità di vigilanza dei trasporti, è un’autorità indipendente con sede a "
        "Roma. Il suo primo presidente è stato il magistrato Paolo Ruffini, nominato nel 2014.\n"
    )
    assert answers(roles.extract, text) == {
        "Chi è stato il primo presidente dell’AVT?": "Paolo Ruffini"
    }


def test_an_ordinal_alone_is_no_office_and_articles_fit_the_office() -> None:
    text = (
        "In primo grado Lucia Ferretti aveva assolto tutti, ha ricordato Ferretti. "
        "L’assessora regionale alla Cultura, Maria Fabbri, era presente, "
        "come il sindaco Luca Gori e l’assessore comunale Ugo Neri."
    )
    qs = answers(roles.extract, text)
    assert not any("primo" in q for q in qs)
    assert qs["Chi è l’assessora regionale alla Cultura?"] == "Maria Fabbri"
    assert qs["Chi è l’assessore comunale?"] == "Ugo Neri"


def test_an_office_held_no_longer_or_in_history() -> None:
    text = (
        "Nel Cinquecento il castello fu donato a Bona Sforza, regina di Polonia. "
        "L’ex dirigente dell’area tecnica Vito Ferrante è stato condannato, ha detto Ferrante."
    )
    qs = answers(roles.extract, text)
    # An office told as history had many holders: only who this one was is asked.
    assert "Chi era la regina di Polonia?" not in qs
    assert qs["Quale carica ricopriva Bona Sforza?"] == "regina di Polonia"
    assert not any("dirigente" in q for q in qs)


# Whose office a vague one is.


def test_a_company_office_names_the_company_the_text_just_named() -> None:
    en = (
        "Profits at the group doubled, Brightwave Energy said on Monday. Sarah Ocampo, the "
        "company’s chief executive, said the results were strong."
    )
    qs = answers(roles.extract, en, "en")
    assert qs["Who is Brightwave Energy’s chief executive?"] == "Sarah Ocampo"
    assert "Who is the company’s chief executive?" not in qs
    it = (
        "Con l’accordo, Vallesina Dolciaria diventa il primo produttore del Paese. «Cresceremo "
        "ancora», ha dichiarato l’amministratore delegato Paolo Vallesina."
    )
    card = cards(roles.extract, it, "it")["Chi è l’amministratore delegato di Vallesina Dolciaria?"]
    assert card.answer == "Paolo Vallesina" and "Vallesina" not in card.accept


def test_a_company_office_of_no_company_named_is_not_asked() -> None:
    text = (
        "Il mercato è cresciuto del 4 per cento. «Cresceremo ancora», ha dichiarato "
        "l’amministratore delegato Paolo Vallesina, come ha ricordato Vallesina."
    )
    qs = answers(roles.extract, text)
    assert not any(q.startswith("Chi è") for q in qs)
    assert qs["Quale carica ricopre Paolo Vallesina?"] == "amministratore delegato"


def test_a_curator_is_the_exhibition_s() -> None:
    text = (
        "La mostra sugli etruschi apre domani. Secondo la curatrice Giulia Benassi, i reperti "
        "sono unici. La mostra resterà aperta fino a giugno, ha detto Benassi."
    )
    assert answers(roles.extract, text)["Chi è la curatrice della mostra?"] == "Giulia Benassi"


def test_when_a_person_took_office() -> None:
    en = (
        "Mayor Tom Hardcastle, a Democrat who took office in January 2022, said the city would "
        "appeal. Hardcastle met the council."
    )
    assert answers(roles.extract, en, "en") == {
        "When did Tom Hardcastle take office?": "January 2022"
    }
    it = (
        "La sindaca Anna Peruzzi, entrata in carica nel giugno 2021, ha firmato l’ordinanza. "
        "Il suo predecessore, in carica dal 2012 al 2021, non l’aveva fatto, ha detto Peruzzi."
    )
    assert answers(roles.extract, it) == {"Quando è entrata in carica Anna Peruzzi?": "giugno 2021"}


def test_people_not_made_of_a_place_or_an_opening_word() -> None:
    texts = [
        "Whether Arizona can sue is unclear.",
        "In Arizona, Dana Wright said so.",
        "The plan, Wright said, was fine.",
    ]
    assert people(texts, "en") == {"Dana Wright"}
    texts = [
        "Condannato Vito Ferrante, dirigente dell’Autorità del Mare Adriatico Meridionale.",
        "A Polignano a Mare si vota, ha detto Ferrante.",
    ]
    assert people(texts) == {"Vito Ferrante"}


def test_a_thing_led_is_named_and_its_time_follows_the_story() -> None:
    it = (
        "La squadra, guidata da Carlo Verri, vinse la coppa nel 2003, come ricorda Verri. "
        "Il film, diretto da Anna Sala, ha vinto il premio, ha detto Sala."
    )
    assert answers(roles.extract, it) == {
        "Chi guidava la squadra?": "Carlo Verri",
        "Chi ha diretto il film?": "Anna Sala",
    }
    en = "After the game Tom Hale heads home, as Hale said. Then Tom Hale leads 3-1, Hale said."
    assert answers(roles.extract, en, "en") == {}


def test_an_initial_before_a_surname_belongs_to_another_name() -> None:
    text = (
        "The dam was opened by President Franklin D. Roosevelt in 1935. Theodore Roosevelt "
        "had visited the river, as Roosevelt wrote."
    )
    assert not any("Franklin" in q for q in answers(roles.extract, text, "en"))


# An office word that titles a name of its own, initials of a country, owners in the answer.


def test_an_office_word_before_another_name_is_not_the_later_name_s() -> None:
    text = (
        "Nel 1820 re Carlo II di Savoia donò al capitano francese Luc Berthier una villa. "
        "La villa di Berthier fu venduta nel 1840."
    )
    qs = answers(roles.extract, text)
    assert not any("donò" in q or "donò" in a for q, a in qs.items())
    # A rank with a nationality names many: only the rank of this one is asked.
    assert "Chi era il capitano francese?" not in qs
    assert qs["Quale carica ricopriva Luc Berthier?"] == "capitano francese"


def test_initials_of_a_country_and_an_owner_stay_with_the_office() -> None:
    text = (
        "U.K. Home Secretary Tom Hale met the press. Hale spoke for an hour. "
        "Ruth Gale, Ohio’s attorney general, disagreed. Gale said no."
    )
    qs = answers(roles.extract, text, "en")
    assert qs["Who is the U.K. Home Secretary?"] == "Tom Hale"
    assert qs["What office does Ruth Gale hold?"] == "Ohio’s attorney general"


# A quotation cut at a comma only where the cut is a sentence; who holds an office of someone.


def test_a_quotation_is_not_cut_into_a_fragment() -> None:
    text = (
        "«Se i lavori finiranno in tempo, il ponte riaprirà a maggio per tutti i mezzi "
        "pesanti», ha detto la sindaca Anna Ferri. "
        "«È il segno che la città, con tutti i suoi limiti, sa ancora costruire», ha "
        "aggiunto Ferri."
    )
    qs = answers(quotes.extract, text)
    assert "Chi ha detto “Se i lavori finiranno in tempo”?" not in qs
    assert (
        qs[
            "Chi ha detto “Se i lavori finiranno in tempo, il ponte riaprirà a maggio per tutti "
            "i mezzi pesanti”?"
        ]
        == "Anna Ferri"
    )
    assert not any(q.endswith("che la città”?") for q in qs)
    en = answers(
        quotes.extract,
        '"When the river rises in the spring, the whole valley floods for a week," said '
        "Dr. Paul Marsh. Marsh works in Leeds.",
        "en",
    )
    assert "Who said “When the river rises in the spring”?" not in en
    assert set(en.values()) == {"Paul Marsh"}
    assert quotes.short_quote(
        "Un legame che dura da due secoli, e la mostra lo rinnova ogni anno", "it"
    ) == ("Un legame che dura da due secoli")


def test_the_person_an_office_is_of_is_not_the_speaker() -> None:
    text = (
        "Il giudice ha condannato Carlo Neri. «Ricorreremo in appello, senza alcun dubbio e "
        "con tutte le nostre forze», ha detto l’avvocato Paola Conti, legale di Carlo Neri. "
        "Neri non ha parlato."
    )
    qs = answers(quotes.extract, text)
    assert "Carlo Neri" not in qs.values()
