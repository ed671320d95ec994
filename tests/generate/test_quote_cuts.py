"""What a question shows of a long quotation."""

from __future__ import annotations

from quizlib.generate.extract import quotes
from quizlib.generate.extract.quotes import short_quote

from .test_roles_quotes import answers


def test_a_quotation_of_several_sentences_shows_its_first() -> None:
    quote = (
        "We are not asking for a miracle. We are asking for a timetable that the islands can "
        "rely on through the whole of the winter season."
    )
    assert short_quote(quote, "en") == "We are not asking for a miracle"


def test_a_long_quotation_is_not_cut_after_a_word_that_opens_what_follows() -> None:
    quote = (
        "My hands were shaking so much for a long time after the crash that nobody in the "
        "room could get a word out of me"
    )
    shown = short_quote(quote, "en")
    assert shown is not None and shown.endswith("…")
    assert shown.split()[-1].rstrip("…") not in {"for", "a", "the", "that", "of", "in"}


def test_a_quotation_is_not_cut_after_its_opening_infinitive() -> None:
    quote = "To have one recovered within days, before rain could contaminate it, is extraordinary."
    assert short_quote(quote, "en") == quote.rstrip(".")


def test_a_quotation_is_not_cut_after_the_denied_half_of_a_contrast() -> None:
    it = "Non si tratta di rifare, ma di fermare il tempo il più a lungo possibile"
    assert short_quote(it, "it") == it
    en = "The vaccine alone will not end this epidemic, but it changes the odds for every family"
    assert short_quote(en, "en") == en
    # A cut before any other clause stays.
    cut = "The vaccine alone will end this epidemic, and it changes the odds for every family"
    assert short_quote(cut, "en") == "The vaccine alone will end this epidemic"


def test_the_speakers_affiliation_is_no_part_of_what_they_said() -> None:
    it = answers(
        quotes.extract,
        "Notizia\n\nSecondo la biologa Anna Ferri, dell’Università di Pavia, il fiume “non è "
        "mai stato così basso”.\n",
    )
    assert it == {"Chi ha detto che il fiume “non è mai stato così basso”?": "Anna Ferri"}
    en = answers(
        quotes.extract,
        "News\n\nAccording to Jane Holt, of the University of Leeds, the river “has never been "
        "so low”.\n",
        "en",
    )
    assert en == {"Who said the river “has never been so low”?": "Jane Holt"}


def test_a_quotation_is_not_cut_inside_a_figure() -> None:
    en = "We have now passed 1,000 days without having to bring a single turbine ashore for repair"
    shown = short_quote(en, "en")
    assert shown is not None and "1,000 days" in shown
    it = "Abbiamo posato 11,5 chilometri di binari nuovi senza fermare mai il traffico della valle"
    shown = short_quote(it, "it")
    assert shown is not None and "11,5 chilometri" in shown


def test_a_cut_never_ends_on_a_conjunction_before_an_aside() -> None:
    quote = (
        "Il vitigno soffre oltre i 35 gradi e, se il caldo dura a lungo, perde gran parte "
        "del raccolto"
    )
    shown = short_quote(quote, "it")
    assert shown is not None and not shown.endswith(" e")
    quote = "The herd stops grazing in the heat and, if the drought goes on, loses weight fast"
    shown = short_quote(quote, "en")
    assert shown is not None and not shown.endswith(" and")


def test_a_quotation_is_not_cut_between_two_adjectives_of_one_noun() -> None:
    quote = (
        "This was a deliberate, planned act of revenge, carried out in the full knowledge "
        "that people were working in that building"
    )
    assert short_quote(quote, "en") == "This was a deliberate, planned act of revenge"
    # A noun before the comma ends a clause that reads whole, a pronoun or "so" after it too.
    other = "It was a disaster, and nobody in the town hall wanted to admit it for months after"
    assert short_quote(other, "en") == "It was a disaster"
    other = "We rely on the boats, you take that away and the town is finished for good this time"
    assert short_quote(other, "en") == "We rely on the boats"
    other = "It would not end civilisation, but it could flatten a city, so knowing is good"
    assert short_quote(other, "en") == "It would not end civilisation, but it could flatten a city"
