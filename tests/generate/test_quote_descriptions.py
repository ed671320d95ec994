"""The words a person described something with: 'How did Anna Neri describe the plan?', 'Come
ha definito il piano Marco Ferri?', on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract import quotes

from .test_roles_quotes import cards, speakers


def described(text: str, language: str = "it") -> dict[str, str]:
    found = cards(quotes.extract, text, language)
    return {q: c.answer for q, c in found.items() if c.answer_type == "quote"}


def test_the_words_a_person_described_a_thing_with() -> None:
    text = 'Harbour master Tom Reid described the storm as "the worst in forty years".'
    assert described(text, "en") == {
        "How did Tom Reid describe the storm?": "the worst in forty years"
    }
    text = 'Council leader Ann Cole called the budget "a plan for the next decade" on Monday.'
    assert described(text, "en") == {
        "What did Ann Cole call the budget?": "a plan for the next decade"
    }
    text = "L’assessora Marta Riva ha definito il cantiere «una ferita aperta per il quartiere»."
    assert described(text) == {
        "Come ha definito il cantiere Marta Riva?": "una ferita aperta per il quartiere"
    }


def test_the_speaker_may_be_named_before_in_the_sentence() -> None:
    text = (
        "Il processo si è chiuso ieri. Il pm Carlo Neri ha chiesto la condanna. Nella sua "
        "arringa il pm Neri aveva definito la discarica “un sistema fatto per nascondere”."
    )
    assert described(text) == {
        "Come aveva definito la discarica Carlo Neri?": "un sistema fatto per nascondere"
    }


def test_no_description_of_two_speakers_or_a_long_quotation() -> None:
    text = (
        "Il sindaco Luca Bassi e l’assessora Anna Neri hanno definito il piano «un errore grave»."
    )
    assert described(text) == {}
    text = (
        'Mayor Joe Hart called the plan "a decision that will shape every street and every '
        'school in this city for the next fifty years".'
    )
    assert described(text, "en") == {}


def test_what_a_thing_was_in_the_speakers_words() -> None:
    text = (
        'The head of the port board, Ruth Ellis, said the deal was "a turning point" for the town.'
    )
    assert described(text, "en") == {"How did Ruth Ellis describe the deal?": "a turning point"}
    text = (
        'Owen Price said the new timetable, with two extra trains an hour, had been "a quiet '
        'revolution".'
    )
    assert described(text, "en") == {
        "How did Owen Price describe the new timetable?": "a quiet revolution"
    }


def test_a_feeling_or_a_clause_is_no_description() -> None:
    text = 'Club secretary Ruth Ellis said the members were "bitterly disappointed".'
    assert described(text, "en") == {}
    text = 'Ruth Ellis said the surprise had been "how quickly the crowd went quiet".'
    assert described(text, "en") == {}


def test_the_quotation_may_close_the_first_of_two_predicates() -> None:
    text = (
        'Professor Ian Rudd, of the Leeds School of Music, described the vote as "a landmark" '
        "but warned that the money had not yet arrived."
    )
    assert speakers(text, "en") == {"Who described the vote as “a landmark”?": "Ian Rudd"}
    assert described(text, "en") == {"How did Ian Rudd describe the vote?": "a landmark"}
    text = (
        "Il consigliere Paolo Serra ha definito il bilancio «un compromesso onorevole» e ha "
        "chiesto più fondi per le scuole."
    )
    assert described(text) == {
        "Come ha definito il bilancio Paolo Serra?": "un compromesso onorevole"
    }
    # Inside a noun phrase, the quotation closes nothing.
    text = 'Mayor Joe Hart praised the "green" and the blue lines of the new trams.'
    assert speakers(text, "en") == {}


def test_an_affiliation_may_end_with_its_acronym() -> None:
    text = (
        "Dr Ann Kerr of the Irish Centre for Soil Research (ICSR), who was not part of the "
        'study, called the results "really promising".'
    )
    assert speakers(text, "en") == {"Who called the results “really promising”?": "Ann Kerr"}


def test_a_body_or_an_office_may_describe_a_thing() -> None:
    text = 'The Environment Agency described the spill as "the worst on this river in a decade".'
    assert described(text, "en") == {
        "How did the Environment Agency describe the spill?": "the worst on this river in a decade"
    }
    text = "Il sindaco ha definito la nuova piazza «il salotto della città»."
    assert described(text) == {
        "Come ha definito la nuova piazza il sindaco?": "il salotto della città"
    }
    text = "L’Arpa ha definito il torrente «un malato cronico»."
    assert described(text) == {"Come ha definito il torrente l’Arpa?": "un malato cronico"}


def test_a_body_subject_is_a_few_words_with_no_verb() -> None:
    text = "Il piano che la giunta ha votato ieri ha definito il centro «una zona rossa»."
    assert described(text) == {}
    text = 'Residents of the old mill said the bypass was "a road to nowhere".'
    assert described(text, "en") == {}


def test_a_thing_said_of_may_have_no_article() -> None:
    text = (
        "Judge Ann Kerr heard the case. Passing sentence, Judge Kerr said fuel fraud was "
        '"a serious form of organised crime" that cost the taxpayer dearly.'
    )
    assert described(text, "en") == {
        "How did Ann Kerr describe fuel fraud?": "a serious form of organised crime"
    }
    text = 'Ann Kerr said it was "a serious form of organised crime".'
    assert described(text, "en") == {}


def test_a_description_after_another_verb_of_the_speaker() -> None:
    """The verb that describes comes after a first one that does not ('said ..., and called')."""
    text = (
        'The club’s coach, Dan Pryce, said the team would appeal, and called the ban "a '
        'punishment without a crime".'
    )
    assert described(text, "en") == {
        "What did Dan Pryce call the ban?": "a punishment without a crime"
    }
    text = (
        "La sindaca Lucia Ferro ha detto che il Comune andrà avanti e ha definito la sentenza "
        "«un regalo agli speculatori»."
    )
    assert described(text) == {
        "Come ha definito la sentenza Lucia Ferro?": "un regalo agli speculatori"
    }


def test_a_thing_described_by_a_person_in_the_passive() -> None:
    """The thing is the clause's subject, the person follows 'by' / 'da'; a pronoun subject
    names no thing."""
    text = (
        "The first climb is short, while the last one, with 900 metres of ascent, was "
        'described by route planner Owen Hale as "the real test of the week".'
    )
    assert described(text, "en") == {
        "How did Owen Hale describe the last one?": "the real test of the week"
    }
    text = 'The new pier was called by harbour master Iain Bell "a lifeline for the island".'
    assert described(text, "en") == {
        "What did Iain Bell call the new pier?": "a lifeline for the island"
    }
    assert described('It was described by Iain Bell as "a lifeline for the island".', "en") == {}
    text = (
        "Il nuovo ponte, aperto a ottobre, è stato definito dall’ingegnere Paolo Serra «il "
        "lavoro più difficile della mia vita»."
    )
    assert described(text) == {
        "Come ha definito il nuovo ponte Paolo Serra?": "il lavoro più difficile della mia vita"
    }


def test_one_adjective_in_quotes_is_a_description_one_pronoun_is_not() -> None:
    text = 'Canon Treasurer James Fairburn said the response from the public had been "humbling".'
    assert described(text, "en") == {
        "How did James Fairburn describe the response from the public?": "humbling"
    }
    text = 'The treasurer James Fairburn said the response from the public had been "it".'
    assert described(text, "en") == {}


def test_what_a_thing_had_in_the_speakers_words() -> None:
    text = 'Head coach Alan Reddy said his side had "nothing to be ashamed of" and left.'
    assert described(text, "en") == {
        "What did Alan Reddy say his side had?": "nothing to be ashamed of"
    }
    text = 'Judge Ruth Fane said the firm had shown "a casual disregard for the river".'
    assert described(text, "en") == {
        "What did Ruth Fane say the firm had shown?": "a casual disregard for the river"
    }
    # The participle that opens the quotation is the question's.
    text = 'Cllr Rhian Pugh said the authority had "protected the services people rely on most".'
    assert described(text, "en") == {
        "What did Rhian Pugh say the authority had protected?": "the services people rely on most"
    }


def test_a_duty_or_a_clause_after_had_is_no_thing_had() -> None:
    for text in (
        'Mayor Jo Platt said the council had "to act now" on the bridge.',
        'Mayor Jo Platt said the council had "nothing" to do with the bridge.',
        'Mayor Jo Platt said the council had "been misled by the contractor".',
        'Mayor Jo Platt said the council had "switched off for five minutes".',
        'Mayor Jo Platt said the council had "known about the rust for a decade".',
    ):
        assert described(text, "en") == {}, text


def test_the_speaker_may_have_an_apposition_before_the_verb() -> None:
    text = (
        "Mark Devlin, the director of generation for the nuclear fleet, said the results of the "
        'inspection were "encouraging" but that no decision had been made.'
    )
    assert described(text, "en") == {
        "How did Mark Devlin describe the results of the inspection?": "encouraging"
    }


def test_a_title_the_lexicon_lacks_is_no_part_of_a_known_speakers_name() -> None:
    text = (
        "Deputy Paul Renouf, the island’s Minister for Sustainable Economic Development, said "
        'the deal was "a risk worth taking". Renouf spoke first.'
    )
    found = cards(quotes.extract, text, "en")
    assert found["Who said the deal was “a risk worth taking”?"].answer == "Paul Renouf"
