"""Who said it, beyond 'ha detto X': a pronoun or a bare verb after a quotation, speech verbs in
the present, a speaker followed by an apposition, 'secondo X' / 'according to X', and 'who
described X as “...”'."""

from __future__ import annotations

import pytest

from quizlib.generate.extract import quotes

from .test_roles_quotes import answers, cards, speakers

# Each case: the language, a text, and the questions asked on it with their answers.
CASES = [
    # A pronoun or a bare verb: the person the text spoke of last.
    pytest.param(
        "it",
        "Il sindaco Paolo Rinaldi ha presentato il bilancio in consiglio comunale. "
        "«I conti sono finalmente in ordine dopo dieci anni», ha spiegato. "
        "«Ora possiamo tornare a investire nei quartieri», ha aggiunto, ricordando i tagli "
        "del 2020. «Non è stato facile», ha concluso Rinaldi.",
        {
            "Chi ha detto “I conti sono finalmente in ordine dopo dieci anni”?": "Paolo Rinaldi",
            "Chi ha detto “Ora possiamo tornare a investire nei quartieri”?": "Paolo Rinaldi",
            "Chi ha detto “Non è stato facile”?": "Paolo Rinaldi",
        },
        id="bare verb",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker opened the new bridge on Monday. "
        '"This bridge took far too long to build," he said. '
        '"But it will serve the town for a century," he told reporters.',
        {
            "Who said “This bridge took far too long to build”?": "Tom Becker",
            "Who said “But it will serve the town for a century”?": "Tom Becker",
        },
        id="pronoun",
    ),
    pytest.param(
        "en",
        "Anna Keller, who leads the dig at the old mill, said the finds would go to the town "
        "museum. The museum will open a new room for them in June.\n\n"
        '"Every spring we think the field has nothing left to give us," she said.\n\n'
        "Keller has led the dig since 2019.",
        {"Who said “Every spring we think the field has nothing left to give us”?": "Anna Keller"},
        id="pronoun from the paragraph before",
    ),
    pytest.param(
        "it",
        "Il sindaco Paolo Rinaldi ha incontrato la ministra Giulia Ferraro a Roma. "
        "«Abbiamo trovato un accordo su quasi tutto», ha detto. "
        "Rinaldi e Ferraro si rivedranno a maggio.",
        {},
        id="two people could be meant",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker met Governor Alice Moore in the capital. "
        '"We agreed on almost everything today," she said. Becker and Moore meet again in May.',
        {},
        id="two people could be meant, en",
    ),
    pytest.param(
        "it",
        "Il premio è stato consegnato al regista Luca Mancini. Mancini vive a Torino.\n\n"
        "La giuria ha discusso per ore. Un giurato era contrario.\n\n"
        "«Non era il film più bello del concorso», ha detto.",
        {},
        id="the one named is not who the sentence is about",
    ),
    pytest.param(
        "en",
        "The award went to Maria Lopez. Lopez lives in Madrid.\n\n"
        "The jury took three hours. "
        '"We are thrilled with the result of the vote," he said.',
        {},
        id="the one named is not who the sentence is about, en",
    ),
    pytest.param(
        "en",
        "Mayor Tom Becker opened the bridge. A local resident watched from the bank. "
        '"It took far too long to build this bridge," she said. Becker left at noon.',
        {},
        id="someone unnamed came between",
    ),
    pytest.param(
        "it",
        "Il sindaco Paolo Rinaldi ha inaugurato il ponte. Lo ha attraversato per primo "
        "Marco Villa. «Ci sono voluti troppi anni per costruirlo», ha detto. Rinaldi è "
        "ripartito a mezzogiorno.",
        {},
        id="a name the article does not know came between",
    ),
    # Who is spoken to is not who speaks.
    pytest.param(
        "it",
        "Il sindaco Paolo Rinaldi ha incontrato Marta Colombo. «Il progetto va avanti "
        "comunque», ha detto a Colombo il sindaco. Colombo non ha risposto.",
        {},
        id="spoken to",
    ),
    # A speaker followed by an apposition.
    pytest.param(
        "en",
        "Joanna Pike has worked at the county hospital for twelve years. "
        '"We used to have three nurses on every night shift," Pike, 52, a nurse on the '
        "children's ward, explains.",
        {"Who said “We used to have three nurses on every night shift”?": "Joanna Pike"},
        id="apposition",
    ),
    # 'Secondo X' / 'according to X': a person's full name, not a source.
    pytest.param(
        "it",
        "Secondo il direttore dell’osservatorio, Marco Vitale, «la frana si muove ancora di "
        "due centimetri al giorno». «Il prezzo è giusto per entrambe le parti», secondo "
        "Laura Greco, analista di Banca Sella.",
        {
            "Chi ha detto “la frana si muove ancora di due centimetri al giorno”?": "Marco Vitale",
            "Chi ha detto “Il prezzo è giusto per entrambe le parti”?": "Laura Greco",
        },
        id="secondo",
    ),
    pytest.param(
        "en",
        '"Prices rose faster than at any time since 2008," according to Eurostat. '
        '"Nobody expected the river to rise this fast in April," according to Paul Hendry, '
        "who teaches hydrology.",
        {"Who said “Nobody expected the river to rise this fast in April”?": "Paul Hendry"},
        id="according to",
    ),
    # Who described X as “...”.
    pytest.param(
        "en",
        'Kenya’s health minister Grace Otieno has described the outbreak as "the worst in a '
        'generation". She described the response as "slow and badly coordinated". '
        'In a statement, Otieno also called the vaccine "our best hope so far".',
        {
            "Who has described the outbreak as “the worst in a generation”?": "Grace Otieno",
            "Who described the response as “slow and badly coordinated”?": "Grace Otieno",
            "Who called the vaccine “our best hope so far”?": "Grace Otieno",
        },
        id="who described",
    ),
    pytest.param(
        "it",
        "Il presidente francese Paul Girard ha descritto la riforma come «un passo necessario "
        "per il paese». Il ministro Carlo Neri ha invece parlato di «un segnale di forza del "
        "nostro sistema».",
        {
            "Chi ha descritto la riforma come “un passo necessario per il paese”?": "Paul Girard",
            "Chi ha parlato di “un segnale di forza del nostro sistema”?": "Carlo Neri",
        },
        id="chi ha descritto",
    ),
    pytest.param(
        "en",
        'Mayor Tom Becker saw the plan on Monday. Becker called it "a disgrace for the town".',
        {},
        id="what 'it' is the question cannot say",
    ),
    pytest.param(
        "it",
        "Secondo gli osservatori, il presidente Marco Ferri ha chiuso il vertice senza "
        "ottenere nulla, nonostante avesse promesso «un accordo entro l’estate».",
        {},
        id="whose view the sentence reports",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_who_said_it(language: str, text: str, expected: dict[str, str]) -> None:
    assert speakers(text, language) == expected


def test_the_speaker_a_pronoun_stands_for_is_accepted_by_name_not_pronoun() -> None:
    en = (
        "Mayor Tom Becker opened the new bridge on Monday. "
        '"This bridge took far too long to build," he said.'
    )
    card = cards(quotes.extract, en, "en")["Who said “This bridge took far too long to build”?"]
    assert card.accept == ("Becker",)


def test_a_name_the_article_does_not_know_ends_what_a_pronoun_reaches_back_to() -> None:
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
    expected = {"Who said “The night trains are full again”?": "Sara Collins"}
    text = f'"The night trains are full again," {verb} Sara Collins. Collins runs the company.'
    assert answers(quotes.extract, text, "en") == expected
    text = f'"The night trains are full again," Collins {verb}. Sara Collins runs the company.'
    assert answers(quotes.extract, text, "en") == expected


def test_the_speaker_before_an_apposition_is_asked_by_full_name() -> None:
    it = (
        "La professoressa Carla Benedetti insegna lettere al liceo di Pisa. «Ogni anno gli "
        "studenti arrivano con meno libri letti a casa», racconta Benedetti, 44 anni, "
        "professoressa di italiano."
    )
    card = cards(quotes.extract, it, "it")[
        "Chi ha detto “Ogni anno gli studenti arrivano con meno libri letti a casa”?"
    ]
    assert card.answer == "Carla Benedetti" and "Benedetti" in card.accept


def test_a_pronoun_then_the_quotation_stands_for_the_person_named_before() -> None:
    text = (
        "The club's head coach, Moira Lennox, said the squad had trained twice a day. "
        'She added: "We were fitter than anyone in the league by March."'
    )
    assert speakers(text, "en") == {
        "Who said “We were fitter than anyone in the league by March”?": "Moira Lennox"
    }
    text = (
        "La direttrice del coro, Alice Prati, ha parlato a lungo con i cantori. "
        "Lei ha aggiunto: «Il vecchio organo poteva solo sussurrare, adesso finalmente parla»."
    )
    assert speakers(text) == {
        "Chi ha detto “Il vecchio organo poteva solo sussurrare, adesso finalmente parla”?": (
            "Alice Prati"
        )
    }
    # Two people before: no one in particular.
    text = (
        "Anna Lennox and Ruth Kerr said the squad had trained twice a day. "
        'She added: "We were fitter than anyone in the league by March."'
    )
    assert speakers(text, "en") == {}
