"""Number facts of clauses whose opening or verb group the frame used to miss: a subject that
is a gerund ('Flooding costs ...'), two '-s' forms in a row ('costs taxpayers'), a leading
phrase with a demonstrative ('During those storms ...', 'Durante quelle piene ...') and an
adverb of manner before the figure's preposition ('ran almost continuously for'). On small
texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_a_verb_in_s_before_its_plural_object_is_the_verb() -> None:
    qs = questions("The levy costs passengers 3 million pounds a year.")
    assert qs["How much does the levy cost passengers a year?"] == "3 million pounds"
    qs = questions("The levy costs ferry passengers 3 million pounds a year.")
    assert not any("costs" in q for q in qs)
    qs = questions("The bakery gives schools 200 loaves a week.")
    assert not any("does the bakery gives" in q for q in qs)


def test_a_gerund_that_is_the_whole_subject_opens_the_clause() -> None:
    qs = questions("Shipping supports 2,700 jobs in the port.")
    assert qs["How many jobs does shipping support in the port?"] == "2,700"
    qs = questions("Dredging of the harbour took nine weeks.")
    assert qs["How many weeks did dredging of the harbour take?"] == "nine"
    qs = questions("Speaking at the inquiry Dr Alvarez counted 30 errors.")
    assert not any(q.startswith("How many errors did inquiry") for q in qs)


def test_a_leading_phrase_with_a_demonstrative_is_asked_at_the_end() -> None:
    qs = questions("During this winter the ferry ran for 40 days without a break.")
    assert qs["For how many days did the ferry run without a break during this winter?"] == "40"
    qs = questions("Durante questa estate il rifugio è rimasto aperto per 90 giorni.", "it")
    assert qs["Per quanti giorni è rimasto aperto il rifugio durante questa estate?"] == "90"
    # a demonstrative that points to the sentence before stays out of the question
    qs = questions("In those winters the ferry ran for 40 days without a break.")
    assert not any("those winters" in q for q in qs), qs


def test_an_adverb_of_manner_before_a_duration_is_left_out() -> None:
    qs = questions("The lighthouse keeper worked nearly constantly for 11 days.")
    assert qs["For how many days did the lighthouse keeper work?"] == "11"


def test_a_relative_clause_after_a_name_and_its_age_tells_of_the_name() -> None:
    qs = questions("Jo Marsh, 47, who keeps 60 hives above the valley, said the summer was poor.")
    assert qs["How many hives does Jo Marsh keep above the valley?"] == "60"
    qs = questions("Mario Bianchi, 58 anni, che gestisce 40 negozi, ha tagliato il nastro.", "it")
    assert qs["Quanti negozi gestisce Mario Bianchi?"] == "40"


def test_a_phrase_of_whom_a_count_is_for_is_no_kind_of_the_counted_thing() -> None:
    qs = questions(
        "Il comitato in autunno aveva raccolto 600 firme a sostegno della proposta.", "it"
    )
    assert not any("a sostegno aveva" in q for q in qs)
    asked = "Quante firme aveva raccolto il comitato in autunno a sostegno della proposta?"
    assert qs[asked] == "600"


def test_a_participle_before_by_that_describes_the_subject_is_no_main_verb() -> None:
    qs = questions("A letter signed by more than 1,900 parents was sent to the trust.")
    assert not any("did a letter sign" in q for q in qs)
    assert not any(q.startswith("By how many") for q in qs)


def test_be_able_to_and_in_grado_di_are_part_of_the_verb_group() -> None:
    qs = questions("The new ferry will be able to carry 90 cars.")
    assert qs["How many cars will the new ferry be able to carry?"] == "90"
    qs = questions("Il nuovo traghetto sarà in grado di trasportare 90 auto.", "it")
    assert qs["Quante auto sarà in grado di trasportare il nuovo traghetto?"] == "90"


def test_a_named_place_before_the_count_preposition_goes_to_the_end() -> None:
    qs = questions("Dan Pike pleaded guilty at Exeter Crown Court to 9 offences.")
    assert qs["To how many offences did Dan Pike plead guilty at Exeter Crown Court?"] == "9"
    qs = questions("The bakery sold bread in Totnes to 80 cafes.")
    assert qs["To how many cafes did the bakery sell bread in Totnes?"] == "80"


def test_a_tail_cut_by_a_bracket_inside_a_name_is_not_asked() -> None:
    qs = questions("Dan Pike pleaded guilty to 9 offences under the Fire Safety (England) Order.")
    assert not any(q.endswith("under the Fire Safety?") for q in qs)


def test_a_count_of_parts_before_a_name_is_asked_of_the_name() -> None:
    qs = questions("The trust bought the 36-room Harbour View Hotel last spring.")
    assert qs["How many rooms does the Harbour View Hotel have?"] == "36"
    qs = questions("Patients at the 60-bed Rowan House unit were moved.")
    assert not any(q.startswith("How many beds does") for q in qs)


def test_a_question_with_there_for_a_place_it_does_not_show_is_not_asked() -> None:
    qs = questions("Mary Cole joined the mill in 1961 and worked 30 years there until it shut.")
    assert not any(" there " in f" {q} " for q in qs)
    qs = questions("There are 14 bridges across the river now.")
    assert not any(q.endswith(" here?") for q in qs)
