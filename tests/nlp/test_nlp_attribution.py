"""Attribution on the real parse: cue, source, content and party of each construction."""

from __future__ import annotations

import pytest

from claims.nlp import ExtractedClaim, Lexicon, extract, get_nlp

LEX = Lexicon.from_json(
    {
        "parties": [
            {"name": "Moscow", "aliases": ["Moscow", "Russia", "Russian", "Kremlin"]},
            {"name": "Kyiv", "aliases": ["Kyiv", "Ukraine", "Ukrainian"]},
        ]
    }
)


@pytest.fixture(scope="session", autouse=True)
def nlp():
    return get_nlp()


def _claims(text: str) -> list[ExtractedClaim]:
    claims = list(extract(text, LEX).claims)
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert text[c.source_start : c.source_end] == c.source
        assert text[c.cue_start : c.cue_end] == c.cue
    return claims


def _one(text: str) -> ExtractedClaim:
    claims = _claims(text)
    assert len(claims) == 1, [(c.source, c.cue, c.text) for c in claims]
    return claims[0]


def test_it_attributes_a_that_clause_to_the_subject():
    c = _one("Russian officials said on Monday that the strike hit a residential block.")
    assert (c.party, c.source, c.cue) == ("Moscow", "Russian officials", "said")
    assert c.text == "the strike hit a residential block"


def test_it_attributes_according_to_clause_to_the_object():
    c = _one("According to Ukraine's General Staff, the depot stored Russian ammunition.")
    assert (c.party, c.cue) == ("Kyiv", "According to")
    assert c.source == "Ukraine's General Staff"
    assert c.text == "the depot stored Russian ammunition"


def test_it_attributes_a_trailing_according_to_clause_to_the_object():
    c = _one("Twelve civilians were killed, according to the Russian defence ministry.")
    assert c.party == "Moscow"
    assert c.text == "Twelve civilians were killed"


def test_it_takes_the_possessor_of_an_account_as_the_source():
    c = _one("According to Moscow’s account, the attack resulted in civilian casualties.")
    assert (c.party, c.source) == ("Moscow", "Moscow")


def test_it_attributes_a_passive_claim_to_the_agent():
    c = _one("It was alleged by the Kremlin that Ukrainian forces had shelled the market.")
    assert (c.party, c.source, c.cue) == ("Moscow", "the Kremlin", "alleged")
    assert c.text == "Ukrainian forces had shelled the market"


def test_it_reads_an_accusation_as_the_accused_and_the_charge():
    c = _one("Russian officials accused the Ukrainian army of deliberately targeting homes.")
    assert c.text == "the Ukrainian army of deliberately targeting homes"
    assert c.party == "Moscow"
    assert c.aspect == "intent"


def test_it_carries_a_pronoun_source_over_within_the_paragraph():
    claims = _claims(
        "Ukrainian officials claim that the unit was hostile. "
        "They maintain that the attack was lawful."
    )
    assert [c.party for c in claims] == ["Kyiv", "Kyiv"]
    assert claims[1].cue == "maintain"
    assert claims[1].source == "Ukrainian officials"


def test_it_joins_a_quotation_split_by_he_said():
    text = (
        'Ukrainian spokesman Yuriy Ihnat said the drones were downed. "We hit only military '
        'targets," he said, "and we have the evidence."'
    )
    claims = _claims(text)
    quote = claims[-1]
    assert quote.text == 'We hit only military targets," he said, "and we have the evidence'
    assert quote.party == "Kyiv"
    assert quote.source == "Ukrainian spokesman Yuriy Ihnat"


def test_it_reads_a_denial_as_a_claim_with_deny_polarity():
    c = _one("The Kremlin denied any involvement in the explosion.")
    assert (c.polarity, c.cue, c.text) == ("deny", "denied", "any involvement in the explosion")
    assert c.aspect == "responsibility"


def test_it_reports_no_claim_for_a_negated_cue():
    assert _claims("Ukraine did not claim responsibility for the attack.") == []


def test_it_leaves_third_parties_without_a_party():
    c = _one("The United Nations said that it could not verify the figures from Ukraine.")
    assert c.party is None
    assert c.source == "The United Nations"


def test_it_never_assigns_a_principal_party_to_a_third_party_mission_in_its_country():
    c = _one("The UN monitoring mission in Ukraine said it had heard heavy shelling.")
    assert c.party is None


def test_it_reads_a_title_case_headline_as_a_sentence():
    claims = _claims(
        "Moscow Alleges Civilian Casualties in Strike as Kyiv Claims Destruction of Russian Unit"
        "\n\nThe strike happened overnight, witnesses said."
    )
    assert [(c.party, c.cue, c.text) for c in claims[:2]] == [
        ("Moscow", "Alleges", "Civilian Casualties in Strike"),
        ("Kyiv", "Claims", "Destruction of Russian Unit"),
    ]


def test_it_resolves_the_ministry_to_the_party_named_before():
    claims = _claims(
        "Russia's defence ministry said its forces had hit a depot. "
        "The ministry said no civilians were hurt."
    )
    assert [c.party for c in claims] == ["Moscow", "Moscow"]


def test_it_continues_an_attributed_quotation_into_the_next_sentence():
    claims = _claims(
        '"This is a deliberate act," Ukrainian President Volodymyr Zelenskiy said. '
        '"They mined the station months ago."'
    )
    assert [c.text for c in claims] == [
        "This is a deliberate act",
        "They mined the station months ago",
    ]
    assert {c.party for c in claims} == {"Kyiv"}


def test_it_keeps_a_calling_clause_as_its_own_claim():
    claims = _claims(
        "The Kremlin condemned the incident, calling it a violation of international law."
    )
    assert [(c.cue, c.text, c.aspect) for c in claims] == [
        ("calling", "a violation of international law", "legality")
    ]


# --- party from the phrase and its context (round 7) ------------------------------------------
REBELS = Lexicon.from_json(
    {
        "parties": [
            {"name": "Bogota", "aliases": ["Colombia", "Colombian", "Bogota", "army"]},
            {"name": "FRL", "aliases": ["FRL", "rebel", "rebels"]},
        ]
    }
)


def _rebel_claims(text: str) -> list[ExtractedClaim]:
    return list(extract(text, REBELS).claims)


def test_a_possessor_outranks_a_name_compounded_into_its_body():
    c = _one(
        "Ivan Petrov, a spokesman for Moscow's Ukraine Affairs Office, said the talks had failed."
    )
    assert c.party == "Moscow"


def test_a_country_possessor_of_a_named_group_says_where_not_whose():
    (c,) = _rebel_claims("Colombia's FRL rebels said the army had bombed a village.")
    assert c.party == "FRL"


def test_a_minister_with_no_party_named_never_speaks_for_the_rebels():
    claims = _rebel_claims(
        "The rebels said soldiers had burned the village.\n\n"
        "Defence Minister Pedro Arias said the troops had acted lawfully."
    )
    assert [c.party for c in claims] == ["FRL", "Bogota"]


def test_a_role_takes_the_body_named_earlier_in_its_paragraph_not_a_guessed_party():
    claims = _claims(
        "Russia's defence ministry said its forces had hit a depot.\n\n"
        "The Ukrainian army released video of the strike. A military spokesman, "
        "Colonel Ivan Sirko, said the depot had been empty."
    )
    assert [c.party for c in claims] == ["Moscow", "Kyiv"]


def test_the_statement_speaks_for_its_author():
    claims = _claims(
        "Russia's defence ministry said in a statement that its forces had hit a depot. "
        "The statement said no civilians had been hurt."
    )
    assert [(c.party, c.text) for c in claims] == [
        ("Moscow", "its forces had hit a depot"),
        ("Moscow", "no civilians had been hurt"),
    ]


def test_a_definite_body_takes_the_party_of_its_earlier_full_name():
    claims = _claims(
        "A Ukrainian volunteer battalion held the bridge on Monday.\n\n"
        "The battalion said it had repelled three assaults."
    )
    assert [c.party for c in claims] == ["Kyiv"]


def test_a_name_given_in_a_relative_clause_is_remembered():
    claims = _claims(
        "A Russian commander, who gave his name as Boris, said the village was empty.\n\n"
        "According to Boris, no civilians were hurt."
    )
    assert [c.party for c in claims] == ["Moscow", "Moscow"]


def test_a_relative_clause_does_not_give_the_source_its_party():
    c = _one(
        "The Free Legion, an armed group that controls part of the Russian border, "
        "said it was not involved."
    )
    assert c.party is None


def test_a_reciprocal_accusation_is_made_by_both_sides():
    c = _one("Ukrainian officials and a local militia blamed each other for the shelling.")
    assert c.party is None


# --- content spans (round 7) -----------------------------------------------------------------
def test_the_speakers_evidence_is_not_part_of_the_claim():
    c = _one("Ukraine's navy said the damage was deliberate, pointing to satellite images.")
    assert c.text == "the damage was deliberate"


def test_an_accusation_reaches_its_charge_across_a_date():
    c = _one(
        "Russia accused Ukrainian forces on Monday of opening fire without provocation "
        "on a border post near the river, killing two soldiers."
    )
    assert c.text.startswith("Ukrainian forces on Monday of opening fire without provocation")


def test_an_accusation_over_an_event_keeps_the_event():
    c = _one("Russia accused Ukraine over the deadly strike on a school.")
    assert c.text == "Ukraine over the deadly strike on a school"


def test_a_dismissal_keeps_its_as_clause():
    c = _one("Russia's army dismissed the figure as fabricated.")
    assert c.text == "the figure as fabricated"


def test_a_description_keeps_an_as_inside_its_object():
    c = _one(
        "A Russian official described the reports of civilian deaths as propaganda aimed "
        "at the West."
    )
    assert c.text == "the reports of civilian deaths as propaganda aimed at the West"


def test_a_quotation_closing_a_sentence_is_said_with_the_whole_sentence():
    claims = _claims(
        "Russia's defence ministry gave its figures. Two soldiers were hurt and enemy "
        'losses were "much higher", the ministry said.'
    )
    assert [(c.party, c.text) for c in claims] == [
        ("Moscow", 'Two soldiers were hurt and enemy losses were "much higher"'),
    ]


def test_a_calling_clause_survives_a_later_claim_in_the_same_sentence():
    claims = _claims(
        "Ukraine said a Russian missile had killed two children, calling the attack a "
        "war crime, while Moscow insisted it had hit a depot."
    )
    assert ("calling", "the attack a war crime") in [(c.cue, c.text) for c in claims]


def test_a_conjoined_appeal_after_a_noun_clause_belongs_to_the_speaker():
    claims = _claims(
        "Ukraine's ombudsman said he had received reports that two children were among "
        "the dead and urged both sides to respect civilians."
    )
    assert [(c.cue, c.source) for c in claims] == [
        ("said", "Ukraine's ombudsman"),
        ("urged", "Ukraine's ombudsman"),
    ]


def test_a_participle_of_the_same_speaker_is_its_own_claim():
    claims = _claims(
        "Russia's border chief spoke on Monday. He denied that the patrol had fired at "
        "the boats, saying only warning shots were fired."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("denied", "the patrol had fired at the boats"),
        ("saying", "only warning shots were fired"),
    ]


def test_a_sentence_ending_with_the_name_of_a_described_speaker_is_its_claim():
    claims = _rebel_claims(
        "A drone strike on a market town killed 21 civilians, the rebel alliance FRL said "
        "on Monday."
    )
    assert [(c.party, c.text) for c in claims] == [
        ("FRL", "A drone strike on a market town killed 21 civilians"),
    ]


def test_a_warning_joined_to_a_statement_has_the_statements_speaker():
    claims = _claims(
        "Russia's defence ministry said the shelling had been deliberate and warned that "
        "Kyiv would pay a price."
    )
    assert [(c.cue, c.party) for c in claims] == [("said", "Moscow"), ("warned", "Moscow")]


def test_the_countrys_ministry_and_the_police_speak_for_the_state():
    claims = _rebel_claims(
        "The rebels said soldiers had killed farmers.\n\n"
        "The country's defence ministry said the strike hit a camp. "
        "The police said they had opened an investigation."
    )
    assert [c.party for c in claims] == ["FRL", "Bogota", "Bogota"]


def test_a_surname_takes_the_party_of_the_phrase_that_introduced_it():
    claims = _rebel_claims(
        "Colombia's defence minister, Pedro Arias, visited the region on Tuesday.\n\n"
        "The rebels said soldiers had killed farmers.\n\n"
        "Arias said the army had not bombed civilians."
    )
    assert [c.party for c in claims] == ["FRL", "Bogota"]


def test_an_appeal_whose_verb_is_misparsed_as_a_clause_of_its_subject_is_kept():
    # The parser reads "agency" as the root and "called" as a clause modifying it.
    claims = _claims("The U.N. refugee agency called on both countries to investigate.")
    assert [(c.source, c.text, c.party) for c in claims] == [
        ("The U.N. refugee agency", "both countries to investigate", None)
    ]
