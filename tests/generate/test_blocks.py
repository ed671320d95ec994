from quizlib.generate.blocks import classify, read_layout
from quizlib.generate.language import detect_language
from quizlib.generate.text import clean

TEXT = """Logo

Un titolo abbastanza lungo per il giornale

Immagine 1

Una didascalia senza punto

Il primo paragrafo dell’articolo racconta un fatto importante avvenuto a Roma.

Leggi anche: un altro articolo

Roma

Roma è la capitale d’Italia, fondata secondo la leggenda nel 753 a.C.

Unione Europea (UE)

L’Unione Europea è un’unione politica ed economica di 27 paesi.
"""


def test_furniture_and_captions_are_dropped() -> None:
    layout = read_layout(clean(TEXT))
    texts = [b.text for b in layout.body]
    assert "Logo" not in texts
    assert "Una didascalia senza punto" not in texts
    assert not any(t.startswith("Leggi anche") for t in texts)
    assert layout.title == "Un titolo abbastanza lungo per il giornale"


def test_entries_are_recognised_by_their_opening() -> None:
    layout = read_layout(clean(TEXT))
    assert [e.heading for e in layout.entries] == ["Roma", "Unione Europea (UE)"]
    assert all(b.kind != "heading" or b.text != "Roma" for b in layout.body)


def test_subheading_is_not_an_entry() -> None:
    text = "Un sottotitolo qualsiasi\n\nIl governo ha deciso ieri una nuova legge.\n"
    layout = read_layout(text)
    assert layout.entries == ()


def test_classify() -> None:
    assert classify("Foto: Reuters").kind == "furniture"
    assert classify("Read more: the story").kind == "furniture"
    assert classify("- un punto dell’elenco").kind == "item"
    assert classify("Budapest").kind == "heading"
    assert classify("Una frase completa con il suo punto.").kind == "paragraph"
    assert classify("---- *** ----").kind == "furniture"


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The council met in the capital on Monday and agreed a plan that\n"
        "covers the next ten years of cooperation.\n"
    )
    layout = read_layout(text)
    assert len(layout.body) == 1 and layout.body[0].text.endswith("cooperation.")


def test_a_headline_over_a_longer_lead_is_not_a_wrapped_line() -> None:
    text = (
        "Tram T2, the valley gets closer: the line to the northern villages opens\n"
        "After four years of works and twenty months of delay, the trams of the second line "
        "began their service on Sunday morning. Nine thousand passengers a day are expected\n"
        "Photo: The first tram leaving the station on Sunday morning\n\n"
        "The line is eleven kilometres long and has sixteen stops.\n"
    )
    layout = read_layout(text)
    assert layout.title is not None and layout.title.endswith("to the northern villages opens")
    lead = next(b for b in layout.body if b.kind == "paragraph")
    assert lead.text.startswith("After four years")
    assert lead.text.endswith("are expected")  # the caption is not joined to it
    assert not any("Photo" in b.text for b in layout.body)
    # A sentence broken by hand goes on in small letters, however long its rest.
    broken = (
        "The report’s lead author, Associate Professor Sam Whitfield, warned\n"
        "that the results would need to be confirmed by national data in the next two years, "
        "when the first children of the programme sit the tests.\n"
    )
    assert len(read_layout(broken).body) == 1


def test_a_long_first_line_with_no_stop_is_the_headline() -> None:
    text = (
        "Cultura | Archeologia\n"
        "Paestum, riaffiora un tempietto dorico fuori dalle mura: «Una scoperta che riscrive la "
        "storia della città»\n\n"
        "Un piccolo tempio dorico è tornato alla luce a poche centinaia di metri dalle mura.\n\n"
        "Trecento ex voto\n\n"
        "Accanto al basamento si è rinvenuto un deposito votivo.\n"
    )
    layout = read_layout(text)
    assert layout.title is not None and layout.title.startswith("Paestum, riaffiora")
    assert [b.kind for b in layout.body] == ["heading", "paragraph", "heading", "paragraph"]
    # A first paragraph that ends with a stop is text.
    text = "Un piccolo tempio dorico è tornato alla luce a poche centinaia di metri dalle mura.\n\n"
    assert [b.kind for b in read_layout(text + text).body] == ["paragraph", "paragraph"]


def test_a_long_heading_right_above_its_entry_is_not_joined_to_it() -> None:
    text = (
        "Headline of the story about the farms\n\n"
        "The council met in the capital on Monday and agreed a plan.\n\n"
        "Department for Environment Food and Rural Affairs Agency of Wales\n"
        "The Department for Environment Food and Rural Affairs Agency of Wales (DEFRAA) is a body "
        "founded in 2001.\n"
    )
    layout = read_layout(text)
    assert [e.heading for e in layout.entries] == [
        "Department for Environment Food and Rural Affairs Agency of Wales"
    ]
    wrapped = (
        "The council met in the capital on Monday and agreed a plan with\n"
        "The Department for Environment, which covers the next ten years.\n"
    )
    assert len(read_layout(wrapped).body) == 1


def test_a_dash_that_goes_on_with_a_wrapped_sentence_is_no_list_item() -> None:
    text = (
        "Headline of the story about the ferries\n\n"
        "“We’ve had eleven bookings cancelled since Monday, and I don’t blame anyone\n"
        "– you can’t come to an island if there’s no boat,” said Alasdair Currie,\n"
        "who runs a hotel in Lamlash.\n\n"
        "The plan has three parts, each costed separately by the council this year:\n"
        "– a new slipway at the harbour, to be built by the end of the next summer season\n"
        "– a second vessel for the winter timetable\n"
    )
    body = read_layout(text).body
    assert [b.kind for b in body] == ["heading", "paragraph", "paragraph", "item", "item"]
    assert body[1].text.startswith("“We’ve had") and body[1].text.endswith("in Lamlash.")


def test_language_detection() -> None:
    assert detect_language("Il governo ha deciso che la legge sarà approvata.") == "it"
    assert detect_language("The government said that the law was passed.") == "en"
    assert detect_language("") == "it"


def test_a_list_item_card_says_what_the_list_is_about() -> None:
    from quizlib.generate import generate_deck

    text = (
        "Council budget\n\n"
        "The council approved its budget on Monday after a long debate in the town hall.\n\n"
        "As well as the tax rise, the budget includes savings of £4.1m, among them:\n"
        "- the loss of 46 full-time equivalent posts.\n\n"
        "What the fund paid for\n\n"
        "- heat pumps for 14 pensioners' homes.\n"
    )
    cards = {c.context: c for c in generate_deck(text, language="en", deck_id="t").cards}
    posts = "the budget includes savings of £4.1m, among them: the loss of 46 full-time"
    assert any(posts in context for context in cards), cards
    homes = next(c for context, c in cards.items() if "heat pumps" in context)
    assert homes.cloze == "What the fund paid for: heat pumps for {{c1::14}} pensioners' homes."


def test_lines_of_the_web_page_are_furniture() -> None:
    from quizlib.generate.blocks import is_furniture

    page = [
        "[didascalia mancante]",
        "Tag: porti, Genova, traffico merci",
        "Tags: transport, Leeds",
        "Articolo aggiornato alle 9:15",
        "Ultimo aggiornamento: 2 aprile 2026, 11:20",
        "Updated 14 May 2026 at 08:10",
        "Pubblicato il 3 giugno 2026",
        "Tempo di lettura: 4 minuti",
        "3 min read",
        "Comments (40)",
        "Commenti",
        "Copy link",
        "Facebook Twitter WhatsApp Email",
        "Fonte: Regione Liguria",
        "Sign up for the morning briefing",
    ]
    assert [line for line in page if not is_furniture(line)] == []
    text = [
        "Pubblicato nel 1925, il romanzo ebbe subito un grande successo.",
        "Updated plans for the depot were presented on Monday.",
        "Aggiornamento dei dati: il comune ha 3.000 abitanti e una scuola.",
        "Commenti positivi sono arrivati da tutti i gruppi consiliari.",
        "Fonte di energia rinnovabile, il vento copre il 20% dei consumi.",
        "Twitter è un social network fondato nel 2006.",
    ]
    assert [line for line in text if is_furniture(line)] == []


def test_a_line_of_parts_set_apart_by_dots_is_furniture() -> None:
    from quizlib.generate.blocks import is_furniture

    assert is_furniture("8 novembre 2025 · tempo di lettura 4 minuti")
    assert is_furniture("12 March 2025 | 4 min read")
    assert is_furniture("Politica  ·  Lucca città  ·  Piana  ·  Versilia")
    assert not is_furniture("Il sindaco · il vicesindaco hanno firmato il protocollo")


def test_a_line_in_small_letters_goes_on_with_a_short_line_above() -> None:
    text = (
        "Strade chiuse per la neve in tutto il Trentino da ieri sera\n\n"
        "La neve ha chiuso le strade del Trentino per tutta la notte di venerdì.\n\n"
        "Autostrada del Garda\n\n"
        "L’Autostrada del Garda S.p.A. è la società che gestisce\n"
        "l’autostrada A44, lunga 120 chilometri. Fondata nel 1961, ha sede a Trento.\n"
    )
    layout = read_layout(clean(text))
    assert [e.heading for e in layout.entries] == ["Autostrada del Garda"]
    assert layout.entries[0].paragraph.startswith("L’Autostrada del Garda S.p.A. è la società")


def test_page_furniture_never_goes_on_to_the_next_line() -> None:
    text = (
        "A new emergency department opens in Limerick after years of delays\n\n"
        "The new department opened on Monday with 42 cubicles and a larger waiting room.\n\n"
        "Related: Cork University Hospital trolley numbers fall by 11% this winter\n"
        "University Hospital Kerry\n"
        "University Hospital Kerry is an acute hospital in Tralee. It opened in 1984.\n"
    )
    layout = read_layout(clean(text))
    assert [e.heading for e in layout.entries] == ["University Hospital Kerry"]


def test_a_caption_with_its_marker_leaves_the_next_heading_alone() -> None:
    text = (
        "A record year for the Galway arts festival as crowds return to the city\n\n"
        "The festival recorded its highest attendance this summer, organisers said.\n\n"
        "Photo: file image, 2019 festival parade\n\n"
        "Clifden Arts Week\n\n"
        "Clifden Arts Week is an annual festival held every September. It was founded in "
        "1977.\n"
    )
    layout = read_layout(clean(text))
    assert [e.heading for e in layout.entries] == ["Clifden Arts Week"]


def test_markdown_heading_marks_go_only_at_a_line_start() -> None:
    text = "# Il porto riapre\n\n## La cronaca\nIl molo n. 3 # nuovo riapre.\n####### Sette segni"
    assert clean(text) == (
        "Il porto riapre\n\nLa cronaca\nIl molo n. 3 # nuovo riapre.\n####### Sette segni"
    )


def test_a_short_line_of_parts_set_apart_by_bars_is_furniture() -> None:
    assert classify("Politics | World news | Europe").kind == "furniture"
    assert classify("Sport | Calcio").kind == "furniture"
    assert classify("The council met on Monday. The vote | was close.").kind != "furniture"


def test_an_entry_opening_with_a_participle_and_no_subject_is_an_entry() -> None:
    text = (
        "Un titolo abbastanza lungo per il giornale\n\n"
        "Il primo paragrafo dell’articolo racconta un fatto avvenuto nella riserva.\n\n"
        "Riserva del Bosco Nero\n\n"
        "Istituita nel 1977, si estende per 900 ettari lungo il fiume.\n\n"
        "Oasi dei Laghetti\n\n"
        "Nata come cava di ghiaia, è oggi un’area umida protetta.\n"
    )
    layout = read_layout(text)
    assert [e.heading for e in layout.entries] == ["Riserva del Bosco Nero", "Oasi dei Laghetti"]
    text = (
        "A test headline long enough for the paper\n\n"
        "The first paragraph tells of something that happened at the mill.\n\n"
        "Holme Mill\n\n"
        "Built in 1852 on the River Holme, it employs 40 people.\n"
    )
    assert [e.heading for e in read_layout(text).entries] == ["Holme Mill"]


def test_a_section_whose_paragraph_names_its_subject_is_no_entry() -> None:
    text = (
        "Un titolo abbastanza lungo per il giornale\n\n"
        "Il primo paragrafo dell’articolo racconta un fatto avvenuto nella riserva.\n\n"
        "La storia\n\n"
        "Istituita nel 1977, la riserva si estende per 900 ettari lungo il fiume.\n"
    )
    assert read_layout(text).entries == ()


def test_a_byline_under_a_lead_with_no_stop_is_not_its_sentence() -> None:
    text = (
        "Biella, la lana delle pecore torna in filatura\n"
        "Trentuno allevatori firmano l’accordo. L’obiettivo è lavorare 120 tonnellate entro "
        "il 2027\n"
        "di Marta Ferraris\n"
        "BIELLA – Per anni è stata un rifiuto speciale da smaltire a pagamento.\n"
    )
    texts = [b.text for b in read_layout(text).body]
    assert any(t.endswith("entro il 2027") for t in texts)
    assert not any("Ferraris" in t for t in texts)
    # A wrapped sentence that goes on with a name is still one sentence.
    wrapped = (
        "The plan was drawn up over the summer by the council and the two companies led\n"
        "by Anna Weller and Tom Price.\n"
    )
    assert [b.text for b in read_layout(wrapped).body][0].endswith("by Anna Weller and Tom Price.")


def test_a_wrapped_line_that_opens_with_di_is_no_byline() -> None:
    text = (
        "Neve al Brennero, camionisti bloccati per ore\n\n"
        "Radu Ionescu, autista rumeno diretto a Monaco di Baviera con un carico\n"
        "di piastrelle, racconta di aver passato quattordici ore in cabina\n"
        "nell’area di sosta di Vipiteno.\n"
    )
    body = [b.text for b in read_layout(text).body]
    assert any("con un carico di piastrelle, racconta" in t for t in body), body


def test_a_wrapped_line_that_opens_with_di_and_a_word_in_small_letters_is_text() -> None:
    text = (
        "Acquedotto, riparata la condotta\n\n"
        "I tecnici hanno lavorato tre giorni. In tutto sono stati sostituiti 42 metri\n"
        "di tubazione, con l’impiego di 26 operai divisi su tre turni e di due\n"
        "escavatori cingolati.\n"
    )
    body = [b.text for b in read_layout(text).body]
    assert any(t.endswith("e di due escavatori cingolati.") for t in body), body
    assert classify("di tubazione, con l’impiego di 26 operai").kind != "furniture"
    assert classify("di Marta Ferraris").kind == "furniture"


def test_a_line_that_is_only_a_date_and_time_is_furniture() -> None:
    for line in ("4 maggio 2026, ore 9:40", "4 maggio 2026", "Monday 4 May 2026 09:40 BST"):
        assert classify(line).kind == "furniture", line
    # A heading that says more than the date is none.
    assert classify("Il 4 maggio 2026 a Roma").kind != "furniture"
