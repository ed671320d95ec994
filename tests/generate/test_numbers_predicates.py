"""A figure that is the predicate of its clause, given by a copula or a verb of amount: 'Gli
iscritti al corso risultano 1.250' -> 'Quanti risultano gli iscritti al corso?', 'The annual
harvest was 52,000 tonnes' -> 'What was the annual harvest?'."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_italian_plural_subject_is_so_many() -> None:
    it = _questions(
        "Nel 2023, le domande di contributo sono state 1.840. "
        "Gli iscritti al corso di vela risultano oggi 315. "
        "I posti ancora liberi nel parcheggio restano appena 42."
    )
    assert it["Quante sono state le domande di contributo nel 2023?"] == "1.840"
    assert it["Quanti risultano gli iscritti al corso di vela oggi?"] == "315"
    assert it["Quanti restano i posti ancora liberi nel parcheggio?"] == "42"


def test_an_italian_count_after_a_place_and_an_aside_of_saying() -> None:
    it = _questions(
        "A Cremona, spiega la presidente Anna Ferri, i soci della cooperativa sono 2.150, "
        "e il bilancio è in attivo."
    )
    assert it["Quanti sono i soci della cooperativa a Cremona?"] == "2.150"


def test_an_italian_level_a_quantity_stops_at() -> None:
    it = _questions(
        "La raccolta di castagne nella valle si fermerà quest’anno a circa 9.000 quintali. "
        "La produzione di olio si è attestata a 4.300 ettolitri nel 2024."
    )
    assert (
        it["A quanto si fermerà quest’anno la raccolta di castagne nella valle?"]
        == "9.000 quintali"
    )
    assert any(q.startswith("A quant") and a.startswith("4.300") for q, a in it.items())


def test_an_italian_figure_with_its_noun_or_a_sum_is_no_predicate() -> None:
    it = _questions(
        "Gli alunni sono 240 bambini. I biglietti sono 15 euro. "
        "Gli investimenti sono 2 milioni di euro."
    )
    assert not any(q.startswith(("Quanti sono gli", "Quanti sono i")) for q in it)


def test_an_english_quantity_is_or_stands_at_a_figure() -> None:
    en = _questions(
        "The annual harvest of oysters was 52,000 tonnes. "
        "Total membership of the society stood at 3,420. "
        "The bill for the clean-up came to 8,900. "
        "Turnout at the gala reached 1,175 last year. "
        "The quota for hake is expected to be 61,000 tonnes.",
        "en",
    )
    assert en["What was the annual harvest of oysters?"] == "52,000 tonnes"
    assert en["What did total membership of the society stand at?"] == "3,420"
    assert en["What did turnout at the gala reach last year?"] == "1,175"
    assert en["What is the quota for hake expected to be?"] == "61,000 tonnes"
    assert not any(q.startswith("What did the bill") for q in en)  # no quantity: a bill


def test_an_english_clause_after_a_long_phrase_of_circumstance() -> None:
    en = _questions(
        "Under a deal struck in Brussels on Monday by the member states, the herring quota "
        "for the Baltic in 2027 will be 48,500 tonnes, down 12% on this year.",
        "en",
    )
    assert en["What will the herring quota for the Baltic in 2027 be?"] == "48,500 tonnes"


def test_an_english_person_or_a_bare_total_is_no_quantity() -> None:
    en = _questions(
        "The driver was 23. The winner was 41,000 votes ahead. The figure was 2.0. "
        "The total came to 5,600.",
        "en",
    )
    assert not any(q.startswith(("What was the", "What did the")) for q in en)


def test_a_count_a_copula_gives_is_the_whole_figure() -> None:
    it = _questions("I posti disponibili erano 12.500 l’anno scorso.")
    assert it == {"Quanti erano i posti disponibili l’anno scorso?": "12.500"}


def test_a_short_phrase_of_time_or_circumstance_before_the_clause_is_kept() -> None:
    en = _questions(
        "Last season, membership of the rowing club reached 1,340. "
        "Despite the storms, the harvest of apples was 7,200 tonnes.",
        "en",
    )
    assert en["What did membership of the rowing club reach last season?"] == "1,340"
    assert en["What was the harvest of apples despite the storms?"] == "7,200 tonnes"
    it = _questions("Nonostante il caldo, gli spettatori della rassegna sono stati 6.100.")
    assert it["Quanti sono stati gli spettatori della rassegna nonostante il caldo?"] == "6.100"


def test_an_italian_count_told_before_its_noun_phrase() -> None:
    it = _questions(
        "A Bergamo sono 3.150 le domande di accesso al nido. "
        "Nel 2025 sono state oltre 800 le segnalazioni arrivate al numero verde. "
        "Sono già 64 i comuni che hanno aderito al progetto."
    )
    assert it["Quante sono a Bergamo le domande di accesso al nido?"] == "3.150"
    assert it["Quante sono state nel 2025 le segnalazioni arrivate al numero verde?"] == "800"
    assert it["Quanti sono i comuni che hanno aderito al progetto?"] == "64"


def test_an_inverted_count_after_a_clause_of_its_own_is_not_asked() -> None:
    it = _questions("Il bilancio si è chiuso in attivo e sono 40 i soci.")
    assert not any(q.startswith("Quanti sono") for q in it)
