"""Definitions, identities and superlatives: what identifies the answer, whose it is, and the
verb a reverse question takes, on small texts of their own, in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import definitions
from quizlib.generate.rank import acceptable
from quizlib.generate.text import clean


def asked(text: str, language: str = "it") -> dict[str, str]:
    """Question -> answer of the acceptable definition candidates of a text."""
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in definitions.extract(doc) if c.question and acceptable(c)}


def entry(heading: str, paragraph: str, language: str = "it") -> dict[str, str]:
    """The questions about one background entry after a short article."""
    body = (
        "Un articolo di prova\n\nIl consiglio si è riunito ieri in città.\n\n"
        if language == "it"
        else "A test article\n\nThe council met in the city yesterday.\n\n"
    )
    return asked(f"{body}{heading}\n\n{paragraph}\n", language)


def test_a_restrictive_relative_clause_identifies_the_answer() -> None:
    qs = entry(
        "Vomero",
        "Il Vomero è il quartiere di Napoli che ospita Castel Sant’Elmo, sulla collina, e la "
        "Certosa di San Martino.",
    )
    assert qs["Qual è il quartiere di Napoli che ospita Castel Sant’Elmo?"] == "Vomero"
    assert "Qual è il quartiere di Napoli?" not in qs
    qs = entry(
        "Ruhr", "The Ruhr is the region of Germany that built its steel industry, say.", "en"
    )
    assert qs["What is the region of Germany that built its steel industry?"] == "Ruhr"


def test_a_vague_identity_is_not_asked() -> None:
    qs = entry("Brianza", "La Brianza è la zona, a nord di Milano, dei mobilieri.")
    assert not any(q.startswith("Qual è") for q in qs)
    qs = entry("Sentinel", "Sentinel è il primo di una serie: un secondo satellite seguirà.")
    assert not any(q.startswith("Qual è") for q in qs)


def test_coordinated_identities_name_their_owner() -> None:
    qs = entry(
        "Cagliari",
        "Cagliari è il capoluogo della Sardegna e la città più popolosa della regione, con "
        "circa 150.000 abitanti.",
    )
    assert qs["Qual è il capoluogo della Sardegna?"] == "Cagliari"
    assert qs["Qual è la città più popolosa della Sardegna?"] == "Cagliari"
    qs = entry("Osaka", "Osaka is Japan's third-largest city and the country's main port.", "en")
    assert qs["What is Japan’s third-largest city?"] == "Osaka"
    assert qs["What is Japan’s main port?"] == "Osaka"
    # A first phrase with no owner of its own shares the second one's: one question.
    qs = entry("Lima", "Lima è la capitale e la città più grande del Perù.")
    assert qs["Qual è la capitale e la città più grande del Perù?"] == "Lima"
    assert "Qual è la capitale?" not in qs


def test_what_does_not_identify_is_left_out() -> None:
    qs = entry(
        "Porto",
        "Porto is the second-largest city of Portugal and one of the oldest in Europe.",
        "en",
    )
    assert qs["What is the second-largest city of Portugal?"] == "Porto"
    qs = entry(
        "Basel", "Basel is the third-largest city of Switzerland and lies on the Rhine.", "en"
    )
    assert qs["What is the third-largest city of Switzerland?"] == "Basel"
    assert qs["What is Basel?"] == "the third-largest city of Switzerland"


def test_a_definite_predicate_also_defines_the_entry() -> None:
    qs = entry(
        "Antitrust",
        "L’Autorità Garante della Concorrenza e del Mercato (Antitrust) è l’autorità "
        "indipendente che vigila sulla concorrenza in Italia.",
    )
    assert qs["Che cos’è l’Antitrust?"] == (
        "l’autorità indipendente che vigila sulla concorrenza in Italia"
    )
    assert qs["Qual è l’autorità indipendente che vigila sulla concorrenza in Italia?"] == (
        "Antitrust"
    )


def test_a_heading_qualifier_is_no_answer() -> None:
    # "Springfield (Illinois)": Illinois tells the city apart, it is not another name of it.
    qs = entry("Springfield (Illinois)", "Springfield è la capitale dell’Illinois dal 1839.")
    assert qs["Qual è la capitale dell’Illinois?"] == "Springfield"  # "dal 1839": when, not which


def test_a_named_superlative_answers_the_subject() -> None:
    text = (
        "Imprese in Puglia\n\nIl presidente di Confindustria Bari ha parlato ieri. Bari cresce.\n\n"
        "Secondo i dati della Camera di Commercio, Bari è la città pugliese con il più alto "
        "numero di imprese, circa 30.000.\n\nBari\n\nBari è un comune italiano.\n"
    )
    qs = asked(text)
    assert qs["Qual è la città pugliese con il più alto numero di imprese?"] == "Bari"


def test_an_appositive_superlative() -> None:
    qs = asked("Nel 1961 volò Jurij Gagarin, il primo uomo a raggiungere lo spazio.")
    assert qs == {"Chi è il primo uomo a raggiungere lo spazio?": "Jurij Gagarin"}
    qs = asked("The flight was led by Valentina Tereshkova, the first woman in space.", "en")
    assert qs == {"Who is the first woman in space?": "Valentina Tereshkova"}
    assert asked("Secondo Mario Rossi, il primo passo è difficile.") == {}


def test_an_ordinal_takes_back_its_noun() -> None:
    # "il razzo Vesta, il primo costruito ...": the noun the ordinal leaves out comes back.
    qs = asked("È partito ieri il razzo Vesta, il primo costruito in Italia. Vesta ha volato.")
    assert qs == {"Qual è il primo razzo costruito in Italia?": "Vesta"}


def test_its_capital_is_a_name() -> None:
    qs = entry("Mali", "Mali is a landlocked country in West Africa. Its capital is Bamako.", "en")
    assert qs["What is the capital of Mali?"] == "Bamako"
    qs = entry("Mali", "Il Mali è uno stato dell’Africa occidentale. La sua capitale è Bamako.")
    assert qs["Qual è la capitale del Mali?"] == "Bamako"
    qs = entry("Fiat", "La Fiat è un’azienda torinese. Il suo fondatore è Giovanni Agnelli.")
    assert qs["Chi è il fondatore della Fiat?"] == "Giovanni Agnelli"


def test_reverse_definitions_keep_state_verbs_in_the_present() -> None:
    qs = entry(
        "Positano",
        "Positano è un comune della provincia di Salerno situato sulla Costiera Amalfitana.",
    )
    assert qs["Quale comune della provincia di Salerno è situato sulla Costiera Amalfitana?"] == (
        "Positano"
    )
    qs = entry("Latina", "Latina è un comune del Lazio fondato nel 1932 durante la bonifica.")
    assert qs["Quale comune del Lazio fu fondato nel 1932 durante la bonifica?"] == "Latina"


def test_reverse_definitions_keep_a_list_whole() -> None:
    qs = entry(
        "Malawi",
        "Malawi is a landlocked country in southeastern Africa, bordered by Zambia, Tanzania "
        "and Mozambique.",
        "en",
    )
    question = (
        "Which landlocked country in southeastern Africa is bordered by Zambia, Tanzania and "
        "Mozambique?"
    )
    assert qs[question] == "Malawi"


def test_reverse_definitions_end_on_a_word_that_ends() -> None:
    qs = entry(
        "Fonderie Rossi",
        "Fonderie Rossi è un’azienda metallurgica piemontese controllata per il 60% dal gruppo "
        "tedesco Krupp e per il 40% dalla famiglia Bianchi di Torino.",
    )
    reverse = [q for q in qs if q.startswith("Quale")]
    assert reverse and all(not q.endswith((" e?", " per?", " di?")) for q in reverse)


def test_a_relative_clause_after_a_year_goes_with_the_noun() -> None:
    qs = entry(
        "Wegener Institute",
        "The Wegener Institute is a German research institute founded in 1980 that studies the "
        "polar regions, their ice and their seas.",
        "en",
    )
    assert qs["Which German research institute that studies the polar regions was founded in 1980?"]


def test_a_one_word_head_takes_its_place() -> None:
    qs = entry("Bavaria", "Bavaria is a state in southern Germany that borders Austria.", "en")
    assert qs["What is Bavaria?"] == "a state in southern Germany"
    assert qs["Which state in southern Germany borders Austria?"] == "Bavaria"
