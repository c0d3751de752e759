"""The contradiction suggester's rules on plain ClaimInputs (no model needed).

The learned check on the rules' pairs (claims/nlp/pairing.py) is tested in
test_nlp_pairing.py; here the rules' own pairs and scores are."""

from __future__ import annotations

from claims import nlp
from claims.nlp import ClaimInput, Lexicon, SuggestedContradiction, contradictions


def suggest_contradictions(claims, **kw) -> tuple[SuggestedContradiction, ...]:
    return nlp.suggest_contradictions(claims, learned=False, **kw)


def _c(cid: str, party: str | None, text: str, aspect: str = "other", polarity: str = "assert"):
    return ClaimInput(id=cid, party=party, text=text, aspect=aspect, polarity=polarity)


def _pairs(claims, **kw) -> set[frozenset[str]]:
    return {frozenset((s.a, s.b)) for s in suggest_contradictions(claims, **kw)}


def test_it_pairs_civilian_victims_with_a_military_target():
    claims = [
        _c("m1", "Moscow", "civilians were killed in a Makiivka attack", "target"),
        _c("k1", "Kyiv", "a Russian military unit was destroyed", "target"),
    ]
    (s,) = suggest_contradictions(claims)
    assert {s.a, s.b} == {"m1", "k1"}
    assert 0 < s.score <= 1
    assert "civilian" in s.reason and "military" in s.reason


def test_it_pairs_deliberate_targeting_with_a_precise_operation():
    claims = [
        _c(
            "m",
            "Moscow",
            "the Ukrainian armed forces of deliberately targeting residential areas",
            "intent",
        ),
        _c("k", "Kyiv", "the strike was a precise military operation", "intent"),
    ]
    assert _pairs(claims) == {frozenset({"m", "k"})}


def test_it_pairs_unlawful_with_lawful():
    claims = [
        _c("m", "Moscow", "a violation of international humanitarian law", "legality"),
        _c(
            "k", "Kyiv", "the attack was conducted in accordance with international law", "legality"
        ),
    ]
    (s,) = suggest_contradictions(claims)
    assert "law" in s.reason


def test_it_pairs_each_side_blaming_the_other():
    claims = [
        _c("k", "Kyiv", "Russian troops had blown up the dam", "responsibility"),
        _c("m", "Moscow", "the dam was destroyed by Ukrainian shelling", "responsibility"),
    ]
    (s,) = suggest_contradictions(claims)
    assert "blames" in s.reason


def test_it_pairs_an_accusation_with_the_accused_partys_denial():
    claims = [
        _c("k", "Kyiv", "Russian troops had blown up the dam", "responsibility"),
        _c("m", "Moscow", "any involvement", "responsibility", "deny"),
    ]
    assert _pairs(claims) == {frozenset({"k", "m"})}


def test_it_pairs_disagreeing_death_tolls_for_the_same_side():
    claims = [
        _c(
            "p",
            "Islamabad",
            "Pakistani troops responded, killing three Indian soldiers",
            "casualties",
        ),
        _c("i", "New Delhi", "none of its soldiers had been killed", "casualties", "deny"),
    ]
    assert _pairs(claims) == {frozenset({"p", "i"})}


def test_it_does_not_compare_tolls_of_different_sides():
    claims = [
        _c("a", "Yerevan", "Four Armenian servicemen were killed", "casualties"),
        _c("b", "Baku", "One Azerbaijani soldier was killed", "casualties"),
    ]
    assert _pairs(claims) == set()


def test_it_never_pairs_claims_of_the_same_party_or_of_third_parties():
    claims = [
        _c("m1", "Moscow", "civilians were killed", "target"),
        _c("m2", "Moscow", "a military unit was destroyed", "target"),
        _c("u", None, "a military depot was hit", "target"),
    ]
    assert _pairs(claims) == set()


def test_it_uses_the_lexicon_to_recognise_parties_named_in_claims():
    lex = Lexicon.from_json(
        {"parties": [{"name": "SAF", "aliases": ["army"]}, {"name": "RSF", "aliases": ["RSF"]}]}
    )
    claims = [
        _c("s", "SAF", "RSF fighters had fired at the hospital", "responsibility"),
        _c("r", "RSF", "The army shelled the market", "responsibility"),
    ]
    assert _pairs(claims) == set()
    assert _pairs(claims, lexicon=lex) == {frozenset({"s", "r"})}


def test_it_scores_in_the_unit_interval_and_orders_best_first():
    claims = [
        _c("m1", "Moscow", "civilians were killed deliberately in violation of the law", "target"),
        _c("k1", "Kyiv", "a precise and lawful strike on a military unit", "target"),
        _c("k2", "Kyiv", "a military unit was destroyed", "target"),
    ]
    out = suggest_contradictions(claims)
    assert [s.score for s in out] == sorted((s.score for s in out), reverse=True)
    assert all(0.0 <= s.score <= 1.0 for s in out)
    assert frozenset((out[0].a, out[0].b)) == frozenset({"m1", "k1"})


def _count_comparisons(monkeypatch) -> list[tuple[str, str]]:
    """Wrap the suggester's one pairwise comparison with a counter."""
    seen: list[tuple[str, str]] = []
    real = contradictions._compare

    def counting(a, b):
        seen.append((a.inp.id, b.inp.id))
        return real(a, b)

    monkeypatch.setattr(contradictions, "_compare", counting)
    return seen


def test_it_does_not_compare_every_pair_when_claims_take_no_opposing_poles(monkeypatch):
    # 4,000 claims on nothing in dispute: grouping and indexing keep the work linear.
    seen = _count_comparisons(monkeypatch)
    n = 4000
    claims = [
        _c(f"c{i}", ("Moscow", "Kyiv")[i % 2], f"the talks on item {i} resumed") for i in range(n)
    ]
    assert suggest_contradictions(claims) == ()
    assert len(seen) <= n


def test_it_compares_claims_only_within_a_group_of_opposite_poles(monkeypatch):
    seen = _count_comparisons(monkeypatch)
    k = 30
    civilian = [
        _c(f"m{i}", "Moscow", "civilians were killed in their homes", "target") for i in range(k)
    ]
    military = [_c(f"k{i}", "Kyiv", "a military unit was destroyed", "target") for i in range(k)]
    assert len(suggest_contradictions(civilian + military)) == k * k
    alone = len(seen)
    assert k * k <= alone <= 2 * k * k  # quadratic in the pole group, as the output is
    seen.clear()
    quiet = [
        _c(f"q{i}", ("Moscow", "Kyiv")[i % 2], f"the talks on item {i} resumed")
        for i in range(2000)
    ]
    assert len(suggest_contradictions(civilian + quiet + military)) == k * k
    assert len(seen) == alone  # claims on nothing in dispute add no comparisons


def test_an_appeal_to_protect_civilians_takes_no_pole():
    claims = [
        _c("k", "Kyiv", "a military unit was destroyed", "target"),
        _c("m", "Moscow", "all parties to prioritise the safety of civilians"),
    ]
    assert _pairs(claims) == set()
    claims[1] = _c("m", "Moscow", "civilians were killed", "target")
    assert _pairs(claims) == {frozenset({"k", "m"})}


def test_two_sides_accounts_of_the_same_point_are_paired_as_a_weak_fallback():
    claims = [
        _c("d1", "Dhaka", "the boats had been fishing inside Bangladeshi waters", "legality"),
        _c("n1", "Naypyitaw", "its forces had acted against boats that crossed", "legality"),
        _c("n2", "Naypyitaw", "more talks would be held next month", "other"),
    ]
    out = suggest_contradictions(claims)
    assert [frozenset((s.a, s.b)) for s in out] == [frozenset({"d1", "n1"})]
    assert out[0].score < 0.5
    assert "different accounts of whether it was lawful" in out[0].reason


def test_the_fallback_pairs_two_sides_accounts_of_the_weapon_but_not_tolls_that_agree():
    claims = [
        _c("k", "Kyiv", "the debris came from a cruise missile", "weapon"),
        _c("m", "Moscow", "the wreckage was that of an air-defence interceptor", "weapon"),
    ]
    out = suggest_contradictions(claims)
    assert [frozenset((s.a, s.b)) for s in out] == [frozenset({"k", "m"})]
    assert "different accounts of what weapon was used" in out[0].reason
    agreeing = [
        _c("k", "Kyiv", "12 civilians were killed in the strike", "casualties"),
        _c("m", "Moscow", "12 civilians died in the fire", "casualties"),
    ]
    assert _pairs(agreeing) == set()


def test_the_fallback_does_not_pair_accusations_of_two_different_acts():
    claims = [
        _c("s", "SAF", "RSF fighters had fired at the hospital", "responsibility"),
        _c("r", "RSF", "The army shelled the market", "responsibility"),
    ]
    lex = Lexicon.from_json(
        {"parties": [{"name": "SAF", "aliases": ["army"]}, {"name": "RSF", "aliases": ["RSF"]}]}
    )
    assert all(
        "different accounts" not in s.reason for s in suggest_contradictions(claims, lexicon=lex)
    )


def test_two_sides_placing_the_event_in_different_territory_are_paired():
    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Dhaka", "aliases": ["Bangladesh", "Bangladeshi"]},
                {"name": "Naypyitaw", "aliases": ["Myanmar"]},
            ]
        }
    )
    claims = [
        _c("d", "Dhaka", "the boats had been fishing inside Bangladeshi waters", "target"),
        _c("n", "Naypyitaw", "the boats had crossed into Myanmar", "legality"),
        _c("n2", "Naypyitaw", "its patrol had stayed on its own side of the river", "legality"),
        # Naming both sides places the event nowhere.
        _c(
            "n3",
            "Naypyitaw",
            "the line between Bangladeshi waters and Myanmar waters is unmarked",
            "legality",
        ),
    ]
    out = {frozenset((s.a, s.b)): s for s in suggest_contradictions(claims, lexicon=lexicon)}
    assert "Dhaka puts it in Dhaka's territory; Naypyitaw in Naypyitaw's" in (
        out[frozenset({"d", "n"})].reason
    )
    assert "territory" in out[frozenset({"d", "n2"})].reason
    assert "territory" not in getattr(out.get(frozenset({"d", "n3"})), "reason", "")


def test_the_fallback_also_pairs_a_claim_on_a_point_its_words_weigh_nearly_as_much():
    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Abuja", "aliases": ["Nigeria", "Nigerian"]},
                {"name": "Yaounde", "aliases": ["Cameroon", "Cameroonian"]},
            ]
        }
    )
    claims = [
        # What was hit first (unarmed fishermen), but it says where they were fishing too.
        _c(
            "n",
            "Abuja",
            "the fishermen were unarmed and had been casting nets in waters they always fished",
            "target",
        ),
        _c("c", "Yaounde", "the patrol had acted within the law of the sea", "legality"),
    ]
    (s,) = suggest_contradictions(claims, lexicon=lexicon)
    assert {s.a, s.b} == {"n", "c"}
    assert s.reason == "Abuja and Yaounde give different accounts of whether it was lawful"
    # On its point alone, what was hit would not meet the account of the law.
    claims[0] = _c("n", "Abuja", "the fishermen were unarmed", "target")
    assert suggest_contradictions(claims, lexicon=lexicon) == ()


def test_the_fallback_compares_only_claims_on_one_point(monkeypatch):
    seen = _count_comparisons(monkeypatch)
    k = 20
    accusations = [
        _c(f"a{i}", "Kyiv", f"Moscow had violated the law at site {i}", "legality")
        for i in range(k)
    ]
    quiet = [
        _c(f"q{i}", ("Moscow", "Kyiv")[i % 2], f"the talks on item {i} resumed")
        for i in range(2000)
    ]
    suggest_contradictions(accusations + quiet)
    assert len(seen) <= 2 * k  # no answers from Moscow on a point: almost nothing compared


def _at(cid: str, party: str, text: str, start: int, aspect="other", polarity="assert"):
    return ClaimInput(cid, party, text, aspect, polarity, article="a1", start=start)


def test_a_bare_rejection_answers_the_other_sides_claims_told_just_before_it():
    claims = [
        _at("m0", "Moscow", "the talks would resume in Geneva", 0),
        _at("k1", "Kyiv", "Moscow held the port illegally", 100, "legality"),
        _at("k2", "Kyiv", "Russian ships had blocked the grain convoy", 200, "responsibility"),
        _at("k3", "Kyiv", "the convoy carried 40,000 tonnes of wheat", 300),
        _at("m1", "Moscow", "the accusation", 400, polarity="deny"),
    ]
    out = {frozenset((s.a, s.b)): s for s in suggest_contradictions(claims)}
    assert {frozenset({"m1", "k1"}), frozenset({"m1", "k2"}), frozenset({"m1", "k3"})} <= set(out)
    assert "Moscow rejects Kyiv's account" in out[frozenset({"m1", "k2"})].reason
    # Without their places in the article the bare rejection answers nothing.
    unplaced = [ClaimInput(c.id, c.party, c.text, c.aspect, c.polarity) for c in claims]
    assert not any("m1" in p for p in _pairs(unplaced))


def test_a_bare_rejection_looks_back_only_to_its_own_sides_previous_claim():
    claims = [
        _at("k0", "Kyiv", "the strike hit a school", 0, "target"),
        _at("m0", "Moscow", "its forces struck an ammunition depot", 100, "target"),
        _at("k1", "Kyiv", "Russian shells had killed two teachers", 200, "casualties"),
        _at("m1", "Moscow", "the figure as invented", 300, "casualties", polarity="deny"),
    ]
    rejected = {p for p in _pairs(claims) if "m1" in p}
    assert rejected == {frozenset({"m1", "k1"})}


def test_a_rejection_that_names_what_it_rejects_answers_only_the_claims_about_it():
    claims = [
        _at("m0", "Minsk", "the forester was detained inside Belarus", 0, "legality"),
        _at("v1", "Vilnius", "the man was seized on Lithuanian soil", 100, "legality"),
        _at("v2", "Vilnius", "the spying charge was invented to cover the abduction", 200),
        _at("m1", "Minsk", "the espionage allegation as absurd", 300, polarity="deny"),
    ]
    # "espionage" names what was rejected; no claim of the run speaks of it: all answered
    assert {p for p in _pairs(claims) if "m1" in p} == {
        frozenset({"m1", "v1"}),
        frozenset({"m1", "v2"}),
    }
    claims[3] = _at("m1", "Minsk", "the spying charge as absurd", 300, polarity="deny")
    assert {p for p in _pairs(claims) if "m1" in p} == {frozenset({"m1", "v2"})}
    # whose account it was is no topic: "the Lithuanian government's version"
    claims[3] = _at("m1", "Minsk", "the Lithuanian government's version", 300, polarity="deny")
    assert {p for p in _pairs(claims) if "m1" in p} == {
        frozenset({"m1", "v1"}),
        frozenset({"m1", "v2"}),
    }


def test_a_rejection_of_reports_of_deaths_answers_only_the_tolls():
    claims = [
        _at("g0", "Dili", "the patrol had crossed the line", 0, "legality"),
        _at("h1", "Harbour", "soldiers shot dead two fishermen", 100, "casualties"),
        _at("h2", "Harbour", "the men were unarmed", 200, "target"),
        _at("g1", "Dili", "the reports of a second death as rumours", 300, polarity="deny"),
    ]
    assert {p for p in _pairs(claims) if "g1" in p} == {frozenset({"g1", "h1"})}


def test_a_bare_rejection_also_answers_the_other_sides_denials_before_it():
    claims = [
        _at("b1", "Bangkok", "a shell fired by Myanmar's army struck the market", 0, "target"),
        _at("n1", "Naypyitaw", "its forces had fired the shell", 100, "responsibility", "deny"),
        _at("n2", "Naypyitaw", "the round came from rebel positions", 200, "responsibility"),
        _at("b2", "Bangkok", "Naypyitaw's version as not credible", 300, polarity="deny"),
    ]
    rejected = {p for p in _pairs(claims) if "b2" in p}
    assert rejected == {frozenset({"b2", "n1"}), frozenset({"b2", "n2"})}


def test_each_side_saying_the_other_broke_the_law_is_a_contradiction():
    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Dushanbe", "aliases": ["Tajikistan", "Tajik"]},
                {"name": "Bishkek", "aliases": ["Kyrgyzstan", "Kyrgyz"]},
            ]
        }
    )
    claims = [
        _c("t", "Dushanbe", "Kyrgyz border guards had violated the ceasefire", "legality"),
        _c("k", "Bishkek", "Tajik troops had violated the ceasefire", "legality"),
        # Blaming a third side is not blaming each other.
        _c("k2", "Bishkek", "smugglers had broken the border regime", "legality"),
    ]
    pairs = _pairs(claims, lexicon=lexicon)
    assert frozenset({"t", "k"}) in pairs


def test_a_denial_of_who_did_it_answers_an_accusation_in_other_words():
    lexicon = Lexicon.from_json(
        {
            "parties": [
                {"name": "Bangkok", "aliases": ["Thailand", "Thai"]},
                {"name": "Naypyitaw", "aliases": ["Myanmar", "Burmese"]},
            ]
        }
    )
    claims = [
        _c(
            "b",
            "Bangkok",
            "a round fired by Myanmar's army struck a market, killing two traders",
            "casualties",
        ),
        _c("n", "Naypyitaw", "our troops did not carry out the attack", "responsibility", "deny"),
    ]
    (s,) = suggest_contradictions(claims, lexicon=lexicon)
    assert {s.a, s.b} == {"b", "n"}
    assert "denies" in s.reason


def test_a_denial_of_a_detail_in_general_words_is_no_denial_of_the_act():
    claims = [
        _c("k", "Kyiv", "Russian troops had blown up the dam", "responsibility"),
        _c("m1", "Moscow", "any involvement", "responsibility", "deny"),
        # About the weapon, though it says "involved": it answers no accusation of the act.
        _c("m2", "Moscow", "any aircraft had been involved", "weapon", "deny"),
    ]
    assert _pairs(claims) == {frozenset({"k", "m1"})}


def test_a_bare_rejection_takes_the_point_of_the_accounts_it_rejects():
    from claims.nlp.contradictions import suggest
    from claims.nlp.extract import _place_rejections
    from claims.nlp.types import ExtractedClaim

    claims = [
        _at("m1", "Moscow", "Ukrainian troops had shelled the market", 0, "responsibility"),
        _at("m2", "Moscow", "the strike killed nine civilians", 100, "casualties"),
        _at("m3", "Moscow", "Kyiv was to blame for the attack", 200, "responsibility"),
        _at("k1", "Kyiv", "the accusation", 300, polarity="deny"),
    ]
    rejected = suggest(claims).rejected
    assert rejected == {"k1": ["m3", "m2", "m1"]}
    extracted = [
        ExtractedClaim(
            c.id,
            c.party,
            "x",
            0,
            1,
            "said",
            c.text,
            c.start,
            c.start + 1,
            c.aspect,
            c.polarity,
            0.5,
            0,
            1,
        )
        for c in claims
    ]
    placed = {c.id: c.aspect for c in _place_rejections(extracted, rejected)}
    # Two of the three rejected accounts are on who did it; the others keep their points.
    assert placed == {
        "m1": "responsibility",
        "m2": "casualties",
        "m3": "responsibility",
        "k1": "responsibility",
    }
