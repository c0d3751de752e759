"""Attribution on the real parse: cue, source, content and party of each construction."""

from __future__ import annotations

import pytest

from claims.nlp import ExtractedClaim, Lexicon, extract, get_nlp
from claims.nlp.attribution import DocIndex, Extractor, source_range
from claims.nlp.attribution.index import _count_quote_marks
from claims.nlp.attribution.subjects import _nearest_subject
from claims.nlp.components import doc_lines, original_text


def _parties(*sides: tuple[str, ...]) -> Lexicon:
    """A lexicon of the given parties, each as (name, *aliases)."""
    return Lexicon.from_json(
        {"parties": [{"name": name, "aliases": list(aliases)} for name, *aliases in sides]}
    )


LEX = _parties(
    ("Moscow", "Moscow", "Russia", "Russian", "Kremlin"), ("Kyiv", "Kyiv", "Ukraine", "Ukrainian")
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
    # Two quoted sentences with the attribution and a full stop between them are two
    # claims of one speaker (the convention the annotators' brief states).
    claims = _claims(
        '"This is a deliberate act," Ukrainian President Volodymyr Zelenskiy said. '
        '"They mined the station months ago."'
    )
    assert [c.text for c in claims] == [
        "This is a deliberate act",
        "They mined the station months ago",
    ]
    assert {c.party for c in claims} == {"Kyiv"}


def test_a_quotation_resumed_after_the_attribution_with_adverbials_continues_it():
    claims = _claims(
        "“The convoy carried only flour,” a Ukrainian regional governor told reporters "
        "in a video call. “Nobody on those trucks was armed.”"
    )
    assert [c.text for c in claims] == [
        "The convoy carried only flour",
        "Nobody on those trucks was armed",
    ]
    assert {c.party for c in claims} == {"Kyiv"}


def test_a_quotation_after_another_claim_of_the_speaker_stays_its_own_claim():
    # The attribution goes on to report something else: the next quotation is not the
    # second half of the first.
    claims = _claims(
        '"The depot was empty," the Russian general said, adding that no soldier had '
        'been hurt. "We will respond."'
    )
    assert [c.text for c in claims] == [
        "The depot was empty",
        "no soldier had been hurt",
        "We will respond",
    ]


def test_it_keeps_a_calling_clause_as_its_own_claim():
    claims = _claims(
        "The Kremlin condemned the incident, calling it a violation of international law."
    )
    assert [(c.cue, c.text, c.aspect) for c in claims] == [
        ("calling", "a violation of international law", "legality")
    ]


# --- party from the phrase and its context (round 7) ------------------------------------------
REBELS = _parties(
    ("Bogota", "Colombia", "Colombian", "Bogota", "army"), ("FRL", "FRL", "rebel", "rebels")
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


# --- party resolution (round 8) ---------------------------------------------------------------
def test_a_state_demonym_on_an_armed_group_says_where_not_whose():
    claims = _claims(
        "The Black Wolves, a Ukrainian militia that operates along the border, denied "
        "any involvement."
    )
    assert [(c.party, c.text) for c in claims] == [(None, "any involvement")]


def test_the_place_a_body_speaks_from_gives_its_party():
    claims = _claims(
        "Ukraine said a drone hit a school.\n\n"
        "In Moscow, the defence committee said the drone had hit a depot. The defence "
        "council, meeting in Kyiv on Tuesday, called the strike a war crime."
    )
    assert [c.party for c in claims] == ["Kyiv", "Moscow", "Kyiv"]


def test_state_media_speak_for_the_state_that_spoke_before():
    claims = _claims(
        "Russia's defence ministry said the depot had been hit.\n\n"
        "A local resident said she heard two blasts. State media reported that the "
        "strike had been repelled."
    )
    assert [c.party for c in claims] == ["Moscow", None, "Moscow"]


def test_a_body_named_as_possessor_takes_its_earlier_full_name():
    claims = _claims(
        "Russia's army was accused by Ukraine's foreign minister of using cluster bombs. "
        "The army's spokesman said no such bombs had been fired."
    )
    assert [c.party for c in claims] == ["Kyiv", "Moscow"]


def test_the_countrys_minister_is_not_another_countrys_minister():
    claims = _claims(
        "Ukraine's defence minister said the drone came from the east.\n\n"
        "In Moscow, the general staff said the drone was Ukrainian.\n\n"
        "The country's defence minister, Ivan Orlov, said no drone had crossed the border."
    )
    assert [c.party for c in claims] == ["Kyiv", "Moscow", "Moscow"]


def test_the_presidency_speaks_for_the_state_that_spoke_last():
    claims = _claims(
        "Russia's interior ministry said the two men had been arrested on its soil.\n\n"
        "The presidency described the men as spies."
    )
    assert [c.party for c in claims] == ["Moscow", "Moscow"]


def test_the_group_refers_back_to_the_rebels_not_to_the_government():
    claims = _rebel_claims(
        "The FRL said soldiers had killed 12 villagers.\n\n"
        "Colombia's army said it had killed 12 rebels.\n\n"
        "The group denied that any of its fighters had been in the village."
    )
    assert [c.party for c in claims] == ["FRL", "Bogota", "FRL"]


def test_a_shared_given_name_does_not_make_two_people_one():
    claims = _claims(
        "Russia's defence minister, Pavel Ivan Orlov, said the border was calm.\n\n"
        "The Free Legion said it had crossed the border. Its spokesman, Ivan Sirko, said "
        "the raid had succeeded."
    )
    assert [c.party for c in claims] == ["Moscow", None, None]


# --- content spans (round 8) ---------------------------------------------------------------------
def test_a_quotation_split_by_its_speaker_is_one_claim_even_with_an_object():
    claims = _claims(
        '"There were no soldiers in the village," a Ukrainian spokesman said, "only '
        'farmers and children."'
    )
    assert [c.text for c in claims] == [
        'There were no soldiers in the village," a Ukrainian spokesman said, "only '
        "farmers and children"
    ]


def test_a_participle_with_its_own_clause_does_not_take_the_quotation_before_it():
    claims = _claims(
        'A Ukrainian official dismissed the claim as "theatre for the public", saying '
        "the men had carried only pistols."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("dismissed", 'the claim as "theatre for the public"'),
        ("saying", "the men had carried only pistols"),
    ]


def test_an_accusation_misparsed_as_a_clause_keeps_the_accused_and_the_charge():
    c = _claims(
        "Ivan Petrenko, a spokesman for the Ukrainian ministry of refugees and repatriation, "
        "accused Russian guards of firing on people who were running away with their hands "
        "raised."
    )
    assert [c.text for c in c] == [
        "Russian guards of firing on people who were running away with their hands raised"
    ]


def test_a_passive_accusation_says_just_the_charge():
    claims = _claims(
        "Russia was accused by Ukraine's foreign minister of committing \"a crime against "
        'humanity" at the border.'
    )
    assert [(c.party, c.text) for c in claims] == [
        ("Kyiv", 'committing "a crime against humanity" at the border')
    ]


def test_it_was_alleged_by_the_speaker_that():
    claims = _claims(
        "It was alleged by the Ukrainian presidency that Russia had used an armed drone "
        "of foreign manufacture in the attack."
    )
    assert [(c.party, c.text) for c in claims] == [
        ("Kyiv", "Russia had used an armed drone of foreign manufacture in the attack")
    ]


def test_a_partitive_tail_belongs_to_the_reported_clause():
    claims = _claims(
        "Ukraine's health ministry said in a statement that 11 people had died, among "
        "them six children, and blamed Russia. Russia said 31 soldiers had been killed, "
        "none of them conscripts."
    )
    texts = [c.text for c in claims]
    assert "11 people had died, among them six children" in texts
    assert "31 soldiers had been killed, none of them conscripts" in texts


def test_two_clauses_of_one_cue_are_one_claim():
    claims = _claims(
        "Doctors at the hospital in Kharkiv said most of the 14 wounded brought there had "
        "shrapnel wounds."
    )
    assert [c.text for c in claims] == ["most of the 14 wounded brought there had shrapnel wounds"]


def test_a_fronted_account_attributes_the_rest_of_the_sentence():
    claims = _claims(
        "In Moscow's account, the boat had been carrying explosives, which divers "
        "recovered from the river."
    )
    assert [(c.party, c.cue, c.text) for c in claims] == [
        (
            "Moscow",
            "account",
            "the boat had been carrying explosives, which divers recovered from the river",
        )
    ]


def test_where_a_denial_was_made_is_not_what_is_denied():
    claims = _claims("Russia denied any involvement in a statement posted on social media.")
    assert [c.text for c in claims] == ["any involvement"]


def test_a_commander_of_a_militia_does_not_speak_for_the_state_that_spoke_before():
    claims = _claims(
        "Ukraine's army said a militia had attacked the village.\n\n"
        "A commander of the militia denied that his fighters had entered the village."
    )
    assert [c.party for c in claims] == ["Kyiv", None]


def test_a_characterisation_keeps_its_closing_quotation_mark():
    c = _one('Ukraine\'s foreign ministry called the attack a "deliberate act of terror".')
    assert c.text == 'the attack a "deliberate act of terror"'
    # A predicate quoted whole is the speaker's words alone (round 19).
    c = _one('Ukraine\'s foreign ministry called the attack "a war crime".')
    assert c.text == "a war crime"


def test_a_fronted_participle_says_where_the_body_spoke():
    claims = _claims(
        "Ukraine said the drone hit a school. Speaking in Moscow, the commander said the "
        "drone had hit a depot."
    )
    assert [c.party for c in claims] == ["Kyiv", "Moscow"]


def test_a_fronted_account_before_a_cue_verb_is_that_verbs_adverbial():
    claims = _claims("In its account, the Russian ministry said the drone hit a depot.")
    assert [(c.cue, c.source) for c in claims] == [("said", "the Russian ministry")]


def test_the_group_after_a_rights_group_is_the_rights_group():
    claims = _rebel_claims(
        "The FRL said soldiers had killed 12 villagers.\n\n"
        "Human Rights Watch said it had documented the killings.\n\n"
        "The group said it had spoken to five witnesses."
    )
    assert [c.party for c in claims] == ["FRL", None, None]


def test_a_directive_conjoined_inside_a_blamed_charge_keeps_the_speaker():
    claims = _claims(
        "Ukraine's foreign ministry blamed the Russian authorities for allowing the TTP "
        "to operate freely from Russian soil and urged them to hand over the group's leaders."
    )
    by_cue = {c.cue: c for c in claims}
    assert by_cue["blamed"].text == (
        "the Russian authorities for allowing the TTP to operate freely from Russian soil"
    )
    assert by_cue["urged"].source == "Ukraine's foreign ministry"
    assert by_cue["urged"].party == "Kyiv"


def test_a_partitive_tail_and_the_place_after_it_belong_to_the_charge():
    c = _one(
        "Ukraine accused Russia of killing 12 civilians, most of them children, in overnight "
        "drone strikes on two villages near Kharkiv."
    )
    assert c.text == (
        "Russia of killing 12 civilians, most of them children, in overnight drone strikes "
        "on two villages near Kharkiv"
    )


def test_a_second_that_clause_is_a_claim_of_its_own():
    # (The convention of the annotators since round 36: "said A and that B" is two claims.)
    claims = _claims(
        "The Ukrainian council said the island lay within Ukraine's waters and that a 2016 "
        "court ruling had rejected Russia's claims."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("said", "the island lay within Ukraine's waters"),
        ("said", "a 2016 court ruling had rejected Russia's claims"),
    ]


def test_its_spokesman_after_a_reported_clause_is_the_reporting_body():
    claims = _claims(
        "According to the Russian coast guard, the Ukrainian vessel had entered the waters "
        "illegally. Its spokesman, Ivan Petrov, said the guards had acted lawfully."
    )
    said = next(c for c in claims if c.cue == "said")
    assert said.party == "Moscow"


def test_calling_keeps_a_predicate_parsed_as_an_apposition_of_the_last_noun():
    claims = _claims(
        "A Russian spokesman denied that anyone had been hurt, calling the reports of "
        'injuries "pure fabrication".'
    )
    calling = next(c for c in claims if c.cue == "calling")
    assert calling.text == 'the reports of injuries "pure fabrication"'


def test_an_association_in_a_country_does_not_speak_for_it():
    c = _one(
        "Ivan Kovalenko, chairman of the farmers' association in Ukraine's Kharkiv region, "
        "said the shells fell on fields."
    )
    assert c.party is None


def test_a_closing_bracket_belongs_to_the_clause():
    c = _one("A Russian official said the strike had hit bases of the Azov Regiment (AR).")
    assert c.text == "the strike had hit bases of the Azov Regiment (AR)"


def test_a_participle_tail_the_parser_hangs_on_the_cue_belongs_to_the_clause():
    # After "(AR)," the parser makes "used" an xcomp of "told".
    c = _one(
        "A Russian official told reporters that the strike had hit bases of the Azov "
        "Regiment (AR), used to plan raids on Belgorod last month."
    )
    assert c.text == (
        "the strike had hit bases of the Azov Regiment (AR), used to plan raids on Belgorod "
        "last month"
    )


def test_a_writers_comment_on_the_claim_is_cut():
    c = _one(
        "It was alleged by the Ukrainian prosecutor that the missiles carried cluster "
        "warheads, a claim the Russian ministry did not address."
    )
    assert c.text == "the missiles carried cluster warheads"


def test_a_regional_office_speaks_for_the_country_of_the_dateline():
    c = _one(
        "KHARKIV, Ukraine, May 24 (Wire) - The regional prosecutor said the missiles "
        "carried cluster warheads."
    )
    assert c.party == "Kyiv"


def test_an_unnamed_ministry_speaks_for_the_state_of_the_dateline():
    c = _one(
        "KYIV, May 24 (Wire) - The defence ministry said the missiles carried cluster warheads."
    )
    assert c.party == "Kyiv"
    plural = _one(
        "KYIV, May 24 (Wire) - The two governments said the missiles carried cluster warheads."
    )
    assert plural.party is None


def test_a_that_clause_on_the_participle_of_a_statement_is_the_claim():
    # "said in a statement posted online that X": the clause hangs on "posted".
    c = _one(
        "Ukraine's border service said in a statement posted online that Russian drones "
        "had hit a customs post."
    )
    assert (c.party, c.text) == ("Kyiv", "Russian drones had hit a customs post")


def test_a_speaker_appended_after_a_comma_to_a_subjectless_said():
    # The parser hangs the speaker on the last noun and "said" on "killed".
    c = _one(
        "A Russian drone strike on a van near the village of Oskil killed two farmers, "
        "including a teenage girl, the Ukrainian Farmers' Union (UFU) said on Friday."
    )
    assert c.source == "the Ukrainian Farmers' Union (UFU)"
    assert c.text == (
        "A Russian drone strike on a van near the village of Oskil killed two farmers, "
        "including a teenage girl"
    )


def test_a_clause_read_as_an_object_and_a_that_clause_are_two_claims():
    # (One claim until round 39; two since, as for any "said A and that B".)
    claims = _claims(
        "A Ukrainian officer said shards recovered at the bridge matched shells used by the "
        "Russian army and that the trajectory pointed to a base in Belgorod."
    )
    assert [c.text for c in claims] == [
        "shards recovered at the bridge matched shells used by the Russian army",
        "the trajectory pointed to a base in Belgorod",
    ]


def test_calling_a_gerund_object_something_keeps_both():
    c = _one("The Ukrainian foreign ministry called the shelling a flagrant breach of the truce.")
    assert c.text == "the shelling a flagrant breach of the truce"


ZIMBABWE_REBELS = _parties(
    ("Harare", "Zimbabwe", "Zimbabwean", "Harare"), ("Front", "Liberation Front", "rebels", "rebel")
)
HEZBOLLAH = _parties(("Israel", "Israel", "Israeli"), ("Hezbollah", "Hezbollah"))


def _speakers(text: str, lexicon: Lexicon) -> list[tuple[str | None, str]]:
    return [(c.party, c.source) for c in extract(text, lexicon).claims]


def test_the_general_staff_is_a_state_body_not_a_general():
    got = _speakers(
        "HARARE, Zimbabwe, May 2 (Wire) - The rebels said soldiers had burned a village. "
        "The group accused the army of lying.\n\n"
        'The General Staff rejected the accusation as "propaganda". Its spokesman, Colonel '
        "Tendai Moyo, said the unit had come under fire.",
        ZIMBABWE_REBELS,
    )
    assert got[2:] == [
        ("Harare", "The General Staff"),
        ("Harare", "Its spokesman, Colonel Tendai Moyo"),
    ]


def test_a_body_word_before_a_role_is_the_body_named_earlier():
    got = _speakers(
        "The Israeli military said its jets had struck a launcher.\n\n"
        "Hezbollah accused Israel of killing civilians and said the dead included children.\n\n"
        '"We struck only the launcher," military spokesman Major Eli Cohen said.\n\n'
        "Cohen said the launcher had been hidden in an orchard.",
        HEZBOLLAH,
    )
    assert got[3:] == [
        ("Israel", "military spokesman Major Eli Cohen"),
        ("Israel", "Cohen"),
    ]


def test_a_name_opening_a_sentence_keeps_the_party_it_was_introduced_with():
    # "Meyers" at the start of a sentence is tagged as a plural noun.
    got = _speakers(
        "The Israeli police said officers had arrested two men.\n\n"
        "Police spokesman Inspector David Meyers denied that officers had fired. Meyers "
        "accused Hezbollah of sending the men.",
        HEZBOLLAH,
    )
    assert got[-1] == ("Israel", "Meyers")


def test_offices_only_a_state_has_speak_for_the_state():
    got = _speakers(
        "HARARE, Zimbabwe, May 2 (Wire) - The Liberation Front rebels said troops had "
        "shelled a clinic.\n\n"
        "The Red Cross called for an inquiry.\n\n"
        'The prime minister\'s office described the shelling as "a fabrication". President '
        "Emmerson Chikore said the army had acted lawfully.",
        ZIMBABWE_REBELS,
    )
    assert got[2:] == [
        ("Harare", "The prime minister's office"),
        ("Harare", "President Emmerson Chikore"),
    ]


def test_a_headline_speaker_is_the_body_the_story_names_in_full():
    got = _speakers(
        "Armed group says Israeli drone hit a car\n\n"
        "BEIRUT, May 2 (Wire) - The Hezbollah group said an Israeli drone had hit a car.",
        HEZBOLLAH,
    )
    assert got[0] == ("Hezbollah", "Armed group")


def test_a_third_country_as_possessor_says_where_not_who():
    got = _speakers("Lebanon's Hezbollah movement said it had fired rockets at a base.", HEZBOLLAH)
    assert got == [("Hezbollah", "Lebanon's Hezbollah movement")]


def test_the_mayor_of_a_place_no_party_names_speaks_for_the_datelines_country():
    body = (
        "The Liberation Front said troops had shelled a clinic.\n\n"
        "According to the mayor of Bvumba, Peter Ndlovu, the shells hit a school."
    )
    # Not the previous speaker's spokesman: an office of the country the story is in.
    abroad = _speakers("MAPUTO, Mozambique, May 2 (Wire) - " + body, ZIMBABWE_REBELS)
    assert abroad[1] == (None, "the mayor of Bvumba, Peter Ndlovu")
    home = _speakers("MUTARE, Zimbabwe, May 2 (Wire) - " + body, ZIMBABWE_REBELS)
    assert home[1] == ("Harare", "the mayor of Bvumba, Peter Ndlovu")


def test_a_named_government_as_possessor_is_not_the_last_state_that_spoke():
    got = _speakers(
        "Israel's defence ministry said its jets had struck a launcher.\n\n"
        "Syria's foreign ministry condemned the strike. The Golan Regional Government's "
        "interior ministry said two people were wounded.",
        HEZBOLLAH,
    )
    assert got[-1] == (None, "The Golan Regional Government's interior ministry")


def test_the_day_a_claim_was_made_is_not_part_of_it():
    # The parser hangs "on Wednesday" on the reported verb, before its subject.
    c = _one("Russia's defence ministry said on Wednesday it had shot down two drones.")
    assert c.text == "it had shot down two drones"


def test_a_headlines_group_is_the_non_state_side_it_names_before():
    got = _speakers(
        "Israel says jets hit Hezbollah depot; group says site was a farm\n\n"
        "BEIRUT, June 4 (Wire) - Israeli jets struck a building near Tyre on Monday, the "
        "Israeli military said.",
        HEZBOLLAH,
    )
    assert got[1] == ("Hezbollah", "group")


def test_the_writers_gloss_on_a_word_of_the_claim_is_cut():
    c = _one(
        'The Russian ministry said its troops only hit "fascist" positions, the word it uses '
        "for Ukrainian units."
    )
    assert c.text == 'its troops only hit "fascist" positions'


@pytest.mark.parametrize(
    "speaker",
    [
        "A senior military official",
        "Government forces",
        "Army spokesman Major Tendai Moyo",
        "The military",
        "Police",
    ],
)
def test_a_states_organ_never_speaks_for_the_rebels_who_spoke_before(speaker):
    got = _speakers(
        "The rebels said soldiers had burned a village.\n\n"
        f"{speaker} said the soldiers had been ambushed.",
        ZIMBABWE_REBELS,
    )
    assert got[1] == ("Harare", speaker)


def test_the_rebels_own_army_or_wing_keeps_their_party():
    got = _speakers(
        "The Zimbabwean army said the rebels had attacked.\n\n"
        "The rebels' military wing said the soldiers had burned a village. The rebel army "
        "said the army lied.",
        ZIMBABWE_REBELS,
    )
    assert [p for p, _ in got] == ["Harare", "Front", "Front"]
    named = _speakers(
        "The Zimbabwean army said the rebels had attacked.\n\n"
        "Liberation Front military commander Simba Dube said the army lied.",
        ZIMBABWE_REBELS,
    )
    assert named[1] == ("Front", "Liberation Front military commander Simba Dube")
    owned = _speakers(
        "The Zimbabwean military said rebels attacked a convoy. The Liberation Front denied "
        "it.\n\nThe group's military spokesman said the convoy carried weapons.",
        ZIMBABWE_REBELS,
    )
    assert owned[-1] == ("Front", "The group's military spokesman")


def test_how_an_accused_act_was_done_is_part_of_the_charge():
    c = _one(
        "A Ukrainian spokesman accused Russian troops of shelling the station, using drones "
        "that had been launched from Belgorod."
    )
    assert c.text == (
        "Russian troops of shelling the station, using drones that had been launched from Belgorod"
    )


def test_a_writers_comment_on_the_last_noun_of_the_claim_is_cut():
    c = _claims(
        "The Russian ministry said the fence was built on Russian land, a position Kyiv rejects."
    )[0]
    assert c.text == "the fence was built on Russian land"


def test_a_clause_read_as_the_object_of_said_is_the_claim():
    # "shards found at the site matched missiles": parsed as one noun phrase.
    c = _one("A Russian officer said shards found at the site matched missiles used by Ukraine.")
    assert c.text == "shards found at the site matched missiles used by Ukraine"
    assert _claims("The Kremlin said a few words about peace.") == []


def test_according_to_figures_from_a_body_is_the_bodys_claim():
    c = _one("Twelve people were killed, according to figures from the Ukrainian health ministry.")
    assert (c.party, c.source) == ("Kyiv", "the Ukrainian health ministry")


def test_what_the_speaker_showed_reporters_is_not_what_was_said():
    c = _one("A Russian spokesman said the troops were mercenaries and showed journalists a map.")
    assert c.text == "the troops were mercenaries"


def test_the_insurgents_are_the_one_armed_side_of_the_lexicon():
    # "insurgents" is no alias of the Front, but the Front is the story's only armed side.
    got = _speakers(
        "The army said rebels attacked a convoy.\n\n"
        "The insurgents' leader, Simba Dube, said the convoy carried weapons. Dube said the "
        "drivers fled.",
        ZIMBABWE_REBELS,
    )
    assert [p for p, _ in got] == ["Harare", "Front", "Front"]


def test_a_quotation_before_according_to_loses_its_marks():
    c = _one('"The strike was a war crime," according to the Ukrainian ministry.')
    assert c.text == "The strike was a war crime"


def test_what_a_statement_read_is_its_claim_but_not_what_a_person_read():
    c = _one('The Ukrainian statement read: "The strike was a war crime."')
    assert (c.party, c.text) == ("Kyiv", "The strike was a war crime")
    assert _claims("A Russian officer read that the strike was a war crime.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said Kyiv was behind the attack, a charge Ukraine denied.",
        "Moscow says Kyiv was behind the attack, a charge Ukraine denies.",
        "Moscow said Kyiv was behind the attack, a charge Ukraine has repeatedly denied.",
    ],
)
def test_a_charge_denied_in_a_closing_comment_is_two_claims(text):
    # The parser makes "denied" the verb "said" reports, or the sentence's root.
    got = [(c.party, c.source, c.text) for c in _claims(text)]
    assert got == [
        ("Moscow", "Moscow", "Kyiv was behind the attack"),
        ("Kyiv", "Ukraine", "a charge"),
    ]


def test_an_armed_group_named_otherwise_is_not_the_lexicons_armed_side():
    got = _speakers(
        "The army said rebels attacked a convoy.\n\nRENAMO insurgents said the convoy carried "
        "weapons.",
        ZIMBABWE_REBELS,
    )
    assert got[1] == (None, "RENAMO insurgents")


def test_a_rebel_movements_president_is_no_states_office():
    got = _speakers(
        "The Zimbabwean army said rebels attacked a convoy. The Liberation Front denied it.\n\n"
        "The group's president, Simba Dube, said the convoy carried weapons.",
        ZIMBABWE_REBELS,
    )
    assert got[-1] == ("Front", "The group's president, Simba Dube")


def test_a_demand_rejected_in_a_closing_comment_is_the_rejecting_sides_claim():
    got = [
        (c.party, c.source, c.cue, c.text)
        for c in _claims(
            "The EU urged Russia to pull its troops out of Ukraine, a demand Moscow has "
            "previously rejected."
        )
    ]
    assert got == [
        (None, "The EU", "urged", "Russia to pull its troops out of Ukraine"),
        ("Moscow", "Moscow", "rejected", "a demand"),
    ]


# --- round 11 -------------------------------------------------------------------------------
def test_a_quotation_closing_the_sentence_before_is_not_the_next_cues():
    got = [
        (c.source, c.text)
        for c in _claims(
            'The Russian navy denied ramming the boat. "It was an accident," its spokesman '
            'said, "caused by the reckless conduct of the crew." He said sailors had pulled '
            "two men from the water."
        )
    ]
    assert got[1:] == [
        (
            "its spokesman",
            'It was an accident," its spokesman said, "caused by the reckless conduct of the crew',
        ),
        ("its spokesman", "sailors had pulled two men from the water"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone hit a depot, with Moscow alleging the strike had been "
        "deliberately aimed at civilians.",
        "A drone hit a depot near a village on the border, with Moscow alleging the strike "
        "had been deliberately aimed at civilians.",
    ],
)
def test_a_clause_hung_on_the_main_verb_after_an_alleged_object_continues_it(text):
    # The parser takes "the strike" as the object of "alleging" and hangs the rest of
    # the clause, with no subject of its own, on the sentence's verb.
    c = _one(text)
    assert (c.party, c.source, c.cue) == ("Moscow", "Moscow", "alleging")
    assert c.text == "the strike had been deliberately aimed at civilians"


def test_accused_read_as_an_adjective_inside_a_noun_phrase_is_an_accusation():
    # "the military accused communist ... fighters" parsed as one noun phrase.
    c = _one(
        "Blasts cut power to the city, and the military accused communist Russian "
        "Volunteer Corps fighters of sabotage."
    )
    assert (c.source, c.cue) == ("the military", "accused")
    assert c.text == "communist Russian Volunteer Corps fighters of sabotage"


def test_the_accused_as_an_adjective_is_no_accusation():
    assert _claims("The wrongly accused members of the unit were freed on Monday.") == []


def test_a_spokeswoman_for_the_body_speaks_for_that_body_not_an_earlier_spokeswoman():
    got = _speakers(
        "The Zimbabwean army's spokeswoman, Colonel Rudo Ncube, said the rebels had set the "
        "fire.\n\n"
        "In a statement, the Liberation Front's northern command denied any involvement.\n\n"
        '"The army burns villages and blames us," said a spokeswoman for the command who '
        "uses a nom de guerre.",
        ZIMBABWE_REBELS,
    )
    assert [p for p, _ in got] == ["Harare", "Front", "Front"]


@pytest.mark.parametrize(
    "source",
    ["Zimbabwe's main opposition alliance", "The National Power Corporation of Zimbabwe"],
)
def test_an_opposition_or_a_company_named_after_the_state_takes_no_party(source):
    got = _speakers(
        f"The Zimbabwean army said rebels blew up the towers. {source} said the outage "
        "would last a week.",
        ZIMBABWE_REBELS,
    )
    assert got[1] == (None, source)


def test_a_state_owned_company_keeps_the_states_party():
    got = _speakers(
        "The Zimbabwean army said rebels blew up the towers. Zimbabwe's state power company "
        "said the outage would last a week.",
        ZIMBABWE_REBELS,
    )
    assert got[1][0] == "Harare"


def test_it_after_a_corporation_refers_to_the_corporation():
    got = _speakers(
        "General Tendai Moyo said rebels blew up the towers.\n\n"
        "The National Power Corporation of Zimbabwe said repairs would take ten days. It "
        "said it could not tell who was responsible.",
        ZIMBABWE_REBELS,
    )
    assert got[-1] == (None, "The National Power Corporation of Zimbabwe")


def test_he_after_one_of_them_named_refers_to_that_person_not_a_plural_noun():
    got = _speakers(
        "Zimbabwe's fisheries minister, Tendai Moyo, said the boats had crossed the line.\n\n"
        "The survivors gave a different version. One of them, Farai Chuma, 34, told reporters "
        'the patrol boat had approached at high speed. "We were not even moving," he said.',
        ZIMBABWE_REBELS,
    )
    assert got[-1] == (None, "One of them, Farai Chuma, 34")


def test_he_is_not_a_plural_subject_told_before():
    got = _speakers(
        "According to the Zimbabwean navy, the fishermen were unarmed.\n\n"
        '"They were fathers," said Farai Chuma, chairman of the fishermen\'s association. '
        "He said 11 fishermen were missing.",
        ZIMBABWE_REBELS,
    )
    assert got[-1] == (None, "Farai Chuma, chairman of the fishermen's association")


def test_a_foreign_minister_heads_the_foreign_ministry_that_spoke_before():
    # Not the other state, whose navy spoke last.
    got = _speakers(
        "Ukraine's foreign ministry said a Russian patrol boat had fired on a fishing boat.\n\n"
        "The Russian navy gave a different account, saying the boat was fishing illegally.\n\n"
        '"Our fishermen were attacked," Foreign Minister Ivan Petrenko told reporters.',
        LEX,
    )
    assert got[-1] == ("Kyiv", "Foreign Minister Ivan Petrenko")


def test_she_after_a_doctor_refers_to_the_doctor():
    got = _speakers(
        "General Tendai Moyo said the rebels had fired first.\n\n"
        "A doctor at the district hospital said two patients had bullet wounds. She said one "
        "of them had died overnight.",
        ZIMBABWE_REBELS,
    )
    assert got[-1] == (None, "A doctor at the district hospital")


def test_two_statements_joined_by_a_semicolon_are_two_claims():
    got = [
        (c.source, c.text)
        for c in _claims(
            "Kyiv says the strike killed 14 people; Moscow says it hit a military target."
        )
    ]
    assert got == [
        ("Kyiv", "the strike killed 14 people"),
        ("Moscow", "it hit a military target"),
    ]


def test_a_headline_number_with_a_participle_is_what_was_said():
    # "says 14 killed in strike": the number read as the object, "killed" as its modifier.
    c = _one("Ukraine says 14 killed in Russian strike on market")
    assert (c.party, c.cue, c.text) == ("Kyiv", "says", "14 killed in Russian strike on market")


def test_an_accused_read_as_two_objects_is_one_accusation():
    # "accused Ukrainian saboteurs of X": "Ukrainian" and "saboteurs" read as two objects.
    got = [
        (c.source, c.text)
        for c in _claims(
            "Kyiv blamed Moscow for the blast, while the Kremlin accused Ukrainian saboteurs "
            "of planting explosives."
        )
    ]
    assert got[-1] == ("the Kremlin", "Ukrainian saboteurs of planting explosives")


@pytest.mark.parametrize(
    "text",
    [
        "A Russian commander was quoted as saying that his unit had repelled the attack.",
        "A Russian commander was quoted by a news agency as saying his unit had repelled the "
        "attack.",
    ],
)
def test_quoted_as_saying_is_said_by_the_person_quoted(text):
    c = _one(text)
    assert (c.party, c.source, c.cue) == ("Moscow", "A Russian commander", "saying")
    assert c.text == "his unit had repelled the attack"


def test_a_subject_read_as_a_relative_clause_of_the_audience_stays_in_the_claim():
    # "told a news conference that fighters ...": "that fighters" read as a relative clause.
    c = _one(
        "A Russian spokesman told a news conference that fighters loyal to Kyiv had carried "
        "away more than 200 tonnes of wheat."
    )
    assert c.text == "fighters loyal to Kyiv had carried away more than 200 tonnes of wheat"


def test_an_alias_with_a_possessive_matches_the_parsed_phrase():
    lexicon = _parties(
        ("Harare", "Zimbabwe", "Zimbabwean"), ("ZPLF", "Zambezi People's Liberation Front")
    )
    got = _speakers(
        "The Zambezi People's Liberation Front said government troops had looted the depot.",
        lexicon,
    )
    assert got == [("ZPLF", "The Zambezi People's Liberation Front")]


def test_a_participle_aside_read_as_the_reported_clause_is_not_what_was_said():
    # "gathered" read as a finite verb with the speaker as its subject.
    c = _one(
        "Relatives of the drivers, gathered outside the Russian foreign ministry, said the "
        "men had been transporting furniture to Austria."
    )
    assert (c.source, c.cue) == ("Relatives of the drivers", "said")
    assert c.text == "the men had been transporting furniture to Austria"


def test_a_statement_read_as_a_second_subject_of_said_is_what_was_said():
    c = _one("Russian soldiers, stationed near the village, fired on the convoy, Kyiv said.")
    assert (c.party, c.source, c.cue) == ("Kyiv", "Kyiv", "said")
    assert c.text == "Russian soldiers, stationed near the village, fired on the convoy"


def test_saying_only_that_says_the_clause():
    c = _one(
        "Asked about the strike, the Russian spokesman declined to comment, saying only that "
        "the situation was stable."
    )
    assert (c.source, c.cue, c.text) == (
        "the Russian spokesman",
        "saying",
        "the situation was stable",
    )


def test_a_speaker_read_as_an_apposition_of_the_last_place_before_a_root_said():
    c = _one(
        "A 62-year-old Ukrainian villager was killed by Russian sniper fire while working in "
        "his orchard near the border village of Kozacha, Ukraine's defence ministry said "
        "Wednesday."
    )
    assert (c.party, c.source) == ("Kyiv", "Ukraine's defence ministry")
    assert c.text.startswith("A 62-year-old Ukrainian villager was killed")
    assert c.text.endswith("the border village of Kozacha")


def test_local_officials_do_not_speak_for_the_side_that_spoke_before():
    got = _speakers(
        "Russia's defence ministry said its units had not opened fire.\n\n"
        "Local officials said residents were too frightened to go to their fields.",
        LEX,
    )
    assert got[-1] == (None, "Local officials")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused Kyiv of using civilians as shields, an allegation Ukraine rejects.",
        "Moscow has long accused Kyiv of using civilians as cover for military positions "
        "along the border, an allegation Ukraine rejects.",
    ],
)
def test_a_present_tense_denial_read_as_a_plural_noun_is_the_denying_sides_claim(text):
    got = [(c.party, c.source, c.cue, c.text) for c in _claims(text)]
    assert got[-1] == ("Kyiv", "Ukraine", "rejects", "an allegation")
    assert not got[0][3].endswith("rejects")


def test_a_military_officer_after_a_witness_speaks_for_the_state():
    got = _speakers(
        "The Zimbabwean army said it had killed 60 rebels. The Liberation Front said it had "
        "overrun a base.\n\n"
        "Residents said the fighting lasted for hours.\n\n"
        "A military officer at the base, who asked not to be named, told Reuters the rebels "
        "had been pushed back.",
        ZIMBABWE_REBELS,
    )
    assert got[-1] == ("Harare", "A military officer at the base")


@pytest.mark.parametrize(
    "shown",
    [
        "video that the Ukrainian navy said showed the Russian ship turning sharply",
        "what Ukrainian officials said was aerial footage of secondary explosions",
    ],
)
def test_a_thing_shown_that_a_speaker_said_was_x_is_no_claim(shown):
    got = [(c.source, c.text) for c in _claims(f"Russia denied the charge. Kyiv released {shown}.")]
    assert got == [("Russia", "the charge")]


def test_a_countrys_security_council_in_lower_case_is_the_countrys():
    got = _speakers("Russia's national security council said Ukraine fired first.", LEX)
    assert got == [("Moscow", "Russia's national security council")]


def test_a_participle_hung_on_the_last_noun_of_what_was_said_is_a_claim_of_the_speaker():
    got = [
        (c.source, c.cue, c.text)
        for c in _claims(
            'The Russian army said in a post on Telegram that it had "no connection" to the '
            "attack, blaming Ukrainian artillery positioned near the hospital."
        )
    ]
    assert got == [
        ("The Russian army", "said", 'it had "no connection" to the attack'),
        ("The Russian army", "blaming", "Ukrainian artillery positioned near the hospital"),
    ]


def test_a_closing_attribution_after_a_sentence_the_parser_split_says_the_whole_sentence():
    got = [
        (c.party, c.source, c.text)
        for c in _claims(
            "KYIV, July 24 (Wire) - Russian and Ukrainian soldiers exchanged fire near the Ta "
            "Muen Thom temple on Thursday, leaving one Russian soldier and two Ukrainian "
            "civilians dead, officials from both countries said."
        )
    ]
    assert got == [
        (
            None,
            "officials from both countries",
            "Russian and Ukrainian soldiers exchanged fire near the Ta Muen Thom temple on "
            "Thursday, leaving one Russian soldier and two Ukrainian civilians dead",
        )
    ]


def test_a_subjectless_had_after_and_goes_on_with_what_was_said():
    c = _one(
        "The shepherd's family told local television that he had been grazing his flock, as "
        "he did every morning, and had nothing to do with any armed group."
    )
    assert c.text.endswith("and had nothing to do with any armed group")


def test_and_warned_after_what_was_said_stays_out_of_it():
    got = [
        c.text for c in _claims("Moscow said the strike hit a depot, and warned of more strikes.")
    ]
    assert got[0] == "the strike hit a depot"


@pytest.mark.parametrize(
    "text",
    [
        # "agency" and "TASS" read as two subjects of "reported"
        "A Ukrainian drone strike killed a shepherd near the southern Russian village of "
        "Tyotkino on Monday, Russia's state news agency TASS reported.",
        # "TASS reported" read as a relative clause of "agency"
        "A Ukrainian drone strike killed a shepherd near the village on Monday, Russia's "
        "state news agency TASS reported.",
    ],
)
def test_a_news_agency_named_after_its_description_speaks_for_the_possessor(text):
    c = _one(text)
    assert (c.party, c.source) == ("Moscow", "Russia's state news agency TASS")


def test_prompting_x_to_accuse_is_xs_accusation():
    got = [
        (c.party, c.source, c.cue, c.text)
        for c in _claims(
            "Police arrested three officers near the village, prompting Russia to accuse Kyiv "
            "of abducting the men from inside Russia."
        )
    ]
    assert got == [
        ("Moscow", "Russia", "accuse", "Kyiv of abducting the men from inside Russia"),
    ]


def test_people_who_a_speaker_said_did_x_is_a_claim_of_what_they_did():
    got = [
        (c.party, c.source, c.text)
        for c in _claims(
            "Ukrainian police arrested three Russian officers who they said had crossed into "
            "Ukraine's territory near the village."
        )
    ]
    assert got == [
        ("Kyiv", "Ukrainian police", "had crossed into Ukraine's territory near the village")
    ]


def test_a_vow_coordinated_with_what_was_said_is_the_speakers_own_act():
    c = _one(
        "Ukraine's president said in his nightly address that the attack was a war crime and "
        "vowed to respond."
    )
    assert c.text == "the attack was a war crime"


def test_a_headlines_described_group_is_the_group_so_described_later():
    lexicon = _parties(
        ("Harare", "Zimbabwe", "Zimbabwean", "junta", "army"), ("ZLF", "ZLF", "jihadists")
    )
    got = _speakers(
        "Zimbabwe junta says jihadists massacred villagers; rights group blames soldiers\n\n"
        "HARARE, Nov 4 (Wire) - Zimbabwe's military government said jihadists had killed 31 "
        "civilians.\n\n"
        "But survivors and a local rights group said soldiers had carried out the killings.\n\n"
        "The ZLF group, which is active in the area, said it was not involved.",
        lexicon,
    )
    assert got[1] == (None, "rights group")


def test_a_headline_quoting_with_single_marks_is_a_quotation():
    got = [
        (c.party, c.source, c.cue, c.text)
        for c in _claims(
            "'Deliberate attack', says Kyiv as strike kills 14 in market\n\n"
            "KYIV, May 2 (Wire) - A strike hit a market in the city on Friday."
        )
    ]
    assert got == [("Kyiv", "Kyiv", "says", "Deliberate attack")]


def test_an_apostrophe_in_a_headline_opens_no_quotation():
    got = [
        c.text
        for c in _claims(
            "Kyiv says Russia's strike on fighters' base was 'a deliberate attack'\n\n"
            "KYIV, May 2 (Wire) - A strike hit a base on Friday."
        )
    ]
    assert len(got) == 1 and got[0].startswith("Russia's strike on fighters' base was")


# --- round 12 -------------------------------------------------------------------------------
REBEL_LEX = _parties(
    ("Kyiv", "Kyiv", "Ukraine", "Ukrainian"), ("Front", "Steppe Front", "Steppe Front rebels")
)


def _with(text: str, lexicon: Lexicon) -> list[tuple[str | None, str, str, str]]:
    return [(c.party, c.source, c.cue, c.text) for c in extract(text, lexicon).claims]


def test_a_civil_body_described_by_a_demonym_speaks_for_no_side():
    got = _claims(
        "Russian officials said the boats were smuggling fuel. Memoria, a Ukrainian rights "
        "group, said 30 fishermen had been detained this year. Eleven boats were seized in "
        "May, according to a Ukrainian fishing association."
    )
    assert [(c.party, c.source) for c in got] == [
        ("Moscow", "Russian officials"),
        (None, "Memoria, a Ukrainian rights group"),
        (None, "a Ukrainian fishing association"),
    ]


def test_a_civil_body_with_no_party_does_not_take_the_last_speakers():
    got = _with(
        "The Steppe Front said the dead were farmers. Kyiv said they were fighters. "
        "Lumen, a local advocacy group, said the raid had frightened families.",
        REBEL_LEX,
    )
    assert got[2][:2] == (None, "Lumen, a local advocacy group")


def test_the_group_is_not_the_state_that_spoke_just_before_it():
    got = _with(
        "The Steppe Front said its fighters hit a depot.\n\n"
        "Ukraine says the Steppe Front is a criminal gang. The group rejects that "
        "description, saying it defends the villages.",
        REBEL_LEX,
    )
    assert [(p, s) for p, s, _, _ in got] == [
        ("Front", "The Steppe Front"),
        ("Kyiv", "Ukraine"),
        ("Front", "The group"),
        ("Front", "The group"),
    ]


def test_staff_of_a_hospital_or_a_boats_crew_speak_for_no_side():
    got = _claims(
        "Russian officials said the vessel was armed. The director of the town hospital, "
        "Ivan Petrenko, said three bodies had arrived. Russian officials said the crew had "
        "fired first. The boat's captain, Oleh Marchenko, said his men had only nets."
    )
    assert [c.party for c in got] == ["Moscow", None, "Moscow", None]


def test_a_police_commissioner_is_an_office_of_the_state():
    got = _with(
        "Ukraine's government accused the Steppe Front of blowing up a bridge. Federal "
        "Police Commissioner Taras Bondar told state television that two suspects had "
        "been arrested.",
        REBEL_LEX,
    )
    assert [(p, s) for p, s, _, _ in got] == [
        ("Kyiv", "Ukraine's government"),
        ("Kyiv", "Federal Police Commissioner Taras Bondar"),
    ]


def test_a_that_clause_hung_on_a_noun_of_an_adverbial_is_what_was_said():
    c = _one(
        "A Ukrainian sailor told state radio from a hospital in the port that the Russian "
        "ship had rammed the boat twice."
    )
    assert (c.party, c.cue) == ("Kyiv", "told")
    assert c.text == "the Russian ship had rammed the boat twice"


def test_a_headline_of_a_charge_and_a_denial_is_two_claims():
    got = _with(
        "Ukraine Blames Steppe Front for Bridge Blast, Group Denies Involvement\n\n"
        "KYIV, May 2 (Wire) - A bridge was blown up on Friday.",
        REBEL_LEX,
    )
    assert [(p, cue, text) for p, _, cue, text in got] == [
        ("Kyiv", "Blames", "Steppe Front for Bridge Blast"),
        ("Front", "Denies", "Involvement"),
    ]


def test_the_place_after_an_including_tail_goes_on_with_the_charge():
    c = _one(
        "Ukraine on Sunday accused Russian forces of killing nine civilians, including "
        "two children, in a night raid on a farming village."
    )
    assert c.text == (
        "Russian forces of killing nine civilians, including two children, in a night raid "
        "on a farming village"
    )


def test_what_the_accuser_called_them_is_part_of_the_charge():
    c = _one(
        "Ukraine's defence minister accused Russia of shelling the market for what he "
        "called no reason at all."
    )
    assert c.text == "Russia of shelling the market for what he called no reason at all"


def test_what_people_doing_something_demand_is_no_statement():
    assert _claims("Ukrainian villagers blocked the road for a week, demanding compensation.") == []
    got = _claims("Ukraine recalled its ambassador on Monday, demanding an apology from Moscow.")
    assert [(c.party, c.cue, c.text) for c in got] == [
        ("Kyiv", "demanding", "an apology from Moscow")
    ]


def test_a_headlines_closing_name_rejects_claim_is_a_denial():
    got = [
        (c.party, c.source, c.cue, c.text, c.polarity)
        for c in _claims(
            "Ukraine says Russian ship dragged anchor to cut power cable; Moscow rejects claim\n\n"
            "KYIV, May 2 (Wire) - A cable was cut on Friday."
        )
    ]
    assert got[-1] == ("Moscow", "Moscow", "rejects", "claim", "deny")


def test_a_states_ombudsman_speaks_for_no_side():
    # The annotators of four articles by as many writers give a country's ombudsman no
    # party: the state's watchdog over its own officials.
    c = _one("The Ukrainian human rights ombudsman said 40 civilians had been detained.")
    assert c.party is None
    c = _one("Russia's Ombudsman's Office said its staff had counted 12 wounded.")
    assert c.party is None


def test_a_states_commissioner_keeps_the_states_party():
    c = _one("Ukraine's human rights commissioner said 40 civilians had been detained.")
    assert c.party == "Kyiv"


def test_a_body_described_as_civil_society_in_apposition_has_no_party():
    c = _one(
        "The Ukrainian Centre for Civil Liberties, a local rights group, said the men "
        "had been held without charge."
    )
    assert c.party is None


def test_an_organisations_office_in_a_country_is_the_organisations():
    c = _one("Human Rights Watch's Ukraine office said the shelling had hit a school.")
    assert c.party is None
    c = _one("The UN's Ukraine envoy said the shelling had hit a school.")
    assert c.party is None


def test_a_bare_surname_after_the_full_name_is_a_person_for_he():
    claims = _claims(
        "Russian Defence Minister Pavel Sokolov denied the charge. The depot was empty, "
        "Sokolov told a news conference.\n\n"
        "He said the drones had been shot down over the sea."
    )
    assert [c.party for c in claims] == ["Moscow", "Moscow", "Moscow"]
    assert claims[-1].source == "Sokolov"


def test_he_after_a_person_shown_by_the_sentence_before_is_that_person():
    claims = _claims(
        "A Ukrainian official said the village had been shelled at dawn.\n\n"
        "Russian state television showed the injured woman, Olga Petrenko, in a hospital "
        "ward. She said the soldiers had warned nobody before firing."
    )
    assert claims[-1].text == "the soldiers had warned nobody before firing"
    assert claims[-1].party is None
    assert claims[-1].source.startswith("the injured woman")


def test_two_sides_disputing_something_make_no_claim():
    assert _claims("Russia and Ukraine dispute the death toll of Monday's strike.") == []
    claims = _claims("Moscow disputed the death toll.")
    assert [(c.cue, c.polarity) for c in claims] == [("disputed", "deny")]


def test_an_appeal_conjoined_after_an_unconfirmed_statement_is_its_own_claim():
    # "confirm" under "unable to" reports nothing: "urged" belongs to "said".
    claims = _claims(
        "The monitoring group said it was unable to verify where the sailors were held "
        "and urged Russia to grant access."
    )
    by_cue = {c.cue: c for c in claims}
    assert set(by_cue) == {"said", "urged"}
    assert by_cue["said"].text == "it was unable to verify where the sailors were held"
    assert by_cue["urged"].text == "Russia to grant access"
    assert by_cue["urged"].source == "The monitoring group"


def test_an_appeal_conjoined_after_a_call_on_is_its_own_claim():
    # "urged" hangs on the adjective that closes "called on X to ...".
    claims = _claims(
        "The International Red Cross called on Ukraine to release the prisoners unharmed and "
        "urged both armies to spare the villages."
    )
    by_cue = {c.cue: c for c in claims}
    assert by_cue["called"].text == "Ukraine to release the prisoners unharmed"
    assert by_cue["urged"].text == "both armies to spare the villages"
    assert by_cue["urged"].source == "The International Red Cross"


def test_a_cue_whose_subject_is_no_one_is_no_claim():
    claims = _claims(
        "The depot had been shelled three times this year, though no group claimed the attacks."
    )
    assert claims == []


def test_complained_that_reports_a_clause():
    c = _one("Ukrainian officials have long complained that Russian patrols cross the river.")
    assert (c.party, c.cue) == ("Kyiv", "complained")
    assert c.text == "Russian patrols cross the river"


def test_the_writers_description_of_a_place_is_cut_from_a_charge():
    c = _one(
        "Ukraine accused Russia of seizing two barges on the Kinburn Spit, the narrow sandbar "
        "that closes the estuary to the south."
    )
    assert c.text == "Russia of seizing two barges on the Kinburn Spit"


def test_a_demonym_opening_a_civil_bodys_name_gives_no_party():
    claims = _claims(
        "Russia said the crew was safe. A spokesman for the Russian Association of Sailors' "
        "Families, an independent group, said it had not heard from the crew."
    )
    c = claims[-1]
    assert c.source.startswith("A spokesman for the Russian Association")
    assert c.party is None


def test_the_role_of_a_body_named_in_full_is_no_spokesman_of_the_last_speaker():
    claims = _claims(
        "Russia said the boats were in its waters. The Black Sea Commission's "
        "secretary-general called on both governments to settle the matter."
    )
    c = claims[-1]
    assert c.source == "The Black Sea Commission's secretary-general"
    assert c.party is None


def test_a_condemnation_followed_by_an_appeal_is_kept():
    # "called on" is an appeal, not "calling it X" characterising what was condemned.
    claims = _claims(
        "The African Union condemned the raid and called on both sides to hold their fire."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("condemned", "the raid"),
        ("called", "both sides to hold their fire"),
    ]


def test_a_clause_after_a_mid_sentence_attribution_goes_on_with_the_speakers_words():
    claims = _claims(
        "The patrol boats only warned the barge that it was in Russian waters, the minister "
        "wrote on social media, and they never fired at it."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("wrote", "The patrol boats only warned the barge that it was in Russian waters"),
        ("wrote", "they never fired at it"),
    ]


def test_the_role_of_a_body_named_in_full_after_of_takes_no_party():
    claims = _claims(
        "Ukraine said the barges were in its waters. The secretary-general of the Danube "
        "River Commission urged both governments to settle the matter."
    )
    c = claims[-1]
    assert c.source == "The secretary-general of the Danube River Commission"
    assert c.party is None


def test_an_appeal_to_an_infinitive_read_as_a_noun_keeps_the_infinitive():
    claims = _claims(
        "The Arab League condemned the raid and urged both governments to de-escalate."
    )
    assert ("urged", "both governments to de-escalate") in [(c.cue, c.text) for c in claims]


def test_a_rebuttal_verb_reports_its_clause():
    claims = _claims(
        "Moscow insisted the target was a barracks; Kyiv countered that only homes were hit."
    )
    assert [(c.party, c.cue, c.text) for c in claims] == [
        ("Moscow", "insisted", "the target was a barracks"),
        ("Kyiv", "countered", "only homes were hit"),
    ]
    c = _one('"It was a fuel depot," the Russian officer retorted.')
    assert (c.party, c.text) == ("Moscow", "It was a fuel depot")
    # With no clause, "countered" is an act, not a statement.
    assert _claims("Kyiv countered the drones with jamming near the border.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the cue hung on the statement's verb as an aside
        "The convoy, Ukrainian officials said, was carrying only grain and medicine.",
        # the cue read as the main verb, the statement's subject as its second subject
        "The shell, the Ukrainian governor said in a video, struck a kindergarten.",
        "Russian gunners, the Ukrainian army said on Sunday, had shelled the bridge twice.",
    ],
)
def test_an_attribution_set_inside_the_statement_makes_one_claim(text: str):
    c = _one(text)
    assert c.party == "Kyiv"
    assert c.text == text[:-1]  # from the first word to the last, the aside included


def test_it_reads_a_title_case_headline_calling_it_x_whatever_the_parse():
    claims = _claims("Drones Strike Depot Near Border; Kyiv Calls It a Legitimate Target\n\nText.")
    c = next(c for c in claims if c.cue == "Calls")
    assert (c.party, c.text) == ("Kyiv", "a Legitimate Target")


def test_participles_sharing_the_reported_clauses_had_stay_in_the_content():
    c = _one(
        "A farmer who gave his name only as Petro said Russian soldiers had taken his "
        "tractor from the yard, driven it across the field and then set it on fire."
    )
    assert c.text == (
        "Russian soldiers had taken his tractor from the yard, driven it across the field "
        "and then set it on fire"
    )


def test_the_ministry_refers_to_the_ministry_of_the_spokesman_just_before():
    claims = _claims(
        "Ukraine's Foreign Ministry denied the report.\n\n"
        "Russian officials said the convoy had carried only food. A Russian Defence "
        "Ministry spokesman dismissed the footage as staged. The ministry accused Ukraine "
        "of shelling the road for a week."
    )
    c = next(c for c in claims if c.cue == "accused")
    assert (c.source, c.party) == ("The ministry", "Moscow")


def test_an_official_titled_with_no_country_is_of_the_datelines_country():
    claims = _claims(
        "KHARKIV, Ukraine, May 2 (Wire) - Ukraine said a missile hit a school.\n\n"
        "The Russian embassy in Kyiv said the school was used as a barracks.\n\n"
        "Deputy Minister Olena Marchenko insisted the school was empty."
    )
    c = next(c for c in claims if c.cue == "insisted")
    assert c.party == "Kyiv"


def test_a_titled_official_speaking_in_a_named_capital_is_of_that_capital():
    claims = _claims(
        "KHARKIV, Ukraine, May 2 (Wire) - Ukraine said a missile hit a school.\n\n"
        "The Russian embassy said the school was used as a barracks.\n\n"
        "Government spokesman Ivan Sokolov told reporters in Moscow that the school was a "
        "depot."
    )
    c = next(c for c in claims if c.cue == "told")
    assert c.party == "Moscow"


def test_a_speaker_read_as_an_apposition_before_told_reuters_still_speaks():
    claims = _claims(
        "The crew had been filming the flooded villages along the river, which marks the "
        "border, the channel's chief editor Anna Kovalenko told Reuters."
    )
    c = next(c for c in claims if c.cue == "told")
    assert c.source == "the channel's chief editor Anna Kovalenko"
    assert c.text == (
        "The crew had been filming the flooded villages along the river, which marks the border"
    )


def test_a_subject_read_as_the_cues_object_opens_the_content():
    claims = _claims(
        "Ukraine's border service denied the report. It said border patrol video of the "
        "crossing, released on Friday evening, showed only an empty lorry on the bridge."
    )
    assert claims[-1].text == (
        "border patrol video of the crossing, released on Friday evening, showed only an "
        "empty lorry on the bridge"
    )


def test_an_analyst_is_no_side_whatever_his_employers_place():
    c = _one(
        "Oleg Petrenko, a military analyst at a Kyiv-based research centre, said the crater "
        "matched a glide bomb."
    )
    assert c.party is None


def test_a_hedge_after_though_is_a_second_claim_of_the_same_speaker():
    claims = _claims(
        "Maria Ivanova, an analyst at a Kyiv-based institute, said the debris matched a "
        "Russian missile, though she cautioned that photographs alone could not prove it."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("said", "the debris matched a Russian missile"),
        ("cautioned", "photographs alone could not prove it"),
    ]
    assert claims[1].source == claims[0].source


def test_a_network_named_after_a_country_speaks_for_no_side():
    c = _one(
        "The Ukraine Medics Network, a group that counts casualties, said 30 people were hurt."
    )
    assert c.party is None


def test_a_subject_read_as_an_apposition_of_a_fronted_phrase_still_speaks():
    c = _one(
        "In a statement issued in Kyiv, the Ukrainian Border Guard Service said the patrol "
        "never left Ukrainian territory."
    )
    assert (c.party, c.source) == ("Kyiv", "the Ukrainian Border Guard Service")
    assert c.text == "the patrol never left Ukrainian territory"


def test_a_titled_official_speaks_for_the_capital_she_told_reporters_in():
    text = (
        "KYIV, June 3 (Wire) - Russia's defence ministry said the depot was a legitimate "
        "target.\n\n"
        "A farmer who lives nearby said he heard three blasts.\n\n"
        '"This was a crime," Interior Minister Olga Marchuk told reporters in Kyiv.'
    )
    c = next(c for c in _claims(text) if c.text == "This was a crime")
    assert c.party == "Kyiv"


def test_a_titled_official_after_a_bystander_speaks_for_the_dateline():
    text = (
        "KYIV, June 3 (Wire) - Russia's defence ministry said the depot was a legitimate "
        "target.\n\n"
        "A farmer who lives nearby said he heard three blasts.\n\n"
        "Interior Minister Olga Marchuk said the depot held only grain."
    )
    c = next(c for c in _claims(text) if c.text == "the depot held only grain")
    assert c.party == "Kyiv"


def test_doctors_at_a_hospital_speak_for_no_side():
    text = (
        "The Russian defence ministry said its shells hit only military posts.\n\n"
        '"Our gunners fired at a battery," ministry spokeswoman Irina Volkova said.\n\n'
        "Doctors at the general hospital in Sumy said four children were being treated."
    )
    c = next(c for c in _claims(text) if c.text.startswith("four children"))
    assert c.party is None


def test_army_doctors_still_speak_for_their_side():
    c = _one("Russian army doctors said the wounded soldiers had been evacuated.")
    assert c.party == "Moscow"


def test_a_rights_commission_named_after_a_country_speaks_for_no_side():
    text = (
        "Russia's foreign ministry denied the charge.\n\n"
        "The Human Rights Commission of Ukraine said at least 40 people had been detained."
    )
    c = next(c for c in _claims(text) if c.text.startswith("at least 40"))
    assert c.party is None


def test_a_police_chief_of_an_unknown_district_speaks_for_the_dateline_state():
    text = (
        "KYIV, June 3 (Wire) - Gunmen fired on a bus near the border.\n\n"
        "Zolotiv's police chief, Petro Hnat, told reporters that nine people had been killed."
    )
    c = next(c for c in _claims(text) if c.text.startswith("nine people"))
    assert c.party == "Kyiv"


def test_a_country_possessing_a_named_movement_says_where_not_whose():
    lex = _parties(
        ("KFU", "Kelp Farmers' Union", "KFU", "kelp"), ("Port Authority", "port authority")
    )
    text = "Chile's Kelp Farmers' Union (KFU) said the guards had beaten two strikers."
    claims = list(extract(text, lex).claims)
    assert [c.party for c in claims] == ["KFU"]


def test_a_rank_abbreviation_does_not_end_the_sentence():
    c = _one("Navy spokesman Capt. Ilya Sorin blamed the Ukrainian crew for the collision.")
    assert c.source == "Navy spokesman Capt. Ilya Sorin"
    assert c.cue == "blamed"


def test_the_second_participle_of_a_with_phrase_has_its_own_subject():
    text = (
        "A shepherd was killed in a clash near the border, with Moscow saying Ukrainian "
        "gunners had fired on unarmed farmers and Kyiv insisting its troops fired only "
        "into the air."
    )
    by_cue = {c.cue: c for c in _claims(text)}
    assert by_cue["saying"].party == "Moscow"
    assert by_cue["saying"].text == "Ukrainian gunners had fired on unarmed farmers"
    assert by_cue["insisting"].source == "Kyiv"
    assert by_cue["insisting"].party == "Kyiv"


def test_authorities_of_a_region_named_after_its_country_speak_for_the_region():
    lex = _parties(("Varna", "Varna", "Varnan"), ("Osmir", "Osmir", "Osmiri"))
    text = "Officials in Osmir's breakaway region of Varna said the dam was blown up by saboteurs."
    claims = list(extract(text, lex).claims)
    assert [c.party for c in claims] == ["Varna"]


def test_trade_sources_speak_for_no_side():
    text = (
        "Russia's defence ministry said the tanker had been seized lawfully.\n\n"
        "Shipping sources in Odesa said freight rates had doubled since the seizure."
    )
    c = next(c for c in _claims(text) if c.text.startswith("freight rates"))
    assert c.party is None


def test_one_of_the_survivors_is_a_person_not_the_group_it_refers_back_to():
    lex = _parties(
        ("Sea Watchers", "Sea Watchers", "rescue group"),
        ("Valletta", "Malta", "Maltese", "Valletta"),
    )
    text = (
        "Sea Watchers said the patrol boat had fired on the dinghy.\n\n"
        "One of the survivors, a 22-year-old from Eritrea, told reporters that he saw "
        "two people fall into the sea.\n\n"
        "The group also said that the pushback violated maritime law."
    )
    claims = list(extract(text, lex).claims)
    last = next(c for c in claims if c.text.startswith("the pushback"))
    assert last.party == "Sea Watchers"


def test_a_cue_verb_in_a_relative_clause_on_a_thing_is_no_claim():
    c = _one(
        "Ukraine says the strike took place inside the exclusion zone that Russia declared in 2022."
    )
    assert c.cue == "says"
    assert c.text == "the strike took place inside the exclusion zone that Russia declared in 2022"


def test_a_closing_quote_mark_hung_on_the_speaker_starts_no_source():
    text = (
        '"This boat was caught red-handed," a Russian naval officer, Captain Oleg Petrov, '
        'told state radio, "carrying rockets across the bay."'
    )
    c = _one(text)
    assert c.source == "a Russian naval officer, Captain Oleg Petrov"
    assert c.text.startswith("This boat was caught red-handed")
    assert c.text.endswith("across the bay")
    assert c.party == "Moscow"


def test_a_possessed_subject_read_as_an_apposition_of_a_fronted_date_still_speaks(nlp):
    from spacy.tokens import Doc

    from claims.nlp.attribution.subjects import _subject_in_fronted_phrase

    # "Later on Friday, Borsk's deputy premier, Ivan Lek, accused the guards of firing."
    # as the parser sometimes reads it: the subject an apposition of "Friday".
    sentence = (
        "Later on Friday , Borsk 's deputy premier , Ivan Lek , accused the guards of firing ."
    )
    words = sentence.split(" ")
    heads = [1, 12, 1, 2, 7, 4, 7, 2, 7, 10, 7, 7, 12, 14, 12, 14, 15, 12]
    deps = [
        "advmod",
        "prep",
        "pobj",
        "punct",
        "poss",
        "case",
        "amod",
        "appos",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "det",
        "dobj",
        "prep",
        "pcomp",
        "punct",
    ]
    pos = [
        "ADV",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PART",
        "ADJ",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "ADP",
        "VERB",
        "PUNCT",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    subj = _subject_in_fronted_phrase(doc[12])
    assert subj is not None and subj.text == "premier"


def test_the_two_governments_speak_jointly():
    text = (
        "Ukraine's defence ministry said the shells came from the east.\n\n"
        "The two governments said a joint commission would examine the wreckage."
    )
    c = next(c for c in _claims(text) if c.text.startswith("a joint commission"))
    assert c.party is None


def test_a_hospital_official_speaks_for_no_side():
    text = (
        "Russia's defence ministry said its missiles hit an arms depot.\n\n"
        "A hospital official said nine of the wounded were children."
    )
    c = next(c for c in _claims(text) if c.text.startswith("nine of the wounded"))
    assert c.party is None


# --- round 17 (extraction) ----------------------------------------------------------------
def _claims_with(text: str, lexicon: Lexicon) -> list[ExtractedClaim]:
    claims = list(extract(text, lexicon).claims)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


_STATE_AND_REBELS = _parties(
    ("Manila", "Philippines", "Philippine", "Manila"), ("Jund Tamir", "Jund Tamir")
)


def test_a_named_subject_with_a_relative_clause_after_a_fronted_phrase():
    text = (
        "In a message posted on its website, Jund Tamir, which has fought the government "
        "for a decade, said its fighters had destroyed two armoured cars. It said no "
        "villager was hurt."
    )
    claims = _claims_with(text, _STATE_AND_REBELS)
    first = next(c for c in claims if c.text.startswith("its fighters"))
    second = next(c for c in claims if c.text.startswith("no villager"))
    assert (first.source, first.party) == ("Jund Tamir", "Jund Tamir")
    # A party's name in full is a body's, not a person's: "It" refers back to it.
    assert second.party == "Jund Tamir"


def test_a_farmer_or_a_driver_of_a_side_is_a_witness():
    text = (
        "Russia's defence ministry said its missiles hit a fuel depot.\n\n"
        "A farmer in the Ukrainian village of Lypky said he saw the missile fall.\n\n"
        "Oleg Marchenko, a Russian truck driver who was waiting at the crossing, said the "
        "shells came from the west."
    )
    claims = _claims(text)
    farmer = next(c for c in claims if c.text.startswith("he saw"))
    driver = next(c for c in claims if c.text.startswith("the shells came"))
    assert farmer.party is None and driver.party is None


def test_the_regions_minister_speaks_for_the_breakaway_region():
    lexicon = _parties(
        ("Tbilisi", "Georgia", "Georgian", "Tbilisi"),
        ("Sukhumi", "Abkhazia", "Abkhaz", "separatist", "separatists"),
    )
    text = (
        "Georgia accused the separatists of seizing two farmers.\n\n"
        "The separatist administration's security service said the men had crossed the "
        "line illegally.\n\n"
        "Aslan Kvitsinia, the region's self-styled interior minister, insisted the farmers "
        "were smugglers."
    )
    c = next(c for c in _claims_with(text, lexicon) if c.text.startswith("the farmers were"))
    assert c.party == "Sukhumi"


def test_a_national_human_rights_body_speaks_for_no_side():
    text = (
        "Russia's defence ministry said its missiles hit a fuel depot.\n\n"
        "Ukraine's National Human Rights Commission called for an inquiry into the strike."
    )
    c = next(c for c in _claims(text) if c.text.startswith("an inquiry"))
    assert c.party is None


def test_a_body_based_in_a_sides_capital_speaks_for_no_side():
    text = (
        "Russia's defence ministry said its missiles hit a fuel depot.\n\n"
        "The Kyiv-based Open Roads Foundation said it had counted 40 damaged homes."
    )
    c = next(c for c in _claims(text) if c.text.startswith("it had counted"))
    assert c.party is None


def test_the_company_is_the_party_named_as_a_business():
    lexicon = _parties(
        ("Accra", "Ghana", "Ghanaian", "Accra"), ("Obuasi Gold", "Obuasi Gold Ltd", "Obuasi Gold")
    )
    text = (
        "Ghana's government blamed Obuasi Gold Ltd for the spill, while the company said "
        "heavy rain had caused it.\n\n"
        "Company engineers said the river water was safe to drink."
    )
    claims = _claims_with(text, lexicon)
    rain = next(c for c in claims if c.text.startswith("heavy rain"))
    water = next(c for c in claims if c.text.startswith("the river water"))
    assert rain.party == "Obuasi Gold" and water.party == "Obuasi Gold"


def test_a_bare_title_refers_to_its_namesake_paragraphs_back():
    text = (
        "Russia's deputy undersecretary told reporters the strike hit an arms depot.\n\n"
        "Ukraine said the strike hit a school.\n\n"
        "Kyiv's mayor said four people had died.\n\n"
        "Ukraine's air force said it shot down two drones.\n\n"
        "The undersecretary also accused Ukraine of staging the scene."
    )
    c = next(c for c in _claims(text) if c.cue == "accused")
    assert c.party == "Moscow"


def test_the_army_refers_to_the_army_named_paragraphs_back():
    text = (
        "Russia's army said its artillery hit a command post.\n\n"
        "Residents said the shells hit a school.\n\n"
        "Kyiv's mayor said four people had died.\n\n"
        "Ukraine said the attack was a war crime.\n\n"
        "The army said it reserved the right to respond."
    )
    c = next(c for c in _claims(text) if c.text.startswith("it reserved"))
    assert c.party == "Moscow"


def test_a_security_command_is_the_states_against_rebels():
    text = (
        "Jund Tamir said its fighters had ambushed a convoy.\n\n"
        "According to the Eastern Security Operations Command, the rebels fired first."
    )
    c = next(c for c in _claims_with(text, _STATE_AND_REBELS) if c.text.startswith("the rebels"))
    assert c.party == "Manila"


def test_the_commander_of_a_unit_named_after_a_state_force():
    text = (
        "Jund Tamir accused government commando units of burning the village.\n\n"
        "Jund Tamir said the soldiers fired first.\n\n"
        "The commander of the commando battalion denied that his men had set any fires."
    )
    c = next(c for c in _claims_with(text, _STATE_AND_REBELS) if c.cue == "denied")
    assert c.party == "Manila"


def test_an_aside_before_that_is_not_part_of_the_content():
    c = _one(
        "It was alleged by the Russian army, in turn, that the Ukrainian unit had "
        "deliberately shelled the power plant."
    )
    assert c.text == "the Ukrainian unit had deliberately shelled the power plant"
    assert c.party == "Moscow"


# --- round 18 (extraction) ----------------------------------------------------------------
def test_a_speaker_with_a_participle_phrase_before_the_cue():
    # The parser takes "reached" / "being treated" for the verb and hangs the cue inside.
    c = _one("A ferry pilot reached by radio said shells had landed near the pier.")
    assert (c.source, c.cue) == ("A ferry pilot", "said")
    assert c.text == "shells had landed near the pier"
    c = _one(
        "A young woman being treated there told the agency that soldiers had fired at the car."
    )
    assert (c.source, c.cue) == ("A young woman", "told")
    assert c.text == "soldiers had fired at the car"


def test_put_the_toll_at_a_number_is_a_claim():
    c = _one("Ukraine's emergency service put the death toll at 14, including two children.")
    assert (c.party, c.cue) == ("Kyiv", "put")
    assert c.text == "the death toll at 14, including two children"


def test_considers_x_y_is_a_characterisation():
    c = _one("The Kremlin considers the drone flights a provocation.")
    assert (c.party, c.cue) == ("Moscow", "considers")
    assert c.text == "the drone flights a provocation"
    assert _claims("The court is still considering the case.") == []
    assert _claims("Russian officials are considering whether the talks can resume.") == []
    # An unnamed majority's view is background, not a speaker's claim.
    assert _claims("Most of the world considers the peninsula part of Ukraine.") == []


def test_a_headline_cites_its_cause():
    text = (
        "Kyiv Blames Shelling for Blackout; Moscow Cites Faulty Wiring\n\n"
        "KYIV (Wire) - Ukraine said Russian shells had cut the power line."
    )
    c = next(c for c in _claims(text) if c.cue == "Cites")
    assert (c.party, c.text) == ("Moscow", "Faulty Wiring")


def test_the_ministry_after_a_sentence_naming_a_side_is_that_sides():
    text = (
        "Ukraine's health ministry said nine people were hurt.\n\n"
        "Moscow gave a different account. The ministry denied that any homes had been hit."
    )
    c = next(c for c in _claims(text) if c.text.startswith("any homes"))
    assert (c.source, c.party) == ("The ministry", "Moscow")


def test_according_to_inside_a_quotation_is_no_cue():
    text = (
        '"Anyone who crosses the line," a Russian official said, "will be punished '
        'according to the law."'
    )
    c = _one(text)
    assert (c.party, c.cue) == ("Moscow", "said")
    assert c.text.startswith("Anyone") and c.text.endswith("according to the law")


def test_an_appeal_after_but_is_the_speakers_own():
    text = (
        "The Red Cross said the shelling could breach the laws of war, but it called for a "
        "full inquiry."
    )
    claims = _claims(text)
    assert [c.cue for c in claims] == ["said", "called"]
    assert claims[1].source == "The Red Cross" and claims[1].text == "a full inquiry"


def test_according_to_the_statement_is_the_statement_just_quoted():
    text = (
        "The Philippine army said in a statement that its aircraft had hit a camp. The "
        "raid was precise, the statement said. About ten rebels were killed, according to "
        "the statement."
    )
    c = next(c for c in _claims_with(text, _STATE_AND_REBELS) if c.text.startswith("About"))
    assert c.party == "Manila"


def test_a_rebel_group_described_by_the_states_demonym_is_the_rebel_side():
    text = "A Philippine rebel group said it had shot down an army drone."
    (c,) = _claims_with(text, _STATE_AND_REBELS)
    assert c.party == "Jund Tamir"


def test_a_body_described_by_the_first_word_of_a_partys_name():
    lex = _parties(
        ("Manila", "Philippines", "Philippine", "Manila"),
        ("TLC", "Tamir Liberation Committee", "TLC"),
    )
    (c,) = _claims_with("A Tamir rights movement said three of its members were shot.", lex)
    assert c.party == "TLC"
    text = "The Tamir Regional Council's spokesman said the road was closed."
    (c,) = _claims_with(text, lex)
    assert c.party != "TLC"  # a name of another body, not a description


def test_a_home_department_is_a_state_office():
    text = (
        "The Philippine army said its soldiers had come under fire. The provincial home "
        "department said the rally was unlawful."
    )
    c = next(c for c in _claims_with(text, _STATE_AND_REBELS) if c.text.startswith("the rally"))
    assert c.party == "Manila"


def test_a_that_clause_after_a_time_clause_is_what_was_said():
    c = _one("Ukrainian officials have insisted since the talks began that no troops crossed.")
    assert (c.party, c.cue) == ("Kyiv", "insisted")
    assert c.text == "no troops crossed"


# --- round 19: incidents other than shootings ---------------------------------------------
_MINE_AND_VILLAGERS = _parties(
    ("Serra Verde", "Serra Verde Mineração SA", "Serra Verde"),
    ("Valley Council", "Valley Farmers' Council", "Valley Council"),
)


def test_a_company_is_the_party_named_with_a_legal_form():
    text = (
        "Serra Verde Mineração SA said the pumps had been smashed. The company said the "
        "repairs would take a month. A Brazilian nickel producer on Monday blamed the "
        "farmers for the damage."
    )
    claims = _claims_with(text, _MINE_AND_VILLAGERS)
    assert [c.party for c in claims] == ["Serra Verde"] * 3
    assert claims[2].source == "A Brazilian nickel producer"  # not "... on Monday"


def test_a_company_is_the_party_the_text_describes_as_one():
    lex = _parties(("Tola Copper", "Tola Copper"), ("Dry Wells Group", "Dry Wells Group", "nomads"))
    text = (
        "The pit's operator, Tola Copper, said its guards carried no guns. The company said "
        "the nomads had burned a truck. The nomads were also accused by the company of "
        "cutting a pipe."
    )
    claims = _claims_with(text, lex)
    assert [c.party for c in claims] == ["Tola Copper"] * 3
    assert claims[2].source == "the company"
    assert claims[2].text == "cutting a pipe"


def test_the_co_chair_is_one_speaker_and_the_possessor_names_a_party():
    lex = _parties(
        ("Self-Administration", "Lakeside Self-Administration"),
        ("Ankara", "Turkey", "Turkish", "Ankara"),
    )
    text = (
        "Turkey's army said the pumps had failed. The Lakeside Self-Administration said "
        "the pumps were switched off.\n\n"
        '"This is a crime," said the co-chair of the administration\'s water office.'
    )
    c = _claims_with(text, lex)[-1]
    assert c.source == "the co-chair of the administration's water office"
    assert c.party == "Self-Administration"


def test_told_a_briefing_that_is_a_reported_clause():
    c = _one("A Russian army spokesman told a daily briefing that no troops had crossed.")
    assert (c.party, c.cue) == ("Moscow", "told")
    assert c.text == "no troops had crossed"


def test_background_after_an_accusation_is_not_the_charge():
    c = _one(
        "Kyiv accused Russia of cutting off the gas supply, as families in the region faced "
        "a second week without heating."
    )
    assert c.text == "Russia of cutting off the gas supply"


def test_a_quoted_characterisation_is_the_speakers_words_alone():
    claims = _claims('The Kremlin rejected the report, calling the Ukrainian account "a fantasy".')
    assert claims[-1].cue == "calling" and claims[-1].text == "a fantasy"


def test_called_for_takes_the_infinitive_the_parser_hung_on_the_cue():
    (c,) = _claims(
        "The UN envoy for the region called for the two governments' border commission to "
        "resume work on the disputed stretch."
    )
    assert c.text.startswith("the two governments' border commission to resume work")


def test_naming_a_place_and_claiming_a_thing_are_not_claims():
    assert not _claims("The spit is one of three that Russia calls the Northern Shoals.")
    assert not _claims("They fished off Kosa, a sandbank of two hectares that both states claim.")


def test_a_state_owned_body_is_of_the_states_party_and_is_remembered():
    lex = _parties(("Riga", "Latvia", "Latvian", "Riga"), ("Moscow", "Russia", "Russian", "Moscow"))
    text = (
        "RIGA, May 2 (Wire) - The lights went out at midnight, according to Sadales, the "
        "state-owned power distributor.\n\n"
        "The Russian embassy said a cable had failed.\n\n"
        "Sadales's chief executive said the cable was new."
    )
    claims = _claims_with(text, lex)
    assert [c.party for c in claims] == ["Riga", "Moscow", "Riga"]


def test_an_agency_named_without_a_country_and_an_acronym_of_an_earlier_speaker():
    lex = _parties(
        ("Tokyo", "Japan", "Japanese", "Tokyo"), ("Moscow", "Russia", "Russian", "Moscow")
    )
    text = (
        "TOKYO, May 2 (Wire) - According to the Coastal Fisheries Agency, the boat was "
        "boarded at dawn.\n\n"
        "Russia's Federal Security Service said the boat was poaching.\n\n"
        "The FSB said its officers had fired only warning shots."
    )
    claims = _claims_with(text, lex)
    assert [c.party for c in claims] == ["Tokyo", "Moscow", "Moscow"]


def test_it_is_the_speaker_not_a_subject_inside_what_the_speaker_said():
    text = (
        "According to Ukraine's foreign ministry, a Russian patrol boat approached the "
        "ferry and sailors climbed aboard. One passenger was hurt, it said."
    )
    claims = _claims(text)
    assert claims[-1].source == "Ukraine's foreign ministry" and claims[-1].party == "Kyiv"


def test_a_spokesman_of_a_body_named_jointly_before_is_not_joint():
    text = (
        "Police from both countries patrol the lake.\n\n"
        "Russian officials dismissed the reports. The police spokesman said no shots "
        "were fired."
    )
    assert _claims(text)[-1].party == "Moscow"


_ISLES = _parties(
    ("Lima", "Peru", "Peruvian", "Lima"), ("Santiago", "Chile", "Chilean", "Santiago")
)


def test_a_ministry_in_the_first_paragraph_does_not_refer_back_to_the_headline():
    text = (
        'Peru Detains Trawler; Santiago Calls Arrest "Unlawful"\n\n'
        "LIMA, May 2 (AP) - Peru's navy detained a Chilean trawler off Ilo, the Defence "
        "Ministry said on Friday."
    )
    claims = _claims_with(text, _ISLES)
    assert (claims[0].source, claims[0].cue, claims[0].text) == ("Santiago", "Calls", "Unlawful")
    assert claims[-1].source == "the Defence Ministry" and claims[-1].party == "Lima"


def test_a_headline_blame_takes_the_loose_object():
    text = "Peru Accuses Chile of Poaching; Santiago Blames Currents\n\nLIMA - Text follows."
    claims = _claims_with(text, _ISLES)
    assert [(c.source, c.text) for c in claims][-1] == ("Santiago", "Currents")


def test_a_deputy_minister_after_officials_of_one_side_is_of_that_side():
    text = (
        "The Peruvian Foreign Ministry said the trawler was seized in Peruvian waters.\n\n"
        "The crew were flown home on Monday.\n\n"
        "Chilean officials dismissed that account. A deputy foreign minister said the "
        "boat had never left Chilean waters."
    )
    assert _claims_with(text, _ISLES)[-1].party == "Santiago"


def test_a_headline_noun_for_a_body_named_later_with_it_as_modifier():
    lex = _parties(("Police", "police", "Police"), ("PDU", "PDU", "People's Democratic Union"))
    text = (
        "Opposition Says Police Beat Voters\n\n"
        "CITY, May 2 (Wire) - The opposition PDU party said police beat voters at a school."
    )
    assert _claims_with(text, lex)[0].party == "PDU"


def test_the_region_a_party_is_named_as_and_its_regional_leaders():
    lex = _parties(
        ("Tbilisi", "Georgia", "Georgian", "Tbilisi"), ("Batumi", "Adjara", "Adjaran", "Batumi")
    )
    text = (
        "Leaders of Georgia's autonomous Adjara region on Monday accused national police "
        "of beating protesters.\n\n"
        "Relations have soured, with regional leaders accusing the capital of cutting "
        "their budget."
    )
    claims = _claims_with(text, lex)
    assert claims[0].source == "Leaders of Georgia's autonomous Adjara region"
    assert [c.party for c in claims] == ["Batumi", "Batumi"]


def test_an_acronym_given_in_brackets_is_the_body_named_before_it():
    lex = _parties(
        ("Port Louis", "Mauritius", "Mauritian", "Port Louis"),
        ("Victoria", "Seychelles", "Victoria"),
    )
    text = (
        "PORT LOUIS, May 2 (Wire) - Fishermen said they had been told by the National "
        "Fisheries and Marine Resources Authority (NFMRA) to stay in port.\n\n"
        "The NFMRA said it had issued no such order."
    )
    assert _claims_with(text, lex)[-1].party == "Port Louis"


def test_a_brand_followed_by_a_country_is_a_company_not_the_state():
    lex = _parties(
        ("Dodoma", "Tanzania", "Tanzanian", "Dodoma"), ("Zanzibar", "Zanzibar", "Zanzibari")
    )
    claims = _claims_with("Halotel Tanzania said its network had been restored.", lex)
    assert claims[0].party is None
    claims = _claims_with("North Tanzania said its network had been restored.", lex)
    assert claims[0].party == "Dodoma"


def test_an_appeal_after_a_passive_cue_inside_the_clause_is_the_speakers_own():
    (said, called) = _claims(
        "The European Broadcasting Union said it was alarmed by reports that reporters "
        "had been denied access and called for their release."
    )
    assert said.text == "it was alarmed by reports that reporters had been denied access"
    assert (called.source, called.text) == ("The European Broadcasting Union", "their release")


def test_a_relative_pronoun_is_no_speaker():
    assert not [
        c
        for c in _claims(
            "Crowds gathered to oppose a bill that would cut regional funding and to demand "
            "the release of a detained mayor."
        )
        if c.cue == "demand"
    ]


def test_a_quoted_characterisation_runs_to_its_closing_mark():
    claims = _claims(
        "Ukraine's army condemned the strike, calling the attack \"a breach of the truce "
        'and of the laws of war".'
    )
    assert claims[-1].text == "a breach of the truce and of the laws of war"


def test_what_the_accused_act_did_goes_on_with_the_charge_but_a_gloss_does_not():
    c = _one(
        "Ukraine accused Russia of shutting the pipeline for a week, cutting supplies to "
        "three towns and leaving hospitals without heat."
    )
    assert c.text.endswith("leaving hospitals without heat")
    c = _one(
        "Ukraine accused Russia of shutting the pipeline for a week, deepening the "
        "mistrust between the two capitals."
    )
    assert c.text == "Russia of shutting the pipeline for a week"


def test_a_counted_partitive_tail_and_a_second_that_clause():
    claims = _claims(
        "Ukraine's emergency service said 12 miners had been hurt, three of them badly, "
        "and that all 40 had been brought to the surface. The company said it was saddened "
        "but that it was for police to establish how the men were hurt."
    )
    assert [c.text for c in claims] == [
        "12 miners had been hurt, three of them badly",
        "all 40 had been brought to the surface",
        "it was saddened",
        "it was for police to establish how the men were hurt",
    ]


# --- round 21 -------------------------------------------------------------------------


def test_a_passive_report_inside_a_said_clause_is_part_of_what_was_said():
    c = _one(
        "The Ukrainian minister said local crews had been told by the contractor's staff "
        "on Friday that the valves were closed."
    )
    assert c.party == "Kyiv"
    assert c.text.endswith("that the valves were closed")


def test_a_restrictive_relative_cue_inside_a_said_clause_is_part_of_it():
    c = _one(
        "Ukrainian officials said the closure was a reply to a survey of the delta that "
        "Russia disputes."
    )
    assert c.text == "the closure was a reply to a survey of the delta that Russia disputes"


def test_a_body_named_in_capitals_is_the_lowercase_body_later():
    claims = _claims(
        "Russia's Water Secretariat gave another explanation. It said a pump had failed. "
        "The canal was shut for repairs, the secretariat said."
    )
    assert [c.party for c in claims] == ["Moscow", "Moscow"]


def test_a_headline_count_with_an_adjective_is_what_was_said():
    lex = _parties(("Miners' union", "miners", "union"), ("Kyiv", "Kyiv", "Ukraine", "Ukrainian"))
    text = (
        "Police Clear Mine Entrance; Miners Say Two Dead\n\n"
        "KYIV, May 2 (Reuters) - The union said two men had died when police cleared "
        "the entrance."
    )
    first = _claims_with(text, lex)[0]
    assert (first.party, first.cue, first.text) == ("Miners' union", "Say", "Two Dead")


def test_who_opens_a_clause_about_a_person():
    claims = _claims(
        "Oleh Marchenko, a driver who was parked behind the convoy, told reporters the "
        'road was empty. "Nobody fired from the village," he said.'
    )
    assert [c.source for c in claims] == [claims[0].source] * 2
    assert claims[1].source.startswith("Oleh Marchenko")


def test_a_member_of_a_body_named_before_speaks_for_it():
    lex = _parties(
        ("Dockers", "dockers' council", "dockers"), ("Kyiv", "Kyiv", "Ukraine", "Ukrainian")
    )
    claims = _claims_with(
        "According to the dockers' council, the gates were locked by police. Ivan Sirko, "
        "a crane driver who sits on the council, said two men were beaten.",
        lex,
    )
    assert claims[-1].party == "Dockers"


def test_a_closing_cue_coordinated_with_the_first_clause_takes_the_whole_statement():
    c = _one(
        "Four guards were hurt by stones thrown from the crowd, and 12 people were "
        "arrested, the Ukrainian police added."
    )
    assert c.text == (
        "Four guards were hurt by stones thrown from the crowd, and 12 people were arrested"
    )


def test_a_gerund_completing_a_charge_is_no_cue():
    c = _one(
        "Ukraine's prosecutor said it had charged the organisers with inciting unrest and "
        "calling for attacks on officials."
    )
    assert c.text.endswith("and calling for attacks on officials")


def test_what_is_called_for_keeps_its_complement():
    c = _one("The Ukrainian ombudsman called for calm and respect for the rule of law.")
    assert c.text == "calm and respect for the rule of law"


def test_a_forum_or_a_bureau_for_human_rights_named_after_a_country_speaks_for_none():
    for text in (
        "The Ukraine Fisherfolk Forum said 40 fishermen were held.",
        "The Russia Bureau for Human Rights urged the police to free the workers.",
    ):
        assert _one(text).party is None


def test_the_bare_association_is_the_one_named_before():
    lex = _parties(
        ("Growers", "Valley Growers Association", "growers"),
        ("Kyiv", "Kyiv", "Ukraine", "Ukrainian"),
    )
    claims = _claims_with(
        '"They drove at us," said Petro Hnat, chairman of the Valley Growers Association. '
        "The association accused the border police Rapid Unit of ramming a tractor.",
        lex,
    )
    assert claims[-1].party == "Growers"
    assert claims[-1].text.startswith("the border police Rapid Unit of ramming")


def test_a_reminder_that_is_a_claim():
    c = _one("The mission reminded both sides that attacks on farms are prohibited.")
    assert (c.cue, c.text) == ("reminded", "attacks on farms are prohibited")


def test_a_bare_rejection_of_one_sides_accusation_speaks_for_the_other():
    lex = _parties(("Acme", "Acme Mining", "Acme"), ("Valley Council", "Valley Council"))
    claims = _claims_with(
        "Acme Mining blamed farmers for cutting its water pipe. Village elders rejected "
        "the accusation and said the pipe had burst.",
        lex,
    )
    assert [c.party for c in claims] == ["Acme", "Valley Council", "Valley Council"]


def test_a_regional_office_with_nothing_else_is_of_the_dateline_past_the_agency():
    claims = _claims(
        "KYIV, May 3 (AFP) - A shell hit a school, according to the Chernihiv regional "
        "administration."
    )
    assert claims[0].party == "Kyiv"


def test_a_named_movement_is_the_movement_later():
    lex = _parties(("FLM", "Free Land Movement", "FLM"), ("Kyiv", "Kyiv", "Ukraine", "Ukrainian"))
    claims = _claims_with(
        "The Free Land Movement (FLM) said police had fired on its camp. The movement also "
        "accused police of burning tents.",
        lex,
    )
    assert claims[-1].party == "FLM"


def test_a_headline_verb_read_as_a_compound():
    lex = _parties(("Rebels", "rebels", "villagers"), ("Kyiv", "Kyiv", "Ukraine", "Ukrainian"))
    text = (
        "Police Say Raid Hit Arms Cache; Villagers Allege Massacre\n\n"
        "KYIV, May 2 (Reuters) - The police said the raid hit an arms cache."
    )
    claims = _claims_with(text, lex)
    assert any(
        (c.party, c.source, c.cue, c.text) == ("Rebels", "Villagers", "Allege", "Massacre")
        for c in claims
    )


def test_the_noun_a_relative_call_qualifies_is_what_is_called():
    c = _one(
        "Border guards stopped a Ukrainian barge on the river, an act the Ukrainian "
        "government called piracy in its own waters."
    )
    assert (c.party, c.text) == ("Kyiv", "piracy in its own waters")


_INTERNALS_TEXT = (
    "Russia and Ukraine traded blame on Monday. The ministry said the strike hit a depot, "
    "and the army denied it. That claim, a spokesman said, was false; officials met. "
    "Kyiv has not commented, and no group claimed the attack. Rebels Deny Killing Herders"
)


def test_main_clause_subjects_read_off_the_arrays_are_those_of_the_parse(nlp) -> None:
    # Extractor._main_subjects reads heads and labels from arrays; it must find what
    # _nearest_subject finds on each root and each conjunct on a root's right.
    doc = nlp(_INTERNALS_TEXT)
    extractor = Extractor(doc, DocIndex(doc, doc_lines(doc), original_text(doc)))
    extractor.run()
    expected = []
    for root in (t for t in doc if t.dep_ == "ROOT"):
        for verb in [root, *(c for c in root.rights if c.dep_ == "conj")]:
            subj = _nearest_subject(verb, ("nsubj", "nsubjpass"))
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                expected.append(subj.i)
    assert expected
    assert extractor._main_subjects() == expected


def test_the_word_positions_of_the_index_are_those_of_the_tokens(nlp) -> None:
    doc = nlp(_INTERNALS_TEXT)
    index = DocIndex(doc, doc_lines(doc), original_text(doc))
    for word in (",", "that", "no", "and"):
        for i, j in ((0, len(doc)), (5, 20), (-1, 3), (20, 10)):
            expected = [k for k in range(max(i, 0), j) if doc[k].lower_ == word]
            assert index.where(word, i, j) == expected, (word, i, j)
    assert index.where("that", 0, len(doc))  # "That claim" as well as "that"


def test_source_phrases_and_quotation_marks_read_off_the_index_are_those_of_the_text(nlp) -> None:
    # DocIndex.quote_marks counts by binary search over the marks' positions, and
    # source_range with the index skips phrases with no mark: neither may change a thing.
    text = (
        '"The depot was hit," a Russian ministry spokesman said. "We saw it," Kyiv said, '
        "and “nothing” was left, the army said. Officials in Kyiv on Monday denied it."
    )
    doc = nlp(text)
    index = DocIndex(doc, doc_lines(doc), original_text(doc))
    for s in range(0, len(text), 7):
        for e in (s, s + 1, s + 13, len(text)):
            assert index.quote_marks(s, e) == _count_quote_marks(text, s, e), (s, e)
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    assert any(index.quote_marks(t.left_edge.idx, t.idx) for t in subjects)
    for t in subjects:
        assert source_range(t, index) == source_range(t), t.text


# --- round 25 -------------------------------------------------------------------------------
def test_a_speaker_representing_a_party_speaks_for_it():
    # The participle says whom the lawyer speaks for: it is part of the speaker's phrase
    # (a relative clause or "a man living nearby" is cut off as before).
    got = _speakers(
        "A lawyer representing the Liberation Front said the raid breached the constitution. "
        "A man living nearby said soldiers had burned the huts.",
        ZIMBABWE_REBELS,
    )
    assert got == [("Front", "A lawyer representing the Liberation Front"), (None, "A man")]


def test_where_the_blamed_act_was_goes_on_with_the_charge():
    # The parser hangs "on a crowded fish market" on "blamed": it is still where the attack
    # was.
    text = (
        "Zimbabwe's government blamed the Liberation Front for an artillery attack on Monday "
        "on a crowded fish market in the port of Beira."
    )
    c = _one(text)
    assert c.text == (
        "the Liberation Front for an artillery attack on Monday on a crowded fish market in "
        "the port of Beira"
    )


def test_a_main_verb_misparsed_after_an_apposition_speaks_for_the_sentence_subject():
    # With no other main verb, "called" is read as a participle hung on "members"; the
    # speaker is the sentence's subject, up to the comma before its cue.
    text = (
        "The Regional Commission, a body of which both Russia and Ukraine are members, "
        "called for calm."
    )
    c = _one(text)
    assert (c.source, c.cue, c.text) == (
        "The Regional Commission, a body of which both Russia and Ukraine are members",
        "called",
        "calm",
    )


def test_a_plural_name_with_a_plural_relative_clause_is_what_they_refers_to():
    # The tagger reads "Houthis" as a singular name; "who control" says it is plural, so
    # "They" is the Houthis, not the government speaking before them.
    got = _speakers(
        "ADEN, June 3 (AFP) - Yemen's government blamed the Houthi movement for the attack.\n\n"
        "The Houthis, who control the capital Sanaa, denied targeting civilians. They said "
        "their forces had struck a boatyard.",
        _parties(("Aden", "Yemeni government", "Yemen's government"), ("Houthis", "Houthis")),
    )
    assert got == [
        ("Aden", "Yemen's government"),
        ("Houthis", "The Houthis"),
        ("Houthis", "The Houthis"),  # a pronoun speaker takes its antecedent's phrase
    ]


def test_a_rights_body_named_in_full_in_an_apposition_speaks_for_no_side():
    got = _speakers(
        "Ditshwanelo, the Botswana Centre for Human Rights, said it was concerned by the reports.",
        _parties(("Gaborone", "Botswana", "Gaborone"), ("KSLM", "KSLM", "San")),
    )
    assert got == [(None, "Ditshwanelo, the Botswana Centre for Human Rights")]


def test_a_civil_bodys_possessor_ending_a_partys_name_refers_to_that_party():
    got = _speakers(
        "The Bangladesh Apparel Workers' Federation said the gate was locked. The "
        "federation's president said 11 workers had died.",
        _parties(
            ("Rupsha Knit", "Rupsha Knit"), ("BAWF", "Bangladesh Apparel Workers' Federation")
        ),
    )
    assert got == [
        ("BAWF", "The Bangladesh Apparel Workers' Federation"),
        ("BAWF", "The federation's president"),
    ]


def test_the_directorate_is_the_directorate_that_spoke_before():
    got = _speakers(
        "KIRKENES, Norway, Sept 22 (Reuters) - Russia's Federal Security Service (FSB) said "
        "on Monday it had detained a Norwegian citizen, but Norway insisted the man had been "
        "seized from his boat in Norwegian waters.\n\n"
        "The FSB's border directorate for the Murmansk region said the man had landed on the "
        "Russian bank. He was caught photographing a border post, according to the directorate.",
        _parties(
            ("Oslo", "Norway", "Norwegian", "Oslo"), ("Moscow", "Russia", "Russian", "Moscow")
        ),
    )
    assert got[-1] == ("Moscow", "the directorate")


def test_a_definite_body_is_the_one_of_the_same_name_not_the_nearest():
    got = _speakers(
        "TENOSIQUE, Mexico, March 14 (Reuters) - Mexico's Foreign Ministry on Thursday accused "
        "Guatemalan soldiers of shooting two farmworkers, while Guatemala's Defence Ministry "
        "said its troops had returned fire on smugglers.\n\n"
        "The two men were unarmed, the Foreign Ministry said in a statement.",
        _parties(
            ("Mexico City", "Mexico", "Mexican"), ("Guatemala City", "Guatemala", "Guatemalan")
        ),
    )
    assert got[-1] == ("Mexico City", "the Foreign Ministry")


def test_a_party_whose_name_ends_in_its_trade_is_the_company():
    got = _speakers(
        "PORT MORESBY, July 16 (AFP) - A landowner group accused a gas pipeline operator of "
        "poisoning the river, while the company said the spill was small.",
        _parties(
            ("Kikori Delta Landowners Association", "landowner group", "association"),
            ("Gulf Papua Gas", "Gulf Papua Gas"),
        ),
    )
    assert got[-1] == ("Gulf Papua Gas", "the company")


def test_the_company_facing_a_union_is_the_other_party():
    got = _speakers(
        "CONSTANTA, Romania, May 4 (Reuters) - Dockers picketing a grain terminal clashed with "
        "security guards, the union said, while the company said its staff had been attacked.",
        _parties(
            ("Constanta Dockers' Union", "Constanta Dockers' Union", "union"),
            ("Euxin Grain Terminals", "Euxin Grain Terminals", "Euxin"),
        ),
    )
    assert got[-1] == ("Euxin Grain Terminals", "the company")


# --- round 28 -------------------------------------------------------------------------------
GUERRILLA = _parties(
    ("Asuncion", "Paraguay", "Paraguayan", "Asuncion"),
    ("EPP", "EPP", "Paraguayan People's Army"),
)
PLANT = _parties(
    ("Hanseo", "Hanseo Petrochemical", "Hanseo"),
    ("KCTU", "Korean Confederation of Trade Unions", "KCTU"),
)


def test_a_task_force_is_the_state_s_in_a_story_of_a_state_against_a_guerrilla():
    got = _speakers(
        "HORQUETA, March 14 (Reuters) - The Joint Task Force, which leads operations against "
        "the EPP in the north, said a patrol had come under fire.",
        GUERRILLA,
    )
    assert got == [("Asuncion", "The Joint Task Force")]


def test_the_pamphlet_speaks_for_who_left_it():
    got = _speakers(
        "Paraguay's military said soldiers had killed three rebels.\n\n"
        "The EPP gave a different account in a handwritten pamphlet left at a chapel.\n\n"
        "The pamphlet said the three men were farm workers and had no weapons.",
        GUERRILLA,
    )
    assert got[-1] == ("EPP", "The pamphlet")


def test_a_coalition_of_rights_groups_speaks_for_no_side_whatever_country_it_names():
    got = _speakers(
        "The Coordinadora de Derechos Humanos del Paraguay, a coalition of rights groups, "
        "said the army had a history of staging such scenes.",
        GUERRILLA,
    )
    assert got == [
        (None, "The Coordinadora de Derechos Humanos del Paraguay, a coalition of rights groups")
    ]


def test_a_firm_named_for_its_trade_and_a_union_named_for_its_kind():
    # "Petrochemical" ends a business's name; "a trade union" and "the union" are the one
    # party whose name holds "Unions".
    got = _speakers(
        "YEOSU, South Korea, July 22 (Reuters) - A South Korean trade union accused Hanseo "
        "Petrochemical of ordering welding on a tank full of gas. The company denied that it "
        "had authorised any hot work.\n\n"
        "The union says the company bears legal responsibility.",
        PLANT,
    )
    assert got == [
        ("KCTU", "A South Korean trade union"),
        ("Hanseo", "The company"),
        ("KCTU", "The union"),
    ]


def test_a_union_of_another_trade_is_not_the_party_named_union():
    got = _speakers(
        "BRUSSELS, May 2 (Reuters) - The European Union said the tariffs were unlawful. "
        "A farmers' union said the tariffs would ruin growers.",
        _parties(("EU", "European Union", "EU"), ("Beijing", "China", "Chinese", "Beijing")),
    )
    assert got[-1] == (None, "A farmers' union")


def test_a_ministry_is_no_company_s_or_union_s_when_no_state_is_a_side():
    got = _speakers(
        "Hanseo said it was saddened by the blast.\n\n"
        "The Ministry of Employment and Labor said it had ordered a halt to all work.",
        PLANT,
    )
    assert got[-1] == (None, "The Ministry of Employment and Labor")


def test_the_place_a_speaker_is_in_is_not_remembered_as_its_name():
    got = _speakers(
        '"They were told to weld on a tank that held vapour," a KCTU official in Yeosu told '
        "a news conference.\n\n"
        "The Yeosu city government said air monitoring stations had recorded no abnormal "
        "levels.",
        PLANT,
    )
    assert got == [("KCTU", "a KCTU official in Yeosu"), (None, "The Yeosu city government")]


def test_a_firm_named_in_french_or_spanish_is_a_business():
    got = _speakers(
        "GABES, Tunisia, November 4 (AFP) - Activists accused the state-run Groupe Chimique "
        "Tunisien of poisoning residents. The company denied that any gas had escaped.",
        _parties(("GCT", "Groupe Chimique Tunisien", "GCT"), ("Stop Pollution", "Stop Pollution")),
    )
    assert got[-1] == ("GCT", "The company")


def test_a_saying_verb_read_as_a_noun_still_reports_its_clause():
    # "allege" is tagged a noun of "the movement": the sentence has no verb of its own.
    got = _claims_with(
        "The Stop Pollution movement said residents were sick.\n\n"
        "Members of the movement allege that the leak was a deliberate release of pressure "
        "from an overloaded tank.",
        _parties(("GCT", "Groupe Chimique Tunisien", "GCT"), ("Stop Pollution", "Stop Pollution")),
    )
    last = got[-1]
    assert (last.party, last.source, last.cue) == (
        "Stop Pollution",
        "Members of the movement",
        "allege",
    )
    assert last.text == "the leak was a deliberate release of pressure from an overloaded tank"


def test_a_minister_titled_by_a_field_speaks_for_the_capital_he_speaks_in():
    got = _speakers(
        "PORT OF SPAIN, September 22 (AFP) - Trinidad accused Venezuela's navy of firing on a "
        'fishing boat. Caracas rejected the accusation as "a fabrication".\n\n'
        "The Minister of National Security told a news conference in Port of Spain that a "
        "Venezuelan patrol boat had approached the pirogue.",
        _parties(
            ("Port of Spain", "Trinidad and Tobago", "Trinidad", "Trinidadian", "Port of Spain"),
            ("Caracas", "Venezuela", "Venezuelan", "Caracas"),
        ),
    )
    assert got[-1] == ("Port of Spain", "The Minister of National Security")


def test_the_head_of_a_civil_body_named_in_full_speaks_for_no_side():
    got = _speakers(
        'Caracas rejected the accusation as "a fabrication".\n\n'
        "The head of the Cedros Fishermen's Association said crews had heard gunfire.",
        _parties(
            ("Port of Spain", "Trinidad", "Trinidadian", "Port of Spain"),
            ("Caracas", "Venezuela", "Venezuelan", "Caracas"),
        ),
    )
    assert got[-1] == (None, "The head of the Cedros Fishermen's Association")


def test_a_country_s_section_of_a_rights_body_is_the_body_s():
    got = _speakers(
        "The Greek section of Amnesty International said police had fired tear gas at farmers.",
        _parties(("Athens", "Greece", "Greek", "Athens"), ("Farmers", "farmers' federation")),
    )
    assert got == [(None, "The Greek section of Amnesty International")]


def test_where_a_named_party_is_based_does_not_make_it_joint():
    got = _speakers(
        "Transfluvial del Plata, the Buenos Aires-based company that operates the tanker, said "
        "the boats were unlit.",
        _parties(
            ("Transfluvial", "Transfluvial del Plata", "Transfluvial"),
            ("Cooperative", "San Pedro Fishermen's Cooperative"),
        ),
    )
    assert got == [
        (
            "Transfluvial",
            "Transfluvial del Plata, the Buenos Aires-based company that operates the tanker",
        )
    ]


# --- round 29 -------------------------------------------------------------------------------
PINEAPPLE = _parties(
    ("Caribe Verde", "Frutas Caribe Verde S.A.", "Caribe Verde"),
    ("SITRAPIBA", "Union of Pineapple and Banana Plantation Workers", "SITRAPIBA"),
)
TIMOR = _parties(
    ("Dili", "Timor-Leste", "Timorese", "Dili"), ("Jakarta", "Indonesia", "Indonesian", "Jakarta")
)


def test_a_union_s_officers_and_a_headline_s_union_are_the_union_party():
    got = _speakers(
        "Costa Rican Union Blames Pineapple Grower for Sickening Schoolchildren\n\n"
        "SAN JOSE, June 5 (AP) - The Union of Pineapple and Banana Plantation Workers said 34 "
        'pupils were treated. "The pilot kept spraying," union general secretary Marta Elena '
        "Solano said.\n\n"
        "Union leaders said they had lodged three complaints.",
        PINEAPPLE,
    )
    assert [party for party, _ in got] == ["SITRAPIBA"] * 4
    assert [source for _, source in got][::3] == ["Costa Rican Union", "Union leaders"]


def test_the_company_s_manager_named_in_apposition_is_the_company_s():
    # "S.A." marks the business; the manager's own name does not make him someone else.
    got = _speakers(
        "Only six people sought medical attention, according to the company's operations "
        "manager, Rodrigo Castillo.",
        PINEAPPLE,
    )
    assert got == [("Caribe Verde", "the company's operations manager, Rodrigo Castillo")]


def test_the_military_s_media_wing_is_the_state_s():
    got = _speakers(
        "The military's media wing, Inter Services Public Relations, said troops had come "
        "under fire as they approached a camp.",
        _parties(("Dhaka", "Bangladesh", "Bangladeshi", "Dhaka"), ("KNF", "KNF")),
    )
    assert got == [("Dhaka", "The military's media wing, Inter Services Public Relations")]


def test_the_armed_group_insisting_the_dead_were_villagers():
    # "the dead" is read as the object of "insisted"; "the armed group" is the lexicon's
    # one armed side.
    got = _claims_with(
        "DHAKA, Oct 8 (AFP) - Bangladesh's army said its soldiers had killed five fighters of "
        "the KNF in a gunfight, but the armed group insisted the dead were villagers shot in "
        "their homes.",
        _parties(("Dhaka", "Bangladesh", "Bangladeshi", "Dhaka"), ("KNF", "KNF")),
    )
    last = got[-1]
    assert (last.party, last.source, last.text) == (
        "KNF",
        "the armed group",
        "the dead were villagers shot in their homes",
    )


def test_a_that_clause_after_a_long_aside_is_what_was_alleged():
    got = _claims_with(
        "It was alleged by the Indonesian task force commander, in remarks carried by the "
        "state news agency Antara, that Timorese farmers had been clearing new plots.",
        TIMOR,
    )
    assert [(c.party, c.source, c.text) for c in got] == [
        (
            "Jakarta",
            "the Indonesian task force commander",
            "Timorese farmers had been clearing new plots",
        )
    ]


def test_a_military_command_after_a_state_s_account_is_that_state_s():
    # Of two states, the one the sentence before named; the subject the parser hung on the
    # relative clause is given back to the clause.
    got = _claims_with(
        "Indonesia gave a sharply different account. According to the Udayana Military "
        "Command, which oversees troops along the land border, a border security task force "
        "encountered about a dozen smugglers.",
        TIMOR,
    )
    assert [(c.party, c.source, c.text) for c in got] == [
        (
            "Jakarta",
            "the Udayana Military Command",
            "a border security task force encountered about a dozen smugglers",
        )
    ]


def test_the_ministry_of_the_minister_its_words_are_about():
    got = _speakers(
        "Indonesia's Foreign Ministry denied that any farmer had been targeted.\n\n"
        "Timor-Leste's foreign minister summoned the Indonesian ambassador on Wednesday, the "
        "ministry said.",
        TIMOR,
    )
    assert got == [("Jakarta", "Indonesia's Foreign Ministry"), ("Dili", "the ministry")]


def test_its_spokeswoman_after_a_subject_with_a_relative_clause():
    # The relative clause names a country no party claims: the subject is still the firm.
    got = _speakers(
        "Seman Oil, which operates wells under a concession from the Albanian state, gave a "
        "very different picture. Its spokeswoman said the leak was stopped within three hours.",
        _parties(
            ("Seman Oil", "Seman Oil", "Seman"),
            ("Farmers", "Patos-Marinza Farmers' Association", "association"),
        ),
    )
    assert got == [("Seman Oil", "Its spokeswoman")]


def test_a_conjunct_inside_words_set_before_their_cue_is_no_claim_of_the_cue_s_speaker():
    got = _claims_with(
        "Timor-Leste's foreign minister summoned the Indonesian ambassador on Wednesday and "
        "demanded the names of the soldiers involved, the ministry said.",
        TIMOR,
    )
    assert [(c.source, c.cue) for c in got] == [("the ministry", "said")]
    assert got[0].text.endswith("demanded the names of the soldiers involved")


def test_a_country_s_government_is_no_brand_s_branch():
    # Both sides claim Yemen ("Sanaa" is the rebels' capital), so "Yemen" names no side;
    # "Government" does, and a government is no company's national branch.
    got = _speakers(
        "Yemen Government Blames Houthis for Deadly Missile Strike\n\n"
        "MARIB, Yemen, Sept 22 (AFP) - A missile hit a camp, killing nine people, "
        "according to medics.",
        _parties(
            ("Yemeni government", "Yemen Government", "government", "Aden"),
            ("Houthis", "Houthis", "Houthi", "Sanaa"),
        ),
    )
    assert got[0] == ("Yemeni government", "Yemen Government")


# --- round 30 -------------------------------------------------------------------------------
REINDEER = _parties(
    ("Sirges", "Sirges", "Sirges Sami village", "herders"),
    ("Nordvik", "Nordvik", "Nordvik Minerals", "company"),
)
HERDERS = _parties(
    ("MACBAN", "MACBAN", "Miyetti Allah Cattle Breeders Association of Nigeria"),
    ("Makurdi", "Benue", "Benue State", "Makurdi", "Livestock Guards"),
)


def test_he_is_the_chief_executive_just_quoted_not_a_speaker_of_the_paragraph_before():
    got = _speakers(
        "Sirges chairwoman Marja Lanta said the company never replied.\n\n"
        "Nordvik's chief executive, Henrik Almqvist, said the company had no record of the "
        "letter. Its field crew had seen no reindeer near the site, he said.",
        REINDEER,
    )
    assert [party for party, _ in got] == ["Sirges", "Nordvik", "Nordvik"]


def test_a_named_person_described_in_apposition_is_a_person():
    # "he" is the researcher of the same paragraph, not the chief executive before him
    # (the firm he works at does not make him a body).
    got = _speakers(
        "Elering's chief executive said the transformer had been replaced in 2021.\n\n"
        "Jonas Lindqvist, an industrial control systems researcher at a Stockholm security "
        "firm, said the pattern was hard to explain. But he cautioned that code similarities "
        "rarely proved who was behind an attack.",
        _parties(("Tallinn", "Estonia", "Estonian", "Elering"), ("Moscow", "Russia", "Russian")),
    )
    assert got[-1][0] is None


def test_a_party_named_in_full_keeps_its_side_whatever_its_apposition_calls_it():
    got = _speakers(
        "The Sirges Sami village, a herding cooperative of about 60 member families, said "
        "the reindeer were grazing along the shore.",
        REINDEER,
    )
    assert got == [
        ("Sirges", "The Sirges Sami village, a herding cooperative of about 60 member families")
    ]


def test_a_charge_runs_over_its_partitive_tail_and_its_second_act():
    c = _claims_with(
        "MACBAN on Friday accused a Benue State security outfit of shooting dead two herders, "
        "one of them a 15-year-old boy, and seizing hundreds of cattle.",
        HERDERS,
    )[0]
    assert c.text == (
        "a Benue State security outfit of shooting dead two herders, one of them a "
        "15-year-old boy, and seizing hundreds of cattle"
    )


def test_the_association_s_chairman_for_a_place_is_the_association_s():
    got = _speakers(
        "The association said the raid took place across the state boundary.\n\n"
        '"Our people were not armed," the association\'s Benue chairman, Usman Adamu Kaura, '
        "said.",
        HERDERS,
    )
    assert got[-1] == ("MACBAN", "the association's Benue chairman, Usman Adamu Kaura")


def test_a_spokesman_for_the_government_of_a_place_no_side_holds_speaks_for_no_side():
    got = _speakers(
        "The Benue State government rejected the accusation.\n\n"
        "A spokesman for the Nasarawa State government said it was working with surveyors.",
        HERDERS,
    )
    assert got[-1] == (None, "A spokesman for the Nasarawa State government")


def test_words_quoted_inside_a_content_run_to_their_closing_mark():
    c = _claims_with(
        'The defence minister wrote on social media that the dead "were not farmers, they were '
        'criminals who used the population as a shield".',
        _parties(("Bogota", "Colombia", "Colombian"), ("EMC", "EMC", "dissidents")),
    )[0]
    assert c.text == (
        'the dead "were not farmers, they were criminals who used the population as a shield"'
    )


def test_reaffirmed_reports_a_clause():
    got = _claims_with(
        "In Washington, the State Department said it was concerned and reaffirmed that "
        "Article 5 of the security treaty applies to the islands.",
        _parties(("Tokyo", "Japan", "Japanese"), ("Beijing", "China", "Chinese")),
    )
    assert [(c.cue, c.text) for c in got][-1] == (
        "reaffirmed",
        "Article 5 of the security treaty applies to the islands",
    )


# --- round 31 -------------------------------------------------------------------------------
PORT = _parties(
    ("Colombo", "Sri Lanka", "Sri Lankan", "Colombo", "Sri Lanka Police"),
    ("SPWU", "Southern Ports Workers' Union", "SPWU"),
)
LAKE = _parties(
    ("Lilongwe", "Malawi", "Malawian", "Lilongwe"), ("Dodoma", "Tanzania", "Tanzanian", "Dodoma")
)


def test_a_dockworkers_union_is_the_port_workers_union_whatever_country_it_is_in():
    got = _speakers(
        "COLOMBO, Aug 9 (AFP) - A Sri Lankan dockworkers' union on Saturday blamed police for "
        "the death of a crane operator.",
        PORT,
    )
    assert got == [("SPWU", "A Sri Lankan dockworkers' union")]


def test_an_officer_at_a_hospital_and_an_agency_s_office_speak_for_no_side():
    got = _speakers(
        "COLOMBO, Aug 9 (AFP) - Police said 14 officers had been hurt.\n\n"
        "The judicial medical officer at Hambantota General Hospital said the examination had "
        "found a fractured skull.\n\n"
        "The International Labour Organization's office in Colombo urged the government and "
        "unions to settle the dispute.",
        PORT,
    )
    assert got[1:] == [
        (None, "The judicial medical officer at Hambantota General Hospital"),
        (None, "The International Labour Organization's office in Colombo"),
    ]


def test_a_foreign_ministry_spokesman_is_not_of_the_defence_ministry_that_spoke_last():
    got = _speakers(
        "Malawi's Ministry of Foreign Affairs said a patrol boat had intercepted the vessel.\n\n"
        "Tanzania's Ministry of Defence said the patrol had fired warning shots. The ministry "
        "said five people had been on board.\n\n"
        'Malawi rejected that allegation. "There was no oil equipment on that boat," a foreign '
        "ministry spokesman said.",
        LAKE,
    )
    assert got[-1] == ("Lilongwe", "a foreign ministry spokesman")


def test_a_note_a_letter_and_a_list_speak_for_who_wrote_them():
    note = _speakers(
        "Malawi's Ministry of Foreign Affairs said in a protest note that a patrol boat had "
        "intercepted the vessel. The boat was well within Malawian waters, the note said.",
        LAKE,
    )
    assert note[-1] == ("Lilongwe", "the note")
    letter = _speakers(
        "A letter the union sent to ECT in January warned that the crane's brakes were worn.",
        _parties(("NDU", "Namibia Dockworkers Union", "NDU", "union"), ("ECT", "ECT")),
    )
    assert letter == [("NDU", "the union")]
    listed = _speakers(
        "According to a list the KNDF shared with reporters, the dead include 13 children.",
        _parties(("Naypyitaw", "Myanmar", "junta"), ("KNDF", "KNDF")),
    )
    assert listed == [("KNDF", "the KNDF")]


def test_its_members_after_a_body_that_referred_back():
    got = _speakers(
        "The authority accused the farmers of poisoning consumers.\n\n"
        'The association rejected that description as "slander". Its members maintain that '
        "most of the pumps were licensed decades ago.",
        _parties(
            ("Farmers", "Farmers' Association of the Central Bekaa", "farmers"),
            ("LRA", "Litani River Authority", "LRA"),
        ),
    )
    assert got[-2:] == [("Farmers", "The association"), ("Farmers", "Its members")]


def test_a_caribbean_country_is_a_state_and_its_name_on_a_trust_says_where():
    got = _speakers(
        "KINGSTON, Oct 22 (Reuters) - The Jamaica Environment Trust called for an independent "
        "audit. The government said the refinery would keep operating.",
        _parties(
            ("Kingston", "Jamaica", "Jamaican", "Kingston"),
            ("CARCO", "Caribbean Alumina Refining Company", "CARCO"),
        ),
    )
    assert got == [(None, "The Jamaica Environment Trust"), ("Kingston", "The government")]


# --- round 32 -------------------------------------------------------------------------------
CASPIAN = _parties(
    ("Astana", "Kazakhstan", "Kazakh", "Astana"), ("Moscow", "Russia", "Russian", "Moscow")
)


def test_a_ministry_first_named_by_its_field_is_the_dateline_state_s():
    got = _speakers(
        "AKTAU, Kazakhstan, Sept 9 (AFP) - Kazakhstan said missile fragments had hit a village. "
        "Moscow denied that any of its missiles had left the range.\n\n"
        "The Emergencies Ministry said a metal object fell onto a house.",
        CASPIAN,
    )
    assert got[-1] == ("Astana", "The Emergencies Ministry")


def test_the_note_is_of_who_issued_it_not_of_the_subject_named_since():
    got = _speakers(
        "AKTAU, Kazakhstan, Sept 9 (AFP) - In a protest note handed to the Russian ambassador, "
        "Kazakhstan's Foreign Ministry said the debris came from a missile launched by a warship "
        "of Russia's Caspian Flotilla. The flotilla had announced live-fire exercises. The note "
        'described the incident as "a gross violation of the airspace".',
        CASPIAN,
    )
    assert got[-1] == ("Astana", "The note")


def test_the_federal_police_is_the_state_s():
    got = _speakers(
        "A miners' cooperative accused Brazilian agents of burning dredges.\n\n"
        "The Federal Police, which escorted the team, denied that its officers had fired on "
        "workers.",
        _parties(
            ("Brasilia", "Brazil", "Brazilian", "Brasilia"),
            ("Coomat", "Alto Tapajos Miners' Cooperative", "Coomat"),
        ),
    )
    assert got[-1] == ("Brasilia", "The Federal Police")


def test_a_headline_s_group_is_the_party_its_words_describe():
    got = _speakers(
        "Miners' Group Says Brazilian Agents Burned Dredges With Families Aboard\n\n"
        "BRASILIA, Oct 2 (Reuters) - Brazil's environmental agency said the dredges were illegal.",
        _parties(
            ("Brasilia", "Brazil", "Brazilian", "Brasilia"),
            ("Coomat", "Alto Tapajos Miners' Cooperative", "Coomat"),
        ),
    )
    assert got[0] == ("Coomat", "Miners' Group")


def test_the_division_s_commander_is_of_the_division_that_spoke():
    got = _speakers(
        "The army's 6th Infantry Division said the dead were armed fighters.\n\n"
        "The Bangsamoro Islamic Freedom Fighters also said a shell had struck a madrasa. The "
        "division's commander rejected that report.",
        _parties(
            ("Manila", "Philippines", "Philippine", "Manila"),
            ("BIFF", "Bangsamoro Islamic Freedom Fighters", "BIFF"),
        ),
    )
    assert got[-1] == ("Manila", "The division's commander")


def test_a_participle_goes_with_the_cue_right_before_its_comma():
    got = _speakers(
        "A federation of fishing cooperatives said private guards hired by Pemex had shot a "
        "fisherman, an account Pemex disputed, saying its security staff had fired only warning "
        "shots.",
        _parties(("Pemex", "Pemex"), ("Federation", "Federation of Fishing Cooperatives")),
    )
    assert got[-1] == ("Pemex", "Pemex")
    # but not with a cue inside what the first speaker says
    got = _speakers(
        "The Bashkan's deputy insisted the gathering had been lawful and peaceful until police "
        "charged, saying Gagauz law required only notice.",
        _parties(("Comrat", "Gagauzia", "Bashkan"), ("Chisinau", "Moldova", "police")),
    )
    assert got[-1] == ("Comrat", "The Bashkan's deputy")


# --- round 33 -------------------------------------------------------------------------------
VANILLA = _parties(
    ("Antananarivo", "Madagascar", "Malagasy", "Antananarivo"),
    ("ACVS", "SAVA Vanilla Collectors' Association", "ACVS"),
)


def test_a_headline_s_members_are_the_body_whose_name_holds_them():
    got = _speakers(
        "Vanilla Collectors Accuse Madagascar Gendarmes of Looting Sambava Warehouses\n\n"
        "ANTANANARIVO, July 3 (AFP) - The Ministry of Commerce said the operation had seized "
        "green vanilla.",
        VANILLA,
    )
    assert got[0] == ("ACVS", "Vanilla Collectors")


def test_the_gendarmerie_is_the_state_s_and_transparency_international_no_side_s():
    got = _speakers(
        "The association said a guard was shot.\n\n"
        "The national gendarmerie command said in a communique that the guard had fired at "
        "officers.\n\n"
        "Transparency International - Initiative Madagascar called for an independent audit.",
        VANILLA,
    )
    assert got[1:] == [
        ("Antananarivo", "The national gendarmerie command"),
        (None, "Transparency International - Initiative Madagascar"),
    ]


def test_a_relative_clause_one_side_insists_on_is_its_claim():
    got = _claims_with(
        "Suriname accused French forces of killing two gold miners on its side of the Lawa "
        "River, which forms the border with French Guiana, in a raid that Paris insists took "
        "place on French territory and in self-defence.",
        _parties(("Paramaribo", "Suriname", "Surinamese"), ("Paris", "France", "French", "Paris")),
    )
    # The charge stops before the other side's words (the aside on the river stays).
    assert [(c.party, c.cue) for c in got] == [("Paramaribo", "accused"), ("Paris", "insists")]
    assert got[0].text.startswith("French forces of killing two gold miners")
    assert "Paris" not in got[0].text
    assert got[1].text == "took place on French territory and in self-defence"


# --- round 34 -------------------------------------------------------------------------------
SHALE = _parties(
    ("Patagonia Shale", "Patagonia Shale Energia", "Patagonia Shale", "PSE"),
    ("Tehuelche Council", "Tehuelche Council of Picun", "Tehuelche"),
)


def test_a_name_ending_in_its_trade_abroad_is_the_company_the_company_refers_to():
    got = _speakers(
        "Chilean Shale Driller Blames Vandals for Spill Near Tehuelche Land\n\n"
        "ZAPALA, Argentina, May 4 (AFP) - Patagonia Shale Energia said a valve had been opened "
        "by intruders. The company said it had filed a complaint with prosecutors.",
        SHALE,
    )
    assert got == [
        ("Patagonia Shale", "Chilean Shale Driller"),
        ("Patagonia Shale", "Patagonia Shale Energia"),
        ("Patagonia Shale", "The company"),
    ]


def test_a_province_s_office_is_the_one_state_s_or_no_side_s():
    dive = _parties(("Cairo", "Egypt", "Egyptian", "Cairo"), ("Blue Reef Diving", "Blue Reef"))
    got = _speakers(
        "SAFAGA, June 2 (AP) - Blue Reef Diving said the harbour master had cleared the boat.\n\n"
        "The governor of the Red Sea province said the boat had sailed despite a warning.",
        dive,
    )
    assert got[1] == ("Cairo", "The governor of the Red Sea province")
    # With no state among the sides, the province's office speaks for neither.
    got = _speakers(
        "The Tehuelche Council said the spill had reached the pasture.\n\n"
        "The province's Environment Secretariat said inspectors had found oil outside the pad.",
        SHALE,
    )
    assert got[1] == (None, "The province's Environment Secretariat")


def test_a_photographer_is_a_person_he_refers_back_to():
    got = _speakers(
        "Japan's chief cabinet secretary, Kenji Mori, said the coast guard had acted "
        "lawfully.\n\n"
        "A photographer for a local newspaper who was on a boat nearby said he saw officers "
        'pull a man from the water. "He was bleeding from the head," he said.',
        _parties(("Tokyo", "Japan", "Japanese", "Tokyo"), ("Henoko Kayak Group", "kayakers")),
    )
    assert [party for party, _ in got] == ["Tokyo", None, None]
    assert got[2][1].startswith("A photographer")


def test_a_participle_read_as_the_main_verb_leaves_the_cue_its_subject():
    got = _claims_with(
        "NAHA, Japan, June 18 (Reuters) - The Save Henoko Alliance, a group opposed to the "
        "base, said officers had pulled protesters from the water.\n\n"
        "A citizens' group opposed to a new U.S. military base in Okinawa on Wednesday accused "
        "the Japan Coast Guard of injuring two elderly kayakers.",
        _parties(("Tokyo", "Japan", "Japanese", "Tokyo"), ("Save Henoko Alliance", "alliance")),
    )
    assert [(c.source, c.cue) for c in got][1] == ("A citizens' group", "accused")
    assert got[1].text == "the Japan Coast Guard of injuring two elderly kayakers"


def test_two_clauses_before_he_said_are_one_claim():
    got = _claims_with(
        "The governor said the boat had capsized. Five bodies have been recovered, two of them "
        "French tourists and one Dutch, and six people are still missing, he said.",
        _parties(("Cairo", "Egypt", "Egyptian"), ("Blue Reef Diving", "Blue Reef")),
    )
    assert [c.text for c in got][1:] == [
        "Five bodies have been recovered, two of them French tourists and one Dutch, and six "
        "people are still missing"
    ]


def test_a_post_glossed_after_or_is_a_person_she_refers_back_to():
    got = _speakers(
        "The Tehuelche Council of Picun gave a different account. In a statement read to "
        "reporters, the council's lonko, or spokeswoman, said oil had "
        "spread across the pasture.\n\n"
        '"They are trying to turn the victims into criminals," she said.',
        SHALE,
    )
    assert got == [
        ("Tehuelche Council", "the council's lonko, or spokeswoman"),
        ("Tehuelche Council", "the council's lonko, or spokeswoman"),
    ]


def test_a_ministry_s_field_and_a_body_s_place_are_not_remembered_as_names():
    got = _speakers(
        "MWANZA, June 5 (Reuters) - A fishers' association on Tanzania's shore of Lake "
        "Victoria accused fisheries officers of burning boats. The Ministry of Livestock and "
        "Fisheries said only illegal nets had been burned.\n\n"
        "The Lake Victoria Fisheries Organization, a regional body, said a third of the nets "
        "inspected were below the legal size.",
        _parties(
            ("Dodoma", "Tanzania", "Tanzanian", "Dodoma"),
            ("Kayenze Fishers' Association", "Kayenze Fishers' Association", "fishers"),
        ),
    )
    assert [party for party, _ in got] == ["Kayenze Fishers' Association", "Dodoma", None]


def test_a_volunteer_group_with_a_demonym_speaks_for_no_side():
    got = _speakers(
        "A Polish volunteer group that brings food to migrants in the forest said it had "
        "received messages from people stranded on the Belarusian side.",
        _parties(("Minsk", "Belarus", "Belarusian", "Minsk"), ("Warsaw", "Poland", "Polish")),
    )
    assert got == [(None, "A Polish volunteer group")]


def test_a_denied_role_runs_over_what_it_was_a_role_in():
    got = _claims_with(
        "The Ambazonia Defence Forces denied any role in the blast.",
        _parties(("Yaounde", "Cameroon", "Cameroonian"), ("ADF", "Ambazonia Defence Forces")),
    )
    assert [c.text for c in got] == ["any role in the blast"]


# --- round 35 -------------------------------------------------------------------------------
PEASANTS = _parties(
    ("MPB", "Mouvement des Paysans de Bassin", "MPB"), ("SucreNord", "SucreNord SA", "SucreNord")
)


def test_the_side_whose_name_is_foreign_is_the_body_the_lede_describes():
    got = _speakers(
        "Haitian Farmers Accuse Sugar Company Guards of Burning Homes\n\n"
        "CAP-HAITIEN, Haiti, March 3 (AFP) - A Haitian peasant movement on Monday accused "
        "guards of burning homes. The company denied it.\n\n"
        "Four houses were set alight, the movement said.",
        PEASANTS,
    )
    assert got == [
        ("MPB", "Haitian Farmers"),
        ("MPB", "A Haitian peasant movement"),
        ("SucreNord", "The company"),
        ("MPB", "the movement"),
    ]
    # A body of no side, described the same way, stays no side's.
    got = _speakers(
        "CAP-HAITIEN, Haiti, March 3 (AFP) - A Haitian rights movement on Monday accused "
        "guards of burning homes.",
        PEASANTS,
    )
    assert got == [(None, "A Haitian rights movement")]


def test_the_coordinator_is_the_group_s_coordinator_named_before():
    got = _speakers(
        "The Mouvement des Paysans de Bassin said guards had fired on families. Houses were "
        "burned, according to the group's coordinator.\n\n"
        '"They came ready to kill," the coordinator told AFP.',
        PEASANTS,
    )
    assert [party for party, _ in got] == ["MPB", "MPB", "MPB"]


def test_a_full_stop_after_an_initial_like_word_ends_the_quotation():
    got = _claims_with(
        '"These were fishermen," the spokesman wrote on X. "Killing them was a crime."',
        _parties(("Kabul", "Afghanistan", "Afghan"), ("Tashkent", "Uzbekistan", "Uzbek")),
    )
    assert [c.text for c in got] == ["These were fishermen", "Killing them was a crime"]


def test_a_ministry_official_speaks_for_no_side_between_a_union_and_a_company():
    got = _speakers(
        "Hill Estates PLC said its guards had been attacked.\n\n"
        "An official at the Ministry of Plantation Industries, who asked not to be named, said "
        "the ministry had received no application.",
        _parties(
            ("Estate Workers' Union", "Estate Workers' Union"),
            ("Hill Estates", "Hill Estates PLC", "Hill Estates"),
        ),
    )
    assert got == [
        ("Hill Estates", "Hill Estates PLC"),
        (None, "An official at the Ministry of Plantation Industries"),
    ]


def test_a_charge_runs_over_an_object_and_a_second_act_hung_on_the_cue():
    got = _claims_with(
        "A peasant movement accused guards working for a sugar exporter of shooting dead a "
        "farmer and torching dozens of homes, but the company dismissed the account.",
        PEASANTS,
    )
    assert got[0].text == (
        "guards working for a sugar exporter of shooting dead a farmer and torching dozens of homes"
    )


# --- round 36 -------------------------------------------------------------------------------
PNG = _parties(
    ("Port Moresby", "Papua New Guinea", "PNG", "Port Moresby"),
    ("Jakarta", "Indonesia", "Indonesian", "Jakarta"),
)


def test_a_spokesman_for_a_military_command_speaks_for_the_state_named_before():
    got = _speakers(
        "Papua New Guinea said a farmer was killed.\n\n"
        "Indonesia's military offered a different version. A spokesman for the Cenderawasih "
        "Military Command in Jayapura said a patrol had been ambushed.",
        PNG,
    )
    assert got[1] == ("Jakarta", "A spokesman for the Cenderawasih Military Command in Jayapura")


def test_the_words_of_a_country_s_name_are_no_name_of_its_state():
    got = _speakers(
        "Papua New Guinea said a farmer was killed.\n\n"
        "The West Papua National Liberation Army denied that its units had been near Wutung.",
        PNG,
    )
    assert got[1] == (None, "The West Papua National Liberation Army")


GOLD = _parties(
    ("Ouagadougou", "Burkina Faso", "Burkinabe", "Ouagadougou"), ("Kintyre Gold", "Kintyre Gold")
)


def test_a_miner_named_after_its_metal_is_the_company_and_customs_are_the_state_s():
    got = _speakers(
        "Burkina Faso Says Seized Gold Was Undeclared; Miner Calls It Expropriation\n\n"
        "OUAGADOUGOU, Feb 5 (Reuters) - The customs service said the gold had not been declared, "
        "while the mine's Toronto-listed owner denied any wrongdoing. A senior customs official "
        "said the weights differed.\n\n"
        "The company said it would seek arbitration. Officials dismissed that threat as "
        "intimidation.",
        GOLD,
    )
    assert got == [
        ("Ouagadougou", "Burkina Faso"),
        ("Kintyre Gold", "Miner"),
        ("Ouagadougou", "The customs service"),
        ("Kintyre Gold", "the mine's Toronto-listed owner"),
        ("Ouagadougou", "A senior customs official"),
        ("Kintyre Gold", "The company"),
        ("Ouagadougou", "Officials"),
    ]


def test_a_body_named_in_another_language_is_the_one_the_lede_describes_against_a_state():
    got = _speakers(
        "Panama Police Clear Blockade; Farmers Say Children Hurt by Pellets\n\n"
        "PANAMA CITY, Feb 11 (AFP) - Police fired tear gas on Monday, and the farmers' "
        "coordinating body accused officers of shooting pellets into a school.",
        _parties(
            ("Panama", "Panama", "Panamanian"),
            ("Coordinadora", "Coordinadora Campesina del Río Indio", "Coordinadora"),
        ),
    )
    assert got == [
        ("Coordinadora", "Farmers"),
        ("Coordinadora", "the farmers' coordinating body"),
    ]


def test_the_movement_is_the_one_named_in_full_in_what_another_said():
    got = _speakers(
        "The army said fighters of the Movement of Democratic Forces of Casamance (MFDC) had "
        "opened fire on a post.\n\n"
        "The movement denied that its fighters had attacked any army post.",
        _parties(
            ("Dakar", "Senegal", "Senegalese", "Dakar"),
            ("MFDC", "MFDC", "Movement of Democratic Forces of Casamance"),
        ),
    )
    assert got[1] == ("MFDC", "The movement")


def test_a_region_s_police_is_the_one_state_s_not_the_armed_group_s_namesake():
    got = _speakers(
        "The Free Papua Movement said its fighters were not there.\n\n"
        "Papua regional police said the two dead were health workers.",
        _parties(
            ("Jakarta", "Indonesia", "Indonesian", "Jakarta"),
            ("TPNPB", "TPNPB", "Free Papua Movement"),
        ),
    )
    assert got == [
        ("TPNPB", "The Free Papua Movement"),
        ("Jakarta", "Papua regional police"),
    ]


# --- round 37 -------------------------------------------------------------------------------
BANK = _parties(
    ("Cedar Commerce Bank", "Cedar Commerce Bank"),
    ("Depositors' Rights Coalition", "Depositors' Rights Coalition"),
)


def test_a_side_named_for_rights_keeps_its_side_and_a_bank_is_the_business():
    got = _speakers(
        "BEIRUT, October 22 (AP) - A Lebanese bank accused depositors of storming a branch.\n\n"
        "The Depositors' Rights Coalition, which organised the sit-in, said 14 of its members "
        "had been hurt.\n\n"
        "The Internal Security Forces said seven people had been detained.\n\n"
        "The central bank said deposits were safe.",
        BANK,
    )
    assert got == [
        ("Cedar Commerce Bank", "A Lebanese bank"),
        ("Depositors' Rights Coalition", "The Depositors' Rights Coalition"),
        (None, "The Internal Security Forces"),
        (None, "The central bank"),
    ]


def test_a_ministry_after_its_government_in_the_same_paragraph_is_that_government_s():
    got = _speakers(
        "COX'S BAZAR, Bangladesh, May 9 (Reuters) - Bangladesh accused Myanmar's army of "
        "shelling a border village.\n\n"
        "The foreign ministry said it had summoned Myanmar's ambassador.\n\n"
        "Myanmar's military government rejected the accusation. In a statement carried by state "
        "broadcaster MRTV, the Information Ministry said the army had not fired a single shell.",
        _parties(
            ("Dhaka", "Bangladesh", "Bangladeshi", "Dhaka"),
            ("Naypyitaw", "Myanmar", "Naypyitaw"),
        ),
    )
    assert got[-1] == ("Naypyitaw", "the Information Ministry")


def test_a_claimed_responsibility_is_for_the_act_and_an_email_is_where_it_was_said():
    got = _claims_with(
        "The TPNPB claimed responsibility for the shooting at the health post. The Balochistan "
        "Freedom Front claimed the attack in an email to journalists.",
        _parties(("TPNPB", "TPNPB"), ("BFF", "Balochistan Freedom Front")),
    )
    assert [c.text for c in got] == ["the shooting at the health post", "the attack"]


# --- round 38 -------------------------------------------------------------------------------
KIGALI_KINSHASA = _parties(
    ("Kigali", "Rwanda", "Rwandan", "Kigali"), ("Kinshasa", "Congo", "Congolese", "Kinshasa")
)


def test_a_said_participle_hung_inside_a_charge_is_a_claim_of_its_own():
    got = _claims_with(
        "Rwanda on Friday accused Congo's army of firing mortar rounds across the Rusizi River "
        "into the border town of Kamembe, saying the shells killed five civilians in a crowded "
        "market.",
        KIGALI_KINSHASA,
    )
    assert [(c.party, c.cue, c.text) for c in got] == [
        (
            "Kigali",
            "accused",
            "Congo's army of firing mortar rounds across the Rusizi River into the border town "
            "of Kamembe",
        ),
        ("Kigali", "saying", "the shells killed five civilians in a crowded market"),
    ]


def test_a_clause_on_statement_goes_on_through_its_verbless_apposition():
    got = _claims_with(
        "The Rwanda Defence Force (RDF) said in a statement that 23 people had been wounded, "
        "four of them children. According to the RDF, its radar traced the rounds.",
        KIGALI_KINSHASA,
    )
    assert [c.text for c in got] == [
        "23 people had been wounded, four of them children",
        "its radar traced the rounds",
    ]


def test_an_invitation_after_the_reported_clause_is_the_speaker_s_act():
    got = _claims_with(
        "The RDF spokesman said there was no military depot anywhere near the market and "
        "invited foreign diplomats to inspect the impact sites.",
        KIGALI_KINSHASA,
    )
    assert [c.text for c in got] == ["there was no military depot anywhere near the market"]


def test_a_charge_goes_on_through_how_it_was_done_and_a_second_of():
    got = _claims_with(
        "The union accused the company of breaking the safety law by restarting the converter "
        "shop before inspectors had examined the site.\n\n"
        "The group accused the company of breaking a 2022 agreement that placed the waterfall "
        "off limits to mining, and of ignoring the right to consultation.",
        _parties(("Union", "union", "group"), ("Company", "company")),
    )
    assert [c.text for c in got] == [
        "the company of breaking the safety law by restarting the converter shop before "
        "inspectors had examined the site",
        "the company of breaking a 2022 agreement that placed the waterfall off limits to "
        "mining, and of ignoring the right to consultation",
    ]


def test_a_spokeswoman_for_a_hospital_speaks_for_no_side():
    got = _speakers(
        "BRATISLAVA, October 9 (AP) - A Slovak metalworkers' union on Thursday blamed Hornad "
        "Steel for the death of a worker at the plant.\n\n"
        "A spokeswoman for Louis Pasteur University Hospital in Kosice said five patients with "
        "burns had been admitted overnight.",
        _parties(("NOZK", "NOZK", "metalworkers' union"), ("Hornad Steel", "Hornad Steel")),
    )
    assert got == [
        ("NOZK", "A Slovak metalworkers' union"),
        (None, "A spokeswoman for Louis Pasteur University Hospital in Kosice"),
    ]


def test_advising_is_a_directive_only_with_what_to_do():
    got = _claims_with(
        "Jana Kral, an analyst at a Bratislava consultancy that advises metals producers, said "
        "the plant was old. The ministry advised residents not to drink water from the river.",
        _parties(("NOZK", "NOZK"), ("Hornad Steel", "Hornad Steel")),
    )
    assert [(c.cue, c.text) for c in got] == [
        ("said", "the plant was old"),
        ("advised", "residents not to drink water from the river"),
    ]


# --- round 39 -------------------------------------------------------------------------------
def test_a_resistance_group_in_a_state_s_region_is_the_armed_side_not_the_state():
    got = _speakers(
        "BANGKOK, June 3 (AP) - A resistance group in western Myanmar's Chin state said "
        "Tuesday that a military jet bombed a crowded market. The group said 17 people were "
        "killed.",
        _parties(("Naypyitaw", "Myanmar", "junta", "army"), ("CNF", "Chin National Front")),
    )
    assert got == [
        ("CNF", "A resistance group in western Myanmar's Chin state"),
        ("CNF", "The group"),
    ]


MOROCCO_POLISARIO = _parties(
    ("Rabat", "Morocco", "Moroccan", "Rabat"), ("Polisario", "Polisario Front", "Polisario")
)


def test_a_movement_described_after_the_side_was_named_is_that_side():
    got = _speakers(
        "RABAT, March 14 (Reuters) - Morocco accused the Polisario Front on Thursday of firing "
        "rockets at a livestock market near the town of Mahbes, killing two civilians, while "
        "the independence movement said its fighters had shelled army positions.",
        MOROCCO_POLISARIO,
    )
    assert got == [("Rabat", "Morocco"), ("Polisario", "the independence movement")]


def test_its_army_is_the_army_of_the_previous_subject_not_one_named_before():
    got = _speakers(
        "RABAT, March 14 (Reuters) - The Moroccan army said rockets hit a market.\n\n"
        "The Polisario Front gave a very different account. In a communique carried by the "
        "Sahrawi Press Service, its army said its units had bombarded army entrenchments.",
        MOROCCO_POLISARIO,
    )
    assert got == [("Rabat", "The Moroccan army"), ("Polisario", "its army")]


def test_a_group_linked_to_a_network_is_the_armed_side_and_a_second_clause_its_own():
    got = _claims_with(
        "COTONOU, January 22 (AFP) - An al Qaeda-linked group said on Wednesday it had killed "
        "31 Beninese soldiers in an attack on a military post, but Benin's army put its losses "
        "at nine dead and said dozens of assailants were killed.",
        _parties(("Cotonou", "Benin", "Beninese", "Cotonou"), ("JNIM", "JNIM", "Jihadists")),
    )
    assert [(c.party, c.source, c.cue, c.text) for c in got] == [
        (
            "JNIM",
            "An al Qaeda-linked group",
            "said",
            "it had killed 31 Beninese soldiers in an attack on a military post",
        ),
        ("Cotonou", "Benin's army", "put", "its losses at nine dead"),
        ("Cotonou", "Benin's army", "said", "dozens of assailants were killed"),
    ]


def test_a_second_that_clause_hung_on_a_word_of_the_first_is_still_its_own():
    got = _claims_with(
        "The Interior Ministry said 11 people had been hurt in the operation, six of them "
        "gendarmes, and that 17 people were detained. The ministry said the union denied "
        "that the mine was closed and that workers were hurt.",
        _parties(("Nouakchott", "Mauritania", "Nouakchott"), ("Union", "union")),
    )
    assert [c.text for c in got] == [
        "11 people had been hurt in the operation, six of them gendarmes",
        "17 people were detained",
        # (the second that-clause is the union's denial, inside what the ministry said)
        "the union denied that the mine was closed and that workers were hurt",
    ]
