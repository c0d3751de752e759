"""The aspect classifier gives act descriptions a point in dispute, not ``other``."""

import pytest

from claims.nlp.aspects import analyse, classify_aspect, polarity_of


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
