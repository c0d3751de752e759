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
