"""Counts whose verb group reaches them through more words: a verb governed by another ('is
expected to hire', 'suggested closing'), a progressive ('was towing'), 'up to' and 'fino a',
a threshold's article ('ha superato i 250.000'), an adverbial of time or place moved to the
end ('ogni anno', 'sul posto'), a compound after 'of', and a verb of estimating that reports
the clause."""

from __future__ import annotations

from .test_numbers import _questions


def test_a_verb_governed_by_another_carries_the_count() -> None:
    en = _questions(
        "The new hospital is expected to hire about 900 nurses. "
        "The review suggested closing 14 libraries. "
        "The tug was towing 3,000 tonnes of scrap metal. "
        "The mill is designed to grind up to 80 tonnes of grain.",
        "en",
    )
    assert en == {
        "How many nurses is the new hospital expected to hire?": "900",
        "How many libraries did the review suggest closing?": "14",
        "How many tonnes of scrap metal was the tug towing?": "3,000 tonnes",
        "How many tonnes of grain is the mill designed to grind?": "80 tonnes",
    }
    # "to" before a preposition is no infinitive: "drifted to within three miles".
    assert _questions("The yacht drifted to within three miles of the rocks.", "en") == {}


def test_up_to_is_an_approximation() -> None:
    en = _questions("The bridge normally carries up to 9,000 cyclists a day.", "en")
    assert en == {"How many cyclists does the bridge carry a day?": "9,000"}
    it = _questions("Il traghetto trasporta fino a 900 passeggeri.")
    assert it == {"Quanti passeggeri trasporta il traghetto?": "900"}


def test_a_threshold_with_its_article() -> None:
    it = _questions("La mostra ha superato i 90.000 visitatori.")
    assert it == {"Quale soglia ha superato la mostra?": "90.000 visitatori"}
    # A sum past a threshold: "Quanto supera" would ask by how much; it is asked as a threshold.
    assert _questions("La stima dei danni supera i 30 milioni di euro.") == {
        "Quale soglia supera la stima dei danni?": "30 milioni di euro"
    }


def test_an_adverbial_between_verb_and_count_goes_last() -> None:
    it = _questions(
        "La cantina produce ogni anno circa 400.000 bottiglie. "
        "La protezione civile ha inviato sul posto 60 volontari."
    )
    assert it == {
        "Quante bottiglie produce la cantina ogni anno?": "400.000",
        "Quanti volontari ha inviato la protezione civile sul posto?": "60",
    }


def test_a_compound_after_of_and_a_verb_of_estimating() -> None:
    en = _questions(
        "The tanker was carrying around 900 tonnes of crude palm oil. "
        "The council estimates the scheme will save 4,000 tonnes of carbon dioxide a year.",
        "en",
    )
    assert en == {
        "How many tonnes of crude palm oil was the tanker carrying?": "900 tonnes",
        "How many tonnes of carbon dioxide will the scheme save a year?": "4,000 tonnes",
    }


def test_a_sum_a_verb_reaches_with_a_preposition() -> None:
    it = _questions(
        "La spesa per il nuovo stadio ammonta a 90 milioni di euro. "
        "Il debito del club è salito a 3 miliardi di euro nel 2024."
    )
    assert it == {
        "A quanto ammonta la spesa per il nuovo stadio?": "90 milioni di euro",
        "A quanto è salito il debito del club nel 2024?": "3 miliardi di euro",
    }
    en = _questions("The repair bill amounts to £5m. The fund will grow to €2 billion.", "en")
    assert en == {
        "How much does the repair bill amount to?": "£5m",
        "To what level will the fund grow?": "€2 billion",
    }


def test_a_counted_subject_after_a_colon() -> None:
    it = _questions("La riunione è finita all’alba: 40 soci hanno votato contro la fusione.")
    assert it == {"Quanti soci hanno votato contro la fusione?": "40"}
    en = _questions("The hearing ended late: 23 members voted for the motion.", "en")
    assert en == {"How many members voted for the motion?": "23"}


def test_a_sum_a_noun_before_it_names() -> None:
    it = _questions(
        "Il tribunale ha inoltre disposto un risarcimento di 300.000 euro per la famiglia. "
        "La fondazione ha stanziato un premio speciale di circa 20.000 euro."
    )
    assert it == {
        "A quanto ammonta il risarcimento che ha disposto il tribunale per la famiglia?": (
            "300.000 euro"
        ),
        "A quanto ammonta il premio speciale che ha stanziato la fondazione?": "20.000 euro",
    }
    en = _questions(
        "The lottery fund has awarded a grant of £80,000 to the museum. "
        "Tenants can apply for a rebate of up to $500 if they insulate the loft. "
        "The old pier was restored at a cost of £9 million.",
        "en",
    )
    assert en == {
        "How large a grant has the lottery fund awarded to the museum?": "£80,000",
        "How large a rebate can tenants apply for if they insulate the loft?": "$500",
        "At what cost was the old pier restored?": "£9 million",
    }


def test_short_brackets_before_the_count_are_left_out() -> None:
    en = _questions("The Marine Conservation Society (MCS) counted 900 volunteers.", "en")
    assert en == {"How many volunteers did the Marine Conservation Society count?": "900"}


def test_a_count_in_a_relative_clause_of_the_subject() -> None:
    en = _questions(
        "The Lakeland trust, which manages 90 footpaths, said it was pleased. "
        "AquaCo, which supplies drinking water to about 600,000 homes, said it was sorry.",
        "en",
    )
    assert en == {
        "How many footpaths does the Lakeland trust manage?": "90",
        "To how many homes does AquaCo supply drinking water?": "600,000",
    }
    it = _questions("La cooperativa, che conta 250 soci, ha chiuso il bilancio in utile.")
    assert it == {"Quanti soci conta la cooperativa?": "250"}
    # The relative pronoun as the object: no clause of the subject.
    assert _questions("Il quadro, che il museo ha acquistato per 40.000 euro, è esposto.") == {}


def test_a_count_after_the_object_and_its_preposition() -> None:
    it = _questions(
        "L’associazione ha distribuito pasti caldi a 300 famiglie. "
        "La compagnia ha ridotto la flotta a 12 navi."
    )
    assert it == {
        "A quante famiglie l’associazione ha distribuito pasti caldi?": "300",
        "A quante navi la compagnia ha ridotto la flotta?": "12",
    }
    # An adverb or a phrase with a preposition is no object: "entrerà invece in vigore in".
    assert _questions("La nuova tassa entrerà invece in vigore in due fasi.") == {}


def test_a_second_verb_of_the_same_subject() -> None:
    it = _questions(
        "La cantina è nata nel 1950 e oggi esporta in 30 paesi. "
        "Il comune ha chiuso la strada e ha evacuato 40 famiglie."
    )
    assert it == {
        "In quanti paesi esporta la cantina?": "30",
        "Quante famiglie ha evacuato il comune?": "40",
    }
    en = _questions(
        "The walkout began at 06:00 on Monday and involves about 900 drivers. "
        "The council paid farmers and charities more than $2 million in 2023.",
        "en",
    )
    # "farmers and charities": two plurals, no second verb.
    assert en == {"How many drivers does the walkout involve?": "900"}


def test_a_sum_after_con_per_for() -> None:
    it = _questions(
        "Il restauro è stato finanziato con 2 milioni di euro. "
        "Gli albergatori stimano perdite per 6 milioni di euro."
    )
    assert it == {
        "Con quanto è stato finanziato il restauro?": "2 milioni di euro",
        "Per quale importo gli albergatori stimano perdite?": "6 milioni di euro",
    }
    en = _questions("The family sold the farm for £2.4m in 2019.", "en")
    assert en == {"For how much did the family sell the farm in 2019?": "£2.4m"}


def test_what_a_whole_is_made_of() -> None:
    en = _questions(
        "The parish council is made up of 11 elected members. "
        "The jury consists of 12 local people.",
        "en",
    )
    assert en == {
        "How many elected members make up the parish council?": "11",
        "How many local people does the jury consist of?": "12",
    }


def test_a_weight_of_a_plural_subject() -> None:
    en = _questions("Together the two stones weigh 90 kilograms.", "en")
    assert en == {"How much do the two stones weigh together?": "90 kilograms"}


def test_a_measure_an_italian_copula_gives_with_di() -> None:
    it = _questions(
        "L’attesa media per una visita è di 60 giorni. "
        "Il dislivello del sentiero è di 800 metri. "
        "La sanzione è di 500 euro. "
        "Il bilancio è di 12 morti."
    )
    assert it == {
        "Di quanti giorni è l’attesa media per una visita?": "60",
        "Di quanti metri è il dislivello del sentiero?": "800 metri",
        "A quanto ammonta la sanzione?": "500 euro",
    }


def test_how_often_a_thing_happens() -> None:
    en = _questions(
        "The night bus runs every 20 minutes. The comet passes the Sun every 76 "
        "years. The moon completes an orbit every 27 days.",
        "en",
    )
    assert en == {
        "How often does the night bus run?": "every 20 minutes",
        "How often does the comet pass the Sun?": "every 76 years",
        "How often does the moon complete an orbit?": "every 27 days",
    }
    it = _questions("Il drone ha sorvolato la frana ogni 3 ore.")
    assert it == {"Ogni quante ore il drone ha sorvolato la frana?": "3 ore"}
    # Whose it is, the question cannot say: "She was fed", "its board meets".
    assert _questions("She was fed every 30 minutes. Its board meets every two years.", "en") == {}


def test_there_are_after_a_verb_of_estimating() -> None:
    en = _questions("Officials estimate there are about 800 empty homes listed for sale.", "en")
    assert en == {"How many empty homes are listed for sale?": "800"}


def test_a_source_named_in_an_apposition() -> None:
    it = _questions(
        "Secondo il direttore della fondazione, Marco Zambelli, la prevendita ha già superato "
        "i 90.000 biglietti."
    )
    assert it == {"Quale soglia ha superato la prevendita?": "90.000 biglietti"}
    en = _questions(
        "According to the head of the agency, Jane Smith, the scheme has helped 4,000 families.",
        "en",
    )
    assert en == {"How many families has the scheme helped?": "4,000"}


def test_a_clause_after_comma_and_shares_the_first_subject() -> None:
    en = _questions(
        "The meteor was seen across the north, and was filmed by 17 cameras belonging to "
        "amateur astronomers.",
        "en",
    )
    assert en == {"How many cameras filmed the meteor?": "17"}
    it = _questions("Il traghetto è partito da Bari alle 8, e ha trasportato 300 passeggeri.")
    assert it == {"Quanti passeggeri ha trasportato il traghetto?": "300"}


def test_an_aside_that_opens_with_an_adverb_and_a_participle() -> None:
    en = _questions("The tramway, officially named Line T, has nine stops.", "en")
    assert en == {"How many stops does the tramway have?": "nine"}


def test_a_leading_span_of_a_year_goes_to_the_end() -> None:
    it = _questions("Nei primi sei mesi del 2024 la mostra ha superato i 90.000 visitatori.")
    assert it == {
        "Quale soglia ha superato la mostra nei primi sei mesi del 2024?": "90.000 visitatori"
    }
