"""A subject said again by a pronoun, or left unsaid, in the sentence after the one that names
it, and a subject's second verb phrase after 'and' / 'e' (statements.py, reference.py): each
read only where one antecedent agrees."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _next(
    first: str, second: str, language: str, people: dict[str, str] | None = None
) -> list[str]:
    """The statements of the second sentence, read after the first."""
    sentences = (Sentence(first, "paragraph 1", 0, 0), Sentence(second, "paragraph 1", 0, 1))
    doc = Document(None, language, sentences, (), people=people or {})
    return [s.text for s in statements(doc) if s.position == 1]


def _questions(text: str, language: str) -> dict[str, str]:
    deck = generate_deck((_IT if language == "it" else _EN) + text + "\n", deck_id="t")
    return {c.question: c.answer or "" for c in deck.cards if c.question}


_PEOPLE = {"Tamsin Rudd": "Tamsin Rudd", "Rudd": "Tamsin Rudd", "Owen Pryce": "Owen Pryce"}


def test_a_pronoun_stands_for_the_one_person_named_before_also_in_the_possessive() -> None:
    assert _next(
        "The cup was the high point of Tamsin Rudd’s season.", "She keeps 14 ponies.", "en", _PEOPLE
    ) == ["Tamsin Rudd keeps 14 ponies."]
    # a given name the list lacks tells no gender: no other woman is named, so 'she' is her
    assert _next("Rudd’s yard is near Hexham.", "She keeps 14 ponies.", "en", _PEOPLE) == [
        "Tamsin Rudd keeps 14 ponies."
    ]


def test_a_person_of_no_known_gender_is_not_named_where_another_may_be_meant() -> None:
    people = {**_PEOPLE, "Ruth Pike": "Ruth Pike", "Pike": "Ruth Pike"}
    # another woman in the article: 'she' may be her
    assert _next("Rudd’s yard is near Hexham.", "She keeps 14 ponies.", "en", people) == []
    # a woman named by a noun in the sentence before: 'she' may be her
    assert _next("Rudd’s wife runs the yard.", "She keeps 14 ponies.", "en", _PEOPLE) == []
    # a man's given name does not take 'she'
    assert _next("Owen Pryce runs the yard.", "She keeps 14 ponies.", "en", _PEOPLE) == []


def test_a_surname_alone_with_a_relative_who_names_a_person() -> None:
    text = (
        "The cup was the high point of Maddox’s season. She keeps 14 ponies near Hexham. "
        "“It was a long day,” said Maddox, who rode in the race herself."
    )
    assert _questions(text, "en")["How many ponies does Maddox keep near Hexham?"] == "14"


def test_an_unsaid_italian_subject_after_a_phrase_of_time() -> None:
    assert _next("La cooperativa è nata nel 1978.", "Nel 2024 ha assunto 31 soci.", "it") == [
        "La cooperativa ha assunto 31 soci nel 2024."
    ]
    # a subject after the verb is its own
    assert _next("La cooperativa ha chiuso.", "Nel 2024 ha assunto il nuovo direttore.", "it") == []


def test_an_unsaid_italian_subject_of_a_compound_with_essere() -> None:
    assert _next("Il teatro ha riaperto.", "È stato restaurato nel 1994.", "it") == [
        "Il teatro è stato restaurato nel 1994."
    ]
    # 'essere' as a verb whose subject follows, or a subject after the participle
    assert _next("Il teatro ha riaperto.", "È stata la prima volta.", "it") == []
    assert _next("Il teatro ha riaperto.", "È stato restaurato il foyer nel 1994.", "it") == []


def test_a_plural_subject_with_no_article_is_what_they_stand_for() -> None:
    assert _next("Visitor numbers were published on Monday.", "They rose by 9%.", "en") == [
        "Visitor numbers rose by 9%."
    ]
    # another plural in the sentence before: 'they' may be it
    assert _next("Visitor numbers fell in both museums.", "They rose by 9%.", "en") == []


def test_a_participle_after_an_article_is_no_verb_of_the_subject() -> None:
    # 'The ringed' is no subject of 'ringed': the subject is the whole phrase
    assert _next("The ringed heron was seen again.", "It flew 90 miles.", "en") == [
        "The ringed heron flew 90 miles."
    ]


def test_a_person_named_before_is_no_rival_of_it() -> None:
    assert _next("The hall was opened by the mayor.", "It seats 420 people.", "en") == [
        "The hall seats 420 people."
    ]


def test_a_present_before_a_place_opens_the_first_of_two_verb_phrases() -> None:
    questions = _questions(
        "Ludlow lies on a bend of the River Teme and has a population of about 11,000.", "en"
    )
    assert questions["What is the population of Ludlow?"] == "about 11,000"
    questions = _questions("The mill stands by the canal and employs 85 people.", "en")
    assert questions["How many people does the mill employ?"] == "85"


def test_a_present_in_s_is_no_word_of_the_noun_a_participle_follows() -> None:
    # 'follows' is the sentence's verb: 'the cut follows expert advice' names no advice
    qs = _questions(
        "The cut follows expert advice published in March by the Marine Institute.", "en"
    )
    assert not any(q.startswith("When") and "follows" in q for q in qs)


def test_a_subject_is_carried_past_the_relative_clause_set_off_after_it() -> None:
    en = _next(
        "The fire, which started from a lightning strike on July 19, grew quickly.",
        "It eventually burned 14,800 hectares.",
        "en",
    )
    assert "The fire eventually burned 14,800 hectares." in en
    it = _next(
        "La diga, che fu costruita nel 1950, trattiene molta acqua.",
        "Fu ristrutturata nel 2010.",
        "it",
    )
    assert "La diga fu ristrutturata nel 2010." in it
