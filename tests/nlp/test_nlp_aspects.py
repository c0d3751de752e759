"""The aspect classifier gives act descriptions a point in dispute, not ``other``."""

import pytest

from claims.nlp.aspects import analyse, aspect_scores, classify_aspect, polarity_of
from claims.nlp.aspects.scan import _scan


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # who did it: an act and its doer, or a denial of one's own act
        ("The Turkish side pushed these people towards us and abandoned them", "responsibility"),
        ("Our forces did not shell any hospital", "responsibility"),
        ("it had not conducted any air operations in the area on Tuesday", "responsibility"),
        ("the gunmen were local Serbs", "responsibility"),
        # on purpose or not
        ("Thailand was using the border dispute to distract from its troubles", "intent"),
        ("We responded in a measured and proportionate manner", "intent"),
        # lawful or not: where it happened, by what rules
        ("the men had been seized on Georgian-controlled territory", "legality"),
        ("the farmers would be charged and fined in line with local law", "legality"),
        # what was hit
        ("The fishermen were unarmed and posed no threat to anyone", "target"),
        # who died or was hurt
        ("they had buried 19 people on Sunday evening", "casualties"),
        ("the dam was hit by several HIMARS rockets overnight", "weapon"),
        # a generic weapon word alone does not make the claim about the weapon
        ("an Israeli drone strike on a car killed a Hezbollah commander", "target"),
    ],
)
def test_acts_get_their_point_in_dispute(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_talk_that_is_no_account_of_the_event_stays_other() -> None:
    assert classify_aspect("it was monitoring the situation closely") == "other"
    assert classify_aspect("both sides to exercise restraint", "urge") == "other"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # a force as the subject of an act: who did it, even with a toll or victims named
        (
            "Indian forces had fired mortar rounds at the village, killing two civilians",
            "responsibility",
        ),
        ("separatist fighters had set fire to more than 40 houses", "responsibility"),
        ('the coast guard had "brutally" chased the boat', "responsibility"),
        ("the officers had taken their engine and left them drifting", "responsibility"),
        # ... but not when the force is the victim, or the act is judged lawful or not
        ("Two soldiers killed in border clash", "casualties"),
        ("three soldiers were killed", "casualties"),
        ("the coast guard had acted lawfully against a boat with no name", "legality"),
    ],
)
def test_a_force_doing_something_is_about_who_did_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # a claim that judges the act names its victims too: they do not make it "target"
        ("the army was targeting civilians to punish communities that back the rebels", "intent"),
        ("This is a cowardly crime against unarmed people", "legality"),
        # without a judgement, the victims say what was hit
        ("the army was targeting civilians", "target"),
    ],
)
def test_victims_named_by_a_judgement_do_not_outweigh_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # what a weapon hit; who it was hit by
        ("the drones had struck a pharmacy and a crowd near a water point", "target"),
        ("the bombs had fallen on a hamlet", "target"),
        ("the convoy had been hit by government drones", "responsibility"),
        # tolls in other words
        ("residents had buried seven people", "casualties"),
        ("Drone strike near the city kills five", "casualties"),
        ("none of its crew had been harmed", "casualties"),
    ],
)
def test_impacts_and_tolls(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_an_offer_is_no_account_of_the_event() -> None:
    assert classify_aspect("it was ready to share footage of the strike in the territory") == (
        "other"
    )


def test_a_promise_or_plan_is_no_account_of_the_event() -> None:
    assert (
        classify_aspect("it had stepped up patrols in the waters around the island") == "legality"
    )
    assert classify_aspect("it would step up patrols in the waters around the island") == "other"
    assert classify_aspect("military commanders would meet this week to reduce tensions") == "other"


def test_buried_and_kills_are_tolls_the_suggester_can_compare() -> None:
    (buried,) = analyse("residents had buried seven people").casualties
    (kills,) = analyse("Drone strike near the city kills five").casualties
    assert (buried.value, buried.harm) == (7, "killed")
    assert (kills.value, kills.harm) == (5, "killed")


def test_a_manner_pole_is_evidence_of_intent() -> None:
    # "trying to destroy" takes the "deliberate" pole that the suggester compares
    assert classify_aspect("the rebels of trying to destroy the power supply", "accuse") == "intent"


@pytest.mark.parametrize(
    "text",
    [
        "Norland had not sent a single soldier across the border",
        "Norland was not a party to the incident",
        "Not a single Norlandic soldier is on Southern soil",
    ],
)
def test_a_party_denying_its_part_is_about_who_did_it(text: str) -> None:
    assert classify_aspect(text) == "responsibility"
    assert polarity_of(text) == "deny"


def test_not_followed_by_a_number_is_a_correction_but_not_a_is_a_denial() -> None:
    assert polarity_of("four villagers, not three, were killed") == "assert"
    assert polarity_of("not a single shell was fired") == "deny"


def test_accusing_someone_over_an_event_blames_them_for_it() -> None:
    assert (
        classify_aspect("the coast guard over the deadly capsizing", "accuse") == "responsibility"
    )


def test_no_forces_at_the_place_hit_is_about_the_target() -> None:
    assert classify_aspect("There were no fighters there, only farmers and their families") == (
        "target"
    )


@pytest.mark.parametrize(
    "text",
    [
        "one of the men was beaten during the arrest and suffered a broken wrist",
        "either man had been mistreated",
        "he was in a stable condition after surgery to remove a bullet",
        "only one man had been hit, and the second had swum to the bank unhurt",
        "Norland was inventing victims",
    ],
)
def test_harm_to_a_person_in_other_words_is_a_casualty_claim(text: str) -> None:
    assert classify_aspect(text) == "casualties"


def test_care_not_to_harm_is_about_intent() -> None:
    assert classify_aspect("We took every measure to avoid harming civilians") == "intent"
    assert classify_aspect("all precautions had been taken to protect the town") == "intent"
    # a precaution that is no account of the strike stays out of it
    assert classify_aspect("it had sent more troops to the border as a precaution") == "other"


@pytest.mark.parametrize(
    ("text", "cue", "aspect"),
    [
        ("any role", "deny", "responsibility"),
        ("its troops had come under fire from a boat", None, "responsibility"),
        ("the violence had begun as a fight between soldiers and herders", None, "responsibility"),
        ("the firing began shortly after nine and went on for hours", None, "other"),
        ("they shot at us first", None, "responsibility"),
    ],
)
def test_who_started_it(text: str, cue: str | None, aspect: str) -> None:
    assert classify_aspect(text, cue) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # the adjective describes what was hit, the verb says who armed whom
        ('the drone had hit "a column of armed vehicles" near the wall', "target"),
        ("a militia armed by the Norlandic army", "responsibility"),
        ("the rockets were armed with cluster munitions", "weapon"),
    ],
)
def test_armed_as_adjective_and_as_verb(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_an_accused_act_is_at_least_about_who_did_it() -> None:
    assert classify_aspect("of supplying the attackers with rifles", "accuse") == "responsibility"
    assert (
        classify_aspect("Norlandic soldiers of shooting dead a fisherman on the river", "accuse")
        == "responsibility"
    )
    # a judgement of the act still wins a tie, and an accusation of no act stays other
    assert classify_aspect("Norland of occupying Southern territory", "accuse") == "legality"
    assert classify_aspect("Taipei of concealing the truth", "accuse") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "the lorries had been carrying only cement and foodstuffs",
        "The plane had been loaded with anti-tank missiles",
        "the plane carried weapons",
    ],
)
def test_what_was_carried_says_what_was_hit(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_carried_out_and_what_attackers_carried_are_not_a_load() -> None:
    assert classify_aspect("the army had carried out the raid") == "responsibility"
    assert (
        classify_aspect("the attackers wore Norlandic uniforms and carried machine guns")
        == "responsibility"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the officers had been detained 1.2 kilometres inside Norland",
        "the tracking device placed the officers inside Southland at four in the morning",
        "the shooting had taken place on the Southern side of the border",
        "the men had been arrested on Norlandic soil",
    ],
)
def test_where_it_happened_against_a_border_is_about_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"


def test_nobody_negates() -> None:
    assert polarity_of("Nobody on that boat fired a shot") == "deny"


def test_a_dismissed_account_is_generic_whatever_it_is_called() -> None:
    assert analyse('the Norlandic death toll as "pure fabrication"', polarity="deny").generic
    assert analyse('the army\'s version as "a lie to cover up a murder"', polarity="deny").generic
    assert not analyse("the toll had risen to 40 after rescuers searched the rubble").generic


_ALIASES = {"Kabul": ["Afghan"], "Tehran": ["Iranian", "Iran"]}


def test_a_party_naming_the_victims_is_not_the_actor() -> None:
    f = analyse("Afghan migrants shot dead at Iranian border", party="Kabul", aliases=_ALIASES)
    assert f.actor != "Kabul"
    g = analyse("Iranian border guards opened fire on migrants", party="Kabul", aliases=_ALIASES)
    assert g.actor == "Tehran"


def test_the_other_sides_dead_named_as_a_class_say_what_was_hit() -> None:
    aliases = {"Mogadishu": ["Somali"], "al-Shabaab": ["al-Shabaab"]}
    f = analyse(
        "special forces had killed 23 al-Shabaab fighters",
        party="Mogadishu",
        aliases=aliases,
        aspect="casualties",
    )
    assert f.victims == "military"
    assert f.casualties[0].value == 23
    # a side counting its own dead says nothing about what it hit
    own = analyse(
        "two of its soldiers were killed", party="Mogadishu", aliases=aliases, aspect="casualties"
    )
    assert own.victims is None
    named = analyse(
        "two Somali soldiers were killed", party="Mogadishu", aliases=aliases, aspect="casualties"
    )
    assert named.victims is None


def test_the_dead_named_as_attackers_say_the_target_was_military() -> None:
    aliases = {"Caracas": ["Venezuelan"], "Bogota": ["Colombian"]}
    f = analyse(
        "two of the attackers had been killed",
        party="Caracas",
        aliases=aliases,
        aspect="casualties",
    )
    assert f.casualties[0].victims == "military"
    assert f.victims == "military"


def test_a_load_of_arms_says_the_target_was_military() -> None:
    assert analyse("the plane carried weapons").victims == "military"
    # equipment is no arms
    assert analyse(
        "the plane was carrying insulin and dialysis equipment for hospitals"
    ).victims == ("civilian")


def test_another_story_of_how_it_began_is_an_alibi() -> None:
    f = analyse("the violence had begun as a fight between soldiers and herders", party="A")
    assert f.alibi
    assert f.aspect == "responsibility"


@pytest.mark.parametrize(
    "text",
    [
        "none of the sailors had been harmed",
        "the driver was treated for a wound to the arm",
        "the detainees are in good health",
    ],
)
def test_harm_to_people_without_a_toll_is_about_casualties(text: str) -> None:
    assert classify_aspect(text) == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "my uncle has never owned a rifle",
        "they grew wheat, not bombs",
        "there was nothing military in the warehouse",
        "There were no soldiers in the village",
    ],
)
def test_saying_someone_had_no_arms_says_the_target_was_civilian(text: str) -> None:
    assert classify_aspect(text) == "target"
    assert analyse(text).victims == "civilian"


def test_a_denied_use_of_arms_is_no_description_of_the_victims() -> None:
    assert analyse("our troops did not fire any weapons").victims is None
    # "no civilians" still says the place was military
    assert analyse("No civilians were in the area").victims == "military"


@pytest.mark.parametrize(
    "text",
    [
        "the shop was hit by two Kalibr-M cruise missiles",
        "he was killed by a single round from a sniper rifle",
        "the car held a crate of cartridges and three detonators",
    ],
)
def test_arms_named_by_their_make_are_the_weapon(text: str) -> None:
    assert classify_aspect(text) == "weapon"


def test_a_missile_kind_stored_at_the_place_hit_says_what_was_hit() -> None:
    text = "the jets had struck a depot used by the rebels to hide ballistic missile parts"
    assert classify_aspect(text) == "target"


def test_arms_found_with_someone_say_they_were_no_civilians() -> None:
    assert analyse("the police had found detonators in the van").victims == "military"
    assert analyse("the lorry had carried weapons", polarity="deny").victims == "civilian"


def test_a_human_shield_in_the_singular_is_blame_for_the_harm() -> None:
    text = "the rebels for using villagers as a human shield"
    assert classify_aspect(text, "blame") == "responsibility"


def test_a_detention_called_a_kidnapping_is_judged_unlawful() -> None:
    assert classify_aspect('the traders had been "kidnapped from their own shops') == "legality"
    assert analyse("the traders had been kidnapped").law == "unlawful"
    assert analyse("they were not abducted, they were arrested").law == "lawful"


@pytest.mark.parametrize(
    "text",
    [
        "the patrol had crossed the border before dawn",
        "two hundred soldiers crossed the line on Sunday",
        "the boats had crossed into the neighbouring country's waters",
    ],
)
def test_crossing_a_border_is_about_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"
    assert classify_aspect(text, "deny") == "legality"  # "denied that the patrol had crossed..."


@pytest.mark.parametrize(
    "text",
    [
        "the raid was an act of ethnic cleansing",
        "the new wall amounted to annexation",
        "the rebels had broken the agreement",
        "the shooting was legitimate defence",
        "the barrier was a legitimate measure to protect the frontier",
    ],
)
def test_a_deed_judged_as_a_crime_or_a_right_is_about_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"


def test_a_legitimate_target_is_still_about_what_was_hit() -> None:
    assert classify_aspect("the depot was a legitimate military target") == "target"


@pytest.mark.parametrize(
    "text",
    [
        "the herders had no links to any armed group",
        "the boat had no commercial link to the navy",
        "none of the dead had ties to the militia",
    ],
)
def test_links_to_an_armed_side_are_about_what_was_hit(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_arms_a_person_is_struck_with_are_the_weapon() -> None:
    assert classify_aspect("the man had bruises consistent with blows from a baton") == "weapon"
    assert classify_aspect("the police had used tear gas on the crowd") == "weapon"


@pytest.mark.parametrize(
    "text",
    [
        "the three dead were farmers",
        "they were not smugglers, they were fishermen",
        "every one of the dead was a combatant",
        "all of those killed were militants who had been planning attacks",
    ],
)
def test_who_the_people_were_is_about_what_was_hit(text: str) -> None:
    assert classify_aspect(text) == "target"


@pytest.mark.parametrize(
    "text",
    [
        "any sailor had been killed",
        "two civilians, including a 14-year-old boy, had been wounded in the crossfire",
        "no villagers were hurt",
    ],
)
def test_people_harmed_without_a_number_are_casualties(text: str) -> None:
    assert classify_aspect(text) == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "the children were killed when a militant detonated an explosive vest",
        "the farmer was killed by a round fired by the soldiers",
    ],
)
def test_harm_followed_by_who_caused_it_is_not_only_a_toll(text: str) -> None:
    assert classify_aspect(text) != "casualties"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ('the statement as "a cover for a massacre"', "other"),
        ('that account as "a lie to hide a war crime"', "other"),
        ('the accusation as "provocative propaganda"', "other"),
        ("the death toll as pure fabrication", "casualties"),
        ('the annexation claim as "absurd"', "legality"),
    ],
)
def test_a_rejected_account_is_about_what_the_account_was_about(text: str, aspect: str) -> None:
    assert classify_aspect(text, "reject") == aspect


@pytest.mark.parametrize(
    "text",
    [
        "armed gunmen had been operating near the food depot",
        "none of its fighters had been in the village at the time",
    ],
)
def test_fighters_at_the_place_hit_are_about_what_was_hit(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_one_kind_of_people_against_another_is_about_what_was_hit() -> None:
    text = "the soldiers killed insurgents, not civilians, in the raid"
    assert classify_aspect(text) == "target"
    assert polarity_of(text) == "assert"  # a contrast, not a denial
    assert analyse(text).polarity == "assert"


def test_a_rejected_account_of_deaths_is_about_casualties() -> None:
    assert classify_aspect('the account of civilian deaths as "baseless"', "reject") == (
        "casualties"
    )


def test_shot_dead_is_a_casualty() -> None:
    assert classify_aspect("migrants shot dead at the frontier") == "casualties"


def test_what_was_used_is_about_the_weapon() -> None:
    assert classify_aspect("the army had used an armed drone of foreign make in the raid") == (
        "weapon"
    )
    assert classify_aspect("using drones", "deny") == "weapon"


def test_people_used_as_human_shields_blame_the_side_that_used_them() -> None:
    assert classify_aspect("the rebels were using displaced families as human shields") == (
        "responsibility"
    )
    # a place used as a shield is still a claim about what was hit
    text = "the militia had been using the school as a shield for military activity"
    assert classify_aspect(text) == "target"


def test_aimed_at_a_kind_of_people_is_about_what_was_hit() -> None:
    assert classify_aspect("the strike had been aimed only at militants") == "target"
    assert classify_aspect("the raid was aimed at punishing the town") == "intent"


@pytest.mark.parametrize(
    "text",
    [
        "the patrol had come under attack without warning",
        "the shell had come from positions held by the rebels",
    ],
)
def test_where_the_fire_came_from_is_about_who_did_it(text: str) -> None:
    assert classify_aspect(text) == "responsibility"


@pytest.mark.parametrize(
    "text",
    [
        "the raid used the pretext of a manhunt to punish the village",
        "the police came to kill, not to arrest",
    ],
)
def test_a_pretext_or_an_aim_told_outright_is_about_intent(text: str) -> None:
    assert classify_aspect(text) == "intent"


def test_a_name_given_to_the_act_judges_its_lawfulness() -> None:
    assert classify_aspect("the shelling an unprovoked act of aggression", "call") == "legality"
    assert classify_aspect("a massacre", "call") == "legality"
    assert classify_aspect('the "unsafe" actions of the patrol boats', "condemn") == "legality"
    # ... but a name given to the other side's account is a bare rejection
    assert classify_aspect("the rebels' account a fabrication", "call") == "other"


def test_whose_land_it_is_is_about_legality() -> None:
    assert classify_aspect("This is not their land, and it never was") == "legality"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("the army of killing 14 civilians in overnight air strikes", "accuse"),
        ("the militia for the deaths of three children in the village", "blame"),
    ],
)
def test_a_toll_someone_is_accused_of_is_about_who_did_it(text: str, cue: str) -> None:
    assert classify_aspect(text, cue) == "responsibility"
    assert classify_aspect(text) != "responsibility"  # told plainly, it is a toll


def test_where_a_person_was_hit_is_about_casualties() -> None:
    assert classify_aspect("the dead herder had been hit in the chest") == "casualties"
    assert classify_aspect("the girl had a gunshot wound to the leg") == "casualties"


def test_a_plan_told_after_a_long_subject_is_no_account_of_the_event() -> None:
    text = 'raids against the rebels in the north would go on until "the last terrorist is dead"'
    assert classify_aspect(text) == "other"


def test_an_act_of_terror_is_judged_unlawful() -> None:
    text = 'the raid as "an act of terror against the sick"'
    assert classify_aspect(text, "describe") == "legality"
    assert analyse("the raid was an act of terror").law == "unlawful"


def test_bodies_are_casualties() -> None:
    assert classify_aspect('their bodies were "burned beyond recognition"') == "casualties"


def test_harm_one_did_to_oneself_is_about_who_did_it() -> None:
    text = 'the driver had been "aggressive" and had injured himself when he fell'
    assert classify_aspect(text) == "responsibility"


def test_the_manner_of_an_act_is_about_intent() -> None:
    text = 'the coast guard had taken "necessary measures" in a professional and restrained manner'
    assert classify_aspect(text) == "intent"


@pytest.mark.parametrize(
    "text",
    [
        "the bombing hit the hamlet, killing six farmers who were harvesting maize",
        "the jets had bombed houses belonging to refugees",
    ],
)
def test_the_people_hit_described_by_what_they_did_are_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_what_the_people_were_doing_weighs_for_the_target() -> None:
    doing = aspect_scores("the troops fired at people collecting aid")["target"]
    bare = aspect_scores("the troops fired at people near the depot")["target"]
    assert doing > bare


def test_people_during_an_arrest_are_not_described_by_a_deed() -> None:
    assert classify_aspect("the guards had beaten two of the men during the arrest") != "target"


def test_a_detention_of_people_is_about_legality() -> None:
    assert classify_aspect("border guards seized three shepherds on Friday") == "legality"
    # what was seized is no detention
    assert classify_aspect("the navy seized an oil tanker in the strait") != "legality"


@pytest.mark.parametrize(
    "text",
    [
        "one of our officers was beaten and he is now in hospital with a broken jaw",
        "a fisherman was hit in the leg and was taken to hospital under guard",
    ],
)
def test_a_stay_in_hospital_is_harm_not_a_place_hit(text: str) -> None:
    assert classify_aspect(text) == "casualties"


def test_a_patient_in_hospital_says_nothing_of_what_was_hit() -> None:
    assert analyse("he is now in hospital with a broken jaw").victims is None
    # with an article, the hospital is a place that was hit
    assert analyse("the shells hit the hospital").victims == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        "its troops had returned fire only at identified military positions",
        'its forces only strike "terrorist" positions',
    ],
)
def test_fire_kept_to_one_kind_of_object_is_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"


@pytest.mark.parametrize(
    "text",
    [
        "the soldiers had turned the school into a firing position",
        "the militia of turning the airport into a military depot",
    ],
)
def test_a_place_put_to_military_use_is_about_the_target(text: str) -> None:
    assert classify_aspect(text, "accuse") == "target"


def test_a_place_turned_into_something_else_is_not_military() -> None:
    assert classify_aspect("They have turned aid lines into death traps") != "target"


@pytest.mark.parametrize(
    "text",
    [
        "The use of force against fishermen is unacceptable under any circumstances",
        "the boat was 2.5 nautical miles north of the line when it was intercepted",
    ],
)
def test_norms_and_lines_are_about_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ('its soldiers had fired warning shots at "suspects" who approached them', "military"),
        ("the patrol had killed two smugglers near the river", "military"),
        ("the shell fell on a mosque full of worshippers", "civilian"),
        ("There were no soldiers in the school, only pupils and teachers", "civilian"),
    ],
)
def test_people_hit_named_as_wrongdoers_or_as_worshippers_take_a_side(
    text: str, victims: str
) -> None:
    assert analyse(text).victims == victims


def test_wrongdoers_who_act_are_not_the_target() -> None:
    # "the terrorists" did it; the village and its residents were hit
    text = "the terrorists had attacked the village because its residents refused"
    assert analyse(text).victims == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        "it was deeply concerned by reports of civilian casualties",
        'it was "gravely concerned" by the shelling of the hospital',
    ],
)
def test_a_speakers_state_of_mind_is_no_account_of_the_event(text: str) -> None:
    assert classify_aspect(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The methods and the malware all point to the same unit of the agency",
        "the code matched tools previously attributed to the group",
        "This is the signature of the rebels",
        'its units had been "nowhere near" the towers',
    ],
)
def test_traces_and_whereabouts_are_about_who_did_it(text: str) -> None:
    assert classify_aspect(text) == "responsibility"


def test_a_duty_left_undone_is_about_who_did_it() -> None:
    assert classify_aspect("the government of failing to stop them", "accuse") == "responsibility"


def test_a_bare_condemnation_names_no_point_in_dispute() -> None:
    assert classify_aspect("the attack", "condemn") == "other"
    # a name given to the act still judges it
    assert classify_aspect("the shelling an act of aggression", "call") == "legality"


@pytest.mark.parametrize("text", ["anyone had been shot", "two of the men were beaten"])
def test_people_shot_or_beaten_are_casualties(text: str) -> None:
    assert classify_aspect(text) == "casualties"


def test_people_shot_at_are_not_yet_casualties() -> None:
    assert classify_aspect("the fishermen were shot at") != "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "the vessel had been caught fishing without a licence and had tried to flee",
        "its officers had shown a valid warrant but were forced out of their cars",
        "state agencies need no permission from the regional authorities",
    ],
)
def test_the_authority_to_act_is_about_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"


def test_civilian_clothes_do_not_make_civilians() -> None:
    text = "the men in civilian clothes had shouted that they were officers"
    assert analyse(text).victims is None
    assert classify_aspect(text) == "other"


def test_every_one_of_the_dead_is_no_toll() -> None:
    text = "Every one of the dead was a combatant, and the operation was authorised"
    assert analyse(text).casualties == ()
    assert classify_aspect(text) == "target"


def test_fire_from_someone_elses_positions_is_an_alibi() -> None:
    text = "the round had come from positions held by the rebel alliance"
    assert analyse(text, party="A").alibi
    assert classify_aspect(text) == "responsibility"
    # people held by someone are no culprit
    assert not analyse("the fishermen held by the navy were released", party="A").alibi


def test_a_terrorist_label_says_who_was_hit_or_who_acted_not_what_was_lawful() -> None:
    text = 'they had carried out drone strikes on "terrorist headquarters" in the region'
    assert classify_aspect(text) == "target"
    assert analyse(text).law is None
    assert classify_aspect('the "terrorists" had attacked the village') == "responsibility"
    # terror as a deed is a judgement of it
    assert classify_aspect('the attack was "a cowardly act of terrorism"') == "legality"


@pytest.mark.parametrize(
    "text",
    [
        "Our armed forces do not strike civilian targets",
        'the rebels "do not target facilities that serve the masses"',
    ],
)
def test_a_rule_about_what_one_hits_is_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_a_denied_past_act_stays_about_who_did_it() -> None:
    assert classify_aspect("Our forces did not shell any hospital") == "responsibility"


@pytest.mark.parametrize(
    "text",
    [
        "shelling continued overnight",
        "The bombing began shortly after 3 a.m. and lasted about 20 minutes",
    ],
)
def test_when_and_how_long_is_no_point_in_dispute(text: str) -> None:
    assert classify_aspect(text) == "other"


def test_a_continued_practice_is_not_a_timing() -> None:
    text = "Iran's continued harassment of vessels is contrary to international law"
    assert classify_aspect(text) == "legality"


@pytest.mark.parametrize(
    "text",
    [
        'the "precise" strikes had destroyed a command centre used by armed groups',
        'its forces had carried out "a high-precision strike" on a workshop where units '
        "assembled attack drones",
    ],
)
def test_a_precise_hit_on_a_military_target_is_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"
    assert analyse(text).manner == "precise"  # the pole the suggester compares stays


def test_a_precise_operation_aimed_at_a_unit_stays_about_intent() -> None:
    text = "the strike was a precise military operation aimed at neutralizing a military unit"
    assert classify_aspect(text) == "intent"


@pytest.mark.parametrize(
    "text",
    [
        "the dead were three shepherds and a schoolteacher on their way to market",
        "none of the victims were members of any armed group",
        "the four dead were a nurse and three students",
    ],
)
def test_who_the_dead_were_is_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"


@pytest.mark.parametrize(
    "text",
    [
        "two of the dead were elderly villagers who could not flee",
        "the dead were buried in the village on Sunday",
        "six people were killed and the wounded were in hospital",
        "the dead were among 40 people caught in the blast",
    ],
)
def test_a_count_of_the_dead_or_what_befell_them_stays_about_casualties(text: str) -> None:
    assert classify_aspect(text) == "casualties"


def test_who_the_dead_were_keeps_their_number_as_a_second_point() -> None:
    scores = aspect_scores("the five dead were two farmers, a driver and two boys")
    assert max(scores, key=lambda a: scores[a]) == "target"
    assert scores["casualties"] >= 1.5 and 2 * scores["casualties"] >= scores["target"]


@pytest.mark.parametrize(
    "text",
    [
        "one soldier had suffered a head wound",
        "two guards sustained minor injuries in the scuffle",
    ],
)
def test_a_force_that_undergoes_harm_is_no_doer(text: str) -> None:
    scores = aspect_scores(text)
    assert classify_aspect(text) == "casualties"
    assert scores["responsibility"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "the poaching charge as a pretext",
        "the allegation of spying",
        "the men had been smuggling fuel across the river",
    ],
)
def test_the_wrong_the_people_hit_were_doing_is_about_the_target(text: str) -> None:
    assert classify_aspect(text) == "target"


def test_an_abduction_judges_the_detention_and_names_no_doer_by_itself() -> None:
    scores = aspect_scores("border guards were accused of abducting three herders")
    assert scores["responsibility"] < scores["legality"]
    assert classify_aspect("the herders had been abducted from their pasture") == "legality"


def test_a_hit_by_someone_a_word_or_two_on_is_about_who_did_it() -> None:
    assert classify_aspect("the ferry had been struck twice by a navy frigate") == "responsibility"
    assert classify_aspect("the ferry had been struck by a navy frigate") == "responsibility"


@pytest.mark.parametrize(
    "text",
    [
        "the two shepherds had no criminal record",
        "her sons had never been in any trouble with the police",
    ],
)
def test_a_clean_record_says_who_the_people_were(text: str) -> None:
    scores = aspect_scores(text)
    assert classify_aspect(text) == "target"
    assert scores["legality"] < scores["target"]


def test_people_held_as_a_class_are_about_who_they_were_not_the_detention() -> None:
    text = "the patrol had detained the boys as militants near the river"
    assert classify_aspect(text) == "target"
    # without the class, the detention itself is the point
    assert classify_aspect("the patrol had detained the boys near the river") == "legality"


def test_the_detained_as_a_description_do_not_make_the_claim_about_the_detention() -> None:
    text = "three of the detained herders were beaten with sticks in custody"
    assert classify_aspect(text) == "casualties"
    assert aspect_scores(text)["legality"] < aspect_scores(text)["casualties"]


@pytest.mark.parametrize(
    "text",
    [
        "the guards acted within the law when they cleared the square",
        "the freedom to strike is protected by the constitution",
    ],
)
def test_acting_within_the_law_and_the_constitution_judge_legality(text: str) -> None:
    assert classify_aspect(text) == "legality"


def test_acting_within_the_law_is_the_lawful_pole() -> None:
    assert analyse("the guards acted within the law when they cleared the square").law == "lawful"


def test_a_toll_of_people_helped_to_bury_is_about_casualties() -> None:
    assert classify_aspect("neighbours had helped bury 12 people beside the school") == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "dozens of families had fled to the hills overnight",
        "the agency had delivered blankets to the village school",
    ],
)
def test_people_who_fled_or_were_helped_are_no_target(text: str) -> None:
    assert classify_aspect(text) == "other"


def test_people_sheltered_rather_than_fighters_still_say_who_was_hit() -> None:
    text = "the clinic had been sheltering injured residents of the town, not rebel fighters"
    assert classify_aspect(text) == "target"


@pytest.mark.parametrize(
    ("text", "cue", "aspect"),
    [
        # a force named with a longer phrase before its verb ("of the ... (ELF)", "in ...")
        (
            "gunmen of the Eastern Liberation Front (ELF) had torched the depot",
            None,
            "responsibility",
        ),
        ("soldiers in green helmets had arrived at the farm before noon", None, "responsibility"),
        ("commandos of the Northern Brigade of burning the granary", "accuse", "responsibility"),
        # ... but the phrase ends where a clause of other people begins
        ("the militia of deliberately shelling homes as families slept", "accuse", "intent"),
        # what the force said is no act of it
        ("the men in plain clothes had shouted that they were police", None, "other"),
    ],
)
def test_a_force_named_at_length_still_acts(text: str, cue: str | None, aspect: str) -> None:
    assert classify_aspect(text, cue) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # a weapon, named with whose it was, as the subject of the harm it did
        ("Syrian rocket destroyed border post", "responsibility"),
        # (the subject of "killed" is the strike, which says what was hit or who died)
        ("a drone strike on a farm killed a shepherd", "other"),
        # a passive whose agent is a force
        ("the charges had been placed by enemy sappers", "responsibility"),
        # ... not help given ("rescued by a passing vessel")
        ("two sailors were rescued by a passing vessel", "other"),
    ],
)
def test_whose_weapon_or_whose_hand_is_who_did_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # the kind of arm a force fired or bore is the point, over who fired
        ("border police fired rubber bullets at the crowd", "weapon"),
        ("the guards had not carried firearms that night", "weapon"),
        # arms the people held had with them say who they were
        ("the detained men were carrying hunting rifles", "target"),
    ],
)
def test_arms_fired_or_borne_are_about_the_weapon(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # setting foot on or entering the other side's ground: whose law applies
        ("none of its soldiers had set foot in Ruritania", "legality"),
        ("the patrol had entered Moldovan territory", "legality"),
        # entering a place that is no one's side of a border is no such question
        ("the patrol had entered the village at dawn", "other"),
    ],
)
def test_entering_the_other_side_s_ground_is_about_legality(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # a passive whose agent is a force says who did it, even when it also judges the act
        ("the mine had been laid by the rebels in breach of the truce", "responsibility"),
        # ... but a place used by a force says what was hit
        ("the camp was being used by the militia as a base", "target"),
        # who the people were: what they were caught doing, or their trade
        ("the herders had been caught grazing cattle across the line", "target"),
        ("the crew were licensed fishermen from the port", "target"),
    ],
)
def test_by_whose_hand_and_who_the_people_were(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # where the fire came from says who fired
        ("witnesses heard bursts of gunfire from the army lines after midnight", "responsibility"),
        # a witness who saw a force there, doing something
        ("the shepherd had seen soldiers in dark uniforms climbing the ridge", "responsibility"),
        # ... but seeing no force is no account of who did it
        ("the shepherd had seen smoke rising over the ridge", "other"),
    ],
)
def test_where_the_fire_came_from_or_which_force_was_seen(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # whose the device was: by its make, its origin, or by naming it as another's
        ("the casing showed the shell was of Freedonian manufacture", "responsibility"),
        ("the shape of the casing ruled out a Sylvanian origin", "responsibility"),
        ("the device may have been an old Freedonian mine washed downstream", "responsibility"),
        ("the shell was probably a leftover from the fighting of the 1990s", "responsibility"),
        # a device's make that names no one is about the weapon
        ("the raiders had used a rocket of foreign manufacture", "weapon"),
    ],
)
def test_whose_device_it_was_is_who_did_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    ("text", "cue", "aspect"),
    [
        # a deed denied in so many words
        ("harbouring the insurgents", "deny", "responsibility"),
        ("planting any explosives near the bridge", "deny", "responsibility"),
        # what befell the denier is no deed
        ("losing any helicopters", "deny", "other"),
        # a denied deed that names what was hit keeps that point
        ("targeting residential buildings", "deny", "target"),
    ],
)
def test_a_denied_deed_is_about_who_did_it(text: str, cue: str, aspect: str) -> None:
    assert classify_aspect(text, cue) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # how far across a line it happened: where, so by whose law
        ("the two herders were shot some 300 metres inside Ruritanian territory", "legality"),
        ("contractors guarded by soldiers had dug a trench 50 metres into Moldova", "legality"),
        # a distance with no line crossed says nothing of the kind
        ("the patrol had fired on the boat from 300 metres away", "responsibility"),
    ],
)
def test_distance_inside_the_other_side_is_about_legality(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_pistols_fired_are_about_the_weapon() -> None:
    assert classify_aspect("a bystander saw policemen firing pistols at the crowd") == "weapon"


def test_people_coming_from_a_side_are_not_fire_from_it() -> None:
    assert classify_aspect("dozens of families had fled from the northern side overnight") == (
        "other"
    )


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # people held are people however they are named: reporters, miners, employees...
        ("Coastguards Arrested Reporters on Their Side of the Lake", "legality"),
        ("rebels had detained four employees of a telecom company", "legality"),
        ("police had arrested three miners for entering the concession", "legality"),
    ],
)
def test_more_kinds_of_people_held_are_a_detention(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect
    # ... but a seized lorry is no detention of people
    assert classify_aspect("customs officers seized a lorry full of cigarettes") != "legality"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # irregular forces act too: "raiders", "bandits", "vigilantes"
        ("armed bandits had stolen two hundred goats from the herders' pens", "responsibility"),
        ("local vigilantes burned the market stalls", "responsibility"),
        # ... but when they are the ones harmed, it is the toll
        ("four bandits were killed", "casualties"),
    ],
)
def test_irregular_forces_acting_are_about_who_did_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_a_passive_by_a_state_service_is_about_who_did_it() -> None:
    # a run of participles before "by", and a state's service as the agent
    text = "The saboteurs were trained, armed and paid by the neighbouring state's intelligence"
    assert classify_aspect(text) == "responsibility"
    assert (
        classify_aspect("the cell had been financed by military intelligence") == "responsibility"
    )
    # help by a service is no deed
    assert classify_aspect("the sailors were rescued by the coast guard service") != (
        "responsibility"
    )


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # a headline's reduced passive of harm
        ("Shepherd Wounded as Border Patrol Fires Across River", "casualties"),
        ("Two Pilgrims Killed in Bus Ambush", "casualties"),
        # harm and how it came about
        ("the porter had been injured when he slipped on the ice", "casualties"),
        ("a deckhand died when the boat capsized in the storm", "casualties"),
    ],
)
def test_harm_in_reduced_passives_and_when_clauses_is_casualties(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


@pytest.mark.parametrize(
    "text",
    [
        # a force or a culprit is the one who acted in the when-clause
        "the girls were killed when a gunman opened fire on the bus",
        # an active verb: the villagers did the killing
        "villagers killed a leopard that had attacked their goats",
    ],
)
def test_harm_told_with_its_doer_is_not_taken_for_a_toll(text: str) -> None:
    assert aspect_scores(text)["casualties"] < 1.5


def test_people_unaccounted_for_or_counted_by_age_are_casualties() -> None:
    assert classify_aspect("eleven of the ferry's passengers were unaccounted for") == "casualties"
    assert classify_aspect("three of them were girls aged under ten") == "casualties"
    # a count of the dead by what they were is about who was hit
    assert classify_aspect("three of the dead were militants") == "target"
    # no count, no toll
    assert classify_aspect("one of them was a teacher at the village school") != "casualties"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # laws and obligations, a trial to come, the rules that bind a force
        ("the ministry had acted under its maritime laws and its treaty obligations", "legality"),
        ("the captain had been tried for poaching in a protected area", "legality"),
        ("the two men face charges under the customs code", "legality"),
        ("force was used only as a last resort", "legality"),
        ("the embassy was not told, as the convention requires", "legality"),
        # where the line runs at all
        ("the valley had never been demarcated and was claimed by both states", "legality"),
        ("there is no agreed boundary in that part of the lake", "legality"),
        # "tried to" is an attempt, not a trial
        ("the smugglers tried to outrun the patrol boat", "other"),
    ],
)
def test_laws_trials_rules_and_lines_are_about_legality(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_a_strike_told_by_whom_it_neutralised_is_about_the_target() -> None:
    assert classify_aspect('it had "neutralised" six militants near the dam') == "target"
    assert classify_aspect("the army neutralised three insurgents in the hills") == "target"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # an arrest of suspects says who did it
        ("two suspects had been arrested near the depot", "responsibility"),
        ("four suspected militants were detained at a checkpoint", "responsibility"),
        # ... not what is said of those already held
        ("the detained suspects had been denied lawyers for a week", "other"),
    ],
)
def test_suspects_arrested_are_about_who_did_it(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_a_headlines_reduced_passive_of_detention_is_about_legality() -> None:
    assert classify_aspect("Five Students Detained Near Mountain Checkpoint") == "legality"
    # things seized are no detention of people
    assert classify_aspect("Rifles Seized Near Mountain Checkpoint") != "legality"


def test_traces_that_match_a_culprit_are_about_who_did_it() -> None:
    assert (
        classify_aspect("the casings found on the pier matched rounds issued to the navy")
        == "responsibility"
    )
    assert (
        classify_aspect("the raid followed a familiar pattern of night incursions by the militia")
        == "responsibility"
    )
    # a pattern of weather is no trace of anyone
    assert classify_aspect("the storm followed the usual pattern for the season") == "other"


def test_a_bare_role_denied_is_about_who_did_it() -> None:
    assert classify_aspect("Role", "deny") == "responsibility"
    assert classify_aspect("any part or role in the ambush", "deny") == "responsibility"
    # other words on roles are not the word itself
    assert classify_aspect("the envoys' roles were discussed at length") == "other"


def test_paying_for_a_group_is_about_who_is_behind_it() -> None:
    assert classify_aspect(
        "the neighbour of funding the bandits to unsettle the province", "accuse"
    ) == ("responsibility")
    # money for something else says nothing of who did it
    assert classify_aspect("the ministry would finance new schools in the valley") == "other"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # where the rounds went is how the arms were used
        ("a sentry emptied his pistol, firing several rounds into the crowd", "weapon"),
        ("the armoured cars had fired toward the crowd near the depot", "weapon"),
        ("they fired into the water beside the canoe and over the heads of the rowers", "weapon"),
        # ... but not warning shots (the annotators split on them), nor a place that was hit
        ("the sailors fired warning shots into the air", "responsibility"),
        ("no shells had been fired into the housing estate", "responsibility"),
        # ... nor fire kept away from people ("only into the sea"): that says what was
        # (not) hit, see test_fire_kept_from_people_is_about_what_was_hit
        ("the gunners fired only into the sea", "target"),
    ],
)
def test_where_the_fire_went_is_about_the_weapon(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_ground_that_belongs_to_a_side_is_about_legality() -> None:
    assert (
        classify_aspect("the skiff was netting sardines in waters that belong to Ruritania")
        == "legality"
    )
    assert (
        classify_aspect("the herders were grazing on land that has belonged to the valley for ages")
        == "legality"
    )
    # whose a house or a truck was says what was hit, not by whose law
    assert classify_aspect("the rockets hit three houses belonging to teachers") == "target"


@pytest.mark.parametrize(
    ("text", "cue", "aspect"),
    [
        ("either of the drivers had a criminal record", "deny", "target"),
        ("him as a smuggler with a previous conviction for arson", "describe", "target"),
        ("They were two cousins mending their nets, not smugglers", None, "target"),
        # a record of something else, and a conviction of belief, say nothing of who they were
        ("the court had a record number of cases this spring", None, "legality"),
        ("She spoke with conviction about the new bridge", None, "other"),
    ],
)
def test_a_criminal_past_says_who_the_people_were(text: str, cue: str | None, aspect: str) -> None:
    assert classify_aspect(text, cue) == aspect


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("at least four passengers drowned when the ferry listed", "casualties"),
        ("none of the divers had needed medical treatment", "casualties"),
        ("the wounded porter received first aid on the quay", "casualties"),
        ("all nine herders were found alive the next morning", "casualties"),
        ("the ranger was bleeding from the arm", "casualties"),
        ("the deckhand had a fractured wrist and bruised ribs", "casualties"),
        # a toll told with "drowned" is a toll
        ("the ferry was hit by a wave and two passengers drowned", "casualties"),
        # aid of another kind is no harm to anyone
        ("the ministry ordered medical supplies for the winter", "other"),
    ],
)
def test_harm_in_other_words_is_about_casualties(text: str, aspect: str) -> None:
    assert classify_aspect(text) == aspect


def test_a_binding_ruling_is_about_legality() -> None:
    assert classify_aspect("the arbitration award is binding on both capitals") == "legality"
    assert classify_aspect("the ministers discussed the ferry timetable") == "other"


def test_people_named_as_detained_by_count_are_no_detention() -> None:
    # "the two detained men": who the people are, not the act of holding them
    assert classify_aspect("it had asked to visit the two detained men") == "other"
    assert classify_aspect("the 14 detained fishermen were released on Sunday") == "other"
    # the act itself, with its count after the verb, is still about legality
    assert classify_aspect("the navy detained 14 fishermen near the reef") == "legality"


def test_several_is_no_act_of_severing() -> None:
    text = "Several families had spent the night in the cellar of the village school"
    # the aftermath of the event, with nothing done to the people in it
    assert not _scan(text).harm
    assert classify_aspect(text) == "other"
    # the verb itself is still an act
    assert _scan("divers had severed the cable near the island").harm


def test_table_prefixes_do_not_match_unrelated_words() -> None:
    # "committ*" is not a committee, "organis*" not an organisation
    scores = aspect_scores("the relief committee met several aid organisations on Tuesday")
    assert scores["responsibility"] == 0
    assert classify_aspect("the relief committee met several aid organisations on Tuesday") == (
        "other"
    )
    # the verbs still are deeds
    assert classify_aspect("the rebels organised the ambush") == "responsibility"


def test_staying_on_ones_own_ground_is_about_legality() -> None:
    # where the side's people stayed, and so by whose law
    assert classify_aspect("the patrol boat had never left Freedonian waters") == "legality"
    assert classify_aspect("the aircraft had never left its airspace", "deny") == "legality"
    assert classify_aspect("the troops stayed on Sylvanian territory throughout the search") == (
        "legality"
    )
    # a road is no one's ground
    assert classify_aspect("its troops stayed on the main road throughout") != "legality"


def test_contraband_says_who_the_people_were() -> None:
    text = "the patrol found four crates of contraband cigarettes in the skiff"
    assert classify_aspect(text) == "target"
    assert classify_aspect("the boat had been carrying smuggled diesel") == "target"


def test_harm_with_an_adverb_is_still_harm() -> None:
    assert classify_aspect("a guard was slightly injured in the scuffle") == "casualties"
    assert classify_aspect("two herders were badly hurt") == "casualties"


def test_defenceless_people_hit_outweigh_who_fired() -> None:
    # the people hit, named by what made them no threat
    assert classify_aspect("the guards had opened fire on unarmed shepherds") == "target"
    assert classify_aspect("the militia of shooting innocent villagers", "accuse") == "target"
    assert classify_aspect("the raiders attacked sleeping families at dawn") == "target"
    # a boat is no one named so: who fired stays the point
    assert classify_aspect("the navy had opened fire on an unarmed fishing boat") == (
        "responsibility"
    )
    # a judgement of the act still wins
    assert classify_aspect("This was a cowardly crime against unarmed pilgrims") == "legality"


def test_fire_kept_from_people_is_about_what_was_hit() -> None:
    assert classify_aspect("its gunners fired only into the sea") == "target"
    assert classify_aspect("the sailors fired two bursts into the air, never at the crew") == (
        "target"
    )
    # with a toll, the harm stays the point
    assert classify_aspect("the guards fired only at the lorries, killing two drivers") != "target"


def test_things_counted_as_destroyed_are_what_was_hit() -> None:
    assert classify_aspect("twelve lorries had been torched, including a fuel tanker") == "target"
    assert classify_aspect("at least four boats were damaged or destroyed") == "target"
    # people burned are harmed, not hit things
    assert classify_aspect("three of our officers were burned") != "target"
    # with a "by", who did it stays in the claim
    assert classify_aspect("two barges had been destroyed by army drones") != "target"


def test_arms_identified_by_their_traces_or_kind() -> None:
    assert classify_aspect("his bruises were consistent with rubber bullets") == "weapon"
    assert classify_aspect("shrapnel wounds consistent with mortar fire") == "weapon"
    text = "the casings found on the bank were of the type fired by the army's standard rifles"
    assert classify_aspect(text) == "weapon"
    assert classify_aspect("the slugs taken from the wounded men were of 9 mm calibre") == "weapon"
    # whether any were fired at all
    assert classify_aspect("no shots were fired") == "weapon"
    assert classify_aspect("any shots had been fired by its officers", "deny") == "weapon"
    assert classify_aspect("an explosive device went off beside the gate") == "weapon"
    assert classify_aspect("raiders came over the wall with petrol bombs") == "weapon"
    # what came first is who started it
    assert classify_aspect("the crew rammed the cutter before any shots were fired") != "weapon"


def test_where_the_line_runs_and_whose_the_ground_is_judge_legality() -> None:
    assert classify_aspect("the boundary runs along the crest of the ridge") == "legality"
    assert classify_aspect("the whole lagoon as its own", "claim") == "legality"
    text = "the pumping station lies in a neutral strip where the militia has no right to patrol"
    assert classify_aspect(text) == "legality"


def test_a_fault_of_the_machine_says_what_caused_it() -> None:
    assert classify_aspect("the plane had crashed because of a technical failure") == (
        "responsibility"
    )
    assert classify_aspect("the suggestion of an engine fault", "reject") == "responsibility"
    assert _scan("the truck suffered a mechanical fault on the pass").other_culprit


def test_someone_among_the_dead_or_burned_is_a_casualty() -> None:
    assert classify_aspect("a district judge was among the dead") == "casualties"
    assert classify_aspect("any of its nationals were among those wounded", "deny") == (
        "casualties"
    )
    assert classify_aspect("two of our guards were burned, one badly") == "casualties"
    assert classify_aspect("four firefighters with burns were taken to the clinic") == (
        "casualties"
    )
    # burned things are what was hit, not people harmed
    assert classify_aspect("the three warehouses were burned") != "casualties"


def test_kinds_of_gun_used_are_the_weapon() -> None:
    assert classify_aspect("its sailors used only small arms against the raiders") == "weapon"
    assert classify_aspect("the gunmen had used a heavy machine gun fixed to a truck") == "weapon"
    assert classify_aspect("the scar was consistent with a gunshot") == "weapon"
    # a machine gun carried or its rounds fired still say who the men were or who fired
    text = "the raiders wore police uniforms and carried machine guns"
    assert classify_aspect(text) != "weapon"


def test_people_counted_as_held_are_the_toll() -> None:
    assert classify_aspect("eighteen workers were held overnight at the port") == "casualties"
    assert classify_aspect("any of its engineers had been arrested", "deny") == "casualties"
    text = "three shepherds who protested were led to a jeep and held until dusk"
    assert classify_aspect(text) == "casualties"
    assert classify_aspect("no nun had been assaulted", "deny") == "casualties"
    # a tally over a period is background; an active detention is judged as lawful or not
    text = "about 60 traders have been detained along the river this year"
    assert classify_aspect(text) != "casualties"
    assert classify_aspect("its officers had detained four farmers inside Chad") == "legality"


def test_arson_cutting_and_nobody_did_it_are_about_who_did_it() -> None:
    assert classify_aspect("the strikers had set the loading crane alight", "deny") == (
        "responsibility"
    )
    assert classify_aspect("a crowd had cut through the wire around the depot") == (
        "responsibility"
    )
    assert classify_aspect("Kabul of Cutting Power to Border Towns", "accuse") == ("responsibility")
    assert classify_aspect("the valve closed because rebels had cut the cable") == (
        "responsibility"
    )
    assert classify_aspect("Nobody from the cooperative damaged their boats") == ("responsibility")
    assert classify_aspect("the marchers were never inside the compound") == "responsibility"
    # a cut to one's own body is a wound; "nobody was hurt" a toll
    assert classify_aspect("the deckhand had cut his hand on a winch and was given first aid") == (
        "casualties"
    )
    assert classify_aspect("Nobody was hurt in the scuffle") == "casualties"


def test_less_lethal_rounds_guns_borne_and_armed_men_used_are_the_weapon() -> None:
    assert classify_aspect("the wardens fired rubber rounds at the ground") == "weapon"
    text = "bruises on two marchers were consistent with rubber projectiles"
    assert classify_aspect(text) == "weapon"
    assert classify_aspect("They arrived with guns at the jetty before sunrise") == "weapon"
    assert classify_aspect(
        "Manila of using armed coast guards to evict the squatters", "accuse"
    ) == ("weapon")
    assert classify_aspect("any of the marchers had carried stones", "deny") == "weapon"
    # who came first is who started it; what raiders carried says who they were
    text = "The police came first with tear gas and the soldiers came behind them"
    assert classify_aspect(text) != "weapon"
    assert classify_aspect("the raiders wore fatigues and carried guns") != "weapon"


def test_where_a_place_lies_judges_legality() -> None:
    assert classify_aspect("the atoll falls on the Indonesian side") == "legality"
    assert classify_aspect("the reefs were part of the ancestral waters of the Bajau") == (
        "legality"
    )
    assert classify_aspect("the patrol had gone about 300 metres past the line") == "legality"
    # a zone closed to reporters is no side of a line
    assert classify_aspect("the village lies in a zone closed to reporters") != "legality"


def test_traces_shared_with_a_culprit_and_those_affected() -> None:
    text = "the malware shared overlaps with tools linked to a military unit"
    assert classify_aspect(text) == "responsibility"
    assert classify_aspect("the blackout affected fewer than 3,000 homes") == "target"


def test_a_count_set_against_another_is_what_was_hit() -> None:
    assert classify_aspect("the harbour police had impounded six trawlers, not 11") == "target"
    assert classify_aspect("40 pilgrims had been on the bus, not 55") == "target"
    # a corrected toll stays a toll
    assert classify_aspect("five herders, not four, had been killed") == "casualties"


def test_cutting_supplies_jamming_and_orders_are_deeds() -> None:
    # a deed charged in so many words
    assert classify_aspect("Minsk of draining the border lake", "accuse") == "responsibility"
    assert classify_aspect("Rabat of Ordering Port Closure Before Vote", "accuse") == (
        "responsibility"
    )
    # what one makes of the event is no deed in it
    assert classify_aspect("Quito of politicising a tragedy", "accuse") == "other"
    assert classify_aspect("Quito of using the incident to win votes", "accuse") != (
        "responsibility"
    )
    assert classify_aspect("the outage was entirely man-made") == "responsibility"
    text = "the army had jammed radio signals along the coast for six hours"
    assert classify_aspect(text) == "responsibility"
    assert classify_aspect("any order had been given to the garrison", "deny") == ("responsibility")
    text = "technicians had been told by the State Broadcasting and Telecoms Authority to cut power"
    assert classify_aspect(text) == "responsibility"
    assert classify_aspect("the students of inciting the crowd", "accuse") == "responsibility"


def test_a_decision_or_a_punitive_act_is_about_intent() -> None:
    assert classify_aspect("It was not a breakdown. It was a decision taken in Dushanbe") == (
        "intent"
    )
    assert classify_aspect("the sweep as a punitive expedition", "describe") == "intent"


def test_nobody_harmed_is_a_toll_of_none() -> None:
    assert classify_aspect("Nobody was shot") == "casualties"
    assert classify_aspect("no one had been arrested during the march") == "casualties"
    # a deed denied by its doer stays a deed
    assert classify_aspect("Nobody fired at the patrol") == "responsibility"


def test_people_counted_held_with_a_long_subject() -> None:
    text = "eight herders from the upper valley district had been detained overnight"
    assert classify_aspect(text) == "casualties"
    text = "24 of its activists, including three of its organisers, had been arrested"
    assert classify_aspect(text) == "casualties"


def test_where_the_line_runs_and_the_law_in_other_words() -> None:
    text = "the trawler was boarded by armed guards 9 nautical miles east of the agreed median line"
    assert classify_aspect(text) == "legality"
    assert classify_aspect("the catch was landed lawfully from the high seas") == "legality"
    text = "the inspection followed national legislation and regional fisheries norms"
    assert classify_aspect(text) == "legality"
    assert classify_aspect("the rangers of using excessive force", "accuse") == "legality"


def test_means_of_crowd_control_and_fire_into_a_queue() -> None:
    assert classify_aspect("the marshals had recorded the use of pepper spray") == "weapon"
    text = "witnesses had seen soldiers fire straight into the queue outside the bank"
    assert classify_aspect(text) == "weapon"


def test_who_was_affected_and_who_the_people_were() -> None:
    text = "the blackout affected only two districts and lasted less than a day"
    assert classify_aspect(text) == "target"
    assert classify_aspect("They were ordinary voters waiting in line, not rioters") == "target"


def test_those_left_without_a_supply_were_affected() -> None:
    text = "the closure had left about 9,000 households in the delta without water"
    assert classify_aspect(text) == "target"
    text = "some 120,000 people across the valley had been cut off for two days"
    assert classify_aspect(text) == "target"
    # the active cut is a deed
    assert classify_aspect("the militia had cut off the water to the camp") == "responsibility"


def test_people_at_work_when_it_happened_were_what_was_hit() -> None:
    text = "The shepherds were herding goats near the well when the patrol opened fire on them"
    assert classify_aspect(text) == "target"
    assert classify_aspect("its crew had been mending nets when the firing started") == "target"
    # a boat at work says where; a single victim on the way leads to who fired
    text = "the boats had been trawling inside Gambian waters when a navy cutter fired on them"
    assert classify_aspect(text) != "target"
    text = "The victim was cycling to the market when he was shot by members of the militia"
    assert classify_aspect(text) != "target"


def test_a_carrier_hit_named_by_its_load_is_what_was_hit() -> None:
    assert classify_aspect("its drones had struck a lorry carrying enemy soldiers") == "target"
    text = "its helicopters had destroyed a barge ferrying ammunition for the rebels"
    assert classify_aspect(text) == "target"


def test_fire_on_armed_men_says_who_was_hit() -> None:
    text = "its rangers had returned fire on armed men who crossed into the park illegally"
    assert classify_aspect(text) == "target"
    assert classify_aspect("its guards had repelled armed raiders who entered the valley") == (
        "target"
    )
    # fire from armed men is no answer to who was hit
    text = "its post had come under fire from armed men who crossed into its territory"
    assert classify_aspect(text) != "target"


def test_a_class_denied_as_the_target_and_a_toll_of_none_by_a_named_force() -> None:
    assert classify_aspect("No herder was targeted") == "target"
    assert classify_aspect("No one was injured by army fire") == "casualties"
    assert classify_aspect("Nobody was wounded by the guards") == "casualties"


def test_cold_blood_live_fire_and_how_one_died() -> None:
    text = "It was a cold-blooded attack on farmers tending their fields"
    assert classify_aspect(text) == "intent"
    assert classify_aspect("Army Denies Using Live Fire", "deny") == "weapon"
    text = "the driver had died of a stroke at the wheel, an hour before the clash began"
    assert classify_aspect(text) == "casualties"


@pytest.mark.parametrize(
    ("text", "cue", "aspect"),
    [
        # whose hand, named by tracing it back
        ("the intrusion had been traced to a server farm abroad", "say", "responsibility"),
        ("it was too soon to attribute the raid to any state", "say", "responsibility"),
        ("the militia was a front for the border police", "say", "responsibility"),
        ("saboteurs acting on behalf of the ministry cut the line", "say", "responsibility"),
        # both parties together: commentary, not an account of the event
        ("Both governments want the quarrel to fade before the summit", "say", "other"),
        ("Neither side can afford to back down over the island", "say", "other"),
        ("both men had been shot in the legs", "say", "casualties"),
        # the sound of the arms, heard by a witness
        ("he had heard three loud explosions just after dawn", "say", "weapon"),
        ("we heard short bursts of gunfire across the lake", "say", "weapon"),
        ("she heard gunfire from the police lines before the crowd ran", "say", "responsibility"),
        # people said to have borne no arms: who was hit
        ("none of the shepherds carried weapons", "say", "target"),
        ("Nobody on the tractor had a rifle", "say", "target"),
        # a count taken into custody is the human toll
        ("at least 15 students had been taken into custody", "say", "casualties"),
        # which side of the frontier
        ("The shooting happened on the northern side of the frontier", "say", "legality"),
    ],
)
def test_round_22_aspects(text: str, cue: str, aspect: str) -> None:
    assert classify_aspect(text, cue) == aspect


def test_party_mentions_are_the_longest_aliases_left_to_right() -> None:
    from claims.nlp.aspects import alias_table, words_of
    from claims.nlp.aspects.actors import _mentions

    table = alias_table({"Moscow": ["Russia", "Russian forces"], "Kyiv": ["Ukraine", "forces"]})
    assert dict(table.firsts) == {
        "russia": (1,),
        "russias": (1,),
        "russian": (2,),
        "ukraine": (1,),
        "ukraines": (1,),
        "forces": (1,),
        "forcess": (1,),
    }
    ws = words_of("Russian forces shelled Ukraine, not Russia's forces")
    assert _mentions(ws, table) == [
        (0, 2, "Moscow"),
        (3, 4, "Kyiv"),
        (5, 6, "Moscow"),
        (6, 7, "Kyiv"),
    ]
    assert _mentions(["nothing", "named"], table) == []


def _guarded_rules() -> dict[str, object]:
    """The rules _scan tries only when the claim has one of their words (scan._NEEDS),
    by the name _NEEDS gives them."""
    from claims.nlp.aspects import scan

    renamed = {"appeal": "is_appeal", "shields": "_human_shields", "off_line": "_off_the_line"}
    renamed["things_damaged"] = "_things_counted_damaged"
    return {name: getattr(scan, renamed.get(name, f"_{name}")) for name in scan._NEEDS}


def test_a_rule_skipped_for_want_of_its_words_would_not_have_fired():
    """_scan skips a rule when the claim has none of the words in its _NEEDS entry: every
    claim text of the development set on which a rule fires has one of them, and each rule
    fires somewhere (so the check is not empty). A rule edited to fire on other words must
    have its entry widened, or this fails."""
    from claims.nlp.aspects import scan
    from claims.nlp.evaluate import load_devset

    texts = {c.text for a in load_devset(splits=("tune",)) for c in a.claims}
    texts |= {"using patients as human shields", "they were not armed when shot"}
    never_fired = set(scan._NEEDS)
    for name, rule in _guarded_rules().items():
        needed = scan._NEEDS[name]
        for text in texts:
            ws = tuple(scan.words_of(text))
            if rule(ws):  # type: ignore[operator]
                never_fired.discard(name)
                assert not needed.isdisjoint(ws), (name, text)
    assert not never_fired, sorted(never_fired)
