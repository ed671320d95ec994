"""A cloze hides a quantity with its unit, money with its currency, a score whole; a pair of
names as one fact; and, of a sentence's names, the one the sentence describes."""

from __future__ import annotations

import pytest

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract.cloze import _spans
from quizlib.generate.text import clean

from .test_cloze_names import _hidden


@pytest.mark.parametrize(
    ("language", "sentence", "span"),
    [
        (
            "en",
            "The storm flooded around 12 square miles of farmland near the coast.",
            "12 square miles",
        ),
        ("en", "The lake froze after a night at minus 18C in the northern valleys.", "minus 18C"),
        (
            "en",
            "The oldest layers of the glacier are about 40,000 years old, the team said.",
            "40,000 years",
        ),
        (
            "en",
            "The library was rebuilt at a cost of NZ$8.2 million with help from donors.",
            "NZ$8.2 million",
        ),
        ("en", "The museum was funded with £2.5m from the lottery and a local trust.", "£2.5m"),
        ("en", "The senators rejected the amendment 9-4 after a long debate on Tuesday.", "9-4"),
        ("en", "The new 15-mile path links the two villages along the old canal.", "15-mile"),
        (
            "en",
            "Volunteers walked for more than 30 hours to reach the stranded climbers.",
            "more than 30 hours",
        ),
        ("en", "The bridge must be inspected every two years under the new rules.", "two years"),
        (
            "it",
            "Il fiume è sceso a un livello di -2,30 metri rispetto alla media stagionale.",
            "-2,30 metri",
        ),
        ("it", "L’età media dei volontari del gruppo è di 67 anni, dice il presidente.", "67 anni"),
        (
            "it",
            "Il museo conserva oltre 12.000 fotografie e circa 4.500 ore di filmati.",
            "4.500 ore",
        ),
        (
            "it",
            "La squadra di casa ha vinto la finale per 8-6 davanti a duemila spettatori.",
            "8-6",
        ),
        (
            "it",
            "Il giudice lo ha condannato a due anni e sei mesi per truffa aggravata.",
            "due anni e sei mesi",
        ),
        (
            "it",
            "La Provincia ha stanziato 2,4 milioni di euro per la nuova pista ciclabile.",
            "2,4 milioni di euro",
        ),
        (
            "it",
            "Il rifugio si trova a 2.130 metri sul livello del mare, sotto la cima.",
            "2.130 metri sul livello del mare",
        ),
        (
            "it",
            "Di notte la temperatura è scesa fino a meno 12 gradi nelle valli alpine.",
            "fino a meno 12 gradi",
        ),
    ],
)
def test_a_quantity_is_hidden_with_its_unit(language: str, sentence: str, span: str) -> None:
    assert span in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        ("en", "The festival takes place on 12-14 June in the park of the old town.", "12-14"),
        ("en", "Pupils in Years 3-6 will take the new test in the spring of next year.", "3-6"),
        ("en", "The trail is 20 miles (32km) long and climbs through the forest.", "32km"),
        ("en", "The study followed children aged 5-11 in schools across the county.", "5-11"),
        ("it", "Il festival si terrà dal 4-6 luglio nel parco della villa comunale.", "4-6"),
    ],
)
def test_no_score_in_a_range_a_label_or_a_conversion(
    language: str, sentence: str, part: str
) -> None:
    assert part not in _hidden(sentence, language)


def test_the_quantity_replaces_its_bare_number_in_the_deck() -> None:
    text = (
        "Reading pilot\n\nThe Better Books scheme, launched in March 2023 at a cost of NZ$8.2 "
        "million, replaced the old reading lessons in most primary schools."
    )
    deck = generate_deck(clean(text), deck_id="reading-pilot")
    clozes = [c.cloze or "" for c in deck.cards if c.cloze]
    asked = [c.answer for c in deck.cards if c.question]  # a question may ask the sum instead
    assert any("{{c1::NZ$8.2 million}}" in c for c in clozes) or "NZ$8.2 million" in asked
    assert not any("::8.2}}" in c for c in clozes)


def _best(sentence: str, language: str) -> str:
    doc = build_document(clean(f"Un titolo per la prova\n\n{sentence}"), language)
    text = doc.sentences[0].text
    spans = [span for span in _spans(text, doc) if span[3] != "quantity"]
    _score, start, end, _kind = max(spans, key=lambda span: (span[0], -span[1]))
    return text[start:end]


@pytest.mark.parametrize(
    ("language", "sentence", "best"),
    [
        (
            "en",
            "Boats from Whitby and Scarborough joined the search off the coast at dawn.",
            "Whitby and Scarborough",
        ),
        (
            "it",
            "Il nuovo treno collega ogni ora Bressanone e Vipiteno lungo la valle dell’Isarco.",
            "Bressanone e Vipiteno",
        ),
        (
            "en",
            "The walkers were found near Hawes, a market town in Wensleydale, on Sunday night.",
            "Hawes",
        ),
        (
            "it",
            "Il vino nasce nei vigneti di Montalcino, nella provincia di Siena, da secoli.",
            "Montalcino",
        ),
    ],
)
def test_the_news_of_a_sentence_is_preferred(language: str, sentence: str, best: str) -> None:
    """Two names joined by a conjunction are one fact; a name described after a comma is the
    sentence's news, not the names in its description."""
    assert _best(sentence, language) == best


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        (
            "en",
            "The Organisation for Economic Co-operation and Development published the report.",
            "Economic Co-operation and Development",
        ),
        (
            "en",
            "The Reading for Literacy and Numeracy (RLN) results are due in the autumn.",
            "Literacy and Numeracy",
        ),
        ("en", "The museum will open on Saturday and Sunday for the whole summer.", "Saturday"),
    ],
)
def test_no_pair_inside_a_longer_name(language: str, sentence: str, part: str) -> None:
    assert part not in _hidden(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence", "part"),
    [
        ("it", "La pena è stata ridotta per Mario Bianchi, 58 anni, ex sindaco.", "58 anni"),
        ("it", "Il medico ha operato un paziente di 64 anni nella notte di martedì.", "64 anni"),
        ("it", "Il negozio di via Roma ha aperto due anni fa nel centro storico.", "due anni"),
        (
            "en",
            "The shop on the high street opened three years ago in the old bank.",
            "three years",
        ),
        (
            "it",
            "Negli ultimi cinque anni il comune ha piantato mille alberi nei parchi.",
            "cinque anni",
        ),
        ("en", "Over the past two months the river has risen above the old bridge.", "two months"),
        (
            "it",
            "Il progetto è saltato a soli due mesi dall’inaugurazione della nuova sede.",
            "due mesi",
        ),
        (
            "en",
            "The runners crossed the old border three days before the vote in the city.",
            "three days",
        ),
    ],
)
def test_a_time_said_in_passing_is_no_quantity(language: str, sentence: str, part: str) -> None:
    """An age said of a name or a noun, a time ago, a period framing the news: no blank."""
    assert part not in _hidden(sentence, language)


def test_a_range_that_goes_up_is_no_score() -> None:
    hidden = _hidden("Nel parco vivono oggi almeno 12 branchi, per un totale di 70-80 lupi.", "it")
    assert "70-80" not in hidden


def test_a_time_is_hidden_whole_or_not_at_all() -> None:
    from quizlib.generate.document import build_document
    from quizlib.generate.extract.cloze import _spans
    from quizlib.generate.text import clean

    def hidden(sentence: str, language: str) -> set[str]:
        doc = build_document(clean(f"Un titolo per la prova\n\n{sentence}"), language)
        text = doc.sentences[0].text
        return {text[a:b] for _score, a, b, _kind in _spans(text, doc)}

    en = hidden("She ran to the summit and back in one hour, 24 minutes and 51 seconds.", "en")
    assert "24 minutes and 51 seconds" not in en and "24 minutes" not in en
    it = hidden("Sono servite 4 ore e 10 minuti per trasferire 3.000 cittadini.", "it")
    assert "4 ore e 10 minuti" in it and "4 ore" not in it
