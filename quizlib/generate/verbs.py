"""Recognising verb forms with simplemma lemmas: finite verbs, participles, gerunds."""

from __future__ import annotations

from functools import lru_cache

import simplemma

from .lexicon import EN_PAST, ESSERE_VERBS

AUXILIARIES = {
    "it": frozenset(
        """è sono fu furono era erano sarà saranno ha hanno aveva avevano ebbe ebbero venne vennero
        viene vengono resta rimane""".split()
    ),
    "en": frozenset("is are was were has have had will would can could did does do".split()),
}
_IT_PARTICIPLE_ENDINGS = (
    "ato",
    "ata",
    "ati",
    "ate",
    "ito",
    "ita",
    "iti",
    "ite",
    "uto",
    "uta",
    "uti",
    "ute",
)
_IT_FINITE_ENDINGS = (
    "rà",
    "ranno",
    "rebbe",
    "rebbero",
    "isce",
    "iscono",
    "ò",
    "ì",
    "é",
    "ette",
    "ettero",
    "arono",
    "irono",
    "erono",
    "ava",
    "avano",
    "eva",
    "evano",
    "iva",
    "ivano",
    "a",
    "e",
    "ano",
    "ono",
    "ebbe",
    "ero",
    "ue",
    "que",
    "sse",
    "ne",
    "se",
)
_IT_IRREGULAR_PARTICIPLES = frozenset(
    """emerso nato morto fatto detto scritto messo preso apparso sorto giunto eletto diviso
    concluso esteso distrutto costretto aperto chiuso scelto posto rimasto scomparso successo
    corso percorso mosso promosso prodotto condotto tradotto ridotto introdotto letto visto
    risolto sciolto ucciso deciso diffuso espresso permesso compreso raggiunto aggiunto trascorso
    sospeso acceso difeso assunto coinvolto svolto rivolto esploso invaso vinto perso spento
    dipinto spinto redatto tratto sottratto ammesso commesso trasmesso emesso soppresso chiesto
    nascosto risposto proposto imposto esposto composto disposto deposto fuso concesso rotto
    interrotto espanso riconosciuto""".split()
)
_EN_IRREGULAR_PARTICIPLES = frozenset(
    """born built made founded won lost held taken given known seen shown grown become begun
    chosen drawn driven eaten fallen forgotten frozen hidden ridden risen shaken spoken stolen
    sworn torn thrown woken worn written bought brought caught fought sought taught thought
    found left kept led met paid said sold sent set spent stood told understood put cut
    struck split spread run read hit shut beaten broken done gone sung swum undertaken overseen
    laid paid rebuilt used aged""".split()
)


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    try:
        return str(simplemma.lemmatize(word, lang=language))
    except (ValueError, KeyError, TypeError):
        return word


def _verb_lemma(lem: str, language: str) -> bool:
    if language == "it":
        return lem.endswith(("are", "ere", "ire", "rre"))
    return True


@lru_cache(maxsize=65536)
def is_participle(word: str, language: str) -> bool:
    """'fondata', 'istituita', 'emerso', 'formatasi'; 'founded', 'built'."""
    w = word.lower()
    if language == "en":
        return (w.endswith("ed") and len(w) > 4) or w in _EN_IRREGULAR_PARTICIPLES
    if w.endswith(("si", "ti")) and len(w) > 6 and is_participle(w[:-2], language):
        return True  # reflexive or clitic participle: "formatasi"
    if w.endswith(_IT_PARTICIPLE_ENDINGS) and len(w) > 4:
        lem = lemma(w, language)
        if lem == w:
            return False
        if lem.endswith(("are", "ere", "ire", "rre")):
            return True
        return lem.endswith(("ato", "uto", "ito")) and lemma(lem, language) != lem
    return len(w) > 3 and w[:-1] + "o" in _IT_IRREGULAR_PARTICIPLES


def participle_parts(word: str, language: str) -> tuple[str, bool]:
    """('formata', True) for 'formatasi': the participle and whether it was reflexive."""
    w = word.lower()
    if language == "it" and w.endswith("si") and len(w) > 6 and is_participle(w[:-2], language):
        return word[:-2], True
    return word, False


@lru_cache(maxsize=65536)
def is_gerund(word: str, language: str) -> bool:
    w = word.lower()
    if language == "it":
        return w.endswith(("ando", "endo")) and len(w) > 5
    return w.endswith("ing") and len(w) > 5


@lru_cache(maxsize=65536)
def is_finite(word: str, language: str) -> bool:
    """A conjugated verb ('formò', 'crebbe', 'appeared'); not an infinitive or participle."""
    w = word.lower()
    if w in AUXILIARIES[language]:
        return True
    if language == "en":
        return (w.endswith("ed") and len(w) > 4) or w in EN_PAST
    if is_participle(w, language) or is_gerund(w, language):
        return False
    lem = lemma(w, language)
    if lem == w or not _verb_lemma(lem, language):
        return False
    return w.endswith(_IT_FINITE_ENDINGS)


def takes_essere(participle: str) -> bool:
    """Whether an Italian participle forms its past with 'essere' as an active verb."""
    w = participle.lower()
    return lemma(w, "it") in ESSERE_VERBS or lemma(w[:-1] + "o", "it") in ESSERE_VERBS
