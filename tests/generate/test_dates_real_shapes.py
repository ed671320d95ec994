"""Dates inside the shapes of real sentences: a participle set off after a name with 'di'
phrases in it, a participle after a copula's noun with a particle or a name it made, a bare
noun phrase before an opening participle, a phrase of place set off after an opening date, and
a second verb after 'and' with an adverb before it."""

from __future__ import annotations

from tests.generate.helpers import questions_of

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}
# A first entry that names its heading, so that the entry after it is read as one.
_FIRST_ENTRY = {
    "it": "Fiume Sele\n\nIl fiume Sele nasce sui monti Picentini, in Irpinia.",
    "en": "River Tees\n\nThe River Tees rises on Cross Fell in the North Pennines.",
}
_ENTRY_LEAD = {
    "it": "Lunedì è stato annunciato un contributo di 40.000 euro per {name}.",
    "en": "A grant of £40,000 was announced on Monday for {name}.",
}


def _asked(body: str, language: str) -> dict[str, str]:
    return questions_of(f"{_TITLE[language]}\n\n{body}", language)


def _entry_asked(name: str, body: str, language: str) -> dict[str, str]:
    lead = _ENTRY_LEAD[language].format(name=name)
    first = _FIRST_ENTRY[language]
    text = f"{_TITLE[language]}\n\n{lead}\n\n{first}\n\n{name}\n\n{body}\n"
    return questions_of(text, language)


def test_a_participle_set_off_after_a_name_with_di_phrases_is_the_names() -> None:
    it = (
        "Il consorzio è nato quando il Corpo nazionale delle Guide Alpine, fondato nel 1921, "
        "è stato sciolto."
    )
    assert _asked(it, "it")["In che anno fu fondato il Corpo nazionale delle Guide Alpine?"] == (
        "1921"
    )
    # A participle that agrees with no noun of the name is not asked of it.
    it = "Il progetto riguarda il Museo della Città, fondata nel 1921, e il suo parco."
    assert "In che anno fu fondato il Museo della Città?" not in _asked(it, "it")


def test_a_participle_after_a_copulas_noun_with_its_particle_or_what_it_was_made() -> None:
    en = "Gorran Transport is the regional transport agency of Cornwall, set up in March 2007."
    assert _asked(en, "en")["When was Gorran Transport set up?"] == "March 2007"
    en = "Gorran Island is an island off the coast of Cornwall, declared a nature reserve in 1978."
    assert _asked(en, "en")["In what year was Gorran Island declared a nature reserve?"] == "1978"
    it = (
        "L’isola di Gorran è un’isola al largo della Sardegna, dichiarata riserva naturale "
        "nel 1978."
    )
    assert _asked(it, "it")["In che anno fu dichiarata riserva naturale l’isola di Gorran?"] == (
        "1978"
    )


def test_a_bare_noun_before_an_opening_participle_says_what_the_subject_is() -> None:
    it = "Riserva naturale istituita nel 1987, si estende per circa 4.000 ettari lungo la costa."
    asked = _entry_asked("Riserva naturale di Vendicari", it, "it")
    assert asked["In che anno fu istituita la Riserva naturale di Vendicari?"] == "1987"
    en = "A wetland established in 1987, it covers about 640 hectares of the estuary."
    asked = _entry_asked("Gorran Marsh", en, "en")
    assert asked["In what year was Gorran Marsh established?"] == "1987"
    # Not "When did a former mill build?": the phrase tells what the museum is.
    en = "A former mill built in 1790, the museum was restored in 2010."
    asked = _asked(en, "en")
    assert asked["In what year was the museum built?"] == "1790"
    assert not any(q.startswith("When did a former mill") for q in asked)


def test_a_phrase_of_place_set_off_after_an_opening_date() -> None:
    it = (
        "Sabato 14 giugno, nella piazza del municipio di Gorran, il sindaco ha inaugurato la "
        "nuova fontana."
    )
    assert _asked(it, "it")["Quando il sindaco ha inaugurato la nuova fontana?"] == "14 giugno"
    it = "Sabato 14 giugno, davanti a una piazza piena, è stata posata la prima pietra del museo."
    assert _asked(it, "it")["Quando è stata posata la prima pietra del museo?"] == "14 giugno"
    # A participle's date with an aside after it is no opening date: nothing is cut.
    it = "Fondata nel 1946, nell’immediato dopoguerra, ha sede a Roma."
    assert not any(q.startswith("Quando fondata") for q in _asked(it, "it"))


def test_a_second_verb_after_and_with_an_adverb_before_it() -> None:
    en = "The Gorran mill opened in 1897 and finally closed in 1987."
    assert _asked(en, "en")["When did the Gorran mill finally close?"] == "1987"


def test_a_date_at_the_end_of_a_with_phrase_of_a_plan() -> None:
    en = "Work on the Gorran bypass will begin soon, with the first lane opened to traffic in 2029."
    assert _asked(en, "en")["When will the first lane be opened to traffic?"] == "2029"
    en = "The Gorran quay is due to reopen in May, with the first ferries running by June 2027."
    assert _asked(en, "en")["By when will the first ferries run?"] == "June 2027"
    it = (
        "I lavori del porto di Gorran partiranno a gennaio, con la consegna del cantiere "
        "prevista per marzo 2026."
    )
    assert _asked(it, "it")["Quando è prevista la consegna del cantiere?"] == "marzo 2026"
    # A clause told in the past is no plan: the phrase's date is not asked of what will be.
    en = "The players were due to parade in May, with the Gorran school given the day off in June."
    assert not any(q.startswith("When will") for q in _asked(en, "en"))
    # "la fine": of what, out of the clause?
    it = "I lavori del porto di Gorran dureranno due anni, con la fine fissata a luglio 2028."
    assert "Quando è fissata la fine?" not in _asked(it, "it")


def test_an_entrys_sentence_that_opens_with_its_date_and_goes_on_with_it() -> None:
    en = "In 2009 it became a Unesco World Heritage Site."
    asked = _entry_asked("Gorran Aqueduct", en, "en")
    assert asked["When did Gorran Aqueduct become a Unesco World Heritage Site?"] == "2009"
    it = "Dal 2014 comprende anche il territorio dell’ex comune di Castelmonte."
    asked = _entry_asked("Pontevecchio", it, "it")
    question = "Da quando Pontevecchio comprende il territorio dell’ex comune di Castelmonte?"
    assert asked[question] == "2014"
    # Two verbs: the date is the first's, and put last it would read as the second's.
    it = "Dal 2020 fa parte del consorzio dei trasporti e trasporta circa 9 milioni di passeggeri."
    asked = _entry_asked("Gorran Bus", it, "it")
    assert not any("trasporta" in q for q, a in asked.items() if a == "2020")


def test_an_entrys_opening_phrase_before_a_clause_of_time() -> None:
    en = (
        "A unitary authority created on 1 April 2021, when Gorran County Council and seven "
        "district councils were abolished."
    )
    asked = _entry_asked("West Gorran Council", en, "en")
    assert asked["When was West Gorran Council created?"] == "1 April 2021"
    assert not any(q.startswith("When did a unitary") for q in asked)
