"""Who the article's people are, and what kind of thing each background entry is."""

from __future__ import annotations

from quizlib.generate.document import build_document, find_people
from quizlib.generate.extract.common import people_in
from quizlib.generate.given_names import gender, is_given_name
from quizlib.generate.text import clean


def test_a_given_name_makes_a_person_of_a_name_said_once() -> None:
    it = find_people(["Il gruppo di ricerca guidato da Chiara Morandi ha isolato il ceppo."], "it")
    assert it.get("Chiara Morandi") == "Chiara Morandi"
    en = find_people(["The motion was opposed by Declan Murtagh and passed anyway."], "en")
    assert en.get("Declan Murtagh") == "Declan Murtagh"


def test_two_given_names_open_a_name_of_three_words() -> None:
    it = find_people(["La cardiologa Anna Maria Vitale parla.", "«Bene», ha detto Vitale."], "it")
    assert it.get("Vitale") == "Anna Maria Vitale"
    en = find_people(["Mary Ann Lamb led the study.", '"It works," Lamb said.'], "en")
    assert en.get("Lamb") == "Mary Ann Lamb"
    # a saint's name is a church, not a person: "Santa" is no given name
    assert find_people(["La chiesa di Santa Maria Novella è chiusa. Novella è bella."], "it") == {}


def test_an_age_after_a_name_makes_a_person() -> None:
    people = find_people(["Among them was Okonkwo Adeyemi, 58, a retired teacher."], "en")
    assert "Okonkwo Adeyemi" in people


def test_letters_after_a_name_and_an_office_set_off_after_it_make_a_person() -> None:
    people = find_people(
        [
            "Sentencing on Tuesday, Judge Margaret Rafferty KC said the firm had been warned.",
            "Outside the court, Declan Óg Mallon, chair of the Ballinderry Rivers Trust, spoke.",
        ],
        "en",
    )
    assert people.get("Rafferty") == "Margaret Rafferty"
    assert people.get("Mallon") == "Declan Óg Mallon"
    assert "Ballinderry Rivers Trust" not in people


def test_places_and_things_are_no_people() -> None:
    texts = [
        "Trains now run on the Amber Line every day. Line G opens next year.",
        "The telescope stands on Cerro Tololo. Tololo is a mountain.",
        "Ferries leave from Ellis Island. Ellis loved it.",
        "She grew up in Northern Ireland, 30 miles from Belfast. Ireland is near.",
    ]
    people = find_people(texts, "en")
    assert not {"Amber Line", "Cerro Tololo", "Ellis Island", "Northern Ireland"} & set(people)
    it = find_people(
        ["Il consorzio unisce il Parmigiano Reggiano al Prosciutto di Parma. Il Prosciutto vende."],
        "it",
    )
    assert "Reggiano al Prosciutto" not in it


def test_given_names_and_their_gender() -> None:
    assert is_given_name("Chiara") and is_given_name("Jean-François")
    assert not is_given_name("Marina") and not is_given_name("Roma")
    assert gender("Maria Lopez") == "f" and gender("Tom Birch") == "m"
    assert gender("Andrea Neri") is None  # a man in Italy, a woman in England


def test_welsh_irish_and_scottish_given_names_make_a_person() -> None:
    en = find_people(["Defending, Sian Pritchard said the man was sorry."], "en")
    assert en.get("Sian Pritchard") == "Sian Pritchard"
    assert gender("Eilidh Ross") == "f" and gender("Rhys Bevan") == "m"


def _kinds(text: str, language: str) -> dict[str, str]:
    return {e.name: e.kind for e in build_document(clean(text), language).entries}


def test_an_entry_kind_is_its_definition_head_noun() -> None:
    text = (
        "A title for the test article\n\nThe institute published a report on Monday.\n\n"
        "Baltic Institute\n\nThe Baltic Institute is an economic research institute in the "
        "northern German city of Rostock.\n\n"
        "Harbour Metro\n\nHarbour Metro is the light-rail system serving Lisbon and its "
        "metropolitan area.\n\n"
        "Lending Bank\n\nThe Lending Bank is the lending institution of the union.\n\n"
        "Old College\n\nOld College is one of the oldest universities in the world."
    )
    assert _kinds(text, "en") == {
        "Baltic Institute": "org",
        "Harbour Metro": "thing",
        "Lending Bank": "org",
        "Old College": "org",
    }
    it = (
        "Un titolo per la prova\n\nIl comune ha approvato il piano.\n\n"
        "Bari\n\nBari è il capoluogo della Puglia, affacciata sul mare Adriatico.\n\n"
        "San Cataldo\n\nSan Cataldo è una frazione marina del comune di Lecce.\n\n"
        "Pestvár\n\nPestvár si formò nel 1873 unendo tre città sulle rive del fiume."
    )
    assert _kinds(it, "it") == {"Bari": "city", "San Cataldo": "city", "Pestvár": "city"}


def test_surnames_with_prefixes_and_titles_of_councillors() -> None:
    people = find_people(
        [
            "The motion was tabled by Councillor Aoife O’Dwyer on Monday.",
            "“We cannot wait,” O’Dwyer said. The plan was drafted by Fiona McLeish.",
            "McLeish agreed. Ferries are run by MacBrayne, a state company.",
        ],
        "en",
    )
    assert people.get("O’Dwyer") == "Aoife O’Dwyer"
    assert people.get("McLeish") == "Fiona McLeish"
    assert "MacBrayne" not in people


def test_a_name_right_after_an_organisations_kind_is_the_organisations() -> None:
    it = find_people(
        ["Secondo il presidente della società Alpi Funivie, Stefano Perrod, la stagione è lunga."],
        "it",
    )
    assert "Alpi Funivie" not in it and it.get("Stefano Perrod") == "Stefano Perrod"
    en = find_people(["The chief executive of the company Blue Harbour, Ann Lee, said no."], "en")
    assert "Blue Harbour" not in en


def test_a_place_named_after_someone_does_not_name_the_person() -> None:
    texts = [
        "La coppa sarà esposta nella sede del club, in via Giuseppe Verdi, da martedì.",
        "La partita si giocherà allo stadio Gino Bartali; il liceo Galileo Galilei resterà chiuso.",
        "Lo ha detto il sindaco Marco Bellini, che ha incontrato Giuseppe Verdi.",
    ]
    people = find_people(texts[:2], "it")
    assert not {"Giuseppe Verdi", "Gino Bartali", "Galileo Galilei"} & set(people)
    # The same name as a person elsewhere is a person.
    assert find_people(texts, "it").get("Giuseppe Verdi") == "Giuseppe Verdi"


def test_what_an_office_is_for_is_no_person_after_its_title() -> None:
    texts = [
        "Deputy Paul Renouf, Jersey’s Minister for Sustainable Economic Development, said yes.",
        "Renouf spoke first.",
    ]
    people = find_people(texts, "en")
    assert "Economic Development" not in people
    assert people["Renouf"] == "Paul Renouf"


def test_a_body_named_with_an_adjective_first_is_no_person() -> None:
    texts = [
        "The developer said it would work closely with Natural England on the timings.",
        "The spit lies on the north coast of Norfolk, England.",
        "Sebastian Coe opened the track, and Coe ran the first lap.",
    ]
    people = find_people(texts, "en")
    assert "Natural England" not in people and "England" not in people
    assert people.get("Coe") == "Sebastian Coe"


def test_a_campaign_named_with_an_imperative_is_no_person() -> None:
    texts = [
        "Save Hexham's Old Bridge gathered 3,000 signatures against the plan.",
        "The bridge has stood in Hexham since 1793, and Hexham's council owns it.",
        "Stop Marston Quarry said it would appeal; Marston residents agreed.",
        "Grace Marston, a teacher, spoke against the quarry.",
    ]
    people = find_people(texts, "en")
    assert "Save Hexham" not in people and "Hexham" not in people
    assert "Stop Marston" not in people
    assert people.get("Marston") == "Grace Marston"


def test_a_surname_that_names_a_family_is_not_the_person() -> None:
    text = (
        "Il reperto è stato trovato da Mattia Corradi, 27 anni. Corradi lavora nella cava. "
        "La famiglia Corradi, proprietaria della cava da sette generazioni, aprirà gli scavi."
    )
    doc = build_document(clean(text), "it")
    assert [name for *_, name in people_in(doc.sentences[1].text, doc)] == ["Mattia Corradi"]
    assert people_in(doc.sentences[2].text, doc) == []
    text = (
        "The stone was found by Ewan Lennox. Lennox works at the quarry. "
        "The Lennox family, who have owned the quarry since 1890, will open it to visitors."
    )
    doc = build_document(clean(text), "en")
    assert people_in(doc.sentences[2].text, doc) == []


def test_a_building_is_no_person_and_a_reverend_is_one() -> None:
    texts = [
        "The organ of Lincoln Cathedral sounded again; the Cathedral was full.",
        "The dean, the Very Rev Simon Hale, spoke first.",
    ]
    people = find_people(texts, "en")
    assert "Lincoln Cathedral" not in people and "Cathedral" not in people
    assert people.get("Simon Hale") == "Simon Hale"


def test_a_city_and_the_place_after_it_are_no_person() -> None:
    texts = [
        "Lo scalo più colpito è stato quello di Roma Fiumicino, con 212 voli cancellati.",
        "L’aeroporto di Fiumicino è il più grande scalo italiano.",
        "La società ha sede a Roma.",
    ]
    people = find_people(texts, "it")
    assert "Roma Fiumicino" not in people and "Fiumicino" not in people
