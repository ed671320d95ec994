"""A background entry that opens with a description and no verb of its own: 'A town in
southwestern Nova Scotia with a population of about 6,800, founded in 1761 by settlers from New
England.' under the heading Yarmouth is read as 'Yarmouth is a town in southwestern Nova
Scotia ...'; 'Comune di circa 3.100 abitanti in provincia di Potenza, situato a 975 metri.'
under Viggiano as 'Viggiano è un comune di circa 3.100 abitanti ...'. The extractors then ask
the entry's population, founding year and height as they do of any entry that names itself."""

from __future__ import annotations

from .blocks import verbless_description
from .text import indefinite_article, it_gender, lower_first, upper_first

_INDEFINITE = ("A ", "An ", "Un ", "Una ", "Uno ", "Un’")


def entry_fragment(text: str, entry: str, language: str) -> str | None:
    """The entry's sentence with the entry as the subject of a copula, when the sentence is a
    description with no verb of its own (blocks.verbless_description); None for any other."""
    if entry.lower() in text.lower() or not verbless_description(text):
        return None  # a sentence that names the entry says whose it is
    be = "is" if language == "en" else "è"
    if text.startswith(_INDEFINITE):
        return f"{upper_first(entry)} {be} {lower_first(text)}"
    if language == "en":
        return None
    head = text.split(None, 1)[0].lower()  # "Comune di ...": the noun with its article
    article = indefinite_article(head, it_gender(head) == "f")
    sep = "" if article.endswith("’") else " "
    return f"{upper_first(entry)} {be} {article}{sep}{text[:1].lower()}{text[1:]}"
