"""Offices of local news as a question asks them: an office of two words ('il pubblico
ministero', 'the harbour master', 'the council’s cabinet member for roads'), an office a case
has one holder of said alone ('Prosecutor Ann Lee', 'la giudice Carla Neri'), an office many
hold that names one only with what it is of ('la consigliera di minoranza', not 'Local
councillor'), an office after an indefinite article (one of many: no question asks for it), a
title written before a name set off ('The harbour master, Captain Owain Rees,'), whose office
'Its president' is when the sentence before opens with a group by its kind, and who runs a
named firm."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import roles
from quizlib.generate.text import clean
from tests.generate.helpers import it_questions

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _asked(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in roles.extract(doc) if c.question}


def test_an_office_of_two_words_before_a_name() -> None:
    asked = _asked(
        "Il pubblico ministero Marco Bellandi aveva chiesto otto anni. Bellandi ha parlato "
        "per due ore.",
        "it",
    )
    assert asked["Chi è il pubblico ministero?"] == "Marco Bellandi"
    asked = _asked(
        "The harbour master, Captain Dafydd Pryce, said the silt had built up. Pryce has "
        "worked at the port for years.",
        "en",
    )
    assert asked["Who is the harbour master?"] == "Dafydd Pryce"


def test_an_office_of_two_words_set_off_after_a_name() -> None:
    asked = _asked(
        "Cllr Bryn Howells, the council’s cabinet member for roads and bridges, said the "
        "repairs would start in May.",
        "en",
    )
    assert asked["Who is the council’s cabinet member for roads and bridges?"] == "Bryn Howells"


def test_an_office_with_a_list_of_what_it_is_of() -> None:
    asked = _asked(
        "The council’s executive member for parks, leisure and libraries, Councillor Joan "
        "Pickles, said the money would stay in the town.",
        "en",
    )
    assert asked["Who is the council’s executive member for parks, leisure and libraries?"] == (
        "Joan Pickles"
    )


def test_an_office_a_case_has_one_holder_of() -> None:
    asked = _asked(
        "Prosecutor Alan Whitby told the jury that the van had been seen twice. Whitby "
        "called four witnesses.",
        "en",
    )
    assert asked["Who is the prosecutor?"] == "Alan Whitby"
    asked = _asked(
        "La condanna, letta dalla giudice Marta Colonna dopo due ore, è di tre anni. Colonna "
        "ha respinto le eccezioni.",
        "it",
    )
    assert asked["Chi è la giudice?"] == "Marta Colonna"


def test_who_presides_says_more_than_the_office_alone() -> None:
    asked = _asked(
        "Il collegio, presieduto dal giudice Paolo Sarti, ha respinto la richiesta. Sarti "
        "ha letto la sentenza.",
        "it",
    )
    assert asked == {"Chi presiede il collegio?": "Paolo Sarti"}


def test_an_office_many_hold_names_one_only_with_what_it_is_of() -> None:
    asked = _asked(
        "La consigliera di maggioranza Elisa Tommasi ha votato a favore. Tommasi ha parlato "
        "per prima.",
        "it",
    )
    assert asked["Chi è la consigliera di maggioranza?"] == "Elisa Tommasi"
    asked = _asked(
        "Il consigliere regionale Dario Fontana ha votato a favore. Fontana ha parlato.",
        "it",
    )
    assert "Chi è il consigliere regionale?" not in asked
    assert asked["Quale carica ricopre Dario Fontana?"] == "consigliere regionale"
    asked = _asked(
        "Local councillor Gwen Harries said the closure was a blow. Harries spoke first.", "en"
    )
    assert "Who is the local councillor?" not in asked
    assert "Who is the Local councillor?" not in asked
    assert asked["What office does Gwen Harries hold?"] == "local councillor"


def test_an_office_after_an_indefinite_article_is_one_of_many() -> None:
    asked = _asked(
        "Il guasto è emerso quando una giovane funzionaria dell’ufficio tecnico, Laura Bassi, "
        "ha controllato i registri. Bassi ha avvisato il sindaco.",
        "it",
    )
    assert "Chi è la funzionaria dell’ufficio tecnico?" not in asked
    asked = _asked(
        "The fault was found when a new clerk of the parish council, Sian Powell, checked the "
        "accounts. Powell told the police.",
        "en",
    )
    assert "Who is the clerk of the parish council?" not in asked


def test_an_office_set_off_after_a_name_is_asked_before_the_title() -> None:
    asked = _asked(
        "Opposition councillor Ruth Abbott, leader of the Green group, said the plan was "
        "rushed. Abbott voted against.",
        "en",
    )
    assert asked["Who is the leader of the Green group?"] == "Ruth Abbott"
    assert asked["What office does Ruth Abbott hold?"] == "leader of the Green group"


def test_its_office_is_of_the_group_the_sentence_before_opens_with() -> None:
    asked = _asked(
        "The county’s farmers’ union, which represents 900 growers, backed the plan. Its "
        "chairman, Dewi Rowlands, said the roads were too narrow. Rowlands farms near Bala.",
        "en",
    )
    assert asked["Who is the chairman of the county’s farmers’ union?"] == "Dewi Rowlands"
    asked = _asked(
        "The company expects the site to reopen in May. Its managing director, Owen Thorpe, "
        "said the insurers had paid. Thorpe joined in 2010.",
        "en",
    )
    assert not any("managing director" in q and q.startswith("Who is") for q in asked)


def test_who_runs_a_named_firm() -> None:
    asked = _asked(
        "Carys Mead, who runs the bakery Mead and Daughters, said flour had doubled in price. "
        "Mead opened the shop in 2015.",
        "en",
    )
    assert asked["Who runs the bakery Mead and Daughters?"] == "Carys Mead"
    asked = _asked(
        "Tom Birch, who runs the risk of a fine, said he would appeal. Birch is 40.", "en"
    )
    assert not any(q.startswith("Who runs") for q in asked)


def test_an_office_with_an_acronym_in_brackets() -> None:
    asked = _asked(
        "Contrario il capogruppo della Lega civica (Lc), Marco Salvadori, secondo cui il "
        "bilancio non regge. Salvadori ha votato no.",
        "it",
    )
    assert asked["Chi è il capogruppo della Lega civica (Lc)?"] == "Marco Salvadori"
    asked = _asked(
        "The chair of the Rowing Association (RA), Helen Dyer, said the regatta would go "
        "ahead. Dyer rowed in 1996.",
        "en",
    )
    assert asked["Who is the chair of the Rowing Association (RA)?"] == "Helen Dyer"


def test_their_office_is_of_the_group_the_sentence_before_names_by_its_kind() -> None:
    asked = _asked(
        "Campaigners from the group Keep Otley Green said they would appeal. Their "
        "spokesman, retired vet Alan Cobb, 68, said the fund had reached £4,000. Cobb walks "
        "there daily.",
        "en",
    )
    assert asked["Who is the spokesman of the group Keep Otley Green?"] == "Alan Cobb"


def test_an_office_word_of_both_genders_takes_the_holders() -> None:
    asked = _asked(
        "«Il cantiere chiude a giugno», ha spiegato l’ingegnera Paola Rinaldi, responsabile "
        "dei lavori. Rinaldi segue il progetto dal 2022.",
        "it",
    )
    assert asked["Chi è la responsabile dei lavori?"] == "Paola Rinaldi"
    asked = _asked(
        "«Il cantiere chiude a giugno», ha spiegato Marco Rinaldi, responsabile tecnico del "
        "progetto. Rinaldi segue il progetto dal 2022.",
        "it",
    )
    assert asked["Chi è il responsabile tecnico del progetto?"] == "Marco Rinaldi"


def test_an_organiser_holds_an_office() -> None:
    asked = _asked(
        "The festival organiser, Rhys Pugh, said ticket sales had doubled. Pugh started the "
        "event in 2012.",
        "en",
    )
    assert asked["Who is the festival organiser?"] == "Rhys Pugh"


def test_an_office_set_off_after_a_name_its_owner_of_several_words() -> None:
    asked = _asked(
        '"They are tired," said Darren Klassen, Manitoba Hydro\'s vice-president of generation '
        "operations. Klassen joined the utility in 1998.",
        "en",
    )
    assert asked["Who is Manitoba Hydro’s vice-president of generation operations?"] == (
        "Darren Klassen"
    )


def test_an_acronym_in_brackets_and_where_the_holder_works_are_no_part_of_the_office() -> None:
    asked = _asked(
        "Rick Thiessen, business manager of the Electrical Workers Union (EWU) Local 2034, said "
        "the workers were needed. Ruth Galbraith, conservation officer for RSPB Scotland on the "
        "island, said the charity did not oppose the scheme.",
        "en",
    )
    assert asked["Who is the business manager of the Electrical Workers Union Local 2034?"] == (
        "Rick Thiessen"
    )
    assert asked["Who is the conservation officer for RSPB Scotland?"] == "Ruth Galbraith"


def test_an_italian_passive_of_choosing_with_the_person_after_it() -> None:
    qs = it_questions("Alla presidenza è stata eletta Martina Pellegrin, 44 anni.")
    assert qs["Chi è stata eletta alla presidenza?"] == "Martina Pellegrin"
    qs = it_questions("Nel 2024 è stato eletto sindaco Mario Rossi.")
    assert qs["Chi è stato eletto sindaco nel 2024?"] == "Mario Rossi"
    # a place chosen is no one to ask "chi" of
    qs = it_questions("Come sede del vertice è stato scelto Palazzo Ducale.")
    assert not any(q.startswith("Chi") for q in qs)


def test_a_team_named_by_a_word_keeps_its_capital_before_an_office() -> None:
    # "Bohemians" is a word too, but the article writes it with a capital inside a sentence.
    asked = _asked(
        "Derry City won 2-1 over Bohemians at the Brandywell on Friday. Bohemians head coach "
        "Alan Reddy congratulated the champions. Reddy spoke first.",
        "en",
    )
    assert asked["Who is the Bohemians head coach?"] == "Alan Reddy"
    assert asked["What office does Alan Reddy hold?"] == "Bohemians head coach"
    # A word of a longer name ("the Board of Elections") is still an ordinary word.
    asked = _asked(
        "The County Board of Elections met on Monday. Board director Carla Benedum said 412 "
        "ballots were cast. Benedum spoke first.",
        "en",
    )
    assert asked["Who is the board director?"] == "Carla Benedum"


def test_a_style_of_address_is_no_part_of_the_office() -> None:
    asked = _asked(
        "His Honour Judge Richard Fairclough fined the firm £40,000. Fairclough spoke first.",
        "en",
    )
    assert asked["What office does Richard Fairclough hold?"] == "judge"


def test_since_when_an_office_is_held_is_no_part_of_it() -> None:
    asked = _asked(
        "Morag Sinclair-Hay, Halyard’s managing director since 2015, said the deal was good. "
        "Sinclair-Hay spoke first.",
        "en",
    )
    assert asked["Who is Halyard’s managing director?"] == "Morag Sinclair-Hay"
