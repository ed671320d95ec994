"""Definitions that teach something true of the thing itself: no apposition read as the
name's that describes the noun the name completes, none that points back into the article,
no list item taken for a name, and no reverse question cut inside a complement; on small
texts of their own in Italian and English."""

from __future__ import annotations

from .test_definitions import asked, entry


def test_a_reverse_question_is_not_cut_inside_a_complement() -> None:
    qs = entry(
        "Valcamonica",
        "La Valcamonica è un’area montana della provincia di Brescia, compresa tra la sponda "
        "settentrionale del Lago d’Iseo e la città di Edolo, che comprende 40 comuni.",
    )
    assert qs[
        "Quale area montana della provincia di Brescia è compresa tra la sponda settentrionale "
        "del Lago d’Iseo e la città di Edolo?"
    ] == ("Valcamonica")
    qs = entry(
        "Parco del Ticino",
        "Il Parco del Ticino è un’area protetta istituita nel 1974 che tutela il corso medio e "
        "basso del fiume, dalla diga fino alla foce.",
    )
    assert not any(q.endswith("il corso medio e basso fu istituita nel 1974?") for q in qs)
    qs = entry(
        "Wye Park",
        "Wye Park is a protected area established in 1985 that protects the middle and lower "
        "course of the river, from Hay to Chepstow.",
        "en",
    )
    assert not any("lower course was" in q for q in qs)


def test_an_apposition_after_a_noun_s_complement_describes_the_noun() -> None:
    qs = entry(
        "Old Harbour",
        "The Old Harbour is the main quay of Whitby, a stretch of stone that runs from the "
        "bridge to the pier.",
        "en",
    )
    assert "What is Whitby?" not in qs
    assert qs["What is the Old Harbour?"] == "the main quay of Whitby"
    assert asked("I turisti affollano la spiaggia di Alghero, una distesa di sabbia chiara.") == {}
    # A noun that names the name's own kind leaves the apposition the name's.
    qs = asked("Sono arrivati nel paese di Bosa, una cittadina della Sardegna occidentale, ieri.")
    assert qs == {"Che cos’è Bosa?": "una cittadina della Sardegna occidentale"}


def test_a_definition_that_points_back_into_the_article_is_not_asked() -> None:
    text = (
        "La festa celebra il Torrone di Cremona, il dolce che da secoli rappresenta la "
        "principale ricchezza di questa città lombarda."
    )
    assert "Che cos’è il Torrone di Cremona?" not in asked(text)
    text = (
        "The fair celebrates Kendal Mint Cake, the sweet that has made the fortune of this "
        "market town for generations."
    )
    assert "What is Kendal Mint Cake?" not in asked(text, "en")


def test_the_next_item_of_a_list_names_nothing_before_it() -> None:
    text = "Il paese è famoso per le sue chiese barocche, l’eredità normanna e le antiche sagre."
    assert asked(text) == {}
    text = "The town is known for its wooden churches, the wayzgoose and the old fairs."
    assert asked(text, "en") == {}


def test_a_kind_of_a_size_alone_takes_the_place_after_it() -> None:
    qs = entry(
        "Portavogie",
        "Portavogie is a small town on the coast of County Down, Northern Ireland, about 20 "
        "miles east of Belfast.",
        "en",
    )
    assert qs["What is Portavogie?"] == "a small town on the coast of County Down"
    qs = entry(
        "Matosinhos",
        "Matosinhos is a city and municipality on the north bank of the Leça, directly north "
        "of Porto, with 175,000 inhabitants.",
        "en",
    )
    assert qs["What is Matosinhos?"] == "a city and municipality on the north bank of the Leça"
    assert "What is Ardrossan?" not in entry("Ardrossan", "Ardrossan is a small town.", "en")
    assert "Che cos’è Bosa?" not in entry("Bosa", "Bosa è una piccola città.")


def test_a_name_completing_a_noun_is_not_what_the_superlative_after_it_praises() -> None:
    text = (
        "È stata inaugurata ieri la nuova Unità di Cardiologia dell’ospedale San Carlo di "
        "Potenza, la prima in Basilicata a usare il nuovo robot."
    )
    assert asked(text) == {}
    qs = asked("Alla cerimonia c’era Elena Cornaro Piscopia, la prima donna al mondo a laurearsi.")
    assert qs == {"Chi è la prima donna al mondo a laurearsi?": "Elena Cornaro Piscopia"}


def test_an_english_plural_predicate_is_asked_with_are() -> None:
    qs = entry(
        "Geddes cuts",
        "The Geddes cuts were the closures of army camps and depots in Britain that followed a "
        "report published in 1922 by Sir Eric Geddes.",
        "en",
    )
    # Two plural nouns joined by 'and' are one list, and a relative clause too long to learn
    # whole is left out of the definition.
    assert qs["What were the Geddes cuts?"] == "the closures of army camps and depots in Britain"
    assert not any(q.startswith("What is the closures") for q in qs)
    ward = "The Ward cuts were the closures of small schools in Britain that followed the report."
    # a plural identity told in the past is asked in the past
    assert "What were the closures of small schools in Britain that followed the report?" in (
        entry("Ward cuts", ward, "en")
    )
    qs = entry("Rockies", "The Rockies are the largest mountain system in North America.", "en")
    assert qs["What is the largest mountain system in North America?"] == "Rockies"
    qs = entry("Dresden", "Dresden is the capital of Saxony and lies on the River Elbe.", "en")
    assert qs["What is Dresden?"] == "the capital of Saxony"


def test_a_gloss_of_another_number_is_no_definition_of_the_term() -> None:
    """'la posa del vigneto, cioè i filari ...': a plural gloss after a singular term says
    what a word inside the term is, not the term."""
    qs = asked(
        "Il consorzio ha pagato l’acquisto del vivaio, cioè le piantine giovani che "
        "sostituiscono quelle malate."
    )
    assert not any("acquisto" in q for q in qs)
    qs = asked("Sono stati esposti gli ex voto, cioè le offerte lasciate dai pellegrini.")
    assert qs == {"Che cosa sono gli ex voto?": "le offerte lasciate dai pellegrini"}


def test_a_reverse_question_asks_the_first_part_of_a_description() -> None:
    qs = entry(
        "Ashdown Museum",
        "The Ashdown Museum is a museum in Lewes, founded in 1872 and holding one of the "
        "largest collections of Saxon coins in England.",
        "en",
    )
    assert "Which museum in Lewes was founded in 1872?" in qs
    assert not any("holding" in q for q in qs)


def test_an_apposition_that_is_a_clause_defines_nothing() -> None:
    """'..., the Old Forge, the building once housed the bellows ...': 'the building' is the
    subject of 'housed', no apposition of the name."""
    qs = asked(
        "Known to the village simply as the Old Forge, the building once housed the bellows "
        "and anvils used to shoe horses.",
        "en",
    )
    assert not any("housed" in q or "Old Forge" in q for q in qs)


def test_a_reverse_question_never_splits_a_figure() -> None:
    qs = entry(
        "Bideford",
        "Bideford is a port town in north Devon with a population of about 18,000, founded "
        "in the 11th century on the estuary of the Torridge.",
        "en",
    )
    assert not any("18, 000" in q for q in qs)
