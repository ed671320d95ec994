"""A gerund said as a finite verb of its clause's subject, in the tense of the clause's verb
('completing' after 'landed' -> 'completed'; 'completando' after 'è atterrato' -> 'ha
completato'), for statements.py. Each form built is checked against the lemmatizer: a form it
does not read back as the gerund's verb (an irregular one guessed wrong) is no form."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import EN_PAST
from .verbs import AUXILIARIES, is_participle, lemma, takes_essere

# English verbs whose past is their base ("the scheme cost £4 million").
EN_SAME_PAST = frozenset("cost cut hit let put set shut spread quit cast hurt".split())
# The tenses a clause's verb may have.
PAST, PRESENT, FUTURE = "past", "present", "future"


@lru_cache(maxsize=1)
def _en_irregular_pasts() -> dict[str, str]:
    """Base -> past of the English irregular pasts the lexicon lists ('leave' -> 'left')."""
    out: dict[str, str] = {}
    for past in sorted(EN_PAST):
        if past.endswith("ed"):
            continue
        base = lemma(past, "en")
        if base != past and base not in out:
            out[base] = past
    return out


def _en_regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def english_base(gerund: str) -> str | None:
    """'completing' -> 'complete'; None when the lemmatizer knows no verb for it."""
    base = lemma(gerund, "en")
    if base != gerund:
        return base if base.isalpha() else None
    stem = gerund[:-3]  # the lemmatizer read a noun: "ending", "cutting"
    for candidate in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else None):
        if candidate and (candidate in EN_SAME_PAST or lemma(candidate + "ed", "en") == candidate):
            return candidate
    return None


def english_finite(gerund: str, tense: str, plural: bool) -> str | None:
    """'completing' -> 'completed' (past), 'completes' or 'complete' (present), 'will
    complete' (future)."""
    base = english_base(gerund)
    if base is None:
        return None
    if tense == FUTURE:
        return f"will {base}"
    if tense == PRESENT:
        if plural:
            return base
        if base.endswith(("s", "sh", "ch", "x", "z", "o")):
            form = base + "es"
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            form = base[:-1] + "ies"
        else:
            form = base + "s"
        return form if lemma(form, "en") == base else None
    if base in EN_SAME_PAST:
        return base
    irregular = _en_irregular_pasts().get(base)
    if irregular is not None:
        return irregular
    form = _en_regular_past(base)
    doubled = base + base[-1] + "ed"  # "stopping" -> "stopped"
    if gerund == base + base[-1] + "ing" and lemma(doubled, "en") == base:
        return doubled
    return form if lemma(form, "en") == base else None


# Italian verbs whose participle is not the regular '-ato', '-uto', '-ito'.
_IT_IRREGULAR_PARTICIPLES = {
    "chiudere": "chiuso",
    "vincere": "vinto",
    "prendere": "preso",
    "mettere": "messo",
    "perdere": "perso",
    "spendere": "speso",
    "decidere": "deciso",
    "rendere": "reso",
    "raggiungere": "raggiunto",
    "aggiungere": "aggiunto",
    "togliere": "tolto",
    "scegliere": "scelto",
    "raccogliere": "raccolto",
    "coinvolgere": "coinvolto",
    "fare": "fatto",
    "produrre": "prodotto",
    "ridurre": "ridotto",
    "condurre": "condotto",
    "concludere": "concluso",
    "includere": "incluso",
    "difendere": "difeso",
    "vedere": "visto",
    "offrire": "offerto",
    "aprire": "aperto",
    "coprire": "coperto",
    "scrivere": "scritto",
    "eleggere": "eletto",
    "promuovere": "promosso",
    "muovere": "mosso",
    "porre": "posto",
    "imporre": "imposto",
    "proporre": "proposto",
}


def italian_finite(gerund: str, tense: str, plural: bool) -> str | None:
    """'completando' -> 'ha completato' (past), 'completa' (present), 'completerà' (future);
    None for a verb that takes 'essere' (its participle agrees with the subject) or a form
    the lemmatizer does not read back."""
    infinitive = lemma(gerund, "it")
    if not infinitive.endswith(("are", "ere", "ire", "rre")) or infinitive == gerund:
        return None
    if tense == PAST:
        participle = _IT_IRREGULAR_PARTICIPLES.get(infinitive)
        if participle is None:
            stem, ending = infinitive[:-3], infinitive[-3:]
            participle = stem + {"are": "ato", "ere": "uto", "ire": "ito"}.get(ending, "")
            if lemma(participle, "it") != infinitive:
                return None
        if not is_participle(participle, "it") or takes_essere(participle):
            return None
        return f"{'hanno' if plural else 'ha'} {participle}"
    stem, ending = infinitive[:-3], infinitive[-3:]
    if ending == "rre":
        return None  # "producendo": a present of its own stem
    if tense == PRESENT:
        form = stem + (
            ("ano" if plural else "a") if ending == "are" else ("ono" if plural else "e")
        )
    else:
        vowel = "e" if ending in {"are", "ere"} else "i"
        form = stem + vowel + ("ranno" if plural else "rà")
    if form in AUXILIARIES["it"] or lemma(form, "it") != infinitive:
        return None
    return form
