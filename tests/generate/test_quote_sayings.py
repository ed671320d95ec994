"""What a quotation says, asked for its words: 'How did Anna Neri describe the bridge?',
'Secondo Marco Ferri, che cos’è il porto?', 'quanto tempo ci vorrà per ...?', 'Why ...?', on
small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract import quotes

from .helpers import questions_of
from .test_roles_quotes import cards


def said(text: str, language: str = "it") -> dict[str, str]:
    """Question -> answer of the cards asking for what a quotation says."""
    found = cards(quotes.extract, text, language)
    return {q: c.answer for q, c in found.items() if c.answer_type != "person"}


def test_what_a_thing_is_in_the_speakers_words() -> None:
    text = '"The old pier is the heart of this town," said harbour master Tom Reid.'
    assert said(text, "en") == {"How did Tom Reid describe the old pier?": "the heart of this town"}
    text = "«Il nuovo ponte è una promessa mantenuta, finalmente», ha detto la sindaca Anna Riva."
    assert said(text) == {"Secondo Anna Riva, che cos’è il nuovo ponte?": "una promessa mantenuta"}
    text = "«La frana era una minaccia annunciata», ha spiegato il geologo Paolo Serra."
    assert said(text) == {"Secondo Paolo Serra, che cos’era la frana?": "una minaccia annunciata"}


def test_what_a_thing_is_instead_of_what_it_is_not() -> None:
    text = (
        "«Per chi lavora in città, il treno non è un lusso ma l’unico modo per arrivare in "
        "tempo», ha detto l’assessore Marco Ferri."
    )
    assert said(text) == {
        "Secondo Marco Ferri, per chi lavora in città, che cos’è il treno?": (
            "l’unico modo per arrivare in tempo"
        )
    }
    text = '"The library is not a luxury but a lifeline for older people," said Ruth Ellis.'
    assert said(text, "en") == {
        "How did Ruth Ellis describe the library?": "a lifeline for older people"
    }


def test_what_a_thing_is_like_and_what_is_so() -> None:
    text = "«Un alveare è come una biblioteca che vola: conserva tutto», ha detto Anna Riva."
    assert said(text) == {
        "Secondo Anna Riva, a che cosa somiglia un alveare?": "una biblioteca che vola"
    }
    text = '"A good harbour is like a second home," said skipper Tom Reid.'
    assert said(text, "en") == {
        "According to Tom Reid, what is a good harbour like?": "a second home"
    }
    text = "«Il passaparola è stato decisivo», ha ammesso la direttrice Anna Riva."
    assert said(text) == {"Secondo Anna Riva, che cosa è stato decisivo?": "il passaparola"}
    text = '"The response from volunteers has been extraordinary," said Ruth Ellis.'
    assert said(text, "en") == {
        "According to Ruth Ellis, what has been extraordinary?": "the response from volunteers"
    }
    assert said("«I ritardi sono stati pesanti», ha detto Anna Riva.") == {}
    assert said("«La risposta è stata rapida», ha detto Anna Riva.") == {}
    assert said('"The skills are here," said Ann Cole.', "en") == {}
    assert said('"The effect was not large, but it is real," said Ann Cole.', "en") == {}


def test_a_list_stays_whole_in_the_answer() -> None:
    text = '"A new pier is the only sensible answer, and it is one we can afford," said Tom Reid.'
    assert said(text, "en") == {"How did Tom Reid describe a new pier?": "the only sensible answer"}
    text = (
        "«Il traghetto è un modo per andare dal medico, in banca o a scuola», ha detto "
        "l’assessore Marco Ferri."
    )
    assert said(text) == {
        "Secondo Marco Ferri, che cos’è il traghetto?": (
            "un modo per andare dal medico, in banca o a scuola"
        )
    }
    # the one thing a predicate picks out asks for its subject, the list whole in the question
    text = text.replace("un modo", "l’unico modo")
    assert said(text) == {
        "Secondo Marco Ferri, qual è l’unico modo per andare dal medico, in banca o a scuola?": (
            "il traghetto"
        )
    }


def test_no_description_of_a_pronoun_or_of_how_a_thing_is() -> None:
    assert said('"This is the best day of my life," said Tom Reid.', "en") == {}
    assert said('"Our school is the best in Wales," said Tom Reid.', "en") == {}
    assert said('"The plan is that we open in May," said Tom Reid.', "en") == {}
    assert said("«Il treno non è un lusso», ha detto Marco Ferri.") == {}
    assert said('"Every day we wait is a day lost," said Tom Reid.', "en") == {}
    assert (
        said("«Ogni giorno che perdiamo è un giorno regalato al fuoco», ha detto Anna Riva.") == {}
    )


def test_how_long_something_takes() -> None:
    text = (
        "«Il fuoco ha distrutto tutto in tre giorni. Ci vorranno trent’anni per rivedere i "
        "pini, ma ce la faremo», ha detto la forestale Giulia Nardi."
    )
    assert said(text) == {
        "Secondo Giulia Nardi, quanto tempo ci vorrà per rivedere i pini?": "trent’anni"
    }
    text = '"It will take at least five years to rebuild the harbour wall," said Ann Cole.'
    assert said(text, "en") == {
        "According to Ann Cole, how long will it take to rebuild the harbour wall?": (
            "at least five years"
        )
    }


def test_why_something_is_so() -> None:
    text = (
        '"We have closed the east wing for a month because the roof was leaking," said '
        "hospital director Ann Cole."
    )
    assert said(text, "en") == {
        "Why have they closed the east wing for a month, according to Ann Cole?": (
            "because the roof was leaking"
        )
    }
    text = '"The ferry was cancelled because the swell was too high," said skipper Tom Reid.'
    assert said(text, "en") == {
        "Why was the ferry cancelled, according to Tom Reid?": "because the swell was too high"
    }
    text = (
        "«Abbiamo rinviato la gara perché il campo era allagato», ha detto il presidente Ugo Sala."
    )
    assert said(text) == {
        "Secondo Ugo Sala, perché hanno rinviato la gara?": "perché il campo era allagato"
    }
    text = "«La scuola ha chiuso perché mancavano i bambini», ha detto la sindaca Anna Riva."
    assert said(text) == {
        "Secondo Anna Riva, perché la scuola ha chiuso?": "perché mancavano i bambini"
    }


def test_no_reason_asked_in_the_first_person() -> None:
    assert said('"I left early because my son was ill," said Tom Reid.', "en") == {}
    text = "«Ho lasciato il lavoro perché mio figlio stava male», ha detto Anna Riva."
    assert said(text) == {}
    assert said('"We are selling it because the roof leaks," said Ann Cole.', "en") == {}
    text = '"We cannot refuse a permit because of a problem elsewhere," said Ann Cole.'
    assert said(text, "en") == {}
    text = "«Non abbiamo chiuso perché c’era la crisi», ha detto Anna Riva."
    assert said(text) == {}
    text = '"We have told our staff because they deserve to know," said Ann Cole.'
    assert said(text, "en") == {
        "Why have they told their staff, according to Ann Cole?": "because they deserve to know"
    }


def test_what_a_thing_named_in_the_quotation_does() -> None:
    text = "«È un accordo che porta lavoro nella valle», ha detto il sindaco Marco Ferri."
    assert said(text) == {"Secondo Marco Ferri, che cosa porta l’accordo nella valle?": "lavoro"}
    text = "«È una legge che restituisce speranza a migliaia di famiglie», ha detto Anna Riva."
    assert said(text) == {
        "Secondo Anna Riva, che cosa restituisce la legge a migliaia di famiglie?": "speranza"
    }
    text = '"This is a deal that brings jobs to the valley," said Mayor Tom Reid.'
    assert said(text, "en") == {
        "According to Tom Reid, what does the deal bring to the valley?": "jobs"
    }


def test_no_question_on_what_the_thing_undergoes() -> None:
    assert said("«È una legge che la gente aspetta», ha detto Anna Riva.") == {}
    assert said('"It is a ruling that we welcome," said Tom Reid.', "en") == {}


def test_the_clause_after_but_and_an_opening_phrase() -> None:
    text = (
        "«Non è una scelta facile, ma con questi costi il vecchio stabilimento non è più "
        "sostenibile», ha spiegato l’amministratore Marco Ferri."
    )
    assert said(text) == {
        "Secondo Marco Ferri, con questi costi, che cosa non è più sostenibile?": (
            "il vecchio stabilimento"
        )
    }
    text = '"We tried everything, but the old ferry is no longer viable," said Tom Reid.'
    assert said(text, "en") == {"According to Tom Reid, what is no longer viable?": "the old ferry"}


def test_how_far_a_thing_is_after_a_clause_of_its_own() -> None:
    text = (
        "«Abbiamo trenta chilometri di costa e il pronto soccorso più vicino è a un’ora di "
        "strada», ha detto il sindaco Marco Ferri."
    )
    assert said(text) == {
        "Secondo Marco Ferri, quanto dista il pronto soccorso più vicino?": "un’ora di strada"
    }
    text = '"We have no doctor and the nearest hospital is 40 miles away," said Ann Cole.'
    assert said(text, "en") == {
        "According to Ann Cole, how far away is the nearest hospital?": "40 miles"
    }
    assert said("«Il pane e il vino sono buoni», ha detto Marco Ferri.") == {}


def test_the_words_after_a_colon_of_a_sentence_on_what_the_speaker_did() -> None:
    text = (
        "Il sindaco di Lauria, Marco Ferri, chiede che la sede resti aperta: «Abbiamo trenta "
        "chilometri di costa e il pronto soccorso è a un’ora di strada»."
    )
    assert said(text) == {
        "Secondo Marco Ferri, quanto dista il pronto soccorso?": "un’ora di strada"
    }


def test_a_vague_thing_said_to_be_so_is_not_asked() -> None:
    """'«Il posto è bellissimo»': which place, only the talk around it says."""
    asked = questions_of(
        "La nuova piazza\n\n«Il posto è bellissimo», ha detto la residente Anna Bassi.\n", "it"
    )
    assert not any(q.startswith("Secondo") for q in asked)


def test_a_figures_comma_or_point_does_not_end_the_description() -> None:
    text = '"The real limit is a car park at 2,310 feet on the pass," said ranger Amy Cole.'
    assert said(text, "en") == {
        "How did Amy Cole describe the real limit?": "a car park at 2,310 feet on the pass"
    }
    text = "«Il vero limite è un parcheggio a 1.850 metri di quota», ha detto la guida Ada Neri."
    assert said(text) == {
        "Secondo Ada Neri, che cos’è il vero limite?": "un parcheggio a 1.850 metri di quota"
    }


def test_which_thing_a_one_of_a_kind_subject_is() -> None:
    text = "«Il rischio più immediato adesso è l’erosione», ha detto la docente Anna Riva."
    assert said(text) == {
        "Secondo Anna Riva, qual è il rischio più immediato adesso?": "l’erosione"
    }
    text = '"The biggest problem is staffing," said Dr Anne Walsh.'
    assert said(text, "en") == {"According to Anne Walsh, what is the biggest problem?": "staffing"}
    # a quality, not a thing: not which the problem is
    text = '"The biggest problem is simple," said Dr Anne Walsh.'
    assert said(text, "en") == {}


def test_what_a_thing_is_as_a_verbs_phrase() -> None:
    text = (
        "«Nessuno è contento, ma l’alternativa era svendere il formaggio in magazzino», ha "
        "detto il presidente Giorgio Ferretti."
    )
    assert said(text) == {
        "Secondo Giorgio Ferretti, qual era l’alternativa?": "svendere il formaggio in magazzino"
    }
    text = '"The only option was to close the road for a month," said Tom Reid.'
    assert said(text, "en") == {
        "According to Tom Reid, what was the only option?": "to close the road for a month"
    }


def test_an_opening_phrase_before_the_subject_has_no_verb_of_its_own() -> None:
    text = (
        "«Per anni il trasporto su gomma è stato la Cenerentola, perché l’attenzione andava al "
        "ferro», ha detto l’assessore Luca Sorrentino."
    )
    question = "Secondo Luca Sorrentino, per anni, che cosa è stato il trasporto su gomma?"
    assert said(text) == {question: "la Cenerentola"}


def test_a_one_of_a_kind_predicate_asks_for_its_subject() -> None:
    text = "«Nel Sarrabus l’acqua resta il problema numero uno», ha detto il presidente Ugo Melis."
    assert said(text) == {
        "Secondo Ugo Melis, nel Sarrabus, qual è il problema numero uno?": "l’acqua"
    }
    text = "«Il Polesine è la zona più bassa della regione», ha detto il presidente Ugo Melis."
    assert said(text) == {
        "Secondo Ugo Melis, qual è la zona più bassa della regione?": "il Polesine"
    }
    text = '"Staffing remains the biggest single obstacle," said Dr Anne Walsh.'
    assert said(text, "en") == {
        "According to Anne Walsh, what is the biggest single obstacle?": "staffing"
    }
    # a subject with no determiner is asked only for the one thing a predicate picks out
    assert said('"Staffing is a worry for all of us," said Dr Anne Walsh.', "en") == {}


def test_an_opening_that_ties_to_what_was_said_is_left_out() -> None:
    text = "«Per questo il primo investimento sarà un laboratorio a Napoli», ha detto Ada Neri."
    assert said(text) == {
        "Secondo Ada Neri, quale sarà il primo investimento?": ("un laboratorio a Napoli")
    }
    text = "«Per noi i nonni sono una ricchezza», ha detto il sindaco Sebastiano Mura."
    assert said(text) == {"Secondo Sebastiano Mura, che cosa sono i nonni?": "una ricchezza"}


def test_no_which_question_of_a_description_or_in_the_first_person() -> None:
    text = "«Per due anni la via principale è stata un cantiere», ha detto Luisa Pesenti."
    assert not any(q.startswith("Secondo Luisa Pesenti, per due anni, qual") for q in said(text))
    assert said('"Prevention is the only tool we have," said Renata Holloway.', "en") == {}


def test_what_a_thing_does_with_a_relative_in_its_object() -> None:
    text = "«È una sentenza che dice cose che denunciamo da anni», ha detto Anna Riva."
    assert said(text) == {
        "Secondo Anna Riva, che cosa dice la sentenza?": "cose che denunciamo da anni"
    }
