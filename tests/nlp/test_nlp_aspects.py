"""The aspect classifier gives act descriptions a point in dispute, not ``other``."""

import pytest

from claims.nlp.aspects import classify_aspect


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
