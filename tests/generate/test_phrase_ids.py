from quizlib.generate.ids import base_id, unique_ids
from quizlib.generate.phrase import of_phrase, participle_question_vp
from quizlib.generate.verbs import is_finite, is_participle
from quizlib.model import ID_PATTERN


def test_participles_become_question_verbs() -> None:
    assert participle_question_vp("fondata", "it") == "fu fondata"
    assert participle_question_vp("istituita", "it") == "fu istituita"
    assert participle_question_vp("formatasi", "it") == "si è formata"
    assert participle_question_vp("emerso", "it") == "è emerso"
    assert participle_question_vp("nato", "it") == "è nato"
    assert participle_question_vp("founded", "en") == "founded"


def test_verb_forms_from_lemmas() -> None:
    assert is_finite("formò", "it") and is_finite("crebbe", "it")
    assert not is_finite("città", "it") and not is_finite("Budapest", "it")
    assert is_participle("fondata", "it") and is_participle("emerso", "it")
    assert not is_participle("partenariato", "it")
    # Irregular participles, in all four forms: "la nave scoperta nel 1969", "tolti i vincoli".
    for word in ("scoperta", "tolti", "accolte", "resa", "iscritto", "rimossi", "previsto"):
        assert is_participle(word, "it"), word
    assert is_finite("made", "en") and is_participle("founded", "en")


def test_of_phrase() -> None:
    assert of_phrase("la Joint Base", "it") == "della Joint Base"
    assert of_phrase("l’Unione Europea", "it") == "dell’Unione Europea"
    assert of_phrase("Organizzazione del Trattato", "it") == "di Organizzazione del Trattato"
    assert of_phrase("the European Union", "en") == "the European Union"


def test_ids_are_readable_and_valid() -> None:
    assert base_id("Budapest", "1873") == "budapest-1873"
    assert base_id("Anchorage identity", "Anchorage") == "anchorage-identity"
    assert base_id("Óbuda è", "Città “vecchia”") == "obuda-e-citta-vecchia"
    for weird in ("", "—", "Москва", "!!!"):
        assert ID_PATTERN.match(base_id(weird, weird))


def test_ids_are_unique_in_order() -> None:
    assert unique_ids(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-2", "a-3", "a-2-2"]


def test_the_base_of_an_english_past_is_the_verb_its_present_has() -> None:
    from quizlib.generate.verbs import lemma

    assert lemma("developed", "en") == "develop"
    for past, base in (("created", "create"), ("staged", "stage"), ("served", "serve")):
        assert lemma(past, "en") == base


def test_the_base_of_a_british_past_with_a_doubled_l_is_the_verb() -> None:
    from quizlib.generate.verbs import lemma

    for past, base in (("cancelled", "cancel"), ("labelled", "label"), ("travelled", "travel")):
        assert lemma(past, "en") == base
    for past, base in (("installed", "install"), ("filled", "fill"), ("recalled", "recall")):
        assert lemma(past, "en") == base
