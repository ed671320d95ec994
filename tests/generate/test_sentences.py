import random

from quizlib.generate.sentences import split_sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Il sig. Rossi e il Dott. Bianchi sono arrivati. Poi è arrivata la sig.ra Verdi."
    assert split_sentences(text) == [
        "Il sig. Rossi e il Dott. Bianchi sono arrivati.",
        "Poi è arrivata la sig.ra Verdi.",
    ]


def test_dotted_abbreviations_and_initials() -> None:
    text = "The U.S. President met J. K. Rowling on Monday. They talked, e.g. about books."
    assert split_sentences(text) == [
        "The U.S. President met J. K. Rowling on Monday.",
        "They talked, e.g. about books.",
    ]


def test_quotes_stay_whole_and_split_after_closing_mark() -> None:
    text = (
        "“Credo che sia così. Davvero”, ha detto Lavrov. "
        "“La Russia non ha cambiato posizione.” Poi è partito."
    )
    assert split_sentences(text) == [
        "“Credo che sia così. Davvero”, ha detto Lavrov.",
        "“La Russia non ha cambiato posizione.”",
        "Poi è partito.",
    ]


def test_guillemets_and_straight_quotes() -> None:
    assert split_sentences("«Basta. Ora» disse lui. Fine.") == ["«Basta. Ora» disse lui.", "Fine."]
    assert split_sentences('"Stop. Now," he said. Done.') == ['"Stop. Now," he said.', "Done."]


def test_elisions_and_lowercase_after_period() -> None:
    text = "L’Unione dell’Europa nacque nell’anno 1993. e poi crebbe. All’inizio era piccola."
    assert split_sentences(text) == [
        "L’Unione dell’Europa nacque nell’anno 1993. e poi crebbe.",
        "All’inizio era piccola.",
    ]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "“Un inizio senza fine. " + "Una frase qualunque. " * 60
    assert len(split_sentences(text)) > 20


def test_last_word_is_the_whole_search_also_for_long_words() -> None:
    from quizlib.generate.sentences import _LAST_WORD, _last_word

    rng = random.Random(4)
    for _ in range(3000):
        size = rng.randint(0, 160)
        before = "".join(rng.choice("aaaaaaaaaaaaaaaa.b (“\n") for _ in range(size))
        whole = _LAST_WORD.search(before)
        tail = _last_word(before)
        assert (whole and whole.span()) == (tail and tail.span()), before


def test_abbreviations_before_a_number() -> None:
    text = (
        "Il tribunale fu istituito con la legge n. 1034 del 1971. Lo prevede l’art. 21 del "
        "testo, al cap. IV, p. 12. The rule is in No. 5 of vol. 2, fig. 3, from Jan. 9."
    )
    assert split_sentences(text) == [
        "Il tribunale fu istituito con la legge n. 1034 del 1971.",
        "Lo prevede l’art. 21 del testo, al cap. IV, p. 12.",
        "The rule is in No. 5 of vol. 2, fig. 3, from Jan. 9.",
    ]


def test_words_that_may_be_abbreviations_end_sentences_before_a_capital() -> None:
    text = (
        "The talks went on. Nobody said no. They ate apples, pears, etc. The plane rose to "
        "8,000 ft. Then it fell. Il viaggio dura due ore circa. Poi parlò la Ceresa Spa. Fine."
    )
    assert split_sentences(text) == [
        "The talks went on.",
        "Nobody said no.",
        "They ate apples, pears, etc.",
        "The plane rose to 8,000 ft.",
        "Then it fell.",
        "Il viaggio dura due ore circa.",
        "Poi parlò la Ceresa Spa.",
        "Fine.",
    ]


def test_titles_before_a_name() -> None:
    text = (
        "Ha parlato l’on. Rossi con l’avv. Bianchi e l’ing. Verdi. Poi On. Neri e il prof. "
        "Gialli. Later Mr. Smith met Dr. Jones, Mrs. Brown and Sen. Lee near Mt. Hood."
    )
    assert split_sentences(text) == [
        "Ha parlato l’on. Rossi con l’avv. Bianchi e l’ing. Verdi.",
        "Poi On. Neri e il prof. Gialli.",
        "Later Mr. Smith met Dr. Jones, Mrs. Brown and Sen. Lee near Mt. Hood.",
    ]


def test_a_case_name_is_one_sentence() -> None:
    from quizlib.generate.sentences import split_sentences

    assert split_sentences("It recalls Kansas v. Colorado, a ruling of 1907. Then it ends.") == [
        "It recalls Kansas v. Colorado, a ruling of 1907.",
        "Then it ends.",
    ]


def test_english_irregular_pasts_have_their_base() -> None:
    from quizlib.generate.verbs import lemma

    assert [lemma(w, "en") for w in ("left", "won", "rose", "broke")] == [
        "leave",
        "win",
        "rise",
        "break",
    ]


def test_a_mark_of_seconds_is_no_quotation() -> None:
    """'1'12"' is a time, its '"' no quotation mark left open: the sentence still ends."""
    assert split_sentences("Ha segnato a 1'12\" dalla sirena. Il portiere ha parato 14 tiri.") == [
        "Ha segnato a 1'12\" dalla sirena.",
        "Il portiere ha parato 14 tiri.",
    ]
    english = 'She won in 2’03" flat. The coach said "well done". Then they left.'
    assert split_sentences(english) == [
        'She won in 2’03" flat.',
        'The coach said "well done".',
        "Then they left.",
    ]
