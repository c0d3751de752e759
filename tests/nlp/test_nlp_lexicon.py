"""Party resolution from names, demonyms, institutions and the lexicon's sources."""

from __future__ import annotations

from claims.nlp import Lexicon
from claims.nlp.lexicon import PartyResolver, alias_words, is_organisation_name

LEX = Lexicon.from_json(
    {
        "parties": [
            {"name": "Moscow", "aliases": ["Russia", "Russian"]},
            {"name": "Kyiv", "aliases": ["Ukraine", "Ukrainian"]},
        ],
        "sources": [{"name": "Vyacheslav Gladkov", "aliases": ["Gladkov"], "party": "Moscow"}],
    }
)


def _party(text: str, levels: list[int] | None = None, head: str | None = None):
    r = PartyResolver(LEX)
    words = list(alias_words(text))
    res = r.resolve_words(words, levels, head_lemma=head)
    return res.party, res.status


def test_it_recognises_a_party_by_its_demonym_and_institutions():
    assert _party("Russian officials") == ("Moscow", "party")
    assert _party("the Russian defence ministry") == ("Moscow", "party")
    assert _party("Ukraine's General Staff") == ("Kyiv", "party")
    assert _party("Ukrainian authorities") == ("Kyiv", "party")


def test_it_adds_the_capital_and_the_kremlin_from_the_built_in_country_table():
    assert _party("the Kremlin") == ("Moscow", "party")
    assert _party("Kyiv") == ("Kyiv", "party")
    assert _party("Russians") == ("Moscow", "party")


def test_it_attributes_third_parties_to_themselves():
    assert _party("the UN") == (None, "third")
    assert _party("the Red Cross") == (None, "third")
    assert _party("the United States") == (None, "third")
    assert _party("European Union member states") == (None, "third")


def test_it_never_gives_a_principal_party_to_a_third_party_speaker():
    # "the UN mission in Ukraine": Ukraine is inside the prepositional phrase (level 1).
    words = list(alias_words("the UN mission in Ukraine"))
    levels = [0, 0, 0, 1, 1]
    assert _party("the UN mission in Ukraine", levels) == (None, "third")
    assert len(words) == len(levels)
    # Witnesses and analysts speak for themselves, whatever their nationality.
    assert _party("Ukrainian analysts", head="analyst") == (None, "third")


def test_it_uses_a_party_named_inside_a_prepositional_phrase_when_nothing_else_is_named():
    assert _party("a source in Ukraine's security service", [0, 0, 1, 1, 1, 1]) == ("Kyiv", "party")


def test_it_prefers_the_lexicons_explicit_source_mapping():
    assert _party("Regional governor Vyacheslav Gladkov") == ("Moscow", "source")


def test_it_does_not_pick_a_side_for_a_joint_speaker():
    assert _party("Ukraine and Russia") == (None, "joint")
    assert _party("officials in both countries") == (None, "joint")
    assert _party("Both sides") == (None, "joint")


def test_an_explicit_lexicon_party_wins_over_the_built_in_third_party_list():
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "Moscow", "aliases": ["Russia"]},
                {"name": "International", "aliases": ["United Nations", "UN"]},
            ]
        }
    )
    res = PartyResolver(lex).resolve_words(list(alias_words("the UN")))
    assert (res.party, res.status) == ("International", "party")


def test_a_place_named_after_a_country_speaks_for_nobody():
    # "Indian" is India's demonym, but the Indian Ocean is a sea
    assert _party("Russia's navy in the southern Indian Ocean") == ("Moscow", "party")
    assert _party("Ukrainian sailors in the South China Sea") == ("Kyiv", "party")
    assert _party("an Indian navy officer") == (None, "third")


def test_acronyms_match_case_sensitively():
    lex = Lexicon.from_json({"parties": [{"name": "Washington", "aliases": ["US"]}]})
    r = PartyResolver(lex)
    assert r.resolve_words(list(alias_words("US officials"))).party == "Washington"
    assert r.resolve_words(list(alias_words("let us know"))).status == "unknown"


def test_it_knows_which_parties_speak_for_a_state():
    # A country of the built-in table, or an alias such as "army", makes a state's side.
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "Helsinki", "aliases": ["Finland"]},
                {"name": "Legion", "aliases": ["Legion", "rebels"]},
                {"name": "Junta", "aliases": ["junta"]},
            ]
        }
    )
    assert PartyResolver(lex).state_parties == {"Helsinki", "Junta"}


def test_it_takes_other_names_of_the_newly_listed_countries():
    lex = Lexicon.from_json({"parties": [{"name": "Yaounde", "aliases": ["Cameroon"]}]})
    r = PartyResolver(lex)
    assert r.resolve_text("Cameroonian troops").party == "Yaounde"
    assert r.resolve_text("Finnish investigators") == r.resolve_text("the UN")  # third


def test_it_does_not_take_first_names_for_countries():
    # "Sofia" and "Santiago" are people more often than capitals in wire copy.
    assert _party("Sofia Petrova") == (None, "unknown")
    assert _party("Santiago Ruiz") == (None, "unknown")


def test_a_third_partys_name_ending_a_longer_name_is_another_body():
    # A state's own council, not the U.N. Security Council.
    assert _party("The National Security Council") == (None, "unknown")
    assert _party("The Security Council") == (None, "third")
    assert _party("the Ukrainian Red Cross") == (None, "joint")


def test_it_knows_the_countries_added_in_round_ten():
    lex = Lexicon.from_json({"parties": [{"name": "Port-au-Prince", "aliases": ["Haiti"]}]})
    r = PartyResolver(lex)
    assert r.state_parties == {"Port-au-Prince"}
    assert r.resolve_text("Haitian police").party == "Port-au-Prince"
    assert r.resolve_text("Senegalese troops") == r.resolve_text("the UN")  # third


def test_alias_words_drop_a_possessive_s_as_the_parsed_phrase_does():
    assert alias_words("Tigray People's Liberation Front") == (
        "Tigray",
        "People",
        "Liberation",
        "Front",
    )
    assert alias_words("Russia’s defence ministry") == ("Russia", "defence", "ministry")


def test_a_capitalised_third_partys_name_in_lower_case_is_a_description():
    r = PartyResolver(LEX)
    assert r.resolve_text("the Security Council").status == "third"
    assert r.resolve_text("Russia's national security council").party == "Moscow"


def test_built_in_names_are_third_parties_until_a_lexicon_claims_their_country():
    # The third-party tables are built once and copied: one lexicon's claims must not
    # leak into another resolver's tables.
    claims_poland = PartyResolver(
        Lexicon.from_json({"parties": [{"name": "Warsaw", "aliases": ["Poland"]}]})
    )
    plain = PartyResolver(LEX)
    assert claims_poland.resolve_text("Polish border guards") == claims_poland.resolve_text(
        "Warsaw"
    )
    assert claims_poland.resolve_text("Warsaw").party == "Warsaw"
    assert plain.resolve_text("Polish border guards").status == "third"
    assert plain.resolve_text("Russian officials").party == "Moscow"
    assert claims_poland.resolve_text("Russian officials").status == "third"


def test_it_tells_an_organisations_name_from_a_countrys():
    assert is_organisation_name(alias_words("Amnesty International"))
    assert is_organisation_name(alias_words("UNICEF"))
    assert is_organisation_name(alias_words("human rights watch"))
    assert is_organisation_name(alias_words("the UN"))
    assert not is_organisation_name(alias_words("Nigeria"))
    assert not is_organisation_name(alias_words("Amnesty International Nigeria"))
    assert not is_organisation_name(())


def test_a_witness_head_is_a_third_party_unless_the_lexicon_names_it_a_party():
    assert _party("A fisherman on the Ukrainian bank", head="fisherman") == (None, "third")
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "Moscow", "aliases": ["Russia"]},
                {"name": "Guild", "aliases": ["fishermen"]},
            ]
        }
    )
    res = PartyResolver(lex).resolve_words(["fishermen"], head_lemma="fisherman")
    assert (res.party, res.status) == ("Guild", "party")


def test_more_countries_are_built_in():
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "Nouakchott", "aliases": ["Mauritania"]},
                {"name": "Belmopan", "aliases": ["Belize"]},
            ]
        }
    )
    r = PartyResolver(lex)
    assert r.resolve_text("the Mauritanian foreign ministry").party == "Nouakchott"
    assert r.resolve_text("officials in Belmopan").party == "Belmopan"
    assert {"Nouakchott", "Belmopan"} <= r.state_parties
    assert r.resolve_text("Zambian officials").status == "third"


def test_a_party_named_as_a_countrys_army_is_that_countrys_state():
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "Army", "aliases": ["Sudan's army", "Sudanese Armed Forces"]},
                {"name": "Rebels", "aliases": ["Rapid Support Forces"]},
            ]
        }
    )
    r = PartyResolver(lex)
    assert r.resolve_text("Sudan's health ministry").party == "Army"
    assert r.state_parties == frozenset({"Army"})


def test_a_third_countrys_name_before_a_party_alias_head_says_where():
    lex = Lexicon.from_json(
        {"parties": [{"name": "Herders' Union", "aliases": ["Herders' Union", "herders"]}]}
    )
    r = PartyResolver(lex)
    res = r.resolve_words(list(alias_words("Kazakh herders")), head_lemma="herder")
    assert (res.party, res.status) == ("Herders' Union", "party")
    # a body's name ending in a party's country is not a description of where
    res = PartyResolver(LEX).resolve_words(
        list(alias_words("Amnesty International Ukraine")), head_lemma="Ukraine"
    )
    assert res.status == "joint"


def test_academics_are_commentators():
    r = PartyResolver(LEX)
    words = list(alias_words("a law lecturer at a university in Kyiv"))
    res = r.resolve_words(words, [0, 0, 0, 1, 1, 1, 2, 2], head_lemma="lecturer")
    assert res.status == "third"


def test_alias_openers_are_the_capitalised_first_words_of_names_of_several_words():
    lex = Lexicon.from_json(
        {
            "parties": [
                {"name": "BYC", "aliases": ["Baloch Yakjehti Committee", "baloch council"]},
                {"name": "Islamabad", "aliases": ["Pakistan"]},
            ]
        }
    )
    r = PartyResolver(lex)
    assert r.alias_openers == {"baloch": {"BYC"}}
    assert r.alias_openers is r.alias_openers  # built once per resolver


def test_a_speaker_resolver_remembers_what_words_resolve_to():
    import spacy

    from claims.nlp.speakers import SpeakerResolver

    r = PartyResolver(LEX)
    doc = spacy.blank("en")("Russian officials said.")
    sr = SpeakerResolver(doc, doc.text, r)
    first = sr._resolve_words(["Russian", "officials"], [0, 0], head_lemma="official")
    assert first == r.resolve_words(["Russian", "officials"], [0, 0], head_lemma="official")
    assert sr._resolve_words(["Russian", "officials"], [0, 0], head_lemma="official") is first
    assert sr._resolve_words(["Ukrainian"]) == r.resolve_words(["Ukrainian"])
