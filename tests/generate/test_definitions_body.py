"""Definitions inside the article: an apposition that goes on past its noun phrase, a term
of a field with its adjective, a gloss ('cioè', 'that is'), a rare word that names the thing
before it, and the subject of an entry written with a word more than its heading; on small
texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract import definitions

from .test_definitions import asked


def story(sentence: str, language: str = "it") -> dict[str, str]:
    head = "Un articolo di prova\n\n" if language == "it" else "A test article\n\n"
    return asked(f"{head}{sentence}\n", language)


def test_a_long_apposition_keeps_its_noun_phrase_before_a_participle_clause() -> None:
    qs = story(
        "She won the Triple Crown, a series of three mountain marathons regarded as the "
        "hardest test in the sport, last summer.",
        "en",
    )
    assert qs["What is the Triple Crown?"] == "a series of three mountain marathons"
    qs = story(
        "Ha vinto la Tripla Corona, una serie di tre maratone di montagna considerata la "
        "prova più dura dello sport, l’estate scorsa."
    )
    assert qs["Che cos’è la Tripla Corona?"] == "una serie di tre maratone di montagna"


def test_an_apposition_may_end_in_a_list_of_complements() -> None:
    qs = story(
        "Tests showed that the stone is a pallasite, a rare meteorite made of iron, nickel "
        "and olivine crystals.",
        "en",
    )
    assert (
        qs["What is a pallasite?"] == "a rare meteorite made of iron, nickel and olivine crystals"
    )
    qs = story(
        "Le analisi dicono che il frammento è una tectite, un vetro naturale ricco di silice, "
        "alluminio e potassio."
    )
    assert qs["Che cos’è una tectite?"] == "un vetro naturale ricco di silice, alluminio e potassio"


def test_a_term_of_a_field_with_its_adjective() -> None:
    qs = story(
        "The museum now holds a stony achondrite, a meteorite that formed in the crust of an "
        "asteroid.",
        "en",
    )
    assert qs["What is a stony achondrite?"] == (
        "a meteorite that formed in the crust of an asteroid"
    )


def test_a_gloss_says_what_the_term_before_it_means() -> None:
    qs = story(
        "Il restauro ha riguardato la cornice del portale, cioè la fascia di marmo scolpito "
        "che incornicia l’ingresso."
    )
    assert qs["Che cos’è la cornice del portale?"] == (
        "la fascia di marmo scolpito che incornicia l’ingresso"
    )
    qs = story(
        "Divers mapped the keelson, that is, the beam that runs along the floor of the hull "
        "above the keel.",
        "en",
    )
    assert (
        qs["What is the keelson?"]
        == "the beam that runs along the floor of the hull above the keel"
    )


def test_a_gloss_of_no_term_defines_nothing() -> None:
    # A verb before the comma: the gloss rephrases a clause.
    qs = story("Il comune ha rinviato, cioè il progetto è fermo fino a marzo.")
    assert not any(q.startswith("Che cos’è") for q in qs)
    qs = story("Sales fell sharply, that is, the shops sold a third less.", "en")
    assert not any(q.startswith("What is") for q in qs)


def test_a_rare_word_after_an_article_names_the_thing_before_it() -> None:
    qs = story(
        "Al mercato si vendeva anche latte, formaggio e bevanda di latte fermentato, il kefir "
        "portato dai mercanti del Caucaso."
    )
    assert qs["Che cos’è il kefir?"] == "bevanda di latte fermentato"
    qs = story(
        "At the wedding they poured a thick barley beer, the braggot once brewed by monks.",
        "en",
    )
    assert qs["What is the braggot?"] == "a thick barley beer"


def test_a_rare_word_in_a_main_clause_names_nothing() -> None:
    # What opens the sentence is an adjunct, and the rare word the subject of its clause.
    qs = story("A differenza delle vecchie barche a vela, il kefir non ha bisogno di vento.")
    assert "Che cos’è il kefir?" not in qs
    qs = story("Unlike the old sailing boats, the braggot does not need wind.", "en")
    assert "What is the braggot?" not in qs


def test_what_someone_says_an_office_or_a_next_item_is_no_definition() -> None:
    qs = story(
        "Per la direttrice del laboratorio, Giulia Serra Bellini, la nuova mostra «potrebbe "
        "attirare molti visitatori»."
    )
    assert not any(q.startswith("Che cos’è") for q in qs)
    qs = story(
        "Erano presenti il rettore dell’Università di Pavia, i sindaci della provincia e il "
        "prefetto."
    )
    assert not any("Università di Pavia" in q for q in qs)
    qs = story("The talks were led by Halvora Systems, the chief executive of the group.", "en")
    assert "What is Halvora Systems?" not in qs


def test_an_entry_subject_with_an_adjective_its_heading_leaves_out() -> None:
    qs = asked(
        "Un articolo di prova\n\nIl consiglio si è riunito ieri a Vercelli.\n\nVercelli\n\n"
        "Vercelli è una città del Piemonte.\n\nCanale Cavour\n\n"
        "Il canale irriguo Cavour è un’opera idraulica costruita tra il 1863 e il 1866 per "
        "portare acqua alle risaie.\n"
    )
    assert qs["Che cos’è il canale irriguo Cavour?"].startswith("un’opera idraulica")
    qs = asked(
        "A test article\n\nThe council met in Dundee yesterday.\n\nDundee\n\n"
        "Dundee is a city in Scotland.\n\nTay Bridge\n\n"
        "The Tay rail bridge is a crossing built in 1887 over the Firth of Tay.\n",
        "en",
    )
    assert qs["What is the Tay rail bridge?"].startswith("a crossing")


def test_a_head_ends_in_no_adverb_and_no_adjective_of_a_measure() -> None:
    qs = asked(
        "A test article\n\nThe council met yesterday.\n\nDundee\n\nDundee is a city.\n\n"
        "Tayside Ferries\n\nTayside Ferries is a not-for-profit ferry company wholly owned "
        "by the council, set up in 2001 to run the river crossings.\n",
        "en",
    )
    assert qs["What is Tayside Ferries?"] == "a not-for-profit ferry company"
    qs = asked(
        "Un articolo di prova\n\nIl consiglio si è riunito ieri.\n\nLago di Vico\n\n"
        "Il Lago di Vico è un lago vulcanico lungo circa 5 chilometri, diviso tra due comuni "
        "e circondato da boschi.\n"
    )
    assert qs["Che cos’è il Lago di Vico?"] == "un lago vulcanico"
    # A second participle cut from its complement is left out of a reverse question.
    cut = "diviso tra le province di Viterbo e Roma e circondato".split()
    assert definitions._strip_dangling(cut, "it") == cut[:-2]
    cut = "split between two counties and crossed".split()
    assert definitions._strip_dangling(cut, "en") == cut[:-2]


def test_one_of_many_described_by_a_plural_participle_is_not_asked_back() -> None:
    qs = asked(
        "Un articolo di prova\n\nIl consiglio si è riunito ieri.\n\nMuseo del Mare\n\n"
        "Il Museo del Mare è uno dei principali musei dedicati alla marineria ligure.\n"
    )
    assert not any(q.startswith("Quale dei principali musei") for q in qs)


def test_a_comma_between_two_adjectives_ends_no_apposition() -> None:
    qs = story(
        "She swam across the Solway Firth, the stretch of cold, weed-choked water between "
        "the two coasts, in nine hours.",
        "en",
    )
    assert "What is the Solway Firth?" not in qs


def test_one_of_many_is_no_definition_even_narrowed() -> None:
    # "uno dei principali musei dedicati alla marineria ligure": a rank among many, an answer
    # nobody could give back (it was asked before; a vague head is worse than no card)
    qs = asked(
        "Un articolo di prova\n\nIl consiglio si è riunito ieri.\n\nMuseo del Mare\n\n"
        "Il Museo del Mare è uno dei principali musei dedicati alla marineria ligure.\n"
    )
    assert "Che cos’è il Museo del Mare?" not in qs
