"""Word lists per language: the little vocabulary the generator needs for Italian and English."""

from __future__ import annotations

import re

MONTHS = {
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}

# The English months American and Canadian papers abbreviate before a day ("Aug. 31",
# "Sept. 5"), without their period.
EN_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# The same as a text's words compare with them: "aug.".
EN_MONTH_ABBREVIATION_WORDS = frozenset(f"{m.lower()}." for m in EN_MONTH_ABBREVIATIONS)

# An Italian adjective of dimension, in any gender and number: "lungo", "alta", "profondi".
IT_DIMENSION_ADJECTIVE = re.compile(r"(?:lung|alt|profond|larg)(?:o|a|hi|i|he|e)")

# Words after which a period does not end a sentence (compared lowercased, without the dot),
# not even before a capital: titles before a name ("sig. Rossi", "Dr. Smith"), "cfr.", "e.g.".
# Those that stand before a number ("n. 1034", "art. 21") and those that are also words ("no",
# "on") are the sentence splitter's own; "etc.", "ecc." and "circa" before a capital end one.
ABBREVIATIONS = frozenset(
    """sig sigg sig.ra sig.na sig.ri dott dott.ssa dott.ri prof prof.ssa proff ing avv geom sen
    dr mons gen col cfr es sez s.p.a ca mr mrs ms messrs sr jr st vs e.g i.e inc ltd co corp gov
    rep approx dept univ lt sgt capt cmdr adm fr rev hon pres v coun cllr supt insp det""".split()
)

STOPWORDS = {
    "it": frozenset(
        """il lo la i gli le l un uno una di a da in con su per tra fra e ed o che chi cui non si è
        era fu sono come nel nello nella nei negli nelle sul sulla sui dal dalla dai al alla ai del
        della dei degli delle dello dell all nell sull dall anche ma più suo sua suoi sue loro
        questo questa quello quella ha hanno essere stato stata dopo prima oggi molto""".split()
    ),
    "en": frozenset(
        """the a an of to in on at by for with and or is was were are be been that which who whom
        what when where how its it his her their as from this these those has have had not but
        also after before today more most into over""".split()
    ),
}

# The kinds of way a street or square's name holds: its last word in English ("Navigation
# Road"), its first, in small letters, in Italian ("piazza Diaz", "viale della Repubblica").
WAYS = {
    "en": tuple(
        "Road Street Lane Avenue Square Drive Terrace Crescent Parade Row Boulevard".split()
    ),
    "it": tuple("piazza via viale corso piazzale largo lungomare vicolo palazzo".split()),
}

ARTICLES = {
    "it": frozenset("il lo la i gli le l’ un uno una un’".split()),
    "en": frozenset("the a an".split()),
}
# The plural definite articles of Italian, which a singular verb does not agree with.
IT_PLURAL_ARTICLES = frozenset("i gli le".split())

# Articulated prepositions that open a noun phrase: "dalla sua prima menzione" -> "la sua ...".
ARTICULATED = {
    "del": "il",
    "dello": "lo",
    "della": "la",
    "dei": "i",
    "degli": "gli",
    "delle": "le",
    "dell’": "l’",
    "al": "il",
    "allo": "lo",
    "alla": "la",
    "ai": "i",
    "agli": "gli",
    "alle": "le",
    "all’": "l’",
    "dal": "il",
    "dallo": "lo",
    "dalla": "la",
    "dai": "i",
    "dagli": "gli",
    "dalle": "le",
    "dall’": "l’",
    "nel": "il",
    "nello": "lo",
    "nella": "la",
    "nei": "i",
    "negli": "gli",
    "nelle": "le",
    "nell’": "l’",
    "sul": "il",
    "sullo": "lo",
    "sulla": "la",
    "sui": "i",
    "sugli": "gli",
    "sulle": "le",
    "sull’": "l’",
}
# The preposition an articulated one holds: "al 20%" -> "a quale percentuale", "dall’archeologo"
# -> "da quale archeologo".
ARTICULATED_PREPOSITION = {
    "al": "a", "allo": "a", "alla": "a", "all’": "a", "ai": "a", "agli": "a", "alle": "a",
    "del": "di", "dello": "di", "della": "di", "dell’": "di", "dei": "di", "degli": "di",
    "delle": "di", "dal": "da", "dallo": "da", "dalla": "da", "dall’": "da", "dai": "da",
    "dagli": "da", "dalle": "da",
    "nel": "in", "nello": "in", "nella": "in", "nell’": "in", "nei": "in", "negli": "in",
    "nelle": "in", "sul": "su", "sullo": "su", "sulla": "su", "sull’": "su", "sui": "su",
    "sugli": "su", "sulle": "su", "col": "con", "coi": "con",
}  # fmt: skip
# The English modal verbs: "can", "will", "must" ...
EN_MODALS = frozenset("will would can could may might must shall should".split())

# The ending an Italian participle takes after each definite article: "il ponte | costruito",
# "la strada | costruita", "i ponti | costruiti", "le strade | costruite" ("l’" says no gender).
IT_ARTICLE_ENDING = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}

# Words naming an office held by a person: "il Ministro degli Esteri russo Sergej Lavrov".
ROLE_WORDS = {
    "it": frozenset(
        """presidente ministro ministra segretario segretaria premier cancelliere re regina papa
        generale senatore senatrice sindaco sindaca direttore direttrice ambasciatore portavoce
        governatore governatrice primo principe principessa leader capo comandante commissario
        commissaria amministratore fondatore fondatrice amministratrice capogruppo assessore
        assessora vicepresidente viceministro viceministra sottosegretario sottosegretaria
        prefetto questore rettore rettrice titolare curatore curatrice procuratore procuratrice
        cofondatore cofondatrice dirigente giudice allenatore allenatrice vescovo arcivescovo
        soprintendente rappresentante legale preside coordinatore coordinatrice avvocato
        avvocata capitano preparatore preparatrice consigliere consigliera vicesindaco
        vicesindaca funzionario funzionaria primario economo economa tesoriere
        tesoriera capocannoniere parroco pm responsabile""".split()
    ),
    "en": frozenset(
        """president minister secretary premier chancellor king queen pope general senator mayor
        director ambassador spokesman spokeswoman spokesperson governor prince princess leader chief
        commander commissioner ceo chairman chairwoman founder chair chairperson executive
        undersecretary owner co-owner curator co-founder cofounder prosecutor judge coach bishop
        archbishop dean treasurer superintendent head manager representative principal
        headteacher headmaster headmistress officer coordinator trainer promoter lawyer
        solicitor barrister captain councillor councilor alderman recorder clerk registrar
        warden harbourmaster vicar rector coroner organiser organizer vice-president
        vice-chair vice-chairman vice-chancellor vice-principal vice-captain""".split()
    ),
}

# What follows an English 'it' that stands for the infinitive after its verb: "it takes
# about two years to train a filleter", "it will cost £2m to repair the roof".
EN_EXTRAPOSED_IT = re.compile(
    r"^(?:(?:will|would|could|can|may|might|should|does|did|has|had)\s+(?:not\s+)?(?:be\s+)?"
    r"(?:\w+ly\s+)?)?(?:take|takes|took|taking|taken|cost|costs|costing|costed)\b.*?\bto\s+"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|each|every|all)\b)[a-z]"
)
# Verbs that introduce a quotation (participle after "ha", or English past tense).
SAY_VERBS = {
    "it": (
        "detto dichiarato affermato aggiunto sottolineato spiegato scritto commentato osservato "
        "ribadito precisato concluso avvertito annunciato risposto insistito ammesso"
    ).split(),
    "en": (
        "said says added stated declared explained wrote noted told warned announced insisted "
        "replied argued claimed"
    ).split(),
}

# The months of both languages, lowercased.
MONTH_WORDS = frozenset(m.lower() for months in MONTHS.values() for m in months)
WEEKDAYS = frozenset(
    """lunedì martedì mercoledì giovedì venerdì sabato domenica monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
# A month or a weekday, lowercased: a word that says when, never who or what ("in May").
WHEN_WORDS = MONTH_WORDS | WEEKDAYS
# Units: "45 chilometri" is a measure, not a count of things.
UNITS = frozenset(
    """km chilometri metri miglia kilometres kilometers metres meters miles percent per cento
    euro dollari dollars sterline pounds tonnellate tonnes tons gradi degrees ore hours minuti
    minutes secondi seconds giorni days anni years mesi months settimane weeks kg chili""".split()
)
EN_PAST = frozenset(
    """made said took gave went came saw found became began grew held led left met paid put ran
    sent set stood told won wrote built brought bought caught fought felt kept knew lost meant
    rose sold spoke spent struck thought threw understood drew drove fell flew hid rode sang
    sank shook shot slept swore tore woke chose broke hung laid lay lit dealt fed fled sought
    taught withdrew arose sprang stole swept""".split()
)

# Italian verbs whose compound tenses take "essere" (so a participle becomes "è emersa",
# not "fu emersa", which would read as a passive).
ESSERE_VERBS = frozenset(
    """emergere nascere morire diventare divenire arrivare partire sorgere entrare uscire cadere
    apparire venire andare giungere rimanere restare esistere tornare accadere succedere avvenire
    scomparire risalire crescere passare durare costare valere bastare sembrare""".split()
)

# Craft that are given names: a name after one of these nouns is the craft's ("the scallop
# dragger Chief William Saulis", "il peschereccio Nuovo Padre Pio"), not a person's.
CRAFT_NOUNS = frozenset(
    """ship vessel boat tanker freighter carrier ferry liner yacht trawler dragger scalloper
    seiner longliner schooner cutter frigate destroyer submarine warship icebreaker barge tug
    lifeboat nave portarinfuse petroliera traghetto mercantile peschereccio portacontainer
    motonave motopeschereccio yacht sottomarino sommergibile fregata rimorchiatore
    rompighiaccio""".split()
)

# Head nouns of definitions, grouped by the kind of thing they name (for distractors).
KIND_NOUNS = {
    "city": """città capitale capoluogo comune paese-villaggio villaggio frazione borgo metropoli
        porto città-stato city capital town village hamlet metropolis port""",
    "country": """paese nazione stato repubblica regno impero country nation state republic
        kingdom empire""",
    "region": """regione provincia isola penisola territorio striscia continente region province
        island peninsula territory strip continent area""",
    "org": """alleanza organizzazione unione partenariato partito azienda società agenzia
        istituzione installazione base associazione movimento gruppo banca fondazione università
        esercito alliance organization organisation union partnership party company agency
        institution installation base association movement group bank foundation university
        army istituto ente organo consorzio museo ministero institute body branch museum
        ministry autorità authority""",
    "person": """politico politica scrittore scrittrice attore attrice cantante scienziato
        giornalista presidente ministro diplomatico imprenditore politician writer actor singer
        scientist journalist president minister diplomat businessman""",
}
NOUN_KIND = {w: kind for kind, words in KIND_NOUNS.items() for w in words.split()}

FURNITURE = re.compile(
    r"""^\s*(?:logo|immagine(?:\s*\d+)?|image(?:\s*\d+)?|foto(?:\s*\d+)?|photo(?:\s*\d+)?
    |video|leggi\s+anche|vedi\s+anche|read\s+(?:more|also)|see\s+also|related|correlati
    |advertisement|pubblicit[àa]|sponsor(?:ed)?|share|condividi|iscriviti|subscribe
    |newsletter|cookie|getty\s+images|credit(?:s|i)?|copyright|©|tutti\s+i\s+diritti
    |all\s+rights|segui(?:ci)?|follow\s+us|ascolta|listen|guarda|watch|click|clicca
    |caption|didascalia|fonte\s+immagine|source:|menu|cerca|search|abbonati|accedi|login
    |sign\s+in|home\b.*\|
    |(?:by|di|a\s+cura\s+di)\s+(?-i:[A-Z])[^.]{0,60}\|)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A short line of parts set apart by " | ", page furniture too: "Politica | Cronaca" (only a
# line with a "|" is tried: the pattern backtracks over the whole line to find none).
FURNITURE_BAR = re.compile(r"^[^.!?]{0,80}\s\|\s[^.!?]{0,80}$")

# A short line that credits a picture: "(Foto: Reuters)", "Photo by X / AP".
CAPTION = re.compile(
    r"(?:\(|\b)(?:foto|photo|credit|getty|reuters|afp|ansa|ap photo|lapresse|©)\b", re.IGNORECASE
)

# Words that say how many of a thing without a figure, and open a noun phrase of their own:
# "Ogni intervento", "Each school", "25 mila persone| ogni anno".
QUANTIFIERS = frozenset(
    """ogni ciascun ciascuna ciascuno qualche alcuni alcune molti molte tutti tutte each every
    several many most both""".split()
)

# The conjunctions that join the last item of a list to the others: "A, B e C", "A, B or C".
LIST_CONJUNCTIONS = {"it": frozenset("e ed o".split()), "en": frozenset("and or".split())}
# The "and" that joins the two halves of a pair, in either language: "between Perth| and |
# Inverness", "tra Ortona| e |Vasto".
PAIR_AND = re.compile(r"\s(?:and|e|ed)\s")

# A list of names after a comma goes on the clause it ends: "di Toscana, Lombardia e Marche".
NAME_LIST = re.compile(
    r",\s+(?:[A-ZÀ-Ý][\w’-]*\s+)*?(?:(?:[A-ZÀ-Ý][\w’-]*,\s+)*[A-ZÀ-Ý][\w’-]*,?\s+)"
    r"(?:e|ed|and|o|or)\s+[A-ZÀ-Ý][\w’-]*"
)

# The words that open a relative clause: "la società | che gestisce ...", "the body | that".
RELATIVE_WORDS = {
    "it": frozenset("che cui dove".split()),
    "en": frozenset("that which who whom whose where".split()),
}

# What people are by trade or standing, which an apposition after a name tells: "Dai Morgan,
# coxswain of the lifeboat", "Gina Rota, pensionata di Lodi".
OCCUPATIONS = frozenset(
    """coxswain skipper pilot crew volunteer nurse farmer pensioner retiree driver teacher
    student resident doctor surgeon engineer scientist researcher lecturer astronomer
    archaeologist historian economist author writer novelist poet artist painter musician
    swimmer crofter rower climber runner cyclist singer actor actress producer chef baker
    shopkeeper landlord tenant fisherman firefighter officer midwife paramedic mother father
    grandmother grandfather widow parent
    autista pensionato pensionata agricoltore agricoltrice pescatore infermiere infermiera
    insegnante studente studentessa ricercatore ricercatrice ingegnere architetto scrittore
    scrittrice artista cuoco cuoca negoziante commerciante residente volontario volontaria
    vigile pompiere operaio operaia madre padre nonna nonno vedova genitore ostetrica
    archeologo archeologa storico storica economista architetta ingegnera agronomo agronoma
    nuotatore nuotatrice biologo biologa microbiologo microbiologa chimico chimica fisico fisica
    medico""".split()
)

# Kinds of things a name tells apart, which more than one reading asks about: a named thing
# is a "what", no "who", of its deeds; a built or made thing is the subject of an entry.
# Craft that fly with no one aboard, or are sent: "the Perseverance rover", "la sonda Juno".
CRAFT = {
    "en": frozenset(
        "drone rocket launcher satellite probe spacecraft rover lander telescope".split()
    ),
    "it": frozenset("drone razzo lanciatore satellite sonda rover lander telescopio".split()),
}
# Storms, and the waters, ice and fire of the land: "Storm Babet", "il fiume Sesia".
NATURAL_KINDS = {
    "en": frozenset("storm hurricane cyclone typhoon volcano glacier river lake".split()),
    "it": frozenset(
        "tempesta uragano ciclone tifone vulcano ghiacciaio fiume torrente lago".split()
    ),
}
# Vehicles that carry people or goods: "the ship Baltic Meridian", "il treno Frecciarossa".
VEHICLES = {
    "en": frozenset("ship vessel boat train locomotive aircraft plane".split()),
    "it": frozenset("nave treno aereo".split()),
}
# Buildings and works that carry roads and people: "the Millau viaduct", "lo stadio Olimpico".
STRUCTURES = {
    "en": frozenset("building bridge tunnel station stadium arena".split()),
    "it": frozenset("edificio ponte galleria stazione stadio".split()),
}


def in_both(kinds: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words of a kind in either language."""
    return kinds["en"] | kinds["it"]
