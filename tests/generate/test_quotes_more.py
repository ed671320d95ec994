"""Who said it, beyond 'ha detto X': a pronoun or a bare verb after a quotation, speech verbs in
the present, a speaker followed by an apposition, 'secondo X' / 'according to X', and 'who
described X as “...”'."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import quotes

from .test_roles_quotes import answers, cards

# A pronoun or a bare verb: the person the text spoke of last.


def test_a_bare_verb_after_a_quotation_is_the_person_named_before() -> None:
    it = (
        "Il sindaco Paolo Rinaldi ha presentato il bilancio in consiglio comunale. "
        "«I conti sono finalmente in ordine dopo dieci anni», ha spiegato. "
        "«Ora possiamo tornare a investire nei quartieri», ha aggiunto, ricordando i tagli "
        "del 2020. «Non è stato facile», ha concluso Rinaldi."
    )
    assert answers(quotes.extract, it, "it") == {
        "Chi ha detto “I conti sono finalmente in ordine dopo dieci anni”?": "Paolo Rinaldi",
        "Chi ha detto “Ora possiamo tornare a investire nei quartieri”?": "Paolo Rinaldi",
        "Chi ha detto “Non è stato facile”?": "Paolo Rinaldi",
    }


def test_a_pronoun_after_a_quotation_is_the_person_named_before() -> None:
    en = (
        "Mayor Tom Becker opened the new bridge on Monday. "
        '"This bridge took far too long to build," he said. '
        '"But it will serve the town for a century," he told reporters.'
    )
    qs = cards(quotes.extract, en, "en")
    assert {q: c.answer for q, c in qs.items()} == {
        "Who said “This bridge took far too long to build”?": "Tom Becker",
        "Who said “But it will serve the town for a century”?": "Tom Becker",
    }
    assert "he" not in qs["Who said “This bridge took far too long to build”?"].accept


def test_a_pronoun_may_reach_back_to_the_paragraph_before() -> None:
    en = (
        "Anna Keller, who leads the dig at the old mill, said the finds would go to the town "
        "museum. The museum will open a new room for them in June.\n\n"
        '"Every spring we think the field has nothing left to give us," she said.\n\n'
        "Keller has led the dig since 2019."
    )
    assert answers(quotes.extract, en, "en") == {
        "Who said “Every spring we think the field has nothing left to give us”?": "Anna Keller"
    }


def test_no_speaker_when_two_people_could_be_meant() -> None:
    it = (
        "Il sindaco Paolo Rinaldi ha incontrato la ministra Giulia Ferraro a Roma. "
        "«Abbiamo trovato un accordo su quasi tutto», ha detto. "
        "Rinaldi e Ferraro si rivedranno a maggio."
    )
    assert answers(quotes.extract, it, "it") == {}
    en = (
        "Mayor Tom Becker met Governor Alice Moore in the capital. "
        '"We agreed on almost everything today," she said. Becker and Moore meet again in May.'
    )
    assert answers(quotes.extract, en, "en") == {}


def test_no_speaker_when_the_person_named_is_not_who_the_sentence_is_about() -> None:
    it = (
        "Il premio è stato consegnato al regista Luca Mancini. Mancini vive a Torino.\n\n"
        "La giuria ha discusso per ore. Un giurato era contrario.\n\n"
        "«Non era il film più bello del concorso», ha detto."
    )
    assert answers(quotes.extract, it, "it") == {}
    en = (
        "The award went to Maria Lopez. Lopez lives in Madrid.\n\n"
        "The jury took three hours. "
        '"We are thrilled with the result of the vote," he said.'
    )
    assert answers(quotes.extract, en, "en") == {}


def test_no_speaker_when_someone_the_text_does_not_name_came_between() -> None:
    en = (
        "Mayor Tom Becker opened the bridge. A local resident watched from the bank. "
        '"It took far too long to build this bridge," she said. Becker left at noon.'
    )
    assert answers(quotes.extract, en, "en") == {}
    it = (
        "Il sindaco Paolo Rinaldi ha inaugurato il ponte. Lo ha attraversato per primo "
        "Marco Villa. «Ci sono voluti troppi anni per costruirlo», ha detto. Rinaldi è "
        "ripartito a mezzogiorno."
    )
    assert answers(quotes.extract, it, "it") == {}
    en = (
        "Mayor Tom Becker opened the bridge. Maria Lopez cut the ribbon. "
        '"It took far too long to build this bridge," she said. Becker left at noon.'
    )
    assert "Tom Becker" not in answers(quotes.extract, en, "en").values()


# Speech verbs in the present and the past, and a speaker followed by an apposition.


@pytest.mark.parametrize(
    "verb",
    [
        *"racconta spiega conclude aggiunge sottolinea commenta ricorda osserva avverte".split(),
        *"ammette precisa dichiara dice raccontò ammise".split(),
        "ha raccontato",
        "ha ricordato",
    ],
)
def test_italian_speech_verbs(verb: str) -> None:
    text = (
        f"«I treni della notte tornano a essere pieni», {verb} Sara Conti. Conti dirige la "
        "società dal 2021."
    )
    assert answers(quotes.extract, text, "it") == {
        "Chi ha detto “I treni della notte tornano a essere pieni”?": "Sara Conti"
    }


@pytest.mark.parametrize(
    "verb",
    "explains adds recalls recalled warns admits admitted notes observed concluded".split(),
)
def test_english_speech_verbs(verb: str) -> None:
    text = f'"The night trains are full again," {verb} Sara Collins. Collins runs the company.'
    assert answers(quotes.extract, text, "en") == {
        "Who said “The night trains are full again”?": "Sara Collins"
    }
    text = f'"The night trains are full again," Collins {verb}. Sara Collins runs the company.'
    assert answers(quotes.extract, text, "en") == {
        "Who said “The night trains are full again”?": "Sara Collins"
    }


def test_a_speaker_followed_by_an_apposition() -> None:
    it = (
        "La professoressa Carla Benedetti insegna lettere al liceo di Pisa. «Ogni anno gli "
        "studenti arrivano con meno libri letti a casa», racconta Benedetti, 44 anni, "
        "professoressa di italiano."
    )
    card = cards(quotes.extract, it, "it")[
        "Chi ha detto “Ogni anno gli studenti arrivano con meno libri letti a casa”?"
    ]
    assert card.answer == "Carla Benedetti" and "Benedetti" in card.accept
    en = (
        "Joanna Pike has worked at the county hospital for twelve years. "
        '"We used to have three nurses on every night shift," Pike, 52, a nurse on the '
        "children's ward, explains."
    )
    assert answers(quotes.extract, en, "en") == {
        "Who said “We used to have three nurses on every night shift”?": "Joanna Pike"
    }


# 'Secondo X' / 'according to X': a person's full name, not a source.


def test_according_to_a_person() -> None:
    it = (
        "Secondo il direttore dell’osservatorio, Marco Vitale, «la frana si muove ancora di "
        "due centimetri al giorno». «Il prezzo è giusto per entrambe le parti», secondo "
        "Laura Greco, analista di Banca Sella."
    )
    assert answers(quotes.extract, it, "it") == {
        "Chi ha detto “la frana si muove ancora di due centimetri al giorno”?": "Marco Vitale",
        "Chi ha detto “Il prezzo è giusto per entrambe le parti”?": "Laura Greco",
    }
    en = (
        '"Prices rose faster than at any time since 2008," according to Eurostat. '
        '"Nobody expected the river to rise this fast in April," according to Paul Hendry, '
        "who teaches hydrology."
    )
    assert answers(quotes.extract, en, "en") == {
        "Who said “Nobody expected the river to rise this fast in April”?": "Paul Hendry"
    }
