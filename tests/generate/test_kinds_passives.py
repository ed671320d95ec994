"""Names asked by their kind or as agents (kinds.py, agents.py): an Italian kind in small letters
joined to its name by 'di' ('nel golfo di Manfredonia'), and the present passive of a person or
a body ('The farm is owned by Simon Hale', 'Il museo viene gestito da Mario Rossi')."""

from __future__ import annotations

from quizlib.generate.extract import agents, kinds, objects
from tests.generate.helpers import article_document


def _questions(module: object, text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    extract = module.extract  # type: ignore[attr-defined]
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_an_italian_kind_joined_to_its_name_by_di_is_asked_by_the_kind() -> None:
    found = _questions(kinds, "Il torrente Sabato sfocia nel golfo di Salerno.", "it")
    assert found == {"In quale golfo sfocia il torrente Sabato?": "golfo di Salerno"}
    found = _questions(
        kinds, "La Tessitura Neri ha aperto un magazzino nel comune di Poggibonsi.", "it"
    )
    assert found == {
        "In quale comune la Tessitura Neri ha aperto un magazzino?": "comune di Poggibonsi"
    }
    elided = _questions(
        kinds, "La Tessitura Neri ha aperto un magazzino nella valle d’Aosta.", "it"
    )
    assert elided == {"In quale valle la Tessitura Neri ha aperto un magazzino?": "valle d’Aosta"}


def test_nel_corso_di_is_during_not_an_avenue() -> None:
    text = "La Tessitura Neri ha firmato l’accordo nel corso della Fiera di Milano."
    assert _questions(kinds, text, "it") == {}


def test_a_present_passive_asks_who_holds_or_runs_it() -> None:
    en = _questions(agents, "The Glenmore Farm is owned by Simon Hale.", "en")
    assert en == {"Who owns the Glenmore Farm?": "Simon Hale"}
    body = _questions(agents, "The Arran ferries are run by Clyde Marine Services Ltd.", "en")
    assert body == {"Who runs the Arran ferries?": "Clyde Marine Services Ltd"}
    titled = _questions(
        agents, "The bed of Loch Tay is privately owned by the Earl of Breadalbane.", "en"
    )
    assert titled == {"Who privately owns the bed of Loch Tay?": "Earl of Breadalbane"}
    it = _questions(
        agents, "Il Museo Civico di Lucca viene gestito dalla Fondazione Puccini.", "it"
    )
    assert it == {
        "Da quale fondazione viene gestito il Museo Civico di Lucca?": "Fondazione Puccini"
    }
    present = _questions(
        agents, "Gli scavi di Paestum sono coordinati dalla Soprintendenza di Salerno.", "it"
    )
    assert present == {"Da chi sono coordinati gli scavi di Paestum?": "Soprintendenza di Salerno"}


def test_a_present_passive_of_a_thing_or_a_place_asks_no_one() -> None:
    assert _questions(agents, "The Brandenburg Gate is topped by the Quadriga.", "en") == {}
    assert _questions(agents, "Kauri dieback is caused by Phytophthora agathidicida.", "en") == {}
    assert _questions(agents, "The Glenmore Farm is based by Loch Tay.", "en") == {}
    assert _questions(agents, "Mario Rossi è arrivato da Roma nel pomeriggio.", "it") == {}
    it = "Il centro storico di Lucca è dominato dalla Torre Guinigi."
    assert _questions(agents, it, "it") == {}


def test_a_name_after_an_opening_time_does_the_deed() -> None:
    it = _questions(
        agents, "Già nel 2019 la Procura di Lucca aveva aperto un’indagine sul ponte.", "it"
    )
    assert it == {"Quale procura aveva aperto un’indagine sul ponte?": "Procura di Lucca"}
    colon = "Non è la prima volta: nel 2019 la Procura di Lucca aveva aperto un’indagine sul ponte."
    assert _questions(agents, colon, "it") == it
    en = _questions(
        agents, "In 2021 the Highland Council published a plan for the Skye bridge.", "en"
    )
    assert en == {"Which council published a plan for the Skye bridge?": "Highland Council"}
    day = _questions(agents, "On Tuesday Perth City Council approved the Kinnoull Hill plan.", "en")
    assert day == {"Which council approved the Kinnoull Hill plan?": "Perth City Council"}


def test_an_opening_claim_is_no_time() -> None:
    it = "Secondo l’accusa la Procura di Lucca aveva nascosto le carte del ponte."
    assert _questions(agents, it, "it") == {}
    en = "According to police, Simon Hale stole the Kirkgate Market van."
    assert _questions(agents, en, "en") == {}


def test_a_given_name_and_a_kind_word_is_a_person() -> None:
    text = "Glenmore Farm was sold to Simon Castle in 2019."
    assert _questions(kinds, text, "en") == {}
    near = _questions(kinds, "The Glenmore march ended in George Square on Sunday.", "en")
    assert near == {"In which square did the Glenmore march end on Sunday?": "George Square"}


def test_a_title_one_appears_in_is_no_place() -> None:
    assert _questions(kinds, "Jane Ward appeared in Coronation Street for ten years.", "en") == {}
    assert _questions(kinds, "Anna Neri ha recitato in Piazza Grande per dieci anni.", "it") == {}
    near = _questions(kinds, "Jane Ward lived in Coronation Street for ten years.", "en")
    assert near == {"In which street did Jane Ward live for ten years?": "Coronation Street"}
    place = _questions(kinds, "Anna Neri ha recitato nel Teatro Verdi per dieci anni.", "it")
    assert place == {"In quale teatro Anna Neri ha recitato per dieci anni?": "Teatro Verdi"}


def test_a_vehicle_of_an_owner_is_not_asked_by_the_owners_name() -> None:
    text = "Il traghetto della Moby è attraccato nel porto di Olbia."
    assert _questions(objects, text, "it") == {}
    near = _questions(objects, "Il traghetto Moby Aki è attraccato nel porto di Olbia.", "it")
    assert near == {"Quale traghetto è attraccato nel porto di Olbia?": "Moby Aki"}


def test_a_town_and_its_province_set_after_it() -> None:
    text = (
        "Il TAR ha annullato il permesso per la cava di Monte Lieto, nel territorio di Sessa, "
        "in provincia di Caserta."
    )
    assert _questions(kinds, text, "it") == {"In quale provincia si trova Sessa?": "Caserta"}
    town = _questions(kinds, "Il furto è avvenuto a Colle di Tora, in provincia di Rieti.", "it")
    assert town == {"In quale provincia si trova Colle di Tora?": "Rieti"}
    plant = _questions(
        kinds, "Lo stabilimento Rivolta di Fara, in provincia di Bergamo, chiude.", "it"
    )
    assert plant == {"In quale provincia si trova Fara?": "Bergamo"}


def test_an_opening_complement_is_no_passives_subject() -> None:
    text = "Dal 2011 la Torta di Lucca è tutelata dalla Camera di Commercio di Lucca."
    assert _questions(agents, text, "it") == {}
