"""Names given and sole identities: a name in quotation marks with small words in it
('battezzato «Resto qui»'), a name known as after a copula ('The gap is known as X'), a term
set off with 'sometimes called' or 'detto anche', the one thing a subject of 'the only',
'the main', 'l’unico', 'la causa principale' is, and a superlative of a name that ends with a
number ('LFA 34'), in both languages."""

from __future__ import annotations

from .helpers import questions_of

EN = "A test headline\n\n"
IT = "Titolo di prova\n\n"


def test_a_quoted_name_with_small_words_is_asked() -> None:
    qs = questions_of(f"{IT}Il bando, battezzato «Torna a casa», scade a giugno.\n", "it")
    assert qs["Con quale nome è stato battezzato il bando?"] == "Torna a casa"
    qs = questions_of(f"{IT}Il progetto è stato battezzato «Casa per tutti».\n", "it")
    assert qs["Con quale nome è stato battezzato il progetto?"] == "Casa per tutti"
    qs = questions_of(f'{EN}The scheme, named "Come Home Now", opens in June.\n', "en")
    assert qs["What was the scheme named?"] == "Come Home Now"


def test_known_as_after_a_copula() -> None:
    qs = questions_of(f"{EN}The narrow channel is known as Devil's Elbow.\n", "en")
    assert qs["By what name is the narrow channel known?"] == "Devil’s Elbow"
    assert not any(" is known" in q and " is the " in q for q in qs)
    qs = questions_of(f"{IT}Lo stretto canale è noto come Gola del Diavolo.\n", "it")
    assert qs["Con quale nome è noto lo stretto canale?"] == "Gola del Diavolo"


def test_a_term_called_or_also_known_as() -> None:
    qs = questions_of(
        f"{EN}The damage is done by lichens, sometimes called rock moss, on the walls.\n", "en"
    )
    assert qs["What are lichens sometimes called?"] == "rock moss"
    qs = questions_of(f"{EN}Diatoms, also known as golden algae, bloom in spring.\n", "en")
    assert qs["What else are diatoms known as?"] == "golden algae"
    qs = questions_of(f"{IT}Le telline, chiamate anche arselle, vivono nella sabbia.\n", "it")
    assert qs["Con quale altro nome sono note le telline?"] == "arselle"
    qs = questions_of(
        f"{IT}Il lago di Pusiano, detto anche lago dei Cigni, si trova in Brianza.\n", "it"
    )
    assert qs["Con quale altro nome è noto il lago di Pusiano?"] == "lago dei Cigni"


def test_a_term_of_someone_unnamed_is_not_asked() -> None:
    qs = questions_of(f"{IT}Le loro barche in legno, dette gozzi, sono ancora in uso.\n", "it")
    assert not any("loro" in q for q in qs)


def test_the_one_thing_a_sole_or_main_subject_is() -> None:
    qs = questions_of(f"{IT}L'unico conservante ammesso è il succo di limone.\n", "it")
    assert qs["Qual è l’unico conservante ammesso?"] == "il succo di limone"
    qs = questions_of(
        f"{IT}La raccolta dura due mesi e la causa principale dei ritardi è la pioggia.\n", "it"
    )
    assert qs["Qual è la causa principale dei ritardi?"] == "la pioggia"
    qs = questions_of(f"{EN}The main cause of the flooding was a blocked culvert.\n", "en")
    assert qs["What was the main cause of the flooding?"] == "a blocked culvert"
    qs = questions_of(f"{EN}The only survivor of the sinking was a boy of twelve.\n", "en")
    assert qs["Who was the only survivor of the sinking?"] == "a boy of twelve"


def test_a_sole_subject_that_says_too_little_or_a_list_is_not_asked() -> None:
    qs = questions_of(
        f"{EN}The main cause is a blocked culvert. The highest peak is a rocky dome.\n", "en"
    )
    assert "What is the main cause?" not in qs
    assert "What is the highest peak?" not in qs
    qs = questions_of(
        f"{IT}Le province più colpite sono la provincia di Lecce, quella di Bari e quella di "
        "Foggia. Il sindaco ha detto che i soci più anziani sono i più preoccupati.\n",
        "it",
    )
    assert not any(q.startswith(("Quale sono", "Quali sono")) for q in qs)
    qs = questions_of(f"{EN}The main problem with the plan is that it costs too much.\n", "en")
    assert "What is the main problem with the plan?" not in qs


def test_an_elided_answer_of_one_word_and_its_relative() -> None:
    # "l’attacco" is one word as written: no second word to read.
    qs = questions_of(f"{IT}Il caso più grave dell'anno resta l'attacco.\n", "it")
    assert qs["Qual è il caso più grave dell’anno?"] == "l’attacco"
    # A noun alone whose relative says which one: the answer would say nothing.
    qs = questions_of(
        f"{IT}Il caso più grave dell'anno resta l'attacco che il 9 marzo ha bloccato la rete.\n",
        "it",
    )
    assert "Qual è il caso più grave dell’anno?" not in qs


def test_a_superlative_of_a_name_with_a_number() -> None:
    qs = questions_of(
        f"{EN}Zone 12, which runs from Wick to Thurso, is the busiest fishing zone in the "
        "region.\n",
        "en",
    )
    assert qs["What is the busiest fishing zone in the region?"] == "Zone 12"
    qs = questions_of(f"{IT}Il Lotto 4 è il vigneto più antico della tenuta.\n", "it")
    assert qs["Qual è il vigneto più antico della tenuta?"] == "Lotto 4"


def test_a_council_named_after_two_places_is_one_agent() -> None:
    qs = questions_of(
        f"{EN}The survey, commissioned by Perth and Kinross Council, found 40 faults in the "
        "pier. The survey took three weeks.\n",
        "en",
    )
    assert qs["Who commissioned the survey?"] == "Perth and Kinross Council"
    qs = questions_of(
        f"{EN}The survey, commissioned by Newry Harbour and Mourne District Council, found 40 "
        "faults. The survey took three weeks.\n",
        "en",
    )
    assert qs["Who commissioned the survey?"] == "Newry Harbour and Mourne District Council"


def test_a_superlative_a_name_is_described_as() -> None:
    qs = questions_of(
        f"{EN}Ardglass Harbour is often described as the busiest herring port in Ulster.\n", "en"
    )
    assert qs["What is described as the busiest herring port in Ulster?"] == "Ardglass Harbour"
    qs = questions_of(f"{IT}Porto Cesareo è definito la spiaggia più lunga del Salento.\n", "it")
    assert qs["Che cosa è definito la spiaggia più lunga del Salento?"] == "Porto Cesareo"


def test_a_superlative_subject_with_its_name_set_off_after_it() -> None:
    qs = questions_of(
        f"{EN}The largest donor, the 1,200-member Harbour Trust, gave 5 million pounds.\n", "en"
    )
    assert qs["What is the largest donor?"] == "Harbour Trust"
    qs = questions_of(
        f"{IT}Il primo traghetto, la Moby Zaza da 1.500 posti, arriverà il 3 maggio.\n", "it"
    )
    assert qs["Qual è il primo traghetto?"] == "Moby Zaza"


def test_no_superlative_subject_without_its_noun_or_owner() -> None:
    qs = questions_of(
        f"{EN}The best known, the Castle class engine Earl Grey, was built in 1927.\n", "en"
    )
    assert "What is the best known?" not in qs
    qs = questions_of(f"{IT}La sua prima nave, la Moby Zaza, arrivò nel 1990.\n", "it")
    assert "Qual è la sua prima nave?" not in qs
