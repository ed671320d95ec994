"""A title in quotes set beside the noun phrase that says what it is: 'Come si chiama il nuovo
servizio ...?' -> 'Bò in bici', and 'Che cos’è «Bò in bici»?'. On sentences of our own in
Italian and English."""

from __future__ import annotations

from .test_definitions import asked


def test_a_title_in_quotes_before_its_apposition() -> None:
    qs = asked(
        "Un articolo\n\nÈ partito così «Bò in bici», il nuovo servizio di bike sharing a "
        "stazioni fisse della città.\n"
    )
    np = "il nuovo servizio di bike sharing a stazioni fisse della città"
    assert qs[f"Come si chiama {np}?"] == "Bò in bici"
    assert qs["Che cos’è «Bò in bici»?"] == np
    qs = asked(
        'A test\n\nThe university opened "Harbour Ideas", the incubator it built for its '
        "spin-out companies.\n",
        "en",
    )
    question = "What is the name of the incubator it built for its spin-out companies?"
    assert qs[question] == "Harbour Ideas"


def test_a_subject_s_title_set_off_after_it() -> None:
    qs = asked(
        'A test\n\nThe town\'s new festival, "Sea and Stone", will run for ten days in June.\n',
        "en",
    )
    assert qs["What is the name of the town’s new festival?"] == "Sea and Stone"
    qs = asked("Un articolo\n\nIl nuovo corso di laurea, «Dati e salute», partirà a ottobre.\n")
    assert qs["Come si chiama il nuovo corso di laurea?"] == "Dati e salute"


def test_quotations_and_thin_phrases_are_no_titles() -> None:
    # what someone said, a name of one word, a phrase too thin to have one name
    text = "Un articolo\n\nHa detto: «Non ci fermeremo», la frase che ha chiuso il consiglio.\n"
    assert not any(q.startswith("Come si chiama") for q in asked(text))
    text = "Un articolo\n\nHa lanciato «Eureka», il nuovo servizio di prestito della città.\n"
    assert not any(q.startswith("Come si chiama") for q in asked(text))
    text = "Un articolo\n\nIl sindaco, «Mario Rossi», ha parlato ieri in consiglio.\n"
    assert not any(q.startswith("Come si chiama") for q in asked(text))
    text = 'A test\n\nThe report, "Waiting for Care", found 12 failings in the service.\n'
    assert not any(q.startswith("What is the name") for q in asked(text, "en"))
