"""Nouns of money, and an Italian sum told by its multiplier alone: "un finanziamento da 1,2
milioni", "ricavi per 48,6 milioni di euro e una perdita netta di 7,9 milioni" (the euro is
understood)."""

from __future__ import annotations

import re

# Nouns of a sum of money, or of a thing whose worth in money a sum tells: "un contributo di
# 1.200 euro", "un piano di investimenti da 6,2 milioni", "a relocation payment of £8,000".
SUM_HEADS = {
    "it": frozenset(
        """contributo finanziamento investimento piano stanziamento risarcimento multa
        sanzione premio fondo bonus assegno mutuo prestito debito ammanco passivo appalto
        contratto progetto intervento bando accordo pacchetto incentivo indennizzo rimborso
        acconto anticipo budget programma offerta donazione spesa somma cifra tassa canone
        stipendio compenso indennità borsa buco disavanzo utile fatturato bilancio
        cofinanziamento sostegno aiuto sussidio provvisionale indotto danno perdita ricavo
        incasso introito guadagno cauzione caparra tesoretto extracosto rincaro sconto
        patrimonio capitale abbonamento affitto pensione avanzo deposito risparmio
        buono voucher ticket biglietto tariffa bolletta costo valore importo ammontare
        ricavi utili perdite debiti investimenti fondi contributi risorse""".split()
    ),
    "en": frozenset(
        """grant loan settlement contribution donation budget fine payout bonus award prize
        investment package fund subsidy compensation payment salary levy fee bid offer deal
        contract bailout windfall endowment bequest gift pledge ransom reward deficit
        shortfall scheme project plan programme upgrade refurbishment redevelopment
        renovation regeneration extension expansion overhaul revamp profit loss turnover
        revenue surplus dividend income rebate refund allowance pension rent deposit
        saving overspend overrun voucher""".split()
    ),
}

# Italian multipliers that tell a sum with no "di euro" after them.
BARE_MULTIPLIERS = frozenset("milioni miliardi milione miliardo".split())

# Italian verbs of money right before a sum: "costerà 2,4 milioni", "ha stanziato 3 milioni".
_MONEY_VERB = re.compile(
    r"\b(?:cost|spes|spend|stanziat|stanzi|investit|invest|incassat|incass|pagat|pag|"
    r"versat|vers|finanziat|vale|valev|valgon|valut|stimat|risparmi|erogat|erog)[a-zàèéìòù]*\s+"
    r"(?:(?:circa|oltre|quasi|almeno|appena|ben|solo|soltanto|più\s+di|meno\s+di|"
    r"poco\s+più\s+di|poco\s+meno\s+di|altri|ulteriori)\s+)?$"
)
# A noun of money and the word that brings its sum: "un finanziamento da", "ricavi per",
# "una perdita netta di", "con un investimento di circa".
_MONEY_NOUN = re.compile(
    r"\b(?P<noun>[a-zàèéìòù]+(?:\s+[a-zàèéìòù]+)?)\s+(?:di|da|per|pari\s+a)\s+"
    r"(?:(?:circa|oltre|quasi|almeno|appena|ben|più\s+di|meno\s+di|poco\s+più\s+di|"
    r"poco\s+meno\s+di|fino\s+a)\s+)?$"
)
_EURO = re.compile(r"\beuro\b|€")


def bare_italian_sum(text: str, start: int) -> bool:
    """Whether an Italian figure at `start` told by a multiplier alone ('1,2 milioni') is a sum
    of euros: the sentence names euros elsewhere, or a verb or a noun of money brings it."""
    if _EURO.search(text):
        return True
    before = text[max(0, start - 60) : start].lower()
    if _MONEY_VERB.search(before):
        return True
    m = _MONEY_NOUN.search(before)
    return m is not None and any(w in SUM_HEADS["it"] for w in m.group("noun").split())
